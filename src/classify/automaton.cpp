// Building the Aho–Corasick table: see automaton.hpp for the layout.
#include "automaton.hpp"

#include <limits>

#include "shixian/error.hpp"

namespace shixian::classify::detail {

Automaton::Automaton(const std::vector<std::string>& phrases) {
  std::uint32_t next_class = 1;  // class 0: bytes in no phrase, which always lead home
  for (const auto& ph : phrases)
    for (unsigned char b : ph)
      if (byte_class[b] == 0) byte_class[b] = static_cast<std::uint16_t>(next_class++);
  for (int c = 'A'; c <= 'Z'; ++c) byte_class[c] = byte_class[c - 'A' + 'a'];
  classes = next_class;

  // Trie: in `delta`, 0 means "no child" while building (the root is never a child).
  std::vector<std::vector<std::uint32_t>> ends(1);  // entry ids ending at each state
  delta.assign(classes, 0);
  std::uint32_t states = 1;
  for (std::uint32_t id = 0; id < phrases.size(); ++id) {
    std::uint32_t s = 0;
    for (unsigned char b : phrases[id]) {
      const std::size_t slot = std::size_t{s} * classes + byte_class[b];
      if (delta[slot] == 0) {
        delta[slot] = states++;
        delta.resize(std::size_t{states} * classes, 0);
        ends.emplace_back();
      }
      s = delta[slot];
    }
    ends[s].push_back(id);
    length.push_back(static_cast<std::uint32_t>(phrases[id].size()));
  }
  if (std::size_t{states} * classes * 2 > std::numeric_limits<std::uint32_t>::max())
    throw InputError("lexicon too large: " + std::to_string(states) + " automaton states × " +
                     std::to_string(classes) + " byte classes (expected at most about 2^31 cells)");

  // Breadth-first: a state's failure target is shallower, so its row is complete by the
  // time it is copied into the missing transitions here.
  std::vector<std::uint32_t> fail(states, 0);
  std::vector<std::uint32_t> order;
  order.reserve(states);
  for (std::uint32_t c = 0; c < classes; ++c)
    if (const std::uint32_t child = delta[c]; child != 0) order.push_back(child);
  std::vector<std::vector<std::uint32_t>> outs(states);
  for (std::size_t qi = 0; qi < order.size(); ++qi) {
    const std::uint32_t s = order[qi];
    outs[s] = ends[s];  // the state's own phrase is the longest ending here
    outs[s].insert(outs[s].end(), outs[fail[s]].begin(), outs[fail[s]].end());
    for (std::uint32_t c = 0; c < classes; ++c) {
      std::uint32_t& t = delta[std::size_t{s} * classes + c];
      const std::uint32_t via_fail = delta[std::size_t{fail[s]} * classes + c];
      if (t != 0) {
        fail[t] = via_fail;
        order.push_back(t);
      } else {
        t = via_fail;
      }
    }
  }

  out_begin.resize(states + 1);
  for (std::uint32_t s = 0; s < states; ++s) {
    out_begin[s] = static_cast<std::uint32_t>(outputs.size());
    outputs.insert(outputs.end(), outs[s].begin(), outs[s].end());
  }
  out_begin[states] = static_cast<std::uint32_t>(outputs.size());
  for (auto& t : delta) t = ((t * classes) << 1) | (outs[t].empty() ? 0U : 1U);
}

}  // namespace shixian::classify::detail
