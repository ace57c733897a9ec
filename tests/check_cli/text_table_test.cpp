// check --format text: one row per ticket and stage, late ones marked (issue 14 item 3).
#include <doctest/doctest.h>

#include <sstream>

#include "support/process.hpp"

using shixian::test::run_cli;

TEST_CASE("check --format text is a table, not JSON; a breach is marked with how late") {
  const std::string input =
      R"J({"id": "OK-1", "class": "ordinary", "received": "2026-11-20T09:00", "hq_dispatched": "2026-11-20T09:30"})J" "\n"
      R"J({"id": "LATE-1", "class": "ordinary", "received": "2026-11-20T09:00", "hq_dispatched": "2026-11-20T12:00"})J" "\n";
  const auto r = run_cli("--format text check --now 2026-11-26T12:00", input);
  REQUIRE_MESSAGE(r.code == 0, r.err);
  CHECK(r.out.find('{') == std::string::npos);
  std::istringstream lines(r.out);
  std::string head, line;
  std::getline(lines, head);
  CHECK(head.find("ticket") != std::string::npos);
  CHECK(head.find("deadline") != std::string::npos);
  bool ok = false, late = false;
  while (std::getline(lines, line)) {
    if (line.rfind("OK-1", 0) == 0 && line.find("hq_dispatch") != std::string::npos) ok = line.find("met") != std::string::npos;
    if (line.rfind("LATE-1", 0) == 0 && line.find("hq_dispatch") != std::string::npos)
      late = line.find("2026-11-20 11:00") != std::string::npos && line.find("breached by 1h") != std::string::npos;
  }
  CHECK(ok);
  CHECK(late);
  // The total stage's deadline at a day's end is 24:00 of the 27th.
  CHECK(r.out.find("2026-11-27 24:00") != std::string::npos);
  const auto zh = run_cli("--lang zh --format text check --now 2026-11-26T12:00", input);
  CHECK(zh.out.find("已超时 1小时") != std::string::npos);
  CHECK(zh.out.find("11月27日 24:00") != std::string::npos);
  // Without --format, check still writes JSON Lines (for programs).
  CHECK(run_cli("check --now 2026-11-26T12:00", input).out.rfind("{\"id\": \"OK-1\"", 0) == 0);
}
