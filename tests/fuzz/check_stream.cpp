// Fuzzes the whole `check` stream (audit::check_stream): the line reader, the batcher,
// the workers and the writer. Every non-blank input line gets one output line, in
// order, each one valid JSON object; the counts add up.
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz.hpp"
#include "json_check.hpp"
#include "shixian/audit/check_stream.hpp"
#include "shixian/calendar/calendar.hpp"
#include "shixian/rules/rule_set.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Zone zone = Zone::shanghai();
  static const audit::Auditor auditor = [] {
    audit::Settings s;
    s.now = parse_instant("2026-12-01T12:00", zone);
    s.coverage = Coverage::report;
    return audit::Auditor{*default_rule_set(), *default_calendar(), zone, s};
  }();
  auto text = fuzz::bytes(data, size);
  const unsigned choice = fuzz::take_choice(text);

  const int fd = ::memfd_create("fuzz-input", MFD_CLOEXEC);
  FUZZ_REQUIRE(fd >= 0, "memfd_create failed");
  FUZZ_REQUIRE(::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()), "write failed");
  ::lseek(fd, 0, SEEK_SET);
  char* out_text = nullptr;
  std::size_t out_size = 0;
  std::FILE* out = ::open_memstream(&out_text, &out_size);
  audit::StreamOptions o;
  o.jobs = choice % 4 == 3 ? 2 : 1;  // the threaded path a quarter of the time
  o.out = out;
  o.choose = static_cast<Choose>(choice / 4 % 3);
  // Half the time a maximum line length a fuzz input can pass (and, at 64 x 100 bytes
  // past it, the endless-line stop): the over-long and rest-not-read paths are reached
  // too, which the 8 MiB default keeps out of reach of inputs of a few KB.
  if (choice & 128) o.max_line = 100;
  const auto n = audit::check_stream(auditor, fd, choice & 64 ? "in.jsonl" : "", o);
  std::fclose(out);
  ::close(fd);
  const std::string_view output(out_text, out_size);
  const std::size_t lines = fuzz::json_object_lines(output);
  // Where the reader gave up on an endless line, nothing follows: that line is the last.
  if (const auto stop = output.find("the rest was not read\"}\n"); stop != std::string_view::npos)
    FUZZ_REQUIRE(output.find('\n', stop) + 1 == output.size(), "output after the line that ended the input");
  std::free(out_text);
  FUZZ_REQUIRE(n.ok + n.bad == lines, "%zu output lines for %llu tickets and %llu bad lines", lines,
               static_cast<unsigned long long>(n.ok), static_cast<unsigned long long>(n.bad));
  FUZZ_REQUIRE(n.ok + n.bad + n.blank == n.lines, "lines do not add up");
  return 0;
}
