#pragma once
// The rules every JSON Lines reader follows (`check`, `classify`, `callback`), so that
// "a bad line" means the same whichever command reads it (issue 16):
//   - one JSON object per line, nothing after it;
//   - a field that appears twice is an error naming it (neither "first wins" nor "last
//     wins": a line that says two things is wrong);
//   - a field the command does not read must still be valid JSON, and a number there
//     is checked against JSON's grammar only: 1e400 or a 30-digit id in an export's own
//     column is valid JSON, even though no double or integer holds it;
//   - a line longer than the reader's maximum (io::LineReader) is a bad line too.
// Private (simdjson On Demand is not in the public headers).
#include "shixian/abi.hpp"
#include "shixian/io/line_reader.hpp"
#include <simdjson.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

SHIXIAN_NAMESPACE_BEGIN
namespace io::json {

namespace od = simdjson::ondemand;

// Is `raw` (a value's raw token: the number and any whitespace after it) a JSON number:
// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
inline bool number_syntax(std::string_view raw) noexcept {
  std::size_t i = 0;
  const std::size_t n = raw.size();
  auto digit = [&](std::size_t k) { return k < n && raw[k] >= '0' && raw[k] <= '9'; };
  if (i < n && raw[i] == '-') ++i;
  if (!digit(i)) return false;
  if (raw[i] == '0') ++i;
  else
    while (digit(i)) ++i;
  if (i < n && raw[i] == '.') {
    if (!digit(++i)) return false;
    while (digit(i)) ++i;
  }
  if (i < n && (raw[i] == 'e' || raw[i] == 'E')) {
    ++i;
    if (i < n && (raw[i] == '+' || raw[i] == '-')) ++i;
    if (!digit(i)) return false;
    while (digit(i)) ++i;
  }
  for (; i < n; ++i)
    if (raw[i] != ' ' && raw[i] != '\t' && raw[i] != '\n' && raw[i] != '\r') return false;
  return true;
}

// A number as JSON allows it, whether or not a double or a 64-bit integer holds it.
[[gnu::always_inline]] inline simdjson::error_code check_number(od::value& v) noexcept {
  od::number n;
  const auto e = v.get_number().get(n);
  if (e == simdjson::NUMBER_ERROR)
    return number_syntax(v.raw_json_token()) ? simdjson::SUCCESS : e;
  return e;
}

// A value whose type says null: checked to be exactly `null` (not "nul", "nullx").
[[gnu::always_inline]] inline simdjson::error_code read_null(od::value& v) noexcept {
  bool is_null = false;
  if (auto e = v.is_null().get(is_null)) return e;
  return is_null ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
}

// A number, string, boolean or null, checked as reading it would check it (On Demand
// checks only what is read). Inline: the ticket reader's hot loop calls it.
[[gnu::always_inline]] inline simdjson::error_code check_scalar(od::value& v, od::json_type t) noexcept {
  switch (t) {
    case od::json_type::number: return check_number(v);
    case od::json_type::string: {
      std::string_view s;
      return v.get_string().get(s);
    }
    case od::json_type::boolean: {
      bool b;
      return v.get_bool().get(b);
    }
    case od::json_type::null: return read_null(v);
    default: return simdjson::INCORRECT_TYPE;
  }
}

// Validates a whole value the reader does not read (On Demand would skip over it
// lightly), so that "invalid JSON" means the same wherever it sits. Nested objects may
// repeat keys: only a line's own fields are the reader's to judge.
inline simdjson::error_code validate(od::value v, int depth = 0) {
  if (depth > 256) return simdjson::DEPTH_ERROR;
  od::json_type t;
  if (auto e = v.type().get(t)) return e;
  switch (t) {
    case od::json_type::array: {
      od::array a;
      if (auto e = v.get_array().get(a)) return e;
      for (auto el : a) {
        od::value x;
        if (auto e = el.get(x)) return e;
        if (auto e = validate(x, depth + 1)) return e;
      }
      return simdjson::SUCCESS;
    }
    case od::json_type::object: {
      od::object o;
      if (auto e = v.get_object().get(o)) return e;
      for (auto f : o) {
        std::string_view k;
        if (auto e = f.unescaped_key().get(k)) return e;
        od::value x;
        if (auto e = f.value().get(x)) return e;
        if (auto e = validate(x, depth + 1)) return e;
      }
      return simdjson::SUCCESS;
    }
    default: return check_scalar(v, t);
  }
}

// The keys of a line's fields, for telling a repeated one. Keys are views into the
// parser's buffer (valid for the line). Up to kKept are kept; a line with more fields
// than that is checked for repeats among the first kKept only, which bounds the work
// (a line of a million fields costs no quadratic time).
class SeenKeys {
 public:
  static constexpr std::size_t kKept = 64;
  void clear() noexcept { n_ = 0; }
  // False when `key` was seen already.
  bool add(std::string_view key) noexcept {
    for (std::size_t i = 0; i < n_; ++i)
      if (keys_[i] == key) return false;
    if (n_ < kKept) keys_[n_++] = key;
    return true;
  }

 private:
  std::array<std::string_view, kKept> keys_{};
  std::size_t n_ = 0;
};

// An empty id, or one of blanks only (spaces, tabs, line breaks, U+3000 ideographic
// space, U+00A0), cannot name its ticket in output or errors (every reader's bad-line
// report and every result line carries it): a line without an id omits the field.
// Cheap on the hot path: a real id's first byte decides.
inline bool blank_id(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') ++i;
    else if (s.substr(i, 3) == "\xE3\x80\x80") i += 3;  // U+3000
    else if (s.substr(i, 2) == "\xC2\xA0") i += 2;      // U+00A0
    else return false;
  }
  return true;
}
// The one wording, for every reader: id "" is empty (expected a ticket id), and where a
// line may go without an id (classify), "or no id field" (check and callback need one:
// offered there, the remedy was itself refused, "missing field 'id'").
inline std::string blank_id_error(std::string_view s, bool id_optional) {
  return "id " + io::json_string(s) + (s.empty() ? " is empty" : " is only blanks") +
         (id_optional ? " (expected a ticket id, or no id field)" : " (expected a ticket id)");
}

// Is `s` printable ASCII without '"' or '\\' (bytes 0x20..0x7E): text a JSON string
// holds as it is (append_json_string writes it unchanged between quotes). The output
// writers' fast path for ids: eight bytes at a time, where their byte test takes a
// dozen branches a byte. False sends the text to the general test, which decides.
// tests/io/json_line_test.cpp compares it with append_json_string on random text.
inline bool printable_ascii(std::string_view s) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  // Each a yes/no that is exact (a borrow or carry can flag a higher byte only after a
  // lower one is flagged already).
  auto plain = [](std::uint64_t w) {
    const std::uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
    const std::uint64_t low = (w - ones * 0x20) & ~w;  // a byte below 0x20
    const std::uint64_t high = (w + ones) | w;         // a byte of 0x7F or more
    const std::uint64_t special = ((q - ones) & ~q) | ((b - ones) & ~b);  // '"' or '\\'
    return ((low | high | special) & highs) == 0;
  };
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (!plain(w)) return false;
  }
  if (i == s.size()) return true;
  std::uint64_t w = ones * 'a';  // the tail, padded with a plain byte
  std::memcpy(&w, s.data() + i, s.size() - i);
  return plain(w);
}

// The quotes of a JSON line, found for the fast ticket scanner (TicketParser's
// scan_common) in one pass over the line, so that the scanner walks from quote to quote
// instead of scanning each string byte by byte (that loop's exit, at a different byte
// in every string, cost more than simdjson's whole first stage). build() declines
// (returns false) a line with a backslash or a control character (tabs included) or
// longer than kMaxLine: the caller then leaves the line to simdjson. Without
// backslashes every quote opens or closes a string, so quotes pair up, and a plain
// string reads the same escaped or not: the bytes between its quotes are the string.
// Bytes of 0x80 and more set high(); the caller must then check the line's UTF-8.
// Two versions of the byte classes: SSE2 (every x86-64) and 8 bytes at a time
// elsewhere; tests/io/json_line_test.cpp checks both against a byte-at-a-time rule.
class QuoteIndex {
 public:
  static constexpr std::size_t kMaxLine = 4096;
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  // Reads whole 64-byte words: up to 63 bytes past p + n, which the caller's padding
  // (64 bytes: LineReader's, simdjson's) must cover.
  bool build(const char* p, std::size_t n) noexcept {
#if defined(__SSE2__)
    return build_sse2(p, n);
#else
    return build_words(p, n);
#endif
  }
  bool high() const noexcept { return high_; }
  // The first quote at or after `from` (within the line), or npos. The quote is looked
  // for in from's word and the next one at once (a word past the last is kept zero):
  // a loop over words mispredicted its exit wherever a string crossed a word's edge.
  std::size_t next(std::size_t from) const noexcept {
    const std::size_t i = from >> 6;
    if (i >= words_) return npos;
    const std::uint64_t w0 = quotes_[i] & (~std::uint64_t{0} << (from & 63)), w1 = quotes_[i + 1];
    const std::uint64_t w = w0 ? w0 : w1;
    const std::size_t base = (w0 ? i : i + 1) * 64;
    if (!w) return next_far(i + 2);
    return base + static_cast<std::size_t>(__builtin_ctzll(w));
  }

#if defined(__SSE2__)
  bool build_sse2(const char* p, std::size_t n) noexcept {
    if (n > kMaxLine) return false;
    words_ = (n + 63) / 64;
    const __m128i quote = _mm_set1_epi8('"'), slash = _mm_set1_epi8('\\'), below = _mm_set1_epi8(0x1F);
    // A byte below 0x20 (unsigned: min(v, 0x1F) == v) or a backslash.
    auto flagged = [&](__m128i v) {
      return _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, below), v), _mm_cmpeq_epi8(v, slash));
    };
    auto quotes16 = [&](__m128i v) { return static_cast<std::uint64_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote))); };
    // Every word but the last is all the line's: its flags and high bytes are gathered
    // in registers and looked at once, after the loop (only the quotes per block).
    __m128i bad = _mm_setzero_si128(), high = _mm_setzero_si128();
    std::size_t w = 0;
    for (; w + 1 < words_; ++w) {
      std::uint64_t q = 0;
      for (std::size_t k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + w * 64 + k * 16));
        q |= quotes16(v) << (k * 16);
        bad = _mm_or_si128(bad, flagged(v));
        high = _mm_or_si128(high, v);
      }
      quotes_[w] = q;
    }
    high_ = _mm_movemask_epi8(high) != 0;
    if (words_) {  // the last word: its bytes past the line are padding, masked off
      std::uint64_t q = 0, b = 0, h = 0;
      for (std::size_t k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + w * 64 + k * 16));
        q |= quotes16(v) << (k * 16);
        b |= static_cast<std::uint64_t>(_mm_movemask_epi8(flagged(v))) << (k * 16);
        h |= static_cast<std::uint64_t>(_mm_movemask_epi8(v)) << (k * 16);
      }
      const std::uint64_t keep = valid_bits(n, w);
      quotes_[w] = q & keep;
      if (b & keep) return false;
      high_mask_or(h & keep);
    }
    if (_mm_movemask_epi8(bad)) return false;
    quotes_[words_] = 0;
    return true;
  }
#endif

  // The same, 8 bytes at a time with exact byte tests (no borrows between bytes).
  bool build_words(const char* p, std::size_t n) noexcept {
    if (n > kMaxLine) return false;
    words_ = (n + 63) / 64;
    constexpr std::uint64_t ones = 0x0101010101010101ull, low7 = 0x7F7F7F7F7F7F7F7Full;
    // High bit of each byte of x that is zero.
    auto zero = [](std::uint64_t x) { return ~(((x & low7) + low7) | x | low7); };
    // One bit per byte, from each byte's high bit (byte i to bit i).
    auto gather = [](std::uint64_t m) { return ((m >> 7) * 0x0102040810204080ull) >> 56; };
    high_ = false;
    for (std::size_t w = 0; w < words_; ++w) {
      std::uint64_t q = 0, bad = 0, high = 0;
      for (std::size_t k = 0; k < 8; ++k) {
        std::uint64_t x;
        std::memcpy(&x, p + w * 64 + k * 8, 8);
        const std::uint64_t hi = x & ~low7;
        const std::uint64_t low = zero(x & (ones * 0xE0));  // below 0x20 (0x80 and more have a bit of 0xE0)
        q |= gather(zero(x ^ (ones * '"'))) << (k * 8);
        bad |= gather(low | zero(x ^ (ones * '\\'))) << (k * 8);
        high |= gather(hi) << (k * 8);
      }
      const std::uint64_t keep = valid_bits(n, w);
      quotes_[w] = q & keep;
      if (bad & keep) return false;
      high_mask_or(high & keep);
    }
    quotes_[words_] = 0;
    return true;
  }

 private:
  // A quote two or more words on (a string of over 64 bytes).
  std::size_t next_far(std::size_t i) const noexcept {
    for (; i < words_; ++i)
      if (quotes_[i]) return i * 64 + static_cast<std::size_t>(__builtin_ctzll(quotes_[i]));
    return npos;
  }
  static std::uint64_t valid_bits(std::size_t n, std::size_t w) noexcept {
    const std::size_t in = n - w * 64;
    return in >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << in) - 1;
  }
  void high_mask_or(std::uint64_t m) noexcept { high_ |= m != 0; }
  std::array<std::uint64_t, kMaxLine / 64 + 1> quotes_{};  // and a zero word after the line's
  std::size_t words_ = 0;
  bool high_ = false;
};

// An id written as a whole number (a database export's key: "id": 26) is the id "26",
// in every reader: its digits, as the line has them (no double rounds them, however
// long). False for any other number (26.5, -3, 1e3), which the reader refuses.
// What an id may be, in every reader's words (a negative or fractional number is no id;
// "a whole number" had told a user -5 was not one).
inline constexpr std::string_view id_expected = "a string or a number written in digits (no sign, point or exponent)";
inline bool whole_number_id(od::value& v, std::string_view& out) {
  std::string_view raw = v.raw_json_token();
  while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\r' || raw.back() == '\n'))
    raw.remove_suffix(1);
  if (raw.empty() || raw.size() > 64 || (raw[0] == '0' && raw.size() > 1)) return false;
  for (const char c : raw)
    if (c < '0' || c > '9') return false;
  out = raw;
  return true;
}

// The one wording of a line simdjson could not read (every reader's): invalid UTF-8 with
// the likely encoding, a Chinese input method's '，' or '“' between values with the ASCII
// meant, a string that cannot be read and why, else simdjson's own words.
// Where a line that is not JSON goes wrong, for the mistakes a hand or a spreadsheet
// makes: a comma after the last item, a comma missing, a key without quotes, single
// quotes, a colon missing; each with its byte (from 1). "" when none is found (the
// parser's own words are then used). Called only once the parser has failed: it need
// not judge numbers or literals, only the structure around them.
inline std::string describe_structure(std::string_view s) {
  enum class Want { value, value_or_close, key, key_or_close, colon, comma_or_close, end };
  Want want = Want::value;
  std::string open;  // the brackets open, innermost last
  auto byte = [](std::size_t i) { return std::to_string(i + 1); };
  auto after_value = [&] { want = open.empty() ? Want::end : Want::comma_or_close; };
  std::size_t last_comma = 0, string_end = std::string_view::npos;  // the last string's closing quote
  bool after_comma = false;  // the last token was a comma
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (c != ',' && c != '}' && c != ']') after_comma = false;
    if (want == Want::end) return {};  // content after the object: worded elsewhere
    if (c == '\'') return "a single quote at byte " + byte(i) + ": JSON strings and keys take double quotes";
    // Right after a string's closing quote, more text: that quote was meant inside the
    // string ("he said "no" twice"), more often than a comma is missing.
    if (want == Want::comma_or_close && string_end != std::string_view::npos && i == string_end + 1 && c != ',' &&
        c != '}' && c != ']' && c != ':')
      return "a '\"' at byte " + byte(string_end) + " ends its string early: inside a string write it \\\" (or a ',' is missing after it)";
    if (c == '"') {
      if (want == Want::comma_or_close) return "a ',' missing before byte " + byte(i);
      if (want == Want::colon) return "a ':' missing after the key, before byte " + byte(i);
      std::size_t j = i + 1;
      while (j < s.size() && s[j] != '"') j += s[j] == '\\' ? 2 : 1;
      if (j >= s.size()) return {};  // ends inside the string: worded elsewhere
      i = j;
      string_end = j;
      if (want == Want::key || want == Want::key_or_close) want = Want::colon;
      else after_value();
      continue;
    }
    if (c == '{' || c == '[') {
      if (want == Want::comma_or_close) return "a ',' missing before byte " + byte(i);
      if (want != Want::value && want != Want::value_or_close) return {};
      open += c;
      want = c == '{' ? Want::key_or_close : Want::value_or_close;
      continue;
    }
    if (c == '}' || c == ']') {
      if (after_comma)
        return std::string("a comma before '") + c + "' at byte " + byte(last_comma) +
               " (JSON allows no comma after the last item)";
      if (want == Want::value) return std::string("a value missing before '") + c + "' at byte " + byte(i);
      if (want != Want::comma_or_close && want != Want::key_or_close && want != Want::value_or_close) return {};
      if (open.empty() || open.back() != (c == '}' ? '{' : '[')) return {};
      open.pop_back();
      after_value();
      continue;
    }
    if (c == ',') {
      if (want != Want::comma_or_close) return {};
      last_comma = i;
      after_comma = true;
      want = open.back() == '{' ? Want::key : Want::value;
      continue;
    }
    if (c == ':') {
      if (want != Want::colon) return {};
      want = Want::value;
      continue;
    }
    // A bare token: a number or literal where a value goes; else a key without quotes,
    // or a separator missing before it.
    std::size_t j = i;
    while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_' || s[j] == '-' ||
                            s[j] == '.' || s[j] == '+'))
      ++j;
    if (j == i) return {};
    if (want == Want::key || want == Want::key_or_close)
      return "a key without quotes at byte " + byte(i) + " ('" + std::string(s.substr(i, std::min<std::size_t>(j - i, 32))) +
             "'): JSON keys take double quotes";
    if (want == Want::colon) return "a ':' missing after the key, before byte " + byte(i);
    if (want == Want::comma_or_close) return "a ',' missing before byte " + byte(i);
    i = j - 1;
    after_value();
  }
  return {};
}

inline std::string json_error_words(simdjson::error_code e, std::string_view line) {
  if (e == simdjson::UTF8_ERROR) {
    auto why = describe_invalid_utf8_with_hint(line);
    return why.empty() ? std::string("invalid UTF-8") : why;
  }
  // Bytes that are no UTF-8 are named as such whatever simdjson stopped at first: a
  // UTF-16 export (FF FE …) had read as "a non-ASCII character (U+1FEEC0)".
  if (auto bad = describe_invalid_utf8_with_hint(line); !bad.empty()) return bad;
  if (auto odd = describe_non_ascii_json(line); !odd.empty()) return "invalid JSON: " + odd;
  if (e == simdjson::STRING_ERROR)
    if (auto bad = describe_bad_string(line); !bad.empty()) return "invalid JSON: " + bad;
  if (auto word = describe_bare_word_json(line); !word.empty()) return "invalid JSON: " + word;
  // The last line of a file cut short ends inside a string: say where it opened, and what
  // the likely cause is, as the unclosed object is said (simdjson: "A string is opened, but
  // never closed.").
  if (e == simdjson::UNCLOSED_STRING) {
    std::size_t open = std::string_view::npos;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\\' && open != std::string_view::npos) ++i;
      else if (line[i] == '"') open = open == std::string_view::npos ? i : std::string_view::npos;
    }
    if (open != std::string_view::npos)
      return "invalid JSON: the line ends inside the string opened at byte " + std::to_string(open + 1) +
             " (a truncated line?)";
  }
  if (auto where = describe_structure(line); !where.empty()) return "invalid JSON: " + where;
  return std::string("invalid JSON: ") + simdjson::error_message(e);
}

// Why a line is not one JSON object (iterate or get_object failed with e), in words
// better than the parser's; `shape` shows the object the reader expects, e.g.
// {"id": ..., "received": ...}.
inline std::string not_an_object_words(simdjson::error_code e, std::string_view line, std::string_view shape) {
  std::string_view t = line;
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
  const std::string_view head = t.substr(0, 30);
  if (e != simdjson::UTF8_ERROR) {
    if (auto bad = describe_invalid_utf8_with_hint(line); !bad.empty()) return bad;  // as above
    if (auto odd = describe_non_ascii_json(line); !odd.empty()) return "invalid JSON: " + odd;
  }
  if (e == simdjson::INCORRECT_TYPE) {
    const char c = t.empty() ? ' ' : t.front();
    const bool json_value =
        c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || t == "true" || t == "false" || t == "null";
    return json_value ? "expected a JSON object " + std::string(shape) + ", got '" + std::string(head) + "'"
                      : "invalid JSON: unexpected '" + std::string(head) + "' at byte 1";
  }
  if (e == simdjson::INCOMPLETE_ARRAY_OR_OBJECT && !t.empty() && t.back() != '}')
    return "invalid JSON: the line ends with '" + std::string(t.substr(t.size() > 20 ? t.size() - 20 : 0)) +
           "' before its object is closed, or has content after the object (a truncated line?)";
  if (e == simdjson::INCOMPLETE_ARRAY_OR_OBJECT)
    return "invalid JSON: unbalanced braces or brackets, or content after the object";
  return json_error_words(e, line);
}

// Content after a line's object ("{...} x", "{...}{...}"), at byte offset `off`.
inline std::string content_after_object_words(std::string_view line, std::size_t off) {
  return "invalid JSON: unexpected content after the object at byte " + std::to_string(off + 1) + ": '" +
         std::string(line.substr(off, 20)) + "'";
}

// The one wording of the rules above.
inline std::string duplicate_field(std::string_view key) {
  std::string s = "field '";
  s.append(key.substr(0, 64));
  s += "' appears twice";
  return s;
}

}  // namespace io::json
SHIXIAN_NAMESPACE_END
