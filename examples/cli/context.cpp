#include "context.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fmt/format.h>

#include <filesystem>
#include <sys/stat.h>
#include <optional>

#include "shixian/audit/summary.hpp"
#include "shixian/calendar/calendar_file.hpp"
#include "shixian/classify/numerals.hpp"
#include "shixian/data/embedded.hpp"
#include "shixian/i18n/text.hpp"
#include "shixian/i18n/words.hpp"
#include "shixian/io/line_reader.hpp"
#include "shixian/rules/names.hpp"

namespace shixian::cli {

CalendarPtr load_calendar(const Globals& g) { return load_calendar(g.calendar_files); }

CalendarPtr load_calendar_plus(const Globals& g, const std::string& extra) {
  auto files = g.calendar_files;
  files.push_back(extra);
  return load_calendar(files);
}

CalendarPtr load_calendar(const std::vector<std::string>& calendar_files) {
  if (calendar_files.empty()) return default_calendar();
  // A built-in name (settlement) where no such file exists loads the embedded data file.
  auto builtin = [](const std::string& f) {
    return f.find('/') == std::string::npos && !std::filesystem::exists(f)
               ? data::embedded("calendars/" + f + ".cal")
               : std::nullopt;
  };
  if (calendar_files.size() == 1)
    if (auto cal = builtin_calendar(calendar_files[0])) return cal;
  auto b = CalendarBuilder::with_defaults();
  for (const auto& f : calendar_files) {
    if (const auto text = builtin(f)) b.load(*text, "built-in " + f + ".cal");
    else b.load_file(f);
  }
  return b.build();
}

RuleSetPtr load_rules(const Globals& g) {
  auto rs = g.rules_file.empty() ? default_rule_set() : load_rule_set(g.rules_file);
  // A --terms file's names of a bank's own stages, classes, flags and events are open
  // tables (one file may serve several rule sets), so any id is taken; but one that nearly
  // spells an id of this rule set that has no term of its own is a misspelling, and the
  // stage would show its bare id in silence (investigaton for investigation).
  if (!g.terms_file.empty()) {
    std::vector<std::string> stage_ids;
    for (const auto& st : rs->stages) stage_ids.push_back(st.id);
    const std::pair<std::string_view, const std::vector<std::string>*> tables[] = {
        {"stage", &stage_ids}, {"class", &rs->classes}, {"flag", &rs->flags}, {"event", &rs->events}};
    for (const auto& [table, list] : tables) {
      const auto& ids = *list;
      const std::string prefix = std::string(table) + ".";
      std::vector<std::string> unnamed;  // ids of this rule set with no term of their own
      for (const auto& id : ids)
        if (!g.t().all().contains(prefix + id)) unnamed.push_back(id);
      for (const auto& [key, value] : g.t().all()) {
        if (!key.starts_with(prefix)) continue;
        const auto id = std::string_view(key).substr(prefix.size());
        if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
        if (const auto hint = did_you_mean(id, unnamed); !hint.empty())
          throw InputError(fmt::format("--terms {}: [{}] {} names no {} of rule set {} (its {}s: {}){}", g.terms_file,
                                       table, id, table, rs->name, table, fmt::join(ids, ", "), hint));
      }
    }
  }
  return rs;
}

Zone load_zone(const Globals& g, const RuleSet* rules) {
  if (g.zone.empty()) return Zone::locate(rules ? rules->default_zone : "Asia/Shanghai");
  return Zone::locate(g.zone);
}

std::string bad_line_for_people(const Globals& g, std::string_view file, std::size_t line, std::string_view id,
                                std::string_view error) {
  const auto& t = g.t();
  const bool zh = t.lang() == i18n::Lang::zh;  // "f.jsonl 第2行", "f.jsonl:2", "line 2"
  const std::string at = file.empty() ? std::string(zh ? "" : "line ") : std::string(file) + (zh ? " " : ":");
  const std::string words = audit::bad_line_words(error, t);
  return printable(id.empty() ? t.fill("check.bad_line_no_id", {at, std::to_string(line), words})
                              : t.fill("check.bad_line", {at, std::to_string(line), std::string(id), words}));
}

std::string when(const Globals& g, Instant t, const Zone& zone, bool deadline) {
  return i18n::format_local(t, zone, g.lang, deadline ? i18n::Midnight::end_of_day : i18n::Midnight::start_of_day);
}

std::string json_string(std::string_view s) { return io::json_string(s); }

std::string printable(std::string_view s) { return io::terminal_safe(s); }

CLI::Validator whole_number(long long lo, long long hi, const i18n::Terms& t) {
  return CLI::Validator(
      [lo, hi, &t](std::string& text) -> std::string {
        const auto fail = t.fill("error.not_whole_number", {text, std::to_string(lo), std::to_string(hi)});
        long long v = 0;
        const auto* end = text.data() + text.size();
        const auto [p, ec] = std::from_chars(text.data(), end, v);
        if (text.empty() || ec != std::errc() || p != end || v < lo || v > hi) return fail;
        return {};
      },
      fmt::format("{}..{}", lo, hi), "whole_number");
}

CLI::Validator year_or_month(long long lo, long long hi, std::string_view unit, const i18n::Terms& t) {
  const auto whole = whole_number(lo, hi, t);
  return CLI::Validator(
      [whole, unit = std::string(unit), &t, lo, hi](std::string& text) -> std::string {
        // As Chinese writes it (2026年, 10月, 十月): the number it says. Used with
        // transform(), so that the number, not the text, is what the option reads. An
        // error quotes what was typed (it quoted "十" for 十月).
        const std::string typed = text;
        if (text.size() > unit.size() && text.ends_with(unit)) text.resize(text.size() - unit.size());
        // Chinese numerals only: digits stay as the whole-number check reads them (1.0,
        // 2,026 are no month or year as written).
        if (const auto n = text.find_first_of("0123456789.,") == std::string::npos ? classify::parse_chinese_number(text)
                                                                                 : std::nullopt;
            n && !n->or_more && n->value == std::floor(n->value) && n->value >= 0 && n->value < 1e6)
          text = std::to_string(static_cast<long long>(n->value));
        if (whole(text).empty()) return {};
        return t.fill("error.not_whole_number", {typed, std::to_string(lo), std::to_string(hi)});
      },
      fmt::format("{}..{}", lo, hi), "year_or_month");
}

std::string grouped(std::uint64_t n) {
  std::string s = std::to_string(n), out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i && (s.size() - i) % 3 == 0) out += ',';
    out += s[i];
  }
  return out;
}

void report_ignored(const audit::IgnoredFields& ignored, std::span<const std::string> known, const i18n::Terms& tr,
                    const std::function<std::string(const std::string&, const std::string&, std::uint64_t)>& note,
                    std::string_view skip) {
  if (ignored.empty()) return;
  auto names = ignored.names();
  std::erase_if(names, [&](const auto& e) { return !skip.empty() && e.name == skip; });
  std::stable_sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.count > b.count; });
  constexpr std::size_t kShown = 10;
  for (std::size_t i = 0; i < names.size() && i < kShown; ++i) {
    const auto& e = names[i];
    std::string line = "shixian: " + note(printable(e.name), grouped(e.count), e.count);
    if (const auto near = audit::closest_name(e.name, known); !near.empty())
      line += tr.fill("error.did_you_mean", {near});
    std::fprintf(stderr, "%s\n", line.c_str());
  }
  std::uint64_t rest = ignored.others();
  for (std::size_t i = kShown; i < names.size(); ++i) rest += names[i].count;
  if (rest > 0)
    std::fprintf(stderr, "shixian: %s\n",
                 tr.fill(rest == 1 ? "check.ignored_more_one" : "check.ignored_more", {grouped(rest)}).c_str());
}

void report_ignored(const audit::IgnoredFields& ignored, std::span<const std::string> known, const i18n::Terms& tr,
                    std::string_view command) {
  const std::string cmd(command);
  report_ignored(ignored, known, tr, [&](const std::string& name, const std::string& count, std::uint64_t n) {
    return tr.fill(n == 1 ? "check.ignored_by_one" : "check.ignored_by", {name, count, cmd});
  });
}

namespace {
// "8M" -> 8388608, "512k" -> 524288, "100000" -> 100000; nullopt for anything else.
std::optional<std::size_t> byte_count(std::string_view text) {
  std::size_t unit = 1;
  if (!text.empty() && (text.back() == 'k' || text.back() == 'K' || text.back() == 'M')) {
    unit = text.back() == 'M' ? std::size_t{1} << 20 : std::size_t{1} << 10;
    text.remove_suffix(1);
  }
  std::size_t v = 0;
  const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || p != text.data() + text.size() || v > (std::size_t{1} << 40) / unit)
    return std::nullopt;
  return v * unit;
}
}  // namespace

void add_choose_option(CLI::App* cmd, Choose& choose, const i18n::Terms& t) {
  cmd->add_option_function<std::string>(
         "--choose", [&choose](const std::string& name) { choose = choose_named(name).value_or(Choose::reject); },
         "for a local time in a DST gap or overlap: reject (default), earliest or latest")
      ->type_name("READING")
      ->check(one_of({std::begin(kChooseNames), std::end(kChooseNames)}, t));
}

void add_max_line_option(CLI::App* cmd, std::size_t& max_line, const i18n::Terms& t) {
  constexpr std::size_t lo = 64, hi = std::size_t{1} << 30;
  cmd->add_option_function<std::string>(
         "--max-line", [&max_line](const std::string& text) { max_line = *byte_count(text); },
         fmt::format("the longest input line kept, in bytes (k, M: KiB, MiB; default {}M). A longer line is a bad "
                     "line, and the run goes on; a line still without end {} times as far on (a binary file, "
                     "/dev/zero) ends the input there, reported as a bad line saying the rest was not read. "
                     "Memory stays about twice this",
                     io::LineReader::kDefaultMaxLine >> 20, io::LineReader::kSkipFactor))
      ->type_name("BYTES")
      ->check(CLI::Validator(
          [&t](std::string& text) -> std::string {
            const auto v = byte_count(text);
            if (v && *v >= lo && *v <= hi) return {};
            return t.fill("error.not_line_length", {text});
          },
          "", "line_length"));
}

CLI::Validator share_above_zero(const i18n::Terms& t) {
  return CLI::Validator(
      [&t](std::string& text) -> std::string {
        const auto fail = t.fill("error.not_share", {text});
        double v = 0;
        const auto* end = text.data() + text.size();
        const auto [p, ec] = std::from_chars(text.data(), end, v);
        if (text.empty() || ec != std::errc() || p != end || !(v > 0 && v <= 1)) return fail;
        return {};
      },
      "(0, 1]", "share");
}

CLI::Validator one_of(std::vector<std::string> values, const i18n::Terms& t) {
  auto desc = fmt::format("{{{}}}", fmt::join(values, ","));
  return CLI::Validator(
      [values = std::move(values), &t](std::string& text) -> std::string {
        if (std::find(values.begin(), values.end(), text) != values.end()) return {};
        const auto suggestion = closest_name(text, values);
        return t.fill("error.not_one_of", {text, fmt::format("{}", fmt::join(values, ", "))}) +
               (suggestion.empty() ? std::string() : t.fill("error.did_you_mean", {suggestion}));
      },
      desc, "one_of");
}

std::string stage_error_text(const Uncovered& uncovered, const std::string& error, const Calendar& cal,
                             const i18n::Terms& t) {
  return uncovered ? i18n::uncovered_text(uncovered, cal.id(), cal.first(), cal.last(), t) : error;
}

void reject_empty_values(CLI::App& app, const i18n::Terms& t) {
  for (auto* opt : app.get_options()) {
    if (opt->get_expected_max() == 0) continue;  // a flag
    const std::string name = opt->get_name();
    opt->check(CLI::Validator(
        [name, &t](std::string& text) -> std::string {
          if (!text.empty()) return {};
          return t.fill("error.empty_value", {name});
        },
        "", "non_empty"));
  }
  for (auto* sub : app.get_subcommands([](CLI::App*) { return true; })) reject_empty_values(*sub, t);
}

namespace {

std::vector<std::string> names_of_subcommands(CLI::App& app) {
  std::vector<std::string> out;
  for (auto* s : app.get_subcommands([](CLI::App*) { return true; })) out.push_back(s->get_name());
  return out;
}

}  // namespace

namespace {

// The long options `a` takes ("--name"), and which of them take a value.
void add_long_options(CLI::App& a, std::vector<std::string>& options, std::vector<std::string>& with_value) {
  for (auto* opt : a.get_options()) {
    for (const auto& l : opt->get_lnames()) {
      options.push_back("--" + l);
      if (opt->get_expected_max() != 0) with_value.push_back("--" + l);
    }
    for (const auto& s : opt->get_snames())  // "-o FILE": its value may begin with "--"
      if (opt->get_expected_max() != 0) with_value.push_back("-" + s);
  }
}

// The long options after command `cmd` (from argv[from]): each must be one of the
// command's or a global one (global options may follow the command). -1: none unknown
// (CLI11 parses the rest); 2: one named on stderr with the one probably meant.
int check_command_options(CLI::App& cmd, int argc, char** argv, int from, const i18n::Terms& t) {
  std::vector<std::string> options{"--help", "--version"}, with_value;
  for (CLI::App* level = &cmd; level; level = level->get_parent())  // the command's, and its parents' (fallthrough)
    add_long_options(*level, options, with_value);
  for (int i = from; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--" || a == "--help" || a == "-h") return -1;  // positional from here; help wins
    if (a.size() == 2 && a[0] == '-' && std::find(with_value.begin(), with_value.end(), a) != with_value.end()) {
      ++i;  // a short option's value
      continue;
    }
    // A long option starts "--" and a letter or digit (CLI11 reads "---x" or "--!x" as positional).
    const auto alnum = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'); };
    if (a.size() < 3 || a[0] != '-' || a[1] != '-' || !alnum(a[2])) continue;  // positional, "-" (stdin), -5
    const std::string name = a.substr(0, a.find('='));
    if (std::find(options.begin(), options.end(), name) == options.end()) {
      const auto n = closest_name(name, options);
      fmt::print(stderr, "shixian {}: {}{}\n", cmd.get_name(), t.fill("error.unknown_option_of", {printable(name)}),
                 n.empty() ? std::string() : t.fill("error.did_you_mean", {n}));
      return 2;
    }
    if (name == a && std::find(with_value.begin(), with_value.end(), name) != with_value.end()) ++i;  // its value
  }
  return -1;
}

}  // namespace

int check_command_words(CLI::App& app, int argc, char** argv, const i18n::Terms& t) {
  // "; did you mean 'x'?" in the chosen language, or "".
  auto near = [&t](std::string_view name, std::span<const std::string> known) {
    const auto n = closest_name(name, known);
    return n.empty() ? std::string() : t.fill("error.did_you_mean", {n});
  };
  auto list = [](const std::vector<std::string>& v) { return fmt::format("{}", fmt::join(v, ", ")); };
  // The options taken before the command, and which of them take a value.
  std::vector<std::string> options{"--help", "-h", "--version"};
  std::vector<std::string> with_value;
  add_long_options(app, options, with_value);
  // An option typed with a Chinese input method's dashes (——received, －－lang): CLI11 takes
  // it for a positional word and then says "--received is required", which it was not.
  // Only a name some command has (a --text value "—ATM" is text), and nothing after "--".
  std::vector<std::string> every_option;
  const std::function<void(CLI::App&)> collect = [&](CLI::App& a) {
    for (const auto* o : a.get_options())
      for (const auto& n : o->get_lnames()) every_option.push_back(n);
    for (auto* sub : a.get_subcommands([](CLI::App*) { return true; })) collect(*sub);
  };
  collect(app);
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") break;
    std::size_t dashes = 0;
    for (bool more = true; more;) {
      more = false;
      for (std::string_view d : {"\u2014", "\u2013", "\uFF0D", "\u2015"})  // — – － ―
        if (a.substr(dashes).starts_with(d)) dashes += d.size(), more = true;
    }
    if (dashes == 0) continue;
    const std::string_view rest = a.substr(dashes);
    const std::string_view name = rest.substr(0, std::min(rest.find('='), rest.find("\uFF1D")));  // = or ＝
    const bool option_like = !name.empty() && std::isalpha(static_cast<unsigned char>(name[0])) &&
                             std::all_of(name.begin(), name.end(), [](char c) {
                               return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
                             });
    if (!option_like || std::find(every_option.begin(), every_option.end(), std::string(name)) == every_option.end())
      continue;  // text that begins with a dash (——我要投诉, —ATM) is a value
    fmt::print(stderr, "shixian: {}\n", t.fill("error.ime_dash", {printable(std::string(a)), "--" + std::string(name)}));
    return 2;
  }
  CLI::App* level = &app;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a.empty()) return -1;  // CLI11 says what an empty word is
    if (a[0] == '-') {
      if (level != &app) return -1;  // a command's own options: CLI11 names them
      const std::string name = a.substr(0, a.find('='));
      if (name == "--" || name == "--help" || name == "-h" || name == "--version") return -1;
      if (std::find(options.begin(), options.end(), name) == options.end()) {
        const std::vector<std::string> listed(options.begin() + 3, options.end());  // not --help, -h, --version
        fmt::print(stderr, "shixian: {}{}\n", t.fill("error.unknown_global_option", {printable(name), list(listed)}),
                   near(name, options));
        return 2;
      }
      if (name == a && std::find(with_value.begin(), with_value.end(), name) != with_value.end()) ++i;
      continue;
    }
    const auto known = names_of_subcommands(*level);
    if (known.empty()) return -1;  // a positional argument of the command
    if (std::find(known.begin(), known.end(), a) == known.end()) {
      if (level == &app)
        fmt::print(stderr, "shixian: {}{}\n", t.fill("error.unknown_command_of", {printable(a), list(known)}), near(a, known));
      else
        fmt::print(stderr, "shixian {}: {}{}\n", level->get_name(),
                   t.fill("error.unknown_subcommand", {printable(a), list(known)}), near(a, known));
      return 2;
    }
    level = level->get_subcommand(a);
    // A command without subcommands of its own: its options are checked here, so that a
    // misspelt one is named with the one meant ("--recieved" was reported as "--received
    // is required", "--sumary" as not expected, neither with a suggestion).
    if (level->get_subcommands([](CLI::App*) { return true; }).empty()) return check_command_options(*level, argc, argv, i + 1, t);
    // Past a command that takes its own options, only a next bare word is looked at.
    if (level->get_require_subcommand_min() == 0) return -1;
  }
  // The words ended before a command (or a command's subcommand): name the choices
  // instead of CLI11's "A subcommand is required".
  const auto known = names_of_subcommands(*level);
  if (known.empty()) return -1;
  if (level == &app)
    fmt::print(stderr, "shixian: {}\n", t.fill("error.command_required", {list(known)}));
  else
    fmt::print(stderr, "shixian {}: {}\n", level->get_name(),
               t.fill("error.subcommand_required", {list(known), level->get_name()}));
  return 2;
}

std::string paint(const Globals& g, std::string_view text, int colour, bool bold) {
  if (!g.color) return std::string(text);
  return fmt::format("\x1b[{}{}m{}\x1b[0m", bold ? "1;" : "", colour, text);
}

}  // namespace shixian::cli

namespace shixian::cli {
void refuse_output_over_input(const Globals& g, std::string_view option, const std::string& output,
                              const std::vector<std::pair<std::string, int>>& inputs) {
  struct stat out{};
  // A new file is no input; nor is a device (--report /dev/null with stdin from it).
  if (output.empty() || ::stat(output.c_str(), &out) != 0 || !S_ISREG(out.st_mode)) return;
  for (const auto& [name, fd] : inputs) {
    struct stat in{};
    if ((fd >= 0 ? ::fstat(fd, &in) : ::stat(name.c_str(), &in)) != 0) continue;
    if (in.st_dev == out.st_dev && in.st_ino == out.st_ino)
      throw UsageError(g.t().fill("error.output_is_input", {std::string(option), output, name == "-" ? "stdin" : name}));
  }
}
}  // namespace shixian::cli
