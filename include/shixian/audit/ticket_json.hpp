#pragma once
// Tickets as JSON Lines, in and out (CONTRACT.md `check`).
//
// Input, one object per line; field names come from the rule set, so another profile's
// events and flags work without code:
//   {"id": "T-1", "class": "ordinary", "unionpay": false,
//    "received": "2026-11-20T17:45", "hq_dispatched": "2026-11-21 09:10:30+08:00", ...}
//   id          string, required
//   class       one of RuleSet::classes; may be left out when the line carries complaint
//               text or facts (text, complainants, repeat, fund_safety, media,
//               special_source, amount, channel): the line is then classified first
//               (classify.hpp) and "urgent" / "ordinary" map to the classes of that name
//   FLAG        for each RuleSet::flags name: true / false / null
//   EVENT       for each RuleSet::events name: a timestamp (RFC 3339 with offset, or a
//               local time in the zone; 'T' or space; optional seconds and fractions),
//               or null for "not happened". The first event (received) is required.
//   reopened    optional: [{"at": T, "hq_dispatched": T, ..., "closed": T}, ...], one
//               object per later cycle (重新流转): `at` is the cycle's first event
//               (received), the other events as above. A cycle's `at` may not be
//               before the previous cycle's last event, and the cycle before it must
//               have closed (RuleSet::closing_event: a ticket is reopened only after).
//   record      optional: the reply record {"outlet_type": …, "cause": …, …}; a field of
//               RuleSet::reply_record_fields that is absent, null or blank is missing
//   other fields are allowed and ignored, but must still be valid JSON; the parser
//               tallies them (ignored_fields.hpp) so that a misspelt event is noticed.
// A rejected line gets an error naming the field and the value:
//   "received: '2026-02-30T10:00' is not a valid timestamp (no such day in that month)"
//   "unknown class 'vip' (rule set 95580 has: ordinary, urgent)"
//   "event 'replied' (2026-11-24T09:00:00+08:00) is before 'resolved' (...)"
//
// Output, one line per input line, in input order:
//   {"id": "T-1", "stages": {"hq_dispatch": {"deadline": "…", "done": "…", "status": "met"}, …}}
//   {"line": 7, "id": null, "error": "invalid JSON: …"}
// and, when they apply, in this order after "id" / "stages":
//   "class": "urgent", "classified": {"reasons": [{"rule": …, "detail": …}, …]}
//                              (before "stages": the line had no class)
//   "cycles": [{"reopened": T, "stages": {…}}, …]   (after "stages": reopened by now)
//   "archive": {"retained_until": "2036-11-25"[, "past_retention": true]}  (closed)
//   "record_missing": ["cause", …]   (closed, with a record or --require-record)
//
// The parser (simdjson On Demand) and the writers reuse their buffers: after warm-up a
// line costs no allocation unless it is rejected.
#include "shixian/abi.hpp"
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "shixian/audit/audit.hpp"
#include "shixian/audit/ignored_fields.hpp"
#include "shixian/classify/classify.hpp"
#include "shixian/io/pages.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace audit {

// THE place where a ticket without "class" gets one: the line's complaint text and facts
// are classified (classify.hpp) with the rule set's settings (group_threshold,
// review_amount_yuan), and the result names a class of the rule set. Returns the class
// and fills `out`, or nullopt with `error` set. `line` is the whole JSON object, already
// known to be valid JSON; `padding` as for TicketParser::parse.
std::optional<ClassId> resolve_missing_class(const RuleSet& rules, const classify::Lexicon& lexicon,
                                             std::string_view line, std::size_t padding, classify::Classification& out, std::string& error);

// The top-level fields a ticket line may carry for this rule set: id, class, its flags
// and events, reopened, record, and the complaint facts (for lines without a class).
std::vector<std::string> ticket_field_names(const RuleSet& rules);
// The same, and the reply record's fields as `record.FIELD`: the names an unread field
// is compared with for its "did you mean" (record.cuase: record.cause).
std::vector<std::string> readable_field_names(const RuleSet& rules);

namespace detail {
struct TicketParserAccess;  // the tests' switch between the reader's fast and general paths (src/audit/)
}

class TicketParser {
 public:
  // `lexicon`: for lines without a class (nullptr: the built-in one, loaded when first needed).
  TicketParser(const RuleSet& rules, const Zone& zone, Choose choose = Choose::reject,
               std::shared_ptr<const classify::Lexicon> lexicon = nullptr);
  ~TicketParser();
  TicketParser(TicketParser&&) noexcept;
  TicketParser& operator=(TicketParser&&) noexcept;

  // Parses one line. `readable_after` is how many bytes may be read past the line's end
  // (LineReader gives 64, enough to parse in place); with fewer the line is copied.
  // On success fills `record` and `id` (valid until the next call) and returns true.
  // On failure returns false with `error` set; `id` is the ticket's id when it could be
  // read, else empty with has_id false.
  bool parse(std::string_view line, std::size_t readable_after, TicketRecord& record);
  // The first cycle only (reopened cycles and the record are read and checked, then dropped).
  bool parse(std::string_view line, std::size_t readable_after, Ticket& ticket);

  std::string_view id() const noexcept;
  bool has_id() const noexcept;
  const std::string& error() const noexcept;
  // Fields met so far that are not read (not the rule set's nor the contract's).
  const IgnoredFields& ignored() const noexcept;
  // The last line had no class and was classified: how (else nullptr).
  const classify::Classification* classified() const noexcept;

 private:
  friend struct detail::TicketParserAccess;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A growing byte buffer written through raw pointers: reserve() the most a piece can
// take, write, commit() the end. No per-character bookkeeping, capacity kept on clear().
class OutBuffer {
 public:
  char* reserve(std::size_t n) {
    if (cap_ - size_ < n) grow(n);
    return data_.get() + size_;
  }
  void commit(char* end) noexcept { size_ = static_cast<std::size_t>(end - data_.get()); }
  void append(std::string_view s) {
    char* p = reserve(s.size());
    if (!s.empty()) std::memcpy(p, s.data(), s.size());
    size_ += s.size();
  }
  std::string_view view() const noexcept { return {data_.get(), size_}; }
  std::size_t size() const noexcept { return size_; }
  // Drops what was appended after the first n bytes (a line whose writing failed).
  void truncate(std::size_t n) noexcept {
    if (n < size_) size_ = n;
  }
  bool empty() const noexcept { return size_ == 0; }
  void clear() noexcept { size_ = 0; }

 private:
  void grow(std::size_t n);
  io::PageBuffer data_;  // huge pages once large (src/io/pages.hpp)
  std::size_t size_ = 0, cap_ = 0;
};

// Writes audit lines for one rule set and zone: the JSON key fragments of every stage,
// status and field are made once, instants are written through a per-writer cache of
// day texts.
class AuditWriter {
 public:
  AuditWriter(const RuleSet& rules, const Zone& zone);
  ~AuditWriter();
  AuditWriter(AuditWriter&&) noexcept;

  // {"id": …, ["class", "classified",] "stages": {…}[, "cycles", "archive",
  // "record_missing"]} and a newline.
  void line(OutBuffer& out, std::string_view id, const TicketAudit& a,
            const classify::Classification* classified = nullptr);
  // {"id": …, "stages": {…}} and a newline: one cycle's stages only.
  void line(OutBuffer& out, std::string_view id, std::span<const StageAudit> stages);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Conveniences (tests, one-off callers): the same lines appended to a string.
void append_audit_line(std::string& out, const RuleSet& rules, const Zone& zone, std::string_view id,
                       std::span<const StageAudit> stages);
void append_audit_line(std::string& out, const Auditor& auditor, std::string_view id, const TicketAudit& a,
                       const classify::Classification* classified = nullptr);
// {"file": …, "line": N, "id": … or null, "error": …} and a newline ("file" when not empty).
void append_bad_line(std::string& out, std::string_view file, std::size_t line, bool has_id,
                     std::string_view id, std::string_view error);
void append_bad_line(OutBuffer& out, std::string_view file, std::size_t line, bool has_id, std::string_view id,
                     std::string_view error);

}  // namespace audit
SHIXIAN_NAMESPACE_END
