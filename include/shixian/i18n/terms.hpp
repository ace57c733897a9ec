#pragma once
// The words of human-readable output, as data a bank can read and correct.
//
// data/terms/en.toml and data/terms/zh.toml (embedded, like the calendars and rule
// sets) hold every label, heading and sentence the CLI and the report print, in tables:
//
//   lang = "zh"
//   [status]                     # an audit's status (check, the report)
//   met = "按时"
//   breached = "已超时"
//   [explain]                    # sentences take {} placeholders, filled in order
//   paused_open = "自{}起暂停，尚未恢复：不计任何时钟，暂无时限"
//
// Terms follow the source documents (受理、流转、处理、回复、回访; 普通投诉/紧急投诉;
// 已超时/按时/处理中/临近超时). Two kinds of table:
//   closed  (status, explain, summary, ...): the program's own words. en.toml defines
//           the keys; every other file may only use them (an unknown key is an error
//           naming file, line and the key probably meant), the built-in files must have
//           them all, and a sentence must keep the English one's number of {}.
//   open    (class, stage, event, flag, field): names of a rule set's identifiers, any
//           key; an identifier without a term prints as itself.
// A bank's own file (the CLI's --terms FILE) has the same format and replaces the terms
// it names over the built-in language it declares.
#include "shixian/abi.hpp"
#include "shixian/error.hpp"
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shixian/i18n/lang.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace i18n {

class Terms {
 public:
  // The built-in terms of a language, parsed once (thread-safe), never freed.
  static const Terms& builtin(Lang lang);
  // Terms from text in the format above. `origin` names it in errors. Without `base`
  // the text must be complete (every key of en.toml); with it, the text replaces the
  // terms it names in a copy of `base` (and must declare base's language).
  static Terms parse(std::string_view text, std::string_view origin, const Terms* base = nullptr);
  // A bank's corrections from a file, over the built-in terms of the language it declares.
  static Terms load_file(const std::string& path);

  Lang lang() const noexcept { return lang_; }
  // A closed term by "table.key", e.g. "status.met". An unknown key is a programming
  // error (std::logic_error): every key the code uses is in en.toml, tests/i18n checks.
  std::string_view operator[](std::string_view key) const;
  // An open term, e.g. name("stage", "hq_dispatch") -> "总行流转"; the id itself when
  // the file has no term for it.
  std::string_view name(std::string_view table, std::string_view id) const;
  // The term with its {} placeholders filled in order by `args`.
  std::string fill(std::string_view key, std::initializer_list<std::string_view> args) const;
  // Every "table.key" (to compare files, in tests).
  const std::map<std::string, std::string, std::less<>>& all() const noexcept { return terms_; }

 private:
  // parse(), and load_file() with `base_by_lang`: the base is then the built-in terms of
  // the language the text declares. One screen and one TOML parse of the text either way.
  static Terms parse_text(std::string_view text, std::string_view origin, const Terms* base, bool base_by_lang);
  Lang lang_ = Lang::en;
  std::map<std::string, std::string, std::less<>> terms_;
};

// The id among `ids` (a rule set's classes or flags) whose name in `terms` (a bank's own
// terms file) or in the built-in Chinese terms is `given`: 紧急投诉 is urgent, 银联工单
// unionpay, as people and Chinese systems' exports write them; nullopt for none. Ids
// themselves are not matched here (the caller looks them up first).
std::optional<std::string_view> id_named(std::string_view given, std::string_view table,
                                         const std::vector<std::string>& ids, const Terms* terms = nullptr);

// Throws E (an InputError) worded by `words`: its what() is the English wording, and
// e.worded(terms) any other (error.hpp). Every term `words` uses is in en.toml's [error];
// phrases inside it (a reason, a kind of file) go through the open table [phrase].
template <class E = InputError>
[[noreturn]] void throw_worded(InputError::Words words, ErrorDetail detail = {}) {
  std::string en = words(Terms::builtin(Lang::en));
  throw E(en, std::move(words), std::move(detail));
}

// {} placeholders in `text` filled in order by `args` ("{{" and "}}" are literal braces).
std::string fill(std::string_view text, std::initializer_list<std::string_view> args);
// The first '{' or '}' in `text` at or after `from`, or npos (a plain loop:
// string_view::find_first_of calls memchr once per character).
inline std::size_t brace_at(std::string_view text, std::size_t from) noexcept {
  for (std::size_t i = from; i < text.size(); ++i)
    if (text[i] == '{' || text[i] == '}') return i;
  return std::string_view::npos;
}
// The same, appended to `out` (no allocation once `out` has room).
void append_fill(std::string& out, std::string_view text, std::initializer_list<std::string_view> args);
// The one reader of the template syntax: `text` appended to `out`, each placeholder written
// by `arg(out, index)` straight into `out` ({} takes the next index, {N} index N). For
// arguments that are themselves worded lists, which need no string of their own.
template <class Arg>
void append_template(std::string& out, std::string_view text, Arg&& arg) {
  std::size_t next = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t brace = brace_at(text, i);  // runs without braces are copied whole
    if (brace == std::string_view::npos) {
      out.append(text.substr(i));
      return;
    }
    out.append(text.substr(i, brace - i));
    i = brace;
    const char c = text[i];
    if (i + 1 < text.size() && text[i + 1] == c) {  // {{ and }}: a literal brace
      out += c;
      i += 2;
    } else if (c == '{' && i + 1 < text.size() && text[i + 1] == '}') {
      arg(out, next++);
      i += 2;
    } else if (c == '{' && i + 2 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] == '}') {
      // {N}: by position, so a language may put the values in its own order.
      arg(out, static_cast<std::size_t>(text[i + 1] - '0'));
      i += 3;
    } else {
      out += c;
      ++i;
    }
  }
}

}  // namespace i18n
SHIXIAN_NAMESPACE_END
