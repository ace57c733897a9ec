// Triggers that read like a person (issue 13 item 3, docs/LABELLING.md): each case is a
// rule of the guide, written here in new words (not copied from any corpus text).
#include <doctest/doctest.h>

#include <string>

#include "shixian/classify/classify.hpp"

using namespace shixian::classify;

namespace {
Classification run(const std::string& text) {
  Complaint c;
  c.text = text;
  return classify(c, *Lexicon::builtin(), ClassifySettings{});
}
bool fired(const std::string& text, Trigger t) { return run(text).fired(t); }
}  // namespace

TEST_CASE("numbers that are not complainants do not make a group") {
  CHECK_FALSE(fired("麻烦查一下我那张卡，后四位是8812，昨天被锁了", Trigger::group));
  CHECK_FALSE(fired("前面还有二十多个人在排队，等到中午也没轮上", Trigger::group));
  CHECK_FALSE(fired("柜台后面坐着三名工作人员，只有一个在办业务", Trigger::group));
  CHECK_FALSE(fired("我发的视频有好几万人看了", Trigger::group));
  CHECK(fired("我们五位老人的卡都被锁了", Trigger::group));
}

TEST_CASE("a range of neighbouring numerals counts its lower end") {
  auto r = run("楼里六七户人家都被多扣了物业费");
  CHECK(r.fired(Trigger::group));
  CHECK(r.complainants == 6);
  r = run("十来户邻居一块来反映");
  CHECK(r.complainants == 10);
  ClassifySettings five;
  five.group_threshold = 8;
  Complaint c;
  c.text = "七八个老人一起来的";  // 7+, below a threshold of 8
  CHECK_FALSE(classify(c, *Lexicon::builtin(), five).fired(Trigger::group));
}

TEST_CASE("a threat to go to the regulator is not special_source; a transfer or a past complaint is") {
  const auto threat = run("再不给我退钱，我就去银保监局投诉你们");
  CHECK_FALSE(threat.fired(Trigger::special_source));
  REQUIRE_FALSE(threat.negated.empty());
  CHECK(threat.negated[0].negator == "就去");
  CHECK_FALSE(fired("实在不行我只能打12378了", Trigger::special_source));
  CHECK(fired("本件系12378热线转办", Trigger::special_source));
  const auto done = run("这件事我已经向人民银行投诉过了");
  CHECK(done.fired(Trigger::special_source));
  CHECK_FALSE(done.fired(Trigger::repeat));  // complained to the regulator, not to the bank
}

TEST_CASE("a negated intention is no media threat; a threat or a fact is") {
  CHECK_FALSE(fired("我不打算找媒体，只想要个道歉", Trigger::media));
  CHECK_FALSE(fired("我没想把这事发到网上", Trigger::media));
  CHECK(fired("今天不解决我就找媒体曝光", Trigger::media));
  CHECK(fired("视频已经发到抖音上了", Trigger::media));
  // A journalist the customer contacted is media, not a special source.
  CHECK_FALSE(fired("我已经联系了电视台的记者", Trigger::special_source));
  CHECK(fired("本报记者接到读者反映，现向贵行核实", Trigger::special_source));
}

TEST_CASE("visits and attempts are not a previous complaint; a stated past complaint is") {
  CHECK_FALSE(fired("为了这点事我跑了三趟网点", Trigger::repeat));
  CHECK_FALSE(fired("三番五次去柜台问，每次都说不清楚", Trigger::repeat));
  CHECK_FALSE(fired("这种事也不是第一次了", Trigger::repeat));
  CHECK(fired("客户曾于上月5日就此事来电反映", Trigger::repeat));
  CHECK(fired("这个问题上月已投诉，没有结果", Trigger::repeat));
  CHECK(fired("这是我第二次为这件事投诉", Trigger::repeat));
}

TEST_CASE("损失, 到账, 取不出钱 in senses that are no loss of funds") {
  CHECK_FALSE(fired("耽误了我一上午，这个损失谁来赔", Trigger::fund_safety));
  CHECK_FALSE(fired("钱已经到账了，就是晚了两天", Trigger::fund_safety));
  CHECK_FALSE(fired("卡被风控了，急用钱却取不出钱来", Trigger::fund_safety));
  CHECK(fired("卡在我身上，钱却在外地被人取走了", Trigger::fund_safety));
}

TEST_CASE("weak process words never decide a category by themselves") {
  ClassifySettings lexicon_only;
  lexicon_only.use_model = false;
  Complaint c;
  c.text = "到现在没人管，一直拖着，说好的回电也没有";
  const auto r = classify(c, *Lexicon::builtin(), lexicon_only);
  CHECK(r.category == Category::other);
  for (int s : r.lexicon_scores) CHECK(s == 0);
}
