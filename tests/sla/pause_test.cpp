// Pausing a clock: paused time counts on no clock. Checked against minute stepping
// that skips the paused minutes, and by hand across a holiday and a DST change.
#include <date/tz.h>
#include <doctest/doctest.h>
#include <random>

#include "shixian/calendar/calendar.hpp"
#include "shixian/sla/deadlines.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;
using std::chrono::minutes;
using std::chrono::sys_seconds;

namespace {

const char* rules_text = R"(
name = "pause-test"
classes = ["c"]
events = ["received", "waiting", "back", "done"]
[schedules.hq]
days = "every"
windows = ["08:30-17:30"]
[[stages]]
id = "elapsed"
start = "received"
end = "done"
clock = "elapsed"
targets = [{ target = "30h" }]
[[stages]]
id = "business"
start = "received"
end = "done"
clock = "business_time"
schedule = "hq"
targets = [{ target = "600m" }]
[[stages]]
id = "wd"
start = "received"
end = "done"
clock = "working_days"
targets = [{ target = "3wd" }]
[[pauses]]
stage = "elapsed"
pause = "waiting"
resume = "back"
[[pauses]]
stage = "business"
pause = "waiting"
resume = "back"
[[pauses]]
stage = "wd"
pause = "waiting"
resume = "back"
)";

struct Setup {
  RuleSetPtr rs = parse_rule_set(rules_text, "pause-test.toml");
  CalendarPtr cal = default_calendar();
};

// Minute stepping: does the minute starting at t count on stage `stage`'s clock?
bool counts(const char* stage, const Calendar& cal, const date::time_zone* tz, sys_seconds start,
            sys_seconds t) {
  const auto local = date::make_zoned(tz, t).get_local_time();
  const auto day = date::floor<date::days>(local);
  const auto tod = local - day;
  if (std::string(stage) == "elapsed") return true;
  if (std::string(stage) == "business") return tod >= minutes{510} && tod < minutes{1050};
  const auto start_day = date::floor<date::days>(date::make_zoned(tz, start).get_local_time());
  return day > start_day && cal.is_working(Date{day.time_since_epoch()}).value;
}

sys_seconds reference(const char* stage, minutes target, const Calendar& cal, const date::time_zone* tz,
                      sys_seconds start, sys_seconds pause, sys_seconds resume) {
  minutes acc{0};
  for (auto t = start;; t += minutes{1}) {
    const bool paused = t >= pause && t < resume;
    if (!paused && counts(stage, cal, tz, start, t)) {
      if (acc == target) return t;
      acc += minutes{1};
      if (acc == target) return t + minutes{1};
    }
  }
}

}  // namespace

TEST_CASE("a paused clock matches minute stepping that skips the paused minutes") {
  Setup s;
  const auto tz = date::locate_zone("Asia/Shanghai");
  const auto zone = Zone::shanghai();
  const DeadlineEngine engine{*s.rs, *s.cal, zone};
  std::mt19937 rng(21);
  std::uniform_int_distribution<int> day(0, 365 * 18), minute(0, 1439), gap(0, 3 * 1440), len(1, 6 * 1440);
  const struct {
    const char* stage;
    minutes target;
  } stages[] = {{"elapsed", minutes{30 * 60}}, {"business", minutes{600}}, {"wd", minutes{3 * 1440}}};
  for (int i = 0; i < 600; ++i) {
    const sys_seconds start = sys_seconds{date::sys_days{date::year{2008} / 1 / 1}} + date::days{day(rng)} +
                              minutes{minute(rng)};
    const sys_seconds pause = start + minutes{gap(rng)};
    const sys_seconds resume = pause + minutes{len(rng)};
    Ticket t;
    t.set(s.rs->event_at(0), Instant{start});
    t.set(s.rs->event_at(1), Instant{pause});
    t.set(s.rs->event_at(2), Instant{resume});
    for (const auto& st : stages) {
      CAPTURE(st.stage);
      CAPTURE(format_instant(Instant{start}, zone));
      CAPTURE(format_instant(Instant{pause}, zone));
      CAPTURE(format_instant(Instant{resume}, zone));
      const auto r = engine.stage(t, s.rs->stage_index(st.stage));
      REQUIRE(r.state == StageDeadline::State::computed);
      CHECK(format_instant(r.deadline, zone) ==
            format_instant(Instant{reference(st.stage, st.target, *s.cal, tz, start, pause, resume)}, zone));
    }
  }
}

TEST_CASE("a pause spanning Qingming and the London spring DST change") {
  Setup s;
  const auto zone = Zone::locate("Europe/London");
  const DeadlineEngine engine{*s.rs, *s.cal, zone};
  Ticket t;
  t.set(s.rs->event_at(0), parse_instant("2026-03-25T10:00", zone));  // Wed, GMT
  t.set(s.rs->event_at(1), parse_instant("2026-03-26T06:00", zone));  // 0.25 of Thu 26 used
  t.set(s.rs->event_at(2), parse_instant("2026-04-07T12:00", zone));  // Tue, BST; Qingming 4..6 April passed
  const auto r = engine.stage(t, s.rs->stage_index("wd"));
  REQUIRE(r.state == StageDeadline::State::computed);
  // 3wd - 0.25 = 2.75 left: half of 7 April, 8 and 9 April in full, then 0.25 of 10 April.
  CHECK(format_instant(r.deadline, zone) == "2026-04-10T06:00:00+01:00");
  // Elapsed: 30h less the 20h before the pause = 10h after the resume, in real hours.
  CHECK(format_instant(engine.stage(t, s.rs->stage_index("elapsed")).deadline, zone) ==
        "2026-04-07T22:00:00+01:00");
}

TEST_CASE("a pause that never resumes leaves the stage without a deadline, saying how much ran") {
  Setup s;
  const auto zone = Zone::shanghai();
  const DeadlineEngine engine{*s.rs, *s.cal, zone};
  Ticket t;
  t.set(s.rs->event_at(0), parse_instant("2026-11-20T09:00", zone));
  t.set(s.rs->event_at(1), parse_instant("2026-11-20T11:00", zone));
  const auto b = engine.stage(t, s.rs->stage_index("business"));
  CHECK(b.state == StageDeadline::State::paused);
  CHECK(b.used == Duration{std::chrono::minutes{120}});
  // A deadline that falls before the pause is unaffected by it.
  t.set(s.rs->event_at(1), parse_instant("2026-11-22T11:00", zone));
  const auto e = engine.stage(t, s.rs->stage_index("elapsed"));
  CHECK(e.state == StageDeadline::State::computed);
  CHECK(format_instant(e.deadline, zone) == "2026-11-21T15:00:00+08:00");
}

TEST_CASE("a pause beginning past the calendar after a deadline within it needs no uncovered day") {
  Setup s;
  const auto zone = Zone::shanghai();
  const DeadlineEngine engine{*s.rs, *s.cal, zone};
  Ticket t;
  t.set(s.rs->event_at(0), parse_instant("2026-12-01T10:00", zone));
  t.set(s.rs->event_at(1), parse_instant("2027-01-20T10:00", zone));
  t.set(s.rs->event_at(2), parse_instant("2027-01-21T10:00", zone));
  const auto wd = engine.stage(t, s.rs->stage_index("wd"));
  REQUIRE_MESSAGE(wd.state == StageDeadline::State::computed, wd.error);
  CHECK(format_instant(wd.deadline, zone) == "2026-12-05T00:00:00+08:00");  // 3wd: 12-02, 03, 04
  const auto b = engine.stage(t, s.rs->stage_index("business"));
  REQUIRE_MESSAGE(b.state == StageDeadline::State::computed, b.error);
  CHECK(format_instant(b.deadline, zone) == "2026-12-02T11:00:00+08:00");  // 7h30 on 12-01, 2h30 on 12-02
}

TEST_CASE("a zero target is held back by a pause over its first instant; a pause still open leaves no deadline") {
  const auto rs = parse_rule_set(R"(
name = "zero"
classes = ["c"]
events = ["received", "waiting", "back", "done"]
[schedules.hq]
days = "every"
windows = ["08:30-17:30"]
[[stages]]
id = "business"
start = "received"
end = "done"
clock = "business_time"
schedule = "hq"
targets = [{ target = "0m" }]
[[pauses]]
stage = "business"
pause = "waiting"
resume = "back"
)",
                                 "zero.toml");
  const auto zone = Zone::shanghai();
  const DeadlineEngine engine{rs, default_calendar(), zone};
  Ticket t;
  t.set(rs->event_at(0), parse_instant("2026-11-19T20:00", zone));
  t.set(rs->event_at(1), parse_instant("2026-11-19T21:00", zone));
  t.set(rs->event_at(2), parse_instant("2026-11-20T10:00", zone));
  const auto b = engine.stage(t, rs->stage_index("business"));
  REQUIRE(b.state == StageDeadline::State::computed);
  CHECK(format_instant(b.deadline, zone) == "2026-11-20T10:00:00+08:00");  // not 08:30, inside the pause
  t.clear(rs->event_at(2));
  CHECK(engine.stage(t, rs->stage_index("business")).state == StageDeadline::State::paused);
}

// Found by a DST trial with an independent oracle (session 23): a 0d or 0wd target (by the
// end of the day it starts) with a pause later that day ended when the pause did (12:00),
// earlier than without the pause (24:00), and lost its roll; check then called the stage
// breached by 6 hours wall, 0 on its clock. A day clock with nothing to run has run out
// at its start, and a pause after that is not its concern (RULES.md §3).
TEST_CASE("a zero day target is not moved by a pause after its start; the roll stays") {
  const auto rs = parse_rule_set(R"(
name = "zero-days"
classes = ["c"]
events = ["received", "waiting", "back", "done"]
[[stages]]
id = "cd"
start = "received"
end = "done"
clock = "calendar_days"
targets = [{ target = "0d" }]
[[stages]]
id = "cdroll"
start = "received"
end = "done"
clock = "calendar_days"
targets = [{ target = "0d", roll = "next_working_day" }]
[[stages]]
id = "wd"
start = "received"
end = "done"
clock = "working_days"
targets = [{ target = "0wd" }]
[[stages]]
id = "el"
start = "received"
end = "done"
clock = "elapsed"
targets = [{ target = "0h" }]
[[pauses]]
stage = "cd"
pause = "waiting"
resume = "back"
[[pauses]]
stage = "cdroll"
pause = "waiting"
resume = "back"
[[pauses]]
stage = "wd"
pause = "waiting"
resume = "back"
[[pauses]]
stage = "el"
pause = "waiting"
resume = "back"
)",
                                 "zero-days.toml");
  const auto zone = Zone::shanghai();
  const DeadlineEngine engine{rs, default_calendar(), zone};
  for (const char* received : {"2026-07-18T10:00", "2026-07-20T10:00"}) {  // a Saturday, a Monday
    CAPTURE(received);
    Ticket plain;
    plain.set(rs->event_at(0), parse_instant(received, zone));
    Ticket paused = plain;
    const std::string day(received, 10);
    paused.set(rs->event_at(1), parse_instant(day + "T11:00", zone));
    paused.set(rs->event_at(2), parse_instant(day + "T12:00", zone));
    for (const char* stage : {"cd", "cdroll", "wd", "el"}) {
      CAPTURE(stage);
      const auto a = engine.stage(plain, rs->stage_index(stage)), b = engine.stage(paused, rs->stage_index(stage));
      REQUIRE(a.state == StageDeadline::State::computed);
      REQUIRE(b.state == StageDeadline::State::computed);
      CHECK(format_instant(b.deadline, zone) == format_instant(a.deadline, zone));
    }
  }
  // A pause that begins with the stage holds it (a review of session 23's fix): still open,
  // no deadline; resumed on Thursday 07-23 at 12:00, the day's end, as from a start.
  Ticket held;
  held.set(rs->event_at(0), parse_instant("2026-07-20T10:00", zone));
  held.set(rs->event_at(1), parse_instant("2026-07-20T10:00", zone));
  for (const char* stage : {"cd", "cdroll", "wd", "el"})
    CHECK(engine.stage(held, rs->stage_index(stage)).state == StageDeadline::State::paused);
  held.set(rs->event_at(2), parse_instant("2026-07-23T12:00", zone));
  for (const char* stage : {"cd", "cdroll", "wd"})
    CHECK(format_instant(engine.stage(held, rs->stage_index(stage)).deadline, zone) == "2026-07-24T00:00:00+08:00");
  CHECK(format_instant(engine.stage(held, rs->stage_index("el")).deadline, zone) == "2026-07-23T12:00:00+08:00");
  held.set(rs->event_at(2), parse_instant("2026-07-25T12:00", zone));  // a Saturday: the roll to Monday's end
  CHECK(format_instant(engine.stage(held, rs->stage_index("cd")).deadline, zone) == "2026-07-26T00:00:00+08:00");
  CHECK(format_instant(engine.stage(held, rs->stage_index("cdroll")).deadline, zone) == "2026-07-28T00:00:00+08:00");
  // The values, by RULES.md: 24:00 of the day; rolled from Saturday to Monday's end.
  Ticket t;
  t.set(rs->event_at(0), parse_instant("2026-07-18T10:00", zone));
  CHECK(format_instant(engine.stage(t, rs->stage_index("cd")).deadline, zone) == "2026-07-19T00:00:00+08:00");
  CHECK(format_instant(engine.stage(t, rs->stage_index("cdroll")).deadline, zone) == "2026-07-21T00:00:00+08:00");
}

TEST_CASE("paused time is not 'used' for at-risk measures") {
  Setup s;
  const auto zone = Zone::shanghai();
  const ClockContext ctx{*s.cal, zone};
  Ticket t;
  t.set(s.rs->event_at(0), parse_instant("2026-11-20T09:00", zone));
  t.set(s.rs->event_at(1), parse_instant("2026-11-20T10:00", zone));
  t.set(s.rs->event_at(2), parse_instant("2026-11-20T15:00", zone));
  const auto& stage = s.rs->stages[static_cast<std::size_t>(s.rs->stage_index("elapsed"))];
  const auto spans = paused_spans(stage, t, t.event(0));
  CHECK(paused_clock_used(*s.rs, stage.targets[0], t.event(0), parse_instant("2026-11-20T16:00", zone), spans, ctx) ==
        Duration{std::chrono::hours{2}});
}
