#pragma once
// The fast paths of time/text.hpp, for the stream commands (check reads and writes
// millions of timestamps): a timestamp reader for the common shapes and an RFC 3339
// writer that remembers recent days. Each has the general version in
// src/time/text.cpp as its oracle: the fast reader settles only what
// parse_timestamp_fields would read the same way and leaves the rest (every error
// included) to it; the writer writes exactly format_instant_to's text.
// tests/time/fast_text_test.cpp checks both on random inputs against the general code.
// Internal (not installed): the layout of these caches is not an API.
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string_view>

#include "shixian/time/types.hpp"
#include "shixian/time/zone.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace fast {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
// Years 0001..9999 only (what four digits can say), so unsigned arithmetic suffices.
constexpr int days_from_civil(unsigned y, unsigned m, unsigned d) noexcept {
  y -= m <= 2;
  const unsigned era = y / 400;
  const unsigned yoe = y - era * 400;
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int>(era * 146097 + doe) - 719468;
}

inline bool two_digits(const char* p, int& v) noexcept {
  const unsigned a = static_cast<unsigned char>(p[0]) - '0', b = static_cast<unsigned char>(p[1]) - '0';
  if (a > 9 || b > 9) return false;
  v = static_cast<int>(a * 10 + b);
  return true;
}

// Days since 1970-01-01 of the first of a month, for the few months a stream's
// timestamps touch: direct-mapped by year and month.
class MonthDays {
 public:
  int first_of(unsigned y, unsigned m) noexcept {
    const unsigned key = y * 16 + m;
    Entry& e = entries_[(y * 12 + m) & (entries_.size() - 1)];
    if (e.key != key) {
      e.key = key;
      e.days = days_from_civil(y, m, 1);
    }
    return e.days;
  }

 private:
  struct Entry {
    unsigned key = ~0u;
    int days = 0;
  };
  std::array<Entry, 64> entries_{};

 public:
  // The last month read: "YYYY-MM-" as loaded, the day number of its first day and
  // its length. A ticket's events mostly fall in one month where they span several
  // days: keyed on the day too, this missed on about half the timestamps.
  std::uint64_t last_w1 = 0;
  int last_first = 0;
  unsigned last_length = 0;
  // The last offset read: "±HH:MM" as loaded (six bytes, zero above: none yet is all
  // ones, which no text loads as) and its seconds.
  std::uint64_t last_offset_text = ~std::uint64_t{0};
  int last_offset = 0;
};

// The word tricks below read byte i of a loaded word as the text's byte i.
static_assert(std::endian::native == std::endian::little, "SWAR parsing assumes a little-endian target");

// All eight bytes of w are ASCII digits where mask has 0xff (other bytes ignored).
inline bool digits_at(std::uint64_t w, std::uint64_t mask) noexcept {
  constexpr std::uint64_t zeros = 0x3030303030303030ull, sixes = 0x0606060606060606ull,
                          highs = 0xf0f0f0f0f0f0f0f0ull;
  const std::uint64_t x = (w & mask) | (zeros & ~mask);
  // '0'..'9' is 0x30..0x39: high nibble 3, and adding 6 keeps it 3 (no byte carries out).
  return (x & highs) == zeros && ((x + sixes) & highs) == zeros;
}

// What read_timestamp reads: local seconds since the epoch and nanoseconds, and the
// offset when the text gives one. Kept in seconds: the zone's fast path needs no
// division to look at it.
struct Timestamp {
  long long local_seconds = 0;
  long long nanos = 0;
  int offset_seconds = 0;
  bool has_offset = false;
};

// The common timestamp shapes, "YYYY-MM-DD[T ]HH:MM[:SS[.fff]]" then nothing, "Z" or "±HH:MM",
// without the general parser's bookkeeping. Anything else (lower-case letters, long
// fractions, errors) returns false and goes to parse_timestamp_fields, which has the
// final word and the error messages. The text must be readable 16 bytes on (the
// parser's padding).
inline bool read_timestamp(std::string_view s, Timestamp& out, MonthDays& months) noexcept {
  const char* p = s.data();
  const std::size_t n = s.size();
  if (n < 16) return false;
  std::uint64_t w1, w2;
  std::memcpy(&w1, p, 8);      // "YYYY-MM-"
  std::memcpy(&w2, p + 8, 8);  // "DDTHH:MM"
  // Little-endian: byte i of the word is p[i].
  constexpr std::uint64_t m1 = 0x00ffff00ffffffffull, m2 = 0xffff00ffff00ffffull;
  // The separators as whole words, where five byte tests were five loads and branches:
  // w2's "T" or " " (byte 2) and ":" (byte 5) here, w1's two "-" (bytes 4 and 7) only for
  // another month than the last (a month's word is remembered only once checked).
  constexpr std::uint64_t colon = std::uint64_t{':'} << 40;
  const std::uint64_t sep2 = w2 & ~m2;
  if (sep2 != (colon | std::uint64_t{'T'} << 16) && sep2 != (colon | std::uint64_t{' '} << 16)) return false;
  // Separators read as '0', then each byte i becomes 10 * digit[i] + digit[i + 1]
  // (at most 99: no carries, no borrows).
  constexpr std::uint64_t zeros = 0x3030303030303030ull;
  if (!digits_at(w2, m2)) return false;
  const unsigned d = static_cast<unsigned>((w2 & 0xff) - '0') * 10 + static_cast<unsigned>((w2 >> 8 & 0xff) - '0');
  if (w1 != months.last_w1) {  // another month than the previous timestamp's
    constexpr std::uint64_t dashes = std::uint64_t{'-'} << 32 | std::uint64_t{'-'} << 56;
    if ((w1 & ~m1) != dashes || !digits_at(w1, m1)) return false;
    const std::uint64_t d1 = ((w1 & m1) | (zeros & ~m1)) - zeros, v1 = d1 * 10 + (d1 >> 8);
    const unsigned yh = static_cast<unsigned>(v1 & 0xff), yl = static_cast<unsigned>(v1 >> 16 & 0xff),
                   mo = static_cast<unsigned>(v1 >> 40 & 0xff);
    static constexpr unsigned char month_days[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const unsigned y = yh * 100 + yl;
    // Years outside 1900..2199 are the general parser's to reject (src/time/text.cpp).
    if (y < 1900 || y > 2199 || mo < 1 || mo > 12) return false;
    months.last_w1 = w1;
    months.last_first = months.first_of(y, mo);
    months.last_length = month_days[mo] + (mo == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
  }
  if (d < 1 || d > months.last_length) return false;
  const int day_number = months.last_first + static_cast<int>(d) - 1;
  const std::uint64_t d2 = ((w2 & m2) | (zeros & ~m2)) - zeros, v2 = d2 * 10 + (d2 >> 8);
  const unsigned h = static_cast<unsigned>(v2 >> 24 & 0xff), mi = static_cast<unsigned>(v2 >> 48 & 0xff);
  int sec = 0;
  std::size_t i = 16;
  long long nanos = 0;
  if (i < n && p[i] == ':') {
    if (n < 19 || !two_digits(p + 17, sec)) return false;
    i = 19;
    // A fraction of a second: up to nine digits.
    if (i < n && p[i] == '.') {
      std::size_t digits = 0;
      for (++i; i < n && digits < 10; ++i, ++digits) {
        const unsigned digit = static_cast<unsigned char>(p[i]) - '0';
        if (digit > 9) break;
        nanos = nanos * 10 + digit;
      }
      if (digits == 0 || digits > 9) return false;
      for (; digits < 9; ++digits) nanos *= 10;
    }
  }
  if (h > 23 || mi > 59 || sec > 59) return false;
  out.local_seconds = static_cast<long long>(day_number) * 86400 + static_cast<long long>(h * 3600 + mi * 60) + sec;
  out.nanos = nanos;
  out.offset_seconds = 0;
  out.has_offset = i != n;
  if (i == n) return true;
  if (p[i] == 'Z' && i + 1 == n) return true;
  if (i + 6 != n) return false;
  // "±HH:MM": an export writes one or two offsets, so the last one read is kept as its
  // six bytes (one compare) and its seconds.
  std::uint64_t w;
  std::memcpy(&w, p + i, 8);  // readable: the padding
  w &= 0xffffffffffffull;
  if (w == months.last_offset_text) {
    out.offset_seconds = months.last_offset;
    return true;
  }
  int oh, om;
  if ((p[i] == '+' || p[i] == '-') && two_digits(p + i + 1, oh) && p[i + 3] == ':' &&
      two_digits(p + i + 4, om) && oh <= 23 && om <= 59) {
    const int off = oh * 3600 + om * 60;
    out.offset_seconds = p[i] == '-' ? -off : off;
    months.last_offset_text = w;
    months.last_offset = out.offset_seconds;
    return true;
  }
  return false;
}

// RFC 3339 output, as format_instant_to writes it, with the date part of recent days
// and the offset remembered: a ticket's instants are a few days apart and a year of
// tickets touches only a few hundred days. Writes at most kMax bytes (32 in fact, a
// fixed-size block past the text's end included: the caller's room must be kMax).
class InstantWriter {
 public:
  static constexpr std::size_t kMax = 64;

  [[gnu::always_inline]] char* put_quoted(char* q, Instant t, const Zone& zone) {
    // Output is at seconds precision, fractions floored (CONTRACT.md). Offsets change
    // only at whole seconds, so the floored time has the same offset as t.
    const auto utc = floor_to<seconds>(t);
    const auto off = zone.offset_at(utc);
    const long long sec = (utc.time_since_epoch() + off).count();
    const long long day = sec >= 0 ? static_cast<long long>(static_cast<unsigned long long>(sec) / 86400u)
                                   : -((-sec + 86399) / 86400);
    const auto tod = static_cast<unsigned>(sec - day * 86400);
    const Entry& e = entry(days_, day);
    if (off.count() != offset_) {
      const long long o = off.count(), a = o < 0 ? -o : o;
      char* p = offset_text_;
      *p++ = o < 0 ? '-' : '+';
      put2(p, static_cast<unsigned>(a / 3600));
      *p++ = ':';
      put2(p, static_cast<unsigned>(a / 60 % 60));
      if (a % 60) {  // an offset with seconds (local mean time), as format_instant_to writes it
        *p++ = ':';
        put2(p, static_cast<unsigned>(a % 60));
      }
      *p++ = '"';
      offset_len_ = static_cast<std::size_t>(p - offset_text_);
      offset_ = off.count();
    }
    std::memcpy(q, e.text, 12);
    q += 12;
    // "HH:MM:" of the minute of the day from a table (one division, one 8-byte move, where
    // hours, minutes and seconds took two divisions and three 2-byte moves), then the seconds
    // over the table entry's two spare bytes.
    const unsigned minute = tod / 60, s = tod - minute * 60;
    std::memcpy(q, kMinutes.text[minute], 8);
    std::memcpy(q + 6, kDigits2 + 2 * s, 2);
    // The whole offset block at a fixed size (one move, where offset_len_ bytes was a
    // call into memcpy for every instant); the bytes past offset_len_ are scratch the
    // caller overwrites, within the kMax this may write.
    std::memcpy(q + 8, offset_text_, sizeof offset_text_);
    return q + 8 + offset_len_;
  }

 private:
  static constexpr char kDigits2[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  // "HH:MM:" for each minute of a day, padded to 8 bytes (11.5 KB, cache-resident in a run).
  struct MinuteTable {
    char text[1440][8];
  };
  static constexpr MinuteTable kMinutes = [] {
    MinuteTable t{};
    for (unsigned i = 0; i < 1440; ++i) {
      const unsigned h = i / 60, m = i % 60;
      const char row[8] = {static_cast<char>('0' + h / 10), static_cast<char>('0' + h % 10), ':',
                           static_cast<char>('0' + m / 10), static_cast<char>('0' + m % 10), ':', '0', '0'};
      for (unsigned k = 0; k < 8; ++k) t.text[i][k] = row[k];
    }
    return t;
  }();

 public:
  // "YYYY-MM-DD" of day d (days since 1970, years 1..9999), as format_date writes it,
  // from a memory of days like put_quoted's (a closed ticket's retention day, written
  // once a ticket, took a civil-date conversion each time). Its own: ten years on, these
  // days shared with the instants' evicted each other.
  char* put_date(char* q, long long d) {
    std::memcpy(q, entry(dates_, d).text + 1, 10);
    return q + 10;
  }

 private:
  struct Entry {
    long long day = std::numeric_limits<long long>::min();
    char text[12];  // "\"YYYY-MM-DDT"
  };
  // The day's entry, filled on a miss (out of line: the hit is what runs).
  using Days = std::array<Entry, 1024>;
  [[gnu::always_inline]] static const Entry& entry(Days& memory, long long day) {
    Entry& e = memory[static_cast<std::size_t>(day) & (memory.size() - 1)];
    if (e.day != day) fill(e, day);
    return e;
  }
  [[gnu::noinline]] static void fill(Entry& e, long long day) {
    {
      const date::year_month_day ymd{date::sys_days{days{day}}};
      const int y = static_cast<int>(ymd.year());
      char* p = e.text;
      *p++ = '"';
      put2(p, static_cast<unsigned>(y / 100));
      put2(p, static_cast<unsigned>(y % 100));
      *p++ = '-';
      put2(p, static_cast<unsigned>(ymd.month()));
      *p++ = '-';
      put2(p, static_cast<unsigned>(ymd.day()));
      *p++ = 'T';
      e.day = day;
    }
  }
  static void put2(char*& q, unsigned v) noexcept {
    std::memcpy(q, kDigits2 + 2 * (v % 100), 2);
    q += 2;
  }
  Days days_{}, dates_{};
  long long offset_ = std::numeric_limits<long long>::min();
  char offset_text_[12]{};
  std::size_t offset_len_ = 0;
};

}  // namespace fast
SHIXIAN_NAMESPACE_END
