#!/usr/bin/env python3
"""Write the sources of the twenty-ninth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 十堰
(Hubei), 泰州 (Jiangsu) and 大庆 (Heilongjiang), in the ordinary layouts of
Chinese technical schools.

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 29)] + ["othertools"]

# surnames by region: 十堰 (涂 万 余 汪 程 柯 詹 饶 …), 泰州 (顾 储 缪 嵇 仇 卞 殷 …),
# 大庆 (姜 曲 隋 宫 鞠 邢 佟 关 …: the north-east, many families from Shandong, some Manchu)
SURNAMES = {
    "sy": list("陈王李张刘黄周胡万余汪程柯詹饶尹付涂邹梅"),
    "ha": list("王张陈刘朱徐孙周吴顾蒋储缪翟嵇仇陆丁殷沈卞"),
    "dq": list("王李张刘于孙马高赵姜曲邢隋宫鞠仲佟关"),
}
# given names: ordinary names of pupils born about 2008 (a new list)
GIVEN2 = ("浩宇 子墨 俊熙 雨桐 梓轩 一鸣 晨阳 博涛 嘉豪 雨萱 志鹏 文博 欣怡 诗琪 佳慧 思彤 宇航 俊杰 逸凡 泽宇 "
          "子豪 梓睿 雨萌 文静 晓彤 佳琪 欣然 浩然 思琪 振宇 明轩 子涵 可馨 语嫣 天佑 锦程 奕辰 沐阳 皓轩 "
          "梓萱 若汐 嘉懿 一诺 家乐 鑫磊 宏伟 海洋 思雨 紫涵 艺菲 梦瑶 静怡 凯文 俊宇 昊天 子健 旭东 "
          "鹏飞 金龙 雪婷 晓雯 婉婷 丹阳 欣悦 佳乐 天宇 家豪 锐锋 晨曦 思涵 雅琪 宇轩 舒涵 炳坤 建成 "
          "鸿飞 国栋 亚楠 春晖 晓峰 慧敏 玉洁 伟杰 永康 新宇 晨光 立鹏 睿泽 嘉铭 亦菲 安琪 雪晴").split()
GIVEN1 = list("航琳博悦鑫磊婷帅")


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
            if re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", x):
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
    a, b = a.replace("·", ""), b.replace("·", "")
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.08 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    tries = 0
    while len(names) < n:
        tries += 1
        if tries > 200000:
            raise SystemExit("cannot draw a class of %d" % n)
        name = draw_one(rng, region)
        if name in names or name in USED_BEFORE or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "nev": dict(major="新能源汽车检测与维修", code="0435", course="高压系统绝缘检测与维修", task="车城纯电动网约车动力电池绝缘故障诊断与修复",
   hours=16, station="新能源汽车高压系统一体化学习工作站",
   situation="十堰一家新能源汽车服务站接修了一辆跑网约车的纯电动轿车，车主反映雨天行车后仪表提示“动力电池绝缘故障”，车辆无法上高压。站长请实训班学员按高压作业规范做好安全防护，读取故障码和数据流，分段测量绝缘电阻，找出故障点并修复，最后路试验证。",
   qs=[("引导问题1 高压系统作业前必须做好哪些安全措施？", ["穿戴绝缘手套和护目镜，断开维修开关，等待五分钟以上，验电确认无电后才能作业。", "戴绝缘手套，断开维修开关，验电。", "断电后等五分钟再验电。"]),
       ("引导问题2 怎样用绝缘电阻测试仪分段查找故障点？", ["先测电池包总正总负对车身的绝缘，再依次断开电机控制器、空调压缩机和PTC分别测量，阻值偏低的一段就是故障点。", "分段断开负载逐个测量。", "哪一段阻值低，故障就在哪段。"])],
   hw=[("1. 国标对动力电池绝缘电阻的要求是多少？", ["直流部分不低于每伏一百欧，交流部分不低于每伏五百欧。", "直流每伏一百欧以上。", "每伏一百欧。"]),
       ("2. 雨天后出现绝缘故障，首先怀疑哪里？", ["高压插接件密封不良进水，尤其是底盘下方的插接件和电池包的透气阀。", "插接件进水。", "电池包透气阀和插头。"])],
   outputs=[("动力电池绝缘检测报告", "电池包对车身绝缘电阻五百五十兆欧，正常。"), ("高压线束分段检测报告", "空调压缩机支路绝缘电阻零点三兆欧，偏低。"), ("修复后路试检测报告", "绝缘故障码已清除，路试正常。")]),
 "cnc": dict(major="数控加工(数控车工)", code="0106", course="变速器轴类零件车削加工", task="商用车变速器输入轴数控车削加工",
   hours=18, station="数控车削加工一体化学习工作站",
   situation="十堰一家为商用车配套的变速器厂接到一批输入轴的试制订单，零件带有外圆台阶、退刀槽和外螺纹，精度要求较高。车间主任请实训班学员识读零件图，编制加工工艺卡，编写数控程序，在数控车床上完成加工，并用量具检测，填写检测记录。",
   qs=[("引导问题1 加工输入轴时为什么要采用一夹一顶的装夹方式？", ["零件长径比较大，只用卡盘夹持刚性不够，加上尾座顶尖可以减少振动和让刀。", "零件细长，需要顶尖支撑。", "防止振动和让刀。"]),
       ("引导问题2 车削外螺纹前外圆直径应车到多少？", ["比螺纹公称直径小零点一到零点二毫米，防止牙顶挤压变形。", "比公称直径略小。", "小零点一到零点二毫米。"])],
   hw=[("1. G71指令中各参数的含义是什么？", ["U是每次切深，R是退刀量，P和Q是精加工程序段的起止号，U和W是精加工余量。", "切深、退刀量、起止段号和余量。", "写出了切深和余量。"]),
       ("2. 怎样用外径千分尺测量外圆？", ["先校零，测量时轻转测力装置，听到咔咔声再读数，在不同位置测两次。", "校零后用测力装置读数。", "测两个位置。"])],
   outputs=[("输入轴加工工艺卡", "共七道工序。"), ("输入轴数控加工程序单", "程序号O0012。"), ("输入轴零件检测记录", "外圆尺寸全部合格。")]),
 "cook": dict(major="烹饪(中式烹调)", code="0501", course="淮扬风味热菜制作", task="溱潼鱼饼制作与出品",
   hours=14, station="中式烹调一体化学习工作站",
   situation="泰州一家老字号淮扬菜馆要为溱湖景区的新门店培训后备厨师，招牌菜溱潼鱼饼要求色泽金黄、外松里嫩、鲜香不腥。行政总厨请烹饪班学员学习青鱼的去骨取肉和制茸，掌握搅打上劲、成形和煎制的火候，按门店标准出品，并核算每份菜的成本。",
   qs=[("引导问题1 鱼茸为什么要加盐顺一个方向搅打？", ["盐能让鱼肉里的蛋白质溶出，顺一个方向搅打上劲，鱼饼才有弹性，煎的时候不散。", "上劲，有弹性。", "鱼饼煎时不散。"]),
       ("引导问题2 煎制鱼饼时怎样掌握火候？", ["中小火，锅烧热再下油，鱼饼下锅定型后再翻面，两面煎到金黄，火大了外焦里生。", "中小火，定型再翻面。", "两面金黄，火不能大。"])],
   hw=[("1. 鱼茸里为什么要加肥膘和荸荠？", ["肥膘让鱼饼滋润油香，荸荠增加脆爽的口感，比例要合适。", "肥膘滋润，荸荠脆爽。", "增加口感。"]),
       ("2. 一份溱潼鱼饼的成本由哪些部分构成？", ["主料青鱼肉、配料肥膘和荸荠、调料和燃料费用，按净料成本计算。", "主料、配料、调料。", "按净料算成本。"])],
   outputs=[("溱潼鱼饼作品展示", "色泽金黄，大小均匀。"), ("鱼茸制作作品展示", "出茸率百分之五十五。"), ("菜品成本核算表", "每份成本二十六元。")]),
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="中餐宴会设计与服务", task="凤城河文化主题中餐宴会摆台与席间服务",
   hours=16, station="中餐服务一体化学习工作站",
   situation="泰州一家酒店承接了一场二十桌的凤城河文化主题商务宴请，要求台面体现凤城河、梅兰芳戏曲和淮扬饮食文化，服务规范周到。餐饮部经理请酒店服务班学员设计主题台面，完成十人位中餐宴会摆台，按流程提供斟酒、上菜、分菜等席间服务，并处理客人的特殊需求。",
   qs=[("引导问题1 中餐宴会摆台的顺序是什么？", ["铺台布、放转盘、围椅定位、摆骨碟、汤碗汤勺、味碟、筷架筷子、三套杯、牙签、餐巾折花，最后摆花草和台号。", "台布、转盘、骨碟、杯具、餐巾花。", "先铺台布，最后台号。"]),
       ("引导问题2 斟酒时应注意什么？", ["从主宾开始顺时针斟倒，站在客人右侧，白酒斟八分满，瓶口不碰杯口。", "从主宾开始，右侧斟倒。", "白酒八分满。"])],
   hw=[("1. 主题台面的设计要体现哪些元素？", ["体现宴请主题和地方文化，如凤城河画舫、京剧脸谱和淮扬花窗，颜色协调，不遮挡客人视线。", "主题和地方文化。", "画舫和花窗，不挡视线。"]),
       ("2. 客人不小心打翻酒杯怎样处理？", ["先安慰客人，迅速清理，用干净餐巾垫上，补上新杯并重新斟酒。", "安慰客人，清理，换杯。", "垫餐巾，补杯斟酒。"])],
   outputs=[("凤城河主题台面设计方案", "主花为一艘画舫造型。"), ("宴会摆台操作记录", "十人位摆台用时十二分钟。"), ("席间服务流程设计", "上菜位选在副主人右侧。")]),
 "net": dict(major="计算机网络应用", code="0301", course="中小型企业网络组建与维护", task="物流园区仓储办公网络VLAN规划与配置",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="泰州一个物流园区的仓储公司有办公室、仓库和监控室三个部门，电脑和摄像头接在同一个网络里，经常广播风暴、互相干扰。网络管理员请实训班学员勘察现场，规划VLAN和IP地址，配置交换机和路由，实现部门隔离和互通控制，并测试后写出配置文档。",
   qs=[("引导问题1 为什么要划分VLAN？", ["把一个广播域分成几个，减少广播风暴，提高安全性，便于按部门管理。", "减少广播，便于管理。", "隔离广播域。"]),
       ("引导问题2 Trunk端口和Access端口有什么区别？", ["Access端口只属于一个VLAN，接终端；Trunk端口可以传多个VLAN的数据，连接交换机之间。", "Access接电脑，Trunk连交换机。", "Trunk传多个VLAN。"])],
   hw=[("1. 不同VLAN之间怎样通信？", ["通过三层交换机的VLAN接口或者单臂路由实现VLAN间路由。", "用三层交换机路由。", "单臂路由。"]),
       ("2. 监控摄像头的VLAN为什么要单独划分？", ["摄像头视频流量大，单独划分可以保证带宽，也防止办公电脑访问摄像头。", "流量大，要隔离。", "保证带宽和安全。"])],
   outputs=[("VLAN及IP地址规划表", "共划分四个VLAN。"), ("交换机配置文档", "核心交换机启用三层路由。"), ("网络连通性测试报告", "办公区不能访问监控区，符合要求。")]),
 "care": dict(major="健康与社会照护", code="0529", course="居家失能老人照护服务", task="油田社区失能老人压力性损伤预防与体位转移照护",
   hours=16, station="老年照护一体化学习工作站",
   situation="大庆一个油田老社区的居家养老服务中心有几位长期卧床的老人，家属担心长压疮。服务中心主任请照护班学员上门评估老人的皮肤和活动能力，制定翻身和体位转移计划，按规范协助老人从床到轮椅转移，做好皮肤护理和记录，并指导家属。",
   qs=[("引导问题1 压力性损伤好发于哪些部位？", ["骨头突出、受压时间长的部位，如骶尾部、足跟、髋部、肩胛和枕部。", "骶尾部、足跟、髋部。", "骨突出的地方。"]),
       ("引导问题2 协助老人从床上转移到轮椅时要注意什么？", ["轮椅放在老人健侧，与床成三十到四十五度角，刹好车，照护员屈膝用腿部力量，转移中观察老人反应。", "轮椅放健侧，刹车。", "用腿部力量，观察老人。"])],
   hw=[("1. 卧床老人多长时间翻身一次？", ["一般两小时翻身一次，皮肤发红时要缩短间隔。", "两小时一次。", "发红时缩短时间。"]),
       ("2. 怎样指导家属观察皮肤？", ["每天翻身时看骨突处皮肤，按压发红处，松手后不褪色要及时告诉照护人员。", "看骨突处皮肤颜色。", "按压发红不褪色要报告。"])],
   outputs=[("老人压力性损伤风险评估报告", "评估为高度危险。"), ("翻身及体位转移照护计划", "每两小时翻身一次。"), ("照护记录与家属指导单", "已教会家属观察皮肤。")]),
 "shop": dict(major="电子商务", code="0603", course="网店视觉营销设计", task="杂粮礼盒网店主图与详情页设计",
   hours=14, station="电商视觉设计一体化学习工作站",
   situation="大庆一家农业合作社要在网店上推出小米、黑豆、红小豆组成的杂粮礼盒，年节送礼用。运营负责人请电商班学员分析竞品和目标客户，拍摄并处理商品图片，设计五张主图和一套详情页，突出产地和品质，完成后上传店铺并记录点击率。",
   qs=[("引导问题1 主图的第一张应该突出什么？", ["突出礼盒整体和卖点，文字少而醒目，背景干净，让顾客一眼看出是什么商品。", "礼盒整体和卖点。", "文字少，背景干净。"]),
       ("引导问题2 详情页的一般结构是什么？", ["首屏海报、产品卖点、产地故事、规格参数、细节展示、售后说明。", "海报、卖点、参数、细节。", "最后是售后说明。"])],
   hw=[("1. 商品图片的尺寸有什么要求？", ["主图一般八百乘八百像素以上，正方形，详情页宽度按平台要求统一。", "主图八百像素以上。", "正方形。"]),
       ("2. 怎样判断主图设计的效果？", ["看点击率，把两版主图分别投放比较点击率，选高的一版。", "比较点击率。", "做两版对比。"])],
   outputs=[("杂粮礼盒主图设计", "五张主图尺寸八百乘八百。"), ("杂粮礼盒详情页设计", "详情页共九屏。"), ("主图点击率测试记录", "第二版点击率高一点二个百分点。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="十堰市车城高级技工学校", pack="dir", region="sy", course="nev", cls="新能源2401班", size=40, seed=11,
         sidp="24043501", students=["柯俊熙", "詹雨桐", "万浩宇"], outsiders={"万浩宇": "新能源2402班"}, out_sidp="24043502",
         extra_class=["饶子墨"], bad={"饶子墨": "over"},
         teachers=["汪志华", "程春燕"], form_count="40人",
         f8="table_head", f10="merged_grade", f11="report_typed", f12="shake_photo",
         findings=[("students.not_in_class", 8, True, "万浩宇"), ("records.invalid_score", 10, False, "饶子墨")],
         comment="万浩宇 of the parallel class 新能源2402班 (his class and 学号 on his worksheet) is the third student of 8/11/12; "
                 "item 10 (40 records = form `40人`) has none for him: students.not_in_class. Item 10 (TYPED Word table, a "
                 "merged head `过程考核（60分）` over three parts with their maxima in brackets, `终结性考核（40分）`, 总分, 等级): "
                 "饶子墨 has 23 under `安全防护（20分）`: records.invalid_score. No roster"),
    dict(school="十堰市车城高级技工学校", pack="dir", region="sy", course="cnc", cls="数控2403班", size=38, seed=12,
         sidp="24010603", students=["余博涛", "涂晨阳", "邹一鸣"], teachers=["胡国平", "尹德胜"],
         form_count="38人（男生{boys}人，女生{girls}人）", roster="xlsx_parents", headteacher="梅红霞",
         parents=True, f8="line_head", f10="weighted_fax", f11="cover_scan", f12="hand_page", findings=[],
         comment="clean. Item 10 (scanned like a fax: 1-bit, 200 dpi) is a 学生评价表 with 自评（20%）/互评（30%）/师评（50%） "
                 "each out of 100 and 总评 the WEIGHTED sum with one decimal (the weights in the head; legal, not a total that "
                 "fails to add up). The roster (xlsx 花名册) has a 家长姓名 column beside 姓名 (parents: not students) and a "
                 "联系电话 column. Form `38人（男生<b>人，女生<g>人）` (the two counts as the class list has them)"),
    dict(school="泰州市凤城河技师学院", pack="zip", region="ha", course="cook", cls="烹饪2402班", size=36, seed=21,
         sidp="24320501", students=["顾嘉豪", "嵇雨萱", "仇志鹏"], items={8: ["顾嘉豪", "嵇雨萱"]},
         extra_class=["卞文博"], bad={"卞文博": "sum"}, teachers=["朱建华", "殷玉芳"], form_count="36人",
         f8="name_line_color", f10="heji_marker", f11="dish_typed", f12="plain_photo",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "卞文博")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (colour scan) holds the worksheets of only TWO students (顾嘉豪, 嵇雨萱; 仇志鹏's are missing; items 11 and "
                 "12 hold the three): students.count on 8; students.mismatch optional. Item 10 (scanned 250 dpi gray, a "
                 "yellow highlighter stroke) totals in a `合计` column; 卞文博's 合计 is 4 above the sum of his five parts: "
                 "records.invalid_score. Form `36人` = 36 rows. No roster"),
    dict(school="泰州市凤城河技师学院", pack="zip", region="ha", course="hotel", cls="酒店2402班", size=42, seed=22,
         sidp="24320504", students=["缪欣怡", "韦诗琪", "沈佳慧"], extra_class=["储思彤"], absent_from_10=["储思彤"],
         teachers=["徐丽娟", "丁永刚"], form_count="42人", roster="pdf_table", headteacher="吴晓梅",
         f8="table_head4", f10="two_row_head", f11="plan_scan", f12="wenkai_page",
         findings=[("records.missing_student", 10, False, "储思彤"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed table PDF 学生名单, 42) and the form (`42人`) hold 储思彤; item 10 (scanned 300 dpi gray, a "
                 "clean office scan, a two-row head `考核项目` over the parts) has 41 rows and none for her: "
                 "records.missing_student, records.count_mismatch"),
    dict(school="泰州市凤城河技师学院", pack="zip", region="ha", course="net", cls="网络2401班", size=40, seed=23,
         sidp="24320301", students=["周奕辰", "吴俊杰", "孙逸凡"], items={11: ["周奕辰", "吴俊杰", "陈泽宇"]},
         extra_class=["陈泽宇", "刘梓睿"], bad={"刘梓睿": "over"}, teachers=["褚海涛", "蒋晓东"], form_count="40人",
         f8="device_head", f10="sid_first", f11="config_typed", f12="print_hand_marker",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "刘梓睿")],
         comment="item 11 (TYPED configuration documents, a cover with `学生：<name>`) holds the works of 周奕辰, 吴俊杰 and "
                 "classmate 陈泽宇 (with an item-10 record) instead of 孙逸凡's (items 8 and 12 hold the three): "
                 "students.mismatch. Item 10 (TYPED, 学号 first, no 序号, a merged head `任务评分（满分）` over the parts with "
                 "the maxima in brackets): 刘梓睿 has 42 under `设备配置（35）`: records.invalid_score. No roster"),
    dict(school="大庆市百湖技师学院", pack="gbkzip", region="dq", course="care", cls="照护2301班", size=45, seed=31,
         sidp="23230529", students=["姜雨萌", "隋文静", "鞠晓彤"], extra_class=["曲佳琪"], bad={"曲佳琪": "sum"},
         drop_one=True, teachers=["宫秀梅", "邢立新"], form_count="45",
         f8="case_head", f10="gender_pages", f11="careplan_scan", f12="shake_photo2",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "曲佳琪")],
         comment="item 10 (scanned 200 dpi gray, two punched holes, two pages with `第1页 共2页`, a 性别 column) has 44 rows; the "
                 "form says `班级人数 | 45`: records.count_mismatch (no roster, so no student can be named). 曲佳琪's 总分 is 5 "
                 "below the sum of her parts: records.invalid_score. The elderly clients are named only as 张奶奶, 刘爷爷 "
                 "(not students)"),
    dict(school="大庆市百湖技师学院", pack="gbkzip", region="dq", course="shop", cls="电商2402班", size=39, seed=32,
         sidp="24230603", students=["佟欣然", "关子健", "于梦瑶"], teachers=["姚丽华", "高振宇"], form_count="39",
         f8="phone_ws", f10="abc_remarks", f11="design_typed", f12="ukai_punch", findings=[],
         comment="clean. Item 10 (TYPED) has letter grades A/B/C beside the 总分 and a 备注 column (`班长`, `学习委员`, `团支书`). "
                 "Item 8: worksheets photographed with a phone (a slight motion blur). Form `39` (no unit)"),
]

PROVINCE = {1: "湖北省十堰市", 2: "江苏省泰州市", 3: "黑龙江省大庆市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 十堰: "08-工作页.pdf"
        return "%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 泰州: "8、工作页.pdf"
        return "%d、%s.pdf" % (n, NAMES[n])
    return "%02d．%s.pdf" % (n, NAMES[n])   # 大庆: "08．工作页.pdf" (a full-width full stop)


def form_name(s, c):
    return {1: ("工学一体化优质课堂项目申报书（%s）.docx" % c["major"], "docx"),
            2: ("附件2 申报书-%s.pdf" % c["course"], "pdf"),
            3: ("申报书（%s）.docx" % c["code"], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.6cm 1.6cm")
    extra = " p{margin-top:0;margin-bottom:3pt}" if compact else " p{margin-top:0;margin-bottom:4pt}"
    return ('<html><head><meta charset="utf-8"><style>@page{%s}%s body{font-family:"%s";font-size:%s}</style></head><body>\n%s\n'
            '</body></html>\n' % (page, extra, font, size, body))


PB = '<p style="page-break-before:always"></p>'
BLUE, BLACK = "#1d2f6b", "#151515"
RED = 'style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:13pt"'


def hand(x, small=False, ink=BLUE):
    return '<span style="font-family:\'AR PL UKai CN\';color:%s;font-size:%s">%s</span>' % (ink, "13pt" if small else "15pt", x)


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


# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 十堰: two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])],
                [("课程名称", c["course"]), ("学　　时", "%d学时" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])],
                [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        out = []
        for r in rows:
            out.append("<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P)
                                              for a, b in r))
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out)
    elif g == 2:   # 泰州: one label/value pair a row
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课地点", c["station"])]
        info = tbl([[("<b>%s</b>" % a, ' width="28%"'), (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 大庆: the basic information as lines with colons, the team as a table
        info = "".join("<p>%s：%s</p>" % (a, b) for a, b in [
            ("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
            ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学　　时", "%d" % c["hours"])])
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂以真实工作任务为载体，按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈组织教学。学生分组领取任务单，查阅资料后制定计划，经教师审核确定方案并实施，教师全程巡视指导，任务完成后进行成果展示和多元评价。</p>
<h3>五、建设成效</h3><p>任务来源于{prov}合作企业，学生在真实情境中完成工作，专业能力和职业素养明显提升。</p>
<h3>六、承诺</h3><p>本单位承诺所报材料真实有效，不存在知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程为{major}专业工学一体化核心课程，依据国家课程标准，结合{prov}行业企业岗位要求进行校本转化。\n二、学习任务设置\n本学期实施“{task}”，计{hours}学时。\n三、考核评价\n采用过程性评价与终结性评价相结合的方式。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作流程\n接受任务—制定计划—组织实施—检查验收—评价反馈。",
    3: "{school}\n{task}　教学活动策划\n活动一　获取信息，明确任务\n活动二　制定计划，做出决策\n活动三　实施计划，过程控制\n活动四　成果展示，评价反馈",
    4: "{school}\n{course}教学进度计划（{hours}学时）\n第1周　任务导入与信息收集\n第2周　计划制定与审核\n第3周　任务实施\n第4周　检查评价与总结",
    5: "{school}\n{task}教学活动方案\n第1学时　创设情境，下达任务\n第2—3学时　引导问题学习\n第4学时起　分组实施，巡回指导，成果展示与评价",
    6: "{school}\n学习任务资源及清单\n工作页、企业作业规范、微课视频、{station}设备与耗材清单、评价表。",
    7: "{school}\n{station}图文说明\n工作站设资讯区、计划区、实施区、展示评价区，可同时容纳两个教学班。",
    9: "{school}\n{task}考核方案\n考核包括过程考核和终结性考核，成绩由任课教师记入学习任务考核记录，按百分制计。",
}


def mark(rng):
    return rng.choice(["√", "√ 对", "√ 正确", "√ 好", "√ 要点齐全", "√ 5分", "√ 清楚", "√ 10分", "√ 可以", "√ 8分"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 7 + k * 3) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "27"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def eval_table(t, i):
    """The self / group / teacher assessment box at the foot of a worksheet."""
    g = ["A", "B", "A", "A"]
    return tbl([["评价项目", "自评", "组评", "师评"],
                ["任务完成", hand(g[i % 4], True), hand(g[(i + 1) % 4], True), hand(g[(i + 2) % 4], True, "#c0251a")],
                ["安全规范", hand("A", True), hand(g[(i + 3) % 4], True), hand("A", True, "#c0251a")],
                [("教师签名：%s" % t[0], ' colspan="4" align="right"')]], width="70%", pad="1px 4px")


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "table_head":   # 班级 | … | 姓名 | … | 学号 | … as one row of a table above the title
            head = tbl([["班级", hand(cl, True), "姓名", hand(n), "学号", hand(sid, True)]], pad="3px 4px")
            body = head + title + sit + answers(c, rng, i) + eval_table(t, i)
        elif f == "line_head":   # 姓名：＿ 班级：＿ 学号：＿ 组别：＿ and a process card
            head = '<p>姓名：<u>%s</u>　班级：<u>%s</u>　学号：<u>%s</u>　组别：<u>%s</u></p>' % (
                hand(n), hand(cl, True), hand(sid, True), hand("第%d组" % (i + 2), True))
            card = tbl([["工序", "内容", "刀具", "转速 r/min"], ["1", hand("车端面、钻中心孔", True), "T01", hand("800", True)],
                        ["2", hand("粗车外圆台阶", True), "T01", hand("600", True)], ["3", hand("精车外圆", True), "T02", hand("1200", True)]],
                       width="90%", pad="1px 4px")
            body = '<p style="font-size:9pt">%s　%s</p>' % (s["school"], c["course"]) + head + title + sit + card + answers(c, rng, i) + \
                '<p>教师评分：<span %s>%d</span>　　评阅教师：%s</p>' % (RED, 86 + i * 3, t[0])
        elif f == "name_line_color":   # 学生姓名 and 学号 on the line under the title, a list of ingredients
            head = '<p>学生姓名：%s　　学号：%s　　班级：%s</p>' % (hand(n), hand(sid, True), cl)
            mat = tbl([["原料", "用量", "领料"], ["青鱼肉", "500克", hand("√", True)], ["猪肥膘", "100克", hand("√", True)],
                       ["荸荠、蛋清、葱姜水", "适量", hand("√", True)]], width="60%", pad="1px 4px")
            body = title + head + sit + mat + answers(c, rng, i) + '<p>指导教师：%s　　日期：%s</p>' % (t[0], day(s, i))
        elif f == "table_head4":   # a 2x4 head table
            head = tbl([["学生姓名", hand(n), "班　　级", cl], ["学　　号", hand(sid, True), "日　　期", hand(day(s, i), True)]], pad="3px 4px")
            body = title + head + sit + answers(c, rng, i) + eval_table(t, i)
        elif f == "device_head":   # a head with 专业 班级 姓名 学号, a device list
            head = tbl([["专业", "计算机网络应用", "班级", cl], ["姓名", hand(n), "学号", hand(sid, True)]], pad="2px 4px")
            dev = tbl([["设备", "型号", "数量"], ["三层交换机", "S5720", hand("1", True)], ["二层交换机", "S2700", hand("3", True)],
                       ["网络摄像头", "IPC-200", hand("12", True)]], width="60%", pad="1px 4px")
            body = title + head + sit + dev + answers(c, rng, i) + '<p>成绩：<span %s>%s</span>　　教师：%s</p>' % (RED, ["优", "良", "优"][i % 3], t[0])
        elif f == "case_head":   # 班级 姓名 学号 日期 on one line, a case card naming the elderly client only as 张奶奶
            head = '<p>班级：%s　姓名：%s　学号：%s　日期：%s</p>' % (hand(cl, True), hand(n), hand(sid, True), hand(day(s, i)[5:], True))
            case = tbl([[("<b>案例</b>　照护对象：%s，%d岁，脑梗死后左侧肢体偏瘫，长期卧床，骶尾部皮肤发红。" % (["张奶奶", "刘爷爷", "张奶奶"][i], 81 + i),
                          ' align="left"')]], pad="4px 6px")
            body = title + head + case + sit + answers(c, rng, i) + '<p>评阅：<span %s>%s</span>　%s</p>' % (RED, ["良好", "优秀", "良好"][i], t[0])
        elif f == "phone_ws":   # a worksheet with 姓名 班级 学号 in a head line, photographed
            head = '<p>姓名 <u>%s</u>　　班级 <u>%s</u>　　学号 <u>%s</u></p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + '<p>得分：<span %s>%d</span>　　教师签字：%s</p>' % (RED, 88 + 2 * i, t[0])
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"table_head": "x-scanpdf:250:punch", "line_head": "x-scanpdf:200:streak", "name_line_color": "x-scanpdf:200:color",
            "table_head4": "x-scanpdf:200:marker", "device_head": "x-scanpdf:250:punch", "case_head": "x-scanpdf:200:streak",
            "phone_ws": "x-scanpdf:200:photo:shake"}[f]
    font = {"line_head": "Noto Sans CJK SC", "device_head": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font, compact=True, page="margin:1.2cm 1.5cm"), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.97):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "中等" if x >= 70 else "及格" if x >= 60 else "不及格"


def head10(s, c, title):
    return ('<p style="text-align:center;font-size:13pt"><b>%s</b></p><p>学校：%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>任课教师（签字）：%s　　　　教学部主任（签字）：%s　　　　日期：%s</p>" % (t[0], t[1], day(s, 12))
    if f == "merged_grade":   # a merged head: 过程考核（60分） over three parts, 终结性考核（40分）, 总分, 等级
        parts = [("安全防护", 20), ("故障诊断", 25), ("检测记录", 15), ("修复与路试", 40)]
        out = ['<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' rowspan="2" align="center"', pad), td("<b>学号</b>", ' rowspan="2" align="center"', pad),
                                          td("<b>姓名</b>", ' rowspan="2" align="center"', pad), td("<b>过程考核（60分）</b>", ' colspan="3" align="center"', pad),
                                          td("<b>终结性考核<br/>（40分）</b>", ' colspan="1" align="center"', pad),
                                          td("<b>总分</b>", ' rowspan="2" align="center"', pad) + td("<b>等级</b>", ' rowspan="2" align="center"', pad)),
               trow(["<b>%s<br/>（%d分）</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 23
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>注：总分＝过程考核＋终结性考核；90分以上优秀，80—89良好，70—79中等，60—69及格。</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "weighted_fax":   # 自评 20% / 互评 30% / 师评 50%, each of 100, 总评 the weighted sum
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号", "自评（20%）", "互评（30%）", "师评（50%）", "总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b, m = rng.randint(75, 98), rng.randint(70, 95), rng.randint(62, 96)
            tot = round(0.2 * a + 0.3 * b + 0.5 * m, 1)
            out.append(trow([str(k + 1), n, sid_of(s, n), str(a), str(b), str(m), "%.1f" % tot, grade(tot)], pad))
        body = (head10(s, c, "学生学习任务评价表") + "<p>评价方式：自评、互评、师评均按百分制评分，总评＝自评×20%＋互评×30%＋师评×50%。</p>" +
                table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:mono:streak"
    if f == "heji_marker":   # parts, then 合计 (the total)
        parts = [("原料初加工", 20), ("制茸", 20), ("成形", 20), ("煎制火候", 30), ("装盘与卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["合计"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (4 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:marker"
    if f == "two_row_head":   # 考核项目 over the parts, 总分 等级 备注 with rowspan
        parts = [("托盘", 15), ("摆台", 35), ("斟酒", 20), ("服务礼仪", 20), ("卫生", 10)]
        out = ['<tr>%s%s%s%s</tr>' % (td("<b>序号</b>", ' rowspan="2" align="center"', pad), td("<b>学号</b>", ' rowspan="2" align="center"', pad),
                                      td("<b>姓名</b>", ' rowspan="2" align="center"', pad),
                                      td("<b>考核项目（分值）</b>", ' colspan="5" align="center"', pad) +
                                      td("<b>总分</b>", ' rowspan="2" align="center"', pad) + td("<b>等级</b>", ' rowspan="2" align="center"', pad)),
               trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.66, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300"
    if f == "sid_first":   # 学号 first, no 序号, 任务评分（满分） over the parts
        parts = [("需求分析", 15), ("地址规划", 20), ("设备配置", 35), ("测试验收", 20), ("文档规范", 10)]
        out = ['<tr>%s%s%s%s</tr>' % (td("<b>学号</b>", ' rowspan="2" align="center"', pad), td("<b>姓名</b>", ' rowspan="2" align="center"', pad),
                                      td("<b>任务评分（满分）</b>", ' colspan="5" align="center"', pad),
                                      td("<b>总分</b>", ' rowspan="2" align="center"', pad)),
               trow(["<b>%s（%d）</b>" % p for p in parts], pad)]
        for n in sorted(rec, key=lambda x: sid_of(s, x)):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 42
            out.append(trow([sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "gender_pages":   # 性别, two pages, page footers
        parts = [("风险评估", 20), ("翻身照护", 25), ("体位转移", 30), ("沟通与指导", 15), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s<br/>%d分" % p for p in parts] + ["总分", "等级"]], pad)]
        rg = random.Random(s["seed"] * 77)
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (5 if bad.get(n) == "sum" else 0)
            sex = s["sex"][n]
            out.append(trow([str(k + 1), sid_of(s, n), n, sex] + [str(x) for x in v] + [str(tot), grade(tot)], "3px 3px"))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>考评员：%s、%s　　　　复核：%s</p>" % (t[0], t[1], t[0])
        return "10.html", html(body, "10pt", compact=True, page="margin:1.4cm 1.5cm"), "x-scanpdf:200:punch"
    if f == "abc_remarks":   # letter grades beside the total and a 备注 column with class offices
        parts = [("竞品分析", 15), ("图片拍摄处理", 25), ("主图设计", 30), ("详情页设计", 30)]
        offices = {0: "班长", 5: "学习委员", 11: "团支书", 20: "宣传委员"}
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            tt = sum(v)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tt), "A" if tt >= 85 else "B" if tt >= 70 else "C",
                                                                                 offices.get(k, "")], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + "<p>等级：A（85分及以上）　B（70—84分）　C（69分及以下）</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    meth = "pdf"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "cover_scan":   # a cover per student's work: 作品名称 学生姓名 班级 学号 指导教师
            meth = "x-scanpdf:200"
            parts.append('<p style="height:60pt"></p><h1 style="text-align:center">学生作品</h1>' +
                         tbl([["作品名称", "变速器输入轴"], ["学生姓名", n], ["班　　级", cl], ["学　　号", sid], ["指导教师", t[0]],
                              ["完成日期", day(s, 30 + i)]], width="60%", pad="8px 8px"))
            parts.append("<h3>%s</h3>" % c["outputs"][2][0] +
                         tbl([["检测项目", "图纸要求", "实测值", "结论"], ["Φ30外圆", "30 -0.021", "29.99", "合格"], ["Φ25外圆", "25 -0.021", "24.98", "合格"],
                              ["总长", "185±0.1", "185.04", "合格"], ["M20×1.5螺纹", "环规检测", "通端过止端止", "合格"]], width="90%", pad="3px 4px") +
                         "<p>检测人：%s　　　　复检：%s</p>" % (n, t[1]))
            continue
        if f == "careplan_scan":
            meth = "x-scanpdf:250:marker"
        if f == "plan_scan":
            meth = "x-scanpdf:200:punch"
        if f == "config_typed":   # a cover with 学生：<name>, then the documents
            parts.append('<p style="height:80pt"></p><h1 style="text-align:center">%s</h1><p style="text-align:center;font-size:14pt">学生：%s</p>'
                         '<p style="text-align:center;font-size:14pt">班级：%s　　学号：%s</p>' % (c["task"], n, cl, sid))
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "report_typed":   # a test report, 检测人 in its head table
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车牌号", "鄂C·D%05d" % (31207 + 1111 * i), "车型", "纯电动轿车"], ["检测人", n, "班级", cl],
                                  ["检测设备", "绝缘电阻测试仪（1000V档）", "日期", day(s, 30 + i)],
                                  ["检测结论", (desc, ' colspan="3" align="left"')], ["审核", t[j % 2], "成绩", ["优", "良", "优"][(i + j) % 3]]],
                                 width="92%", pad="4px 5px"))
            elif f == "dish_typed":   # a dish card: 作品名称 / 制作人, a photo box
                parts.append('<h3>%s</h3>' % title +
                             tbl([["作品名称", "溱潼鱼饼" if j != 2 else "溱潼鱼饼成本核算", "制作人", n], ["班级", cl, "学号", sid],
                                  [('<span style="color:#888888">（作品照片）</span>', ' colspan="4" height="150"')],
                                  ["作品说明", (desc, ' colspan="3" align="left"')]], width="90%", pad="4px 5px"))
            elif f == "plan_scan":   # a banquet design plan, 设计者
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:right">设计者：%s　　%s</p>' % (title, n, cl) +
                             "<p>一、主题：凤城河韵</p><p>二、台面：十人位圆台，直径一百八十厘米，转盘中央摆放主题花。</p><p>三、要点：%s</p>" % desc +
                             tbl([["项目", "标准", "完成"], ["台布", "正面朝上，十字居中", "√"], ["骨碟", "距桌边一点五厘米", "√"], ["餐巾花", "主位花型突出", "√"]],
                                 width="70%"))
            elif f == "config_typed":   # the configuration documents
                parts.append('<h3>%s</h3>' % title +
                             tbl([["VLAN", "名称", "网段", "网关"], ["10", "Office", "192.168.10.0/24", "192.168.10.254"],
                                  ["20", "Store", "192.168.20.0/24", "192.168.20.254"], ["30", "Camera", "192.168.30.0/24", "192.168.30.254"]], width="80%") +
                             '<p style="font-family:\'DejaVu Sans Mono\';font-size:8.5pt">[Core]vlan batch 10 20 30 40<br/>[Core]interface Vlanif%d<br/>'
                             '[Core-Vlanif%d]ip address 192.168.%d.254 24</p><p>%s　　完成人：%s</p>' % (10 * (j + 1), 10 * (j + 1), 10 * (j + 1), desc, n))
            elif f == "careplan_scan":   # a care plan: 照护员（学生） and the elderly client
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", "%s（%d岁）" % (["张奶奶", "刘爷爷", "张奶奶"][i], 81 + i), "照护员（学生）", n],
                                  ["班级", cl, "日期", day(s, 30 + i)], ["Braden评分", str(11 + j), "风险等级", "高度危险" if j == 0 else "中度危险"],
                                  ["照护措施", ("%s骶尾部垫减压垫，保持床单平整干燥。" % desc, ' colspan="3" align="left"')],
                                  ["指导教师", t[j % 2], "家属签字", "（已签）"]], width="92%", pad="4px 5px"))
            elif f == "design_typed":   # design sheets, 设计 in the caption
                parts.append('<h3>%s</h3><table width="90%%" style="border-collapse:collapse"><tr><td height="170" bgcolor="#f3ead7" align="center" '
                             'style="border:1pt solid #999;color:#8a6d3b">[ 设计稿：%s ]</td></tr></table>'
                             '<p style="font-size:9.5pt">设计：%s（%s）　　%s</p>' % (title, title, n, cl, desc))
            else:
                raise SystemExit(f)
    font = {"config_typed": "Noto Sans CJK SC", "design_typed": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "11.html", html(PB.join(parts), "10.5pt", font=font), meth


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
        end = ["! 阅 %s　%s" % (t[0][0] + "老师", day(s, 20 + i)[5:])]
        if f in ("shake_photo", "shake_photo2"):
            head = ["%s　课后作业" % c["course"], "姓名：　　　　　　班级：", "> %s　　　%s" % (n, cl)]
        elif f == "hand_page":
            head = ["课后作业（%s）" % c["course"], "班级 %s　姓名 %s　学号 %s" % (cl, n, sid)]
        elif f == "plain_photo":
            head = ["淮扬风味热菜　课后作业", "> 班级：%s　姓名：%s" % (cl, n)]
        elif f == "wenkai_page":
            head = ["中餐宴会设计与服务　课后作业", "学生姓名：%s　　学号：%s" % (n, sid)]
        elif f == "print_hand_marker":
            head = ["课后作业　%s" % c["task"], "> 姓名：%s　学号：%s　%s" % (n, sid, cl)]
        elif f == "ukai_punch":
            head = ["网店视觉营销设计　课后作业", "%s　%s　%s" % (cl, sid[-2:] + "号", n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"shake_photo": "x-photo:200:1:shake", "hand_page": "x-scan:200:3", "plain_photo": "x-photo:200:1",
            "wenkai_page": "x-scan:250:4:streak", "print_hand_marker": "x-scan:200:1:marker", "shake_photo2": "x-photo:200:2:shake",
            "ukai_punch": "x-scan:200:3:color:punch"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "xlsx_parents":   # 序号 | 学号 | 姓名 | 性别 | 家长姓名 | 联系电话 | 宿舍
        rows = [["%s%s学生花名册" % (s["school"], s["cls"])] + [""] * 6, ["序号", "学号", "姓名", "性别", "家长姓名", "联系电话", "宿舍"]]
        rr = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, s["sex"][n], s["parents"][n], "1%d%08d" % (rr.choice([35, 39, 57, 86, 88]), rr.randint(0, 99999999)),
                         "%d栋%d" % (3 + j // 20, 201 + (j % 20) // 6)])
        rows.append(["班主任：%s　　共%d人（男生%d人，女生%d人）" % (s["headteacher"], len(k), sum(1 for n in k if s["sex"][n] == "男"),
                                                       sum(1 for n in k if s["sex"][n] == "女"))] + [""] * 6)
        n = len(rows)
        write(os.path.join(d, "roster.json"), json.dumps({"sheet": "花名册", "rows": rows, "merges": ["A1:G1", "A%d:G%d" % (n, n)]},
                                                         ensure_ascii=False, indent=0))
        man.append("roster.json\t%s学生花名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
        return
    if r == "pdf_table":   # a typed table PDF: 序号 学号 姓名 性别 职务, two columns of students
        half = (len(k) + 1) // 2
        hd = ["序号", "学号", "姓名", "性别"]
        out = ["<tr>%s<td width=\"10\"></td>%s</tr>" % ("".join(td("<b>%s</b>" % x, ' align="center"') for x in hd),
                                                        "".join(td("<b>%s</b>" % x, ' align="center"') for x in hd))]
        for j in range(half):
            a = [str(j + 1), sid_of(s, k[j]), k[j], s["sex"][k[j]]]
            b = [str(j + half + 1), sid_of(s, k[j + half]), k[j + half], s["sex"][k[j + half]]] if j + half < len(k) else [""] * 4
            out.append('<tr>%s<td width="10"></td>%s</tr>' % ("".join(td(x, ' align="center"') for x in a), "".join(td(x, ' align="center"') for x in b)))
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                table(out) + "<p>班主任：%s　　　　全班共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "10pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    raise SystemExit(r)


FEMALE = set("彤萱怡琪慧萌静晴涵馨嫣萱汐懿瑶菲婷雯悦琳楠敏洁雨")


def sex_of(n):
    return "女" if n[-1] in FEMALE else "男"


PARENT_GIVEN = "建国 志强 红梅 秀英 国庆 春燕 德明 桂芳 永红 海军 玉兰 卫东 丽萍 金山 凤英 长江 翠华 建新 明华 小红".split()


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Twenty-ninth held-out people corpus (testdata/heldout29), the format of testdata/heldout21/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = ["张奶奶", "刘爷爷"]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    for n in all_teachers + all_planted:
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
        for b in all_teachers:
            if near(a, b):
                raise SystemExit("planted %s is near %s" % (a, b))
    for i, a in enumerate(all_planted):
        for b in all_planted[i + 1:]:
            if near(a, b):
                raise SystemExit("planted %s is near planted %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 29)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        s["sex"] = {n: sex_of(n) for n in s["klass"]}
        if "{boys}" in s["form_count"]:   # the form gives boys and girls as the class list has them
            s["form_count"] = s["form_count"].format(boys=sum(1 for n in s["klass"] if s["sex"][n] == "男"),
                                                     girls=sum(1 for n in s["klass"] if s["sex"][n] == "女"))
        if s.get("parents"):
            pr = random.Random(s["seed"] * 31)
            s["parents"] = {}
            for n in s["klass"]:
                while True:
                    p = n[0] + pr.choice(PARENT_GIVEN)
                    if p not in USED_BEFORE and p not in s["klass"] and not any(near(p, x) for x in s["klass"] + all_teachers):
                        break
                s["parents"][n] = p
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        if s.get("drop_one"):   # a student without an item-10 row, unnamed anywhere (no roster)
            cand = [n for n in rec if n not in fixed]
            s["dropped"] = cand[len(cand) // 2]
            rec.remove(s["dropped"])
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec)), (11, item11(s, c, items[11])),
                                  (12, item12(s, c, items[12]))):
            write(os.path.join(d, nm), tx)
            man.append("%s\t%s\t%s\titem\t%d" % (nm, file_name(s, n), meth, n))
            meths[n] = meth
        if s["f10"] == "gender_pages":   # a page footer on every page of the register (heldout15's overlay)
            write(os.path.join(d, "10.html.ovl.json"), json.dumps({"pages": 0, "items": [
                {"type": "footer", "center": "第{n}页　共{N}页", "size": 9, "y": 0.965}]}, ensure_ascii=False, indent=1))
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
        fct = {1: "班级人数 | %s", 2: "班级人数 | %s", 3: "班级人数：%s"}[grp(s)] % s["form_count"]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s["size"], "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "roster_parents": s["parents"] if s.get("parents") else {},
            "outsiders": s.get("outsiders", {}),
            "others_named": ["张奶奶", "刘爷爷"] if s["course"] == "care" else [],
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {"item10_without_row": s["dropped"]} if s.get("dropped") else {},
            "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
