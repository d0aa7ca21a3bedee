#!/usr/bin/env python3
"""Write the sources of the seventy-eighth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 任丘
(Hebei, 沧州), 石柱 (Chongqing, 石柱土家族自治县) and 湄潭 (Guizhou, 遵义).

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
# the truth files read for names, tasks and courses to avoid (heldout77 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 77)] + ["othertools"]


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

# surnames by region, weighted by repetition: 任丘 (冀中 families: 王 李 张 刘 边 耿 霍 苏 崔 吕 齐 …),
# 石柱 (土家 and 渝东 families: 谭 马 冉 秦 向 陈 刘 黄 崔 余 隆 彭), 湄潭 (黔北 families: 王 张 陈 李 杨 罗 何 黄 田 申 骆 邹 肖)
SURNAMES = {
    "rq": list("王王王王李李李李张张张张刘刘刘赵赵杨孙高马边边耿霍苏崔吕齐田郭"),
    "sz": list("谭谭谭谭马马马冉冉冉秦秦向向陈陈刘刘黄黄崔余隆彭杨"),
    "mt": list("王王王张张张陈陈陈李李杨杨刘刘罗罗何何黄田宋邹肖申骆"),
}
# given names: a new list for this corpus
GIVEN2 = ("嘉诚 梓轩 雨晴 可欣 俊杰 思睿 语晨 浩然 欣怡 子涵 宇辰 诗涵 明杰 睿哲 梦涵 家辉 晓宇 佳豪 雅琪 子怡 "
          "宏宇 俊宇 若涵 思瑶 天宇 紫涵 嘉欣 佳乐 一帆 梓睿 雨涵 晨曦 梦婷 志强 玉洁 春燕 海涛 小龙 永杰 金鹏 "
          "伟豪 俊峰 宏伟 敏慧 静雯 婉婷 诗雅 慧敏 佳欣 若琳 雨菲 依依 欣雨 思颖 嘉琪 梓琪 子萱 雪莹 晨露 婧怡 "
          "语彤 一然 思成 博宇 子骞 浩轩 景涵 书豪 星辰 沐阳 锐锋 俊逸 博闻 睿德 宇哲 铭轩 雨航 昊天 泽洋 瑞阳 "
          "天乐 家铭 文轩 思翰 嘉豪 子杰 鹏程 浩博 晋宇 柯宇 明阳 志鹏 佳伟 俊凯 海峰 绍辉 开宇 晓燕 丽萍 美玲 "
          "彩霞 巧玲 倩倩 婷婷 欢欢 诗语 芮涵 沁怡 芊芊 朵朵 楠楠 晗玥 亦菲 梓彤 雅馨 禹辰 奕航 弘毅 煦阳 恩泽 "
          "宸睿 致远 峻熙 骁勇 子墨 乐天 明远 启航 耀文 朝阳 俊博 家骏 仕杰 广源 锦华 蕊蕊 佩琪 芷若 玥彤 可儿").split()
GIVEN1 = list("涛琳杰颖勇敏鹏芳")


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



C = {
 "starter": dict(major="机电一体化技术", code="0127", course="油田电气控制柜安装与调试", task="油田抽油机电动机星三角降压启动控制柜安装与调试",
   hours=18, station="电气控制一体化学习工作站",
   situation="任丘一处采油作业区有六台抽油机的启动控制柜老化，电动机直接启动时电流冲击大，常跳闸。作业区电工班长请机电班学员按图纸选配接触器、时间继电器和热继电器，安装星三角降压启动控制柜，完成接线、绝缘检测和通电调试，并填写安装验收单。",
   qs=[("问题1 星三角降压启动为什么能减小启动电流？", ["启动时绕组接成星形，每相电压降为三角形时的根号三分之一，启动电流只有直接启动的三分之一。", "星形启动电压低，电流小。", "电流是直接启动的三分之一。"]),
       ("问题2 时间继电器的延时怎样整定？", ["按电动机从启动到接近额定转速的时间整定，一般六到十秒，现场观察电流表回落后再切换。", "按电动机加速时间整定。", "电流回落后切换。"])],
   hw=[("1. 星形和三角形接触器为什么要互锁？", ["两个接触器同时吸合会造成电源短路，必须用常闭触点电气互锁，再加机械互锁。", "同时吸合会短路。", "电气互锁加机械互锁。"]),
       ("2. 通电前要做哪些检查？", ["核对接线、用兆欧表测绝缘电阻、检查热继电器整定值，确认无误后才能合闸。", "测绝缘电阻。", "核对接线和整定值。"])],
   outputs=[("控制柜安装验收单", "绝缘电阻大于五十兆欧。"), ("通电调试记录", "切换时间整定为八秒。")]),
 "charger": dict(major="新能源汽车检测与维修", code="0435", course="电动客车充电系统检修", task="油田通勤电动客车慢充口无法充电故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="油田的通勤电动客车晚上在场站用慢充桩充电，一辆车插枪后充电桩提示连接异常，无法充电。车队维修班长请新能车班学员接车问诊，检查充电口的CC和CP信号、车载充电机和高压线束，按高压作业规程断电验电，找出故障点并修复，最后试充电验证。",
   qs=[("问题1 CC信号异常通常说明什么？", ["CC是连接确认信号，阻值不对说明充电枪没有插到位或充电口内的电阻、线束有问题。", "充电枪没插好或电阻坏。", "检查充电口线束。"]),
       ("问题2 高压部件检修前要做哪些安全步骤？", ["戴绝缘手套，断开低压蓄电池负极，拔下维修开关，等待五分钟后验电，确认无电才能作业。", "断电、拔维修开关、验电。", "戴绝缘手套，等五分钟。"])],
   hw=[("1. CP信号的占空比表示什么？", ["占空比表示充电桩允许的最大充电电流，车载充电机据此调整充电功率。", "允许的最大电流。", "调整充电功率。"]),
       ("2. 修复后怎样验证？", ["插枪后观察仪表充电指示和充电桩电流，连续充电十五分钟无报警才算修复。", "充十五分钟无报警。", "看仪表和桩上电流。"])],
   outputs=[("车辆检修记录", "更换慢充口总成。"), ("试充电验证单", "充电电流十四安，稳定。")]),
 "homestay": dict(major="饭店(酒店)服务", code="0504", course="民宿客房清扫与对客服务", task="黄水避暑民宿旺季客房清扫与夜床服务",
   hours=16, station="客房服务一体化学习工作站",
   situation="七八月是石柱黄水镇的避暑旺季，一家民宿酒店住满了从重庆主城来的避暑客人，退房和入住集中在中午。客房部经理请酒店班学员按标准清扫走客房和住客房，检查设施设备，完成晚间夜床服务，并处理客人借用物品和遗留物品。",
   qs=[("问题1 走客房清扫的顺序是怎样的？", ["开窗通风、撤床单和垃圾、铺床、擦拭家具、清洁卫生间、补充物品、吸尘、自查。", "先撤后铺，先上后下。", "最后吸尘自查。"]),
       ("问题2 夜床服务要做哪些事？", ["拉上窗帘、开夜灯、折开床角、放晚安卡和拖鞋、补充饮用水、倒垃圾。", "折床角、放拖鞋。", "开夜灯、拉窗帘。"])],
   hw=[("1. 发现客人遗留物品怎么办？", ["不擅自处理，立即报告领班，登记物品名称、房号和时间，交客房中心保管。", "报告领班并登记。", "交客房中心。"]),
       ("2. 为什么清扫卫生间要专布专用？", ["擦面盆、浴缸和马桶的抹布分开，防止交叉污染，不同颜色区分。", "防止交叉污染。", "不同颜色区分。"])],
   outputs=[("客房清扫检查表", "走客房清扫用时二十八分钟。"), ("夜床服务记录", "共完成夜床十二间。")]),
 "feeding": dict(major="健康与社会照护", code="0529", course="失能老人生活照护", task="社区日间照料中心失能老人协助进食与体位转换照护",
   hours=16, station="生活照护一体化学习工作站",
   situation="石柱县城一家社区日间照料中心白天照看二十多位老人，其中几位行动不便，需要协助进食和定时翻身。中心负责人请照护班学员评估老人的吞咽和肢体情况，协助老人安全进食，按时间表完成体位转换，并填写照护记录，向家属说明注意事项。",
   qs=[("问题1 协助进食前为什么要评估吞咽？", ["吞咽功能差的老人容易呛咳和误吸，要先用洼田饮水试验评估，再决定食物的性状。", "防止呛咳误吸。", "决定食物性状。"]),
       ("问题2 体位转换时要注意什么？", ["动作轻稳，先和老人沟通，保护好管路，转换后检查皮肤受压部位，记录时间。", "轻稳、先沟通。", "检查受压皮肤。"])],
   hw=[("1. 进食后为什么要保持坐位三十分钟？", ["防止食物反流引起误吸，也有利于消化。", "防止反流误吸。", "有利于消化。"]),
       ("2. 压疮好发于哪些部位？", ["骶尾部、足跟、髋部、肩胛和枕部这些骨头突出、长期受压的地方。", "骶尾部和足跟。", "骨突受压处。"])],
   outputs=[("老人照护计划", "每两小时翻身一次。"), ("协助进食记录", "进食半流质三百毫升，无呛咳。")]),
 "greentea": dict(major="电子商务", code="0603", course="茶叶网店运营", task="湄潭翠芽明前新茶网店上新与客服接待",
   hours=14, station="电商运营一体化学习工作站",
   situation="清明前后，湄潭的茶叶合作社采制了第一批翠芽新茶，打算在网店上新。合作社店长请电商班学员拍摄产品图、撰写标题和卖点，设置规格和价格，上架后担任客服，接待顾客关于产地、冲泡和发货的咨询，处理差评和退换货。",
   qs=[("问题1 新茶标题里要放哪些关键词？", ["产地湄潭、品名翠芽、明前、年份、规格，再加上顾客常搜的绿茶、新茶。", "产地、品名、明前。", "加顾客常搜的词。"]),
       ("问题2 顾客问怎么冲泡，怎样回答？", ["用八十度左右的水，玻璃杯上投法，先注水再放茶叶，三分钟后饮用。", "八十度水，上投法。", "三分钟后喝。"])],
   hw=[("1. 遇到差评怎么处理？", ["先在后台回复致歉，再联系顾客了解原因，能补发就补发，不能就退款。", "回复致歉后联系顾客。", "补发或退款。"]),
       ("2. 为什么要设置多个规格？", ["五十克尝鲜装、二百五十克自饮装和礼盒装，满足不同顾客需要，提高客单价。", "满足不同顾客。", "提高客单价。"])],
   outputs=[("客服接待记录", "接待咨询三十七次。"), ("新品上架方案", "首日销量一百二十单。")]),
 "wlan": dict(major="计算机网络应用", code="0301", course="车间无线网络组建", task="茶叶加工厂车间无线网络覆盖勘测与接入点部署",
   hours=18, station="网络组建一体化学习工作站",
   situation="湄潭一家茶叶加工厂新建了揉捻和烘干车间，车间里的平板和扫码枪常常连不上网。工厂办公室请网络班学员到现场勘测信号，画出信号热力图，确定接入点的位置和信道，安装和配置无线接入点，测试漫游和速率，并交付网络拓扑图和配置文档。",
   qs=[("问题1 为什么要先做现场勘测？", ["车间里有金属设备和墙体，信号衰减不一样，实测以后才能确定接入点的位置和数量。", "金属设备会挡信号。", "实测后定位置。"]),
       ("问题2 相邻接入点的信道怎样规划？", ["二点四吉赫用一、六、十一三个不重叠信道交错排列，避免同频干扰。", "用一、六、十一信道。", "避免同频干扰。"])],
   hw=[("1. 什么是无线漫游？", ["终端在不同接入点之间移动时自动切换，连接不断开。", "移动时自动切换。", "连接不断。"]),
       ("2. 交付文档应包括什么？", ["拓扑图、设备清单、IP地址规划、接入点配置和测试报告。", "拓扑图和配置。", "IP规划和测试报告。"])],
   outputs=[("车间无线勘测记录", "烘干车间信号最弱处负七十八分贝毫瓦。"), ("接入点配置文档", "共部署六台接入点。")]),
 "teachick": dict(major="烹饪(中式烹调)", code="0501", course="黔北风味热菜制作", task="湄潭茶香鸡与红酸汤鱼黔味热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="湄潭一家茶乡农家乐要推出茶文化主题宴，厨师长设计了茶香鸡和红酸汤鱼两道招牌菜。农家乐请烹饪班学员按标准菜谱备料，完成茶叶熏制、红酸汤熬制和出品装盘，控制上菜节奏，并做成本核算。",
   qs=[("问题1 茶香鸡熏制时茶叶怎样处理？", ["茶叶先用温水泡开再沥干，和米、糖拌匀铺在锅底，小火熏出香味，避免烧焦发苦。", "泡开沥干后拌糖熏。", "小火防焦苦。"]),
       ("问题2 红酸汤的酸味从哪里来？", ["用野生小番茄和红辣椒发酵做成的红酸，再加木姜子油提香。", "番茄和辣椒发酵。", "加木姜子油。"])],
   hw=[("1. 鱼下锅前为什么要先码味？", ["用盐和料酒码味十分钟，去腥入味，煮的时候不易碎。", "去腥入味。", "不易碎。"]),
       ("2. 上菜节奏怎样控制？", ["凉菜先上，热菜按先干后汤、先淡后浓的顺序，每道间隔五到八分钟。", "先干后汤。", "间隔五到八分钟。"])],
   outputs=[("茶香鸡出品记录", "熏制八分钟，色泽棕红。"), ("红酸汤鱼出品记录", "每份成本三十八元。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="任丘市鄚州技工学校", pack="dir", region="rq", course="starter", cls="机电2401班", size=36, seed=11,
         sidp="24130127", students=["边思翰", "耿雨菲", "霍景涵"], items={12: ["边思翰", "耿雨菲"]},
         extra_class=["崔子骞"], bad={"崔子骞": "over"}, others_named=["苏长庚"],
         teachers=["吕建强", "齐凤英"], form_count="36",
         f8="title_block", f10="score_row", f11="acceptance_typed", f12="lens_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "崔子骞")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos through a cracked lens protector) holds the homework of only TWO students, 边思翰 and 耿雨菲 "
                 "(霍景涵's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (TYPED) has a "
                 "`分值` row under the head (姓名 BEFORE 学号); 崔子骞 has 49 under 通电调试 (分值 45), 总分 the sum: records.invalid_score. "
                 "Item 8 (scanned 250 gray, metal turnings on the glass): a drawing TITLE BLOCK at the foot of each sheet, `制图` the "
                 "student, `审核` a teacher, `企业师傅` 苏长庚 (not a student). No roster"),
    dict(school="任丘市鄚州技工学校", pack="dir", region="rq", course="charger", cls="新能2402班", size=36, seed=12,
         sidp="24130435", students=["田锐锋", "郭芮涵", "吕博闻"], others_named=["崔宝山"],
         teachers=["边立群", "苏曼青"], form_count="36", roster="badges", headteacher="耿秀敏",
         f8="head_row4", f10="coef", f11="repair_typed", f12="exercise_book",
         findings=[],
         comment="clean. The roster is a sheet of printed NAME BADGES (实训胸牌, three a row, cut out and worn): 36 student badges, then "
                 "two badges of the teachers (边立群, 苏曼青, marked 指导教师) and the head teacher 耿秀敏 (班主任) — not students. "
                 "Item 10 (scanned 250 gray, metal turnings) holds 理论考核 and 实操考核 on a 百分制 and a 总评 = 理论×0.4 + 实操×0.6 "
                 "rounded, as the note under the table says; 36 rows = form `36`. The bus driver 崔宝山 is named on every repair record "
                 "(item 11, typed). Item 8 (colour scan 200): head row 姓名|学号|班级|工位"),
    dict(school="重庆市石柱县黄水技工学校", pack="gbkzip", region="sz", course="homestay", cls="酒店2401班", size=40, seed=21,
         sidp="245050401", students=["谭雨晴", "冉梓琪", "隆晓燕"], extra_class=["余佳乐"], absent_from_10=["余佳乐"],
         others_named=["彭国富"], teachers=["秦玉兰", "马守礼"], form_count="40名", roster="paragraph", headteacher="向春梅",
         f8="blank_line", f10="landscape_grade", f11="checklist_typed", f12="hand_page",
         findings=[("records.missing_student", 10, False, "余佳乐"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed notice-style 学生名单: no table, names in lines under 男生 / 女生, 40) and the form (`40名`) hold "
                 "余佳乐; item 10 (scanned 200 gray, LANDSCAPE page, 总分 with 等级 and 备注 beside it) has 39 rows and none for "
                 "her: records.missing_student and records.count_mismatch. Item 11 (typed): 客房清扫检查表, `清扫员` the student, "
                 "`查房领班` a teacher, the guest 彭国富 named (not a student)"),
    dict(school="重庆市石柱县黄水技工学校", pack="gbkzip", region="sz", course="feeding", cls="照护2402班", size=38, seed=22,
         sidp="245052902", students=["向婉婷", "秦嘉诚", "彭诗雅"], outsiders={"彭诗雅": "照护2401班"}, out_sidp="245052901",
         extra_class=["崔俊凯"], bad={"崔俊凯": "sum"}, others_named=["马桂芬", "谭永福"],
         teachers=["黄蕙兰", "冉德华"], form_count="38名",
         f8="bed_head", f10="hand_corrected", f11="careplan_typed", f12="name_line_photo",
         findings=[("students.not_in_class", 8, True, "彭诗雅"), ("records.invalid_score", 10, False, "崔俊凯")],
         comment="彭诗雅 of the parallel class 照护2401班 (her class and 学号 on her worksheet, care plans and homework) is the third "
                 "student of 8/11/12; item 10 (38 rows = form `38名`) has no record of her: students.not_in_class. Item 10 (scanned "
                 "200 gray) has a two-row head and HAND CORRECTIONS in red on three rows (a number struck through, the right one "
                 "beside it; every corrected row adds up); 崔俊凯's 总分 is 7 above the sum of his parts, not corrected: "
                 "records.invalid_score. The elder 马桂芬 and her son 谭永福 are named on worksheets and care plans (not students)"),
    dict(school="湄潭县湄江技工学校", pack="zip", region="mt", course="greentea", cls="电商2401班", size=40, seed=31,
         sidp="2452060301", students=["骆思颖", "申浩轩", "邹雪莹"], items={11: ["骆思颖", "申浩轩", "肖子杰"]},
         extra_class=["肖子杰", "何雨航"], absent_from_10=["何雨航"], others_named=["田兴旺"],
         teachers=["罗秀英", "宋开宇"], form_count="40",
         f8="header_table", f10="ab_paper", f11="chat_log", f12="plain_photo",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False)],
         comment="item 11 (TYPED customer-service chat logs, `客服：<name>（班级）`, buyers by shop nicknames, the shop manager 田兴旺 "
                 "named) holds the work of 骆思颖, 申浩轩 and classmate 肖子杰 (with an item-10 record) instead of 邹雪莹 (items 8 and "
                 "12 hold the three): students.mismatch. Item 10 (TYPED, a 试卷 A/B column) lists 39; the form says `学生数 | 40 人"
                 "（男…，女…）`: records.count_mismatch (no roster)"),
    dict(school="湄潭县湄江技工学校", pack="zip", region="mt", course="wlan", cls="网络2302班", size=38, seed=32,
         sidp="2352030102", students=["何一帆", "罗峻熙", "黄弘毅"], items={8: ["何一帆", "罗峻熙", "黄弘毅", "宋子萱"]},
         extra_class=["宋子萱", "肖昊天"], bad={"肖昊天": "over"}, others_named=["申茂礼"],
         teachers=["杨荣华", "陈光明"], form_count="38",
         f8="plain_line", f10="two_row_head", f11="survey_typed", f12="quiz_sheet",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "肖昊天")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 gray) holds the worksheets of FOUR students: the three and classmate 宋子萱 (with an item-10 "
                 "record): students.count on 8; students.mismatch optional. Item 10 (scanned 300 dpi 1-bit) has a two-row head with "
                 "the maxima in the second row; 肖昊天 has 29 under 配置调试(25), 总分 the sum: records.invalid_score. Item 11 (typed): "
                 "勘测记录, `勘测人` the student, the factory's contact 申茂礼 (not a student)"),
    dict(school="湄潭县湄江技工学校", pack="zip", region="mt", course="teachick", cls="烹饪2402班", size=42, seed=33,
         sidp="2452050102", students=["杨欣雨", "陈泽洋", "罗嘉琪"], others_named=["肖金鹏", "刘玉翘", "田春林"],
         teachers=["王砚秋", "何翠兰", "邹绍辉"], form_count="42", roster="group_list", headteacher="张立鹤",
         second_class="烹饪2401班", second_size=40, second_sidp="2452050101",
         f8="sign_foot", f10="elective_two", f11="comment_card", f12="plain_photo",
         findings=[],
         comment="clean. Item 10 (TYPED) holds the registers of TWO classes taught the same task by the same team: first 烹饪2402班 "
                 "(42 rows, `共42人`), then 烹饪2401班 (40 rows, its own head and `共40人`); a 选做(10) column where only some students "
                 "have a mark and the others `/`, 总分 the sum, as the note says. Roster 42 (group list) = form `42` = the 2402 table. "
                 "Item 8 (phone photos through a cracked lens protector): the name only in `学生签名` at the FOOT, beside the head chef "
                 "肖金鹏's `厨师长签名` (not a student). Item 11: customer COMMENT CARDS, `主理学生` the student and the diners 刘玉翘 "
                 "and 田春林 signing (not students). Three teachers"),
]

PROVINCE = {1: "河北省沧州市任丘市", 2: "重庆市石柱土家族自治县", 3: "贵州省遵义市湄潭县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10




def file_name(s, n):
    g = grp(s)
    if g == 1:   # 任丘: "8、工作页.pdf"
        return "%d、%s.pdf" % (n, NAMES[n])
    if g == 2:   # 石柱: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    return "%s（第%d项）.pdf" % (NAMES[n], n)   # 湄潭: the name first, "工作页（第8项）.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s申报书.pdf" % s["cls"], "pdf"),
            3: ("申报书-%s.docx" % c["task"][:8], "docx")}[grp(s)]


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

def male_count(s):
    return s["size"] // 2 + 3


def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "授课班级／人数 | %s／%s人" % (s["cls"], s["form_count"])
    if g == 2:
        return "学生人数 | %s" % s["form_count"]
    n = int(s["form_count"])
    return "学生数 | %d 人（男 %d 人，女 %d 人）" % (n, male_count(s), n - male_count(s))


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    cnt = form_count_text(s).split(" | ")
    if g == 1:   # 任丘: class and size in one cell
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                (cnt[0], cnt[1]), ("学时", "%d" % c["hours"])]
    elif g == 2:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), (cnt[0], cnt[1]), ("授课地点", c["station"])]
    else:   # 湄潭: 学生数 with the boys and girls in brackets
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), (cnt[0], cnt[1]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
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


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "title_block":   # a drawing title block at the foot: 制图 the student, 审核 a teacher, 企业师傅
            blk = tbl([["学习任务", ("星三角降压启动控制柜接线图", ' colspan="3"'), "比　例", "1:1"],
                       ["制　图", hand(n, True), "班　级", hand(cl, True), "图　号", "JD-2401-%02d" % (i + 1)],
                       ["审　核", t[i % 2], "学　号", hand(sid, True), "企业师傅", s["others_named"][0]]], width="100%", pad="4px 6px")
            body = title + sit + answers(c, rng, i) + comment + "<p>&nbsp;</p><p>&nbsp;</p>" + blk
        elif f == "head_row4":   # a bordered head row 姓名 | 学号 | 班级 | 工位
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "工位", hand("%d号工位" % (1 + i % 6), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 姓名：＿ 班级：＿ 学号：＿
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "bed_head":   # a care-practice head: bed, the elder, the carer (the student)
            head = tbl([["实训床位", hand("%d号床" % (3 + i), True), "照护对象", "%s（模拟情境，82岁）" % s["others_named"][0]],
                        ["照护员", hand(n, True), "学号", hand(sid, True)], ["班级", hand(cl, True), "家属", s["others_named"][1]]],
                       width="92%", pad="4px 5px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "header_table":   # a bordered head row 班级 | 姓名 | 学号 | 组别
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "组别", hand("第%s组" % "一二三四五"[i % 5], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级 学号 姓名 line
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "sign_foot":   # the name only in 学生签名 at the foot, beside the head chef's signature
            head = '<p>班级：%s　　学号：%s　　实训日期：%s</p>' % (hand(cl, True), hand(sid, True), hand(day(s, i), True))
            foot = tbl([["学生签名", hand(n), "厨师长签名", hand(s["others_named"][0], ink=BLACK)]], width="80%", pad="6px 6px")
            body = title + head + sit + answers(c, rng, i) + comment + foot
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"title_block": "x-scanpdf:250:swarf", "head_row4": "x-scanpdf:200:color", "blank_line": "x-scanpdf:200",
            "bed_head": "x-scanpdf:200", "header_table": "x-scanpdf:200:color", "plain_line": "x-scanpdf:250",
            "sign_foot": "x-scanpdf:200:photo:lenscrack"}[f]
    font = {"header_table": "Noto Sans CJK SC", "head_row4": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


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



def strike(x):
    return '<span style="text-decoration:line-through;font-family:\'Liberation Sans\';color:#333333">%s</span>' % x


def red(x):
    return '<span style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:11pt">%s</span>' % x


def grade(t):
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 70 else "及格" if t >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "score_row":   # 姓名 before 学号, the maxima in a 分值 row under the head
        parts = [("元件检测", 15), ("布线工艺", 30), ("通电调试", 45), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>分值</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            if bad.get(n) == "over":
                v = part_scores(rng, parts, 0.6, 0.8)
                v[2] = 49
            else:
                v = part_scores(rng, parts)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "coef":   # 理论 and 实操 on 100 each, 总评 weighted, the rule under the table
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "理论考核<br/>（百分制）", "实操考核<br/>（百分制）", "总评"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(55, 96), rng.randint(60, 97)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(int((2 * a + 3 * b) / 5.0 + 0.5))], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out, width="86%") +
                "<p>说明：总评＝理论考核×0.4＋实操考核×0.6，四舍五入取整数。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:swarf"
    if f == "landscape_grade":   # a landscape page, 等级 and 备注 beside the total
        parts = [("仪容仪表", 10), ("清扫流程", 40), ("夜床服务", 30), ("安全卫生", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d分)" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            rem = "组长" if k % 8 == 0 else ("" if k % 5 else "表现突出")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v)), rem], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>等级：90分及以上为优，80—89分为良，70—79分为中，60—69分为及格。</p>" + sign
        return "10.html", html(body, "8.5pt", compact=True, page="size:29.7cm 21cm;margin:1.0cm 1.5cm"), "x-scanpdf:200"
    if f == "hand_corrected":   # two-row head; three rows corrected by hand in red (each adds up); one total 7 too high
        parts = [("沟通评估", 10), ("安全防护", 20), ("进食协助", 35), ("体位转换", 35)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程评价（30分）</b>", ' align="center" colspan="2"', pad),
                                       td("<b>操作评价（70分）</b>", ' align="center" colspan="2"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        plain = [k for k, n in enumerate(rec) if n not in bad and n not in s["students"]]
        fix = rng.sample(plain, 3)
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            cells = [str(x) for x in v]
            tot = str(sum(v) + (7 if bad.get(n) == "sum" else 0))
            if k == fix[0]:    # a part re-marked: old struck, new beside it, the total of the new
                cells[2] = strike(str(v[2] - 4)) + " " + red(str(v[2]))
            elif k == fix[1]:  # a total mis-added and corrected
                tot = strike(str(sum(v) - 10)) + " " + red(str(sum(v)))
            elif k == fix[2]:  # a part and the total both corrected
                cells[3] = strike(str(v[3] + 3)) + " " + red(str(v[3]))
                tot = strike(str(sum(v) + 3)) + " " + red(str(sum(v)))
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [tot], pad))
        s["corrected"] = [rec[k] for k in fix]
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>注：更正处已由评分教师签字确认。</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "ab_paper":   # a 试卷 A/B column
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号", "试卷", "理论(30)", "实操(70)", "总分"]], pad)]
        for k, n in enumerate(rec):
            a, b = int(30 * rng.uniform(0.55, 0.97)), int(70 * rng.uniform(0.6, 0.96))
            out.append(trow([str(k + 1), n, sid_of(s, n), "AB"[k % 2], str(a), str(b), str(a + b)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out, width="80%") + "<p>理论考试分A、B两套试卷，单双号交替发放。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "two_row_head":   # 过程评价 / 实施评价 over their parts, the maxima in the second head row
        parts = [("勘测记录", 15), ("方案设计", 25), ("设备安装", 25), ("配置调试", 25), ("文档", 10)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程评价</b>", ' align="center" colspan="2"', pad),
                                       td("<b>实施评价</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s<br/>(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            if bad.get(n) == "over":
                v = part_scores(rng, parts, 0.6, 0.8)
                v[3] = 29
            else:
                v = part_scores(rng, parts, 0.6, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:300:mono"
    if f == "elective_two":   # two classes' registers, each with a 选做 column ("/" when not done)
        parts = [("茶香鸡", 40), ("红酸汤鱼", 40), ("卫生与安全", 10)]
        hd = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["选做(10)", "总分"]
        pages = []
        for cl, names, sidf in ((s["cls"], rec, lambda n: sid_of(s, n)),
                                (s["second_class"], s["klass2"], lambda n: s["second_sidp"] + "%02d" % (s["klass2"].index(n) + 1))):
            out = [trow(["<b>%s</b>" % x for x in hd], pad)]
            for k, n in enumerate(names):
                v = part_scores(rng, parts, 0.6, 0.95)
                e = rng.randint(5, 10) if rng.random() < 0.4 else None
                out.append(trow([str(k + 1), sidf(n), n] + [str(x) for x in v] + [str(e) if e else "/", str(sum(v) + (e or 0))], pad))
            pages.append('<p style="text-align:center"><b>学习任务考核成绩登记表</b></p><p>%s　　班级：<b>%s</b>　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
                         % (s["school"], cl, c["course"], c["task"], day(s, 11 + len(pages))) + table(out) +
                         "<p>本班共%d人。选做：茶席摆台设计，学生自愿选做，未选做的记“/”；总分＝各项得分之和（含选做）。</p>" % len(names) + sign)
        return "10.html", html(PB.join(pages), "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "acceptance_typed":   # 安装人 the student, 验收人 the field master
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["工程名称", "%d号抽油机启动控制柜" % (1 + i * 2 + j), "日期", day(s, 30 + i)],
                                  ["安装人", "%s（%s，学号%s）" % (n, cl, sid), "验收人", "%s（作业区电工班长）" % s["others_named"][0]],
                                  ["检查结果", desc, "指导教师", t[j % 2]]], width="92%"))
            elif f == "repair_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["驾驶员", s["others_named"][0], "车号", "油田通勤%02d号" % (3 + i)],
                                                          ["维修技师", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                                          ["项目", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "checklist_typed":   # 清扫员 the student, 查房领班 a teacher, the guest named
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["房号", "%d0%d" % (2 + i, 1 + j), "住客", "%s先生（续住）" % s["others_named"][0] if j else "走客房"],
                                  ["清扫员", "%s　%s" % (n, cl), "查房领班", t[j % 2]],
                                  ["结果", desc, "日期", day(s, 30 + i)]], width="90%"))
            elif f == "careplan_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["服务对象", s["others_named"][0], "家属", s["others_named"][1]],
                                  ["制订人", "%s（%s，学号%s）" % (n, cl, sid), "审核", t[j % 2]],
                                  ["要点", desc, "日期", day(s, 30 + i)]], width="90%"))
            elif f == "chat_log":   # a chat transcript, buyers by nickname
                nick = ["茶香满屋", "遵义小周", "爱喝绿茶的猫", "山城老李", "一叶知秋"]
                lines = ["<p>【%s】%s　　%s</p>" % (x, y, z) for x, y, z in [
                    ("买家", nick[(i + j) % 5], "明前的吗？什么时候发货？"), ("客服", n, "亲，是今年明前采制的翠芽，今天下午四点前下单当天发货。"),
                    ("买家", nick[(i + j) % 5], "怎么泡比较好？"), ("客服", n, "八十度左右的水，玻璃杯上投，三分钟就可以喝啦。")]]
                parts.append('<h3>%s</h3><p>客服：%s（%s）　　店长：%s</p>' % (title, n, cl, s["others_named"][0]) + "".join(lines) +
                             "<p>小结：%s　　检查：%s</p>" % (desc, t[j % 2]))
            elif f == "survey_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["勘测地点", ["揉捻车间", "烘干车间"][j], "甲方联系人", s["others_named"][0]],
                                  ["勘测人", "%s（%s）" % (n, cl), "学号", sid], ["结论", desc, "审核", t[j % 2]]], width="90%"))
            elif f == "comment_card":   # a diner's comment card: 主理学生 and the diner's signature
                parts.append('<h3 style="text-align:center">茶乡主题宴　顾客留言卡</h3>' +
                             tbl([["菜品", title.replace("出品记录", "")], ["主理学生", "%s（%s）" % (n, cl)],
                                  ["出品说明", desc], ["顾客留言", hand(["茶香很正，鸡肉嫩。", "酸汤够味，鱼很鲜。", "分量足，下次还来。"][(i + j) % 3], True)],
                                  ["顾客签名", hand(s["others_named"][1 + j], True, BLACK)], ["指导教师", t[j % 3]]], width="70%", align="left"))
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
        if f in ("lens_photo", "name_line_photo"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_page":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "quiz_sheet":   # a printed quiz sheet: the 得分 box and 班级/姓名/学号 blanks
            head = ["%s　课后测验" % c["course"], "班级＿＿＿　姓名＿＿＿　学号＿＿＿　得分＿＿＿",
                    "> %s　　%s　　%s" % (cl, n, sid[-2:]), "! 得分 %d" % (80 + 5 * (i % 3))]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"lens_photo": "x-photo:200:2:lenscrack", "name_line_photo": "x-photo:200:2", "hand_page": "x-scan:200:4",
            "plain_photo": "x-photo:200:1", "quiz_sheet": "x-scan:250:3:color", "exercise_book": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("嘉诚 梓轩 俊杰 思睿 浩然 宇辰 明杰 睿哲 家辉 晓宇 佳豪 宏宇 俊宇 天宇 佳乐 一帆 梓睿 志强 海涛 小龙 永杰 金鹏 伟豪 俊峰 宏伟 "
           "思成 博宇 子骞 浩轩 景涵 书豪 星辰 沐阳 锐锋 俊逸 博闻 睿德 宇哲 铭轩 雨航 昊天 泽洋 瑞阳 天乐 家铭 文轩 思翰 嘉豪 子杰 鹏程 "
           "浩博 晋宇 柯宇 明阳 志鹏 佳伟 俊凯 海峰 绍辉 开宇 禹辰 奕航 弘毅 煦阳 恩泽 宸睿 致远 峻熙 骁勇 子墨 乐天 明远 启航 耀文 朝阳 "
           "俊博 家骏 仕杰 广源 锦华".split()) | set("涛杰勇鹏")


def sex_of(n):
    return "男" if n[-2:] in MALE or n[-1:] in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "badges":   # a sheet of printed name badges, three a row; the teachers' badges after the students'
        cards = [(n, s["cls"], "学号：%s" % sid_of(s, n), "学　员") for n in k]
        cards += [(x, "新能源汽车教研组", "", "指导教师") for x in s["teachers"]] + [(s["headteacher"], s["cls"], "", "班主任")]
        rows = []
        for j in range(0, len(cards), 3):
            cells = ""
            for n, cl, sid, role in cards[j:j + 3]:
                cells += ('<td style="border:1pt dashed #555;padding:6px 4px" align="center" width="33%%"><span style="font-size:8pt">%s　实训胸牌</span><br/>'
                          '<span style="font-size:17pt"><b>%s</b></span><br/><span style="font-size:8.5pt">%s　%s</span><br/>'
                          '<span style="font-size:8pt;color:#ffffff;background:#23508a">　%s　</span></td>' % (s["school"], n, cl, sid, role))
            rows.append("<tr>%s</tr>" % cells)
        body = ('<p style="text-align:center"><b>%s　实训胸牌（沿虚线剪下佩戴）</b></p>' % s["cls"] +
                '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（胸牌）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "paragraph":   # a notice-style list: no table, names in lines under 男生 / 女生
        boys = [n for n in k if sex_of(n) == "男"]
        girls = [n for n in k if sex_of(n) != "男"]
        def block(ns):
            return "".join("<p>%s</p>" % "　　".join(ns[j:j + 8]) for j in range(0, len(ns), 8))
        body = ('<h2 style="text-align:center">%s</h2><h3 style="text-align:center">%s学生名单</h3>' % (s["school"], s["cls"]) +
                "<p>（2024年秋季学期，共%d人，按报到顺序排列）</p>" % len(k) +
                "<p><b>男生（%d人）：</b></p>%s<p><b>女生（%d人）：</b></p>%s" % (len(boys), block(boys), len(girls), block(girls)) +
                '<p style="text-align:right">班主任：%s</p><p style="text-align:right">学生科　2024年9月6日</p>' % s["headteacher"])
        write(os.path.join(d, "roster.html"), html(body, "11pt", font="Noto Serif CJK SC"))
        man.append("roster.html\t%s名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "group_list":   # a typed 学生名单 grouped by 小组
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "备注"])]
        for j, n in enumerate(k):
            if j % 7 == 0:
                rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px;background:#eeeeee">第%s小组</td></tr>' % "一二三四五六"[j // 7])
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "组长" if j % 7 == 0 else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2>' % (s["school"], s["cls"]) + table(rows, width="80%") +
                "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
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
    truth = {"comment": "Seventy-eighth held-out people corpus (testdata/heldout78), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_teachers = [n for n in all_teachers if n]
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
        rng = random.Random(s["seed"] * 7919 + 78)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s.get("second_class"):
            s["klass2"] = draw_class(rng, s["second_size"], [], avoid + s["klass"], s["region"])
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
            "notes": {}, "corrections": {n: "hand-corrected in red on item 10; the corrected row adds up" for n in s.get("corrected", [])},
            "teachers": s["teachers"]}
        if s.get("second_class"):
            sub["item10_other_class"] = {"class": s["second_class"], "records": s["klass2"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
