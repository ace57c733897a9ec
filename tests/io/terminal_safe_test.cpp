// Issue 16: text from input (a field name, a file name, a value in a rule set) reached
// stderr raw, so an escape sequence in a ticket file drove the user's terminal. One
// function escapes it for every command (io::terminal_safe), and JSON output escapes the
// C1 controls too (U+009B is CSI on some terminals).
#include <doctest/doctest.h>

#include <string>

#include "shixian/io/line_reader.hpp"

using shixian::io::json_string;
using shixian::io::terminal_safe;

namespace {
// No byte a terminal acts on: C0 but '\n' and '\t', DEL, and C1 (as UTF-8, C2 80..C2 9F).
bool inert(const std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return false;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) return false;
  }
  return true;
}
}  // namespace

TEST_CASE("terminal_safe shows control characters and leaves text alone") {
  CHECK(terminal_safe("field '\x1b[31mred'") == "field '\\u001b[31mred'");
  CHECK(terminal_safe("a\rb\x7f" "c\x07") == "a\\u000db\\u007fc\\u0007");
  CHECK(terminal_safe("CSI \xC2\x9B" "2J") == "CSI \\u009b2J");
  CHECK(terminal_safe("RLO \xE2\x80\xAE" "gpj.exe") == "RLO \\u202egpj.exe");  // U+202E
  CHECK(terminal_safe("bad \xC3(") == "bad \\xC3(");                            // not UTF-8
  // Line breaks, tabs, quotes, backslashes and every printing character pass unchanged.
  const std::string text = "line 1\n\tid \"T-1\" \\ 投诉·吞卡 “急” £ é 😀";
  CHECK(terminal_safe(text) == text);
  std::string every;
  for (int c = 0; c < 256; ++c) every += static_cast<char>(c);
  CHECK(inert(terminal_safe(every)));
  CHECK(inert(terminal_safe("\xC2\x80\xC2\x9F\xC2\x9B")));
}

TEST_CASE("JSON strings escape DEL and the C1 controls, and keep other UTF-8") {
  CHECK(json_string("a\xC2\x9B" "b") == "\"a\\u009bb\"");
  CHECK(json_string("\x7f") == "\"\\u007f\"");
  CHECK(json_string("\xC2\xB7\xC2\xA0") == "\"\xC2\xB7\xC2\xA0\"");  // U+00B7, U+00A0 print
  CHECK(json_string("\xC3\xC2\x85") == "\"\\ufffd\\u0085\"");       // (invalid UTF-8 beside)
  std::string every;
  for (int c = 0; c < 256; ++c) every += static_cast<char>(c);
  CHECK(inert(json_string(every)));
}
