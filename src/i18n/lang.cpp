// Choosing the output language: see include/shixian/i18n/lang.hpp.
#include "shixian/i18n/lang.hpp"

#include <cstdlib>
#include <fmt/format.h>
#include <string>

#include "shixian/error.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace i18n {

std::string_view to_string(Lang l) noexcept { return l == Lang::zh ? "zh" : "en"; }

std::optional<Lang> parse_lang(std::string_view text) noexcept {
  auto starts = [&](std::string_view p) {
    // "zh" alone or followed by a locale separator ("zh_CN", "zh-Hans", "zh.UTF-8").
    return text.substr(0, 2) == p &&
           (text.size() == 2 || text[2] == '_' || text[2] == '-' || text[2] == '.' || text[2] == '@');
  };
  if (starts("zh")) return Lang::zh;
  if (starts("en")) return Lang::en;
  return std::nullopt;
}

Env process_env() {
  return [](std::string_view name) -> std::optional<std::string_view> {
    const char* v = std::getenv(std::string(name).c_str());
    if (v == nullptr) return std::nullopt;
    return std::string_view(v);
  };
}

Lang choose_lang(std::string_view flag, const Env& env) {
  if (!flag.empty()) {
    if (auto l = parse_lang(flag)) return *l;
    // What people type for Chinese or English when they do not know the code (--lang cn
    // was refused, in English, to a user asking for Chinese).
    std::string lower(flag);
    for (auto& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (std::string_view zh : {"cn", "chs", "chinese", "中文", "简体中文", "汉语", "中"})
      if (lower == zh) return Lang::zh;
    for (std::string_view en : {"english", "eng", "英文", "英语"})
      if (lower == en) return Lang::en;
    // The language is not known yet: said in both.
    throw InputError(fmt::format("--lang '{}' is not a language of shixian's output (expected zh or en) / "
                                 "--lang“{}”不是可选的输出语言（应为 zh 或 en）", flag, flag));
  }
  if (auto v = env("SHIXIAN_LANG"); v && !v->empty()) {
    if (auto l = parse_lang(*v)) return *l;
    throw InputError(fmt::format("SHIXIAN_LANG='{}' is not a language of shixian's output (expected zh or en)", *v));
  }
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const auto v = env(name);
    if (!v || v->empty()) continue;
    if (v->substr(0, 2) != "zh") return Lang::en;
    // The output is UTF-8: a locale naming another codeset (zh_CN.GB18030, zh_CN.GBK,
    // zh_TW.Big5) is a terminal that would show its Chinese as mojibake, so it gets the
    // English, which is ASCII (--lang zh still asks for Chinese). So does a territory
    // without a codeset: glibc's zh_CN and zh_SG are GB2312, zh_TW and zh_HK Big5. A bare
    // "zh" names no codeset at all: Chinese.
    const auto dot = v->find('.');
    if (dot == std::string_view::npos) return v->find('_') == std::string_view::npos ? Lang::zh : Lang::en;
    std::string codeset(v->substr(dot + 1, v->find('@', dot) == std::string_view::npos ? std::string_view::npos
                                                                                       : v->find('@', dot) - dot - 1));
    for (auto& c : codeset) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return codeset == "utf-8" || codeset == "utf8" ? Lang::zh : Lang::en;
  }
  return Lang::en;
}

}  // namespace i18n
SHIXIAN_NAMESPACE_END
