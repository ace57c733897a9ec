// Terms as data: see include/shixian/i18n/terms.hpp.
#include "shixian/i18n/terms.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <toml++/toml.h>
#include <vector>

#include "shixian/data/embedded.hpp"
#include "shixian/error.hpp"
#include "rules/toml_screen.hpp"
#include "shixian/rules/names.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace i18n {
namespace {

// Tables whose keys are a rule set's identifiers, or (phrase) the English phrases that
// errors insert into their sentences ("no such file", "hour must be 00..23"): any key is
// allowed, and a key without a term prints as itself.
bool open_table(std::string_view t) {
  return t == "class" || t == "stage" || t == "event" || t == "flag" || t == "field" || t == "record" ||
         t == "command" || t == "phrase" ||  // record: a rule set's reply-record fields; command: --help's lines
         t == "footer" ||                    // footer: a command's closing --help text, by its words
         t == "level";                       // level: a rule set's [callbacks] branch levels
}

std::string where(const toml::source_region& r, std::string_view origin) {
  return fmt::format("{}:{}", origin, r.begin.line);
}

// How many values a text uses: {} take the next, {N} the N-th ("{{" and "}}" are
// literal braces).
int arity(std::string_view s) {
  int next = 0, most = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((s[i] == '{' || s[i] == '}') && i + 1 < s.size() && s[i + 1] == s[i]) {
      ++i;
    } else if (s[i] == '{' && i + 1 < s.size() && s[i + 1] == '}') {
      most = std::max(most, ++next);
    } else if (s[i] == '{' && i + 2 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] == '}') {
      most = std::max(most, s[i + 1] - '0' + 1);
    }
  }
  return most;
}

// What is wrong with a term's placeholders, or "": a brace that opens no {} or {N} (the
// fill would print it as written: "{2 2026"), a lone '}', and {} and {N} mixed in one term
// (the fill reads them apart, so "{} {0}" repeats one value and loses the other).
std::string placeholder_problem(std::string_view s) {
  bool plain = false, numbered = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((s[i] == '{' || s[i] == '}') && i + 1 < s.size() && s[i + 1] == s[i]) {
      ++i;
    } else if (s[i] == '{' && i + 1 < s.size() && s[i + 1] == '}') {
      plain = true, ++i;
    } else if (s[i] == '{' && i + 2 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] == '}') {
      numbered = true, i += 2;
    } else if (s[i] == '{') {
      return fmt::format("a '{{' at character {} opens no {{}} or {{N}} (a literal brace is written {{{{)", i + 1);
    } else if (s[i] == '}') {
      return fmt::format("a '}}' at character {} closes nothing (a literal brace is written }}}})", i + 1);
    }
  }
  if (plain && numbered) return "{} and {N} are mixed: use one kind in a term";
  return {};
}

std::vector<std::string> keys_of(const std::map<std::string, std::string, std::less<>>& m, std::string_view prefix) {
  std::vector<std::string> out;
  for (const auto& [k, v] : m)
    if (prefix.empty() ? true : k.starts_with(prefix)) out.push_back(prefix.empty() ? k : k.substr(prefix.size()));
  return out;
}

}  // namespace

void append_fill(std::string& out, std::string_view text, std::initializer_list<std::string_view> args) {
  append_template(out, text, [&args](std::string& o, std::size_t n) {
    if (n < args.size()) o += *(args.begin() + n);  // a value the program does not give: nothing
  });
}

std::string fill(std::string_view text, std::initializer_list<std::string_view> args) {
  std::string out;
  out.reserve(text.size() + 32);
  append_fill(out, text, args);
  return out;
}

Terms Terms::parse(std::string_view text, std::string_view origin, const Terms* base) {
  return parse_text(text, origin, base, false);
}

Terms Terms::parse_text(std::string_view text, std::string_view origin, const Terms* base, bool base_by_lang) {
  // A bank's terms file reaches the TOML reader as a rule set does: screened first, so
  // that the reader's own faults (an abort on `[@`, undefined behaviour on `x = 1\xC2\xA1`)
  // stay out of its reach, and a file saved as GBK or UTF-16 is named as such.
  detail::screen_toml(text, origin);
  toml::table doc;
  try {
    doc = toml::parse(text, std::string(origin));
  } catch (const toml::parse_error& e) {
    throw InputError(fmt::format("{}: {}", where(e.source(), origin), e.description()));
  }
  // The schema: en.toml's closed keys. en.toml itself (no base, language en) is the schema.
  const Terms* schema = nullptr;
  auto* lang_node = doc.get("lang");
  const auto lang_text = lang_node ? lang_node->value<std::string>() : std::nullopt;
  // A file's corrections go over the built-in terms of the language it declares.
  if (base_by_lang) {
    const auto declared = lang_text ? parse_lang(*lang_text) : std::nullopt;
    if (!declared)
      throw InputError(fmt::format("{}: missing lang = \"zh\" or \"en\" (the language these terms correct)", origin));
    base = &builtin(*declared);
  }
  Terms out;
  if (base) out = *base;
  if (!lang_text) throw InputError(fmt::format("{}: missing lang = \"zh\" or \"en\" (the language of these terms)", origin));
  const auto lang = parse_lang(*lang_text);
  if (!lang) throw InputError(fmt::format("{}: lang '{}' is not zh or en", where(lang_node->source(), origin), *lang_text));
  if (base && *lang != base->lang())
    throw InputError(fmt::format("{}: lang '{}' differs from the terms it corrects ({})", where(lang_node->source(), origin),
                                 *lang_text, to_string(base->lang())));
  out.lang_ = *lang;
  const bool defines_schema = !base && *lang == Lang::en;
  if (!defines_schema) schema = &builtin(Lang::en);

  std::vector<std::string> tables;
  if (schema) {
    for (const auto& [k, v] : schema->terms_) {
      auto t = k.substr(0, k.find('.'));
      if (tables.empty() || tables.back() != t) tables.push_back(t);
    }
  }
  for (const auto& [key, node] : doc) {
    const std::string table(key.str());
    if (table == "lang") continue;
    auto* tbl = node.as_table();
    if (!tbl) throw InputError(fmt::format("{}: '{}' must be a table of terms ([{}])", where(node.source(), origin), table, table));
    const bool open = open_table(table);
    if (schema && !open && std::find(tables.begin(), tables.end(), table) == tables.end())
      throw InputError(fmt::format("{}: unknown table [{}]{}", where(node.source(), origin), table,
                                   did_you_mean(table, tables)));
    for (const auto& [k, v] : *tbl) {
      const std::string name = table + "." + std::string(k.str());
      const auto s = v.value<std::string>();
      if (!s) throw InputError(fmt::format("{}: {} must be a string", where(v.source(), origin), name));
      if (schema && !open) {
        const auto it = schema->terms_.find(name);
        if (it == schema->terms_.end())
          throw InputError(fmt::format("{}: unknown term '{}' in [{}]{}", where(v.source(), origin), k.str(), table,
                                       did_you_mean(k.str(), keys_of(schema->terms_, table + "."))));
        // A translation may leave a value out, or reorder them, but not use one the
        // program does not give.
        if (arity(*s) > arity(it->second))
          throw InputError(fmt::format("{}: {} uses {} value(s) ({{}} or {{N}}), but the program gives {} "
                                       "(English: \"{}\")",
                                       where(v.source(), origin), name, arity(*s), arity(it->second), it->second));
        if (auto bad = placeholder_problem(*s); !bad.empty())
          throw InputError(fmt::format("{}: {}: {} (English: \"{}\")", where(v.source(), origin), name, bad, it->second));
        // Of several values one may be worded around (a month heading without the month's
        // number); a term's only value may not: "wd" for "{}wd" printed every amount as "wd".
        if (arity(it->second) == 1 && arity(*s) == 0)
          throw InputError(fmt::format("{}: {} leaves out its value ({{}}), which the program gives it "
                                       "(English: \"{}\")",
                                       where(v.source(), origin), name, it->second));
      }
      out.terms_[name] = *s;
    }
  }
  if (schema && !base)
    for (const auto& [k, v] : schema->terms_)
      if (!open_table(k.substr(0, k.find('.'))) && !out.terms_.contains(k))
        throw InputError(fmt::format("{}: missing term '{}' (English: \"{}\")", origin, k, v));
  return out;
}

const Terms& Terms::builtin(Lang lang) {
  // Function-local statics: parsed once, on first use, thread-safe; en first, as the
  // schema zh is checked against.
  static const Terms en = parse(*data::embedded("terms/en.toml"), "built-in terms/en.toml");
  if (lang == Lang::en) return en;
  static const Terms zh = parse(*data::embedded("terms/zh.toml"), "built-in terms/zh.toml");
  return zh;
}

Terms Terms::load_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(fmt::format("cannot read terms file '{}'", path));
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_text(ss.str(), path, nullptr, true);
}

std::string_view Terms::operator[](std::string_view key) const {
  const auto it = terms_.find(key);
  if (it == terms_.end()) throw std::logic_error(fmt::format("no term '{}' in data/terms/en.toml", key));
  return it->second;
}

std::string_view Terms::name(std::string_view table, std::string_view id) const {
  std::string key;
  key.reserve(table.size() + 1 + id.size());
  key.append(table).append(".").append(id);
  const auto it = terms_.find(key);
  return it == terms_.end() ? id : std::string_view(it->second);
}

std::optional<std::string_view> id_named(std::string_view given, std::string_view table,
                                         const std::vector<std::string>& ids, const Terms* terms) {
  for (const Terms* t : {terms, &Terms::builtin(Lang::zh)}) {
    if (t == nullptr) continue;
    for (const auto& id : ids)
      if (t->name(table, id) == given && given != id) return std::string_view(id);
  }
  return std::nullopt;
}

std::string Terms::fill(std::string_view key, std::initializer_list<std::string_view> args) const {
  return i18n::fill((*this)[key], args);
}

}  // namespace i18n
SHIXIAN_NAMESPACE_END
