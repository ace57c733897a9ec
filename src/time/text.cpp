// Strict, allocation-free parsers for dates, times and timestamps, and RFC 3339
// output. Hand-written rather than date::parse: the stream commands parse millions of
// timestamps, and every rejection must say exactly which part was wrong.
#include "shixian/time/text.hpp"

#include <cmath>
#include <cstring>
#include <fmt/format.h>

#include "shixian/error.hpp"
#include "shixian/i18n/terms.hpp"
#include "shixian/io/line_reader.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    const char c = s[i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}

// A Chinese input method's full-width '：' or digits look right and read wrong
// ("2026-10-08 10：00" was "expected HH:MM after the date" to someone reading HH:MM):
// the reason naming them, or nullptr when the text has none. Only for error paths.
const char* full_width_reason(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) < 0x80) continue;
    std::size_t len = 0;
    const char32_t cp = io::code_point_at(s, i, len);
    if (cp == U'：') return "a full-width colon '：' where ':' is meant";
    if (cp >= U'０' && cp <= U'９') return "full-width digits where 0-9 are meant";
    if (io::ascii_lookalike(cp)) return "a full-width character where its ASCII form is meant";
    i += len - 1;
  }
  return nullptr;
}

// Parses "YYYY-MM-DD" at the start of s; sets why on failure.
bool date_fields(std::string_view s, Date& out, const char*& why) {
  int y, m, d;
  if (!(digits(s, 0, 4, y) && s.size() >= 10 && s[4] == '-' && digits(s, 5, 2, m) &&
        s[7] == '-' && digits(s, 8, 2, d))) {
    why = "expected YYYY-MM-DD";
    return false;
  }
  if (m < 1 || m > 12) {
    why = "month must be 01..12";
    return false;
  }
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                 date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) {
    why = "no such day in that month";
    return false;
  }
  out = Date{ymd};
  return true;
}

// A rejected text, worded from data/terms (error.hpp): the term `key` with the text and,
// when given, the reason (a [phrase] term).
[[noreturn]] void rejected(const char* key, std::string_view text, std::string_view reason) {
  i18n::throw_worded([key, text = std::string(text), reason = std::string(reason)](const i18n::Terms& t) {
    if (reason.empty()) return t.fill(key, {text});
    return t.fill(key, {text, t.name("phrase", reason)});
  });
}

}  // namespace

Date parse_date(std::string_view text) {
  Date d;
  const char* why = nullptr;
  if (text.size() != 10 || !date_fields(text, d, why)) {
    if (const char* wide = full_width_reason(text)) why = wide;
    rejected("error.bad_date", text, why ? why : "expected YYYY-MM-DD");
  }
  return d;
}

TimeOfDay parse_time_of_day(std::string_view text, bool allow_midnight_end) {
  int h, m, s = 0;
  const bool shape = (text.size() == 5 || (text.size() == 8 && text[5] == ':')) &&
                     digits(text, 0, 2, h) && text[2] == ':' && digits(text, 3, 2, m) &&
                     (text.size() == 5 || digits(text, 6, 2, s));
  if (!shape) rejected("error.bad_time_of_day", text, full_width_reason(text) ? full_width_reason(text) : "expected HH:MM");
  const bool end_of_day = allow_midnight_end && h == 24 && m == 0 && s == 0;
  if (!end_of_day && (h > 23 || m > 59 || s > 59))
    rejected("error.bad_time_of_day", text, allow_midnight_end ? "expected 00:00..23:59 or 24:00" : "expected 00:00..23:59");
  return hours{h} + minutes{m} + seconds{s};
}

constexpr const char* kAfterTime = "unexpected text after the time (expected Z, +HH:MM, -HH:MM or nothing)";

// What an export most often writes where a timestamp belongs, and what it meant: the
// reason then says the fix, not only the shape expected. nullptr when none fits. Only for
// error paths (each a fixed phrase, so that data/terms can word it). `reason` is the
// parser's own: an offset's slip is named only when the offset is what failed, so that a
// bad month or hour before it (2026-13-20T17:45+0800) is not hidden behind it.
const char* export_slip_reason(std::string_view s, const char* reason) noexcept {
  // Worded for every reader: a JSON line gives null, a command line leaves the option out.
  if (s.empty()) return "empty: an event that has not happened is left out (in JSON, null without quotes)";
  static constexpr std::string_view nothing[] = {"NULL", "null", "Null", "None", "none", "nil", "NaN", "N/A", "n/a", "-"};
  for (auto w : nothing)
    if (s == w) return "a word for nothing: an event that has not happened is left out (in JSON, null without quotes)";
  auto space = [](char c) { return c == ' ' || c == '\t'; };
  if (space(s.front())) return "a space before the date: the text must begin with the year";
  if (space(s.back())) return "a space after the time: the text must end with the time or its offset";
  if (s.size() >= 10 && (s[4] == '/' || s[4] == '.') && (s[7] == '/' || s[7] == '.'))
    return "'/' or '.' between year, month and day: write YYYY-MM-DD, with '-'";
  if (std::string_view(reason) != kAfterTime) return nullptr;
  // "+0800", "+08": an offset without its colon or minutes.
  const std::size_t n = s.size();
  auto digit = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
  if (n >= 21 && (s[n - 5] == '+' || s[n - 5] == '-') && digit(n - 4) && digit(n - 3) && digit(n - 2) && digit(n - 1))
    return "an offset without its colon (+0800): write +08:00";
  if (n >= 19 && (s[n - 3] == '+' || s[n - 3] == '-') && digit(n - 2) && digit(n - 1) && s[n - 6] == ':')
    return "an offset in hours only (+08): write +08:00";
  return nullptr;
}

std::optional<TimestampFields> parse_timestamp_fields(std::string_view s, std::string* why) {
  auto fail = [&](const char* reason) -> std::optional<TimestampFields> {
    if (why) {
      const char* wide = full_width_reason(s);
      const char* slip = wide ? nullptr : export_slip_reason(s, reason);
      *why = wide ? wide : slip ? slip : reason;
    }
    return std::nullopt;
  };
  Date d;
  const char* date_why = nullptr;
  if (!date_fields(s, d, date_why)) return fail(date_why);
  // Instants are nanosecond counts (years 1678..2262) and zones are tabulated for
  // 1900..2199: a year outside that is a typo, not a ticket.
  if (const auto y = static_cast<int>(date::year_month_day{d}.year()); y < 1900 || y > 2199)
    return fail("year must be 1900..2199");
  if (s.size() < 16 || (s[10] != 'T' && s[10] != ' ' && s[10] != 't'))
    return fail("expected a date and time, YYYY-MM-DDTHH:MM[:SS[.fff]][Z|+HH:MM]");
  int h, m, sec = 0;
  if (!digits(s, 11, 2, h) || s[13] != ':' || !digits(s, 14, 2, m))
    return fail("expected HH:MM after the date");
  std::size_t p = 16;
  long long frac_ns = 0;
  if (p < s.size() && s[p] == ':') {
    if (!digits(s, p + 1, 2, sec)) return fail("expected two digits of seconds");
    p += 3;
    if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
      ++p;
      int n = 0;
      while (p < s.size() && s[p] >= '0' && s[p] <= '9') {
        if (n < 9) frac_ns = frac_ns * 10 + (s[p] - '0'), ++n;
        ++p;
      }
      if (n == 0) return fail("expected digits after the decimal point");
      for (; n < 9; ++n) frac_ns *= 10;
    }
  }
  // The day's end as text output writes it: say which instant it is (one fixed
  // phrase, so that data/terms can word it).
  if (h == 24 && m == 0 && sec == 0 && frac_ns == 0) return fail("hour must be 00..23 (24:00 is the next day's 00:00)");
  if (h > 23) return fail("hour must be 00..23");
  if (m > 59) return fail("minute must be 00..59");
  if (sec > 59) return fail("second must be 00..59");
  TimestampFields out;
  out.local = LocalTime{d} + hours{h} + minutes{m} + seconds{sec} + Duration{frac_ns};
  if (p == s.size()) return out;
  if ((s[p] == 'Z' || s[p] == 'z') && p + 1 == s.size()) {
    out.offset = seconds{0};
    return out;
  }
  int oh, om, os = 0;
  // +HH:MM, or +HH:MM:SS as written for a historical offset with seconds (format_instant).
  if ((s[p] == '+' || s[p] == '-') && (p + 6 == s.size() || p + 9 == s.size()) && digits(s, p + 1, 2, oh) &&
      s[p + 3] == ':' && digits(s, p + 4, 2, om) &&
      (p + 6 == s.size() || (s[p + 6] == ':' && digits(s, p + 7, 2, os)))) {
    if (oh > 23 || om > 59 || os > 59) return fail("offset must be within -23:59..+23:59");
    const seconds off = hours{oh} + minutes{om} + seconds{os};
    out.offset = s[p] == '-' ? -off : off;
    return out;
  }
  return fail(kAfterTime);
}

Instant parse_instant(std::string_view text, const Zone& zone, Choose choose) {
  std::string why;
  const auto f = parse_timestamp_fields(text, &why);
  if (!f) rejected("error.bad_timestamp", text, why);
  if (f->offset) return Instant{f->local.time_since_epoch() - *f->offset};
  return zone.to_instant(f->local, choose);
}

char* write_date(char* out, Date d) noexcept {
  const date::year_month_day ymd{d};
  const int y = static_cast<int>(ymd.year());
  char* p = out;
  auto put2 = [&p](unsigned v) {
    *p++ = static_cast<char>('0' + v / 10);
    *p++ = static_cast<char>('0' + v % 10);
  };
  if (y >= 0 && y <= 9999) {
    put2(static_cast<unsigned>(y) / 100);
    put2(static_cast<unsigned>(y) % 100);
  } else {  // as "{:04}": the sign, then zeros up to four characters in all
    const unsigned a = y < 0 ? static_cast<unsigned>(-y) : static_cast<unsigned>(y);
    char digits[12];
    int n = 0;
    for (unsigned v = a; v > 0; v /= 10) digits[n++] = static_cast<char>('0' + v % 10);
    if (y < 0) *p++ = '-';
    for (int pad = 4 - n - (y < 0 ? 1 : 0); pad > 0; --pad) *p++ = '0';
    while (n > 0) *p++ = digits[--n];
  }
  *p++ = '-';
  put2(static_cast<unsigned>(ymd.month()));
  *p++ = '-';
  put2(static_cast<unsigned>(ymd.day()));
  return p;
}

Date date_from_day_number(long long n) {
  // date.h's own range of years, as day numbers.
  constexpr long long first = date::sys_days{date::year::min() / date::January / 1}.time_since_epoch().count(),
                      last = date::sys_days{date::year::max() / date::December / 31}.time_since_epoch().count();
  if (n < first || n > last)
    throw InputError(fmt::format("day number {} is not a date (days since 1970-01-01 must lie in {}..{}, "
                                 "years -32767..32767)",
                                 n, first, last));
  return Date{days{n}};
}

std::string format_date(Date d) {
  char buf[kDateTextMax];
  return std::string(buf, write_date(buf, d));
}

std::string format_time_of_day(TimeOfDay t) {
  const auto s = t.count();
  if (s % 60) return fmt::format("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{:02}:{:02}", s / 3600, s / 60 % 60);
}

std::size_t format_instant_to(char* out, Instant t, const Zone& zone) {
  const auto local = zone.to_local(t);
  const auto day = date_of(local);
  const auto ns = (local - day).count();
  const long long secs = ns / 1'000'000'000;
  const auto off = zone.offset_at(t).count();
  const long long aoff = off < 0 ? -off : off;
  char* p = write_date(out, day);  // an instant's years (1677..2262) are four digits
  auto put2 = [&](long long v) {
    *p++ = static_cast<char>('0' + v / 10 % 10);
    *p++ = static_cast<char>('0' + v % 10);
  };
  *p++ = 'T';
  put2(secs / 3600);
  *p++ = ':';
  put2(secs / 60 % 60);
  *p++ = ':';
  put2(secs % 60);
  *p++ = off < 0 ? '-' : '+';
  put2(aoff / 3600);
  *p++ = ':';
  put2(aoff / 60 % 60);
  // Local mean time before standard zones had offsets in seconds (America/Sao_Paulo
  // until 1914: -03:06:28). RFC 3339 has no seconds in an offset; dropping them would
  // name another instant, so they are written, as java.time writes them, and read back.
  if (aoff % 60) {
    *p++ = ':';
    put2(aoff % 60);
  }
  return static_cast<std::size_t>(p - out);
}

std::string format_instant(Instant t, const Zone& zone) {
  char buf[48];
  return std::string(buf, format_instant_to(buf, t, zone));
}

std::string format_instant_exact(Instant t, const Zone& zone) {
  std::string s = format_instant(t, zone);
  auto ns = (t - date::floor<seconds>(t)).count();  // 0..999999999, also before 1970
  if (ns == 0) return s;
  std::string frac = fmt::format(".{:09d}", ns);
  while (frac.back() == '0') frac.pop_back();
  // After "YYYY-MM-DDTHH:MM:SS": the offset follows.
  s.insert(19, frac);
  return s;
}

namespace {
constexpr char kDigits2[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";
char* write_uint(char* q, long long v) noexcept {
  if (v >= 0 && v < 100) {  // the usual size of a day, hour, minute or second count
    if (v < 10) {
      *q++ = static_cast<char>('0' + v);
      return q;
    }
    std::memcpy(q, kDigits2 + 2 * v, 2);
    return q + 2;
  }
  char buf[24];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0);
  while (n > 0) *q++ = buf[--n];
  return q;
}
}  // namespace

// "1", "1.5", "1.25" from hundredths.
char* write_hundredths(char* q, long long hundredths) noexcept {
  q = write_uint(q, hundredths / 100);
  if (const long long f = hundredths % 100; f != 0) {
    *q++ = '.';
    *q++ = static_cast<char>('0' + f / 10);
    if (f % 10) *q++ = static_cast<char>('0' + f % 10);
  }
  return q;
}

char* write_duration(char* q, Duration d) noexcept {
  long long s = date::floor<seconds>(d).count();
  if (s < 0) *q++ = '-', s = -s;
  if (s == 0) {
    *q++ = '0', *q++ = 's';
    return q;
  }
  if (s % 3600 == 0 && s <= 72 * 3600) {
    q = write_uint(q, s / 3600);
    *q++ = 'h';
    return q;
  }
  if (s < 3 * 3600 && s % 60 == 0) {
    q = write_uint(q, s / 60);
    *q++ = 'm';
    return q;
  }
  const long long dd = s / 86400, in_day = s - dd * 86400, h = in_day / 3600, in_hour = in_day - h * 3600,
                  m = in_hour / 60, r = in_hour - m * 60;
  if (dd) q = write_uint(q, dd), *q++ = 'd';
  if (h) q = write_uint(q, h), *q++ = 'h';
  if (m) q = write_uint(q, m), *q++ = 'm';
  if (r) q = write_uint(q, r), *q++ = 's';
  return q;
}

char* write_hours(char* q, Duration d) noexcept {
  long long s = date::floor<seconds>(d).count();
  if (s < 0) *q++ = '-', s = -s;
  const long long h = s / 3600, m = s % 3600 / 60, r = s % 60;
  if (h) q = write_uint(q, h), *q++ = 'h';
  if (m) q = write_uint(q, m), *q++ = 'm';
  if (r || (!h && !m)) q = write_uint(q, r), *q++ = 's';
  return q;
}

char* write_working_days(char* q, Duration d, Duration day_length) noexcept {
  if (day_length.count() <= 0) day_length = days{1};
  // Hundredths of a working day, rounded up so that a breach never reads as "0wd".
  const double x = static_cast<double>(d.count()) / static_cast<double>(day_length.count());
  long long hundredths = static_cast<long long>(std::ceil(x * 100.0 - 1e-9));
  if (hundredths < 0) hundredths = 0;
  q = write_hundredths(q, hundredths);
  *q++ = 'w', *q++ = 'd';
  return q;
}


std::string format_duration(Duration d) {
  char buf[max_duration_text];
  return std::string(buf, write_duration(buf, d));
}

std::string format_working_days(Duration d, Duration day_length) {
  char buf[max_duration_text];
  return std::string(buf, write_working_days(buf, d, day_length));
}

std::chrono::seconds parse_duration(std::string_view text) {
  long long total = 0;
  std::size_t p = 0;
  bool any = false;
  while (p < text.size()) {
    long long v = 0;
    std::size_t start = p;
    while (p < text.size() && text[p] >= '0' && text[p] <= '9' && p - start < 9)
      v = v * 10 + (text[p++] - '0');
    if (p == start || p == text.size()) {  // no number, or a number without its unit
      any = false;
      break;
    }
    const char unit = text[p++];
    long long mult = unit == 'd' ? 86400 : unit == 'h' ? 3600 : unit == 'm' ? 60 : unit == 's' ? 1 : 0;
    if (!mult) {
      any = false;
      break;
    }
    total += v * mult;
    any = true;
    // Each part is at most 9 digits, so only many parts can overflow: stop at 100 years,
    // longer than any rule asks for.
    if (total > kMaxDurationSeconds)
      rejected("error.duration_too_long", text.substr(0, std::min<std::size_t>(text.size(), 64)), {});
  }
  if (!any || p != text.size())
    rejected("error.bad_duration", text, {});
  return seconds{total};
}

SHIXIAN_NAMESPACE_END
