// Smaller contract points from issue 16, end to end through the CLI.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/process.hpp"

using shixian::test::run_cli;

namespace {
bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("an order error keeps the fractions that tell the two times apart") {
  const auto r = run_cli("check --now 2026-03-03T00:00",
                         "{\"id\": \"a\", \"class\": \"ordinary\", \"received\": \"2026-03-02T09:00:00.9\", "
                         "\"hq_dispatched\": \"2026-03-02T09:00:00.1\"}\n");
  CAPTURE(r.out);
  CHECK(has(r.out, "(2026-03-02T09:00:00.1+08:00) is before 'received' (2026-03-02T09:00:00.9+08:00)"));
  const auto d = run_cli("deadlines --received 2026-03-02T09:00:00.9 --event hq_dispatched=2026-03-02T09:00:00.1");
  CHECK(has(d.err, "09:00:00.1+08:00"));
  CHECK(has(d.err, "09:00:00.9+08:00"));
}

TEST_CASE("archive needs only the date: a local time in a DST gap is not an error there") {
  const auto r = run_cli("--zone Europe/London archive --closed 2026-03-29T01:30");
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(has(r.out, "closed 2026-03-29"));
  CHECK_FALSE(has(r.err, "choose"));
}

TEST_CASE("contact takes --choose, which its DST-gap message offers") {
  const auto gap = run_cli("--zone Europe/London contact plan --from 2026-03-29T01:30");
  CHECK(gap.code == 1);
  CHECK(has(gap.err, "choose earliest or latest"));
  CHECK(has(gap.err, "(--choose on the command line;"));  // the option is named (ops trial, session 23)
  const auto chosen = run_cli("--zone Europe/London contact plan --from 2026-03-29T01:30 --choose latest");
  CAPTURE(chosen.err);
  CHECK(chosen.code == 0);
}

TEST_CASE("instants in a zone whose offset had seconds are written so that they read back") {
  const auto r = run_cli("--zone America/Sao_Paulo check --now 1906-03-03T00:00",
                         "{\"id\": \"a\", \"class\": \"urgent\", \"received\": \"1906-03-02T10:00:00-03:06:28\"}\n");
  CAPTURE(r.out);
  CHECK(r.code == 0);
  CHECK(has(r.out, "\"deadline\": \"1906-03-02T10:30:00-03:06:28\""));
}

TEST_CASE("callback report keeps stdout one document: bad lines go to stderr") {
  const std::string input = "{\"id\": \"a\", \"level\": \"tier1\", \"callback\": \"yes\"}\n"
                            "{\"id\": \"b\", \"level\": \"tier1\", \"class\": \"vip\", \"callback\": true}\n"
                            "{\"id\": \"c\", \"level\": \"tier1\", \"callback\": true}\n";
  const auto r = run_cli("--format json callback report", input);
  CAPTURE(r.out);
  CAPTURE(r.err);
  CHECK(r.code == 1);
  CHECK(r.out.rfind("{\"levels\"", 0) == 0);  // the report is the first and only line
  CHECK(r.out.find('\n') == r.out.size() - 1);
  CHECK(has(r.out, "\"bad_lines\": 2"));
  CHECK(has(r.err, "{\"line\": 1"));
  SUBCASE("\"callback\": \"yes\" names what it got") {
    CHECK(has(r.err, "expected a boolean, got string \\\"yes\\\""));
  }
  SUBCASE("class vip is rejected, not counted as not ordinary") {
    CHECK(has(r.err, "{\"line\": 2, \"id\": \"b\", \"error\": \"unknown class 'vip'"));
  }
}

// Issue 16: `check` took `"id": ""` (classify did not), and its result line then named no
// ticket. Every reader now rejects it in one wording (io::json::blank_id_error).
// check and callback need an id, so only classify offers "or no id field" (offered by
// check, the remedy was refused in turn: "missing field 'id'"; an ops trial).
TEST_CASE("an empty id is a bad line in check, classify and callback report, in one wording") {
  const std::string wording = R"(id \"\" is empty (expected a ticket id))";
  const auto chk = run_cli("check --now 2026-12-01T00:00",
                           R"({"id": "", "class": "ordinary", "received": "2026-11-20T17:45"})" "\n"
                           R"({"id": "B", "class": "ordinary", "received": "2026-11-20T17:45"})" "\n");
  CHECK(chk.code == 1);
  CHECK(has(chk.out, wording));
  CHECK(has(chk.out, R"({"id": "B", )"));  // the next line is still audited
  CHECK_FALSE(has(chk.out, "or no id field"));
  const auto cls = run_cli("classify", R"({"id": "", "text": "我的卡被盗刷了"})" "\n");
  CHECK(cls.code == 1);
  CHECK(has(cls.out, R"(id \"\" is empty (expected a ticket id, or no id field))"));
  const auto cb = run_cli("callback report", R"({"id": "", "level": "tier1", "callback": true})" "\n");
  CHECK(cb.code == 1);
  CHECK(has(cb.out + cb.err, wording));
}

// An id of blanks only ("  ", a full-width space) names no ticket either.
TEST_CASE("an id of blanks only is a bad line in check, classify and callback report") {
  for (const std::string id : {"  ", "\\t", "\\u3000", "\\u00a0 "}) {
    CAPTURE(id);
    const auto chk = run_cli("check --now 2026-12-01T00:00",
                             R"({"id": ")" + id + R"(", "class": "ordinary", "received": "2026-11-20T17:45"})" "\n");
    CHECK(chk.code == 1);
    CHECK(has(chk.out, "is only blanks (expected a ticket id)\""));
    const auto cls = run_cli("classify", R"({"id": ")" + id + R"(", "text": "我的卡被盗刷了"})" "\n");
    CHECK(cls.code == 1);
    CHECK(has(cls.out, "is only blanks"));
    const auto cb = run_cli("callback report", R"({"id": ")" + id + R"(", "level": "tier1", "callback": true})" "\n");
    CHECK(cb.code == 1);
    CHECK(has(cb.out + cb.err, "is only blanks"));
  }
  // Blanks inside or around a real id are its own business.
  const auto ok = run_cli("check --now 2026-12-01T00:00",
                          R"({"id": " T 1 ", "class": "ordinary", "received": "2026-11-20T17:45"})" "\n");
  CHECK(ok.code == 0);
}

TEST_CASE("the summary's count reads right for one ticket (no '1 tickets')") {
  const auto r = run_cli("check --summary --now 2026-12-01T00:00",
                         R"({"id": "a", "class": "ordinary", "received": "2026-11-20T17:45"})" "\n");
  CAPTURE(r.out);
  CHECK(has(r.out, "tickets audited: 1, bad lines: 0"));
  CHECK_FALSE(has(r.out, "1 tickets"));
}

TEST_CASE("a lone surrogate or a bad escape is named with its field by check, classify and callback report") {
  const std::string half = "'\\\\ud800' is half of a UTF-16 surrogate pair (a lone surrogate), not a character";
  const auto c = run_cli("check --now 2026-03-03T00:00",
                         R"({"id": "a\ud800", "class": "ordinary", "received": "2026-03-02T09:00"})" "\n");
  CAPTURE(c.out);
  CHECK(has(c.out, "invalid JSON: field 'id': " + half));
  const auto k = run_cli("classify", R"({"id": "b", "text": "ATM\ud800吞卡"})" "\n");
  CAPTURE(k.out);
  CHECK(has(k.out, "text: " + half));  // was: text "ATM\ud800吞卡" is not a string
  const auto cb = run_cli("callback report", R"({"id": "c", "level": "tier1", "callback": true, "note": "\q"})" "\n");
  CAPTURE(cb.err);
  CHECK(has(cb.err, "invalid JSON: field 'note': '\\\\q' is not a JSON escape"));  // was: expected one object per line
}

TEST_CASE("the share used reads the same in text and JSON, rounded down: never 100% before the deadline") {
  const std::string line =
      "{\"id\": \"P1\", \"class\": \"ordinary\", \"received\": \"2026-09-30T23:10\", \"hq_dispatched\": \"2026-10-01T09:00\"}\n";
  const auto json = run_cli("check --now 2026-10-13T23:59", line);
  const auto text = run_cli("--format text check --now 2026-10-13T23:59", line);
  CAPTURE(json.out);
  CAPTURE(text.out);
  CHECK(has(json.out, "\"used\": 0.99"));
  CHECK(has(text.out, "99% used"));  // was 100%, rounded
  CHECK_FALSE(has(text.out, "100%"));
  const auto earlier = run_cli("--format text check --now 2026-10-13T19:00", line);
  CHECK(has(earlier.out, "95% used"));  // the JSON's 0.95 (was 96%)
}

TEST_CASE("a time of 24:00, as text output writes a day's end, is refused saying it is the next day's 00:00") {
  const auto r = run_cli("check --now 2026-04-02T00:00",
                         "{\"id\": \"a\", \"class\": \"ordinary\", \"received\": \"2026-03-31 24:00\"}\n");
  CAPTURE(r.out);
  CHECK(has(r.out, "hour must be 00..23 (24:00 is the next day's 00:00)"));
}

TEST_CASE("callback report's text says how many lines it did not count, and stderr ends with the count") {
  const std::string input = "{\"id\": \"A\", \"level\": \"tier2\", \"callback\": false}\n"
                            "{\"id\": \"B\", \"level\": \"tier2\", \"class\": \"ordinary\", \"callback\": true}\n"
                            "{\"id\": \"C\", \"level\": \"tier2\"}\n";
  const auto r = run_cli("--lang en callback report", input);
  CAPTURE(r.out);
  CAPTURE(r.err);
  CHECK(r.code == 1);
  CHECK(has(r.out, "bad lines not counted: 1"));
  CHECK(has(r.err, "counted 2 tickets, 1 bad line"));
  const auto zh = run_cli("--lang zh callback report", input);
  CHECK(has(zh.out, "另有1行未计入"));
  const auto json = run_cli("--format json callback report", input);
  CHECK(json.out.find('\n') == json.out.size() - 1);  // still one document
}

TEST_CASE("classify's text headline says when it rests on no text (English), in both languages") {
  const auto en = run_cli("--lang en classify --text \"My credit card was stolen and used for 20,000 yuan\"");
  CAPTURE(en.out);
  CHECK(en.out.rfind("ordinary (普通投诉) — text not read: decide by hand\n", 0) == 0);
  const auto zh = run_cli("--lang zh classify --text \"My credit card was stolen\"");
  CAPTURE(zh.out);
  CHECK(zh.out.rfind("普通投诉——文本未读，需人工判断\n", 0) == 0);
  const auto read = run_cli("--lang zh classify --text \"ATM吞卡\"");
  CHECK_FALSE(has(read.out, "文本未读"));
}

// CLI11's own message ("earlist not in {reject,earliest,latest}") was English under --lang
// zh and suggested nothing.
TEST_CASE("a value outside an option's choices is named with the choices and the one probably meant, in the chosen language") {
  const auto en = run_cli("deadlines --received 2026-11-20T10:00 --choose earlist");
  CHECK(en.code != 0);
  CHECK(en.err.find("--choose: 'earlist' is not one of: reject, earliest, latest; did you mean 'earliest'?") !=
        std::string::npos);
  const auto zh = run_cli("--lang zh --format jsn check /dev/null");
  CHECK(zh.code != 0);
  CHECK(zh.err.find("--format: “jsn”不是可选值之一（可选：text, json, jsonl）；是否想写“json”？") != std::string::npos);
  CHECK(run_cli("calendar export 2026 --format xml").err.find("'xml' is not one of: ics, csv") != std::string::npos);
  CHECK(run_cli("contact plan --from 2026-11-20T10:00 --choose latest").code == 0);
}

// Found by an analyst's trial (session 22): a deadline written "2026-02-28 24:00" was
// counted under March in the summary's breaches by month (its instant is 03-01 00:00).
TEST_CASE("the summary counts a breach in the month of its deadline's day, a 24:00 deadline included") {
  const std::string input = R"({"id": "T36", "class": "ordinary", "received": "2026-02-14T00:00:00Z"})" "\n";
  const auto j = run_cli("check --now 2026-03-05T12:00 --summary --format json", input);
  REQUIRE_MESSAGE(j.code == 0, j.err);
  CHECK(has(j.out, "\"breaches_by_month\": {\"2026-02\": 1}"));
  CHECK_FALSE(has(j.out, "\"2026-03\""));
  const auto t = run_cli("check --now 2026-03-05T12:00 --summary", input);
  CHECK(has(t.out, "2026-02-28 24:00"));
}

// A breach by less than a second was "late 0s" beside "breached" (a new user's trial,
// session 29): it is 1s late; a breach of 1.2 s is still 1s, fractions dropped as from times.
TEST_CASE("a breach by less than a second is 1s late, never 0s") {
  const auto r = run_cli("check --now 2026-11-21T00:00",
                         "{\"id\": \"m\", \"class\": \"urgent\", \"received\": \"2026-11-20T10:00:00.5\", "
                         "\"hq_dispatched\": \"2026-11-20T10:30:00.7\"}\n"
                         "{\"id\": \"n\", \"class\": \"urgent\", \"received\": \"2026-11-20T10:00:00.5\", "
                         "\"hq_dispatched\": \"2026-11-20T10:30:01.7\"}\n");
  CAPTURE(r.out);
  CHECK(has(r.out, R"({"id": "m", "stages": {"hq_dispatch": {"deadline": "2026-11-20T10:30:00+08:00", "done": "2026-11-20T10:30:00+08:00", "status": "breached", "late": {"wall": "1s", "clock": "1s"}})"));
  CHECK(has(r.out, R"({"id": "n", "stages": {"hq_dispatch": {"deadline": "2026-11-20T10:30:00+08:00", "done": "2026-11-20T10:30:01+08:00", "status": "breached", "late": {"wall": "1s", "clock": "1s"}})"));
  const auto t = run_cli("check --now 2026-11-21T00:00 --format text",
                         "{\"id\": \"m\", \"class\": \"urgent\", \"received\": \"2026-11-20T10:00:00.5\", "
                         "\"hq_dispatched\": \"2026-11-20T10:30:00.7\"}\n");
  CHECK_FALSE(has(t.out, " 0s"));
}

// A line classified from its facts carries classify's warnings: a misspelt channel
// ("regulatr") made nothing urgent, and check said nothing of it (a new user's trial,
// session 29), where classify warned.
TEST_CASE("a line classified from its facts carries the classification's warnings") {
  const auto r = run_cli("check --now 2026-12-01T00:00",
                         "{\"id\": \"W7\", \"received\": \"2026-11-20T17:45\", \"channel\": \"regulatr\"}\n"
                         "{\"id\": \"W8\", \"received\": \"2026-11-20T17:45\", \"channel\": \"regulator\"}\n");
  CAPTURE(r.out);
  CHECK(has(r.out, R"({"id": "W7", "class": "ordinary", "classified": {"reasons": [], "warnings": ["channel 'regulatr' is not one that makes a complaint special_source, so it made nothing urgent; did you mean 'regulator'?"]}, "stages": )"));
  CHECK(has(r.out, R"({"id": "W8", "class": "urgent", "classified": {"reasons": [{"rule": "special_source", "detail": "channel: regulator"}]}, "stages": )"));
}

// With no ordinary complaint counted, callback report has no share to judge: "ok" is null
// and the table says so; it once said "ok": true for a file whose every line was rejected.
TEST_CASE("callback report with nothing counted is not a pass") {
  const auto bad = run_cli("callback report --format json", "{\"id\": \"A\", \"level\": \"tier3\", \"class\": \"ordinary\", \"callback\": true}\n");
  CHECK(bad.out == "{\"levels\": {}, \"ok\": null, \"bad_lines\": 1}\n");
  CHECK(bad.code == 1);
  const auto urgent = run_cli("callback report --format json", "{\"id\": \"A\", \"level\": \"tier1\", \"class\": \"urgent\", \"callback\": true}\n");
  CHECK(urgent.out == "{\"levels\": {}, \"ok\": null, \"bad_lines\": 0}\n");
  CHECK(urgent.code == 0);
  CHECK(has(run_cli("callback report", "{\"id\": \"A\", \"level\": \"tier1\", \"class\": \"urgent\", \"callback\": true}\n").out,
            "no ordinary complaint counted: no share to judge"));
  const auto one = run_cli("callback report --format json", "{\"id\": \"A\", \"level\": \"tier1\", \"class\": \"ordinary\", \"callback\": true}\n");
  CHECK(has(one.out, "\"ok\": true, \"bad_lines\": 0}"));
}

// A stage no target applies to was counted with the coverage errors, and the summary told
// the user to load a notice or use --provisional (an operations user's trial, session 29).
// Each kind now has its own count and remedy, in text, JSON and the HTML report.
TEST_CASE("the summary tells a stage no target applies to from one short of calendar coverage") {
  const std::string path = "/tmp/shixian-notarget-sum-" + std::to_string(::getpid()) + ".toml";
  std::ofstream(path) << "extends = \"95580\"\nname = \"x\"\n[[stages]]\nid = \"total\"\nclock = \"working_days\"\n"
                         "targets = [ { class = \"ordinary\", target = \"5wd\" } ]\n";
  const std::string lines = "{\"id\": \"U\", \"class\": \"urgent\", \"received\": \"2026-09-29T16:00\"}\n"
                            "{\"id\": \"V\", \"class\": \"ordinary\", \"received\": \"2026-12-29T16:00\"}\n";
  const auto text = run_cli("--rules " + path + " check --now 2027-01-20T00:00 --summary", lines);
  CAPTURE(text.out);
  CHECK(has(text.out, "1 stage audits are in error because no target of their stage applies"));
  CHECK(has(text.out, "stage audits are in error (their deadline needs a day the calendar does not cover"));
  const auto json = run_cli("--rules " + path + " check --now 2027-01-20T00:00 --summary --format json", lines);
  CHECK(has(json.out, "\"stage_errors\": {\"coverage\": 1, \"no_target\": 1}"));
  const auto prov = run_cli("--rules " + path + " check --now 2027-01-20T00:00 --summary --provisional", lines);
  CHECK_FALSE(has(prov.out, "does not cover"));
  CHECK(has(prov.out, "no target of their stage applies"));
  std::remove(path.c_str());
}

// ... and the text table gives those warnings a row, where only the JSON carried them.
TEST_CASE("the text table shows a classification's warnings") {
  const auto r = run_cli("check --now 2026-12-01T00:00 --format text",
                         "{\"id\": \"W7\", \"received\": \"2026-11-20T17:45\", \"channel\": \"regulatr\"}\n");
  CAPTURE(r.out);
  CHECK(has(r.out, "class from facts"));
  CHECK(has(r.out, "did you mean 'regulator'?"));
}

// An id with a newline forged a row of the text table ("A\nFAKE  total  …  met"), and one
// with an escape sequence reached the terminal raw, in check's table, its summary's worst
// breaches and classify's text (a new user's trial, session 30): an id is one cell, its
// control characters, line breaks and tabs escaped.
TEST_CASE("ids in text output are escaped: no forged row, no escape sequence") {
  const std::string tickets = R"({"id": "A\nFAKE  total  2026-11-27 24:00  met", "class": "ordinary", "received": "2026-11-20T17:45"})" "\n"
                              R"({"id": "\u001b[31mRED\tX", "class": "ordinary", "received": "2026-11-02T10:00"})" "\n";
  for (const std::string args : {"--format text check --now 2026-12-01T00:00", "check --now 2026-12-01T00:00 --summary",
                                 "--lang zh --format text check --now 2026-12-01T00:00"}) {
    CAPTURE(args);
    const auto r = run_cli(args, tickets);
    CHECK(r.code == 0);
    CHECK(r.out.find('\x1b') == std::string::npos);
    CHECK(r.out.find('\t') == std::string::npos);
    CHECK(has(r.out, "A\\u000aFAKE"));
    CHECK(has(r.out, "\\u001b[31mRED\\u0009X"));
    // Every line of the table or list starts as a row of its own: none with the forged text.
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) CHECK(line.rfind("FAKE", 0) == std::string::npos);
  }
  const auto cls = run_cli("--format text classify", R"({"id": "\u001b[2J\nid", "text": "柜员态度差"})" "\n");
  CHECK(cls.out.find('\x1b') == std::string::npos);
  CHECK(has(cls.out, "\\u001b[2J\\u000aid: "));
}

// The row a line classified from its facts gets for classify's warnings was in English
// under --lang zh (a new user's trial, session 30): worded from the result's record in
// the chosen language, as classify's own text is.
TEST_CASE("check's table words classification warnings in the chosen language") {
  const std::string line = R"({"id": "x", "text": "hello", "received": "2026-11-20T10:00"})" "\n";
  const auto zh = run_cli("--lang zh --format text check --now 2026-12-01T00:00", line);
  CHECK(has(zh.out, "文本未读"));
  CHECK_FALSE(has(zh.out, "text not read"));
  const auto en = run_cli("--format text check --now 2026-12-01T00:00", line);
  CHECK(has(en.out, "text not read"));
}

// The three JSON Lines readers worded simdjson's errors three ways: classify said "JSON
// document ended early" for content after the object, callback "expected one object per
// line" for anything (a new user's trial, session 30). One wording now
// (io::json::not_an_object_words and json_error_words).
TEST_CASE("check, classify and callback report word a line that is not one JSON object alike") {
  struct Case {
    std::string check, classify, callback, words;
  };
  const std::vector<Case> cases = {
      {R"({"id": "a", "class": "ordinary", "received": "2026-11-20T10:00"}extra)", R"({"id": "a", "text": "x"}extra)",
       R"({"id": "a", "level": "tier1", "callback": true}extra)", "or has content after the object"},
      {R"(["a"])", R"(["a"])", R"(["a"])", "expected a JSON object {"},
      {R"({"id": "a"，"class": "ordinary"})", R"({"id": "a"，"text": "x"})", R"({"id": "a"，"level": "tier1"})", "invalid JSON: "},
  };
  for (const auto& c : cases) {
    CAPTURE(c.words);
    const auto chk = run_cli("check --now 2026-12-01T00:00", c.check + "\n");
    const auto cls = run_cli("classify", c.classify + "\n");
    const auto cb = run_cli("callback report", c.callback + "\n");
    CHECK(has(chk.out, c.words));
    CHECK(has(cls.out, c.words));
    CHECK(has(cb.out + cb.err, c.words));
  }
}

// "id": 26 (a database export's key) was an id to classify and refused by check and
// callback report (a new user's trial, session 30): a whole number is an id to every
// reader, written back as its digits; any other number is refused by every reader.
TEST_CASE("a whole-number id is read alike by check, classify and callback report") {
  const auto chk = run_cli("check --now 2026-12-01T00:00",
                           R"({"id": 26, "class": "ordinary", "received": "2026-11-20T10:00"})" "\n"
                           R"({"id": 12345678901234567890123, "class": "ordinary", "received": "2026-11-20T10:00"})" "\n");
  CHECK(chk.code == 0);
  CHECK(has(chk.out, R"({"id": "26", )"));
  CHECK(has(chk.out, R"({"id": "12345678901234567890123", )"));
  const auto cls = run_cli("classify", R"({"id": 26, "text": "柜员态度差"})" "\n");
  CHECK(has(cls.out, R"({"id":"26",)"));
  const auto cb = run_cli("callback report --format json", R"({"id": 26, "level": "tier1", "callback": true, "class": "ordinary"})" "\n");
  CHECK(cb.code == 0);
  CHECK(has(cb.out, "\"bad_lines\": 0"));
  for (const std::string bad : {"26.5", "-3", "1e3"}) {
    CAPTURE(bad);
    CHECK(has(run_cli("check --now 2026-12-01T00:00", R"({"id": )" + bad + R"(, "class": "ordinary", "received": "2026-11-20T10:00"})" "\n").out,
              "must be a string or a number written in digits (no sign, point or exponent)"));
    CHECK(has(run_cli("classify", R"({"id": )" + bad + R"(, "text": "x"})" "\n").out, "is not a string or a number written in digits (no sign, point or exponent)"));
    const auto b = run_cli("callback report", R"({"id": )" + bad + R"(, "level": "tier1", "callback": true})" "\n");
    CHECK(has(b.out + b.err, "must be a string or a number written in digits (no sign, point or exponent)"));
  }
}

// callback select and report refused "class": "紧急投诉", which check reads as urgent (a
// new user's trial, session 30): the same reading of a class by its Chinese name.
TEST_CASE("callback reads a class by its Chinese name, as check does") {
  const auto rep = run_cli("callback report --format json",
                           R"({"id": "c", "level": "tier1", "callback": true, "class": "紧急投诉"})" "\n"
                           R"({"id": "d", "level": "tier1", "callback": true, "class": "普通投诉"})" "\n");
  CHECK(rep.code == 0);
  CHECK(has(rep.out, R"("tier1": {"ordinary": 1, "called_back": 1)"));
  const auto sel = run_cli("callback select --salt 2026-11", R"({"id": "c", "level": "tier1", "class": "紧急投诉"})" "\n");
  CHECK(sel.code == 0);
  CHECK(has(sel.out, "not an ordinary complaint"));
}

// A bare NaN, Infinity, None or True (Python's json.dumps and pandas write the first two)
// was "improper structure" to check, "not a whole number" to classify and "got something
// else" to callback (a new user's trial, session 30): named, with its field and the fix,
// the same in every reader.
TEST_CASE("a bare NaN, Infinity or True is named as invalid JSON by every reader") {
  const auto chk = run_cli("check --now 2026-12-01T00:00",
                           R"({"id": "a", "class": "ordinary", "received": "2026-11-20T10:00", "amount": NaN})" "\n");
  CHECK(has(chk.out, "invalid JSON: field 'amount': NaN is not a JSON value"));
  CHECK(has(chk.out, "write null or a number"));
  const auto cls = run_cli("classify", R"({"id": "x", "text": "柜员态度差", "complainants": Infinity})" "\n");
  CHECK(has(cls.out, "invalid JSON: field 'complainants': Infinity is not a JSON value"));
  const auto cb = run_cli("callback report", R"({"id": "x", "level": "tier1", "callback": True})" "\n");
  CHECK(has(cb.out + cb.err, "invalid JSON: field 'callback': True is not a JSON value"));
  CHECK(has(cb.out + cb.err, "in lower case"));
}

// An analyst's trial (session 31): CLI11's own errors ("--received is required") stood
// without the "shixian: " every other error of the tool has.
TEST_CASE("a missing or unexpected argument is prefixed as every other error") {
  const auto missing = run_cli("deadlines");
  CHECK(missing.code == 2);
  CHECK(missing.err.rfind("shixian: --received is required\n", 0) == 0);
  const auto extra = run_cli("calendar show 2026 extra");
  CHECK(extra.err.rfind("shixian: ", 0) == 0);
}

// A checker's trial (session 32): a breach certain before the calendar ends, whose size on
// the working-days clock needs next year's days, reads "provisional" on its line; the
// summaries listed the same figure without the mark, as if the calendar had given it.
TEST_CASE("the summaries' worst breaches keep the provisional mark of a lateness past coverage") {
  const std::string line = R"({"id": "p", "class": "ordinary", "unionpay": true, "received": "2026-12-25T10:00"})" "\n";
  const auto lines = run_cli("check --now 2027-01-05T00:00", line);
  CHECK(has(lines.out, R"("late": {"wall": "4d", "clock": "2wd", "provisional": true})"));
  const auto json = run_cli("check --now 2027-01-05T00:00 --summary --format json", line);
  CHECK(has(json.out, R"("late": {"wall": "4d", "clock": "2wd", "provisional": true})"));
  const auto text = run_cli("--lang en check --now 2027-01-05T00:00 --summary", line);
  CHECK(has(text.out, "late 4d (on the clock 2wd (provisional))"));
  const auto zh = run_cli("--lang zh check --now 2027-01-05T00:00 --summary", line);
  CHECK(has(zh.out, "按该环节计时方式 2个工作日（暂定）"));
  // A lateness the calendar gives carries no mark.
  const auto covered = run_cli("check --now 2026-12-01T00:00 --summary --format json",
                               R"({"id": "q", "class": "ordinary", "received": "2026-11-02T10:00"})" "\n");
  CHECK(has(covered.out, R"("late": {"wall": )"));
  CHECK_FALSE(has(covered.out, "provisional\": true"));
  CHECK(has(covered.out, "\"provisional_results\": 0"));
}

// An ops officer's trial (session 32): an export that repeats a ticket counted it once a
// line, with no word of it, so the timeliness figures counted it twice; an empty input
// gave a report of zeros that looked like any other; and the HTML said of the lines it
// left out only a count in its header.
TEST_CASE("ids on more than one line, an empty input and left-out lines are said where the figures are read") {
  const std::string a = R"({"id": "A1", "class": "ordinary", "received": "2026-11-02T10:00"})" "\n";
  const std::string b = R"({"id": "B2", "class": "ordinary", "received": "2026-11-03T10:00"})" "\n";
  const std::string a_urgent = R"({"id": "A1", "class": "urgent", "received": "2026-11-04T10:00"})" "\n";
  const std::string input = a + b + "\n" + a_urgent + "not json\n" + b + a;
  const std::string now = "check --now 2026-12-01T00:00 --summary";
  std::string first;
  for (const char* jobs : {" --jobs 1", " --jobs 2", " --jobs 3"}) {
    const auto r = run_cli("--lang en " + now + jobs, input);
    CHECK(has(r.out, "REPEATED IDS: 2 ticket ids are on more than one line (5 lines), and each line is counted as a "
                     "ticket: lines 1, 4, 7; lines 2, 6"));
    if (first.empty()) first = r.out;
    CHECK(r.out == first);  // the same whatever the threads
  }
  const auto zh = run_cli("--lang zh " + now, input);
  CHECK(has(zh.out, "工单编号重复：2个编号出现在多行（共5行），每行都按一件工单统计：第1、4、7行；第2、6行"));
  const auto json = run_cli(now + " --format json", input);
  CHECK(has(json.out, R"("repeated_ids": {"ids": 2, "lines": 5, "capped": false, "first": [[{"line": 1}, {"line": 4}, {"line": 7}], [{"line": 2}, {"line": 6}]]})"));
  // Named files: each place names its file.
  const std::string dir = "/tmp/shixian-repeated-" + std::to_string(::getpid());
  std::ofstream(dir + "-1.jsonl") << a << b;
  std::ofstream(dir + "-2.jsonl") << a;
  const auto files = run_cli("--lang en " + now + " " + dir + "-1.jsonl " + dir + "-2.jsonl");
  CHECK(has(files.out, "REPEATED ID: 1 ticket id is on more than one line (2 lines), and each line is counted as a ticket: " +
                           dir + "-1.jsonl:1, " + dir + "-2.jsonl:1"));
  // No repeats: no line, and an empty list in JSON.
  const auto clean = run_cli(now + " --format json", a + b);
  CHECK(has(clean.out, R"("repeated_ids": {"ids": 0, "lines": 0, "capped": false, "first": []})"));
  CHECK_FALSE(has(run_cli("--lang en " + now, a + b).out, "REPEATED"));
  // An empty input says so at the top of the summary and of the report.
  const auto empty = run_cli("--lang en " + now, "");
  CHECK(has(empty.out, "NO TICKETS: the input held no ticket line; every figure is zero"));
  const std::string html = dir + ".html";
  run_cli("--lang zh check --now 2026-12-01T00:00 --report " + html, "");
  CHECK(has(shixian::test::slurp(html), "<p class=\"warn\" id=\"no-tickets\">没有工单"));
  // The report says what it leaves out where its figures are read, not only at the end.
  run_cli("--lang zh check --now 2026-12-01T00:00 --report " + html, input);
  const auto report = shixian::test::slurp(html);
  CHECK(has(report, "<p class=\"warn\" id=\"bad-lines-note\" data-bad-lines=\"1\">未纳入统计：输入中有1行无法读取为工单"));
  CHECK(has(report, "<p class=\"warn\" id=\"repeated-ids\" data-ids=\"2\" data-lines=\"5\">工单编号重复"));
  CHECK(report.find("id=\"bad-lines-note\"") < report.find("<table"));
  for (const auto& f : {dir + "-1.jsonl", dir + "-2.jsonl", html}) std::remove(f.c_str());
}

TEST_CASE("an export's slip in a timestamp is worded with its fix in Chinese too") {
  const auto r = run_cli("--lang zh check --now 2026-12-01T00:00 --format text",
                         R"({"id": "x", "class": "ordinary", "received": "2026-10-08T09:00", "closed": "NULL"})" "\n"
                         R"({"id": "y", "class": "ordinary", "received": "2026-10-08T09:00:00+0800"})" "\n");
  CHECK(has(r.err, "“NULL”不是有效的时间（表示“无”的词：尚未发生的事件不写（JSON 中写 null，不加引号））"));
  CHECK(has(r.err, "时区偏移缺少冒号（+0800）：应写 +08:00"));
}

// An ops officer's trial (session 32): callback's examples read "tickets.jsonl", and
// check's ticket files have no branch level, so both failed as printed. Each example line
// of `callback --help` is run here as printed, in an empty folder, in order.
TEST_CASE("callback's --help examples run as printed") {
  const auto help = run_cli("callback --help").out;
  const auto from = help.find("Examples");
  REQUIRE(from != std::string::npos);
  const std::string dir = "/tmp/shixian-cb-examples-" + std::to_string(::getpid());
  std::string script = "set -e; rm -rf " + dir + "; mkdir -p " + dir + "; cd " + dir + "; shixian() { env -u LANG -u LC_ALL '" SHIXIAN_CLI "' \"$@\"; }\n";
  std::istringstream lines(help.substr(from));
  std::string line;
  int examples = 0;
  while (std::getline(lines, line))
    if (line.rfind("  shixian ", 0) == 0 || line.rfind("  printf ", 0) == 0) {
      script += line.substr(2) + (line.rfind("  shixian ", 0) == 0 ? " >> out.txt\n" : "\n");
      ++examples;
    }
  CHECK(examples == 3);
  script += "cat out.txt\n";
  const std::string path = dir + ".sh";
  std::ofstream(path) << script;
  const int status = std::system(("bash " + path + " > " + dir + ".out 2>&1").c_str());
  const std::string out = shixian::test::slurp(dir + ".out");
  CAPTURE(out);
  CHECK(status == 0);
  CHECK(has(out, R"({"id": "T-1", "level": "tier1", "class": "ordinary", "callback": true, "draw": )"));
  CHECK(has(out, "tier2            1           0      0.0%       70%  SHORT"));
  std::remove((dir + ".out").c_str());
  std::remove(path.c_str());
  std::system(("rm -rf " + dir).c_str());
}

// An ops officer's trial (session 32): "late 12h (on the clock 0)" — a bare 0 with no unit.
TEST_CASE("a breach whose clock has not run since the deadline is said in words in the text summary") {
  const std::string line = R"({"id": "F", "class": "ordinary", "received": "2026-11-06T10:00", "closed": "2026-11-14T12:00"})" "\n";
  CHECK(has(run_cli("check --now 2026-12-01T00:00", line).out, R"("late": {"wall": "12h", "clock": "0"})"));
  CHECK(has(run_cli("--lang en check --now 2026-12-01T00:00 --summary", line).out,
            "late 12h (nothing more on the clock: it has not run since the deadline)"));
  CHECK(has(run_cli("--lang zh check --now 2026-12-01T00:00 --summary", line).out, "超时 12小时（截止后该环节的计时方式未再计时）"));
}

// An ops officer's trial (session 32): the report's dashed 95% line and its colours came
// from nowhere a compliance officer could point to. It is the rule set's [audit]
// target_rate (default 0.95), or --target-rate, and the report says so under the chart.
TEST_CASE("the target rate is the rule set's or --target-rate, and the report explains its line") {
  const std::string input = R"({"id": "a", "class": "ordinary", "received": "2026-11-02T10:00", "closed": "2026-11-03T10:00"})" "\n";
  const std::string now = "check --now 2026-12-01T00:00 --summary --format json";
  CHECK(has(run_cli(now, input).out, R"("at_risk": 0.75, "target_rate": 0.95,)"));
  CHECK(has(run_cli(now + " --target-rate 0.9", input).out, R"("target_rate": 0.9,)"));
  CHECK(has(run_cli(now + " --target-rate 0", input).err, "--target-rate: '0' is not a share in (0, 1]"));
  const std::string path = "/tmp/shixian-target-" + std::to_string(::getpid());
  std::ofstream(path + ".toml") << "extends = \"95580\"\nname = \"mine\"\n[audit]\ntarget_rate = 0.8\n";
  CHECK(has(run_cli("--rules " + path + ".toml " + now, input).out, R"("target_rate": 0.8,)"));
  std::ofstream(path + "-bad.toml") << "extends = \"95580\"\nname = \"mine\"\n[audit]\ntarget_rate = 1.2\n";
  CHECK(has(run_cli("--rules " + path + "-bad.toml " + now, input).err, "-bad.toml:4: 'target_rate' must be a number in (0, 1], e.g. 0.95, got 1.2"));
  run_cli("--lang en check --now 2026-12-01T00:00 --target-rate 0.9 --report " + path + ".html", input);
  const auto html = shixian::test::slurp(path + ".html");
  CHECK(has(html, R"(<p class="note" id="target-rate" data-target-rate="0.9">Dashed line: the target timeliness, 90.00%)"));
  CHECK(has(html, ">90.00%</text>"));
  CHECK_FALSE(has(html, ">95%</text>"));
  for (const auto& f : {path + ".toml", path + "-bad.toml", path + ".html"}) std::remove(f.c_str());
}
