// Done-when of issue 14: with --lang zh, the text of `deadlines --explain`, `calendar
// show` and `check --summary` holds no English word — only identifiers and data (the
// allow-list below says which, and why each is there).
#include <fstream>
#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <sstream>

#include "shixian/i18n/text.hpp"
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
    // a bad line's own text, quoted in its reason (the input of the summary test below)
    "garbage",
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

// contact and archive word their findings from the same record as the English (and the
// JSON's "message"): i18n::contact_issue_text.
TEST_CASE("--lang zh contact plan, contact check and archive have no English words") {
  check_chinese("--lang zh contact plan --from 2026-11-20T17:30");
  check_chinese("--lang zh contact check --attempt 2026-11-20T09:00 --attempt 2026-11-20T19:30 "
                "--attempt 2026-11-20T19:30 --attempt 2026-11-29T10:00");
  check_chinese("--lang zh contact check --attempt 2026-11-20T09:00 --now 2026-11-21T08:00");
  check_chinese("--lang zh archive --closed 2028-02-29 --now 2040-01-01");
  // The JSON is the same in both languages, its messages English.
  const char* json = "--format json contact check --attempt 2026-11-20T09:00 --attempt 2026-11-20T19:30";
  const auto zh = run_cli(std::string("--lang zh ") + json), en = run_cli(std::string("--lang en ") + json);
  CHECK(zh.out == en.out);
  CHECK(en.out.find("is inside quiet hours (18:00-08:00): it counts, but is flagged") != std::string::npos);
}

TEST_CASE("--lang zh callback report has no English words; the table lines up by columns") {
  std::string input;
  for (int i = 0; i < 40; ++i)
    input += "{\"id\": \"T-" + std::to_string(i) + "\", \"level\": \"tier" + std::to_string(1 + i % 2) +
             "\", \"class\": \"ordinary\", \"callback\": " + (i % 3 ? "true" : "false") + "}\n";
  check_chinese("--lang zh callback report", input);
  const auto zh = run_cli("--lang zh callback report", input), en = run_cli("--lang en callback report", input);
  CHECK(en.out.rfind("level     ordinary called back  achieved  required", 0) == 0);
  // Each Chinese head is two columns a character: the rows end where the head's columns do.
  std::istringstream zs(zh.out), es(en.out);
  std::string zh_head, en_head;
  std::getline(zs, zh_head);
  std::getline(es, en_head);
  CHECK(shixian::i18n::columns(zh_head) == en_head.size());
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

namespace {
// Identifiers and data that an error may quote: zone names and the IANA's, the choices
// earliest/latest, a document's path, a positional argument's name, the field an error
// is about, ids shown beside their Chinese names. Option names (--now) and the value
// quoted back (“…”, or JSON-quoted "…") are stripped before the check: they are what the user typed.
const std::set<std::string> allowed_in_errors = {
    "Asia", "Shanghai", "Europe", "London", "America", "New_York", "IANA", "earliest", "latest",
    "docs", "RULES", "YEAR", "YYYY", "received", "ordinary", "urgent", "dev", "null",
    "shixian",  // the program, before every message
    "extra", "branch", "NAME", "TIME", "replied", "FILE", "html"};   // the unexpected argument, quoted back unquoted (CLI11 lists them bare)

std::vector<std::string> english_in_error(std::string text) {
  static const std::regex quoted("“[^”]*”|\"[^\"]*\""), option("--[a-z-]+");
  text = std::regex_replace(std::regex_replace(text, quoted, "“”"), option, "");
  auto words = english_words(text);
  std::erase_if(words, [](const std::string& w) { return allowed_in_errors.contains(w); });
  return words;
}
}  // namespace

// Issue 14: the errors a person meets at the command line, one of each family (a bad date,
// time or duration; a file that cannot be read; a zone; a local time in a DST gap or
// overlap; an option's value out of range; CLI11's missing and unexpected arguments): in
// Chinese under --lang zh, and the same English as before under --lang en.
TEST_CASE("--lang zh errors on stderr are Chinese; --lang en errors are unchanged") {
  struct Case {
    const char* args;
    int code;
    const char* english;  // a piece of the English message, which must stay as it was
    const char* chinese;  // a piece of the Chinese one
  };
  const Case cases[] = {
      {"deadlines --received 2026-13-01T10:00", 1, "is not a valid timestamp (month must be 01..12)", "不是有效的时间（月份应为01..12）"},
      {"deadlines --received 2026-02-30T10:00", 1, "(no such day in that month)", "该月没有这一天"},
      {"deadlines --received yesterday", 1, "'yesterday' is not a valid timestamp (expected YYYY-MM-DD)", "“yesterday”不是有效的时间"},
      {"deadlines --received 2026-10-01T24:30", 1, "hour must be 00..23", "小时应为00..23"},
      {"--zone Mars/Base deadlines --received 2026-10-01T10:00", 1, "unknown time zone 'Mars/Base'", "未知的时区“Mars/Base”"},
      {"--zone America/New_York deadlines --received 2026-03-08T02:30", 1, "does not exist in America/New_York", "在America/New_York不存在"},
      {"--zone America/New_York deadlines --received 2026-11-01T01:30", 1, "is ambiguous in America/New_York", "有两种读法"},
      {"--rules /nonexistent/r.toml deadlines --received 2026-10-01T10:00", 1, "cannot read rule-set file '/nonexistent/r.toml': no such file", "无法读取规则集文件“/nonexistent/r.toml”：文件不存在"},
      {"--rules /tmp deadlines --received 2026-10-01T10:00", 1, "it is a directory, not a regular file", "这是目录，不是普通文件"},
      {"--calendar /dev/null deadlines --received 2026-10-01T10:00", 1, "is not a regular file (a device, FIFO or socket)", "不是普通文件"},
      {"check --now 2026-1-01", 1, "--now: '2026-1-01' is not a valid timestamp", "--now: “2026-1-01”不是有效的时间"},
      {"calendar show 2026 --month 13", 1, "--month: '13' is not a whole number in 1..12", "“13”不是1..12之间的整数"},
      {"check --at-risk 2", 1, "'2' is not a share in (0, 1]", "不是 (0, 1] 之间的比例"},
      {"check --max-line abc", 1, "'abc' is not a line length in 64..1024M", "不是64..1024M之间的行长"},
      {"deadlines", 2, "--received is required\nRun with --help for more information.", "缺少必需的 --received"},
      {"deadlines --received 2026-10-01T10:00 extra", 2, "The following argument was not expected: extra", "多余的参数：extra"},
      {"calendar export", 2, "YEAR is required", "缺少必需的 YEAR"},
      {"deadlines --received 2027-03-01T10:00", 1, "no notice for 2027 is loaded", "尚未载入2027年的放假通知"},
      {"contact check --attempt 2026-11-20T09:00 --within 0m", 1, "--within: '0m' is not a positive duration", "不是正的时长"},
      {"classify --text x --amount abc", 1, "--amount \"abc\" is not an amount in yuan", "不是以元计的金额"},
      {"deadlines --received 2026-10-01T10:00 --event foo", 1, "is not NAME=TIME", "不是 NAME=TIME 的形式"},
      // An option that needs another is bad usage, exit 2 (CONTRACT.md), as a missing required one is.
      {"check --by branch", 2, "--by branch groups the report: give --report FILE.html too\nRun with --help", "用于报告分组"},
      {"check /dev/null --summary --compare-calendar /dev/null", 2, "it does not combine with --summary", "--summary"},
      {"calendar import-notice /nonexistent/n.txt --year 2027", 1, "cannot read notice file '/nonexistent/n.txt': no such file", "无法读取通知文件"},
      {"calendar add 2026-10-01 -3", 1, "is not a valid number of working days", "不是有效的工作日数"},
      {"check /nonexistent/t.jsonl", 1, "cannot open '/nonexistent/t.jsonl': No such file or directory", "无法打开“/nonexistent/t.jsonl”：文件或目录不存在"},
      {"deadlines --received 2026-03-31T24:00", 1, "hour must be 00..23 (24:00 is the next day's 00:00)", "小时应为00..23（24:00即次日00:00）"},
      // From an operations user's trial (session 23): these were English under --lang zh.
      {"calendar show 26", 1, "YEAR: '26' is not a whole number in 1900..2199", "“26”不是1900..2199之间的整数"},
      {"check /tmp", 1, "cannot open '/tmp': Is a directory", "无法打开“/tmp”：是目录"},
      {"rules 95581", 1, "'95581' is neither a built-in rule set", "“95581”既不是内置规则集"},
      {"contact plan --from 2026-11-20T17:30 --within 1s", 1, "do not fit within 1s of the first attempt", "只排得下1次"},
      {"calendar export 2026 -o /nonexistent/x.ics", 1, "cannot write '/nonexistent/x.ics'", "无法写入“/nonexistent/x.ics”：文件或目录不存在"},
  };
  for (const auto& c : cases) {
    const std::string args = c.args;
    CAPTURE(args);
    const auto en = run_cli(std::string("--lang en ") + c.args);
    const auto zh = run_cli(std::string("--lang zh ") + c.args);
    CHECK(en.code == c.code);
    CHECK(zh.code == c.code);
    CHECK_MESSAGE(en.err.find(c.english) != std::string::npos, en.err);
    CHECK_MESSAGE(zh.err.find(c.chinese) != std::string::npos, zh.err);
    const auto words = english_in_error(zh.err);
    std::string list;
    for (const auto& w : words) list += w + " ";
    CHECK_MESSAGE(words.empty(), "English words in a --lang zh error: " << list << "\n" << zh.err);
  }
}

TEST_CASE("--lang zh classify has no English words; its JSON is the same in both languages") {
  const std::string texts[] = {
      "我们五位客户的信用卡都被盗刷，共损失6万元，已联系记者，没有被骗",
      "我不打算找媒体，但要去银保监局投诉，联名的客户很多",
      "柜员态度恶劣，还乱收年费",
      "转账一直没到账，周一才到账，服务太差",
  };
  for (const auto& t : texts) {
    check_chinese("--lang zh classify --text \"" + t + "\"");
    check_chinese("--lang zh classify --no-model --responsibility shared --amount 7万 --text \"" + t + "\"");
  }
  // Text with no Chinese: the warning is worded too; facts alone.
  check_chinese("--lang zh classify --text hello --complainants 4 --repeat --public-figure --id T-1");
  const auto zh = run_cli("--lang zh classify --text hello --complainants 4");
  CHECK(zh.out.find("文本未读") != std::string::npos);
  CHECK(zh.out.find("4人，达到3人的门槛") != std::string::npos);
  // The JSON's details stay English whatever the language.
  const std::string json = "--format json classify --no-model --amount 7万 --text \"" + texts[0] + "\"";
  const auto zj = run_cli("--lang zh " + json), ej = run_cli("--lang en " + json);
  CHECK(zj.out == ej.out);
  CHECK(ej.out.find("\"detail\":\"text: 五位 = 5 complainants, threshold 3\"") != std::string::npos);
  CHECK(ej.out.find("\"category_detail\":\"account_transaction 4 (被盗刷 +4)\"") != std::string::npos);
  // A batch's count line on stderr speaks the language too.
  const auto batch = run_cli("--lang zh classify", "{\"text\": \"卡被盗刷\"}\n\n{\"text\": 5}\n");
  CHECK(batch.err.find("读取3行，已分类1条，无法读取1行，跳过空行1行") != std::string::npos);
}

// The command-word errors the CLI checks before CLI11 parses (an unknown option before
// the command, an unknown command or subcommand, none given), and an empty option value.
TEST_CASE("--lang zh command-word errors are Chinese; the lists of choices are identifiers") {
  struct Case {
    const char* args;
    const char* english;
    const char* chinese;
    int code = 2;
  };
  const Case cases[] = {
      {"calendar next", "unknown subcommand 'next' (subcommands: is-working,", "没有“next”这个子命令"},
      {"frob", "unknown command 'frob' (commands: calendar,", "没有“frob”这个命令"},
      {"--lnag zh calendar", "did you mean '--lang'?", "是否想写“--lang”？"},
      {"calendar", "a subcommand is required (subcommands:", "需要给出一个子命令"},
      {"", "a command is required (commands:", "需要给出一个命令"},
      {"check --now ''", "an empty value (give one, or leave --now out)", "值为空", 1},
      {"check --now=", "--now needs a value after it", "--now 后面需要一个值"},
  };
  static const std::regex choices("有：[^）]*）"), hint("`shixian[^`]*`"), command("^shixian [a-z-]+: ");
  for (const auto& c : cases) {
    const std::string args = c.args;
    CAPTURE(args);
    const auto en = run_cli("--lang en " + args), zh = run_cli("--lang zh " + args);
    CHECK(en.code == c.code);
    CHECK(zh.code == c.code);
    CHECK_MESSAGE(en.err.find(c.english) != std::string::npos, en.err);
    CHECK_MESSAGE(zh.err.find(c.chinese) != std::string::npos, zh.err);
    const auto words = english_in_error(
        std::regex_replace(std::regex_replace(std::regex_replace(zh.err, choices, "）"), hint, ""), command, ""));
    std::string list;
    for (const auto& w : words) list += w + " ";
    CHECK_MESSAGE(words.empty(), "English words in a --lang zh error: " << list << "\n" << zh.err);
  }
}

TEST_CASE("--lang zh calendar is-working words the date the Chinese way; stdout stays true/false") {
  const auto zh = run_cli("--lang zh calendar is-working 2026-10-10"), en = run_cli("--lang en calendar is-working 2026-10-10");
  CHECK(zh.out == "true\n");
  CHECK(en.out == "true\n");
  CHECK(zh.err.find("2026年10月10日是工作日：调休上班日（国庆节）") != std::string::npos);
  CHECK(en.err.find("2026-10-10 is a working day: make-up working day (国庆节)") != std::string::npos);
}

TEST_CASE("classify --format text on JSON Lines: a block per complaint in the language; JSON Lines stay the default") {
  const std::string input = "{\"id\":\"A1\",\"text\":\"我的卡被盗刷了\"}\n{\"id\":\"A2\",\"text\":\"柜员态度差\"}\nnot json\n";
  const auto zh = run_cli("--lang zh --format text classify", input);
  CHECK(zh.code == 1);  // a bad line
  CHECK(zh.out.find("A1: 紧急投诉\n") != std::string::npos);
  CHECK(zh.out.find("A2: 普通投诉\n") != std::string::npos);
  CHECK(zh.out.find("资金安全           文中：被盗刷") != std::string::npos);
  CHECK(zh.out.find("第3行未分类") != std::string::npos);
  const auto en = run_cli("--lang en --format text classify", input);
  CHECK(en.out.find("A1: urgent (紧急投诉)\n") != std::string::npos);
  CHECK(en.out.find("line 3: not classified") != std::string::npos);
  // Without --format, one JSON object per line, in order, whatever the language.
  const auto plain = run_cli("--lang zh classify", input);
  CHECK(plain.out.rfind("{\"id\":\"A1\",\"class\":\"urgent\"", 0) == 0);
  CHECK(plain.out == run_cli("--lang en classify", input).out);
}

TEST_CASE("check --summary in Chinese names a bad line's kind, a clock change's skipped or repeated hour included") {
  const std::string input = "{\"id\": \"a\", \"class\": \"ordinary\", \"received\": \"2026-03-29T01:30\"}\n"
                            "{\"id\": \"b\", \"class\": \"ordinary\", \"received\": \"2026-10-25T01:30\"}\n"
                            "{\"id\": \"c\", \"class\": \"vip\", \"received\": \"2026-10-20T01:30\"}\n";
  const auto r = run_cli("--lang zh --zone Europe/London check --summary --now 2026-11-01T00:00", input);
  CAPTURE(r.out);
  CAPTURE(r.err);
  const std::string local = "当地时间因夏令时切换而不存在或出现两次";
  const auto first = r.out.find(local);
  CHECK(first != std::string::npos);
  CHECK(r.out.find(local, first + 1) != std::string::npos);  // both a and b
  CHECK(r.out.find("投诉类别无法识别") != std::string::npos);
  CHECK(r.out.find("无法读取（详细原因") == std::string::npos);  // none left as "rejected"
}

// `rules NAME` was English throughout under --lang zh (source, version, stage, the clocks,
// "class ordinary", "paused from … to …"), and left out a target's roll, its cut-off and
// which target wins. Identifiers stay beside the names (a rule file refers to them).
TEST_CASE("--lang zh rules NAME: labels, clocks, conditions, rolls and pauses in Chinese") {
  const std::set<std::string> identifiers = {
      "ordinary", "urgent", "unionpay", "received", "hq_dispatched", "branch_dispatched", "resolved", "replied",
      "closed", "complaint", "complex", "appraisal_started", "appraisal_finished", "extension_approved", "decided",
      "docs_requested", "docs_received"};
  for (const char* name : {"95580", "regulator", "95580-docs-pause"}) {
    const auto r = run_cli(std::string("--lang zh rules ") + name);
    CAPTURE(name);
    REQUIRE(r.code == 0);
    // The first line is the rule set's name and title, data as its file writes them.
    std::string list;
    for (const auto& w : english_words(r.out.substr(r.out.find('\n'))))
      if (!identifiers.contains(w)) list += w + " ";
    CHECK_MESSAGE(list.empty(), "English words in --lang zh rules: " << list << "\n" << r.out);
  }
  const auto zh = run_cli("--lang zh rules regulator").out;
  CHECK(zh.find("环节          作出处理决定 (decision) (受理 -> 作出处理决定并告知)") != std::string::npos);
  CHECK(zh.find("15天       自然日         所有工单；末日为休息日的，顺延至其后第一个工作日") != std::string::npos);
  CHECK(zh.find("适用多个时限时取最晚者") != std::string::npos);
  CHECK(zh.find("开始鉴定、检测、评估至鉴定、检测、评估完毕期间暂停计时") != std::string::npos);
  // English: the same facts, the roll and the winner included.
  const auto en = run_cli("rules regulator").out;
  CHECK(en.find("15d        calendar_days  every ticket; a last day that is a rest day rolls to the next working day") !=
        std::string::npos);
  CHECK(en.find("the latest applicable target wins") != std::string::npos);
  CHECK(en.find("paused from appraisal_started to appraisal_finished") != std::string::npos);
  CHECK(run_cli("--lang zh rules 95580").out.find("工作时段      hq：每天 08:30-17:30") != std::string::npos);
}

// The lifecycle-order error of `deadlines` was English under --lang zh; the JSON of
// `check` keeps the English wording (a program reads it), the same sentence as before.
TEST_CASE("--lang zh deadlines: an event out of lifecycle order is worded in Chinese") {
  const auto zh = run_cli("--lang zh deadlines --received 2026-11-20T10:00 --resolved 2026-11-19T10:00:00.5");
  CHECK(zh.code != 0);
  CHECK(zh.err.find("事件“形成处理意见（resolved）”（2026-11-19T10:00:00.5+08:00）早于“受理（received）”"
                    "（2026-11-20T10:00:00+08:00）：各事件须按处理流程的先后顺序发生") != std::string::npos);
  const auto en = run_cli("deadlines --received 2026-11-20T10:00 --resolved 2026-11-19T10:00");
  CHECK(en.err.find("event 'resolved' (2026-11-19T10:00:00+08:00) is before 'received' (2026-11-20T10:00:00+08:00): "
                    "events must follow the lifecycle order") != std::string::npos);
  const auto check = run_cli("--lang zh check --now 2026-12-01T00:00",
                             R"({"id": "x", "class": "ordinary", "received": "2026-11-20T10:00", "resolved": "2026-11-19T10:00"})"
                             "\n");
  CHECK(check.out.find("\"error\": \"event 'resolved' (2026-11-19T10:00:00+08:00) is before 'received'") !=
        std::string::npos);
}

// From an operations user's trial (session 23): a year or month written the Chinese way
// was "Could not convert: YEAR = 2026年".
TEST_CASE("calendar show and export take 2026年 and 10月 as 2026 and 10") {
  const auto plain = run_cli("--lang zh calendar show 2026 --month 10");
  const auto written = run_cli("--lang zh calendar show 2026年 --month 10月");
  CHECK(written.code == 0);
  CHECK(written.out == plain.out);
  CHECK(run_cli("calendar export 2026年 --to 2026年").code == 0);
}

// From an operations user's trial (session 23): under --lang zh the help was Chinese
// headings over English lines.
TEST_CASE("--lang zh --help: every command's line and the options before a command are Chinese") {
  const auto top = run_cli("--lang zh --help");
  CHECK(top.out.find("check                       按时限审核工单") != std::string::npos);
  CHECK(top.out.find("显示本帮助并退出") != std::string::npos);
  CHECK(top.out.find("Audit tickets") == std::string::npos);
  const auto cal = run_cli("--lang zh calendar --help");
  CHECK(cal.out.find("DATE 之后的第 N 个工作日") != std::string::npos);
  CHECK(cal.out.find("The N-th working day") == std::string::npos);
  CHECK(run_cli("--help").out.find("Audit tickets (JSON Lines)") != std::string::npos);  // English unchanged
}

// Noticed in session 23, done in session 24: a command's own options were still English
// under --lang zh (check --help, deadlines --help), keyed "check --now", by the long name.
TEST_CASE("--lang zh check --help and deadlines --help: the command's own options are Chinese") {
  const auto check = run_cli("--lang zh check --help");
  CHECK(check.out.find("按此时刻审核") != std::string::npos);
  CHECK(check.out.find("审核用的线程数") != std::string::npos);  // -j,--jobs: keyed by --jobs
  CHECK(check.out.find("工单的 JSON Lines 文件") != std::string::npos);  // the positional
  CHECK(check.out.find("audit as of this instant") == std::string::npos);
  CHECK(check.out.find("threads auditing") == std::string::npos);
  const auto dl = run_cli("--lang zh deadlines --help");
  CHECK(dl.out.find("工单受理时间") != std::string::npos);
  CHECK(dl.out.find("when the ticket was received") == std::string::npos);
  // Every option of the two commands has its line in Chinese: none of the English left.
  for (const char* english : {"RFC 3339 (", "ticket class:", "a UnionPay ticket", "set a rule-set flag",
                              "when the tier-2", "when the resolution", "any lifecycle event", "show why",
                              "for a local time in a DST"})
    CHECK_MESSAGE(dl.out.find(english) == std::string::npos, english);
  CHECK(run_cli("check --help").out.find("audit as of this instant") != std::string::npos);  // English unchanged
}

// A --terms file's [stage] name that nearly spells a stage of the rule set in use (with no
// term of its own) was taken in silence, and the stage showed its bare id (an operations
// user's trial, session 29). Names for another rule set's stages still load.
TEST_CASE("a --terms stage name that nearly spells one of the rule set's stages is refused") {
  const std::string base = "/tmp/shixian-terms-stage-" + std::to_string(::getpid());
  std::ofstream(base + ".toml") << "extends = \"95580\"\nname = \"bank\"\n[[stages]]\nid = \"investigation\"\n"
                                   "start = \"received\"\nend = \"resolved\"\nclock = \"working_days\"\ntargets = [{ target = \"3wd\" }]\n";
  std::ofstream(base + "-bad.terms") << "lang = \"zh\"\n[stage]\ninvestigaton = \"调查核实\"\n";
  std::ofstream(base + "-ok.terms") << "lang = \"zh\"\n[stage]\ninvestigation = \"调查核实\"\nother_banks_stage = \"别的\"\n";
  const auto bad = run_cli("--lang zh --terms " + base + "-bad.terms --rules " + base + ".toml deadlines --received 2026-11-20T10:00");
  CHECK(bad.code == 1);
  CHECK(bad.err.find("[stage] investigaton names no stage of rule set bank") != std::string::npos);
  CHECK(bad.err.find("did you mean 'investigation'?") != std::string::npos);
  const auto ok = run_cli("--lang zh --terms " + base + "-ok.terms --rules " + base + ".toml deadlines --received 2026-11-20T10:00");
  CHECK(ok.code == 0);
  CHECK(ok.out.find("调查核实") != std::string::npos);
  for (const char* f : {".toml", "-bad.terms", "-ok.terms"}) std::remove((base + f).c_str());
}

// The Chinese summary gave a bad line's kind alone (投诉类别无法识别), the text table the
// reader's English (an operations user's trial, session 30): an unknown class, a missing
// field and a value's type are worded in Chinese with the field and the value.
TEST_CASE("--lang zh words the commonest bad-line reasons in Chinese, naming field and value") {
  const std::string lines = R"({"id": "a", "class": "vip", "received": "2026-11-20T10:00"})" "\n"
                            R"({"id": "c", "class": "ordinary", "recieved": "2026-11-20T10:00"})" "\n"
                            R"({"id": "e", "class": "ordinary", "received": "2026-11-20T10:00", "unionpay": "yes"})" "\n"
                            R"({"id": "f", "class": "urgnt", "received": "2026-11-20T10:00"})" "\n";
  for (const std::string args : {"--lang zh check --now 2026-12-01T00:00 --summary", "--lang zh --format text check --now 2026-12-01T00:00"}) {
    CAPTURE(args);
    const auto r = shixian::test::run_cli(args, lines);
    const auto all = r.out + r.err;
    CHECK(all.find("投诉类别无法识别：“vip”（规则 95580 的类别：ordinary, urgent）") != std::string::npos);
    CHECK(all.find("缺少必填字段：受理（received）；该行有“recieved”，是否拼写错误？") != std::string::npos);
    CHECK(all.find("字段 unionpay 应为：true 或 false；实为 \"yes\"") != std::string::npos);
    CHECK(all.find("；是否想写“urgent”？") != std::string::npos);
    // A part of a Chinese class name (紧急 for 紧急投诉) is answered with the class meant (an
    // analyst's trial, session 31: no suggestion).
    const auto part = shixian::test::run_cli(args, R"({"id": "g", "class": "紧急", "received": "2026-11-20T10:00"})" "\n");
    CHECK((part.out + part.err).find("；是否想写“urgent”？") != std::string::npos);
    if (args.find("--format text") != std::string::npos) {  // (--summary's JSON lines stay English, for programs)
      CHECK(all.find("unknown class") == std::string::npos);
      CHECK(all.find("must be") == std::string::npos);
    }
  }
}

// A reopened cycle out of order, or after a cycle that never closed, was worded in English
// under --lang zh (the reader's reasons, session 31).
TEST_CASE("--lang zh words a reopened cycle's bad line in Chinese") {
  const std::string head = R"({"id": "r", "class": "ordinary", "received": "2026-11-20T10:00", )";
  const std::string lines = head + R"("reopened": [{"at": "2026-11-22T10:00"}]})" "\n" +
                            head + R"("closed": "2026-11-21T10:00", "reopened": [{"at": "2026-11-20T12:00"}]})" "\n" +
                            head + R"("closed": "2026-11-21T10:00", "reopened": [{"at": "2026-11-22T10:00"}, {"at": "2026-11-23T10:00"}]})" "\n";
  const auto r = shixian::test::run_cli("--lang zh --format text check --now 2026-12-01T00:00", lines);
  const auto all = r.out + r.err;
  CHECK(all.find("事件顺序与处理流程不符：重新流转 reopened[0]（2026-11-22T10:00:00+08:00）之前工单未办结：请补充工单的“办结（closed）”") !=
        std::string::npos);
  CHECK(all.find("重新流转 reopened[0] 的开始时间 at（2026-11-20T12:00:00+08:00）早于上一轮最后的事件“办结（closed）”"
                 "（2026-11-21T10:00:00+08:00）") != std::string::npos);
  CHECK(all.find("之前的一轮未办结：请补充上一轮的“reopened[0].办结（closed）”") != std::string::npos);
  CHECK(all.find("never closed") == std::string::npos);
  CHECK(all.find("is before") == std::string::npos);
}

// A new user's trial (session 31): "不是有效的 JSON：invalid JSON: unexpected 'not json' at
// byte 1" under --lang zh; the commonest ways a line is no JSON are worded in Chinese.
TEST_CASE("--lang zh words a line that is no JSON in Chinese") {
  const std::string lines = "not json\n"
                            R"({"id": "t", "class": "ordinary", "received": "2026-11-20T10:00")" "\n"
                            R"({"id": "u", "class": "ordinary", "received": "2026-11-20T10:00"}{"b": 1})" "\n";
  const auto r = shixian::test::run_cli("--lang zh --format text check --now 2026-12-01T00:00", lines);
  const auto all = r.out + r.err;
  CHECK(all.find("不是有效的 JSON：第1字节处有意外的内容“not json”") != std::string::npos);
  CHECK(all.find("不是有效的 JSON：行尾“") != std::string::npos);
  CHECK(all.find("处对象尚未闭合") != std::string::npos);
  CHECK(all.find("不是有效的 JSON：对象之后第") != std::string::npos);
  CHECK(all.find("invalid JSON") == std::string::npos);
}

// An analyst's trial (session 31): more reasons stayed English under --lang zh, or came
// after the Chinese kind in English again (GBK, full-width punctuation, a string cut off).
TEST_CASE("--lang zh words a repeated field, a non-object, blank ids, GBK, full-width and a cut-off string") {
  const std::string lines = std::string(R"({"id": "a", "class": "ordinary", "class": "urgent", "received": "2026-03-02T10:00"})") + "\n" +
                            "[1,2]\n" + R"({"id": "  ", "class": "ordinary", "received": "2026-03-02T10:00"})" + "\n" +
                            "{\"id\"\xEF\xBC\x9A \"a\"}\n" + "{\"id\": \"a\", \"class\": \"\xB0\xB4\"}\n" +
                            R"({"id": "", "class": "ordinary"})" + "\n" + R"({"id": "b", "class": "ordi)";
  const auto r = shixian::test::run_cli("--lang zh --format text check --now 2026-12-01T00:00", lines);
  const auto all = r.out + r.err;
  CHECK(all.find("第1行（工单 a）无法读取：字段“class”出现了两次") != std::string::npos);
  CHECK(all.find("第2行无法读取：不是有效的 JSON：应为一个 JSON 对象") != std::string::npos);
  CHECK(all.find("第3行无法读取：id \"  \" 只有空白") != std::string::npos);
  CHECK(all.find("第4行无法读取：含中文输入法的全角标点（JSON 须用半角符号）：第6字节处有全角的“：”（U+FF1A）") != std::string::npos);
  CHECK(all.find("第5行无法读取：文件似为 GBK 编码（请另存为 UTF-8）：第23字节处的字节 0xB0 不是 UTF-8") != std::string::npos);
  CHECK(all.find("第6行无法读取：id 为空") != std::string::npos);
  CHECK(all.find("第7行无法读取：不是有效的 JSON：行在第22字节处开始的字符串中结束（该行是否被截断？）") != std::string::npos);
  for (const char* english : {"appears twice", "expected a JSON object", "only blanks", "full-width", "invalid UTF-8",
                              "truncated", "A string is opened"})
    CHECK_MESSAGE(all.find(english) == std::string::npos, english);
  // Found in review: a UTF-16 file lost its hint, an id of full-width spaces stayed English.
  const auto more = shixian::test::run_cli("--lang zh --format text check --now 2026-12-01T00:00",
                                           std::string("\xFF\xFE{\x00\"\x00\n", 7) +
                                               "{\"id\": \"\xE3\x80\x80\", \"class\": \"ordinary\"}\n");
  CHECK((more.out + more.err).find("文件似为 UTF-16 编码") != std::string::npos);
  CHECK((more.out + more.err).find("只有空白") != std::string::npos);
  CHECK((more.out + more.err).find("only blanks") == std::string::npos);
}

// Found in review: libstdc++'s regex recurses once a character, and a bad line's reason
// can quote a value of megabytes (an 8 MiB line's class): such a reason is not reworded.
TEST_CASE("--lang zh: a bad line quoting a huge value is worded without a regex over it") {
  const std::string line = R"({"id": "a", "class": ")" + std::string(200000, 'x') + R"(", "received": "2026-01-05T09:00"})" "\n";
  const auto r = shixian::test::run_cli("--lang zh check --now 2026-12-01T00:00 --summary", line);
  CHECK(r.code == 1);
  CHECK(r.out.find("投诉类别无法识别") != std::string::npos);
}

// Every command and subcommand with a --help (the tool's own: "").
constexpr const char* kHelpCommands[] = {
    "",           "calendar",        "calendar is-working", "calendar add",    "calendar between",
    "calendar import-notice", "calendar import-json", "calendar diff", "calendar export",
    "calendar show", "deadlines",    "check",               "classify",        "contact",
    "contact plan", "contact check", "archive",             "callback",        "callback select",
    "callback report", "rules"};
// Any byte of a multi-byte UTF-8 sequence: a Chinese line (the help's English is ASCII).
bool chinese(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// An ops officer's trial (session 32): under --lang zh every option of classify, archive,
// rules, contact, callback and the calendar subcommands, and the footers' "Examples:",
// were English. Every option and positional of every command is described in Chinese.
TEST_CASE("--lang zh --help describes every option of every command in Chinese") {
  for (const char* c : kHelpCommands) {
    const auto r = run_cli(std::string("--lang zh ") + c + " --help");
    CAPTURE(c);
    REQUIRE(r.code == 0);
    std::istringstream in(r.out);
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    bool options = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const auto& l = lines[i];
      if (l == "选项:" || l == "位置参数:") {
        options = true;
        continue;
      }
      if (l.empty() || l[0] != ' ') options = false;
      CHECK(l.rfind("Examples", 0) == std::string::npos);
      if (!options || l.size() < 3 || l[2] == ' ') continue;  // a continuation line
      // The description: after the name's column on this line, or on the next line.
      const auto gap = l.find("  ", 2);
      const std::string text = gap != std::string::npos ? l.substr(gap) : i + 1 < lines.size() ? lines[i + 1] : "";
      CAPTURE(l);
      CHECK(chinese(text));
    }
  }
}

// An ops officer's trial (session 32, left then): check --help's input and output
// block, its exit codes, and every other command's closing text were English under
// --lang zh. Every line that starts a paragraph of a --help (not an indented example,
// option or JSON line) is Chinese, and a subcommand that inherits its parent's closing
// text inherits the Chinese one.
TEST_CASE("--lang zh --help: every command's closing text is Chinese") {
  for (const char* c : kHelpCommands) {
    const auto r = run_cli(std::string("--lang zh ") + c + " --help");
    CAPTURE(c);
    REQUIRE(r.code == 0);
    std::istringstream in(r.out);
    for (std::string l; std::getline(in, l);) {
      if (l.empty() || l[0] == ' ') continue;
      CAPTURE(l);
      CHECK(chinese(l));
    }
  }
  // The English help keeps its English text.
  CHECK(run_cli("--lang en check --help").out.find("Exit 0 when every line was audited") != std::string::npos);
  CHECK(run_cli("--lang zh check --help").out.find("每行都审核完毕时以0退出") != std::string::npos);
}
