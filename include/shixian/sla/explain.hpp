#pragma once
// Explanations: why a deadline is what it is, for an auditor.
//
// For one stage of one ticket: which targets applied and what each gave (the earliest
// wins), the clock of the winner, what was counted — the in-window spans for
// business_time, the working days for working_days — and which days were skipped
// and why (weekend, the holiday's name, an institution override), whether the answer
// is provisional, and the calendar and rule-set versions it was computed with.
//
// Explanations walk the days they describe, so they cost time and memory in
// proportion to the span; the deadline computation itself (deadlines.hpp) does not.
#include <string>
#include <vector>

#include "shixian/sla/deadlines.hpp"

namespace shixian {

struct TargetOutcome {
  const Target* target = nullptr;
  bool applies = false;
  bool computed = false;  // false: does not apply, or needed uncovered days (see error)
  Instant deadline{};
  bool provisional = false;
  bool won = false;
  std::string error;
};

struct SkippedDays {
  Date from, to;
  DayKind kind;
  std::string name;
};

struct CountedSpan {
  Instant from, to;
};

struct Explanation {
  const Stage* stage = nullptr;
  StageDeadline result;
  std::vector<TargetOutcome> targets;
  std::vector<CountedSpan> counted;  // business_time: in-window spans that counted
  std::vector<Date> counted_days;    // working_days: the working days counted
  std::vector<SkippedDays> skipped;  // days passed over, and why
  std::vector<std::string> notes;    // the reasoning, in sentences
  std::string calendar_version, rules_version;
};

Explanation explain(const DeadlineEngine& engine, const Ticket& t, int stage_index);

// Readable multi-line text of an explanation, times in `zone`.
std::string describe(const Explanation& e, const Zone& zone);

}  // namespace shixian
