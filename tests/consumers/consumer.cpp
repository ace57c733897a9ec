// A program outside the project, built by every consumer test (tests/consumers/run:
// find_package, add_subdirectory, pkg-config, the .deb). Its middle is the README's
// "Embedding" example, so a change of API is made here and there together; it must
// compute the README's deadline, or exit 1 saying what it got.
#include <shixian/shixian.hpp>  // the umbrella: every public header compiles outside
#include <shixian/sla/deadlines.hpp>
#include <shixian/time/text.hpp>

#include <cstdio>
#include <string>

int main() {
  // --- README "Embedding" ---
  auto rules = shixian::default_rule_set();      // 95580, parsed once
  auto cal   = shixian::default_calendar();      // China 2007..2026
  auto zone  = shixian::Zone::shanghai();
  shixian::DeadlineEngine engine{*rules, *cal, zone};

  shixian::Ticket t;
  t.ticket_class = rules->class_index("ordinary");
  t.set(rules->event_index("received"), shixian::parse_instant("2026-09-30T23:10", zone));
  auto total = engine.stage(t, rules->stage_index("total"));
  // --- end of the example ---

  const std::string want = "2026-10-14T00:00:00+08:00";
  if (total.state != shixian::StageDeadline::State::computed) {
    std::fprintf(stderr, "consumer: the total stage was not computed (%s)\n", total.error.c_str());
    return 1;
  }
  const std::string got = shixian::format_instant(total.deadline, zone);
  if (got != want) {
    std::fprintf(stderr, "consumer: total deadline %s, expected %s\n", got.c_str(), want.c_str());
    return 1;
  }
  std::printf("total deadline %s\n", got.c_str());
  return 0;
}
