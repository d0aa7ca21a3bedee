#!/usr/bin/env python3
"""Write the sources of the twenty-seventh held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 张掖
(Gansu), 石嘴山 (Ningxia) and 锦州 (Liaoning), in the plain layouts schools
commonly hand in: worksheets with a 班级/姓名/学号 line or a small head table,
Word-table 考核成绩登记表 and 学生评价表 with merged group heads and the
maxima in brackets, covers of student works with 作者/制作人, photographed
homework, a 学生名单 as xlsx and as a table PDF.

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
# the corpora this one may be compared with (heldout24-26 were not read: recent)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 24)] + ["othertools"]

SURNAMES = {
    "zy": list("张王李陈刘杨赵何马祁鲁贾蒲寇吕郭魏孔"),     # 张掖 (the Hexi corridor)
    "sz": list("马丁纳海杨王李张田冯金白虎穆拓苏"),         # 石嘴山 (Hui and Han families)
    "jz": list("王李张刘于孙曲宫邢隋姜尹鞠邵孟任"),         # 锦州 (western Liaoning)
}
# given names: ordinary names of pupils born about 2008 (a new list for this corpus)
GIVEN2 = ("梓轩 浩宇 宇航 子涵 一鸣 俊熙 博涛 晨阳 嘉豪 思远 泽宇 铭轩 锦程 昊天 欣悦 雨萱 诗涵 梦瑶 佳琪 紫萱 "
          "可欣 静怡 思雨 雅婷 心怡 若曦 婧涵 语嫣 乐瑶 奕辰 睿泽 天佑 皓轩 家乐 明哲 志鹏 子墨 文博 宇辰 晓彤 "
          "润泽 煜城 一帆 梓萌 佳怡 沐阳 星宇 彦霖 书瑶 晨曦 海鹏 国栋 金龙 永福 建勋 春燕 玉兰 雪梅 秀芳 丽娟 "
          "小龙 鹏飞 振华 学军 宏伟 子健 雨涵 梦琪 欣妍 瑞雪 新宇 天翔 俊豪 家豪 思琪 嘉怡 文静 雅琴 悦然 "
          "婉婷 子轩 浩然 宇轩 思彤 亚楠 晓东 少华 卫东 立新").split()
GIVEN1 = list("磊鑫婷悦琳浩宁瑞强敏")


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


def bare(a):
    return a.replace("·", "")


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    tries = 0
    while len(names) < n:
        tries += 1
        if tries > 200000:
            raise SystemExit("cannot draw a class of %d in %s" % (n, region))
        name = draw_one(rng, region)
        if name in names or name in USED_BEFORE or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "shaft": dict(major="数控加工(数控车工)", code="0106", course="农机传动轴数控车削", task="玉米制种脱粒机传动轴数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="张掖是全国最大的玉米制种基地，当地一家农机厂的脱粒机传动轴磨损后需要批量补件。车间主任请数控班学员读懂零件图，编制加工工艺，编写数控程序，在数控车床上完成传动轴的车削，并用量具检测尺寸，填写检测报告。",
   qs=[("一、读图：传动轴上有几段外圆？哪一段精度要求最高？", ["共四段外圆，安装轴承的φ30段精度最高，公差为零到负零点零一三。", "四段，轴承位φ30精度最高。", "轴承位那一段要求最高。"]),
       ("二、车削细长轴时为什么要用跟刀架或顶尖？", ["细长轴刚性差，切削力会使工件弯曲振动，用顶尖和跟刀架可以增加支撑。", "工件刚性差，要增加支撑。", "防止工件弯曲和振动。"])],
   hw=[("1. G71和G70指令各有什么作用？", ["G71是外圆粗车复合循环，G70是精车循环，粗车后用G70精车。", "G71粗车，G70精车。", "先G71再G70。"]),
       ("2. 怎样用外径千分尺测量φ30外圆？", ["先校零，再在外圆的两个方向各测一次，读数取平均值。", "校零后测两个方向。", "测两次取平均。"])],
   outputs=[("传动轴加工工艺卡", "共六道工序。"), ("传动轴数控加工程序单", "程序号O0012。"), ("传动轴尺寸检测报告", "各尺寸均合格。")]),
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="前厅团队接待服务", task="丹霞景区度假酒店旅游团队入住接待",
   hours=14, station="酒店前厅服务一体化学习工作站",
   situation="每年暑期，张掖七彩丹霞景区附近的度假酒店都要接待大量旅游团队。前厅经理请酒店班学员熟悉团队预订单，提前准备房卡和欢迎资料，按流程为一个三十人的旅游团办理入住，处理好房型调整和叫醒服务，最后整理团队入住记录。",
   qs=[("一、团队到店前前台要做好哪些准备？", ["核对团队预订单，预排房间，制作房卡，准备欢迎信和早餐券。", "核对预订、预排房、做房卡。", "准备房卡和欢迎信。"]),
       ("二、团队入住时为什么要和导游核对名单？", ["确认实到人数和房间分配，登记每位客人的身份信息，避免错住漏登。", "确认人数，避免错住。", "核对人数和房间。"])],
   hw=[("1. 团队客人要求调换房型时怎样处理？", ["先查有无空房，告知差价，经导游同意后办理换房并更改记录。", "查空房，说明差价。", "和导游商量后换房。"]),
       ("2. 叫醒服务应注意什么？", ["记清房号和时间，按时叫醒，无人应答时要派人上门查看。", "记清房号时间。", "没人接要上门看。"])],
   outputs=[("团队入住接待流程单", "三十人十五间房。"), ("团队客人入住登记表", "证件已全部登记。"), ("团队叫醒服务记录", "叫醒时间六点半。")]),
 "ev": dict(major="新能源汽车检测与维修", code="0435", course="动力电池系统检修", task="纯电动物流车动力电池绝缘故障检测与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="石嘴山一家物流公司的纯电动厢式物流车在雨天行驶后仪表报绝缘故障，车辆限功率。维修站请新能源班学员做好高压安全防护，按流程下电，用绝缘电阻测试仪逐段测量高压部件的绝缘电阻，找出故障点并排除，填写检修记录。",
   qs=[("一、高压下电的步骤是什么？", ["关闭点火开关，断开低压蓄电池负极，拔下维修开关，等待五分钟后验电。", "关点火、断负极、拔维修开关、验电。", "拔维修开关后等五分钟。"]),
       ("二、绝缘电阻测试仪应选择哪一档？为什么？", ["选五百伏或一千伏档，电压要高于电池额定电压才能测出绝缘缺陷。", "选五百伏档。", "电压要够高。"])],
   hw=[("1. 绝缘电阻的合格标准是多少？", ["每伏工作电压不小于五百欧，通常要求大于二十兆欧。", "不小于每伏五百欧。", "大于二十兆欧。"]),
       ("2. 雨天后报绝缘故障常见原因有哪些？", ["插接件密封失效进水、线束破损、电池包壳体密封不良。", "插接件进水。", "线束破损或密封不好。"])],
   outputs=[("高压部件绝缘电阻测量记录", "空调压缩机绝缘偏低。"), ("绝缘故障排除检修报告", "更换压缩机高压插头。"), ("故障排除后复测记录", "绝缘电阻恢复正常。")]),
 "care": dict(major="健康与社会照护", code="0529", course="卧床老年人居家照护", task="矿区社区卧床老人压疮预防与体位转换照护",
   hours=14, station="健康照护一体化学习工作站",
   situation="石嘴山老矿区社区里独居和卧床的老人较多。社区居家养老服务站请照护班学员上门评估一位卧床老人的压疮风险，制定体位转换计划，按规范完成翻身、拍背和皮肤清洁，指导家属做好日常照护，并填写照护记录。",
   qs=[("一、压疮的好发部位有哪些？", ["骶尾部、足跟、髋部、肩胛部和枕部等骨突出受压的部位。", "骶尾部、足跟、髋部。", "骨头突出的地方。"]),
       ("二、为卧床老人翻身时要注意什么？", ["先和老人沟通，动作轻稳，避免拖拉推，翻身后检查皮肤并垫好软枕。", "动作轻稳，不拖拉。", "翻身后查看皮肤。"])],
   hw=[("1. 翻身的间隔时间一般是多少？", ["一般每两小时翻身一次，皮肤发红时要缩短间隔。", "两小时一次。", "发红要勤翻。"]),
       ("2. 怎样指导家属观察皮肤？", ["每天查看受压部位有无发红、破损，按压后红色是否消退。", "看有无发红破损。", "按压看红色退不退。"])],
   outputs=[("压疮风险评估与照护计划", "评估为中度风险。"), ("体位转换照护记录", "每两小时翻身一次。"), ("家属照护指导单", "家属已掌握翻身方法。")]),
 "net": dict(major="计算机网络应用", code="0301", course="办公楼有线无线网络部署", task="港口物流公司办公网络VLAN划分与无线覆盖",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="锦州港附近的一家物流公司新租了两层办公楼，需要组建办公网络。网络部经理请网络班学员调查各部门的上网需求，规划IP地址和VLAN，配置交换机和无线接入点，实现部门之间按需互访和办公区无线覆盖，并提交测试报告。",
   qs=[("一、为什么要按部门划分VLAN？", ["缩小广播域，隔离各部门的流量，便于管理和保证安全。", "缩小广播域，便于管理。", "部门之间隔离。"]),
       ("二、Access口和Trunk口有什么区别？", ["Access口只属于一个VLAN，接终端；Trunk口可以通过多个VLAN，接交换机之间。", "Access接电脑，Trunk接交换机。", "Trunk能过多个VLAN。"])],
   hw=[("1. 无线接入点的信道怎样规划？", ["相邻AP使用一、六、十一等互不重叠的信道，减少干扰。", "用一六十一信道。", "相邻AP信道错开。"]),
       ("2. 怎样测试VLAN之间能否互访？", ["在不同VLAN的电脑上互相ping网关和对方地址，查看是否连通。", "用ping测试。", "ping对方地址。"])],
   outputs=[("办公网络拓扑设计", "共划分五个VLAN。"), ("交换机配置与测试报告", "各VLAN互通正常。"), ("无线覆盖测试报告", "信号强度均高于负六十五。")]),
 "rail": dict(major="城市轨道交通运输与管理", code="0431", course="城轨车站客运组织实务", task="城轨车站早高峰大客流站台乘降组织",
   hours=12, station="城轨车站客运服务一体化学习工作站",
   situation="城市轨道交通车站在早高峰时段进站客流集中，站台候车乘客拥挤，容易发生安全事故。站务中心请城轨班学员在模拟车站中分析客流特点，制定站台乘降组织方案，分岗位完成引导、广播和限流作业，并做好客运组织记录。",
   qs=[("一、早高峰站台乘降组织的重点是什么？", ["引导乘客分散候车、先下后上，防止拥挤和夹人夹物。", "分散候车，先下后上。", "防止夹人夹物。"]),
       ("二、什么情况下要启动限流措施？", ["站台候车人数接近容纳能力、列车满载率过高时，在出入口和安检处分级限流。", "站台人太多时。", "满载率太高时分级限流。"])],
   hw=[("1. 站台广播的内容一般包括哪些？", ["列车到站信息、安全提示、先下后上和请勿倚靠屏蔽门。", "到站信息和安全提示。", "提醒先下后上。"]),
       ("2. 乘客被夹时站务员应怎样处理？", ["立即按压紧急停车按钮，通知司机和车控室，协助乘客脱困。", "按紧急停车按钮。", "通知司机和车控室。"])],
   outputs=[("站台乘降组织方案", "设置三道引导线。"), ("限流作业记录", "限流时间七点二十到八点。"), ("客运组织总结", "未发生安全事件。")]),
 "pickle": dict(major="烹饪(中式烹调)", code="0501", course="地方特色小菜制作", task="锦州虾油什锦小菜腌渍与装坛",
   hours=12, station="中式烹调一体化学习工作站",
   situation="锦州虾油小菜是辽宁有名的传统食品，以黄瓜、芹菜、杏仁、苤蓝等十几种原料用虾油腌渍而成。一家老字号小菜厂请烹饪班学员学习原料的选择和初加工，掌握盐渍、虾油浸渍的工艺，按配比完成一坛什锦小菜，并记录腌渍过程。",
   qs=[("一、什锦小菜的原料为什么要先盐渍？", ["盐渍能排出原料中的水分，使小菜脆嫩，虾油浸渍时更容易入味。", "排出水分，更脆。", "容易入味。"]),
       ("二、虾油浸渍期间要注意什么？", ["每天翻动一次，保持原料全部浸没，坛口密封，防止生水进入。", "每天翻动，坛口密封。", "不能进生水。"])],
   hw=[("1. 小黄瓜的选料标准是什么？", ["选顶花带刺、长度在六到八厘米、粗细均匀的嫩黄瓜。", "顶花带刺的嫩黄瓜。", "长短粗细一致。"]),
       ("2. 怎样判断小菜已经腌好？", ["颜色变深透亮，口感脆嫩，咸鲜适口，带有虾油的香味。", "颜色透亮，口感脆。", "有虾油香味。"])],
   outputs=[("什锦小菜原料初加工记录", "黄瓜、芹菜、苤蓝等十二种。"), ("盐渍与虾油浸渍记录", "浸渍十五天。"), ("成品感官评价单", "色泽透亮，口感脆嫩。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师", "助理讲师"]

SUBS = [
    # ---------------------------------------------------------------- 张掖: a plain folder
    dict(school="张掖市丹霞技工学校", pack="dir", region="zy", course="shaft", cls="数控2403班", size=40, seed=11,
         sidp="2024010106", students=["祁晨阳", "鲁思远", "寇泽宇"], outsiders={"寇泽宇": "数控2402班"}, out_sidp="2024010105",
         extra_class=["蒲俊熙"], bad={"蒲俊熙": "over"}, teachers=["陈立军", "马玉霞"], form_count="40人",
         f8="line_head", f10="reg_merged", f11="cover", f12="photo",
         findings=[("students.not_in_class", 8, True, "寇泽宇"), ("records.invalid_score", 10, False, "蒲俊熙")],
         comment="寇泽宇 of the parallel class 数控2402班 (his class and 学号 written on his worksheets and homework, and on his "
                 "cover in item 11) is the third student of 8/11/12; item 10 (40 records = form `40人`) has none for him: "
                 "students.not_in_class. Item 10 (TYPED) is a Word-table 考核成绩登记表 with merged group heads "
                 "`过程考核（40分）` / `结果考核（60分）` over the parts, the maxima in brackets; 蒲俊熙 has 34 under "
                 "`尺寸精度（30分）` (总分 the sum): records.invalid_score. Item 8 scanned 250 dpi gray with a COFFEE "
                 "STAIN, page footers; item 12 phone photos with a PEN on the desk. No roster"),
    dict(school="张掖市丹霞技工学校", pack="dir", region="zy", course="hotel", cls="酒店2401班", size=36, seed=12,
         sidp="2024010504", students=["贾雨萱", "何诗涵", "吕锦程"], teachers=["赵红梅", "孔德明"], form_count="36",
         others_named=["周建华", "林秀云", "宋国庆"],
         f8="table_head", f10="eval_weighted", f11="cover_guest", f12="scan_hand", findings=[],
         comment="clean. Item 10 (TYPED) is a 学生评价表 with 自评（20%） 互评（30%） 师评（50%） and a 综合得分 that is the "
                 "WEIGHTED sum (printed rule under the table), an 等级 beside it (优秀/良好/合格): not a sum, legal. "
                 "The guests of the hotel (周建华, 林秀云, 宋国庆: tour-group guides and guests, not students) are named "
                 "in the students' works (item 11). Item 8 scanned 200 dpi gray with a KEYSTONE (the copier lid left "
                 "open, the page in perspective). Form `36`, 36 rows. No roster"),
    # ---------------------------------------------------------------- 石嘴山: a zip with GBK names
    dict(school="石嘴山市贺兰山技师学院", pack="gbkzip", region="sz", course="ev", cls="新能源2302班", size=41, form_size=42, seed=21,
         sidp="23640435", students=["马海鹏", "丁梓轩", "纳欣悦"], items={12: ["马海鹏", "丁梓轩"]},
         teachers=["田志强", "苏晓燕", "金永福"], form_count="42人",
         f8="page_header", f10="reg_grade", f11="report", f12="photo",
         findings=[("students.count", 12, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos with a pen on the desk) holds the homework of TWO students only, 马海鹏 and 丁梓轩 "
                 "(纳欣悦's is missing): students.count on 12; students.mismatch optional. Item 10 (scanned 200 dpi gray, "
                 "a coffee stain) lists 41 students in a 考核成绩登记表 with `姓名 | 学号` order and an 等级 column "
                 "(A/B/C) beside 总分; the form says `42人`: records.count_mismatch. Item 8 a CARBON-COPY-like "
                 "low-contrast scan. Three teachers. No roster"),
    dict(school="石嘴山市贺兰山技师学院", pack="gbkzip", region="sz", course="care", cls="照护2401班", size=39, seed=22,
         sidp="24640529", students=["海雅婷", "穆佳琪", "金若曦"], extra_class=["白婧涵"], absent_from_10=["白婧涵"],
         teachers=["杨淑兰", "王建平"], form_count="39名", roster="xlsx", headteacher="冯桂英",
         f8="table_head", f10="reg_simple", f11="report", f12="scan_hand",
         findings=[("records.missing_student", 10, False, "白婧涵"), ("records.count_mismatch", 10, False)],
         comment="the roster (xlsx 学生名单, merged title row, 39, 民族 回族/汉族, 班长 etc. in 备注) and the form (`39名`) "
                 "hold 白婧涵; item 10 (TYPED 学生考核成绩表, 38 rows, `姓名 | 学号`) has none for her: "
                 "records.missing_student and records.count_mismatch. Item 8 scanned 250 dpi gray with a keystone; "
                 "item 12 handwriting scanned as a carbon copy"),
    # ---------------------------------------------------------------- 锦州: a zip with UTF-8 names
    dict(school="锦州市渤海湾高级技工学校", pack="zip", region="jz", course="net", cls="网络2402班", size=38, seed=31,
         sidp="202403010", students=["宫铭轩", "隋彦霖", "曲梦瑶"], items={11: ["宫铭轩", "隋彦霖", "邢昊天"]},
         extra_class=["邢昊天", "鞠文博"], bad={"鞠文博": "sum"}, teachers=["孙海涛", "姜丽华"], form_count="38人",
         f8="line_head", f10="reg_merged", f11="cover", f12="photo",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "鞠文博")],
         comment="item 11 (TYPED covers, `作者：<name>`) holds the works of 宫铭轩, 隋彦霖 and classmate 邢昊天 (with an "
                 "item-10 record) instead of 曲梦瑶's (items 8 and 12 hold the three): students.mismatch. Item 10 "
                 "(scanned 250 dpi gray with a keystone, a page header with the 学年) is a 考核成绩登记表 with merged "
                 "group heads; 鞠文博's 总分 is 4 below the sum of his parts: records.invalid_score. Item 8 colour scan "
                 "with a coffee stain. No roster"),
    dict(school="锦州市渤海湾高级技工学校", pack="zip", region="jz", course="rail", cls="城轨2401班", size=37, seed=32,
         sidp="202404310", students=["邵语嫣", "于晓彤", "姜皓轩"], extra_class=["尹志鹏"], absent_from_10=["尹志鹏"],
         teachers=["刘春生", "鞠秀梅"], form_count="37", roster="table_pdf", headteacher="王淑珍",
         f8="table_head", f10="reg_simple", f11="report", f12="scan_hand",
         findings=[("records.missing_student", 10, False, "尹志鹏"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed table PDF 学生名单 with 性别 and 职务, 37) and the form (`37`) hold 尹志鹏; item 10 "
                 "(scanned 250 dpi gray with a coffee stain, 36 rows) has none for him: records.missing_student and "
                 "records.count_mismatch"),
    dict(school="锦州市渤海湾高级技工学校", pack="zip", region="jz", course="pickle", cls="烹饪2302班", size=40, seed=33,
         sidp="202305010", students=["孟子墨", "任心怡", "孙沐阳"], teachers=["邵德海", "张红艳"],
         form_count="40人（男22人，女18人）",
         f8="line_head", f10="reg_grade", f11="cover", f12="photo", findings=[],
         comment="clean. Form `40人（男22人，女18人）` (three numbers: one class of 40). Item 10 (TYPED) 40 rows with an 等级 "
                 "column and a 评语 column. Item 8 colour scan with a keystone; item 12 phone photos with a pen. No roster"),
]

PROVINCE = {1: "甘肃省张掖市", 2: "宁夏回族自治区石嘴山市", 3: "辽宁省锦州市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 张掖: "08工作页.pdf"
        return "%02d%s.pdf" % (n, NAMES[n])
    if g == 2:   # 石嘴山: "序号8-工作页.pdf"
        return "序号%d-%s.pdf" % (n, NAMES[n])
    return "%d %s.pdf" % (n, NAMES[n])   # 锦州: "8 工作页.pdf"


def form_name(s, c):
    return {1: ("工学一体化优质课堂项目申报书（%s）.docx" % c["major"], "docx"),
            2: ("%s申报书.pdf" % c["major"], "pdf"),
            3: ("附件2 申报书-%s.docx" % c["course"], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.6cm 1.8cm")
    extra = " p{margin-top:0;margin-bottom:3pt}" if compact else ""
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


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 要点全", "√ 清楚", "√ 可以", "√ 较好"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "27"
    k = s["klass"].index(n) + 1
    return s["sidp"] + "%02d" % k


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    P = "4px 6px"
    trs = [["序号", "姓名", "职称", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 6], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    # the official form: a plain four-column Word table, label | value | label | value
    rows = [[("专业名称", c["major"]), ("专业代码", c["code"])],
            [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
            [("学习任务", c["task"]), ("课堂负责人", t[0])],
            [("授课班级", s["cls"]), ("班级人数", s["form_count"])],
            [("授课场所", c["station"]), ("授课时间", "2024—2025学年第一学期")]]
    out = []
    for r in rows:
        out.append("<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%%"', P) + td(b, ' align="left"', P) for a, b in r))
    info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报院校（盖章）：{school}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按照获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生接受任务后分组收集信息，制定并展示计划，经教师审核后决策；实施中教师巡回指导，检查质量与安全；完成后各组展示成果，开展自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务来源于{prov}合作企业的真实工作任务，学生的专业能力和职业素养明显提高。</p>
<h3>六、承诺</h3><p>本单位承诺所报材料真实、原创，无知识产权争议。</p>""".format(
        school=s["school"], d=3 + s["seed"] % 19, info=info, tm=tbl(trs, width="86%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的工学一体化核心课程，依据国家课程标准，结合{prov}企业岗位要求转化。\n二、学习任务\n本学期安排“{task}”，共{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查评估、总结反馈。",
    3: "{school}\n{task}　教学活动策划\n学习活动一　接受任务，收集信息\n学习活动二　制定计划，做出决策\n学习活动三　实施任务\n学习活动四　检查评价与总结",
    4: "{school}\n{course}教学进度计划\n本任务共{hours}学时\n第1周　接受任务、收集信息\n第2周　制定计划\n第3周　实施任务\n第4周　检查评价",
    5: "{school}\n{task}教学活动方案\n第1学时　情境导入，明确任务\n第2—4学时　引导问题学习\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为资讯区、计划决策区、实施区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核分过程考核和结果考核，成绩由任课教师登记在学习任务考核记录中。",
}


# ------------------------------------------------------------------ item 8

def answers(c, rng, i):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k]), RED, mark(rng))
    return out


def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    g = grp(s)
    pages, ovl = [], []
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        title = '<h3 style="text-align:center">%s　学习工作页</h3>' % c["task"]
        sit = "<p><b>【学习情境】</b>%s</p>" % c["situation"]
        score = '<p>教师评分：<span %s>%d</span>　　教师签名：<span %s>%s</span></p>' % (RED, 82 + 3 * i + s["seed"] % 5, RED, t[0])
        if f == "line_head":   # the commonest: 班级 / 姓名 / 学号 on one line, written in by hand
            if g == 1:
                head = '<p>班级：%s　　姓名：%s　　学号：%s　　日期：%s</p>' % (hand(cl, True), hand(n), hand(sid, True), hand(day(s, i)[5:], True))
            else:
                head = ('<p>姓名<u>　%s　</u>　班级<u>　%s　</u>　学号<u>　%s　</u>　组别<u>　%s　</u></p>'
                        % (hand(n), hand(cl, True), hand(sid[-2:], True), hand("第%d组" % (i + 1), True)))
            body = title + head + sit + answers(c, rng, i) + score
        elif f == "table_head":   # a small Word table at the top of the sheet
            head = tbl([["姓　名", hand(n), "班　级", hand(cl, True), "学　号", hand(sid, True)],
                        ["课　程", (c["course"], ' colspan="3"'), "日　期", hand(day(s, i)[5:], True)]], pad="3px 4px")
            body = title + head + "<p></p>" + sit + answers(c, rng, i) + score
        elif f == "page_header":   # a Word page header line (school, course) over a rule; the name line right-aligned
            head = ('<p style="font-size:8pt;border-bottom:0.75pt solid #000">%s　　%s　　工学一体化学习工作页</p>'
                    '<p style="text-align:right">学生姓名：%s　学号：%s　班级：%s</p>' % (s["school"], c["course"], hand(n), hand(sid, True), hand(cl, True)))
            body = head + title + sit + answers(c, rng, i) + score
        else:
            raise SystemExit(f)
        pages.append(body)
    spec = {"pages": len(names), "items": ovl}
    if s["course"] in ("shaft", "ev"):   # page footers, as Word prints them
        spec["items"].append({"type": "footer", "center": "第{n}页　共{N}页", "size": 8, "y": 0.965})
    write(os.path.join(d, "08.html.ovl.json"), json.dumps(spec, ensure_ascii=False, indent=1))
    meth = {"shaft": "x-scanpdf:250:coffee", "hotel": "x-scanpdf:200:keystone", "ev": "x-scanpdf:200:carbon",
            "care": "x-scanpdf:250:keystone", "net": "x-scanpdf:200:color:coffee", "rail": "x-scanpdf:250",
            "pickle": "x-scanpdf:200:color:keystone"}[s["course"]]
    return "08.html", html(PB.join(pages), font="Noto Serif CJK SC" if g != 2 else "Noto Sans CJK SC"), meth


# ------------------------------------------------------------------ item 10

PARTS = {   # (group, [(part, max)]) ; group None: no merged head
    "shaft": [("过程考核（40分）", [("工艺编制", 15), ("程序编写", 15), ("安全文明", 10)]),
              ("结果考核（60分）", [("尺寸精度", 30), ("形位公差", 15), ("表面粗糙度", 15)])],
    "ev": [(None, [("安全防护", 15), ("下电验电", 15), ("绝缘测量", 30), ("故障排除", 25), ("记录填写", 15)])],
    "care": [(None, [("风险评估", 20), ("翻身操作", 40), ("皮肤护理", 20), ("沟通指导", 20)])],
    "net": [("过程评价（30分）", [("需求分析", 10), ("方案规划", 20)]), ("成果评价（70分）", [("交换机配置", 30), ("无线部署", 20), ("测试报告", 20)])],
    "rail": [(None, [("客流分析", 20), ("方案制定", 25), ("岗位作业", 35), ("记录总结", 20)])],
    "pickle": [(None, [("选料初加工", 25), ("盐渍", 25), ("虾油浸渍", 30), ("感官评价", 20)])],
}


def grade(x):
    return "A" if x >= 85 else "B" if x >= 70 else "C" if x >= 60 else "D"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "1px 3px"
    head = ('<p style="text-align:center;font-size:13pt"><b>%s</b></p><p>班级：%s　　课程：%s　　学习任务：%s</p>'
            % ("%s学习任务考核成绩登记表" % s["school"] if f == "reg_merged" else "学习任务考核成绩登记表" if f == "reg_grade" else "学生考核成绩表",
               s["cls"], c["course"], c["task"]))
    sign = '<p>任课教师（签名）：%s　　　　教研室主任（签名）：　　　　　　日期：%s</p>' % (
        "　".join(hand(x, True, BLACK) for x in t[:2]), day(s, 14))
    if f == "eval_weighted":   # 学生评价表: 自评 互评 师评 weighted, an 等级
        rows = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "自评<br/>（20%）", "互评<br/>（30%）", "师评<br/>（50%）", "综合得分", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b, m = rng.randint(75, 96), rng.randint(70, 95), rng.randint(65, 95)
            tot = round(0.2 * a + 0.3 * b + 0.5 * m, 1)
            lv = "优秀" if tot >= 90 else "良好" if tot >= 75 else "合格"
            rows.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(m), "%.1f" % tot, lv], pad))
        body = ('<p style="text-align:center;font-size:13pt"><b>学生评价表</b></p><p>%s　%s　学习任务：%s</p>' % (s["school"], s["cls"], c["task"]) +
                table(rows) + "<p>说明：综合得分＝自评×20%＋互评×30%＋师评×50%；90分及以上为优秀，75—89分为良好，60—74分为合格。</p>" + sign)
        return "10.html", html(body, "9.5pt", compact=True), "pdf"
    groups = PARTS[s["course"]]
    parts = [p for _, ps in groups for p in ps]
    order = {"reg_merged": ["序号", "学号", "姓名"], "reg_grade": ["序号", "姓名", "学号"], "reg_simple": ["序号", "姓名", "学号"]}[f]
    with_grade = f == "reg_grade"
    remark = s["course"] == "pickle"
    tail = ["总分<br/>（100分）"] + (["等级"] if with_grade else []) + (["评语"] if remark else [])
    if any(g for g, _ in groups):   # two header rows: merged group cells over the parts
        r1 = "".join(td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in order)
        for gname, ps in groups:
            r1 += td("<b>%s</b>" % gname, ' align="center" colspan="%d"' % len(ps), pad)
        r1 += "".join(td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in tail)
        r2 = "".join(td("<b>%s<br/>（%d分）</b>" % p, ' align="center"', pad) for p in parts)
        rows = ["<tr>%s</tr>" % r1, "<tr>%s</tr>" % r2]
    else:
        rows = [trow(["<b>%s</b>" % x for x in order + ["%s<br/>(%d)" % p for p in parts] + tail], pad)]
    comments = ["操作规范", "认真细致", "需加强练习", "完成较好", "有进步"]
    for k, n in enumerate(rec):
        v = [int(round(m * rng.uniform(0.62, 0.95))) for _, m in parts]
        tot = sum(v)
        if bad.get(n) == "over":
            v[3] = 34
            tot = sum(v)
        elif bad.get(n) == "sum":
            tot = sum(v) - 4
        ident = {"序号": str(k + 1), "学号": sid_of(s, n), "姓名": n}
        cells = [ident[x] for x in order] + [str(x) for x in v] + [str(tot)]
        if with_grade:
            cells.append(grade(tot))
        if remark:
            cells.append(comments[(k * 7) % 5])
        rows.append(trow(cells, pad))
    note = ""
    if with_grade:
        note = "<p>注：等级 A（85分及以上）、B（70—84分）、C（60—69分）、D（60分以下）。</p>"
    body = head + table(rows) + note + sign
    if s["course"] == "net":   # a page header with the school year, as Word prints it
        body = '<p style="font-size:8pt;border-bottom:0.75pt solid #000">%s　　2024—2025学年第一学期</p>' % s["school"] + body
    if s["course"] == "ev":
        body = body.replace("学习任务：%s</p>" % c["task"], "学习任务：%s</p><p>考核日期：%s　　考核地点：新能源实训车间</p>" % (c["task"], day(s, 13)))
    meth = {"shaft": "pdf", "ev": "x-scanpdf:200:coffee", "care": "pdf", "net": "x-scanpdf:250:keystone",
            "rail": "x-scanpdf:250:coffee", "pickle": "pdf"}[s["course"]]
    font = "Noto Sans CJK SC" if s["course"] in ("care", "pickle") else "Noto Serif CJK SC"
    return "10.html", html(body, "9pt", font=font, compact=True), meth


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    parts = ['<h1 style="text-align:center">学习成果汇编</h1><p style="text-align:center">%s</p><p style="text-align:center">%s　%s</p>'
             '<p style="text-align:center">指导教师：%s</p>' % (c["task"], s["school"], s["cls"], "、".join(t[:2]))]
    label = {"shaft": "作　者", "hotel": "学生姓名", "net": "作　者", "pickle": "制作人"}.get(s["course"], "")
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f in ("cover", "cover_guest"):   # a cover for each student's works, then the works
            cover = ('<p></p><h2 style="text-align:center">学生作品</h2>' +
                     tbl([["作品名称", "%s（%d项）" % (c["outputs"][0][0], len(c["outputs"]))], [label, n], ["班　级", cl], ["学　号", sid],
                          ["指导教师", t[0]], ["完成日期", day(s, 30 + i)]], width="70%", pad="6px 8px"))
            works = []
            for j, (title, desc) in enumerate(c["outputs"]):
                if f == "cover_guest":
                    guest = s["others_named"][(i + j) % 3]
                    works.append('<h3>%s</h3>' % title + tbl([["团队名称", "丹霞%02d团" % (7 + i), "导游/联系人", guest],
                                                              ["人　数", "30", "房　数", "15"], ["接待员", n, "日　期", day(s, 30 + i)[5:]]], width="90%") +
                                 "<p>%s</p>" % desc)
                else:
                    works.append('<h3>%s</h3>' % title + tbl([["项目", "要求", "结果", "结论"],
                                                              ["%s-1" % title[:4], "符合规范", desc, "合格"], ["%s-2" % title[:4], "记录完整", "已完成", "合格"]], width="90%") +
                                 '<p style="text-align:right">%s：%s</p>' % (label.replace("　", ""), n))
            parts.append(cover + PB + "".join(works))
        elif f == "report":   # a report table per work, the student named in its head row
            lab = {"ev": "检测人", "care": "照护员", "rail": "编制人"}[s["course"]]
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([[lab, n, "班　级", cl], ["日　期", day(s, 30 + i), "审　核", t[j % 2]],
                                  [("内容：%s" % desc, ' colspan="4" align="left" height="90"')]], width="92%", pad="4px 6px"))
        else:
            raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Sans CJK SC" if grp(s) == 2 else "Noto Serif CJK SC"), "pdf"


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
        g = grp(s)
        if g == 1:
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif g == 2:
            head = ["课后作业（%s）" % c["task"], "> %s　%s　%s" % (cl, n, sid)]
        else:
            head = ["> %s　%s　%s号" % (cl, n, sid[-2:]), "课后作业：%s" % c["course"]]
        lines += head + [""] + qa + ["! 阅 %s　%s" % (t[0], day(s, 20 + i)[5:])]
    meth = {"shaft": "x-photo:200:1:pen", "hotel": "x-scan:250:4", "ev": "x-photo:200:2:pen", "care": "x-scan:250:3:carbon",
            "net": "x-photo:200:0:pen", "rail": "x-scan:250:4", "pickle": "x-photo:200:1:pen"}[s["course"]]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    officers = {3: "班长", 11: "团支书", 20: "学习委员"}
    if r == "xlsx":   # 学生名单: merged title, 序号 学号 姓名 性别 民族 备注, a foot line
        rr = random.Random(s["seed"] * 99)
        rows = [["%s%s学生名单" % (s["school"], s["cls"])] + [""] * 5, ["序号", "学号", "姓名", "性别", "民族", "备注"]]
        for j, n in enumerate(k):
            hui = n[0] in "马丁纳海虎穆拓金白" and rr.random() < 0.8
            sex = "女" if n[1:] in FEMALE or n[-1] in "婷琪曦涵萱怡瑶嫣悦娟兰梅燕芳彤楠琳敏" else "男"
            rows.append([j + 1, sid_of(s, n), n, sex, "回族" if hui else "汉族", officers.get(j, "")])
        rows.append(["班主任：%s　　　　共%d人" % (s["headteacher"], len(k))] + [""] * 5)
        nrow = len(rows)
        write(os.path.join(d, "roster.json"), json.dumps({"sheet": "学生名单", "rows": rows, "merges": ["A1:F1", "A%d:F%d" % (nrow, nrow)]},
                                                         ensure_ascii=False, indent=0))
        man.append("roster.json\t%s学生名单.xlsx\tx-xlsx\troster\t0" % s["cls"])
        return
    if r == "table_pdf":   # a typed table PDF
        rows = [["序号", "学号", "姓名", "性别", "职务"]]
        for j, n in enumerate(k):
            sex = "女" if n[1:] in FEMALE or n[-1] in "婷琪曦涵萱怡瑶嫣悦娟兰梅燕芳彤楠琳敏" else "男"
            rows.append([str(j + 1), sid_of(s, n), n, sex, officers.get(j, "")])
        body = ('<p style="text-align:center;font-size:14pt"><b>%s学生名单</b></p><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="80%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    raise SystemExit(r)


FEMALE = set("子涵 欣悦 雨萱 诗涵 梦瑶 佳琪 紫萱 可欣 静怡 思雨 雅婷 心怡 若曦 婧涵 语嫣 乐瑶 晓彤 梓萌 佳怡 书瑶 晨曦 "
             "春燕 玉兰 雪梅 秀芳 丽娟 雨涵 梦琪 欣妍 瑞雪 思琪 嘉怡 文静 雅琴 悦然 婉婷 思彤 亚楠".split())


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Twenty-seventh held-out people corpus (testdata/heldout27), the format of testdata/heldout23/truth.json. "
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
            if w in EARLIER_TEXT or w in EARLIER_FORMS:
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
        rng = random.Random(s["seed"] * 7919 + 27)
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
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": "班级人数 | %s" % s["form_count"],
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
