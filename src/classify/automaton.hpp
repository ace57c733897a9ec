#pragma once
// Aho–Corasick over code points, private to the classifier (see lexicon.hpp for why one
// automaton and not one search per word).
//
// Layout choices, all for the scan loop (issue 13):
//   - The alphabet is the code points that occur in some phrase, numbered densely from 1;
//     every other code point (and every byte that is not well-formed UTF-8) is symbol 0,
//     which no phrase holds, so it sends the scan straight home. ASCII upper case has the
//     symbol of its lower case (ATM = atm).
//   - Transitions live in a double array: the child of state s on symbol c is slot
//     base(s) + c when that slot's check is s. The built-in lexicon's ~5,400 states fit in
//     about 100 KB, where the full transition table over bytes it replaces (14,200 states
//     × 103 byte classes × 4 bytes, 5.8 MB) missed the cache on most bytes: a Chinese
//     character is now one probe in L1/L2 instead of three dependent loads from memory.
//     A mismatch follows the failure link (at most as many steps as characters read).
//   - A state's check, base and failure link (with bit 0: the state ends some phrase)
//     sit side by side, so a probe loads one node and the common "no match here" path
//     does not touch the output lists at all.
// Matching is the same as over the UTF-8 bytes, on any input: the phrases are valid
// UTF-8, so they begin with a byte that is no continuation byte, and the decoder only
// ever takes continuation bytes into a character (a malformed or overlong sequence is
// read one byte at a time, as symbol 0), so every place a phrase's bytes occur is a
// character boundary where the decoder reads the phrase's own characters.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "shixian/classify/lexicon.hpp"

namespace shixian::classify::detail {

struct Automaton {
  struct Node {
    std::uint32_t check = kNone;  // the parent state's slot; kNone: a free slot
    std::uint32_t base = 0;       // children at base + symbol
    std::uint32_t fail = 0;       // (failure state's slot << 1) | ends some phrase
  };
  static constexpr std::uint32_t kNone = 0xFFFFFFFFU;
  static constexpr std::uint32_t kPageBits = 6;  // code points per symbol page: 64

  std::array<std::uint16_t, 128> ascii{};  // ASCII byte -> symbol (upper case folded)
  std::vector<std::uint16_t> page;         // code point >> kPageBits -> page in `symbol`
  std::vector<std::uint16_t> symbol;       // page * 64 + (code point & 63) -> symbol
  std::vector<Node> nodes;                 // the double array; the root is slot 0
  std::vector<std::uint32_t> out_begin;    // per slot, into outputs; size nodes + 1
  std::vector<std::uint32_t> outputs;      // entry ids, longest phrase first
  std::vector<std::uint32_t> length;       // per entry: phrase bytes
  std::vector<std::uint32_t> chars;        // per entry with ASCII: characters; else 0

  // `phrases` as folded for matching (valid UTF-8); throws InputError when the lexicon
  // holds more distinct characters than 16-bit symbols can number.
  explicit Automaton(const std::vector<std::string>& phrases);

  // The symbol of code point cp (0: in no phrase).
  std::uint32_t symbol_of(std::uint32_t cp) const noexcept {
    return symbol[(std::size_t{page[cp >> kPageBits]} << kPageBits) | (cp & ((1U << kPageBits) - 1))];
  }

  // The symbol of the character at p[i] (0: in no phrase, or not well-formed UTF-8),
  // advancing i past it (by one byte when malformed).
  std::uint32_t next_symbol(const unsigned char* p, std::size_t n, std::size_t& i) const noexcept {
    const unsigned b = p[i];
    if (b < 0x80) {
      ++i;
      return ascii[b];
    }
    // A well-formed three-byte character (most of a Chinese text) in one go; everything
    // else, three-byte forms that are not well-formed included, in the general steps below.
    if (b - 0xE0U < 0x10U && n - i >= 3) {
      const unsigned c1 = p[i + 1], c2 = p[i + 2];
      const std::uint32_t cp = ((b & 0x0FU) << 12) | ((c1 & 0x3FU) << 6) | (c2 & 0x3FU);
      if (((c1 & 0xC0U) == 0x80U) & ((c2 & 0xC0U) == 0x80U) & (cp >= 0x800U)) {
        i += 3;
        return symbol_of(cp);
      }
    }
    std::size_t len;
    std::uint32_t cp, min;
    if (b >= 0xE0 && b < 0xF0) {  // three bytes, not well-formed or cut short
      len = 3, cp = b & 0x0FU, min = 0x800;
    } else if (b >= 0xC0 && b < 0xE0) {
      len = 2, cp = b & 0x1FU, min = 0x80;
    } else if (b >= 0xF0 && b < 0xF8) {
      len = 4, cp = b & 0x07U, min = 0x10000;
    } else {  // a stray continuation byte or an impossible lead
      ++i;
      return 0;
    }
    if (len > n - i) {
      ++i;
      return 0;
    }
    for (std::size_t k = 1; k < len; ++k) {
      const unsigned c = p[i + k];
      if ((c & 0xC0U) != 0x80U) {
        ++i;
        return 0;
      }
      cp = (cp << 6) | (c & 0x3FU);
    }
    // An overlong form (C1 A1 for 'a') must not pass for the character it spells.
    if (cp < min || cp > 0x10FFFF) {
      ++i;
      return 0;
    }
    i += len;
    return symbol_of(cp);
  }

  // Where the `count` characters that end at p[end] begin (a match is well-formed UTF-8).
  static std::size_t start_of(const unsigned char* p, std::size_t end, std::uint32_t count) noexcept {
    std::size_t b = end;
    while (count-- > 0 && b > 0)
      do --b;
      while (b > 0 && (p[b] & 0xC0U) == 0x80U);
    return b;
  }

  template <class F>
  void scan(std::string_view text, F&& emit) const {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    const Node* nd = nodes.data();
    std::uint32_t s = 0;
    for (std::size_t i = 0; i < n;) {
      const std::uint32_t sym = next_symbol(p, n, i);
      if (sym == 0) {  // in no phrase: no suffix read so far can continue
        s = 0;
        continue;
      }
      for (;;) {
        const std::uint32_t t = nd[s].base + sym;
        if (nd[t].check == s) {
          s = t;
          break;
        }
        if (s == 0) break;
        s = nd[s].fail >> 1;
      }
      if (nd[s].fail & 1U) {
        for (std::uint32_t k = out_begin[s]; k < out_begin[s + 1]; ++k) {
          const std::uint32_t e = outputs[k];
          emit(e, chars[e] ? start_of(p, i, chars[e]) : i - length[e], i);
        }
      }
    }
  }
};

}  // namespace shixian::classify::detail
