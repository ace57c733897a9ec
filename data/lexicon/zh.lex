# shixian complaint lexicon (format 1): Chinese words and phrases, and what each is
# evidence of. Written for shixian from 《95580电话客户投诉管理办法实施细则》第十条、第十一条
# and the complaint categories of the bank handbooks (RULES.md §5). A bank may replace it
# with its own file: `shixian classify --lexicon bank.lex`.
#
# One entry per line; '#' starts a comment; fields are separated by blanks:
#   PHRASE EFFECT [EFFECT…]
# PHRASE is matched anywhere in the text (ASCII letters ignore case). EFFECT is one of:
#   fund_safety | repeat | group | media | special_source
#                            a trigger of an urgent complaint (第十条)
#   review:public_figure | review:sensitive | review:reputation
#                            the call recording must be re-heard (重大投诉)
#   CATEGORY or CATEGORY=WEIGHT
#                            adds WEIGHT (default 1, -100..100) to a category:
#                            service_attitude account_transaction fees_rates
#                            product_sales privacy facilities_system
#   negator                  a phrase this close before another (see @negation_window),
#                            in the same clause, cancels it: 没有被盗刷 is no theft claim
#   boundary                 ends a clause: a negator does not reach across it
#   ignore                   hides every shorter phrase inside it and does nothing else
#                            (未经 is not the negator 未; 非常 is not 非)
#   unit:person              the number right before it is a head count (三人, 五位客户)
#   unit:yuan                the number right before it is an amount in yuan (5万元); a
#                            unit that is itself a numeral (万) ends the number (被骗了3万)
#   nonparty                 right after a head count, the people are not complainants
#                            (三名工作人员, 六位密码)
#
# Resolution: when phrases overlap, one lying wholly inside a longer one is dropped, so a
# longer phrase overrides its parts: 转账手续费 counts as fees, not as a transfer; 未到账
# is a claim, not a negation. A phrase cannot be listed twice.
#
# Directives: @version TEXT names this data in results' provenance; @negation_window N
# is the largest number of characters between a negator and the phrase it cancels.

@version zh-2026.1
@negation_window 5

# ---------------------------------------------------------------- structure
没有            negator
没              negator
并没有          negator
未              negator
并未            negator
尚未            negator
未曾            negator
从未            negator
从没            negator
不是            negator
并非            negator
并无            negator
不存在          negator
不曾            negator
否认            negator
不会            negator

# Phrases that contain a negator but do not negate what follows.
未经            ignore
未来            ignore
未成年          ignore
未知            ignore
没想到          ignore
没有想到        ignore
没办法          ignore
没法            ignore
没完没了        ignore
是不是          ignore
不是说          ignore
不会用          ignore
没多久          ignore
没过多久        ignore
没几天          ignore
没一会          ignore
未能            ignore
没收到          ignore
聊天记录        ignore

，              boundary
。              boundary
！              boundary
？              boundary
；              boundary
：              boundary
、              boundary
,               boundary
!               boundary
?               boundary
;               boundary
但              boundary
但是            boundary
可是            boundary
却              boundary
结果            boundary
而是            boundary
然而            boundary

人              unit:person
位              unit:person
名              unit:person
户              unit:person
个人            unit:person
元              unit:yuan
圆              unit:yuan
块              unit:yuan
块钱            unit:yuan
元钱            unit:yuan
万              unit:yuan
亿              unit:yuan

工作人员        nonparty service_attitude=1
员工            nonparty service_attitude=1
柜员            nonparty service_attitude=1
保安            nonparty service_attitude=1
经理            nonparty
客户经理        nonparty
大堂经理        nonparty service_attitude=1
理财经理        nonparty product_sales=2
行长            nonparty
营业员          nonparty service_attitude=1
密码            nonparty account_transaction=1
数字            nonparty
验证码          nonparty account_transaction=1
位数            ignore
卡号            nonparty
号码            nonparty
小时            nonparty
分钟            nonparty

# ---------------------------------------------------------------- fund_safety
# 涉及客户账户资金安全，可能或已经给客户造成损失 (theft, fraud, debited but not delivered,
# missing deposits, losses on a product sold as capital-guaranteed). Fees are not this.
盗刷            fund_safety account_transaction=3
被盗刷          fund_safety account_transaction=4
被盗            fund_safety account_transaction=3
盗取            fund_safety account_transaction=2
盗用            fund_safety account_transaction=2
被骗            fund_safety account_transaction=2
诈骗            fund_safety account_transaction=2
骗子            fund_safety account_transaction=2
电信诈骗        fund_safety account_transaction=2 review:sensitive
资金损失        fund_safety account_transaction=1
财产损失        fund_safety account_transaction=1
损失            fund_safety
造成损失        fund_safety
不翼而飞        fund_safety account_transaction=3
钱不见了        fund_safety account_transaction=3
不见了          fund_safety account_transaction=1
莫名扣款        fund_safety account_transaction=3
莫名其妙        account_transaction=1
被转走          fund_safety account_transaction=3
转走            fund_safety account_transaction=2
被扣走          fund_safety account_transaction=3
划走            fund_safety account_transaction=2
非本人操作      fund_safety account_transaction=3
不是本人操作    fund_safety account_transaction=3
不是我本人操作  fund_safety account_transaction=3
本人不知情      fund_safety account_transaction=2
冒用            fund_safety account_transaction=2
冒名            fund_safety account_transaction=2
冒领            fund_safety account_transaction=2
伪造签名        fund_safety account_transaction=2
代签            fund_safety product_sales=1
未到账          fund_safety account_transaction=3
没到账          fund_safety account_transaction=3
没有到账        fund_safety account_transaction=3
不到账          fund_safety account_transaction=3
一直没到        fund_safety account_transaction=2
未入账          fund_safety account_transaction=3
没有入账        fund_safety account_transaction=3
没入账          fund_safety account_transaction=3
没收到钱        fund_safety account_transaction=3
没有收到钱      fund_safety account_transaction=3
没有收到款      fund_safety account_transaction=3
没收到款        fund_safety account_transaction=3
一直没收到      fund_safety account_transaction=3
对方没收到      fund_safety account_transaction=3
对方没有收到    fund_safety account_transaction=3
莫名其妙被扣    fund_safety account_transaction=3
挪用            fund_safety account_transaction=3
不兑付          fund_safety product_sales=2
无法兑付        fund_safety product_sales=2
逾期兑付        fund_safety product_sales=2
没有退出来      fund_safety facilities_system=2
没退出来        fund_safety facilities_system=2
未收到款        fund_safety account_transaction=3
钱没出来        fund_safety facilities_system=2
没出钞          fund_safety facilities_system=3
未出钞          fund_safety facilities_system=3
吞钞            fund_safety facilities_system=4
吞了钱          fund_safety facilities_system=3
钱被吞          fund_safety facilities_system=3
少了            fund_safety account_transaction=1
少了一          fund_safety account_transaction=1
存款不见        fund_safety account_transaction=3
存款少了        fund_safety account_transaction=3
余额少了        fund_safety account_transaction=3
余额不对        fund_safety account_transaction=3
资金安全        fund_safety account_transaction=1
账户安全        fund_safety account_transaction=1
保本            fund_safety product_sales=3
承诺保本        fund_safety product_sales=3
说是保本        fund_safety product_sales=3
保证本金        fund_safety product_sales=3
本金亏损        fund_safety product_sales=3
本金损失        fund_safety product_sales=3
亏了本金        fund_safety product_sales=3
血本无归        fund_safety product_sales=3
不保本          product_sales=3
套现            fund_safety account_transaction=1
钓鱼            fund_safety account_transaction=1
假冒            fund_safety
洗钱            review:sensitive account_transaction=1

# ---------------------------------------------------------------- repeat
再次投诉        repeat
再次反映        repeat
再次来电        repeat
再次致电        repeat
又来投诉        repeat
又投诉          repeat
又一次          repeat
第二次          repeat
第三次          repeat
第四次          repeat
第五次          repeat
第2次           repeat
第3次           repeat
二次投诉        repeat
多次投诉        repeat
多次反映        repeat
多次致电        repeat
多次来电        repeat
多次联系        repeat
多次打电话      repeat
多次拨打        repeat
反复投诉        repeat
反复反映        repeat
反复打          repeat
重复投诉        repeat
已经投诉过      repeat
已投诉过        repeat
投诉过          repeat
上次投诉        repeat
上次反映        repeat
之前投诉        repeat
之前反映过      repeat
前几天投诉      repeat
上周投诉        repeat
上个月投诉      repeat
不是第一次      repeat
仍未解决        repeat
至今未解决      repeat
至今没有解决    repeat
一直没有解决    repeat
一直没解决      repeat
还是没有解决    repeat
依然没有解决    repeat
问题依旧        repeat
还没有给答复    repeat
石沉大海        repeat service_attitude=2

# ---------------------------------------------------------------- group
# Fire only when no head count is known; a count (三人, 五位客户) decides by itself.
联名            group
集体投诉        group
群体投诉        group
群体性          group review:reputation
集体            group
一起来投诉      group
大家一起        group
多名客户        group
多位客户        group
众多客户        group
很多客户        group
好多客户        group
许多客户        group
一群            group
业主们          group
居民们          group
老人们          group
村民            group
工友们          group
同事们          group

# ---------------------------------------------------------------- media, reputation
记者            media special_source review:reputation
媒体            media review:reputation
新闻媒体        media review:reputation
曝光            media review:reputation
电视台          media review:reputation
报社            media review:reputation
报纸            media review:reputation
上新闻          media review:reputation
新闻            media
网上曝光        media review:reputation
发到网上        media review:reputation
发网上          media review:reputation
发微博          media review:reputation
微博            media review:reputation
抖音            media review:reputation
快手            media review:reputation
小红书          media review:reputation
发朋友圈        media review:reputation
热搜            media review:reputation
自媒体          media review:reputation
舆论            media review:reputation
舆情            media review:reputation
黑猫投诉        media review:reputation
3·15            media review:reputation
315晚会         media review:reputation
央视            media review:reputation
负面新闻        media review:reputation
负面影响        review:reputation
声誉            review:reputation
闹大            review:reputation
拉横幅          review:reputation group
横幅            review:reputation
静坐            review:reputation
上访            special_source review:reputation

# ---------------------------------------------------------------- special_source
# A special identity, source or channel likely to draw attention.
人大代表        special_source review:public_figure
政协委员        special_source review:public_figure
明星            special_source review:public_figure
网红            special_source review:public_figure
公众人物        special_source review:public_figure
知名人士        special_source review:public_figure
大V             special_source review:public_figure
主播            special_source review:public_figure
银保监          special_source
银保监会        special_source
银保监局        special_source
金融监管总局    special_source
金融监管局      special_source
监管局          special_source
监管部门        special_source
监管机构        special_source
人民银行        special_source
人行            special_source
央行            special_source
12378           special_source
12363           special_source
12345           special_source
市长热线        special_source
政府热线        special_source
信访            special_source review:reputation
纪委            special_source
消协            special_source
消费者协会      special_source
转办            special_source
律师函          special_source

# ---------------------------------------------------------------- sensitive topics
养老金          review:sensitive
退休金          review:sensitive
社保            review:sensitive
医保            review:sensitive
农民工          review:sensitive
拖欠工资        review:sensitive
低保            review:sensitive
残疾人          review:sensitive
残疾            review:sensitive
扶贫            review:sensitive
非法集资        review:sensitive fund_safety product_sales=2
拆迁款          review:sensitive
征地款          review:sensitive
助学贷款        review:sensitive
退役军人        review:sensitive
烈士            review:sensitive
疫情            review:sensitive

# ---------------------------------------------------------------- service_attitude
态度            service_attitude=3
口气            service_attitude=3
骂我是骗子      service_attitude=4
服务态度        service_attitude=4
态度差          service_attitude=4
态度恶劣        service_attitude=4
态度很差        service_attitude=4
态度极差        service_attitude=4
态度生硬        service_attitude=4
不耐烦          service_attitude=3
爱理不理        service_attitude=3
爱答不理        service_attitude=3
不理不睬        service_attitude=3
没人理          service_attitude=3
没人管          service_attitude=2
冷漠            service_attitude=3
辱骂            service_attitude=4
骂人            service_attitude=4
骂我            service_attitude=4
吼              service_attitude=3
训斥            service_attitude=3
呵斥            service_attitude=3
顶撞            service_attitude=3
推诿            service_attitude=3
踢皮球          service_attitude=3
互相推脱        service_attitude=3
推脱            service_attitude=2
敷衍            service_attitude=3
甩脸色          service_attitude=3
脸色            service_attitude=2
白眼            service_attitude=3
玩手机          service_attitude=3
聊天            service_attitude=2
嘲笑            service_attitude=3
讽刺            service_attitude=3
阴阳怪气        service_attitude=3
不礼貌          service_attitude=3
没礼貌          service_attitude=3
粗鲁            service_attitude=3
刁难            service_attitude=3
服务差          service_attitude=3
服务很差        service_attitude=3
服务意识        service_attitude=3
不专业          service_attitude=2
答非所问        service_attitude=2
挂断电话        service_attitude=3
挂了电话        service_attitude=3
挂我电话        service_attitude=3
插队            service_attitude=2
排队            service_attitude=1
等了            service_attitude=1
效率低          service_attitude=2
效率太低        service_attitude=2
只开了          service_attitude=2
窗口            service_attitude=1
不作为          service_attitude=2
拒绝办理        service_attitude=2
不给办理        service_attitude=2
不给办          service_attitude=2
赔礼道歉        service_attitude=2
道歉            service_attitude=2
客服人员        service_attitude=2
客服            service_attitude=1
大堂            service_attitude=1
恶劣            service_attitude=2
凶              service_attitude=2
不尊重          service_attitude=3
歧视            service_attitude=3
不搭理          service_attitude=3
下班            service_attitude=1
催促            service_attitude=1

# ---------------------------------------------------------------- account_transaction
转账            account_transaction=2
汇款            account_transaction=2
跨行转账        account_transaction=2
到账            account_transaction=1
扣款            account_transaction=2
重复扣款        fund_safety account_transaction=3
多扣            account_transaction=2
冻结            account_transaction=3
账户冻结        account_transaction=3
被冻结          account_transaction=3
止付            account_transaction=3
挂失            account_transaction=2
销户            account_transaction=3
开户            account_transaction=2
存款            account_transaction=1
取款            account_transaction=1
取现            account_transaction=1
余额            account_transaction=2
交易            account_transaction=1
交易失败        account_transaction=2
交易记录        account_transaction=2
消费记录        account_transaction=2
流水            account_transaction=2
退款            account_transaction=2
退回            account_transaction=1
账户            account_transaction=1
银行卡          account_transaction=1
借记卡          account_transaction=1
存折            account_transaction=2
还款            account_transaction=1
代扣            account_transaction=2
错账            account_transaction=3
入账            account_transaction=2
对账            account_transaction=2
征信            account_transaction=2
征信记录        account_transaction=3
逾期            account_transaction=2
限额            account_transaction=2
非柜面          account_transaction=2
收款            account_transaction=1
汇错            account_transaction=3
转错            account_transaction=3
追回            account_transaction=2
支付宝          account_transaction=1
微信支付        account_transaction=1
消费            account_transaction=1
假币            account_transaction=3
拒收现金        account_transaction=3
零钱            account_transaction=1
兑换            account_transaction=1
贷款            account_transaction=1
房贷            account_transaction=1
放款            account_transaction=2
解冻            account_transaction=3
莫名            account_transaction=1

# ---------------------------------------------------------------- fees_rates
手续费          fees_rates=4
转账手续费      fees_rates=4
跨行手续费      fees_rates=4
年费            fees_rates=4
管理费          fees_rates=4
账户管理费      fees_rates=4
小额账户管理费  fees_rates=4
服务费          fees_rates=4
短信费          fees_rates=4
短信服务费      fees_rates=4
工本费          fees_rates=4
收费            fees_rates=3
乱收费          fees_rates=4
扣费            fees_rates=3
扣了费          fees_rates=3
费用            fees_rates=2
利率            fees_rates=4
利息            fees_rates=3
罚息            fees_rates=4
违约金          fees_rates=4
滞纳金          fees_rates=4
分期手续费      fees_rates=4
提前还款        fees_rates=2
汇率            fees_rates=3
费率            fees_rates=4
计息            fees_rates=3
多收            fees_rates=3
收取            fees_rates=2
LPR             fees_rates=4
利率上浮        fees_rates=4
透支利息        fees_rates=4
免年费          fees_rates=4
收了            fees_rates=1

# ---------------------------------------------------------------- product_sales
理财            product_sales=2
理财产品        product_sales=3
基金            product_sales=3
保险            product_sales=3
保单            product_sales=3
存单变保单      product_sales=4
存款变保险      product_sales=4
收益            product_sales=2
收益率          product_sales=2
预期收益        product_sales=3
保证收益        product_sales=3
高收益          product_sales=3
亏损            product_sales=3
亏了            product_sales=3
净值            product_sales=3
销售            product_sales=2
推销            product_sales=3
误导            product_sales=3
销售误导        product_sales=4
夸大            product_sales=3
风险等级        product_sales=3
风险评估        product_sales=3
风险测评        product_sales=3
风险提示        product_sales=3
双录            product_sales=3
强制购买        product_sales=3
强制搭售        product_sales=4
捆绑            product_sales=3
搭售            product_sales=4
贵金属          product_sales=3
金条            product_sales=3
纪念币          product_sales=1
信托            product_sales=3
私募            product_sales=3
分红            product_sales=2
分红险          product_sales=4
万能险          product_sales=4
年金            product_sales=3
赎回            product_sales=3
犹豫期          product_sales=3
退保            product_sales=4
营销            product_sales=2
营销短信        product_sales=2 privacy=1
推荐            product_sales=1
购买            product_sales=1
买了            product_sales=1
产品            product_sales=2
办信用卡        product_sales=2
大额存单        product_sales=2
认购            product_sales=3
推荐办理        product_sales=3

# ---------------------------------------------------------------- privacy
个人信息        privacy=6
信息泄露        privacy=6
信息被泄露      privacy=6
泄露            privacy=6
泄漏            privacy=6
外泄            privacy=6
隐私            privacy=6
身份证号        privacy=2
身份证信息      privacy=3
手机号          privacy=1
家庭住址        privacy=3
住址            privacy=2
骚扰电话        privacy=3
骚扰            privacy=2
催收            privacy=2
通讯录          privacy=4
查询了我的征信  privacy=3
没有经过我的同意 privacy=2
发到了群里      privacy=3
发到群里        privacy=3
拍照            privacy=2
大声念          privacy=4
联系我的家人    privacy=3
打给我家人      privacy=3
透露            privacy=3
告诉了          privacy=2
被公开          privacy=3
截图            privacy=2
查询征信        privacy=3
查了我的征信    privacy=3
查询我的征信    privacy=3
未经授权        privacy=2
未经同意        privacy=1
未经本人同意    privacy=1
人脸信息        privacy=3
交易明细        privacy=1
卖给            privacy=3
贩卖            privacy=3
倒卖            privacy=3
推销电话        privacy=2 product_sales=1

# ---------------------------------------------------------------- facilities_system
ATM             facilities_system=4
自助设备        facilities_system=4
自助机          facilities_system=4
取款机          facilities_system=4
存款机          facilities_system=4
存取款机        facilities_system=4
吞卡            facilities_system=4
卡被吞          facilities_system=4
没收            facilities_system=2
卡钞            facilities_system=4
机器故障        facilities_system=4
设备故障        facilities_system=4
系统故障        facilities_system=4
系统升级        facilities_system=3
系统维护        facilities_system=3
系统            facilities_system=2
故障            facilities_system=3
手机银行        facilities_system=3
网上银行        facilities_system=3
网银            facilities_system=3
APP             facilities_system=3
客户端          facilities_system=2
闪退            facilities_system=4
登录不了        facilities_system=4
无法登录        facilities_system=4
登不上          facilities_system=4
打不开          facilities_system=3
死机            facilities_system=4
宕机            facilities_system=4
卡顿            facilities_system=3
报错            facilities_system=4
提示错误        facilities_system=3
人脸识别        facilities_system=3
验证失败        facilities_system=2
叫号机          facilities_system=4
排号机          facilities_system=4
停车位          facilities_system=2
无障碍          facilities_system=3
轮椅            facilities_system=2
空调            facilities_system=3
卫生间          facilities_system=3
厕所            facilities_system=3
电话打不通      facilities_system=3
打不通          facilities_system=3
一直占线        facilities_system=3
转人工          facilities_system=2
转不了人工      facilities_system=3
U盾             facilities_system=3
密码器          facilities_system=3
POS机           facilities_system=3
刷卡机          facilities_system=3
存不进去        facilities_system=3
取不出来        facilities_system=2
取不出          facilities_system=2
升级            facilities_system=1
短信提醒        facilities_system=1
收不到短信      facilities_system=2
网点装修        facilities_system=3
