// explain() reports what the engine did (StageTrace), and its day-by-day listing is the
// clock's general form (walk_clock) checked against the engine's arithmetic: on random
// tickets over every shipped rule set (pauses, open pauses and uncovered years
// included), the explained deadline is the engine's, the winning target is the earliest
// one computed, and what the explanation counted adds up to the target.
#include <doctest/doctest.h>

#include <random>

#include "shixian/calendar/calendar.hpp"
#include "shixian/sla/explain.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

TEST_CASE("paused stage: explain names the engine's deadline and counts 5 working days for 5wd (95580-docs-pause)") {
  // Before StageTrace, explain recomputed without the pause: it named 2026-11-10 as the
  // 5wd target's deadline and listed 9 working days.
  const auto rules = load_rule_set("95580-docs-pause");
  const auto zone = Zone::shanghai();
  const DeadlineEngine engine{rules, default_calendar(), zone};
  const auto t = rules->ticket("ordinary",
                               {{"received", "2026-11-02T10:00"},
                                {"docs_requested", "2026-11-03T10:00"},
                                {"docs_received", "2026-11-06T15:00"}},
                               zone);
  const auto total = rules->stage_index("total");
  const auto r = engine.stage(t, total);
  REQUIRE(r.state == StageDeadline::State::computed);
  CHECK(format_instant(r.deadline, zone) == "2026-11-13T05:00:00+08:00");
  const auto e = explain(engine, t, total);
  CHECK(e.result.deadline == r.deadline);
  REQUIRE(e.targets.size() == 3);
  CHECK(e.targets[0].won);
  CHECK(e.targets[0].deadline == r.deadline);
  Duration counted{0};
  for (auto d : e.counted_day_amounts) counted += d;
  CHECK(counted == days{5});
  CHECK(e.counted_days.size() == 7);  // 11-03 (10h), 11-06 (9h), 9..12 whole, 11-13 (5h)
  const auto text = describe(e, zone);
  CHECK(text.find("counted   5wd over 7 working day(s): 2026-11-03 (10h), 2026-11-06 (9h)") != std::string::npos);
}

TEST_CASE("a rolled period counts its own days only; the roll's are named as the roll (regulator example 1)") {
  // 15 days from 2026-09-18: day 15 is 10-03 (National Day), rolled to 10-08. The listing
  // counted 20 days, 10-04..10-08 among them.
  const auto rules = load_rule_set("regulator");
  const auto zone = Zone::shanghai();
  const DeadlineEngine engine{rules, default_calendar(), zone};
  const auto t = rules->ticket("complaint", {{"received", "2026-09-18T15:30"}}, zone);
  const auto e = explain(engine, t, rules->stage_index("decision"));
  REQUIRE(e.counted_days.size() == 15);
  CHECK(format_date(e.counted_days.front()) == "2026-09-19");
  CHECK(format_date(e.counted_days.back()) == "2026-10-03");
  const auto text = describe(e, zone);
  CHECK(text.find("counted   15 calendar day(s): 2026-09-19,") != std::string::npos);
  CHECK(text.find("the period ends on 2026-10-08, the first working day after it") != std::string::npos);
}

TEST_CASE("explained deadline and counts equal the engine's on 10,000+ random tickets over every shipped rule set") {
  const auto cal = default_calendar();
  std::mt19937_64 rng(20261202);
  auto pick = [&](long long lo, long long hi) { return std::uniform_int_distribution<long long>(lo, hi)(rng); };
  int checked = 0, computed = 0, paused_counted = 0;
  const auto names = builtin_rule_sets();
  REQUIRE(names.size() >= 10);
  for (const auto& name : names) {
    const auto rules = load_rule_set(name);
    const auto zone = Zone::locate(rules->default_zone);
    const DeadlineEngine engine{rules, cal, zone, pick(0, 3) == 0 ? Coverage::provisional : Coverage::strict};
    for (int i = 0; i < 1200; ++i) {
      Ticket t;
      t.ticket_class = rules->class_at(static_cast<std::size_t>(pick(0, static_cast<long long>(rules->classes.size()) - 1)));
      for (const FlagId f : rules->flag_ids()) t.set_flag(f, pick(0, 2) == 0);
      // Events in lifecycle order, some skipped; mostly 2024..2026, some past coverage.
      Instant at = Instant{date::sys_days{date::year{2024} / 1 / 1}} + seconds{pick(0, 3LL * 366 * 86400)};
      for (const EventId e : rules->event_ids()) {
        if (e.index() > 0 && pick(0, 3) == 0) continue;
        t.set(e, at);
        at += seconds{pick(0, 6 * 86400)};
      }
      for (const StageId s : rules->stage_ids()) {
        ++checked;
        const auto r = engine.stage(t, s);
        const auto e = explain(engine, t, s);
        CHECK(e.result.state == r.state);
        if (r.state != StageDeadline::State::computed) continue;
        ++computed;
        CHECK(e.result.deadline == r.deadline);
        const auto& st = rules->stage(s);
        const auto& won = st.targets[static_cast<std::size_t>(r.target)];
        // The winner is the earliest computed target (the latest, in a stage whose limits
        // extend one another: wins = "latest").
        for (const auto& o : e.targets) {
          if (o.won) CHECK(o.deadline == r.deadline);
          if (o.computed) CHECK((st.latest_wins ? o.deadline <= r.deadline : o.deadline >= r.deadline));
        }
        if (e.truncated || e.running.empty()) continue;
        CHECK(e.running.back().to == r.deadline);
        if (e.running.size() > 1) ++paused_counted;
        Duration counted{0};
        if (won.clock == ClockKind::working_days) {
          for (auto d : e.counted_day_amounts) counted += d;
          // The working-days clock counts local time: exact where the zone's offset is fixed.
          if (zone.fixed_offset_between(r.start, r.deadline)) CHECK(counted == clock_amount(won));
        } else if (won.clock == ClockKind::calendar_days) {
          // The days up to the one in which the target is reached, and no further (a
          // roll's days are not counted ones): at least the target, less without the last.
          for (auto d : e.counted_day_amounts) counted += d;
          if (zone.fixed_offset_between(r.start, r.deadline)) {
            REQUIRE(!e.counted_days.empty());
            CHECK(counted >= clock_amount(won));
            // Unpaused, the days listed are exactly the N after the start day (the
            // period's own; a roll's days come after them and are not listed).
            if (e.running.size() == 1) {
              CHECK(e.counted_days.size() == static_cast<std::size_t>(won.calendar_days));
              CHECK(e.counted_days.back() == date_of(zone.to_local(r.start)) + days{won.calendar_days});
            }
          }
        } else if (won.clock == ClockKind::business_time) {
          for (const auto& c : e.counted) counted += c.to - c.from;
          CHECK(counted == won.duration);
        } else {
          for (const auto& c : e.running) counted += c.to - c.from;
          CHECK(counted == won.duration);
        }
      }
    }
  }
  CHECK(checked >= 10000);
  CHECK(computed > checked / 3);
  CHECK(paused_counted > 50);  // the paused rule set's total stage, resumed
  MESSAGE(checked << " stages checked, " << computed << " computed, " << paused_counted << " resumed after a pause");
}
