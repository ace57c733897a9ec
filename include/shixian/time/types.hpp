#pragma once
// The time model.
//
// Terms (as in Howard Hinnant's date/tz, on which this stands):
//   Date       a civil date, no time of day, no zone: "2026-10-01". A day count.
//   LocalTime  a civil date and time of day on the institution's wall clock, no zone:
//              "2026-10-01 08:30". Not a point in time until a Zone says which.
//   Instant    an absolute point in time (UTC underneath), nanosecond precision so
//              that input fractions are compared exactly.
//   Duration   a length of absolute time.
//
//   Instant = F(LocalTime, Zone)    may have 0 answers (spring-forward gap) or 2
//                                   (fall-back overlap): see zone.hpp.
//   LocalTime = F(Instant, Zone)    always exactly one answer.
//
// Local times run on date::local_t, a tag with no now(), so adding or comparing a
// LocalTime with an Instant does not compile (tests/time/types_compile.cpp proves it).
#include "shixian/abi.hpp"
#include <chrono>
#include <date/date.h>

SHIXIAN_NAMESPACE_BEGIN

using Duration = std::chrono::nanoseconds;
using Date = date::local_days;
using LocalTime = date::local_time<Duration>;
using Instant = date::sys_time<Duration>;

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;
using days = date::days;

// A time of day as an offset from local midnight, e.g. 08:30 == 8h30m.
using TimeOfDay = std::chrono::seconds;

// date::floor<To> of a nanosecond time point: for a count that is not negative (every time
// since 1970) an unsigned division, which compiles to a multiply and a shift, where the
// signed floor adds a sign fix-up and a correction; the general floor otherwise. Hot: the
// audit floors a ticket's times to days and seconds some forty times.
template <class To, class Clock>
constexpr std::chrono::time_point<Clock, To> floor_to(std::chrono::time_point<Clock, Duration> t) noexcept {
  const auto n = t.time_since_epoch().count();
  if (n < 0) return date::floor<To>(t);
  constexpr auto unit = static_cast<unsigned long long>(std::chrono::duration_cast<Duration>(To{1}).count());
  return std::chrono::time_point<Clock, To>{To{static_cast<typename To::rep>(static_cast<unsigned long long>(n) / unit)}};
}

inline constexpr Date date_of(LocalTime t) noexcept { return floor_to<days>(t); }

SHIXIAN_NAMESPACE_END
