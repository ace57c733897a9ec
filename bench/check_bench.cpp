// bench_check: `check` throughput against its own floor, on the same file.
//
//   bench_check FILE [--now T] [--jobs N] [--repeat R] [--only check|parse]
//
// --only runs one of the two (for a profiler: `perf record bench_check FILE --only check`).
//
// Two measurements, same input, same reader (io::LineReader, 1 MiB blocks), same JSON
// parser (simdjson On Demand), best of R runs each:
//   parse-only  read every line and parse it: every field's key and value are read
//               the way check's parser reads them (keys in place when they have no
//               escapes, string values unescaped, booleans and nulls checked), nothing
//               else. This is the floor: no audit can be faster than reading its input.
//   check       the whole audit (audit::check_stream): parse, validate, build the
//               ticket, compute every stage's deadline on its clock, status, lateness,
//               and write the output line (to /dev/null).
// Why this is fair: the parse-only loop does less than check's parser (it builds no
// ticket and parses no timestamp), and both run on one core unless --jobs is given.
#include <fcntl.h>
#include <simdjson.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "shixian/audit/check_stream.hpp"
#include "audit/json_key.hpp"
#include "shixian/calendar/calendar.hpp"
#include "shixian/io/line_reader.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;
using clock_type = std::chrono::steady_clock;

namespace {

// CPU time of the process (user + system): on a shared, loaded machine this is what one
// core spent, where wall time also counts waiting for a core.
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Result {
  double seconds = 0, cpu = 0;
  std::uint64_t lines = 0, bytes = 0;
  std::uint64_t checksum = 0;  // keeps the parse-only loop honest
};

Result parse_only(const char* path) {
  Result r;
  const int fd = ::open(path, O_RDONLY);
  if (fd < 0) {
    std::perror(path);
    std::exit(1);
  }
  const auto t0 = clock_type::now();
  const double c0 = cpu_seconds();
  io::LineReader in(fd);
  io::Line line;
  simdjson::ondemand::parser parser;
  while (in.next(line)) {
    ++r.lines;
    r.bytes += line.text.size() + 1;
    if (line.blank()) continue;
    simdjson::ondemand::document doc;
    if (parser.iterate(simdjson::padded_string_view(line.text.data(), line.text.size(),
                                                    line.text.size() + io::LineReader::kPadding))
            .get(doc))
      continue;
    simdjson::ondemand::object obj;
    if (doc.get_object().get(obj)) continue;
    for (auto field : obj) {
      // Keys exactly as check's parser reads them (src/audit/json_key.hpp).
      std::string_view key;
      if (shixian::audit::read_key(field, key)) break;
      simdjson::ondemand::value v;
      if (field.value().get(v)) break;
      simdjson::ondemand::json_type type;
      if (v.type().get(type)) break;
      r.checksum += key.size();
      if (type == simdjson::ondemand::json_type::string) {
        std::string_view s;
        if (!v.get_string().get(s)) r.checksum += s.size();
      } else if (type == simdjson::ondemand::json_type::boolean) {
        bool b = false;
        if (!v.get_bool().get(b)) r.checksum += b;
      } else {
        bool null = false;
        if (!v.is_null().get(null)) r.checksum += null;
      }
    }
  }
  r.seconds = std::chrono::duration<double>(clock_type::now() - t0).count();
  r.cpu = cpu_seconds() - c0;
  ::close(fd);
  return r;
}

Result check(const char* path, const audit::Auditor& auditor, unsigned jobs) {
  Result r;
  const int fd = ::open(path, O_RDONLY);
  std::FILE* null = std::fopen("/dev/null", "w");
  audit::StreamOptions o;
  o.jobs = jobs;
  o.out = null;
  const auto t0 = clock_type::now();
  const double c0 = cpu_seconds();
  const auto n = audit::check_stream(auditor, fd, "", o);
  r.seconds = std::chrono::duration<double>(clock_type::now() - t0).count();
  r.cpu = cpu_seconds() - c0;
  r.lines = n.lines;
  r.bytes = n.bytes;
  r.checksum = n.ok * 31 + n.bad;
  std::fclose(null);
  ::close(fd);
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_check FILE [--now T] [--jobs N] [--repeat R]\n");
    return 2;
  }
  const char* path = argv[1];
  std::string now = "2026-12-31T12:00:00+08:00";
  unsigned jobs = 1;
  int repeat = 3;
  std::string only;
  for (int a = 2; a + 1 < argc; a += 2) {
    if (!std::strcmp(argv[a], "--now")) now = argv[a + 1];
    else if (!std::strcmp(argv[a], "--jobs")) jobs = static_cast<unsigned>(std::atoi(argv[a + 1]));
    else if (!std::strcmp(argv[a], "--repeat")) repeat = std::atoi(argv[a + 1]);
    else if (!std::strcmp(argv[a], "--only")) only = argv[a + 1];
  }
  if (!only.empty() && only != "check" && only != "parse") {
    std::fprintf(stderr, "bench_check: --only is check or parse, not '%s'\n", only.c_str());
    return 2;
  }
  const auto rules = default_rule_set();
  const auto cal = default_calendar();
  const Zone zone = Zone::shanghai();
  audit::Settings s;
  s.now = parse_instant(now, zone);
  s.at_risk = rules->at_risk;
  const audit::Auditor auditor{*rules, *cal, zone, s};

  // Best of R by CPU time (one core's work); wall time is shown beside it.
  Result best_parse, best_check;
  for (int i = 0; i < repeat; ++i) {
    if (only != "check") {
      const auto p = parse_only(path);
      if (i == 0 || p.cpu < best_parse.cpu) best_parse = p;
    }
    if (only != "parse") {
      const auto c = check(path, auditor, jobs);
      if (i == 0 || c.cpu < best_check.cpu) best_check = c;
    }
  }
  if (!only.empty()) {
    const Result& r = only == "check" ? best_check : best_parse;
    std::printf("%s only: %.0f lines/s per CPU-second\n", only.c_str(), static_cast<double>(r.lines) / r.cpu);
    return 0;
  }
  auto rate = [](const Result& r, double secs) { return static_cast<double>(r.lines) / secs; };
  const double parse_rate = rate(best_parse, best_parse.cpu), check_rate = rate(best_check, best_check.cpu);
  std::printf("input             %s: %llu lines, %.1f MB; best of %d runs\n", path,
              static_cast<unsigned long long>(best_parse.lines), static_cast<double>(best_parse.bytes) / 1e6, repeat);
  std::printf("parse-only        %10.0f lines/s per CPU-second   (wall: %10.0f lines/s; checksum %llu)\n", parse_rate,
              rate(best_parse, best_parse.seconds), static_cast<unsigned long long>(best_parse.checksum));
  std::printf("check (jobs %u)    %10.0f tickets/s per CPU-second (wall: %10.0f tickets/s)\n", jobs, check_rate,
              rate(best_check, best_check.seconds));
  std::printf("check/parse-only  %9.1f%% (CPU time)\n", 100.0 * check_rate / parse_rate);
  std::printf("RESULT parse_only=%.0f check=%.0f check_wall=%.0f\n", parse_rate, check_rate,
              rate(best_check, best_check.seconds));
  return 0;
}
