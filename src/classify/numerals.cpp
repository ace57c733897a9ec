// Chinese and Arabic numerals in complaint text (numerals.hpp).
#include "shixian/classify/numerals.hpp"

#include <charconv>
#include <cstdint>

namespace shixian::classify {

namespace {

enum class Kind : std::uint8_t { none, literal, digit, zero, small_unit, big_unit, vague, more };

struct Char {
  Kind kind = Kind::none;
  double value = 0;
  std::size_t len = 0;  // bytes
};

char32_t decode(const unsigned char* p, std::size_t n, std::size_t& len) noexcept {
  if (n >= 1 && p[0] < 0x80) {
    len = 1;
    return p[0];
  }
  if (n >= 2 && (p[0] & 0xE0) == 0xC0) {
    len = 2;
    return static_cast<char32_t>(((p[0] & 0x1FU) << 6) | (p[1] & 0x3FU));
  }
  if (n >= 3 && (p[0] & 0xF0) == 0xE0) {
    len = 3;
    return static_cast<char32_t>(((p[0] & 0x0FU) << 12) | ((p[1] & 0x3FU) << 6) | (p[2] & 0x3FU));
  }
  len = 1;
  return 0xFFFD;
}

Char classify_char(char32_t c) noexcept {
  // '，' (U+FF0C) only as a thousands comma: numeral_run_before takes it into a run only
  // between digit groups (100，000元), never as the clause break it mostly is.
  if ((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') || c == U'.' || c == U',' || c == U'，')
    return {Kind::literal, 0, 0};
  switch (c) {
    case U'零': case U'〇': return {Kind::zero, 0, 0};
    case U'一': case U'壹': return {Kind::digit, 1, 0};
    case U'二': case U'贰': case U'貳': case U'两': case U'兩': case U'俩': case U'倆':
      return {Kind::digit, 2, 0};
    case U'三': case U'叁': case U'參': return {Kind::digit, 3, 0};
    case U'四': case U'肆': return {Kind::digit, 4, 0};
    case U'五': case U'伍': return {Kind::digit, 5, 0};
    case U'六': case U'陆': case U'陸': return {Kind::digit, 6, 0};
    case U'七': case U'柒': return {Kind::digit, 7, 0};
    case U'八': case U'捌': return {Kind::digit, 8, 0};
    case U'九': case U'玖': return {Kind::digit, 9, 0};
    case U'十': case U'拾': return {Kind::small_unit, 10, 0};
    case U'百': case U'佰': return {Kind::small_unit, 100, 0};
    case U'千': case U'仟': return {Kind::small_unit, 1000, 0};
    case U'万': case U'萬': return {Kind::big_unit, 1e4, 0};
    case U'亿': case U'億': return {Kind::big_unit, 1e8, 0};
    case U'几': case U'幾': case U'数': case U'數': return {Kind::vague, 1, 0};
    case U'多': case U'余': case U'餘': case U'来': case U'來': return {Kind::more, 0, 0};
    default: return {};
  }
}

Char char_at(std::string_view s, std::size_t i) noexcept {
  std::size_t len = 0;
  const char32_t c = decode(reinterpret_cast<const unsigned char*>(s.data()) + i, s.size() - i, len);
  Char ch = classify_char(c);
  ch.len = len;
  return ch;
}

// "50,000" "5.5" "５" → value; commas only as thousands separators.
bool parse_literal(std::string_view s, double& out) noexcept {
  char buf[64];
  std::size_t n = 0;
  std::size_t digits_since_comma = 0;
  bool comma = false, dot = false, any = false;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
    char c = 0;
    if (p[0] < 0x80) {
      c = static_cast<char>(p[0]);
      ++i;
    } else {  // full-width digit EF BC 90..99, or the full-width comma EF BC 8C
      if (s.size() - i < 3 || p[0] != 0xEF || p[1] != 0xBC || ((p[2] < 0x90 || p[2] > 0x99) && p[2] != 0x8C))
        return false;
      c = p[2] == 0x8C ? ',' : static_cast<char>('0' + (p[2] - 0x90));
      i += 3;
    }
    if (n + 1 >= sizeof buf) return false;
    if (c == ',') {
      if (dot || !any || (comma && digits_since_comma != 3)) return false;
      comma = true;
      digits_since_comma = 0;
      continue;
    }
    if (c == '.') {
      if (dot || !any || (comma && digits_since_comma != 3)) return false;
      dot = true;
      buf[n++] = c;
      continue;
    }
    if (c < '0' || c > '9') return false;
    any = true;
    if (!dot) ++digits_since_comma;
    buf[n++] = c;
  }
  if (!any || buf[n - 1] == '.' || (comma && !dot && digits_since_comma != 3)) return false;
  auto [p, ec] = std::from_chars(buf, buf + n, out);
  return ec == std::errc() && p == buf + n;
}

}  // namespace

std::optional<ChineseNumber> parse_chinese_number(std::string_view text) noexcept {
  // Nobody writes a quantity longer than this; a longer run (1万1万1万…) is noise, and
  // refusing it keeps every caller linear in the text and every value finite.
  if (text.size() > kMaxNumeralBytes) return std::nullopt;
  double total = 0, section = 0, pending = 0, last_unit = 0;
  bool have_pending = false, pending_is_single_digit = false, any = false, after_zero = false;
  ChineseNumber out;
  std::size_t i = 0;
  bool first = true;
  bool prev_digit = false;  // the previous character was a Chinese digit (for ranges)
  while (i < text.size()) {
    Char ch = char_at(text, i);
    if (ch.kind == Kind::none) return std::nullopt;
    const bool digit_before = prev_digit;
    prev_digit = ch.kind == Kind::digit;
    if (ch.kind == Kind::literal) {
      // A literal is one token however long ("50,000", "5.5").
      std::size_t j = i;
      while (j < text.size()) {
        const Char c2 = char_at(text, j);
        if (c2.kind != Kind::literal) break;
        j += c2.len;
      }
      if (have_pending || !parse_literal(text.substr(i, j - i), pending)) return std::nullopt;
      have_pending = true;
      pending_is_single_digit = pending >= 1 && pending <= 9 && pending == static_cast<int>(pending);
      any = true;
      i = j;
      first = false;
      continue;
    }
    switch (ch.kind) {
      case Kind::digit:
      case Kind::vague:
        // 六七户, 两三个, 七八个: a range of neighbouring digits reads as its lower end,
        // "or more" (docs/LABELLING.md). Other digits side by side (一二, 三五) are no number.
        if (have_pending && ch.kind == Kind::digit && pending_is_single_digit && digit_before &&
            pending >= 2 && ch.value == pending + 1) {
          out.or_more = true;
          prev_digit = false;
          break;
        }
        if (have_pending) return std::nullopt;  // "一二": digits side by side are not a number here
        pending = ch.value;
        have_pending = true;
        pending_is_single_digit = true;
        any = true;
        if (ch.kind == Kind::vague) out.or_more = true;
        break;
      case Kind::zero:
        if (have_pending) return std::nullopt;
        if (!any) {
          pending = 0;
          have_pending = true;
          pending_is_single_digit = false;
          any = true;
        }
        after_zero = true;  // 一百零五: the 五 is ones, not tens
        break;
      case Kind::small_unit: {
        double n = 0;
        if (have_pending) n = pending;
        else if (first && ch.value == 10) n = 1;  // 十二 = 12
        else return std::nullopt;                 // 百 or 千万 alone is not a number
        section += n * ch.value;
        have_pending = false;
        last_unit = ch.value;
        after_zero = false;
        any = true;
        break;
      }
      case Kind::big_unit: {
        if (!have_pending && section == 0) return std::nullopt;
        const double v = section + (have_pending ? pending : 0);
        if (ch.value >= 1e8) total = (total + v) * ch.value;
        else total += v * ch.value;
        section = 0;
        have_pending = false;
        last_unit = ch.value;
        after_zero = false;
        break;
      }
      case Kind::more:
        if (first || out.or_more) return std::nullopt;
        out.or_more = true;
        break;
      default:
        return std::nullopt;
    }
    i += ch.len;
    first = false;
  }
  if (!any) return std::nullopt;
  if (have_pending) {
    // Colloquial tails: 一万二 = 12000, 两千五 = 2500; but 一百零五 = 105, 十五 = 15.
    if (!after_zero && last_unit >= 100 && pending_is_single_digit && !out.or_more)
      section += pending * last_unit / 10;
    else
      section += pending;
  }
  out.value = total + section;
  // 1亿1亿…: finite but meaningless; anything past this bound is not an amount a
  // complaint states, and JSON has no inf.
  if (!(out.value <= kMaxNumeralValue)) return std::nullopt;
  return out;
}

namespace {
bool ascii_or_wide_digit(std::string_view text, std::size_t i) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  if (i < text.size() && p[i] >= '0' && p[i] <= '9') return true;
  return i + 3 <= text.size() && p[i] == 0xEF && p[i + 1] == 0xBC && p[i + 2] >= 0x90 && p[i + 2] <= 0x99;
}
// Bytes of the digit (ASCII or full-width) at i, 0 if none.
std::size_t digit_len(std::string_view text, std::size_t i) noexcept {
  if (i >= text.size()) return 0;
  if (text[i] >= '0' && text[i] <= '9') return 1;
  return ascii_or_wide_digit(text, i) ? 3 : 0;
}
// A digit ends right before byte i: an ASCII one, or a full-width one's three bytes.
bool digit_before(std::string_view text, std::size_t i) noexcept {
  if (i >= 1 && text[i - 1] >= '0' && text[i - 1] <= '9') return true;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  return i >= 3 && p[i - 3] == 0xEF && p[i - 2] == 0xBC && p[i - 1] >= 0x90 && p[i - 1] <= 0x99;
}
// At i, exactly three digits and then no digit before `end`: a thousands group.
bool three_digit_group(std::string_view text, std::size_t i, std::size_t end) noexcept {
  for (int k = 0; k < 3; ++k) {
    const std::size_t n = digit_len(text.substr(0, end), i);
    if (n == 0) return false;
    i += n;
  }
  return digit_len(text.substr(0, end), i) == 0;
}
}  // namespace

std::size_t numeral_run_after(std::string_view text, std::size_t begin) noexcept {
  std::size_t end = begin;
  while (end < text.size() && end - begin <= kMaxNumeralBytes) {
    const Char c = char_at(text, end);
    // A clause's '，' or a sentence's '.' is no part of a tail (3万，5个月后).
    if (c.kind == Kind::none || (c.kind == Kind::more && end == begin) || text[end] == ',' || text[end] == '.' ||
        (c.kind == Kind::literal && c.len == 3 && !ascii_or_wide_digit(text, end)))
      break;
    end += c.len;
  }
  if (end - begin > kMaxNumeralBytes) return begin;
  // Digits that count something else are no tail: 贷款2万3月份到期, 被骗3万5天了, 借了5万2次.
  static constexpr std::string_view kCounted[] = {"月", "天", "日", "年", "次", "个", "人", "号", "点", "分", "秒", "周",
                                                  "岁", "位", "名", "户", "张", "笔", "期", "倍", "成", "折", "家", "条",
                                                  "小", "届", "遍", "趟", "号", "楼", "层", "栋", "套", "辆", "台"};
  for (const auto w : kCounted)
    if (text.substr(end, w.size()) == w) return begin;
  return end;
}

std::size_t numeral_run_before(std::string_view text, std::size_t end) noexcept {
  std::size_t start = end;
  while (start > 0) {
    // Bounded look-back: each unit in the text costs O(1), never the whole run before it.
    if (end - start > kMaxNumeralBytes) return end;
    // The character ending at start: at most three continuation bytes back, and it must
    // end exactly there (in text that is not valid UTF-8 a lead byte may claim bytes
    // past start, or a run of stray continuation bytes would be walked once per call).
    std::size_t b = start - 1;
    while (b > 0 && start - b < 4 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
    const Char c = char_at(text.substr(0, start), b);
    if (c.kind == Kind::none || b + c.len != start) break;
    // '，' only between digit groups (100，000元): as a clause break (三万，500元) it ends
    // the run.
    if (c.len == 3 && c.kind == Kind::literal && !ascii_or_wide_digit(text, b) &&
        !(digit_before(text, b) && three_digit_group(text, start, end)))
      break;
    start = b;
  }
  if (end - start > kMaxNumeralBytes) return end;  // (a run reaching the text's start)
  // 很多人: a run may not begin with 多/余, or with separators.
  while (start < end) {
    const Char c = char_at(text.substr(0, end), start);
    const char a = text[start];
    if (c.kind == Kind::more || a == ',' || a == '.') start += c.len;
    else break;
  }
  // Digits cut off from digits before them cannot be read whole: 1.2e5元 (an exponent),
  // 100 000元 (a space between groups). No number, rather than 5 or 0.
  if (start < end && ascii_or_wide_digit(text, start)) {
    if (start >= 2 && (text[start - 1] == 'e' || text[start - 1] == 'E') && digit_before(text, start - 1)) return end;
    if (start >= 2 && text[start - 1] == ' ' && digit_before(text, start - 1) && three_digit_group(text, start, end))
      return end;
  }
  // 第三人, 第3次: an ordinal is no quantity, so there is no number to read.
  if (start < end && start >= 3 && text.substr(start - 3, 3) == "\xE7\xAC\xAC") return end;
  // 同一家公司, 统一, 唯一: 一 there means "the same", "unified", "only", not one.
  if (start + 3 <= end && start >= 3 && text.substr(start, 3) == "\xE4\xB8\x80") {
    const std::string_view before = text.substr(start - 3, 3);
    if (before == "\xE5\x90\x8C" || before == "\xE7\xBB\x9F" || before == "\xE5\x94\xAF") start += 3;
  }
  return start;
}

}  // namespace shixian::classify
