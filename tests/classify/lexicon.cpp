// Lexicon files and the one-pass matcher (include/shixian/classify/lexicon.hpp).
#include <doctest/doctest.h>

#include "classify/check.hpp"
#include "shixian/data/embedded.hpp"

#include <algorithm>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "shixian/classify/classify.hpp"
#include "shixian/classify/lexicon.hpp"
#include "shixian/error.hpp"

using shixian::InputError;
using shixian::classify::Lexicon;
using shixian::classify::Match;
using shixian::classify::Trigger;
using shixian::classify::Category;
using shixian::classify::ClassifySettings;
using shixian::classify::Complaint;

namespace {
std::string parse_error(const std::string& text) {
  try {
    Lexicon::parse(text, "bank.lex");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}
}  // namespace

TEST_CASE("lexicon errors name the file, the line and the value") {
  CHECK_CONTAINS(parse_error("# header\n盗刷 fund_safty\n"), "bank.lex:2: unknown effect \"fund_safty\"");
  CHECK_CONTAINS(parse_error("\n\n手续费 fees_rates=x\n"), "bank.lex:3: weight \"x\" in \"fees_rates=x\"");
  CHECK_CONTAINS(parse_error("手续费 fees_rates=500\n"), "bank.lex:1: weight \"500\"");
  CHECK_CONTAINS(parse_error("盗刷 fund_safety\n记者 media\n盗刷 media\n"), "bank.lex:3: phrase \"盗刷\" is already defined at line 1");
  CHECK_CONTAINS(parse_error("ATM facilities_system\natm facilities_system\n"), "bank.lex:2: phrase \"atm\" is already defined at line 1");
  CHECK_CONTAINS(parse_error("盗刷\n"), "bank.lex:1: phrase \"盗刷\" has no effect");
  CHECK_CONTAINS(parse_error("ok media\nbad\xFF media\n"), "bank.lex:2: invalid UTF-8: byte 0xFF at offset 3");
  CHECK_CONTAINS(parse_error("@negation_window 99\n"), "bank.lex:1: negation window \"99\"");
  CHECK_CONTAINS(parse_error("@colour red\n"), "bank.lex:1: unknown directive");
  CHECK_CONTAINS(parse_error("未经 ignore negator\n"), "bank.lex:1: phrase \"未经\": ignore");
  CHECK_CONTAINS(parse_error("x others=2\n"), "unknown effect \"others=2\"");
  CHECK_CONTAINS(parse_error("x review:amount\n"), "unknown effect \"review:amount\"");
}

TEST_CASE("`other` takes weights like any category: a process in general is a grievance") {
  const auto lex = Lexicon::parse("必须本人到场 other=3\n柜员 service_attitude=1\n", "bank.lex");
  Complaint c;
  c.text = "柜员说必须本人到场，老人躺在医院来不了";
  ClassifySettings lexicon_only;
  lexicon_only.use_model = false;
  const auto r = classify(c, *lex, lexicon_only);
  CHECK(r.category == Category::other);
  CHECK(r.lexicon_scores[static_cast<std::size_t>(Category::other)] == 3);
  c.text = "柜员翻白眼";
  CHECK(classify(c, *lex, lexicon_only).category == Category::service_attitude);
}

TEST_CASE("a lexicon file that cannot be read is an error naming the path") {
  CHECK_THROWS_WITH_AS(Lexicon::load("/nonexistent/bank.lex"),
                       doctest::Contains("/nonexistent/bank.lex"), InputError);
}

TEST_CASE("comments, blank lines, CRLF, a BOM and directives are accepted") {
  const auto lex = Lexicon::parse(
      "\xEF\xBB\xBF# comment\r\n@version test-1\r\n\r\n盗刷  fund_safety account_transaction=3  # why\r\n"
      "@negation_window 2\n",
      "t.lex");
  CHECK(lex->version() == "test-1");
  CHECK(lex->negation_window() == 2);
  REQUIRE(lex->entries().size() == 1);
  CHECK(lex->entries()[0].phrase == "盗刷");
  CHECK(lex->entries()[0].line == 4);
  CHECK(lex->entries()[0].effects() == "fund_safety account_transaction=3");
}

TEST_CASE("the built-in lexicon parses and covers every trigger and category") {
  const auto lex = Lexicon::builtin();
  CHECK(lex->version() == "zh-2026.38");
  CHECK(lex->entries().size() > 300);
  unsigned triggers = 0;
  bool category[6] = {};
  for (const auto& e : lex->entries()) {
    triggers |= e.triggers;
    for (int c = 0; c < 6; ++c) category[c] |= e.weights[static_cast<std::size_t>(c)] > 0;
  }
  CHECK(triggers == 0x1F);
  for (bool c : category) CHECK(c);
  CHECK(Lexicon::builtin().get() == lex.get());  // parsed once and shared
}

TEST_CASE("matching ignores ASCII case and finds overlapping phrases") {
  const auto lex = Lexicon::parse("atm facilities_system\n被盗 fund_safety\n盗刷 fund_safety\n", "t.lex");
  const auto m = lex->find_all("Atm机被盗刷");
  REQUIRE(m.size() == 3);
  CHECK(m[0].begin == 0);
  CHECK(m[0].end == 3);
  CHECK(lex->entries()[m[1].entry].phrase == "被盗");
  CHECK(lex->entries()[m[2].entry].phrase == "盗刷");
}

TEST_CASE("a phrase written in ASCII matches the full-width forms an input method types") {
  // Before, １２３７８ and ＡＴＭ (U+FF11.., U+FF21..) matched no phrase: an earlier complaint to
  // the regulator's line read as a plain repeat.
  const auto lex = Lexicon::parse("atm facilities_system\n12378 special_source\n12345 special_source\n", "t.lex");
  const auto m = lex->find_all("ＡＴＭ吞卡，已向１２３７８投诉");
  REQUIRE(m.size() == 2);
  CHECK(m[0].begin == 0);
  CHECK(m[0].end == 9);  // three full-width letters, three bytes each
  CHECK(lex->entries()[m[1].entry].phrase == "12378");
  CHECK(m[1].end - m[1].begin == 15);
  CHECK(lex->find_all("ａtＭ").size() == 1);  // mixed widths and cases
  // A number inside a longer one is no hotline, in either width.
  CHECK(lex->find_all("电话１３９１２３４５６７８").empty());
  CHECK(lex->find_all("电话13912345678").empty());
  CHECK(lex->find_all("打了１２３４５").size() == 1);
  // The full-width line reads as the ASCII one does, end to end.
  ClassifySettings settings;
  Complaint c;
  c.text = "我已经向１２３７８投诉过了，银行一直不处理";
  const auto r = classify(c, *Lexicon::builtin(), settings);
  CHECK(r.fired(Trigger::special_source));
  CHECK_FALSE(r.fired(Trigger::repeat));
}

namespace {

using Found = std::vector<std::tuple<std::size_t, std::size_t, std::string>>;

// `count` distinct random phrases of 1-4 pieces of `alphabet`, and the lexicon of them.
std::pair<std::vector<std::string>, std::shared_ptr<const Lexicon>> random_lexicon(
    std::mt19937& rng, const std::vector<std::string>& alphabet, std::size_t count) {
  std::vector<std::string> phrases;
  std::set<std::string> seen;
  std::string file;
  while (phrases.size() < count) {
    std::string p;
    const auto len = 1 + rng() % 4;
    for (unsigned i = 0; i < len; ++i) p += alphabet[rng() % alphabet.size()];
    if (!seen.insert(p).second) continue;
    phrases.push_back(p);
    file += p + " media\n";
  }
  return {phrases, Lexicon::parse(file, "random.lex")};
}

// Every place each phrase occurs in `haystack` (the oracle), and what the automaton finds
// in `text`, both sorted.
std::pair<Found, Found> naive_and_found(const std::vector<std::string>& phrases, const Lexicon& lex,
                                        const std::string& haystack, const std::string& text) {
  Found want, got;
  for (const auto& p : phrases)
    for (auto at = haystack.find(p); at != std::string::npos; at = haystack.find(p, at + 1))
      want.emplace_back(at, at + p.size(), p);
  for (const Match& m : lex.find_all(text)) got.emplace_back(m.begin, m.end, lex.entries()[m.entry].phrase);
  std::sort(want.begin(), want.end());
  std::sort(got.begin(), got.end());
  return {want, got};
}

}  // namespace

// The automaton must find exactly what a naive search for every phrase finds. Phrases
// over a tiny alphabet overlap and nest in every way, which is where Aho–Corasick's
// failure links go wrong if they do.
TEST_CASE("one-pass matching equals a naive search for every phrase") {
  std::mt19937 rng(20261120);
  const std::vector<std::string> alphabet = {"a", "b", "c", "未", "到"};
  for (int round = 0; round < 50; ++round) {
    const auto [phrases, lex] = random_lexicon(rng, alphabet, 12);
    std::string text;
    for (int i = 0; i < 200; ++i) text += alphabet[rng() % alphabet.size()];
    const auto [want, got] = naive_and_found(phrases, *lex, text, text);
    REQUIRE(got == want);
  }
}

// The automaton reads characters, but what it must find is every place a phrase's bytes
// occur (ASCII folded), whatever the text: malformed and overlong UTF-8 (C1 A1 spells
// 'a' and is no 'a'), truncated characters, stray continuation bytes, upper case,
// characters of two, three and four bytes and characters in no phrase.
TEST_CASE("one-pass matching equals a naive byte search, on any bytes") {
  std::mt19937 rng(20261204);
  const std::vector<std::string> alphabet = {"a", "b", "未", "到", "é", "\xF0\x9F\x98\x80", "\xE4\xB8\x80"};
  const std::vector<std::string> noise = {"A",    "B",    "x",        "。",       "\x80",     "\xBF",
                                          "\xE6", "\xE6\x9C", "\xC1\xA1", "\xE0\x81\xA1", "\xF0\x9F", "\xFF",
                                          "\xF8\x88\x80\x80\x80", "\xED\xA0\x80", std::string(1, '\0')};
  auto fold = [](std::string s) {
    for (char& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
  };
  for (int round = 0; round < 200; ++round) {
    const auto [phrases, lex] = random_lexicon(rng, alphabet, 10);
    std::string text;
    for (int i = 0; i < 300; ++i) {
      const auto& piece = rng() % 3 == 0 ? noise[rng() % noise.size()] : alphabet[rng() % alphabet.size()];
      // A piece cut short now and then: a character missing its last bytes.
      text += rng() % 10 == 0 ? piece.substr(0, piece.size() - 1) : piece;
    }
    const auto [want, got] = naive_and_found(phrases, *lex, fold(text), text);
    REQUIRE(got == want);
  }
}

// A bank-sized lexicon: 40,000 phrases over 2,000 characters fill the double array
// densely enough that the slot search gives up on its first region and moves on (it did
// for this seed when written), so the slots placed after that are checked too.
TEST_CASE("one-pass matching equals a naive search on a large lexicon") {
  std::mt19937 rng(20261205);
  std::vector<std::string> alphabet;
  for (char32_t cp = 0x4E00; cp < 0x4E00 + 2000; ++cp)
    alphabet.push_back(std::string{static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                                   static_cast<char>(0x80 | (cp & 0x3F))});
  const auto [phrases, lex] = random_lexicon(rng, alphabet, 40000);
  std::string text;
  for (int i = 0; i < 3000; ++i) text += alphabet[rng() % 300];  // common characters: many hits
  const auto [want, got] = naive_and_found(phrases, *lex, text, text);
  CHECK(want.size() > 1000);
  REQUIRE(got == want);
}

TEST_CASE("@rule and tag: errors name the line and the value") {
  CHECK(parse_error("a tag:Money\n") ==
        "bank.lex:1: tag name \"Money\" is not a name of lower-case ASCII letters, digits and _");
  CHECK(parse_error("a tag:x\n@rule x+ fund_safety\n") ==
        "bank.lex:2: rule condition \"x+\" ends with + (expected TAG+TAG-TAG)");
  CHECK(parse_error("a tag:x\n@rule x privacy=3\n").find("bank.lex:2: rule effect \"privacy=3\" is not a trigger") == 0);
  CHECK(parse_error("a tag:x\n@rule x+y fund_safety\n") ==
        "bank.lex:2: rule tag \"y\" is on no phrase (expected a tag given to some phrase as tag:NAME)");
  CHECK(parse_error("a ignore tag:x\n").find("ignore hides the phrase") != std::string::npos);
  CHECK(parse_error("a ignore named\n").find("ignore hides the phrase") != std::string::npos);
  std::string many;
  for (int i = 0; i <= 64; ++i) {
    const std::string n = std::to_string(i);
    many.append("w").append(n).append(" tag:t").append(n).append("\n");
  }
  CHECK(parse_error(many) == "bank.lex:65: tag \"t64\" is one too many (at most 64 tags)");
}

TEST_CASE("@rule and tag: parsed into the lexicon") {
  const auto lex = Lexicon::parse("@rule sent+missing-fee fund_safety review:sensitive\n"
                                  "汇款 tag:sent account_transaction=2\n还没收到 tag:missing\n"
                                  "手续费 tag:fee fees_rates=4\n",
                                  "bank.lex");
  REQUIRE(lex->rules().size() == 1);
  const auto& r = lex->rules()[0];
  CHECK(r.condition == "sent+missing-fee");
  CHECK(r.line == 1);
  CHECK(lex->tag_names() == std::vector<std::string>{"sent", "missing", "fee"});
  CHECK(r.require == 3U);
  CHECK(r.forbid == 4U);
  CHECK(r.triggers == 1U);
  CHECK(r.review == 2U);
  CHECK(lex->entries()[0].effects() == "account_transaction=2 tag");
}

TEST_CASE("a phrase holding a negator is a negative claim; a plain phrase is not") {
  const auto lex = Lexicon::parse("没 negator\n没到账 fund_safety\n到账 account_transaction=1\n", "bank.lex");
  CHECK(lex->entries()[1].negative_claim);
  CHECK_FALSE(lex->entries()[2].negative_claim);
  CHECK_FALSE(lex->entries()[0].negative_claim);
}

TEST_CASE("an empty lexicon, or one with no phrase that has an effect, is rejected") {
  CHECK_CONTAINS(parse_error(""), "bank.lex: the lexicon has no phrase with an effect");
  CHECK_CONTAINS(parse_error("# only a comment\n\n@negation_window 4\n"), "no phrase with an effect");
  CHECK_CONTAINS(parse_error("没有 negator\n"), "no phrase with an effect");
}

TEST_CASE("@text_rule and @settle are read and checked like @rule") {
  const auto lex = Lexicon::parse("说好保本 tag:promise\n亏了 tag:loss\n到账了 tag:arrived\n没到账 fund_safety tag:late\n"
                                  "@text_rule promise+loss fund_safety\n@settle arrived late fund_safety\n",
                                  "t.lex");
  REQUIRE(lex->rules().size() == 1);
  CHECK(lex->rules()[0].whole_text);
  REQUIRE(lex->settles().size() == 1);
  CHECK(lex->settles()[0].triggers == 1U << static_cast<unsigned>(Trigger::fund_safety));
  CHECK_THROWS_WITH_AS(Lexicon::parse("没到账 fund_safety tag:late\n@settle arrived late fund_safety\n", "t.lex"),
                       doctest::Contains("settle tag \"arrived\" is on no phrase"), InputError);
  CHECK_THROWS_WITH_AS(Lexicon::parse("到账了 tag:arrived\n没到账 fund_safety tag:late\n@settle arrived late category\n", "t.lex"),
                       doctest::Contains("t.lex:3: settle effect \"category\" is not a trigger"), InputError);
}

ClassifySettings lexicon_only() {
  ClassifySettings s;
  s.use_model = false;
  return s;
}

// The shipped lexicon uses 32 tags; a bank that extends it with tags of its own gets
// them past bit 31, where sentence, pair and text rules and settles must work the same.
TEST_CASE("tags past the 32nd: a bank's own tags on top of the built-in lexicon work in every kind of rule") {
  const std::string builtin(*shixian::data::embedded("lexicon/zh.lex"));
  REQUIRE(Lexicon::builtin()->tag_names().size() >= 32);
  const std::string extra =
      "\n# a bank's additions\n"
      "柜员甲 tag:bank_teller\n理财乙 tag:bank_product\n退回丙 tag:bank_back\n"
      "@rule bank_teller+bank_product group\n"
      "@pair_rule bank_product+bank_teller media\n"
      "@text_rule bank_teller+bank_back special_source\n";
  const auto lex = Lexicon::parse(builtin + extra, "bank.lex");
  const auto& names = lex->tag_names();
  const auto index = [&](std::string_view n) { return std::find(names.begin(), names.end(), n) - names.begin(); };
  REQUIRE(index("bank_teller") >= 32);
  REQUIRE(index("bank_back") >= 32);
  auto fired = [&](const char* text) {
    Complaint c;
    c.text = text;
    const auto r = classify(c, *lex, lexicon_only());
    std::string out;
    for (auto t : {Trigger::group, Trigger::media, Trigger::special_source})
      if (r.fired(t)) out += std::string(name(t)) + " ";
    return out;
  };
  CHECK(fired("柜员甲推荐了理财乙。") == "group media ");
  CHECK(fired("柜员甲来过。理财乙很差。") == "media ");
  CHECK(fired("柜员甲来过。今天天气好。后来退回丙。") == "special_source ");
  CHECK(fired("今天天气好。") == "");
}

// A pair rule holds over one sentence or two in a row, never across a sentence between
// (one without tagged phrases included), and reports the earlier phrase of each tag.
TEST_CASE("@pair_rule fires over a sentence and the next, not across a third") {
  const auto lex = Lexicon::parse("投诉 tag:asked\n答复 tag:answered\n监管局 tag:regulator\n盗刷 fund_safety\n"
                                  "@pair_rule asked+answered-regulator repeat\n",
                                  "pair.lex");
  REQUIRE(lex->rules().size() == 1);
  CHECK(lex->rules()[0].two_sentences);
  CHECK_FALSE(lex->rules()[0].whole_text);
  auto fires = [&](const char* text) {
    Complaint c;
    c.text = text;
    return classify(c, *lex, lexicon_only()).fired(Trigger::repeat);
  };
  CHECK(fires("我投诉，银行答复了。"));
  CHECK(fires("我去投诉。银行答复了。"));
  CHECK(fires("我去投诉。银行答复了。之后没有下文。"));
  CHECK_FALSE(fires("我去投诉。我等了很久。银行答复了。"));
  CHECK_FALSE(fires("我去投诉。\n\n银行答复了。"));
  CHECK_FALSE(fires("我去监管局投诉。银行答复了。"));
  CHECK_FALSE(fires("我去投诉。监管局答复了。"));
  CHECK_FALSE(fires("我去投诉。银行没说什么。"));
  // The sentence rule of the same condition does not reach the next sentence.
  const auto one = Lexicon::parse("投诉 tag:asked\n答复 tag:answered\n盗刷 fund_safety\n@rule asked+answered repeat\n",
                                  "one.lex");
  Complaint c;
  c.text = "我去投诉。银行答复了。";
  CHECK_FALSE(classify(c, *one, lexicon_only()).fired(Trigger::repeat));
  c.text = "我去投诉，银行答复了。";
  CHECK(classify(c, *one, lexicon_only()).fired(Trigger::repeat));
}

TEST_CASE("@settle with * withdraws all of a trigger's text evidence; a tag list stays a tag list") {
  const auto lex = Lexicon::parse("盗刷 fund_safety\n钱没少 tag:no_loss\n@settle no_loss * fund_safety\n", "t.lex");
  REQUIRE(lex->settles().size() == 1);
  CHECK(lex->settles()[0].any);
  CHECK(lex->settles()[0].settled == 0);
  const auto tagged = Lexicon::parse("到账了 tag:arrived\n没到账 fund_safety tag:late\n@settle arrived late fund_safety\n", "t.lex");
  CHECK_FALSE(tagged->settles()[0].any);
  // `*` is the whole list, not one of its tags.
  CHECK_THROWS_AS(Lexicon::parse("钱没少 tag:no_loss\n盗刷 fund_safety tag:x\n@settle no_loss x+* fund_safety\n", "t.lex"),
                  InputError);
}

// A rule that fires special_source from tags (regulator + approaching it) is taken back by
// a threat or a naming word the way a phrase's own special_source is: the engine takes
// the rule's tags from the threatened or named phrase, and nothing else.
TEST_CASE("a threat or a naming word takes back special_source fired through a rule") {
  const auto lex = Lexicon::parse(
      "@rule reg+act special_source\n"
      "监管局 tag:reg\n投诉 tag:act\n就去 threat\n规定 named\n盗刷 fund_safety\n",
      "rule.lex");
  REQUIRE(lex->special_source_tags() != 0);
  auto run = [](const Lexicon& l, const char* text) {
    Complaint c;
    c.text = text;
    ClassifySettings only_lexicon;
    only_lexicon.use_model = false;
    return classify(c, l, only_lexicon);
  };
  CHECK(run(*lex, "我向监管局投诉了").fired(Trigger::special_source));
  CHECK_FALSE(run(*lex, "不处理我就去监管局投诉").fired(Trigger::special_source));
  CHECK_FALSE(run(*lex, "监管局规定要投诉先找银行").fired(Trigger::special_source));
  // A lexicon whose rules on these tags fire other triggers only: a threat takes nothing.
  const auto other = Lexicon::parse("@rule reg+act media\n监管局 tag:reg\n投诉 tag:act\n就去 threat\n盗刷 fund_safety\n",
                                    "other.lex");
  CHECK(other->special_source_tags() == 0);
  CHECK(run(*other, "不处理我就去监管局投诉").fired(Trigger::media));
}

// A phrase whose tags a rule only forbids (如果, 分期) is a condition, not evidence: negated
// (未开通, 不分期), it took nothing back and is not listed among the negated mentions; a
// phrase whose tag a rule requires is, as one with a trigger or a weight. evidence_tags()
// names the difference. Before it, every negated tagged phrase was listed.
TEST_CASE("a negated phrase that is only a rule's condition is not listed as negated") {
  const auto lex = Lexicon::parse("没 negator\n协商 tag:deal\n无果 tag:failed\n分期 tag:terms\n扣款 fees_rates=2\n"
                                  "@rule deal+failed-terms repeat\n",
                                  "cond.lex");
  const auto& names = lex->tag_names();
  const auto bit = [&](std::string_view n) {
    return shixian::classify::TagMask{1} << static_cast<unsigned>(std::find(names.begin(), names.end(), n) - names.begin());
  };
  CHECK((lex->evidence_tags() & bit("deal")) != 0);
  CHECK((lex->evidence_tags() & bit("failed")) != 0);
  CHECK((lex->evidence_tags() & bit("terms")) == 0);
  auto negated = [&](const char* text) {
    Complaint c;
    c.text = text;
    std::string out;
    for (const auto& n : classify(c, *lex, lexicon_only()).negated) out += n.word + " ";
    return out;
  };
  CHECK(negated("我没分期") == "");
  CHECK(negated("我没协商") == "协商 ");
  CHECK(negated("没扣款") == "扣款 ");
  // Still a condition when not negated: the rule does not fire with it.
  Complaint c;
  c.text = "协商分期无果";
  CHECK_FALSE(classify(c, *lex, lexicon_only()).fired(Trigger::repeat));
  c.text = "协商退款无果";
  CHECK(classify(c, *lex, lexicon_only()).fired(Trigger::repeat));
}

// A NUL in a phrase was accepted, and the phrase never matched (a new user's trial,
// session 29); calendars and rule sets already refused it.
TEST_CASE("a control character in a lexicon line is refused naming line, column and byte") {
  CHECK_CONTAINS(parse_error(std::string("@version x\n盗刷\0 fund_safety\n", 31)), "bank.lex:2: a control character (0x00) at column 3");
  CHECK_CONTAINS(parse_error("@version x\n盗刷 fund_safety\x1b[2J\n"), "bank.lex:2: a control character (0x1B)");
}

// Lines that loaded and then decided nothing or the opposite of what they said (a new
// user's trial, session 29): each is refused naming its line.
TEST_CASE("lexicon lines that contradict or repeat themselves are refused") {
  CHECK_CONTAINS(parse_error("@version x\n@version y\n盗刷 fund_safety\n"), "bank.lex:2: a second @version (the first is line 1)");
  CHECK_CONTAINS(parse_error("@negation_window 3\n@negation_window 5\n盗刷 fund_safety\n"), "bank.lex:2: a second @negation_window");
  CHECK_CONTAINS(parse_error("@rule a-a fund_safety\n盗刷 fund_safety tag:a\n"), "bank.lex:1: rule condition \"a-a\" requires a tag it also forbids");
  CHECK_CONTAINS(parse_error("盗刷 fund_safety fund_safety\n"), "bank.lex:1: phrase \"盗刷\": effect \"fund_safety\" is given twice");
  CHECK_CONTAINS(parse_error("盗刷 account_transaction=0 fund_safety\n"), "bank.lex:1: weight 0 in \"account_transaction=0\" adds nothing");
  CHECK_CONTAINS(parse_error("@rule a+b fund_safety\n@rule b+a repeat\n盗刷 fund_safety tag:a tag:b\n"),
                 "bank.lex:2: rule condition \"b+a\" repeats the @rule of line 1");
  CHECK_CONTAINS(parse_error("@rule a+b repeat repeat\n盗刷 fund_safety tag:a tag:b\n"),
                 "bank.lex:1: rule \"a+b\": effect \"repeat\" is given twice");
  // The same condition over a whole text or two sentences is another rule.
  CHECK(parse_error("@rule a+b fund_safety\n@text_rule a+b repeat\n@pair_rule a+b group\n盗刷 fund_safety tag:a tag:b\n") == "(no error)");
}
