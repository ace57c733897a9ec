// The C ABI's per-ticket overhead: shixian_stage_deadline (names resolved, status and
// last-error handling, no exception) against DeadlineEngine::stage on the same tickets.
//
//   build/bindings/capi_bench [N]
//
// The two are run in alternating rounds and each keeps its best round, timed by the
// thread's CPU clock: on a shared machine, waiting for a core is not the call's cost.
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "shixian/shixian.h"
#include "shixian/calendar/calendar.hpp"
#include "shixian/sla/deadlines.hpp"

int main(int argc, char** argv) {
  const int n = argc > 1 ? std::atoi(argv[1]) : 1000000;
  // Received instants spread over 2025-2026 (ns since the epoch).
  std::vector<std::int64_t> received(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i)
    received[static_cast<std::size_t>(i)] = (1735660800LL + (i * 7919LL) % (700LL * 86400)) * 1000000000LL;

  shixian_rules* r;
  shixian_calendar* c;
  shixian_zone* z;
  shixian_engine* e;
  if (shixian_rules_load(nullptr, &r) || shixian_calendar_load(nullptr, 0, &c) ||
      shixian_zone_locate("Asia/Shanghai", &z) || shixian_engine_new(r, c, z, 0, &e))
    return std::fprintf(stderr, "%s\n", shixian_last_error()), 1;

  shixian_event ev{"received", 0, nullptr};
  shixian_ticket t{"ordinary", nullptr, 0, &ev, 1};
  auto c_abi = [&] {
    std::int64_t sum = 0;
    shixian_deadline d;
    for (int i = 0; i < n; ++i) {
      ev.unix_ns = received[static_cast<std::size_t>(i)];
      if (shixian_stage_deadline(e, &t, "total", &d) == SHIXIAN_OK) sum += d.deadline_ns;
    }
    return sum;
  };

  const auto rules = shixian::default_rule_set();
  const auto cal = shixian::default_calendar();
  const auto zone = shixian::Zone::locate("Asia/Shanghai");
  const shixian::DeadlineEngine engine{rules, cal, zone};
  const auto stage = rules->stage_index("total");
  const auto received_event = rules->event_index("received");
  auto cpp = [&] {
    std::int64_t sum = 0;
    for (int i = 0; i < n; ++i) {
      shixian::Ticket tk;
      tk.ticket_class = rules->class_at(0);
      tk.set(received_event, shixian::Instant{shixian::Duration{received[static_cast<std::size_t>(i)]}});
      const auto res = engine.stage(tk, stage);
      if (res.state == shixian::StageDeadline::State::computed) sum += res.deadline.time_since_epoch().count();
    }
    return sum;
  };
  auto cpu_now = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  };
  double c_s = 1e30, cpp_s = 1e30;
  std::int64_t sum = 0, sum2 = 0;
  for (int round = 0; round < 5; ++round) {
    double t0 = cpu_now();
    sum = c_abi();
    c_s = std::min(c_s, cpu_now() - t0);
    t0 = cpu_now();
    sum2 = cpp();
    cpp_s = std::min(cpp_s, cpu_now() - t0);
  }
  std::printf("%d tickets: C ABI %.0f ns/ticket, C++ %.0f ns/ticket, overhead %.0f ns (%s)\n", n, c_s / n * 1e9,
              cpp_s / n * 1e9, (c_s - cpp_s) / n * 1e9, sum == sum2 ? "same deadlines" : "DEADLINES DIFFER");
  shixian_engine_free(e);
  shixian_rules_free(r);
  shixian_calendar_free(c);
  shixian_zone_free(z);
  return sum == sum2 ? 0 : 1;
}
