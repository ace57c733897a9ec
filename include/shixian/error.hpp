#pragma once
// Errors the library reports.
//
// InputError: a value from outside (a date, a zone name, a file line, a ticket field)
// was rejected. The message names the value and what was expected, so the CLI can
// print it as-is and exit 1. CoverageError is the InputError for a question whose
// answer depends on a day the calendar data does not cover.
#include <stdexcept>
#include <string>

namespace shixian {

class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class CoverageError : public InputError {
 public:
  using InputError::InputError;
};

}  // namespace shixian
