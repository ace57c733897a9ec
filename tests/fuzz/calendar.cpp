// Fuzzes the calendar file reader (calendar_file.hpp). A calendar that builds is
// written back (write_calendar_file) and must read back the same, day by day; its
// tables must agree with its own day list.
#include "fuzz.hpp"
#include "shixian/calendar/calendar_file.hpp"
#include "shixian/error.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

namespace {

void same_calendar(const Calendar& a, const Calendar& b) {
  FUZZ_REQUIRE(a.id() == b.id() && a.title() == b.title(), "id or title changed: '%s %s' -> '%s %s'",
               a.id().c_str(), a.title().c_str(), b.id().c_str(), b.title().c_str());
  FUZZ_REQUIRE(a.first() == b.first() && a.last() == b.last(), "coverage changed: %s -> %s",
               a.coverage_text().c_str(), b.coverage_text().c_str());
  for (int w = 0; w < 7; ++w) {
    const Date d = a.first() + days{w};
    FUZZ_REQUIRE(a.weekly_working(d) == b.weekly_working(d), "weekly rule changed");
  }
  const int y0 = static_cast<int>(date::year_month_day{a.first()}.year());
  const int y1 = static_cast<int>(date::year_month_day{a.last()}.year());
  for (int y = y0; y <= y1; ++y)
    FUZZ_REQUIRE(a.notice_sources(y) == b.notice_sources(y), "notice %d's sources changed", y);
  for (Date d = a.first(); d <= a.last(); d += days{1}) {
    const DayInfo x = a.day(d), y = b.day(d);
    FUZZ_REQUIRE(x.working == y.working && x.kind == y.kind && x.name == y.name && x.notice_year == y.notice_year,
                 "day %s changed: %s '%.*s' (notice %d) -> %s '%.*s' (notice %d)", format_date(d).c_str(),
                 std::string(to_string(x.kind)).c_str(), static_cast<int>(x.name.size()), x.name.data(),
                 x.notice_year, std::string(to_string(y.kind)).c_str(), static_cast<int>(y.name.size()),
                 y.name.data(), y.notice_year);
  }
}

// The O(1) tables (running counts, the working-day list) against the day list.
void tables_agree(const Calendar& c) {
  int count = 0;
  const Date before = c.first() - days{1};
  for (Date d = c.first(); d <= c.last(); d += days{1}) {
    const bool working = c.day(d).working;
    FUZZ_REQUIRE(c.is_working(d).value == working, "is_working disagrees with day() on %s", format_date(d).c_str());
    if (working) {
      ++count;
      FUZZ_REQUIRE(c.add_working_days(before, count).value == d, "add_working_days(first - 1, %d) is not %s",
                   count, format_date(d).c_str());
    }
    FUZZ_REQUIRE(c.working_days_between(before, d).value == count, "working_days_between(first - 1, %s) is not %d",
                 format_date(d).c_str(), count);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  CalendarPtr cal;
  try {
    cal = CalendarBuilder().load(fuzz::bytes(data, size), "fuzz.cal").build();
  } catch (const InputError&) {
    return 0;
  }
  tables_agree(*cal);
  const std::string text = write_calendar_file(*cal);
  CalendarPtr back;
  try {
    back = CalendarBuilder().load(text, "written.cal").build();
  } catch (const InputError& e) {
    FUZZ_REQUIRE(false, "the written calendar does not read: %s\n%s", e.what(), text.c_str());
  }
  same_calendar(*cal, *back);
  FUZZ_REQUIRE(write_calendar_file(*back) == text, "writing the calendar read back gives another text");
  return 0;
}
