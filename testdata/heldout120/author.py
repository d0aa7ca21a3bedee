#!/usr/bin/env python3
"""Write the sources of the 120th held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 宿州
(Anhui), 邵阳 (Hunan) and 济源 (Henan).

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
# the truth files read for names, tasks and courses to avoid (heldout119 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 119)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)



# surnames by region, weighted by repetition: 宿州 (皖北: 王 张 李 刘 陈 朱 周 孙 杨 徐 胡 葛 褚 桑 …),
# 邵阳 (湘中: 刘 李 王 张 陈 罗 曾 彭 邓 唐 肖 谢 蒋 申 尹 伍 …), 济源 (豫西北: 王 李 张 刘 陈 杨 赵 段 卫 原 薛 苗 翟 …)
SURNAMES = {
    "sz": list("王王王王张张张张李李李刘刘刘陈陈朱朱周孙杨徐胡赵吴马高葛褚桑王张李刘"),
    "sy": list("刘刘刘刘李李李王王王张张陈陈罗罗曾曾彭邓邓唐唐肖谢周蒋申尹伍聂刘李"),
    "jy": list("王王王王李李李李张张张刘刘陈杨杨赵赵段卫原薛苗翟常郑王李张"),
}
# given names: a new list, everyday names of students born around 2008-2009
GIVEN2 = ("逸飞 梓轩 语涵 若琳 浩然 诗涵 一凡 宇泽 俊杰 雨涵 子睿 可欣 婧怡 晨曦 梓睿 昱辰 嘉豪 诗语 明瑞 "
          "思睿 芮涵 梓晴 欣彤 子琪 奕涵 俊宇 浩轩 泽宇 梓航 昕彤 静雯 雅萱 梦涵 思妍 逸凡 天宇 子骞 "
          "家铭 浩铭 俊凯 宇恒 志鹏 晓东 雨菲 诗然 嘉琪 佳欣 紫涵 梦雪 晨希 若溪 欣然 心悦 语彤 "
          "雅雯 一航 浩博 明杰 子扬 宇飞 俊逸 睿哲 博宇 晋源 立新 鹏程 国豪 凯瑞 泽轩 锦涛 嘉伟 "
          "思雨 雨嘉 梓妍 佳豪 晨宇 若彤 依琳 家欣 慧敏 晓燕 文静 玉洁 丽娜 梦婷 诗怡 雨晴 艺馨 "
          "子昂 一博 宏宇 启航 振华 俊伟 航宇 煜祺 浩宸 文轩 宇豪 梓瀚 嘉树 修远 景琛 毅恒 亦辰 "
          "欣蕊 诗淇 甜甜 安然 静宜 雪莹 晓璇 梦琳 乐瑶 子萱 雨露 书涵 可昕 嘉琳 思佳 婉婷 若楠").split()
GIVEN1 = list("浩杰敏娜涛丹强燕")
MALE = set(("逸飞 梓轩 浩然 一凡 宇泽 俊杰 子睿 梓睿 昱辰 嘉豪 明瑞 思睿 俊宇 浩轩 泽宇 梓航 逸凡 天宇 子骞 家铭 浩铭 俊凯 宇恒 志鹏 "
            "晓东 一航 浩博 明杰 子扬 宇飞 俊逸 睿哲 博宇 晋源 立新 鹏程 国豪 凯瑞 泽轩 锦涛 嘉伟 佳豪 晨宇 子昂 一博 宏宇 启航 "
            "振华 俊伟 航宇 煜祺 浩宸 文轩 宇豪 梓瀚 嘉树 修远 景琛 毅恒 亦辰 浩 杰 涛 强").split())


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


C = {
 "bath": dict(major="健康与社会照护", code="0529", course="居家老年人生活照护", task="失能老人居家床上擦浴与翻身防压疮照护",
   hours=16, station="居家照护一体化学习工作站",
   situation="宿州城区一家居家养老服务站接到委托：一位中风后卧床的老人需要每周两次上门照护。服务站护理主管请照护班学员评估老人的皮肤和活动能力，制订床上擦浴和定时翻身的照护计划，准备用物，在实训居室的模拟人身上完成擦浴、更衣和翻身拍背，并填写照护记录交给家属。",
   qs=[("问题1 擦浴前要评估老人哪些情况？", ["意识和配合程度、皮肤有没有破损发红、室温是否在二十四度以上、老人是否刚进食。", "皮肤情况和室温。", "意识、皮肤、室温。"]),
       ("问题2 为什么每两小时要翻一次身？", ["骨突处长时间受压会缺血，两小时左右翻身一次能减轻受压，预防压疮。", "防止骨突处受压缺血。", "预防压疮。"])],
   hw=[("1. 擦浴的顺序是怎样的？", ["先脸和颈部，再上肢、胸腹，然后翻身擦背部，最后下肢和会阴，边擦边盖好。", "从上到下，边擦边盖。", "脸、上肢、胸腹、背、下肢。"]),
       ("2. 发现骶尾部皮肤发红怎么办？", ["不要按摩发红处，缩短翻身间隔，垫减压垫，记录面积并报告护理主管。", "缩短翻身间隔，报告主管。", "垫减压垫，不按摩。"])],
   outputs=[("居家照护记录", "擦浴后皮肤完好，翻身四次。"), ("翻身拍背记录表", "每两小时一次，左右侧卧交替。")]),
 "battery": dict(major="新能源汽车检测与维修", code="0435", course="动力电池系统检修", task="城配厢式电动物流车雨后高压绝缘故障检测与维修",
   hours=18, station="新能源汽车动力电池检修一体化学习工作站",
   situation="宿州一家城配物流公司的纯电动厢式物流车在雨后仪表报绝缘故障，无法上高压。维修站主管请新能源班学员做好高压防护，断电验电，用绝缘电阻测试仪分段测量，找出进水的高压插接件，更换密封件后恢复上电，并填写检修工单交给车队。",
   qs=[("问题1 断开高压前要做哪些防护？", ["穿绝缘鞋戴绝缘手套，断开维修开关并上锁挂牌，等待五分钟后验电。", "戴绝缘手套，断维修开关。", "上锁挂牌，等五分钟验电。"]),
       ("问题2 绝缘电阻多少算合格？", ["按标准不低于每伏一百欧，这辆车三百五十伏的系统至少要三十五千欧以上，实际一般有几兆欧。", "每伏不低于一百欧。", "至少三十五千欧。"])],
   hw=[("1. 为什么要分段测量绝缘？", ["把电池包、高压线束和用电设备分开测，哪一段阻值低，故障就在哪一段。", "分开测找出故障段。", "哪段低就在哪段。"]),
       ("2. 插接件进水后怎样处理？", ["吹干清洁端子，检查有没有腐蚀，更换密封圈，重新测量绝缘合格后再装复。", "吹干清洁，更换密封圈。", "测量合格再装复。"])],
   outputs=[("动力电池绝缘检测记录", "后舱高压插接件绝缘值0.12MΩ，更换后5.8MΩ。"), ("新能源汽车检修工单", "更换高压插接件密封圈。"), ("高压安全操作检查表", "各项已确认。")]),
 "breakfast": dict(major="饭店(酒店)服务", code="0504", course="中餐与客房送餐服务", task="古城民宿早餐中式摆台与客房送餐服务",
   hours=16, station="酒店餐饮服务一体化学习工作站",
   situation="邵阳老城区一家民宿酒店开始供应早餐，早餐有米粉、油饼和几样小菜，部分住客要求送餐到房间。酒店餐饮主管请酒店班学员设计早餐台的中式摆台，接听送餐电话、填写送餐单，按规范托盘送餐、敲门进房和摆放，并在离开时说明收餐时间。",
   qs=[("问题1 早餐中式摆台要摆哪些餐具？", ["骨碟、汤碗、汤勺、筷架和筷子、水杯，骨碟距桌边一指，筷子放在骨碟右侧。", "骨碟、汤碗、筷子、水杯。", "骨碟离桌边一指。"]),
       ("问题2 送餐进房前要做什么？", ["核对房号和单据，敲门三下报“送餐服务”，客人开门后征得同意再进房。", "核对房号，敲门报服务。", "征得同意再进房。"])],
   hw=[("1. 托盘送餐时重物放在哪里？", ["重的、高的放在托盘里侧靠近身体，轻的放外侧，保持重心稳定。", "重的放里侧。", "保持重心。"]),
       ("2. 客人投诉米粉凉了怎么处理？", ["先道歉，马上请厨房重新出一份，记录原因，缩短送餐路线的时间。", "道歉并重新出一份。", "记录原因。"])],
   outputs=[("早餐台中式摆台方案", "十人台，转盘居中。"), ("客房送餐服务记录", "送餐用时九分钟。"), ("送餐服务话术卡", "进房、摆放、离房三段。")]),
 "vlan": dict(major="计算机网络应用", code="0301", course="中小型网络搭建与维护", task="社区卫生服务中心办公网络VLAN划分与无线覆盖调试",
   hours=18, station="网络搭建与运维一体化学习工作站",
   situation="邵阳一家社区卫生服务中心要把挂号收费、诊室和公共区域的网络分开，候诊区要有访客无线网络。网络公司的项目经理请网络班学员勘察楼层，规划VLAN和IP地址，配置接入交换机和无线控制器，测试各区域的信号强度和连通性，并写出调试报告。",
   qs=[("问题1 为什么要把收费区和访客网络分开？", ["收费系统涉及患者信息和账款，访客网络不能访问它，分成不同VLAN并做访问控制更安全。", "保护患者信息安全。", "分VLAN做访问控制。"]),
       ("问题2 无线AP的信道怎样规划？", ["相邻AP用1、6、11三个不重叠信道，避免同频干扰。", "用1、6、11信道。", "避免同频干扰。"])],
   hw=[("1. Trunk口和Access口有什么区别？", ["Access口只属于一个VLAN，接电脑；Trunk口能通过多个VLAN，连交换机之间。", "Access接电脑，Trunk连交换机。", "Trunk能过多个VLAN。"]),
       ("2. 信号测试时要记录哪些数据？", ["测试点位置、信号强度、信道、速率和丢包率。", "信号强度和丢包率。", "位置和速率。"])],
   outputs=[("VLAN与IP地址规划表", "共划分五个VLAN。"), ("无线信号测试报告", "候诊区信号不低于-65dBm。")]),
 "plc": dict(major="机电一体化技术", code="0127", course="输送分拣设备PLC控制与联调", task="冷库包装车间输送分拣线PLC控制系统安装与调试",
   hours=18, station="机电设备安装调试一体化学习工作站",
   situation="济源一家食品冷库的包装车间新上一条输送分拣线，按纸箱条码把货分到三个出口。设备公司请机电班学员读懂电气图纸，安装传感器和电磁阀，完成PLC接线，编写分拣程序，联机调试并填写调试记录。",
   qs=[("问题1 光电传感器安装时要注意什么？", ["对准纸箱经过的高度，避开反光的金属面，接线区分NPN和PNP。", "对准纸箱高度。", "区分NPN和PNP。"]),
       ("问题2 分拣气缸动作太早怎么调？", ["根据输送带速度计算延时，加大推出前的定时器时间，直到纸箱正好到推板前。", "加大定时器时间。", "按带速算延时。"])],
   hw=[("1. PLC输出点接电磁阀为什么要加续流二极管？", ["电磁阀线圈断电时会产生反向高电压，二极管给它放电的回路，保护输出点。", "保护输出点。", "线圈断电有反向电压。"]),
       ("2. 联机调试前要检查什么？", ["接线是否牢固、电源电压、急停按钮是否有效、气压是否正常。", "急停和气压。", "接线和电源。"])],
   outputs=[("分拣线PLC接线图", "输入十二点，输出八点。"), ("分拣程序与调试记录", "连续运行两小时无错分。")]),
 "cornus": dict(major="中药", code="1301", course="中药饮片净制与切制", task="太行道地药材山茱萸净制与冬凌草切制加工",
   hours=16, station="中药饮片加工一体化学习工作站",
   situation="济源一家中药饮片厂收购了一批太行山区的山茱萸和冬凌草，需要加工成饮片。饮片厂质量部请中药班学员按炮制规范去除山茱萸的果核和杂质，把冬凌草润软后切段，干燥后检查片型和水分，填写生产记录。",
   qs=[("问题1 山茱萸为什么要去核？", ["果核不入药，又占重量，药典规定山茱萸用果肉，去核后才能保证用量准确。", "果核不入药。", "保证用量准确。"]),
       ("问题2 冬凌草切段前为什么要润药？", ["干草直接切容易碎，喷水闷润到软硬适中，切出来的段整齐不碎。", "干的容易碎。", "润软后切段整齐。"])],
   hw=[("1. 怎样判断药材润透了？", ["用手折弯不断，切开中间没有干心，就是润透了。", "折弯不断。", "中间没有干心。"]),
       ("2. 饮片干燥温度一般多少？", ["一般不超过八十度，含挥发油的药材不超过五十度。", "不超过八十度。", "含挥发油的不超过五十度。"])],
   outputs=[("山茱萸净制记录", "去核率百分之九十八。"), ("冬凌草切制记录", "段长十至十五毫米。"), ("饮片质量自检表", "水分百分之十一。")]),
 "endcap": dict(major="数控加工(数控车工)", code="0106", course="液压缸盖类零件数控车削", task="液压油缸端盖数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="济源一家液压机械厂的油缸端盖订单急，外协厂家交不上货。厂里把其中一批二十件交给学校数控车间加工。车间主任请数控班学员分析图纸，编写加工工艺和程序，完成外圆、内孔、密封槽和螺纹的车削，并按图纸做首件检验。",
   qs=[("问题1 车密封槽时要注意什么？", ["槽刀宽度要和槽宽对应，进给要慢，槽底要光，不能有毛刺，否则会划伤密封圈。", "槽底要光，不能有毛刺。", "进给要慢。"]),
       ("问题2 内螺纹为什么最后车？", ["螺纹要以已车好的内孔为基准，最后车能保证同轴，也避免后面的工序碰伤螺纹。", "以内孔为基准。", "避免碰伤螺纹。"])],
   hw=[("1. 端盖的同轴度怎样保证？", ["外圆和内孔在一次装夹中车出，减少重复装夹误差。", "一次装夹车出。", "减少装夹误差。"]),
       ("2. 首件检验不合格怎么办？", ["停止加工，分析是程序、刀具还是装夹的问题，改正后重新做首件。", "停机分析原因。", "改正后重做首件。"])],
   outputs=[("端盖首件检验记录", "密封槽宽4.1mm合格。"), ("端盖加工程序单", "O2318，共五十六段。"), ("加工工艺卡", "分粗车、精车、切槽、车螺纹四道工步。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="宿州市汴河技工学校", pack="dir", region="sz", course="bath", cls="照护2401班", size=36, seed=11,
         sidp="2413052901", students=["褚梓晴", "桑逸凡", "葛雨菲"], outsiders={"葛雨菲": "照护2402班"}, out_sidp="2413052902",
         extra_class=["胡子骞"], bad={"胡子骞": "over"}, others_named=["朱凤仙"],
         teachers=["周淑琴", "吴建华"], form_count="36名",
         f8="signbox", f10="cards", f11="care_typed", f12="buttons_photo",
         findings=[("students.not_in_class", 8, True, "葛雨菲"), ("records.invalid_score", 10, False, "胡子骞")],
         comment="葛雨菲 of the parallel class 照护2402班 (her class and 学号 on her worksheet, care records and homework) is the "
                 "third student of 8/11/12; item 10 (36 cards = form `全体学生36名`) has none for her: students.not_in_class. "
                 "Item 10 (scanned 200 dpi gray, a clinical thermometer lying on the page) is a grid of SCORE CARDS, three "
                 "across, each card `姓名 | 学号` then 评估(20) 擦浴(40) 翻身(25) 沟通(15) 合计; 胡子骞's card has 19 under "
                 "`沟通(15)` (合计 the sum): records.invalid_score. Item 8 (scanned 250 gray, thermometer): the student named only "
                 "in a SIGNATURE BOX at the foot (学生签名 | 教师签名 | 日期), the care receiver 朱凤仙 (服务对象) named at the top. No roster"),
    dict(school="宿州市汴河技工学校", pack="dir", region="sz", course="battery", cls="新能源2302班", size=40, seed=12,
         sidp="23130435", students=["马浩宸", "徐梓妍", "孙景澄"], others_named=["桑德全", "葛秀云"],
         teachers=["陈汝坤", "张守礼"], form_count="40名", roster="uniform", headteacher="杨蕴秋",
         f8="plain_line", f10="weighted", f11="workorder_typed", f12="hand_page",
         findings=[],
         comment="clean. Item 10 (TYPED) is a WEIGHTED register: 过程考核 parts summing to 过程小计(100), 成果考核 parts summing "
                 "to 成果小计(100), 总评 = 过程小计×40%+成果小计×60% rounded, as the note says (总评 is NOT the sum of the parts). "
                 "Roster: a 校服征订登记表 used as the class list (40, 身高/尺码 columns, 经办人 葛秀云 named, not a student); 40 = "
                 "form `40名` = item 10. The fleet's dispatcher 桑德全 is named on the work orders (item 11, typed) as 送修人"),
    dict(school="邵阳市宝庆技工学校", pack="gbkzip", region="sy", course="breakfast", cls="酒店2401班", size=38, seed=21,
         sidp="2443050401", students=["曾雨露", "彭浩铭", "申可昕"], items={11: ["曾雨露", "彭浩铭"]},
         extra_class=["尹景琛"], bad={"尹景琛": "sum"}, others_named=["罗春梅"],
         teachers=["邓翠娥", "唐志刚"], form_count="38人",
         f8="stub", f10="sessions", f11="roomservice_scan", f12="plain_photo",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "尹景琛")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (SCANNED colour 200: hand-filled 客房送餐服务单 and 摆台 sheets, `服务员：<hand>`) holds the works of only "
                 "TWO students, 曾雨露 and 彭浩铭 (申可昕's missing; 8 and 12 hold the three): students.count on 11; "
                 "students.mismatch optional. Item 10 (scanned colour 200, LANDSCAPE) has six class-session columns 第1次…第6次 "
                 "(5 each) + 摆台操作(40) + 送餐服务(30) + 总分; 尹景琛's 总分 is 7 above the sum: records.invalid_score. Item 8 "
                 "(scanned 200 gray): the name only on a tear-off STUB at the top (工作页领取存根, `- - 沿此线剪开 - -`). The "
                 "hotel's catering supervisor 罗春梅 is named (not a student). No roster"),
    dict(school="邵阳市宝庆技工学校", pack="gbkzip", region="sy", course="vlan", cls="网络2402班", size=42, seed=22,
         sidp="2443030102", students=["肖梓瀚", "蒋沐瑶", "谢宇恒"], extra_class=["伍书涵"], absent_from_10=["伍书涵"],
         others_named=["聂文斌"], teachers=["李昭明", "刘美君"], form_count="42人", roster="textbooks", headteacher="陈素琼",
         f8="head_row", f10="by_group", f11="report_typed", f12="photo_line",
         findings=[("records.missing_student", 10, False, "伍书涵"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 教材领取签收单 used as the class list: 序号 学号 姓名 then each student's own signature in "
                 "hand, 42) and the form (`网络2402班／42人`) hold 伍书涵; item 10 (TYPED, grouped by 小组 with a head row per group "
                 "naming the 组长) has 41 rows and none for her: records.missing_student and records.count_mismatch. Item 8 "
                 "(1-bit 200): bordered head row 姓名|学号|班级|机位. The network company's project manager 聂文斌 is named on "
                 "the reports (item 11) as 项目经理"),
    dict(school="济源市王屋技工学校", pack="zip", region="jy", course="plc", cls="机电2401班", size=40, seed=31,
         sidp="24290127", students=["段修远", "原嘉琳", "薛鹏程"], items={12: ["段修远", "原嘉琳", "翟若溪"]},
         extra_class=["翟若溪", "苗宇飞"], bad={"苗宇飞": "over"}, others_named=["常建设"],
         teachers=["卫国强", "郑晓红"], form_count="40人（男34人，女6人）",
         f8="color_head", f10="footnote_max", f11="wiring_typed", f12="scan_gray_hand",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "苗宇飞")],
         comment="item 12 (scanned 200 gray, whole pages in handwriting) holds the homework of 段修远, 原嘉琳 and classmate 翟若溪 "
                 "(with an item-10 record) instead of 薛鹏程's (items 8 and 11 hold the three): students.mismatch. Item 10 (TYPED): "
                 "`序号 姓名 学号 接线工艺 程序编写 系统调试 总分 等级` with NO maxima in the head; they stand only in the note under "
                 "the table (接线工艺满分30分，程序编写满分40分，系统调试满分30分); 苗宇飞 has 34 under 接线工艺 (总分 the sum, 等级 "
                 "from it): records.invalid_score. The equipment company's engineer 常建设 signs the debugging records (item 11)"),
    dict(school="济源市王屋技工学校", pack="zip", region="jy", course="cornus", cls="中药2402班", size=34, seed=32,
         sidp="24291301", students=["苗诗淇", "常煜祺", "卫雨嘉"], items={8: ["苗诗淇", "常煜祺"]},
         teachers=["薛兰芬", "段长青"], form_count="35人（男9人，女26人）", size_on_form=35,
         f8="photo_box", f10="mono_scan", f11="process_typed", f12="photo_name",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (PHONE PHOTOS, coat buttons lying on the sheets) holds the worksheets of only TWO students, 苗诗淇 and "
                 "常煜祺 (卫雨嘉's missing; 11 and 12 hold the three): students.count on 8; students.mismatch optional. The form "
                 "says `35人（男9人，女26人）`; item 10 (scanned 1-bit 200) lists 34 (no roster): records.count_mismatch. The "
                 "student's name on the worksheets stands in a small box at the top right `学生：<hand>`"),
    dict(school="济源市王屋技工学校", pack="zip", region="jy", course="endcap", cls="数控2402班", size=38, seed=33,
         sidp="24290106", students=["翟浩博", "郑欣蕊", "杨嘉澍"], others_named=["原铁柱"],
         teachers=["赵卫民", "王巧凤", "李延福"], form_count="38人（男35人，女3人）",
         f8="signbox_master", f10="bonus", f11="inspection_typed", f12="exercise_book",
         findings=[],
         comment="clean. Item 10 (scanned colour 200, a clinical thermometer lying on it) has a BONUS column 附加分 (0-5) beside "
                 "the four parts (20/20/50/10); 总分 = the parts + 附加分, capped at 100, as the note under the table explains "
                 "(so several 总分 exceed the sum of the four parts, legally; none exceeds 100). 38 rows = form `38人（男35人，女3人）`. "
                 "The factory's master 原铁柱 signs each worksheet as 企业导师 (item 8, a signature box at the foot). Three teachers"),
]

PROVINCE = {1: "安徽省宿州市", 2: "湖南省邵阳市", 3: "河南省济源市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 宿州: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 邵阳: "8．工作页.pdf" (full-width dot)
        return "%d．%s.pdf" % (n, NAMES[n])
    return "%d-%s（%s）.pdf" % (n, NAMES[n], s["cls"])   # 济源: "8-工作页（机电2401班）.pdf"


def form_name(s, c):
    return {1: ("附件2：%s申报书.docx" % c["task"], "docx"),
            2: ("%s申报书.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("工学一体化优质课堂申报书（%s）.docx" % s["cls"], "docx")}[grp(s)]


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
        return "授课对象 | %s全体学生，共%s" % (s["cls"], s["form_count"])
    if g == 2:
        return "授课班级及人数 | %s／%s" % (s["cls"], s["form_count"])
    return "班级人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 宿州: a sentence in the 授课对象 cell
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s全体学生，共%s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 邵阳: class and size with a full-width slash
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及人数", "%s／%s" % (s["cls"], s["form_count"])), ("授课地点", c["station"])]
    else:   # 济源: with the boys and girls in brackets
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作企业的真实需求，成果经企业验收。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=5 + s["seed"] % 20, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
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
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 9", "√ 10", "√ 清楚", "√ 较好"])


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
        return s["out_sidp"] + "17"   # the parallel class
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
    if f == "photo_box":   # photographed; the student in a small box at the top right
        lines = []
        for i, n in enumerate(names):
            if i:
                lines.append("----")
            lines += ["%s　学习工作页" % c["task"][:10], "> 学生：%s　（%s）" % (n, cls_of(s, n)), "活动二　净制与切制",
                      "【任务情境】" + c["situation"][:60] + "……", ""]
            for qi, (q, a) in enumerate(c["qs"]):
                lines += [q, "> " + a[(i + qi) % 3], "! " + mark(rng), ""]
            lines += ["! 教师评价：%s　%s" % (["认真", "完整"][i % 2], t[i % 2])]
        return "08.txt", "\n".join(lines) + "\n", "x-photo:200:2:buttons"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f in ("signbox", "signbox_master"):   # the student only in a signature box at the foot
            if f == "signbox":
                top = "<p>服务对象：%s（女，78岁，卧床）　　服务地点：实训居室3号床</p>" % s["others_named"][0]
                row = [["学生签名", "教师签名", "日　期"], [hand(n), hand(t[i % 2], True, BLACK), hand(day(s, i), True)]]
            else:
                top = "<p>零件：液压油缸端盖　　图号：YG-63-%02d　　工位：%d号数控车床</p>" % (i + 1, 3 + i)
                row = [["操作者签字", "企业导师签字", "指导教师签字", "日　期"],
                       [hand(n), hand(s["others_named"][0], True, BLACK), hand(t[i % 3], True, BLACK), hand(day(s, i), True)]]
            body = (title + top + sit + answers(c, rng, i) + comment + "<p>&nbsp;</p>" +
                    tbl(row, width="100%", pad="6px 6px") + '<p style="font-size:8pt">（%s　%s）</p>' % (cl, sid))
        elif f == "stub":   # a tear-off stub at the top: the name only there
            stub = ('<p style="font-size:9pt">工作页领取存根　　班级：%s　　姓名：%s　　学号：%s　　领取日期：%s</p>'
                    '<p style="text-align:center;color:#555">- - - - - - - - - - - - - 沿此线剪开 - - - - - - - - - - - - -</p>'
                    % (hand(cl, True), hand(n), hand(sid, True), hand(day(s, i)[5:], True)))
            body = (stub + title + "<p>指导：%s（酒店餐饮主管）</p>" % s["others_named"][0] + sit + answers(c, rng, i) + comment)
        elif f == "plain_line":
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_row":
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "机位", hand("%d号机柜" % (2 + i), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "color_head":
            head = tbl([["学生姓名", hand(n, True), "班级", hand(cl, True)], ["学　　号", hand(sid, True), "实训台", hand("%d号" % (5 + i), True)]],
                       width="76%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"signbox": "x-scanpdf:250:thermo", "signbox_master": "x-scanpdf:250", "stub": "x-scanpdf:200",
            "plain_line": "x-scanpdf:200", "head_row": "x-scanpdf:200:mono", "color_head": "x-scanpdf:200:color"}[f]
    font = {"head_row": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    if f == "cards":   # a grid of score cards, three across
        parts = [("评估", 20), ("擦浴", 40), ("翻身", 25), ("沟通", 15)]
        cards = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.7, 0.97)
            if bad.get(n) == "over":
                v[3] = 19
            inner = ('<table style="border-collapse:collapse" width="100%%">'
                     '<tr>%s%s</tr><tr>%s</tr><tr>%s</tr></table>' % (
                         td("<b>%d</b>" % (k + 1), ' align="center" rowspan="3" width="8%"', "1px 2px"),
                         td("姓名：<b>%s</b>　学号：%s" % (n, sid_of(s, n)), ' colspan="5"', "1px 3px"),
                         "".join(td("%s(%d)" % p, ' align="center"', "1px 2px") for p in parts) + td("合计", ' align="center"', "1px 2px"),
                         "".join(td(str(x), ' align="center"', "1px 2px") for x in v) + td("<b>%d</b>" % sum(v), ' align="center"', "1px 2px")))
            cards.append(inner)
        rows = []
        for j in range(0, len(cards), 3):
            rows.append("<tr>%s</tr>" % "".join('<td style="padding:3px 4px;vertical-align:top">%s</td>' % x for x in cards[j:j + 3]))
        body = (head10(s, c, "学习任务考核评分卡（汇总）") + '<table width="100%%">%s</table>' % "".join(rows) +
                "<p>说明：每名学生一张评分卡，括号内为该项满分。</p>" + sign)
        return "10.html", html(body, "7.5pt", compact=True, page="margin:1.0cm 0.9cm 2.6cm 0.9cm"), "x-scanpdf:200:thermo"
    if f == "weighted":   # 过程小计 and 成果小计, each of 100, 总评 weighted 40/60
        pp = [("安全防护", 30), ("检测步骤", 40), ("工单填写", 30)]
        rp = [("故障定位", 50), ("维修质量", 50)]
        h1 = ("<tr>%s%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>过程考核（权重40%）</b>", ' align="center" colspan="4"', pad),
                                       td("<b>成果考核（权重60%）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>总评</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in pp] + ["<b>小计</b>"] + ["<b>%s(%d)</b>" % p for p in rp] + ["<b>小计</b>"], pad)]
        for k, n in enumerate(rec):
            a = part_scores(rng, pp)
            b = part_scores(rng, rp)
            tot = int(sum(a) * 0.4 + sum(b) * 0.6 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in a] + [str(sum(a))] + [str(x) for x in b] + [str(sum(b)), str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) +
                "<p>注：总评＝过程考核小计×40%＋成果考核小计×60%，四舍五入取整。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "sessions":   # landscape: six class-session marks, two practical parts, 总分
        parts = [("第%d次" % (i + 1), 5) for i in range(6)] + [("摆台操作", 40), ("送餐服务", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 1.0)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), "请假1次" if k % 11 == 4 else ""], pad))
        body = (head10(s, c, "学习任务考核记录（课堂表现＋实操考核）") + table(out) +
                "<p>第1—6次为每次课的课堂表现，每次满分5分。</p>" + sign)
        return "10.html", html(body, "8pt", compact=True, page="size:29.7cm 21cm;margin:0.9cm 1.2cm"), "x-scanpdf:200:color"
    if f == "by_group":   # grouped by 小组, a head row per group naming its 组长
        parts = [("方案规划", 20), ("设备配置", 35), ("测试排障", 30), ("报告", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            if k % 7 == 0:
                out.append('<tr><td colspan="8" style="border:0.75pt solid #000;padding:0px 6px;background:#e8e8e8">第%s组　组长：%s</td></tr>'
                           % ("一二三四五六七"[k // 7], n))
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "footnote_max":   # no maxima in the head, only in the note under the table
        parts = [("接线工艺", 30), ("程序编写", 40), ("系统调试", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p for p, _ in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 34
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = (head10(s, c, "学习任务考核成绩单") + table(out) +
                "<p>注：接线工艺满分30分，程序编写满分40分，系统调试满分30分，总分100分；90分以上优秀，80—89分良好，70—79分中等，60—69分及格。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "mono_scan":   # a plain table, scanned 1-bit
        parts = [("净选", 20), ("去核", 25), ("润切", 30), ("干燥与自检", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "签名"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), ""], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:mono"
    if f == "bonus":   # four parts + 附加分, capped at 100
        parts = [("工艺编制", 20), ("程序编制", 20), ("实操加工", 50), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分<br/>(0-5)", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.65, 0.95)
            b = rng.choice([0, 0, 0, 2, 3, 5]) if k % 3 == 0 else 0
            tot = min(100, sum(v) + b)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：附加分用于奖励提出合理化工艺改进或主动帮助组员的学生，每人0—5分；总分＝各项得分＋附加分，最高100分。</p>" + sign)
        return "10.html", html(body, "8pt", compact=True, page="margin:0.9cm 1.5cm 2.6cm 1.5cm"), "x-scanpdf:200:color:thermo"
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
            if f == "care_typed":   # 照护员 the student, 服务对象 the care receiver
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["服务对象", s["others_named"][0], "床号", "居室3号床"], ["照护员", n, "班级／学号", "%s／%s" % (cl, sid)],
                                  ["时间", day(s, 30 + i), "审核", t[j % 2]], ["记录", (desc, ' colspan="3" align="left"')]], width="92%"))
            elif f == "workorder_typed":   # 检修技师 the student, the fleet's dispatcher as 送修人
                parts.append('<h3>%s</h3>' % title + tbl([["送修单位", "城配物流车队", "送修人", s["others_named"][0]],
                                                          ["检修技师", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                                          ["项目", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "roomservice_scan":   # hand-filled service sheets, scanned
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["房号", hand("%d" % (201 + 3 * i + j), True), "送餐时间", hand("7:%02d" % (20 + 5 * j), True)],
                                  ["服务员", hand(n), "班级", hand(cl, True)],
                                  ["内容", hand(desc, True), "主管", hand(s["others_named"][0], True, BLACK)]], width="92%", pad="6px 6px"))
            elif f == "report_typed":   # 实施人 and 项目经理
                parts.append('<h3>%s</h3><p>实施人：%s（%s，学号%s）　　项目经理：%s</p>' % (title, n, cl, sid, s["others_named"][0]) +
                             tbl([["区域", "VLAN", "网段"], ["挂号收费", "10", "192.168.10.0/24"], ["诊室", "20", "192.168.20.0/24"],
                                  ["访客无线", "99", "192.168.99.0/24"]], width="80%") + "<p>结论：%s　审核：%s</p>" % (desc, t[j % 2]))
            elif f == "wiring_typed":   # 调试人 the student, the engineer signs
                parts.append('<h3>%s</h3>' % title + tbl([["调试人", n, "班级", cl], ["设备厂家工程师", s["others_named"][0], "指导教师", t[j % 2]],
                                                          ["结果", (desc, ' colspan="3" align="left"')]], width="90%"))
            elif f == "process_typed":   # 加工人 and 质检
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["加工人", n, "班级", cl], ["批号", "SZY-2410-%02d" % (3 * i + j + 1), "日期", day(s, 30 + i)],
                                  ["结果", desc, "质检", t[j % 2]]], width="90%"))
            elif f == "inspection_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "液压油缸端盖", "图号", "YG-63-%02d" % (1 + j)], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 3]],
                                  ["外径", "φ90 0/-0.035", "%.3f" % (89.985 - 0.004 * i), "合格"], ["密封槽", "4 +0.1", "4.0%d" % (4 + j), "合格"]], width="92%") +
                             "<p>备注：%s</p>" % desc)
            else:
                raise SystemExit(f)
    meth = "x-scanpdf:200:color" if f == "roomservice_scan" else "pdf"
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), meth


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
        if f == "buttons_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_page":
            head = ["课后作业", "> 班级：%s　姓名：%s" % (cl, n)]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "photo_line":
            head = ["网络搭建课后作业", "> 学号：%s　姓名：%s" % (sid, n)]
        elif f == "scan_gray_hand":
            head = ["> 课后作业　%s" % cl, "> 姓名：%s" % n]
        elif f == "photo_name":
            head = ["中药饮片课后作业", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"buttons_photo": "x-photo:200:1:buttons", "hand_page": "x-scan:200:4", "plain_photo": "x-photo:200:2",
            "photo_line": "x-photo:200:1", "scan_gray_hand": "x-scan:200:3", "photo_name": "x-photo:200:2",
            "exercise_book": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    g = n[2:] if n[:2] in ("欧阳", "司马") else n[1:]
    return "男" if g in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "uniform":   # a uniform order sheet used as the class list
        rng = random.Random(s["seed"] * 99)
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "身高(cm)", "上衣尺码", "裤子尺码"])]
        for j, n in enumerate(k):
            h = rng.randint(168, 183) if sex_of(n) == "男" else rng.randint(155, 168)
            sz = "XL" if h >= 178 else "L" if h >= 170 else "M" if h >= 162 else "S"
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), str(h), sz, sz], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单（校服征订登记表）</h2><p style="text-align:center">%s　2024年秋季</p>' % (s["cls"], s["school"]) +
                table(rows, width="86%") + "<p>班主任：%s　　经办人：%s（后勤处）　　合计：%d人</p>" % (s["headteacher"], s["others_named"][1], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "textbooks":   # a textbook receipt list: each student signs in hand
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "教材（册）", "领取人签名"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, "3", hand(n, True, BLACK, size="11pt")], "0px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单（教材领取签收单）</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="84%") + "<p>班主任：%s　　　共%d人　　　发放：教务科</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "120th held-out people corpus (testdata/heldout120), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 120)
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
            "class_size_on_form": s.get("size_on_form", int(re.search(r"\d+", s["form_count"]).group())), "form_count_text": form_count_text(s),
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
