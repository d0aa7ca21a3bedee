#!/usr/bin/env python3
"""Write the sources of the fifty-first held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 青铜峡
(Ningxia, 吴忠), 韩城 (Shaanxi, 渭南) and 临夏 (Gansu, 临夏回族自治州).

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
# the truth files read for names, tasks and courses to avoid (heldout52, written at the same time, was not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 51)] + ["othertools"]

# surnames by region: 青铜峡 (Hui families 马 丁 海 纳 撒 苏 and Han 王 杨 李 张 …), 韩城 (薛 程 解 党 卫 吉 同 师 …,
# and the compound 司马 of Sima Qian's home town), 临夏 (Hui and Dongxiang 马 妥 冶 喇 祁 何 韩 …)
SURNAMES = {   # weighted by repetition: common surnames often, the rare ones once
    "qt": list("马马马马马马马马王王王王杨杨杨李李李张张张丁丁田刘刘海纳撒周金苏冯"),
    "hc": list("薛薛薛王王王王张张张程程解解卫党党高高吉同杨杨郭郭贾刘刘李李李师"),   # 司马: only the planted 司马欣怡
    "lx": list("马马马马马马马马马马何何妥王王王张张张赵赵李李李韩韩祁冶喇拜"),
}
# given names: ordinary ones of north-western classes born about 2008
GIVEN2 = ("海龙 小军 文华 建军 国栋 永红 玉梅 晓燕 红霞 丽娟 学文 彦龙 志强 成龙 子龙 浩宇 欣瑶 雨欣 佳慧 梦瑶 "
          "思雨 嘉欣 瑞琪 宇轩 泽华 鹏飞 雪莲 丹丹 婷婷 雅丽 明辉 福祥 耀华 振华 亚楠 媛媛 博涛 宏伟 一帆 伟强 "
          "家豪 俊杰 凯文 佳乐 雨涵 欣怡 梓涵 子涵 慧敏 晓婷 锦程 昊天 鑫磊 瑞祥 永福 金花 兰花 少华 俊峰 "
          "立新 晓东 亚军 文静 艳萍 春霞 海波 海峰 建新 宇航 梦洁 佳琪 浩然 晨阳 思远 嘉怡 芳芳 文博").split()
GIVEN1 = list("强磊涛悦娜鹏斌婧")
BOYS = set("海龙 小军 文华 建军 国栋 学文 彦龙 志强 成龙 子龙 浩宇 宇轩 泽华 鹏飞 明辉 福祥 耀华 振华 博涛 宏伟 一帆 伟强 "
           "家豪 俊杰 凯文 佳乐 锦程 昊天 鑫磊 瑞祥 永福 少华 俊峰 立新 晓东 亚军 海波 海峰 建新 宇航 浩然 晨阳 思远 文博 "
           "强 磊 涛 鹏 斌".split())


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


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    given_seen = {n.split("·")[0] for n in names if "·" in n}
    while len(names) < n:
        name = draw_one(rng, region)
        if "·" in name and name.split("·")[0] in given_seen:
            continue   # no two Uyghur students of one class share a given name
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
        if "·" in name:
            given_seen.add(name.split("·")[0])
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "rail": dict(major="城市轨道交通运输与管理", code="0431", course="车站客运组织与服务", task="城际列车站节假日大客流进站组织与引导服务",
   hours=16, station="轨道交通客运服务一体化学习工作站",
   situation="国庆假期前，银川至中卫的城际列车青铜峡站预计日均进站旅客比平时多出三倍，车站要在进站口、安检区和候车厅设置分流栏杆，增派引导人员。客运值班站长请城轨班学员按车站的大客流预案，分组担任进站引导、安检协助、候车广播和重点旅客服务岗位，演练客流组织，做好交接记录，并收集旅客意见。",
   qs=[("一、大客流时为什么要在进站口设置“迂回”栏杆？", ["把排队的旅客折成几排，拉长排队的路线，减慢到达安检口的速度，避免安检口拥堵。", "拉长排队路线，防止安检口堵住。", "让旅客分批到安检口。"]),
       ("二、遇到老人、孕妇等重点旅客，引导员应怎样做？", ["主动询问需要，引导走绿色通道，必要时用轮椅护送上车，并通知列车乘务员接续服务。", "走绿色通道，护送上车。", "通知乘务员接续服务。"])],
   hw=[("1. 候车广播一般包括哪些内容？", ["车次、开车时间、检票口、站台号，以及提醒旅客看管好随身物品。", "车次、时间、检票口。", "提醒看好物品。"]),
       ("2. 交接班时要交代哪些事项？", ["当班的客流情况、未处理完的旅客求助、设备故障和上级的临时通知。", "客流情况和未办完的事。", "设备故障和通知。"])],
   outputs=[("旅客服务意见卡", "")]),
 "anim": dict(major="计算机动画制作", code="0306", course="景区导览动画设计与制作", task="青铜峡一百零八塔景区二维导览动画短片制作",
   hours=18, station="数字动画制作一体化学习工作站",
   situation="青铜峡一百零八塔景区准备在游客中心的大屏上循环播放一段九十秒的二维导览动画，介绍塔群的来历、游览路线和文明游览提示。景区宣传科请动画班学员根据文案设计分镜，绘制角色和背景，完成关键帧动画、配音和字幕，导出符合大屏分辨率的成片并提交作品说明。",
   qs=[("引导问题1 为什么先画分镜再做动画？", ["分镜把每个镜头的画面、时长和运镜先定下来，客户确认后再制作，避免返工。", "先定镜头，客户确认后少返工。", "分镜定画面和时长。"]),
       ("引导问题2 大屏播放的成片要注意哪些参数？", ["分辨率与大屏一致，帧率二十五帧，字幕字号够大，没有声音时也能看懂。", "分辨率、帧率和字幕大小。", "没声音也能看懂。"])],
   hw=[("1. 关键帧和中间帧有什么区别？", ["关键帧决定动作的起止和转折，中间帧补在关键帧之间让动作流畅。", "关键帧定动作，中间帧补动作。", "中间帧让动作流畅。"]),
       ("2. 导览动画的文案为什么要短？", ["游客站着看，一个镜头只能读几秒，文案短才看得完。", "游客看的时间短。", "一个镜头几秒钟。"])],
   outputs=[("导览动画作品说明", "成片九十秒，一千九百二十乘一千零八十。"), ("分镜头脚本", "共二十四个镜头。"), ("角色与场景设定", "讲解员角色一名，场景六个。")]),
 "pepper": dict(major="数控加工(数控车工)", code="0106", course="轴类零件数控车削", task="花椒烘干机搅拌轴数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="韩城的大红袍花椒八月采收，一家花椒合作社的烘干机搅拌轴在开机前检修时发现轴颈磨损。农机维修站请学校数控车间按图纸加工两根备件。实训车间主任请数控班学员读图，编写加工工艺和程序，完成外圆、台阶、键槽前的轴颈和倒角车削，并自检尺寸。",
   qs=[("问题一：加工细长的搅拌轴为什么要用一夹一顶？", ["轴长径比大，只用卡盘夹持会让工件让刀、振动，用尾座顶尖顶住能提高刚性。", "工件长，要提高刚性。", "防止让刀和振动。"]),
       ("问题二：精车轴颈时切削用量怎样选？", ["背吃刀量小一些，进给量小，转速适当提高，保证表面粗糙度。", "吃刀量小，进给小，转速高。", "保证粗糙度。"])],
   hw=[("1. 对刀时为什么要试切？", ["试切后测量实际尺寸，把测量值输入刀补，保证坐标准确。", "测量后输入刀补。", "让坐标准确。"]),
       ("2. 怎样用外径千分尺测量轴颈？", ["先校零，测量时轻转棘轮，听到响声后读数，在几个方向各测一次。", "校零，转棘轮后读数。", "多测几个方向。"])],
   outputs=[("搅拌轴首件自检记录", "轴颈直径三十四点九九。"), ("搅拌轴加工工艺卡", "粗车、半精车、精车三道工序。"), ("数控程序单", "程序号O0817。")]),
 "brake": dict(major="汽车维修", code="0403", course="汽车制动系统检修", task="景区观光车制动拖滞故障诊断与排除",
   hours=16, station="汽车维修一体化学习工作站",
   situation="韩城一处古建筑景区的观光车爬坡下坡多，一辆车最近行驶时右后轮发烫、车辆跑偏，司机反映松开制动踏板后车轮仍有阻力。景区车队把车送到校企合作的维修车间，车间主管请汽修班学员按维修手册检查制动系统，找出拖滞的原因，更换损坏零件，调整并路试。",
   qs=[("问题1 制动拖滞会带来哪些后果？", ["制动器发热，摩擦片和制动盘加快磨损，油耗增加，严重时制动液过热导致制动失灵。", "发热、磨损、费油。", "严重时制动失灵。"]),
       ("问题2 怎样判断是哪个车轮拖滞？", ["路试后用测温枪测各轮毂温度，温度明显高的就是拖滞的车轮；也可以架起车轮用手转动比较阻力。", "测轮毂温度。", "架起车轮用手转。"])],
   hw=[("1. 制动钳导向销缺少润滑会怎样？", ["制动钳不能自由回位，摩擦片一直贴着制动盘，造成拖滞。", "钳子不回位。", "摩擦片贴着盘。"]),
       ("2. 更换制动液要注意什么？", ["用规定型号的制动液，不同型号不能混用，按由远到近的顺序排空气。", "型号不能混用。", "由远到近排空气。"])],
   outputs=[("制动系统检查记录", "右后制动钳导向销锈蚀卡滞。"), ("维修竣工检验单", "路试制动不跑偏。")]),
 "bms": dict(major="新能源汽车检测与维修", code="0435", course="动力电池管理系统检修", task="纯电动公交车电池管理系统通讯故障诊断",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="韩城公交公司一辆纯电动公交车早上充电时充不进电，仪表提示电池管理系统通讯故障。公司维修班请学校新能源班学员在教师指导下做好高压防护，用诊断仪读取故障码，检查电池管理系统主控和从控之间的通讯线路和终端电阻，找出故障点，修复后完成充电测试。",
   qs=[("问题1 测量CAN总线终端电阻前要做什么？", ["断开低压蓄电池，等系统完全下电，否则测得的电阻不准，还可能损坏模块。", "断开蓄电池，等系统下电。", "防止测不准。"]),
       ("问题2 CAN总线正常时终端电阻应是多少？", ["两个一百二十欧的终端电阻并联，测得约六十欧。", "大约六十欧。", "两个一百二十欧并联。"])],
   hw=[("1. 电池管理系统主要有哪些功能？", ["采集单体电压和温度，估算电量，控制充放电，故障时报警并切断高压。", "采集电压温度，估算电量。", "故障报警。"]),
       ("2. 从控模块不通讯可能有哪些原因？", ["供电断路、通讯线断路或短路、插接器进水腐蚀、模块本身损坏。", "供电或通讯线断了。", "插接器腐蚀。"])],
   outputs=[("故障诊断报告", "三号从控模块通讯插接器针脚退针。"), ("CAN总线测量记录", "终端电阻实测六十一欧。"), ("充电测试记录", "充电功率恢复正常。")]),
 "herb": dict(major="中药", code="1301", course="中药饮片炮制", task="当归饮片切制与干燥质量检查",
   hours=14, station="中药炮制一体化学习工作站",
   situation="临夏一家中药饮片厂收进一批甘南产的当归，要切制成当归片供应周边的医院药房。质量部请中药班学员按炮制规范完成净选、润制、切片和干燥，检查片型、厚度、水分和有无霉变虫蛀，填写生产记录和质量检查记录，合格的饮片包装入库。",
   qs=[("问题1 当归润制时为什么不能泡水太久？", ["当归的有效成分能溶在水里，泡久了会流失，所以少泡多润，润到软硬适度就切。", "有效成分会流失。", "少泡多润。"]),
       ("问题2 当归片的厚度要求是多少？", ["切成薄片，厚度一到二毫米，片面平整，没有连刀片。", "一到二毫米。", "片面平整，不连刀。"])],
   hw=[("1. 饮片干燥温度为什么不能太高？", ["当归含挥发油，温度太高香气散失，颜色变深，一般不超过六十度。", "挥发油会散失。", "不超过六十度。"]),
       ("2. 怎样判断饮片有没有受潮？", ["手握发软、折断不脆，闻有霉味，必要时测水分。", "发软、折不断。", "测水分。"])],
   outputs=[("当归饮片质量检查记录", "水分百分之十一，片厚一点五毫米。"), ("饮片生产记录", "投料二十公斤，得片十六点八公斤。")]),
 "noodle": dict(major="计算机网络应用", code="0301", course="小型局域网组建与维护", task="牛肉面馆收银与监控网络组建调试",
   hours=16, station="网络组建一体化学习工作站",
   situation="八坊街一家牛肉面馆新开了分店，店里有两台收银机、四个网络摄像头、一台后厨出单打印机，还要给顾客提供免费无线上网。老板请学校网络班学员帮忙规划网络，布线、配置路由器和交换机，把收银、监控和顾客上网分成不同网段，调试后交给老板一份网络说明。",
   qs=[("问题1 为什么要把收银网络和顾客上网分开？", ["顾客的手机可能带病毒，分开后顾客访问不到收银机，付款数据更安全。", "保证收银安全。", "顾客连不到收银机。"]),
       ("问题2 网络摄像头为什么要用固定地址？", ["录像机按地址找摄像头，地址变了就看不到画面，所以要固定。", "地址变了就看不到。", "录像机按地址找。"])],
   hw=[("1. 水晶头按T568B线序怎样排？", ["白橙、橙、白绿、蓝、白蓝、绿、白棕、棕。", "白橙橙白绿蓝白蓝绿白棕棕。", "按B线序排。"]),
       ("2. 测线仪灯不亮可能是什么原因？", ["芯线没压到底、线序错或者网线中间断了。", "没压到底或线序错。", "网线断了。"])],
   outputs=[("面馆网络拓扑与地址规划", "收银十网段，监控二十网段，访客三十网段。"), ("设备配置记录", "路由器开启访客隔离。"), ("网络交付说明", "老板已确认。")]),
}
TITLES = ["高级讲师", "讲师", "一级实习指导教师", "技师", "企业兼职教师"]

SUBS = [
    dict(school="青铜峡市汉渠技工学校", pack="dir", region="qt", course="rail", cls="城轨2402班", size=36, seed=11,
         sidp="24640431", students=["丁雅丽", "纳鹏飞", "马晓琴"], others_named=["冯桂兰", "袁德顺"],
         teachers=["杨淑琴", "海建平"], form_count="36人",
         f8="bag_cover", f10="plain_stats", f11="passenger_card", f12="name_line_photo", findings=[],
         comment="clean. Item 8 (colour scan 200 dpi, hair and dust on the glass): each student's work comes in a kraft-paper "
                 "学生作业档案袋 whose printed cover (班级, 姓名, 学号 and a 袋内材料 checklist filled in by hand) is scanned before "
                 "the worksheet. Item 10 (TYPED) 36 rows = form `36人`, then three statistics rows (平均分, 最高分, 最低分) that name no "
                 "student. Item 11 (TYPED): 旅客服务意见卡, the student as 服务员, a passenger (冯桂兰, 袁德顺: not students) as "
                 "旅客签名. No roster"),
    dict(school="青铜峡市汉渠技工学校", pack="dir", region="qt", course="anim", cls="动画2401班", size=38, seed=12,
         sidp="24640306", students=["苏晓婷", "撒浩宇", "田佳欣"], items={11: ["苏晓婷", "撒浩宇"]},
         extra_class=["周亚琼"], bad={"周亚琼": "over"},
         teachers=["金文斌", "王淑贤"], form_count="38人",
         f8="head_table", f10="grade_col", f11="works_typed", f12="hand_page",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "周亚琼")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 作品说明 etc., `作者：<name>`) holds the work of only TWO students, 苏晓婷 and 撒浩宇 (田佳欣's is "
                 "missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. Item 10 (TYPED) has 分镜设计(20) "
                 "… and 等级; 周亚琼 has 26 under `分镜设计(20)` (总分 the sum): records.invalid_score. No roster"),
    dict(school="韩城市龙门技工学校", pack="gbkzip", region="hc", course="pepper", cls="数控2401班", size=40, seed=21,
         sidp="24610106", students=["薛俊峰", "解宇航", "同家豪"], outsiders={"同家豪": "数控2403班"}, out_sidp="24610108",
         teachers=["程建国", "卫红梅", "党志刚"], form_count="40",
         f8="blank_line", f10="group_col", f11="inspect_typed", f12="photo_plain",
         findings=[("students.not_in_class", 8, True, "同家豪")],
         comment="同家豪 of the parallel class 数控2403班 (his class and 学号 on his worksheet, typed self-check records and homework) "
                 "is the third student of 8/11/12; item 10 (TYPED, 40 rows = form `学生数 | 40`) has no record of him: "
                 "students.not_in_class. Item 8: `姓名＿ 班级＿ 学号＿` by hand, scanned 200 dpi gray with hair and dust on the glass. "
                 "No roster"),
    dict(school="韩城市龙门技工学校", pack="gbkzip", region="hc", course="brake", cls="汽修2402班", size=42, seed=22,
         sidp="24610403", students=["高博涛", "郭立新", "司马欣怡"], extra_class=["党文静"], absent_from_10=["党文静"],
         teachers=["贾振业", "师海燕"], form_count="42", roster="plain_list", headteacher="吉秀芳",
         f8="title_block", f10="notice_board", f11="repair_typed", f12="exercise_book",
         findings=[("records.missing_student", 10, False, "党文静"), ("records.count_mismatch", 10, False)],
         comment="the roster (typed 学生名单, 42) and the form (`学生数 | 42`) hold 党文静; item 10 is a 成绩公示 sheet PHOTOGRAPHED "
                 "on the corridor notice board (four pushpins, the paper bulging), 41 rows and none for her: "
                 "records.missing_student and records.count_mismatch. 司马欣怡 has a compound surname"),
    dict(school="韩城市龙门技工学校", pack="gbkzip", region="hc", course="bms", cls="新能2302班", size=38, seed=23,
         sidp="23610435", students=["张晓鹏", "李沁雯", "杨天赐"], items={12: ["张晓鹏", "李沁雯", "王鑫淼"]},
         extra_class=["王鑫淼", "刘少华"], bad={"刘少华": "deduct"},
         teachers=["薛永刚", "吉春燕"], form_count="38",
         f8="header_table", f10="deduct_reason", f11="diag_typed", f12="photo_plain2",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "刘少华")],
         comment="item 12 (phone photos) holds the homework of 张晓鹏, 李沁雯 and classmate 王鑫淼 (with an item-10 record) instead "
                 "of 杨天赐's (items 8 and 11 hold the three): students.mismatch. Item 10 (scanned 250 dpi gray) is 基础分(100) − 扣分 "
                 "with a 扣分原因 column, 总分 = 基础分 − 扣分; 刘少华's 总分 is 10 above it: records.invalid_score. No roster"),
    dict(school="临夏市八坊技工学校", pack="zip", region="lx", course="herb", cls="中药2401班", size=36, seed=31,
         sidp="24621301", students=["妥雨涵", "马锦瑞", "何雪莲"], teachers=["韩国强", "冶春梅"],
         form_count="36人", roster="photo_roster", headteacher="祁玉兰",
         f8="pledge_strip", f10="two_row_head", f11="quality_typed", f12="hand_scan",
         findings=[],
         comment="clean. The roster is a 相片花名册 (a grid of cards: a photo box, the name, 学号, 民族 under it; 回族, 东乡族, 撒拉族, "
                 "汉族), 36 = form `中药2401班（36人）` = item 10 (TYPED, two-row head). Item 8 (colour scan): a 实训安全承诺 strip at "
                 "the top signed `承诺人：<hand>`"),
    dict(school="临夏市八坊技工学校", pack="zip", region="lx", course="noodle", cls="网络2402班", size=42, seed=32,
         sidp="24620301", students=["祁振华", "喇婷婷", "马彦龙"], items={8: ["祁振华", "喇婷婷", "马彦龙", "赵子龙"]},
         extra_class=["赵子龙", "拜晓燕", "何凯翔"], absent_from_10=["何凯翔"], bad={"拜晓燕": "sum"}, others_named=["马福林"],
         teachers=["张永平", "妥海燕"], form_count="42人",
         f8="ip_card", f10="plain_remark", f11="config_typed", f12="photo_plain",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "拜晓燕")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray) holds FOUR worksheets: the three and classmate 赵子龙 (with an item-10 record), each "
                 "opening with a printed 机位及IP分配卡 (`使用人 <hand>`): students.count on 8; students.mismatch optional. Item 10 "
                 "(TYPED) lists 41; the form says `42人`: records.count_mismatch (no roster). 拜晓燕's 总分 is 5 above the sum of her "
                 "parts: records.invalid_score. Item 11 names the noodle shop's owner 马福林 as 客户 (not a student)"),
]

PROVINCE = {1: "宁夏回族自治区吴忠市青铜峡市", 2: "陕西省渭南市韩城市", 3: "甘肃省临夏回族自治州临夏市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CNUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 青铜峡: "八、工作页.pdf" (a Chinese numeral and a 顿号)
        return "%s、%s.pdf" % (CNUM[n], NAMES[n])
    if g == 2:   # 韩城: "08 工作页（汽修2402班）.pdf"
        return "%02d %s（%s）.pdf" % (n, NAMES[n], s["cls"])
    return "成果%d_%s.pdf" % (n, NAMES[n])   # 临夏: "成果8_工作页.pdf"


def form_name(s, c):
    return {1: ("工学一体化优质课堂申报书.docx", "docx"),
            2: ("申报书-%s.pdf" % c["task"], "pdf"),
            3: ("%s优质课堂申报书.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


def form_count_text(s):
    return {1: "班级人数 | %s" % s["form_count"], 2: "学生数 | %s" % s["form_count"],
            3: "授课班级 | %s（%s）" % (s["cls"], s["form_count"])}[grp(s)]

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
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "任课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:
        rows = [("学习任务名称", c["task"]), ("所属课程", c["course"]), ("专业（代码）", "%s（%s）" % (c["major"], c["code"])),
                ("授课班级", s["cls"]), ("学生数", s["form_count"]), ("学时", "%d" % c["hours"]), ("教学场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">技工院校工学一体化技能人才培养模式<br/>优质课堂项目申报书</h2>
<p>申报学校（盖章）：{school}</p><p>课堂负责人：{lead}　　　联系电话：09{d}-6{d}3{d}7{d}</p><p>申报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务来源与描述</h3><p>{situation}</p>
<h3>四、教学实施过程</h3><p>教师以企业真实任务创设情境，学生分组明确任务、查阅资料、制订方案，经教师审核后实施，教师在实施中巡回指导并记录过程表现，各组展示成果后开展自评、互评和教师点评，最后对照企业标准总结改进。</p>
<h3>五、课堂特色与成效</h3><p>任务来自{prov}本地企业和单位的实际需求，学生的成果交给企业使用，学习积极性明显提高。</p>
<h3>六、真实性承诺</h3><p>本校保证所报材料真实，由申报教师原创。</p>""".format(
        school=s["school"], lead=t[0], d=1 + s["seed"] % 9, info=info, tm=tbl(trs, width="84%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化稿）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n“{task}”，{hours}学时。\n三、评价方式\n过程评价与终结评价相结合。",
    2: "{school}\n“{task}”学习任务分析\n一、任务描述\n{situation}\n二、工作流程\n明确任务—制订计划—实施—检查—评价反馈。",
    3: "{school}\n“{task}”教学活动策划表\n学习活动1　明确任务，获取信息\n学习活动2　制订计划，方案决策\n学习活动3　任务实施，过程监控\n学习活动4　验收交付，总结评价",
    4: "{school}\n{course}教学进度表（共{hours}学时）\n第1周　明确任务\n第2周　制订计划\n第3周　任务实施\n第4周　验收评价",
    5: "{school}\n“{task}”教学活动设计方案\n1. 情境导入，明确任务\n2. 引导问题，自主学习\n3. 分组实施，教师巡回指导\n4. 成果展示，多元评价",
    6: "{school}\n学习资源清单\n工作页、企业规范、教学视频、{station}设备与耗材清单。",
    7: "{school}\n{station}说明\n工作站划分为信息查询区、计划研讨区、实操区和成果展示区。",
    9: "{school}\n“{task}”考核方案\n考核由过程考核和结果考核组成，任课教师将成绩记入考核记录表。",
}


def mark(rng):
    return rng.choice(["√", "√ 很好", "√ 正确", "√ 9分", "√ 完整", "√ 8分", "√ 可", "√ 10分", "√ 有条理"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "15"
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
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>评语：<span %s>%s</span>　　教师：%s　%s</p>' % (RED, ["完成较好", "答得准确", "字迹工整", "继续努力"][i % 4], t[i % 2], day(s, i)[5:])
        if f == "bag_cover":   # a kraft-paper portfolio bag's printed cover, filled in by hand
            K = "#c9a56b"
            rows = "".join('<tr><td style="font-size:15pt;padding:8px" width="30%%">%s</td><td style="border-bottom:1pt solid #3a2a10;padding:8px">%s</td></tr>'
                           % (a, b) for a, b in [("班　级", hand(cl)), ("姓　名", hand(n)), ("学　号", hand(sid)), ("专　业", c["major"])])
            chk = "".join('<tr><td style="border:0.75pt solid #3a2a10;padding:4px">%s</td><td style="border:0.75pt solid #3a2a10;padding:4px" align="center">%s</td></tr>'
                          % (a, hand("√", True)) for a in ["学习工作页", "课后作业", "实训记录", "自评互评表"])
            cover = ('<table width="100%%" style="border-collapse:collapse"><tr><td bgcolor="%s" style="padding:30px 40px">'
                     '<p style="text-align:center;font-size:12pt">%s</p><p style="text-align:center;font-size:28pt"><b>学 生 作 业 档 案 袋</b></p>'
                     '<p>&nbsp;</p><table width="90%%" align="center">%s</table><p>&nbsp;</p><p><b>袋内材料（请打√）</b></p>'
                     '<table style="border-collapse:collapse" width="70%%">%s</table><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<p style="text-align:center">2024—2025学年第一学期　%s</p></td></tr></table>' % (K, s["school"], rows, chk, c["course"]))
            body = cover + PB + title + '<p>姓名：%s　　　日期：%s</p>' % (hand(n, True), hand(day(s, i)[5:], True)) + sit + answers(c, rng, i) + comment
        elif f == "head_table":   # bordered head row 班级 | 姓名 | 学号
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":
            head = '<p>姓名＿%s＿　班级＿%s＿　学号＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "title_block":   # a two-row title block with 小组 and 工位
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "小组", hand("第%d组" % (i + 2), True)],
                        ["学号", hand(sid, True), "工位", hand("%d号举升机" % (i + 1), True), "日期", hand(day(s, i)[5:], True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "header_table":
            head = tbl([["姓名", hand(n, True), "学号", hand(sid[-2:], True), "班级", hand(cl, True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "pledge_strip":   # a safety pledge strip signed at the top
            pledge = tbl([[("<b>实训安全承诺</b>：本人已学习炮制室安全制度，操作切药机时戴好防护手套，不用手直接推送药材，"
                            "用电、用火服从教师安排。<br/>承诺人：%s　　　%s" % (hand(n, True), hand(day(s, i)[5:], True)), ' align="left"')]],
                         width="100%", pad="6px 8px")
            body = pledge + title + '<p>班级：%s　　学号：%s　　指导教师：%s</p>' % (hand(cl, True), hand(sid, True), t[0]) + sit + answers(c, rng, i) + comment
        elif f == "ip_card":   # a printed seat and IP allocation card, the student as 使用人
            card = tbl([[("<b>网络实训室机位及IP分配卡</b>", ' colspan="6"')],
                        ["机位号", "B-%02d" % (7 + 3 * i), "管理地址", "192.168.%d.%d" % (10 + i, 200 + i), "交换机", "S%d" % (i + 1)],
                        ["使用人", hand(n, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            body = card + title + '<p>班级：%s</p>' % hand(cl, True) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    per = 2 if f == "bag_cover" else 1
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": per * len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"bag_cover": "x-scanpdf:200:color:hair", "head_table": "x-scanpdf:250", "blank_line": "x-scanpdf:200:hair",
            "title_block": "x-scanpdf:200", "header_table": "x-scanpdf:250", "pledge_strip": "x-scanpdf:200:color",
            "ip_card": "x-scanpdf:250"}[f]
    font = {"bag_cover": "Noto Sans CJK SC", "ip_card": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>学校：%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核时间：%s</p>'
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
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "plain_stats":   # a plain table, then 平均分 / 最高分 / 最低分 rows
        parts = [("仪容仪表", 10), ("客流组织", 35), ("引导广播", 25), ("应急处置", 20), ("交接记录", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        cols = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cols.append(v + [sum(v)])
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        for lab, fn in (("平均分", lambda xs: "%.1f" % (sum(xs) / len(xs))), ("最高分", lambda xs: str(max(xs))), ("最低分", lambda xs: str(min(xs)))):
            out.append("<tr>%s%s</tr>" % (td("<b>%s</b>" % lab, ' align="center" colspan="3"', pad), "".join(td(fn([r[j] for r in cols]), ' align="center"', pad) for j in range(len(parts) + 1))))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "grade_col":   # plain, with 等级
        parts = [("分镜设计", 20), ("角色动画", 30), ("背景合成", 20), ("配音剪辑", 20), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 26
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "group_col":   # a 组别 column
        parts = [("工艺编制", 15), ("程序编制", 25), ("车削操作", 40), ("尺寸自检", 10), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "%d组" % (k // 7 + 1)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "notice_board":   # a 成绩公示 sheet, to be photographed on the notice board
        parts = [("检查诊断", 40), ("拆装调整", 40), ("安全规范", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], "1px 4px")]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], "1px 4px"))
        body = ('<p style="text-align:center;font-size:16pt"><b>%s%s<br/>“%s”考核成绩公示</b></p>' % (s["school"], s["cls"], c["task"]) +
                table(out) + "<p>公示期：2024年12月%d日至12月%d日。如对成绩有异议，请在公示期内向任课教师%s或汽车系办公室反映。</p>"
                "<p style=\"text-align:right\">汽车系　2024年12月%d日</p>" % (9, 13, t[0], 9))
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="margin:1.2cm 1.4cm"), "x-scanpdf:200:photo:pin"
    if f == "deduct_reason":   # 基础分 − 扣分, with the reason
        reasons = ["未戴绝缘手套", "工具未归位", "记录不完整", "迟到", "未验电", "测量未校零"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "基础分", "扣分", "扣分原因", "总分", "教师签名"]], pad)]
        for k, n in enumerate(rec):
            nd = rng.choice([0, 0, 1, 1, 2, 3])
            ded = []
            for _ in range(nd):
                ded.append((rng.choice(reasons), rng.choice([2, 3, 5, 5, 8, 10])))
            sub = sum(x for _, x in ded)
            tot = 100 - sub + (10 if bad.get(n) == "deduct" else 0)
            if bad.get(n) == "deduct" and not ded:
                ded, sub, tot = [("未验电", 10)], 10, 100
            out.append(trow([str(k + 1), sid_of(s, n), n, "100", str(sub) if sub else "0", "；".join("%s-%d" % d for d in ded) or "—", str(tot),
                             hand(t[0], True, BLACK, "9pt")], pad))
        body = (head10(s, c, "学习任务考核扣分登记表") + "<p>说明：基础分100分，按考核细则扣分，总分＝基础分－扣分。</p>" + table(out) + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:250"
    if f == "two_row_head":
        parts = [("考勤", 10), ("学习态度", 10), ("工作页", 20), ("净选润制", 20), ("切片", 25), ("干燥质检", 15)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>结果考核（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_remark":
        parts = [("网络规划", 20), ("布线制作", 25), ("设备配置", 35), ("测试交付", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (5 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), {3: "组长", 14: "组长", 25: "组长", 36: "组长"}.get(k, "")], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        if f == "passenger_card":   # passengers' comment cards naming the student as 服务员
            for j in range(2):
                p = s["others_named"][(i + j) % 2]
                parts.append('<h3 style="text-align:center">青铜峡站旅客服务意见卡</h3>' +
                             tbl([["服务岗位", ["进站引导", "候车广播", "重点旅客服务"][(i + j) % 3], "服务员", n],
                                  ["班　级", cl, "日　期", "10月%d日" % (1 + i + j)],
                                  ["满意程度", ("☑很满意　□满意　□一般　□不满意", ' colspan="3"')],
                                  ["旅客意见", (hand(["小伙子很热情，帮我把行李抬上了站台。", "广播清楚，排队很有秩序。", "带着老人走绿色通道，很方便，谢谢。"][(i + 2 * j) % 3], True, BLACK), ' colspan="3" align="left"')],
                                  ["旅客签名", hand(p, True, BLACK), "联系电话", "139****%04d" % (2311 + 97 * i + 13 * j)]], width="92%", pad="6px 6px") +
                             "<p>（本卡由车站客运值班室收存，作为实习学员服务评价依据）　收存：%s</p>" % t[j % 2])
            continue
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "works_typed":
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">作者：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["项目", "内容"], ["片长", "90秒"], ["分辨率", "1920×1080，25帧"], ["说明", desc]], width="80%") +
                             "<p>指导教师意见：%s</p>" % ["画面统一", "节奏合适", "字幕清楚"][j])
            elif f == "inspect_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件名称", "烘干机搅拌轴", "图号", "HJ-03-%02d" % (2 + j)], ["操作者", "%s　%s" % (n, cl), "复检", t[j % 2]],
                                  ["项目", "要求", "实测", "结论"], ["轴颈", "φ35 0/-0.016", "34.99", "合格"], ["总长", "420±0.1", "420.0%d" % j, "合格"]], width="92%") +
                             "<p>备注：%s</p>" % desc)
            elif f == "repair_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车辆", "景区电动观光车（14座）", "车号", "陕E·%d%d%d" % (3 + i, 7 - j, 2)], ["维修学员", n, "班级", cl],
                                  ["检查项目", "结果", "处理", ""], ["右后制动钳", "导向销锈蚀", "清洁润滑/更换", ""], ["制动液", "含水量偏高", "更换", ""]], width="92%") +
                             "<p>结论：%s　　质检：%s</p>" % (desc, t[j % 2]))
            elif f == "diag_typed":
                parts.append('<h3>%s</h3><p>诊断人：%s　　班级：%s　　车辆：纯电动公交车</p>' % (title, n, cl) +
                             tbl([["检测项目", "标准", "实测", "判定"], ["CAN-H对地电压", "约2.6 V", "2.6%d V" % i, "正常"],
                                  ["终端电阻", "约60 Ω", "6%d Ω" % (1 + j), "正常"]], width="80%") + "<p>结论：%s　　审核：%s</p>" % (desc, t[j % 2]))
            elif f == "quality_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品名", "当归片", "批号", "DG2410%02d" % (11 + i)], ["炮制人", n, "班级", cl], ["检查项目", "标准", "结果", "结论"],
                                  ["片厚", "1～2 mm", "1.%d mm" % (4 + j), "合格"], ["水分", "≤15%", "1%d%%" % (1 + j), "合格"]], width="90%") +
                             "<p>%s　　复核：%s</p>" % (desc, t[j % 2]))
            elif f == "config_typed":
                parts.append('<h3>%s</h3><p>配置人：%s（%s）　　客户：%s（面馆店主）　　%s</p>' % (title, n, cl, s["others_named"][0], day(s, 30 + i)) +
                             tbl([["网段", "用途", "网关", "VLAN"], ["192.168.10.0/24", "收银", "192.168.10.1", "10"],
                                  ["192.168.20.0/24", "监控", "192.168.20.1", "20"], ["192.168.30.0/24", "访客", "192.168.30.1", "30"]], width="86%") +
                             "<p>%s</p>" % desc)
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
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f == "exercise_book":
            head = ["", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "课后作业　%s" % c["course"]]
        elif f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f in ("photo_plain", "photo_plain2"):
            head = ["课后作业", "> %s　%s　%s" % (cl, n, sid)]
        elif f == "hand_page":
            head = ["课后作业（二维动画）", "姓名：%s　　班级：%s" % (n, cl)]
        elif f == "hand_scan":
            head = ["%s　课后练习" % c["course"], "班级 %s　姓名 %s　学号 %s" % (cl, n, sid[-2:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"exercise_book": "x-photo:200:1", "name_line_photo": "x-photo:200:2", "photo_plain": "x-photo:200:2",
            "photo_plain2": "x-photo:200:1", "hand_page": "x-scan:250:4", "hand_scan": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex(n):
    return "男" if n[-2:] in BOYS or n[-1:] in BOYS else "女"


def minzu(s, n):
    r = random.Random(n)
    if n[0] in "马丁海纳撒妥冶喇拜":
        return r.choice(["回族", "回族", "回族", "东乡族"]) if grp(s) == 3 else "回族"
    if grp(s) == 3 and r.random() < 0.12:
        return r.choice(["撒拉族", "保安族"])
    return "汉族"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "plain_list":
        rows = [["序号", "学号", "姓名", "性别", "出生年月", "职务"]]
        duty = {0: "班长", 6: "团支书", 13: "学习委员", 21: "体育委员"}
        rr = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex(n), "2008.%02d" % rr.randint(1, 12), duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024年9月</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="88%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "photo_roster":   # a photo roster: a grid of cards
        cells = []
        for j, n in enumerate(k):
            cells.append('<table style="border-collapse:collapse" width="100%%"><tr><td bgcolor="#d9d9d9" style="border:0.75pt solid #777;height:78px" align="center">'
                         '<span style="color:#888;font-size:8pt">照片</span></td></tr><tr><td align="center" style="padding:1px"><b>%s</b></td></tr>'
                         '<tr><td align="center" style="font-size:7.5pt">%s　%s</td></tr></table>' % (n, sid_of(s, n), minzu(s, n)))
        rows = []
        for a in range(0, len(cells), 6):
            rows.append("<tr>%s</tr>" % "".join('<td width="16%%" style="padding:3px" valign="top">%s</td>' % x for x in cells[a:a + 6]))
        body = ('<h2 style="text-align:center">%s　%s 学生相片花名册</h2>' % (s["school"], s["cls"]) + '<table width="100%%">%s</table>' % "".join(rows) +
                "<p>班主任：%s　　　　学生数：%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.0cm"))
        man.append("roster.html\t%s相片花名册.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Fifty-first held-out people corpus (testdata/heldout51), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 51)
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
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s),
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
