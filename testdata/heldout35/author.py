#!/usr/bin/env python3
"""Write the sources of the thirty-fifth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 恩施
(Hubei, 恩施土家族苗族自治州), 武威 (Gansu) and 林芝 (Tibet).

    python3 author.py      (rewrites src/ and truth.json)
    sh build.sh OUT
"""
import json
import math
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
# the truth files read for names, tasks and courses to avoid (heldout35..38 are written at the same time: not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 35)] + ["othertools"]

# surnames by region, weighted by repetition: 恩施 (向 谭 田 覃 冉 彭 牟 滕 …, the Tujia and
# Miao families; one compound surname 欧阳 among the planted names), 武威 (王 李 张 刘 马 赵 …,
# and the local 魏 段 俞 祁 蔺), 林芝 (Han 王 李 张 …; and whole Tibetan names below)
SURNAMES = {
    "es": ["向"] * 3 + ["谭"] * 3 + ["田"] * 3 + ["覃"] * 2 + ["冉"] * 2 + ["黄"] * 2 + ["张"] * 2 + ["刘"] * 2 + ["李"] * 2 +
          list("杨王陈邓彭牟滕龚周"),
    "ww": ["王"] * 4 + ["李"] * 3 + ["张"] * 3 + ["刘"] * 2 + ["马"] * 2 + ["赵"] * 2 + list("杨陈魏孙徐段郭何俞祁蔺"),
    "lz": ["王"] * 2 + ["李"] * 2 + list("张刘陈杨赵周"),
}
TIB1 = "扎西 次仁 格桑 白玛 旦增 达瓦 尼玛 边巴 普布 拉巴 米玛 索朗 洛桑 强巴 益西 德庆 次旦 阿旺".split()
TIB2 = "卓玛 央金 拉姆 曲珍 德吉 措姆 玉珍 央宗 多吉 顿珠 平措 罗布 旺堆 次仁 扎西 桑珠 群培 尼玛".split()
# given names: a plain list of names given around 2007-2009 (new to this corpus's author)
GIVEN2 = ("浩然 宇航 佳怡 思雨 嘉豪 文博 志鹏 诗琪 欣妍 梦瑶 晨曦 一鸣 天佑 雅琪 家乐 明轩 佳琪 宏宇 锦程 思源 "
          "泽宇 若曦 铭泽 婉婷 雪莹 静怡 子豪 俊熙 雨欣 紫涵 博文 宇轩 昊天 鹏飞 晓东 春燕 丽娟 海燕 永强 国栋 "
          "金鑫 梓萌 欣悦 馨怡 浩宇 俊杰 子怡 心怡 亚楠 振宇 瑞雪 润泽 建华 玉洁 嘉琪 雨涵 凯文 晓雯 思琪 伟豪").split()
GIVEN1 = list("鑫磊婷洋杰娜瑶超帅敏")


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


def tibetan(rng):
    while True:
        a, b = rng.choice(TIB1), rng.choice(TIB2)
        if a != b:
            return a + b


def draw_one(rng, region):
    if region == "lz" and rng.random() < 0.64:
        return tibetan(rng)
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        # two Tibetan names of one class never share a half in the same place (扎西卓玛 / 扎西央金 is fine
        # in life, but a reader would take one for the other on a blurred scan): at most two per first half
        if len(name) == 4 and name[:2] in TIB1 and sum(1 for x in names if x[:2] == name[:2]) >= 2:
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "herb": dict(major="中药", code="1301", course="中药饮片加工", task="恩施板党参趁鲜切制与饮片干燥",
   hours=16, station="中药炮制一体化学习工作站",
   situation="恩施板桥一带出产的板党参是湖北的道地药材。一家中药饮片厂收购了一批新采挖的鲜党参，厂里要求趁鲜切制，减少反复浸润造成的有效成分流失。车间主任请中药班学员按饮片生产规程完成挑选、洗净、切厚片和低温干燥，并按药典检查片型、水分和杂质，填写生产记录。",
   qs=[("问题1 党参为什么可以趁鲜切制？", ["鲜党参质地柔软，趁鲜切片不用再浸润软化，有效成分流失少，片型也完整。", "不用浸润，成分流失少。", "质地软，片型好。"]),
       ("问题2 党参饮片干燥温度为什么不能太高？", ["党参含糖多，温度高了容易焦化变色、走油，一般控制在六十度以下。", "含糖多，容易焦化。", "控制在六十度以下。"])],
   hw=[("1. 厚片的厚度是多少？", ["厚片二到四毫米。", "二到四毫米。", "厚片是二至四毫米。"]),
       ("2. 饮片水分检查用什么方法？", ["用烘干法，取样在一百零五度烘到恒重，计算减失的重量。", "烘干法。", "烘到恒重算减重。"])],
   outputs=[("板党参饮片生产记录", "鲜品投料五十公斤，得饮片十七点二公斤。"), ("饮片质量检查记录", "水分百分之十一点八，合格。"), ("干燥曲线记录", "五十五度烘六小时。")]),
 "oiltea": dict(major="烹饪(中式烹调)", code="0501", course="地方风味小吃制作", task="恩施土家油茶汤制作与出品",
   hours=14, station="中式烹调一体化学习工作站",
   situation="恩施的一家土家风味餐厅要在硒博会期间推出油茶汤早餐，请烹饪班学员协助。油茶汤要先用猪油把茶叶和米炒香，再冲汤，配上炸黄豆、炒米花、豆腐果和葱花。学员要按标准配方分组制作，控制炒茶的火候，统一出品的分量和摆放，并记录每一批的出品情况。",
   qs=[("问题1 炒茶叶时火候怎样控制？", ["锅烧热后放猪油，小火下茶叶慢炒，炒到茶叶卷曲发香、颜色变深但不焦。", "小火慢炒，不能焦。", "炒到卷曲发香。"]),
       ("问题2 油茶汤的配料为什么要现炸现放？", ["炸黄豆和炒米花放久了会回软，现炸现放才香脆。", "放久了会回软。", "现炸才香脆。"])],
   hw=[("1. 冲汤时为什么要用滚开的水？", ["滚水冲下去茶香和油香才能激出来，汤色也更浓。", "激出茶香。", "汤色浓。"]),
       ("2. 出品时每碗配料怎样摆放？", ["炸黄豆、炒米花、豆腐果分三堆放在汤面上，最后撒葱花。", "分三堆放，撒葱花。", "配料分开摆。"])],
   outputs=[("油茶汤标准配方卡", "茶叶十五克，猪油二十克。"), ("出品检查记录", "每碗三百五十毫升。"), ("成本核算表", "每碗成本三点六元。")]),
 "brake": dict(major="汽车维修", code="0403", course="汽车制动系统检修", task="葡萄酒厂配送轻卡制动液更换与制动管路排气",
   hours=16, station="汽车维修一体化学习工作站",
   situation="武威一家葡萄酒厂的配送轻卡跑山路时制动踏板发软，司机反映下长坡要连踩几脚才能刹住。维修站接车后发现制动液含水量超标。服务顾问开出维修委托单，请汽修班学员检测制动液含水量，按规范更换制动液，按从远到近的顺序给四个轮缸排气，并路试验证。",
   qs=[("问题1 制动液含水量高了为什么踏板会发软？", ["水的沸点低，长时间制动后制动液里的水汽化，管路里有了气泡，踩下去气泡被压缩，踏板就软。", "水汽化有气泡。", "气泡被压缩，踏板软。"]),
       ("问题2 排气为什么要从离总泵最远的轮缸开始？", ["最远的轮缸管路最长，先排远的，空气才不会又被赶回已经排好的管路里。", "最远的管路最长。", "防止空气回到排好的管路。"])],
   hw=[("1. 制动液多长时间更换一次？", ["一般两年或四万公里更换一次，含水量超过百分之三要马上更换。", "两年或四万公里。", "含水超过百分之三就换。"]),
       ("2. 不同型号的制动液能不能混用？", ["不能混用，DOT3和DOT4成分不同，混用会降低沸点，甚至腐蚀皮碗。", "不能混用。", "会降低沸点。"])],
   outputs=[("维修工单（制动液更换）", "含水量百分之三点八，已更换DOT4。"), ("制动管路排气记录", "右后、左后、右前、左前。"), ("路试检验记录", "踏板高度正常，制动有力。")]),
 "metro": dict(major="城市轨道交通运输与管理", code="0431", course="车站客运组织", task="兰州地铁车站早高峰站台客流组织与乘客引导",
   hours=16, station="轨道交通站务一体化学习工作站",
   situation="兰州地铁一号线一座换乘站早高峰时站台拥挤，乘客在楼梯口聚集。车站站长请轨道交通班学员到模拟车站实训，按客流组织方案设置隔离栏杆和导向标识，分岗位完成站台引导、楼梯口限流和广播，遇到大客流时按预案启动三级限流，做好岗位记录。",
   qs=[("问题1 什么情况下要启动车站限流？", ["站台乘客密度超过安全标准、楼梯口排队过长或列车晚点造成乘客积压时，要按预案分级限流。", "站台太挤就限流。", "按预案分级限流。"]),
       ("问题2 站台引导员要注意哪些安全问题？", ["提醒乘客站在黄线以内，先下后上，列车关门时不要抢上抢下。", "黄线以内，先下后上。", "不抢上抢下。"])],
   hw=[("1. 三级限流分别在哪里控制？", ["一级在站台，二级在站厅付费区，三级在车站出入口。", "站台、站厅、出入口。", "三个位置分级控制。"]),
       ("2. 乘客在站台摔倒时怎样处理？", ["先稳住周围客流，询问伤情，报告车控室，必要时呼叫救护。", "报告车控室。", "问伤情，必要时叫救护车。"])],
   outputs=[("站台客流组织方案", "楼梯口设置三道栏杆。"), ("岗位作业记录", "七点五十分启动一级限流。"), ("广播词编写", "请您站在黄色安全线以内候车。")]),
 "shutter": dict(major="机电一体化技术", code="0127", course="农业设施电气控制装调", task="日光温室卷帘机PLC控制系统装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="武威的戈壁农业产业园有上百座日光温室，卷帘机早上卷起保温被、傍晚放下，原来靠人工按按钮，常常忘记。园区请机电班学员给卷帘机加装PLC控制，用光照传感器和定时控制自动卷放，卷到顶和放到底由限位开关停机，大风时自动放下，并完成接线、编程和调试。",
   qs=[("问题1 卷帘机为什么必须装上下限位？", ["卷过头会把保温被卷进卷轴，放过头会拉坏棉被和骨架，限位开关到位就停机。", "防止卷过头。", "到位就停机。"]),
       ("问题2 正反转控制为什么要互锁？", ["正转和反转同时接通会造成电源相间短路，所以要电气互锁和程序互锁。", "防止短路。", "电气和程序双互锁。"])],
   hw=[("1. 光照传感器的信号怎样接进PLC？", ["四到二十毫安信号接模拟量输入模块，程序里换算成光照度。", "接模拟量模块。", "换算成光照度。"]),
       ("2. 大风自动放帘的条件怎样设定？", ["风速传感器超过设定值并持续十秒，就输出放帘信号。", "风速超限十秒。", "持续超限才动作。"])],
   outputs=[("PLC输入输出分配表", "输入十二点，输出六点。"), ("卷帘机控制程序清单", "定时卷帘八点三十分。"), ("系统调试记录", "上下限位动作可靠。")]),
 "bedding": dict(major="饭店(酒店)服务", code="0504", course="客房服务", task="桃花节民宿客房中式铺床与开夜床服务",
   hours=14, station="客房服务一体化学习工作站",
   situation="每年三月林芝桃花节，嘎拉村一带的民宿住满了游客。一家藏式民宿请酒店班学员帮忙做客房服务：按中式铺床的标准铺好床，晚上为客人开夜床，摆放晚安卡和保温水壶，并向高原游客介绍防高原反应的注意事项。学员要分组练习，计时考核。",
   qs=[("问题1 中式铺床的步骤是什么？", ["拉床、铺床单、套被套、铺被子、套枕套、放枕头、推床归位，最后整理检查。", "铺床单、套被套、放枕头。", "推床归位，检查。"]),
       ("问题2 开夜床时要做哪些事？", ["把被角折成三角形，放好晚安卡和拖鞋，拉上窗帘，打开床头灯，补充饮用水。", "折被角，放晚安卡。", "拉窗帘，开床头灯。"])],
   hw=[("1. 为高原游客准备房间要注意什么？", ["准备保温水壶和热水，提醒客人多休息、不要洗澡太久，前台备有氧气。", "准备热水，提醒休息。", "前台备氧气。"]),
       ("2. 铺床时床单中线怎样检查？", ["床单中线和床的中线对齐，两边垂下的长度一样。", "中线对齐。", "两边一样长。"])],
   outputs=[("中式铺床计时记录", "用时三分四十秒。"), ("开夜床服务记录", "已为六间客房开夜床。"), ("客房检查单", "床面平整，无褶皱。")]),
 "matsutake": dict(major="电子商务", code="0603", course="生鲜网店运营", task="林芝松茸预售网店客服接待与冷链发货",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="七八月是林芝松茸的采收季，鲜松茸从采摘到上桌不能超过四十八小时。一家合作社开了网店做预售，客服咨询量很大。运营主管请电商班学员分班次接待客服咨询，按预售规则核对订单，打包冷链发货，处理延误和坏品的售后，并每天汇总客服数据。",
   qs=[("问题1 客服怎样向顾客说明松茸的等级？", ["按长度和开伞情况分级，比如五到七厘米未开伞为一级，照片和实物一致。", "按长度和开伞分级。", "未开伞为一级。"]),
       ("问题2 鲜松茸为什么必须冷链发货？", ["松茸离开土壤后还在呼吸，常温下很快变软变黑，冷链保持零到四度才能保鲜。", "常温会变黑。", "保持零到四度。"])],
   hw=[("1. 预售订单什么时候发货要写清楚？", ["在详情页和客服回复里写明采摘后二十四小时内发货，避免顾客误会。", "写明二十四小时内发货。", "详情页要写清。"]),
       ("2. 顾客说收到的松茸变软了怎么办？", ["请顾客拍照，核实后按坏品比例退款或补发，并反馈给发货组。", "拍照核实后退款。", "反馈发货组。"])],
   outputs=[("客服接待记录", "当班接待咨询八十六人次。"), ("冷链发货单", "顺丰冷运，冰袋四块。"), ("售后处理记录", "退款二单。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="恩施市硒都技工学校", pack="dir", region="es", course="herb", cls="中药2401班", size=40, seed=11,
         sidp="24421301", students=["向思源", "覃梦瑶", "冉博文"], teachers=["谭德胜", "黄玉梅"], form_count="40人",
         roster="xlsx_huamingce", headteacher="牟春燕",
         f8="two_up", f10="max_second_row", f11="herb_typed", f12="name_head_photo", findings=[],
         comment="clean. Item 8 (scanned 250 dpi gray): task sheets printed TWO TO A PAGE (two students' half-sheet 任务单 on one "
                 "page, a dashed cut line between them, the second half of page 2 blank). Item 10 (TYPED) gives the maxima in a "
                 "SECOND head row (`满分 | 20 | 30 …`) and ends with 教师签名/日期. Roster: an xlsx 花名册 (序号 学号 姓名 性别 民族 "
                 "(土家族, 苗族, 汉族) 出生年月 家庭住址 联系电话), 40 = form `40人` = 40 rows"),
    dict(school="恩施市硒都技工学校", pack="dir", region="es", course="oiltea", cls="烹饪2402班", size=42, seed=12,
         sidp="24420501", students=["田宇轩", "滕雅琪", "欧阳晨曦"], items={12: ["田宇轩", "欧阳晨曦"]},
         extra_class=["彭志鹏"], bad={"彭志鹏": "over"}, teachers=["向国栋", "龚丽娟"], form_count="42人",
         f8="group_line", f10="name_first", f11="recipe_typed", f12="plain_photo",
         findings=[("records.invalid_score", 10, False, "彭志鹏"), ("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 10 (TYPED) puts 姓名 BEFORE 学号 and the maxima in the head (`火候(30)`); 彭志鹏 has 36 under 火候(30) (总分 "
                 "the sum): records.invalid_score. Item 12 (phone photos) holds the homework of only TWO students, 田宇轩 and "
                 "欧阳晨曦 (滕雅琪's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. "
                 "Item 8 (scanned 200 dpi gray): a `小组成员：` line naming the four other members of the student's group (all "
                 "classmates, not the three; legal). Compound surname 欧阳. No roster"),
    dict(school="武威市凉州技工学校", pack="gbkzip", region="ww", course="brake", cls="汽修2401班", size=40, seed=21,
         sidp="2462040301", students=["魏宏宇", "祁雪莹", "段锦程"], outsiders={"段锦程": "汽修2402班"}, out_sidp="2462040302",
         others_named=["俞建军"], teachers=["马成林", "孙玉洁"], form_count="40",
         f8="repair_order", f10="plain_signed", f11="workorder_typed", f12="sticky_photo",
         findings=[("students.not_in_class", 8, True, "段锦程")],
         comment="段锦程 of the parallel class 汽修2402班 (his class and 学号 on his worksheet, typed work orders and homework) is "
                 "the third student of 8/11/12; item 10 (TYPED, 40 rows = form `40`) has no record of him: "
                 "students.not_in_class. Item 8 (scanned 200 dpi gray, each sheet FOLDED IN THREE before scanning): a printed "
                 "维修委托单 at the top naming the customer's driver 俞建军 (`送修人`, not a student) and the student as "
                 "`维修技师` (hand). No roster"),
    dict(school="武威市凉州技工学校", pack="gbkzip", region="ww", course="metro", cls="轨道2401班", size=41, seed=22,
         sidp="2462043101", students=["蔺佳琪", "马天佑", "孙若曦"], extra_class=["郭梓萌"], absent_from_10=["郭梓萌"],
         teachers=["徐海燕", "何建华"], form_count="41人", roster="scan_huamingce", headteacher="俞春燕",
         f8="duty_card", f10="scan_record", f11="plan_typed", f12="hand_page",
         findings=[("records.missing_student", 10, False, "郭梓萌"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 花名册 photocopied and scanned, gray 200 dpi, 41) and the form (`41人`) hold 郭梓萌; item 10 "
                 "(scanned 250 dpi gray, a yellow STICKY NOTE stuck on the last page) has 40 rows and none for her: "
                 "records.missing_student and records.count_mismatch — SCANNED. Item 8: a 岗位实训卡 with `实训学员` and a "
                 "`带班站长` (teacher)"),
    dict(school="武威市凉州技工学校", pack="gbkzip", region="ww", course="shutter", cls="机电2402班", size=39, seed=23,
         sidp="2462012702", students=["何一鸣", "赵馨怡", "俞润泽"], items={8: ["何一鸣", "赵馨怡", "徐昊天"]},
         extra_class=["徐昊天", "陈伟豪"], bad={"陈伟豪": "under"}, teachers=["段晓东", "王国栋"], form_count="39",
         f8="box_head", f10="trifold_record", f11="plc_typed", f12="name_line_photo",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "陈伟豪")],
         comment="item 8 (scanned 250 dpi gray) holds the worksheets of 何一鸣, 赵馨怡 and classmate 徐昊天 (with an item-10 "
                 "record) instead of 俞润泽's (items 11 and 12 hold the three): students.mismatch. Item 10 (scanned 200 dpi gray, "
                 "the sheet FOLDED IN THREE): 陈伟豪's 总分 is 6 BELOW the sum of his parts: records.invalid_score. No roster"),
    dict(school="林芝市尼洋河技工学校", pack="zip", region="lz", course="bedding", cls="酒店2401班", size=36, seed=31,
         sidp="24540504", students=["白玛曲珍", "格桑顿珠", "周亚楠"], extra_class=["次旦罗布", "李雨涵"],
         absent_from_10=["李雨涵"], bad={"次旦罗布": "sum"}, teachers=["拉巴次仁", "杨晓莉"], form_count="36人",
         f8="work_cover", f10="tibetan_plain", f11="room_typed", f12="photo_serif",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "次旦罗布")],
         comment="item 10 (TYPED) lists 35; the form says `36人`: records.count_mismatch (no roster). 次旦罗布's 总分 is 8 above "
                 "the sum of his parts: records.invalid_score (a Tibetan name). Item 8 (colour scan 200 dpi, a yellow STICKY "
                 "NOTE on each sheet): a 作品封面 per student (作品名称, 班级, 姓名, 学号, 指导教师) before the checklist page"),
    dict(school="林芝市尼洋河技工学校", pack="zip", region="lz", course="matsutake", cls="电商2402班", size=38, seed=32,
         sidp="24540603", students=["达瓦卓玛", "王凯文", "洛桑旺堆"], items={11: ["达瓦卓玛", "王凯文", "洛桑旺堆", "刘嘉琪"]},
         extra_class=["刘嘉琪"], teachers=["张兴藏", "索朗德吉"], form_count="38人", roster="xlsx_list", headteacher="赵晓雯",
         f8="bordered_head", f10="grade_letter", f11="cs_typed", f12="tibet_hand",
         findings=[("students.count", 11, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 客服接待记录, `当班客服：<name>`) holds the work of FOUR students: the three and classmate 刘嘉琪 "
                 "(with an item-10 record): students.count on 11; students.mismatch optional. Roster: an xlsx 学生名单 (38, with "
                 "宿舍 and 民族) = form `38人` = 38 rows of item 10. Tibetan names without a surname beside Han names"),
]

PROVINCE = {1: "湖北省恩施土家族苗族自治州恩施市", 2: "甘肃省武威市", 3: "西藏自治区林芝市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CNUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 恩施: "附件8-工作页.pdf"
        return "附件%d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 武威: "（八）工作页.pdf" (a Chinese numeral in brackets)
        return "（%s）%s.pdf" % (CNUM[n], NAMES[n])
    return "%s_%02d_%s.pdf" % (s["cls"], n, NAMES[n])   # 林芝: "电商2402班_08_工作页.pdf"


def form_name(s, c):
    return {1: ("优质课堂申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书-%s.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("%s优质课堂申报书.docx" % s["cls"], "docx")}[grp(s)]

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
    if g == 1:   # 恩施: 授课对象 and 学生人数 in one row of four cells
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课对象", s["cls"]), ("学生人数", s["form_count"])], [("学习任务", c["task"]), ("负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 武威: 班级人数, a bare number
        rows = [("专业（代码）", "%s　%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("教学场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 林芝: 授课班级（人数）
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级（人数）", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报学校（盖章）：{school}</p><p>项目负责人：{lead}</p><p>申报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈组织：学生分组领取任务、查阅资料、拟订计划，教师审核后实施，教师巡回指导，最后展示成果，开展自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在真实情境中完成工作任务，职业能力和职业素养都有提高。</p>
<h3>六、承诺</h3><p>本校承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=6 + s["seed"] % 17, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n本学期安排“{task}”，{hours}学时。\n三、考核\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作过程\n接受任务—制定计划—实施—检查—评价。",
    3: "{school}\n{task}　教学活动策划\n学习活动一　明确任务\n学习活动二　制定计划\n学习活动三　实施作业\n学习活动四　检查评价",
    4: "{school}\n{course}教学进度计划（共{hours}学时）\n第1周　明确任务，收集信息\n第2周　制定计划\n第3周　实施作业\n第4周　检查验收，评价总结",
    5: "{school}\n{task}　教学活动方案\n第1学时　情境导入，下达任务\n第2—4学时　引导问题学习\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n工作页、企业作业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为资讯区、计划决策区、实施区、评价展示区。",
    9: "{school}\n{task}　考核方案\n考核由过程考核和结果考核组成，成绩由任课教师填入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 3 + (s["seed"] * 7 + k * 5) % 25)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
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
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    if f == "two_up":   # half-page task sheets, two to a page, a dashed cut line between them
        halves = []
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            q, a = c["qs"][i % 2]
            halves.append(('<p style="text-align:center"><b>%s　学习任务单（%d）</b></p>' % (c["course"], i % 2 + 1) +
                           tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True)]], width="100%", pad="3px 4px") +
                           '<p style="font-size:9.5pt">任务：%s</p><p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (c["task"], q, hand(a[i % 3]), RED, mark(rng)) +
                           '<p><b>%s</b></p><p>%s</p><p>教师：%s　　%s</p>' % (c["hw"][0][0], hand(c["hw"][0][1][(i + 1) % 3]), t[0], day(s, i))))
        cut = '<p style="text-align:center;color:#777">- - - - - - - - - - - - - - - - - - - - ✂ - - - - - - - - - - - - - - - - - - - -</p>'
        pages = [halves[k] + (cut + halves[k + 1] if k + 1 < len(halves) else "") for k in range(0, len(halves), 2)]
        write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(pages), "items": []}, ensure_ascii=False, indent=1))
        return "08.html", html(PB.join(pages), "10pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:250"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "group_line":   # 姓名/学号 and a 小组成员 line naming the rest of the group
            mates = [x for x in s["klass"] if x not in s["students"] + s.get("extra_class", [])][4 * i:4 * i + 4]
            head = ('<p>姓名：%s　　学号：%s　　班级：%s</p><p>小组：第%s组　　小组成员：%s</p>'
                    % (hand(n), hand(sid[-2:], True), cl, "一二三四"[i], hand("、".join(mates), True)))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "repair_order":   # a printed 维修委托单 at the top: the driver as 送修人, the student as 维修技师
            order = tbl([[("<b>维修委托单</b>　No. WX24-%04d" % (611 + i), ' colspan="6"')],
                         ["车牌号", "甘H·3%d7%d2" % (i + 2, 5 - i), "车型", "江淮轻卡", "里程", "%d km" % (86420 + 3117 * i)],
                         ["送修人", hand(s["others_named"][0], True, BLACK), "故障描述", ("制动踏板发软，下坡需连踩", ' colspan="3"')],
                         ["维修技师", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="3px 4px")
            body = order + title + sit + answers(c, rng, i) + comment
        elif f == "duty_card":   # a station duty card: 实训学员 and the teacher as 带班站长
            card = tbl([[("<b>车站岗位实训卡</b>", ' colspan="4"')], ["实训学员", hand(n, True), "班级/学号", hand("%s / %s" % (cl, sid[-2:]), True)],
                        ["岗　位", "站台引导岗", "带班站长", hand(t[1], True, BLACK)], ["日　期", hand(day(s, i)[5:], True), "班　次", "早班 6:30—9:30"]],
                       width="100%", pad="3px 4px")
            body = card + title + sit + answers(c, rng, i) + comment
        elif f == "box_head":   # a bordered box: 班级 / 学号 / 姓名 on two rows
            head = tbl([["班　级", hand(cl, True), "学　号", hand(sid, True)], ["姓　名", hand(n, True), "成　绩", hand("", True)]],
                       width="70%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "work_cover":   # a cover of the student's work, then the checklist page
            cover = ('<p style="text-align:center;font-size:13pt">%s</p><p>&nbsp;</p><p style="text-align:center;font-size:26pt"><b>学生作品</b></p>'
                     '<p>&nbsp;</p><table width="78%%" align="center">%s</table><p>&nbsp;</p><p style="text-align:center">2024年秋季学期</p>'
                     % (s["school"], "".join('<tr><td width="30%%" style="font-size:14pt;padding:9px">%s</td>'
                                                 '<td style="border-bottom:1pt solid #000;padding:9px">%s</td></tr>' % (a, b)
                                                 for a, b in [("作品名称", "中式铺床与开夜床"), ("班　　级", hand(cl)), ("姓　　名", hand(n)),
                                                              ("学　　号", hand(sid)), ("指导教师", "、".join(t))])))
            check = tbl([["序号", "检查项目", "标准", "自查"], ["1", "床单中线", "与床中线对齐", hand("√", True)],
                         ["2", "被套四角", "饱满、无空角", hand("√", True)], ["3", "枕头", "开口背向门", hand("√", True)],
                         ["4", "夜床折角", "三角形，朝向床头柜", hand("√", True)]], width="100%")
            body = cover + PB + title + "<p><b>铺床自查表</b></p>" + check + sit + answers(c, rng, i) + comment
        elif f == "bordered_head":   # a head row 班级 | 姓名 | 学号 | 成绩
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid[-2:], True), "成绩", ""]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    per = 2 if f == "work_cover" else 1
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": per * len(names), "sheets_per_student": per, "items": []}, ensure_ascii=False, indent=1))
    meth = {"group_line": "x-scanpdf:200", "repair_order": "x-scanpdf:200:trifold", "duty_card": "x-scanpdf:200",
            "box_head": "x-scanpdf:250", "work_cover": "x-scanpdf:200:color:sticky", "bordered_head": "x-scanpdf:250"}[f]
    font = {"repair_order": "Noto Sans CJK SC", "work_cover": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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


def letter(x):
    return "A" if x >= 90 else "B" if x >= 80 else "C" if x >= 60 else "D"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教研室审核：%s</p>" % ("、".join(t[:2]), t[-1])

    def rows_of(parts, lead, fmt_total=None):
        out = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = parts[1][1] + 6
            tot = sum(v) + {"sum": 8, "under": -6}.get(bad.get(n), 0)
            out.append((k, n, v, tot))
        return out
    if f == "max_second_row":   # the maxima in a second head row
        parts = [("挑选洗净", 20), ("切制", 30), ("干燥", 25), ("质量检查", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "等级"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>", ""], pad)]
        for k, n, v, tot in rows_of(parts, 0):
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = (head10(s, c, "学生学习任务考核成绩登记表") + table(out) +
                "<p>教师签名：%s　%s　　　　日期：%s</p>" % (t[0], t[1], day(s, 12)))
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "name_first":   # 姓名 before 学号, maxima in the head
        parts = [("刀工", 20), ("火候", 30), ("调味", 30), ("装盘出品", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n, v, tot in rows_of(parts, 0):
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_signed":   # a plain register, the signatures of the teacher by hand
        parts = [("安全防护", 10), ("含水检测", 20), ("更换排气", 40), ("路试检验", 20), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n, v, tot in rows_of(parts, 0):
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>任课教师（签字）：%s　　　　审核（签字）：%s　　　　%s</p>" % (hand(t[0], True, BLACK), hand(t[1], True, BLACK), day(s, 12)))
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "scan_record":   # 成绩记载表, maxima in the head, 总评
        parts = [("站台引导", 30), ("限流操作", 30), ("广播服务", 20), ("岗位记录", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s（%d分）" % p for p in parts] + ["总分", "总评"]], pad)]
        for k, n, v, tot in rows_of(parts, 0):
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学生成绩记载表") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:250:sticky"
    if f == "trifold_record":   # a plain 考核成绩登记表 with 备注, scanned after being folded in three
        parts = [("接线工艺", 20), ("程序编写", 30), ("联机调试", 30), ("安全文明", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n, v, tot in rows_of(parts, 0):
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), {3: "组长", 15: "组长", 28: "组长"}.get(k, "")], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:trifold"
    if f == "tibetan_plain":   # a plain table with 民族
        parts = [("仪容仪表", 10), ("中式铺床", 40), ("开夜床", 30), ("服务用语", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "民族"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n, v, tot in rows_of(parts, 0):
            out.append(trow([str(k + 1), sid_of(s, n), n, nation(n)] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "grade_letter":   # parts, 总分 and a letter grade; maxima in a line above the table
        parts = [("接待礼仪", 20), ("问题解答", 30), ("订单核对", 25), ("售后处理", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "等第"]], pad)]
        for k, n, v, tot in rows_of(parts, 0):
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), letter(tot)], pad))
        body = (head10(s, c, "学习任务考核记录表") + "<p>各项满分：%s；总分100分。等第：A≥90，B≥80，C≥60，D＜60。</p>"
                % "，".join("%s%d分" % p for p in parts) + table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    raise SystemExit(f)


def nation(n):
    if len(n) == 4 and n[:2] in TIB1:
        return "藏族"
    return "回族" if n[0] == "马" else "汉族"


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "herb_typed":   # a production record: 操作人 and 复核人
                parts.append('<h3>%s</h3>' % title + tbl([["品名", "板党参（鲜切厚片）", "批号", "DS2410%02d" % (11 + 3 * i + j)],
                                                          ["操作人", n, "班级", cl], ["复核人", t[j % 2], "日期", day(s, 30 + i)],
                                                          ["项目", "标准", "结果", "结论"], ["片厚", "2～4 mm", "%.1f mm" % (2.6 + 0.2 * j), "合格"],
                                                          ["水分", "≤16%", "%.1f%%" % (11.8 + 0.4 * i), "合格"]], width="90%") + "<p>备注：%s</p>" % desc)
            elif f == "recipe_typed":   # a recipe card: 制作人
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">制作人：%s（%s）　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["原料", "用量", "说明"], ["茶叶", "15 g", "本地绿茶"], ["猪油", "20 g", "炒茶用"], ["炸黄豆、米花", "各10 g", "现炸"]], width="80%") +
                             "<p>%s</p><p>教师评价：%s</p>" % (desc, ["火候适中", "出品规范", "成本合理"][j]))
            elif f == "workorder_typed":   # a work order: 作业人 and 质检
                parts.append('<h3>%s</h3>' % title + tbl([["车牌号", "甘H·3%d7%d2" % (i + 2, 5 - i), "作业人", "%s（%s）" % (n, cl)],
                                                          ["作业项目", "制动液更换、管路排气", "质检", t[j % 2]],
                                                          ["检测项目", "标准", "实测", "结论"], ["制动液含水量", "≤3%", ["3.8%", "0.4%", "0.4%"][j], ["超标", "合格", "合格"][j]],
                                                          ["踏板自由行程", "5～15 mm", "%d mm" % (9 + i), "合格"]], width="92%") + "<p>说明：%s</p>" % desc)
            elif f == "plan_typed":   # a plan: 编制人
                parts.append('<h3>%s</h3><p>编制人：%s　　班级：%s　　审核：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["时段", "客流（人次/小时）", "措施"], ["7:30—8:00", str(2600 + 200 * i), "站台引导"],
                                  ["8:00—8:30", str(3900 + 150 * j), "一级限流"], ["8:30—9:00", "2800", "解除限流"]], width="86%") + "<p>%s</p>" % desc)
            elif f == "plc_typed":   # 调试人 and 指导教师
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　指导教师：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["地址", "名称", "说明"], ["I0.0", "上限位SQ1", "常闭"], ["I0.1", "下限位SQ2", "常闭"], ["Q0.0", "卷帘KM1", "正转"],
                                  ["Q0.1", "放帘KM2", "反转"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "room_typed":   # a room service record: 服务员
                parts.append('<h3>%s</h3>' % title + tbl([["服务员", n, "班级", cl], ["房号", "%d0%d" % (2 + j, 1 + i), "日期", day(s, 30 + i)],
                                                          ["项目", "标准", "完成情况", ""], ["铺床", "四分钟内", "%d分%02d秒" % (3, 30 + 7 * i + j), ""],
                                                          ["开夜床", "折角、晚安卡", "完成", ""]], width="90%") + "<p>%s</p>" % desc)
            elif f == "cs_typed":   # customer-service log: 当班客服
                parts.append('<h3>%s</h3><p>当班客服：%s（%s）　　班次：%s　　%s</p>' % (title, n, cl, ["早班", "中班", "晚班"][j], day(s, 30 + i)) +
                             tbl([["时间", "咨询内容", "处理结果"], ["09:1%d" % j, "松茸几天能到上海", "告知冷链两天到"],
                                  ["10:2%d" % i, "一级松茸的长度", "五到七厘米未开伞"], ["11:0%d" % (i + j), "能否指定发货日", "可备注"]], width="90%") +
                             "<p>%s　　审核：%s</p>" % (desc, t[j % 2]))
            else:
                raise SystemExit(f)
    font = "Noto Sans CJK SC" if f in ("workorder_typed", "cs_typed", "plc_typed") else "Noto Serif CJK SC"
    return "11.html", html(PB.join(parts), font=font), "pdf"


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
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f == "name_head_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "plain_photo":
            head = ["课后作业（%s）" % c["task"][:6], "> %s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "sticky_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　学号：%s　姓名：%s" % (cl, sid, n)]
        elif f == "hand_page":
            head = ["课后作业", "姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "name_line_photo":
            head = ["课后练习", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "photo_serif":
            head = ["%s课后作业" % c["course"], "班级：%s　　姓名：%s" % (cl, n)]
        elif f == "tibet_hand":
            head = ["课后作业　%s" % c["course"], "姓名 %s　班级 %s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_head_photo": "x-photo:200:1", "plain_photo": "x-photo:200:2", "sticky_photo": "x-photo:200:1:sticky",
            "hand_page": "x-scan:250:4", "name_line_photo": "x-photo:200:1", "photo_serif": "x-photo:200:1",
            "tibet_hand": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

FEMALE = set("佳怡 思雨 诗琪 欣妍 梦瑶 晨曦 雅琪 佳琪 若曦 婉婷 雪莹 静怡 雨欣 紫涵 春燕 丽娟 海燕 梓萌 欣悦 馨怡 子怡 心怡 "
             "亚楠 瑞雪 玉洁 嘉琪 雨涵 晓雯 思琪 婷 娜 瑶 敏 卓玛 央金 拉姆 曲珍 德吉 措姆 玉珍 央宗".split())
COUNTY = {"es": ["恩施市", "利川市", "建始县", "巴东县", "宣恩县", "咸丰县", "来凤县", "鹤峰县"],
          "ww": ["凉州区", "民勤县", "古浪县", "天祝县"], "lz": ["巴宜区", "米林市", "工布江达县", "波密县", "察隅县", "朗县"]}


def sex(n):
    g = n[2:] if len(n) == 4 and n[:2] in TIB1 else (n[2:] if n.startswith("欧阳") else n[1:])
    return "女" if g in FEMALE else "男"


def nation_es(n, rng):
    return rng.choice(["土家族"] * 5 + ["苗族"] * 2 + ["汉族"] * 3 + ["侗族"])


def csv_text(rows):
    import csv
    import io
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "xlsx_huamingce":   # an xlsx 花名册: a title row, the head, the class, the head teacher
        rows = [["%s 2024级%s学生花名册" % (s["school"], s["cls"])], ["序号", "学号", "姓名", "性别", "民族", "出生年月", "家庭住址", "联系电话"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex(n), nation_es(n, rr), "200%d.%02d" % (rr.choice([7, 8, 8, 9]), rr.randint(1, 12)),
                         "湖北省%s%s" % (rr.choice(COUNTY["es"]), rr.choice(["", "", "龙凤镇", "红土乡", "沙溪乡", "城关镇"])),
                         "1%d%d****%04d" % (rr.choice([3, 5, 8]), rr.randint(0, 9), rr.randint(0, 9999))])
        rows.append(["", "", "班主任：%s" % s["headteacher"], "", "", "", "合计：%d人" % len(k), ""])
        write(os.path.join(d, "roster.csv"), csv_text(rows))
        man.append("roster.csv\t%s花名册.xlsx\txlsx\troster\t0" % s["cls"])
        return
    if r == "scan_huamingce":   # a 花名册 printed, photocopied and scanned
        rows = [["序号", "学号", "姓名", "性别", "出生日期", "身份证号", "宿舍", "备注"]]
        duty = {0: "班长", 6: "团支书", 13: "学习委员", 30: "体育委员"}
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex(n), "200%d-%02d-%02d" % (rr.choice([7, 8, 9]), rr.randint(1, 12), rr.randint(1, 28)),
                         "6223%02d**********%d%d" % (rr.randint(1, 29), rr.randint(0, 9), rr.randint(0, 9)),
                         "%d-%d0%d" % (rr.choice([3, 5]), rr.randint(1, 4), rr.randint(1, 9)), duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s<br/>%s学生花名册</h2>' % (s["school"], s["cls"]) + tbl(rows, width="96%", pad="1px 3px", bold=(0,)) +
                "<p>班主任：%s　　　　男生%d人，女生%d人，合计%d人　　　　2024年9月</p>" % (
                    s["headteacher"], sum(sex(n) == "男" for n in k), sum(sex(n) == "女" for n in k), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s花名册.pdf\tx-scanpdf:200\troster\t0" % s["cls"])
        return
    if r == "xlsx_list":   # an xlsx 学生名单 with 民族 and 宿舍
        rows = [["序号", "班级", "学号", "姓名", "性别", "民族", "宿舍号", "备注"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), s["cls"], sid_of(s, n), n, sex(n), nation(n), "%s%d0%d" % ("女" if sex(n) == "女" else "男", rr.randint(2, 4), rr.randint(1, 8)),
                         {1: "班长", 10: "团支书"}.get(j, "")])
        write(os.path.join(d, "roster.csv"), csv_text(rows))
        man.append("roster.csv\t%s学生名单.xlsx\txlsx\troster\t0" % s["cls"])
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
    truth = {"comment": "Thirty-fifth held-out people corpus (testdata/heldout35), the format of testdata/heldout28/truth.json. "
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
            if w in EARLIER_TEXT:
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
        rng = random.Random(s["seed"] * 7919 + 35)
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
        fct = {1: "学生人数 | %s" % s["form_count"], 2: "班级人数 | %s" % s["form_count"],
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
