// Auditing one ticket's stages: see include/shixian/audit/audit.hpp for the model.
#include "shixian/audit/audit.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

#include "shixian/handling/archive.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace audit {

std::string_view to_string(Status s) noexcept {
  switch (s) {
    case Status::met: return "met";
    case Status::breached: return "breached";
    case Status::pending: return "pending";
    case Status::at_risk: return "at_risk";
    case Status::paused: return "paused";
    case Status::not_started: return "not_started";
    case Status::not_applicable: return "not_applicable";
    case Status::error: return "error";
  }
  return "?";
}

namespace {

// How much of target's clock has run in [start, t), paused spans left out, falling back
// to the weekly rule (and saying so) when the span leaves calendar coverage: a breach
// is certain even when its size on the clock needs next year's notice.
Duration used_on_clock(const RuleSet& rs, const Target& target, Instant start, Instant t,
                       const PausedSpans& paused, const ClockContext& c, bool& provisional) {
  // c reports (Auditor::measure_ctx_): an uncovered day is an outcome here.
  Uncovered uncovered;
  const Duration used = paused.count == 0
                            ? clock_used(rs, target, start, t, c, &uncovered)
                            : paused_clock_used(rs, target, start, t, paused, c, &uncovered);
  if (uncovered) provisional = true;
  return used;
}

// The clock time a stage has up to its deadline. The target's amount on every clock
// whose deadline is the instant the amount runs out; a calendar_days period runs on to
// 24:00 of its last day and past rest days it rolls off (a pause can end it mid-day, a
// roll moves it days on), and what the clock counts up to there is the period's too: the
// share used reaches 100% at the deadline and not before, and lateness on the clock is
// counted from the deadline (15 days rolled over the National Day break, done 1 minute
// after it, are 1 minute late, not 5 days). Measured by the clock's own count, which for
// calendar_days needs no calendar day (local-time arithmetic).
Duration allowed_on_clock(const RuleSet& rs, const Target& target, Instant start, Instant deadline,
                          const PausedSpans& paused, const ClockContext& c) {
  const Duration amount = clock_amount(target);
  if (target.clock != ClockKind::calendar_days) return amount;
  bool provisional = false;
  return std::max(amount, used_on_clock(rs, target, start, deadline, paused, c, provisional));
}

// How late, as every output writes it: in whole seconds, fractions dropped as they are
// from times; but a breach by less than a second is a second late, not "0s" beside
// "breached" (deadline 10:30:00.5, done 10:30:00.7).
Duration at_least_a_second(Duration late) noexcept {
  return late > Duration{0} && late < seconds{1} ? Duration{seconds{1}} : late;
}

}  // namespace

Ticket Auditor::as_of_now(const Ticket& t) const noexcept {
  Ticket out = t;
  const Instant now = settings_.now;
  // Only the events that happened (of the rule set's), one bit each.
  const std::size_t n = rules().events.size();
  for (std::uint32_t left = t.events_present() & (n >= 32 ? ~0u : (1u << n) - 1); left; left &= left - 1) {
    const int e = std::countr_zero(left);
    if (out.event(e) > now) out.clear(rules().event_at(static_cast<std::size_t>(e)));
  }
  return out;
}

void Auditor::audit_stage_now(const Ticket& t, int stage_index, StageAudit& out) const {
  const auto& rs = rules();
  const auto& st = rs.stages[static_cast<std::size_t>(stage_index)];
  const auto& ctx = engine_.reporting_context();
  out.provisional = out.done = out.quiet_hours = out.has_contact_by = out.late_provisional = out.paused = false;
  out.target = -1;
  out.late_wall = out.late_clock = out.used = out.amount = Duration{0};
  out.error.clear();
  out.uncovered = {};
  if (!t.has(st.start_event)) {
    out.status = t.has_later_than(st.start_event) ? Status::not_applicable : Status::not_started;
    return;
  }
  // The common stage in one step (DeadlineEngine::quick), else the engine's general
  // computation; the contact-by time only where it is shown (below: not done, in time).
  out.start = t.event(st.start_event);
  const bool done = t.has(st.end_event);
  DeadlineEngine::Quick q;
  // The clock stopped and never resumed (as of now): no deadline, only the amount used.
  bool stopped = false;
  Duration stopped_used{0};
  if (!engine_.quick(t, st, out.start, q)) {
    const StageDeadline d = engine_.stage_without_contact(t, rs.stage_at(static_cast<std::size_t>(stage_index)));
    if (d.state == StageDeadline::State::error) {
      out.status = Status::error;
      out.error = d.error;
      out.uncovered = d.uncovered;
      return;
    }
    stopped = d.state == StageDeadline::State::paused;
    stopped_used = d.used;
    q.deadline = d.deadline;
    q.provisional = d.provisional;
    q.target = d.target;
  }
  out.provisional = q.provisional;
  out.target = q.target;
  const Target& target = st.targets[static_cast<std::size_t>(q.target)];
  out.clock = target.clock;
  // Done: when, and for a contact stage whether inside quiet hours.
  if (done) {
    out.done = true;
    out.done_at = t.event(st.end_event);
    if (st.contact) {
      const LocalTime local = ctx.zone.to_local(out.done_at);
      const TimeOfDay tod = date::floor<seconds>(local - LocalTime{date_of(local)});
      out.quiet_hours = rs.quiet.contains(tod);
    }
  }
  if (stopped) {
    // Done while stopped means done before the clock ran out.
    out.paused = true;
    out.amount = clock_amount(target);
    out.used = stopped_used;
    out.status = done ? Status::met : Status::paused;
    return;
  }
  out.deadline = q.deadline;
  const Instant now = settings_.now;
  Instant until;  // when the clock stops: the act, or now
  if (done) {
    if (out.done_at <= out.deadline) {
      out.status = Status::met;
      return;
    }
    until = out.done_at;
  } else if (now > out.deadline) {
    until = now;
  } else {
    // Not done, still in time: how much of the clock time up to the deadline is used?
    const PausedSpans paused = st.pauses.empty() ? PausedSpans{} : paused_spans(st, t, out.start);
    bool prov = false;
    out.amount = allowed_on_clock(rs, target, out.start, out.deadline, paused, measure_ctx_);
    out.used = used_on_clock(rs, target, out.start, now, paused, measure_ctx_, prov);
    out.provisional |= prov;
    const double share = out.used_share();
    out.status = share >= settings_.at_risk ? Status::at_risk : Status::pending;
    if (st.contact) {
      out.contact_by = Instant{};
      out.has_contact_by = contact_by(rs.quiet, ctx.zone, out.start, out.deadline, out.contact_by);
    }
    return;
  }
  out.status = Status::breached;
  out.late_wall = at_least_a_second(until - out.deadline);
  // On the clock: everything used up to `until` (paused time left out), less what the
  // clock had used at the deadline.
  const PausedSpans paused = st.pauses.empty() ? PausedSpans{} : paused_spans(st, t, out.start);
  const Duration used = used_on_clock(rs, target, out.start, until, paused, measure_ctx_, out.late_provisional);
  const Duration late = used - allowed_on_clock(rs, target, out.start, out.deadline, paused, measure_ctx_);
  out.late_clock = at_least_a_second(std::max(late, Duration{0}));
}

StageAudit Auditor::audit_stage(const Ticket& t, int stage_index) const {
  StageAudit out;
  audit_stage_now(as_of_now(t), stage_index, out);
  return out;
}

void Auditor::audit(const Ticket& t, std::span<StageAudit> out) const {
  const Ticket now_ticket = as_of_now(t);
  for (std::size_t i = 0; i < rules().stages.size(); ++i)
    audit_stage_now(now_ticket, static_cast<int>(i), out[i]);
}

void Auditor::audit(const TicketRecord& r, TicketAudit& out) const {
  const auto& rs = rules();
  const std::size_t n = rs.stages.size();
  const Instant now = settings_.now;
  out.stage_count = n;
  out.reopened.clear();
  // Cycles that had begun by now.
  std::size_t cycles = 1;
  while (cycles <= r.reopened.size() && r.reopened[cycles - 1].has(0) && r.reopened[cycles - 1].event(0) <= now)
    ++cycles;
  if (out.stages.size() < cycles * n) out.stages.resize(cycles * n);
  // Of the last cycle only whether it closed, and when: no copy of it is kept.
  const int closing = closing_event_;
  out.closed = false;
  Instant closed_at{};
  for (std::size_t k = 0; k < cycles; ++k) {
    const Ticket& src = k == 0 ? r.ticket : r.reopened[k - 1];
    Ticket cut = as_of_now(src);
    cut.ticket_class = r.ticket.ticket_class;
    cut.flags = r.ticket.flags;
    if (k > 0) out.reopened.push_back(cut.event(0));
    for (std::size_t i = 0; i < n; ++i) audit_stage_now(cut, static_cast<int>(i), out.stages[k * n + i]);
    if (k + 1 == cycles) {
      out.closed = cut.has(closing);
      if (out.closed) closed_at = cut.event(closing);
    }
  }
  out.past_retention = out.record_checked = false;
  out.record_missing = 0;
  if (!out.closed) return;
  out.retained_until = retention_end(date_of(zone().to_local(closed_at)), rs.archive_years);
  out.past_retention = today_ > out.retained_until;
  if (r.has_record || settings_.require_record) {
    out.record_checked = true;
    const auto fields = static_cast<unsigned>(rs.reply_record_fields.size());
    const std::uint32_t all = fields >= 32 ? ~0u : (1u << fields) - 1;
    out.record_missing = all & ~(r.has_record ? r.record_present : 0u);
  }
}

long long share_hundredths(Duration used, Duration amount) noexcept {
  const long long hundredths =
      amount.count() > 0 ? static_cast<long long>(static_cast<double>(used.count()) * 100.0 /
                                                  static_cast<double>(amount.count()))
                         : 100;
  return hundredths < 0 ? 0 : hundredths;
}

long long StageAudit::used_percent() const noexcept { return share_hundredths(used, amount); }

char* write_late_on_clock(char* q, ClockKind clock, Duration late, Duration day_length) noexcept {
  // The clock has not run since the deadline (done on the Saturday after a Friday's
  // working-days deadline; after hours on business_time): "0", as docs/CONTRACT.md says,
  // not "0wd" (a breach of a working day's hundredth reads "0.01wd") nor "0s".
  if (late <= Duration::zero()) {
    *q++ = '0';
    return q;
  }
  switch (clock) {
    case ClockKind::working_days: return write_working_days(q, late, day_length);
    case ClockKind::business_time: return write_hours(q, late);
    default: return write_duration(q, late);
  }
}

char* write_share(char* q, Duration used, Duration amount) noexcept {
  return write_hundredths(q, share_hundredths(used, amount));
}

void append_duration(std::string& out, Duration d) {
  char buf[max_number_text];
  out.append(buf, write_duration(buf, d));
}

void append_working_days(std::string& out, Duration d, Duration day_length) {
  char buf[max_number_text];
  out.append(buf, write_working_days(buf, d, day_length));
}

}  // namespace audit
SHIXIAN_NAMESPACE_END
