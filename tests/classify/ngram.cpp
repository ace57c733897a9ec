// The n-gram half of the hybrid category scorer (include/shixian/classify/ngram.hpp) and
// what the classifier does with it: the data file is strictly read, distinct n-grams and
// lexicon words count once, and text with no Chinese is never silently "ordinary".
#include <doctest/doctest.h>

#include <string>

#include "shixian/classify/classify.hpp"
#include "shixian/classify/ngram.hpp"
#include "shixian/classify/wording.hpp"
#include "shixian/i18n/terms.hpp"
#include "shixian/error.hpp"

using namespace shixian::classify;

namespace {
const std::string kHead =
    "@format 1\n@version test\n"
    "@categories service_attitude account_transaction fees_rates product_sales privacy facilities_system other\n"
    "@lexicon_weight 1\n@bias 0 0 0 0 0 0 0\n";

std::string error_of(const std::string& text) {
  try {
    NgramModel::parse(text, "m.ngram");
  } catch (const shixian::InputError& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST_CASE("an n-gram model file is strictly read: each error names file, line and value") {
  CHECK(error_of(kHead + "年费 0 0 1 0 0 0\n") == "m.ngram:6: n-gram \"年费\" has 6 weights (expected 7, one per category)");
  CHECK(error_of(kHead + "年费 0 0 x 0 0 0 0\n").find("weight \"x\" is not a number") != std::string::npos);
  CHECK(error_of(kHead + "年费 0 0 200 0 0 0 0\n").find("m.ngram:6: weight \"200\"") == 0);
  CHECK(error_of(kHead + "年费 0 0 1 0 0 0 0\n年费 0 0 1 0 0 0 0\n") == "m.ngram:7: n-gram \"年费\" is listed twice");
  CHECK(error_of(kHead + "手续费用 0 0 1 0 0 0 0\n").find("longer than 3 characters") != std::string::npos);
  CHECK(error_of(kHead + "年，费 0 0 1 0 0 0 0\n").find("holds a blank, punctuation") != std::string::npos);
  CHECK(error_of("@format 1\n@bais 0 0 0 0 0 0 0\n").find("did you mean '@bias'") != std::string::npos);
  CHECK(error_of("@format 3\n").find("@format \"3\" is not supported") != std::string::npos);
  CHECK(error_of("@format 1\n@categories fees_rates\n").find("seven categories in this order") != std::string::npos);
  CHECK(error_of("@format 1\n@version x\n").find("no @categories") != std::string::npos);
  CHECK(error_of(kHead).empty());
  CHECK_THROWS_AS(NgramModel::load("/nonexistent/zh.ngram"), shixian::InputError);
}

namespace {
const std::string kHead2 =
    "@format 2\n@categories service_attitude account_transaction fees_rates product_sales privacy facilities_system other\n"
    "@lexicon_weight 1\n@bias 0 0 0 0 0 0 0\n@trigger fund_safety lexicon=2 withdrawn=-1 bias=-1\n";
}  // namespace

TEST_CASE("format 2: @trigger is strictly read and adds one weight per n-gram") {
  CHECK(error_of(kHead2).empty());
  CHECK(error_of(kHead2 + "没了 0 0 0 0 0 0 0\n") ==
        "m.ngram:6: n-gram \"没了\" has 7 weights (expected 8: one per category, then the trigger's)");
  CHECK(error_of(kHead + "@trigger fund_safety lexicon=2 withdrawn=-1 bias=-1\n").find("needs @format 2") !=
        std::string::npos);
  CHECK(error_of(kHead2 + "@trigger fund_safety lexicon=2 withdrawn=-1 bias=-1\n").find("given twice") !=
        std::string::npos);
  CHECK(error_of(kHead2 + "没了 0 0 0 0 0 0 0 1\n@trigger group lexicon=1 withdrawn=0 bias=0\n").find("given twice") !=
        std::string::npos);
  const std::string head_no_trigger = kHead2.substr(0, kHead2.find("@trigger"));
  CHECK(error_of(head_no_trigger + "@trigger fund_safty lexicon=2 withdrawn=-1 bias=-1\n").find("fund_safety") !=
        std::string::npos);  // the likely intended trigger
  CHECK(error_of(head_no_trigger + "@trigger fund_safety withdrawn=-1 lexicon=2 bias=-1\n")
            .find("weight \"withdrawn=-1\": expected lexicon=NUMBER") != std::string::npos);
  CHECK(error_of(head_no_trigger + "@trigger fund_safety lexicon=2 withdrawn=-1 bias=inf\n").find("weight \"inf\"") !=
        std::string::npos);
  CHECK(error_of(head_no_trigger + "@trigger fund_safety lexicon=2\n").find("three weights") != std::string::npos);
  CHECK(error_of(head_no_trigger).find("no @trigger line") != std::string::npos);
  CHECK(error_of(head_no_trigger + "没了 0 0 0 0 0 0 0\n@trigger fund_safety lexicon=2 withdrawn=-1 bias=-1\n")
            .find("after the first n-gram") != std::string::npos);

  const auto m = NgramModel::parse(kHead2 + "没了 0 0 0 0 0 0 0 1.5\n害怕 0 0 0 0 0 0 0 -2\n", "m.ngram");
  REQUIRE(m->trigger());
  CHECK(m->trigger()->trigger == Trigger::fund_safety);
  CHECK(m->trigger()->lexicon == 2);
  std::array<float, kCategoryCount> s{};
  float t = 0;
  m->score("钱没了没了", s, nullptr, &t);
  CHECK(t == doctest::Approx(0.5));  // bias -1 + 没了 1.5, once
  t = 0;
  m->score("好害怕钱没了", s, nullptr, &t);
  CHECK(t == doctest::Approx(-1.5));
  t = 0;
  NgramModel::parse(kHead, "m.ngram")->score("钱没了", s, nullptr, &t);
  CHECK(t == 0);  // format 1: no trigger, nothing added
}

TEST_CASE("a model that scores fund_safety adds to, or overrules, the lexicon's words, and says so") {
  // Weights by hand, so each case's answer follows from the arithmetic: the trigger
  // score is lexicon 2 × (words found) − 1 × (words taken back) − 1 + the n-grams.
  const auto m = NgramModel::parse(kHead2 + "荡荡 0 0 0 0 0 0 0 1.5\n星期 0 0 0 0 0 0 0 -2\n天气 0 0 0 0 0 0 0 -0.5\n", "m.ngram");
  ClassifySettings with;
  with.model = m;
  const auto& lex = *Lexicon::builtin();
  Complaint c;
  c.text = "我卡里的钱被盗刷了";  // the lexicon's words alone: 2 - 1 = 1 > 0
  auto r = classify(c, lex, with);
  REQUIRE(r.fired(Trigger::fund_safety));
  CHECK(r.reasons[0].evidence.model.used);
  CHECK(r.reasons[0].evidence.model.score == doctest::Approx(1));
  CHECK(r.reasons[0].detail == "text: 被盗刷; n-gram model 1.00");

  c.text = "星期天天气好，我卡里的钱被盗刷了";  // words found, the rest of the text against: 2 - 1 - 2 - 0.5
  r = classify(c, lex, with);
  CHECK_FALSE(r.fired(Trigger::fund_safety));
  REQUIRE(r.negated.size() >= 1);
  const auto& n = r.negated.back();
  CHECK(n.overruled);
  CHECK(n.word == "被盗刷");
  CHECK(n.context == "星期、天气");  // strongest against first
  CHECK(n.effects == "fund_safety (outweighed by the rest of the text: n-gram model -1.50 (星期 -2.00, 天气 -0.50))");
  CHECK(to_json(r).find("\"effects\":\"fund_safety (outweighed") != std::string::npos);

  c.text = "我的账户里空空荡荡";  // no lexicon word, the n-grams alone: -1 + 1.5
  r = classify(c, lex, with);
  REQUIRE(r.fired(Trigger::fund_safety));
  CHECK(r.reasons[0].evidence.words.empty());
  CHECK(r.reasons[0].detail == "n-gram model 0.50 (荡荡 +1.50)");
  CHECK(Wording(shixian::i18n::Terms::builtin(shixian::i18n::Lang::zh)).reason(r.reasons[0]) ==
        "字词模型 0.50（荡荡 +1.50）");

  c.fund_safety = true;  // a field decides by itself, whatever the text weighs
  c.text = "星期天天气好，我的账户里空空荡荡";
  r = classify(c, lex, with);
  REQUIRE(r.fired(Trigger::fund_safety));
  CHECK(r.reasons[0].detail.find("field") == 0);

  ClassifySettings lexicon_only = with;  // no model: the lexicon alone decides
  lexicon_only.use_model = false;
  c.fund_safety = false;
  c.text = "星期天天气好，我卡里的钱被盗刷了";
  CHECK(classify(c, lex, lexicon_only).fired(Trigger::fund_safety));
  c.text = "我的账户里空空荡荡";
  CHECK(classify(c, lex, lexicon_only).text_triggers == classify(c, lex, with).text_triggers);
}

// A statement of the whole outcome (钱也没扣: a `*` settle) that withdrew every word is the
// text's own answer: the model may not overrule it. A settling that only put a delay right
// (才到账) it may (2026-12-05, eighteenth session). Weights by hand: the n-grams alone score
// the trigger -1 (withdrawn) - 1 (bias) + 3 = +1.
TEST_CASE("the model does not overrule 'nothing was lost'; it may overrule 'it arrived in the end'") {
  const auto m = NgramModel::parse(kHead2 + "扣 0 0 0 0 0 0 0 3\n到账 0 0 0 0 0 0 0 3\n", "m.ngram");
  ClassifySettings with;
  with.model = m;
  const auto& lex = *Lexicon::builtin();
  Complaint c;
  c.text = "我的卡在境外被盗刷了一笔，银行拒付了，钱也没扣。";
  auto r = classify(c, lex, with);
  CHECK_FALSE(r.fired(Trigger::fund_safety));
  bool settled = false;
  for (const auto& n : r.negated) settled |= n.settled && n.negator == "钱也没扣";
  CHECK(settled);
  // Recorded for the trainer (`classify --lexicon-scores`'s stated_triggers), which then
  // scores and fits the model only where it is consulted.
  const auto bit = 1U << static_cast<unsigned>(Trigger::fund_safety);
  CHECK((r.stated_triggers & bit) != 0);
  c.text = "我给家里汇的钱一直没到账，过了三天才到账。";
  r = classify(c, lex, with);
  CHECK((r.stated_triggers & bit) == 0);
  REQUIRE(r.fired(Trigger::fund_safety));
  CHECK(r.reasons[0].evidence.words.empty());
  CHECK(r.reasons[0].evidence.model.used);
}

TEST_CASE("scoring adds the bias and each distinct n-gram's weights once") {
  const auto m = NgramModel::parse(
      "@format 1\n@categories service_attitude account_transaction fees_rates product_sales privacy "
      "facilities_system other\n@lexicon_weight 0.5\n@bias 0 0 0 0 0 0 0.25\n"
      "年费 0 0 1 0 0 0 0\n年 0 0 0.5 0 0 0 0\n态度 2 0 0 0 0 0 0\nab 0 0 0 0 0 1 0\n0元 0 0 0.125 0 0 0 0\n",
      "m.ngram");
  std::array<float, kCategoryCount> s{};
  std::vector<NgramModel::Hit> hits;
  m->score("年费年费，年费！", s, &hits);
  CHECK(s[2] == doctest::Approx(1.5));  // 年费 and 年, each once however often repeated
  CHECK(s[6] == doctest::Approx(0.25));
  CHECK(hits.size() == 2);
  s = {};
  m->score("A B 态 度", s, nullptr);  // n-grams do not cross blanks
  CHECK(s[0] == 0);
  CHECK(s[5] == 0);
  s = {};
  m->score("AB收了5元和７元", s, nullptr);  // letters folded, every digit is 0
  CHECK(s[5] == doctest::Approx(1));
  CHECK(s[2] == doctest::Approx(0.125));
}

TEST_CASE("the built-in model loads and the hybrid explanation names words and n-grams") {
  const auto m = NgramModel::builtin();
  CHECK(m->size() > 1000);
  Complaint c;
  c.text = "信用卡年费莫名其妙扣了三百八，之前从没通知过要收年费";
  const auto r = classify(c, *Lexicon::builtin(), ClassifySettings{});
  CHECK(r.category == Category::fees_rates);
  CHECK(r.category_detail.find("fees_rates") == 0);
  CHECK(r.category_detail.find("lexicon") != std::string::npos);
  CHECK(r.category_detail.find("年费 +") != std::string::npos);  // the lexicon word
  CHECK(r.category_detail.find("n-grams") != std::string::npos);
}

TEST_CASE("a repeated lexicon word counts once toward the category") {
  ClassifySettings lexicon_only;
  lexicon_only.use_model = false;
  Complaint once, thrice;
  once.text = "年费太贵，柜员态度恶劣";
  thrice.text = "年费年费年费太贵，柜员态度恶劣";
  const auto a = classify(once, *Lexicon::builtin(), lexicon_only);
  const auto b = classify(thrice, *Lexicon::builtin(), lexicon_only);
  CHECK(a.lexicon_scores == b.lexicon_scores);
  CHECK(a.category == b.category);
}

TEST_CASE("text with no Chinese: a warning, and the structured facts decide") {
  Complaint c;
  c.text = "My card was skimmed at your ATM and 5000 yuan is gone";
  auto r = classify(c, *Lexicon::builtin(), ClassifySettings{});
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].find("no Chinese") != std::string::npos);
  CHECK(r.category_detail == "text not read (no Chinese characters)");
  CHECK(to_json(r).find("\"warnings\":[\"text not read") != std::string::npos);
  c.fund_safety = true;  // the agent ticked it: urgent by the field, still warned
  r = classify(c, *Lexicon::builtin(), ClassifySettings{});
  CHECK(r.cls == ComplaintClass::urgent);
  CHECK(r.warnings.size() == 1);
  c.text = "我的卡被盗刷了 (card stolen)";  // Chinese present: read as usual
  r = classify(c, *Lexicon::builtin(), ClassifySettings{});
  CHECK(r.warnings.empty());
  CHECK(to_json(r).find("warnings") == std::string::npos);
}

// NgramModel::score's fast path takes U+3040..U+FEFF as no break and folded to itself,
// skipping the general tests; it must agree with them.
TEST_CASE("the scorer's CJK fast path agrees with ngram_break and ngram_fold") {
  using namespace shixian::classify::detail;
  for (std::uint32_t cp = 0x3040; cp < 0xFF00; ++cp) {
    CHECK_FALSE(ngram_break(cp));
    CHECK(ngram_fold(cp) == cp);
  }
}
