// Deadlines per ticket under the 95580 profile, beside the floor: one
// date::zoned_time conversion (what any deadline computation must do at least once).
//
//   cmake --build build --target bench_deadlines && build/bench/bench_deadlines
//
// 1,000,000 random tickets over 2008..2026 (seeded), every class and flag mix, with
// tier-2 and resolution events so all four stages are computed; explanations off.
#include <benchmark/benchmark.h>
#include <date/tz.h>
#include <random>
#include <vector>

#include "shixian/calendar/calendar.hpp"
#include "shixian/sla/clocks.hpp"
#include "shixian/sla/deadlines.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

namespace {

constexpr std::size_t n_tickets = 1'000'000;

struct Data {
  RuleSetPtr rules = default_rule_set();
  CalendarPtr cal = default_calendar();
  Zone zone = Zone::shanghai();
  std::vector<Ticket> tickets;
  Data() {
    std::mt19937_64 rng(42);
    const auto from = date::sys_days{date::year{2008} / 1 / 1};
    std::uniform_int_distribution<long long> secs(0, 18LL * 365 * 86400);
    std::uniform_int_distribution<int> hours(0, 72), cls(0, 1), flag(0, 3);
    const auto received = rules->event_index("received"), tier2 = rules->event_index("tier2_received"),
              resolved = rules->event_index("resolved");
    tickets.resize(n_tickets);
    for (auto& t : tickets) {
      t.ticket_class = rules->class_at(static_cast<std::size_t>(cls(rng)));
      t.flags = flag(rng) == 0 ? 1u : 0u;
      const Instant r = Instant{from} + std::chrono::seconds{secs(rng)};
      t.set(received, r);
      t.set(tier2, r + std::chrono::hours{hours(rng)});
      t.set(resolved, r + std::chrono::hours{hours(rng) + 72});
    }
  }
};

const Data& data() {
  static const Data d;
  return d;
}

void BM_Ticket_AllStages_Shixian(benchmark::State& state) {
  const auto& d = data();
  const DeadlineEngine engine{*d.rules, *d.cal, d.zone};
  std::array<StageDeadline, 8> out;
  std::size_t i = 0;
  for (auto _ : state) {
    engine.all(d.tickets[i], out);
    benchmark::DoNotOptimize(out);
    if (++i == n_tickets) i = 0;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_Ticket_AllStages_Shixian);

void stage_bench(benchmark::State& state, const char* stage) {
  const auto& d = data();
  const DeadlineEngine engine{*d.rules, *d.cal, d.zone};
  const auto s = d.rules->stage_index(stage);
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = engine.stage(d.tickets[i], s);
    benchmark::DoNotOptimize(r.deadline);
    if (++i == n_tickets) i = 0;
  }
}
// One clock each: hq_dispatch is business_time, branch_dispatch elapsed, total
// working_days (ordinary) or elapsed + working_days (urgent, UnionPay).
void BM_Clock_BusinessTime_HqDispatch(benchmark::State& s) { stage_bench(s, "hq_dispatch"); }
void BM_Clock_Elapsed_BranchDispatch(benchmark::State& s) { stage_bench(s, "branch_dispatch"); }
void BM_Clock_WorkingDays_Total(benchmark::State& s) { stage_bench(s, "total"); }
BENCHMARK(BM_Clock_BusinessTime_HqDispatch);
BENCHMARK(BM_Clock_Elapsed_BranchDispatch);
BENCHMARK(BM_Clock_WorkingDays_Total);

// business_time_between over long spans (issue 16): the span is split at the zone's offset
// changes and each stretch counted in O(1), so 116 years (a ticket received in 1910,
// audited in 2026: every change Shanghai ever had) costs a few times one year, not 116
// times. The day walk it replaced took about 2 ms for the 116 years. Peer in the same
// run: the same call over 1 and 10 years. (tests/sla/business_time_span_test.cpp checks
// the answers against a day-by-day sum; this is where their cost is measured.)
void BM_BusinessTime_Span(benchmark::State& state) {
  const ClockContext ctx{default_calendar(), Zone::shanghai(), Coverage::provisional};
  Schedule s;
  s.id.assign(1, 'w');
  s.working_days_only = false;
  s.windows.push_back({parse_time_of_day("08:30"), parse_time_of_day("17:30", true)});
  s.per_day = s.windows.front().close - s.windows.front().open;
  const Instant b = parse_instant("2026-06-01T00:00", ctx.zone);
  const Instant a = b - std::chrono::hours{24 * 365} * state.range(0) - std::chrono::hours{24 * 28};
  for (auto _ : state) benchmark::DoNotOptimize(business_time_between(s, a, b, ctx));
}
BENCHMARK(BM_BusinessTime_Span)->Arg(1)->Arg(10)->Arg(116);

// The floor: one instant -> local time conversion with date/tz itself.
void BM_Floor_DateZonedTime(benchmark::State& state) {
  const auto& d = data();
  const auto* tz = date::locate_zone("Asia/Shanghai");
  std::size_t i = 0;
  for (auto _ : state) {
    auto z = date::zoned_time<Duration>(tz, d.tickets[i].event(0));
    benchmark::DoNotOptimize(z.get_local_time());
    if (++i == n_tickets) i = 0;
  }
}
BENCHMARK(BM_Floor_DateZonedTime);

// shixian's own Zone conversion, for comparison with the floor.
void BM_Floor_ShixianZoneToLocal(benchmark::State& state) {
  const auto& d = data();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(d.zone.to_local(d.tickets[i].event(0)));
    if (++i == n_tickets) i = 0;
  }
}
BENCHMARK(BM_Floor_ShixianZoneToLocal);

}  // namespace

BENCHMARK_MAIN();
