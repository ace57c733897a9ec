#include "shixian/sla/explain.hpp"

#include <fmt/format.h>

#include "shixian/time/text.hpp"

namespace shixian {
namespace {

constexpr std::size_t max_listed = 400;  // an explanation is for people: cap long spans

void add_skipped(std::vector<SkippedDays>& out, const DayInfo& info) {
  if (!out.empty() && out.back().to + days{1} == info.date && out.back().kind == info.kind &&
      out.back().name == info.name) {
    out.back().to = info.date;
    return;
  }
  if (out.size() < max_listed) out.push_back({info.date, info.date, info.kind, std::string(info.name)});
}

void explain_working_days(Explanation& e, const Target& t, const ClockContext& ctx) {
  const Date sd = date_of(ctx.zone.to_local(e.result.start));
  e.notes.push_back(fmt::format(
      "working_days clock (Civil Code art. 201/203): the start day {} is not counted; counting "
      "begins the next day and the deadline is {} of working day {}",
      format_date(sd), t.cutoff ? format_time_of_day(*t.cutoff) : std::string("24:00"),
      t.working_days));
  const Date end = date_of(ctx.zone.to_local(e.result.deadline - Duration{1}));
  for (Date d = sd + days{1}; d <= end && e.counted_days.size() < max_listed; d += days{1}) {
    const auto info = ctx.calendar.day(d, Coverage::provisional);
    if (info.working) e.counted_days.push_back(d);
    else add_skipped(e.skipped, info);
  }
}

void explain_business_time(Explanation& e, const RuleSet& rs, const Target& t,
                           const ClockContext& ctx) {
  const auto& s = rs.schedules[static_cast<std::size_t>(t.schedule)];
  std::vector<std::string> windows;
  for (const auto& w : s.windows)
    windows.push_back(format_time_of_day(w.open) + "-" + format_time_of_day(w.close));
  e.notes.push_back(fmt::format(
      "business_time clock: only time inside {} on {} counts; the deadline is when {} of it has "
      "run", fmt::join(windows, ", "), s.working_days_only ? "working days" : "every day", t.label));
  const Instant start = e.result.start, deadline = e.result.deadline;
  for (Date d = date_of(ctx.zone.to_local(start)); e.counted.size() < max_listed; d += days{1}) {
    const auto info = ctx.calendar.day(d, Coverage::provisional);
    if (s.working_days_only && !info.working) {
      add_skipped(e.skipped, info);
      continue;
    }
    bool past = false;
    for (const auto& w : s.windows) {
      const auto open = ctx.zone.to_instant(LocalTime{d} + w.open, Choose::earliest);
      const auto close = ctx.zone.to_instant(LocalTime{d} + w.close, Choose::earliest);
      if (open > deadline || (open == deadline && !e.counted.empty())) {
        past = true;
        break;
      }
      const auto lo = std::max(open, start), hi = std::min(close, deadline);
      if (lo < hi || (lo == hi && lo == deadline && e.counted.empty())) e.counted.push_back({lo, hi});
    }
    if (past || LocalTime{d + days{1}} > ctx.zone.to_local(deadline)) break;
  }
  if (!e.counted.empty() && e.counted.front().from > start)
    e.notes.push_back(fmt::format("the start {} is outside the windows: the clock starts at {}",
                                  format_instant(start, ctx.zone),
                                  format_instant(e.counted.front().from, ctx.zone)));
}

}  // namespace

Explanation explain(const DeadlineEngine& engine, const Ticket& t, int stage_index) {
  const auto& rs = engine.rules();
  const auto& ctx = engine.context();
  Explanation e;
  e.stage = &rs.stages[static_cast<std::size_t>(stage_index)];
  e.result = engine.stage(t, stage_index);
  e.calendar_version = ctx.calendar.version();
  e.rules_version = rs.version;
  if (e.result.state == StageDeadline::State::not_started) {
    e.notes.push_back(fmt::format("not started: event '{}' has not happened",
                                  rs.events[static_cast<std::size_t>(e.stage->start_event)]));
    return e;
  }
  for (std::size_t i = 0; i < e.stage->targets.size(); ++i) {
    const auto& target = e.stage->targets[i];
    TargetOutcome o;
    o.target = &target;
    o.applies = DeadlineEngine::applies(target, t);
    if (o.applies) {
      const auto d = target_deadline(rs, target, e.result.start, reporting(ctx));
      if (d.uncovered) {
        o.error = ctx.calendar.uncovered_text(d.uncovered);
      } else {
        o.computed = true;
        o.deadline = d.at;
        o.provisional = d.provisional;
      }
    }
    o.won = static_cast<int>(i) == e.result.target && e.result.state == StageDeadline::State::computed;
    e.targets.push_back(std::move(o));
  }
  int applicable = 0;
  for (const auto& o : e.targets) applicable += o.applies;
  if (e.result.state == StageDeadline::State::error) {
    e.notes.push_back(e.result.error);
    return e;
  }
  const auto paused = paused_spans(*e.stage, t, e.result.start);
  for (int i = 0; i < paused.count; ++i) {
    const auto [from, to] = paused.spans[static_cast<std::size_t>(i)];
    e.notes.push_back(to == Instant::max()
                          ? fmt::format("paused since {} with no resume yet: no clock counts, so no "
                                        "deadline can be given", format_instant(from, ctx.zone))
                          : fmt::format("paused from {} to {}: that time counts on no clock",
                                        format_instant(from, ctx.zone), format_instant(to, ctx.zone)));
  }
  if (e.result.state == StageDeadline::State::paused) return e;
  const auto& won = e.stage->targets[static_cast<std::size_t>(e.result.target)];
  if (applicable > 1)
    e.notes.push_back(fmt::format("{} targets apply; the earliest deadline wins: {} ({})", applicable,
                                  won.label, won.condition));
  for (const auto& o : e.targets)
    if (o.applies && !o.computed)
      e.notes.push_back(fmt::format("target {} needs days outside the calendar, but cannot be "
                                    "earlier than {}: it is not needed", o.target->label, won.label));
  switch (won.clock) {
    case ClockKind::elapsed:
      e.notes.push_back(fmt::format("elapsed clock: {} of wall-clock time from the start, whatever "
                                    "the calendar or daylight saving says", won.label));
      break;
    case ClockKind::business_time: explain_business_time(e, rs, won, ctx); break;
    case ClockKind::working_days: explain_working_days(e, won, ctx); break;
  }
  if (e.result.provisional)
    e.notes.push_back("provisional: days outside the calendar's coverage were taken by the weekly "
                      "rule alone");
  if (e.stage->contact) {
    const auto& q = rs.quiet;
    const auto window = format_time_of_day(q.from) + "-" + format_time_of_day(q.to);
    if (!e.result.has_contact_by)
      e.notes.push_back(fmt::format("the deadline is inside quiet hours ({}) and no time outside them "
                                    "remains after the start: contact inside quiet hours is needed",
                                    window));
    else if (e.result.contact_by == e.result.deadline)
      e.notes.push_back(fmt::format("contact by the deadline: it is outside quiet hours ({})", window));
    else
      e.notes.push_back(fmt::format("the deadline is inside quiet hours ({}): contact by {}, when they "
                                    "begin", window, format_instant(e.result.contact_by, ctx.zone)));
  }
  return e;
}

std::string describe(const Explanation& e, const Zone& zone) {
  std::string out;
  auto line = [&]<class... A>(fmt::format_string<A...> f, A&&... args) {
    out += fmt::format(f, std::forward<A>(args)...);
    out += '\n';
  };
  line("{} — {}{}", e.stage->id, e.stage->title,
       e.stage->source.empty() ? "" : fmt::format(" [{}]", e.stage->source));
  if (e.result.state == StageDeadline::State::computed) {
    line("  start     {}", format_instant(e.result.start, zone));
    line("  deadline  {}{}", format_instant(e.result.deadline, zone),
         e.result.provisional ? "  (provisional)" : "");
  }
  for (const auto& o : e.targets) {
    if (!o.applies) {
      line("  target    {:<6} {:<22} does not apply", o.target->label, o.target->condition);
      continue;
    }
    line("  target    {:<6} {:<22} {:<14} {}{}", o.target->label, o.target->condition,
         to_string(o.target->clock),
         o.computed ? format_instant(o.deadline, zone) : std::string("needs uncovered days"),
         o.won ? "  <- earliest, wins" : "");
  }
  for (const auto& c : e.counted)
    line("  counted   {} .. {}", format_instant(c.from, zone), format_instant(c.to, zone));
  if (!e.counted_days.empty()) {
    std::vector<std::string> ds;
    for (auto d : e.counted_days) ds.push_back(format_date(d));
    line("  counted   {} working day(s): {}", e.counted_days.size(), fmt::join(ds, ", "));
  }
  for (const auto& s : e.skipped)
    line("  skipped   {}{}: {}{}", format_date(s.from), s.to == s.from ? "" : ".." + format_date(s.to),
         to_string(s.kind), s.name.empty() ? "" : " " + s.name);
  for (const auto& n : e.notes) line("  why       {}", n);
  line("  data      calendar {}; rules {}", e.calendar_version, e.rules_version);
  return out;
}

}  // namespace shixian
