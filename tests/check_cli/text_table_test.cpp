// check --format text: one row per ticket and stage, late ones marked (issue 14 item 3).
#include <doctest/doctest.h>

#include <cstdint>
#include <sstream>
#include <string_view>
#include <vector>

#include "support/process.hpp"

using shixian::test::run_cli;

TEST_CASE("check --format text is a table, not JSON; a breach is marked with how late") {
  const std::string input =
      R"J({"id": "OK-1", "class": "ordinary", "received": "2026-11-20T09:00", "hq_dispatched": "2026-11-20T09:30"})J" "\n"
      R"J({"id": "LATE-1", "class": "ordinary", "received": "2026-11-20T09:00", "hq_dispatched": "2026-11-20T12:00"})J" "\n";
  const auto r = run_cli("--format text check --now 2026-11-26T12:00", input);
  REQUIRE_MESSAGE(r.code == 0, r.err);
  CHECK(r.out.find('{') == std::string::npos);
  std::istringstream lines(r.out);
  std::string head, line;
  std::getline(lines, head);
  CHECK(head.find("ticket") != std::string::npos);
  CHECK(head.find("deadline") != std::string::npos);
  bool ok = false, late = false;
  while (std::getline(lines, line)) {
    if (line.rfind("OK-1", 0) == 0 && line.find("hq_dispatch") != std::string::npos) ok = line.find("met") != std::string::npos;
    if (line.rfind("LATE-1", 0) == 0 && line.find("hq_dispatch") != std::string::npos)
      late = line.find("2026-11-20 11:00") != std::string::npos && line.find("breached by 1h") != std::string::npos;
  }
  CHECK(ok);
  CHECK(late);
  // The total stage's deadline at a day's end is 24:00 of the 27th.
  CHECK(r.out.find("2026-11-27 24:00") != std::string::npos);
  const auto zh = run_cli("--lang zh --format text check --now 2026-11-26T12:00", input);
  CHECK(zh.out.find("已超时 1小时") != std::string::npos);
  CHECK(zh.out.find("11月27日 24:00") != std::string::npos);
  // Without --format, check still writes JSON Lines (for programs).
  CHECK(run_cli("check --now 2026-11-26T12:00", input).out.rfind("{\"id\": \"OK-1\"", 0) == 0);
}

// The test's own measure of terminal columns, not i18n::columns (the code under test
// would then be its own oracle): every character of these tables is ASCII (one column),
// a CJK ideograph or CJK/full-width punctuation (two: U+3000-U+9FFF, U+FF01-U+FF60), or
// the dash "—" (U+2014, one).
std::size_t terminal_columns(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++n, ++i;
      continue;
    }
    const std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    std::uint32_t cp = b & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < len && i + k < s.size(); ++k) cp = cp << 6 | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    n += (cp >= 0x3000 && cp <= 0x9FFF) || (cp >= 0xFF01 && cp <= 0xFF60) ? 2 : 1;
    i += len;
  }
  return n;
}

// Every column started at a fixed place whatever its cells held: a bank's 27-character
// ids and deadlines with seconds pushed the rest of their rows out of line.
TEST_CASE("check --format text: columns as wide as their cells, in both languages, every row aligned") {
  const std::string input =
      R"J({"id": "TICKET-2026-11-000000123456", "class": "ordinary", "received": "2026-11-20T10:00:07", "hq_dispatched": "2026-11-20T13:00"})J" "\n"
      R"J({"id": "T2", "class": "urgent", "received": "2026-11-20T10:00"})J" "\n";
  for (const char* lang : {"en", "zh"}) {
    const auto r = run_cli(std::string("--lang ") + lang + " --format text check --now 2026-11-21T00:00", input);
    CAPTURE(lang);
    REQUIRE_MESSAGE(r.code == 0, r.err);
    std::istringstream lines(r.out);
    std::string line;
    std::vector<std::size_t> stage_at, status_at;
    int rows = 0;
    while (std::getline(lines, line)) {
      ++rows;
      // Where the second and the fourth column begin, in terminal columns: the same on
      // every line, the heading's included.
      const auto cols = [&](std::size_t bytes) { return terminal_columns(std::string_view(line).substr(0, bytes)); };
      const auto first_gap = line.find(' ');
      const auto second = line.find_first_not_of(' ', first_gap);
      stage_at.push_back(cols(second));
      std::size_t status = std::string::npos;
      for (const char* word : {"status", "breached", "pending", "状态", "已超时", "处理中"})
        status = std::min(status, line.find(word));
      REQUIRE(status != std::string::npos);
      status_at.push_back(cols(status));
    }
    CHECK(rows == 5);  // the heading, two stages of each ticket
    for (auto at : stage_at) CHECK(at == stage_at.front());
    for (auto at : status_at) CHECK(at == status_at.front());
  }
}

// Found by an analyst's trial against an independent oracle (session 22): a stage whose
// deadline needs a year with no notice had no row at all (145 of a year's stages went
// missing without a word), and --provisional rows did not say they were provisional.
TEST_CASE("check --format text: a stage in error has its row, and a provisional deadline says so") {
  const std::string input = R"({"id": "T71", "class": "ordinary", "received": "2026-12-27T07:07:45+08:00"})" "\n";
  const auto en = run_cli("--format text check --now 2026-12-31T12:00", input);
  CHECK(en.out.find("T71            total            —                  error: working day 5 after 2026-12-27 falls "
                    "after 2026-12-31, outside calendar cn") != std::string::npos);
  const auto zh = run_cli("--lang zh --format text check --now 2026-12-31T12:00", input);
  CHECK(zh.out.find("错误：2026年12月27日之后的第5个工作日在2026年12月31日之后") != std::string::npos);
  CHECK(zh.out.find("尚未载入2027年的放假通知") != std::string::npos);
  const auto p = run_cli("--format text --provisional check --now 2026-12-31T12:00", input);
  CHECK(p.out.find("2027-01-01 24:00 (provisional) pending") != std::string::npos);
  CHECK(run_cli("--lang zh --format text --provisional check --now 2026-12-31T12:00", input)
            .out.find("2027年1月1日 24:00（暂定）") != std::string::npos);
}

// Found by an operations user's trial (session 23): a line with a Chinese input method's
// comma or curly quotes, or a file saved as GBK, were the commonest bad lines and got
// "The JSON document has an improper structure" and a bare byte offset; and the table
// for people left each bad line's reason as English JSON on stderr, its summary saying
// only "see stderr".
TEST_CASE("a full-width comma or curly quote, and a GBK file, are named; the table words its bad lines") {
  const std::string input =
      "{\"id\": \"B7\"\xEF\xBC\x8C \"class\": \"ordinary\", \"received\": \"2026-10-08T09:00\"}\n"   // ，
      "{\xE2\x80\x9C" "id\xE2\x80\x9D: \"B8\", \"class\": \"ordinary\"}\n"                          // “id”
      "{\"id\": \"B9\", \"class\": \"ordinary\", \"received\": \"2026-10-08T09:00\", \"text\": \"\xB9\xF1\xD4\xB1\"}\n"  // 柜员 in GBK
      "{\"id\": \"B10\", \"class\": \"ordinary\", \"received\": \"2026-10-32T09:00\"}\n";
  const auto j = run_cli("check --now 2026-11-05T12:00", input);
  CHECK(j.out.find("invalid JSON: a full-width '\xEF\xBC\x8C' (U+FF0C) at byte 12, outside any string; JSON needs ','") !=
        std::string::npos);
  CHECK(j.out.find("(U+201C) at byte 2, outside any string; JSON needs '\\\"'") != std::string::npos);
  CHECK(j.out.find("invalid UTF-8: byte 0xB9 at offset 75 (saved as GBK? save it as UTF-8)") != std::string::npos);
  // Commas inside strings are text, not a fault.
  CHECK(run_cli("check --now 2026-11-05T12:00",
                "{\"id\": \"ok\", \"class\": \"ordinary\", \"received\": \"2026-10-08T09:00\", \"text\": \"\xE6\x88\x91\xEF\xBC\x8C\"}\n")
            .code == 0);
  const auto zh = run_cli("--lang zh --format text check --now 2026-11-05T12:00", input);
  CHECK(zh.err.find("第1行（工单 B7）无法读取：含中文输入法的全角标点（JSON 须用半角符号）：") != std::string::npos);
  CHECK(zh.err.find("第3行无法读取：文件似为 GBK 编码（请另存为 UTF-8）") != std::string::npos);
  // In the table's language, the event by its term (an operations user's trial, session 29:
  // the reason was English after the Chinese kind).
  CHECK(zh.err.find("第4行（工单 B10）无法读取：时间格式错误：受理（received）：“2026-10-32T09:00”不是有效的时间（该月没有这一天）") !=
        std::string::npos);
  CHECK(zh.err.find("{\"line\"") == std::string::npos);  // no JSON for people
  const auto en = run_cli("--format text check --now 2026-11-05T12:00", input);
  CHECK(en.err.find("line 4: id B10: received: '2026-10-32T09:00' is not a valid timestamp") != std::string::npos);
  const auto sum = run_cli("--lang zh check --now 2026-11-05T12:00 --summary", input);
  CHECK(sum.out.find("第1行：含中文输入法的全角标点") != std::string::npos);
}

// Found by an operations user's trial (session 23): with --require-record the text table
// showed nothing of a reply record's missing fields; only JSON held their ids.
TEST_CASE("check --format text: a reply record missing fields has a row naming them") {
  const std::string input =
      R"({"id": "RC1", "class": "ordinary", "received": "2026-11-02T10:00", "closed": "2026-11-04T10:00", "record": {"outlet_type": "网点", "cause": "x"}})" "\n";
  const auto zh = run_cli("--lang zh --format text check --now 2026-11-20T00:00 --require-record", input);
  CHECK(zh.out.find("回复记录         —") != std::string::npos);
  CHECK(zh.out.find("缺少：责任人、处理过程、处理结果、回访情况") != std::string::npos);
  const auto en = run_cli("--format text check --now 2026-11-20T00:00 --require-record", input);
  CHECK(en.out.find("missing: responsible_person, handling, result, callback") != std::string::npos);
}

// Events out of order, worded in Chinese too (the JSON for programs stays English).
TEST_CASE("an order error reads in the table's language") {
  const std::string line = "{\"id\": \"E6\", \"class\": \"ordinary\", \"received\": \"2026-02-10T10:00\", "
                           "\"hq_dispatched\": \"2026-02-10T09:00\"}\n";
  const auto zh = run_cli("--lang zh --format text check --now 2026-03-01T00:00", line);
  CHECK(zh.err.find("事件“总行流转（hq_dispatched）”（2026-02-10T09:00:00+08:00）早于“受理（received）”（2026-02-10T10:00:00+08:00）") !=
        std::string::npos);
  const auto json = run_cli("--lang zh check --now 2026-03-01T00:00", line);
  CHECK(json.out.find("event 'hq_dispatched' (2026-02-10T09:00:00+08:00) is before 'received'") != std::string::npos);
}
