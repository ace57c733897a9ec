// Screening rule-set text before toml++ sees it: see toml_screen.hpp.
#include "toml_screen.hpp"

#include <cstdint>
#include <fmt/format.h>

#include "shixian/error.hpp"
#include "shixian/io/line_reader.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace detail {

namespace {

bool bare_key_char(char c) noexcept {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// The character that starts `rest` (valid UTF-8, non-ASCII), named with its code point,
// and the fix: the ASCII character a full-width one stands for (an IME's ＝ ： ， ［ ］ “ ”
// and its full-width space), else that a key is ASCII and Chinese text goes in quotes.
std::string describe_non_ascii(std::string_view rest) {
  std::size_t len = 0;
  const char32_t cp = io::code_point_at(rest, 0, len);
  const auto shown = std::string(rest.substr(0, len));
  const char ascii = io::ascii_lookalike(cp);
  if (ascii == ' ')
    return fmt::format("a full-width space (U+3000) outside a string or comment; did you mean a plain space?");
  if (ascii)
    return fmt::format("a full-width '{}' (U+{:04X}) outside a string or comment; did you mean '{}'?", shown,
                       static_cast<std::uint32_t>(cp), ascii);
  return fmt::format("a non-ASCII character '{}' (U+{:04X}) outside a string or comment: keys are ASCII names, "
                     "and Chinese text is a quoted value (title = \"...\")", shown, static_cast<std::uint32_t>(cp));
}

}  // namespace

void screen_toml(std::string_view text, std::string_view origin, const TomlLimits& limits) {
  if (text.size() > limits.max_bytes)
    throw InputError(fmt::format("{}: the text is {} bytes; a rule set may have at most {}", origin,
                                 text.size(), limits.max_bytes));
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    throw InputError(fmt::format("{}: empty file (a rule set needs at least name, classes, events "
                                 "and [[stages]])", origin));
  if (auto bad = io::find_invalid_utf8(text)) {
    int line = 1;
    for (std::size_t i = 0; i < *bad; ++i) line += text[i] == '\n';
    throw InputError(fmt::format("{}:{}: {}", origin, line, io::describe_invalid_utf8_with_hint(text)));
  }

  enum class In { code, comment, basic, literal, ml_basic, ml_literal };
  In in = In::code;
  int line = 1, depth = 0, dots = 0;
  bool line_start = true;  // only blanks seen on this line so far (in code)
  auto fail = [&](const std::string& what) {
    throw InputError(fmt::format("{}:{}: {}", origin, line, what));
  };
  auto starts = [&](std::size_t i, std::string_view s) { return text.substr(i, s.size()) == s; };

  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      ++line;
      dots = 0;
      line_start = true;
      if (in == In::comment || in == In::basic || in == In::literal) in = In::code;  // toml++ reports an open string
      continue;
    }
    switch (in) {
      case In::comment:
        continue;
      case In::basic:
        if (c == '\\') ++i;
        else if (c == '"') in = In::code;
        continue;
      case In::literal:
        if (c == '\'') in = In::code;
        continue;
      case In::ml_basic:
        if (c == '\\') ++i;
        else if (starts(i, "\"\"\"")) in = In::code, i += 2;
        continue;
      case In::ml_literal:
        if (starts(i, "'''")) in = In::code, i += 2;
        continue;
      case In::code:
        break;
    }
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) fail(describe_non_ascii(text.substr(i)));
    if ((u < 0x20 && c != '\t' && c != '\r') || u == 0x7F)
      fail(fmt::format("control character 0x{:02X} outside a string", u));
    const bool was_line_start = line_start;
    if (c != ' ' && c != '\t' && c != '\r') line_start = false;
    switch (c) {
      case '#': in = In::comment; break;
      case '"': in = starts(i, "\"\"\"") ? (i += 2, In::ml_basic) : In::basic; break;
      case '\'': in = starts(i, "'''") ? (i += 2, In::ml_literal) : In::literal; break;
      case '.':
        if (++dots > limits.max_dots)
          fail(fmt::format("more than {} dots outside strings on one line (a key of that many "
                           "parts is not a rule set)", limits.max_dots));
        break;
      case '[':
        if (depth == 0 && was_line_start) {  // a table header: [name] or [[name]]
          std::size_t j = i + 1;
          if (j < text.size() && text[j] == '[') ++j;
          while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
          if (j >= text.size() || !(bare_key_char(text[j]) || text[j] == '"' || text[j] == '\'' || text[j] == ']'))
            fail("a table header must start with a name, e.g. [archive] or [[stages]]");
        }
        [[fallthrough]];
      case '{':
        if (++depth > limits.max_nesting)
          fail(fmt::format("more than {} levels of nested [ ] and {{ }}", limits.max_nesting));
        break;
      case ']':
      case '}':
        if (depth > 0) --depth;
        break;
      default: break;
    }
  }
}

}  // namespace detail
SHIXIAN_NAMESPACE_END
