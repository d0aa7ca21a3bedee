#!/usr/bin/env python3
"""Write the sources of the forty-sixth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 衢州
(Zhejiang), 盐城 (Jiangsu) and 珲春 (Jilin, 延边朝鲜族自治州).

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
# every earlier corpus's truth file (heldout45 is written at the same time by another hand and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 45)] + ["othertools"]

# surnames by region, weighted by repetition: 衢州 (毛 祝 汪 占 傅 程 are frequent there; 诸葛 from nearby 兰溪),
# 盐城 (陈 王 张 徐 周 朱 孙; 吉 卞 胥 仓 乔 are typical of 盐城 and 射阳), 珲春 (Han 王 李 张 刘 赵 孙 于;
# Korean 金 朴 崔 郑 李 玄 全 南 池, with Korean-style given names below)
SURNAMES = {
    "qz": list("徐徐郑郑毛毛祝祝余叶叶方方吴吴王王汪汪周姜杨刘程傅邵陈张李占柴鲁"),
    "yc": list("陈陈陈王王王张张徐徐周周朱朱孙孙吉蔡唐顾杨刘李胥沈乔夏卞卞仓"),
    "hc": list("王王李李张张刘刘赵孙于姜高韩"),
}
KR_SURNAMES = list("金金金朴朴崔崔郑李李玄全南池")
KR_GIVEN_M = "成浩 东哲 明哲 正浩 俊浩 英洙 光日 哲洙 永吉 承宇 敏镐 在勋 相俊 泰俊".split()
KR_GIVEN_F = "英爱 美善 贤珠 顺姬 秀贤 惠贞 智媛 银姬 春花 瑞妍 秀彬 恩惠 多彬 海兰".split()
# given names: a new list, the names most given around 2007-2009
GIVEN_M = ("浩然 子豪 思远 宇航 俊杰 嘉豪 晨阳 文博 铭轩 昊天 家乐 天佑 博文 子轩 逸飞 亦凡 瑞阳 子墨 家豪 泽宇 宇轩 "
           "浩宇 锦涛 睿哲 一鸣 俊熙 皓轩 梓航 晟睿 煜城 鹏飞 志豪 振宇 奕辰 皓辰").split()
GIVEN_F = ("佳怡 梓涵 欣怡 诗琪 雅婷 婧雯 若涵 思琪 晓彤 梦琪 佳琪 晨曦 雨萱 芷晴 安琪 诗涵 可欣 嘉怡 乐怡 紫涵 "
           "雨晴 雅琴 梓萱 语嫣 心怡 悦彤 馨月 依诺 沐晴 子琳").split()
GIVEN1_M = list("杰涛凯磊")
GIVEN1_F = list("敏慧颖琳")
SEX = {}      # name -> 男/女
KOREAN = set()


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
    readmes = []
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "README.md")
        if os.path.isfile(p):
            with open(p, encoding="utf-8", errors="replace") as f:
                readmes.append(f.read())
    return names, "\n".join(texts), "\n".join(readmes)


USED_BEFORE, EARLIER_TEXT, EARLIER_READMES = earlier_strings()
TAKEN = set()


def near(a, b):
    """one character apart (same length), or one inside the other"""
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    if abs(len(a) - len(b)) == 1 and a[-2:] == b[-2:]:
        return True   # a compound surname with the same given name as a one-character surname
    return a in b or b in a


def used(name):
    return name in USED_BEFORE


def draw_one(rng, region):
    male = rng.random() < 0.55
    if region == "hc" and rng.random() < 0.42:
        n = rng.choice(KR_SURNAMES) + rng.choice(KR_GIVEN_M if male else KR_GIVEN_F)
        return n, male, True
    if rng.random() < 0.1:
        g = rng.choice(GIVEN1_M if male else GIVEN1_F)
    else:
        g = rng.choice(GIVEN_M if male else GIVEN_F)
    return rng.choice(SURNAMES[region]) + g, male, False


def sex_of_fixed(n):
    g = n[2:] if n.startswith("诸葛") else n[1:]
    if g in GIVEN_M or g in GIVEN1_M or g in KR_GIVEN_M:
        return "男"
    return "女"


def draw_class(rng, n, fixed, avoid, region, male_share):
    names = list(fixed)
    for f in fixed:
        SEX.setdefault(f, sex_of_fixed(f))
        g = f[1:]
        if g in KR_GIVEN_M or g in KR_GIVEN_F:
            KOREAN.add(f)
    while len(names) < n:
        name, male, kr = draw_one(rng, region)
        if male != (rng.random() < male_share):
            continue
        if name in names or used(name) or name in TAKEN:
            continue
        if any(near(name, f) for f in names + avoid):   # no near-duplicates within a class
            continue
        names.append(name)
        SEX[name] = "男" if male else "女"
        if kr:
            KOREAN.add(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "cook": dict(major="烹饪(中式烹调)", code="0501", course="地方风味卤菜与冷菜制作", task="衢州三头一掌卤制与冷菜拼摆出品",
   hours=16, station="中式烹调一体化学习工作站",
   situation="衢州一家老字号菜馆准备在双休日推出“三头一掌”（兔头、鸭头、鱼头、鸭掌）套餐，厨房人手不够，请烹饪班学员到店协助。厨师长要求学员按店里的卤水配方完成原料初加工、焯水和卤制，控制辣度和卤制时间，再把卤好的鸭掌、兔头改刀拼成冷菜拼盘，按出品标准装盘并做好留样记录。",
   qs=[("问题1 兔头、鸭头下卤锅前为什么要焯水？", ["焯水能去掉血沫和腥味，卤汁不会变浑，成品颜色也更亮。", "去血沫和腥味。", "卤汁不浑，颜色亮。"]),
       ("问题2 怎样判断鸭掌已经卤到位？", ["筷子能轻松插进掌心，掌皮油亮不破，骨和肉之间略有分离就可以出锅浸泡。", "筷子能插进掌心。", "掌皮不破，骨肉略分离。"])],
   hw=[("1. 老卤保存要注意哪些事项？", ["每次用完烧开撇去浮油和杂质，过滤后冷藏，定期补充香料和盐。", "烧开过滤后冷藏。", "定期补香料。"]),
       ("2. 冷菜留样要留多少、留多久？", ["每个品种不少于一百二十五克，放专用冰箱冷藏四十八小时，贴好标签。", "一百二十五克，四十八小时。", "专用冰箱，贴标签。"])],
   dishes=[("麻辣兔头", "卤制四十分钟，浸泡二十分钟"), ("卤鸭掌拼盘", "改刀后扇形拼摆"), ("剁椒鱼头（冷吃）", "蒸后冷却再淋剁椒油")]),
 "herb": dict(major="中药", code="1301", course="中药饮片加工", task="常山胡柚衢枳壳饮片净制切制与质量检查",
   hours=18, station="中药炮制一体化学习工作站",
   situation="衢州常山县的一家中药饮片厂收购了一批胡柚青果，晒干后作为“衢枳壳”加工成饮片。质量部请中药班学员按炮制规范完成净制、润软、切薄片和干燥，并对饮片的片形、厚度、色泽、水分和杂质做质量检查，填写饮片质量检查记录。",
   qs=[("问题1 衢枳壳切片前为什么要先润软？", ["果皮坚硬，直接切容易碎裂，润软后切出的片形完整、厚薄均匀。", "直接切会碎。", "润软后片形完整。"]),
       ("问题2 饮片干燥的温度为什么不能太高？", ["温度太高，挥发油会损失，片面还会变焦发黑，影响药效和外观。", "挥发油会损失。", "片面会焦黑。"])],
   hw=[("1. 薄片的厚度规定是多少？", ["薄片厚度一般为一到二毫米。", "一到二毫米。", "一至二毫米之间。"]),
       ("2. 怎样检查饮片里的杂质？", ["取一定量样品摊开，拣出泥沙、碎屑和非药用部位，称重后计算杂质的百分比。", "拣出杂质称重。", "算出杂质百分比。"])],
   outputs=[("衢枳壳饮片质量检查记录（批号QZK-2411）", "片形完整率百分之九十三。"), ("饮片水分测定记录", "水分百分之十一点二，合格。")]),
 "shaft": dict(major="数控加工(数控车工)", code="0106", course="农机传动零件数控车削", task="联合收割机割台传动轴数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="盐城一家农机厂在三夏大忙前接到一批联合收割机割台传动轴的补货订单，车间产能不足，委托学校数控实训中心加工。生产主管请数控班学员读懂零件图，编制加工工艺和程序，在数控车床上完成台阶轴、键槽前的外圆和倒角的车削，并按检验规程自检。",
   qs=[("问题1 传动轴为什么要用两顶尖装夹精车？", ["两顶尖装夹能保证各段外圆同轴，调头加工后跳动也能控制在公差以内。", "保证同轴度。", "调头后跳动小。"]),
       ("问题2 粗车和精车的切削用量有什么不同？", ["粗车背吃刀量大、进给量大、转速低，精车背吃刀量小、进给量小、转速高。", "粗车吃刀大，精车转速高。", "精车进给小。"])],
   hw=[("1. G71指令里的U和W分别表示什么？", ["U是X方向的精车余量，W是Z方向的精车余量。", "X和Z方向精车余量。", "U是X向余量。"]),
       ("2. 用外径千分尺测量前要做什么？", ["擦净测量面，校对零位，零位不准要先调整。", "擦净并校零。", "先校对零位。"])],
   outputs=[("传动轴零件检验单（首件）", "φ35h7实测34.988，合格。"), ("传动轴零件检验单（末件）", "同轴度0.015，合格。"), ("数控加工程序单", "粗车G71，精车G70。")]),
 "epb": dict(major="汽车维修", code="0403", course="汽车底盘电控系统检修", task="乘用车电子驻车制动系统故障诊断与维修",
   hours=16, station="汽车维修一体化学习工作站",
   situation="盐城一家特约维修站接修一辆行驶六万公里的国产SUV，车主反映仪表上驻车制动故障灯常亮，电子手刹拉起后放不下来。服务顾问把维修任务派给实习小组，请汽修班学员读取故障码，检查电子驻车执行电机、线束和开关，更换损坏部件后做驻车制动标定和路试。",
   qs=[("问题1 更换后轮制动片前为什么要让电子驻车进入维修模式？", ["维修模式让执行电机把活塞完全退回，否则压不回活塞，强行操作会损坏电机。", "让活塞退回。", "防止损坏电机。"]),
       ("问题2 读取到执行电机电流过大的故障码，可能是什么原因？", ["制动卡钳导向销锈蚀卡滞，或执行电机内部齿轮损坏，电机负载过大。", "卡钳卡滞。", "电机齿轮损坏。"])],
   hw=[("1. 电子驻车的紧急释放方法有哪些？", ["接通点火开关，踩住制动踏板再按下开关；系统故障时按手册用专用工具手动释放。", "踩制动再按开关。", "专用工具手动释放。"]),
       ("2. 为什么更换部件后要做标定？", ["让控制单元重新学习夹紧力和活塞行程，保证驻车力足够、释放正常。", "重新学习夹紧力。", "保证驻车可靠。"])],
   outputs=[("电子驻车系统故障诊断报告", "左后执行电机损坏，已更换。"), ("维修竣工检验单", "坡道驻车试验合格。"), ("故障码与数据流记录", "C1A07 左后电机电流过大。")]),
 "rice": dict(major="电子商务", code="0603", course="农产品直播电商运营", task="射阳大米产地直播脚本策划与直播间运营",
   hours=14, station="直播电商运营一体化学习工作站",
   situation="新米上市前，射阳一家粮食合作社想在直播平台上卖当季的射阳大米，请学校电商班帮忙做一场产地直播。运营主管请学员调研同类直播间，策划直播主题，编写直播脚本和话术，布置直播间，分工担任主播、助播和场控，直播结束后做数据复盘。",
   qs=[("问题1 直播脚本一般包括哪几部分？", ["开场预热、产品讲解、互动抽奖、促单逼单和结尾预告，每部分写清时间和话术。", "开场、讲解、互动、促单、结尾。", "写清时间和话术。"]),
       ("问题2 介绍大米时可以从哪些方面突出卖点？", ["产地的水土和光照、品种、当季新米、口感软糯，还可以现场煮饭展示。", "产地、品种、口感。", "现场煮饭展示。"])],
   hw=[("1. 直播复盘要看哪些数据？", ["观看人数、平均停留时长、点击率、转化率和客单价。", "观看人数和转化率。", "停留时长、客单价。"]),
       ("2. 直播中遇到顾客质疑价格怎么回应？", ["说明规格和产地成本，对比同类产品，强调新米和包邮，不要争吵。", "说明成本，对比同类。", "强调新米包邮。"])],
   outputs=[("射阳大米产地直播脚本", "时长九十分钟，分五个环节。"), ("直播间布置方案", "背景为稻田实景，设煮饭展示台。"), ("直播数据复盘表", "观看两千一百人次，成交一百三十六单。")]),
 "anim": dict(major="计算机动画制作", code="0306", course="三维场景建模与渲染", task="珲春防川边境观景台三维宣传动画场景建模",
   hours=18, station="动画制作一体化学习工作站",
   situation="珲春的文旅部门要做一段防川“一眼望三国”观景台的宣传动画，委托一家本地动画工作室制作，工作室把观景台和周边江岸的三维场景建模交给学校动画班。项目组长请学员根据实地照片和设计图完成观景塔、栈道和江岸的建模、材质贴图和灯光，输出渲染小样并按工作室规范提交文件。",
   qs=[("问题1 建模前为什么要先确定比例和单位？", ["单位不统一，导入工作室的总场景时模型会大小不对，还要返工。", "防止模型大小不对。", "避免返工。"]),
       ("问题2 观景塔的低模和高模有什么用途？", ["低模用于远景和动画预览，面数少渲染快；高模用于近景特写，细节多。", "低模远景，高模近景。", "低模渲染快。"])],
   hw=[("1. 文件命名规范有什么作用？", ["别人一看文件名就知道内容和版本，多人协作时不会覆盖或用错文件。", "看名字知道内容版本。", "不会用错文件。"]),
       ("2. 渲染小样为什么先用低分辨率？", ["先用低分辨率检查构图、灯光和材质，问题改好后再出高清，节省时间。", "节省时间。", "先查构图灯光。"])],
   outputs=[("建模工作日志", "完成观景塔主体和栈道。"), ("材质与灯光工作日志", "江面使用反射材质。"), ("渲染输出工作日志", "输出小样十二张。")]),
 "chiller": dict(major="机电一体化技术", code="0127", course="制冷设备电气控制装调", task="水产品冷库制冷机组PLC控制系统装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="珲春一家水产加工企业新建了一座帝王蟹暂养和冷藏用的冷库，制冷机组由PLC控制压缩机、冷风机和化霜加热器的顺序启停。企业设备部请机电班学员按电气图完成控制柜接线，编写PLC程序实现温度控制和定时化霜，调试报警功能并填写调试记录。",
   qs=[("问题1 为什么压缩机停机后要延时三分钟才能再启动？", ["停机后高低压差还没平衡，马上启动负载太大，容易烧坏压缩机电机。", "压差没有平衡。", "防止烧电机。"]),
       ("问题2 化霜时为什么要先停冷风机？", ["防止风机把化霜的热量和水汽吹进库内，影响库温。", "防止热量吹进库内。", "避免库温升高。"])],
   hw=[("1. 温度传感器PT100怎样接入PLC？", ["接到模拟量输入模块的热电阻通道，按三线制接线，在程序里换算成温度。", "接模拟量模块，三线制。", "程序里换算温度。"]),
       ("2. 冷库高温报警的条件怎样设置？", ["库温高于设定值五度并持续十分钟以上才报警，防止开门时误报。", "高于设定值五度十分钟。", "防止开门误报。"])],
   outputs=[("控制柜接线检查记录", "主回路绝缘电阻大于一兆欧。"), ("PLC输入输出分配表", "输入十四点，输出九点。"), ("联机调试记录", "化霜每六小时一次，每次二十分钟。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师", "助理讲师"]

SUBS = [
    dict(school="衢州市信安技工学校", pack="dir", region="qz", course="cook", cls="烹饪2302班", size=40, seed=11, male=0.7,
         sidp="23050102", students=["祝嘉豪", "郑雅琴", "汪宇航"], others_named=["占国富"],
         teachers=["毛建新", "叶丽君"], form_count="40人",
         f8="head_grid", f10="plain_grade", f11="station_cards", f12="haze_photo", findings=[],
         comment="clean. Item 11 (TYPED) is a set of dish cards, each naming all three students in ROTATING kitchen posts "
                 "(主厨 / 打荷 / 砧板), one card per dish. Item 8 (scanned 200 dpi gray, the scanner's carriage speed wavered: "
                 "text bands stretched and squashed) has a two-row head table (班级 | 姓名 / 学号 | 成绩) and names the "
                 "restaurant's chef 占国富 as 企业导师 (not a student). Item 10 (TYPED) 40 rows = form `40人`. No roster"),
    dict(school="衢州市信安技工学校", pack="dir", region="qz", course="herb", cls="中药2401班", size=38, seed=12, male=0.25,
         sidp="24130101", students=["方诗涵", "徐梓轩", "诸葛晓彤"], items={11: ["方诗涵", "徐梓轩"]},
         extra_class=["余奕辰"], bad={"余奕辰": "over"},
         teachers=["吴淑萍", "程志远", "傅雪芬"], form_count="38人", roster="name_grid", headteacher="邵红英",
         f8="number_name_line", f10="rubric", f11="quality_typed", f12="hand_photo",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "余奕辰")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 饮片质量检查记录, `检验人：<name>`) holds the records of only TWO students, 方诗涵 and 徐梓轩 "
                 "(诸葛晓彤's are missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. "
                 "Item 10 (scanned 200 dpi gray) begins with a 评分量规 (rubric: each criterion with 优/良/中/差 bands and "
                 "their score ranges), then the register; 余奕辰 has 34 under `切制(30)` (总分 the sum): "
                 "records.invalid_score. The roster is a wall-style name grid (six names a row, no 学号, 38 = form). "
                 "诸葛晓彤 has a compound surname"),
    dict(school="盐城市瓢城技工学校", pack="gbkzip", region="yc", course="shaft", cls="数控2303班", size=40, seed=21, male=0.9,
         sidp="20230106303", students=["卞俊杰", "吉煜城", "胥文博"], outsiders={"胥文博": "数控2301班"}, out_sidp="20230106301",
         teachers=["蔡国平", "唐建军"], form_count="40",
         f8="underline_fields", f10="two_halves", f11="inspection_typed", f12="booklet_spread",
         findings=[("students.not_in_class", 8, True, "胥文博")],
         comment="胥文博 of the parallel class 数控2301班 (his class and 学号 on his worksheet, typed inspection sheets and "
                 "homework) is the third student of 8/11/12; item 10 (TYPED, 40 records = form `40`) has no record of him: "
                 "students.not_in_class. Item 10 is printed in two halves side by side (序号 1-20 left, 21-40 right). "
                 "Item 12: phone photos of an open 实训报告册, two facing pages in one photo (left: the booklet's name "
                 "page, right: the answers). No roster"),
    dict(school="盐城市瓢城技工学校", pack="gbkzip", region="yc", course="epb", cls="汽修2402班", size=42, seed=22, male=0.88,
         sidp="20240403402", students=["顾子豪", "乔家乐", "沈逸飞"], extra_class=["夏天佑"], absent_from_10=["夏天佑"],
         others_named=["陈凤仙"], teachers=["仓永明", "朱卫东"], form_count="42人", roster="plain_list", headteacher="孙秀娣",
         f8="station_head", f10="plain_comment", f11="diagnosis_typed", f12="exercise_book",
         findings=[("records.missing_student", 10, False, "夏天佑"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生名单 with 性别, 职务 and a masked phone, 42) and the form (`42人`) hold 夏天佑; item "
                 "10 (scanned 200 dpi, 1-bit like a fax) has 41 rows and none for him: records.missing_student and "
                 "records.count_mismatch. Item 8 names the car owner 陈凤仙 (not a student)"),
    dict(school="盐城市瓢城技工学校", pack="gbkzip", region="yc", course="rice", cls="电商2401班", size=39, seed=23, male=0.3,
         sidp="20240603401", students=["周馨月", "蔡梦琪", "唐雨萱"], items={12: ["周馨月", "蔡梦琪", "徐依诺"]},
         extra_class=["徐依诺"], teachers=["王沛芸", "卞晓军"], form_count="39人",
         f8="score_box_line", f10="weighted", f11="script_typed", f12="plain_photo",
         findings=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos) holds the homework of 周馨月, 蔡梦琪 and classmate 徐依诺 (with an item-10 record) "
                 "instead of 唐雨萱's (items 8 and 11 hold the three): students.mismatch. Item 10 (TYPED) is weighted: "
                 "自评(20%) 互评(30%) 师评(50%), each out of 100, 总评 the rounded weighted mean (legal, not a sum); 39 "
                 "rows = form `39人`. No roster"),
    dict(school="珲春市图们江技工学校", pack="zip", region="hc", course="anim", cls="动画2401班", size=36, seed=31, male=0.5,
         sidp="243061", students=["朴成浩", "金贤珠", "张晟睿"], extra_class=["崔英爱", "南东哲"], absent_from_10=["南东哲"],
         bad={"崔英爱": "sum"}, teachers=["李顺姬", "高立新"], form_count="36人",
         f8="group_head", f10="plain_nation", f11="work_log", f12="hand_scan",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "崔英爱")],
         comment="item 10 (TYPED, with a 民族 column: 朝鲜族/汉族) lists 35; the form says `36人` (no roster): "
                 "records.count_mismatch. 崔英爱's 总分 is 8 above the sum of her parts: records.invalid_score. Item 11: "
                 "typed 工作日志 tables (日期 | 工作内容 | 问题与解决 | 记录人 <name>), three a student"),
    dict(school="珲春市图们江技工学校", pack="zip", region="hc", course="chiller", cls="机电2302班", size=40, seed=32, male=0.92,
         sidp="233127", students=["郑相俊", "王皓辰", "全秀彬"], items={11: ["郑相俊", "王皓辰", "池永吉"]},
         extra_class=["池永吉", "刘俊熙"], bad={"刘俊熙": "over"}, teachers=["玄哲洙", "赵长海"], form_count="40人",
         f8="photo_sheet", f10="pre_post", f11="commission_typed", f12="haze_photo2",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "刘俊熙")],
         comment="item 11 (TYPED 调试记录, `调试人：<name>`) holds the work of 郑相俊, 王皓辰 and classmate 池永吉 (with an "
                 "item-10 record) instead of 全秀彬's (items 8 and 12 hold the three): students.mismatch. Item 10 (scanned "
                 "200 dpi gray) has 前测 / 后测 / 增值 columns beside the scores (not part of 总分); 刘俊熙 has 66 under "
                 "`结果考核(60)` (总分 the sum): records.invalid_score. Item 8: phone photos of the printed worksheets, "
                 "the lens misted. No roster"),
]

PROVINCE = {1: "浙江省衢州市", 2: "江苏省盐城市", 3: "吉林省延边朝鲜族自治州珲春市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 衢州: "附件8-工作页.pdf"
        return "附件%d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 盐城: "(8)工作页.pdf"
        return "(%d)%s.pdf" % (n, NAMES[n])
    return "%s-%d.pdf" % (NAMES[n], n)   # 珲春: "工作页-8.pdf"


def form_name(s, c):
    return {1: ("申报书_%s.docx" % c["course"], "docx"),
            2: ("%s优质课堂申报书.pdf" % s["cls"], "pdf"),
            3: ("申报书（%s）.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


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
    trs = [["序号", "姓名", "职称", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 6], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 衢州: four columns, 授课班级人数
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("授课班级人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="18%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 盐城: 班级学生数
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级学生数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课地点", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 珲春: 授课对象 = class (size)
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、课堂实施</h3><p>课堂以企业真实工作任务为载体，学生按明确任务、制订计划、作出决策、实施任务、检查控制、评价反馈六个环节完成工作；教师在工作站内分组指导，企业人员参与验收与评价。</p>
<h3>五、特色与成效</h3><p>任务来自{prov}本地企业，成果交付企业使用，学生的岗位能力和职业素养明显提升。</p>
<h3>六、诚信承诺</h3><p>本单位保证所报材料真实，课堂为本校原创。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="82%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n{major}专业一体化课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n“{task}”，{hours}学时。\n三、评价方式\n过程评价与结果评价结合，企业参与评价。",
    2: "{school}\n学习任务分析：{task}\n一、任务情境\n{situation}\n二、工作过程\n明确任务、制订计划、作出决策、实施任务、检查控制、评价反馈。",
    3: "{school}\n{task}教学活动策划表\n学习活动1　明确任务与收集信息\n学习活动2　制订与审定计划\n学习活动3　实施与过程检查\n学习活动4　成果验收与评价总结",
    4: "{school}\n{course}授课进度表（共{hours}学时）\n第1周　明确任务\n第2周　制订计划\n第3周　实施任务\n第4周　验收与评价",
    5: "{school}\n{task}教学活动设计\n第1学时　情境导入，下达任务\n第2—4学时　引导问题，小组研讨\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源清单\n工作页、企业技术标准、操作视频、{station}设备与耗材。",
    7: "{school}\n{station}介绍\n工作站分为信息查询区、计划决策区、实训操作区和展示评价区。",
    9: "{school}\n{task}考核方案\n过程考核占40%，结果考核占60%，成绩记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 9分", "√ 清楚", "√ 8分", "√ 完整", "√ 10分", "√ 可"])


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
        return s["out_sidp"] + "26"
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
        comment = '<p>教师评语：<span %s>%s</span>　　批阅教师：%s</p>' % (RED, ["完成较好", "回答准确", "书写工整", "继续努力"][i % 4], t[0])
        if f == "head_grid":   # a two-row head table: 班级 | 姓名 / 学号 | 成绩; the restaurant chef named
            head = tbl([["班　级", hand(cl, True), "姓　名", hand(n, True)], ["学　号", hand(sid, True), "成　绩", '<span %s>%s</span>' % (RED, ["A", "A-", "B+"][i % 3])]],
                       width="100%", pad="4px 6px")
            body = (title + head + '<p>企业导师：%s（衢州老街菜馆厨师长）　　实训地点：烹饪实训中心热菜间</p>' % s["others_named"][0]
                    + sit + answers(c, rng, i) + comment)
        elif f == "number_name_line":   # 学号 and 姓名 on one line, the class printed in the title
            body = ('<h3 style="text-align:center">%s　%s<br/>学习工作页</h3>' % (s["cls"], c["task"]) +
                    '<p>学号：%s　　　姓名：%s　　　日期：%s</p>' % (hand(sid, True), hand(n), hand(day(s, i)[5:], True)) + sit + answers(c, rng, i) + comment)
        elif f == "underline_fields":   # 姓名 / 班级 / 学号 on underlined blanks
            head = '<p>姓名：<u>　%s　</u>　班级：<u>　%s　</u>　学号：<u>　%s　</u></p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "station_head":   # 学号 | 姓名 | 工位 head table; the car owner named in the vehicle data
            head = tbl([["学号", hand(sid, True), "姓名", hand(n, True), "工位", hand("%d号" % (3 + 2 * i), True)]], width="100%", pad="4px 4px")
            car = tbl([["车　型", "国产紧凑型SUV", "里　程", "61380 km"], ["车　主", s["others_named"][0], "报修内容", "驻车故障灯常亮，手刹放不下"]],
                      width="100%", pad="3px 4px")
            body = title + head + "<p><b>车辆信息</b></p>" + car + sit + answers(c, rng, i) + comment
        elif f == "score_box_line":   # 班级＿ 姓名＿ 学号＿ with a 成绩 box
            head = ('<table width="100%%"><tr><td>班级＿%s＿　姓名＿%s＿　学号＿%s＿</td><td width="16%%">%s</td></tr></table>'
                    % (hand(cl, True), hand(n), hand(sid[-2:], True), tbl([["成绩"], ['<span %s>%d</span>' % (RED, 86 + 3 * i)]], width="100%")))
            body = head + title + sit + answers(c, rng, i) + comment
        elif f == "group_head":   # 学号 | 姓名 | 组别 head table
            head = tbl([["学号", hand(sid, True), "姓名", hand(n, True), "组别", hand("第%s组" % "二三一"[i % 3], True)]], width="100%", pad="4px 4px")
            body = title + '<p>班级：%s　　日期：%s</p>' % (cl, day(s, i)) + head + sit + answers(c, rng, i) + comment
        elif f == "photo_sheet":   # printed worksheet photographed: 姓名＿ 学号＿ on the top line, 班级 printed
            body = (title + '<p>%s　　姓名：%s　　学号：%s</p>' % (cl, hand(n), hand(sid, True)) + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"head_grid": "x-scanpdf:200:motor", "number_name_line": "x-scanpdf:250", "underline_fields": "x-scanpdf:250:motor",
            "station_head": "x-scanpdf:200", "score_box_line": "x-scanpdf:200:color", "group_head": "x-scanpdf:250:color",
            "photo_sheet": "x-scanpdf:200:photo:haze"}[f]
    font = {"head_grid": "Noto Sans CJK SC", "station_head": "Noto Sans CJK SC", "group_head": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font, compact=True, page="margin:1.4cm 1.6cm"), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center;font-size:12pt"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"


def nation(n):
    return "朝鲜族" if n in KOREAN else "汉族"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　专业部审核：%s　　　　%s</p>" % ("、".join(t[:2]), t[-1], day(s, 12))
    if f == "plain_grade":   # plain register with parts, 总分 and 等级
        parts = [("原料加工", 20), ("卤制", 30), ("改刀拼摆", 30), ("卫生安全", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "rubric":   # a 评分量规 before the register
        parts = [("净制", 15), ("润软", 20), ("切制", 30), ("干燥", 15), ("质检", 20)]
        desc = {"净制": "去杂彻底/基本干净/有少量杂质/杂质多", "润软": "软硬适度/略偏硬/过软或过硬/未润透",
                "切制": "片形完整厚薄均匀/少量碎片/厚薄不匀/片形差", "干燥": "色泽正常水分合格/略有焦斑/色泽偏深/焦黑",
                "质检": "记录完整准确/有小错/漏项/未记录"}
        rub = [["<b>评分项目</b>", "<b>优</b>", "<b>良</b>", "<b>中</b>", "<b>差</b>"]]
        for p, m in parts:
            ds = desc[p].split("/")
            cuts = [m, int(m * 0.85), int(m * 0.7), int(m * 0.55)]
            rub.append(["%s（%d分）" % (p, m)] + ["%s<br/>%d—%d分" % (ds[j], cuts[j + 1] + 1 if j < 3 else 0, cuts[j]) for j in range(4)])
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            if bad.get(n) == "over":
                v[2] = 34
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录") + "<p><b>一、评分量规</b></p>" + tbl(rub, pad="1px 3px") +
                "<p><b>二、考核成绩</b></p>" + table(out) + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200"
    if f == "two_halves":   # printed in two halves side by side
        half = (len(rec) + 1) // 2
        hd = ["序号", "学号", "姓名", "过程(40)", "结果(60)", "总分"]
        out = [trow(["<b>%s</b>" % x for x in hd + hd], pad)]
        vals = []
        for n in rec:
            v = [rng.randint(26, 39), rng.randint(38, 58)]
            vals.append(v)
        for k in range(half):
            row = []
            for j in (k, k + half):
                if j < len(rec):
                    v = vals[j]
                    row += [str(j + 1), sid_of(s, rec[j]), rec[j], str(v[0]), str(v[1]), str(sum(v))]
                else:
                    row += [""] * 6
            out.append(trow(row, pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_comment":   # plain register with a 评语 column (scanned 1-bit)
        parts = [("安全规范", 10), ("故障诊断", 35), ("部件更换", 30), ("标定路试", 15), ("报告", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "评语"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), "较好" if tot >= 80 else "合格"], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200:mono"
    if f == "weighted":   # 自评 / 互评 / 师评 weighted
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "自评<br/>(20%)", "互评<br/>(30%)", "师评<br/>(50%)", "总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b, cc = rng.randint(78, 96), rng.randint(72, 94), rng.randint(64, 95)
            tot = int(0.2 * a + 0.3 * b + 0.5 * cc + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(cc), str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核评价表") + table(out) +
                "<p>说明：自评、互评、师评均为百分制，总评＝自评×20%＋互评×30%＋师评×50%（四舍五入）。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_nation":   # plain register with 民族
        parts = [("模型结构", 30), ("材质贴图", 25), ("灯光渲染", 25), ("文件规范", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "民族"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n, nation(n)] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "pre_post":   # 前测 / 后测 / 增值 beside the scores
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程考核<br/>(40)", "结果考核<br/>(60)", "总分", "前测", "后测", "增值"]], pad)]
        for k, n in enumerate(rec):
            v = [rng.randint(25, 38), rng.randint(36, 57)]
            if bad.get(n) == "over":
                v[1] = 66
            pre = rng.randint(35, 62)
            post = pre + rng.randint(8, 30)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(v[0]), str(v[1]), str(sum(v)), str(pre), str(post), "+%d" % (post - pre)], pad))
        body = (head10(s, c, "学习任务考核成绩及增值评价表") + table(out) +
                "<p>说明：前测、后测为同一套理论测试题（百分制），只用于增值评价，不计入总分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    if f == "station_cards":   # one card per dish, the three in rotating kitchen posts
        for j, (dish, note) in enumerate(c["dishes"]):
            rot = [names[(j + k) % 3] for k in range(3)]
            parts.append('<h3 style="text-align:center">出品记录卡（%d）</h3>' % (j + 1) +
                         tbl([["菜品名称", dish, "出品日期", day(s, 30 + j)], ["主　厨", rot[0], "打　荷", rot[1]], ["砧　板", rot[2], "班　级", s["cls"]],
                              ["制作要点", (note, ' colspan="3" align="left"')], ["留　样", "125 g／48 h", "出品审核", t[j % 2]]],
                             width="88%", pad="6px 6px") + "<p>（出品照片附后）</p>")
        return "11.html", html(PB.join(parts), font="Noto Sans CJK SC"), "pdf"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        outs = c["outputs"]
        for j, (title, desc) in enumerate(outs):
            if f == "quality_typed":   # 饮片质量检查记录: 检验人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["检验人", n, "班级", cl], ["复核人", t[j % 2], "检验日期", day(s, 30 + i)],
                                  ["检查项目", "标准", "结果", "结论"], ["片厚", "1～2 mm", "%.1f mm" % (1.4 + 0.1 * i), "合格"],
                                  ["水分", "≤12%", "%.1f%%" % (11.2 - 0.2 * j), "合格"], ["杂质", "≤3%", "%.1f%%" % (1.1 + 0.3 * i), "合格"]],
                                 width="90%") + "<p>结论：%s</p>" % desc)
            elif f == "inspection_typed":   # 零件检验单: 操作者 (class)
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件名称", "割台传动轴", "图号", "GT-12-%02d" % (5 + j)], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 2]],
                                  ["项目", "要求", "实测", "判定"], ["外圆", "φ35h7", "34.98%d" % (4 + j), "合格"],
                                  ["总长", "420±0.1", "420.0%d" % (2 + i), "合格"]], width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "diagnosis_typed":   # 诊断报告: 诊断人
                parts.append('<h3>%s</h3><p>诊断人：%s　　班级：%s　　审核：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["检查项目", "检查结果", "处理"], ["故障码", "C1A07 / C1A15", "记录后清除"], ["左后执行电机电流", "%.1f A" % (9.6 + 0.2 * i), "更换"],
                                  ["线束与插接器", "正常", "—"]], width="86%") + "<p>%s</p>" % desc)
            elif f == "script_typed":   # 直播脚本: 编写人, 主播
                parts.append('<h3>%s</h3><p>编写人：%s（%s）　　主播：%s　　审核：%s</p>' % (title, n, cl, n, t[j % 2]) +
                             tbl([["时间", "环节", "内容与话术"], ["0—10分", "开场", "欢迎进入射阳大米产地直播间"], ["10—40分", "讲解", "稻田实景，现场煮饭"],
                                  ["40—80分", "互动促单", "抽奖、限时优惠"]], width="90%") + "<p>%s</p>" % desc)
            elif f == "work_log":   # 工作日志: 记录人
                parts.append('<h3>%s</h3>' % title +
                             tbl([["日期", "工作内容", "问题与解决", "记录人"],
                                  [day(s, 30 + j)[5:], desc, "贴图拉伸，重新展UV", n],
                                  [day(s, 31 + j)[5:], "检查命名和单位", "单位改为米", n]], width="96%") +
                             "<p>班级：%s　　项目组长：%s</p>" % (cl, t[1]))
            elif f == "commission_typed":   # 调试记录: 调试人
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　记录员：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["项目", "设定值", "实测值", "结论"], ["库温", "-18 ℃", "-%.1f ℃" % (17.6 + 0.1 * i), "合格"],
                                  ["压缩机延时", "180 s", "180 s", "合格"], ["化霜时间", "20 min", "20 min", "合格"]], width="82%") + "<p>%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "booklet_spread":   # an open report booklet photographed: two facing pages per photo
        pages = []
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            left = ('<p style="text-align:center;font-size:16pt"><b>实训报告册</b></p><p>&nbsp;</p><p style="text-align:center">%s</p><p>&nbsp;</p>'
                    '<p>课程：%s</p><p>班级：%s</p><p>姓名：%s</p><p>学号：%s</p><p>指导教师：%s</p>'
                    % (s["school"], c["course"], hand(cl, True), hand(n), hand(sid, True), t[0]))
            qa = "".join('<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[(i + qi) % 3]), RED, mark(rng)) for qi, (q, a) in enumerate(c["hw"]))
            right = "<p><b>课后作业</b></p>" + qa + '<p %s>阅 %s %s</p>' % (RED, t[0], day(s, 20 + i)[5:])
            pages.append('<table width="100%%" style="border-collapse:collapse"><tr><td width="50%%" valign="top" style="padding:0 18px;border-right:1.5pt solid #888">%s</td>'
                         '<td width="50%%" valign="top" style="padding:0 18px">%s</td></tr></table>' % (left, right))
        write(os.path.join(d, "12.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
        return "12.html", html(PB.join(pages), font="Noto Serif CJK SC", page="size:29.7cm 21cm;margin:1.2cm 1.2cm"), "x-scanpdf:200:photo"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f in ("haze_photo", "haze_photo2"):
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "hand_photo":
            head = ["课后练习", "姓名 %s　学号 %s　%s" % (n, sid, cl)]
        elif f == "exercise_book":   # an exercise-book cover, then the page inside
            head = ["", "", "　　　　　练　习　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "课后作业"]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "hand_scan":
            head = ["作业", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"haze_photo": "x-photo:200:4:haze", "haze_photo2": "x-photo:200:1:haze", "hand_photo": "x-photo:200:3",
            "exercise_book": "x-photo:200:1", "plain_photo": "x-photo:200:1", "hand_scan": "x-scan:250:3:motor"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "plain_list":   # a plain typed 学生名单
        rows = [["序号", "学号", "姓名", "性别", "职务", "联系电话"]]
        duty = {1: "班长", 6: "团支书", 12: "学习委员", 20: "安全委员", 33: "体育委员"}
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, SEX[n], duty.get(j, ""),
                         "1%d%d****%04d" % (rr.choice([3, 5, 8, 9]), rr.randint(0, 9), rr.randint(0, 9999))])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="92%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　合计：%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "name_grid":   # a wall-style name grid, six names a row, no 学号
        rows = []
        for j in range(0, len(k), 6):
            row = k[j:j + 6]
            rows.append(row + [""] * (6 - len(row)))
        m = sum(1 for n in k if SEX[n] == "男")
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2><p style="text-align:center">（按学号顺序排列）</p>' % (s["school"], s["cls"]) +
                tbl(rows, width="96%", pad="8px 4px") +
                "<p>&nbsp;</p><p>班主任：%s　　　　全班%d人（男%d人，女%d人）</p>" % (s["headteacher"], len(k), m, len(k) - m))
        write(os.path.join(d, "roster.html"), html(body, "13pt", font="Noto Sans CJK SC"))
        man.append("roster.html\t%s名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Forty-sixth held-out people corpus (testdata/heldout46), the format of testdata/heldout28/truth.json. "
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
        for w in (c["task"], c["course"], s["school"]):
            if w in EARLIER_TEXT or w in EARLIER_READMES:
                raise SystemExit("%s was used by an earlier corpus" % w)
    for city in ("衢州", "盐城", "珲春"):
        if city in EARLIER_TEXT or city in EARLIER_READMES:
            raise SystemExit("%s stands in an earlier corpus" % city)
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
        rng = random.Random(s["seed"] * 7919 + 46)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"], s["male"])
        for a in range(len(s["klass"])):
            for b in range(a + 1, len(s["klass"])):
                assert not near(s["klass"][a], s["klass"][b]), (s["klass"][a], s["klass"][b])
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
                                  (12, item12(s, c, items[12], d))):
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
        fct = {1: "授课班级人数 | %s" % s["form_count"], 2: "班级学生数 | %s" % s["form_count"],
               3: "授课对象 | %s（%s）" % (s["cls"], s["form_count"])}[grp(s)]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": fct,
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
