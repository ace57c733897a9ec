#pragma once
// Tickets as JSON Lines, in and out (CONTRACT.md `check`).
//
// Input, one object per line; field names come from the rule set, so another profile's
// events and flags work without code:
//   {"id": "T-1", "class": "ordinary", "unionpay": false,
//    "received": "2026-11-20T17:45", "hq_dispatched": "2026-11-21 09:10:30+08:00", ...}
//   id          string, required
//   class       one of RuleSet::classes, required (see resolve_missing_class)
//   FLAG        for each RuleSet::flags name: true / false / null
//   EVENT       for each RuleSet::events name: a timestamp (RFC 3339 with offset, or a
//               local time in the zone; 'T' or space; optional seconds and fractions),
//               or null for "not happened". The first event (received) is required.
//   other fields are allowed and ignored, but must still be valid JSON.
// A rejected line gets an error naming the field and the value:
//   "received: '2026-02-30T10:00' is not a valid timestamp (no such day in that month)"
//   "unknown class 'vip' (rule set 95580 has: ordinary, urgent)"
//   "event 'replied' (2026-11-24T09:00:00+08:00) is before 'resolved' (...)"
//
// Output, one line per input line, in input order:
//   {"id": "T-1", "stages": {"hq_dispatch": {"deadline": "…", "done": "…", "status": "met"}, …}}
//   {"line": 7, "id": null, "error": "invalid JSON: …"}
//
// The parser (simdjson On Demand) and the writers reuse their buffers: after warm-up a
// line costs no allocation unless it is rejected.
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "shixian/audit/audit.hpp"

namespace shixian::audit {

// THE place where a ticket without "class" gets one. Today: none — a missing class is
// an error. Classification (`shixian classify`: complaint text and facts in the same
// line) hooks in here: return the class index, or -1 and set `error`.
// `line` is the whole JSON object, already known to be valid JSON.
int resolve_missing_class(const RuleSet& rules, std::string_view line, std::string& error);

class TicketParser {
 public:
  TicketParser(const RuleSet& rules, const Zone& zone, Choose choose = Choose::reject);
  ~TicketParser();
  TicketParser(TicketParser&&) noexcept;
  TicketParser& operator=(TicketParser&&) noexcept;

  // Parses one line. `readable_after` is how many bytes may be read past the line's end
  // (LineReader gives 64, enough to parse in place); with fewer the line is copied.
  // On success fills `ticket` and `id` (valid until the next call) and returns true.
  // On failure returns false with `error` set; `id` is the ticket's id when it could be
  // read, else empty with has_id false.
  bool parse(std::string_view line, std::size_t readable_after, Ticket& ticket);

  std::string_view id() const noexcept;
  bool has_id() const noexcept;
  const std::string& error() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// {"id": …, "stages": {…}} and a newline, appended to out. Times in `zone`.
void append_audit_line(std::string& out, const RuleSet& rules, const Zone& zone, std::string_view id,
                       std::span<const StageAudit> stages);
// {"file": …, "line": N, "id": … or null, "error": …} and a newline ("file" when not empty).
void append_bad_line(std::string& out, std::string_view file, std::size_t line, bool has_id,
                     std::string_view id, std::string_view error);

}  // namespace shixian::audit
