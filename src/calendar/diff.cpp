// calendar_diff: a walk over the days of both coverages (at most a few decades, never on
// a hot path), comparing what each calendar says about each day.
#include "shixian/calendar/diff.hpp"

#include <algorithm>

SHIXIAN_NAMESPACE_BEGIN

std::vector<DayChange> calendar_diff(const Calendar& before, const Calendar& after) {
  std::vector<DayChange> out;
  const Date from = std::min(before.first(), after.first());
  const Date to = std::max(before.last(), after.last());
  for (Date d = from; d <= to; d += days{1}) {
    const auto a = before.day(d, Coverage::provisional);
    const auto b = after.day(d, Coverage::provisional);
    // A covered weekday and an uncovered one the weekly rule makes a weekday agree.
    const bool same_kind = a.kind == b.kind || (a.kind == DayKind::uncovered && a.working == b.working &&
                                                (b.kind == DayKind::weekday || b.kind == DayKind::weekend)) ||
                           (b.kind == DayKind::uncovered && a.working == b.working &&
                            (a.kind == DayKind::weekday || a.kind == DayKind::weekend));
    if (a.working != b.working || !same_kind || a.name != b.name) out.push_back({d, a, b});
  }
  return out;
}

SHIXIAN_NAMESPACE_END
