#pragma once
// CalendarBuilder: reads calendar data files and builds an immutable Calendar.
//
// The format (data/calendars/cn.cal is the built-in example, documented at its top):
//   calendar cn China mainland (中国大陆)
//   weekend sat sun
//   # 国务院办公厅关于2026年部分节假日安排的通知
//   notice 2026 https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm
//   rest 2026-10-01..2026-10-07 国庆节、中秋节
//   work 2026-10-10             国庆节、中秋节
//   override rest 2026-09-15 台风停业 (Shenzhen branch)
//   variant settlement …            (renames the calendar built from the data loaded so far)
//   makeup-days rest                (make-up working days stay closed: the exchanges' 周末休市)
//
// Loading several files merges them: a file's `notice YEAR` replaces that year's
// notice whole (the usual case: next year's notice, or a corrected one), overrides
// accumulate and apply last. Errors name the file, the line and the value:
//   "extra.cal:7: '2027-02-30' is not a valid date (no such day in that month)".
// Files are strict (docs/RULES.md §2): within a notice, and among a file's overrides,
// each date is stated once (rest and work for one date is a contradiction); a fact lies
// in its notice's year or the December before; a file loaded onto a calendar that
// already covers years may not change the weekly rule.
//
//   auto cal = CalendarBuilder::with_defaults().load_file("2027.cal").build();
#include "shixian/abi.hpp"
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "shixian/calendar/calendar.hpp"

SHIXIAN_NAMESPACE_BEGIN

// A built calendar as a data file that CalendarBuilder reads back to the same calendar:
// the same id, title, weekly rule, coverage, notice sources and, for every covered day,
// the same kind, name and notice year. Facts are written as the tables hold them
// (merged into ranges, grouped by notice; overrides last), so facts that never took
// effect (outside coverage, or replaced by a later notice) are not kept. For exporting
// a calendar merged from several files; tests/fuzz/calendar.cpp checks the round trip.
std::string write_calendar_file(const Calendar& cal);

class CalendarBuilder {
 public:
  CalendarBuilder() = default;
  // Starts from the built-in China calendar.
  static CalendarBuilder with_defaults();

  // Parses `text` (named `origin` in errors) and merges it. Throws InputError.
  CalendarBuilder& load(std::string_view text, std::string_view origin);
  // Reads and loads a file; throws InputError if it cannot be read.
  CalendarBuilder& load_file(const std::string& path);
  // An institution override for [from, to], applied after every notice.
  CalendarBuilder& add_override(Date from, Date to, bool working, std::string reason);

  // Throws InputError if nothing is covered, the covered years have a gap, or an
  // override lies outside the covered years (it could not apply: docs/RULES.md §2).
  CalendarPtr build() const;

 private:
  struct Fact {
    Date from, to;
    bool working;
    std::string name;
    std::string where;  // an override's "file:line" (build() names it), else ""
  };
  struct Notice {
    std::vector<std::string> sources;
    std::vector<Fact> facts;
    std::string origin;
  };
  std::string id_, title_;
  std::array<bool, 7> weekly_work_{true, true, true, true, true, false, false};
  std::map<int, Notice> notices_;
  std::vector<Fact> overrides_;
  bool makeup_rest_ = false;  // `makeup-days rest`: make-up working days stay closed
};

// A built-in calendar by name: "cn" (the default) or "settlement" (the same holidays,
// make-up weekend days closed: data/calendars/settlement.cal); nullptr for another name.
CalendarPtr builtin_calendar(std::string_view name);

SHIXIAN_NAMESPACE_END
