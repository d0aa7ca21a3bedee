#!/usr/bin/env python3
"""Write the sources of the twenty-second held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Six submissions of three invented schools in 湖州
(Zhejiang), 南通 (Jiangsu) and 蚌埠 (Anhui). Most documents are in the plain
layouts a school office makes; some are in layouts no earlier corpus used.

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 22)] + ["othertools"]

# surnames by region: 湖州 (沈 钱 姚 费 闵 凌 茅 俞 施 严 …), 南通 (顾 季 曹 缪 冒 储 葛 袁 沙 范 …),
# 蚌埠 (魏 桑 鲍 卞 汪 戚 谷 岳 程 …), each with common ones.
SURNAMES = {
    "zj": list("沈钱姚费闵凌茅俞施严潘吴朱徐陆邱章"),
    "js": list("顾季曹缪冒储葛袁沙范陈王陆丁黄瞿仇"),
    "ah": list("魏桑鲍卞汪戚谷岳程王张李刘孙杨朱蒯"),
}
# a new list of given names (none of heldout20's or heldout21's lists)
GIVEN2 = ("溪云 若水 知秋 一鸣 安然 蔚文 启明 清扬 子衿 嘉树 怀瑾 鸿飞 念慈 景行 朝晖 润泽 明哲 书瑶 惠民 "
          "少华 家豪 梦琪 诗涵 婉清 颖超 志远 学文 怡然 振华 楚涵 天佑 晨曦 雅琴 秀英 卫国 红梅 建华 海燕 佳琪 "
          "文博 浩然 雪晴 梓萱 子轩 宇航 欣怡 紫涵 晓彤 思远 鹏飞 浩宇 文静 宏伟 丽萍 永强 凯文 晓峰 国华 "
          "淑贞 美玲 荣华 金宝 玉兰 春燕 桂英 向阳 婉宁 振宇 明轩 雨泽 可欣 思琪 立伟 家乐 子涵 沛文 "
          "佳慧 俊辉 嘉怡 昊天 锦程 瑞阳 泽楷 雅婷 心怡 宇轩 梦瑶 浩轩 思雨 欣然 睿哲 宸熙 一凡 语嫣 晟睿 承泽 "
          "博涛 芮宁 若彤 钰涵 晨阳 嘉懿 煜祺 紫萱 皓轩 昕怡 铭轩 思彤 婧琪 琳琳 博文 鑫磊 佳怡 梓涵 依诺 可馨 "
          "天翊 安琪 浩杰 晓雯 海洋 志强 丽娜 春晓 建军 秋菊 晓梅 文杰 俊豪 梦洁 佳宁 静雯 海涛 雪梅 嘉伟 晓琳 "
          "明辉 振国 玉洁 凯歌 金龙 凤英 红霞 小龙 嘉诚 文龙 宇杰 亚楠 晓庆 春雷 婷婷 伟东 子健 雨欣 佳乐 新宇").split()
GIVEN1 = list("洁磊静勇娜鑫燕斌")


def earlier_strings():
    """Every name-like string of the earlier truth files (class lists included), the
    earlier planted people (the three students, the names items 8/11/12 hold,
    outsiders, teachers, others named, class officers, findings' students), all
    their texts, and the earlier forms."""
    names, texts, planted = set(), [], set()

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
            if re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", x):
                names.add(x)
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "truth.json")
        if not os.path.isfile(p):
            raise SystemExit("missing %s" % p)
        with open(p, encoding="utf-8") as f:
            t = json.load(f)
        walk(t)
        for f in t.get("findings", []) + t.get("optional", []):
            if f.get("student"):
                planted.add(f["student"])
        for v in t.get("submissions", {}).values():
            if not isinstance(v, dict):
                continue
            for key in ("students", "teachers", "others_named"):
                planted.update(x for x in v.get(key) or [] if isinstance(x, str))
            for x in (v.get("items") or {}).values():
                planted.update(x)
            planted.update(v.get("outsiders") or {})
            planted.update(x for x in (v.get("roster_officers") or {}).values() if isinstance(x, str))
    forms = []
    for d in EARLIER:
        for p in glob.glob(os.path.join(HERE, "..", d, "src", "*", "*", "form.*")):
            with open(p, encoding="utf-8", errors="replace") as f:
                forms.append(f.read())
    return names, "\n".join(texts), "\n".join(forms), planted


USED_BEFORE, EARLIER_TEXT, EARLIER_FORMS, EARLIER_PLANTED = earlier_strings()
TAKEN = set()


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def near_used(name):
    """A drawn name must not be one character from a person an earlier corpus planted either."""
    return any(near(name, u) for u in EARLIER_PLANTED if len(u) == len(name))


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, pos, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or name in USED_BEFORE or name in TAKEN or near_used(name) or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    for nm, k in sorted(pos.items(), key=lambda x: x[1]):
        names.remove(nm)
        names.insert(k, nm)
    TAKEN.update(names)
    return names


C = {
 "minsu": dict(major="饭店(酒店)服务", code="0504", course="民宿管家服务", task="莫干山民宿管家入住接待与下午茶服务",
   hours=14, station="民宿管家服务一体化学习工作站",
   situation="德清莫干山一家精品民宿在旺季客人多，管家人手不够。民宿主请酒店班学员按民宿的服务标准，为到店客人办理入住，介绍房间和周边景点，准备一份带本地白茶和点心的下午茶，并在客人离店前收集宾客意见卡。",
   qs=[("引导问题1 民宿管家迎接客人时要做哪些准备？", ["提前确认预订信息，准备好房卡和欢迎茶，在门口迎候并帮助提行李。", "确认预订，准备欢迎茶。", "门口迎接，帮提行李。"]),
       ("引导问题2 下午茶的茶点怎样搭配？", ["白茶配清淡的点心，甜咸搭配，分量适中，摆盘要有本地特色。", "清淡点心配白茶。", "甜咸搭配，摆盘好看。"])],
   hw=[("1. 客人提出房间有异味怎么办？", ["先向客人致歉，马上开窗通风，能换房就换房，并告诉前台跟进。", "致歉并换房。", "开窗通风，报告前台。"]),
       ("2. 宾客意见卡为什么要认真收集？", ["能了解客人真实感受，发现服务中的不足，改进服务。", "了解客人感受。", "改进服务。"])],
   outputs=[("入住接待", "带客人参观房间，介绍竹林步道和早餐时间。"), ("下午茶服务", "安吉白茶配桂花糕和青团。")]),
 "bamboo": dict(major="机电一体化技术", code="0127", course="竹木加工自动化生产线装调", task="竹地板生产线分拣单元安装与PLC联调",
   hours=18, station="机电一体化设备安装调试一体化学习工作站",
   situation="安吉一家竹地板厂的生产线上，分拣单元经常在凌晨三点前后出现卡料，夜班只能停线处理。设备科请机电班学员拆装分拣单元的传送带和气缸，重新接线，修改PLC程序里的分拣条件，与上下游单元联调，记录每一次调试的结果。",
   qs=[("引导问题1 分拣单元由哪些部分组成？", ["传送带、变频器、光电传感器、推料气缸和电磁阀，由PLC控制。", "传送带、传感器、气缸。", "由PLC控制气缸推料。"]),
       ("引导问题2 气缸动作不到位可能是什么原因？", ["气压不够、节流阀开得太小、磁性开关位置不对。", "气压不够。", "磁性开关位置不对。"])],
   hw=[("1. 为什么联调前要先单站调试？", ["先保证每个单元自己动作正常，联调时才好判断问题出在哪里。", "先保证单站正常。", "方便找问题。"]),
       ("2. 变频器的加速时间设得太短会怎样？", ["启动电流大，工件在传送带上打滑或移位。", "工件打滑。", "电流太大。"])],
   outputs=[("分拣单元安装调试记录", "推料气缸动作到位，分拣正确率百分之百。"), ("联调记录", "连续运行两小时无卡料。")]),
 "brake": dict(major="汽车维修", code="0403", course="汽车制动系统检修", task="家用轿车前轮盘式制动片更换与制动液含水量检测",
   hours=16, station="汽车底盘检修一体化学习工作站",
   situation="南通一家汽修连锁门店接到一辆行驶六万公里的家用轿车，车主反映刹车时有尖叫声，仪表的制动警告灯偶尔点亮。门店技术主管请汽修班学员检查前轮制动片的厚度，按维修手册更换制动片，检测制动液含水量，必要时更换制动液并排空气，最后路试。",
   qs=[("引导问题1 怎样判断制动片需要更换？", ["测量摩擦片厚度，低于两毫米或者报警片接触制动盘时就要更换。", "厚度低于两毫米要换。", "听到尖叫声就检查。"]),
       ("引导问题2 更换制动片后为什么要多踩几次制动踏板？", ["让活塞回到工作位置，使制动片贴紧制动盘，否则第一脚踩不住。", "让制动片贴紧制动盘。", "防止第一脚刹不住。"])],
   hw=[("1. 制动液含水量高有什么危害？", ["沸点降低，连续制动时容易产生气阻，使制动失灵。", "沸点降低，产生气阻。", "刹车会失灵。"]),
       ("2. 排空气时两个人怎样配合？", ["一人在车内踩住踏板，一人拧松放气螺钉，放完拧紧再松踏板，反复到无气泡。", "一人踩一人放。", "反复到没有气泡。"])],
   outputs=[("前轮制动片更换记录", "左前制动片剩余一点五毫米，已更换。"), ("制动液检测记录", "含水量百分之三，已更换DOT4制动液。")]),
 "indigo": dict(major="计算机动画制作", code="0306", course="二维动画短片制作", task="南通蓝印花布非遗宣传二维动画短片制作",
   hours=20, station="动画设计制作一体化学习工作站",
   situation="南通一家蓝印花布博物馆想在公众号和展厅屏幕上播放一部一分钟左右的二维动画短片，介绍蓝印花布的刻版、刮浆、染色和晾晒。馆方请动画班学员编写剧本，设计角色和场景，绘制分镜，完成动画制作和配音配乐，交付成片。",
   qs=[("引导问题1 蓝印花布的制作有哪几道主要工序？", ["画样、刻版、刮浆、染色、晾干和刮灰。", "刻版、刮浆、染色。", "染色后晾干刮灰。"]),
       ("引导问题2 一分钟的短片大约需要多少个镜头？", ["一般十五到二十五个镜头，每个镜头三秒左右。", "十五到二十五个。", "二十个左右。"])],
   hw=[("1. 二维动画中的关键帧是什么？", ["决定动作起止和转折的画面，中间画由关键帧之间补出来。", "动作转折的画面。", "动作开始和结束的画面。"]),
       ("2. 宣传片的配色为什么以蓝白为主？", ["蓝白是蓝印花布的特色，能让观众一眼认出主题。", "突出蓝印花布特色。", "和主题一致。"])],
   outputs=[("短片《一方蓝》", "时长六十二秒，共二十个镜头。"), ("角色与场景设定", "染坊师傅和小学徒两个角色。")]),
 "fish": dict(major="烹饪(中式烹调)", code="0501", course="皖北风味菜制作", task="淮河红烧鮰鱼与蚌埠烧饼制作",
   hours=14, station="中式烹调一体化学习工作站",
   situation="蚌埠一家淮河边的老字号饭店要推出一套淮河风味套餐，主菜是红烧鮰鱼，配蚌埠烧饼。厨师长请烹饪班学员按店里的标准完成鮰鱼的初加工、红烧和装盘，和面制作烧饼并烤制，出品前由厨师长验收口味和色泽。",
   qs=[("引导问题1 鮰鱼初加工时要注意什么？", ["鮰鱼没有鳞，要用热水烫去表面黏液，去鳃去内脏，洗净血水。", "烫去黏液，去内脏。", "洗净血水。"]),
       ("引导问题2 红烧鮰鱼怎样收汁？", ["小火焖熟后转大火，边晃锅边淋汤汁，收到汤汁浓稠发亮。", "大火收汁，晃锅淋汁。", "收到汤汁发亮。"])],
   hw=[("1. 烧饼起酥的关键是什么？", ["油酥要调得软硬合适，擀制时层次均匀，不能破酥。", "油酥软硬合适。", "不能破酥。"]),
       ("2. 鱼类菜肴为什么要现做现卖？", ["放久了鱼肉发腥变老，口感和色泽都会变差。", "放久了会腥。", "口感变差。"])],
   outputs=[("红烧鮰鱼实训报告", "成菜色泽红亮，鱼肉完整不碎。"), ("蚌埠烧饼实训报告", "烧饼层次分明，外酥里软。")]),
 "charger": dict(major="新能源汽车检测与维修", code="0435", course="电动汽车交流充电故障检修", task="交流充电桩无法充电故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="蚌埠一家新能源汽车服务站接到车主报修：小区里的交流充电桩插枪后不能充电，仪表显示充电连接异常。谷雨前后雨水多，服务站怀疑充电口受潮。站长请新能班学员按高压作业规范做好防护，检查充电枪、充电口和车载充电机，用诊断仪读取故障码，排除故障后试充电。",
   qs=[("引导问题1 交流充电时车辆怎样确认充电枪已连接？", ["通过充电口的CC信号检测电阻值，确认充电枪插好。", "检测CC电阻。", "看CC信号。"]),
       ("引导问题2 检修高压部件前要做哪些防护？", ["穿戴绝缘手套和护目镜，断开维修开关，等待五分钟后验电。", "戴绝缘手套，断维修开关。", "断电后验电。"])],
   hw=[("1. CP信号的作用是什么？", ["充电桩和车辆用CP信号互相确认状态，控制充电的开始和停止。", "确认状态，控制充电。", "控制开始和停止。"]),
       ("2. 充电口受潮会出现什么现象？", ["绝缘电阻下降，车辆检测到绝缘故障，拒绝充电。", "绝缘下降，不能充电。", "报绝缘故障。"])],
   outputs=[("充电故障维修工单", "更换受潮的充电口总成后充电正常。"), ("充电口绝缘检测记录", "绝缘电阻大于五百兆欧。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="湖州市苕溪技工学校", pack="dir", region="zj", course="minsu", cls="酒店2401班", size=40, seed=11,
         sidp="24050401", students=["沈知秋", "姚一鸣", "费嘉树"], outsiders={"费嘉树": "酒店2402班"}, out_sidp="24050402",
         out_no=("17",), extra_class=["闵清扬"], pos={"闵清扬": 22}, bad={"闵清扬": "over"},
         others_named=["卓文澜", "祁振邦", "詹慧琳"], teachers=["钱丽芳", "吴振宇"], form_count="40人",
         f8="tbl_head", f10="xuexitong", f11="comment_cards", f12="photo_lines",
         findings=[("students.not_in_class", 8, True, "费嘉树"), ("records.invalid_score", 10, False, "闵清扬")],
         comment="费嘉树 of the parallel class 酒店2402班 (his class and 学号 on his pages) is the third student of 8/11/12; "
                 "item 10 (40 = `40人`, a 超星学习通 grade export printed, TYPED) has no record of him: students.not_in_class. "
                 "In the same export 闵清扬 (row 23) has 48 under `任务实施(40分)`, 综合成绩 the sum: records.invalid_score. "
                 "Item 11: guest comment cards, each with the guest's name (卓文澜, 祁振邦, 詹慧琳; not students) and the "
                 "student as 服务管家. No roster"),
    dict(school="湖州市苕溪技工学校", pack="dir", region="zj", course="bamboo", cls="机电2302班", size=40, seed=12,
         sidp="23012702", students=["凌晨", "潘若水", "俞向阳"], teachers=["施秋萍", "严国良"], others_named=["茅国富"],
         mates=True, form_count="40人", roster="xlsx_plain", headteacher="朱月华",
         f8="line_group", f10="excel_typed", f11="commission_typed", f12="scan_sungti", findings=[],
         comment="clean. 2-char 凌晨 (one of the three) is also the word 凌晨, which stands in the situation text of every "
                 "worksheet (`凌晨三点前后`). Each worksheet names two classmates as 组员 (in class, with records) and the "
                 "company mentor 茅国富 as 企业师傅; item 11's commissioning records name him as 复核人. Form `40人`, item 10 "
                 "40 rows, roster 40 (xlsx)"),
    dict(school="南通市濠河高级技工学校", pack="gbkzip", region="js", course="brake", cls="汽修2302班", size=38, seed=21,
         sidp="23040302", students=["顾润泽", "季景行", "曹朝晖"], extra_class=["缪念慈"], absent_from_10=["缪念慈"],
         teachers=["储建新", "葛红霞"], form_count="38人", roster="dingtalk", headteacher="范秋云",
         f8="tbl_head", f10="reg_scan", f11="repair_typed", f12="wenkai_color",
         findings=[("records.missing_student", 10, False, "缪念慈"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 钉钉 address-book export printed: 38 students and the head teacher 范秋云 as 班主任) and the "
                 "form (`38人`) list 缪念慈; item 10 (SCANNED 200 dpi gray with a feeder-glass streak) has 37 rows and none "
                 "for her: records.missing_student, records.count_mismatch"),
    dict(school="南通市濠河高级技工学校", pack="gbkzip", region="js", course="indigo", cls="动画2401班", size=36, seed=22,
         sidp="24030601", students=["袁婉清", "冒子衿", "丁明哲"], items={11: ["袁婉清", "冒子衿", "葛蔚文"]},
         extra_class=["葛蔚文", "陆天佑"], pos={"陆天佑": 18}, bad={"陆天佑": "sum"},
         teachers=["宋立群", "季春兰"], form_count="36人",
         f8="tbl_group", f10="reg_photo", f11="credits", f12="ukai_gray",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "陆天佑")],
         comment="item 11 (TYPED: each work a still of its end credits, `导演/原画/动画：<name>`) holds the works of 袁婉清, "
                 "冒子衿 and classmate 葛蔚文 (with an item-10 record) instead of 丁明哲's (items 8 and 12 hold the three): "
                 "students.mismatch. Item 10 (a printed register PHOTOGRAPHED with a phone, glare): 陆天佑 (row 19) has a "
                 "总分 6 above the sum of his four scores: records.invalid_score. Form `36人` = 36 rows. No roster"),
    dict(school="蚌埠市淮河技师学院", pack="zip", region="ah", course="fish", cls="烹饪2303班", size=41, form_size=42, seed=31,
         sidp="23050103", students=["魏家豪", "桑婉宁", "鲍沛文"], items={12: ["魏家豪", "桑婉宁"]},
         teachers=["卞国强", "岳丽华"], form_count="42人",
         f8="tbl_head", f10="excel_typed", f11="report_typed", f12="photo_lines",
         findings=[("students.count", 12, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (PHONE PHOTOS of drawn homework) holds the homework of only 魏家豪 and 桑婉宁 (鲍沛文's is "
                 "missing; items 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 "
                 "(TYPED from Excel) lists 41 students; the form says `42人`: records.count_mismatch. No roster"),
    dict(school="蚌埠市淮河技师学院", pack="zip", region="ah", course="charger", cls="新能2401班", size=39, seed=32,
         sidp="24043501", students=["汪思远", "戚晓彤", "谷雨"], teachers=["鲍德明", "朱秀云"],
         others_named=["孟宪友", "韦丽清", "蒯志成"], form_count="39人",
         f8="side_panel", f10="reg_scan2", f11="workorder_typed", f12="exercise_book", findings=[],
         comment="clean. 2-char 谷雨 (one of the three) is also the solar term 谷雨, which stands in the situation text of "
                 "every worksheet (`谷雨前后雨水多`). The car owners 孟宪友, 韦丽清, 蒯志成 (not students) as 车主 on the "
                 "work orders of item 11. Form `39人`, item 10 39 rows (scanned 250 dpi gray, a faded toner band). No "
                 "roster"),
]

PROVINCE = {1: "浙江省湖州市", 2: "江苏省南通市", 3: "安徽省蚌埠市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n, scanned=False):
    g = grp(s)
    if g == 1:   # 湖州: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 南通: "材料08-工作页.pdf"
        return "材料%02d-%s.pdf" % (n, NAMES[n])
    return "%d、%s.pdf" % (n, NAMES[n])   # 蚌埠: "8、工作页.pdf"


def form_name(s, c):
    return {1: ("附件2-工学一体化优质课堂项目申报书（%s）.docx" % c["major"], "docx"),
            2: ("%s优质课堂申报书.pdf" % s["school"], "pdf"),
            3: ("申报书.docx", "docx")}[grp(s)]


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "".join(s["out_no"])
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
LAND = "size:29.7cm 21cm;margin:1.0cm 1.2cm"


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


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8分", "√ 要点全", "√ 9分", "√ 清楚", "√ 10分", "√ 可以"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    info = tbl([["专业名称", c["major"], "专业代码", c["code"]],
                ["课程名称", c["course"], "学　　时", "%d学时" % c["hours"]],
                ["学习任务", (c["task"], ' colspan="3"')],
                ["授课班级", s["cls"], "班级人数", s["form_count"]],
                ["课堂负责人", t[0], "授课地点", c["station"]]], width="96%", pad="4px 5px")
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>本课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织：学生接受任务后查阅资料、分组讨论，制定工作计划，经教师审核后做出决策并实施；实施中教师巡回指导，控制质量与安全；完成后学生展示成果，开展自评和互评，教师与企业人员点评。</p>
<h3>五、课堂特色与成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生按企业标准完成任务，专业能力和职业素养都有明显提高。</p>
<h3>六、真实性承诺</h3><p>本单位承诺所报材料真实、原创，无知识产权争议。</p>""".format(
        school=s["school"], d=5 + s["seed"] % 17, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font="Noto Sans CJK SC" if g != 2 else "Noto Serif CJK SC")


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质与任务\n本课程是{major}专业的一体化核心课程，按国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务设计\n本学期实施学习任务“{task}”，计{hours}学时。\n三、考核与评价\n采用过程性评价和终结性评价相结合的方式。",
    2: "{school}\n学习任务分析\n任务名称：{task}\n一、工作情境\n{situation}\n二、工作过程\n明确任务、制定计划、组织实施、质量检查、评价反馈。",
    3: "{school}\n{task}\n教学活动策划\n活动一　明确任务、获取信息\n活动二　制定计划、做出决策\n活动三　实施计划、过程控制\n活动四　检查验收、评价反馈",
    4: "{school}\n{course}　教学进度计划\n合计{hours}学时\n第一周　明确任务、获取信息\n第二周　制定计划并审核\n第三周　分组实施\n第四周　检查验收与评价",
    5: "{school}\n{task}　教学活动方案\n第1学时　情境导入，明确任务要求\n第2—3学时　引导问题学习\n其余学时　分组实施，教师巡回指导，展示评价",
    6: "{school}\n学习任务资源清单\n学习工作页、企业作业规范、操作视频、{station}设备与材料清单。",
    7: "{school}\n{station}图文说明\n工作站设资讯区、计划区、实施区、展示评价区四个区域。",
    9: "{school}\n{task}\n学习任务考核方案\n考核分过程考核和结果考核两部分，成绩由任课教师登记在学习任务考核记录中。",
}


# ------------------------------------------------------------------ item 8

def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【学习情境】</b>%s</p>" % c["situation"]
    page = None
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　　评阅教师：%s</p>' % (RED, ["认真", "完成较好", "要点清楚", "良好"][i % 4], t[0])
        if f == "tbl_head":   # the plain head table of a worksheet: 姓名 | 班级 | 学号 / 日期 | 指导教师 | 成绩
            head = tbl([["姓　名", hand(n, True), "班　级", hand(cl, True), "学　号", hand(sid, True)],
                        ["日　期", hand(day(s, i).replace("2024年", ""), True), "指导教师", t[i % 2], "成　绩", ""]], pad="3px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "tbl_group":   # the head table with 组别 and 学号
            head = tbl([["班　级", hand(cl, True), "姓　名", hand(n, True), "学　号", hand(sid, True)],
                        ["组　别", hand("第%d组" % (2 + i), True), "角　色", hand(["导演", "原画", "动画"][i % 3], True), "日　期", hand(day(s, i).replace("2024年", ""), True)]],
                       pad="3px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "line_group":   # a line of fields with underlines, filled in by hand, then the group members and the mentor
            u = '<span style="text-decoration:underline">　%s　</span>'
            mates = s["mates"][n]
            body = (title + '<p>班级：%s　　姓名：%s　　学号：%s</p>' % (u % hand(cl, True), u % hand(n, True), u % hand(sid, True)) +
                    '<p>组员：%s　　　企业师傅：茅国富　　　指导教师：%s</p>' % (u % hand("、".join(mates), True), t[0]) +
                    sit + answers(c, rng, i) + comment)
        elif f == "side_panel":   # landscape: the questions on the left, a 学员信息 panel down the right edge
            qa = answers(c, rng, i)
            rows = ["<b>学员信息</b>", "姓　名", hand(n), "班　级", hand(cl, True), "学　号", hand(sid, True), "工　位",
                    hand("%d号工位" % (3 + i), True), "指导教师", t[0], "成　绩", "&nbsp;"]
            cellr = '<td width="22%%" align="center" style="border:0.75pt solid #000;padding:4px 4px"%s>%s</td>'
            trs = ['<tr><td width="78%%" rowspan="%d" valign="top" style="padding-right:12px">%s%s%s%s</td>%s</tr>'
                   % (len(rows), title, sit, qa, comment, cellr % (' bgcolor="#e6e6e6"', rows[0]))]
            trs += ["<tr>%s</tr>" % (cellr % ("", x)) for x in rows[1:]]
            body = '<table width="100%%" style="border-collapse:collapse">%s</table>' % "".join(trs)
            page = True
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {("tbl_head", 1): "x-scanpdf:200:skew1", ("tbl_head", 2): "x-scanpdf:250:border", ("tbl_head", 3): "x-scanpdf:200:q50",
            ("tbl_group", 2): "x-scanpdf:200:color", ("line_group", 1): "x-scanpdf:300:holes",
            ("side_panel", 3): "x-scanpdf:200"}[(f, grp(s))]
    if page:
        return "08.html", html(PB.join(pages), "9.5pt", compact=True, page="size:29.7cm 21cm;margin:0.8cm 1.2cm"), meth
    return "08.html", html(PB.join(pages), "10.5pt"), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.97):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


PARTS = {
    "minsu": [("任务实施", 40), ("服务礼仪", 20), ("下午茶服务", 30), ("签到", 10)],
    "bamboo": [("安装接线", 30), ("气动调试", 20), ("PLC编程", 30), ("联调运行", 10), ("6S管理", 10)],
    "brake": [("安全防护", 10), ("制动片检测", 20), ("制动片更换", 30), ("制动液检测", 20), ("路试与交车", 20)],
    "indigo": [("剧本分镜", 25), ("角色场景", 25), ("动画制作", 35), ("配音配乐", 15)],
    "fish": [("初加工", 20), ("红烧鮰鱼", 35), ("烧饼制作", 30), ("卫生安全", 15)],
    "charger": [("高压防护", 20), ("故障检测", 30), ("故障排除", 30), ("工单填写", 20)],
}


def scores(s, rec, rng):
    parts = PARTS[s["course"]]
    bad = s.get("bad", {})
    out = []
    for n in rec:
        v = part_scores(rng, parts)
        if bad.get(n) == "over":
            v[0] = parts[0][1] + 8
        tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
        out.append((n, v, tot))
    return parts, out


def head10(s, c, title):
    return ('<p style="text-align:center;font-size:13pt"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    parts, data = scores(s, rec, rng)
    pad = "1px 3px"
    sign = "<p>任课教师（签字）：%s　　　教研组长：%s　　　日期：%s</p>" % (t[0], t[-1], day(s, 12))
    hdr = ["序号", "学号", "姓名"] + ["%s<br/>(%d分)" % p for p in parts] + ["总分<br/>(100分)"]
    if f in ("reg_scan", "reg_scan2", "excel_typed", "reg_photo"):   # a plain register, 满分 in the headers
        rows = [hdr + (["备注"] if f == "reg_scan" else ["等级"] if f == "reg_scan2" else [])]
        for k, (n, v, tot) in enumerate(data):
            extra = [""] if f == "reg_scan" else ["优秀" if tot >= 90 else "良好" if tot >= 80 else "合格"] if f == "reg_scan2" else []
            rows.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)] + extra)
        ttl = {"reg_scan": "学习任务考核成绩登记表", "reg_scan2": "学习任务考核记录表", "excel_typed": "学习任务考核成绩表",
               "reg_photo": "学习任务考核记录"}[f]
        body = head10(s, c, ttl) + tbl(rows, pad=pad, bold=(0,)) + sign
        meth = {"reg_scan": "x-scanpdf:200:stripe", "reg_scan2": "x-scanpdf:250:fade", "excel_typed": "pdf",
                "reg_photo": "x-scanpdf:200:photo:glare"}[f]
        font = "Noto Sans CJK SC" if f in ("excel_typed", "reg_photo") else "Noto Serif CJK SC"
        r = ("10.html", html(body, "9pt", font=font, compact=True, page="margin:0.9cm 1.3cm"), meth)
        if f == "reg_photo":
            return r + ({"pages": 1, "items": []},)
        return r
    if f == "xuexitong":   # a 超星学习通 course grade export, printed from the browser (landscape)
        heads = ["序号", "学号/工号", "姓名", "院系", "专业", "班级"] + ["%s(%d分)" % p for p in parts] + ["综合成绩(100分)"]
        cell = ' style="border-bottom:0.5pt solid #d9d9d9;padding:1px 4px"'
        out = ['<tr>%s</tr>' % "".join('<td align="center" bgcolor="#f2f5fa" style="border-bottom:0.75pt solid #9aa9c2;padding:2px 4px"><b>%s</b></td>' % x for x in heads)]
        for k, (n, v, tot) in enumerate(data):
            vals = [str(k + 1), sid_of(s, n), n, "旅游服务系", c["major"], s["cls"]] + [str(x) for x in v] + [str(tot)]
            out.append('<tr>%s</tr>' % "".join('<td align="center"%s>%s</td>' % (cell, x) for x in vals))
        top = ('<p style="font-size:7.5pt;color:#666666">%s 14:%02d　　　　　　　　　　　　　　　　成绩管理 - 学习通</p>'
               % (day(s, 13).replace("年", "/").replace("月", "/").replace("日", ""), 10 + s["seed"] % 40) +
               '<p style="font-size:12pt"><b>超星学习通</b>　<span style="font-size:9pt;color:#555555">课程：%s　|　%s　|　2024-2025学年第一学期</span></p>'
               % (c["course"], s["cls"]) +
               '<p style="font-size:8.5pt;color:#555555">成绩管理 &gt; 课程综合成绩　　学习任务：%s　　授课教师：%s　　学生人数：%d</p>'
               % (c["task"], t[0], len(data)) +
               '<p style="font-size:8pt;color:#888888">权重设置：%s　（各项得分已按满分折算）</p>' % "　".join("%s %d%%" % p for p in parts))
        foot = '<p style="font-size:7.5pt;color:#666666">https://mooc1.chaoxing.com/moocAnalysis/statistics-score?courseid=2304%s　　1/1</p>' % s["sidp"][-4:]
        body = top + '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out) + foot
        return "10.html", html(body, "8pt", font="Noto Sans CJK SC", compact=True, page="size:29.7cm 21cm;margin:0.8cm 1.0cm"), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    parts = ['<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p>'
             '<p style="text-align:center">指导教师：%s</p>' % (c["task"], s["school"], s["cls"], "、".join(t))]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "credits":   # each work shown by a still of its end credits
            for j, (title, desc) in enumerate(c["outputs"]):
                role = "导演/原画/动画" if j == 0 else "角色设计/场景设计"
                still = ('<table width="92%%" align="center" style="border-collapse:collapse"><tr><td height="260" bgcolor="#0d1b3e" align="center" valign="middle" style="padding:10px">'
                         '<p style="color:#dfe7f5;font-size:15pt">%s</p><p style="color:#ffffff;font-size:12pt">%s：%s</p>'
                         '<p style="color:#ffffff;font-size:11pt">指导教师：%s</p><p style="color:#b9c7e4;font-size:10pt">%s　%s　出品</p>'
                         '<p style="color:#b9c7e4;font-size:9pt">特别鸣谢：南通蓝印花布博物馆</p></td></tr></table>'
                         % (title, role, n, t[j % 2], s["school"], cl))
                parts.append('<h3>作品%s　%s</h3>%s<p style="text-align:center;font-size:9pt">片尾字幕截图（00:%02d）</p><p>作品说明：%s</p>'
                             % ("一二"[j], title, still, 55 + i, desc))
            continue
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "comment_cards":   # guest comment cards: the guest's name and the student as 服务管家
                g = s["others_named"][i]
                parts.append('<h3>成果%s　%s</h3><p>完成学员：%s（%s）</p>' % ("一二"[j], title, n, cl) +
                             '<p style="text-align:center"><b>竹影山居民宿　宾客意见卡　GUEST COMMENT CARD</b></p>' +
                             tbl([["宾客姓名", hand(g, True), "房　号", "%d0%d" % (2 + j, 1 + i)],
                                  ["入住日期", day(s, 30 + i).replace("2024年", ""), "服务管家", n],
                                  ["服务项目", (title, ' colspan="3"')],
                                  ["满意程度", ("☑ 非常满意　□ 满意　□ 一般　□ 不满意", ' colspan="3"')],
                                  ["宾客留言", (hand(["管家很细心，茶点好吃。", "讲解周边景点很清楚，下次还来。", "服务热情，房间很干净。"][(i + j) % 3], True), ' colspan="3"')]],
                                 width="90%", pad="5px 6px") +
                             '<p>服务记录：%s</p>' % desc)
            elif f == "commission_typed":   # a commissioning record: 调试人 and 复核人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["设备名称", "竹地板分拣单元", "编　号", "FJ-0%d" % (i + 1)],
                                  ["调试人", n, "班　级", cl],
                                  ["复核人", ["茅国富", t[1]][j], "日　期", day(s, 30 + i)],
                                  [("调试内容及结果：%s" % desc, ' colspan="4" align="left"')]], width="94%", pad="5px 5px") +
                             tbl([["序号", "调试项目", "结果"], ["1", "传送带启停与变频调速", "正常"], ["2", "推料气缸动作", "到位"],
                                  ["3", "PLC分拣程序", "正确"]], width="94%"))
            elif f == "repair_typed":   # a maintenance inspection report: 检测人 and 检验员
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车　型", "家用轿车（实训车%d号）" % (i + 1), "行驶里程", "6%d213 km" % (i + 1)],
                                  ["检测人", n, "班　级", cl],
                                  ["检验员", t[j % 2], "日　期", day(s, 30 + i)]], width="94%", pad="4px 5px") +
                             tbl([["序号", "检测项目", "标准", "实测", "结论"],
                                  ["1", "左前制动片厚度", "≥2.0 mm", "1.5 mm", "更换"], ["2", "右前制动片厚度", "≥2.0 mm", "1.8 mm", "更换"],
                                  ["3", "制动液含水量", "≤2%", "3%", "更换"]], width="94%") +
                             "<p>结论：%s</p>" % desc)
            elif f == "report_typed":   # a plain 实训报告 with its head table
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["姓　名", n, "班　级", cl, "学　号", sid], ["指导教师", t[j % 2], "实训地点", c["station"], "日　期", day(s, 30 + i)]]) +
                             '<p><b>一、实训目的</b>　掌握%s的操作要点和出品标准。</p><p><b>二、实训过程</b>　%s</p>'
                             '<p><b>三、实训体会</b>　火候和调味都要按标准做，出品才稳定。</p>' % (c["task"], desc))
            elif f == "workorder_typed":   # a service station work order: 车主 and 维修学员
                o = s["others_named"][i]
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["工单号", "WX2410%02d" % (i * 2 + j + 1), "日　期", day(s, 30 + i)],
                                  ["车　主", o, "车　型", "纯电动轿车"],
                                  ["维修学员", n, "班　级", cl],
                                  ["指导教师", t[j % 2], "工　位", "%d号工位" % (3 + i)],
                                  [("故障现象：交流桩插枪后不能充电，仪表显示充电连接异常。", ' colspan="4" align="left"')],
                                  [("处理结果：%s" % desc, ' colspan="4" align="left"')]], width="94%", pad="5px 5px"))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts)), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "exercise_book":   # an exercise book: the cover with a hand-filled label, then the inner lined page
        pages = []
        for i, n in enumerate(names):
            label = tbl([["学　校", s["school"]], ["班　级", hand(cls_of(s, n))], ["姓　名", hand(n, size="18pt")],
                         ["学　号", hand(sid_of(s, n))], ["科　目", hand(c["course"])]], width="75%", pad="8px 10px")
            pages.append('<p style="height:3cm">&nbsp;</p><h1 style="text-align:center;letter-spacing:12pt">作业本</h1>'
                         '<p style="height:2cm">&nbsp;</p><center>%s</center>' % label)
            ln = '<tr><td height="34" valign="bottom" style="border-bottom:0.75pt solid #8fb3d9;padding:0 4px">%s</td></tr>'
            lines = [ln % hand("第%d次作业　%s" % (3 + i, day(s, 20 + i).replace("2024年", "")), True)]
            for qi, (q, a) in enumerate(c["hw"]):
                lines.append(ln % hand(q, True))
                lines.append(ln % ('%s　<span %s>%s</span>' % (hand("答：" + a[(i + qi + 1) % 3], True), RED, mark(rng))))
            lines += [ln % "&nbsp;"] * 10
            lines.append(ln % ('<span %s>阅 %s</span>' % (RED, day(s, 21 + i).replace("2024年", ""))))
            pages.append('<table width="100%%" style="border-collapse:collapse">%s</table>' % "".join(lines))
        write(os.path.join(d, "12.html.ovl.json"), json.dumps({"pages": 2 * len(names), "items": []}))
        return "12.html", html(PB.join(pages), "11pt", compact=True, page="margin:1.5cm 1.8cm"), "x-scanpdf:200:photo:glare", True
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        if f == "photo_lines":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "scan_sungti":
            head = ["课后作业　%s" % c["task"], "班级：%s　　学号：%s" % (cl, sid), "> 姓名：%s" % n]
        elif f == "wenkai_color":
            head = ["%s　课后练习" % c["course"], "姓名：%s　班级：%s　%s" % (n, cl, day(s, 20 + i))]
        elif f == "ukai_gray":
            head = ["课后作业（%s）" % c["course"], "姓名：%s　学号：%s　班级：%s" % (n, sid, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + ["! 阅 %s　%s" % (t[0], day(s, 21 + i))]
    meth = {("photo_lines", 1): "x-photo:200:2:glare", ("photo_lines", 3): "x-photo:200:1", ("scan_sungti", 1): "x-scan:250:2",
            ("wenkai_color", 2): "x-scan:200:4:color", ("ukai_gray", 2): "x-scan:200:3"}[(f, grp(s))]
    return "12.txt", "\n".join(lines) + "\n", meth, True


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rng = random.Random(s["seed"] * 99)
    if r == "xlsx_plain":   # a plain 花名册: 序号,学号,姓名,性别,宿舍
        rows = ["序号,学号,姓名,性别,宿舍"]
        for j, n in enumerate(k):
            rows.append("%d,%s,%s,%s,%s" % (j + 1, sid_of(s, n), n, rng.choice("男男男女"), "%d号楼%d" % (5 + j // 24, 301 + (j // 6) % 5)))
        write(os.path.join(d, "roster.csv"), "\n".join(rows) + "\n")
        man.append("roster.csv\t%s花名册.xlsx\txlsx\troster\t0" % s["cls"])
        return
    if r == "dingtalk":   # a 钉钉 address-book export of the class's department, printed: the head teacher first
        order = list(range(len(k)))
        rng.shuffle(order)
        hdr = ["姓名", "工号", "部门", "职位", "手机号", "激活状态", "加入时间"]
        rows = [hdr, [s["headteacher"], "T0%d7" % s["seed"], s["cls"], "班主任", "139****%04d" % rng.randint(0, 9999), "已激活", "2023-08-28"]]
        for j, idx in enumerate(order):
            n = k[idx]
            rows.append([n, sid_of(s, n), s["cls"], "学生", "1%d%d****%04d" % (rng.choice([3, 5, 8]), rng.randint(0, 9), rng.randint(0, 9999)),
                         "已激活" if j % 11 else "未激活", "2023-09-%02d" % (1 + j // 12)])
        body = ('<p style="font-size:12pt"><b>钉钉　通讯录导出</b></p><p style="font-size:8pt;color:#666666">组织：%s　　部门：%s　　'
                '部门人数：%d　　导出人：%s　　导出时间：2024-09-06 10:15</p>' % (s["school"], s["cls"], len(k) + 1, s["headteacher"]) +
                tbl(rows, pad="1px 3px", bold=(0,)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.4cm"))
        man.append("roster.html\t%s通讯录（钉钉导出）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Twenty-second held-out people corpus (testdata/heldout22), the format of testdata/heldout20/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    for n in all_teachers + all_planted + all_others:
        if n in USED_BEFORE:
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
        rng = random.Random(s["seed"] * 7919 + 20)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s.get("pos", {}), s["region"])
        if s.get("mates"):   # two classmates named as 组员 on each worksheet (in class, with records)
            free = [n for n in s["klass"] if n not in all_planted]
            s["mates"] = {n: [free[3 + 5 * i], free[4 + 5 * i]] for i, n in enumerate(s["students"])}
            s["comment"] += " (组员: %s)" % "; ".join("%s: %s" % (n, "、".join(m)) for n, m in s["mates"].items())
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
        r10 = item10(s, c, rec)
        if len(r10) == 4:
            write(os.path.join(d, "10.html.ovl.json"), json.dumps(r10[3]))
        r12 = item12(s, c, items[12], d)
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, r10[:3]), (11, item11(s, c, items[11])), (12, r12[:3])):
            write(os.path.join(d, nm), tx)
            man.append("%s\t%s\t%s\titem\t%d" % (nm, file_name(s, n, meth.startswith("x-")), meth, n))
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
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": "班级人数 | %s" % s["form_count"],
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
