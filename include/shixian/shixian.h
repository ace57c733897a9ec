/* shixian's C ABI (C99): deadlines on China's business calendar, ticket audits and
 * complaint classification for callers that are not C++ (C, Java via JNA, others).
 *
 *   shixian_rules *rules; shixian_calendar *cal; shixian_zone *zone; shixian_engine *eng;
 *   shixian_rules_load(NULL, &rules);            built-in 95580 profile
 *   shixian_calendar_load(NULL, 0, &cal);        built-in China calendar
 *   shixian_zone_locate("Asia/Shanghai", &zone);
 *   shixian_engine_new(rules, cal, zone, 0, &eng);
 *   shixian_event ev = {"received", 0, "2026-09-30T23:10"};
 *   shixian_ticket t = {"ordinary", NULL, 0, &ev, 1};
 *   shixian_deadline d;
 *   if (shixian_stage_deadline(eng, &t, "total", &d) != SHIXIAN_OK)
 *     fprintf(stderr, "%s\n", shixian_last_error());
 *
 * Errors. Every function returns a shixian_status. On failure the calling thread's
 * shixian_last_error() names the bad value (and the likely intended one when known);
 * out-parameters are then left untouched. No C++ exception ever crosses this boundary.
 *
 * Ownership. Handles are created by *_load / *_new / *_locate and released by the
 * matching *_free (NULL is accepted). An engine or auditor keeps its rule set, calendar
 * and zone alive itself: their handles may be freed right after. Strings returned
 * through `char **` are malloc'ed for the caller, who releases them with shixian_free.
 * `const char *` results (versions, target labels) belong to the handle they came from
 * and live as long as it. shixian_last_error() is valid until the thread's next call.
 *
 * Threads. Rule sets, calendars, zones and engines are immutable: share them across
 * threads freely. An auditor carries parse state: use one per thread.
 *
 * Dates are days since 1970-01-01 (a civil date, no zone: numpy's datetime64[D],
 * java.time.LocalDate.toEpochDay). Instants are nanoseconds since the Unix epoch (UTC).
 */
#ifndef SHIXIAN_H
#define SHIXIAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define SHIXIAN_API __attribute__((visibility("default")))
#else
#define SHIXIAN_API
#endif

typedef enum shixian_status {
  SHIXIAN_OK = 0,
  SHIXIAN_E_NULL = 1,      /* a required pointer argument was NULL */
  SHIXIAN_E_INPUT = 2,     /* a bad value: unknown name, malformed time, bad line, ... */
  SHIXIAN_E_COVERAGE = 3,  /* the answer needs a day outside the calendar's coverage */
  SHIXIAN_E_INTERNAL = 4   /* out of memory or an unexpected failure */
} shixian_status;

typedef struct shixian_calendar shixian_calendar;
typedef struct shixian_rules shixian_rules;
typedef struct shixian_zone shixian_zone;
typedef struct shixian_engine shixian_engine;
typedef struct shixian_auditor shixian_auditor;

/* The message of the calling thread's last failure ("" if none). */
SHIXIAN_API const char *shixian_last_error(void);
/* The library version, e.g. "0.1.0" (static storage). */
SHIXIAN_API const char *shixian_version(void);
/* Releases a string returned through `char **`. NULL is accepted. */
SHIXIAN_API void shixian_free(char *s);

/* ---- Calendars ---------------------------------------------------------------- */
/* The built-in China calendar with `file_count` calendar files merged in, in order
 * (files may be NULL when file_count is 0). */
SHIXIAN_API shixian_status shixian_calendar_load(const char *const *files, size_t file_count,
                                                 shixian_calendar **out);
SHIXIAN_API void shixian_calendar_free(shixian_calendar *cal);
/* e.g. "cn 2007..2026 #9f2c61d0"; owned by the calendar. */
SHIXIAN_API const char *shixian_calendar_version(const shixian_calendar *cal);
/* Dates are day numbers: days since 1970-01-01 (numpy's datetime64[D], Java's
 * LocalDate.toEpochDay). One outside years -32767..32767 is no date: SHIXIAN_E_INPUT,
 * its message naming the number. */
/* The covered dates [first, last]. */
SHIXIAN_API shixian_status shixian_calendar_range(const shixian_calendar *cal, int32_t *first, int32_t *last);
/* *working = 1 for a working day, 0 for a rest day. SHIXIAN_E_COVERAGE outside coverage. */
SHIXIAN_API shixian_status shixian_calendar_is_working(const shixian_calendar *cal, int32_t date, int *working);
/* The n-th working day after `date` (not counted); 0 <= n <= 10000. */
SHIXIAN_API shixian_status shixian_calendar_add_working_days(const shixian_calendar *cal, int32_t date, int n,
                                                             int32_t *out);
/* Working days in (a, b]; negative when a > b. */
SHIXIAN_API shixian_status shixian_calendar_between(const shixian_calendar *cal, int32_t a, int32_t b, int *out);

/* ---- Rule sets and zones ------------------------------------------------------ */
/* A built-in rule set by name ("95580", "generic-bank", ...) or a TOML file path;
 * NULL for the default (95580). */
SHIXIAN_API shixian_status shixian_rules_load(const char *name_or_path, shixian_rules **out);
SHIXIAN_API void shixian_rules_free(shixian_rules *rules);
/* The rule set's name and version; owned by the rule set. */
SHIXIAN_API const char *shixian_rules_name(const shixian_rules *rules);
SHIXIAN_API const char *shixian_rules_version(const shixian_rules *rules);
/* An IANA zone by name; NULL for the rule set's zone is not allowed here: pass
 * shixian_rules_zone(rules) for it. */
SHIXIAN_API shixian_status shixian_zone_locate(const char *name, shixian_zone **out);
SHIXIAN_API const char *shixian_rules_zone(const shixian_rules *rules);
SHIXIAN_API void shixian_zone_free(shixian_zone *zone);

/* ---- Deadlines ---------------------------------------------------------------- */
/* provisional != 0: days outside coverage follow the weekly rule (answers marked
 * provisional) instead of failing with SHIXIAN_E_COVERAGE. */
SHIXIAN_API shixian_status shixian_engine_new(const shixian_rules *rules, const shixian_calendar *cal,
                                              const shixian_zone *zone, int provisional, shixian_engine **out);
SHIXIAN_API void shixian_engine_free(shixian_engine *engine);
/* The data versions an engine's answers are computed with (RULES.md §2: results carry
 * them), as check's summary names them: "95580 #f4359e73", "cn 2007..2026 #9258c05a".
 * Owned by the engine; "" for NULL. */
SHIXIAN_API const char *shixian_engine_rule_set_version(const shixian_engine *engine);
SHIXIAN_API const char *shixian_engine_calendar_version(const shixian_engine *engine);

/* How an event's local time (text without an offset) that a daylight-saving change makes
 * ambiguous (it happens twice) or skips (it never happens) is read: REJECT fails with
 * SHIXIAN_E_INPUT naming both readings (what shixian_engine_new and shixian_auditor_new
 * do); EARLIEST and LATEST take that reading, as the CLI's --choose does. */
typedef enum shixian_choose {
  SHIXIAN_CHOOSE_REJECT = 0,
  SHIXIAN_CHOOSE_EARLIEST = 1,
  SHIXIAN_CHOOSE_LATEST = 2
} shixian_choose;
/* shixian_engine_new with `choose` (a shixian_choose; another value is SHIXIAN_E_INPUT). */
SHIXIAN_API shixian_status shixian_engine_new_choosing(const shixian_rules *rules, const shixian_calendar *cal,
                                                       const shixian_zone *zone, int provisional, int choose,
                                                       shixian_engine **out);

/* One lifecycle event: `text` (RFC 3339, or a local time in the engine's zone) when
 * not NULL, else `unix_ns`. */
typedef struct shixian_event {
  const char *name;
  int64_t unix_ns;
  const char *text;
} shixian_event;

typedef struct shixian_ticket {
  const char *ticket_class;  /* a class of the rule set, e.g. "ordinary" */
  const char *const *flags;  /* names of the flags set, e.g. "unionpay" */
  size_t flag_count;
  const shixian_event *events;  /* event_count of them (NULL with a count: SHIXIAN_E_NULL); each
                                   event at most once, in the rule set's lifecycle order in time
                                   (else SHIXIAN_E_INPUT naming both), as `shixian check` reads them */
  size_t event_count;
} shixian_ticket;

typedef enum shixian_state {
  SHIXIAN_COMPUTED = 0,
  SHIXIAN_NOT_STARTED = 1,  /* the stage's start event has not happened */
  SHIXIAN_PAUSED = 2        /* stopped by a pause with no resume yet: no deadline */
} shixian_state;

typedef struct shixian_deadline {
  int state;                /* shixian_state */
  int64_t start_ns, deadline_ns;
  const char *target;       /* the winning target's label, owned by the engine; NULL if none */
  int provisional;
  int has_contact_by;
  int64_t contact_by_ns;
} shixian_deadline;

/* One stage's deadline. A stage whose deadline needs an uncovered day fails with
 * SHIXIAN_E_COVERAGE; unknown class, flag, event or stage names with SHIXIAN_E_INPUT. */
SHIXIAN_API shixian_status shixian_stage_deadline(const shixian_engine *engine, const shixian_ticket *ticket,
                                                  const char *stage, shixian_deadline *out);
/* The same as one JSON object with instants as RFC 3339 text in the engine's zone:
 * {"stage":…,"state":"computed","start":…,"deadline":…,"target":…,"provisional":…,
 *  "contact_by":… (a contact stage, when there is one); a paused stage "target" and
 *  "used" (how much of it had run, "0.5wd"),
 *  "explanation":{"targets":[…],"calendar_version":…,"rule_set_version":…,"text":…}}
 *  (explanation only when explain != 0; the versions named as check's summary names them).
 * *json_out is the caller's (shixian_free). */
SHIXIAN_API shixian_status shixian_stage_deadline_json(const shixian_engine *engine, const shixian_ticket *ticket,
                                                       const char *stage, int explain, char **json_out);

/* ---- Audits (`shixian check`, one line at a time) ------------------------------ */
/* Audits as of `now_ns`. Not thread-safe: one auditor per thread. */
SHIXIAN_API shixian_status shixian_auditor_new(const shixian_rules *rules, const shixian_calendar *cal,
                                               const shixian_zone *zone, int64_t now_ns, int provisional,
                                               shixian_auditor **out);
/* shixian_auditor_new with `choose` (a shixian_choose), for the lines' local times. */
SHIXIAN_API shixian_status shixian_auditor_new_choosing(const shixian_rules *rules, const shixian_calendar *cal,
                                                        const shixian_zone *zone, int64_t now_ns, int provisional,
                                                        int choose, shixian_auditor **out);
SHIXIAN_API void shixian_auditor_free(shixian_auditor *auditor);
/* One JSON Lines ticket (without its newline) to the line `shixian check` writes for
 * it (no newline). A bad line fails with SHIXIAN_E_INPUT and *line_out is then check's
 * bad-line object ({"line":N,"error":…}, N counting the lines given to this auditor, a
 * blank one included, as check counts a file's); *line_out is the caller's either way
 * (a blank line, refused before it is read, leaves it unset). */
SHIXIAN_API shixian_status shixian_audit_line(shixian_auditor *auditor, const char *line, size_t length,
                                              char **line_out);
/* Fields the lines given so far carried that the audit does not read (a system's own
 * columns, or a misspelt event: "replyed" would read as "not happened"), as one JSON
 * object, spaced as written here:
 *   {"fields": [{"field": "replyed", "count": 2, "did_you_mean": "replied"}, …], "others": 0}
 * (did_you_mean null when no field of the rule set is near; `others` counts occurrences
 * past the 256 names kept). `shixian check` prints the same as notes on stderr.
 * *json_out is the caller's (shixian_free). */
SHIXIAN_API shixian_status shixian_auditor_ignored_fields(const shixian_auditor *auditor, char **json_out);

/* ---- Classification ------------------------------------------------------------ */
/* Classifies a complaint text (UTF-8) with the built-in lexicon and default settings
 * to the JSON object `shixian classify` writes. */
SHIXIAN_API shixian_status shixian_classify_text(const char *text, char **json_out);
/* The same for a complaint given as a JSON object (text, complainants, amount, ...). */
SHIXIAN_API shixian_status shixian_classify_json(const char *complaint_json, char **json_out);

#ifdef __cplusplus
}
#endif
#endif /* SHIXIAN_H */
