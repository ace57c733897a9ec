// `check` never loses a batch (issue 16): an error while auditing one ticket is that
// ticket's error line, in its place; the other tickets are audited, the count is
// printed, and no exception leaves a worker thread (--jobs 2 must not std::terminate).
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "support/process.hpp"

using shixian::test::run_cli;

namespace {

std::string write_temp(const std::string& name, const std::string& text) {
  const std::string path = "/tmp/shixian-batch-" + std::to_string(::getpid()) + "-" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

std::size_t count_lines(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

}  // namespace

TEST_CASE("a ticket spanning more than a nanosecond instant holds is its own error line, with --jobs 1 and 2") {
  // Received in 1900, audited as of 2199: 300 years, more than the 292 a Duration
  // holds. Before, its lateness wrapped to a negative number ("-103931d...").
  const std::string input =
      "{\"id\": \"before\", \"class\": \"ordinary\", \"received\": \"2199-12-01T10:00:00+08:00\"}\n"
      "{\"id\": \"old\", \"class\": \"ordinary\", \"received\": \"1900-01-01T10:00:00+08:00\"}\n"
      "{\"id\": \"after\", \"class\": \"urgent\", \"received\": \"2199-12-02T10:00:00+08:00\"}\n";
  for (const char* jobs : {"1", "2"}) {
    CAPTURE(jobs);
    const auto r = run_cli(std::string("--provisional check --now 2199-12-31T00:00 --jobs ") + jobs, input);
    CAPTURE(r.out);
    CAPTURE(r.err);
    CHECK(r.code == 1);  // a bad line
    CHECK(count_lines(r.out) == 3);
    CHECK(r.out.find("\"id\": \"before\"") < r.out.find("\"line\": 2"));
    CHECK(r.out.find("\"line\": 2") < r.out.find("\"id\": \"after\""));
    CHECK(r.out.find("more than 250 years") != std::string::npos);
    CHECK(r.out.find("\"-") == std::string::npos);  // no negative lateness anywhere
    CHECK(r.err.find("checked 2 tickets, 1 bad line") != std::string::npos);
  }
}

TEST_CASE("a business_time target no calendar can hold is rejected at load, not mid-batch") {
  // 87600 h on a working-day 09:00-17:00 schedule is 10950 working days: before, the
  // audit threw from add_working_days, dropping every ticket (--jobs 1) or ending the
  // process from a worker thread (--jobs 2, exit 134).
  const auto rules = write_temp("long.toml", R"(name = "long"
classes = ["ordinary"]
events = ["received", "closed"]
[schedules.w]
days = "working"
windows = ["09:00-17:00"]
[[stages]]
id = "total"
start = "received"
end = "closed"
clock = "business_time"
schedule = "w"
targets = [{ target = "87600h" }]
)");
  const std::string input = "{\"id\": \"a\", \"class\": \"ordinary\", \"received\": \"2026-03-02T10:00:00+08:00\"}\n";
  for (const char* jobs : {"1", "2"}) {
    CAPTURE(jobs);
    const auto r = run_cli("--rules " + rules + " check --jobs " + jobs, input);
    CAPTURE(r.err);
    CHECK(r.code == 1);  // a rejected input, before any line is read
    CHECK(r.out.empty());
    CHECK(r.err.find(rules + ":13") != std::string::npos);
    CHECK(r.err.find("'87600h'") != std::string::npos);
  }
  std::remove(rules.c_str());
}
