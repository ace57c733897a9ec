// Building the Aho–Corasick double array: see automaton.hpp for the layout.
#include "automaton.hpp"

#include <algorithm>
#include <limits>
#include <utility>

#include "shixian/error.hpp"

namespace shixian::classify::detail {

namespace {

// The code points of valid UTF-8 (the lexicon checked its lines when it read them).
std::vector<std::uint32_t> code_points(std::string_view s) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    std::uint32_t cp = n == 1 ? b : n == 2 ? (b & 0x1FU) : n == 3 ? (b & 0x0FU) : (b & 0x07U);
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3FU);
    out.push_back(cp);
    i += n;
  }
  return out;
}

}  // namespace

Automaton::Automaton(const std::vector<std::string>& phrases) {
  constexpr std::uint32_t kPage = 1U << kPageBits;
  // The alphabet: symbols 1.. in order of first appearance; page 0 of `symbol` stays all
  // zeros and is where every code point in no phrase looks.
  page.assign((0x10FFFFU >> kPageBits) + 1, 0);
  symbol.assign(kPage, 0);
  std::uint32_t symbols = 1;
  // The slot of code point cp in `symbol`, its page made when it has none.
  const auto slot_of = [&](std::uint32_t cp) -> std::uint16_t& {
    auto& pg = page[cp >> kPageBits];
    if (pg == 0) {
      if (symbol.size() / kPage > std::numeric_limits<std::uint16_t>::max())
        throw InputError("lexicon too large: its phrases use characters from more than 65,535 blocks of 64");
      pg = static_cast<std::uint16_t>(symbol.size() / kPage);
      symbol.resize(symbol.size() + kPage, 0);
    }
    return symbol[(std::size_t{pg} << kPageBits) | (cp & (kPage - 1))];
  };
  std::vector<std::vector<std::uint32_t>> words;  // each phrase as symbols
  words.reserve(phrases.size());
  for (const auto& ph : phrases) {
    auto& w = words.emplace_back();
    for (std::uint32_t cp : code_points(ph)) {
      auto& sym = slot_of(cp);
      if (sym == 0) {
        if (symbols > std::numeric_limits<std::uint16_t>::max())
          throw InputError("lexicon too large: its phrases use more than 65,535 distinct characters");
        sym = static_cast<std::uint16_t>(symbols++);
      }
      w.push_back(sym);
    }
  }
  // ASCII looked up once here: upper case takes the lower case's symbol.
  for (std::uint32_t c = 0; c < 128; ++c) {
    const std::uint32_t from = (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
    ascii[c] = static_cast<std::uint16_t>(symbol_of(from));
  }
  // Full-width forms (U+FF01..U+FF5E), which Chinese input methods type for ASCII
  // (１２３７８, ＡＴＭ, ａｐｐ), take their ASCII character's symbol: a phrase written in ASCII
  // matches them too, at the text's own byte offsets. Not where a phrase itself spells
  // the full-width form (it keeps its own symbol).
  for (std::uint32_t c = '!'; c <= '~'; ++c)
    if (ascii[c] != 0 && symbol_of(c + 0xFEE0U) == 0) slot_of(c + 0xFEE0U) = ascii[c];

  // The trie, each state's children sorted by symbol.
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> kids(1);  // (symbol, state)
  std::vector<std::vector<std::uint32_t>> ends(1);  // entry ids ending at each state
  for (std::uint32_t id = 0; id < words.size(); ++id) {
    std::uint32_t s = 0;
    for (std::uint32_t sym : words[id]) {
      auto& k = kids[s];
      auto it = std::lower_bound(k.begin(), k.end(), std::pair<std::uint32_t, std::uint32_t>{sym, 0});
      if (it == k.end() || it->first != sym) {
        const auto fresh = static_cast<std::uint32_t>(kids.size());
        it = k.insert(it, {sym, fresh});
        kids.emplace_back();
        ends.emplace_back();
      }
      s = it->second;
    }
    ends[s].push_back(id);
    length.push_back(static_cast<std::uint32_t>(phrases[id].size()));
    // A phrase with ASCII in it may be matched by full-width forms, three bytes each: its
    // start is found by counting its characters back (chars), not its bytes.
    const bool has_ascii = std::any_of(phrases[id].begin(), phrases[id].end(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    chars.push_back(has_ascii ? static_cast<std::uint32_t>(words[id].size()) : 0);
  }
  const std::size_t states = kids.size();

  // Slots, breadth-first, first fit: a state's children take the lowest base whose slots
  // are all free, searched from `open`. A search that needs more than kProbes bases moves
  // `open` to where it ended: the free slots before it are too scattered for a state with
  // several children, and searching them again for every later state made the build
  // quadratic (200,000 phrases took 16 s). They still take children that happen to land
  // there. `order` is the breadth-first order, which the failure links below need too.
  constexpr std::size_t kProbes = 1024;
  std::vector<std::uint32_t> slot(states, kNone);
  std::vector<std::uint32_t> order{0};
  order.reserve(states);
  slot[0] = 0;
  // next_free[i]: a slot at or after i that leads, by following next_free, to the first
  // free slot at or after i (path halving keeps the chains short); past the end, i itself.
  std::vector<std::size_t> next_free;
  auto first_free_from = [&](std::size_t i) {
    while (i < next_free.size() && next_free[i] != i) {
      const std::size_t up = next_free[i];
      if (up < next_free.size()) next_free[i] = next_free[up];
      i = up;
    }
    return i;
  };
  std::size_t open = 1;
  auto grow = [&](std::size_t size) {
    if (nodes.size() >= size) return;
    const std::size_t old = nodes.size();
    nodes.resize(size, Node{});
    next_free.resize(size);
    for (std::size_t i = old; i < size; ++i) next_free[i] = i;
  };
  nodes.clear();
  grow(std::size_t{symbols} + 1);
  nodes[0].check = kNone - 1;  // taken, and no state's slot
  next_free[0] = 1;
  for (std::size_t qi = 0; qi < order.size(); ++qi) {
    const std::uint32_t s = order[qi];
    const auto& k = kids[s];
    if (k.empty()) continue;  // base 0: no slot names this state as its parent
    const std::uint32_t c0 = k.front().first;
    std::size_t at = first_free_from(std::max<std::size_t>(c0, open));  // the first child's slot
    for (std::size_t probe = 0;; ++probe) {
      if (probe == kProbes) open = at;
      grow(at - c0 + symbols + 1);
      bool fits = true;
      for (const auto& [c, child] : k)
        if (nodes[at - c0 + c].check != kNone) {
          fits = false;
          break;
        }
      if (fits) break;
      at = first_free_from(at + 1);
    }
    const std::size_t base = at - c0;
    if (base + symbols >= kNone / 2)
      throw InputError("lexicon too large: " + std::to_string(states) + " automaton states");
    nodes[slot[s]].base = static_cast<std::uint32_t>(base);
    for (const auto& [c, child] : k) {
      const auto t = static_cast<std::uint32_t>(base + c);
      nodes[t].check = slot[s];
      next_free[t] = t + 1;
      slot[child] = t;
      order.push_back(child);
    }
  }
  nodes[0].check = kNone;  // the root is no one's child

  // Failure links, breadth-first: a state's failure target is shallower, so its link and
  // outputs are known by the time they are needed here.
  auto child_of = [&](std::uint32_t at, std::uint32_t sym) {
    const std::uint32_t t = nodes[at].base + sym;
    return nodes[t].check == at ? t : kNone;
  };
  std::vector<std::uint32_t> fail(nodes.size(), 0);  // by slot
  std::vector<std::vector<std::uint32_t>> outs(nodes.size());
  for (std::size_t qi = 1; qi < order.size(); ++qi) {
    const std::uint32_t u = order[qi];
    const std::uint32_t us = slot[u];
    outs[us] = ends[u];  // the state's own phrase is the longest ending here
    outs[us].insert(outs[us].end(), outs[fail[us]].begin(), outs[fail[us]].end());
    for (const auto& [c, child] : kids[u]) {
      std::uint32_t f = fail[us];
      std::uint32_t to = child_of(f, c);
      while (to == kNone && f != 0) {
        f = fail[f];
        to = child_of(f, c);
      }
      fail[slot[child]] = to == kNone ? 0 : to;
    }
  }

  out_begin.resize(nodes.size() + 1);
  for (std::size_t t = 0; t < nodes.size(); ++t) {
    out_begin[t] = static_cast<std::uint32_t>(outputs.size());
    outputs.insert(outputs.end(), outs[t].begin(), outs[t].end());
    nodes[t].fail = (fail[t] << 1) | (outs[t].empty() ? 0U : 1U);
  }
  out_begin[nodes.size()] = static_cast<std::uint32_t>(outputs.size());
}

}  // namespace shixian::classify::detail
