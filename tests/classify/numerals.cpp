// Numbers as complaints write them (include/shixian/classify/numerals.hpp).
#include <doctest/doctest.h>

#include <string>

#include "shixian/classify/numerals.hpp"

using shixian::classify::numeral_run_after;
using shixian::classify::numeral_run_before;
using shixian::classify::parse_chinese_number;

namespace {
double value(const char* s) {
  const auto n = parse_chinese_number(s);
  REQUIRE_MESSAGE(n.has_value(), s);
  return n->value;
}
bool or_more(const char* s) { return parse_chinese_number(s).value().or_more; }
}  // namespace

TEST_CASE("Chinese head counts: 三, 十二, 二十, 两") {
  CHECK(value("三") == 3);
  CHECK(value("十二") == 12);
  CHECK(value("二十") == 20);
  CHECK(value("二十五") == 25);
  CHECK(value("两") == 2);
  CHECK(value("俩") == 2);
  CHECK(value("十") == 10);
}

TEST_CASE("amounts in every form a complaint uses") {
  CHECK(value("50000") == 50000);
  CHECK(value("50,000") == 50000);
  CHECK(value("1,234,567.5") == 1234567.5);
  CHECK(value("5万") == 50000);
  CHECK(value("5.5万") == 55000);
  CHECK(value("伍万") == 50000);
  CHECK(value("壹拾贰万") == 120000);
  CHECK(value("一百万") == 1000000);
  CHECK(value("一亿五千万") == 150000000);
  CHECK(value("１２万") == 120000);  // full-width digits
  CHECK(value("一百零五") == 105);
  CHECK(value("两千零八十") == 2080);
}

TEST_CASE("colloquial tails scale by the unit before them") {
  CHECK(value("一万二") == 12000);
  CHECK(value("两千五") == 2500);
  CHECK(value("三百五") == 350);
  CHECK(value("3千5") == 3500);
  CHECK(value("5万5000") == 55000);  // a full number after 万 is not a tail
  CHECK(value("十五") == 15);         // after 十 a digit is ones
}

TEST_CASE("vague quantities are lower bounds") {
  CHECK(value("二十多") == 20);
  CHECK(or_more("二十多"));
  CHECK(value("5万多") == 50000);
  CHECK(or_more("5万多"));
  CHECK(value("三十多万") == 300000);
  CHECK(value("十几") == 11);
  CHECK(or_more("十几"));
  CHECK(value("数十") == 10);
  CHECK_FALSE(or_more("五万"));
}

TEST_CASE("words that merely contain numerals are not numbers") {
  CHECK_FALSE(parse_chinese_number("千万").has_value());  // 千万不要: "by all means"
  CHECK_FALSE(parse_chinese_number("万").has_value());    // 万一
  CHECK_FALSE(parse_chinese_number("百").has_value());
  CHECK_FALSE(parse_chinese_number("多").has_value());
  CHECK_FALSE(parse_chinese_number("一二").has_value());  // digits side by side
  CHECK_FALSE(parse_chinese_number("1,2").has_value());   // a list, not thousands
  CHECK_FALSE(parse_chinese_number("5.").has_value());
  CHECK_FALSE(parse_chinese_number("").has_value());
  CHECK_FALSE(parse_chinese_number("五个").has_value());
}

TEST_CASE("the number written before a unit is found by walking back") {
  const std::string_view t = "共二十多人";  // 共 is 3 bytes, then 二十多 (9), then 人
  CHECK(numeral_run_before(t, 12) == 3);
  CHECK(numeral_run_before("很多人", 6) == 6);  // 多 cannot start a number
  CHECK(numeral_run_before("转账3万元", 10) == 6);
  CHECK(numeral_run_before("abc", 3) == 3);
}

TEST_CASE("an ordinal after 第 is no quantity") {
  CHECK(numeral_run_before("无关第三人", 12) == 12);  // 无关 6, 第 3, 三 3: no run
  CHECK(numeral_run_before("第3次", 4) == 4);
  CHECK(numeral_run_before("三人", 3) == 0);
}

TEST_CASE("the 一 of 同一, 统一, 唯一 is no quantity; one after anything else is") {
  CHECK(numeral_run_before("同一家", 6) == 6);     // 同 3, 一 3: no run before 家
  CHECK(numeral_run_before("统一人", 6) == 6);
  CHECK(numeral_run_before("唯一位", 6) == 6);
  CHECK(numeral_run_before("共一家", 6) == 3);     // 共一家: one
  CHECK(numeral_run_before("同一百人", 9) == 6);   // 一 skipped, 百 alone reads as no number
}

TEST_CASE("a numeral run longer than any quantity a person writes is no number") {
  std::string run;
  for (int i = 0; i < 40; ++i) run += "1万";
  CHECK_FALSE(parse_chinese_number(run).has_value());
  // The look-back before a unit stops at the bound instead of walking the whole run.
  CHECK(numeral_run_before(run, run.size()) == run.size());
  CHECK(value("一千二百三十四万五千六百七十八") == 12345678);
}

TEST_CASE("a value beyond 10^15 is rejected rather than printed as inf") {
  std::string run;
  for (int i = 0; i < 3; ++i) run += "1亿";  // 10^24, finite but no amount
  CHECK_FALSE(parse_chinese_number(run).has_value());
  CHECK(value("1亿") == 1e8);
  CHECK(value("9999亿") == 9999e8);
}

// Found by tests/fuzz/numerals.cpp: in text that is not valid UTF-8, a lead byte before
// `end` claimed bytes past it and the run "started" after its end ([10, 8)).
TEST_CASE("a numeral run in invalid UTF-8 stays inside [0, end]") {
  const std::string text = "\xe4?),\xe5\x99\xbe\xe4\xfd\x99";
  for (std::size_t end = 0; end <= text.size(); ++end) {
    const auto start = numeral_run_before(text, end);
    CHECK(start <= end);
  }
  // Stray continuation bytes are not walked back over without bound.
  const std::string stray = std::string(1000, '\x80') + "五";
  CHECK(numeral_run_before(stray, stray.size()) == stray.size() - 3);
}

// Found by tests/fuzz/numerals.cpp: a run reaching the text's start escaped the bound.
TEST_CASE("a numeral run at the start of the text is bounded too") {
  const std::string text = std::string(65, '1') + "元";
  CHECK(numeral_run_before(text, 65) == 65);
  CHECK(numeral_run_before(std::string(64, '1'), 64) == 0);
}

TEST_CASE("a colloquial tail after a unit: numeral_run_after") {
  const std::string text = "亏了五万五，还有";
  const std::size_t after_wan = text.find("万") + 3;
  CHECK(numeral_run_after(text, after_wan) == text.find("，"));
  CHECK(numeral_run_after("万多", 3) == 3);       // 多 starts no tail
  CHECK(numeral_run_after("万,500", 3) == 3);     // nor a comma
  CHECK(numeral_run_after(std::string(80, '5'), 0) == 0);  // past the bound: none
  CHECK(value("100，000") == 100000);
  CHECK(value("5万5") == 55000);
}
