#pragma once
// Helpers for tests that check error messages: errors must name the bad value.
#include <doctest/doctest.h>
#include <string>
#include <string_view>

#include "shixian/error.hpp"

namespace shixian::test {

// The message of the exception E that f throws; fails the test if f throws nothing
// or something else.
template <class E = InputError, class F>
std::string message_of(F&& f) {
  try {
    f();
  } catch (const E& e) {
    return e.what();
  } catch (const std::exception& e) {
    FAIL("threw the wrong kind of exception: " << e.what());
  }
  FAIL("did not throw");
  return {};
}

inline bool contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

// 'text', as error messages quote a value (built by appends: GCC 12 warns wrongly on
// "'" + std::string).
inline std::string quoted(std::string_view text) {
  std::string q(1, '\'');
  q.append(text);
  q.push_back('\'');
  return q;
}

}  // namespace shixian::test
