// POSIX TZ strings (TZif footers): see posix_tz.hpp.
#include "time/posix_tz.hpp"

#include <date/date.h>

#include <algorithm>
#include <fstream>
#include <iterator>

SHIXIAN_NAMESPACE_BEGIN
namespace posix_tz {

std::optional<std::string> footer_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  // Zone files are a few kilobytes; anything far larger is not one.
  std::string data;
  data.resize(1 << 20);
  in.read(data.data(), static_cast<std::streamsize>(data.size()));
  data.resize(static_cast<std::size_t>(in.gcount()));
  if (data.size() < 5 || data.compare(0, 4, "TZif") != 0) return std::nullopt;
  if (data[4] < '2') return std::string();  // version 1: no footer
  // The footer is the text between the file's last two newlines.
  if (data.back() != '\n') return std::string();
  const auto start = data.rfind('\n', data.size() - 2);
  if (start == std::string::npos) return std::string();
  return data.substr(start + 1, data.size() - start - 2);
}

namespace {

// A reader over the spec; every parse_* returns false on anything unexpected.
struct Reader {
  std::string_view s;
  std::size_t i = 0;
  bool at_end() const { return i >= s.size(); }
  bool eat(char c) {
    if (i < s.size() && s[i] == c) return ++i, true;
    return false;
  }
  bool number(int& v, int max_digits) {
    const std::size_t start = i;
    v = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - start < static_cast<std::size_t>(max_digits))
      v = v * 10 + (s[i++] - '0');
    return i > start;
  }
  // "EST" or "<-03>": letters, or anything between angle brackets.
  bool name() {
    if (eat('<')) {
      const auto close = s.find('>', i);
      if (close == std::string_view::npos || close - i < 3) return false;
      i = close + 1;
      return true;
    }
    const std::size_t start = i;
    while (i < s.size() && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z'))) ++i;
    return i - start >= 3;
  }
  // [+-]hh[:mm[:ss]] in seconds; hours up to max_hours (24 for offsets, 167 for times).
  bool hms(int& seconds, int max_hours) {
    const bool negative = eat('-');
    if (!negative) eat('+');
    int h = 0, m = 0, sec = 0;
    if (!number(h, 3) || h > max_hours) return false;
    if (eat(':')) {
      if (!number(m, 2) || m > 59) return false;
      if (eat(':') && (!number(sec, 2) || sec > 59)) return false;
    }
    seconds = (h * 3600 + m * 60 + sec) * (negative ? -1 : 1);
    return true;
  }
};

// A date rule: Jn (1..365, February 29 never counted), n (0..365), or Mm.w.d.
struct When {
  enum Kind { julian1, julian0, month_week_day } kind = month_week_day;
  int day = 0, month = 0, week = 0, weekday = 0;
  int time = 2 * 3600;  // local seconds after the day's start (may be negative or past 24h)

  bool read(Reader& r) {
    if (r.eat('M')) {
      kind = month_week_day;
      if (!r.number(month, 2) || month < 1 || month > 12 || !r.eat('.') || !r.number(week, 1) || week < 1 ||
          week > 5 || !r.eat('.') || !r.number(weekday, 1) || weekday > 6)
        return false;
    } else if (r.eat('J')) {
      kind = julian1;
      if (!r.number(day, 3) || day < 1 || day > 365) return false;
    } else {
      kind = julian0;
      if (!r.number(day, 3) || day > 365) return false;
    }
    if (r.eat('/') && !r.hms(time, 167)) return false;
    return true;
  }
  // The local day it names in `year`, as days since 1970-01-01.
  long long day_in(int year) const {
    using namespace date;
    const year_month_day jan1{date::year{year}, January, date::day{1}};
    const long long first = sys_days{jan1}.time_since_epoch().count();
    switch (kind) {
      case julian1: return first + day - 1 + (date::year{year}.is_leap() && day >= 60 ? 1 : 0);
      case julian0: return first + day;
      case month_week_day: break;
    }
    const auto m = date::month{static_cast<unsigned>(month)};
    const auto wd = date::weekday{static_cast<unsigned>(weekday)};
    const sys_days d = week == 5 ? sys_days{date::year{year} / m / wd[last]}
                                 : sys_days{date::year{year} / m / wd[static_cast<unsigned>(week)]};
    return d.time_since_epoch().count();
  }
};

}  // namespace

std::optional<std::vector<Change>> changes(std::string_view spec, int from_year, int to_year) {
  Reader r{spec};
  int std_posix = 0;
  if (!r.name() || !r.hms(std_posix, 24)) return std::nullopt;
  const int std_offset = -std_posix;  // POSIX counts hours west of Greenwich
  std::vector<Change> out;
  if (r.at_end()) return out;  // no daylight saving time
  if (!r.name()) return std::nullopt;
  int dst_offset = std_offset + 3600;
  if (!r.at_end() && r.s[r.i] != ',') {
    int dst_posix = 0;
    if (!r.hms(dst_posix, 24)) return std::nullopt;
    dst_offset = -dst_posix;
  }
  // A rule without dates leaves the dates to the implementation: not read with certainty.
  When start, end;
  if (!r.eat(',') || !start.read(r) || !r.eat(',') || !end.read(r) || !r.at_end()) return std::nullopt;
  if (dst_offset == std_offset) return out;
  for (int y = from_year; y <= to_year; ++y) {
    // Each change happens at a local time of the offset in force before it.
    out.push_back({start.day_in(y) * 86400 + start.time - std_offset, dst_offset});
    out.push_back({end.day_in(y) * 86400 + end.time - dst_offset, std_offset});
  }
  std::stable_sort(out.begin(), out.end(), [](const Change& a, const Change& b) { return a.at < b.at; });
  // Daylight saving time all year is written as a change at each year's end meeting
  // the next year's start ("EST5EDT,0/0,J365/25"): at one instant the later wins, and a
  // change to the offset already in force is none.
  std::vector<Change> kept;
  for (const auto& c : out) {
    if (!kept.empty() && kept.back().at == c.at) kept.pop_back();
    if (kept.empty() || kept.back().offset != c.offset) kept.push_back(c);
  }
  return kept;
}

}  // namespace posix_tz
SHIXIAN_NAMESPACE_END
