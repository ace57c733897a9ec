#pragma once
// Deadlines for a ticket under a rule set.
//
//   auto rules = shixian::default_rule_set();          // the 95580 profile
//   auto zone = shixian::Zone::shanghai();
//   shixian::DeadlineEngine engine{rules, shixian::default_calendar(), zone};
//   auto t = rules->ticket("ordinary", {{"received", "2026-11-20T17:45"}}, zone);
//   auto total = engine.stage(t, rules->stage_index("total"));
//   // total.state == computed; total.deadline == 2026-11-28T00:00+08:00
//   // (5 working days, start day not counted)
//
// Each stage's result says which target won (earliest-wins), whether it is
// provisional (computed outside calendar coverage, opted in), and for contact stages
// the contact-by time against quiet hours. A stage whose deadline depends on a day
// outside coverage has state == error and a message naming the date and the range —
// unless another target's deadline is certainly earlier (an urgent UnionPay ticket's
// 48h always beats its 4 working days, so it needs no next-year data).
//
// The engine owns what it uses (shares of the immutable rule set and calendar, a copy
// of the zone): it cannot dangle, and is safe to use from many threads at once.
#include "shixian/abi.hpp"
#include <array>
#include <span>
#include <string>
#include <vector>

#include "shixian/sla/clocks.hpp"
#include "shixian/sla/ticket.hpp"

SHIXIAN_NAMESPACE_BEGIN

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
  // state == error for want of calendar coverage: the question that needed the day,
  // which `error` words in English (i18n::uncovered_text words it in any language).
  Uncovered uncovered{};
};

// Paused spans of a stage in ticket t: [from, to), sorted, clipped to start at the
// stage's start; `open` when the last pause has no resume yet (to is then max).
struct PausedSpans {
  std::array<std::pair<Instant, Instant>, 4> spans{};
  int count = 0;
  bool open = false;
};

// What DeadlineEngine::stage did for one stage of one ticket, recorded only when asked
// (explain() and every explanation format this record; none recomputes a clock).
struct TargetTrace {
  bool applies = false;   // class and flags
  bool computed = false;  // false: does not apply, or needed uncovered days (error)
  Instant deadline{};     // computed: with the stage's pauses; max when a pause is open
  bool provisional = false;
  bool won = false;
  std::string error;      // needed uncovered days: the CoverageError text
};
struct StageTrace {
  std::vector<TargetTrace> targets;  // one per Stage::targets entry, in order
  PausedSpans paused;                // the stage's pauses, as the clock saw them
  // The spans in which the winning target's clock ran: from the start (or a resume) to
  // a pause (or the deadline). Empty unless a deadline was computed.
  std::vector<CountedSpan> running;
  // The winner's clock walked over `running` (clocks.hpp walk_clock): what counted and
  // the days passed over, and why.
  ClockWalk walk;
  std::string calendar_version, rules_version;
};

class DeadlineEngine {
 public:
  // The engine holds shares of the rule set and calendar and its own copy of the zone,
  // so it may outlive the handles it was made from:
  //   DeadlineEngine engine{load_rule_set("95580"), default_calendar(), Zone::shanghai()};
  DeadlineEngine(RuleSetPtr rules, CalendarPtr calendar, Zone zone, Coverage coverage = Coverage::strict)
      : rules_(checked(std::move(rules))), ctx_{std::move(calendar), std::move(zone), coverage},
        report_ctx_(reporting(ctx_)) {}
  // The same from the objects: every RuleSet and Calendar lives in a shared_ptr (their
  // constructors are private), and the engine takes a share of it, so
  // DeadlineEngine{*rules, *cal, zone} cannot dangle either.
  DeadlineEngine(const RuleSet& rules, const Calendar& calendar, Zone zone, Coverage coverage = Coverage::strict)
      : DeadlineEngine(rules.shared_from_this(), calendar.shared_from_this(), std::move(zone), coverage) {}

  const RuleSet& rules() const noexcept { return *rules_; }
  const RuleSetPtr& rules_ptr() const noexcept { return rules_; }
  const ClockContext& context() const noexcept { return ctx_; }
  // context() with Coverage::strict turned into report (clocks.hpp reporting()), kept
  // ready so that measuring does not copy a context per call.
  const ClockContext& reporting_context() const noexcept { return report_ctx_; }

  // One stage; not_started when its start event is missing. With `trace`, also what
  // the computation did (explain.hpp formats it); without, nothing is recorded.
  StageDeadline stage(const Ticket& t, StageId stage, StageTrace* trace = nullptr) const;
  // stage() without the contact-by time (has_contact_by stays false), for a caller that
  // needs it only sometimes and then asks contact_by() with the start and deadline (the
  // audit shows it only for a stage still running in time).
  StageDeadline stage_without_contact(const Ticket& t, StageId stage) const {
    return compute(t, stage, nullptr, false);  // here: the audit's one call a stage, not two
  }
  // Every stage, into out[0..stages) (out.size() must be >= rules().stages.size()).
  void all(const Ticket& t, std::span<StageDeadline> out) const {
    for (const StageId s : rules_->stage_ids()) out[static_cast<std::size_t>(s.index())] = stage(t, s);
  }
  // Whether target i of a stage applies to this ticket (class, flags, and events that
  // must have happened: the regulator's extension applies once it is approved).
  static bool applies(const Target& target, const Ticket& t) noexcept {
    return (target.class_mask >> t.ticket_class & 1u) && (t.flags & target.flag_mask) == target.flag_mask &&
           (t.events_present() & target.event_mask) == target.event_mask;  // event conditions: happened
  }

  // The common stage in one step, for the audit's hot path: a stage without pauses whose
  // applicable targets all have a deadline inside calendar coverage. `start` is the
  // stage's start event (which the ticket has). False when the general computation is
  // needed (a pause, a target that needs uncovered days, no target that applies), and
  // then `out` is unspecified. The answer is stage()'s in every field it sets: stage()
  // takes this step first, and its traced form, which never does, is the oracle
  // (tests/sla/quick_stage_test.cpp). Inline: the audit calls it for every stage of
  // every ticket, where one call, one StageDeadline and its string were a fifth of the
  // audit's instructions.
  struct Quick {
    Instant deadline{};
    int target = -1;
    bool provisional = false;
  };
  bool quick(const Ticket& t, const Stage& st, Instant start, Quick& out) const {
    if (!st.pauses.empty()) return false;
    bool found = false;
    const std::size_t n = st.targets.size();
    const Target* targets = st.targets.data();
    for (std::size_t i = 0; i < n; ++i) {
      const Target& target = targets[i];
      if (!applies(target, t)) continue;
      const ClockDeadline d = target_deadline(*rules_, target, start, report_ctx_);
      if (d.uncovered) return false;
      if (!found || (st.latest_wins ? d.at > out.deadline : d.at < out.deadline)) {
        out.deadline = d.at;
        out.provisional = d.provisional;
        out.target = static_cast<int>(i);
        found = true;
      }
    }
    return found;
  }

 private:
  static RuleSetPtr checked(RuleSetPtr r) {
    if (!r) throw std::invalid_argument("DeadlineEngine: no rule set");
    return r;
  }
  StageDeadline compute(const Ticket& t, StageId stage, StageTrace* trace, bool contact) const;
  // compute's one body, built twice: with the trace, and without (the audit's), where the
  // trace's code and the registers it holds are gone rather than skipped.
  template <bool kTraced>
  StageDeadline compute_as(const Ticket& t, StageId stage, StageTrace* trace, bool contact) const;
  RuleSetPtr rules_;
  ClockContext ctx_, report_ctx_;
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

SHIXIAN_NAMESPACE_END
