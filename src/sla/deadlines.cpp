#include "shixian/sla/deadlines.hpp"

#include <algorithm>

SHIXIAN_NAMESPACE_BEGIN
namespace {

// The earliest a target's deadline can possibly be, without consulting the calendar:
// the N-th working day after d is at least d + N; in-window time never outruns wall
// time. Used to drop a coverage error when another target certainly wins anyway.
Instant lower_bound(const Target& t, Instant start, const ClockContext& ctx) {
  switch (t.clock) {
    case ClockKind::working_days: {
      const Date d = date_of(ctx.zone.to_local(start));
      const auto& cal = ctx.calendar;
      Date earliest = d + days{t.working_days};
      // Counting from inside coverage, the target failed because its N-th working day
      // lies past the last covered day: it ends no earlier than the end of the day after.
      if (d >= cal.first() - days{1} && d <= cal.last()) earliest = std::max(earliest, cal.last() + days{1});
      const LocalTime end = t.cutoff ? LocalTime{earliest} + *t.cutoff : LocalTime{earliest + days{1}};
      return ctx.zone.to_instant(end, Choose::earliest);
    }
    case ClockKind::calendar_days: {
      // Rolling only moves the end later: 24:00 of the n-th day is the earliest.
      const Date d = date_of(ctx.zone.to_local(start));
      return ctx.zone.to_instant(LocalTime{d + days{t.calendar_days + 1}}, Choose::earliest);
    }
    default: return start + t.duration;
  }
}

// The clock of target t, resumed at `from` with `remaining` to run.
ClockDeadline advance(const RuleSet& rs, const Target& t, Instant start, Instant from,
                      Duration remaining, const ClockContext& ctx) {
  switch (t.clock) {
    case ClockKind::elapsed: return {from + remaining, false};
    case ClockKind::business_time:
      return business_time_deadline(rs.schedules[static_cast<std::size_t>(t.schedule)], from, remaining, ctx);
    case ClockKind::working_days: return working_days_resume(start, from, remaining, t.cutoff, ctx);
    case ClockKind::calendar_days: return calendar_days_resume(start, from, remaining, t, ctx);
  }
  return {from, false};
}

// Clock time of target t in [a, b) for a stage that started at `start`.
Duration measure(const RuleSet& rs, const Target& t, Instant start, Instant a, Instant b,
                 const ClockContext& ctx, Uncovered* uncovered) {
  if (b <= a) return Duration{0};
  if (t.clock == ClockKind::working_days)
    return working_days_used(start, b, t.cutoff, ctx, uncovered) -
           working_days_used(start, a, t.cutoff, ctx, uncovered);
  if (t.clock == ClockKind::calendar_days)
    return calendar_days_used(start, b, ctx) - calendar_days_used(start, a, ctx);
  return clock_used(rs, t, a, b, ctx, uncovered);
}

// A step's deadline, its flags gathered into the result of all steps.
Instant take(ClockDeadline& out, const ClockDeadline& step) noexcept {
  out.provisional |= step.provisional;
  out.uncovered.keep_first(step.uncovered);
  return step.at;
}

}  // namespace

PausedSpans paused_spans(const Stage& stage, const Ticket& t, Instant start) noexcept {
  PausedSpans out;
  for (const auto& p : stage.pauses) {
    if (!t.has(p.pause_event)) continue;
    const Instant from = std::max(start, t.event(p.pause_event));
    const bool resumed = t.has(p.resume_event);
    const Instant to = resumed ? t.event(p.resume_event) : Instant::max();
    if (to <= from) continue;
    // Insertion keeps the (at most four) spans sorted by start.
    int i = out.count++;
    for (; i > 0 && out.spans[static_cast<std::size_t>(i - 1)].first > from; --i)
      out.spans[static_cast<std::size_t>(i)] = out.spans[static_cast<std::size_t>(i - 1)];
    out.spans[static_cast<std::size_t>(i)] = {from, to};
    out.open |= !resumed;
    if (out.count == static_cast<int>(out.spans.size())) break;
  }
  return out;
}

ClockDeadline paused_target_deadline(const RuleSet& rs, const Target& t, Instant start,
                                     const PausedSpans& paused, const ClockContext& ctx,
                                     Duration* used_before_open_pause) {
  if (paused.count == 0) return target_deadline(rs, t, start, ctx);
  Instant pos = start;
  Duration remaining = clock_amount(t);
  ClockDeadline out;
  // The deadline of the clock resumed where it stands: from the start, the target's own
  // deadline (art. 203's roll, a working day's end), else the remaining time run on.
  // A zero target held by a pause runs out at the resumption; a day clock's deadline is
  // then that day's end, rolled, as from a start (not the resumption's instant).
  const bool day_clock = t.clock == ClockKind::calendar_days || t.clock == ClockKind::working_days;
  const auto from_pos = [&] {
    if (pos == start) return take(out, target_deadline(rs, t, start, ctx));
    if (day_clock && remaining <= Duration{0}) return take(out, target_deadline(rs, t, pos, ctx));
    return take(out, advance(rs, t, start, pos, remaining, ctx));
  };
  for (int i = 0; i < paused.count; ++i) {
    auto [from, to] = paused.spans[static_cast<std::size_t>(i)];
    if (to <= pos) continue;
    from = std::max(from, pos);
    // Whether the clock ran out before this pause began is a question of the time it
    // counted, not of where the deadline lands: a rolled period ends after its days have
    // run out (15 days ending on a holiday roll to the next working day), and a pause in
    // between takes nothing from them. Nor is a deadline the pause makes moot computed:
    // it could need days outside the calendar that no answer depends on.
    // A zero target has nothing to run: business_time's runs out at its first in-window
    // instant, which a pause can hold back; the other clocks' at their start, so a pause
    // that begins after it is not theirs (a 0d target ended when a pause that day did,
    // before its own 24:00, and lost its roll), and one that begins with it holds it.
    if (remaining <= Duration{0}) {
      out.at = from_pos();
      if (t.clock == ClockKind::business_time ? out.at <= from : pos < from) return out;
    } else {
      // Measured apart: days it needs past the calendar matter only if the clock is
      // still running when the pause begins (a pause in 2027 after a December deadline
      // needs no 2027 notice).
      Uncovered past;
      const Duration ran = measure(rs, t, start, pos, from, ctx, &past);
      if (ran >= remaining) {
        out.at = from_pos();
        return out;
      }
      out.uncovered.keep_first(past);
      remaining -= ran;
    }
    if (to == Instant::max()) {
      if (used_before_open_pause) *used_before_open_pause = clock_amount(t) - remaining;
      out.at = Instant::max();
      return out;
    }
    pos = to;
  }
  out.at = from_pos();
  return out;
}

Duration paused_clock_used(const RuleSet& rs, const Target& t, Instant start, Instant now,
                           const PausedSpans& paused, const ClockContext& ctx, Uncovered* uncovered) {
  Duration used = measure(rs, t, start, start, now, ctx, uncovered);
  for (int i = 0; i < paused.count; ++i) {
    const auto [from, to] = paused.spans[static_cast<std::size_t>(i)];
    used -= measure(rs, t, start, std::min(from, now), std::min(to, now), ctx, uncovered);
  }
  return used;
}

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

namespace {

// The spans in which a clock that started at `start` and reached `deadline` ran.
void running_spans(Instant start, Instant deadline, const PausedSpans& paused, std::vector<CountedSpan>& out) {
  Instant pos = start;
  for (int i = 0; i < paused.count && pos < deadline; ++i) {
    const auto [from, to] = paused.spans[static_cast<std::size_t>(i)];
    if (to <= pos) continue;
    if (from > pos) out.push_back({pos, std::min(from, deadline)});
    pos = std::max(pos, to);
  }
  if (pos < deadline) out.push_back({pos, deadline});
  if (out.empty()) out.push_back({start, deadline});  // a zero target: the clock ends where it starts
}

}  // namespace

StageDeadline DeadlineEngine::stage(const Ticket& t, StageId stage_id, StageTrace* trace) const {
  return compute(t, stage_id, trace, true);
}

StageDeadline DeadlineEngine::compute(const Ticket& t, StageId stage_id, StageTrace* trace, bool contact) const {
  return trace ? compute_as<true>(t, stage_id, trace, contact) : compute_as<false>(t, stage_id, nullptr, contact);
}

template <bool kTraced>
StageDeadline DeadlineEngine::compute_as(const Ticket& t, StageId stage_id, StageTrace* trace, bool contact) const {
  if constexpr (!kTraced) trace = nullptr;  // a constant: every `if (trace)` below folds away
  const auto& rules = *rules_;
  const auto& st = rules.stage(stage_id);
  StageDeadline out;
  if (trace) {
    *trace = StageTrace{};
    trace->targets.resize(st.targets.size());
    trace->calendar_version = ctx_.calendar.version();
    trace->rules_version = rules.version;
  }
  if (!t.has(st.start_event)) return out;
  out.state = StageDeadline::State::computed;
  out.start = t.event(st.start_event);
  if constexpr (!kTraced) {  // the common stage (the traced form, which never takes it, is its oracle)
    Quick q;
    if (quick(t, st, out.start, q)) {
      out.deadline = q.deadline;
      out.provisional = q.provisional;
      out.target = q.target;
      if (st.contact && contact)
        out.has_contact_by = contact_by(rules.quiet, ctx_.zone, out.start, out.deadline, out.contact_by);
      return out;
    }
  }
  bool found = false;
  // Of the targets that needed uncovered days, the one that could be earliest: whether
  // it matters is known only once every target is in, so it is worded only then.
  Uncovered failure;
  Instant failed_bound{};
  const ClockContext& ctx = report_ctx_;
  const PausedSpans paused = st.pauses.empty() ? PausedSpans{} : paused_spans(st, t, out.start);
  if (trace) trace->paused = paused;
  for (std::size_t i = 0; i < st.targets.size(); ++i) {
    const auto& target = st.targets[i];
    if (!applies(target, t)) continue;
    Duration used{0};
    // No pause in effect (most stages): straight to the clock, as paused_target_deadline's
    // first step would go, one call fewer a target (its prologue alone was 1% of check).
    const auto d = paused.count == 0 ? target_deadline(rules, target, out.start, ctx)
                                     : paused_target_deadline(rules, target, out.start, paused, ctx, &used);
    if (trace) {
      auto& tt = trace->targets[i];
      tt.applies = true;
      if (d.uncovered) tt.error = ctx.calendar.uncovered_text(d.uncovered);
      else tt.computed = true, tt.deadline = d.at, tt.provisional = d.provisional;
    }
    if (d.uncovered) {
      const auto bound = lower_bound(target, out.start, ctx);
      if (!failure || bound < failed_bound) {
        failure = d.uncovered;
        failed_bound = bound;
      }
      continue;
    }
    if (d.at == Instant::max()) {  // paused with no resume: no deadline can be known
      out.state = StageDeadline::State::paused;
      out.target = static_cast<int>(i);
      out.used = used;
      return out;
    }
    if (!found || (st.latest_wins ? d.at > out.deadline : d.at < out.deadline)) {
      out.deadline = d.at;
      out.provisional = d.provisional;
      out.target = static_cast<int>(i);
      found = true;
    }
  }
  // Earliest wins: a target that failed matters only if it could have been earlier.
  // Latest wins: any failed target might have been the latest.
  if (failure && (!found || st.latest_wins || out.deadline > failed_bound)) {
    out.state = StageDeadline::State::error;
    out.error = ctx.calendar.uncovered_text(failure);
    out.uncovered = failure;
    return out;
  }
  if (!found) {
    out.state = StageDeadline::State::error;
    out.error = "no target of stage '" + st.id + "' applies to this ticket's class and flags";
    return out;
  }
  if (st.contact && contact)
    out.has_contact_by = contact_by(rules.quiet, ctx_.zone, out.start, out.deadline, out.contact_by);
  if (trace) {
    const auto& won = st.targets[static_cast<std::size_t>(out.target)];
    trace->targets[static_cast<std::size_t>(out.target)].won = true;
    running_spans(out.start, out.deadline, paused, trace->running);
    for (const auto& r : trace->running) walk_clock(rules, won, out.start, r.from, r.to, ctx, trace->walk);
    // A period's counted days end where its amount is reached: the days a roll adds
    // after its own last day are the roll's (the explanation names them), not counted.
    if (won.clock == ClockKind::calendar_days) {
      auto& walked = trace->walk.days;
      Duration sum{0};
      std::size_t keep = 0;
      while (keep < walked.size() && sum < clock_amount(won)) sum += walked[keep++].counted;
      walked.resize(keep);
    }
  }
  return out;
}

SHIXIAN_NAMESPACE_END
