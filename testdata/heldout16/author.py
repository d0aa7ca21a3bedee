#!/usr/bin/env python3
"""Write the sources of the sixteenth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Six submissions of three invented schools in Hainan,
Gansu and Inner Mongolia (海口, 兰州, 包头).

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 16)] + ["othertools"]

# surnames by region: Hainan (符 邢 羊 麦 云 黎 …), Gansu (马 牛 魏 祁 火 妥 拓 …), Inner Mongolia (包 白 韩 郝 奇 …)
SURNAMES = {
    "hn": list("符王陈吴林黎邢云冯羊麦钟唐卢周郑梁容潘韩"),
    "gs": list("马张李赵何魏牛苏闫祁汪火达穆拓妥杨成贾"),
    "nm": list("白包韩乌郝云奇宝张高刘赵李贾武霍乔"),
}
GIVEN2 = ("椰林 海帆 琼花 南星 晓琳 家豪 春花 志坚 诗婷 俊峰 小雅 雨涵 嘉乐 思远 天宇 文斌 永红 永宏 俊杰 宇航 雅琪 "
          "子航 欣怡 梓萱 一鸣 浩然 晨阳 思琪 雨桐 佳琪 子墨 明轩 书瑶 若汐 泽楷 昊然 佳慧 怡然 诗琪 鹏飞 "
          "皋兰 陇原 河西 敦煌 祁连 金城 陇生 丝路 鹿城 青城 草原 阴山 北疆 博远 凯文 瑞雪 晓东 海林 "
          "立强 建伟 春生 玉霞 丽萍 金花 秀兰 振华 宏图 国栋 小军 新民 红梅 丹阳 静怡 锦程 安琪").split()
GIVEN1 = list("强磊芳敏静勇涛燕娟超")
MONGOL = ("巴特尔 其木格 斯琴图雅 朝鲁 乌日娜 额尔敦 苏日娜 那日松 阿拉坦 图门 萨仁 敖登 哈斯 孟和 格日勒 "
          "乌兰 塔娜 吉日嘎拉 娜仁 其其格 阿木尔 布和 宝力德 斯日古楞 乌力吉").split()
MONGOL_DOT = ["乌云·其其格", "额尔敦·巴雅尔", "阿拉坦·仓", "哈斯·额尔敦", "包·那顺", "白·苏和", "韩·毕力格", "奇·乌兰"]


def earlier_names():
    names = set()

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str) and re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", x):
            names.add(x)
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "truth.json")
        if not os.path.isfile(p):
            raise SystemExit("missing %s" % p)
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    return names


USED_BEFORE = earlier_names()
TAKEN = set()


def near(a, b):
    a, b = a.replace("·", ""), b.replace("·", "")
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def D(n):
    return n.rstrip("#")


def draw_one(rng, region):
    if region == "nm" and rng.random() < 0.3:
        return rng.choice(MONGOL_DOT) if rng.random() < 0.25 else rng.choice(MONGOL)
    g = rng.choice(GIVEN1) if rng.random() < 0.15 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, pos, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or name in USED_BEFORE or name in TAKEN or any(near(name, D(f)) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    for nm, k in sorted(pos.items(), key=lambda x: x[1]):
        names.remove(nm)
        names.insert(k, nm)
    TAKEN.update(D(x) for x in names)
    return names


C = {
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="宴会服务与管理", task="海岛度假酒店沙滩婚宴西餐铺台与服务",
   hours=14, station="酒店餐饮服务一体化学习工作站",
   parts=[("仪容仪表", 10), ("铺台布", 20), ("摆台", 40), ("席间服务", 30)],
   situation="海口一家海岛度假酒店承接了一场八十人的沙滩婚宴，新人希望采用西式长台，以椰林和海浪为主题布置。宴会部经理要求学员按婚宴订单完成台型设计、铺台布、西餐摆台和席间斟酒服务，注意海风天气下台布和餐具的固定，最后接受经理的验收。",
   qs=[("引导问题1 沙滩婚宴铺台要特别注意什么？", ["海风大，台布要用台布夹固定，口布和菜单要压好，蜡烛改用防风灯。", "台布夹夹牢，防风。", "用防风灯，台布固定好。"]),
       ("引导问题2 西餐摆台餐具的摆放顺序是什么？", ["先摆装饰盘，再按由外向内的使用顺序摆刀叉，最后摆杯具和面包盘。", "先装饰盘，再刀叉，再杯子。", "刀叉由外向内，杯具在右上方。"])],
   hw=[("1. 斟倒红葡萄酒时要斟多少？", ["斟到杯子的三分之一到二分之一，不能太满。", "三分之一左右。", "不超过半杯。"]),
       ("2. 婚宴上新人敬酒时服务员要做什么？", ["提前准备好酒水和托盘，跟在新人身后及时添酒。", "跟着新人添酒。", "准备托盘，及时斟酒。"])],
   outputs=[("沙滩婚宴台型设计图", "画出了长台和主桌的位置。"), ("西餐摆台作品", "十二个餐位餐具整齐统一。"), ("婚宴服务流程卡", "写明了八个服务环节。")]),
 "ecom": dict(major="电子商务", code="0603", course="直播电商运营", task="火山荔枝枝头直播预售活动策划与执行",
   hours=16, station="电子商务直播运营一体化学习工作站", parts=[("过程成绩", 100), ("结果成绩", 100)],
   situation="海口市永兴镇一家荔枝合作社的火山荔枝即将成熟，合作社想在采摘前通过直播做预售，把荔枝从枝头直接发往全国。合作社请电商班学员策划一场两小时的枝头直播，写直播脚本，设计预售价格和优惠券，布置果园直播场景，完成直播后统计订单并分析数据。",
   qs=[("问题1 枝头直播比直播间直播有什么优势？", ["观众能看到荔枝长在树上、现摘现发，更新鲜可信，容易下单。", "真实，看得到果园。", "现场感强，信任度高。"]),
       ("问题2 预售价格怎样定？", ["参考往年市场价和物流成本，早鸟价略低，再设满减券拉动下单。", "比市场价低一点，加优惠券。", "算好成本，设早鸟价。"])],
   hw=[("1. 生鲜直播预售要提前向观众说明什么？", ["发货时间、物流方式、坏果包赔规则。", "发货时间和售后。", "什么时候发货，坏了怎么赔。"]),
       ("2. 直播结束后要分析哪些数据？", ["观看人数、停留时长、点击率、转化率和客单价。", "观看人数和订单。", "转化率和客单价。"])],
   outputs=[("枝头直播脚本", "两小时分为六个环节。"), ("预售优惠方案", "设计了早鸟价和满减券。"), ("直播数据分析报告", "转化率为百分之三点二。")]),
 "cnc": dict(major="数控加工(数控车工)", code="0106", course="轴类零件数控车削加工", task="压面机不锈钢压面辊轴数控车削加工",
   hours=16, station="数控车削一体化学习工作站", parts=[("工艺编制", 20), ("程序编制", 20), ("车削加工", 40), ("尺寸检测", 10), ("安全文明", 10)],
   situation="兰州一家食品机械厂为牛肉面馆生产压面机，需要一批不锈钢压面辊轴，外圆和轴承位的精度要求高，表面不能有刀纹。车间把图纸交给实训班，要求学员编制加工工艺，编写数控程序，在数控车床上完成粗车、精车和切槽，用千分尺检测，填写检验记录。",
   qs=[("引导问题1 不锈钢车削容易出现什么问题？", ["不锈钢粘刀、加工硬化，要选锋利的刀片，加足切削液，切削速度不能太高。", "粘刀，要加切削液。", "容易硬化，刀要锋利。"]),
       ("引导问题2 辊轴为什么要用一夹一顶装夹？", ["工件细长，一夹一顶刚性好，不容易振动和让刀。", "工件长，防止振动。", "刚性好，精度高。"])],
   hw=[("1. 精车时切削用量怎样选择？", ["背吃刀量小，进给量小，切削速度适当提高，保证表面粗糙度。", "吃刀少，进给慢。", "小吃刀量，小进给。"]),
       ("2. 用千分尺测量前要做什么？", ["擦净测量面，校对零位，工件冷却到室温再测。", "校零。", "擦干净，对零。"])],
   outputs=[("压面辊轴加工工艺卡", "分为六道工序。"), ("数控加工程序单", "共四十二段程序。"), ("零件检验记录", "外圆尺寸全部合格。")]),
 "mech": dict(major="机电一体化技术", code="0127", course="自动化生产线安装与调试", task="苹果分拣线气动机械手安装与调试",
   hours=16, station="机电一体化生产线一体化学习工作站", parts=[("机械安装", 30), ("气路连接", 20), ("电气接线", 20), ("程序调试", 30)],
   situation="天水一家苹果合作社新上了一条苹果分级分拣线，其中把苹果从输送带搬进包装箱的气动机械手需要安装和调试。设备厂家请实训班学员按照装配图安装机械手，连接气路和传感器，编写PLC程序，调整抓取力度，保证苹果不被夹伤，最后试运行并填写调试报告。",
   qs=[("任务1 气动机械手抓苹果为什么要调节气压？", ["气压太大夹伤苹果，太小抓不住，要用减压阀调到合适压力。", "怕夹坏苹果。", "调到合适压力，既抓得住又不伤果。"]),
       ("任务2 机械手上的磁性开关起什么作用？", ["检测气缸活塞的位置，告诉PLC动作是否到位。", "检测气缸到没到位。", "给PLC位置信号。"])],
   hw=[("1. 调试时机械手动作顺序不对怎么办？", ["先单步运行，对照流程图检查程序和传感器信号，找到错误的步骤。", "单步调试。", "看信号，对照流程图。"]),
       ("2. 气路连接完成后要检查什么？", ["接头是否漏气、气管是否打折、节流阀是否调好。", "漏不漏气。", "检查漏气和气管。"])],
   outputs=[("机械手装配记录", "记录了十四个装配步骤。"), ("PLC控制程序", "共二十六个步骤。"), ("设备调试报告", "连续运行一百次无夹伤。")]),
 "cook": dict(major="烹饪(中式烹调)", code="0501", course="北方面点制作", task="莜面窝窝制作与蒸制",
   hours=12, station="中式面点一体化学习工作站", parts=[("和面", 20), ("推窝成型", 35), ("蒸制", 25), ("调汤配菜", 20)],
   situation="包头一家草原风味餐厅的招牌主食是莜面窝窝，餐厅需要补充面点岗位的新员工。面点师傅要求实训班学员按照餐厅标准，用开水烫莜面，在石板上推出薄而均匀的窝窝，整齐码进笼屉蒸熟，并调好羊肉臊子汤和凉汤两种蘸料。",
   qs=[("问题1 莜面为什么要用开水烫？", ["莜面没有筋性，用开水烫熟淀粉，面团才有黏性，推得开。", "烫了才有黏性。", "开水和面才好推。"]),
       ("问题2 推窝窝的要领是什么？", ["面剂大小一致，手掌用力均匀，推得薄，卷起来大小一样。", "用力均匀，推薄。", "剂子一样大。"])],
   hw=[("1. 莜面窝窝蒸多长时间？", ["水开上汽后蒸八到十分钟，时间长了会塌。", "八分钟左右。", "上汽蒸十分钟。"]),
       ("2. 羊肉臊子汤怎样调？", ["羊肉丁炒香，加葱姜、酱油和汤熬制，最后撒香菜。", "羊肉炒香加汤。", "羊肉丁熬汤。"])],
   outputs=[("莜面窝窝成品", "窝窝薄而均匀，码放整齐。"), ("羊肉臊子汤", "咸淡适口。"), ("菜品成本核算单", "每笼成本九元六角。")]),
 "care": dict(major="健康与社会照护", code="0529", course="老年人生活照护", task="牧区独居老人冬季居家保暖与防冻伤照护",
   hours=12, station="居家照护一体化学习工作站", parts=[("照护评估", 20), ("照护计划", 20), ("照护实施", 40), ("沟通与人文关怀", 20)],
   situation="包头市达茂旗一个牧区嘎查有几位独居的蒙古族老人，冬天气温常在零下三十度，老人取暖靠火炉，去年有老人手脚冻伤。苏木卫生院请照护员上门，评估老人住所的保暖和用火安全，教老人预防冻伤，检查手脚皮肤，制定冬季照护计划，并和老人用简单的蒙古语和汉语交流。",
   qs=[("问题一 上门评估时要看哪些保暖和用火安全问题？", ["门窗是否漏风、火炉烟道是否通畅、有没有一氧化碳报警器、被褥是否够厚。", "看门窗和火炉。", "烟道通不通，有没有报警器。"]),
       ("问题二 冻伤的早期表现是什么？", ["皮肤发白或发红、发凉，有刺痛或麻木感。", "发红、发麻。", "皮肤发白，有刺痛。"])],
   hw=[("1. 手脚冻伤后能不能用火烤？", ["不能，要用三十八到四十度的温水慢慢复温。", "不能，用温水。", "不能烤，温水泡。"]),
       ("2. 怎样预防一氧化碳中毒？", ["睡前封好火炉，保持烟道通畅，安装报警器，屋里留通风口。", "装报警器，通风。", "烟道通畅，留通风口。"])],
   outputs=[("冬季居家照护计划书", "包括保暖、用火和饮食三部分。"), ("居家环境评估表", "查出三处漏风。"), ("防冻伤宣传卡", "用蒙汉两种文字写成。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="海口市椰城技工学校", pack="zip", region="hn", course="hotel", cls="酒店2302班", size=36, seed=11, sidp="23110504",
         students=["符晓琳", "邢家豪", "黎春花"], extra_class=["麦志坚"], pos={"麦志坚": 23}, bad={"麦志坚": "deduct"},
         teachers=["云海燕", "陈德武"], form_count="36人", f8="grid_paper", f10="deduction", f11="designer_typed", f12="zuoyeren",
         findings=[("records.invalid_score", 10, False, "麦志坚")],
         comment="item 10 (scanned 200 dpi gray) is a DEDUCTION register: four 扣分 columns, 扣分合计 and 得分 = 100 - "
                 "扣分合计 (a rule line says so); 麦志坚 (row 24) has 扣分合计 right but a 得分 5 above 100 - 扣分合计: "
                 "records.invalid_score. Item 8: the name written one character per square in a row of 稿纸 grid "
                 "squares at the top. No roster"),
    dict(school="海口市椰城技工学校", pack="zip", region="hn", course="ecom", cls="电商2401班", size=41, form_size=42, seed=12,
         sidp="24120603", students=["王诗婷", "吴俊峰", "林小雅"], items={8: ["王诗婷", "吴俊峰", "羊雨涵"]},
         extra_class=["羊雨涵"], teachers=["冯丽娟", "钟国强"], form_count="42人", f8="answer_card", f10="weighted_typed",
         f11="script_typed", f12="serif_color",
         findings=[("students.mismatch", 8, True), ("records.count_mismatch", 10, False)],
         comment="item 8 (scanned 250 dpi gray, an 答题卡-style head: name box and a 学号 bubble grid) holds the "
                 "worksheets of 王诗婷, 吴俊峰 and classmate 羊雨涵 (with an item-10 record) instead of 林小雅 (items 11 "
                 "and 12 hold the three): students.mismatch. The form says 42人; item 10 TYPED (weighted 过程×40% + "
                 "结果×60%) lists 41: records.count_mismatch. No roster"),
    dict(school="兰州市皋兰山技师学院", pack="dir", region="gs", course="cnc", cls="数控2302班", size=38, seed=21, sidp="23210106",
         students=["牛嘉乐", "魏思远", "祁天宇"], outsiders={"祁天宇": "数控2301班"}, out_sidp="23210105",
         teachers=["闫立强", "苏振华"], form_count="38人", f8="carbon_order", f10="transposed", f11="inspect_typed", f12="ukai_sid",
         findings=[("students.not_in_class", 8, True, "祁天宇")],
         comment="祁天宇 of the parallel class 数控2301班 (his class and 学号 on his pages) is the third student of 8/11/12; "
                 "item 10 (38 = 班级人数 38人) has no record of him: students.not_in_class. Item 8: the pink carbon copy "
                 "(第二联) of a 生产派工单 at the top, 操作者 written in carbon ink; colour scan. Item 10: a TRANSPOSED "
                 "register (students as columns, criteria as rows, blocks of 13), scanned landscape 200 dpi gray. No roster"),
    dict(school="兰州市皋兰山技师学院", pack="dir", region="gs", course="mech", cls="机电2301班", size=37, seed=22, sidp="23220127",
         students=["马文斌", "达娃", "火永红"], extra_class=["达娃卓玛", "火永宏"], teachers=["马文", "汪建平"],
         notes={"@5": "缺考", "@30": "缓考（事假）", "@12": "组长"}, form_count="37人", f8="sidebar", f10="fraction",
         f11="debug_typed", f12="photo_jiaozuoye", findings=[],
         comment="clean: teacher 马文 is a prefix of student 马文斌 (one of the three), the teacher on every worksheet; "
                 "2-char Tibetan name 达娃 (one of the three) with 4-char classmate 达娃卓玛; 火永红 (one of the three) "
                 "with classmate 火永宏 (alike in sound). Item 10 (scanned 250 dpi gray): every score written as a "
                 "fraction `得分/满分` (17/20) and 总分 as `86/100`; a 缺考 row and a 缓考（事假） row with empty "
                 "cells. Item 8: the name only in a 学员信息 sidebar at the right of the page. No roster"),
    dict(school="包头市鹿城高级技工学校", pack="gbkzip", region="nm", course="cook", cls="烹饪2302班", size=35, seed=31, sidp="23310501",
         students=["乌云·其其格", "郝俊杰", "朝鲁"], extra_class=["额尔敦·巴雅尔"], absent_from_10=["额尔敦·巴雅尔"],
         teachers=["韩玉梅", "宝音"], form_count="35人", roster="two_col_typed", headteacher="乔秀兰",
         f8="barcode_label", f10="two_up", f11="cost_typed", f12="sans_nodot",
         findings=[("records.missing_student", 10, False, "额尔敦·巴雅尔"), ("records.count_mismatch", 10, False)],
         comment="the roster (typed pdf, two students a row) and the form (35人) list 额尔敦·巴雅尔; item 10 (34 rows, none "
                 "for him) is a register printed TWO PAGES PER SHEET (two reduced A4 pages side by side, each with its "
                 "own head and 第n页 共2页), scanned 250 dpi gray: records.missing_student, records.count_mismatch. "
                 "Hard but legal: 乌云·其其格 (one of the three, middle dot) wrote her homework name without the dot "
                 "(乌云其其格); 朝鲁 a 2-char Mongolian name. Item 8: a printed barcode label with 学号 and name"),
    dict(school="包头市鹿城高级技工学校", pack="gbkzip", region="nm", course="care", cls="照护2401班", size=34, seed=32, sidp="24320529",
         students=["斯琴图雅", "包·那顺", "高雅琪"], items={12: ["斯琴图雅", "包·那顺", "高雅琪", "萨仁"]},
         extra_class=["萨仁", "白·苏和"], bad={"白·苏和": "over"}, teachers=["武海林", "奇金花"], form_count="34",
         f8="tongxue_title", f10="zebra_typed", f11="plan_typed", f12="photo_ukai",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "白·苏和")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, UKai) holds the homework of FOUR students: the three and classmate 萨仁 (2-char, "
                 "with an item-10 record): students.count on 12, students.mismatch optional. Item 10 TYPED (a web-style "
                 "export with banded rows): 白·苏和 has 24 under 沟通与人文关怀(20), the 总分 the sum: records.invalid_score. "
                 "Item 8: the name only in the title line `<name> 同学的学习工作页`; colour scan. No roster"),
]

PROVINCE = {1: "海南省", 2: "甘肃省", 3: "内蒙古自治区"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 海口: "【08】工作页.pdf"
        return "【%02d】%s.pdf" % (n, NAMES[n])
    if g == 2:   # 兰州: "材料8：工作页.pdf"
        return "材料%d：%s.pdf" % (n, NAMES[n])
    return "第%02d项-%s.pdf" % (n, NAMES[n])   # 包头


def form_name(s, c):
    return {1: ("椰城技校申报书（%s）.docx" % c["major"], "docx"),
            2: ("皋兰山技师学院_%s_申报书.pdf" % c["course"], "pdf"),
            3: ("鹿城高级技工学校-%s-优质课堂申报书.docx" % c["major"], "docx")}[grp(s)]


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "29"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


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
LAND = "size:29.7cm 21cm;margin:1.3cm 1.4cm"


def hand(x, small=False, ink=BLUE, size=None):
    return '<span style="font-family:\'AR PL UKai CN\';color:%s;font-size:%s">%s</span>' % (
        ink, size or ("13pt" if small else "15pt"), x)


def td(x, extra="", pad="2px 4px"):
    return '<td style="border:0.75pt solid #000;padding:%s"%s>%s</td>' % (pad, extra, x)


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


def form_html(s, c):
    t = s["teachers"]
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    kv = [["专业名称", c["major"]], ["专业代码", c["code"]], ["课程名称", c["course"]], ["学习任务", c["task"]],
          ["学时", "%d" % c["hours"]], ["授课班级", s["cls"]], ["班级人数", s["form_count"]], ["授课场所", c["station"]]]
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{kv}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生明确任务要求、查阅资料后分组制定工作计划，经教师审核做出决策并实施，教师在实施过程中巡回指导、检查质量与安全，任务完成后学生展示成果并自评、互评，教师和企业人员点评。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在完成任务中提升了专业能力和职业素养，相关成果已在合作企业试用。</p>
<h3>六、承诺</h3><p>本单位承诺所提交材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 19, kv=tbl(kv, width="80%"), tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[grp(s)])
    return html(body, font="Noto Sans CJK SC")


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}合作企业的岗位要求进行校本转化。\n二、学习任务\n其中“{task}”为{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作过程\n接受任务、制定方案、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}　教学活动策划\n学习活动1 明确任务\n学习活动2 制定方案\n学习活动3 实施作业\n学习活动4 验收与评价",
    4: "{school}\n{course}教学进度计划\n本任务共{hours}学时\n第1周 明确任务、查阅资料\n第2周 制定并审核方案\n第3周 实施作业\n第4周 验收、评价与总结",
    5: "{school}\n{task}教学活动方案\n第1学时 情境导入\n第2—4学时 引导问题学习\n其余学时 分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与材料清单。",
    7: "{school}\n{station}图文说明\n工作站设集中研讨区、分组作业区、资料查阅区和成果展示区。",
    9: "{school}\n{task}考核方案\n考核包括过程考核和结果考核，成绩由任课教师填入学习任务考核记录表。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8分", "√ 要点全", "√ 9分", "√ 清楚", "√ 10分", "√ 可以"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out




# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
        comment = '<p>教师评语：<span %s>%s</span>　　评阅：%s</p>' % (RED, ["认真完整", "要点清楚", "较好", "有进步"][i % 4], t[0])
        title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
        if f == "grid_paper":   # the name one character per square of a 稿纸 grid row
            sq = "".join('<td style="border:0.75pt solid #7a3b2e;width:26pt;height:26pt" align="center">%s</td>' %
                         (hand(ch) if ch else "&nbsp;") for ch in (list(n) + [""] * (5 - len(n))))
            body = ('<table style="border-collapse:collapse"><tr><td style="padding-right:8px">姓名</td>%s'
                    '<td style="padding-left:18px">班级：%s　　学号：%s</td></tr></table>' % (sq, cl, hand(sid, True)) +
                    title + '<p>课程：%s　　指导教师：%s　　日期：%s</p>' % (c["course"], t[0], day(s, i)) + sit + answers(c, rng, i) + comment)
        elif f == "answer_card":   # an 答题卡 head: a name box and a 学号 bubble grid
            digits = sid[-6:]
            grid = ['<tr>%s</tr>' % "".join('<td style="border:0.75pt solid #c03030;width:16pt" align="center">%s</td>' % hand(x, True) for x in digits)]
            for v in range(10):
                grid.append('<tr>%s</tr>' % "".join('<td align="center" style="font-size:8pt;color:#c03030;border-left:0.75pt solid #c03030;border-right:0.75pt solid #c03030">%s</td>'
                                                    % ("●" if int(x) == v else "[%d]" % v) for x in digits))
            head = ('<table width="100%%" style="border-collapse:collapse"><tr><td style="border:1pt solid #c03030;padding:6px" width="55%%" valign="top">'
                    '<p style="color:#c03030"><b>答　题　卡</b></p><p style="color:#c03030">姓名</p>'
                    '<table style="border-collapse:collapse" width="80%%"><tr><td style="border:0.75pt solid #c03030;height:30pt;padding-left:8px">%s</td></tr></table>'
                    '<p style="color:#c03030">班级：<u>%s</u></p><p style="font-size:8pt;color:#c03030">注意：用黑色签字笔填写，涂点要涂满。</p></td>'
                    '<td style="border:1pt solid #c03030;padding:4px" valign="top"><p style="color:#c03030;font-size:8pt">学号（后六位）</p>'
                    '<table style="border-collapse:collapse">%s</table></td></tr></table>' % (hand(n), cl, "".join(grid)))
            body = head + title + '<p>指导教师：%s　　日期：%s</p>' % (t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "carbon_order":   # the pink carbon copy of a work order, the operator in carbon ink
            ink = "#4a3a8e"
            rows = [[("机加工车间生产派工单　　（第二联　存档联）", ' colspan="6"')],
                    ["派工单号", "PG-%05d" % (21730 + 11 * i), "零件名称", "压面辊轴", "图　号", "YMJ-03-07"],
                    ["材　料", "06Cr19Ni10", "数　量", "1 件", "派工人", hand(t[0], True, ink)],
                    ["操 作 者", hand(n, True, ink), "班　级", hand(cl, True, ink), "学　号", hand(sid, True, ink)]]
            body = ('<table width="100%%" bgcolor="#f7d6e0"><tr><td style="padding:6px">%s</td></tr></table>' % tbl(rows, pad="3px 5px") +
                    title + '<p>指导教师：%s　　日期：%s</p>' % (t[0], day(s, i)) + sit + answers(c, rng, i) + comment)
        elif f == "sidebar":   # the name only in a 学员信息 sidebar on the right
            side = ('<p style="text-align:center"><b>学员信息</b></p><p>姓名</p><p>%s</p><p>班级</p><p>%s</p><p>学号</p><p>%s</p>'
                    '<p>工位</p><p>%s</p><p>日期</p><p>%s</p><p>指导教师</p><p>%s</p>'
                    % (hand(n), cl, hand(sid, True), "A-%d" % (3 + 2 * i), day(s, i), t[0]))
            main_ = title + '<p>课程：%s</p>' % c["course"] + sit + answers(c, rng, i) + comment
            body = ('<table width="100%%" style="border-collapse:collapse"><tr><td width="76%%" valign="top" style="padding-right:10px">%s</td>'
                    '<td width="24%%" valign="top" style="border:1pt solid #000;padding:6px" bgcolor="#eeeeee">%s</td></tr></table>' % (main_, side))
        elif f == "barcode_label":   # a printed barcode label with 学号 and name
            bars = "".join(rng.choice("▌│▍┃▎▏") for _ in range(30))
            lab = ('<table width="100%%"><tr><td width="55%%"></td><td><table width="100%%" style="border-collapse:collapse"><tr>'
                   '<td style="border:1pt solid #000;padding:4px 8px"><p style="font-size:7pt">鹿城高级技工学校　实训登记</p>'
                   '<p style="font-family:\'Noto Sans Mono CJK SC\';font-size:16pt;letter-spacing:-1pt">%s</p>'
                   '<p style="font-size:8pt">%s　　%s　　%s</p></td></tr></table></td></tr></table>' % (bars, sid, n, cl))
            body = lab + title + '<p>指导教师：%s　　日期：%s</p>' % (t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "tongxue_title":   # the name only in the title: "<name> 同学的学习工作页"
            body = ('<p style="font-size:9pt">%s　%s</p><h3 style="text-align:center"><u>　%s　</u> 同学的学习工作页</h3>'
                    '<p style="text-align:center">学习任务：%s</p><p>班级：%s　　指导教师：%s　　日期：%s</p>'
                    % (s["school"], c["course"], hand(n), c["task"], cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"grid_paper": "x-scanpdf:200", "answer_card": "x-scanpdf:250", "carbon_order": "x-scanpdf:200:color",
            "sidebar": "x-scanpdf:250", "barcode_label": "x-scanpdf:200", "tongxue_title": "x-scanpdf:200:color"}[f]
    return "08.html", html(PB.join(pages)), meth


# ------------------------------------------------------------------ item 10

def resolve_notes(s, rec):
    out = {}
    for k, v in s.get("notes", {}).items():
        n = rec[int(k[1:])] if k.startswith("@") else k
        if n in s["students"] + s.get("extra_class", []):
            raise SystemExit("%s: note %s falls on a planted name %s" % (s["school"], v, n))
        out[n] = v
    bonus = {}
    for k, (pts, why) in s.get("bonus", {}).items():
        n = rec[int(k[1:])]
        if n in s["students"] + s.get("extra_class", []):
            raise SystemExit("%s: bonus falls on a planted name %s" % (s["school"], n))
        bonus[n] = pts
        out[n] = why
    s["notes_resolved"] = out
    s["bonus_resolved"] = bonus


def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def item10(s, c, rec, d):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    notes = s["notes_resolved"]
    bad = s.get("bad", {})
    parts = c["parts"]
    pad = "0px 3px"
    sign = "<p>考核教师：%s　%s　　　　教研组长审核：%s</p>" % (t[0], "、".join(t[1:]), t[-1])
    if f == "deduction":   # four 扣分 columns, 扣分合计, 得分 = 100 - 扣分合计
        tr = [["序号", "学号", "姓名"] + ["%s扣分" % p for p, _ in parts] + ["扣分合计", "得分"]]
        for k, n in enumerate(rec):
            v = [rng.randint(0, m // 4) for _, m in parts]
            sc = 100 - sum(v) + (5 if bad.get(n) == "deduct" else 0)
            tr.append([str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v] + [str(sum(v)), str(sc)])
        return "10.html", html(head10(s, c, "学习任务考核记录（扣分制）") +
                               '<p>评分办法：各项满分%s，按评分细则扣分，得分 = 100 − 扣分合计。</p>' % "、".join("%s%d分" % p for p in parts) +
                               tbl(tr, pad=pad, bold=(0,)) + sign, "8.5pt", compact=True), "x-scanpdf:200"
    if f == "weighted_typed":   # 总评 = 过程×40% + 结果×60%
        tr = [["序号", "学号", "姓名", "过程成绩", "结果成绩", "总评（过程×40%＋结果×60%）"]]
        for k, n in enumerate(rec):
            a, b = rng.randint(65, 97), rng.randint(60, 98)
            tr.append([str(k + 1), sid_of(s, n), D(n), str(a), str(b), "%.1f" % (a * 0.4 + b * 0.6)])
        return "10.html", html(head10(s, c, "学习任务考核成绩汇总表") + tbl(tr, pad=pad, bold=(0,)) + sign, "9pt",
                               font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "transposed":   # students as columns, criteria as rows
        v = {n: part_scores(rng, parts) for n in rec}
        blocks = []
        for b in range(0, len(rec), 13):
            grp_ = rec[b:b + 13]
            rows = [["序号"] + [str(b + j + 1) for j in range(len(grp_))],
                    ["学号"] + [sid_of(s, n)[-2:] for n in grp_],
                    ["姓名"] + [D(n) for n in grp_]]
            for pi, (p, m) in enumerate(parts):
                rows.append(["%s(%d)" % (p, m)] + [str(v[n][pi]) for n in grp_])
            rows.append(["总分"] + [str(sum(v[n])) for n in grp_])
            blocks.append(tbl(rows, pad="1px 2px", bold=(0, 2)) + "<p>&nbsp;</p>")
        body = (head10(s, c, "学习任务考核记录（横排）") + "<p>学号栏只写后两位（前八位 %s）。</p>" % s["sidp"] +
                "".join(blocks) + sign)
        return "10.html", html(body, "8.5pt", page="size:29.7cm 21cm;margin:1.0cm 1.2cm", compact=True), "x-scanpdf:200"
    if f == "fraction":   # scores written as 得分/满分
        tr = [["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "备注"]]
        for k, n in enumerate(rec):
            note = notes.get(n, "")
            if note == "缺考":
                tr.append([str(k + 1), sid_of(s, n), D(n)] + ["0/%d" % m for _, m in parts] + ["0/100", "缺考"])
                continue
            if note.startswith("缓考"):
                tr.append([str(k + 1), sid_of(s, n), D(n)] + [""] * (len(parts) + 1) + [note])
                continue
            v = part_scores(rng, parts)
            tr.append([str(k + 1), sid_of(s, n), D(n)] + ["%d/%d" % (x, m) for x, (_, m) in zip(v, parts)] +
                      ["%d/100" % sum(v), note])
        return "10.html", html(head10(s, c, "学习任务考核记录") + "<p>记分方式：得分/满分。</p>" + tbl(tr, pad=pad, bold=(0,)) + sign,
                               "9pt", compact=True), "x-scanpdf:250"
    if f == "two_up":   # two reduced A4 pages printed side by side on one landscape sheet
        hdr = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]
        rows = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            rows.append([str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v] + [str(sum(v))])
        h = (len(rows) + 1) // 2
        half = []
        for pg, rr in ((1, rows[:h]), (2, rows[h:])):
            half.append('<p style="text-align:center"><b>学习任务考核记录</b></p><p>%s　%s</p><p>学习任务：%s</p>'
                        % (s["school"], s["cls"], c["task"]) + tbl([hdr] + rr, pad="0px 2px", bold=(0,)) +
                        ("<p>考核教师：%s　%s</p>" % (t[0], t[1]) if pg == 2 else "") +
                        '<p style="text-align:center">第%d页　共2页</p>' % pg)
        body = ('<table width="100%%" style="border-collapse:collapse"><tr><td width="49%%" valign="top" style="border:0.5pt solid #999;padding:8px">%s</td>'
                '<td width="2%%"></td><td width="49%%" valign="top" style="border:0.5pt solid #999;padding:8px">%s</td></tr></table>' % tuple(half))
        return "10.html", html(body, "6.5pt", page="size:29.7cm 21cm;margin:0.8cm 0.8cm", compact=True), "x-scanpdf:250"
    if f == "zebra_typed":   # a web-style export with banded rows
        out = ['<tr bgcolor="#2f4f7f">%s</tr>' % "".join('<td style="color:white;padding:3px 4px"><b>%s</b></td>' % x for x in
                                                        ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"])]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 24
            cells = [str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v] + [str(sum(v))]
            out.append('<tr bgcolor="%s">%s</tr>' % ("#eef3f8" if k % 2 else "#ffffff",
                                                     "".join('<td style="padding:2px 4px;border-bottom:0.5pt solid #c8d3e0">%s</td>' % x for x in cells)))
        body = (head10(s, c, "学习任务成绩（导出）") + '<p style="font-size:8pt;color:#666">导出自：鹿城高级技工学校实训教学管理平台　导出人：%s</p>' % t[0] +
                '<table width="100%%" style="border-collapse:collapse">%s</table>' % "".join(out) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t)))
    parts = [head]
    lab = {"designer_typed": "设计人", "script_typed": "撰写人", "inspect_typed": "操作者", "debug_typed": "调试人",
           "cost_typed": "核算人", "plan_typed": "制订人"}[f]
    for i, n in enumerate(names):
        for j, (title, desc) in enumerate(c["outputs"]):
            if f in ("inspect_typed", "cost_typed"):
                parts.append("<h3>%s</h3>" % title + tbl([[lab, n, "班　级", cls_of(s, n)], ["学　号", sid_of(s, n), "日　期", day(s, 30 + i)],
                                                          ["检验员" if f == "inspect_typed" else "审核", t[j % len(t)], "结　论", "合格"],
                                                          [("说明", ''), (desc, ' colspan="3" align="left"')]], width="85%"))
            else:
                parts.append("<h3>成果%d-%d　%s</h3><p>%s</p><p>%s：%s　　班级：%s</p><p>指导教师：%s　　%s</p>"
                             % (i + 1, j + 1, title, desc, lab, n, cls_of(s, n), t[j % len(t)], day(s, 30 + i)))
    return "11.html", html(PB.join(parts)), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl = cls_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        if f == "zuoyeren":
            head = ["课后作业　%s" % c["task"], "> 作业人：%s　%s" % (n, cl)]
        elif f == "serif_color":
            head = ["%s　课后作业" % c["course"], "> 班级 %s　姓名 %s" % (cl, n)]
        elif f == "ukai_sid":
            head = ["%s　课后作业" % c["task"], "学号：%s　姓名：%s" % (sid_of(s, n), n), "班级：%s" % cl]
        elif f == "photo_jiaozuoye":
            head = ["%s　课后作业" % c["course"], "> 交作业：%s（%s）" % (n, cl), "指导教师：%s" % t[0]]
        elif f == "sans_nodot":
            head = ["%s　课后作业" % c["task"], "> 作业：%s（%s）" % (n.replace("·", ""), cl)]
        elif f == "photo_ukai":
            head = ["%s　课后作业" % c["task"], "姓名：%s　%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + ["! 阅 %s　%s" % (t[0], day(s, 20 + i))]
    meth = {"zuoyeren": "x-scan:200:2", "serif_color": "x-scan:250:1:color", "ukai_sid": "x-scan:250:3",
            "photo_jiaozuoye": "x-photo:200:4", "sans_nodot": "x-scan:200:0", "photo_ukai": "x-photo:200:3"}[f]
    return [("12.txt", "\n".join(lines) + "\n")], meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "two_col_typed":   # two students a row
        hdr = ["序号", "学号", "姓名", "性别"] * 2
        rows = [hdr]
        h = (len(k) + 1) // 2
        for i in range(h):
            row = []
            for j in (i, i + h):
                if j < len(k):
                    n = k[j]
                    row += [str(j + 1), sid_of(s, n), D(n), "男" if (j * 5 + 2) % 7 else "女"]
                else:
                    row += ["", "", "", ""]
            rows.append(row)
        body = ('<p style="text-align:center;font-size:14pt"><b>%s学生名单</b></p><p>%s　　　2023年9月</p>' % (s["cls"], s["school"]) +
                tbl(rows, pad="1px 4px", bold=(0,)) + '<p>班主任：%s　　　　共%d人</p>' % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    raise SystemExit(r)


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Sixteenth held-out people corpus (testdata/heldout16), the format of testdata/heldout15/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_planted = [D(n) for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))]
    for n in all_teachers + all_planted + ["乌云其其格"]:
        if n in USED_BEFORE:
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    per = [set(D(x) for x in s["students"] + s.get("extra_class", [])) for s in SUBS]
    assert sum(map(len, per)) == len(set().union(*per)), "a planted name stands in two submissions"
    intended = {("马文斌", "马文")}
    for a in all_planted:
        for b in all_teachers:
            if near(a, b) and (a, b) not in intended:
                raise SystemExit("planted %s is near teacher %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        others = [n for n in all_planted if n not in map(D, fixed)] + all_teachers + out
        s["klass"] = draw_class(rng, s["size"], fixed, others, s.get("pos", {}), s["region"])
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        resolve_notes(s, rec)
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec, d)), (11, item11(s, c, items[11]))):
            write(os.path.join(d, nm), tx)
            man.append("%s\t%s\t%s\titem\t%d" % (nm, file_name(s, n), meth, n))
            meths[n] = meth
        srcs, meth = item12(s, c, items[12])
        for nm, tx in srcs:
            write(os.path.join(d, nm), tx)
        man.append("%s\t%s\t%s\titem\t12" % ("+".join(nm for nm, _ in srcs), file_name(s, 12), meth))
        meths[12] = meth
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
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): v for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": "班级人数 | %s" % s["form_count"],
            "class": [D(n) for n in s["klass"]], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": [D(n) for n in rec], "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {D(k): v for k, v in s["notes_resolved"].items()}, "teachers": s["teachers"]}
        if s.get("others_named"):
            sub["others_named"] = s["others_named"]
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
