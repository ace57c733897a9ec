#pragma once
// What the commands share: loading the calendar, the zone and the rule set named by
// the global options, and writing JSON values.
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "command.hpp"
#include "shixian/audit/ignored_fields.hpp"
#include "shixian/calendar/calendar.hpp"
#include "shixian/error.hpp"
#include "shixian/rules/rule_set.hpp"
#include "shixian/time/zone.hpp"

namespace shixian::cli {

// Options that cannot go together, or one that needs another (--by without --report):
// bad usage, exit 2 (CONTRACT.md), where a well-formed option with a bad value is a
// rejected input, exit 1.
class UsageError : public InputError {
 public:
  using InputError::InputError;
};


// The built-in calendar with every --calendar file merged in, in order.
CalendarPtr load_calendar(const Globals& g);
// The built-in calendar with these files (or built-in names: settlement) merged in.
CalendarPtr load_calendar(const std::vector<std::string>& calendar_files);
// --calendar's calendar with one more file (or built-in name) loaded over it.
CalendarPtr load_calendar_plus(const Globals& g, const std::string& extra);
// The rule set named by --rules (a built-in name or a file), default 95580.
RuleSetPtr load_rules(const Globals& g);
// --zone, or the rule set's own zone when not given.
Zone load_zone(const Globals& g, const RuleSet* rules = nullptr);
inline Coverage coverage(const Globals& g) {
  return g.provisional ? Coverage::provisional : Coverage::strict;
}
// A deadline or start as text in the chosen language (a day's end as 24:00).
std::string when(const Globals& g, Instant t, const Zone& zone, bool deadline);
// Validators that name the value and what is allowed (CLI11's own let "-1" into an
// unsigned and NaN into a range):
//   --worst: '-1' is not a whole number in 0..10000
//   --at-risk: 'nan' is not a share in (0, 1], e.g. 0.75
// Worded in `t`, which must outlive the parse (the CLI's terms live as long as main).
CLI::Validator whole_number(long long lo, long long hi, const i18n::Terms& t);
// whole_number for a year or a month, also as Chinese writes it with its unit (2026年, 10月
// with unit "年" or "月"): give it with transform(), which passes the number on.
CLI::Validator year_or_month(long long lo, long long hi, std::string_view unit, const i18n::Terms& t);
CLI::Validator share_above_zero(const i18n::Terms& t);
// One of `values`, exactly; else, in the chosen language, what was given, the values and
// the one probably meant ("'earlist' is not one of: reject, earliest, latest; did you mean
// 'earliest'?"), where CLI11 says "earlist not in {reject,earliest,latest}" in English.
CLI::Validator one_of(std::vector<std::string> values, const i18n::Terms& t);
// A stage's error in the chosen language: one for want of calendar coverage is worded
// from its facts (i18n::uncovered_text), any other is the engine's own text.
// A rejected input line for a person (--format text), in the language of the terms:
//   f.jsonl 第2行（工单 B2）无法读取：时间格式错误：received: '2026-10-32T09:00' …
//   f.jsonl:2: id B2: received: '2026-10-32T09:00' …
// `file` "" for stdin, `id` "" when the line gave none. Terminal-safe.
std::string bad_line_for_people(const Globals& g, std::string_view file, std::size_t line, std::string_view id,
                                std::string_view error);

std::string stage_error_text(const Uncovered& uncovered, const std::string& error, const Calendar& cal,
                             const i18n::Terms& t);
// "1234567" -> "1,234,567"
std::string grouped(std::uint64_t n);
// Fields the input lines carried that the command does not read, named on stderr with
// the field probably meant (a misspelt "clas" would otherwise read as absent, silently):
// the most frequent first, ten at most, through terminal_safe. `note(name, count)`
// words one name's line; `skip` names a field that is read after all (check --by).
void report_ignored(const audit::IgnoredFields& ignored, std::span<const std::string> known, const i18n::Terms& tr,
                    const std::function<std::string(const std::string& name, const std::string& count, std::uint64_t n)>& note,
                    std::string_view skip = {});
// The same for a command without a rule set in its wording (classify, callback).
void report_ignored(const audit::IgnoredFields& ignored, std::span<const std::string> known, const i18n::Terms& tr,
                    std::string_view command);
// Refuses (UsageError) an output file that is one of the command's inputs: `--report
// tickets.jsonl` replaced the tickets with the HTML page. `inputs`: the name each input
// is said by ("-" for stdin), with its file descriptor, or -1 to look it up by name.
void refuse_output_over_input(const Globals& g, std::string_view option, const std::string& output,
                              const std::vector<std::pair<std::string, int>>& inputs);
// --max-line for a command that reads JSON Lines: the longest line kept (io::LineReader),
// in bytes or with a k or M suffix (KiB, MiB), 64..1024M, default 8M. The help says what
// happens past it, in the same words for check, classify and callback.
void add_max_line_option(CLI::App* cmd, std::size_t& max_line, const i18n::Terms& t);
// --choose for a command that reads local times: how one in a DST gap or overlap is read,
// by the library's names for the readings (kChooseNames), default reject.
void add_choose_option(CLI::App* cmd, Choose& choose, const i18n::Terms& t);
// Adds to every option of `app` and its subcommands that takes a value a check that
// rejects an empty one (`--now ''` must not fall back to the wall clock).
void reject_empty_values(CLI::App& app, const i18n::Terms& t);
// Before CLI11 parses: an unknown option before the command, or an unknown command or
// subcommand, is named with the likely intended one, and a missing command or
// subcommand with the choices (exit 2). Returns the exit code, or -1 when the words
// are fine.
int check_command_words(CLI::App& app, int argc, char** argv, const i18n::Terms& t);
// `s` for a terminal (io::terminal_safe, the one escaping of input-derived text on
// stderr): control characters from input (ESC sequences) are shown, never acted on.
std::string printable(std::string_view s);
// A JSON string literal, escaped.
std::string json_string(std::string_view s);
// ANSI colour when stdout is a terminal, nothing otherwise.
std::string paint(const Globals& g, std::string_view text, int colour, bool bold = false);

}  // namespace shixian::cli
