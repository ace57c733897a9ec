#pragma once
// The learnt half of the hybrid category scorer (issue 13): a linear model over the
// character n-grams of a complaint, added to the lexicon's evidence.
//
// Terms:
//   n-gram          1 to 3 consecutive characters of the (simplified) text, not across
//                   blanks or punctuation; ASCII letters folded to lower case, every digit
//                   read as 0. Each distinct n-gram counts once per text, however often it
//                   is repeated (a complaint that says 手续费 five times is no more about
//                   fees than one that says it once).
//   score_c         lexicon_weight × (the lexicon's total for category c, each word once)
//                   + bias_c + Σ weight(g, c) over the distinct n-grams g of the text.
//                   The highest score is the category.
//   trigger score   (format 2, optional) for the one trigger the model names in @trigger:
//                   lexicon × (1 if the lexicon found the trigger's words in the text)
//                   + withdrawn × (1 if a negator or a settling phrase took such words back)
//                   + bias + Σ trigger weight(g) over the distinct n-grams g.
//                   Positive: the trigger holds. The lexicon's words stay the backbone
//                   and the explanation; the n-grams weigh the rest of the text, which
//                   is where a near miss (a loss feared, a refund that arrived) differs.
//
// Model: the weights are a data file, data/lexicon/zh.ngram, written by
// scripts/train_classifier.py (numpy, deterministic) from the training split of
// tests/classify/corpus/; the library embeds it like zh.lex and a bank may load its own
// (`shixian classify --model FILE`). Loading builds a fixed open-addressing table keyed
// by a 64-bit hash of each n-gram, so scoring a text is one pass over its characters
// with up to three table probes each, and allocates nothing.
//
//   auto m = NgramModel::builtin();
//   std::array<float, kCategoryCount> s{};
//   m->score("信用卡年费扣了两次", s, nullptr);   // s[fees_rates] is the largest
//
// An NgramModel is immutable and shared; score() may run on many threads at once.
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shixian/classify/lexicon.hpp"

namespace shixian::classify {

class NgramModel {
 public:
  // Parses model text. Throws InputError "FILE:LINE: …" naming the bad value and, for a
  // misspelt directive or category, the likely intended one (unknown directive, a category
  // list other than the seven, a weight count other than seven (eight after @trigger), a
  // weight that is not a finite number in -100..100, an n-gram of 0 or more than 3
  // characters or holding a blank or punctuation, a duplicate n-gram, invalid UTF-8, a
  // missing @categories/@bias, @trigger in a format 1 file, twice, after an n-gram, or
  // naming an unknown trigger or weight).
  static std::shared_ptr<const NgramModel> parse(std::string_view text, std::string_view filename);
  // Reads and parses a file; a missing file is an InputError naming the path.
  static std::shared_ptr<const NgramModel> load(const std::string& path);
  // The default, data/lexicon/zh.ngram compiled into the library; parsed once.
  static std::shared_ptr<const NgramModel> builtin();

  ~NgramModel();
  NgramModel(const NgramModel&) = delete;
  NgramModel& operator=(const NgramModel&) = delete;

  const std::string& source() const noexcept { return source_; }
  const std::string& version() const noexcept { return version_; }
  double lexicon_weight() const noexcept { return lexicon_weight_; }
  std::size_t size() const noexcept { return grams_.size(); }

  // The trigger this model also scores (format 2's @trigger), if any, and its weights.
  struct TriggerWeights {
    Trigger trigger;
    float lexicon = 0;    // when the lexicon found the trigger's words in the text
    float withdrawn = 0;  // when such words were negated or settled
    float bias = 0;
  };
  const std::optional<TriggerWeights>& trigger() const noexcept { return trigger_; }

  // One n-gram that contributed to a score.
  struct Hit {
    std::uint32_t gram;  // index into gram()
  };
  // Adds bias_c and the n-gram weights of `text` to scores[c] (the caller adds the
  // lexicon part). When `hits` is given, the distinct n-grams found are appended to it
  // (the caller keeps the vector to avoid allocating). When `trigger_sum` is given, the
  // trigger's bias and n-gram weights are added to it (0 without @trigger); the same
  // pass, so the trigger costs nothing extra.
  void score(std::string_view text, std::array<float, kCategoryCount>& scores,
             std::vector<Hit>* hits, float* trigger_sum = nullptr) const;
  const std::string& gram(std::uint32_t i) const noexcept { return grams_[i]; }
  float weight(std::uint32_t i, Category c) const noexcept {
    return weights_[i * kStride + static_cast<std::size_t>(c)];
  }
  float trigger_weight(std::uint32_t i) const noexcept { return weights_[i * kStride + kCategoryCount]; }

 private:
  NgramModel();
  static void parse_trigger_line(NgramModel& m, const std::vector<std::string_view>& fields, int format,
                                 std::string_view filename, std::size_t line_no);
  std::string source_, version_;
  double lexicon_weight_ = 1;
  std::array<float, kCategoryCount> bias_{};
  std::optional<TriggerWeights> trigger_;
  std::vector<std::string> grams_;
  // Weights per n-gram: the seven categories, then the trigger's (0 without @trigger).
  static constexpr std::size_t kStride = 8;
  std::vector<float> weights_;  // grams_.size() × kStride
  // Open addressing, power-of-two size, at most half full, indexed by the high bits of
  // ngram_spread(key) (table_shift_ = 64 - log2 size): key 0 marks an empty slot. Key
  // and n-gram index side by side, so a probe touches one cache line.
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t gram = 0;
  };
  std::vector<Slot> table_;
  std::uint64_t mask_ = 0;
  unsigned table_shift_ = 64;
  // One bit per 17-bit prefix of the spread key (16 KB, stays in L1): most n-grams of a
  // text are in no model, and this answers "not here" without touching the table.
  static constexpr unsigned kFilterBits = 17;
  std::vector<std::uint64_t> filter_;
};

namespace detail {
// An n-gram's key: its folded code points, 21 bits each, the first highest. Exact: no two
// n-grams share one (a run holds no NUL, so no code point is 0), and never 0, which
// marks an empty slot. The same in the parser and in score().
inline std::uint64_t ngram_key(const std::uint32_t* cps, std::size_t n) noexcept {
  std::uint64_t k = 0;
  for (std::size_t i = 0; i < n; ++i) k = (k << 21) | cps[i];
  return k;
}
// Where a key goes in the table and the filter: Fibonacci hashing, whose high bits mix
// every bit of the key (one multiply, where a byte-wise hash took one per code point).
inline std::uint64_t ngram_spread(std::uint64_t key) noexcept { return key * 0x9E3779B97F4A7C15ULL; }
// Whether a code point ends an n-gram run (blank or punctuation), and the folded form of
// one that does not (digits → '0', ASCII upper → lower).
bool ngram_break(std::uint32_t cp) noexcept;
std::uint32_t ngram_fold(std::uint32_t cp) noexcept;
}  // namespace detail

}  // namespace shixian::classify
