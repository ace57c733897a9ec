// Fuzzes one JSON Lines ticket line through `check`'s reader, audit and writer
// (LineAuditor: TicketParser, Auditor, AuditWriter). Every line gets exactly one
// output line, a ticket or a bad line, and it is one valid JSON object.
#include "fuzz.hpp"
#include "json_check.hpp"
#include "shixian/audit/check_stream.hpp"
#include "shixian/calendar/calendar.hpp"
#include "shixian/rules/rule_set.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

namespace {

struct Setup {
  Zone zone = Zone::shanghai();
  audit::Auditor auditor{*default_rule_set(), *default_calendar(), zone, settings(zone)};
  // One per Choose: the reader's handling of local times in a gap or overlap differs.
  audit::LineAuditor lines[3] = {{auditor, Choose::reject, nullptr},
                                 {auditor, Choose::earliest, nullptr},
                                 {auditor, Choose::latest, nullptr}};
  static audit::Settings settings(const Zone& z) {
    audit::Settings s;
    s.now = parse_instant("2026-12-01T12:00", z);
    s.coverage = Coverage::report;
    return s;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Setup setup;
  auto text = fuzz::bytes(data, size);
  const unsigned choice = fuzz::take_choice(text);
  // The reader's contract: no line end inside a line, and not blank (check_stream
  // skips those before this point).
  if (text.find('\n') != std::string_view::npos) return 0;
  if (text.find_first_not_of(" \t") == std::string_view::npos) return 0;
  // Parse in place half of the time (padding after the line, as LineReader gives),
  // from a tight copy the other half (the parser copies it).
  std::string padded(text);
  const std::size_t readable_after = choice & 1 ? 64 : 0;
  padded.append(readable_after, '\0');
  audit::OutBuffer out;
  setup.lines[choice / 2 % 3].process(std::string_view(padded.data(), text.size()), readable_after, "", 1, 1, &out,
                                      &out);
  const std::size_t n = fuzz::json_object_lines(out.view());
  FUZZ_REQUIRE(n == 1, "%zu output lines for one input line", n);
  return 0;
}
