// `calendar export`: the ICS parsed back equals the calendar (issue 14 item 6).
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "shixian/calendar/calendar_file.hpp"
#include "shixian/calendar/export.hpp"
#include "shixian/time/text.hpp"
#include "support/process.hpp"

using namespace shixian;

namespace {

struct Event {
  std::map<std::string, std::string> props;  // name (parameters dropped) -> value
};

Date compact_date(const std::string& s) {
  REQUIRE(s.size() == 8);
  return parse_date(s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2));
}

// RFC 5545 reading: every line ends CRLF, at most 75 octets; a line starting with a
// space continues the previous one.
std::vector<Event> parse_ics(const std::string& text, std::string& calendar_name) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto end = text.find("\r\n", at);
    REQUIRE_MESSAGE(end != std::string::npos, "a line without CRLF at byte " << at);
    const auto line = text.substr(at, end - at);
    CHECK_MESSAGE(line.size() <= 75, line);
    CHECK(line.find('\n') == std::string::npos);
    if (!line.empty() && line[0] == ' ') lines.back() += line.substr(1);
    else lines.push_back(line);
    at = end + 2;
  }
  REQUIRE(!lines.empty());
  CHECK(lines.front() == "BEGIN:VCALENDAR");
  CHECK(lines.back() == "END:VCALENDAR");
  std::vector<Event> events;
  Event* cur = nullptr;
  for (const auto& l : lines) {
    if (l == "BEGIN:VEVENT") {
      events.emplace_back();
      cur = &events.back();
      continue;
    }
    if (l == "END:VEVENT") {
      cur = nullptr;
      continue;
    }
    const auto colon = l.find(':');
    REQUIRE(colon != std::string::npos);
    auto name = l.substr(0, colon);
    name = name.substr(0, name.find(';'));
    if (cur) cur->props[name] = l.substr(colon + 1);
    else if (name == "X-WR-CALNAME") calendar_name = l.substr(colon + 1);
  }
  return events;
}

}  // namespace

TEST_CASE("calendar export --format ics, parsed back, holds exactly the calendar's holidays and make-up days") {
  for (const char* lang : {"zh", "en"}) {
    CAPTURE(lang);
    const auto r = test::run_cli(std::string("--lang ") + lang + " calendar export 2025 --to 2026 --format ics");
    REQUIRE_MESSAGE(r.code == 0, r.err);
    std::string name;
    const auto events = parse_ics(r.out, name);
    // The calendar's name in the chosen language: no English under zh (an operations
    // user's trial, session 30: "China mainland (中国大陆) — 节假日与调休上班日").
    CHECK(name.find(std::string(lang) == "zh" ? "中国大陆 — 节假日" : "China mainland") != std::string::npos);
    if (std::string(lang) == "zh") CHECK(name.find("China") == std::string::npos);
    const auto cal = default_calendar();
    std::set<std::string> uids;
    std::map<Date, std::string> exported;  // day -> kind
    for (const auto& e : events) {
      for (const char* p : {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "X-SHIXIAN-KIND", "TRANSP", "CATEGORIES"})
        REQUIRE_MESSAGE(e.props.contains(p), p);
      CHECK(uids.insert(e.props.at("UID")).second);
      CHECK(std::regex_match(e.props.at("DTSTAMP"), std::regex(R"(\d{8}T\d{6}Z)")));
      const Date from = compact_date(e.props.at("DTSTART")), to = compact_date(e.props.at("DTEND"));
      CHECK(from < to);  // DTEND is the day after the last (RFC 5545 §3.6.1)
      const auto& kind = e.props.at("X-SHIXIAN-KIND");
      for (Date d = from; d < to; d += days{1}) {
        const auto info = cal->day(d);
        CHECK_MESSAGE(kind_id(info.kind) == kind, format_date(d));
        CHECK(e.props.at("SUMMARY").find(std::string(info.name)) != std::string::npos);
        CHECK(e.props.at("TRANSP") == (info.working ? "OPAQUE" : "TRANSPARENT"));
        CHECK(exported.emplace(d, kind).second);  // no day in two events
      }
      if (kind == "makeup") CHECK(e.props.at("CATEGORIES") == "MAKEUP-WORKDAY");
    }
    // And the other way: every holiday and make-up day of the years is in an event.
    int holidays = 0, makeups = 0;
    for (Date d = parse_date("2025-01-01"); d <= parse_date("2026-12-31"); d += days{1}) {
      const auto k = cal->day(d).kind;
      if (k != DayKind::holiday && k != DayKind::makeup) continue;
      holidays += k == DayKind::holiday;
      makeups += k == DayKind::makeup;
      CHECK_MESSAGE(exported.contains(d), format_date(d));
    }
    CHECK(holidays > 40);
    CHECK(makeups > 8);
    CHECK(exported.size() == static_cast<std::size_t>(holidays + makeups));
  }
  // Oct 2026: National Day 1-7 as one event, and the make-up Saturday 10th.
  const auto r = test::run_cli("--lang zh calendar export 2026");
  CHECK(r.out.find("DTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261008\r\nSUMMARY:国庆节（节假日）") != std::string::npos);
  CHECK(r.out.find("DTSTART;VALUE=DATE:20261010\r\nDTEND;VALUE=DATE:20261011\r\nSUMMARY:国庆节（调休上班日）") != std::string::npos);
}

TEST_CASE("ICS lines fold at 75 octets, never inside a UTF-8 character") {
  const std::string line = "SUMMARY:" + std::string(40, 'x') + [] {
    std::string s;
    for (int i = 0; i < 40; ++i) s += "国庆节";
    return s;
  }();
  const auto folded = fold_ics_line(line);
  std::string unfolded;
  std::size_t at = 0;
  while (at < folded.size()) {
    const auto end = folded.find("\r\n", at);
    const auto l = folded.substr(at, end - at);
    CHECK(l.size() <= 75);
    // A continuation's first octet after the space is never a UTF-8 continuation byte.
    if (at > 0) CHECK((static_cast<unsigned char>(l[1]) & 0xC0) != 0x80);
    unfolded += at == 0 ? l : l.substr(1);
    at = end + 2;
  }
  CHECK(unfolded == line);
}

TEST_CASE("calendar export: CSV rows, and errors name the value") {
  const auto r = test::run_cli("calendar export 2026 --format csv");
  REQUIRE(r.code == 0);
  CHECK(r.out.rfind("date,kind,working,name\r\n", 0) == 0);
  CHECK(r.out.find("2026-10-10,makeup,true,国庆节\r\n") != std::string::npos);
  CHECK(r.out.find("2026-10-01,holiday,false,国庆节\r\n") != std::string::npos);
  const auto past = test::run_cli("calendar export 2026 --to 2027");
  CHECK(past.code == 1);
  CHECK(past.err.find("2027") != std::string::npos);
  const auto back = test::run_cli("calendar export 2026 --to 2025");
  CHECK(back.code == 1);
  CHECK(back.err.find("2025") != std::string::npos);
  CHECK(test::run_cli("calendar export 2026 --format pdf").code != 0);
}

// DTSTAMP was the wall clock, so no two exports of the same calendar were the same bytes
// (a bank that commits its export, or diffs two, saw every event change). The stamp is
// now --stamp, else SOURCE_DATE_EPOCH, else the clock; everything else is the data's.
TEST_CASE("calendar export --stamp or SOURCE_DATE_EPOCH makes the ICS byte-identical across runs") {
  const auto a = test::run_cli("--lang zh calendar export 2026 --stamp 2026-12-01T08:00+08:00");
  REQUIRE(a.code == 0);
  CHECK(a.out.find("DTSTAMP:20261201T000000Z\r\n") != std::string::npos);
  ::sleep(1);  // a clock stamp would now differ by at least a second
  CHECK(test::run_cli("--lang zh calendar export 2026 --stamp 2026-12-01T00:00Z").out == a.out);
  ::setenv("SOURCE_DATE_EPOCH", "1764547200", 1);  // 2025-12-01T00:00:00Z
  const auto e1 = test::run_cli("calendar export 2026");
  ::sleep(1);
  const auto e2 = test::run_cli("calendar export 2026");
  CHECK(e1.out.find("DTSTAMP:20251201T000000Z\r\n") != std::string::npos);
  CHECK(e1.out == e2.out);
  CHECK(test::run_cli("calendar export 2026 --stamp 2026-12-01T00:00Z").out.find("DTSTAMP:20261201T") !=
        std::string::npos);  // --stamp wins over the environment
  ::setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
  const auto bad = test::run_cli("calendar export 2026");
  CHECK(bad.code == 1);
  CHECK(bad.err.find("SOURCE_DATE_EPOCH 'yesterday'") != std::string::npos);
  ::unsetenv("SOURCE_DATE_EPOCH");
  const auto worse = test::run_cli("calendar export 2026 --stamp 2026-13-01");
  CHECK(worse.code == 1);
  CHECK(worse.err.find("--stamp: '2026-13-01'") != std::string::npos);
}

// A run crossing the years asked for was cut at their ends, so one UID said two things
// (20181230's holiday ended 2019-01-01 in the 2018 export, 2019-01-02 in 2018..2019's)
// and the 2019 export held 2019-01-01 again under another UID (an operations user's
// trial, session 30): every export gives a UID the same event, the run whole.
TEST_CASE("an ICS event's UID says the same thing whatever years are exported") {
  std::map<std::string, std::pair<std::string, std::string>> seen;  // UID -> (DTSTART, DTEND)
  for (const std::string years : {"2018", "2018 --to 2019", "2019", "2007", "2008"}) {
    CAPTURE(years);
    const auto r = test::run_cli("calendar export " + years + " --format ics --stamp 2026-12-01T00:00:00Z");
    REQUIRE(r.code == 0);
    std::string name;
    std::set<std::string> in_events;  // each day in one event of this export
    for (const auto& e : parse_ics(r.out, name)) {
      const auto uid = e.props.at("UID"), start = e.props.at("DTSTART"), end = e.props.at("DTEND");
      const auto [it, fresh] = seen.try_emplace(uid, start, end);
      CHECK_MESSAGE(it->second == std::make_pair(start, end), uid);
      for (Date d = compact_date(start); d < compact_date(end); d += date::days{1}) CHECK(in_events.insert(format_date(d)).second);
    }
  }
  CHECK(seen.at("20181230-holiday-cn@shixian") == std::make_pair(std::string("20181230"), std::string("20190102")));
  CHECK_FALSE(seen.count("20190101-holiday-cn@shixian"));
}

// Exporting a year without its notice advised --provisional, which the export refuses
// too (an operations user's trial, session 30): the advice that helps, loading the notice.
TEST_CASE("calendar export of an uncovered year says to load that year's notice, not --provisional") {
  for (const std::string args : {"calendar export 2027 --format ics", "--provisional calendar export 2027",
                                 "--lang zh calendar export 2027"}) {
    CAPTURE(args);
    const auto r = test::run_cli(args);
    CHECK(r.code == 1);
    CHECK(r.err.find("--calendar 2027.cal") != std::string::npos);
    CHECK(r.err.find("use --provisional for") == std::string::npos);
  }
}
