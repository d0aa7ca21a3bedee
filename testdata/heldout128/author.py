#!/usr/bin/env python3
"""Write the sources of the hundred-and-twenty-eighth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 漠河
(Heilongjiang, 大兴安岭), 巫山县 (Chongqing) and 奇台县 (Xinjiang, 昌吉).
The helpers (html, tables, class drawing, the earlier-name filter) are
heldout64's, copied; the page layouts are this corpus's own.

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
# the truth files read for names, tasks and courses to avoid (heldout127 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 127)] + ["othertools"]

# surnames by region, weighted by repetition: 漠河 (the 闯关东 families from 山东 and 河北: 王 李 张 刘 孙 于 赵 杨 姜 曲 宫 …),
# 巫山 (三峡 families: 李 王 张 刘 陈 向 冉 谭 邓 杨 黄 周 何 唐 袁 …), 奇台 (汉 families of the 北庭 oasis: 王 张 李 刘 马 杨 赵 陈 魏 蔺 朱 …)
SURNAMES = {
    "mh": list("王王王王李李李张张张刘刘刘孙孙于于赵赵杨姜曲宫高马徐吕王李张"),
    "ws": list("李李李李王王王张张刘刘陈陈陈向向冉谭谭邓杨黄周何唐蒋袁李王"),
    "qt": list("王王王王张张张李李李刘刘马马杨杨赵陈魏蔺朱胡何王张李"),
}
GIVEN2 = ("恩泽 嘉欣 雨菲 浩然 思涵 梓轩 俊杰 文轩 紫涵 欣怡 宇彤 子怡 浩博 语晨 佳乐 一帆 博宇 鸿宇 馨怡 芮涵 "
          "梓琪 俊宇 晨曦 雅琪 思雅 佳豪 宇翔 可欣 浩轩 诗涵 子涵 怡宁 瑞琪 秋实 海峰 天宇 嘉伟 永琪 金凤 雪莹 "
          "丽娜 晓东 春雨 冬梅 玉洁 丹丹 明月 晓龙 海龙 新月 宏伟 晨旭 鹤鸣 松涛 伟博 雨辰 嘉琦 俊逸 梦涵 "
          "欣雨 语涵 雅轩 子晴 炫宇 钧皓 昱辰 立轩 哲瀚 斯琪 雯静 紫怡 嘉瑶 梓瑞 芯怡 悦然 若琳 浩辰 佳欣 金宝 "
          "耀文 星辰 一凡 子淇 馨予 泽林 雨航 鑫宇 骏豪 云飞 奕航 锦涛 宏宇 嘉豪 雨琪 文静 冰冰 婷婷 春晖 明浩").split()
GIVEN1 = list("鹏瑶涛帅丹娜旭洋")
def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 怀柔 (北方 common families, and the Manchu 关 富 那 佟
# of the 长哨营 and 喇叭沟门 townships), 宝坻 (王 李 张 刘 杨 赵 孙 高 于 齐 宋 穆 …), 彬州 (关中 families:
# 党 雷 寇 史 侯 权 同 …)

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


def bare(a):
    return a.replace("·", "").replace("•", "")


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


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



def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))



C = {
 "nev": dict(major="新能源汽车检测与维修", code="0435", course="纯电动汽车电池热管理检修", task="高寒地区纯电动汽车低温续航衰减与电池加热系统故障诊断",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="一月的漠河夜间气温常在零下三十五度以下，一位出租车司机反映，他的纯电动车早上充满电后只能跑平时一半的路程，仪表还偶尔提示电池温度过低。维修站主管请新能源班学员接车问诊，读取电池管理系统数据流，检查动力电池加热膜、加热继电器和冷却液加热器，找出续航衰减的原因，按高压安全规程完成维修并填写工单。",
   qs=[("问题1 低温下续航为什么会明显下降？", ["电解液变稠，锂离子移动慢，电池可用容量下降，同时还要用电给电池和车厢加热。", "电池容量下降，加热也耗电。", "锂离子移动慢。"]),
       ("问题2 检查加热继电器前要做哪些高压防护？", ["断开维修开关，等待五分钟以上，用万用表确认母线电压低于安全值，戴绝缘手套。", "断维修开关，验电。", "戴绝缘手套。"])],
   hw=[("1. 电池加热膜的电阻怎样测量？", ["断电后拔下加热膜插头，用万用表电阻档测两端，与维修手册的标准值比较。", "拔插头，测两端电阻。", "与标准值比较。"]),
       ("2. 怎样向司机解释冬季用车建议？", ["尽量在车库停放，出车前插枪预热电池，车内温度设到二十度左右。", "出车前预热电池。", "车库停放。"])],
   outputs=[("维修工单", "更换电池加热继电器一只。"), ("电池管理系统数据流分析报告", "最低单体温度零下二十九度。")]),
 "room": dict(major="饭店(酒店)服务", code="0504", course="民宿客房对客服务", task="冰雪旅游旺季民宿客房清扫与夜床服务",
   hours=14, station="客房服务一体化学习工作站",
   situation="冬至前后漠河北极村迎来看极光、过冬至的游客，合作民宿的客房入住率接近满房，退房和入住集中在中午。民宿经理请酒店班学员按清扫顺序完成走客房和住客房清扫，检查客房设施和防寒用品，为住客提供夜床服务，并做好客人物品遗留登记。",
   qs=[("问题1 走客房和住客房的清扫顺序为什么不同？", ["走客房要尽快清出来卖给下一位客人，住客房要按客人的要求安排时间，不能打扰客人休息。", "走客房先清，住客房看客人要求。", "不打扰客人。"]),
       ("问题2 冬季客房要特别检查哪些防寒用品？", ["暖气温度、窗户密封条、加厚被褥、电热毯和暖水袋，还要提醒客人出门防冻。", "暖气和窗户密封。", "加厚被褥。"])],
   hw=[("1. 夜床服务包括哪些内容？", ["拉好窗帘，开床角，摆放拖鞋和晚安卡，补充饮用水，调暗灯光。", "开床角，放拖鞋。", "拉窗帘，调暗灯光。"]),
       ("2. 发现客人遗留物品怎么办？", ["不得私自处理，记录房号、物品和时间，交前台登记保管，联系客人。", "交前台登记。", "联系客人。"])],
   outputs=[("夜床服务记录", "完成夜床十二间。"), ("客房清扫质量自查表", "自查合格。")]),
 "care": dict(major="健康与社会照护", code="0529", course="卧床老人体位与皮肤照护", task="山区敬老院失能老人压力性损伤预防与翻身体位照护",
   hours=16, station="老年照护一体化学习工作站",
   situation="巫山县一所乡镇敬老院住着二十多位长期卧床的老人，入冬后有两位老人骶尾部皮肤发红。院长请照护班学员评估老人的压力性损伤风险，制定两小时一次的翻身计划，练习轴线翻身和三十度侧卧位摆放，做好皮肤护理和照护记录，并教护理员正确使用减压垫。",
   qs=[("问题1 为什么要每两小时翻身一次？", ["同一部位受压超过两小时，局部血液循环受阻，皮肤就容易破溃，形成压疮。", "受压太久皮肤会破溃。", "血液循环受阻。"]),
       ("问题2 三十度侧卧位怎样摆放？", ["背后垫软枕使身体与床面成三十度，两膝之间放枕头，足跟悬空。", "背后垫枕，成三十度。", "两膝间放枕头。"])],
   hw=[("1. 皮肤发红时用手按压有什么意义？", ["按压后颜色能很快恢复说明是一期以前的表现，不退色要按一期压疮处理。", "看颜色能否恢复。", "不退色按一期处理。"]),
       ("2. 照护记录要写哪些内容？", ["翻身时间、体位、皮肤情况、进食饮水、排便和照护员签名。", "翻身时间和体位。", "皮肤情况。"])],
   outputs=[("翻身体位照护计划单", "白天每两小时一次，夜间配合减压垫。"), ("皮肤评估记录", "Braden评分十二分，高危。"), ("照护反思报告", "轴线翻身动作已熟练。")]),
 "lan": dict(major="计算机网络应用", code="0301", course="小型办公网络改造与运维", task="库区移民安置小区物业办公室网络改造与无线覆盖",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="巫山县城一处库区移民安置小区的物业办公室网络是十年前拉的，只有一台家用路由器，收费电脑经常掉线，监控和门禁也接不进来。物业经理请网络班学员勘察现场，画出网络拓扑，划分办公、监控和访客三个网段，安装交换机和无线接入点，完成配置和测试，并写出交付文档。",
   qs=[("问题1 为什么要把监控和办公分成不同网段？", ["监控摄像头数据量大，分开后互不影响，访客也进不了监控网段，安全。", "互不影响，更安全。", "访客进不了监控网。"]),
       ("问题2 无线接入点放在哪里合适？", ["放在办公室中间的吊顶下，避开金属柜和承重墙，用信号测试软件确认覆盖。", "放在中间吊顶下。", "避开金属柜。"])],
   hw=[("1. VLAN的作用是什么？", ["在一台交换机上划分出几个逻辑网段，隔离广播，方便管理。", "划分逻辑网段。", "隔离广播。"]),
       ("2. 交付文档要写哪些内容？", ["拓扑图、地址规划表、设备账号密码、测试结果和维护建议。", "拓扑图和地址规划。", "测试结果。"])],
   outputs=[("网络测试报告", "三个网段互通策略符合要求。"), ("无线覆盖测试记录", "办公室信号强度均高于负六十五。"), ("交付文档", "含拓扑图和地址规划表。")]),
 "plc": dict(major="机电一体化技术", code="0127", course="称重分拣单元安装与调试", task="面粉厂包装线称重分拣单元PLC控制系统安装与调试",
   hours=18, station="机电一体化设备调试学习工作站",
   situation="奇台县一家面粉厂的二十五公斤包装线要加一个称重分拣单元，把超重和欠重的袋子自动推到返工线上。设备科长请机电班学员读懂电气图，安装称重传感器、光电开关和推袋气缸，接线后编写PLC程序，调试分拣动作，并和操作工一起做连续一小时的试运行。",
   qs=[("问题1 称重传感器为什么要做零点和量程标定？", ["传感器和称重仪表有零点漂移，用空秤和标准砝码标定后称量才准确。", "零点漂移，标定后才准。", "用标准砝码。"]),
       ("问题2 推袋气缸动作太早会怎样？", ["袋子还没到位气缸就伸出，推空或者把袋子推歪卡在输送带上。", "推空或推歪。", "卡在输送带上。"])],
   hw=[("1. 光电开关的作用是什么？", ["检测袋子到达称重位置，给PLC一个信号开始计时称重。", "检测袋子到位。", "给PLC信号。"]),
       ("2. 试运行要记录哪些数据？", ["运行时间、通过袋数、分拣出的超重和欠重袋数、误动作次数。", "通过袋数和分拣数。", "误动作次数。"])],
   outputs=[("称重分拣单元调试记录", "连续运行一小时，误分拣零次。"), ("PLC程序清单", "共一百二十六步。")]),
 "flour": dict(major="电子商务", code="0603", course="特色面粉网店上新运营", task="旱田小麦石磨面粉网店上新与详情页优化",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="奇台县一家面粉合作社的石磨面粉在本地很受欢迎，今年想在网店上新五公斤和十公斤两种规格，卖给疆外的顾客。合作社负责人请电商班学员做竞品分析，拍摄产品图片，编写详情页文案，设置运费模板和优惠活动，上新后做两周的客服和数据复盘。",
   qs=[("问题1 详情页前三屏应该放什么？", ["产地旱田和石磨工艺的图片、规格价格、顾客最关心的口感和保质期。", "产地工艺和规格价格。", "口感和保质期。"]),
       ("问题2 疆外顾客的运费怎样设置？", ["按重量分区设置运费模板，偏远地区单独计算，满两袋包邮。", "按重量分区设模板。", "满两袋包邮。"])],
   hw=[("1. 顾客问面粉有没有添加剂怎么回答？", ["如实说明只有小麦，没有增白剂，附上检测报告的图片。", "只有小麦，附检测报告。", "没有增白剂。"]),
       ("2. 复盘要看哪些数据？", ["访客数、转化率、客单价、退款率和差评内容。", "访客数和转化率。", "差评内容。"])],
   outputs=[("竞品分析表", "选取竞品六家。"), ("详情页文案", "共八屏。"), ("两周运营复盘", "转化率百分之三点一。")]),
 "dapanji": dict(major="烹饪(中式烹调)", code="0501", course="新疆宴席热菜与面食出品", task="新疆大盘鸡与过油肉拌面宴席出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="奇台县城一家餐厅要承办一场三十桌的婚宴，主菜是大盘鸡，主食是过油肉拌面。餐厅厨师长请烹饪班学员按标准菜谱备料，完成斩鸡、炒糖色、炖煮和拉面，按上菜节奏控制出品时间，并做好成本核算和厨房卫生。",
   qs=[("问题1 大盘鸡为什么要炒糖色？", ["糖色让鸡块颜色红亮，带一点焦香，炒到枣红色冒小泡时下鸡块。", "颜色红亮，有焦香。", "枣红色时下鸡块。"]),
       ("问题2 三十桌同时出菜怎样控制时间？", ["提前把鸡块炖到八成熟分锅保温，开席前二十分钟下土豆和皮带面收汁。", "提前炖到八成熟。", "开席前下土豆收汁。"])],
   hw=[("1. 拉面的面团为什么要醒？", ["醒面让面筋松弛，拉的时候不容易断，面条更筋道。", "面筋松弛，不容易断。", "更筋道。"]),
       ("2. 过油肉的肉片怎样上浆？", ["羊肉切薄片，加盐、蛋清和淀粉抓匀，静置十分钟后滑油。", "加蛋清淀粉抓匀。", "静置后滑油。"])],
   outputs=[("大盘鸡出品记录", "每盘出品时间十八分钟。"), ("过油肉拌面出品记录", "面条粗细均匀。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="漠河市北极光技工学校", pack="dir", region="mh", course="nev", cls="新能源2401班", size=34, seed=11,
         sidp="24230435", students=["曲耀文", "宫雨菲", "于昱辰"], items={12: ["曲耀文", "宫雨菲", "吕星辰"]},
         extra_class=["吕星辰", "孙钧皓"], bad={"孙钧皓": "over"}, others_named=["冷长福"],
         teachers=["隋立新", "鞠红艳"], form_count="34人",
         f8="bottom_sign", f10="landscape_grade", f11="workorder_typed", f12="sunglasses_photo",
         findings=[("records.invalid_score", 10, False, "孙钧皓"), ("students.mismatch", 12, True)],
         comment="item 12 (phone photos, sunglasses lying on the sheet) holds the homework of 曲耀文, 宫雨菲 and classmate 吕星辰 "
                 "(who has an item-10 record) instead of 于昱辰's (8 and 11 hold the three): students.mismatch. Item 10 (scanned 250 dpi "
                 "gray, a bottle cap on the glass) is a LANDSCAPE register with a two-row head (四个考核模块 over their maxima `（30分）`) and "
                 "a 等级 column after 合计; 孙钧皓 has 36 under 二、故障诊断（30分） (合计 is the sum): records.invalid_score. Item 8 "
                 "(scanned 200 gray, bottle cap): no name at the top; the student signs in a signature box at the FOOT "
                 "(学生签名 | 教师签名 | 日期). The taxi driver 冷长福 is named in item 11 as 车主 (not a student). No roster"),
    dict(school="漠河市北极光技工学校", pack="dir", region="mh", course="room", cls="酒店2401班", size=36, seed=12,
         sidp="24230504", students=["姜紫怡", "徐耀宗", "曲佳欣"], others_named=["邰建国", "乔丽萍", "蒲志成", "鲍玉梅"],
         teachers=["房玉娥", "臧宝林"], form_count="36人（男12人，女24人）", roster="dorm", headteacher="滕秀云",
         f8="room_sheet", f10="bonus", f11="turndown_typed", f12="hand_scan",
         findings=[],
         comment="clean. The form says `36人（男12人，女24人）`; the roster is a 住宿学生名单 grouped by dormitory room (宿舍 "
                 "楼号-房号 heads, 6 a room, the dormitory keeper 鲍玉梅 named as 宿管员 at the foot with the 班主任), 36 = item 10 "
                 "(TYPED) which has a 附加分 column explained under the table (冰雪节志愿服务, at most 5, 总分 = four parts + 附加分). "
                 "Item 8 (colour scan 200): a 客房清扫检查表, the student as 清扫员 in the head, the guests 邰建国, 乔丽萍, 蒲志成 in "
                 "the room table (not students). Item 11 (typed): 夜床服务记录 with 服务员 the student and 客人 the guests"),
    dict(school="重庆市巫山县神女技工学校", pack="gbkzip", region="ws", course="care", cls="照护2401班", size=38, seed=21,
         sidp="24500529", students=["冉雨航", "向梓琪", "谭鸿宇"], items={8: ["冉雨航", "向梓琪", "谭鸿宇", "邓馨怡"]},
         extra_class=["邓馨怡", "冉春晖"], absent_from_10=["冉春晖"], others_named=["谭明德", "冉桂珍", "黄世清"],
         teachers=["牟晓琴", "覃德贵"], form_count="38", roster="plain_sex", headteacher="龚昌菊",
         f8="care_record", f10="group_star", f11="careplan_typed", f12="scan_hand",
         findings=[("students.count", 8, False), ("records.missing_student", 10, False, "冉春晖"), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (the printed sheets PHOTOGRAPHED with a phone, sunglasses lying on them) holds the care records of FOUR "
                 "students: the three and classmate 邓馨怡 (with an item-10 record): students.count on 8; students.mismatch optional. "
                 "Each page also names the elder cared for (谭明德, 冉桂珍, 黄世清: 照护对象, not students). The roster (typed, 38) and "
                 "the form (`38`) hold 冉春晖; item 10 (TYPED, rows grouped under 第N组 heads, each group leader's name followed by ★, "
                 "explained under the table) has 37 rows and none for him: records.missing_student and records.count_mismatch"),
    dict(school="重庆市巫山县神女技工学校", pack="gbkzip", region="ws", course="lan", cls="网络2401班", size=40, seed=22,
         sidp="24500301", students=["袁嘉豪", "陈炫宇", "唐子淇"], outsiders={"唐子淇": "网络2402班"}, out_sidp="2450030102",
         extra_class=["蒋泽林"], bad={"蒋泽林": "sum"}, others_named=["杜德华"],
         teachers=["熊成刚", "邬晓燕", "汪永祥"], form_count="40名",
         f8="title_block", f10="transposed", f11="test_typed", f12="plain_photo",
         findings=[("students.not_in_class", 11, True, "唐子淇"), ("records.invalid_score", 10, False, "蒋泽林")],
         comment="唐子淇 of the parallel class 网络2402班 (class and 学号 2450030102xx on her worksheet title block, typed test "
                 "reports and homework) is the third student of 8/11/12; item 10 (40 = form `40名`) has no record of her: "
                 "students.not_in_class. Item 10 (TYPED) is a TRANSPOSED register: the students run ACROSS (ten a block, four "
                 "blocks), the assessment items with their 分值 run down; 蒋泽林's 总分 is 6 above the sum of his column: "
                 "records.invalid_score. Item 8 (scanned 300 dpi gray): the name only in an engineering-drawing TITLE BLOCK at the "
                 "bottom right (设计 | 审核 | 班级 | 学号). The property manager 杜德华 named in item 11 as 甲方联系人"),
    dict(school="奇台县古城技工学校", pack="zip", region="qt", course="plc", cls="机电2401班", size=40, seed=31,
         sidp="24650127", students=["蔺文静", "魏鑫宇", "朱云飞"], extra_class=["胡明浩"], bad={"胡明浩": "sum"}, drop10=1,
         others_named=["闫永红"], teachers=["俞建疆", "苏晓梅"], form_count="40名（其中女生3名）",
         f8="task_order", f10="hand_corrected", f11="debug_typed", f12="bottlecap_scan",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "胡明浩")],
         comment="the form says `40名（其中女生3名）`; item 10 (scanned 300 dpi 1-bit) lists 39 (no roster): records.count_mismatch. "
                 "In item 10 the teacher re-checked the marks in red: four rows have a printed part score struck through and the "
                 "corrected mark written beside it, the 总分 struck and corrected too (legal, a note says so); 胡明浩's printed "
                 "总分 is 7 above the sum of his parts, uncorrected: records.invalid_score. Item 8 (scanned 250 gray): a "
                 "生产任务单 head (任务单号 | 下达人 teacher | 接收人 the student | 工位). Item 11 (typed): 调试人 the student, "
                 "the mill's technician 闫永红 as 厂方确认 (not a student)"),
    dict(school="奇台县古城技工学校", pack="zip", region="qt", course="flour", cls="电商2401班", size=36, seed=32,
         sidp="24650603", students=["马雨琪", "何梓瑞", "努尔兰·叶尔肯"], others_named=["祁红梅", "蔡守疆"],
         teachers=["韦秀莲", "卢国疆"], form_count="36（男9 女27）", roster="two_column", headteacher="颜淑芳",
         f8="chat_log", f10="weighted", f11="listing_typed", f12="plain_photo2",
         findings=[],
         comment="clean. The third student is the Kazakh 努尔兰·叶尔肯 (written with the middle dot everywhere). Item 10 (TYPED, "
                 "landscape) has 过程考核 and 成果考核 each out of 100 and 总评 = 过程×40%＋成果×60% (rounded), explained under the "
                 "table, and a 等级 column: a total that is NOT the sum of the two columns, legally. Roster: a two-column 学生名单 "
                 "(序号 姓名 学号 | 序号 姓名 学号), 36 = form `36（男9 女27）` = item 10. Item 8 (colour scan 200): a 客服实训记录 "
                 "with the buyer 祁红梅 as 收货人 and the cooperative's head 蔡守疆 named (not students)"),
    dict(school="奇台县古城技工学校", pack="zip", region="qt", course="dapanji", cls="烹饪2401班", size=38, seed=33,
         sidp="24650501", students=["赵雯静", "刘斯琪", "何嘉琦"], items={12: ["赵雯静", "刘斯琪", "马立轩"]},
         outsiders={"马立轩": "烹饪2402班"}, out_sidp="2465050102", others_named=["田富贵"],
         teachers=["艾尼瓦尔·买买提", "樊建军"], form_count="38人",
         f8="menu_card", f10="legend_box", f11="dish_typed", f12="mono_scan",
         findings=[("students.mismatch", 12, True), ("students.not_in_class", 12, True, "马立轩")],
         comment="item 12 (scanned 1-bit 200 dpi) holds the homework of 赵雯静, 刘斯琪 and 马立轩 of the parallel class "
                 "烹饪2402班 (his class and 学号 on the page) instead of 何嘉琦's: students.mismatch and students.not_in_class "
                 "(no item-10 record). Item 10 (scanned 200 gray, bottle cap) gives the maxima NOT in the head but in a legend box "
                 "above the table (评分标准：刀工20 …), with a 岗位 column (炉台/砧板/打荷); every sum right. Item 8 (printed "
                 "出品单 sheets photographed): 出品人 the student, the restaurant's head chef 田富贵 named. One teacher is "
                 "艾尼瓦尔·买买提"),
]

PROVINCE = {1: "黑龙江省大兴安岭地区漠河市", 2: "重庆市巫山县", 3: "新疆维吾尔自治区昌吉回族自治州奇台县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 漠河: "08-工作页.pdf"
        return "%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 巫山: "8、工作页.pdf"
        return "%d、%s.pdf" % (n, NAMES[n])
    return "成果%d_%s.pdf" % (n, NAMES[n])   # 奇台: "成果8_工作页.pdf"


def form_name(s, c):
    return {1: ("附件2 申报书（%s）.docx" % c["major"], "docx"),
            2: ("%s申报书.pdf" % s["cls"], "pdf"),
            3: ("申报书-%s.docx" % c["course"], "docx")}[grp(s)]


# ------------------------------------------------------------------ the form

def form_rows(s, c):
    g = grp(s)
    if g == 1:
        return [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    if g == 2:
        return [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课班级及人数", "%s，学生%s人" % (s["cls"], s["form_count"].rstrip("名")) if not s["form_count"].endswith("名") else "%s　%s" % (s["cls"], s["form_count"]))]
    return [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
            ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"])]


def form_count_text(s, c):
    for a, b in form_rows(s, c):
        if "人数" in a:
            return "%s | %s" % (a, b)


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    info = tbl([[a, (b, ' align="left"')] for a, b in form_rows(s, c)], width="92%", pad="4px 6px")
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织教学，学生分组领取任务，教师巡回指导并记录过程表现。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实工作，成果经合作单位验收。</p>
<h3>六、承诺</h3><p>所报材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=2 + s["seed"] % 23, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程定位\n本课程是{major}专业的工学一体化核心课程，依据国家课程标准，结合{prov}企业岗位要求转化。\n二、学习任务\n“{task}”，{hours}学时。\n三、考核评价\n过程考核与成果考核相结合。",
    2: "{school}\n学习任务分析　{task}\n一、任务描述\n{situation}\n二、工作过程\n接受任务—制定计划—实施—检查—评价反馈。",
    3: "{school}\n{task}　教学活动策划\n活动一　获取信息\n活动二　制定计划与决策\n活动三　实施计划\n活动四　过程控制与评价反馈",
    4: "{school}\n{course}　教学进度计划（共{hours}学时）\n第1周　获取信息\n第2周　制定计划\n第3周　实施\n第4周　检查与评价",
    5: "{school}\n{task}　教学活动方案\n一、情境引入\n二、引导问题\n三、分组实施\n四、展示评价",
    6: "{school}\n学习任务资源清单\n工作页、企业标准、微课视频、{station}设备清单。",
    7: "{school}\n{station}图文说明\n工作站设资讯区、计划区、实施区和评价展示区。",
    9: "{school}\n{task}　考核方案\n过程考核与成果考核，成绩记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 9", "√ 10", "√ 清楚", "√ 较好"])


def day(s, k):
    return "2024年%d月%d日" % (10 + (s["seed"] + k) % 3, 3 + (s["seed"] * 7 + k * 5) % 25)


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
    pages = []
    title = '<h3 style="text-align:center">%s<br/>工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    o = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span></p>' % (RED, ["完成认真", "要点齐全", "良好", "数据完整"][i % 4])
        if f == "bottom_sign":   # no name at the top: a signature box at the foot
            steps = tbl([["步骤", "检测内容", "记录"], ["1", "读取BMS数据流：最低单体温度", hand("-%d℃" % (27 + i), True)],
                         ["2", "加热膜电阻", hand("%.1fΩ" % (11.8 + 0.3 * i), True)], ["3", "加热继电器线圈电阻", hand(["∞（断路）", "∞", "开路"][i % 3], True)]],
                        width="96%", pad="4px 4px")
            foot = tbl([["学生签名", "教师签名", "日期", "工位"], [hand(n), hand(t[i % 2], True, BLACK), hand(day(s, i)[5:], True), hand("%d号工位" % (2 + i), True)]],
                       width="80%", pad="6px 6px")
            body = title + sit + steps + answers(c, rng, i) + comment + "<p>班级：%s</p>" % cl + foot
        elif f == "room_sheet":   # 客房清扫检查表; guests in the room table
            head = tbl([["楼层", "二楼", "清扫员", hand(n, True), "领班", t[i % 2], "日期", hand(day(s, i)[5:], True)]], width="100%", pad="4px 4px")
            rooms = tbl([["房号", "房态", "客人", "完成时间"], ["201", "走客房", o[0], hand("11:%02d" % (20 + 5 * i), True)],
                         ["203", "住客房", o[1], hand("13:%02d" % (10 + 4 * i), True)], ["206", "住客房", o[2], hand("14:%02d" % (5 + 6 * i), True)]],
                        width="80%", pad="3px 4px")
            body = '<h3 style="text-align:center">客房清扫检查表（学习工作页）</h3>' + head + "<p>（客人信息由前台系统打印）</p>" + rooms + sit + answers(c, rng, i) + comment + "<p>班级：%s　学号：%s</p>" % (hand(cl, True), hand(sid, True))
        elif f == "care_record":   # 照护对象 and 照护员
            head = tbl([["照护对象", o[i % 3], "年龄", "%d岁" % (79 + 3 * i), "床号", "%d床" % (4 + i)],
                        ["照护员", hand(n, True), "班级", hand(cl, True), "日期", hand(day(s, i)[5:], True)]], width="100%", pad="5px 5px")
            body = '<h3 style="text-align:center">翻身体位照护记录（工作页）</h3>' + head + sit + answers(c, rng, i) + comment
        elif f == "title_block":   # engineering drawing title block at the foot
            topo = tbl([["网段", "VLAN", "地址", "用途"], ["办公", "10", "192.168.10.0/24", "收费、办公电脑"], ["监控", "20", "192.168.20.0/24", "摄像头、录像机"],
                        ["访客", "30", "192.168.30.0/24", "无线访客"]], width="90%", pad="3px 4px")
            block = tbl([["项目", "移民小区物业办公室网络拓扑与地址规划", "图号", "WS-NET-%02d" % (i + 1)],
                         ["设计", hand(n, True), "审核", t[i % 2]], ["班级", hand(cl, True), "学号", hand(sid, True)]], width="62%", pad="3px 4px")
            body = title + sit + topo + answers(c, rng, i) + comment + '<div style="margin-left:38%">' + block + "</div>"
        elif f == "task_order":   # 生产任务单 head
            head = tbl([["任务单号", "RW-2024-%03d" % (37 + i), "下达人", t[i % 2]], ["接收人", hand(n, True), "工位", hand("%d号线" % (1 + i), True)],
                        ["班级", hand(cl, True), "完成日期", hand(day(s, i)[5:], True)]], width="86%", pad="4px 5px")
            body = '<h3 style="text-align:center">生产任务单（工作页）<br/>%s</h3>' % c["task"] + head + sit + answers(c, rng, i) + comment
        elif f == "chat_log":   # 客服实训记录: buyers named
            head = '<p>客服工号：kf%02d　　客服：%s　　班级：%s</p>' % (11 + i, hand(n), hand(cl, True))
            chat = tbl([["时间", "买家", "内容"], ["20:1%d" % i, "麦香**", "十公斤的什么时候发货？"], ["20:2%d" % i, "客服", hand("今天下午四点前付款当天发。", True)],
                        ["20:3%d" % i, "收货人 %s" % o[0], "地址写错了能改吗"]], width="92%", pad="3px 4px")
            body = '<h3 style="text-align:center">客服实训记录（工作页）</h3>' + head + chat + "<p>合作社负责人：%s</p>" % o[1] + sit + answers(c, rng, i) + comment
        elif f == "menu_card":   # 出品单
            head = tbl([["台位", "%d号桌" % (3 + i), "菜品", "大盘鸡"], ["出品人", hand(n, True), "班级", hand(cl, True)],
                        ["厨师长", o[0], "出品时间", hand("12:%02d" % (10 + 7 * i), True)]], width="80%", pad="4px 5px")
            body = '<h3 style="text-align:center">宴席出品单（工作页）</h3>' + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"bottom_sign": "x-scanpdf:200:bottlecap", "room_sheet": "x-scanpdf:200:color", "care_record": "x-scanpdf:200:photo:sunglasses",
            "title_block": "x-scanpdf:300", "task_order": "x-scanpdf:250", "chat_log": "x-scanpdf:200:color",
            "menu_card": "x-scanpdf:200:photo"}[f]
    font = {"room_sheet": "Noto Sans CJK SC", "care_record": "Noto Sans CJK SC", "chat_log": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def grade(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "1px 3px"
    sign = "<p>评分教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    H = lambda x: "<b>%s</b>" % x
    if f == "landscape_grade":   # landscape, modules over their maxima, 等级 after 合计
        parts = [("一、安全防护", 15), ("二、故障诊断", 30), ("三、维修作业", 35), ("四、职业素养", 20)]
        out = ['<tr>%s%s%s%s%s%s</tr>' % (td(H("序号"), ' align="center" rowspan="2"', pad), td(H("姓名"), ' align="center" rowspan="2"', pad),
                                        td(H("学号"), ' align="center" rowspan="2"', pad), "".join(td(H(p), ' align="center"', pad) for p, _ in parts),
                                        td(H("合计"), ' align="center" rowspan="2"', pad), td(H("等级"), ' align="center" rowspan="2"', pad)),
               trow([H("（%d分）" % m) for _, m in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 36
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True, page="size:297mm 210mm;margin:0.8cm 1.2cm"), "x-scanpdf:250:bottlecap"
    if f == "bonus":   # a 附加分 column explained under the table
        parts = [("清扫程序", 30), ("设施检查", 20), ("夜床服务", 30), ("礼仪沟通", 20)]
        out = [trow([H(x) for x in ["序号", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            b = rng.choice([0, 0, 0, 2, 3, 5])
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：附加分为参加北极村冰雪节志愿服务的加分，每人最高5分；总分＝四项得分之和＋附加分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "group_star":   # rows grouped under group heads, leaders marked ★
        parts = [("风险评估", 20), ("翻身操作", 40), ("皮肤护理", 20), ("记录沟通", 20)]
        out = [trow([H(x) for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            if k % 8 == 0:
                out.append('<tr><td colspan="8" style="border:0.75pt solid #000;padding:1px 6px;background:#e8e8e8">第%s组</td></tr>' % "一二三四五"[k // 8])
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n + ("★" if k % 8 == 0 else "")] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + "<p>注：★为小组长。</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "transposed":   # students across, items down
        parts = [("现场勘察", 10), ("拓扑与地址规划", 20), ("设备安装", 20), ("配置调试", 30), ("测试与交付文档", 20)]
        blocks = []
        for b0 in range(0, len(rec), 10):
            grp_ = rec[b0:b0 + 10]
            vals = {}
            for n in grp_:
                v = part_scores(rng, parts)
                vals[n] = (v, sum(v) + (6 if bad.get(n) == "sum" else 0))
            rows = [trow([H("考核项目"), H("分值")] + [H(n) for n in grp_], pad)]
            for j, (p, m) in enumerate(parts):
                rows.append(trow([p, str(m)] + [str(vals[n][0][j]) for n in grp_], pad))
            rows.append(trow([H("总分"), "100"] + [H(str(vals[n][1])) for n in grp_], pad))
            blocks.append("<p>第%d—%d号</p>" % (b0 + 1, b0 + len(grp_)) + table(rows))
        body = head10(s, c, "学习任务考核记录（按学生列示）") + "".join(blocks) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "hand_corrected":   # red corrections on a 1-bit scan
        parts = [("元件安装", 20), ("电气接线", 25), ("程序编写", 30), ("调试运行", 25)]
        out = [trow([H(x) for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        corr = set(random.Random(s["seed"]).sample([k for k, n in enumerate(rec) if n not in bad and n not in s["students"]], 4))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            tot = str(sum(v) + (7 if bad.get(n) == "sum" else 0))
            if k in corr:
                j = k % 4
                old = v[j] - rng.randint(3, 5)
                cells[j] = '<s>%d</s> %s' % (old, hand(str(v[j]), True, "#b8231a"))
                tot = '<s>%d</s> %s' % (sum(v) - v[j] + old, hand(str(sum(v)), True, "#b8231a"))
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [tot], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：成绩经复核，划线处为更正，以更正后的分数为准。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "weighted":   # 总评 = 过程×40% + 成果×60%
        out = [trow([H(x) for x in ["序号", "学号", "姓名", "过程考核<br/>（百分制）", "成果考核<br/>（百分制）", "总评", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(66, 96), rng.randint(62, 97)
            tot = int(a * 0.4 + b * 0.6 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(tot), grade(tot), ""], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>说明：总评＝过程考核×40%＋成果考核×60%，四舍五入取整；等级：90分以上优，80—89良，70—79中，60—69及格。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="size:297mm 210mm;margin:0.8cm 1.5cm"), "pdf"
    if f == "legend_box":   # the maxima in a legend box above the table
        parts = [("刀工", 20), ("火候", 30), ("调味", 30), ("装盘", 10), ("卫生", 10)]
        legend = tbl([["评分标准：" + "　".join("%s%d分" % p for p in parts) + "　满分100分"]], width="100%", pad="4px 6px", align="left")
        out = [trow([H(x) for x in ["序号", "姓名", "学号", "岗位"] + [p for p, _ in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), n, sid_of(s, n), ["炉台", "砧板", "打荷"][k % 3]] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + legend + "<p></p>" + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:bottlecap"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    o = s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "workorder_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["车主", o[0], "车型", "纯电动出租车"], ["维修人员", "%s（%s）" % (n, cl), "质检员", t[j % 2]],
                                                          ["结论", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "turndown_typed":
                parts.append('<h3 style="text-align:center">%s</h3><p>服务员：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["房号", "客人", "时间", "备注"], ["203", o[1], "20:1%d" % i, "加暖水袋"], ["206", o[2], "20:3%d" % i, "请勿打扰，未进房"]], width="88%") +
                             "<p>%s</p>" % desc)
            elif f == "careplan_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title + tbl([["照护对象", o[j % 3], "照护员", n], ["班级", cl, "学号", sid],
                                                                                     ["要点", desc, "指导教师", t[j % 2]]], width="90%"))
            elif f == "test_typed":
                parts.append('<h3>%s</h3><p>测试人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["测试项", "结果"], ["办公网段到访客网段", "拒绝"], ["无线漫游", "正常"], ["结论", desc]], width="80%") +
                             "<p>甲方联系人：%s（物业经理）　　验收：%s</p>" % (o[0], t[j % 3]))
            elif f == "debug_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title + tbl([["调试人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                                                     ["结果", desc, "厂方确认", o[0]]], width="90%"))
            elif f == "listing_typed":
                parts.append('<h3>%s</h3><p>运营：%s（%s）</p>' % (title, n, cl) + tbl([["项目", "内容"], ["店铺", "古城石磨面粉合作社旗舰店"], ["成果", desc]], width="80%", align="left") +
                             "<p>审核：%s</p>" % t[j % 2])
            elif f == "dish_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["出品人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["评价", desc, "厨师长", o[0]]], width="90%"))
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
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "sunglasses_photo":
            head = ["%s　课后作业" % c["course"][:8], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_scan":
            head = ["课后作业（客房服务）", "> 班级：%s　姓名：%s" % (cl, n)]
        elif f == "scan_hand":
            head = ["照护课后作业", "> %s　%s　%s" % (cl, n, sid)]
        elif f == "plain_photo":
            head = ["课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "bottlecap_scan":
            head = ["PLC课后练习", "> 班级 %s　姓名 %s" % (cl, n)]
        elif f == "plain_photo2":
            head = ["网店运营课后作业", "> %s　%s" % (n, cl)]
        elif f == "mono_scan":
            head = ["课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"sunglasses_photo": "x-photo:200:2:sunglasses", "hand_scan": "x-scan:200:4", "scan_hand": "x-scan:250:2",
            "plain_photo": "x-photo:200:1", "bottlecap_scan": "x-scan:200:3:bottlecap", "plain_photo2": "x-photo:200:2",
            "mono_scan": "x-scan:200:1:mono"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    return "女" if n[-1] in "菲琪涵怡彤晴琳瑶欣雯静凤莹娜梅洁丹月予淇冰婷" else "男"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    H = lambda x: "<b>%s</b>" % x
    if r == "dorm":   # grouped by dormitory room
        rows = [trow([H(x) for x in ["序号", "学号", "姓名", "性别", "床位"]], "1px 4px")]
        j = 0
        for ri in range(0, len(k), 6):
            rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px">宿舍：%s</td></tr>' % ["3号楼-201", "3号楼-202", "3号楼-205", "5号楼-310", "5号楼-311", "5号楼-312"][ri // 6])
            for b, n in enumerate(k[ri:ri + 6]):
                j += 1
                rows.append(trow([str(j), sid_of(s, n), n, sex_of(n), "%d号床" % (b + 1)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s住宿学生名单</h2><p style="text-align:center">%s　2024年秋季学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="80%") + "<p>班主任：%s　　宿管员：%s　　合计%d人</p>" % (s["headteacher"], s["others_named"][3], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "plain_sex":
        rows = [trow([H(x) for x in ["序号", "学号", "姓名", "性别"]], "1px 4px")]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s花名册</h2>' % (s["school"], s["cls"]) + table(rows, width="70%") +
                "<p>班主任：%s　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "two_column":
        h = (len(k) + 1) // 2
        rows = [trow([H(x) for x in ["序号", "姓名", "学号", "序号", "姓名", "学号"]], "1px 4px")]
        for j in range(h):
            a = [str(j + 1), k[j], sid_of(s, k[j])]
            b = [str(h + j + 1), k[h + j], sid_of(s, k[h + j])] if h + j < len(k) else ["", "", ""]
            rows.append(trow(a + b, "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s</p>' % (s["cls"], s["school"]) + table(rows, width="92%") +
                "<p>班主任：%s　　全班%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-twenty-eighth held-out people corpus (testdata/heldout128), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
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
        rng = random.Random(s["seed"] * 7919 + 128)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        for _ in range(s.get("drop10", 0)):
            rec.remove([n for n in rec if n not in fixed][-1])
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
        extra_named = roster(s, d, man)
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
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s, c),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + extra_named,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
