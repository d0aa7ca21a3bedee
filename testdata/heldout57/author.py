#!/usr/bin/env python3
"""Write the sources of the fifty-seventh held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 宿迁
(Jiangsu), 舟山 (Zhejiang) and 漯河 (Henan).

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
# the truth files read for names, tasks and courses to avoid (heldout58, written at the same time, not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 57)] + ["othertools"]

# surnames by region, the common ones repeated so they come up more often:
# 宿迁 (northern Jiangsu; 项 and 仲 are old local families), 舟山 (乐 邬 应 虞 翁 are island families),
# 漯河 (central Henan; a compound 司马 and a Hui 马 now and then)
SURNAMES = {
    "sq": list("王王王张张刘刘李李陈陈朱朱徐徐孙周吴蔡仲沈胡戴杨赵许夏项卞倪"),
    "zs": list("王王王陈陈陈张张李林林徐徐周周胡孙应乐贺邬俞虞毛翁郑金"),
    "lh": list("王王王李李李张张刘刘赵赵杨杨陈郭郭孙马朱高黄许吕郑宋姬") + ["司马"],
}
# given names: a new list, the names of children born about 2008 in the lower Yangtze and the Central Plains
GIVEN2 = ("宇辰 子骞 煜城 奕博 晟睿 浩铭 哲瀚 俊逸 承泽 弘毅 景澄 瑾瑜 修远 知行 若谷 宸铭 翊航 逸凡 沐宸 书恒 "
          "彦霖 语汐 可歆 沁怡 芮涵 恩熙 若萌 梓琳 晓萱 悦彤 依诺 静姝 婧琪 思颖 昕冉 安然 沐晴 紫嫣 舒窈 "
          "嘉禾 文渊 明远 致远 鸿运 宏达 耀华 兆丰 庆林 德润 海滨 浪舟 帆远 岱山 东极 鑫源 金涛 伟豪 泽民 "
          "汝佳 锦绣 秋雯 春妍 晓慧 丽君 雅楠 冰洁 梦蝶 一苇 子衿 蒹葭 舜华 采薇 素问 怀瑾 明珠 书宁").split()
GIVEN1 = list("凯睿晗瑶琦昊")


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
USED_BARE = {n.replace("·", "").replace("•", "") for n in USED_BEFORE}
TAKEN = set()


def bare(a):
    return a.replace("·", "").replace("•", "")


def near(a, b):
    """One character apart (same length), or one a part of the other."""
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def given_of(n):
    return n[2:] if n.startswith("司马") else n[1:]


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.08 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        if sum(given_of(x) == given_of(name) for x in names) >= 1:
            continue   # no two students of one class share a given name
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "lake": dict(major="烹饪(中式烹调)", code="0501", course="江淮地方风味菜肴制作", task="骆马湖鱼头豆腐汤与湖鲜热菜烹制出品",
   hours=16, station="中式烹调一体化学习工作站",
   situation="宿迁骆马湖边的一家农家菜馆准备推出湖鲜套餐，老板想请学校烹饪专业做一次菜品开发：一道砂锅鱼头豆腐汤，两道湖鲜热菜（椒盐湖虾、红烧昂刺鱼）。厨房主管请烹饪班学员按小组领取原料，完成初加工、刀工、烹制和装盘，填写出品记录，由菜馆主厨品评后定下套餐菜单。",
   qs=[("问题1 鱼头汤怎样才能熬得奶白？", ["鱼头先用热油两面煎透，冲入滚开的水，大火持续沸腾，让油脂和胶质乳化，汤就变白。", "煎透后冲开水大火滚。", "油和胶质乳化变白。"]),
       ("问题2 昂刺鱼初加工时要注意什么？", ["昂刺鱼背鳍和胸鳍有硬刺，要先剪掉，去鳃去内脏时不要弄破苦胆，用盐搓去表面黏液。", "先剪掉硬刺。", "不要弄破苦胆，搓掉黏液。"])],
   hw=[("1. 椒盐湖虾为什么要复炸？", ["第一次炸熟定型，第二次高油温快炸把水分逼出来，虾壳才会酥脆。", "复炸让虾壳酥脆。", "高油温逼出水分。"]),
       ("2. 砂锅上桌前要做哪些检查？", ["检查砂锅外壁有没有裂纹和汤汁，垫好木托，提醒客人小心烫手。", "看有没有裂纹，垫木托。", "提醒客人小心烫。"])],
   outputs=[("鱼头豆腐汤出品记录", "汤色奶白，豆腐不碎。"), ("椒盐湖虾出品记录", "虾壳酥脆，椒盐均匀。"), ("红烧昂刺鱼出品记录", "色泽红亮，鱼身完整。")]),
 "anim": dict(major="计算机动画制作", code="0306", course="文旅宣传动画短片创作", task="霸王故里文旅宣传二维动画短片制作",
   hours=18, station="动画制作一体化学习工作站",
   situation="宿迁市一家文旅公司要在短视频平台推广项王故里景区，想要一条六十秒左右的二维动画短片，讲“项王举鼎”的故事，结尾推出景区的游览路线。公司美术总监请动画班学员分组写脚本、画分镜，设计角色和场景，完成原画、中间画和合成，配好音乐和字幕后输出成片，上传平台试播。",
   qs=[("问题1 分镜头脚本里要写清哪些内容？", ["镜号、景别、画面内容、台词或字幕、音效和每个镜头的时长。", "镜号、景别和时长。", "画面、台词和音效。"]),
       ("问题2 中间画为什么要按时间表来画？", ["原画只画关键动作，中间画的张数和间距决定动作的快慢，按时间表画动作才流畅。", "张数决定快慢。", "按时间表动作才流畅。"])],
   hw=[("1. 竖屏短视频的画面构图要注意什么？", ["主体放在画面中上部，字幕不要被平台的按钮挡住，重要信息在前三秒出现。", "主体放中上部。", "前三秒出重点。"]),
       ("2. 输出成片时要设置哪些参数？", ["分辨率一〇八〇乘一九二〇，帧率二十五，编码H.264，码率按平台要求。", "分辨率和帧率。", "编码H.264。"])],
   outputs=[("角色设定稿", "项王、虞姬两个角色，各三个转面。"), ("场景设定稿", "鼎、古槐和景区大门三个场景。"), ("成片", "时长一分零四秒。")]),
 "metro": dict(major="城市轨道交通运输与管理", code="0431", course="城市轨道交通车站客运组织", task="跨海通勤高峰地铁换乘站客流组织与乘降引导",
   hours=16, station="轨道交通客运服务一体化学习工作站",
   situation="每天早高峰，从舟山跨海到宁波上班的通勤客流集中在一座地铁换乘站，站台乘降秩序乱，换乘通道拥堵。车站站长请城轨班学员在实训车站模拟早高峰，分析客流数据，制定限流和分流方案，布置导向和隔离栏，分岗位完成站台乘降引导和换乘通道疏导，并做好广播和应急处置。",
   qs=[("问题1 什么情况下车站要启动三级限流？", ["站台候车人数超过站台能力的百分之七十，或换乘通道出现对冲、滞留时，在站厅、进站口和站外分级限流。", "站台人数超过七成。", "通道滞留时分级限流。"]),
       ("问题2 站台乘降引导员要站在哪里？", ["站在屏蔽门两侧的候车线旁，面向乘客，引导先下后上、分散候车。", "屏蔽门两侧。", "引导先下后上。"])],
   hw=[("1. 换乘通道为什么要设单向通行？", ["单向通行避免客流对冲，通过能力更大，也不容易发生踩踏。", "避免对冲。", "防止踩踏。"]),
       ("2. 限流广播词要包括哪些内容？", ["限流的原因、排队的位置、预计等候时间，并提醒乘客注意安全、照顾老幼。", "原因和排队位置。", "提醒注意安全。"])],
   outputs=[("早高峰客流组织方案", "站外设两道蛇形隔离栏。"), ("岗位分工与导向布置图", "换乘通道设单向导向六处。"), ("限流广播词", "三段广播，每段二十秒。")]),
 "aircon": dict(major="汽车维修", code="0403", course="汽车空调系统检修", task="海岛冷链运输车空调不制冷故障诊断与检修",
   hours=18, station="汽车维修一体化学习工作站",
   situation="舟山一家水产冷链公司的轻型厢式运输车夏天跑岛际线路，驾驶室空调只吹热风，司机反映车子在码头等船时更明显。维修站主管请汽修班学员路试确认故障，用歧管压力表检测高低压，检查冷凝器、压缩机离合器和膨胀阀，找到海风腐蚀造成的冷凝器泄漏，更换后抽真空、加注制冷剂并复测。",
   qs=[("问题1 空调系统高低压都偏低说明什么？", ["说明系统里制冷剂不足，多半有泄漏点，要先查漏再加注。", "制冷剂不足。", "有泄漏，先查漏。"]),
       ("问题2 海边车辆的冷凝器为什么容易漏？", ["海风含盐，冷凝器的铝管和散热片长期受盐雾腐蚀，出现小孔。", "盐雾腐蚀。", "铝管腐蚀出小孔。"])],
   hw=[("1. 抽真空要抽多长时间？为什么？", ["至少抽十五到三十分钟，把系统里的空气和水分抽干净，防止冰堵和腐蚀。", "至少十五分钟。", "抽走水分防冰堵。"]),
       ("2. 加注制冷剂时为什么要称重？", ["按厂家规定的加注量加，多了高压过高，少了不制冷。", "按规定量加。", "多了少了都不行。"])],
   outputs=[("路试与故障确认记录", "怠速时出风口温度二十六度。"), ("空调系统压力检测记录", "低压零点一兆帕，高压零点七兆帕。"), ("维修竣工检验记录", "出风口温度七度。")]),
 "fish": dict(major="电子商务", code="0603", course="生鲜电商直播运营", task="舟山带鱼干海鲜礼盒直播带货与订单售后处理",
   hours=14, station="电子商务直播运营一体化学习工作站",
   situation="年货季前，沈家门一家水产加工合作社想把带鱼干、鳗鲞和虾干做成海鲜礼盒在网上卖。运营主管请电商班学员策划一场两小时的直播，写直播脚本，布置直播间，分角色担任主播、助播和场控，直播后汇总订单、安排冷链发货，并处理破损和延迟到货的售后。",
   qs=[("问题1 直播脚本的开场五分钟要做什么？", ["欢迎进来的观众，介绍合作社和今天的福利，引导关注和点赞，把人气留住。", "介绍福利，留住人气。", "引导关注点赞。"]),
       ("问题2 为什么海鲜礼盒要写清储存方法？", ["干货怕潮，收到后要冷藏或阴凉干燥处保存，写清楚可以减少变质引起的售后。", "减少售后。", "怕潮要冷藏。"])],
   hw=[("1. 直播中有人说“太贵了”怎样回应？", ["说明原料是东海野生带鱼，手工晾晒，对比市场价，再提示限时优惠。", "讲原料和手工。", "提示限时优惠。"]),
       ("2. 破损售后怎样处理？", ["请顾客拍照，核实后补发或退款，登记破损原因，反馈给仓库改进包装。", "拍照核实补发。", "反馈仓库改包装。"])],
   outputs=[("直播脚本", "两小时，分六个环节。"), ("订单汇总与发货单", "共三百二十六单。"), ("售后处理记录", "破损补发九单。")]),
 "sausage": dict(major="机电一体化技术", code="0127", course="食品包装生产线机电装调", task="火腿肠灌装生产线气动夹持与PLC分拣控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="漯河一家肉制品企业的火腿肠生产线要增加一台自动分拣装置：光电传感器检测灌装后的火腿肠，气缸夹持不合格品推出线外，由PLC控制传送带和气缸的动作顺序。设备部请机电班学员按图纸安装气动回路和传感器，完成电气接线和PLC编程，调试后填写记录。",
   qs=[("问题1 气动回路里的节流阀起什么作用？", ["调节进出气缸的空气流量，控制气缸伸出和缩回的速度。", "调节气缸速度。", "控制流量。"]),
       ("问题2 光电传感器的安装位置怎样确定？", ["要在推料气缸前方，留出PLC扫描和电磁阀动作的时间，按传送带速度算出距离。", "在气缸前方。", "按带速算距离。"])],
   hw=[("1. 电磁阀线圈得电后气缸不动，可能是什么原因？", ["气源压力不够、气管接反、电磁阀卡滞或节流阀关死了。", "气压不够或气管接反。", "阀卡滞。"]),
       ("2. 为什么要给气缸加磁性开关？", ["检测气缸是否到位，PLC收到到位信号才执行下一步，避免动作冲突。", "检测到位。", "防止动作冲突。"])],
   outputs=[("气动回路安装记录", "供气压力零点五兆帕。"), ("PLC输入输出分配表与程序", "分拣延时零点三秒。"), ("联动调试记录", "连续分拣两百根无误。")]),
 "herb": dict(major="中药", code="1301", course="中药饮片炮制", task="怀山药麸炒与饮片质量检查",
   hours=16, station="中药炮制一体化学习工作站",
   situation="漯河一家中药饮片厂接到医院的订单，要一批麸炒山药饮片。车间主任请中药班学员按炮制规范净选山药片，用蜜炙麸皮在炒药锅中麸炒至黄色，筛去麸皮、摊凉，按药典检查性状、水分和片型，填写炮制记录。",
   qs=[("问题1 山药为什么要麸炒？", ["麸炒后山药健脾止泻的作用增强，麸皮还能吸附部分黏液，使饮片色泽均匀。", "增强健脾作用。", "色泽均匀。"]),
       ("问题2 怎样判断锅温合适可以投药？", ["撒一把麸皮，麸皮立即冒烟就是温度合适，再投入山药片。", "麸皮冒烟就投药。", "撒麸皮试温。"])],
   hw=[("1. 麸炒山药的成品性状是怎样的？", ["表面黄色，偶见焦斑，略有焦香气。", "表面黄色有焦香。", "偶见焦斑。"]),
       ("2. 炮制后为什么要摊凉再包装？", ["热的饮片直接包装会返潮、发霉，摊凉到室温才能装袋。", "防止返潮发霉。", "凉透再装。"])],
   outputs=[("麸炒山药炮制记录", "投料五千克，得饮片四点六千克。"), ("饮片质量检查记录", "水分百分之十一。"), ("成品标签与留样记录", "留样二百克。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="宿迁市骆马湖技工学校", pack="dir", region="sq", course="lake", cls="烹饪2402班", size=40, seed=11,
         sidp="24130501", students=["仲煜城", "项语汐", "蔡承泽"], extra_class=["卞海滨"], leader="卞海滨",
         others_named=["倪宝根"], teachers=["朱正清", "夏玉芳"], form_count="40人",
         f8="rubric_leader", f10="plain_remark", f11="dish_record", f12="name_line_photo", findings=[],
         comment="clean. Item 8 (scanned 200 dpi gray): a bordered head row 姓名 | 班级 | 学号 | 组别, and at the foot a 三方评价 "
                 "table (自评/组评/师评) signed `组长签字：卞海滨` BY HAND — 卞海滨 is the group leader, a classmate with an item-10 "
                 "record, named on all three worksheets (not a fourth student). Item 10 (TYPED) 40 rows = form `40人`, 备注 组长. "
                 "Item 11: typed 出品记录, `制作人` the student, the restaurant's chef 倪宝根 as `品评` (not a student). No roster"),
    dict(school="宿迁市骆马湖技工学校", pack="dir", region="sq", course="anim", cls="动画2401班", size=36, seed=12,
         sidp="24130306", students=["徐瑾瑜", "戴若萌", "许知行"], items={11: ["徐瑾瑜", "戴若萌"]},
         extra_class=["吴鸿运"], bad={"吴鸿运": "over"}, others_named=["邵明华"],
         teachers=["沈立群", "孙晓梅"], form_count="36人",
         f8="blank_line", f10="plain_scan", f11="video_page", f12="exercise_book",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "吴鸿运")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: printouts of the video platform's page of each student's short film, `作者：<name>（动画2401班）`) "
                 "holds the works of only TWO students, 徐瑾瑜 and 戴若萌 (许知行's is missing; 8 and 12 hold the three): "
                 "students.count on 11; students.mismatch optional. Item 10 (scanned 250 dpi gray): 吴鸿运 has 38 under `原画与中间画(30)` "
                 "(总分 the sum): records.invalid_score. The company's art director 邵明华 (`审片`) on item 11 is not a student. "
                 "Item 8: colour scan with an ink blot on every second page. No roster"),
    dict(school="舟山市沈家门海事技工学校", pack="gbkzip", region="zs", course="metro", cls="城轨2401班", size=38, seed=21,
         sidp="24330431", students=["邬浪舟", "应沁怡", "翁岱山"], outsiders={"翁岱山": "城轨2402班"}, out_sidp="24330432",
         teachers=["贺建平", "林美娟"], form_count="38",
         f8="corner_box", f10="sex_column", f11="plan_typed", f12="mindmap",
         findings=[("students.not_in_class", 8, True, "翁岱山")],
         comment="翁岱山 of the parallel class 城轨2402班 (his class and 学号 on his worksheet, typed plans and mind-map homework) is "
                 "the third student of 8/11/12; item 10 (TYPED, 38 rows = form `38`) has no record of him: students.not_in_class. "
                 "Item 8 (scanned 250 dpi gray): a `学号 | 姓名` box at the top right. Item 12: hand-drawn MIND MAPS photographed, "
                 "held by round magnets. No roster"),
    dict(school="舟山市沈家门海事技工学校", pack="gbkzip", region="zs", course="aircon", cls="汽修2302班", size=41, seed=22,
         sidp="23330403", students=["乐鑫源", "虞浩铭", "毛晓萱"], extra_class=["俞东极"], absent_from_10=["俞东极"],
         others_named=["陈国富"], teachers=["金国良", "邬定海"], form_count="41", roster="insurance", headteacher="翁丽萍",
         f8="road_test", f10="two_row", f11="repair_typed", f12="hand_page",
         findings=[("records.missing_student", 10, False, "俞东极"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生平安保险参保名单, 41, masked ID numbers) and the form (`学生人数 | 41`) hold 俞东极; item 10 "
                 "(scanned 200 dpi gray, an ink blot on the first page) has 40 rows and none for him: records.missing_student and "
                 "records.count_mismatch. Item 8 (scanned 250 dpi gray): a printed 路试记录单 at the top, the student only as "
                 "`试车人` (hand), the lorry's driver 陈国富 as `送修人` (not a student)"),
    dict(school="舟山市沈家门海事技工学校", pack="gbkzip", region="zs", course="fish", cls="电商2401班", size=39, seed=23,
         sidp="24330603", students=["林可歆", "胡兆丰", "俞梦蝶"], items={12: ["林可歆", "胡兆丰", "张浪帆"]},
         extra_class=["张浪帆", "李晓慧"], bad={"李晓慧": "low"},
         teachers=["徐素琴", "王东升"], form_count="39",
         f8="cover_booklet", f10="grade_col", f11="live_dashboard", f12="magnet_photo",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "李晓慧")],
         comment="item 12 (phone photos, the sheets held by magnets) holds the homework of 林可歆, 胡兆丰 and classmate 张浪帆 (with an "
                 "item-10 record) instead of 俞梦蝶's (items 8 and 11 hold the three): students.mismatch. Item 10 (TYPED, 等级 "
                 "column): 李晓慧's 总分 is 10 BELOW the sum of her parts: records.invalid_score. Item 8: a cover per student before "
                 "the worksheet (scanned 200 dpi gray). Item 11: screenshots of the live-stream dashboard, `主播：<name>`. No roster"),
    dict(school="漯河市沙澧技工学校", pack="zip", region="lh", course="sausage", cls="机电2403班", size=42, seed=31,
         sidp="24410127", students=["郭弘毅", "姬梓琳", "司马景澄"], items={8: ["郭弘毅", "姬梓琳", "司马景澄", "吕子骞"]},
         extra_class=["吕子骞", "宋泽民"], absent_from_10=["宋泽民"],
         teachers=["赵建设", "高红霞"], form_count="42人",
         f8="plain_line", f10="bonus", f11="plc_typed", f12="name_line_photo2",
         findings=[("records.count_mismatch", 10, False), ("students.count", 8, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 10 (TYPED, with a `创新加分(5)` column, 总分 = the four parts + 加分) lists 41; the form says `42人`: "
                 "records.count_mismatch (no roster). Item 8 (scanned 200 dpi gray) holds the worksheets of FOUR students: the three "
                 "and classmate 吕子骞 (with an item-10 record): students.count on 8; students.mismatch optional. The compound "
                 "surname 司马 (司马景澄) is one of the three"),
    dict(school="漯河市沙澧技工学校", pack="zip", region="lh", course="herb", cls="中药2401班", size=37, seed=32,
         sidp="24411301", students=["黄舒窈", "郑书恒", "马素问"], extra_class=["杨砚秋"], bad={"杨砚秋": "judge"},
         others_named=["刘保全"], teachers=["李振国", "许秀兰", "孙卫红"], form_count="37人",
         f8="header_table", f10="judges", f11="process_typed", f12="hand_ukai",
         findings=[("records.invalid_score", 10, False, "杨砚秋")],
         comment="item 10 (scanned 250 dpi gray) is scored by THREE 考评员 (each out of 100) and the 最终得分 is their mean with one "
                 "decimal; 杨砚秋 has 106 from 考评员乙 (the mean computed with it): records.invalid_score. 37 rows = form `37人`. "
                 "Item 8: bordered head row 姓名 | 班级 | 学号 | 日期, a 1-bit fax-like scan. Item 11: typed 炮制记录, `炮制人` the "
                 "student, the factory's inspector 刘保全 as `质检员` (not a student). Three teachers. No roster"),
]

PROVINCE = {1: "江苏省宿迁市", 2: "浙江省舟山市", 3: "河南省漯河市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 宿迁: "附件08 工作页.pdf"
        return "附件%02d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 舟山: "(8)工作页_城轨2401班.pdf"
        return "(%d)%s_%s.pdf" % (n, NAMES[n], s["cls"])
    return "第%d项-%s.pdf" % (n, NAMES[n])   # 漯河: "第8项-工作页.pdf"


def form_name(s, c):
    return {1: ("%s优质课堂申报书.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书-%s.pdf" % c["task"][:8], "pdf"),
            3: ("附件2-申报书（%s）.docx" % s["cls"], "docx")}[grp(s)]


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
    trs = [["序号", "姓名", "职称", "承担工作"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 宿迁: four columns, two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("课　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("负 责 人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 舟山: 学生人数, a bare number
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 漯河: class and size in one cell
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及人数", "%s，%s" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报学校（盖章）：{school}</p><p>项目负责人：{lead}</p><p>申报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务情境</h3><p>{situation}</p>
<h3>四、教学实施过程</h3><p>教师以企业真实任务导入，学生以小组为单位明确任务要求、查阅资料并制订计划；计划经教师审核后按企业规范实施，教师在工作站巡回指导，及时纠正不规范操作；任务完成后各组展示成果，经学生自评、小组互评和教师评价后进行总结与拓展。</p>
<h3>五、课堂特色与成效</h3><p>任务来自{prov}本地企业的生产和服务一线，学生按岗位要求完成真实工作，职业能力和安全规范意识明显增强，作品和成果得到合作企业认可。</p>
<h3>六、诚信承诺</h3><p>本校保证所报材料真实有效，均为本校教师原创，如有不实愿承担相应责任。</p>""".format(
        school=s["school"], lead=t[0], d=6 + s["seed"] % 17, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的工学一体化核心课程，依据国家课程标准，结合{prov}行业企业岗位要求进行校本转化。\n二、学习任务\n本学期安排学习任务“{task}”，共{hours}学时。\n三、评价方式\n采用过程性评价与终结性评价相结合的方式。",
    2: "{school}\n“{task}”学习任务分析\n一、任务情境\n{situation}\n二、工作流程\n明确任务—制订计划—实施作业—检查控制—评价反馈。",
    3: "{school}\n{task}教学活动策划表\n学习活动1　明确任务与获取信息\n学习活动2　制订与审定计划\n学习活动3　实施任务与过程检查\n学习活动4　成果展示与评价总结",
    4: "{school}\n《{course}》教学进度表（共{hours}学时）\n第1周　任务导入、信息收集\n第2周　制订计划、方案审定\n第3周　分组实施\n第4周　检查验收、评价总结",
    5: "{school}\n{task}教学活动设计方案\n1. 情境导入，下发任务书\n2. 引导问题学习，小组讨论\n3. 分组实施，教师巡回指导\n4. 成果展示，多元评价",
    6: "{school}\n学习任务资源清单\n学习工作页、行业作业规范、教学视频、{station}设施设备与耗材清单。",
    7: "{school}\n{station}说明\n工作站按信息收集区、计划决策区、任务实施区、成果展示区布置。",
    9: "{school}\n{task}学习任务考核方案\n考核包括过程考核和结果考核两部分，成绩由任课教师填入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 9分", "√ 完整", "√ 8分", "√ 正确", "√ 10分", "√ 较好", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 7) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "23"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


DEAN = {1: "陆永清", 2: "童雪芬", 3: "崔保国"}   # the 系部 head who signs the registers (a named staff member)

FEMALE = set("语汐 可歆 沁怡 芮涵 恩熙 若萌 梓琳 晓萱 悦彤 依诺 静姝 婧琪 思颖 昕冉 安然 沐晴 紫嫣 舒窈 汝佳 锦绣 秋雯 春妍 "
             "晓慧 丽君 雅楠 冰洁 梦蝶 子衿 蒹葭 舜华 采薇 素问 明珠 书宁 瑾瑜 晗 瑶 琦".split())


def sex(n):
    return "女" if given_of(n) in FEMALE else "男"


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅教师：%s</p>' % (RED, ["完成认真", "思路清楚", "书写工整", "继续努力"][i % 4], t[0])
        if f == "rubric_leader":   # bordered head row, and a 三方评价 table signed by the group leader (a classmate)
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True), "组别", hand("第%s组" % "三三五"[i], True)]],
                       width="100%", pad="4px 4px")
            rub = tbl([["评价项目", "自评(20)", "组评(30)", "师评(50)"],
                       ["原料初加工", hand(str(16 + i), True), hand(str(25 + i), True), hand(str(42 - i), True, BLACK)],
                       ["烹制与出品", hand(str(17), True), hand(str(26 - i), True), hand(str(43 + i), True, BLACK)]], width="86%", pad="2px 4px")
            body = (title + head + sit + answers(c, rng, i) + "<p><b>【三方评价】</b></p>" + rub +
                    '<p>组长签字：%s　　　教师签字：%s</p>' % (hand(s["leader"], True), hand(t[0], True, BLACK)) + comment)
        elif f == "blank_line":   # 姓名/班级/学号 on underlined blanks
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right
            box = ('<table width="100%%"><tr><td></td><td width="42%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = box + title + '<p>班级：%s　　指导教师：%s　　%s</p>' % (hand(cl, True), "、".join(t), day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "road_test":   # a printed 路试记录单: the student only as 试车人, the driver as 送修人
            rt = tbl([[("<b>路 试 记 录 单</b>　　No. LS-24%04d" % (517 + i), ' colspan="6"')],
                      ["车牌号", "浙L·6%s3%d7" % ("ABC"[i], 2 + i), "车　型", "轻型冷藏厢式车", "里程表", hand("%d km" % (86420 + 3177 * i), True)],
                      ["送修人", hand(s["others_named"][0], True, BLACK), "试车人", hand(n, True), "路试里程", hand("%d km" % (6 + i), True)],
                      ["故障现象", ("怠速及低速时出风口吹热风，车速升高后略有改善", ' colspan="5" align="left"')]],
                     width="100%", pad="3px 4px")
            body = rt + title + '<p>班级：%s　　学号：%s　　%s</p>' % (hand(cl, True), hand(sid, True), day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "cover_booklet":   # a cover per student, then the worksheet
            cover = ('<p style="text-align:center;font-size:13pt">%s</p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<p style="text-align:center;font-size:28pt"><b>学习任务工作页</b></p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<table width="78%%" align="center">%s</table><p>&nbsp;</p><p style="text-align:center">%s</p>'
                     % (s["school"], "".join('<tr><td width="30%%" style="font-size:14pt;padding:10px">%s</td>'
                                                 '<td style="border-bottom:1pt solid #000;padding:10px">%s</td></tr>' % (a, b)
                                                 for a, b in [("专　　业", c["major"]), ("学习任务", c["task"][:10]),
                                                              ("班　　级", hand(cl)), ("学生姓名", hand(n)), ("学　　号", hand(sid)),
                                                              ("任课教师", "、".join(t))]), "二〇二四年十二月"))
            body = cover + PB + title + '<p>完成日期：%s</p>' % day(s, i) + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级＿ 学号＿ 姓名＿ line
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "header_table":   # a bordered head row 姓名 | 班级 | 学号 | 日期
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    per = 2 if f == "cover_booklet" else 1
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": per * len(names), "sheets_per_student": per, "items": []}, ensure_ascii=False, indent=1))
    meth = {"rubric_leader": "x-scanpdf:200", "blank_line": "x-scanpdf:200:color:blot", "corner_box": "x-scanpdf:250",
            "road_test": "x-scanpdf:250", "cover_booklet": "x-scanpdf:200", "plain_line": "x-scanpdf:200",
            "header_table": "x-scanpdf:200:mono"}[f]
    font = {"cover_booklet": "Noto Sans CJK SC", "road_test": "Noto Sans CJK SC", "rubric_leader": "Noto Serif CJK SC"}.get(f, "Noto Serif CJK SC")
    size = "10pt" if f == "rubric_leader" else "10.5pt"
    return "08.html", html(PB.join(pages), size, font=font, compact=(f == "rubric_leader")), meth


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
    return "优秀" if x >= 90 else "良好" if x >= 75 else "合格" if x >= 60 else "不合格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　系部审核：%s</p>" % ("、".join(t[:2]), t[-1] if len(t) > 2 else DEAN[grp(s)])
    if f == "plain_remark":   # plain typed table with 备注 (组长)
        parts = [("原料初加工", 20), ("刀工", 20), ("烹调操作", 35), ("装盘出品", 15), ("卫生安全", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            note = "组长" if n == s.get("leader") or k in (3, 21, 33) else ""
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), note], pad))
        body = head10(s, c, "学习任务考核成绩记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "plain_scan":   # plain table, printed and scanned
        parts = [("剧本分镜", 20), ("角色场景", 20), ("原画与中间画", 30), ("合成输出", 20), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 38
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "sex_column":   # a plain typed table with a 性别 column
        parts = [("客流分析", 20), ("方案编制", 25), ("岗位引导", 35), ("应急处置", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, sex(n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "two_row":   # a two-row head: 过程 / 结果 over their parts
        parts = [("安全规范", 10), ("工单填写", 10), ("团队协作", 10), ("故障诊断", 30), ("维修操作", 25), ("竣工检验", 15)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程评价（30分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>结果评价（70分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s<br/>%d</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:blot"
    if f == "grade_col":   # typed, with a 等级 column
        parts = [("直播策划", 25), ("脚本撰写", 20), ("直播表现", 30), ("订单售后", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (10 if bad.get(n) == "low" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "bonus":   # four parts and a 创新加分 column
        parts = [("气动安装", 25), ("电气接线", 20), ("PLC编程", 30), ("联调与6S", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["创新加分<br/>(5)", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            b = rng.choice([0, 0, 0, 0, 1, 2, 3]) if k % 5 else rng.choice([0, 2, 5])
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：四项满分95分；分拣程序有改进、经教师认定的，另加创新分1～5分，总分＝四项得分＋创新加分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "judges":   # three 考评员, the final score their mean
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "考评员甲<br/>(100)", "考评员乙<br/>(100)", "考评员丙<br/>(100)", "最终得分<br/>(平均)", "备注"]], pad)]
        for k, n in enumerate(rec):
            base = rng.randint(66, 92)
            v = [min(100, base + rng.randint(-4, 4)) for _ in range(3)]
            if bad.get(n) == "judge":
                v[1] = 106
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + ["%.1f" % (sum(v) / 3.0), ""], pad))
        body = (head10(s, c, "技能考核评分汇总表") + table(out) +
                "<p>说明：三名考评员按评分细则独立评分，最终得分取三人平均分，保留一位小数。</p>" +
                "<p>考评员：%s　　　　监考：%s</p>" % ("、".join(t), DEAN[grp(s)]))
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    if f == "live_dashboard":   # screenshots of the live-stream platform's dashboard
        parts = []
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                bar = ('<table width="100%%" style="border-collapse:collapse"><tr><td style="background:#ff4a3d;color:#fff;padding:6px 8px">'
                       '<b>直播数据复盘</b>　%s</td><td style="background:#ff4a3d;color:#fff;padding:6px 8px" align="right">09:%02d　📶 86%%</td></tr></table>'
                       % (title, 12 + 7 * i + j))
                who = ('<p style="font-size:12pt"><b>主播：%s</b>（%s）　　直播间：东海渔家鲜货铺</p><p style="color:#666">场次：2024-12-%02d 19:30—21:30　　'
                       '账号：dhyj_xh0%d</p>' % (n, cls_of(s, n), 10 + i, 3 + i))
                grid = tbl([["观看人数", "最高在线", "成交订单", "成交金额"],
                            ["<b>%d</b>" % (3120 + 411 * i + 57 * j), "<b>%d</b>" % (188 + 23 * i), "<b>%d</b>" % (96 + 13 * i + j), "<b>¥%d</b>" % (15360 + 2210 * i)],
                            ["平均停留", "新增关注", "退款单", "转化率"],
                            ["%d秒" % (41 + 3 * j), str(57 + 9 * i), str(2 + j), "%.1f%%" % (3.1 + 0.4 * i)]], width="100%", pad="6px 4px")
                parts.append(bar + who + grid + "<p>复盘结论：%s</p><p style=\"color:#888\">数据来源：直播平台后台　导出人：%s</p>" % (desc, t[j % 2]))
        return "11.html", html(PB.join(parts), "11pt", font="Noto Sans CJK SC", page="size:10.5cm 18.5cm;margin:0.4cm 0.4cm"), "x-scanpdf:200:shot"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "dish_record":   # 出品记录: 制作人 the student, the restaurant's chef as 品评
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["制作人", n, "班级", cl], ["出品时间", day(s, 30 + i), "品评", "%s（湖畔农家菜馆主厨）" % s["others_named"][0]],
                                  ["主料", ["花鲢鱼头一只", "湖虾四百克", "昂刺鱼四条"][j], "辅料", ["嫩豆腐一块", "椒盐、葱姜", "五花肉、蒜子"][j]],
                                  ["色", "良好", "香", "良好"], ["味", "优秀", "形", "良好"]], width="88%") +
                             "<p>出品说明：%s</p><p>品评意见：%s</p>" % (desc, ["汤色可以再白一些", "椒盐略重", "火候得当"][j]))
            elif f == "video_page":   # design sheets and the video platform's page of the film: 作者
                if j < 2:
                    parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">作者：%s　　%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                                 '<table width="90%%" align="center" style="border-collapse:collapse"><tr><td style="border:1pt solid #888;background:#e4e4e4;height:8cm" align="center">（设定稿图）</td></tr></table>'
                                 + "<p>说明：%s</p><p>审稿：%s</p>" % (desc, t[j % 2]))
                else:
                    parts.append('<table width="100%%" style="border-collapse:collapse"><tr><td style="background:#1e1e1e;color:#fff;padding:5px 8px">▶ 青柚视频</td>'
                                 '<td style="background:#1e1e1e;color:#aaa;padding:5px 8px" align="right">搜索　登录</td></tr></table>'
                                 '<table width="100%%" style="border-collapse:collapse"><tr><td style="background:#2b2b2b;height:7cm;color:#ddd" align="center">▶　01:04</td></tr></table>'
                                 '<p style="font-size:14pt"><b>动画短片｜项王举鼎——项王故里欢迎你</b></p>'
                                 '<p style="color:#777">%d播放　·　%d弹幕　·　2024-12-%02d 发布</p>' % (1860 + 377 * i, 12 + 5 * i, 16 + i) +
                                 '<p>UP主：骆马湖动画社　　关注</p><p>简介：作者：%s（%s）；指导教师：%s；审片：%s（项王故里文旅公司美术总监）。'
                                 '本片为学校工学一体化课堂作品。</p>' % (n, cl, "、".join(t), s["others_named"][0]) +
                                 '<p style="color:#777">评论 %d　　👍 %d　　⭐ %d　　↗ 分享</p><p style="color:#555">网友A：鼎画得好有气势！</p><p style="color:#555">网友B：周末去项王故里打卡。</p>'
                                 % (9 + i, 211 + 40 * i, 37 + 8 * i))
            elif f == "plan_typed":   # a plan: 编制人
                parts.append('<h3>%s</h3><p>编制人：%s　　班级：%s　　审核：%s　　%s</p>' % (title, n, cl, t[j % 2], day(s, 30 + i)) +
                             tbl([["时段", "客流（人次/15分钟）", "措施", "岗位"], ["07:15—07:30", str(820 + 40 * j + 13 * i), "站厅蛇形排队", "站厅岗"],
                                  ["07:30—07:45", str(1130 + 25 * j), "进站口分批放行", "进站岗"], ["07:45—08:00", str(1260 + 31 * i), "换乘通道单向", "换乘岗"]],
                                 width="90%") + "<p>说明：%s</p>" % desc)
            elif f == "repair_typed":   # an inspection record: 检修人 and 质检
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车牌号", "浙L·6%s3%d7" % ("ABC"[i], 2 + i), "送修人", s["others_named"][0]], ["检修人", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                  ["检测项目", "标准", "实测", "结论"], ["低压侧压力", "0.15—0.25 MPa", ["0.10", "0.21", "0.22"][j] + " MPa", ["偏低", "正常", "正常"][j]],
                                  ["出风口温度", "≤10 ℃", ["26", "9", "7"][j] + " ℃", ["不合格", "合格", "合格"][j]]], width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "plc_typed":   # a commissioning record: 调试人
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　指导：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["项目", "要求", "实测", "结论"], ["供气压力", "0.5 MPa", "%.2f MPa" % (0.49 + 0.01 * i), "合格"],
                                  ["推料响应", "≤0.3 s", "0.%d s" % (2 + (i + j) % 2), "合格"], ["连续分拣", "200根无误", "200根无误", "合格"]], width="82%") +
                             "<p>%s</p>" % desc)
            elif f == "process_typed":   # a processing record: 炮制人, 复核人, the factory's 质检员
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品名", "麸炒山药", "批号", "HS2412%02d" % (5 + 3 * i + j)], ["炮制人", "%s（%s）" % (n, cl), "复核人", t[j % 2]],
                                  ["质检员", "%s（饮片厂质检科）" % s["others_named"][0], "日期", day(s, 30 + i)],
                                  ["项目", "规定", "结果", "结论"], ["性状", "表面黄色，偶见焦斑", "符合", "合格"], ["水分", "≤13%", "%.1f%%" % (10.6 + 0.3 * i), "合格"]],
                                 width="92%") + "<p>备注：%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def mindmap(s, c, names):
    pages = []
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        def box(x, w="30%"):
            return '<td width="%s" style="border:1.2pt solid #1d2f6b;padding:6px" align="center">%s</td>' % (w, hand(x, True))
        gap = '<td width="5%" align="center">' + hand("—", True) + '</td>'
        empty = '<td></td>'
        a0, a1 = c["hw"][0][1][i % 3], c["hw"][1][1][(i + 1) % 3]
        q0, q1 = c["qs"][0][1][(i + 2) % 3], c["qs"][1][1][i % 3]
        grid = ('<table width="100%%" style="border-collapse:separate;border-spacing:4px">'
                '<tr>%s%s%s%s%s</tr><tr>%s%s%s%s%s</tr><tr>%s%s%s%s%s</tr></table>' % (
                    box("限流：" + q0), gap, empty, gap, box("站位：" + q1),
                    empty, empty, '<td width="30%%" style="border:2pt solid #c0251a;padding:10px" align="center">%s</td>' % hand("早高峰客流组织", ink="#c0251a"), empty, empty,
                    box("通道：" + a0), gap, empty, gap, box("广播：" + a1)))
        pages.append('<p>%s</p><p>%s</p><p>&nbsp;</p>' % (hand("课后作业：画出本任务的思维导图", True),
                                                       hand("%s　%s　学号%s" % (n, cl, sid), True)) + grid +
                     '<p>&nbsp;</p><p %s>阅 %s %s</p>' % (RED, s["teachers"][0], day(s, 20 + i)[5:]))
    return "12.html", html(PB.join(pages), "11pt", font="Noto Sans CJK SC"), "x-scanpdf:200:photo:magnet"


def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    if f == "mindmap":
        return mindmap(s, c, names)
    rng = random.Random(s["seed"] * 12)
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f in ("name_line_photo", "name_line_photo2"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "exercise_book":   # an exercise-book cover, then the page inside
            head = ["", "", "　　　　　练　习　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　课后作业" % c["task"][:8]]
        elif f == "hand_page":
            head = ["课后作业（空调检修）", "%s　%s　%s" % (cl, n, sid[-2:] + "号")]
        elif f == "magnet_photo":
            head = ["课后作业　%s" % c["course"], "> 姓名：%s　　班级：%s" % (n, cl)]
        elif f == "hand_ukai":
            head = ["中药炮制课后作业", "班级：%s　姓名：%s" % (cl, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:1", "name_line_photo2": "x-photo:200:2", "exercise_book": "x-photo:200:2",
            "hand_page": "x-scan:250:4", "magnet_photo": "x-photo:200:1:magnet", "hand_ukai": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "insurance":   # 学生平安保险参保名单, masked ID numbers
        rows = [["序号", "学号", "姓名", "性别", "身份证号", "险种", "保费(元)", "备注"]]
        for j, n in enumerate(k):
            idno = "3309%02d********%03d%s" % (rr.choice([2, 3, 21, 22]), rr.randint(0, 999), rr.choice("0123456789X"))
            rows.append([str(j + 1), sid_of(s, n), n, sex(n), idno, "学平险", "100", "走读" if rr.random() < 0.3 else ""])
        body = ('<h2 style="text-align:center">%s<br/>2024—2025学年学生平安保险参保名单</h2><p>班级：%s　　　承保公司：（略）</p>'
                % (s["school"], s["cls"]) + tbl(rows, width="100%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　合计：%d人　　保费合计：%d元　　2024年9月</p>" % (s["headteacher"], len(k), 100 * len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生平安保险参保名单.pdf\tpdf\troster\t0" % s["cls"])
        return [], {}
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
    truth = {"comment": "Fifty-seventh held-out people corpus (testdata/heldout57), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    for w in ["宿迁", "舟山", "漯河"] + sorted({s["school"] for s in SUBS}):
        if w in EARLIER_TEXT:
            raise SystemExit("%s stands in an earlier truth file" % w)
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = dedup([n for s in SUBS for n in s.get("others_named", [])] + list(DEAN.values()))
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
        rng = random.Random(s["seed"] * 7919 + 57)
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
        parents, _ = roster(s, d, man) or ([], {})
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
        fct = {1: "班级人数 | %s" % s["form_count"], 2: "学生人数 | %s" % s["form_count"],
               3: "授课班级及人数 | %s，%s" % (s["cls"], s["form_count"])}[grp(s)]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "others_named": s.get("others_named", []) + [DEAN[grp(s)]] + parents,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {"group_leader_on_item8": s["leader"]} if s.get("leader") else {},
            "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
