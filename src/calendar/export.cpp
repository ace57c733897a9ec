// Calendar export: see include/shixian/calendar/export.hpp.
#include "shixian/calendar/export.hpp"

#include <fmt/format.h>

#include "shixian/i18n/words.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN

std::string_view kind_id(DayKind k) noexcept {
  switch (k) {
    case DayKind::weekday: return "weekday";
    case DayKind::weekend: return "weekend";
    case DayKind::holiday: return "holiday";
    case DayKind::makeup: return "makeup";
    case DayKind::closed: return "closed";
    case DayKind::opened: return "opened";
    case DayKind::uncovered: return "uncovered";
  }
  return "weekday";
}

std::string fold_ics_line(std::string_view line) {
  std::string out;
  std::size_t used = 0;  // octets on the current physical line
  for (std::size_t i = 0; i < line.size();) {
    // The whole UTF-8 character goes on one line.
    const auto c = static_cast<unsigned char>(line[i]);
    std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + len > line.size()) len = 1;
    if (used + len > 75) {
      out += "\r\n ";
      used = 1;  // the leading space counts
    }
    out.append(line.substr(i, len));
    used += len;
    i += len;
  }
  return out + "\r\n";
}

namespace {

// TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11).
std::string ics_text(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == ';' || c == ',') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

std::string compact(Date d) {
  const date::year_month_day ymd{d};
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

bool exported(DayKind k) {
  return k == DayKind::holiday || k == DayKind::makeup || k == DayKind::closed || k == DayKind::opened;
}

void check_covered(const Calendar& cal, Date from, Date to) {
  cal.day(from, Coverage::strict);  // throws CoverageError naming the day and the range
  cal.day(to, Coverage::strict);
}

}  // namespace

std::string to_ics(const Calendar& cal, Date from, Date to, const i18n::Terms& terms, Instant stamp) {
  check_covered(cal, from, to);
  std::string out;
  auto line = [&](std::string_view l) { out += fold_ics_line(l); };
  const auto stamp_text = [&] {
    const auto s = std::chrono::floor<std::chrono::seconds>(stamp);
    const auto day = date::floor<date::days>(s);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss hms{s - day};
    return fmt::format("{}T{:02}{:02}{:02}Z", compact(Date{day.time_since_epoch()}), hms.hours().count(),
                       hms.minutes().count(), hms.seconds().count());
  }();
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//shixian//calendar export//" + std::string(terms.lang() == i18n::Lang::zh ? "ZH" : "EN"));
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  // A built-in calendar's title in the chosen language ([phrase] of data/terms).
  line("X-WR-CALNAME:" + ics_text(terms.fill("export.calname", {std::string(terms.name("phrase", cal.title()))})));
  line("X-WR-CALDESC:" + ics_text(terms.fill("export.caldesc", {cal.version()})));
  for (Date d = from; d <= to;) {
    const auto info = cal.day(d, Coverage::strict);
    if (!exported(info.kind)) {
      d += days{1};
      continue;
    }
    // A run is exported whole, whatever the years asked for: its UID names its first
    // day, and one UID must say one thing. Cut at the range's ends, the 2018 export's
    // 20181230 holiday ended 2019-01-01 and the 2018..2019 export's 2019-01-02, and the
    // 2019 export held the same day again under 20190101.
    Date start = d;
    while (cal.covers(start - days{1})) {
      const auto prev = cal.day(start - days{1}, Coverage::strict);
      if (prev.kind != info.kind || prev.name != info.name) break;
      start -= days{1};
    }
    Date end = d + days{1};
    while (cal.covers(end)) {
      const auto next = cal.day(end, Coverage::strict);
      if (next.kind != info.kind || next.name != info.name) break;
      end += days{1};
    }
    const bool rest = !info.working;
    const auto kind = kind_id(info.kind);
    line("BEGIN:VEVENT");
    line(fmt::format("UID:{}-{}-{}@shixian", compact(start), kind, cal.id()));
    line("DTSTAMP:" + stamp_text);
    line("DTSTART;VALUE=DATE:" + compact(start));
    line("DTEND;VALUE=DATE:" + compact(end));
    line("SUMMARY:" + ics_text(terms.fill("export.summary", {info.name.empty() ? std::string(i18n::day_term(info.kind, terms))
                                                                            : std::string(info.name),
                                                           i18n::day_term(info.kind, terms)})));
    line("DESCRIPTION:" + ics_text(terms.fill(rest ? "export.rest" : "export.work", {cal.version()})));
    line(fmt::format("CATEGORIES:{}", info.kind == DayKind::makeup ? "MAKEUP-WORKDAY"
                                      : info.kind == DayKind::holiday ? "HOLIDAY"
                                      : rest                          ? "CLOSED"
                                                                      : "WORKDAY"));
    line(rest ? "TRANSP:TRANSPARENT" : "TRANSP:OPAQUE");
    line(fmt::format("X-SHIXIAN-KIND:{}", kind));
    line("END:VEVENT");
    d = end;
  }
  line("END:VCALENDAR");
  return out;
}

std::string to_csv(const Calendar& cal, Date from, Date to) {
  check_covered(cal, from, to);
  std::string out = "date,kind,working,name\r\n";
  for (Date d = from; d <= to; d += days{1}) {
    const auto info = cal.day(d, Coverage::strict);
    if (!exported(info.kind)) continue;
    std::string name(info.name);
    if (name.find_first_of(",\"\r\n") != std::string::npos) {
      std::string q = "\"";
      for (char c : name) q += c == '"' ? std::string("\"\"") : std::string(1, c);
      name = q + "\"";
    }
    out += fmt::format("{},{},{},{}\r\n", format_date(d), kind_id(info.kind), info.working, name);
  }
  return out;
}

SHIXIAN_NAMESPACE_END
