#!/usr/bin/env python3
"""Write the sources of the seventy-ninth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 珠海
(Guangdong, 斗门区), 焦作 (Henan) and 克拉玛依 (Xinjiang).

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
# the truth files read for names, tasks and courses to avoid (heldout80, written at the same time, is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 79)] + ["othertools"]

# surnames by region, weighted by repetition: 珠海/斗门 (陈 黄 梁 李 林 赵 of the 斗门 赵 clans, 邝 容 卢 钟 谭 冯 何),
# 焦作 (王 李 张 刘 杨 赵 郭 秦 薛 原 申 贾 宋 马 司马 rarely), 克拉玛依 (a city of oil workers from everywhere:
# 王 李 张 刘 陈 杨 赵 周 孙 高 and Kazakh and Uyghur names below)
SURNAMES = {
    "zh": list("陈陈陈陈黄黄黄梁梁李李林林赵赵吴何何邝容卢钟谭冯郑罗杨张刘周"),
    "jz": list("王王王王李李李张张张刘刘杨杨赵赵郭郭秦秦薛原申贾宋马孙牛卫程"),
    "km": list("王王王李李李张张刘刘陈陈杨杨赵周孙高马徐何胡"),
}
KZ_GIVEN = ("叶尔兰 阿依达娜 努尔兰 别克扎提 哈依拉提 阿尔达克 加娜尔 巴合提 叶尔江 萨吾丽 阿斯哈尔 "
            "努尔波拉提 古再丽 阿孜古丽 热娜 阿依夏 多斯江 玛地娜 卡米拉 吾兰").split()
KZ_FATHER = ("加肯 吐尔逊 努尔别克 马合沙提 哈力木 阿不力孜 叶尔肯 艾山 塔力甫 胡安 木拉提 库肯 阿合买提").split()
# given names: a new list, of the sea, the oil field and the 太行 hills
GIVEN2 = ("海澄 沙洲 蚝田 渔歌 港帆 浪舟 湾宁 澳蓝 潮生 礁石 榕荫 木棉 荔香 蕉林 荷塘 "
          "太行 沁源 怀安 覃安 山阳 竹林 峡谷 嵩岳 黛峰 岳川 丹河 月山 "
          "油泉 戈壁 胡杨 红柳 驼铃 天马 北疆 沙湾 瀚宇 准噶 雪莲 白杨 "
          "嘉树 恒远 铭川 立言 思齐 致远 知行 明德 守正 弘毅 景行 敬一 若谷 怀瑾 承泽 淑仪 婉清 佩兰 素心 静姝 宛如").split()
GIVEN1 = list("澄钧堃岱沁榕")
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



def kazakh(rng):
    return rng.choice(KZ_GIVEN) + "·" + rng.choice(KZ_FATHER)


def draw_one(rng, region):
    if region == "km" and rng.random() < 0.18:
        return kazakh(rng)
    sur = rng.choice(SURNAMES[region])
    if region == "jz" and rng.random() < 0.02:
        sur = "司马"
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return sur + g
def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    given_seen = {n.split("·")[0] for n in names if "·" in n}
    while len(names) < n:
        name = draw_one(rng, region)
        if "·" in name and name.split("·")[0] in given_seen:
            continue   # no two Uyghur students of one class share a given name
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
        if "·" in name:
            given_seen.add(name.split("·")[0])
    rng.shuffle(names)
    TAKEN.update(names)
    return names




C = {
 "dimsum": dict(major="烹饪(中式烹调)", code="0501", course="粤式点心制作", task="海岛茶楼早茶虾饺与叉烧包出品",
   hours=16, station="中式面点一体化学习工作站",
   situation="珠海一家海岛风味茶楼周末早茶客人多，点心部急需补充人手。点心部主管请烹饪班学员按茶楼的出品标准制作水晶虾饺和蚝油叉烧包，完成和面、调馅、包制和蒸制，按点心单出品上桌，收集茶客的意见，并做成本核算。",
   qs=[("问题1 虾饺皮为什么要用澄面加生粉，并用开水烫面？", ["澄面烫熟后透明有韧性，加生粉增加弹性，开水烫面皮才晶莹不破。", "烫面后皮透明有韧性。", "加生粉更有弹性。"]),
       ("问题2 叉烧包为什么蒸好后要“开口笑”？", ["面种发酵充分、加了臭粉和泡打粉，大火蒸时顶部自然裂开，露出叉烧馅。", "发酵充分，大火蒸。", "顶部裂开露馅。"])],
   hw=[("1. 虾饺为什么要捏十二褶以上？", ["褶多说明皮薄手巧，褶纹均匀，饺子形似弯梳，也是茶楼的出品标准。", "皮薄手巧，形似弯梳。", "出品标准要求。"]),
       ("2. 早茶高峰时怎样保证点心出品速度？", ["提前备好馅料和剂子，按点心单分批上笼，先出点得多的品种。", "提前备料，分批上笼。", "先出点得多的。"])],
   outputs=[("水晶虾饺出品记录", "每笼四只，每只十二褶。"), ("蚝油叉烧包出品记录", "开口均匀，馅心居中。"), ("点心成本核算单", "每笼成本六元八角。")]),
 "aircon": dict(major="汽车维修", code="0403", course="营运车辆空调系统检修", task="沿海出租车空调不制冷故障诊断与维修",
   hours=18, station="汽车维修一体化学习工作站",
   situation="珠海夏季湿热，一家出租车公司的多辆车反映空调出风不凉。合作维修厂请汽修班学员接车问诊，检查空调系统压力和冷媒量，查找泄漏点，更换损坏的部件，抽真空后按标准加注冷媒，试车检测出风温度，交车时向司机说明保养要点。",
   qs=[("问题1 空调系统高低压都偏低说明什么？", ["冷媒不足，多数是系统有泄漏，要先检漏再加注。", "冷媒不足。", "有泄漏。"]),
       ("问题2 加注冷媒前为什么要抽真空？", ["排出系统里的空气和水分，防止冰堵和压缩机损坏，也能检查系统是否密封。", "排空气和水分。", "防止冰堵。"])],
   hw=[("1. 怎样用荧光剂查找泄漏点？", ["把荧光剂加进系统运转一段时间，用紫外灯照管路接头，发亮的地方就是漏点。", "紫外灯照发亮处。", "接头处最常漏。"]),
       ("2. 出风口温度多少算正常？", ["怠速开最大风量内循环，出风口温度一般在四到八摄氏度。", "四到八度。", "内循环最大风量测。"])],
   outputs=[("空调系统压力检测记录", "低压零点一五兆帕，高压一点一兆帕。"), ("泄漏点检查与维修记录", "冷凝器进口接头漏。"), ("试车与交车记录", "出风口温度六摄氏度。")]),
 "yam": dict(major="中药", code="1301", course="道地药材鉴别与炮制", task="四大怀药的性状鉴别与怀山药切片炮制",
   hours=16, station="中药调剂与炮制一体化学习工作站",
   situation="焦作是怀山药、怀牛膝、怀地黄、怀菊花四大怀药的产地。一家中药饮片厂收购了一批四大怀药，质检科请中药班学员按药典对药材做性状鉴别，剔除伪品和霉变品，再按炮制规范把怀山药润透切片、麸炒，填写鉴别和炮制记录。",
   qs=[("问题1 怎样从外形上鉴别怀山药？", ["圆柱形，表面黄白色，断面白色粉性，嚼之发黏，没有纤维。", "断面白色粉性。", "嚼之发黏。"]),
       ("问题2 山药为什么要麸炒？", ["麸炒后增强健脾止泻的作用，还能去掉生山药的黏性。", "增强健脾作用。", "去掉黏性。"])],
   hw=[("1. 怀牛膝和川牛膝怎样区别？", ["怀牛膝细长，断面淡棕色，有黄白色点状维管束排成数轮；川牛膝较粗，味甜。", "怀牛膝细长，断面有点状环。", "川牛膝粗，味甜。"]),
       ("2. 药材润透的标准是什么？", ["药材内外湿度一致，折断无干心，手捏有弹性。", "没有干心。", "内外湿度一致。"])],
   outputs=[("怀山药性状鉴别记录", "断面白色粉性，合格。"), ("怀牛膝性状鉴别记录", "维管束点排成三轮，合格。"), ("麸炒山药炮制记录", "麸皮与药材比例一比十。")]),
 "mascot": dict(major="计算机动画制作", code="0306", course="三维吉祥物角色动画", task="太极拳文化节吉祥物三维角色建模与动作制作",
   hours=18, station="动画制作一体化学习工作站",
   situation="焦作要办太极拳文化节，主办方委托一家动画工作室做一个吉祥物短片。工作室请动画班学员根据吉祥物设计稿完成三维建模、贴图和骨骼绑定，制作一段十秒的太极起势动作，渲染输出后交给客户审片。",
   qs=[("问题1 角色建模为什么要注意布线？", ["关节处布线要密、走向顺着肌肉，绑定后弯曲才不会变形。", "关节处布线要密。", "弯曲不变形。"]),
       ("问题2 太极起势动作的节奏有什么特点？", ["动作缓慢连贯，重心平稳下沉，手臂上抬和下按要有缓入缓出。", "缓慢连贯。", "缓入缓出。"])],
   hw=[("1. 什么是关键帧？", ["决定动作起止和转折的画面，中间的画面由软件补间生成。", "动作起止和转折的帧。", "中间由软件补间。"]),
       ("2. 渲染输出前要检查什么？", ["分辨率、帧率、输出格式、文件命名和渲染范围。", "分辨率和帧率。", "输出格式和命名。"])],
   outputs=[("吉祥物模型与贴图", "面数一万二千。"), ("骨骼绑定记录", "四十二根骨骼。"), ("太极起势动画", "十秒，二百五十帧。")]),
 "pumpjack": dict(major="机电一体化技术", code="0127", course="油田机电设备控制装调", task="游梁式抽油机变频控制柜安装与调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="克拉玛依油田一个采油作业区要把老式抽油机的工频控制柜改成变频控制，降低电耗。作业区请机电班学员按图纸安装变频器、PLC和传感器，连接主回路和控制回路，设置变频器参数，编写冲次调节程序，完成空载和带载调试。",
   qs=[("问题1 抽油机为什么适合用变频控制？", ["抽油机负载周期变化，变频能按井况调节冲次，减少空抽，节约电能。", "按井况调冲次。", "节约电能。"]),
       ("问题2 变频器的加减速时间怎样设？", ["太短会过流跳闸，太长影响效率，一般按电机和负载惯量设十到二十秒。", "太短会过流。", "十到二十秒。"])],
   hw=[("1. 变频器接地为什么重要？", ["防止漏电伤人，也减少高频干扰对PLC和传感器的影响。", "防漏电。", "减少干扰。"]),
       ("2. 带载调试要观察哪些数据？", ["电机电流、冲次、上下冲程的电流平衡度和变频器温度。", "电流和冲次。", "平衡度和温度。"])],
   outputs=[("变频器参数设置记录", "上限频率五十赫兹。"), ("PLC程序与接线清单", "冲次四至九次每分钟可调。"), ("带载调试记录", "平衡度百分之九十二。")]),
 "brt": dict(major="城市轨道交通运输与管理", code="0431", course="车站客运服务与组织", task="城市快速公交车站大风天气客流组织与乘客服务",
   hours=14, station="轨道交通客运一体化学习工作站",
   situation="克拉玛依春季多大风，快速公交车站在大风预警时要调整候车秩序、加强安全广播和乘客引导。公交公司请城轨班学员到车站跟岗，学习大风天气应急预案，编写广播词，演练客流引导，开展乘客满意度调查，并写出跟岗小结。",
   qs=[("问题1 大风预警时车站要做哪些准备？", ["加固站台广告牌和围栏，关闭站台门外的候车区，增加广播次数和引导人员。", "加固设施，增加广播。", "增加引导人员。"]),
       ("问题2 引导乘客排队时要注意什么？", ["分区排队，避开风口，照顾老人和带小孩的乘客，保持通道畅通。", "避开风口。", "照顾老幼，通道畅通。"])],
   hw=[("1. 大风天气广播词要包含什么？", ["天气情况、安全提示、车辆运行情况和求助方式。", "天气和安全提示。", "运行情况和求助方式。"]),
       ("2. 乘客投诉车辆晚点怎样处理？", ["先致歉，说明原因和预计到站时间，记录投诉并及时反馈。", "先致歉说明原因。", "记录并反馈。"])],
   outputs=[("大风天气广播词", "每十分钟广播一次。"), ("客流引导演练记录", "三个候车区分区排队。"), ("乘客满意度调查报告", "满意率百分之九十一。")]),
 "stroke": dict(major="健康与社会照护", code="0529", course="脑卒中康复期照护", task="石油社区脑卒中康复期老人进食与吞咽照护",
   hours=14, station="照护服务一体化学习工作站",
   situation="克拉玛依一个石油社区的日间照料中心收住了几位脑卒中康复期的老人，其中一位有吞咽困难，进食时常呛咳。中心主任请照护班学员评估老人的吞咽功能，调整食物性状，协助老人安全进食，做口腔护理，并记录进食情况。",
   qs=[("问题1 洼田饮水试验怎样做？", ["老人端坐，喝下三十毫升温水，观察所需时间和有没有呛咳，分五级评定。", "喝三十毫升温水。", "看时间和呛咳。"]),
       ("问题2 吞咽困难的老人为什么要吃糊状食物？", ["糊状食物不易松散，流速慢，能减少误吸和呛咳。", "减少误吸。", "不易松散。"])],
   hw=[("1. 协助进食时老人的体位怎样摆？", ["坐位或半卧位三十度以上，头稍前屈，健侧在下。", "坐位或半卧位。", "头稍前屈。"]),
       ("2. 进食后为什么要保持坐位半小时？", ["防止食物反流引起误吸。", "防止反流。", "防止误吸。"])],
   outputs=[("吞咽功能评估记录", "洼田饮水试验三级。"), ("进食照护记录", "每口五毫升，进食二十分钟。"), ("口腔护理记录", "口腔无残留。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

ZH, JZ, KM = "珠海市斗门白藤技工学校", "焦作市覃怀技工学校", "克拉玛依市黑油山技工学校"

SUBS = [
    dict(school=ZH, pack="dir", region="zh", course="dimsum", cls="烹饪2402班", size=36, seed=11,
         sidp="24440501", students=["梁澳蓝", "邝荔香", "赵潮生"], others_named=["黄月娥", "谭锦棠"],
         teachers=["容慧珍", "陈家驹"], form_count="36名（男25，女11）",
         f8="teahouse_order", f10="bonus", f11="tasting", f12="exercise_book", findings=[],
         comment="clean. Item 10 (TYPED) has a `技能节加分(0-5)` column after the four parts, explained under the table: "
                 "总分 = the four parts + 加分, at most 100; three students have 加分 and one of them reaches the cap (his "
                 "parts + bonus = 100 or a little above, 总分 written 100, the note says so). 36 rows = form `36名（男25，女11）`. "
                 "Item 8 (colour scan 200 dpi): a printed 茶楼点心单 at the top naming the tea guest 黄月娥 (`点单顾客`, not a "
                 "student), the student only at the bottom right as `制作人` by hand. Item 11 (typed): a 品鉴评分表 per "
                 "dish, scored by the tea house's dim-sum master 谭锦棠 (`点心师傅`) and the guest 黄月娥 (`茶客代表`). No roster"),
    dict(school=ZH, pack="dir", region="zh", course="aircon", cls="汽修2401班", size=40, seed=12,
         sidp="24440403", students=["钟海澄", "卢浪舟", "何礁石"], items={8: ["钟海澄", "卢浪舟"]},
         extra_class=["冯港帆"], bad={"冯港帆": "over"}, others_named=["郑伯强"],
         teachers=["林振邦", "邝少棠"], form_count="40名（男38，女2）",
         f8="header_table", f10="max_row", f11="pickup", f12="name_line_photo",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "冯港帆")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray, the sheets sewn together through three holes at the left edge with cotton thread) "
                 "holds the worksheets of only TWO students, 钟海澄 and 卢浪舟 (何礁石's is missing; 11 and 12 hold the three): "
                 "students.count on 8; students.mismatch optional. Item 10 (TYPED) has a `满分` row under the head; 冯港帆 has "
                 "34 under `检测过程` whose 满分 is 30 (总分 the sum of his parts): records.invalid_score. Item 11 (typed): a "
                 "维修交车单 per job naming the taxi driver 郑伯强 as `送修人/取车人` (not a student). No roster"),
    dict(school=JZ, pack="gbkzip", region="jz", course="yam", cls="中药2402班", size=38, seed=21,
         sidp="2441130102", students=["秦怀安", "薛沁源", "申竹林"], outsiders={"申竹林": "中药2401班"}, out_sidp="2441130101",
         extra_class=["原岱川"], bad={"原岱川": "sum"}, others_named=["贾玉枝"],
         teachers=["牛卫东", "郭秀琴"], form_count="共38人",
         f8="dispensing", f10="vertical_head", f11="herb_card", f12="hand_page",
         findings=[("students.not_in_class", 8, True, "申竹林"), ("records.invalid_score", 10, False, "原岱川")],
         comment="申竹林 of the parallel class 中药2401班 (that class and a 学号 of it on his worksheet, his typed 鉴别记录 and "
                 "his homework) is the third student of 8/11/12; item 10 (TYPED, 38 rows = form `共38人`) has no record of him: "
                 "students.not_in_class. Item 10's heads are written VERTICALLY (one character a line, the maximum under it); "
                 "原岱川's 总分 is 9 above the sum of his parts: records.invalid_score. Item 8 (colour scan 200 dpi): a printed "
                 "处方调剂核对单 at the top, the patient 贾玉枝 (not a student), the student as `调剂人` by hand. No roster"),
    dict(school=JZ, pack="gbkzip", region="jz", course="mascot", cls="动画2401班", size=42, seed=22,
         sidp="2441030601", students=["宋嵩岳", "李黛峰", "王月山"], extra_class=["程明德"], absent_from_10=["程明德"],
         others_named=["刘建设", "牛淑贞"], teachers=["孙红旗", "卫国庆"], form_count="共42人", roster="cardsign", headteacher="张爱华",
         f8="corner_box", f10="hand_corrected", f11="review_sheet", f12="plain_photo",
         findings=[("records.missing_student", 10, False, "程明德"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 校园卡（饭卡）领取签收表: `序号 学号 姓名 卡号 领卡人签字`, each row signed by hand, 42, the card "
                 "office's 刘建设 as `发卡人`, not a student) and the form (`共42人`) hold 程明德; item 10 (TYPED) has 41 rows and "
                 "none for him: records.missing_student and records.count_mismatch. Item 10 is HAND-CORRECTED: four part scores "
                 "struck through with a red pen, the new mark written beside in red with the teacher's initials, the 总分 "
                 "struck and rewritten to match (legal: every written total is the sum of the corrected parts). Item 11 (typed): a "
                 "审片单 per work naming the client's reviewer 牛淑贞 (`审片人`, not a student)"),
    dict(school=KM, pack="zip", region="km", course="pumpjack", cls="机电2402班", size=40, seed=31,
         sidp="24650127", students=["叶尔兰·加肯", "周胡杨", "高戈壁"], extra_class=["徐红柳", "阿斯哈尔·库肯"],
         absent_from_10=["徐红柳"], bad={"阿斯哈尔·库肯": "sum"}, others_named=["胡德顺"],
         teachers=["马油田", "李克勤"], form_count="40",
         f8="plain_line", f10="rank", f11="pump_log", f12="signoff_end",
         findings=[("records.invalid_score", 10, False, "阿斯哈尔·库肯"), ("records.count_mismatch", 10, False)],
         comment="item 10 (scanned 250 dpi gray, sewn with thread at the left edge) lists 39 sorted by 总分 with a 名次 column; "
                 "the form says `学生数 | 40`: records.count_mismatch (no roster). 阿斯哈尔·库肯's 总分 is 8 above the sum of his "
                 "parts: records.invalid_score. Item 8 (1-bit scan 200 dpi): plain `班级＿ 学号＿ 姓名＿` line. Item 11 (typed): "
                 "带载调试记录 naming the oil field's pump operator 胡德顺 (`采油工`, not a student). Item 12: phone photos under a "
                 "ceiling fan, no name at the top: the class and name only in a sign-off line at the end (落款)"),
    dict(school=KM, pack="zip", region="km", course="brt", cls="城轨2401班", size=37, seed=32,
         sidp="24650431", students=["孙驼铃", "玛地娜·胡安", "王沙湾"], roster="parents", headteacher="陈秋霞",
         others_named=["宫卫平"], teachers=["杨克准", "何雅芬"], form_count="37",
         f8="duty_card", f10="weighted", f11="passenger", f12="tape_hand", findings=[],
         comment="clean. Item 10 (TYPED) is a WEIGHTED register: `平时成绩（百分制）`, `实操成绩（百分制）`, `总评＝平时×40%＋实操×60%` "
                 "(rounded, explained under the table), so no column sums to the total; 37 rows = form `37` = roster. The roster is "
                 "a 学生及家长联系名单 (parents named, not students). Item 8 (scanned 250 dpi gray, sewn with thread): a 跟岗记录 "
                 "card, the student as `跟岗学员` by hand and the station's duty master 宫卫平 (`带班站长`, not a student). Item 11 "
                 "(typed): 乘客满意度调查表 with 调查员 = the student"),
    dict(school=KM, pack="zip", region="km", course="stroke", cls="照护2401班", size=36, seed=33,
         sidp="24650529", students=["张天马", "李雪莲", "阿依夏·木拉提"], items={12: ["张天马", "李雪莲", "刘北疆"]},
         extra_class=["刘北疆", "王白杨"], bad={"王白杨": "over"}, others_named=["孟凤英", "郑淑云"],
         teachers=["古丽米拉·阿不都", "赵新华"], form_count="36",
         f8="care_header", f10="foot_max", f11="care_typed", f12="name_line_photo2",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "王白杨")],
         comment="item 12 (phone photos under a ceiling fan) holds the homework of 张天马, 李雪莲 and classmate 刘北疆 (with an "
                 "item-10 record) instead of 阿依夏·木拉提's (items 8 and 11 hold the three): students.mismatch. Item 10 (colour "
                 "scan 300 dpi) gives NO maxima in the head: they stand in a line under the table (`各项满分：吞咽评估20分、进食照护40分、"
                 "口腔护理20分、记录与沟通20分`); 王白杨 has 44 under 进食照护 (总分 the sum): records.invalid_score. Item 8 and 11 "
                 "name the old woman cared for, 孟凤英, and item 11 her visiting daughter 郑淑云 (`家属探视`, `家属签字`); neither is a "
                 "student. No roster"),
]

PROVINCE = {1: "广东省珠海市斗门区", 2: "河南省焦作市", 3: "新疆维吾尔自治区克拉玛依市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CNUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}
FORM_LABEL = {1: "班级人数", 2: "授课人数", 3: "学生数"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 珠海: "附8 工作页.pdf"
        return "附%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 焦作: "成果清单之八-工作页.pdf" (a Chinese numeral)
        return "成果清单之%s-%s.pdf" % (CNUM[n], NAMES[n])
    return "%s_%02d_%s.pdf" % (s["cls"], n, NAMES[n])   # 克拉玛依: "机电2402班_08_工作页.pdf"


def form_name(s, c):
    return {1: ("%s申报书（%s）.docx" % (s["cls"], c["course"]), "docx"),
            2: ("工学一体化优质课堂申报书_%s.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("申报书-%s-%s.docx" % (c["code"], s["cls"]), "docx")}[grp(s)]


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
    lab = FORM_LABEL[g]
    if g == 1:   # 珠海: six columns, three label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"]), ("学　时", "%d" % c["hours"])],
                [("课程名称", c["course"]), ("授课班级", s["cls"]), (lab, s["form_count"])],
                [("学习任务", c["task"]), ("课堂负责人", t[0]), ("授课场所", c["station"])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="12%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 焦作: label column, the count in its own row
        rows = [("专业名称及代码", "%s　%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), (lab, s["form_count"]), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 克拉玛依: four columns, class and count side by side
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), (lab, s["form_count"])], [("学习任务", c["task"]), ("授课教师", "、".join(t))]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生领取任务后分组查找资料、拟订工作计划，教师审核后小组确定方案并实施，教师全程巡视指导、把控质量和安全，最后各组汇报成果，进行自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务取自{prov}合作企业的真实工作，学生在真实情境中完成工作，专业能力和职业素养都有提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=4 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
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
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
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
        if f == "teahouse_order":   # a printed tea-house order slip at the top; the student only at the bottom right
            slip = tbl([[("<b>海岛茶楼　点心单</b>　No. %d" % (60218 + i), ' colspan="6"')],
                        ["台号", hand("A%d" % (3 + i), True), "点单顾客", hand(s["others_named"][0], True, BLACK), "人数", hand("4", True)],
                        ["点心", "水晶虾饺×2　蚝油叉烧包×1", "下单时间", hand("8:%02d" % (12 + 6 * i), True), "出品", "√"]], width="100%", pad="3px 4px")
            foot = ('<table width="100%%"><tr><td></td><td width="46%%"><p>制作人：%s</p><p>班级：%s　学号：%s</p></td></tr></table>'
                    % (hand(n), hand(cl, True), hand(sid[-2:], True)))
            body = slip + title + sit + answers(c, rng, i) + comment + foot
        elif f == "header_table":   # a bordered head row 姓名 | 班级 | 学号 | 日期
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid[-2:], True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "dispensing":   # a printed 处方调剂核对单: the patient, the student as 调剂人
            slip = tbl([[("<b>处方调剂核对单</b>　处方号 HZ-%04d" % (1107 + i), ' colspan="6"')],
                        ["患者", hand(s["others_named"][0], True, BLACK), "性别/年龄", "女／67", "剂数", hand("5剂", True)],
                        ["调剂人", hand(n, True), "核对人", hand(t[1], True, BLACK), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="3px 4px")
            body = slip + title + '<p>班级：%s　　学号：%s</p>' % (hand(cl, True), hand(sid, True)) + sit + answers(c, rng, i) + comment
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right
            box = ('<table width="100%%"><tr><td></td><td width="44%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = box + title + '<p>班级：%s　　指导教师：%s　　%s</p>' % (cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级＿ 学号＿ 姓名＿ line
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "duty_card":   # a 跟岗记录 card: 跟岗学员 by hand, the duty master
            card = tbl([[("<b>车站跟岗记录卡</b>", ' colspan="4"')],
                        ["跟岗学员", hand(n, True), "带班站长", hand(s["others_named"][0], True, BLACK)],
                        ["班　　级", hand(cl, True), "学　　号", hand(sid, True)],
                        ["跟岗车站", "世纪公园站", "天　　气", hand("大风七级", True)]], width="100%", pad="3px 4px")
            body = card + title + sit + answers(c, rng, i) + comment
        elif f == "care_header":   # 姓名/班级/学号 on underlined blanks; the old woman named
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = (title + head + '<p>照护对象：%s（79岁，脑卒中康复期，吞咽困难）　　日间照料中心：石油社区日间照料中心</p>' % s["others_named"][0]
                    + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": ovl}, ensure_ascii=False, indent=1))
    meth = {"teahouse_order": "x-scanpdf:200:color", "header_table": "x-scanpdf:250:sewn", "dispensing": "x-scanpdf:200:color",
            "corner_box": "x-scanpdf:300", "plain_line": "x-scanpdf:200:mono", "duty_card": "x-scanpdf:250:sewn",
            "care_header": "x-scanpdf:200"}[f]
    font = {"teahouse_order": "Noto Sans CJK SC", "duty_card": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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



def strike(x):
    return '<s>%s</s>' % x


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "bonus":   # a bonus column explained under the table, the total capped at 100
        parts = [("刀工", 15), ("调馅", 25), ("包制", 35), ("蒸制出品", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["技能节加分<br/>(0-5)", "总分"]], pad)]
        bonus = {5: 3, 14: 5, 26: 2}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.66, 0.95)
            if k == 14:
                v = [15, 24, 33, 25]
            b = bonus.get(k, 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(min(100, sum(v) + b))], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>说明：技能节加分为本学期校技能节点心比赛获奖学生的加分（一等奖5分、二等奖3分、三等奖2分）；总分＝四项成绩＋技能节加分，最高计100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "max_row":   # a 满分 row under the head
        parts = [("安全防护", 10), ("检测过程", 30), ("故障判断", 30), ("维修交车", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "备注"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>", ""], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 34
            note = {3: "组长", 13: "组长", 23: "组长", 33: "组长"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), note], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "vertical_head":   # heads written vertically, one character a line, the maximum under it
        parts = [("性状鉴别", 30), ("真伪判断", 20), ("切片炮制", 30), ("记录填写", 20)]
        vert = lambda w: "<br/>".join(w)
        out = [trow(["<b>%s</b>" % x for x in ["序<br/>号", "学号", "姓名"] + ["%s<br/>(%d)" % (vert(p), m) for p, m in parts] + [vert("总分"), vert("备注")]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), ""], pad))
        body = head10(s, c, "学习任务考核记录") + table(out, width="86%") + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "hand_corrected":   # four part marks corrected by hand in red, the total rewritten
        parts = [("建模", 30), ("贴图", 15), ("绑定", 25), ("动画", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        fixes = {3: (0, 4), 11: (3, -3), 20: (2, 5), 33: (1, 2)}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            tot = str(sum(v))
            if k in fixes:
                j, dlt = fixes[k]
                nv = min(parts[j][1], v[j] + dlt)
                cells[j] = strike(v[j]) + " " + hand("%d %s" % (nv, t[0][0]), True, ink="#c0251a", size="10pt")
                tot = strike(sum(v)) + " " + hand(str(sum(v) - v[j] + nv), True, ink="#c0251a", size="10pt")
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [tot], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>（红笔为复核更正，更正处由考核教师签名）</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "rank":   # sorted by the written total, a 名次 column
        parts = [("主回路接线", 25), ("控制回路", 20), ("参数设置", 25), ("程序调试", 30)]
        rows = []
        for n in rec:
            v = part_scores(rng, parts)
            rows.append((sum(v) + (8 if bad.get(n) == "sum" else 0), n, v))
        rows.sort(key=lambda r: -r[0])
        out = [trow(["<b>%s</b>" % x for x in ["名次", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, (tot, n, v) in enumerate(rows):
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩排名表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:sewn"
    if f == "weighted":   # raw marks out of 100, a weighted total explained under the table
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "平时成绩<br/>（百分制）", "实操成绩<br/>（百分制）", "总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            p, q = rng.randint(66, 97), rng.randint(60, 96)
            tot = int(0.4 * p + 0.6 * q + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(p), str(q), str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out, width="84%") +
                "<p>说明：总评＝平时成绩×40%＋实操成绩×60%，四舍五入取整；90分以上优秀，80分以上良好，60分以上合格。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "foot_max":   # no maxima in the head: they stand in a line under the table
        parts = [("吞咽评估", 20), ("进食照护", 40), ("口腔护理", 20), ("记录与沟通", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            if bad.get(n) == "over":
                v[1] = 44
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>各项满分：吞咽评估20分、进食照护40分、口腔护理20分、记录与沟通20分，合计100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:300:color"
    raise SystemExit(f)


def nation(n):
    if "·" in n:
        return "哈萨克族" if n.split("·")[0] in KZ_GIVEN[:14] else "维吾尔族"
    return "回族" if n[0] == "马" else "汉族"


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    on = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "tasting":   # a tasting score sheet: 制作人, scored by the master and a guest
                parts.append('<h3 style="text-align:center">%s　品鉴评分表</h3><p>制作人：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["品鉴人", "身份", "色泽(25)", "形态(25)", "口味(50)", "合计"],
                                  [on[1], "茶楼点心师傅", str(20 + j), str(21 - j), str(42 + i), str(83 + i)],
                                  [on[0], "茶客代表", str(22 - i), str(20 + i), str(44), str(86)],
                                  [t[0], "指导教师", str(21), str(22), str(43 - j), str(86 - j)]], width="92%") + "<p>说明：%s</p>" % desc)
            elif f == "pickup":   # a 维修交车单: the taxi driver as 送修人/取车人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车牌号", "粤C·T%04d" % (3187 + 11 * i + j), "车型", "出租车（轿车）"],
                                  ["送修人", on[0], "联系电话", "138****%04d" % (2641 + i)],
                                  ["维修技师", "%s（%s）" % (n, cl), "质检员", t[j % 2]],
                                  ["维修项目", ("检测、检漏、更换、加注冷媒", ' colspan="3"')],
                                  ["结果", (desc, ' colspan="3"')]], width="92%") +
                             "<p>取车人签字：%s　　　交车日期：%s</p>" % (hand(on[0], True, BLACK), day(s, 30 + i)))
            elif f == "herb_card":   # an identification record: 鉴别人 and 复核人
                parts.append('<h3>%s</h3>' % title + tbl([["鉴别人", n, "班级", cl, "学号", sid],
                                                          ["样品来源", "饮片厂收购批次 HY-2024-%02d" % (7 + j), "复核人", t[j % 2], "日期", day(s, 30 + i)[5:]],
                                                          ["项目", "标准", "所见", "", "结论", ""],
                                                          ["外形", "圆柱形", "圆柱形，略弯", "", "符合", ""],
                                                          ["断面", "白色粉性", "白色，粉性足", "", "符合", ""]], width="96%") + "<p>结论：%s</p>" % desc)
            elif f == "review_sheet":   # a client's review sheet (审片单): 制作人, the client's reviewer named
                parts.append('<h3 style="text-align:center">%s　审片单</h3>' % title +
                             tbl([["片名", "太极吉祥物·起势", "版本", "v%d" % (j + 2)], ["制作人", "%s（%s）" % (n, cl), "提交日期", day(s, 30 + i)],
                                  ["审片人", "%s（文化节组委会宣传组）" % on[1], "指导教师", t[j % 2]],
                                  ["审片意见", ("%s；动作再柔和一些。" % desc, ' colspan="3"')], ["结论", ("☑通过　☐修改后再审", ' colspan="3"')]],
                                 width="92%") + "<p>审片人签字：%s</p>" % hand(on[1], True, BLACK))
            elif f == "pump_log":   # a commissioning record: 调试人 and the pump operator
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　现场配合：%s（采油工）　　记录：%s</p>' % (title, n, cl, on[0], t[j % 2]) +
                             tbl([["项目", "设定值", "实测值", "结论"], ["冲次", "6 次/min", "%.1f 次/min" % (5.9 + 0.1 * i), "合格"],
                                  ["上冲程电流", "≤45 A", "%d A" % (39 + j), "合格"], ["平衡度", "85%～110%", "%d%%" % (92 + i), "合格"]], width="84%") + "<p>%s</p>" % desc)
            elif f == "passenger":   # a passenger survey: 调查员, the duty master as 审核
                parts.append('<h3>%s</h3><p>调查员：%s　　班级：%s　　调查地点：世纪公园站　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["调查项目", "满意", "基本满意", "不满意"], ["候车秩序", str(31 + j), str(6 - i), "1"],
                                  ["广播清晰度", str(28 + i), "8", str(2 - (i % 2))], ["引导服务", "33", str(4 + j), "0"]], width="80%") +
                             "<p>%s</p><p>带班站长审核：%s</p>" % (desc, on[0]))
            elif f == "care_typed":   # a care record: 照护员 and the old woman
                parts.append('<h3>%s</h3>' % title + tbl([["照护员", n, "班级", cl], ["照护对象", on[0], "日期", day(s, 30 + i)],
                                                          ["时间", "内容", "情况", "签名"], ["11:30", "协助午餐", "糊状饮食，无呛咳", n],
                                                          ["12:10", "口腔护理", "无残留", n], ["家属探视", "%s（女儿）" % on[1], "探视时间", "15:%02d" % (10 + 7 * j)]],
                                                         width="90%") + "<p>小结：%s</p><p>家属签字：%s</p>" % (desc, hand(on[1], True, BLACK)))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


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
        if f == "exercise_book":   # an exercise-book cover, then the page inside
            head = ["", "", "　　　　　练　习　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid[-2:], "----", "%s　课后作业" % c["task"][:6]]
        elif f in ("name_line_photo", "name_line_photo2"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "hand_page":
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f == "plain_photo":
            head = ["> %s　%s" % (n, cl), "课后作业　%s" % c["task"][:8]]
        elif f == "signoff_end":   # no name at the top: a sign-off line at the end (落款)
            head = ["课后作业（变频控制）"]
            end = ["", "> 　　　　　　　　%s　%s" % (cl, n), "> 　　　　　　　　%s" % day(s, 20 + i)[5:]] + end
        elif f == "tape_hand":
            head = ["%s　课后练习" % c["course"], "姓名 %s　班级 %s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"exercise_book": "x-photo:200:1:fan", "name_line_photo": "x-photo:200:2", "hand_page": "x-scan:250:4",
            "plain_photo": "x-photo:200:3", "signoff_end": "x-photo:200:2:fan", "tape_hand": "x-scan:200:3:color",
            "name_line_photo2": "x-photo:200:1:fan"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

PARENT_GIVEN = ("建军 桂香 玉珍 国强 秀英 德明 春兰 淑华 永红 丽萍 振华 凤霞 志刚 秀琴 宝林 金花").split()


def parent_of(n, rng):
    if "·" in n:   # the father: his given name is the student's second part
        return n.split("·")[1] + "·" + rng.choice(KZ_FATHER), "父亲"
    if rng.random() < 0.7:
        return n[0] + rng.choice(PARENT_GIVEN), "父亲"
    return rng.choice("王李张刘陈周") + rng.choice(PARENT_GIVEN), "母亲"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "cardsign":   # a campus-card sign-for list, each row signed by hand
        rows = [["序号", "学号", "姓名", "卡号", "领卡人签字", "日期"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, "8%07d" % (2310400 + 17 * j), hand(n, True, size="10pt"), "9.%d" % (2 + j % 3)])
        body = ('<h2 style="text-align:center">%s校园卡（饭卡）领取签收表</h2><p style="text-align:center">班级：%s　　2024年9月</p>' % (s["school"], s["cls"]) +
                tbl(rows, width="94%", pad="0px 4px", bold=(0,)) +
                "<p>发卡人：%s（校一卡通服务中心）　　班主任：%s　　本班合计：%d人</p>" % (s["others_named"][0], s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:0.9cm 1.2cm"))
        man.append("roster.html\t%s校园卡领取签收表.pdf\tpdf\troster\t0" % s["cls"])
        return [], {}
    if r == "parents":   # a list of students with their parents
        rows = [["序号", "学号", "姓名", "性别", "民族", "家长姓名", "关系", "联系电话"]]
        parents = []
        for j, n in enumerate(k):
            while True:
                p, rel = parent_of(n, rr)
                if p not in k and not used(p) and p not in parents and all(not (len(bare(p)) == len(bare(x)) and near(p, x)) for x in k):
                    break
            parents.append(p)
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "女"]), nation(n), p, rel,
                         "1%d%d****%04d" % (rr.choice([3, 5, 8, 9]), rr.randint(0, 9), rr.randint(0, 9999))])
        body = ('<h2 style="text-align:center">%s学生及家长联系名单</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="100%", pad="1px 3px", bold=(0,)) +
                "<p>班主任：%s　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.0cm"))
        man.append("roster.html\t%s学生及家长联系名单.pdf\tpdf\troster\t0" % s["cls"])
        return parents, {}
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
    truth = {"comment": "Seventy-ninth held-out people corpus (testdata/heldout79), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 79)
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
        parents, _ = roster(s, d, man) or ([], {})
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
        fct = "%s | %s" % (FORM_LABEL[grp(s)], s["form_count"])
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
