#include "shixian/sla/deadlines.hpp"

#include "shixian/error.hpp"

namespace shixian {
namespace {

// The earliest a target's deadline can possibly be, without consulting the calendar:
// the N-th working day after d is at least d + N; in-window time never outruns wall
// time. Used to drop a coverage error when another target certainly wins anyway.
Instant lower_bound(const Target& t, Instant start, const ClockContext& ctx) {
  switch (t.clock) {
    case ClockKind::working_days: {
      const Date d = date_of(ctx.zone.to_local(start));
      return ctx.zone.to_instant(LocalTime{d + days{t.working_days}}, Choose::earliest);
    }
    default: return start + t.duration;
  }
}

}  // namespace

bool contact_by(const QuietHours& q, const Zone& zone, Instant start, Instant deadline,
                Instant& out) {
  const LocalTime local = zone.to_local(deadline);
  const Date day = date_of(local);
  const TimeOfDay tod = date::floor<std::chrono::seconds>(local - LocalTime{day});
  if (!q.contains(tod)) {
    out = deadline;
    return true;
  }
  // The quiet period containing the deadline began at `from` today, or yesterday when
  // it wraps midnight and the deadline is in its morning part.
  const Date began_day = (q.from > q.to && tod < q.to) ? day - days{1} : day;
  const Instant began = zone.to_instant(LocalTime{began_day} + q.from, Choose::earliest);
  if (began > start) {
    out = began;
    return true;
  }
  return false;
}

StageDeadline DeadlineEngine::stage(const Ticket& t, int stage_index) const {
  const auto& st = rules_.stages[static_cast<std::size_t>(stage_index)];
  StageDeadline out;
  if (!t.has(st.start_event)) return out;
  out.state = StageDeadline::State::computed;
  out.start = t.event(st.start_event);
  bool found = false;
  // Of the targets that needed uncovered days, the one that could be earliest.
  bool failed = false;
  Instant failed_bound{};
  std::string failure;
  for (std::size_t i = 0; i < st.targets.size(); ++i) {
    const auto& target = st.targets[i];
    if (!applies(target, t)) continue;
    try {
      const auto d = target_deadline(rules_, target, out.start, ctx_);
      if (!found || d.at < out.deadline) {
        out.deadline = d.at;
        out.provisional = d.provisional;
        out.target = static_cast<int>(i);
        found = true;
      }
    } catch (const CoverageError& e) {
      const auto bound = lower_bound(target, out.start, ctx_);
      if (!failed || bound < failed_bound) {
        failed = true;
        failed_bound = bound;
        failure = e.what();
      }
    }
  }
  if (failed && (!found || out.deadline > failed_bound)) {
    out.state = StageDeadline::State::error;
    out.error = failure;
    return out;
  }
  if (!found) {
    out.state = StageDeadline::State::error;
    out.error = "no target of stage '" + st.id + "' applies to this ticket's class and flags";
    return out;
  }
  if (st.contact)
    out.has_contact_by = contact_by(rules_.quiet, ctx_.zone, out.start, out.deadline, out.contact_by);
  return out;
}

}  // namespace shixian
