#pragma once
// What the commands share: loading the calendar, the zone and the rule set named by
// the global options, and writing JSON values.
#include <string>
#include <string_view>

#include "command.hpp"
#include "shixian/calendar/calendar.hpp"
#include "shixian/error.hpp"
#include "shixian/rules/rule_set.hpp"
#include "shixian/time/zone.hpp"

namespace shixian::cli {

// The built-in calendar with every --calendar file merged in, in order.
CalendarPtr load_calendar(const Globals& g);
// The rule set named by --rules (a built-in name or a file), default 95580.
RuleSetPtr load_rules(const Globals& g);
// --zone, or the rule set's own zone when not given.
Zone load_zone(const Globals& g, const RuleSet* rules = nullptr);
inline Coverage coverage(const Globals& g) {
  return g.provisional ? Coverage::provisional : Coverage::strict;
}
// An UnknownName's message in the chosen language (English: its own message).
std::string unknown_name_text(const UnknownName& e, const i18n::Terms& t);
// A deadline or start as text in the chosen language (a day's end as 24:00).
std::string when(const Globals& g, Instant t, const Zone& zone, bool deadline);
// A JSON string literal, escaped.
std::string json_string(std::string_view s);
// ANSI colour when stdout is a terminal, nothing otherwise.
std::string paint(const Globals& g, std::string_view text, int colour, bool bold = false);

}  // namespace shixian::cli
