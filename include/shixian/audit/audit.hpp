#pragma once
// Auditing a ticket: for every stage of the rule set, was its deadline met?
//
// Terms (CONTRACT.md `check`, RULES.md §4):
//   now          the instant the audit is "as of". Events after it are treated as not
//                yet happened, so re-running an old audit gives the same answer.
//   done         the stage's end event (Stage::end_event) has happened by `now`.
//   status       one of
//     met            done at or before the deadline
//     breached       done after the deadline, or not done and now > deadline; then
//                    `late_wall` (absolute time) and `late_clock` (on the stage's own
//                    clock: in-window time for business_time, working-day time for
//                    working_days) say how late
//     pending        not done, now <= deadline, less than `at_risk` of the target used
//     at_risk        not done, now <= deadline, `at_risk` (default 75%) or more used,
//                    measured on the stage's clock by clock_used / clock_amount: for
//                    working_days, time inside working days after the start day, so
//                    75% of 5 working days is 3.75 of them; for calendar_days, of the
//                    days up to the deadline, which a roll or a pause may move past the
//                    target's N days (a last day rolled from 10-03 to 10-08 is not 100%
//                    used on 10-03, nor late on the clock before 10-08 24:00)
//     paused         not done, and the stage's clock is stopped by a pause event with
//                    no resume by `now` (rule-set [[pauses]], e.g. waiting for the
//                    customer's documents): no deadline can be known; `used` says how
//                    much of the target ran before the pause
//     not_started    the start event is missing and no later lifecycle event exists
//     not_applicable the start event is missing but a later event exists: the level
//                    was skipped (越级流转, urgent tickets)
//     error          the deadline needs calendar days outside coverage (`error` names
//                    the date and the range); with Coverage::provisional it is
//                    computed instead and marked provisional
//   A stage whose start exists but whose end is missing while later events exist is
//   audited as not done: the record holds no proof of the act.
//
// Pauses. Paused time (between a pause event and its resume, as of `now`) counts on no
// clock: it is left out of `used` (pending / at_risk) and of `late_clock`, while
// `late_wall` stays wall time. A pause resumed after `now` is still open as of now,
// so the stage is `paused`. A stage done while its clock was stopped (the resume was
// never recorded) is `met`, with `paused` set and no deadline: its clock never ran out.
//
// Reopened tickets (重新流转). A callback that finds the problem unresolved reopens the
// ticket: a TicketRecord holds the first cycle (`ticket`) and each later cycle as a
// Ticket of its own whose first event is the reopening. Each cycle is audited alone
// under the same rules; cycles reopened after `now` have not happened.
//
// Archive and reply record (RULES.md §4). A ticket is closed when its last cycle (as of
// now) has its last event (`closed`). A closed ticket's record is kept archive_years
// after the local closing date (retention_end); `past_retention` when now's local date
// is after that. When the line carries a reply record, or Settings::require_record,
// the record's missing fields (RuleSet::reply_record_fields) are listed.
//
// Example (95580 profile, Asia/Shanghai):
//
//   auto rules = shixian::default_rule_set();
//   auto cal = shixian::default_calendar();
//   auto zone = shixian::Zone::shanghai();
//   shixian::audit::Settings s;
//   s.now = shixian::parse_instant("2026-11-26T12:00", zone);
//   s.at_risk = rules->at_risk;                                    // 0.75
//   shixian::audit::Auditor auditor{*rules, *cal, zone, s};
//   shixian::Ticket t;                                             // ordinary
//   t.set(rules->event_index("received"), shixian::parse_instant("2026-11-20T17:45", zone));
//   t.set(rules->event_index("hq_dispatched"), shixian::parse_instant("2026-11-21T11:00", zone));
//   std::array<shixian::audit::StageAudit, 8> out;
//   auditor.audit(t, out);
//   // out[0] hq_dispatch: breached, deadline 2026-11-21T10:30+08:00, done 11:00,
//   //        late_wall == late_clock == 30m
//   // out[1] branch_dispatch: not_started (no tier2_received, nothing after it)
//   // out[2] total: pending, deadline 2026-11-28T00:00+08:00; by Thu 26th 12:00, 3.5 of
//   //        5 working days are used (Mon..Wed and half of Thu): used_share() == 0.7.
//   //        From Thu 26th 18:00 (3.75 of 5) it is at_risk.
//   // out[3] reply: not_started
//
// An Auditor holds references only; it is cheap to make and safe to share across
// threads. audit() allocates nothing unless a stage is an error (its message).
#include "shixian/abi.hpp"
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shixian/sla/deadlines.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace audit {

enum class Status : std::uint8_t { met, breached, pending, at_risk, paused, not_started, not_applicable, error };
inline constexpr std::size_t status_count = 8;
std::string_view to_string(Status s) noexcept;

struct StageAudit {
  Status status = Status::not_started;
  bool provisional = false;       // the deadline used weekday-only days outside coverage
  bool done = false;              // the end event happened by `now`
  bool quiet_hours = false;       // contact stage: the act happened inside quiet hours
  bool has_contact_by = false;    // contact stage, not done: latest contact outside quiet hours
  bool late_provisional = false;  // late_clock needed days outside coverage (weekly rule used)
  bool paused = false;            // the clock is stopped, no resume by now: no deadline
  int target = -1;                // the winning target (index into Stage::targets)
  ClockKind clock = ClockKind::elapsed;
  Instant start{}, deadline{}, done_at{}, contact_by{};
  Duration late_wall{0}, late_clock{0};  // breached: how late, in absolute and clock time
  // pending / at_risk: clock time used of that up to the deadline (the target's amount,
  // more for a calendar_days period that rolls or ends at 24:00 after a pause);
  // paused: clock time used of the target's amount.
  Duration used{0}, amount{0};
  std::string error;                     // status == error
  // status == error for want of calendar coverage: the question, which `error` words in
  // English (i18n::uncovered_text words it in any language).
  Uncovered uncovered{};

  bool has_deadline() const noexcept {
    return !paused && status != Status::not_started && status != Status::not_applicable &&
           status != Status::error;
  }
  // Share of the target used at `now` (pending, at_risk, paused).
  double used_share() const noexcept {
    return amount.count() > 0 ? static_cast<double>(used.count()) / static_cast<double>(amount.count()) : 1.0;
  }
  // The same in whole percent, as text and HTML show it: rounded down as the JSON's
  // hundredths are (share_hundredths), so that no output says 100% before the deadline.
  long long used_percent() const noexcept;
};

// A share of a target in hundredths, rounded down (0 at least): the one computation
// behind the JSON's "used" and every percentage shown.
long long share_hundredths(Duration used, Duration amount) noexcept;

struct Settings {
  Instant now{};
  double at_risk = 0.75;  // RuleSet::at_risk by default; the CLI's --at-risk overrides
  Coverage coverage = Coverage::strict;
  // A closed ticket without a reply record counts as missing every field of it.
  bool require_record = false;
};

// Everything one input line says about a ticket (ticket_json.hpp reads it).
struct TicketRecord {
  Ticket ticket;                // the first cycle; its class and flags hold for all
  std::vector<Ticket> reopened; // later cycles, in order; event 0 is the reopening
  bool has_record = false;      // a reply record object was given
  std::uint32_t record_present = 0;  // bit i: reply_record_fields[i] is filled in

  void clear() noexcept {
    ticket = Ticket{};
    reopened.clear();
    has_record = false;
    record_present = 0;
  }
};

// The audit of a TicketRecord as of now.
struct TicketAudit {
  std::vector<StageAudit> stages;  // cycle-major: cycles() x rules().stages.size()
  std::vector<Instant> reopened;   // when each audited later cycle began
  std::size_t stage_count = 0;
  bool closed = false;             // the last cycle (as of now) is closed
  bool past_retention = false;
  Date retained_until{};           // closed: the last day the record must be kept
  bool record_checked = false;     // closed and (a record was given or one is required)
  std::uint32_t record_missing = 0;  // bit i: reply_record_fields[i] is missing

  std::size_t cycles() const noexcept { return 1 + reopened.size(); }
  std::span<const StageAudit> cycle(std::size_t k) const noexcept {
    return std::span<const StageAudit>(stages).subspan(k * stage_count, stage_count);
  }
};

class Auditor {
 public:
  Auditor(const RuleSet& rules, const Calendar& calendar, const Zone& zone, Settings settings)
      : engine_(rules, calendar, zone, settings.coverage),
        measure_ctx_(calendar, zone, Coverage::report),
        settings_(settings),
        closing_event_(rules.closing_event().index()),
        today_(date_of(zone.to_local(settings.now))) {}

  const RuleSet& rules() const noexcept { return engine_.rules(); }
  const DeadlineEngine& engine() const noexcept { return engine_; }
  const Settings& settings() const noexcept { return settings_; }
  const Zone& zone() const noexcept { return engine_.context().zone; }

  // Every stage of `t` as of settings().now, into out[0..stages) (out.size() must be
  // >= rules().stages.size()). `t` holds every recorded event; events after now are
  // ignored here. The lifecycle order is the caller's to check (lifecycle.hpp).
  void audit(const Ticket& t, std::span<StageAudit> out) const;
  // A whole record: every cycle reopened by now, archive retention and the reply
  // record. `out` is reused (its vectors keep their capacity).
  void audit(const TicketRecord& r, TicketAudit& out) const;
  // One stage.
  StageAudit audit_stage(const Ticket& t, int stage_index) const;

  // `t` as of now: the events after settings().now removed.
  Ticket as_of_now(const Ticket& t) const noexcept;
  // One stage of a ticket already cut to now (as_of_now), into `out` (reused: its
  // error string keeps its capacity).
  void audit_stage_now(const Ticket& now_ticket, int stage_index, StageAudit& out) const;

 private:
  DeadlineEngine engine_;
  // How much of a clock has run (at risk, lateness) is measured reporting uncovered days
  // whatever settings_.coverage says: past coverage the weekly rule answers, and the
  // answer is marked provisional, with --provisional as without it.
  ClockContext measure_ctx_;
  Settings settings_;
  int closing_event_;
  Date today_;  // settings_.now's local date: every closed ticket's retention is held against it
};

// Writes a duration the way format_duration does ("120m", "24h", "1h20m", "2d3h"),
// appending to out without a temporary string.
void append_duration(std::string& out, Duration d);
// A working-days amount: "0.5wd", "1.25wd", "3wd" (two decimals at most, trailing zeros dropped).
void append_working_days(std::string& out, Duration d, Duration day_length);
// The same, written at q (at most max_number_text bytes); returns the end. They are
// time/text.hpp's writers, named here too for the audit's callers.
inline constexpr std::size_t max_number_text = max_duration_text;
using ::shixian::write_duration;
using ::shixian::write_working_days;
// A share of a target, in hundredths rounded down: "0", "0.7", "0.83", "1.5".
char* write_share(char* q, Duration used, Duration amount) noexcept;
// How late a breach is on its stage's clock, as every output writes it (the line's
// "clock", the summary's JSON and text): working days as "1.25wd" (a working day of
// day_length), business time in hours ("296h": its days are the window's, not 24 h),
// any other clock as a duration ("2d3h"). At most max_number_text bytes.
char* write_late_on_clock(char* q, ClockKind clock, Duration late, Duration day_length) noexcept;

}  // namespace audit
SHIXIAN_NAMESPACE_END
