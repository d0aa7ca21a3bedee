#!/usr/bin/env python3
"""Write the sources of the twenty-sixth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it; no test was run). Seven submissions of three invented
schools in 日喀则 (Tibet), 儋州 (Hainan) and 海东 (Qinghai).

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
# every earlier corpus with a truth file (heldout24 and heldout25 included: only
# their names are compared, their sources are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 26)] + ["othertools"]

# 日喀则: Tibetan names written in Chinese characters, two parts of two
# characters each (about four in five students), and Han students.
TIB_A = "次仁 扎西 格桑 旦增 普布 尼玛 达瓦 白玛 索朗 拉巴 边巴 多吉 洛桑 平措 德吉 次旦 巴桑 米玛 顿珠 强巴 嘎玛 贡觉 益西 朗杰".split()
TIB_B = "卓玛 央金 曲珍 拉姆 措姆 旺堆 罗布 群培 益西 贡布 旺姆 德庆 卓嘎 玉珍 仓决 桑珠 欧珠 次吉 普赤 白珍 琼达 达娃 边觉 顿珠".split()
SURNAMES = {
    "rkz": list("王李张陈刘杨赵周"),
    "dz": list("符王陈吴林李羊邢云韩郑冯黎唐谢钟"),     # 儋州: 符 羊 邢 云 are Hainan names
    "hdo": list("马韩冶祁李鲁喇星吕朱赵张王陶汪白"),   # 海东: 冶 喇 (Hui, Salar), 祁 星 吕 (Tu)
}
# given names: 儋州 in the fashion of the students' birth years; 海东 plain,
# northwestern; the Han students of 日喀则 drawn from both
GIVEN = {
    "dz": ("梓轩 浩然 雨桐 欣怡 俊熙 宇航 思彤 佳琪 锦程 诗涵 家豪 晓琳 语桐 浩宇 子墨 柏宇 若曦 泽楷 一诺 思源 "
           "嘉欣 晨曦 奕辰 诗雨 沐阳 梓萱 乐怡 子轩 海燕 启航 晓彤 嘉豪 心怡 博文 雅婷 志豪 俊杰 芷晴 承恩 明哲 "
           "椰青 海帆 南星 航远 思琦 慧敏 静怡 冠霖 润发 宏达 晓岚 映雪 少华 楚凡 凯文 铭轩 潇然 天宇 怀远 丽珊 "
           "秋菊 美娟 泳仪 家乐 国强 振宇 绍南 尔雅 文轩 宝儿 小曼 卓伦 靖雯 晓东 亚楠 培源 昕妍 凤仪 善文 越洋").split(),
    "hdo": ("永福 有成 海龙 建忠 秀兰 玉梅 金花 占英 福海 德龙 生林 成虎 国栋 得才 正清 文斌 小燕 翠兰 志鹏 彦军 "
            "学林 万里 春梅 桂英 宏伟 世英 忠孝 生财 存良 兴邦 守业 玉成 发祥 梅英 青兰 富贵 长青 雪莲 积善 进财 "
            "尕娃 索南 才让 麦燕 艳萍 晓霞 彩霞 维军 生龙 占山 满堂 福元 文龙 得录 永清 海宁 有德 金梅 兰芳 建宁 "
            "存孝 秀珍 正荣 国庆 海军 永寿 长春 满仓 维华 登科 晓红 鹏飞 振江 德寿 学军 明义 宗礼 生秀 正福 金莲").split(),
}
GIVEN["rkz"] = GIVEN["dz"][::3] + GIVEN["hdo"][1::3]


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
    return names, "\n".join(texts)


USED_BEFORE, EARLIER_TEXT = earlier_strings()
TAKEN = set()


def bare(a):
    return a.replace("·", "")


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, region):
    if region == "rkz" and rng.random() < 0.8:
        a = rng.choice(TIB_A)
        b = rng.choice([x for x in TIB_B if x != a])
        return a + b
    return rng.choice(SURNAMES[region]) + rng.choice(GIVEN[region])


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or name in USED_BEFORE or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "yak": dict(major="烹饪(中式烹调)", code="0501", course="高原风味面点制作", task="日喀则牦牛肉包子制作与出品",
   hours=12, station="中式面点一体化学习工作站",
   situation="日喀则一家藏餐馆的牦牛肉包子很受游客欢迎，店里要培训新员工。厨师长请烹饪班学员学习高原地区发面、调馅和蒸制的要领，按店里的标准包出十八个褶的牦牛肉包子，控制好蒸制时间，完成出品并记录每一笼的情况。",
   qs=[("引导问题1 高原上发面为什么比平原快、蒸包子为什么要延长时间？", ["气压低，面团里的气体容易膨胀，发面快；水的沸点低，要延长蒸制时间才能蒸熟。", "气压低发得快，沸点低要多蒸。", "水不到一百度就开了，要多蒸几分钟。"]),
       ("引导问题2 牦牛肉馅怎样调才不干？", ["牦牛肉瘦肉多，要分次打水，加一点牛油和洋葱，馅才多汁。", "分次打水，加牛油。", "加洋葱和牛油。"])],
   hw=[("1. 包子褶子为什么要捏十八个？", ["褶子均匀好看，收口严密，蒸的时候不漏汤。", "好看，不漏汤。", "收口严。"]),
       ("2. 蒸好的包子怎样判断熟了？", ["按一下表面能回弹，不粘手，馅心中心温度到七十度以上。", "能回弹，不粘手。", "中心温度够。"])],
   outputs=[("牦牛肉包子", "十八个褶，大小一致。"), ("糌粑馍馍", "口感松软。"), ("酥油煎包", "底部金黄。")]),
 "care": dict(major="健康与社会照护", code="0529", course="高原老年人健康照护", task="高原社区老人血氧与血压监测及照护记录",
   hours=14, station="健康照护一体化学习工作站",
   situation="日喀则一个社区日间照料中心接收了一批患有高血压的老人，高原缺氧让老人容易头晕、气短。照料中心请照护班学员为老人测量血压、血氧和脉搏，观察高原反应的表现，做好吸氧照护和健康宣教，并规范填写照护记录。",
   qs=[("引导问题1 测血压前老人要休息多久？为什么？", ["安静休息五分钟以上，活动后血压偏高，测出的值不准。", "休息五分钟。", "活动后血压高，不准。"]),
       ("引导问题2 血氧饱和度低于多少要报告？", ["在本地高原一般低于百分之八十五并有头晕气短时，要报告医生并给予吸氧。", "低于八十五要报告。", "报告医生，吸氧。"])],
   hw=[("1. 给老人吸氧时要注意什么？", ["远离火源，氧流量按医嘱，鼻导管固定好，观察老人面色和呼吸。", "远离火源，按医嘱调流量。", "观察面色呼吸。"]),
       ("2. 怎样向老人讲解低盐饮食？", ["用老人听得懂的话，说清每天盐不超过五克，少吃风干肉和咸酥油茶。", "每天盐不超过五克。", "少吃咸的。"])],
   outputs=[("血压血氧监测照护记录", "血氧百分之八十八，血压偏高。"), ("吸氧照护记录", "吸氧二十分钟后血氧上升。"), ("健康宣教记录", "老人能复述低盐饮食要点。")]),
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="团队宾客接待服务", task="东坡书院研学团队客房预订与入住接待",
   hours=16, station="酒店前厅服务一体化学习工作站",
   situation="暑假期间，一所中学的研学团队要到儋州参观东坡书院，在学校合作的酒店住三晚。前厅部经理请酒店班学员核对团队订单，分配客房，制作分房表和房卡，完成团队到店的入住登记和行李服务，并向领队说明安全须知。",
   qs=[("引导问题1 接团队订单时要核对哪些内容？", ["团队名称、人数、男女比例、入住和离店日期、房型房数、用餐和付款方式。", "人数、房型、日期、付款。", "男女比例和房数。"]),
       ("引导问题2 研学团有未成年人，分房时要注意什么？", ["同性别同房，带队老师住在学生房间附近，楼层集中，方便照看。", "同性别同房，老师住附近。", "楼层集中。"])],
   hw=[("1. 团队入住为什么要提前制作房卡？", ["团队人多同时到店，提前做好房卡和分房表能缩短等候时间。", "缩短等候时间。", "人多，提前准备。"]),
       ("2. 入住登记时怎样核验未成年人的证件？", ["核验身份证或户口本，登记监护人或带队老师的信息和联系电话。", "核验证件，登记带队老师。", "登记监护人电话。"])],
   outputs=[("团队客房预订确认单", "共预订标准间二十一间。"), ("团队分房表确认单", "男生住五楼，女生住六楼。"), ("团队离店结账确认单", "押金已退还领队。")]),
 "nev": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车高压安全与绝缘检测", task="环岛旅游公路网约车动力电池绝缘故障检测",
   hours=18, station="新能源汽车检测一体化学习工作站",
   situation="海南环岛旅游公路上跑的一辆纯电动网约车，雨天行驶后仪表报绝缘故障，车辆限功率。维修站请新能源班学员做好高压防护，下电并验电，用绝缘电阻测试仪分段测量动力电池、高压线束和电机控制器的绝缘电阻，找到受潮的部位并处理，填写检测报告。",
   qs=[("引导问题1 测绝缘电阻前为什么要先下电验电？", ["防止高压触电，也防止测试仪的高压损坏车上的控制器。", "防止触电。", "先断电再验电，确认无电。"]),
       ("引导问题2 绝缘电阻低于多少判为故障？", ["一般低于每伏一百欧，或按厂家手册规定的数值，就判为绝缘故障。", "低于每伏一百欧。", "看厂家手册。"])],
   hw=[("1. 为什么雨天后容易报绝缘故障？", ["高压插接件密封不好时进水受潮，绝缘电阻下降。", "插接件进水受潮。", "密封不好。"]),
       ("2. 兆欧表测试电压怎样选？", ["按被测部件的额定电压选，动力电池系统一般用五百伏或一千伏档。", "按额定电压选。", "用五百伏档。"])],
   outputs=[("动力电池绝缘检测报告", "总正对地绝缘电阻偏低。"), ("高压线束绝缘检测报告", "后舱插接件受潮。"), ("修复后复检报告", "绝缘电阻恢复正常。")]),
 "wifi": dict(major="计算机网络应用", code="0301", course="无线局域网组建与优化", task="滨海度假酒店无线网络覆盖勘测与AP部署",
   hours=16, station="网络工程一体化学习工作站",
   situation="儋州海边一家度假酒店的客人反映客房和泳池边的无线网络时断时续。酒店信息部请网络班学员带着测试软件做现场勘测，画出信号热力图，找出覆盖盲区和同频干扰，重新规划AP的位置和信道，完成安装配置并测试漫游。",
   qs=[("引导问题1 为什么相邻AP的信道不能相同？", ["相同信道会同频干扰，客户端争抢信道，速率下降甚至掉线。", "同频干扰。", "会抢信道，掉线。"]),
       ("引导问题2 勘测时要记录哪些数据？", ["各点的信号强度、信噪比、信道占用和周围的干扰源。", "信号强度和信噪比。", "信道和干扰源。"])],
   hw=[("1. 海边的AP为什么要选防护等级高的？", ["海边空气潮湿、含盐，室外AP要防水防盐雾，否则容易腐蚀。", "防水防盐雾。", "潮湿易腐蚀。"]),
       ("2. 怎样测试漫游是否正常？", ["拿手机边走边长时间拨测，看切换AP时是否断流和丢包。", "边走边拨测。", "看是否丢包。"])],
   outputs=[("客房区无线勘测报告", "发现三处覆盖盲区。"), ("泳池区AP部署方案", "调整为室外定向天线。"), ("漫游测试报告", "切换时延小于五十毫秒。")]),
 "flange": dict(major="数控加工(数控车工)", code="0106", course="盘类零件数控车削加工", task="高原重卡驱动桥输出法兰盘数控车削",
   hours=18, station="数控车削一体化学习工作站",
   situation="海东一家汽车配件厂为高原运输用的重型卡车生产驱动桥输出法兰盘，订单急，要实训班协助加工一批。车间主任请数控班学员读懂零件图，制定加工工艺，编写数控程序，装夹找正后车削外圆、端面和止口，并用量具检验，填写产品流转卡。",
   qs=[("引导问题1 法兰盘止口为什么要求同轴度？", ["止口与传动轴定位配合，同轴度差会引起传动轴振动和异响。", "定位配合，防振动。", "同轴度差会振动。"]),
       ("引导问题2 车端面时为什么要从外向里车？", ["从外向里切削力稳定，表面质量好，也便于控制端面平面度。", "切削力稳定。", "表面好。"])],
   hw=[("1. 精车余量一般留多少？", ["外圆和端面一般留零点二到零点五毫米。", "零点二到零点五。", "零点三左右。"]),
       ("2. 怎样用内径百分表测止口？", ["先用外径千分尺校零，再在止口里摆动表头，读最小值。", "先校零，读最小值。", "摆动表头。"])],
   outputs=[("法兰盘产品流转卡（第一批）", "首件检验合格。"), ("法兰盘产品流转卡（第二批）", "止口尺寸合格。"), ("法兰盘产品流转卡（第三批）", "表面粗糙度合格。")]),
 "platform": dict(major="城市轨道交通运输与管理", code="0431", course="车站客运组织", task="节假日城际站台大客流组织与乘降引导",
   hours=14, station="轨道交通客运服务一体化学习工作站",
   situation="青海湖旅游旺季和节假日，海东到西宁的城际列车客流猛增，站台上候车的乘客拥挤。车站客运值班员请轨道班学员分析客流数据，制定站台大客流组织方案，设置导流栏杆和候车区，分岗位完成乘降引导、广播和应急处置的演练。",
   qs=[("引导问题1 站台大客流时为什么要设置导流栏杆？", ["把进站和出站客流分开，避免对冲，控制候车区人数。", "进出分开，避免对冲。", "控制人数。"]),
       ("引导问题2 列车到站时站务员应站在哪里？", ["站在安全线内侧车门附近，面向乘客，先下后上地引导。", "安全线内，先下后上。", "车门附近。"])],
   hw=[("1. 大客流的预警分几级？", ["按站台候车人数分为三级，每级对应不同的限流措施。", "三级。", "按候车人数分级。"]),
       ("2. 有乘客被挤倒时怎样处置？", ["立即停止放行，广播疏导，扶起乘客，必要时报告值班站长。", "停止放行，扶起乘客。", "报告值班站长。"])],
   outputs=[("站台大客流组织方案", "设三条导流通道。"), ("乘降引导岗位作业方案", "每个车门配一名引导员。"), ("应急广播方案", "广播每三分钟一遍。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="日喀则市年楚河技工学校", pack="dir", region="rkz", course="yak", cls="烹饪2401班", size=32, seed=11,
         sidp="2401050", students=["德吉卓嘎", "平措旺堆", "索朗曲珍"], items={8: ["德吉卓嘎", "平措旺堆"]},
         extra_class=["嘎玛罗布"], bad={"嘎玛罗布": "over"},
         teachers=["巴桑次旦", "郑玉珊"], form_count="烹饪2401班　32人", roster="seating", headteacher="米玛央宗",
         f8="box_header", f10="word_grade", f11="work_cover", f12="exercise_book",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "嘎玛罗布")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray with a coffee-cup ring) holds only TWO worksheets (德吉卓嘎, 平措旺堆); items 11 "
                 "and 12 hold the three: students.count on 8 (students.mismatch optional). Item 10 (TYPED Word table with a 性别 "
                 "and an 等级 column): 嘎玛罗布 has 34 under `蒸制(30)` (总分 the sum): records.invalid_score. The form puts class "
                 "and size in one cell (`授课班级及人数 | 烹饪2401班　32人`, the class name carrying digits). Roster: a SEATING "
                 "CHART (讲台 at the top, 4 × 8 desks, names only), 32"),
    dict(school="日喀则市年楚河技工学校", pack="dir", region="rkz", course="care", cls="照护2402班", size=30, seed=12,
         sidp="2402052", students=["拉巴普赤", "白玛德庆", "赵晓琳"], others_named=["次仁旺杰", "普琼", "阿旺"],
         teachers=["尼玛仓决", "杨建英"], form_count="照护2402班　30人",
         f8="requisition", f10="transposed", f11="care_record", f12="name_line_photo", findings=[],
         comment="clean. Item 8 (scanned 200 dpi gray, punched holes): a 物品领用单 at the top, the student as 领用人 (hand) and the "
                 "storekeeper 次仁旺杰 as 发放人 (not a student). Item 10 (scanned 200 dpi gray) is TRANSPOSED: the students are "
                 "the COLUMNS, ten a block, three blocks; the rows are 学号, 姓名, the four parts and 总分. Item 11 (typed): "
                 "照护记录单 naming the elder (普琼, 阿旺: not students) and `照护员：<name>`. Form `照护2402班　30人`. No roster"),
    dict(school="儋州市松涛技工学校", pack="zip", region="dz", course="hotel", cls="酒店2401班", size=40, seed=21,
         sidp="24460504", students=["符诗涵", "羊锦程", "邢奕辰"], outsiders={"邢奕辰": "酒店2302班"}, out_sidp="23460504",
         extra_class=["云若曦"], bad={"云若曦": "sum"}, others_named=["吴文昌", "黎秋月"],
         teachers=["陈海棠", "王昌盛"], form_count="40人",
         f8="line_header", f10="word_remark", f11="confirmation", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "邢奕辰"), ("records.invalid_score", 10, False, "云若曦")],
         comment="邢奕辰 of 酒店2302班 (a class a year above; his class and 学号 23460504xx on his worksheet, confirmation sheets and "
                 "homework) is the third student of 8/11/12; item 10 (40 rows = form `40人`) has none for him: "
                 "students.not_in_class. Item 10 (scanned 250 dpi gray, a coffee ring) has a 备注 column; 云若曦's 总分 is 7 above "
                 "the sum of her parts: records.invalid_score. Item 11 (typed): hotel 预订确认单 with `经办人：<name>（<class>）` and "
                 "the group leader 吴文昌 and 客房主管 黎秋月 (not students). No roster"),
    dict(school="儋州市松涛技工学校", pack="zip", region="dz", course="nev", cls="新能2402班", size=42, seed=22,
         sidp="24460435", students=["陈柏宇", "吴晓彤", "韩泽楷"], extra_class=["冯承恩"], absent_from_10=["冯承恩"],
         teachers=["林振南", "谢春莲"], form_count="42人", roster="word_list", headteacher="唐秀珠",
         f8="group_header", f10="fax", f11="report_scan", f12="sungti_holes",
         findings=[("records.missing_student", 10, False, "冯承恩"), ("records.count_mismatch", 10, False)],
         comment="the roster (a Word 学生名单 with 性别 and 宿舍, 42) and the form (`42人`) hold 冯承恩; item 10 (a register "
                 "RECEIVED BY FAX: 1-bit, a fax header line on each page) has 41 rows and none for him: records.missing_student "
                 "and records.count_mismatch — scanned. Item 8: `学习小组：第n组` before 姓名 and 学号 (the group number is not a "
                 "count)"),
    dict(school="儋州市松涛技工学校", pack="zip", region="dz", course="wifi", cls="网络2401班", size=40, seed=23,
         sidp="24460301", students=["林语桐", "钟浩宇", "唐乐怡"],
         teachers=["符永康", "郑美玲"], form_count="40（男29，女11）",
         f8="digit_boxes", f10="gradebook_photo", f11="report_cover", f12="weekly_log", findings=[],
         comment="clean. The form gives the size with a split by sex: `班级人数：40（男29，女11）`; 40 rows in item 10. Item 10 is a "
                 "PHONE PHOTO of the teacher's printed 记分册 (grade book) page, the scores written in by hand, a PEN lying on the "
                 "page. Item 8 (phone photo, a pen on the page): the 学号 written one digit a box. Item 12: a hand-written 实训周记 "
                 "(`记录人：<name>` at the foot). No roster"),
    dict(school="海东市湟水技师学院", pack="gbkzip", region="hdo", course="flange", cls="数控2302班", size=38, seed=31,
         sidp="23630106", students=["马福海", "祁正清", "冶成虎"], items={11: ["马福海", "祁正清", "韩学林"]},
         extra_class=["韩学林", "鲁彦军"], bad={"鲁彦军": "over"}, others_named=["陶建国"],
         teachers=["李得胜", "白玉琴"], form_count="38名",
         f8="table_header", f10="word_station", f11="route_card", f12="coffee_scan",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "鲁彦军")],
         comment="item 11 (scanned 250 dpi gray: 产品流转卡 process cards, `操作者 <name>`, 检验员 a teacher, 车间主任 陶建国) holds "
                 "马福海, 祁正清 and classmate 韩学林 (with an item-10 record) instead of 冶成虎 (items 8 and 12 hold the three): "
                 "students.mismatch. Item 10 (scanned 250 dpi gray, a coffee ring; a 工位号 column): 鲁彦军 has 45 under "
                 "`尺寸精度(40)`: records.invalid_score. Form `38名` in a four-column table. No roster"),
    dict(school="海东市湟水技师学院", pack="gbkzip", region="hdo", course="platform", cls="轨道2401班", size=35, form_size=36, seed=32,
         sidp="24630431", students=["李翠兰", "星万里", "朱宏伟"], items={12: ["李翠兰", "星万里", "朱宏伟", "喇文斌"]},
         extra_class=["喇文斌"], others_named=["汪德明"],
         teachers=["吕青松", "王雪梅"], form_count="36名",
         f8="handover", f10="word_sign", f11="plan_typed", f12="class_first_photo",
         findings=[("records.count_mismatch", 10, False), ("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos) holds the homework of FOUR students: the three and classmate 喇文斌 (with an item-10 "
                 "record): students.count on 12 (students.mismatch optional). Item 10 (TYPED, a 签名 column left blank) has 35 rows; "
                 "the form says `学生人数 | 36名`: records.count_mismatch. Item 8 (scanned 200 dpi gray): a 交接班记录 at the top, "
                 "the student as 交班人 and the station master 汪德明 as 接班人 (not a student). No roster"),
]

PROVINCE = {1: "西藏自治区日喀则市", 2: "海南省儋州市", 3: "青海省海东市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 日喀则: "成果8-工作页.pdf"
        return "成果%d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 儋州: "SC08工作页.pdf" (the school's numbering of 建设成果)
        return "SC%02d%s.pdf" % (n, NAMES[n])
    return "第%d项 %s.pdf" % (n, NAMES[n])   # 海东: "第8项 工作页.pdf"


def form_name(s, c):
    return {1: ("工学一体化优质课堂项目申报书（%s）.docx" % c["task"], "docx"),
            2: ("%s_申报书.pdf" % c["major"], "pdf"),
            3: ("海东湟水-%s-申报书.docx" % c["course"], "docx")}[grp(s)]


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
    trs = [["姓名", "职称", "承担任务"]] + [[n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"]
                                      for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 日喀则: class and size in one cell
        rows = [("专业名称及代码", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及人数", s["form_count"]), ("学　　时", "%d" % c["hours"]), ("授课地点", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    elif g == 2:   # 儋州: label：value lines, no table
        info = ("<p>专业名称：%s　　　专业代码：%s</p><p>课程名称：%s</p><p>学习任务：%s</p>"
                "<p>授课班级：%s　　　班级人数：%s</p><p>学　　时：%d　　　授课地点：%s</p>"
                % (c["major"], c["code"], c["course"], c["task"], s["cls"], s["form_count"], c["hours"], c["station"]))
    else:   # 海东: four columns, two label/value pairs a row
        rows = [("专业名称", c["major"], "专业代码", c["code"]), ("课程名称", c["course"], "学　　时", "%d学时" % c["hours"]),
                ("授课班级", s["cls"], "学生人数", s["form_count"])]
        out = "".join("<tr>%s</tr>" % "".join(td(x, ' align="center"' if k % 2 == 0 else ' align="left"', P) for k, x in enumerate(r)) for r in rows)
        out += "<tr>%s%s</tr>" % (td("学习任务", ' align="center"', P), td(c["task"], ' colspan="3" align="left"', P))
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % out
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按照获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学，学生分组完成任务，教师巡回指导，最后展示评价。</p>
<h3>五、特色与成效</h3><p>学习任务来自{prov}合作企业的真实工作，贴近本地产业，学生职业能力明显提升。</p>
<h3>六、承诺</h3><p>本单位承诺所报材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 19, info=info, tm=tbl(trs, width="76%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化核心课程，结合{prov}合作企业的岗位要求转化。\n二、学习任务\n本学期安排“{task}”，共{hours}学时。\n三、评价方式\n过程评价与结果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查评估、总结反馈。",
    3: "{school}\n{task}　教学活动策划\n学习活动一　明确任务\n学习活动二　制定计划\n学习活动三　实施任务\n学习活动四　评价与总结",
    4: "{school}\n{course}教学进度计划\n本任务共{hours}学时\n第1周　接受任务、收集信息\n第2周　制定计划\n第3周　实施任务\n第4周　评价总结",
    5: "{school}\n{task}教学活动方案\n第1学时　情境导入\n第2—4学时　引导问题学习\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为资讯区、计划决策区、实施区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核由过程考核和结果考核组成，成绩登记在学习任务考核记录中。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可以"])


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
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　%s</p>' % (RED, ["认真", "准确", "良好", "有进步"][i % 4], t[0])
        if f == "box_header":   # a boxed header row: 班级 | … | 姓名 | … | 学号 | … | 日期 | …
            head = tbl([["班级", hand(cl, True), "姓名", hand(n), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]], pad="3px 3px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "requisition":   # a requisition slip at the top: 领用人 the student, 发放人 the storekeeper
            slip = tbl([[("<b>实训物品领用单</b>　No.%04d" % (311 + i), ' colspan="4"')],
                        ["物品", "电子血压计 1台　指夹式血氧仪 1个　吸氧鼻导管 2根", "数量", "4"],
                        ["领用人", hand(n, True), "发放人", hand(s["others_named"][0], True, BLACK)],
                        ["领用时间", hand(day(s, i)[5:] + " 9:10", True), "归还确认", "☑"]], pad="3px 4px")
            body = slip + title + '<p>班级：%s　　指导教师：%s</p>' % (cl, t[0]) + sit + answers(c, rng, i) + comment
        elif f == "line_header":   # 姓名：＿＿　班级：＿＿　学号：＿＿ written in
            head = '<p>姓名：<u>%s</u>　　班级：<u>%s</u>　　学号：<u>%s</u></p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "group_header":   # 学习小组 before 姓名 and 学号
            head = '<p>学习小组：第%s组　　姓名：%s　　学号：%s</p><p>班级：%s　　指导教师：%s</p>' % (
                hand(str(2 + i), True), hand(n), hand(sid, True), cl, "、".join(t))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "digit_boxes":   # 学号 written one digit a box
            boxes = "".join('<td width="18" height="20" align="center" style="border:0.75pt solid #000">%s</td>' % hand(x, True) for x in sid)
            head = ('<table width="100%%"><tr><td>班级：%s　　姓名：%s</td><td align="right">学号</td><td>'
                    '<table style="border-collapse:collapse"><tr>%s</tr></table></td></tr></table>' % (hand(cl, True), hand(n), boxes))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "table_header":   # 姓名 | 班级 | 学号 | 工位号
            head = tbl([["姓　名", hand(n), "班　级", hand(cl, True)], ["学　号", hand(sid, True), "工位号", hand("C-%02d" % (5 + i), True)]], pad="3px 5px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "handover":   # a shift handover record: 交班人 the student, 接班人 the station master
            rec = tbl([[("<b>站台岗位交接班记录</b>", ' colspan="4"')],
                       ["交班人", hand(n, True), "接班人", hand(s["others_named"][0], True, BLACK)],
                       ["交接时间", hand(day(s, i)[5:] + " 14:00", True), "站　台", "上行%d号站台" % (1 + i % 2)],
                       ["设备状况", ("导流栏杆完好，广播正常，对讲机%d台" % (3 + i), ' colspan="3" align="left"')]], pad="3px 4px")
            body = rec + title + '<p>班级：%s　　学号：%s</p>' % (cl, sid) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"box_header": "x-scanpdf:250:coffee", "requisition": "x-scanpdf:200:holes", "line_header": "x-scanpdf:200:color",
            "group_header": "x-scanpdf:250", "digit_boxes": "x-scanpdf:200:photo:pen", "table_header": "x-scanpdf:250",
            "handover": "x-scanpdf:200"}[f]
    font = {"requisition": "Noto Sans CJK SC", "digit_boxes": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    return "优秀" if x >= 90 else "良好" if x >= 80 else "中等" if x >= 70 else "及格" if x >= 60 else "不及格"


def scores(s, rng, rec, parts, lo=0.62, hi=0.96):
    """(name, parts, total) with the planted defects: 'over' puts a part above its maximum
    (the total its sum), 'sum' puts the total 7 above the sum."""
    bad = s.get("bad", {})
    out = []
    for n in rec:
        v = part_scores(rng, parts, lo, hi)
        tot = sum(v)
        if bad.get(n) == "over":
            k = max(range(len(parts)), key=lambda j: parts[j][1])
            v[k] = parts[k][1] + {1: 4, 3: 5}.get(grp(s), 4)
            tot = sum(v)
        elif bad.get(n) == "sum":
            tot = sum(v) + 7
        out.append((n, v, tot))
    return out


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　审核：%s</p>" % ("、".join(t), t[0])
    if f == "word_grade":   # typed Word table: 序号 学号 姓名 性别 parts 总分 等级
        parts = [("和面发面", 20), ("调馅", 25), ("成型", 25), ("蒸制", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, (n, v, tot) in enumerate(scores(s, rng, rec, parts)):
            out.append(trow([str(k + 1), sid_of(s, n), n, "女" if (k * 7 + 3) % 5 < 2 else "男"] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "transposed":   # the students are the columns, ten a block
        parts = [("测量操作", 30), ("记录规范", 20), ("吸氧照护", 30), ("沟通宣教", 20)]
        sc = scores(s, rng, rec, parts)
        blocks = []
        for b in range(0, len(sc), 10):
            chunk = sc[b:b + 10]
            rows = [trow(["<b>序号</b>"] + [str(b + k + 1) for k in range(len(chunk))], pad),
                    trow(["<b>学号</b>"] + [sid_of(s, n)[-3:] for n, _, _ in chunk], pad),
                    trow(["<b>姓名</b>"] + [n for n, _, _ in chunk], pad)]
            for j, (pn, m) in enumerate(parts):
                rows.append(trow(["%s(%d)" % (pn, m)] + [str(v[j]) for _, v, _ in chunk], pad))
            rows.append(trow(["<b>总分</b>"] + [str(tot) for _, _, tot in chunk], pad))
            blocks.append(table(rows) + "<p>&nbsp;</p>")
        body = (head10(s, c, "学习任务考核记录") + "<p>学号前缀：%s（表中为后三位）</p>" % s["sidp"][:-1] + "".join(blocks) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200"
    if f == "word_remark":   # a Word table with a 备注 column
        parts = [("订单核对", 20), ("分房与房卡", 25), ("入住登记", 35), ("行李与安全须知", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, (n, v, tot) in enumerate(scores(s, rng, rec, parts)):
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), ["", "", "", "请假1次", ""][k % 5] if k % 9 == 4 else ""], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:coffee"
    if f == "fax":   # a register received by fax: 1-bit, a fax header line on every page
        parts = [("高压防护", 20), ("下电验电", 20), ("绝缘检测", 40), ("报告填写", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, (n, v, tot) in enumerate(scores(s, rng, rec, parts)):
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        fx = ('<p style="font-family:\'DejaVu Sans Mono\';font-size:7.5pt">2025-02-18 16:42　FROM: 0898-2335xxxx　'
              '儋州市松涛技工学校教务科　　TO: 申报材料组　　P.01</p>')
        body = fx + head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:mono"
    if f == "gradebook_photo":   # the teacher's printed grade book, the scores written by hand
        parts = [("勘测", 20), ("方案", 20), ("安装配置", 30), ("漫游测试", 20), ("文档", 10)]
        hd = ["序号", "学号", "姓　名"] + ["%s<br/>%d" % p for p in parts] + ["总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], "1px 3px")]
        for k, (n, v, tot) in enumerate(scores(s, rng, rec, parts)):
            out.append(trow([str(k + 1), sid_of(s, n)[-2:], hand(n, size="10.5pt")] + [hand(str(x), size="10.5pt") for x in v]
                            + [hand(str(tot), size="10.5pt", ink="#a01818")], "0px 3px"))
        body = ('<p style="text-align:center;font-size:13pt"><b>教 师 记 分 册</b></p><p>班级：%s　　课程：%s　　学期：2024—2025学年第一学期</p>'
                '<p>考核项目：%s（各项满分见表头）</p>' % (hand(s["cls"], True), c["course"], c["task"]) + table(out) +
                '<p>任课教师：%s</p>' % hand(t[0], True))
        return "10.html", html(body, "8.5pt", compact=True, page="margin:1.0cm 1.2cm"), "x-scanpdf:200:photo:pen"
    if f == "word_station":   # a Word table with a 工位号 column
        parts = [("工艺与程序", 20), ("尺寸精度", 40), ("表面质量", 15), ("量具使用", 15), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "工位号"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, (n, v, tot) in enumerate(scores(s, rng, rec, parts)):
            out.append(trow([str(k + 1), sid_of(s, n), n, "C-%02d" % (k % 20 + 1)] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:coffee"
    if f == "word_sign":   # a Word table with a blank 签名 column
        parts = [("客流分析", 20), ("方案制定", 25), ("乘降引导", 35), ("应急处置", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "学生签名"]], pad)]
        for k, (n, v, tot) in enumerate(scores(s, rng, rec, parts)):
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), ""], pad))
        body = head10(s, c, "学习任务考核成绩记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t)))
    parts = [head]
    meth = "pdf"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "work_cover":   # a cover per student's work: 作品名称 作者 班级 指导教师, then the three works
            cover = tbl([["作品名称", "牦牛肉包子（三款）"], ["作　　者", n], ["班　　级", cl], ["学　　号", sid], ["指导教师", t[0]],
                         ["完成日期", day(s, 30 + i)]], width="60%", pad="6px 8px")
            works = "".join('<h3>作品%d　%s</h3><table width="80%%" style="border-collapse:collapse"><tr><td height="110" bgcolor="#e8e2d8" '
                            'align="center" style="border:0.75pt solid #999;color:#777">［作品照片］</td></tr></table><p>%s</p>'
                            % (j + 1, tt, desc) for j, (tt, desc) in enumerate(c["outputs"]))
            parts.append('<h2 style="text-align:center">学生作品</h2>' + cover + PB + works)
            continue
        body = []
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "care_record":
                elder = s["others_named"][1 + (i + j) % 2]
                body.append('<h3>%s</h3>' % title + tbl([["照护对象", elder, "年龄", str(71 + i + 2 * j), "床号", "A%d" % (3 + j)],
                                                       ["血压", "%d/%d mmHg" % (142 + 3 * i, 88 + j), "血氧", "%d%%" % (86 + j + i % 2), "脉搏", "%d次/分" % (84 + i)],
                                                       [("记录：%s" % desc, ' colspan="6" align="left"')],
                                                       ["照护员", ("%s（%s）" % (n, cl), ' colspan="3"'), "复核", t[1]]], pad="3px 4px"))
            elif f == "confirmation":
                body.append('<h3 style="text-align:center">%s</h3>' % title +
                            tbl([["团队名称", "东坡书院暑期研学团", "领　　队", s["others_named"][0]],
                                 ["入住日期", "7月%d日" % (14 + j), "离店日期", "7月17日"],
                                 ["房　　型", "标准间", "房　　数", str(21 - j)],
                                 ["备　　注", (desc, ' colspan="3" align="left"')],
                                 ["经 办 人", "%s（%s）" % (n, cl), "客房主管", s["others_named"][1]]], width="90%", pad="4px 5px"))
            elif f == "report_scan":
                body.append('<h3>%s</h3><p>检测人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                            tbl([["测点", "测试电压", "绝缘电阻", "判定"], ["总正—车身", "500V", "%.1f MΩ" % (0.4 + j * 1.3 + i * 0.1), "☐合格 ☑不合格" if j == 0 else "☑合格"],
                                 ["总负—车身", "500V", "%.1f MΩ" % (2.6 + i * 0.2), "☑合格"]], width="80%") +
                            '<p>结论：%s　　审核：%s</p>' % (desc, t[0]))
                meth = "x-scanpdf:200"
            elif f == "report_cover":
                body.append('<h3>%s</h3><p>学生姓名：%s　　学号：%s　　班级：%s</p>' % (title, n, sid, cl) +
                            tbl([["测点", "信号强度", "信噪比", "信道"], ["客房%d01" % (3 + j), "-%d dBm" % (58 + i), "%d dB" % (31 - j), str([1, 6, 11][j])],
                                 ["泳池东侧", "-%d dBm" % (66 + j), "%d dB" % (24 + i), str([6, 11, 1][j])]], width="75%") +
                            "<p>%s</p>" % desc)
            elif f == "route_card":
                body.append(tbl([[("<b>产品流转卡</b>　%s" % title[-5:-1], ' colspan="6"')],
                                 ["零件名称", "输出法兰盘", "图号", "QT-FL-%03d" % (120 + j), "材料", "40Cr"],
                                 ["工序", "粗车外圆端面", "设备", "CK6150", "数量", str(20 - 2 * j)],
                                 ["操作者", n, "检验员", t[j % 2], "车间主任", s["others_named"][0]],
                                 ["检验结论", (desc, ' colspan="5" align="left"')]], pad="4px 4px") + "<p></p>")
                meth = "x-scanpdf:250"
            elif f == "plan_typed":
                body.append('<h3>%s</h3><p>编制：%s　　班级：%s　　审核：%s</p>' % (title, n, cl, t[j % 2]) +
                            tbl([["时段", "预计客流", "措施"], ["9:00—11:00", "%d人/小时" % (1800 + 120 * i), "开启导流栏杆，分区候车"],
                                 ["15:00—18:00", "%d人/小时" % (2100 + 90 * j), "限流放行，广播引导"]], width="85%") + "<p>%s</p>" % desc)
            else:
                raise SystemExit(f)
        parts.append("".join(body))
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC" if f != "confirmation" else "Noto Sans CJK SC"), meth


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "exercise_book":   # a photographed exercise book: its printed cover, then the page
        pages = []
        for i, n in enumerate(names):
            cl = cls_of(s, n)
            cover = ('<p style="text-align:center;font-size:26pt;letter-spacing:8pt;margin-top:40pt"><b>作 业 本</b></p>'
                     '<p style="text-align:center;font-size:10pt">日喀则市年楚河技工学校</p><p style="margin-top:160pt"></p>'
                     '<table width="70%%" align="center">%s</table>' %
                     "".join('<tr><td width="30%%" style="font-size:13pt">%s</td><td style="border-bottom:1pt solid #333">%s</td></tr>' % (a, hand(b))
                             for a, b in (("科　目", c["course"][-4:]), ("班　级", cl), ("姓　名", n), ("学　号", sid_of(s, n)[-2:]))))
            qa = ""
            for qi, (q, a) in enumerate(c["hw"]):
                qa += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[(i + qi + 1) % 3]), RED, mark(rng))
            pages.append(cover + PB + '<p>%s</p>' % hand(day(s, 20 + i)[5:], True) + qa + '<p %s>阅 %s</p>' % (RED, t[0]))
        return "12.html", html(PB.join(pages)), "x-scanpdf:200:photo:pen"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s　%s" % (t[0], day(s, 20 + i))]
        if f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　　%s" % (n, cl)]
        elif f == "plain_photo":
            head = ["课后作业（团队接待）", "> %s　%s　学号%s" % (cl, n, sid)]
        elif f == "sungti_holes":
            head = ["%s　课后练习" % c["course"], "班级：%s　　学号：%s" % (cl, sid), "> 姓名：%s" % n]
        elif f == "coffee_scan":
            head = ["数控车工　课后作业", "> 班级 %s　姓名 %s　学号 %s" % (cl, n, sid)]
        elif f == "class_first_photo":
            head = ["车站客运组织　课后作业", "> %s　%s号　%s" % (cl, sid[-2:], n)]
        elif f == "weekly_log":   # a hand-written weekly log, the writer at the foot
            wk = 9 + i
            lines += ["实训周记　第%d周" % wk, "> %s至%s" % (day(s, 20 + i)[5:], day(s, 24 + i)[5:]), "",
                      "> 本周在%s做现场勘测。" % c["task"][:6], "> " + c["hw"][i % 2][1][0], "> " + c["hw"][(i + 1) % 2][1][1],
                      "> 收获：学会了用勘测软件看信道占用。", "", "> 记录人：%s（%s）" % (n, cl), "! 已阅，记录认真。%s" % t[0]]
            continue
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:3:pen", "plain_photo": "x-photo:200:1", "sungti_holes": "x-scan:250:2:holes",
            "coffee_scan": "x-scan:200:0:coffee", "class_first_photo": "x-photo:200:2", "weekly_log": "x-scan:200:4"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "seating":   # a seating chart: 讲台 at the top, four columns of desks, names only
        rows = []
        for j in range(0, len(k), 4):
            cells = "".join('<td width="22%%" height="46" align="center" style="border:1pt solid #555;font-size:12pt">%s</td>%s'
                            % (n, '<td width="6%"></td>' if q == 1 else "") for q, n in enumerate(k[j:j + 4]))
            rows.append("<tr>%s</tr><tr><td height=\"8\"></td></tr>" % cells)
        body = ('<h2 style="text-align:center">%s座位表</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>'
                '<table width="40%%" align="center" style="border-collapse:collapse"><tr><td align="center" bgcolor="#dddddd" '
                'style="border:1pt solid #333;padding:4px">讲　台</td></tr></table><p></p>'
                '<table width="100%%">%s</table><p>（前门）　　　　　　　　　　　　　　　　　　　　　　　　　（后门）</p>'
                '<p>班主任：%s　　　　共%d人</p>' % (s["cls"], s["school"], "".join(rows), s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, font="Noto Sans CJK SC", page="margin:1.4cm 1.4cm"))
        man.append("roster.html\t%s座位表.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "word_list":   # a Word 学生名单: 序号 学号 姓名 性别 宿舍
        rr = random.Random(s["seed"] * 99)
        rows = [["序号", "学号", "姓名", "性别", "宿舍"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice("男男男女"), "%d栋%d" % (rr.choice([3, 5]), 200 + rr.randint(1, 30))])
        body = ('<h2 style="text-align:center">%s学生名单</h2>' % s["cls"] + tbl(rows, pad="1px 4px", bold=(0,)) +
                '<p>班主任：%s　　　　共%d人</p>' % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", compact=True))
        man.append("roster.html\t%s学生名单.docx\tdocx\troster\t0" % s["cls"])
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
    truth = {"comment": "Twenty-sixth held-out people corpus (testdata/heldout26), the format of testdata/heldout23/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    for n in all_teachers + all_planted + all_others:
        if n in USED_BEFORE or bare(n) in USED_BEFORE:
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT:
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
        rng = random.Random(s["seed"] * 7919 + 26)
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec)), (11, item11(s, c, items[11])),
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
        fct = {1: "授课班级及人数 | %s", 2: "班级人数：%s", 3: "学生人数 | %s"}[grp(s)] % s["form_count"]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": fct,
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
