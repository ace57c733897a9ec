#pragma once
// Reading a JSON Lines field's key fast, shared by `check`'s parser and the parse-only
// benchmark floor (so that the floor reads keys exactly as check does). Private to the
// build (src/ is not installed): it needs simdjson, which consumers do not have.
#include "shixian/abi.hpp"
#include <simdjson.h>

#include <cstdint>
#include <cstring>
#include <string_view>

SHIXIAN_NAMESPACE_BEGIN
namespace audit {

// A field's key. Keys without escapes (all of a ticket's) are read in place, between
// their quotes, without the parser's unescaping copy (a call through its runtime-chosen
// kernel for every key); a key with a backslash is unescaped by the parser. Always
// inlined: called out of line, it would take the parser's iterator out of the caller's
// sight and pin its state to memory for the whole parse (see read_common in
// src/audit/ticket_json.cpp).
[[gnu::always_inline]] inline simdjson::error_code read_key(simdjson::simdjson_result<simdjson::ondemand::field>& field, std::string_view& key) noexcept {
  simdjson::ondemand::raw_json_string raw;
  if (auto e = field.key().get(raw)) return e;
  const char* start = raw.raw();
  const char* p = start;
  // Eight bytes at a time: the document is valid, so a closing quote follows within
  // the line, and the parser's padding makes the last word's over-read safe.
  for (;;) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    const std::uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
    const std::uint64_t hit = ((q - ones) & ~q & highs) | ((b - ones) & ~b & highs);
    if (hit) {  // the lowest flagged byte is exact (borrows only run upwards)
      p += __builtin_ctzll(hit) >> 3;
      break;
    }
    p += 8;
  }
  if (*p == '"') {
    key = std::string_view(start, static_cast<std::size_t>(p - start));
    return simdjson::SUCCESS;
  }
  return field.unescaped_key().get(key);
}

}  // namespace audit
SHIXIAN_NAMESPACE_END
