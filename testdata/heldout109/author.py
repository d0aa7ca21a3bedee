#!/usr/bin/env python3
"""Write the sources of the hundred-and-ninth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 崇州
(Sichuan, 成都), 黔江区 (Chongqing) and 丽江 (Yunnan).

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
# the truth files read for names, tasks and courses to avoid (heldout110 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 109)] + ["othertools"]
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
# surnames by region, weighted by repetition: 崇州 (川西: 王 李 张 刘 陈 杨 黄 罗 赵 周 吴 何 谢 曾 廖 蒋 …),
# 黔江 (渝东南: 王 李 张 刘 陈 杨 向 冉 彭 何 谭 罗 黄 田 and the Tujia 白 龚 胡 …), 丽江 (和 木 杨 李 王 赵 张 杜 习 …, Naxi 和 and 木)
SURNAMES = {
    "cz": list("王王王李李李张张刘刘陈陈陈杨杨黄罗罗赵周吴何谢曾廖蒋邓唐宋"),
    "qj": list("王王李李张张刘刘陈陈杨杨向向冉冉彭何谭谭罗黄田白龚胡余"),
    "lj": list("和和和和木杨杨杨李李李王王赵张杜习段杨李和赵"),
}
# given names: a new list for this corpus, everyday names of students born around 2007-2009
GIVEN2 = ("俊杰 雨涵 梓轩 可欣 浩然 诗涵 宇泽 欣怡 子涵 佳豪 梦婷 思怡 家俊 嘉豪 雨轩 梓晨 诗语 婧琪 柯宇 "
          "佳乐 浩轩 雨菲 思宇 睿哲 欣雨 俊宇 若涵 嘉琪 锦涛 海峰 琪瑶 晨曦 鑫怡 宇豪 梓钰 博宇 芮涵 昊天 "
          "语晨 佩琳 俊凯 瑾萱 皓宇 一凡 梓睿 雅欣 天宇 书涵 浩博 乐瑶 煜祺 雯琪 子睿 欣彤 宏宇 晓雨 "
          "诗怡 子骞 靖瑶 铭轩 可儿 嘉诚 雨晴 宇辰 静雯 泽华 婉婷 家铭 梦涵 文轩 玉洁 嘉欣 飞扬 丽娟 "
          "建华 春燕 家伟 秋萍 志强 玉婷 宏伟 晓燕 海燕 金凤 云飞 丽萍 国庆 红梅 建军 雪梅").split()
GIVEN1 = list("杰琦涛颖欣宇雪龙")
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
    if abs(len(a) - len(b)) == 1:   # one character more or less (杜宇 / 杜天宇)
        s, l = (a, b) if len(a) < len(b) else (b, a)
        if any(l[:i] + l[i + 1:] == s for i in range(len(l))):
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



C = {
 "care": dict(major="健康与社会照护", code="0529", course="失能老人助浴与皮肤照护", task="社区日间照料中心失能老人助浴与压疮预防照护",
   hours=16, station="健康照护一体化学习工作站",
   situation="崇州城区一家社区日间照料中心收托了十几位行动不便的老人，入冬后助浴需求多，有两位长期卧床的老人骶尾部皮肤发红。中心主任请照护班学员评估老人的身体状况，制订助浴计划，协助老人安全沐浴，定时翻身并观察皮肤，填写照护记录交接给家属。",
   qs=[("问题1 助浴前要评估老人哪些情况？", ["测体温血压，看有没有饭后一小时内、有没有伤口，问清老人的意愿，水温调到四十度左右。", "测血压体温，看有无伤口。", "问老人意愿，试水温。"]),
       ("问题2 为什么要每两小时翻身一次？", ["长时间压着同一处，局部缺血缺氧，皮肤会发红破溃，定时翻身可以减压。", "防止局部受压破溃。", "减压，防压疮。"])],
   hw=[("1. 一期压疮的皮肤有什么表现？", ["皮肤完整，指压发红不褪色，局部可能发热、发硬。", "指压发红不褪色。", "发红发硬。"]),
       ("2. 助浴时老人头晕怎么办？", ["立即停止，扶老人坐下或平卧，擦干保暖，测血压，报告护士。", "停止助浴，平卧保暖。", "测血压，报告护士。"])],
   outputs=[("老人助浴照护记录", "水温四十度，助浴十五分钟。"), ("翻身与皮肤观察记录", "骶尾部发红面积缩小。")]),
 "homestay": dict(major="饭店(酒店)服务", code="0504", course="林盘民宿客房服务", task="川西林盘民宿周末客房清扫与宾客入住接待",
   hours=14, station="酒店客房服务一体化学习工作站",
   situation="崇州乡间一处林盘民宿周末常常满房，客房要在退房和入住之间的三个小时内全部清扫完毕。民宿管家请酒店班学员按标准程序清扫客房、做夜床，检查房间设施，为入住的宾客办理手续、介绍周边的竹编和茶园体验，并处理宾客的特殊要求。",
   qs=[("问题1 走客房清扫为什么要先开窗、撤布草？", ["先通风换气，撤掉用过的床单被套和毛巾，再从上到下、从里到外清洁，不会二次污染。", "先通风，再从里到外。", "撤布草防二次污染。"]),
       ("问题2 做床时床单中线要怎样？", ["床单中线与床的中线对齐，四角包成四十五度，床面平整无褶皱。", "中线对齐，四角四十五度。", "平整无褶。"])],
   hw=[("1. 查房时发现宾客遗留物品怎么办？", ["不能私自处理，登记物品名称、房号和时间，交前台保管并设法联系宾客。", "登记后交前台。", "联系宾客。"]),
       ("2. 宾客要求延迟退房怎么处理？", ["先查当天的入住预订，房间没有后续预订就可以同意，并说明是否收费。", "先查有没有后续预订。", "说明是否收费。"])],
   outputs=[("客房清扫检查表", "十二间走客房全部合格。"), ("宾客入住接待记录", "介绍竹编体验和茶园路线。")]),
 "battery": dict(major="新能源汽车检测与维修", code="0435", course="微型电动车高压绝缘检修", task="纯电动微型车动力电池包绝缘故障检测与排除",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="黔江一家新能源汽车维修站接到一辆纯电动微型车，仪表报动力电池绝缘故障，车辆无法上高压。站长请新能源班学员做好高压防护，读取故障码，断电后用绝缘电阻测试仪逐段测量电池包、高压线束和用电器的绝缘电阻，找出受潮的接插件并处理，最后复检并填写维修报告。",
   qs=[("问题1 断高压电后为什么要等五分钟再操作？", ["电机控制器里的电容还存着电，要等它放电到安全电压以下，再用万用表确认无电。", "等电容放电。", "确认无电再操作。"]),
       ("问题2 测绝缘电阻时测试电压选多少？", ["按车辆的高压等级选，一般选五百伏或一千伏档，测正极和负极分别对车身。", "一般选五百伏。", "正负极分别对车身。"])],
   hw=[("1. 绝缘电阻低于多少判定为故障？", ["一般按每伏五百欧计算，三百伏的系统低于一百五十千欧就要报警。", "每伏五百欧。", "低于标准就报警。"]),
       ("2. 高压作业要穿戴哪些防护用品？", ["绝缘手套、绝缘鞋、护目镜，手套使用前要做充气检查。", "绝缘手套和绝缘鞋。", "手套先充气检查。"])],
   outputs=[("绝缘电阻测量记录", "高压线束绝缘电阻五百兆欧以上。"), ("动力电池绝缘故障维修报告", "更换受潮的高压接插件。")]),
 "lan": dict(major="计算机网络应用", code="0301", course="市场无线网络组建与运维", task="县城农贸市场商户无线网络覆盖与扫码收款故障排查",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="黔江城区一个农贸市场的商户常常反映扫码收款转圈、失败，市场管理处想给整个市场做无线覆盖。网络公司请网络班学员勘察现场、测量信号强度，规划无线接入点的位置和信道，配置交换机与无线控制器，排查收款失败的原因，并编写验收文档。",
   qs=[("问题1 相邻的无线接入点为什么要用不同信道？", ["同一信道的接入点会互相干扰，二点四G一般用一、六、十一这三个不重叠的信道。", "避免同频干扰。", "用一、六、十一信道。"]),
       ("问题2 扫码收款失败先查什么？", ["先看手机连的是哪个接入点、信号强度多少，再看网关能不能通、DNS能不能解析。", "先查信号强度。", "再查网关和DNS。"])],
   hw=[("1. 为什么商户网络要和管理网络分开？", ["用不同的VLAN隔离，商户之间不能互相访问，也不会影响管理处的电脑。", "用VLAN隔离。", "互不影响。"]),
       ("2. 验收时要测哪些指标？", ["信号强度、网速、延迟、漫游切换时间，每个摊位都要测。", "信号、网速和延迟。", "每个摊位都测。"])],
   outputs=[("无线覆盖勘测报告", "共布置六个接入点。"), ("交换机与无线控制器配置单", "商户VLAN为30。")]),
 "mech": dict(major="机电一体化技术", code="0127", course="冷链分拣线气动与PLC调试", task="鲜花冷链分拣线气动推料与传送带PLC控制调试",
   hours=18, station="机电一体化一体化学习工作站",
   situation="丽江一家鲜花冷链公司的分拣线上，推料气缸时快时慢，花箱常常推偏卡在传送带上。设备部请机电班学员检查气动回路，调整节流阀和磁性开关的位置，修改PLC程序中推料和传送带的时序，完成空载和带载调试，并填写调试记录。",
   qs=[("问题1 气缸速度不稳可能是什么原因？", ["气源压力波动、节流阀松动、气管漏气或者气缸密封件磨损。", "气压波动或漏气。", "节流阀松动。"]),
       ("问题2 磁性开关的位置为什么要调准？", ["PLC靠磁性开关判断气缸到没到位，位置不准会提前或延后动作，花箱就推偏。", "PLC靠它判断到位。", "不准就推偏。"])],
   hw=[("1. 梯形图中为什么要加互锁？", ["推料气缸伸出时传送带不能启动，互锁防止两个动作同时发生撞坏花箱。", "防止动作冲突。", "伸出时传送带不动。"]),
       ("2. 带载调试要观察哪些内容？", ["推料是否到位、花箱是否推正、节拍是否满足每分钟二十箱。", "推料是否到位。", "节拍够不够。"])],
   outputs=[("气动回路检查记录", "更换一段漏气的气管。"), ("PLC程序调试记录", "推料延时改为零点三秒。")]),
 "sanqi": dict(major="中药", code="1301", course="滇产药材饮片鉴别", task="三七与滇重楼饮片真伪鉴别及粉碎过筛",
   hours=16, station="中药鉴定与炮制一体化学习工作站",
   situation="丽江古城附近一家药材行收到一批三七和滇重楼饮片，老板担心里面掺了伪品，想请学校帮忙鉴别。药材行请中药班学员从性状、断面、气味和显微特征上鉴别饮片的真伪和等级，把合格的三七粉碎过筛，称量分装并贴好标签。",
   qs=[("问题1 三七的“铜皮铁骨”指什么？", ["三七外皮灰黄像铜色，断面灰绿、质地坚实像铁，敲起来不易破碎。", "外皮像铜，断面坚实。", "质地坚硬。"]),
       ("问题2 粉碎三七为什么要过筛？", ["过筛使粉末粗细均匀，便于服用和吸收，没过筛的粗粒要重新粉碎。", "粗细均匀。", "粗粒重新粉碎。"])],
   hw=[("1. 重楼的伪品有什么特点？", ["断面颜色和粉性不同，有的是用其他根茎切片染色冒充，气味也不一样。", "断面颜色不同。", "气味不一样。"]),
       ("2. 分装标签要写哪些内容？", ["品名、规格、产地、批号、重量、分装日期和分装人。", "品名、批号和重量。", "分装日期和分装人。"])],
   outputs=[("饮片鉴别记录表", "三七为春七，二十头。"), ("三七粉碎过筛与分装记录", "过五号筛，分装四十袋。")]),
 "brake": dict(major="汽车维修", code="0403", course="山区客车制动系统维护", task="山区旅游包车制动抖动与制动液更换维护",
   hours=16, station="汽车制动系统检修一体化学习工作站",
   situation="一家旅游车队的中型包车常跑丽江到泸沽湖的山路，司机反映下长坡踩刹车时方向盘和车身抖动。车队请汽修班学员接车检查，测量制动盘的厚度和端面跳动，光盘或更换制动盘和摩擦片，按规程更换制动液并排空气，最后路试检验。",
   qs=[("问题1 踩刹车时抖动一般是什么原因？", ["长下坡频繁制动，制动盘过热变形，端面跳动超标，摩擦片接触不均匀。", "制动盘变形。", "端面跳动超标。"]),
       ("问题2 更换制动液后为什么要排空气？", ["管路里有空气，空气可以压缩，踩刹车会发软，制动力不足。", "有空气刹车发软。", "制动力不足。"])],
   hw=[("1. 制动盘低于多少厚度必须更换？", ["低于盘上刻的最小厚度就必须更换，不能再光盘。", "低于最小厚度。", "不能再光盘。"]),
       ("2. 排空气的顺序是什么？", ["从离制动总泵最远的车轮开始，一般是右后、左后、右前、左前。", "从最远的车轮开始。", "右后、左后、右前、左前。"])],
   outputs=[("制动盘测量记录", "左前盘端面跳动零点零九毫米，超标。"), ("制动系统维护工单", "更换前制动盘和摩擦片。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 怀柔: "成果材料8：工作页.pdf"
        return "成果材料%d：%s.pdf" % (n, NAMES[n])
    if g == 2:   # 宝坻: "(8)工作页.pdf"
        return "(%d)%s.pdf" % (n, NAMES[n])
    return "第%d项 %s.pdf" % (n, NAMES[n])   # 彬州: "第8项 工作页.pdf"


def form_name(s, c):
    return {1: ("%s%s优质课堂申报书.docx" % (s["school"].replace("北京市怀柔区", ""), c["major"].split("(")[0]), "docx"),
            2: ("申报书_%s.pdf" % c["task"], "pdf"),
            3: ("附件2-申报书-%s.docx" % s["cls"], "docx")}[grp(s)]


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

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "授课班级（人数） | %s（%s）" % (s["cls"], s["form_count"])
    if g == 2:
        return "班级人数 | %s" % s["form_count"]
    return "人数（人） | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 怀柔: class and size in one cell, size in brackets
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级（人数）", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 宝坻: 班级人数 with 名
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
    else:   # 彬州: 人数（人） a bare number
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("人数（人）", s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>以学生为中心，按“明确任务—制订计划—评估决策—实施任务—检查控制—评价反馈”组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
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



SUBS = [
    dict(school="崇州市文井江技工学校", pack="dir", region="cz", course="care", cls="照护2401班", size=40, seed=11,
         sidp="24510529", students=["廖沁妍", "曾柯言", "蒋诗语"], outsiders={"蒋诗语": "照护2402班"}, out_sidp="24510530",
         extra_class=["邓佳豪"], bad={"邓佳豪": "over"}, others_named=["罗桂芬", "谢国华"],
         teachers=["周蕙芸", "黄建明"], form_count="40人",
         f8="care_log", f10="landscape_grade", f11="care_typed", f12="ladybug_photo",
         findings=[("students.not_in_class", 8, True, "蒋诗语"), ("records.invalid_score", 10, False, "邓佳豪")],
         comment="蒋诗语 of the parallel class 照护2402班 (her class and 学号 2451053023 written on her care-log worksheet, typed care "
                 "records and photographed homework) is the third student of 8/11/12; item 10 (40 rows = form `40人`) has no record "
                 "of her: students.not_in_class. Item 10 (TYPED, landscape, a two-row head whose SECOND row holds the maxima, an 等级 "
                 "column beside 总分): 邓佳豪 has 26 under 助浴操作 whose maximum (second head row) is 20; his 总分 is the sum: "
                 "records.invalid_score. Item 8 (scanned 200 gray, tangerine peel on the glass): a 照护记录 page; the old lady "
                 "罗桂芬 (照护对象) and the centre's head 谢国华 are named (not students); the student only as 照护员 at the foot. No roster"),
    dict(school="崇州市文井江技工学校", pack="dir", region="cz", course="homestay", cls="酒店2401班", size=36, seed=12,
         sidp="24510504", students=["唐芮伊", "吴梓晨", "宋思怡"], others_named=["何秀珍", "刘光耀", "陈蓉芳"],
         teachers=["杨秉坤", "曾巧玲"], form_count="36人", roster="dorm", headteacher="谢春兰",
         f8="room_check", f10="bonus", f11="reception_typed", f12="hand_page",
         findings=[],
         comment="clean. The roster is a 学生名单 grouped by 寝室 (dormitory rooms, 女生/男生, with a 寝室长 mark), 36 = form `36人` "
                 "= item 10 (TYPED). Item 10 has an 附加分 (bonus, at most 5, explained under the table) column; the 总分 of four "
                 "rows is parts + bonus, two of them above 100 (legal, as the note says). Item 8 (colour scan 200): a 查房单 "
                 "(room-inspection sheet) with the student as 查房人 at the foot and the homestay's housekeeper 何秀珍 as 领班 "
                 "(not a student). Item 11 (typed): reception records naming the guests 刘光耀 and 陈蓉芳 (not students)"),
    dict(school="重庆市黔江区阿蓬江技工学校", pack="gbkzip", region="qj", course="battery", cls="新能源2401班", size=42, seed=21,
         sidp="2450043501", students=["冉俊杰", "向婧琪", "谭宇豪"], extra_class=["龚芮涵"], absent_from_10=["龚芮涵"],
         teachers=["白建华", "余秋萍"], form_count="42人（住校35人）", roster="three_across", headteacher="彭素琼",
         others_named=[],
         f8="hv_permit", f10="grade_scan", f11="measure_typed", f12="plain_photo",
         findings=[("records.missing_student", 10, False, "龚芮涵"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生名单 in THREE columns across the page, 序号 学号 姓名 three times a row, 42) and the form "
                 "(`学生数 | 42人（住校35人）`, a second number beside the size) hold 龚芮涵; item 10 (scanned 200 gray, an 等级 column) has 41 rows and none for her: "
                 "records.missing_student and records.count_mismatch. Item 8 (scanned 200 gray): a 高压作业安全确认单 as worksheet "
                 "head, 作业人 (the student) and 监护人 (a teacher)"),
    dict(school="重庆市黔江区阿蓬江技工学校", pack="gbkzip", region="qj", course="lan", cls="网络2402班", size=38, seed=22,
         sidp="2450030102", students=["田梓轩", "胡雨菲", "余浩博"], items={8: ["田梓轩", "胡雨菲"]},
         extra_class=["白晓雨"], bad={"白晓雨": "sum"}, others_named=["彭德贵"],
         teachers=["冉红梅", "王德镛"], form_count="38人（住校29人）",
         f8="survey_mono", f10="legend", f11="config_typed", f12="exercise_photo",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "白晓雨")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (1-bit scan 200, tangerine peel on the glass) holds the survey worksheets of only TWO students, 田梓轩 "
                 "and 胡雨菲 (余浩博's missing; 11 and 12 hold the three): students.count on 8; students.mismatch optional. Item 10 "
                 "(scanned 250 gray) names its columns 任务一..任务四 and gives their maxima only in a legend ABOVE the table "
                 "(`评分说明：任务一 现场勘测 20分；…`); 白晓雨's 总分 is 10 above the sum of his parts: records.invalid_score. "
                 "The market office's 彭德贵 signs the survey sheets (not a student). No roster"),
    dict(school="丽江市黑龙潭技工学校", pack="zip", region="lj", course="mech", cls="机电2401班", size=36, seed=31,
         sidp="24530127", students=["和俊凯", "木语晨", "杜子骞"], extra_class=["习文轩", "段瑾萱"], absent_from_10=["段瑾萱"],
         bad={"习文轩": "over"}, teachers=["赵沁园", "杨鸿钧"], form_count="共36人", others_named=[],
         f8="plain_line", f10="two_classes", f11="debug_typed", f12="ladybug_photo",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "习文轩")],
         comment="item 10 (scanned 200 gray, tangerine peel on the glass) is the teaching group's register of TWO classes: page 1 "
                 "机电2401班 (this class, 35 rows, `（共35人）` in its caption), page 2 机电2402班 (38 rows, another class; not this "
                 "submission's). The form says `班级及人数 | 机电2401班 共36人`: records.count_mismatch (段瑾萱 has no record; "
                 "no roster). 习文轩 (2401) has 33 under 程序调试(30): records.invalid_score. The 2402 names are on no other page"),
    dict(school="丽江市黑龙潭技工学校", pack="zip", region="lj", course="sanqi", cls="中药2401班", size=38, seed=32,
         sidp="24531301", students=["和雅欣", "杨曜川", "赵芊羽"], items={12: ["和雅欣", "杨曜川", "李茗萱"]},
         extra_class=["李茗萱", "和家铭"], bad={"和家铭": "sum"}, others_named=["木正华"],
         teachers=["段秀芝", "李云飞"], form_count="共38人",
         f8="ident_box", f10="handfix", f11="pack_typed", f12="ladybug_photo2",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "和家铭")],
         comment="item 12 (phone photos, a ladybird on the page) holds the homework of 和雅欣, 杨曜川 and classmate 李茗萱 (with "
                 "an item-10 record) instead of 赵芊羽's (items 8 and 11 hold the three): students.mismatch. Item 10 (scanned 200 "
                 "gray) carries HAND CORRECTIONS: five scores struck through and re-written in red with the 总分 re-written to "
                 "match (legal); 和家铭's typed 总分 is 10 above the sum of his parts (no correction on that row): "
                 "records.invalid_score. The herb dealer 木正华 is named on item 8 (not a student). No roster"),
    dict(school="丽江市黑龙潭技工学校", pack="zip", region="lj", course="brake", cls="汽修2402班", size=40, seed=33,
         sidp="24530403", students=["杨骁宸", "李烁岷", "和一凡"], teachers=["赵崇岳", "张婵娟", "和志强"], form_count="共40人",
         others_named=["杜云飞"],
         f8="head_row", f10="weighted", f11="brake_typed", f12="plain_photo",
         findings=[],
         comment="clean. Item 10 (scanned 250 gray, landscape) is a WEIGHTED register: 过程评价 and 结果评价 each out of 100, 总评 = "
                 "过程×40% + 结果×60% rounded, as the head and the note say (总评 is not the sum of the columns); 40 rows = form "
                 "`共40人`. The fleet driver 杜云飞 is named as 送修人 on the work orders (not a student). Three teachers. No roster"),
]

PROVINCE = {1: "四川省崇州市", 2: "重庆市黔江区", 3: "云南省丽江市"}


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 崇州: "08-工作页.pdf"
        return "%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 黔江: "材料8_工作页.pdf"
        return "材料%d_%s.pdf" % (n, NAMES[n])
    return "%d.%s.pdf" % (n, NAMES[n])   # 丽江: "8.工作页.pdf"


def form_name(s, c):
    return {1: ("优质课堂申报书（%s）.docx" % c["major"], "docx"),
            2: ("%s-申报书.pdf" % s["cls"], "pdf"),
            3: ("附件2 申报书 %s.docx" % c["course"], "docx")}[grp(s)]


def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "授课班级 | %s　　学生人数 | %s" % (s["cls"], s["form_count"])
    if g == 2:
        return "学生数 | %s" % s["form_count"]
    return "班级及人数 | %s %s" % (s["cls"], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 崇州: class and size side by side in one row of four cells
        info = tbl([["专业名称", (c["major"], ' colspan="3" align="left"')], ["专业编码", c["code"], "学时", str(c["hours"])],
                    ["课程名称", (c["course"], ' colspan="3" align="left"')], ["学习任务", (c["task"], ' colspan="3" align="left"')],
                    ["授课班级", s["cls"], "学生人数", s["form_count"]]], width="92%", pad=P)
    else:
        if g == 2:   # 黔江: 学生数 with a second number (boarders) in brackets
            rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                    ("授课班级", s["cls"]), ("学生数", s["form_count"]), ("授课地点", c["station"])]
        else:   # 丽江: class and size in one cell
            rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                    ("班级及人数", "%s %s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按“明确任务—制订计划—评估决策—实施任务—检查控制—评价反馈”组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 37),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Serif CJK SC"}[g])


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "23"
    if n in s.get("klass2", []):
        return s["sidp"][:-1] + "2" + "%02d" % (s["klass2"].index(n) + 1)
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


# ------------------------------------------------------------------ item 8

WEEK = "一二三四五六日"


def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "care_log":   # a care record as worksheet: the old lady at the top, the student as 照护员 at the foot
            head = tbl([["照护对象", hand(s["others_named"][0], True, BLACK), "床号", hand("%d床" % (3 + i), True), "照护日期", hand(day(s, i)[5:], True)],
                        ["自理能力", hand(["重度依赖", "中度依赖", "重度依赖"][i % 3], True), "皮肤情况", hand("骶尾部发红", True), "中心负责人", s["others_named"][1]]],
                       width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>助浴及翻身照护记录（学习工作页）</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    '<p><b>翻身时间：</b>%s</p>' % hand("8:00 左侧卧　10:00 平卧　12:00 右侧卧", True) + comment +
                    '<p style="text-align:right">照护员：%s　（%s　%s）</p>' % (hand(n), hand(cl, True), hand(sid, True)))
        elif f == "room_check":   # a room inspection sheet, the student as 查房人 at the foot, the housekeeper as 领班
            rows = [["项目", "标准", "结果"], ["床铺", "平整、四角四十五度", hand("√", True)], ["卫生间", "无毛发、无水渍", hand("√", True)],
                    ["迷你吧", "补齐", hand("补水两瓶", True)], ["设施", "灯具、空调、电视正常", hand("√", True)]]
            body = ('<h3 style="text-align:center">%s<br/>走客房查房单（学习工作页）</h3>' % c["task"] +
                    "<p>房号：%s　　退房时间：%s</p>" % (hand("%d" % (201 + i * 3), True), hand("11:%02d" % (5 + 7 * i), True)) +
                    tbl(rows, width="90%") + sit + answers(c, rng, i) +
                    '<p>领班：%s　　　查房人：%s</p><p>%s　%s</p>' % (hand(s["others_named"][0], True, BLACK), hand(n), hand(cl, True), hand(sid, True)) + comment)
        elif f == "hv_permit":   # a high-voltage work permit as the worksheet's head
            head = tbl([["高压作业安全确认单", ("", ' colspan="3"')],
                        ["作业人", hand(n, True), "学号", hand(sid, True)], ["班级", hand(cl, True), "工位", hand("%d号工位" % (2 + i), True)],
                        ["监护人", hand(t[(i + 1) % 2], True, BLACK), "绝缘手套检查", hand("已充气检查 √", True)]], width="90%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "survey_mono":   # a site survey sheet: 勘测人 and the market office's signature
            body = ('<h3 style="text-align:center">%s<br/>现场勘测记录（学习工作页）</h3>' % c["task"] +
                    tbl([["勘测地点", "农贸市场%s区" % "ABC"[i % 3], "勘测日期", hand(day(s, i)[5:], True)],
                         ["勘测人", hand(n, True), "班级/学号", hand("%s / %s" % (cl, sid), True)],
                         ["市场管理处", hand(s["others_named"][0], True, BLACK), "天气", hand("阴", True)]], width="96%", pad="5px 6px") +
                    tbl([["测点", "信号强度(dBm)", "网速(Mbps)"], ["1号摊位", hand("-%d" % (61 + i), True), hand("%d" % (18 + i), True)],
                         ["12号摊位", hand("-%d" % (74 + i), True), hand("%d" % (6 + i), True)]], width="70%") + sit + answers(c, rng, i) + comment)
        elif f == "plain_line":
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "ident_box":   # an identification record: 鉴别人 in a box at the right, the herb dealer named
            body = (title + tbl([["送检单位", "药材行（负责人：%s）" % s["others_named"][0], "鉴别人", hand(n, True)],
                                 ["样品", "三七、滇重楼饮片各%d份" % (3 + i), "班级", hand(cl, True)],
                                 ["日期", hand(day(s, i), True), "学号", hand(sid, True)]], width="100%", pad="4px 6px") + sit + answers(c, rng, i) + comment)
        elif f == "head_row":
            head = tbl([["学号", hand(sid, True), "姓名", hand(n, True), "班级", hand(cl, True), "车号", hand("云P·%d%03d" % (7 + i, 310 + i * 17), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"care_log": "x-scanpdf:200:peel", "room_check": "x-scanpdf:200:color", "hv_permit": "x-scanpdf:200",
            "survey_mono": "x-scanpdf:200:mono:peel", "plain_line": "x-scanpdf:250", "ident_box": "x-scanpdf:200:color",
            "head_row": "x-scanpdf:200"}[f]
    font = {"hv_permit": "Noto Sans CJK SC", "head_row": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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


def grade(v):
    return "优" if v >= 90 else "良" if v >= 80 else "中" if v >= 70 else "及格" if v >= 60 else "不及格"


LAND = "size:29.7cm 21cm;margin:0.8cm 1.2cm"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "landscape_grade":   # landscape; two-row head: part names, then their maxima; 等级 beside 总分
        parts = [("照护评估", 15), ("计划制订", 15), ("助浴操作", 20), ("翻身与皮肤观察", 20), ("沟通与人文关怀", 15), ("记录交接", 15)]
        h1 = trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p for p, _ in parts] + ["总分", "等级", "备注"]], pad)
        h2 = trow(["", "", "<i>分值</i>"] + ["%d" % m for _, m in parts] + ["100", "", ""], pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 26
            tot = sum(v)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), grade(tot), ""], pad))
        body = head10(s, c, "学习任务考核评分汇总表") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page=LAND), "pdf"
    if f == "bonus":   # parts + a bonus column explained under the table
        parts = [("查房清扫", 30), ("做床", 25), ("入住接待", 25), ("职业素养", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["附加分", "总分"]], pad)]
        bon = dict(zip(rng.sample(range(len(rec)), 4), [2, 3, 5, 5]))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.7, 0.97)
            if k in bon and bon[k] == 5 and sum(v) < 96:
                v = [29, 24, 24, 19] if k % 2 else [28, 24, 25, 20]
            b = bon.get(k, 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：附加分为参加市级酒店服务技能竞赛获奖的加分（最高5分），直接计入总分，总分可超过100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "grade_scan":   # a plain table with 等级, scanned
        parts = [("安全防护", 20), ("故障诊断", 30), ("绝缘测量", 30), ("报告填写", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200"
    if f == "legend":   # columns 任务一..四, maxima in a legend above the table
        parts = [("现场勘测", 20), ("方案规划", 25), ("设备配置", 35), ("故障排查", 20)]
        legend = "<p>评分说明：" + "；".join("任务%s %s %d分" % ("一二三四"[k], p, m) for k, (p, m) in enumerate(parts)) + "；合计100分。</p>"
        out = [trow(["<b>%s</b>" % x for x in ["学号", "姓名", "任务一", "任务二", "任务三", "任务四", "合计", "签名"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (10 if bad.get(n) == "sum" else 0)
            out.append(trow([sid_of(s, n), n] + [str(x) for x in v] + [str(tot), ""], pad))
        body = head10(s, c, "学习任务考核记录") + legend + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "two_classes":   # the teaching group's register: this class on page 1, the parallel class on page 2
        parts = [("气路检查", 20), ("元件调整", 20), ("程序调试", 30), ("带载试运行", 20), ("6S", 10)]
        hd = trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)
        pages = []
        for cls, names in ((s["cls"], rec), (s["cls2"], s["klass2"])):
            out = [hd]
            for k, n in enumerate(names):
                v = part_scores(rng, parts)
                if bad.get(n) == "over":
                    v[2] = 33
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            pages.append('<p style="text-align:center"><b>机电一体化技术专业教研组　学习任务考核记录</b></p>'
                         '<p>%s　　课程：%s　　学习任务：%s</p><p><b>%s（共%d人）</b>　　考核日期：%s</p>' % (s["school"], c["course"], c["task"], cls, len(names), day(s, 11))
                         + table(out) + sign)
        return "10.html", html(PB.join(pages), "8.5pt", compact=True), "x-scanpdf:200:peel"
    if f == "handfix":   # some scores struck through and re-written by hand, the total re-written to match
        parts = [("性状鉴别", 25), ("显微鉴别", 20), ("粉碎过筛", 25), ("称量分装", 20), ("记录", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>%d分" % p for p in parts] + ["总分"]], pad)]
        fix = set(rng.sample([k for k, n in enumerate(rec) if n not in bad], 5))
        RS = "font-family:'AR PL UKai CN';color:#b8231a;font-size:11pt"
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            tot = sum(v) + (10 if bad.get(n) == "sum" else 0)
            if k in fix:
                j = k % 5
                nv = min(parts[j][1], v[j] + 3)
                if nv == v[j]:
                    nv = v[j] - 2
                cells[j] = '<s>%d</s> <span style="%s">%d</span>' % (v[j], RS, nv)
                tot2 = sum(v) - v[j] + nv
                tc = '<s>%d</s> <span style="%s">%d</span>' % (tot, RS, tot2)
            else:
                tc = str(tot)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + cells + [tc], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>（更正处已由评分教师签字确认）</p>" + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200"
    if f == "weighted":   # 过程 and 结果 out of 100 each, 总评 weighted 4:6
        pp = [("出勤", 20), ("安全规范", 30), ("团队协作", 20), ("工作页", 30)]
        rp = [("测量", 40), ("更换与排气", 40), ("路试", 20)]
        h1 = ('<tr>%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                     td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                     td("<b>过程评价（权重40%）</b>", ' align="center" colspan="5"', pad),
                                     td("<b>结果评价（权重60%）</b>", ' align="center" colspan="4"', pad)) +
              td("<b>总评</b>", ' align="center" rowspan="2"', pad) + "</tr>")
        h1 = h1.replace("</tr>" + td("<b>总评</b>", ' align="center" rowspan="2"', pad), td("<b>总评</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>%s%d</b>" % p for p in pp] + ["<b>小计</b>"] + ["<b>%s%d</b>" % p for p in rp] + ["<b>小计</b>"], pad)]
        for k, n in enumerate(rec):
            a, b = part_scores(rng, pp, 0.65, 1.0), part_scores(rng, rp, 0.6, 0.97)
            tot = int(sum(a) * 0.4 + sum(b) * 0.6 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in a] + [str(sum(a))] + [str(x) for x in b] + [str(sum(b)), str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表（过程40%＋结果60%）") + table(out) +
                "<p>注：总评＝过程评价小计×40%＋结果评价小计×60%，四舍五入取整。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True, page=LAND), "x-scanpdf:250"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    o = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "care_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", o[0], "年龄", "83岁"], ["照护员", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                  ["记录", (desc, ' colspan="3" align="left"')], ["带教老师", t[j % 2], "中心负责人", o[1]]], width="90%"))
            elif f == "reception_typed":
                g = o[1 + (i + j) % 2]
                parts.append('<h3>%s</h3><p>接待员：%s（%s）</p>' % (title, n, cl) +
                             tbl([["宾客姓名", g, "房号", "%d" % (201 + i * 3 + j)], ["入住", day(s, 30 + i), "人数", "%d" % (2 + j)],
                                  ["特殊要求", ("延迟退房至13:00" if j else "加一床被子", ' colspan="3" align="left"')], ["备注", (desc, ' colspan="3" align="left"')]], width="88%"))
            elif f == "measure_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["测量项目", "测试电压", "测量值", "结论"], ["电池包正极对车身", "500 V", "%d MΩ" % (520 + 13 * i), "合格"],
                                  ["电池包负极对车身", "500 V", "%d kΩ" % (96 + 7 * i) if j else "%d MΩ" % (480 + 9 * i), "不合格" if j else "合格"]], width="90%") +
                             "<p>测量人：%s　　学号：%s　　班级：%s　　复核：%s</p><p>%s</p>" % (n, sid, cl, t[j % 2], desc))
            elif f == "config_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["配置人", n, "学号", sid], ["班级", cl, "设备", "S5735交换机 / AC6508"],
                                                          ["VLAN", "10 管理 / 30 商户 / 40 收款终端", "信道", "1 / 6 / 11"],
                                                          ["说明", (desc, ' colspan="3" align="left"')]], width="92%") +
                             "<p>验收：%s（市场管理处）　　指导：%s</p>" % (o[0], t[j % 2]))
            elif f == "debug_typed":
                parts.append('<h3>%s</h3><p>调试人：%s　　%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["步骤", "内容", "结果"], ["1", "气源压力检查", "0.6 MPa"], ["2", "节流阀调整", "伸出时间%.1f s" % (0.8 + 0.1 * i)],
                                  ["3", "带载调试", desc]], width="86%") + "<p>审核：%s</p>" % t[j % 2])
            elif f == "pack_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品名", "三七粉" if j else "三七、滇重楼", "批号", "LJ24%02d%d" % (10 + i, j)], ["分装人", n, "班级", cl],
                                  ["送检", "药材行（%s）" % o[0], "复核", t[j % 2]], ["结论", (desc, ' colspan="3" align="left"')]], width="90%"))
            elif f == "brake_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["送修人", "%s（车队司机）" % o[0], "车牌", "云P·%05d" % (31207 + i)],
                                                          ["维修人", "%s　%s　%s" % (n, cl, sid), "质检", t[j % 3]],
                                                          ["结果", (desc, ' colspan="3" align="left"')]], width="92%"))
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
        if f == "ladybug_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "ladybug_photo2":
            head = ["课后作业（%s）" % c["course"][:6], "> %s　%s　%s号" % (n, cl, sid[-2:])]
        elif f == "hand_page":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid, n)]
        elif f == "exercise_photo":
            head = ["", "　　　　　作　业　本", "", s["school"], "", "> 班级：%s" % cl, "> 姓名：%s" % n, "> 学号：%s" % sid, "----",
                    "%s　作业" % c["course"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"ladybug_photo": "x-photo:200:2:ladybug", "ladybug_photo2": "x-photo:200:1:ladybug", "hand_page": "x-scan:200:4",
            "plain_photo": "x-photo:200:2", "exercise_photo": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "dorm":   # grouped by dormitory room, a 寝室长 mark
        rooms = [("学生公寓3栋 312寝室", k[0:6]), ("学生公寓3栋 313寝室", k[6:12]), ("学生公寓3栋 314寝室", k[12:18]),
                 ("学生公寓5栋 205寝室", k[18:24]), ("学生公寓5栋 206寝室", k[24:30]), ("学生公寓5栋 207寝室", k[30:])]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "职务"])]
        j = 0
        for g, members in rooms:
            rows.append('<tr><td colspan="4" style="border:0.75pt solid #000;padding:1px 6px"><b>%s</b>（%d人）</td></tr>' % (g, len(members)))
            for m, n in enumerate(members):
                j += 1
                rows.append(trow([str(j), sid_of(s, n), n, "寝室长" if m == 0 else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单（按寝室）</h2><p style="text-align:center">%s　2024年秋季学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="78%") + "<p>班主任：%s　　全班共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "three_across":   # three columns of 序号 学号 姓名 across the page
        h = (len(k) + 2) // 3
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "2px 4px") for x in ["序号", "学号", "姓名"] * 3)]
        for r_ in range(h):
            cells = []
            for col in range(3):
                j = col * h + r_
                cells += [str(j + 1), sid_of(s, k[j]), k[j]] if j < len(k) else ["", "", ""]
            rows.append(trow(cells, "2px 4px"))
        body = ('<h2 style="text-align:center">%s　%s花名册</h2>' % (s["school"], s["cls"]) + table(rows) +
                "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-ninth held-out people corpus (testdata/heldout109), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 109)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s["f10"] == "two_classes":
            s["cls2"] = s["cls"].replace("2401", "2402")
            s["klass2"] = draw_class(rng, 38, [], avoid + s["klass"], s["region"])
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
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + extra_named,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"],
            "other_class_on_item10": {s["cls2"]: s["klass2"]} if s.get("klass2") else {}}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
