// The settlement calendar (issue 15 item 4): the same holidays as cn, make-up weekend
// days closed (the exchanges' 周末休市), chosen by data (data/calendars/settlement.cal:
// `makeup-days rest`), not by code.
#include <doctest/doctest.h>

#include "shixian/calendar/calendar_file.hpp"
#include "shixian/error.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

TEST_CASE("settlement differs from cn exactly on the make-up weekend days") {
  const auto cn = default_calendar();
  const auto st = builtin_calendar("settlement");
  REQUIRE(st);
  CHECK(st->id() == "settlement");
  CHECK(st->first() == cn->first());
  CHECK(st->last() == cn->last());
  int makeups = 0;
  for (Date d = cn->first(); d <= cn->last(); d += days{1}) {
    const auto a = cn->day(d), b = st->day(d);
    // (2020-02-03, a Monday the 春节 extension named as 上班, is a working day either way.)
    if (a.kind == DayKind::makeup && !cn->weekly_working(d)) {
      ++makeups;
      CHECK_FALSE(b.working);
      // Named in Chinese, as the notices' own names (it read "周末休市 (国庆节 make-up day)"
      // in every language, --lang zh's explanations included).
      CHECK(b.name == "周末休市（" + std::string(a.name) + "调休上班日）");
    } else {
      CHECK(a.working == b.working);
      if (a.kind != DayKind::makeup) CHECK(a.kind == b.kind);
    }
  }
  CHECK(makeups > 100);  // twenty years of notices
}

TEST_CASE("a make-up Saturday is a settlement holiday: add skips it") {
  const auto st = builtin_calendar("settlement");
  // cn: Sat 2026-10-10 is a make-up working day, so 4 working days after 09-30 is 10-12.
  CHECK(default_calendar()->add_working_days(parse_date("2026-09-30"), 4).value == parse_date("2026-10-12"));
  CHECK(st->add_working_days(parse_date("2026-09-30"), 4).value == parse_date("2026-10-13"));
  CHECK_FALSE(st->is_working(parse_date("2026-10-10")).value);
}

TEST_CASE("makeup-days is a setting of any calendar file, strictly read") {
  const auto cal = CalendarBuilder::with_defaults().load("variant mine My exchange\nmakeup-days rest\n", "mine.cal").build();
  CHECK(cal->id() == "mine");
  CHECK_FALSE(cal->is_working(parse_date("2026-02-14")).value);  // 春节 make-up Saturday
  CHECK(cal->version() != builtin_calendar("settlement")->version());  // the name is part of it
  CHECK_THROWS_WITH_AS(CalendarBuilder::with_defaults().load("makeup-days closed\n", "x.cal"),
                       doctest::Contains("x.cal:1: makeup-days 'closed' is not 'work' or 'rest'"), InputError);
  CHECK(builtin_calendar("nosuch") == nullptr);
}
