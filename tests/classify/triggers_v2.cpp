// Triggers that read like a person (issue 13 item 3, docs/LABELLING.md): each case is a
// rule of the guide, written here in new words (not copied from any corpus text).
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "shixian/classify/classify.hpp"

using namespace shixian::classify;

namespace {
Classification run(const std::string& text) {
  Complaint c;
  c.text = text;
  return classify(c, *Lexicon::builtin(), ClassifySettings{});
}
bool fired(const std::string& text, Trigger t) { return run(text).fired(t); }
// The lexicon's own reading, without the n-gram model: what the words alone decide.
Classification lexicon_alone(const std::string& text) {
  ClassifySettings lexicon_only;
  lexicon_only.use_model = false;
  Complaint c;
  c.text = text;
  return classify(c, *Lexicon::builtin(), lexicon_only);
}
// Whether the trace records `word` (any, when empty) as withdrawn by the later `settler`.
bool settled_by(const Classification& r, std::string_view settler, std::string_view word = {}) {
  for (const auto& n : r.negated)
    if (n.settled && n.negator == settler && (word.empty() || n.word == word)) return true;
  return false;
}
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
  const auto r = lexicon_alone("到现在没人管，一直拖着，说好的回电也没有");
  CHECK(r.category == Category::other);
  for (int s : r.lexicon_scores) CHECK(s == 0);
}

TEST_CASE("a wait, a queue or a slow window is no conduct (zh-2026.5)") {
  const auto r = lexicon_alone("排队等了一个多小时，只开了一个窗口，效率太低");
  CHECK(r.category == Category::other);
  CHECK(r.lexicon_scores[static_cast<std::size_t>(Category::service_attitude)] == 0);
  // conduct still decides
  CHECK(lexicon_alone("排队的时候柜员冲我翻白眼，还骂人").category == Category::service_attitude);
}

TEST_CASE("a promise of safety is mis-selling; a loss on it is fund_safety (zh-2026.5)") {
  const auto promise = run("经理说这款产品零风险，跟定期一样，我才买的");
  CHECK_FALSE(promise.fired(Trigger::fund_safety));
  CHECK(promise.category == Category::product_sales);
  CHECK(fired("经理说这款产品零风险，半年后亏了三成", Trigger::fund_safety));
  // Concern words and the customer's own spending abroad are no theft claims.
  CHECK_FALSE(fired("为了账户安全，能不能把转账限额调低", Trigger::fund_safety));
  CHECK_FALSE(fired("我出国旅游在境外消费了两万，汇率换算费太高", Trigger::fund_safety));
  CHECK(fired("我从没出过国，卡上却有两笔境外消费", Trigger::fund_safety));
}

TEST_CASE("paid out by the sender and not a cent received is fund_safety (zh-2026.5)") {
  CHECK(fired("公司说工资代发成功了，可我们卡上一分钱都没有", Trigger::fund_safety));
  CHECK_FALSE(fired("卡上一分钱都没有了，我想申请个分期", Trigger::fund_safety));
}

TEST_CASE("workers and firms counted are complainants; chat-group members are not (zh-2026.5)") {
  CHECK(fired("我们车间十几个工人的卡都被冻结了", Trigger::group));
  CHECK(fired("街上五家商户的收款码同一天都停用了", Trigger::group));
  CHECK_FALSE(fired("柜员把我的流水截图发进了一个三百多人的微信群", Trigger::group));
}

TEST_CASE("a complaint forwarded by a journalist or the consumer-protection office is special_source (zh-2026.5)") {
  CHECK(fired("晚报记者转来一位老人的投诉，说存折被冻结", Trigger::special_source));
  CHECK(fired("国家金融监督管理总局消费者权益保护局转来工单一件", Trigger::special_source));
  CHECK(fired("这件事我已经写文章曝光了", Trigger::media));
  CHECK(fired("我打算把经过写篇文章发在公众号上", Trigger::media));
}

TEST_CASE("a negator does not reach across 就 or a blank (zh-2026.5)") {
  // 没有…就…: "without X, Y happened" affirms Y
  CHECK(fired("没有通知我就扣了三万，我从来没有授权过", Trigger::fund_safety));
  CHECK(fired("商家收了钱没发货就跑路了", Trigger::fund_safety));
  // posts without punctuation use blanks as commas
  CHECK(fired("卷帘门还没拉开 上次投诉过这事 你们说会改", Trigger::repeat));
  CHECK_FALSE(fired("卷帘门还没拉开，等了半天", Trigger::repeat));
  // still negated inside one clause; an intention given up is no threat
  CHECK_FALSE(fired("我没有被盗刷，只是想问问", Trigger::fund_safety));
  CHECK_FALSE(fired("本来想发到网上，后来想想算了", Trigger::media));
  // a co-branded card is no joint complaint; asking to surrender a policy is no loss
  CHECK_FALSE(fired("办的是商场联名卡，积分一直不到账", Trigger::group));
  CHECK_FALSE(fired("说是跟存款一样，现在我要求退保", Trigger::fund_safety));
}

TEST_CASE("not arrived is fund_safety only for money that left (zh-2026.5)") {
  // points, cash-back and gifts that never came were never debited
  CHECK_FALSE(fired("刷卡送的积分一直不到账", Trigger::fund_safety));
  CHECK_FALSE(fired("活动说好的返现到现在还没到账", Trigger::fund_safety));
  CHECK_FALSE(fired("开户礼品一直没收到", Trigger::fund_safety));
  CHECK_FALSE(fired("我的存折不见了，想挂失补办", Trigger::fund_safety));
  CHECK_FALSE(fired("资金被冻结了，说是要核实身份", Trigger::fund_safety));
  // money that left and never arrived is
  CHECK(fired("给我爸转账八千，三天了对方没收到", Trigger::fund_safety));
  CHECK(fired("在手机银行汇了两万块，到今天还没到账", Trigger::fund_safety));
  CHECK(fired("卡里的钱莫名其妙不见了", Trigger::fund_safety));
}

TEST_CASE("hotlines and reporting platforms are sources; an escrow account or a deposit is not (zh-2026.5)") {
  CHECK(fired("省长热线转来一件工单，来电人称被催收人员辱骂", Trigger::special_source));
  CHECK(fired("价格举报平台转来：举报人认为开存款证明收费过高", Trigger::special_source));
  CHECK_FALSE(fired("学费交进了你们的监管户，现在机构跑了", Trigger::special_source));
  // 冒充你们银行 is a fraud call, and 存款 a balance, not money that moved
  CHECK_FALSE(fired("有人冒充你们银行打电话，报出了我的存款数", Trigger::fund_safety));
  // members of a chat group are no complainants
  CHECK_FALSE(fired("被拉进理财群，群里两百多人都能看到我的电话", Trigger::group));
}

TEST_CASE("people who are there are no complainants; posting a note or a piece is media (zh-2026.5)") {
  CHECK_FALSE(fired("柜员当着身后排队的五六名客户念我的身份证号", Trigger::group));
  CHECK_FALSE(fired("九点半了还没开门，门口站了十几个人", Trigger::group));
  CHECK_FALSE(fired("叫号屏写着前方等待40人，只开两个窗口", Trigger::group));
  CHECK_FALSE(fired("大厅里摆着报纸，可是空调太冷", Trigger::media));
  CHECK(fired("我们几个商量好了，每人发一篇笔记说这事", Trigger::media));
  CHECK(fired("截图我已经投稿给本地的维权栏目了", Trigger::media));
  CHECK(fired("再不退钱我就把聊天记录挂到网上", Trigger::media));
}

TEST_CASE("a complaint made before, told in other words; part of the money back on a safe product (zh-2026.5)") {
  CHECK(fired("上周在你们网点的意见簿上写过这件事，今天又来了", Trigger::repeat));
  CHECK(fired("第三次发帖了，你们的客服还是不回", Trigger::repeat));
  CHECK(fired("理财经理说本金不会少，急用钱赎回时到手仅七万", Trigger::fund_safety));
  CHECK(fired("存了五千，晚上查账户只到了四千", Trigger::fund_safety));
  CHECK(fired("卡明明在自己身上，半夜却有一笔消费了两千的短信", Trigger::fund_safety));
  CHECK(fired("在自助银行取完钱被人抢走了三千", Trigger::fund_safety));
  // an ATM that paid nothing and refunded later is settled; a promise to pay is no arrival
  CHECK_FALSE(fired("取款机不出钱，短信却扣了一千，周一钱退回来了", Trigger::fund_safety));
  CHECK(fired("转账两万一直没到账，客服说会到账了再通知我", Trigger::fund_safety));
}

TEST_CASE("a salesperson's promise is product_sales; data that got out is privacy (zh-2026.5, lexicon alone)") {
  CHECK(lexicon_alone("地推的业务员说好免年费，结果第二年照样收了").category == Category::product_sales);
  CHECK(lexicon_alone("这张卡第二年收了免年费条件以外的年费，标准太高").category == Category::fees_rates);
  CHECK(lexicon_alone("中介打来电话，我的贷款金额都说得出来，信息到底怎么漏出去的").category == Category::privacy);
}

TEST_CASE("a victims' chat group is a group, an audience is not; shops counted; more sources (zh-2026.5)") {
  CHECK(fired("我们维权群里二十来个人都被扣了这笔钱", Trigger::group));
  CHECK_FALSE(fired("她把我的截图发到群里，群里一百多人都能看见", Trigger::group));
  CHECK(fired("这条街上十几家小商户的收款都被延迟了", Trigger::group));
  CHECK(fired("区长信箱转来：居民反映网点门口音箱太吵", Trigger::special_source));
  CHECK(fired("电视台记者暗访发现柜员拒绝老人取现", Trigger::special_source));
  CHECK(fired("我已经把视频传到网上了", Trigger::media));
  CHECK(fired("九月份我就提过工单，到现在没人回复", Trigger::repeat));
}

TEST_CASE("money missing, told the ways people tell it (zh-2026.5)") {
  CHECK(fired("我转了两万过去。对方说没收到，钱去哪了", Trigger::fund_safety));
  CHECK(fired("存了八千，回单上写的六千，柜员说机器没点错", Trigger::fund_safety));
  CHECK(fired("付了定金，装修公司人去楼空", Trigger::fund_safety));
  CHECK(fired("ATM屏幕说请取走现金，出钞口什么都没有，卡里扣了两千", Trigger::fund_safety));
  CHECK(fired("定期存单被人挂失支取了，我从未挂失过，存单一直在我手里", Trigger::fund_safety));
  CHECK(fired("信托到期延期兑付，本金一分没回来", Trigger::fund_safety));
  CHECK(fired("柜员给我的存单是假的，系统里查不到", Trigger::fund_safety));
  CHECK(fired("ATM取的钱里有两张假钞", Trigger::fund_safety));
  // feared, nearly, or made good in the end
  CHECK_FALSE(fired("我没丢卡，只是担心被盗刷，想关掉境外支付功能", Trigger::fund_safety));
  CHECK_FALSE(fired("机器吞了钞没显示，半小时后清机存进卡里，钱是一分不少", Trigger::fund_safety));
  CHECK_FALSE(fired("银行每年上门核实说是为了防诈骗", Trigger::fund_safety));
}

TEST_CASE("complainants counted in more words; people waiting are not (zh-2026.5)") {
  CHECK(fired("我们班四十多个同学都被要求回学校销户", Trigger::group));
  CHECK(fired("我和另外六个老乡的工资都被多扣了", Trigger::group));
  CHECK(fired("我们三个都要投诉这个柜员", Trigger::group));
  CHECK_FALSE(fired("大厅里等着的有二十多个人，只开了两个窗口", Trigger::group));
  CHECK_FALSE(fired("贵行作为监管银行没有监管好预售资金", Trigger::special_source));
}

TEST_CASE("a regulator only named (its rules, its words, its fines) is no special_source; a matter taken to it is") {
  // docs/LABELLING.md, "A matter the customer has already taken to a regulator".
  const auto rules = run("按人民银行的相关规定，银行不能随便收这笔钱，请退还");
  CHECK_FALSE(rules.fired(Trigger::special_source));
  REQUIRE_FALSE(rules.negated.empty());
  CHECK(rules.negated[0].named);
  CHECK(rules.negated[0].negator == "规定");
  CHECK_FALSE(fired("新闻里说这家行刚被央行罚款几百万，我的钱放这里安心吗", Trigger::special_source));
  CHECK_FALSE(fired("银保监局回应称将督促银行尽快核实", Trigger::special_source));
  // the same names, and the complaint taken there: a source
  CHECK(fired("这事我上周已经向人民银行投诉过，没人理", Trigger::special_source));
  CHECK(fired("我打了政务服务热线，热线转给了你们行", Trigger::special_source));
  CHECK(fired("后来只好投诉到政务平台，银行这才松口", Trigger::special_source));
  // a naming word past a boundary names nothing
  CHECK(fired("我找了银保监局，规定是什么我不懂，只要退钱", Trigger::special_source));
}

TEST_CASE("money gone from the card, someone else at the counter, a payee gone: fund_safety (zh-2026.6)") {
  CHECK(fired("点了对方发来的链接，没过几分钟卡里八千块就没了", Trigger::fund_safety));
  CHECK(fired("早上一看账上的钱全没了", Trigger::fund_safety));
  CHECK_FALSE(fired("卡里的积分一夜之间全没了", Trigger::fund_safety));
  CHECK(fired("有人拿着我的存折在柜台取走了六千", Trigger::fund_safety));
  CHECK(fired("付了三千块定金，对方已经联系不上", Trigger::fund_safety));
  CHECK_FALSE(fired("我没付钱，客服电话倒是已经联系不上", Trigger::fund_safety));
}

TEST_CASE("the card at home while it was used, cash the machine kept, deposits never banked (zh-2026.6)") {
  // a narrative tells the debit and where the card was in separate sentences
  CHECK(fired("半夜手机响了三下，是三笔扣款短信。那时候卡在家里抽屉里锁着。", Trigger::fund_safety));
  CHECK_FALSE(fired("卡在家里放着，这个月又扣了年费。", Trigger::fund_safety));
  CHECK(fired("取一千 机器只吐了五百 账上扣了一千", Trigger::fund_safety));
  CHECK(fired("那三万块钱从未存入我的账户", Trigger::fund_safety));
  CHECK(fired("对方让我把钱转进安全账户", Trigger::fund_safety));
  CHECK_FALSE(fired("差点把钱转进所谓的安全账户，幸好柜员拦住了", Trigger::fund_safety));
  CHECK(fired("前两天扣了我两千，这不是盗刷是什么", Trigger::fund_safety));
  // 人民币 is money: no forty thousand complainants
  const auto r = run("给孩子汇了四万人民币，到现在也没到");
  CHECK_FALSE(r.fired(Trigger::group));
  CHECK(r.complainants != 40000);
}

TEST_CASE("people who cut in, a workload, a crowd online, a banner are no complainants (zh-2026.6)") {
  CHECK_FALSE(fired("保安放了三位后来的客户先办", Trigger::group));
  CHECK_FALSE(fired("经理说她手上有一百多个客户，顾不过来", Trigger::group));
  CHECK_FALSE(fired("网上好几百人都在说你们的APP登不上，我只说我自己的事", Trigger::group));
  const auto banner = run("再不退钱我就去总行门口拉横幅");
  CHECK_FALSE(banner.fired(Trigger::group));
  CHECK(banner.fired(Trigger::media));
  CHECK(fired("我们四家店一起来反映费率的事", Trigger::group));
}

TEST_CASE("a transfer the customer typed wrong is no fund_safety; words that only hold fund_safety words (zh-2026.6)") {
  CHECK_FALSE(fired("转了三千过去，对方没收到，原来是我自己把卡号输错了", Trigger::fund_safety));
  CHECK(fired("转了三千过去，对方一直没收到", Trigger::fund_safety));
  CHECK_FALSE(fired("保安让我先把车挪走再进门，态度很凶", Trigger::fund_safety));
  CHECK_FALSE(fired("柜台的汇率比官网上当时挂的高", Trigger::fund_safety));
}

TEST_CASE("个 before people counts them; 个 before months does not (zh-2026.6)") {
  auto r = run("我们十来个退休职工一起来反映这款保险");
  CHECK(r.fired(Trigger::group));
  CHECK(fired("厂里三十多个员工都接到了推销电话，大家让我来投诉", Trigger::group));
  CHECK_FALSE(fired("这事拖了三个月，换了四个窗口", Trigger::group));
}

TEST_CASE("bystanders and queues are no group; fraud named but not suffered, a kept card, a rate are no fund_safety (zh-2026.6)") {
  CHECK_FALSE(fired("她当着大厅里二十多个人的面骂我", Trigger::group));
  CHECK_FALSE(fired("转人工，页面写着排队人数：86人", Trigger::group));
  CHECK_FALSE(fired("柜员说我是不是骗子，让我把证件再拿出来", Trigger::fund_safety));
  CHECK_FALSE(fired("说我卡上有涉诈资金，把卡冻结了", Trigger::fund_safety));
  CHECK_FALSE(fired("取钱时卡没有退出来，余额没变", Trigger::fund_safety));
  CHECK_FALSE(fired("汇款被退回，按当天汇率换回来钱少了两百", Trigger::fund_safety));
  CHECK(fired("我们这个群里有二十多个人，都被扣了这笔钱，一起来投诉", Trigger::group));
}

TEST_CASE("a journalist who took the complaint to the bank is a source; one who called the customer, or the bank's own department, is not (zh-2026.6)") {
  CHECK(fired("王女士向记者反映了此事。记者就此联系了该行，该行称将核实。", Trigger::special_source));
  const auto called = run("已经有记者联系我们采访，我们十户都同意了");
  CHECK(called.fired(Trigger::media));
  CHECK_FALSE(called.fired(Trigger::special_source));
  CHECK_FALSE(fired("致贵行消费者权益保护部：我的年费被多扣了", Trigger::special_source));
}

TEST_CASE("a deposit-that-was-insurance with a loss, a verification account, money gone in other words; news read is no publicity (zh-2026.6)") {
  CHECK(fired("柜员说这就是存款。现在要用钱，退保只给我三万五。", Trigger::fund_safety));
  CHECK(fired("对方让我把钱转到一个验证账户，说半小时退回", Trigger::fund_safety));
  CHECK(fired("过了两天去取钱，卡里六千多块没了", Trigger::fund_safety));
  CHECK(fired("存了八千，回家一看只存进去五千", Trigger::fund_safety));
  CHECK_FALSE(fired("今天在新闻上看到别的银行乱收费，想问问我的年费", Trigger::media));
}

TEST_CASE("people around, room for people, the elderly inconvenienced are no group; a paper missing is no money short (zh-2026.6)") {
  CHECK_FALSE(fired("她拿着我的身份证念号码，周围十几个人都在听", Trigger::group));
  CHECK_FALSE(fired("临时门面只能站五六个人，其他人在门外排队", Trigger::group));
  CHECK_FALSE(fired("网点一周只开三天，镇上很多老人领养老金不方便", Trigger::group));
  CHECK_FALSE(fired("柜员说材料少了一份，让我回去再拿", Trigger::fund_safety));
  CHECK(fired("取的一沓钱回家一数少了一千", Trigger::fund_safety));
}

TEST_CASE("nothing lost settles every loss told before it; told first, or with the money gone, it does not (zh-2026.7)") {
  // Refused, never debited, a scare: no fund_safety, and the trace says what settled it.
  const auto refused = run("昨晚收到短信说我的卡在境外被盗刷了一笔，我马上打电话，银行把那笔拒付了，钱也没扣。");
  CHECK_FALSE(refused.fired(Trigger::fund_safety));
  CHECK(settled_by(refused, "钱也没扣"));
  CHECK_FALSE(fired("接到冒充客服的诈骗电话，对方报出了我的卡号，好在没造成损失，但信息是怎么泄露的？", Trigger::fund_safety));
  // Without the settling words the same story is a theft.
  CHECK(fired("昨晚收到短信说我的卡在境外被盗刷了一笔，我马上打电话，银行说要先还款再调查。", Trigger::fund_safety));
  // A reassurance told first settles nothing told after it.
  CHECK(fired("上个月查账一分没少，这个月卡里的钱被人在外地取走了八千，我人一直在本地。", Trigger::fund_safety));
  // A salesman's 一分不少 is a promise, not a settlement.
  CHECK(fired("经理说这是保本的，到期一分不少，结果到期亏了三万多。", Trigger::fund_safety));
}

TEST_CASE("a customer who says they complain alone is no group, whatever was counted before (zh-2026.7)") {
  const auto alone = run("我们厂三百多个工人都在你们行开的工资卡，这次只有我的卡被限制了非柜面交易，请解除。");
  CHECK_FALSE(alone.fired(Trigger::group));
  CHECK(settled_by(alone, "只有我的", "三百多个工人"));
  CHECK_FALSE(fired("我们科室八个人，这次投诉是我个人的事：我的信用卡年费被多收了。", Trigger::group));
  // Counted and joining: still a group.
  CHECK(fired("我们厂三百多个工人的工资卡都被限制了非柜面交易，大家一起来网点要说法。", Trigger::group));
  // "Not only me" is no solo statement.
  CHECK(fired("不是就我一个，我们楼里五户人家的卡都被扣了同一笔服务费。", Trigger::group));
}

TEST_CASE("transactions denied in other words, a balance found at nothing, money nobody can place: fund_safety (zh-2026.7)") {
  CHECK(fired("信用卡上周被连着扣了六笔，一共三千多，我否认全部交易，要求退款。", Trigger::fund_safety));
  CHECK(fired("半夜卡里的钱被转走了五笔，我当时在睡觉，手机都没碰过。", Trigger::fund_safety));
  CHECK(fired("账户里存的两万块被人通过柜台取走了，我从未取过。", Trigger::fund_safety));
  CHECK(fired("半年没用的工资卡，今天一查卡里发现余额为零，原来有九千多。", Trigger::fund_safety));
  CHECK(fired("网点说转存成功了，可少了的一万块至今下落不明。", Trigger::fund_safety));
  // Fees that ate a small balance are a fee dispute, not a loss of funds.
  CHECK_FALSE(fired("多年不用的卡，今天去查发现余额为零，银行说是扣了小额账户管理费和年费。", Trigger::fund_safety));
  // Someone else's data used, no money moved: privacy, not fund_safety.
  CHECK_FALSE(fired("我的身份信息被他人拿去注册了网贷平台，怀疑是你们员工泄露的。", Trigger::fund_safety));
}

TEST_CASE("publicity told as a report, an interview, a Facebook post or a complaint platform: media (zh-2026.7)") {
  CHECK(fired("这件事晚报也报道了，银行到现在还没给说法。", Trigger::media));
  CHECK(fired("我接受了电视台的专访，把被乱扣费的经过都讲了。", Trigger::media));
  CHECK(fired("柜员态度太差，我回家就在脸书上发了一篇。", Trigger::media));
  CHECK(fired("分期手续费没说清楚，我已经在投诉平台上发帖了。", Trigger::media));
  // A threat to go to a regulator outside the mainland is still no source.
  CHECK_FALSE(fired("再不处理我就去金管会投诉。", Trigger::special_source));
  CHECK(fired("我已经向金管会投诉过，银行还是不理。", Trigger::special_source));
  // Money gone in other words.
  CHECK(fired("三年定期到期去取，卡里一分不剩，银行说不清钱去了哪。", Trigger::fund_safety));
  CHECK(fired("在自助机存进去五千，结果只入账四千，柜台说机器没问题。", Trigger::fund_safety));
}

TEST_CASE("a slip put right, a refund nobody can place, a loan never taken, alone in other words (zh-2026.7)") {
  // Paid short by the machine and made good: no loss (the arrival settles the shortfall).
  CHECK_FALSE(fired("在ATM取了两千，数了只有一千九，少了一张。第二天网点清机后给我退回来了。", Trigger::fund_safety));
  // Short and never made good: a loss.
  CHECK(fired("在ATM取了两千，数了只有一千九，少了一张，网点说机器没问题。", Trigger::fund_safety));
  // Theft put right is still theft (docs/LABELLING.md).
  CHECK(fired("我的卡被盗刷了三千，银行后来退回来了。", Trigger::fund_safety));
  CHECK(fired("银行说那笔款退回了，可是退到哪了谁也说不清，我账户里没有。", Trigger::fund_safety));
  CHECK(fired("卡上的钱被扣去还了一笔贷款，可我没贷过款。", Trigger::fund_safety));
  CHECK_FALSE(fired("柜员一直问我是不是被骗了，不让我取钱，态度很差。", Trigger::fund_safety));
  CHECK_FALSE(fired("我们单位二十多个同事都在你们行领工资，这次是代表我自己来问App改版的事。", Trigger::group));
  CHECK_FALSE(fired("我和我爱人的联名账户被冻结了，请尽快解冻。", Trigger::group));
}

TEST_CASE("older people, sisters and fellow victims are counted; relatives in a chat are not (zh-2026.8)") {
  CHECK(fired("我妈她们广场舞队有六七个阿姨，都被同一个理财经理忽悠买了保险，现在一起来要说法。", Trigger::group));
  CHECK(fired("我们八个老伙计的养老卡上个月都被扣了一笔莫名其妙的服务费。", Trigger::group));
  CHECK(fired("这个私募一共骗了我们三十多个投资人，银行说只是代销不管。", Trigger::group));
  CHECK(lexicon_alone("我们八个老伙计的养老卡上个月都被扣了一笔莫名其妙的服务费。").complainants == 8);
  CHECK_FALSE(fired("我们家族群里十几个亲戚都在这家银行存钱，我想问一下我自己的定期怎么续存。", Trigger::group));
  CHECK_FALSE(fired("排队的时候前面有两个大爷在吵架，柜员也不管，我等了一个小时。", Trigger::group));
}

TEST_CASE("newspapers and posts outside the mainland, deputies there, complaints made many times (zh-2026.8)") {
  CHECK(fired("转账失败钱也没退回，我已经把情况告诉了《南华早报》。", Trigger::media));
  CHECK(fired("柜员当众嘲笑我，我回家在Threads上写了这件事。", Trigger::media));
  CHECK(fired("这家银行乱收管理费，我把经过写在了自己的博客上。", Trigger::media));
  CHECK_FALSE(fired("卡丢了我及时报告了银行，补卡却要等一个月。", Trigger::media));
  CHECK(fired("户口被冻结三个月，我找了区议员帮忙，银行才肯见我。", Trigger::special_source));
  CHECK(fired("保险被当成存款卖给我，我已经多次向上级部门反映，一直没有结果。", Trigger::repeat));
  CHECK_FALSE(fired("我多次向客服咨询怎么开通手机银行，每次说法都不一样。", Trigger::repeat));
}

TEST_CASE("a member of parliament abroad who took the matter up is a deputy; one only threatened is not (zh-2026.8)") {
  CHECK(fired("户口里的钱被转走，银行不赔，我已请本区国会议员写信给银行交涉。", Trigger::special_source));
  CHECK(fired("我们几个受害者通过议员把个案交给了财政部。", Trigger::special_source));
  CHECK_FALSE(fired("银行再不退钱，我就去找议员。", Trigger::special_source));
}

TEST_CASE("a consumer association, an ombudsman, a mediation body or a lawyer is no special source; 12315 and the regulator are (zh-2026.9)") {
  CHECK_FALSE(fired("年费一直不给退，我上周已经去消协登记了投诉。", Trigger::special_source));
  CHECK_FALSE(fired("银行拒绝赔偿，我只好把争议交给了金融申诉专员。", Trigger::special_source));
  CHECK_FALSE(fired("分期手续费多收了，我向市金融消费权益保护协会申请了调解。", Trigger::special_source));
  CHECK_FALSE(fired("我已经请律师给银行发了律师函，要求说明扣款依据。", Trigger::special_source));
  CHECK(fired("年费一直不给退，我已经打了12315。", Trigger::special_source));
  CHECK(fired("多收的利息银行不认，我已向人民银行金融消费权益保护局反映。", Trigger::special_source));
}

TEST_CASE("suspects, police and paramedics counted are another party; siblings and a household counted are one family (zh-2026.9)") {
  CHECK_FALSE(fired("存折被偷后钱被冒领，警方后来抓到了四名嫌疑人，银行却说与它无关。", Trigger::group));
  CHECK_FALSE(fired("老人走不动，最后是三名医护人员把他抬进营业厅办的挂失。", Trigger::group));
  CHECK_FALSE(fired("母亲的存款要继承，我们兄弟姐妹共五人，银行要求五个人全部到场。", Trigger::group));
  CHECK_FALSE(fired("客户称家中四口人都在用这家银行的卡，只有他的卡刷不了。", Trigger::group));
  CHECK(fired("我们四名储户的存款都被同一个客户经理挪走了，要求银行赔偿。", Trigger::group));
}

TEST_CASE("a ticket's own framing is this complaint, not an earlier one: 已于 then tells of the money, not of a complaint (zh-2026.9)") {
  CHECK_FALSE(fired("客户来电反映其贷款已于上月还清，但本月仍被扣款三千元，要求退还。", Trigger::repeat));
  CHECK_FALSE(fired("市民反映其名下一张储蓄卡已于年初销户，近日却收到该卡的扣费短信。", Trigger::repeat));
  CHECK(fired("客户来电反映：其已于上周就同一笔扣款来电反映，至今无人回复。", Trigger::repeat));
  CHECK(fired("我曾于上个月就这笔年费向网点反映，到现在也没有退。", Trigger::repeat));
}

TEST_CASE("one earlier complaint to the regulator is a source, not a repeat; several, or one to the bank, is a repeat (zh-2026.9)") {
  const auto once = run("本人曾于上月通过12378热线反映此事，银行至今没有解冻我的账户。");
  CHECK(once.fired(Trigger::special_source));
  CHECK_FALSE(once.fired(Trigger::repeat));
  CHECK(fired("这笔年费我已经多次向监管部门投诉，银行一直拖着不退。", Trigger::repeat));
  CHECK(fired("人民银行转办：投诉人称此前已两次就同一事项向我行投诉，均未处理。", Trigger::repeat));
  CHECK(fired("12378再次转来：客户仍未收到退款。", Trigger::repeat));
  CHECK_FALSE(fired("客户多次致电网点询问进度，网点均称还在走流程。", Trigger::repeat));
}

TEST_CASE("writing to the bank again, 已就…投诉 and a complaint made by phone before are repeats (zh-2026.9)") {
  CHECK(fired("关于分期手续费一事，本人现再次致函贵行，请尽快答复。", Trigger::repeat));
  CHECK(fired("我去年8月已就这笔扣费投诉，银行说会退，到现在也没退。", Trigger::repeat));
  CHECK(fired("我上周就打过电话投诉年费的事，这个月又扣了。", Trigger::repeat));
  CHECK_FALSE(fired("我想打电话投诉，可客服一直占线。", Trigger::repeat));
}

TEST_CASE("几个人 and 同一家 are no head count, so the group words around them decide (2026-12-04, sixth session)") {
  CHECK(fired("同一家公司的九名同事联名投诉客户经理承诺的礼品没发。", Trigger::group));
  CHECK(fired("我们几个人联名投诉，要求银行退还多收的手续费。", Trigger::group));
  CHECK_FALSE(fired("我们两个人联名投诉，要求银行退还多收的手续费。", Trigger::group));
  CHECK_FALSE(fired("我和同一家公司的同事去办卡，柜员态度很差。", Trigger::group));
}

TEST_CASE("complaining together in other words: 联合反映, 集体反映, N家一起 (zh-2026.9)") {
  CHECK(fired("几家做批发的商户联合反映，收款码提现费突然涨了。", Trigger::group));
  CHECK(fired("我们四家一起来网点问，为什么经营贷利率涨了这么多。", Trigger::group));
  CHECK_FALSE(fired("我们两家一起来网点问，为什么经营贷利率涨了这么多。", Trigger::group));
}

TEST_CASE("a population, an audience or staff sitting there is no group (zh-2026.9)") {
  CHECK_FALSE(fired("我们县城就这一个网点，要服务全县十几万人口，窗口却只开两个。", Trigger::group));
  CHECK_FALSE(fired("银行在直播里说送红包，当时三万多人在看，我领到的却是一张优惠券。", Trigger::group));
  CHECK_FALSE(fired("柜员用话筒念出我的卡号，旁边十几个人都听见了。", Trigger::group));
  CHECK_FALSE(fired("网点周边三千多户居民只有这一台取款机，还老是坏。", Trigger::group));
  CHECK_FALSE(fired("窗口后面坐着六个员工，只有一个在办业务。", Trigger::group));
  CHECK(fired("我们小区十几户居民的存款都被那个客户经理挪用了。", Trigger::group));
}

TEST_CASE("a co-branded card or gift and a joint account are no 联名 complaint (zh-2026.9)") {
  CHECK_FALSE(fired("有人拿着联名新客礼的传单搭讪，结果是让我办信用卡。", Trigger::group));
  CHECK_FALSE(fired("骗子把我和妻子联名户头里的钱全部转走了。", Trigger::group));
  CHECK(fired("我们二十几个储户联名写信给银行，要求赔偿。", Trigger::group));
}

TEST_CASE("many complainants without a figure: 大批储户, 近千名业主, 一起维权, a victims' alliance (zh-2026.9)") {
  CHECK(fired("存款取不出来，我们大批储户只好到分行门口讨说法。", Trigger::group));
  CHECK(fired("楼盘停工后，包括我在内近千名业主都停贷了，银行却起诉我们。", Trigger::group));
  CHECK(fired("理财到期不兑付，投资人们一起维权两个月了。", Trigger::group));
  CHECK_FALSE(fired("催收电话我一年接了上百个，家里人也被骚扰。", Trigger::group));
}

TEST_CASE("an earlier complaint told as a step of the story is a repeat, unless made to the regulator (zh-2026.9)") {
  CHECK(fired("存单上的钱查不到，我只好投诉，银行每天打电话说还在查。", Trigger::repeat));
  CHECK(fired("上个月投诉之后，客户经理又打来推销电话。", Trigger::repeat));
  CHECK_FALSE(fired("我向银保监局投诉后，银行才打电话给我。", Trigger::repeat));
}

TEST_CASE("the central bank's credit record is named, not a channel (zh-2026.9)") {
  CHECK_FALSE(fired("催收的人说我逾期已经上了央行征信，可我根本没借过这笔钱。", Trigger::special_source));
  CHECK(fired("这笔盗刷我已经向央行投诉过，银行还是不认。", Trigger::special_source));
}

TEST_CASE("the digits of an ID or phone number and a customer's family members are no head count (zh-2026.9)") {
  CHECK_FALSE(fired("密码是用身份证号后6位设的，钱却被人从网银转走了。", Trigger::group));
  CHECK_FALSE(fired("大屏上公布了中奖名单，名字和手机号中间四位都在上面。", Trigger::group));
  CHECK_FALSE(fired("老人动不了，四名家属只好把他抬进营业厅办业务。", Trigger::group));
}

TEST_CASE("complaining told as a step before going further is an earlier complaint (zh-2026.9)") {
  CHECK(fired("经过我投诉交涉，银行退了一部分钱，剩下的我只好去法院起诉。", Trigger::repeat));
  CHECK(fired("等了三个月没消息，我开始走投诉流程，银行这才回电。", Trigger::repeat));
}

TEST_CASE("bystanders counted are no complainants: 旁观 like 围观 (zh-2026.10)") {
  CHECK_FALSE(fired("取款机吞了卡，网点里五六个旁观的，没一个员工过来管。", Trigger::group));
  CHECK(fired("取款机吞了卡，我们五六个储户一起找网点，没一个员工过来管。", Trigger::group));
}

TEST_CASE("a call made on the spot is a fact, not a threat (zh-2026.10)") {
  CHECK(fired("经理不让我在柜台办，我当场就打12378投诉了这个网点。", Trigger::special_source));
  CHECK_FALSE(fired("经理再不让我在柜台办，我就打12378投诉这个网点。", Trigger::special_source));
}

TEST_CASE("one earlier complaint outside the bank (the press, the residents' committee) or to a government body is no repeat (zh-2026.10)") {
  CHECK_FALSE(fired("网点门口的台阶太陡，我去年跟居委会反映过，到现在也没有坡道。", Trigger::repeat));
  CHECK_FALSE(fired("柜员把我的存款金额念给旁人听，我向电视台的新闻热线反映过这事。", Trigger::repeat));
  CHECK_FALSE(fired("我已向国家金融监督管理总局投诉过，今天再把盗刷的经过写给贵行。", Trigger::repeat));
  CHECK(fired("网点门口的台阶太陡，我去年跟你们网点反映过，到现在也没有坡道。", Trigger::repeat));
}

// A regulator is a source only when the complaint went to it or came from it: a regulator
// merely named (its systems, its rules, a queue at its door, a bank blaming it) is no
// channel, a threat to go there is no fact (docs/LABELLING.md). The regulator's name
// counts with a word of approaching it in the same sentence (zh-2026.11).
TEST_CASE("a regulator named without the complaint going to it is no special source (zh-2026.11)") {
  CHECK_FALSE(fired("柜员解释说汇款延迟是人民银行清算系统在升级，让我明天再来看看。", Trigger::special_source));
  CHECK_FALSE(fired("我在央行征信中心的网站上查了自己的报告，多了一条陌生机构的查询。", Trigger::special_source));
  CHECK_FALSE(fired("支行行长说这类产品的销售都要报监管机构备案，跟他们没关系。", Trigger::special_source));
  CHECK_FALSE(fired("再拖下去，我就去银保监局举报你们。", Trigger::special_source));
  CHECK(fired("上个月我把全部材料递交给了当地人民银行，这周再来找网点要个结果。", Trigger::special_source));
  CHECK(fired("这事我已经写了信寄到银保监局，他们说已受理。", Trigger::special_source));
  CHECK(fired("我们几十户储户去金融监管局门前维权，要求兑付存款。", Trigger::special_source));
  CHECK(fired("12378转来的工单显示，客户称理财经理私自替她签了字。", Trigger::special_source));
}

// A head count pointed at with 那 names people the story already met (staff behind the
// counter, a crowd, a village), not complainants joining (zh-2026.12).
TEST_CASE("people pointed at with 那 are no complainants (zh-2026.12)") {
  CHECK_FALSE(fired("窗口后面那四个人有说有笑，我喊了好几声都没人抬头。", Trigger::group));
  CHECK_FALSE(fired("一进大厅，那一群十来个人全围着一台取号机。", Trigger::group));
  CHECK(fired("我们小区六户业主一起来反映，房贷利率一直没按合同调整。", Trigger::group));
}

// A complaint to the bank told together with the bank's answer, in one sentence, is one
// the bank already had: this complaint repeats it (docs/LABELLING.md). Without an answer
// it is this complaint; made to the regulator it is a source, not a repeat (zh-2026.13).
TEST_CASE("a complaint to the bank told with the bank's answer is an earlier complaint (zh-2026.13)") {
  CHECK(fired("取款机没出钞却扣了钱，我当天就向银行投诉，银行说机器账平，不给退。", Trigger::repeat));
  CHECK(fired("这张卡被多扣了年费，我打了客服热线投诉，客服答复三个工作日内回电，可到现在一直没人联系我。",
              Trigger::repeat));
  CHECK(fired("理财亏了本金，我找到分行投诉，分行说产品是代销的，跟他们无关。", Trigger::repeat));
  CHECK_FALSE(fired("柜员对我大吼大叫，我向银行投诉，要求这名柜员当面道歉。", Trigger::repeat));
  CHECK_FALSE(fired("我们几户人家现在一起向支行投诉，希望恢复这个取款点。", Trigger::repeat));
  const auto regulator = run("我向人民银行投诉，人民银行说会转给银行处理，请你们尽快给我答复。");
  CHECK_FALSE(regulator.fired(Trigger::repeat));
  CHECK(regulator.fired(Trigger::special_source));
}

// Malaysia's central bank, as its Chinese press names it: a channel once the complaint
// went there (then one earlier complaint to it is a source, not a repeat), named
// otherwise (its rules) (zh-2026.13).
TEST_CASE("a complaint taken to 国家银行 (Malaysia's central bank) is a special source; its rules are named (zh-2026.13)") {
  CHECK(fired("信用卡被盗刷两千令吉，银行不肯退，我已经写信向国家银行投诉，请银行尽快处理。", Trigger::special_source));
  const auto earlier = run("我向国家银行投诉过，国家银行说会跟进，银行却还是不肯退款。");
  CHECK(earlier.fired(Trigger::special_source));
  CHECK_FALSE(earlier.fired(Trigger::repeat));
  CHECK_FALSE(fired("按国家银行的规定，持卡人及时挂失最多只赔两百五十令吉，银行却要我全额承担。", Trigger::special_source));
}

// A repeat is the same matter complained about again: an earlier complaint the text says
// was about something else is withdrawn; a repeat told after that still counts (zh-2026.13).
TEST_CASE("an earlier complaint about another matter is no repeat (zh-2026.13)") {
  const auto other = run("去年我投诉过你们的信用卡催收，那件事跟这次没关系。这次是柜员把我的存折弄丢了，到现在也找不到。");
  CHECK_FALSE(other.fired(Trigger::repeat));
  CHECK(settled_by(other, "跟这次没关系", "投诉过"));
  CHECK(fired("上个月我投诉过一次别的问题，与本次无关。这是我第二次为存折丢失的事投诉，请尽快处理。", Trigger::repeat));
  CHECK(fired("我上个月已经投诉过存折丢失的事，到现在还没人回复，请尽快处理。", Trigger::repeat));
}

// People the story counts who are not customers: staff as Hong Kong, Taiwan and Malaysia
// write it, officials, salesmen, people whose works are in the story (zh-2026.13).
TEST_CASE("staff, officials and people in the story are no complainants (zh-2026.13)") {
  CHECK_FALSE(fired("我把收藏的二十一位书画家的字画存进了银行保管箱，今年打开一看全泡了水。", Trigger::group));
  CHECK_FALSE(fired("网点里三名职员聊天，我等了一个小时没人理。", Trigger::group));
  CHECK_FALSE(fired("支行请了两位领导出面协调，事情还是没解决。", Trigger::group));
  CHECK(fired("我们五户储户的存款都被支行挪用了，一起来要个说法。", Trigger::group));
}

// Sources as the public outside the mainland and government sites name them, and a call
// told with 了 (done, not threatened) (zh-2026.13).
TEST_CASE("a call told with 了 is a fact; party bureaus, a government complaint site, a letter to the mayor and a data protection office are sources (zh-2026.13)") {
  CHECK(fired("柜员非要我买理财才给开户，现场沟通没结果，我就打了12378热线投诉，要求查处这种搭售。", Trigger::special_source));
  CHECK_FALSE(fired("柜员非要我买理财才给开户，再不给我正常开户，我就打12378投诉。", Trigger::special_source));
  CHECK(fired("银行换硬币要收百分之二的手续费，我把这件事反映给行动党的区部，由他们发文告替我们小商贩出声。",
              Trigger::special_source));
  CHECK(fired("存款被盗转了三万令吉，今天我在公共服务及投诉局主任陪同下召开记者会，要求银行赔偿。", Trigger::special_source));
  const auto site = run("社保卡拖了半年还没发到老人手里，我通过政府网上投诉平台反映了此事，请督促银行尽快办理。");
  CHECK(site.fired(Trigger::special_source));
  CHECK_FALSE(site.fired(Trigger::media));  // a government site, not the press
  CHECK(fired("存单上的钱被人冒领，老人给市长写了三封信，银行还是不肯出示挂失原件。", Trigger::special_source));
  const auto pdp = run("银行在没有得到我同意的情况下读取了我身份证上的资料，我已经请个人资料保护办公室介入处理。");
  CHECK(pdp.fired(Trigger::special_source));
  CHECK(pdp.category == Category::privacy);
  CHECK_FALSE(fired("银行职员说按个人资料保护办公室的规定，他们必须复印我的身份证。", Trigger::special_source));
}

// The press and posting online as the public outside the mainland names them, and a
// newspaper's own hotline; 凌晨报警 is no newspaper (zh-2026.13).
TEST_CASE("传媒, a paper's hotline, a radio station and posts on foreign platforms are media (zh-2026.13)") {
  CHECK(fired("存款单上印着别人的账号和姓名，我担心资料外泄，已经向传媒反映。", Trigger::media));
  CHECK(fired("积分说清零就清零，连个短信都没有，我打了晨报热线反映这件事。", Trigger::media));
  CHECK(fired("手机银行过年前连着两天登不上，货款付不出去，我已经在Dcard上发文反映。", Trigger::media));
  CHECK(fired("理财到期拿不回本金，我们一家向电台的维权栏目求助。", Trigger::media));
  CHECK_FALSE(fired("卡被人在境外刷了两笔，我凌晨报了警，早上又去网点办了挂失。", Trigger::media));
}

// A deposit the bank cannot find is money gone from where it was: a passbook or a
// certificate and "not there" in one sentence, read by the lexicon alone (zh-2026.13).
TEST_CASE("a passbook or certificate the bank finds no record of is fund_safety (zh-2026.13)") {
  CHECK(lexicon_alone("我拿着外婆留下的存折去取钱，柜员翻了半天说系统里查不到记录。").fired(Trigger::fund_safety));
  CHECK(lexicon_alone("三张定期存单到期去兑付，网点说系统里没有我这笔存款。").fired(Trigger::fund_safety));
  CHECK_FALSE(lexicon_alone("存折上的利息我算了好几遍，柜员说查不到当年的利率表。").fired(Trigger::fund_safety));
}

// Play money and counterfeits paid out by the bank or its ATM, in other words than 假钞
// (zh-2026.13).
TEST_CASE("点钞券, 练功券 and 伪钞 paid out are fund_safety (zh-2026.13)") {
  CHECK(lexicon_alone("在医院大厅的取款机上取了五百元，吐出来的却是五张点钞券，卡里的钱照样扣了。").fired(Trigger::fund_safety));
  CHECK(lexicon_alone("从柜台取的一万元拿去验钞机一验，里面有两张伪钞。").fired(Trigger::fund_safety));
}

// An interview given and a story told to a paper or a station, named in any script
// (zh-2026.14); a refused interview is none.
TEST_CASE("an interview and an ordeal told to a station are media (zh-2026.14)") {
  CHECK(fired("卡里的养老金被人分三次转走，上周我接受了SBS中文台的采访，希望银行给个说法。", Trigger::media));
  CHECK(fired("网点只给两天时间让我销户，我已向Global News讲述了遭遇。", Trigger::media));
  CHECK_FALSE(fired("卡里的养老金被人分三次转走，我不想接受采访，只想银行把钱还给我。", Trigger::media));
}

// A queue counted in other words, and a number's digits, are no head count (zh-2026.14).
TEST_CASE("a queue and a number's digits are no complainants (zh-2026.14)") {
  CHECK_FALSE(fired("我九点到网点取号，前面已经有三十多人在等，一个窗口办了一上午。", Trigger::group));
  CHECK_FALSE(fired("换新钞那天网点门口人龙有上百人，只开了一台机器。", Trigger::group));
  CHECK_FALSE(fired("每天都有贷款短信，发信号码是12位长号，我的手机号是怎么泄露的？", Trigger::group));
  CHECK(fired("我们组成了理财受害者联盟，一起要求银行赔偿本金。", Trigger::group));
}

// The press stepping in with the bank is a source beside media; a paper that only
// reported it, or a reporter the customer spoke to, is media (zh-2026.14).
TEST_CASE("a journalist who stepped in is a source; one told or who only reported is media (zh-2026.14)") {
  const auto stepped = run("扣款的事我问了三个月没人理，记者介入之后银行才答应把钱退回来。");
  CHECK(stepped.fired(Trigger::special_source));
  CHECK(stepped.fired(Trigger::media));
  const auto reported = run("银行乱收管理费，后来媒体介入报道了这件事，我要求退还。");
  CHECK(reported.fired(Trigger::media));
  CHECK_FALSE(reported.fired(Trigger::special_source));
  const auto told = run("我把年费的事告诉了一位财经记者，银行还是坚持要收。");
  CHECK(told.fired(Trigger::media));
  CHECK_FALSE(told.fired(Trigger::special_source));
  CHECK(fired("今天一位自称是记者的客户来电，询问网点停业的原因。", Trigger::special_source));
}

// Again, or more than once, with a word of raising it in the same sentence: a second
// complaint to whomever; money arriving again or a date coming round is none (zh-2026.14).
TEST_CASE("再次向/再次到/又向/多次找 with a word of raising it is a repeat; 又到账 and 又到期 are not (zh-2026.14)") {
  CHECK(fired("今天我们再次到分行门前抗议，要求退还本金。", Trigger::repeat));
  CHECK(fired("我多次找客户经理抗议，他都推给总行。", Trigger::repeat));
  CHECK(fired("第二天我又向客服反映了扣费的问题。", Trigger::repeat));
  CHECK_FALSE(fired("退回的钱又到账了，我向银行反映一下利息少算的问题。", Trigger::repeat));
  CHECK_FALSE(fired("年费又到期了，我打电话反映能不能免掉。", Trigger::repeat));
}

// People counted who are not joining the complaint: staff the bank sent, another's
// customers, a tally of others affected (zh-2026.14).
TEST_CASE("staff the bank sent, another's customers and a tally of others are no complainants (zh-2026.14)") {
  CHECK_FALSE(fired("银行派了五个人到我家里道歉，可钱还是没退。", Trigger::group));
  CHECK_FALSE(fired("据我所知，她的二十多位客户都买了这款产品，亏得很厉害。", Trigger::group));
  CHECK_FALSE(fired("学校说已确认有三百名新生被办了卡，我也是其中之一。", Trigger::group));
  CHECK(fired("我和同村的五户村民一起到支行反映补贴被扣的事。", Trigger::group));
}

// A programme, a news site and a paper's byline are the press; a section of the bank's
// app is not (zh-2026.14).
TEST_CASE("a programme asked for help, a news site told and a paper's byline are media (zh-2026.14)") {
  CHECK(fired("存款的事我们已经向交通广播的《帮你忙》栏目求助。", Trigger::media));
  CHECK(fired("我给海口网反映了取款机脏乱的情况。", Trigger::media));
  CHECK(fired("银行多扣了我三百元利息。（南国早报报道）", Trigger::media));
  CHECK_FALSE(fired("手机银行的理财栏目里查不到我的产品。", Trigger::media));
}

// The bank's own duty of oversight names no regulator (zh-2026.14).
TEST_CASE("监管责任 and 监管义务 are the bank's duty, not a regulator approached (zh-2026.14)") {
  CHECK_FALSE(fired("我到总行投诉，总行说理财是客户经理私下卖的，银行只有监管责任。", Trigger::special_source));
  CHECK_FALSE(fired("银行对自己的取款机负有监管义务，我向网点投诉了三回都没人管。", Trigger::special_source));
  CHECK(fired("我已经向银保监局投诉了这件事。", Trigger::special_source));
}

// A journalist who went with the customer to the bank puts the complaint in a source's
// hands; a plan to bring one is a threat to go to the press: media only (zh-2026.14).
TEST_CASE("a journalist who went with the customer is a source; one only promised is media (zh-2026.14)") {
  const auto went = run("信用卡年费的事我跟网点说了三遍，上周记者陪我去支行问，经理才松口。");
  CHECK(went.fired(Trigger::special_source));
  CHECK(went.fired(Trigger::media));
  CHECK(fired("昨天我和记者一起去了营业部，要求查清这笔扣款。", Trigger::special_source));
  const auto plan = run("你们再不处理，下周我就带着记者去营业部。");
  CHECK(plan.fired(Trigger::media));
  CHECK_FALSE(plan.fired(Trigger::special_source));
}

// What the customer saw on a platform is no exposure; posting there still is (zh-2026.14).
TEST_CASE("a post seen on Douyin or Xiaohongshu is no media; one made there is (zh-2026.14)") {
  CHECK_FALSE(fired("我在小红书上看到不少人说这家银行的分期手续费乱收，一查我的账单果然多了一笔。", Trigger::media));
  CHECK_FALSE(fired("前几天抖音刷到有人说银行卡被盗刷，我赶紧去网点改了密码。", Trigger::media));
  CHECK(fired("分期手续费乱收的事，我已经在小红书上发了帖子。", Trigger::media));
}

// A reader who told the paper is media; a journalist who brings a reader's complaint to
// the bank is a source as well (zh-2026.14).
TEST_CASE("a reader's letter to the paper is media; a journalist passing it to the bank is a source (zh-2026.14)") {
  const auto letter = run("读者来信：我每月去网点给老母亲取养老金，柜员每次都要老人本人到场，老人卧床根本去不了。");
  CHECK(letter.fired(Trigger::media));
  CHECK_FALSE(letter.fired(Trigger::special_source));
  const auto passed = run("您好，都市报记者接到读者反映，贵行网点取号机坏了一个月没人修，想向贵行核实。");
  CHECK(passed.fired(Trigger::special_source));
  CHECK(passed.fired(Trigger::media));
}

// A complaint told as done (投诉了) is an earlier one, unless it went to the regulator or
// outside the bank; one still to come or asked about is not (zh-2026.15).
TEST_CASE("投诉了 told as done is a repeat; a threat or a question is not (zh-2026.15)") {
  CHECK(fired("分期手续费的事我上个礼拜投诉了，过了一周还没有结果，只好再写一次。", Trigger::repeat));
  CHECK_FALSE(fired("账单里多了一笔年费，再不退我可要投诉了。", Trigger::repeat));
  CHECK_FALSE(fired("那笔扣款我投诉了吗？我记不清了，反正钱一直没退。", Trigger::repeat));
  const auto portal = run("我在新浪金融台投诉了这家银行的乱收费。");
  CHECK(portal.fired(Trigger::media));
  CHECK_FALSE(portal.fired(Trigger::repeat));
}

// A complaint to the bank, and the bank's answer in the next sentence, is an earlier
// complaint; with a sentence between, or with no answer, it is not (zh-2026.15).
TEST_CASE("投诉 at the bank and its answer in the next sentence is a repeat (zh-2026.15)") {
  CHECK(fired("信用卡多扣的两百元我打电话到支行投诉。第二天支行说是系统问题，钱会退回，可到现在也没退。", Trigger::repeat));
  CHECK_FALSE(fired("那笔年费我去支行投诉，要求退回。后来我又去了趟营业厅办别的事。前几天支行说年费不能退。", Trigger::repeat));
  CHECK_FALSE(fired("我去分行投诉。我要求分行把多扣的钱退给我。", Trigger::repeat));
}

// A journalist who came forward to settle it with the bank is one who stepped in: a
// source beside media; one who only wrote it up is media (zh-2026.16).
TEST_CASE("a journalist who came forward to settle it is a source (zh-2026.16)") {
  const auto settled = run("网点三次拒收我的零钱，最后是晚报记者出面，支行才同意收下。");
  CHECK(settled.fired(Trigger::special_source));
  CHECK(settled.fired(Trigger::media));
  const auto mediated = run("存单的事拖了半年，经过电视台记者协调，信用社答应下周兑付。");
  CHECK(mediated.fired(Trigger::special_source));
  const auto wrote = run("网点拒收零钱的事，晚报记者写了一篇报道。");
  CHECK(wrote.fired(Trigger::media));
  CHECK_FALSE(wrote.fired(Trigger::special_source));
}

// "Already, long ago" with a word of raising it, raising it everywhere, and "afterwards"
// told of a complaint are earlier complaints; 早已 before something else, or help asked
// for afterwards, is not (zh-2026.17; each CHECK fails on zh-2026.16).
TEST_CASE("早已向…投诉, 早就反映, 到处反映 and 事后向…投诉 are repeats; 早已到账 is not (zh-2026.17)") {
  CHECK(fired("卡里的三万块被人转走，我早已向银行投诉，也报了警。", Trigger::repeat));
  CHECK(fired("网点乱收年费的事我早就反映，至今没人管。", Trigger::repeat));
  CHECK(fired("网点乱收年费的事我早就投诉，至今没人管。", Trigger::repeat));
  CHECK(fired("存款取不出来，这一年我们到处反映，得到的答复都是再等等。", Trigger::repeat));
  CHECK(fired("柜员把我的身份证复印件乱放，事后我向网点投诉，网点只说下次注意。", Trigger::repeat));
  CHECK_FALSE(fired("退款早已到账，我今天向支行反映的是利息少算了。", Trigger::repeat));
  CHECK_FALSE(fired("那张卡我早已销户，今天又被扣了年费，我要投诉。", Trigger::repeat));
  CHECK_FALSE(fired("机器吞了我的卡，事后我向大堂经理求助，他帮我取了出来。", Trigger::repeat));
}

// 不见了 inside 看不见了 or 听不见了 is the body, not the money (zh-2026.17).
TEST_CASE("eyes that cannot see (看不见了) are no money gone; money that is gone is (zh-2026.17)") {
  CHECK_FALSE(fired("我母亲眼睛看不见了，银行却非要她本人到柜台签字才能取钱。", Trigger::fund_safety));
  CHECK_FALSE(fired("我父亲耳朵听不见了，家里的存款十几万元，银行非要他本人来。", Trigger::fund_safety));
  CHECK(fired("我卡里的两万块钱不见了，银行说查不到去向。", Trigger::fund_safety));
}

// A scam the customer first took it for, and it was not, is a mistaken belief, not a
// fraud told as fact; a fraud told as fact still is (zh-2026.17).
TEST_CASE("以为是诈骗 and 当是诈骗 (it turned out not to be) are no fund_safety; a fraud told as fact is (zh-2026.17)") {
  CHECK_FALSE(fired("接到电话我当是诈骗，没想到真是银行催我还一笔十二块的欠款。", Trigger::fund_safety));
  CHECK_FALSE(fired("我把催收电话当成诈骗挂了，后来才知道是银行打的。", Trigger::fund_safety));
  CHECK(fired("有人冒充客服骗走了我两万元，这是诈骗，银行却不管。", Trigger::fund_safety));
}

// Tipped off to the press (捅给了…) is media; passed up inside the bank is not. Sold as
// "just like a fixed deposit" (和定期的一样) is a promise, and a loss on it fund_safety
// (zh-2026.18; the first and third CHECKs fail on zh-2026.17, the others guard their edges).
TEST_CASE("捅给了 a news site is media, 捅给了分行 is not; 和定期的一样 then a loss is fund_safety (zh-2026.18)") {
  CHECK(fired("我把银行乱扣年费的事捅给了大河网。", Trigger::media));
  CHECK_FALSE(fired("他们把我的投诉捅给了分行，分行一直不回复。", Trigger::media));
  CHECK(fired("柜台的人说这份保险和定期的一样，五年后我去取，只拿回九成本金。", Trigger::fund_safety));
  CHECK(lexicon_alone("客户经理说跟定期的一样随时能取，到期却亏了两千。").category == Category::product_sales);
}

// A reply posted under someone's thread, a letter written to a newspaper (报纸 alone is
// only read) and an open letter are public words: media (zh-2026.19; the three CHECKs
// fail on zh-2026.18).
TEST_CASE("跟帖, 写信给了报纸 and 公开信 are media; reading the paper is not (zh-2026.19)") {
  CHECK(fired("看到有人讲银行中午只开一个窗口，我忍不住跟帖说了两句。", Trigger::media));
  CHECK(fired("挂失热线打不通的事，我写信给了报纸。", Trigger::media));
  CHECK(fired("我们公司发公开信，要求银行一周内说明冻结户口的理由。", Trigger::media));
  CHECK_FALSE(fired("我每天都看报纸，知道银行新出的规定。", Trigger::media));
}

// 反映 to the bank is 投诉 to the bank: with the bank's answer in the story it was an
// earlier complaint; an answer that never came (没有回音) is one too, a complaint the bank
// turned down (银行驳回了我的申诉) was one, and so is one made on the spot (当场就投诉了) or
// begun long ago (几个月前就开始投诉). A threat (马上就投诉了, 明天就开始投诉, 通过各种渠道投诉),
// a payment platform's rejection and the complaint being made (特向贵行反映) are not
// (zh-2026.20; the first five CHECKs fail on zh-2026.19, the others guard the edges a
// review found).
TEST_CASE("向客服反映 with the answer, 没有回音, 银行驳回了我的申诉, 当场就投诉了 are repeats; threats are not (zh-2026.20)") {
  CHECK(fired("转账少了五百元，我向客服反映，客服答复说三天内回电。", Trigger::repeat));
  CHECK(fired("年费的事我向支行反映了，到现在没有回音。", Trigger::repeat));
  CHECK(fired("信用卡被人刷了，银行驳回了我的申诉，说密码是我自己输的。", Trigger::repeat));
  CHECK(fired("柜员甩脸色，我当场就投诉了，可一周过去没人联系我。", Trigger::repeat));
  CHECK(fired("几个月前我就开始投诉，银行一直推脱。", Trigger::repeat));
  CHECK_FALSE(fired("你们再乱扣费，我就投诉了。", Trigger::repeat));
  CHECK_FALSE(fired("你们再不处理，我马上就投诉了。", Trigger::repeat));
  CHECK_FALSE(fired("如果还不退钱，我明天就开始投诉。", Trigger::repeat));
  CHECK_FALSE(fired("我会通过各种渠道投诉你们。", Trigger::repeat));
  CHECK_FALSE(fired("支付宝驳回了我的申诉，说证据不足。", Trigger::repeat));
  CHECK_FALSE(fired("特向贵行反映，之前客服说会回电。", Trigger::repeat));
  CHECK_FALSE(fired("我向分行反映这件事，希望尽快给个说法。", Trigger::repeat));
}

// People queueing (排着十六七个人) are a queue, as 排了 was, not complainants; the same count
// who complain together still are (zh-2026.20; the first two CHECKs fail on zh-2026.19).
TEST_CASE("排着十六七个人 is a queue, not a group; 十六七个储户联名 is a group (zh-2026.20)") {
  CHECK_FALSE(fired("那个窗口前排着十六七个人，队伍半天不动，旁边的窗口却闲着。", Trigger::group));
  CHECK_FALSE(fired("门口排着三十多个人，保安说今天只办二十个号。", Trigger::group));
  CHECK(fired("我们十六七个储户联名投诉网点乱收费。", Trigger::group));
}

// Found by a trial on texts written as the public writes (session 22): a customer's own
// phone number holding 12345 or 12378 made the complaint urgent.
TEST_CASE("a hotline's number inside a longer number (a phone number) is no hotline") {
  CHECK_FALSE(fired("我的手机号13912345678，打了好几次客服都说会回电，结果一直没人联系我", Trigger::special_source));
  CHECK_FALSE(fired("预留手机15012345601收不到验证码", Trigger::special_source));
  // The hotline itself, however written beside it, still is.
  CHECK(fired("我已经打了12345投诉你们", Trigger::special_source));
  CHECK(fired("这是12378转过来的投诉", Trigger::special_source));
}

// From the public-text trial (session 22): a double charge refunded, and money that
// turned up the next day, are no loss of funds (zh-2026.21; the first two CHECKs fail on
// zh-2026.20).
TEST_CASE("a double charge refunded, money found arrived later: no fund_safety (zh-2026.21)") {
  CHECK_FALSE(fired("加油的时候被重复扣款了，客服拖了好几天，钱是退了，可是谁来赔我跑的冤枉路", Trigger::fund_safety));
  CHECK_FALSE(fired("给房东转的房租他说没收到，我一晚上没睡着，早上再看钱已经到了，你们系统到底怎么回事",
                    Trigger::fund_safety));
  // Not refunded: still a double charge out of place.
  CHECK(fired("同一笔消费重复扣款两次，到现在也没人处理", Trigger::fund_safety));
}

// From a second public-text trial (session 23): a card swallowed with a debit besides is
// money not delivered (docs/LABELLING.md), and 我不找媒体，也不发微博 takes the threat back
// (zh-2026.22; the first four CHECKs fail on zh-2026.21).
TEST_CASE("吞卡还扣了 is fund_safety; 不找媒体 and 不发微博 are no media threat (zh-2026.22)") {
  CHECK(fired("ATM吞卡还扣了我3000块，钱还没退", Trigger::fund_safety));
  CHECK(fired("ATM吞了我的卡还扣了五千", Trigger::fund_safety));
  CHECK_FALSE(fired("柜员态度差，我不找媒体，也不发微博，就想要个道歉", Trigger::media));
  CHECK_FALSE(fired("我不会去网上闹，也不找记者，就是提个建议", Trigger::media));
  // A card swallowed while withdrawing, with no debit, is the machine's fault alone; the
  // commonest threat and 不得不 still count.
  CHECK_FALSE(fired("我在ATM取款，卡被吞了，当时是周末没人处理", Trigger::fund_safety));
  CHECK(fired("再不解决我就找媒体", Trigger::media));
  CHECK(fired("实在没办法，我不得不找媒体", Trigger::media));
  // A fee debited is a disputed fee, not a loss; "unless I go to the media" is a threat
  // (a review of the first version of these entries).
  CHECK_FALSE(fired("卡被吞还扣了年费", Trigger::fund_safety));
  CHECK_FALSE(fired("ATM吞卡了还扣了我10元手续费", Trigger::fund_safety));
  CHECK(fired("是不是我不找媒体你们就不管了？", Trigger::media));
  CHECK(fired("要是不找记者你们根本不会重视", Trigger::media));
}

// From two sets of 250 texts written as the public writes (session 24, sets X1 and X2):
// a demand for the money back is no statement that it came back, so it does not settle
// the loss (请把钱退回来 had read as 钱退回, arrived); debited and not delivered as people
// say it; products sold as a deposit; threats and journalists (zh-2026.23; each CHECK
// before the last four fails on zh-2026.22; those four pass on both). The next case holds
// what a review of the first version found it got wrong.
TEST_CASE("请把钱退回来 is a demand, not a refund; 扣了没出来, 卡上没有, 以为是存单 (zh-2026.23)") {
  CHECK(fired("ATM取款吞卡了，钱没吐出来，短信显示已支出三千。请尽快把钱退回来。", Trigger::fund_safety));
  CHECK(fired("小区二十户的水费都被重复扣了一次，请银行尽快把钱退回给大家", Trigger::fund_safety));
  CHECK(fired("取的两千块扣了没出来，机器就显示故障", Trigger::fund_safety));
  CHECK(fired("提现到银行卡显示成功，卡上却没有", Trigger::fund_safety));
  CHECK(fired("赎回的理财说两天到账，十天过去了钱也没到", Trigger::fund_safety));
  CHECK(fired("网银缴燃气费扣了三百，燃气公司却说没交上", Trigger::fund_safety));
  CHECK(fired("我妈一直以为是存单，去取才知道是保险，退保只能退回一半多一点", Trigger::fund_safety));
  CHECK(fired("经理说我们行兜底，结果这个产品亏了两万", Trigger::fund_safety));
  CHECK(fired("柜员录错账号，转账的两万块进入他人账户，至今追不回", Trigger::fund_safety));
  CHECK_FALSE(fired("如果明天不回复，客户将打12378向监管部门投诉", Trigger::special_source));
  CHECK_FALSE(fired("再不给说法我们就准备打市长热线了", Trigger::special_source));
  CHECK(fired("我是在记者的帮助下才联系到你们的", Trigger::special_source));
  CHECK(fired("此事已向省外汇管理局反映过，他们让我找银行", Trigger::special_source));
  CHECK_FALSE(fired("看到这条新闻我也想说两句，网点的柜台越来越少了", Trigger::media));
  CHECK(fired("第二次在APP意见反馈里留言了，上次没人回", Trigger::repeat));
  CHECK_FALSE(fired("推销电话挂了又打来，一天五六个", Trigger::repeat));
  CHECK_FALSE(fired("视频面签一直排队，前方还有238人", Trigger::group));
  // Statements of the money back still settle it: a delay, not a loss.
  CHECK_FALSE(fired("转账显示成功卡上没有，第二天款项原路退回了", Trigger::fund_safety));
  CHECK_FALSE(fired("ATM没出钞但扣了钱，交涉了三天才把钱退回", Trigger::fund_safety));
  // A customer who called the journalist is media, not a source; a complaint made before to
  // the regulator (就向…投诉 in a story) is still a source.
  CHECK_FALSE(fired("我已经跟当地的晚报记者联系了", Trigger::special_source));
  CHECK(fired("和银行协商没有结果，就向人民银行分行投诉了", Trigger::special_source));
}

// A review of zh-2026.23's first version: each of these read wrong there (and right on
// zh-2026.22, except the last, whose reach rule is new).
TEST_CASE("a refund stated, an empty balance, a misdirected transfer, what the customer did (zh-2026.23 review)") {
  // Refunds stated settle the loss; only the demand forms are hidden.
  CHECK_FALSE(fired("ATM没出钞但扣款了，银行说会冲正，三天后冲正成功", Trigger::fund_safety));
  CHECK_FALSE(fired("转账没到账，两天后钱退回卡里了", Trigger::fund_safety));
  CHECK_FALSE(fired("汇款对方没收到，第二天钱退回我的账户", Trigger::fund_safety));
  CHECK_FALSE(fired("取款没出钞扣了钱，银行已经把钱退回给我了", Trigger::fund_safety));
  // An empty balance, a transfer the customer misdirected, a warning, a merchant's parcel.
  CHECK_FALSE(fired("我想转账，但卡上没有余额了，能不能先透支", Trigger::fund_safety));
  CHECK_FALSE(fired("我转错了，钱转到了别人的卡上，能帮我追回吗", Trigger::fund_safety));
  CHECK_FALSE(fired("温馨提示：谨防资金进入他人账户", Trigger::fund_safety));
  CHECK_FALSE(fired("网购付款了，货没到，商家也联系不上", Trigger::fund_safety));
  CHECK_FALSE(fired("理财经理说兜底，结果收益不到一半", Trigger::fund_safety));
  CHECK_FALSE(fired("扣了2次积分，客服说系统问题", Trigger::fund_safety));
  // 我就向…投诉了 tells what the customer did: a source, not a threat.
  CHECK(fired("和银行协商没有结果，我就向人民银行分行投诉了", Trigger::special_source));
  CHECK(fired("于是我就向12378反映了情况", Trigger::special_source));
  CHECK_FALSE(fired("这是我第二次用你们的APP，意见反馈入口都找不到", Trigger::repeat));
  CHECK(fired("业务办不了二十多个老人都在大厅等", Trigger::group));
  // A threat's reach is carried on one character at most: the fact after 后来 stays.
  CHECK(fired("上周准备打12378投诉后来银保监局把我的投诉转给了你们", Trigger::special_source));
  CHECK_FALSE(fired("如果明天不回复，客户将打12378向监管部门投诉", Trigger::special_source));
}

// From 300 short texts written as the public types them (session 25, set X4; scored once
// before anything was learnt from them): 帐 written for 账 (转帐, 到帐), an ATM that paid
// out less, more than one complaint to a regulator (投诉过 now also says raised), a
// regulator's second transfer, advice to go to the regulator (the guide: not a source), a
// bank's own account on a video platform (not the press), 老同事 counted (zh-2026.24; each
// CHECK fails on zh-2026.23 but the last three, which hold on both).
TEST_CASE("转帐 is 转账; 少吐, advice to go to the regulator, 抖音客服, 多次…投诉过 (zh-2026.24)") {
  CHECK(fired("转帐两千给朋友，朋友说没收到", Trigger::fund_safety));
  CHECK(fired("柜员机少吐了两百，流水上是取了一千", Trigger::fund_safety));
    CHECK(fired("卡插进去钱没出，凭条上写着取款成功", Trigger::fund_safety));
  CHECK(fired("这事我多次向监管部门投诉过了", Trigger::repeat));
  CHECK(fired("这是银保监第二次转给你们的同一件事了", Trigger::repeat));
  CHECK_FALSE(fired("客服建议我向监管部门反映，就把电话挂了", Trigger::special_source));
  CHECK_FALSE(fired("网点经理说建议您去打12378，我们这边处理不了", Trigger::special_source));
  CHECK_FALSE(fired("在你们抖音客服留言三天了没人回", Trigger::media));
  CHECK(fired("七个老同事一起在你们网点买的理财，亏了一半", Trigger::group));
  // Unchanged: an earlier complaint to the regulator made once is a source, not a repeat;
  // a customer who says they will go to Douyin still threatens exposure.
  CHECK(fired("这事我已经向人民银行投诉过了", Trigger::special_source));
  CHECK_FALSE(fired("这事我已经向人民银行投诉过了", Trigger::repeat));
  CHECK(fired("再不处理我就发抖音曝光", Trigger::media));
}

// From 300 long posts written as the public writes them (session 25, set X3; scored once
// before anything was learnt from them): the 没 of a condition (再没答复我就找报社) no longer
// cancels the threat after it (没答复 hides it, as 没人理 does); Cantonese; deposits moved;
// a loss report never made; part paid on a product sold as safe; money put right; five
// households; a chat group's members; two or three complaints before; 之前打过 a hotline is
// a source, not a repeat; a journalist who took the complaint to the bank (zh-2026.25; each
// CHECK fails on zh-2026.24 but the last three, which hold on both).
TEST_CASE("再没答复我就找报社, 户口少咗, 没挂过失, 先后三次向…投诉, 记者带着材料去 (zh-2026.25)") {
  CHECK(fired("月底前再没答复我就找报社", Trigger::media));
  CHECK(fired("佢哋話我戶口少咗兩萬蚊，但係我完全冇做過任何轉賬", Trigger::fund_safety));
  CHECK(fired("后来才知道存进去的钱被挪到别的公司去了", Trigger::fund_safety));
  CHECK(fired("存单被人挂失后支取了，我从来没挂过失", Trigger::fund_safety));
  CHECK(fired("经理说这个产品保本，行里兜底。到期只兑付了三成", Trigger::fund_safety));
  CHECK_FALSE(fired("取款机少了一百块，银行清机核对后已经补到我账户上了", Trigger::fund_safety));
  CHECK(fired("我们六家邻居都在这个网点买了这款理财", Trigger::group));
  CHECK_FALSE(fired("有人把我的照片发到了一个群，这个群有两百多人", Trigger::group));
  CHECK(fired("这件事我已经两次向银保监局反映了", Trigger::repeat));
  CHECK(fired("我先后三次向网点投诉都没有结果", Trigger::repeat));
  CHECK_FALSE(fired("我之前打过12345反映这个情况", Trigger::repeat));
  CHECK(fired("日报的记者带着我的材料去分行问过了", Trigger::special_source));
  CHECK(fired("这回电视台的记者跟我一起去的网点", Trigger::special_source));
  // Put right, as staff record it: the loss told before is taken back.
  CHECK_FALSE(fired("客户存款时机器吞钞，当日未入账，次日清机后款项已补入客户账户", Trigger::fund_safety));
  CHECK_FALSE(fired("自助机存入现金钱被吞进机器，网点清机后已存入，客户确认到账", Trigger::fund_safety));
  CHECK_FALSE(fired("刷卡被扣了两次，第二天就退回来一笔", Trigger::fund_safety));
  // Unchanged: a negated contact with the press, a threat to the regulator, an earlier
  // complaint to the bank.
  CHECK_FALSE(fired("我没有去找报社，只想私下解决", Trigger::media));
  CHECK_FALSE(fired("再不处理就去银保监局", Trigger::special_source));
  CHECK(fired("我之前打过你们客服电话投诉，没人理", Trigger::repeat));
  // A review of this version's first draft: each of these read wrong there.
  CHECK(fired("转账五万对方一直没收到，要求银行尽快把钱补到我账户", Trigger::fund_safety));
  CHECK(fired("转账五万一直没到账，客服答应补给我了，可现在还是没有", Trigger::fund_safety));
  CHECK(fired("汇款三万对方一直没收到，我要求你们确认到账时间", Trigger::fund_safety));
  CHECK(fired("ATM取款少了两千，申请又退回，说要重新提交", Trigger::fund_safety));
  CHECK_FALSE(fired("营业厅被挪到三楼了，老人上楼很不方便", Trigger::fund_safety));
  CHECK_FALSE(fired("交了钱没出发票，柜员态度也不好", Trigger::fund_safety));
  CHECK_FALSE(fired("柜员少吐槽两句行不行", Trigger::fund_safety));
  CHECK_FALSE(fired("我再次转给朋友1000元，又被收了手续费", Trigger::repeat));
  CHECK_FALSE(fired("我两次向同一个账户转账都失败了，现在来投诉你们的系统", Trigger::repeat));
  CHECK_FALSE(fired("我以前从来没挂过失，这次第一次办，柜员也不教我怎么填单", Trigger::fund_safety));
  CHECK_FALSE(fired("我也不想一有事就找记者，只希望你们尽快处理", Trigger::media));
  CHECK(fired("我们小区业主群有50多人都被这个理财产品坑了", Trigger::group));
  CHECK(fired("我按照客服的建议去人民银行反映了，还没结果", Trigger::special_source));
  CHECK(fired("三天内没回复我就找记者", Trigger::media));
}

// zh-2026.26 (sets X5 and X6, training texts written as the public writes): an earlier
// complaint referred to as such (补充投诉, 上周的投诉, 我上周投诉的那件事, 上回投诉完), or to
// the bank after a word left before; one made elsewhere (another bank, a consumer
// association) or about another matter is no repeat; a scare put to rest is no loss;
// Cantonese debits and losses; 12315 is a regulator's line. Each CHECK fails on zh-2026.25
// but the display problem and the last three, which hold on both.
TEST_CASE("补充投诉, 上回投诉完, 消协, 这次是别的事, 虚惊一场, 冇出钱, 退保只能退六成 (zh-2026.26)") {
  CHECK(fired("补充投诉：附上转账失败的截图两张", Trigger::repeat));
  CHECK(fired("追加投诉，那个经理今天又打电话来推销了", Trigger::repeat));
  CHECK(fired("上回投诉完你们说一周内退费，到现在也没退", Trigger::repeat));
  CHECK(fired("麻烦看看上周的投诉有没有人跟进", Trigger::repeat));
  CHECK(fired("我前天在网点当面投诉的那件事到现在没人联系我", Trigger::repeat));
  CHECK(fired("这是我第四次给你们写了，年费的事还是没人管", Trigger::repeat));
  CHECK(fired("上个月已经在app里提过这个问题了，今天再说一次", Trigger::repeat));
  CHECK_FALSE(fired("我之前在消协投诉过，消协让我直接找银行", Trigger::repeat));
  CHECK_FALSE(fired("以前在别的银行也投诉过类似的事，没想到你们也这样", Trigger::repeat));
  CHECK_FALSE(fired("去年投诉过你们一次网点排队的事。这次是别的事：柜员把我的卡号念出来了", Trigger::repeat));
  CHECK_FALSE(fired("早上看到卡里少了五千，吓一跳，原来是我儿子转走的，虚惊一场", Trigger::fund_safety));
  CHECK_FALSE(fired("余额突然显示为零，客服说是页面显示问题，钱都在", Trigger::fund_safety));
  CHECK(fired("部提款机冇出钱，但系就扣咗我两千", Trigger::fund_safety));
  CHECK(fired("个经理话唔会蚀本，而家蚀咗三成", Trigger::fund_safety));
  CHECK(fired("经理说五年就能回本，现在第五年退保只能退七成", Trigger::fund_safety));
  CHECK(fired("给儿子的学费汇出去十天了他还没收到", Trigger::fund_safety));
  CHECK(fired("存了五千进去，卡里只多了四千", Trigger::fund_safety));
  CHECK_FALSE(fired("我已经打了12315反映过这件事", Trigger::repeat));
  // Unchanged: 全村 and a chat group's affected members still count; a loss on a product
  // sold as a deposit.
  CHECK(fired("全村的人都在这个信用社存了钱，现在取不出来", Trigger::group));
  CHECK(fired("我们群里三十多人一起去总行了", Trigger::group));
  CHECK(fired("说是保本的，到期亏了八千", Trigger::fund_safety));
}

// zh-2026.27, a review of zh-2026.26: each sentence below read wrong there (a first
// complaint or an addition to it read as an earlier one, a threat or a bank merely named
// taking an earlier complaint back, an explanation or an excuse settling a real loss,
// Cantonese denials, a ticket's refund as a loss, victims joining uncounted). Each holds
// on zh-2026.25 too.
TEST_CASE("zh-2026.27, zh-2026.26 reviewed: 要投诉的那件事, 就去消协, 后来查明是, 冇讲过, 机票只能退一半, 全镇两百多户") {
  CHECK_FALSE(fired("我今天要投诉的那件事发生在上周五，柜员把我的卡号念了出来", Trigger::repeat));
  CHECK_FALSE(fired("我先咨询一下，不行的话再正式投诉", Trigger::repeat));
  CHECK_FALSE(fired("上周的投诉电话一直打不通，今天总算接通了，我要投诉柜员", Trigger::repeat));
  CHECK_FALSE(fired("这个月第二次被扣年费了，所以给你们写这封信", Trigger::repeat));
  CHECK_FALSE(fired("我要投诉你们网点的柜员乱收费，另外补充投诉一下保安的态度", Trigger::repeat));
  CHECK_FALSE(fired("我跟我老公提过这个问题，他让我直接打客服", Trigger::repeat));
  CHECK_FALSE(fired("上回投诉别的银行，人家第二天就解决了", Trigger::repeat));
  CHECK(fired("我已经投诉过了，再不处理我就去消协", Trigger::repeat));
  CHECK(fired("我已经投诉过你们了，别的银行都是当天处理", Trigger::repeat));
  CHECK(fired("我第三次打电话反映了，客服每次都说是别的问题", Trigger::repeat));
  CHECK(fired("我上回投诉到12378，监管转给你们以后没人理", Trigger::special_source));
  CHECK(fired("我的卡在境外被盗刷了两万元，后来查明是一个境外网站泄露了卡号", Trigger::fund_safety));
  CHECK(fired("卡里少了五千，客服非说是页面显示问题，可到今天余额还是少五千", Trigger::fund_safety));
  CHECK_FALSE(fired("提款机冇出钱，查过户口冇扣数", Trigger::fund_safety));
  CHECK_FALSE(fired("个经理从来冇讲过唔会蚀本，系我自己要买嘅，而家蚀咗两成", Trigger::fund_safety));
  CHECK_FALSE(fired("这个月工资卡里只多了三千，问了公司才知道是请假扣的", Trigger::fund_safety));
  CHECK_FALSE(fired("我借给同事的钱还没回来，想问问能不能查他的转账记录", Trigger::fund_safety));
  CHECK_FALSE(fired("客户经理说这个理财很安全，我另外在网上买的机票只能退一半", Trigger::fund_safety));
  CHECK(fired("我们全镇两百多户储户一起来讨说法", Trigger::group));
  CHECK(fired("评论区二十多人和我一样被盗刷，我们拉了群，明天一起去支行", Trigger::group));
}

// zh-2026.28 (sets X7 and X8: machines, premises and prices; money-heavy texts on
// fund_safety's boundary): debits the customer never opened (从来没开过小额免密), Cantonese
// card charges (碌咗 … 冇买过); a face check's 非本人 and the bank's suspicion of a scam are no
// loss; a matter reported to the bank before and written about again (已经打电话报了, 留言说
// 过, 多次打12345反映过); a newspaper passing a reader's complaint on; people queueing, staff
// lined up, staff asked and counters are no group. Each CHECK fails on zh-2026.27 but the
// last three, which hold on both.
TEST_CASE("从来没开过, 碌咗, 提示非本人, 说我被骗, 已经打电话报了, 读者投诉转给, 站着等 (zh-2026.28)") {
  CHECK(fired("每个月都被扣一笔会员费，显示自动续费，我从来没开过这个会员", Trigger::fund_safety));
  CHECK(fired("张卡一直喺我身上，但系有人喺网上碌咗两千蚊，我根本冇买过嘢", Trigger::fund_safety));
  CHECK_FALSE(fired("换了新手机，人脸识别一直提示非本人，登录不了", Trigger::fund_safety));
  CHECK_FALSE(fired("我要给儿子付首付，柜员非说我是被骗了，还叫了派出所的人来问", Trigger::fund_safety));
  CHECK_FALSE(fired("柜员怀疑我被骗了，把我的转账拦了下来", Trigger::fund_safety));
  CHECK(fired("存款机少入账两千，已经打电话报了，说等清机，一个礼拜了没消息", Trigger::repeat));
  CHECK(fired("上周在app里留言说过这笔扣款，到现在没人理", Trigger::repeat));
  CHECK(fired("这事我已经多次打12345反映过了，银行还是不改", Trigger::repeat));
  CHECK(fired("现将读者投诉转给贵行，请核实处理", Trigger::special_source));
  CHECK_FALSE(fired("大厅就四把椅子，十几个老人站着等", Trigger::group));
  CHECK_FALSE(fired("中午只开一个窗口，一个窗口排二十个人", Trigger::group));
  CHECK_FALSE(fired("前后问了三个人，一人一个说法", Trigger::group));
  CHECK_FALSE(fired("网点撤掉了三个人工窗口，只留一个", Trigger::group));
  // Unchanged: interrupted on the phone is no repeat; a theft the customer denies; a
  // village that complains together.
  CHECK_FALSE(fired("客服多次打断我说话，还说听不懂就别问了", Trigger::repeat));
  CHECK(fired("卡在我身上，却被人在外地取走了三万", Trigger::fund_safety));
  CHECK(fired("我们村三十多户一起来反映这个问题", Trigger::group));
}

// zh-2026.29, a review of zh-2026.28: each sentence below read wrong there (a denial or
// a report too broad, the bank's suspicion ignored where the police or the customer said it,
// complainants joining hidden as a queue or as staff asked) and reads as on zh-2026.27.
TEST_CASE("zh-2026.29, zh-2026.28 reviewed: 从来没开过这么难用的APP, 民警说我是被骗了, 报了警, 我问了五个同事") {
  CHECK_FALSE(fired("二楼的VIP窗口从来没开过，取款只能挤在一楼", Trigger::fund_safety));
  CHECK_FALSE(fired("我从来没开过这么难用的APP，转账要验证五次", Trigger::fund_safety));
  CHECK_FALSE(fired("我之前冇买过保险，职员叫我转账五万买一份储蓄险", Trigger::fund_safety));
  CHECK(fired("派出所民警说我是被骗了，钱已经转到了境外账户", Trigger::fund_safety));
  CHECK(fired("银行调了监控，显示非本人取款，却要我自己承担损失", Trigger::fund_safety));
  CHECK_FALSE(fired("卡丢了以后我已经打电话报了挂失，结果第二天还是被取走了两千", Trigger::repeat));
  CHECK_FALSE(fired("我打了电话登记预约，到了网点还是让我排号等了两个小时", Trigger::repeat));
  CHECK_FALSE(fired("网点在公众号留言说过周六照常营业，结果我去了大门紧闭", Trigger::repeat));
  CHECK_FALSE(fired("手机银行多次打不开，向你们反映一下", Trigger::repeat));
  CHECK_FALSE(fired("本报将读者投诉的问题整理后刊发，引起了广泛关注", Trigger::special_source));
  CHECK(fired("我问了五个同事，大家都被扣了这笔钱，委托我代表大家来反映", Trigger::group));
  CHECK(fired("我们三十多个储户站着堵在门口，要求银行退还被挪用的存款", Trigger::group));
}

// zh-2026.30: an earlier complaint to the bank itself is a repeat, whoever else the same
// sentence names (the complained rule stops at a regulator anywhere in the sentence, and
// the earlier complaint was lost: a review of zh-2026.26 found it). The first and the
// fourth fail on zh-2026.29; the rest hold on both.
TEST_CASE("上个月向你们投诉过，没人管，昨天又打了12315 (zh-2026.30)") {
  CHECK(fired("上个月向你们投诉过，没人管，昨天又打了12315", Trigger::repeat));
  CHECK(fired("上个月向你们投诉过，没人管，昨天又打了12315", Trigger::special_source));
  CHECK(fired("我跟你们反映过这件事，你们不理，我就去人民银行反映了", Trigger::repeat));
  CHECK(fired("这事我已经向12378反映过两次了", Trigger::repeat));
  CHECK_FALSE(fired("我从来没向你们投诉过，这是第一次", Trigger::repeat));
  CHECK_FALSE(fired("我以前没跟你们反映过这个问题", Trigger::repeat));
}

// zh-2026.31: 屡次/屡屡/一再 + 投诉/反映 count as 多次投诉 does, and traditional 屢 reads as
// 屡 (it was left as it is). Each positive fails on zh-2026.30; 屡次 alone stays a fact.
TEST_CASE("屡次反映, 一再投诉, 屢次反映 (zh-2026.31)") {
  CHECK(fired("本人屡次反映，贵行置之不理", Trigger::repeat));
  CHECK(fired("本人屢次反映，貴行置之不理", Trigger::repeat));
  CHECK(fired("我一再反映这个问题，没人管", Trigger::repeat));
  CHECK_FALSE(fired("理财经理屡屡向我推销保险，我要投诉她骚扰", Trigger::repeat));
  CHECK_FALSE(fired("卡里屡次被扣费，我要投诉", Trigger::repeat));
  CHECK_FALSE(fired("柜员一再推销理财，我要反映这个问题", Trigger::repeat));
}

// zh-2026.31: a complaint made to a bank named (向星展投诉, 向花旗反映) and the answer told
// with an adverb (总行只说, 对方却说) are the two steps of an earlier complaint, in one
// sentence or two in a row. The positives fail on zh-2026.30; the negatives hold on both.
TEST_CASE("我们到总行投诉，总行只说…; 我向花旗反映。对方却说… (zh-2026.31)") {
  CHECK(fired("我们到总行投诉，总行只说银行有监管责任", Trigger::repeat));
  CHECK(fired("我向星展投诉，银行回复说是系统问题", Trigger::repeat));
  CHECK(fired("我向花旗反映。对方却说这是正常扣费", Trigger::repeat));
  CHECK_FALSE(fired("我要向招行投诉，要求退款", Trigger::repeat));
  CHECK_FALSE(fired("打电话问客服，客服却说不知道", Trigger::repeat));
}

// zh-2026.32: the matter taken up with the bank before (docs/LABELLING.md, 2026-12-07) is an
// earlier complaint, whoever the text goes on to; a dealing still to come is not. The first
// three fail on zh-2026.31 (nothing read them); the negatives hold on both.
TEST_CASE("与银行多次交涉无果 is an earlier complaint; 要去银行交涉 is not (zh-2026.32)") {
  CHECK(fired("我与银行多次交涉无果，只好向法院起诉", Trigger::repeat));
  CHECK(fired("我跟网点交涉了好几次，他们就是不退钱，今天找了记者", Trigger::repeat));
  CHECK(fired("我与银行交涉无果，向人民银行投诉", Trigger::repeat));
  CHECK(fired("我与银行交涉无果，向人民银行投诉", Trigger::special_source));
  CHECK_FALSE(fired("明天我要去银行交涉", Trigger::repeat));
  CHECK_FALSE(fired("我准备找银行交涉这件事", Trigger::repeat));
  CHECK_FALSE(fired("我没有和银行交涉过，直接报了警", Trigger::repeat));
  CHECK_FALSE(fired("我到柜台跟他们理论，柜员态度恶劣", Trigger::repeat));
}

// zh-2026.33: the dealing only with the bank named or in forms that say it happened; a
// merchant's, an insurer's, the bank's own, loan terms and a regulator's demands are not
// (a review of zh-2026.32 found 271 of 315 such sentences firing). The positives fail on
// zh-2026.31; the first seven negatives fail on zh-2026.32, the last three held on both.
TEST_CASE("交涉数日, 和银行沟通没有结果; not 与卖家交涉无果, 与收单机构交涉 (zh-2026.33)") {
  CHECK(fired("她当即要求取回本金，交涉数日后被扣10元手续费才把钱退回", Trigger::repeat));
  CHECK(fired("我和银行沟通没有结果，只好向调解中心申请调解", Trigger::repeat));
  CHECK(fired("我和这家银行协商没有结果，只好向人民银行投诉", Trigger::repeat));
  CHECK_FALSE(fired("与淘宝卖家交涉无果，请银行帮我冻结这笔交易", Trigger::repeat));
  CHECK_FALSE(fired("我与保险公司多次交涉，他们坚持不赔，这份保险是在你们网点买的", Trigger::repeat));
  CHECK_FALSE(fired("我行已就该笔交易与收单机构交涉，请客户耐心等待", Trigger::repeat));
  CHECK_FALSE(fired("公司与银行多次沟通贷款事宜，最终获得了500万授信", Trigger::repeat));
  CHECK_FALSE(fired("监管部门多次要求银行规范收费", Trigger::repeat));
  CHECK_FALSE(fired("类似事件屡屡反映出部分网点服务意识淡薄", Trigger::repeat));
  CHECK_FALSE(fired("我在支行和柜员交涉，她竟然对我破口大骂", Trigger::repeat));
  CHECK_FALSE(fired("我想和银行协商分期还款", Trigger::repeat));
  CHECK_FALSE(fired("我会去找他们交涉", Trigger::repeat));
}

// zh-2026.34: the dealing with the bank named right before it (和银行协商, 与该行沟通) and its
// failure anywhere in the sentence. The positives fail on zh-2026.33; of the negatives,
// the first three fire on the rule without its conditions (a loan's terms, a dealing
// supposed, a request for business), the fourth also without 跟那次无关 read as another
// matter, and the last two fire on neither (a landlord the other party with the bank
// named elsewhere; the bank's own dealing).
TEST_CASE("多次联系银行协商都没有结果, 和银行协商赔偿…拒绝赔偿; not 和银行协商分期 (zh-2026.34)") {
  CHECK(fired("我多次联系银行协商都没有结果，只好起诉", Trigger::repeat));
  CHECK(fired("第二天我到银行打印了交易明细，和银行协商赔偿，银行却拒绝赔偿", Trigger::repeat));
  CHECK(fired("事后我和农行多次沟通都没有结果，不得已委托律师起诉", Trigger::repeat));
  CHECK(fired("与建行协商赔偿未果后，我已向法院提起诉讼", Trigger::repeat));
  CHECK_FALSE(fired("信用卡逾期后，我多次和银行协商个性化分期，均未成功", Trigger::repeat));
  CHECK_FALSE(fired("打算本周五去工行讨说法，如果协商无果再找律师", Trigger::repeat));
  CHECK_FALSE(fired("跟网点沟通能不能周末办对公开户，没有结果，只能工作日请假去", Trigger::repeat));
  CHECK_FALSE(fired("去年和支行协商征信的事不了了之，今天要说的是排队太慢，跟那次无关", Trigger::repeat));
  CHECK_FALSE(fired("跟房东协商不成，我去派出所报了案，押金转账记录在工行APP上", Trigger::repeat));
  CHECK_FALSE(fired("银行多次联系借款人协商还款无果后，已将其诉至法院", Trigger::repeat));
}

// zh-2026.34: a crowd named without a count is a group only when the sentence has them
// complain together, speak as one or be hit together. The negatives fire on zh-2026.33;
// the positives fire on both.
TEST_CASE("老人们在里面吹空调 is no group; 我们十几个人, 全村的人都在 are (zh-2026.34)") {
  CHECK_FALSE(fired("夏天老人们在里面吹空调看报纸，网点也不赶人", Trigger::group));
  CHECK_FALSE(fired("结果一群大爷大妈挤在柜台前面，谁先谁后说不清", Trigger::group));
  CHECK_FALSE(fired("工作人员说以前很多储户反映取到假钞，大多数都是来讹钱的", Trigger::group));
  CHECK(fired("我们十几个人住在同一栋楼，网点的空调外机整夜轰鸣", Trigger::group));
  CHECK(fired("全村的人都在这个信用社存了钱，现在取不出来", Trigger::group));
  CHECK(fired("业主们一起去支行要说法", Trigger::group));
}

// zh-2026.33: survey respondents and guarantors are no complainants. Each fails on zh-2026.32.
TEST_CASE("访问了一百五十六名视障人士, 另有四名保人 (zh-2026.33)") {
  CHECK_FALSE(fired("该项调查访问了一百五十六名视障人士，发现银行服务多不便利", Trigger::group));
  CHECK_FALSE(fired("该笔借贷另有四名保人，银行却只找我一个人催债", Trigger::group));
  CHECK(fired("我们一百五十六名视障人士联名投诉银行服务不便", Trigger::group));
}

// zh-2026.35: the press and the public named by what they are, not by a list of titles: a
// word of telling and an outlet, a word of sending and a title mark, a word of posting and
// a place the public reads, each pair in one sentence. The positives fail on zh-2026.34;
// the negatives hold each word alone, or staff as the poster, and fire on neither.
TEST_CASE("反映给了凤凰财经, 投给《当今大马》, 发在了朋友圈; not 告诉了柜员, 员工发到朋友圈 (zh-2026.35)") {
  CHECK(fired("我把这事反映给了凤凰财经", Trigger::media));
  CHECK(fired("我们向银柿财经讲了这些经历", Trigger::media));
  CHECK(fired("我已经把经过告诉了第一播报，希望银行认真查清楚", Trigger::media));
  CHECK(fired("我写信投给《当今大马》公开此事", Trigger::media));
  CHECK(fired("我已经把这件事发在了朋友圈", Trigger::media));
  CHECK(fired("我当场把情况发到了X上", Trigger::media));
  CHECK(fired("有读者致电本报称，他的借记卡被人转走了九千多元", Trigger::media));
  CHECK_FALSE(fired("我把情况告诉了柜员，她说要等三个工作日", Trigger::media));
  CHECK_FALSE(fired("我向理财经理咨询了这款产品的风险", Trigger::media));
  CHECK_FALSE(fired("我向银行要了《还款证明》，可征信还是没改", Trigger::media));
  CHECK_FALSE(fired("你们员工把客户群的聊天截图发到朋友圈，截图里有我的名字", Trigger::media));
  CHECK_FALSE(fired("验证码一直发到我以前的手机上", Trigger::media));
  CHECK_FALSE(fired("我在新闻网上看到你们银行被罚款的消息", Trigger::media));
}

// zh-2026.36: the matter taken up with the bank in any words, and the text going on past
// the bank (the press, the public, a court), anywhere in the text: public pages tell the
// dealing and the lawsuit sentences apart. The positives fire on no earlier lexicon; the
// negatives hold the dealing alone (an argument told as the grievance), the going on alone
// (a first complaint to the press), a reporter's own call, and 理论上 (in theory).
TEST_CASE("与银行沟通…协商无果，告上法庭; 找银行理论…向报社投诉; not the dealing or the press alone (zh-2026.36)") {
  CHECK(fired("周先生与涉事银行沟通，提出退还全款要求。银行表示他没在卡背面签名，也有责任。由于协商无果，周先生将涉事银行告上法庭。",
              Trigger::repeat));
  CHECK(fired("我当时就找银行理论，银行答应三天后给我答复，结果一直没有回音。我只好打电话向报社投诉。", Trigger::repeat));
  CHECK(fired("和银行说不通，大爷一气之下把银行告上了法庭，要求银行还钱。", Trigger::repeat));
  CHECK(fired("我多次找银行客户服务热线，前后一个多月始终没有结果。我只好起诉，要求银行道歉。", Trigger::repeat));
  CHECK(fired("和客服沟通后，对方只说可以双倍积分抵年费。我接受了财经记者的采访讲了这件事。", Trigger::repeat));
  CHECK_FALSE(fired("柜员态度很差，我跟她理论了几句，她还骂人。", Trigger::repeat));
  CHECK_FALSE(fired("我的卡被盗刷了两万元，我把这事告诉了记者。", Trigger::repeat));
  CHECK_FALSE(fired("理论上银行应该赔偿，我已经把经过发到网上。", Trigger::repeat));
  CHECK_FALSE(fired("读者反映自己的卡被盗刷。记者随即联系了银行，银行称正在调查。", Trigger::repeat));
  CHECK_FALSE(fired("我被银行起诉了，可那张卡我从来没激活过。", Trigger::repeat));
}

// zh-2026.37: the bank's side answering a reporter tells that the journalist took the
// complaint to the bank (special_source); the customer telling a reporter, with staff named
// in the same sentence, or an industry voice, is media alone. The positives fail on zh-2026.36.
TEST_CASE("有关人士告诉记者, 该行负责人对记者表示, 记者跟着我; not 他告诉记者…工作人员 (zh-2026.37)") {
  CHECK(fired("当事银行福建省分行有关人士告诉记者，经查是转入行出了差错，已介入处理", Trigger::special_source));
  CHECK(fired("对此，该行负责人对记者表示，将尽快核实并给客户答复", Trigger::special_source));
  CHECK(fired("记者跟着我一起去了银行，银行答应会积极帮我追回", Trigger::special_source));
  CHECK_FALSE(fired("他告诉记者，一位李姓工作人员向他父亲推荐了两款产品", Trigger::special_source));
  CHECK_FALSE(fired("深圳一位银行业人士告诉记者，这是配合断卡行动的举措", Trigger::special_source));
  CHECK(fired("他告诉记者，一位李姓工作人员向他父亲推荐了两款产品", Trigger::media));
}

// zh-2026.38 (a review of zh-2026.36): the court as the customer's step, said so; a
// collector's threat to sue, 诉讼保全, 诉讼时效, the bank's own application to a court and a
// place of purchase named by a platform fired repeat (and urgent) with any dealing beside
// them. Each negative fires on zh-2026.36; each positive on both.
TEST_CASE("催收人员说要起诉我, 诉讼保全, 诉讼时效, 银行向法院申请 are no going on; 只好起诉银行 is (zh-2026.38)") {
  CHECK_FALSE(fired("催收人员打电话说要起诉我，我联系客服，客服说不归他们管", Trigger::repeat));
  CHECK_FALSE(fired("我的账户被法院诉讼保全冻结了，联系客服也说不清楚", Trigger::repeat));
  CHECK_FALSE(fired("客服说过了诉讼时效，我多次沟通无果", Trigger::repeat));
  CHECK_FALSE(fired("我多次联系客服，银行却向法院申请强制执行", Trigger::repeat));
  CHECK_FALSE(fired("我在抖音直播间买了这款理财，多次沟通无果", Trigger::repeat));
  CHECK(fired("我多次联系客服要求退款都没有结果，只好起诉银行", Trigger::repeat));
  CHECK(fired("与支行协商赔偿无果，我把银行告上法庭", Trigger::repeat));
}
