// Found by an operations and compliance staff trial (session 34: a month's tickets, the
// summary, the HTML report and callbacks, in Chinese and English): each case failed
// before its fix.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "support/process.hpp"

using shixian::test::run_cli;
using shixian::test::slurp;

namespace {
bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// A number after `"key": ` in a line of JSON; -1 when absent.
double number_after(const std::string& line, const std::string& key) {
  const auto at = line.find("\"" + key + "\": ");
  if (at == std::string::npos) return -1;
  return std::strtod(line.c_str() + at + key.size() + 4, nullptr);
}
// A select line's id part: `{"id": "K-1"`.
std::string_view id_part(const std::string& line) { return std::string_view(line).substr(0, line.find(", \"level\"")); }

std::string temp_path(const std::string& name) {
  return "/tmp/shixian-ops-" + std::to_string(::getpid()) + "-" + name;
}

// 400 tickets over two levels, a ninth urgent (outside the sample).
std::string callback_list() {
  std::string in;
  for (int i = 0; i < 400; ++i)
    in += R"({"id": "K-)" + std::to_string(i) + R"(", "level": ")" + (i % 2 ? "tier2" : "tier1") + R"(", "class": ")" +
          (i % 9 ? "ordinary" : "urgent") + "\"}\n";
  return in;
}
}  // namespace

// The draw alone gives a level its share on average, so select's own sample was judged
// SHORT by report about half the time (four salts of five in the trial). The level left
// short is now named on stderr with the remedy, and --top-up reaches every share.
TEST_CASE("callback select names a level its draw leaves short; --top-up reaches the share and keeps the draw's picks") {
  const std::string in = callback_list();
  // A salt whose draw leaves a level short, found rather than assumed (the test must not
  // pass vacuously on a salt that happens to meet every share).
  std::string salt, drawn;
  for (int k = 0; k < 40 && salt.empty(); ++k) {
    const std::string candidate = std::string("S") + std::to_string(k);
    const auto r = run_cli("callback select --salt " + candidate, in);
    REQUIRE(r.code == 0);
    if (run_cli("callback report --format json", r.out).out.find("\"ok\": false") != std::string::npos) {
      salt = candidate;
      drawn = r.out;
      CHECK(has(r.err, "short of its"));
      CHECK(has(r.err, "--top-up"));
    }
  }
  REQUIRE_FALSE(salt.empty());
  const auto topped = run_cli("callback select --top-up --salt " + salt, in);
  REQUIRE(topped.code == 0);
  const auto rep = run_cli("callback report --format json", topped.out);
  CHECK(rep.code == 0);
  CHECK(has(rep.out, "\"ok\": true"));
  CHECK(has(topped.err, "added by --top-up"));
  // Line by line against the draw alone: same tickets, same draws; every pick of the draw
  // stays; each added pick is an ordinary complaint at or above its share, and no
  // ordinary complaint of its level left out has a lower draw (the next lowest, no more).
  std::istringstream a(drawn), b(topped.out);
  std::map<std::string, double> lowest_added, highest_left;
  std::map<std::string, int> ordinary, chosen;
  std::string la, lb;
  int added = 0;
  while (std::getline(a, la) && std::getline(b, lb)) {
    CHECK(id_part(la) == id_part(lb));
    const std::string level = has(lb, "\"tier1\"") ? "tier1" : "tier2";
    const double draw = number_after(lb, "draw"), share = number_after(lb, "share");
    CHECK(draw == number_after(la, "draw"));
    const bool was = has(la, "\"callback\": true"), now = has(lb, "\"callback\": true");
    if (was) CHECK(now);
    const bool is_ordinary = has(lb, "\"class\": \"ordinary\"");
    if (has(lb, "\"top_up\": true")) {
      ++added;
      CHECK(now);
      CHECK_FALSE(was);
      CHECK(is_ordinary);
      CHECK(draw >= share);
      lowest_added[level] = std::max(lowest_added[level], draw);
    } else if (is_ordinary && !now) {
      highest_left[level] = highest_left.count(level) ? std::min(highest_left[level], draw) : draw;
    }
    if (is_ordinary) ++ordinary[level], chosen[level] += now;
  }
  CHECK(added > 0);
  for (const auto& [level, top] : lowest_added) CHECK(top < highest_left[level]);
  // Exactly the required count where the draw fell short, ceil(share x ordinary), and
  // the draw's own picks where it did not.
  std::istringstream again(drawn);
  std::map<std::string, int> by_draw;
  for (std::string l; std::getline(again, l);)
    by_draw[has(l, "\"tier1\"") ? "tier1" : "tier2"] += has(l, "\"callback\": true");
  for (const auto& [level, n] : ordinary) {
    const int need = static_cast<int>(std::ceil((level == "tier1" ? 0.2 : 0.7) * n - 1e-9));
    CAPTURE(level);
    CHECK(chosen[level] == std::max(need, by_draw[level]));
  }
  // From a file too (read twice by name), the same answer.
  const std::string path = temp_path("callbacks.jsonl");
  std::ofstream(path) << in;
  const auto named = run_cli("callback select --top-up --salt " + salt + " " + path);
  CHECK(named.out == topped.out);
  // And from a pipe named by path (/dev/stdin on a pipe, as `<(...)` gives): read twice,
  // it had given an empty sample and exit 0.
  const std::string out = temp_path("piped.out");
  const int status = std::system(("cat " + path + " | env -u LANG -u LC_ALL '" SHIXIAN_CLI "' callback select --top-up --salt " +
                                  salt + " /dev/stdin > " + out + " 2>/dev/null").c_str());
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(slurp(out) == topped.out);
  std::remove(out.c_str());
  std::remove(path.c_str());
}

// report counted a ticket given twice as two complaints (and two callbacks), unsaid.
TEST_CASE("callback report and select take a ticket id once and name the repeat") {
  // A line refused and then given right is the ticket's one line, not a repeat.
  const auto fixed = run_cli("callback report --format json", R"({"id": "K-1", "level": "tier3", "callback": true})" "\n"
                                                               R"({"id": "K-1", "level": "tier1", "callback": true})" "\n");
  CHECK(has(fixed.out, R"("tier1": {"ordinary": 1, "called_back": 1,)"));
  const std::string in = R"({"id": "K-6", "level": "tier2", "class": "ordinary", "callback": true})" "\n"
                         R"({"id": "K-7", "level": "tier2", "class": "ordinary", "callback": false})" "\n"
                         R"({"id": "K-6", "level": "tier2", "class": "ordinary", "callback": true})" "\n";
  const auto rep = run_cli("callback report --format json", in);
  CHECK(rep.code == 1);
  CHECK(has(rep.out, R"("tier2": {"ordinary": 2, "called_back": 1,)"));
  CHECK(has(rep.err, R"("line": 3, "id": "K-6", "error": "ticket id \"K-6\" given again (first on line 1): counted once")"));
  const auto sel = run_cli("callback select --salt Q4", in);
  CHECK(sel.code == 1);
  CHECK(has(sel.err, "drew 2 tickets"));
}

// The documented pipe warned of select's own fields ("field 'draw' (400 lines) ... ignored").
TEST_CASE("callback select | callback report says nothing of select's own fields") {
  const auto sel = run_cli("callback select --top-up --salt 2026Q4", callback_list());
  const auto rep = run_cli("callback report", sel.out);
  CHECK_FALSE(has(rep.err, "'draw'"));
  CHECK_FALSE(has(rep.err, "'share'"));
  CHECK_FALSE(has(rep.err, "'note'"));
  CHECK_FALSE(has(rep.err, "'top_up'"));
  // A misspelt field is still named.
  const auto typo = run_cli("callback report", R"({"id": "K-4", "level": "tier1", "clas": "urgent", "callback": false})" "\n");
  CHECK(has(typo.err, "'clas'"));
}

// The Chinese table sent the reader to stderr for the reasons, which were English JSON.
TEST_CASE("callback report's table shows its first bad lines, worded in the language asked") {
  const std::string in = R"({"id": "K-1", "level": "tier3", "callback": true})" "\n"
                         R"({"id": "K-2", "level": "tier1", "callback": true})" "\n";
  const auto zh = run_cli("--lang zh callback report", in);
  CHECK(has(zh.out, "另有1行未计入"));
  CHECK(has(zh.out, "第1行"));
  CHECK_FALSE(has(zh.out, "第2行"));  // the bad line is line 1
  CHECK_FALSE(has(zh.out, "\"error\":"));
  CHECK(has(zh.out, "未知的网点级别“tier3”"));
  const auto again = run_cli("--lang zh callback report", in + R"({"id": "K-2", "level": "tier1", "callback": true})" "\n");
  CHECK(has(again.out, "工单编号 \"K-2\" 重复（首次见于第2行）：只计一次"));
  const auto missing = run_cli("--lang zh callback report", R"({"id": "K-3", "level": "tier1"})" "\n");
  CHECK(has(missing.out, "缺少布尔字段 callback"));
  // JSON stays JSON for programs.
  const auto json = run_cli("callback report --format json", in);
  CHECK(has(json.err, R"({"line": 1, "id": "K-1", "error": "unknown branch level 'tier3')"));
}

// `--report tickets.jsonl` replaced the tickets with the HTML page, exit 0.
TEST_CASE("an output file that is one of the inputs is refused before anything is read or written") {
  const std::string path = temp_path("tickets.jsonl");
  const std::string ticket = R"({"id": "T1", "class": "ordinary", "received": "2026-10-12T10:00"})" "\n";
  std::ofstream(path) << ticket;
  const auto named = run_cli("check --now 2026-11-02T09:00 --summary --report " + path + " " + path);
  CHECK(named.code == 2);
  CHECK(has(named.err, "is also an input"));
  CHECK(slurp(path) == ticket);
  // On stdin, redirected from the same file.
  const std::string err = temp_path("err");
  const int status = std::system(("env -u LANG -u LC_ALL '" SHIXIAN_CLI "' --lang zh check --now 2026-11-02T09:00 --report " +
                                  path + " < " + path + " > /dev/null 2> " + err).c_str());
  CHECK(WEXITSTATUS(status) == 2);
  CHECK(has(slurp(err), "同时是输入（stdin）"));
  std::remove(err.c_str());
  CHECK(slurp(path) == ticket);
  // The ICS export over the calendar file it reads.
  const std::string cal = temp_path("bank.cal");
  const std::string cal_text = slurp(std::string(SHIXIAN_SOURCE_DIR) + "/data/calendars/cn.cal");
  std::ofstream(cal) << cal_text;
  REQUIRE(run_cli("--calendar " + cal + " calendar export 2026").code == 0);
  const auto exported = run_cli("--calendar " + cal + " calendar export 2026 -o " + cal);
  CHECK(exported.code == 2);
  CHECK(has(exported.err, "--output"));
  CHECK(slurp(cal) == cal_text);
  // --compare-calendar's file too; and a device is no input (--report /dev/null).
  const auto compared = run_cli("check --now 2026-11-02T09:00 --compare-calendar " + cal + " --report " + cal, ticket);
  CHECK(compared.code == 2);
  CHECK(slurp(cal) == cal_text);
  CHECK(run_cli("check --now 2026-11-02T09:00 --report /dev/null", ticket).code == 0);
  std::remove(cal.c_str());
  std::remove(path.c_str());
}

// A misspelt event column made every such act "not done" (breached), and only stderr said
// so; a reply in quiet hours was flagged on its line and nowhere a reader of the summary
// or report looks.
TEST_CASE("the summary and the report name a misspelt field at the top, and count replies in quiet hours") {
  const std::string in =
      R"({"id": "B-7", "class": "ordinary", "received": "2026-10-12T10:00", "resolved": "2026-10-12T10:30", "replyed": "2026-10-12T11:00", "branch": "x"})" "\n"
      R"({"id": "B-8", "class": "ordinary", "received": "2026-10-12T10:00", "resolved": "2026-10-12T17:00", "replied": "2026-10-12T19:00"})" "\n"
      R"({"id": "B-9", "class": "ordinary", "received": "2026-10-12T10:00", "resolved": "2026-10-12T11:00", "replied": "2026-10-12T12:00", "uid": "u"})" "\n";
  const auto text = run_cli("check --now 2026-11-02T09:00 --summary", in);
  CHECK(has(text.out, "FIELD NOT READ: 'replyed' (1 line), did you mean 'replied'?"));
  CHECK_FALSE(has(text.out, "'branch'"));  // an export's own column is no misspelling
  CHECK_FALSE(has(text.out, "'uid'"));     // near 'id', which a line cannot lack: nothing read as absent
  CHECK(has(text.out, "done inside quiet hours (18:00-08:00): 1 contacts"));
  const auto zh = run_cli("--lang zh check --now 2026-11-02T09:00 --summary", in);
  CHECK(has(zh.out, "字段未被读取：“replyed”（1行），是否应为“replied”？"));
  CHECK(has(zh.out, "在免打扰时段（18:00-08:00）内联系客户：1次"));
  const auto json = run_cli("check --now 2026-11-02T09:00 --summary --format json", in);
  CHECK(has(json.out, R"({"field": "replyed", "lines": 1, "did_you_mean": "replied"})"));
  CHECK(has(json.out, R"({"field": "branch", "lines": 1, "did_you_mean": null})"));
  CHECK(has(json.out, R"("quiet_hours_contacts": 1)"));
  const std::string html = temp_path("report.html");
  const auto rep = run_cli("check --now 2026-11-02T09:00 --report " + html, in);
  const auto page = slurp(html);
  std::remove(html.c_str());
  CHECK(has(page, R"(data-ignored-field="replyed")"));
  CHECK(has(page, R"(id="quiet-hours" data-contacts="1")"));
  // The colours of the bars and figures have a key, with the band's edges.
  CHECK(has(page, R"(id="colours")"));
  CHECK(has(page, "below it by up to 15 points (80.00% to under 95.00%)"));
}

// A --by value holding U+0001 went raw into the HTML and its SVG, where no control
// character is allowed.
TEST_CASE("the report shows a control character of a --by value as U+FFFD") {
  const std::string in =
      R"({"id": "A\u0001", "class": "ordinary", "received": "2026-10-12T10:00", "branch": "x\u0001y"})" "\n";
  const std::string html = temp_path("ctl.html");
  const auto r = run_cli("check --now 2026-11-02T09:00 --by branch --report " + html, in);
  CHECK(r.code == 0);
  const auto page = slurp(html);
  std::remove(html.c_str());
  CHECK(has(page, "x\xEF\xBF\xBDy"));
  CHECK(page.find('\x01') == std::string::npos);
}

// A trailing comma read "The JSON document has an improper structure: missing or
// superfluous commas, braces, missing keys, etc." (English under --lang zh, and no place);
// the summary said only "not valid JSON".
TEST_CASE("a line that is not JSON names its mistake and its byte, in English and Chinese") {
  const std::pair<std::string, std::string> cases[] = {
      {R"({"id": "B-12", "class": "ordinary", "received": "2026-10-12T10:00",})",
       "a comma before '}' at byte 67 (JSON allows no comma after the last item)"},
      {R"({"id": "B-13" "class": "ordinary"})", "a ',' missing before byte 15"},
      {R"({id: "B-14", "class": "ordinary"})", "a key without quotes at byte 2 ('id'): JSON keys take double quotes"},
      {R"({'id': 'B-15'})", "a single quote at byte 2: JSON strings and keys take double quotes"},
      {R"({"id": "B-16", "class" "ordinary"})", "a ':' missing after the key, before byte 24"},
      {R"({"id": "B-17", "x": [1, 2,], "class": "ordinary"})", "a comma before ']' at byte 26"},
      {R"({"id": "B-18", "class": })", "a value missing before '}' at byte 25"},
      {R"({"id": "B-19", "class": "ordinary", "text": "he said "no" twice"})",  // as check's JSON escapes it
       R"(a '\"' at byte 54 ends its string early: inside a string write it \\\" (or a ',' is missing after it))"},
  };
  std::string in;
  for (const auto& [line, words] : cases) in += line + "\n";
  const auto r = run_cli("check --now 2026-11-02T09:00", in);
  CHECK(r.code == 1);
  for (const auto& [line, words] : cases) {
    CAPTURE(line);
    CHECK(has(r.out, "invalid JSON: " + words));
  }
  const auto zh = run_cli("--lang zh check --now 2026-11-02T09:00 --summary", in);
  CHECK(has(zh.out, "第67字节处的逗号多余"));
  CHECK(has(zh.out, "第15字节之前缺少逗号"));
  CHECK(has(zh.out, "第2字节处的键没有加引号（“id”）"));
  CHECK(has(zh.out, "第2字节处是单引号"));
  CHECK(has(zh.out, "第24字节之前缺少冒号"));
  CHECK(has(zh.out, "第25字节处“}”之前缺少值"));
  CHECK(has(zh.out, "第54字节处的双引号提前结束了字符串"));
  CHECK_FALSE(has(zh.out, "invalid JSON"));
  // The same words in every reader.
  const auto cls = run_cli("classify", R"({"text": "乱扣费",})" "\n");
  CHECK(has(cls.out, "a comma before '}' at byte 21"));  // bytes, not characters
}
