#pragma once
// The three clocks, computed arithmetically.
//
//   elapsed        deadline = start + target
//   business_time  time counts only inside a schedule's half-open daily windows
//                  [open, close), on every day or on working days only. The deadline is
//                  the earliest instant at which the in-window time reaches the target,
//                  so it may fall exactly on a window's end; a zero target gives the
//                  first in-window instant at or after the start.
//                    120m from Fri 2026-11-20 17:45, window 08:30-17:30 every day
//                    -> Sat 2026-11-21 10:30
//   working_days   Civil Code art. 201/203: the start day is not counted; the deadline
//                  is 24:00 of the N-th working day (00:00 of the next day), or the
//                  cut-off time on that day when one is configured.
//                    5wd from Fri 2026-11-20 17:45 -> 2026-11-28T00:00
//
// Whole windows and whole days are taken at a time: a business-time target of many
// days jumps over full days (counted with the calendar's O(1) tables) whenever the
// zone's offset is fixed over the span, and only walks window by window (never minute
// by minute) across a daylight-saving change, where a window's real length may differ.
//
// Measures (for audits): how much of a clock has run between two instants, used for
// "at risk" (share of the target used) and for how late a breach was on its own clock.
//
// Coverage::report (see calendar.hpp): a deadline's `uncovered`, or a measure's
// `uncovered` out-parameter, names the first calendar question that needed a day outside
// coverage, which is the one Coverage::strict throws CoverageError for.
#include "shixian/abi.hpp"
#include <stdexcept>
#include <string>
#include <vector>

#include "shixian/calendar/calendar.hpp"
#include "shixian/rules/rule_set.hpp"
#include "shixian/time/zone.hpp"

SHIXIAN_NAMESPACE_BEGIN

// What a clock needs: a calendar, a zone and what to do outside coverage. It owns them
// (a share of the calendar, the zone by value), so a context made from temporaries —
// ClockContext{*default_calendar(), Zone::locate("Asia/Shanghai")} — is safe to keep.
// `calendar` and `zone` read as members; copying makes a context with its own share.
// Copying costs two reference-count increments: hot paths keep one context and pass it
// by reference (DeadlineEngine keeps its reporting() twin ready).
class ClockContext {
 public:
  ClockContext(CalendarPtr cal, Zone z, Coverage cov = Coverage::strict)
      : calendar_(checked(std::move(cal))), calendar(*calendar_), zone(std::move(z)), coverage(cov) {}
  // Takes a share of `calendar` (every Calendar lives in a shared_ptr: calendar.hpp).
  ClockContext(const Calendar& cal, Zone z, Coverage cov = Coverage::strict)
      : ClockContext(cal.shared_from_this(), std::move(z), cov) {}
  ClockContext(const ClockContext& o) : ClockContext(o.calendar_, o.zone, o.coverage) {}
  ClockContext& operator=(const ClockContext&) = delete;

  const CalendarPtr& calendar_ptr() const noexcept { return calendar_; }

 private:
  static CalendarPtr checked(CalendarPtr c) {
    if (!c) throw std::invalid_argument("ClockContext: no calendar");
    return c;
  }
  CalendarPtr calendar_;

 public:
  const Calendar& calendar;  // *calendar_ptr()
  // The context's own copy, held here rather than behind a reference: the clocks ask it
  // a dozen times a stage, and each answer then starts one load nearer.
  const Zone zone;
  Coverage coverage;
};

// c, reporting where it would throw (strict becomes report): the same answers, and
// the decision about an uncovered day left to the caller.
inline ClockContext reporting(const ClockContext& c) {
  return {c.calendar_ptr(), c.zone, c.coverage == Coverage::strict ? Coverage::report : c.coverage};
}

struct ClockDeadline {
  Instant at;
  bool provisional = false;
  Uncovered uncovered{};  // Coverage::report only
};

ClockDeadline business_time_deadline(const Schedule& s, Instant start, Duration target,
                                     const ClockContext& ctx);
ClockDeadline working_days_deadline(Instant start, int n, std::optional<TimeOfDay> cutoff,
                                    const ClockContext& ctx);

// calendar_days (Civil Code art. 201/203): the start day is not counted; the period's
// last day is the n-th calendar day after it, and the deadline is 24:00 of that day,
// unless the target rolls: a last day that is a rest day of the calendar (or, with
// roll_holidays_only, a public holiday) moves to the first working day (non-holiday
// day) after it. A make-up working Saturday is a working day: it does not roll.
// Arithmetic over the calendar's tables (add_working_days, next_non_holiday): no day loop.
//   15d from Fri 2026-09-18 15:30: last day Sat 10-03, inside the National Day break
//   -> first working day after it, Thu 10-08 -> 2026-10-09T00:00
ClockDeadline calendar_days_deadline(Instant start, const Target& t, const ClockContext& ctx);
// The period resumed at `from` with `remaining` to run (after a pause): it ends at
// 24:00 of the day on which the remaining time runs out, then rolls as above.
ClockDeadline calendar_days_resume(Instant start, Instant from, Duration remaining, const Target& t,
                                   const ClockContext& ctx);
// Time since the period began (00:00 of the day after the start day) up to t.
Duration calendar_days_used(Instant start, Instant t, const ClockContext& ctx);

// In-window time of schedule s in [a, b).
Duration business_time_between(const Schedule& s, Instant a, Instant b, const ClockContext& ctx,
                               Uncovered* uncovered = nullptr);
// Time inside working days after start's day (each counting from 00:00 up to 24:00 or
// the cut-off, in local time) up to t: the working_days clock's measure.
Duration working_days_used(Instant start, Instant t, std::optional<TimeOfDay> cutoff,
                           const ClockContext& ctx, Uncovered* uncovered = nullptr);
// The length one working day counts for on the working_days clock.
inline Duration working_day_length(std::optional<TimeOfDay> cutoff) {
  return cutoff ? Duration{*cutoff} : Duration{days{1}};
}

// The working_days clock resumed at `from` (after a pause) with `remaining` of it to
// run, for a stage that started at `start` (whose day is never counted).
ClockDeadline working_days_resume(Instant start, Instant from, Duration remaining,
                                  std::optional<TimeOfDay> cutoff, const ClockContext& ctx);

// The general, day-by-day form of target t's clock over [a, b) — one span in which the
// clock of a stage that started at `start` ran — for traces and explanations: what
// counted (business_time: the in-window spans; working_days: each working day after the
// start day, with the local time it counted, 24:00 or the cut-off for a whole one) and
// the days passed over, and why. It walks the days (at most max_walked of each list,
// then `truncated`), so it is never on a hot path; the arithmetic above is, and the
// two are tested against each other (tests/sla/explain_property_test.cpp).
struct CountedSpan {
  Instant from, to;
};
struct CountedDay {
  Date date;
  Duration counted;  // local time counted on the day: working_day_length() when whole
};
struct SkippedDays {
  Date from, to;
  DayKind kind;
  std::string name;
};
struct ClockWalk {
  static constexpr std::size_t max_walked = 400;  // a walk is for people: cap long spans
  std::vector<CountedSpan> spans;   // business_time
  std::vector<CountedDay> days;     // working_days
  std::vector<SkippedDays> skipped;
  bool truncated = false;
};
void walk_clock(const RuleSet& rs, const Target& t, Instant start, Instant a, Instant b, const ClockContext& ctx,
                ClockWalk& out);

// The deadline of one target from `start`. Inline: the engine calls it for every target
// of every stage, and an elapsed clock (most targets) is then one addition, not a call.
inline ClockDeadline target_deadline(const RuleSet& rs, const Target& t, Instant start, const ClockContext& ctx) {
  switch (t.clock) {
    case ClockKind::elapsed: return {start + t.duration, false};
    case ClockKind::business_time:
      return business_time_deadline(rs.schedules[static_cast<std::size_t>(t.schedule)], start, t.duration, ctx);
    case ClockKind::working_days: return working_days_deadline(start, t.working_days, t.cutoff, ctx);
    case ClockKind::calendar_days: return calendar_days_deadline(start, t, ctx);
  }
  return {start, false};
}
// How much of target t's clock has run in [start, now).
Duration clock_used(const RuleSet& rs, const Target& t, Instant start, Instant now,
                    const ClockContext& ctx, Uncovered* uncovered = nullptr);
// The target's full amount on its own clock (working days as days x day length).
Duration clock_amount(const Target& t);
// An amount of target t's clock as people read it: "1h20m" (elapsed, business_time) or
// "3.75wd" (working_days, in working days).
std::string format_on_clock(const Target& t, Duration d);

SHIXIAN_NAMESPACE_END
