#!/usr/bin/env python3
"""Write the sources of the hundred-and-fifty-eighth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the truth-format struct tags of
pipeline/heldout_test.go was read; classaudit was not run on it). Seven
submissions of three invented schools in 上海市嘉定区 (Shanghai), 铅山县
(Jiangxi, 上饶市) and 大荔县 (Shaanxi, 渭南市).

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
# the truth files read (only here, for names, tasks and courses to avoid); heldout157-160 are written
# at the same time by other hands and are not read
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 157)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 嘉定 (沪郊 families: 王 张 陈 朱 徐 沈 陆 顾 周 钱 姚 黄 瞿 施 浦 and
# families of newer Shanghai residents), 铅山 (赣东北: 刘 李 王 张 陈 杨 吴 黄 徐 周 祝 郑 汪 胡 傅 余 叶 方 饶 费 詹),
# 大荔 (关中东府: 王 张 李 刘 杨 赵 雷 马 孙 薛 冯 郭 屈 惠 段 严 田 武 贾 鱼)
SURNAMES = {
    "jd": list("王王王张张张陈陈陈朱朱徐徐沈沈陆陆顾顾周钱姚黄吴金杨唐瞿施浦俞曹凌"),
    "ys": list("刘刘刘李李李王王王张张陈陈杨吴黄徐周祝祝郑汪胡傅余叶方饶费詹程毛"),
    "dl": list("王王王张张张李李李刘刘杨杨赵雷雷马孙薛薛冯郭屈惠段严田武贾鱼"),
}
# given names: a list of everyday names of students born around 2008-2009
GIVEN2 = ("嘉禾 思齐 语晨 子谦 奕萱 昕冉 浩然 书涵 若琳 宇辰 晨曦 佳豪 芮涵 泽远 可欣 逸凡 一航 诗涵 铭哲 欣然 "
          "雨辰 梓轩 梓晴 俊杰 心悦 星辰 子怡 博远 锦涛 雅萱 昊天 思妍 景瑞 嘉琪 沐阳 靖宇 诗语 若宁 朝阳 怡宁 "
          "子腾 乐瑶 皓宇 婧怡 煜祺 雨萌 鸿宇 晓宇 思琳 文昊 嘉欣 梓豪 芷若 浩轩 可心 睿哲 一凡 晨希 宇恒 佳音 "
          "明远 语涵 启航 诗悦 思辰 安然 鹏程 馨予 泽宇 雅琪 子安 舒涵 俊宇 若溪 铭远 欣怡 天宇 嘉怡 浩博 梦涵 "
          "恩泽 雨涵 宇凡 晓晴 锦源 一宁 子骞 妍希 博宇 雪妍 振东 佳慧 思睿 诗琪 君浩 晨露 亦舒 家铭 伟杰 晓悦 "
          "志强 春燕 海涛 晓峰 永健 丽娜 建新 艳芳 俊峰 雅静 少华 琳琳 晓东 玉洁 瑞阳 佳欣 天琪 宏宇 心语 宇涵 "
          "梓萱 宇泽 文轩 语嫣 凯瑞 博涵 雨桐 思成 嘉伟 晓琳 子涵 奕铭 若曦 海宁 欣瑶 晨宇 家豪 子睿 钰涵 昊阳").split()
GIVEN2 = [g for g in GIVEN2 if len(g) == 2]
GIVEN1 = list("涛洋昕娜磊婷鹏颖")
MALE = set("嘉禾 子谦 浩然 宇辰 佳豪 泽远 逸凡 一航 铭哲 雨辰 梓轩 俊杰 星辰 博远 锦涛 昊天 景瑞 沐阳 靖宇 朝阳 子腾 皓宇 煜祺 "
           "鸿宇 晓宇 文昊 梓豪 浩轩 睿哲 一凡 宇恒 明远 启航 思辰 鹏程 泽宇 子安 俊宇 铭远 天宇 浩博 恩泽 宇凡 锦源 子骞 "
           "博宇 振东 思睿 君浩 家铭 伟杰 志强 海涛 晓峰 永健 建新 俊峰 少华 晓东 瑞阳 宏宇 宇涵 宇泽 文轩 凯瑞 博涵 思成 "
           "嘉伟 奕铭 海宁 晨宇 家豪 子睿 昊阳 涛 洋 磊 鹏 锐 昕".split())


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
            raise SystemExit("missing %s" % p)
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


def draw_class(rng, n, fixed, avoid, region, male_share):
    """Draw a class of n around the fixed names; each drawn student is a boy with probability male_share
    (the majors differ: 数控 nearly all boys, 照护 mostly girls)."""
    boys2 = [g for g in GIVEN2 if g in MALE]
    girls2 = [g for g in GIVEN2 if g not in MALE]
    boys1 = [g for g in GIVEN1 if g in MALE]
    girls1 = [g for g in GIVEN1 if g not in MALE]
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        boy = rng.random() < male_share
        p2, p1 = (boys2, boys1) if boy else (girls2, girls1)
        for _ in range(400):
            name = sur + (rng.choice(p1) if rng.random() < 0.08 else rng.choice(p2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


def A3(q, a, b, c):
    return (q, [a, b, c])


C = {
 "evswap": dict(major="新能源汽车检测与维修", code="0435", course="纯电动汽车上下电系统检修", task="换电出租车高压上电失败故障诊断与排除",
   hours=16, station="新能源汽车高压系统一体化学习工作站",
   situation="一辆运营了三年的换电出租车在换电站换上电池包后，仪表提示“高压系统故障，请停车检修”，车辆无法进入READY状态。出租车公司把车送到学校合作的维修站，站长请新能源班学员按高压安全作业规程下电、拔出维修开关（MSD）并等待放电，验电确认无电后读取故障码，检查电池包快换接口的高压互锁和低压插接件，排除故障后上电试车，填写诊断报告。",
   qs=[A3("问题1 为什么拔下维修开关后要等五分钟以上再作业？", "电机控制器里的电容还存着电，要等它放电到安全电压以下，验电确认后才能碰高压部件。", "电容要放电，验电后再作业。", "等电容放完电。"),
       A3("问题2 换电接口的高压互锁断开，车辆会有什么表现？", "整车控制器检测到互锁回路断开，禁止上高压电，仪表点亮高压故障灯，车辆进不了READY。", "进不了READY，故障灯亮。", "禁止上高压电。")],
   hw=[A3("1. 测高压母线对车身的绝缘电阻，用什么档位？合格标准是多少？", "选1000V档，绝缘电阻不低于500Ω/V，额定400V时至少0.2MΩ。", "1000V档，不小于500Ω/V。", "至少0.2兆欧。"),
       A3("2. 换电站每天换电几十次，快换接口最容易出什么问题？", "插针磨损、密封圈老化进水、定位销松动，互锁信号时断时续。", "插针磨损和进水。", "互锁信号时有时无。")],
   outputs=[("高压上电失败故障诊断报告", "互锁端子退针，修复后上电正常。"), ("快换接口检查记录", "更换密封圈一只，接口清洁。")]),
 "seatrail": dict(major="机电一体化技术", code="0127", course="自动化生产线PLC控制系统装调", task="汽车座椅滑轨压装工作站PLC控制系统安装与调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="嘉定一家汽车座椅配套厂新上了一台滑轨压装工作站，机械部分已经装好，电气部分还没接线。厂里设备科请机电班学员按电气图完成PLC、电磁阀、压力传感器和安全光栅的接线，编写手动和自动压装程序，逐点做I/O强制测试，完成空载和带料试运行，最后与产线工程师办理交付。",
   qs=[A3("问题1 为什么通气通电试车前要先做I/O强制测试？", "逐个点位确认接线和地址对得上，免得程序一运行气缸误动作，伤人或撞坏模具。", "确认每个点位接线正确。", "防止气缸误动作。"),
       A3("问题2 安全光栅被遮挡时压装气缸应怎样动作？", "立即停止下压并退回上位，光栅恢复后必须按复位键才能重新启动。", "立即停止并退回上位。", "复位后才能再启动。")],
   hw=[A3("1. 压力传感器输出4~20mA，怎样换算成压装力？", "模拟量先转成0~27648的数字量，再按量程线性换算成千牛，4mA对应零点。", "按量程线性换算。", "4mA对应零点。"),
       A3("2. 自动循环里为什么要加超时报警？", "气缸卡住或传感器坏了，程序不会一直等下去，超时报警提醒操作工检查。", "防止程序一直等待。", "提醒操作工检查。")],
   outputs=[("压装工作站PLC程序及注释", "共十二个程序段，注释齐全。"), ("试运行与交付记录", "带料试压五十件，全部合格。")]),
 "lianshi": dict(major="电子商务", code="0603", course="网店视觉设计与商品上新", task="连四纸手工文创礼盒网店详情页设计与上新推广",
   hours=16, station="电子商务视觉设计一体化学习工作站",
   situation="铅山县一家连四纸手工作坊推出了信笺、书签和团扇三款文创礼盒，准备在网店上新。作坊负责人请电商班学员了解连四纸的抄造工艺，分析同类店铺，拍摄和修图，设计手机端详情页，设置上新价格和优惠券，并在上新后一周跟踪访客、点击和转化数据。",
   qs=[A3("问题1 详情页第一屏应该放什么？", "放最打动顾客的卖点：纯手工抄造、百年不变色，配一张高清的产品主图。", "最打动人的卖点和主图。", "纯手工、不变色。"),
       A3("问题2 为什么上新前要先做竞品分析？", "看同类店铺的价格、卖点和差评，找到自己产品的差异和定价空间。", "找差异和定价空间。", "看别人的差评。")],
   hw=[A3("1. 手机端详情页图片宽度一般是多少？", "宽度750像素，单张高度不超过1500像素，方便加载。", "750像素宽。", "单张不要太高。"),
       A3("2. 上新后第一周要看哪些数据？", "访客数、点击率、收藏加购数和转化率，转化低就调整主图和价格。", "访客、点击率、转化率。", "还有收藏加购。")],
   outputs=[("手机端详情页长图", "共九屏，宽750像素。"), ("上新推广计划", "上新首周满99减10。")]),
 "yanxue": dict(major="饭店(酒店)服务", code="0504", course="研学旅行团队接待服务", task="鹅湖书院研学团队入住接待与房间分配",
   hours=16, station="前厅客房服务一体化学习工作站",
   situation="暑假里，一所城市中学的研学团要到铅山鹅湖书院参加三天两晚的研学活动，住在河口古镇的一家酒店。酒店前厅部经理请饭店班学员根据团队名单和男女人数排房，制作接站牌和行程单，在大堂设团队入住接待台，核对名单发放房卡和安全须知，并在入住当晚配合带队老师查房。",
   qs=[A3("问题1 给研学团排房时要注意什么？", "男女分楼层或分区，带队老师住在学生房间附近，同一小组尽量安排相邻房间。", "男女分开，老师住附近。", "同组相邻。"),
       A3("问题2 团队入住时为什么要先核对名单再发房卡？", "防止错发漏发房卡，也能掌握每个房间实际住了谁，出了事能马上找到人。", "防止错发漏发。", "知道谁住哪一间。")],
   hw=[A3("1. 团队入住当晚查房要查什么？", "人数是否到齐、门窗阳台是否关好、有无违规用电、学生是否知道安全出口。", "人数和门窗。", "有无违规用电。"),
       A3("2. 学生半夜身体不适，前台应怎样处理？", "马上通知带队老师，询问症状，必要时联系附近医院或拨打120，并做好记录。", "通知带队老师。", "必要时打120。")],
   outputs=[("研学团接待行程单", "三天两晚，共五十二人。"), ("接站牌与入住须知", "接站时间上午十点。")]),
 "fallrisk": dict(major="健康与社会照护", code="0529", course="居家老年人安全照护", task="农村独居老人居家跌倒风险评估与适老化改造指导",
   hours=16, station="居家照护一体化学习工作站",
   situation="大荔县一个镇的敬老服务站发现，辖区里的独居老人冬天在家跌倒的事时有发生。服务站站长请照护班学员随村医入户，为独居老人做跌倒风险评估，画出住房示意图，标出门槛、旱厕、院子台阶这些危险点，提出适老化改造建议，并教老人和子女使用防滑垫、扶手和感应夜灯。",
   qs=[A3("问题1 入户评估前要准备哪些东西？", "评估量表、卷尺、手电筒、血压计，提前打电话和老人或子女约好时间。", "量表、卷尺、血压计。", "提前约好时间。"),
       A3("问题2 农村住房里哪些地方最容易跌倒？", "院子台阶、门槛、旱厕和厨房地面，冬天结冰和晚上看不清时更危险。", "台阶、门槛、旱厕。", "冬天结冰的院子。")],
   hw=[A3("1. 老人夜里起夜容易跌倒，可以怎样改造？", "床边装感应夜灯，床到厕所的路上清掉杂物，床边放一把坐便椅。", "装感应夜灯。", "清杂物，放坐便椅。"),
       A3("2. 老人跌倒后自己能起来时，应怎样教他起身？", "先别急着起，确认没有明显疼痛，翻身成跪姿，扶着结实的椅子慢慢站起来。", "先确认不疼再慢慢起。", "扶着椅子站起来。")],
   outputs=[("居家跌倒风险评估报告", "评估为中度风险。"), ("适老化改造建议书", "建议加装扶手两处、感应夜灯一盏。")]),
 "zhouzi": dict(major="烹饪(中式烹调)", code="0501", course="陕西地方风味菜肴制作", task="同州带把肘子蒸制与宴席批量出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="大荔县城一家承办农村流水席的餐饮公司接了一场六十桌的婚宴，带把肘子是席上的头道大菜。公司厨师长请烹饪班学员按标准菜谱完成肘子的燎毛刮洗、煮制定型、改刀装碗、上蒸柜蒸制和扣碗出品，控制中心温度和出菜节奏，并做好留样和成本核算。",
   qs=[A3("问题1 肘子蒸制前为什么要先煮到六成熟？", "先煮定型，去掉血沫和腥味，改刀装碗时不易散，蒸的时间也能缩短。", "定型、去腥。", "好改刀，蒸得快。"),
       A3("问题2 六十桌同时出品，蒸柜怎样安排？", "按上菜时间倒推分三批入柜，每批记入柜时间和温度，出柜后保温等候。", "按上菜时间倒推分批。", "记录时间和温度。")],
   hw=[A3("1. 带把肘子为什么要“带把”？", "保留猪前腿的腿骨做把手，上桌好看，吃时也方便分切，是同州的老做法。", "带骨做把手，好看好分。", "同州老做法。"),
       A3("2. 扣碗出品时怎样保证造型完整？", "蒸好后扣入深盘，先滗出原汤，再慢慢揭碗，最后浇汁。", "先滗汤再揭碗。", "慢慢揭碗再浇汁。")],
   outputs=[("蒸制关键控制点记录", "中心温度八十二摄氏度。"), ("带把肘子标准菜谱卡", "每份成本三十八元。")]),
 "peanut": dict(major="数控加工(数控车工)", code="0106", course="偏心类零件数控车削加工", task="花生脱壳机偏心轴数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="大荔县一家农机修造厂生产的花生脱壳机，偏心轴在秋收时磨损多，厂里急需二十根备件。厂家请学校数控车间按图纸加工。车间主任请数控班学员分析偏心轴图纸，用四爪卡盘找正偏心，编写加工程序，完成对刀和刀补设置，加工首件并检验偏心距和外圆尺寸。",
   qs=[A3("问题1 车偏心轴时怎样保证偏心距？", "用四爪卡盘按划线找正，再用百分表在外圆上测跳动，跳动值的一半就是偏心距。", "四爪卡盘找正，百分表测量。", "跳动的一半是偏心距。"),
       A3("问题2 为什么每把刀都要对刀？", "每把刀的刀尖位置不同，对刀后把偏置输进刀补表，程序才能按同一个工件坐标加工。", "刀尖位置不同。", "偏置输进刀补表。")],
   hw=[A3("1. 车φ40外圆，切削速度取120 m/min，求主轴转速。", "n=1000v÷(πD)=1000×120÷(3.14×40)≈955 r/min，取950 r/min", "n=1000×120÷(3.14×40)≈955 r/min", "n≈955 r/min，取950"),
       A3("2. 偏心距3 mm，用百分表测外圆跳动应是多少？", "跳动量=2e=2×3=6.00 mm", "2×3=6 mm", "跳动6 mm")],
   outputs=[("偏心轴首件物料卡", "首件合格，偏心距3.01 mm。"), ("偏心轴加工程序单", "O2406，共三十八段。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="上海市嘉定区疁城技工学校", pack="dir", region="jd", course="evswap", male_share=0.9, cls="24新能1班", size=38, seed=11,
         sidp="24043501", students=["瞿嘉禾", "沈昕冉", "浦泽远"], outsiders={"浦泽远": "24新能2班"}, out_sidp="24043502",
         extra_class=["施逸凡"], bad={"施逸凡": "over"}, others_named=["葛福根"],
         teachers=["钱敏杰", "姚丽君"], form_count="38",
         f8="msd_card", f10="confirm_sign", f11="diag_typed", f12="name_line_photo",
         findings=[("students.not_in_class", 8, True, "浦泽远"), ("records.invalid_score", 10, False, "施逸凡")],
         comment="浦泽远 of the parallel class 24新能2班 (his class and 学号 2404350219 on his 高压断电作业卡, on his typed "
                 "diagnosis reports and on his photographed homework) is the third student of 8/11/12; item 10 (38 rows = form "
                 "`班级总人数 | 38`) has no record of him: students.not_in_class. Item 10 (scanned 200 dpi gray, cotton swabs on the "
                 "glass) has a 确认签名 column, each student's signature by hand; 施逸凡 has 24 under `高压下电（20）` (总分 the "
                 "sum): records.invalid_score. Item 8 (scanned 250 gray, QR code, swabs): the student only at the foot as 作业人, "
                 "the taxi driver 葛福根 as 报修人 (not a student). No roster"),
    dict(school="上海市嘉定区疁城技工学校", pack="dir", region="jd", course="seatrail", male_share=0.85, cls="24机电2班", size=36, seed=12,
         sidp="24012702", students=["迪丽娜尔·艾克拜尔", "陆晨曦", "顾子腾"], others_named=["凌志刚"],
         teachers=["唐建明", "周慧芳", "金培元"], form_count="36",
         f8="force_test", f10="half_round", f11="handover_typed", f12="hand_page",
         findings=[],
         comment="clean. A Uyghur student with a middle dot, 迪丽娜尔·艾克拜尔, is one of the three (items 8, 11, 12 and her "
                 "item-10 row). Item 10 (TYPED) has HALF POINTS in the parts (17.5, 26.5) and an integer 总分 rounded half up "
                 "from their sum, as the note under the table says (`总分按各项得分之和四舍五入取整`); 36 rows = form "
                 "`班级总人数 | 36`. Item 8 (colour scan 200): an I/O强制测试记录, the student as 测试人 in a head box, the "
                 "seat factory's line engineer 凌志刚 as 产线工程师确认 (not a student); item 11 (typed) names him as 接收人. "
                 "Three teachers. No roster"),
    dict(school="铅山县鹅湖技工学校", pack="gbkzip", region="ys", course="lianshi", male_share=0.4, cls="2024级电子商务1班", size=41, seed=21,
         sidp="2024060301", students=["祝思齐", "费语晨", "詹子谦"], items={11: ["祝思齐", "詹子谦"]}, others_named=["饶守业"],
         teachers=["傅春华", "汪绍康"], form_count="42",
         f8="rival_table", f10="link_column", f11="long_image", f12="plain_photo",
         findings=[("students.count", 11, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: a phone-page 详情页长图 and an 上新推广计划 a student, `设计：<name>`) holds the works of only "
                 "TWO students, 祝思齐 and 詹子谦 (费语晨's missing; 8 and 12 hold the three): students.count on 11; "
                 "students.mismatch optional. Item 10 (TYPED, a 商品链接ID column of 12-digit numbers before the parts) lists "
                 "41; the form says `受教学生数 | 42`: records.count_mismatch (no roster). The paper workshop's head 饶守业 is "
                 "named as 供货方 on the 推广计划 (not a student). Item 8 (scanned 200 gray): a 竞品分析表 with the student in "
                 "a box top right (分析人 | 学号 | 班级)"),
    dict(school="铅山县鹅湖技工学校", pack="gbkzip", region="ys", course="yanxue", male_share=0.3, cls="24饭店1班", size=40, seed=22,
         sidp="2024050401", students=["叶语棠", "方若琳", "胡铭哲"], extra_class=["余沁瑶"], absent_from_10=["余沁瑶"],
         others_named=["詹秀英", "柯文静", "郑国平"], teachers=["毛丽萍", "程新华"], form_count="40",
         roster="room_stations", headteacher="郑淑仪",
         f8="rooming_list", f10="plain_typed", f11="itinerary_typed", f12="color_scan_hand",
         findings=[("records.missing_student", 10, False, "余沁瑶"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学生名单 with each student's 客房实训工位, 40, the practice-room keeper 郑国平 and the head "
                 "teacher at the foot) and the form (`总人数 | 40`) hold 余沁瑶; item 10 (TYPED) has 39 rows and none for her: "
                 "records.missing_student and records.count_mismatch. Item 8 (scanned 200 gray) is a 研学团房间分配表 naming the "
                 "group's leader 詹秀英 and school nurse 柯文静 (guests, not students), the student as 排房人 at the foot; item 11 "
                 "(typed) a 接站牌 and 行程单 naming the leader again"),
    dict(school="大荔县同州技工学校", pack="zip", region="dl", course="fallrisk", male_share=0.12, cls="照护2401", size=38, seed=31,
         sidp="24052901", students=["屈雨萌", "惠子怡", "段诗语"], items={12: ["屈雨萌", "惠子怡", "薛佳卉"]},
         extra_class=["薛佳卉", "鱼文昊"], bad={"鱼文昊": "sum"}, others_named=["严桂芝", "雷巧莲", "贾凤兰", "田忠孝", "雷建社"],
         teachers=["杨淑娟", "冯军利"], form_count="38",
         f8="floor_plan", f10="visit_dates", f11="advice_typed", f12="earplug_photo",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "鱼文昊")],
         comment="item 12 (phone photos, a pair of foam earplugs on the sheet) holds the homework of 屈雨萌, 惠子怡 and "
                 "classmate 薛佳卉 (with an item-10 record) instead of 段诗语's (items 8 and 11 hold the three): "
                 "students.mismatch. Item 10 (1-bit 300 dpi): 过程评价 on three dated home visits (10 each) and 结果评价; "
                 "鱼文昊's 总分 is 7 above the sum of his parts: records.invalid_score. Item 8 (scanned 200 gray): a hand-drawn "
                 "住房示意图 of an elder's home, the elder (严桂芝, 雷巧莲, 贾凤兰 — one a worksheet) and the village doctor 田忠孝 "
                 "named; item 11 names the elders and 严桂芝's son 雷建社 (not students). Form `学生人数合计 | 38（男8，女30）`. "
                 "No roster"),
    dict(school="大荔县同州技工学校", pack="zip", region="dl", course="zhouzi", male_share=0.75, cls="烹饪24(1)班", size=36, seed=32,
         sidp="24050101", students=["薛一航", "马佳音", "段皓轩"], others_named=["王存社", "屈建业", "孙翠娥"],
         teachers=["次旦玉珍", "赵永刚"], form_count="36", roster="kitchen_duty", headteacher="郭蕊芳",
         f8="steam_log", f10="cost_column", f11="haccp_typed", f12="hand_page_250",
         findings=[],
         comment="clean. A Tibetan teacher, 次旦玉珍, leads the team. The roster is a 学生名单（食堂帮厨排班）: the class in "
                 "six weekly duty groups, the canteen manager 孙翠娥 and the head teacher at the foot, 36 = form "
                 "`学生人数合计 | 36（男29，女7）` = item 10. Item 10 (TYPED) has a 主料成本（元） column (38.60 …, not scored, "
                 "explained) and two red hand CORRECTIONS (a struck printed mark, the new mark beside it, 总分 adds the new "
                 "one, `更正处教师签名`). Item 8 (colour scan 200): a 蒸柜蒸制记录, the student as 当班 in the head row, the "
                 "company's head chef 王存社 named; item 11 (typed) an HACCP 关键控制点记录 naming the customer 屈建业 (订餐人)"),
    dict(school="大荔县同州技工学校", pack="zip", region="dl", course="peanut", male_share=0.95, cls="数控24-2班", size=40, seed=33,
         sidp="24010602", students=["雷鹏程", "武思辰", "贾宇恒"], items={8: ["雷鹏程", "武思辰", "贾宇恒", "刘海宁"]},
         extra_class=["刘海宁", "赵锦源"], bad={"赵锦源": "over"}, others_named=["白振林"],
         teachers=["孙秉谦", "党卫平", "张红星"], form_count="40",
         f8="offset_table", f10="scan_color", f11="material_card", f12="calc_page",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "赵锦源")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (printed worksheets PHOTOGRAPHED with a phone, foam earplugs on the sheet) holds the 对刀与刀补记录 "
                 "of FOUR students: the three and classmate 刘海宁 (with an item-10 record): students.count on 8; "
                 "students.mismatch optional. Item 10 (colour scan 200, cotton swabs) has 赵锦源 26 under `偏心找正（20）` "
                 "(总分 the sum): records.invalid_score. 40 rows = form `学生人数合计 | 40（均为男生）`. Item 11 (typed) "
                 "物料卡 with 加工者 and the mill's 白振林 as 厂方验收. Item 12 (scanned 200 gray): a 计算题 page"),
]

PROVINCE = {1: "上海市嘉定区", 2: "江西省上饶市铅山县", 3: "陕西省渭南市大荔县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 嘉定: "NO.08 工作页.pdf" (no leading number: recognised by the item name)
        return "NO.%02d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 铅山: "8.工作页.pdf"
        return "%d.%s.pdf" % (n, NAMES[n])
    return "%d-%s.pdf" % (n, NAMES[n])   # 大荔: "8-工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂项目申报书（%s）.docx" % c["major"], "docx"),
            2: ("申报书（%s）.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("附件2-申报书-%s.docx" % c["course"], "docx")}[grp(s)]


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
BLUE, BLACK = "#22306a", "#141414"
RED = 'style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:13pt"'


def hand(x, small=False, ink=BLUE, size=None):
    return '<span style="font-family:\'AR PL UKai CN\';color:%s;font-size:%s">%s</span>' % (
        ink, size or ("13pt" if small else "15pt"), x)


def red(x, size="12pt"):
    return '<span style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:%s">%s</span>' % (size, x)


def td(x, extra="", pad="2px 4px", border="0.75pt solid #000"):
    return '<td style="border:%s;padding:%s"%s>%s</td>' % (border, pad, extra, x)


def tbl(rows, width="100%", pad="2px 4px", bold=(), align="center", attrs=""):
    out = []
    for i, r in enumerate(rows):
        cells = []
        for x in r:
            extra = ""
            if isinstance(x, tuple):
                x, extra = x
            cells.append(td(("<b>%s</b>" % x) if i in bold else x, ' align="%s"%s' % (align, extra), pad))
        out.append("<tr>%s</tr>" % "".join(cells))
    return '<table style="border-collapse:collapse" width="%s"%s>%s</table>' % (width, attrs, "".join(out))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "授课年级 | 2024级 | 授课班级 | %s | 班级总人数 | %s" % (s["cls"], s["form_count"])
    if g == 2:
        return "%s | %s" % ("受教学生数" if s["course"] == "lianshi" else "总人数", s["form_count"])
    return "学生人数合计 | %s" % FORM_DL[s["course"]]


FORM_DL = {}   # 大荔: filled in main() from the drawn class, men and women counted as the rosters count them


def form_dl(s):
    m = sum(1 for n in s["klass"] if sex_of(n) == "男")
    return "%s（男%d，女%d）" % (s["form_count"], m, len(s["klass"]) - m)


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务", "一体化教师培训证书"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导", "是" if i < 2 else "否"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 嘉定: the official six-cell row 授课年级 | 授课班级 | 班级总人数
        info = tbl([["专业名称", (c["major"], ' colspan="5" align="left"')], ["专业编码", (c["code"], ' colspan="5" align="left"')],
                    ["授课课程名称", (c["course"], ' colspan="3" align="left"'), "总学时", "64"],
                    ["授课学习任务名称", (c["task"], ' colspan="3" align="left"'), "学时", str(c["hours"])],
                    ["授课年级", "2024级", "授课班级", s["cls"], "班级总人数", s["form_count"]],
                    ["学习工作站", (c["station"], ' colspan="3" align="left"'), "工位数", "20"]], width="96%", pad=P)
    elif g == 2:   # 铅山: two columns; the class size under its own label
        lab = "受教学生数" if s["course"] == "lianshi" else "总人数"
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("授课学习任务名称", c["task"]),
                ("授课班级", s["cls"]), (lab, s["form_count"]), ("学时", "%d" % c["hours"]), ("授课地点", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 大荔: 学生人数合计 with the men and women in brackets
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数合计", FORM_DL[s["course"]]), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作企业的真实需求，成果经企业验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="84%"), situation=c["situation"], prov=PROVINCE[g])
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
        return s["out_sidp"] + "19"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    ovl = []
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s　　%s</p>' % (
            RED, ["认真规范", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2], day(s, i))
        if f == "msd_card":   # 高压断电作业卡: steps with MSD and discharge waiting; the student only at the foot as 作业人
            head = tbl([["工单号", "HD-2410-%03d" % (37 + i), "车牌", "沪A·D%d***" % (5 + i), "报修人", "%s（出租车驾驶员）" % s["others_named"][0]]],
                       width="100%", pad="4px 4px")
            mins = [(9, 2), (13, 40), (10, 15)][i % 3]
            steps = [["步骤", "作业内容", "标准", "实测／确认", "签认"],
                     ["1", "关闭点火开关，钥匙放入上锁盒", "—", hand("已上锁", True), hand("√", True)],
                     ["2", "断开12V蓄电池负极", "—", hand("已断开", True), hand("√", True)],
                     ["3", "拔出维修开关（MSD），放入工具车上锁", "—", hand("已拔出", True), hand("√", True)],
                     ["4", "放电等待", "≥5 min", hand("%d:%02d 拔出　%d:%02d 作业" % (mins[0], mins[1], mins[0], mins[1] + 7), True), hand("√", True)],
                     ["5", "验电：母线正极对负极", "&lt;36 V", hand("%.1f V" % (0.2 + 0.1 * i), True), hand("√", True)],
                     ["6", "验电：母线正极对车身", "&lt;36 V", hand("0.%d V" % (1 + i), True), hand("√", True)]]
            body = ('<h3 style="text-align:center">%s<br/>高压断电作业卡（学习工作页）</h3>' % c["task"] + head +
                    "<p></p>" + tbl(steps, pad="3px 4px", bold=(0,)) + answers(c, rng, i) +
                    '<p>故障码：%s　　处理：%s</p>' % (hand("P1A60 高压互锁回路故障", True), hand(["清洁快换接口，修复退针端子", "更换互锁端子，复测正常", "修复端子，重新上电"][i % 3], True)) +
                    comment +
                    '<p style="margin-top:10pt">作业人：%s　　学号：%s　　班级：%s　　安全监护：%s</p>' % (hand(n), hand(sid, True), hand(cl, True), t[(i + 1) % 2]))
            ovl.append({"type": "qr", "page": i + 1, "x": 0.88, "y": 0.055, "cm": 1.7, "seed": 158 + i})
        elif f == "force_test":   # I/O强制测试记录: the student as 测试人 in a head box; the line engineer confirms
            head = tbl([["工位", hand("%d号" % (3 + i), True), "测试人", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]],
                       width="100%", pad="4px 4px")
            rows = [["地址", "元件", "强制值", "现象", "结果"],
                    ["I0.0", "启动按钮SB1", "—", hand("输入灯亮", True), hand("√", True)],
                    ["I0.3", "安全光栅", "—", hand("遮挡时灯灭", True), hand("√", True)],
                    ["Q0.0", "下压电磁阀YV1", "1", hand("气缸下压", True), hand("√", True)],
                    ["Q0.1", "回程电磁阀YV2", "1", hand("气缸回上位", True), hand("√", True)],
                    ["IW64", "压力传感器", "—", hand("空载 %d" % (5520 + 13 * i), True), hand("√", True)]]
            body = ('<h3 style="text-align:center">%s<br/>I/O强制测试记录（学习工作页）</h3>' % c["task"] + head + "<p></p>" +
                    tbl(rows, pad="3px 4px", bold=(0,)) + answers(c, rng, i) +
                    "<p>产线工程师确认：%s　　　%s</p>" % (hand(s["others_named"][0], True, BLACK), day(s, i)) + comment)
        elif f == "rival_table":   # 竞品分析表: the student in a box top right
            box = tbl([["分析人", hand(n, True)], ["学号", hand(sid, True)], ["班级", hand(cl, True)]], width="42%", pad="3px 5px",
                      attrs=' align="right"')
            rows = [["竞品", "售价（元）", "月销", "主图卖点", "差评关键词"],
                    ["店铺A（手工纸旗舰店）", hand("168", True), hand("2000+", True), hand("非遗手作", True), hand("包装压坏", True)],
                    ["店铺B（文房用品店）", hand("89", True), hand("800+", True), hand("性价比", True), hand("纸张偏薄", True)],
                    ["店铺C（文创礼品店）", hand("238", True), hand("300+", True), hand("送礼有面子", True), hand("发货慢", True)]]
            body = (box + '<h3 style="text-align:left">%s<br/>竞品分析表（学习工作页）</h3>' % c["task"] + '<p style="clear:both"></p>' +
                    tbl(rows, pad="3px 4px", bold=(0,)) +
                    "<p><b>我们的差异：</b>%s</p>" % hand(["连四纸原产地直发，每盒附抄纸过程照片。", "定价一百二十八元，中间价位，突出手工。", "包装加硬纸托，解决压坏问题。"][i % 3], True) +
                    answers(c, rng, i) + comment)
        elif f == "rooming_list":   # 研学团房间分配表: guests named; the student as 排房人 at the foot
            g1, g2 = s["others_named"][0], s["others_named"][1]
            rows = [["房号", "房型", "入住宾客", "人数", "房卡"],
                    ["3201", "大床房", "领队　%s" % hand(g1, True, BLACK), "1", hand("2", True)],
                    ["3202", "标准间", "随队校医　%s" % hand(g2, True, BLACK), "1", hand("2", True)],
                    ["3203—3208", "三人间", hand("男生第1—3组（名单第1—18号）", True), "18", hand("12", True)],
                    ["4201—4210", "三人间", hand("女生第4—7组（名单第19—48号）", True), "30", hand("20", True)],
                    ["4211", "标准间", hand("带队教师2人", True), "2", hand("2", True)]]
            body = ('<h3 style="text-align:center">%s<br/>研学团房间分配表（学习工作页）</h3>' % c["task"] +
                    "<p>团队：城市中学暑期研学团　　入住：%s　　总人数：52人</p>" % day(s, i) +
                    tbl(rows, pad="3px 4px", bold=(0,)) + answers(c, rng, i) + comment +
                    '<p style="text-align:right;margin-top:8pt">排房人：%s　学号：%s　班级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True)))
        elif f == "floor_plan":   # 住房示意图 drawn as a grid of rooms, hazards marked by hand
            elder = s["others_named"][i % 3]
            hz = [["①", "院子台阶无扶手"], ["②", "卧室门槛高12 cm"], ["③", "旱厕地面湿滑，无照明"], ["④", "厨房地面有油污"]]
            cell = 'style="border:1.5pt solid #000;padding:10px 4px;text-align:center;height:52px"'
            plan = ('<table style="border-collapse:collapse" width="84%%" align="center"><tr><td %s>西卧室<br/>%s</td><td %s>堂　屋<br/>%s</td>'
                    '<td %s>东卧室（老人住）<br/>%s</td></tr><tr><td %s>厨　房<br/>%s</td><td %s>院　子<br/>%s</td><td %s>旱　厕<br/>%s</td></tr>'
                    '<tr><td style="padding:4px" colspan="3" align="center">▲ 大门（朝南）</td></tr></table>') % (
                cell, "", cell, hand("①", True, "#b8231a"), cell, hand("②", True, "#b8231a"),
                cell, hand("④", True, "#b8231a"), cell, hand("①", True, "#b8231a"), cell, hand("③", True, "#b8231a"))
            head = tbl([["照护对象", elder, "年龄", "%d岁" % (79 + 2 * i), "住址", "%s村%s组" % (["东高垣", "石槽", "伯士"][i % 3], "一二三"[i % 3])],
                        ["评估员", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]], width="100%", pad="3px 4px")
            body = ('<h3 style="text-align:center">%s<br/>住房示意图与危险点（学习工作页）</h3>' % c["task"] + head + "<p></p>" + plan +
                    "<p>危险点：%s</p>" % hand("　".join("%s%s" % tuple(x) for x in hz[: 3 + (i % 2)]), True) +
                    "<p>陪同村医：%s</p>" % s["others_named"][3] + answers(c, rng, i) + comment)
        elif f == "steam_log":   # 蒸柜蒸制记录: the student as 当班 in the head row, the head chef named
            head = tbl([["日期", hand(day(s, i)[5:], True), "宴席", "婚宴60桌", "当班", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]],
                       width="100%", pad="3px 3px")
            rows = [["批次", "入柜时间", "出柜时间", "蒸柜温度（℃）", "数量（碗）", "中心温度（℃）", "检查"]]
            for b in range(3):
                rows.append([str(b + 1), hand("%d:%02d" % (8 + b, 10 + 5 * i), True), hand("%d:%02d" % (10 + b, 10 + 5 * i), True),
                             hand(str(100 + (b + i) % 2), True), hand("20", True), hand(str(80 + b + i), True), hand("√", True)])
            body = ('<h3 style="text-align:center">%s<br/>蒸柜蒸制记录（学习工作页）</h3>' % c["task"] + head + "<p></p>" +
                    tbl(rows, pad="3px 4px", bold=(0,)) + "<p>厨师长：%s（企业指导）</p>" % s["others_named"][0] + answers(c, rng, i) + comment)
        elif f == "offset_table":   # 对刀与刀补记录 with the G54 line; printed and photographed
            head = tbl([["机床", "CK6140-%02d" % (5 + i), "操作者", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]],
                       width="100%", pad="4px 4px")
            rows = [["刀号", "刀具", "试切直径", "X偏置", "Z偏置", "磨损X", "磨损Z"],
                    ["T0101", "外圆粗车刀", hand("%.2f" % (41.86 - 0.03 * i), True), hand("-%.3f" % (212.415 + 0.1 * i), True), hand("-%.3f" % (388.02 + 0.2 * i), True), hand("0", True), hand("0", True)],
                    ["T0202", "外圆精车刀", hand("%.2f" % (40.52 + 0.02 * i), True), hand("-%.3f" % (209.88 + 0.1 * i), True), hand("-%.3f" % (385.6 + 0.2 * i), True), hand("0.02", True), hand("0", True)],
                    ["T0303", "切槽刀（4 mm）", hand("%.2f" % (38.9 + 0.01 * i), True), hand("-%.3f" % (211.07 + 0.1 * i), True), hand("-%.3f" % (390.14 + 0.2 * i), True), hand("0", True), hand("0.05", True)]]
            body = ('<h3 style="text-align:center">%s<br/>对刀与刀补记录（学习工作页）</h3>' % c["task"] + head +
                    "<p>工件坐标系：G54　X0 Z0（右端面中心）　　卡盘：四爪单动卡盘</p>" +
                    tbl(rows, pad="3px 4px", bold=(0,)) + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": ovl}, ensure_ascii=False, indent=1))
    meth = {"msd_card": "x-scanpdf:250:swabs", "force_test": "x-scanpdf:200:color", "rival_table": "x-scanpdf:200",
            "rooming_list": "x-scanpdf:200", "floor_plan": "x-scanpdf:200", "steam_log": "x-scanpdf:200:color",
            "offset_table": "x-scanpdf:200:photo:earplugs"}[f]
    font = {"force_test": "Noto Sans CJK SC", "offset_table": "Noto Sans CJK SC", "rival_table": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "confirm_sign":   # each row signed by the student (成绩确认)
        parts = [("安全防护", 10), ("高压下电", 20), ("故障诊断", 40), ("维修复检", 20), ("6S管理", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>（%d）" % p for p in parts] + ["总分", "确认签名"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 24
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), hand(n, size="11pt")], "0px 3px"))
        body = (head10(s, c, "学习任务考核成绩登记表（学生确认）") + table(out) +
                "<p>说明：成绩公布后由学生本人核对，无误后在“确认签名”栏签名。共%d人。</p>" % len(rec) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:0.9cm 1.2cm"), "x-scanpdf:200:swabs"
    if f == "half_round":   # half points; 总分 the sum rounded half up
        parts = [("电气接线", 30), ("程序编写", 30), ("调试运行", 30), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s（%d）" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = [round(m * rng.uniform(0.62, 0.96) * 2) / 2 for _, m in parts]
            tot = int(sum(v) + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [("%.1f" % x).replace(".0", "") for x in v] + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：各项目按0.5分计分；总分按各项得分之和四舍五入取整（如85.5记86）。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "link_column":   # each student's product-link ID before the parts
        parts = [("竞品分析", 15), ("详情页设计", 40), ("上新设置", 20), ("数据复盘", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "商品链接ID"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "73590%07d" % rng.randint(1000000, 9999999)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：商品链接ID为学生在实训店铺上新的商品编号，供复核作品使用。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_typed":
        parts = [("仪容仪表", 10), ("接站服务", 20), ("排房", 25), ("入住接待", 30), ("查房", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "visit_dates":   # 过程评价 on three dated home visits, 结果评价, 总分
        dates = ["10月12日", "10月26日", "11月9日"]
        parts = [("入户%d" % (j + 1), 10) for j in range(3)] + [("评估报告", 40), ("改造建议", 30)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程评价（入户日期，各10分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>结果评价</b>", ' align="center" colspan="2"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s</b>" % x for x in dates + ["评估报告(40)", "改造建议(30)"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "cost_column":   # 主料成本 (not scored) and two red corrections
        parts = [("刀工", 20), ("火候", 30), ("造型", 20), ("口味", 20), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "主料成本<br/>（元）"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        fixes = {5: (2, 4), 22: (1, -3)}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            if k in fixes:
                j, dlt = fixes[k]
                old = v[j]
                v[j] = old + dlt
                cells[j] = "<s>%d</s> %s" % (old, red(str(v[j]), "11pt"))
                s.setdefault("corr", {})[n] = "%s: printed %d struck, %d written beside it in red; 总分 adds %d" % (parts[j][0], old, v[j], v[j])
            out.append(trow([str(k + 1), sid_of(s, n), n, "%.2f" % (36 + rng.randint(0, 60) / 10)] + cells + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：主料成本为每位学生实际领用肘子的成本，供成本核算练习，不计分。更正处教师签名：%s</p>" % red(t[1], "12pt") + sign)
        return "10.html", html(body, "8.5pt", compact=True), "pdf"
    if f == "scan_color":
        parts = [("工艺分析", 15), ("对刀与刀补", 15), ("偏心找正", 20), ("零件加工", 40), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>（%d）" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 26
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color:swabs"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "diag_typed":   # 诊断人 and the driver as 报修人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车辆", "换电出租车（纯电动）", "工单号", "HD-2410-%03d" % (37 + i)],
                                  ["报修人", s["others_named"][0], "诊断人", "%s（%s，学号%s）" % (n, cl, sid)],
                                  ["故障码", "P1A60 高压互锁回路故障", "日期", day(s, 30 + i)],
                                  ["结论", (desc, ' colspan="3" align="left"')]], width="92%") +
                             "<p>审核：%s</p>" % t[j % 2])
            elif f == "handover_typed":   # 调试人 and the line engineer as 接收人
                parts.append('<h3>%s</h3>' % title + tbl([["调试人", "%s（%s）" % (n, cl), "学号", sid],
                                                          ["接收人", "%s（产线工程师）" % s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["内容", (desc, ' colspan="3" align="left"')]], width="90%") +
                             "<p>指导教师：%s</p>" % t[j % 3])
            elif f == "long_image":   # a phone detail page as one long narrow image of screens
                if j == 0:
                    scr = ["第1屏　主图：一张纸，八百年——连四纸手工礼盒", "第2屏　卖点：纯手工抄造，百年不变色", "第3屏　工艺：砍竹、浸泡、蒸煮、抄纸、晒纸",
                           "第4屏　产品：信笺礼盒／书签礼盒／团扇礼盒", "第5屏　参数：规格、克重、包装尺寸", "第6屏　场景：书房、送礼、节日",
                           "第7屏　对比：连四纸与普通宣纸", "第8屏　包装：硬纸托防压", "第9屏　售后：七天无理由，破损包退"]
                    blocks = "".join('<tr><td style="border:0.75pt solid #777;background:%s;padding:7px 6px;height:36px">%s</td></tr>'
                                     % (["#efe8d8", "#f6f1e6"][k % 2], x) for k, x in enumerate(scr))
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 '<table style="border-collapse:collapse" width="46%%" align="center">%s</table>' % blocks +
                                 '<p style="text-align:center">设计：%s　学号：%s　班级：%s</p>' % (n, sid, cl))
                else:
                    parts.append('<h3>%s</h3><p>制订：%s（%s）　　供货方：连四纸手工作坊（负责人：%s）</p>' % (title, n, cl, s["others_named"][0]) +
                                 tbl([["时间", "动作", "预算"], ["上新第1天", "优惠券满99减10", "300元"], ["第2—4天", "直通车推广关键词", "600元"],
                                      ["第5—7天", "买家秀征集", "200元"]], width="86%") + "<p>%s　审核：%s</p>" % (desc, t[j % 2]))
            elif f == "itinerary_typed":   # 接站牌 and 行程单 naming the group leader
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["日期", "时间", "安排", "地点"], ["第一天", "10:00", "高铁站接站", "上饶站出站口"],
                                      ["第一天", "14:00", "入住、发房卡、安全须知", "酒店大堂"], ["第二天", "08:30", "鹅湖书院研学", "鹅湖书院"],
                                      ["第三天", "09:00", "河口古镇明清街考察", "河口古镇"]], width="90%") +
                                 "<p>领队：%s　　制单：%s（%s）　　学号：%s</p>" % (s["others_named"][0], n, cl, sid))
                else:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 '<table style="border-collapse:collapse" width="80%%" align="center"><tr><td style="border:2pt solid #a01818;padding:14px;text-align:center;font-size:20pt">'
                                 '<b>热烈欢迎　城市中学研学团</b><br/><span style="font-size:12pt">领队：%s老师　　接站时间：上午10:00</span></td></tr></table>' % s["others_named"][0] +
                                 "<p>入住须知：房卡请妥善保管，夜间不得私自离开房间。</p><p>制作：%s（%s）　审核：%s</p>" % (n, cl, t[j % 2]))
            elif f == "advice_typed":   # 评估员, the elder and her son
                elder = s["others_named"][i % 3]
                fam = "（儿子%s）" % s["others_named"][4] if i == 0 else ""
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", elder + fam, "评估日期", day(s, 30 + i)],
                                  ["评估员", "%s（%s）" % (n, cl), "学号", sid],
                                  ["结论", (desc, ' colspan="3" align="left"')],
                                  ["村医意见", ("同意，%s" % s["others_named"][3], ' colspan="3" align="left"')]], width="92%") +
                             "<p>指导教师：%s</p>" % t[j % 2])
            elif f == "haccp_typed":   # an HACCP record: 记录人, 复核, the customer
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             (tbl([["关键控制点", "关键限值", "监控方法", "实测", "纠偏措施"],
                                   ["CCP1 蒸制", "中心温度≥75℃", "探针测温", "%d℃" % (80 + i + j), "延长蒸制10分钟"],
                                   ["CCP2 保温", "≥60℃，≤2小时", "每30分钟测一次", "%d℃" % (66 + i), "复蒸"]], width="94%") if j == 0 else
                              tbl([["菜名", "同州带把肘子", "份量", "每碗1只（约1.2 kg）"],
                                   ["主料", "猪前肘带腿骨", "调料", "花椒、八角、酱油、冰糖"],
                                   ["工序", ("燎毛刮洗—煮制定型—改刀装碗—蒸制150分钟—扣碗浇汁", ' colspan="3" align="left"')]], width="94%")) +
                             "<p>记录人：%s（%s，学号%s）　复核：%s　订餐人：%s　%s</p>" % (n, cl, sid, t[j % 2], s["others_named"][1], desc))
            elif f == "material_card":   # 物料卡: 加工者, 检验, the mill's acceptance
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 '<table style="border-collapse:collapse;border:2pt solid #1f7a2e" width="70%%" align="center">%s</table>' % "".join(
                                     '<tr><td style="border:0.75pt solid #1f7a2e;padding:5px;background:#e3f3e5;width:30%%">%s</td><td style="border:0.75pt solid #1f7a2e;padding:5px">%s</td></tr>' % (a, b)
                                     for a, b in [("零件名称", "花生脱壳机偏心轴"), ("图号", "TK-06-%02d" % (3 + i)), ("材料", "45钢"), ("数量", "1（首件）"),
                                                  ("状态", "<b>合格</b>"), ("加工者", "%s（%s）" % (n, cl)), ("学号", sid), ("检验", t[i % 3]),
                                                  ("厂方验收", s["others_named"][0]), ("备注", desc)]))
                else:
                    parts.append('<h3>%s</h3><p>编程：%s（%s）</p>' % (title, n, cl) +
                                 tbl([["段号", "程序", "说明"], ["N10", "G54 G99 M03 S950 T0101", "粗车"], ["N20", "G00 X44 Z2", "快速定位"],
                                      ["N30", "G71 U1.5 R0.5", "外圆粗车循环"]], width="80%") + "<p>%s　审核：%s</p>" % (desc, t[j % 3]))
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
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_page":
            head = ["课后作业（%s）" % c["course"][:6], "班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "plain_photo":
            head = ["课后作业　网店视觉", "> %s　%s号　%s" % (cl, sid[-2:], n)]
        elif f == "color_scan_hand":
            head = ["课后练习", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "earplug_photo":
            head = ["居家安全照护　课后作业", "> 班级：%s　学号：%s　姓名：%s" % (cl, sid[-2:], n)]
        elif f == "hand_page_250":
            head = ["风味菜肴课后作业", "> 姓名：%s　学号：%s" % (n, sid)]
        elif f == "calc_page":   # a calculation exercise: formula lines by hand
            head = ["计算题练习（轴类零件）", "> 姓名：%s　学号：%s　班级：%s" % (n, sid, cl), "", "一、计算题（每题10分）"]
            qa = []
            for qi, (q, a) in enumerate(c["hw"]):
                sol = a[(i + qi) % 3]
                qa += [q, "> 解：" + sol, "> 答：%s" % (["主轴转速取950 r/min。", "百分表读数差6 mm。"][qi]), "! " + mark(rng), ""]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:2:earplugs", "hand_page": "x-scan:250:3", "plain_photo": "x-photo:200:1",
            "color_scan_hand": "x-scan:200:4:color", "earplug_photo": "x-photo:200:3:earplugs", "hand_page_250": "x-scan:250:2",
            "calc_page": "x-scan:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    g = bare(n)[1:]
    return "男" if g in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "room_stations":   # a class list with each student's practice station (客房实训工位)
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "客房实训工位"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "实训客房%d-%s" % (8201 + j // 4, "ABCD"[j % 4])], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单（客房实训工位安排）</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="80%") + "<p>合计%d人　　班主任：%s　　实训室管理员：%s</p>" % (len(k), s["headteacher"], s["others_named"][2]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "kitchen_duty":   # the class in six weekly canteen-duty groups
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "帮厨岗位"])]
        posts = ["洗切", "配菜", "蒸灶", "面点", "打荷", "保洁"]
        for j, n in enumerate(k):
            if j % 6 == 0:
                w = j // 6
                rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px;background:#eeeeee">第%d周帮厨（%s）</td></tr>'
                            % (w + 3, ["9月16日—20日", "9月23日—27日", "10月8日—12日", "10月14日—18日", "10月21日—25日", "10月28日—11月1日"][w]))
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), posts[j % 6]], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单（食堂帮厨排班）</h2><p style="text-align:center">%s</p>' % (s["cls"], s["school"]) +
                table(rows, width="80%") + "<p>共%d人　　班主任：%s　　食堂主管：%s</p>" % (len(k), s["headteacher"], s["others_named"][2]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    raise SystemExit(r)


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Hundred-and-fifty-eighth held-out people corpus (testdata/heldout158), the format of testdata/heldout28/truth.json. "
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
    assert len(set(all_others)) == len(all_others), "an outsider stands twice"
    per = [set(s["students"] + s.get("extra_class", [])) for s in SUBS]
    assert sum(map(len, per)) == len(set().union(*per)), "a planted name stands in two submissions"
    everyone = all_teachers + all_others
    for i, a in enumerate(everyone):
        for b in everyone[i + 1:]:
            if near(a, b):
                raise SystemExit("%s is near %s" % (a, b))
    for a in all_planted:
        for b in everyone:
            if near(a, b):
                raise SystemExit("planted %s is near %s" % (a, b))
    for i, a in enumerate(all_planted):
        for b in all_planted[i + 1:]:
            if near(a, b):
                raise SystemExit("planted %s is near planted %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 158)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"], s["male_share"])
        for a in s["klass"]:   # no two names of a class one character apart
            for b in s["klass"]:
                if a != b and near(a, b):
                    raise SystemExit("%s near %s in %s" % (a, b, s["cls"]))
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
        d = os.path.join(SRC, s["school"], s["sub"])
        write(os.path.join(SRC, s["school"], "pack"), s["pack"] + "\n")
        man = ["# source\tfile name\tmethod\tkind\titem"]
        if grp(s) == 3:
            FORM_DL[s["course"]] = form_dl(s)
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
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": s.get("corr", {}), "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
