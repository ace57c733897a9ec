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
  std::vector<std::string> notes;    // the reasoning, in sentences
  std::string calendar_version, rules_version;
};

// Formats what the engine recorded (DeadlineEngine::stage with a StageTrace): no clock
// is computed here.
Explanation explain(const DeadlineEngine& engine, const Ticket& t, StageId stage);
// The same from a record already made.
Explanation explain(const RuleSet& rules, const Zone& zone, StageId stage, const StageDeadline& result,
                    StageTrace trace);


// Readable multi-line text of an explanation, times in `zone`.
std::string describe(const Explanation& e, const Zone& zone);

SHIXIAN_NAMESPACE_END
