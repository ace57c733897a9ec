// `shixian rules`: the built-in rule sets, and what a rule set says.
#include <fmt/format.h>

#include "context.hpp"
#include "shixian/data/embedded.hpp"
#include "shixian/i18n/text.hpp"
#include "shixian/i18n/words.hpp"
#include "shixian/time/text.hpp"

namespace shixian::cli {
namespace {

// Labels and names in the chosen language (--lang zh: 环节 总行流转, 工作时段 …); the
// identifiers stay beside the names, since a rule file and --rules refer to them.
void describe(const RuleSet& rs, const i18n::Terms& tr) {
  const auto label = [&](std::string_view key) { return i18n::pad(tr[fmt::format("rules.{}", key)], 14); };
  const auto named = [&](std::string_view table, std::string_view id) {
    const auto name = tr.name(table, id);
    return name == id ? std::string(id) : fmt::format("{} ({})", name, id);
  };
  // In a stage's line and a pause the events are named only: the events line gives their ids.
  const auto short_name = [&](std::string_view table, std::string_view id) { return std::string(tr.name(table, id)); };
  const auto list = [&](std::string_view table, const std::vector<std::string>& ids, std::string_view sep) {
    std::vector<std::string> out;
    for (const auto& id : ids) out.push_back(named(table, id));
    return fmt::format("{}", fmt::join(out, sep));
  };
  const auto event = [&](int e) { return short_name("event", rs.events[static_cast<std::size_t>(e)]); };
  const std::string_view sep = tr.lang() == i18n::Lang::zh ? "；" : "; ";
  fmt::print("{} — {}\n", rs.name, rs.title);
  if (!rs.source.empty()) fmt::print("  {}{}\n", label("source"), rs.source);
  fmt::print("  {}{}\n  {}{}\n  {}{}\n", label("version"), rs.version, label("zone"), rs.default_zone, label("classes"),
             list("class", rs.classes, ", "));
  if (!rs.flags.empty()) fmt::print("  {}{}\n", label("flags"), list("flag", rs.flags, ", "));
  fmt::print("  {}{}\n", label("events"), list("event", rs.events, " -> "));
  if (rs.quiet.enabled)
    fmt::print("  {}{}-{}\n", label("quiet"), format_time_of_day(rs.quiet.from), format_time_of_day(rs.quiet.to));
  for (const auto& s : rs.schedules) {
    std::vector<std::string> w;
    for (const auto& x : s.windows) w.push_back(format_time_of_day(x.open) + "-" + format_time_of_day(x.close));
    fmt::print("  {}{}\n", label("schedule"),
               tr.fill("rules.schedule_line", {s.id, fmt::format("{}", fmt::join(w, ", ")),
                                               tr[s.working_days_only ? "rules.working_days" : "rules.every_day"]}));
  }
  const std::string indent(18, ' ');
  for (const auto& st : rs.stages) {
    fmt::print("  {}{} ({} -> {}){}\n", label("stage"), named("stage", st.id), event(st.start_event),
               event(st.end_event), st.source.empty() ? "" : "  [" + st.source + "]");
    for (const auto& t : st.targets) {
      std::string how = i18n::condition_text(t, tr);
      if (t.cutoff) how += std::string(sep) + tr.fill("rules.cutoff", {format_time_of_day(*t.cutoff)});
      if (t.roll == Roll::next_working_day) how += std::string(sep) + std::string(tr[t.roll_holidays_only ? "rules.roll_holidays" : "rules.roll"]);
      fmt::print("{}{} {} {}\n", indent, i18n::pad(i18n::span_text(t.label, tr), 10),
                 i18n::pad(i18n::clock_term(t.clock, tr), 14), how);
    }
    if (st.latest_wins && st.targets.size() > 1) fmt::print("{}{}\n", indent, tr["rules.latest"]);
    for (const auto& p : st.pauses) fmt::print("{}{}\n", indent, tr.fill("rules.paused", {event(p.pause_event), event(p.resume_event)}));
  }
}

const Registration reg{80, [](CLI::App& app, Globals& g, int&) {
  static std::string name;
  static bool source = false;
  auto* cmd = app.add_subcommand("rules", "The built-in rule sets, or what one rule set says");
  cmd->add_option("NAME", name, "a built-in name or a TOML file (default: list the built-in ones)");
  cmd->add_flag("--source", source, "print the rule set's file as written (a starting point for your own)");
  cmd->footer("Examples:\n"
              "  shixian rules                       # list\n"
              "  shixian rules 95580                 # stages, clocks and targets\n"
              "  shixian rules 95580 --source > my-bank.toml   # then edit, and use --rules my-bank.toml\n");
  cmd->callback([&g] {
    if (name.empty()) {
      for (const auto& n : builtin_rule_sets()) {
        const auto rs = load_rule_set(n);
        fmt::print("{:<22} {}\n", n, rs->title);
      }
      return;
    }
    if (source) {
      if (auto text = data::embedded("rules/" + name + ".toml")) {
        fmt::print("{}", *text);
        return;
      }
    }
    const auto rs = load_rule_set(name);
    describe(*rs, g.t());
  });
}};

}  // namespace
}  // namespace shixian::cli
