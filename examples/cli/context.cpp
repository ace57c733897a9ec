#include "context.hpp"

#include <fmt/format.h>

#include "shixian/calendar/calendar_file.hpp"
#include "shixian/i18n/text.hpp"
#include "shixian/io/line_reader.hpp"

namespace shixian::cli {

CalendarPtr load_calendar(const Globals& g) {
  if (g.calendar_files.empty()) return default_calendar();
  auto b = CalendarBuilder::with_defaults();
  for (const auto& f : g.calendar_files) b.load_file(f);
  return b.build();
}

RuleSetPtr load_rules(const Globals& g) {
  return g.rules_file.empty() ? default_rule_set() : load_rule_set(g.rules_file);
}

Zone load_zone(const Globals& g, const RuleSet* rules) {
  if (g.zone.empty()) return Zone::locate(rules ? rules->default_zone : "Asia/Shanghai");
  return Zone::locate(g.zone);
}

std::string unknown_name_text(const UnknownName& e, const i18n::Terms& t) {
  if (t.lang() == i18n::Lang::en) return e.what();
  const auto& d = e.detail();
  std::string names;
  for (const auto& v : d.valid) names += (names.empty() ? "" : "、") + std::string(t.name(e.kind(), v)) + (t.name(e.kind(), v) == v ? "" : "(" + v + ")");
  std::string out = t.fill("error.unknown_name", {t["error.kind_" + e.kind()], d.value, d.file, names});
  if (!d.suggestion.empty()) out += t.fill("error.did_you_mean", {d.suggestion});
  return out;
}

std::string when(const Globals& g, Instant t, const Zone& zone, bool deadline) {
  return i18n::format_local(t, zone, g.lang, deadline ? i18n::Midnight::end_of_day : i18n::Midnight::start_of_day);
}

std::string json_string(std::string_view s) { return io::json_string(s); }

std::string paint(const Globals& g, std::string_view text, int colour, bool bold) {
  if (!g.color) return std::string(text);
  return fmt::format("\x1b[{}{}m{}\x1b[0m", bold ? "1;" : "", colour, text);
}

}  // namespace shixian::cli
