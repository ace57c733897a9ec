// The classifier: structured facts plus one lexicon scan of the text (classify.hpp).
#include "shixian/classify/classify.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <limits>

#include "shixian/classify/numerals.hpp"
#include "shixian/classify/wording.hpp"
#include "shixian/error.hpp"
#include "shixian/i18n/terms.hpp"
#include "shixian/io/line_reader.hpp"
#include "shixian/rules/names.hpp"
#include "simplify.hpp"

namespace shixian::classify {

namespace {

constexpr std::string_view kClassNames[] = {"ordinary", "urgent"};
constexpr std::string_view kResponsibilityNames[] = {"bank", "shared", "none"};

std::string format_number(double v) {
  char buf[64];
  // Shortest exact form: 50000, 5.5; never 5e+04 for amounts a person will read.
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  if (ec != std::errc()) return std::to_string(v);
  return std::string(buf, p);
}

struct WordHit {
  std::uint32_t entry;
  std::uint32_t count;
  std::size_t first;  // byte offset of the first occurrence, for tie-breaks
};

void add_hit(std::vector<WordHit>& hits, std::uint32_t entry, std::size_t at) {
  for (auto& h : hits)
    if (h.entry == entry) {
      ++h.count;
      return;
    }
  hits.push_back({entry, 1, at});
}

struct NumberHit {
  double value = -1;
  bool or_more = false;
  std::string_view source;  // as written: 五位, 6万元
  std::size_t at = 0;       // where it begins in the text read
};

// Per-thread scratch, reused across calls so the scan itself does not allocate once
// the vectors have grown to the size of a typical complaint.
struct Scratch {
  std::vector<Match> matches;
  std::vector<std::uint8_t> kept;
  std::vector<std::size_t> negators;  // indices of kept negator matches, in text order
  std::vector<WordHit> trigger_words[kTriggerCount];
  std::vector<WordHit> review_words[kReviewFlagCount];
  std::vector<WordHit> category_words[kCategoryCount];
  std::vector<std::pair<std::uint32_t, std::uint32_t>> negated_seen;  // (entry, negator)
  // Tags of the current sentence: @rule combinations hold within one sentence (钱没了 …
  // 我啥也没干 together; not a 扣款 in one sentence and a 不知情 in another).
  TagMask sent_tags = 0;                       // bit i: tag i had an un-negated phrase
  std::uint32_t sent_entry[kMaxTags] = {};     // its first phrase
  std::size_t sent_at[kMaxTags] = {};          // and where
  std::size_t sent_scan = 0;  // text before this byte has been searched for sentence ends
  // The sentence right before the current one (@pair_rule): none when a sentence without
  // tagged phrases came between.
  TagMask prev_tags = 0;
  std::uint32_t prev_entry[kMaxTags] = {};
  std::size_t prev_at[kMaxTags] = {};
  // The same over the whole text (@text_rule, @settle): the first phrase of each tag,
  // and the last one (a settler counts after the evidence it settles).
  TagMask text_tags = 0;
  std::uint32_t text_entry[kMaxTags] = {};
  std::size_t text_at[kMaxTags] = {};
  std::uint32_t last_entry[kMaxTags] = {};
  std::size_t last_at[kMaxTags] = {};
  // Triggers whose text evidence a `*` settle withdrew: the text states the whole outcome
  // (钱也没扣, 没造成损失; 只有我的卡): the n-gram model does not overrule it (classify()).
  std::uint8_t final_settled = 0;
  void clear() {
    sent_tags = 0;
    final_settled = 0;
    prev_tags = 0;
    sent_scan = 0;
    text_tags = 0;
    matches.clear();
    kept.clear();
    negators.clear();
    for (auto& v : trigger_words) v.clear();
    for (auto& v : review_words) v.clear();
    for (auto& v : category_words) v.clear();
    negated_seen.clear();
  }
};

bool is_blank(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++i;
    } else if (s.substr(i, 3) == "\xE3\x80\x80") {  // U+3000, the full-width space
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

std::size_t utf8_chars(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

// Whether a threat that took back `from` goes on to `to`: the next phrase of the same act,
// right after it or after one word that joins the act (将打12378向监管部门投诉). Anything
// else between (后来, 已经) starts another statement.
bool threat_goes_on(std::string_view text, const Match& from, const Match& to) {
  const std::string_view gap = text.substr(from.end, to.begin - from.end);
  for (std::string_view joins : {"", "向", "到", "给", "找", "对"})
    if (gap == joins) return true;
  return false;
}

// Whether the text holds a Chinese character (CJK ideographs, extension A, compatibility
// ideographs, the supplementary planes' extensions). Valid UTF-8 is assumed.
bool has_chinese(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == 0xE3 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x90) return true;  // U+3400..
    if (b >= 0xE4 && b <= 0xE9) return true;                                                        // U+4000..U+9FFF
    if (b == 0xEF && i + 1 < s.size() && (s[i + 1] == '\xA4' || s[i + 1] == '\xA5' || s[i + 1] == '\xA6' ||
                                          s[i + 1] == '\xA7' || s[i + 1] == '\xA8' || s[i + 1] == '\xA9' ||
                                          s[i + 1] == '\xAA' || s[i + 1] == '\xAB'))
      return true;  // U+F900..U+FAFF
    if (b == 0xF0 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0xA0 &&
        static_cast<unsigned char>(s[i + 1]) <= 0xB2)
      return true;  // U+20000..U+323AF
  }
  return false;
}

std::size_t skip_more(std::string_view text, std::size_t at) {
  // 二十多人 / 5万多: the 多 or 余 sits between the number and what follows.
  for (std::string_view m : {std::string_view("多"), std::string_view("余")})
    if (text.substr(at, m.size()) == m) return at + m.size();
  return at;
}

// Whether the gap between a negator (or a threat) and a phrase crosses a clause: a line
// break, or a blank, which posts written without punctuation use as a comma (还没拉起来
// 上次投诉的工单号: the 没 does not reach the complaint).
bool crosses_clause(std::string_view gap) {
  return gap.find_first_of("\n\t ") != std::string_view::npos || gap.find("\xE3\x80\x80") != std::string_view::npos;
}

// How many sentence ends (。！？；!?; or a line break) text holds, counted up to two:
// none, one (the next sentence), or more (a sentence between).
int sentence_ends(std::string_view t) {
  int n = 0;
  for (std::size_t i = 0; i < t.size() && n < 2; ++i) {
    const char c = t[i];
    if (c == '!' || c == '?' || c == ';' || c == '\n') ++n;
    else if (c == '\xE3' && t.substr(i, 3) == "\xE3\x80\x82") ++n;  // 。
    else if (c == '\xEF' && (t.substr(i, 3) == "\xEF\xBC\x81" || t.substr(i, 3) == "\xEF\xBC\x9F" ||
                             t.substr(i, 3) == "\xEF\xBC\x9B"))
      ++n;  // ！？；
  }
  return n;
}

// Combination rules (`@rule`) over one sentence: every required tag seen in it and no
// forbidden one; the first phrase of each required tag becomes a word of the rule's
// triggers and review flags.
// The rules of one scope (sentence or whole text) over the tags seen in it, each with
// its first phrase and where.
enum class Scope : std::uint8_t { sentence, pair, text };

void fire_rules(const Lexicon& lex, Scratch& s, Scope scope, TagMask tags, const std::uint32_t* entry,
                const std::size_t* at) {
  for (const Rule& r : lex.rules()) {
    const Scope own = r.whole_text ? Scope::text : r.two_sentences ? Scope::pair : Scope::sentence;
    if (own != scope || (tags & r.require) != r.require || (tags & r.forbid) != 0) continue;
    for (TagMask need = r.require; need != 0; need &= need - 1) {
      const auto bit = static_cast<std::size_t>(std::countr_zero(need));
      for (std::size_t t = 0; t < kTriggerCount; ++t)
        if (r.triggers >> t & 1U) add_hit(s.trigger_words[t], entry[bit], at[bit]);
      for (std::size_t v = 0; v < kReviewFlagCount; ++v)
        if (r.review >> v & 1U) add_hit(s.review_words[v], entry[bit], at[bit]);
    }
  }
}

// At a sentence's end: its rules, then the pair rules over it and the sentence before (the
// earlier phrase of a tag reported). `next_follows`: the next sentence comes right after
// this one, which is then the one before it.
void apply_rules(const Lexicon& lex, Scratch& s, bool next_follows) {
  if (s.sent_tags != 0) {
    fire_rules(lex, s, Scope::sentence, s.sent_tags, s.sent_entry, s.sent_at);
    std::uint32_t entry[kMaxTags];
    std::size_t at[kMaxTags];
    for (TagMask left = s.sent_tags | s.prev_tags; left != 0; left &= left - 1) {
      const auto bit = static_cast<std::size_t>(std::countr_zero(left));
      const bool before = s.prev_tags >> bit & 1U;
      entry[bit] = before ? s.prev_entry[bit] : s.sent_entry[bit];
      at[bit] = before ? s.prev_at[bit] : s.sent_at[bit];
    }
    fire_rules(lex, s, Scope::pair, s.sent_tags | s.prev_tags, entry, at);
  }
  s.prev_tags = next_follows ? s.sent_tags : 0;
  // Only the bits the sentence set are read back (through prev_tags): copying all
  // kMaxTags slots would cost a sentence 768 bytes.
  for (TagMask left = s.prev_tags; left != 0; left &= left - 1) {
    const auto bit = static_cast<std::size_t>(std::countr_zero(left));
    s.prev_entry[bit] = s.sent_entry[bit];
    s.prev_at[bit] = s.sent_at[bit];
  }
  s.sent_tags = 0;
}

struct TextFacts {
  NumberHit count;   // largest head count
  NumberHit amount;  // largest amount
};

// Once the text is read: the whole-text rules (@text_rule), then the settling rules
// (@settle), which withdraw evidence a later phrase settles (一直没到账 … 周一才到账), or
// with `*` all of a trigger's text evidence before it, a head count included (三百多人 …
// 这次只是我个人的事).
void apply_text_rules(const Lexicon& lex, Scratch& s, TextFacts& facts, Classification& out) {
  if (s.text_tags == 0) return;
  fire_rules(lex, s, Scope::text, s.text_tags, s.text_entry, s.text_at);
  const auto& entries = lex.entries();
  for (const Settle& st : lex.settles()) {
    if (!(s.text_tags & st.settler)) continue;
    const auto bit = static_cast<std::size_t>(std::countr_zero(st.settler));
    const Entry& settler = entries[s.last_entry[bit]];
    auto record = [&](std::string_view word, std::size_t t) {
      NegatedMention n;
      n.word = word;
      n.negator = settler.phrase;
      n.context = settler.phrase;
      n.triggers = static_cast<std::uint8_t>(1U << t);
      n.settled = true;
      n.effects = Wording::english().effects(n);
      out.negated.push_back(std::move(n));
      if (st.any) s.final_settled = static_cast<std::uint8_t>(s.final_settled | (1U << t));
    };
    for (std::size_t t = 0; t < kTriggerCount; ++t) {
      if (!(st.triggers >> t & 1U)) continue;
      auto& hits = s.trigger_words[t];
      std::erase_if(hits, [&](const WordHit& h) {
        const Entry& e = entries[h.entry];
        if (!(st.any || (e.tags & st.settled)) || h.first >= s.last_at[bit]) return false;
        record(e.phrase, t);
        return true;
      });
      if (st.any && t == static_cast<std::size_t>(Trigger::group) && facts.count.value >= 0 &&
          facts.count.at < s.last_at[bit]) {
        record(facts.count.source, t);
        facts.count = {};
      }
    }
  }
}

// Why a phrase did not count: a negator before it; a threat before a special source or
// a naming word right after it (央行规定: only special_source is taken back); a queue or
// card digits before a group phrase (only group is).
enum class Taken : std::uint8_t { negated, threat, named, uncounted };

// A phrase that did not count, recorded with what it would have done, and worded.
void add_negated(Classification& out, const Entry& e, std::string_view negator, std::string_view context,
                 Taken why) {
  NegatedMention n;
  n.word = e.phrase;
  n.negator = negator;
  n.context = context;
  if (why == Taken::negated) {
    n.triggers = e.triggers;
    n.review = e.review;
    n.weights = e.weights;
    n.tag = e.tags != 0;
  }
  n.threat = why == Taken::threat;
  n.named = why == Taken::named;
  n.uncounted = why == Taken::uncounted;
  // The JSON's effects are the lexicon file's own notation (nonparty, unit:person …
  // included): a bank corrects the lexicon by them. Text words the record (Wording).
  n.effects = why == Taken::negated ? e.effects() : Wording::english().effects(n);
  out.negated.push_back(std::move(n));
}

void analyze(std::string_view text, const Lexicon& lex, Scratch& s, TextFacts& facts,
             Classification& out) {
  const auto& entries = lex.entries();
  lex.scan(text, s.matches);
  auto& m = s.matches;
  // Text order, and at one start the longer first, so that a match lying inside a
  // longer one is recognised by a single running maximum of ends.
  std::sort(m.begin(), m.end(), [](const Match& a, const Match& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  s.kept.assign(m.size(), 0);
  std::size_t max_end = 0;
  for (std::size_t i = 0; i < m.size(); ++i) {
    if (i > 0 && m[i].end <= max_end) continue;  // inside a longer phrase
    max_end = m[i].end;
    s.kept[i] = entries[m[i].entry].ignore ? 0 : 1;
  }

  const std::size_t window = static_cast<std::size_t>(lex.negation_window());
  std::size_t last_boundary_begin = std::numeric_limits<std::size_t>::max();
  const Match* last_threat = nullptr;           // the latest `threat` phrase
  // Where that threat's reach is measured from: the threat, or the last phrase it took
  // back, so that the whole threatened act is taken (将打12378向监管部门投诉: 12378 is two
  // characters on, 监管部门 six). Carried on only to the next phrase of the same act
  // (threat_goes_on): 准备打12378投诉后来银保监局把我的投诉转给了你们 tells a fact after 来.
  const Match* threat_reach = nullptr;
  std::size_t last_uncounted_end = std::numeric_limits<std::size_t>::max();  // and `uncounted`
  const Match* last_uncounted = nullptr;
  std::size_t kept_end = 0;  // the end of the kept phrases before this one
  for (std::size_t i = 0; i < m.size(); ++i) {
    if (!s.kept[i]) continue;
    const Match& mt = m[i];
    const Entry& e = entries[mt.entry];
    // Straddling the end of an earlier phrase: 到账了 in 没到账了 is no arrival.
    const bool straddles = mt.begin < kept_end;
    kept_end = std::max(kept_end, mt.end);
    if (e.boundary) last_boundary_begin = mt.begin;

    // Whether a negator or threat ending before `to` reaches it: in the same clause (no
    // boundary phrase, line break or blank between) and within the negation window.
    auto reaches = [&](const Match& from, const Match& to) {
      const std::string_view gap = text.substr(from.end, to.begin - from.end);
      const bool blocked = (last_boundary_begin != std::numeric_limits<std::size_t>::max() &&
                            last_boundary_begin >= from.end) ||
                           crosses_clause(gap);
      return !blocked && gap.size() <= window * 4 && utf8_chars(gap) <= window;
    };
    // Records once per (phrase, taker) that `by` took the phrase back, with the text the
    // two span (the taker comes before the phrase, or after it for a naming word).
    auto record_taken = [&](const Match& by, Taken why) {
      const std::pair<std::uint32_t, std::uint32_t> key{mt.entry, by.entry};
      if (std::find(s.negated_seen.begin(), s.negated_seen.end(), key) != s.negated_seen.end()) return;
      s.negated_seen.push_back(key);
      const std::size_t from = std::min(by.begin, mt.begin), to = std::max(by.end, mt.end);
      add_negated(out, e, entries[by.entry].phrase, text.substr(from, to - from), why);
    };
    if (e.has_effect()) {
      if ((s.sent_tags != 0 || s.prev_tags != 0) && mt.begin > s.sent_scan)
        if (const int ends = sentence_ends(text.substr(s.sent_scan, mt.begin - s.sent_scan)); ends > 0)
          apply_rules(lex, s, ends == 1);
      s.sent_scan = std::max(s.sent_scan, mt.begin);
      // The nearest negator before the phrase, if it is close enough and in the same
      // clause: 没有被盗刷 (2 characters apart) but not 没有通知我，就被盗刷了.
      const Match* neg = nullptr;
      for (std::size_t k = e.negative_claim ? 0 : s.negators.size(); k-- > 0;) {
        const Match& n = m[s.negators[k]];
        if (n.end > mt.begin) continue;  // overlapping: 并未 in 并未到账 is part of the claim
        if (reaches(n, mt)) neg = &n;
        break;
      }
      if (neg != nullptr) {
        // Listed when it took something back: a phrase that is only a rule's condition
        // (如果, 分期: tags every rule forbids) decides nothing, and 未开通 or 不分期 in the
        // list of what was negated would be noise.
        if (e.has_effect(lex.evidence_tags())) record_taken(*neg, Taken::negated);
      } else {
        std::uint8_t triggers = e.triggers;
        TagMask tags = e.tags;
        // 就去银保监局 / 只能打12378: a threat to go to the regulator, not a complaint that
        // came through it (docs/LABELLING.md); only special_source is taken back, with the
        // tags through which a rule would fire it (银保监局 + 投诉).
        constexpr auto kSpecial = static_cast<std::uint8_t>(1U << static_cast<unsigned>(Trigger::special_source));
        const TagMask special_tags = lex.special_source_tags();
        auto take_special = [&] {
          triggers = static_cast<std::uint8_t>(triggers & ~kSpecial);
          tags &= ~special_tags;
        };
        if (((triggers & kSpecial) || (tags & special_tags)) && last_threat != nullptr &&
            threat_reach->end <= mt.begin) {
          if (reaches(*threat_reach, mt) && (threat_reach == last_threat || threat_goes_on(text, *threat_reach, mt))) {
            take_special();
            record_taken(*last_threat, Taken::threat);
            threat_reach = &mt;
          }
        }
        // 央行规定 / 监管局回应: the regulator only named, its rules or its words, not a
        // channel the complaint came through (docs/LABELLING.md). The naming word follows
        // within three characters (央行的有关规定), before any boundary; only special_source
        // (and the tags a rule would fire it through) is taken back.
        if ((triggers & kSpecial) || (tags & special_tags)) {
          constexpr std::size_t kNamedGap = 3;  // characters between the name and the word
          for (std::size_t j = i + 1; j < m.size() && m[j].begin <= mt.end + 4 * kNamedGap; ++j) {
            if (!s.kept[j] || m[j].begin < mt.end) continue;
            const Entry& f = entries[m[j].entry];
            if (f.boundary) break;
            if (!f.named) continue;
            const std::string_view gap = text.substr(mt.end, m[j].begin - mt.end);
            if (crosses_clause(gap) || utf8_chars(gap) > kNamedGap) break;
            take_special();
            record_taken(m[j], Taken::named);
            break;
          }
        }
        // 前面还有十几个人: a queue, not a group, whether read as a number or as a phrase
        // (with the tags through which a rule would make it one: a crowd).
        constexpr auto kGroup = static_cast<std::uint8_t>(1U << static_cast<unsigned>(Trigger::group));
        const TagMask group_tags = lex.trigger_tags(Trigger::group);
        if (((triggers & kGroup) || (tags & group_tags)) && last_uncounted != nullptr &&
            last_uncounted_end <= mt.begin && mt.begin - last_uncounted_end <= 6) {
          triggers = static_cast<std::uint8_t>(triggers & ~kGroup);
          tags &= ~group_tags;
          record_taken(*last_uncounted, Taken::uncounted);
        }
        for (std::size_t t = 0; t < kTriggerCount; ++t)
          if (triggers >> t & 1U) add_hit(s.trigger_words[t], mt.entry, mt.begin);
        for (std::size_t r = 0; r < kReviewFlagCount; ++r)
          if (e.review >> r & 1U) add_hit(s.review_words[r], mt.entry, mt.begin);
        for (std::size_t c = 0; c < kCategoryCount; ++c)
          if (e.weights[c] != 0) add_hit(s.category_words[c], mt.entry, mt.begin);
        for (TagMask fresh = tags & ~s.text_tags; fresh != 0; fresh &= fresh - 1) {
          const auto bit = static_cast<std::size_t>(std::countr_zero(fresh));
          s.text_entry[bit] = mt.entry;
          s.text_at[bit] = mt.begin;
        }
        for (TagMask all = straddles ? 0 : tags; all != 0; all &= all - 1) {
          const auto bit = static_cast<std::size_t>(std::countr_zero(all));
          s.last_entry[bit] = mt.entry;
          s.last_at[bit] = mt.begin;
        }
        s.text_tags |= straddles ? tags & ~lex.settler_tags() : tags;
        for (TagMask fresh = tags & ~s.sent_tags; fresh != 0; fresh &= fresh - 1) {
          const auto bit = static_cast<std::size_t>(std::countr_zero(fresh));
          s.sent_entry[bit] = mt.entry;
          s.sent_at[bit] = mt.begin;
        }
        s.sent_tags |= tags;
      }
    }
    if (e.negator) s.negators.push_back(i);
    if (e.threat) last_threat = threat_reach = &mt;
    if (e.uncounted) {
      last_uncounted_end = mt.end;
      last_uncounted = &mt;
    }

    if (e.unit_person || e.unit_yuan) {
      // What comes right after the unit: 三名工作人员 counts staff, not complainants;
      // in 5万元 the bare 万 leaves the reading to 元.
      const std::size_t after = skip_more(text, mt.end);
      bool nonparty_after = false, unit_after = false;
      for (std::size_t j = i + 1; j < m.size() && m[j].begin <= after; ++j) {
        if (!s.kept[j] || (m[j].begin != mt.end && m[j].begin != after)) continue;
        const Entry& f = entries[m[j].entry];
        nonparty_after |= f.nonparty;
        unit_after |= f.unit_person || f.unit_yuan;
      }
      // A unit that is itself a numeral (万, 亿: 被骗了3万) ends the number it reads.
      const bool numeral_unit = numeral_run_before(e.phrase, e.phrase.size()) == 0;
      const std::size_t num_end = numeral_unit ? mt.end : mt.begin;
      const std::size_t start = numeral_run_before(text, num_end);
      // 前面还有二十多个人 (a queue), 后四位 (card digits): no complainants.
      const bool uncounted = e.unit_person && last_uncounted_end <= start && start - last_uncounted_end <= 6;
      if (start < num_end && !(numeral_unit && unit_after) && !(e.unit_person && nonparty_after) && !uncounted) {
        auto num = parse_chinese_number(text.substr(start, num_end - start));
        // 万 and 亿 end the number they read, but a colloquial tail may follow them
        // (亏了五万五 is 55000, not 50000; 5万5, 一万五千): read with it when it reads.
        std::size_t read_end = num_end;
        if (numeral_unit && num && after == mt.end) {
          const std::size_t tail = numeral_run_after(text, mt.end);
          if (tail > mt.end)
            if (auto longer = parse_chinese_number(text.substr(start, tail - start))) num = longer, read_end = tail;
        }
        // 几个人, 数人 say "some people", not how many (几 alone reads as 1, or more): such a
        // count must not decide against the group words around it (我们几个人联名投诉).
        if (num && e.unit_person && num->or_more && num->value < 2) num.reset();
        if (num) {
          if (numeral_unit && after != mt.end) num->or_more = true;
          NumberHit hit{num->value, num->or_more,
                        text.substr(start, (numeral_unit ? std::max(after, read_end) : mt.end) - start), start};
          NumberHit& slot = e.unit_person ? facts.count : facts.amount;
          const bool whole = e.unit_yuan || num->value == std::floor(num->value);
          if (whole && (hit.value > slot.value || (hit.value == slot.value && hit.or_more)))
            slot = hit;
        }
      }
    }
  }
}

// A number known from a field and from the text: the larger decides (facts combine with
// OR: missing a group or a large amount costs more than a second look).
Evidence number_evidence(std::optional<double> field, const NumberHit& text) {
  Evidence e;
  if (field) {
    e.number = Evidence::Number::field;
    e.value = *field;
  }
  if (text.value >= 0 && (!field || text.value > e.value)) {
    e.number = Evidence::Number::text;
    e.value = text.value;
    e.or_more = text.or_more;
    e.number_text = text.source;
  }
  return e;
}

void add_words(std::vector<std::string>& into, const std::vector<WordHit>& hits, const Lexicon& lex) {
  into.reserve(into.size() + hits.size());
  for (const auto& h : hits) into.push_back(lex.entries()[h.entry].phrase);
}

// The three largest of the weights offered (ties: the first offered), largest first: the
// "strongest n-grams" of an explanation, picked in one pass over a text's hits, each
// weight looked up once (a partial sort looked each up at every comparison: 3% of
// classify) and an n-gram's text copied only for the three kept.
struct BestThree {
  std::array<std::pair<float, std::uint32_t>, 3> kept{};
  std::size_t count = 0;
  void offer(float w, std::uint32_t gram) noexcept {
    std::size_t at = count;
    while (at > 0 && kept[at - 1].first < w) --at;
    if (at >= kept.size()) return;
    for (std::size_t i = std::min<std::size_t>(count, kept.size() - 1); i > at; --i) kept[i] = kept[i - 1];
    kept[at] = {w, gram};
    if (count < kept.size()) ++count;
  }
};

// The three n-grams of the text that weigh most for the side the model took on its
// trigger (for it when `holds`, against it otherwise), named with their weights.
void name_grams(ModelVote& v, const NgramModel& model, const std::vector<NgramModel::Hit>& hits, bool holds) {
  const float sign = holds ? 1.0F : -1.0F;
  BestThree best;
  for (const auto h : hits) {
    const float w = sign * model.trigger_weight(h.gram);
    if (w > 0) best.offer(w, h.gram);
  }
  for (std::size_t i = 0; i < best.count; ++i)
    v.grams[i] = {std::string(model.gram(best.kept[i].second)), sign * best.kept[i].first};
  v.gram_count = static_cast<std::uint8_t>(best.count);
}

// The category's record: the winner's words and strongest n-grams (hybrid), or every
// category's words (the lexicon alone), and the scores in ranked order.
void trace_category(CategoryTrace& t, const Lexicon& lex, const std::vector<WordHit> (&words)[kCategoryCount],
                    const NgramModel* model, const std::vector<NgramModel::Hit>& hits,
                    const std::array<float, kCategoryCount>& score, const std::size_t (&order)[kCategoryCount]) {
  t.score = score;
  for (std::size_t k = 0; k < kCategoryCount; ++k) t.order[k] = static_cast<std::uint8_t>(order[k]);
  auto add = [&](std::size_t k) {
    for (const auto& h : words[k]) {
      const auto& e = lex.entries()[h.entry];
      t.words.push_back({e.phrase, static_cast<Category>(k), e.weights[k]});
    }
  };
  if (!model) {
    t.basis = CategoryTrace::Basis::lexicon;
    for (std::size_t k : order) add(k);
    return;
  }
  t.basis = CategoryTrace::Basis::hybrid;
  const std::size_t win = order[0];
  const auto cat = static_cast<Category>(win);
  t.lexicon_weight = static_cast<float>(model->lexicon_weight());
  add(win);
  // The three n-grams that weigh most for the winner; only positive ones are named.
  BestThree best;
  for (const auto h : hits) {
    const float w = model->weight(h.gram, cat);
    if (w > 0) best.offer(w, h.gram);
  }
  for (std::size_t i = 0; i < best.count; ++i)
    t.grams[t.gram_count++] = {std::string(model->gram(best.kept[i].second)), best.kept[i].first};
}

}  // namespace

std::string_view name(ComplaintClass c) noexcept { return kClassNames[static_cast<int>(c)]; }
std::string_view name(Responsibility r) noexcept {
  return kResponsibilityNames[static_cast<int>(r)];
}

Responsibility parse_responsibility(std::string_view s) {
  for (int i = 0; i < 3; ++i)
    if (s == kResponsibilityNames[i]) return static_cast<Responsibility>(i);
  // As a Chinese export or a Chinese user writes it (--responsibility 银行 was refused).
  static constexpr std::pair<std::string_view, Responsibility> zh[] = {
      {"银行", Responsibility::bank},       {"银行责任", Responsibility::bank},   {"我行", Responsibility::bank},
      {"我行责任", Responsibility::bank},   {"共同", Responsibility::shared},     {"共同责任", Responsibility::shared},
      {"双方", Responsibility::shared},     {"双方责任", Responsibility::shared}, {"无", Responsibility::none},
      {"无责任", Responsibility::none},     {"非银行责任", Responsibility::none}, {"客户责任", Responsibility::none}};
  for (const auto& [name, r] : zh)
    if (s == name) return r;
  throw InputError("unknown responsibility " + io::json_string(s) +
                   " (expected bank, shared or none, or 银行, 共同 or 无; a third-party partner's fault is bank)");
}

void ClassifySettings::validate() const {
  if (group_threshold < 1)
    throw InputError("group threshold " + std::to_string(group_threshold) +
                     " is out of range (expected a whole number of complainants ≥ 1)");
  if (!std::isfinite(review_amount_yuan) || review_amount_yuan < 0)
    throw InputError("review amount " + format_number(review_amount_yuan) +
                     " is out of range (expected yuan ≥ 0)");
}

Classification classify(const Complaint& c, const Lexicon& lex, const ClassifySettings& settings) {
  settings.validate();
  // Worded from the terms, so e.worded() gives them in Chinese (they were English only).
  auto refuse = [](std::string key, std::string value = {}) {
    i18n::throw_worded([key = std::move(key), value = std::move(value)](const i18n::Terms& t) {
      return value.empty() ? std::string(t[key]) : t.fill(key, {value});
    });
  };
  if (c.complainants && *c.complainants < 1) refuse("error.complainants_range", std::to_string(*c.complainants));
  if (c.amount && (!std::isfinite(*c.amount) || *c.amount < 0)) refuse("error.amount_range", format_number(*c.amount));
  const bool any_fact = c.complainants || c.amount || c.repeat || c.fund_safety || c.media ||
                        c.special_source || c.public_figure || c.sensitive_topic ||
                        c.reputational_risk || !c.channel.empty() || c.responsibility;
  if (c.text) {
    if (auto bad = io::describe_invalid_utf8(*c.text); !bad.empty()) refuse("error.text_not_utf8", bad);
    if (is_blank(*c.text)) refuse(c.text->empty() ? "error.text_empty" : "error.text_blank");
  } else if (!any_fact) {
    refuse("error.nothing_to_classify");
  }

  thread_local Scratch s;
  s.clear();
  Classification out;
  out.id = c.id;
  TextFacts facts;
  std::string_view text;  // the simplified text that was read, if any
  bool unreadable = false;
  if (c.text) {
    thread_local std::string simplified;
    const bool changed = detail::to_simplified(*c.text, simplified);
    text = changed ? std::string_view(simplified) : std::string_view(*c.text);
    if (has_chinese(text)) {
      analyze(text, lex, s, facts, out);
      apply_rules(lex, s, false);  // the last sentence
      apply_text_rules(lex, s, facts, out);
    } else {
      // Never a silent "ordinary": the lexicon and the model read Chinese only, so a text
      // in English (or digits alone) says nothing either way, and the reader is told.
      unreadable = true;
      text = {};
      out.text_unreadable = true;
    }
  }
  out.facts_given = any_fact;
  // The channel against special_channels, case and surrounding blanks ignored.
  std::string special_channel;
  if (!c.channel.empty()) {
    std::string_view given = c.channel;
    while (!given.empty() && (given.front() == ' ' || given.front() == '\t')) given.remove_prefix(1);
    while (!given.empty() && (given.back() == ' ' || given.back() == '\t')) given.remove_suffix(1);
    for (const auto& known : settings.special_channels)
      if (same_name(known, given)) special_channel = known;
    // A Chinese name of a special channel, and a hotline written with its word (12345热线).
    // (12345 热线, 信访热线: the word stripped with the blanks before it, then the ids and
    // the Chinese names.)
    std::string_view bare = given;
    for (std::string_view tail : {"热线电话", "服务热线", "热线"})
      if (bare.size() > tail.size() && bare.substr(bare.size() - tail.size()) == tail) {
        bare.remove_suffix(tail.size());
        while (!bare.empty() && (bare.back() == ' ' || bare.back() == '\t')) bare.remove_suffix(1);
        break;
      }
    const auto listed = [&](std::string_view id) {
      return std::find(settings.special_channels.begin(), settings.special_channels.end(), id) !=
             settings.special_channels.end();
    };
    // The special channel `form` names: a Chinese name of a listed one, or (the word
    // stripped) a listed id; "" for none.
    const auto channel_of = [&](std::string_view form) -> std::string_view {
      for (const auto& [name, id] : settings.special_channel_names)
        if (same_name(name, form) && listed(id)) return id;
      if (form.size() < given.size())
        for (const auto& known : settings.special_channels)
          if (same_name(known, form)) return known;
      return {};
    };
    for (const std::string_view form : {given, bare})
      if (special_channel.empty() && !form.empty())
        if (const auto id = channel_of(form); !id.empty()) special_channel = io::terminal_safe(std::string(given)) + " = " + std::string(id);
    // Numbers are hotlines, and hotlines differ by a digit (12315 is not a typo of 12345):
    // only a named channel gets a "did you mean".
    const bool number = !given.empty() && std::all_of(given.begin(), given.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    if (special_channel.empty() && !number) {
      if (const auto near = closest_name(given, settings.special_channels); !near.empty()) {
        out.channel_given = io::terminal_safe(c.channel);  // printed in text output
        out.channel_near = std::string(near);
      }
    }
  }
  const Wording& en = Wording::english();  // the details the JSON carries
  out.warnings = en.warnings(out);

  for (std::size_t t = 0; t < kTriggerCount; ++t) {
    if (!s.trigger_words[t].empty()) out.text_triggers = static_cast<std::uint8_t>(out.text_triggers | (1U << t));
    else if (s.final_settled >> t & 1U) out.stated_triggers = static_cast<std::uint8_t>(out.stated_triggers | (1U << t));
  }
  for (const auto& n : out.negated) out.withdrawn_triggers = static_cast<std::uint8_t>(out.withdrawn_triggers | n.triggers);

  // The n-gram model, when used, scores the categories and (format 2) one trigger in one
  // pass over the text; both are read below.
  const NgramModel* model = nullptr;
  if (settings.use_model && !text.empty())
    model = settings.model ? settings.model.get() : NgramModel::builtin().get();
  std::array<float, kCategoryCount> score{};
  float trigger_sum = 0;
  thread_local std::vector<NgramModel::Hit> hits;
  hits.clear();
  if (model) model->score(text, score, &hits, &trigger_sum);

  auto fire = [&](Trigger t, Evidence evidence) {
    out.triggers = static_cast<std::uint8_t>(out.triggers | (1U << static_cast<unsigned>(t)));
    Reason r{std::string(name(t)), {}, std::move(evidence)};
    en.append_reason(r.detail, r);
    out.reasons.push_back(std::move(r));
  };
  auto simple = [&](Trigger t, bool field, std::string channel = {}) {
    Evidence e;
    e.field = field;
    e.channel = std::move(channel);
    add_words(e.words, s.trigger_words[static_cast<int>(t)], lex);
    bool text_says = !e.words.empty();
    // A statement of the whole outcome that withdrew every word (钱也没扣, 没造成损失) is the
    // text's own answer, and the guide's (docs/LABELLING.md: nothing lost is no
    // fund_safety): the model weighs a reading, it does not overrule a statement. A
    // settling that only put a delay right (才到账, 退回了) it may still overrule: the
    // training texts where it did so are all right (2026-12-05, eighteenth session).
    const bool stated = out.stated_triggers >> static_cast<unsigned>(t) & 1U;
    if (model && model->trigger() && model->trigger()->trigger == t && !stated) {
      // The model weighs the lexicon's finding with the rest of the text (ngram.hpp); a
      // field or a channel still decides by itself.
      const auto& tw = *model->trigger();
      const auto bit = 1U << static_cast<unsigned>(t);
      e.model.used = true;
      e.model.score = trigger_sum + ((out.text_triggers & bit) ? tw.lexicon : 0.0F) +
                      ((out.withdrawn_triggers & bit) ? tw.withdrawn : 0.0F);
      text_says = e.model.score > 0;
      if (text_says || !e.words.empty()) name_grams(e.model, *model, hits, text_says);
      if (!text_says && !e.words.empty()) {
        NegatedMention n;
        n.overruled = true;
        n.triggers = static_cast<std::uint8_t>(bit);
        n.model = e.model;
        for (std::size_t i = 0; i < e.words.size(); ++i) n.word += (i ? "、" : "") + e.words[i];
        for (std::size_t i = 0; i < n.model.gram_count; ++i) n.context += (i ? "、" : "") + n.model.grams[i].gram;
        n.effects = en.effects(n);
        out.negated.push_back(std::move(n));
        e.words.clear();
      }
    }
    if (e.field || !e.channel.empty() || text_says) fire(t, std::move(e));
  };

  simple(Trigger::fund_safety, c.fund_safety);
  simple(Trigger::repeat, c.repeat);

  // group: a head count, when one is known, decides against the threshold; words such
  // as 联名 decide only when no number was given anywhere.
  {
    Evidence e = number_evidence(c.complainants ? std::optional<double>(*c.complainants) : std::nullopt, facts.count);
    if (e.number != Evidence::Number::none) {
      out.complainants = static_cast<int>(std::min(e.value, 1e9));
      e.limit = settings.group_threshold;
      if (e.value >= settings.group_threshold) fire(Trigger::group, std::move(e));
    } else if (const auto& words = s.trigger_words[static_cast<int>(Trigger::group)]; !words.empty()) {
      add_words(e.words, words, lex);
      fire(Trigger::group, std::move(e));
    }
  }

  simple(Trigger::media, c.media);
  simple(Trigger::special_source, c.special_source, special_channel);
  out.cls = out.triggers ? ComplaintClass::urgent : ComplaintClass::ordinary;

  // review_recording (重大投诉)
  auto review = [&](ReviewFlag flag, Evidence e) {
    Reason r{std::string(name(flag)), {}, std::move(e)};
    en.append_reason(r.detail, r);
    out.review_reasons.push_back(std::move(r));
  };
  {
    const bool fields[3] = {c.public_figure, c.sensitive_topic, c.reputational_risk};
    for (std::size_t r = 0; r < 3; ++r) {
      Evidence e;
      e.field = fields[r];
      add_words(e.words, s.review_words[r], lex);
      if (e.field || !e.words.empty()) review(static_cast<ReviewFlag>(r), std::move(e));
    }
    Evidence e = number_evidence(c.amount, facts.amount);
    if (e.number != Evidence::Number::none) {
      out.amount = e.value;
      e.limit = settings.review_amount_yuan;
      if (e.value > e.limit || (e.or_more && e.value >= e.limit)) review(ReviewFlag::amount, std::move(e));
    }
    out.review_recording = !out.review_reasons.empty();
  }

  // category: the hybrid score (ngram.hpp): the lexicon's total per category, each word
  // counted once however often it is repeated, weighted and added to the n-gram model's
  // score; the highest wins (a tie: the category mentioned first, then the enum order).
  {
    std::size_t first[kCategoryCount];
    for (std::size_t k = 0; k < kCategoryCount; ++k) {
      first[k] = std::numeric_limits<std::size_t>::max();
      int total = 0;
      for (const auto& h : s.category_words[k]) {
        total += lex.entries()[h.entry].weights[k];
        first[k] = std::min(first[k], h.first);
      }
      out.lexicon_scores[k] = total;
    }
    if (model) {
      for (std::size_t k = 0; k < kCategoryCount; ++k)
        score[k] += static_cast<float>(model->lexicon_weight()) * static_cast<float>(out.lexicon_scores[k]);
    } else {
      for (std::size_t k = 0; k < kCategoryCount; ++k) score[k] = static_cast<float>(out.lexicon_scores[k]);
    }
    std::size_t order[kCategoryCount];
    for (std::size_t k = 0; k < kCategoryCount; ++k) order[k] = k;
    // A stable insertion sort of the seven: the order std::stable_sort gave, without the
    // temporary buffer it allocated on every call (1-2% of a text's time, issue 13).
    auto before = [&](std::size_t a, std::size_t b) {
      return score[a] != score[b] ? score[a] > score[b] : first[a] < first[b];
    };
    for (std::size_t i = 1; i < kCategoryCount; ++i) {
      const std::size_t v = order[i];
      std::size_t j = i;
      for (; j > 0 && before(v, order[j - 1]); --j) order[j] = order[j - 1];
      order[j] = v;
    }
    if (model) {
      out.category = static_cast<Category>(order[0]);
    } else if (out.lexicon_scores[order[0]] > 0 && order[0] != static_cast<std::size_t>(Category::other)) {
      out.category = static_cast<Category>(order[0]);
    }
    if (unreadable) out.category_trace.basis = CategoryTrace::Basis::unreadable;
    else if (!c.text) out.category_trace.basis = CategoryTrace::Basis::no_text;
    else trace_category(out.category_trace, lex, s.category_words, model, hits, score, order);
    out.category_detail.reserve(256);
    en.append_category(out.category_detail, out);
  }

  if (c.responsibility) {
    out.responsibility = c.responsibility;
    // 第十一条: the bank's problem, a third-party partner's included, makes it justified.
    out.justified = *c.responsibility != Responsibility::none;
  }
  return out;
}

}  // namespace shixian::classify
