#!/usr/bin/env python3
"""Write the sources of the 108th held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 新泰
(Shandong, 泰安), 巩义 (Henan, 郑州) and 武穴 (Hubei, 黄冈).

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
# the truth files read for names, tasks and courses to avoid (heldout107 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 107)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 新泰 (Shandong; 亓 and 房 are typical of 新泰/莱芜, 公 rare),
# 巩义 (Henan; 司 康 靳 牛 申), 武穴 (鄂东; 梅 饶 殷 汪 余 童)
SURNAMES = {
    "xt": list("王王王王李李李张张张刘刘刘陈杨赵孙徐徐马朱郭宋魏房房亓亓亓吕公"),
    "gy": list("王王王王李李李张张张刘刘刘杨杨陈赵郭郭孙马周司康宋牛申靳杜"),
    "wx": list("陈陈陈王王王李李张张刘刘周胡胡吴郭余余徐汪汪梅饶殷郑夏石何蔡程童黄"),
}
GIVEN2 = ("乐天 舒凝 维森 雨霏 可蕊 晨熙 一帆 若琳 博远 梓晴 子恒 芊芊 思淼 宇辰 予涵 佳禾 雨航 若溪 佳欣 子谦 晓蝶 宇杰 "
          "舒然 沐阳 语汐 芷若 可昕 文轩 朝阳 "
          "景瑜 知远 书恒 亦舒 瑾萱 晏清 以宁 明朗 清越 嘉禾 牧野 星辰 予安 念慈 知夏 青禾 云帆 思齐 承宇 修远 "
          "德润 卓然 语宸 婉婷 静姝 雅萱 羽彤 若汐 筱雨 梓琪 欣桐 依然 诗涵 一然 语涵 梓悦 沐晴 雨涵 子琪 晗玥 "
          "浩博 俊宇 子阳 明宇 伟杰 志强 凯瑞 晨宇 泽霖 逸飞 宇恒 皓宸 博宇 宸睿 梓轩 浩然 振华 海涛 建业 嘉树 "
          "锦华 恩泽 瑞阳 宇泽 子恺 天成 家铭 奕铭 永乐 昊天 晨曦 佳乐 梦涵 语彤 欣怡 雨晴 思涵 晓雪 雅琪 婧怡").split()
GIVEN1 = list("浩琪航凯悦瑶帅磊")


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
        sur = rng.choice(SURNAMES[region])
        for _ in range(400):
            name = sur + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


def Q(a, b, c):
    return [a, b, c]


C = {
 "belt": dict(major="机电一体化技术", code="0127", course="矿山机电设备PLC控制装调", task="矿用带式输送机液压张紧装置PLC控制系统安装与调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="新泰一座煤矿的井下带式输送机张紧装置经常张力不稳，皮带打滑。矿机电科委托学校按新的控制要求，为实训线上的带式输送机张紧装置安装电气控制柜，完成I/O分配、接线、PLC程序编写与调试，实现张力自动保持和断带保护，并交付调试记录。",
   qs=[("问题1 张紧装置为什么要保持恒定张力？", Q("张力太小皮带会打滑，张力太大会加快皮带和滚筒的磨损，恒定张力才能平稳运行。", "太小打滑，太大磨损。", "平稳运行。")),
       ("问题2 接线完成后通电前要检查什么？", Q("用万用表查主回路有无短路，核对I/O接线与分配表一致，确认急停回路可靠。", "查短路，核对I/O。", "急停可靠。"))],
   hw=[("1. 断带保护怎样实现？", Q("速度传感器检测皮带速度，低于设定值延时两秒停机报警。", "速度低于设定值就停机。", "延时报警。")),
       ("2. PLC程序为什么要分段调试？", Q("先调输入输出点，再调单个动作，最后联调，出错时容易找到原因。", "容易找到错误。", "先单动后联调。"))],
   outputs=[("I/O分配表与接线图", "输入十二点，输出八点。"), ("张紧控制程序调试记录", "张力波动小于百分之五。")]),
 "bath": dict(major="健康与社会照护", code="0529", course="居家失能照护与清洁护理", task="社区失能老人居家助浴与压疮预防照护",
   hours=16, station="健康照护一体化学习工作站",
   situation="新泰一家社区居家养老服务站为辖区内的失能老人提供上门助浴服务。服务站护师请照护班学员在实训室模拟老人家中的浴室，评估老人皮肤和身体状况，准备助浴用物，协助老人安全沐浴、更换衣物，检查骨突部位皮肤并做好压疮预防，最后填写照护记录。",
   qs=[("问题1 助浴前要评估老人哪些情况？", Q("测量血压和体温，询问进食时间，看皮肤有无破损，饭后一小时内不洗。", "血压体温和皮肤。", "饭后不马上洗。")),
       ("问题2 怎样预防压疮？", Q("每两小时翻身一次，骨突处垫软枕，保持床单平整干燥，加强营养。", "两小时翻身一次。", "床单平整干燥。"))],
   hw=[("1. 水温怎样控制？", Q("水温保持在四十度左右，先用前臂内侧试温，再让老人试。", "四十度左右。", "先用前臂试温。")),
       ("2. 助浴中老人头晕怎么办？", Q("立即停止洗浴，扶老人坐下或躺平，擦干保暖，测血压，必要时联系医生。", "立即停止，扶坐下。", "联系医生。"))],
   outputs=[("助浴照护计划", "每周两次，每次不超过二十分钟。"), ("皮肤评估与压疮预防记录", "骶尾部皮肤完整。")]),
 "wlan": dict(major="计算机网络应用", code="0301", course="中小企业无线局域网部署", task="耐火材料厂办公楼无线网络部署与VLAN划分",
   hours=16, station="网络组建一体化学习工作站",
   situation="巩义一家耐火材料厂新建三层办公楼，原来的网络经常断线，访客和员工混用一个网段。厂信息主管请网络班学员勘测信号，设计网络拓扑，为办公、生产管理和访客划分VLAN，配置核心交换机、AC和AP，完成漫游测试并编写验收报告。",
   qs=[("问题1 为什么要给访客单独划分VLAN？", Q("访客和内部网络隔开，防止外来设备访问财务和生产系统。", "和内网隔开。", "防止访问内部系统。")),
       ("问题2 AP的安装位置怎样确定？", Q("先用软件做信号勘测，避开承重墙和金属柜，相邻AP信道错开。", "先做信号勘测。", "信道错开。"))],
   hw=[("1. 什么是无线漫游？", Q("终端从一个AP的覆盖区走到另一个AP时，连接不断、IP不变。", "走动时连接不断。", "IP不变。")),
       ("2. 交换机配置为什么要备份？", Q("设备故障或误操作后可以快速恢复，不用重新配置。", "快速恢复。", "不用重配。"))],
   outputs=[("办公楼网络拓扑与VLAN规划表", "划分VLAN十、二十、三十。"), ("核心交换机配置文件", "共一百二十六行。"), ("无线漫游测试验收报告", "漫游切换小于一百毫秒。")]),
 "hvil": dict(major="新能源汽车检测与维修", code="0435", course="电动商用车高压安全与互锁检修", task="城配纯电厢式车晨间无法上高压的互锁回路诊断",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="巩义一家物流公司的纯电动物流车早上无法上高压电，仪表提示高压互锁故障。公司车队长把车送到校企合作维修站，站长请新能源班学员做好高压防护，读取故障码，按电路图检查高压互锁回路，找到松动的插接器并修复，最后做绝缘检测和路试。",
   qs=[("问题1 高压作业前要做哪些防护？", Q("穿戴绝缘手套和绝缘鞋，断开维修开关，等待五分钟后验电，设置警示牌。", "绝缘手套，断维修开关。", "验电，设警示牌。")),
       ("问题2 高压互锁回路有什么作用？", Q("检查高压插接器是否全部连接好，任何一处断开就切断高压，保护人员安全。", "插接器断开就切断高压。", "保护安全。"))],
   hw=[("1. 绝缘检测用什么仪表？", Q("用绝缘电阻测试仪，选五百伏或一千伏挡，测高压线对车身的电阻。", "绝缘电阻测试仪。", "测对车身电阻。")),
       ("2. 修复后为什么要路试？", Q("确认故障不再出现，检查加速、制动能量回收都正常。", "确认故障消除。", "检查能量回收。"))],
   outputs=[("高压互锁故障维修工单", "更换PDU低压插接器。"), ("绝缘检测记录", "绝缘电阻大于五百兆欧。")]),
 "feast": dict(major="烹饪(中式烹调)", code="0501", course="河洛宴席汤菜制作", task="河洛水席八道汤菜制作与出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="巩义一家酒楼接到一场二十桌的河洛水席预订，席面要求八道汤菜依次上桌。酒楼主厨请烹饪班学员按标准菜谱准备原料，完成牡丹燕菜、酸辣鱿鱼等汤菜的刀工、吊汤、调味和出品，控制上菜节奏，并做成本核算。",
   qs=[("问题1 水席为什么叫“水席”？", Q("道道菜都有汤水，而且一道接一道像流水一样上桌。", "菜都有汤水。", "像流水一样上桌。")),
       ("问题2 吊清汤要注意什么？", Q("小火慢吊，不能大开，用鸡茸扫汤去掉浮沫，汤色才清亮。", "小火慢吊。", "扫汤去浮沫。"))],
   hw=[("1. 牡丹燕菜的“燕菜”用什么做？", Q("用白萝卜切细丝，裹粉蒸制，模仿燕窝的样子。", "白萝卜丝。", "裹粉蒸制。")),
       ("2. 怎样控制上菜节奏？", Q("按菜单顺序，每道菜间隔三到五分钟，前一道快吃完时上下一道。", "间隔三到五分钟。", "按菜单顺序。"))],
   outputs=[("河洛水席出品记录", "二十桌按时出品。"), ("宴席成本核算单", "每桌成本六百二十元。")]),
 "herbs": dict(major="中药", code="1301", course="道地饮片入库验收与斗谱管理", task="鄂东道地药材饮片验收与药斗装斗",
   hours=16, station="中药饮片调剂一体化学习工作站",
   situation="武穴一家中医院中药房新到一批鄂东产的艾叶、茯苓和半夏等饮片。药房主任请中药班学员按质量标准逐件验收，核对品名、产地、批号和包装，检查性状、水分和虫蛀霉变，合格饮片按斗谱装斗，填写验收和养护记录。",
   qs=[("问题1 饮片验收要核对哪些内容？", Q("品名、规格、产地、批号、生产日期、数量，以及合格证和检验报告。", "品名、批号、产地。", "合格证。")),
       ("问题2 为什么要按斗谱装斗？", Q("常用药放在中间好拿的位置，相反相畏的药不放在一起，调剂时不会拿错。", "调剂时不会拿错。", "相反的药分开。"))],
   hw=[("1. 怎样检查饮片有没有霉变？", Q("看表面有无白色或绿色霉点，闻有无霉味，手摸是否发潮。", "看霉点，闻霉味。", "摸是否发潮。")),
       ("2. 半夏为什么要单独存放？", Q("生半夏有毒，要专柜存放、专人管理，和炮制品分开。", "有毒，专柜存放。", "专人管理。"))],
   outputs=[("饮片验收记录", "十二个品种全部合格。"), ("药斗装斗登记表", "装斗三十六格。")]),
 "banquet": dict(major="饭店(酒店)服务", code="0504", course="水上游轮中餐宴会服务", task="长江游轮中式宴会摆台与席间服务",
   hours=16, station="酒店服务一体化学习工作站",
   situation="武穴港的一艘长江旅游游轮要在航行中接待一场十桌的中式宴会。游轮餐饮部领班请酒店班学员根据宴会预订单设计台面，完成铺台布、摆餐具、折口布，迎宾引座，斟酒上菜，并在船舶摇晃的条件下保证席间服务安全。",
   qs=[("问题1 中餐宴会摆台的顺序是什么？", Q("先铺台布，再摆餐碟、汤碗、筷架和筷子，然后摆酒杯，最后放口布和菜单。", "台布、餐碟、筷子、酒杯。", "最后放口布。")),
       ("问题2 斟酒时要注意什么？", Q("从主宾开始顺时针斟，白酒斟八分满，瓶口不碰杯口，商标朝向客人。", "从主宾开始，八分满。", "商标朝向客人。"))],
   hw=[("1. 游轮上服务有什么特别要求？", Q("托盘要放稳，汤菜不能太满，船晃时先停步站稳，防止烫伤客人。", "托盘放稳，汤不太满。", "船晃先站稳。")),
       ("2. 客人提出换菜怎么处理？", Q("先向客人致歉，了解原因，报告领班，和厨房协调后尽快更换。", "致歉，报告领班。", "和厨房协调。"))],
   outputs=[("宴会台面设计说明", "主题为江城夜色。"), ("席间服务记录", "十桌服务两小时四十分钟。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="新泰市青云技工学校", pack="dir", region="xt", course="belt", cls="机电2401班", size=40, seed=11,
         sidp="2409012701", students=["亓乐天", "房舒凝", "公维森"], items={12: ["亓乐天", "房舒凝"]},
         extra_class=["吕朝阳"], bad={"吕朝阳": "over"}, others_named=["朱宪平"],
         teachers=["亓洪涛", "房丽君"], form_count="共40人", size_on_form=40,
         f8="side_column", f10="letter_legend", f11="commission_typed", f12="name_line_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "吕朝阳")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a face mask lying on the pages) holds the homework of only TWO students, 亓乐天 and 房舒凝 "
                 "(公维森's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (TYPED) "
                 "has letter columns A-E whose maxima are only in a legend above the table (评分项目及配分：… D PLC编程与调试（30分）…); "
                 "吕朝阳 has 34 under D (合计 the sum): records.invalid_score. Item 8 (scanned 200 gray, a face mask on the page): "
                 "the student's identity stacked in a narrow LEFT SIDE COLUMN of the page table. The mine's electrician 朱宪平 signs "
                 "the commissioning records as 矿方验收 (not a student). No roster"),
    dict(school="新泰市青云技工学校", pack="dir", region="xt", course="bath", cls="照护2402班", size=36, seed=12,
         sidp="2409052902", students=["魏雨霏", "宋可蕊", "徐晨熙"], others_named=["亓凤芝", "刘庆华", "房玉梅"],
         teachers=["陈素娟", "魏建明"], form_count="36", size_on_form=36, roster="photo_wall", headteacher="马昭华",
         f8="care_record", f10="weighted_grade", f11="careplan_typed", f12="hand_page",
         findings=[],
         comment="clean. Roster: a typed 学生信息墙 (six across, a grey 照片 box, name and 学号 under each), 36 = form `学生人数（人） | 36` "
                 "= item 10 (scanned 200 gray, an adhesive plaster on a corner): a WEIGHTED register, 过程评价（百分制）×40% + "
                 "成果评价（百分制）×60% = 总评 (one decimal), 等级 beside it, explained under the table. The old lady 亓凤芝 (照护对象), "
                 "her daughter 刘庆华 (家属) and the station's nurse 房玉梅 (带教护师) are named on items 8 and 11 (not students)"),
    dict(school="巩义市嵩洛技工学校", pack="gbkzip", region="gy", course="wlan", cls="网络2401班", size=42, seed=21,
         sidp="24100301", students=["司一帆", "康若琳", "靳博远"], extra_class=["牛梓晴"], absent_from_10=["牛梓晴"],
         teachers=["郭红伟", "康海燕"], form_count="42人（男30人，女12人）", size_on_form=42, roster="lab_seats", headteacher="杜建设",
         f8="head_row3", f10="name_first_grade", f11="config_typed", f12="plain_photo",
         findings=[("records.missing_student", 10, False, "牛梓晴"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生名单 of 42 in the order of seats in the computer lab, `机位` column) and the form "
                 "(`班级人数 | 42人（男30人，女12人）`) hold 牛梓晴; item 10 (TYPED, 姓名 before 学号, 等级 beside 总分, a 备注 column) has "
                 "41 rows and none for her: records.missing_student and records.count_mismatch"),
    dict(school="巩义市嵩洛技工学校", pack="gbkzip", region="gy", course="hvil", cls="新能源2302班", size=38, seed=22,
         sidp="2310043502", students=["申亦航", "宋芊芊", "靳思淼"], outsiders={"靳思淼": "新能源2301班"}, out_sidp="2310043501",
         extra_class=["周宇辰"], bad={"周宇辰": "sum"}, others_named=["康振民"],
         teachers=["靳卫东", "马秀琴"], form_count="38人", size_on_form=38,
         f8="blank_line", f10="hand_corrected", f11="workorder_typed", f12="name_line_photo2",
         findings=[("students.not_in_class", 8, True, "靳思淼"), ("records.invalid_score", 10, False, "周宇辰")],
         comment="靳思淼 of the parallel class 新能源2301班 (her class and 学号 on her worksheet, work orders and homework) is the third "
                 "student of 8/11/12; item 10 (38 rows = form `38人`) has no record of her: students.not_in_class. Item 10 (scanned "
                 "300 dpi 1-bit) has HAND CORRECTIONS: on three rows a part and the 总分 are struck through and rewritten by hand "
                 "(the new 总分 the sum of the new parts, legal); 周宇辰's 总分 (not corrected) is 7 above the sum: "
                 "records.invalid_score. The fleet's driver 康振民 is named as 送修人 on the work orders (not a student). No roster"),
    dict(school="巩义市嵩洛技工学校", pack="gbkzip", region="gy", course="feast", cls="烹饪2403班", size=40, seed=23,
         sidp="24100501", students=["马予涵", "杜佳禾", "牛雨航"], others_named=["司丽娜", "康德胜"],
         teachers=["申志强", "杜红梅"], form_count="40名", size_on_form=40,
         f8="corner_box", f10="bonus", f11="banquet_typed", f12="plain_photo",
         findings=[],
         comment="clean. Item 10 (TYPED) has a 加分 column explained under the table (区级技能竞赛获奖加3-5分); four rows have a 加分 and "
                 "their 总分 adds it (every 总分 ≤ 100); 40 rows = form `40名`. The customer 司丽娜 (预订人) and the restaurant's head "
                 "chef 康德胜 (主厨, 出品审核) are named on item 11; 康德胜 also as 企业师傅 on item 8 (not students). Item 8: a small "
                 "学号/姓名 box at the top right corner. No roster"),
    dict(school="武穴市梅川技工学校", pack="zip", region="wx", course="herbs", cls="中药2401班", size=38, seed=31,
         sidp="2411130101", students=["梅若溪", "饶佳欣", "殷子谦"], items={8: ["梅若溪", "饶佳欣", "汪晓蝶"]},
         extra_class=["汪晓蝶", "童宇杰"], bad={"童宇杰": "over"}, others_named=["夏明辉"],
         teachers=["梅建华", "余秋云"], form_count="38", size_on_form=38,
         f8="seal_line", f10="hand_filled", f11="acceptance_typed", f12="banding_photo",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "童宇杰")],
         comment="item 8 (scanned 250 gray, an adhesive plaster on a corner) holds the worksheets of 梅若溪, 饶佳欣 and classmate "
                 "汪晓蝶 (with an item-10 record) instead of 殷子谦's (items 11 and 12 hold the three): students.mismatch. Item 10 "
                 "(scanned 250 gray) is a printed register whose scores were FILLED IN BY HAND; 童宇杰 has 36 written under "
                 "`质量检查（30）` (总分 the sum): records.invalid_score. The supplier's salesman 夏明辉 is named as 送货人 on item 11 "
                 "(not a student). No roster"),
    dict(school="武穴市梅川技工学校", pack="zip", region="wx", course="banquet", cls="酒店2401班", size=36, seed=32,
         sidp="2411050401", students=["余舒然", "石沐阳", "何沛瑶"], items={11: ["余舒然", "石沐阳", "程芷若"]},
         extra_class=["程芷若", "黄攸宁", "蔡闻笛"], absent_from_10=["黄攸宁"], bad={"蔡闻笛": "sum"}, others_named=["汪志明", "饶春燕"],
         teachers=["汪德庆", "郑晓燕", "石永刚"], form_count="酒店2401班，36名学生", size_on_form=36,
         f8="mentor_card", f10="total_first", f11="service_typed", f12="color_scan_hand",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "蔡闻笛")],
         comment="item 11 (TYPED) holds the works of 余舒然, 石沐阳 and classmate 程芷若 (with an item-10 record) instead of 何沛瑶's "
                 "(8 and 12 hold the three): students.mismatch. Item 10 (TYPED, 总评 and 等级 FIRST, the parts after them) lists 35; "
                 "the form says `授课对象 | 酒店2401班，36名学生`: records.count_mismatch (黄攸宁 has no record; no roster). "
                 "蔡闻笛's 总评 is 6 below the sum of his parts: records.invalid_score. The host 汪志明 (宴会主人, a customer) and "
                 "the ship's head waitress 饶春燕 (领班, 带教师傅) are named (not students). Three teachers"),
]

PROVINCE = {1: "山东省泰安市新泰市", 2: "河南省郑州市巩义市", 3: "湖北省黄冈市武穴市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 新泰: "附件3-8 工作页.pdf"
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 巩义: "成果08_工作页.pdf"
        return "成果%02d_%s.pdf" % (n, NAMES[n])
    return "【%d】%s.pdf" % (n, NAMES[n])   # 武穴: "【8】工作页.pdf"


def form_name(s, c):
    return {1: ("%s-%s-申报书.docx" % (s["school"], s["cls"]), "docx"),
            2: ("工学一体化优质课堂申报书（%s）.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("申报书%s.docx" % s["cls"], "docx")}[grp(s)]
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
# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "学生人数（人） | %s" % s["form_count"] if s["form_count"].isdigit() else "学生人数 | %s" % s["form_count"]
    if g == 2:
        return "班级人数 | %s" % s["form_count"]
    return "授课对象 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:
        lab = "学生人数（人）" if s["form_count"].isdigit() else "学生人数"
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), (lab, s["form_count"]), ("学时", "%d" % c["hours"])]
    elif g == 2:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
    else:
        rows = [("专业名称及编码", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按“明确任务—制订计划—评估决策—实施任务—检查控制—评价反馈”组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
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
        if f == "side_column":   # identity stacked in a narrow left column, the work on the right
            side = ("<p><b>班级</b></p><p>%s</p><p><b>姓名</b></p><p>%s</p><p><b>学号</b></p><p>%s</p><p><b>工位</b></p><p>%s</p><p><b>日期</b></p><p>%s</p>"
                    % (hand(cl, True), hand(n), hand(sid, True, size="11pt"), hand("%d号" % (3 + i), True), hand(day(s, i)[5:], True)))
            main = sit + answers(c, rng, i) + comment
            body = title + ('<table style="border-collapse:collapse" width="100%%"><tr>%s%s</tr></table>'
                            % (td(side, ' width="17%" valign="top"', "6px 4px"), td(main, ' valign="top"', "6px 8px")))
        elif f == "care_record":   # a care record: the old lady, the nurse, the student as 照护员
            head = tbl([["照护对象", s["others_named"][0], "年龄", "82岁", "床号/房间", "模拟居室2"],
                        ["照护员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)],
                        ["带教护师", hand(s["others_named"][2], True, BLACK), "家属", s["others_named"][1], "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = '<h3 style="text-align:center">助浴照护实训记录（学习工作页）</h3>' + head + sit + answers(c, rng, i) + comment
        elif f == "head_row3":   # a bordered head row 班级 | 学号 | 姓名
            head = tbl([["班级", hand(cl, True), "学号", hand(sid, True), "姓名", hand(n, True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 姓名＿ 班级＿ 学号＿
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "corner_box":   # a small 学号/姓名 box at the top right corner; the head chef as 企业师傅
            box = tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="36%", pad="3px 4px")
            body = ('<table width="100%%"><tr><td width="64%%" valign="top"><p>%s　%s</p><p>企业师傅：%s</p></td><td valign="top">%s</td></tr></table>'
                    % (s["cls"] if cl == s["cls"] else cl, day(s, i), s["others_named"][1], box) + title + sit + answers(c, rng, i) + comment)
        elif f == "seal_line":   # exam-paper style: identity above a 密封线
            head = ('<p>班级＿%s＿　姓名＿%s＿　学号＿%s＿</p><p style="text-align:center">…………………………密…………………封…………………线…………………………</p>'
                    % (hand(cl, True), hand(n), hand(sid, True)))
            body = head + title + sit + answers(c, rng, i) + comment
        elif f == "mentor_card":   # a practice card: student and the ship's head waitress as 带教师傅
            head = tbl([["学员姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid[-2:], True)],
                        ["带教师傅", hand(s["others_named"][1], True, BLACK), "岗位", "值台服务", "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = '<h3 style="text-align:center">游轮餐厅实习学习工作页</h3>' + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"side_column": "x-scanpdf:200:facemask", "care_record": "x-scanpdf:250:color", "head_row3": "x-scanpdf:300:mono",
            "blank_line": "x-scanpdf:200", "corner_box": "x-scanpdf:200", "seal_line": "x-scanpdf:250:plaster",
            "mentor_card": "x-scanpdf:200:color"}[f]
    font = {"head_row3": "Noto Sans CJK SC", "mentor_card": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "letter_legend":   # letter columns; the maxima only in a legend above the table
        parts = [("安全文明生产", 10), ("元件安装", 15), ("接线工艺", 25), ("PLC编程与调试", 30), ("功能演示", 20)]
        legend = "<p>评分项目及配分：%s</p>" % "　".join("%s %s（%d分）" % ("ABCDE"[k], p, m) for k, (p, m) in enumerate(parts))
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号", "A", "B", "C", "D", "E", "合计", "评定"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 34
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩汇总表") + legend + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted_grade":   # 过程 ×40% + 成果 ×60% = 总评, 等级 beside it
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程评价<br/>（百分制）", "成果评价<br/>（百分制）", "总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(68, 97), rng.randint(62, 96)
            tot = round(0.4 * a + 0.6 * b, 1)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), "%.1f" % tot, grade(tot)], pad))
        body = (head10(s, c, "学习任务考核评价表") + table(out) +
                "<p>注：总评＝过程评价×40%＋成果评价×60%，保留一位小数；等级：90分及以上优秀，80～89.9良好，60～79.9合格。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:plaster"
    if f == "name_first_grade":   # 姓名 before 学号, 等级 beside 总分, a 备注 column
        parts = [("拓扑设计", 20), ("设备配置", 40), ("测试验收", 25), ("职业素养", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>%d分" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v)), "补考" if k == 17 else ""], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "hand_corrected":   # three rows corrected by hand; the planted row not
        parts = [("安全防护", 10), ("高压断电", 20), ("故障诊断", 35), ("维修验证", 25), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        cand = [k for k, n in enumerate(rec) if n not in bad and n not in s["students"]]
        corr = set(rng.sample(cand, 3))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            totc, note = str(tot), ""
            if k in corr:
                j = rng.choice([1, 2, 3])
                nv = min(parts[j][1], v[j] + rng.randint(2, 4))
                cells[j] = '<s>%d</s> %s' % (v[j], hand(str(nv), True, "#b8231a", "11pt"))
                totc = '<s>%d</s> %s' % (tot, hand(str(tot - v[j] + nv), True, "#b8231a", "11pt"))
                note = hand("更正 %s" % t[0][0], True, "#b8231a", "10pt")
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [totc, note], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "bonus":   # a 加分 column explained under the table
        parts = [("刀工", 20), ("火候", 30), ("口味", 30), ("卫生", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["加分", "总分"]], pad)]
        bon = set(rng.sample(range(len(rec)), 4))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            b = rng.randint(3, 5) if k in bon else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [("+%d" % b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：各分项满分合计95分；加分项为本学期区级烹饪技能竞赛获奖者加3～5分，计入总分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "hand_filled":   # printed names, scores written in by hand
        parts = [("饮片识别", 20), ("质量检查", 30), ("验收记录", 20), ("斗谱装斗", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s（%d）" % p for p in parts] + ["总分"]], "1px 3px")]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 36
            out.append(trow([str(k + 1), sid_of(s, n), n] + [hand(str(x), True, size="11pt") for x in v] + [hand(str(sum(v)), True, size="11pt")], "0px 3px"))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "total_first":   # 总评 and 等级 first, the parts after them
        parts = [("托盘", 15), ("摆台", 30), ("斟酒", 20), ("席间服务", 25), ("礼仪", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "总评", "等级"] + ["%s<br/>(%d)" % p for p in parts] + ["学号"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), n, "<b>%d</b>" % tot, grade(tot)] + [str(x) for x in v] + [sid_of(s, n)], pad))
        body = head10(s, c, "学习任务考核成绩一览表") + table(out) + "<p>（总评为各分项之和）</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)

# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    o = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "commission_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["安装调试人", "%s（%s，学号%s）" % (n, cl, sid)], ["工位", "%d号实训台" % (3 + i)], ["日期", day(s, 30 + i)],
                                  ["内容", desc], ["矿方验收", "%s（机电科电工）" % o[0]], ["指导教师", t[j % 2]]], width="88%", align="left"))
            elif f == "careplan_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["照护对象", o[0], "家属", o[1]], ["照护员", n, "班级", cl],
                                                          ["带教护师", o[2], "日期", day(s, 30 + i)], ["要点", desc, "审核", t[j % 2]]], width="90%"))
            elif f == "config_typed":
                parts.append('<h3>%s</h3><p>配置人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["设备", "核心交换机 S5735"], ["文件", "core_%s.cfg" % sid], ["VLAN", "10 办公　20 生产　30 访客"], ["说明", desc]],
                                 width="86%", align="left") + "<p>检查：%s</p>" % t[j % 2])
            elif f == "workorder_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["送修人", "%s（物流公司车队）" % o[0], "车型", "纯电动厢式物流车"],
                                                          ["维修学员", "%s　%s" % (n, cl), "学号", sid],
                                                          ["项目", desc, "质检", t[j % 2]]], width="92%"))
            elif f == "banquet_typed":
                parts.append('<h3>%s</h3><p>制作：%s（%s）</p>' % (title, n, cl) +
                             tbl([["预订人", o[0], "桌数", "20桌"], ["主厨（出品审核）", o[1], "日期", day(s, 30 + i)],
                                  ["说明", desc, "教师", t[j % 2]]], width="90%"))
            elif f == "acceptance_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品名", "艾叶、茯苓、法半夏", "批号", "2410%02d" % (11 + 3 * i + j)], ["送货人", "%s（饮片公司）" % o[0], "到货日期", day(s, 30 + i)],
                                  ["验收人", n, "复核", t[j % 2]], ["结论", desc, "班级", cl]], width="90%"))
            elif f == "service_typed":
                parts.append('<h3>%s</h3><p>值台服务：%s　　班级：%s</p>' % (title, n, cl) +
                             tbl([["宴会主人", o[0], "桌号", "%d号桌" % (1 + i)], ["领班", o[1], "日期", day(s, 30 + i)], ["记录", desc, "教师", t[j % 2]]],
                                 width="88%"))
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
        if f in ("name_line_photo", "name_line_photo2"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_page":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid, n)]
        elif f == "banding_photo":
            head = ["中药课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "color_scan_hand":
            head = ["课后练习（宴会服务）", "姓名 %s　班级 %s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:2:facemask", "name_line_photo2": "x-photo:200:1", "hand_page": "x-scan:200:4",
            "plain_photo": "x-photo:200:2", "banding_photo": "x-photo:200:1", "color_scan_hand": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    return "女" if n[-1] in "凝霏蕊琳晴芊淼涵禾溪欣蝶然汐若昕瑜萱姝婷彤琪桐悦玥雪怡曦" else "男"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "photo_wall":   # a 学生信息墙: six across, a photo box, name and 学号 under it
        rows = []
        for j in range(0, len(k), 6):
            cells = []
            for n in k[j:j + 6]:
                cells.append(td('<div style="background:#d8d8d8;height:1.6cm;width:1.3cm;margin:auto">照片</div><p>%s</p><p>%s</p>' % (n, sid_of(s, n)),
                                ' align="center" width="16%"', "3px 2px"))
            rows.append("<tr>%s</tr>" % "".join(cells))
        body = ('<h2 style="text-align:center">%s学生信息墙</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                table(rows) + "<p>班主任：%s　　全班%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生信息墙.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "lab_seats":   # a list in the order of the computer lab seats
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["机位", "姓名", "学号", "性别", "机位", "姓名", "学号", "性别"])]
        h = (len(k) + 1) // 2
        cells = [["A%02d" % (j + 1) if j < h else "B%02d" % (j - h + 1), n, sid_of(s, n), sex_of(n)] for j, n in enumerate(k)]
        for j in range(h):
            rows.append(trow(cells[j] + (cells[h + j] if h + j < len(cells) else [""] * 4), "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单（机房座位）</h2><p style="text-align:center">%s　网络实训室302</p>' % (s["cls"], s["school"]) +
                table(rows, width="90%") + "<p>A列靠窗，B列靠门。班主任：%s　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
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
    truth = {"comment": "108th held-out people corpus (testdata/heldout108), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 108)
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
            "class_size_on_form": s["size_on_form"], "form_count_text": form_count_text(s),
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
