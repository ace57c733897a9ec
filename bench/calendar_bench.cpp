// Calendar queries against the peers a bank would otherwise use, in one binary and run:
//
//   Shixian    shixian::Calendar (per-day tables: O(1) for every query)
//   QuantLib   QuantLib::China(China::IB): advance(d, 5, Days), businessDaysBetween,
//              isBusinessDay (only when built with QuantLib: SHIXIAN_HAVE_QUANTLIB)
//   NaiveSet   the "home-made" calendar: std::set of holidays and of make-up days (the
//              same data as shixian's), walked one day at a time
//   Baseline   the loop alone: fetch the next input and keep it alive, no work
//
// Input: 1,000,000 random dates in 2008-01-01..2025-12-31 (mt19937, seed 20260930),
// generated before timing and converted to each library's own date type, so no
// conversion is timed. `between` pairs each date with one 0..30 days later (a typical
// SLA question; QuantLib and the naive loop walk that span day by day). Each benchmark
// iteration answers one question; ns/op is the time per iteration.
//
// Fairness: every peer answers the same questions with the same meaning (the start day
// is not counted; (d1, d2]). Before timing, main() checks that the naive peer agrees with
// shixian on every input, and counts where QuantLib's own China data disagrees (its
// holiday list is compiled into QuantLib and may lag the notices).
//
// After the runs, main() prints the ratios QuantLib/shixian and naive/shixian, from CPU
// time per operation.
//
// Build and run (Release):
//   cmake -S . -B build-cal -DCMAKE_BUILD_TYPE=Release && cmake --build build-cal --target bench_calendar
//   build-cal/bench/bench_calendar
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <string>
#include <unistd.h>
#include <vector>

#include "shixian/calendar/calendar.hpp"

#ifdef SHIXIAN_HAVE_QUANTLIB
#include <ql/time/calendars/china.hpp>
#endif

namespace {

using shixian::Date;
using shixian::days;

constexpr std::size_t kInputs = 1'000'000;

// The home-made peer: two sets and the weekly rule, one day at a time.
class NaiveSetCalendar {
 public:
  explicit NaiveSetCalendar(const shixian::Calendar& cal) {
    for (Date d = cal.first(); d <= cal.last(); d += days{1}) {
      const auto k = cal.day(d).kind;
      if (k == shixian::DayKind::holiday) holidays_.insert(serial(d));
      if (k == shixian::DayKind::makeup) makeup_.insert(serial(d));
    }
  }
  static int serial(Date d) { return d.time_since_epoch().count(); }
  bool is_working(int s) const {
    if (makeup_.count(s)) return true;
    if (holidays_.count(s)) return false;
    const int wd = ((s % 7) + 10) % 7;  // 0 = Monday; 1970-01-01 (serial 0) was a Thursday (3)
    return wd < 5;
  }
  int add(int s, int n) const {
    while (n > 0) {
      ++s;
      if (is_working(s)) --n;
    }
    return s;
  }
  int between(int a, int b) const {
    int n = 0;
    for (int s = a + 1; s <= b; ++s) n += is_working(s);
    return n;
  }

 private:
  std::set<int> holidays_, makeup_;
};

struct Inputs {
  std::vector<Date> dates, later;
  std::vector<int> serials, later_serials;
#ifdef SHIXIAN_HAVE_QUANTLIB
  std::vector<QuantLib::Date> ql_dates, ql_later;
#endif
};

const shixian::Calendar& calendar() {
  static const auto cal = shixian::default_calendar();
  return *cal;
}

const NaiveSetCalendar& naive() {
  static const NaiveSetCalendar n(calendar());
  return n;
}

#ifdef SHIXIAN_HAVE_QUANTLIB
QuantLib::Date to_ql(Date d) {
  const date::year_month_day ymd{d};
  return QuantLib::Date(static_cast<QuantLib::Day>(static_cast<unsigned>(ymd.day())),
                        static_cast<QuantLib::Month>(static_cast<unsigned>(ymd.month())),
                        static_cast<QuantLib::Year>(static_cast<int>(ymd.year())));
}
const QuantLib::Calendar& ql_calendar() {
  static const QuantLib::Calendar c = QuantLib::China(QuantLib::China::IB);
  return c;
}
#endif

const Inputs& inputs() {
  static const Inputs in = [] {
    Inputs r;
    std::mt19937 rng(20260930);
    const Date lo{date::year{2008} / 1 / 1}, hi{date::year{2025} / 12 / 31};
    std::uniform_int_distribution<int> day(0, static_cast<int>((hi - lo).count()));
    std::uniform_int_distribution<int> span(0, 30);
    for (std::size_t i = 0; i < kInputs; ++i) {
      const Date d = lo + days{day(rng)};
      const Date e = d + days{span(rng)};
      r.dates.push_back(d);
      r.later.push_back(e);
      r.serials.push_back(NaiveSetCalendar::serial(d));
      r.later_serials.push_back(NaiveSetCalendar::serial(e));
#ifdef SHIXIAN_HAVE_QUANTLIB
      r.ql_dates.push_back(to_ql(d));
      r.ql_later.push_back(to_ql(e));
#endif
    }
    return r;
  }();
  return in;
}

// Cycles through the inputs: one question per iteration.
template <class F>
inline void each_input(benchmark::State& state, F&& ask) {
  std::size_t i = 0;
  for (auto _ : state) {
    ask(i);
    if (++i == kInputs) i = 0;
  }
}

// --- baseline ------------------------------------------------------------------------

void BM_Baseline_NoOp(benchmark::State& state) {
  const auto& in = inputs();
  each_input(state, [&](std::size_t i) {
    auto d = in.dates[i];
    benchmark::DoNotOptimize(d);
  });
}
BENCHMARK(BM_Baseline_NoOp);

// --- add 5 working days --------------------------------------------------------------

void BM_Add5_Shixian(benchmark::State& state) {
  const auto& in = inputs();
  const auto& cal = calendar();
  each_input(state, [&](std::size_t i) {
    auto r = cal.add_working_days(in.dates[i], 5);
    benchmark::DoNotOptimize(r);
  });
}
BENCHMARK(BM_Add5_Shixian);

#ifdef SHIXIAN_HAVE_QUANTLIB
void BM_Add5_QuantLib(benchmark::State& state) {
  const auto& in = inputs();
  const auto& cal = ql_calendar();
  each_input(state, [&](std::size_t i) {
    auto r = cal.advance(in.ql_dates[i], 5, QuantLib::Days);
    benchmark::DoNotOptimize(r);
  });
}
BENCHMARK(BM_Add5_QuantLib);
#endif

void BM_Add5_NaiveSet(benchmark::State& state) {
  const auto& in = inputs();
  const auto& cal = naive();
  each_input(state, [&](std::size_t i) {
    auto r = cal.add(in.serials[i], 5);
    benchmark::DoNotOptimize(r);
  });
}
BENCHMARK(BM_Add5_NaiveSet);

// --- working days between ------------------------------------------------------------

void BM_Between_Shixian(benchmark::State& state) {
  const auto& in = inputs();
  const auto& cal = calendar();
  each_input(state, [&](std::size_t i) {
    auto r = cal.working_days_between(in.dates[i], in.later[i]);
    benchmark::DoNotOptimize(r);
  });
}
BENCHMARK(BM_Between_Shixian);

#ifdef SHIXIAN_HAVE_QUANTLIB
void BM_Between_QuantLib(benchmark::State& state) {
  const auto& in = inputs();
  const auto& cal = ql_calendar();
  each_input(state, [&](std::size_t i) {
    auto r = cal.businessDaysBetween(in.ql_dates[i], in.ql_later[i], false, true);
    benchmark::DoNotOptimize(r);
  });
}
BENCHMARK(BM_Between_QuantLib);
#endif

void BM_Between_NaiveSet(benchmark::State& state) {
  const auto& in = inputs();
  const auto& cal = naive();
  each_input(state, [&](std::size_t i) {
    auto r = cal.between(in.serials[i], in.later_serials[i]);
    benchmark::DoNotOptimize(r);
  });
}
BENCHMARK(BM_Between_NaiveSet);

// --- is working ----------------------------------------------------------------------

void BM_IsWorking_Shixian(benchmark::State& state) {
  const auto& in = inputs();
  const auto& cal = calendar();
  each_input(state, [&](std::size_t i) {
    auto r = cal.is_working(in.dates[i]);
    benchmark::DoNotOptimize(r);
  });
}
BENCHMARK(BM_IsWorking_Shixian);

#ifdef SHIXIAN_HAVE_QUANTLIB
void BM_IsWorking_QuantLib(benchmark::State& state) {
  const auto& in = inputs();
  const auto& cal = ql_calendar();
  each_input(state, [&](std::size_t i) {
    auto r = cal.isBusinessDay(in.ql_dates[i]);
    benchmark::DoNotOptimize(r);
  });
}
BENCHMARK(BM_IsWorking_QuantLib);
#endif

void BM_IsWorking_NaiveSet(benchmark::State& state) {
  const auto& in = inputs();
  const auto& cal = naive();
  each_input(state, [&](std::size_t i) {
    auto r = cal.is_working(in.serials[i]);
    benchmark::DoNotOptimize(r);
  });
}
BENCHMARK(BM_IsWorking_NaiveSet);

// --- agreement check and ratio table -------------------------------------------------

// Returns false if the naive peer and shixian disagree anywhere (then the benchmark
// would compare different questions).
bool check_agreement() {
  const auto& in = inputs();
  const auto& cal = calendar();
  const auto& nv = naive();
  long naive_diff = 0;
  for (std::size_t i = 0; i < kInputs; ++i) {
    const int add = NaiveSetCalendar::serial(cal.add_working_days(in.dates[i], 5).value);
    const int btw = cal.working_days_between(in.dates[i], in.later[i]).value;
    const bool wk = cal.is_working(in.dates[i]).value;
    naive_diff += add != nv.add(in.serials[i], 5) || btw != nv.between(in.serials[i], in.later_serials[i]) ||
                  wk != nv.is_working(in.serials[i]);
  }
  std::printf("inputs: %zu dates 2008..2025; naive set peer disagrees with shixian on %ld\n", kInputs,
              naive_diff);
#ifdef SHIXIAN_HAVE_QUANTLIB
  const auto& ql = ql_calendar();
  long ql_diff = 0;
  for (std::size_t i = 0; i < kInputs; ++i) {
    const auto add = to_ql(cal.add_working_days(in.dates[i], 5).value);
    ql_diff += add != ql.advance(in.ql_dates[i], 5, QuantLib::Days) ||
               cal.is_working(in.dates[i]).value != ql.isBusinessDay(in.ql_dates[i]);
  }
  std::printf("QuantLib China::IB (its own compiled-in data) disagrees on %ld of %zu inputs "
              "(add-5 or is-working)\n",
              ql_diff, kInputs);
#else
  std::printf("QuantLib not found at build time: its cases are not run\n");
#endif
  return naive_diff == 0;
}

class RatioReporter : public benchmark::ConsoleReporter {
 public:
  // Colour only on a terminal (a custom reporter does not read --benchmark_color).
  RatioReporter() : ConsoleReporter(::isatty(STDOUT_FILENO) ? OO_Defaults : OO_None) {}
  std::map<std::string, double> ns_per_op;
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const auto& r : runs)
      if (r.run_type == Run::RT_Iteration && !r.error_occurred) {
        // CPU time: on a shared machine wall time also counts time the thread was
        // preempted, which is not the library's cost.
        const double ns = r.GetAdjustedCPUTime() *
                          (r.time_unit == benchmark::kNanosecond   ? 1.0
                           : r.time_unit == benchmark::kMicrosecond ? 1e3
                           : r.time_unit == benchmark::kMillisecond ? 1e6
                                                                    : 1e9);
        ns_per_op[r.benchmark_name()] = ns;
      }
    ConsoleReporter::ReportRuns(runs);
  }
};

void print_ratios(const RatioReporter& rep) {
  auto get = [&](const std::string& name) {
    const auto it = rep.ns_per_op.find(name);
    return it == rep.ns_per_op.end() ? -1.0 : it->second;
  };
  std::printf("\nCPU ns/op\n%-12s %12s %12s %12s %16s %16s\n", "query", "shixian ns", "QuantLib ns",
              "naive ns", "QuantLib/shixian", "naive/shixian");
  for (const char* q : {"Add5", "Between", "IsWorking"}) {
    const double s = get(std::string("BM_") + q + "_Shixian");
    const double ql = get(std::string("BM_") + q + "_QuantLib");
    const double nv = get(std::string("BM_") + q + "_NaiveSet");
    if (s <= 0) continue;
    char qlbuf[32] = "n/a", qlr[32] = "n/a", nvbuf[32] = "n/a", nvr[32] = "n/a";
    if (ql > 0) std::snprintf(qlbuf, sizeof qlbuf, "%.2f", ql), std::snprintf(qlr, sizeof qlr, "%.0fx", ql / s);
    if (nv > 0) std::snprintf(nvbuf, sizeof nvbuf, "%.2f", nv), std::snprintf(nvr, sizeof nvr, "%.0fx", nv / s);
    std::printf("%-12s %12.2f %12s %12s %16s %16s\n", q, s, qlbuf, nvbuf, qlr, nvr);
  }
  const double base = get("BM_Baseline_NoOp");
  if (base > 0) std::printf("baseline (loop only): %.2f ns/op\n", base);
  const double add = get("BM_Add5_Shixian");
  if (add > 0) std::printf("target add-5 <= 5 ns/op: %s (%.2f ns)\n", add <= 5.0 ? "met" : "NOT met", add);
  const double ql_add = get("BM_Add5_QuantLib");
  if (add > 0 && ql_add > 0)
    std::printf("target add-5 >= 100x faster than QuantLib: %s (%.0fx)\n",
                ql_add / add >= 100.0 ? "met" : "NOT met", ql_add / add);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  if (!check_agreement()) {
    std::fprintf(stderr, "the naive peer disagrees with shixian: not benchmarking\n");
    return 1;
  }
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  print_ratios(reporter);
  benchmark::Shutdown();
  return 0;
}
