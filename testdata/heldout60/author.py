#!/usr/bin/env python3
"""Write the sources of the sixtieth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 绥化
(Heilongjiang), 茂名 (Guangdong) and 德阳 (Sichuan).

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
# the truth files read for names, tasks and courses to avoid (heldout59 is written at the same time: not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 59)] + ["othertools"]

# surnames by region, weighted by repetition the way real class lists run: 绥化 (northern Han; Manchu 关 佟
# 那; one 欧阳), 茂名 (western Guangdong: 陈 李 梁 黄 林 …; rare 揭 柯 庞), 德阳 (Sichuan: 王 李 张 刘 陈 杨 …;
# rare 税 母 敬)
SURNAMES = {   # surname: weight (about its share in the region's classes)
    "sh": "王8 李7 张7 刘6 赵4 孙4 于3 高3 杨3 陈3 郭2 马2 董2 吕2 冯2 韩2 曹1 邵1 谷1 关1 佟1 那0.6 欧阳0.3",
    "mm": "陈9 李6 梁6 黄6 林5 杨3 吴3 邓3 何3 张3 冯2 曾2 谭2 王2 刘2 罗2 钟2 叶2 莫1 柯1 庞1 揭0.5",
    "dy": "王7 李7 张6 刘6 陈6 杨5 黄3 罗3 何3 周3 钟2 曾2 邓2 袁2 蒋2 唐2 谢2 廖2 吴2 税0.6 母0.5 敬0.5",
}
SURNAMES = {k: [(re.match(r"\D+", x).group(), float(re.search(r"[\d.]+", x).group())) for x in v.split()] for k, v in SURNAMES.items()}
# given names: the ordinary names of pupils born about 2008, a new list
GIVEN2 = ("浩宇 子墨 思雨 俊豪 梓萱 雨泽 欣妍 宇航 佳怡 一诺 嘉懿 晨曦 铭泽 语桐 博涵 静怡 逸飞 诗琪 "
          "昊天 芷若 天佑 若汐 梓轩 紫涵 志鹏 婉婷 泽楷 梦瑶 俊宇 可欣 奕辰 雅琪 振宇 思琪 锦鹏 晓雯 "
          "宏博 景阳 润泽 彦博 昕怡 依琳 晟睿 馨予 艺璇 楷瑞 宸熙 书瑶 培源 金宝 子健 俊峰 欣悦 思源 宏伟 晓东 鹏飞 佳慧 "
          "雨欣 文静 瑞琪 宇辰 乐怡 晨光 俊辉 宏亮 佳宁 悦然 奕博 星辰 新宇 舒婷 晓峰 嘉乐 浩楠 梦洁 永强 春雨 "
          "明轩 欣然 家乐 慧敏 永康 美琳 鹏程 丽娟 文韬 心怡 凯文 淑婷 建豪 楚涵 海洋 玉洁 兴旺 诗涵 "
          "志远 晓琳 卓然 梓琳 俊熙 安琪 国栋 子怡 伟杰 晓萌 嘉伟 秀英 德华 语嫣").split()
# and names put together the way parents of the 2000s did, a first character and a second
COMBO = [a + b for a in "昱彦知允亦煦恺栩锐谨朗颂沛钧霖翊骁晞芮铭" for b in "辰安宁诚川然航言和乔妍希澄朵萌岑恒凡"
           if a + b not in ("铭言", "芮岑")]
GIVEN1 = list("鑫磊婷杰琳浩")


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
TAKEN = set()


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, region):
    x = rng.random()
    g = rng.choice(GIVEN1) if x < 0.08 else rng.choice(GIVEN2) if x < 0.7 else rng.choice(COMBO)
    sn = SURNAMES[region]
    return rng.choices([a for a, _ in sn], [w for _, w in sn])[0] + g


def used(name):
    return name in USED_BEFORE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    compound = sum(1 for x in names if x[:2] == "欧阳")
    while len(names) < n:
        name = draw_one(rng, region)
        if name.startswith("欧阳"):
            if compound:
                continue   # one compound surname a class at most
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        if name.startswith("欧阳"):
            compound += 1
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "coldstart": dict(major="汽车维修", code="0403", course="寒区柴油车冷启动系统检修", task="农用皮卡寒冬低温启动困难故障诊断与排除",
   hours=16, station="汽车维修一体化学习工作站",
   situation="一月的绥化夜间气温低到零下三十度，一家农机合作社的柴油皮卡早上打了几次火都着不了车，只冒白烟。合作社把车拖到学校实训基地的合作维修站，站长请汽修班学员询问车主用车情况，检查蓄电池、预热塞和燃油系统，读取故障码并测量数据流，找出低温启动困难的原因，排除故障后交车并提出冬季用车建议。",
   qs=[("问题1 柴油车低温启动前为什么要先预热？", ["气温低时压缩终了的空气温度不够，柴油不容易着火，预热塞把燃烧室加热后才好点火。", "燃烧室太冷，柴油点不着。", "预热塞先把燃烧室加热。"]),
       ("问题2 怎样判断蓄电池在低温下是否亏电？", ["静置后测开路电压低于十二点四伏，或者启动时电压掉到九点六伏以下，就说明亏电。", "测开路电压和启动电压。", "启动时电压低于九点六伏。"])],
   hw=[("1. 冬季柴油为什么要换成负标号？", ["零号柴油在零下几度就析出蜡，堵塞滤清器，绥化冬天要用负三十五号柴油。", "低温会析蜡堵滤清器。", "换负三十五号。"]),
       ("2. 预热塞损坏怎样检测？", ["拔下接线，用万用表测预热塞电阻，正常零点几欧，无穷大说明烧断。", "测电阻。", "无穷大就是烧断了。"])],
   outputs=[("低温启动困难故障诊断报告", "第二缸、第三缸预热塞断路，蓄电池容量不足。"), ("数据流测量记录", "冷却液温度零下二十八度，启动转速一百一十转。"), ("交车检验单", "更换预热塞两只，更换蓄电池，启动正常。")]),
 "cornfeast": dict(major="烹饪(中式烹调)", code="0501", course="地方特色宴席菜品制作", task="寒地黑土鲜食玉米主题宴席热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="绥化是黑土地上的鲜食玉米之乡。一家农家乐餐厅要在丰收节推出一桌十人的玉米主题宴，请烹饪班学员根据餐厅提供的菜单框架，选用鲜食玉米、大豆和本地杂粮设计四道热菜，完成原料初加工、切配、烹制和装盘，由餐厅厨师长试菜打分。",
   qs=[("问题1 鲜食玉米为什么要当天采摘当天加工？", ["玉米采下后糖分很快转化成淀粉，放久了就不甜不糯，当天加工口感最好。", "糖分会变成淀粉。", "放久了不甜。"]),
       ("问题2 松仁玉米炒制时怎样保持颜色鲜亮？", ["玉米粒先焯水断生，旺火快炒，最后放糖和盐，不要久炒，出锅前淋明油。", "焯水后旺火快炒。", "不要炒太久。"])],
   hw=[("1. 宴席热菜的上菜顺序一般是怎样的？", ["先上口味清淡的，再上浓重的；先上炒菜，后上烧菜和大菜，最后上汤。", "先淡后浓。", "汤最后上。"]),
       ("2. 怎样防止玉米烙粘锅？", ["锅要烧热后放冷油滑锅，玉米粒拌淀粉要均匀，小火慢煎，中途晃锅。", "热锅冷油。", "小火慢煎多晃锅。"])],
   outputs=[("玉米主题宴热菜设计单", "松仁玉米、玉米烙、黑土豆腐、杂粮烧排骨。"), ("原料申购单", "鲜食玉米四十穗，黄豆五斤。"), ("试菜评价记录", "口味偏甜，装盘可再简洁。")]),
 "lychee": dict(major="电子商务", code="0603", course="生鲜农产品网店客户服务", task="高州荔枝预售网店售前售后客户服务",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="每年五月底高州荔枝开摘，一家果园的网店在荔枝上市前开启预售。预售期间顾客问的最多的是发货时间、快递到哪、坏果怎么赔。网店运营主管请电商班学员整理常见问题，编写客服话术，分班次在线接待顾客，处理催发货、坏果投诉和退款，并做客服数据统计。",
   qs=[("问题1 预售商品为什么要在详情页写清发货时间？", ["荔枝要等采摘才能发货，写清时间能减少催单和因为等待产生的退款。", "减少催单和退款。", "让顾客知道什么时候发货。"]),
       ("问题2 顾客说收到的荔枝有坏果，客服第一步做什么？", ["先道歉安抚，请顾客拍照坏果和快递面单，核实后按店铺规则赔付。", "先道歉，再请顾客拍照。", "核实后赔付。"])],
   hw=[("1. 客服的首次响应时间为什么重要？", ["顾客问了很久没人回就会去别家买，首次响应越快，询单转化率越高。", "回得慢顾客就走了。", "影响转化率。"]),
       ("2. 遇到顾客情绪激动怎样处理？", ["先认同顾客的感受，不和顾客争辩，给出具体的解决办法和时间。", "不争辩，先认同。", "给出解决办法。"])],
   outputs=[("客服话术考核对话记录（催发货）", "顾客接受了延迟两天发货。"), ("客服话术考核对话记录（坏果）", "按坏果比例退款，顾客给了好评。"), ("客服数据日报", "接待二百三十人，询单转化百分之三十一。")]),
 "pomelo": dict(major="中药", code="1301", course="芸香类药材饮片切制", task="化橘红饮片切制与片型质量检查",
   hours=16, station="中药炮制一体化学习工作站",
   situation="化州橘红是茂名的道地药材。当地一家饮片厂接到一批化橘红饮片订单，要求切成丝片并达到药典规定的片型标准。生产部主管请中药班学员识别化橘红药材，完成净选、润制、切丝和干燥，按标准抽样检查片型、碎末和水分，并填写生产记录。",
   qs=[("问题1 化橘红切制前为什么要润透？", ["干的化橘红又硬又脆，直接切会碎，润透后药材变软，才切得成均匀的丝。", "干的容易切碎。", "润软了才好切丝。"]),
       ("问题2 怎样识别化橘红的正品？", ["外表黄绿色，密布茸毛，对折的是毛橘红；气芳香，味苦微辛。", "表面有茸毛。", "气香，味苦微辛。"])],
   hw=[("1. 饮片干燥的温度为什么不能太高？", ["化橘红含挥发油，温度太高挥发油损失，药效下降，一般在六十度以下烘干。", "挥发油会损失。", "六十度以下。"]),
       ("2. 片型检查要看哪些项目？", ["丝的宽窄是否均匀，有没有连刀片、翘片，碎末是否超过规定。", "宽窄、连刀片、碎末。", "看碎末比例。"])],
   outputs=[("化橘红切制生产记录", "切丝宽度二到三毫米。"), ("片型检查记录", "碎末百分之一点二，合格。"), ("干燥记录", "五十五度烘四小时，水分百分之十。")]),
 "flange": dict(major="数控加工(数控车工)", code="0106", course="薄壁盘类零件数控车削", task="发电机组端盖法兰盘数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="德阳是重大装备制造基地，一家为发电设备厂配套的机加工企业承接了一批小型发电机组端盖法兰盘的加工。企业技术员把零件图交给学校数控车间，请数控班学员分析图纸，制定装夹方案和加工工艺，编写程序，完成端面、内孔、止口和倒角的车削，实行自检、互检、专检三检制度后交验。",
   qs=[("问题1 车削薄壁法兰盘为什么容易变形？", ["法兰盘壁薄，卡爪夹得太紧会夹变形，切削力和切削热也会让它变形。", "夹紧力太大会变形。", "切削热也会引起变形。"]),
       ("问题2 止口的尺寸为什么要求严格？", ["止口是端盖和机座配合定位的部位，尺寸超差会装不上或者偏心。", "止口用来定位配合。", "超差会装不上。"])],
   hw=[("1. 什么是三检制度？", ["操作者自检，同组同学或下道工序互检，检验员专检，三道检查都合格才能流转。", "自检、互检、专检。", "三道检查都合格才交验。"]),
       ("2. 用软爪装夹有什么好处？", ["软爪可以现车成工件的形状，接触面大，夹紧均匀，不夹伤已加工表面。", "接触面大，不夹伤。", "可以现车。"])],
   outputs=[("法兰盘首件检验记录", "内孔直径一百二十点零二，合格。"), ("加工工艺卡", "粗车、精车端面和内孔、车止口、倒角。"), ("程序清单", "O0218 精车程序。")]),
 "psd": dict(major="城市轨道交通运输与管理", code="0431", course="车站客运组织与应急处置", task="市域铁路站台门故障应急处置与乘客广播",
   hours=14, station="轨道交通站务一体化学习工作站",
   situation="成德市域铁路开通后，德阳境内几座车站早晚高峰客流很大。一天早高峰，某站上行站台一道站台门关不上，列车无法发车。车站值班站长请轨道班学员按应急预案分角色演练：发现故障、报告行调、隔离故障门、人工确认安全、组织乘客改从相邻门上车，并播报乘客广播。",
   qs=[("问题1 站台门无法关闭时为什么要先报告行车调度？", ["站台门关不上，信号系统不给发车条件，列车要等行调同意切除站台门联锁才能动车。", "要行调同意才能发车。", "信号不给发车条件。"]),
       ("问题2 隔离故障站台门后要做哪些防护？", ["在门前设置隔离带和故障告示，派人看守，引导乘客从相邻门上下车。", "设隔离带和告示。", "派人看守引导。"])],
   hw=[("1. 乘客广播稿要注意什么？", ["语言简短清楚，先说发生了什么，再说乘客要怎么做，中英文各播一遍。", "简短清楚。", "告诉乘客怎么做。"]),
       ("2. 站台门故障处置完毕后要做哪些记录？", ["记录故障时间、门号、现象、处置经过和报修情况，交接班时说明。", "记录时间、门号、现象。", "交接班说明。"])],
   outputs=[("站台门故障应急处置记录", "故障门上行第六道，隔离用时三分钟。"), ("乘客广播稿", "因站台门故障，请乘客从相邻车门上车。"), ("演练总结", "报告用语规范，广播及时。")]),
 "mask": dict(major="计算机动画制作", code="0306", course="文物数字化三维建模", task="青铜纵目面具三维建模与展示动画制作",
   hours=20, station="数字媒体一体化学习工作站",
   situation="德阳一家文创公司要给当地博物馆的数字展厅做一段青铜纵目面具的三维展示动画。项目经理请动画班学员参照文物照片和线图，用三维软件完成面具的中模、高模雕刻和贴图，打灯渲染，再制作一段二十秒的转台展示动画，按公司的命名规范提交作品。",
   qs=[("问题1 建模前为什么要先收集文物的多角度照片？", ["正面、侧面和顶面的照片能确定面具的比例和纵目的长度，避免凭想象建模走样。", "确定比例，避免走样。", "多角度对照。"]),
       ("问题2 青铜锈迹的贴图怎样做得自然？", ["在凹处多加绿锈，凸起处露出铜色，用脏迹贴图叠加，不要平均分布。", "凹处多锈，凸处露铜色。", "不要平均分布。"])],
   hw=[("1. 高模和低模各有什么用？", ["高模保留雕刻细节，用来烘焙法线贴图；低模面数少，用在动画和展示里。", "高模烘焙法线。", "低模面数少。"]),
       ("2. 转台动画的关键帧怎样设置？", ["第一帧旋转零度，最后一帧三百六十度，曲线改成线性，转速才均匀。", "零度到三百六十度。", "曲线改线性。"])],
   outputs=[("面具模型作品信息卡", "高模面数一百二十万。"), ("贴图与渲染说明", "采用金属度工作流。"), ("转台动画分镜", "二十秒，四百八十帧。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="绥化市北林技工学校", pack="gbkzip", region="sh", course="coldstart", cls="汽修2402班", size=40, seed=11,
         sidp="2423040302", students=["孙浩宇", "郭俊豪", "赵天赐"], outsiders={"赵天赐": "汽修2401班"}, out_sidp="2423040301",
         others_named=["宋长海", "徐国良", "马振江", "高玉山", "沈立春"], teachers=["董文革", "吕秀华"], form_count="40名",
         f8="head_group", f10="mentor", f11="diag_report", f12="crack_photo",
         findings=[("students.not_in_class", 8, True, "赵天赐")],
         comment="赵天赐 of the parallel class 汽修2401班 (his class and 学号 on his worksheet, typed diagnosis reports and "
                 "homework) is the third student of 8/11/12; item 10 (TYPED, a 现代学徒制 register with an 企业师傅 column: "
                 "four mentors 徐国良 马振江 高玉山 沈立春 named on the rows, 40 rows = form `40名`) has no record of him: "
                 "students.not_in_class. The car owner 宋长海 is named on every item 11 report (not a student). No roster"),
    dict(school="绥化市北林技工学校", pack="gbkzip", region="sh", course="cornfeast", cls="烹饪2401班", size=40, seed=12,
         sidp="2423050101", students=["王梓妍", "关翊鹏", "欧阳沐辰"], others_named=["韩德福"],
         teachers=["佟玉琴", "曹建业"], form_count="40名", roster="cert_list", headteacher="邵丽华",
         f8="blank_line", f10="word_plain", f11="menu_design", f12="hand_page",
         findings=[],
         comment="clean. A compound surname (欧阳沐辰) and a Manchu 关 among the three. The roster is a 1+X 职业技能等级证书 "
                 "报名花名册 (序号 学号 姓名 性别 身份证号(masked) 报考等级 联系电话, 40) = item 10 (a Word table, docx, 40 rows) "
                 "= form `40名`. The restaurant's head chef 韩德福 is named on every item 11 design (指导厨师) and on the "
                 "worksheets (not a student). Item 8 scanned 250 gray with erased pencil drafts"),
    dict(school="茂名市鉴江技工学校", pack="dir", region="mm", course="lychee", cls="电商2401班", size=42, seed=21,
         sidp="2419060301", students=["梁晓雯", "黄嘉俊", "林锦鹏"], extra_class=["柯美琳"], absent_from_10=["柯美琳"],
         teachers=["庞耀华", "冯少芬"], form_count="42", roster="plain_list", headteacher="叶月娥",
         f8="left_box", f10="plain_grade", f11="cs_chat", f12="name_line_photo",
         findings=[("records.missing_student", 10, False, "柯美琳"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生名单, 42, with 性别, 联系电话 masked, 班干部 in 备注) and the form (`授课对象 | "
                 "电商2401班　学生42人`) hold 柯美琳; item 10 (scanned 200 dpi gray, yellow highlighter strokes on some rows) "
                 "has 41 rows and none for her: records.missing_student and records.count_mismatch. Item 11: typed customer-"
                 "service chat records, `客服：<name>（工号 MJ0xx）`, the customers only by nickname"),
    dict(school="茂名市鉴江技工学校", pack="dir", region="mm", course="pomelo", cls="中药2402班", size=38, seed=22,
         sidp="2419130102", students=["陈语汐", "揭志远", "吴丽娟"], items={12: ["陈语汐", "揭志远", "何文韬"]},
         extra_class=["何文韬", "莫卓然"], bad={"莫卓然": "sum"},
         teachers=["钟国兴", "曾慧玲"], form_count="38",
         f8="cover_booklet", f10="self_peer", f11="cut_record", f12="crack_book",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "莫卓然")],
         comment="item 12 (phone photos of exercise books, a cracked lens line across each) holds the homework of 陈语汐, "
                 "揭志远 and classmate 何文韬 (with an item-10 record) instead of 吴丽娟's (items 8 and 11 hold the three): "
                 "students.mismatch. Item 10 (TYPED, 自评(20) 互评(20) 师评(60) 总分, 38 rows = form `38`): 莫卓然's 总分 is "
                 "6 above the sum of his three scores: records.invalid_score. Item 8: a booklet cover with a 姓名/班级/学号 "
                 "box, then the worksheet. No roster"),
    dict(school="德阳市旌湖技工学校", pack="zip", region="dy", course="flange", cls="数控2401班", size=36, seed=31,
         sidp="2427010601", students=["罗铭轩", "税雅琪", "袁振阳"], items={8: ["罗铭轩", "税雅琪", "袁振阳", "敬海洋"]},
         extra_class=["敬海洋", "廖兴旺", "蒋立言", "唐可欣"], bad={"廖兴旺": "over"},
         checkers={"罗铭轩": "敬海洋", "税雅琪": "蒋立言", "袁振阳": "唐可欣", "敬海洋": "罗铭轩"},
         teachers=["黄建川", "母德勇"], form_count="36",
         f8="three_check", f10="plain_remark", f11="first_article", f12="plain_hand",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "廖兴旺")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray) holds FOUR worksheets: the three and classmate 敬海洋 (with an item-10 "
                 "record): students.count on 8; students.mismatch optional. Every worksheet ends in a 三检记录 (自检人 the "
                 "student by hand, 互检人 a CLASSMATE by hand — 敬海洋, 蒋立言, 唐可欣, 罗铭轩 — 专检人 the teacher): one "
                 "classmate's name on each sheet beside the owner's. Item 10 (scanned 250 gray, highlighter strokes): "
                 "廖兴旺 has 26 under `程序编制(20)` (总分 the sum): records.invalid_score. No roster"),
    dict(school="德阳市旌湖技工学校", pack="zip", region="dy", course="psd", cls="轨道2402班", size=36, seed=32,
         sidp="2427043102", students=["何静姝", "周奕航", "钟婉琪"], extra_class=["谢国梁"], bad={"谢国梁": "low"},
         teachers=["杨川平", "廖素芬"], form_count="36", absent_n=1,
         f8="plain_line", f10="drill_role", f11="broadcast", f12="eraser_scan",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "谢国梁")],
         comment="item 10 (a fax, 1-bit 200 dpi: an 应急演练考核评分表 with a 演练角色 column — 值班站长, 行调(模拟), 站务员 "
                 "— rotating) lists 35; the form says `36`: records.count_mismatch (no roster; the missing member is not "
                 "known to the tool). 谢国梁's 总分 is 10 BELOW the sum of his parts: records.invalid_score. Item 12: hand "
                 "pages scanned gray with erased pencil drafts"),
    dict(school="德阳市旌湖技工学校", pack="zip", region="dy", course="mask", cls="动画2301班", size=34, seed=33,
         sidp="2327030601", students=["邓梓轩", "唐若汐", "李晨旭"], items={11: ["邓梓轩", "唐若汐"]},
         teachers=["谢文川", "敬晓燕"], form_count="34",
         f8="corner_box3", f10="plain_level", f11="render_card", f12="photo_plain",
         findings=[("students.count", 11, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 作品信息卡, `作者：<name>`, a grey 渲染截图 box) holds the works of only TWO students, "
                 "邓梓轩 and 唐若汐 (李晨旭's are missing; 8 and 12 hold the three): students.count on 11; students.mismatch "
                 "optional. Item 10 TYPED, 34 rows = form `34`. No roster"),
]

PROVINCE = {1: "黑龙江省绥化市", 2: "广东省茂名市", 3: "四川省德阳市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CNUM = "〇一二三四五六七八九十"


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 绥化: "附件3-8 工作页.pdf"
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 茂名: "（八）工作页.pdf" — the number in Chinese in brackets
        cn = CNUM[n] if n <= 10 else "十" + CNUM[n - 10]
        return "（%s）%s.pdf" % (cn, NAMES[n])
    return "%s_%02d_%s.pdf" % (s["cls"], n, NAMES[n])   # 德阳: "数控2401班_08_工作页.pdf"


def form_name(s, c):
    return {1: ("申报书-%s.pdf" % c["task"], "pdf"),
            2: ("%s优质课堂申报书.docx" % c["major"].split("(")[0], "docx"),
            3: ("附件2-优质课堂申报书（%s）.pdf" % s["cls"], "pdf")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.7cm 1.7cm")
    extra = " p{margin-top:0;margin-bottom:3pt}" if compact else ""
    return ('<html><head><meta charset="utf-8"><style>@page{%s}%s body{font-family:"%s";font-size:%s}</style></head><body>\n%s\n'
            '</body></html>\n' % (page, extra, font, size, body))


PB = '<p style="page-break-before:always"></p>'
BLUE, BLACK = "#1b3070", "#161616"
RED = 'style="font-family:\'AR PL UKai CN\';color:#bd2318;font-size:13pt"'


def hand(x, small=False, ink=BLUE, size=None, font="AR PL UKai CN"):
    return '<span style="font-family:\'%s\';color:%s;font-size:%s">%s</span>' % (
        font, ink, size or ("13pt" if small else "15pt"), x)


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
    trs = [["序号", "姓名", "职称", "承担工作"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 绥化: 学生数 | 40名
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生数", s["form_count"]), ("课时", "%d课时" % c["hours"]), ("课堂负责人", t[0])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 茂名: 授课对象 | 电商2401班　学生42人
        rows = [[("专业名称", c["major"]), ("专业编码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("学习任务", c["task"]), ("授课对象", "%s　学生%s人" % (s["cls"], s["form_count"]))]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="15%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    else:   # 德阳: 班级人数 | 36
        rows = [[("专业名称", c["major"]), ("专业编码", c["code"])], [("课程名称", c["course"]), ("学习任务", c["task"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("实施场所", c["station"]), ("学时", str(c["hours"]))]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="14%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}（盖章）</p><p>课堂负责人：{lead}　　联系电话：略</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务情境</h3><p>{situation}</p>
<h3>四、教学实施过程</h3><p>按照明确任务、制订计划、实施任务、检查控制、评价反馈的工作过程组织教学。学生以小组为单位领取任务，利用工作页和信息化资源自主学习，教师在关键环节示范和纠错，企业人员参与成果验收和评价。</p>
<h3>五、特色与成效</h3><p>任务来自{prov}本地企业的真实生产和服务，学生完成的成果经企业验收，部分直接投入使用。</p>
<h3>六、申报承诺</h3><p>我校保证所报材料真实有效，课堂实录为本校教师原创。</p>""".format(
        school=s["school"], lead=t[0], d=5 + s["seed"] % 17, info=info, tm=tbl(trs, width="82%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化稿）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家课程标准，结合{prov}行业企业岗位要求进行校本转化。\n二、学习任务\n本学期实施学习任务“{task}”，共{hours}学时。\n三、评价\n采用过程性评价与终结性评价相结合的方式。",
    2: "{school}\n“{task}”学习任务分析\n一、任务情境\n{situation}\n二、典型工作过程\n明确任务—制订计划—实施—检查—评价。",
    3: "{school}\n“{task}”教学活动设计\n学习活动1　明确任务要求\n学习活动2　制订工作计划\n学习活动3　实施与控制\n学习活动4　成果验收与总结",
    4: "{school}\n《{course}》授课进度表（共{hours}学时）\n第1次课　任务导入与信息收集\n第2次课　计划制订与决策\n第3—5次课　任务实施\n第6次课　验收、展示与评价",
    5: "{school}\n“{task}”教学实施方案\n一、教学目标\n二、教学重难点\n三、教学过程：情境导入、引导学习、分组实施、展示评价",
    6: "{school}\n学习资源清单\n工作页、企业技术标准、操作视频、{station}的设备与耗材。",
    7: "{school}\n{station}说明\n工作站按资讯、计划、实施、评价四个区域布置，配备多媒体和小组讨论桌。",
    9: "{school}\n“{task}”考核方案\n过程考核与结果考核相结合，考核结果由任课教师登记。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 完整", "√ 9分", "√ 清楚", "√ 8分", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


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
    title = '<h3 style="text-align:center">%s<br/>学生工作页</h3>' % c["task"]
    sit = "<p><b>【任务描述】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师签名：%s</p>' % (RED, ["优", "良", "认真", "合格"][i % 4], t[i % 2])
        if f == "head_group":   # a bordered head row 姓名 | 学号 | 班级 | 组别 | 工位
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True, size="11pt"), "班级", hand(cl, True), "组别", hand("第%d组" % (1 + i), True)]],
                       width="100%", pad="4px 3px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 学号：＿ 姓名：＿ 班级：＿ on blanks, the chef named in the task box
            head = '<p>学号：<u>　%s　</u>　姓名：<u>　%s　</u>　班级：<u>　%s　</u></p>' % (hand(sid, True), hand(n), hand(cl, True))
            body = (title + head + '<p>合作餐厅：黑土人家农家乐　　试菜厨师长：%s</p>' % s["others_named"][0] + sit + answers(c, rng, i) + comment)
        elif f == "left_box":   # a three-row box at the top left: 班级 / 学号 / 姓名
            box = ('<table width="100%%"><tr><td width="40%%">%s</td><td></td></tr></table>'
                   % tbl([["班级", hand(cl, True)], ["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = box + title + sit + answers(c, rng, i) + comment
        elif f == "cover_booklet":   # a cover with a 姓名/班级/学号 box, then the worksheet
            cover = ('<p style="text-align:center;font-size:14pt">%s</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<p style="text-align:center;font-size:28pt"><b>工 作 页</b></p><p style="text-align:center;font-size:14pt">%s</p>'
                     '<p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p>%s<p>&nbsp;</p><p style="text-align:center">%s编印</p>'
                     % (s["school"], c["task"],
                        '<table width="60%" align="center" style="border-collapse:collapse">' + "".join(
                            '<tr>%s%s</tr>' % (td(a, ' width="30%" align="center"', "8px 6px"), td(b, ' align="left"', "8px 6px"))
                            for a, b in [("姓　名", hand(n)), ("班　级", hand(cl)), ("学　号", hand(sid)), ("指导教师", "、".join(t))]) + "</table>",
                        c["station"]))
            body = cover + PB + title + sit + answers(c, rng, i) + comment
        elif f == "three_check":   # worksheet, then a 三检记录: the student 自检人, a classmate 互检人, the teacher 专检人
            head = '<p>班级＿%s＿　姓名＿%s＿　学号＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True))
            mate = s["checkers"][n]
            check = tbl([[("<b>三检记录</b>", ' colspan="4"')], ["检验类别", "检验人", "结果", "日期"],
                         ["自检", hand(n, True), hand("合格", True), hand(day(s, i)[5:], True)],
                         ["互检", hand(mate, True, ink=BLACK), hand("合格", True, ink=BLACK), hand(day(s, i)[5:], True, ink=BLACK)],
                         ["专检", hand(t[0], True, ink=BLACK), hand("合格", True, ink=BLACK), hand(day(s, i)[5:], True, ink=BLACK)]],
                        width="70%", pad="2px 4px")
            body = title + head + sit + answers(c, rng, i) + check + comment
        elif f == "plain_line":
            head = '<p>班级：%s　　　姓名：%s　　　学号：%s</p>' % (hand(cl, True), hand(n), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "corner_box3":   # a box at the top right: 姓名 / 学号 / 成绩
            box = ('<table width="100%%"><tr><td></td><td width="38%%">%s</td></tr></table>'
                   % tbl([["姓名", hand(n, True)], ["学号", hand(sid, True)], ["成绩", '<span %s>%d</span>' % (RED, 78 + 5 * i)]], width="100%"))
            body = box + title + '<p>班级：%s　　%s</p>' % (cl, day(s, i)) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    per = 2 if f == "cover_booklet" else 1
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": per * len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"head_group": "x-scanpdf:200", "blank_line": "x-scanpdf:250:eraser", "left_box": "x-scanpdf:200:color",
            "cover_booklet": "x-scanpdf:200", "three_check": "x-scanpdf:250", "plain_line": "x-scanpdf:200:color",
            "corner_box3": "x-scanpdf:200:color:highlight"}[f]
    font = {"left_box": "Noto Sans CJK SC", "plain_line": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center;font-size:12pt"><b>%s</b></p><p>班级：%s　　课程：%s　　学习任务：%s</p><p>%s　　考核时间：%s</p>'
            % (title, s["cls"], c["course"], c["task"], s["school"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def grade(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def plain_register(s, c, rec, parts, title, extra_cols=(), extra_vals=None, grade_col=False, size="9pt", font="Noto Serif CJK SC"):
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    hd = ["序号", "学号", "姓名"] + list(extra_cols) + ["%s<br/>(%d)" % p for p in parts] + ["总分"] + (["等级"] if grade_col else [])
    out = [trow(["<b>%s</b>" % x for x in hd], pad)]
    for k, n in enumerate(rec):
        v = part_scores(rng, parts)
        if bad.get(n) == "over":
            v[1] = parts[1][1] + 6
        tot = sum(v) + {"sum": 6, "low": -10}.get(bad.get(n), 0)
        ex = extra_vals(k, n) if extra_vals else []
        out.append(trow([str(k + 1), sid_of(s, n), n] + ex + [str(x) for x in v] + [str(tot)] + ([grade(tot)] if grade_col else []), pad))
    sign = "<p>任课教师：%s　　　　教研组长：%s　　　　%s</p>" % ("、".join(s["teachers"]), s["teachers"][-1], day(s, 12))
    return html(head10(s, c, title) + table(out) + sign, size, font=font, compact=True)


def item10(s, c, rec):
    f = s["f10"]
    if f == "mentor":   # 现代学徒制: a 企业师傅 on each row
        mentors = s["others_named"][1:]
        parts = [("理论测试", 20), ("实操考核", 30), ("岗位表现", 30), ("师傅评价", 20)]
        return "10.html", plain_register(s, c, rec, parts, "现代学徒制学习任务考核登记表（校企双导师）", ["企业师傅"],
                                         lambda k, n: [mentors[k // 10]]), "pdf"
    if f == "word_plain":   # a Word table, delivered as docx
        parts = [("原料加工", 20), ("切配", 20), ("烹制", 30), ("装盘", 15), ("卫生", 15)]
        return "10.html", plain_register(s, c, rec, parts, "学生考核成绩登记表", font="Noto Sans CJK SC"), "docx"
    if f == "plain_grade":
        parts = [("话术整理", 20), ("在线接待", 40), ("售后处理", 25), ("数据统计", 15)]
        return "10.html", plain_register(s, c, rec, parts, "学习任务考核成绩表", grade_col=True), "x-scanpdf:200:highlight"
    if f == "self_peer":   # 自评 / 互评 / 师评
        parts = [("自评", 20), ("互评", 20), ("师评", 60)]
        return "10.html", plain_register(s, c, rec, parts, "学生评价表", font="Noto Sans CJK SC"), "pdf"
    if f == "plain_remark":
        parts = [("工艺编制", 15), ("程序编制", 20), ("车削加工", 40), ("检测", 15), ("安全文明", 10)]
        rk = {3: "组长", 15: "组长", 27: "组长"}
        return "10.html", plain_register(s, c, rec, parts, "学习任务考核记录表", ["备注"], lambda k, n: [rk.get(k, "")]), "x-scanpdf:250:highlight"
    if f == "drill_role":   # 应急演练: a 演练角色 column
        roles = ["值班站长", "行调(模拟)", "站务员", "站务员"]
        parts = [("故障发现与报告", 20), ("隔离防护", 30), ("乘客引导", 30), ("广播用语", 20)]
        return "10.html", plain_register(s, c, rec, parts, "站台门故障应急演练考核评分表", ["演练角色"],
                                         lambda k, n: [roles[k % 4]], size="9.5pt"), "x-scanpdf:200:mono"
    if f == "plain_level":
        parts = [("模型制作", 40), ("贴图材质", 25), ("灯光渲染", 20), ("动画输出", 15)]
        return "10.html", plain_register(s, c, rec, parts, "学习任务考核记录", grade_col=True, font="Noto Sans CJK SC"), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t)))
    parts = [head]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "diag_report":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车主", s["others_named"][0], "车型", "柴油皮卡（四驱）"], ["诊断人", "%s（%s）" % (n, cl), "日期", day(s, 30 + i)],
                                  ["检测项目", "标准值", "实测值", "结论"], ["蓄电池开路电压", "≥12.4 V", "%.1f V" % (11.8 + 0.1 * j), "偏低"],
                                  ["预热塞电阻", "0.6–1.0 Ω", "∞（2、3缸）", "断路"]], width="92%") + "<p>结论：%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
            elif f == "menu_design":
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">设计者：%s　　班级：%s　　指导厨师：%s</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["菜名", "主料", "烹调方法", "口味"], ["松仁玉米", "鲜食玉米、松仁", "炒", "咸甜"], ["金丝玉米烙", "玉米粒、淀粉", "煎", "香甜"],
                                  ["黑土豆腐", "黄豆", "烧", "咸鲜"]], width="88%") + "<p>说明：%s</p>" % desc)
            elif f == "cs_chat":
                nick = ["荔枝控阿芳", "爱吃果的小周", "深圳的老顾客"][j]
                parts.append('<h3>%s</h3><p>客服：%s（工号 MJ0%02d）　班级：%s　　考核日期：%s</p>' % (title, n, 10 + 3 * i + j, cl, day(s, 30 + i)) +
                             tbl([["时间", "发言方", "内容"], ["10:02", nick, "我的荔枝什么时候发货？"],
                                  ["10:02", "客服", "亲，您的订单是预售第二批，预计六月三日采摘后当天发出，顺丰冷链。"],
                                  ["10:04", nick, "能不能早点？"], ["10:05", "客服", "已为您备注优先发货，发出后会第一时间通知您。"]], width="96%", align="left") +
                             "<p>考核结果：%s　　评分教师：%s</p>" % (desc, t[j % 2]))
            elif f == "cut_record":
                parts.append('<h3>%s</h3>' % title + tbl([["品名", "化橘红", "批号", "HJH2411%02d" % (3 + j)], ["操作人", n, "班级", cl],
                                                          ["工序", "参数", "结果", "复核"], ["润制", "闷润6小时", "软硬适度", t[0]], ["切丝", "宽2–3 mm", "均匀", t[1]]],
                                                         width="90%") + "<p>备注：%s</p>" % desc)
            elif f == "first_article":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件名称", "端盖法兰盘", "图号", "FD-12-%02d" % (5 + j)], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 2]],
                                  ["检测项目", "图纸要求", "实测", "结论"], ["内孔", "φ120 +0.035/0", "120.0%d" % (1 + j), "合格"],
                                  ["止口", "φ150 0/-0.04", "149.9%d" % (7 - j), "合格"]], width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "broadcast":
                parts.append('<h3>%s</h3><p>值班员：%s　　班级：%s　　演练日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["时刻", "事项"], ["07:4%d" % j, "上行6号站台门无法关闭，报告行调"], ["07:4%d" % (j + 2), "切除联锁，隔离6号门"],
                                  ["07:4%d" % (j + 4), "广播：各位乘客，因站台门故障，请从相邻车门上车"]], width="90%", align="left") +
                             "<p>%s　　带班教师：%s</p>" % (desc, t[j % 2]))
            elif f == "render_card":
                parts.append('<h3>%s</h3>' % title + tbl([[('<span style="color:#555">［渲染截图］</span><br/><br/><br/><br/><br/><br/>', ' colspan="4" style="background:#9a9a9a"')],
                                                          ["作者", n, "班级", cl], ["软件", "Blender / ZBrush", "面数", "%d万" % (96 + 12 * j + i)],
                                                          ["文件名", "%s_%s_纵目面具_%d" % (s["cls"], n, j + 1), "渲染时长", "%d分钟" % (14 + 3 * j)]], width="92%") +
                             "<p>%s</p>" % desc)
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
            qa += [q, "> " + a[(i + qi + 2) % 3], "! " + mark(rng), ""]
        end = ["! 已阅 %s" % day(s, 20 + i)[5:]]
        if f == "crack_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_page":
            head = ["课后作业", "姓名：%s　　班级：%s" % (n, cl)]
        elif f == "name_line_photo":
            head = ["课后练习（%s）" % c["course"], "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "crack_book":
            head = ["", "　　　　练　习　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "----", "课后作业　%s" % c["task"][:7]]
        elif f == "plain_hand":
            head = ["课后作业", "%s　%s　学号%s" % (cl, n, sid)]
        elif f == "eraser_scan":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "photo_plain":
            head = ["课后作业　%s" % c["course"], "> %s　%s" % (cl, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"crack_photo": "x-photo:200:1:crack", "hand_page": "x-scan:250:4", "name_line_photo": "x-photo:200:2",
            "crack_book": "x-photo:200:1:crack", "plain_hand": "x-scan:200:3", "eraser_scan": "x-scan:200:0:eraser",
            "photo_plain": "x-photo:200:2"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "plain_list":
        rows = [["序号", "学号", "姓名", "性别", "联系电话", "备注"]]
        duty = {0: "班长", 6: "团支书", 13: "学习委员", 22: "劳动委员"}
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "女"]),
                         "1%d%d****%04d" % (rr.choice([3, 5, 8]), rr.randint(0, 9), rr.randint(0, 9999)), duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="88%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "cert_list":   # a 1+X certificate sign-up list: ID numbers masked
        rows = [["序号", "学号", "姓名", "性别", "身份证号", "报考等级", "联系电话"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "女"]), "2312%02d********%04d" % (rr.choice([2, 21, 22, 23, 24, 81, 82]), rr.randint(0, 9999)),
                         "初级", "1%d%d****%04d" % (rr.choice([3, 5, 8]), rr.randint(0, 9), rr.randint(0, 9999))])
        body = ('<h2 style="text-align:center">“1+X”职业技能等级证书报名花名册</h2><p>学校：%s　　班级：%s　　证书：中式烹调（初级）</p>' % (s["school"], s["cls"]) +
                tbl(rows, width="100%", pad="1px 3px", bold=(0,)) + "<p>班主任：%s　　　报名人数：%d人　　　2024年10月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Serif CJK SC", compact=True, page="margin:1.0cm 1.0cm"))
        man.append("roster.html\t%s证书报名花名册.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Sixtieth held-out people corpus (testdata/heldout60), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v] + list(s.get("checkers", {}).values())])
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
        rng = random.Random(s["seed"] * 7919 + 60)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in list(s.get("items", {}).values()) + [list(s.get("checkers", {}).values())]:
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        if s.get("absent_n"):   # a member left out of item 10 whom no roster names
            keep = set(s["students"] + s.get("extra_class", []))
            drop = [n for n in s["klass"] if n not in keep][-s["absent_n"]:]
            rec = [n for n in rec if n not in drop]
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
            fname = file_name(s, n)
            if meth == "docx":
                fname = fname[:-4] + ".docx"
            man.append("%s\t%s\t%s\titem\t%d" % (nm, fname, meth, n))
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
        fct = {1: "学生数 | %s" % s["form_count"], 2: "授课对象 | %s　学生%s人" % (s["cls"], s["form_count"]),
               3: "班级人数 | %s" % s["form_count"]}[grp(s)]
        others = list(s.get("others_named", []))
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "others_named": others,
            "classmates_named_on_items": s.get("checkers", {}),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
