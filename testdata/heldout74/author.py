#!/usr/bin/env python3
"""Write the sources of the seventy-fourth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 防城港
(Guangxi), 芒市 (Yunnan, 德宏州) and 禹州 (Henan, 许昌市).

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
# every earlier corpus with a truth file (heldout73, written at the same time by another hand, is not read)
EARLIER = sorted(os.path.basename(os.path.dirname(p)) for p in glob.glob(os.path.join(HERE, "..", "*", "truth.json"))
                 if os.path.basename(os.path.dirname(p)) not in ("heldout73", "heldout74"))

# surnames by region, weighted by repetition: 防城港 (Zhuang 韦 覃 莫 陆 黎 and Jing 阮 武 裴 龚 beside Han 黄 陈 梁 刘 …),
# 芒市 (Han 杨 李 张 王 赵 段 尹 and Dai 线 方 孟 思 龚, Jingpo 排 rarely), 禹州 (central-plain 王 李 张 刘 …, local 晋 卢 苗 吕)
SURNAMES = {
    "fc": list("黄黄黄李李陈陈梁梁刘韦韦覃覃莫莫苏林吴陆陆杨黎何阮阮武裴龚"),
    "ms": list("杨杨杨李李张张王王赵段段尹刘线线方方孟孟思龚排"),
    "yz": list("王王王王李李李张张张刘刘陈杨赵郭郭马孙朱许高吕卢晋苗"),
}
# given names: a new list, the everyday names of rural schools' students born 2006-2009, common across the south and the central plain
GIVEN2 = ("嘉俊 宇航 思琪 雅婷 俊杰 晓雯 志鹏 佳琪 文静 浩然 婉清 明辉 诗雨 家乐 慧敏 天宇 春燕 伟杰 静怡 国豪 丽娟 振宇 美玲 少华 "
          "晨阳 秋菊 宏伟 玉婷 建业 小芳 永康 海燕 金凤 世豪 梦婷 泽宇 雪梅 凯文 丹丹 家豪 惠玲 耀文 晓彤 锦华 艳玲 子健 碧霞 启明 "
          "承志 文博 燕萍 志豪 秀云 海帆 春兰 俊宇 玉兰 永辉 翠萍 家宁 贵明 丽芳 正阳 小龙 月娥 振华 素芬 海龙 晓琳").split()
GIVEN1 = list("强丽军婷杰敏")


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
        with open(os.path.join(HERE, "..", d, "truth.json"), encoding="utf-8") as f:
            walk(json.load(f))
    forms = []
    for d in EARLIER:
        for p in glob.glob(os.path.join(HERE, "..", d, "src", "*", "*", "form.*")):
            with open(p, encoding="utf-8", errors="replace") as f:
                forms.append(f.read())
    readmes = []
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "README.md")
        if os.path.isfile(p):
            out = []
            for line in open(p, encoding="utf-8", errors="replace"):
                if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                    break
                out.append(line)
            readmes.append("".join(out))
    return names, "\n".join(texts), "\n".join(forms), "\n".join(readmes)


USED_BEFORE, EARLIER_TEXT, EARLIER_FORMS, EARLIER_READMES = earlier_strings()
USED_BARE = {n.replace("·", "").replace("•", "") for n in USED_BEFORE}
TAKEN = set()


def bare(a):
    return a.replace("·", "").replace("•", "")


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])
        for _ in range(400):   # the surname is drawn once; only the given name is redrawn when a name is refused
            g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
            name = sur + g
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                break
        else:
            continue   # (a rare surname whose names are all refused: draw the surname again)
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "hajie": dict(major="饭店(酒店)服务", code="0504", course="民俗主题宴会设计与服务", task="京族哈节渔家宴主题宴会摆台与席间服务",
   hours=16, station="宴会服务一体化学习工作站",
   situation="防城港江平镇的一家海景酒店承接了哈节期间的一场渔家宴，宴请方是京族三岛的一个渔业合作社，共六桌六十人。宴会部经理请酒店班学员根据宴会预订单设计主题台面，制作菜单和席位卡，完成摆台，分组演练斟酒、上菜和分鱼服务，宴会结束后做好收台和服务小结。",
   qs=[("问题1 渔家宴主题台面可以用哪些本地元素装饰？", ["可以用渔网、贝壳、竹编小鱼篓和独弦琴小摆件，颜色以海蓝和白色为主，不挡宾客视线。", "渔网、贝壳和鱼篓。", "海蓝和白色，不能太高。"]),
       ("问题2 整条鱼上桌后怎样为宾客分鱼？", ["先请主宾观赏，再撤到工作台，用刀叉沿脊骨剔下鱼肉，去掉大刺后按人数均分装碟。", "先展示，再剔骨分装。", "去大刺，按人数分。"])],
   hw=[("1. 席位卡为什么要两面都写宾客姓名？", ["宾客从两边都能看到自己的座位，对面的人也知道怎样称呼。", "两边都能看到。", "方便称呼。"]),
       ("2. 鱼露类蘸料上桌要注意什么？", ["提前问清宾客有没有海鲜过敏，蘸料碟放在餐碟右上方，少量多次添加。", "问清过敏。", "放右上方，少量添加。"])],
   outputs=[("渔家宴主题菜单", "冷菜四道、热菜八道、汤一道、点心两道。"), ("主桌席位卡", "主宾居中，合作社理事依次入座。"), ("宴会服务小结", "上菜节奏合适，分鱼得到主宾称赞。")]),
 "motor": dict(major="新能源汽车检测与维修", code="0435", course="驱动电机及控制系统检修", task="港区纯电动集卡驱动电机过温报警故障诊断与排除",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="防城港码头的一辆纯电动集装箱牵引车连续作业两小时后仪表报驱动电机过温，限功率行驶。车队调度把车送到学校合作的维修站。站长请新能源班学员做好高压防护，读取故障码和数据流，检查冷却液液位、电子水泵和散热风扇，测量电机温度传感器的电阻，找出故障点，排除后路试验证。",
   qs=[("问题1 读取数据流时要重点看哪些数据？", ["电机温度、控制器温度、水泵转速、风扇占空比和冷却液温度，对比正常车的数值。", "电机和控制器温度。", "水泵和风扇的数据。"]),
       ("问题2 怎样判断电机温度传感器是否损坏？", ["拔下插头，用万用表测量两端电阻，对照温度电阻表，常温下阻值偏差大就说明传感器坏了。", "测电阻，对照表格。", "阻值偏差大就是坏了。"])],
   hw=[("1. 电子水泵不转会出现什么现象？", ["冷却液不循环，电机和控制器温度很快升高，仪表报过温并限功率。", "温度升高，报过温。", "限功率行驶。"]),
       ("2. 排除故障后为什么要路试？", ["要在带载工况下确认温度正常，没有再报故障，才能交车。", "确认不再报故障。", "带载确认温度正常。"])],
   outputs=[("驱动电机冷却系统检测报告", "电子水泵插接器端子腐蚀，水泵不转。"), ("温度传感器电阻测量记录", "二十五度时阻值十点一千欧，正常。"), ("路试验证记录", "带载行驶四十分钟，电机温度七十二度。")]),
 "dendro": dict(major="电子商务", code="0603", course="高原特色农产品直播营销", task="芒市铁皮石斛花茶直播预售与客服售后处理",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="芒市一家铁皮石斛种植基地今年的石斛花茶上市，基地想在中秋前做一场直播预售。运营主管请电商班学员分析往年的销售数据，策划直播预售活动，撰写直播脚本，设置定金和尾款规则，直播时分工做主播、场控和客服，活动结束后汇总订单并处理售后问题。",
   qs=[("问题1 预售为什么要设置定金和尾款？", ["先收定金可以估算订单量，基地按量采摘烘干，尾款在发货前付清，减少压货和退单。", "按定金估算订单量。", "减少压货和退单。"]),
       ("问题2 直播脚本里要写清哪些环节？", ["开场暖场、产品讲解、冲泡演示、福利发放、下单指引和结尾预告，每个环节写好时长和话术。", "讲解、演示、下单指引。", "每个环节写时长。"])],
   hw=[("1. 顾客说收到的花茶受潮了，客服怎样处理？", ["先道歉，请顾客拍照，核实后补发或退款，同时查这一批的包装和物流。", "拍照核实，补发或退款。", "查包装和物流。"]),
       ("2. 直播间的场控要做哪些事？", ["盯住评论区，回复常见问题，上架和下架链接，提醒主播节奏和库存。", "回复评论，上下架链接。", "提醒主播节奏。"])],
   outputs=[("直播预售脚本", "全场九十分钟，冲泡演示两次。"), ("预售订单汇总表", "定金订单三百二十七单。"), ("售后处理登记表", "受潮补发五单，地址错误改派三单。")]),
 "bath": dict(major="健康与社会照护", code="0529", course="居家清洁与沐浴照护", task="傣族村寨失能老人居家床上擦浴与皮肤清洁照护",
   hours=14, station="居家照护一体化学习工作站",
   situation="芒市郊区一个傣族村寨的居家养老服务站，服务一位中风后卧床的八十多岁老人，家里只有儿子白天照顾，老人半个月没有洗澡，背部皮肤瘙痒。站长请照护班学员上门家访，评估老人的身体和皮肤情况，准备用物，为老人做床上擦浴和皮肤清洁，并教家属日常的擦浴方法。",
   qs=[("问题1 床上擦浴前要评估哪些内容？", ["老人的意识、生命体征、皮肤有没有破损和压红，室温要在二十四度以上，水温四十度左右。", "意识、体征和皮肤。", "室温和水温。"]),
       ("问题2 擦浴的顺序是怎样的？", ["先脸和颈部，再上肢、胸腹、背部，然后下肢，最后会阴部，每擦一处盖好一处。", "由上到下，最后会阴。", "擦一处盖一处。"])],
   hw=[("1. 擦浴时老人出现寒战怎么办？", ["立刻停止擦浴，盖好被子保暖，测量体温和脉搏，报告服务站。", "停止擦浴，保暖。", "测体温，报告。"]),
       ("2. 怎样教家属观察老人的皮肤？", ["每次擦浴时看骶尾部、肩胛和脚跟，发红按压不褪色要及时告诉照护员。", "看骨头突出的地方。", "发红不褪色要报告。"])],
   outputs=[("居家擦浴照护建议书", "每周擦浴两次，冬季室温不低于二十四度。"), ("皮肤护理建议书", "骶尾部发红处不要按摩，保持干燥。"), ("家属照护指导建议书", "家属已学会擦浴顺序。")]),
 "baizhi": dict(major="中药", code="1301", course="中药饮片净制与切制", task="禹白芷饮片净选切制与干燥包装",
   hours=16, station="中药炮制一体化学习工作站",
   situation="禹州中药材专业市场的一家饮片厂收进一批产地禹白芷，根条大小不一，夹有泥沙和须根。生产主管请中药班学员按炮制规范进行净选、洗润、切厚片和干燥，检查片型、水分和杂质，合格后称量包装，贴好标签，做好生产记录。",
   qs=[("问题1 白芷为什么要先分档再洗润？", ["根条大小不一，分成大中小档，润的时间不同，才能润透又不伤药效。", "大小不一，润的时间不同。", "润透又不伤药效。"]),
       ("问题2 白芷厚片的规格是多少？", ["厚片二到四毫米，片面灰白色，有棕色油点，不能有连刀片和碎片过多。", "二到四毫米厚。", "不能有连刀片。"])],
   hw=[("1. 干燥白芷片时温度为什么不能太高？", ["白芷含挥发油，温度太高香气散失，片子也容易变黄，一般不超过六十度。", "挥发油会散失。", "不超过六十度。"]),
       ("2. 包装标签上要写哪些内容？", ["品名、规格、产地、批号、生产日期、生产企业和质量合格标志。", "品名、规格、批号。", "产地和生产日期。"])],
   outputs=[("净选批", "除去须根和泥沙，净选损耗百分之六。"), ("切制批", "厚片合格率百分之九十五。"), ("包装批", "每袋一千克，水分百分之十一。")]),
 "sleeve": dict(major="数控加工(数控车工)", code="0106", course="轴套类零件数控车削与检测", task="钧瓷拉坯机主轴套数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="禹州神垕镇一家钧瓷作坊的电动拉坯机主轴套磨损，转盘晃动，作坊找到学校合作的机械厂定做一批主轴套。车间主任请数控班学员读懂零件图，编写加工工艺卡和数控程序，在数控车床上完成外圆、内孔和端面的车削，用内径百分表和千分尺检测，填写检验记录后交付。",
   qs=[("问题1 车削主轴套内孔时怎样保证同轴度？", ["外圆和内孔在一次装夹中车出，或者先车好内孔，再用心轴装夹车外圆。", "一次装夹车出。", "用心轴装夹。"]),
       ("问题2 内孔车刀为什么要尽量选粗一点、短一点的刀杆？", ["刀杆粗短刚性好，不容易振动，内孔的表面粗糙度和尺寸都好控制。", "刚性好，不振动。", "表面好控制。"])],
   hw=[("1. 用内径百分表测量前为什么要对零？", ["要先用外径千分尺或环规把百分表调到基本尺寸，测出来的才是偏差。", "调到基本尺寸。", "读出来是偏差。"]),
       ("2. 切削液在车削内孔时有什么作用？", ["冷却刀具和工件，冲走切屑，减小摩擦，提高表面质量。", "冷却和排屑。", "提高表面质量。"])],
   outputs=[("主轴套首件检验记录", "内孔三十五点零一，外圆五十四点九八。"), ("主轴套加工工艺卡", "粗车、精车、车内孔、倒角四道工步。"), ("主轴套批量检验记录", "二十件全部合格。")]),
 "kiln": dict(major="机电一体化技术", code="0127", course="电窑温度控制系统安装与调试", task="钧瓷电窑烧成温度曲线PLC控制系统安装与调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="禹州一家钧瓷厂新购一台梭式电窑，原来靠看火师傅手动调温，烧成质量不稳定。设备科请机电班学员按图纸安装PLC、温控仪表和固态继电器，编写升温、保温、降温的分段程序，设置触摸屏画面，和看火师傅一起试烧一窑，对比温度曲线，填写调试记录。",
   qs=[("问题1 为什么用固态继电器控制电热元件？", ["固态继电器没有触点，开关频率高、寿命长，适合PID调功，温度控制更平稳。", "没有触点，寿命长。", "适合调功，温度平稳。"]),
       ("问题2 热电偶的补偿导线接反会怎样？", ["测出的温度会偏低或偏高，程序按错误的温度控制，可能过烧或欠烧。", "温度测不准。", "会过烧或欠烧。"])],
   hw=[("1. 烧成曲线分哪几段？", ["低温排湿段、中温氧化段、高温还原段、保温段和冷却段。", "排湿、氧化、还原、保温、冷却。", "五段。"]),
       ("2. 试烧时为什么要请看火师傅在场？", ["师傅有经验，能从火色和试片判断窑温，和仪表对照，检验程序的曲线是否合适。", "对照火色和仪表。", "检验曲线是否合适。"])],
   outputs=[("PLC输入输出分配表", "热电偶三路，固态继电器六路。"), ("烧成曲线程序调试记录", "一千二百八十度保温四十分钟。"), ("试烧对比记录", "仪表与试片温差八度。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="防城港市京岛技工学校", pack="dir", region="fc", course="hajie", cls="酒店2401班", size=38, seed=11,
         sidp="24140504", students=["阮少华", "梁诗雨", "龚耀文"], others_named=["武德昌", "黎月娥", "苏国栋", "何美英"],
         teachers=["裴秀珍", "陆振邦"], form_count="38名", roster="plain_nation", headteacher="韦丽萍",
         f8="header_table", f10="score_cards", f11="place_cards", f12="name_line_photo", findings=[],
         comment="clean. Item 10 (TYPED) is a page of SCORE CARDS (成绩卡): one bordered card per student, three across, each card "
                 "姓名/学号, 摆台(30) 席间服务(40) 礼仪仪态(30), 总分 = the sum; 38 cards = form `学生人数（名） | 38名` = roster 38. "
                 "Item 11 (TYPED): per student a banquet menu (`设计人：<name>（<class>）`) and a page of PLACE CARDS (席位卡) naming "
                 "the four guests 武德昌 (主宾), 黎月娥, 苏国栋, 何美英 (customers, not students), `制作：<name>`. Roster: plain "
                 "学生名单 with 民族 (京族, 壮族, 汉族), 38"),
    dict(school="防城港市京岛技工学校", pack="dir", region="fc", course="motor", cls="新能2302班", size=40, seed=12,
         sidp="23140435", students=["莫承志", "覃雅婷", "陈启明"], items={8: ["莫承志", "覃雅婷", "林沛霖"]},
         extra_class=["林沛霖", "杨梓钊"], bad={"杨梓钊": "over"}, others_named=["黎永强"],
         teachers=["黄志勇", "吴碧霞"], form_count="40名",
         f8="page_header", f10="plain_maxhead", f11="report_typed", f12="cable_photo",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "杨梓钊")],
         comment="item 8 (scanned 250 dpi gray, NEWTON RINGS on the glass) holds the worksheets of 莫承志, 覃雅婷 and classmate "
                 "林沛霖 (with an item-10 record) instead of 陈启明's (items 11 and 12 hold the three): students.mismatch. The name "
                 "stands only in a small PAGE-HEADER line above a rule (`班级 … 姓名 … 学号 …` by hand). Item 10 (TYPED): 杨梓钊 has "
                 "36 under `故障诊断(30)`, 总分 the sum: records.invalid_score. The fleet's driver 黎永强 (送修人) on every worksheet. "
                 "Item 12: phone photos with a CHARGING CABLE lying across the page. No roster"),
    dict(school="芒市孔雀湖技工学校", pack="gbkzip", region="ms", course="dendro", cls="电商2401班", size=41, seed=21,
         sidp="2407060301", students=["线玉婷", "杨绍聪", "方慧敏"], extra_class=["孟家乐"], absent_from_10=["孟家乐"],
         others_named=["思桂英"], teachers=["段丽琼", "尹国华"], form_count="41人", roster="photo_wall", headteacher="龚凤仙",
         f8="mono_line", f10="plain_nation", f11="script_typed", f12="hand_page",
         findings=[("records.missing_student", 10, False, "孟家乐"), ("records.count_mismatch", 10, False)],
         comment="the roster (a PHOTO-WALL 学生名单: a grid of ID-photo boxes, six a row, 姓名 and 学号 under each, 41) and the form "
                 "(`授课班级及人数 | 电商2401班 41人`) hold 孟家乐; item 10 (TYPED, a plain table with 民族) has 40 rows and none for "
                 "him: records.missing_student and records.count_mismatch. The base's manager 思桂英 as 供货基地 on the scripts"),
    dict(school="芒市孔雀湖技工学校", pack="gbkzip", region="ms", course="bath", cls="照护2401班", size=36, seed=22,
         sidp="2407052901", students=["孟晓雯", "张艾琳", "排春燕"], items={12: ["孟晓雯", "张艾琳"]},
         extra_class=["赵世豪"], bad={"赵世豪": "sum"}, others_named=["方翠英", "孟国安"],
         teachers=["李粉香", "方德华"], form_count="36人",
         f8="home_visit", f10="two_row_head", f11="advice_letter", f12="cable_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "赵世豪")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a CHARGING CABLE across each page) holds the homework of only 孟晓雯 and 张艾琳 (排春燕's "
                 "is missing; items 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (scanned "
                 "200 dpi gray) has a two-row head; 赵世豪's 总分 is 6 above the sum of his parts: records.invalid_score. Item 8: a "
                 "家访登记 at the top (家访对象 方翠英, 家属 孟国安, `家访人 <hand>`); item 11: typed 照护建议书 addressed to 孟国安, "
                 "`建议人：<name>（<class>）`. No roster"),
    dict(school="禹州市钧州技工学校", pack="zip", region="yz", course="baizhi", cls="中药2401班", size=39, seed=31,
         sidp="24110130", students=["晋佳琪", "卢浩然", "许鹏举"], outsiders={"许鹏举": "中药2402班"}, out_sidp="24110131",
         extra_class=["吕丹丹"], bad={"吕丹丹": "over"}, others_named=["马长海"],
         teachers=["郭红梅", "朱保森"], form_count="共39人",
         f8="plain_line", f10="footnote_max", f11="trace_labels", f12="cable_photo",
         findings=[("students.not_in_class", 8, True, "许鹏举"), ("records.invalid_score", 10, False, "吕丹丹")],
         comment="许鹏举 of the parallel class 中药2402班 (his class and 学号 on his worksheet, labels and homework) is the third "
                 "student of 8/11/12; item 10 (39 rows = form `共39人`) has none for him: students.not_in_class — scanned 8 (NEWTON "
                 "RINGS), typed 11, photographed 12 (CABLE). Item 10 (scanned 250 dpi gray): the head names the parts WITHOUT maxima, "
                 "the maxima stand only in a footnote `评分标准：净选20分，…`; 吕丹丹 has 24 under 净选 (max 20), 总分 the sum: "
                 "records.invalid_score. Item 11: typed PACKING LABELS with a 追溯码, `净制人 <name>`. The supplier 马长海 on item 8. "
                 "No roster"),
    dict(school="禹州市钧州技工学校", pack="zip", region="yz", course="sleeve", cls="数控2402班", size=40, seed=32,
         sidp="24110602", students=["孙豫航", "高延涛", "王慧玲"], others_named=["卢德胜"],
         teachers=["张留成", "李建业", "刘书勤"], form_count="共40人",
         f8="blank_line", f10="bonus_note", f11="inspection_typed", f12="score_box",
         findings=[],
         comment="clean. Item 10 (scanned 200 dpi gray, NEWTON RINGS): a 附加分(≤5) column explained under the table (`总分＝四项之和＋"
                 "附加分，满分100`); every 总分 is the sum with the bonus and none is above 100; 40 rows = form `共40人`. Three "
                 "teachers. The workshop's owner 卢德胜 (客户) on item 11. Item 12 (scanned 200 dpi gray): an exam-style SCORE BOX "
                 "(`题号 | 一 | 二 | 总分 | 阅卷人`) at the top of each homework, then `班级＿ 姓名＿ 学号＿`. No roster"),
    dict(school="禹州市钧州技工学校", pack="zip", region="yz", course="kiln", cls="机电2401班", size=41, seed=33,
         sidp="24110127", students=["马国豪", "陈嘉颍", "杨铭钧"], items={11: ["马国豪", "陈嘉颍", "杨铭钧", "郭伟杰"]},
         extra_class=["郭伟杰", "赵铎", "李永辉"], absent_from_10=["李永辉"], bad={"赵铎": "sum"}, others_named=["晋长顺"],
         teachers=["苗建国", "吕秋菊"], form_count="共41人",
         f8="kiln_log", f10="landscape_grade", f11="commission_typed", f12="hand_color",
         findings=[("students.count", 11, False), ("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "赵铎")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED) holds the works of FOUR students: the three and classmate 郭伟杰 (with an item-10 record): "
                 "students.count on 11; students.mismatch optional. Item 10 (TYPED, landscape, 等级 column) lists 40; the form says "
                 "`共41人`: records.count_mismatch (no roster). 赵铎's 总分 is 5 BELOW the sum of his parts: records.invalid_score. "
                 "Item 8 (scanned 200 dpi gray): a printed KILN FIRING LOG (烧成记录) at the top, the student only as `看火人 <hand>`, "
                 "the kiln master 晋长顺 as `窑炉师傅`"),
]

PROVINCE = {1: "广西壮族自治区防城港市", 2: "云南省德宏傣族景颇族自治州芒市", 3: "河南省许昌市禹州市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 防城港: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 芒市: "8、工作页.pdf" (an enumeration comma)
        return "%d、%s.pdf" % (n, NAMES[n])
    return "%d．%s.pdf" % (n, NAMES[n])   # 禹州: "8．工作页.pdf" (a full-width full stop)


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂申报书（%s）.docx" % c["major"], "docx"),
            2: ("申报书-%s.pdf" % s["cls"], "pdf"),
            3: ("%s%s申报书.docx" % (s["school"], c["major"].split("(")[0]), "docx")}[grp(s)]


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


def hand(x, small=False, ink=BLUE, size=None, font="AR PL UKai CN"):
    return '<span style="font-family:\'%s\';color:%s;font-size:%s">%s</span>' % (
        font, ink, size or ("13pt" if small else "15pt"), x)


def red(x, size="12pt"):
    return '<span style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:%s">%s</span>' % (size, x)


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


def form_count_text(s):
    return {1: "学生人数（名） | %s" % s["form_count"], 2: "授课班级及人数 | %s %s" % (s["cls"], s["form_count"]),
            3: "班级人数 | %s" % s["form_count"]}[grp(s)]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 防城港: label/value rows, the size as 38名 under 学生人数（名）
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数（名）", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 芒市: class and size in one cell, separated by a space
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及人数", "%s %s" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    else:   # 禹州: four columns, two label/value pairs a row, the size as 共39人
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
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
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Sans CJK SC"}[g])


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


def sex_of(n):
    return "女" if n[-2:] in ("思琪", "雅婷", "晓雯", "佳琪", "文静", "婉清", "诗雨", "慧敏", "春燕", "静怡", "丽娟", "美玲", "秋菊",
                               "玉婷", "小芳", "海燕", "金凤", "梦婷", "雪梅", "丹丹", "惠玲", "晓彤", "艳玲", "碧霞", "燕萍", "秀云",
                               "春兰", "玉兰", "翠萍", "丽芳", "月娥", "素芬", "晓琳") or n[-1] in "丽婷敏" else "男"


def nation(s, n):
    if grp(s) == 1:
        return "京族" if n[0] in "阮武裴龚" else "壮族" if n[0] in "韦覃莫陆黎" else "汉族"
    if grp(s) == 2:
        return "傣族" if n[0] in "线方孟思龚" else "景颇族" if n[0] == "排" else "汉族"
    return "汉族"


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "header_table":   # a bordered head row 班级 | 姓名 | 学号 | 日期
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid[-2:], True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "page_header":   # the name only in a small running header above a rule; the fleet's driver as 送修人
            head = ('<p style="font-size:8pt;color:#444">%s　　学习工作页　　　　班级 %s　姓名 %s　学号 %s</p><hr/>'
                    % (c["course"], hand(cl, size="11pt"), hand(n, size="12pt"), hand(sid[-3:], size="11pt")))
            car = tbl([["车辆", "纯电动集装箱牵引车（港区）", "送修人", "%s（车队驾驶员）" % s["others_named"][0]],
                       ["故障现象", "作业两小时后报电机过温，限功率", "接修日期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            body = head + title + car + sit + answers(c, rng, i) + comment
        elif f == "mono_line":   # 姓名：＿ 学号：＿ on blanks
            head = '<p>姓名：＿%s＿　　学号：＿%s＿　　班级：%s</p>' % (hand(n), hand(sid, True), cl)
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "home_visit":   # a home-visit register at the top: the elder, her son, the student as 家访人
            visit = tbl([[("<b>家访登记</b>　编号 JF-2411-%02d" % (7 + i), ' colspan="4"')],
                         ["家访对象", "%s（86岁，卧床）" % s["others_named"][0], "家属", "%s（儿子）" % s["others_named"][1]],
                         ["家访人", hand(n, True), "家访日期", hand(day(s, i)[5:], True)],
                         ["带教老师", t[1], "家属签字", hand(s["others_named"][1], True, BLACK)]], width="100%", pad="3px 4px")
            body = visit + title + '<p>班级：%s　　学号：%s</p>' % (hand(cl, True), hand(sid[-2:], True)) + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级 学号 姓名 line; the supplier named in the batch record
            head = '<p>班级：%s　学号：%s　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            batch = tbl([["药材", "白芷（产地禹州）", "供货人", s["others_named"][0]], ["进货数量", "50 kg", "验收日期", hand(day(s, i)[5:], True)]],
                        width="100%", pad="3px 4px")
            body = title + head + batch + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 班级＿ 姓名＿ 学号＿
            head = '<p>班级＿%s＿　姓名＿%s＿　学号＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "kiln_log":   # a printed kiln firing log at the top: the student only as 看火人, the kiln master named
            log = tbl([[("<b>梭式电窑烧成记录</b>　窑号：2号　　第 %d 窑" % (14 + i), ' colspan="6"')],
                       ["装窑时间", hand("%d日 8:%02d" % (11 + i, 10 + 5 * i), True), "看火人", hand(n, True), "窑炉师傅", hand(s["others_named"][0], True, BLACK)],
                       ["300℃", hand("1:40", True), "900℃", hand("5:25", True), "1280℃", hand("9:%02d" % (5 + 4 * i), True)]],
                      width="100%", pad="3px 4px")
            body = log + title + '<p>班级：%s　　学号：%s　　指导教师：%s</p>' % (hand(cl, True), hand(sid, True), t[0]) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"header_table": "x-scanpdf:200:color", "page_header": "x-scanpdf:250:newton", "mono_line": "x-scanpdf:200:mono",
            "home_visit": "x-scanpdf:200:color", "plain_line": "x-scanpdf:200:newton", "blank_line": "x-scanpdf:250",
            "kiln_log": "x-scanpdf:200"}[f]
    font = {"header_table": "Noto Sans CJK SC", "home_visit": "Noto Sans CJK SC", "kiln_log": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "score_cards":   # one card per student, three across
        parts = [("摆台", 30), ("席间服务", 40), ("礼仪仪态", 30)]
        cards = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            inner = ('<table style="border-collapse:collapse" width="100%%">'
                     '<tr><td colspan="2" style="border-bottom:0.75pt solid #000;padding:1px 4px"><b>%d　%s</b>　<span style="font-size:8pt">学号 %s</span></td></tr>%s'
                     '<tr><td style="border-top:0.75pt solid #000;padding:1px 4px"><b>总分</b></td><td align="right" style="border-top:0.75pt solid #000;padding:1px 4px"><b>%d</b></td></tr></table>'
                     % (k + 1, n, sid_of(s, n), "".join('<tr><td style="padding:0px 4px">%s（%d分）</td><td align="right" style="padding:0px 4px">%d</td></tr>' % (p, m, x)
                                                       for (p, m), x in zip(parts, v)), sum(v)))
            cards.append(inner)
        rows = []
        for r in range(0, len(cards), 3):
            cells = "".join('<td width="33%%" style="border:1pt solid #000;padding:3px" valign="top">%s</td>' % x for x in cards[r:r + 3])
            cells += '<td width="33%"></td>' * (3 - len(cards[r:r + 3]))
            rows.append("<tr>%s</tr>" % cells)
        body = (head10(s, c, "学习任务考核成绩卡") + '<table style="border-collapse:separate" cellspacing="6" width="100%%">%s</table>' % "".join(rows)
                + "<p>说明：每位学生一张成绩卡，共%d张；总分＝摆台＋席间服务＋礼仪仪态。</p>" % len(rec) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_maxhead":   # a plain table, maxima in the head
        parts = [("安全防护", 10), ("数据流读取", 20), ("冷却系统检查", 25), ("故障诊断", 30), ("路试与报告", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 36
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "plain_nation":   # a plain Word table with a 民族 column
        parts = [("活动策划", 20), ("直播脚本", 30), ("直播执行", 30), ("客服售后", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "民族"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, nation(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "two_row_head":   # 过程考核 / 结果考核 over their parts
        parts = [("出勤", 10), ("家访沟通", 15), ("评估记录", 15), ("用物准备", 15), ("擦浴操作", 30), ("家属指导", 15)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>结果考核（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        h2 = trow(["<b>%s(%d)</b>" % p for p in parts], pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "footnote_max":   # the head names the parts only; the maxima stand in a footnote
        parts = [("净选", 20), ("洗润与切制", 30), ("干燥", 20), ("质量检查与包装", 20), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 24
            note = {3: "组长", 16: "组长", 29: "组长"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), note], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>评分标准：净选20分，洗润与切制30分，干燥20分，质量检查与包装20分，职业素养10分，满分100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:250"
    if f == "bonus_note":   # a bonus column explained under the table
        parts = [("工艺编制", 20), ("程序编制", 20), ("车削加工", 40), ("检测与6S", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分<br/>(≤5)", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.93)
            b = rng.choice([0, 0, 0, 0, 2, 3, 5]) if sum(v) <= 93 else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
            assert sum(v) + b <= 100
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：附加分为参加校技能节车工项目选拔的加分（2～5分），总分＝四项之和＋附加分，满分100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:newton"
    if f == "landscape_grade":   # landscape, seven parts, 总分 and 等级
        parts = [("图纸识读", 10), ("元件安装", 15), ("电路接线", 15), ("PLC编程", 20), ("触摸屏", 10), ("试烧调试", 20), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (5 if bad.get(n) == "sum" else 0)
            note = {6: "组长", 19: "组长", 31: "组长"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot), note], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True, page="size:29.7cm 21cm;margin:1.0cm 1.5cm"), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "place_cards":   # menus and place cards: the guests are customers
                g = s["others_named"]
                if j == 0:
                    menu = ["冷菜：鱼露白切鸡　京族酸鱼　凉拌海蜇　卤水花生", "热菜：清蒸石斑鱼　沙虫炒粉丝　椒盐濑尿虾　姜葱炒花蟹",
                            "　　　白灼沙螺　芋头扣肉　蒜蓉生蚝　上汤时蔬", "汤：海鲜冬瓜盅", "点心：京族风吹饼　糯米糍粑"]
                    parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">哈节渔家宴　%d桌</p>%s<p>%s</p><p>设计人：%s（%s）　　%s</p>'
                                 % (title, 6, "".join("<p>%s</p>" % x for x in menu), desc, n, cl, day(s, 30 + i)))
                elif j == 1:
                    cards = [["主　宾", g[0]], ["副主宾", g[1]], ["合作社理事", g[2]], ["合作社理事", g[3]]]
                    cell = lambda a, b: ('<td width="50%%" style="border:1pt dashed #666;padding:14px" align="center"><p style="font-size:9pt">%s</p>'
                                         '<p style="font-size:22pt"><b>%s</b></p></td>' % (a, b))
                    parts.append('<h3 style="text-align:center">%s</h3><table style="border-collapse:collapse" width="100%%"><tr>%s%s</tr><tr>%s%s</tr></table>'
                                 '<p>%s</p><p>制作：%s（%s）　　审核：%s</p>' % (title, cell(*cards[0]), cell(*cards[1]), cell(*cards[2]), cell(*cards[3]), desc, n, cl, t[0]))
                else:
                    parts.append('<h3>%s</h3><p>撰写人：%s　　班级：%s　　%s</p><p>%s本次宴会主宾为%s，共接待六十位宾客。</p>'
                                 % (title, n, cl, day(s, 31 + i), desc, g[0]))
            elif f == "report_typed":   # test reports: 检测人 and the fleet's driver
                parts.append('<h3>%s</h3>' % title + tbl([["检测人", n, "班级", cl], ["送修人", s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["检测项目", "标准值", "实测值", "结论"], ["冷却液液位", "MIN～MAX", "MIN以下", "偏低"],
                                                          ["电子水泵转速", "≥2800 r/min", "%d r/min" % (0 if j == 0 else 3050 + 20 * i), "不转" if j == 0 else "正常"]],
                                                         width="92%") + "<p>结论：%s</p>" % desc)
            elif f == "script_typed":   # live-stream scripts: 主播 and the base's manager
                parts.append('<h3>%s</h3><p>主播：%s（%s）　　场控：%s　　供货基地：芒市铁皮石斛种植基地（负责人 %s）</p>'
                             % (title, n, cl, "同组同学", s["others_named"][0]) +
                             tbl([["时间", "环节", "话术要点"], ["0-10分", "开场", "介绍芒市和石斛基地"], ["10-40分", "产品讲解", "石斛花茶的采摘和烘干"],
                                  ["40-60分", "冲泡演示", "水温八十五度，闷泡三分钟"], ["60-90分", "福利与下单", "定金二十元抵五十元"]], width="90%") + "<p>%s</p>" % desc)
            elif f == "advice_letter":   # advice letters addressed to the family
                parts.append('<h3 style="text-align:center">%s</h3><p>%s先生：</p><p>　　我们上门为您的母亲%s做了床上擦浴，根据评估结果，提出以下建议：%s'
                             '擦浴时关好门窗，准备好毛巾、浴巾和干净衣物，擦一处盖一处，发现皮肤发红要及时告诉服务站。</p>'
                             '<p style="text-align:right">建议人：%s（%s）</p><p style="text-align:right">带教老师：%s　　%s</p>'
                             % (title, s["others_named"][1], s["others_named"][0], desc, n, cl, t[1], day(s, 30 + i)))
            elif f == "trace_labels":   # packing labels with a traceability code: 净制人 and 质检
                lab = tbl([[("<b>中药饮片　白芷</b>", ' colspan="2"')], ["规格", "厚片（2～4 mm）"], ["产地", "河南禹州"],
                           ["批号", "YZ24%02d%02d" % (11, 10 + 3 * i + j)], ["生产日期", day(s, 30 + i)],
                           ["追溯码", "6903-%04d-%04d" % (2411 + i, 3170 + 11 * j)], ["净制人", "%s（%s）" % (n, cl)], ["质检", t[j % 2]]],
                          width="60%", pad="2px 6px")
                parts.append('<h3>%s标签（%s）</h3>' % (title, ["一", "二", "三"][j]) + lab + "<p>记录：%s</p>" % desc)
            elif f == "inspection_typed":   # inspection records: 操作者, 检验员, the customer
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件名称", "拉坯机主轴套", "客户", "%s（神垕钧瓷作坊）" % s["others_named"][0]], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 2]],
                                  ["检测项目", "图纸要求", "实测", "结论"], ["内孔", "φ35 +0.025/0", "35.0%d" % (1 + j), "合格"],
                                  ["外圆", "φ55 0/-0.03", "54.9%d" % (8 - j), "合格"]], width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "commission_typed":   # commissioning records: 调试人, the kiln master
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　看火师傅：%s</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["项目", "设定值", "实测值", "结论"], ["升温速率", "150 ℃/h", "%d ℃/h" % (146 + 2 * i), "合格"],
                                  ["最高温度", "1280 ℃", "%d ℃" % (1276 + j), "合格"], ["保温时间", "40 min", "40 min", "合格"]], width="80%") + "<p>%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "score_box":   # an exam-style score box at the top (题号 | 一 | 二 | 总分 | 阅卷人), scanned
        pages = []
        for i, n in enumerate(names):
            a, b = rng.randint(40, 48), rng.randint(40, 49)
            box = tbl([["题号", "一", "二", "总分", "阅卷人"], ["得分", red(str(a)), red(str(b)), red(str(a + b)), red(t[0][0] + "老师", "11pt")]],
                      width="60%", pad="3px 6px")
            qa = ""
            for qi, (q, ans) in enumerate(c["hw"]):
                qa += '<p><b>%s（50分）</b></p><p>%s</p><p>&nbsp;</p>' % (q, hand(ans[(i + qi + 1) % 3]))
            pages.append('<h3 style="text-align:center">%s　课后作业</h3>' % c["course"] + box +
                         '<p>&nbsp;</p><p>班级＿%s＿　姓名＿%s＿　学号＿%s＿</p>' % (hand(cls_of(s, n), True), hand(n), hand(sid_of(s, n)[-2:], True)) + qa)
        return "12.html", html(PB.join(pages), font="Noto Serif CJK SC"), "x-scanpdf:200"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "cable_photo":
            head = ["课后作业　%s" % c["task"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_page":
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f == "hand_color":
            head = ["%s　课后练习" % c["course"], "姓名 %s　班级 %s　学号 %s" % (n, cl, sid[-2:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:2", "cable_photo": "x-photo:200:1:cable", "hand_page": "x-scan:250:4",
            "hand_color": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "plain_nation":   # a plain typed 学生名单 with 民族 and 职务
        rows = [["序号", "学号", "姓名", "性别", "民族", "职务"]]
        duty = {1: "班长", 8: "团支书", 14: "学习委员", 25: "生活委员"}
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex_of(n), nation(s, n), duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s%s学生名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="90%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　合计：%d人　　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "photo_wall":   # a photo wall: an ID-photo box per student, six a row, name and 学号 under it
        cells = []
        for j, n in enumerate(k):
            cells.append('<td width="16%%" align="center" style="padding:4px 2px"><table style="border-collapse:collapse" width="70%%">'
                         '<tr><td height="62" align="center" valign="middle" bgcolor="#d9dde3" style="border:0.75pt solid #888;color:#8a8f99;font-size:7pt">照片</td></tr></table>'
                         '<p style="margin:2pt 0 0 0"><b>%s</b></p><p style="margin:0;font-size:7.5pt">%s</p></td>' % (n, sid_of(s, n)))
        rows = ["<tr>%s</tr>" % "".join(cells[r0:r0 + 6]) for r0 in range(0, len(cells), 6)]
        body = ('<h2 style="text-align:center">%s学生名单（照片版）</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                '<table width="100%%">%s</table>' % "".join(rows) +
                "<p>班主任：%s　　共%d人（男%d人，女%d人）</p>" % (s["headteacher"], len(k), sum(sex_of(n) == "男" for n in k), sum(sex_of(n) == "女" for n in k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.2cm"))
        man.append("roster.html\t%s学生名单（照片版）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Seventy-fourth held-out people corpus (testdata/heldout74), the format of testdata/heldout28/truth.json. "
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
        for w in (c["task"], c["course"], s["school"]):
            if w in EARLIER_TEXT or w in EARLIER_FORMS or w in EARLIER_READMES:
                raise SystemExit("%s was used by an earlier corpus" % w)
    for w in ("防城港", "芒市", "禹州", "京岛", "孔雀湖", "钧州"):
        if w in EARLIER_TEXT or w in EARLIER_READMES:
            raise SystemExit("%s stands in an earlier corpus" % w)
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
        rng = random.Random(s["seed"] * 7919 + 74)
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
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
