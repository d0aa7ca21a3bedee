#!/usr/bin/env python3
"""Write the sources of the forty-seventh held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 黄石
(Hubei), 萍乡 (Jiangxi) and 崇左 (Guangxi).

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
# the truth files read for names, tasks and courses to avoid (heldout48 is written at the same time: not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 47)] + ["othertools"]

# surnames by region, common ones repeated so that they are drawn more often
SURNAMES = {
    "hs": list("陈陈陈刘刘刘王王王张张李李黄胡胡柯柯余余汪吴冯石程周曹徐万"),      # 黄石 (柯 余 汪 石: 阳新、大冶)
    "px": list("刘刘刘刘李李李彭彭黄黄钟钟文易邓肖贺谢陈陈张张颜吴廖段"),          # 萍乡 (彭 钟 易 颜)
    "cz": list("黄黄黄黄农农韦韦韦覃覃梁梁陆陆李李蒙赵莫凌卢许马何"),            # 崇左 (Zhuang families: 农 韦 覃 蒙)
}
RARE = {"hs": list("费明"), "px": list("晏"), "cz": list("零")}   # a few rare surnames, drawn 1 time in 25
COMPOUND = {"px": ["欧阳"], "hs": [], "cz": []}
# given names: an ordinary list of the kind a 2006–2008 birth year gives
GIVEN2 = ("俊驰 雨萱 若宁 浩宇 思彤 文韬 晓冉 嘉禾 子昂 可欣 诗涵 一凡 欣然 语桐 泽宇 雅琪 梓航 书瑶 若彤 "
          "佳怡 思琪 可馨 俊熙 海峰 凯文 子墨 宇轩 振宇 明轩 婉清 心怡 家豪 志远 天佑 锦程 欣妍 梦瑶 "
          "宏伟 海燕 春燕 秋菊 建新 立国 永康 晓东 静怡 佳琪 昊天 博文 瑞祥 金凤 丽娟 俊杰 嘉伟 "
          "晨阳 晓晴 楚涵 芷若 亦舒 子轩 乐天 安琪 思远 雪梅 慧敏 家乐 润泽 星宇 兆丰 冠华 旭东").split()
GIVEN1 = list("阳婷杰斌敏琳涛颖")


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
    return names, "\n".join(texts)


USED_BEFORE, EARLIER_TEXT = earlier_strings()
TAKEN = set()


def near(a, b):
    """One character apart (same length), or one a part of the other."""
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE


def draw_surname(rng, region):
    x = rng.random()
    if COMPOUND[region] and x < 0.02:
        return rng.choice(COMPOUND[region])
    if x < 0.06:
        return rng.choice(RARE[region])
    return rng.choice(SURNAMES[region])


def draw_one(rng, region, sur):
    g = rng.choice(GIVEN1) if rng.random() < 0.14 else rng.choice(GIVEN2)
    return sur + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    sur, tries = None, 0
    while len(names) < n:
        if sur is None or tries > 60:   # the surname first, then given names for it: the surname shares stay as drawn
            sur, tries = draw_surname(rng, region), 0
        tries += 1
        name = draw_one(rng, region, sur)
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        if name[:2] in COMPOUND[region] and any(x[:2] in COMPOUND[region] for x in names):
            continue   # one compound surname a class at most
        names.append(name)
        sur = None
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "brake": dict(major="汽车维修", code="0403", course="汽车制动系统检修", task="矿区工程皮卡制动拖滞故障诊断与排除",
   hours=16, station="汽车底盘检修一体化学习工作站",
   situation="大冶一座铁矿的车队有一辆工程皮卡，下坡后右前轮发烫，松开制动踏板车辆仍有拖滞感。车队送车到学校合作的维修站，站长请汽修班学员问诊试车，检查制动钳导向销、制动软管和制动主缸回油，找出拖滞原因，更换损坏件并做路试和制动力检测。",
   qs=[("问题1 制动拖滞时为什么车轮会发烫？", ["制动片松不开，一直和制动盘摩擦，摩擦产生的热量让轮毂和轮辋发烫。", "制动片一直在摩擦。", "摩擦生热，轮毂发烫。"]),
       ("问题2 制动钳导向销锈蚀会带来什么后果？", ["导向销卡滞后制动钳不能自由滑动回位，制动片贴着制动盘，造成单边拖滞。", "钳体回不了位。", "单边拖滞，跑偏。"])],
   hw=[("1. 更换制动软管后为什么要排空气？", ["管路里有空气，踩踏板时空气被压缩，制动踏板发软，制动力不足。", "空气会让踏板发软。", "制动力不够。"]),
       ("2. 路试检验拖滞是否排除的方法是什么？", ["车速三十公里滑行，比较滑行距离，停车后用手背靠近轮毂感觉温度。", "滑行后摸轮毂温度。", "比较滑行距离。"])],
   outputs=[("制动拖滞故障诊断报告", "右前制动钳导向销锈死，更换导向销和防尘套。"), ("制动软管检查记录", "软管无鼓包，接头无渗漏。"), ("路试与制动力检测记录", "制动力左右差百分之六，合格。")]),
 "moxa": dict(major="中药", code="1301", course="中药饮片炮制与鉴别", task="蕲艾叶醋炙与艾叶炭炮制及饮片质量检验",
   hours=16, station="中药炮制一体化学习工作站",
   situation="黄石一家中药饮片厂收到一批蕲春产的艾叶，要按炮制规范加工成醋艾叶和艾叶炭两种饮片。质量部请中药班学员先对原药材做性状鉴别，做好标本签，再按工艺称量米醋、控制火候完成炮制，最后检验饮片的外观、水分和杂质，填写检验原始记录并留样。",
   qs=[("问题1 蕲艾叶的性状特征有哪些？", ["叶片多皱缩破碎，上表面灰绿色，下表面密生灰白色绒毛，质柔软，气清香，味苦。", "上面灰绿，下面有白绒毛。", "气清香，味苦。"]),
       ("问题2 炒艾叶炭时怎样判断火候？", ["用中火炒到表面焦黑色、内部焦褐色，喷少量清水灭尽火星，取出晾凉，不能炒成灰。", "表面焦黑，内部焦褐。", "喷水灭火星。"])],
   hw=[("1. 醋炙艾叶每一百公斤用醋多少？", ["按炮制规范，每一百公斤艾叶用米醋十五公斤。", "十五公斤米醋。", "一百比十五。"]),
       ("2. 饮片留样要记录哪些内容？", ["品名、批号、规格、数量、留样日期和留样人，放在阴凉干燥处保存。", "品名、批号和日期。", "留样人签名。"])],
   outputs=[("醋艾叶饮片检验原始记录", "水分百分之九点二，符合规定。"), ("艾叶炭饮片检验原始记录", "表面焦黑，无灰化。"), ("饮片留样记录", "留样两份，各一百克。")]),
 "chili": dict(major="烹饪(中式烹调)", code="0501", course="赣菜热菜制作", task="萍乡小炒肉与莲花血鸭热菜制作与出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="萍乡一家赣菜酒楼推出地方菜套餐，主打萍乡小炒肉和莲花血鸭。行政总厨请烹饪班学员按酒楼的标准菜谱完成原料初加工和刀工处理，掌握小炒肉的旺火快炒和血鸭的淋血收汁，按套餐规格装盘出品，并核算每份菜的成本。",
   qs=[("问题1 小炒肉为什么要先煸五花肉再下辣椒？", ["先把五花肉煸出油、表面微焦，辣椒再下锅才能吸收猪油香味，口感不腻。", "先煸出油更香。", "辣椒吸油香。"]),
       ("问题2 莲花血鸭淋血时要注意什么？", ["鸭血提前加米酒搅匀防止凝固，离火或小火时边淋边翻，让血均匀裹在鸭块上。", "鸭血加米酒防凝固。", "小火边淋边翻。"])],
   hw=[("1. 旺火快炒的菜为什么要提前兑好碗汁？", ["炒菜时间短，临时放调料来不及，提前兑好碗汁一次下锅，味道均匀。", "来不及临时放调料。", "一次下锅，味道均匀。"]),
       ("2. 一份小炒肉的成本怎样核算？", ["把五花肉、辣椒和调料的净料用量乘以单价相加，再加燃料和损耗。", "净料乘单价再相加。", "加上损耗。"])],
   outputs=[("萍乡小炒肉出品记录", "五花肉二百克，青椒一百五十克。"), ("莲花血鸭出品记录", "鸭块五百克，鸭血八十毫升。"), ("套餐成本核算单", "每份毛利率百分之五十五。")]),
 "psd": dict(major="城市轨道交通运输与管理", code="0431", course="车站客运组织", task="地铁站台门故障时的站台客流疏导与乘客广播",
   hours=14, station="城轨车站客运一体化学习工作站",
   situation="南昌地铁一座换乘站早高峰时，下行站台有一档站台门无法打开，站台上积聚了大量乘客。值班站长请轨道班学员在实训车站里模拟处置：确认故障门位置并设置隔离标识，引导乘客到相邻门上下车，编写并播报临时广播，维持排队秩序，事后填写故障处置记录。",
   qs=[("问题1 站台门故障时为什么要先设置隔离标识？", ["防止乘客挤到故障门前等车，造成拥挤或被夹，把乘客引向能正常开关的门。", "防止乘客挤在故障门前。", "引导到正常的门。"]),
       ("问题2 临时广播要包括哪些内容？", ["故障门的位置、改走哪一档门、请乘客不要拥挤，中英文各播一遍，每两分钟重复。", "说明故障门和改走的门。", "中英文重复播报。"])],
   hw=[("1. 高峰时站台客流疏导的重点是什么？", ["控制站台候车人数，必要时在站厅限流，保持楼扶梯口畅通。", "控制候车人数。", "保持楼扶梯口畅通。"]),
       ("2. 故障处置记录要写清哪些事项？", ["发现时间、故障门编号、报告对象、采取的措施和恢复时间。", "时间、门号和措施。", "恢复时间。"])],
   outputs=[("站台门故障处置方案", "隔离第七档门，乘客改走六档和八档。"), ("临时广播稿", "中英文各一遍，两分钟重复一次。"), ("故障处置记录", "八时十二分恢复正常。")]),
 "cloud": dict(major="计算机动画制作", code="0306", course="三维场景动画制作", task="武功山云海日出景区宣传片三维场景动画制作",
   hours=18, station="动画制作一体化学习工作站",
   situation="萍乡武功山景区要为国庆假期制作一段三十秒的宣传片，片头是金顶云海日出的三维场景。景区宣传科委托学校动画工作室完成这段场景：动画班学员要搭建山体和高山草甸模型，制作云海和日出的灯光动画，设置摄像机推镜，渲染输出并交给剪辑组。",
   qs=[("问题1 山体模型为什么常用置换贴图来做？", ["用高度图控制平面的起伏，面数少又能做出真实的山脊和沟壑，修改也方便。", "面数少，起伏真实。", "用高度图控制起伏。"]),
       ("问题2 日出的灯光动画怎样设置？", ["太阳光的角度从低到高做关键帧，颜色从橙红渐变到暖白，天空和云的亮度同步变化。", "角度和颜色打关键帧。", "橙红变暖白。"])],
   hw=[("1. 云海可以用哪几种方法制作？", ["体积云、粒子系统或者带透明贴图的面片，远处的云用面片节省渲染时间。", "体积云或粒子。", "远处用面片。"]),
       ("2. 渲染输出前要检查哪些设置？", ["分辨率、帧率、帧范围、输出格式和文件命名，先渲染几帧小样确认。", "分辨率和帧率。", "先渲几帧小样。"])],
   outputs=[("山体与草甸模型制作记录", "山体面数一万二千。"), ("云海日出灯光动画记录", "日出关键帧六个。"), ("渲染输出记录", "七百五十帧，每秒二十五帧。")]),
 "sugar": dict(major="电子商务", code="0603", course="农产品直播营销", task="左江古法红糖年货礼盒直播带货策划与订单处理",
   hours=16, station="电子商务直播运营一体化学习工作站",
   situation="崇左的一家甘蔗种植合作社用古法熬制红糖，想在春节前通过直播把红糖年货礼盒卖出去。合作社负责人请电商班学员做选品和定价分析，撰写直播脚本，布置直播间并试播，直播结束后导出订单，安排打包发货并统计直播数据。",
   qs=[("问题1 直播选品时为什么要设计引流款和利润款？", ["引流款价格低，吸引观众停留和下单；利润款毛利高，保证整场直播的收益。", "引流款拉人，利润款赚钱。", "两种搭配。"]),
       ("问题2 直播脚本一般分哪几段？", ["开场暖场、产品讲解、福利互动、逼单促成和下播预告，每段写清时长和话术。", "开场、讲解、互动、促单。", "写清时长和话术。"])],
   hw=[("1. 红糖礼盒打包时要注意什么？", ["红糖怕潮，要用密封袋，外箱加护角，易碎的玻璃罐用气泡膜包好。", "密封防潮。", "玻璃罐包气泡膜。"]),
       ("2. 直播结束后要统计哪些数据？", ["观看人数、平均停留时长、成交单数、成交金额和转化率。", "观看人数和成交单数。", "转化率。"])],
   outputs=[("红糖礼盒直播脚本", "整场九十分钟，讲解三款礼盒。"), ("直播订单处理记录", "共成交二百六十八单。"), ("直播数据复盘表", "转化率百分之三点八。")]),
 "belt": dict(major="机电一体化技术", code="0127", course="生产线变频调速系统装调", task="甘蔗压榨车间输送带变频调速控制系统装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="榨季开始前，崇左一家糖厂要改造压榨车间的甘蔗输送带，让输送速度随压榨机负荷自动调整。设备科请机电班学员按图纸安装变频器和PLC，接好速度传感器，设置变频器参数，编写调速程序，完成空载和带载调试后把设备移交给车间。",
   qs=[("问题1 变频器的加速时间设置得太短会怎样？", ["电机启动电流过大，变频器会报过流故障跳闸，输送带上的甘蔗也容易滑落。", "过流跳闸。", "电流太大。"]),
       ("问题2 为什么输送速度要跟着压榨机负荷变化？", ["负荷大时放慢送料防止堵机，负荷小时加快送料，保持压榨机满负荷又不过载。", "防止堵机。", "不过载又满负荷。"])],
   hw=[("1. 变频器的基本参数有哪些？", ["电机额定功率、额定电流、额定频率、上下限频率和加减速时间。", "额定参数和上下限频率。", "加减速时间。"]),
       ("2. 设备移交时要交接哪些资料？", ["电气图纸、参数记录、PLC程序备份、调试记录和操作说明。", "图纸和参数记录。", "程序备份。"])],
   outputs=[("变频器参数设置记录", "上限频率五十赫兹，下限十五赫兹。"), ("PLC调速程序清单", "负荷高于八成时降速。"), ("设备调试移交记录", "空载和带载各运行两小时。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "技师", "企业兼职教师"]

SUBS = [
    dict(school="黄石市磁湖技工学校", pack="dir", region="hs", course="brake", cls="汽修2402班", size=41, seed=11,
         sidp="24040302", students=["柯俊驰", "汪思彤", "余浩宇"], others_named=["万德发"],
         teachers=["胡建华", "程卫东"], form_count="41人", roster="xlsx",
         f8="repair_order", f10="comment_col", f11="diag_typed", f12="correction_photo", findings=[],
         comment="clean. The mine's driver 万德发 is named as 送修人 on every worksheet (not a student). Roster 花名册.xlsx "
                 "(title row, 41) = form `41人` = 41 rows of item 10 (TYPED, with a 评语 column). Item 12: phone photos; the "
                 "student corrected a wrong answer under the teacher's red ×, writing `订正：` and the right answer by hand"),
    dict(school="黄石市磁湖技工学校", pack="dir", region="hs", course="moxa", cls="中药2401班", size=36, seed=12,
         sidp="24130201", students=["石晓冉", "冯嘉禾", "明若宁"], outsiders={"明若宁": "中药2402班"}, out_no="2413020219",
         extra_class=["曹振宇"], bad={"曹振宇": "below"},
         teachers=["周晓琴", "徐永康"], form_count="36人",
         f8="specimen_label", f10="plain_max_head", f11="qc_record", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "明若宁"), ("records.invalid_score", 10, False, "曹振宇")],
         comment="明若宁 of the parallel class 中药2402班 (her class and 学号 on her worksheet, inspection records and homework) "
                 "is the third student of 8/11/12; item 10 (TYPED, 36 rows = form `36人`) has no record of her: "
                 "students.not_in_class. 曹振宇's 总分 is 6 BELOW the sum of his parts: records.invalid_score (typed). "
                 "Item 8 (scanned 250 dpi gray, the sheet cockled): a hand-filled 标本签 (specimen label) boxed on each "
                 "worksheet, `鉴定人` = the student, `采集人` the teacher. No roster"),
    dict(school="萍乡市武功山技工学校", pack="gbkzip", region="px", course="chili", cls="烹饪2402班", size=42, seed=21,
         sidp="2436050102", students=["彭子昂", "钟可欣", "晏诗涵"], items={11: ["彭子昂", "钟可欣"]},
         absent_from_10=["段天佑"], extra_class=["段天佑"],
         teachers=["刘金凤", "谢建新", "文立国"], form_count="42",
         f8="head_table", f10="name_first", f11="dish_typed", f12="exercise_cover",
         findings=[("students.count", 11, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 出品记录) holds the works of only TWO students, 彭子昂 and 钟可欣 (晏诗涵's are missing; 8 and "
                 "12 hold the three): students.count on 11; students.mismatch optional. Item 10 (scanned 200 dpi gray, "
                 "mildew spots of damp storage) lists 41; the form says `学生人数 | 42`: records.count_mismatch (no "
                 "roster; 段天佑 is the one left out, he is named nowhere)"),
    dict(school="萍乡市武功山技工学校", pack="gbkzip", region="px", course="psd", cls="轨道2401班", size=44, seed=22,
         sidp="2436043101", students=["邓雅琪", "易楚航", "颜芷珊"], extra_class=["廖若彤"], absent_from_10=["廖若彤"],
         teachers=["彭玉珍", "黄瑞祥"], form_count="44", roster="three_col", headteacher="李淑萍",
         f8="fax_blank", f10="cards", f11="plan_typed", f12="wenkai_scan",
         findings=[("records.missing_student", 10, False, "廖若彤"), ("records.count_mismatch", 10, False)],
         comment="the roster (typed, THREE blocks of `序号 学号 姓名` side by side, 44) and the form (`学生人数 | 44`) hold "
                 "廖若彤; item 10 (scanned 200 dpi gray: one 个人考核卡 per student, FOUR cards a page, 43 cards) has none "
                 "for her: records.missing_student and records.count_mismatch. Item 8: 1-bit fax-like scan"),
    dict(school="萍乡市武功山技工学校", pack="gbkzip", region="px", course="cloud", cls="动画2401班", size=38, seed=23,
         sidp="2436030601", students=["贺欣然", "文语桐", "黄睿哲"], items={12: ["贺欣然", "肖泽宇", "黄睿哲"]},
         extra_class=["肖泽宇", "邓柏林"], bad={"邓柏林": "over"},
         teachers=["钟志远", "颜丽娟"], form_count="38",
         f8="shot_sheet", f10="plain_colour", f11="render_typed", f12="name_line_photo",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "邓柏林")],
         comment="item 12 (phone photos) holds the homework of 贺欣然, 黄睿哲 and classmate 肖泽宇 (with an item-10 record) "
                 "instead of 文语桐's (items 8 and 11 hold the three): students.mismatch. Item 10 (colour scan 200 dpi): "
                 "邓柏林 has 29 under `模型制作(25)` (总分 the sum): records.invalid_score. No roster"),
    dict(school="崇左市左江技工学校", pack="zip", region="cz", course="sugar", cls="电商2403班", size=40, seed=31,
         sidp="24600603", students=["农佳怡", "韦心怡", "零可馨"], others_named=["蒙桂兰"],
         teachers=["覃丽娟", "陆兆丰"], form_count="40人", roster="plain_nation", headteacher="黄美玲",
         f8="box_head", f10="data_cols", f11="script_typed", f12="mildew_photo", findings=[],
         comment="clean. The roster (typed 学生名单 with 民族: 壮族/汉族, 40) = form `40人` = 40 rows of item 10 (TYPED; its "
                 "直播数据 columns 观看人数 and 成交单数 are data, not scores: 总分 = the three score columns). The "
                 "cooperative's head 蒙桂兰 is named on every worksheet and script (not a student). Rare surname 零"),
    dict(school="崇左市左江技工学校", pack="zip", region="cz", course="belt", cls="机电2402班", size=39, seed=32,
         sidp="24600127", students=["陆俊熙", "覃海峰", "莫凯文"], items={8: ["陆俊熙", "覃海峰", "莫凯文", "凌子墨"]},
         extra_class=["凌子墨", "卢宇轩"], bad={"卢宇轩": "sum"}, others_named=["黄永福"],
         teachers=["梁冠华", "赵旭东"], form_count="39人",
         f8="line_blank", f10="stats_rows", f11="handover_typed", f12="cockle_photo",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "卢宇轩")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 dpi gray) holds the worksheets of FOUR students: the three and classmate 凌子墨 (with "
                 "an item-10 record): students.count on 8; students.mismatch optional. Item 10 (scanned 250 dpi gray, 39 "
                 "rows = form `39人`) ends in 最高分/最低分/平均分 rows and a 分数段 line (no names); 卢宇轩's 总分 is 9 "
                 "above the sum: records.invalid_score. Item 11: typed 设备调试移交记录, the student as 移交人, the sugar "
                 "mill's equipment man 黄永福 as 接收人 (not a student). No roster"),
]

PROVINCE = {1: "湖北省黄石市", 2: "江西省萍乡市", 3: "广西壮族自治区崇左市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 黄石: "08 工作页.pdf" (zero-padded number, a space)
        return "%02d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 萍乡: "8、工作页-烹饪2402班.pdf" (a 、 and the class at the end)
        return "%d、%s-%s.pdf" % (n, NAMES[n], s["cls"])
    return "成果%d_%s.pdf" % (n, NAMES[n])   # 崇左: "成果8_工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂申报书.docx", "docx"),
            2: ("%s-申报书.pdf" % s["cls"], "pdf"),
            3: ("申报书（%s）.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.4cm" if compact else "margin:1.7cm 1.6cm")
    extra = " p{margin-top:0;margin-bottom:3pt}" if compact else ""
    return ('<html><head><meta charset="utf-8"><style>@page{%s}%s body{font-family:"%s";font-size:%s}</style></head><body>\n%s\n'
            '</body></html>\n' % (page, extra, font, size, body))


PB = '<p style="page-break-before:always"></p>'
BLUE, BLACK = "#1b2d70", "#181818"
RED = 'style="font-family:\'AR PL UKai CN\';color:#bf2317;font-size:13pt"'


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
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 黄石: 授课班级 and 班级人数 in two rows
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 萍乡: 学生人数, a bare number
        rows = [("申报专业", "%s　专业代码：%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("学习工作站", c["station"])]
    else:   # 崇左
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d学时" % c["hours"]), ("实施场所", c["station"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">技工院校工学一体化优质课堂申报书</h2>
<p>申报学校（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填表日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>本课堂依照获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤开展：学生读懂任务单后查阅资料，分组拟订计划，经教师点评确定方案，按方案完成工作，教师在过程中检查质量与安全，完成后各组展示成果并开展自评、互评和师评。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实生产和服务，学生完成了完整的工作过程，岗位能力明显提升。</p>
<h3>六、诚信承诺</h3><p>我校承诺所报材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 17, info=info, tm=tbl(trs, width="84%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化稿）\n一、课程性质\n本课程是{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n本学期实施“{task}”，共{hours}学时。\n三、评价方式\n过程评价与结果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作流程\n接受任务、计划、实施、检验、评价。",
    3: "{school}\n{task}教学活动策划\n活动一　明确任务，获取信息\n活动二　制定方案，评审决策\n活动三　实施作业，过程监控\n活动四　成果展示，评价反馈",
    4: "{school}\n{course}教学进度安排（{hours}学时）\n第1周　明确任务与资料查阅\n第2周　方案制定与评审\n第3周　分组实施\n第4周　验收、展示与评价",
    5: "{school}\n{task}教学活动方案\n第1学时　情境导入，下达任务\n第2—4学时　引导问题学习\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源清单\n工作页、企业标准、操作视频、{station}设备与耗材清单。",
    7: "{school}\n{station}说明\n工作站分为信息资料区、计划决策区、实操区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核由过程考核和结果考核组成，成绩记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 9分", "√ 清楚", "√ 8分", "√ 完整", "√ 10分", "√ 较好"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 7 + k * 5) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_no"]
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
        comment = '<p>教师评价：<span %s>%s</span>　　批阅教师：%s　%s</p>' % (RED, ["完成较好", "思路清楚", "良", "认真"][i % 4], t[0], day(s, i)[5:])
        if f == "repair_order":   # a printed 接车单 at the top: the driver as 送修人
            order = tbl([[("<b>维修站接车单</b>　No. JC24%04d" % (1183 + i), ' colspan="4"')],
                         ["车　型", "工程皮卡（柴油）", "送修人", hand(s["others_named"][0], True, BLACK)],
                         ["故障描述", "下坡后右前轮发烫，松开踏板有拖滞", "接车学员", hand(n, True)]], width="100%", pad="3px 4px")
            body = order + title + '<p>班级：%s　　学号：%s　　日期：%s</p>' % (hand(cl, True), hand(sid[-2:], True), hand(day(s, i)[5:], True)) + sit + answers(c, rng, i) + comment
        elif f == "specimen_label":   # a hand-filled specimen label boxed on the sheet
            label = ('<table width="100%%"><tr><td width="52%%">%s</td><td style="border:2.2pt double #333;padding:4px 8px">'
                     '<p style="text-align:center"><b>药 材 标 本 签</b></p><p>品名：%s</p><p>产地：%s</p><p>采集人：%s　鉴定人：%s</p>'
                     '<p>日期：%s</p></td></tr></table>'
                     % ('<p>班级：%s</p><p>姓名：%s</p><p>学号：%s</p>' % (hand(cl, True), hand(n), hand(sid, True)),
                        hand("艾叶", True), hand("湖北蕲春", True), hand(t[1], True, BLACK), hand(n, True), hand(day(s, i)[5:], True)))
            body = title + label + sit + answers(c, rng, i) + comment
        elif f == "head_table":   # the common bordered head row
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "fax_blank":   # 姓名/学号 on underlined blanks
            head = '<p>姓　名：＿%s＿　　学　号：＿%s＿　　班　级：%s</p>' % (hand(n), hand(sid, True), cl)
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "shot_sheet":   # a shot task card: 制作人 and 镜头号
            card = tbl([["镜头号", "S01-0%d" % (3 + i), "镜头内容", "金顶云海日出推镜"],
                        ["制作人", hand(n, True), "班　级", hand(cl, True)], ["时　长", "6秒（150帧）", "学　号", hand(sid, True)]],
                       width="100%", pad="3px 4px")
            body = title + card + sit + answers(c, rng, i) + comment
        elif f == "box_head":   # a boxed head: 学习小组 and the cooperative's contact
            head = tbl([["学生姓名", hand(n, True), "学号", hand(sid, True)], ["班　　级", cl, "学习小组", hand("第%s组" % "二四六"[i % 3], True)],
                        ["合作企业", "左江甘蔗种植合作社", "企业联系人", s["others_named"][0]]], width="100%", pad="3px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "line_blank":   # plain 班级＿ 姓名＿ 学号＿ line
            head = '<p>班级＿%s＿　姓名＿%s＿　学号＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"repair_order": "x-scanpdf:200", "specimen_label": "x-scanpdf:250:cockle", "head_table": "x-scanpdf:200:color",
            "fax_blank": "x-scanpdf:200:mono", "shot_sheet": "x-scanpdf:200:color", "box_head": "x-scanpdf:200",
            "line_blank": "x-scanpdf:200"}[f]
    font = {"repair_order": "Noto Sans CJK SC", "box_head": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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


def scored(rng, n, parts, bad, lo=0.62, hi=0.96):
    v = part_scores(rng, parts, lo, hi)
    total = sum(v)
    b = bad.get(n)
    if b == "over":   # one part above its maximum (the total its sum)
        v[0] = parts[0][1] + 4
        total = sum(v)
    elif b == "sum":
        total += 9
    elif b == "below":
        total -= 6
    return v, total


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教研组长：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "comment_col":   # a plain register with a 评语 column
        parts = [("问诊试车", 15), ("故障检查", 35), ("部件更换", 30), ("路试检测", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "评语"]], pad)]
        for k, n in enumerate(rec):
            v, tot = scored(rng, n, parts, bad)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), rng.choice(["操作规范", "判断准确", "需加强检测", "较好", "认真", ""])], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "plain_max_head":   # the maxima in the head, 总分 typed
        parts = [("性状鉴别", 20), ("称量配料", 15), ("炮制操作", 35), ("饮片检验", 20), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s（%d分）" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v, tot = scored(rng, n, parts, bad)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "name_first":   # 姓名 before 学号
        parts = [("刀工", 20), ("火候", 30), ("调味", 30), ("装盘卫生", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v, tot = scored(rng, n, parts, bad)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "热菜制作技能考核成绩表") + table(out) + "<p>评分：%s　%s　　企业评价：行政总厨</p>" % (t[0], t[1])
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200:mildew"
    if f == "cards":   # one card per student, four cards a page
        parts = [("隔离与引导", 30), ("广播播报", 25), ("秩序维持", 25), ("记录填写", 20)]
        cards = []   # each card: rows of four cells (label, value, label, value)
        for k, n in enumerate(rec):
            v, tot = scored(rng, n, parts, bad)
            rows = [[("<b>个人考核卡</b>　No.%02d" % (k + 1), ' colspan="4"')], ["姓名", n, "学号", sid_of(s, n)]]
            rows += [[parts[j][0], "%d分" % parts[j][1], "得分", str(v[j])] for j in range(4)]
            rows += [["总分", (str(tot), ' colspan="3"')], ["考评员", ("、".join(t[:2]), ' colspan="3"')]]
            cards.append(rows)
        gap = '<td style="border:none" width="6%%">&nbsp;</td>'

        def cells(r):
            out = ""
            for x in r:
                x, extra = x if isinstance(x, tuple) else (x, "")
                out += td(x, ' align="center"' + extra, "3px 4px")
            return out
        pages = []
        for p in range(0, len(cards), 4):
            rows = []
            for left, right in ((p, p + 1), (p + 2, p + 3)):
                if left >= len(cards):
                    break
                for j in range(len(cards[left])):
                    r = cells(cards[left][j]) + gap
                    r += cells(cards[right][j]) if right < len(cards) else '<td style="border:none" colspan="4"></td>'
                    rows.append("<tr>%s</tr>" % r)
                rows.append('<tr><td style="border:none" colspan="9">&nbsp;</td></tr><tr><td style="border:none" colspan="9">&nbsp;</td></tr>')
            pages.append('<p style="text-align:center"><b>%s 学习任务个人考核卡</b></p><p style="text-align:center">%s　%s　第%d页</p>'
                         % (s["cls"], c["task"], day(s, 11), p // 4 + 1) +
                         '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows))
        return "10.html", html(PB.join(pages), "10pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200"
    if f == "plain_colour":   # plain register, 评语 by grade
        parts = [("模型制作", 25), ("材质灯光", 25), ("动画设置", 25), ("渲染输出", 15), ("团队协作", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v, tot = scored(rng, n, parts, bad)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), "优秀" if tot >= 90 else "良好" if tot >= 80 else "合格"], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:color"
    if f == "data_cols":   # live-stream data columns that are not scores
        parts = [("选品定价", 30), ("直播脚本", 40), ("订单处理", 30)]
        hd = ["序号", "学号", "姓名", "试播观看人数", "试播成交单数"] + ["%s(%d)" % p for p in parts] + ["总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            v, tot = scored(rng, n, parts, bad)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(rng.randint(86, 412)), str(rng.randint(2, 19))] + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>说明：试播观看人数、成交单数为各学生试播时的后台数据，仅供参考，不计入总分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "stats_rows":   # statistics rows at the foot, no names
        parts = [("安装接线", 30), ("参数设置", 20), ("程序编写", 25), ("调试运行", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        vals = []
        for k, n in enumerate(rec):
            v, tot = scored(rng, n, parts, bad)
            vals.append(v + [tot])
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        for lab, fn in (("最高分", max), ("最低分", min), ("平均分", lambda xs: "%.1f" % (sum(xs) / len(xs)))):
            out.append("<tr>%s%s</tr>" % (td("<b>%s</b>" % lab, ' align="center" colspan="3"', pad),
                                          "".join(td(str(fn([r[j] for r in vals])), ' align="center"', pad) for j in range(5))))
        tots = [r[-1] for r in vals]
        seg = "分数段：90分以上%d人，80—89分%d人，70—79分%d人，60—69分%d人，60分以下%d人。" % (
            sum(x >= 90 for x in tots), sum(80 <= x < 90 for x in tots), sum(70 <= x < 80 for x in tots),
            sum(60 <= x < 70 for x in tots), sum(x < 60 for x in tots))
        body = head10(s, c, "学习任务考核成绩登记及分析表") + table(out) + "<p>%s</p>" % seg + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
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
            if f == "diag_typed":
                parts.append('<h3>%s</h3><p>诊断人：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["检查项目", "标准", "结果"], ["制动盘厚度", "≥26 mm", "%.1f mm" % (27.2 - 0.1 * i)], ["导向销滑动", "灵活", ["卡滞", "灵活", "灵活"][j]]], width="80%") +
                             "<p>结论：%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
            elif f == "qc_record":   # inspection record with 检验人 and 复核人, and a 留样 line
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品名", ["醋艾叶", "艾叶炭", "醋艾叶、艾叶炭"][j], "批号", "AY24%02d%02d" % (10 + i, 3 + j)],
                                  ["检验人", "%s（%s）" % (n, cl), "复核人", t[j % 2]],
                                  ["检验项目", "标准规定", "结果", "结论"], ["性状", "焦黑色，具醋香", "符合", "合格"],
                                  ["水分", "≤10.0%", "%.1f%%" % (8.7 + 0.2 * i + 0.1 * j), "合格"]], width="92%") +
                             "<p>备注：%s　留样人：%s</p>" % (desc, n))
            elif f == "dish_typed":
                parts.append('<h3>%s</h3><p>制作人：%s　　班级：%s　　出品日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["原料", "用量", "单价", "金额"], ["主料", "%d克" % (200 + 50 * j), "%.2f元" % (3.2 + j), "%.2f元" % (6.4 + 2 * j)],
                                  ["辅料及调料", "适量", "—", "%.2f元" % (1.8 + 0.3 * i)]], width="80%") + "<p>%s</p><p>厨师长评价：%s</p>" % (desc, ["色泽红亮", "咸鲜适口", "装盘整洁"][j]))
            elif f == "plan_typed":
                parts.append('<h3>%s</h3><p>编制人：%s　　班级：%s　　审核：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["时间", "岗位", "措施"], ["07:48", "站台岗", "设置隔离带，引导乘客"], ["07:50", "车控室", "播放临时广播"]], width="84%") + "<p>%s</p>" % desc)
            elif f == "render_typed":
                parts.append('<h3>%s</h3><p>制作人：%s（%s）　　完成日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["项目", "设置", "说明"], ["分辨率", "1920×1080", "横屏"], ["帧范围", "1—750", desc]], width="84%"))
            elif f == "script_typed":
                parts.append('<h3>%s</h3><p>撰写人：%s　　班级：%s　　合作社审阅：%s</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["时段", "内容", "话术要点"], ["0—10分钟", "开场暖场", "介绍合作社和古法熬糖"], ["10—40分钟", "礼盒讲解", "展示糖砖断面和包装"]], width="86%") + "<p>%s</p>" % desc)
            elif f == "handover_typed":   # 移交人 (the student) and 接收人 (the mill's equipment man)
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["设备名称", "1号甘蔗输送带变频调速柜", "日期", day(s, 30 + i)],
                                  ["移交人", "%s（%s）" % (n, cl), "接收人", "%s（糖厂设备科）" % s["others_named"][0]],
                                  ["项目", "要求", "实测", "结论"], ["空载运行", "2小时无报警", "无报警", "合格"],
                                  ["带载调速", "15—50 Hz", "%d—50 Hz" % (15 + j), "合格"]], width="92%") +
                             "<p>%s　指导教师：%s</p>" % (desc, t[j % 2]))
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
            if f == "correction_photo" and qi == 1:   # a wrong first answer, the red ×, the student's correction
                qa += [q, "> 踩几下踏板就可以。", "! ×", "> 订正：" + a[(i + 1) % 3], ""]
            else:
                qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s" % day(s, 20 + i)[5:]]
        if f == "correction_photo":
            head = ["课后作业（制动系统）", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "plain_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　%s　学号：%s" % (n, cl, sid)]
        elif f == "exercise_cover":
            head = ["", "　　　　　练　习　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "----", "课后作业　%s" % c["task"][:7]]
        elif f == "wenkai_scan":
            head = ["课后作业", "姓名：%s　学号：%s" % (n, sid)]
        elif f == "name_line_photo":
            head = ["课后作业　三维场景动画", "> %s　%s" % (cl, n)]
        elif f == "mildew_photo":
            head = ["直播营销课后作业", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "cockle_photo":
            head = ["课后作业（变频调速）", "> 班级：%s　姓名：%s" % (cl, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"correction_photo": "x-photo:200:1", "plain_photo": "x-photo:200:0", "exercise_cover": "x-photo:200:1",
            "wenkai_scan": "x-scan:200:4", "name_line_photo": "x-photo:200:1", "mildew_photo": "x-scan:200:3:color:mildew",
            "cockle_photo": "x-photo:200:0:cockle"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "xlsx":   # 花名册.xlsx: a title row, merged
        rows = [["%s%s学生花名册" % (s["school"], s["cls"])], ["序号", "学号", "姓名", "性别", "出生年月", "备注"]]
        for j, n in enumerate(k):
            rows.append([j + 1, sid_of(s, n), n, rr.choice(["男", "男", "男", "女"]), "200%d.%02d" % (rr.choice([7, 8, 8, 9]), rr.randint(1, 12)),
                         {0: "班长", 6: "团支书", 13: "学习委员"}.get(j, "")])
        rows.append(["合计：%d人" % len(k)])
        write(os.path.join(d, "roster.json"), json.dumps({"sheet": s["cls"], "rows": rows, "merges": ["A1:F1"]}, ensure_ascii=False))
        man.append("roster.json\t%s花名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
        return
    if r == "three_col":   # three blocks of 序号 学号 姓名 side by side
        per = (len(k) + 2) // 3
        rows = [["序号", "学号", "姓名"] * 3]
        for j in range(per):
            row = []
            for b in range(3):
                x = b * per + j
                row += [str(x + 1), sid_of(s, k[x]), k[x]] if x < len(k) else ["", "", ""]
            rows.append(row)
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="100%", pad="2px 3px", bold=(0,)) +
                "<p>班主任：%s　　全班共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "plain_nation":
        rows = [["序号", "学号", "姓名", "性别", "民族", "备注"]]
        for j, n in enumerate(k):
            mz = "壮族" if n[0] in "农韦覃蒙零黄陆" and rr.random() < 0.8 else "汉族"
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "女"]), mz, {1: "班长", 8: "团支书"}.get(j, "")])
        body = ('<h2 style="text-align:center">%s%s学生名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="88%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　合计：%d人　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Forty-seventh held-out people corpus (testdata/heldout47), the format of testdata/heldout28/truth.json. "
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
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT:
                raise SystemExit("%s was used by an earlier corpus" % w)
        if s["school"] in EARLIER_TEXT:
            raise SystemExit("school %s was used" % s["school"])
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
        rng = random.Random(s["seed"] * 7919 + 47)
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
        fct = {1: "班级人数 | %s", 2: "学生人数 | %s", 3: "班级人数 | %s"}[grp(s)] % s["form_count"]
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
