#!/usr/bin/env python3
"""Write the sources of the ninety-first held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 驻马店
(Henan), 阳泉 (Shanxi) and 陵水 (Hainan, 陵水黎族自治县).

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
# the truth files read for names, tasks and courses to avoid (heldout92 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 91)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 驻马店 (豫南: 王 李 张 刘 陈 杨 赵 周 孙 徐 朱 胡 彭 袁 魏 ...),
# 阳泉 (晋东: 王 李 张 刘 赵 杨 郭 武 梁 贾 任 侯 闫 郝 段 乔 白 石 ...), 陵水 (海南: 陈 王 黄 林 吴 符 李 邢 郑 周
# 卓 麦 and the Li families 胡 羊 吉 董 ...)
SURNAMES = {
    "zm": list("王王王王李李李张张张刘刘刘陈陈杨杨赵周孙徐朱胡彭袁魏宋吕郭高马程任"),
    "yq": list("王王王王李李李张张张刘刘赵赵杨郭郭武武梁贾任侯闫郝段乔白石高韩"),
    "ls": list("陈陈陈王王王黄黄黄林林吴吴符符李邢郑周卓麦胡羊吉董云蔡冯"),
}
# given names: a new list, everyday names of students born around 2008-2009
GIVEN2 = ("梓轩 若溪 沐阳 欣怡 子涵 宇辰 诗涵 浩然 雨涵 嘉豪 一凡 思涵 俊杰 梓晴 博涵 语汐 梓睿 可欣 泽宇 雅涵 "
          "宇豪 晨曦 子怡 皓宇 佳欣 明宇 书涵 逸飞 梓琪 家铭 思雅 锦鹏 雨菲 子睿 嘉欣 俊宇 诗婷 博宇 梦涵 天宇 "
          "芷涵 浩轩 梓航 欣彤 一航 雨晨 宇涵 佳乐 俊辉 思怡 子健 晨曦 琪琪 泽涛 佳豪 梓洋 雪怡 嘉伟 诗琦 宏宇 "
          "梓彤 文轩 欣雨 旭东 晓雨 子默 思颖 浩博 雅琪 伟豪 雨彤 家辉 若琳 俊逸 佳琪 志鹏 晓涵 梓豪 思彤 明辉 "
          "金鹏 昕瑶 永琪 海涛 梦婷 志强 嘉琪 俊峰 丽娜 宇翔 婧怡 晨宇 佳雯 子龙 雨晴 浩杰 欣然 凯瑞 慧敏 鹏程").split()
GIVEN1 = list("航琦涛雯杰颖帆倩")


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
        elif d != "othertools":
            raise SystemExit("missing %s" % p)
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
 "sieve": dict(major="机电一体化技术", code="0127", course="机电设备电气控制线路装调", task="芝麻清选机振动筛电动机正反转控制线路安装与调试",
   hours=16, station="电气控制装调一体化学习工作站",
   situation="驻马店的芝麻进入收购季，一家油料加工厂的芝麻清选机振动筛电动机控制箱进水烧坏，筛网不能换向清堵。设备科请机电班学员读懂原理图，选配接触器、热继电器和按钮，在网孔板上安装正反转控制线路，做好互锁，通电前自检，通电试车后交付使用。",
   qs=[("一、正反转线路为什么必须有互锁？", ["两个接触器如果同时吸合，三相电源中的两相会直接短路，互锁保证一个吸合时另一个不能吸合。", "防止两相短路。", "一个吸合另一个就不能吸合。"]),
       ("二、通电前要做哪些自检？", ["用万用表电阻挡检查主电路有无短路，按下按钮检查控制电路通断，核对接线号，检查接地。", "万用表查短路，核对线号。", "检查接地和通断。"])],
   hw=[("1. 热继电器起什么作用？", ["电动机长时间过载时，热继电器的常闭触点断开，使接触器线圈失电，保护电动机。", "过载保护。", "常闭触点断开。"]),
       ("2. 按钮联锁和接触器联锁有什么区别？", ["按钮联锁靠复合按钮的机械动作，接触器联锁靠辅助常闭触点，两种一起用更可靠。", "一个机械，一个电气。", "一起用更可靠。"])],
   outputs=[("控制线路安装记录", "线号齐全，走线横平竖直。"), ("通电试车记录", "正反转切换正常，互锁可靠。")]),
 "fall": dict(major="健康与社会照护", code="0529", course="居家老年人照护服务", task="社区独居老人居家跌倒风险评估与预防照护",
   hours=16, station="照护服务一体化学习工作站",
   situation="驻马店市区一个老旧小区里住着不少独居老人，去年冬天有三位老人在家中跌倒。社区卫生服务站请照护班学员入户为老人做跌倒风险评估，检查卫生间、卧室和楼道的环境隐患，指导老人做平衡训练，为家属提出防跌倒改造建议，并填写照护记录。",
   qs=[("一、入户评估跌倒风险看哪几个方面？", ["老人的步态和平衡能力、用药情况、视力，以及家里的地面、照明、扶手和家具摆放。", "身体情况和居家环境。", "步态、用药、照明。"]),
       ("二、卫生间防跌倒有哪些改造建议？", ["铺防滑垫，马桶和淋浴旁装扶手，夜间留小夜灯，淋浴时坐洗澡凳。", "防滑垫和扶手。", "夜灯、洗澡凳。"])],
   hw=[("1. 老人跌倒后能不能马上扶起来？", ["不能急着扶，先问意识、看有无出血和骨折，判断安全后再协助慢慢起身，必要时拨打急救电话。", "先判断伤情再扶。", "不能急着扶。"]),
       ("2. 平衡训练有哪些简单动作？", ["扶椅背单脚站立、脚跟脚尖一条线行走、坐站转换，每天练十五分钟。", "单脚站立、一条线走。", "坐站转换。"])],
   outputs=[("居家跌倒风险评估表", "评估结果：中度风险。"), ("防跌倒照护记录", "已指导平衡训练两次。"), ("居家环境改造建议书", "建议加装扶手三处。")]),
 "charger": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车充电系统检修", task="纯电动城市物流车交流慢充无法充电故障诊断与排除",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="一家快递公司的纯电动城市物流车插上交流充电桩后，仪表显示充电连接，但几分钟后就停止充电。车队队长把车送到校企合作的维修车间，车间主管请新能源班学员做好高压安全防护，读取故障码，检查充电口、CC和CP信号、车载充电机和低压供电，找到故障点并修复，最后路试和充电验证。",
   qs=[("一、进行高压作业前要做哪些防护？", ["穿戴绝缘手套和绝缘鞋，断开维修开关并等待五分钟，用万用表验电，设置警示隔离。", "戴绝缘手套，断维修开关。", "验电，设隔离。"]),
       ("二、CC信号和CP信号分别检测什么？", ["CC确认充电枪是否插好以及线缆容量，CP是充电桩和车辆之间的控制导引信号。", "CC确认连接，CP控制导引。", "CC看插好没有。"])],
   hw=[("1. 车载充电机的作用是什么？", ["把充电桩送来的交流电变成直流电，按电池管理系统的要求给动力电池充电。", "交流变直流。", "给动力电池充电。"]),
       ("2. 充电几分钟就停可能是什么原因？", ["充电口温度传感器异常、CP信号接触不良、车载充电机过热保护或低压电瓶亏电。", "CP接触不良。", "充电机过热。"])],
   outputs=[("故障诊断报告", "CP端子退针，已修复。"), ("高压安全作业检查表", "绝缘检测合格。"), ("充电验证记录", "连续充电两小时正常。")]),
 "vlan": dict(major="计算机网络应用", code="0301", course="企业网络设备配置与调试", task="煤矿调度中心办公网络VLAN划分与交换机配置",
   hours=16, station="网络搭建与运维一体化学习工作站",
   situation="阳泉一座煤矿的调度中心扩建，新增监控、调度和办公三个区域，原来的网络全部接在一台交换机上，广播多、速度慢。矿上信息科请网络班学员勘察现场，按部门规划VLAN和IP地址，配置接入交换机和核心交换机，实现VLAN间通信，测试后编写配置文档交给信息科。",
   qs=[("一、为什么要划分VLAN？", ["把不同部门隔成不同的广播域，减少广播流量，监控网络和办公网络互不干扰，也更安全。", "减少广播，互不干扰。", "隔离广播域。"]),
       ("二、Trunk口和Access口有什么区别？", ["Access口只属于一个VLAN，接电脑；Trunk口可以通过多个VLAN，用来连接交换机。", "Access接电脑，Trunk连交换机。", "Trunk过多个VLAN。"])],
   hw=[("1. VLAN之间怎样通信？", ["在三层交换机上为每个VLAN建虚拟接口，配置网关地址，开启路由功能。", "三层交换机做路由。", "配置VLAN接口当网关。"]),
       ("2. 配置完成后怎样测试？", ["同VLAN和不同VLAN之间互相ping，查看MAC地址表和接口状态，保存配置。", "互相ping。", "看接口状态，保存。"])],
   outputs=[("VLAN与IP地址规划表", "共划分四个VLAN。"), ("交换机配置文档", "核心交换机开启三层路由。")]),
 "turndown": dict(major="饭店(酒店)服务", code="0504", course="酒店前厅与客房服务", task="景区度假酒店旅游团队入住接待与客房夜床服务",
   hours=14, station="酒店服务一体化学习工作站",
   situation="国庆期间，娘子关景区旁的一家度假酒店要接待一个四十人的旅游团，当晚入住、次日游览。酒店大堂经理请酒店班学员提前准备团队房卡和欢迎资料，在前台办理团队入住登记，引领客人进房，傍晚为客房做夜床服务，并记录客人的特殊需求。",
   qs=[("一、团队入住前要准备哪些东西？", ["按分房表准备好房卡和早餐券，装进写好房号的信封，准备欢迎饮品和景区游览图。", "房卡、早餐券和欢迎资料。", "按分房表装信封。"]),
       ("二、夜床服务包括哪些内容？", ["拉好窗帘，开床角，摆放拖鞋和晚安卡，补充饮用水，清理垃圾，打开床头灯。", "开床、拉窗帘、放晚安卡。", "补水，开床头灯。"])],
   hw=[("1. 客人要求换房怎么处理？", ["先了解原因，查看可用房，能换的尽快办理并更改系统记录，不能换的说明原因并给出替代办法。", "了解原因，查可用房。", "更改系统记录。"]),
       ("2. 团队领队有什么作用？", ["领队是酒店和团队之间的联系人，负责确认分房名单、叫早时间和用餐安排。", "确认分房和叫早。", "联系人。"])],
   outputs=[("团队入住登记单", "共二十间房，叫早六点半。"), ("夜床服务记录", "特殊需求：加床一张。"), ("客人特殊需求登记表", "已转交楼层。")]),
 "ricenoodle": dict(major="烹饪(中式烹调)", code="0501", course="海南风味小吃制作", task="陵水酸粉与椰子饭海南风味小吃制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="陵水的一家海鲜酒楼要在游客最多的寒假推出两道本地小吃：陵水酸粉和椰子饭。酒楼厨师长请烹饪班学员按酒楼标准调制酸粉的酸汤和配料，蒸制椰子饭，控制出品时间和分量，做好成本核算，并在试菜会上接受点评。",
   qs=[("一、陵水酸粉的酸汤怎样调制？", ["用米醋、地瓜粉、红糖和酱油调成稠汁，酸甜适中，淋在粉上再加牛肉干、鱿鱼丝和花生。", "米醋和地瓜粉调稠汁。", "酸甜适中。"]),
       ("二、椰子饭为什么要先泡糯米？", ["糯米泡四小时吸足水分，装进椰子里蒸才熟得透，口感软糯。", "泡透才蒸得熟。", "口感软糯。"])],
   hw=[("1. 蒸椰子饭时火候怎样控制？", ["大火烧开后转中火蒸一个半小时，中途不要开盖。", "大火转中火。", "中途不开盖。"]),
       ("2. 小吃出品为什么要定量？", ["每份粉和配料的分量固定，成本稳定，客人每次吃到的都一样。", "成本稳定。", "分量一样。"])],
   outputs=[("陵水酸粉制作记录", "出品时间四分钟。"), ("椰子饭制作记录", "糯米软糯，椰香浓。"), ("小吃成本核算单", "酸粉每份成本六元。")]),
 "tomato": dict(major="电子商务", code="0603", course="网店运营与客户服务", task="圣女果产地直发网店商品上架与售前客服接待",
   hours=14, station="电商运营一体化学习工作站",
   situation="陵水的圣女果在冬季大量上市，一家果蔬合作社开了网店，想把圣女果从产地直接发往全国。合作社请电商班学员拍摄商品图片，撰写标题和详情页，设置规格和运费模板，完成商品上架，再轮流担任售前客服，回答买家关于口感、保鲜和物流的问题。",
   qs=[("一、商品标题要包含哪些关键词？", ["产地、品种、规格、卖点，比如陵水圣女果、千禧、五斤装、产地直发。", "产地、品种、规格。", "加上产地直发。"]),
       ("二、运费模板为什么要分地区设置？", ["偏远地区快递费高，分地区设置运费才不会亏本，也让买家看清楚。", "偏远地区运费高。", "不亏本。"])],
   hw=[("1. 买家问圣女果能放多久怎么回答？", ["常温三到五天，冷藏一周左右，收到后先挑出碰伤的果子。", "常温三到五天。", "冷藏一周。"]),
       ("2. 售前客服有哪些礼貌用语？", ["亲，您好，很高兴为您服务；感谢您的耐心等待；欢迎下次光临。", "您好，很高兴为您服务。", "感谢耐心等待。"])],
   outputs=[("商品上架信息表", "千禧圣女果五斤装。"), ("售前客服接待记录", "共接待买家二十六位。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]
ZM, YQ, LS = "驻马店市天中技工学校", "阳泉市娘子关技工学校", "陵水黎族自治县清水湾技工学校"

SUBS = [
    dict(school=ZM, pack="dir", region="zm", course="sieve", cls="机电2402班", size=42, seed=11,
         sidp="24170127", students=["彭梓航", "袁思雅", "魏俊辉"], items={12: ["彭梓航", "袁思雅"]},
         extra_class=["吕浩博"], bad={"吕浩博": "over"}, others_named=[],
         teachers=["胡建伟", "陈蕴秋"], form_count="42",
         f8="qa_grid", f10="per_question", f11="install_typed", f12="bottle_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "吕浩博")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a water bottle lying on the pages) holds the homework of only TWO students, 彭梓航 "
                 "and 袁思雅 (魏俊辉's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. "
                 "Item 10 (TYPED) is a PER-QUESTION register: 理论测验 1(5) 2(5) 3(10) 4(10) 小计(30) | 实操考核 线路安装(40) "
                 "通电调试(30) 小计(70) | 总分; 吕浩博 has 14 under question 4 (max 10), his 小计 and 总分 the sums: "
                 "records.invalid_score. Item 8 (scanned 250 dpi gray, a campus card left on the glass): a 题号/问题/回答/得分 "
                 "grid with the student in a small box at the top right. Form: `授课对象 | 机电2402班全体学生（42名）`. No roster"),
    dict(school=ZM, pack="dir", region="zm", course="fall", cls="照护2401班", size=36, seed=12,
         sidp="24170529", students=["宋书涵", "程诗婷", "任佳乐"], others_named=["周桂芝", "胡兰英", "朱凤霄", "马建设"],
         teachers=["杨爱萍", "徐德胜"], form_count="36", roster="site_groups", headteacher="郭秀云",
         f8="care_visit", f10="sign_corrected", f11="care_typed", f12="scan_hand",
         findings=[],
         comment="clean. The roster is a 社区实践分组名单: the class under three community sites, each head naming the site's "
                 "contact person (朱凤霄, 马建设; not students), 36 = form = item 10. Item 10 (scanned 200 dpi gray) has a "
                 "学生签名 column (each student's own signature beside the typed name) and three scores crossed out and "
                 "rewritten in red by the teacher (`改` and initials); every 总分 is the sum with the corrected score. Items 8 "
                 "and 11 name the elders 周桂芝 and 胡兰英 as 评估对象/照护对象 (not students)"),
    dict(school=ZM, pack="dir", region="zm", course="charger", cls="新能源2401班", size=40, seed=13,
         sidp="24170435", students=["朱宇翔", "杨语汐", "孙浩杰"], outsiders={"孙浩杰": "新能源2402班"}, out_sidp="24170436",
         extra_class=["高子龙"], bad={"高子龙": "sum"}, others_named=["徐长林"],
         teachers=["王砚耕", "李晓蕙"], form_count="40",
         f8="dispatch", f10="subtotal_grade", f11="repair_typed", f12="photo_plain",
         findings=[("students.not_in_class", 8, True, "孙浩杰"), ("records.invalid_score", 10, False, "高子龙")],
         comment="孙浩杰 of the parallel class 新能源2402班 (his class and 学号 2417043623 on the scanned 派工单 worksheet, the typed "
                 "diagnosis reports and the photographed homework) is the third student; item 10 (40 rows = form 40) has no "
                 "record of him: students.not_in_class. Item 10 (scanned 300 dpi colour): 过程考核 parts and 小计, 成果考核 parts and "
                 "小计, 总分, 等级; 高子龙's two 小计 are right but his 总分 is 10 above their sum: records.invalid_score. The "
                 "fleet captain 徐长林 is named as 送修人/车主 on item 8 and 11 (not a student). No roster"),
    dict(school=YQ, pack="gbkzip", region="yq", course="vlan", cls="网络2401班", size=41, seed=21,
         sidp="24030301", students=["武嘉琪", "闫宇豪", "乔俊逸"], extra_class=["郝梦婷", "段晓涵"], absent_from_10=["郝梦婷"],
         bad={"段晓涵": "weighted"}, others_named=["韩保平"],
         teachers=["贾志刚", "梁晓燕"], form_count="41人", roster="register_book", headteacher="白月娥",
         f8="lab_slip", f10="weighted", f11="config_typed", f12="photo_plain",
         findings=[("records.missing_student", 10, False, "郝梦婷"), ("records.count_mismatch", 10, False),
                   ("records.invalid_score", 10, False, "段晓涵")],
         comment="the roster (a typed 花名册 with 出生年月, 生源地 and 住校/走读, 41) and the form (`41人（男29，女12）`) hold 郝梦婷; "
                 "item 10 (TYPED, landscape) has 40 rows and none for her: records.missing_student and records.count_mismatch. "
                 "Item 10 is a WEIGHTED register: three parts out of 100 each, a 权重 row (30% 30% 40%) and 总评 = the weighted "
                 "sum with one decimal, as the note says; 段晓涵's 总评 is 12 above the weighted sum of her parts: "
                 "records.invalid_score. Item 8 (scanned 200 gray): a 上机实训单 with the student only at the foot "
                 "(`机位 | 姓名 | 学号`) and the lab keeper 韩保平 (机房管理员, not a student)"),
    dict(school=YQ, pack="gbkzip", region="yq", course="turndown", cls="酒店2401班", size=37, seed=22,
         sidp="24030504", students=["白婧怡", "贾诗琦", "石文轩"], others_named=["赵丽萍", "梁国华", "侯淑珍"],
         teachers=["任志红", "郝俊青"], form_count="37人",
         f8="score_box", f10="deduction", f11="checkin_typed", f12="color_scan_hand",
         findings=[],
         comment="clean. Item 10 (scanned 250 dpi 1-bit, a campus card on the glass) is a DEDUCTION register (扣分制): "
                 "`基础分 100`, four 扣分 columns (仪容仪表, 礼貌用语, 操作规范, 超时) with minus values and 实得分 = 100 minus "
                 "the deductions, as the head says; the parts do not add up to the score and must not. 37 rows = form "
                 "`37人（男8，女29）`. The lobby manager 赵丽萍, the tour leader 梁国华 and the guest 侯淑珍 are named on items 8 "
                 "and 11 (not students). No roster"),
    dict(school=LS, pack="zip", region="ls", course="ricenoodle", cls="烹饪2402班", size=40, seed=31,
         sidp="24460502", students=["符雅琪", "卓明辉", "麦晓雨"], items={8: ["符雅琪", "卓明辉", "邢子默"]},
         extra_class=["邢子默", "羊海涛"], bad={"羊海涛": "over"}, others_named=["吉永福"],
         teachers=["黄启聪", "林秋菊"], form_count="40",
         f8="stall_card", f10="hand_book", f11="dish_typed", f12="bottle_photo",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "羊海涛")],
         comment="item 8 (scanned 150 dpi gray) holds the worksheets of 符雅琪, 卓明辉 and classmate 邢子默 (with an item-10 "
                 "record) instead of 麦晓雨's (items 11 and 12 hold the three): students.mismatch. Item 10 is a HAND-WRITTEN "
                 "page of the teacher's 成绩登记册 (ruled, every name and score by hand), photographed; 羊海涛 has 34 under "
                 "`调味(30)`, his 总分 the sum: records.invalid_score. The restaurant's head chef 吉永福 is named as 试菜点评 on "
                 "item 8 and 11 (not a student). Form: `班级/人数 | 烹饪2402班/40`. No roster"),
    dict(school=LS, pack="zip", region="ls", course="tomato", cls="电商2401班", size=45, seed=32,
         sidp="24460603", students=["林欣彤", "蔡嘉伟", "董梓洋"], items={11: ["林欣彤", "蔡嘉伟", "董梓洋", "冯昕瑶"]},
         extra_class=["冯昕瑶", "云梓晴"], absent_from_10=["云梓晴"], others_named=["陈月桂", "王春花"],
         teachers=["吴海峰", "符秋云"], form_count="45", other_class=("电商2402班", 38, "24460604"),
         f8="two_col", f10="two_classes", f11="service_typed", f12="scan_gray_hand",
         findings=[("students.count", 11, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: a 商品上架信息表 and a 售前客服接待记录 a student) holds the works of FOUR students: the three "
                 "and classmate 冯昕瑶 (with an item-10 record): students.count on 11; students.mismatch optional. Item 10 "
                 "(TYPED) holds TWO classes' tables (电商2401班 and 电商2402班, the course is taught to both); the 电商2401班 "
                 "table has 44 rows, the form says `授课班级及人数 | 电商2401班 45人`: records.count_mismatch (云梓晴 has no "
                 "record; no roster). Buyers 陈月桂 and 王春花 (收货人) are named on the service records (not students)"),
]

PROVINCE = {1: "河南省驻马店市", 2: "山西省阳泉市", 3: "海南省陵水黎族自治县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 驻马店: "08-工作页.pdf"
        return "%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 阳泉: "材料八 工作页.pdf"
        return "材料%s %s.pdf" % ("零一二三四五六七八九十"[n] if n <= 10 else ("十一" if n == 11 else "十二"), NAMES[n])
    return "%s_%d.pdf" % (NAMES[n], n)   # 陵水: "工作页_8.pdf"


def form_name(s, c):
    return {1: ("%s工学一体化优质课堂申报书（%s）.docx" % (s["school"].replace("驻马店市", ""), s["cls"]), "docx"),
            2: ("优质课堂申报书-%s.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("申报书%s.docx" % c["code"], "docx")}[grp(s)]
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

SEXES = {"网络2401班": "（男29，女12）", "酒店2401班": "（男8，女29）"}


def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "授课对象 | %s全体学生（%s名）" % (s["cls"], s["form_count"])
    if g == 2:
        return "学生人数 | %s%s" % (s["form_count"], s.get("sexes", ""))
    if s["seed"] == 31:
        return "班级/人数 | %s/%s" % (s["cls"], s["form_count"])
    return "授课班级及人数 | %s　%s人" % (s["cls"], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务", "是否获得一体化教师培训证书"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导", "是" if i == 0 else "否"] for i, n in enumerate(t)]
    P = "4px 6px"
    a, b = form_count_text(s).split(" | ")
    if g == 1:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                (a, b), ("学时", "%d" % c["hours"])]
    elif g == 2:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), (a, b), ("授课地点", c["station"])]
    else:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                (a, b), ("学时", "%d" % c["hours"])]
    info = tbl([[x, (y, ' align="left"')] for x, y in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年3月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按“接受任务—制订计划—实施任务—检查评价”组织教学，学生分组完成任务，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果交合作单位使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 37),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="80%"), situation=c["situation"], prov=PROVINCE[g])
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


def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def th(x, pad, rs=1, cs=1):
    return td("<b>%s</b>" % x, ' align="center"%s%s' % (' rowspan="%d"' % rs if rs > 1 else "", ' colspan="%d"' % cs if cs > 1 else ""), pad)


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "qa_grid":   # the student in a small box at the top right; answers in a 题号/问题/回答/得分 grid
            box = ('<table style="border-collapse:collapse;margin-left:auto" width="38%%">%s%s%s</table>' % (
                trow(["学号", hand(sid, True)], "2px 4px"), trow(["姓名", hand(n, True)], "2px 4px"), trow(["班级", hand(cl, True)], "2px 4px")))
            rows = [["<b>题号</b>", "<b>问题</b>", "<b>回答</b>", "<b>得分</b>"]]
            for qi, (q, a) in enumerate(c["qs"]):
                rows.append([str(qi + 1), q[2:], (hand(a[(i + qi) % 3], True), ' align="left"'), '<span %s>%d</span>' % (RED, 7 + (i + qi) % 4)])
            body = (box + title + sit + tbl(rows, width="100%", pad="6px 4px") +
                    '<p>自查：线号、互锁、接地　　　合计得分：<span %s>%d</span></p>' % (RED, 15 + i % 4) + comment)
        elif f == "care_visit":   # a home-visit record: the elder, the assessor (student), the mentor
            head = tbl([["评估对象", hand(s["others_named"][i % 2], True), "年龄", hand(str(79 + 3 * i), True), "住址", hand("%d号楼%d单元" % (3 + i, 1 + i % 3), True)],
                        ["评估员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>入户评估工作页</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    "<p>带教老师：%s　　　入户日期：%s</p>" % (t[i % 2], day(s, i)))
        elif f == "dispatch":   # a workshop job card: 工单号, 接单人 (student), 送修人 (the fleet captain)
            head = tbl([["派工单号", "XNY-%04d" % (317 + i), "派工人", t[i % 2], "工位", "%d号工位" % (2 + i)],
                        ["接单人", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)],
                        ["送修人", s["others_named"][0], "车型", "纯电动厢式物流车", "进厂里程", "%d km" % (48211 + 913 * i)]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">维修车间派工单（学习工作页）</h3><p style="text-align:center">%s</p>' % c["task"] + head + sit +
                    answers(c, rng, i) + comment)
        elif f == "lab_slip":   # a lab-session sheet; the student only at the foot, the lab keeper named
            body = ('<h3 style="text-align:center">上机实训单</h3><p style="text-align:center">%s</p>' % c["task"] +
                    "<p>实训机房：信息楼305　　机房管理员：%s　　日期：%s</p>" % (s["others_named"][0], day(s, i)) + sit + answers(c, rng, i) +
                    "<p>设备使用情况：%s</p>" % hand(["正常", "交换机3号口松动，已报修", "正常"][i % 3], True) +
                    tbl([["机位", hand("PC-%02d" % (5 + 7 * i), True), "姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]],
                        width="100%", pad="4px 4px") + comment)
        elif f == "score_box":   # three lines at the left, a big score box at the right
            box = ('<table style="border-collapse:collapse" width="100%%"><tr><td style="padding:2px 4px">班级＿%s＿<br/>姓名＿%s＿<br/>学号＿%s＿</td>'
                   '<td style="border:1.5pt solid #000;padding:4px;width:26%%" align="center">得　分<br/><span %s>%d</span></td></tr></table>'
                   % (hand(cl, True), hand(n), hand(sid, True), RED, 84 + 3 * i))
            body = (title + box + "<p>指导：大堂经理 %s　　　实训日期：%s</p>" % (s["others_named"][0], day(s, i)) + sit + answers(c, rng, i) + comment)
        elif f == "stall_card":   # a stall (档口) card: 工位号 and the student in a two-column head, the head chef as taster
            head = tbl([["档口/工位", hand("%d号灶" % (1 + i), True), "学号", hand(sid, True)], ["姓　　名", hand(n), "班级", hand(cl, True)]],
                       width="70%", pad="4px 6px")
            body = (title + head + sit + answers(c, rng, i) + "<p>试菜点评：%s（酒楼厨师长）　%s</p>" % (s["others_named"][0], hand("酸汤稍淡", True, BLACK)) + comment)
        elif f == "two_col":   # the name written into the title line; questions left, answers right
            rows = [["<b>引导问题</b>", "<b>我的回答</b>"]] + [[(q, ' align="left"'), (hand(a[(i + qi) % 3], True), ' align="left"')] for qi, (q, a) in enumerate(c["qs"])]
            body = ('<h3 style="text-align:center">%s　%s 的工作页</h3>' % (hand(cl, True), hand(n)) + "<p>学号：%s</p>" % hand(sid, True) +
                    "<p style='text-align:center'>%s</p>" % c["task"] + sit + tbl(rows, width="100%", pad="8px 6px") + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"qa_grid": "x-scanpdf:250:campuscard", "care_visit": "x-scanpdf:200", "dispatch": "x-scanpdf:250:color",
            "lab_slip": "x-scanpdf:200", "score_box": "x-scanpdf:300:mono", "stall_card": "x-scanpdf:150", "two_col": "x-scanpdf:200:campuscard"}[f]
    font = {"dispatch": "Noto Sans CJK SC", "lab_slip": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "per_question":   # theory test per question + practice, two 小计, 总分
        pq = [("1", 5), ("2", 5), ("3", 10), ("4", 10)]
        pp = [("线路安装", 40), ("通电调试", 30)]
        out = ["<tr>%s%s%s%s%s%s</tr>" % (th("序号", pad, 2), th("学号", pad, 2), th("姓名", pad, 2), th("理论测验（30分）", pad, 1, 5),
                                          th("实操考核（70分）", pad, 1, 3), th("总分", pad, 2)),
               trow(["<b>%s</b>" % x for x in ["第%s题<br/>(%d)" % q for q in pq] + ["小计"] + ["%s<br/>(%d)" % p for p in pp] + ["小计"]], pad)]
        for k, n in enumerate(rec):
            a = part_scores(rng, pq, 0.5, 1.0)
            b = part_scores(rng, pp, 0.62, 0.95)
            if bad.get(n) == "over":
                a[3] = 14
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in a] + [str(sum(a))] + [str(x) for x in b] +
                            [str(sum(b)), str(sum(a) + sum(b))], pad))
        body = head10(s, c, "学习任务考核成绩汇总表（理论＋实操）") + table(out) + "<p>说明：理论测验按题给分，实操按评分细则给分，总分＝理论小计＋实操小计。</p>" + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "sign_corrected":   # a 学生签名 column, three scores corrected in red
        parts = [("评估准备", 20), ("入户评估", 40), ("照护指导", 30), ("记录书写", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "学生签名"]], pad)]
        fix = set(rng.sample(range(len(rec)), 3))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            if k in fix:
                j = k % 4 if k % 4 != 3 else 1
                old = v[j]
                v[j] = min(parts[j][1], old + rng.randint(2, 5))
                cells[j] = '<span style="text-decoration:line-through">%d</span> %s' % (old, hand("%d" % v[j], True, "#b8231a", "11pt"))
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(sum(v)), hand(n, True, BLACK, "11pt")], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) + "<p>注：更正处由评分教师划改并签名确认。　　%s</p>" % hand(t[0][0] + "改", True, "#b8231a")
                + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200"
    if f == "subtotal_grade":   # 过程 parts + 小计, 成果 parts + 小计, 总分, 等级
        p1 = [("安全防护", 15), ("故障诊断", 25)]
        p2 = [("维修质量", 40), ("诊断报告", 20)]
        out = ["<tr>%s%s%s%s%s%s%s</tr>" % (th("序号", pad, 2), th("学号", pad, 2), th("姓名", pad, 2), th("过程考核", pad, 1, 3),
                                            th("成果考核", pad, 1, 3), th("总分<br/>(100)", pad, 2), th("等级", pad, 2)),
               trow(["<b>%s</b>" % x for x in ["%s<br/>(%d)" % p for p in p1] + ["小计<br/>(40)"] + ["%s<br/>(%d)" % p for p in p2] + ["小计<br/>(60)"]], pad)]
        for k, n in enumerate(rec):
            a, b = part_scores(rng, p1), part_scores(rng, p2)
            tot = sum(a) + sum(b) + (10 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in a] + [str(sum(a))] + [str(x) for x in b] + [str(sum(b)), str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>等级：90分以上优秀，80—89良好，60—79合格。</p>" + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:300:color"
    if f == "weighted":   # parts out of 100, a weight row, 总评 the weighted sum
        parts = [("VLAN规划", 30), ("交换机配置", 30), ("测试与文档", 40)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总评", "备注"]], pad),
               trow(["", "", "<b>权重</b>"] + ["<b>%d%%</b>" % w for _, w in parts] + ["<b>100%</b>", ""], pad)]
        for k, n in enumerate(rec):
            v = [rng.randint(62, 97) for _ in parts]
            tot = sum(x * w for x, (_, w) in zip(v, parts)) / 100.0 + (12 if bad.get(n) == "weighted" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + ["%.1f" % tot, "组长" if k % 7 == 0 else ""], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>说明：各考核项目均按百分制评分，总评＝VLAN规划×30%＋交换机配置×30%＋测试与文档×40%，保留一位小数。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "deduction":   # 扣分制: base 100 minus the deductions
        parts = ["仪容仪表", "礼貌用语", "操作规范", "超时"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "基础分"] + ["%s扣分" % p for p in parts] + ["实得分"]], pad)]
        for k, n in enumerate(rec):
            ded = [rng.choice([0, 0, 0, 1, 2]), rng.choice([0, 0, 1, 2, 3]), rng.choice([0, 2, 3, 5, 6, 8, 10]), rng.choice([0, 0, 0, 0, 5])]
            out.append(trow([str(k + 1), sid_of(s, n), n, "100"] + [("−%d" % x) if x else "0" for x in ded] + [str(100 - sum(ded))], pad))
        body = (head10(s, c, "学习任务考核记录表（扣分制）") +
                "<p>评分办法：每人基础分100分，按评分细则逐项扣分，实得分＝100－各项扣分之和。</p>" + table(out) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:mono:campuscard"
    if f == "hand_book":   # a page of the teacher's ruled grade book, all by hand, photographed
        parts = [("刀工", 20), ("调味", 30), ("火候", 30), ("装盘", 20)]
        H = lambda x: hand(x, True, BLUE, "10.5pt")
        out = [trow([H(x) for x in ["序号", "姓　名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分"]], "0px 3px")]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            if bad.get(n) == "over":
                v[1] = 34
            out.append(trow([H(str(k + 1)), H(n), H(sid_of(s, n)[-2:])] + [H(str(x)) for x in v] + [H(str(sum(v)))], "0px 3px"))
        body = ('<p style="text-align:center">%s</p><p>%s</p>' % (hand("%s　成绩登记" % s["cls"], False, BLUE), hand("任务：%s　%s" % (c["task"][:7], day(s, 11)), True)) +
                table(out) + "<p>%s</p>" % hand("任课：%s" % t[0], True))
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:photo"
    if f == "two_classes":   # two classes' tables in one file
        parts = [("商品拍摄", 20), ("标题详情", 30), ("上架设置", 20), ("客服接待", 30)]
        hd = trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)
        body = head10(s, c, "学习任务考核成绩表").replace("班级：%s" % s["cls"], "班级：%s、%s" % (s["cls"], s["other_class"][0]))
        for cl, names, sidf in ((s["cls"], rec, lambda n: sid_of(s, n)), (s["other_class"][0], s["other_names"], lambda n: s["other_class"][2] + "%02d" % (s["other_names"].index(n) + 1))):
            out = [hd]
            for k, n in enumerate(names):
                v = part_scores(rng, parts)
                out.append(trow([str(k + 1), sidf(n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            body += "<p><b>%s</b></p>" % cl + table(out)
        return "10.html", html(body + sign, "8.5pt", compact=True), "pdf"
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
            if f == "install_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["设备", "芝麻清选机振动筛", "电动机", "Y100L-4　2.2 kW"], ["安装人", n, "班级/学号", "%s／%s" % (cl, sid)],
                                  ["检验人", t[j % 2], "日期", day(s, 30 + i)], ["结论", (desc, ' colspan="3" align="left"')]], width="92%"))
            elif f == "care_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["照护对象", o[(i + j) % 2], "照护员", n], ["班级", cl, "带教老师", t[j % 2]],
                                                         ["记录", (desc, ' colspan="3" align="left"')]], width="90%") + "<p>日期：%s</p>" % day(s, 30 + i))
            elif f == "repair_typed":
                parts.append('<h3>%s</h3><p>诊断人：%s（%s，学号%s）</p>' % (title, n, cl, sid) +
                             tbl([["送修单位", "城区快递分拨中心", "送修人", o[0]], ["车牌号", "豫Q·D%05d" % (31270 + 11 * i), "复核", t[j % 2]],
                                  ["结果", (desc, ' colspan="3" align="left"')]], width="92%"))
            elif f == "config_typed":
                parts.append('<h3 style="text-align:center">%s</h3><p>实施人：%s　　班级：%s　　审核：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["VLAN", "名称", "网段", "网关"], ["10", "DIAODU", "192.168.10.0/24", "192.168.10.254"],
                                  ["20", "JIANKONG", "192.168.20.0/24", "192.168.20.254"], ["30", "BANGONG", "192.168.30.0/24", "192.168.30.254"]], width="90%") +
                             "<p>%s</p>" % desc)
            elif f == "checkin_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["团队名称", "晋中夕阳红旅游团", "领队", o[1]], ["房间数", "20间", "特殊需求客人", "%s（%d房，加床）" % (o[2], 1206 + i)],
                                                         ["接待员", "%s（%s）" % (n, cl), "审核", "%s（大堂经理）" % o[0]], ["备注", (desc, ' colspan="3" align="left"')]], width="92%"))
            elif f == "dish_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["试菜点评", o[0], "评价", desc]], width="90%"))
            elif f == "service_typed":
                rows = [["客服", n, "班级", cl]]
                if j == 1:
                    rows += [["买家昵称", "椰林小**", "收货人", o[i % 2]], ["咨询内容", "能放多久", "回复", "常温三到五天，冷藏一周"]]
                else:
                    rows += [["商品", "千禧圣女果", "规格", "5斤装／10斤装"], ["运费模板", "偏远地区加收", "审核", t[j % 2]]]
                parts.append('<h3>%s</h3>' % title + tbl(rows, width="90%") + "<p>%s</p>" % desc)
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
        if f == "bottle_photo":
            head = ["%s　课后作业" % c["course"][:8], "> 姓名：%s　学号：%s　班级：%s" % (n, sid, cl)]
        elif f == "scan_hand":
            head = ["课后练习", "> %s　%s" % (cl, n)]
        elif f == "photo_plain":
            head = ["课后作业", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:] if s["seed"] == 21 else sid)]
        elif f == "color_scan_hand":
            head = ["作业　%s" % c["course"], "> 姓名 %s　班级 %s" % (n, cl)]
        elif f == "scan_gray_hand":
            head = ["课后作业（网店运营）", "> %s　%s　学号%s" % (n, cl, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"bottle_photo": "x-photo:200:2:bottle", "scan_hand": "x-scan:250:4", "photo_plain": "x-photo:200:%d" % (1 if s["seed"] == 13 else 3),
            "color_scan_hand": "x-scan:200:3:color", "scan_gray_hand": "x-scan:200:2"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("梓轩 沐阳 宇辰 浩然 嘉豪 一凡 俊杰 博涵 梓睿 泽宇 宇豪 皓宇 明宇 逸飞 家铭 锦鹏 子睿 俊宇 博宇 天宇 浩轩 梓航 一航 宇涵 佳乐 俊辉 子健 泽涛 "
           "佳豪 梓洋 嘉伟 宏宇 文轩 旭东 子默 浩博 伟豪 家辉 俊逸 志鹏 梓豪 明辉 金鹏 海涛 志强 俊峰 宇翔 晨宇 子龙 浩杰 凯瑞 鹏程 航 涛 杰 帆".split())


def sex_of(n):
    return "男" if n[1:] in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "site_groups":   # the class under community practice sites, each with its contact person
        o = s["others_named"]
        groups = [("第一实践点：天中社区卫生服务站　联络人：%s" % o[2], k[0:12]), ("第二实践点：驿城区老年服务中心　联络人：%s" % o[3], k[12:24]),
                  ("第三实践点：雪松路社区日间照料中心　联络人：%s" % o[2], k[24:])]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "实践时段"])]
        j = 0
        for gi, (g, members) in enumerate(groups):
            rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px">%s</td></tr>' % g)
            for n in members:
                j += 1
                rows.append(trow([str(j), sid_of(s, n), n, sex_of(n), ["周二下午", "周四下午", "周六上午"][gi]], "1px 4px"))
        body = ('<h2 style="text-align:center">%s社区实践分组名单</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="86%") + "<p>班主任：%s　　全班共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "register_book":   # a 花名册 with birth month, home township, boarding
        towns = ["娘子关镇", "平定县冠山镇", "盂县秀水镇", "郊区荫营镇", "矿区赛鱼街道", "平定县巨城镇", "盂县西烟镇"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "出生年月", "生源地", "住宿"])]
        rr = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "2008.%02d" % rr.randint(1, 12) if rr.random() < 0.8 else "2009.%02d" % rr.randint(1, 8),
                              rr.choice(towns), "住校" if rr.random() < 0.6 else "走读"], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生花名册</h2>' % (s["school"], s["cls"]) + table(rows, width="90%") +
                "<p>班主任：%s　　　共%d人%s　　　2024年9月</p>" % (s["headteacher"], len(k), s["sexes"]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Ninety-first held-out people corpus (testdata/heldout91), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 91)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s.get("other_class"):
            s["other_names"] = draw_class(rng, s["other_class"][1], [], avoid + s["klass"], s["region"])
        if grp(s) == 2:
            males = sum(1 for n in s["klass"] if sex_of(n) == "男")
            s["sexes"] = "（男%d，女%d）" % (males, len(s["klass"]) - males)
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
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "other_class_in_item10": s.get("other_names", []), "form_count_text": form_count_text(s),
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
