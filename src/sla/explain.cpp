#include "shixian/sla/explain.hpp"

#include <fmt/format.h>

#include "shixian/i18n/text.hpp"
#include "shixian/i18n/words.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace {

std::string windows_text(const Schedule& s) {
  std::vector<std::string> windows;
  for (const auto& w : s.windows) windows.push_back(format_time_of_day(w.open) + "-" + format_time_of_day(w.close));
  return fmt::format("{}", fmt::join(windows, ", "));
}

// The English notes (for JSON) from the reasons.
Explanation finish(Explanation& e, const Zone& zone) {
  const auto& en = i18n::Terms::builtin(i18n::Lang::en);
  for (const auto& r : e.reasons) e.notes.push_back(reason_text(r, zone, en, false));
  return std::move(e);
}

Reason reason(Reason::Kind k) {
  Reason r;
  r.kind = k;
  return r;
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
  // Wanting coverage: the facts to word it in any language (the record has the English).
  if (result.uncovered) {
    const Calendar& cal = engine.context().calendar;
    for (auto& r : e.reasons)
      if (r.kind == Reason::Kind::error) {
        r.uncovered = result.uncovered;
        r.name = cal.id();
        r.day = cal.first();
        r.end_day = cal.last();
      }
  }
  // calendar_days: which day the period's own last day was (the last counted: after a
  // pause too), and why the deadline moved past it.
  const bool listed = !e.counted_days.empty() && !e.truncated;
  if (result.state == StageDeadline::State::computed && (listed || e.running.size() == 1)) {
    const auto& won = e.stage->targets[static_cast<std::size_t>(result.target)];
    const auto& zone = engine.context().zone;
    if (won.clock == ClockKind::calendar_days) {
      const Date last = listed ? e.counted_days.back() : date_of(zone.to_local(result.start)) + days{won.calendar_days};
      const Date end = date_of(zone.to_local(result.deadline)) - days{1};
      if (end != last) {
        const auto info = engine.context().calendar.day(last, Coverage::provisional);
        Reason r;
        r.kind = Reason::Kind::rolled;
        r.count = won.calendar_days;
        r.day = last;
        r.end_day = end;
        r.day_kind = info.kind;
        r.name = std::string(info.name);
        r.holidays_only = won.roll_holidays_only;
        e.notes.push_back(reason_text(r, zone, i18n::Terms::builtin(i18n::Lang::en), false));
        e.reasons.push_back(std::move(r));
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
    auto r = reason(Reason::Kind::not_started);
    r.text = rs.events[static_cast<std::size_t>(e.stage->start_event)];
    e.reasons.push_back(std::move(r));
    return finish(e, zone);
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
    auto r = reason(Reason::Kind::error);
    r.text = e.result.error;
    e.reasons.push_back(std::move(r));
    return finish(e, zone);
  }
  const auto& paused = trace.paused;
  for (int i = 0; i < paused.count; ++i) {
    const auto [from, to] = paused.spans[static_cast<std::size_t>(i)];
    auto r = reason(to == Instant::max() ? Reason::Kind::paused_open : Reason::Kind::paused_span);
    r.from = from;
    r.to = to;
    e.reasons.push_back(std::move(r));
  }
  if (e.result.state == StageDeadline::State::paused) return finish(e, zone);
  const auto& won = e.stage->targets[static_cast<std::size_t>(e.result.target)];
  if (applicable > 1) {
    auto r = reason(Reason::Kind::earliest_wins);
    r.count = applicable;
    r.target = &won;
    r.latest = e.stage->latest_wins;
    e.reasons.push_back(std::move(r));
  }
  for (const auto& o : e.targets)
    if (o.applies && !o.computed) {
      auto r = reason(Reason::Kind::not_needed);
      r.target = o.target;
      r.winner = &won;
      e.reasons.push_back(std::move(r));
    }
  e.counted = std::move(trace.walk.spans);
  for (const auto& d : trace.walk.days) {
    e.counted_days.push_back(d.date);
    e.counted_day_amounts.push_back(d.counted);
  }
  e.skipped = std::move(trace.walk.skipped);
  e.truncated = trace.walk.truncated;
  e.running = std::move(trace.running);
  {
    auto r = reason(Reason::Kind::elapsed_clock);
    r.target = &won;
    switch (won.clock) {
      case ClockKind::elapsed: break;
      case ClockKind::business_time: {
        const auto& sched = rs.schedules[static_cast<std::size_t>(won.schedule)];
        r.kind = Reason::Kind::business_time_clock;
        r.text = windows_text(sched);
        r.every_day = !sched.working_days_only;
        break;
      }
      case ClockKind::working_days:
        r.kind = Reason::Kind::working_days_clock;
        r.day = date_of(zone.to_local(e.result.start));
        r.text = won.cutoff ? format_time_of_day(*won.cutoff) : std::string("24:00");
        break;
      case ClockKind::calendar_days:
        r.kind = Reason::Kind::calendar_days_clock;
        r.day = date_of(zone.to_local(e.result.start));
        r.count = won.calendar_days;
        r.text = won.roll == Roll::none ? "none" : won.roll_holidays_only ? "holidays" : "rest_days";
        break;
    }
    e.reasons.push_back(std::move(r));
    if (won.clock == ClockKind::business_time && !e.counted.empty() && e.counted.front().from > e.result.start) {
      auto late = reason(Reason::Kind::late_start);
      late.from = e.result.start;
      late.to = e.counted.front().from;
      e.reasons.push_back(std::move(late));
    }
  }
  if (e.result.provisional) e.reasons.push_back(reason(Reason::Kind::provisional));
  if (e.stage->contact) {
    const auto& q = rs.quiet;
    auto r = reason(!e.result.has_contact_by                      ? Reason::Kind::contact_none
                    : e.result.contact_by == e.result.deadline ? Reason::Kind::contact_at_deadline
                                                               : Reason::Kind::contact_before_quiet);
    r.text = format_time_of_day(q.from) + "-" + format_time_of_day(q.to);
    r.from = e.result.contact_by;
    e.reasons.push_back(std::move(r));
  }
  return finish(e, zone);
}

std::string reason_text(const Reason& r, const Zone& zone, const i18n::Terms& terms, bool text_times) {
  auto when = [&](Instant t, i18n::Midnight m = i18n::Midnight::start_of_day) {
    return text_times ? i18n::format_local(t, zone, terms.lang(), m) : format_instant(t, zone);
  };
  auto span = [&](const Target* t) { return i18n::span_text(t->label, terms); };
  using K = Reason::Kind;
  switch (r.kind) {
    case K::not_started: return terms.fill("explain.not_started", {terms.name("event", r.text)});
    case K::error:
      return r.uncovered && !r.name.empty() ? i18n::uncovered_text(r.uncovered, r.name, r.day, r.end_day, terms) : r.text;
    case K::paused_open: return terms.fill("explain.paused_open", {when(r.from)});
    case K::paused_span: return terms.fill("explain.paused_span", {when(r.from), when(r.to)});
    case K::earliest_wins:
      return terms.fill("explain.earliest_wins",
                        {std::to_string(r.count), terms[r.latest ? "explain.latest" : "explain.earliest"], span(r.target),
                         i18n::condition_text(*r.target, terms)});
    case K::calendar_days_clock:
      return terms.fill("explain.calendar_days_clock",
                        {text_times ? i18n::format_date(r.day, terms.lang()) : format_date(r.day), std::to_string(r.count),
                         terms[r.text == "none" ? "explain.roll_none" : r.text == "holidays" ? "explain.roll_holidays" : "explain.roll_rest_days"]});
    case K::rolled:
      return terms.fill("explain.rolled",
                        {std::to_string(r.count), text_times ? i18n::format_date(r.day, terms.lang()) : format_date(r.day),
                         i18n::day_term(r.day_kind, terms), r.name.empty() ? "" : " " + r.name,
                         text_times ? i18n::format_date(r.end_day, terms.lang()) : format_date(r.end_day),
                         terms[r.holidays_only ? "explain.first_non_holiday" : "explain.first_working_day"]});
    case K::not_needed: return terms.fill("explain.not_needed", {span(r.target), span(r.winner)});
    case K::elapsed_clock: return terms.fill("explain.elapsed_clock", {span(r.target)});
    case K::business_time_clock:
      return terms.fill("explain.business_time_clock",
                        {r.text, terms[r.every_day ? "explain.on_every_day" : "explain.on_working_days"],
                         span(r.target)});
    case K::late_start: return terms.fill("explain.late_start", {when(r.from), when(r.to)});
    case K::working_days_clock:
      return terms.fill("explain.working_days_clock",
                        {text_times ? i18n::format_date(r.day, terms.lang()) : format_date(r.day), r.text,
                         std::to_string(r.target->working_days)});
    case K::provisional: return std::string(terms["explain.provisional_days"]);
    case K::contact_none: return terms.fill("explain.contact_none", {r.text});
    case K::contact_at_deadline: return terms.fill("explain.contact_at_deadline", {r.text});
    case K::contact_before_quiet: return terms.fill("explain.contact_before_quiet", {r.text, when(r.from)});
  }
  return r.text;
}

namespace {

std::string describe_in(const Explanation& e, const Zone& zone, const i18n::Terms& terms, bool text_times) {
  const auto lang = terms.lang();
  auto when = [&](Instant t, i18n::Midnight m = i18n::Midnight::start_of_day) {
    return text_times ? i18n::format_local(t, zone, lang, m) : format_instant(t, zone);
  };
  auto day = [&](Date d) { return text_times ? i18n::format_date(d, lang) : format_date(d); };
  const auto end = i18n::Midnight::end_of_day;
  // Labels are padded to one width (10 columns in English, as before; Chinese labels are
  // two or four characters wide).
  auto label = [&](std::string_view key) { return i18n::pad(terms[key], 10); };
  std::string out;
  auto line = [&](const std::string& text) {
    out += text;
    out += '\n';
  };
  const bool zh = lang == i18n::Lang::zh;
  const std::string stage_name =
      zh ? std::string(terms.name("stage", e.stage->id)) + (terms.name("stage", e.stage->id) == e.stage->id ? "" : " (" + e.stage->id + ")")
         : fmt::format("{} — {}", e.stage->id, e.stage->title);
  line(stage_name + (e.stage->source.empty() ? "" : fmt::format(" [{}]", e.stage->source)));
  if (e.result.state != StageDeadline::State::not_started) line("  " + label("explain.start") + when(e.result.start));
  if (e.result.state == StageDeadline::State::computed) {
    line("  " + label("explain.deadline") + when(e.result.deadline, end) +
         (e.result.provisional ? "  " + std::string(terms["explain.provisional"]) : ""));
  }
  for (const auto& o : e.targets) {
    const auto head = "  " + label("explain.target") + i18n::pad(i18n::span_text(o.target->label, terms), zh ? 10 : 6) + " " +
                      i18n::pad(i18n::condition_text(*o.target, terms), 22) + " ";
    if (!o.applies) {
      line(head + std::string(terms["explain.does_not_apply"]));
      continue;
    }
    line(head + i18n::pad(i18n::clock_term(o.target->clock, terms), 14) +
         " " +
         (o.computed ? when(o.deadline, end)
                     : std::string(terms[o.paused ? "explain.paused_no_deadline" : "explain.needs_uncovered"])) +
         (o.won ? "  " + std::string(terms[e.stage->latest_wins ? "explain.wins_latest" : "explain.wins"]) : ""));
  }
  for (const auto& c : e.counted) line("  " + label("explain.counted") + when(c.from) + " .. " + when(c.to, end));
  if (!e.counted_days.empty()) {
    std::vector<std::string> ds;
    const auto* won = e.result.target >= 0 ? &e.stage->targets[static_cast<std::size_t>(e.result.target)] : nullptr;
    const Duration whole = won && won->clock == ClockKind::working_days ? working_day_length(won->cutoff) : Duration{days{1}};
    for (std::size_t i = 0; i < e.counted_days.size(); ++i) {
      const Duration part = i < e.counted_day_amounts.size() ? e.counted_day_amounts[i] : whole;
      // A day counted only in part (a pause began or ended in it): which hours counted.
      ds.push_back(part == whole ? day(e.counted_days[i])
                                 : fmt::format("{} ({})", day(e.counted_days[i]),
                                               i18n::span_text(format_duration(part), terms)));
    }
    const auto list = fmt::format("{}", fmt::join(ds, zh ? "、" : ", "));
    const bool calendar = won && won->clock == ClockKind::calendar_days;
    Duration sum{0};
    for (auto a : e.counted_day_amounts) sum += a;
    if (won && sum != whole * static_cast<long>(e.counted_days.size()))  // some counted in part
      line("  " + label("explain.counted") +
           terms.fill(calendar ? "explain.counted_calendar_part" : "explain.counted_part", {i18n::span_text(format_on_clock(*won, sum), terms),
                                               std::to_string(e.counted_days.size()), list}));
    else
      line("  " + label("explain.counted") +
           terms.fill(calendar ? "explain.counted_calendar_days" : "explain.counted_days", {std::to_string(e.counted_days.size()), list}));
  }
  for (const auto& s : e.skipped)
    line("  " + label("explain.skipped") + day(s.from) + (s.to == s.from ? "" : ".." + day(s.to)) + (zh ? "：" : ": ") +
         std::string(i18n::day_term(s.kind, terms)) + (s.name.empty() ? "" : " " + s.name));
  for (const auto& r : e.reasons) line("  " + label("explain.why") + reason_text(r, zone, terms, text_times));
  line("  " + label("explain.data") + terms.fill("explain.data_versions", {e.calendar_version, e.rules_version}));
  return out;
}

}  // namespace

std::string describe(const Explanation& e, const Zone& zone) {
  return describe_in(e, zone, i18n::Terms::builtin(i18n::Lang::en), false);
}

std::string describe(const Explanation& e, const Zone& zone, const i18n::Terms& terms) {
  return describe_in(e, zone, terms, true);
}

SHIXIAN_NAMESPACE_END
