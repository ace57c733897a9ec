// `shixian rules`: the built-in rule sets, and what a rule set says.
#include <fmt/format.h>

#include "context.hpp"
#include "shixian/data/embedded.hpp"
#include "shixian/time/text.hpp"

namespace shixian::cli {
namespace {

void describe(const RuleSet& rs) {
  fmt::print("{} — {}\n", rs.name, rs.title);
  if (!rs.source.empty()) fmt::print("  source        {}\n", rs.source);
  fmt::print("  version       {}\n  zone          {}\n  classes       {}\n", rs.version, rs.default_zone,
             fmt::join(rs.classes, ", "));
  if (!rs.flags.empty()) fmt::print("  flags         {}\n", fmt::join(rs.flags, ", "));
  fmt::print("  events        {}\n", fmt::join(rs.events, " -> "));
  if (rs.quiet.enabled)
    fmt::print("  quiet hours   {}-{}\n", format_time_of_day(rs.quiet.from), format_time_of_day(rs.quiet.to));
  for (const auto& s : rs.schedules) {
    std::vector<std::string> w;
    for (const auto& x : s.windows) w.push_back(format_time_of_day(x.open) + "-" + format_time_of_day(x.close));
    fmt::print("  schedule      {}: {} on {}\n", s.id, fmt::join(w, ", "), s.working_days_only ? "working days" : "every day");
  }
  for (const auto& st : rs.stages) {
    fmt::print("  stage         {} ({} -> {}){}\n", st.id, rs.events[static_cast<std::size_t>(st.start_event)],
               rs.events[static_cast<std::size_t>(st.end_event)], st.source.empty() ? "" : "  [" + st.source + "]");
    for (const auto& t : st.targets)
      fmt::print("                  {:<6} {:<14} {}\n", t.label, to_string(t.clock), t.condition);
    for (const auto& p : st.pauses)
      fmt::print("                  paused from {} to {}\n", rs.events[static_cast<std::size_t>(p.pause_event)],
                 rs.events[static_cast<std::size_t>(p.resume_event)]);
  }
}

const Registration reg{80, [](CLI::App& app, Globals&, int&) {
  static std::string name;
  static bool source = false;
  auto* cmd = app.add_subcommand("rules", "The built-in rule sets, or what one rule set says");
  cmd->add_option("NAME", name, "a built-in name or a TOML file (default: list the built-in ones)");
  cmd->add_flag("--source", source, "print the rule set's file as written (a starting point for your own)");
  cmd->footer("Examples:\n"
              "  shixian rules                       # list\n"
              "  shixian rules 95580                 # stages, clocks and targets\n"
              "  shixian rules 95580 --source > my-bank.toml   # then edit, and use --rules my-bank.toml\n");
  cmd->callback([] {
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
    describe(*rs);
  });
}};

}  // namespace
}  // namespace shixian::cli
