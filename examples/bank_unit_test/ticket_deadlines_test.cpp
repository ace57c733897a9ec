// How a bank asserts its tickets' deadlines in its own unit tests, through the public
// API only (shixian/testing.hpp): tickets from names, deadlines compared with a
// timestamp, states checked — a failure prints the engine's explanation.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
#include <shixian/calendar/calendar.hpp>
#include <shixian/error.hpp>
#include <shixian/testing.hpp>

namespace {

using shixian::testing::due;
using shixian::testing::in_state;
using shixian::testing::on_time;
using State = shixian::StageDeadline::State;

const shixian::DeadlineEngine& engine() {
  static const shixian::DeadlineEngine e{shixian::default_rule_set(), shixian::default_calendar(),
                                         shixian::Zone::shanghai()};
  return e;
}
const shixian::Zone& zone() { return engine().context().zone; }

}  // namespace

TEST_CASE("a ticket received on the eve of National Day is due after the break") {
  const auto t = engine().rules().ticket("ordinary", {{"received", "2026-09-30T23:10"}}, zone());
  CHECK(due(engine(), t, "total", "2026-10-14T00:00"));
  CHECK(due(engine(), t, "hq_dispatch", "2026-10-01T10:30:00+08:00"));
  CHECK(in_state(engine(), t, "reply", State::not_started));  // nothing resolved yet
}

TEST_CASE("an urgent UnionPay ticket is due 48 hours after receipt") {
  const auto t = engine().rules().ticket("urgent", {{"received", "2026-02-13T15:00"}}, zone(), {"unionpay"});
  CHECK(due(engine(), t, "total", "2026-02-15T15:00"));
}

TEST_CASE("a ticket resolved after the break was on time; one resolved a day late breached") {
  const auto t = engine().rules().ticket("ordinary", {{"received", "2026-09-30T23:10"}}, zone());
  CHECK(on_time(engine(), t, "total", "2026-10-13T18:00"));
  CHECK(on_time(engine(), t, "total", "2026-10-14T09:00", false));
}

TEST_CASE("a misspelt event is an error naming the one meant") {
  CHECK_THROWS_WITH_AS(engine().rules().ticket("ordinary", {{"recieved", "2026-09-30T23:10"}}, zone()),
                       doctest::Contains("did you mean 'received'?"), shixian::UnknownName);
}
