#pragma once
// The error model: one rule for the whole library.
//
// 1. Exceptions at input boundaries, and only there. Anything that comes from outside
//    the program — a timestamp string, a zone name, a rule-set or calendar file, a name
//    looked up in a rule set, a line of a ticket stream read by the general reader — is
//    checked where it enters, and a rejected value throws InputError (or a subclass)
//    whose message names the value and what was expected, so that the CLI prints it
//    as-is and exits 1, and whose detail() carries the same facts as fields for a
//    program: the value, the file and line it came from, what was expected, the likely
//    intended value.
//
//      InputError     a rejected value. Thrown by: parse_instant / parse_date / other
//                     text.hpp parsers; Zone::locate; Zone::to_instant (nonexistent or
//                     ambiguous local time, unless a Choose decides); parse_rule_set /
//                     load_rule_set (file, line, value); CalendarBuilder and the calendar
//                     file reader (file, line, value); Calendar::add_working_days for a
//                     count outside 0..max_working_days; RuleSet::ticket.
//      UnknownName    an InputError for a name a rule set does not define (an event,
//                     class, flag or stage): detail() lists the valid names and the
//                     closest one. Thrown by RuleSet::event_index, class_index,
//                     flag_index, stage_index and RuleSet::ticket. The find_* variants
//                     return std::nullopt instead (for readers that word their own error).
//      CoverageError  an InputError for a calendar question about a day outside the data,
//                     in Coverage::strict: Calendar queries, and the clock functions of
//                     clocks.hpp called with a strict ClockContext.
//
// 2. Typed states inside results. Once the inputs are accepted, what happens to a
//    ticket is an outcome, not an exception: DeadlineEngine::stage never throws for a
//    ticket's data; it returns a StageDeadline whose `state` is computed, not_started,
//    paused or error (a deadline that needs uncovered days, or no target applies), with
//    the reason in `error`. Audits (audit.hpp) report statuses the same way, and the
//    ticket-stream reader (ticket_json.hpp) reports a bad line as a rejected line with
//    its reason, so that nothing is lost in a batch. A caller must look at `state`
//    before reading `deadline`.
//
// 3. Misuse of the API that the types cannot prevent (an id from another rule set whose
//    index is out of range, a span too short for DeadlineEngine::all) is a
//    std::out_of_range / std::invalid_argument, or a precondition stated where the
//    function is declared. Out of memory is std::bad_alloc. Nothing else throws.
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "shixian/abi.hpp"

SHIXIAN_NAMESPACE_BEGIN

// The facts behind an InputError, as fields. Empty strings and line 0 mean "not known"
// or "not from a file".
struct ErrorDetail {
  std::string value;                // the rejected value, as given
  std::string file;                 // the file (or built-in name) it came from
  int line = 0;                     // 1-based line in `file`
  std::string expected;             // what would have been accepted
  std::string suggestion;           // the likely intended value, if one is close
  std::vector<std::string> valid;   // UnknownName: every valid name, in definition order
};

namespace i18n {
class Terms;
}

class InputError : public std::runtime_error {
 public:
  // How an error words itself from a table of terms (data/terms/*.toml): the facts are
  // captured, the words looked up, so one error reads in English (what(), for programs
  // and logs) and in Chinese (the CLI's --lang zh) from the same record.
  using Words = std::function<std::string(const i18n::Terms&)>;

  using std::runtime_error::runtime_error;
  InputError(const std::string& message, ErrorDetail detail)
      : std::runtime_error(message), detail_(std::make_shared<const ErrorDetail>(std::move(detail))) {}
  // `message` is words(the English terms): see i18n::throw_worded.
  InputError(const std::string& message, Words words, ErrorDetail detail = {})
      : std::runtime_error(message),
        detail_(std::make_shared<const ErrorDetail>(std::move(detail))),
        words_(std::make_shared<const Words>(std::move(words))) {}

  // The message in the language of `terms`; what() for an error thrown with a message only.
  std::string worded(const i18n::Terms& terms) const { return words_ ? (*words_)(terms) : std::string(what()); }

  // The structured facts; fields are empty when the thrower knew only the message.
  const ErrorDetail& detail() const noexcept {
    static const ErrorDetail none;
    return detail_ ? *detail_ : none;
  }

 private:
  std::shared_ptr<const ErrorDetail> detail_;  // shared: copying an exception must not throw
  std::shared_ptr<const Words> words_;
};

// The same error with `prefix` (an option or field name, "received: ") before it, in
// every language its words know.
inline InputError with_prefix(const InputError& e, const std::string& prefix, ErrorDetail detail) {
  auto inner = std::make_shared<const InputError>(e);
  return InputError(prefix + e.what(), [inner, prefix](const i18n::Terms& t) { return prefix + inner->worded(t); },
                    std::move(detail));
}
inline InputError with_prefix(const InputError& e, const std::string& prefix) { return with_prefix(e, prefix, e.detail()); }

class CoverageError : public InputError {
 public:
  using InputError::InputError;
};

// A name that a rule set does not define: "unknown event 'recieved' (rule set 95580
// has: received, ...); did you mean 'received'?". kind() is "event", "class", "flag" or
// "stage"; detail().value the name, detail().valid the names, detail().suggestion the
// closest (or empty).
class UnknownName : public InputError {
 public:
  UnknownName(std::string kind, const std::string& message, ErrorDetail detail)
      : InputError(message, std::move(detail)), kind_(std::make_shared<const std::string>(std::move(kind))) {}
  // Worded in each language (worded(terms)), as every reader's errors are.
  UnknownName(std::string kind, const std::string& message, Words words, ErrorDetail detail)
      : InputError(message, std::move(words), std::move(detail)),
        kind_(std::make_shared<const std::string>(std::move(kind))) {}
  const std::string& kind() const noexcept { return *kind_; }

 private:
  std::shared_ptr<const std::string> kind_;
};

SHIXIAN_NAMESPACE_END
