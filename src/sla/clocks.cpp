// The clocks. See include/shixian/sla/clocks.hpp for the model.
#include "shixian/sla/clocks.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace {

// A window's instants on a given day. A local time in a spring-forward gap maps to
// the transition (choose earliest), so a window never starts or ends "nowhere".
struct WindowInstants {
  Instant open, close;
};
WindowInstants window_on(const Zone& z, Date day, const Window& w) {
  return {z.to_instant(LocalTime{day} + w.open, Choose::earliest),
          z.to_instant(LocalTime{day} + w.close, Choose::earliest)};
}

// A calendar answer's value, its flags gathered into the deadline it goes into.
template <class T>
T take(ClockDeadline& out, const Answer<T>& a) noexcept {
  out.provisional |= a.provisional;
  out.uncovered.keep_first(a.uncovered);
  return a.value;
}

// A calendar answer's value for a measure: measures carry no provisional mark, only
// (in report mode) the uncovered question.
template <class T>
T take(Uncovered* uncovered, const Answer<T>& a) noexcept {
  if (uncovered) uncovered->keep_first(a.uncovered);
  return a.value;
}

bool counts(const Schedule& s, Date day, const ClockContext& ctx, Uncovered* uncovered) {
  return !s.working_days_only || take(uncovered, ctx.calendar.is_working(day, ctx.coverage));
}

// In-window time of one day within [a, b).
Duration day_overlap(const Schedule& s, Date day, Instant a, Instant b, const ClockContext& ctx,
                     Uncovered* uncovered) {
  if (!counts(s, day, ctx, uncovered)) return Duration{0};
  Duration total{0};
  for (const auto& w : s.windows) {
    const auto wi = window_on(ctx.zone, day, w);
    const auto lo = std::max(a, wi.open), hi = std::min(b, wi.close);
    if (lo < hi) total += hi - lo;
  }
  return total;
}

}  // namespace

ClockDeadline business_time_deadline(const Schedule& s, Instant start, Duration target,
                                     const ClockContext& ctx) {
  ClockDeadline out;
  Duration remaining = target;
  Date day = date_of(ctx.zone.to_local(start));
  const Duration per_day{s.per_day};
  for (;;) {
    if (s.working_days_only && !take(out, ctx.calendar.is_working(day, ctx.coverage))) {
      day = take(out, ctx.calendar.add_working_days(day, 1, ctx.coverage));
      continue;
    }
    for (const auto& w : s.windows) {
      const auto wi = window_on(ctx.zone, day, w);
      const auto from = std::max(start, wi.open);
      if (from >= wi.close) continue;
      const auto avail = wi.close - from;
      if (remaining <= avail) {
        out.at = from + remaining;
        return out;
      }
      remaining -= avail;
    }
    // Jump over whole days that the target certainly passes through, leaving
    // (0, per_day] to place; exact only while the offset is fixed over the span.
    Date next = day + days{1};
    if (remaining > per_day && per_day > Duration{0}) {
      const auto k = static_cast<int>((remaining - Duration{1}) / per_day);
      const Date resume = s.working_days_only
                              ? take(out, ctx.calendar.add_working_days(day, k + 1, ctx.coverage))
                              : day + days{k + 1};
      const auto a = ctx.zone.to_instant(LocalTime{day + days{1}}, Choose::earliest);
      const auto b = ctx.zone.to_instant(LocalTime{resume + days{1}}, Choose::earliest);
      // From just before a: a midnight the clocks skip maps to the change itself, and a
      // day that starts with a change (Tehran 2017) or never was (Samoa 2011-12-30)
      // holds less than per_day.
      if (ctx.zone.fixed_offset_between(a - Duration{1}, b)) {
        remaining -= per_day * k;
        next = resume;
      }
    }
    day = next;
  }
}

ClockDeadline working_days_deadline(Instant start, int n, std::optional<TimeOfDay> cutoff,
                                    const ClockContext& ctx) {
  const Date d = date_of(ctx.zone.to_local(start));
  ClockDeadline out;
  const Date wd = take(out, ctx.calendar.add_working_days(d, n, ctx.coverage));
  const LocalTime end = cutoff ? LocalTime{wd} + *cutoff : LocalTime{wd + days{1}};
  out.at = ctx.zone.to_instant(end, Choose::earliest);
  return out;
}

namespace {

// [a, b) in which the zone's offset does not change: whole days count per_day each.
Duration business_time_one_offset(const Schedule& s, Instant a, Instant b, const ClockContext& ctx,
                                  Uncovered* uncovered) {
  if (b <= a) return Duration{0};
  const Date first = date_of(ctx.zone.to_local(a));
  // The day of b's last instant, not of b: where b is an offset change (a stretch of
  // business_time_between), to_local(b) reads the next offset, which can be days on
  // (Samoa's 2011-12-30 never happened: -10:00 24:00 is +14:00 12-31 00:00), and the
  // days between would be counted with no time of their own.
  const Date last = date_of(ctx.zone.to_local(b - Duration{1}));
  if (first == last) return day_overlap(s, first, a, b, ctx, uncovered);
  Duration total =
      day_overlap(s, first, a, b, ctx, uncovered) + day_overlap(s, last, a, b, ctx, uncovered);
  if (last - first <= days{1}) return total;
  const auto n = s.working_days_only
                     ? take(uncovered, ctx.calendar.working_days_between(first, last - days{1}, ctx.coverage))
                     : static_cast<int>((last - first).count() - 1);
  return total + Duration{s.per_day} * n;
}

// Art. 203: the last day L, moved off a rest day (or holiday) when the target rolls.
ClockDeadline end_of_period(Date last, const Target& t, const ClockContext& ctx) {
  ClockDeadline out;
  if (t.roll == Roll::next_working_day) {
    if (t.roll_holidays_only) {
      last = take(out, ctx.calendar.next_non_holiday(last, ctx.coverage));
    } else if (!take(out, ctx.calendar.is_working(last, ctx.coverage))) {
      last = take(out, ctx.calendar.add_working_days(last, 1, ctx.coverage));
    }
  }
  out.at = ctx.zone.to_instant(LocalTime{last + days{1}}, Choose::earliest);
  return out;
}

}  // namespace

ClockDeadline calendar_days_deadline(Instant start, const Target& t, const ClockContext& ctx) {
  const Date s = date_of(ctx.zone.to_local(start));
  return end_of_period(s + days{t.calendar_days}, t, ctx);
}

Duration calendar_days_used(Instant start, Instant t, const ClockContext& ctx) {
  // Local-time arithmetic, as working_days: a day counts 24h of wall-clock reading.
  const LocalTime began{date_of(ctx.zone.to_local(start)) + days{1}};
  const LocalTime lt = ctx.zone.to_local(t);
  return lt > began ? Duration{lt - began} : Duration{0};
}

ClockDeadline calendar_days_resume(Instant start, Instant from, Duration remaining, const Target& t,
                                   const ClockContext& ctx) {
  const LocalTime began{date_of(ctx.zone.to_local(start)) + days{1}};
  const LocalTime resumed = std::max(began, ctx.zone.to_local(from));
  // The day in which the remaining time runs out; a part-day counts as the whole day.
  const LocalTime end = resumed + remaining;
  const Date last = date_of(end - Duration{1});
  if (remaining <= Duration{0}) return {from, false};
  return end_of_period(last, t, ctx);
}

Duration business_time_between(const Schedule& s, Instant a, Instant b, const ClockContext& ctx,
                               Uncovered* uncovered) {
  if (b <= a) return Duration{0};
  if (!ctx.zone.fixed_offset_between(a, b)) {
    // Offsets change in [a, b] (a ticket from 1910 audited in 2026 crosses Shanghai's
    // every change): add up the stretches between changes, each counted in O(1), rather
    // than walking 40,000 days. A zone has at most a few hundred changes in its table.
    Duration total{0};
    Instant from = a;
    for (auto change = ctx.zone.next_change_after(from); change && *change < b;
         change = ctx.zone.next_change_after(from)) {
      total += business_time_one_offset(s, from, *change, ctx, uncovered);
      from = *change;
    }
    return total + business_time_one_offset(s, from, b, ctx, uncovered);
  }
  return business_time_one_offset(s, a, b, ctx, uncovered);
}

Duration working_days_used(Instant start, Instant t, std::optional<TimeOfDay> cutoff,
                           const ClockContext& ctx, Uncovered* uncovered) {
  const Date sd = date_of(ctx.zone.to_local(start));
  const LocalTime lt = ctx.zone.to_local(t);
  const Date td = date_of(lt);
  if (td <= sd) return Duration{0};
  const Duration len = working_day_length(cutoff);
  const int full = take(uncovered, ctx.calendar.working_days_between(sd, td - days{1}, ctx.coverage));
  Duration partial{0};
  if (take(uncovered, ctx.calendar.is_working(td, ctx.coverage)))
    partial = std::min(Duration{lt - LocalTime{td}}, len);
  return len * full + partial;
}

ClockDeadline working_days_resume(Instant start, Instant from, Duration remaining,
                                  std::optional<TimeOfDay> cutoff, const ClockContext& ctx) {
  if (remaining <= Duration{0}) return {from, false};
  // Local-time arithmetic: on this clock a working day counts 24h (or up to the
  // cut-off) of wall-clock reading, whatever daylight saving does to its real length.
  const Duration len = working_day_length(cutoff);
  const Date start_day = date_of(ctx.zone.to_local(start));
  const LocalTime lf = ctx.zone.to_local(from);
  Date day = date_of(lf);
  Duration pos = lf - LocalTime{day};
  if (day <= start_day) day = start_day + days{1}, pos = Duration{0};
  ClockDeadline out;
  if (take(out, ctx.calendar.is_working(day, ctx.coverage))) {
    const Duration avail = len - std::min(pos, len);
    if (remaining <= avail) {
      out.at = ctx.zone.to_instant(LocalTime{day} + pos + remaining, Choose::earliest);
      return out;
    }
    remaining -= avail;
  }
  const auto full = static_cast<int>((remaining - Duration{1}) / len);
  const Date target = take(out, ctx.calendar.add_working_days(day, full + 1, ctx.coverage));
  out.at = ctx.zone.to_instant(LocalTime{target} + (remaining - len * full), Choose::earliest);
  return out;
}

Duration clock_used(const RuleSet& rs, const Target& t, Instant start, Instant now,
                    const ClockContext& ctx, Uncovered* uncovered) {
  if (now <= start) return Duration{0};
  switch (t.clock) {
    case ClockKind::elapsed: return now - start;
    case ClockKind::business_time:
      return business_time_between(rs.schedules[static_cast<std::size_t>(t.schedule)], start, now, ctx,
                                   uncovered);
    case ClockKind::working_days: return working_days_used(start, now, t.cutoff, ctx, uncovered);
    case ClockKind::calendar_days: return calendar_days_used(start, now, ctx);
  }
  return Duration{0};
}

std::string format_on_clock(const Target& t, Duration d) {
  if (t.clock != ClockKind::working_days) return format_duration(d);
  return format_working_days(d, working_day_length(t.cutoff));
}

Duration clock_amount(const Target& t) {
  if (t.clock == ClockKind::working_days) return working_day_length(t.cutoff) * t.working_days;
  if (t.clock == ClockKind::calendar_days) return Duration{days{t.calendar_days}};
  return t.duration;
}

namespace {

void add_skipped(ClockWalk& out, const DayInfo& info) {
  auto& v = out.skipped;
  if (!v.empty() && info.date <= v.back().to) return;  // already passed over (an earlier span)
  if (!v.empty() && v.back().to + days{1} == info.date && v.back().kind == info.kind && v.back().name == info.name) {
    v.back().to = info.date;
    return;
  }
  if (v.size() < ClockWalk::max_walked) v.push_back({info.date, info.date, info.kind, std::string(info.name)});
  else out.truncated = true;
}

// Working days after the start day, each counted from 00:00 to 24:00 or the cut-off in
// local time (as working_days_used measures), intersected with [a, b).
void walk_working_days(const Target& t, Instant start, Instant a, Instant b, const ClockContext& ctx, ClockWalk& out) {
  const Date sd = date_of(ctx.zone.to_local(start));
  const LocalTime la = ctx.zone.to_local(a), lb = ctx.zone.to_local(b);
  const Duration len = working_day_length(t.cutoff);
  for (Date d = std::max(sd + days{1}, date_of(la)); LocalTime{d} < lb; d += days{1}) {
    if (out.days.size() >= ClockWalk::max_walked) {
      out.truncated = true;
      return;
    }
    const auto info = ctx.calendar.day(d, Coverage::provisional);
    if (!info.working) {
      add_skipped(out, info);
      continue;
    }
    const LocalTime lo = std::max(la, LocalTime{d}), hi = std::min(lb, LocalTime{d} + len);
    if (lo < hi) out.days.push_back({d, hi - lo});
  }
}

// Every calendar day after the start day within [a, b) counts (the part of it inside);
// a day past the period's own days that the deadline reaches by rolling is listed as
// passed over, with why (a holiday, a weekend).
void walk_calendar_days(Instant start, Instant a, Instant b, const ClockContext& ctx, ClockWalk& out) {
  const Date sd = date_of(ctx.zone.to_local(start));
  const LocalTime la = ctx.zone.to_local(a), lb = ctx.zone.to_local(b);
  for (Date d = std::max(sd + days{1}, date_of(la)); LocalTime{d} < lb; d += days{1}) {
    if (out.days.size() >= ClockWalk::max_walked) {
      out.truncated = true;
      return;
    }
    const LocalTime lo = std::max(la, LocalTime{d}), hi = std::min(lb, LocalTime{d + days{1}});
    if (lo < hi) out.days.push_back({d, hi - lo});
  }
}

void walk_business_time(const Schedule& s, Instant a, Instant b, const ClockContext& ctx, ClockWalk& out) {
  const bool first_span = out.spans.empty();
  for (Date d = date_of(ctx.zone.to_local(a));; d += days{1}) {
    if (out.spans.size() >= ClockWalk::max_walked) {
      out.truncated = true;
      return;
    }
    const auto info = ctx.calendar.day(d, Coverage::provisional);
    if (s.working_days_only && !info.working) {
      add_skipped(out, info);
      continue;
    }
    bool past = false;
    for (const auto& w : s.windows) {
      const auto wi = window_on(ctx.zone, d, w);
      if (wi.open > b || (wi.open == b && !out.spans.empty())) {
        past = true;
        break;
      }
      const auto lo = std::max(wi.open, a), hi = std::min(wi.close, b);
      // A zero target's deadline is the first in-window instant: shown as an empty span.
      if (lo < hi || (lo == hi && lo == b && out.spans.empty() && first_span)) out.spans.push_back({lo, hi});
    }
    if (past || LocalTime{d + days{1}} > ctx.zone.to_local(b)) return;
  }
}

}  // namespace

void walk_clock(const RuleSet& rs, const Target& t, Instant start, Instant a, Instant b, const ClockContext& ctx,
                ClockWalk& out) {
  switch (t.clock) {
    case ClockKind::elapsed: return;
    case ClockKind::business_time:
      return walk_business_time(rs.schedules[static_cast<std::size_t>(t.schedule)], a, b, ctx, out);
    case ClockKind::working_days: return walk_working_days(t, start, a, b, ctx, out);
    case ClockKind::calendar_days: return walk_calendar_days(start, a, b, ctx, out);
  }
}

SHIXIAN_NAMESPACE_END
