#pragma once
// Checks that the harnesses' JSON output is what CONTRACT.md promises: each line one
// valid JSON object.
#include <simdjson.h>

#include <string_view>

#include "fuzz.hpp"

namespace shixian::fuzz {

// Every '\n'-terminated line of `out` is one JSON object; returns how many there are.
inline std::size_t json_object_lines(std::string_view out) {
  static thread_local simdjson::dom::parser parser;
  std::size_t n = 0;
  while (!out.empty()) {
    const auto nl = out.find('\n');
    FUZZ_REQUIRE(nl != std::string_view::npos, "output does not end with a newline");
    const auto line = out.substr(0, nl);
    simdjson::dom::element doc;
    const auto error = parser.parse(line.data(), line.size()).get(doc);
    FUZZ_REQUIRE(!error && doc.is_object(), "output line is not a JSON object (%s): %.*s",
                 simdjson::error_message(error), static_cast<int>(line.size()), line.data());
    out.remove_prefix(nl + 1);
    ++n;
  }
  return n;
}

}  // namespace shixian::fuzz
