#pragma once
// A classification's record in words: the one place a result is worded, from the
// [classify], [trigger], [category] and [review] terms (data/terms/*.toml).
//
// classify() words its record with Wording::english() (the built-in English terms) into
// Reason::detail, Classification::category_detail and warnings, which the JSON carries
// and which never change with the language. The CLI words the same record in the
// chosen language:
//
//   const Wording zh(i18n::Terms::builtin(i18n::Lang::zh));
//   zh.reason(r.reasons[0], Reason kind)  // "文中：被盗刷" where English has "text: 被盗刷"
//   zh.category(r)                        // "账户交易 6.97分 = 词典 1.34×4（被盗刷 +4）+ …"
//
// The templates are fetched once, when a Wording is made, so wording a result looks up no
// term: classify() words every result it returns and must stay fast (bench_classify).
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "shixian/classify/classify.hpp"
#include "shixian/i18n/terms.hpp"

namespace shixian::classify {

class Wording {
 public:
  explicit Wording(const i18n::Terms& terms);
  // The built-in English terms: the wording of Reason::detail and the JSON (made once,
  // thread-safe, never freed).
  static const Wording& english();

  // A trigger's or review reason's detail: "field; text: 盗刷", "5 complainants,
  // threshold 3", "text: 6万元 = 60000 yuan > 50000".
  std::string reason(const Reason& r) const;
  void append_reason(std::string& out, const Reason& r) const;
  // The category's explanation from Classification::category_trace.
  std::string category(const Classification& c) const;
  void append_category(std::string& out, const Classification& c) const;
  // A negated mention's effects ("fund_safety account_transaction=2" in English).
  std::string effects(const NegatedMention& n) const;
  // The model's vote on a trigger: "n-gram model 2.31 (盗刷 +1.20, 卡里 +0.80)".
  void append_model(std::string& out, const ModelVote& v) const;
  // The result's warnings, from its record (text_unreadable, facts_given).
  std::vector<std::string> warnings(const Classification& c) const;

  std::string_view trigger(Trigger t) const { return trigger_[static_cast<std::size_t>(t)]; }
  std::string_view category_name(Category c) const { return category_[static_cast<std::size_t>(c)]; }
  std::string_view review(std::string_view rule) const;  // a review reason's rule, worded

 private:
  // "TOTAL (g1 +w1, g2 +w2)" by `part`, or "TOTAL" by `plain` when no n-gram is named.
  void append_grams(std::string& out, const std::string& plain, const std::string& part, double total,
                    const GramWeight* grams, std::size_t count) const;
  std::array<std::string, kTriggerCount> trigger_;
  std::array<std::string, kCategoryCount> category_;
  std::array<std::string, kReviewFlagCount> review_;
  // [classify] templates, by what they word; see data/terms/en.toml.
  std::string field_, channel_, words_, list_sep_, part_sep_, count_field_, count_text_,
      count_text_more_, threshold_, no_count_, amount_field_, amount_text_, amount_text_more_,
      amount_over_, weighted_, category_score_, lexicon_part_, lexicon_none_, ngram_part_,
      ngram_plain_, runners_up_, lexicon_only_, no_words_, no_text_, unreadable_, effect_sep_,
      effect_review_, effect_weight_, effect_tag_, effect_threat_, effect_named_, effect_settled_, effect_uncounted_, effect_overruled_,
      model_part_, model_plain_, warn_unreadable_,
      warn_unreadable_no_facts_, warn_channel_;
};

namespace detail {
// `v` with two decimals into [first, last), as std::to_chars(…, fixed, 2) writes it: the
// same bytes; the end written, or nullptr when they do not fit. A score and each weight in a record are
// written so (about nine per text), and to_chars' exact rounding cost about 450
// instructions each, an eighth of classify(); here a number far from a tie (almost every
// one) is rounded with one multiply and the rest go to to_chars (issue 13).
char* format_fixed2(double v, char* first, char* last) noexcept;
}  // namespace detail

}  // namespace shixian::classify
