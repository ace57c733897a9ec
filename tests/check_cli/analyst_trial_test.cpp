// Found by a bank analyst's trial (session 33: a year's export, zones with DST, the
// bank's own rule file): each case failed before its fix.
#include <doctest/doctest.h>

#include <cstdio>
#include <initializer_list>
#include <string>
#include <utility>
#include <unistd.h>

#include "support/process.hpp"

using shixian::test::run_cli;

namespace {
bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

// select wrote no "class", and report reads a line without one as ordinary: piped on,
// every urgent ticket (never in the sample) counted as an ordinary one not called back,
// and a level that met its share showed SHORT.
TEST_CASE("callback select | callback report counts urgent tickets outside the sample") {
  std::string in;
  for (int i = 0; i < 40; ++i)
    in += R"({"id": "T-)" + std::to_string(i) + R"(", "level": "tier1", "class": ")" +
          (i % 2 ? "urgent" : "ordinary") + "\"}\n";
  const auto sel = run_cli("callback select --salt 2026Q4", in);
  REQUIRE(sel.code == 0);
  CHECK(has(sel.out, R"("class": "urgent")"));
  CHECK(has(sel.out, R"("class": "ordinary")"));
  const auto rep = run_cli("callback report --format json", sel.out);
  CHECK(rep.code == 0);
  CHECK(has(rep.out, R"("tier1": {"ordinary": 20,)"));
}

// With --provisional, results past the calendar's coverage were counted in the summary
// and the report with no word (RULES.md §2: every such result is marked provisional),
// and the report's lists dropped the mark the text showed.
TEST_CASE("the summary and the report say how many results rest on the weekly rule, and mark each listed") {
  const std::string in =
      R"({"id": "Y1", "class": "ordinary", "received": "2026-12-28T10:00"})" "\n"
      R"({"id": "Y2", "class": "ordinary", "received": "2026-12-28T10:00", "closed": "2027-01-05T10:00"})" "\n"
      R"({"id": "Y3", "class": "urgent", "unionpay": true, "received": "2026-12-30T10:00"})" "\n"
      R"({"id": "Y4", "class": "ordinary", "received": "2027-01-04T10:00", "closed": "2027-01-05T10:00"})" "\n";
  const auto text = run_cli("check --now 2027-01-10T00:00 --provisional --summary", in);
  CHECK(has(text.out, "PROVISIONAL: 3 stage results rest on the weekly rule"));
  CHECK(has(text.out, "deadline 2027-01-04 24:00 (provisional)"));
  const auto zh = run_cli("--lang zh check --now 2027-01-10T00:00 --provisional --summary", in);
  CHECK(has(zh.out, "暂定：有3个环节结果超出日历范围"));
  const auto json = run_cli("check --now 2027-01-10T00:00 --provisional --summary --format json", in);
  CHECK(has(json.out, R"("provisional_results": 3)"));
  CHECK(has(json.out, R"({"id": "Y1", "provisional": true, "deadline": "2027-01-05T00:00:00+08:00")"));
  const std::string html = "/tmp/shixian-provisional-" + std::to_string(::getpid()) + ".html";
  const auto rep = run_cli("check --now 2027-01-10T00:00 --provisional --report " + html, in);
  const auto page = shixian::test::slurp(html);
  std::remove(html.c_str());
  CHECK(has(page, R"(id="provisional" data-results="3")"));
  CHECK(has(page, R"(<span class="provisional">(provisional)</span>)"));
  // Without --provisional nothing is past coverage: no such word.
  const auto strict = run_cli("check --now 2027-01-10T00:00 --summary --format json", in);
  CHECK(has(strict.out, R"("provisional_results": 0)"));
}

// --format jsonl was accepted and ignored where the answer is one document: a reader
// that takes a line at a time failed on line 1 of check --summary, calendar show and
// calendar diff (deadlines already gave one line).
TEST_CASE("--format jsonl gives one line wherever the answer is one JSON document") {
  const std::string t = R"({"id": "a", "class": "ordinary", "received": "2026-11-20T10:00"})" "\n";
  for (const auto& [cmd, input] : std::initializer_list<std::pair<std::string, std::string>>{
           {"--format jsonl check --now 2026-12-01T00:00 --summary", t},
           {"--format jsonl calendar show 2026 --month 10", ""},
           {"--format jsonl calendar diff cn settlement", ""},
           {"--format jsonl deadlines --received 2026-09-30T17:10 --explain", ""}}) {
    const auto r = run_cli(cmd, input);
    INFO(cmd);
    CHECK(r.out.size() > 50);
    CHECK(r.out.find('\n') == r.out.size() - 1);
    CHECK(r.out.find("  \"") == std::string::npos);  // no indentation left behind
  }
  // json keeps its lines for a person reading it.
  CHECK(run_cli("--format json calendar show 2026 --month 10").out.find("\n  {\"date\"") != std::string::npos);
}

// Below the target, a rate was marked only in red on a terminal: a summary saved to a
// file, as one is passed on, marked nothing and did not state the target.
TEST_CASE("a text summary saved to a file marks the rates below the target and says which target") {
  const std::string in = R"({"id": "a", "class": "ordinary", "received": "2026-11-20T10:00", "hq_dispatched": "2026-11-20T10:30", "closed": "2026-12-20T10:00"})" "\n"
                         R"({"id": "b", "class": "ordinary", "received": "2026-11-20T10:00", "hq_dispatched": "2026-11-20T10:30", "closed": "2026-11-21T10:00"})" "\n";
  const auto r = run_cli("check --now 2026-12-31T00:00 --summary --target-rate 0.9", in);
  CHECK(has(r.out, "50.00% *"));
  CHECK(has(r.out, "* below the target timeliness, 90.00%"));
  CHECK(r.out.find("\x1b[") == std::string::npos);
  const auto met = run_cli("check --now 2026-12-31T00:00 --summary --target-rate 0.5", in);
  CHECK_FALSE(has(met.out, "below the target"));
  CHECK(has(run_cli("--lang zh check --now 2026-12-31T00:00 --summary --target-rate 0.9", in).out, "* 低于目标及时率"));
}

// deadlines wrote "rules_version" where check's summary and --header write
// "rule_set_version": one field, one name.
TEST_CASE("deadlines' JSON names the rule set's version as check does") {
  const auto d = run_cli("deadlines --received 2026-09-30T17:10 --format json");
  CHECK(has(d.out, R"("rule_set_version": "95580 #)"));
  CHECK_FALSE(has(d.out, "rules_version"));
  CHECK(has(run_cli("check --now 2026-12-01T00:00 --summary --format json",
                    R"({"id": "a", "class": "ordinary", "received": "2026-11-20T10:00"})" "\n").out,
            R"("rule_set_version": "95580 #)"));
}
