#pragma once
// Complaint classification (95580 实施细则 第十条、第十一条; RULES.md §5).
//
// Terms:
//   urgent (紧急投诉)  a complaint for which any trigger holds; otherwise ordinary
//                     (普通投诉). The triggers:
//     fund_safety      the customer's funds are at risk or lost (盗刷, 被骗, 扣款未到账);
//                      an ordinary overcharge is not this trigger.
//     repeat           a second complaint about the same matter (再次投诉, 第二次).
//     group            complainants ≥ group_threshold (3 in 95580; 5 in seed 003's bank).
//     media            media exposure or negative publicity is possible (记者, 曝光).
//     special_source   a special identity, source or channel (regulator, journalist,
//                      public figure; or a `channel` listed in special_channels).
//   review_recording  重大投诉: the call recording must be re-heard. Public figure, hot or
//                     sensitive topic, reputational risk, or amount > review_amount_yuan.
//   category          the nature of the complaint (lexicon.hpp's Category), decided by
//                     the hybrid scorer: the lexicon's words (each counted once) plus the
//                     n-gram model of ngram.hpp, trained on the labelled corpus; with the
//                     model switched off (ClassifySettings::use_model = false),
//                     the lexicon alone, `other` when no category word matched.
//   justified         after investigation (第十一条): the bank or its third-party
//                     partner was at fault (responsibility bank or shared) → justified.
//
// Model: facts come from two places and are combined with OR (for numbers: the larger),
// because missing an urgent complaint costs more than handling one too fast:
//   1. structured fields (the agent ticked "repeat", entered 5 complainants …);
//   2. the Chinese text, scanned once with the lexicon (lexicon.hpp). A phrase with a
//      negator a few characters before it in the same clause (没有被盗刷, 并未造成损失)
//      does not count, and is reported as negated. Head counts and amounts are read
//      from numbers written before unit words (五位客户, 5万元, 伍万元). A phrase that
//      is itself a negative claim (没到账, 没退出来) is not cancelled by an earlier
//      negator. Weak evidence is tagged (tag:money_moved on 汇款, tag:not_arrived on
//      还没收到) and fires a trigger only through a lexicon `@rule` naming the tags that
//      must occur together (and those that must not: a fee makes it an overcharge).
//   3. the n-gram model (ngram.hpp), when it scores a trigger (the built-in one scores
//      fund_safety): the lexicon's finding is one feature of a linear score over the
//      whole text, so words found can be outweighed (a fear, a near miss: then they are
//      reported as negated, `overruled`, with the n-grams that weighed against) and text
//      with no lexicon word can still hold. A structured field still decides alone.
// Every decision carries its reasons: the rule, and for text the words that fired it.
//
//   Complaint c;
//   c.text = "我们五位客户的信用卡都被盗刷，共损失6万元，已联系记者";
//   auto r = classify(c, *Lexicon::builtin(), ClassifySettings{});
//   // r.cls == ComplaintClass::urgent
//   // r.reasons: fund_safety "text: 被盗刷; n-gram model 5.65 (万 +1.30, …)";
//   //            group "text: 五位 = 5 complainants,
//   //            threshold 3"; media "text: 记者" (a journalist contacted is media; the
//   //            complaint did not come through one, so no special_source)
//   // r.category == Category::account_transaction
//   // r.review_recording == true (amount "text: 6万元 = 60000 yuan > 50000")
//
// classify() is reentrant and thread-safe (the lexicon is immutable; scratch space is
// per thread), and allocates only for the result it returns.
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shixian/classify/lexicon.hpp"
#include "shixian/classify/ngram.hpp"
#include "shixian/error.hpp"

namespace shixian::classify {

// Every default is a setting a bank can change (RULES.md: "not a constant in the code").
struct ClassifySettings {
  int group_threshold = 3;              // 第十条: 三人或三人以上; seed 003's bank: 5
  double review_amount_yuan = 50000;    // 重大投诉: amount strictly over this
  // Channels whose complaints are special_source by themselves (case and surrounding
  // blanks ignored: "Regulator" is "regulator"; a near miss such as "regulatr" fires
  // nothing and gets a warning naming the channel meant).
  std::vector<std::string> special_channels = {"regulator", "media",  "government",
                                               "12378",     "12363",  "12345",
                                               "letters_and_visits"};
  // The same channels under the names a Chinese export writes (渠道: 银保监会), each
  // mapped to one of special_channels: "12345热线" is 12345 and "人民银行" the regulator. A
  // bank's export wrote these, and they made an urgent complaint ordinary without a word.
  // Matched whole (case and surrounding blanks ignored), like the ids; a hotline number
  // followed by 热线 or 热线电话 is also that number.
  std::vector<std::pair<std::string, std::string>> special_channel_names = {
      {"监管", "regulator"},       {"监管部门", "regulator"},   {"监管机构", "regulator"},
      {"监管转办", "regulator"},   {"国家金融监督管理总局", "regulator"},
      {"金融监管总局", "regulator"}, {"金融监管局", "regulator"}, {"银保监会", "regulator"},
      {"银保监局", "regulator"},   {"银保监分局", "regulator"}, {"银监会", "regulator"},
      {"银监局", "regulator"},     {"人民银行", "regulator"},   {"中国人民银行", "regulator"},
      {"人行", "regulator"},       {"央行", "regulator"},       {"媒体", "media"},
      {"新闻媒体", "media"},       {"记者", "media"},           {"报社", "media"},
      {"电视台", "media"},         {"政府", "government"},      {"政府热线", "government"},
      {"市长热线", "government"},  {"市民热线", "government"},  {"便民热线", "government"},
      {"信访", "letters_and_visits"}, {"信访办", "letters_and_visits"},
      {"信访局", "letters_and_visits"}, {"来信来访", "letters_and_visits"}};
  // The n-gram half of the category scorer, and of the one trigger it may also score
  // (ngram.hpp); null: the built-in model (data/lexicon/zh.ngram). use_model = false
  // decides the category and every trigger by the lexicon alone.
  std::shared_ptr<const NgramModel> model;
  bool use_model = true;
  // Throws InputError naming a bad value (threshold < 1, negative or non-finite amount).
  void validate() const;
};

enum class Responsibility : std::uint8_t { bank, shared, none };
std::string_view name(Responsibility r) noexcept;
Responsibility parse_responsibility(std::string_view s);  // InputError naming the value

// What is known about one complaint. Every field is optional; at least the text or one
// fact must be given.
struct Complaint {
  std::string id;
  std::optional<std::string> text;  // Chinese complaint text; if present, non-blank UTF-8
  std::optional<int> complainants;  // ≥ 1
  bool repeat = false;
  bool fund_safety = false;
  bool media = false;
  bool special_source = false;
  bool public_figure = false;       // review_recording facts
  bool sensitive_topic = false;
  bool reputational_risk = false;
  std::optional<double> amount;     // yuan, ≥ 0
  std::string channel;              // e.g. "95580", "branch", "regulator"
  std::optional<Responsibility> responsibility;  // after investigation
};

enum class ComplaintClass : std::uint8_t { ordinary, urgent };
std::string_view name(ComplaintClass c) noexcept;

// An n-gram of the model (ngram.hpp) and its weight for what it was named for.
struct GramWeight {
  std::string gram;
  float weight;
};

// The n-gram model's vote on a trigger it scores (ngram.hpp, @trigger): its total and
// the n-grams that weigh most for the side it took.
struct ModelVote {
  bool used = false;
  float score = 0;                    // > 0: the trigger holds
  std::array<GramWeight, 3> grams{};  // strongest for the side taken (positive: for)
  std::uint8_t gram_count = 0;
};

// What a reason rests on: the record its words are made from (Reason::detail in
// English, any other language through Wording, wording.hpp).
struct Evidence {
  bool field = false;              // the structured field said so
  std::string channel;             // special_source: the listed channel it came through
  std::vector<std::string> words;  // lexicon phrases found in the text, each once
  // group and amount: the number that decided, and where it was read.
  enum class Number : std::uint8_t { none, field, text };
  Number number = Number::none;
  std::string number_text;         // as the text writes it: 五位, 6万元
  double value = 0;
  bool or_more = false;            // 五位以上, 5万多元
  double limit = 0;                // group: the threshold; amount: review_amount_yuan
  ModelVote model;                 // a trigger the model scores: what it weighed
};

struct Reason {
  std::string rule;    // "fund_safety", "group", …; for review: "public_figure", "amount" …
  std::string detail;  // "text: 盗刷, 被骗", "3 complainants, threshold 3", "field"
  Evidence evidence = {};
};

// A lexicon phrase that was found but did not count, because a negator preceded it.
struct NegatedMention {
  std::string word;     // 盗刷
  std::string negator;  // 没有
  std::string context;  // 没有被盗刷 (from the negator to the end of the word)
  std::string effects;  // what it would have done: "fund_safety account_transaction=3"
  // The same effects as a record (for Wording): trigger and review bits, category
  // weights; `threat`: a special_source phrase after a threat (就去银保监局), taken back.
  std::uint8_t triggers = 0;
  std::uint8_t review = 0;
  std::array<std::int16_t, kCategoryCount> weights{};
  bool tag = false;
  bool threat = false;
  // `named`: a special_source phrase only named (央行规定, 监管局回应), not a channel the
  // complaint came through; `negator` is then the naming phrase (规定).
  bool named = false;
  // `settled`: trigger evidence withdrawn by a later phrase (@settle): 没到账 … 才到账;
  // `negator` and `context` are then the settling phrase.
  bool settled = false;
  // `uncounted`: a group phrase after a queue or card digits (前面还有十几个人): only
  // group is taken back.
  bool uncounted = false;
  // `overruled`: the trigger's words (`word`, each once) were found, but the n-gram
  // model, weighing the whole text, scored the trigger at or below 0 (`model`; the
  // n-grams that weighed most against it in `model.grams`, `context` their list).
  bool overruled = false;
  ModelVote model;
};

// How the category was decided, as a record: Classification::category_detail is its
// English wording (Wording::category).
struct CategoryTrace {
  enum class Basis : std::uint8_t {
    hybrid,      // lexicon × weight + n-gram model
    lexicon,     // the lexicon alone (use_model = false)
    no_text,     // no text was given
    unreadable,  // the text holds no Chinese
  };
  Basis basis = Basis::no_text;
  struct Word {
    std::string phrase;
    Category category;
    int weight;
  };
  // The lexicon's words: hybrid, the winner's; lexicon, every category's with words, in
  // ranked order.
  std::vector<Word> words;
  using Gram = GramWeight;
  std::array<Gram, 3> grams{};  // hybrid: the winner's strongest positive n-grams
  std::uint8_t gram_count = 0;
  std::array<std::uint8_t, kCategoryCount> order{};  // categories ranked by score
  std::array<float, kCategoryCount> score{};         // final score per category
  float lexicon_weight = 0;                          // hybrid: the lexicon's weight
};

struct Classification {
  std::string id;
  ComplaintClass cls = ComplaintClass::ordinary;
  std::vector<Reason> reasons;         // the triggers that fired, in Trigger order
  std::uint8_t triggers = 0;           // bit (1 << Trigger) for each that fired
  Category category = Category::other;
  // "fees_rates 2.9 = lexicon 0.8×3 (手续费 +2, 年费 +1) + n-grams 0.5 (扣了 +0.4, 年费 +0.3 …); …"
  std::string category_detail;
  CategoryTrace category_trace;        // the record category_detail words
  // The lexicon's total per category (each word once), before the model is added.
  std::array<int, kCategoryCount> lexicon_scores{};
  // Bit (1 << Trigger) for each trigger the lexicon found words for in the text, and for
  // each whose words were taken back (negated, settled, a threat …): the lexicon's side
  // of a trigger the model scores, and what scripts/train_classifier.py learns from.
  std::uint8_t text_triggers = 0;
  std::uint8_t withdrawn_triggers = 0;
  // Bit (1 << Trigger) for each whose every word a statement of the whole outcome took
  // back (a `*` @settle: 钱也没扣; for group, a head count it took back counts too): the
  // text's own answer, which no model overrules, so the trainer neither learns from nor
  // scores the model on such a text.
  std::uint8_t stated_triggers = 0;
  // What the reader should know about this result, e.g. text that could not be read
  // (no Chinese): then the result rests on the structured facts alone.
  std::vector<std::string> warnings;
  // The record the warnings word: whether the text was read, and whether any structured
  // fact was given beside it.
  bool text_unreadable = false;
  bool facts_given = false;
  // A channel that is not one of special_channels but close to one (as given, and the
  // one probably meant): it made nothing special_source, which a typo should not do
  // silently.
  std::string channel_given, channel_near;
  bool review_recording = false;
  std::vector<Reason> review_reasons;  // why review_recording is true
  std::vector<NegatedMention> negated;
  std::optional<int> complainants;     // the count used for `group`, if any was known
  std::optional<double> amount;        // the amount used for review, if any was known
  std::optional<Responsibility> responsibility;
  std::optional<bool> justified;       // set when responsibility is known

  bool fired(Trigger t) const noexcept {
    return (triggers >> static_cast<unsigned>(t)) & 1U;
  }
};

// Classifies one complaint. Throws InputError when the text is not valid UTF-8 (naming
// the byte and offset), is blank, when no text and no fact is given, or when a field is
// out of range (complainants < 1, negative amount).
Classification classify(const Complaint& complaint, const Lexicon& lexicon,
                        const ClassifySettings& settings);

// The JSON object of CONTRACT.md (`shixian classify`), one line, no trailing newline:
// {"id":…,"class":…,"reasons":[{"rule","detail"}…],"category":…,"review_recording":…,
//  "review_reasons":[…],"category_detail":…,"negated":[…],"complainants":…,
//  "amount":…,"responsibility":…,"justified":…}
void append_json(std::string& out, const Classification& c);
std::string to_json(const Classification& c);

// What parse_complaint_json throws: an InputError that also carries the line's id when
// it could be read, so a bad-line report can name the ticket.
class ComplaintError : public InputError {
 public:
  ComplaintError(const std::string& message, std::optional<std::string> id_)
      : InputError(message), id(std::move(id_)) {}
  std::optional<std::string> id;
};

// Reads a complaint from one JSON object with the fields of CONTRACT.md: text,
// complainants, repeat, fund_safety, media, special_source, amount, channel, id, and
// public_figure, sensitive_topic, reputational_risk, responsibility. Unknown fields are
// ignored (a ticket line carries many). Throws ComplaintError naming the field and value
// (bad JSON, trailing content, a wrong type such as "complainants": "three").
// `padding`: readable bytes after `json` (io::LineReader gives 64), which lets the
// parser work in place; with less, the line is copied first. `unread`, when set, is
// called with the name of each field not read (`classify` names them at the end, with
// the field probably meant: "txet" would otherwise leave the text unread, silently).
Complaint parse_complaint_json(std::string_view json, std::size_t padding = 0,
                               const std::function<void(std::string_view)>& unread = {});
// The fields parse_complaint_json reads.
std::span<const std::string> complaint_field_names();

}  // namespace shixian::classify
