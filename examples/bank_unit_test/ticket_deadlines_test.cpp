// How a bank asserts its tickets' deadlines in its own unit tests, through the public
// API only. Copy and adapt: one helper that builds a ticket, then plain assertions.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
#include <shixian/calendar/calendar.hpp>
#include <shixian/sla/deadlines.hpp>
#include <shixian/time/text.hpp>

namespace {

struct Deadlines {
  shixian::RuleSetPtr rules = shixian::default_rule_set();
  shixian::CalendarPtr calendar = shixian::default_calendar();
  shixian::Zone zone = shixian::Zone::shanghai();

  // The deadline of `stage`, as RFC 3339 text, for a ticket received at `received`.
  std::string of(const char* stage, const char* ticket_class, const char* received,
                 bool unionpay = false) const {
    shixian::Ticket t;
    t.ticket_class = rules->class_index(ticket_class);
    if (unionpay) t.flags |= 1u << rules->flag_index("unionpay");
    t.set(rules->event_index("received"), shixian::parse_instant(received, zone));
    const shixian::DeadlineEngine engine{*rules, *calendar, zone};
    return shixian::format_instant(engine.stage(t, rules->stage_index(stage)).deadline, zone);
  }
};

}  // namespace

TEST_CASE("a ticket received on the eve of National Day is due after the break") {
  Deadlines d;
  CHECK(d.of("total", "ordinary", "2026-09-30T23:10") == "2026-10-14T00:00:00+08:00");
  CHECK(d.of("hq_dispatch", "ordinary", "2026-09-30T23:10") == "2026-10-01T10:30:00+08:00");
}

TEST_CASE("an urgent UnionPay ticket is due 48 hours after receipt") {
  Deadlines d;
  CHECK(d.of("total", "urgent", "2026-02-13T15:00", true) == "2026-02-15T15:00:00+08:00");
}
