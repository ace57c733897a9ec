#pragma once
// The timeliness report (投诉处理及时率) over many audited tickets.
//
// For each stage and each ticket class (and all classes together):
//   counts      tickets per status (met, breached, pending, at_risk, not_started,
//               not_applicable, error)
//   timeliness  met / (met + breached): of the stages that are decided — done, or
//               overdue — the share done in time. Pending and at-risk stages are not
//               decided yet and are left out; so are skipped and not-started ones.
//               Undefined (null, "—") when nothing is decided.
//   worst       the largest breaches by wall time (ties: the earlier input line), with
//               the ticket id and how late on the stage's own clock
//   by month    breaches counted by the month (in the zone) of the missed deadline
//   cycles      a reopened ticket's later cycles (重新流转) are counted stage by stage like
//               tickets of the same class: a stage's counts are of stage audits, one per
//               cycle; `tickets` counts input lines, `reopened_cycles` the later cycles
//   paused      a stage whose clock is stopped with no resume is not decided (like
//               pending) and left out of timeliness
//   archive     closed tickets; those past their retention (past_retention)
//   record      closed tickets whose reply record was checked; those missing a field
//   classified  tickets that had no class and were classified from their text or facts
//
//   shixian::audit::Summary summary{auditor};
//   for (each ticket t with id, audited into stages)
//     summary.add(t, id, stages, line_order);
//   std::string report = summary.to_text(false);   // or to_json()
//
// Summaries built on separate threads over separate parts of the input merge into
// the same result whatever the split (merge() is order-independent: worst breaches
// and listed bad lines are chosen by input order, not by arrival).
#include "shixian/audit/ignored_fields.hpp"
#include "shixian/abi.hpp"
#include <array>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shixian/audit/audit.hpp"
#include "shixian/i18n/terms.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace audit {

struct Breach {
  std::string id;
  std::uint64_t order = 0;  // position in the input (ties are broken by it)
  Instant deadline{};
  bool done = false;
  Instant done_at{};
  Duration late_wall{0}, late_clock{0};
  bool late_provisional = false;  // late_clock needed days past calendar coverage (weekly rule)
  bool provisional = false;       // the deadline itself did (--provisional)
  ClockKind clock = ClockKind::elapsed;
  Duration day_length{0};   // working_days clock: the length one working day counts for
  int cycle = 0;            // 0: the first cycle; k: the k-th reopening
  int ticket_class = 0;     // the rule set's class index (a state keeps it as its cell's)
};

struct SummaryCell {
  std::array<std::uint64_t, status_count> counts{};
  std::vector<Breach> worst;              // at most Summary::worst_count(), unsorted
  std::map<int, std::uint64_t> by_month;  // year * 12 + (month - 1) -> breaches

  std::uint64_t count(Status s) const noexcept { return counts[static_cast<std::size_t>(s)]; }
  std::uint64_t total() const noexcept;
  // met / (met + breached); negative when nothing is decided.
  double timeliness() const noexcept;
};

struct BadLine {
  std::uint64_t order = 0;
  std::string file;
  std::size_t line = 0;
  std::string error;
};

// Ticket ids found on more than one line: an export that repeats a ticket counts it once
// a line, so the summary and the report say so (Summary::repeated_ids).
struct RepeatedIds {
  struct Place {
    std::string file;  // empty: standard input
    std::size_t line = 0;
  };
  std::uint64_t ids = 0;    // ids on more than one line
  std::uint64_t lines = 0;  // the lines holding them
  // The first few such ids in input order, each as the lines holding it (the first few).
  std::vector<std::vector<Place>> first;
  bool capped = false;  // only the Summary::kIdLines lines earliest in the input were compared
};

// A bad line's reason for a person, in the language of `terms`: in English the reader's
// reason as it is; in Chinese its kind (全角标点, GBK, 时间格式错误, …) and then its
// reason: worded in Chinese where the reader's commonest reasons are (a timestamp, the
// lifecycle order, an unknown class, a missing field, a value's type: the field and the
// value named), else in the reader's English. How much of the reason: `all` (check's text
// table on stderr, where a person fixes the line), `worded` (the summary and the report,
// passed on: the Chinese wording when there is one, else the kind alone), `none`.
// Summary::repeated_ids() for a person, in the language of `terms` (one line, no colour):
// how many ids, on how many lines, and where the first ones are. Empty when none.
std::string repeated_ids_text(const RepeatedIds& r, const i18n::Terms& terms);
enum class BadLineDetail : std::uint8_t { none, worded, all };
std::string bad_line_words(std::string_view error, const i18n::Terms& terms, BadLineDetail detail = BadLineDetail::all);

class Summary {
 public:
  explicit Summary(const Auditor& auditor, std::size_t worst = 10, std::size_t bad_lines_listed = 20);

  // One audited ticket; `order` is its position in the input (e.g. a running line count).
  void add(const Ticket& t, std::string_view id, std::span<const StageAudit> stages, std::uint64_t order);
  // One audited record: every cycle's stages, archive and reply record.
  void add(const TicketRecord& r, const TicketAudit& a, std::string_view id, std::uint64_t order,
           bool classified = false);
  // One rejected line.
  void add_bad_line(std::uint64_t order, std::string_view file, std::size_t line, std::string_view error);
  // The id of an audited ticket's line, to find ids on more than one line. Kept as a
  // hash and the line's order, 16 bytes a line, for the kIdLines lines earliest in the
  // input (64 MiB a summary, so a thread's; merge keeps the earliest of both, so the
  // answer is one pass's whatever the threads or parts; past it the summary says only
  // those lines were compared). `order - line` is where `file` began in the order.
  static constexpr std::uint64_t kIdLines = std::uint64_t{1} << 22;
  void add_id(std::string_view id, std::uint64_t order, std::string_view file, std::size_t line);
  // Ids on more than one line, over everything added and merged (sorts a copy: call it
  // once per output).
  RepeatedIds repeated_ids(std::size_t first = 5, std::size_t places = 10) const;
  // An input that could not be read at all (a missing file, a directory, a read error):
  // the summary and the report name it, since whoever is sent the report never sees
  // stderr, and a report of part of the data must say so. Merged by merge(); not part
  // of to_state() (a worker's part is what it read: the inputs are the caller's).
  void add_unread_input(std::string_view file, std::string_view why);
  struct UnreadInput {
    std::string file, why;
  };
  const std::vector<UnreadInput>& unread_inputs() const noexcept { return unread_; }
  // Fields the lines carried that were not read: check_stream and check_text add each
  // stream's (IgnoredFields); merged, and part of to_state(), like every count. The JSON
  // lists each with the field probably meant; one near an event or a flag ("replyed":
  // replied) changes the figures (those replies read as not made), so the text summary
  // and the report say it at the top.
  struct IgnoredField {
    std::string field;
    std::uint64_t lines = 0;
    std::string likely;            // the readable field probably meant, or ""
    bool changes_results = false;  // it is near an event or a flag of the rule set
  };
  void add_ignored(const IgnoredFields& fields) { ignored_.merge(fields); }
  // A field read by someone else (check --report --by: the report's grouping), not listed.
  void set_read_elsewhere(std::string field) { read_elsewhere_ = std::move(field); }
  // The most frequent first.
  std::vector<IgnoredField> ignored_fields() const;
  // Stage audits in error: left out of timeliness, so the summary and the report say how
  // many and why. Most need a day outside the calendar's coverage (load the notice, or
  // --provisional); the rest, no_target_errors(), had no target of the stage apply to the
  // ticket's class and flags, which only the rule set can change.
  std::uint64_t errors() const;
  std::uint64_t no_target_errors() const noexcept { return extra_.no_target; }
  // Contact stages (a reply to the customer) done inside the rule set's quiet hours: each
  // is flagged on its ticket's line, and counted here so the summary and report say it.
  std::uint64_t quiet_hours_contacts() const noexcept { return extra_.quiet_hours; }
  // Adds another summary of the same auditor (another part of the input).
  void merge(const Summary& other);
  // An empty summary with the same auditor and settings (for another thread's part).
  Summary empty_copy() const {
    Summary s(*auditor_, worst_, bad_listed_);
    s.target_rate_ = target_rate_;
    return s;
  }
  // The timeliness a rate is measured against (marked below it; the report's line):
  // the rule set's target_rate unless set here (check --target-rate). In (0, 1].
  double target_rate() const noexcept { return target_rate_; }
  void set_target_rate(double rate);

  // Parts built in other processes (Dask workers, batch jobs): to_state() is this
  // summary as bytes, and merge_state(bytes) on a summary of the same settings is
  // merge() of it, so the merged report is the one a single pass would give. The bytes
  // carry what the report depends on (rule set and its version, zone, calendar
  // version, now, at_risk, coverage, list sizes) and are read strictly: a state of
  // other settings, truncated or corrupt is an InputError naming what differs, and
  // nothing is merged. They are for the same shixian version on machines of the same
  // byte order, not for storage.
  std::string to_state() const;
  void merge_state(std::string_view state);

  std::uint64_t tickets() const noexcept { return tickets_; }
  std::uint64_t bad_lines() const noexcept { return bad_; }
  std::uint64_t reopened_cycles() const noexcept { return extra_.cycles; }
  // Tickets received after the audit time (settings().now): counted as tickets, every
  // stage not started, so they decide nothing; said apart, as a batch cut mid-month has them.
  std::uint64_t received_after_now() const noexcept { return extra_.after_now; }
  // Stage results that rest on the weekly rule past the calendar's coverage (--provisional:
  // the deadline, or the lateness on the clock): counted like any other, so the summary
  // and the report say how many, as each ticket's line marks its own (RULES.md §2).
  std::uint64_t provisional_results() const noexcept { return extra_.provisional; }
  std::uint64_t classified() const noexcept { return extra_.classified; }
  std::uint64_t closed() const noexcept { return extra_.closed; }
  std::uint64_t past_retention() const noexcept { return extra_.past_retention; }
  std::uint64_t records_checked() const noexcept { return extra_.records_checked; }
  std::uint64_t records_incomplete() const noexcept { return extra_.records_incomplete; }
  std::size_t worst_count() const noexcept { return worst_; }
  const SummaryCell& cell(int stage, int ticket_class) const;
  // Every class of a stage together.
  SummaryCell stage_total(int stage) const;
  // Worst breaches of a cell, worst first.
  static std::vector<Breach> sorted_worst(const SummaryCell& c);

  // {"profile": …, "now": …, "tickets": N, "bad_lines": M, "reopened_cycles": …,
  //  "classified": …, "archive": {"closed": …, "past_retention": …},
  //  "records": {"checked": …, "incomplete": …}, "stages": {"hq_dispatch":
  //   {"ordinary": {"counts": {…}, "timeliness": 0.97, "worst": […], "breaches_by_month": {…}},
  //    …, "all": {…}}, …}, "first_bad_lines": […]}
  std::string to_json() const;
  // Aligned tables for people, in English; colour when `color`.
  std::string to_text(bool color) const;
  // The same in the language of `terms` (i18n/terms.hpp), deadlines at a day's end as 24:00.
  std::string to_text(bool color, const i18n::Terms& terms) const;
  // What the report (report/report.hpp) draws from, beyond the cells.
  const Auditor& auditor() const noexcept { return *auditor_; }
  std::size_t classes() const noexcept { return classes_; }
  const std::vector<BadLine>& first_bad_lines() const noexcept { return first_bad_; }

 private:
  void add_stages(int ticket_class, std::string_view id, std::span<const StageAudit> stages, std::uint64_t order,
                  int cycle);
  void add_breach(SummaryCell& c, Breach b) const;
  void merge_cell(SummaryCell& into, const SummaryCell& from) const;

  const Auditor* auditor_;
  std::size_t worst_, bad_listed_;
  std::size_t classes_;
  std::vector<SummaryCell> cells_;  // stage * classes + class
  std::uint64_t tickets_ = 0, bad_ = 0;
  struct Extra {
    std::uint64_t cycles = 0, classified = 0, closed = 0, past_retention = 0, records_checked = 0,
                  records_incomplete = 0, no_target = 0, after_now = 0, provisional = 0,
                  quiet_hours = 0;  // contact stages done inside quiet hours (RULES.md §4: flagged)
  } extra_;
  std::vector<BadLine> first_bad_;
  std::vector<UnreadInput> unread_;
  IgnoredFields ignored_;
  std::string read_elsewhere_;
  struct SeenId {
    std::uint64_t hash, order;
  };
  std::vector<SeenId> ids_;
  double target_rate_;
  bool ids_capped_ = false;
  // Where each input began in the order, to name a line's file: (order - line, file).
  std::vector<std::pair<std::uint64_t, std::string>> inputs_;
};

// "18:00-08:00": a rule set's quiet hours as the summary and the report name them.
std::string quiet_window(const QuietHours& q);

}  // namespace audit
SHIXIAN_NAMESPACE_END
