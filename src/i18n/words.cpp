// The library's values in words: see include/shixian/i18n/words.hpp.
#include "shixian/i18n/words.hpp"

#include <string>

#include "shixian/i18n/text.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace i18n {

std::string_view day_term(DayKind k, const Terms& terms) {
  switch (k) {
    case DayKind::weekday: return terms["day.weekday"];
    case DayKind::weekend: return terms["day.weekend"];
    case DayKind::holiday: return terms["day.holiday"];
    case DayKind::makeup: return terms["day.makeup"];
    case DayKind::closed: return terms["day.closed"];
    case DayKind::opened: return terms["day.opened"];
    case DayKind::uncovered: return terms["day.uncovered"];
  }
  return terms["day.weekday"];
}

std::string_view status_term(audit::Status s, const Terms& terms) {
  // The status names are the JSON ones (audit::to_string): one list, two uses.
  std::string key = "status.";
  key += audit::to_string(s);
  return terms[key];
}

std::string_view clock_term(ClockKind c, const Terms& terms) {
  std::string key = "clock.";
  key += to_string(c);
  return terms[key];
}

std::string uncovered_text(const Uncovered& u, std::string_view id, Date first, Date last, const Terms& terms) {
  const Lang lang = terms.lang();
  const std::string range = terms.fill("error.coverage", {format_date(first, lang), format_date(last, lang)});
  if (u.kind == Uncovered::count)
    return terms.fill("error.uncovered_count",
                      {std::to_string(u.n), format_date(u.date, lang), format_date(last, lang), id, range,
                       std::to_string(static_cast<int>(date::year_month_day{last}.year()) + 1)});
  return terms.fill("error.uncovered_day", {format_date(u.date, lang), id, range,
                                            std::to_string(static_cast<int>(date::year_month_day{u.date}.year()))});
}

std::string condition_text(const Target& t, const Terms& terms) {
  // The rule-set loader writes conditions as "class C" and "flag F" joined by ", "
  // (rules/rule_set_file.cpp), or "every ticket": reworded part by part.
  if (t.condition == "every ticket") return std::string(terms["explain.every_ticket"]);
  std::string out;
  std::string_view rest = t.condition;
  while (!rest.empty()) {
    const auto comma = rest.find(", ");
    const auto part = rest.substr(0, comma);
    if (!out.empty()) out += terms.lang() == Lang::zh ? "、" : ", ";
    if (part.starts_with("class ")) out += terms.fill("explain.class_condition", {terms.name("class", part.substr(6))});
    else if (part.starts_with("flag ")) out += terms.fill("explain.flag_condition", {terms.name("flag", part.substr(5))});
    else if (part.starts_with("event ")) out += terms.fill("explain.event_condition", {terms.name("event", part.substr(6))});
    else out += part;
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 2);
  }
  return out;
}

std::string span_text(std::string_view span, const Terms& terms) {
  std::string out;
  std::size_t i = 0;
  while (i < span.size()) {
    const std::size_t num = i;
    while (i < span.size() && ((span[i] >= '0' && span[i] <= '9') || span[i] == '.' || span[i] == '-')) ++i;
    const std::size_t unit = i;
    while (i < span.size() && span[i] >= 'a' && span[i] <= 'z') ++i;
    const auto n = span.substr(num, unit - num), u = span.substr(unit, i - unit);
    const char* key = u == "wd" ? "span.working_days" : u == "d" ? "span.days" : u == "h" ? "span.hours"
                    : u == "m" ? "span.minutes" : u == "s" ? "span.seconds" : nullptr;
    if (n.empty() || key == nullptr) return std::string(span);  // not a span: as is
    out += terms.fill(key, {n});
  }
  return out;
}

std::string contact_issue_text(const ContactIssue& issue, const ContactCheck& check, const ContactPolicy& policy,
                               const Zone& zone, const Terms& terms) {
  const auto at = [&](Instant t) { return format_moment(t, zone, terms.lang()); };
  const auto window = span_text(format_duration(policy.within), terms);
  const auto required = std::to_string(policy.attempts), counted = std::to_string(check.within_window);
  const auto n = std::to_string(issue.attempt + 1);
  const auto attempt = [&] { return at(check.sorted.at(static_cast<std::size_t>(issue.attempt))); };
  switch (issue.kind) {
    case ContactIssue::duplicate:
      return terms.fill("contact.duplicate", {n, attempt()});
    case ContactIssue::outside_window:
      return terms.fill("contact.outside_window", {n, attempt(), at(check.window_end), window});
    case ContactIssue::quiet_hours:
      return terms.fill("contact.quiet_hours", {n, attempt(), format_time_of_day(policy.quiet.from) + "-" +
                                                                   format_time_of_day(policy.quiet.to)});
    case ContactIssue::too_few:
      break;
  }
  if (check.recorded == 0) return terms.fill("contact.none_recorded", {required, window});
  // Enough suggestions left before the window closes: say how many more and by when;
  // otherwise the window has (in effect) closed on these attempts.
  const int missing = policy.attempts - check.within_window;
  if (static_cast<int>(check.suggested.size()) >= missing)
    return terms.fill("contact.too_few", {counted, required, window, at(check.first), std::to_string(missing),
                                          at(check.window_end)});
  return terms.fill("contact.window_closed", {counted, required, window, at(check.first), at(check.window_end)});
}

std::string_view weekday_term(unsigned iso_weekday, const Terms& terms) {
  static constexpr const char* keys[] = {"weekday.mon", "weekday.tue", "weekday.wed", "weekday.thu",
                                         "weekday.fri", "weekday.sat", "weekday.sun"};
  return terms[keys[(iso_weekday + 6) % 7]];
}

}  // namespace i18n
SHIXIAN_NAMESPACE_END
