/* The README's C example: one ticket's total deadline through the C ABI.
 *   cc -std=c99 -o deadline consumer.c $(pkg-config --cflags --libs shixian-c)
 * Prints: total deadline 2026-10-14T00:00:00+08:00 */
#include <shixian/shixian.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  shixian_rules *rules = NULL;
  shixian_calendar *cal = NULL;
  shixian_zone *zone = NULL;
  shixian_engine *eng = NULL;
  char *json = NULL;
  const char *due;
  int rc = 1;
  shixian_event received = {"received", 0, "2026-09-30T23:10"};
  shixian_ticket ticket = {"ordinary", NULL, 0, &received, 1};
  if (shixian_rules_load(NULL, &rules) == SHIXIAN_OK && shixian_calendar_load(NULL, 0, &cal) == SHIXIAN_OK &&
      shixian_zone_locate("Asia/Shanghai", &zone) == SHIXIAN_OK &&
      shixian_engine_new(rules, cal, zone, 0, &eng) == SHIXIAN_OK &&
      shixian_stage_deadline_json(eng, &ticket, "total", 0, &json) == SHIXIAN_OK &&
      (due = strstr(json, "\"deadline\":\"")) != NULL) {
    printf("total deadline %.25s\n", due + 12);
    rc = 0;
  } else {
    fprintf(stderr, "shixian: %s\n", shixian_last_error());
  }
  shixian_free(json);
  shixian_engine_free(eng);
  shixian_zone_free(zone);
  shixian_calendar_free(cal);
  shixian_rules_free(rules);
  return rc;
}
