// Complaints read from JSON lines (parse_complaint_json) and errors that name the field.
#include <doctest/doctest.h>

#include "classify/check.hpp"

#include <string>

#include "shixian/classify/classify.hpp"

using namespace shixian::classify;

namespace {
std::string error_of(const std::string& line) {
  try {
    parse_complaint_json(line);
  } catch (const ComplaintError& e) {
    return std::string(e.what()) + (e.id ? " [id " + *e.id + "]" : " [no id]");
  }
  return "(no error)";
}
}  // namespace

TEST_CASE("every CONTRACT field is read; unknown fields are ignored") {
  const auto c = parse_complaint_json(
      R"({"id":"T-7","text":"被盗刷","complainants":3,"repeat":true,"fund_safety":false,)"
      R"("media":true,"special_source":null,"amount":"5万元","channel":"regulator",)"
      R"("responsibility":"shared","public_figure":true,"received":"2026-11-20T17:45","x":[1,{}]})");
  CHECK(c.id == "T-7");
  CHECK(c.text == "被盗刷");
  CHECK(c.complainants == 3);
  CHECK(c.repeat);
  CHECK_FALSE(c.fund_safety);
  CHECK(c.media);
  CHECK_FALSE(c.special_source);
  CHECK(c.amount == 50000);
  CHECK(c.channel == "regulator");
  CHECK(c.responsibility == Responsibility::shared);
  CHECK(c.public_figure);
  CHECK(parse_complaint_json(R"({"id":42,"amount":60000.5})").id == "42");
}

TEST_CASE("ill-typed fields name the field and the value, and keep the id") {
  CHECK(error_of(R"({"id":"T-1","complainants":"three"})") ==
        "complainants \"three\" is not a whole number from 1 to 1000000000 (3, \"3\", \"三\") [id T-1]");
  CHECK_CONTAINS(error_of(R"({"id":"T-2","complainants":0})"), "complainants 0");
  CHECK(error_of(R"({"id":"T-3","repeat":"yes"})") == "repeat \"yes\" is not true or false [id T-3]");
  CHECK_CONTAINS(error_of(R"({"id":"T-4","amount":-1})"), "amount -1");
  CHECK(error_of(R"({"id":"T-5","text":123})") == "text 123 is not a string [id T-5]");
  CHECK_CONTAINS(error_of(R"({"id":"T-6","responsibility":"partner"})"), "unknown responsibility \"partner\"");
  // As a Chinese export writes it (ops trial, session 23: 银行 was refused).
  CHECK(parse_complaint_json(R"({"id":"T-7","responsibility":"银行"})").responsibility == Responsibility::bank);
  CHECK(parse_complaint_json(R"({"id":"T-7","responsibility":"共同责任"})").responsibility == Responsibility::shared);
  CHECK(parse_complaint_json(R"({"id":"T-7","responsibility":"无"})").responsibility == Responsibility::none);
}

TEST_CASE("a head count written as a string is read as amounts are: \"5\", \"五\", \"1,200\"") {
  // A spreadsheet export writes every cell as a string; it used to be "not a whole number".
  CHECK(parse_complaint_json(R"({"id":"a","complainants":"5"})").complainants == 5);
  CHECK(parse_complaint_json(R"({"id":"a","complainants":"五"})").complainants == 5);
  CHECK(parse_complaint_json(R"({"id":"a","complainants":"1,200"})").complainants == 1200);
  CHECK_CONTAINS(error_of(R"({"id":"a","complainants":"2.5"})"), "complainants \"2.5\" is not a whole number");
  CHECK_CONTAINS(error_of(R"({"id":"a","complainants":"0"})"), "complainants \"0\" is not a whole number");
  CHECK_CONTAINS(error_of(R"({"id":"a","complainants":""})"), "complainants \"\" is not a whole number");
}

TEST_CASE("a Chinese input method's comma between fields, and a GBK line, are named (the ticket reader's words)") {
  CHECK_CONTAINS(error_of("{\"id\":\"a\"\xEF\xBC\x8C\"text\":\"x\"}"),
                 "invalid JSON: a full-width '\xEF\xBC\x8C' (U+FF0C) at byte 10, outside any string; JSON needs ','");
  CHECK_CONTAINS(error_of("{\"id\":\"a\",\"text\":\"\xB9\xF1\"}"), "(saved as GBK? save it as UTF-8)");
  // A review's cases: an unescaped quote inside Chinese text, single quotes, a character
  // cut short at the line's end and Latin-1 are each named for what they are.
  CHECK_CONTAINS(error_of("{\"id\":\"a\",\"text\":\"\xE4\xBB\x96\"\xE4\xBD\xA0\"\"}"), "is not escaped (write \\\" for a quote inside text)");
  CHECK_CONTAINS(error_of("{'id': '\xE4\xB8\xAD'}"), "JSON strings are in double quotes");
  CHECK(error_of("{\"id\":\"a\"}\xE4\xB8").find("GBK") == std::string::npos);
  CHECK(error_of("{\"id\":\"a\",\"text\":\"M\xE9rida\"}").find("GBK") == std::string::npos);
}

TEST_CASE("bad JSON, trailing content, non-objects and invalid UTF-8 are rejected") {
  CHECK_CONTAINS(error_of(R"({"id":"T-1","text":"x")"), "invalid JSON");
  CHECK_CONTAINS(error_of(R"({"id":"T-1"} {"id":"T-2"})"), "invalid JSON");
  CHECK_CONTAINS(error_of(R"(["text"])"), "expected a JSON object {\"id\": ..., \"text\": ...}, got '[\"text\"]'");
  // Content after the object, worded as every reader words it (it was "document ended early").
  CHECK_CONTAINS(error_of(R"({"id":"25","text":"卡被盗刷"}extra)"), "or has content after the object");
  CHECK_CONTAINS(error_of("{\"text\":\"\xFF\"}"), "invalid UTF-8: byte 0xFF at offset 9");
}

TEST_CASE("a string JSON cannot read is named with its field, not called 'not a string'") {
  CHECK(error_of(R"({"id":"a","text":"ATM\ud800吞卡"})") ==
        "text: '\\ud800' is half of a UTF-16 surrogate pair (a lone surrogate), not a character [id a]");
  CHECK_CONTAINS(error_of(R"({"id":"b\q","text":"x"})"), "id: '\\q' is not a JSON escape");
  CHECK_CONTAINS(error_of(R"({"id":"c","text":"x","note":"\udc00"})"), "invalid JSON: field 'note': '\\udc00' is half");
}

TEST_CASE("an empty id is rejected; a missing id is allowed") {
  CHECK(error_of(R"({"id":"","text":"x"})") ==
        "id \"\" is empty (expected a ticket id, or no id field) [no id]");
  CHECK(error_of(R"({"text":"x"})") == "(no error)");
}

// The rules of every JSON Lines reader (src/io/json_line.hpp; issue 16): the same in
// `check` (tests/audit/ticket_json_test.cpp) and `callback` (tests/handling/).
TEST_CASE("a repeated field is an error naming it; a huge number in a field not read is valid JSON") {
  CHECK(error_of(R"({"id":"T-1","text":"a","text":"柜员态度恶劣"})") == "field 'text' appears twice [id T-1]");
  CHECK(error_of(R"({"id":"T-1","text":"柜员态度恶劣","x":1,"x":2})") == "field 'x' appears twice [id T-1]");
  CHECK(error_of(R"({"id":"T-1","text":"柜员态度恶劣","x":1e400,"y":123456789012345678901234567890,"z":[-1E-999]})") ==
        "(no error)");
  CHECK_CONTAINS(error_of(R"({"id":"T-1","text":"柜员态度恶劣","x":01})"), "invalid JSON");
  CHECK_CONTAINS(error_of(R"({"id":"T-1","text":"柜员态度恶劣","x":1e})"), "invalid JSON");
  CHECK_CONTAINS(error_of(R"({"id":"T-1","text":"柜员态度恶劣","amount":1e400})"), "amount 1e400");
}

// Found by the classify_text fuzzer (tests/fuzz/regressions/classify_text/): an amount of
// 22222222222222222222 was written back as the integer 22222222222222221312, which is
// JSON but not what parsers holding integers in 64 bits (simdjson, so shixian's own
// readers) accept. Whole numbers past 2^53 are written with an exponent.
TEST_CASE("an amount past 2^53 is written so that every JSON parser reads it back") {
  Classification c;
  for (const double amount : {22222222222222222222.0, 9007199254740992.0, 1e300}) {
    CAPTURE(amount);
    c.amount = amount;
    const std::string json = to_json(c);
    CHECK(json.find("e+") != std::string::npos);
    CHECK(parse_complaint_json(json).amount == amount);  // through simdjson, as check reads
  }
  c.amount = 9007199254740991.0;  // 2^53 - 1: exact, still written as the whole number
  CHECK(to_json(c).find("\"amount\":9007199254740991,") != std::string::npos);
  c.amount = 50000.5;
  CHECK(to_json(c).find("\"amount\":50000.5,") != std::string::npos);
  // A whole amount below 2^53 is written out whole: the shortest form of 100000 is 1e+05.
  for (const double amount : {100000.0, 1e8, 3e14}) {
    CAPTURE(amount);
    c.amount = amount;
    CHECK(to_json(c).find("e+") == std::string::npos);
    CHECK(parse_complaint_json(to_json(c)).amount == amount);
  }
}

TEST_CASE("parse_complaint_json names each field it does not read") {
  std::vector<std::string> unread;
  const auto c = shixian::classify::parse_complaint_json(R"({"id": "a", "txet": "x", "text": "盗刷", "n": [1, {"k": 2}]})", 0,
                                                         [&](std::string_view k) { unread.emplace_back(k); });
  CHECK(c.text == "盗刷");
  CHECK(unread == std::vector<std::string>{"txet", "n"});
  for (const auto& f : shixian::classify::complaint_field_names()) CHECK(f != "txet");
}
