#!/usr/bin/env python3
"""Write the sources of the forty-eighth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 雅安
(Sichuan), 宣城 (Anhui) and 沧州 (Hebei).

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
# the truth files read for names, tasks and courses to avoid (heldout47, written at the same time, is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 47)] + ["othertools"]

# surnames by region, common ones repeated so that they come up more often:
# 雅安 (Sichuan: 杨 李 王 张 陈 刘 罗 …, rare 税 母 冉 羊), 宣城 (汪 胡 程 方 詹 章 梅 舒 贡 …),
# 沧州 (刘 王 张 李 孙 高 赵 齐 边 戴 …, Hui families 马 哈 沙 米 丁 白)
def _weighted(common, mid, rare):
    return list(common) * 5 + list(mid) * 2 + list(rare)


SURNAMES = {
    "ya": _weighted("杨李王张陈刘罗周何", "赵黄高蒋郑杜程宋彭邓曾谢唐", "税母冉羊"),
    "xc": _weighted("王张李陈汪胡吴刘", "周程方许徐朱潘章詹", "梅舒贡鲍"),
    "cz": _weighted("刘王张李孙杨赵", "高马郭田戴", "齐边哈沙米丁白"),
}
YI = "吉克阿依 沙马拉则 阿苏木呷 海来阿果 吉克曲布 阿约伍呷".split()   # 雅安 (石棉): Yi names, written whole
COMPOUND = ["欧阳", "司马"]   # 宣城: now and then a compound surname
# given names: a new list, the names of classes born 2006-2009, and one-character names
GIVEN2 = ("子航 雨萱 浩然 梓萱 一诺 欣怡 宇航 俊杰 思彤 佳琪 诗涵 博文 浩宇 嘉怡 子涵 锦程 家豪 雅琪 天佑 "
          "思远 晨阳 若曦 明轩 可欣 文博 俊豪 梓墨 婧妍 文静 佳怡 子轩 欣然 宇轩 梦瑶 志豪 思琪 雨桐 "
          "昊天 语嫣 泽宇 梓涵 晓彤 铭哲 钰涵 睿泽 嘉豪 书瑶 鹏飞 紫涵 宏宇 心怡 一鸣 诗琪 俊熙 "
          "思雨 浩轩 乐瑶 家乐 怡然 子豪 雅婷 振宇 梦琪 嘉欣 宇辰").split()
GIVEN1 = list("琳涛鑫磊婷杰瑶浩悦阳帆")


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
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_one(rng, region):
    if region == "ya" and rng.random() < 0.05:
        return rng.choice(YI)
    g = rng.choice(GIVEN1) if rng.random() < 0.14 else rng.choice(GIVEN2)
    if region == "xc" and rng.random() < 0.008:
        return rng.choice(COMPOUND) + g
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "coptis": dict(major="中药", code="1301", course="道地药材饮片加工", task="雅连饮片切制与炮制质量检验",
   hours=16, station="中药饮片加工一体化学习工作站",
   situation="雅安周边山区出产的雅连（黄连）是当地有名的道地药材。一家中药饮片厂收购了一批雅连鲜根茎，需要在两周内加工成饮片和酒黄连。质量部主管请中药班学员先对来料做性状鉴别，再按炮制规范完成净制、润制、切片、干燥和酒炙，最后抽样检验片型、水分和杂质，填写检验记录。",
   qs=[("问题1 雅连的性状有哪些鉴别要点？", ["多为单枝，略弯曲，形如蚕状，表面黄褐色，断面鲜黄，味极苦。", "单枝弯曲像蚕，断面鲜黄。", "味很苦，表面黄褐色。"]),
       ("问题2 切片前为什么要润透而不能长时间浸泡？", ["黄连的小檗碱易溶于水，泡久了有效成分流失，只能少量淋水闷润到软硬适度。", "泡久了有效成分会流失。", "淋水闷润，软硬适度就切。"])],
   hw=[("一、酒黄连的炮制方法是什么？", ["每一百公斤黄连用黄酒十二点五公斤拌匀，闷润到酒被吸尽，文火炒干。", "黄酒拌匀闷润，文火炒干。", "用黄酒闷透再炒干。"]),
       ("二、饮片水分超标会带来什么问题？", ["容易发霉、虫蛀和变色，储存期缩短，要重新干燥到规定水分以下。", "容易发霉虫蛀。", "要重新干燥。"])],
   outputs=[("雅连饮片质量检验记录", "片厚一至二毫米，水分百分之十点二，合格。"), ("酒黄连炮制记录", "黄酒用量十二点五公斤。"), ("来料性状鉴别记录", "断面鲜黄，味极苦，符合雅连特征。")]),
 "tea": dict(major="饭店(酒店)服务", code="0504", course="酒店茶艺与茶会服务", task="藏茶主题茶会的茶席布置与冲泡接待服务",
   hours=16, station="茶艺服务一体化学习工作站",
   situation="雅安是藏茶的故乡。一家度假酒店要为四十位来宾办一场藏茶主题茶会，宾客里有外地游客，也有茶厂的客户。餐饮部经理请酒店班学员按茶会方案布置茶席，准备煮饮和冲泡两种方式，接待宾客入座，讲解藏茶的历史和茶马古道的故事，茶会结束后收台并写服务小结。",
   qs=[("问题1 藏茶为什么适合煮饮？", ["藏茶是黑茶，原料较粗老，经过渥堆发酵，煮饮能把内含物充分煮出来，汤色红浓，滋味醇和。", "原料粗老，煮了才出味。", "汤色红浓，滋味醇。"]),
       ("问题2 茶席布置要考虑哪些方面？", ["主题、茶具、铺垫、插花和座位，动线要方便服务员续水，不挡宾客视线。", "主题、茶具、铺垫、插花。", "方便续水，不挡视线。"])],
   hw=[("1. 冲泡藏茶的水温和投茶量一般是多少？", ["沸水冲泡，一百毫升左右的盖碗投茶五到七克，第一泡温润泡倒掉。", "沸水，投茶五到七克。", "第一泡要倒掉。"]),
       ("2. 宾客不喝茶时怎样服务？", ["主动询问宾客喜好，换上温开水或果茶，同样按礼仪奉上。", "换温开水或果茶。", "问清喜好再上。"])],
   outputs=[("茶席设计卡", "主题“茶马古道”，牦牛毛毡做铺垫。"), ("茶会接待服务记录", "四十位宾客，续水三轮。"), ("茶会服务小结", "煮饮区宾客最多。")]),
 "paper": dict(major="计算机动画制作", code="0306", course="二维动画项目制作", task="宣纸制作工艺科普短片的分镜设计与二维动画制作",
   hours=18, station="动画制作一体化学习工作站",
   situation="宣城泾县的一家宣纸文化园要在游客中心播放一部两分钟的科普短片，介绍宣纸从青檀皮、沙田稻草到捞纸、晒纸的制作过程。园方请动画班学员到现场观察工序，编写脚本，绘制分镜，完成角色和场景设计，制作二维动画并配上字幕，交园方审片。",
   qs=[("问题1 绘制分镜时每个镜头要标注哪些内容？", ["镜号、景别、画面内容、镜头运动、时长和对白或字幕。", "镜号、景别、时长。", "画面内容和镜头运动。"]),
       ("问题2 科普短片为什么要控制在两分钟左右？", ["游客中心是站着看的，时间太长游客会离开，两分钟能把主要工序讲清楚。", "太长游客不看。", "两分钟讲清主要工序。"])],
   hw=[("1. 捞纸这个工序用什么景别表现比较好？", ["先用全景交代两位师傅抬帘，再用特写表现纸浆在竹帘上均匀铺开。", "全景加特写。", "特写纸浆铺开。"]),
       ("2. 逐帧动画和补间动画各适合什么画面？", ["人物细致动作用逐帧，物体平移、缩放和淡入淡出用补间。", "人物动作用逐帧。", "平移缩放用补间。"])],
   outputs=[("《一张宣纸》分镜头脚本", "共二十四个镜头，总时长一百二十秒。"), ("角色与场景设计稿", "捞纸师傅和晒纸墙两个主要场景。"), ("短片成片截图与说明", "字幕采用楷体，片长一分五十八秒。")]),
 "hui": dict(major="烹饪(中式烹调)", code="0501", course="徽菜宴席制作", task="徽州毛豆腐与一品锅宴席菜品制作出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="宣城绩溪一家徽菜馆承接了一场二十桌的寿宴，主桌点名要红烧毛豆腐和绩溪一品锅。厨师长请烹饪班学员按宴席菜单备料，掌握毛豆腐的煎制火候和一品锅的分层码放，按出菜顺序完成出品，并做好成本登记和卫生收尾。",
   qs=[("问题1 毛豆腐煎制时为什么要小火慢煎？", ["毛豆腐表面有一层绒毛，火大了外面焦了里面还没热透，小火能煎到两面金黄、里面嫩。", "火大会外焦里生。", "两面金黄就好。"]),
       ("问题2 一品锅为什么要分层码放？", ["耐煮的放底层，易熟的放上层，每层的味道慢慢渗到下层，出锅时层次分明。", "耐煮的在下，易熟的在上。", "层次分明，味道渗透。"])],
   hw=[("1. 一品锅的底层一般放什么？", ["干笋或萝卜，再往上是豆腐包、肉、蛋饺，最上面放青菜。", "干笋和萝卜。", "最上面放青菜。"]),
       ("2. 宴席出菜的顺序是怎样的？", ["先冷菜后热菜，先咸后甜，先炒后烧，汤菜和主食最后上。", "先冷后热。", "汤和主食最后。"])],
   outputs=[("红烧毛豆腐出品记录", "每盘十二块，两面金黄。"), ("绩溪一品锅出品记录", "共五层，出品二十锅。"), ("宴席菜品成本登记", "每桌成本六百二十元。")]),
 "brake": dict(major="汽车维修", code="0403", course="汽车制动系统维修", task="网约车盘式制动器异响诊断与摩擦片更换",
   hours=16, station="汽车维修一体化学习工作站",
   situation="宣城一家网约车公司的几辆营运车在低速刹车时有尖锐的异响，司机反映刹车距离也变长了。维修站主管请汽修班学员接车问诊、路试确认，拆检前轮盘式制动器，测量摩擦片和制动盘的厚度，更换摩擦片，做好制动液检查和磨合，交车前复检。",
   qs=[("问题1 摩擦片报警片发出尖叫说明什么？", ["摩擦片磨到极限厚度，报警片碰到制动盘发出尖叫，提醒要更换摩擦片。", "摩擦片磨到极限了。", "提醒更换。"]),
       ("问题2 为什么更换摩擦片后要踩几次制动踏板？", ["活塞在压回后离摩擦片有间隙，踩几次让摩擦片贴紧制动盘，否则第一脚刹车会踩空。", "让摩擦片贴紧制动盘。", "防止第一脚踩空。"])],
   hw=[("1. 制动盘什么情况下需要更换？", ["厚度小于最小厚度标记，端面跳动超标，或有深沟槽和裂纹。", "厚度低于最小值。", "有裂纹或深沟。"]),
       ("2. 新摩擦片为什么要磨合？", ["新片表面不平，磨合后与制动盘接触面积变大，制动力才稳定。", "接触面积变大。", "制动力稳定。"])],
   outputs=[("前轮制动器检测记录", "左前摩擦片剩余二点一毫米。"), ("摩擦片更换作业记录", "扭矩按厂家规定复紧。"), ("交车复检记录", "路试无异响，制动距离正常。")]),
 "bevel": dict(major="机电一体化技术", code="0127", course="坡口机气动与PLC控制装调", task="管件坡口机气动夹紧与PLC顺序控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="沧州盐山的一家管道装备厂新上了一台管件坡口机，管子靠气缸夹紧，刀盘进给、倒角和退刀由PLC按顺序控制。设备科请机电班学员读懂气动回路图和电气图，完成气动元件和电气线路的安装，编写顺序控制程序，调试夹紧力和各工步的时间，并填写调试记录。",
   qs=[("问题1 夹紧气缸的回路为什么要装单向节流阀？", ["调节气缸的动作速度，使夹紧平稳，不会撞伤管子端面。", "调节气缸速度。", "夹紧平稳不撞管子。"]),
       ("问题2 顺序控制程序为什么要加夹紧到位的检测？", ["管子没夹紧就进刀会打刀甚至飞出，必须用磁性开关确认夹紧到位再进给。", "没夹紧就进刀危险。", "用磁性开关确认到位。"])],
   hw=[("1. 三联件由哪几部分组成？", ["空气过滤器、减压阀和油雾器。", "过滤器、减压阀、油雾器。", "过滤、减压、油雾。"]),
       ("2. 调试时气压一般调到多少？", ["按说明书调到零点五到零点六兆帕，压力太低夹不紧。", "零点五到零点六兆帕。", "太低夹不紧。"])],
   outputs=[("气动回路安装与调整记录", "夹紧压力零点五五兆帕。"), ("PLC输入输出分配表与程序", "进给、倒角、退刀三个工步。"), ("联机调试记录", "连续加工十件无故障。")]),
 "dates": dict(major="电子商务", code="0603", course="农产品直播电商运营", task="金丝小枣直播带货选品评估与直播间运营",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="沧县的金丝小枣到了收获季，一家红枣合作社想在直播间把鲜枣和枣干卖到全国。运营主管请电商班学员先对合作社的六款产品做选品评估，确定主推款和引流款，再设计直播间的话术和福利，开播时做好场控和数据记录，下播后复盘。",
   qs=[("问题1 选品时要从哪些方面评估一款产品？", ["品质、价格、毛利、库存、物流损耗和售后风险，鲜枣还要看保鲜期。", "品质、价格和毛利。", "物流和保鲜期。"]),
       ("问题2 引流款和利润款有什么区别？", ["引流款价格低，用来拉人气；利润款是主推产品，毛利高，靠它赚钱。", "引流款拉人气。", "利润款赚钱。"])],
   hw=[("1. 直播间的转化率怎样计算？", ["成交人数除以观看人数，再乘以百分之百。", "成交人数除以观看人数。", "乘百分之百。"]),
       ("2. 鲜枣发货要注意什么？", ["用泡沫箱加冰袋，发顺丰或冷链，偏远地区不发鲜枣只发枣干。", "泡沫箱加冰袋。", "偏远地区发枣干。"])],
   outputs=[("六款产品选品评估表", "主推款为一级枣干礼盒。"), ("直播话术与福利设计", "整点抽奖三次。"), ("直播数据复盘表", "观看二千三百人，成交一百一十八单。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="雅安市青衣江技工学校", pack="dir", region="ya", course="coptis", cls="中药2401班", size=38, seed=11,
         sidp="24180113", students=["税子航", "高芮溪", "吉克阿依"], others_named=["冉光富"],
         teachers=["罗建川", "蒋晓梅"], form_count="38名",
         f8="bubble_id", f10="band_stats", f11="qc_typed", f12="cornell",
         findings=[],
         comment="clean. Item 8 (scanned 250 dpi gray, a toner-starved band down each page): an answer-sheet style head, the "
                 "学号 written digit by digit into boxes over a 0-9 bubble grid with the bubbles blackened, the name by hand; "
                 "the herb grower 冉光富 named as 送货药农 on every sheet (not a student). The Yi student 吉克阿依 (four "
                 "characters, no dot) is one of the three. Item 10 (TYPED) 38 rows = form `38名`, with a 成绩分段统计 block "
                 "at its foot (优秀/良好/合格/不合格 counts, 合计38人). Item 12 (scanned 200 dpi gray, a water stain): a "
                 "Cornell-notes page (线索栏 | 笔记栏, 总结 below). No roster"),
    dict(school="雅安市青衣江技工学校", pack="dir", region="ya", course="tea", cls="酒店2402班", size=40, seed=12,
         sidp="24180504", students=["杨芷沅", "程恺宁", "宋妍希"], extra_class=["何婧妍"], absent_from_10=["何婧妍"],
         others_named=["郑茂林"], teachers=["周蓉芳", "李德强"], form_count="40名", roster="dorm_list", headteacher="陈渝萍",
         f8="tea_review", f10="plain_group", f11="tea_card", f12="photo_line",
         findings=[("records.missing_student", 10, False, "何婧妍"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生名单 with 寝室 and 家庭住址 (县), 40) and the form (`40名`) hold 何婧妍; item 10 "
                 "(TYPED) has 39 rows and none for her: records.missing_student and records.count_mismatch. Item 8 (scanned "
                 "200 dpi gray): a printed 茶样审评记录 at the top, the student only as 审评人 (hand), the tea factory's "
                 "郑茂林 printed as 送样人 (not a student)"),
    dict(school="宣城市敬亭山技工学校", pack="gbkzip", region="xc", course="paper", cls="动画2401班", size=36, seed=21,
         sidp="2434030601", students=["汪梓墨", "詹禹宸", "章宇航"], items={11: ["汪梓墨", "詹禹宸"]},
         extra_class=["胡锦程"], bad={"胡锦程": "over"}, others_named=["曹秉文"],
         teachers=["方立新", "舒慧敏"], form_count="36人",
         f8="plain_blank", f10="grade_comment", f11="storyboard", f12="photo_name",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "胡锦程")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED storyboards, `分镜绘制：<name>　<class>`) holds the work of only TWO students, 汪梓墨 and "
                 "詹禹宸 (章宇航's is missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. "
                 "The paper mill's master 曹秉文 is thanked on every storyboard (`技术指导`, not a student). Item 10 (scanned "
                 "200 dpi gray, the lower edge of each page curled off the glass): 胡锦程 has 27 under `动画制作(25)` (总分 the "
                 "sum): records.invalid_score. No roster"),
    dict(school="宣城市敬亭山技工学校", pack="gbkzip", region="xc", course="hui", cls="烹饪2401班", size=40, seed=22,
         sidp="2434050101", students=["方俊豪", "梅可欣", "贡文博"], outsiders={"贡文博": "烹饪2402班"}, out_sidp="2434050102",
         others_named=["吴金娣"], teachers=["汪国庆", "胡秀兰", "章建华"], form_count="40人",
         f8="head_station", f10="plain_team", f11="dish_typed", f12="hand_page",
         findings=[("students.not_in_class", 8, True, "贡文博")],
         comment="贡文博 of the parallel class 烹饪2402班 (his class and 学号 on his worksheet, typed dish records and hand-"
                 "written homework) is the third student of 8/11/12; item 10 (TYPED, 40 rows = form `40人`) has no record of "
                 "him: students.not_in_class. Item 8 (colour scan 200 dpi): a head row 姓名/班级/学号/工位; the banquet's "
                 "booker 吴金娣 named as 预订人 (not a student). No roster"),
    dict(school="宣城市敬亭山技工学校", pack="gbkzip", region="xc", course="brake", cls="汽修2302班", size=38, seed=23,
         sidp="2334040302", students=["欧阳以恒", "胡骁骐", "吴欣怡"], items={12: ["欧阳以恒", "胡骁骐", "刘砚舟"]},
         extra_class=["刘砚舟", "周霈然"], bad={"周霈然": "sum"}, others_named=["鲍学军"],
         teachers=["王志宏", "程丽"], form_count="38人",
         f8="head_row_curl", f10="max_in_head", f11="brake_typed", f12="photo_name2",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "周霈然")],
         comment="item 12 (phone photos) holds the homework of 欧阳以恒, 胡骁骐 and classmate 刘砚舟 (with an item-10 record) "
                 "instead of 吴欣怡's (items 8 and 11 hold the three): students.mismatch. Item 10 (TYPED): 周霈然's 总分 is 9 "
                 "above the sum of his parts: records.invalid_score. The compound surname 欧阳 (欧阳以恒, four characters). "
                 "Item 8 (scanned 200 dpi gray, the lower edge curled): a bordered head row; the ride-hailing driver 鲍学军 "
                 "as 送修人 (not a student). No roster"),
    dict(school="沧州市运河技工学校", pack="zip", region="cz", course="bevel", cls="机电2301班", size=42, seed=31,
         sidp="23090127", students=["齐晨阳", "边明轩", "哈文静"], extra_class=["沙俊杰", "米雅琪"], absent_from_10=["米雅琪"],
         bad={"沙俊杰": "sum"}, teachers=["孙建军", "戴秀芳"], form_count="42人",
         f8="plain_top", f10="station_first", f11="pneu_typed", f12="photo_short",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "沙俊杰")],
         comment="item 10 (scanned 200 dpi gray, a toner-starved band) lists 41 students, ordered by 工位号 (`A-01` …, the first "
                 "column; no 序号); the form says `机电2301班（42人）`: records.count_mismatch (no roster). 沙俊杰's 总分 is 6 "
                 "above the sum: records.invalid_score. Item 8: plain `学号＿ 姓名＿` at the top, scanned 200 gray"),
    dict(school="沧州市运河技工学校", pack="zip", region="cz", course="dates", cls="电商2402班", size=37, seed=32,
         sidp="24090603", students=["田梓萱", "郭栩诚", "李绮潼"], items={8: ["田梓萱", "郭栩诚", "李绮潼", "刘博文"]},
         extra_class=["刘博文"], others_named=["崔金枝"], teachers=["张秀娥", "马德胜"], form_count="37人",
         f8="head_color", f10="plain_nation", f11="select_typed", f12="hand_color_wet",
         findings=[("students.count", 8, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (colour scan 200 dpi) holds the worksheets of FOUR students: the three and classmate 刘博文 (with an "
                 "item-10 record): students.count on 8; students.mismatch optional. Item 11 (TYPED): 选品评估表, "
                 "`评估人：<name>（<class>）`, the co-operative's 崔金枝 as 合作社对接人 (not a student). Item 10 (TYPED) "
                 "37 rows = form. Item 12: hand-written pages, colour scan with a water stain. No roster"),
]

PROVINCE = {1: "四川省雅安市", 2: "安徽省宣城市", 3: "河北省沧州市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 雅安: "（8）工作页.pdf"
        return "（%d）%s.pdf" % (n, NAMES[n])
    if g == 2:   # 宣城: "成果08_工作页_动画2401班.pdf"
        return "成果%02d_%s_%s.pdf" % (n, NAMES[n], s["cls"])
    return "%s %d %s.pdf" % (s["cls"], n, NAMES[n])   # 沧州: "机电2301班 8 工作页.pdf"


def form_name(s, c):
    return {1: ("申报书-%s.docx" % c["course"], "docx"),
            2: ("%s%s专业优质课堂申报书.pdf" % (s["school"], c["major"].split("(")[0]), "pdf"),
            3: ("附件2 工学一体化优质课堂项目申报书（%s）.docx" % s["cls"], "docx")}[grp(s)]
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
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 雅安: label | value, 班级人数 in 名
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("课堂负责人", t[0])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 宣城: 学生数, two pairs a row
        rows = [[("专业名称及代码", "%s　%s" % (c["major"], c["code"])), ("学　时", "%d" % c["hours"])],
                [("课程名称", c["course"]), ("授课班级", s["cls"])], [("学习任务", c["task"]), ("学生数", s["form_count"])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    else:   # 沧州: class and size in one cell
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级（人数）", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课地点", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按照获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤展开。学生在接受任务后查阅资料、分组讨论形成工作计划，经教师审核确定方案后动手实施；实施中教师巡回检查质量与安全，完成后各组展示成果，通过自评、组评和师评总结改进。</p>
<h3>五、建设成效</h3><p>学习任务来源于{prov}本地企业的真实生产和服务，学生在完成任务中提升了专业技能和职业素养。</p>
<h3>六、承诺</h3><p>本单位承诺所报材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], d=6 + s["seed"] % 17, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n“{task}”，{hours}学时。\n三、评价方式\n过程性评价与终结性评价结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作流程\n接受任务—制定计划—组织实施—检查验收—评价总结。",
    3: "{school}\n“{task}”教学活动策划\n学习活动1　明确任务，获取信息\n学习活动2　制定计划，做出决策\n学习活动3　实施计划，过程控制\n学习活动4　检查评价，总结反馈",
    4: "{school}\n{course}教学进度表（共{hours}学时）\n第1周　明确任务\n第2周　计划与决策\n第3周　任务实施\n第4周　检查验收、总结评价",
    5: "{school}\n{task}教学活动方案\n一、情境导入，发布任务\n二、引导问题学习，制定计划\n三、分组实施，教师巡回指导\n四、成果展示，多元评价",
    6: "{school}\n学习任务资源清单\n工作页、行业标准、微课视频、{station}设备与耗材。",
    7: "{school}\n{station}图文说明\n工作站分为信息资讯区、计划决策区、任务实施区和展示评价区。",
    9: "{school}\n{task}考核方案\n过程考核与结果考核相结合，成绩记入学习任务考核记录表。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8分", "√ 完整", "√ 9分", "√ 很好", "√ 10分", "√ 可以"])


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
        return s["out_sidp"] + "21"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def bubble_grid(sid):
    """An answer-sheet 学号 field: a box per digit with the digit by hand, a 0-9 column of bubbles under it, the digit's bubble filled."""
    head = "".join(td(hand(d, True), ' align="center" width="7%"', "1px 2px") for d in sid)
    rows = []
    for v in range(10):
        cells = []
        for d in sid:
            fill = "●" if int(d) == v else "[%d]" % v
            cells.append(td('<span style="font-size:7pt;color:%s">%s</span>' % ("#111" if int(d) == v else "#b03030", fill),
                            ' align="center"', "0px 1px", border="0.5pt solid #c88"))
        rows.append("<tr>%s</tr>" % "".join(cells))
    return ('<table style="border-collapse:collapse" width="%d%%"><tr>%s</tr>%s</table>' % (7 * len(sid), head, "".join(rows)))


def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅教师：%s</p>' % (RED, ["认真完成", "要点齐全", "较好", "继续努力"][i % 4], t[0])
        if f == "bubble_id":   # answer-sheet head: 学号 digits over a bubble grid; the grower named
            head = ('<table width="100%%"><tr><td width="58%%" valign="top"><p>姓名：%s</p><p>班级：%s</p><p>日期：%s</p>'
                    '<p style="font-size:8pt">填涂说明：学号逐位写在方框内，并将对应数字涂黑。</p></td><td valign="top"><p style="font-size:8pt">学　号</p>%s</td></tr></table>'
                    % (hand(n), hand(cl, True), hand(day(s, i)[5:], True), bubble_grid(sid)))
            body = (title + head + '<p>来料：雅连鲜根茎　　送货药农：%s（荥经县）　　批号：YL2410-%02d</p>' % (s["others_named"][0], 3 + i)
                    + sit + answers(c, rng, i) + comment)
        elif f == "tea_review":   # a printed 茶样审评记录: the student only as 审评人
            rv = tbl([[("<b>茶样审评记录</b>", ' colspan="6"')],
                      ["茶样", "雅安藏茶（康砖）", "送样单位", "雨城区茶厂", "送样人", s["others_named"][0]],
                      ["汤色", hand(["红浓明亮", "橙红", "红亮"][i % 3], True), "滋味", hand(["醇和", "陈香", "醇厚"][i % 3], True), "审评人", hand(n, True)]],
                     width="100%", pad="3px 4px")
            body = rv + title + '<p>班级：%s　　学号：%s　　%s</p>' % (hand(cl, True), hand(sid, True), day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "plain_blank":   # 班级＿ 姓名＿ 学号＿ on blanks
            head = '<p>班级＿＿%s＿＿　姓名＿＿%s＿＿　学号＿＿%s＿＿</p>' % (hand(cl, True), hand(n), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_station":   # head row 姓名 | 班级 | 学号 | 工位; the banquet's booker named
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True), "工位", hand("%d号灶" % (3 + 2 * i), True)]],
                       width="100%", pad="4px 3px")
            body = (title + head + '<p>宴席：寿宴二十桌　　预订人：%s　　%s</p>' % (s["others_named"][0], day(s, i)) + sit + answers(c, rng, i) + comment)
        elif f == "head_row_curl":   # head row 班级 | 姓名 | 学号 | 组别 | 日期; the driver as 送修人
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid[-2:], True), "组别", hand("第%d组" % (1 + i), True)]],
                       width="100%", pad="4px 3px")
            body = (title + head + '<p>车辆：营运网约车（皖P·D%04d）　　送修人：%s</p>' % (3170 + 41 * i, s["others_named"][0]) + sit + answers(c, rng, i) + comment)
        elif f == "plain_top":   # 学号＿ 姓名＿ at the top
            head = '<p>学号：＿%s＿　　姓名：＿%s＿　　%s</p>' % (hand(sid, True), hand(n), s["cls"])
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_color":   # head table 姓名 | 学号 / 班级 | 日期
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i)[5:], True)]],
                       width="86%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"bubble_id": "x-scanpdf:250:toner", "tea_review": "x-scanpdf:200", "plain_blank": "x-scanpdf:200",
            "head_station": "x-scanpdf:200:color", "head_row_curl": "x-scanpdf:200:curl", "plain_top": "x-scanpdf:200",
            "head_color": "x-scanpdf:200:color"}[f]
    font = {"head_station": "Noto Sans CJK SC", "head_color": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 13)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"


def nation(n, s):
    if n in YI:
        return "彝族"
    if grp(s) == 3 and n[0] in "哈沙米丁":
        return "回族"
    return "汉族"


def register(s, rec, parts, rng, extra=None, bad_add=0):
    """rows of 序号 学号 姓名 parts 总分 (+ extra(k, n, total))."""
    bad = s.get("bad", {})
    out = []
    for k, n in enumerate(rec):
        v = part_scores(rng, parts)
        if bad.get(n) == "over":
            v[1] = parts[1][1] + 2
        tot = sum(v) + (bad_add if bad.get(n) == "sum" else 0)
        out.append((k, n, v, tot))
    return out


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　专业部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "band_stats":   # plain register, then a 成绩分段统计 block at the foot
        parts = [("性状鉴别", 20), ("净制润制", 20), ("切制", 30), ("炮制与检验", 30)]
        rows = register(s, rec, parts, rng)
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "民族"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        out += [trow([str(k + 1), sid_of(s, n), n, nation(n, s)] + [str(x) for x in v] + [str(tot)], pad) for k, n, v, tot in rows]
        bands = [sum(1 for *_, x in rows if lo <= x < hi) for lo, hi in ((90, 101), (80, 90), (60, 80), (0, 60))]
        stat = tbl([["分数段", "90分以上（优秀）", "80—89分（良好）", "60—79分（合格）", "60分以下（不合格）", "合计"],
                    ["人数"] + [str(b) for b in bands] + ["%d人" % len(rows)],
                    ["占比"] + ["%.1f%%" % (100.0 * b / len(rows)) for b in bands] + ["100%"]], width="100%", pad=pad)
        avg = sum(x for *_, x in rows) / len(rows)
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p><b>成绩分段统计</b>　　平均分：%.1f　　最高分：%d　　最低分：%d</p>"
                % (avg, max(x for *_, x in rows), min(x for *_, x in rows)) + stat + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_group":   # plain table with a 小组 column
        parts = [("茶席布置", 25), ("冲泡技艺", 35), ("接待礼仪", 25), ("服务小结", 15)]
        rows = register(s, rec, parts, rng)
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "小组"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        out += [trow([str(k + 1), sid_of(s, n), n, "第%d组" % (k % 6 + 1)] + [str(x) for x in v] + [str(tot), "组长" if k < 6 else ""], pad)
                for k, n, v, tot in rows]
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "grade_comment":   # scores, 总分, 等级 and a short 评语
        parts = [("脚本分镜", 25), ("动画制作", 25), ("美术设计", 20), ("合成输出", 20), ("职业素养", 10)]
        rows = register(s, rec, parts, rng)
        words = ["分镜清楚", "动作流畅", "色彩协调", "按时提交", "需加强", "构图好", ""]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级", "评语"]], pad)]
        out += [trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot), rng.choice(words)], pad) for k, n, v, tot in rows]
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200:curl"
    if f == "plain_team":   # plain table
        parts = [("备料刀工", 20), ("火候调味", 30), ("出品装盘", 30), ("卫生安全", 20)]
        rows = register(s, rec, parts, rng)
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        out += [trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad) for k, n, v, tot in rows]
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>应考40人，实考40人。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "max_in_head":   # maxima in the head, 总分 and 等级
        parts = [("接车问诊", 15), ("拆检测量", 30), ("更换作业", 35), ("复检交车", 20)]
        rows = register(s, rec, parts, rng, bad_add=9)
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s（%d分）" % p for p in parts] + ["总分（100分）", "等级"]], pad)]
        out += [trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad) for k, n, v, tot in rows]
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "station_first":   # ordered by 工位号, which stands first; no 序号
        parts = [("气动安装", 25), ("电气接线", 20), ("PLC程序", 30), ("调试记录", 15), ("安全文明", 10)]
        rows = register(s, rec, parts, rng, bad_add=6)
        out = [trow(["<b>%s</b>" % x for x in ["工位号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "指导教师"]], pad)]
        out += [trow(["%s-%02d" % ("ABC"[k // 14], k % 14 + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), t[k // 21]], pad)
                for k, n, v, tot in rows]
        body = (head10(s, c, "学习任务考核记录（按实训工位）") + table(out) +
                "<p>说明：A、B、C三个实训区各14个工位，一人一工位。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200:toner"
    if f == "plain_nation":   # plain table with a 民族 column
        parts = [("选品评估", 25), ("话术设计", 25), ("直播场控", 30), ("数据复盘", 20)]
        rows = register(s, rec, parts, rng)
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "民族"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        out += [trow([str(k + 1), sid_of(s, n), n, nation(n, s)] + [str(x) for x in v] + [str(tot)], pad) for k, n, v, tot in rows]
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
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
            if f == "qc_typed":   # a QC record: 检验人 and 复核人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品名", "雅连", "批号", "YL2410-%02d" % (3 + i)], ["检验人", "%s（%s）" % (n, cl), "复核人", t[j % 2]],
                                  ["检验项目", "标准规定", "结果", "结论"], ["片厚", "1—2 mm", "%.1f mm" % (1.4 + 0.1 * j), "符合"],
                                  ["水分", "≤12.0%", "%.1f%%" % (10.2 + 0.3 * i), "符合"], ["杂质", "≤2%", "0.%d%%" % (4 + j), "符合"]], width="90%") +
                             "<p>结论：%s　　%s</p>" % (desc, day(s, 30 + i)))
            elif f == "tea_card":   # a tea-table design card: 设计人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["设计人", n, "班级", cl], ["茶品", "雅安藏茶", "人数", "%d位" % (6 + 2 * j)],
                                  ["茶具", ("黑陶煮茶壶、公道杯、品茗杯", ' colspan="3"')], ["说明", (desc, ' colspan="3"')]], width="88%") +
                             "<p>教师点评：%s</p>" % ["主题鲜明", "动线合理", "小结具体"][j])
            elif f == "storyboard":   # storyboard sheets: 分镜绘制 and the mill's master thanked
                rows = [["镜号", "景别", "画面内容", "时长", "字幕/音效"]]
                for k in range(4):
                    rows.append([str(6 * j + k + 1), ["全景", "中景", "特写", "近景"][k], ["青檀树林", "师傅抬帘捞纸", "纸浆在帘上铺开", "晒纸墙前揭纸"][(k + i) % 4],
                                 "%ds" % (4 + k + j), ["水声", "“一帘水，一张纸”", "", "鸟鸣"][k]])
                parts.append('<h3>%s</h3><p>分镜绘制：%s　%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) + tbl(rows, width="96%") +
                             "<p>%s</p><p>技术指导：%s（泾县宣纸文化园捞纸师傅）</p>" % (desc, s["others_named"][0]))
            elif f == "dish_typed":   # a dish record: 主理 and 出品检查
                parts.append('<h3>%s</h3>' % title + tbl([["主理", "%s（%s）" % (n, cl), "出品检查", t[j % 3]],
                                                          ["菜品", title[:-4], "日期", day(s, 30 + i)],
                                                          ["主料", ["毛豆腐", "五花肉、豆腐包、蛋饺", "—"][j], "份数", ["20盘", "20锅", "20桌"][j]]], width="88%") +
                             "<p>出品说明：%s</p>" % desc)
            elif f == "brake_typed":   # a test record: 检测人 and 质检
                parts.append('<h3>%s</h3><p>检测人：%s　　班级：%s　　质检：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["项目", "标准值", "实测值", "结论"], ["摩擦片厚度", "≥2.0 mm", ["2.1 mm", "10.5 mm", "10.4 mm"][j], ["临界", "合格", "合格"][j]],
                                  ["制动盘厚度", "≥26.0 mm", "%.1f mm" % (26.8 - 0.1 * i), "合格"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "pneu_typed":   # a commissioning record: 调试人
                parts.append('<h3>%s</h3><p>调试人：%s（%s）　　记录：%s　　%s</p>' % (title, n, cl, t[j % 2], day(s, 30 + i)) +
                             tbl([["项目", "设定值", "实测值", "结论"], ["气源压力", "0.55 MPa", "%.2f MPa" % (0.54 + 0.01 * i), "合格"],
                                  ["夹紧时间", "1.5 s", "1.%d s" % (4 + j), "合格"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "select_typed":   # a product-selection sheet: 评估人 and the co-operative's contact
                parts.append('<h3 style="text-align:center">%s</h3><p>评估人：%s（%s）　　合作社对接人：%s　　%s</p>' % (title, n, cl, s["others_named"][0], day(s, 30 + i)) +
                             tbl([["产品", "品质", "毛利", "物流", "结论"], ["一级枣干礼盒", "★★★★", "38%", "常温", "主推"],
                                  ["鲜枣（2.5kg）", "★★★", "%d%%" % (21 + j), "冷链", "限区域"], ["枣片", "★★★", "15%", "常温", "引流"]], width="90%") +
                             "<p>%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def cornell(s, c, names):
    t = s["teachers"]
    rng = random.Random(s["seed"] * 12)
    pages = []
    for i, n in enumerate(names):
        cue = "<br/><br/>".join(hand(x, True) for x in ["雅连性状", "酒炙", "水分"])
        notes = "".join("<p><b>%s</b></p><p>%s</p><p %s>%s</p>" % (q, hand(a[(i + qi) % 3]), RED, mark(rng)) for qi, (q, a) in enumerate(c["hw"]))
        pages.append('<p style="text-align:center"><b>课堂笔记与课后作业</b></p>'
                     '<p>课程：%s　　班级：%s　　姓名：%s　　学号：%s</p>' % (c["course"], hand(s["cls"], True), hand(n), hand(sid_of(s, n)[-2:], True)) +
                     '<table style="border-collapse:collapse" width="100%%"><tr>'
                     '<td width="24%%" valign="top" style="border:0.75pt solid #555;padding:4px"><p style="font-size:8pt">线索栏</p>%s</td>'
                     '<td valign="top" style="border:0.75pt solid #555;padding:4px"><p style="font-size:8pt">笔记栏</p>%s</td></tr>'
                     '<tr><td colspan="2" style="border:0.75pt solid #555;padding:4px"><p style="font-size:8pt">总结栏</p>%s</td></tr></table>'
                     '<p %s>阅 %s %s</p>' % (cue, notes, hand("切片前闷润不能泡，酒黄连用黄酒闷透炒干，水分要控制。", True), RED, t[0], day(s, 20 + i)[5:]))
    return "12.html", html(PB.join(pages), font="Noto Serif CJK SC"), "x-scanpdf:200:wet"


def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    if f == "cornell":
        return cornell(s, c, names)
    rng = random.Random(s["seed"] * 12)
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 已阅 %s" % day(s, 20 + i)[5:]]
        if f == "photo_line":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f in ("photo_name", "photo_name2"):
            head = ["课后作业　%s" % c["task"][:10], "> 姓名：%s　　班级：%s" % (n, cl)]
        elif f == "hand_page":
            head = ["课后作业", "%s　%s　学号%s" % (cl, n, sid)]
        elif f == "photo_short":
            head = ["%s　作业" % c["course"], "> %s　%s" % (n, cl)]
        elif f == "hand_color_wet":
            head = ["%s　课后练习" % c["course"], "班级：%s　姓名：%s" % (cl, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_line": "x-photo:200:1", "photo_name": "x-photo:200:2", "hand_page": "x-scan:200:4",
            "photo_name2": "x-photo:200:1", "photo_short": "x-photo:200:2", "hand_color_wet": "x-scan:200:3:color:wet"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

COUNTIES = "雨城区 名山区 荥经县 汉源县 石棉县 天全县 芦山县 宝兴县".split()


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "dorm_list":   # a typed 学生名单 with 寝室 and the county of the home
        rows = [["序号", "学号", "姓名", "性别", "寝室", "家庭住址", "备注"]]
        for j, n in enumerate(k):
            sex = "男" if n[-1] in "航然宇杰博豪轩程佑远阳哲泽飞鸣熙乐辰涛鑫磊浩帆" else "女"
            room = ("男" if sex == "男" else "女") + "生%d栋%d" % (2 if sex == "男" else 5, 301 + j // 6)
            rows.append([str(j + 1), sid_of(s, n), n, sex, room, "雅安市" + rr.choice(COUNTIES), {0: "班长", 7: "团支书", 21: "学习委员"}.get(j, "")])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="92%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　共%d人　　　2024年9月制</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
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
    truth = {"comment": "Forty-eighth held-out people corpus (testdata/heldout48), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 48)
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
        fct = {1: "班级人数 | %s" % s["form_count"], 2: "学生数 | %s" % s["form_count"],
               3: "授课班级（人数） | %s（%s）" % (s["cls"], s["form_count"])}[grp(s)]
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
