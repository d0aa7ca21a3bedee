#!/usr/bin/env python3
"""Write the sources of the fiftieth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 聊城
(Shandong), 潮州 (Guangdong) and 南平 (Fujian).

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 49)] + ["othertools"]

# surnames by region: 聊城 (northern: 张 王 李 刘 赵 孙 马 吕 岳 耿 董 聂 …), 潮州 (陈 林 黄 蔡 郑 许 翁 詹 庄 洪 …;
# a few of the 凤凰山 She families 雷 蓝 钟), 南平 (陈 林 吴 黄 叶 魏 邱 范 江 …; one compound 上官)
SURNAMES = {
    "lc": list("张王李刘赵孙马吕岳耿董聂高邢范杜靳"),
    "cz": list("陈林黄蔡郑许翁詹庄洪苏李吴谢余丁雷蓝"),
    "np": list("陈林吴黄叶魏邱范江张刘詹游严廖"),
}
# given names: a new list, in the style of names given in the years a class of 2008-2010 births got them
GIVEN2 = ("梓豪 浩然 嘉欣 晓彤 俊宏 泽锋 少鹏 锐彬 佩珊 婉婷 伟鸿 志坚 文轩 雅琪 家乐 炜杰 裕斌 淑敏 "
          "惠玲 燕妮 振宇 宇航 鹏飞 晓宇 佳乐 明轩 瑞雪 兆阳 子涵 雪晴 欣怡 思源 一鸣 俊豪 鑫磊 "
          "海洋 天佑 佳慧 梦瑶 玉洁 诗琪 雨萱 子豪 家伟 建锋 冠宇 永康 泽楷 晓芸 铭浩 若琳 靖宇 "
          "博涛 新宇 广源 立群 春燕 美玲 锦鸿 彦君 楚涵 奕辰 嘉豪 泓毅 可欣 芷晴").split()
GIVEN1 = list("鑫磊杰婷颖琳")


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
    """one character apart (same length) or one a part of the other"""
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE


def draw_one(rng, region):
    if region == "np" and rng.random() < 0.03:
        sur = "上官"
    else:
        sur = rng.choice(SURNAMES[region])
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    return sur + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        if name.startswith("上官") and any(x.startswith("上官") for x in names):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


def Q(q, a, b, c):
    return (q, [a, b, c])


C = {
 "brake": dict(major="汽车维修", code="0403", course="汽车底盘系统检修", task="城际客车气压制动系统漏气故障检修",
   hours=16, station="汽车底盘检修一体化学习工作站",
   situation="聊城一家客运公司的城际客车早晨出车前气压表读数下降很快，司机反映停车十分钟气压掉了零点一兆帕。车队维修组请汽修班学员查阅维修手册，用肥皂水和压力表逐段查找漏气点，更换损坏的制动气室膜片和快放阀，检修后做保压试验和路试，填写维修工单交车。",
   qs=[Q("问题1 怎样判断漏气是在制动踏板踩下时还是松开时发生？", "分别在松开和踩下踏板两种状态下看气压表，踩下时掉得快说明制动气室或管路漏，松开时掉得快说明储气筒到制动阀一段漏。", "踩下和松开分别看气压表。", "踩下掉得快是气室漏。"),
       Q("问题2 保压试验的合格标准是什么？", "发动机熄火后，不踩踏板三十分钟气压下降不超过十千帕，踩住踏板五分钟下降不超过二十千帕。", "熄火三十分钟降不超过十千帕。", "踩住五分钟降不超过二十千帕。")],
   hw=[Q("1. 为什么检修前要先放掉储气筒里的压缩空气？", "储气筒里有高压气体，拆管路时会突然喷出伤人，放气后才能安全拆卸。", "防止高压气伤人。", "放气后再拆。"),
       Q("2. 制动气室膜片老化会出现什么现象？", "踩制动时气室处有漏气声，制动力不足，气压下降快。", "踩刹车有漏气声。", "制动力不足。")],
   outputs=[("维修工单", "更换左后制动气室膜片一只。"), ("保压试验记录", "熄火三十分钟下降六千帕，合格。"), ("路试记录", "制动无跑偏，气压正常。")]),
 "ejiao": dict(major="中药", code="1301", course="中药饮片鉴别与炮制", task="阿胶及常见伪品的性状鉴别与阿胶珠烫制",
   hours=14, station="中药调剂与炮制一体化学习工作站",
   situation="聊城东阿一家中药饮片厂的质检科近期收到几批外购阿胶，需要在入库前逐批鉴别真伪，同时车间要烫制一批阿胶珠供医院药房使用。质检科长请中药班学员按药典规定观察阿胶的颜色、断面、气味和溶化情况，对比伪品，完成阿胶丁切制和蛤粉烫制，填写鉴别记录和炮制记录。",
   qs=[Q("问题1 正品阿胶的性状有哪些特征？", "长方块状，棕色到黑褐色，有光泽，质硬而脆，断面光亮，对光照视边缘呈棕色半透明，气微，味微甜。", "棕黑色有光泽，断面光亮。", "对光看边缘半透明，味微甜。"),
       Q("问题2 蛤粉烫阿胶珠时怎样掌握火候？", "蛤粉先用中火炒到灵活状态，投入阿胶丁不断翻动，烫到鼓起呈圆球形、内无溏心时立即取出。", "中火，鼓成圆球就出锅。", "内无溏心立即取出。")],
   hw=[Q("1. 阿胶为什么要烫成阿胶珠再入药？", "烫后质地酥脆，容易粉碎和煎出，也降低了滋腻之性，不容易碍胃。", "酥脆易煎出。", "降低滋腻。"),
       Q("2. 用水溶化法怎样区分阿胶真伪？", "正品溶化后液体呈红茶色，透明清亮，没有异臭；伪品常浑浊或有腥臭味。", "正品红茶色透明。", "伪品浑浊有腥味。")],
   outputs=[("阿胶性状鉴别记录", "批号二四一一零三，正品。"), ("阿胶珠烫制记录", "蛤粉温度约一百六十度，成品圆整。"), ("伪品对比记录", "一号样品断面无光泽，判为伪品。")]),
 "goose": dict(major="烹饪(中式烹调)", code="0501", course="粤式卤味制作", task="潮州卤鹅制作与切配装盘",
   hours=16, station="中式烹调一体化学习工作站",
   situation="潮州古城一家老字号酒楼要在春节前推出卤鹅拼盘礼盒，厨房总厨请烹饪班学员跟着卤水师傅学习调制老卤，按规格处理鹅只，控制卤制时间和火候，出锅后按鹅头、鹅掌、鹅肉分部位切配装盘，并配制蒜泥醋蘸料。",
   qs=[Q("问题1 卤水中为什么要加南姜和香茅？", "南姜和香茅是潮式卤水的主要香料，能去掉鹅肉的腥味，形成特有的香味。", "去腥增香。", "潮式卤水的特有香味。"),
       Q("问题2 卤鹅出锅后为什么不能马上切？", "刚出锅的鹅肉纤维松软，马上切容易散碎，晾十五分钟左右再切，刀口整齐。", "晾一会再切不散。", "刀口才整齐。")],
   hw=[Q("1. 老卤怎样保存？", "每天用后烧开撇去浮油和杂质，滤净后加盖放凉，定期补充香料和调料。", "每天烧开撇沫过滤。", "定期补香料。"),
       Q("2. 卤鹅切片的厚度一般是多少？", "顺着纹路斜刀切成三到四毫米厚的片，连皮带肉不脱落。", "三到四毫米。", "连皮带肉。")],
   outputs=[("卤水调配记录", "老卤二十斤，南姜一斤。"), ("卤鹅拼盘装盘记录", "鹅肉十二片，扇形排列。"), ("成本核算表", "每盘成本四十二元。")]),
 "dancong": dict(major="电子商务", code="0603", course="网店商品运营", task="凤凰单丛茶网店新品上架与详情页制作",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="潮州凤凰山一家茶叶合作社新开了网店，准备上架鸭屎香、蜜兰香和芝兰香三款单丛茶。店长请电商班学员拍摄商品图，撰写标题和卖点文案，制作详情页，设置价格和运费模板，完成上架并跟踪第一周的访客和转化数据。",
   qs=[Q("问题1 茶叶商品标题怎样写？", "包含品类、香型、产地、等级和规格，比如凤凰单丛蜜兰香一级二百五十克，避免堆砌无关词。", "品类、香型、产地、规格。", "不堆砌无关词。"),
       Q("问题2 详情页首屏应放什么内容？", "商品主图、核心卖点和价格优惠，让顾客三秒内知道这是什么茶、好在哪里。", "主图和卖点。", "三秒看懂。")],
   hw=[Q("1. 访客多但下单少，可能是什么原因？", "主图和价格吸引人，但详情页不清楚、评价少或运费高，顾客犹豫后离开。", "详情页不清楚。", "评价少或运费高。"),
       Q("2. 茶叶为什么要标明生产日期和保质期？", "这是食品标签的法定内容，顾客也需要据此判断新鲜程度。", "法定要求。", "判断新鲜程度。")],
   outputs=[("新品上架信息表", "三款茶各上架两个规格。"), ("详情页文案", "高山老枞，手工炭焙。"), ("首周运营数据表", "访客一千二百人，转化率百分之二点一。")]),
 "carving": dict(major="计算机动画制作", code="0306", course="非遗纹样二维动画创作", task="潮州木雕纹样二维动画短片制作",
   hours=18, station="数字媒体一体化学习工作站",
   situation="潮州一家木雕博物馆想做一段一分钟的二维动画短片，在展厅屏幕上介绍金漆木雕的通雕技法。策展人请动画班学员提取木雕上的花鸟和人物纹样，绘制角色和场景，设计分镜，制作补间和逐帧动画，配音配乐后输出成片。",
   qs=[Q("问题1 分镜脚本要写清哪些内容？", "镜号、画面内容、景别、镜头运动、时长、台词和音效。", "镜号、画面、景别、时长。", "台词和音效。"),
       Q("问题2 把木雕纹样变成动画素材要做哪些处理？", "拍照后描线，简化细碎的刻纹，分层上色，把要动的部分拆成单独的元件。", "描线简化，分层上色。", "活动部分拆成元件。")],
   hw=[Q("1. 补间动画和逐帧动画各适合什么镜头？", "位置、大小、透明度的平滑变化用补间；鸟扇翅膀这类形状复杂的动作用逐帧。", "平滑变化用补间。", "复杂动作用逐帧。"),
       Q("2. 输出成片前要检查什么？", "分辨率和帧率是否符合展厅屏幕，声画是否同步，字幕有没有错字。", "分辨率和帧率。", "声画同步和错字。")],
   outputs=[("分镜脚本", "共十八个镜头，总长六十二秒。"), ("角色与场景设计稿", "凤凰和牡丹两组纹样。"), ("成片输出记录", "一九二零乘一零八零，二十五帧。")]),
 "bamboo": dict(major="机电一体化技术", code="0127", course="自动化生产线安装与调试", task="竹筷生产线送料气缸与PLC顺序控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="南平一家竹制品厂的竹筷生产线送料段经常卡料，厂里决定改造送料机构：用两个气缸配合光电传感器把竹条逐根推进砂光机，由PLC控制推料、夹紧、退回的顺序。设备主管请机电班学员安装气缸和传感器，连接气路和电路，编写并调试PLC程序，填写调试记录。",
   qs=[Q("问题1 单电控电磁阀和双电控电磁阀有什么区别？", "单电控断电后阀芯靠弹簧复位，双电控断电后保持原来的位置，需要另一个线圈通电才换向。", "单电控靠弹簧复位。", "双电控断电保持。"),
       Q("问题2 光电传感器安装时要注意什么？", "对准竹条经过的位置，避开砂光机的粉尘和强光，调好检测距离并固定牢。", "对准竹条，避开粉尘。", "调好距离固定牢。")],
   hw=[Q("1. 气缸速度太快怎样调？", "调节气缸进出口的单向节流阀，一般用排气节流，让气缸运动平稳。", "调节流阀。", "排气节流。"),
       Q("2. 程序里为什么要加互锁？", "防止推料和退回两个线圈同时得电，损坏电磁阀或机构。", "防止同时得电。", "保护设备。")],
   outputs=[("气路与电路连接记录", "两个气缸，四个磁性开关。"), ("PLC程序清单", "顺序控制共十二步。"), ("联动调试记录", "连续送料五百根无卡料。")]),
 "cutter": dict(major="数控加工(数控车工)", code="0106", course="轴类零件数控车削", task="竹材刨切机刀轴数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="南平建阳的一家竹材加工厂有台刨切机刀轴磨损，请学校数控车间按图纸加工两根备用刀轴。车间主任请数控班学员分析零件图，确定装夹方式和加工顺序，编写程序，在数控车床上用一夹一顶车削阶梯轴和键槽前的外圆，并按图纸检测。",
   qs=[Q("问题1 细长的刀轴为什么要一夹一顶装夹？", "刀轴长径比大，只用卡盘夹持会在切削力下弯曲振动，用尾座顶尖顶住能增加刚性。", "增加刚性。", "防止弯曲振动。"),
       Q("问题2 阶梯轴的加工顺序怎样安排？", "先粗车各段外圆，留精车余量，再从右到左精车，最后倒角。", "先粗后精。", "精车后倒角。")],
   hw=[Q("1. 精车时为什么要降低进给量？", "进给量小，残留的刀痕浅，表面粗糙度值小。", "表面更光。", "刀痕浅。"),
       Q("2. 用外径千分尺测量前要做什么？", "擦净测量面，校对零位，测量时用测力装置，不要硬拧。", "擦净校零。", "用测力装置。")],
   outputs=[("刀轴加工工艺卡", "粗车、精车、倒角三道工步。"), ("数控程序单", "程序号O0318。"), ("刀轴检测报告", "各段外圆均在公差内。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="聊城市东昌湖技工学校", pack="gbkzip", region="lc", course="brake", cls="汽修2403班", size=40, seed=11,
         sidp="24371540", students=["耿泽楷", "岳佩珊", "马广源"], others_named=["聂长河"], teachers=["董卫东", "吕红霞"],
         form_count="40人", roster="photo_cards", headteacher="高秀娟",
         f8="digit_boxes", f10="plain_remark", f11="work_order", f12="photo_blinds", findings=[],
         comment="clean. Roster: a 学生信息卡 sheet, each student a card with an ID-photo box, 姓名, 学号 and 宿舍 (40) = form `40人` = "
                 "40 rows of item 10. Item 8 (scanned 200 gray): 学号 written one digit a box (ten boxes), the name on a line; the "
                 "bus company's fleet captain 聂长河 (not a student) named as 报修人 on every worksheet and work order"),
    dict(school="聊城市东昌湖技工学校", pack="gbkzip", region="lc", course="ejiao", cls="中药2402班", size=38, seed=12,
         sidp="24371302", students=["孙晓芸", "李冠宇", "邢若琳"], outsiders={"李冠宇": "中药2401班"}, out_sidp="24371301",
         extra_class=["杜博涛"], bad={"杜博涛": "over"}, teachers=["赵立新", "范玉梅"], form_count="38人",
         f8="head_row", f10="plain_max", f11="ident_typed", f12="hand_foxing",
         findings=[("students.not_in_class", 8, True, "李冠宇"), ("records.invalid_score", 10, False, "杜博涛")],
         comment="李冠宇 of the parallel class 中药2401班 (his class and 学号 on his worksheet, typed records and homework) is the "
                 "third student; item 10 (TYPED, 38 rows = form `38人`) has no record of him: students.not_in_class. 杜博涛 has "
                 "29 under `性状鉴别(25)` (总分 the sum): records.invalid_score (TYPED). No roster"),
    dict(school="潮州市湘子桥技工学校", pack="zip", region="cz", course="goose", cls="烹饪2401班", size=40, seed=21,
         sidp="2405150112", students=["翁俊豪", "蔡楚涵", "詹锦鸿"], items={8: ["翁俊豪", "蔡楚涵"]}, extra_class=["庄嘉欣"],
         absent_from_10=["庄嘉欣"], others_named=["许炳坤"], teachers=["陈伟鹏", "林镇标"], form_count="40人",
         f8="blank_line", f10="scan_plain", f11="dish_typed", f12="photo_plain",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 gray, yellowed paper with foxing) holds the worksheets of only TWO students, 翁俊豪 and "
                 "蔡楚涵 (詹锦鸿's is missing; 11 and 12 hold the three): students.count on 8; students.mismatch optional. "
                 "Item 10 (scanned 250 gray) lists 39; the form says `40人` (庄嘉欣 has no row; no roster to name her): "
                 "records.count_mismatch. The restaurant's 卤水师傅 许炳坤 named on worksheets (not a student)"),
    dict(school="潮州市湘子桥技工学校", pack="zip", region="cz", course="dancong", cls="电商2402班", size=41, seed=22,
         sidp="2405060302", students=["黄雅琪", "郑天佑", "蓝春燕"], extra_class=["洪梦瑶"], absent_from_10=["洪梦瑶"],
         teachers=["谢建华", "苏丽贞"], form_count="41人", roster="plain_list", headteacher="余晓红",
         f8="corner_line", f10="typed_group", f11="listing_typed", f12="photo_blinds2",
         findings=[("records.missing_student", 10, False, "洪梦瑶"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生名单 with 性别, 民族 (畲族 for 雷/蓝/钟), 41) and the form (`41人`) hold 洪梦瑶; item 10 "
                 "(TYPED) has 40 rows and none for her: records.missing_student and records.count_mismatch"),
    dict(school="潮州市湘子桥技工学校", pack="zip", region="cz", course="carving", cls="动画2401班", size=38, seed=23,
         sidp="2405030601", students=["林泓毅", "丁晓彤", "许奕辰"], items={12: ["林泓毅", "丁晓彤", "吴彦君"]},
         extra_class=["吴彦君", "郑可筠"], bad={"郑可筠": "sum"}, others_named=["庄伯年"], teachers=["黄志明", "陈绮莲"],
         form_count="38人", f8="head_row2", f10="works_no", f11="storyboard_typed", f12="photo_plain2",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "郑可筠")],
         comment="item 12 (phone photos) holds the homework of 林泓毅, 丁晓彤 and classmate 吴彦君 (with an item-10 record) "
                 "instead of 许奕辰's (items 8 and 11 hold the three): students.mismatch. Item 10 (scanned 200 gray) is ordered "
                 "by 作品编号 with a 作品名称 column; 郑可筠's 总分 is 8 above the sum of her parts: records.invalid_score. The "
                 "museum's curator 庄伯年 named on the storyboards (not a student). No roster"),
    dict(school="南平市建溪高级技工学校", pack="dir", region="np", course="bamboo", cls="机电2402班", size=39, seed=31,
         sidp="24350127", students=["叶靖宇", "魏美玲", "上官铭浩"], items={11: ["叶靖宇", "魏美玲"]},
         extra_class=["邱建锋"], bad={"邱建锋": "over"}, teachers=["江国平", "游晓敏"], form_count="39人",
         f8="pledge_head", f10="scan_foxing", f11="plc_listing", f12="photo_plain3",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "邱建锋")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: PLC program listings with `编程：<name>` in the comment header, records) holds the work of "
                 "only TWO students, 叶靖宇 and 魏美玲 (上官铭浩's missing; 8 and 12 hold the three, 上官 a compound surname): "
                 "students.count on 11; students.mismatch optional. Item 10 (scanned 200 gray, foxed paper): 邱建锋 has 36 "
                 "under `PLC程序(30)` (总分 the sum): records.invalid_score. No roster"),
    dict(school="南平市建溪高级技工学校", pack="dir", region="np", course="cutter", cls="数控2401班", size=37, seed=32,
         sidp="24350106", students=["廖鑫磊", "范思源", "严诗琪"], others_named=["吴金水"], teachers=["林建南", "陈美华", "黄木生"],
         form_count="37人", f8="tool_card", f10="leader_star", f11="inspect_typed", f12="hand_scan",
         findings=[],
         comment="clean. Item 10 (TYPED) 37 rows = form `37人`; 组长 in a 备注 column and a 平时(含考勤) column. Item 8 (colour "
                 "scan): a 刀具借用登记卡 at the top, the student as 借用人, the tool-room keeper 吴金水 as 发放人 (not a student). "
                 "Three teachers. No roster"),
]

PROVINCE = {1: "山东省聊城市", 2: "广东省潮州市", 3: "福建省南平市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 聊城: "附件8-工作页.pdf"
        return "附件%d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 潮州: "No.08 工作页.pdf"
        return "No.%02d %s.pdf" % (n, NAMES[n])
    return "%s_%02d_%s.pdf" % (s["cls"], n, NAMES[n])   # 南平: "机电2402班_08_工作页.pdf"


def form_name(s, c):
    return {1: ("%s优质课堂申报书.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书（%s）.pdf" % c["course"], "pdf"),
            3: ("工学一体化优质课堂申报书_%s.docx" % s["cls"], "docx")}[grp(s)]


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
    trs = [["姓名", "职称", "承担工作"]] + [[n, TITLES[(i + s["seed"]) % 5], "项目主持" if i == 0 else "参与授课"] for i, n in enumerate(t)]
    P = "4px 6px"
    rows = [("所属专业", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
            ("授课班级", s["cls"]), ("班级学生数", s["form_count"]), ("学时安排", "%d学时" % c["hours"]), ("实施场地", c["station"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>学校名称：{school}　　　主持人：{lead}　　　2025年2月{d}日</p>
<h3>一、课堂概况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、典型工作任务情境</h3><p>{situation}</p>
<h3>四、实施过程</h3><p>学生以小组为单位领取任务，在工作站中查资料、订计划，经教师审核后动手实施，教师巡回指导并对关键步骤进行检查，任务完成后各组展示成果并开展自评、互评和师评。</p>
<h3>五、特色与成效</h3><p>任务来自{prov}本地企业的真实订单，学生按企业标准完成工作，作品经企业人员验收。</p>
<h3>六、真实性声明</h3><p>以上材料均为本校教师和学生原创，如有不实，愿承担责任。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 23, info=info, tm=tbl(trs, width="70%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本化）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家课程标准并结合{prov}行业企业实际编写。\n二、学习任务\n“{task}”，{hours}学时。\n三、评价方式\n过程评价与终结评价并重。",
    2: "{school}\n{task}——学习任务分析\n一、任务情境\n{situation}\n二、工作流程\n接单与信息收集、计划制定、实施、检验交付、总结。",
    3: "{school}\n{task}教学活动策划表\n环节一　明确任务\n环节二　计划与决策\n环节三　实施与监控\n环节四　验收与评价",
    4: "{school}\n{course}　教学进度表（共{hours}学时）\n第1周　明确任务、收集资料\n第2周　制定计划\n第3周　实施\n第4周　验收评价",
    5: "{school}\n{task}教学活动方案\n一、导入：情境视频\n二、引导问题学习\n三、分组实施与巡回指导\n四、展示与评价",
    6: "{school}\n学习任务资源清单\n工作页、企业标准、操作视频，{station}设备与耗材。",
    7: "{school}\n{station}说明\n工作站分为信息查询区、计划讨论区、实操区和成果展示区。",
    9: "{school}\n{task}考核方案\n过程考核与结果考核相结合，成绩记入学习任务考核记录表。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 8", "√ 对", "√ 9", "√ 完整", "√ 10", "√ 可以"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[(i + qi) % 3], ink=ink), RED, mark(rng))
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
    rng = random.Random(s["seed"] * 8 + 50)
    pages = []
    title = '<h3 style="text-align:center">%s　学习工作页</h3>' % c["task"]
    sit = "<p><b>一、任务描述</b>　%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>评语：<span %s>%s</span>　　教师：%s　%s</p>' % (RED, ["完成较好", "书写认真", "思路清楚"][i % 3], t[i % 2], day(s, i)[5:])
        if f == "digit_boxes":   # 学号 one digit a box (new)
            boxes = "".join('<td style="border:0.75pt solid #000;width:7mm;height:8mm" align="center">%s</td>' % hand(ch, True) for ch in sid)
            head = ('<table><tr><td>学号：</td>%s<td>　　姓名：</td><td style="border-bottom:0.75pt solid #000;width:35mm">%s</td></tr></table>'
                    % (boxes, hand(n)))
            body = title + head + '<p>班级：%s　　报修人：%s（车队长）　　车号：鲁P·%05d</p>' % (hand(cl, True), s["others_named"][0], 31207 + i) + sit + answers(c, rng, i) + comment
        elif f in ("head_row", "head_row2"):   # a bordered head row
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 姓名＿ 班级＿ 学号＿ on blanks
            body = (title + '<p>姓名＿%s＿　班级＿%s＿　学号＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True)) +
                    '<p>带教师傅：%s（卤水部）</p>' % s["others_named"][0] + sit + answers(c, rng, i) + comment)
        elif f == "corner_line":   # the name on a line at the top right
            body = ('<p style="text-align:right">%s　姓名：%s　学号：%s</p>' % (hand(cl, True), hand(n), hand(sid, True)) + title + sit + answers(c, rng, i) + comment)
        elif f == "pledge_head":   # a safety pledge slip at the top, signed 承诺人
            slip = tbl([[("<b>实训安全承诺</b>：本人已学习气动与电气安全操作规程，实训中遵守规定，断电断气后再拆装。", ' colspan="4" align="left"')],
                        ["承诺人", hand(n, True), "班级", hand(cl, True)], ["学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="3px 4px")
            body = slip + title + sit + answers(c, rng, i) + comment
        elif f == "tool_card":   # a tool-lending card at the top: 借用人 student, 发放人 keeper
            card = tbl([[("<b>刀具借用登记卡</b>　No.%04d" % (612 + i), ' colspan="6"')],
                        ["刀具", "93°外圆车刀", "数量", "1把", "归还", hand("√", True)],
                        ["借用人", hand(n, True), "发放人", hand(s["others_named"][0], True, BLACK), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="3px 4px")
            body = card + title + '<p>班级：%s　　学号：%s</p>' % (hand(cl, True), hand(sid, True)) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False))
    meth = {"digit_boxes": "x-scanpdf:200", "head_row": "x-scanpdf:200:droplet", "blank_line": "x-scanpdf:200:foxing",
            "corner_line": "x-scanpdf:200:color", "head_row2": "x-scanpdf:250:mono", "pledge_head": "x-scanpdf:200:droplet",
            "tool_card": "x-scanpdf:200:color"}[f]
    font = "Noto Sans CJK SC" if f in ("digit_boxes", "pledge_head") else "Noto Serif CJK SC"
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s%s</b></p><p>班级：%s　　课程：%s　　学习任务：%s　　日期：%s</p>'
            % (s["school"], title, s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


PARTS = {
    "brake": [("查找漏气", 30), ("部件更换", 30), ("保压路试", 20), ("工单填写", 10), ("安全文明", 10)],
    "ejiao": [("性状鉴别", 25), ("水溶鉴别", 15), ("切丁", 20), ("蛤粉烫制", 30), ("记录", 10)],
    "goose": [("卤水调配", 25), ("卤制火候", 30), ("切配装盘", 30), ("卫生", 15)],
    "dancong": [("标题文案", 20), ("详情页", 30), ("上架设置", 30), ("数据分析", 20)],
    "carving": [("分镜", 20), ("角色场景", 30), ("动画制作", 35), ("输出", 15)],
    "bamboo": [("气路连接", 20), ("电路接线", 20), ("PLC程序", 30), ("联动调试", 20), ("安全文明", 10)],
    "cutter": [("平时(含考勤)", 20), ("工艺编制", 20), ("加工操作", 40), ("检测", 20)],
}


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10 + 50)
    bad = s.get("bad", {})
    parts = PARTS[s["course"]]
    pad = "0px 3px"
    sign = "<p>任课教师：%s　　　　专业部主任：%s</p>" % ("、".join(t[:2]), t[-1] if len(t) > 2 else "（签字）")
    hd = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]
    rows = []
    for k, n in enumerate(rec):
        v = part_scores(rng, parts)
        tot = sum(v)
        if bad.get(n) == "over":
            j = {"ejiao": 0, "bamboo": 2}[s["course"]]
            v[j] = parts[j][1] + (4 if s["course"] == "ejiao" else 6)
            tot = sum(v)
        elif bad.get(n) == "sum":
            tot = sum(v) + 8
        rows.append((k, n, v, tot))
    if f in ("plain_remark", "plain_max", "scan_plain", "scan_foxing", "leader_star"):
        extra = ["备注"] if f in ("plain_remark", "leader_star") else []
        out = [trow(["<b>%s</b>" % x for x in hd + extra], pad)]
        for k, n, v, tot in rows:
            note = ["组长" if k % 8 == 2 else ""] if extra else []
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)] + note, pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>应考%d人，实考%d人。</p>" % (len(rec), len(rec)) + sign
        meth = {"scan_plain": "x-scanpdf:250", "scan_foxing": "x-scanpdf:200:foxing"}.get(f, "pdf")
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC" if f != "plain_max" else "Noto Sans CJK SC", compact=True), meth
    if f == "typed_group":   # members listed under 第n组 head rows, one continuous 序号
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n, v, tot in rows:
            if k % 7 == 0:
                out.append('<tr><td colspan="%d" style="border:0.75pt solid #000;padding:0px 6px" align="left"><b>第%d小组</b></td></tr>' % (len(hd), k // 7 + 1))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "works_no":   # ordered by 作品编号, with a 作品名称 column (new)
        titles = ["凤穿牡丹", "鲤跃龙门", "喜上眉梢", "松鹤延年", "花开富贵", "蟹篓", "双凤朝阳", "竹报平安", "金玉满堂", "百鸟归巢"]
        order = sorted(rows, key=lambda r: (r[0] * 17) % len(rows))
        out = [trow(["<b>%s</b>" % x for x in ["作品编号", "作品名称", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for j, (k, n, v, tot) in enumerate(order):
            out.append(trow(["DH-%03d" % (j + 1), "《%s》" % titles[j % len(titles)], sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学生作品考核成绩表") + "<p>（按作品提交顺序编号）</p>" + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200"
    raise SystemExit(f)


def nation(n):
    return "畲族" if n[0] in "雷蓝钟" else "汉族"


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    parts = ['<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p>' % (c["task"], s["school"], s["cls"])]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "work_order":
                parts.append('<h3>%s</h3>' % title + tbl([["车号", "鲁P·%05d" % (31207 + i), "报修人", s["others_named"][0]],
                                                         ["维修学员", "%s（%s）" % (n, cl), "指导教师", t[j % 2]],
                                                         ["项目", "结果", "日期", day(s, 40 + i)]], width="92%") + "<p>%s</p>" % desc)
            elif f == "ident_typed":
                parts.append('<h3>%s</h3><p>鉴别人：%s　班级：%s　复核：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["项目", "标准", "结果"], ["外观", "棕黑色有光泽", "符合"], ["断面", "光亮", "符合"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "dish_typed":
                parts.append('<h3>%s</h3><p>制作人：%s（%s）　　%s</p>' % (title, n, cl, day(s, 40 + i)) +
                             tbl([["原料", "用量", "备注"], ["狮头鹅", "1只（约5kg）", "光鹅"], ["南姜", "500g", "拍裂"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "listing_typed":
                parts.append('<h3>%s</h3><p>运营专员：%s　　班级：%s</p>' % (title, n, cl) +
                             tbl([["款式", "规格", "售价"], ["鸭屎香", "250g", "¥%d" % (168 + i * 10)], ["蜜兰香", "250g", "¥%d" % (198 + j * 10)]], width="80%") + "<p>%s</p>" % desc)
            elif f == "storyboard_typed":
                parts.append('<h3>%s</h3><p>作者：%s　　班级：%s　　审看：%s（博物馆策展人）</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["镜号", "画面", "时长"], ["1", "木雕全景，金漆反光", "4秒"], ["2", "凤凰从牡丹中飞出", "6秒"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "plc_listing":   # a PLC program listing in monospace (new)
                code = ("// 项目：竹筷送料段顺序控制\n// 编程：%s　班级：%s\n// 日期：%s\nLD   X0      // 启动\nAND  X3      // 竹条到位\nOUT  Y0      // 推料气缸\n"
                        "LD   X1\nANI  Y1      // 互锁\nOUT  Y2      // 夹紧\nEND" % (n, cl, day(s, 40 + i)))
                parts.append('<h3>%s</h3><pre style="font-family:\'Noto Sans Mono CJK SC\';font-size:9pt">%s</pre><p>%s</p>' % (title, code, desc))
            elif f == "inspect_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["零件", "刨切机刀轴", "加工者", n], ["班级", cl, "检验", t[j % 3]],
                                                         ["φ45 h7", "44.9%d" % (8 - j), "合格", ""]], width="90%") + "<p>%s</p>" % desc)
            else:
                raise SystemExit(f)
    meth = "pdf"
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), meth


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12 + 50)
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 2) % 3], "! " + mark(rng), ""]
        head = {"photo_blinds": ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s" % (cl, n)],
                "hand_foxing": ["课后作业", "姓名：%s　班级：%s　学号：%s" % (n, cl, sid)],
                "photo_plain": ["作业　%s" % c["task"][:6], "> %s　%s　%s" % (n, cl, sid[-2:])],
                "photo_blinds2": ["课后练习", "> 姓名：%s　%s" % (n, cl)],
                "photo_plain2": ["课后作业（二维动画）", "> %s　%s" % (cl, n)],
                "photo_plain3": ["课后作业", "> 班级 %s　姓名 %s" % (cl, n)],
                "hand_scan": ["课后作业　%s" % c["course"], "班级：%s　姓名：%s" % (cl, n)]}[f]
        lines += head + [""] + qa + ["! 阅 %s" % day(s, 20 + i)[5:]]
    meth = {"photo_blinds": "x-photo:200:1:blinds", "hand_foxing": "x-scan:250:4:foxing", "photo_plain": "x-photo:200:2",
            "photo_blinds2": "x-photo:200:2:blinds", "photo_plain2": "x-photo:200:1", "photo_plain3": "x-photo:200:1",
            "hand_scan": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "plain_list":
        rows = [["序号", "学号", "姓名", "性别", "民族", "职务"]]
        duty = {0: "班长", 6: "团支书", 13: "学习委员"}
        rr = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "女"]), nation(n), duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="88%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "photo_cards":   # a 学生信息卡 sheet: ID-photo box, name, number, dorm (new)
        cards = []
        for j, n in enumerate(k):
            cards.append('<td style="border:0.75pt solid #000;padding:3px;width:25%%" valign="top">'
                         '<table width="100%%"><tr><td style="border:0.75pt solid #888;background:#d8dde3;width:15mm;height:20mm" align="center">'
                         '<span style="color:#888;font-size:7pt">照片</span></td><td style="font-size:8.5pt;padding-left:3px">%d<br/>%s<br/>%s<br/>宿舍 %d#%d</td></tr></table></td>'
                         % (j + 1, n, sid_of(s, n), 3 + j // 24, 201 + j // 6))
        grid = "".join("<tr>%s</tr>" % "".join(cards[i:i + 4]) for i in range(0, len(cards), 4))
        body = ('<h2 style="text-align:center">%s　%s学生信息卡</h2>' % (s["school"], s["cls"]) +
                '<table style="border-collapse:collapse" width="100%%">%s</table><p>班主任：%s　　合计%d人</p>' % (grid, s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生信息卡.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Fiftieth held-out people corpus (testdata/heldout50), the format of testdata/heldout28/truth.json. "
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
            if w in EARLIER_TEXT:
                raise SystemExit("%s was used by an earlier corpus" % w)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    for i, a in enumerate(all_planted):
        for b in all_planted[i + 1:] + all_teachers + all_others:
            if near(a, b):
                raise SystemExit("planted %s is near %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 50)
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
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": "班级学生数 | %s" % s["form_count"],
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [], "outsiders": s.get("outsiders", {}),
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
