// The n-gram category model: parsing the weights file and scoring a text (ngram.hpp).
#include "shixian/classify/ngram.hpp"

#include <bit>
#include <charconv>
#include <cmath>
#include <unordered_set>

#include "shixian/data/embedded.hpp"
#include "shixian/error.hpp"
#include "shixian/io/line_reader.hpp"
#include "shixian/io/small_file.hpp"
#include "shixian/rules/names.hpp"

namespace shixian::classify {

namespace detail {

bool ngram_break(std::uint32_t cp) noexcept {
  // The same set as scripts/train_classifier.py's is_break.
  if (cp < 0x80) {
    const bool alnum = (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    return !alnum;
  }
  return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
         (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
         (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65);
}

std::uint32_t ngram_fold(std::uint32_t cp) noexcept {
  if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19)) return '0';
  if (cp >= 'A' && cp <= 'Z') return cp - 'A' + 'a';
  return cp;
}

}  // namespace detail

namespace {

constexpr std::string_view kCategoryNames[kCategoryCount] = {
    "service_attitude", "account_transaction", "fees_rates", "product_sales",
    "privacy",          "facilities_system",   "other"};

// Decodes one code point of valid UTF-8 at s[i] (the classifier checks validity first;
// here a stray byte is read as itself, which is harmless).
std::uint32_t next_cp(std::string_view s, std::size_t& i) noexcept {
  const auto b = static_cast<unsigned char>(s[i]);
  // Three bytes (most of a Chinese text) first: the steps below, without their loop.
  if (b - 0xE0U < 0x10U && s.size() - i >= 3) {
    const std::uint32_t cp = ((b & 0x0FU) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3FU) << 6) |
                             (static_cast<unsigned char>(s[i + 2]) & 0x3FU);
    i += 3;
    return cp;
  }
  std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (i + n > s.size()) n = 1;
  std::uint32_t cp = n == 1 ? b : n == 2 ? (b & 0x1FU) : n == 3 ? (b & 0x0FU) : (b & 0x07U);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3FU);
  i += n;
  return cp;
}

[[noreturn]] void fail(std::string_view file, std::size_t line, const std::string& what) {
  throw InputError(std::string(file) + ":" + std::to_string(line) + ": " + what);
}

std::vector<std::string_view> fields(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    const std::size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

float weight_value(std::string_view file, std::size_t line, std::string_view v) {
  double x = 0;
  const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
  if (ec != std::errc() || p != v.data() + v.size() || !std::isfinite(x) || x < -100 || x > 100)
    fail(file, line, "weight " + io::json_string(v) + " is not a number in -100..100 (e.g. 0.25)");
  return static_cast<float>(x);
}

}  // namespace

// `@trigger NAME lexicon=X withdrawn=Y bias=Z`: the weights of the trigger the 8th column
// scores (ngram.hpp). Strict: the three weights named, in that order, before any n-gram.
void NgramModel::parse_trigger_line(NgramModel& m, const std::vector<std::string_view>& f, int format,
                                    std::string_view filename, std::size_t line_no) {
  if (format != 2) fail(filename, line_no, "@trigger needs @format 2 before it (format 1 scores categories only)");
  if (m.trigger_) fail(filename, line_no, "@trigger is given twice (a model scores one trigger)");
  if (!m.grams_.empty()) fail(filename, line_no, "@trigger after the first n-gram (it decides how many weights a line has)");
  static constexpr std::string_view kKeys[3] = {"lexicon", "withdrawn", "bias"};
  if (f.size() != 5)
    fail(filename, line_no, "@trigger takes a trigger and three weights (e.g. @trigger fund_safety lexicon=5.2 "
                            "withdrawn=-1.2 bias=-2.2), got " + std::to_string(f.size() - 1) + " fields");
  TriggerWeights t{};
  try {
    t.trigger = parse_trigger(f[1]);
  } catch (const InputError& e) {
    fail(filename, line_no, e.what());
  }
  float* into[3] = {&t.lexicon, &t.withdrawn, &t.bias};
  for (std::size_t k = 0; k < 3; ++k) {
    const std::string_view kv = f[k + 2];
    const auto eq = kv.find('=');
    if (eq == std::string_view::npos || kv.substr(0, eq) != kKeys[k])
      fail(filename, line_no, "@trigger weight " + io::json_string(kv) + ": expected " + std::string(kKeys[k]) +
                                  "=NUMBER here (the order is lexicon, withdrawn, bias)");
    *into[k] = weight_value(filename, line_no, kv.substr(eq + 1));
  }
  m.trigger_ = t;
}

NgramModel::NgramModel() = default;
NgramModel::~NgramModel() = default;

std::shared_ptr<const NgramModel> NgramModel::parse(std::string_view text, std::string_view filename) {
  std::shared_ptr<NgramModel> m(new NgramModel());
  m->source_ = std::string(filename);
  if (auto bad = io::describe_invalid_utf8(text); !bad.empty())
    throw InputError(std::string(filename) + ": not valid UTF-8 (" + bad + ")");
  static const std::vector<std::string> kDirectives = {"@format", "@version", "@categories",
                                                        "@lexicon_weight", "@bias", "@trigger"};
  bool have_categories = false, have_bias = false;
  int format = 0;
  std::unordered_set<std::string_view> seen;
  std::size_t line_no = 0;
  while (!text.empty()) {
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const auto f = fields(line);
    if (f.empty() || f[0].front() == '#') continue;
    if (f[0].front() == '@') {
      const std::string_view d = f[0];
      if (d == "@format") {
        if (f.size() != 2 || (f[1] != "1" && f[1] != "2")) {
          std::string what = "@format ";
          what += f.size() > 1 ? io::json_string(f[1]) : std::string("(none)");
          what += " is not supported (expected @format 1, or 2 for a model that also scores a trigger)";
          fail(filename, line_no, what);
        }
        format = f[1] == "1" ? 1 : 2;
      } else if (d == "@version") {
        const auto at = line.find("@version") + 8;
        std::string_view v = line.substr(at);
        while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
        m->version_ = std::string(v);
      } else if (d == "@categories") {
        bool same = f.size() == kCategoryCount + 1;
        for (std::size_t c = 0; same && c < kCategoryCount; ++c) same = f[c + 1] == kCategoryNames[c];
        if (!same) {
          std::string want;
          for (auto n : kCategoryNames) {
            want += ' ';
            want += n;
          }
          fail(filename, line_no, "@categories must list the seven categories in this order:" + want);
        }
        have_categories = true;
      } else if (d == "@lexicon_weight") {
        if (f.size() != 2) fail(filename, line_no, "@lexicon_weight takes one number (e.g. 0.8)");
        m->lexicon_weight_ = weight_value(filename, line_no, f[1]);
      } else if (d == "@bias") {
        if (f.size() != kCategoryCount + 1)
          fail(filename, line_no, "@bias takes " + std::to_string(kCategoryCount) + " numbers, one per category (got " +
                                      std::to_string(f.size() - 1) + ")");
        for (std::size_t c = 0; c < kCategoryCount; ++c) m->bias_[c] = weight_value(filename, line_no, f[c + 1]);
        have_bias = true;
      } else if (d == "@trigger") {
        parse_trigger_line(*m, f, format, filename, line_no);
      } else {
        fail(filename, line_no, "unknown directive " + io::json_string(d) + " (expected @format, @version, "
                                "@categories, @lexicon_weight, @bias or @trigger)" + did_you_mean(d, kDirectives));
      }
      continue;
    }
    if (!have_categories)
      fail(filename, line_no, "n-gram before @categories (the weights' order must be declared first)");
    const std::string_view g = f[0];
    std::uint32_t cps[4];
    std::size_t n = 0;
    for (std::size_t i = 0; i < g.size();) {
      const std::uint32_t cp = next_cp(g, i);
      if (n == 3) fail(filename, line_no, "n-gram " + io::json_string(g) + " is longer than 3 characters");
      if (detail::ngram_break(cp) || detail::ngram_fold(cp) != cp)
        fail(filename, line_no, "n-gram " + io::json_string(g) +
                                    " holds a blank, punctuation, an upper-case letter or a digit other than 0 "
                                    "(the model sees text folded: letters lower case, digits 0)");
      cps[n++] = cp;
    }
    const std::size_t want = kCategoryCount + (m->trigger_ ? 1 : 0);
    if (f.size() != want + 1)
      fail(filename, line_no, "n-gram " + io::json_string(g) + " has " + std::to_string(f.size() - 1) +
                                  " weights (expected " + std::to_string(want) +
                                  (m->trigger_ ? ": one per category, then the trigger's)" : ", one per category)"));
    if (!seen.insert(g).second) fail(filename, line_no, "n-gram " + io::json_string(g) + " is listed twice");
    m->grams_.emplace_back(g);
    for (std::size_t c = 0; c < want; ++c) m->weights_.push_back(weight_value(filename, line_no, f[c + 1]));
    m->weights_.resize(m->grams_.size() * kStride, 0.0F);
    (void)cps;
  }
  if (format == 0) throw InputError(std::string(filename) + ": no @format line (expected @format 1 or 2)");
  if (!have_categories) throw InputError(std::string(filename) + ": no @categories line");
  if (format == 2 && !m->trigger_)
    throw InputError(std::string(filename) + ": @format 2 but no @trigger line (format 1 is a category-only model)");
  if (!have_bias) throw InputError(std::string(filename) + ": no @bias line (one number per category)");

  // The table: at most half full, so a probe run stays short.
  std::size_t size = 16;
  while (size < 2 * m->grams_.size()) size <<= 1;
  m->table_.assign(size, Slot{});
  m->filter_.assign((std::size_t{1} << kFilterBits) / 64, 0);
  m->mask_ = size - 1;
  m->table_shift_ = static_cast<unsigned>(64 - std::countr_zero(size));
  for (std::uint32_t k = 0; k < m->grams_.size(); ++k) {
    std::uint32_t cps[3];
    std::size_t n = 0;
    const std::string& g = m->grams_[k];
    for (std::size_t i = 0; i < g.size();) cps[n++] = next_cp(g, i);
    const std::uint64_t key = detail::ngram_key(cps, n);
    const std::uint64_t h = detail::ngram_spread(key);
    std::uint64_t at = h >> m->table_shift_;
    while (m->table_[at].key != 0) at = (at + 1) & m->mask_;  // keys are exact: no two equal
    m->table_[at] = Slot{key, k};
    const std::uint64_t bit = h >> (64 - kFilterBits);
    m->filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
  }
  return m;
}

std::shared_ptr<const NgramModel> NgramModel::load(const std::string& path) {
  return parse(io::read_data_file(path, "n-gram model file", std::size_t{64} << 20), path);
}

std::shared_ptr<const NgramModel> NgramModel::builtin() {
  static const std::shared_ptr<const NgramModel> model = [] {
    const auto text = data::embedded("lexicon/zh.ngram");
    if (!text) throw InputError("the built-in model lexicon/zh.ngram is missing from this build");
    return parse(*text, "lexicon/zh.ngram");
  }();
  return model;
}

void NgramModel::score(std::string_view text, std::array<float, kCategoryCount>& scores,
                       std::vector<Hit>* hits, float* trigger_sum) const {
  for (std::size_t c = 0; c < kCategoryCount; ++c) scores[c] += bias_[c];
  if (trigger_sum && trigger_) *trigger_sum += trigger_->bias;
  if (grams_.empty()) return;
  // Distinct n-grams count once: a per-thread stamp per n-gram, bumped per call, so the
  // check is one compare and nothing is cleared between texts.
  thread_local std::vector<std::uint32_t> stamp;
  thread_local std::uint32_t now = 0;
  thread_local const NgramModel* stamped_for = nullptr;
  if (stamped_for != this || stamp.size() != grams_.size() || ++now == 0) {
    stamp.assign(grams_.size(), 0);
    stamped_for = this;
    now = 1;
  }
  float sum[kStride] = {};  // the n-grams' total, added once at the end (vectorisable)
  // The tables in locals: `hits` and `stamp` are written in the loop, and through members
  // the compiler would reload every pointer after each write (it cannot rule out aliasing).
  const std::uint64_t* const filter = filter_.data();
  const Slot* const table = table_.data();
  const float* const weights = weights_.data();
  std::uint32_t* const seen = stamp.data();
  const std::uint32_t mark = now;
  const unsigned shift = table_shift_;
  const std::uint64_t mask = mask_;
  auto add = [&](std::uint64_t key) {
    const std::uint64_t h = detail::ngram_spread(key);
    const std::uint64_t bit = h >> (64 - kFilterBits);
    if (!(filter[bit >> 6] >> (bit & 63) & 1U)) return;
    for (std::uint64_t at = h >> shift;; at = (at + 1) & mask) {
      const Slot& slot = table[at];
      if (slot.key == key) {
        const std::uint32_t k = slot.gram;
        if (seen[k] != mark) {
          seen[k] = mark;
          const float* w = &weights[static_cast<std::size_t>(k) * kStride];
          for (std::size_t c = 0; c < kStride; ++c) sum[c] += w[c];
          if (hits) hits->push_back({k});
        }
        return;
      }
      if (slot.key == 0) return;
    }
  };
  // The two characters before this one in the run, 0 for none (a run holds no NUL: it is
  // a break). The n-grams ending here, shortest first: (c), (b c), (a b c).
  std::uint32_t a = 0, b = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::uint32_t cp = next_cp(text, i);
    // Most code points are CJK (U+3040..U+FEFF): no break and folded to themselves, one
    // compare instead of the general tests (which the rest still go through).
    const bool common = cp - 0x3040U < 0xFF00U - 0x3040U;
    if (!common && detail::ngram_break(cp)) {
      a = b = 0;
      continue;
    }
    const std::uint32_t c = common ? cp : detail::ngram_fold(cp);
    add(c);
    if (b != 0) {
      const std::uint64_t bc = (static_cast<std::uint64_t>(b) << 21) | c;
      add(bc);
      if (a != 0) add((static_cast<std::uint64_t>(a) << 42) | bc);
    }
    a = b;
    b = c;
  }
  for (std::size_t c = 0; c < kCategoryCount; ++c) scores[c] += sum[c];
  if (trigger_sum) *trigger_sum += sum[kCategoryCount];
}

}  // namespace shixian::classify
