#!/usr/bin/env python3
"""Write the sources of the twentieth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Six submissions of three invented schools in 柳州
(Guangxi), 常德 (Hunan) and 自贡 (Sichuan). Most documents are in the plain
layouts a school office makes; a few are in layouts no earlier corpus used.

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 20)] + ["othertools"]

# surnames by region: 柳州 (韦 覃 蒙 莫 廖 黄 梁 陆 潘 …), 常德 (向 覃 田 彭 杨 符 瞿 鄢 …),
# 自贡 (宋 罗 钟 雷 颜 帅 税 …; the rare 但 only planted), each with common ones.
SURNAMES = {
    "gx": list("韦覃蒙莫廖黄梁陆潘卢蓝粟农罗谢龙吴甘"),
    "hn": list("向覃田彭杨龙符瞿熊胡鄢丁戴文唐易邓刘"),
    "sc": list("宋罗钟雷颜曾李刘帅税周邱蒋夏王陈张"),
}
# a new list of given names (none of heldout19's list)
GIVEN2 = ("柳依 海川 嘉禾 子墨 芮涵 思源 维嘉 沅芷 沛然 昱辰 舒窈 绍峰 嘉欣 秋实 宁远 昌盛 金凤 月琴 立新 永康 "
          "雨萌 星宇 树人 清源 兰心 秀禾 德勇 桂林 建彬 晓岚 春生 丽娟 凤霞 国栋 明亮 晨光 佩瑶 芸熙 卓远 "
          "泓毅 奕璇 柏霖 慧敏 若曦 俊朗 翔宇 语诗 琪瑶 景川 晗煦 沐辰 书航 梓豪 悦宁 静怡 宏图 泰然 "
          "思齐 雯倩 子杰 铭泽 冰洁 展鹏 瑜琦 晓东 艳玲 玉婷 海鹰 振东 海龙 兴旺 骏逸 佳音 致远").split()
GIVEN1 = list("敏强丽军霞涛芳兵")


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
 "snail": dict(major="烹饪(中式烹调)", code="0501", course="广西特色米粉制作", task="柳州螺蛳粉骨汤熬制与配菜炸制",
   hours=14, station="中式烹调一体化学习工作站",
   situation="柳州一家老字号米粉店准备开第二家门店，要培训一批能独立出品的厨师。店长请烹饪班学员按店里的标准熬制螺蛳骨汤，炸制腐竹和花生，泡发米粉，按标准配料出品，并在出品前进行试吃评价，记录每一锅汤的用料和火候。",
   qs=[("引导问题1 熬制螺蛳骨汤时为什么要先把螺蛳炒香？", ["炒香可以去掉腥味，让螺蛳的鲜味更容易熬进汤里。", "去腥增香。", "炒过以后汤更鲜。"]),
       ("引导问题2 炸腐竹时油温怎样控制？", ["先用四五成热的油下锅，炸到起泡后升温，炸到金黄酥脆就捞出。", "先低温再高温。", "四五成油温下锅。"])],
   hw=[("1. 米粉泡发不好会出现什么问题？", ["泡不透会夹生发硬，泡太久会断碎，影响口感。", "夹生或者断碎。", "口感不好。"]),
       ("2. 出品前为什么要试吃？", ["检查汤的咸淡和辣度是否符合标准，保证每一碗味道一致。", "保证味道一致。", "检查咸淡辣度。"])],
   outputs=[("螺蛳骨汤熬制实训报告", "汤底熬制四小时，出汤色泽红亮。"), ("配菜炸制实训报告", "腐竹起泡均匀，酥脆不焦。")]),
 "psd": dict(major="城市轨道交通运输与管理", code="0431", course="城市轨道交通车站客运组织", task="站台门故障时车站站台乘客疏导与广播服务",
   hours=12, station="城轨车站客运服务一体化学习工作站",
   situation="某城市轨道交通运营公司在晚高峰遇到站台门单门无法打开的故障，站台乘客滞留。车站值班站长请实训班学员按应急预案设置隔离带，做好人工广播和乘客引导，配合维修人员处置故障，并填写客运组织记录。",
   qs=[("引导问题1 站台门单门故障时站务员首先做什么？", ["确认故障门位置，在门前设置隔离带和故障告示，引导乘客从相邻门上下车。", "设置隔离带，引导乘客。", "确认故障门并隔离。"]),
       ("引导问题2 人工广播要讲清哪些内容？", ["故障的位置、乘客应走的车门、注意安全和致歉。", "位置、车门和安全提示。", "告诉乘客从哪个门上车。"])],
   hw=[("1. 为什么故障处置时要和行车值班员保持联系？", ["站台门状态影响列车发车，要及时报告，防止夹人夹物。", "影响发车安全。", "及时报告状态。"]),
       ("2. 晚高峰乘客滞留时怎样防止拥挤？", ["在楼梯口分批放行，开展限流，增派人员在站台巡视。", "分批放行，限流。", "增加人员引导。"])],
   outputs=[("站台门故障乘客疏导方案", "隔离带设置和引导路线图。"), ("人工广播词", "中英文广播各一段。")]),
 "huangjing": dict(major="中药", code="1301", course="中药饮片炮制", task="黄精九蒸九晒炮制与饮片质量检查",
   hours=16, station="中药炮制一体化学习工作站",
   situation="常德一家中药饮片厂接到一批制黄精的订单，要求按传统九蒸九晒工艺炮制。生产部请中药班学员净选生黄精，按规程蒸制和晾晒，控制每一次的蒸制时间和干燥程度，最后按药典标准检查饮片的性状、水分和断面颜色，填写炮制记录。",
   qs=[("引导问题1 黄精为什么要反复蒸晒？", ["生黄精有麻味，反复蒸晒可以去除刺激性，使药性变得温和滋润。", "去麻味，性味温和。", "去除刺激性。"]),
       ("引导问题2 怎样判断制黄精的质量？", ["表面乌黑发亮，质地柔软，断面黑色，味甜无麻舌感。", "乌黑发亮，味甜。", "断面黑色，不麻舌。"])],
   hw=[("1. 蒸制时为什么要加黄酒？", ["黄酒能助药力，使黄精更容易蒸透，增强补益作用。", "助药力，易蒸透。", "增强作用。"]),
       ("2. 饮片水分过高有什么危害？", ["容易发霉变质、虫蛀，影响疗效和保存。", "容易发霉。", "不好保存。"])],
   outputs=[("制黄精炮制记录表", "第九蒸后饮片乌黑油润。"), ("饮片质量检查记录", "水分检测结果符合要求。")]),
 "pumpshaft": dict(major="数控加工(数控车工)", code="0106", course="台阶轴与螺纹轴数控车削", task="灌溉水泵泵轴数控车削与外螺纹加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="常德一家农机配件厂接到一批灌溉水泵泵轴的加工订单，零件材料为45钢，有多段台阶、退刀槽和一段外螺纹。生产主管请数控班学员分析零件图，编制加工工艺，编写数控程序，完成试切和首件检验，合格后批量加工。",
   qs=[("引导问题1 车削外螺纹前为什么要先车退刀槽？", ["退刀槽给螺纹刀留出退刀位置，防止撞刀，保证螺纹完整。", "方便退刀，防撞刀。", "留退刀位置。"]),
       ("引导问题2 泵轴的外圆尺寸怎样保证？", ["粗车后留精车余量，精车前测量，用刀补修正后再精车。", "留余量，用刀补修正。", "精车前先测量。"])],
   hw=[("1. G92螺纹循环指令的格式是什么？", ["G92 X_ Z_ F_，X、Z是螺纹终点坐标，F是螺距。", "G92 X Z F。", "F是螺距。"]),
       ("2. 首件检验要检查哪些项目？", ["各段外圆直径、长度、螺纹中径和表面粗糙度。", "直径、长度、螺纹。", "尺寸和粗糙度。"])],
   outputs=[("泵轴首件检验报告", "螺纹用环规检验合格。"), ("泵轴批量加工检验报告", "抽检十件全部合格。")]),
 "lantern": dict(major="计算机网络应用", code="0301", course="公共场所无线网络部署与运维", task="彩灯公园游客服务中心无线网络部署与调试",
   hours=16, station="网络组建一体化学习工作站",
   situation="自贡彩灯公园的游客服务中心要给游客提供免费无线网络，原有的几台家用路由器信号差、经常掉线。公园信息科请网络班学员勘察现场，规划无线AP的位置和信道，安装吸顶式AP和无线控制器，配置访客认证，测试覆盖和漫游效果。",
   qs=[("引导问题1 规划AP位置时要考虑哪些因素？", ["覆盖面积、墙体遮挡、人员密度和相邻AP的信道干扰。", "覆盖和干扰。", "墙体遮挡、人员多少。"]),
       ("引导问题2 相邻AP的信道怎样分配？", ["2.4G用1、6、11三个互不重叠的信道交错分配。", "用1、6、11信道。", "信道错开。"])],
   hw=[("1. 访客网络为什么要和办公网络隔离？", ["防止游客访问内部服务器，保证办公网络安全。", "保证安全。", "防止访问内网。"]),
       ("2. 怎样测试无线漫游效果？", ["拿着终端边走边持续ping网关，看切换AP时是否丢包。", "走动时ping网关。", "看切换时丢包。"])],
   outputs=[("吸顶AP安装与调试", "共安装六台吸顶AP。"), ("访客认证配置与测试", "短信认证后可上网。")]),
 "rabbit": dict(major="电子商务", code="0603", course="短视频营销", task="自贡冷吃兔短视频带货脚本策划与拍摄",
   hours=14, station="电商直播与短视频一体化学习工作站",
   situation="自贡一家做冷吃兔的食品公司想通过短视频平台卖货，但视频播放量一直很低。公司运营部请电商班学员分析同类爆款视频，策划带货短视频脚本，完成拍摄和剪辑，发布后跟踪数据并提出改进意见。",
   qs=[("引导问题1 带货短视频的前三秒为什么重要？", ["前三秒决定观众是否继续看，要用画面或问题抓住注意力。", "决定观众留不留下。", "要抓住注意力。"]),
       ("引导问题2 拍摄食品要注意什么？", ["光线充足，突出色泽和质感，拍出食用场景。", "光线好，拍出色泽。", "拍吃的场景。"])],
   hw=[("1. 完播率低说明什么？", ["视频内容不够吸引人或节奏拖沓，要缩短时长、调整结构。", "内容不吸引人。", "节奏慢。"]),
       ("2. 食品带货要注意哪些广告法规定？", ["不能宣传治疗功效，不能用最、第一等绝对化用语。", "不用绝对化用语。", "不宣传功效。"])],
   outputs=[("冷吃兔带货短视频脚本", "时长四十五秒，共八个镜头。"), ("短视频发布数据复盘", "完播率提高到百分之三十。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="柳州市壶城技工学校", pack="zip", region="gx", course="snail", cls="烹饪2302班", size=40, seed=11,
         sidp="2302050", students=["覃柳依", "韦海川", "莫嘉禾"], outsiders={"莫嘉禾": "烹饪2301班"}, out_sidp="2301050",
         extra_class=["蒙子墨"], pos={"蒙子墨": 16}, bad={"蒙子墨": "over"}, others_named=["农桂香"],
         teachers=["黄秀梅", "卢国强"], form_count="40人",
         f8="tbl_head", f10="reg_scan", f11="report_typed", f12="slips_2up",
         findings=[("students.not_in_class", 8, True, "莫嘉禾"), ("records.invalid_score", 10, False, "蒙子墨")],
         comment="莫嘉禾 of the parallel class 烹饪2301班 (his class and 学号 on his pages) is the third student of 8/11/12; "
                 "item 10 (40 students = `40人`) has no record of him: students.not_in_class. Item 10 (scanned 250 dpi gray, a plain "
                 "register with 满分 in the headers): 蒙子墨's 刀工(20分) is 24: records.invalid_score (his 总分 is the sum). "
                 "The company mentor 农桂香 is named in every report of item 11 (not a student). Item 12: two half-page homework "
                 "slips to a sheet. No roster"),
    dict(school="柳州市壶城技工学校", pack="zip", region="gx", course="psd", cls="城轨2401班", size=42, seed=12,
         sidp="2404310", students=["梁芮涵", "陆思源", "潘维嘉"], teachers=["廖海英", "蓝志明"], form_count="42",
         f8="line_head", f10="screen_photo", f11="slides", f12="photo_lines", findings=[],
         comment="clean. Item 10 is two PHONE PHOTOS of the register open in WPS on a computer screen (window, menu, row "
                 "numbers = 序号 + 1), the second scrolled so that 序号 22-23 stand on both photos; 42 students = form `42` "
                 "(no unit). Item 8 (scanned 300 dpi gray) has its second page scanned upside down. Item 11: slides with "
                 "汇报人 on the title slide and the name in every slide's footer. No roster"),
    dict(school="常德市沅澧技师学院", pack="dir", region="hn", course="huangjing", cls="中药2401班", size=41, seed=21,
         sidp="24130101", students=["向沅芷", "田沛然", "彭昱辰"], extra_class=["瞿舒窈"], absent_from_10=["瞿舒窈"],
         teachers=["胡德昌", "唐丽君"], form_count="41人", roster="xlsx_plain", headteacher="文桂兰",
         f8="tbl_head", f10="tencent_doc", f11="process_typed", f12="scan_sungti",
         findings=[("records.missing_student", 10, False, "瞿舒窈"), ("records.count_mismatch", 10, False)],
         comment="the roster (花名册.xlsx, 41) and the form (`41人`) list 瞿舒窈; item 10 (TYPED: a 腾讯文档 online sheet "
                 "printed from the browser, landscape, column letters and row numbers, row 1 the header) has 40 students "
                 "and none for her: records.missing_student, records.count_mismatch. Its row numbers run to 41, the form's "
                 "count, though only 40 rows are students"),
    dict(school="常德市沅澧技师学院", pack="dir", region="hn", course="pumpshaft", cls="数控2302班", size=38, seed=22,
         sidp="23010602", students=["杨绍峰", "符嘉欣", "熊秋实"], items={12: ["杨绍峰", "符嘉欣", "鄢宁远"]},
         extra_class=["鄢宁远", "戴昌盛"], pos={"戴昌盛": 27}, bad={"戴昌盛": "sum"},
         teachers=["易卫东", "邓春梅"], form_count="38名",
         f8="camscanner", f10="excel_typed", f11="inspect_typed", f12="exercise_book",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "戴昌盛")],
         comment="item 12 (PHONE PHOTOS of exercise books: the cover with a hand-filled label, then the inner lined page) "
                 "holds the homework of 杨绍峰, 符嘉欣 and classmate 鄢宁远 (with an item-10 record) instead of 熊秋实's "
                 "(items 8 and 11 hold the three): students.mismatch. Item 10 (TYPED, printed from Excel): 戴昌盛's 总分 is "
                 "8 above the sum of his five scores: records.invalid_score. Item 8: a scanning app's output (colour, its "
                 "watermark at the foot of each page). Form `38名` = 38 rows. No roster"),
    dict(school="自贡市盐都高级技工学校", pack="gbkzip", region="sc", course="lantern", cls="网络2301班", size=39, form_size=40,
         seed=31, sidp="2303010", students=["宋金凤", "钟月琴", "雷立新"], items={11: ["宋金凤", "钟月琴"]},
         teachers=["邱光明", "蒋晓红"], form_count="40人",
         f8="margin_scribble", f10="reg_scan2", f11="photo_captions", f12="wenkai_color",
         findings=[("students.count", 11, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: works with photo boxes and captions naming the student, `完成人：<name>`) holds the works "
                 "of only two of the three (宋金凤, 钟月琴): students.count on 11; students.mismatch optional. Item 10 "
                 "(scanned 200 dpi gray, plain register) lists 39 students; the form says `40人`: records.count_mismatch. "
                 "Item 8: the worksheet has no name fields; each student scribbled class, name and seat number at the top "
                 "right margin. No roster"),
    dict(school="自贡市盐都高级技工学校", pack="gbkzip", region="sc", course="rabbit", cls="电商2401班", size=43, seed=32,
         sidp="2406030", students=["颜永康", "帅雨萌", "但星宇"], teachers=["夏国庆", "周玉珍"],
         form_count="男25人　女18人　合计43人", roster="wjx_export", headteacher="张德华",
         f8="tbl_group", f10="excel_landscape", f11="script_typed", f12="mind_map", findings=[],
         comment="clean. 但星宇 (surname 但, also the word 但 of the texts). The form gives the class size as "
                 "`男25人　女18人　合计43人`; item 10 (typed, landscape, two pages) has 43 rows; the roster is a 问卷星 "
                 "export (typed, sorted by submission time, not by 学号; 43). Item 12: hand-drawn mind maps, the name in a "
                 "corner (colour scan)"),
]

PROVINCE = {1: "广西柳州市", 2: "湖南省常德市", 3: "四川省自贡市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def grp(s):
    return s["seed"] // 10


def file_name(s, n, scanned=False):
    g = grp(s)
    if g == 1:   # 柳州: "08.工作页(扫描件).pdf" for scanned items, "01.课程标准(校本转化).pdf" for typed ones
        return "%02d.%s%s.pdf" % (n, NAMES[n], "(扫描件)" if scanned else "")
    if g == 2:   # 常德: "8#工作页.pdf"
        return "%d#%s.pdf" % (n, NAMES[n])
    return "%s.%s.pdf" % (("%02d" % n).translate(FULLWIDTH), NAMES[n])   # 自贡: full-width digits "０８.工作页.pdf"


def form_name(s, c):
    return {1: ("附件2 申报书.docx", "docx"),
            2: ("申报书-%s.pdf" % c["major"], "pdf"),
            3: ("附件2：工学一体化优质课堂项目申报书.docx", "docx")}[grp(s)]


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "15"
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
    pages, ovl = [], []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【学习情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　　评阅教师：%s</p>' % (RED, ["认真", "完成较好", "要点清楚", "良好"][i % 4], t[0])
        if f in ("tbl_head", "camscanner"):   # the plain head table of a worksheet: 姓名 | 班级 | 学号 / 日期 | 成绩
            head = tbl([["姓　名", hand(n, True), "班　级", hand(cl, True), "学　号", hand(sid, True)],
                        ["日　期", hand(day(s, i).replace("2024年", ""), True), "指导教师", t[0], "成　绩", ""]], pad="3px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
            if f == "camscanner":
                ovl.append({"type": "text", "page": i + 1, "x": 0.84, "y": 0.972, "size": 8, "runs": [["扫描全能王 创建", "gray"]]})
        elif f == "tbl_group":   # the head table with 组别 and 组长 left blank
            head = tbl([["班　级", hand(cl, True), "姓　名", hand(n, True), "学　号", hand(sid, True)],
                        ["组　别", hand("第%d组" % (1 + i), True), "工　位", "", "日　期", hand(day(s, i).replace("2024年", ""), True)]],
                       pad="3px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "line_head":   # a line of fields with underlines, filled in by hand
            u = '<span style="text-decoration:underline">　%s　</span>'
            body = (title + '<p>班级：%s　　姓名：%s　　学号：%s</p>' % (u % hand(cl, True), u % hand(n, True), u % hand(sid, True)) +
                    sit + answers(c, rng, i) + comment)
        elif f == "margin_scribble":   # no name fields: class, name and seat number scribbled at the top right margin
            head = '<table width="100%"><tr><td height="60">&nbsp;</td></tr></table>'
            body = head + title + '<p>课程：%s　　指导教师：%s</p>' % (c["course"], t[0]) + sit + answers(c, rng, i) + comment
            ang = [-4, 3, -2][i % 3]
            ovl.append({"type": "text", "page": i + 1, "x": 0.74, "y": 0.085, "angle": ang, "size": 13,
                        "runs": [["%s　%s　%s号" % (cl.replace("班", ""), n, sid[-2:]), "hand"]]})
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": ovl}, ensure_ascii=False, indent=1))
    meth = {"tbl_head": {1: "x-scanpdf:200:fold", 2: "x-scanpdf:250:border"}.get(grp(s)), "camscanner": "x-scanpdf:200:color",
            "line_head": "x-scanpdf:300:rot2=180", "margin_scribble": "x-scanpdf:200:q45", "tbl_group": "x-scanpdf:200:color:skew2"}[f]
    return "08.html", html(PB.join(pages)), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.97):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


PARTS = {
    "snail": [("刀工", 20), ("汤底熬制", 30), ("配菜炸制", 20), ("卫生安全", 10), ("成品质量", 20)],
    "psd": [("应急处置", 30), ("人工广播", 20), ("乘客引导", 30), ("记录填写", 20)],
    "huangjing": [("净选", 10), ("蒸制", 30), ("晾晒", 20), ("质量检查", 20), ("记录", 20)],
    "pumpshaft": [("图样分析", 10), ("工艺编制", 20), ("程序编制", 20), ("加工操作", 30), ("尺寸精度", 20)],
    "lantern": [("现场勘察", 15), ("方案规划", 20), ("安装调试", 35), ("测试验收", 20), ("职业素养", 10)],
    "rabbit": [("爆款分析", 15), ("脚本策划", 25), ("拍摄", 20), ("剪辑", 20), ("数据复盘", 10), ("职业素养", 10)],
}


def scores(s, rec, rng):
    parts = PARTS[s["course"]]
    bad = s.get("bad", {})
    out = []
    for n in rec:
        v = part_scores(rng, parts)
        if bad.get(n) == "over":
            v[0] = parts[0][1] + 4
        tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
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
    if f in ("reg_scan", "reg_scan2", "excel_typed"):   # a plain register, 满分 in the headers
        rows = [hdr + (["备注"] if f == "reg_scan" else ["等级"] if f == "reg_scan2" else [])]
        for k, (n, v, tot) in enumerate(data):
            extra = [""] if f == "reg_scan" else ["优秀" if tot >= 90 else "良好" if tot >= 80 else "合格"] if f == "reg_scan2" else []
            rows.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)] + extra)
        ttl = {"reg_scan": "学习任务考核成绩登记表", "reg_scan2": "学习任务考核记录表", "excel_typed": "学习任务考核成绩表"}[f]
        body = head10(s, c, ttl) + tbl(rows, pad=pad, bold=(0,)) + sign
        meth = {"reg_scan": "x-scanpdf:250", "reg_scan2": "x-scanpdf:200", "excel_typed": "pdf"}[f]
        font = "Noto Sans CJK SC" if f == "excel_typed" else "Noto Serif CJK SC"
        return "10.html", html(body, "9pt", font=font, compact=True, page="margin:0.9cm 1.3cm"), meth
    if f == "excel_landscape":   # a landscape register printed from Excel over two pages, the header on each
        pages = []
        for p0, p1 in ((0, 24), (24, len(data))):
            rows = [hdr + ["等级"]]
            for k in range(p0, p1):
                n, v, tot = data[k]
                rows.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), "A" if tot >= 90 else "B" if tot >= 80 else "C"])
            pg = (head10(s, c, "学习任务考核成绩表") if p0 == 0 else "") + tbl(rows, pad=pad, bold=(0,))
            pg += '<p style="text-align:center;font-size:8pt">第 %d 页，共 2 页</p>' % (1 + (p0 > 0))
            pages.append(pg)
        pages[-1] = pages[-1].replace('<p style="text-align:center;font-size:8pt">第 2', sign + '<p style="text-align:center;font-size:8pt">第 2')
        return "10.html", html(PB.join(pages), "9.5pt", font="Noto Sans CJK SC", compact=True, page=LAND), "pdf"
    if f == "tencent_doc":   # a 腾讯文档 online sheet printed from the browser: column letters, row numbers
        cols = ["A", "B", "C"] + [chr(ord("D") + i) for i in range(len(parts) + 1)]
        grey = ' bgcolor="#f3f3f3" style="border:0.5pt solid #c8c8c8;padding:1px 3px;color:#777777"'
        cell = ' style="border:0.5pt solid #d4d4d4;padding:1px 4px"'
        out = ['<tr><td%s></td>%s</tr>' % (grey, "".join('<td align="center"%s>%s</td>' % (grey, x) for x in cols))]
        heads = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分(100)"]
        out.append('<tr><td align="center"%s>1</td>%s</tr>' % (grey, "".join('<td align="center" bgcolor="#e8f1fe"%s><b>%s</b></td>' % (cell, x) for x in heads)))
        for k, (n, v, tot) in enumerate(data):
            vals = [str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)]
            out.append('<tr><td align="center"%s>%d</td>%s</tr>' % (grey, k + 2, "".join('<td align="center"%s>%s</td>' % (cell, x) for x in vals)))
        top = ('<p style="font-size:8pt;color:#666666">%s 09:%02d　　　　　　　　　　腾讯文档</p>' % (day(s, 13).replace("年", "/").replace("月", "/").replace("日", ""), 14 + s["seed"] % 40) +
               '<p style="font-size:12pt"><b>%s %s学习任务考核记录</b>　<span style="font-size:8pt;color:#888888">最近编辑：%s</span></p>'
               % (s["cls"], c["course"], t[1]) +
               '<p style="font-size:8pt;color:#888888">工作表：%s　|　考核记录　|　+</p>' % s["cls"])
        foot = '<p style="font-size:8pt;color:#666666">https://docs.qq.com/sheet/DRkZ%sWnR1bGxq?tab=BB08J2</p>' % s["sidp"][-4:]
        body = top + '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out) + foot
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True, page=LAND), "pdf"
    if f == "screen_photo":   # the register open in WPS on a computer screen, photographed with a phone, two photos
        pages = []
        letters = [chr(ord("A") + i) for i in range(len(hdr) + 1)]
        for p0, p1 in ((0, 23), (21, len(data))):
            bar = ('<table width="100%%" style="border-collapse:collapse"><tr><td bgcolor="#2b579a" style="padding:3px 6px">'
                   '<span style="color:#ffffff">WPS Office　　学习任务考核记录-%s.xlsx</span></td></tr>'
                   '<tr><td bgcolor="#f0f0f0" style="padding:2px 6px;font-size:8pt">文件　开始　插入　页面布局　公式　数据　审阅　视图</td></tr>'
                   '<tr><td style="padding:2px 6px;font-size:8pt;border-bottom:0.5pt solid #999999">%s%d　　fx　%s</td></tr></table>'
                   % (s["cls"], "C", p0 + 2, data[p0][0]))
            grey = ' bgcolor="#eeeeee" style="border:0.5pt solid #bbbbbb;padding:1px 3px;color:#555555;font-size:8pt"'
            cell = ' style="border:0.5pt solid #cccccc;padding:1px 4px"'
            out = ['<tr><td%s></td>%s</tr>' % (grey, "".join('<td align="center"%s>%s</td>' % (grey, x) for x in letters[:len(hdr)]))]
            out.append('<tr><td align="center"%s>1</td>%s</tr>' % (grey, "".join('<td align="center"%s><b>%s</b></td>' % (cell, x.replace("<br/>", "")) for x in hdr)))
            for k in range(p0, p1):
                n, v, tot = data[k]
                vals = [str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)]
                out.append('<tr><td align="center"%s>%d</td>%s</tr>' % (grey, k + 2, "".join('<td align="center"%s>%s</td>' % (cell, x) for x in vals)))
            sheet = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out)
            tabs = '<p style="font-size:8pt;background:#f0f0f0">　Sheet1　|　%s　|　+　　　　　　　　　　就绪　　　100%%</p>' % s["cls"]
            pages.append('<p style="font-size:4pt">&nbsp;</p><table width="100%%" style="border-collapse:collapse"><tr><td bgcolor="#111111" style="border:12pt solid #161616;padding:2px">'
                         '<table width="100%%" bgcolor="#ffffff" style="border-collapse:collapse"><tr><td>%s%s%s</td></tr></table>'
                         '</td></tr></table>' % (bar, sheet, tabs))
        ovl = {"pages": 2, "items": []}
        return "10.html", html(PB.join(pages), "10pt", font="Noto Sans CJK SC", compact=True, page="size:29.7cm 21cm;margin:0.6cm 0.8cm"), \
            "x-scanpdf:200:photo", ovl
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    parts = []
    if f != "slides":
        parts.append('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p>'
                     '<p style="text-align:center">指导教师：%s</p>' % (c["task"], s["school"], s["cls"], "、".join(t)))
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "slides":   # landscape slides: 汇报人 on the title slide, the name in every slide's footer
            foot = '<p style="font-size:9pt;color:#666666;border-top:0.5pt solid #999999">%s　|　%s　|　%s</p>' % (s["school"], n, c["course"])
            parts.append('<p style="height:2cm">&nbsp;</p><h1 style="text-align:center;color:#1f4e79">%s</h1>'
                         '<p style="text-align:center;font-size:16pt">学习成果汇报</p><p style="text-align:center;font-size:14pt">汇报人：%s（%s）</p>'
                         '<p style="text-align:center;font-size:12pt">指导教师：%s　　%s</p>' % (c["task"], n, cl, t[0], day(s, 40 + i)))
            for title, desc in c["outputs"]:
                parts.append('<h2 style="color:#1f4e79">%s</h2><p style="font-size:14pt">● %s</p><p style="font-size:14pt">● 按预案分工：站务员、广播员、引导员各就各位。</p>'
                             '<p style="font-size:14pt">● 处置完成后填写客运组织记录并向值班站长报告。</p><p style="height:5cm">&nbsp;</p>%s' % (title, desc, foot))
            continue
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "report_typed":   # a plain 实训报告 with its head table
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["姓　名", n, "班　级", cl, "学　号", sid], ["指导教师", t[j % 2], "企业导师", "农桂香", "日　期", day(s, 30 + i)]]) +
                             '<p><b>一、实训目的</b>　掌握%s的操作要点和出品标准。</p><p><b>二、实训过程</b>　%s按店里的标准配料，逐项记录用料和火候。</p>'
                             '<p><b>三、实训体会</b>　每一步都要按标准做，出品的味道才稳定。</p>' % (c["task"], desc))
            elif f == "process_typed":   # a processing record: 操作人 and 复核人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品　名", "制黄精", "批　号", "HJ2410%02d" % (i * 2 + j + 1)],
                                  ["操作人", n, "班　级", cl],
                                  ["复核人", t[j % 2], "日　期", day(s, 30 + i)],
                                  [("炮制过程及结果：%s按规程蒸制、晾晒，每次记录蒸制时间和干燥程度。" % desc, ' colspan="4" align="left"')]],
                                 width="94%", pad="5px 5px"))
            elif f == "inspect_typed":   # an inspection report: 加工者 and 检验员
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件名称", "泵轴", "图　号", "BZ-45-0%d" % (j + 1)],
                                  ["加工者", n, "班　级", cl],
                                  ["检验员", t[j % 2], "检验日期", day(s, 30 + i)]], width="94%", pad="4px 5px") +
                             tbl([["序号", "检验项目", "要求", "实测", "结论"],
                                  ["1", "φ30外圆", "30 0/-0.021", "29.99", "合格"], ["2", "总长", "168±0.1", "168.02", "合格"],
                                  ["3", "M24×2螺纹", "环规通止", "通端过、止端止", "合格"]], width="94%") +
                             "<p>检验结论：%s</p>" % desc)
            elif f == "photo_captions":   # works with photo boxes and captions naming the student
                box = ('<td width="48%%" height="150" bgcolor="#e4e8ec" align="center" style="border:0.75pt solid #8a96a3">'
                       '［现场照片］</td>')
                parts.append('<h3>成果%s　%s</h3><p>完成人：%s（%s）　　指导教师：%s</p>' % ("一二"[j], title, n, cl, t[j % 2]) +
                             '<table width="94%%" style="border-collapse:collapse"><tr>%s<td></td>%s</tr>'
                             '<tr><td align="center" style="font-size:9pt">图%d　%s在游客中心大厅吊顶安装AP</td><td></td>'
                             '<td align="center" style="font-size:9pt">图%d　%s用测试软件查看信号强度</td></tr></table>'
                             % (box, box, 2 * j + 1, n, 2 * j + 2, n) + "<p>%s</p>" % desc)
            elif f == "script_typed":   # a short-video script: 策划/编导
                parts.append('<h3>%s</h3><p>策划/编导：%s（%s）　　指导教师：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["镜号", "景别", "画面", "台词/字幕", "时长"],
                                  ["1", "特写", "红亮的冷吃兔装盘", "“自贡人过年必备的这一口，你吃过吗？”", "3秒"],
                                  ["2", "中景", "厨房炒制", "“鲜兔肉现杀现做，二荆条加花椒慢炒。”", "8秒"],
                                  ["3", "近景", "试吃", "“麻辣鲜香，越吃越香，但不能多吃哦。”", "6秒"]], width="94%") +
                             "<p>说明：%s</p>" % desc)
            else:
                raise SystemExit(f)
    if f == "slides":
        return "11.html", html(PB.join(parts), "12pt", font="Noto Sans CJK SC", page="size:29.7cm 21cm;margin:1.2cm 1.5cm"), "pdf"
    return "11.html", html(PB.join(parts)), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "slips_2up":   # two half-page homework slips to an A4 sheet, a dashed cut line between them
        slips = []
        for i, n in enumerate(names):
            qa = ""
            for qi, (q, a) in enumerate(c["hw"]):
                qa += '<p>%s</p><p>%s　<span %s>%s</span></p>' % (q, hand(a[(i + qi + 1) % 3]), RED, mark(rng))
            slips.append('<table width="100%%" style="border-collapse:collapse"><tr><td height="420" valign="top" style="border:1pt dashed #555555;padding:8px">'
                         '<p style="text-align:center"><b>课后作业（%s）</b></p><p>班级：%s　姓名：%s　学号：%s</p>%s'
                         '<p style="text-align:right">阅：%s　%s</p></td></tr></table>'
                         % (c["course"], hand(cls_of(s, n), True), hand(n, True), hand(sid_of(s, n), True), qa, t[0], day(s, 20 + i)))
        pages = [slips[0] + '<p style="text-align:center;font-size:8pt;color:#777777">- - - - - - - - ✂ 沿此线剪开 - - - - - - - -</p>' + slips[1],
                 slips[2]]
        write(os.path.join(d, "12.html.ovl.json"), json.dumps({"pages": 2, "items": []}))
        return "12.html", html(PB.join(pages), "10.5pt", compact=True, page="margin:1.0cm 1.6cm"), "x-scanpdf:200", True
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
            lines = ['<table width="100%%" style="border-collapse:collapse">%s</table>' % "".join(lines)]
            pages.append("".join(lines))
        write(os.path.join(d, "12.html.ovl.json"), json.dumps({"pages": 2 * len(names), "items": []}))
        return "12.html", html(PB.join(pages), "11pt", compact=True, page="margin:1.5cm 1.8cm"), "x-scanpdf:200:photo", True
    if f == "mind_map":   # a hand-drawn mind map, the name in a corner
        pages = []
        for i, n in enumerate(names):
            (q1, a1), (q2, a2) = c["hw"]
            br = lambda x, col: ('<td width="27%%" height="110" align="center" valign="middle" style="border:1.5pt solid %s;padding:8px">%s</td>' % (col, hand(x, True)))
            centre = ('<td align="center" style="border:2.5pt solid #c0251a;padding:14px">%s</td>' % hand(c["task"].replace("短视频", "<br/>短视频"), ink="#c0251a"))
            con = lambda ch: '<td width="9%%" align="center" valign="middle">%s</td>' % hand(ch, size="40pt", ink="#444444")
            gap = '<tr><td height="40" colspan="5"></td></tr>'
            grid = ('<table width="100%%" style="border-collapse:collapse">'
                    '<tr>%s%s<td></td>%s%s</tr>%s<tr><td></td><td></td>%s<td></td><td></td></tr>%s<tr>%s%s<td></td>%s%s</tr></table>'
                    % (br("前三秒：" + c["qs"][0][1][(i + 1) % 3], "#2e7d32"), con("╲"), con("╱"), br("拍摄：" + c["qs"][1][1][i % 3], "#1565c0"),
                       gap, centre, gap,
                       br("完播率：" + a1[(i + 2) % 3], "#6a1b9a"), con("╱"), con("╲"), br("广告法：" + a2[i % 3], "#ef6c00")))
            grid += '<p>&nbsp;</p><p>%s</p>' % hand("我的想法：" + ["先拍好吃的画面，再讲价格。", "标题里写清楚是自贡的。", "多拍几条，看哪条数据好。"][i % 3], True)
            pages.append('<p style="text-align:right">%s</p><p style="text-align:center"><b>课后作业：用思维导图梳理短视频带货要点</b></p>'
                         % hand("%s　%s" % (n, cls_of(s, n)), True) + grid +
                         '<p %s>%s　阅 %s</p>' % (RED, mark(rng), t[0]))
        write(os.path.join(d, "12.html.ovl.json"), json.dumps({"pages": len(names), "items": []}))
        return "12.html", html(PB.join(pages), "11pt", page="margin:1.5cm 1.5cm"), "x-scanpdf:200:color", True
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
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + ["! 阅 %s　%s" % (t[0], day(s, 21 + i))]
    meth = {"photo_lines": "x-photo:200:2", "scan_sungti": "x-scan:250:2", "wenkai_color": "x-scan:200:4:color"}[f]
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
            rows.append("%d,%s,%s,%s,%s" % (j + 1, sid_of(s, n), n, rng.choice("男女"), "%d栋%d" % (3 + j // 24, 201 + (j // 6) % 4)))
        write(os.path.join(d, "roster.csv"), "\n".join(rows) + "\n")
        man.append("roster.csv\t%s花名册.xlsx\txlsx\troster\t0" % s["cls"])
        return
    if r == "wjx_export":   # a 问卷星 export printed: sorted by submission time
        order = list(range(len(k)))
        rng.shuffle(order)
        hdr = ["序号", "提交答卷时间", "所用时间", "来源", "来自IP", "1、姓名", "2、学号", "3、性别", "4、宿舍号"]
        rows = [hdr]
        for j, idx in enumerate(order):
            n = k[idx]
            rows.append([str(j + 1), "2024/9/%d %d:%02d:%02d" % (2 + j // 15, 19 + (j % 15) // 6, (7 * j) % 60, (13 * j) % 60),
                         "%d秒" % (38 + (17 * j) % 90), "微信", "118.%d.%d.%d(四川-自贡)" % (112 + j % 7, 40 + j, 9 + 3 * j),
                         n, sid_of(s, n), rng.choice(["男", "女"]), "%d-%d" % (6 + idx // 20, 301 + idx % 8)])
        body = ('<p style="font-size:13pt"><b>%s学生信息登记（答卷数据）</b></p><p style="font-size:8pt;color:#666666">问卷星　导出时间：2024-09-05 '
                '08:32　　有效答卷：%d份　　发布者：%s（班主任）</p>' % (s["cls"], len(k), s["headteacher"]) +
                tbl(rows, pad="1px 3px", bold=(0,)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page=LAND))
        man.append("roster.html\t%s学生名单（问卷星导出）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Twentieth held-out people corpus (testdata/heldout20), the format of testdata/heldout19/truth.json. "
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
