// Fields `check` does not read: tallied without loss, merged across workers, and the
// "did you mean" suggestion (include/shixian/audit/ignored_fields.hpp).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "shixian/audit/ignored_fields.hpp"
#include "shixian/audit/ticket_json.hpp"
#include "shixian/rules/names.hpp"
#include "shixian/rules/rule_set.hpp"
#include "shixian/time/zone.hpp"

using namespace shixian;
using audit::IgnoredFields;

TEST_CASE("names are counted in order of first appearance; cycle fields are kept apart") {
  IgnoredFields f;
  CHECK(f.empty());
  f.add("note");
  f.add("replyed");
  f.add("note");
  f.add("note", true);
  REQUIRE(f.names().size() == 3);
  CHECK(f.names()[0].name == "note");
  CHECK(f.names()[0].count == 2);
  CHECK(f.names()[1].name == "replyed");
  CHECK(f.names()[2].name == "reopened[].note");
  CHECK(f.names()[2].count == 1);
  CHECK_FALSE(f.empty());
}

TEST_CASE("past kNames distinct names, occurrences are still counted; the smallest names are kept") {
  IgnoredFields f;
  std::vector<std::string> all;
  for (std::size_t i = 0; i < IgnoredFields::kNames + 5; ++i) all.push_back("extra" + std::to_string(i));
  for (const auto& n : all) f.add(n);
  // The five largest in byte order (extra10 < extra5) are counted in others(), once each.
  std::vector<std::string> sorted = all;
  std::sort(sorted.begin(), sorted.end());
  const std::string kept_small = sorted.front(), kept_large = sorted[IgnoredFields::kNames - 1];
  f.add(kept_small);
  f.add(kept_large);  // among the kept: counted by name
  REQUIRE(f.names().size() == IgnoredFields::kNames);
  CHECK(f.names()[0].name == kept_small);
  CHECK(f.names()[0].count == 2);
  CHECK(f.others() == 5);
  CHECK(f.names().back().name == kept_large);
  CHECK(f.names().back().count == 2);
  for (std::size_t i = 0; i < IgnoredFields::kNames; ++i) CHECK(f.names()[i].name == sorted[i]);
  CHECK(std::is_sorted(f.names().begin(), f.names().end(), [](const auto& a, const auto& b) { return a.name < b.name; }));
}

TEST_CASE("what is kept past kNames does not depend on how lines were shared between workers") {
  // kNames + 28 names, name i seen i+1 times, dealt to two workers in two different ways:
  // the merged tallies must be identical (a --jobs 2 run printed different notes each time).
  const int n = static_cast<int>(IgnoredFields::kNames) + 28;  // 7919 is prime: i * 7919 % n permutes
  std::vector<std::string> seen;
  for (int i = 0; i < n; ++i)
    for (int k = 0; k <= i; ++k) seen.push_back("field" + std::to_string(i * 7919 % n));
  auto deal = [&](auto pick) {
    IgnoredFields a, b;
    for (std::size_t j = 0; j < seen.size(); ++j) (pick(j) ? a : b).add(seen[j]);
    a.merge(b);
    return a;
  };
  const auto x = deal([](std::size_t j) { return j % 2 == 0; });
  const auto y = deal([&](std::size_t j) { return j >= seen.size() / 3; });
  REQUIRE(x.names().size() == y.names().size());
  for (std::size_t i = 0; i < x.names().size(); ++i) {
    CHECK(x.names()[i].name == y.names()[i].name);
    CHECK(x.names()[i].count == y.names()[i].count);
  }
  CHECK(x.others() == y.others());
  std::uint64_t total = x.others();
  for (const auto& e : x.names()) total += e.count;
  CHECK(total == seen.size());
}

TEST_CASE("merging adds counts by name and keeps the overflow") {
  IgnoredFields a, b;
  a.add("note");
  b.add("note");
  b.add("note");
  b.add("x", true);
  a.merge(b);
  REQUIRE(a.names().size() == 2);
  CHECK(a.names()[0].count == 3);
  CHECK(a.names()[1].name == "reopened[].x");
}

TEST_CASE("closest_name: misspellings within two edits, case ignored, nothing for unrelated names") {
  const std::vector<std::string> known{"id", "class", "received", "resolved", "replied", "closed", "unionpay"};
  CHECK(audit::closest_name("replyed", known) == "replied");
  CHECK(audit::closest_name("Resolved", known) == "resolved");
  CHECK(audit::closest_name("recieved", known) == "received");  // a transposition is one edit
  CHECK(audit::closest_name("reopened[].closd", known) == "closed");
  CHECK(audit::closest_name("union_pay", known) == "unionpay");
  CHECK(audit::closest_name("note", known) == "");
  CHECK(audit::closest_name("i", known) == "");  // one letter is not a misspelling of "id"
  CHECK(audit::closest_name("", known) == "");
  // With a cycle's own names known (readable_field_names gives them), a cycle's field is
  // matched against those: a cycle begins at "at", so 'recieved' there is not 'received'
  // (an operations user's trial, session 30), while 'closd' is still 'closed'.
  const auto rs = default_rule_set();
  const auto readable = audit::readable_field_names(*rs);
  CHECK(audit::closest_name("reopened[].recieved", readable) == "");
  CHECK(audit::closest_name("reopened[].closd", readable) == "closed");
  CHECK(audit::closest_name("reopened[].a", readable) == "");
  CHECK(audit::closest_name("recieved", readable) == "received");
}

TEST_CASE("likely_misspelt: slips of the keyboard, not a system's own look-alike columns") {
  // The one rule behind check's "the line has 'recieved': misspelt?" and Python's warning.
  CHECK(likely_misspelt("recieved", "received"));
  CHECK(likely_misspelt("resloved", "resolved"));
  CHECK(likely_misspelt("Received", "received"));
  CHECK(likely_misspelt("ID", "id"));            // another case, however short
  CHECK(likely_misspelt("clas", "class"));
  CHECK_FALSE(likely_misspelt("uid", "id"));     // three letters: a name of its own
  CHECK_FALSE(likely_misspelt("don", "done"));   // the same below four letters
  CHECK_FALSE(likely_misspelt("amount", "account"));  // two edits in seven letters
  CHECK(likely_misspelt("replyed", "replied"));  // one edit in seven
  CHECK_FALSE(likely_misspelt("rceived", "reopened"));
}

TEST_CASE("the parser tallies what it does not read, and nothing it reads") {
  const auto rules = default_rule_set();
  audit::TicketParser p(*rules, Zone::shanghai());
  audit::TicketRecord r;
  const std::string line =
      R"({"id": "T", "class": "ordinary", "unionpay": null, "received": "2026-11-20T10:00", "text": null, )"
      R"("replyed": "2026-11-21T10:00", "closed": "2026-11-21T12:00", "reopened": [{"at": "2026-11-22T10:00", "closd": null}]})";
  REQUIRE(p.parse(line, 0, r));
  REQUIRE(p.ignored().names().size() == 2);
  CHECK(p.ignored().names()[0].name == "replyed");
  CHECK(p.ignored().names()[1].name == "reopened[].closd");
  const auto names = audit::ticket_field_names(*rules);
  CHECK(names.front() == "id");
  for (const char* n : {"class", "unionpay", "received", "closed", "reopened", "record", "text", "amount"})
    CHECK_MESSAGE(std::find(names.begin(), names.end(), n) != names.end(), n);
}

// A bank export with 40 columns of its own and one misspelt event: the misspelling is
// still named (with 32 names kept, 'replyed' sorted past the kept ones and was only
// counted; a review of the bindings' warnings found it).
TEST_CASE("a misspelt field among forty columns of an export's own is still named") {
  IgnoredFields f;
  for (int line = 0; line < 3; ++line) {
    for (int i = 0; i < 40; ++i) f.add("col" + std::to_string(i));
    f.add("replyed");
  }
  const auto it = std::find_if(f.names().begin(), f.names().end(), [](const auto& e) { return e.name == "replyed"; });
  REQUIRE(it != f.names().end());
  CHECK(it->count == 3);
  CHECK(f.others() == 0);
}
