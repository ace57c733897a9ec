#pragma once
// What changes between two calendars: the days that differ, and why — for the auditor
// who asks, after a notice revises late December, which days (and so which deadlines)
// the new data changes.
//
//   calendar_diff(old, new)  every day of either's coverage whose working status or
//                            kind (holiday, make-up day, override, weekly rule) differs,
//                            with each side's DayInfo: name, notice year, kind.
//
// A day outside one calendar's coverage is compared as that calendar answers with
// Coverage::provisional (the weekly rule, kind `uncovered`), so loading next year's
// notice shows as the days it changes from the weekly rule.
#include "shixian/abi.hpp"
#include <vector>

#include "shixian/calendar/calendar.hpp"

SHIXIAN_NAMESPACE_BEGIN

struct DayChange {
  Date date;
  DayInfo before, after;  // names point into the calendars: keep them alive
  bool working_changed() const noexcept { return before.working != after.working; }
};

std::vector<DayChange> calendar_diff(const Calendar& before, const Calendar& after);

SHIXIAN_NAMESPACE_END
