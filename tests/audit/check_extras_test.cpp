// What `check` audits beyond one cycle's deadlines: paused clocks, reopened cycles
// (重新流转), classification of lines without a class, archive retention and the reply
// record — through LineAuditor, the library's line-in, line-out path.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shixian/audit/check_stream.hpp"
#include "shixian/calendar/calendar.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

namespace {

struct Check {
  RuleSetPtr rules;
  CalendarPtr cal = default_calendar();
  Zone zone = Zone::shanghai();
  audit::Settings settings;

  explicit Check(const char* rule_set = "95580") : rules(load_rule_set(rule_set)) { settings.at_risk = 0.75; }

  // The output line of one input line (bad lines too), without its newline.
  std::string line(std::string_view input, const char* now, audit::Summary* summary = nullptr) {
    settings.now = parse_instant(now, zone);
    const audit::Auditor auditor{*rules, *cal, zone, settings};
    audit::LineAuditor worker(auditor, Choose::reject, summary);
    audit::OutBuffer out;
    worker.process(input, 0, "", 1, 1, &out, &out);
    std::string s(out.view());
    if (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
  }
};

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

const char* const paused_ticket =
    R"J({"id": "P", "class": "ordinary", "received": "2026-11-20T09:00", "hq_dispatched": "2026-11-20T09:30",
         "docs_requested": "2026-11-23T12:00", "docs_received": "2026-11-27T12:00"})J";

}  // namespace

TEST_CASE("a pause spanning the National Day holiday moves the deadline and is left out of 'used'") {
  Check c("95580-docs-pause");
  // Received Mon 28 Sep; 0.5 working day runs on Tue 29 before the pause at 12:00. The
  // pause covers Sep 30, the 1-7 October holiday and the working 8th; after the resume
  // on Fri 9 Oct at 12:00: half of the 9th, the make-up Saturday 10th, Mon 12th, half of
  // Tue 13th = 3.5 of 5 working days used (70%), so 1.5 remain: the deadline is the
  // end of Wed 14th. Without the pause it would be 2026-10-11T00:00.
  const char* t =
      R"J({"id": "H", "class": "ordinary", "received": "2026-09-28T09:00", "hq_dispatched": "2026-09-28T09:30",
           "docs_requested": "2026-09-29T12:00", "docs_received": "2026-10-09T12:00"})J";
  auto out = c.line(t, "2026-10-13T12:00");
  CHECK(has(out, R"J("total": {"deadline": "2026-10-15T00:00:00+08:00", "status": "pending", "used": 0.7})J"));
  // Late on the clock: Thu 15, Fri 16, Mon 19 and half of Tue 20; the pause is not
  // counted and neither is the weekend.
  out = c.line(t, "2026-10-20T12:00");
  CHECK(has(out, R"J("total": {"deadline": "2026-10-15T00:00:00+08:00", "status": "breached", )J"
                 R"J("late": {"wall": "5d12h", "clock": "3.5wd"}})J"));
  // The same ticket under the plain 95580 rules: no pause.
  Check plain;
  out = plain.line(t, "2026-10-13T12:00");
  CHECK(has(out, R"J("total": {"deadline": "2026-10-11T00:00:00+08:00", "status": "breached")J"));
}

TEST_CASE("a pause that never resumes: status paused, the share used, no deadline") {
  Check c("95580-docs-pause");
  const char* t = R"J({"id": "P", "class": "ordinary", "received": "2026-11-20T09:00",
                       "hq_dispatched": "2026-11-20T09:30", "docs_requested": "2026-11-23T12:00"})J";
  // Half of Mon 23rd ran (0.5 of 5 working days) before the pause.
  for (const char* now : {"2026-11-26T12:00", "2027-01-01T00:00"}) {
    const auto out = c.line(t, now);
    CHECK(has(out, R"J("total": {"status": "paused", "used": 0.1})J"));
  }
  // Closed while the clock was stopped: met, but no deadline can be given.
  const auto closed = c.line(R"J({"id": "P", "class": "ordinary", "received": "2026-11-20T09:00",
                                  "docs_requested": "2026-11-23T12:00", "closed": "2026-11-24T12:00"})J",
                             "2026-11-26T12:00");
  CHECK(has(closed, R"J("total": {"done": "2026-11-24T12:00:00+08:00", "status": "met", "paused": true})J"));
}

TEST_CASE("a pause resumed after now is still open as of now") {
  Check c("95580-docs-pause");
  CHECK(has(c.line(paused_ticket, "2026-11-26T12:00"), R"J("total": {"status": "paused", "used": 0.1})J"));
  // After the resume (Fri 27th 12:00): 0.5 before the pause, half of the 27th and half of
  // Mon 30th = 1.5 of 5 (30%), where 4.5 working days would have run without the pause.
  CHECK(has(c.line(paused_ticket, "2026-11-30T12:00"),
            R"J("total": {"deadline": "2026-12-04T00:00:00+08:00", "status": "pending", "used": 0.3})J"));
}

TEST_CASE("a pause that starts after the deadline is left out of the lateness on the clock") {
  Check c("95580-docs-pause");
  // Deadline Tue 10th 00:00; paused from Wed 11th 00:00: only Tue 10th is late on the
  // clock, while 3.5 days are late in wall time.
  const auto out = c.line(R"J({"id": "L", "class": "ordinary", "received": "2026-11-02T09:00",
                                "docs_requested": "2026-11-11T00:00"})J",
                          "2026-11-13T12:00");
  CHECK(has(out, R"J("total": {"deadline": "2026-11-10T00:00:00+08:00", "status": "breached", )J"
                 R"J("late": {"wall": "3d12h", "clock": "1wd"}})J"));
}

TEST_CASE("a reopened ticket: each cycle is audited under the same rules, after a breached first cycle") {
  Check c;
  const char* t =
      R"J({"id": "R", "class": "ordinary", "received": "2026-11-10T09:00", "hq_dispatched": "2026-11-10T09:30",
           "resolved": "2026-11-20T10:00", "replied": "2026-11-20T11:00", "closed": "2026-11-20T12:00",
           "reopened": [{"at": "2026-11-23T10:00", "hq_dispatched": "2026-11-23T10:20", "closed": "2026-12-09T10:00"},
                        {"at": "2026-12-10T10:00"}]})J";
  const auto out = c.line(t, "2026-11-26T12:00");
  // The first cycle: total breached (5 working days ended on the 18th).
  CHECK(has(out, R"J("total": {"deadline": "2026-11-18T00:00:00+08:00", "done": "2026-11-20T12:00:00+08:00", )J"
                 R"J("status": "breached", "late": {"wall": "60h", "clock": "2.5wd"}})J"));
  // The second cycle, from its reopening; its close and the third are after now and have
  // not happened.
  CHECK(has(out, R"J(, "cycles": [{"reopened": "2026-11-23T10:00:00+08:00", "stages": {"hq_dispatch": )J"
                 R"J({"deadline": "2026-11-23T12:00:00+08:00", "done": "2026-11-23T10:20:00+08:00", "status": "met"}, )J"
                 R"J("branch_dispatch": {"status": "not_started"}, "total": {"deadline": "2026-12-01T00:00:00+08:00", )J"
                 R"J("status": "pending", "used": 0.5}, "reply": {"status": "not_started"}}}]})J"));
  CHECK_FALSE(has(out, "2026-12-10"));
  CHECK_FALSE(has(out, "2026-12-09"));
  // Reopened and not closed again: no archive entry.
  CHECK_FALSE(has(out, "archive"));
  // Summary: each cycle's stages are counted, the reopened cycles too.
  Check s;
  s.settings.now = parse_instant("2026-11-26T12:00", s.zone);
  const audit::Auditor a{*s.rules, *s.cal, s.zone, s.settings};
  audit::Summary sum{a};
  s.line(t, "2026-11-26T12:00", &sum);
  CHECK(sum.tickets() == 1);
  CHECK(sum.reopened_cycles() == 1);
  const auto& hq = sum.cell(s.rules->stage_index("hq_dispatch"), s.rules->class_index("ordinary"));
  CHECK(hq.count(audit::Status::met) == 2);
  const auto& total = sum.cell(s.rules->stage_index("total"), s.rules->class_index("ordinary"));
  CHECK(total.count(audit::Status::breached) == 1);
  CHECK(total.count(audit::Status::pending) == 1);
  CHECK(has(sum.to_text(false), "1 reopened cycles"));
  CHECK(has(sum.to_json(), R"J("reopened_cycles": 1)J"));
}

// A new user's trial (session 31): closed on the Saturday after a Friday's working-days
// deadline, the clock had not run, and the line said "0wd" where docs/CONTRACT.md says
// `0` (and that a breach never reads 0wd); business time after hours said "0s".
TEST_CASE("a breach whose clock has not run since the deadline is 0 late on the clock") {
  Check c;
  const auto out = c.line(R"J({"id": "Z", "class": "ordinary", "received": "2026-03-06T09:00", )J"
                          R"J("hq_dispatched": "2026-03-06T10:00", "closed": "2026-03-14T10:00"})J",
                          "2026-03-20T00:00");
  CHECK(has(out, R"J("total": {"deadline": "2026-03-14T00:00:00+08:00", "done": "2026-03-14T10:00:00+08:00", )J"
                 R"J("status": "breached", "late": {"wall": "10h", "clock": "0"}})J"));
  // One working minute later it has run: a hundredth of a working day, never 0wd.
  const auto monday = c.line(R"J({"id": "Z", "class": "ordinary", "received": "2026-03-06T09:00", )J"
                             R"J("hq_dispatched": "2026-03-06T10:00", "closed": "2026-03-16T00:01"})J",
                             "2026-03-20T00:00");
  CHECK(has(monday, R"J("clock": "0.01wd")J"));
}

TEST_CASE("reopened cycles: bad lines name the values") {
  Check c;
  const std::string head = R"J({"id": "R", "class": "ordinary", "received": "2026-11-10T09:00", "closed": "2026-11-20T12:00", )J";
  CHECK(c.line(head + R"J("reopened": [{"at": "2026-11-19T10:00"}]})J", "2026-11-26T12:00") ==
        R"J({"line": 1, "id": "R", "error": "reopened[0].at (2026-11-19T10:00:00+08:00) is before the previous )J"
        R"J(cycle's last event 'closed' (2026-11-20T12:00:00+08:00)"})J");
  CHECK(c.line(head + R"J("reopened": [{"at": "2026-11-21T10:00", "closed": "2026-11-22T10:00"}, )J"
                      R"J({"at": "2026-11-22T09:00"}]})J",
               "2026-11-26T12:00") ==
        R"J({"line": 1, "id": "R", "error": "reopened[1].at (2026-11-22T09:00:00+08:00) is before the previous )J"
        R"J(cycle's last event 'reopened[0].closed' (2026-11-22T10:00:00+08:00)"})J");
  CHECK(has(c.line(head + R"J("reopened": [{"at": "2026-11-21T10:00", "resolved": "2026-11-21T09:00"}]})J",
                   "2026-11-26T12:00"),
            R"J("error": "reopened[0]: event 'resolved' (2026-11-21T09:00:00+08:00) is before 'at' (2026-11-21T10:00:00+08:00))J"));
  CHECK(has(c.line(head + R"J("reopened": [{"hq_dispatched": "2026-11-21T10:00"}]})J", "2026-11-26T12:00"),
            R"J("error": "reopened[0]: missing field 'at')J"));
  CHECK(has(c.line(head + R"J("reopened": [{"at": "2026-11-31T10:00"}]})J", "2026-11-26T12:00"),
            R"J("error": "reopened[0].at: '2026-11-31T10:00' is not a valid timestamp)J"));
  CHECK(has(c.line(head + R"J("reopened": {"at": "2026-11-21T10:00"}})J", "2026-11-26T12:00"),
            R"J("error": "field 'reopened' must be an array)J"));
  CHECK(has(c.line(head + R"J("reopened": ["2026-11-21T10:00"]})J", "2026-11-26T12:00"),
            R"J("error": "reopened[0] must be an object)J"));
  CHECK(has(c.line(head + R"J("reopened": [{"at": "2026-11-21T10:00", "received": "2026-11-21T10:00"}]})J",
                   "2026-11-26T12:00"),
            R"J("error": "reopened[0]: a reopened cycle begins at 'at', not 'received'")J"));
  // A ticket is reopened only after it closed: a cycle without 'closed' is a bad line,
  // naming the field to give (the ticket's own, or the cycle's before).
  const std::string open_head = R"J({"id": "R", "class": "ordinary", "received": "2026-11-10T09:00", )J";
  CHECK(c.line(open_head + R"J("resolved": "2026-11-11T10:00", "reopened": [{"at": "2026-11-21T10:00"}]})J",
               "2026-11-26T12:00") ==
        R"J({"line": 1, "id": "R", "error": "reopened[0].at (2026-11-21T10:00:00+08:00) follows a cycle that never )J"
        R"J(closed: give the ticket's 'closed', the time it closed before it was reopened"})J");
  CHECK(has(c.line(head + R"J("reopened": [{"at": "2026-11-21T10:00"}, {"at": "2026-11-22T09:00"}]})J",
                   "2026-11-26T12:00"),
            R"J(follows a cycle that never closed: give the previous cycle's 'reopened[0].closed')J"));
  // An empty list is no reopening.
  CHECK_FALSE(has(c.line(head + R"J("reopened": []})J", "2026-11-26T12:00"), "cycles"));
}

TEST_CASE("a line without a class is classified from its text or facts") {
  Check c;
  auto out = c.line(R"J({"id": "U", "text": "我们五位客户的信用卡都被盗刷", "received": "2026-11-24T09:00",
                         "hq_dispatched": "2026-11-24T09:20"})J",
                    "2026-11-24T12:00");
  // (The details name the lexicon's words; data/lexicon/zh.lex may grow, so only the rules are pinned.)
  CHECK(has(out, R"J({"id": "U", "class": "urgent", "classified": {"reasons": [{"rule": "fund_safety", )J"));
  CHECK(has(out, R"J({"rule": "group", "detail": "text: 五位 = 5 complainants, threshold 3"}]}, )J"
                 R"J("stages": {"hq_dispatch": {"deadline": "2026-11-24T09:30:00+08:00")J"));
  // Facts alone; none fires: ordinary, with no reasons.
  out = c.line(R"J({"id": "O", "complainants": 1, "channel": "95580", "received": "2026-11-24T09:00"})J",
               "2026-11-24T12:00");
  CHECK(has(out, R"J({"id": "O", "class": "ordinary", "classified": {"reasons": []}, "stages": {"hq_dispatch": )J"
                 R"J({"deadline": "2026-11-24T11:00:00+08:00")J"));
  // The rule set's own group threshold applies (95580: 3).
  CHECK(has(c.line(R"J({"id": "G", "complainants": 3, "received": "2026-11-24T09:00"})J", "2026-11-24T12:00"),
            R"J("class": "urgent", "classified": {"reasons": [{"rule": "group")J"));
  // A class given wins: nothing is classified.
  out = c.line(R"J({"id": "C", "class": "ordinary", "text": "被盗刷", "received": "2026-11-24T09:00"})J",
               "2026-11-24T12:00");
  CHECK_FALSE(has(out, "classified"));
  // Neither a class nor anything to classify; null facts are no facts.
  CHECK(c.line(R"J({"id": "N", "text": null, "received": "2026-11-24T09:00"})J", "2026-11-24T12:00") ==
        R"J({"line": 1, "id": "N", "error": "missing field 'class' (and no text or facts to classify)"})J");
  // A fact the classifier rejects makes the line bad, naming the value.
  CHECK(has(c.line(R"J({"id": "B", "complainants": "three", "received": "2026-11-24T09:00"})J", "2026-11-24T12:00"),
            R"J("error": "no class given, and the complaint cannot be classified: complainants \"three\")J"));
}

TEST_CASE("archive retention of closed tickets, 29 February included") {
  Check c;
  // Closed 2016-02-29: kept until 2026-02-28 (Civil Code art. 202), past by 2026-03-01.
  const char* t = R"J({"id": "A", "class": "ordinary", "received": "2016-02-22T09:00", "closed": "2016-02-29T12:00"})J";
  CHECK(has(c.line(t, "2026-02-28T23:59"), R"J(, "archive": {"retained_until": "2026-02-28"}})J"));
  CHECK(has(c.line(t, "2026-03-01T00:00"), R"J(, "archive": {"retained_until": "2026-02-28", "past_retention": true}})J"));
  // The local closing date counts: 2016-02-29T20:00Z is 1 March in Shanghai.
  CHECK(has(c.line(R"J({"id": "Z", "class": "ordinary", "received": "2016-02-22T09:00", "closed": "2016-02-29T20:00:00Z"})J",
                   "2026-03-01T00:00"),
            R"J("archive": {"retained_until": "2026-03-01"}})J"));
  // Not closed (as of now): no archive entry.
  CHECK_FALSE(has(c.line(t, "2016-02-29T11:00"), "archive"));
}

TEST_CASE("reply records: missing fields of closed tickets, absent records with --require-record") {
  Check c;
  const std::string closed = R"J({"id": "R", "class": "ordinary", "received": "2026-11-20T09:00", "closed": "2026-11-24T12:00")J";
  const char* now = "2026-11-26T12:00";
  // Blank and null fields are missing; `callback: false` is an answer.
  auto out = c.line(closed + R"J(, "record": {"outlet_type": "网点", "responsible_person": null, "cause": "  ",
                                  "handling": "退款", "result": "已解决", "callback": false}})J",
                    now);
  CHECK(has(out, R"J("archive": {"retained_until": "2036-11-24"}, "record_missing": ["responsible_person", "cause"]})J"));
  out = c.line(closed + R"J(, "record": {"outlet_type": "a", "responsible_person": "b", "cause": "c", "handling": "d",
                              "result": "e", "callback": true}})J",
               now);
  CHECK_FALSE(has(out, "record_missing"));
  // No record: not checked, unless required.
  CHECK_FALSE(has(c.line(closed + "}", now), "record_missing"));
  c.settings.require_record = true;
  CHECK(has(c.line(closed + "}", now), R"J("record_missing": ["outlet_type", "responsible_person", "cause", )J"
                                       R"J("handling", "result", "callback"]})J"));
  // Open tickets are not checked.
  CHECK_FALSE(has(c.line(R"J({"id": "O", "class": "ordinary", "received": "2026-11-20T09:00"})J", now), "record_missing"));
  CHECK(has(c.line(closed + R"J(, "record": "done"})J", now), R"J("error": "field 'record' must be an object)J"));
}

TEST_CASE("the summary counts classified lines, archive and records") {
  Check c;
  c.settings.now = parse_instant("2026-11-26T12:00", c.zone);
  const audit::Auditor a{*c.rules, *c.cal, c.zone, c.settings};
  audit::Summary sum{a};
  c.line(R"J({"id": "1", "class": "ordinary", "received": "2014-02-22T09:00", "closed": "2014-02-28T12:00",
              "record": {"cause": "x"}})J",
         "2026-11-26T12:00", &sum);
  c.line(R"J({"id": "2", "text": "被盗刷", "received": "2026-11-20T09:00", "closed": "2026-11-24T12:00"})J",
         "2026-11-26T12:00", &sum);
  CHECK(sum.tickets() == 2);
  CHECK(sum.classified() == 1);
  CHECK(sum.closed() == 2);
  CHECK(sum.past_retention() == 1);
  CHECK(sum.records_checked() == 1);
  CHECK(sum.records_incomplete() == 1);
  CHECK(has(sum.to_json(), R"J("classified": 1, "archive": {"closed": 2, "past_retention": 1}, )J"
                           R"J("records": {"checked": 1, "incomplete": 1})J"));
  const auto text = sum.to_text(false);
  CHECK(has(text, "2 closed tickets: 1 past archive retention (10 years)"));
  CHECK(has(text, "1 reply records checked: 1 missing a field"));
}
