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

  // Once, at start-up. All three are immutable and safe to share across threads.
  const shixian::RuleSetPtr rules = shixian::default_rule_set();     // the 95580 profile
  const shixian::CalendarPtr calendar = shixian::default_calendar();  // China 2007..2026
  const shixian::Zone zone = shixian::Zone::locate(rules->default_zone);
  const shixian::DeadlineEngine engine{*rules, *calendar, zone};

  try {
    // Per ticket: fill in what has happened so far.
    shixian::Ticket ticket;
    ticket.ticket_class = rules->class_index(ticket_class);
    if (ticket.ticket_class < 0) throw shixian::InputError(std::string("unknown class ") + ticket_class);
    ticket.set(rules->event_index("received"), shixian::parse_instant(received, zone));

    for (std::size_t i = 0; i < rules->stages.size(); ++i) {
      const auto result = engine.stage(ticket, static_cast<int>(i));
      if (result.state == shixian::StageDeadline::State::not_started) continue;
      if (result.state == shixian::StageDeadline::State::error) {
        std::fprintf(stderr, "%s: %s\n", rules->stages[i].id.c_str(), result.error.c_str());
        return 1;
      }
      std::printf("%-12s due %s\n", rules->stages[i].id.c_str(),
                  shixian::format_instant(result.deadline, zone).c_str());
      // The explanation is for people and audits; skip it on the hot path.
      std::printf("%s\n", shixian::describe(shixian::explain(engine, ticket, static_cast<int>(i)), zone).c_str());
    }
  } catch (const shixian::InputError& e) {
    std::fprintf(stderr, "rejected: %s\n", e.what());
    return 1;
  }
  return 0;
}
