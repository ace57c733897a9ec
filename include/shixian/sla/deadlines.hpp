#pragma once
// Deadlines for a ticket under a rule set.
//
//   auto rules = shixian::default_rule_set();          // the 95580 profile
//   auto cal = shixian::default_calendar();            // China 2007..2026
//   auto zone = shixian::Zone::shanghai();
//   shixian::Ticket t;
//   t.ticket_class = rules->class_index("ordinary");
//   t.set(rules->event_index("received"),
//         shixian::parse_instant("2026-11-20T17:45", zone));
//   shixian::DeadlineEngine engine{*rules, *cal, zone};
//   auto total = engine.stage(t, rules->stage_index("total"));
//   // total.deadline == 2026-11-28T00:00+08:00 (5 working days, start day not counted)
//
// Each stage's result says which target won (earliest-wins), whether it is
// provisional (computed outside calendar coverage, opted in), and for contact stages
// the contact-by time against quiet hours. A stage whose deadline depends on a day
// outside coverage has state == error and a message naming the date and the range —
// unless another target's deadline is certainly earlier (an urgent UnionPay ticket's
// 48h always beats its 4 working days, so it needs no next-year data).
//
// The engine holds references only; it is cheap to make and safe to use from many
// threads at once (rule sets, calendars and zones are immutable).
#include <array>
#include <span>
#include <string>

#include "shixian/sla/clocks.hpp"
#include "shixian/sla/ticket.hpp"

namespace shixian {

struct StageDeadline {
  // paused: the stage's clock is stopped by a pause event with no resume yet, so its
  // deadline is not known; `used` says how much of the target had run.
  enum class State : std::uint8_t { computed, not_started, error, paused };
  State state = State::not_started;
  Instant start{}, deadline{};
  int target = -1;  // the winning target, index into Stage::targets
  bool provisional = false;
  // Contact stages: the latest time to reach the customer outside quiet hours before
  // the deadline; absent when none exists after the start (contact inside quiet hours
  // is then needed).
  bool has_contact_by = false;
  Instant contact_by{};
  Duration used{0};   // state == paused: clock time run before the pause
  std::string error;  // state == error
};

class DeadlineEngine {
 public:
  DeadlineEngine(const RuleSet& rules, const Calendar& calendar, const Zone& zone,
                 Coverage coverage = Coverage::strict)
      : rules_(rules), ctx_{calendar, zone, coverage} {}

  const RuleSet& rules() const noexcept { return rules_; }
  const ClockContext& context() const noexcept { return ctx_; }

  // One stage; not_started when its start event is missing.
  StageDeadline stage(const Ticket& t, int stage_index) const;
  // Every stage, into out[0..stages) (out.size() must be >= rules().stages.size()).
  void all(const Ticket& t, std::span<StageDeadline> out) const {
    for (std::size_t i = 0; i < rules_.stages.size(); ++i) out[i] = stage(t, static_cast<int>(i));
  }
  // Whether target i of a stage applies to this ticket (class and flags).
  static bool applies(const Target& target, const Ticket& t) noexcept {
    return (target.class_mask >> t.ticket_class & 1u) && (t.flags & target.flag_mask) == target.flag_mask;
  }

 private:
  const RuleSet& rules_;
  ClockContext ctx_;
};

// Paused spans of a stage in ticket t: [from, to), sorted, clipped to start at the
// stage's start; `open` when the last pause has no resume yet (to is then max).
struct PausedSpans {
  std::array<std::pair<Instant, Instant>, 4> spans{};
  int count = 0;
  bool open = false;
};
PausedSpans paused_spans(const Stage& stage, const Ticket& t, Instant start) noexcept;

// Target t's deadline from `start`, with the clock stopped during `paused`.
// Sets `open_pause` (and returns the clock time used) when a pause never resumed.
ClockDeadline paused_target_deadline(const RuleSet& rs, const Target& t, Instant start,
                                     const PausedSpans& paused, const ClockContext& ctx,
                                     Duration* used_before_open_pause = nullptr);
// Clock time of target t run in [start, now), paused spans excluded.
Duration paused_clock_used(const RuleSet& rs, const Target& t, Instant start, Instant now,
                           const PausedSpans& paused, const ClockContext& ctx,
                           Uncovered* uncovered = nullptr);

// The contact-by rule (RULES.md §4): the deadline itself when outside quiet hours;
// else the start of the quiet period containing it, if that is after `start`.
bool contact_by(const QuietHours& q, const Zone& zone, Instant start, Instant deadline,
                Instant& out);

}  // namespace shixian
