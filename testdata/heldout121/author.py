#!/usr/bin/env python3
"""Write the sources of the 121st held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 个旧
(Yunnan, 红河州), 合山 (Guangxi, 来宾) and 临高县 (Hainan).

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
# the truth files read for names, tasks and courses to avoid (heldout122 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 121)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 个旧 (李 张 杨 王 赵 陈 and the Yi 普, the 段 何 罗 马 of 红河),
# 合山 (Zhuang 韦 黄 覃 莫 蓝 蒙 农 and 李 陈 梁 罗 廖 潘), 临高 (王 陈 符 李 吴 林 黄 钟 and the local 羊 曾)
SURNAMES = {
    "gj": list("李李李李张张张杨杨杨王王王赵赵陈陈刘刘何罗马段普普钱周"),
    "hs": list("韦韦韦韦黄黄黄覃覃覃莫莫蓝蓝李李陈梁罗廖蒙农潘卢"),
    "lg": list("王王王王陈陈陈符符符李李吴吴林林黄黄钟钟羊曾刘邓周"),
}
# given names: a new list, everyday names of students born around 2008-2009 in the south-west
GIVEN2 = ("俊杰 雨涵 佳豪 丽娟 宇涛 思佳 凯瑞 美玲 宏伟 春燕 金鹏 晓燕 佳慧 志强 艳玲 宇豪 秋菊 家明 玉婷 永福 "
          "海燕 建军 丹丹 晓丽 国庆 梦婷 俊宇 雪梅 文龙 小燕 锦华 慧敏 振东 丽萍 家伟 红梅 嘉豪 倩倩 天宇 晓琳 "
          "朝阳 玉兰 明杰 美娟 宗林 佳欣 伟东 紫怡 俊峰 雅琪 绍华 秀梅 光明 思琦 荣辉 琳琳 德福 钰婷 春明 晓静 "
          "金龙 芳芳 宏亮 海霞 思雨 家宝 冬梅 子豪 佳琪 贵生 雨婷 成龙 彩霞 亚楠 文静 浩然 诗涵 少华 美琪 "
          "永杰 宇航 佳怡 明辉 婷婷 海波 晓婷 建新 丽华 泽宇 欣怡 志鹏 慧琳 昌盛 雅婷 国华 馨怡 文斌 佳敏 嘉伟").split()
GIVEN1 = list("强杰婷丹敏鹏静亮燕超")


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
            continue
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
 "palletizer": dict(major="机电一体化技术", code="0127", course="冶炼厂输送码垛线安装调试", task="锡锭自动码垛输送线气动与PLC控制系统安装调试",
   hours=18, station="机电设备安装调试一体化学习工作站",
   situation="个旧一家锡冶炼厂的锡锭码垛输送线要改造，原来靠人工搬运码垛，劳动强度大。设备科请机电班学员按图纸安装输送线上的气缸、电磁阀和传感器，完成控制柜接线，编写PLC码垛程序，进行单机和联机调试，并填写安装调试记录交设备科验收。",
   qs=[("问题1 安装气缸前为什么要先检查气源处理组件？", ["气源里有水和油会让电磁阀卡滞、气缸动作不稳，先看过滤器排水、调好压力再接气路。", "气源有水会让阀卡滞。", "先调好压力再接气路。"]),
       ("问题2 码垛程序为什么要设置层数计数？", ["每层锡锭的摆放方向不同，计数到一层满了就换方向，满五层后输送线停下等叉车。", "每层方向不同，要换方向。", "满五层后停线。"])],
   hw=[("1. 光电传感器不动作怎样排查？", ["先看指示灯，再用万用表量电源电压和输出信号，最后检查反光板是否对正。", "量电源和输出信号。", "检查反光板对正。"]),
       ("2. 联机调试前要做哪些安全确认？", ["急停按钮有效、防护门联锁正常、输送线上没有人和杂物，调试时有人监护。", "急停有效，线上无人。", "有人监护。"])],
   outputs=[("气动回路安装调试记录", "八个气缸动作到位，无漏气。"), ("码垛PLC程序调试记录", "连续码垛二十垛无错位。")]),
 "eldercare": dict(major="健康与社会照护", code="0529", course="养老机构失能老人照护实务", task="养老院失能老人压疮预防与体位转移照护",
   hours=16, station="健康照护一体化学习工作站",
   situation="个旧市一家公办养老院有二十多位长期卧床的失能老人，入冬以后有两位老人骶尾部皮肤发红。院长请照护班学员在带教护士指导下评估压疮风险，制订翻身计划，练习床上移位、床椅转移，做好皮肤清洁和记录，并向家属讲解居家照护要点。",
   qs=[("问题1 为什么卧床老人要每两小时翻身一次？", ["骨头突出的地方长期受压，血液不流通，两小时左右皮肤就会缺血发红，翻身可以解除压迫。", "受压久了会缺血发红。", "翻身解除压迫。"]),
       ("问题2 床椅转移前要检查什么？", ["轮椅刹车是否刹好、脚踏板是否收起，老人的鞋是否防滑，告诉老人要做什么，取得配合。", "轮椅刹好，脚踏板收起。", "取得老人配合。"])],
   hw=[("1. 压疮风险评估看哪几个方面？", ["感觉、潮湿、活动、移动、营养和摩擦力剪切力六项，分数越低风险越高。", "感觉、潮湿、活动等六项。", "分数低风险高。"]),
       ("2. 给老人翻身时怎样保护皮肤？", ["不要拖拉拽，用翻身单抬起，翻好后在骨突处垫软枕，检查床单平整干燥。", "不拖拉，用翻身单。", "骨突处垫软枕。"])],
   outputs=[("失能老人照护记录单", "翻身后骶尾部发红减轻。"), ("家属居家照护指导单", "家属能演示翻身。")]),
 "dormnet": dict(major="计算机网络应用", code="0301", course="老旧小区宽带网络改造", task="矿区职工宿舍楼有线无线网络升级改造与故障排查",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="合山一处老矿区的职工宿舍楼网络是十多年前布的，网速慢、经常掉线，楼里住着不少退休矿工和他们的家人。社区请网络班学员勘察楼道和机房，重新设计拓扑，更换接入交换机，布放无线接入点，划分VLAN，配置认证，并测试每个楼层的信号和速率。",
   qs=[("问题1 为什么要给住户和监控摄像头划分不同的VLAN？", ["分开之后广播不会互相影响，住户也访问不到摄像头，出了故障容易定位。", "广播不互相影响。", "住户访问不到摄像头。"]),
       ("问题2 无线接入点为什么装在楼道而不是房间里？", ["楼道装一个能覆盖两边几户，布线和维护方便，不用进住户家里。", "一个覆盖几户，维护方便。", "不用进住户家。"])],
   hw=[("1. 网线做好后怎样测试？", ["用测线仪看八根线是否一一对应亮灯，再用电脑测速率和丢包。", "测线仪看亮灯顺序。", "再测速率。"]),
       ("2. 住户说上不了网，先查什么？", ["先看墙上的网口和终端指示灯，再查交换机端口状态和所在VLAN，最后查认证账号。", "先看指示灯。", "再查端口和VLAN。"])],
   outputs=[("宿舍楼网络设备配置记录", "接入交换机六台，无线接入点十八个。"), ("楼层信号与速率测试记录", "各层平均下行速率八十兆以上。"), ("网络故障排查记录", "排除环路一处。")]),
 "frontdesk": dict(major="饭店(酒店)服务", code="0504", course="节庆团队前厅接待实务", task="三月三节庆团队入住接待与离店结账服务",
   hours=14, station="酒店前厅服务一体化学习工作站",
   situation="壮族三月三期间，合山一家酒店接待了多批来看山歌会的旅游团。前厅经理请酒店班学员做好团队入住的准备，核对团队名单和房型，分配房间，制作房卡，办理入住登记，团队离店时办理结账，处理客人的特殊要求和投诉。",
   qs=[("问题1 团队到店前要做哪些准备？", ["和旅行社核对人数、房型、用餐和叫醒时间，提前排好房、做好房卡和欢迎信封。", "核对人数和房型。", "提前排房做房卡。"]),
       ("问题2 为什么团队入住要登记每位客人的证件？", ["这是治安管理的要求，每位入住客人都要实名登记，不能只登记领队。", "治安管理要求实名。", "不能只登记领队。"])],
   hw=[("1. 客人投诉房间有异味怎样处理？", ["先道歉，马上安排换房或派人处理，事后回访，记在交接班本上。", "先道歉，安排换房。", "事后回访。"]),
       ("2. 团队结账时要注意什么？", ["分清团队费用和客人自付的费用，自付的请客人当面确认签字，收回房卡。", "分清团队和自付费用。", "收回房卡。"])],
   outputs=[("团队入住登记单", "入住二十二间。"), ("团队离店结账单", "自付费用当面确认。")]),
 "battery": dict(major="新能源汽车检测与维修", code="0435", course="纯电动汽车高压电池检修", task="纯电动网约车动力电池绝缘故障检测与模组更换",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="临高一位网约车司机反映，他的纯电动车雨天行驶时仪表报绝缘故障，车辆限功率。维修站主管请新能源班学员做好高压安全防护，读取故障码，测量动力电池和高压部件的绝缘电阻，找出进水的模组，按规程拆下电池包更换模组，装复后做气密性检测和路试。",
   qs=[("问题1 断开高压前要做哪些防护？", ["穿戴绝缘手套和护目镜，检查绝缘手套不漏气，拔下维修开关并等待五分钟以上，验电确认无电。", "戴绝缘手套，拔维修开关。", "等待后验电。"]),
       ("问题2 绝缘电阻怎样判断合格？", ["用绝缘电阻测试仪测量，阻值除以电池额定电压要大于五百欧每伏。", "大于五百欧每伏。", "用测试仪测量。"])],
   hw=[("1. 电池包为什么要做气密性检测？", ["确认密封良好，防止雨水再次进入电池包引起绝缘故障。", "防止雨水进入。", "确认密封良好。"]),
       ("2. 更换模组后还要做什么？", ["均衡单体电压，写入新的模组信息，清除故障码，路试确认不再报警。", "均衡电压，清除故障码。", "路试确认。"])],
   outputs=[("维修工单", "更换第三号模组。"), ("绝缘电阻检测记录", "修后绝缘电阻合格。"), ("气密性检测记录", "保压五分钟无泄漏。")]),
 "piglet": dict(major="烹饪(中式烹调)", code="0501", course="海南乡宴菜肴制作", task="临高烤乳猪与椰子鸡宴席菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="临高一家做本地菜的酒楼要承办一场四十桌的乡村宴席，主菜是临高烤乳猪和椰子鸡。酒楼厨师长请烹饪班学员按宴席菜单准备原料，完成乳猪的腌制、烤制和改刀装盘，椰子鸡的斩件和椰子水锅底，控制出菜节奏，并做成本核算。",
   qs=[("问题1 烤乳猪为什么要先烫皮再晾干？", ["烫皮让猪皮收紧，晾干后烤时才会起酥发脆，颜色均匀。", "皮收紧，烤时起酥。", "颜色均匀。"]),
       ("问题2 椰子鸡的锅底为什么只用椰子水？", ["椰子水本身清甜，不加清水才能保持鸡肉的鲜甜，不需要加味精。", "保持清甜。", "不加清水。"])],
   hw=[("1. 宴席出菜节奏怎样控制？", ["冷盘先上，热菜按菜单顺序每隔八到十分钟出一道，主菜在中段上。", "每隔八到十分钟一道。", "主菜在中段。"]),
       ("2. 烤乳猪怎样改刀装盘？", ["先片下脆皮切成长方块，再把肉斩件垫底，皮盖在上面拼回猪形。", "皮切块，肉垫底。", "拼回猪形。"])],
   outputs=[("烤乳猪制作记录", "烤制五十分钟，皮色金红。"), ("椰子鸡制作记录", "每锅用椰子三个。"), ("宴席成本核算单", "每桌成本六百二十元。")]),
 "betelnut": dict(major="中药", code="1301", course="南药益智槟榔炮制", task="益智仁盐炙与槟榔饮片切制及质量鉴别",
   hours=16, station="中药炮制一体化学习工作站",
   situation="临高一家中药饮片厂收购了本地种植的益智和槟榔，要加工成盐益智仁和槟榔片。饮片厂的老药工请中药班学员按炮制规范完成益智仁的去壳、盐炙，槟榔的浸泡、润透和切薄片，对照标准鉴别成品的性状，填写炮制记录。",
   qs=[("问题1 益智仁为什么要盐炙？", ["盐炙能引药入肾，增强固精缩尿的作用，还能缓和辛燥之性。", "引药入肾。", "缓和辛燥。"]),
       ("问题2 槟榔为什么要切成薄片？", ["槟榔质地坚硬，切薄片有效成分才容易煎出，薄片上的大理石样花纹也便于鉴别。", "质地坚硬，易煎出。", "花纹便于鉴别。"])],
   hw=[("1. 盐炙的盐水怎样配？", ["每一百千克药材用盐二千克，加适量开水溶化，拌匀闷润后再用文火炒干。", "每百千克用盐二千克。", "文火炒干。"]),
       ("2. 槟榔片的性状特征是什么？", ["类圆形薄片，切面可见棕色种皮与白色胚乳相间的大理石样花纹，气微，味涩微苦。", "大理石样花纹。", "味涩微苦。"])],
   outputs=[("盐益智仁炮制记录", "炒至微鼓起，有香气。"), ("槟榔饮片切制记录", "片厚一至二毫米。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="个旧市锡都技工学校", pack="dir", region="gj", course="palletizer", cls="机电2401班", size=36, seed=11,
         sidp="24250127", students=["普晓岚", "段俊朗", "杨沁溪"], items={11: ["段俊朗", "杨沁溪"]},
         extra_class=["何嘉骏"], bad={"何嘉骏": "over"}, others_named=["钱永昌"],
         teachers=["罗建勋", "赵琼仙"], form_count="36名",
         f8="side_box", f10="landscape_grade", f11="wiring_typed", f12="name_line_photo",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "何嘉骏")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: a 安装调试记录 a work, `安装人 | <name>（班级）`, the smelter's electrician 钱永昌 as 验收人) holds "
                 "the works of only TWO students, 段俊朗 and 杨沁溪 (普晓岚's missing; 8 and 12 hold the three): students.count on 11; "
                 "students.mismatch optional. Item 10 (TYPED, LANDSCAPE) puts 姓名 before 学号, writes the maxima only in a line "
                 "above the table (`各项满分：气路安装30分，电路接线20分，PLC编程30分，联机调试20分`) and has a 等级 column beside 总分; "
                 "何嘉骏 has 26 under 电路接线 (max 20; 总分 the sum): records.invalid_score. Item 8 (scanned 250 gray, betel-nut "
                 "husks): a small three-row box 班级 / 姓名 / 学号 just under the title. No roster"),
    dict(school="个旧市锡都技工学校", pack="dir", region="gj", course="eldercare", cls="照护2401班", size=40, seed=12,
         sidp="24250529", students=["周怡湄", "马晓芸", "陈语岑"], others_named=["段秀珍", "李福寿", "王凤仙", "杨美珍"],
         teachers=["普红英", "张立群"], form_count="40名", roster="ward_groups", headteacher="陈丽仙",
         f8="header_table", f10="weighted", f11="care_typed", f12="hand_page",
         findings=[],
         comment="clean. The roster is a 学生名单（跟岗分组）: the class in four groups under the nursing-home floors, each head naming "
                 "the 带教护士 (王凤仙, 杨美珍; not students), 40 = form `共40名学生` = item 10. Item 10 (scanned 200 gray) is a WEIGHTED "
                 "register: 过程成绩 and 成果成绩 each out of 100, 总评 = 过程×40% + 成果×60% rounded, as the note says, with 等级; "
                 "no 总评 is a sum. Item 11 (typed 照护记录单): the residents 段秀珍 and 李福寿 named as 照护对象 (not students), "
                 "照护员 the student. Item 8 (colour scan): a bordered head row 班级 | 姓名 | 学号 | 组别"),
    dict(school="合山市矿城技工学校", pack="gbkzip", region="hs", course="dormnet", cls="网络2402班", size=42, seed=21,
         sidp="2445030102", students=["韦昱辰", "覃诗蕊", "莫振轩"], outsiders={"莫振轩": "网络2401班"}, out_sidp="2445030101",
         extra_class=["蓝俊熠"], bad={"蓝俊熠": "sum"}, others_named=["黄德湛"],
         teachers=["梁绍坚", "蒙秀兰"], form_count="42人",
         f8="ticket", f10="maxima_note", f11="config_typed", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "莫振轩"), ("records.invalid_score", 10, False, "蓝俊熠")],
         comment="莫振轩 of the parallel class 网络2401班 (his class and 学号 2445030101xx on his work order, config records and "
                 "homework) is the third student of 8/11/12; item 10 (42 rows = form `42人`) has no record of him: "
                 "students.not_in_class. Item 8 (scanned 200 gray) is a 派工单 whose head table gives 派工单号, 报修人 (the "
                 "community's 黄德湛, not a student), 实施人 (the student, by hand), 班级, 学号. Item 10 (scanned 200 gray, betel "
                 "husks): the column heads carry no maxima, a line above the table gives them (`评分项目及分值：…`); 蓝俊熠's 总分 "
                 "is 7 above the sum of his parts: records.invalid_score. No roster"),
    dict(school="合山市矿城技工学校", pack="gbkzip", region="hs", course="frontdesk", cls="酒店2401班", size=38, seed=22,
         sidp="2445050401", students=["廖思妤", "潘沐晴", "农雅馨"], extra_class=["卢慧妍"], absent_from_10=["卢慧妍"],
         others_named=["陆海峰"], teachers=["黄妙萍", "韦振邦"], form_count="38人", roster="checkin_sheet", headteacher="覃美凤",
         f8="fax_line", f10="grade_beside", f11="checkin_typed", f12="color_scan_hand",
         findings=[("records.missing_student", 10, False, "卢慧妍"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 新生报到登记表: 序号 姓名 学号 性别 宿舍 家长姓名 联系电话, 38, the PARENTS named in their own column) "
                 "and the form (`酒店2401班 / 38人`) hold 卢慧妍; item 10 (scanned 300 dpi 1-bit, 姓名 before 学号, 等级 and 备注 "
                 "beside 总分) has 37 rows and none for her: records.missing_student and records.count_mismatch. Item 11 (typed): "
                 "团队入住登记单, `领队 陆海峰` (a customer), `接待员 <name>`. Item 8 (1-bit 200): `姓名＿ 学号＿ 班级＿` by hand"),
    dict(school="临高县临高角技工学校", pack="zip", region="lg", course="battery", cls="新能源2401班", size=38, seed=31,
         sidp="24460435", students=["符嘉诚", "羊子轩", "吴浩铭"], items={12: ["符嘉诚", "羊子轩", "钟雨萌"]},
         extra_class=["钟雨萌", "曾宇翔"], bad={"曾宇翔": "over"}, others_named=["林亚福"],
         teachers=["王礼川", "陈小妹"], form_count="38 人",
         f8="blank_line", f10="sub_heads", f11="workorder_typed", f12="fan_photo",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "曾宇翔")],
         comment="item 12 (phone photos, a palm-leaf fan over a corner) holds the homework of 符嘉诚, 羊子轩 and classmate 钟雨萌 "
                 "(with an item-10 record) instead of 吴浩铭's (items 8 and 11 hold the three): students.mismatch. Item 10 (scanned "
                 "250 gray) has a two-row head 理论(30) | 实操(70) over 笔试(30) 安全防护(15) 绝缘检测(30) 模组更换(25); 曾宇翔 has 34 "
                 "under 绝缘检测(30) (总分 the sum): records.invalid_score. Item 11 (typed): 维修工单 with the car owner 林亚福 "
                 "(not a student). Item 8 (scanned 200 gray, betel husks): `姓名：＿ 班级：＿ 学号：＿`. No roster"),
    dict(school="临高县临高角技工学校", pack="zip", region="lg", course="piglet", cls="烹饪2402班", size=40, seed=32,
         sidp="24460501", students=["王琬婷", "林昊澄", "黄梓铖"], items={8: ["王琬婷", "林昊澄", "黄梓铖", "陈嘉穗"]},
         extra_class=["陈嘉穗", "邓俊霖"], absent_from_10=["邓俊霖"], others_named=["符清泉"],
         teachers=["吴昌荣", "钟美蓉"], form_count="40 人",
         f8="bottom_sign", f10="hand_corrected", f11="dish_typed", f12="exercise_book",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (colour scan 250) holds the worksheets of FOUR students: the three and classmate 陈嘉穗 (with an item-10 "
                 "record), each signed only at the FOOT of the page in a box `学生签名 | 班级 | 学号 | 完成日期`, the restaurant's "
                 "head chef 符清泉 named at the top as 企业导师 (not a student): students.count on 8; students.mismatch optional. "
                 "Item 10 (colour scan 200) lists 39, the form says `学生数 | 40 人`: records.count_mismatch (no roster). Three "
                 "scores in item 10 are HAND-CORRECTED in red (the typed mark struck through, the new mark and 改 with the "
                 "teacher's initial beside it); the typed 总分 was struck and rewritten too, and every total is the sum with the "
                 "corrected mark (legal)"),
    dict(school="临高县临高角技工学校", pack="zip", region="lg", course="betelnut", cls="中药2401班", size=36, seed=33,
         sidp="24461301", students=["李若澜", "曾晓菲", "周子漪"], others_named=["王德琮", "陈亚妹"],
         teachers=["符永锦", "林秀珠", "羊春花"], form_count="36 人",
         f8="plain_line", f10="bonus", f11="process_typed", f12="color_scan_hand",
         findings=[],
         comment="clean. Item 10 (TYPED) has an 附加分 column explained under the table (`附加分：参加校级中药传统技能比赛获奖者加2～5分，"
                 "总分＝各项得分之和＋附加分，最高100分`); five students carry 附加分 and their 总分 is the sum plus it (one reaches exactly 100); "
                 "36 rows = form `36 人`. Three teachers. Item 8: the factory's old pharmacist 王德琮 signs as 老药工 (企业导师) on "
                 "every worksheet; item 11 (typed 炮制记录): `药材来源：临高县… 药农 陈亚妹`, `炮制人` the student, `复核人` a teacher"),
]

PROVINCE = {1: "云南省红河州个旧市", 2: "广西来宾市合山市", 3: "海南省临高县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 个旧: "材料08_工作页.pdf"
        return "材料%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 合山: "【8】工作页.pdf"
        return "【%d】%s.pdf" % (n, NAMES[n])
    return "%s（成果%d）.pdf" % (NAMES[n], n)   # 临高: "工作页（成果8）.pdf"


def form_name(s, c):
    return {1: ("优质课堂申报书（%s）.docx" % s["cls"], "docx"),
            2: ("%s专业申报书.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("申报书-%s.docx" % c["course"], "docx")}[grp(s)]


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
        return "授课对象 | %s，共%s学生" % (s["cls"], s["form_count"])
    if g == 2:
        return "授课班级及人数 | %s / %s" % (s["cls"], s["form_count"])
    return "学生数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 个旧: a sentence in one cell
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s，共%s学生" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 合山: class / size
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及人数", "%s / %s" % (s["cls"], s["form_count"])), ("授课地点", c["station"])]
    else:   # 临高: 学生数 with a space before 人
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生数", s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>以学生为中心，按“明确任务—制订计划—评估决策—实施任务—检查控制—评价反馈”组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
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
        if f == "daily_log":   # a practice log: date/weather head, the recorder only at the bottom
            head = tbl([["日期", hand(day(s, i)[5:], True), "星期", hand(WEEK[(s["seed"] + i) % 7], True), "天气", hand(["晴", "多云", "晴转阴"][i % 3], True),
                         "地点", "实训站台"]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>实训日志（学习工作页）</h3>' % c["task"] + head +
                    "<p><b>今日任务：</b>%s</p>" % c["situation"][:58] + "……" + answers(c, rng, i) +
                    '<p><b>问题与处理：</b>%s</p>' % hand(["演练时广播声音小，已调高音量。", "限流点的隔离带不够，借用了站厅的。", "引导员站位太靠前，已后移。", "无"][i % 4], True) +
                    '<p>值班站长：%s　　　%s</p>' % (hand(s["others_named"][0], True, BLACK), comment) +
                    '<p style="text-align:right">记录人：%s　班级：%s　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)))
        elif f == "side_box":   # a small three-row box under the title: 班级 / 姓名 / 学号
            box = tbl([["班级", hand(cl, True)], ["姓名", hand(n, True)], ["学号", hand(sid, True)]], width="100%", pad="3px 4px")
            body = ('<table width="100%%"><tr><td width="64%%" valign="middle"><h3>%s<br/>学习工作页</h3></td><td width="36%%">%s</td></tr></table>'
                    % (c["task"], box) + sit + answers(c, rng, i) + comment)
        elif f == "ticket":   # a 派工单 head: order number, the caller, the student as 实施人
            head = tbl([["派工单号", "WL-%s-%02d" % (day(s, i)[:4], 11 + i), "派单日期", hand(day(s, i), True)],
                        ["报修人", hand(s["others_named"][0], True, BLACK) + "（社区网格员）", "实施人", hand(n, True)],
                        ["班　级", hand(cl, True), "学　号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = '<h3 style="text-align:center">网络运维派工单（学习工作页）</h3>' + head + sit + answers(c, rng, i) + comment
        elif f == "bottom_sign":   # the student only in a box at the foot; the head chef at the top
            body = (title + "<p>企业导师：%s（酒楼厨师长）　　实训地点：%s</p>" % (s["others_named"][0], c["station"]) + sit + answers(c, rng, i) + comment +
                    tbl([["学生签名", hand(n), "班级", hand(cl, True), "学号", hand(sid, True), "完成日期", hand(day(s, i)[5:], True)]],
                        width="100%", pad="5px 4px"))
        elif f == "header_table":   # a bordered head row 班级 | 姓名 | 学号 | 组别
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "组别", hand("第%s组" % "一二三四五"[i % 5], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "fax_line":   # 姓名＿ 学号＿ 班级＿ by hand; the head chef named
            head = '<p>姓名＿%s＿　学号＿%s＿　班级＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = (title + head + "<p>实训日期：%s　　实训地点：酒店前厅</p>" % day(s, i)
                    + sit + answers(c, rng, i) + comment)
        elif f == "two_row_box":   # a two-row head box: 姓名 学号 / 班级 日期
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="80%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 姓名：＿ 班级：＿ 学号：＿
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_row4":   # a bordered head row 姓名 | 学号 | 班级 | 工位
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "工位", hand("%d号举升机" % (1 + i % 6), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级 学号 姓名 line
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = (title + head + sit + answers(c, rng, i) + comment +
                    '<p>企业导师（老药工）：%s　　%s</p>' % (hand(s["others_named"][0], True, BLACK), hand(day(s, i)[5:], True, BLACK)))
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"side_box": "x-scanpdf:250:betel", "header_table": "x-scanpdf:200:color", "fax_line": "x-scanpdf:200:mono",
            "ticket": "x-scanpdf:200", "blank_line": "x-scanpdf:200:betel", "bottom_sign": "x-scanpdf:250:color",
            "plain_line": "x-scanpdf:200"}[f]
    font = {"header_table": "Noto Sans CJK SC", "head_row4": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "landscape_grade":   # landscape, 姓名 before 学号, maxima in a line above, 等级 beside 总分
        parts = [("气路安装", 30), ("电路接线", 20), ("PLC编程", 30), ("联机调试", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p for p, _ in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 26
            tot = sum(v)
            g = "优秀" if tot >= 90 else "良好" if tot >= 80 else "合格" if tot >= 60 else "不合格"
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), g, ""], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + "<p>各项满分：气路安装30分，电路接线20分，PLC编程30分，联机调试20分；"
                "等级：90分以上优秀，80～89良好，60～79合格。</p>" + table(out) + sign)
        return "10.html", html(body, "9pt", compact=True, page="size:29.7cm 21cm;margin:1.0cm 1.5cm"), "pdf"
    if f == "weighted":   # 过程 and 成果 each out of 100, 总评 = 40 % + 60 %
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程成绩<br/>（百分制）", "成果成绩<br/>（百分制）", "总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(68, 96), rng.randint(62, 97)
            tot = int(a * 0.4 + b * 0.6 + 0.5)
            g = "A" if tot >= 90 else "B" if tot >= 80 else "C" if tot >= 70 else "D"
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(tot), g], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out, width="86%") +
                "<p>说明：总评＝过程成绩×40%＋成果成绩×60%，四舍五入取整数；A（90分以上）B（80～89）C（70～79）D（60～69）。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "maxima_note":   # heads without maxima; the maxima in a line above
        parts = [("需求分析", 15), ("拓扑设计", 20), ("设备配置", 35), ("测试验收", 20), ("文档", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核记录") + "<p>评分项目及分值：需求分析15分、拓扑设计20分、设备配置35分、测试验收20分、文档10分，合计100分。</p>"
                + table(out) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:betel"
    if f == "grade_beside":   # 姓名 before 学号; 等级 and 备注 beside 总分
        parts = [("仪容仪表", 10), ("入住接待", 40), ("结账服务", 30), ("服务礼仪", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v)
            g = "优" if tot >= 90 else "良" if tot >= 80 else "中" if tot >= 70 else "及格"
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), g, "组长" if k % 6 == 0 else ""], pad))
        body = head10(s, c, "学习任务考核登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "sub_heads":   # 理论 / 实操 over their parts
        parts = [("笔试", 30), ("安全防护", 15), ("绝缘检测", 30), ("模组更换", 25)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>理论（30）</b>", ' align="center"', pad),
                                       td("<b>实操（70）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            if bad.get(n) == "over":
                v[2] = 34
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250"
    if f == "hand_corrected":   # a typed table, three marks corrected by hand in red
        parts = [("原料准备", 15), ("刀工腌制", 20), ("烹制火候", 35), ("装盘出菜", 20), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        fixk = {4: 2, 17: 3, 29: 1}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            tcell = str(sum(v))
            if k in fixk:
                j = fixk[k]
                old = v[j]
                v[j] = min(dict(parts)[parts[j][0]], old + 3) if k != 17 else old - 4
                cells[j] = '<s>%d</s> %s' % (old, hand("%d" % v[j], True, "#b8231a"))
                tcell = '<s>%d</s> %s' % (sum(v) - v[j] + old, hand("%d" % sum(v), True, "#b8231a"))
                note = hand("改 %s" % s["teachers"][k % 2][0], True, "#b8231a")
            else:
                note = ""
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [tcell, note], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color"
    if f == "bonus":   # 附加分 explained under the table, 总分 capped at 100
        parts = [("性状鉴别", 20), ("净制", 15), ("炮制操作", 40), ("记录", 15), ("安全卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分", "总分"]], pad)]
        plus = {3: 3, 9: 5, 14: 2, 22: 4, 30: 5}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.65, 0.97)
            if k == 9:
                v = [19, 14, 38, 14, 10]
            b = plus.get(k, 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [("+%d" % b) if b else "", str(min(100, sum(v) + b))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>附加分：参加校级中药传统技能比赛获奖者加2～5分，总分＝各项得分之和＋附加分，最高100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "two_across":   # two students a row: left half 1..h, right half h+1..n
        parts = [("客流分析", 20), ("方案编制", 30), ("引导演练", 50)]
        half = ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]
        out = [trow(["<b>%s</b>" % x for x in half + half], pad)]
        cells = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 57
            cells.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))])
        h = (len(cells) + 1) // 2
        for j in range(h):
            right = cells[h + j] if h + j < len(cells) else [""] * 7
            out.append(trow(cells[j] + right, pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "8pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 0.8cm"), "pdf"
    if f == "plain_group":   # a plain table with a 组别 column
        parts = [("产品卖点", 20), ("直播脚本", 30), ("直播执行", 30), ("订单售后", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "%d组" % (1 + k % 6)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "two_row_head":   # 过程评价 / 成品评价 over their parts
        parts = [("出勤", 10), ("刀工", 15), ("卫生", 15), ("色泽", 20), ("口味", 25), ("造型", 15)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程评价（40分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>成品评价（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "plain_attend":   # a plain table, 出勤 first
        parts = [("出勤", 10), ("骨骼搭建", 25), ("蒙皮权重", 25), ("关键帧动画", 30), ("文件规范", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "max_row":   # a 满分 row under the head
        parts = [("审方", 15), ("称量调配", 30), ("复核", 15), ("浸泡煎煮", 30), ("记录", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "plain_typed":   # a plain Word table
        parts = [("接车问诊", 15), ("故障诊断", 30), ("维修操作", 35), ("竣工检验", 10), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "recheck":   # 实操 初评 and 复评; the 总分 adds the 复评 where there is one
        parts = [("工艺编制", 20), ("程序编制", 20), ("实操", 50), ("6S", 10)]
        hd = ["序号", "学号", "姓名", "工艺编制<br/>(20)", "程序编制<br/>(20)", "实操(50)<br/>初评", "实操<br/>复评", "6S<br/>(10)", "总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        rech = set(rng.sample(range(len(rec)), 6))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            if k in rech:
                r2 = min(50, v[2] + rng.randint(2, 5))
                tot = v[0] + v[1] + r2 + v[3]
                cells = [str(v[0]), str(v[1]), str(v[2]), str(r2), str(v[3])]
            else:
                tot = sum(v)
                cells = [str(v[0]), str(v[1]), str(v[2]), "—", str(v[3])]
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：实操成绩经学生申请复评的，以复评成绩计入总分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:longtail"
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
            if f == "wiring_typed":   # 安装人 and the smelter's electrician as 验收人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["安装人", "%s（%s）" % (n, cl), "日期", day(s, 30 + i)], ["工位", "%d号输送线" % (1 + i), "气源压力", "0.6 MPa"],
                                  ["调试结果", desc, "验收人", "%s（设备科）" % s["others_named"][0]]], width="92%") + "<p>指导教师：%s</p>" % t[j % 2])
            elif f == "care_typed":   # the resident named, 照护员 the student
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", "%s（%d岁）" % (s["others_named"][j % 2], 81 + 3 * j), "床号", "颐养楼%d-%02d床" % (2 + j, 5 + i)],
                                  ["照护员", n, "班级", cl], ["照护内容", "翻身、皮肤检查、床椅转移", "时间", day(s, 30 + i)],
                                  ["效果", desc, "带教", t[j % 2]]], width="92%"))
            elif f == "config_typed":   # 实施人; the caller named
                parts.append('<h3>%s</h3><p>实施人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["楼栋", "%d栋" % (3 + i), "报修人", s["others_named"][0]], ["设备", "接入交换机、无线AP"], ["结果", desc]], width="90%")
                             + "<p>审核：%s</p>" % t[j % 2])
            elif f == "checkin_typed":   # the tour leader named, 接待员 the student
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["团队名称", "三月三山歌会%d团" % (2 + i), "领队", s["others_named"][0]],
                                  ["人数", "%d人" % (40 + 2 * i), "房间数", "%d间" % (20 + i)],
                                  ["接待员", n, "班级", cl], ["备注", desc, "前厅主管", t[j % 2]]], width="90%"))
            elif f == "process_typed":   # 炮制人, the grower named as the source
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["药材来源", "临高县波莲镇 药农 %s" % s["others_named"][1], "批号", "LG2024-%03d" % (41 + 2 * i + j)],
                                  ["炮制人", n, "班级", cl], ["投料量", "%d kg" % (5 + j), "成品量", "%.1f kg" % (4.3 + 0.1 * i + j)],
                                  ["结果", desc, "复核人", t[j % 3]]], width="92%"))
            elif f == "plan_typed":   # 编制人
                parts.append('<h3 style="text-align:center">%s</h3><p>编制人：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["时段", "预计进站人数", "限流措施", "岗位"], ["15:00-16:00", str(1400 + 90 * i), "站厅闸机限流", "4人"],
                                  ["16:00-18:00", str(2600 + 120 * i), "出入口蛇形通道", "7人"]], width="90%") + "<p>要点：%s</p>" % desc)
            elif f == "script_typed":   # 主播 and the cooperative as 供货方
                parts.append('<h3>%s</h3><p>主播：%s（%s）　　供货方：燕山板栗专业合作社（负责人：%s）</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["时间", "环节", "内容"], ["0-10分", "开场", "介绍产地和采收"], ["10-60分", "试吃讲解", "两款礼盒对比"],
                                  ["60-90分", "促单", "限时优惠、福袋"]], width="86%") + "<p>%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
            elif f == "dish_typed":   # 制作人
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "鲤鱼一尾约750克" if j == 1 else "豆腐400克", "辅料", "海参、虾仁、鸡丁、香菇等"],
                                                          ["成品评价", desc, "评价人", t[j % 2]]], width="90%"))
            elif f == "submit_typed":   # a work submission sheet with the file path
                parts.append('<h3>%s</h3><p>制作：%s　　班级：%s</p>' % (title, n, cl) +
                             tbl([["文件路径", "D:\\动画2401\\%s_%s\\%s.mb" % (sid, n, ["bailu_rig", "bailu_fly"][j])],
                                  ["软件版本", "Maya 2022"], ["帧速率", "25 fps"], ["说明", desc]], width="92%", align="left") +
                             "<p>提交日期：%s　　接收：%s</p>" % (day(s, 30 + i), t[j % 2]))
            elif f == "decoction_typed":   # 煎药人, 复核人 and the patient
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["患者姓名", s["others_named"][0], "处方号", "2024-%04d" % (713 + 3 * i + j)],
                                  ["加水量", "%d mL" % (800 + 50 * j), "浸泡时间", "30 min"],
                                  ["煎煮时间", "头煎25 min／二煎20 min", "出药量", "2袋×200 mL"],
                                  ["煎药人", n, "复核人", t[j % 2]]], width="90%") + "<p>班级：%s　　备注：%s</p>" % (cl, desc))
            elif f == "workorder_typed":   # 维修技师 and the owner
                parts.append('<h3>%s</h3>' % title + tbl([["车主", s["others_named"][0], "车型", "纯电动网约车"],
                                                          ["维修技师", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                                          ["项目", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "inspection_typed":   # 操作者 and 检验员
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "输送链轮法兰盘", "图号", "FL-35-%02d" % (1 + j)], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 3]],
                                  ["外径", "φ120 0/-0.05", "%.2f" % (119.97 - 0.01 * i), "合格"], ["内孔", "φ35H7", "35.01%d" % (2 + j), "合格"]], width="92%") +
                             "<p>备注：%s</p>" % desc)
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
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_page":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "recipe_card":   # a recipe card: dish, ingredients, steps, the name at the foot
            head = ["菜谱卡片", "> 菜名：椰子鸡", "> 主料：文昌鸡　辅料：椰子 沙姜 小青桔", "> 步骤：斩件—椰子水煮开—下鸡—蘸料"]
            end = ["> 姓名：%s　学号：%s　班级：%s" % (n, sid, cl)] + end
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "fan_photo":
            head = ["动力电池检修课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "banding_photo":
            head = ["中药调剂课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "color_scan_hand":
            head = ["课后练习（底盘）", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"fan_photo": "x-photo:200:1:pufan", "name_line_photo": "x-photo:200:2:pufan", "hand_page": "x-scan:200:4", "recipe_card": "x-photo:200:1",
            "plain_photo": "x-photo:200:2", "banding_photo": "x-photo:200:1", "color_scan_hand": "x-scan:200:3:color",
            "exercise_book": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    return "男" if n[1:] in ("俊杰", "佳豪", "宇涛", "凯瑞", "宏伟", "金鹏", "志强", "宇豪", "家明", "永福", "建军", "国庆", "俊宇", "文龙", "锦华",
                            "振东", "家伟", "嘉豪", "天宇", "朝阳", "明杰", "宗林", "伟东", "俊峰", "绍华", "光明", "荣辉", "德福", "春明",
                            "金龙", "宏亮", "家宝", "贵生", "成龙", "浩然", "少华", "永杰", "明辉", "海波", "建新", "泽宇", "志鹏", "昌盛",
                            "国华", "文斌", "嘉伟", "强", "杰", "鹏", "亮", "超", "俊朗", "嘉骏", "昱辰", "振轩", "俊熠", "嘉诚", "浩铭",
                            "宇翔", "昊澄", "梓铖", "俊霖", "嘉穗") or n[1:] in ("嘉懿", "铭泽", "奕辰", "天佑", "浩楠", "子健", "振宇", "宇航", "睿泽", "博文", "俊豪", "浩宇", "晨阳", "俊熙",
                            "家乐", "子墨", "天翊", "昊然", "承泽", "一鸣", "子轩", "宏博", "家豪", "志豪", "鑫磊", "泽楷", "皓轩", "明轩",
                            "沐辰", "锦程", "文博", "凯文", "子豪", "晟睿", "润泽", "思远", "昊", "博", "阳", "鑫", "磊") else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "ward_groups":   # the class in four groups under the nursing-home floors, the nurse named
        nurses = s["others_named"][2:4]
        groups = [("第一组　颐养楼二层　带教护士：%s" % nurses[0], k[0:10]), ("第二组　颐养楼三层　带教护士：%s" % nurses[1], k[10:20]),
                  ("第三组　康复楼一层　带教护士：%s" % nurses[0], k[20:30]), ("第四组　康复楼二层　带教护士：%s" % nurses[1], k[30:])]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "职务"])]
        j = 0
        for g, members in groups:
            rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px">%s</td></tr>' % g)
            for q, n in enumerate(members):
                j += 1
                rows.append(trow([str(j), sid_of(s, n), n, sex_of(n), "组长" if q == 0 else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单（跟岗分组）</h2><p style="text-align:center">%s　跟岗单位：个旧市某公办养老院</p>' % (s["cls"], s["school"]) +
                table(rows, width="84%") + "<p>班主任：%s　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "checkin_sheet":   # a 新生报到登记表 with the parents named
        prng = random.Random(s["seed"] * 977)
        pg = ["建华", "秀英", "文光", "美兰", "国强", "玉芬", "德贵", "桂芳", "志明", "凤英", "永生", "月娥"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "姓名", "学号", "性别", "宿舍", "家长姓名", "联系电话"])]
        parents = []
        for j, n in enumerate(k):
            for _ in range(50):
                par = n[0] + prng.choice(pg)
                if not used(par) and not any(near(par, x) for x in k):
                    break
            parents.append(par)
            rows.append(trow([str(j + 1), n, sid_of(s, n), sex_of(n), "%d-%d" % (3 + j // 24, 201 + (j % 24) // 6), par,
                              "1%d%d****%04d" % (3 + j % 6, j % 10, 2000 + 37 * j)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　新生报到登记表</h2><p style="text-align:center">班级：%s　　报到日期：2024年9月1日</p>' % (s["school"], s["cls"]) +
                table(rows, width="94%") + "<p>班主任：%s　　应到%d人，实到%d人</p>" % (s["headteacher"], len(k), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s新生报到登记表.pdf\tpdf\troster\t0" % s["cls"])
        return dedup(parents)
    if r == "bus_routes":   # the class grouped under school-bus routes, a driver named on each
        drivers = s["others_named"][1:]
        groups = [("线路一（学校—雁栖—琉璃庙）　驾驶员：%s" % drivers[0], k[0:13]), ("线路二（学校—九渡河—渤海镇）　驾驶员：%s" % drivers[1], k[13:25]),
                  ("线路三（学校—北房—杨宋）　驾驶员：%s" % drivers[0], k[25:33]), ("走读（不乘车）", k[33:])]
        stops = ["雁栖", "范各庄", "琉璃庙", "九渡河", "渤海镇", "慕田峪", "北房", "杨宋", "庙城"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "上车站点"])]
        j = 0
        for gi, (g, members) in enumerate(groups):
            rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px">%s</td></tr>' % g)
            for n in members:
                j += 1
                stop = stops[gi * 3 + (j % 3)] if gi < 3 else "—"
                rows.append(trow([str(j), sid_of(s, n), n, sex_of(n), stop], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单（含乘车线路）</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="86%") + "<p>班主任：%s　　合计：%d人（乘车%d人，走读%d人）</p>" % (s["headteacher"], len(k), 33, len(k) - 33))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "group_list":   # a typed 学生名单 grouped by 小组
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "备注"])]
        for j, n in enumerate(k):
            if j % 7 == 0:
                rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px;background:#eeeeee">第%s小组</td></tr>' % "一二三四五六"[j // 7])
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "组长" if j % 7 == 0 else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2>' % (s["school"], s["cls"]) + table(rows, width="80%") +
                "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
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
    truth = {"comment": "121st held-out people corpus (testdata/heldout121), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 121)
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
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s),
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
