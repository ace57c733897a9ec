// `shixian archive`: how long a closed ticket's record must be kept.
#include <fmt/format.h>

#include "context.hpp"
#include "shixian/i18n/text.hpp"
#include "shixian/error.hpp"
#include "shixian/handling/archive.hpp"
#include "shixian/time/text.hpp"

namespace shixian::cli {
namespace {

const Registration reg{60, [](CLI::App& app, Globals& g, int&) {
  static std::string closed, now;
  static int years = -1;  // -1: the rule set's
  auto* cmd = app.add_subcommand("archive", "Retention of a closed ticket's record (档案, Civil Code art. 202)");
  cmd->add_option("--closed", closed, "when the ticket was closed: a date or a timestamp")->required();
  cmd->add_option("--years", years, "retention in years, 1..100 (default: the rule set's, 10)")
      ->check(whole_number(1, 100, g.t()));
  cmd->add_option("--now", now, "also say whether the record is past retention as of this date");
  cmd->footer("The period ends on the same date N years on; for 29 February, on the last day of\n"
              "February. The record may be destroyed from the day after.\n"
              "Examples:\n"
              "  shixian archive --closed 2028-02-29          # kept until 2038-02-28\n"
              "  shixian archive --closed 2016-05-20T10:00 --now 2026-11-23 --format json\n");
  cmd->callback([&g] {
    const auto rules = load_rules(g);
    const auto zone = load_zone(g, rules.get());
    const int n = years >= 0 ? years : rules->archive_years;
    if (n < 1 || n > 100) throw InputError(fmt::format("{} is not a valid number of years (expected 1..100)", n));
    // Only the date matters here: a local time's date is taken as written (a DST gap or
    // overlap changes the instant, never the date), so no choice is needed.
    auto as_date = [&](const std::string& text) {
      if (text.size() == 10) return parse_date(text);
      std::string why;
      const auto f = parse_timestamp_fields(text, &why);
      if (f && !f->offset) return date_of(f->local);
      return date_of(zone.to_local(parse_instant(text, zone)));
    };
    const Date c = as_date(closed);
    const Date until = retention_end(c, n);
    std::optional<bool> past;
    if (!now.empty()) past = as_date(now) > until;
    if (g.format != "text") {
      fmt::print("{{\"closed\": \"{}\", \"years\": {}, \"retained_until\": \"{}\", \"destroy_from\": \"{}\"{}}}\n",
                 format_date(c), n, format_date(until), format_date(until + days{1}),
                 past ? fmt::format(", \"past_retention\": {}", *past) : "");
      return;
    }
    const auto& t = g.t();
    const auto day = [&](Date d) { return i18n::format_date(d, g.lang); };
    fmt::print("{}{}\n", t.fill("archive.text", {day(c), day(until), std::to_string(n), day(until + days{1})}),
               past ? t[*past ? "archive.past" : "archive.within"] : "");
  });
}};

}  // namespace
}  // namespace shixian::cli
