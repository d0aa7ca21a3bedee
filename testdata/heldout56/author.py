#!/usr/bin/env python3
"""Write the sources of the fifty-sixth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 涪陵
(重庆市涪陵区), 邢台 (河北省) and 本溪 (辽宁省).

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
# every earlier truth file (heldout .. heldout54, othertools); heldout55 is written at the same time and not read
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 55)] + ["othertools"]

# surnames by city: 涪陵 (冉 向 谭 况 幸 蒲 秦 are frequent in 重庆's east; Tujia families write 冉 向 田),
# 邢台 (郄 邸 籍 郜 甄 檀 are 冀南 surnames), 本溪 (Manchu 关 那 佟 富 伊, and the common northern ones)
SURNAMES = {
    "fl": list("陈刘李张王杨黄冉向谭况幸蒲秦周何罗田熊徐吴"),
    "xt": list("张王李刘赵杨郭孟贾郄邸籍郜甄檀魏韩范宋牛"),
    "bx": list("王李张刘赵孙于关那佟富伊杨姜高曲徐马"),
}
# a new given-name list (everyday names of students born around 2008)
GIVEN2 = ("子轩 晨阳 梦瑶 一鸣 俊驰 梓睿 嘉乐 晓渝 家豪 思语 浩铭 雨菲 铭泽 语桐 承志 鑫悦 佳怡 宏宇 靖雯 天佑 "
          "梓萌 瑞霖 浩然 诗琪 锦程 若溪 文博 子墨 思瑶 皓轩 欣彤 博涛 亦凡 可馨 泽宇 昕冉 俊凯 嘉怡 子骞 雅琳 "
          "国栋 玉洁 星辰 宛如 鹏飞 书瑶 家乐 晓彤 睿哲 梓萱 旭东 紫琪 天宇 静怡 明哲 雨萌 博宇 佳琪 云飞 语嫣 "
          "宸宇 欣妍 茂林 婉清 志远 梦琪 建业 心怡 晨曦 昊天 艺涵 凯文 诗雨 宏博 菲菲 鸿涛 若曦 振宇 佳慧 浩宸").split()
GIVEN1 = list("鑫淼磊晶琳彬洋")


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
    return names, "\n".join(texts)


USED_BEFORE, EARLIER_TEXT = earlier_strings()
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


def draw_one(rng, region):
    if region == "fl" and rng.random() < 0.03:
        return "欧阳" + rng.choice(GIVEN1 + GIVEN2)   # one compound surname is plausible in 涪陵
    g = rng.choice(GIVEN1) if rng.random() < 0.10 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    tries = 0
    while len(names) < n:
        tries += 1
        if tries > 200000:
            raise SystemExit("cannot draw a class")
        name = draw_one(rng, region)
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "wonton": dict(major="烹饪(中式烹调)", code="0501", course="地方风味面点制作", task="涪陵榨菜鲜肉抄手制作与红油调味出品",
   hours=16, station="中式面点一体化学习工作站",
   situation="涪陵城区一家老字号抄手店准备推出“榨菜鲜肉抄手”新品，要求馅心突出榨菜的脆爽和咸鲜，红油汤底香而不燥。店长请烹饪班学员按店里的出品标准试做，完成制皮、调馅、包制、煮制和红油调味，每组出品十碗供店员试吃，记录成本和出品时间。",
   qs=[("问题1 榨菜放进肉馅前为什么要先淘洗、挤干？", ["榨菜含盐多，淘洗去掉一部分盐分，挤干水分后馅心不出水，包好的抄手不容易破皮。", "去盐分，挤干水分。", "防止馅心出水破皮。"]),
       ("问题2 红油调味时花椒面和红油的加入顺序怎样定？", ["先放酱油、醋和蒜水，再放红油，花椒面最后撒在面上，香味才不会被汤闷住。", "花椒面最后放。", "先底味后红油。"])],
   hw=[("1. 抄手煮制时为什么要点两次冷水？", ["水开后皮熟得快、馅熟得慢，点冷水让水温降下来，馅心熟透而皮不煮烂。", "让馅熟透皮不烂。", "控制水温。"]),
       ("2. 一碗抄手的成本包括哪些部分？", ["面皮、肉馅、榨菜、调料和燃气，按十碗的用量平均算。", "原料和燃气。", "按十碗平均。"])],
   outputs=[("榨菜鲜肉抄手成本核算单", "每碗成本四元六角。"), ("红油调味配比表", "红油二十克，花椒面一克。"), ("出品时间记录", "从下锅到上桌三分四十秒。")]),
 "steer": dict(major="汽车维修", code="0403", course="汽车转向与行驶系统检修", task="山区微型厢式货车转向沉重故障诊断与排除",
   hours=18, station="汽车底盘检修一体化学习工作站",
   situation="涪陵山区一位榨菜收购户的微型厢式货车跑山路时方向越来越沉，低速掉头要两只手使劲。维修厂前台接车后，车间主管请汽修班学员按作业规范检查轮胎气压、转向助力油和转向机，测量前轮定位，找出故障并排除，交车前完成路试。",
   qs=[("问题1 转向沉重时为什么先查轮胎气压？", ["气压低时轮胎和地面的接触面变大，转向阻力增加，这是最简单也最常见的原因。", "气压低阻力大。", "最简单先查。"]),
       ("问题2 转向助力油里有泡沫说明什么？", ["油路里进了空气，可能是油位太低或吸油管接头漏气，助力就会不足。", "油路进了空气。", "油位低或接头漏气。"])],
   hw=[("1. 主销后倾角过大对转向有什么影响？", ["回正力变大，方向变沉，低速转向更费力。", "方向变沉。", "回正力大。"]),
       ("2. 路试时要检查哪些项目？", ["直线行驶是否跑偏、转向是否轻便、回正是否正常、有无异响。", "跑偏、轻便、回正。", "有无异响。"])],
   outputs=[("转向系统检查记录", "助力油位低于下限。"), ("前轮定位测量记录", "右前轮后倾角偏大零点八度。"), ("维修作业过程记录", "更换吸油管卡箍，排气后复查。")]),
 "cashmere": dict(major="电子商务", code="0603", course="网店商品运营", task="清河羊绒围巾网店新品详情页策划与上架",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="邢台清河县一家羊绒制品企业秋冬季推出一款双面羊绒围巾，准备在自营网店首发。运营经理请电商班学员分析同类商品的卖点和价格，拍摄和挑选商品图片，策划详情页的版块，撰写标题和卖点文案，完成商品上架并设置首发优惠。",
   qs=[("问题1 羊绒围巾的标题为什么要写清含绒量和克重？", ["买家最关心是不是纯羊绒、厚不厚，写清含绒量和克重能减少咨询和退货。", "买家最关心。", "减少退货。"]),
       ("问题2 详情页第一屏放什么内容？", ["放最能打动买家的主图和一句核心卖点，比如“双面可戴，一百八十克轻暖”。", "主图和核心卖点。", "一句话卖点。"])],
   hw=[("1. 羊绒和羊毛在详情页上怎样向买家说明区别？", ["用放大图对比纤维粗细，说明羊绒更细更轻、不扎脖子。", "放大图对比。", "更细不扎。"]),
       ("2. 首发优惠为什么设成限时而不是一直有效？", ["限时能制造紧迫感，集中首发期的销量和评价，帮助商品获得搜索权重。", "制造紧迫感。", "集中销量和评价。"])],
   outputs=[("新品详情页策划书", "共八屏，第一屏为双面对比图。"), ("商品标题与卖点文案", "标题三十字，含绒量百分之百。"), ("上架与优惠设置记录", "首发三天立减二十元。")]),
 "bearing": dict(major="机电一体化技术", code="0127", course="自动化生产线安装与调试", task="轴承套圈自动上下料机械手气动与PLC控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="邢台临西县一家轴承厂的磨床要改成自动上下料，由一台气动机械手从料道取出套圈放进磨床，磨好后取出放到出料道。设备部请机电班学员按图纸安装气缸、电磁阀和传感器，连接气路和电路，编写PLC程序，调好动作节拍并完成联调。",
   qs=[("问题1 机械手的夹爪为什么用双作用气缸？", ["夹紧和松开都靠气压推动，断电时可以保持夹紧，工件不会掉落。", "夹紧松开都靠气压。", "断电不掉件。"]),
       ("问题2 磁性开关装在气缸什么位置？", ["装在气缸的伸出和缩回两个终点，检测活塞到位后PLC才执行下一步。", "装在两个终点。", "检测到位。"])],
   hw=[("1. 节流阀为什么装在排气口？", ["排气节流让气缸运动平稳，速度好调，不会冲击工件。", "运动平稳。", "排气节流。"]),
       ("2. 联调前为什么先手动单步运行？", ["逐个动作检查方向和到位信号，避免自动运行时机械手撞到磨床。", "防止撞机。", "逐步检查。"])],
   outputs=[("气路与电路连接检查表", "电磁阀四个，磁性开关八个。"), ("PLC输入输出分配表", "输入十二点，输出六点。"), ("联调节拍记录", "上下料一次十一秒。")]),
 "fall": dict(major="健康与社会照护", code="0529", course="社区老年人照护", task="社区高龄老人居家防跌倒风险评估与环境改造指导",
   hours=14, station="社区照护一体化学习工作站",
   situation="邢台一个老旧小区的社区卫生服务站发现，辖区八十岁以上的老人一年里有好几位在家摔倒。站长请照护班学员上门为高龄老人做跌倒风险评估，检查卫生间、卧室和楼道的环境，提出扶手、防滑垫和夜灯的改造建议，并指导老人做平衡训练。",
   qs=[("问题1 跌倒风险评估要看老人哪些方面？", ["既往跌倒史、用药情况、步态和平衡能力、视力，以及家里的地面和照明。", "病史、用药、步态、环境。", "平衡和视力。"]),
       ("问题2 卫生间为什么是改造的重点？", ["地面湿滑、空间小，老人起身坐下最容易失去平衡，要装扶手和铺防滑垫。", "湿滑容易摔。", "装扶手铺防滑垫。"])],
   hw=[("1. 起立行走计时测试怎样做？", ["老人从椅子上站起，走三米转身走回坐下，超过十二秒说明跌倒风险高。", "三米走回坐下。", "超过十二秒风险高。"]),
       ("2. 老人夜里起床要注意什么？", ["先坐半分钟再站，床边放夜灯和拐杖，穿防滑拖鞋。", "先坐再站。", "夜灯和防滑拖鞋。"])],
   outputs=[("跌倒风险评估表", "评分十四分，中度风险。"), ("居家环境检查表", "卫生间无扶手，楼道灯损坏。"), ("平衡训练指导记录", "单腿站立十秒，每天两组。")]),
 "asarum": dict(major="中药", code="1301", course="中药饮片加工", task="辽细辛药材净选与饮片切制",
   hours=16, station="中药炮制一体化学习工作站",
   situation="本溪一家中药饮片厂收购了一批桓仁产的辽细辛，药材带有泥沙和杂草。质量部请中药班学员按炮制规范对药材进行净选，喷淋润软后切成段，低温干燥，检查饮片的长度、色泽和气味，填写生产记录，并由企业质检员抽检。",
   qs=[("问题1 细辛为什么不能长时间浸泡？", ["细辛的有效成分是挥发油，浸泡时间长会流失，所以只能喷淋润软。", "挥发油会流失。", "只能喷淋。"]),
       ("问题2 切制后为什么要低温干燥？", ["温度高挥发油会散失，饮片的辛香气变淡，要控制在六十度以下。", "高温香气散失。", "六十度以下。"])],
   hw=[("1. 辽细辛的性状有什么特点？", ["根茎横生，须根细长，灰黄色，气辛香，嚼之麻舌。", "须根细长，嚼之麻舌。", "气辛香。"]),
       ("2. 净选时要去掉哪些杂质？", ["泥沙、杂草、霉变的根和混入的其他药材。", "泥沙和杂草。", "霉变的根。"])],
   outputs=[("细辛净选记录", "杂质率百分之三点二。"), ("饮片切制与干燥记录", "段长五到十毫米，五十五度干燥。"), ("饮片质量评审表", "色泽灰黄，辛香气浓。")]),
 "turndown": dict(major="饭店(酒店)服务", code="0504", course="客房服务与管理", task="溶洞景区度假酒店亲子客房开夜床与欢迎布置服务",
   hours=14, station="客房服务一体化学习工作站",
   situation="本溪水洞景区旁的一家度假酒店暑期亲子客人很多，客房部要求晚间为亲子房开夜床，加放儿童用品，并按客人的入住信息做欢迎布置。客房部经理请酒店班学员按服务程序完成开夜床、补充用品、整理卫生间和欢迎布置，做好服务记录。",
   qs=[("问题1 亲子房开夜床和普通客房有什么不同？", ["要加放儿童拖鞋、牙具和小浴巾，床边加护栏，插座装上安全盖。", "加儿童用品和护栏。", "插座装安全盖。"]),
       ("问题2 客人在房间时怎样提供开夜床服务？", ["先敲门通报，征得客人同意后再进房，动作轻快，不翻动客人物品。", "征得同意再进。", "不翻动物品。"])],
   hw=[("1. 开夜床时床罩怎样处理？", ["揭下床罩折好放进衣柜，把靠门一侧的被角折成三十度角。", "折好放衣柜。", "被角折三十度。"]),
       ("2. 欢迎布置为什么要按入住信息做？", ["知道孩子的年龄和客人的来意，布置才有针对性，让客人感到被重视。", "有针对性。", "让客人被重视。"])],
   outputs=[("亲子客房开夜床服务记录", "护栏一副，儿童用品一套。"), ("欢迎布置设计单", "卡通欢迎卡和小灯笼。"), ("卫生间整理检查表", "防滑垫已铺。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "技师", "企业兼职教师"]

SUBS = [
    dict(school="重庆市涪陵区白鹤梁技工学校", pack="dir", region="fl", course="wonton", cls="烹饪2403班", size=36, seed=11,
         sidp="2403050103", students=["冉晓渝", "况嘉乐", "蒲思语"], others_named=["秦桂兰"],
         teachers=["向国富", "田素琼"], form_count="36",
         f8="head_table", f10="plain_deduct", f11="cost_typed", f12="photo_line", findings=[],
         comment="clean. Item 10 (TYPED) has a 扣分记录 column of free text with numbers in it (`超时40秒 -2`) beside the parts; "
                 "36 rows = form `36`. Item 8 (scanned 200 dpi gray, the sheets were folded in four: toner cracked along the folds): "
                 "a bordered head row `姓名 | 班级 | 学号`, the shop's owner 秦桂兰 named as 试吃评价人 (not a student). "
                 "Item 12: phone photos, the name line by hand. No roster"),
    dict(school="重庆市涪陵区白鹤梁技工学校", pack="dir", region="fl", course="steer", cls="汽修2402班", size=40, seed=12,
         sidp="2402040301", students=["谭俊驰", "向梓睿", "幸铭泽"], items={12: ["谭俊驰", "向梓睿"]},
         extra_class=["蒲承志"], bad={"蒲承志": "over"}, others_named=["冉茂林"],
         teachers=["秦建华", "周德勇"], form_count="40",
         f8="safety_check", f10="group_col", f11="repair_typed", f12="fold_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "蒲承志")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos of sheets that were folded in four and carried in a pocket) holds the homework of only "
                 "TWO students, 谭俊驰 and 向梓睿 (幸铭泽's is missing; items 8 and 11 hold the three): students.count on 12; "
                 "students.mismatch optional. Item 10 (TYPED) with a 组别 column; 蒲承志 has 27 under `故障诊断（20分）` "
                 "(总分 the sum): records.invalid_score. Item 8 (scanned 250 dpi gray): a printed 实训前安全检查表 at the top, "
                 "the student as 检查人 (hand), the teacher as 复核. Item 11: typed 维修作业记录 naming the truck's owner "
                 "冉茂林 as 车主 (not a student). No roster"),
    dict(school="邢台市达活泉技工学校", pack="gbkzip", region="xt", course="cashmere", cls="电商2401班", size=41, seed=21,
         sidp="24130603", students=["郄梦瑶", "邸晨阳", "贾昊天"], outsiders={"贾昊天": "电商2402班"}, out_sidp="24130604",
         teachers=["郭丽娟", "孟宪军"], form_count="41",
         f8="underline", f10="sex_grade", f11="plan_typed", f12="hand_whiteout",
         findings=[("students.not_in_class", 8, True, "贾昊天")],
         comment="贾昊天 of the parallel class 电商2402班 (his class and 学号 on his worksheet, typed plans and homework) is the "
                 "third student of 8/11/12; item 10 (TYPED, 41 rows = form `41`) has no record of him: students.not_in_class. "
                 "Item 8 (colour scan 200 dpi): `班级＿ 姓名＿ 学号＿` on underlined blanks. Item 12: a whole page in handwriting "
                 "(WenKai), scanned 200 gray, with strips of correction tape. No roster"),
    dict(school="邢台市达活泉技工学校", pack="gbkzip", region="xt", course="bearing", cls="机电2302班", size=39, seed=22,
         sidp="23130127", students=["郜宇轩", "甄博涛", "籍亦凡"], extra_class=["牛国栋", "魏鹏飞"], absent_from_10=["牛国栋"],
         bad={"魏鹏飞": "sum"}, teachers=["韩振国", "宋立新", "赵秀苹"], form_count="39",
         f8="station_head", f10="rotation", f11="wiring_typed", f12="hand_scan",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "魏鹏飞")],
         comment="item 10 (scanned 250 dpi gray) is a STATION-ROTATION register (轮岗: each row the student's 组别 and order "
                 "`A→B→C`, the score of station A 气动安装(30), B 电气接线(30), C 程序调试(40), 总分); it lists 38 and the form "
                 "says `39`: records.count_mismatch (no roster). 魏鹏飞's 总分 is 9 above the sum of his three stations: "
                 "records.invalid_score. Item 8 (scanned 200 gray): a bordered head row with 工位号"),
    dict(school="邢台市达活泉技工学校", pack="gbkzip", region="xt", course="fall", cls="照护2402班", size=40, seed=23,
         sidp="24130529", students=["范雨菲", "李宛如", "杨梓萌"], extra_class=["赵雅琳"], absent_from_10=["赵雅琳"],
         others_named=["刘秀芹", "范长顺", "李玉珍", "杨振江"], teachers=["王淑敏", "檀卫东"], form_count="40",
         roster="sign_check", headteacher="张慧芳",
         f8="elder_line", f10="three_party", f11="assess_typed", f12="family_photo",
         findings=[("records.missing_student", 10, False, "赵雅琳"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学生信息核对签字表: `序号 学号 姓名 性别 出生年月 本人签字`, each student's name signed by hand; "
                 "scanned 200 gray, 40) and the form (`40`) hold 赵雅琳; item 10 (TYPED, 自评/互评/师评 columns) has 39 rows and "
                 "none for her: records.missing_student and records.count_mismatch. Item 8 (scanned 200 gray, strips of "
                 "correction tape): `姓名：＿ 学号：＿` and the visited elder 刘秀芹 (not a student). Item 12 (phone photos): a "
                 "home fall-risk check of the student's own grandparent, named as 被检查老人 (范长顺, 李玉珍, 杨振江: not students)"),
    dict(school="本溪市太子河高级技工学校", pack="zip", region="bx", course="asarum", cls="中药2401班", size=37, seed=31,
         sidp="2421130101", students=["关晓彤", "那书瑶", "富宏博"], items={12: ["关晓彤", "那书瑶", "佟鸿涛"]},
         extra_class=["佟鸿涛", "伊可馨"], bad={"伊可馨": "over"}, others_named=["曲建业"],
         teachers=["于春梅", "姜长海"], form_count="37人",
         f8="sample_head", f10="remark", f11="review_scan", f12="book_photo",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "伊可馨")],
         comment="item 12 (phone photos of exercise-book pages) holds the homework of 关晓彤, 那书瑶 and classmate 佟鸿涛 (with an "
                 "item-10 record) instead of 富宏博's (items 8 and 11 hold the three): students.mismatch. Item 10 (TYPED) with a "
                 "备注 column; 伊可馨 has 36 under `切制(30)` (总分 the sum): records.invalid_score. Item 11 (colour scan 200): "
                 "a 饮片质量评审表 per work, `加工人` the student, the factory's 质检员 曲建业 as 评审人 (not a student). No roster"),
    dict(school="本溪市太子河高级技工学校", pack="zip", region="bx", course="turndown", cls="酒店2403班", size=35, seed=32,
         sidp="2421050403", students=["孙佳慧", "佟雨萌", "马云飞"], items={11: ["孙佳慧", "佟雨萌", "马云飞", "王菲菲"]},
         extra_class=["王菲菲"], teachers=["高淑琴", "那英杰"], form_count="35人", roster="dorm_list", headteacher="徐玉凤",
         f8="room_head", f10="two_level", f11="room_typed", f12="photo_plain",
         findings=[("students.count", 11, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED) holds the works of FOUR students: the three and classmate 王菲菲 (with an item-10 record): "
                 "students.count on 11; students.mismatch optional. Roster: a typed 学生名单 `序号 学号 姓名 性别 宿舍`, 35 = "
                 "item 10 (scanned 200 gray, two-row head) = form `35人`. Item 8 (scanned 200 gray, folded in four): "
                 "`学生姓名：… 学号：… 实训房号：…`"),
]

PROVINCE = {1: "重庆市涪陵区", 2: "河北省邢台市", 3: "辽宁省本溪市"}
NAMES = {1: "课程标准（校本转化）", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 涪陵: "附件3-8 工作页.pdf"
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 邢台: "(8)工作页-机电2302班.pdf"
        return "(%d)%s-%s.pdf" % (n, NAMES[n], s["cls"])
    return "%d、%s.pdf" % (n, NAMES[n])   # 本溪: "8、工作页.pdf"


def form_name(s, c):
    return {1: ("工学一体化优质课堂申报书-%s.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书（%s）.pdf" % s["cls"], "pdf"),
            3: ("附件2-申报书-%s.docx" % c["task"][:6], "docx")}[grp(s)]


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


def td(x, extra="", pad="2px 4px"):
    return '<td style="border:0.75pt solid #000;padding:%s"%s>%s</td>' % (pad, extra, x)


def tbl(rows, width="100%", pad="2px 4px", bold=()):
    out = []
    for i, r in enumerate(rows):
        cells = []
        for x in r:
            extra = ""
            if isinstance(x, tuple):
                x, extra = x
            cells.append(td(("<b>%s</b>" % x) if i in bold else x, ' align="center"%s' % extra, pad))
        out.append("<tr>%s</tr>" % "".join(cells))
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(out))


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "承担工作"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 涪陵: 学生人数 and 授课班级 in one row, bare number
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("总学时", str(c["hours"]))]
    elif g == 2:   # 邢台: 班级人数（人）
        rows = [("专业（代码）", "%s　%s" % (c["major"], c["code"])), ("课程", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数（人）", s["form_count"]), ("学时", str(c["hours"])), ("学习场所", c["station"])]
    else:   # 本溪: class and size in one cell
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级（人数）", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"])]
    info = tbl([["<b>%s</b>" % a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报学校（盖章）：{school}</p><p>课堂负责人：{lead}　　　填报时间：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>教学以真实工作任务为载体，学生以小组为单位领取任务，查阅资料后制订计划，经教师审核后动手实施；实施中教师巡回指导，学生自检互检，最后展示成果并进行多元评价，教师结合企业标准点评。</p>
<h3>五、考核评价</h3><p>过程性评价与终结性评价结合，考核记录覆盖授课班级全体学生。</p>
<h3>六、诚信承诺</h3><p>以上材料由本校教师原创，内容真实，无涉密内容。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 20, info=info, tm=tbl(trs, width="82%"), situation=c["situation"])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本化）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家课程标准并结合{prov}行业企业的岗位要求制定。\n二、学习任务\n“{task}”，共{hours}学时。\n三、评价方式\n过程评价占四成，成果评价占六成。",
    2: "{school}\n“{task}”学习任务分析\n一、任务情境\n{situation}\n二、工作流程\n明确任务—收集资料—制订方案—组织实施—检查评价。",
    3: "{school}\n“{task}”教学活动策划\n学习活动1　明确任务\n学习活动2　制订方案\n学习活动3　组织实施\n学习活动4　评价总结",
    4: "{school}\n{course}教学进度安排（共{hours}学时）\n第1—2学时　情境导入与任务分析\n第3—6学时　方案制订与审核\n第7学时起　实施、检查与评价",
    5: "{school}\n“{task}”教学活动方案\n一、教学目标\n能按企业规范完成任务，养成安全、规范、协作的职业习惯。\n二、教学过程\n情境导入、分组实施、巡回指导、展示评价。",
    6: "{school}\n学习资源清单\n工作页、企业操作规范、教学视频、{station}的设备与耗材。",
    7: "{school}\n{station}说明\n工作站按信息区、计划区、实训区和展示区布置，可容纳一个教学班分六组学习。",
    9: "{school}\n“{task}”考核方案\n考核由过程考核和结果考核组成，任课教师填写学习任务考核记录，覆盖全班学生。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 完整", "√ 较好", "√ 8", "√ 9", "√ 10", "√ 可"])


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
        return s["out_sidp"] + "22"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>一、任务情境</b></p><p>%s</p><p><b>二、引导问题</b></p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅教师：%s　%s</p>' % (RED, ["完成认真", "思路清楚", "要点齐全", "继续努力"][i % 4], t[0], day(s, 3 + i)[5:])
        if f == "head_table":   # 姓名 | 班级 | 学号 head row; the shop owner as 试吃评价人
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], pad="4px 4px")
            taste = '<p>试吃评价人：%s（店长）　　评价：%s</p>' % (hand(s["others_named"][0], True, BLACK), hand(["咸鲜适口", "皮薄馅足", "红油香"][i % 3], True, BLACK))
            body = title + head + sit + answers(c, rng, i) + taste + comment
        elif f == "safety_check":   # a printed safety checklist at the top: 检查人 the student
            chk = tbl([[("<b>实训前安全检查表</b>", ' colspan="4"')],
                       ["举升机锁止", "☑正常", "车轮挡块", "☑已放"], ["工具车", "☑完好", "灭火器", "☑在位"],
                       ["检查人", hand(n, True), "复核", hand(t[1], True, BLACK)]], pad="3px 4px")
            body = chk + title + '<p>班级：%s　　学号：%s　　日期：%s</p>' % (hand(cl, True), hand(sid, True), hand(day(s, i)[5:], True)) + sit + answers(c, rng, i) + comment
        elif f == "underline":   # 班级＿ 姓名＿ 学号＿
            head = '<p>班级＿%s＿　　姓名＿%s＿　　学号＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "station_head":   # head row with 工位号
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "工位号", hand("%02d" % (3 + 4 * i), True)]], pad="4px 3px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "elder_line":   # 姓名/学号 on blanks; the visited elder named
            head = '<p>姓名：＿%s＿　学号：＿%s＿　班级：%s</p>' % (hand(n), hand(sid, True), cl)
            body = (title + head + '<p>服务对象：%s（84岁，独居，患骨质疏松）　　社区：达活泉街道某社区</p>' % s["others_named"][0]
                    + sit + answers(c, rng, i) + comment)
        elif f == "sample_head":   # head table with the sample's batch
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "样品批号", "XX-2410-%02d" % (5 + i)]], pad="3px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "room_head":   # 学生姓名：… 学号：… 实训房号：…
            head = '<p>学生姓名：%s　　学号：%s　　实训房号：%s</p>' % (hand(n), hand(sid, True), hand(str(8201 + i), True))
            body = title + '<p>班级：%s</p>' % cl + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"head_table": "x-scanpdf:200:foldcrack", "safety_check": "x-scanpdf:250", "underline": "x-scanpdf:200:color",
            "station_head": "x-scanpdf:200", "elder_line": "x-scanpdf:200:whiteout", "sample_head": "x-scanpdf:250",
            "room_head": "x-scanpdf:200:foldcrack"}[f]
    font = {"safety_check": "Noto Sans CJK SC", "station_head": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), size="10pt", font=font, compact=True, page="margin:1.2cm 1.5cm"), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 13)))


def trow(cells, pad):
    return "<tr>%s</tr>" % "".join(td(x, ' align="center"', pad) for x in cells)


def table(rows):
    return '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows)


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　专业部审核：%s</p>" % ("、".join(t[:2]), t[-1])

    def rows_of(parts, extra=lambda k, n, v: []):
        out = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[-2 if len(parts) > 2 else 0] = int(parts[-2 if len(parts) > 2 else 0][1] * 1.35)
            tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
            out.append((k, n, v, tot, extra(k, n, v)))
        return out
    if f == "plain_deduct":   # a free-text 扣分记录 column
        parts = [("制皮调馅", 30), ("包制成形", 30), ("煮制调味", 25), ("卫生安全", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "扣分记录"]], pad)]
        for k, n, v, tot, _ in rows_of(parts):
            note = rng.choice(["", "", "", "超时40秒 -2", "汤面浮油多 -1", "围裙未系 -1"])
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), note], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>注：扣分已计入各项得分。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "group_col":   # a 组别 column
        parts = [("安全规范", 10), ("检查测量", 30), ("故障诊断", 20), ("排除与路试", 30), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "组别", "学号", "姓名"] + ["%s（%d分）" % p for p in parts] + ["总分"]], pad)]
        for k, n, v, tot, _ in rows_of(parts):
            if bad.get(n) == "over":
                v[2] = 27
                tot = sum(v)
            out.append(trow([str(k + 1), "第%d组" % (k // 7 + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "sex_grade":   # 性别 and 等级 columns
        parts = [("竞品分析", 20), ("详情页策划", 30), ("文案撰写", 30), ("上架设置", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s<br/>%d" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n, v, tot, _ in rows_of(parts):
            out.append(trow([str(k + 1), sid_of(s, n), n, "女" if n[1:] in FEMALE else "男"] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "rotation":   # a station-rotation register: group, order, station scores
        parts = [("A 气动安装", 30), ("B 电气接线", 30), ("C 程序调试", 40)]
        orders = ["A→B→C", "B→C→A", "C→A→B"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别", "轮岗顺序"] + ["%s<br/>（%d）" % p for p in parts] + ["总分"]], pad)]
        for k, n, v, tot, _ in rows_of(parts):
            g = k % 3
            out.append(trow([str(k + 1), sid_of(s, n), n, "%d组" % (k // 6 + 1), orders[g]] + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核记录（工位轮岗）") + "<p>说明：全班分组在A、B、C三个工位轮岗，每个工位由工位教师评分。</p>" + table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250"
    if f == "three_party":   # 自评 / 互评 / 师评
        parts = [("自评", 10), ("互评", 20), ("师评", 70)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s（%d）" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n, v, tot, _ in rows_of(parts):
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "remark":   # a 备注 column
        parts = [("净选", 20), ("润药", 20), ("切制", 30), ("干燥", 15), ("记录", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n, v, tot, _ in rows_of(parts):
            if bad.get(n) == "over":
                v[2] = 36
                tot = sum(v)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), {3: "组长", 15: "组长", 27: "组长"}.get(k, "")], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "two_level":   # a two-row head
        parts = [("理论", 20), ("开夜床", 40), ("欢迎布置", 25), ("礼仪", 15)]
        h1 = "<tr>%s</tr>" % "".join([td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ["序号", "学号", "姓名"]] +
                                      [td("<b>知识考核</b>", ' align="center"', pad), td("<b>技能考核</b>", ' align="center" colspan="3"', pad),
                                       td("<b>总分</b>", ' align="center" rowspan="2"', pad)])
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n, v, tot, _ in rows_of(parts):
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200"
    raise SystemExit(f)


FEMALE = set("梦瑶 雨菲 语桐 鑫悦 佳怡 靖雯 梓萌 诗琪 若溪 思瑶 欣彤 可馨 昕冉 嘉怡 雅琳 玉洁 宛如 书瑶 晓彤 梓萱 紫琪 静怡 雨萌 佳琪 语嫣 欣妍 婉清 梦琪 心怡 艺涵 诗雨 菲菲 若曦 佳慧 晓渝 思语 淼 晶 琳".split())


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    parts = ['<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
             % (c["task"], s["school"], s["cls"], "、".join(t[:2]))]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "cost_typed":
                parts.append('<h3>%s</h3><p>核算人：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["项目", "用量（10碗）", "金额（元）"], ["面皮", "600 g", "%.1f" % (6.0 + 0.2 * j)], ["猪肉馅", "500 g", "%.1f" % (17.5 + i)],
                                  ["涪陵榨菜", "120 g", "3.6"], ["红油及调料", "—", "%.1f" % (9.0 + 0.5 * i)]], width="80%") + "<p>%s</p>" % desc)
            elif f == "repair_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["车主", "%s（涪陵区百胜镇）" % s["others_named"][0], "车型", "微型厢式货车"],
                                                          ["维修人", n, "班级", cl], ["检查项目", "标准", "实测", "结论"],
                                                          ["轮胎气压", "250 kPa", "%d kPa" % (210 + 10 * j), "偏低"], ["转向力", "≤ 30 N", "%d N" % (46 - 6 * j), "超标"]],
                                                         width="92%") + "<p>结论：%s　　审核：%s</p>" % (desc, t[j % 2]))
            elif f == "plan_typed":
                parts.append('<h3>%s</h3><p>策划人：%s（%s）　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["版块", "内容", "图片"], ["首屏", "双面对比图＋核心卖点", "1张"], ["材质", "含绒量检测报告", "2张"],
                                  ["尺寸", "180 cm × 70 cm", "1张"]], width="86%") + "<p>%s</p><p>指导教师意见：%s</p>" % (desc, ["可以上架", "卖点清楚", "再精简文案"][j]))
            elif f == "wiring_typed":
                parts.append('<h3>%s</h3><p>接线人：%s　　班级：%s　　检查：%s</p>' % (title, n, cl, t[j % 3]) +
                             tbl([["元件", "地址", "检查结果"], ["夹爪磁性开关", "I0.%d" % (2 + j), "正常"], ["升降气缸电磁阀", "Q0.%d" % (1 + i), "正常"],
                                  ["急停按钮", "I1.0", "常闭，正常"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "assess_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["评估员", n, "班级", cl], ["服务对象", s["others_named"][0], "评估日期", day(s, 30 + i)],
                                                          ["项目", "情况", "得分", ""], ["跌倒史", "一年内一次", "2", ""], ["夜间如厕", "两次以上", "2", ""]], width="90%") +
                             "<p>结论：%s</p>" % desc)
            elif f == "review_scan":   # a quality review sheet: 加工人 the student, the factory's inspector as 评审人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["批号", "XX-2410-%02d" % (5 + i), "加工人", "%s（%s）" % (n, cl)], ["检查项目", "标准", "结果", "判定"],
                                  ["段长", "5–10 mm", "%d mm" % (6 + j), "合格"], ["杂质", "≤ 3%", "%.1f%%" % (1.2 + 0.4 * j), "合格"],
                                  ["评审人", "%s（饮片厂质检员）" % s["others_named"][0], "评审意见", ["合格", "合格，段长略长", "合格"][j]]], width="92%") +
                             "<p>备注：%s</p>" % desc)
            elif f == "room_typed":
                parts.append('<h3>%s</h3><p>服务员：%s　　班级：%s　　房号：%d　　领班：%s</p>' % (title, n, cl, 8201 + i, t[j % 2]) +
                             tbl([["项目", "标准", "完成情况"], ["床铺", "被角折三十度", "完成"], ["儿童用品", "拖鞋、牙具、小浴巾", "完成"],
                                  ["安全", "护栏、插座盖", "完成"]], width="80%") + "<p>%s</p>" % desc)
            else:
                raise SystemExit(f)
    meth = "x-scanpdf:200:color" if f == "review_scan" else "pdf"
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), meth


# ------------------------------------------------------------------ item 12

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
        end = ["! 已阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f == "photo_line":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "fold_photo":
            head = ["课后作业（%s）" % c["task"][-8:], "> 姓名：%s　学号：%s" % (n, sid)]
        elif f == "hand_whiteout":
            head = ["课后作业", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_scan":
            head = ["%s　课后练习" % c["course"], "%s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "family_photo":   # a home check of the student's own grandparent
            g = s["family"][n]
            head = ["课后作业：家庭防跌倒检查", "> 检查人：%s　班级：%s" % (n, cl), "> 被检查老人：%s（爷爷/奶奶/姥爷）" % g,
                    "> 卫生间扶手：无　夜灯：有　防滑垫：无"]
        elif f == "book_photo":
            head = ["作业本　%s" % c["course"], "> 班级：%s　姓名：%s" % (cl, n)]
        elif f == "photo_plain":
            head = ["课后作业", "> %s　%s　学号 %s" % (cl, n, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_line": "x-photo:200:1", "fold_photo": "x-photo:200:2:foldcrack", "hand_whiteout": "x-scan:200:4:whiteout",
            "hand_scan": "x-scan:250:3", "family_photo": "x-photo:200:1", "book_photo": "x-photo:200:2",
            "photo_plain": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "sign_check":   # information check sheet, each student signs by hand (scanned)
        rows = [["序号", "学号", "姓名", "性别", "出生年月", "本人签字"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, "女" if n[1:] in FEMALE else "男", "2008.%02d" % rr.randint(1, 12),
                         hand(n, True, size="10.5pt")])
        body = ('<h3 style="text-align:center">%s%s学生信息核对签字表</h3><p>（请核对本人信息，无误后签字）</p>' % (s["school"], s["cls"]) +
                tbl(rows, width="92%", pad="0px 4px", bold=(0,)) + "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生信息核对表.pdf\tx-scanpdf:200\troster\t0" % s["cls"])
        return
    if r == "dorm_list":   # a plain typed list with the dormitory
        rows = [["序号", "学号", "姓名", "性别", "宿舍"]]
        for j, n in enumerate(k):
            fem = n[1:] in FEMALE
            rows.append([str(j + 1), sid_of(s, n), n, "女" if fem else "男", ("女生楼" if fem else "男生楼") + "%d" % (301 + j // 6)])
        body = ('<h3 style="text-align:center">%s学生名单</h3>' % s["cls"] + tbl(rows, width="80%", pad="0px 4px", bold=(0,)) +
                "<p>班主任：%s　　合计%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
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
    truth = {"comment": "Fifty-sixth held-out people corpus (testdata/heldout56), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    fam = {"范雨菲": "范长顺", "李宛如": "李玉珍", "杨梓萌": "杨振江"}
    for s in SUBS:
        if s["f12"] == "family_photo":
            s["family"] = fam
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
            if w in EARLIER_TEXT:
                raise SystemExit("%s was used by an earlier corpus" % w)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    for i, a in enumerate(all_planted):
        for b in all_teachers + all_others:
            if near(a, b):
                raise SystemExit("planted %s is near %s" % (a, b))
        for b in all_planted[i + 1:]:
            if near(a, b):
                raise SystemExit("planted %s is near planted %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 56)
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
        fct = {1: "学生人数 | %s" % s["form_count"], 2: "班级人数（人） | %s" % s["form_count"],
               3: "授课班级（人数） | %s（%s）" % (s["cls"], s["form_count"])}[grp(s)]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
