// shixian: SLA deadlines on business calendars, and complaint classification.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

#include "command.hpp"
#include "context.hpp"
#include "shixian/error.hpp"

namespace shixian::cli {
std::vector<std::pair<int, Registrar>>& registry() {
  static std::vector<std::pair<int, Registrar>> r;
  return r;
}
Registration::Registration(int order, Registrar registrar) {
  registry().emplace_back(order, std::move(registrar));
}
}  // namespace shixian::cli

int main(int argc, char** argv) {
  using namespace shixian;
  CLI::App app{
      "shixian (时限): SLA deadlines on China's business calendar, and complaint "
      "classification.\n\n"
      "Examples:\n"
      "  shixian calendar add 2026-09-30 4           # 4th working day after: 2026-10-12\n"
      "  shixian deadlines --received 2026-11-20T17:45 --resolved 2026-11-24T16:00\n"
      "  shixian check tickets.jsonl --summary       # audit a year of tickets\n"
      "  shixian classify --text \"ATM吞卡，三位客户联名投诉\"\n",
      "shixian"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "shixian " SHIXIAN_VERSION);
  app.fallthrough();
  cli::Globals globals;
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
  app.add_option("--format", globals.format, "output format")
      ->check(CLI::IsMember({"text", "json", "jsonl"}))
      ->capture_default_str();
  app.add_flag("--provisional", globals.provisional,
               "outside the calendar's coverage, answer by the weekly rule alone and mark "
               "the result provisional");
  globals.color = ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;

  int exit_code = 0;
  auto& reg = cli::registry();
  std::sort(reg.begin(), reg.end(), [](auto& a, auto& b) { return a.first < b.first; });
  for (auto& [order, registrar] : reg) registrar(app, globals, exit_code);

  // Name an unknown option or command (with the likely intended one) instead of
  // CLI11's "A subcommand is required".
  cli::reject_empty_values(app);
  if (const int rc = cli::check_command_words(app, argc, argv); rc >= 0) return rc;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ValidationError& e) {
    // A well-formed option with a bad value is a rejected input (CONTRACT.md): exit 1.
    std::fprintf(stderr, "shixian: %s\n", e.what());
    return 1;
  } catch (const CLI::ConversionError& e) {
    std::fprintf(stderr, "shixian: %s\n", e.what());
    return 1;
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  } catch (const CoverageError& e) {
    std::fprintf(stderr, "shixian: %s (use --provisional for weekday-only answers)\n", e.what());
    return 1;
  } catch (const InputError& e) {
    std::fprintf(stderr, "shixian: %s\n", e.what());
    return 1;
  }
  return exit_code;
}
