// A classification's record in words (wording.hpp).
#include "shixian/classify/wording.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>

namespace shixian::classify {

namespace {

using i18n::append_fill;

// Small numbers as text without allocating: a fixed buffer per argument.
struct Num {
  char buf[64];
  std::size_t n = 0;
  std::string_view view() const { return {buf, n}; }
};
Num number(double v) {
  Num x;
  const auto [p, ec] = std::to_chars(x.buf, x.buf + sizeof x.buf, v, std::chars_format::fixed);
  x.n = ec == std::errc() ? static_cast<std::size_t>(p - x.buf) : 0;
  return x;
}
// Two decimals; `plus`: "+0.40" for a weight, its sign inside one argument.
Num fixed2(double v, bool plus = false) {
  Num x;
  char* b = x.buf;
  if (plus && v >= 0) *b++ = '+';
  const char* p = detail::format_fixed2(v, b, x.buf + sizeof x.buf);
  x.n = p ? static_cast<std::size_t>(p - x.buf) : 0;
  return x;
}
Num integer(long long v, bool plus = false) {
  Num x;
  char* b = x.buf;
  if (plus && v >= 0) *b++ = '+';
  x.n = static_cast<std::size_t>(std::to_chars(b, x.buf + sizeof x.buf, v).ptr - x.buf);
  return x;
}

}  // namespace

namespace detail {

char* format_fixed2(double v, char* first, char* last) noexcept {
  // Below 1e9 the product v × 100 is off the exact one by at most 1.1e-5 (half an ulp of
  // 1e11), so when its fraction is more than 1e-3 from one half, rounding it rounds the
  // exact value; ties and near ties (x.125, x.375 …) and the rest (large, NaN, infinite)
  // take to_chars' exact path. The sign is the sign bit's, as to_chars writes "-0.00".
  const double a = std::fabs(v);
  if (a < 1e9 && last - first >= 16) {  // at most "-999999999.99"
    const double s = a * 100.0;
    const double whole = std::floor(s);
    const double frac = s - whole;
    if (std::fabs(frac - 0.5) > 1e-3) {
      const auto r = static_cast<std::uint64_t>(whole) + (frac > 0.5 ? 1U : 0U);
      char* p = first;
      if (std::signbit(v)) *p++ = '-';
      p = std::to_chars(p, last, r / 100).ptr;
      const auto cents = static_cast<unsigned>(r % 100);
      p[0] = '.';
      p[1] = static_cast<char>('0' + cents / 10);
      p[2] = static_cast<char>('0' + cents % 10);
      return p + 3;
    }
  }
  const auto [p, ec] = std::to_chars(first, last, v, std::chars_format::fixed, 2);
  return ec == std::errc() ? p : nullptr;
}

}  // namespace detail

Wording::Wording(const i18n::Terms& t) {
  for (std::size_t i = 0; i < kTriggerCount; ++i)
    trigger_[i] = t[std::string("trigger.") + std::string(name(static_cast<Trigger>(i)))];
  for (std::size_t i = 0; i < kCategoryCount; ++i)
    category_[i] = t[std::string("category.") + std::string(name(static_cast<Category>(i)))];
  for (std::size_t i = 0; i < kReviewFlagCount; ++i)
    review_[i] = t[std::string("review.") + std::string(name(static_cast<ReviewFlag>(i)))];
  auto get = [&](std::string& into, std::string_view key) { into = t[std::string("classify.") + std::string(key)]; };
  get(field_, "field");
  get(channel_, "channel");
  get(words_, "words");
  get(list_sep_, "list_sep");
  get(part_sep_, "part_sep");
  get(count_field_, "count_field");
  get(count_text_, "count_text");
  get(count_text_more_, "count_text_more");
  get(threshold_, "threshold");
  get(no_count_, "no_count");
  get(amount_field_, "amount_field");
  get(amount_text_, "amount_text");
  get(amount_text_more_, "amount_text_more");
  get(amount_over_, "amount_over");
  get(weighted_, "weighted");
  get(category_score_, "category_score");
  get(lexicon_part_, "lexicon_part");
  get(lexicon_none_, "lexicon_none");
  get(ngram_part_, "ngram_part");
  get(ngram_plain_, "ngram_plain");
  get(runners_up_, "runners_up");
  get(lexicon_only_, "lexicon_only");
  get(no_words_, "no_words");
  get(no_text_, "no_text");
  get(unreadable_, "unreadable");
  get(effect_sep_, "effect_sep");
  get(effect_review_, "effect_review");
  get(effect_weight_, "effect_weight");
  get(effect_tag_, "effect_tag");
  get(effect_threat_, "effect_threat");
  get(effect_named_, "effect_named");
  get(effect_settled_, "effect_settled");
  get(effect_uncounted_, "effect_uncounted");
  get(effect_overruled_, "effect_overruled");
  get(model_part_, "model_part");
  get(model_plain_, "model_plain");
  get(warn_unreadable_, "warn_unreadable");
  get(warn_unreadable_no_facts_, "warn_unreadable_no_facts");
  get(warn_channel_, "warn_channel");
}

const Wording& Wording::english() {
  static const Wording* w = new Wording(i18n::Terms::builtin(i18n::Lang::en));
  return *w;
}

std::string_view Wording::review(std::string_view rule) const {
  for (std::size_t i = 0; i < kReviewFlagCount; ++i)
    if (rule == name(static_cast<ReviewFlag>(i))) return review_[i];
  return rule;
}

void Wording::append_reason(std::string& out, const Reason& r) const {
  const Evidence& e = r.evidence;
  const std::size_t start = out.size();
  auto part = [&] {
    if (out.size() > start) out += part_sep_;
  };
  // The words found in the text: "text: a, b".
  auto words = [&](std::string& into) {
    i18n::append_template(into, words_, [&](std::string& o, std::size_t) {
      for (std::size_t i = 0; i < e.words.size(); ++i) {
        if (i) o += list_sep_;
        o += e.words[i];
      }
    });
  };
  if (e.number == Evidence::Number::none) {
    if (e.field) out += field_;
    if (!e.channel.empty()) {
      part();
      append_fill(out, channel_, {e.channel});
    }
    if (!e.words.empty()) {
      part();
      if (r.rule == name(Trigger::group))  // words alone, no head count
        i18n::append_template(out, no_count_, [&](std::string& o, std::size_t) { words(o); });
      else
        words(out);
    }
    if (e.model.used) {
      part();
      append_model(out, e.model);
    }
    return;
  }
  // A number decided: where it was read, then against what.
  const bool amount = r.rule == name(ReviewFlag::amount);
  const Num v = number(e.value), limit = number(e.limit);
  i18n::append_template(out, amount ? amount_over_ : threshold_, [&](std::string& o, std::size_t i) {
    if (i == 1) {
      o.append(limit.view());
    } else if (e.number == Evidence::Number::field) {
      append_fill(o, amount ? amount_field_ : count_field_, {v.view()});
    } else {
      const std::string& tmpl = amount ? (e.or_more ? amount_text_more_ : amount_text_)
                                       : (e.or_more ? count_text_more_ : count_text_);
      append_fill(o, tmpl, {e.number_text, v.view()});
    }
  });
}

void Wording::append_grams(std::string& out, const std::string& plain, const std::string& part, double total,
                           const GramWeight* grams, std::size_t count) const {
  const Num t = fixed2(total);
  if (count == 0) {
    append_fill(out, plain, {t.view()});
    return;
  }
  i18n::append_template(out, part, [&](std::string& o, std::size_t j) {
    if (j == 0) {
      o.append(t.view());
      return;
    }
    for (std::size_t g = 0; g < count; ++g) {
      if (g) o += list_sep_;
      const Num w = fixed2(grams[g].weight, true);
      append_fill(o, weighted_, {grams[g].gram, w.view()});
    }
  });
}

void Wording::append_model(std::string& out, const ModelVote& v) const {
  append_grams(out, model_plain_, model_part_, v.score, v.grams.data(), v.gram_count);
}

std::string Wording::reason(const Reason& r) const {
  std::string out;
  append_reason(out, r);
  return out;
}

void Wording::append_category(std::string& d, const Classification& c) const {
  const CategoryTrace& t = c.category_trace;
  using Basis = CategoryTrace::Basis;
  if (t.basis == Basis::no_text) {
    d += no_text_;
    return;
  }
  if (t.basis == Basis::unreadable) {
    d += unreadable_;
    return;
  }
  // The words of one category: "被盗刷 +4, 盗刷 +3".
  auto word_list = [&](std::string& into, Category k) {
    bool first = true;
    for (const auto& w : t.words) {
      if (w.category != k) continue;
      if (!first) into += list_sep_;
      first = false;
      const Num x = integer(w.weight, true);
      append_fill(into, weighted_, {w.phrase, x.view()});
    }
  };
  if (t.basis == Basis::lexicon) {  // every category with words, best first
    const std::size_t before = d.size();
    for (const auto k : t.order) {
      const auto cat = static_cast<Category>(k);
      bool any = false;
      for (const auto& w : t.words) any |= w.category == cat;
      if (!any) continue;
      if (d.size() > before) d += part_sep_;
      const Num total = integer(c.lexicon_scores[k]);
      i18n::append_template(d, lexicon_only_, [&](std::string& o, std::size_t i) {
        if (i == 0) o += category_name(cat);
        else if (i == 1) o.append(total.view());
        else word_list(o, cat);
      });
    }
    if (d.size() == before) d += no_words_;
    return;
  }
  const std::size_t wi = t.order[0];
  const auto win = static_cast<Category>(wi);
  bool any_word = false;
  for (const auto& w : t.words) any_word |= w.category == win;
  const Num score = fixed2(t.score[wi]);
  const Num lw = fixed2(t.lexicon_weight), ls = integer(c.lexicon_scores[wi]);
  i18n::append_template(d, category_score_, [&](std::string& o, std::size_t i) {
    switch (i) {
      case 0: o += category_name(win); break;
      case 1: o.append(score.view()); break;
      case 2:  // the lexicon's part
        if (!any_word) {
          o += lexicon_none_;
          break;
        }
        i18n::append_template(o, lexicon_part_, [&](std::string& p, std::size_t j) {
          if (j == 0) p.append(lw.view());
          else if (j == 1) p.append(ls.view());
          else word_list(p, win);
        });
        break;
      default:  // the n-grams' part
        append_grams(o, ngram_plain_, ngram_part_, t.score[wi] - t.lexicon_weight * static_cast<float>(c.lexicon_scores[wi]),
                     t.grams.data(), t.gram_count);
    }
  });
  i18n::append_template(d, runners_up_, [&](std::string& o, std::size_t) {
    for (std::size_t i = 1; i < 3; ++i) {
      if (i > 1) o += list_sep_;
      const auto k = t.order[i];
      const Num s = fixed2(t.score[k]);
      append_fill(o, weighted_, {category_name(static_cast<Category>(k)), s.view()});
    }
  });
}

std::string Wording::category(const Classification& c) const {
  std::string out;
  out.reserve(256);
  append_category(out, c);
  return out;
}

std::string Wording::effects(const NegatedMention& n) const {
  std::string out;
  if (n.threat) {
    append_fill(out, effect_threat_, {trigger(Trigger::special_source)});
    return out;
  }
  if (n.named) {
    append_fill(out, effect_named_, {trigger(Trigger::special_source)});
    return out;
  }
  if (n.uncounted) {
    append_fill(out, effect_uncounted_, {trigger(Trigger::group)});
    return out;
  }
  if (n.settled) {
    for (std::size_t t = 0; t < kTriggerCount; ++t)
      if (n.triggers >> t & 1U) append_fill(out, effect_settled_, {trigger_[t]});
    return out;
  }
  if (n.overruled) {
    std::string vote;
    append_model(vote, n.model);
    for (std::size_t t = 0; t < kTriggerCount; ++t)
      if (n.triggers >> t & 1U) append_fill(out, effect_overruled_, {trigger_[t], vote});
    return out;
  }
  auto add = [&] {
    if (!out.empty()) out += effect_sep_;
  };
  for (std::size_t t = 0; t < kTriggerCount; ++t)
    if (n.triggers >> t & 1U) {
      add();
      out += trigger_[t];
    }
  for (std::size_t r = 0; r < kReviewFlagCount; ++r)
    if (n.review >> r & 1U) {
      add();
      append_fill(out, effect_review_, {review_[r]});
    }
  for (std::size_t k = 0; k < kCategoryCount; ++k)
    if (n.weights[k] != 0) {
      add();
      const Num w = integer(n.weights[k]);
      append_fill(out, effect_weight_, {category_[k], w.view()});
    }
  if (n.tag) {
    add();
    out += effect_tag_;
  }
  return out;
}

std::vector<std::string> Wording::warnings(const Classification& c) const {
  std::vector<std::string> out;
  if (c.text_unreadable) out.push_back(c.facts_given ? warn_unreadable_ : warn_unreadable_no_facts_);
  if (!c.channel_near.empty()) {
    std::string w;
    append_fill(w, warn_channel_, {c.channel_given, c.channel_near});
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace shixian::classify
