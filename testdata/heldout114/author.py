#!/usr/bin/env python3
"""Write the sources of the 114th held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 普洱
(Yunnan), 奉节 (Chongqing) and 镇江 (Jiangsu).

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
# the truth files read for names, tasks and courses to avoid (heldout113 is written at the same time and is not read)
EARLIER = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "..", "heldout*"))
                 if os.path.basename(p) not in ("heldout113", "heldout114")) + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 普洱 (李 王 张 杨 罗 and the Dai 刀, Bai 字 and Yi 普 families of
# 思茅 and 宁洱), 奉节 (渝东北 families: 王 李 张 刘 陈 谭 向 冉 黄 熊 蒋 傅 邓 余), 镇江 (苏南 families: 王 张 陈 朱 徐 周
# 孙 吴 钱 殷 丁 戴, the rarer 眭 of 丹阳)
SURNAMES = {
    "pe": list("李李李李王王王张张张杨杨杨杨罗罗赵赵陈刘刀刀字普段白鲁何周李王"),
    "fj": list("王王王李李李张张张刘刘陈陈谭谭向向冉黄杨周何熊蒋傅邓余王李"),
    "zj": list("王王王张张张陈陈陈李李朱朱徐徐周周孙吴钱殷丁蒋戴眭赵王张陈"),
}
# given names: a new list, the everyday names of students born around 2008
GIVEN2 = ("宇辰 俊杰 雨涵 欣怡 浩然 梓轩 子涵 思涵 雨晴 紫涵 诗涵 梓萱 宇泽 俊宇 浩轩 子豪 皓宇 一凡 思宇 佳乐 "
          "晨曦 嘉欣 雅馨 静雯 若琳 雪怡 婧琪 心妍 可欣 晓雨 梦涵 佳欣 欣雨 语汐 沐阳 子睿 奕帆 俊逸 宇彤 若萱 "
          "浩博 嘉豪 文轩 星辰 天宇 鑫宇 睿哲 铭轩 旭东 志成 俊凯 佳俊 家铭 永杰 润东 泽睿 宏宇 伟杰 明杰 凯瑞 "
          "雨菲 思颖 芷若 婉婷 梦婷 雅琪 嘉琪 慧琳 晓婷 丽娜 玉洁 艳萍 秋月 春燕 婷婷 露露 倩倩 媛媛 丹丹 "
          "成龙 建华 光明 兴旺 德文 国庆 金龙 海涛 立新 志刚 家兴 昌盛 顺利 长江 云飞 玉龙 子扬 逸凡 锦涛 "
          "雅雯 诗雅 晨希 芮涵 语晨 梓琪 欣蕊 雨瑶 婉婧 可心 筱雨 依然 怡宁 彦希 昱辰 柏然 皓然 子安 承宇 "
          "钧浩 俊峰 天磊 海峰 宇鹏 振华 浩东 嘉祥 健豪 梓铭 景瑞 博宇 思齐 一航 炜杰").split()
GIVEN1 = list("杰磊涛敏静娟霞伟强")


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
        if os.path.isfile(p):
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
 "tearoom": dict(major="饭店(酒店)服务", code="0504", course="客房服务与茶礼接待", task="茶山民宿主题客房夜床服务与迎宾茶礼接待",
   hours=16, station="酒店客房服务一体化学习工作站",
   situation="普洱城郊一家茶山民宿开业，客房部经理请酒店班学员为十二间茶主题客房设计夜床服务流程，按民宿标准做夜床、补充茶具和茶品，在大堂为入住客人行迎宾茶礼，用普通话和简单英语介绍本地茶叶，并处理客人提出的加床和叫醒要求。",
   qs=[("问题1 夜床服务为什么要在傍晚六点到九点之间做？", ["客人多半外出用餐，房间空着，不打扰客人休息，回来时床已经开好。", "客人出去吃饭，房间空着。", "不打扰客人休息。"]),
       ("问题2 迎宾茶礼的奉茶顺序是什么？", ["先长后幼、先客后主，茶杯七分满，双手奉上，杯柄朝向客人右手。", "先长后幼，先客后主。", "七分满，双手奉茶。"])],
   hw=[("1. 开夜床要做哪几步？", ["拉窗帘、开床头灯、折床罩、掀开被角成三角形、放拖鞋和早餐牌。", "拉窗帘，掀被角，放拖鞋。", "开灯折被角。"]),
       ("2. 客人要求加床怎么处理？", ["先查房态和加床收费标准，告诉客人价格，客人同意后通知客房送床并登记。", "先告诉客人价格。", "通知送床并登记。"])],
   outputs=[("夜床服务流程卡", "共九步，用时八分钟以内。"), ("迎宾茶礼接待记录", "接待客人两批共七人。")]),
 "elder": dict(major="健康与社会照护", code="0529", course="社区老年人日常照护实务", task="社区日间照料中心失能老人助浴与防跌倒照护",
   hours=18, station="健康照护一体化学习工作站",
   situation="思茅区一家社区日间照料中心有二十多位行动不便的老人，中心主任发现冬季助浴时老人容易着凉和滑倒，请照护班学员评估老人的身体状况和跌倒风险，制订助浴计划，布置防滑设施，在带教护理员指导下为老人完成一次安全助浴，并记录和交接。",
   qs=[("问题1 助浴前为什么要先评估老人？", ["要知道老人的血压、皮肤和活动能力，血压太高或刚吃完饭都不能洗澡。", "血压高不能洗。", "看活动能力。"]),
       ("问题2 浴室防跌倒要做哪些准备？", ["地面铺防滑垫、装扶手、备洗澡椅，水温调到四十度左右，室温不低于二十四度。", "防滑垫和扶手。", "水温四十度，备洗澡椅。"])],
   hw=[("1. 助浴时间为什么不能太长？", ["老人洗澡时间长了容易头晕、心慌，一般控制在十到十五分钟。", "容易头晕。", "十到十五分钟。"]),
       ("2. 交接记录要写什么？", ["老人姓名、助浴时间、皮肤情况、有无不适、照护员签名。", "皮肤情况和有无不适。", "照护员签名。"])],
   outputs=[("助浴照护计划", "每周二、五上午助浴，两人配合。"), ("跌倒风险评估表", "中风险，需一人全程搀扶。"), ("照护交接记录", "皮肤完好，无不适。")]),
 "battery": dict(major="新能源汽车检测与维修", code="0435", course="动力电池系统检修", task="山区网约车动力电池包绝缘故障检测与维修",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="奉节县城一辆跑山路的纯电网约车，雨天仪表突然报绝缘故障，车辆限功率。维修站技术主管请新能源班学员做好高压安全防护，断电验电，用绝缘测试仪逐段测量高压部件的绝缘电阻，找出进水的电池包连接器，更换密封件并复检，填写高压作业记录。",
   qs=[("问题1 高压作业前为什么要断电后等五分钟？", ["电机控制器里的电容还存着电，等五分钟让它放完电，再用万用表验电确认。", "电容要放电。", "等五分钟再验电。"]),
       ("问题2 绝缘电阻测出多少算合格？", ["按每伏五百欧计算，三百五十伏的系统要大于一百七十五千欧，我们按一兆欧控制。", "大于一百七十五千欧。", "按一兆欧控制。"])],
   hw=[("1. 个人防护要戴哪些？", ["绝缘手套、护目镜、绝缘鞋，手套使用前要做充气检查。", "绝缘手套和护目镜。", "手套要充气检查。"]),
       ("2. 为什么雨天容易报绝缘故障？", ["连接器密封圈老化，雨水和泥浆进去以后高压端对车身的电阻变小。", "密封圈老化进水。", "电阻变小。"])],
   outputs=[("高压作业记录单", "断电、验电、挂牌三步齐全。"), ("绝缘电阻测量记录", "更换密封件后为五点二兆欧。")]),
 "navel": dict(major="计算机网络应用", code="0301", course="小型局域网组建与维护", task="脐橙合作社办公网络组建与冷库无线覆盖调试",
   hours=16, station="网络工程一体化学习工作站",
   situation="奉节一家脐橙专业合作社新建了分拣车间和冷库，办公室、车间和冷库之间需要联网，冷库里的扫码枪要连无线。合作社请网络班学员勘察现场，画出拓扑图，规划地址，布线、做水晶头，配置交换机和无线接入点，测试冷库里的信号强度并交付文档。",
   qs=[("问题1 为什么冷库里的无线信号差？", ["冷库的墙是带金属面的保温板，对无线信号屏蔽很厉害，要在库内单独装接入点。", "金属保温板屏蔽信号。", "库内要单独装接入点。"]),
       ("问题2 做水晶头要按哪个线序？", ["按T568B，橙白、橙、绿白、蓝、蓝白、绿、棕白、棕。", "T568B线序。", "橙白橙绿白蓝。"])],
   hw=[("1. 划分VLAN有什么好处？", ["把办公和车间的设备分开，广播不会互相影响，出了故障也好排查。", "广播不互相影响。", "好排查故障。"]),
       ("2. 交付文档包括哪些？", ["拓扑图、地址规划表、设备账号密码、测试记录和维护说明。", "拓扑图和地址表。", "测试记录。"])],
   outputs=[("合作社网络拓扑图与地址规划", "三个VLAN，共四十二个终端。"), ("冷库无线信号测试记录", "库内最弱处负六十七分贝毫瓦。")]),
 "orange": dict(major="电子商务", code="0603", course="网店美工与客户服务", task="奉节脐橙产地直发网店主图详情页设计与售后客服",
   hours=16, station="电商运营一体化学习工作站",
   situation="脐橙上市季，奉节一家果园在网上开店卖产地直发的脐橙，店主请电商班学员拍摄和修图，设计五张主图和一张详情页，写清果径、甜度和发货时间，并轮班担任在线客服，处理破损、慢递和退换货。",
   qs=[("问题1 主图第一张为什么要放切开的果肉？", ["顾客最想看果肉颜色和汁水，第一张图决定点不点进来。", "顾客想看果肉。", "第一张决定点击。"]),
       ("问题2 详情页要写清哪些信息？", ["产地、果径、甜度、发货时间、包装方式和破损包赔规则。", "果径、甜度、发货时间。", "破损包赔。"])],
   hw=[("1. 顾客说收到的脐橙坏了两个怎么办？", ["请顾客拍照，核实后按个数退款或补发，向顾客道歉。", "拍照核实后退款。", "补发并道歉。"]),
       ("2. 为什么要写预计发货时间？", ["产地现摘现发需要两三天，写清楚可以减少催单和差评。", "减少催单。", "减少差评。"])],
   outputs=[("五张主图与详情页设计稿", "主色调橙色，突出果径八十毫米。"), ("客服接待记录", "接待咨询五十六次，售后六单。")]),
 "conveyor": dict(major="机电一体化技术", code="0127", course="PLC与变频器应用", task="香醋灌装线输送带变频调速与PLC控制改造",
   hours=18, station="机电设备安装调试一体化学习工作站",
   situation="镇江一家香醋厂的灌装线输送带只能定速运行，换瓶型时经常挤瓶。设备科请机电班学员读懂原有电气图，增加变频器，用PLC按瓶型切换三档速度，加装光电传感器做堵瓶检测和报警，完成接线、编程、调试，并写出操作说明。",
   qs=[("问题1 为什么要用变频器调速？", ["异步电机的转速和频率成正比，改变频率就能平滑地改变输送带速度，还省电。", "改变频率就能调速。", "平滑调速，省电。"]),
       ("问题2 堵瓶检测的光电传感器装在哪里？", ["装在灌装机出口后面，瓶子在同一位置停留超过三秒就判定堵瓶。", "灌装机出口后面。", "停三秒算堵瓶。"])],
   hw=[("1. 变频器的加速时间设多长合适？", ["太短瓶子会倒，太长影响产量，本线设为二点五秒。", "二点五秒。", "太短瓶子会倒。"]),
       ("2. 调试前要检查什么？", ["接线是否正确、电机绝缘、急停按钮是否有效、传感器安装是否牢固。", "接线和急停按钮。", "电机绝缘。"])],
   outputs=[("PLC程序与I/O分配表", "输入十二点，输出八点。"), ("变频调速调试记录", "三档速度分别为二十、三十五、四十五赫兹。")]),
 "noodle": dict(major="烹饪(中式烹调)", code="0501", course="淮扬风味菜点制作", task="锅盖面与水晶肴蹄镇江早茶套餐制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="镇江一家老字号面馆要推出早茶套餐，一碗锅盖面配一碟水晶肴蹄和一杯香醋姜丝。面馆厨师长请烹饪班学员学习跳面、下面和浇头的做法，按标准腌制、焖煮和压制肴蹄，核算一份套餐的成本，在早市七点前出齐五十份。",
   qs=[("问题1 锅盖面为什么要把小锅盖放在大锅里煮？", ["小锅盖浮在水面上，水沸腾时不会溢出，面条受热均匀，煮出来软硬一致。", "水不会溢出。", "面条受热均匀。"]),
       ("问题2 肴蹄为什么要压制一夜？", ["焖熟的蹄髈趁热压紧，冷却后皮冻凝固，切片不散，呈水晶状。", "冷却后切片不散。", "皮冻凝固。"])],
   hw=[("1. 肴蹄腌制用什么？", ["用硝水和盐腌，冬天三天，夏天一天，腌好后用清水浸泡去涩。", "硝水和盐。", "腌好后浸泡。"]),
       ("2. 出餐高峰怎样保证速度？", ["浇头提前熬好保温，肴蹄提前切片装碟，下面的人和配菜的人分工。", "浇头提前熬好。", "分工配合。"])],
   outputs=[("锅盖面制作记录", "每碗面一百五十克，出锅时间两分半。"), ("水晶肴蹄制作记录", "压制十小时，切片厚三毫米。"), ("早茶套餐成本核算单", "每份成本十四元二角。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="普洱市思茅茶城技工学校", pack="dir", region="pe", course="tearoom", cls="酒店2401班", size=34, seed=11,
         sidp="24530504", students=["刀玉香", "罗芊芊", "字俊凯"], outsiders={"刀玉香": "酒店2402班"}, out_sidp="2453050402",
         extra_class=["杨沁瑶"], bad={"杨沁瑶": "over"}, others_named=["Mr. Lee", "苏碧云"],
         teachers=["普建新", "白丽芬"], fc=("授课班级", "酒店2401班（共34名学生）"), count=34,
         f8="binding_strip", f10="note_max", f11="guest_cards", f12="plain_scan",
         findings=[("students.not_in_class", 8, True, "刀玉香"), ("records.invalid_score", 10, False, "杨沁瑶")],
         comment="刀玉香 of the parallel class 酒店2402班 (her class and 学号 on the worksheet's binding strip, on the guest cards and "
                 "the homework) is one of the three of 8/11/12; item 10 (34 rows = form `酒店2401班（共34名学生）`) has no record of her: "
                 "students.not_in_class. Item 8 is PHOTOGRAPHED (x-scanpdf:photo, a window-grille shadow): the name is written in the "
                 "装订线 strip at the left edge of the sheet, one character a line. Item 10 (scanned 300 dpi gray) states the maxima "
                 "only in a note line above the table (仪容仪表10分、夜床服务40分、茶礼接待35分、服务用语15分), the head has no "
                 "numbers; 杨沁瑶 has 14 under 仪容仪表 (总分 the sum of her parts, 等级 beside it): records.invalid_score. Item 11 "
                 "(scanned colour): 宾客意见卡 with the guest's name (Mr. Lee, 苏碧云: not students) and `服务员：<name>`. No roster"),
    dict(school="普洱市思茅茶城技工学校", pack="dir", region="pe", course="elder", cls="照护2401班", size=32, seed=12,
         sidp="24530529", students=["李沐恩", "段浩博", "赵若兮"], others_named=["周玉凤", "字正芳", "鲁秀兰"],
         teachers=["王滇梅", "何永红"], fc=("学生人数", "32人"), count=32, roster="dorm", headteacher="杨云仙",
         f8="care_record", f10="weighted", f11="care_plan_typed", f12="grille_photo",
         findings=[],
         comment="clean. Item 8 (scanned 250 gray, a cobweb on the lid) is a 照护记录单: 照护对象 (the elders 周玉凤, 字正芳: not "
                 "students, with age and 床号), `照护员` the student by hand, the centre's 带教护理员 鲁秀兰 (not a student). Item 10 "
                 "(TYPED) is a WEIGHTED register: 过程考核 and 成果考核 each out of 100, 总评 = 过程×40% + 成果×60% (one decimal), "
                 "as the note says, with 等级; 32 rows = form `32人` = the roster. The roster is a 学生宿舍安排表: the class under "
                 "its dormitory rooms, each room's 舍长 marked, the 宿管 named on the head (杨云仙 班主任)"),
    dict(school="重庆市奉节县夔门技工学校", pack="gbkzip", region="fj", course="battery", cls="新能源2401班", size=36, seed=21,
         sidp="24500435", students=["谭宇鹏", "冉思颖", "向昱辰"], extra_class=["熊雨瑶"], absent_from_10=["熊雨瑶"],
         teachers=["傅建军", "邓红英"], fc=("班级人数", "男30人、女6人，共36人"), count=36, roster="guardians", headteacher="余光荣",
         f8="cover_page", f10="group_merged", f11="hv_typed", f12="color_scan",
         findings=[("records.missing_student", 10, False, "熊雨瑶"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学生信息表 with a 监护人 column: every student's parent named beside him, not students) and the form "
                 "(`男30人、女6人，共36人`) hold 熊雨瑶; item 10 (scanned 200 dpi 1-bit) has 35 rows and none for her: "
                 "records.missing_student and records.count_mismatch. Item 10 is a GROUP register: 组别 and 小组得分(40) are merged "
                 "cells over each group's rows, the individual parts beside them, 总分 = 小组得分 + 个人. Item 8 (colour scan 200): "
                 "a cover page per student (班级/姓名/学号 on lines) and a worksheet page with only `学号后两位` in its head"),
    dict(school="重庆市奉节县夔门技工学校", pack="gbkzip", region="fj", course="navel", cls="网络2402班", size=38, seed=22,
         sidp="24500301", students=["黄泓睿", "王芊羽", "刘庭轩"], items={12: ["黄泓睿", "王芊羽"]},
         extra_class=["陈嘉熠"], bad={"陈嘉熠": "sum"}, others_named=["冉德文"],
         teachers=["蒋渝生", "周晓霞"], fc=("班级人数", "38"), count=38,
         f8="self_check", f10="landscape_acts", f11="network_typed", f12="grille_photo2",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "陈嘉熠")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a window-grille shadow) holds the homework of only TWO students, 黄泓睿 and 王芊羽 "
                 "(刘庭轩's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (TYPED, a "
                 "LANDSCAPE page) has a two-row head, three 活动 each split into 自评(5)/组评(5)/师评(10 or 20 or 30), the maxima in the "
                 "second head row, then 总分, 等级 and 备注; 陈嘉熠's 总分 is 10 below the sum of his parts: records.invalid_score. Item 8 "
                 "(1-bit 300 dpi): a 工位自检表, the head with 班级 and 工位号 only, `自检人（签名）` by hand at the foot; the "
                 "cooperative's 冉德文 signs as 验收人 (not a student). No roster"),
    dict(school="重庆市奉节县夔门技工学校", pack="gbkzip", region="fj", course="orange", cls="电商2401班", size=41, seed=23,
         sidp="24500603", students=["杨琬茹", "邓嘉祥", "李浩铖"], items={11: ["杨琬茹", "邓嘉祥", "何晓婷"]},
         extra_class=["何晓婷"], teachers=["向晓春", "张显成"], fc=("班级人数", "全班40人（男17，女23）"), count=40,
         f8="head_table", f10="group_tables", f11="design_typed", f12="plain_scan2",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False)],
         comment="item 11 (TYPED, design sheets `设计：<name>` and customer-service logs `客服：<name>`) holds the works of 杨琬茹, "
                 "邓嘉祥 and classmate 何晓婷 (with an item-10 record) instead of 李浩铖's (8 and 12 hold the three): "
                 "students.mismatch. Item 10 (scanned colour 200) is split into six small tables, one per 小组, each with a "
                 "`本组平均` line; it holds 41 students while the form says `全班40人（男17，女23）`: records.count_mismatch (no roster)"),
    dict(school="镇江市北固技工学校", pack="zip", region="zj", course="conveyor", cls="机电2301班", size=38, seed=31,
         sidp="23320127", students=["朱皓然", "殷雅琪", "钱宇泽"], items={8: ["朱皓然", "殷雅琪", "钱宇泽", "吴泽熙"]},
         extra_class=["吴泽熙", "丁振华"], bad={"丁振华": "sum"}, others_named=["戴长江"],
         teachers=["徐振东", "孙立萍", "眭国平"], fc=("授课对象", "机电2301班38名学生"), count=38,
         f8="plain_line", f10="corrected", f11="plc_typed", f12="photo_book",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "丁振华")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray, a cobweb on the lid) holds the worksheets of FOUR students: the three and classmate "
                 "吴泽熙 (with an item-10 record): students.count on 8; students.mismatch optional. Item 10 (scanned 250 dpi gray) "
                 "has a 满分 row under the head and several scores crossed out and corrected by hand in red (总分 agrees with the "
                 "corrected value, legal); 丁振华's 总分 is 7 above the sum of his parts with no correction: records.invalid_score. "
                 "Item 11 (typed): the factory's 设备科 戴长江 signs the 调试记录 (not a student). No roster"),
    dict(school="镇江市北固技工学校", pack="zip", region="zj", course="noodle", cls="烹饪2402班", size=42, seed=32,
         sidp="24320501", students=["陈钰溪", "张珂铭", "王梓晟"], others_named=["殷德文", "孙长生"],
         teachers=["周明杰", "钱秋月"], fc=("学生人数", "42"), count=42, roster="seats", headteacher="朱文娟",
         f8="maker_box", f10="bonus", f11="dish_cost_typed", f12="cobweb_scan",
         findings=[],
         comment="clean. Item 10 (scanned colour 200) has an 附加分(≤5) column for a creative dish, explained under the table "
                 "(总分 = 各项 + 附加分, up to 105), so some totals are above 100 and above the sum of the five parts (legal); 42 rows "
                 "= form `42` = the roster. The roster is a SEAT CHART (座位表): seven rows of six seats, 讲台 at the top, names "
                 "only, the 班主任 朱文娟 at the foot. Item 8 (scanned 180 gray): `制作者` by hand in a box at the top right beside "
                 "得分/评阅人; the noodle shop's head cook 殷德文 and the 面点师 孙长生 named (not students)"),
]

PROVINCE = {1: "云南省普洱市", 2: "重庆市奉节县", 3: "江苏省镇江市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 普洱: "08-工作页.pdf"
        return "%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 奉节: "附件3-8 工作页.pdf"? no: "8、工作页.pdf"
        return "%d、%s.pdf" % (n, NAMES[n])
    return "%d_%s（%s）.pdf" % (n, NAMES[n], s["cls"])   # 镇江: "8_工作页（机电2301班）.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂申报书（%s）.docx" % c["major"], "docx"),
            2: ("%s申报书.pdf" % c["course"], "pdf"),
            3: ("申报书-%s.docx" % c["task"][:6], "docx")}[grp(s)]


# ------------------------------------------------------------------ the form

def form_count_text(s):
    return "%s | %s" % s["fc"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    lab, val = s["fc"]
    if g == 1:   # 普洱: the size inside the class cell, or its own 学生人数 row
        rows = [("专业名称（全称）", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"])]
        rows += [(lab, val)] if lab == "授课班级" else [("授课班级", s["cls"]), (lab, val)]
        rows += [("学时", "%d学时" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    elif g == 2:   # 奉节: a four-column grid, 班级 and 班级人数 side by side
        info = tbl([["专业名称", (c["major"], ' colspan="3" align="left"')], ["专业编码", c["code"], "学时", str(c["hours"])],
                    ["课程名称", (c["course"], ' colspan="3" align="left"')], ["学习任务", (c["task"], ' colspan="3" align="left"')],
                    ["授课班级", s["cls"], lab, val]], width="94%", pad=P)
    else:   # 镇江
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"])]
        rows += [(lab, val)] if lab == "授课对象" else [("授课班级", s["cls"]), (lab, val)]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">技工院校工学一体化优质课堂申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}　　手机：{tel}</p><p>申报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>教学按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织。学生以小组为单位领取任务，查阅资料后制订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色创新</h3><p>学习任务来源于{prov}合作企业的真实生产和服务需求，成果经企业验收。</p>
<h3>六、承诺</h3><p>申报材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 2000 + s["seed"] * 41),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="76%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])

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



def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))




# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["完成较好", "要点齐全", "良", "书写再工整些"][i % 4], t[i % 2])
        if f == "binding_strip":   # the 装订线 strip at the left edge, the name one character a line
            strip = ("<p style=\"font-size:8pt\">装<br/>订<br/>线<br/>内<br/>不<br/>要<br/>答<br/>题</p><p>&nbsp;</p>"
                     "<p>班<br/>级<br/>%s</p><p>&nbsp;</p><p>姓<br/>名<br/>%s</p><p>&nbsp;</p><p>学<br/>号<br/>%s</p>"
                     % (hand("<br/>".join(cl), True), hand("<br/>".join(n)), hand(sid[-4:], True)))
            main = title + sit + answers(c, rng, i) + comment
            body = ('<table style="border-collapse:collapse" width="100%%"><tr><td width="9%%" valign="top" align="center" '
                    'style="border-right:1.5pt dashed #000;padding:4px">%s</td><td valign="top" style="padding:4px 10px">%s</td></tr></table>'
                    % (strip, main))
        elif f == "care_record":   # 照护记录单: the elder cared for, the student as 照护员
            elder = s["others_named"][i % 2]
            head = tbl([["照护对象", elder, "年龄", "%d岁" % (78 + 3 * i), "床号", "%d床" % (4 + 5 * i)],
                        ["照护员", hand(n, True), "班级", hand(cl, True), "日期", hand(day(s, i)[5:], True)],
                        ["带教护理员", s["others_named"][2], "照护项目", ("助浴、防跌倒", ' colspan="3"')]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>照护记录单（学习工作页）</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    '<p>老人反馈：%s</p>' % hand(["水温合适，很舒服。", "扶得稳，不怕了。", "动作轻。"][i % 3], True) + comment)
        elif f == "cover_page":   # a cover per student, then the page with only the last two digits of the number
            cover = ('<p>&nbsp;</p><p>&nbsp;</p><h1 style="text-align:center">学 习 工 作 页</h1><p>&nbsp;</p>'
                     '<h3 style="text-align:center">%s</h3><p>&nbsp;</p><p>&nbsp;</p>' % c["task"] +
                     '<p style="margin-left:30%%">班　　级：<u>　%s　</u></p><p style="margin-left:30%%">姓　　名：<u>　%s　</u></p>'
                     '<p style="margin-left:30%%">学　　号：<u>　%s　</u></p><p style="margin-left:30%%">指导教师：<u>　%s　</u></p>'
                     % (hand(cl), hand(n), hand(sid), "、".join(t[:2])) +
                     '<p>&nbsp;</p><p>&nbsp;</p><p style="text-align:center">%s</p>' % s["school"])
            inner = ('<p style="text-align:right">学号后两位：%s</p>' % hand(sid[-2:], True) + title + sit + answers(c, rng, i) + comment)
            pages.append(cover)
            body = inner
        elif f == "self_check":   # a station self-check sheet, the signature at the foot
            head = tbl([["班级", hand(cl, True), "工位号", hand("W-%02d" % (3 + 4 * i), True), "日期", hand(day(s, i)[5:], True)]], width="100%", pad="4px 4px")
            chk = tbl([["检查项目", "标准", "自检结果"], ["水晶头线序", "T568B", hand("√", True)], ["链路测试", "8芯全通", hand("√", True)],
                       ["交换机VLAN", "三个VLAN", hand("√", True)], ["冷库信号", "≥ -70 dBm", hand("-6%d dBm" % (5 + i), True)]], width="90%")
            body = ('<h3 style="text-align:center">%s<br/>工位自检表（学习工作页）</h3>' % c["task"] + head + sit + answers(c, rng, i) + chk +
                    '<p>验收人：%s（合作社）</p>' % hand(s["others_named"][0], True, BLACK) + comment +
                    '<p style="text-align:right">自检人（签名）：%s</p>' % hand(n))
        elif f == "head_table":   # a bordered head row 姓名 | 班级 | 学号 | 日期
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级 学号 姓名 line
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "maker_box":   # 制作者 in a box at the top right, beside 得分 and 评阅人
            box = ('<table style="border-collapse:collapse;margin-left:55%%" width="45%%"><tr>%s%s</tr><tr>%s%s</tr><tr>%s%s</tr></table>'
                   % (td("制作者"), td(hand(n, True)), td("得　分"), td('<span %s>%d</span>' % (RED, 82 + 4 * i)), td("评阅人"), td(t[i % 2])))
            body = (box + title + "<p>企业指导：%s（面馆厨师长）、%s（面点师）</p>" % tuple(s["others_named"][:2]) + sit + answers(c, rng, i))
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(pages), "sheets_per_student": len(pages) // len(names), "items": []},
                                                          ensure_ascii=False, indent=1))
    meth = {"binding_strip": "x-scanpdf:200:photo:grille", "care_record": "x-scanpdf:250:cobweb", "cover_page": "x-scanpdf:200:color",
            "self_check": "x-scanpdf:300:mono", "head_table": "x-scanpdf:200", "plain_line": "x-scanpdf:250:cobweb",
            "maker_box": "x-scanpdf:180"}[f]
    font = {"head_table": "Noto Sans CJK SC", "self_check": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])

    def grade(x):
        return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"

    if f == "note_max":   # the maxima only in a note line above the table
        parts = [("仪容仪表", 10), ("夜床服务", 40), ("茶礼接待", 35), ("服务用语", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p for p, _ in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.66, 0.97)
            if bad.get(n) == "over":
                v[0] = 14
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") +
                "<p>评分项目及分值：仪容仪表10分，夜床服务40分，茶礼接待35分，服务用语15分，满分100分。等级：90分以上优，80—89良，70—79中，60—69及格。</p>"
                + table(out) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300"
    if f == "weighted":   # 总评 = 过程×40% + 成果×60%
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程考核<br/>(百分制)", "成果考核<br/>(百分制)", "总评<br/>(过程40%+成果60%)", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(66, 97), rng.randint(60, 98)
            tot = round(a * 0.4 + b * 0.6, 1)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), "%.1f" % tot, grade(tot)], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>说明：过程考核、成果考核均按百分制评分，总评＝过程考核×40%＋成果考核×60%，保留一位小数。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "group_merged":   # 组别 and 小组得分 merged over each group's rows
        out = [trow(["<b>%s</b>" % x for x in ["组别", "小组得分<br/>(40)", "序号", "学号", "姓名", "安全防护<br/>(20)", "检测操作<br/>(30)", "记录填写<br/>(10)", "总分"]], pad)]
        k = 0
        gsize = 6
        for g in range(0, len(rec), gsize):
            members = rec[g:g + gsize]
            gs = rng.randint(28, 38)
            for j, n in enumerate(members):
                v = part_scores(rng, [("a", 20), ("b", 30), ("c", 10)], 0.6, 0.97)
                cells = ""
                if j == 0:
                    cells += td("第%s组" % "一二三四五六七"[g // gsize], ' align="center" rowspan="%d"' % len(members), pad)
                    cells += td(str(gs), ' align="center" rowspan="%d"' % len(members), pad)
                k += 1
                cells += "".join(td(x, ' align="center"', pad) for x in [str(k), sid_of(s, n), n] + [str(x) for x in v] + [str(gs + sum(v))])
                out.append("<tr>%s</tr>" % cells)
        body = (head10(s, c, "学习任务考核记录表（小组＋个人）") + table(out) +
                "<p>说明：总分＝小组得分（本组成员相同）＋个人得分（安全防护、检测操作、记录填写）。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:mono"
    if f == "landscape_acts":   # landscape, three activities each split into 自评/组评/师评
        acts = [("活动一 现场勘察", [5, 5, 10]), ("活动二 方案与布线", [5, 5, 20]), ("活动三 配置与测试", [5, 5, 40])]
        h1 = "".join(td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ["序号", "学号", "姓名"])
        h1 += "".join(td("<b>%s</b>" % a, ' align="center" colspan="3"', pad) for a, _ in acts)
        h1 += "".join(td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ["总分", "等级", "备注"])
        h2 = "".join(td("<b>%s(%d)</b>" % (nm, m), ' align="center"', pad) for _, ms in acts for nm, m in zip(["自评", "组评", "师评"], ms))
        out = ["<tr>%s</tr>" % h1, "<tr>%s</tr>" % h2]
        for k, n in enumerate(rec):
            v = [int(round(m * rng.uniform(0.62, 0.97))) for _, ms in acts for m in ms]
            tot = sum(v) - (10 if bad.get(n) == "sum" else 0)
            note = "补测" if k in (6, 23) else ""
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot), note], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="size:A4 landscape;margin:1.0cm 1.2cm"), "pdf"
    if f == "group_tables":   # one small table per group with a 本组平均 line
        parts = [("主图设计", 30), ("详情页", 30), ("客服话术", 20), ("售后处理", 20)]
        body = head10(s, c, "学习任务考核记录（分组）")
        per = [7, 7, 7, 7, 7, 6]
        k = 0
        for g, m in enumerate(per):
            members = rec[k:k + m]
            out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
            tots = []
            for n in members:
                k += 1
                v = part_scores(rng, parts)
                tots.append(sum(v))
                out.append(trow([str(k), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
            out.append(trow(["", "本组平均", "", "", "", "", "", "%.1f" % (sum(tots) / len(tots))], pad))
            body += "<p><b>第%s组</b>　组长：%s</p>" % ("一二三四五六"[g], members[0]) + table(out, width="96%")
        body += sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200:color"
    if f == "corrected":   # a 满分 row; some scores crossed out and corrected by hand, the total agrees
        parts = [("电气识图", 15), ("接线工艺", 25), ("PLC编程", 25), ("变频调试", 25), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        fix = set(rng.sample([k for k, n in enumerate(rec) if not bad.get(n)], 4))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            if k in fix:
                j = 1 + k % 3
                old = max(0, v[j] - rng.randint(2, 5))
                cells[j] = '<s>%d</s> %s' % (old, hand(str(v[j]), True, "#b8231a", "11pt"))
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>注：改动处已由评分教师签字确认。</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "bonus":   # an 附加分 column explained under the table
        parts = [("原料准备", 10), ("刀工成型", 20), ("烹调火候", 40), ("装盘出品", 15), ("卫生安全", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分<br/>(≤5)", "总分"]], pad)]
        bon = set(rng.sample(range(len(rec)), 7))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.7, 0.99)
            b = rng.randint(2, 5) if k in bon else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>说明：附加分为创新菜品加分，每人最高5分，由厨师长和任课教师共同认定；总分＝五项得分＋附加分，最高105分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    meth, font = "pdf", "Noto Serif CJK SC"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "guest_cards":   # guest feedback cards, the guest and the 服务员
                parts.append('<h3 style="text-align:center">宾客意见卡 Guest Comment Card</h3><p>成果：%s</p>' % title +
                             tbl([["宾客姓名 Guest", hand(s["others_named"][j % 2], True, BLACK), "房号", "%d" % (201 + 3 * i + j)],
                                  ["服务员", "%s（%s %s）" % (n, cl, sid), "日期", day(s, 30 + i)],
                                  ["满意度", "☑非常满意 □满意 □一般", "意见", hand(["茶很香，服务周到。", "Very kind, thank you!"][j % 2], True, BLACK)]],
                                 width="92%") + "<p>%s</p>" % desc)
                meth = "x-scanpdf:200:color"
            elif f == "care_plan_typed":   # 照护计划, the elder and 制订人
                parts.append('<h3>%s</h3>' % title + tbl([["照护对象", s["others_named"][j % 2], "制订人", n],
                                                          ["班级", cl, "学号", sid], ["内容", (desc, ' colspan="3"')],
                                                          ["审核", t[j % 2], "日期", day(s, 30 + i)]], width="90%"))
            elif f == "hv_typed":   # 高压作业记录, 作业人 and 监护人 (a teacher)
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车辆", "纯电网约车（渝G·D%04d）" % (3107 + i), "作业日期", day(s, 30 + i)],
                                  ["作业人", "%s（%s）" % (n, cl), "安全监护人", t[j % 2]],
                                  ["结果", (desc, ' colspan="3"')]], width="92%"))
            elif f == "network_typed":
                parts.append('<h3>%s</h3><p>完成人：%s　　学号：%s　　班级：%s</p>' % (title, n, sid, cl) +
                             tbl([["区域", "VLAN", "网段"], ["办公室", "10", "192.168.10.0/24"], ["分拣车间", "20", "192.168.20.0/24"],
                                  ["冷库", "30", "192.168.30.0/24"]], width="70%") + "<p>%s</p><p>验收：%s</p>" % (desc, t[j % 2]))
            elif f == "design_typed":
                lab = "设计" if j == 0 else "客服"
                parts.append('<h3>%s</h3><p>%s：%s　　%s　　%s</p>' % (title, lab, n, cl, day(s, 30 + i)) +
                             tbl([["项目", "说明"], ["要点", desc], ["指导", t[j % 2]]], width="80%"))
            elif f == "plc_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["调试人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                  ["结果", (desc, ' colspan="3"')], ["企业确认", "%s（设备科）" % s["others_named"][0], "教师", t[j % 3]]], width="90%"))
            elif f == "dish_cost_typed":
                parts.append('<h3>%s</h3><p>制作人：%s（%s，学号%s）</p>' % (title, n, cl, sid) +
                             tbl([["项目", "内容"], ["记录", desc], ["品评", "%s（厨师长）" % s["others_named"][0]]], width="80%"))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font=font), meth


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
        if f == "plain_scan":
            head = ["课后作业", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "grille_photo":   # the name at the foot
            head = ["%s　课后练习" % c["course"]]
            end = ["> 照护2401班　%s" % n] + end
        elif f == "color_scan":
            head = ["课后作业（高压安全）", "> 姓名 %s　学号 %s" % (n, sid)]
        elif f == "grille_photo2":
            head = ["网络组建课后作业", "> %s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "plain_scan2":
            head = ["课后作业", "> 姓名：%s　　%s" % (n, cl)]
        elif f == "photo_book":
            head = ["作业本", "> 班级 %s" % cl, "> 姓名 %s" % n, "----", "PLC课后作业"]
        elif f == "cobweb_scan":
            head = ["课后作业　%s" % c["course"], "> 学生：%s　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"plain_scan": "x-scan:200:3", "grille_photo": "x-photo:200:2:grille", "color_scan": "x-scan:250:4:color",
            "grille_photo2": "x-photo:200:1:grille", "plain_scan2": "x-scan:200:2", "photo_book": "x-photo:200:3",
            "cobweb_scan": "x-scan:200:1:cobweb"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "dorm":   # the class under its dormitory rooms
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["宿舍", "床位", "学号", "姓名", "备注"])]
        rooms = ["3栋%d" % (301 + r_) for r_ in range(6)]
        for j, n in enumerate(k):
            room, bed = rooms[j // 6], j % 6 + 1
            cells = ""
            if j % 6 == 0:
                cells += td(room, ' align="center" rowspan="%d"' % min(6, len(k) - j), "1px 4px")
            cells += "".join(td(x, ' align="center"', "1px 4px") for x in ["%d号床" % bed, sid_of(s, n), n, "舍长" if bed == 1 else ""])
            rows.append("<tr>%s</tr>" % cells)
        body = ('<h2 style="text-align:center">%s 学生宿舍安排表</h2><p>%s　　班主任：%s　　宿管：%s　　2024年9月</p>' % (s["cls"], s["school"], s["headteacher"], "鲁芳") +
                table(rows, width="80%") + "<p>全班共%d人，均住校。</p>" % len(k))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return ["鲁芳"]
    if r == "guardians":   # a student information table with the guardian beside every student
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "监护人", "关系", "乡镇"])]
        gd = []
        towns = ["永安", "白帝", "草堂", "汾河", "康乐", "安坪", "朱衣", "甲高"]
        grng = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            pool = ["建国", "长松", "德明", "光华", "世平", "国富", "正兵", "大林", "云华", "秀英", "春兰", "先会", "长贵", "正清", "万福",
                    "应华", "宗贵", "明友", "开福", "传富", "家顺", "仁贵", "克勤", "登科", "孝平", "绍文", "泽林", "永福", "吉祥", "道远",
                    "远菊", "德芳", "翠兰", "玉珍", "银凤", "小琼"]
            grng.shuffle(pool)
            g = next(n[0] + x for x in pool if not (n[0] + x in gd or any(near(n[0] + x, y) for y in k + s["teachers"])))
            gd.append(g)
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), g, "父亲" if g[1:] not in ("秀英", "春兰", "先会", "远菊", "德芳", "翠兰", "玉珍", "银凤", "小琼") else "母亲", towns[j % 8]], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生信息表</h2>' % (s["school"], s["cls"]) + table(rows, width="90%") +
                "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
        return dedup(gd)
    if r == "seats":   # a seat chart, seven rows of six
        rows = ['<tr><td colspan="6" align="center" style="border:0.75pt solid #000;padding:6px">讲　台</td></tr>']
        for rr in range(7):
            rows.append("<tr>%s</tr>" % "".join(td(k[rr * 6 + cc] if rr * 6 + cc < len(k) else "", ' align="center" width="16%"', "10px 4px")
                                                for cc in range(6)))
        body = ('<h2 style="text-align:center">%s座位表</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="92%") + "<p>班主任：%s　　　全班%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "11pt", compact=True))
        man.append("roster.html\t%s学生名单（座位表）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    raise SystemExit(r)


def sex_of(n):
    return "女" if n[1:] in GIRLS else "男"


GIRLS = set(("雨涵 欣怡 子涵 思涵 雨晴 紫涵 诗涵 梓萱 晨曦 嘉欣 雅馨 静雯 若琳 雪怡 婧琪 心妍 可欣 晓雨 梦涵 佳欣 欣雨 语汐 宇彤 若萱 "
             "雨菲 思颖 芷若 婉婷 梦婷 雅琪 嘉琪 慧琳 晓婷 丽娜 玉洁 艳萍 秋月 春燕 婷婷 露露 倩倩 媛媛 丹丹 雅雯 诗雅 晨希 芮涵 语晨 梓琪 "
             "欣蕊 雨瑶 婉婧 可心 筱雨 依然 怡宁 彦希 玉香 沁瑶 沐恩 若兮 芊羽 琬茹 钰溪 芊芊 碧云 玉凤").split()) | set("敏静娟霞")


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out



def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "114th held-out people corpus (testdata/heldout114), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 114)
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
            "class_size_on_form": s["count"], "form_count_text": form_count_text(s),
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
