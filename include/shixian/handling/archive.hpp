#pragma once
// Archive retention (档案): complaint records are kept 10 years after closing (a
// rule-set setting). Civil Code art. 202: a period in years ends on the corresponding
// date of the last year; where that date does not exist (29 February) it ends on the
// last day of that month. The record may be destroyed from the next day.
//   retention_end(2026-03-15, 10) == 2036-03-15
//   retention_end(2028-02-29, 10) == 2038-02-28
#include "shixian/abi.hpp"
#include "shixian/time/types.hpp"

SHIXIAN_NAMESPACE_BEGIN

inline Date retention_end(Date closed, int years) noexcept {
  const date::year_month_day c{closed};
  const auto y = c.year() + date::years{years};
  const date::year_month_day same{y, c.month(), c.day()};
  if (same.ok()) return Date{same};
  return Date{date::year_month_day_last{y, date::month_day_last{c.month()}}};
}

// The first day the record may be destroyed.
inline Date destroy_from(Date closed, int years) noexcept { return retention_end(closed, years) + days{1}; }

SHIXIAN_NAMESPACE_END
