#pragma once
// Assertions for a bank's own unit tests, in doctest, GoogleTest or anything else:
// each returns a Verdict, true when the expectation holds, whose message (also through
// operator<<) says what was expected, what the engine gave and, for a deadline, the
// whole explanation. No dependency on a test framework:
//
//   const shixian::DeadlineEngine engine{shixian::default_rule_set(), shixian::default_calendar(),
//                                        shixian::Zone::shanghai()};
//   const auto t = engine.rules().ticket("ordinary", {{"received", "2026-09-30T23:10"}}, engine.context().zone);
//   // doctest: the Verdict is printed on failure
//   CHECK(shixian::testing::due(engine, t, "total", "2026-10-14T00:00:00+08:00"));
//   CHECK(shixian::testing::in_state(engine, t, "reply", shixian::StageDeadline::State::not_started));
//   // GoogleTest
//   auto v = shixian::testing::due(engine, t, "total", "2026-10-14T00:00");
//   EXPECT_TRUE(v) << v;
//
// The expected time is read like any input (parse_instant in the engine's zone), so
// "2026-10-14T00:00" and "2026-10-14T00:00:00+08:00" are the same deadline; it is
// compared as an instant, not as text.
#include "shixian/abi.hpp"

#include <ostream>
#include <string>
#include <string_view>

#include "shixian/sla/deadlines.hpp"
#include "shixian/sla/explain.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace testing {

struct Verdict {
  bool ok = false;
  std::string message;  // empty when ok
  explicit operator bool() const noexcept { return ok; }
  friend std::ostream& operator<<(std::ostream& os, const Verdict& v) {
    return os << (v.ok ? std::string("ok") : v.message);
  }
};

inline std::string_view state_name(StageDeadline::State s) noexcept {
  switch (s) {
    case StageDeadline::State::computed: return "computed";
    case StageDeadline::State::not_started: return "not_started";
    case StageDeadline::State::error: return "error";
    case StageDeadline::State::paused: return "paused";
  }
  return "?";
}

// The stage is computed and due exactly at `expected` (a timestamp, read in the engine's zone).
inline Verdict due(const DeadlineEngine& engine, const Ticket& t, std::string_view stage, std::string_view expected) {
  const auto& zone = engine.context().zone;
  const StageId s = engine.rules().stage_index(stage);
  const Instant want = parse_instant(expected, zone);
  const auto r = engine.stage(t, s);
  if (r.state == StageDeadline::State::computed && r.deadline == want) return {true, {}};
  std::string msg = "stage '" + std::string(stage) + "': expected due " + format_instant(want, zone) + ", got ";
  msg += r.state == StageDeadline::State::computed ? "due " + format_instant(r.deadline, zone)
                                                   : std::string(state_name(r.state)) +
                                                         (r.error.empty() ? "" : " (" + r.error + ")");
  return {false, msg + "\n" + describe(explain(engine, t, s), zone)};
}

// The stage's state is `expected` (computed, not_started, paused, error).
inline Verdict in_state(const DeadlineEngine& engine, const Ticket& t, std::string_view stage,
                        StageDeadline::State expected) {
  const StageId s = engine.rules().stage_index(stage);
  const auto r = engine.stage(t, s);
  if (r.state == expected) return {true, {}};
  return {false, "stage '" + std::string(stage) + "': expected " + std::string(state_name(expected)) + ", got " +
                     std::string(state_name(r.state)) + "\n" + describe(explain(engine, t, s), engine.context().zone)};
}

// The stage's event happened at `done` (a timestamp) and met (true) or breached (false)
// its deadline: on time means at or before it.
inline Verdict on_time(const DeadlineEngine& engine, const Ticket& t, std::string_view stage, std::string_view done,
                       bool expected = true) {
  const auto& zone = engine.context().zone;
  const StageId s = engine.rules().stage_index(stage);
  const auto r = engine.stage(t, s);
  const Instant at = parse_instant(done, zone);
  const std::string name(stage);
  if (r.state != StageDeadline::State::computed)
    return {false, "stage '" + name + "': no deadline (" + std::string(state_name(r.state)) + ")\n" +
                       describe(explain(engine, t, s), zone)};
  if ((at <= r.deadline) == expected) return {true, {}};
  return {false, "stage '" + name + "': done " + format_instant(at, zone) + " was expected to be " +
                     (expected ? "on time" : "late") + " against the deadline " + format_instant(r.deadline, zone) +
                     "\n" + describe(explain(engine, t, s), zone)};
}

}  // namespace testing
SHIXIAN_NAMESPACE_END
