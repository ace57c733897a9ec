// DeadlineEngine::quick, the audit's one-step form of the common stage, against the
// general computation: the traced stage() never takes the quick step, so on random
// tickets over every shipped rule set (pauses, latest-wins limits, uncovered years,
// both coverage modes) the two must agree in every field, and quick must decline
// exactly what it cannot settle.
#include <doctest/doctest.h>

#include <random>
#include <vector>

#include "shixian/calendar/calendar.hpp"
#include "shixian/sla/deadlines.hpp"

using namespace shixian;

TEST_CASE("quick stage equals the general (traced) computation on 30,000+ random stages of every shipped rule set") {
  const auto cal = default_calendar();
  std::mt19937_64 rng(20261207);
  auto pick = [&](long long lo, long long hi) { return std::uniform_int_distribution<long long>(lo, hi)(rng); };
  int checked = 0, quick_taken = 0, declined_computed = 0, declined_other = 0, mixed_errors = 0;
  std::vector<RuleSetPtr> sets;
  for (const auto& name : builtin_rule_sets()) sets.push_back(load_rule_set(name));
  // Mixed clocks in one stage: near the calendar's end the working-days target needs
  // uncovered days while the elapsed one is computed and later than it could be, which
  // the general computation turns into an error (quick must decline it, not skip it).
  sets.push_back(parse_rule_set(R"(extends = "95580"
name = "mixed-clocks"
[[stages]]
id = "mixed"
title = "mixed"
source = "test"
start = "received"
end = "closed"
targets = [
  { clock = "elapsed", target = "720h" },
  { clock = "working_days", target = "1wd" },
]
)", "mixed.toml"));
  for (const auto& rules : sets) {
    const auto zone = Zone::locate(rules->default_zone);
    for (const Coverage coverage : {Coverage::strict, Coverage::provisional}) {
      const DeadlineEngine engine{rules, cal, zone, coverage};
      for (int i = 0; i < 1000; ++i) {
        Ticket t;
        t.ticket_class =
            rules->class_at(static_cast<std::size_t>(pick(0, static_cast<long long>(rules->classes.size()) - 1)));
        for (const FlagId f : rules->flag_ids()) t.set_flag(f, pick(0, 2) == 0);
        // Mostly 2024..2026, a fifth near the end of 2026 (the calendar's coverage ends
        // with it), some past it.
        const bool near_end = pick(0, 4) == 0;
        Instant at = Instant{date::sys_days{near_end ? date::year{2026} / 12 / 15 : date::year{2024} / 1 / 1}} +
                     seconds{near_end ? pick(0, 30LL * 86400) : pick(0, 3LL * 366 * 86400)} +
                     std::chrono::milliseconds{pick(0, 1) ? 0 : pick(0, 999)};
        for (const EventId e : rules->event_ids()) {
          if (e.index() > 0 && pick(0, 3) == 0) continue;
          t.set(e, at);
          at += seconds{pick(0, 6 * 86400)};
        }
        for (const StageId s : rules->stage_ids()) {
          const auto& st = rules->stage(s);
          if (!t.has(st.start_event)) continue;
          ++checked;
          StageTrace trace;
          const StageDeadline general = engine.stage(t, s, &trace);
          const StageDeadline plain = engine.stage(t, s);
          DeadlineEngine::Quick q;
          const bool quick = engine.quick(t, st, t.event(st.start_event), q);
          // The plain stage() is the one that takes the quick step: it must be the general's.
          CHECK(plain.state == general.state);
          CHECK(plain.start == general.start);
          CHECK(plain.deadline == general.deadline);
          CHECK(plain.target == general.target);
          CHECK(plain.provisional == general.provisional);
          CHECK(plain.has_contact_by == general.has_contact_by);
          CHECK(plain.contact_by == general.contact_by);
          CHECK(plain.used == general.used);
          CHECK(plain.error == general.error);
          if (quick) {
            ++quick_taken;
            REQUIRE(general.state == StageDeadline::State::computed);
            CHECK(q.deadline == general.deadline);
            CHECK(q.target == general.target);
            CHECK(q.provisional == general.provisional);
          } else if (general.state == StageDeadline::State::computed) {
            // Declined but computed: only a stage with pauses, or one where a target that
            // needed uncovered days lost to an earlier one.
            ++declined_computed;
            bool uncovered_target = false;
            for (const auto& tt : trace.targets) uncovered_target |= tt.applies && !tt.computed;
            CHECK((!st.pauses.empty() || uncovered_target));
          } else {
            ++declined_other;
            mixed_errors += rules->name == "mixed-clocks" && st.id == "mixed" && !plain.error.empty() &&
                            trace.targets[0].computed;
          }
        }
      }
    }
  }
  CHECK(checked >= 30000);
  CHECK(quick_taken > checked / 2);
  CHECK(declined_computed > 100);
  CHECK(declined_other > 100);
  CHECK(mixed_errors > 20);
  MESSAGE(checked << " stages: " << quick_taken << " quick, " << declined_computed << " declined and computed, "
                  << declined_other << " declined otherwise (error, paused)");
}
