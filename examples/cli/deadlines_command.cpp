// `shixian deadlines`: every stage's deadline for one ticket, with --explain.
#include <algorithm>
#include <fmt/format.h>

#include "context.hpp"
#include "shixian/error.hpp"
#include "shixian/i18n/text.hpp"
#include "shixian/i18n/words.hpp"
#include "shixian/sla/explain.hpp"
#include "shixian/sla/lifecycle.hpp"
#include "shixian/time/text.hpp"

namespace shixian::cli {
namespace {

struct Options {
  std::string received, tier2_received, resolved, ticket_class;
  Choose choose = Choose::reject;
  std::vector<std::string> events, flags;
  bool unionpay = false, explain = false, class_given = false;
};


// A class or flag as the user may write it: its id, or its name in the terms in use (a
// bank's --terms file) or in the built-in Chinese ones (紧急投诉 for urgent, 银联工单 for
// unionpay), which the Chinese refusal of an unknown one lists beside the ids.
std::string_view id_of(std::string_view given, std::string_view kind, const std::vector<std::string>& ids,
                       const i18n::Terms& terms) {
  if (std::find(ids.begin(), ids.end(), given) != ids.end()) return given;
  return i18n::id_named(given, kind, ids, &terms).value_or(given);
}

Ticket build_ticket(const Options& o, const RuleSet& rs, const Zone& zone, const i18n::Terms& terms) {
  Ticket t;
  const auto cls = o.class_given ? id_of(o.ticket_class, "class", rs.classes, terms) : std::string_view(rs.classes.front());
  t.ticket_class = rs.class_index(cls);  // UnknownName (an InputError) names it and the likely one
  auto flags = o.flags;
  if (o.unionpay) flags.push_back("unionpay");
  for (const auto& f : flags) t.set_flag(rs.flag_index(id_of(f, "flag", rs.flags, terms)));
  const Choose choose = o.choose;
  auto set = [&](std::string_view name, const std::string& value) {
    const EventId e = rs.event_index(name);
    if (t.has(e)) throw InputError(terms.fill("error.event_twice", {name, value}));
    try {
      t.set(e, parse_instant(value, zone, choose));
    } catch (const InputError& err) {
      throw with_prefix(err, fmt::format("{}: ", name));
    }
  };
  set(rs.events.front(), o.received);
  if (!o.tier2_received.empty()) set("tier2_received", o.tier2_received);
  if (!o.resolved.empty()) set("resolved", o.resolved);
  for (const auto& ev : o.events) {
    const auto eq = ev.find('=');
    if (eq == std::string::npos)
      throw InputError(terms.fill("error.not_name_time", {ev}));
    set(ev.substr(0, eq), ev.substr(eq + 1));
  }
  check_lifecycle(rs, t, zone);
  return t;
}

std::string explanation_json(const Explanation& e, const Zone& zone) {
  std::string out = "{\"targets\": [";
  bool first = true;
  for (const auto& o : e.targets) {
    out += fmt::format("{}{{\"target\": {}, \"when\": {}, \"clock\": \"{}\", \"applies\": {}", first ? "" : ", ",
                       json_string(o.target->label), json_string(o.target->condition),
                       to_string(o.target->clock), o.applies);
    if (o.computed) out += fmt::format(", \"deadline\": \"{}\"", format_instant(o.deadline, zone));
    if (!o.error.empty()) out += fmt::format(", \"error\": {}", json_string(o.error));
    out += fmt::format(", \"won\": {}}}", o.won);
    first = false;
  }
  out += "], \"counted\": [";
  first = true;
  for (const auto& c : e.counted) {
    out += fmt::format("{}{{\"from\": \"{}\", \"to\": \"{}\"}}", first ? "" : ", ",
                       format_instant(c.from, zone), format_instant(c.to, zone));
    first = false;
  }
  out += "], \"counted_days\": [";
  first = true;
  for (auto d : e.counted_days) out += fmt::format("{}\"{}\"", std::exchange(first, false) ? "" : ", ", format_date(d));
  out += "], \"skipped\": [";
  first = true;
  for (const auto& s : e.skipped) {
    out += fmt::format("{}{{\"from\": \"{}\", \"to\": \"{}\", \"why\": \"{}\"{}}}", first ? "" : ", ",
                       format_date(s.from), format_date(s.to), to_string(s.kind),
                       s.name.empty() ? "" : fmt::format(", \"name\": {}", json_string(s.name)));
    first = false;
  }
  out += "], \"notes\": [";
  first = true;
  for (const auto& n : e.notes) out += (std::exchange(first, false) ? "" : ", ") + json_string(n);
  return out + "]}";
}

int run(const Globals& g, const Options& o) {
  const auto rules = load_rules(g);
  const auto cal = load_calendar(g);
  const auto zone = load_zone(g, rules.get());
  const auto& rs = *rules;
  const Ticket t = build_ticket(o, rs, zone, g.t());
  const DeadlineEngine engine{rs, *cal, zone, coverage(g)};
  std::vector<StageDeadline> results(rs.stages.size());
  engine.all(t, results);
  auto error_text = [&](const StageDeadline& r) { return stage_error_text(r.uncovered, r.error, *cal, g.t()); };
  // A stage that needs an uncovered day is an error for that stage only (as in check):
  // every other stage is still printed, and the exit code says something was missing.
  bool provisional = false;
  int errors = 0;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const auto& r = results[i];
    if (r.state == StageDeadline::State::error) {
      ++errors;
      // The --provisional hint only where it helps: a stage short of calendar coverage.
      fmt::print(stderr, "shixian: {}: {}{}\n", g.t().name("stage", rs.stages[i].id), error_text(r),
                 r.uncovered ? std::string_view(g.t()["error.use_provisional"]) : std::string_view());
    }
    provisional |= r.provisional;
  }
  // A stage's explanation as a JSON member, for any state but not_started.
  auto explanation = [&](std::size_t i) { return std::string(", \"explanation\": ") + explanation_json(explain(engine, t, rs.stage_at(i)), zone); };
  auto paused_target = [&](std::size_t i) -> const Target& {
    return rs.stages[i].targets[static_cast<std::size_t>(results[i].target)];
  };
  if (g.format != "text") {
    std::string out = fmt::format("{{\"profile\": {}, \"zone\": {}, \"class\": {}", json_string(rs.name),
                                  json_string(zone.name()),
                                  json_string(rs.classes[static_cast<std::size_t>(t.ticket_class)]));
    for (std::size_t f = 0; f < rs.flags.size(); ++f)
      out += fmt::format(", {}: {}", json_string(rs.flags[f]), t.has_flag(static_cast<int>(f)));
    out += fmt::format(", \"provisional\": {}, \"calendar_version\": {}, \"rule_set_version\": {}, \"stages\": {{",
                       provisional, json_string(cal->version()), json_string(rs.version));
    bool first = true;
    for (std::size_t i = 0; i < rs.stages.size(); ++i) {
      const auto& r = results[i];
      const auto& st = rs.stages[i];
      if (r.state == StageDeadline::State::paused) {
        out += fmt::format("{}\n  {}: {{\"start\": \"{}\", \"deadline\": null, \"paused\": true, \"clock\": \"{}\", "
                           "\"target\": {}, \"used\": \"{}\"}}",
                           first ? "" : ",", json_string(st.id), format_instant(r.start, zone),
                           to_string(paused_target(i).clock), json_string(paused_target(i).label),
                           format_on_clock(paused_target(i), r.used));
        if (o.explain) out.insert(out.size() - 1, explanation(i));  // inside the stage's object
        first = false;
        continue;
      }
      if (r.state == StageDeadline::State::error) {
        out += fmt::format("{}\n  {}: {{\"start\": \"{}\", \"deadline\": null, \"error\": {}}}",
                           first ? "" : ",", json_string(st.id), format_instant(r.start, zone),
                           json_string(r.error));
        if (o.explain) out.insert(out.size() - 1, explanation(i));  // inside the stage's object
        first = false;
        continue;
      }
      if (r.state != StageDeadline::State::computed) continue;
      const auto& target = st.targets[static_cast<std::size_t>(r.target)];
      out += fmt::format("{}\n  {}: {{\"start\": \"{}\", \"deadline\": \"{}\", \"clock\": \"{}\", \"target\": {}",
                         first ? "" : ",", json_string(st.id), format_instant(r.start, zone),
                         format_instant(r.deadline, zone), to_string(target.clock), json_string(target.label));
      if (st.contact)
        out += r.has_contact_by ? fmt::format(", \"contact_by\": \"{}\"", format_instant(r.contact_by, zone))
                                : std::string(", \"contact_by\": null");
      if (r.provisional) out += ", \"provisional\": true";
      if (o.explain) out += explanation(i);
      out += "}";
      first = false;
    }
    out += "\n}}";
    fmt::print("{}", g.json_document(out + "\n"));
    return errors ? 1 : 0;
  }
  const auto& tr = g.t();
  const auto cls = rs.classes[static_cast<std::size_t>(t.ticket_class)];
  std::string flags;
  for (std::size_t i = 0; i < rs.flags.size(); ++i)
    if (t.has_flag(static_cast<int>(i))) flags += " + " + std::string(tr.name("flag", rs.flags[i]));
  fmt::print("{}{}\n",
             tr.fill("deadlines.ticket", {std::string(tr.name("class", cls)) + flags, tr.name("event", rs.events.front()),
                                          when(g, t.event(0), zone, false), rs.name, zone.name()}),
             provisional ? paint(g, std::string(tr["deadlines.provisional_banner"]), 33, true) : "");
  // Columns: widths in terminal columns (Chinese terms are two columns a character).
  const std::size_t w_stage = 16, w_clock = 14, w_target = 11, w_time = g.zh() ? 24 : 18;
  auto row = [&](std::string_view a, std::string_view b, std::string_view c, std::string_view d) {
    return i18n::pad(a, w_stage) + " " + i18n::pad(b, w_clock) + " " + i18n::pad(c, w_target) + " " + i18n::pad(d, w_time) + " ";
  };
  auto stage_name = [&](const Stage& st) { return std::string(tr.name("stage", st.id)); };
  fmt::print("\n{}\n", paint(g, row(tr["deadlines.col_stage"], tr["deadlines.col_clock"], tr["deadlines.col_target"],
                                     tr["deadlines.col_start"]) +
                                     i18n::pad(tr["deadlines.col_deadline"], w_time) + " " +
                                     std::string(tr["deadlines.col_contact"]),
                               0, true));
  for (std::size_t i = 0; i < rs.stages.size(); ++i) {
    const auto& r = results[i];
    const auto& st = rs.stages[i];
    if (r.state == StageDeadline::State::paused) {
      const auto& pt = paused_target(i);
      fmt::print("{}{}\n", row(stage_name(st), i18n::clock_term(pt.clock, tr), i18n::span_text(pt.label, tr),
                               when(g, r.start, zone, false)),
                 paint(g, tr.fill("deadlines.paused", {i18n::span_text(format_on_clock(pt, r.used), tr)}), 33));
      continue;
    }
    if (r.state == StageDeadline::State::error) {
      // The engine's reason stays as it is (it names dates and the calendar); the
      // missing coverage is what an officer acts on, and the label says it is an error.
      fmt::print("{} {}\n", i18n::pad(stage_name(st), w_stage), paint(g, tr.fill("deadlines.error", {error_text(r)}), 31));
      continue;
    }
    if (r.state != StageDeadline::State::computed) {
      fmt::print("{} {}\n", i18n::pad(stage_name(st), w_stage),
                 paint(g, tr.fill("deadlines.not_started",
                                  {tr.name("event", rs.events[static_cast<std::size_t>(st.start_event)])}), 90));
      continue;
    }
    const auto& target = st.targets[static_cast<std::size_t>(r.target)];
    std::string contact;
    if (st.contact)
      contact = r.has_contact_by ? when(g, r.contact_by, zone, true) : std::string(tr["deadlines.contact_none"]);
    fmt::print("{}{}{}\n",
               row(stage_name(st), i18n::clock_term(target.clock, tr), i18n::span_text(target.label, tr),
                   when(g, r.start, zone, false)),
               paint(g, i18n::pad(when(g, r.deadline, zone, true), w_time), 36, true) + " " + contact,
               r.provisional ? " " + std::string(tr["explain.provisional"]) : "");
  }
  if (o.explain) {
    fmt::print("\n");
    // Every stage that started, a stage in error or paused too: an auditor asks most
    // why a stage has no deadline (which target needed which uncovered day).
    for (std::size_t i = 0; i < rs.stages.size(); ++i)
      if (results[i].state != StageDeadline::State::not_started)
        fmt::print("{}\n", describe(explain(engine, t, rs.stage_at(i)), zone, tr));
  } else {
    fmt::print("\n{}\n", tr["deadlines.hint_explain"]);
  }
  return errors ? 1 : 0;
}

const Registration reg{20, [](CLI::App& app, Globals& g, int& exit_code) {
  static Options o;
  auto* cmd = app.add_subcommand("deadlines", "Every stage's deadline for one ticket");
  cmd->add_option("--received", o.received,
                  "when the ticket was received: RFC 3339 (2026-11-20T17:45:00+08:00) or local "
                  "time in --zone (2026-11-20T17:45, '2026-11-20 17:45')")
      ->required();
  cmd->add_option("--class", o.ticket_class, "ticket class: ordinary or urgent (95580); default the "
                                              "rule set's first class")
      ->each([](const std::string&) { o.class_given = true; });
  cmd->add_flag("--unionpay", o.unionpay, "a UnionPay ticket (银联工单): total within 4 working days");
  cmd->add_option("--flag", o.flags, "set a rule-set flag by name (repeatable)");
  cmd->add_option("--tier2-received", o.tier2_received, "when the tier-2 branch received it "
                                                        "(starts branch_dispatch)");
  cmd->add_option("--resolved", o.resolved, "when the resolution was formed (starts reply)");
  cmd->add_option("--event", o.events, "any lifecycle event as NAME=TIME, e.g. "
                                       "hq_dispatched=2026-11-21T09:00 (repeatable)");
  cmd->add_flag("--explain", o.explain, "show why: targets, clock, counted and skipped days");
  add_choose_option(cmd, o.choose, g.t());
  cmd->footer(
      "Examples:\n"
      "  shixian deadlines --received 2026-11-20T17:45 --resolved 2026-11-24T16:00\n"
      "  shixian deadlines --received '2026-09-30 17:10' --class urgent --explain\n"
      "  shixian deadlines --received 2026-02-13T15:00 --class urgent --unionpay --format json\n"
      "  shixian deadlines --received 2026-12-28T10:00 --provisional   # needs 2027: marked\n"
      "  shixian --zone Europe/London deadlines --received 2026-03-27T16:00\n"
      "A stage whose start event is not given is left out. Deadlines are met when the act\n"
      "happens at or before them. Exit 1 names any rejected value.");
  cmd->callback([&g, &exit_code] { exit_code = run(g, o); });
}};

}  // namespace
}  // namespace shixian::cli
