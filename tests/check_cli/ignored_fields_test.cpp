// Issue 16: classify and callback read a misspelt field as absent without a word
// ("clas": "urgent" counted an urgent complaint as ordinary in the callback ratio; "txet"
// left the text unread). Like check, every JSON Lines command now names the fields it
// did not read at the end, with the one probably meant, through one escaping.
#include <doctest/doctest.h>

#include <string>

#include "support/process.hpp"

using shixian::test::run_cli;

namespace {
bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("classify and callback name the fields they do not read, with the one probably meant") {
  const auto cls = run_cli("classify", R"({"id": "a", "txet": "我的卡被盗刷了", "branch": "x"})" "\n"
                                       R"({"id": "b", "text": "我的卡被盗刷了", "branch": "y"})" "\n");
  CAPTURE(cls.err);
  CHECK(has(cls.err, "field 'txet' (1 line) is not read by classify and was ignored; did you mean 'text'?"));
  CHECK(has(cls.err, "field 'branch' (2 lines) is not read by classify and was ignored\n"));
  for (const std::string cmd : {"callback report", "callback select --salt Q4"}) {
    CAPTURE(cmd);
    const auto cb = run_cli(cmd, R"({"id": "a", "clas": "urgent", "level": "tier1", "callback": true, "\u001b[2J": 1})"
                                 "\n");
    CAPTURE(cb.err);
    CHECK(cb.code == 0);
    CHECK(has(cb.err, "field 'clas' (1 line) is not read by callback and was ignored; did you mean 'class'?"));
    CHECK(has(cb.err, "field '\\u001b[2J' (1 line)"));
    CHECK_FALSE(has(cb.err, "\x1b"));
  }
  // The fields each reads are not named.
  const auto clean = run_cli("callback report", R"({"id": "a", "class": "ordinary", "level": "tier1", "callback": true})"
                                                "\n");
  CHECK_FALSE(has(clean.err, "not read"));
}
