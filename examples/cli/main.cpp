// shixian: SLA deadlines on business calendars, and complaint classification.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fmt/format.h>
#include <optional>
#include <sstream>
#include <unistd.h>

#include "command.hpp"
#include "context.hpp"
#include "shixian/error.hpp"
#include "shixian/i18n/lang.hpp"

namespace shixian::cli {
std::vector<std::pair<int, Registrar>>& registry() {
  static std::vector<std::pair<int, Registrar>> r;
  return r;
}
Registration::Registration(int order, Registrar registrar) {
  registry().emplace_back(order, std::move(registrar));
}
namespace {

// The value of --NAME VALUE or --NAME=VALUE in argv, before CLI11 parses: the language
// decides the help text, so it must be known before the commands are built.
std::string early_option(int argc, char** argv, std::string_view name) {
  std::string value;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--") break;
    if (a == name && i + 1 < argc) value = argv[++i];
    else if (a.size() > name.size() && a.starts_with(name) && a[name.size()] == '=') value = a.substr(name.size() + 1);
  }
  return value;
}

// CLI11's help headings in the chosen language ("Options", "Usage", ...).
void localise_help(CLI::App& app, const i18n::Terms& t) {
  auto f = app.get_formatter();
  for (const char* label : {"Usage", "OPTIONS", "SUBCOMMAND", "SUBCOMMANDS", "Positionals", "REQUIRED", "TEXT",
                            "INT", "UINT", "FLOAT", "Env", "Needs", "Excludes"})
    f->label(label, std::string(t[std::string("help.") + label]));
  app.option_defaults()->group(std::string(t["help.Options"]));
}

// The commands' one-line descriptions and their options, in the terms' language
// ([command] table, keyed by the command's words, "calendar show", by an option before a
// command, "--lang", or by a command's option after its words, "check --now"): under
// --lang zh the help was Chinese headings over English lines. A key without a term keeps
// the English.
void describe_commands(CLI::App& app, const i18n::Terms& t, const std::string& path = {},
                       const std::string& parent_footer = {}, const std::string& parent_worded = {}) {
  // A command's closing text in the terms' language ([footer], keyed by the command's
  // words; "shixian" for the tool's own): its examples keep their commands. A subcommand
  // that inherited its parent's footer takes the parent's worded one.
  const std::string english = app.get_footer();
  const std::string footer_key = path.empty() ? std::string("shixian") : path;
  if (auto f = t.name("footer", footer_key); f != footer_key) {
    while (!f.empty() && f.back() == '\n') f.remove_suffix(1);  // a TOML block's last line end
    app.footer(std::string(f));
  }
  else if (!parent_footer.empty() && english == parent_footer) app.footer(parent_worded);
  // A footer the terms do not word keeps its English; its examples' heading is worded.
  if (const auto ex = t["help.Examples"]; ex != "Examples" && app.get_footer() == english) {
    std::string footer = app.get_footer();
    constexpr std::string_view word = "Examples";
    for (std::size_t at = footer.find(word); at != std::string::npos; at = footer.find(word, at)) {
      if (at == 0 || footer[at - 1] == '\n') {  // a heading: at a line's start
        footer.replace(at, word.size(), ex);
        at += ex.size();
      } else {
        at += word.size();
      }
    }
    app.footer(footer);
  }
  if (auto* h = app.get_help_ptr()) {
    if (const auto d = t.name("command", "--help"); d != "--help") h->description(std::string(d));
  }
  for (auto* o : app.get_options())
    // Keyed by the long name ("check --jobs", not "-j,--jobs"), else the only one.
    if (const auto name = o->get_lnames().empty() ? o->get_name(false, true) : "--" + o->get_lnames().front();
        !name.empty() && o != app.get_help_ptr()) {
      const std::string key = path.empty() ? name : path + " " + name;
      if (const auto d = t.name("command", key); d != key) o->description(std::string(d));
    }
  for (auto* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (sub->get_name().empty()) continue;
    const std::string key = path.empty() ? sub->get_name() : path + " " + sub->get_name();
    if (const auto d = t.name("command", key); d != key) sub->description(std::string(d));
    describe_commands(*sub, t, key, english, app.get_footer());
  }
}

void group_subcommands(CLI::App& app, const std::string& group, std::string_view options) {
  for (auto* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (sub->get_name().empty()) continue;
    sub->group(group);
    if (auto* h = sub->get_help_ptr()) h->group(std::string(options));
    group_subcommands(*sub, group, options);
  }
}

// CLI11's own errors, in the chosen language: the common ones (a missing option or
// argument, arguments not expected) are reworded from the fixed shapes CLI11 gives them
// (CLI/Error.hpp); any other keeps CLI11's English.
std::string failure_message(const i18n::Terms& t, const CLI::Error& e) {
  std::string what = e.what();
  constexpr std::string_view required = " is required", one = "The following argument was not expected: ",
                             many = "The following arguments were not expected: ";
  if (dynamic_cast<const CLI::RequiredError*>(&e) && what.ends_with(required))
    what = t.fill("error.required", {std::string_view(what).substr(0, what.size() - required.size())});
  else if (dynamic_cast<const CLI::ExtrasError*>(&e) && what.starts_with(one))
    what = t.fill("error.not_expected", {std::string_view(what).substr(one.size())});
  else if (dynamic_cast<const CLI::ExtrasError*>(&e) && what.starts_with(many))
    what = t.fill("error.not_expected_many", {std::string_view(what).substr(many.size())});
  else if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) && what.ends_with(" missing") &&
           what.find(": ") != std::string::npos)  // "--now: 1 required TEXT missing" (--now= with nothing after)
    what = t.fill("error.value_missing", {std::string_view(what).substr(0, what.find(": "))});
  // Prefixed as every other error of the tool is ("--received is required" stood alone).
  return "shixian: " + what + "\n" + std::string(t["error.run_help"]) + "\n";
}

}  // namespace
}  // namespace shixian::cli

int main(int argc, char** argv) {
  using namespace shixian;
  cli::Globals globals;
  // The language first: it decides every text below, the help included.
  std::optional<i18n::Terms> corrected;
  try {
    globals.lang_flag = cli::early_option(argc, argv, "--lang");
    globals.terms_file = cli::early_option(argc, argv, "--terms");
    if (!globals.terms_file.empty()) {
      corrected = i18n::Terms::load_file(globals.terms_file);
      globals.lang = corrected->lang();
      if (!globals.lang_flag.empty() && i18n::choose_lang(globals.lang_flag, i18n::process_env()) != globals.lang)
        throw InputError(fmt::format("--terms {} is in {}, but --lang says {}", globals.terms_file,
                                     i18n::to_string(globals.lang), globals.lang_flag));
      globals.terms = &*corrected;
    } else {
      globals.lang = i18n::choose_lang(globals.lang_flag, i18n::process_env());
      globals.terms = &i18n::Terms::builtin(globals.lang);
    }
  } catch (const InputError& e) {
    std::fprintf(stderr, "shixian: %s\n", cli::printable(e.what()).c_str());
    return 1;
  }
  const i18n::Terms& tr = globals.t();
  CLI::App app{
      "shixian (时限): SLA deadlines on China's business calendar, and complaint "
      "classification.\n\n"
      "Examples:\n"
      "  shixian calendar add 2026-09-30 4           # 4th working day after: 2026-10-12\n"
      "  shixian deadlines --received 2026-11-20T17:45 --resolved 2026-11-24T16:00\n"
      "  shixian check tickets.jsonl --summary       # audit a year of tickets\n"
      "  shixian classify --text \"ATM吞卡，三位客户联名投诉\"\n",
      "shixian"};
  if (globals.zh())
    app.description(std::string(tr["help.intro"]));
  cli::localise_help(app, tr);
  app.failure_message([&tr](const CLI::App*, const CLI::Error& e) { return cli::failure_message(tr, e); });
  app.require_subcommand(1);
  app.set_version_flag("--version", "shixian " SHIXIAN_VERSION);
  app.fallthrough();
  app.add_option("--lang", globals.lang_flag,
                 "language of text output: zh or en (default: SHIXIAN_LANG, then LC_ALL, "
                 "LC_MESSAGES, LANG: zh* is Chinese, but English where the locale's codeset is not UTF-8, such as zh_CN.GBK or a bare zh_CN (GB2312), whose terminal would garble UTF-8; else English). JSON never changes");
  app.add_option("--terms", globals.terms_file,
                 "a file correcting the output's terms (format: data/terms/zh.toml)");
  app.add_option("--zone", globals.zone,
                 "IANA time zone of the institution; local times are read in it (default: the "
                 "rule set's zone, Asia/Shanghai for 95580)")
      ->check([](const std::string& z) {
        return z.empty() ? std::string("empty: give an IANA name such as Asia/Shanghai") : std::string();
      });
  app.add_option("--calendar", globals.calendar_files,
                 "calendar data file adding or replacing years, or overrides (repeatable); or a built-in "
                 "calendar: settlement (the exchanges' days: make-up weekend days closed)");
  app.add_option("--rules", globals.rules_file,
                 "rule set: a TOML file, or a built-in name (95580, 95580-hq-open-end, "
                 "generic-bank, ...; see `shixian rules`); default 95580");
  globals.format_option = app.add_option("--format", globals.format, "output format")
      ->check(cli::one_of({"text", "json", "jsonl"}, globals.t()))
      ->capture_default_str();
  app.add_flag("--provisional", globals.provisional,
               "outside the calendar's coverage, answer by the weekly rule alone and mark "
               "the result provisional");
  globals.color = ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;

  int exit_code = 0;
  auto& reg = cli::registry();
  std::sort(reg.begin(), reg.end(), [](auto& a, auto& b) { return a.first < b.first; });
  for (auto& [order, registrar] : reg) registrar(app, globals, exit_code);
  cli::group_subcommands(app, std::string(tr["help.Subcommands"]), tr["help.Options"]);
  cli::describe_commands(app, tr);
  if (auto* h = app.get_help_ptr()) h->group(std::string(tr["help.Options"]));

  // Name an unknown option or command (with the likely intended one) instead of
  // CLI11's "A subcommand is required".
  cli::reject_empty_values(app, globals.t());
  if (const int rc = cli::check_command_words(app, argc, argv, globals.t()); rc >= 0) return rc;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ValidationError& e) {
    // A well-formed option with a bad value is a rejected input (CONTRACT.md): exit 1.
    std::fprintf(stderr, "shixian: %s\n", cli::printable(e.what()).c_str());
    return 1;
  } catch (const CLI::ConversionError& e) {
    std::fprintf(stderr, "shixian: %s\n", cli::printable(e.what()).c_str());
    return 1;
  } catch (const CLI::ParseError& e) {
    // CLI11's message quotes the arguments as given: through the one terminal escaping.
    std::ostringstream err;
    const int rc = app.exit(e, std::cout, err);
    std::fputs(cli::printable(err.str()).c_str(), stderr);
    return rc == 0 ? 0 : 2;
  } catch (const CoverageError& e) {
    std::fprintf(stderr, "shixian: %s%s\n", cli::printable(e.worded(tr)).c_str(), std::string(tr["error.use_provisional"]).c_str());
    return 1;
  } catch (const cli::UsageError& e) {
    std::fprintf(stderr, "shixian: %s\n%s\n", cli::printable(e.worded(tr)).c_str(), std::string(tr["error.run_help"]).c_str());
    return 2;
  } catch (const UnknownName& e) {
    std::fprintf(stderr, "shixian: %s\n", cli::printable(e.worded(tr)).c_str());
    return 1;
  } catch (const InputError& e) {
    std::fprintf(stderr, "shixian: %s%s\n", std::string(tr["error.rejected"]).c_str(), cli::printable(e.worded(tr)).c_str());
    return 1;
  }
  return exit_code;
}
