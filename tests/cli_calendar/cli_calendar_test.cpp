// `shixian calendar` end to end: the built CLI (SHIXIAN_CLI) run as a user runs it,
// checking stdout, stderr and the exit code (CONTRACT.md: 0 ok, 1 rejected input,
// 2 bad usage), in text and JSON.
#include <doctest/doctest.h>

#include "support/process.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <simdjson.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace std::string_literals;

namespace {

using Run = shixian::test::Result;

// Runs `shixian ARGS...` (each argument quoted), stdin empty.
Run cli(const std::vector<std::string>& args) { return shixian::test::run_cli_args(args); }

std::string temp_path(std::string_view name) {
  static int counter = 0;
  return (std::filesystem::temp_directory_path() /
          ("shixian-cli-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + "-" +
           std::string(name)))
      .string();
}

bool contains(const std::string& s, std::string_view part) {
  return s.find(part) != std::string::npos;
}

// The JSON object printed on stdout.
simdjson::dom::element json_of(simdjson::dom::parser& parser, const Run& r) {
  simdjson::dom::element doc;
  const auto error = parser.parse(r.out).get(doc);
  REQUIRE_MESSAGE(!error, "not JSON: " << r.out);
  return doc;
}

struct TempFile {
  std::string path;
  explicit TempFile(std::string_view text) : path(temp_path("cal")) {
    std::ofstream(path, std::ios::binary) << text;
  }
  ~TempFile() { std::remove(path.c_str()); }
};

}  // namespace

TEST_CASE("calendar add gives the N-th working day after the date") {
  auto r = cli({"calendar", "add", "2026-09-30", "4"});
  CHECK(r.code == 0);
  CHECK(r.out == "2026-10-12\n");

  // A Saturday make-up day, by the 2019 notice.
  r = cli({"calendar", "add", "2018-12-28", "1"});
  CHECK(r.code == 0);
  CHECK(r.out == "2018-12-29\n");

  // N = 0 gives the date itself.
  r = cli({"calendar", "add", "2026-10-03", "0"});
  CHECK(r.code == 0);
  CHECK(r.out == "2026-10-03\n");

  simdjson::dom::parser parser;
  r = cli({"--format", "json", "calendar", "add", "2026-09-30", "4"});
  CHECK(r.code == 0);
  auto doc = json_of(parser, r);
  CHECK(std::string_view(doc["date"].get_string()) == "2026-10-12");
  CHECK(doc["provisional"].error() == simdjson::NO_SUCH_FIELD);

  r = cli({"calendar", "add", "2018-12-28", "1", "--format", "json"});
  CHECK(r.code == 0);
  doc = json_of(parser, r);
  CHECK(std::string_view(doc["date"].get_string()) == "2018-12-29");
}

TEST_CASE("calendar between counts working days in (D1, D2]") {
  auto r = cli({"calendar", "between", "2026-09-30", "2026-10-12"});
  CHECK(r.code == 0);
  CHECK(r.out == "4\n");
  r = cli({"calendar", "between", "2026-10-12", "2026-09-30"});
  CHECK(r.code == 0);
  CHECK(r.out == "-4\n");
  simdjson::dom::parser parser;
  r = cli({"--format", "json", "calendar", "between", "2026-09-30", "2026-10-12"});
  CHECK(r.code == 0);
  CHECK(int64_t(json_of(parser, r)["working_days"].get_int64()) == 4);
}

TEST_CASE("calendar is-working answers true or false") {
  struct Case {
    const char* date;
    bool working;
  };
  // 10-10 a make-up Saturday; 10-08 the first day back; 10-07 the last day of the break.
  for (const auto c : {Case{"2026-10-10", true}, Case{"2026-10-08", true}, Case{"2026-10-07", false},
                       Case{"2026-10-11", false}}) {
    const std::string date = c.date;
    CAPTURE(date);
    auto r = cli({"calendar", "is-working", c.date});
    CHECK(r.code == 0);
    CHECK(r.out == (c.working ? "true\n" : "false\n"));
    simdjson::dom::parser parser;
    r = cli({"--format", "json", "calendar", "is-working", c.date});
    CHECK(r.code == 0);
    CHECK(bool(json_of(parser, r)["working"].get_bool()) == c.working);
  }
}

TEST_CASE("calendar rejects bad input with exit 1 and a message naming the value") {
  struct Case {
    std::vector<std::string> args;
    const char* named;
  };
  const Case cases[] = {
      {{"calendar", "is-working", "2026-02-30"}, "2026-02-30"},
      {{"calendar", "add", "2026-13-01", "1"}, "2026-13-01"},
      {{"calendar", "between", "2026-09-30", "2026-9-1"}, "2026-9-1"},
      {{"calendar", "add", "2026-09-30", "-1"}, "-1"},
      {{"calendar", "add", "2026-09-30", "99999999"}, "99999999"},
      {{"calendar", "add", "2026-09-30", "5x"}, "5x"},
      {{"calendar", "add", "2026-09-30", "abc"}, "abc"},
      {{"calendar", "is-working", "2027-03-01"}, "2027-03-01"},
      {{"calendar", "is-working", "2006-12-31"}, "2006-12-31"},
      {{"calendar", "show", "2026", "--month", "13"}, "13"},
      {{"--zone", "Mars/Olympus", "calendar", "is-working", "2026-10-10"}, "Mars/Olympus"},
  };
  for (const auto& c : cases) {
    std::string line;
    for (const auto& a : c.args) line += a + " ";
    CAPTURE(line);
    const auto r = cli(c.args);
    CHECK(r.code == 1);
    CHECK(r.out.empty());
    CHECK_MESSAGE(contains(r.err, c.named), "stderr: " << r.err);
  }
}

TEST_CASE("a coverage error names the date and the covered range, and --provisional opts in") {
  auto r = cli({"calendar", "is-working", "2027-03-01"});
  CHECK(r.code == 1);
  CHECK(contains(r.err, "2007-01-01..2026-12-31"));

  r = cli({"calendar", "add", "2026-12-28", "5"});
  CHECK(r.code == 1);
  CHECK(contains(r.err, "2026-12-28"));
  CHECK(contains(r.err, "2007-01-01..2026-12-31"));

  r = cli({"calendar", "between", "2026-12-01", "2027-01-10"});
  CHECK(r.code == 1);
  CHECK(contains(r.err, "2027-01-10"));

  // Provisional: 29, 30, 31, Fri 2027-01-01, Mon 2027-01-04 by the weekly rule, marked.
  r = cli({"--provisional", "calendar", "add", "2026-12-28", "5"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "2027-01-04"));
  CHECK(contains(r.out, "provisional"));
  simdjson::dom::parser parser;
  r = cli({"--provisional", "--format", "json", "calendar", "add", "2026-12-28", "5"});
  CHECK(r.code == 0);
  auto doc = json_of(parser, r);
  CHECK(std::string_view(doc["date"].get_string()) == "2027-01-04");
  CHECK(bool(doc["provisional"].get_bool()));
  // A covered answer is not marked, even with --provisional.
  r = cli({"--provisional", "--format", "json", "calendar", "add", "2026-09-30", "4"});
  CHECK(r.code == 0);
  doc = json_of(parser, r);
  CHECK(std::string_view(doc["date"].get_string()) == "2026-10-12");
  CHECK(doc["provisional"].error() == simdjson::NO_SUCH_FIELD);
  r = cli({"--provisional", "--format", "json", "calendar", "is-working", "2027-01-02"});
  CHECK(r.code == 0);
  doc = json_of(parser, r);
  CHECK_FALSE(bool(doc["working"].get_bool()));
  CHECK(bool(doc["provisional"].get_bool()));
}

TEST_CASE("a well-formed option with a bad value is a rejected input: exit 1") {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"--format", "xml", "calendar", "is-working", "2026-10-10"},
           {"--zone", "", "calendar", "is-working", "2026-10-10"},
           {"--calendar", "/tmp", "calendar", "is-working", "2026-10-10"}}) {
    const auto r = cli(args);
    CHECK(r.code == 1);
    CHECK_FALSE(r.err.empty());
  }
  const auto r = cli({"bogus"});
  CHECK(r.err.find("unknown command 'bogus'") != std::string::npos);
}

TEST_CASE("calendar reports bad usage with exit 2") {
  const std::vector<std::vector<std::string>> cases = {
      {"calendar", "frobnicate", "2026-10-10"},        // unknown subcommand
      {"calendar"},                                    // no subcommand
      {"calendar", "add", "2026-09-30"},               // missing N
      {"calendar", "between", "2026-09-30"},           // missing D2
      {"calendar", "is-working"},                      // missing DATE
      {"calendar", "is-working", "2026-10-10", "--bogus"},  // unknown flag
      {"bogus", "is-working", "2026-10-10"},            // unknown command
  };
  for (const auto& args : cases) {
    std::string line;
    for (const auto& a : args) line += a + " ";
    CAPTURE(line);
    const auto r = cli(args);
    CHECK(r.code == 2);
    CHECK_FALSE(r.err.empty());
  }
}

TEST_CASE("calendar show prints a readable month grid") {
  const auto r = cli({"calendar", "show", "2026", "--month", "10"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "October 2026"));
  CHECK(contains(r.out, "Mon Tue Wed Thu Fri Sat Sun"));
  CHECK_FALSE(contains(r.out, "\x1b["));  // no colour when stdout is not a terminal
  // Find the grid rows (those made only of day cells) and check the marks: Oct 1 2026
  // is a Thursday; 1-7 holiday '*', Sat 10 make-up '+'.
  std::istringstream lines(r.out);
  std::vector<std::string> rows;
  std::string line;
  bool in_grid = false;
  while (std::getline(lines, line)) {
    if (contains(line, "Mon Tue Wed")) {
      in_grid = true;
      continue;
    }
    if (in_grid && (line.empty() || line.size() > 28 || contains(line, ":"))) in_grid = false;
    if (in_grid) rows.push_back(line);
  }
  REQUIRE(rows.size() == 5);
  CHECK(rows[0] == std::string(12, ' ') + "  1*  2*  3*  4*");  // Mon-Wed empty
  CHECK(rows[1] == "  5*  6*  7*  8   9  10+ 11 ");
  CHECK(rows[2].substr(0, 4) == " 12 ");
  CHECK(rows[4] == " 26  27  28  29  30  31 ");
  // Each cell is 4 wide, so weekday columns line up.
  for (const auto& row : rows) CHECK(row.size() % 4 == 0);
  // Notes name the holidays and the make-up day.
  CHECK(contains(r.out, "10+"));
  CHECK(contains(r.out, "make-up"));

  simdjson::dom::parser parser;
  const auto j = cli({"--format", "json", "calendar", "show", "2026", "--month", "10"});
  CHECK(j.code == 0);
  auto doc = json_of(parser, j);
  auto list = doc["days"].get_array();
  CHECK(list.size() == 31);
  int working = 0;
  for (auto day : list) working += bool(day["working"].get_bool()) ? 1 : 0;
  CHECK(working == 18);  // 22 weekdays - 5 holiday weekdays + Sat 10-10

  // Outside coverage: an error unless provisional.
  CHECK(cli({"calendar", "show", "2027", "--month", "1"}).code == 1);
  const auto p = cli({"--provisional", "calendar", "show", "2027", "--month", "1"});
  CHECK(p.code == 0);
  CHECK(contains(p.out, "?"));
}

TEST_CASE("--calendar loads a 2027 notice at run time") {
  const TempFile f("calendar cn\nnotice 2027 https://example.org/2027\nrest 2027-01-01 元旦\n");
  auto r = cli({"--calendar", f.path, "calendar", "is-working", "2027-01-01"});
  CHECK(r.code == 0);
  CHECK(r.out == "false\n");
  r = cli({"--calendar", f.path, "calendar", "add", "2026-12-28", "5"});
  CHECK(r.code == 0);
  CHECK(r.out == "2027-01-05\n");
  // The version shown names the new coverage.
  r = cli({"--calendar", f.path, "calendar", "show", "2027", "--month", "1"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "2007..2027"));

  const TempFile bad("calendar cn\nnotice 2027 x\nrest 2027-02-30 春节\n");
  r = cli({"--calendar", bad.path, "calendar", "is-working", "2026-10-10"});
  CHECK(r.code == 1);
  CHECK(contains(r.err, bad.path + ":3"));
  CHECK(contains(r.err, "2027-02-30"));
}

TEST_CASE("calendar import-notice writes a calendar file and shows the months it touches") {
  const std::string notice = std::string(SHIXIAN_SOURCE_DIR) + "/tests/calendar/notices/2026.txt";
  const std::string out = temp_path("2026.cal");
  auto r = cli({"calendar", "import-notice", notice, "--year", "2026", "--source", "https://example.org/n", "-o", out});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "13 facts for 2026"));
  CHECK(contains(r.out, "October 2026"));
  CHECK(contains(r.out, "10+ make-up working day: 国庆节"));
  // The file loads as calendar data and answers as the built-in 2026 does.
  auto q = cli({"--calendar", out, "calendar", "add", "2026-09-30", "4"});
  CHECK(q.out == "2026-10-12\n");
  CHECK(contains(shixian::test::slurp(out), "notice 2026 https://example.org/n\n"));
  std::remove(out.c_str());
  // Without -o the calendar file is stdout and the preview goes to stderr.
  auto s = cli({"calendar", "import-notice", notice, "--year", "2026"});
  CHECK(contains(s.out, "rest 2026-10-01..2026-10-07"));
  CHECK(contains(s.err, "October 2026"));
}

TEST_CASE("calendar import-notice refuses a damaged text with exit 1, naming the sentence") {
  TempFile bad("国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周四）放假，共1天。\n");
  auto r = cli({"calendar", "import-notice", bad.path, "--year", "2027"});
  CHECK(r.code == 1);
  CHECK(contains(r.err, "1月1日(周四)放假"));
  CHECK(contains(r.err, "is a 星期五, but the text says 星期四"));
  CHECK(r.out.empty());
}

TEST_CASE("calendar import-json reads the per-year JSON format") {
  TempFile feed(R"({"year": 2027, "papers": ["https://example.org/2027"], "days": [
    {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
    {"name": "春节", "date": "2027-02-20", "isOffDay": false}]})");
  auto r = cli({"calendar", "import-json", feed.path});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "notice 2027 https://example.org/2027\n"));
  CHECK(contains(r.out, "rest 2027-01-01"));
  CHECK(contains(r.out, "work 2027-02-20"));
  TempFile empty(R"({"year": 2027, "papers": [], "days": []})");
  auto e = cli({"calendar", "import-json", empty.path});
  CHECK(e.code == 1);
  CHECK(contains(e.err, "no days listed"));
}

// A notice's first day may lie in the year before it (元旦 from 30 December): the preview
// grid of that month, past the calendar's coverage, shows its days by the weekly rule
// ('?'), as its heading says, where it once stopped with a coverage error and exit 1
// after writing the file.
TEST_CASE("calendar import-json previews a month before coverage, exit 0") {
  TempFile feed(R"({"year": 2007, "papers": ["https://example.org/2007"], "days": [
    {"name": "元旦", "date": "2006-12-30", "isOffDay": true},
    {"name": "元旦", "date": "2007-01-01", "isOffDay": true}]})");
  auto r = cli({"calendar", "import-json", feed.path});
  CHECK(r.code == 0);
  CHECK(contains(r.err, "December 2006"));
  CHECK(contains(r.err, " 31?"));
  CHECK_FALSE(contains(r.err, "is outside calendar"));
}

TEST_CASE("calendar answers say plainly when a year has no notice loaded") {
  auto r = cli({"calendar", "add", "2026-12-28", "5", "--provisional"});
  CHECK(r.code == 0);
  CHECK(r.out == "2027-01-04  (provisional: no notice for 2027 is loaded; the weekly rule alone)\n");
  r = cli({"calendar", "is-working", "2027-01-01", "--provisional", "--format", "json"});
  CHECK(contains(r.out, R"("provisional": true, "no_notice": [2027])"));
  r = cli({"calendar", "show", "2027", "--month", "1", "--provisional"});
  CHECK(contains(r.out, "PROVISIONAL: no notice for 2027 is loaded"));
  CHECK(contains(r.out, "import-notice"));
  r = cli({"calendar", "show", "2026", "--month", "1"});
  CHECK_FALSE(contains(r.out, "PROVISIONAL"));
  r = cli({"calendar", "add", "2026-12-28", "5"});
  CHECK(r.code == 1);
  CHECK(contains(r.err, "no notice for 2027 is loaded"));
}

TEST_CASE("--calendar settlement selects the built-in settlement calendar") {
  auto r = cli({"--calendar", "settlement", "calendar", "is-working", "2026-10-10"});
  CHECK(r.code == 0);
  CHECK(r.out == "false\n");
  CHECK(contains(r.err, "周末休市"));
  CHECK(cli({"calendar", "is-working", "2026-10-10"}).out == "true\n");
}

// Under --lang zh the month grid's heading named the built-in calendar in English
// ("日历 cn（China mainland (中国大陆)）", an operations user's trial, session 30).
TEST_CASE("calendar show names a built-in calendar in the chosen language") {
  const auto zh = shixian::test::run_cli("--lang zh calendar show 2026 --month 10");
  CHECK(zh.out.rfind("日历 cn（中国大陆）", 0) == 0);
  CHECK(zh.out.find("China") == std::string::npos);
  const auto en = shixian::test::run_cli("calendar show 2026 --month 10");
  CHECK(en.out.find("China mainland") != std::string::npos);
}

// --month 十月 said '“十”不是1..12之间的整数': the unit was stripped, then the rest refused
// and quoted (an operations user's trial, session 30). A month in Chinese numerals is
// read; an error quotes what was typed.
TEST_CASE("calendar show --month reads 十月 and quotes what was typed when it cannot") {
  const auto ten = shixian::test::run_cli("calendar show 2026 --month 十月");
  CHECK(ten.code == 0);
  CHECK(ten.out.find("October 2026") != std::string::npos);
  const auto bad = shixian::test::run_cli("--lang zh calendar show 2026 --month 十三月");
  CHECK(bad.code != 0);
  CHECK(bad.err.find("“十三月”") != std::string::npos);
  // Digits are read as whole numbers only: 1.0 is no month as written.
  CHECK(shixian::test::run_cli("calendar show 2026 --month 1.0").code != 0);
}
