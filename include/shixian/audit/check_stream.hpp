#pragma once
// `check` as a library call: audit a JSON Lines stream of tickets, one output line per
// input line, in input order, in bounded memory, on as many threads as asked.
//
//   shixian::audit::StreamOptions o;
//   o.jobs = 4;                       // batches of lines audited on 4 threads,
//   shixian::audit::Summary sum{auditor};
//   o.summary = &sum;                 // optional: the timeliness report
//   auto n = shixian::audit::check_stream(auditor, STDIN_FILENO, "", o);
//   // n.ok tickets audited, n.bad lines rejected (each reported in its place)
//
// Model. One reader thread reads the input in blocks and copies their whole lines into
// batches (each batch its own buffer, so the read buffer can move on; it counts their
// line ends for the line numbers, and cuts no line); workers cut their batch into lines
// (io::LineCutter, the same lines io::LineReader::next yields) and audit them into the
// batch's output buffer; one writer writes finished batches strictly in sequence. A
// fixed pool of batches (2 per worker + 2) is recycled, buffers keep their capacity, so
// memory stays bounded whatever the input's size and the steady state allocates nothing. With jobs == 1 no thread is started and lines are audited where
// they lie in the read buffer, without a copy.
//
// Blank lines are counted and produce no output. Bad lines become {"line": N, ...}
// in their place (or go to `bad_out` when per-ticket lines are not written).
#include "shixian/abi.hpp"
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string_view>

#include "shixian/audit/summary.hpp"
#include "shixian/audit/ticket_json.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace audit {

struct StreamCounts {
  std::uint64_t lines = 0;  // physical lines read, blank ones included
  std::uint64_t blank = 0;
  std::uint64_t ok = 0;     // tickets audited
  std::uint64_t bad = 0;    // lines rejected
  std::uint64_t bytes = 0;  // bytes read
  std::uint64_t changed = 0;  // compare mode: tickets whose results differ
  bool unterminated = false;  // the last line had no final newline
  IgnoredFields ignored;      // fields not read, filled in at the end of a stream

  StreamCounts& operator+=(const StreamCounts& o) {
    lines += o.lines, blank += o.blank, ok += o.ok, bad += o.bad, bytes += o.bytes, changed += o.changed;
    unterminated |= o.unterminated;
    ignored.merge(o.ignored);
    return *this;
  }
};

class LineAuditor;

struct StreamOptions {
  unsigned jobs = 1;
  Choose choose = Choose::reject;  // local times in a DST gap or overlap
  bool write_lines = true;         // per-ticket lines (and bad lines) to `out`
  std::FILE* out = stdout;
  std::FILE* bad_out = nullptr;    // bad lines, when !write_lines (nullptr: not written)
  Summary* summary = nullptr;      // if set, every audited ticket and bad line is added
  // Called from the reading thread every few thousand lines and at the end, with the
  // totals so far (for a progress line).
  std::function<void(const StreamCounts&)> progress;
  std::uint64_t order_base = 0;    // added to line numbers to order lines across files
  // Called for each audited ticket with its line and the auditor that holds its record,
  // audit and id (the timeliness report, the text table). Set, it makes the stream run
  // on the calling thread (jobs is ignored), so calls come in input order.
  std::function<void(std::string_view line, const LineAuditor& ticket, std::uint64_t order)> on_ticket;
  // Called for each rejected line instead of writing its JSON to bad_out (the text table
  // words them for a person); `id` is "" when the line gave none. Like on_ticket, it
  // makes the stream run on the calling thread, so calls come in input order.
  std::function<void(std::string_view file, std::size_t line, std::string_view id, std::string_view error)> on_bad_line;
  // Lexicon for classifying lines without a class (nullptr: the built-in one).
  std::shared_ptr<const classify::Lexicon> lexicon;
  // The longest line read (bytes): a longer one is a bad line in its place, read past
  // without being kept, so memory stays bounded whatever the input (io/line_reader.hpp).
  std::size_t max_line = std::size_t{8} << 20;
  // --compare-calendar: each ticket is audited again by `compare` (the same rules and
  // settings over another calendar) and a line is written only for a ticket whose
  // deadlines or statuses differ: old and new side by side, with the days in
  // `changed_days` (sorted; calendar_diff) between its start and its later deadline.
  const Auditor* compare = nullptr;
  std::shared_ptr<const std::vector<Date>> changed_days;
};

// Reads JSON Lines from `fd` until its end. `file` names the input in bad-line reports
// ("" for stdin: no "file" field). Throws InputError if the input cannot be read.
StreamCounts check_stream(const Auditor& auditor, int fd, std::string_view file, const StreamOptions& options);
// The same over JSON Lines already in memory (a Dask partition's bytes): lines are cut,
// numbered and stripped exactly as from a file, so a file's text gives its check.
StreamCounts check_text(const Auditor& auditor, std::string_view text, std::string_view file,
                        const StreamOptions& options);

// One line's work, for callers that bring their own lines (and for tests): audits
// `line` and appends its output line to `good` (a ticket) or `bad` (a rejected line);
// either may be null (not written) or both the same buffer. The line must not be
// blank. Returns false for a bad line.
class LineAuditor {
 public:
  LineAuditor(const Auditor& auditor, Choose choose, Summary* summary,
              std::shared_ptr<const classify::Lexicon> lexicon = nullptr, const Auditor* compare = nullptr,
              std::shared_ptr<const std::vector<Date>> changed_days = nullptr);
  // Tickets audited with both calendars whose results differed (compare mode).
  std::uint64_t changed() const noexcept { return changed_; }
  // `readable_after`: bytes readable past the line's end (>= 64 parses in place).
  bool process(std::string_view line, std::size_t readable_after, std::string_view file, std::size_t number,
               std::uint64_t order, OutBuffer* good, OutBuffer* bad);
  // A line longer than the reader's maximum (io::Line::too_long): its bad line, always false.
  bool too_long(std::string_view file, std::size_t number, std::uint64_t order, std::size_t max_line,
                bool rest_unread, OutBuffer* bad);
  const TicketRecord& record() const noexcept { return record_; }
  const TicketAudit& audit() const noexcept { return audit_; }
  const IgnoredFields& ignored() const noexcept { return parser_.ignored(); }
  std::string_view id() const noexcept { return parser_.id(); }
  // The last line's classification, when it had no class and was classified from its facts.
  const classify::Classification* classified() const noexcept { return parser_.classified(); }
  bool has_id() const noexcept { return parser_.has_id(); }
  // Compare mode: the audit over the other calendar, whether the last ticket's results
  // differ from audit()'s, and whether stage i (an index into audit().stages) does.
  const TicketAudit& compared() const noexcept { return compared_; }
  bool last_changed() const noexcept { return last_changed_; }
  bool stage_changed(std::size_t i) const noexcept;
  // Why the last line given was rejected (after process or too_long returned false).
  const std::string& last_error() const noexcept { return last_error_; }

 private:
  const Auditor& auditor_;
  TicketParser parser_;
  AuditWriter writer_;
  TicketRecord record_;
  TicketAudit audit_;
  Summary* summary_;
  const Auditor* compare_;
  std::shared_ptr<const std::vector<Date>> changed_days_;
  TicketAudit compared_;
  std::uint64_t changed_ = 0;
  std::string last_error_;
  bool last_changed_ = false;
  bool differs() const noexcept;
  void write_change(OutBuffer& out, std::string_view id);
};

}  // namespace audit
SHIXIAN_NAMESPACE_END
