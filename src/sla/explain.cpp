#include "shixian/sla/explain.hpp"

#include <fmt/format.h>

#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace {

std::string working_days_note(const Target& t, Date start_day) {
  return fmt::format(
      "working_days clock (Civil Code art. 201/203): the start day {} is not counted; counting "
      "begins the next day and the deadline is {} of working day {}",
      format_date(start_day), t.cutoff ? format_time_of_day(*t.cutoff) : std::string("24:00"), t.working_days);
}

std::string business_time_note(const RuleSet& rs, const Target& t) {
  const auto& s = rs.schedules[static_cast<std::size_t>(t.schedule)];
  std::vector<std::string> windows;
  for (const auto& w : s.windows) windows.push_back(format_time_of_day(w.open) + "-" + format_time_of_day(w.close));
  return fmt::format("business_time clock: only time inside {} on {} counts; the deadline is when {} of it has run",
                     fmt::join(windows, ", "), s.working_days_only ? "working days" : "every day", t.label);
}

}  // namespace

Explanation explain(const DeadlineEngine& engine, const Ticket& t, StageId stage) {
  StageTrace trace;
  const StageDeadline result = engine.stage(t, stage, &trace);
  Explanation e = explain(engine.rules(), engine.context().zone, stage, result, std::move(trace));
  // An open pause stops the engine before it looks at later targets: which apply is a
  // property of the ticket, not of a clock.
  if (result.state == StageDeadline::State::paused)
    for (auto& o : e.targets)
      if (!o.applies && DeadlineEngine::applies(*o.target, t)) o.applies = o.paused = true;
  // calendar_days, unpaused: which day the period's own last day was, and why it moved.
  if (result.state == StageDeadline::State::computed && e.running.size() == 1) {
    const auto& won = e.stage->targets[static_cast<std::size_t>(result.target)];
    const auto& zone = engine.context().zone;
    if (won.clock == ClockKind::calendar_days) {
      const Date last = date_of(zone.to_local(result.start)) + days{won.calendar_days};
      const Date end = date_of(zone.to_local(result.deadline)) - days{1};
      if (end != last) {
        const auto info = engine.context().calendar.day(last, Coverage::provisional);
        e.notes.push_back(fmt::format("day {} is {}, a rest day ({}{}{}): the period ends on {}, the first {} after it",
                                      won.calendar_days, format_date(last), to_string(info.kind),
                                      info.name.empty() ? "" : " ", info.name, format_date(end),
                                      won.roll_holidays_only ? "day that is not a holiday" : "working day"));
      }
    }
  }
  return e;
}

Explanation explain(const RuleSet& rs, const Zone& zone, StageId stage, const StageDeadline& result,
                    StageTrace trace) {
  Explanation e;
  e.stage = &rs.stage(stage);
  e.result = result;
  e.calendar_version = std::move(trace.calendar_version);
  e.rules_version = std::move(trace.rules_version);
  if (e.result.state == StageDeadline::State::not_started) {
    e.notes.push_back(fmt::format("not started: event '{}' has not happened",
                                  rs.events[static_cast<std::size_t>(e.stage->start_event)]));
    return e;
  }
  for (std::size_t i = 0; i < e.stage->targets.size(); ++i) {
    const auto& tt = trace.targets[i];
    TargetOutcome o;
    o.target = &e.stage->targets[i];
    o.applies = tt.applies;
    o.computed = tt.computed && tt.deadline != Instant::max();
    o.paused = tt.computed && tt.deadline == Instant::max();
    o.deadline = o.computed ? tt.deadline : Instant{};
    o.provisional = tt.provisional;
    o.won = tt.won;
    o.error = tt.error;
    e.targets.push_back(std::move(o));
  }
  int applicable = 0;
  for (const auto& o : e.targets) applicable += o.applies;
  if (e.result.state == StageDeadline::State::error) {
    e.notes.push_back(e.result.error);
    return e;
  }
  const auto& paused = trace.paused;
  for (int i = 0; i < paused.count; ++i) {
    const auto [from, to] = paused.spans[static_cast<std::size_t>(i)];
    e.notes.push_back(to == Instant::max()
                          ? fmt::format("paused since {} with no resume yet: no clock counts, so no "
                                        "deadline can be given", format_instant(from, zone))
                          : fmt::format("paused from {} to {}: that time counts on no clock",
                                        format_instant(from, zone), format_instant(to, zone)));
  }
  if (e.result.state == StageDeadline::State::paused) return e;
  const auto& won = e.stage->targets[static_cast<std::size_t>(e.result.target)];
  if (applicable > 1)
    e.notes.push_back(fmt::format("{} targets apply; the {} deadline wins: {} ({})", applicable,
                                  e.stage->latest_wins ? "latest" : "earliest", won.label, won.condition));
  for (const auto& o : e.targets)
    if (o.applies && !o.computed)
      e.notes.push_back(fmt::format("target {} needs days outside the calendar, but cannot be "
                                    "earlier than {}: it is not needed", o.target->label, won.label));
  e.counted = std::move(trace.walk.spans);
  for (const auto& d : trace.walk.days) {
    e.counted_days.push_back(d.date);
    e.counted_day_amounts.push_back(d.counted);
  }
  e.skipped = std::move(trace.walk.skipped);
  e.truncated = trace.walk.truncated;
  e.running = std::move(trace.running);
  switch (won.clock) {
    case ClockKind::elapsed:
      e.notes.push_back(fmt::format("elapsed clock: {} of wall-clock time from the start, whatever "
                                    "the calendar or daylight saving says", won.label));
      break;
    case ClockKind::business_time:
      e.notes.push_back(business_time_note(rs, won));
      if (!e.counted.empty() && e.counted.front().from > e.result.start)
        e.notes.push_back(fmt::format("the start {} is outside the windows: the clock starts at {}",
                                      format_instant(e.result.start, zone),
                                      format_instant(e.counted.front().from, zone)));
      break;
    case ClockKind::working_days:
      e.notes.push_back(working_days_note(won, date_of(zone.to_local(e.result.start))));
      break;
    case ClockKind::calendar_days: {
      const Date s = date_of(zone.to_local(e.result.start));
      e.notes.push_back(fmt::format(
          "calendar_days clock (Civil Code art. 201/203): the start day {} is not counted; {} calendar "
          "days, the period ending at 24:00 of its last day{}", format_date(s), won.calendar_days,
          won.roll == Roll::none ? std::string(", whatever day that is")
          : won.roll_holidays_only ? std::string("; a last day that is a public holiday moves to the first day after the holidays")
                                   : std::string("; a last day that is a rest day moves to the first working day after it "
                                                 "(a make-up working day does not move)")));
      break;
    }
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
                                    "begin", window, format_instant(e.result.contact_by, zone)));
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
         o.computed ? format_instant(o.deadline, zone)
                    : std::string(o.paused ? "paused, no deadline yet" : "needs uncovered days"),
         o.won ? (e.stage->latest_wins ? "  <- latest, wins" : "  <- earliest, wins") : "");
  }
  for (const auto& c : e.counted)
    line("  counted   {} .. {}", format_instant(c.from, zone), format_instant(c.to, zone));
  if (!e.counted_days.empty()) {
    std::vector<std::string> ds;
    const auto* won = e.result.target >= 0 ? &e.stage->targets[static_cast<std::size_t>(e.result.target)] : nullptr;
    const Duration whole = won && won->clock == ClockKind::working_days ? working_day_length(won->cutoff) : Duration{days{1}};
    const char* unit = won && won->clock == ClockKind::calendar_days ? "calendar day(s)" : "working day(s)";
    for (std::size_t i = 0; i < e.counted_days.size(); ++i) {
      const Duration part = i < e.counted_day_amounts.size() ? e.counted_day_amounts[i] : whole;
      // A day counted only in part (a pause began or ended in it): which hours counted.
      ds.push_back(part == whole ? format_date(e.counted_days[i])
                                 : fmt::format("{} ({})", format_date(e.counted_days[i]), format_duration(part)));
    }
    Duration sum{0};
    for (auto a : e.counted_day_amounts) sum += a;
    if (won && sum != whole * static_cast<long>(e.counted_days.size()))  // some counted in part
      line("  counted   {} over {} {}: {}", format_on_clock(*won, sum), e.counted_days.size(), unit,
           fmt::join(ds, ", "));
    else
      line("  counted   {} {}: {}", e.counted_days.size(), unit, fmt::join(ds, ", "));
  }
  for (const auto& s : e.skipped)
    line("  skipped   {}{}: {}{}", format_date(s.from), s.to == s.from ? "" : ".." + format_date(s.to),
         to_string(s.kind), s.name.empty() ? "" : " " + s.name);
  for (const auto& n : e.notes) line("  why       {}", n);
  line("  data      calendar {}; rules {}", e.calendar_version, e.rules_version);
  return out;
}

SHIXIAN_NAMESPACE_END
