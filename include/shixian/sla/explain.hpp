#pragma once
// Explanations: why a deadline is what it is, for an auditor.
//
// For one stage of one ticket: which targets applied and what each gave (the earliest
// wins), the clock of the winner, what was counted — the in-window spans for
// business_time, the working days for working_days — and which days were skipped
// and why (weekend, the holiday's name, an institution override), whether the answer
// is provisional, and the calendar and rule-set versions it was computed with.
//
// An explanation formats the record the engine made while computing (StageTrace,
// deadlines.hpp): the same targets, deadlines and counts, never a second computation.
// Recording walks the days it describes, so it costs time and memory in proportion to
// the span; the deadline computation without a trace does not.
#include "shixian/abi.hpp"
#include <string>
#include <vector>

#include "shixian/i18n/terms.hpp"
#include "shixian/sla/deadlines.hpp"

SHIXIAN_NAMESPACE_BEGIN

struct TargetOutcome {
  const Target* target = nullptr;
  bool applies = false;
  bool computed = false;  // false: does not apply, needed uncovered days (see error), or paused
  bool paused = false;    // applies, but the stage is paused with no resume: no deadline yet
  Instant deadline{};     // with the stage's pauses, as the engine computed it
  bool provisional = false;
  bool won = false;
  std::string error;
};

// One step of the reasoning, as facts: describe() words it in a language, and
// Explanation::notes holds it in English for JSON. Which fields a kind uses:
struct Reason {
  enum class Kind : std::uint8_t {
    not_started,           // text: the start event that has not happened
    error,                 // text: the engine's message; for want of coverage also uncovered,
                           // name: the calendar's id, day..end_day: its coverage
    paused_open,           // from: when the open pause began
    paused_span,           // from, to: a closed pause
    earliest_wins,         // count: targets that apply; target: the winner
    not_needed,            // target: needs uncovered days; winner: the winner
    elapsed_clock,         // target
    business_time_clock,   // target; text: the windows ("08:30-17:30"); every_day
    late_start,            // from: the start; to: when the clock starts
    working_days_clock,    // target; day: the start day; text: the cut-off or "24:00"
    calendar_days_clock,   // target; day: the start day; count: days; text: roll none|holidays|rest_days
    rolled,                // count: days; day: the period's own last day (day_kind, name); end_day:
                           // where it ended; holidays_only
    provisional,           // days outside coverage were taken by the weekly rule
    contact_none,          // text: the quiet hours ("18:00-08:00")
    contact_at_deadline,   // text: the quiet hours
    contact_before_quiet,  // text: the quiet hours; from: contact by
  };
  Kind kind = Kind::error;
  Instant from{}, to{};
  Date day{};
  int count = 0;
  bool every_day = false;
  bool latest = false;         // earliest_wins: the stage takes the latest deadline
  bool holidays_only = false;  // rolled: past holidays only, not every rest day
  Date end_day{};
  DayKind day_kind = DayKind::weekday;
  std::string name;
  const Target* target = nullptr;
  const Target* winner = nullptr;
  std::string text;
  Uncovered uncovered{};
};

struct Explanation {
  const Stage* stage = nullptr;
  StageDeadline result;
  std::vector<TargetOutcome> targets;
  std::vector<CountedSpan> counted;  // business_time: in-window spans that counted
  std::vector<Date> counted_days;    // working_days: the working days counted (wholly or partly)
  std::vector<Duration> counted_day_amounts;  // the local time each of counted_days counted
  std::vector<SkippedDays> skipped;  // days passed over, and why
  std::vector<CountedSpan> running;  // when the clock ran (start or resume to pause or deadline)
  bool truncated = false;            // the lists stop at ClockWalk::max_walked
  std::vector<Reason> reasons;       // the reasoning, as facts
  std::vector<std::string> notes;    // the same in English sentences (RFC 3339 times)
  std::string calendar_version, rules_version;
};

// Formats what the engine recorded (DeadlineEngine::stage with a StageTrace): no clock
// is computed here.
Explanation explain(const DeadlineEngine& engine, const Ticket& t, StageId stage);
// The same from a record already made.
Explanation explain(const RuleSet& rules, const Zone& zone, StageId stage, const StageDeadline& result,
                    StageTrace trace);


// Readable multi-line text of an explanation, in English, times in `zone` as RFC 3339.
std::string describe(const Explanation& e, const Zone& zone);
// The same in the language of `terms`, times as text (i18n/text.hpp: a deadline at a
// day's end is that day's 24:00).
std::string describe(const Explanation& e, const Zone& zone, const i18n::Terms& terms);
// One reason as a sentence; `text_times`: times as text, else RFC 3339.
std::string reason_text(const Reason& r, const Zone& zone, const i18n::Terms& terms, bool text_times);

SHIXIAN_NAMESPACE_END
