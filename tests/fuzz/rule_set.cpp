// Fuzzes the rule-set reader (parse_rule_set: TOML, then the rule-set model). A rule set
// that reads must answer what its users ask of it: every stage's deadline for a ticket
// of every class, as an answer or a stage error, never a crash.
#include "fuzz.hpp"
#include "shixian/calendar/calendar.hpp"
#include "shixian/error.hpp"
#include "shixian/rules/rule_set.hpp"
#include "shixian/sla/deadlines.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto text = fuzz::bytes(data, size);
  // `extends` may name a file: which files exist is not the parser's input, and a
  // fuzzer that wrote `extends = "/dev/zero"` would stall on the file system, not find
  // a parser bug (the reader's own bound on such files is tested in tests/rules/).
  if (text.find("extends") != std::string_view::npos && text.find('/') != std::string_view::npos) return 0;
  RuleSetPtr rules;
  try {
    rules = parse_rule_set(text, "fuzz.toml");
  } catch (const InputError&) {
    return 0;
  }
  FUZZ_REQUIRE(!rules->classes.empty() && !rules->events.empty(), "a rule set without classes or events read");
  static const Zone zone = Zone::shanghai();
  const DeadlineEngine engine{rules, default_calendar(), zone, Coverage::report};
  const Instant received = parse_instant("2026-09-30T23:10", zone);
  for (const ClassId c : rules->class_ids()) {
    Ticket t;
    t.ticket_class = c;
    t.set(rules->event_at(0), received);
    for (const StageId s : rules->stage_ids()) {
      try {
        (void)engine.stage(t, s);
      } catch (const InputError&) {
        // A stage that cannot be computed says so in its error state; an exception
        // here would drop the whole ticket in `check`.
        FUZZ_REQUIRE(false, "stage %s threw instead of reporting an error", rules->stage(s).id.c_str());
      }
    }
  }
  return 0;
}
