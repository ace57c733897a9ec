// The fast paths of src/time/fast_text.hpp against their general versions in
// src/time/text.cpp, on random inputs (issue 16, "one reader, one writer"): the general
// code is the oracle. The fast reader may decline anything, but what it settles must be
// what parse_timestamp_fields reads, and it must settle the common shapes (else check
// silently loses its speed); the writer must write format_instant_to's text exactly.
#include <doctest/doctest.h>

#include <cstring>
#include <initializer_list>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "shixian/time/text.hpp"
#include "shixian/time/zone.hpp"
#include "time/fast_text.hpp"

using namespace shixian;

namespace {

using Rng = std::mt19937_64;

int pick(Rng& rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

// (Texts are built by appending: GCC 12 warns falsely, -Wrestrict, on chains of `+`.)
std::string two(int v) {
  std::string s(2, '0');
  s[0] = static_cast<char>('0' + v / 10 % 10);
  s[1] = static_cast<char>('0' + v % 10);
  return s;
}
std::string cat(std::initializer_list<std::string_view> parts) {
  std::string s;
  for (auto p : parts) s.append(p);
  return s;
}

// A timestamp text. `common`: one of the shapes check's files hold (the fast reader
// must settle these); otherwise any part may be out of range, malformed, or in a shape
// only the general reader knows (lower-case t or z, a comma, ten fraction digits, an
// offset with seconds, trailing text).
std::string timestamp_text(Rng& rng, bool common, const std::vector<std::string>& recent_dates) {
  std::string s;
  static constexpr int month_days[13] = {31, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int reuse = recent_dates.empty() ? 0 : pick(rng, 0, 3);
  if (reuse == 1) {  // the date of an earlier text
    s = recent_dates[static_cast<std::size_t>(pick(rng, 0, static_cast<int>(recent_dates.size()) - 1))];
  } else if (reuse >= 2) {  // its month, another day (the reader's month memory; past the month's end too)
    s = recent_dates[static_cast<std::size_t>(pick(rng, 0, static_cast<int>(recent_dates.size()) - 1))].substr(0, 8);
    const int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2));
    const bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    const int last = month_days[m] + (m == 2 && leap);
    s += two(common ? pick(rng, 1, last) : pick(rng, 0, 32));
  } else {
    const int y = common ? pick(rng, 1900, 2199) : pick(rng, 1890, 2210);
    const int m = common ? pick(rng, 1, 12) : pick(rng, 0, 13);
    const bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    const int last = m >= 1 && m <= 12 ? month_days[m] + (m == 2 && leap) : 31;
    const int d = common ? pick(rng, 1, last) : pick(rng, 0, 32);
    s = cat({std::to_string(y), "-", two(m), "-", two(d)});
  }
  const char seps[] = {'T', ' ', 't', 'X'};
  s += common ? seps[pick(rng, 0, 1)] : seps[pick(rng, 0, 3)];
  s += two(common ? pick(rng, 0, 23) : pick(rng, 0, 25));
  s += ':';
  s += two(common ? pick(rng, 0, 59) : pick(rng, 0, 61));
  if (pick(rng, 0, 3)) {
    s += ':';
    s += two(common ? pick(rng, 0, 59) : pick(rng, 0, 61));
    if (!pick(rng, 0, 2)) {
      s += !common && !pick(rng, 0, 5) ? "," : ".";
      const int digits = common ? pick(rng, 1, 9) : pick(rng, 0, 11);
      for (int i = 0; i < digits; ++i) s += static_cast<char>('0' + pick(rng, 0, 9));
    }
  }
  switch (common ? pick(rng, 0, 2) : pick(rng, 0, 6)) {
    case 0: break;
    case 1: s += "Z"; break;
    case 2: s += cat({pick(rng, 0, 1) ? "+" : "-", two(pick(rng, 0, 23)), ":", two(pick(rng, 0, 59))}); break;
    case 3: s += "z"; break;
    case 4: s += cat({"+", two(pick(rng, 0, 25)), ":", two(pick(rng, 0, 61))}); break;
    case 5: s += "-03:06:28"; break;
    default: s += pick(rng, 0, 1) ? " " : "+08"; break;
  }
  if (!common && !pick(rng, 0, 9) && !s.empty()) s.erase(static_cast<std::size_t>(pick(rng, 0, static_cast<int>(s.size()) - 1)), 1);
  return s;
}

}  // namespace

TEST_CASE("fast::read_timestamp settles only what parse_timestamp_fields reads the same way, and every common shape") {
  Rng rng(20261203);
  fast::MonthDays months;  // one memory across all texts, as a stream's parser keeps it
  std::vector<std::string> dates;
  int settled = 0, common_count = 0;
  for (int i = 0; i < 200000; ++i) {
    const bool common = pick(rng, 0, 1);
    const std::string text = timestamp_text(rng, common, dates);
    std::string padded = text;
    padded.append(16, '\0');  // the parser's padding
    fast::Timestamp f;
    const bool fast_ok = fast::read_timestamp(std::string_view(padded.data(), text.size()), f, months);
    const auto general = parse_timestamp_fields(text);
    CAPTURE(text);
    if (general) {  // a valid date, for later texts to repeat
      if (dates.size() < 8) dates.push_back(text.substr(0, 10));
      else dates[static_cast<std::size_t>(pick(rng, 0, 7))] = text.substr(0, 10);
    }
    if (common) {
      ++common_count;
      REQUIRE(general);  // the generator's common shapes are valid
      CHECK(fast_ok);
    }
    if (!fast_ok) continue;
    ++settled;
    REQUIRE(general);
    CHECK(general->local.time_since_epoch() == std::chrono::seconds{f.local_seconds} + std::chrono::nanoseconds{f.nanos});
    CHECK(general->offset.has_value() == f.has_offset);
    if (general->offset) CHECK(general->offset->count() == f.offset_seconds);
  }
  CHECK(common_count > 90000);
  CHECK(settled >= common_count);
}

TEST_CASE("fast::InstantWriter writes format_instant_to's text, quoted, in zones with DST, half hours and LMT seconds") {
  Rng rng(3);
  for (const char* name : {"Asia/Shanghai", "Europe/London", "America/New_York", "Australia/Lord_Howe",
                           "America/Sao_Paulo", "Asia/Kolkata", "UTC"}) {
    const auto zone = Zone::locate(name);
    fast::InstantWriter writer;  // one writer per zone, as check keeps one per stream
    // In whole seconds since 1970: 1900..2199 in nanoseconds spans more than int64 holds, so
    // neither the span nor an offset from 1900 may be formed as a nanosecond duration.
    const auto secs = [](Instant i) { return std::chrono::floor<std::chrono::seconds>(i.time_since_epoch()).count(); };
    const long long from = secs(parse_instant("1900-01-02T00:00:00Z", zone)), to = secs(parse_instant("2199-12-30T00:00:00Z", zone));
    long long t = from;
    for (int i = 0; i < 50000; ++i) {
      // Mostly a few hours or days on (a ticket's events, the day cache's hits), sometimes
      // anywhere (its misses and collisions), with a fraction of a second (floored).
      if (pick(rng, 0, 9) == 0) t = std::uniform_int_distribution<long long>(from, to)(rng);
      else t += pick(rng, -3 * 86400, 9 * 86400);
      if (t < from || t > to) t = from / 2 + to / 2;
      const Instant x = Instant{std::chrono::seconds{t}} + std::chrono::nanoseconds{pick(rng, 0, 999'999'999)};
      char buf[fast::InstantWriter::kMax + 8];
      const std::string fast_text(buf, writer.put_quoted(buf, x, zone));
      CAPTURE(name);
      CHECK(fast_text == cat({"\"", format_instant(x, zone), "\""}));
    }
  }
}

TEST_CASE("the duration and working-day writers: exact on random amounts against integer arithmetic") {
  Rng rng(7);
  for (int i = 0; i < 100000; ++i) {
    long long s = std::uniform_int_distribution<long long>(-400 * 86400LL, 400 * 86400LL)(rng);
    if (const int round = pick(rng, 0, 3); round == 0) s = s / 100 / 3600 * 3600;  // whole hours, up to 4 days
    else if (round == 1) s = s / 1000 / 60 * 60;    // whole minutes, some under 3 h
    const std::string text = format_duration(std::chrono::seconds{s});
    CAPTURE(s);
    CAPTURE(text);
    // Read it back by hand: d, h, m, s parts summing to |s|, or the whole-hours and whole-minutes forms.
    long long total = 0, v = 0;
    bool neg = false;
    for (char c : text) {
      if (c == '-') neg = true;
      else if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
      else total += v * (c == 'd' ? 86400 : c == 'h' ? 3600 : c == 'm' ? 60 : 1), v = 0;
    }
    CHECK((neg ? -total : total) == s);
    CHECK(parse_duration(text[0] == '-' ? text.substr(1) : text).count() == (s < 0 ? -s : s));
  }
  for (int i = 0; i < 100000; ++i) {
    const long long day = std::uniform_int_distribution<long long>(1, 86400)(rng);
    const long long d = std::uniform_int_distribution<long long>(0, 40 * day)(rng);
    const std::string text = format_working_days(std::chrono::seconds{d}, std::chrono::seconds{day});
    CAPTURE(d);
    CAPTURE(day);
    CAPTURE(text);
    // Hundredths rounded up: the smallest h with h * day >= 100 * d.
    const long long h = (100 * d + day - 1) / day;
    std::string want = std::to_string(h / 100);
    if (h % 100) want += cat({".", two(static_cast<int>(h % 100))});
    if (want.back() == '0' && want.find('.') != std::string::npos) want.pop_back();
    want += "wd";
    CHECK(text == want);
  }
}

TEST_CASE("floor_to: date::floor's days and seconds, on both sides of 1970 and at the edges") {
  Rng rng(11);
  auto check = [](long long ns) {
    CAPTURE(ns);
    const Instant i{std::chrono::nanoseconds{ns}};
    const LocalTime l{std::chrono::nanoseconds{ns}};
    CHECK(floor_to<seconds>(i) == date::floor<seconds>(i));
    CHECK(floor_to<days>(i) == date::floor<days>(i));
    CHECK(floor_to<days>(l) == date::floor<days>(l));
    CHECK(date_of(l) == date::floor<days>(l));
  };
  constexpr long long day = 86'400'000'000'000LL;
  for (long long edge : {0LL, 1LL, -1LL, 999'999'999LL, 1'000'000'000LL, -1'000'000'000LL, -1'000'000'001LL, day - 1,
                         day, -day, -day - 1, std::numeric_limits<long long>::max(), std::numeric_limits<long long>::min()})
    check(edge);
  for (int k = 0; k < 200000; ++k) {
    const long long ns = std::uniform_int_distribution<long long>(std::numeric_limits<long long>::min(),
                                                                  std::numeric_limits<long long>::max())(rng);
    check(k % 2 ? ns : ns / 1'000'000'000 * 1'000'000'000 + pick(rng, -1, 1));  // whole seconds too
  }
}

TEST_CASE("fast::InstantWriter::put_date writes format_date's text, years 1..9999, nearby days and anywhere") {
  Rng rng(13);
  fast::InstantWriter writer;
  const long long first = fast::days_from_civil(1, 1, 1), last = fast::days_from_civil(9999, 12, 31);
  long long d = fast::days_from_civil(2036, 1, 1);
  for (int i = 0; i < 200000; ++i) {
    if (pick(rng, 0, 9) == 0) d = std::uniform_int_distribution<long long>(first, last)(rng);
    else d += pick(rng, -400, 400);
    if (d < first || d > last) d = first / 2 + last / 2;
    char buf[16];
    const std::string fast_text(buf, writer.put_date(buf, d));
    CAPTURE(d);
    CHECK(fast_text == format_date(Date{days{d}}));
  }
}
