// A bank service embedding shixian: load the rules and the calendar once at start-up,
// then compute each ticket's deadlines and print why. Copy this into your service.
//
//   build/examples/bank_service 2026-09-30T23:10 ordinary
#include <cstdio>
#include <shixian/calendar/calendar.hpp>
#include <shixian/error.hpp>
#include <shixian/sla/deadlines.hpp>
#include <shixian/sla/explain.hpp>
#include <shixian/time/text.hpp>

int main(int argc, char** argv) {
  const char* received = argc > 1 ? argv[1] : "2026-09-30T23:10";
  const char* ticket_class = argc > 2 ? argv[2] : "ordinary";

  // Once, at start-up. The engine holds shares of the immutable rule set and calendar
  // and its own copy of the zone: safe to keep and to share across threads.
  const shixian::RuleSetPtr rules = shixian::default_rule_set();  // the 95580 profile
  const shixian::Zone zone = shixian::Zone::locate(rules->default_zone);
  const shixian::DeadlineEngine engine{rules, shixian::default_calendar(), zone};

  try {
    // Per ticket: what has happened so far, by name (a misspelt name is an error naming
    // the likely one).
    const shixian::Ticket ticket = rules->ticket(ticket_class, {{"received", received}}, zone);

    for (const shixian::StageId s : rules->stage_ids()) {
      const auto& id = rules->name_of(s);
      const auto result = engine.stage(ticket, s);
      // Look at the state before the deadline: only `computed` has one.
      switch (result.state) {
        case shixian::StageDeadline::State::not_started: std::printf("%-12s not started\n", id.c_str()); continue;
        case shixian::StageDeadline::State::paused:
          std::printf("%-12s paused, no deadline until it resumes\n", id.c_str());
          continue;
        case shixian::StageDeadline::State::error:
          std::fprintf(stderr, "%s: %s\n", id.c_str(), result.error.c_str());
          return 1;
        case shixian::StageDeadline::State::computed: break;
      }
      std::printf("%-12s due %s%s\n", id.c_str(), shixian::format_instant(result.deadline, zone).c_str(),
                  result.provisional ? " (provisional)" : "");
      // The explanation is for people and audits; skip it on the hot path.
      std::printf("%s\n", shixian::describe(shixian::explain(engine, ticket, s), zone).c_str());
    }
  } catch (const shixian::InputError& e) {
    std::fprintf(stderr, "rejected: %s\n", e.what());
    return 1;
  }
  return 0;
}
