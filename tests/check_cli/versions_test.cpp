// `check` results carry the rule-set and calendar versions they were computed with
// (RULES.md §2, CONTRACT.md `check` "Data versions"): in the summary (text and JSON),
// on stderr, and as a first header line when asked. Unknown field names reach stderr
// escaped, so a terminal never acts on control characters from the input.
#include <doctest/doctest.h>

#include <string>

#include "shixian/calendar/calendar.hpp"
#include "shixian/rules/rule_set.hpp"
#include "support/process.hpp"

using shixian::test::run_cli;

namespace {

const std::string ticket =
    "{\"id\": \"a\", \"class\": \"ordinary\", \"received\": \"2026-03-02T10:00:00+08:00\"}\n";

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("the summary carries the rule-set and calendar versions, in text and JSON") {
  const auto rules = shixian::load_rule_set("generic-bank")->version;
  const auto calendar = shixian::default_calendar()->version();
  const auto json = run_cli("--rules generic-bank --format json check --summary --now 2026-03-03T00:00", ticket);
  CAPTURE(json.out);
  CHECK(has(json.out, "\"rule_set_version\": \"" + rules + "\""));
  CHECK(has(json.out, "\"calendar_version\": \"" + calendar + "\""));
  const auto text = run_cli("--rules generic-bank check --summary --now 2026-03-03T00:00", ticket);
  CHECK(has(text.out, "rule set " + rules + ", calendar " + calendar));
}

TEST_CASE("per-line output: versions on stderr always, and a first header line only with --header") {
  const auto rules = shixian::default_rule_set()->version;
  const auto calendar = shixian::default_calendar()->version();
  const auto plain = run_cli("check --now 2026-03-03T00:00", ticket + ticket);
  CHECK(has(plain.err, "shixian: rule set " + rules + ", calendar " + calendar + "\n"));
  CHECK_FALSE(has(plain.out, "header"));
  CHECK(plain.out.rfind("{\"id\": \"a\"", 0) == 0);  // line 1 answers input line 1

  const auto headed = run_cli("check --header --now 2026-03-03T00:00", ticket + ticket);
  CAPTURE(headed.out);
  const auto first = headed.out.substr(0, headed.out.find('\n'));
  CHECK(first == "{\"header\": {\"rule_set_version\": \"" + rules + "\", \"calendar_version\": \"" + calendar +
                     "\", \"zone\": \"Asia/Shanghai\", \"now\": \"2026-03-03T00:00:00+08:00\"}}");
  std::size_t lines = 0;
  for (char c : headed.out) lines += c == '\n';
  CHECK(lines == 3);  // the header, then one line per ticket
}

TEST_CASE("an unknown field's name is echoed to stderr escaped, not raw") {
  const auto r = run_cli("check --now 2026-03-03T00:00",
                         "{\"id\": \"a\", \"class\": \"ordinary\", \"received\": \"2026-03-02T10:00\", "
                         "\"x\\u001b[31m\": 1}\n");
  CAPTURE(r.err);
  CHECK_FALSE(has(r.err, "\x1b"));
  CHECK(has(r.err, "x\\u001b[31m"));
}
