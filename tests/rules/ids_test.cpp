// Typed ids and owned handles: no sentinel reaches a ticket, a misspelt name names the
// likely one, and an engine made from temporaries is safe to keep.
#include <doctest/doctest.h>

#include <type_traits>

#include "shixian/calendar/calendar_file.hpp"
#include "shixian/error.hpp"
#include "shixian/sla/deadlines.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

namespace {
// In a template so that an invalid requirement is `false`, not an error (see
// tests/time/types_compile.cpp). Each forbidden form has an allowed twin.
template <class T = Ticket, class E = EventId, class S = StageId>
constexpr bool ids_forbid_sentinels() {
  static_assert(!std::is_default_constructible_v<E>);
  static_assert(!std::is_constructible_v<E, int>);
  static_assert(!std::is_convertible_v<int, E>);
  static_assert(!std::is_convertible_v<S, E>);  // kinds do not mix
  static_assert(!requires(T t) { t.set(-1, Instant{}); });
  static_assert(requires(T t, E e) { t.set(e, Instant{}); });
  static_assert(!requires(T t) { t.ticket_class = 1; });
  static_assert(!requires(T t) { t.set_flag(0); });
  return true;
}
static_assert(ids_forbid_sentinels());

// Rule sets and calendars exist only in shared_ptrs, so an engine can always take a share.
static_assert(!std::is_default_constructible_v<RuleSet>);
static_assert(!std::is_copy_constructible_v<RuleSet>);
static_assert(!std::is_default_constructible_v<Calendar>);
static_assert(!std::is_copy_constructible_v<Calendar>);
static_assert(std::is_constructible_v<DeadlineEngine, RuleSetPtr, CalendarPtr, Zone>);
}  // namespace

TEST_CASE("a misspelt event raises UnknownName naming it, the valid names and the likely one") {
  const auto rules = default_rule_set();
  try {
    (void)rules->event_index("recieved");
    FAIL("no exception");
  } catch (const UnknownName& e) {
    CHECK(e.kind() == "event");
    CHECK(e.detail().value == "recieved");
    CHECK(e.detail().suggestion == "received");
    CHECK(e.detail().valid == rules->events);
    CHECK(std::string(e.what()).find("unknown event 'recieved' (rule set 95580 has: received,") == 0);
    CHECK(std::string(e.what()).ends_with("; did you mean 'received'?"));
  }
  CHECK_THROWS_AS((void)rules->class_index("ordinray"), UnknownName);
  CHECK_THROWS_AS((void)rules->stage_index("totl"), UnknownName);
  CHECK_THROWS_AS((void)rules->flag_index("union"), UnknownName);
  CHECK_FALSE(rules->find_event("recieved"));
  CHECK(rules->find_event("received")->index() == 0);
  CHECK_THROWS_AS((void)rules->event_at(rules->events.size()), std::out_of_range);
}

TEST_CASE("a ticket from names in one expression equals one built step by step") {
  const auto rules = default_rule_set();
  const auto zone = Zone::shanghai();
  const auto a = rules->ticket("urgent", {{"received", "2026-09-30T23:10"}}, zone, {"unionpay"});
  Ticket b;
  b.ticket_class = rules->class_index("urgent");
  b.set_flag(rules->flag_index("unionpay"));
  b.set(rules->event_index("received"), parse_instant("2026-09-30T23:10", zone));
  CHECK(a.ticket_class == b.ticket_class);
  CHECK(a.flags == b.flags);
  CHECK(a.events_present() == b.events_present());
  CHECK(a.event(0) == b.event(0));
  CHECK_THROWS_WITH(rules->ticket("ordinary", {{"received", "2026-13-01T00:00"}}, zone),
                    doctest::Contains("received: "));
  CHECK_THROWS_WITH(rules->ticket("ordinary", {{"received", "2026-10-02T00:00"}, {"resolved", "2026-10-01T00:00"}}, zone),
                    doctest::Contains("lifecycle order"));
}

TEST_CASE("an engine made from temporaries keeps what it uses alive") {
  // Every handle here is a temporary that dies at the end of the full expression; the
  // engine's shares keep them (ASan would see a use after free otherwise).
  const DeadlineEngine engine{*load_rule_set("95580"), *CalendarBuilder::with_defaults().build(), Zone::locate("Asia/Shanghai")};
  const auto t = engine.rules().ticket("ordinary", {{"received", "2026-09-30T23:10"}}, engine.context().zone);
  const auto r = engine.stage(t, engine.rules().stage_index("total"));
  REQUIRE(r.state == StageDeadline::State::computed);
  CHECK(format_instant(r.deadline, engine.context().zone) == "2026-10-14T00:00:00+08:00");
}

// error.hpp promises detail() for Zone::locate and the rule-set reader too; they had
// filled only the message (session 25 trial: value, file and line were empty).
TEST_CASE("errors of zone names and rule-set files carry their facts as fields") {
  try {
    (void)Zone::locate("Asia/Shangai");
    FAIL("no exception");
  } catch (const InputError& e) {
    CHECK(e.detail().value == "Asia/Shangai");
    CHECK(e.detail().suggestion == "Asia/Shanghai");
    CHECK_FALSE(e.detail().expected.empty());
  }
  try {
    (void)parse_rule_set("extends = \"95580\"\nname = \"b\"\n\n[archive]\nyaers = 7\n", "bank.toml");
    FAIL("no exception");
  } catch (const InputError& e) {
    CHECK(e.detail().value == "yaers");
    CHECK(e.detail().suggestion == "years");
    CHECK(e.detail().file == "bank.toml");
    CHECK(e.detail().line == 5);
    CHECK_FALSE(e.detail().valid.empty());
  }
  try {
    (void)parse_rule_set("extends = \"95580\"\nname = \"b\"\n[audit]\nat_risk = 7\n", "bank.toml");
    FAIL("no exception");
  } catch (const InputError& e) {
    CHECK(e.detail().file == "bank.toml");
    CHECK(e.detail().line == 4);
    CHECK(e.detail().value == "7");
  }
}
