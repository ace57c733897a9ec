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

TEST_CASE("past kNames distinct names, occurrences are still counted") {
  IgnoredFields f;
  for (std::size_t i = 0; i < IgnoredFields::kNames + 5; ++i) f.add("extra" + std::to_string(i));
  f.add("extra0");
  f.add("extra" + std::to_string(IgnoredFields::kNames + 1));
  CHECK(f.names().size() == IgnoredFields::kNames);
  CHECK(f.names()[0].count == 2);
  CHECK(f.others() == 6);
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
