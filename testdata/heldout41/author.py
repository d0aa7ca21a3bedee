#!/usr/bin/env python3
"""Write the sources of the forty-first held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 铜仁
(Guizhou), 安康 (Shaanxi) and 塔城 (Xinjiang, 塔城地区).

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
# the truth files read for names, tasks and courses to avoid (heldout39, 40, 42 are written at the same time: not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 39)] + ["othertools"]

# surnames weighted the way real class lists run: a few very common ones, a long tail.
# 铜仁: Tujia and Miao families write 田 冉 向 彭 龙 杨 吴 滕 石 …; 安康: southern Shaanxi (汪 柯 储 邹 余 …);
# 塔城: Han families from everywhere, Hui 马, and Kazakh names (given name · father's name)
SURNAMES = {
    "tr": "杨杨杨杨杨吴吴吴吴田田田田龙龙龙张张张李李李王王王刘刘冉冉向向彭彭滕石罗舒欧周姚黄陈何谢",
    "ak": "王王王王王王李李李李李张张张张张刘刘刘刘陈陈陈陈杨杨杨胡胡吴吴周周徐汪汪余余唐柯邹储冯黄赵谢罗",
    "tc": "王王王王王李李李李李张张张张刘刘刘刘马马马陈陈陈赵赵赵杨杨孙周徐高郭何朱吕韩",
}
KZ_GIVEN = ("叶尔兰 阿依达娜 努尔兰 哈那提 加依娜尔 别克扎提 阿斯哈尔 托合塔尔 阿依江 叶尔江 达吾列提 阿合买提 "
            "萨吾列 巴合提古丽 马吾兰 阿娜尔 吉恩斯 阿依波力").split()
KZ_FATHER = ("努尔别克 吐尔逊 哈力别克 赛力克 加纳提 别克 木拉提 叶尔肯 胡安 巴合提 阿斯力别克 达吾提 江阿别克").split()
# given names of pupils born about 2007-2009: the ordinary ones real class lists are full of
GIVEN2 = ("子涵 浩然 宇轩 欣怡 梓萱 俊杰 佳怡 思远 雨欣 博文 诗琪 家豪 晨阳 志豪 雅婷 子墨 一鸣 梓涵 明轩 可欣 "
          "语桐 嘉懿 浩宇 俊熙 梦瑶 思琪 雨萱 泽宇 欣妍 晨曦 雅琴 佳琪 晓燕 静怡 子豪 雨涵 天佑 宇航 文杰 "
          "鑫宇 zhi 金鹏 海洋 星宇 婉清 紫琪 若曦 思雨 怡然 锦程 正阳 立伟 永康 建波 春梅 小龙 玉洁 丽娜 "
          "子健 昊天 皓轩 睿哲 梓豪 钰涵 芷若 俊宇 承泽 铭浩 诗涵 馨月 佳慧 淑婷 宏伟 振宇 海波 文静").split()
GIVEN2 = [g for g in GIVEN2 if re.fullmatch(r"[\u4e00-\u9fff]+", g)]
GIVEN1 = list("鑫磊敏丹洁涛琳越强婷")


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


def kazakh(rng):
    return rng.choice(KZ_GIVEN) + "·" + rng.choice(KZ_FATHER)


def draw_one(rng, region):
    if region == "tc" and rng.random() < 0.12:
        return kazakh(rng)
    g = rng.choice(GIVEN1) if rng.random() < 0.10 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if "·" in name and any("·" in x and x.split("·")[0] == name.split("·")[0] for x in names):
            continue
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "dish": dict(major="烹饪(中式烹调)", code="0501", course="黔东地方风味菜肴制作", task="锦江酸汤鱼与绿豆粉宴席菜肴制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="铜仁一家酒楼要在周末承办一场二十桌的寿宴，主菜定为锦江酸汤鱼，点心为铜仁绿豆粉卷。行政总厨请烹饪班学员按宴席菜单核算用料，分组完成酸汤的调制、鱼的初加工与烹制、绿豆粉的制皮和卷制，出品前自检口味与装盘，宴后整理工位并填写出品记录。",
   qs=[("问题1 红酸汤为什么要提前发酵？", ["红酸汤用毛辣角和糟辣椒发酵，发酵后酸味柔和、带果香，直接用醋调出来的酸味发冲。", "发酵后酸味柔和。", "比醋调的酸味好。"]),
       ("问题2 鱼下锅前要做哪些初加工？", ["刮鳞去鳃、剖腹去内脏，刮净腹内黑膜，在鱼身两面剞花刀，便于入味。", "去鳞去鳃去内脏，剞花刀。", "刮净黑膜，入味。"])],
   hw=[("1. 绿豆粉皮为什么要趁热卷？", ["粉皮凉了会变硬发脆，趁热卷不容易裂开。", "凉了会裂。", "趁热卷才软。"]),
       ("2. 出品前自检要看哪几项？", ["口味、温度、分量和装盘是否干净整齐。", "口味和温度。", "分量和装盘。"])],
   outputs=[("酸汤鱼出品记录", "每桌一条，约一千二百克。"), ("绿豆粉卷出品记录", "每桌两盘，每盘十二卷。"), ("宴席用料核算单", "草鱼二十条，红酸汤十五千克。")]),
 "anim": dict(major="计算机动画制作", code="0306", course="三维动画短片制作", task="梵净山文旅宣传三维动画短片分镜与建模",
   hours=18, station="数字媒体一体化学习工作站",
   situation="铜仁市一家文旅公司要为梵净山景区制作一段三十秒的三维宣传短片，用在高铁站的大屏上。项目主管请动画班学员读懂宣传脚本，绘制分镜头台本，完成红云金顶和蘑菇石的场景建模、材质贴图和灯光，渲染输出样片并按客户意见修改。",
   qs=[("问题1 分镜头台本里要写清哪些内容？", ["镜号、景别、画面内容、镜头运动、时长和配音字幕。", "镜号、景别、时长。", "画面内容和镜头运动。"]),
       ("问题2 为什么大屏播放的短片要控制面数？", ["面数太多渲染慢，改稿周期长，用法线贴图表现细节就够了。", "渲染太慢。", "用法线贴图表现细节。"])],
   hw=[("1. 三点布光是哪三盏灯？", ["主光、辅光和轮廓光。", "主光辅光轮廓光。", "主辅轮廓三盏。"]),
       ("2. 输出样片前要检查什么？", ["分辨率、帧率、时长，画面有没有穿帮和闪烁。", "分辨率和帧率。", "有没有穿帮。"])],
   outputs=[("分镜头台本", "共十二个镜头，总长三十秒。"), ("场景建模与材质说明", "金顶模型约八万面。"), ("渲染样片修改记录", "按客户意见把云海加厚。")]),
 "herb": dict(major="中药", code="1301", course="中药材采收加工与鉴别", task="富硒绞股蓝药材采收加工与性状鉴别",
   hours=16, station="中药调剂与鉴定一体化学习工作站",
   situation="安康平利的一家绞股蓝种植合作社在秋季采收前，请学校帮助培训采收加工人员，并为一批收购药材做性状鉴别。实训室主任请中药班学员查阅药典，制定采收和干燥方案，对样品进行性状和显微鉴别，区分正品与混淆品，写出鉴别报告。",
   qs=[("问题1 绞股蓝什么时候采收最好？", ["夏秋两季茎叶茂盛时采收，割取地上部分，留茬五厘米左右以利再生。", "夏秋茎叶茂盛时。", "留茬利于再生。"]),
       ("问题2 绞股蓝与乌蔹莓怎样区分？", ["绞股蓝为鸟足状复叶，小叶五到七片，卷须两叉；乌蔹莓小叶五片，叶柄带紫色。", "看小叶片数和卷须。", "乌蔹莓叶柄带紫色。"])],
   hw=[("1. 药材干燥为什么不能暴晒？", ["暴晒会使叶片变黄、有效成分损失，宜阴干或低温烘干。", "成分会损失。", "宜阴干。"]),
       ("2. 性状鉴别要观察哪些方面？", ["形状、大小、颜色、表面、质地、断面和气味。", "形色气味。", "质地和断面。"])],
   outputs=[("绞股蓝性状鉴别报告", "样品为正品，叶片完整率九成。"), ("显微鉴别记录", "可见草酸钙簇晶。"), ("采收干燥方案", "五十度以下烘干。")]),
 "brake": dict(major="汽车维修", code="0403", course="汽车底盘检修", task="山区客运班车鼓式制动器异响检修",
   hours=18, station="汽车维修一体化学习工作站",
   situation="安康一家客运公司跑镇坪线路的中型客车，下长坡时后轮制动发出尖叫声，制动距离变长。维修站主管请汽修班学员接车问诊，举升车辆拆检后轮鼓式制动器，测量制动鼓内径和摩擦片厚度，更换磨损件，调整制动间隙，路试合格后交车。",
   qs=[("问题1 制动鼓内径超过多少必须更换？", ["超过使用极限尺寸（鼓上铸有标记）或失圆超过零点一毫米就要更换或镗削。", "超过极限尺寸。", "失圆太大要镗削。"]),
       ("问题2 长下坡制动异响的常见原因是什么？", ["摩擦片磨损到铆钉、制动鼓过热硬化或回位弹簧失效。", "摩擦片磨到铆钉。", "制动鼓过热。"])],
   hw=[("1. 为什么换摩擦片要左右同时换？", ["两边摩擦系数不同，制动时会跑偏。", "防止跑偏。", "左右摩擦力一致。"]),
       ("2. 制动间隙过大有什么后果？", ["踏板行程变长，制动反应慢，制动距离增加。", "制动距离变长。", "反应慢。"])],
   outputs=[("后轮制动器拆检测量记录", "左鼓内径四百一十点六毫米。"), ("维修作业报告", "更换左右后轮摩擦片。"), ("路试检验记录", "三十公里每小时制动距离合格。")]),
 "metro": dict(major="城市轨道交通运输与管理", code="0431", course="城市轨道交通车站客运组织", task="地铁换乘站早高峰客流组织与大客流应急疏导",
   hours=16, station="轨道交通客运服务一体化学习工作站",
   situation="学校的合作单位西安地铁一座换乘站，工作日早高峰换乘客流集中，站台经常拥挤。客运值班站长请轨道班学员在跟岗中观察客流，绘制客流流线图，制定早高峰限流和导流方案，分岗位演练大客流应急疏导，并做好乘客服务记录。",
   qs=[("问题1 车站限流一般分几级？", ["三级：站台控制、站厅控制和出入口控制，由内向外逐级启动。", "站台、站厅、出入口三级。", "由内向外启动。"]),
       ("问题2 绘制流线图时为什么要避免进出站流线交叉？", ["流线交叉会形成对冲，降低通行效率，还容易发生踩踏。", "会对冲。", "容易踩踏。"])],
   hw=[("1. 站台岗在列车进站时要做什么？", ["监控候车乘客不越过安全线，列车停稳后先下后上，关门前提示乘客。", "看安全线。", "先下后上。"]),
       ("2. 乘客突发晕倒怎样处置？", ["立即报告车控室，疏散围观乘客，使用急救箱，必要时拨打一二零。", "报告车控室。", "拨打一二零。"])],
   outputs=[("早高峰客流组织方案", "设置三处铁马导流。"), ("大客流应急演练记录", "演练用时十二分钟。"), ("乘客服务记录", "处理问询三十七次。")]),
 "bath": dict(major="健康与社会照护", code="0529", course="老年人生活照护", task="社区高龄老人居家助浴与防跌倒照护",
   hours=14, station="健康照护一体化学习工作站",
   situation="塔城市一个社区的居家养老服务中心承接了高龄老人上门助浴服务，冬季浴室地面湿滑，老人洗澡时容易跌倒。中心主任请照护班学员上门评估老人的身体状况和浴室环境，准备助浴用物，两人配合完成坐姿淋浴，整理防滑设施并向家属讲解防跌倒要点。",
   qs=[("问题1 助浴前要评估老人哪些情况？", ["测量血压和体温，询问有没有头晕、进食时间，饭后一小时内不宜洗澡。", "量血压体温。", "饭后一小时内不洗。"]),
       ("问题2 浴室里可以采取哪些防跌倒措施？", ["铺防滑垫，装扶手，用洗澡椅坐着洗，地面积水及时擦干。", "防滑垫和扶手。", "坐着洗。"])],
   hw=[("1. 水温一般控制在多少度？", ["四十度左右，先用手腕内侧试温。", "四十度左右。", "用手腕试温。"]),
       ("2. 助浴时间为什么不宜太长？", ["时间长了老人容易疲劳、出汗多，可能引起头晕，一般十到十五分钟。", "老人会疲劳头晕。", "十到十五分钟。"])],
   outputs=[("助浴照护计划", "每周二、周五上午助浴。"), ("浴室环境评估与改造建议", "建议加装L形扶手。"), ("家属防跌倒指导记录", "家属已会使用洗澡椅。")]),
 "jerky": dict(major="电子商务", code="0603", course="农特产品直播营销", task="塔城风干牛肉干直播带货选品与脚本策划",
   hours=14, station="电子商务直播运营一体化学习工作站",
   situation="塔城一家肉制品企业想在年货节期间通过直播销售风干牛肉干和奶疙瘩。运营经理请电商班学员分析同类产品的价格和评价，完成选品和组合定价，撰写直播脚本和话术，搭建直播间并试播，直播后整理订单数据和售后问题。",
   qs=[("问题1 选品时要比较哪些数据？", ["同类商品的价格区间、月销量、好评率和差评原因。", "价格、销量、好评率。", "差评原因。"]),
       ("问题2 直播脚本一般包括哪几部分？", ["开场暖场、产品讲解、福利互动、催单逼单和结尾预告。", "开场、讲解、互动、结尾。", "要有福利互动。"])],
   hw=[("1. 直播话术里哪些词不能说？", ["最、第一、国家级这类绝对化用语，以及治病养生的功效宣传。", "不能说绝对化用语。", "不能宣传功效。"]),
       ("2. 直播后为什么要复盘数据？", ["看观看人数、停留时长和转化率，找出问题改进下一场。", "看转化率。", "改进下一场。"])],
   outputs=[("竞品分析与选品表", "选定五百克礼盒装为主推款。"), ("直播脚本", "时长九十分钟，三轮福利。"), ("直播订单数据复盘", "成交二百八十六单。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="铜仁市锦江技工学校", pack="dir", region="tr", course="dish", cls="烹饪2401班", size=45, seed=11,
         sidp="24520501", students=["田梦瑶", "冉子骞", "彭诗颖"], others_named=["姚长顺"],
         teachers=["舒国平", "杨秀英"], form_count="45人",
         f8="head_table_group", f10="self_peer_teacher", f11="dish_record", f12="shake_photo", findings=[],
         comment="clean. Item 10 (TYPED) is a 学生评价表: 自我评价(20)/小组互评(30)/教师评价(50) and 总分, the maxima in the head "
                 "cells, 45 rows = form `45人`, a 评价人 signature line. Item 8 (scanned 200 dpi gray, two PUNCHED binder holes "
                 "on the left of every page): a bordered head `姓名 | 班级 | 学号 | 组别`, the hotel's head chef 姚长顺 named as "
                 "企业导师 (not a student). Item 12: phone photos, one shaken (motion blur). No roster"),
    dict(school="铜仁市锦江技工学校", pack="dir", region="tr", course="anim", cls="动画2302班", size=40, seed=12,
         sidp="23520306", students=["龙语桐", "向嘉懿", "吴昊阳"], items={11: ["龙语桐", "吴昊阳"]},
         extra_class=["滕子墨"], bad={"滕子墨": "over"},
         teachers=["彭志刚", "罗晓玲"], form_count="40人",
         f8="group_members", f10="value_row", f11="anim_typed", f12="wenkai_page",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "滕子墨")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 作品说明) holds the work of only TWO students, 龙语桐 and 吴昊阳 (向嘉懿's is missing; 8 and 12 "
                 "hold the three): students.count on 11; students.mismatch optional. Item 10 (scanned 250 dpi gray, punched "
                 "holes) has the maxima in a second head row `分值 | 20 | 30 | 30 | 20 | 100`; 滕子墨 has 26 under "
                 "`分镜设计` (max 20), 总分 the sum: records.invalid_score. Item 8 (scanned 200 dpi gray): `班级＿ 姓名＿ 学号＿` "
                 "by hand and a printed-then-filled `小组成员：` line naming four classmates of the group (class members with "
                 "records, not the worksheet's student). No roster"),
    dict(school="安康市金州技工学校", pack="gbkzip", region="ak", course="herb", cls="中药2401班", size=42, seed=21,
         sidp="2461130101", students=["柯雨萱", "汪梓涵", "储明轩"], extra_class=["邹可欣"], absent_from_10=["邹可欣"],
         others_named=["柯玉华"], teachers=["汪德华", "余静", "刘玉成"], form_count="42人", roster="xlsx", headteacher="唐淑芬",
         f8="report_cover", f10="photocopy_register", f11="herb_typed", f12="plain_photo",
         findings=[("records.missing_student", 10, False, "邹可欣"), ("records.count_mismatch", 10, False)],
         comment="the roster (花名册.xlsx, a merged title row, 42 rows with 性别, 出生年月, 家庭住址) and the form (`学生数 | 42人`) hold "
                 "邹可欣; item 10 (a TYPED 成绩记载表, 姓名 before 学号, the maxima as bare numbers under the part names) "
                 "has 41 rows and none for her: records.missing_student and records.count_mismatch. Item 8: a printed "
                 "实训报告 cover per student (姓名, 学号, 班级, 指导教师 by hand) before the worksheet, which names the "
                 "co-operative's technician 柯玉华 (not a student); photocopied and scanned 300 dpi gray with a toner band"),
    dict(school="安康市金州技工学校", pack="gbkzip", region="ak", course="brake", cls="汽修2301班", size=43, seed=22,
         sidp="2361040301", students=["余俊豪", "胡博文", "唐一鸣"], outsiders={"唐一鸣": "汽修2302班"}, out_sidp="2361040302",
         extra_class=["冯启帆"], bad={"冯启帆": "sum"}, others_named=["胡德明"],
         teachers=["王建业", "储国强"], form_count="43人",
         f8="work_order", f10="no_seq_register", f11="repair_typed", f12="name_line_photo",
         findings=[("students.not_in_class", 8, True, "唐一鸣"), ("records.invalid_score", 10, False, "冯启帆")],
         comment="唐一鸣 of the parallel class 汽修2302班 (his class and 学号 on his work order, typed report and homework) is the "
                 "third student of 8/11/12; item 10 (TYPED, 43 rows = form `43人`) has no record of him: "
                 "students.not_in_class. Item 10 has no 序号 column (学号 first), the parts, 总评 and 等级; 冯启帆's 总评 is 6 "
                 "above the sum of his parts: records.invalid_score. Item 8 (scanned 250 dpi gray, punched holes): a "
                 "维修作业单 at the top with 车主 胡德明 (not a student, sharing 胡博文's surname), 维修人 (the student, hand) "
                 "and 质检员 (a teacher). No roster"),
    dict(school="安康市金州技工学校", pack="gbkzip", region="ak", course="metro", cls="轨道2402班", size=44, seed=23,
         sidp="2461043102", students=["陈雅琴", "黄泽宇", "周欣妍"], items={12: ["陈雅琴", "黄泽宇", "徐沐辰"]},
         extra_class=["徐沐辰"], teachers=["李红霞", "张永谦"], form_count="44人", roster="pdf", headteacher="邹海燕",
         f8="two_up", f10="plain_register", f11="metro_typed", f12="shake_photo2",
         findings=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, one shaken) holds the homework of 陈雅琴, 黄泽宇 and classmate 徐沐辰 (with an item-10 "
                 "record) instead of 周欣妍's (items 8 and 11 hold the three): students.mismatch. Item 8 (scanned 200 dpi gray): "
                 "task sheets printed TWO TO A PAGE (half A4 each, a dashed cut line between), three filled, the fourth half "
                 "left blank with empty name lines. Roster 学生名单.pdf (44) = form `44人` = 44 rows of item 10 (TYPED)"),
    dict(school="塔城市巴克图技工学校", pack="zip", region="tc", course="bath", cls="照护2401班", size=35, seed=31,
         sidp="24650529", students=["马瑞雪", "阿依达娜·叶尔肯", "孙婧琪"], extra_class=["叶尔兰·赛力克"],
         bad={"叶尔兰·赛力克": "over"}, others_named=["哈力别克·木拉提"],
         teachers=["赵丽娟", "努尔兰·吐尔逊"], form_count="36人",
         f8="resident_head", f10="hand_scores", f11="care_scan", f12="ukai_page",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "叶尔兰·赛力克")],
         comment="item 10 (printed names, scores WRITTEN BY HAND, scanned 200 dpi gray) lists 35; the form says "
                 "`照护2401班（36人）`: records.count_mismatch (no roster). 叶尔兰·赛力克 (a Kazakh name with the middle dot) "
                 "has 46 under `助浴操作(40)`, 总分 the sum: records.invalid_score. Item 8 (colour scan 200 dpi): the "
                 "resident 哈力别克·木拉提 (not a student) named in a head table beside the student. Item 11 colour scan"),
    dict(school="塔城市巴克图技工学校", pack="zip", region="tc", course="jerky", cls="电商2402班", size=40, seed=32,
         sidp="24650603", students=["司马静怡", "郭梓鸣", "哈那提·别克"],
         items={8: ["司马静怡", "郭梓鸣", "哈那提·别克", "高雨涵"]}, extra_class=["高雨涵"],
         teachers=["刘建新", "何晓丽"], form_count="40人",
         f8="corner_name", f10="weights_register", f11="jerky_typed", f12="plain_photo2",
         findings=[("students.count", 8, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray, toner band) holds FOUR worksheets: the three (司马静怡, a compound surname; "
                 "郭梓鸣; 哈那提·别克, a Kazakh name) and classmate 高雨涵 (with an item-10 record): students.count on 8; "
                 "students.mismatch optional. Item 10 (TYPED) 40 rows = form `40人`, weights in the head "
                 "(`过程考核（40%）` over parts written as marks out of their maxima). No roster"),
]

PROVINCE = {1: "贵州省铜仁市", 2: "陕西省安康市", 3: "新疆维吾尔自治区塔城地区塔城市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def short_major(c):
    return c["major"].split("(")[0]


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 铜仁: "8、工作页.pdf"
        return "%d、%s.pdf" % (n, NAMES[n])
    if g == 2:   # 安康: "08_工作页_中药2401班.pdf"
        return "%02d_%s_%s.pdf" % (n, NAMES[n], s["cls"])
    return "%d.%s-%s.pdf" % (n, short_major(C[s["course"]]), NAMES[n])   # 塔城: "8.电子商务-工作页.pdf"


def form_name(s, c):
    return {1: ("申报书.docx", "docx"),
            2: ("%s-申报书.pdf" % c["task"], "pdf"),
            3: ("工学一体化优质课堂申报书（%s）.docx" % short_major(c), "docx")}[grp(s)]


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
    if g == 1:   # 铜仁: label/value pairs, 班级人数 with 人
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务名称", c["task"]), ("负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="18%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 安康: 学生数
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课地点", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 塔城: class and count in one cell
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级（人数）", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报学校（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报时间：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生接受任务后独立查阅资料、小组讨论拟订计划，教师点评后各组确定方案并实施，教师在实施中巡回指导、控制质量与安全，任务完成后各组展示成果，开展自评、互评和教师点评。</p>
<h3>五、特色与成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在真实的工作情境中学习，职业能力和职业素养得到提升。</p>
<h3>六、承诺</h3><p>本校承诺所报材料真实、原创，不存在知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="82%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n本学期安排“{task}”，共{hours}学时。\n三、考核方式\n过程性考核与终结性考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施任务、检查验收、评价总结。",
    3: "{school}\n{task}　教学活动策划表\n活动一：明确任务，获取信息\n活动二：制定计划，作出决策\n活动三：实施计划，过程控制\n活动四：检查评价，总结反馈",
    4: "{school}\n{course}　教学进度计划（共{hours}学时）\n第1周：明确任务，获取信息\n第2周：制定并审定计划\n第3周：实施任务\n第4周：检查验收，评价总结",
    5: "{school}\n{task}　教学活动方案\n第1学时：创设情境，下达任务\n第2-4学时：引导问题学习\n其余学时：分组实施，巡回指导，成果展示与评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、行业作业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为资讯区、计划区、实施区和展示评价区。",
    9: "{school}\n{task}　考核方案\n考核由过程考核和结果考核组成，成绩由任课教师记入考核记录表。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可", "√ 认真"])


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
        return s["out_sidp"] + "21"
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
    per = 1
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　批阅教师：%s</p>' % (RED, ["良好", "要点准确", "认真", "有进步"][i % 4], t[i % len(t)])
        if f == "head_table_group":   # a bordered head 姓名 | 班级 | 学号 | 组别; the head chef as 企业导师
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True), "组别", hand("第%d组" % (i + 2), True)]],
                       width="100%", pad="4px 4px")
            body = (title + head + "<p>企业导师：%s（行政总厨）　　指导教师：%s</p>" % (s["others_named"][0], t[0]) + sit
                    + answers(c, rng, i) + comment)
        elif f == "group_members":   # 班级＿ 姓名＿ 学号＿ and a 小组成员 line naming classmates
            mates = [x for x in s["klass"] if x not in s["students"] + s.get("extra_class", [])][5 * i:5 * i + 3]
            s.setdefault("_mates", []).extend(mates)
            head = '<p>班级＿%s＿　姓名＿%s＿　学号＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid[-2:], True))
            grp_line = '<p>小组名称：%s　　小组成员：%s</p>' % (hand(["云海组", "金顶组", "蘑菇石组"][i], True), hand("、".join([n] + mates), True))
            body = title + head + grp_line + sit + answers(c, rng, i) + comment
        elif f == "report_cover":   # a printed 实训报告 cover per student, then the worksheet
            per = 2
            cover = ('<p style="text-align:center;font-size:12pt">%s</p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<p style="text-align:center;font-size:28pt"><b>实 训 报 告</b></p><p style="text-align:center;font-size:14pt">（学习工作页）</p>'
                     '<p>&nbsp;</p><p>&nbsp;</p><table width="76%%" align="center">%s</table><p>&nbsp;</p><p>&nbsp;</p>'
                     '<p style="text-align:center">实训时间：%s</p>'
                     % (s["school"], "".join('<tr><td width="30%%" style="font-size:14pt;padding:9px">%s</td>'
                                                 '<td style="border-bottom:1pt solid #000;padding:9px">%s</td></tr>' % (a, b)
                                                 for a, b in [("实训项目", c["task"][:10]), ("姓　　名", hand(n)), ("学　　号", hand(sid)),
                                                              ("班　　级", hand(cl)), ("指导教师", hand("、".join(t[:2]), True, BLACK))]),
                        day(s, i)))
            body = (cover + PB + title + "<p>样品来源：平利县某绞股蓝种植合作社（技术员%s送检）</p>" % s["others_named"][0] + sit
                    + answers(c, rng, i) + comment)
        elif f == "work_order":   # a 维修作业单: 车主, 维修人 (the student), 质检员 (a teacher)
            order = tbl([[("<b>车辆维修作业单</b>　No. 2024%04d" % (1187 + 13 * i), ' colspan="6"')],
                         ["车牌号", "陕G·%d%03d%s" % (2 + i, 417 + 91 * i, "KLM"[i]), "车　型", "中型客车", "进厂日期", hand(day(s, i)[5:], True)],
                         ["车　主", "%s（客运公司）" % s["others_named"][0], "故障现象", ("下坡制动尖叫", ' colspan="3"')],
                         ["维修人", hand(n, True), "班　级", hand(cl, True), "质检员", hand(t[1], True, BLACK)]],
                        width="100%", pad="3px 4px")
            body = order + title + '<p>学号：%s　　指导教师：%s</p>' % (hand(sid, True), t[0]) + sit + answers(c, rng, i) + comment
        elif f == "resident_head":   # a head table: the student and the resident
            head = tbl([["照护员", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)],
                        ["服务对象", s["others_named"][0], "年龄", "84岁", "服务日期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "corner_name":   # 学号/姓名 at the top right, then the title
            box = ('<table width="100%%"><tr><td><p style="font-size:9pt">%s　电商专业</p></td><td width="46%%">%s</td></tr></table>'
                   % (s["school"], tbl([["姓名", hand(n, True)], ["学号", hand(sid, True)], ["班级", hand(cl, True)]], width="100%")))
            body = box + title + '<p>日期：%s　　指导教师：%s</p>' % (hand(day(s, i)[5:], True), t[0]) + sit + answers(c, rng, i) + comment
        elif f == "two_up":
            pass
        else:
            raise SystemExit(f)
        if f != "two_up":
            pages.append(body)
    if f == "two_up":   # half-A4 task sheets, two to a page, a dashed cut line between; the last half left blank
        halves = []
        for i, n in enumerate(names + [None]):
            cl = cls_of(s, n) if n else ""
            nm = hand(n, True) if n else "&nbsp;" * 10
            cls_ = hand(cl, True) if n else "&nbsp;" * 10
            sid = hand(sid_of(s, n), True) if n else "&nbsp;" * 12
            qa = ""
            for qi, (q, a) in enumerate(c["qs"]):
                qa += '<p><b>%s</b></p><p>%s</p>' % (q, hand(a[(i + qi) % 3], True) if n else "<br/>&nbsp;")
                if n:
                    qa += '<p %s>%s</p>' % (RED, mark(rng))
            halves.append('<p style="text-align:center"><b>任务单　%s</b></p>' % c["task"] +
                          '<p>姓名：<u>%s</u>　班级：<u>%s</u>　学号：<u>%s</u>　岗位：%s</p>' % (nm, cls_, sid, ["站台岗", "站厅岗", "客服中心", "站台岗"][i]) + qa +
                          ('<p>评价：<span %s>合格</span>　%s</p>' % (RED, t[0]) if n else "<p>评价：</p>"))
        cut = '<p style="text-align:center;color:#777">- - - - - - - - - - - - - - - 沿此线裁开 - - - - - - - - - - - - - - -</p><p>&nbsp;</p>'
        pages = [halves[0] + "<p>&nbsp;</p>" + cut + halves[1], halves[2] + "<p>&nbsp;</p>" + cut + halves[3]]
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(pages) * per if f != "two_up" else 2, "items": []}, ensure_ascii=False, indent=1))
    meth = {"head_table_group": "x-scanpdf:200:punch", "group_members": "x-scanpdf:200", "report_cover": "x-scanpdf:300:toner",
            "work_order": "x-scanpdf:250:punch", "resident_head": "x-scanpdf:200:color", "corner_name": "x-scanpdf:250:toner",
            "two_up": "x-scanpdf:200"}[f]
    font = {"head_table_group": "Noto Sans CJK SC", "work_order": "Noto Sans CJK SC", "two_up": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    size = "10pt" if f == "two_up" else "10.5pt"
    return "08.html", html(PB.join(pages), size=size, font=font, compact=(f == "two_up")), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title, logo=False):
    top = '<p style="font-size:8pt;color:#444">%s　教务科制</p>' % s["school"] if logo else ""
    return (top + '<p style="text-align:center;font-size:13pt"><b>%s</b></p><p>班级：%s　　课程：%s</p><p>学习任务：%s　　考核时间：%s</p>'
            % (title, s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def grade(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>任课教师（签字）：%s　　　　专业部审核：%s　　　　日期：%s</p>" % (hand("、".join(t[:2]), True, BLACK), t[-1], day(s, 12))
    if f == "self_peer_teacher":   # 学生评价表: 自评/互评/师评 with maxima in the head cells
        parts = [("自我评价", 20), ("小组互评", 30), ("教师评价", 50)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>（%d分）" % p for p in parts] + ["总分", "评价人"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.66, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), t[k % 2]], pad))
        body = head10(s, c, "学生评价表", logo=True) + table(out) + "<p>说明：总分＝自我评价＋小组互评＋教师评价。</p>" + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "value_row":   # maxima in a second head row 分值
        parts = [("分镜设计", 20), ("场景建模", 30), ("材质灯光", 30), ("渲染输出", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "备注"]], pad),
               trow(["", "", "<b>分值</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>", ""], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 26
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), "组长" if k in (3, 13, 22, 31) else ""], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:punch"
    if f == "photocopy_register":   # 成绩记载表, photocopied
        parts = [("资讯计划", 15), ("采收加工", 25), ("性状鉴别", 30), ("显微鉴别", 20), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>%d" % p for p in parts] + ["合计", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学生学习任务成绩记载表", logo=True) + table(out) + "<p>注：各项下方数字为该项满分。</p>" + sign
        return "10.html", html(body, "8.5pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "no_seq_register":   # no 序号: 学号 first, 总评 and 等级
        parts = [("接车问诊", 10), ("拆检测量", 30), ("更换调整", 30), ("路试交车", 20), ("安全6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "plain_register":   # plain register with a merged title cell and 备注
        parts = [("客流观察", 20), ("流线图绘制", 20), ("组织方案", 30), ("应急演练", 30)]
        title = '<tr>%s</tr>' % td("<b>%s　%s　学习任务考核记录</b>" % (s["school"], s["cls"]), ' align="center" colspan="9"', "4px 3px")
        out = [title, trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d分)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), "补考" if k == 27 else ""], pad))
        body = ("<p>学习任务：%s　　课程：%s　　考核时间：%s</p>" % (c["task"], c["course"], day(s, 11)) + table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "hand_scores":   # printed names, scores written by hand
        parts = [("评估准备", 20), ("助浴操作", 40), ("防跌倒指导", 20), ("沟通与素养", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], "1px 3px")]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 46
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [hand(str(x), True, size="11pt") for x in v] + [hand(str(sum(v)), True, size="11pt")], "1px 3px"))
        body = head10(s, c, "学习任务考核评分表", logo=True) + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200"
    if f == "weights_register":   # weights in the head, parts under them with their maxima
        parts = [("选品分析", 15), ("脚本撰写", 25), ("直播试播", 40), ("数据复盘", 20)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>学号</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40%）</b>", ' align="center" colspan="2"', pad),
                                       td("<b>结果考核（60%）</b>", ' align="center" colspan="2"', pad), td("<b>总成绩</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩汇总表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "dish_record":   # 制作人
                parts.append('<h3>%s</h3><p>制作人：%s　　班级：%s　　日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["项目", "标准", "实际", "自检"], ["口味", "酸辣适中", "酸辣适中", "合格"], ["分量", "按菜单", "按菜单", "合格"],
                                  ["装盘", "干净整齐", "盘边有汤汁，已擦净", "合格"]], width="86%") + "<p>备注：%s</p><p>指导教师：%s</p>" % (desc, t[j % 2]))
            elif f == "anim_typed":   # 作品说明: 作者
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">作者：%s（%s）</p>' % (title, n, cl) +
                             tbl([["镜号/模块", "内容", "时长/面数", "完成情况"], ["01", "云海推镜", "3秒", "已完成"], ["02", "金顶特写", "%d万面" % (6 + j + i), "已完成"]],
                                 width="90%") + "<p>%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
            elif f == "herb_typed":   # 鉴别报告: 鉴定人
                parts.append('<h3>%s</h3>' % title + tbl([["样品编号", "JGL-2024-%02d" % (5 + 3 * i + j), "鉴定人", n],
                                                          ["班　　级", cl, "复核人", t[j % 3]], ["项目", "标准", "结果", "结论"],
                                                          ["性状", "鸟足状复叶，小叶5-7片", "小叶5-7片", "符合"], ["气味", "微甘、微苦", "微甘", "符合"]],
                                                         width="90%") + "<p>结论：%s</p>" % desc)
            elif f == "repair_typed":   # 维修人（班级）
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["维修人", "%s（%s）" % (n, cl), "检验员", t[j % 2]], ["项目", "标准值", "测量值", "结论"],
                                  ["制动鼓内径", "≤411 mm", "410.%d mm" % (4 + j + i), "合格"], ["摩擦片厚度", "≥5 mm", "%d.%d mm" % (9 - j, i), "合格"]],
                                 width="90%") + "<p>说明：%s</p>" % desc)
            elif f == "metro_typed":   # 编制人
                parts.append('<h3>%s</h3>' % title + "<p>编制人：%s　　班级：%s　　岗位：%s　　%s</p>" % (n, cl, ["站台岗", "站厅岗", "客服中心"][i % 3], day(s, 30 + i)) +
                             tbl([["时段", "客流（人次）", "措施"], ["7:30-8:00", str(3100 + 170 * i + 40 * j), "站厅铁马导流"],
                                  ["8:00-8:30", str(4200 + 90 * i), "出入口限流"]], width="80%") + "<p>%s　审核：%s</p>" % (desc, t[j % 2]))
            elif f == "care_scan":   # 照护员, the resident
                parts.append('<h3>%s</h3>' % title + tbl([["照护员", n, "班级", cl], ["服务对象", s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["项目", "情况", "签名", ""], ["助浴前评估", "血压138/82，无头晕", n, ""]], width="88%") +
                             "<p>小结：%s</p><p>指导教师：%s</p>" % (desc, t[j % 2]))
            elif f == "jerky_typed":   # 策划人
                parts.append('<h3>%s</h3><p>策划人：%s　　班级：%s</p>' % (title, n, cl) +
                             tbl([["环节", "时长", "内容"], ["开场暖场", "5分钟", "介绍塔城牧场"], ["产品讲解", "%d分钟" % (20 + 5 * j), "风干牛肉干试吃"],
                                  ["福利互动", "10分钟", "关注抽奖"]], width="80%") + "<p>%s　审核：%s</p>" % (desc, t[j % 2]))
            else:
                raise SystemExit(f)
    meth = {"care_scan": "x-scanpdf:200:color"}.get(f, "pdf")
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC" if f != "care_scan" else "Noto Sans CJK SC"), meth


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
        end = ["! 阅 %s %s" % (t[-1], day(s, 20 + i)[5:])]
        if f in ("shake_photo", "shake_photo2"):
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "wenkai_page":
            head = ["课后作业（%s）" % c["course"], "班级：%s　姓名：%s" % (cl, n)]
        elif f == "plain_photo":
            head = ["课后作业", "> %s　%s　%s" % (cl, n, sid)]
        elif f == "name_line_photo":
            head = ["%s　课后练习" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "ukai_page":
            head = ["课后作业", "姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "plain_photo2":
            head = ["课后作业　%s" % c["task"][:8], "> 姓名 %s　学号 %s" % (n, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"shake_photo": "x-photo:200:1:shake", "shake_photo2": "x-photo:200:2:shake", "wenkai_page": "x-scan:250:4",
            "plain_photo": "x-photo:200:1", "name_line_photo": "x-photo:200:2", "ukai_page": "x-scan:200:3:color",
            "plain_photo2": "x-photo:200:1:shake"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n, rng):
    g = n.split("·")[0] if "·" in n else n[-2:]
    if any(ch in g for ch in "瑶琪萱涵怡欣妍曦琴燕婷娜丽静洁琳敏丹梅清若芷钰馨慧雅紫婉"):
        return "女"
    if any(ch in g for ch in "豪轩杰宇博鸣浩熙墨航佑鑫磊强涛龙波伟洋鹏康阳程哲泽健天江兰提尔"):
        return "男"
    return rng.choice(["男", "女"])


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "xlsx":   # 花名册.xlsx: a merged title row
        rows = [["%s%s学生花名册（2024级）" % (s["school"], s["cls"])] + [""] * 7,
                ["序号", "学号", "姓名", "性别", "出生年月", "民族", "家庭住址", "备注"]]
        for j, n in enumerate(k):
            rows.append([j + 1, sid_of(s, n), n, sex_of(n, rr), "2008.%02d" % rr.randint(1, 12), "汉族",
                         "安康市%s" % rr.choice(["汉滨区", "平利县", "旬阳市", "紫阳县", "石泉县", "岚皋县"]), "班长" if j == 6 else ""])
        rows.append(["班主任：%s" % s["headteacher"], "", "", "", "", "", "合计：%d人" % len(k), ""])
        write(os.path.join(d, "roster.json"), json.dumps({"sheet": "花名册", "rows": rows, "merges": ["A1:H1", "A%d:C%d" % (len(rows), len(rows))]},
                                                         ensure_ascii=False, indent=0))
        man.append("roster.json\t%s花名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
        return
    if r == "pdf":   # a plain typed 学生名单
        rows = [["序号", "学号", "姓名", "性别", "宿舍", "联系电话"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex_of(n, rr), "%d-%d" % (rr.choice([3, 5]), rr.randint(101, 418)),
                         "1%d%d****%04d" % (rr.choice([3, 5, 8, 9]), rr.randint(0, 9), rr.randint(0, 9999))])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="92%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　　共%d人</p>" % (s["headteacher"], len(k)))
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
    truth = {"comment": "Forty-first held-out people corpus (testdata/heldout41), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad:
        raise SystemExit("%s stand in an earlier corpus: rename them" % " ".join(bad))
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
        rng = random.Random(s["seed"] * 7919 + 41)
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
        fct = {1: "班级人数 | %s" % s["form_count"], 2: "学生数 | %s" % s["form_count"],
               3: "授课班级（人数） | %s（%s）" % (s["cls"], s["form_count"])}[grp(s)]
        notes = {}
        if s.get("_mates"):
            notes["8"] = "小组成员 lines name classmates (class members with records): %s" % "、".join(s["_mates"])
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
            "notes": notes, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
