// `shixian contact plan|check`: contact attempts for an unreachable customer.
#include <fmt/format.h>

#include "context.hpp"
#include "shixian/i18n/text.hpp"
#include "shixian/i18n/words.hpp"
#include "shixian/error.hpp"
#include "shixian/handling/contact.hpp"
#include "shixian/time/text.hpp"

namespace shixian::cli {
namespace {

struct Options {
  std::string from, now;
  std::vector<std::string> attempts;
  int count = -1;  // -1: the rule set's
  std::string within;
  Choose choose = Choose::reject;
};


ContactPolicy policy(const RuleSet& rs, const Options& o, const i18n::Terms& t) {
  auto p = ContactPolicy::from(rs);
  if (o.count != -1) {
    if (o.count < 1 || o.count > 20)
      throw InputError(fmt::format("{} is not a valid number of attempts (expected 1..20)", o.count));
    p.attempts = o.count;
  }
  if (!o.within.empty()) {
    p.within = parse_duration(o.within);
    if (p.within <= Duration{0}) throw InputError("--within: " + t.fill("error.not_positive_duration", {o.within}));
    if (p.within > std::chrono::hours{24 * 3650})
      throw InputError("--within: " + t.fill("error.over_ten_years", {o.within}));
  }
  return p;
}

std::string instants_json(const std::vector<Instant>& v, const Zone& z) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += fmt::format("{}\"{}\"", i ? ", " : "", format_instant(v[i], z));
  return out + "]";
}

const Registration reg{50, [](CLI::App& app, Globals& g, int& exit_code) {
  static Options o;
  auto* cmd = app.add_subcommand("contact", "Contact attempts for an unreachable customer (未能及时联系到客户)");
  cmd->require_subcommand(1);
  cmd->footer("A customer counts as unreachable after at least 3 recorded attempts within 48h of the\n"
              "first (rule-set [contact]; --attempts and --within override), outside quiet hours.\n"
              "Examples:\n"
              "  shixian contact plan --from 2026-11-20T17:30\n"
              "  shixian contact check --attempt 2026-11-20T09:00 --attempt 2026-11-20T19:30\n");
  auto common = [&g](CLI::App* c) {
    c->add_option("--attempts", o.count, "attempts needed, 1..20 (default: the rule set's, 3)")
        ->check(whole_number(1, 20, g.t()));
    c->add_option("--within", o.within, "window from the first attempt, e.g. 48h (default: the rule set's)");
    add_choose_option(c, o.choose, g.t());
  };
  auto* plan = cmd->add_subcommand("plan", "Propose attempt times from a start, outside quiet hours, spread out");
  plan->add_option("--from", o.from, "earliest time of the first attempt")->required();
  common(plan);
  plan->callback([&g] {
    const auto rules = load_rules(g);
    const auto zone = load_zone(g, rules.get());
    const auto p = policy(*rules, o, g.t());
    const auto result = plan_contact(parse_instant(o.from, zone, o.choose), p, zone);
    if (g.format != "text") {
      fmt::print("{{\"attempts\": {}, \"window_end\": \"{}\"}}\n", instants_json(result.attempts, zone),
                 format_instant(result.window_end, zone));
      return;
    }
    const auto& t = g.t();
    fmt::print("{}\n", t.fill("contact.plan", {std::to_string(p.attempts), i18n::span_text(format_duration(p.within), t),
                                               format_time_of_day(p.quiet.from), format_time_of_day(p.quiet.to),
                                               zone.name()}));
    for (std::size_t i = 0; i < result.attempts.size(); ++i)
      fmt::print("  {}. {}\n", i + 1, i18n::format_moment(result.attempts[i], zone, g.lang));
    fmt::print("{}\n", t.fill("contact.window_ends", {i18n::format_moment(result.window_end, zone, g.lang)}));
  });
  auto* check = cmd->add_subcommand("check", "Check recorded attempts: too few, outside the window, in quiet hours");
  check->add_option("--attempt", o.attempts, "a recorded attempt time (repeatable)")->required();
  check->add_option("--now", o.now, "as of this time: suggestions start no earlier");
  common(check);
  check->callback([&g, &exit_code] {
    const auto rules = load_rules(g);
    const auto zone = load_zone(g, rules.get());
    const auto p = policy(*rules, o, g.t());
    std::vector<Instant> at;
    for (const auto& a : o.attempts) at.push_back(parse_instant(a, zone, o.choose));
    const auto r = check_contact(at, p, zone, o.now.empty() ? Instant::max() : parse_instant(o.now, zone, o.choose));
    if (g.format != "text") {
      std::string issues = "[";
      for (std::size_t i = 0; i < r.issues.size(); ++i) {
        static constexpr const char* kinds[] = {"too_few", "outside_window", "quiet_hours", "duplicate"};
        issues += fmt::format("{}{{\"kind\": \"{}\", {}\"message\": {}}}", i ? ", " : "", kinds[r.issues[i].kind],
                              r.issues[i].attempt >= 0 ? fmt::format("\"attempt\": {}, ", r.issues[i].attempt + 1) : "",
                              json_string(r.issues[i].message));
      }
      fmt::print("{{\"satisfied\": {}, \"recorded\": {}, \"within_window\": {}, \"required\": {}, \"window_end\": \"{}\", "
                 "\"issues\": {}], \"suggested\": {}}}\n",
                 r.satisfied, r.recorded, r.within_window, p.attempts, format_instant(r.window_end, zone), issues,
                 instants_json(r.suggested, zone));
    } else {
      const auto& t = g.t();
      fmt::print("{}\n", t.fill("contact.counted", {r.satisfied ? paint(g, t["contact.met"], 32, true)
                                                                : paint(g, t["contact.not_met"], 33, true),
                                                    std::to_string(r.within_window), std::to_string(p.attempts),
                                                    i18n::span_text(format_duration(p.within), t)}));
      for (const auto& i : r.issues) fmt::print("  - {}\n", i18n::contact_issue_text(i, r, p, zone, t));
      for (const auto& s : r.suggested) fmt::print("  {}\n", t.fill("contact.suggest", {i18n::format_moment(s, zone, g.lang)}));
    }
    // A check that finds the rule unmet is an answer, not an error: exit 0 either way.
    exit_code = 0;
  });
}};

}  // namespace
}  // namespace shixian::cli
