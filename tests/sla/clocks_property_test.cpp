// The clocks against slow, obviously-correct references written here: business time
// by stepping minute by minute in absolute time (local times via date::zoned_time,
// not shixian's Zone), working days by walking the calendar day by day. Thousands of
// seeded random tickets over 2008..2026, in Shanghai and in two DST zones.
#include <date/tz.h>
#include <doctest/doctest.h>
#include <random>

#include "shixian/calendar/calendar.hpp"
#include "shixian/sla/clocks.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;
using std::chrono::minutes;
using std::chrono::seconds;
using std::chrono::hours;
using std::chrono::sys_seconds;
using std::chrono::duration_cast;

namespace {

const char* rules_text = R"(
name = "clock-test"
classes = ["c"]
events = ["a", "b"]
[schedules.every]          # the 95580 centre
days = "every"
windows = ["08:30-17:30"]
[schedules.office]         # a branch with a lunch break, working days only
days = "working"
windows = ["09:00-12:00", "13:30-17:30"]
[schedules.night]          # straddles the 01:00-02:00 DST changes in London and New York
days = "every"
windows = ["00:30-03:30", "22:00-24:00"]
[[stages]]
id = "s"
start = "a"
end = "b"
targets = [{ target = "1h" }]
)";

struct Ref {
  const date::time_zone* tz;
  const Calendar& cal;
  LocalTime local(sys_seconds t) const {
    return LocalTime{date::make_zoned(tz, t).get_local_time().time_since_epoch()};
  }
  // Is the minute starting at t inside a window of s?
  bool in_window(const Schedule& s, sys_seconds t) const {
    const auto l = local(t);
    const Date d = date_of(l);
    if (s.working_days_only && !cal.is_working(d).value) return false;
    const auto tod = duration_cast<seconds>(l - LocalTime{d});
    for (const auto& w : s.windows)
      if (tod >= w.open && tod < w.close) return true;
    return false;
  }
  sys_seconds business_deadline(const Schedule& s, sys_seconds start, minutes target) const {
    auto t = start;
    minutes acc{0};
    while (true) {
      if (in_window(s, t)) {
        if (acc == target) return t;
        acc += minutes{1};
        if (acc == target) return t + minutes{1};
      }
      t += minutes{1};
    }
  }
  minutes business_between(const Schedule& s, sys_seconds a, sys_seconds b) const {
    minutes acc{0};
    for (auto t = a; t < b; t += minutes{1}) acc += in_window(s, t) ? minutes{1} : minutes{0};
    return acc;
  }
  sys_seconds working_days_deadline(sys_seconds start, int n) const {
    Date d = date_of(local(start));
    for (int k = 0; k < n;) {
      d += days{1};
      if (cal.is_working(d).value) ++k;
    }
    const auto next = date::local_seconds{(d + days{1}).time_since_epoch()};
    return date::make_zoned(tz, next, date::choose::earliest).get_sys_time();
  }
};

Instant inst(sys_seconds s) { return Instant{s}; }

void run_business(const char* zone_name, const char* schedule, std::uint32_t seed, int cases,
                  date::sys_days from, int span_days) {
  const auto rules = parse_rule_set(rules_text, "clock-test.toml");
  const auto cal = default_calendar();
  const auto zone = Zone::locate(zone_name);
  const Ref ref{date::locate_zone(zone_name), *cal};
  const ClockContext ctx{*cal, zone};
  const Schedule* s = nullptr;
  for (const auto& x : rules->schedules)
    if (x.id == schedule) s = &x;
  REQUIRE(s);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> day(0, span_days), minute(0, 24 * 60 - 1), target(0, 900);
  for (int i = 0; i < cases; ++i) {
    const sys_seconds start = sys_seconds{from} + days{day(rng)} + minutes{minute(rng)};
    const minutes tgt{target(rng)};
    CAPTURE(zone_name);
    CAPTURE(schedule);
    CAPTURE(format_instant(inst(start), zone));
    CAPTURE(tgt.count());
    const auto want = ref.business_deadline(*s, start, tgt);
    const auto got = business_time_deadline(*s, inst(start), tgt, ctx);
    REQUIRE(format_instant(got.at, zone) == format_instant(inst(want), zone));
    // The measure agrees too, and is exactly the target at the deadline.
    const sys_seconds mid = start + minutes{minute(rng) * 3};
    CHECK(business_time_between(*s, inst(start), inst(mid), ctx) == ref.business_between(*s, start, mid));
    CHECK(business_time_between(*s, inst(start), got.at, ctx) == tgt);
  }
}

}  // namespace

TEST_CASE("business_time matches minute stepping: 95580 window, Shanghai, 2008..2026") {
  run_business("Asia/Shanghai", "every", 1, 1500, date::sys_days{date::year{2008} / 1 / 1}, 365 * 19);
}

TEST_CASE("business_time matches minute stepping: working-day windows with a lunch break") {
  run_business("Asia/Shanghai", "office", 2, 1500, date::sys_days{date::year{2008} / 1 / 1}, 365 * 19);
  // Around the long breaks, year ends and make-up weekends.
  run_business("Asia/Shanghai", "office", 3, 300, date::sys_days{date::year{2025} / 12 / 20}, 60);
  run_business("Asia/Shanghai", "office", 4, 300, date::sys_days{date::year{2026} / 9 / 20}, 30);
}

TEST_CASE("business_time matches minute stepping across DST changes in London and New York") {
  // Windows that straddle the 01:00-02:00 changes, in the weeks around them.
  run_business("Europe/London", "night", 5, 400, date::sys_days{date::year{2026} / 3 / 20}, 14);
  run_business("Europe/London", "night", 6, 400, date::sys_days{date::year{2026} / 10 / 18}, 14);
  run_business("America/New_York", "night", 7, 400, date::sys_days{date::year{2026} / 3 / 3}, 14);
  run_business("America/New_York", "night", 8, 400, date::sys_days{date::year{2025} / 10 / 28}, 14);
  run_business("Europe/London", "every", 9, 400, date::sys_days{date::year{2026} / 3 / 20}, 14);
  run_business("America/New_York", "office", 10, 400, date::sys_days{date::year{2026} / 10 / 25}, 14);
}

TEST_CASE("business_time matches minute stepping where a whole day or a midnight is skipped") {
  // Samoa skipped 2011-12-30 (-10:00 to +14:00 at its midnight): a measure across it
  // counted the missing day's windows (the stretch before the change ended on the
  // next day's date), so contact plans put two attempts on one minute.
  run_business("Pacific/Apia", "every", 11, 400, date::sys_days{date::year{2011} / 12 / 25}, 10);
  run_business("Pacific/Apia", "night", 12, 400, date::sys_days{date::year{2011} / 12 / 25}, 10);
  // Midnight skipped (Tehran's spring change at 00:00 in 2017, Havana's in March) and
  // shown twice (Havana's autumn change, 01:00 back to 00:00). Not the night windows on
  // Havana's autumn day: one opening at 00:30 inside the repeated hour opens at its first
  // occurrence and holds the real time to its close (RULES.md §3), where this reference
  // counts only minutes whose local reading is inside it (30 minutes fewer).
  run_business("Asia/Tehran", "night", 13, 300, date::sys_days{date::year{2017} / 3 / 18}, 6);
  run_business("America/Havana", "night", 14, 300, date::sys_days{date::year{2025} / 3 / 6}, 6);
  run_business("America/Havana", "every", 15, 300, date::sys_days{date::year{2025} / 10 / 30}, 6);
  run_business("America/Havana", "every", 16, 300, date::sys_days{date::year{2025} / 3 / 6}, 6);
}

TEST_CASE("working_days matches a day-by-day walk, in Shanghai and DST zones") {
  const auto cal = default_calendar();
  for (const char* zone_name : {"Asia/Shanghai", "Europe/London", "America/New_York"}) {
    const auto zone = Zone::locate(zone_name);
    const Ref ref{date::locate_zone(zone_name), *cal};
    const ClockContext ctx{*cal, zone};
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> day(0, 365 * 19 - 40), second(0, 86399), n(0, 15);
    for (int i = 0; i < 2000; ++i) {
      const sys_seconds start =
          sys_seconds{date::sys_days{date::year{2008} / 1 / 1}} + days{day(rng)} + seconds{second(rng)};
      const int k = n(rng);
      CAPTURE(zone_name);
      CAPTURE(format_instant(inst(start), zone));
      CAPTURE(k);
      const auto got = working_days_deadline(inst(start), k, std::nullopt, ctx);
      REQUIRE(got.at == inst(ref.working_days_deadline(start, k)));
      CHECK_FALSE(got.provisional);
      // On the working_days clock the deadline is exactly k full days used.
      CHECK(working_days_used(inst(start), got.at, std::nullopt, ctx) == Duration{days{k}});
    }
  }
}

TEST_CASE("working_days with a cut-off ends at the cut-off on the N-th working day") {
  const auto cal = default_calendar();
  const auto zone = Zone::shanghai();
  const ClockContext ctx{*cal, zone};
  const auto d = working_days_deadline(parse_instant("2026-09-30T10:00", zone), 4, hours{17} + minutes{30}, ctx);
  CHECK(format_instant(d.at, zone) == "2026-10-12T17:30:00+08:00");
  // Half of the 4th day's 17h30 has run by 08:45.
  const auto used = working_days_used(parse_instant("2026-09-30T10:00", zone),
                                      parse_instant("2026-10-12T08:45", zone), hours{17} + minutes{30}, ctx);
  CHECK(used == Duration{(hours{17} + minutes{30}) * 3 + hours{8} + minutes{45}});
}

// The elapsed clock counts real time: across a DST change its deadline is start +
// target in absolute time (checked through date::zoned_time, not shixian's Zone), and
// its measure over [start, deadline) is the target. A clock that added the target to
// the local time would be an hour off on both days.
TEST_CASE("elapsed time ignores DST: 24h across London's changes is 24 real hours, measured as 24h") {
  const auto rules = parse_rule_set(rules_text, "clock-test");
  const auto cal = default_calendar();
  const auto* tz = date::locate_zone("Europe/London");
  for (const char* zone_name : {"Europe/London", "America/New_York", "Asia/Shanghai"}) {
    const ClockContext ctx{cal, Zone::locate(zone_name)};
    Target t;
    t.clock = ClockKind::elapsed;
    t.duration = hours{24};
    for (const auto* start_text : {"2026-03-28T12:00", "2026-10-24T12:00", "2026-03-07T12:00", "2026-11-20T17:45"}) {
      CAPTURE(zone_name);
      CAPTURE(start_text);
      const Instant start = parse_instant(start_text, ctx.zone);
      const auto d = target_deadline(*rules, t, start, ctx);
      CHECK(d.at - start == hours{24});
      CHECK(clock_used(*rules, t, start, d.at, ctx) == hours{24});
      CHECK(clock_used(*rules, t, start, start + hours{6}, ctx) == hours{6});
    }
  }
  // The same, in the words a user reads: 12:00 GMT + 24 h is 13:00 BST the next day.
  const ClockContext london{cal, Zone::locate("Europe/London")};
  Target t;
  t.clock = ClockKind::elapsed;
  t.duration = hours{24};
  const auto spring = target_deadline(*rules, t, parse_instant("2026-03-28T12:00", london.zone), london).at;
  CHECK(format_instant(spring, london.zone) == "2026-03-29T13:00:00+01:00");
  CHECK(date::make_zoned(tz, date::floor<seconds>(spring)).get_local_time() ==
        date::local_days{date::year{2026} / 3 / 29} + hours{13});
  const auto autumn = target_deadline(*rules, t, parse_instant("2026-10-24T12:00", london.zone), london).at;
  CHECK(format_instant(autumn, london.zone) == "2026-10-25T11:00:00+00:00");
}
