#!/usr/bin/env python3
"""Write the sources of the eighty-fourth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 遵化
(Hebei, 唐山), 汾阳 (Shanxi, 吕梁) and 温岭 (Zhejiang, 台州).

    python3 author.py      (rewrites src/ and truth.json)
    sh build.sh OUT
"""
import glob
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
# every earlier corpus with a truth file (heldout83, written at the same time, is not read)
EARLIER = sorted(os.path.basename(os.path.dirname(p)) for p in glob.glob(os.path.join(HERE, "..", "*", "truth.json"))
                 if os.path.basename(os.path.dirname(p)) not in ("heldout83", "heldout84"))

# surnames by region, weighted by repetition: 遵化 (唐山: 王 李 张 刘 赵 杨 高 孙 陈 徐 郭 马 齐 韩 史 邢 and the
# Manchu 关 of the 东陵 guardian villages, rare); 汾阳 (吕梁: 王 张 李 郭 任 武 梁 田 侯 贾 温 成 宋 薛 白 赵 刘);
# 温岭 (台州: 陈 林 王 李 张 黄 叶 郑 江 蔡 金 周 吴 应 阮 潘 徐 梁 赵)
SURNAMES = {
    "zh": "王王王王李李李张张张刘刘刘赵赵杨杨高高孙孙陈徐郭马齐韩史邢关",
    "fy": "王王王张张张李李郭郭郭任任武武梁梁田侯贾温成宋薛白赵刘",
    "wl": "陈陈陈陈林林林林王王王李李张张黄叶叶郑郑江蔡金周吴应阮潘徐梁赵",
}
GIVEN2 = ("嘉乐 晨曦 宇轩 思雨 俊楠 雅婷 浩洋 梦洁 子健 欣怡 家豪 佳琪 一凡 诗涵 明哲 雨晴 志豪 晓萱 文轩 静怡 "
          "天翔 紫嫣 博涛 语桐 睿琪 承泽 可欣 振宁 梓萌 奕辰 沛珊 鸿宇 佳蕊 皓轩 若琳 俊辉 婉清 永康 慧琳 宏博 "
          "书瑶 铭轩 海蓉 建宇 心悦 思博 雪莹 锦涛 欣妍 宇辰 梦圆 志杰 佳慧 润泽 晓彤 鹏程 靖瑶 子扬 乐瑶 泓宇 "
          "嘉怡 凯文 晨阳 亚楠 佳宁 玉婷 鑫磊 少华 立伟 海洋 春雨 金龙 晓东 梦琪 浩楠 瑞琪 子豪 文静 雨菲 家铭").split()
GIVEN1 = list("楠琦峰洁瑶凯鑫蕾")

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
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "truth.json")
        if not os.path.isfile(p):
            raise SystemExit("missing %s" % p)
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    forms = []
    for d in EARLIER:
        for p in glob.glob(os.path.join(HERE, "..", d, "src", "*", "*", "form.*")):
            with open(p, encoding="utf-8", errors="replace") as f:
                forms.append(f.read())
    return names, "\n".join(texts), "\n".join(forms)


USED_BEFORE, EARLIER_TEXT, EARLIER_FORMS = earlier_strings()
USED_BARE = {n.replace("·", "").replace("•", "") for n in USED_BEFORE}
TAKEN = set()


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
        sur = rng.choice(SURNAMES[region])
        for _ in range(50):   # the surname first, only the given name redrawn when refused
            name = sur + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "turndown": dict(major="饭店(酒店)服务", code="0504", course="景区度假酒店客房对客服务", task="景区度假酒店团队客房夜床与加床服务",
   hours=16, station="客房服务一体化学习工作站",
   situation="遵化清东陵景区旁的一家度假酒店接待了一个四十人的研学旅行团，团队要求当晚为每间客房做夜床服务，并为带孩子的家庭加床。客房部领班请酒店班学员按团队名单核对房号，准备夜床物品和加床用品，按标准开夜床、加床，处理宾客的临时需求，最后填写服务记录并交接。",
   qs=[("问题1 开夜床时床罩和被角怎样处理？", ["取下床罩叠好放进柜子，把靠近床头柜一侧的被角折成三十度，拍松枕头，放好早餐卡和晚安卡。", "床罩收好，被角折三十度。", "拍松枕头，放晚安卡。"]),
       ("问题2 团队客人要求加床时要确认什么？", ["确认房号、加床的人数和年龄、是否收费，检查房间空间和消防通道，登记后再送床。", "确认房号和人数，登记收费。", "不能挡住通道。"])],
   hw=[("1. 夜床服务为什么要拉好遮光窗帘？", ["让客人晚上休息不受外面灯光打扰，也保护客人隐私。", "挡光，保护隐私。", "让客人睡得好。"]),
       ("2. 客人不在房间时能不能做夜床？", ["可以，按规范敲门通报，确认无人后进房服务，不翻动客人物品，门上挂好已服务牌。", "可以，但不动客人东西。", "敲门通报后进房。"])],
   outputs=[("夜床服务记录", "八楼十六间夜床全部完成。"), ("加床服务登记", "加床三张，均已登记。"), ("宾客遗留物品登记", "拾获儿童水杯一个，已交前台。")]),
 "chestnut": dict(major="电子商务", code="0603", course="农产品助农直播运营", task="遵化板栗助农直播选品与直播脚本策划",
   hours=14, station="直播电商一体化学习工作站",
   situation="每年九月遵化板栗上市，一家板栗专业合作社想在网上直播卖糖炒板栗和生栗，但没有做过直播。合作社请电商班学员到产地选品，确定主推款和引流款，策划一场两小时的助农直播，写出直播脚本和话术，分工完成试播，直播后复盘数据。",
   qs=[("问题1 选品时为什么要设引流款和主推款？", ["引流款价格低，吸引人进直播间；主推款利润高，是这场直播主要卖的货。", "引流款拉人，主推款赚钱。", "价格和利润不同。"]),
       ("问题2 直播脚本要写清哪些内容？", ["每个时间段的环节、要讲的产品、话术、福利和负责人。", "时间段、环节和话术。", "福利和负责人。"])],
   hw=[("1. 直播间的转化率怎样计算？", ["成交人数除以进入直播间的人数。", "成交人数除以观看人数。", "下单的人占看的人多少。"]),
       ("2. 板栗发货前要注意什么？", ["生栗要挑掉虫眼果，装透气网袋，夏秋季发冷链，写清保存方法。", "挑虫眼果，透气包装。", "写清保存方法。"])],
   outputs=[("直播脚本", "两小时分八个环节。"), ("选品分析表", "主推五百克糖炒板栗。"), ("直播复盘表", "观看一千二百人，成交八十六单。")]),
 "guoyou": dict(major="烹饪(中式烹调)", code="0501", course="晋菜风味热菜制作", task="汾阳婚宴过油肉与莜面栲栳栳出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="汾阳一户人家在学校实训餐厅订了十二桌婚宴，主家点名要山西过油肉和莜面栲栳栳两道菜。餐厅主厨请烹饪班学员按宴席单备料，完成过油肉的切片、上浆、滑油和烹汁，推出莜面栲栳栳并蒸制，按桌出品，做好留样和卫生。",
   qs=[("问题1 过油肉为什么要先上浆再滑油？", ["上浆能保住肉里的水分，滑油时油温控制在三四成热，肉片才滑嫩不老。", "保住水分，肉片嫩。", "油温三四成热。"]),
       ("问题2 莜面为什么要用开水烫面？", ["莜面没有筋力，开水烫过淀粉糊化才有黏性，推出的栲栳栳不裂。", "开水烫面才有黏性。", "不容易裂。"])],
   hw=[("1. 过油肉烹汁时加醋有什么讲究？", ["醋要沿锅边烹入，激出香味，山西老陈醋不能放太早，否则香味跑掉。", "沿锅边烹醋。", "醋不能放太早。"]),
       ("2. 宴席菜品为什么要留样？", ["每道菜留样一百二十五克以上，冷藏四十八小时，出现问题可以查清原因。", "留样冷藏四十八小时。", "出问题能查原因。"])],
   outputs=[("宴席出品记录", "十二桌按时出品。"), ("菜品留样记录", "每道菜留样一百五十克。"), ("菜品质量评价", "过油肉色泽金黄，咸鲜微酸。")]),
 "filling": dict(major="机电一体化技术", code="0127", course="灌装生产线电气控制系统装调", task="白酒灌装线输送带PLC控制系统安装与调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="汾阳杏花村的一家酒厂新上了一条小瓶白酒灌装线，输送带要按洗瓶、灌装、压盖、贴标的节拍启停，出现堵瓶时要自动停线报警。设备科请机电班学员按图纸安装传感器和变频器，连接PLC的输入输出，编写启停和堵瓶报警程序，完成联调并填写调试记录。",
   qs=[("问题1 光电传感器怎样判断堵瓶？", ["瓶子挡住光电开关超过设定时间就判为堵瓶，PLC停输送带并报警。", "挡光超过设定时间。", "超时就停线报警。"]),
       ("问题2 变频器为什么要设加速和减速时间？", ["输送带启动太快瓶子会倒，加减速时间让速度平稳变化。", "防止瓶子倒。", "速度平稳变化。"])],
   hw=[("1. PLC输入输出分配表有什么用？", ["写清每个传感器、按钮和接触器接在哪个点，接线和编程都按它来，方便检修。", "接线编程都按它。", "方便检修。"]),
       ("2. 急停回路为什么要用常闭触点？", ["线断了也相当于按下急停，设备能停下，更安全。", "断线也能停机。", "更安全。"])],
   outputs=[("PLC输入输出分配表", "输入十四点，输出九点。"), ("变频器参数设置记录", "加速时间三秒。"), ("灌装线联调记录", "堵瓶五秒停线报警正常。")]),
 "jujube": dict(major="中药", code="1301", course="中药饮片炒制与质量检查", task="酸枣仁清炒与炒黄饮片质量检查",
   hours=14, station="中药炮制一体化学习工作站",
   situation="吕梁山区出产酸枣仁，汾阳一家中药饮片厂接到医院订单，要求供应炒酸枣仁。质量部请中药班学员按炮制规范净选生酸枣仁，用文火清炒至鼓起、微有焦斑，出锅摊凉，再按药典检查性状、水分和杂质，填写炮制记录。",
   qs=[("问题1 酸枣仁为什么要用文火炒？", ["酸枣仁含油多，火大容易炒焦，文火才能炒到鼓起、微有焦斑、有香气。", "火大容易焦。", "炒到鼓起有香气。"]),
       ("问题2 炒好的酸枣仁怎样判断火候？", ["表面微鼓起，颜色加深，有少量焦斑，闻到香气，掰开里面是淡黄色。", "鼓起、有焦斑、有香气。", "里面淡黄色。"])],
   hw=[("1. 净选要除去哪些杂质？", ["核壳、泥沙、霉粒和其他种子。", "核壳和泥沙。", "霉粒。"]),
       ("2. 炒酸枣仁为什么要摊凉后再装袋？", ["热的时候装袋会返潮，还会继续受热变焦。", "防止返潮。", "防止继续变焦。"])],
   outputs=[("酸枣仁炮制记录", "投料五千克，得炒制品四点七千克。"), ("饮片质量检查记录", "水分百分之六点二，合格。"), ("炮制设备清场记录", "炒药锅已清洁。")]),
 "rotor": dict(major="数控加工(数控车工)", code="0106", course="水泵轴类零件数控车削", task="潜水泵电机转子轴数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="温岭是全国有名的水泵产地，一家潜水泵厂的电机转子轴供货不足，厂里请学校数控车间加工一批。车间主任请数控班学员读懂转子轴零件图，编写加工工艺和程序，完成各段外圆、台阶、退刀槽和键槽前的车削，用千分尺和跳动检具检测，合格后交付。",
   qs=[("问题1 细长的转子轴为什么要用一夹一顶装夹？", ["轴细长，只用卡盘夹住车削时会让刀、振动，尾座顶尖顶住后刚性好，尺寸才准。", "防止让刀和振动。", "刚性好。"]),
       ("问题2 轴承位的尺寸精度怎样保证？", ["粗车留余量，精车时用千分尺测量后修正刀补，再精车一刀。", "测量后修正刀补。", "粗精分开。"])],
   hw=[("1. 径向跳动怎样测量？", ["工件装在两顶尖之间，百分表测头压在外圆上，转一圈看读数的最大差值。", "两顶尖装夹，百分表测。", "看最大差值。"]),
       ("2. 车台阶时为什么要先车大直径？", ["先车大直径再车小直径，工件刚性好，不容易变形。", "刚性好。", "不容易变形。"])],
   outputs=[("转子轴首件检测报告", "轴承位直径二十五点零零八。"), ("转子轴批量抽检记录", "抽检五件全部合格。"), ("加工工艺卡", "分粗车、半精车、精车三道工序。")]),
 "medicine": dict(major="健康与社会照护", code="0529", course="居家老人用药照护", task="海岛渔村独居老人居家用药管理与照护",
   hours=14, station="居家照护一体化学习工作站",
   situation="温岭石塘的渔村里，不少老人子女出海或在外地打工，独居老人同时吃几种药，常常漏服、错服。社区卫生服务站请照护班学员上门，整理老人的药品，核对医嘱，用分药盒按早中晚分装，教老人认药，记录服药情况，发现异常及时报告社区医生。",
   qs=[("问题1 整理药品时要检查哪些内容？", ["药名、剂量、有效期、保存条件，过期和变质的药要请家属同意后处理。", "药名、剂量和有效期。", "过期药要处理。"]),
       ("问题2 分药盒分装时怎样避免错服？", ["对照医嘱一格一格放，放完两人核对，盒子上写清早中晚和饭前饭后。", "对照医嘱，两人核对。", "写清早中晚。"])],
   hw=[("1. 老人漏服一次降压药该怎么办？", ["想起来时间离下一次还远就补服，快到下次就不要补，不能一次吃两倍。", "不能一次吃两倍。", "看离下次多久。"]),
       ("2. 发现老人服药后头晕应怎样处理？", ["让老人坐下或躺下，测血压，记录情况，马上报告社区医生。", "测血压，报告医生。", "先让老人躺下。"])],
   outputs=[("居家用药照护记录", "分药盒一周分装完成。"), ("服药情况观察记录", "血压一百三十八比八十六。"), ("家属用药指导记录", "家属已学会核对分药盒。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="遵化市景忠山技工学校", pack="dir", region="zh", course="turndown", cls="酒店2403班", size=36, seed=11,
         sidp="24130504", students=["高梦蕾", "史振宁", "韩沛珊"], others_named=["邢桂荣", "冯德海", "冯淑芬"],
         teachers=["孙玉娟", "王建勋"], form_count="36（男12　女24）", roster="dorm", headteacher="赵春梅",
         f8="room_sheet", f10="weighted", f11="lostfound_typed", f12="name_line_photo",
         findings=[],
         comment="clean. Form `学生数 | 36（男12　女24）` = roster = item 10. The roster is a 宿舍床位表: rooms as rows, six beds as "
                 "columns, a name in each bed cell, under two building heads (3号楼 24, 5号楼 12); room 305 holds two `空` beds and four marked `（他班）`; the dorm supervisor 刘凤琴 named under it (not a student), 36. Item 10 (TYPED) is WEIGHTED: 过程评价(100) | 折合40% | "
                 "结果评价(100) | 折合60% | 总评, one decimal, explained on the page (legal). Item 8 (scanned 150 dpi gray): a "
                 "客房部工作单 at the top, the student as 服务员 by hand, the floor supervisor 邢桂荣 as 领班 (not a student). "
                 "Item 11 (typed): 夜床/加床/遗留物品 records naming guests 冯德海 and 冯淑芬 (not students). Item 12: phone "
                 "photos in sunlight through venetian blinds"),
    dict(school="遵化市景忠山技工学校", pack="dir", region="zh", course="chestnut", cls="电商2402班", size=40, seed=12,
         sidp="2413060302", students=["郭紫嫣", "马鸿宇", "齐铭轩"], outsiders={"齐铭轩": "电商2403班"}, out_sidp="2413060303",
         extra_class=["杨钧泽"], bad={"杨钧泽": "sum"}, others_named=["韩守仁"],
         teachers=["刘雁冰", "李卫华"], form_count="40（男16　女24）",
         f8="supplier_slip", f10="comment_col", f11="script_typed", f12="hand_page",
         findings=[("students.not_in_class", 8, True, "齐铭轩"), ("records.invalid_score", 10, False, "杨钧泽")],
         comment="齐铭轩 of the parallel class 电商2403班 (his class and 学号 on his worksheet, script and homework) is the third "
                 "student of 8/11/12; item 10 (TYPED, 40 rows = form) has no record of him: students.not_in_class. Item 10 has "
                 "a long 教师评语 column; 杨钧泽's 总分 is 9 above the sum of his parts: records.invalid_score. Item 8 (scanned 200 "
                 "gray): a 选品登记 slip, 供货方 the cooperative's head 韩守仁 (not a student), 选品人 the student by hand. No roster"),
    dict(school="汾阳市杏花村技工学校", pack="gbkzip", region="fy", course="guoyou", cls="烹饪2401班", size=38, seed=21,
         sidp="2414050101", students=["任晓萱", "武天翔", "梁若琳"], items={12: ["任晓萱", "武天翔"]},
         extra_class=["贾奕辰"], bad={"贾奕辰": "sum"}, others_named=["田玉莲"],
         teachers=["温志刚", "成红霞"], form_count="共38名",
         f8="morning_check", f10="caption_max", f11="tasting_typed", f12="blinds_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "贾奕辰")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, venetian-blind light) holds the homework of only TWO students, 任晓萱 and 武天翔 (梁若琳's "
                 "is missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (scanned 250 dpi "
                 "gray, flour on the sheet) names its criteria without maxima in the head; the maxima stand in a caption line "
                 "above the table; 贾奕辰's 总分 is 8 above the sum of his parts (his 等级 follows the wrong total): "
                 "records.invalid_score. Item 8 (scanned, flour): a 晨检 strip at the top. Item 11: 试吃评价 naming the "
                 "banquet's host 田玉莲 (not a student). No roster"),
    dict(school="汾阳市杏花村技工学校", pack="gbkzip", region="fy", course="filling", cls="机电2402班", size=40, seed=22,
         sidp="2414012702", students=["侯皓轩", "薛晋康", "白雨晴"], extra_class=["宋梓萌", "贾润峰"], absent_from_10=["宋梓萌"],
         bad={"贾润峰": "over"}, others_named=["张宝林"], roster="plain_list", headteacher="郭秀兰",
         teachers=["梁建平", "李晋东", "王晋生"], form_count="共40名",
         f8="shift_strip", f10="letter_grade", f11="io_typed", f12="two_per_sheet",
         findings=[("records.missing_student", 10, False, "宋梓萌"), ("records.count_mismatch", 10, False),
                   ("records.invalid_score", 10, False, "贾润峰")],
         comment="the roster (a typed 学生名单, 40) and the form (`班级人数 | 共40名`) hold 宋梓萌; item 10 (TYPED) has 39 rows "
                 "and none for her: records.missing_student and records.count_mismatch. 贾润峰 has 33 under `程序编写（满分30）` "
                 "(总分 the sum): records.invalid_score. Item 8 (1-bit 300 dpi): a 交接班 strip, 交班人 the student by hand, "
                 "接班人 the distillery's shift leader 张宝林 (not a student). Item 12: two students' homework on one sheet"),
    dict(school="汾阳市杏花村技工学校", pack="gbkzip", region="fy", course="jujube", cls="中药2401班", size=38, seed=23,
         sidp="2414130101", students=["田静姝", "郭慧琳", "任思博"], items={8: ["田静姝", "郭慧琳", "李朵瑶"]},
         extra_class=["李朵瑶"], others_named=["侯爱萍"],
         teachers=["武玉芳", "赵晋华"], form_count="共36名",
         f8="name_label", f10="makeup_remark", f11="batch_typed", f12="name_line_photo2",
         findings=[("students.mismatch", 8, True), ("records.count_mismatch", 10, False)],
         comment="item 8 (scanned 200 dpi gray) holds the worksheets of 田静姝, 郭慧琳 and classmate 李朵瑶 (with an item-10 "
                 "record) instead of 任思博's (11 and 12 hold the three): students.mismatch. Item 10 (TYPED) lists 38; the form "
                 "says `共36名`: records.count_mismatch (no roster). Item 10 has 姓名 before 学号 and `补考` in 备注 for two "
                 "(legal). Item 8: the name only on a printed label stuck on at a slant. Item 11: 炮制记录 naming the factory's "
                 "QA 侯爱萍 (not a student)"),
    dict(school="温岭市曙光技工学校", pack="zip", region="wl", course="rotor", cls="数控2401班", size=40, seed=31,
         sidp="24331061", students=["林锦川", "江鹏程", "应佳蕊"], items={11: ["林锦川", "江鹏程", "应佳蕊", "阮志杰"]},
         extra_class=["阮志杰", "蔡宇辰"], bad={"蔡宇辰": "over"}, others_named=["郑美琴"],
         teachers=["陈海潮", "叶建华", "金国平"], form_count="全班40人",
         f8="route_card", f10="excel_grid", f11="inspection_typed", f12="hand_page2",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "蔡宇辰")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED inspection reports) holds the work of FOUR students: the three and classmate 阮志杰 (with an "
                 "item-10 record): students.count on 11; students.mismatch optional. Item 10 (scanned 300 dpi gray) is a "
                 "spreadsheet printed WITH its column letters and row numbers; 蔡宇辰 has 44 under `尺寸精度(40)` (总分 the "
                 "sum): records.invalid_score. Item 8 (scanned 250 gray): a 工序流转卡, 操作者 the student by hand, 检验 the pump "
                 "factory's inspector 郑美琴 (not a student). No roster"),
    dict(school="温岭市曙光技工学校", pack="zip", region="wl", course="medicine", cls="照护2402班", size=37, seed=32,
         sidp="24331529", students=["叶欣妍", "郑梦圆", "王雪芸"], others_named=["林彩娥", "江根友", "林海军", "蔡丽君"],
         teachers=["潘晓红", "周立群"], form_count="全班37人", roster="card_signoff", headteacher="黄素芬",
         f8="visit_sheet", f10="bonus_fix", f11="med_typed", f12="blinds_photo2",
         findings=[],
         comment="clean. Form `全班37人` = roster = item 10. The roster is a 学生证领取签收表 (`序号 学号 姓名 签收 日期`, each "
                 "student's signature by hand; two left blank with `请假，班主任代领`), 37. Item 10 (colour scan 200 dpi) has a "
                 "`竞赛加分` column explained on the page (总分 = parts + 加分) and two scores corrected by hand in red (old "
                 "figure struck through, the new one beside it with the teacher's initial; the 总分 follows the correction): "
                 "legal. Item 8: a 入户随访单, 服务对象 the elder 林彩娥 / 江根友, 社区医生 蔡丽君 (not students). Item 11: "
                 "用药记录 naming the elders and a son 林海军 (not students)"),
]

PROVINCE = {1: "河北省唐山市遵化市", 2: "山西省吕梁市汾阳市", 3: "浙江省台州市温岭市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CNUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 遵化: "附件3-8 工作页.pdf"
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 汾阳: "八、工作页.pdf" (the Chinese numeral and a 、)
        return "%s、%s.pdf" % (CNUM[n], NAMES[n])
    return "%02d_%s_%s.pdf" % (n, NAMES[n], s["cls"])   # 温岭: "08_工作页_数控2401班.pdf"


def form_name(s, c):
    return {1: ("景忠山技工学校优质课堂申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书-%s.pdf" % c["course"], "pdf"),
            3: ("附件2 工学一体化优质课堂项目申报书_%s.docx" % s["cls"], "docx")}[grp(s)]

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
BLUE, BLACK = "#1d2f6b", "#151515"
RED = 'style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:13pt"'


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

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 遵化: four columns; 学生数 with the boys and girls in brackets
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("学生数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 汾阳: 班级人数 | 共38名
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 温岭: 授课对象 | 数控2401班　全班40人
        rows = [("专业名称及代码", "%s　%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s　%s" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生领取任务后分组查找资料、拟订工作计划，教师审核后小组确定方案并实施，教师全程巡视指导，最后各组汇报成果，进行自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务取自{prov}合作企业的真实工作，学生在真实情境中完成工作，专业能力和职业素养都有提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=5 + s["seed"] % 17, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程为{major}专业一体化课程，按国家工学一体化课程标准，结合{prov}企业岗位需求转化而成。\n二、学习任务安排\n本学期开设“{task}”，{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析——{task}\n一、任务来源与描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}教学活动策划\n活动一　接受任务，收集信息\n活动二　制定计划，做出决策\n活动三　实施任务，过程控制\n活动四　检查验收，评价反馈",
    4: "{school}\n{course}教学进度计划（{hours}学时）\n第一周　接受任务，收集信息\n第二周　制定计划并审核\n第三周　实施任务\n第四周　检查验收与评价总结",
    5: "{school}\n{task}教学活动方案\n第一学时　创设情境，布置任务\n第二至四学时　引导问题学习\n其余学时　分组实施、巡回指导、成果展示与评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业标准、微课、{station}设备和耗材清单。",
    7: "{school}\n{station}图文说明\n工作站设资讯区、计划区、实施区和评价展示区四个功能区。",
    9: "{school}\n{task}考核方案\n考核分过程考核与结果考核，成绩由任课教师记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 3 + (s["seed"] * 7 + k * 5) % 25)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "17"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages, ovl = [], []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "room_sheet":   # a 客房部工作单 at the top: the student as 服务员, the floor supervisor as 领班
            sheet = tbl([[("<b>客房部夜床服务工作单</b>　No. 8%03d" % (211 + i), ' colspan="6"')],
                         ["楼　层", "8F", "房　号", "8%02d—8%02d" % (1 + 4 * i, 16), "团　队", "研学旅行团"],
                         ["服务员", hand(n, True), "领　班", hand(s["others_named"][0], True, BLACK), "日　期", hand(day(s, i)[5:], True)]],
                        width="100%", pad="3px 4px")
            body = sheet + title + '<p>班级：%s　　学号：%s　　指导教师：%s</p>' % (hand(cl, True), hand(sid, True), t[0]) + sit + answers(c, rng, i) + comment
        elif f == "supplier_slip":   # a 选品登记 slip: 供货方 and 选品人
            slip = tbl([[("<b>直播选品登记单</b>", ' colspan="4"')],
                        ["供货方", "%s（板栗专业合作社理事长）" % s["others_named"][0], "产　地", "遵化市"],
                        ["选品人", hand(n, True), "班　级", hand(cl, True)],
                        ["学　号", hand(sid, True), "日　期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            body = slip + title + sit + answers(c, rng, i) + comment
        elif f == "morning_check":   # a 晨检 strip at the top
            strip_ = tbl([[("<b>实训前晨检</b>", ' rowspan="2"'), "姓名", "班级", "学号", "体温", "指甲", "工作服帽", "晨检人"],
                          [hand(n, True), hand(cl, True), hand(sid[-2:], True), hand("36.%d" % (4 + i), True), "☑", "☑", hand(t[1], True, BLACK)]],
                         width="100%", pad="3px 3px")
            body = strip_ + title + sit + answers(c, rng, i) + comment
        elif f == "shift_strip":   # a 交接班 strip: 交班人 the student, 接班人 the distillery's shift leader
            strip_ = tbl([[("<b>灌装线调试交接班记录</b>", ' colspan="4"')],
                          ["交班人", hand(n, True), "接班人", hand(s["others_named"][0] + "（白班班长）", True, BLACK)],
                          ["班　级", hand(cl, True), "学　号", hand(sid, True)],
                          ["设备状态", "输送带停机、断电挂牌", "交接时间", hand("%s 7:%02d" % (day(s, i)[5:], 30 + i), True)]], width="100%", pad="3px 4px")
            body = strip_ + title + sit + answers(c, rng, i) + comment
        elif f == "name_label":   # the name only on a printed label stuck on at a slant
            body = '<p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p>' + title + sit + answers(c, rng, i) + comment
            ovl.append({"type": "sticker", "page": i + 1, "x": 0.74, "y": 0.07, "angle": [-4, 3, -2][i % 3], "size": 10,
                        "fill": "#fbfbf4", "edge": "#9a9a9a", "lines": ["姓名：%s" % n, "班级：%s" % cl, "学号：%s" % sid]})
        elif f == "route_card":   # a 工序流转卡: 操作者 the student, 检验 the pump factory's inspector
            card = tbl([[("<b>工序流转卡</b>　零件：转子轴　图号 QB-12-0%d" % (3 + i), ' colspan="5"')],
                        ["工序", "内容", "操作者", "检验", "日期"],
                        ["10", "粗车各外圆", hand(n, True), hand(s["others_named"][0], True, BLACK), hand(day(s, i)[5:], True)],
                        ["20", "精车轴承位", hand(n, True), hand(s["others_named"][0], True, BLACK), hand(day(s, i)[5:], True)]],
                       width="100%", pad="3px 4px")
            body = card + title + '<p>班级：%s　　学号：%s</p>' % (cl, hand(sid, True)) + sit + answers(c, rng, i) + comment
        elif f == "visit_sheet":   # a home-visit sheet: the elder, the community doctor, the student as 随访人
            elder = s["others_named"][i % 2]
            sheet = tbl([[("<b>入户随访单</b>", ' colspan="4"')],
                         ["服务对象", "%s（%d岁，独居）" % (elder, 81 + i), "住　址", "石塘镇渔村%d号" % (12 + 7 * i)],
                         ["随访人", hand(n, True), "班　级", hand(cl, True)],
                         ["社区医生", s["others_named"][3], "日　期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            body = sheet + title + '<p>学号：%s</p>' % hand(sid, True) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": ovl}, ensure_ascii=False, indent=1))
    meth = {"room_sheet": "x-scanpdf:150", "supplier_slip": "x-scanpdf:200", "morning_check": "x-scanpdf:250:flour",
            "shift_strip": "x-scanpdf:300:mono", "name_label": "x-scanpdf:200", "route_card": "x-scanpdf:250",
            "visit_sheet": "x-scanpdf:200:color"}[f]
    font = {"room_sheet": "Noto Sans CJK SC", "name_label": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"


COMMENTS = ["话术流畅，能抓住板栗卖点", "选品分析有数据支撑", "脚本环节清楚，福利设计合理", "镜头感好，节奏还需加快",
            "复盘认真，能找出流失原因", "分工配合好", "互动不足，要多回应评论", "产品讲解准确"]


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "weighted":   # raw marks out of 100 and their weighted values side by side
        hd = ["序号", "学号", "姓名", "过程评价<br/>(百分制)", "折合<br/>×40%", "结果评价<br/>(百分制)", "折合<br/>×60%", "总评"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(66, 97), rng.randint(62, 96)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), "%.1f" % (a * 0.4), str(b), "%.1f" % (b * 0.6), "%.1f" % (a * 0.4 + b * 0.6)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>说明：总评＝过程评价×40%＋结果评价×60%，保留一位小数。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "comment_col":   # a long 教师评语 column
        parts = [("选品分析", 20), ("脚本策划", 30), ("直播演练", 35), ("复盘总结", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "教师评语"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), COMMENTS[k % 8]], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "caption_max":   # the maxima in a caption line, not in the head
        parts = [("原料初加工", 15), ("刀工", 20), ("火候调味", 30), ("成菜质量", 25), ("卫生安全", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩表") +
                "<p>各项满分：原料初加工15分，刀工20分，火候调味30分，成菜质量25分，卫生安全10分；总分为各项之和。</p>" + table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:250:flour"
    if f == "letter_grade":   # 学号 first, maxima as （满分n）, A-D grades
        parts = [("元件安装", 20), ("电路接线", 25), ("程序编写", 30), ("联机调试", 15), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["学号", "姓名"] + ["%s<br/>（满分%d）" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(sorted(rec, key=lambda x: sid_of(s, x))):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 33
            tot = sum(v)
            out.append(trow([sid_of(s, n), n] + [str(x) for x in v] + [str(tot), "A" if tot >= 90 else "B" if tot >= 75 else "C" if tot >= 60 else "D"], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + "<p>等级：A（90分以上）　B（75—89分）　C（60—74分）　D（60分以下）</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "makeup_remark":   # 姓名 before 学号, 补考 in 备注
        parts = [("净选", 15), ("炒制", 35), ("质量检查", 30), ("安全与记录", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), {6: "补考", 23: "补考"}.get(k, "")], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>注：补考学生记补考成绩。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "excel_grid":   # a spreadsheet printed with its column letters and row numbers
        parts = [("工艺编制", 15), ("程序编制", 20), ("尺寸精度", 40), ("表面质量", 15), ("职业素养", 10)]
        grey = ' align="center" style="border:0.5pt solid #999;background:#e6e6e6;padding:0px 3px;color:#444"'
        cellx = ' style="border:0.5pt solid #bbb;padding:0px 3px" align="center"'
        letters = "ABCDEFGHI"
        rows = ["<tr><td%s></td>%s</tr>" % (grey, "".join("<td%s>%s</td>" % (grey, L) for L in letters))]
        sheet = [[("%s%s学习任务考核成绩" % (s["cls"], c["task"][:7]), ' colspan="9"')],
                 ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 44
            sheet.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))])
        for r, cells in enumerate(sheet):
            tds = "".join(("<td%s%s>%s</td>" % (cellx, x[1], x[0])) if isinstance(x, tuple) else "<td%s>%s</td>" % (cellx, x) for x in cells)
            rows.append("<tr><td%s>%d</td>%s</tr>" % (grey, r + 1, tds))
        body = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows)
        body += "<p>Sheet1　　　　考核教师：%s　%s</p>" % (t[0], t[1])
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.0cm"), "x-scanpdf:300"
    if f == "bonus_fix":   # a 竞赛加分 column and two scores corrected by hand
        parts = [("药品整理", 20), ("分药核对", 30), ("用药指导", 30), ("记录报告", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["竞赛加分", "总分"]], pad)]
        fixes = {9: (1, 3), 26: (2, -2)}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            bonus = 5 if k in (4, 19) else 0
            cells = [str(k + 1), sid_of(s, n), n] + [str(x) for x in v]
            if k in fixes:
                j, dlt = fixes[k]
                old = v[j]
                v[j] = old + dlt
                cells[3 + j] = '<s>%d</s> %s' % (old, hand("%d 潘" % v[j], True, "#c0251a", "10pt"))
            cells += [str(bonus) if bonus else "", str(sum(v) + bonus)]
            out.append(trow(cells, pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>说明：竞赛加分指本学期参加市级照护技能竞赛获奖者加5分，总分＝各项得分之和＋竞赛加分。成绩更正处由考核教师签名。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200:color"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    o = s.get("others_named", [])
    parts = ['<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
             % (c["task"], s["school"], s["cls"], "、".join(t[:2]))]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "lostfound_typed":   # turndown, extra bed and lost-and-found records naming guests
                guest = o[1 + (i + j) % 2]
                parts.append('<h3>%s</h3>' % title + tbl([["服务员", n, "班级", cl], ["宾客姓名", guest, "房号", "8%02d" % (3 + 4 * i + j)],
                                                          ["服务项目", ["夜床", "加床", "遗留物品"][j], "领班", o[0]], ["时间", "%s 20:%02d" % (day(s, 30 + i)[5:], 10 + 9 * j), "宾客签字", guest]],
                                                         width="90%") + "<p>情况说明：%s</p>" % desc)
            elif f == "script_typed":   # a live-stream script: 主播 the student
                parts.append('<h3>%s</h3><p>编写人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid_of(s, n)) +
                             tbl([["时间段", "环节", "话术要点", "负责人"], ["19:00—19:15", "开场预热", "介绍遵化板栗产地", "主播 %s" % n],
                                  ["19:15—19:45", "主推款讲解", "现场剥栗、试吃", "主播 %s" % n], ["19:45—20:00", "福利抽奖", "关注抽奖送生栗", "场控 %s" % t[j % 2]]],
                                 width="92%") + "<p>%s</p>" % desc)
            elif f == "tasting_typed":   # tasting and evaluation: 制作人 the student, the host as a taster
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["制作人", n, "班级", cl], ["菜品", ["山西过油肉", "莜面栲栳栳", "过油肉"][j], "桌数", "12"],
                                  ["试吃评价人", "%s（主家）、%s" % (o[0], t[j % 2]), "评价", ["色泽金黄", "薄如蝉翼", "咸鲜微酸"][j]]], width="90%") +
                             "<p>%s　%s</p>" % (desc, day(s, 30 + i)))
            elif f == "io_typed":   # an I/O table and commissioning record: 调试人 the student
                parts.append('<h3>%s</h3><p>调试人：%s（%s）　　设备科确认：%s　　%s</p>' % (title, n, cl, o[0], day(s, 30 + i)) +
                             tbl([["地址", "名称", "地址", "名称"], ["I0.0", "启动按钮", "Q0.0", "输送带接触器"], ["I0.1", "急停（常闭）", "Q0.1", "报警灯"],
                                  ["I0.2", "堵瓶光电", "Q0.2", "蜂鸣器"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "batch_typed":   # a processing batch record: 操作人 the student, the factory's QA
                parts.append('<h3>%s</h3>' % title + tbl([["品名", "炒酸枣仁", "批号", "SZR2410%02d" % (11 + 3 * i + j)], ["操作人", n, "班级", cl],
                                                          ["复核人", t[j % 2], "质量员", o[0]], ["投料量", "5.0 kg", "得量", "%.2f kg" % (4.70 - 0.03 * i)]], width="86%") +
                             "<p>结论：%s</p>" % desc)
            elif f == "inspection_typed":   # inspection reports: 加工者 the student
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件名称", "电机转子轴", "图号", "QB-12-0%d" % (3 + j)], ["加工者", "%s（%s）" % (n, cl), "检验员", t[j % 3]],
                                  ["检测项目", "图纸要求", "实测", "结论"], ["轴承位", "φ25 +0.015/+0.002", "25.00%d" % (6 + j), "合格"],
                                  ["径向跳动", "≤0.02", "0.01%d" % (1 + i % 8), "合格"]], width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "med_typed":   # medication records naming the elders and a son
                elder = o[(i + j) % 2]
                parts.append('<h3>%s</h3>' % title + tbl([["照护员", n, "班级", cl], ["服务对象", elder, "日期", day(s, 30 + i)],
                                                          ["药品", "用法", "服用情况", "核对人"], ["硝苯地平缓释片", "每日2次", "按时服用", o[2] + "（家属）"],
                                                          ["二甲双胍", "每日3次，饭后", "午餐后漏服一次", o[3] + "（社区医生）"]], width="92%") + "<p>小结：%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    lines = []
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if i and not (f == "two_per_sheet" and i % 2 == 1):
            lines.append("----")
        if f == "two_per_sheet" and i % 2 == 1:
            lines += ["", "- - - - - - - - - - - - ✂ - - - - - - - - - - - -", ""]
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng)]
            if f != "two_per_sheet":
                qa.append("")
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f in ("name_line_photo", "name_line_photo2"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f in ("hand_page", "hand_page2"):
            head = ["课后作业", "姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f in ("blinds_photo", "blinds_photo2"):
            head = ["课后作业　%s" % c["task"], "> %s　%s" % (cl, n)]
        elif f == "two_per_sheet":
            head = ["课后作业（%s）　> 姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:1:blinds", "name_line_photo2": "x-photo:200:2", "hand_page": "x-scan:250:4",
            "blinds_photo": "x-photo:200:2:blinds", "two_per_sheet": "x-scan:200:3:color", "hand_page2": "x-scan:300:4",
            "blinds_photo2": "x-photo:200:1:blinds"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "dorm":   # a dormitory list: rooms as rows, six beds as columns
        rows = [["宿舍", "1号床", "2号床", "3号床", "4号床", "5号床", "6号床"]]
        girls = k[:24]
        boys = k[24:]
        cells = []
        for block, label, start in ((girls, "3号楼", 301), (boys, "5号楼", 512)):
            rows.append([("<b>%s宿舍（%d人）</b>" % (label, len(block)), ' colspan="7"')])
            for ri in range(0, len(block), 6):
                room = block[ri:ri + 6]
                rows.append(["%d室" % (start + ri // 6)] + room + ["空"] * (6 - len(room)))
            if label == "3号楼":
                rows.append(["%d室" % (start + 4), "空", "空"] + ["（他班）"] * 4)
        body = ('<h2 style="text-align:center">%s%s学生宿舍床位表</h2>' % (s["school"], s["cls"]) + tbl(rows, width="96%", pad="3px 4px", bold=(0,)) +
                "<p>班主任：%s　　宿管：%s　　全班%d人，均住校。　2024年9月</p>" % (s["headteacher"], "刘凤琴", len(k)))
        write(os.path.join(d, "roster.html"), html(body, "10pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生宿舍床位表.pdf\tpdf\troster\t0" % s["cls"])
        return ["刘凤琴"]
    if r == "plain_list":
        rows = [["序号", "学号", "姓名", "性别", "出生年月", "备注"]]
        rr = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice("男男男女"), "2008.%02d" % rr.randint(1, 12), {0: "班长", 11: "团支书"}.get(j, "")])
        body = ('<h2 style="text-align:center">%s%s学生名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="90%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　合计：%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "card_signoff":   # a student-card sign-off list, each student's signature by hand
        rows = [["序号", "学号", "姓名", "签收", "日期"]]
        for j, n in enumerate(k):
            if j in (8, 30):
                sig = "请假，班主任代领"
            else:
                sig = hand(n, True, BLACK if j % 3 else BLUE, "11pt")
            rows.append([str(j + 1), sid_of(s, n), n, sig, "9.%d" % (2 + j % 3)])
        body = ('<h2 style="text-align:center">%s学生证领取签收表</h2><p style="text-align:center">%s　2024年9月</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="86%", pad="0px 4px", bold=(0,)) + "<p>班主任：%s　　应领%d本，实领%d本（代领2本）</p>" % (s["headteacher"], len(k), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="margin:0.9cm 1.4cm"))
        man.append("roster.html\t%s学生证领取签收表.pdf\tx-scanpdf:200\troster\t0" % s["cls"])
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
    truth = {"comment": "Eighty-fourth held-out people corpus (testdata/heldout84), the format of testdata/heldout23/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    for n in all_teachers + all_planted + all_others:
        if used(n):
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT or w in EARLIER_FORMS:
                raise SystemExit("%s was used by an earlier corpus" % w)
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
        rng = random.Random(s["seed"] * 7919 + 84)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
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
        parents = roster(s, d, man) or []
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
        fct = {1: "学生数 | %s", 2: "班级人数 | %s", 3: "授课对象 | " + s["cls"] + "　%s"}[grp(s)] % s["form_count"]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + parents,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
