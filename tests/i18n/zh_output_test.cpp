// Done-when of issue 14: with --lang zh, the text of `deadlines --explain`, `calendar
// show` and `check --summary` holds no English word — only identifiers and data (the
// allow-list below says which, and why each is there).
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "support/process.hpp"

using shixian::test::run_cli;

namespace {

// Words of three or more Latin letters that may appear: identifiers and data.
const std::set<std::string> allowed = {
    // the zone, an IANA identifier
    "Asia", "Shanghai",
    // the calendar's id, version and title (data/calendars/cn.cal)
    "China", "mainland",
    // stage ids shown beside their Chinese names; event and rule-set identifiers
    "hq_dispatch", "branch_dispatch", "total", "reply",
    // format names
    "JSON", "UTF",
    // the names of built-in rule sets, shown as data ("规则 95580-docs-pause")
    "docs", "pause", "regulator",
    // stage ids shown beside their Chinese names (the regulator rule set)
    "decision",
};

std::vector<std::string> english_words(const std::string& text) {
  std::vector<std::string> out;
  // Tokens of letters, digits and '_'; those with a digit are data (a version hash
  // "#8aca1cc7", "4wd" would be one, were it shown), the others words or identifiers.
  static const std::regex token("[A-Za-z0-9_]+"), word("[A-Za-z]{3,}");
  for (std::sregex_iterator it(text.begin(), text.end(), token), end; it != end; ++it) {
    const auto t = it->str();
    if (t.find_first_of("0123456789") != std::string::npos || allowed.contains(t)) continue;
    if (std::regex_search(t, word)) out.push_back(t);
  }
  return out;
}

void check_chinese(const std::string& args, const std::string& input = "", int code = 0) {
  const auto r = run_cli(args, input);
  CAPTURE(args);
  REQUIRE_MESSAGE(r.code == code, r.err);
  CHECK(r.out.size() > 100);
  const auto words = english_words(r.out);
  std::string list;
  for (const auto& w : words) list += w + " ";
  CHECK_MESSAGE(words.empty(), "English words in --lang zh output: " << list << "\n" << r.out);
}

}  // namespace

TEST_CASE("--lang zh deadlines --explain has no English words") {
  check_chinese("--lang zh deadlines --received 2026-09-30T23:10 --resolved 2026-10-09T09:00 --unionpay --explain");
  check_chinese("--lang zh deadlines --received 2026-09-30T17:10 --class urgent --explain");
}

// Found by widening the cases above: the regulator rule sets' names (stage "decision",
// flag "complex", class "complaint") had no Chinese term, and a stage that needs a year
// with no notice said so in English.
TEST_CASE("--lang zh deadlines --explain has no English words: regulator, paused, beyond coverage") {
  check_chinese("--lang zh --rules regulator deadlines --received 2026-09-30T23:10 --explain");
  check_chinese("--lang zh --rules regulator deadlines --received 2026-09-30T23:10 --flag complex "
                "--event appraisal_started=2026-10-09T10:00 --explain");
  check_chinese("--lang zh --rules 95580-docs-pause deadlines --received 2026-09-30T23:10 "
                "--event docs_requested=2026-10-09T10:00 --explain");
  check_chinese("--lang zh deadlines --received 2027-03-01T10:00 --explain", "", 1);  // 1: no notice for 2027
  // The stage's error on stderr is in Chinese too, and names the missing year.
  const auto r = run_cli("--lang zh deadlines --received 2027-03-01T10:00");
  CHECK(r.err.find("尚未载入2027年的放假通知") != std::string::npos);
  CHECK(r.err.find("outside") == std::string::npos);
}

TEST_CASE("--lang zh calendar show has no English words") {
  check_chinese("--lang zh calendar show 2026");
}

TEST_CASE("--lang zh check --summary has no English words") {
  std::string input;
  for (int i = 0; i < 30; ++i)
    input += "{\"id\": \"T-" + std::to_string(i) + "\", \"class\": \"" + (i % 4 ? "ordinary" : "urgent") +
             "\", \"received\": \"2026-1" + std::to_string(i % 2) + "-0" + std::to_string(1 + i % 9) +
             "T09:00\", \"hq_dispatched\": \"2026-1" + std::to_string(i % 2) + "-0" + std::to_string(1 + i % 9) +
             "T1" + std::to_string(i % 7) + ":00\", \"tier2_received\": null, \"resolved\": null}\n";
  input += "garbage\n";
  check_chinese("--lang zh check --now 2026-11-26T12:00 --summary", input, 1);  // 1: a bad line
}

TEST_CASE("SHIXIAN_LANG and LANG choose Chinese; JSON is the same in both languages") {
  const auto zh = run_cli("--lang zh deadlines --received 2026-09-30T23:10 --format json --explain");
  const auto en = run_cli("--lang en deadlines --received 2026-09-30T23:10 --format json --explain");
  CHECK(zh.out == en.out);
  CHECK(zh.out.find("2026-10-14T00:00:00+08:00") != std::string::npos);
  const auto by_env = run_cli("deadlines --received 2026-09-30T23:10", "");
  CHECK(by_env.out.find("Ticket:") != std::string::npos);  // LANG unset: English
  const auto r = run_cli("calendar show 2026 --month 10");
  CHECK(r.out.find("October 2026") != std::string::npos);
  // Through the environment (run_cli unsets LANG and LC_ALL; env sets them for the CLI).
  const auto e = std::system("env SHIXIAN_LANG=zh '" SHIXIAN_CLI "' calendar show 2026 --month 10 | grep -aq '2026年10月'");
  CHECK(e == 0);
  const auto l = std::system("env -u SHIXIAN_LANG LANG=zh_CN.UTF-8 '" SHIXIAN_CLI "' calendar show 2026 --month 10 | grep -aq '  一  二  三'");
  CHECK(l == 0);
  CHECK(run_cli("--lang fr calendar show 2026").code == 1);
}
