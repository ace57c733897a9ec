#pragma once
// The complaint lexicon: Chinese words and phrases, and what each one is evidence of.
//
// Terms:
//   entry     one phrase of the lexicon file and its effects, e.g. 盗刷 → fund_safety and
//             account_transaction weight 3.
//   trigger   one of the five urgent-complaint conditions of 95580 第十条 (see
//             classify.hpp): fund_safety, repeat, group, media, special_source.
//   review    evidence that the call recording must be re-heard (重大投诉): public_figure,
//             sensitive (hot or sensitive topic), reputation (reputational risk).
//   category  the nature of the complaint; each matched entry adds its weight and the
//             highest total wins.
//   tag       a named kind of partial evidence (tag:money_moved on 汇款, tag:not_arrived
//             on 还没收到); a rule (`@rule`) fires a trigger when tags occur together
//             in one sentence (`@pair_rule`: in one sentence or two in a row;
//             `@text_rule`: anywhere in the text), and a settling rule
//             (`@settle`) withdraws evidence a later phrase settles (没到账 … 才到账).
//   structure entries that steer the matching rather than decide anything: negator
//             (没有, 未, 并未 …), boundary (，。但是 … a negation does not reach across
//             them), ignore (a longer phrase that hides a shorter one, e.g. 未经 hides
//             the negator 未), unit:person / unit:yuan (the number before them is a
//             head count or an amount), nonparty (people who are not complainants,
//             e.g. 工作人员 in 三名工作人员), uncounted (the head count right after it is
//             not complainants: 后四位 card digits, 前面还有二十个人 a queue), threat (a
//             special_source phrase right after it is a threat, not a source: 就去银保监局; one so
//             taken carries the reach on: 将打12378向监管部门投诉), named
//             (a special_source phrase right before it is only named, its rules or its
//             words, not a channel the complaint came through: 央行规定, 监管局回应).
//
// Model: every entry is compiled into one Aho–Corasick automaton over the code points
// (ASCII letters folded to lower case), built once when the lexicon is parsed. A text
// is scanned in one pass whatever the number of entries; the matches are then
// resolved longest-first: a match lying inside a longer match is dropped, which is
// how a lexicon says "转账手续费 is about fees, not about a transfer" or "未到账 is a
// claim, not a negation": by listing the longer phrase.
//
// A Lexicon is immutable and shared (shared_ptr<const Lexicon>), so one can be used
// from many threads, and loading a new file never disturbs classifications running
// on the old one.
//
//   auto lex = Lexicon::builtin();                       // data/lexicon/zh.lex
//   auto mine = Lexicon::parse(text, "bank.lex");        // a bank's own file
//   lex->find_all("信用卡被盗刷")   // every occurrence, overlapping ones included:
//                                  // 被盗 @9..15, 被盗刷 @9..18, 盗刷 @12..18 (bytes)
//
// The file format is documented at the top of data/lexicon/zh.lex.
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace shixian::classify {

enum class Trigger : std::uint8_t { fund_safety, repeat, group, media, special_source };
inline constexpr std::size_t kTriggerCount = 5;

enum class Category : std::uint8_t {
  service_attitude,    // 服务态度
  account_transaction, // 账户和交易纠纷
  fees_rates,          // 费用和利率
  product_sales,       // 产品和推销
  privacy,             // 隐私保护
  facilities_system,   // 服务设施/系统故障 (ATM, app, online banking)
  other,               // nothing matched
};
inline constexpr std::size_t kCategoryCount = 7;

enum class ReviewFlag : std::uint8_t { public_figure, sensitive, reputation, amount };
inline constexpr std::size_t kReviewFlagCount = 4;

std::string_view name(Trigger t) noexcept;
std::string_view name(Category c) noexcept;
std::string_view name(ReviewFlag r) noexcept;
// The enum for a name ("fees_rates"), or throws InputError naming it and the choices.
Trigger parse_trigger(std::string_view s);
Category parse_category(std::string_view s);

// A set of the lexicon's tags (`tag:NAME`), bit i for tag_names()[i]: at most kMaxTags.
// 64, not 32: the shipped lexicon uses 32, and a bank extending it needs room for its own.
using TagMask = std::uint64_t;
inline constexpr std::size_t kMaxTags = 64;

// One line of a lexicon file.
struct Entry {
  std::string phrase;  // as written (ASCII letters matched case-insensitively)
  std::size_t line = 0;
  std::uint8_t triggers = 0;  // bit (1 << Trigger)
  std::uint8_t review = 0;    // bit (1 << ReviewFlag)
  std::array<std::int16_t, kCategoryCount> weights{};  // `other` is never weighted
  bool negator = false;
  bool boundary = false;
  bool ignore = false;
  bool unit_person = false;
  bool unit_yuan = false;
  bool nonparty = false;
  bool uncounted = false;  // a head count starting right after it is no complainants
  bool threat = false;     // a special_source phrase right after it is only threatened
  bool named = false;      // a special_source phrase right before it is only named (央行规定)
  // Computed: the phrase holds a negator of the lexicon (没到账, 没退出来). Such a phrase
  // is itself a negative claim, so an earlier negator does not cancel it: in
  // 钱没有存进去也没退出来 the 没有 does not take back 没退出来.
  bool negative_claim = false;
  TagMask tags = 0;           // bit i: evidence of the lexicon's tag_names()[i] (see Rule)

  // Whether the entry decides anything a negator can take back; with `counted_tags`, only
  // those of its tags count (Lexicon::evidence_tags: a tag that is only a rule's condition
  // decides nothing).
  bool has_effect(TagMask counted_tags = ~TagMask{0}) const noexcept {
    if (triggers != 0 || review != 0 || (tags & counted_tags) != 0) return true;
    for (auto w : weights)
      if (w != 0) return true;
    return false;
  }
  // "fund_safety account_transaction=3": the effects as the file writes them.
  std::string effects() const;
};

// A combination rule (`@rule money_moved+not_arrived fund_safety`): when one sentence of
// the text (ended by 。！？；!?; or a line break) holds an un-negated phrase of every
// required tag and none of the forbidden ones, the
// triggers and review flags fire, reported with the first phrase of each required tag
// (汇款, 还没收到). A phrase that is only weak evidence on its own (还没收到 may be about
// a letter) becomes decisive in company.
// `@text_rule` is the same over the whole text: a narrative says 说是保本 in one sentence
// and 亏了八千 three sentences later. `@pair_rule` is the same over two sentences in a row
// (or one): a story tells a step in one sentence and what came of it in the next
// (我马上向银行投诉。银行调了记录，说…).
struct Rule {
  std::string condition;       // as written: "money_moved+not_arrived-fee"
  std::size_t line = 0;
  TagMask require = 0;         // tag bits that must all be present
  TagMask forbid = 0;          // tag bits that must all be absent
  std::uint8_t triggers = 0;   // bit (1 << Trigger)
  std::uint8_t review = 0;     // bit (1 << ReviewFlag)
  bool whole_text = false;     // @text_rule: the whole text, not one sentence
  bool two_sentences = false;  // @pair_rule: a sentence and the one before it
};

// A settling rule (`@settle arrived not_arrived+money_moved fund_safety`): an un-negated
// phrase of the `settler` tag after evidence from phrases of the `settled` tags withdraws
// that evidence for the triggers named: 一直没到账 … 周一才到账 is a delay, not a loss
// (docs/LABELLING.md). Evidence from other phrases (被盗刷) stays. `*` for the settled
// tags (`@settle no_loss * fund_safety`) withdraws every piece of the triggers' evidence
// read from the text before the settler, a head count included: 一分钱没少 ends a theft
// told before it, 这次只是我个人的事 a head count of colleagues. Facts given as fields stay.
struct Settle {
  std::size_t line = 0;
  TagMask settler = 0;  // one tag bit
  TagMask settled = 0;  // tag bits whose phrases' evidence is withdrawn
  bool any = false;           // `*`: all of the triggers' text evidence
  std::uint8_t triggers = 0;
};

// A raw occurrence of an entry in a text: bytes [begin, end).
struct Match {
  std::uint32_t entry = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

namespace detail {
struct Automaton;
}

class Lexicon {
 public:
  // Parses lexicon text. Throws InputError "FILE:LINE: …" naming the offending value
  // (unknown effect, bad weight, duplicate phrase, invalid UTF-8, bad directive).
  static std::shared_ptr<const Lexicon> parse(std::string_view text, std::string_view filename);
  // Reads and parses a file; a missing file is an InputError naming the path.
  static std::shared_ptr<const Lexicon> load(const std::string& path);
  // The default, data/lexicon/zh.lex compiled into the library; parsed once.
  static std::shared_ptr<const Lexicon> builtin();

  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  const std::string& source() const noexcept { return source_; }    // file name given
  const std::string& version() const noexcept { return version_; }  // `@version` directive
  // How many characters may stand between a negator and the phrase it negates.
  int negation_window() const noexcept { return negation_window_; }
  const std::vector<Entry>& entries() const noexcept { return entries_; }
  const std::vector<Rule>& rules() const noexcept { return rules_; }
  const std::vector<Settle>& settles() const noexcept { return settles_; }
  TagMask settler_tags() const noexcept { return settler_tags_; }  // the settles' settler bits
  // The tags a rule firing special_source requires: a threat or a naming word takes them
  // from a phrase as it takes a phrase's own special_source (就去银保监局投诉, 央行规定).
  TagMask special_source_tags() const noexcept { return trigger_tags(Trigger::special_source); }
  // The tags the rules firing trigger t require: a word that takes a trigger back from a
  // phrase takes them too (a queue before 十几个人 takes group, and the crowd tag through
  // which a rule would fire it).
  TagMask trigger_tags(Trigger t) const noexcept { return trigger_tags_[static_cast<std::size_t>(t)]; }
  // The tags that are evidence somewhere: a rule requires them, or a settle settles with
  // or withdraws them. A tag only ever forbidden (-TAG: 如果, 分期) is a condition on a
  // rule, not evidence, and a negated phrase of such tags alone takes nothing back.
  TagMask evidence_tags() const noexcept { return evidence_tags_; }
  const std::vector<std::string>& tag_names() const noexcept { return tags_; }

  // Every occurrence of every entry, overlapping ones included, in order of end
  // offset in bytes (ties: longer first). One pass over the characters. Appends to `out`.
  void scan(std::string_view text, std::vector<Match>& out) const;
  std::vector<Match> find_all(std::string_view text) const;

 private:
  Lexicon();
  std::string source_;
  std::string version_;
  int negation_window_ = 4;
  std::vector<Entry> entries_;
  std::vector<Rule> rules_;
  std::vector<Settle> settles_;
  TagMask settler_tags_ = 0;
  std::array<TagMask, kTriggerCount> trigger_tags_{};
  TagMask evidence_tags_ = 0;
  std::vector<std::string> tags_;
  std::unique_ptr<detail::Automaton> automaton_;
};

}  // namespace shixian::classify
