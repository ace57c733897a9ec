// The audit of one ticket (include/shixian/audit/audit.hpp): every status, the at-risk
// threshold on each clock, lateness on the stage's clock, quiet hours, skipped levels.
#include <doctest/doctest.h>

#include <array>

#include "shixian/audit/audit.hpp"
#include "shixian/audit/ticket_json.hpp"
#include "shixian/calendar/calendar.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;
using audit::Status;

namespace {

struct Fixture {
  RuleSetPtr rules = default_rule_set();
  CalendarPtr cal = default_calendar();
  Zone zone = Zone::shanghai();

  Instant at(const char* text) const { return parse_instant(text, zone); }

  Ticket ticket(const char* cls, std::initializer_list<std::pair<const char*, const char*>> events,
                bool unionpay = false) const {
    Ticket t;
    t.ticket_class = rules->class_index(cls);
    if (unionpay) t.flags |= 1u << rules->flag_index("unionpay");
    for (auto [name, when] : events) t.set(rules->event_index(name), at(when));
    return t;
  }

  audit::StageAudit stage(const Ticket& t, const char* stage, const char* now, double at_risk = 0.75,
                          Coverage c = Coverage::strict) const {
    audit::Settings s;
    s.now = at(now);
    s.at_risk = at_risk;
    s.coverage = c;
    const audit::Auditor a{*rules, *cal, zone, s};
    return a.audit_stage(t, rules->stage_index(stage));
  }
};

std::string dur(Duration d) {
  std::string s;
  audit::append_duration(s, d);
  return s;
}

}  // namespace

TEST_CASE_FIXTURE(Fixture, "met: done at or before the deadline, the deadline instant included") {
  // hq_dispatch, ordinary, received Fri 17:45: 120 in-window minutes -> Sat 10:30.
  auto s = stage(ticket("ordinary", {{"received", "2026-11-20T17:45"}, {"hq_dispatched", "2026-11-21T10:30"}}),
                 "hq_dispatch", "2026-12-01T00:00");
  CHECK(s.status == Status::met);
  CHECK(s.done);
  CHECK(format_instant(s.deadline, zone) == "2026-11-21T10:30:00+08:00");
  s = stage(ticket("ordinary", {{"received", "2026-11-20T17:45"}, {"hq_dispatched", "2026-11-21T10:30:00.5"}}),
            "hq_dispatch", "2026-12-01T00:00");
  CHECK(s.status == Status::breached);  // half a second late is late
}

TEST_CASE_FIXTURE(Fixture, "breached when done late: how late in wall time and on the business-time clock") {
  // Done Sat 18:00; the window closed at 17:30, so only 7h of the 7h30m count.
  auto s = stage(ticket("ordinary", {{"received", "2026-11-20T17:45"}, {"hq_dispatched", "2026-11-21T18:00"}}),
                 "hq_dispatch", "2026-12-01T00:00");
  CHECK(s.status == Status::breached);
  CHECK(dur(s.late_wall) == "7h30m");
  CHECK(dur(s.late_clock) == "7h");
}

TEST_CASE_FIXTURE(Fixture, "breached when not done and now is past the deadline, lateness in working days") {
  // total, ordinary: 5 working days from Fri 2026-11-20 -> 2026-11-28T00:00. At Mon 30th
  // 12:00 it is 60h late in wall time, but only half a working day (the weekend does
  // not count).
  const auto t = ticket("ordinary", {{"received", "2026-11-20T17:45"}});
  auto s = stage(t, "total", "2026-11-30T12:00");
  CHECK(s.status == Status::breached);
  CHECK_FALSE(s.done);
  CHECK(format_instant(s.deadline, zone) == "2026-11-28T00:00:00+08:00");
  CHECK(dur(s.late_wall) == "60h");  // whole hours up to 72h read as hours
  std::string wd;
  audit::append_working_days(wd, s.late_clock, working_day_length(std::nullopt));
  CHECK(wd == "0.5wd");
}

TEST_CASE_FIXTURE(Fixture, "at_risk on the working_days clock: 75% of 5 working days is 3.75 of them") {
  // Working days after Fri 20th: Mon 23, Tue 24, Wed 25, Thu 26, Fri 27. 3.75 of them
  // are used at Thu 26th 18:00.
  const auto t = ticket("ordinary", {{"received", "2026-11-20T17:45"}});
  CHECK(stage(t, "total", "2026-11-26T17:59").status == Status::pending);
  const auto s = stage(t, "total", "2026-11-26T18:00");
  CHECK(s.status == Status::at_risk);
  CHECK(s.used_share() == doctest::Approx(0.75));
  // The weekend before counts nothing: Sat 21st and Sun 22nd are 0%.
  CHECK(stage(t, "total", "2026-11-22T23:00").used_share() == doctest::Approx(0.0));
}

TEST_CASE_FIXTURE(Fixture, "at_risk on the business_time clock counts in-window time only") {
  // 120m from Fri 17:45 (after the window): the clock starts Sat 08:30; 90m (75%) are
  // used at 10:00.
  const auto t = ticket("ordinary", {{"received", "2026-11-20T17:45"}});
  CHECK(stage(t, "hq_dispatch", "2026-11-21T08:00").used_share() == doctest::Approx(0.0));
  CHECK(stage(t, "hq_dispatch", "2026-11-21T09:59").status == Status::pending);
  CHECK(stage(t, "hq_dispatch", "2026-11-21T10:00").status == Status::at_risk);
  CHECK(stage(t, "hq_dispatch", "2026-11-21T10:30").status == Status::at_risk);  // at the deadline: not yet late
  CHECK(stage(t, "hq_dispatch", "2026-11-21T10:30:01").status == Status::breached);
}

TEST_CASE_FIXTURE(Fixture, "at_risk on the elapsed clock, and the threshold is a setting") {
  const auto t = ticket("ordinary", {{"received", "2026-11-20T09:00"},
                                     {"hq_dispatched", "2026-11-20T09:30"},
                                     {"tier2_received", "2026-11-20T10:00"}});
  CHECK(stage(t, "branch_dispatch", "2026-11-21T03:59").status == Status::pending);  // 17h59m of 24h
  CHECK(stage(t, "branch_dispatch", "2026-11-21T04:00").status == Status::at_risk);  // 18h = 75%
  CHECK(stage(t, "branch_dispatch", "2026-11-20T22:00", 0.5).status == Status::at_risk);  // 12h = 50%
  CHECK(stage(t, "branch_dispatch", "2026-11-20T21:59", 0.5).status == Status::pending);
}

TEST_CASE_FIXTURE(Fixture, "a stage with several targets is measured on the winning one") {
  // Urgent UnionPay: 48h (elapsed) beats 4 working days; 75% of 48h is 36h.
  const auto t = ticket("urgent", {{"received", "2026-02-13T15:00"}}, true);
  auto s = stage(t, "total", "2026-02-15T02:59");
  CHECK(s.clock == ClockKind::elapsed);
  CHECK(s.status == Status::pending);
  CHECK(stage(t, "total", "2026-02-15T03:00").status == Status::at_risk);
}

TEST_CASE_FIXTURE(Fixture, "not_started, not_applicable, and a missing end with later events") {
  const auto fresh = ticket("ordinary", {{"received", "2026-11-20T09:00"}});
  CHECK(stage(fresh, "branch_dispatch", "2026-12-01T00:00").status == Status::not_started);
  CHECK(stage(fresh, "reply", "2026-12-01T00:00").status == Status::not_started);
  CHECK_FALSE(stage(fresh, "reply", "2026-12-01T00:00").has_deadline());
  // Urgent, 越级流转: straight from HQ to resolution, no tier-2 level.
  const auto skipped = ticket("urgent", {{"received", "2026-11-20T09:00"},
                                         {"hq_dispatched", "2026-11-20T09:10"},
                                         {"resolved", "2026-11-20T15:00"}});
  CHECK(stage(skipped, "branch_dispatch", "2026-12-01T00:00").status == Status::not_applicable);
  // tier2_received recorded, branch_dispatched missing, later acts exist: not done.
  const auto no_proof = ticket("ordinary", {{"received", "2026-11-20T09:00"},
                                            {"hq_dispatched", "2026-11-20T09:10"},
                                            {"tier2_received", "2026-11-20T10:00"},
                                            {"resolved", "2026-11-23T15:00"}});
  const auto s = stage(no_proof, "branch_dispatch", "2026-12-01T00:00");
  CHECK(s.status == Status::breached);
  CHECK_FALSE(s.done);
}

TEST_CASE_FIXTURE(Fixture, "events after now have not happened yet") {
  const auto t = ticket("ordinary", {{"received", "2026-11-20T17:45"}, {"hq_dispatched", "2026-11-21T10:00"}});
  CHECK(stage(t, "hq_dispatch", "2026-11-21T09:00").status == Status::pending);  // 30m of 120m
  CHECK(stage(t, "hq_dispatch", "2026-11-21T10:00").status == Status::met);
  CHECK(stage(t, "total", "2026-11-20T12:00").status == Status::not_started);  // not even received
}

TEST_CASE_FIXTURE(Fixture, "a reply inside quiet hours is flagged, met or not") {
  auto t = ticket("ordinary", {{"received", "2026-11-20T09:00"},
                               {"resolved", "2026-11-20T16:00"},
                               {"replied", "2026-11-20T19:00"}});
  auto s = stage(t, "reply", "2026-12-01T00:00");
  CHECK(s.status == Status::met);
  CHECK(s.quiet_hours);
  t = ticket("ordinary", {{"received", "2026-11-20T09:00"},
                          {"resolved", "2026-11-20T16:00"},
                          {"replied", "2026-11-21T07:59"}});
  CHECK(stage(t, "reply", "2026-12-01T00:00").quiet_hours);
  t = ticket("ordinary", {{"received", "2026-11-20T09:00"},
                          {"resolved", "2026-11-20T16:00"},
                          {"replied", "2026-11-21T08:00"}});
  CHECK_FALSE(stage(t, "reply", "2026-12-01T00:00").quiet_hours);
  // Urgent, replied 3h after: late and at night.
  t = ticket("urgent", {{"received", "2026-11-20T09:00"},
                        {"resolved", "2026-11-20T17:00"},
                        {"replied", "2026-11-20T20:00"}});
  s = stage(t, "reply", "2026-12-01T00:00");
  CHECK(s.status == Status::breached);
  CHECK(s.quiet_hours);
  CHECK(dur(s.late_wall) == "1h");
}

TEST_CASE_FIXTURE(Fixture, "a pending reply carries contact_by") {
  const auto t = ticket("ordinary", {{"received", "2026-11-20T09:00"}, {"resolved", "2026-11-24T16:00"}});
  const auto s = stage(t, "reply", "2026-11-24T17:00");
  CHECK(s.status == Status::pending);
  REQUIRE(s.has_contact_by);
  CHECK(format_instant(s.contact_by, zone) == "2026-11-25T16:00:00+08:00");
}

TEST_CASE_FIXTURE(Fixture, "a deadline outside calendar coverage is an error for that stage only") {
  const auto t = ticket("ordinary", {{"received", "2026-12-28T10:00"}, {"hq_dispatched", "2026-12-28T10:30"}});
  auto s = stage(t, "total", "2026-12-29T00:00");
  CHECK(s.status == Status::error);
  CHECK(s.error.find("2026-12-31") != std::string::npos);
  CHECK_FALSE(s.has_deadline());
  CHECK(stage(t, "hq_dispatch", "2026-12-29T00:00").status == Status::met);
  // --provisional: computed by the weekly rule and marked.
  s = stage(t, "total", "2026-12-29T00:00", 0.75, Coverage::provisional);
  CHECK(s.status == Status::pending);
  CHECK(s.provisional);
  CHECK(format_instant(s.deadline, zone) == "2027-01-05T00:00:00+08:00");
}

TEST_CASE_FIXTURE(Fixture, "a breach whose clock lateness needs uncovered days is still a breach") {
  // Deadline 2026-12-25 00:00 (covered); not closed by 2027-01-05: late on the clock
  // needs 2027, so it is counted by the weekly rule and marked.
  const auto t = ticket("ordinary", {{"received", "2026-12-17T10:00"}});
  const auto s = stage(t, "total", "2027-01-05T12:00");
  CHECK(s.status == Status::breached);
  CHECK(s.late_provisional);
  CHECK_FALSE(s.provisional);
  // --provisional marks it too (it came back unmarked: that mode's clocks do not report).
  const auto p = stage(t, "total", "2027-01-05T12:00", 0.75, Coverage::provisional);
  CHECK(p.status == Status::breached);
  CHECK(p.late_provisional);
  CHECK(p.late_clock == s.late_clock);
  // And a share of the target used that needs uncovered days: pending, marked provisional.
  const auto q = stage(ticket("ordinary", {{"received", "2026-12-29T10:00"}}), "total", "2027-01-04T12:00", 0.75,
                       Coverage::provisional);
  CHECK(q.provisional);
}

TEST_CASE("a calendar_days period rolled or paused past its N days: the share and the lateness count from its deadline") {
  // The regulator's 15 days from Fri 2026-09-18 15:30: day 15 is 10-03 (National Day),
  // rolled to the first working day after the break, so the deadline is 10-09 00:00.
  // Day by day the clock counts from 09-19 00:00 (the start day is not counted): 20 days
  // up to the deadline.
  Fixture f;
  f.rules = load_rule_set("regulator");
  auto complaint = [&](std::initializer_list<std::pair<const char*, const char*>> events) {
    Ticket t;
    t.ticket_class = f.rules->class_index("complaint");
    for (auto [name, when] : events) t.set(f.rules->event_index(name), f.at(when));
    return t;
  };
  const auto open = complaint({{"received", "2026-09-18T15:30"}});
  // 10-06 12:00: 17.5 of the 20 days: 87.5%, at risk, not 116% (17.5 of 15).
  auto s = f.stage(open, "decision", "2026-10-06T12:00");
  CHECK(format_instant(s.deadline, f.zone) == "2026-10-09T00:00:00+08:00");
  CHECK(s.status == Status::at_risk);
  CHECK(s.used_percent() == 87);
  // 10-03 12:00 (the 15th day, a holiday): 14.5 of 20, 72%: pending, not yet at risk.
  s = f.stage(open, "decision", "2026-10-03T12:00");
  CHECK(s.status == Status::pending);
  CHECK(s.used_percent() == 72);
  // An hour before the deadline: 99%, never past 100% while in time.
  s = f.stage(open, "decision", "2026-10-08T23:00");
  CHECK(s.used_percent() == 99);
  // Decided a minute after the deadline: a minute late on the clock as on the wall (was
  // 5 days 1 minute: counted from the 15th day).
  s = f.stage(complaint({{"received", "2026-09-18T15:30"}, {"decided", "2026-10-09T00:01"}}), "decision",
              "2026-12-01T00:00");
  CHECK(s.status == Status::breached);
  CHECK(dur(s.late_wall) == "1m");
  CHECK(dur(s.late_clock) == "1m");
  // Not decided by 10-12 00:00: 3 days late (was 8 days).
  s = f.stage(open, "decision", "2026-10-12T00:00");
  CHECK(s.late_clock == Duration{days{3}});

  // A pause: received Mon 11-02 10:00; 2 days 10 hours counted (11-03 00:00 to 11-05
  // 10:00), an appraisal to Thu 11-12 05:00, and the 12 days 14 hours left run out at
  // Tue 11-24 19:00: the period ends at 24:00 that day, 15 days 5 hours of clock time.
  const auto paused = complaint({{"received", "2026-11-02T10:00"},
                                 {"appraisal_started", "2026-11-05T10:00"},
                                 {"appraisal_finished", "2026-11-12T05:00"}});
  s = f.stage(paused, "decision", "2026-11-24T22:00");
  CHECK(format_instant(s.deadline, f.zone) == "2026-11-25T00:00:00+08:00");
  CHECK(s.status == Status::at_risk);
  CHECK(s.used_percent() == 99);  // 15d3h of 15d5h (was 100%: 15d3h of 15d)
  s = f.stage(paused, "decision", "2026-11-25T02:00");
  CHECK(s.status == Status::breached);
  CHECK(dur(s.late_clock) == "2h");  // was 7h: from 19:00, when the 15 days ran out

  // Unrolled, unpaused: the amount is the target's own 15 days, as before.
  // A weekend roll: day 15 is Sat 11-21, so the period ends with Mon 11-23; on 11-19 at
  // noon 12.5 of its 17 days are used (73%; was 83%, of 15).
  s = f.stage(complaint({{"received", "2026-11-06T10:00"}}), "decision", "2026-11-19T12:00");
  CHECK(format_instant(s.deadline, f.zone) == "2026-11-24T00:00:00+08:00");
  CHECK(s.used_percent() == 73);
  s = f.stage(complaint({{"received", "2026-11-02T10:00"}}), "decision", "2026-11-14T00:00");
  CHECK(format_instant(s.deadline, f.zone) == "2026-11-18T00:00:00+08:00");
  CHECK(s.amount == Duration{days{15}});
  CHECK(s.used_percent() == 73);  // 11 of 15 days
}

TEST_CASE("durations read as the rules write them") {
  CHECK(dur(minutes{90}) == "90m");
  CHECK(dur(minutes{120}) == "2h");
  CHECK(dur(hours{24}) == "24h");
  CHECK(dur(minutes{80}) == "80m");
  CHECK(dur(hours{3} + minutes{20}) == "3h20m");
  CHECK(dur(days{2} + hours{75}) == "5d3h");
  CHECK(dur(seconds{45}) == "45s");
  CHECK(dur(Duration{0}) == "0s");
  auto wd = [](Duration d) {
    std::string s;
    audit::append_working_days(s, d, days{1});
    return s;
  };
  CHECK(wd(hours{12}) == "0.5wd");
  CHECK(wd(hours{24} * 3) == "3wd");
  CHECK(wd(hours{30}) == "1.25wd");
  CHECK(wd(seconds{1}) == "0.01wd");  // a breach never reads as 0wd when there is one
  CHECK(wd(Duration{0}) == "0wd");
}
