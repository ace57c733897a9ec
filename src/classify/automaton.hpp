#pragma once
// Aho–Corasick over UTF-8 bytes, private to the classifier (see lexicon.hpp for why one
// automaton and not one search per word).
//
// Layout choices, all for the scan loop:
//   - Bytes are mapped to classes first: only bytes that occur in some phrase get a
//     class of their own, so a row is ~100 wide instead of 256 and the table stays in
//     cache. ASCII upper case shares the class of its lower case (ATM = atm).
//   - The goto and failure functions are folded into one full transition table (a
//     DFA), so each input byte costs exactly one table load, with no failure-link walk.
//   - A transition stores the target's row offset shifted left by one, with bit 0 set
//     when the target state ends some phrase; the common "no match here" path does not
//     touch the output lists at all.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "shixian/classify/lexicon.hpp"

namespace shixian::classify::detail {

struct Automaton {
  std::array<std::uint16_t, 256> byte_class{};
  std::uint32_t classes = 1;
  std::vector<std::uint32_t> delta;      // row * classes + class -> (row offset << 1) | has_output
  std::vector<std::uint32_t> out_begin;  // per state, into outputs; size states + 1
  std::vector<std::uint32_t> outputs;    // entry ids, longest phrase first
  std::vector<std::uint32_t> length;     // per entry: phrase bytes

  // `phrases` as folded for matching; throws InputError when the table would be too big.
  explicit Automaton(const std::vector<std::string>& phrases);

  template <class F>
  void scan(std::string_view text, F&& emit) const {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    const std::uint32_t* d = delta.data();
    std::uint32_t row = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint32_t v = d[row + byte_class[p[i]]];
      row = v >> 1;
      if (v & 1U) {
        const std::uint32_t state = row / classes;
        for (std::uint32_t k = out_begin[state]; k < out_begin[state + 1]; ++k) {
          const std::uint32_t e = outputs[k];
          emit(e, i + 1 - length[e], i + 1);
        }
      }
    }
  }
};

}  // namespace shixian::classify::detail
