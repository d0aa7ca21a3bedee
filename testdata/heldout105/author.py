#!/usr/bin/env python3
"""Write the sources of the hundred-and-fifth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 永州
(Hunan), 池州 (Anhui) and 瑞金 (Jiangxi, 赣州).

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
# the truth files read for names, tasks and courses to avoid (heldout106, written at the same time, is not read)
EARLIER = sorted(os.path.basename(os.path.dirname(p)) for p in glob.glob(os.path.join(HERE, "..", "*", "truth.json"))
                 if os.path.basename(os.path.dirname(p)) not in ("heldout105", "heldout106"))

# surnames by region, weighted by repetition: 永州 (唐 蒋 李 周 陈 胡 邓 何 rarely 欧阳), 池州 (王 汪 吴 方 章 程 …),
# 瑞金 (刘 钟 杨 谢 曾 赖 温 …, Hakka families)
SURNAMES = {
    "yz": list("唐唐唐蒋蒋李李李周周陈陈胡胡邓何刘王杨杨蒋唐吕雷") + ["欧阳"],
    "cz": list("王王王汪汪汪吴吴方方章程程李李张张陈陈徐刘杨叶姚檀"),
    "rj": list("刘刘刘钟钟钟杨杨谢谢曾曾赖赖温黄黄陈朱罗邱廖华"),
}
# given names: a new list, of virtues, crafts and seasons
GIVEN2 = ("思远 若溪 语桐 嘉禾 诗涵 承宇 梓轩 可馨 明哲 书瑶 奕辰 佳琪 宏达 静怡 子航 雅琴 振宇 晓蕾 润东 慧敏 "
          "志航 芷若 昊天 欣然 炳辉 婉清 俊杰 思琪 文韬 紫萱 鹏程 雨涵 永康 梦琪 旭东 佩瑶 家豪 乐怡 天齐 楚涵 "
          "锦鹏 沁怡 泓宇 晨曦 毅恒 诗琪 冠宇 璐瑶 修文 忆南 志远 晓东 宇航 亦菲 春阳 海燕 锐锋 心怡 卓然 安琪").split()
GIVEN1 = list("敏锋倩辉娟勇")
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
    forms = []
    for d in EARLIER:
        for p in glob.glob(os.path.join(HERE, "..", d, "src", "*", "*", "form.*")):
            with open(p, encoding="utf-8", errors="replace") as f:
                forms.append(f.read())
    return names, "\n".join(texts), "\n".join(forms)


USED_BEFORE, EARLIER_TEXT, EARLIER_FORMS = earlier_strings()
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
 "citrus": dict(major="机电一体化技术", code="0127", course="农产品分选设备电气控制装调", task="脐橙光电分选线输送与剔除机构PLC控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="永州江永的一家脐橙合作社新上了一条光电分选线，果子在输送带上经过相机拍照，按大小和表面瑕疵分到五个出口，剔除机构靠气缸把次果推下去。设备商请机电班学员按图纸连接传感器和电磁阀线路，编写输送与剔除的PLC程序，调整气缸动作时间，完成空载和带料联调，填写调试记录。",
   qs=[("问题1 剔除气缸的动作时间为什么要跟输送带速度配合？", ["果子从相机走到出口要一段时间，气缸要按带速算好延时才推，早了晚了都会推空或推错。", "按带速算延时再推。", "早了晚了会推错。"]),
       ("问题2 光电传感器的安装位置要注意什么？", ["对准果子经过的中线，避开阳光直射，和反光板保持规定距离，并固定牢靠防止振动。", "对准中线，避开阳光。", "固定牢，防振动。"])],
   hw=[("1. PLC输出接电磁阀线圈时为什么要并联续流二极管？", ["线圈断电会产生反向高电压，二极管给它放电通路，保护输出触点。", "防反向高压。", "保护输出点。"]),
       ("2. 带料联调前要做哪些检查？", ["急停有效，气压正常，各出口挡板到位，空载运行没有卡滞。", "急停和气压。", "空载不卡滞。"])],
   outputs=[("输送与剔除PLC程序清单", "剔除延时三百二十毫秒。"), ("传感器与电磁阀接线记录", "五路电磁阀接线正确。"), ("带料联调记录", "每小时分选四吨，误剔率低于百分之一。")],
   out_label="调试人"),
 "tea": dict(major="电子商务", code="0603", course="农特产品网店详情页与客服", task="江华瑶族苦茶网店详情页设计与售后客服接待",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="永州江华一家瑶族苦茶合作社开了网店，详情页只有几张手机照片，咨询和退换货也没人规范处理。店长请电商班学员拍摄产品图，设计详情页，整理常见问题话术，分组值守客服，接待顾客咨询并处理两起售后。",
   qs=[("问题1 详情页首屏要放哪些信息？", ["产品主图、品名规格、核心卖点和价格，让顾客三秒内知道卖的是什么。", "主图、规格、卖点。", "三秒看懂。"]),
       ("问题2 顾客说茶太苦怎么回复？", ["先感谢反馈，再说明苦茶本来回甘，建议减少投茶量、缩短浸泡时间，并送一份冲泡卡。", "说明回甘，教冲泡。", "减少投茶量。"])],
   hw=[("1. 详情页图片为什么要压缩？", ["手机打开快，流量少，顾客不会因为等待而离开。", "打开快。", "省流量。"]),
       ("2. 售后退换货要记录哪些内容？", ["订单号、顾客诉求、原因、处理方式和完成时间。", "订单号和原因。", "处理方式和时间。"])],
   outputs=[("详情页设计稿说明", "首屏突出瑶山高海拔。"), ("客服接待记录", "接待咨询二十一次。"), ("售后处理单", "破损补发一单。")],
   out_label="制作人"),
 "rehab": dict(major="健康与社会照护", code="0529", course="失能老人居家康复训练照护", task="社区脑卒中老人居家站立与步行训练照护",
   hours=16, station="康复照护一体化学习工作站",
   situation="池州一个社区日间照料中心有几位脑卒中后的老人，能坐不能久站，家属希望他们能自己走到卫生间。中心主任请照护班学员评估老人的平衡和肌力，制定站立和步行训练计划，在康复师指导下陪练，做好防跌倒保护，并记录每次训练的情况。",
   qs=[("问题1 站立训练前要评估哪些内容？", ["血压和心率、坐位平衡、下肢肌力，以及老人当天的精神状态。", "血压、平衡、肌力。", "精神状态。"]),
       ("问题2 陪练步行时照护员站在哪一侧？", ["站在老人患侧稍后方，一手扶腰带，一手准备托住肩部，防止向患侧跌倒。", "站在患侧后方。", "扶腰带防跌倒。"])],
   hw=[("1. 训练中出现哪些情况要立即停止？", ["头晕、胸闷、面色苍白、出冷汗或血压明显升高。", "头晕胸闷。", "血压升高。"]),
       ("2. 助行器的高度怎样调？", ["老人站直双手下垂，把手高度与手腕横纹平齐，握住时手肘微屈。", "与手腕平齐。", "手肘微屈。"])],
   outputs=[("站立训练记录", "站立时间由两分钟增至五分钟。"), ("步行训练记录", "借助四脚拐行走十米。"), ("跌倒风险评估表", "评分十四分，高风险。")],
   out_label="照护员"),
 "mesh": dict(major="计算机网络应用", code="0301", course="园区网络组建与运维", task="茶叶加工园区有线与无线网络组建及故障排查",
   hours=18, station="网络工程一体化学习工作站",
   situation="池州石台的一个茶叶加工园区有三栋厂房和一栋办公楼，监控和生产线平板经常掉线。园区请网络班学员勘测现场，规划交换机和无线接入点位置，划分办公、生产和监控三个网段，完成配置和测试，并为园区值班员编写故障排查手册。",
   qs=[("问题1 为什么要把监控划成单独的网段？", ["监控摄像头流量大，单独网段互不影响，也方便设置访问权限。", "流量大，互不影响。", "方便控制权限。"]),
       ("问题2 厂房里布放无线接入点要注意什么？", ["避开金属机器遮挡，远离大功率电机，并考虑湿热和粉尘的防护。", "避开金属遮挡。", "防尘防潮。"])],
   hw=[("1. ping不通网关时先查什么？", ["先看网线和指示灯，再查本机地址和网关地址是否在同一网段。", "先查物理连接。", "再查地址。"]),
       ("2. VLAN和子网是什么关系？", ["一般一个VLAN对应一个子网，VLAN之间要经过三层设备才能互通。", "一个VLAN一个子网。", "三层互通。"])],
   outputs=[("园区网络拓扑与地址规划", "划分十、二十、三十三个网段。"), ("交换机配置清单", "三台接入交换机。"), ("无线信号测试报告", "厂房信号均高于负六十七。")],
   out_label="实施人"),
 "heatpump": dict(major="新能源汽车检测与维修", code="0435", course="纯电动客车空调与热泵系统检修", task="纯电动公交车热泵空调不制热故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="瑞金公交公司的一辆纯电动公交车入冬后空调不制热，司机反映出风口只有冷风。维修车间主管请新能源班学员做好高压防护，读取故障码，检测电动压缩机、四通阀和电子膨胀阀，找出故障并排除，最后做制热性能测试，填写维修报告。",
   qs=[("问题1 热泵空调制热时四通阀起什么作用？", ["四通阀改变制冷剂的流向，让车内换热器变成冷凝器放热。", "改变制冷剂流向。", "车内放热。"]),
       ("问题2 检测电动压缩机前要做哪些安全措施？", ["断开维修开关，等五分钟后验电，戴绝缘手套，使用绝缘工具。", "断电验电。", "戴绝缘手套。"])],
   hw=[("1. 电子膨胀阀卡死会出现什么现象？", ["系统低压过低或过高，制热量不足，压缩机可能保护停机。", "低压不正常。", "制热不足。"]),
       ("2. 制热性能测试要记录什么？", ["环境温度、出风温度、压缩机转速和系统高低压。", "出风温度。", "高低压。"])],
   outputs=[("故障码与数据流记录", "四通阀驱动电路开路。"), ("部件检测记录", "四通阀线圈电阻无穷大。"), ("制热性能测试记录", "出风温度四十二度。")],
   out_label="维修人"),
 "redtour": dict(major="饭店(酒店)服务", code="0504", course="研学团队主题餐饮服务", task="红色研学团队客家擂茶主题午宴接待服务",
   hours=16, station="宴会服务一体化学习工作站",
   situation="瑞金一家酒店承接了一个六十人的研学团队，团队要求午宴以客家擂茶为主题，席间有擂茶体验环节。餐饮部经理请酒店班学员根据接待通知单设计台型和菜单卡，完成摆台，演练擂茶体验的引导和席间服务，宴会后整理并做服务小结。",
   qs=[("问题1 团队午宴为什么要提前确认用餐人数和忌口？", ["团队人数会有变动，提前确认可以准确备餐，忌口要在菜单卡上标明。", "准确备餐。", "标明忌口。"]),
       ("问题2 擂茶体验时服务员要做什么？", ["摆好擂钵和擂棍，示范擂茶的手法，提醒客人注意安全，并及时添加茶水和配料。", "示范擂茶。", "及时添加配料。"])],
   hw=[("1. 团队餐的上菜顺序是怎样的？", ["先冷菜后热菜，先咸后甜，汤和主食最后上。", "先冷后热。", "主食最后上。"]),
       ("2. 宴会小结要写哪些内容？", ["接待人数、服务中的问题、客人的意见和改进措施。", "问题和意见。", "改进措施。"])],
   outputs=[("台型与菜单卡设计", "六张十人台。"), ("擂茶体验引导词", "分三步擂茶。"), ("宴会服务小结", "客人满意度九十五分。")],
   out_label="服务员"),
 "gear": dict(major="数控加工(数控车工)", code="0106", course="果品机械传动轴数控车削", task="脐橙清洗机滚刷传动轴数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="赣南一家果品机械厂的脐橙清洗机滚刷传动轴磨损，需要加工一批备件。车间主任请数控班学员读懂零件图，编写加工工艺和程序，在数控车床上完成台阶、键槽定位面和外螺纹的车削，并用千分尺和螺纹环规检测，填写首件检验记录。",
   qs=[("问题1 车削细长轴为什么要用顶尖？", ["细长轴刚性差，一夹一顶能减小振动和弯曲变形，保证尺寸和同轴度。", "减小振动变形。", "保证同轴度。"]),
       ("问题2 精车余量为什么不能留得太少？", ["余量太少，粗车留下的误差和硬化层去不掉，表面粗糙度达不到要求。", "去不掉误差。", "粗糙度不够。"])],
   hw=[("1. G71和G70指令怎样配合使用？", ["G71粗车循环留精车余量，G70按同一段轮廓精车。", "G71粗车G70精车。", "同一轮廓。"]),
       ("2. 首件检验要检哪些项目？", ["外径、长度、螺纹和表面粗糙度，全部合格才能批量加工。", "外径和长度。", "螺纹和粗糙度。"])],
   outputs=[("加工工艺卡", "粗车、精车、车螺纹三道工步。"), ("数控程序单", "程序号O2107。"), ("首件检验记录", "外径二十四点九八，合格。")],
   out_label="加工者"),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="永州市潇水技工学校", pack="dir", region="yz", course="citrus", cls="机电2402班", size=38, seed=11,
         sidp="24430127", students=["唐楚南", "蒋若溪", "周承宇"], items={12: ["唐楚南", "蒋若溪"]},
         extra_class=["胡炳辉"], bad={"胡炳辉": "over"}, others_named=["雷国安"],
         teachers=["邓建华", "李秋云"], form_count="38人",
         f8="route_card", f10="card_grid", f11="typed", f12="photo_finger",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "胡炳辉")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, the photographer's fingertip in a corner) holds the homework of only TWO students, "
                 "唐楚南 and 蒋若溪 (周承宇's is missing; 8 and 11 hold the three): students.count on 12; students.mismatch "
                 "optional. Item 10 (TYPED) is a CARD GRID: one bordered card per student, three cards a row, each card "
                 "`姓名 学号` then `项目 | 满分 | 得分` rows and 总分; 胡炳辉 has 36 under 程序编写 whose 满分 is 30 (总分 the "
                 "sum): records.invalid_score. Item 8 (scanned 200 dpi gray, greasy thumbprints): a printed 工序流转卡 at the "
                 "top, the student only as 操作者 (hand), the cooperative's technician 雷国安 as 验收人 (not a student). No roster"),
    dict(school="永州市潇水技工学校", pack="dir", region="yz", course="tea", cls="电商2401班", size=36, seed=12,
         sidp="24430603", students=["陈沐歌", "欧阳嘉禾", "李砚秋"], others_named=["何满英", "杨立勋"],
         teachers=["周海涛", "唐素娥"], form_count="36人", roster="dorm", headteacher="蒋美玲",
         f8="header_table", f10="weighted", f11="typed", f12="hand_scan",
         findings=[],
         comment="clean. The roster is a 住宿生名单 grouped by dormitory room (`宿舍 床号 学号 姓名`, a room head row per room, "
                 "36 with 走读 at the end) = form `36人`. Item 10 (TYPED, landscape): a WEIGHTED register: 过程考核 自评(20) "
                 "互评(30) 师评(50) → 过程成绩, 结果考核(100), 总评 = 过程×40% + 结果×60% (rounded), explained under the "
                 "table; 总评 is NOT a sum of the columns (legal). Item 11: typed 客服接待记录 naming the customers 何满英 and "
                 "杨立勋 (not students). Compound surname 欧阳 on a student."),
    dict(school="池州市秋浦技工学校", pack="gbkzip", region="cz", course="rehab", cls="照护2401班", size=40, seed=21,
         sidp="2434052901", students=["汪蔓青", "方子航", "章可馨"], outsiders={"章可馨": "照护2402班"}, out_sidp="2434052902",
         extra_class=["吴宏达"], bad={"吴宏达": "sum"}, others_named=["王菊娣"],
         teachers=["程晓燕", "姚振东"], form_count="40",
         f8="visit_sheet", f10="note_max", f11="typed", f12="photo_name",
         findings=[("students.not_in_class", 8, True, "章可馨"), ("records.invalid_score", 10, False, "吴宏达")],
         comment="章可馨 of the parallel class 照护2402班 (her class and 学号 on her visit sheets, typed records and homework) is "
                 "the third student of 8/11/12; item 10 (40 rows = form `40`) has no record of her: students.not_in_class. "
                 "Item 10 (scanned 200 dpi gray, greasy thumbprints): the heads are ①–④ with the item names only, the MAXIMA "
                 "IN A NOTE under the table (`各项满分：①20 ②40 ③25 ④15`); 吴宏达's 总分 is 6 above the sum: "
                 "records.invalid_score. Item 8 (scanned 250 gray, thumbprints): a 上门服务记录单, the elderly woman 王菊娣 as "
                 "服务对象, the student only in the signature row `服务人员签名` at the foot. No roster"),
    dict(school="池州市秋浦技工学校", pack="gbkzip", region="cz", course="mesh", cls="网络2402班", size=41, seed=22,
         sidp="2434030102", students=["王岑溪", "吴黛青", "汪朗轩"], extra_class=["檀静怡"], absent_from_10=["檀静怡"],
         others_named=["叶长林"], teachers=["张国平", "徐翠屏"], form_count="41名", roster="plain_list", headteacher="方淑芬",
         f8="ticket", f10="ranked", f11="typed", f12="photo_name",
         findings=[("records.missing_student", 10, False, "檀静怡"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生名单, 41) and the form (`班级人数 41名`) hold 檀静怡; item 10 (TYPED) is a RANKED register "
                 "(rows sorted by 总分, a 名次 column first, 学号 out of order) with 40 rows and none for her: "
                 "records.missing_student and records.count_mismatch. Item 8 (scanned 200 gray): a 网络故障工单 with 工单号, "
                 "the park's duty man 叶长林 as 报修人, the student as 处理人 (hand)."),
    dict(school="瑞金市绵江技工学校", pack="zip", region="rj", course="heatpump", cls="新能2302班", size=39, seed=31,
         sidp="2336043502", students=["钟韵秋", "谢润东", "曾晓篁"], items={11: ["钟韵秋", "谢润东", "赖志航"]},
         extra_class=["赖志航", "温毓峰"], bad={"温毓峰": "sum"}, others_named=["黄德兴"],
         teachers=["刘光明", "杨淑嫦"], form_count="39人",
         f8="plain_line", f10="two_row_grade", f11="typed", f12="photo_name_finger",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "温毓峰")],
         comment="item 11 (TYPED repair records, `维修人：<name>`, the bus driver 黄德兴 as 报修司机) holds the work of 钟韵秋, "
                 "谢润东 and classmate 赖志航 (with an item-10 record) instead of 曾晓篁's (items 8 and 12 hold the three): "
                 "students.mismatch. Item 10 (colour scan 250 dpi): two-row head with 等级 beside 总分; 温毓峰's 总分 is 7 BELOW "
                 "the sum of his parts: records.invalid_score. No roster"),
    dict(school="瑞金市绵江技工学校", pack="zip", region="rj", course="redtour", cls="酒店2401班", size=37, seed=32,
         sidp="2436050401", students=["朱鹤鸣", "罗雅琴", "邱晓蕾"], others_named=["华永福"],
         teachers=["廖文清", "陈秀兰", "谢国荣"], form_count="37",
         f8="corner_box", f10="corrected", f11="typed", f12="hand_scan",
         findings=[],
         comment="clean. Item 10 (scanned 200 dpi gray) is HAND-CORRECTED: five scores struck through in red with the new value "
                 "and the teacher's initials beside them (`更正` note at the foot), the 总分 agreeing with the corrected values; "
                 "a 加分(≤5) column explained on the page (`总分＝四项成绩＋加分，满分100`); 37 rows = form `37`. Item 8: the "
                 "研学团 leader 华永福 named on the 接待通知单 (not a student). Three teachers. No roster"),
    dict(school="瑞金市绵江技工学校", pack="zip", region="rj", course="gear", cls="数控2401班", size=40, seed=33,
         sidp="2436010601", students=["钟思琪", "刘承铎", "杨黛霏"], items={8: ["钟思琪", "刘承铎", "杨黛霏", "赖鹏程"]},
         extra_class=["赖鹏程", "曾永康"], absent_from_10=["曾永康"],
         teachers=["温赣生", "黄丽华"], form_count="40",
         f8="blank_line", f10="plain_remark", f11="typed", f12="photo_name",
         findings=[("records.count_mismatch", 10, False), ("students.count", 8, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 10 (TYPED) lists 39; the form says `40` (曾永康 has no record; no roster): records.count_mismatch. Item 8 "
                 "(1-bit scan 200 dpi, thumbprints) holds FOUR worksheets: the three and classmate 赖鹏程 (with an item-10 "
                 "record): students.count on 8; students.mismatch optional."),
]


PROVINCE = {1: "湖南省永州市", 2: "安徽省池州市", 3: "江西省瑞金市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CNUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 永州: "附件3-8 工作页.pdf" (the annex number before the item number)
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 池州: "第08项_工作页.pdf"
        return "第%02d项_%s.pdf" % (n, NAMES[n])
    return "%d．%s.pdf" % (n, NAMES[n])   # 瑞金: "8．工作页.pdf" (a full-width dot)


def form_name(s, c):
    return {1: ("%s优质课堂申报书.docx" % s["school"], "docx"),
            2: ("申报书（%s）.pdf" % s["cls"], "pdf"),
            3: ("附件2：申报书-%s.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


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
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 永州: four columns, two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 池州: 学生人数
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 瑞金: the unit in the label
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生数（人）", s["form_count"]), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生领取任务后分组查找资料、拟订工作计划，教师审核后小组确定方案并实施，教师全程巡视指导、把控质量和安全，最后各组汇报成果，进行自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务取自{prov}合作企业的真实工作，学生在真实情境中完成工作，专业能力和职业素养都有提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=4 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程为{major}专业一体化课程，按国家工学一体化课程标准，结合{prov}企业岗位需求转化而成。\n二、学习任务安排\n本学期开设“{task}”，{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析——{task}\n一、任务来源与描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}教学活动策划\n活动一　接受任务，收集信息\n活动二　制定计划，做出决策\n活动三　实施任务，过程控制\n活动四　检查验收，评价反馈",
    4: "{school}\n{course}教学进度计划（{hours}学时）\n第一周　接受任务，收集信息\n第二周　制定计划并审核\n第三周　实施任务\n第四周　检查验收与评价总结",
    5: "{school}\n{task}教学活动方案\n第一学时　创设情境，布置任务\n第二至四学时　引导问题学习\n其余学时　分组实施、巡回指导、成果展示与评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业标准、微课、{station}设备和耗材清单。",
    7: "{school}\n{station}图文说明\n工作站设资讯区、计划区、实施区和评价展示区四个功能区。",
    9: "{school}\n{task}考核方案\n考核分过程考核与结果考核，成绩由任课教师记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 3 + (s["seed"] * 7 + k * 5) % 25)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "17"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "route_card":   # a printed 工序流转卡 at the top: the student only as 操作者
            card = tbl([[("<b>工序流转卡</b>　No. LZ-%04d" % (2311 + i), ' colspan="6"')],
                        ["工序", "接线与程序", "设备", "光电分选线2号", "日期", hand(day(s, i)[5:], True)],
                        ["操作者", hand(n, True), "验收人", hand(s["others_named"][0], True, BLACK), "学号", hand(sid, True)]],
                       width="100%", pad="3px 4px")
            body = card + title + '<p>班级：%s　　指导教师：%s</p>' % (cl, "、".join(t)) + sit + answers(c, rng, i) + comment
        elif f == "header_table":
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid[-2:], True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "visit_sheet":   # a home-visit record: the client named, the student only in the signature row at the foot
            top = tbl([[("<b>上门服务记录单</b>", ' colspan="4"')], ["服务对象", s["others_named"][0] + "（79岁，左侧偏瘫）", "服务日期", hand(day(s, i)[5:], True)],
                       ["服务项目", "站立与步行训练", "康复师", t[1]]], width="100%", pad="3px 4px")
            foot = tbl([["服务人员签名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="5px 4px")
            body = top + title + sit + answers(c, rng, i) + comment + foot
        elif f == "ticket":   # a network fault ticket: 报修人 (the park's duty man) and 处理人 (the student)
            tk = tbl([[("<b>网络故障工单</b>", ' colspan="2"'), ("工单号：GD-24%03d" % (517 + 4 * i), ' colspan="2"')],
                      ["报修人", s["others_named"][0] + "（园区值班员）", "报修时间", hand(day(s, i)[5:] + " 9:%02d" % (10 + 11 * i), True)],
                      ["处理人", hand(n, True), "班级/学号", hand("%s / %s" % (cl, sid), True)]], width="100%", pad="3px 4px")
            body = tk + title + sit + answers(c, rng, i) + comment
        elif f == "plain_line":
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "corner_box":
            box = ('<table width="100%%"><tr><td></td><td width="44%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            notice = tbl([["接待单位", "某中学研学团", "领队", s["others_named"][0]], ["人数", "60人", "用餐时间", "11月%d日 12:00" % (6 + i)]], width="100%")
            body = box + title + '<p>班级：%s　　%s</p>' % (cl, day(s, i)) + "<p><b>接待通知单</b></p>" + notice + sit + answers(c, rng, i) + comment
        elif f == "blank_line":
            head = '<p>姓名：＿%s＿　　学号：＿%s＿　　班级：＿%s＿</p>' % (hand(n), hand(sid[-2:], True), hand(cl, True))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"route_card": "x-scanpdf:200:thumbprint", "header_table": "x-scanpdf:200:color", "visit_sheet": "x-scanpdf:250:thumbprint",
            "ticket": "x-scanpdf:200", "plain_line": "x-scanpdf:250", "corner_box": "x-scanpdf:200:color",
            "blank_line": "x-scanpdf:200:mono:thumbprint"}[f]
    return "08.html", html(PB.join(pages), font="Noto Serif CJK SC"), meth


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
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "card_grid":   # one bordered card per student, three a row
        parts = [("接线工艺", 25), ("程序编写", 30), ("联机调试", 35), ("安全文明", 10)]
        cards = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 36
            inner = ('<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
                [trow(["<b>%d</b>" % (k + 1), "<b>%s</b>" % n, sid_of(s, n)[-4:]], "0px 2px"),
                 trow(["项目", "满分", "得分"], "0px 2px")] +
                [trow([p, str(m), str(x)], "0px 2px") for (p, m), x in zip(parts, v)] +
                [trow(["<b>总分</b>", "100", "<b>%d</b>" % sum(v)], "0px 2px")]))
            cards.append(inner)
        rows = []
        for r0 in range(0, len(cards), 3):
            cells = "".join('<td width="33%%" style="padding:3px" valign="top">%s</td>' % x for x in cards[r0:r0 + 3])
            rows.append("<tr>%s</tr>" % cells)
        body = (head10(s, c, "学习任务考核成绩卡") + "<p>学号前四位：%s（卡片中只写后四位）</p>" % s["sidp"][:4] +
                '<table width="100%%">%s</table>' % "".join(rows) + "<p>共%d人。</p>" % len(rec) + sign)
        return "10.html", html(body, "7.5pt", font="Noto Sans CJK SC", compact=True, page="margin:0.9cm 1.0cm"), "pdf"
    if f == "weighted":   # 过程 (自评/互评/师评) ×40% + 结果 ×60%
        hd = ["序号", "学号", "姓名", "自评<br/>(20)", "互评<br/>(30)", "师评<br/>(50)", "过程成绩<br/>(100)", "结果考核<br/>(100)", "总评", "等级"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            a, b, cc = rng.randint(14, 20), rng.randint(20, 29), rng.randint(34, 48)
            pr = a + b + cc
            rs = rng.randint(62, 97)
            tot = int(pr * 0.4 + rs * 0.6 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(cc), str(pr), str(rs), str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) +
                "<p>说明：过程成绩＝自评＋互评＋师评；总评＝过程成绩×40%＋结果考核×60%，四舍五入取整。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True, page="size:297mm 210mm;margin:1.0cm 1.5cm"), "pdf"
    if f == "note_max":   # heads ①–④ without maxima; the maxima in a note under the table
        parts = [("①训练方案", 20), ("②陪练操作", 40), ("③沟通安抚", 25), ("④训练记录", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p for p, _ in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核登记表") + table(out) +
                "<p>各项满分：①20　②40　③25　④15，总分100。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200:thumbprint"
    if f == "ranked":   # sorted by 总分, 名次 first
        parts = [("网络规划", 25), ("设备配置", 35), ("测试排障", 25), ("文档", 15)]
        rows = []
        for n in rec:
            v = part_scores(rng, parts)
            rows.append((sum(v), n, v))
        rows.sort(key=lambda x: -x[0])
        out = [trow(["<b>%s</b>" % x for x in ["名次", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, (tot, n, v) in enumerate(rows):
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩排名表") + "<p>（按总分由高到低排列）</p>" + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "two_row_grade":
        parts = [("安全防护", 10), ("故障诊断", 30), ("部件检修", 30), ("性能测试", 15), ("报告", 15)]
        h1 = '<tr>%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                      td("<b>过程考核</b>", ' align="center" colspan="3"', pad), td("<b>结果考核</b>", ' align="center" colspan="2"', pad),
                                      td("<b>总分 / 等级</b>", ' align="center" colspan="2"', pad))
        h2 = trow(["<b>%s(%d)</b>" % p for p in parts] + ["<b>总分</b>", "<b>等级</b>"], pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.95)
            tot = sum(v) - (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:250:color"
    if f == "corrected":   # hand-corrected scores (struck through, the new value in red) and a bonus column
        parts = [("台型设计", 20), ("摆台", 30), ("擂茶引导", 25), ("席间服务", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["加分<br/>(≤5)", "总分"]], pad)]
        fix = {3: 1, 11: 2, 19: 0, 26: 3, 33: 1}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.93)
            bonus = rng.choice([0, 0, 0, 1, 2, 3])
            cells = [str(x) for x in v]
            if k in fix:
                j = fix[k]
                old = v[j] - rng.choice([3, 4, 5])
                cells[j] = ('<s>%d</s>' % old) + " " + hand("%d" % v[j], True, ink="#c0251a", size="10pt") + hand("廖", True, ink="#c0251a", size="7pt")
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(bonus) if bonus else "", str(sum(v) + bonus)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>说明：总分＝四项成绩＋加分，满分100；加分为擂茶体验环节表现突出者，最多5分。</p>"
                "<p>更正：第4、12、20、27、34行成绩经复核更正，更正处由考核教师签字。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200"
    if f == "plain_remark":
        parts = [("工艺编制", 20), ("程序编制", 25), ("加工操作", 35), ("检测", 10), ("6S管理", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), {5: "组长", 18: "组长", 30: "组长"}.get(k, "")], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    t = s["teachers"]
    parts = ['<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
             % (c["task"], s["school"], s["cls"], "、".join(t[:2]))]
    other = s.get("others_named", [])
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            rows = [[c["out_label"], n, "班级", cl], ["学号", sid_of(s, n), "日期", day(s, 30 + i)]]
            if s["course"] == "tea" and j == 1:
                rows.append(["接待顾客", other[i % 2], "渠道", "网店在线客服"])
            if s["course"] == "heatpump" and j == 0:
                rows.append(["报修司机", other[0], "车号", "赣B·D%04d" % (3107 + i)])
            parts.append('<h3>%s</h3>' % title + tbl(rows, width="90%") + "<p>%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
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
        if f in ("photo_finger", "photo_name_finger"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "photo_name":
            head = ["课后作业　%s" % c["task"][:10], "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "hand_scan":
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_finger": "x-photo:200:1:finger", "photo_name_finger": "x-photo:200:2:finger", "photo_name": "x-photo:200:1",
            "hand_scan": "x-scan:200:3"}[f]
    if s["seed"] == 32:
        meth = "x-scan:250:4:color"
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "plain_list":
        rows = [["序号", "学号", "姓名", "性别", "职务"]]
        duty = {2: "班长", 9: "团支书", 15: "学习委员", 27: "生活委员"}
        rr = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "女"]), duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s%s学生名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="90%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　合计：%d人　　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return [], {}
    if r == "dorm":   # boarders by dormitory room, day students at the end
        out = []
        j = 0
        rooms = [("3栋4%02d室" % (11 + q), 6) for q in range(3)] + [("5栋2%02d室" % (7 + q), 6) for q in range(2)]
        rows_html = [trow(["<b>%s</b>" % x for x in ["序号", "床号", "学号", "姓名", "备注"]], "1px 4px")]
        for room, cap in rooms + [("走读生", len(k) - 30)]:
            rows_html.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px;background:#e8e8e8">%s</td></tr>' % room)
            for b in range(cap):
                n = k[j]
                rows_html.append(trow([str(j + 1), str(b + 1) if room != "走读生" else "—", sid_of(s, n), n, "室长" if b == 0 and room != "走读生" else ""], "1px 4px"))
                j += 1
        assert j == len(k)
        body = ('<h2 style="text-align:center">%s学生名单（按宿舍）</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                table(rows_html, "86%") + "<p>班主任：%s　　住宿30人，走读%d人，合计%d人</p>" % (s["headteacher"], len(k) - 30, len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
        return [], {}
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
    truth = {"comment": "Hundred-and-fifth held-out people corpus (testdata/heldout105), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 105)
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
        parents, _ = roster(s, d, man) or ([], {})
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
        fct = {1: "班级人数 | %s", 2: "学生人数 | %s", 3: "学生数（人） | %s"}[grp(s)] % s["form_count"]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "others_named": s.get("others_named", []) + parents,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
