#!/usr/bin/env python3
"""Write the sources of the seventy-fifth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 乳山
(Shandong, 威海), 福鼎 (Fujian, 宁德) and 五常 (Heilongjiang, 哈尔滨).

    python3 author.py      (rewrites src/ and truth.json)
    sh build.sh OUT
"""
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
# the truth files read for names, tasks and courses to avoid (heldout76 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 75)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 乳山 (胶东 families: 于 宋 姜 林 曲, and the typically
# 胶东 丛 隋 宫 鞠 邹), 福鼎 (闽东: 陈 林 黄 吴 郑 蔡 施 夏, and the She families 钟 雷 蓝),
# 五常 (北方 common families, the Manchu 关 付 of 拉林 and the Korean 金 朴 崔 of the rice villages)
SURNAMES = {
    "rs": list("王王王王李李张张刘刘于于于宋宋姜姜孙孙林徐曲丛丛隋隋宫鞠邹董"),
    "fd": list("陈陈陈陈林林林黄黄吴吴王王郑郑李周蔡张施钟钟雷蓝夏"),
    "wc": list("王王王王李李李张张张刘刘赵赵孙孙杨于高金朴崔关付"),
}
# given names: a new list, the everyday names of students born around 2008-2009
GIVEN2 = ("书豪 雨涵 子萱 梓轩 浩然 思涵 一航 若琳 宇彤 子怡 俊宇 佳欣 睿博 雅涵 明浩 梓睿 可欣 晨曦 思成 嘉豪 "
          "诗涵 宇辰 佳豪 奕涵 俊杰 晓萱 浩轩 紫涵 雨辰 子萌 明睿 嘉欣 天宇 语涵 梓豪 家欣 文轩 婧涵 志鹏 芮涵 "
          "宇森 若萱 博宇 思琦 泽远 晨希 一凡 语晨 浩博 佳雯 俊凯 雅萱 子韬 可怡 梓晨 欣雨 伟宸 昊天 筱雅 宏宇 "
          "婉婷 子睿 梦涵 弘毅 逸飞 静雯 淑涵 嘉伟 晨露 海峰 晓东 雨菲 明阳 诗怡 天乐 钰莹 家铭 雪菲 俊逸 思佳 "
          "泽阳 若溪 瑞涵 晨铭 芷若 嘉诚 晓宇 乐萱 宇涵 忆楠 泊远 思瀚 梓钰 沐晴 君浩 毅航 海川 云帆 雅琪 "
          "昱辰 艺萌 景睿 舒涵 诗琳 睿涵 宸宇 子涵 晓琳 振华 煜祺 星辰 茗萱 皓然 雯静 晴雨").split()
GIVEN1 = list("涛晨瑶琪航楠")


def earlier_strings():
    names, texts = set(), []

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                walk(k)
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            texts.append(x)
            if re.fullmatch(r"[\u4e00-\u9fff·•]{2,12}", x):
                names.add(x)
    readmes = []
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "truth.json")
        if not os.path.isfile(p):
            raise SystemExit("missing %s" % p)
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
        r = os.path.join(HERE, "..", d, "README.md")
        if os.path.isfile(r):
            readmes.append(cut_readme(r))
    return names, "\n".join(texts), "\n".join(readmes)


USED_BEFORE, EARLIER_TEXT, EARLIER_READMES = earlier_strings()
USED_BARE = {n.replace("·", "").replace("•", "") for n in USED_BEFORE}
TAKEN = set()
CITIES = ["乳山", "福鼎", "五常", "银滩", "太姥山", "拉林河"]


def bare(a):
    return a.replace("·", "").replace("•", "")


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for _ in range(400):
            name = sur + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names

C = {
 "oyster": dict(major="烹饪(中式烹调)", code="0501", course="胶东海鲜热菜制作", task="乳山牡蛎煎与葱烧海参胶东宴席热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="冬季是乳山牡蛎最肥的时候，银滩一家海景酒店要承办一场四十人的胶东家宴，菜单上有牡蛎煎和葱烧海参两道热菜。酒店行政总厨请烹饪班学员验收当天送到的牡蛎和海参，完成原料初加工、挂糊煎制和葱油烧制，按宴席节奏出菜，并做成本核算和卫生清理。",
   qs=[("问题1 验收鲜牡蛎时要看哪些地方？", ["壳口紧闭或一碰就合上，壳内海水清亮，肉饱满呈乳白色，没有异味。", "壳口紧闭，肉饱满。", "海水清亮，没有异味。"]),
       ("问题2 牡蛎煎为什么要先把牡蛎肉焯一下？", ["牡蛎肉含水多，焯水后挤干水分，挂糊才挂得住，煎的时候不出水。", "挤干水分，挂糊挂得住。", "煎时不出水。"])],
   hw=[("1. 葱烧海参的葱油怎样熬？", ["大葱段用五成油温小火慢炸到金黄，葱香进到油里，葱段捞出留作垫底。", "小火慢炸到金黄。", "葱段捞出垫底。"]),
       ("2. 宴席出菜为什么要控制节奏？", ["热菜要趁热上桌，按冷菜、热菜、汤、主食的顺序，和前厅沟通好每道菜的时间。", "热菜趁热上桌。", "和前厅沟通出菜时间。"])],
   outputs=[("牡蛎煎制作记录", "色泽金黄，外酥里嫩。"), ("葱烧海参制作记录", "葱香浓郁，汁明芡亮。"), ("两道热菜成本核算单", "每份成本五十八元。")]),
 "grader": dict(major="机电一体化技术", code="0127", course="水产加工设备电气控制装调", task="牡蛎清洗分级输送线PLC与变频调速控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="乳山一家牡蛎加工厂新上了一条清洗分级输送线，牡蛎从清洗滚筒出来后按大小落到三条分级皮带上。设备科请机电班学员按图纸安装控制柜，接好变频器和光电传感器，编写PLC程序实现滚筒、提升机和分级皮带的顺序启停，按产量调整皮带速度，完成联动调试并填写验收记录。",
   qs=[("问题1 三台电机为什么要按顺序启动？", ["先启动下游的分级皮带，再启动提升机和滚筒，停机时顺序反过来，防止牡蛎堆积堵料。", "先下游后上游。", "防止堵料。"]),
       ("问题2 变频器的加速时间设得太短会怎样？", ["启动电流过大，变频器会报过流故障，皮带上的牡蛎也会被甩动。", "会报过流。", "牡蛎被甩动。"])],
   hw=[("1. 光电传感器安装时要注意什么？", ["对准皮带中间，避开滚筒的水雾，镜头要定期擦干净，接线用防水接头。", "避开水雾。", "用防水接头。"]),
       ("2. 联动调试前要检查哪些项目？", ["电机转向、急停按钮、各传感器信号和变频器参数，空载试车后再带料。", "电机转向和急停。", "先空载后带料。"])],
   outputs=[("控制柜安装与接线检查记录", "接线牢固，标号清楚。"), ("PLC程序与变频器参数清单", "分级皮带频率三十五赫兹。"), ("联动调试验收单", "顺序启停正确，产量每小时两吨。")]),
 "whitetea": dict(major="电子商务", code="0603", course="跨境电商店铺运营", task="福鼎白茶跨境店铺商品上架与买家询盘回复",
   hours=16, station="跨境电商运营一体化学习工作站",
   situation="福鼎一家白茶企业在跨境电商平台开了店铺，想把白毫银针、白牡丹和寿眉饼卖到东南亚和中东。运营主管请电商班学员拍摄整理商品图片，撰写中英文标题和详情，设置价格和运费模板完成上架，并在二十四小时内回复买家的询盘，记录成交情况。",
   qs=[("问题1 跨境商品标题要包含哪些关键词？", ["品类、产地、等级、规格和卖点，例如福鼎白茶、白毫银针、一百克、有机。", "品类、产地、规格。", "等级和卖点。"]),
       ("问题2 运费模板为什么要按国家分区设置？", ["各国的物流价格和时效不同，分区设置才不会亏运费，也能让买家看到准确的到货时间。", "各国运费不同。", "不亏运费。"])],
   hw=[("1. 回复询盘时要注意什么？", ["二十四小时内回复，先感谢再回答问题，报价写清有效期，附上产品图片。", "二十四小时内回复。", "报价写清有效期。"]),
       ("2. 白茶详情页要放哪些图片？", ["干茶、茶汤、叶底、包装和产地茶园的照片，每张图配一句说明。", "干茶、茶汤、叶底。", "包装和茶园照片。"])],
   outputs=[("商品上架信息表", "三款商品全部上架。"), ("买家询盘回复记录", "询盘十二条，成交三单。")]),
 "teaparty": dict(major="饭店(酒店)服务", code="0504", course="宴会与会议服务", task="白茶茶会茶歇服务与宾客接待",
   hours=16, station="宴会服务一体化学习工作站",
   situation="太姥山下的一家度假酒店承接了一场八十人的白茶文化茶会，主办方要求布置茶席，安排签到迎宾、茶歇和会后送客。宴会部经理请酒店班学员根据活动通知单设计茶歇台，准备茶点和茶水，分组完成签到、引位、茶歇补台和送客服务，并填写宾客接待登记。",
   qs=[("问题1 茶歇台的点心怎样摆放？", ["按咸点、甜点、水果分区，由高到低摆放，每种点心前放中英文标签，取用工具放在右手边。", "按咸甜水果分区。", "放标签和取用工具。"]),
       ("问题2 签到迎宾时要做哪些事？", ["核对宾客名单，发放胸牌和资料袋，引导宾客到休息区，特殊宾客及时报告领班。", "核对名单，发胸牌。", "引导到休息区。"])],
   hw=[("1. 茶歇补台的时机怎样把握？", ["点心少于三分之一就补，补台从侧面进行，不挡住宾客取用。", "少于三分之一就补。", "从侧面补台。"]),
       ("2. 宾客对茶点过敏怎么办？", ["立即撤下相关点心，询问宾客情况，报告领班，必要时联系酒店医务室。", "撤下点心，报告领班。", "联系医务室。"])],
   outputs=[("茶歇台设计方案", "设茶席三处，点心十二种。"), ("宾客接待登记", "签到八十人，特殊需求三人。")]),
 "fallrisk": dict(major="健康与社会照护", code="0529", course="社区老年人居家照护", task="社区独居老人居家跌倒风险评估与防跌倒照护",
   hours=14, station="居家照护一体化学习工作站",
   situation="福鼎一个社区的居家养老服务中心发现，辖区里几位独居老人在一个月内先后在家中跌倒。中心主任请照护班学员上门为老人做跌倒风险评估，检查卫生间、卧室和过道的居家环境，提出改造建议，教老人做平衡训练，并为老人和家属讲解跌倒后的自救和求助方法。",
   qs=[("问题1 居家环境评估要看哪些地方？", ["卫生间地面是否防滑、有没有扶手，卧室过道是否有杂物和电线，夜里照明是否够亮。", "地面防滑和扶手。", "过道杂物和夜间照明。"]),
       ("问题2 为什么起床要做到“三个半分钟”？", ["醒后躺半分钟、坐起半分钟、站立半分钟再走，防止体位性低血压引起头晕跌倒。", "防止头晕跌倒。", "躺、坐、站各半分钟。"])],
   hw=[("1. 跌倒风险评估量表评几个方面？", ["近期跌倒史、用药情况、步态和平衡、视力、认知和居家环境。", "跌倒史和用药。", "步态平衡和环境。"]),
       ("2. 老人跌倒后照护员先做什么？", ["不要急着扶起，先看意识、询问哪里痛，检查有没有骨折和出血，再决定怎样处理。", "先看意识，不急着扶。", "检查骨折和出血。"])],
   outputs=[("居家跌倒风险评估表", "评分十四分，属高风险。"), ("居家环境改造建议书", "卫生间加装扶手和防滑垫。"), ("平衡训练指导记录", "老人能独立完成站立平衡练习。")]),
 "coldev": dict(major="新能源汽车检测与维修", code="0435", course="动力电池热管理系统检修", task="寒区纯电动网约车低温续航骤降与电池加热系统检修",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="一月的五常夜里气温降到零下三十度，一位网约车司机反映他的纯电动车早上续航只剩一半，充电也特别慢。售后站主管请新能源班学员做好高压防护，读取故障码和电池数据流，检查电池加热器、加热继电器和冷却液回路，找出加热不工作的原因，更换零件后做低温充电测试，填写检修报告。",
   qs=[("问题1 低温时为什么要先给电池加热再充电？", ["电池温度太低时锂离子活性差，直接大电流充电会析锂，损伤电池，所以要先加热到零度以上。", "低温充电会析锂。", "先加热到零度以上。"]),
       ("问题2 读取电池数据流时重点看什么？", ["单体最低温度、最高温度、温差、加热请求状态和加热器电流。", "最低温度和温差。", "加热器电流。"])],
   hw=[("1. 怎样判断加热继电器是否损坏？", ["断电后测线圈电阻，通电后听有没有吸合声，再测触点两端的电压降。", "测线圈电阻。", "听吸合声，测压降。"]),
       ("2. 寒区用车要给车主哪些建议？", ["尽量停在室内，出车前用手机预约加热，电量不要低于百分之二十。", "停室内，预约加热。", "电量不低于百分之二十。"])],
   outputs=[("电池加热系统检修报告", "加热继电器触点烧蚀，已更换。"), ("低温充电测试记录", "加热十八分钟后开始快充。")]),
 "ricemill": dict(major="计算机网络应用", code="0301", course="安防监控网络组建", task="大米加工厂仓储监控网络VLAN划分与摄像头接入",
   hours=18, station="网络工程一体化学习工作站",
   situation="五常一家大米加工厂新建了两座成品粮仓库，要在仓库、装车台和厂区大门装三十二台网络摄像头，监控画面存到机房的录像机里，办公网络和监控网络要分开。厂里的信息员请网络班学员勘测点位，规划IP地址和VLAN，配置接入交换机和核心交换机，把摄像头接入录像机，并完成测试和验收。",
   qs=[("问题1 为什么要把监控网络划到单独的VLAN？", ["监控视频流量大，单独划分后不影响办公网络，也能防止办公电脑随意访问摄像头。", "不影响办公网络。", "防止随意访问摄像头。"]),
       ("问题2 室外摄像头的交换机为什么选PoE供电的？", ["一根网线同时供电和传数据，仓库外墙不用另外拉电源线，施工简单。", "一根网线供电加数据。", "不用另外拉电源。"])],
   hw=[("1. Trunk口和Access口有什么区别？", ["Access口只属于一个VLAN，接终端；Trunk口可以通过多个VLAN，连交换机之间。", "Access接终端。", "Trunk连交换机。"]),
       ("2. 摄像头IP地址怎样规划？", ["按仓库和楼层分段，一个VLAN一个网段，地址表写清摄像头位置，便于维护。", "按区域分段。", "地址表写清位置。"])],
   outputs=[("IP地址与VLAN规划表", "监控VLAN为二十，网段十点二十点零。"), ("交换机配置与测试记录", "三十二路画面全部在线。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="乳山市银滩技工学校", pack="dir", region="rs", course="oyster", cls="烹饪2402班", size=38, seed=11,
         sidp="24370501", students=["丛书豪", "隋芮涵", "宫泊远"], items={12: ["丛书豪", "隋芮涵"]},
         extra_class=["鞠毅航"], bad={"鞠毅航": "over"}, others_named=["于长顺"],
         teachers=["宋维岩", "姜绍梅"], form_count="38",
         f8="goods_receipt", f10="max_in_head_scan", f11="dish_card", f12="quiz_crayon",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "鞠毅航")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos of a printed 课堂小测 sheet answered by hand, a younger sibling's crayon scribbles in the "
                 "margins, 家长签字 by a parent) holds the quizzes of only TWO students, 丛书豪 and 隋芮涵 (宫泊远's missing; 8 and 11 "
                 "hold the three): students.count on 12; students.mismatch optional. Item 10 (scanned 250 dpi gray, chalk dust on "
                 "it) gives the maxima in the head (`装盘(15)`); 鞠毅航 has 19 under 装盘(15) (总分 the sum): records.invalid_score. "
                 "Item 8 (scanned 200 dpi gray): a printed 原料验收单 at the top of each worksheet, the supplier's driver 于长顺 as "
                 "送货人 (not a student), the student as 验收人 by hand. No roster"),
    dict(school="乳山市银滩技工学校", pack="dir", region="rs", course="grader", cls="机电2401班", size=36, seed=12,
         sidp="24370127", students=["曲晨曦", "邹明阳", "林若溪"], extra_class=["徐宸宇"], others_named=["丛培胜"],
         teachers=["王德松", "孙丽萍", "董建军"], form_count="36", roster="insurance",
         other_class=("机电2402班", 34), headteacher="刘玉芹",
         f8="group_roles", f10="two_classes_bonus", f11="acceptance_typed", f12="hand_chalk",
         findings=[],
         comment="clean. Item 10 (TYPED) holds the tables of TWO classes taught the same task: `机电2401班（36人）` first, then "
                 "`机电2402班（34人）` (another class; the form names 机电2401班, 36); both with a 加分 column (技能节获奖, at most 5) "
                 "explained under each table: 总分 = the four parts + 加分. The roster is a 学生平安保险投保名单 (被保险人, 36, the "
                 "class = form `36` = the first table). Item 8 (scanned 200 gray): each worksheet opens with a 小组分工 table naming "
                 "the group of four: the three students and classmate 徐宸宇 (安全员, with a record); his name stands on every sheet "
                 "but he has no worksheet. The factory's master 丛培胜 as 验收人 on item 11. Three teachers"),
    dict(school="福鼎市太姥山技工学校", pack="gbkzip", region="fd", course="whitetea", cls="电商2402班", size=40, seed=21,
         sidp="2435060302", students=["施晓萱", "蓝宇森", "蔡梓钰"], outsiders={"蔡梓钰": "电商2401班"}, out_sidp="2435060301",
         extra_class=["郑君浩"], bad={"郑君浩": "sumlow"}, others_named=["周丽华"],
         teachers=["林秀清", "陈锦彪"], form_count="40人",
         f8="head_row_color", f10="grade_beside", f11="inquiry_typed", f12="crayon_photo",
         findings=[("students.not_in_class", 8, True, "蔡梓钰"), ("records.invalid_score", 10, False, "郑君浩")],
         comment="蔡梓钰 of the parallel class 电商2401班 (her class and 学号 2435060301xx on her worksheet, typed listing and inquiry "
                 "records and homework) is the third student of 8/11/12; item 10 (40 rows = form `电商2402班 / 40人`) has no record "
                 "of her: students.not_in_class. Item 10 (TYPED, 姓名 before 学号, an 等级 column beside 总分): 郑君浩's 总分 is 8 "
                 "BELOW the sum of his parts: records.invalid_score. Item 11 (typed): 买家询盘回复记录 naming buyers (Ahmed, 周丽华 "
                 "of a Xiamen shop; not students), `回复人` the student. Item 12: phone photos with crayon scribbles. No roster"),
    dict(school="福鼎市太姥山技工学校", pack="gbkzip", region="fd", course="teaparty", cls="酒店2401班", size=37, seed=22,
         sidp="2435050401", students=["雷语晨", "林沐晴", "陈昱辰"], extra_class=["夏艺萌"], others_named=["吴月娥", "郑国良"],
         teachers=["蔡雪芬", "黄志坚"], form_count="37人", roster="plain_dorm", headteacher="钟美玉",
         f8="peer_review", f10="weighted_scan", f11="guest_typed", f12="exercise_book",
         findings=[],
         comment="clean. Item 10 (scanned 200 dpi colour) is a WEIGHTED register: 过程考核 (out of 100) and 结果考核 (out of 100), "
                 "总评 = 过程×40% + 结果×60% with one decimal, as the head and the note say; 37 rows = form `37人` = the roster (a "
                 "typed 花名册 with 宿舍). Item 8 (scanned 250 gray): a 自评/互评/师评 table where classmate 夏艺萌 (with a record) "
                 "signs as 互评人 on every sheet. Item 11 (typed): the guests 吴月娥 and 郑国良 (not students) named in the 接待登记"),
    dict(school="福鼎市太姥山技工学校", pack="gbkzip", region="fd", course="fallrisk", cls="照护2402班", size=40, seed=23,
         sidp="2435052902", students=["钟思瀚", "雷忆楠", "黄乐萱"], extra_class=["蓝筱雅", "吴雯静"], absent_from_10=["蓝筱雅"],
         bad={"吴雯静": "sum"}, others_named=["郑秀珠"], teachers=["周碧霞", "施建平"], form_count="40人",
         roster="photo_caption", headteacher="陈丽云",
         f8="mono_line", f10="remark_scan", f11="assess_typed", f12="hand_color",
         findings=[("records.missing_student", 10, False, "蓝筱雅"), ("records.count_mismatch", 10, False),
                   ("records.invalid_score", 10, False, "吴雯静")],
         comment="the roster (a 班级合影名单: the names by rows of the class photo, `前排（左起）：…`, 40) and the form (`照护2402班 / "
                 "40人`) hold 蓝筱雅; item 10 (scanned 300 dpi gray, with a 评语 column) has 39 rows and none for "
                 "her: records.missing_student and records.count_mismatch. 吴雯静's 总分 there is 6 above the sum of her parts: "
                 "records.invalid_score. Item 8 (1-bit 300 dpi): `姓名：＿ 班级：＿ 学号：＿` by hand; the elder 郑秀珠 named on "
                 "item 11 (typed 跌倒风险评估表, `评估对象`; not a student)"),
    dict(school="五常市拉林河技工学校", pack="zip", region="wc", course="coldev", cls="新能2401班", size=39, seed=31,
         sidp="24230435", students=["朴逸飞", "关婧涵", "付晨铭"], items={11: ["朴逸飞", "关婧涵", "金弘毅"]},
         extra_class=["金弘毅", "崔嘉诚"], bad={"崔嘉诚": "over"}, others_named=["刘福田"],
         teachers=["杨春岭", "李凤鸣"], form_count="男生26人，女生13人，合计39人",
         f8="test_record", f10="max_label", f11="report_typed", f12="photo_plain",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "崔嘉诚")],
         comment="item 11 (TYPED 检修报告 and 充电测试记录, `检修人：<name>`) holds the work of 朴逸飞, 关婧涵 and classmate 金弘毅 "
                 "(with an item-10 record) instead of 付晨铭's (items 8 and 12 hold the three): students.mismatch. Item 10 (TYPED) "
                 "gives the maxima in the head as `检修操作（满分40）`; 崔嘉诚 has 46 there (总分 the sum): records.invalid_score. "
                 "Item 8 (scanned 250 gray): a 低温检测记录 with the test conditions at the top (环境温度 −28 ℃), the student as "
                 "检测员; the car's driver 刘福田 named as 车主 (not a student). Form `男生26人，女生13人，合计39人`. No roster"),
    dict(school="五常市拉林河技工学校", pack="zip", region="wc", course="ricemill", cls="网络2402班", size=41, seed=32,
         sidp="24230302", students=["孙伟宸", "于淑涵", "高泽阳"], items={8: ["孙伟宸", "于淑涵", "高泽阳", "刘子韬"]},
         extra_class=["刘子韬", "崔煜祺"], absent_from_10=["崔煜祺"], others_named=["鲁振中"],
         teachers=["赵德滨", "金美顺"], form_count="男生30人，女生11人，合计41人",
         f8="head_row_chalk", f10="coefficient_photo", f11="config_typed", f12="photo_line",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray, chalk dust) holds the worksheets of FOUR students: the three and classmate 刘子韬 "
                 "(with an item-10 record): students.count on 8; students.mismatch optional. Item 10 (a PHONE PHOTO of the printed "
                 "register) is a group-coefficient register: 组别, 小组成绩, 贡献系数, 个人成绩 = 小组成绩 × 系数 (rounded, at most "
                 "100), explained under the table (legal); it lists 40; the form says `男生30人，女生11人，合计41人`: "
                 "records.count_mismatch (no roster). The factory's IT clerk 鲁振中 as 验收人 on item 11"),
]

PROVINCE = {1: "山东省威海市乳山市", 2: "福建省宁德市福鼎市", 3: "黑龙江省哈尔滨市五常市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 乳山: "8-工作页.pdf"
        return "%d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 福鼎: "08．工作页.pdf" (zero-padded, full-width dot)
        return "%02d．%s.pdf" % (n, NAMES[n])
    return "%d、%s（%s）.pdf" % (n, NAMES[n], s["cls"])   # 五常: "8、工作页（新能2401班）.pdf"


def form_name(s, c):
    return {1: ("%s申报书.docx" % c["major"].split("(")[0], "docx"),
            2: ("附件2：工学一体化优质课堂项目申报书（%s）.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("申报书-%s-%s.docx" % (s["cls"], c["course"]), "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.8cm 1.6cm")
    extra = " p{margin-top:0;margin-bottom:3pt}" if compact else ""
    return ('<html><head><meta charset="utf-8"><style>@page{%s}%s body{font-family:"%s";font-size:%s}</style></head><body>\n%s\n'
            '</body></html>\n' % (page, extra, font, size, body))


PB = '<p style="page-break-before:always"></p>'
BLUE, BLACK = "#22306a", "#141414"
RED = 'style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:13pt"'


def hand(x, small=False, ink=BLUE, size=None):
    return '<span style="font-family:\'AR PL UKai CN\';color:%s;font-size:%s">%s</span>' % (
        ink, size or ("13pt" if small else "15pt"), x)


def td(x, extra="", pad="2px 4px", border="0.75pt solid #000"):
    return '<td style="border:%s;padding:%s"%s>%s</td>' % (border, pad, extra, x)


def tbl(rows, width="100%", pad="2px 4px", bold=(), align="center"):
    out = []
    for i, r in enumerate(rows):
        cells = []
        for x in r:
            extra = ""
            if isinstance(x, tuple):
                x, extra = x
            cells.append(td(("<b>%s</b>" % x) if i in bold else x, ' align="%s"%s' % (align, extra), pad))
        out.append("<tr>%s</tr>" % "".join(cells))
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(out))


# ------------------------------------------------------------------ the form

def form_rows(s, c):
    g = grp(s)
    if g == 1:   # 乳山: 班级人数（人）, a bare number
        return [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数（人）", s["form_count"]), ("学时", "%d" % c["hours"])]
    if g == 2:   # 福鼎: class and size in one cell with a slash
        return [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及人数", "%s / %s" % (s["cls"], s["form_count"])), ("授课地点", c["station"])]
    return [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
            ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"])]   # 五常: boys, girls, total


def form_count_text(s, c):
    return [" | ".join(r) for r in form_rows(s, c) if "人数" in r[0]][0]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    info = tbl([[a, (b, ' align="left"')] for a, b in form_rows(s, c)], width="92%", pad="4px 6px")
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作企业的真实需求，成果经企业验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 37),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化稿）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n本学期实施“{task}”，共{hours}学时。\n三、评价方式\n过程评价与成果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作流程\n接受任务—制订计划—实施—检查—评价。",
    3: "{school}\n{task}　教学活动策划表\n学习活动1　明确任务\n学习活动2　制订计划\n学习活动3　实施任务\n学习活动4　检查评价",
    4: "{school}\n{course}　教学进度表（{hours}学时）\n第1周　明确任务，获取信息\n第2周　制订与审核计划\n第3周　实施任务\n第4周　检查、展示与评价",
    5: "{school}\n{task}　教学活动方案\n一、情境导入\n二、引导问题学习\n三、分组实施与巡回指导\n四、成果展示与多元评价",
    6: "{school}\n学习任务资源清单\n工作页、行业标准、教学视频、{station}设备与材料清单。",
    7: "{school}\n{station}说明\n工作站分为信息区、计划区、实操区和展示评价区。",
    9: "{school}\n{task}　考核方案\n考核包括过程考核和成果考核，成绩记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 8", "√ 10", "√ 清楚", "√ 较好"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 7) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "23"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "goods_receipt":   # a printed goods-receipt slip at the top: 送货人 (the supplier's driver), 验收人 (the student)
            slip = tbl([["原料验收单", "供应商：乳山口海产品专业合作社", "日期", hand(day(s, i)[5:], True)],
                        ["品名", "鲜牡蛎 20 kg　刺参 3 kg", "温度", hand("%d ℃" % (3 + i % 2), True)],
                        ["送货人", hand(s["others_named"][0], True, BLACK), "验收人", hand(n)]], width="100%", pad="4px 4px")
            body = (title + slip + '<p>班级：%s　　学号：%s</p>' % (hand(cl, True), hand(sid, True)) + sit + answers(c, rng, i) + comment)
        elif f == "group_roles":   # a group-roles table naming the whole group; the owner on the 姓名 line
            grp4 = s["students"] + s["extra_class"][:1]
            roles = ["组长", "操作员", "记录员", "安全员"]
            body = (title + '<p>姓名：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)) +
                    "<p><b>小组分工</b>（第二组）</p>" + tbl([roles, [hand(x, True) for x in grp4]], width="80%", pad="3px 4px") +
                    sit + answers(c, rng, i) + comment)
        elif f in ("head_row_color", "head_row_chalk"):   # a bordered head row 姓名 | 班级 | 学号
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "peer_review":   # 自评 / 互评 / 师评, a classmate signs as 互评人
            head = '<p>班级：%s　　姓名：%s　　学号：%s</p>' % (hand(cl, True), hand(n), hand(sid[-2:], True))
            rv = tbl([["评价项目", "自评", "互评", "师评"], ["仪容仪表", hand("A", True), hand("A", True), hand("A", True, "#b8231a")],
                      ["服务流程", hand("B", True), hand("A", True), hand("B", True, "#b8231a")],
                      ["签名", hand(n, True), "互评人：" + hand(s["extra_class"][0], True), hand(t[i % 2], True, "#b8231a")]],
                     width="90%", pad="3px 4px")
            body = title + head + sit + answers(c, rng, i) + "<p><b>评价表</b></p>" + rv
        elif f == "mono_line":   # 姓名：＿ 班级：＿ 学号：＿
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "test_record":   # a low-temperature test record: the conditions at the top, 检测员 the student
            head = tbl([["环境温度", hand("−%d ℃" % (28 - i), True), "车辆", "纯电动网约车", "车主", hand(s["others_named"][0], True, BLACK)],
                        ["检测员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>低温检测记录（学习工作页）</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    '<p><b>数据流记录：</b>单体最低温度 %s，最高温度 %s，加热请求 %s</p>' % (hand("−%d ℃" % (21 + i), True), hand("−%d ℃" % (17 + i), True), hand("有", True)) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"goods_receipt": "x-scanpdf:200", "group_roles": "x-scanpdf:200", "head_row_color": "x-scanpdf:250:color",
            "peer_review": "x-scanpdf:250", "mono_line": "x-scanpdf:300:mono", "test_record": "x-scanpdf:250",
            "head_row_chalk": "x-scanpdf:250:chalk"}[f]
    font = {"head_row_color": "Noto Sans CJK SC", "head_row_chalk": "Noto Sans CJK SC", "test_record": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title, cls=None):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], cls or s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "中等" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "max_in_head_scan":   # maxima in the head; scanned
        parts = [("原料验收", 10), ("初加工", 20), ("刀工", 15), ("烹制", 30), ("装盘", 15), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[4] = 19
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:chalk"
    if f == "two_classes_bonus":   # the tables of two classes, each with a 加分 column
        parts = [("电气安装", 25), ("程序编写", 25), ("联动调试", 30), ("6S与安全", 10)]
        body = ""
        for cls, names in ((s["cls"], rec), (s["other_class"][0], s["other_names"])):
            out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["加分<br/>(≤5)", "总分"]], pad)]
            bonus = set(rng.sample(range(len(names)), 5))
            for k, n in enumerate(names):
                v = part_scores(rng, parts, 0.6, 0.93)
                b = rng.randint(2, 5) if k in bonus else 0
                sid = sid_of(s, n) if cls == s["cls"] else s["sidp"][:-2] + "%02d" % (int(s["sidp"][-2:]) + 1) + "%02d" % (k + 1)
                out.append(trow([str(k + 1), sid, n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
            body += (head10(s, c, "学习任务考核记录表　%s（%d人）" % (cls, len(names)), cls) + table(out) +
                     "<p>注：加分为本学期校技能节获奖加分，最多5分；总分＝四项成绩之和＋加分。</p>" + sign)
            if cls == s["cls"]:
                body += PB
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "grade_beside":   # 姓名 before 学号, 等级 beside 总分
        parts = [("选品分析", 15), ("图片处理", 20), ("标题详情", 25), ("价格运费", 15), ("询盘回复", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (8 if bad.get(n) == "sumlow" else 0)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted_scan":   # 过程 and 结果 out of 100 each, 总评 = 40% + 60%
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程考核<br/>(百分制)", "结果考核<br/>(百分制)",
                                              "总评<br/>(过程×40%＋结果×60%)", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(66, 97), rng.randint(62, 96)
            tot = round(a * 0.4 + b * 0.6, 1)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), "%.1f" % tot, grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) +
                "<p>注：过程考核、结果考核均按百分制评分，总评＝过程考核×40%＋结果考核×60%，保留一位小数。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color"
    if f == "remark_scan":   # a plain scanned table with a 评语 column
        parts = [("评估准备", 15), ("风险评估", 30), ("环境指导", 25), ("平衡训练", 20), ("沟通", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "评语"]], pad)]
        remarks = ["评估全面", "沟通耐心", "操作规范", "需加强记录", "动作到位", ""]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), rng.choice(remarks)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300"
    if f == "max_label":   # maxima as （满分N） in the head
        parts = [("高压防护", 15), ("故障诊断", 25), ("检修操作", 40), ("测试与报告", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>（满分%d）" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 46
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "coefficient_photo":   # group score x personal coefficient; photographed
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别", "小组成绩", "贡献系数", "个人成绩"]], pad)]
        gs = [rng.randint(78, 93) for _ in range(9)]
        for k, n in enumerate(rec):
            g = k // 5
            co = rng.choice([0.9, 1.0, 1.0, 1.05, 1.1])
            out.append(trow([str(k + 1), sid_of(s, n), n, "第%d组" % (g + 1), str(gs[g]), "%.2f" % co, str(min(100, int(gs[g] * co + 0.5)))], pad))
        body = (head10(s, c, "学习任务考核成绩表（小组评价）") + table(out, "88%") +
                "<p>说明：个人成绩＝小组成绩×贡献系数（组内互评确定，0.9～1.1），四舍五入取整，最高100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:photo"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "dish_card":   # 制作人 and the hotel's tasting
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "鲜牡蛎300克" if j != 1 else "水发海参400克", "辅料", "鸡蛋、地瓜粉、大葱"],
                                                          ["成品评价", desc, "评价人", t[j % 2]]], width="90%"))
            elif f == "acceptance_typed":   # 调试人 and the factory master as 验收人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["调试人", "%s（%s）" % (n, cl), "验收人", "%s（企业师傅）" % s["others_named"][0]],
                                  ["项目", "设定值", "实测值", "结论"], ["分级皮带频率", "35 Hz", "%.1f Hz" % (34.8 + 0.1 * i), "合格"],
                                  ["提升机启动延时", "3 s", "3 s", "合格"]], width="90%") + "<p>%s　　%s</p>" % (desc, day(s, 30 + i)))
            elif f == "inquiry_typed":   # listing sheet / buyer inquiries with the buyers named
                if j == 0:
                    parts.append('<h3>%s</h3><p>操作人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                                 tbl([["商品", "英文标题", "价格(USD)"], ["白毫银针100g", "Fuding White Tea Silver Needle 100g", "%d" % (46 + i)],
                                      ["白牡丹饼350g", "White Peony Tea Cake 350g", "%d" % (32 + i)], ["寿眉饼357g", "Shoumei Aged Tea Cake 357g", "28"]],
                                     width="92%") + "<p>%s</p>" % desc)
                else:
                    parts.append('<h3>%s</h3><p>回复人：%s（%s）</p>' % (title, n, cl) +
                                 tbl([["时间", "买家", "询盘内容", "回复要点"], ["10-%02d 09:12" % (12 + i), "Ahmed（迪拜）", "银针能否50g小包装", "可以，起订量200包"],
                                      ["10-%02d 15:40" % (12 + i), "%s（厦门茶行）" % s["others_named"][0], "寿眉饼批发价", "百饼以上九折，报价七天有效"]],
                                     width="94%") + "<p>%s</p>" % desc)
            elif f == "guest_typed":   # the guests named in the reception record
                parts.append('<h3>%s</h3><p>服务员：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["宾客", "单位", "特殊需求", "处理"], [s["others_named"][0], "县文旅局", "不食坚果", "茶点另备"],
                                  [s["others_named"][1], "茶叶协会", "需轮椅通道", "安排靠门座位"]], width="90%") + "<p>%s</p><p>领班：%s</p>" % (desc, t[j % 2]))
            elif f == "assess_typed":   # 评估员 and the elder
                parts.append('<h3>%s</h3>' % title + tbl([["评估员", n, "班级", cl], ["评估对象", "%s（82岁，独居）" % s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["项目", "情况", "得分", ""], ["跌倒史", "半年内跌倒一次", "3", ""], ["居家环境", "卫生间无扶手", "4", ""]],
                                                         width="90%") + "<p>结论：%s</p><p>指导教师：%s</p>" % (desc, t[j % 2]))
            elif f == "report_typed":   # 检修人
                parts.append('<h3 style="text-align:center">%s</h3><p>检修人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["项目", "检测值", "标准", "结论"], ["加热器电阻", "%.1f Ω" % (12.4 + 0.1 * i), "12～14 Ω", "正常"],
                                  ["加热继电器触点压降", ["1.8 V", "0.1 V"][j], "≤0.2 V", ["异常", "正常"][j]]], width="88%") +
                             "<p>%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
            elif f == "config_typed":   # 配置人 and the factory's IT clerk as 验收人
                parts.append('<h3>%s</h3><p>配置人：%s　　班级：%s　　验收人：%s（厂信息员）</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["区域", "VLAN", "网段", "摄像头数"], ["一号仓库", "20", "10.20.1.0/24", "12"], ["二号仓库", "20", "10.20.2.0/24", "12"],
                                  ["装车台与大门", "20", "10.20.3.0/24", "8"]], width="88%") + "<p>%s　　%s</p>" % (desc, day(s, 30 + i)))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

PARENT_GIVEN = "建军 秀兰 国强 桂芳 立新 玉梅 春生 淑英 海军 凤霞".split()


def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "quiz_crayon":   # a printed quiz sheet: score box, the name line, a parent's signature
            head = ["课堂小测（第三次）　%s" % c["course"], "姓名：　　　班级：　　　学号：　　　得分：", "> %s　%s　%s" % (n, cl, sid), "! 得分：%d" % (82 + 3 * i)]
            end = ["> 家长签字：%s" % s["parents"][n]] + end
        elif f == "hand_chalk":
            head = ["课后作业", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "crayon_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        elif f == "hand_color":
            head = ["课后作业（居家照护）", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "photo_plain":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "photo_line":
            head = ["%s　课后练习" % c["course"], "> 班级：%s　姓名：%s" % (cl, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"quiz_crayon": "x-photo:200:1:crayon", "hand_chalk": "x-scan:200:4:chalk", "crayon_photo": "x-photo:200:2:crayon",
            "exercise_book": "x-photo:200:1", "hand_color": "x-scan:250:3:color", "photo_plain": "x-photo:200:2",
            "photo_line": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("书豪 梓轩 浩然 一航 俊宇 睿博 明浩 梓睿 思成 嘉豪 宇辰 佳豪 俊杰 浩轩 雨辰 明睿 天宇 梓豪 文轩 志鹏 宇森 博宇 泽远 一凡 "
           "浩博 俊凯 子韬 梓晨 伟宸 昊天 宏宇 子睿 弘毅 逸飞 嘉伟 海峰 晓东 明阳 天乐 家铭 俊逸 泽阳 晨铭 嘉诚 晓宇 宇涵 泊远 思瀚 "
           "君浩 毅航 海川 云帆 昱辰 景睿 宸宇 振华 煜祺 星辰 皓然 涛 航 晨".split())


def sex_of(n):
    return "男" if n[1:] in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "insurance":   # a student accident-insurance list: 被保险人
        rows = [trow(["<b>%s</b>" % x for x in ["序号", "被保险人姓名", "性别", "学号", "身份证号", "保险期间", "保费(元)"]], "1px 4px")]
        rr = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), n, sex_of(n), sid_of(s, n), "3710%02d********%04d" % (rr.randint(1, 99), rr.randint(0, 9999)),
                              "2024.09.01—2025.08.31", "100"], "1px 4px"))
        body = ('<h2 style="text-align:center">学生平安保险投保名单</h2><p>投保单位：%s　　班级：%s　　险种：学生平安保险（意外伤害、意外医疗）</p>' % (s["school"], s["cls"]) +
                table(rows, width="96%") + "<p>合计：%d人，保费%d元。　　经办人（班主任）：%s</p>" % (len(k), 100 * len(k), s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生平安保险投保名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "plain_dorm":   # a typed 花名册 with 宿舍
        rows = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别", "宿舍", "备注"]], "1px 4px")]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "%s%d" % ("A" if sex_of(n) == "男" else "B", 301 + j // 6), ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s花名册</h2>' % (s["school"], s["cls"]) + table(rows, width="80%") +
                "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "photo_caption":   # a class-photo name list: the names by rows, left to right
        rows_ = [("前排（左起）", k[0:12]), ("中排（左起）", k[12:26]), ("后排（左起）", k[26:])]
        body = ('<h2 style="text-align:center">%s%s合影名单</h2>' % (s["school"], s["cls"]) +
                '<table style="border-collapse:collapse" width="90%%"><tr><td style="border:0.75pt solid #000;height:7cm;background:#e6e6e6" align="center">'
                '（班级合影，2024年10月摄于学校实训楼前）</td></tr></table>' +
                '<p>前排居中：班主任 %s、任课教师 %s</p>' % (s["headteacher"], s["teachers"][0]) +
                "".join("<p><b>%s：</b>%s</p>" % (lab, "、".join(ns)) for lab, ns in rows_) +
                "<p>全班共%d人，全部到齐。</p>" % len(k))
        write(os.path.join(d, "roster.html"), html(body, "11pt", font="Noto Sans CJK SC"))
        man.append("roster.html\t%s学生名单（合影）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    raise SystemExit(r)


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Seventy-fifth held-out people corpus (testdata/heldout75), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    for w in CITIES:
        if w in EARLIER_TEXT or w in EARLIER_READMES:
            raise SystemExit("%s was used by an earlier corpus" % w)
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad:
        raise SystemExit("stand in an earlier corpus, rename: %s" % " ".join(bad))
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT or w in EARLIER_READMES:
                raise SystemExit("%s was used by an earlier corpus" % w)
        if s["school"] in EARLIER_TEXT or s["school"] in EARLIER_READMES:
            raise SystemExit("%s was used by an earlier corpus" % s["school"])
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    per = [set(s["students"] + s.get("extra_class", [])) for s in SUBS]
    assert sum(map(len, per)) == len(set().union(*per)), "a planted name stands in two submissions"
    for a in all_planted:
        for b in all_teachers + all_others:
            if near(a, b):
                raise SystemExit("planted %s is near %s" % (a, b))
    for i, a in enumerate(all_planted):
        for b in all_planted[i + 1:]:
            if near(a, b):
                raise SystemExit("planted %s is near planted %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 75)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s.get("other_class"):
            s["other_names"] = draw_class(random.Random(s["seed"] * 31 + 75), s["other_class"][1], [], all_planted + all_teachers + all_others + s["klass"], s["region"])
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
        parents = []
        if s["f12"] == "quiz_crayon":
            s["parents"] = {}
            pr = random.Random(s["seed"] * 13)
            for n in items[12]:
                while True:
                    p = n[0] + pr.choice(PARENT_GIVEN)
                    if not used(p) and p not in s["klass"] and not any(near(p, x) for x in s["klass"] + all_teachers):
                        break
                s["parents"][n] = p
                parents.append(p)
        d = os.path.join(SRC, s["school"], s["sub"])
        write(os.path.join(SRC, s["school"], "pack"), s["pack"] + "\n")
        man = ["# source\tfile name\tmethod\tkind\titem"]
        write(os.path.join(d, "form.html"), form_html(s, c))
        fn, fm = form_name(s, c)
        man.append("form.html\t%s\t%s\tform\t0" % (fn, fm))
        for n in (1, 2, 3, 4, 5, 6, 7, 9):
            write(os.path.join(d, "%02d.txt" % n), SHORT[n].format(school=s["school"], prov=PROVINCE[grp(s)], **c) + "\n")
            man.append("%02d.txt\t%s\tpdf\titem\t%d" % (n, file_name(s, n), n))
        meths = {}
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec)), (11, item11(s, c, items[11], d)),
                                  (12, item12(s, c, items[12]))):
            write(os.path.join(d, nm), tx)
            man.append("%s\t%s\t%s\titem\t%d" % (nm, file_name(s, n), meth, n))
            meths[n] = meth
        roster(s, d, man)
        write(os.path.join(d, "manifest.tsv"), "\n".join(man) + "\n")
        subid = "%s/%s" % (s["school"], s["sub"])
        for rule, item, anyi, *student in s["findings"]:
            e = {"rule": rule, "submission_id": subid, "item": item}
            if anyi:
                e["any_item"] = True
            if student:
                e["student"] = student[0]
            truth["findings"].append(e)
        for rule, item, anyi in s.get("optional", []):
            e = {"rule": rule, "submission_id": subid, "item": item}
            if anyi:
                e["any_item"] = True
            truth["optional"].append(e)
        notes = {}
        if s.get("other_class"):
            notes["item10_other_class"] = {s["other_class"][0]: s["other_names"]}
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s["size"], "form_count_text": form_count_text(s, c),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + parents,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": notes, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
