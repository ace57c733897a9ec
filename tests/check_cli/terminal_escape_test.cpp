// Issue 16: unknown field names, file names and values from rule-set files were written
// to stderr as read, so a terminal escape sequence in input acted on the user's terminal.
// Every command now writes such text through io::terminal_safe.
#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "support/process.hpp"

using shixian::test::run_cli;

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
bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("an unknown field name with an escape sequence is shown escaped on stderr") {
  // JSON's \u001b becomes a real ESC once decoded; \xC2\x9B is U+009B (CSI) as it stands.
  const auto r = run_cli("check --now 2026-12-01T00:00",
                         "{\"id\": \"T-1\", \"class\": \"ordinary\", \"received\": \"2026-11-20T17:45\", "
                         "\"\\u001b[31mred\xC2\x9B\": 1}\n");
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(has(r.err, "field '\\u001b[31mred\\u009b'"));
  CHECK(inert(r.err));
  CHECK(inert(r.out));
}

TEST_CASE("bad lines with control characters are escaped in JSON on stdout and stderr") {
  const std::string line = "{\"id\": \"T-\xC2\x9B" "1\", \"class\": \"urgnt\", \"received\": \"2026-11-20T17:45\"}\n";
  const auto c = run_cli("check --now 2026-12-01T00:00", line);
  CAPTURE(c.out);
  CHECK(c.code == 1);
  CHECK(has(c.out, "T-\\u009b1"));
  CHECK(inert(c.out));
  const auto s = run_cli("check --now 2026-12-01T00:00 --summary", line);  // bad lines on stderr
  CHECK(inert(s.err));
  const auto k = run_cli("callback report", "{\"id\": \"C-\xC2\x9B\", \"class\": \"vip\"}\n");  // stderr too
  CAPTURE(k.err);
  CHECK(k.code == 1);
  CHECK(has(k.err, "C-\\u009b"));
  CHECK(inert(k.err));
}

TEST_CASE("values from a rule-set file, file names and arguments are escaped in error messages") {
  const std::string rules = "/tmp/shixian-escape-" + std::to_string(::getpid()) + ".toml";
  std::ofstream(rules) << "extends = \"95580\"\nname = \"x\"\nzone = \"\\u001b[2JX\"\n";
  const auto z = run_cli("--rules " + rules + " deadlines --received 2026-11-20T17:45");
  CAPTURE(z.err);
  CHECK(z.code == 1);
  CHECK(has(z.err, "'\\u001b[2JX'"));
  CHECK(inert(z.err));
  std::remove(rules.c_str());
  for (const std::string args : {"$(printf 'check /no/such\\033[2J')", "$(printf '\\033[2J')",
                                 "check --now \"$(printf '\\033[2J')\"", "check \"$(printf -- '--x\\033[2J')\"",
                                 "classify \"$(printf '/no/such\\033[2J')\""}) {
    CAPTURE(args);
    const auto r = run_cli(args);
    CAPTURE(r.err);
    CHECK(r.code != 0);
    CHECK(has(r.err, "\\u001b[2J"));
    CHECK(inert(r.err));
  }
}
