#pragma once
// Numbers as complaints write them: head counts (三人, 十二位, 二十多户) and amounts
// (5万元, 50,000元, 伍万元, 5.5万, 一百万). The classifier needs them for the group
// trigger (complainants ≥ a threshold) and for the review threshold (amount over
// 50,000 yuan), and a word list cannot hold every number.
//
// Accepted forms, alone or mixed:
//   ASCII or full-width digits, a decimal point, thousands commas:  50000  50,000  5.5  ５
//                              (a full-width comma too, between digit groups: 100，000)
//   Chinese digits and units:  一 二 两 俩 三 … 九 零 〇  十 百 千 万 亿
//   financial (大写) forms:     壹 贰 叁 肆 伍 陆 柒 捌 玖 拾 佰 仟 萬 億
//   colloquial tails:          一万二 = 12000, 两千五 = 2500, 3千5 = 3500
//   vague quantities:          几 / 数 count as 1 and mark the value "or more"
//                              (十几 = 11+, 数十 = 10+); a trailing 多 / 余 does the same
//                              (二十多 = 20+, 5万多 = 50000+), and 来 (十来 = 10+).
//   ranges of neighbouring digits: the lower end, "or more" (六七 = 6+, 两三 = 2+, 七八 = 7+);
//                              other digits side by side are no number (一二, 三五).
//   parse_chinese_number("伍万")   -> 50000
//   parse_chinese_number("5.5万")  -> 55000
//   parse_chinese_number("十二")   -> 12
//   parse_chinese_number("二十多") -> 20, or_more
// Rejected (nullopt): a text longer than kMaxNumeralBytes or a value above
// kMaxNumeralValue (below), anything else, and a unit with no digit before it other than a
// leading 十 (百, 千万: 千万 in 千万不要 means "by all means", not ten million).
#include <cstddef>
#include <optional>
#include <string_view>

namespace shixian::classify {

// Bounds on what counts as a number (inputs are arbitrary text): a run of more than
// kMaxNumeralBytes bytes (about 21 Chinese characters, or 64 digits) is no quantity a
// person writes, and a value above kMaxNumeralValue (10^15 yuan or people) is none
// either. Both are rejected, which keeps every text path linear and every value finite.
inline constexpr std::size_t kMaxNumeralBytes = 64;
inline constexpr double kMaxNumeralValue = 1e15;

struct ChineseNumber {
  double value = 0;
  bool or_more = false;  // 多, 余, 几, 数: the true figure is at least `value`
};

std::optional<ChineseNumber> parse_chinese_number(std::string_view text) noexcept;

// The start of the longest run of numeral characters (as accepted above, 多/余 included
// but not as the first character) ending exactly at byte `end` of `text`, or `end`
// when there is none. Used to read the number written before a unit such as 元 or 人:
// numeral_run_before("共二十多人", 12) == 3, the start of 二十多.
// A run longer than kMaxNumeralBytes is no quantity either: `end` (and the look-back
// stops there, so the cost per call is bounded).
// An ordinal is no quantity: after 第 (无关第三人, 第3次) there is no run, `end`.
// Nor is the 一 of 同一, 统一, 唯一 (同一家公司: the same firm, not one): the run starts after it.
std::size_t numeral_run_before(std::string_view text, std::size_t end) noexcept;

// The end of the run of numeral characters starting at byte `begin` (not with 多/余, and
// no ',' '.' or '，' in it: after a unit those end a clause), or `begin` when there is none
// or it is longer than kMaxNumeralBytes, or a counting word follows it (2万3月份, 3万5天,
// 5万2次: those digits count months, days, times). For the colloquial tail after 万 or 亿,
// which end the number they read (亏了五万五 = 55000, 5万5, 一万五千).
std::size_t numeral_run_after(std::string_view text, std::size_t begin) noexcept;

}  // namespace shixian::classify
