// Rule sets are data: the built-in files load, compute deadlines, and bad files are
// rejected with the file, the line and the value.
#include <doctest/doctest.h>

#include <algorithm>

#include "shixian/calendar/calendar.hpp"
#include "shixian/error.hpp"
#include "shixian/sla/deadlines.hpp"
#include "shixian/time/text.hpp"
#include "support/errors.hpp"

using namespace shixian;
using shixian::test::contains;

namespace {

// The message parsing `text` as bank.toml fails with (the test fails if it parses).
std::string error_of(const std::string& text) {
  return shixian::test::message_of([&] { parse_rule_set(text, "bank.toml"); });
}

const std::string base = R"(name = "bank"
classes = ["ordinary"]
events = ["received", "replied"]
)";

// Deadline of `stage` for a ticket of `cls` received at `received` (Asia/Shanghai).
std::string deadline(const RuleSet& rs, const char* cls, const char* stage, const char* received) {
  const auto zone = Zone::shanghai();
  Ticket t;
  t.ticket_class = rs.class_index(cls);
  t.set(rs.event_at(0), parse_instant(received, zone));
  DeadlineEngine e{rs, *default_calendar(), zone};
  const auto si = rs.stage_index(stage);
  REQUIRE(si >= 0);
  const auto r = e.stage(t, si);
  REQUIRE(r.state == StageDeadline::State::computed);
  return format_instant(r.deadline, zone);
}

}  // namespace

TEST_CASE("every built-in rule set loads") {
  const auto names = builtin_rule_sets();
  CHECK(names.size() >= 8);
  for (const auto& n : names) {
    CAPTURE(n);
    const auto rs = load_rule_set(n);
    CHECK(rs->name == n);
    CHECK_FALSE(rs->stages.empty());
  }
}

TEST_CASE("seed 003 generic bank: dispatch 24h, reply 5 working days, close 10 working days") {
  const auto rs = load_rule_set("generic-bank");
  CHECK(deadline(*rs, "ordinary", "dispatch", "2026-09-30T10:00") == "2026-10-01T10:00:00+08:00");
  CHECK(deadline(*rs, "ordinary", "reply", "2026-09-30T10:00") == "2026-10-14T00:00:00+08:00");
  // 8, 9, 10(Sat make-up), 12..16, 19, 20 October.
  CHECK(deadline(*rs, "ordinary", "close", "2026-09-30T10:00") == "2026-10-21T00:00:00+08:00");
  CHECK(rs->group_threshold == 5);
  CHECK(default_rule_set()->group_threshold == 3);
}

TEST_CASE("seed 003: seven working days, online forwarding, simple and complex complaints") {
  CHECK(deadline(*load_rule_set("seven-day-bank"), "ordinary", "total", "2026-02-12T09:00") ==
        "2026-03-01T00:00:00+08:00");  // 13, 14 (Sat make-up), 24..27, 28 (Sat make-up)
  CHECK(deadline(*load_rule_set("online-forwarding"), "online", "forward", "2026-04-30T20:00") ==
        "2026-05-08T00:00:00+08:00");  // May Day break 1..5, then 6 and 7
  const auto sc = load_rule_set("simple-complex");
  CHECK(deadline(*sc, "simple", "first_reply", "2026-11-20T10:00") == "2026-11-26T00:00:00+08:00");
  CHECK(deadline(*sc, "complex", "first_reply", "2026-11-20T10:00") == "2026-11-28T00:00:00+08:00");
  CHECK(deadline(*sc, "complex", "handled", "2026-11-20T10:00") == "2026-12-19T00:00:00+08:00");
  const auto ft = load_rule_set("fast-track-bank");
  CHECK(deadline(*ft, "ordinary", "investigate", "2026-10-01T10:00") == "2026-10-02T10:00:00+08:00");
  CHECK(deadline(*ft, "ordinary", "handle", "2026-10-01T10:00") == "2026-10-03T10:00:00+08:00");
}

TEST_CASE("seed 002 emergency and seed 004 call-centre faults run on wall-clock time") {
  const auto em = load_rule_set("emergency");
  CHECK(deadline(*em, "emergency", "on_site", "2026-10-01T23:30") == "2026-10-02T00:30:00+08:00");
  CHECK(deadline(*em, "emergency", "report", "2026-10-01T23:30") == "2026-10-02T07:30:00+08:00");
  const auto cc = load_rule_set("callcentre-faults");
  CHECK(deadline(*cc, "level1", "restore", "2026-10-01T23:50") == "2026-10-02T00:20:00+08:00");
  CHECK(deadline(*cc, "level4", "restore", "2026-10-01T23:50") == "2026-10-02T00:05:00+08:00");
  CHECK(deadline(*cc, "level2", "escalate", "2026-10-01T23:50") == "2026-10-02T00:50:00+08:00");
  CHECK(deadline(*cc, "level3", "escalate", "2026-10-01T23:50") == "2026-10-02T00:20:00+08:00");
}

TEST_CASE("a target's cut-off ends the working-day clock at close of business") {
  const auto rs = parse_rule_set(base + R"(
[[stages]]
id = "reply"
start = "received"
end = "replied"
clock = "working_days"
cutoff = "17:30"
targets = [{ target = "1wd" }]
)", "bank.toml");
  CHECK(deadline(*rs, "ordinary", "reply", "2026-09-30T10:00") == "2026-10-08T17:30:00+08:00");
}

TEST_CASE("extends: a child changes only what it says") {
  const auto rs = parse_rule_set(R"(extends = "95580"
name = "my-95580"
[quiet_hours]
from = "20:00"
to = "08:00"
)", "mine.toml");
  CHECK(rs->name == "my-95580");
  CHECK(rs->quiet.from == std::chrono::hours{20});
  CHECK(rs->stages.size() == default_rule_set()->stages.size());
  CHECK(rs->schedules.front().windows.front().open == std::chrono::hours{8} + std::chrono::minutes{30});
}

// A review of session 23's equal-ends refusal: a file that extends one with quiet hours
// had turned them off with from = to = "00:00"; leaving the table out keeps the base's.
TEST_CASE("extends: [quiet_hours] enabled = false turns the base's quiet hours off; with hours it is refused") {
  const auto off = parse_rule_set("extends = \"95580\"\nname = \"no-quiet\"\n[quiet_hours]\nenabled = false\n", "off.toml");
  CHECK_FALSE(off->quiet.enabled);
  CHECK(default_rule_set()->quiet.enabled);
  CHECK_THROWS_WITH_AS(parse_rule_set("extends = \"95580\"\nname = \"x\"\n[quiet_hours]\nenabled = false\nfrom = \"20:00\"\n",
                                      "both.toml"),
                       doctest::Contains("not both"), InputError);
  CHECK_THROWS_WITH_AS(parse_rule_set("extends = \"95580\"\nname = \"x\"\n[quiet_hours]\nfrom = \"00:00\"\nto = \"00:00\"\n",
                                      "eq.toml"),
                       doctest::Contains("enabled = false in a file that extends another"), InputError);
  CHECK(parse_rule_set("extends = \"95580\"\nname = \"x\"\n[quiet_hours]\nenabled = true\n", "on.toml")->quiet.enabled);
}

// Found trying the CLI as a new user (2026-12-06): a file that extends 95580 and gives
// one [[stages]] entry lost the other three stages without a word, because lists were
// replaced whole. Stages are now merged by id.
TEST_CASE("extends: [[stages]] change the base's stages by id, add new ones, and drop_stages removes some") {
  const auto base_rs = default_rule_set();
  SUBCASE("a stage with a base id changes that stage only, key by key") {
    const auto rs = parse_rule_set(R"(extends = "95580"
name = "mybank"
[[stages]]
id = "total"
targets = [ { class = "ordinary", clock = "working_days", target = "7wd" }, { class = "urgent", target = "48h" } ]
)", "mybank.toml");
    REQUIRE(rs->stages.size() == base_rs->stages.size());
    for (std::size_t i = 0; i < rs->stages.size(); ++i) CHECK(rs->stages[i].id == base_rs->stages[i].id);
    const auto& total = *std::find_if(rs->stages.begin(), rs->stages.end(), [](const Stage& s) { return s.id == "total"; });
    const auto& base_total =
        *std::find_if(base_rs->stages.begin(), base_rs->stages.end(), [](const Stage& s) { return s.id == "total"; });
    CHECK(total.targets.size() == 2);  // its targets, given, replace the base's whole
    CHECK(total.start_event == base_total.start_event);  // what it did not say is inherited
    CHECK(total.end_event == base_total.end_event);
    CHECK(total.source == base_total.source);
    // The other stages compute as in the base.
    CHECK(deadline(*rs, "ordinary", "hq_dispatch", "2026-11-20T10:00") ==
          deadline(*base_rs, "ordinary", "hq_dispatch", "2026-11-20T10:00"));
    CHECK(deadline(*rs, "ordinary", "total", "2026-11-20T10:00") != deadline(*base_rs, "ordinary", "total", "2026-11-20T10:00"));
  }
  SUBCASE("a new id is added after the base's stages") {
    const auto rs = parse_rule_set(R"(extends = "95580"
name = "mybank"
[[stages]]
id = "callback"
start = "replied"
end = "closed"
targets = [ { target = "48h" } ]
)", "mybank.toml");
    REQUIRE(rs->stages.size() == base_rs->stages.size() + 1);
    CHECK(rs->stages.back().id == "callback");
    CHECK(rs->stages.front().id == base_rs->stages.front().id);
  }
  SUBCASE("drop_stages removes base stages by id, and names a misspelt one") {
    const auto rs = parse_rule_set("extends = \"95580\"\nname = \"mybank\"\ndrop_stages = [\"reply\"]\n", "mybank.toml");
    CHECK(rs->stages.size() + 1 == base_rs->stages.size());
    CHECK_FALSE(rs->find_stage("reply"));
    const auto e = error_of("extends = \"95580\"\nname = \"mybank\"\ndrop_stages = [\"reply\", \"totl\"]\n");
    CHECK(contains(e, "bank.toml:3"));
    CHECK(contains(e, "'totl'"));
    CHECK(contains(e, "did you mean 'total'"));
    // Every stage dropped, none defined: the child's line, not the base file's "needs [[stages]]".
    const auto all = error_of("extends = \"95580\"\nname = \"mybank\"\n"
                              "drop_stages = [\"hq_dispatch\", \"branch_dispatch\", \"total\", \"reply\"]\n");
    CAPTURE(all);
    CHECK(contains(all, "bank.toml:3: drop_stages removes every stage of the rule set this file extends"));
    CHECK_FALSE(contains(all, "95580.toml"));
  }
  SUBCASE("[[pauses]] are added to the base's; one already there is an error") {
    const auto docs = load_rule_set("95580-docs-pause");
    const std::string head = "extends = \"95580-docs-pause\"\nname = \"mybank\"\n";
    // (A pause lies inside its stage, in the events' order: reply's needs events of its own.)
    const auto rs = parse_rule_set(head + "events = [\"received\", \"hq_dispatched\", \"tier2_received\", \"branch_dispatched\", "
                                          "\"docs_requested\", \"docs_received\", \"resolved\", \"reply_held\", \"reply_freed\", "
                                          "\"replied\", \"closed\"]\n"
                                          "[[pauses]]\nstage = \"reply\"\npause = \"reply_held\"\nresume = \"reply_freed\"\n",
                                   "mybank.toml");
    const auto pauses = [](const RuleSet& r, const char* stage) { return r.stages[static_cast<std::size_t>(r.stage_index(stage))].pauses.size(); };
    CHECK(pauses(*rs, "total") == pauses(*docs, "total"));  // the base's pause is kept
    CHECK(pauses(*rs, "total") == 1);
    CHECK(pauses(*rs, "reply") == 1);
    const auto e = error_of(head + "[[pauses]]\nstage = \"total\"\npause = \"docs_requested\"\nresume = \"docs_received\"\n");
    CHECK(contains(e, "bank.toml:3"));
    CHECK(contains(e, "already in the rule set this file extends"));
    // `pauses = []` clears the base's; dropping a stage takes the base's pauses of it along.
    const auto none = parse_rule_set(head + "pauses = []\n", "mybank.toml");
    CHECK(pauses(*none, "total") == 0);
    const auto no_total = parse_rule_set(head + "drop_stages = [\"total\"]\n", "mybank.toml");
    CHECK_FALSE(no_total->find_stage("total"));
  }
  SUBCASE("a misspelt zone is an error at load, with its line and the zone meant") {
    const auto e = error_of("extends = \"95580\"\nname = \"x\"\nzone = \"Asia/Shanghia\"\n");
    CHECK(contains(e, "bank.toml:3"));
    CHECK(contains(e, "'Asia/Shanghia'"));
    CHECK(contains(e, "did you mean 'Asia/Shanghai'"));
  }
  SUBCASE("drop_stages without extends, a stage both dropped and defined, a stage given twice: errors") {
    CHECK(contains(error_of("name = \"x\"\ndrop_stages = [\"reply\"]\n"), "'drop_stages' needs 'extends'"));
    CHECK(contains(error_of("extends = \"95580\"\nname = \"x\"\ndrop_stages = [\"reply\"]\n[[stages]]\nid = \"reply\"\n"),
                   "both in drop_stages and defined here"));
    const auto twice = error_of("extends = \"95580\"\nname = \"x\"\n[[stages]]\nid = \"total\"\n[[stages]]\nid = \"total\"\n");
    CHECK(contains(twice, "bank.toml:5"));
    CHECK(contains(twice, "stage 'total' defined twice"));
  }
}

TEST_CASE("malformed rule sets name the file, the line and the value") {
  SUBCASE("TOML syntax") { CHECK(error_of(base + "[[stages]\n").find("bank.toml:4") != std::string::npos); }
  SUBCASE("unknown event") {
    const auto e = error_of(base + "[[stages]]\nid = \"x\"\nstart = \"received\"\nend = \"resolvd\"\ntargets = [{ target = \"1h\" }]\n");
    CHECK(e.find("bank.toml:7") != std::string::npos);
    CHECK(e.find("'resolvd'") != std::string::npos);
  }
  SUBCASE("unknown clock") {
    const auto e = error_of(base + "[[stages]]\nid = \"x\"\nstart = \"received\"\nend = \"replied\"\nclock = \"wallclock\"\ntargets = [{ target = \"1h\" }]\n");
    CHECK(e.find("bank.toml:8") != std::string::npos);
    CHECK(e.find("'wallclock'") != std::string::npos);
    // Every clock is listed, and a near miss is named.
    const auto near = error_of(base + "[[stages]]\nid = \"x\"\nstart = \"received\"\nend = \"replied\"\nclock = \"calendar_day\"\ntargets = [{ target = \"1h\" }]\n");
    CHECK(contains(near, "elapsed, business_time, working_days or calendar_days"));
    CHECK(contains(near, "did you mean 'calendar_days'"));
  }
  SUBCASE("bad target") {
    const auto e = error_of(base + "[[stages]]\nid = \"x\"\nstart = \"received\"\nend = \"replied\"\ntargets = [{ target = \"24 hours\" }]\n");
    CHECK(e.find("bank.toml:8") != std::string::npos);
    CHECK(e.find("'24 hours'") != std::string::npos);
  }
  SUBCASE("working days written as hours") {
    const auto e = error_of(base + "[[stages]]\nid = \"x\"\nstart = \"received\"\nend = \"replied\"\nclock = \"working_days\"\ntargets = [{ target = \"5d\" }]\n");
    CHECK(e.find("'5d'") != std::string::npos);
  }
  SUBCASE("unknown class in a target") {
    const auto e = error_of(base + "[[stages]]\nid = \"x\"\nstart = \"received\"\nend = \"replied\"\ntargets = [{ class = \"vip\", target = \"1h\" }]\n");
    CHECK(e.find("bank.toml:8") != std::string::npos);
    CHECK(e.find("'vip'") != std::string::npos);
  }
  SUBCASE("window that ends before it starts") {
    const auto e = error_of(base + "[schedules.w]\ndays = \"working\"\nwindows = [\"17:30-08:30\"]\n[[stages]]\nid = \"x\"\nstart = \"received\"\nend = \"replied\"\nclock = \"business_time\"\nschedule = \"w\"\ntargets = [{ target = \"1h\" }]\n");
    CHECK(e.find("bank.toml:6") != std::string::npos);
    CHECK(e.find("'17:30-08:30'") != std::string::npos);
  }
  SUBCASE("impossible time of day") {
    const auto e = error_of(base + "[quiet_hours]\nfrom = \"25:00\"\nto = \"08:00\"\n[[stages]]\nid = \"x\"\nstart = \"received\"\nend = \"replied\"\ntargets = [{ target = \"1h\" }]\n");
    CHECK(e.find("bank.toml:5") != std::string::npos);
    CHECK(e.find("'25:00'") != std::string::npos);
  }
  SUBCASE("quiet hours whose ends are equal (they had silently switched quiet hours off)") {
    const auto e = error_of(base + "[quiet_hours]\nfrom = \"08:00\"\nto = \"08:00\"\n[[stages]]\nid = \"x\"\nstart = \"received\"\nend = \"replied\"\ntargets = [{ target = \"1h\" }]\n");
    CHECK(e.find("bank.toml:6") != std::string::npos);
    CHECK(e.find("both \"08:00\"") != std::string::npos);
  }
  SUBCASE("stage ending before it starts") {
    const auto e = error_of(base + "[[stages]]\nid = \"x\"\nstart = \"replied\"\nend = \"received\"\ntargets = [{ target = \"1h\" }]\n");
    CHECK(e.find("bank.toml:7") != std::string::npos);
  }
  SUBCASE("missing name") { CHECK(error_of("classes = [\"a\"]\n").find("missing 'name'") != std::string::npos); }
  SUBCASE("missing file") {
    CHECK_THROWS_WITH_AS(load_rule_set("/nonexistent/rules.toml"),
                         doctest::Contains("/nonexistent/rules.toml"), InputError);
  }
}

// A bank analyst's trial (session 33): a class named "all" made two "all" rows and two
// "all" keys in the summary (a JSON reader kept one); a flag named "zone", "provisional"
// or "stages" wrote deadlines' JSON key twice ("zone": true replaced the zone).
TEST_CASE("class and flag names that would repeat an output key are refused, naming file and line") {
  CHECK_THROWS_WITH_AS(parse_rule_set("extends = \"95580\"\nname = \"x\"\nclasses = [\"ordinary\", \"all\"]\n", "c.toml"),
                       doctest::Contains("c.toml:3: class name 'all' is what the summary calls every class together"),
                       InputError);
  for (const char* flag : {"zone", "provisional", "stages", "rules_version", "profile"}) {
    const std::string want = std::string("f.toml:3: flag name '") + flag + "' is a key of deadlines' JSON output";
    CHECK_THROWS_WITH_AS(parse_rule_set(std::string("extends = \"95580\"\nname = \"x\"\nflags = [\"") + flag + "\"]\n", "f.toml"),
                         doctest::Contains(want.c_str()), InputError);
  }
  CHECK(parse_rule_set("extends = \"95580\"\nname = \"x\"\nflags = [\"unionpay\", \"vip\"]\n", "ok.toml")->flags.size() == 2);
}

// The same trial: a file that extends 95580 without a name of its own changed its
// targets and still called itself "95580" in every result; 3.0 was refused as "got 3";
// one pause given twice in a file was accepted and listed twice.
TEST_CASE("extends needs a name of its own; a decimal is named as written; a pause given twice is refused") {
  CHECK_THROWS_WITH_AS(parse_rule_set("extends = \"95580\"\n[archive]\nyears = 7\n", "mine.toml"),
                       doctest::Contains("mine.toml:1: a rule set that extends '95580' needs a name of its own"),
                       InputError);
  CHECK(parse_rule_set("extends = \"95580\"\nname = \"mine\"\n[archive]\nyears = 7\n", "mine.toml")->name == "mine");
  CHECK_THROWS_WITH_AS(parse_rule_set("extends = \"95580\"\nname = \"x\"\n[classification]\ngroup_threshold = 3.0\n", "g.toml"),
                       doctest::Contains("got 3.0 (a decimal: write it without the point)"), InputError);
  const std::string pause = "[[pauses]]\nstage = \"total\"\npause = \"resolved\"\nresume = \"replied\"\n";
  CHECK(parse_rule_set("extends = \"95580\"\nname = \"x\"\n" + pause, "p.toml")->stages[2].pauses.size() == 1);
  CHECK_THROWS_WITH_AS(parse_rule_set("extends = \"95580\"\nname = \"x\"\n" + pause + pause, "p.toml"),
                       doctest::Contains("p.toml:7: stage 'total' already has this pause (pause 'resolved', resume 'replied')"),
                       InputError);
}

// A bank engineer's trial (session 33): check's lines and deadlines --class read a class
// by its Chinese name, the library's own look-ups (the C ABI, Java, Python) refused it.
TEST_CASE("a class or flag is found by its Chinese name, as check reads it") {
  const auto rs = default_rule_set();
  CHECK(rs->class_index("紧急投诉") == rs->class_index("urgent"));
  CHECK(rs->flag_index("银联工单") == rs->flag_index("unionpay"));
  CHECK_THROWS_WITH_AS(rs->class_index("紧急"), doctest::Contains("unknown class '紧急'"), InputError);
  const auto t = rs->ticket("紧急投诉", {{"received", "2026-09-30T17:10"}}, Zone::shanghai(), {"银联工单"});
  CHECK(t.ticket_class == rs->class_index("urgent"));
  CHECK(t.has_flag(rs->flag_index("unionpay").index()));
}
