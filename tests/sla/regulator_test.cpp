// The regulator's periods (issue 15 item 5; docs/REGULATOR.md): the worked examples of
// docs/REGULATOR.md, exact to the second, each a named test, and the calendar_days
// clock (arithmetic over the calendar's tables) against a day-walking oracle.
#include <doctest/doctest.h>

#include <random>

#include "shixian/calendar/calendar_file.hpp"
#include "shixian/error.hpp"
#include "shixian/sla/deadlines.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

namespace {

const Zone& shanghai() {
  static const Zone z = Zone::shanghai();
  return z;
}

// The decision stage's deadline, as text, or its error.
std::string decision(const char* rules, std::initializer_list<RuleSet::NamedTime> events,
                     std::initializer_list<std::string_view> flags = {}, CalendarPtr cal = default_calendar()) {
  const auto rs = load_rule_set(rules);
  const DeadlineEngine engine{rs, std::move(cal), shanghai()};
  const auto t = rs->ticket("complaint", events, shanghai(), flags);
  const auto d = engine.stage(t, rs->stage_index("decision"));
  if (d.state == StageDeadline::State::error) return "error: " + d.error;
  if (d.state == StageDeadline::State::paused) return "paused";
  return format_instant(d.deadline, shanghai());
}

Target calendar_days(int n, Roll roll, bool holidays_only = false) {
  Target t;
  t.clock = ClockKind::calendar_days;
  t.calendar_days = n;
  t.roll = roll;
  t.roll_holidays_only = holidays_only;
  return t;
}

std::string deadline_of(const Target& t, const char* start, CalendarPtr cal = default_calendar()) {
  const ClockContext ctx{std::move(cal), shanghai()};
  return format_instant(calendar_days_deadline(parse_instant(start, shanghai()), t, ctx).at, shanghai());
}

}  // namespace

TEST_CASE("regulator example 1: 15 days ending inside the National Day break end on the first working day after it") {
  // Received Fri 2026-09-18 15:30; day 1 is 09-19; day 15 is Sat 10-03, inside 10-01..10-07.
  CHECK(decision("regulator", {{"received", "2026-09-18T15:30:00"}}) == "2026-10-09T00:00:00+08:00");
  // Without the roll the period would end at 24:00 of 10-03.
  CHECK(deadline_of(calendar_days(15, Roll::none), "2026-09-18T15:30:00") == "2026-10-04T00:00:00+08:00");
  // Rolling off holidays only gives the same day here: 10-08 is the first non-holiday.
  CHECK(deadline_of(calendar_days(15, Roll::next_working_day, true), "2026-09-18T15:30:00") ==
        "2026-10-09T00:00:00+08:00");
}

TEST_CASE("regulator example 2: a period ending on a make-up working Saturday does not roll") {
  // Received Fri 2026-09-25 09:00; day 15 is Sat 10-10, a make-up working day (调休上班).
  CHECK(decision("regulator", {{"received", "2026-09-25T09:00:00"}}) == "2026-10-11T00:00:00+08:00");
  // On the settlement calendar that Saturday is closed (周末休市): it rolls to Mon 10-12.
  CHECK(decision("regulator", {{"received", "2026-09-25T09:00:00"}}, {}, builtin_calendar("settlement")) ==
        "2026-10-13T00:00:00+08:00");
}

TEST_CASE("regulator example 3: an ordinary weekend rolls with every rest day, not with holidays only") {
  // Received Fri 2026-11-06 10:00; day 15 is Sat 11-21.
  CHECK(decision("regulator", {{"received", "2026-11-06T10:00:00"}}) == "2026-11-24T00:00:00+08:00");
  CHECK(deadline_of(calendar_days(15, Roll::next_working_day, true), "2026-11-06T10:00:00") ==
        "2026-11-22T00:00:00+08:00");
}

TEST_CASE("regulator example 4: a complex case has 30 days, which also roll") {
  // Received Tue 2026-09-01 10:00: 15 days end Wed 09-16; 30 days end Thu 10-01 (holiday) -> 10-08.
  CHECK(decision("regulator", {{"received", "2026-09-01T10:00:00"}}) == "2026-09-17T00:00:00+08:00");
  CHECK(decision("regulator", {{"received", "2026-09-01T10:00:00"}}, {"complex"}) == "2026-10-09T00:00:00+08:00");
}

TEST_CASE("regulator example 5: the extension applies only once it is approved, 60 days at most") {
  // Received Mon 2026-08-10 11:00, complex: 30 days end Wed 09-09.
  CHECK(decision("regulator", {{"received", "2026-08-10T11:00:00"}}, {"complex"}) == "2026-09-10T00:00:00+08:00");
  // Extension approved 09-01: 60 days end Fri 10-09, a working day.
  CHECK(decision("regulator", {{"received", "2026-08-10T11:00:00"}, {"extension_approved", "2026-09-01T09:00:00"}},
                 {"complex"}) == "2026-10-10T00:00:00+08:00");
}

TEST_CASE("regulator example 6: time spent on appraisal is not counted") {
  // Received Mon 2026-11-02 10:00; the period begins 11-03 00:00. Appraisal from 11-05 10:00
  // to 11-12 10:00 (7 days): 2d10h had run, 12d14h remain from 11-12 10:00, running out at
  // 11-25 00:00, so the last day is Tue 11-24, a working day.
  CHECK(decision("regulator", {{"received", "2026-11-02T10:00:00"},
                               {"appraisal_started", "2026-11-05T10:00:00"},
                               {"appraisal_finished", "2026-11-12T10:00:00"}}) == "2026-11-25T00:00:00+08:00");
  // While the appraisal runs there is no deadline.
  CHECK(decision("regulator", {{"received", "2026-11-02T10:00:00"}, {"appraisal_started", "2026-11-05T10:00:00"}}) ==
        "paused");
}

TEST_CASE("regulator: a pause that begins after the days ran out, while the period rolls, takes nothing") {
  // Example 1's ticket (15 days end on holiday 10-03, roll to 10-09 00:00): the days ran
  // out at 10-04 00:00, so an appraisal from 10-05 changes nothing. The deadline was the
  // appraisal's end (10-05 10:01: earlier than without the pause), and while it ran,
  // "paused".
  const auto received = RuleSet::NamedTime{"received", "2026-09-18T15:30:00"};
  CHECK(decision("regulator", {received, {"appraisal_started", "2026-10-05T10:00:00"},
                               {"appraisal_finished", "2026-10-05T10:01:00"}}) == "2026-10-09T00:00:00+08:00");
  CHECK(decision("regulator", {received, {"appraisal_started", "2026-10-05T10:00:00"},
                               {"appraisal_finished", "2026-10-12T10:00:00"}}) == "2026-10-09T00:00:00+08:00");
  CHECK(decision("regulator", {received, {"appraisal_started", "2026-10-05T10:00:00"}}) == "2026-10-09T00:00:00+08:00");
  // One that begins before they ran out still pauses them (10h of day 15 had run).
  CHECK(decision("regulator", {received, {"appraisal_started", "2026-10-03T10:00:00"}}) == "paused");
}

TEST_CASE("regulator: a pause still open needs no calendar day past it, so none outside coverage") {
  // Without the appraisal the 15 days end in 2027, whose notice is not loaded: an error.
  // Paused after one day, the period has no deadline to compute: paused, not an error.
  CHECK(decision("regulator", {{"received", "2026-12-20T10:00:00"}, {"appraisal_started", "2026-12-21T10:00:00"}}) ==
        "paused");
}

TEST_CASE("regulator example 7: the older reading counts 15 working days") {
  // From Fri 2026-09-18: Sun 09-20 (make-up) is the 1st working day; the Mid-Autumn
  // break (09-25..27) and the National Day break (10-01..07) are skipped; Sat 10-10
  // (make-up) counts; the 15th working day is Thu 10-15.
  CHECK(decision("regulator-working-days", {{"received", "2026-09-18T15:30:00"}}) == "2026-10-16T00:00:00+08:00");
  CHECK(decision("regulator-working-days", {{"received", "2026-08-10T11:00:00"}, {"extension_approved", "2026-09-01T09:00:00"}}) ==
        "2026-10-10T00:00:00+08:00");
}

TEST_CASE("regulator: a last day outside the calendar is an error naming the missing notice") {
  const auto r = decision("regulator", {{"received", "2026-12-20T10:00:00"}});
  CHECK(r.find("error: ") == 0);
  CHECK(r.find("no notice for 2027 is loaded") != std::string::npos);
  // Without a roll no calendar day is needed at all.
  CHECK(deadline_of(calendar_days(15, Roll::none), "2026-12-20T10:00:00") == "2027-01-05T00:00:00+08:00");
}

TEST_CASE("rule files: calendar_days targets, roll settings and event conditions are strictly read") {
  auto err = [](const std::string& targets) {
    try {
      parse_rule_set("name = \"x\"\nclasses = [\"c\"]\nevents = [\"received\", \"approved\", \"done\"]\n"
                     "[[stages]]\nid = \"s\"\nstart = \"received\"\nend = \"done\"\nclock = \"calendar_days\"\n"
                     "targets = [" + targets + "]\n", "x.toml");
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  CHECK(err(R"({ target = "15d", roll = "next_working_day", roll_on = "holidays", event = "approved" })") == "accepted");
  CHECK(err(R"({ target = "15d", roll = "next_working_days" })").find("did you mean 'next_working_day'") != std::string::npos);
  CHECK(err(R"({ target = "15d", roll_on = "holidays" })").find("needs roll") != std::string::npos);
  CHECK(err(R"({ target = "15d", event = "aproved" })").find("did you mean 'approved'") != std::string::npos);
  CHECK(err(R"({ target = "15wd" })").find("not a number of calendar days") != std::string::npos);
  CHECK(err(R"({ target = "5wd", clock = "working_days", roll = "none" })").find("calendar_days targets only") !=
        std::string::npos);
}

TEST_CASE("calendar_days equals a day-walking oracle on random starts, both calendars, every roll setting") {
  // The oracle counts the days one by one and walks off rest days (or holidays) one by
  // one; the clock does neither (tables only).
  std::mt19937 rng(20261203);
  const Date lo{date::year{2008} / 1 / 1};
  const int span = static_cast<int>((Date{date::year{2026} / 10 / 1} - lo).count());
  for (const auto& cal : {default_calendar(), builtin_calendar("settlement")}) {
    const ClockContext ctx{cal, shanghai()};
    for (int i = 0; i < 20000; ++i) {
      const Date s = lo + days{static_cast<int>(rng() % static_cast<unsigned>(span))};
      const int n = static_cast<int>(rng() % 61);
      const Roll roll = rng() % 3 ? Roll::next_working_day : Roll::none;
      const bool holidays_only = rng() % 2;
      const Instant start = shanghai().to_instant(LocalTime{s} + std::chrono::seconds{rng() % 86400}, Choose::earliest);
      Date last = s;
      for (int k = 0; k < n; ++k) last += days{1};
      if (roll == Roll::next_working_day) {
        if (holidays_only)
          while (cal->day(last).kind == DayKind::holiday) last += days{1};
        else
          while (!cal->day(last).working) last += days{1};
      }
      const Instant expected = shanghai().to_instant(LocalTime{last + days{1}}, Choose::earliest);
      const auto got = calendar_days_deadline(start, calendar_days(n, roll, holidays_only), ctx);
      CAPTURE(format_date(s));
      CAPTURE(n);
      CAPTURE(holidays_only);
      REQUIRE(format_instant(got.at, shanghai()) == format_instant(expected, shanghai()));
      REQUIRE_FALSE(got.provisional);
    }
  }
}
