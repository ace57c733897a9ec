#pragma once
// The language of human-readable output: Chinese or English.
//
// Model. Only text meant for people changes with the language: tables, explanations,
// the calendar grid, the timeliness summary and report, messages. JSON and JSON Lines
// are for programs and never change (CONTRACT.md).
//
// Which language, in order (the first that says something wins):
//   1. an explicit choice (the CLI's --lang zh|en);
//   2. SHIXIAN_LANG ("zh", "zh_CN", "en", ...);
//   3. the locale variables in POSIX precedence — LC_ALL, then LC_MESSAGES, then LANG —
//      the first one set and non-empty: a value starting with "zh" means Chinese;
//   4. English.
// Nothing here calls setlocale or depends on a locale being installed: the variables
// are only read as text.
//
//   choose_lang("", env)          // env: SHIXIAN_LANG unset, LANG=zh_CN.UTF-8 -> Lang::zh
//   choose_lang("en", env)        // -> Lang::en, whatever the environment says
//   choose_lang("fr", env)        // throws InputError: 'fr' ... (expected zh or en)
#include "shixian/abi.hpp"
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

SHIXIAN_NAMESPACE_BEGIN
namespace i18n {

enum class Lang : std::uint8_t { en, zh };
// "en" / "zh"
std::string_view to_string(Lang l) noexcept;
// "zh", "zh_CN.UTF-8", "zh-Hans" -> zh; "en", "en_GB" -> en; anything else nullopt.
std::optional<Lang> parse_lang(std::string_view text) noexcept;

// Reads one environment variable; nullopt when unset.
using Env = std::function<std::optional<std::string_view>(std::string_view name)>;
// The process environment (std::getenv).
Env process_env();

// See the order above. `flag` empty: not given. A flag or SHIXIAN_LANG that names no
// language shixian speaks throws InputError naming the value and the choices (a
// mistyped choice should not silently give the other language); locale variables
// never throw: "C", "POSIX" or "de_DE" simply mean English.
Lang choose_lang(std::string_view flag, const Env& env);

}  // namespace i18n
SHIXIAN_NAMESPACE_END
