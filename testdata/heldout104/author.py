#!/usr/bin/env python3
"""Write the sources of the 104th held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 邛崃
(Sichuan, 成都), 临沧 (Yunnan) and 华阴 (Shaanxi, 渭南).
The helpers (earlier_strings, near, draw_class, html, tbl, form_html, main)
follow heldout28's author.py; the item 8, 10, 11, 12 pages and rosters are new.

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
# every earlier corpus's truth file (heldout103, written at the same time, is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 103)] + ["othertools"]

# surnames by region: 邛崃 (川西: 王 李 张 刘 陈 杨 黄 赵 周 吴 徐 何 罗 谢 蒋 唐 邓 曾 袁 苟 敬),
# 临沧 (李 杨 张 字 罕 俸 鲁 赵 刘 王 杞 左 段 陈; Wa, Dai and Lahu families write 罕 俸 字 杞 刀),
# 华阴 (王 张 李 刘 杨 赵 党 雷 薛 屈 杜 马 任 贺)
SURNAMES = {
    "ql": list("王王李李张张刘刘陈陈杨黄赵周吴徐何罗谢蒋唐邓曾袁苟敬"),
    "lc": list("李李李杨杨张张字罕俸鲁赵刘王杞左段陈刀"),
    "hy": list("王王张张李李刘刘杨赵党雷薛屈杜马任贺"),
}
# given names: a new list, everyday names of students born around 2008-2009 in the west
GIVEN2 = ("思彤 宇航 梓萌 浩然 诗琪 俊杰 雨涵 子轩 欣怡 明轩 佳怡 锦涛 静怡 家豪 紫涵 天宇 若曦 博文 思远 "
          "梦瑶 嘉乐 可馨 志鹏 晨曦 宏宇 雅琪 鹏飞 芷若 俊豪 语嫣 泽宇 婧怡 浩楠 思雨 凯文 晓雯 宇轩 "
          "佳乐 乐瑶 金鹏 艺涵 兴旺 映雪 瑞麟 茂林 正阳 玉洁 振宇 海燕 佳豪 丽萍 永康 春燕 家乐").split()
GIVEN1 = list("毅璐磊娟鑫婷")
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


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


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


def hw(a, b):
    return [("1. %s" % a[0], [a[1], a[1][:12], a[1][-12:]]), ("2. %s" % b[0], [b[1], b[1][:12], b[1][-12:]])]


def mk(major, code, course, task, hours, station, situation, q1, q2, h1, h2, outputs):
    return dict(major=major, code=code, course=course, task=task, hours=hours, station=station, situation=situation,
                qs=[("问题1 " + q1[0], [q1[1], q1[1][:14], q1[1][-14:]]), ("问题2 " + q2[0], [q2[1], q2[1][:14], q2[1][-14:]])],
                hw=hw(h1, h2), outputs=outputs)


C = {
 "noodle": mk("烹饪(中式烹调)", "0501", "川菜冷热菜烹调", "邛崃钵钵鸡与奶汤面宴席出品", 16, "中式烹调一体化学习工作站",
   "邛崃一家老字号饭庄接到二十桌乡村宴席订单，要求出品钵钵鸡冷菜和奶汤面。厨师长请烹饪班学员按订单制定出品计划，完成原料初加工、熬制奶汤、调制红油钵钵鸡料汁，按桌号出品，并做好出品记录。",
   ("奶汤为什么要用大火熬制？", "大火使骨髓和胶原乳化，汤色才会奶白浓稠，小火只能熬出清汤。"),
   ("钵钵鸡料汁的红油怎样炼制？", "菜油烧熟降到一百二十度左右，分三次冲入辣椒面，最后加芝麻和花椒。"),
   ("冷菜间为什么要单独消毒？", "冷菜出品后不再加热，必须防止交叉污染。"), ("宴席出品顺序怎样安排？", "先冷菜后热菜，最后面点和汤面。"),
   [("出品记录", "二十桌按时出品。"), ("原料验收单", "土鸡四十只。"), ("成本核算表", "每桌成本三百一十元。")]),
 "brake": mk("汽车维修", "0403", "轿车制动系统检修", "家用轿车制动异响诊断与前制动片更换", 16, "汽车维修一体化学习工作站",
   "邛崃一家快修店接待一位车主，反映轿车刹车时有尖锐异响。店长请汽修班学员接车问诊，试车确认故障，拆检前制动器，测量制动片和制动盘厚度，更换制动片并做好竣工检验和交车说明。",
   ("制动异响常见原因有哪些？", "制动片磨到报警片、制动盘有沟槽、卡钳导向销缺油或制动片装反。"),
   ("更换制动片后为什么要踩几次制动踏板？", "让活塞推出贴紧制动片，否则第一脚制动会踩空。"),
   ("制动盘的最小厚度在哪里查？", "刻在制动盘边缘，也可以查维修手册。"), ("交车时要向车主说明什么？", "新制动片需要磨合，前两百公里避免急刹。"),
   [("维修派工单", "更换前制动片一套。"), ("制动盘厚度测量记录", "左二十四点六毫米。"), ("竣工检验单", "路试无异响。")]),
 "tea": mk("电子商务", "0603", "茶叶网店新品运营", "临沧滇红茶网店新品上架与直播预热", 14, "电子商务运营一体化学习工作站",
   "临沧一家茶叶合作社今年春茶做了新品滇红，想在网店上架并做一场直播预热。运营经理请电商班学员拍摄产品图、撰写详情页文案、设置价格和优惠，策划直播脚本，并统计预热期的访客和转化数据。",
   ("新品详情页首屏放什么？", "产品主图、产地茶园、核心卖点和价格优惠，三秒内让顾客看懂。"),
   ("直播预热为什么要提前三天？", "给平台推荐和粉丝预约留时间，开播时才有人气。"),
   ("怎样计算转化率？", "下单人数除以访客数再乘百分之百。"), ("茶叶主图拍摄要注意什么？", "用自然光，干茶和汤色都要拍清楚。"),
   [("商品上架记录", "上架三个规格。"), ("直播脚本", "开场五分钟讲茶园。"), ("预热数据统计表", "访客一千二百人。")]),
 "lan": mk("计算机网络应用", "0301", "口岸办公网络布线与维护", "边境口岸报关大厅有线网络改造与故障排查", 18, "网络工程一体化学习工作站",
   "临沧一处口岸的报关大厅网络经常掉线，服务商请网络班学员勘查现场，重新规划交换机和配线架，按标准压制网线、打模块，划分办公和自助终端两个网段，测试连通性并排查故障，填写竣工记录。",
   ("为什么要划分不同网段？", "办公和自助终端分开，广播不会互相影响，出故障也容易定位。"),
   ("网线测试仪显示三号线不通说明什么？", "三号芯在水晶头或模块处没有压好，需要重新压制。"),
   ("T568B线序是怎样的？", "橙白、橙、绿白、蓝、蓝白、绿、棕白、棕。"), ("VLAN的作用是什么？", "在一台交换机上隔离不同部门的广播。"),
   [("信息点位表", "四十八个点位。"), ("交换机配置记录", "划分两个VLAN。"), ("竣工测试记录", "全部点位测试通过。")]),
 "bath": mk("健康与社会照护", "0529", "养老院卧床老人擦浴更衣照护", "卧床老人床上擦浴与更衣照护", 14, "生活照护一体化学习工作站",
   "临沧一家养老院的护理部安排照护班学员跟班实习，为一位卧床的失能老人完成床上擦浴和更换衣物。护理组长请学员评估老人身体状况，准备用物，调节室温和水温，按顺序擦浴，更衣时注意患侧，最后记录皮肤情况。",
   ("擦浴前室温和水温各是多少？", "室温二十四到二十六度，水温五十度左右，用手腕内侧试温。"),
   ("偏瘫老人更衣的顺序是什么？", "脱衣先脱健侧再脱患侧，穿衣先穿患侧再穿健侧。"),
   ("擦浴时怎样保护老人隐私？", "关好门窗，拉上隔帘，只暴露正在擦洗的部位。"), ("擦浴中老人寒战怎么办？", "立即停止，盖好被子，报告护士。"),
   [("擦浴照护记录", "皮肤完整无破损。"), ("用物准备清单", "毛巾三条。"), ("照护反思", "动作要更轻柔。")]),
 "flange": mk("数控加工(数控车工)", "0106", "法兰类零件数控车削", "水泵法兰盘数控车削加工", 18, "数控车削一体化学习工作站",
   "华阴一家水泵厂需要一批法兰盘备件，委托学校数控车间加工。车间主任请数控班学员识读零件图，编制工艺卡和数控程序，完成端面、内孔和止口的车削，并用内径千分尺检测，填写自检记录。",
   ("车法兰盘时怎样装夹？", "先用三爪卡盘夹外圆车一端，调头用软爪夹已加工面，保证同轴。"),
   ("内孔车刀为什么要选小一点的刀杆？", "刀杆太粗进不去孔，太细又容易振刀，要按孔径选。"),
   ("止口尺寸超差怎样处理？", "停机测量，修改刀补后再精车一刀。"), ("G71指令的参数含义？", "切深、退刀量和精加工余量。"),
   [("零件自检记录", "内孔六十点零二。"), ("加工工艺卡", "共五道工步。"), ("数控程序单", "O0021程序。")]),
 "ticket": mk("城市轨道交通运输与管理", "0431", "景区接驳站客运组织", "景区高峰日车站售检票与乘客疏导", 16, "客运服务一体化学习工作站",
   "华山景区旅游高峰日，西安开往华阴方向的轨道接驳站客流暴增。值班站长请城轨班学员分组负责售票、检票和站厅疏导，制定高峰客流组织方案，处理乘客票务问题，并填写客流统计和服务记录。",
   ("高峰时怎样增加售检票能力？", "开放全部自动售票机和边门，安排人工售票和移动检票。"),
   ("乘客车票无法出站怎样处理？", "在票亭查询车票状态，补票或更新后引导乘客出站。"),
   ("站厅疏导时员工站在哪里？", "站在闸机前、楼梯口和换乘通道口。"), ("客流统计表记录什么？", "每十五分钟的进站、出站人数。"),
   [("客流统计表", "最高每小时三千人。"), ("票务处理记录", "处理十二笔。"), ("服务小结", "无乘客投诉。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="邛崃市临邛技工学校", pack="dir", region="ql", course="noodle", cls="烹饪2402班", size=36, seed=11,
         sidp="24180501", students=["苟思远", "敬芷菡", "罗茂林"], others_named=["周德芳", "袁师傅"],
         teachers=["唐兴翰", "曾丽华"], form_count="36人",
         f8="dish_ticket", f10="bonus_landscape", f11="typed_cover", f12="photo_book", findings=[],
         comment="clean. Item 10 (TYPED, landscape) has a 技能节加分 column explained on the page: 总分 = 小计 + 加分 (capped at 100); 36 rows = form. "
                 "Item 8 (scanned 300 dpi gray): each worksheet is under a printed 出品单 naming the customer 周德芳 (订餐人) and the kitchen master 袁师傅 (not students); "
                 "the student only as 出品人 by hand. No roster"),
    dict(school="邛崃市临邛技工学校", pack="dir", region="ql", course="brake", cls="汽修2401班", size=40, seed=12,
         sidp="24180403", students=["谢俊豪", "何婧怡", "蒋宏宇"], outsiders={"蒋宏宇": "汽修2403班"}, out_sidp="24180405",
         extra_class=["邓骁骐"], bad={"邓骁骐": "over"}, others_named=["陈述钧"],
         teachers=["黄建平", "徐世林"], form_count="40人",
         f8="work_order", f10="weighted", f11="typed_table", f12="envelope",
         findings=[("students.not_in_class", 8, True, "蒋宏宇"), ("records.invalid_score", 10, False, "邓骁骐")],
         comment="蒋宏宇 of the parallel class 汽修2403班 (his class and 学号 on 8, 11, 12) is the third student; item 10 (40 rows = form) has no record of him: "
                 "students.not_in_class. Item 10 (scanned 200 dpi gray) is a WEIGHTED register: 理论(满分100) ×30% + 实操(满分100) ×70% = 总评; "
                 "邓骁骐's 实操 is 108 (above its 100 maximum; 总评 computed from it): records.invalid_score. Item 8: a 维修派工单 naming the car owner 陈述钧. Item 12: photos of a 作业袋 (homework envelope) then the page"),
    dict(school="临沧市博尚技工学校", pack="gbkzip", region="lc", course="tea", cls="电商2403班", size=38, seed=21,
         sidp="2453060303", students=["字梓萌", "罕家乐", "俸志鹏"], extra_class=["杞映雪"], absent_from_10=["杞映雪"],
         others_named=["鲁正华"], teachers=["段红梅", "左建华"], form_count="38名", roster="points", headteacher="杨澜馨",
         f8="footer_sign", f10="tally", f11="typed_table", f12="scan_hand",
         findings=[("records.missing_student", 10, False, "杞映雪"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 班级积分榜 used as the class list: 学号 姓名 本月积分 星级, 38) and the form (`38名`) hold 杞映雪; item 10 (TYPED, a 课堂表现 column of hand-drawn 正-character tallies, explained on the page) has 37 rows and none for her: records.missing_student and records.count_mismatch. Item 8 (colour scan): the student only as "
                 "`完成人签名` at the foot; the cooperative's head 鲁正华 named in the task box"),
    dict(school="临沧市博尚技工学校", pack="gbkzip", region="lc", course="lan", cls="网络2401班", size=42, seed=22,
         sidp="2453030101", students=["俸菁菁", "杞昱骁", "字钰淇"], items={12: ["俸菁菁", "杞昱骁"]},
         extra_class=["赵瑞麟"], bad={"赵瑞麟": "sum"},
         teachers=["罕灿文", "刀蕴瑶"], form_count="42人",
         f8="photo_box", f10="max_foot", f11="typed_table", f12="photo_line",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "赵瑞麟")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos) holds the homework of only TWO students (字钰淇's is missing; 8 and 11 hold the three): students.count; "
                 "students.mismatch optional. Item 10 (TYPED) has its maxima in a `满分` row at the FOOT of the table; 赵瑞麟's 总分 is 6 below the "
                 "sum of his parts: records.invalid_score. Item 8 (scanned 250 dpi gray): an ID-card-like head with a 照片 box"),
    dict(school="临沧市博尚技工学校", pack="gbkzip", region="lc", course="bath", cls="照护2402班", size=35, seed=23,
         sidp="2453052902", students=["鲁筱婕", "鲁晨曦", "段骞"], others_named=["俸桂英", "左韵秋"],
         teachers=["罕翠岚", "字建国"], form_count="35人",
         f8="care_sheet", f10="hours_corrected", f11="typed_table", f12="scan_hand",
         findings=[],
         comment="clean. Item 10 (colour scan 250 dpi) has a 实训工时 column NOT part of the total (said on the page) and HAND-CORRECTED scores: for three students a part score is struck through and the "
                 "corrected mark written beside it in red with `改` and the teacher's initials; 总分 adds the corrected mark (legal; `更正处已由考核教师签字`). "
                 "Item 8: the elderly resident 俸桂英 (照护对象) and the nurse in charge 左韵秋 (护理组长) on every sheet, not students. No roster"),
    dict(school="华阴市罗敷技工学校", pack="zip", region="hy", course="flange", cls="数控2402班", size=40, seed=31,
         sidp="24610106", students=["党博文", "雷可馨", "薛泽宇"], extra_class=["屈天宇", "贺金鹏"], absent_from_10=["贺金鹏"],
         bad={"屈天宇": "sum"}, teachers=["杜卫东", "任秦生"], form_count="共40人",
         f8="piece_ticket", f10="piecework_mono", f11="typed_table", f12="photo_book",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "屈天宇")],
         comment="item 10 (1-bit scan 300 dpi, a PIECE-WORK register: 合格件数 × 8 = 件数分(40), with 名次) lists 39; the form says `共40人` (no roster): records.count_mismatch. 屈天宇's 合计 is 9 above "
                 "the sum of his three tasks: records.invalid_score. Item 8: a printed 计件工票 at the top with the student as 操作者"),
    dict(school="华阴市罗敷技工学校", pack="zip", region="hy", course="ticket", cls="城轨2401班", size=38, seed=32,
         sidp="24610431", students=["党翊辰", "屈芮瑄", "雷熠彬"], items={11: ["党翊辰", "屈芮瑄", "薛桐蔓"]},
         extra_class=["薛桐蔓", "任骁珩"], bad={"任骁珩": "over"}, others_named=["贺长安"],
         teachers=["屈志强", "薛红"], form_count="38",
         f8="name_card", f10="remark_grade", f11="typed_table", f12="scan_hand",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "任骁珩")],
         comment="item 11 (TYPED) holds the work of 党翊辰, 屈芮瑄 and classmate 薛桐蔓 (with an item-10 record) instead of 雷熠彬's: students.mismatch. "
                 "Item 10 (TYPED, 等级 and 备注 columns) 任骁珩 has 过程(40) = 44: records.invalid_score. Item 8: a pasted 实习服务名片 (name card) with the name, and the duty station master 贺长安"),
]

PROVINCE = {1: "四川省成都市邛崃市", 2: "云南省临沧市", 3: "陕西省渭南市华阴市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 邛崃: "附件3-8 工作页.pdf"
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 临沧: "【08】工作页.pdf" (full-width brackets: the name decides)
        return "%s【%02d】.pdf" % (NAMES[n], n)
    return "%d、%s.pdf" % (n, NAMES[n])   # 华阴


def form_name(s, c):
    return {1: ("申报书（%s）.docx" % s["cls"], "docx"),
            2: ("附件2：%s优质课堂申报书.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("%s申报书.docx" % c["task"], "docx")}[grp(s)]


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
    if g == 1:   # 凯里: four columns, two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 丹东: 学生人数, a bare number
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 库车: class and size in one cell
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及人数", "%s，%s" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
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
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


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
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好"][i % 3], t[0])
        if f == "dish_ticket":
            top = tbl([[("<b>饭庄出品单</b>　桌号 %d" % (3 + i), ' colspan="4"')], ["订餐人", s["others_named"][0], "厨师长", s["others_named"][1]],
                       ["出品人", hand(n, True), "出品时间", hand("11:%02d" % (20 + 5 * i), True)]], width="100%", pad="4px")
            body = top + title + "<p>班级：%s　学号：%s</p>" % (hand(cl, True), hand(sid, True)) + sit + answers(c, rng, i) + comment
        elif f == "work_order":
            top = tbl([[("<b>维修派工单</b>　No.%d" % (5031 + i), ' colspan="4"')], ["车主", s["others_named"][0], "车型", "家用轿车"],
                       ["维修工", hand(n, True), "质检", t[1]], ["班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px")
            body = top + title + sit + answers(c, rng, i) + comment
        elif f == "footer_sign":
            body = (title + "<p>任务来源：合作社负责人 %s</p>" % s["others_named"][0] + sit + answers(c, rng, i) + comment +
                    '<p>&nbsp;</p><p style="text-align:right">完成人签名：%s　班级：%s　学号：%s</p>' % (hand(n), cl, sid))
        elif f == "piece_ticket":
            top = tbl([[("<b>计 件 工 票</b>　No.%04d" % (731 + i), ' colspan="6"')], ["零件", "水泵法兰盘", "工序", "粗、精车", "定额工时", "1.5 h"],
                       ["操作者", hand(n, True), "合格件数", hand(str(4 + i % 2), True), "检验", t[1]],
                       ["班级", hand(cl, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]], width="100%", pad="4px")
            body = top + title + sit + answers(c, rng, i) + comment
        elif f == "name_card":
            card = ('<table width="100%%"><tr><td width="52%%"></td><td><table style="border-collapse:collapse;border:1.5pt solid #1f4e8c" width="100%%">'
                    '<tr><td style="background:#1f4e8c;color:#fff;padding:3px 8px">%s　实习服务卡</td></tr>'
                    '<tr><td style="padding:4px 8px"><span style="font-size:16pt"><b>%s</b></span>　实习站务员<br/>%s　工号 %s</td></tr></table></td></tr></table>'
                    % (s["school"], n, cl, sid))
            body = card + title + "<p>值班站长：%s　　岗位：%s</p>" % (s["others_named"][0], ["售票", "检票", "站厅疏导"][i % 3]) + sit + answers(c, rng, i) + comment
        elif f == "photo_box":
            box = ('<table style="border-collapse:collapse" width="100%%"><tr>%s%s%s</tr><tr>%s%s</tr></table>'
                   % (td("姓名", ' align="center" width="16%"', "6px"), td(hand(n), ' width="54%"', "6px"),
                      td("照<br/>片", ' rowspan="2" align="center" width="18%"', "6px"), td("班级/学号", ' align="center"', "6px"),
                      td(hand("%s　%s" % (cl, sid), True), "", "6px")))
            extra = "<p>值班站长：%s</p>" % s["others_named"][0] if s.get("others_named") else ""
            body = box + title + extra + sit + answers(c, rng, i) + comment
        elif f == "care_sheet":
            top = tbl([["照护对象", s["others_named"][0] + "（86岁，卧床）", "护理组长", s["others_named"][1]],
                       ["护理员（学生）", hand(n, True), "班级", hand(cl, True)]], width="100%", pad="4px")
            body = title + top + sit + answers(c, rng, i) + comment
        elif f == "process_card":
            top = tbl([[("<b>机械加工工序卡</b>", ' colspan="6"')], ["零件", "法兰盘", "材料", "HT200", "工序", "车削"],
                       ["操作者", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]], width="100%", pad="4px")
            body = top + title + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False))
    meth = {"dish_ticket": "x-scanpdf:300:toothpick", "work_order": "x-scanpdf:200", "footer_sign": "x-scanpdf:200:color",
            "photo_box": "x-scanpdf:250:toothpick", "care_sheet": "x-scanpdf:200", "process_card": "x-scanpdf:200:mono",
            "piece_ticket": "x-scanpdf:200:mono", "name_card": "x-scanpdf:250:color:toothpick"}[f]
    return "08.html", html(PB.join(pages), font="Noto Serif CJK SC"), meth


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


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "bonus_landscape":
        parts = [("刀工", 25), ("火候", 25), ("调味", 30), ("装盘", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["小计(100)", "技能节加分", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.93)
            b = rng.choice([0, 0, 0, 0, 2, 3, 5]) if sum(v) <= 95 else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>说明：在校技能节获奖的学生加2～5分，总分＝小计＋技能节加分，最高100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="size:A4 landscape;margin:1.0cm 1.4cm"), "pdf"
    if f == "weighted":
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "理论成绩<br/>(满分100)", "实操成绩<br/>(满分100)", "总评<br/>(理论×30%+实操×70%)", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(62, 96), rng.randint(64, 95)
            if bad.get(n) == "over":
                b = 108
            tot = round(a * 0.3 + b * 0.7, 1)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), "%.1f" % tot, grade(tot)], pad))
        body = head10(s, c, "学习任务考核记录（加权）") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "name_first":
        parts = [("上架", 25), ("文案", 25), ("直播脚本", 30), ("数据分析", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分", "等第", "评语"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), "ABCD"[0 if sum(v) >= 90 else 1 if sum(v) >= 80 else 2 if sum(v) >= 60 else 3],
                             rng.choice(["文案有亮点", "数据清楚", "脚本完整", "", ""])], pad))
        body = head10(s, c, "学习任务考核评价表") + table(out) + "<p>本表共%d人。等第：A≥90，B≥80，C≥60。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "max_foot":
        parts = [("勘查", 15), ("布线", 30), ("配置", 30), ("测试", 15), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        out.append(trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "tally":
        parts = [("上架", 25), ("文案", 25), ("直播脚本", 20), ("数据分析", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "课堂表现（正字记次）", "表现分(10)"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            cnt = rng.randint(4, 13)
            marks = "正" * (cnt // 5) + ["", "一", "丅", "下", "止"][cnt % 5]
            ps_ = min(10, cnt)
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, hand(marks, True, size="11pt"), str(ps_)] + [str(x) for x in v] + [str(ps_ + sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：课堂表现每回答问题或展示一次记一笔（“正”字五笔），每笔1分，表现分最高10分；总分＝表现分＋四项成绩。本表共%d人。</p>" % len(rec) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "piecework_mono":
        parts = [("工艺(30)", 30), ("程序(30)", 30)]
        rows = []
        for n in rec:
            pcs = rng.randint(3, 5)
            v = part_scores(rng, parts)
            tot = pcs * 8 + sum(v) + (9 if bad.get(n) == "sum" else 0)
            rows.append((n, pcs, v, tot))
        order = sorted(range(len(rows)), key=lambda i: -rows[i][3])
        rank = {i: r + 1 for r, i in enumerate(order)}
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号", "合格件数<br/>(满5件)", "件数分<br/>(每件8分，满40)"] + [p for p, _ in parts] + ["合计", "名次"]], pad)]
        for k, (n, pcs, v, tot) in enumerate(rows):
            out.append(trow([str(k + 1), n, sid_of(s, n), str(pcs), str(pcs * 8)] + [str(x) for x in v] + [str(tot), str(rank[k])], pad))
        body = head10(s, c, "学习任务考核成绩汇总表（计件）") + table(out) + "<p>合计＝件数分＋工艺＋程序。</p>" + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:300:mono"
    if f == "hours_corrected":
        parts = [("评估", 20), ("擦浴操作", 40), ("更衣", 25), ("沟通", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "实训工时(h)"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        fix = {4: 1, 13: 2, 27: 1}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            if k in fix:
                j = fix[k]
                old = v[j]
                v[j] = old + 3
                cells[j] = '<s>%d</s> %s' % (old, hand("%d改%s" % (v[j], t[0][0]), True, ink="#c0251a", size="9pt"))
            out.append(trow([str(k + 1), sid_of(s, n), n, str(rng.choice([14, 14, 14, 12, 10]))] + cells + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>注：实训工时为学生实际参加实训的学时，不计入总分；更正处已由考核教师签字，总分按更正后成绩计算。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:color"
    if f == "corrected":
        parts = [("评估", 20), ("擦浴操作", 40), ("更衣", 25), ("沟通", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        fix = {4: 1, 13: 2, 27: 1}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            if k in fix:
                j = fix[k]
                old = v[j]
                v[j] = old + 3
                cells[j] = '<s>%d</s> %s' % (old, hand("%d改%s" % (v[j], t[0][0]), True, ink="#c0251a", size="9pt"))
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + "<p>注：更正处已由考核教师签字，总分按更正后成绩计算。</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:color"
    if f == "rank_mono":
        parts = [("任务一 工艺(30)", 30), ("任务二 编程(30)", 30), ("任务三 加工检测(40)", 40)]
        rows = []
        for n in rec:
            v = part_scores(rng, parts)
            tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
            rows.append((n, v, tot))
        order = sorted(range(len(rows)), key=lambda i: -rows[i][2])
        rank = {i: r + 1 for r, i in enumerate(order)}
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p for p, _ in parts] + ["合计", "名次"]], pad)]
        for k, (n, v, tot) in enumerate(rows):
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), str(rank[k])], pad))
        body = head10(s, c, "学习任务考核成绩汇总表") + table(out) + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:300:mono"
    if f == "remark_grade":
        parts = [("职业素养", 20), ("过程", 40), ("成果", 40)]
        out = [trow(["<b>%s</b>" % x for x in ["学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 44
            out.append(trow([sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v)), {6: "组长", 20: "组长", 31: "补考"}.get(k, "")], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


def item11(s, c, names, d):
    t = s["teachers"]
    parts = ['<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p>' % (c["task"], s["school"], s["cls"])]
    for i, n in enumerate(names):
        for j, (title, desc) in enumerate(c["outputs"]):
            parts.append('<h3>%s</h3>' % title + tbl([["完成人", n, "班级", cls_of(s, n)], ["日期", day(s, 30 + i), "审核", t[j % 2]],
                                                      ["内容", (desc, ' colspan="3"')]], width="90%") + "<p>小结：按要求完成。</p>")
    return "11.html", html(PB.join(parts)), "pdf"


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
        if f == "envelope":
            head = ["", "　　作　业　袋", "", "%s" % s["school"], "课程：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "上交日期：%s" % day(s, 20 + i)[5:], "----", "课后作业"]
        elif f == "photo_book":
            head = ["", "　　作　业　本", "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n, "----", "课后作业"]
        elif f == "photo_line":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        else:
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        lines += head + [""] + qa + ["! 阅 %s" % t[0]]
    meth = {"photo_book": "x-photo:200:1:pine", "photo_line": "x-photo:200:2:pine", "scan_hand": "x-scan:250:4", "envelope": "x-photo:200:2:pine"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


def roster(s, d, man):
    if s.get("roster") == "points":
        k = s["klass"]
        rr = random.Random(s["seed"] * 99)
        rows = []
        for j, n in enumerate(k):
            pts = rr.randint(62, 118)
            rows.append(trow([str(j + 1), sid_of(s, n), n, str(pts), "★" * (1 + (pts - 60) // 15)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单（十月班级积分榜）</h2><p style="text-align:center">%s</p>' % (s["cls"], s["school"]) +
                table([trow(["<b>序号</b>", "<b>学号</b>", "<b>姓名</b>", "<b>本月积分</b>", "<b>星级</b>"], "1px 4px")] + rows, "80%") +
                "<p>积分由考勤、卫生、课堂表现构成，与学习任务考核成绩无关。班主任：%s　　全班共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return [], {}
    if s.get("roster") != "dorm":
        return
    k = s["klass"]
    out = []
    for r in range(0, len(k), 6):
        out.append('<tr><td colspan="4" style="border:0.75pt solid #000;background:#e8e8e8;padding:1px 6px">宿舍 %d栋%d室</td></tr>' % (3, 201 + r // 6))
        for j in range(r, min(r + 6, len(k))):
            out.append(trow([str(j + 1), sid_of(s, k[j]), k[j], "舍长" if j == r else ""], "1px 4px"))
    body = ('<h2 style="text-align:center">%s%s学生名单（按宿舍）</h2>' % (s["school"], s["cls"]) +
            table([trow(["<b>序号</b>", "<b>学号</b>", "<b>姓名</b>", "<b>备注</b>"], "1px 4px")] + out, "80%") +
            "<p>班主任：%s　　合计：%d人</p>" % (s["headteacher"], len(k)))
    write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
    man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
    return [], {}


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Held-out people corpus 104 (testdata/heldout104), the format of testdata/heldout23/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 28)
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
        fct = {1: "班级人数 | %s", 2: "学生人数 | %s", 3: "授课班级及人数 | %s，%%s" % s["cls"]}[grp(s)]
        fct = fct % s["form_count"] if grp(s) != 3 else "授课班级及人数 | %s，%s" % (s["cls"], s["form_count"])
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "others_named": s.get("others_named", []) + parents,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
