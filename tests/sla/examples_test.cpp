// Every row of EXAMPLES.md through the library API, exact to the second.
#include <doctest/doctest.h>

#include "shixian/calendar/calendar.hpp"
#include "shixian/error.hpp"
#include "shixian/sla/deadlines.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

namespace {

struct Row {
  const char* cls;
  bool unionpay;
  const char *received, *tier2, *resolved;
  const char *hq, *branch, *total, *reply, *contact;  // "" = absent, "null" = no contact_by
};

// From docs/EXAMPLES.md (all local times Asia/Shanghai).
const Row rows[] = {
    {"ordinary", false, "2026-11-20T17:45", "", "2026-11-24T16:00", "2026-11-21T10:30:00+08:00", "",
     "2026-11-28T00:00:00+08:00", "2026-11-25T16:00:00+08:00", "2026-11-25T16:00:00+08:00"},
    {"ordinary", false, "2026-11-21T07:10", "", "", "2026-11-21T10:30:00+08:00", "",
     "2026-11-28T00:00:00+08:00", "", ""},
    {"ordinary", false, "2026-11-21T16:50", "", "", "2026-11-22T09:50:00+08:00", "",
     "2026-11-28T00:00:00+08:00", "", ""},
    {"urgent", false, "2026-09-30T17:10", "2026-09-30T19:00", "2026-10-01T17:30",
     "2026-10-01T08:40:00+08:00", "2026-09-30T23:00:00+08:00", "2026-10-02T17:10:00+08:00",
     "2026-10-01T19:30:00+08:00", "2026-10-01T18:00:00+08:00"},
    {"ordinary", false, "2026-09-30T23:10", "2026-10-01T09:00", "2026-10-09T09:00",
     "2026-10-01T10:30:00+08:00", "2026-10-02T09:00:00+08:00", "2026-10-14T00:00:00+08:00",
     "2026-10-10T09:00:00+08:00", "2026-10-10T09:00:00+08:00"},
    {"ordinary", true, "2026-09-30T07:10", "", "", "2026-09-30T10:30:00+08:00", "",
     "2026-10-13T00:00:00+08:00", "", ""},
    {"urgent", true, "2026-02-13T15:00", "", "", "2026-02-13T15:30:00+08:00", "",
     "2026-02-15T15:00:00+08:00", "", ""},
    {"ordinary", false, "2026-02-13T15:00", "", "2026-02-13T19:30", "2026-02-13T17:00:00+08:00", "",
     "2026-02-28T00:00:00+08:00", "2026-02-14T19:30:00+08:00", "2026-02-14T18:00:00+08:00"},
    {"ordinary", false, "2018-12-28T11:00", "", "", "2018-12-28T13:00:00+08:00", "",
     "2019-01-08T00:00:00+08:00", "", ""},
    {"urgent", false, "2026-05-08T17:00", "", "2026-05-08T18:20", "2026-05-08T17:30:00+08:00", "",
     "2026-05-10T17:00:00+08:00", "2026-05-08T20:20:00+08:00", "null"},
    {"ordinary", false, "2026-12-24T10:00", "", "", "2026-12-24T12:00:00+08:00", "",
     "2027-01-01T00:00:00+08:00", "", ""},
};

struct Fixture {
  RuleSetPtr rules = default_rule_set();
  CalendarPtr cal = default_calendar();
  Zone zone = Zone::shanghai();

  Ticket ticket(const char* cls, bool unionpay, const char* received, const char* tier2 = "",
                const char* resolved = "") const {
    Ticket t;
    t.ticket_class = rules->class_index(cls);
    if (unionpay) t.flags |= 1u << rules->flag_index("unionpay");
    t.set(rules->event_index("received"), parse_instant(received, zone));
    if (*tier2) t.set(rules->event_index("tier2_received"), parse_instant(tier2, zone));
    if (*resolved) t.set(rules->event_index("resolved"), parse_instant(resolved, zone));
    return t;
  }
  std::string deadline(const Ticket& t, const char* stage, Coverage c = Coverage::strict) const {
    DeadlineEngine e{*rules, *cal, zone, c};
    const auto r = e.stage(t, rules->stage_index(stage));
    if (r.state == StageDeadline::State::not_started) return "";
    if (r.state == StageDeadline::State::error) return "error: " + r.error;
    return format_instant(r.deadline, zone);
  }
};

}  // namespace

TEST_CASE("every EXAMPLES.md row comes out exactly") {
  Fixture f;
  for (const auto& row : rows) {
    CAPTURE(row.received);
    CAPTURE(row.cls);
    const auto t = f.ticket(row.cls, row.unionpay, row.received, row.tier2, row.resolved);
    CHECK(f.deadline(t, "hq_dispatch") == row.hq);
    CHECK(f.deadline(t, "branch_dispatch") == row.branch);
    CHECK(f.deadline(t, "total") == row.total);
    CHECK(f.deadline(t, "reply") == row.reply);
    if (*row.resolved) {
      DeadlineEngine e{*f.rules, *f.cal, f.zone};
      const auto r = e.stage(t, f.rules->stage_index("reply"));
      if (std::string(row.contact) == "null") {
        CHECK_FALSE(r.has_contact_by);
      } else {
        REQUIRE(r.has_contact_by);
        CHECK(format_instant(r.contact_by, f.zone) == row.contact);
      }
    }
  }
}

TEST_CASE("a deadline needing an uncovered year is a coverage error unless provisional") {
  Fixture f;
  const auto t = f.ticket("ordinary", false, "2026-12-28T10:00");
  const auto strict = f.deadline(t, "total");
  CHECK(strict.rfind("error: ", 0) == 0);
  CHECK(strict.find("2026-12-28") != std::string::npos);
  CHECK(strict.find("2007-01-01..2026-12-31") != std::string::npos);
  // The other stages do not depend on 2027 and are still computed.
  CHECK(f.deadline(t, "hq_dispatch") == "2026-12-28T12:00:00+08:00");

  DeadlineEngine e{*f.rules, *f.cal, f.zone, Coverage::provisional};
  const auto r = e.stage(t, f.rules->stage_index("total"));
  REQUIRE(r.state == StageDeadline::State::computed);
  CHECK(r.provisional);
  // Tue 29, Wed 30, Thu 31 Dec, then Fri 1 and Mon 4 Jan 2027 by the weekly rule
  // alone: without the 2027 notice nothing says 1 January is a holiday.
  CHECK(format_instant(r.deadline, f.zone) == "2027-01-05T00:00:00+08:00");
}

TEST_CASE("report mode: the provisional answer, and what strict would throw, in its words") {
  Fixture f;
  const Instant start = parse_instant("2026-12-28T10:00", f.zone);
  const Instant now = parse_instant("2027-01-06T10:00", f.zone);
  const ClockContext strict{*f.cal, f.zone}, provisional{*f.cal, f.zone, Coverage::provisional},
      report{*f.cal, f.zone, Coverage::report};
  const auto thrown = [](auto&& query) -> std::string {
    try {
      query();
    } catch (const CoverageError& e) {
      return e.what();
    }
    return "";
  };
  const auto text = [&](const Uncovered& u) { return u ? f.cal->uncovered_text(u) : std::string(); };
  int uncovered = 0;
  for (const auto& stage : f.rules->stages) {
    for (const auto& target : stage.targets) {
      CAPTURE(stage.id);
      CAPTURE(target.label);
      const auto want = target_deadline(*f.rules, target, start, provisional);
      const auto got = target_deadline(*f.rules, target, start, report);
      CHECK(got.at == want.at);
      CHECK(got.provisional == want.provisional);
      CHECK(text(got.uncovered) == thrown([&] { target_deadline(*f.rules, target, start, strict); }));
      Uncovered used;
      CHECK(clock_used(*f.rules, target, start, now, report, &used) ==
            clock_used(*f.rules, target, start, now, provisional));
      CHECK(text(used) == thrown([&] { clock_used(*f.rules, target, start, now, strict); }));
      uncovered += static_cast<bool>(got.uncovered) + static_cast<bool>(used);
    }
  }
  CHECK(uncovered > 0);
}

TEST_CASE("an urgent UnionPay ticket needs no next-year data: 48h always beats 4 working days") {
  Fixture f;
  const auto t = f.ticket("urgent", true, "2026-12-30T10:00");
  CHECK(f.deadline(t, "total") == "2027-01-01T10:00:00+08:00");
  // An ordinary UnionPay ticket on the same day does need 2027.
  CHECK(f.deadline(f.ticket("ordinary", true, "2026-12-30T10:00"), "total").rfind("error", 0) == 0);
}

TEST_CASE("year-end UnionPay: 4 working days end inside coverage, so the uncovered 5wd cannot win") {
  Fixture f;
  // 28, 29, 30, 31 December: the 4th working day after Fri 25 Dec is the 31st.
  CHECK(f.deadline(f.ticket("ordinary", true, "2026-12-25T10:00"), "total") == "2027-01-01T00:00:00+08:00");
  CHECK(f.deadline(f.ticket("ordinary", true, "2026-12-27T10:00"), "total") == "2027-01-01T00:00:00+08:00");
  // One day later the 4wd target needs 2027 too.
  CHECK(f.deadline(f.ticket("ordinary", true, "2026-12-28T10:00"), "total").rfind("error", 0) == 0);
}

TEST_CASE("ordinary UnionPay: the 4 working day target wins over 5") {
  Fixture f;
  const auto t = f.ticket("ordinary", true, "2026-11-20T17:45");
  DeadlineEngine e{*f.rules, *f.cal, f.zone};
  const auto r = e.stage(t, f.rules->stage_index("total"));
  const auto& won = f.rules->stages[static_cast<std::size_t>(f.rules->stage_index("total"))]
                        .targets[static_cast<std::size_t>(r.target)];
  CHECK(won.label == "4wd");
  CHECK(format_instant(r.deadline, f.zone) == "2026-11-27T00:00:00+08:00");
}

TEST_CASE("hq_dispatch: a deadline may fall exactly on the window's end") {
  Fixture f;
  CHECK(f.deadline(f.ticket("ordinary", false, "2026-11-20T15:30"), "hq_dispatch") ==
        "2026-11-20T17:30:00+08:00");
  CHECK(f.deadline(f.ticket("ordinary", false, "2026-11-20T15:30:01"), "hq_dispatch") ==
        "2026-11-21T08:30:01+08:00");
  // The centre works every day: a holiday does not stop its clock.
  CHECK(f.deadline(f.ticket("urgent", false, "2026-10-01T09:00"), "hq_dispatch") ==
        "2026-10-01T09:30:00+08:00");
}

TEST_CASE("the other reading of the HQ dispatch rule: the clock starts at 08:30 with no end of day") {
  Fixture f;
  const auto open_end = load_rule_set("95580-hq-open-end");
  DeadlineEngine def{*f.rules, *f.cal, f.zone};
  DeadlineEngine alt{*open_end, *f.cal, f.zone};
  const auto t = f.ticket("ordinary", false, "2026-11-20T17:45");
  const auto stage = f.rules->stage_index("hq_dispatch");
  CHECK(format_instant(def.stage(t, stage).deadline, f.zone) == "2026-11-21T10:30:00+08:00");
  CHECK(format_instant(alt.stage(t, stage).deadline, f.zone) == "2026-11-20T19:45:00+08:00");
  // Both readings agree before 08:30: the clock starts at 08:30.
  const auto early = f.ticket("ordinary", false, "2026-11-21T07:10");
  CHECK(format_instant(alt.stage(early, stage).deadline, f.zone) == "2026-11-21T10:30:00+08:00");
  // Late at night the open-ended clock runs until midnight, then waits for 08:30.
  const auto late = f.ticket("ordinary", false, "2026-11-20T23:10");
  CHECK(format_instant(alt.stage(late, stage).deadline, f.zone) == "2026-11-21T09:40:00+08:00");
  // Everything else is inherited unchanged.
  CHECK(open_end->stages.size() == f.rules->stages.size());
  CHECK(open_end->name == "95580-hq-open-end");
}

TEST_CASE("reply contact-by: deadline outside quiet hours, inside them, and none left") {
  Fixture f;
  const auto reply = [&](const char* resolved, const char* cls = "ordinary") {
    DeadlineEngine e{*f.rules, *f.cal, f.zone};
    return e.stage(f.ticket(cls, false, "2026-11-20T09:00", "", resolved), f.rules->stage_index("reply"));
  };
  auto r = reply("2026-11-23T07:59");  // deadline 07:59 next day: quiet since 18:00
  REQUIRE(r.has_contact_by);
  CHECK(format_instant(r.contact_by, f.zone) == "2026-11-23T18:00:00+08:00");
  r = reply("2026-11-23T08:00");  // deadline 08:00 exactly: quiet hours are [18:00, 08:00)
  REQUIRE(r.has_contact_by);
  CHECK(r.contact_by == r.deadline);
  r = reply("2026-11-23T18:00", "urgent");  // started at 18:00: no time outside quiet hours left
  CHECK_FALSE(r.has_contact_by);
  r = reply("2026-11-23T17:59:59", "urgent");
  REQUIRE(r.has_contact_by);
  CHECK(format_instant(r.contact_by, f.zone) == "2026-11-23T18:00:00+08:00");
}

TEST_CASE("received on a rest day: the start day is not counted either way") {
  Fixture f;
  // Sat 2026-10-03 (National Day break): the 5th working day after is Wed 14 Oct
  // (8, 9, Sat 10 make-up, 12, 13).
  CHECK(f.deadline(f.ticket("ordinary", false, "2026-10-03T12:00"), "total") ==
        "2026-10-14T00:00:00+08:00");
}
