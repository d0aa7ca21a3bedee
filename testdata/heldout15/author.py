#!/usr/bin/env python3
"""Write the sources of the fifteenth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Eight submissions of four invented schools in Hubei,
Chongqing and Guizhou (宜昌, 襄阳, 重庆万州, 遵义).

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 15)] + ["othertools"]

# Hubei / Chongqing / Guizhou surnames (Tujia 向 田 覃 冉 彭; Chongqing 秦 牟 况 隆 庹 苟 幸 雍;
# Guizhou 龙 敖 禄 蒙 石 潘 韦 安 晏 舒 …)
SURNAMES = list("谭向覃冉田彭鄢毛程余喻艾阮柯童万秦牟况隆庹苟邓冷蒲文幸雍龙吴杨石潘韦罗蒙陆安禄颜敖舒晏付雷贺熊")
COMPOUND = ["轩辕", "澹台", "百里"]
GIVEN2 = ("晨阳 思妤 语嫣 梓轩 浩宇 一诺 梓涵 子豪 欣妍 雨菲 嘉怡 俊杰 文博 诗涵 宇航 锦川 楚瑶 荆璞 渝欣 黔秀 "
          "凌峰 云帆 泽宇 语晨 梦琪 可心 天翊 思彤 晨曦 俊宇 家乐 雅涵 嘉豪 沐宸 紫涵 心怡 一凡 宇涵 子睿 佳怡 "
          "欣然 书涵 博文 浩轩 雨欣 梦瑶 俊熙 思雨 诗雨 新宇 梓豪 奕涵 晨希 昊天 婉清 若彤 靖琪 芮琪 艺馨 雨婷 "
          "诗韵 宏伟 峡生 楚天 汉川 巴山 乌江 娄雪 昭阳 清江 夷陵 巫峡 明月 荷香 金凤 春燕 建军 志强 小龙 海燕 "
          "丹丹 芳芳 涛涛 玉兰 德芳 润泽 星河 知远 念慈 思齐 景川 嘉陵 锦程 晚晴 望舒 安澜").split()
GIVEN1 = list("航琳磊鑫婷杰敏勇丽浩颖超悦帆")
PARENT = "建华 国平 德明 秀英 桂芳 志勇 春梅 长林 光荣 世军 红英 玉珍 大明 先进 家富 金华".split()


def earlier_names():
    names = set()

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str) and re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", x):
            names.add(x)
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "truth.json")
        if not os.path.isfile(p):
            raise SystemExit("missing %s" % p)
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    return names


USED_BEFORE = earlier_names()
TAKEN = set()


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def D(n):
    return n.rstrip("#")


def draw_one(rng, compound_ok):
    if compound_ok and rng.random() < 0.02:
        return rng.choice(COMPOUND) + rng.choice(GIVEN2)
    g = rng.choice(GIVEN1) if rng.random() < 0.15 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES) + g


def draw_class(rng, n, fixed, avoid, pos):
    names = list(fixed)
    while len(names) < n:
        compound_ok = not any(x[:2] in COMPOUND for x in names if x not in fixed)
        name = draw_one(rng, compound_ok)
        if name in names or name in USED_BEFORE or name in TAKEN or any(near(name, D(f)) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    for nm, k in sorted(pos.items(), key=lambda x: x[1]):
        names.remove(nm)
        names.insert(k, nm)
    TAKEN.update(D(x) for x in names)
    return names


C = {
 "nev": dict(major="新能源汽车检测与维修", code="0435", course="纯电动汽车低压电源系统检修",
   task="纯电动汽车直流变换器故障致低压蓄电池亏电诊断与排除", hours=16, station="新能源汽车高压安全一体化学习工作站",
   parts=[("过程考核", 40), ("技能考核", 60)],
   situation="宜昌一家新能源汽车服务站接到一辆纯电动出租车，司机反映车辆停放一夜后无法上电，仪表提示“请检查12V蓄电池”，搭电后能正常行驶，但第二天又出现同样的情况。站长要求学员按高压安全作业规范断电、验电，检测直流变换器的输入输出电压和使能信号，找出低压蓄电池亏电的原因，排除故障后路试验证，并填写维修工单。",
   qs=[("引导问题1 直流变换器（DC/DC）在整车上起什么作用？", ["把动力电池的高压直流电变成14V左右的低压电，给低压用电器供电，并给12V蓄电池充电。", "高压转低压，给小电瓶充电。", "代替传统车的发电机，给低压系统供电。"]),
       ("引导问题2 高压系统断电后为什么要等待并验电？", ["高压电容里还有残余电量，要等规定时间放电，再用万用表验电，确认低于安全电压才能作业。", "等电容放完电，再测量确认没电。", "防止残余电压触电，验电以后才能拆。"])],
   hw=[("1. 上电状态下直流变换器输出电压正常值是多少？", ["一般在13.5V到14.5V之间，低于13V说明不工作或输出不足。", "14V左右。", "13.5到14.5伏。"]),
       ("2. 低压蓄电池亏电还可能有哪些原因？", ["蓄电池老化、车辆暗电流过大、直流变换器使能信号缺失或保险丝熔断。", "电瓶坏了或者有漏电。", "暗电流过大，蓄电池本身容量不足。"])],
   outputs=[("高压断电与验电操作记录", "记录了断电、等待、验电的时间和测量值。"), ("直流变换器检测报告", "测量了输入、输出电压和使能信号。"),
            ("维修工单", "写明了故障原因为使能信号线插接器松脱。")]),
 "care": dict(major="健康与社会照护", code="0529", course="老年人用药照护", task="居家老人安全用药指导与家庭药箱整理",
   hours=12, station="居家照护一体化学习工作站", parts=[("组内互评", 100), ("教师评价", 100), ("服务对象评价", 100)],
   situation="宜昌市伍家岗区一个社区的家庭医生团队发现，辖区里不少独居老人同时吃好几种药，家里药箱里过期药、没有标签的药混在一起，有的老人把降压药吃重了。社区请照护员上门，帮老人整理家庭药箱，核对每种药的用法用量，制作用药提醒卡，并用老人听得懂的话讲清楚按时按量服药的重要性。",
   qs=[("问题一 整理家庭药箱时要先做什么？", ["把所有药拿出来，逐一核对药名、有效期和说明书，过期药和来历不明的药单独放。", "先清点，把过期的挑出来。", "核对有效期，内服外用分开放。"]),
       ("问题二 老人记不住吃药时间怎么办？", ["做大字的用药提醒卡贴在显眼处，配分格药盒，请家属定时打电话提醒。", "用分格药盒，贴提醒卡。", "手机设闹钟，家属提醒。"])],
   hw=[("1. 哪些药品需要放冰箱冷藏？", ["胰岛素、部分滴眼液和益生菌等说明书写明2到8度保存的药。", "胰岛素。", "说明书要求冷藏的，比如胰岛素。"]),
       ("2. 过期药品应该怎样处理？", ["不随手扔进垃圾桶，送到社区或药店的过期药品回收点。", "交回收点。", "放到药店的回收箱。"])],
   outputs=[("家庭药箱整理清单", "列出了二十三种药品和有效期。"), ("用药提醒卡", "做了大字版早、中、晚三张卡。"),
            ("用药指导记录", "记录了给老人讲解的要点和老人的复述。")]),
 "car": dict(major="汽车维修", code="0403", course="汽车自动变速器检修", task="轿车自动变速器换挡冲击故障诊断与排除",
   hours=16, station="汽车自动变速器一体化学习工作站", parts=[("故障诊断", 40), ("维修作业", 40), ("安全与6S", 20)],
   situation="襄阳一家汽车4S店接到一辆行驶八万公里的自动挡轿车，车主反映车辆从2挡升3挡时有明显冲击，冷车时更严重，仪表没有故障灯。服务顾问把车交给变速器组，要求学员读取变速器控制单元的数据流，检查变速器油的油位和油质，做失速试验和路试，判断故障原因，更换变速器油并做自适应学习，完成后填写维修工单。",
   qs=[("引导问题1 自动变速器换挡冲击常见原因有哪些？", ["变速器油不足或变质、换挡电磁阀工作不良、阀体磨损、自适应数据异常。", "油不好、电磁阀坏、需要匹配。", "油位低，电磁阀卡滞。"]),
       ("引导问题2 检查变速器油位要满足什么条件？", ["车辆水平停放，发动机怠速，油温在规定范围，各挡位走一遍后回到P挡检查。", "热车、水平、怠速时检查。", "油温到了再看油尺。"])],
   hw=[("1. 为什么换油后要做自适应学习？", ["换油或维修后控制单元原来的学习值不再合适，重新学习才能让换挡平顺。", "让电脑重新记住换挡点。", "消除旧的学习值，换挡更平顺。"]),
       ("2. 路试时怎样确认故障已排除？", ["冷车和热车各试一次，在2挡升3挡时体会有无冲击，读数据流看换挡时间。", "多开几次看还冲不冲。", "冷热车都试，看数据流。"])],
   outputs=[("变速器数据流分析表", "记录了十二项数据。"), ("换油及自适应学习作业记录", "写明了加油量和学习步骤。"),
            ("维修工单", "故障原因为变速器油变质。")]),
 "net": dict(major="计算机网络应用", code="0301", course="中小企业网络组建与维护", task="汽车零部件企业车间工业交换机环网组建与调试",
   hours=16, station="网络组建一体化学习工作站",
   parts=[("需求分析", 10), ("拓扑设计", 15), ("设备配置", 25), ("无线部署", 20), ("测试验收", 20), ("职业素养", 10)],
   situation="襄阳一家汽车零部件企业新建了一条冲压生产线，车间里的设备要接入工厂网络，企业要求网络一处断线时不影响生产。信息部请实训班学员用四台工业交换机组建环网，划分生产、监控和办公三个VLAN，配置环网协议和管理地址，在车间办公区部署两台无线AP，测试断线自愈时间，最后提交配置文件和验收报告。",
   qs=[("问题1 为什么车间网络要做成环网？", ["环上任何一处断线，数据可以从另一个方向走，自愈时间短，不影响生产。", "断一根线网络还能通。", "有冗余链路，可靠性高。"]),
       ("问题2 生产、监控、办公为什么要划分VLAN？", ["隔离广播域，防止办公网的流量和病毒影响生产设备，也方便管理。", "分开管理，互不影响。", "安全，减少广播。"])],
   hw=[("1. 怎样测试环网自愈时间？", ["一边持续ping生产服务器，一边拔掉环上一根网线，数丢了几个包，换算成时间。", "拔线看丢包。", "持续ping，拔线，计算中断时间。"]),
       ("2. 无线AP安装位置要考虑什么？", ["远离冲压机等强干扰设备，高度合适，覆盖办公区，信道互不重叠。", "避开干扰，覆盖全面。", "信道错开，挂高一点。"])],
   outputs=[("环网交换机配置文件", "包括VLAN、环网协议和管理地址配置。"), ("无线AP配置文件", "配置了SSID和信道。"),
            ("测试验收报告", "断线自愈时间小于50毫秒。")]),
 "rail": dict(major="城市轨道交通运输与管理", code="0431", course="城市轨道交通车站应急处置", task="跨座式单轨列车区间故障停车乘客疏散引导",
   hours=14, station="轨道交通车站运营一体化实训室", parts=[("理论", 30), ("实操", 50), ("素养", 20)],
   situation="一列跨座式单轨列车在两站之间的高架区间因故障停车，经行调同意组织乘客疏散。车站接到命令后，要求站务人员赶到疏散平台端头，协助司机打开疏散通道，用广播和手势引导乘客有序下车，沿疏散平台走回车站，照顾好老人、孩子和行动不便的乘客，并做好人数清点和信息报告。",
   qs=[("任务1 接到区间疏散命令后站务员首先做什么？", ["确认疏散方向和接车地点，带好手持电台、手电、扩音器，按规定线路赶到疏散平台端头。", "带好备品，赶到指定位置。", "确认命令，准备备品。"]),
       ("任务2 引导乘客时广播怎么说？", ["乘客您好，列车故障，请听从工作人员指挥，沿疏散平台向车站方向有序行走，不要拥挤。", "请大家不要慌，跟着工作人员走。", "请有序疏散，注意脚下。"])],
   hw=[("1. 高架区间疏散为什么要特别照顾老人和孩子？", ["疏散平台离地面高，风大，老人孩子容易摔倒，要安排人员搀扶和陪同。", "容易摔倒。", "平台高，需要有人扶。"]),
       ("2. 疏散结束后要报告哪些信息？", ["疏散开始和结束时间、疏散人数、有无受伤乘客、设备和现场情况。", "人数和时间。", "有没有人受伤，疏散了多少人。"])],
   outputs=[("区间疏散广播词", "写了三段广播词。"), ("疏散演练记录表", "记录了演练用时和人数。"), ("应急处置流程图", "画出了十个处置步骤。")]),
 "fish": dict(major="烹饪(中式烹调)", code="0501", course="巴渝风味菜肴制作", task="万州烤鱼制作",
   hours=12, station="中式烹调一体化学习工作站", parts=[("刀工", 25), ("腌制", 20), ("烤制", 35), ("成菜", 20)],
   situation="万州一家烤鱼老店准备在主城开分店，需要一批能独立出品的厨师。店里的师傅把标准做法交给实训班：选用两斤左右的草鱼，从背部剖开，打上花刀，用姜葱料酒腌制，刷油后用炭火烤到两面金黄，再浇上用豆瓣、泡椒和花椒炒制的红汤，配上豆芽、藕片等配菜，要求鱼肉外焦里嫩、麻辣鲜香。",
   qs=[("问题1 鱼为什么要从背部剖开？", ["背部剖开后鱼腹相连，烤的时候鱼身平整不散，受热均匀。", "烤的时候不容易散。", "平铺开好烤。"]),
       ("问题2 腌鱼要注意什么？", ["两面抹匀盐、料酒和姜葱汁，腌制十五分钟左右，不能太久，否则肉质发柴。", "抹匀，时间不能长。", "腌十五分钟。"])],
   hw=[("1. 炭火烤鱼怎样判断火候？", ["鱼皮起泡、两面金黄，用筷子插最厚的地方能轻松插透。", "两面金黄就好。", "看颜色，筷子能插进去。"]),
       ("2. 红汤的香味来自哪些原料？", ["郫县豆瓣、泡椒、干辣椒、花椒和姜蒜在热油中炒出的香味。", "豆瓣和花椒。", "豆瓣、泡椒、花椒炒香。"])],
   outputs=[("万州烤鱼成品", "外焦里嫩，红汤油亮。"), ("花刀练习件", "刀距一致，深浅均匀。"), ("标准菜谱卡", "写明了主料、配料和调料用量。")]),
 "tcm": dict(major="中药", code="1301", course="中药饮片产地加工与炮制", task="天麻蒸制与切片干燥加工",
   hours=12, station="中药炮制一体化学习工作站", parts=[("净选", 15), ("蒸制", 35), ("切片", 25), ("干燥", 25)],
   situation="遵义一家中药饮片企业从大方县收购了一批新鲜乌天麻，要在产地加工成天麻片。车间要求学员先按大小分级、洗净，蒸到透心无白心，趁热切成薄片，控制温度分段烘干，最后按标准检查片型、色泽和水分，填写批生产记录。",
   qs=[("问题1 天麻为什么要先分级再蒸？", ["大小不同蒸透的时间不一样，分级以后才能蒸得均匀，不会有的没透有的过了。", "大小分开蒸，时间好掌握。", "防止小的蒸过头。"]),
       ("问题2 怎样判断天麻已经蒸透？", ["对着光看没有白心，用竹签能轻松插透。", "没有白心。", "透光看，中间不白。"])],
   hw=[("1. 天麻片烘干温度怎样控制？", ["先用较低温度慢慢烘，再逐步升温，一般不超过60度，防止起泡和变色。", "低温慢烘。", "不超过60度，分段升温。"]),
       ("2. 合格天麻片的外观是什么样的？", ["片形完整，半透明，角质样，色黄白，无霉变和虫蛀。", "半透明，黄白色。", "片子完整，角质样。"])],
   outputs=[("天麻分级记录", "分为三个等级。"), ("天麻蒸制切片批生产记录", "记录了蒸制时间和片厚。"), ("天麻片质量检查报告", "检查了水分和片型。")]),
 "anim": dict(major="计算机动画制作", code="0306", course="二维动画场景设计与制作", task="娄山关红色旅游景区导览二维动画场景设计",
   hours=16, station="数字动画一体化学习工作站", parts=[("项目一 场景构图", 30), ("项目二 色彩气氛", 30), ("项目三 导览动效", 40)],
   situation="遵义一家文旅公司要为娄山关景区做一套手机导览小程序，需要几段二维动画场景，把雄关漫道、战斗遗址和纪念碑串起来讲给游客听。公司请实训班学员按照导览脚本设计三个场景的线稿和色稿，做出镜头推移和云雾流动的导览动效，并导出适合手机竖屏播放的视频。",
   qs=[("引导问题1 竖屏导览动画构图要注意什么？", ["主体放在画面中上部，留出字幕和按钮的位置，远中近景层次分明。", "主体居中偏上，留字幕位置。", "分出前景、中景、远景。"]),
       ("引导问题2 怎样表现山间的云雾？", ["用半透明的渐变图层叠加，让几层云雾以不同速度横向移动。", "半透明图层慢慢移动。", "多层云雾错开速度。"])],
   hw=[("1. 导出手机竖屏视频的分辨率是多少？", ["1080×1920像素，帧率25帧每秒。", "1080乘1920。", "竖屏1080×1920，25帧。"]),
       ("2. 色彩怎样体现红色旅游的庄重感？", ["以青灰和暗红为主色，降低饱和度，纪念碑处用暖光突出。", "暗红和青灰。", "颜色沉稳，重点用暖光。"])],
   outputs=[("雄关漫道场景色稿", "完成了线稿和色稿。"), ("战斗遗址场景分层文件", "分为七个图层。"), ("导览动效视频截图", "时长四十五秒。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="宜昌市西陵峡技工学校", pack="dir", course="nev", cls="新能2301班", size=38, seed=11, sidp="23110435",
         students=["覃宇航", "鄢梦琪", "向俊熙"], outsiders={"向俊熙": "新能2302班"}, out_sidp="23110436",
         extra_class=["阮志豪"], pos={"阮志豪": 26}, bad={"阮志豪": "sum"}, teachers=["毛建华", "柯丽萍"], form_count="38人",
         f8="hv_confirm", f10="qr_export", f11="ppt_handout_typed", f12="app_shot",
         findings=[("students.not_in_class", 8, True, "向俊熙"), ("records.invalid_score", 10, False, "阮志豪")],
         comment="向俊熙 of the parallel class 新能2302班 (his class and 学号 on his pages) is the third student of "
                 "8/11/12; item 10 (38 rows = 班级人数 38) has no record of him: students.not_in_class. Item 8: a "
                 "高压作业安全确认单 at the top of each worksheet, the student as 操作人 and the teacher as 监护人, "
                 "scanned double-sided (every page followed by its blank back). Item 10: a grading-system export "
                 "with a QR code, two pages with the header repeated and a footer 第n页　共2页 at the foot; 阮志豪 "
                 "(row 27, page 2) has a 总评 that is not 过程考核 + 技能考核: records.invalid_score. Item 11 typed: a "
                 "PPT handout (6 slides a page), 汇报人 on the title slide. Item 12: phone screenshots of an "
                 "online homework app"),
    dict(school="宜昌市西陵峡技工学校", pack="dir", course="care", cls="照护2401班", size=35, seed=12, sidp="24120529",
         students=["冉诗琪", "田甜", "轩辕若曦"], extra_class=["冉诗淇", "轩辕博"], teachers=["田恬", "向红梅"],
         notes={"@6": "缺考", "@22": "缓考（住院）", "@13": "组长"}, form_count="35人", roster="csv_bom", headteacher="彭雪梅",
         f8="signin_strike", f10="three_raters", f11="remind_card_typed", f12="wenkai_teacher", findings=[],
         comment="clean: teacher 田恬 and student 田甜 (2-char, one of the three) one character apart and alike in "
                 "sound, the teacher on every worksheet and homework page; 冉诗琪 (one of the three) with classmate "
                 "冉诗淇; 4-char compound 轩辕若曦 (one of the three) with 3-char compound classmate 轩辕博. On her "
                 "worksheet 冉诗琪 first wrote a wrong character and struck it out (冉思诗琪 with 思 struck). Item 10 "
                 "(scanned 250 dpi gray): three raters (组内互评, 教师评价, 服务对象评价, each out of 100) and a "
                 "总评 that is their mean (one decimal, no sum); a 缺考 row and a 缓考（住院） row with empty cells. "
                 "Roster: a UTF-8 csv with a BOM and CRLF, extra columns 曾用名, 身份证号 (masked), 监护人 (the "
                 "guardians' names), 监护人电话, 家庭住址"),
    dict(school="襄阳市隆中技师学院", pack="zip", course="car", cls="汽修2301班", size=40, seed=21, sidp="23210403",
         students=["柯俊宇", "童嘉乐", "艾梓轩"], extra_class=["万思成"], absent_from_10=["万思成"],
         teachers=["阮国平", "喻晓东"], form_count="40人", roster="roster_scan", headteacher="程慧芳",
         f8="margin_rotated", f10="photo_typed", f11="repair_report_typed", f12="duplex_sungti",
         findings=[("records.missing_student", 10, False, "万思成"), ("records.count_mismatch", 10, False)],
         comment="the roster 汽修2301班学生名单.pdf (a SCANNED printed list, 40, the 班主任 signed by hand) and the "
                 "form (40人) list 万思成; item 10 (39 rows, none for him, a gap in the 学号 sequence) is a typed "
                 "register PHOTOGRAPHED with a phone on a desk: records.missing_student, records.count_mismatch. "
                 "Item 8: the student's 班级/姓名/学号 written only up the left binding margin, the text turned 90° "
                 "(reading bottom to top) beside a dashed 装订线. Item 12 scanned double-sided with blank backs"),
    dict(school="襄阳市隆中技师学院", pack="zip", course="net", cls="网络2302班", size=36, seed=22, sidp="23220301",
         students=["喻博文", "程雨欣", "阮天翊"], items={11: ["喻博文", "程雨欣", "阮天翊", "童语嫣"]},
         extra_class=["童语嫣"], teachers=["余志刚", "艾红霞"], form_count="36名",
         f8="seat_login", f10="land_split", f11="config_typed", f12="photo_wenkai",
         findings=[("students.count", 11, False)], optional=[("students.mismatch", 11, True)],
         comment="item 11 TYPED (exported device configuration files, the author in a comment line `! 配置人：<name>"
                 "（班级）`) holds the works of FOUR students: the three and classmate 童语嫣 (with an item-10 "
                 "record): students.count on 11, students.mismatch optional. Item 10 (36 rows = 36名, all sums "
                 "right): a landscape register split over two pages by COLUMNS, 序号/学号/姓名 and the first three "
                 "score columns on page 1, page 2 only 序号 and the remaining columns, 总分 and 等级 (no names). "
                 "Item 8 scanned in colour, each sheet laid about 4.5° askew on the glass"),
    dict(school="重庆市万州区平湖技工学校", pack="gbkzip", course="rail", cls="城轨2302班", size=35, form_size=36, seed=31,
         sidp="23310431", students=["秦梓涵", "况一诺", "牟晨曦"], items={8: ["秦梓涵", "况一诺"]},
         teachers=["冷建平", "幸秀琼"], form_count="36人",
         f8="duty_log_tint", f10="hand_book", f11="drill_typed", f12="ukai_plain",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (colour scan on yellowish recycled paper, `值班学员：<hand>` in a 值班日志 header) holds the "
                 "worksheets of only 秦梓涵 and 况一诺 (牟晨曦's are missing; items 11 and 12 hold all three): "
                 "students.count on 8, students.mismatch optional. The form says 36人; item 10 is a pre-printed "
                 "成绩登记册 page with 40 numbered lines, everything else (class, column heads, short 学号, names, "
                 "scores) HANDWRITTEN by the teacher, 35 lines filled and 36-40 empty: records.count_mismatch. "
                 "No roster"),
    dict(school="重庆市万州区平湖技工学校", pack="gbkzip", course="fish", cls="烹饪2301班", size=34, seed=32, sidp="23320501",
         students=["庹浩宇", "隆欣悦", "苟家俊"], items={12: ["庹浩宇", "隆欣悦", "雍思彤"]},
         extra_class=["雍思彤", "蒲俊豪"], bad={"蒲俊豪": "sum"}, teachers=["谭德明", "邓桂兰"], form_count="34",
         bonus={"@3": (3, "区技能节三等奖+3"), "@11": (2, "创新配菜+2"), "@19": (1, "帮厨表现+1"), "@28": (3, "校技能节二等奖+3")},
         f8="chef_ticket", f10="bonus_col", f11="sop_typed", f12="sans_color_hand",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "蒲俊豪")],
         comment="item 12 (drawn, colour, `作业提交：<hand>`) holds the homework of 庹浩宇, 隆欣悦 and classmate "
                 "雍思彤 (with an item-10 record) instead of 苟家俊 (items 8 and 11 hold 庹浩宇, 隆欣悦, 苟家俊): "
                 "students.mismatch. Item 10 (scanned colour 200 dpi) has a 加分 column (bonus points, up to 5, "
                 "counted in 总分, the reason in 备注) filled for four students; 蒲俊豪's 加分 is empty but his 总分 "
                 "is 5 above his four scores: records.invalid_score. Item 8: a kitchen 出品单 slip `掌勺：<hand>` "
                 "at the top. No roster"),
    dict(school="遵义市娄山关高级技工学校", pack="zip", course="tcm", cls="中药2302班", size=37, seed=41, sidp="23411301",
         students=["龙思琪", "敖雪", "澹台明远"], extra_class=["敖雪莲", "澹台明"], teachers=["舒建国", "石秀英"],
         notes={"@8": "缺考", "@30": "缓考（病假）", "@16": "补考合格"}, resit="@16", split=19, form_count="37人",
         f8="booklet_spread", f10="restart_numbers", f11="maker_typed", f12="trad_name", findings=[],
         comment="clean: 2-char 敖雪 (one of the three) with 3-char classmate 敖雪莲; 4-char compound 澹台明远 (one "
                 "of the three) with 3-char compound classmate 澹台明 (a prefix of it). 龙思琪 wrote her homework "
                 "(item 12) in TRADITIONAL characters, name line `姓名：龍思琪　班級：中藥2302班`; items 8/10/11 "
                 "have 龙思琪. Item 8: a booklet worksheet scanned open (two A5 pages on one landscape scan, the "
                 "gutter shadow in the middle), the name only on the left page. Item 10 (scanned 250 dpi gray): "
                 "two sheets, one per 实训组 (19 + 18), 序号 starting again at 1 on the second; a 缺考 row, a "
                 "缓考（病假） row with empty cells, a 补考 column filled for one student whose 总分 is below 60. "
                 "No roster"),
    dict(school="遵义市娄山关高级技工学校", pack="zip", course="anim", cls="动画2401班", size=33, seed=42, sidp="24420306",
         students=["禄雨婷", "晏梓萌", "颜俊宇"], extra_class=["蒙子轩"], bad={"蒙子轩": "over"},
         teachers=["潘丽娟", "韦明辉"], form_count="33",
         f8="name_sticker", f10="criteria_above_typed", f11="exhibit_scan", f12="photo_sans",
         findings=[("records.invalid_score", 10, False, "蒙子轩")],
         comment="item 10 TYPED: the maxima stand only in a 评分标准 table ABOVE the register (项目一 30, 项目二 30, "
                 "项目三 40), the register's header names the 项目 without maxima; 蒙子轩 has 34 under 项目二 (总分 "
                 "the sum): records.invalid_score. Item 8: the name only on a printed NAME STICKER stuck on the "
                 "worksheet at a slant (the printed 姓名 blank left empty); colour scan. No roster"),
]

SHORT_SCHOOL = {1: "西陵峡技校", 2: "隆中技师学院", 3: "平湖技校", 4: "娄山关高级技校"}
PROVINCE = {1: "湖北省", 2: "湖北省", 3: "重庆市", 4: "贵州省"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CN_NUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 宜昌: "08 - 工作页.pdf"
        return "%02d - %s.pdf" % (n, NAMES[n])
    if g == 2:   # 襄阳: "第八项 工作页.pdf" (the number in Chinese)
        return "第%s项 %s.pdf" % (CN_NUM[n], NAMES[n])
    if g == 3:   # 万州: "08.工作页.PDF" (upper-case extension)
        return "%02d.%s.PDF" % (n, NAMES[n])
    return "%d\u3000%s.pdf" % (n, NAMES[n])  # 遵义: an ideographic space after the number


def form_name(s, c):
    return {1: ("西陵峡技校-申报书-%s.docx" % c["major"], "docx"),
            2: ("隆中技师学院申报书_%s.pdf" % c["course"], "pdf"),
            3: ("附件2-申报书-%s.docx" % c["task"], "docx"),
            4: ("%s_工学一体化优质课堂项目申报书.pdf" % c["major"], "pdf")}[grp(s)]


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "17"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


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
LAND = "size:29.7cm 21cm;margin:1.3cm 1.4cm"


def hand(x, small=False, ink=BLUE, size=None):
    return '<span style="font-family:\'AR PL UKai CN\';color:%s;font-size:%s">%s</span>' % (
        ink, size or ("13pt" if small else "15pt"), x)


def td(x, extra="", pad="2px 4px"):
    return '<td style="border:0.75pt solid #000;padding:%s"%s>%s</td>' % (pad, extra, x)


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


def form_html(s, c):
    t = s["teachers"]
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    kv = [["专业名称", c["major"]], ["专业代码", c["code"]], ["课程名称", c["course"]], ["学习任务", c["task"]],
          ["学时", "%d" % c["hours"]], ["授课班级", s["cls"]], ["班级人数", s["form_count"]], ["授课场所", c["station"]]]
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{kv}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生明确任务要求、查阅资料后分组制定工作计划，经教师审核做出决策并实施，教师在实施过程中巡回指导、检查质量与安全，任务完成后学生展示成果并自评、互评，教师和企业人员点评。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在完成任务中提升了专业能力和职业素养，相关成果已在合作企业试用。</p>
<h3>六、承诺</h3><p>本单位承诺所提交材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 19, kv=tbl(kv, width="80%"), tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[grp(s)])
    return html(body, font="Noto Sans CJK SC")


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}合作企业的岗位要求进行校本转化。\n二、学习任务\n其中“{task}”为{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作过程\n接受任务、制定方案、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}　教学活动策划\n学习活动1 明确任务\n学习活动2 制定方案\n学习活动3 实施作业\n学习活动4 验收与评价",
    4: "{school}\n{course}教学进度计划\n本任务共{hours}学时\n第1周 明确任务、查阅资料\n第2周 制定并审核方案\n第3周 实施作业\n第4周 验收、评价与总结",
    5: "{school}\n{task}教学活动方案\n第1学时 情境导入\n第2—4学时 引导问题学习\n其余学时 分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与材料清单。",
    7: "{school}\n{station}图文说明\n工作站设集中研讨区、分组作业区、资料查阅区和成果展示区。",
    9: "{school}\n{task}考核方案\n考核包括过程考核和结果考核，成绩由任课教师填入学习任务考核记录表。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8分", "√ 要点全", "√ 9分", "√ 清楚", "√ 10分", "√ 可以"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


STRIKE_AT = (0.200, 0.0759)   # centre of the blank after 签到： on the clean page (measured)


def ovl(d, src, pages, items):
    write(os.path.join(d, src + ".ovl.json"), json.dumps({"pages": pages, "items": items}, ensure_ascii=False, indent=1) + "\n")


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    page = None
    ov = []
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
        comment = '<p>教师评语：<span %s>%s</span>　　评阅：%s</p>' % (RED, ["认真完整", "要点清楚", "较好", "有进步"][i % 4], t[0])
        if f == "hv_confirm":
            rows = [[("高压作业安全确认单", ' colspan="4" bgcolor="#e6e6e6"')],
                    ["作业车辆", "纯电动出租车（工位 E-%02d）" % (2 + 3 * i), "作业日期", day(s, i)],
                    ["操 作 人", hand(n, True), "班　　级", hand(cl, True)],
                    ["学　　号", hand(sid, True), "监 护 人", hand(t[0], True, BLACK)],
                    [("%s 已断开低压蓄电池负极　%s 已拔下维修开关并等待5分钟　%s 已验电（低于36V）" % ((hand("☑", True),) * 3),
                      ' colspan="4" align="left"')]]
            body = (tbl(rows, pad="3px 5px") + '<h3 style="text-align:center">%s<br/>学习工作页</h3><p>课程：%s　　指导教师：%s</p>'
                    % (c["task"], c["course"], t[0]) + sit + answers(c, rng, i) + comment)
        elif f == "signin_strike":
            nm = hand(n)
            if n == "冉诗琪":   # a wrong character written first, struck out, then the name finished (an overlay:
                nm = hand("　　　　")   # Writer draws no strike-through on CJK)
                ov.append({"type": "text", "page": i + 1, "x": STRIKE_AT[0], "y": STRIKE_AT[1], "size": 12,
                           "runs": [["冉思诗琪", "hand"]], "strike": [[0, 1]]})
            body = ('<table width="100%%"><tr><td style="border:0.75pt solid #000;padding:4px 8px">签到：%s　　签到时间 %s　　签退时间 %s</td></tr></table>'
                    % (nm, hand("08:%02d" % (2 + 3 * i), True), hand("11:%02d" % (35 + 4 * i), True)) +
                    '<h3 style="text-align:center">%s　学习工作页</h3><p>班级：%s　　指导教师：%s　　日期：%s</p>'
                    % (c["task"], cl, t[0], day(s, i)) + sit + answers(c, rng, i) +
                    '<p>教师评语：<span %s>%s</span>　　评阅：%s</p>' % (RED, ["认真完整", "要点清楚", "较好"][i % 3], t[0]))
        elif f == "margin_rotated":
            body = ('<h3 style="text-align:center">%s<br/>学习工作页</h3><p>课程：%s　　指导教师：%s　　工位：AT-%02d　　日期：%s</p>'
                    % (c["task"], c["course"], t[0], 4 + 2 * i, day(s, i)) + sit + answers(c, rng, i) + comment)
            ov.append({"type": "text", "page": i + 1, "x": 0.052, "y": 0.5, "angle": -90, "size": 10.5,
                       "runs": [["班级：", "print"], [cl, "hand"], ["　　　姓名：", "print"], [n, "hand"],
                                ["　　　学号：", "print"], [sid, "hand"]]})
            ov.append({"type": "text", "page": i + 1, "x": 0.105, "y": 0.5, "angle": -90, "size": 9,
                       "runs": [["%s装%s订%s线%s" % ("- " * 24, " -" * 22 + " ", "- " * 22, " -" * 24), "gray"]]})
        elif f == "seat_login":
            body = ('<p>机位号：<u>B-%02d</u>　　登录账号：<u>wl2302-%s</u>　　姓名：%s</p><hr/>' % (3 + 4 * i, sid[-2:], hand(n)) +
                    '<h3 style="text-align:center">%s<br/>学习工作页</h3><p>班级：%s　　学号：%s　　指导教师：%s</p>'
                    % (c["task"], cl, sid, t[0]) + sit + answers(c, rng, i) + comment)
        elif f == "duty_log_tint":
            rows = [[("车站值班日志（实训）", ' colspan="6" bgcolor="#dddddd"')],
                    ["日　　期", day(s, i), "天　气", "阴", "班　次", "早班"],
                    ["值班学员", hand(n, True), "带班教师", hand(t[0], True, BLACK), "岗　位", "站台岗"]]
            body = (tbl(rows, pad="3px 5px") + '<h3 style="text-align:center">%s　学习工作页</h3><p>班级：%s　　学号：%s</p>'
                    % (c["task"], cl, sid) + sit + answers(c, rng, i) + comment)
        elif f == "chef_ticket":
            slip = ('<table width="100%%"><tr><td width="54%%"></td><td><table width="100%%" style="border-collapse:collapse"><tr>'
                    '<td style="border:1pt dashed #000;padding:4px 8px">'
                    '<p style="text-align:center"><b>出　品　单</b>　No.%04d</p><p>台号：A%d　　菜品：万州烤鱼</p>'
                    '<p>掌勺：%s</p><p>出品时间：%s</p></td></tr></table></td></tr></table>'
                    % (231 + i * 7, 2 + i, hand(n), hand("11:%02d" % (20 + 9 * i), True)))
            body = (slip + '<h3 style="text-align:center">%s　学习工作页</h3><p>班级：%s　　指导教师：%s　　日期：%s</p>'
                    % (c["task"], cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment)
        elif f == "booklet_spread":
            left = ('<p style="font-size:9pt">%s　学习工作页（学生用书）</p><h3 style="text-align:center">%s</h3>'
                    '<p>姓名　%s　　班级　%s　　学号　%s</p><p>指导教师：%s</p>%s<p style="text-align:center;font-size:9pt">— %d —</p>'
                    % (c["course"], c["task"], hand(n), cl, hand(sid, True), t[0], sit, 2 * i + 3))
            right = answers(c, rng, i) + comment + '<p style="text-align:center;font-size:9pt">— %d —</p>' % (2 * i + 4)
            body = ('<table width="100%%" style="border-collapse:collapse"><tr><td width="48%%" valign="top" style="padding:0 14px 0 0">%s</td>'
                    '<td width="4%%"></td><td width="48%%" valign="top" style="padding:0 0 0 14px">%s</td></tr></table>' % (left, right))
        elif f == "name_sticker":
            body = ('<table width="100%%"><tr><td><b>%s</b></td><td align="right">姓名：＿＿＿＿＿＿＿＿</td></tr></table><hr/>' % c["course"] +
                    '<h3 style="text-align:center">%s<br/>学习工作页</h3><p>班级：%s　　指导教师：%s　　日期：%s</p>'
                    % (c["task"], cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment)
            ov.append({"type": "sticker", "page": i + 1, "x": 0.80, "y": 0.072, "angle": [-4, 5, -3][i % 3], "size": 11,
                       "fill": ["#d6eaff", "#ffe3ec", "#e2f5d8"][i % 3], "lines": [n, "%s　%s号" % (cl, sid[-2:])]})
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"hv_confirm": "x-scanpdf:200:duplex", "signin_strike": "x-scanpdf:250", "margin_rotated": "x-scanpdf:200",
            "seat_login": "x-scanpdf:200:color:skew4.5", "duty_log_tint": "x-scanpdf:200:color:tint",
            "chef_ticket": "x-scanpdf:250", "booklet_spread": "x-scanpdf:200:fold", "name_sticker": "x-scanpdf:200:color"}[f]
    if f == "margin_rotated":
        page = "margin:1.6cm 1.6cm 1.6cm 3.4cm"
    if f == "booklet_spread":
        page = LAND
    if ov:
        ovl(d, "08.html", len(names), ov)
    return "08.html", html(PB.join(pages), size="10pt" if f == "booklet_spread" else "10.5pt", page=page), meth


# ------------------------------------------------------------------ item 10

def resolve_notes(s, rec):
    out = {}
    for k, v in s.get("notes", {}).items():
        n = rec[int(k[1:])] if k.startswith("@") else k
        if n in s["students"] + s.get("extra_class", []):
            raise SystemExit("%s: note %s falls on a planted name %s" % (s["school"], v, n))
        out[n] = v
    bonus = {}
    for k, (pts, why) in s.get("bonus", {}).items():
        n = rec[int(k[1:])]
        if n in s["students"] + s.get("extra_class", []):
            raise SystemExit("%s: bonus falls on a planted name %s" % (s["school"], n))
        bonus[n] = pts
        out[n] = why
    s["notes_resolved"] = out
    s["bonus_resolved"] = bonus


def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def item10(s, c, rec, d):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    notes = s["notes_resolved"]
    bad = s.get("bad", {})
    parts = c["parts"]
    pad = "0px 3px"
    sign = "<p>考核教师：%s　%s　　　　教研组长审核：%s</p>" % (t[0], "、".join(t[1:]), t[-1])
    if f == "qr_export":   # grading-system export, QR code, footer 第n页 共2页 at the page foot
        hdr = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总评", "成绩状态"]
        rows = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (6 if bad.get(n) == "sum" else 0)
            rows.append([str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v] + [str(tot), "正常"])
        top = ('<table width="100%%"><tr><td width="76%%" valign="top"><p style="font-size:8pt;color:#555">西陵峡技工学校教务管理系统　｜　成绩管理 › 学习任务成绩</p>'
               '<p style="font-size:14pt"><b>学生学习任务成绩单%s</b></p>'
               '<p>课程：%s　　学习任务：%s</p><p>班级：%s　　任课教师：%s　　考核方式：考查　　成绩类型：百分制</p></td>'
               '<td width="24%%" height="96">&nbsp;</td></tr></table>')
        p1 = top % ("", c["course"], c["task"], s["cls"], "、".join(t)) + tbl([hdr] + rows[:20], pad=pad, bold=(0,))
        p2 = (top % ("（续）", c["course"], c["task"], s["cls"], "、".join(t)) + tbl([hdr] + rows[20:], pad=pad, bold=(0,)) +
              "<p>成绩录入：%s　　　审核：%s　　　（本成绩单由系统生成，扫码可核验）</p>" % (t[0], t[1]))
        ovl(d, "10.html", 2, [
            {"type": "qr", "page": 1, "x": 0.845, "y": 0.082, "cm": 2.0, "seed": 4350117},
            {"type": "text", "page": 1, "x": 0.845, "y": 0.137, "size": 7, "runs": [["扫码验真", "gray"]]},
            {"type": "qr", "page": 2, "x": 0.845, "y": 0.082, "cm": 2.0, "seed": 4350118},
            {"type": "text", "page": 2, "x": 0.845, "y": 0.137, "size": 7, "runs": [["扫码验真", "gray"]]},
            {"type": "footer", "y": 0.972, "size": 7.5, "margin": 0.07, "left": "打印时间：2024-12-18 16:05:31",
             "center": "第{n}页　共{N}页", "right": "成绩单编号：XLX-2024-0435-0117"}])
        return "10.html", html(p1 + PB + p2, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200"
    if f == "three_raters":   # three raters out of 100, 总评 their mean (no sum)
        tr = [["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总评（三项平均）", "备注"]]
        for k, n in enumerate(rec):
            note = notes.get(n, "")
            if note == "缺考":
                tr.append([str(k + 1), sid_of(s, n), D(n)] + ["缺考"] * len(parts) + ["—", "缺考"])
                continue
            if note.startswith("缓考"):
                tr.append([str(k + 1), sid_of(s, n), D(n)] + [""] * (len(parts) + 1) + [note])
                continue
            v = [rng.randint(72, 97) for _ in parts]
            tr.append([str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v] + ["%.1f" % (sum(v) / 3.0), note])
        return "10.html", html(head10(s, c, "学习任务考核记录表") +
                               '<p>评分说明：三项均为百分制，总评取三项平均分，保留一位小数。</p>' +
                               tbl(tr, pad=pad, bold=(0,)) + sign, "8.5pt", compact=True), "x-scanpdf:250"
    if f == "photo_typed":   # a plain register, photographed with a phone
        tr = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tr.append([str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v] + [str(sum(v))])
        sig = "<p>考核教师：%s　　　　教研组长审核：%s　　　　%s</p>" % (hand(t[0], True, BLACK), hand(t[1], True, BLACK), day(s, 12))
        return "10.html", html(head10(s, c, "学习任务考核记录") + tbl(tr, pad=pad, bold=(0,)) + sig, "9pt",
                               font="Noto Sans CJK SC", compact=True), "x-scanpdf:250:photo"
    if f == "land_split":   # a wide register split over two landscape pages by columns
        v = [part_scores(rng, parts) for _ in rec]
        a, b = parts[:3], parts[3:]
        t1 = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in a]]
        t2 = [["序号"] + ["%s(%d)" % p for p in b] + ["总分", "等级"]]
        for k, n in enumerate(rec):
            tot = sum(v[k])
            grade = "优" if tot >= 90 else "良" if tot >= 80 else "中" if tot >= 70 else "及格"
            t1.append([str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v[k][:3]])
            t2.append([str(k + 1)] + [str(x) for x in v[k][3:]] + [str(tot), grade])
        hd = '<p><b>%s</b>　　%s　%s　　学习任务：%s　　考核日期：%s</p>'
        p1 = hd % ("学习任务考核记录（一）", s["school"], s["cls"], c["task"], day(s, 11)) + tbl(t1, pad="0px 4px", bold=(0,))
        p2 = (hd % ("学习任务考核记录（二）（接上页，按序号对应）", s["school"], s["cls"], c["task"], day(s, 11)) +
              tbl(t2, pad="0px 4px", bold=(0,)) + sign)
        return "10.html", html(p1 + PB + p2, "7pt", page="size:29.7cm 21cm;margin:0.8cm 1.4cm", compact=True), "x-scanpdf:200"
    if f == "hand_book":   # pre-printed 成绩登记册, everything else handwritten
        H = lambda x: hand(x, ink=BLUE, size="11pt")  # noqa: E731
        tr = [[("序号", ' width="6%"'), ("学号", ' width="9%"'), ("姓　名", ' width="15%"')] +
              [(H("%s %d" % p), ' width="11%"') for p in parts] + [("总评", ' width="10%"'), ("备注", ' width="16%"')]]
        for k in range(40):
            if k < len(rec):
                n = rec[k]
                v = part_scores(rng, parts)
                tr.append([str(k + 1), H(sid_of(s, n)[-2:]), H(D(n))] + [H(str(x)) for x in v] + [H(str(sum(v))), ""])
            else:
                tr.append([str(k + 1)] + ["&nbsp;"] * (len(parts) + 4))
        body = ('<p style="text-align:center;font-size:15pt"><b>学 生 成 绩 登 记 册</b></p>'
                '<p>%s　学年第%s学期　　　班级：<u>%s</u>　　　课程：<u>%s</u></p>'
                '<p>学习任务：<u>%s</u>　　　任课教师：<u>%s</u></p>'
                % (H("2024—2025"), H("一"), H(s["cls"]), H(c["course"]), H(c["task"]), H(t[0])) +
                tbl(tr, pad="0px 3px", bold=(0,)) +
                '<p>任课教师签名：%s　　　　教研室主任签名：%s　　　　日期：%s</p>' % (H(t[0]), H(t[1]), H(day(s, 12))))
        return "10.html", html(body, "8.5pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200"
    if f == "bonus_col":   # a 加分 column counted in 总分
        bonus = s["bonus_resolved"]
        tr = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["加分", "总分", "备注"]]
        for k, n in enumerate(rec):
            while True:
                v = part_scores(rng, parts)
                if sum(v) + bonus.get(n, 0) <= 100:
                    break
            tot = sum(v) + bonus.get(n, 0) + (5 if bad.get(n) == "sum" else 0)
            tr.append([str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v] +
                      [str(bonus[n]) if n in bonus else "", str(tot), notes.get(n, "")])
        return "10.html", html(head10(s, c, "学习任务考核记录") +
                               '<p>说明：加分项为技能竞赛获奖、创新菜品、帮厨表现等，每人最多加5分，计入总分，总分不超过100分。</p>' +
                               tbl(tr, pad=pad, bold=(0,)) + sign, "8.5pt", compact=True), "x-scanpdf:200:color"
    if f == "restart_numbers":   # two sheets, one per 实训组, 序号 restarting at 1
        resit = rec[int(s["resit"][1:])]
        hdr = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "补考", "备注"]
        rows = []
        for k, n in enumerate(rec):
            note = notes.get(n, "")
            if note == "缺考":
                rows.append([sid_of(s, n), D(n)] + ["缺考"] * len(parts) + ["—", "", "缺考"])
                continue
            if note.startswith("缓考"):
                rows.append([sid_of(s, n), D(n)] + [""] * (len(parts) + 2) + [note])
                continue
            if n == resit:
                v = part_scores(rng, parts, 0.45, 0.58)
                rows.append([sid_of(s, n), D(n)] + [str(x) for x in v] + [str(sum(v)), "76", note])
                continue
            v = part_scores(rng, parts)
            rows.append([sid_of(s, n), D(n)] + [str(x) for x in v] + [str(sum(v)), "", note])
        k = s["split"]
        g1 = [hdr] + [[str(i + 1)] + r for i, r in enumerate(rows[:k])]
        g2 = [hdr] + [[str(i + 1)] + r for i, r in enumerate(rows[k:])]
        p1 = head10(s, c, "学习任务考核记录（第一实训组，%d人）" % k) + tbl(g1, pad="1px 3px", bold=(0,)) + sign
        p2 = head10(s, c, "学习任务考核记录（第二实训组，%d人）" % (len(rec) - k)) + tbl(g2, pad="1px 3px", bold=(0,)) + sign
        return "10.html", html(p1 + PB + p2, "9pt", compact=True), "x-scanpdf:250"
    if f == "criteria_above_typed":   # the maxima only in a 评分标准 table above the register
        crit = [["项目", "评分内容", "分值"],
                ["项目一 场景构图", ("构图层次清楚，透视准确，适合竖屏画面", ' align="left"'), "30"],
                ["项目二 色彩气氛", ("色调统一，气氛庄重，主次分明", ' align="left"'), "30"],
                ["项目三 导览动效", ("镜头推移流畅，云雾动效自然，导出规范", ' align="left"'), "40"],
                ["合计", "", "100"]]
        tr = [["序号", "学号", "姓名"] + [p.split()[0] for p, _ in parts] + ["总分", "等级"]]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 34
            tot = sum(v)
            tr.append([str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v] + [str(tot), "A" if tot >= 85 else "B" if tot >= 70 else "C"])
        return "10.html", html(head10(s, c, "学习任务考核记录") + '<p><b>一、评分标准</b></p>' + tbl(crit, width="80%", pad="1px 4px", bold=(0,)) +
                               '<p><b>二、成绩登记</b>（等级：A 85分及以上，B 70—84分，C 70分以下）</p>' +
                               tbl(tr, pad=pad, bold=(0,)) + sign, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t)))
    parts = [head]
    if f == "ppt_handout_typed":
        for i, n in enumerate(names):
            slides = [
                '<p style="font-size:11pt;text-align:center"><b>%s</b></p><p style="text-align:center">汇报人：%s（%s）</p><p style="text-align:center">指导教师：%s</p>'
                % (c["task"], n, cls_of(s, n), "　".join(t)),
                '<p><b>一、任务描述</b></p><p>出租车停放一夜后无法上电，搭电后能行驶，第二天又亏电。</p>',
            ] + ['<p><b>%s、%s</b></p><p>%s</p>' % ("二三四"[j], title, desc) for j, (title, desc) in enumerate(c["outputs"])] + [
                '<p style="text-align:center;font-size:11pt"><b>谢谢！</b></p><p style="text-align:center">请各位老师批评指正</p>']
            cells = ['<td width="50%%" height="190" valign="top" style="border:1pt solid #555;padding:8px">%s</td>' % x for x in slides]
            rows = "".join("<tr>%s%s</tr><tr><td>幻灯片 %d</td><td>幻灯片 %d</td></tr>" % (cells[2 * r], cells[2 * r + 1], 2 * r + 1, 2 * r + 2)
                           for r in range(3))
            parts.append('<p style="font-size:8pt">%s　汇报讲义（每页6张幻灯片）</p><table width="100%%" style="border-collapse:separate" cellspacing="10">%s</table>'
                         % (c["task"], rows))
        return "11.html", html(PB.join(parts), "9pt", font="Noto Sans CJK SC"), "pdf"
    if f == "config_typed":
        cfgs = [
            "sysname SW{k}-冲压线\nvlan batch 10 20 30\ninterface Vlanif10\n ip address 10.10.10.{k} 255.255.255.0\n"
            "erps ring 1\n control-vlan 4001\n protected-instance 1\ninterface GigabitEthernet0/0/1\n port link-type trunk\n"
            " port trunk allow-pass vlan 10 20 30 4001\n erps ring 1 rpl owner\nreturn",
            "ap-name AP-办公区-0{k}\nssid CHONGYA-OFFICE\nchannel {ch}\nvlan 30\nsecurity wpa2 psk\nreturn",
            "环网自愈测试记录\n测试方法：持续ping 10.10.20.100，拔下SW2与SW3之间的环网线\n丢包：1个（间隔10毫秒）\n自愈时间：小于50毫秒\n结论：合格",
        ]
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                body = cfgs[j].format(k=i + 1, ch=1 + 5 * i)
                parts.append('<p style="font-family:\'Noto Sans Mono CJK SC\';font-size:9pt;white-space:pre-wrap">'
                             "! ============================================<br/>"
                             "! 文件：%s-%02d.cfg<br/>! 配置人：%s（%s）<br/>! 审核：%s　　日期：%s<br/>"
                             "! ============================================<br/>%s</p><p>说明：%s</p>"
                             % (title, i + 1, n, cls_of(s, n), t[j % len(t)], day(s, 30 + i), re.sub(r"(?m)^ ", "&nbsp;&nbsp;", body).replace("\n", "<br/>"), desc))
        return "11.html", html(PB.join(parts)), "pdf"
    if f == "remind_card_typed":
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<p>&nbsp;</p><table width="70%%" align="center" style="border-collapse:collapse"><tr><td style="border:2.5pt double #2a6a3a;padding:16px" align="center">'
                             '<p style="font-size:15pt"><b>%s</b></p><p>%s</p><p>&nbsp;</p><p>制卡人：%s　　%s</p></td></tr></table>'
                             '<p>指导教师：%s</p>' % (title, desc, n, cls_of(s, n), t[0]))
        return "11.html", html(PB.join(parts)), "pdf"
    if f == "exhibit_scan":
        for i, n in enumerate(names):
            cards = ""
            for j, (title, desc) in enumerate(c["outputs"]):
                cards += ('<table width="80%%" align="center" style="border-collapse:collapse"><tr>'
                          '<td style="border:1.5pt solid #8a1c1c;padding:10px" width="72%%"><p style="font-size:8pt;color:#8a1c1c">作品展签　娄山关导览动画展</p>'
                          '<p style="font-size:14pt"><b>%s</b></p><p>%s</p><p>创作：%s　　班级：%s</p><p>指导教师：%s</p></td>'
                          '<td style="border:1.5pt solid #8a1c1c" align="center" bgcolor="#eeeeee">［扫码观看］</td></tr></table><p>&nbsp;</p>'
                          % (title, desc, n, cls_of(s, n), t[j % len(t)]))
            parts.append(cards)
        return "11.html", html(PB.join(parts)), "x-scanpdf:200:color"
    lab = {"repair_report_typed": "检修人", "drill_typed": "演练记录人", "sop_typed": "研发人", "maker_typed": "制作学生"}[f]
    for i, n in enumerate(names):
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "repair_report_typed":
                parts.append("<h3>成果%d-%d　%s</h3>" % (i + 1, j + 1, title) +
                             tbl([["车　型", "自动挡轿车", "行驶里程", "80126 km"], ["检修人", n, "班　级", cls_of(s, n)],
                                  ["指导教师", t[j % len(t)], "日　期", day(s, 30 + i)]], width="80%") + "<p>%s</p>" % desc)
            elif f == "sop_typed":
                parts.append("<h3>%s</h3>" % title + tbl([["菜　名", "万州烤鱼", "研发人", n], ["班　级", cls_of(s, n), "指导教师", t[0]],
                                                           [("说明", ''), (desc, ' colspan="3" align="left"')]], width="80%"))
            else:
                parts.append("<h3>成果%d-%d　%s</h3><p>%s：%s　　班级：%s</p><p>%s</p><p>指导教师：%s</p>"
                             % (i + 1, j + 1, title, lab, n, cls_of(s, n), desc, t[j % len(t)]))
    return "11.html", html(PB.join(parts)), "pdf"


# ------------------------------------------------------------------ item 12

TRAD = {"低温慢烘。": "> 低溫慢烘。", "片子完整，角质样。": "> 片子完整，角質樣。"}   # 龙思琪's answers, as she wrote them


def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "app_shot":   # phone screenshots of an online homework app, two per student
        pages = []
        for i, n in enumerate(names):
            bar = ('<table width="100%%" bgcolor="#f4f4f4"><tr><td style="font-size:7pt">9:%02d</td><td align="right" style="font-size:7pt">5G ■■■ %d%%</td></tr></table>'
                   '<table width="100%%" bgcolor="#2d6cdf"><tr><td style="color:white;font-size:9pt;padding:4px">＜　作业详情</td></tr></table>')
            q = c["hw"]
            p1 = (bar % (41 + i, 86 - 3 * i) +
                  '<table width="100%%" style="border-collapse:collapse"><tr><td style="border:0.75pt solid #cccccc;padding:6px">'
                  '<p><b>课后作业：%s</b></p><p>学生：%s</p><p>学号：%s</p><p>班级：%s</p><p style="color:#777">提交时间：%s 20:%02d</p>'
                  '<p>得分：<span style="color:#d33">%d</span> / 100　已批阅</p></td></tr></table>'
                  '<p><b>%s</b></p><p style="color:#555">我的答案：</p><p>%s</p><p style="color:#2a8a3a">教师评语：%s（%s）</p>'
                  % (c["task"], n, sid_of(s, n), cls_of(s, n), day(s, 20 + i), 10 + 7 * i, 88 + 3 * i,
                     q[0][0], q[0][1][(i + 1) % 3], mark(rng), t[0]))
            p2 = (bar % (42 + i, 85 - 3 * i) +
                  '<p><b>%s</b></p><p style="color:#555">我的答案：</p><p>%s</p><p style="color:#2a8a3a">教师评语：%s（%s）</p>'
                  '<p>&nbsp;</p><p style="text-align:center;color:#999">— 已经到底了 —</p>'
                  % (q[1][0], q[1][1][(i + 2) % 3], mark(rng), t[0]))
            pages += [p1, p2]
        return [("12.html", html(PB.join(pages), "8pt", font="Noto Sans CJK SC", page="size:7.2cm 15.6cm;margin:0.3cm 0.35cm"))], "x-scanpdf:300:shot"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl = cls_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        if f == "wenkai_teacher":
            head = ["%s　课后作业" % c["task"], "> 姓名：%s　班级：%s" % (n, cl), "指导教师：%s" % t[0]]
            tail = ["! 批改：%s　%s" % (t[0], day(s, 20 + i))]
        elif f == "duplex_sungti":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　学号：%s" % (n, sid_of(s, n)), "班级：%s　　任课教师：%s" % (cl, t[0])]
            tail = ["! 阅 %s" % t[0]]
        elif f == "photo_wenkai":
            head = ["%s课后作业" % c["course"], "> 姓名：%s　%s" % (n, cl)]
            tail = ["! 批阅：%s" % t[0]]
        elif f == "ukai_plain":
            head = ["%s　课后作业" % c["task"], "班级：%s　姓名：%s" % (cl, n)]
            tail = ["! 阅 %s　%s" % (t[0], day(s, 20 + i))]
        elif f == "sans_color_hand":
            head = ["%s　课后作业" % c["task"], "> 作业提交：%s　%s" % (n, cl)]
            tail = ["! 批改：%s" % t[0]]
        elif f == "trad_name":
            head = ["%s　课后作业" % c["task"], "> 姓名：%s　班级：%s" % (n, cl)]
            if n == "龙思琪":   # she writes her name, class and answers in traditional characters
                head[1] = "> 姓名：龍思琪　班級：中藥2302班"
                qa = [TRAD[x[2:]] if x.startswith("> ") else x for x in qa]
            tail = ["! 阅 %s" % t[0]]
        elif f == "photo_sans":
            head = ["%s　课后作业" % c["course"], "> 学生：%s　%s" % (n, cl)]
            tail = ["! 批阅：%s　%s" % (t[0], day(s, 20 + i))]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + tail
    meth = {"wenkai_teacher": "x-scan:250:4", "duplex_sungti": "x-scan:200:2:duplex", "photo_wenkai": "x-photo:200:4",
            "ukai_plain": "x-scan:200:3", "sans_color_hand": "x-scan:200:0:color", "trad_name": "x-scan:250:2",
            "photo_sans": "x-photo:200:0"}[f]
    return [("12.txt", "\n".join(lines) + "\n")], meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "roster_scan":
        rows = [["序号", "学号", "姓名", "性别", "出生年月", "宿舍"]]
        for i, n in enumerate(k):
            rows.append([str(i + 1), sid_of(s, n), D(n), "男" if (i * 5 + 1) % 9 else "女", "2007年%02d月" % (1 + (i * 7) % 12),
                         "%d栋%d室" % (3 + i % 2, 201 + (i // 6))])
        body = ('<p style="text-align:center;font-size:14pt"><b>%s学生名单</b></p><p>%s　　　2023年9月</p>' % (s["cls"], s["school"]) +
                tbl(rows, pad="1px 4px") + '<p>班主任（签字）：%s　　　　共%d人</p>' % (hand(s["headteacher"], True, BLACK), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tx-scanpdf:200\troster\t0" % s["cls"])
        return
    if r == "csv_bom":
        rng = random.Random(s["seed"] * 99)
        avoid = set(TAKEN) | USED_BEFORE | set(s["teachers"]) | {s["headteacher"]}
        guardians, former = {}, {}
        for i, n in enumerate(k):
            while True:
                g = n[:2] + rng.choice(PARENT) if n[:2] in COMPOUND else n[0] + rng.choice(PARENT)
                if g not in avoid and g not in guardians.values():
                    break
            guardians[n] = g
        for i in (7, 27):
            n = k[i]
            if n in s["students"] + s.get("extra_class", []):
                raise SystemExit("曾用名 on a planted name")
            f = n[0] + ["小雨", "二妹", "小军"][i % 3]
            if f in avoid:
                raise SystemExit("曾用名 %s stands elsewhere" % f)
            former[n] = f
        lines = ["序号,学号,姓名,曾用名,性别,身份证号,监护人,监护人电话,家庭住址"]
        for i, n in enumerate(k):
            lines.append("%d,%s,%s,%s,%s,4205%02d2008****%04d,%s,139****%04d,%s" % (
                i + 1, sid_of(s, n), D(n), former.get(n, ""), "女" if (i * 3 + 1) % 5 else "男", 2 + i % 9, (i * 4111) % 10000,
                guardians[n], (i * 7919) % 10000, ["西陵区", "伍家岗区", "点军区", "猇亭区", "夷陵区", "宜都市", "当阳市"][i % 7]))
        with open(os.path.join(d, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
            fh.write("\r\n".join(lines) + "\r\n")
        man.append("roster.csv\t%s学生名单.csv\tcopy\troster\t0" % s["cls"])
        TAKEN.update(guardians.values())
        TAKEN.update(former.values())
        s["others_named"] = {"监护人（roster）": sorted(set(guardians.values())), "曾用名（roster）": sorted(former.values())}
        return
    raise SystemExit(r)


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Fifteenth held-out people corpus (testdata/heldout15), the format of testdata/heldout14/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_planted = [D(n) for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))]
    for n in all_teachers + all_planted + ["龍思琪"]:
        if n in USED_BEFORE:
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    per = [set(D(x) for x in s["students"] + s.get("extra_class", [])) for s in SUBS]
    assert sum(map(len, per)) == len(set().union(*per)), "a planted name stands in two submissions"
    intended = {("田甜", "田恬")}
    for a in all_planted:
        for b in all_teachers:
            if near(a, b) and (a, b) not in intended:
                raise SystemExit("planted %s is near teacher %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        others = [n for n in all_planted if n not in map(D, fixed)] + all_teachers + out
        s["klass"] = draw_class(rng, s["size"], fixed, others, s.get("pos", {}))
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        resolve_notes(s, rec)
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec, d)), (11, item11(s, c, items[11]))):
            write(os.path.join(d, nm), tx)
            man.append("%s\t%s\t%s\titem\t%d" % (nm, file_name(s, n), meth, n))
            meths[n] = meth
        srcs, meth = item12(s, c, items[12])
        for nm, tx in srcs:
            write(os.path.join(d, nm), tx)
        man.append("%s\t%s\t%s\titem\t12" % ("+".join(nm for nm, _ in srcs), file_name(s, 12), meth))
        meths[12] = meth
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
            "comment": s["comment"], "students": s["students"], "items": {str(k): v for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": "班级人数 | %s" % s["form_count"],
            "class": [D(n) for n in s["klass"]], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": [D(n) for n in rec], "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {D(k): v for k, v in s["notes_resolved"].items()}, "teachers": s["teachers"]}
        if s.get("others_named"):
            sub["others_named"] = s["others_named"]
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
