// Fields `check` does not read: tallied without loss, merged across workers, and the
// "did you mean" suggestion (include/shixian/audit/ignored_fields.hpp).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "shixian/audit/ignored_fields.hpp"
#include "shixian/audit/ticket_json.hpp"
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
  for (std::size_t i = 0; i < IgnoredFields::kNames + 5; ++i) f.add("extra" + std::to_string(i));
  f.add("extra0");
  f.add("extra" + std::to_string(IgnoredFields::kNames + 1));  // extra33: among the smallest
  REQUIRE(f.names().size() == IgnoredFields::kNames);
  CHECK(f.names()[0].name == "extra0");
  CHECK(f.names()[0].count == 2);
  // extra5 … extra9 are the five largest in byte order (extra10 < extra5): one each
  CHECK(f.others() == 5);
  CHECK(f.names().back().name == "extra4");
  const auto e33 = std::find_if(f.names().begin(), f.names().end(), [](const auto& e) { return e.name == "extra33"; });
  REQUIRE(e33 != f.names().end());
  CHECK(e33->count == 2);
  CHECK(std::is_sorted(f.names().begin(), f.names().end(), [](const auto& a, const auto& b) { return a.name < b.name; }));
}

TEST_CASE("what is kept past kNames does not depend on how lines were shared between workers") {
  // 60 names, name i seen i+1 times, dealt to two workers in two different ways: the
  // merged tallies must be identical (a --jobs 2 run printed different notes each time).
  std::vector<std::string> seen;
  for (int i = 0; i < 60; ++i)
    for (int k = 0; k <= i; ++k) seen.push_back("field" + std::to_string(i * 7919 % 60));
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
}

TEST_CASE("the parser tallies what it does not read, and nothing it reads") {
  const auto rules = default_rule_set();
  audit::TicketParser p(*rules, Zone::shanghai());
  audit::TicketRecord r;
  const std::string line =
      R"({"id": "T", "class": "ordinary", "unionpay": null, "received": "2026-11-20T10:00", "text": null, )"
      R"("replyed": "2026-11-21T10:00", "reopened": [{"at": "2026-11-22T10:00", "closd": null}]})";
  REQUIRE(p.parse(line, 0, r));
  REQUIRE(p.ignored().names().size() == 2);
  CHECK(p.ignored().names()[0].name == "replyed");
  CHECK(p.ignored().names()[1].name == "reopened[].closd");
  const auto names = audit::ticket_field_names(*rules);
  CHECK(names.front() == "id");
  for (const char* n : {"class", "unionpay", "received", "closed", "reopened", "record", "text", "amount"})
    CHECK_MESSAGE(std::find(names.begin(), names.end(), n) != names.end(), n);
}
