// Summaries built apart and merged (include/shixian/audit/summary.hpp to_state /
// merge_state, check_stream.hpp check_text): parts of an input, audited separately and
// merged in any order through their bytes, give the report of one pass over the whole;
// a state of other settings, cut short or padded is refused and merges nothing.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "shixian/audit/check_stream.hpp"
#include "shixian/audit/summary.hpp"
#include "shixian/calendar/calendar.hpp"
#include "shixian/error.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

namespace {

// Tickets late by whole hours, several equally late (ties are broken by input order),
// some bad lines, a blank line and CRLF endings.
std::string tickets(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) {
    const int day = 1 + i % 27, late_h = i % 5;
    char line[256];
    if (i % 17 == 5) {
      std::snprintf(line, sizeof line, R"({"id": "X%d", "class": "vip", "received": "2026-11-%02dT09:00"})", i, day);
    } else if (i % 23 == 7) {
      std::snprintf(line, sizeof line, "not json %d", i);
    } else {
      std::snprintf(line, sizeof line,
                    R"({"id": "T%d", "class": "%s", "received": "2026-11-%02dT09:00", "hq_dispatched": "2026-11-%02dT%02d:30"})",
                    i, i % 3 ? "ordinary" : "urgent", day, day, 10 + late_h);
    }
    s += line;
    s += i % 11 == 3 ? "\r\n" : "\n";
    if (i == 40) s += "  \n";
  }
  return s;
}

struct Fixture {
  RuleSetPtr rules = default_rule_set();
  CalendarPtr cal = default_calendar();
  Zone zone = Zone::shanghai();
  audit::Settings settings = [] {
    audit::Settings s;
    s.now = parse_instant("2026-12-01T00:00", Zone::shanghai());
    return s;
  }();
  audit::Auditor auditor{*rules, *cal, zone, settings};

  // One part audited on its own: `part` orders it after the parts before it.
  audit::Summary part(std::string_view text, std::string_view file, std::uint64_t part_no) {
    audit::Summary s{auditor, 3, 4};
    audit::StreamOptions o;
    o.write_lines = false;
    o.summary = &s;
    o.order_base = part_no << 40;
    audit::check_text(auditor, text, file, o);
    return s;
  }
};

std::string piece_name(std::size_t i) {
  std::string s = "p";
  s += std::to_string(i);  // not "p" + …: GCC 12 warns wrongly (-Wrestrict) on that
  return s;
}

// The text cut into `k` pieces at line ends.
std::vector<std::string> split(const std::string& text, std::size_t k) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 1; i <= k; ++i) {
    std::size_t end = i == k ? text.size() : text.find('\n', text.size() * i / k) + 1;
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

}  // namespace

TEST_CASE_FIXTURE(Fixture, "check_text reads a text as check_stream reads the same bytes from a file") {
  const std::string text = tickets(300);
  std::FILE* f = std::tmpfile();
  REQUIRE(f != nullptr);
  std::fwrite(text.data(), 1, text.size(), f);
  std::fflush(f);
  std::rewind(f);
  audit::Summary from_file{auditor}, from_text{auditor};
  audit::StreamOptions o;
  o.write_lines = false;
  o.summary = &from_file;
  const auto a = audit::check_stream(auditor, fileno(f), "t.jsonl", o);
  o.summary = &from_text;
  const auto b = audit::check_text(auditor, text, "t.jsonl", o);
  std::fclose(f);
  CHECK(a.lines == b.lines);
  CHECK(a.blank == 1);
  CHECK(b.blank == 1);
  CHECK(a.bad == b.bad);
  CHECK(b.bad > 10);
  CHECK(from_text.to_json() == from_file.to_json());
}

TEST_CASE_FIXTURE(Fixture, "parts merged through their bytes, in any order, give the whole input's report") {
  const std::string text = tickets(400);
  const auto whole = part(text, "t.jsonl", 0);
  REQUIRE(whole.bad_lines() > 4);  // more than are listed: which ones is decided by order
  for (std::size_t k : {2u, 3u, 5u}) {
    const auto pieces = split(text, k);
    // The CLI over k files numbers each file's lines from 1; here too, each piece named.
    audit::Summary merged{auditor, 3, 4};
    std::vector<std::string> states;
    for (std::size_t i = 0; i < k; ++i) states.push_back(part(pieces[i], piece_name(i), i).to_state());
    for (std::size_t i = k; i-- > 0;) merged.merge_state(states[i]);  // last part first
    // One pass over the pieces as consecutive files, as `check p0 p1 ...` does.
    audit::Summary files{auditor, 3, 4};
    audit::StreamOptions o;
    o.write_lines = false;
    o.summary = &files;
    for (std::size_t i = 0; i < k; ++i) {
      const auto n = audit::check_text(auditor, pieces[i], piece_name(i), o);
      o.order_base += n.lines;
    }
    CAPTURE(k);
    CHECK(merged.to_json() == files.to_json());
    CHECK(merged.tickets() == whole.tickets());
    CHECK(merged.bad_lines() == whole.bad_lines());
  }
}

TEST_CASE_FIXTURE(Fixture, "a state of other settings, cut short or padded is refused and merges nothing") {
  const std::string state = part(tickets(100), "t", 0).to_state();
  audit::Summary into = part(tickets(50), "u", 1);
  const std::string before = into.to_json();

  auto refused = [&](audit::Summary& s, std::string_view st, const char* expected) {
    std::string message;
    try {
      s.merge_state(st);
    } catch (const InputError& e) {
      message = e.what();
    }
    CAPTURE(message);
    CHECK(message.find(expected) != std::string::npos);
  };
  // Other settings: the message names the setting and both values.
  audit::Settings later = settings;
  later.now += std::chrono::hours(1);
  const audit::Auditor other{*rules, *cal, zone, later};
  audit::Summary other_now{other, 3, 4};
  refused(other_now, state, "now 2026-12-01T00:00:00+08:00 differs from this summary's 2026-12-01T01:00:00+08:00");
  audit::Summary other_worst{auditor, 10, 4};
  refused(other_worst, state, "worst 3 differs from this summary's 10");
  const auto other_rules = load_rule_set("95580-docs-pause");
  const audit::Auditor paused{*other_rules, *cal, zone, settings};
  audit::Summary other_set{paused, 3, 4};
  refused(other_set, state, "rule set '95580' differs");
  // Not a state, every truncation, trailing bytes.
  refused(into, "{\"profile\": \"95580\"}", "does not start with");
  for (std::size_t n = 0; n < state.size(); ++n) {
    CAPTURE(n);
    CHECK_THROWS_AS(into.merge_state(std::string_view(state).substr(0, n)), InputError);
  }
  refused(into, state + "x", "1 bytes left over");
  CHECK(into.to_json() == before);
  into.merge_state(state);
  CHECK(into.tickets() > 0);
  CHECK(into.to_json() != before);
}

// A review (session 32): parts each kept their first kIdLines ids, but a merge kept them
// all, so --jobs N compared more lines than one job and a Dask state past the bound failed
// to load. The merge keeps the kIdLines lines earliest in the input, as one pass does.
TEST_CASE_FIXTURE(Fixture, "repeated ids past the bound: parts merged give one pass's answer, and the state loads") {
  constexpr std::uint64_t cap = audit::Summary::kIdLines, n = cap + cap / 4;
  auto id = [](std::uint64_t line) {
    // Repeats: lines 3 and 5 (early), cap - 1 and cap (the last compared), cap + 7 and 9 (past it).
    if (line == 5) return std::string("R-early");
    if (line == 3) return std::string("R-early");
    if (line == cap - 1 || line == cap) return std::string("R-edge");
    if (line == cap + 7 || line == cap + 9) return std::string("R-late");
    std::string t = "T";
    t += std::to_string(line);  // not "T" + …: GCC 12 warns wrongly (-Wrestrict) on that
    return t;
  };
  audit::Summary one{auditor};
  for (std::uint64_t l = 1; l <= n; ++l) one.add_id(id(l), l, "t.jsonl", l);
  // Two threads taking batches of 1000 lines in turn, merged at the end.
  audit::Summary a{auditor}, b{auditor}, merged{auditor};
  for (std::uint64_t l = 1; l <= n; ++l) ((l - 1) / 1000 % 2 ? b : a).add_id(id(l), l, "t.jsonl", l);
  merged.merge(a);
  merged.merge(b);
  for (const auto* s : {&one, &merged}) {
    const auto r = s->repeated_ids();
    CHECK(r.capped);
    CHECK(r.ids == 2);  // R-early and R-edge; R-late lies past the lines compared
    CHECK(r.lines == 4);
    REQUIRE(r.first.size() == 2);
    CHECK(r.first[0][0].line == 3);
    CHECK(r.first[1][1].line == cap);
    CHECK(r.first[1][1].file == "t.jsonl");
  }
  // Through bytes, as Dask moves parts.
  audit::Summary loaded{auditor};
  loaded.merge_state(merged.to_state());
  CHECK(loaded.repeated_ids().ids == 2);
  CHECK(loaded.repeated_ids().capped);
}

// The fields not read were set by the CLI alone: the library's summary (Python's, the C
// ABI's, Dask's merged parts) wrote "ignored_fields": [] where check wrote them.
TEST_CASE_FIXTURE(Fixture, "fields not read are counted by the stream, merged and kept in the state") {
  std::string text;
  for (int i = 0; i < 60; ++i)
    text += R"({"id": "T)" + std::to_string(i) + R"(", "class": "ordinary", "received": "2026-11-02T09:00", "branch": "b", )" +
            (i % 3 ? R"("replyed": "2026-11-02T10:00"})" : R"("replied": "2026-11-02T10:00"})") + "\n";
  const auto whole = part(text, "t.jsonl", 0);
  const std::string json = whole.to_json();
  CHECK(json.find(R"({"field": "branch", "lines": 60, "did_you_mean": null})") != std::string::npos);
  CHECK(json.find(R"({"field": "replyed", "lines": 40, "did_you_mean": "replied"})") != std::string::npos);
  const auto fields = whole.ignored_fields();
  REQUIRE(fields.size() == 2);
  CHECK(fields[0].field == "branch");  // the most frequent first
  CHECK_FALSE(fields[0].changes_results);
  CHECK(fields[1].changes_results);
  // Parts through their bytes: the same list and counts as one pass.
  const auto pieces = split(text, 3);
  audit::Summary merged{auditor, 3, 4};
  for (std::size_t i = 0; i < pieces.size(); ++i) merged.merge_state(part(pieces[i], piece_name(i), i).to_state());
  const std::string merged_json = merged.to_json();
  CHECK(merged_json.find(R"({"field": "branch", "lines": 60, "did_you_mean": null})") != std::string::npos);
  CHECK(merged_json.find(R"({"field": "replyed", "lines": 40, "did_you_mean": "replied"})") != std::string::npos);
  // With --jobs 2 as with one thread.
  audit::Summary threaded{auditor, 3, 4};
  audit::StreamOptions o;
  o.write_lines = false;
  o.summary = &threaded;
  o.jobs = 2;
  audit::check_text(auditor, text, "t.jsonl", o);
  CHECK(threaded.to_json() == json);
}
