#pragma once
// How the `shixian` CLI is put together: each command lives in its own file and
// registers itself here with a static Registration, so adding a command touches no
// other file.
//
// Exit codes (CONTRACT.md): 0 success; 1 an input was rejected (InputError, message
// names the value); 2 bad usage (CLI11 parse errors: unknown flag, missing option).
#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "shixian/i18n/terms.hpp"

namespace shixian::cli {

// Options every command takes (set on the top-level app, which falls through).
struct Globals {
  std::string zone;                         // --zone; empty: the rule set's zone
  std::vector<std::string> calendar_files;  // --calendar FILE (repeatable)
  std::string rules_file;                   // --rules FILE (default: built-in 95580)
  std::string format = "text";              // text | json | jsonl
  bool provisional = false;                 // weekday-only answers outside coverage
  bool color = false;                       // stdout is a terminal and NO_COLOR unset
  // The language of text output (--lang, SHIXIAN_LANG, the locale variables; see
  // include/shixian/i18n/lang.hpp) and its terms, with any --terms corrections. JSON
  // never changes with it.
  std::string lang_flag, terms_file;
  i18n::Lang lang = i18n::Lang::en;
  const i18n::Terms* terms = &i18n::Terms::builtin(i18n::Lang::en);
  const i18n::Terms& t() const noexcept { return *terms; }
  bool zh() const noexcept { return lang == i18n::Lang::zh; }
  // --format was given (not only its default): `check` then prints a text table.
  const CLI::Option* format_option = nullptr;
  bool format_given() const { return format_option != nullptr && format_option->count() > 0; }
  // --format text asked for: output for a person where JSON Lines are the default (check's
  // table, classify's blocks, callback select's table, bad lines worded on stderr).
  bool text_asked() const { return format == "text" && format_given(); }
  // Between the lines of a JSON document: `indent` (a line break and spaces) for --format
  // json, nothing for jsonl, where a document is one line (a stream reads line by line).
  std::string_view json_break(std::string_view indent = "\n  ") const {
    return format == "jsonl" ? std::string_view() : indent;
  }
  // A whole JSON document as --format asks: as built (json), or on one line (jsonl: its
  // line breaks and their indentation dropped; a string never holds a raw line break).
  std::string json_document(std::string json) const {
    if (format != "jsonl") return json;
    std::string out;
    out.reserve(json.size());
    bool in_string = false, escaped = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
      const char c = json[i];
      if (in_string) {
        out += c;
        if (escaped) escaped = false;
        else if (c == '\\') escaped = true;
        else if (c == '"') in_string = false;
      } else if (c == '\n') {
        while (i + 1 < json.size() && json[i + 1] == ' ') ++i;
      } else {
        in_string = c == '"';
        out += c;
      }
    }
    return out + "\n";
  }
};

// A command adds its subcommand to `app`; its callback stores the exit code in `exit_code`.
using Registrar = std::function<void(CLI::App& app, Globals& globals, int& exit_code)>;

struct Registration {
  Registration(int order, Registrar registrar);
};

std::vector<std::pair<int, Registrar>>& registry();

}  // namespace shixian::cli
