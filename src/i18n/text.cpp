// Human-readable times and widths: see include/shixian/i18n/text.hpp.
#include "shixian/i18n/text.hpp"

#include <charconv>
#include <cstring>

#include <fmt/format.h>

#include "shixian/io/line_reader.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace i18n {

std::string format_date(Date d, Lang lang) {
  if (lang != Lang::zh) return shixian::format_date(d);  // the one ISO writer (time/text.hpp)
  // "2026年1月5日", without a format string: a batch's coverage errors word three dates each.
  const date::year_month_day ymd{d};
  char buf[48];
  char* p = std::to_chars(buf, buf + 12, static_cast<int>(ymd.year())).ptr;
  auto put = [&p](std::string_view unit) {
    std::memcpy(p, unit.data(), unit.size());
    p += unit.size();
  };
  put("年");
  p = std::to_chars(p, p + 4, static_cast<unsigned>(ymd.month())).ptr;
  put("月");
  p = std::to_chars(p, p + 4, static_cast<unsigned>(ymd.day())).ptr;
  put("日");
  return std::string(buf, p);
}

std::string format_month(int year, unsigned month, Lang lang) {
  return lang == Lang::zh ? fmt::format("{}年{}月", year, month) : fmt::format("{:04}-{:02}", year, month);
}

std::string format_moment(Instant t, const Zone& zone, Lang lang) {
  return lang == Lang::en ? format_instant(t, zone) : format_local(t, zone, lang);
}

namespace {
// The offset ("+01:00") when the zone's clocks show this local time twice (the hour
// after they go back), else nothing: without it two instants an hour apart print alike.
std::string offset_if_repeated(Instant t, LocalTime local, const Zone& zone, bool change_near) {
  if (!change_near || zone.lookup(local).kind != LocalLookup::ambiguous) return {};
  char buf[48];
  const std::size_t n = format_instant_to(buf, t, zone);
  return std::string(buf + 19, n - 19);  // after "YYYY-MM-DDTHH:MM:SS"
}
// Only within a day of an offset change can a local time repeat or a day start move:
// elsewhere (Asia/Shanghai since 1991, most of any year) neither is looked up.
bool change_near(Instant t, const Zone& zone) {
  const auto next = zone.next_change_after(t - days{1});
  return next && *next <= t + days{1};
}

// Is t the start of its local day d: where the day's clock begins, at 00:00, at the
// first 00:00 when it repeats (a second midnight is an hour into the day), at the change
// when midnight is skipped (Asia/Tehran 2017-03-22 began at 01:00)?
bool starts_day(Instant t, LocalTime local, Date d, const Zone& zone, bool near) {
  return near ? std::chrono::floor<std::chrono::seconds>(t) == zone.lookup(LocalTime{d}).first
              : std::chrono::floor<std::chrono::seconds>(local - LocalTime{d}).count() == 0;
}
}  // namespace

Date day_of(Instant t, const Zone& zone, Midnight m) {
  const LocalTime local = zone.to_local(t);
  const Date d = date_of(local);
  return m == Midnight::end_of_day && starts_day(t, local, d, zone, change_near(t, zone)) ? d - days{1} : d;
}

std::string format_local(Instant t, const Zone& zone, Lang lang, Midnight m) {
  const LocalTime local = zone.to_local(t);
  Date d = date_of(local);
  auto tod = local - LocalTime{d};  // since local midnight
  const auto secs = std::chrono::floor<std::chrono::seconds>(tod).count();
  const bool near = change_near(t, zone);
  // The end of the previous day: the same instant as this day's start, named by the day
  // it closes (day_of).
  if (m == Midnight::end_of_day && starts_day(t, local, d, zone, near)) return format_date(d - days{1}, lang) + " 24:00";
  const std::string offset = offset_if_repeated(t, local, zone, near);
  const auto h = secs / 3600, min = secs / 60 % 60, s = secs % 60;
  return s ? fmt::format("{} {:02}:{:02}:{:02}{}", format_date(d, lang), h, min, s, offset)
           : fmt::format("{} {:02}:{:02}{}", format_date(d, lang), h, min, offset);
}

std::string format_rate(double share) { return share < 0 ? "—" : fmt::format("{:.2f}%", share * 100.0); }

namespace {
// East Asian Wide and Fullwidth ranges (Unicode UAX #11), enough for CJK text,
// fullwidth punctuation and Hangul; everything else counts one column.
bool wide(char32_t c) noexcept {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}
}  // namespace

std::size_t columns(std::string_view s) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    // ANSI colour sequences (ESC [ ... m) take no columns.
    if (c == 0x1b && i + 1 < s.size() && s[i + 1] == '[') {
      std::size_t j = i + 2;
      while (j < s.size() && s[j] != 'm') ++j;
      i = j + 1;
      continue;
    }
    std::size_t len = 0;
    n += wide(io::code_point_at(s, i, len)) ? 2 : 1;
    i += len;
  }
  return n;
}

std::string pad(std::string_view s, std::size_t width) {
  std::string out(s);
  for (std::size_t w = columns(s); w < width; ++w) out += ' ';
  return out;
}

std::string pad_left(std::string_view s, std::size_t width) {
  const std::size_t w = columns(s);
  return std::string(w < width ? width - w : 0, ' ') + std::string(s);
}

}  // namespace i18n
SHIXIAN_NAMESPACE_END
