// Lexicon files: parsing, the built-in default, and scanning (lexicon.hpp).
#include "shixian/classify/lexicon.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "automaton.hpp"
#include "shixian/data/embedded.hpp"
#include "shixian/error.hpp"
#include "shixian/io/small_file.hpp"
#include "shixian/io/line_reader.hpp"

namespace shixian::classify {

namespace {
constexpr std::string_view kTriggerNames[kTriggerCount] = {"fund_safety", "repeat", "group",
                                                           "media", "special_source"};
constexpr std::string_view kCategoryNames[kCategoryCount] = {
    "service_attitude", "account_transaction", "fees_rates", "product_sales",
    "privacy",          "facilities_system",   "other"};
constexpr std::string_view kReviewNames[kReviewFlagCount] = {"public_figure", "sensitive",
                                                             "reputation", "amount"};

std::string choices(const std::string_view* names, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    if (i) out += i + 1 == n ? " or " : ", ";
    out += names[i];
  }
  return out;
}

std::string quoted(std::string_view s) { return io::json_string(s); }

std::string fold(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}
}  // namespace

std::string_view name(Trigger t) noexcept { return kTriggerNames[static_cast<int>(t)]; }
std::string_view name(Category c) noexcept { return kCategoryNames[static_cast<int>(c)]; }
std::string_view name(ReviewFlag r) noexcept { return kReviewNames[static_cast<int>(r)]; }

Trigger parse_trigger(std::string_view s) {
  for (std::size_t i = 0; i < kTriggerCount; ++i)
    if (s == kTriggerNames[i]) return static_cast<Trigger>(i);
  throw InputError("unknown trigger " + quoted(s) + " (expected " +
                   choices(kTriggerNames, kTriggerCount) + ")");
}

Category parse_category(std::string_view s) {
  for (std::size_t i = 0; i < kCategoryCount; ++i)
    if (s == kCategoryNames[i]) return static_cast<Category>(i);
  throw InputError("unknown category " + quoted(s) + " (expected " +
                   choices(kCategoryNames, kCategoryCount) + ")");
}

std::string Entry::effects() const {
  std::string out;
  auto add = [&](std::string_view s) {
    if (!out.empty()) out += ' ';
    out += s;
  };
  for (std::size_t t = 0; t < kTriggerCount; ++t)
    if (triggers >> t & 1U) add(kTriggerNames[t]);
  for (std::size_t r = 0; r < kReviewFlagCount; ++r)
    if (review >> r & 1U) add("review:" + std::string(kReviewNames[r]));
  for (std::size_t c = 0; c < kCategoryCount; ++c)
    if (weights[c] != 0) add(std::string(kCategoryNames[c]) + "=" + std::to_string(weights[c]));
  if (negator) add("negator");
  if (boundary) add("boundary");
  if (ignore) add("ignore");
  if (unit_person) add("unit:person");
  if (unit_yuan) add("unit:yuan");
  if (nonparty) add("nonparty");
  if (uncounted) add("uncounted");
  if (threat) add("threat");
  if (named) add("named");
  if (tags != 0) add("tag");  // names live in the lexicon: Lexicon::tag_names()
  return out;
}

Lexicon::Lexicon() = default;
Lexicon::~Lexicon() = default;

namespace {
const char* const kEffectHelp =
    "expected fund_safety, repeat, group, media, special_source, review:public_figure, "
    "review:sensitive, review:reputation, CATEGORY or CATEGORY=WEIGHT (service_attitude, "
    "account_transaction, fees_rates, product_sales, privacy, facilities_system, other), negator, "
    "boundary, ignore, unit:person, unit:yuan, nonparty, uncounted, threat, named or tag:NAME";

// A tag's index in `tags`, added when new; throws when there would be too many.
TagMask tag_bit(std::vector<std::string>& tags, std::string_view name, const std::string& where) {
  bool ok = !name.empty();
  for (char c : name)
    ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  if (!ok)
    throw InputError(where + "tag name " + quoted(name) +
                     " is not a name of lower-case ASCII letters, digits and _");
  for (std::size_t i = 0; i < tags.size(); ++i)
    if (tags[i] == name) return TagMask{1} << i;
  if (tags.size() == kMaxTags)
    throw InputError(where + "tag " + quoted(name) + " is one too many (at most " +
                     std::to_string(kMaxTags) + " tags)");
  tags.emplace_back(name);
  return TagMask{1} << (tags.size() - 1);
}

// Splits on ASCII blanks; the phrase is the first field.
std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    if (j > i) out.push_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}
}  // namespace

std::shared_ptr<const Lexicon> Lexicon::parse(std::string_view text, std::string_view filename) {
  std::shared_ptr<Lexicon> lex(new Lexicon());
  lex->source_ = std::string(filename);
  std::unordered_map<std::string, std::size_t> seen;  // folded phrase -> line
  std::unordered_map<std::string, std::size_t> directives;  // @version, @negation_window -> line
  TagMask tags_on_entries = 0;                         // to catch a rule's misspelt tag
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    const std::string where = std::string(filename) + ":" + std::to_string(line_no) + ": ";
    if (auto bad = io::describe_invalid_utf8(line); !bad.empty()) throw InputError(where + bad);
    if (auto bad = io::describe_control_character(line); !bad.empty()) throw InputError(where + bad);
    if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    const auto f = fields(line);
    if (f.empty()) continue;

    if (f[0].front() == '@') {
      // Each said once: a second would win in silence.
      if ((f[0] == "@version" || f[0] == "@negation_window") && f.size() == 2) {
        auto [it, fresh] = directives.emplace(std::string(f[0]), line_no);
        if (!fresh)
          throw InputError(where + "a second " + std::string(f[0]) + " (the first is line " + std::to_string(it->second) +
                           "): say it once");
      }
      if (f[0] == "@version" && f.size() == 2) {
        lex->version_ = std::string(f[1]);
      } else if (f[0] == "@negation_window" && f.size() == 2) {
        int w = -1;
        auto [p, ec] = std::from_chars(f[1].data(), f[1].data() + f[1].size(), w);
        if (ec != std::errc() || p != f[1].data() + f[1].size() || w < 0 || w > 32)
          throw InputError(where + "negation window " + quoted(f[1]) +
                           " is not a whole number of characters from 0 to 32");
        lex->negation_window_ = w;
      } else if (f[0] == "@settle" && f.size() >= 4) {
        // @settle SETTLER SETTLED[+SETTLED…]|* TRIGGER…
        Settle st;
        st.line = line_no;
        st.settler = tag_bit(lex->tags_, f[1], where);
        std::string_view list = f[2];
        st.any = list == "*";
        while (!st.any && !list.empty()) {
          const std::size_t j = std::min(list.find('+'), list.size());
          st.settled |= tag_bit(lex->tags_, list.substr(0, j), where);
          list.remove_prefix(std::min(j + 1, list.size()));
        }
        for (std::size_t k = 3; k < f.size(); ++k) {
          std::size_t t = 0;
          while (t < kTriggerCount && kTriggerNames[t] != f[k]) ++t;
          if (t == kTriggerCount)
            throw InputError(where + "settle effect " + quoted(f[k]) +
                             " is not a trigger (expected fund_safety, repeat, group, media or special_source)");
          st.triggers = static_cast<std::uint8_t>(st.triggers | (1U << t));
        }
        lex->settler_tags_ |= st.settler;
        lex->evidence_tags_ |= st.settler | st.settled;
        lex->settles_.push_back(st);
      } else if ((f[0] == "@rule" || f[0] == "@text_rule" || f[0] == "@pair_rule") && f.size() >= 3) {
        // @rule TAG+TAG[-TAG…] EFFECT…   (effects: triggers and review flags)
        Rule r;
        r.whole_text = f[0] == "@text_rule";
        r.two_sentences = f[0] == "@pair_rule";
        r.condition = std::string(f[1]);
        r.line = line_no;
        std::string_view cond = f[1];
        char sign = '+';
        while (!cond.empty()) {
          std::size_t j = 0;
          while (j < cond.size() && cond[j] != '+' && cond[j] != '-') ++j;
          const TagMask bit = tag_bit(lex->tags_, cond.substr(0, j), where);
          (sign == '+' ? r.require : r.forbid) |= bit;
          if (j == cond.size()) break;
          sign = cond[j];
          cond.remove_prefix(j + 1);
          if (cond.empty())
            throw InputError(where + "rule condition " + quoted(f[1]) + " ends with " +
                             std::string(1, sign) + " (expected TAG+TAG-TAG)");
        }
        if (r.require == 0)
          throw InputError(where + "rule condition " + quoted(f[1]) +
                           " requires no tag (expected at least one TAG after which +TAG or -TAG)");
        if (r.require & r.forbid)
          throw InputError(where + "rule condition " + quoted(f[1]) +
                           " requires a tag it also forbids: it can never fire");
        // The same condition twice is one rule written in two places, and a reader
        // who edits one believes the other gone: refused, as a repeated phrase effect is.
        for (const Rule& other : lex->rules_)
          if (other.require == r.require && other.forbid == r.forbid && other.whole_text == r.whole_text &&
              other.two_sentences == r.two_sentences)
            throw InputError(where + "rule condition " + quoted(f[1]) + " repeats the " + std::string(f[0]) +
                             " of line " + std::to_string(other.line) +
                             " (one condition, one line: put their effects together)");
        for (std::size_t k = 2; k < f.size(); ++k) {
          const std::string_view tok = f[k];
          for (std::size_t j = 2; j < k; ++j)
            if (f[j] == tok)
              throw InputError(where + "rule " + quoted(f[1]) + ": effect " + quoted(tok) + " is given twice");
          std::size_t t = 0;
          while (t < kTriggerCount && kTriggerNames[t] != tok) ++t;
          if (t < kTriggerCount) {
            r.triggers = static_cast<std::uint8_t>(r.triggers | (1U << t));
            continue;
          }
          std::size_t i = 3;
          if (tok.substr(0, 7) == "review:") {
            i = 0;
            while (i < 3 && kReviewNames[i] != tok.substr(7)) ++i;
          }
          if (i == 3)
            throw InputError(where + "rule effect " + quoted(tok) +
                             " is not a trigger or review flag (expected fund_safety, repeat, "
                             "group, media, special_source or review:public_figure, "
                             "review:sensitive, review:reputation)");
          r.review = static_cast<std::uint8_t>(r.review | (1U << i));
        }
        for (std::size_t t = 0; t < kTriggerCount; ++t)
          if (r.triggers >> t & 1U) lex->trigger_tags_[t] |= r.require;
        lex->evidence_tags_ |= r.require;
        lex->rules_.push_back(std::move(r));
      } else {
        throw InputError(where + "unknown directive " + quoted(line) +
                         " (expected \"@version TEXT\", \"@negation_window N\", "
                         "\"@rule TAG+TAG EFFECT…\", \"@text_rule TAG+TAG EFFECT…\", \"@pair_rule TAG+TAG EFFECT…\" or "
                         "\"@settle TAG TAG+TAG|* TRIGGER…\")");
      }
      continue;
    }

    Entry e;
    e.phrase = std::string(f[0]);
    e.line = line_no;
    if (f.size() == 1)
      throw InputError(where + "phrase " + quoted(f[0]) + " has no effect (" + kEffectHelp + ")");
    for (std::size_t k = 1; k < f.size(); ++k) {
      const std::string_view tok = f[k];
      if (std::find(f.begin() + 1, f.begin() + static_cast<std::ptrdiff_t>(k), tok) != f.begin() + static_cast<std::ptrdiff_t>(k))
        throw InputError(where + "phrase " + quoted(f[0]) + ": effect " + quoted(tok) + " is given twice");
      bool known = true;
      if (tok == "negator") e.negator = true;
      else if (tok == "boundary") e.boundary = true;
      else if (tok == "ignore") e.ignore = true;
      else if (tok == "unit:person") e.unit_person = true;
      else if (tok == "unit:yuan") e.unit_yuan = true;
      else if (tok == "nonparty") e.nonparty = true;
      else if (tok == "uncounted") e.uncounted = true;
      else if (tok == "threat") e.threat = true;
      else if (tok == "named") e.named = true;
      else known = false;
      if (known) continue;
      if (tok.substr(0, 4) == "tag:") {
        e.tags |= tag_bit(lex->tags_, tok.substr(4), where);
        tags_on_entries |= e.tags;
        continue;
      }
      if (tok.substr(0, 7) == "review:") {
        const auto r = tok.substr(7);
        std::size_t i = 0;
        while (i < 3 && kReviewNames[i] != r) ++i;  // `amount` comes from numbers only
        if (i == 3) throw InputError(where + "unknown effect " + quoted(tok) + " (" + kEffectHelp + ")");
        e.review = static_cast<std::uint8_t>(e.review | (1U << i));
        continue;
      }
      std::size_t t = 0;
      while (t < kTriggerCount && kTriggerNames[t] != tok) ++t;
      if (t < kTriggerCount) {
        e.triggers = static_cast<std::uint8_t>(e.triggers | (1U << t));
        continue;
      }
      const auto eq = tok.find('=');
      const auto cat = tok.substr(0, eq);
      std::size_t c = 0;
      // `other` takes weights too: a process in general, premises, opening hours are a
      // grievance of their own (docs/LABELLING.md), not only the absence of one.
      while (c < kCategoryCount && kCategoryNames[c] != cat) ++c;
      if (c == kCategoryCount)
        throw InputError(where + "unknown effect " + quoted(tok) + " (" + kEffectHelp + ")");
      int w = 1;
      if (eq != std::string_view::npos) {
        const auto num = tok.substr(eq + 1);
        auto [p, ec] = std::from_chars(num.data(), num.data() + num.size(), w);
        if (num.empty() || ec != std::errc() || p != num.data() + num.size() || w < -100 ||
            w > 100)
          throw InputError(where + "weight " + quoted(num) + " in " + quoted(tok) +
                           " is not a whole number from -100 to 100");
        if (w == 0)
          throw InputError(where + "weight 0 in " + quoted(tok) + " adds nothing: leave the effect out, or give "
                           "a weight from -100 to 100 other than 0");
      }
      e.weights[c] = static_cast<std::int16_t>(w);
    }
    if (e.ignore && (e.has_effect() || e.negator || e.boundary || e.unit_person || e.unit_yuan ||
                     e.nonparty || e.uncounted || e.threat || e.named))
      throw InputError(where + "phrase " + quoted(e.phrase) +
                       ": ignore hides the phrase, so it cannot be combined with other effects");
    if (e.ignore && e.tags != 0)
      throw InputError(where + "phrase " + quoted(e.phrase) +
                       ": ignore hides the phrase, so it cannot be combined with other effects");
    const std::string folded = fold(e.phrase);
    if (auto [it, fresh] = seen.emplace(folded, line_no); !fresh)
      throw InputError(where + "phrase " + quoted(e.phrase) + " is already defined at line " +
                       std::to_string(it->second));
    lex->entries_.push_back(std::move(e));
  }
  // An empty lexicon would classify every text as ordinary `other` without a word of
  // warning: a wrong path or a truncated file, never a choice.
  if (std::none_of(lex->entries_.begin(), lex->entries_.end(),
                   [](const Entry& e) { return e.has_effect(); }))
    throw InputError(std::string(filename) +
                     ": the lexicon has no phrase with an effect (expected lines such as "
                     "\"盗刷 fund_safety account_transaction:3\"; is this the right file?)");
  // A tag a rule names but no phrase carries: a misspelling, and the rule could never fire.
  auto unused_tag = [&](TagMask tags, std::size_t line, const char* what) {
    for (std::size_t i = 0; i < lex->tags_.size(); ++i)
      if ((tags >> i & 1U) && !(tags_on_entries >> i & 1U))
        throw InputError(std::string(filename) + ":" + std::to_string(line) + ": " + what + " tag " +
                         quoted(lex->tags_[i]) +
                         " is on no phrase (expected a tag given to some phrase as tag:NAME)");
  };
  for (const auto& r : lex->rules_) unused_tag(r.require | r.forbid, r.line, "rule");
  for (const auto& st : lex->settles_) unused_tag(st.settler | st.settled, st.line, "settle");
  {
    std::vector<std::string> negators;
    for (const auto& e : lex->entries_)
      if (e.negator) negators.push_back(fold(e.phrase));
    for (auto& e : lex->entries_) {
      if (e.negator || !e.has_effect()) continue;
      const std::string folded = fold(e.phrase);
      for (const auto& n : negators)
        if (folded.size() > n.size() && folded.find(n) != std::string::npos) e.negative_claim = true;
    }
  }
  std::vector<std::string> phrases;
  phrases.reserve(lex->entries_.size());
  for (const auto& e : lex->entries_) phrases.push_back(fold(e.phrase));
  lex->automaton_ = std::make_unique<detail::Automaton>(phrases);
  return lex;
}

std::shared_ptr<const Lexicon> Lexicon::load(const std::string& path) {
  // A lexicon is larger than a rule set (the built-in one is a few hundred KB): 16 MiB.
  return parse(io::read_data_file(path, "lexicon file", std::size_t{16} << 20), path);
}

std::shared_ptr<const Lexicon> Lexicon::builtin() {
  // Parsed on first use and kept for the life of the process; a function-local static
  // makes the first use thread-safe.
  static const std::shared_ptr<const Lexicon> lex = [] {
    const auto text = data::embedded("lexicon/zh.lex");
    if (!text) throw InputError("the built-in lexicon lexicon/zh.lex is missing from this build");
    return parse(*text, "lexicon/zh.lex");
  }();
  return lex;
}

void Lexicon::scan(std::string_view text, std::vector<Match>& out) const {
  // A phrase that begins with a digit begins a number (315晚会, 3·15), and one of digits
  // alone is a whole number: 12345 (the government hotline) inside a phone number
  // 13912345678 is no hotline. (A phrase ending in a digit after other text goes on into
  // the number by design: 少了5 in 少了500元, 打95 in 打95580.)
  // Digits as the text writes them: ASCII, or full-width (EF BC 90..99), which the
  // automaton reads as ASCII (１２３４５ in １３９１２３４５６７８ is no hotline either).
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto full_width_digit = [&](std::size_t at) {
    return at + 3 <= text.size() && text[at] == '\xEF' && text[at + 1] == '\xBC' &&
           static_cast<unsigned char>(text[at + 2]) - 0x90U < 10U;
  };
  const auto digit_before = [&](std::size_t b) {
    return (b > 0 && digit(text[b - 1])) || (b >= 3 && full_width_digit(b - 3));
  };
  const auto digit_at = [&](std::size_t end) { return (end < text.size() && digit(text[end])) || full_width_digit(end); };
  automaton_->scan(text, [&](std::uint32_t e, std::size_t b, std::size_t end) {
    const auto& phrase = entries_[e].phrase;
    if (digit(phrase.front()) &&
        (digit_before(b) || (digit_at(end) && std::all_of(phrase.begin(), phrase.end(), digit))))
      return;
    out.push_back(Match{e, b, end});
  });
}

std::vector<Match> Lexicon::find_all(std::string_view text) const {
  std::vector<Match> out;
  scan(text, out);
  return out;
}

}  // namespace shixian::classify
