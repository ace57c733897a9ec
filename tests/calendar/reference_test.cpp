// The built-in China calendar against an independent data set: every day of
// 2007-01-01..2026-12-31 compared with NateScarlet/holiday-cn (MIT), read at test time
// from ../shared/reference/holiday-cn/. A fact there is placed by its date, not by the
// file it is in (2008.json holds 2007-12-29); days not listed follow the weekly rule.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <simdjson.h>
#include <string>

#include "shixian/calendar/calendar.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

namespace {

struct RefDay {
  bool working;
  int file_year;  // the notice (file) the fact comes from
};

// Every listed day of every YYYY.json in dir, later files winning where two speak of
// the same date (a later notice is a revision).
std::map<Date, RefDay> read_reference(const std::filesystem::path& dir) {
  std::map<Date, RefDay> facts;
  simdjson::dom::parser parser;
  for (int y = 2000; y <= 2100; ++y) {
    const auto file = dir / (std::to_string(y) + ".json");
    if (!std::filesystem::exists(file)) continue;
    simdjson::dom::element doc = parser.load(file.string());
    for (simdjson::dom::element day : doc["days"].get_array()) {
      const std::string_view date_text = day["date"].get_string();
      const bool off = day["isOffDay"].get_bool();
      facts[parse_date(date_text)] = {!off, y};
    }
  }
  return facts;
}

}  // namespace

TEST_CASE("every day 2007-2026 agrees with the holiday-cn reference data") {
  const std::filesystem::path dir = SHIXIAN_REFERENCE_DIR;
  if (!std::filesystem::is_directory(dir)) {
    MESSAGE("reference data not found at " << dir.string()
                                           << ": skipping the day-by-day comparison");
    return;
  }
  const auto facts = read_reference(dir);
  REQUIRE(facts.size() > 500);  // 20 notices of ~30 days each: the files were read

  const auto cal = default_calendar();
  const Date first{date::year{2007} / 1 / 1};
  const Date last{date::year{2026} / 12 / 31};
  REQUIRE(cal->first() == first);
  REQUIRE(cal->last() == last);

  int compared = 0, differences = 0;
  for (Date d = first; d <= last; d += days{1}) {
    const date::weekday wd{d};
    const bool weekend = wd == date::Saturday || wd == date::Sunday;
    const auto it = facts.find(d);
    const bool listed = it != facts.end();
    const bool expect_working = listed ? it->second.working : !weekend;

    const auto info = cal->day(d);
    const bool got_working = cal->is_working(d).value;
    bool ok = got_working == expect_working && info.working == expect_working;
    // The reason and the provenance must agree as well as the answer.
    if (listed) {
      ok = ok && info.kind == (expect_working ? DayKind::makeup : DayKind::holiday) &&
           info.notice_year == it->second.file_year && !info.name.empty();
    } else {
      ok = ok && info.kind == (weekend ? DayKind::weekend : DayKind::weekday) &&
           info.notice_year == 0;
    }
    if (!ok && ++differences <= 20) {
      FAIL_CHECK(format_date(d) << ": reference says "
                                << std::string(expect_working ? "working" : "rest")
                                << (listed ? " (notice " + std::to_string(it->second.file_year) + ")"
                                           : std::string(" (weekly rule)"))
                                << ", calendar says " << std::string(got_working ? "working" : "rest") << " ("
                                << to_string(info.kind) << ", notice " << info.notice_year << ")");
    }
    ++compared;
  }
  CHECK(compared == 7305);
  CHECK(differences == 0);
}
