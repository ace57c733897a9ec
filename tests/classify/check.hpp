#pragma once
// Shared by the classify tests: doctest's Contains matcher takes doctest::String, so
// std::string results are checked here, printing the whole value when they fail.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#define CHECK_CONTAINS(value, part)                                             \
  do {                                                                          \
    const std::string shixian_v_(value);                                        \
    CHECK_MESSAGE(shixian_v_.find(std::string_view(part)) != std::string::npos, \
                  "\n  value: ", shixian_v_, "\n  wanted: ", std::string(part));  \
  } while (0)
