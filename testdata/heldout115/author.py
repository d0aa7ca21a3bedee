#!/usr/bin/env python3
"""Write the sources of the 115th held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 侯马
(Shanxi, 临汾), 海城 (Liaoning, 鞍山) and 讷河 (Heilongjiang, 齐齐哈尔).

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
# the truth files read for names, tasks and courses to avoid (heldout116 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 115)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# given names: a new list, the everyday names of students born around 2008
GIVEN2 = ("一鸣 子墨 思远 雨萱 若曦 梓涵 浩宇 俊熙 欣悦 佳怡 明轩 嘉懿 语桐 沐辰 皓轩 诗琪 馨月 宇航 泽楷 梦琪 "
          "晨阳 安琪 博文 睿泽 可馨 嘉怡 铭泽 昊然 雅琳 心怡 奕辰 锦程 书瑶 一诺 天佑 梓萌 俊豪 思琪 子轩 靖雯 "
          "紫琳 宏博 家豪 佳琪 瑞雪 子健 晓彤 振宇 雨泽 芷晴 浩楠 欣妍 晟睿 家乐 思彤 润泽 怡然 天翊 佳琳 承泽 "
          "文博 雨欣 凯文 佳颖 子豪 梦瑶 志豪 雅婷 鑫磊 晓雯 "
          "子航 雅楠 欣然 宇轩 艺涵 冰洁 新宇 炳辰 泓宇 金泽 尚儒 庆林 朝晖 治宇 彦博 瀚文 楚涵 婉清 沛然 骏驰 "
          "柏霖 翰林 凌霄 景行 煜城 钰涵 歆瑶 珂欣 涵宇 若彤 梦洁 诗雨 晓萌 乐怡 悦彤 依诺 雨婷 佳慧 思雨 美琪 "
          "欣瑜 雪晴 佳宁 静怡 海洋 世杰 建宇 博涛 鹏飞 文杰 泽宇 宇鑫 翔宇 兆丰 国栋 永康 少杰 梓豪 铭宇 晨轩 "
          "明哲 立恒 启明 嘉乐 思源 锦轩 正阳 志远 林峰 舒畅 雨桐 冠宇 星宇 昕怡 语嫣 妙可 宛如 晓琪 紫萱").split()
GIVEN1 = list("昊琳博阳悦鑫磊婷")


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
            continue
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


SURNAMES = {
    "hm": list("王王王王李李李张张张刘刘赵赵杨杨郭郭贾贾卫薛梁段范柴乔韩武"),
    "hc": list("王王王王李李李李张张张刘刘刘于于孙孙赵杨高陈姜曲韩关佟"),
    "nh": list("王王王王李李李张张张刘刘刘孙孙赵赵于杨高姜邹曹吴鄂"),
}

C = {
 "ev": dict(major="新能源汽车检测与维修", code="0435", course="动力电池系统检测与维修", task="纯电动出租车动力电池绝缘故障检测与高压断电作业",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="侯马一家出租车公司的一辆纯电动出租车仪表报“动力系统绝缘故障”，无法上高压。车队维修主管请新能源汽修班学员按高压作业规范穿戴防护用品，执行高压断电并验电，用绝缘测试仪逐段测量动力电池、电机控制器和空调压缩机的绝缘电阻，找出故障部件并填写检测工单。",
   qs=[("问题1 高压断电后为什么还要等五分钟再验电？", ["电机控制器里的电容还存着电，要等它放电，验明电压低于安全值才能操作。", "电容要放电。", "验电低于安全值才能操作。"]),
       ("问题2 绝缘电阻低说明什么？", ["高压部件和车身之间的绝缘变差，可能漏电，人碰到车身会有危险。", "可能漏电。", "碰车身有危险。"])],
   hw=[("1. 个人防护用品有哪些？", ["绝缘手套、绝缘鞋、护目镜和阻燃工作服，绝缘手套用前要做气密检查。", "绝缘手套、绝缘鞋、护目镜。", "手套要查气密。"]),
       ("2. 怎样逐段查找绝缘故障？", ["断开各高压插接器，分别测电池包、电机控制器、压缩机对车身的绝缘，哪段低就是哪段坏。", "分段断开分别测。", "哪段低就是哪段坏。"])],
   outputs=[("高压断电作业记录", "验电结果0.4V，低于安全值。"), ("绝缘检测报告", "空调压缩机绝缘电阻0.3MΩ，不合格。")]),
 "care": dict(major="健康与社会照护", code="0529", course="卧床老人压疮预防照护", task="养老院卧床老人翻身拍背与压力性损伤预防照护",
   hours=14, station="健康照护一体化学习工作站",
   situation="侯马一家公办养老院有几位长期卧床的老人，护理部发现其中一位骶尾部皮肤发红。护理部主任请照护班学员在护理员带领下评估老人皮肤和营养状况，制订两小时一次的翻身计划，练习轴线翻身和拍背排痰，选用减压床垫和软枕，并填写照护记录。",
   qs=[("问题1 为什么每两小时要翻一次身？", ["同一部位受压超过两小时，局部缺血，皮肤容易破溃形成压疮。", "受压久了会形成压疮。", "局部缺血。"]),
       ("问题2 拍背时手要怎样做？", ["手指并拢、掌心空心成杯状，从下往上、从外往里叩击背部。", "手成杯状，从下往上。", "从外往里叩。"])],
   hw=[("1. 压疮好发在哪些部位？", ["骶尾部、足跟、髋部、肩胛和后枕部，这些地方骨头突出、肉少。", "骶尾部和足跟。", "骨头突出的地方。"]),
       ("2. 翻身后要记录哪些内容？", ["翻身时间、体位、皮肤情况、老人的反应和照护员签名。", "时间、体位和皮肤情况。", "照护员签名。"])],
   outputs=[("翻身照护记录单", "二十四小时翻身十二次，皮肤发红消退。"), ("压力性损伤风险评估表", "Braden评分十四分，中度风险。")]),
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="前厅服务与管理", task="温泉酒店旺季散客入住接待与行李寄存服务",
   hours=14, station="酒店前厅服务一体化学习工作站",
   situation="海城一家温泉酒店在冬季滑雪旺季每天入住两百多位散客，前台排队时间长，行李寄存处常常忙乱。前厅经理请酒店班学员熟悉入住流程，模拟办理散客入住、收取押金、发放房卡，规范行李寄存和提取手续，并演练客人投诉排队过长时的应对。",
   qs=[("问题1 办理入住时要核对哪些信息？", ["核对客人身份证件和预订信息，确认房型、入住天数、早餐和押金方式。", "核对证件和预订。", "确认房型和押金。"]),
       ("问题2 行李寄存牌为什么分上下两联？", ["上联系在行李上，下联交给客人，提取时两联对上才能取走，防止错拿。", "两联对上才能取。", "防止错拿。"])],
   hw=[("1. 客人抱怨排队太久怎样回应？", ["先道歉，说明原因，请客人到休息区稍坐并送上热饮，安排专人尽快办理。", "道歉并安排休息区。", "尽快办理。"]),
       ("2. 押金有哪些收取方式？", ["现金、银行卡预授权和手机支付，退房时按实际消费结算。", "现金和预授权。", "退房时结算。"])],
   outputs=[("散客入住登记模拟单", "平均办理时间三分半钟。"), ("行李寄存登记表", "寄存二十一件，提取无差错。")]),
 "mech": dict(major="机电一体化技术", code="0127", course="包装线气动分拣单元装调", task="镁砂包装生产线气动分拣单元安装与PLC调试",
   hours=18, station="机电一体化一体化学习工作站",
   situation="海城的一家镁砂制品厂要把包装线末端的人工分拣改成自动分拣，按颗粒规格把袋装镁砂推到三条不同的输送道上。厂里设备科请机电班学员按图纸安装气缸、电磁阀和光电传感器，连接气路和电路，编写PLC程序并调试，最后填写安装调试记录。",
   qs=[("问题1 光电传感器怎样调整才可靠？", ["对准反射板，调灵敏度到刚好能稳定检测，再遮挡几次看指示灯是否跟着变化。", "对准反射板调灵敏度。", "遮挡看指示灯。"]),
       ("问题2 气缸推出速度太快怎么办？", ["调节气缸上的单向节流阀，让排气慢一点，推出就平稳了。", "调节流阀。", "排气慢一点。"])],
   hw=[("1. PLC输入点怎样检查接线？", ["不上气先通电，逐个触发传感器，看PLC输入指示灯是否亮，与地址表对照。", "逐个触发看指示灯。", "对照地址表。"]),
       ("2. 调试时为什么先手动后自动？", ["手动逐个动作确认气缸和阀都正常，再整体自动运行，出问题容易找。", "先确认单个动作。", "出问题容易找。"])],
   outputs=[("气动回路安装记录", "气源压力0.5MPa，无泄漏。"), ("PLC程序与调试记录", "连续运行两百袋，分拣无差错。")]),
 "net": dict(major="计算机网络应用", code="0301", course="中小企业网络组建与维护", task="大豆合作社办公网络VLAN划分与无线覆盖调试",
   hours=16, station="网络组建一体化学习工作站",
   situation="讷河一家大豆种植合作社新盖了办公楼和粮库值班室，办公电脑、监控摄像头和访客手机混在一个网里，网速慢且不安全。合作社请网络班学员勘察现场，设计VLAN方案，配置交换机和无线路由，把办公、监控和访客分开，测试无线信号覆盖并写出交付文档。",
   qs=[("问题1 为什么要把监控摄像头单独划一个VLAN？", ["监控视频流量大，单独划分不会挤占办公网络，也防止访客访问摄像头。", "流量大，不挤占办公网。", "防止访客访问。"]),
       ("问题2 交换机之间的链路要配成什么端口？", ["配成Trunk端口，允许几个VLAN的数据都从这条链路通过。", "Trunk端口。", "允许多个VLAN通过。"])],
   hw=[("1. 测试无线覆盖要记录什么？", ["每个房间的信号强度、网速和能否漫游，信号弱的地方标在平面图上。", "信号强度和网速。", "弱的地方标出来。"]),
       ("2. 访客网络要做哪些限制？", ["只能上互联网，不能访问办公网和监控，限制带宽，密码定期更换。", "不能访问办公网。", "限制带宽。"])],
   outputs=[("VLAN规划与IP地址分配表", "共划分三个VLAN。"), ("无线覆盖测试报告", "值班室信号-58dBm，合格。")]),
 "herb": dict(major="中药", code="1301", course="中药饮片鉴别与储存养护", task="北药黄芪与赤芍饮片性状鉴别与仓储养护",
   hours=16, station="中药鉴定与养护一体化学习工作站",
   situation="讷河一家中药饮片公司收购了一批本地种植的黄芪和赤芍，入库前要做性状鉴别，防止掺入伪品，入库后要控制温湿度，防止虫蛀霉变。公司质管部请中药班学员观察饮片的形状、颜色、断面和气味，填写鉴别记录，并制订梅雨季前的养护方案。",
   qs=[("问题1 黄芪饮片的断面有什么特征？", ["断面皮部黄白色，木部淡黄色，有放射状纹理，俗称“金井玉栏”。", "有放射状纹理。", "金井玉栏。"]),
       ("问题2 饮片库房湿度控制在多少？", ["相对湿度一般控制在百分之六十五以下，温度二十度以下。", "湿度百分之六十五以下。", "二十度以下。"])],
   hw=[("1. 赤芍和白芍怎样区分？", ["赤芍外皮棕褐色、断面粉白或粉红、有裂隙，白芍去了皮、断面类白色、质坚实。", "赤芍有外皮，断面粉红。", "白芍去皮。"]),
       ("2. 发现虫蛀怎样处理？", ["隔离虫蛀饮片，轻的晾晒或冷藏杀虫，重的报损，并检查同批次其他饮片。", "先隔离。", "重的报损。"])],
   outputs=[("黄芪饮片性状鉴别记录", "断面金井玉栏，气微，味微甜。"), ("库房养护方案", "每日记录温湿度两次。")]),
 "fish": dict(major="烹饪(中式烹调)", code="0501", course="东北风味热菜制作", task="嫩江鱼锅包肉与铁锅炖江鱼风味热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="讷河一家江边农家菜馆要推出两道新菜：用嫩江鲤鱼做的锅包鱼和铁锅炖江鱼。菜馆主厨请烹饪班学员按标准菜谱选料、改刀、挂糊炸制、熬汁收汁，掌握铁锅炖的火候和贴饼子的手法，控制出菜时间并做好成本核算。",
   qs=[("问题1 锅包鱼的糊为什么要用水淀粉澥开？", ["淀粉提前泡水沉淀，澥开的糊炸出来外壳酥脆，放久了也不容易回软。", "炸出来更酥脆。", "不容易回软。"]),
       ("问题2 铁锅炖鱼怎样控制火候？", ["先大火烧开撇去浮沫，再转中小火炖二十分钟，最后大火收汁。", "先大火后小火。", "最后收汁。"])],
   hw=[("1. 糖醋汁的比例怎样掌握？", ["白醋、白糖大约一比一，加少许盐和姜丝，熬到起大泡挂勺。", "醋糖一比一。", "熬到挂勺。"]),
       ("2. 贴饼子为什么要贴在锅边高处？", ["锅边热度够又不直接泡在汤里，饼子底面焦黄、上面吸了鱼汤的香味。", "底面焦黄。", "吸鱼汤的香味。"])],
   outputs=[("锅包鱼制作记录", "出菜时间九分钟。"), ("铁锅炖江鱼制作记录", "汤汁浓稠，饼子焦黄。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="侯马市晋都技工学校", pack="dir", region="hm", course="ev", cls="新能源2401班", size=37, seed=11,
         sidp="24140435", students=["薛沛然", "卫彦博", "柴晓萌"], items={8: ["薛沛然", "卫彦博", "柴晓萌", "段骏驰"]},
         extra_class=["段骏驰", "乔翰林"], bad={"乔翰林": "over"}, others_named=["樊占国"],
         teachers=["郭永刚", "梁晋芳"], form_count="37人",
         f8="inspection_sign", f10="names_right", f11="role_typed", f12="ants_photo",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "乔翰林")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray, a dead moth on the glass) holds FOUR 检测工单-worksheets: the three and classmate "
                 "段骏驰 (with an item-10 record): students.count on 8; students.mismatch optional. The student signs only in a "
                 "signature grid at the foot (`检测员（学生）`), beside the teacher (复检) and the taxi company's 送修人 樊占国 (not a "
                 "student). Item 10 (scanned 250 dpi gray, moth) puts 学号 and 姓名 in the two LAST columns (序号, five parts with "
                 "their maxima in the head, 总分, 学号, 姓名); 乔翰林 has 18 under `高压安全防护（15）`, 总分 the sum: records.invalid_score. No roster"),
    dict(school="侯马市晋都技工学校", pack="dir", region="hm", course="care", cls="照护2401班", size=36, seed=12,
         sidp="24140529", students=["武欣瑜", "范梓豪", "贾雨婷"], others_named=["吕桂芝", "孔德福", "宋玉琴"],
         teachers=["王建英", "韩志明"], form_count="36人",
         f8="care_record", f10="bonus", f11="role_typed", f12="hand_scan",
         findings=[],
         comment="clean. Item 8 (colour scan 200): a 照护记录 head naming the resident 吕桂芝 (82岁, 床号) and the care worker "
                 "宋玉琴 (带教护理员) beside the student (实习学生); item 11 (typed) names the resident 孔德福. Item 10 (TYPED) has "
                 "an `附加分（0-3）` column, 总分 = the parts + 附加分, explained in a note under the table; 36 rows = form `36人`. "
                 "No roster"),
    dict(school="海城市腾鳌技工学校", pack="gbkzip", region="hc", course="hotel", cls="酒店2402班", size=38, seed=21,
         sidp="2421050402", students=["曲雅楠", "于泓宇", "佟歆瑶"], outsiders={"佟歆瑶": "酒店2401班"}, out_sidp="2421050401",
         extra_class=["姜柏霖"], bad={"姜柏霖": "sum"}, others_named=["沈国庆"],
         teachers=["孙立群", "高岫岩"], form_count="38名",
         f8="bubble_sheet", f10="colsplit", f11="role_typed", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "佟歆瑶"), ("records.invalid_score", 10, False, "姜柏霖")],
         comment="佟歆瑶 of the parallel class 酒店2401班 (her class and 学号 2421050401xx on her pages) is the third student of "
                 "8/11/12; item 10 (38 students = form `38名`) has no record of her: students.not_in_class. Item 10 (TYPED) is "
                 "SPLIT BY COLUMNS over two pages: page 1 序号/学号/姓名/仪容仪表（10分）/入住办理（40分）/评分教师, page 2 (续表) "
                 "序号/姓名/行李寄存（30分）/投诉应对（20分）/总分/等级; 姜柏霖's 总分 (page 2) is 6 above the sum of his four "
                 "parts (two on each page): records.invalid_score. Item 8 (1-bit 300 dpi): an "
                 "ANSWER-SHEET head, a name box and the 学号 written over a bubble grid with its digits blacked in (涂卡); the "
                 "领班 沈国庆 plays the guest (not a student). No roster"),
    dict(school="海城市腾鳌技工学校", pack="gbkzip", region="hc", course="mech", cls="机电2401班", size=42, seed=22,
         sidp="2421012701", students=["关珂欣", "孙瀚墨", "陈朝煦"], extra_class=["韩楚涵"], absent_from_10=["韩楚涵"],
         teachers=["曲振江", "姜淑敏"], form_count="42名", roster="townships", headteacher="于腾云",
         f8="right_box", f10="rank_sorted", f11="role_typed", f12="color_scan_hand",
         findings=[("records.missing_student", 10, False, "韩楚涵"), ("records.count_mismatch", 10, False)],
         comment="the roster (a "
                 "生源情况说明: running text, the class by home township, names separated by 、, 42, no 学号) and the form "
                 "(`42名`) hold 韩楚涵; item 10 (scanned 300 dpi 1-bit) is sorted by 总分 with a 名次 column first and lists 41, "
                 "none for her: records.missing_student and records.count_mismatch. Item 8 (scanned 200 gray): the student's box "
                 "stacked in the right column beside the title"),
    dict(school="讷河市讷谟尔技工学校", pack="zip", region="nh", course="net", cls="网络2401班", size=35, seed=31,
         sidp="24230301", students=["邹尚儒", "鄂婉清", "曹景行"], items={12: ["邹尚儒", "鄂婉清", "吴凌霄"]},
         extra_class=["吴凌霄", "姜煜城"], bad={"姜煜城": "sum"}, others_named=["刘广田"],
         teachers=["赵振国", "孙雪岭"], form_count="35", roster="plain_roster", headteacher="杨沐霖",
         f8="footer_row", f10="corrected", f11="role_typed", f12="ants_photo",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "姜煜城")],
         comment="item 12 (phone photos, ants on the sheets) holds the homework of 邹尚儒, 鄂婉清 and classmate 吴凌霄 (with an "
                 "item-10 record) instead of 曹景行's (items 8 and 11 hold the three): students.mismatch. Item 10 (scanned 200 "
                 "dpi gray, a LANDSCAPE page) has hand corrections: five scores struck through with the new mark in red beside, "
                 "the 总分 of those rows matching the corrected marks (legal); 姜煜城's 总分 (not corrected) is 7 above the sum: "
                 "records.invalid_score. Item 8 (scanned 200 gray, moth): the student only in a footer row `填写人`. The "
                 "cooperative's 刘广田 named as 甲方联系人 on item 11 (not a student). Roster typed, 35"),
    dict(school="讷河市讷谟尔技工学校", pack="zip", region="nh", course="herb", cls="中药2401班", size=36, seed=32,
         sidp="24231301", students=["高兆麟", "刘依澄", "邹启明"], items={12: ["高兆麟", "刘依澄"]},
         extra_class=["曹立恒"], absent_from_10=["曹立恒"],
         teachers=["吴广斌", "鄂春梅"], form_count="36",
         f8="plain_line", f10="fraction", f11="role_typed", f12="plain_photo",
         findings=[("records.count_mismatch", 10, False), ("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 10 (TYPED) writes every score as `得分/满分` in one cell (`17/20`, 总分 `84/100`) and lists 35; the form "
                 "says `人数（人） | 36`: records.count_mismatch (曹立恒 has no record; no roster). Item 12 (phone photos) holds "
                 "the homework of only 高兆麟 and 刘依澄 (邹启明's missing): students.count on 12; students.mismatch optional"),
    dict(school="讷河市讷谟尔技工学校", pack="zip", region="nh", course="fish", cls="烹饪2402班", size=40, seed=33,
         sidp="24230501", students=["姜新宇", "曹佳宁", "于景瑞"], others_named=["李江源"],
         teachers=["王江涛", "邹丽华", "曹永山"], form_count="40",
         f8="head_row4", f10="makeup", f11="role_typed", f12="exercise_book",
         findings=[],
         comment="clean. Item 10 (colour scan 200) has 总分, then `补考` and `最终成绩`: two students below 60 re-sat "
                 "(补考 72 and 65) and their 最终成绩 is 60, as the note says (补考及格者按60分计); every 总分 is the sum of the "
                 "parts. 40 rows = form `40`. The restaurant's head chef 李江源 is named on item 8 and 11 (not a student). "
                 "Three teachers. No roster"),
]

PROVINCE = {1: "山西省临汾市侯马市", 2: "辽宁省鞍山市海城市", 3: "黑龙江省齐齐哈尔市讷河市"}

NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


CN = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 侯马: "材料八·工作页.pdf" (a Chinese numeral, a middle dot)
        return "材料%s·%s.pdf" % (CN[n], NAMES[n])
    if g == 2:   # 海城: "8.工作页.pdf"
        return "%d.%s.pdf" % (n, NAMES[n])
    return "项目%02d-%s.pdf" % (n, NAMES[n])   # 讷河: "项目08-工作页.pdf"


def form_name(s, c):
    return {1: ("优质课堂申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s-%s-申报书.pdf" % (s["school"], s["cls"]), "pdf"),
            3: ("申报书_%s.docx" % c["course"], "docx")}[grp(s)]


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
        return "授课对象 | %s，共%s" % (s["cls"], s["form_count"])
    if g == 2:
        return "班级规模 | %s学生" % s["form_count"]
    return "学生数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 侯马: class and size in one phrase
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s，共%s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 海城: 班级规模 with 名学生
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级规模", s["form_count"] + "学生"), ("授课地点", c["station"])]
    else:   # 讷河: 学生数, a bare number
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生数", s["form_count"]), ("学时", "%d" % c["hours"])]
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
        if f == "inspection_sign":   # a 检测工单 head; the student only in a signature grid at the foot
            head = tbl([["工单号", "JD-%04d" % (311 + i), "车牌号", hand("晋L·D%04d" % (5120 + 37 * i), True), "车型", "纯电动轿车", "进厂日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="3px 3px")
            sig = tbl([["检测员（学生）", hand(n), "学号", hand(sid, True)],
                       ["复检教师", hand(t[i % 2], True, BLACK), "车队送修人", hand(s["others_named"][0], True, BLACK)]], width="100%", pad="5px 4px")
            body = ('<h3 style="text-align:center">%s<br/>检测工单（学习工作页）</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    '<p><b>检测结论：</b>%s</p>' % hand(["压缩机绝缘不合格，建议更换。", "绝缘故障在空调压缩机支路。", "压缩机对车身绝缘0.3MΩ，不合格。", "更换压缩机后复测合格。"][i % 4], True) +
                    '<p>签字确认：</p>' + sig)
        elif f == "care_record":   # resident and care worker named beside the student
            head = tbl([["照护对象", hand("%s（82岁）" % s["others_named"][0], True, BLACK), "床号", hand("3-%02d" % (10 + i), True)],
                        ["带教护理员", hand(s["others_named"][2], True, BLACK), "实习学生", hand("%s　%s %s" % (n, cl, sid), True)]], width="100%", pad="4px 4px")
            body = '<h3 style="text-align:center">%s<br/>照护记录（学习工作页）</h3>' % c["task"] + head + sit + answers(c, rng, i) + comment
        elif f == "bubble_sheet":   # an answer-sheet head: name box, and the 学号 in a bubble grid (涂卡)
            digits = sid
            grid = ['<tr>%s</tr>' % "".join(td(hand(ch, True), ' align="center"', "0px 2px") for ch in digits)]
            for v in range(10):
                grid.append('<tr>%s</tr>' % "".join(td(('<span style="color:#000">&#9679;</span>' if int(ch) == v else '<span style="font-size:7pt">[%d]</span>' % v), ' align="center"', "0px 2px") for ch in digits))
            left = tbl([["姓名"], [hand(n)], ["班级"], [hand(cl, True)]], width="100%", pad="4px 6px")
            top = ('<table width="100%%"><tr><td width="34%%" style="vertical-align:top">%s</td><td width="66%%" style="vertical-align:top">'
                   '<p style="text-align:center;font-size:8pt">学　号（填写并涂黑）</p><table style="border-collapse:collapse;font-size:8pt" width="100%%">%s</table></td></tr></table>'
                   % (left, "".join(grid)))
            body = ('<h3 style="text-align:center">%s　学习工作页（答题卡）</h3>' % c["task"] + top +
                    "<p>模拟客人：%s（前厅领班）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i)) + answers(c, rng, i) + comment)
        elif f == "right_box":   # the student's box stacked in a right column beside the title
            box = tbl([["组号", hand("%d" % (1 + i), True)], ["姓名", hand(n)], ["学号", hand(sid, True)], ["成绩", '<span %s>%s</span>' % (RED, ["优", "良", "优"][i % 3])]],
                      width="100%", pad="3px 4px")
            top = ('<table width="100%%"><tr><td width="72%%" style="vertical-align:top"><h3>%s</h3><p>学习工作页　%s</p></td>'
                   '<td width="28%%" style="vertical-align:top">%s</td></tr></table>' % (c["task"], cl, box))
            body = top + sit + answers(c, rng, i) + comment
        elif f == "footer_row":   # the student only in a footer row
            foot = tbl([["填写人", hand(n), "学号", hand(sid, True), "班级", hand(cl, True), "教师签字", hand(t[i % 2], True, BLACK)]], width="100%", pad="4px 3px")
            body = title + sit + answers(c, rng, i) + '<p><b>勘察记录：</b>%s</p>' % hand(["办公室12个信息点，值班室3个。", "粮库值班室离主楼80米。", "监控摄像头6个。"][i % 3], True) + foot
        elif f == "plain_line":
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_row4":
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "灶台", hand("%d号灶" % (1 + i % 8), True)]], width="100%", pad="4px 4px")
            body = title + head + "<p>企业指导：%s（菜馆主厨）</p>" % s["others_named"][0] + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"inspection_sign": "x-scanpdf:250:moth", "care_record": "x-scanpdf:200:color", "bubble_sheet": "x-scanpdf:300:mono",
            "right_box": "x-scanpdf:200", "footer_row": "x-scanpdf:200:moth", "plain_line": "x-scanpdf:250", "head_row4": "x-scanpdf:200:color"}[f]
    font = {"bubble_sheet": "Noto Sans CJK SC", "head_row4": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "中等" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "names_right":   # 序号, the parts, 总分, then 学号 and 姓名 at the far right
        parts = [("高压安全防护", 15), ("断电与验电", 25), ("绝缘检测", 35), ("工单填写", 15), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号"] + ["%s<br/>（%d）" % p for p in parts] + ["总分", "学号", "姓名"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 18
            out.append(trow([str(k + 1)] + [str(x) for x in v] + [str(sum(v)), sid_of(s, n), n], pad))
        body = head10(s, c, "学习任务考核评分表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:moth"
    if f == "bonus":   # parts + 附加分, explained
        parts = [("照护评估", 20), ("翻身拍背", 35), ("压疮预防", 25), ("沟通与记录", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分<br/>(0-3)", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.93)
            b = rng.choice([0, 0, 0, 1, 2, 3])
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：附加分用于奖励在养老院实习中受到老人或家属书面表扬的学生，每次1分，最多3分；总分＝四项得分＋附加分，不超过100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "colsplit":   # the columns split over two pages: 续表 repeats 序号 and 姓名 only
        parts = [("仪容仪表", 10), ("入住办理", 40), ("行李寄存", 30), ("投诉应对", 20)]
        data = []
        for n in rec:
            v = part_scores(rng, parts)
            data.append((n, v, sum(v) + (6 if bad.get(n) == "sum" else 0)))
        p1 = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "仪容仪表（10分）", "入住办理（40分）", "评分教师"]], pad)]
        p2 = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "行李寄存（30分）", "投诉应对（20分）", "总分", "等级"]], pad)]
        for k, (n, v, tot) in enumerate(data):
            p1.append(trow([str(k + 1), sid_of(s, n), n, str(v[0]), str(v[1]), t[k % 2]], pad))
            p2.append(trow([str(k + 1), n, str(v[2]), str(v[3]), str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表（一）") + table(p1) + "<p>（接下页）</p>" + PB +
                '<p style="text-align:center"><b>学习任务考核成绩登记表（二）（续表）</b></p><p>班级：%s　　总分＝四项之和</p>' % s["cls"] +
                table(p2) + "<p>共%d人。</p>" % len(rec) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "rank_sorted":   # sorted by total, 名次 first
        parts = [("元件安装", 40), ("气路电路连接", 30), ("编程调试", 30)]
        data = []
        for n in rec:
            v = part_scores(rng, parts)
            data.append((sum(v), n, v))
        data.sort(key=lambda x: -x[0])
        out = [trow(["<b>%s</b>" % x for x in ["名次", "姓名", "学号"] + ["%s（%d）" % p for p in parts] + ["总分", "签名"]], pad)]
        for k, (tot, n, v) in enumerate(data):
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), ""], pad))
        body = head10(s, c, "学习任务考核成绩排名表") + table(out) + "<p>按总分由高到低排列，学生本人签名确认。</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "corrected":   # landscape; hand corrections with the total matching the corrected marks
        parts = [("现场勘察", 15), ("VLAN规划", 25), ("交换机配置", 25), ("无线调试", 20), ("交付文档", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>%d分" % p for p in parts] + ["总分", "备注"]], pad)]
        fix = set(rng.sample([k for k, n in enumerate(rec) if not bad.get(n)], 5))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            note = ""
            if k in fix:
                pi = rng.randrange(len(parts))
                old = v[pi]
                v[pi] = min(parts[pi][1], old + rng.randint(2, 4))
                cells[pi] = '<s>%d</s> <span style="font-family:\'AR PL UKai CN\';color:#b8231a">%d</span>' % (old, v[pi])
                note = '<span style="font-family:\'AR PL UKai CN\';color:#b8231a">改 %s</span>' % t[0][0]
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            tots = str(tot) if k not in fix else '<s>%d</s> <span style="font-family:\'AR PL UKai CN\';color:#b8231a">%d</span>' % (tot - (v[pi] - old), tot)
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [tots, note], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>注：改动处由评分教师签改。</p>" + sign
        return "10.html", html(body, "9pt", compact=True, page="size:A4 landscape;margin:1.0cm 1.5cm"), "x-scanpdf:200"
    if f == "fraction":   # every cell 得分/满分
        parts = [("性状观察", 30), ("真伪鉴别", 30), ("鉴别记录", 20), ("养护方案", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["姓名", "学号"] + [p for p, _ in parts] + ["总分", "序号"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([n, sid_of(s, n)] + ["%d/%d" % (x, m) for x, (_, m) in zip(v, parts)] + ["%d/100" % sum(v), str(k + 1)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + "<p>表中成绩按“得分/满分”填写。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "makeup":   # 总分, 补考, 最终成绩
        parts = [("选料改刀", 20), ("挂糊炸制", 25), ("熬汁调味", 25), ("出品与卫生", 30)]
        low = set(rng.sample(range(len(rec)), 2))
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "补考", "最终成绩"]], pad)]
        mk = iter([72, 65])
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.4, 0.55) if k in low else part_scores(rng, parts)
            tot = sum(v)
            if k in low:
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), str(next(mk)), "60"], pad))
            else:
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), "", str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：总分低于60分的学生参加补考，补考及格者最终成绩按60分计。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

ROLE = {"ev": "检测员", "care": "照护员（实习学生）", "hotel": "接待员", "mech": "安装调试", "net": "实施人", "herb": "鉴别人", "fish": "制作人"}


def item11(s, c, names, d):
    t = s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    role = ROLE[s["course"]]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            rows = [[role, n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)], ["结果", desc, "审核", t[j % 2]]]
            if s["course"] == "care":
                rows.insert(0, ["照护对象", "%s（76岁）" % s["others_named"][1], "房间", "2-%02d" % (5 + i)])
            if s["course"] == "net":
                rows.insert(0, ["甲方", "大豆种植合作社", "甲方联系人", s["others_named"][0]])
            if s["course"] == "fish":
                rows.append(["菜馆主厨", s["others_named"][0], "评价", "可以上菜单"])
            parts.append('<h3 style="text-align:center">%s</h3>' % title + tbl(rows, width="90%"))
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
        if f == "ants_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_scan":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "color_scan_hand":
            head = ["课后练习", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"ants_photo": "x-photo:200:2:ants", "hand_scan": "x-scan:200:4", "plain_photo": "x-photo:200:1",
            "color_scan_hand": "x-scan:200:3:color", "exercise_book": "x-photo:200:2"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    return "男" if n[1:] in ("沛然", "彦博", "梓豪", "泓宇", "柏霖", "瀚文", "朝晖", "尚儒", "景行", "煜城", "凌霄", "兆丰", "启明", "立恒",
                            "新宇", "冠宇", "骏驰", "翰林", "浩宇", "子墨", "一鸣", "俊豪", "家豪", "宇航", "博文", "志远") else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "townships":   # running text: the class grouped by home township, names separated by 、
        towns = ["腾鳌镇", "牛庄镇", "西柳镇", "感王镇", "析木镇", "市区"]
        cuts = [0, 9, 16, 24, 30, 35, len(k)]
        paras = []
        for ti, tn in enumerate(towns):
            g = k[cuts[ti]:cuts[ti + 1]]
            paras.append("<p><b>%s（%d人）：</b>%s</p>" % (tn, len(g), "、".join(g)))
        body = ('<h2 style="text-align:center">关于%s学生生源情况的说明</h2><p>%s%s（2024级）现有学生%d人，按生源地分列如下：</p>' % (s["cls"], s["school"], s["cls"], len(k)) +
                "".join(paras) + "<p>以上共%d人，名单与学籍系统一致。</p><p style=\"text-align:right\">班主任：%s<br/>2024年10月</p>" % (len(k), s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "11pt", compact=False))
        man.append("roster.html\t%s学生生源名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "plain_roster":
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "宿舍"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "%d号楼%d" % (2 + j % 2, 301 + j // 6)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s</p>' % (s["cls"], s["school"]) + table(rows, width="80%") +
                "<p>班主任：%s　　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
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
    truth = {"comment": "115th held-out people corpus (testdata/heldout115), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 115)
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
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s),
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
