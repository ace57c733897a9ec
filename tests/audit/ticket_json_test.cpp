// Ticket lines in and audit lines out (include/shixian/audit/ticket_json.hpp): every
// kind of bad line names the value; timestamps in every accepted form.
#include <doctest/doctest.h>

#include <random>
#include <vector>

#include "shixian/audit/summary.hpp"
#include "shixian/audit/ticket_json.hpp"
#include "shixian/calendar/calendar.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

namespace {

struct Parsed {
  bool ok;
  Ticket t;
  std::string id, error;
  bool has_id;
};

struct Fixture {
  RuleSetPtr rules = default_rule_set();
  CalendarPtr cal = default_calendar();
  Zone zone = Zone::shanghai();
  audit::TicketParser parser{*rules, zone};

  Parsed parse(std::string_view line) {
    Parsed p;
    p.ok = parser.parse(line, 0, p.t);  // 0: no padding, the parser copies
    p.id = std::string(parser.id());
    p.has_id = parser.has_id();
    p.error = parser.error();
    return p;
  }
  Instant at(const char* s) const { return parse_instant(s, zone); }
};

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE_FIXTURE(Fixture, "a good line: fields by the rule set's names, nulls as not happened") {
  auto p = parse(R"({"id": "T-1", "class": "urgent", "unionpay": true, "received": "2026-11-20T17:45",
                     "hq_dispatched": "2026-11-20 18:00:30", "tier2_received": null, "extra": {"a": [1, 2.5, "x"]},
                     "resolved": "2026-11-21T01:00:00.250Z", "closed": "2026-11-22T10:00:00+08:00"})");
  REQUIRE_MESSAGE(p.ok, p.error);
  CHECK(p.id == "T-1");
  CHECK(p.t.ticket_class == rules->class_index("urgent"));
  CHECK(p.t.has_flag(rules->flag_index("unionpay")));
  CHECK(p.t.event(0) == at("2026-11-20T17:45:00+08:00"));
  CHECK(p.t.event(rules->event_index("hq_dispatched")) == at("2026-11-20T18:00:30+08:00"));
  CHECK_FALSE(p.t.has(rules->event_index("tier2_received")));
  CHECK(p.t.event(rules->event_index("resolved")) == at("2026-11-21T09:00:00.25+08:00"));
  CHECK(p.t.event(rules->event_index("closed")) == at("2026-11-22T10:00:00+08:00"));
}

// A class by its Chinese name (紧急投诉, as a Chinese system's export writes it) is that
// class, as `deadlines --class 紧急投诉` reads it; it was an unknown class, without a hint.
// An unknown one written in Chinese is answered with the Chinese names.
TEST_CASE_FIXTURE(Fixture, "a class by its Chinese name is that class") {
  auto p = parse(R"({"id": "T-1", "class": "紧急投诉", "received": "2026-11-20T17:45"})");
  REQUIRE(p.ok);
  CHECK(p.t.ticket_class == rules->class_index("urgent"));
  p = parse(R"({"id": "T-2", "class": "普通投诉", "received": "2026-11-20T17:45"})");
  REQUIRE(p.ok);
  CHECK(p.t.ticket_class == rules->class_index("ordinary"));
  p = parse(R"({"id": "T-3", "class": "特急", "received": "2026-11-20T17:45"})");
  CHECK_FALSE(p.ok);
  CHECK(p.error == "unknown class '特急' (rule set 95580 has: ordinary (普通投诉), urgent (紧急投诉))");
}

TEST_CASE_FIXTURE(Fixture, "keys with escapes mean what they spell") {
  auto p = parse(R"({"\u0069d": "T-1", "cl\u0061ss": "urgent", "received": "2026-11-20T17:45", "x\"y": 1})");
  REQUIRE_MESSAGE(p.ok, p.error);
  CHECK(p.id == "T-1");
  CHECK(p.t.ticket_class == rules->class_index("urgent"));
}

TEST_CASE_FIXTURE(Fixture, "the fast timestamp path agrees with the general parser") {
  std::mt19937 rng(7);
  const char* seps[] = {"T", " "};
  const char* tails[] = {"", "Z", "+08:00", "-05:30", "+00:00"};
  const char* fractions[] = {"", "", ".5", ".000", ".123", ".123456789", ".1234567891", ".", ".x"};
  for (int i = 0; i < 6000; ++i) {
    const int y = 1990 + static_cast<int>(rng() % 60), m = 1 + static_cast<int>(rng() % 13),
              d = 1 + static_cast<int>(rng() % 31), h = static_cast<int>(rng() % 25), mi = static_cast<int>(rng() % 61),
              s = static_cast<int>(rng() % 61);
    char text[64];
    const bool with_seconds = rng() % 2;
    if (with_seconds)
      std::snprintf(text, sizeof text, "%04d-%02d-%02d%s%02d:%02d:%02d%s%s", y, m, d, seps[rng() % 2], h, mi, s,
                    fractions[rng() % 9], tails[rng() % 5]);
    else
      std::snprintf(text, sizeof text, "%04d-%02d-%02d%s%02d:%02d%s", y, m, d, seps[rng() % 2], h, mi,
                    tails[rng() % 5]);
    std::optional<Instant> expected;
    try {
      expected = parse_instant(text, zone);
    } catch (const std::exception&) {
    }
    const std::string line = std::string(R"({"id": "x", "class": "ordinary", "received": ")") + text + "\"}";
    const auto p = parse(line);
    CHECK_MESSAGE(p.ok == expected.has_value(), text << ": " << p.error);
    if (p.ok && expected) CHECK_MESSAGE(p.t.event(0) == *expected, text);
  }
}

TEST_CASE_FIXTURE(Fixture, "bad lines name the value and keep the id when it can be read") {
  struct Case {
    const char* line;
    const char* error_part;
    const char* id;  // nullptr: no id
  };
  const Case cases[] = {
      {R"({"id": "A", "class": "ordinary", "received": "2026-03-01T10:00")", "invalid JSON", nullptr},
      {R"({"id": "A", "class": "ordinary", "received": "2026-03-01T10:00"} x)", "invalid JSON", nullptr},
      {R"({"id": "A", "class": "ordinary", "received": "2026-03-01T10:00"}{})", "after the object", "A"},
      {R"({"id": "A" "class": "ordinary"})", "invalid JSON", "A"},
      {R"({"id": "A", "class": "ordinary", "received": "2026-03-01T10:00", "x": [1,,2]})", "invalid JSON", "A"},
      {R"({"id": "A", "class": "ordinary", "received": "2026-03-01T10:00", "x": tru})", "invalid JSON", "A"},
      {"not json at all", "invalid JSON", nullptr},
      {R"({"id": "A\ud800", "class": "ordinary", "received": "2026-03-01T10:00"})",
       "invalid JSON: field 'id': '\\ud800' is half of a UTF-16 surrogate pair (a lone surrogate), not a character",
       nullptr},
      {R"({"id": "A", "class": "ordinary", "received": "2026-03-01T10:00", "note": "\q"})",
       "invalid JSON: field 'note': '\\q' is not a JSON escape", "A"},
      {R"(["id", "A"])", "expected a JSON object", nullptr},
      {"{\"id\": \"A\", \"class\": \"ordinary\", \"text\": \"\xE6\x8A\x95\xFF\", \"received\": \"2026-03-01T10:00\"}",
       "invalid UTF-8: byte 0xFF at offset 45", nullptr},
      {R"({"class": "ordinary", "received": "2026-03-01T10:00"})", "missing field 'id'", nullptr},
      // A whole number is an id, as classify and callback read it (42 was refused here
      // only); any other number is not.
      {R"({"id": 4.2, "class": "ordinary", "received": "2026-03-01T10:00"})",
       "field 'id' must be a string or a number written in digits (no sign, point or exponent), got 4.2", nullptr},
      {R"({"id": "A", "received": "2026-03-01T10:00"})", "missing field 'class'", "A"},
      // The first event is required: "or null" there pointed at a value then refused as missing.
      {R"({"id": "A", "class": "ordinary", "received": 12345})", "field 'received' must be a timestamp string, got 12345", "A"},
      {R"({"id": "A", "class": "ordinary", "received": "2026-03-01T10:00", "closed": 5})",
       "field 'closed' must be a timestamp string or null, got 5", "A"},
      {R"({"id": "A", "class": "vip", "received": "2026-03-01T10:00"})",
       "unknown class 'vip' (rule set 95580 has: ordinary, urgent)", "A"},
      {R"({"class": "vip", "received": "2026-03-01T10:00", "id": "late-id"})", "unknown class 'vip'", "late-id"},
      {R"({"id": "A", "class": "ordinary"})", "missing field 'received'", "A"},
      {R"({"id": "A", "class": "ordinary", "received": 20260301})", "field 'received' must be a timestamp", "A"},
      {R"({"id": "A", "class": "ordinary", "unionpay": "yes", "received": "2026-03-01T10:00"})",
       "field 'unionpay' must be true or false, got \"yes\"", "A"},
      {R"({"id": "A", "class": "ordinary", "received": "2026-02-30T10:00"})",
       "received: '2026-02-30T10:00' is not a valid timestamp (no such day in that month)", "A"},
      {R"({"id": "A", "class": "ordinary", "received": "2026-03-01T25:00"})",
       "received: '2026-03-01T25:00' is not a valid timestamp (hour must be 00..23)", "A"},
      {R"({"id": "A", "class": "ordinary", "received": "2026-03-01T10:00", "replied": "yesterday"})",
       "replied: 'yesterday' is not a valid timestamp", "A"},
      {R"({"id": "A", "class": "ordinary", "received": "2026-03-01T10:00", "resolved": "2026-03-02T10:00",
           "replied": "2026-03-01T12:00"})",
       "event 'replied' (2026-03-01T12:00:00+08:00) is before 'resolved' (2026-03-02T10:00:00+08:00)", "A"},
      {R"({"id": "A", "class": "ordinary", "received": "2026-03-01T10:00", "hq_dispatched": "2026-03-01T09:00"})",
       "is before 'received'", "A"},
      {R"({"id": "A", "class": "ordinary", "received": "2026-03-01T10:00", "received": "2026-03-01T11:00"})",
       "field 'received' appears twice", "A"},
      // A misspelt name is named in the line's own error (session 25 trial: it was only in
      // the run's closing note), by each reader: the scanner, and the general reader (an
      // array on the line).
      {R"({"id": "A", "class": "urgent", "recieved": "2026-03-01T10:00"})",
       "missing field 'received' (expected a timestamp); the line has 'recieved': misspelt?", "A"},
      {R"({"id": "A", "class": "urgent", "recieved": "2026-03-01T10:00", "x": [1]})",
       "missing field 'received' (expected a timestamp); the line has 'recieved': misspelt?", "A"},
      {R"({"ID": "A", "class": "urgent", "received": "2026-03-01T10:00"})",
       "missing field 'id' (expected a string); the line has 'ID': misspelt?", nullptr},
      {R"({"id": "A", "clas": "urgent", "received": "2026-03-01T10:00"})",
       "missing field 'class' (and no text or facts to classify); the line has 'clas': misspelt?", "A"},
      {R"({"id": "A", "class": "ordnary", "received": "2026-03-01T10:00"})",
       "unknown class 'ordnary' (rule set 95580 has: ordinary, urgent); did you mean 'ordinary'?", "A"},
  };
  for (const auto& c : cases) {
    const auto p = parse(c.line);
    CHECK_MESSAGE(!p.ok, c.line);
    CHECK_MESSAGE(has(p.error, c.error_part), c.line << "\n  error: " << p.error);
    CHECK_MESSAGE(p.has_id == (c.id != nullptr), std::string(c.line));
    if (c.id) CHECK(p.id == c.id);
  }
  // A field far from every name is not offered as the one meant; of two, the closer is;
  // a short name only in other case ('uid' is an export's own column, not 'id').
  CHECK(parse(R"({"id": "A", "class": "urgent", "note": "x"})").error ==
        "missing field 'received' (expected a timestamp)");
  CHECK(parse(R"({"id": "A", "case": "C-7", "clas": "urgent", "received": "2026-03-01T10:00"})").error ==
        "missing field 'class' (and no text or facts to classify); the line has 'clas': misspelt?");
  CHECK(parse(R"({"uid": "u1", "class": "urgent", "received": "2026-03-01T10:00"})").error ==
        "missing field 'id' (expected a string)");
}

TEST_CASE("a local time in a DST gap is a bad line unless the caller chooses") {
  const auto rules = default_rule_set();
  const Zone london = Zone::locate("Europe/London");
  const char* line = R"({"id": "L", "class": "ordinary", "received": "2026-03-29T01:30"})";
  Ticket t;
  audit::TicketParser strict{*rules, london};
  CHECK_FALSE(strict.parse(line, 0, t));
  CHECK(has(strict.error(), "received: "));
  CHECK(has(strict.error(), "2026-03-29"));
  audit::TicketParser earliest{*rules, london, Choose::earliest};
  CHECK(earliest.parse(line, 0, t));
}

TEST_CASE_FIXTURE(Fixture, "output lines: every stage appears, in the contract's shape") {
  audit::Settings s;
  s.now = at("2026-11-26T12:00");
  const audit::Auditor a{*rules, *cal, zone, s};
  auto p = parse(R"({"id": "T-\"1\"", "class": "ordinary", "received": "2026-11-20T17:45",
                     "hq_dispatched": "2026-11-21T11:00"})");
  REQUIRE(p.ok);
  std::vector<audit::StageAudit> stages(rules->stages.size());
  a.audit(p.t, stages);
  std::string out;
  audit::append_audit_line(out, *rules, zone, p.id, stages);
  CHECK(out ==
        R"({"id": "T-\"1\"", "stages": {"hq_dispatch": {"deadline": "2026-11-21T10:30:00+08:00", )"
        R"("done": "2026-11-21T11:00:00+08:00", "status": "breached", "late": {"wall": "30m", "clock": "30m"}}, )"
        R"("branch_dispatch": {"status": "not_started"}, )"
        R"("total": {"deadline": "2026-11-28T00:00:00+08:00", "status": "pending", "used": 0.7}, )"
        R"("reply": {"status": "not_started"}}})"
        "\n");
  out.clear();
  audit::append_bad_line(out, "a.jsonl", 7, false, {}, "invalid JSON: \"x\"");
  CHECK(out == R"({"file": "a.jsonl", "line": 7, "id": null, "error": "invalid JSON: \"x\""})" "\n");
}

TEST_CASE_FIXTURE(Fixture, "the summary: counts, timeliness, worst breaches, by month; merging is order-free") {
  audit::Settings s;
  s.now = at("2026-12-01T00:00");
  const audit::Auditor a{*rules, *cal, zone, s};
  const char* lines[] = {
      R"({"id": "A", "class": "ordinary", "received": "2026-11-20T17:45", "hq_dispatched": "2026-11-21T09:00"})",
      R"({"id": "B", "class": "ordinary", "received": "2026-11-20T17:45", "hq_dispatched": "2026-11-21T12:00"})",
      R"({"id": "C", "class": "ordinary", "received": "2026-10-20T17:45", "hq_dispatched": "2026-10-21T18:00"})",
      R"({"id": "D", "class": "urgent", "received": "2026-11-20T09:00", "hq_dispatched": "2026-11-20T09:20"})",
  };
  audit::Summary whole{a, 2}, first{a, 2}, second{a, 2};
  std::vector<audit::StageAudit> stages(rules->stages.size());
  for (std::uint64_t i = 0; i < 4; ++i) {
    auto p = parse(lines[i]);
    REQUIRE(p.ok);
    a.audit(p.t, stages);
    whole.add(p.t, p.id, stages, i);
    (i % 2 ? first : second).add(p.t, p.id, stages, i);
  }
  whole.add_bad_line(5, "", 6, "invalid JSON");
  second.add_bad_line(5, "", 6, "invalid JSON");
  first.merge(second);
  for (const auto* sum : {&whole, &first}) {
    CHECK(sum->tickets() == 4);
    CHECK(sum->bad_lines() == 1);
    const auto& hq = sum->cell(rules->stage_index("hq_dispatch"), rules->class_index("ordinary"));
    CHECK(hq.count(audit::Status::met) == 1);
    CHECK(hq.count(audit::Status::breached) == 2);
    CHECK(hq.timeliness() == doctest::Approx(1.0 / 3));
    const auto worst = audit::Summary::sorted_worst(hq);
    REQUIRE(worst.size() == 2);
    CHECK(worst[0].id == "C");  // 7h30m late beats B's 1h30m
    CHECK(worst[1].id == "B");
    CHECK(hq.by_month.size() == 2);
    const auto all = sum->stage_total(rules->stage_index("hq_dispatch"));
    CHECK(all.count(audit::Status::met) == 2);
    CHECK(all.timeliness() == doctest::Approx(0.5));
  }
  CHECK(whole.to_json() == first.to_json());
  CHECK(has(whole.to_text(false), "hq_dispatch"));
  CHECK(has(whole.to_json(), R"("breaches_by_month": {"2026-10": 1, "2026-11": 1})"));
}

// The rules of every JSON Lines reader (src/io/json_line.hpp; issue 16), as `classify`
// (tests/classify/json.cpp) and `callback` (tests/handling/) follow them.
TEST_CASE_FIXTURE(Fixture, "a repeated field is an error naming it, read or not; huge numbers in fields not read are valid") {
  auto p = parse(R"({"id": "A", "class": "ordinary", "class": "urgent", "received": "2026-03-01T10:00"})");
  CHECK_FALSE(p.ok);
  CHECK(p.error == "field 'class' appears twice");
  p = parse(R"({"id": "A", "class": "ordinary", "x": 1, "received": "2026-03-01T10:00", "x": 2})");
  CHECK_FALSE(p.ok);
  CHECK(p.error == "field 'x' appears twice");
  CHECK(p.id == "A");
  p = parse(R"({"id": "A", "class": "ordinary", "received": "2026-03-01T10:00", "x": 1e400, "y": 123456789012345678901234567890, "z": {"w": [-2.5E-999]}})");
  CHECK(p.ok);
  CHECK(p.error.empty());
  p = parse(R"({"id": "A", "class": "ordinary", "received": "2026-03-01T10:00", "x": 01})");
  CHECK_FALSE(p.ok);
  CHECK(has(p.error, "invalid JSON"));
}
