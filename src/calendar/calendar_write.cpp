// Writing a built calendar back as a data file: see write_calendar_file in
// include/shixian/calendar/calendar_file.hpp.
#include <fmt/format.h>

#include <map>
#include <vector>

#include "shixian/calendar/calendar_file.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace {

// One run of consecutive days with the same kind, name and notice.
struct Run {
  Date from, to;
  DayKind kind;
  std::string_view name;
};

// The file reader refuses a range longer than a year (366 days between its ends).
constexpr int kMaxRangeDays = 366;

}  // namespace

std::string write_calendar_file(const Calendar& cal) {
  static constexpr std::string_view day_names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  std::string out = "# written by shixian (write_calendar_file); format: data/calendars/cn.cal\n";
  out += fmt::format("calendar {}{}{}\n", cal.id(), cal.title().empty() ? "" : " ", cal.title());
  // The weekly rule, read off the first covered week (2001-01-01 was a Monday).
  out += "weekend";
  for (unsigned w = 0; w < 7; ++w)
    if (!cal.weekly_working(Date{date::year{2001} / 1 / 1} + days{w})) out += fmt::format(" {}", day_names[w]);
  out += '\n';

  std::map<int, std::vector<Run>> by_notice;  // notice year -> its facts
  std::vector<Run> overrides;
  for (Date d = cal.first(); d <= cal.last(); d += days{1}) {
    const DayInfo info = cal.day(d);
    std::vector<Run>* runs = nullptr;
    if (info.kind == DayKind::holiday || info.kind == DayKind::makeup) runs = &by_notice[info.notice_year];
    else if (info.kind == DayKind::closed || info.kind == DayKind::opened) runs = &overrides;
    if (!runs) continue;
    if (!runs->empty()) {
      Run& last = runs->back();
      if (last.to + days{1} == d && last.kind == info.kind && last.name == info.name &&
          (d - last.from).count() <= kMaxRangeDays) {
        last.to = d;
        continue;
      }
    }
    runs->push_back({d, d, info.kind, info.name});
  }
  auto range = [](const Run& r) {
    return r.from == r.to ? format_date(r.from) : format_date(r.from) + ".." + format_date(r.to);
  };
  const int y0 = static_cast<int>(date::year_month_day{cal.first()}.year());
  const int y1 = static_cast<int>(date::year_month_day{cal.last()}.year());
  for (int y = y0; y <= y1; ++y) {
    out += fmt::format("\nnotice {}", y);
    for (const auto& s : cal.notice_sources(y)) out += fmt::format(" {}", s);
    out += '\n';
    for (const Run& r : by_notice[y])
      out += fmt::format("{} {} {}\n", r.kind == DayKind::makeup ? "work" : "rest", range(r), r.name);
  }
  if (!overrides.empty()) out += '\n';
  for (const Run& r : overrides)
    out += fmt::format("override {} {} {}\n", r.kind == DayKind::opened ? "work" : "rest", range(r), r.name);
  return out;
}

SHIXIAN_NAMESPACE_END
