// business_time_between across many offset changes (issue 16): a ticket received in
// 1910 and audited in 2026 crosses every change of its zone. The span is split at the
// changes and each stretch counted in O(1); the oracle here is the same measure taken
// one local day at a time (each piece inside a single day, so only the per-day path
// answers it), which the split must match exactly.
#include <doctest/doctest.h>

#include <chrono>
#include <random>

#include "shixian/calendar/calendar.hpp"
#include "shixian/rules/rule_set.hpp"
#include "shixian/sla/clocks.hpp"
#include "shixian/time/text.hpp"
#include "shixian/time/zone.hpp"

using namespace shixian;

namespace {

// The in-window time of [a, b) summed over each local day's piece.
Duration day_by_day(const Schedule& s, Instant a, Instant b, const ClockContext& ctx) {
  Duration total{0};
  Instant from = a;
  while (from < b) {
    const Date d = date_of(ctx.zone.to_local(from));
    const Instant next_midnight = ctx.zone.to_instant(LocalTime{d + days{1}}, Choose::earliest);
    const Instant to = std::min(b, next_midnight > from ? next_midnight : from + std::chrono::hours{1});
    total += business_time_between(s, from, to, ctx);
    from = to;
  }
  return total;
}

Schedule every_day(const char* open, const char* close, bool working_only) {
  Schedule s;
  s.id.assign(1, 'w');  // (GCC 12 warns wrongly on assigning a literal here)
  s.working_days_only = working_only;
  s.windows.push_back({parse_time_of_day(open), parse_time_of_day(close, true)});
  s.per_day = s.windows.front().close - s.windows.front().open;
  return s;
}

}  // namespace

TEST_CASE("business time across a zone's offset changes equals the day-by-day sum") {
  std::mt19937_64 rng(1910);
  for (const char* name : {"Asia/Shanghai", "Europe/London", "America/New_York", "Australia/Lord_Howe"}) {
    CAPTURE(name);
    const ClockContext ctx{default_calendar(), Zone::locate(name), Coverage::provisional};
    const auto s = every_day("08:30", "17:30", false);
    const auto w = every_day("01:00", "03:00", true);  // a window that DST changes cut into
    const Instant lo = parse_instant("1905-01-01T00:00:00Z", ctx.zone), hi = parse_instant("2030-01-01T00:00:00Z", ctx.zone);
    const auto span = std::chrono::duration_cast<std::chrono::seconds>(hi - lo).count();
    for (int i = 0; i < 40; ++i) {
      Instant a = lo + std::chrono::seconds{std::uniform_int_distribution<long long>(0, span)(rng)};
      Instant b = lo + std::chrono::seconds{std::uniform_int_distribution<long long>(0, span)(rng)};
      if (b < a) std::swap(a, b);
      if (i % 4 == 0) b = std::min(hi, a + std::chrono::hours{24 * 400});  // some shorter spans
      CAPTURE(format_instant(a, ctx.zone));
      CAPTURE(format_instant(b, ctx.zone));
      REQUIRE(business_time_between(s, a, b, ctx) == day_by_day(s, a, b, ctx));
      REQUIRE(business_time_between(w, a, b, ctx) == day_by_day(w, a, b, ctx));
    }
  }
}

TEST_CASE("business time from 1910 to 2026 in Shanghai equals the day-by-day sum") {
  // 42,510 days across every offset change Shanghai had. How long it takes is measured in
  // bench/deadlines_bench.cpp (BM_BusinessTime_Span, against 1 and 10 years in the same
  // run), not here: a timed test fails on a loaded machine and proves nothing on a fast one.
  const ClockContext ctx{default_calendar(), Zone::shanghai(), Coverage::provisional};
  const auto s = every_day("08:30", "17:30", false);
  const Instant a = parse_instant("1910-01-10T12:00", ctx.zone), b = parse_instant("2026-06-01T00:00", ctx.zone);
  CHECK(business_time_between(s, a, b, ctx) == day_by_day(s, a, b, ctx));
}
