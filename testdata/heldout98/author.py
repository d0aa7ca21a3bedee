#!/usr/bin/env python3
"""Write the sources of the ninety-eighth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 七台河
(Heilongjiang), 中宁 (Ningxia, 中卫) and 三门峡 (Henan).

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
# the truth files read for names, tasks and courses to avoid (heldout97 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 97)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)



# surnames by region, weighted by repetition: 七台河 (the 山东/河北 families of the coal towns: 王 李 张 刘 孙 于 姜 曲
# 宋 隋 邢 …), 中宁 (Hui and Han families of the 清水河 valley: 马 丁 海 拜 金 杨 …), 三门峡 (豫西: 王 李 张 杨 赵 郭 姚 段
# 屈 尚 薛 卫 …)
SURNAMES = {
    "qth": list("王王王王李李李张张张刘刘刘赵赵孙孙于于杨高陈马徐姜曲宋邢董郭隋"),
    "zn": list("马马马马王王王张张李李刘刘杨杨丁丁海周陈赵田何罗金苏拜"),
    "smx": list("王王王王李李李张张张刘刘杨杨赵陈郭姚段任程卫薛屈尚"),
}
# given names: a new list, everyday names of students born around 2008-2009 in the north
GM = ("浩然 梓轩 宇辰 俊杰 佳豪 皓然 博宇 沐阳 浩博 宇泽 思博 靖轩 昊天 鸿涛 致远 俊驰 晋鹏 天磊 绍辉 泽洋 鑫鹏 展鹏 "
          "弘文 嘉豪 子聪 家铭 文轩 明辉 鹏程 东旭 旭阳 宏伟 佳乐 凯瑞 梓航 宇浩 星辰 浩洋 子恒 家兴 世豪 俊峰 瑞阳 嘉诚 "
          "博远 雨辰 天成 宏宇 润东 一凡 子骞 书豪 奕博 恩泽 嘉树 海龙 志鹏 金龙").split()
GF = ("雨涵 欣怡 子涵 思涵 语涵 梓琪 诗涵 紫涵 嘉欣 佳欣 梓悦 雨萌 欣蕊 晨曦 若汐 佳琦 梦瑶 思雨 雅雯 欣雨 婧琪 可欣 "
          "雨欣 佳悦 文静 晓燕 丽娜 春燕 玉洁 梦露 静雯 诗雨 子怡 一涵 雪莹 晶晶 婉婷 慧敏 思琦 艺馨 梦婷 雨菲 晓倩 "
          "玉梅 金花 海霞 秀芳").split()
GIVEN2 = GM + GF
GIVEN1 = list("磊杰鑫涛丹静娜敏颖琳")
MALE = set(GM) | set("磊杰鑫涛")
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
 "belt": dict(major="机电一体化技术", code="0127", course="输送设备PLC控制系统安装调试", task="选煤厂带式输送机跑偏保护与PLC顺序启停控制系统安装调试",
   hours=18, station="机电设备安装调试一体化学习工作站",
   situation="七台河一座选煤厂的三条带式输送机要改为逆煤流顺序启动、顺煤流顺序停止，并增加跑偏和打滑保护。厂里的电气师傅请机电班学员读懂原理图，完成PLC输入输出分配、控制柜接线和程序编写，在实训台上模拟跑偏、急停等工况进行调试，最后填写调试记录交付验收。",
   qs=[("问题1 为什么要逆煤流方向顺序启动？", ["先启动下游的输送机，上游来的煤才有地方走，不会在转载点堆煤压死皮带。", "先开下游，防止转载点堆煤。", "下游先走，煤才不会堆住。"]),
       ("问题2 跑偏开关动作后程序应怎样处理？", ["轻跑偏只报警，重跑偏延时两秒停本机和上游的输送机，下游继续运行把煤拉空。", "报警，重跑偏停本机和上游。", "下游继续运行。"])],
   hw=[("1. 急停按钮为什么要接常闭触点？", ["常闭触点断线时也会使程序停机，比常开触点安全。", "断线也能停机，更安全。", "常闭更安全。"]),
       ("2. 打滑保护用什么信号判断？", ["用速度传感器测滚筒转速，转速低于额定的百分之八十且持续三秒就判为打滑。", "测滚筒转速。", "转速低于八成就打滑。"])],
   outputs=[("PLC输入输出分配表", "输入十四点，输出九点。"), ("顺序启停控制程序调试记录", "跑偏、急停、打滑三种工况调试通过。")]),
 "frontdesk": dict(major="饭店(酒店)服务", code="0504", course="酒店前厅服务与管理", task="冬季冰雪旅游团队入住接待与行李寄存服务",
   hours=16, station="酒店前厅服务一体化学习工作站",
   situation="元旦前后，南方来的冰雪旅游团集中入住七台河市区的一家商务酒店，一次到店四十多人，行李多、要求杂。酒店前厅经理请酒店班学员提前准备团队房卡和分房表，完成团队入住登记、行李寄存和叫醒服务，处理客人临时换房的要求，并填写团队接待记录。",
   qs=[("问题1 团队到店前要准备哪些东西？", ["分房表、房卡袋、欢迎卡和早餐券，按领队给的名单核对房型，提前把房卡做好。", "分房表和房卡。", "欢迎卡和早餐券。"]),
       ("问题2 行李寄存要注意什么？", ["贵重物品不寄存，给每件行李挂寄存牌，存根交给客人，登记件数和领取时间。", "挂寄存牌，登记件数。", "贵重物品不寄存。"])],
   hw=[("1. 客人要求换房时怎样处理？", ["先了解原因并致歉，查看可用房，换房后更新系统和房卡，通知客房部。", "了解原因，更新系统。", "通知客房部。"]),
       ("2. 叫醒服务为什么要二次确认？", ["团队早上集合时间紧，电话叫醒后五分钟没有回应要派人上门敲门。", "没回应要上门。", "防止误了集合。"])],
   outputs=[("团队分房表", "共二十三间，其中标准间二十间。"), ("行李寄存登记", "寄存四十六件，全部领取。"), ("团队接待记录", "领队签字确认。")]),
 "bath": dict(major="健康与社会照护", code="0529", course="居家老年人生活照护", task="枸杞产区留守老人居家助浴与防跌倒照护",
   hours=16, station="老年照护一体化学习工作站",
   situation="中宁县的枸杞采摘季，许多年轻人白天在园子里忙，家中的高龄老人缺少照护。镇上的居家养老服务站请照护班学员上门评估老人的身体状况和居住环境，完成一次安全的助浴，提出防跌倒的家居改造建议，并填写照护记录交给家属。",
   qs=[("问题1 助浴前要评估哪些情况？", ["老人的血压、心率和精神状态，饭后一小时内不洗，室温调到二十四到二十六度。", "血压和精神状态，饭后不洗。", "室温二十四度以上。"]),
       ("问题2 浴室里怎样防止老人跌倒？", ["地面铺防滑垫，装扶手，用洗澡椅坐着洗，照护员始终在老人身边。", "防滑垫和扶手。", "坐着洗，人不离开。"])],
   hw=[("1. 水温怎样控制？", ["先放冷水再放热水，用水温计测到四十度左右，先让老人用手试。", "四十度左右。", "先冷后热。"]),
       ("2. 家居防跌倒改造有哪些建议？", ["夜里过道装感应灯，门槛去掉，常用东西放在伸手能拿到的高度。", "装感应灯，去门槛。", "东西放低。"])],
   outputs=[("居家照护记录（助浴）", "助浴二十分钟，过程平稳。"), ("防跌倒家居改造建议书", "建议加装扶手两处。")]),
 "goji": dict(major="电子商务", code="0603", course="网店运营与社群营销", task="中宁枸杞干果商品详情页设计与社群团购订单处理",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="中宁一家枸杞合作社的头茬干果上市，合作社想在网店上新并在本地的社群里开团。合作社负责人请电商班学员拍摄产品、设计商品详情页，写社群团购的接龙文案，开团后汇总订单、安排发货，处理客人提出的售后问题。",
   qs=[("问题1 详情页首屏要放什么？", ["产地和等级的主图、价格和规格，一句话卖点，比如头茬、颗粒大、无硫熏。", "主图、价格和卖点。", "头茬、无硫熏。"]),
       ("问题2 社群接龙文案怎样写？", ["开团时间、截团时间、规格价格、自提点和发货方式写清楚，第一行放接龙格式。", "写清截团时间和规格。", "第一行放接龙格式。"])],
   hw=[("1. 怎样判断枸杞是否硫熏？", ["硫熏的颜色鲜红发亮，闻有刺鼻味，泡水后水很红；自然晒干的颜色暗红。", "颜色鲜亮有刺鼻味。", "泡水水很红。"]),
       ("2. 客人说收到的枸杞受潮了怎么处理？", ["请客人拍照，核实批次，先补发或退款，再检查包装封口和仓库湿度。", "拍照核实后补发。", "检查封口。"])],
   outputs=[("商品详情页文案", "首屏突出头茬和无硫熏。"), ("社群团购接龙订单汇总", "共八十七单。")]),
 "interlock": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车高压系统检修", task="纯电动城市物流车高压互锁故障检测与排除",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="三门峡一家快递公司的纯电动物流车早上无法上高压电，仪表显示高压互锁故障。维修站站长请新能源班学员做好高压安全防护，读取故障码，按规程下电并验电，沿互锁回路检查各插接件，找出退针的插头并修复，上电验证后填写检测报告。",
   qs=[("问题1 高压互锁回路的作用是什么？", ["低压信号串过所有高压插接件，任何一个插头没插好回路就断开，整车不允许上高压。", "插头没插好就不许上高压。", "保护人身安全。"]),
       ("问题2 下电后为什么要等五分钟再验电？", ["电机控制器里的电容还存着电，等五分钟放电，再用万用表确认电压低于安全值。", "电容要放电。", "确认电压低于安全值。"])],
   hw=[("1. 怎样检查插接件退针？", ["断开插头，看端子是否后退、变形，用探针轻推端子，端子后退就是退针。", "看端子是否后退。", "用探针推。"]),
       ("2. 检修高压系统要穿戴哪些防护用品？", ["绝缘手套、绝缘鞋、护目镜，工具要用绝缘工具，工位铺绝缘垫。", "绝缘手套和绝缘鞋。", "护目镜和绝缘垫。"])],
   outputs=[("高压互锁故障检测报告", "动力电池包插头第三针退针。"), ("高压下电与验电记录", "母线电压降到零点八伏。")]),
 "wifi": dict(major="计算机网络应用", code="0301", course="无线局域网组建与维护", task="黄河湿地白天鹅保护站无线网络勘测与AP部署",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="每年冬天大批白天鹅飞到三门峡的黄河湿地越冬，保护站新建了观测楼和游客服务中心，需要覆盖无线网络，供监控摄像头回传和游客上网。保护站请网络班学员到现场勘测信号，规划AP点位和IP地址，完成交换机和AP的配置，测试漫游和带宽，最后提交勘测与部署报告。",
   qs=[("问题1 为什么要先做现场勘测？", ["墙体、玻璃和设备都会影响信号，先测出每个位置的信号强度，才能定AP的数量和位置。", "墙和玻璃会挡信号。", "定AP数量和位置。"]),
       ("问题2 监控和游客上网为什么要分VLAN？", ["分开后游客的流量不会影响摄像头回传，也防止游客访问监控设备。", "互不影响，更安全。", "游客访问不到监控。"])],
   hw=[("1. 相邻AP的信道怎样安排？", ["2.4G用1、6、11三个不重叠信道交错安排，5G选不同的信道。", "用1、6、11信道。", "相邻不同信道。"]),
       ("2. 怎样测试无线漫游？", ["拿终端一边走一边长时间ping网关，看切换AP时丢包有多少。", "边走边ping。", "看丢包。"])],
   outputs=[("无线信号勘测记录", "观测楼二层信号最弱。"), ("IP地址规划表", "监控VLAN 20，游客VLAN 30。")]),
 "bolt": dict(major="数控加工(数控车工)", code="0106", course="矿山备件螺栓类零件数控车削", task="金矿球磨机衬板螺栓数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="灵宝一家金矿的选矿车间球磨机要更换衬板，衬板螺栓需要补做一批。矿上机修车间的老师傅带来样件和图纸，请数控班学员分析图纸，编写加工工艺和程序，完成外圆、螺纹和退刀槽的车削，并在师傅指导下做首件检验。",
   qs=[("问题1 车螺纹前外圆为什么要车小一点？", ["车螺纹时材料会被挤出，外圆一般比公称直径小零点一到零点二毫米。", "材料会被挤出。", "小零点一到零点二。"]),
       ("问题2 为什么要先车退刀槽？", ["退刀槽给螺纹刀留出退刀位置，车螺纹时刀不会撞到台阶。", "给螺纹刀退刀。", "不会撞台阶。"])],
   hw=[("1. 怎样用螺纹环规检验螺纹？", ["通规能顺利旋入、止规旋入不超过两圈就是合格。", "通规进，止规不进。", "止规不超过两圈。"]),
       ("2. 长螺栓车削时怎样防止工件弯曲？", ["用一夹一顶装夹，尾座顶尖顶紧，切削量不能太大。", "一夹一顶。", "切削量小。"])],
   outputs=[("衬板螺栓加工工艺卡", "分粗车、精车、车槽、车螺纹四道工步。"), ("首件检验记录", "M30×2螺纹合格。"), ("加工程序单", "O3021，共五十一段。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="七台河市桃山技工学校", pack="dir", region="qth", course="belt", cls="机电2402班", size=42, seed=11,
         sidp="24090127", students=["姜浩博", "曲雨萌", "隋俊驰"], extra_class=["邢晓倩", "于泽洋"], absent_from_10=["于泽洋"],
         bad={"邢晓倩": "over"}, others_named=["宋德贵"], teachers=["孙立坤", "高秀玲"], roster="origin_list", headteacher="邢丽君",
         f8="briefing", f10="name_right", f11="plc_typed", f12="name_line_photo",
         findings=[("records.invalid_score", 10, False, "邢晓倩"), ("records.missing_student", 10, False, "于泽洋"),
                   ("records.count_mismatch", 10, False)],
         comment="the roster (typed, 42, with 生源地 and 住宿/走读) and the form (`42人（男…，女…）`) hold 于泽洋; item 10 (TYPED) "
                 "has 41 rows and none for him: records.missing_student and records.count_mismatch. Item 10's columns run "
                 "学号 first and 姓名 near the right end (after 总分, before a hand 学生签字 column); 邢晓倩 has 34 under `调试运行(30)` "
                 "(总分 the sum of her parts): records.invalid_score. Item 8 (scanned 250 gray) is headed by a 班前会/安全交底 block, "
                 "the plant's electrician 宋德贵 as 主持人 (not a student), the student as 参会人（签字）"),
    dict(school="七台河市桃山技工学校", pack="dir", region="qth", course="frontdesk", cls="酒店2401班", size=36, seed=12,
         sidp="24090504", students=["宋佳琦", "董子骞", "孙梦露"], others_named=["周桂珍", "郭长庚", "高立民"],
         teachers=["刘艳华", "徐宝山"], f8="header_table", f10="group_merged", f11="booking_typed", f12="hand_page",
         findings=[],
         comment="clean. Item 10 (TYPED): a register in 小组 blocks, the group's shared 小组成果(30) in one merged cell down its "
                 "rows, and an 附加分(≤5) column for three students explained under the table; 总分 = the three personal parts + "
                 "the group's mark + the bonus (never above 100). 36 rows = form `36人（男…，女…）`. Item 11 (typed): 团队分房表, "
                 "寄存登记 and 接待记录 naming the tour leader 郭长庚 and the guest 周桂珍 (not students), `接待员：<name>`. "
                 "Item 8: the front-office manager 高立民 signs as 企业指导. No roster"),
    dict(school="中宁县石空技工学校", pack="gbkzip", region="zn", course="bath", cls="照护2402班", size=39, seed=21,
         sidp="2464052902", students=["马秀芳", "丁嘉树", "拜思琦"], outsiders={"拜思琦": "照护2401班"}, out_sidp="2464052901",
         extra_class=["苏宏宇"], bad={"苏宏宇": "sum"}, others_named=["何桂英", "罗长福"],
         teachers=["马淑琴", "杨振川"], form_count="39",
         f8="care_head", f10="hand_fix", f11="care_typed", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "拜思琦"), ("records.invalid_score", 10, False, "苏宏宇")],
         comment="拜思琦 of the parallel class 照护2401班 (her class and 学号 on every page) is the third student of 8/11/12; item 10 "
                 "(39 rows = form) has no record of her: students.not_in_class. Item 10 (scanned 200 gray, goji berries on the "
                 "glass) carries four legal hand corrections (a typed part and the 总分 crossed out, the corrected marks written "
                 "beside them in red, the corrected total the sum); 苏宏宇's 总分 is 10 above the sum of his parts (no correction "
                 "on his row): records.invalid_score. The elders 何桂英 and 罗长福 (照护对象) are named on items 8 and 11. No roster"),
    dict(school="中宁县石空技工学校", pack="gbkzip", region="zn", course="goji", cls="电商2403班", size=40, seed=22,
         sidp="2464060303", students=["金晨曦", "田博远", "杨一涵"], items={12: ["金晨曦", "田博远"]},
         extra_class=["周子恒"], absent_from_10=["周子恒"], others_named=["陈淑兰"],
         teachers=["丁建勋", "李秀巧"], form_count="40",
         f8="digit_boxes", f10="process3", f11="order_shot", f12="keyboard_photo",
         findings=[("students.count", 12, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a laptop keyboard over the foot of each page) holds the homework of only TWO students, "
                 "金晨曦 and 田博远 (杨一涵's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. "
                 "Item 10 (TYPED) lists 39; the form says `共40名学生`: records.count_mismatch (周子恒 has no record; no roster). "
                 "Item 8 (1-bit 200): the 学号 written one digit a box. Item 11: screenshots of a 接龙 group-buy list, customers by "
                 "nickname, the group leader 陈淑兰 (团长) named, `客服：<name>`"),
    dict(school="三门峡市崤山技工学校", pack="zip", region="smx", course="interlock", cls="新能源2402班", size=38, seed=31,
         sidp="24411435", students=["姚宇浩", "段雅雯", "屈子聪"], items={11: ["姚宇浩", "段雅雯", "尚一凡"]},
         extra_class=["尚一凡", "薛家兴"], bad={"薛家兴": "over"}, others_named=["任保国"],
         teachers=["张书亮", "程丽萍"], form_count="38",
         f8="footer_name", f10="caption_max", f11="report_typed", f12="correction_book",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "薛家兴")],
         comment="item 11 (TYPED: 检测报告 and 下电验电记录, `检测员：<name>`) holds the works of 姚宇浩, 段雅雯 and classmate 尚一凡 "
                 "(with an item-10 record) instead of 屈子聪's (8 and 12 hold the three): students.mismatch. Item 10 (scanned 250 "
                 "gray, landscape) gives the maxima only in a 评分标准 line above the table (`故障检测35分`), the column heads carry "
                 "no numbers; 薛家兴 has 41 under 故障检测 (总分 the sum): records.invalid_score. Item 8: the student only in a footer "
                 "line at the foot of the page. The van's driver 任保国 (送修人) is named on items 8 and 11"),
    dict(school="三门峡市崤山技工学校", pack="zip", region="smx", course="wifi", cls="网络2401班", size=36, seed=32,
         sidp="24411301", students=["卫梓琪", "程晋鹏", "郭静雯"], items={8: ["卫梓琪", "程晋鹏"]},
         extra_class=["尚天成"], bad={"尚天成": "swap"}, roster="rollbook", headteacher="段志红", others_named=["屈文海"],
         teachers=["赵广利", "卫红霞"], form_count="36",
         f8="plain_line", f10="grade_gpa", f11="ip_typed", f12="exercise_mono",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "尚天成")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 gray) holds the worksheets of only TWO students, 卫梓琪 and 程晋鹏 (郭静雯's missing; 11 and 12 "
                 "hold the three): students.count on 8; students.mismatch optional. Item 10 (TYPED) has 总分, 等级 and 绩点 columns; "
                 "尚天成's 总分 is written with its digits swapped (the parts add to 87, the 总分 reads 78, 等级 and 绩点 follow the "
                 "wrong total): records.invalid_score. The roster is a phone photo of a 点名册 with week tick columns (36 = form "
                 "= item 10). The station's engineer 屈文海 signs item 11 as 验收人"),
    dict(school="三门峡市崤山技工学校", pack="zip", region="smx", course="bolt", cls="数控2402班", size=40, seed=33,
         sidp="24410106", students=["陈绍辉", "杨艺馨", "姚书豪"], others_named=["段国强"], other_class=("数控2401班", 38, "24410105"),
         teachers=["郭建设", "屈春生", "姚桂芝"], form_count="40",
         f8="mentor_head", f10="two_classes", f11="mentor_typed", f12="keyboard_photo1",
         findings=[],
         comment="clean. Item 10 (scanned 200 gray) is the department's register of TWO classes: first 数控2401班 (38 rows, "
                 "another class, not this submission's), then 数控2402班 (40 rows = form `学生40人`), each table with 过程考核(40%) "
                 "and 结果考核(60%) raw marks out of 100 and 总评 = 0.4×过程 + 0.6×结果, as the note says. Three teachers. The "
                 "mine's fitter 段国强 signs items 8 and 11 as 师傅 (not a student)"),
]

PROVINCE = {1: "黑龙江省七台河市", 2: "宁夏回族自治区中卫市中宁县", 3: "河南省三门峡市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 七台河: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 中宁: "项目08．工作页.pdf" (no leading number; the item name)
        return "项目%02d．%s.pdf" % (n, NAMES[n])
    return "%d、%s.pdf" % (n, NAMES[n])   # 三门峡: "8、工作页.pdf"


def form_name(s, c):
    return {1: ("申报书（%s）.docx" % c["major"], "docx"),
            2: ("%s申报书-%s.pdf" % (s["school"], s["cls"]), "pdf"),
            3: ("附件2 工学一体化优质课堂项目申报书.docx", "docx")}[grp(s)]


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

def form_cell(s):
    g = grp(s)
    if g == 1:
        return "学生人数", s["form_count"]
    if g == 2:
        return "授课班级", "%s（共%s名学生）" % (s["cls"], s["form_count"])
    return "授课对象", "%s　学生%s人" % (s["cls"], s["form_count"])


def form_count_text(s):
    return "%s | %s" % form_cell(s)


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    lab, val = form_cell(s)
    if g == 1:
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), (lab, val), ("学时", "%d" % c["hours"])]
    elif g == 2:
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                (lab, val), ("授课地点", c["station"])]
    else:
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                (lab, val), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>以学生为中心，按“获取信息—制定计划—做出决策—实施计划—过程控制—评价反馈”组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
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
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "briefing":   # a 班前会 / 安全交底 block heads the worksheet; the student signs as 参会人
            head = tbl([["班前会日期", hand(day(s, i), True), "班组", "第%s实训组" % "一二三四五六"[i % 6]],
                        ["主持人", "%s（选煤厂电气师傅）" % s["others_named"][0], "参会人（签字）", hand(n)],
                        [("安全交底：断电挂牌、验电后方可接线；调试时控制柜门前不得站人；急停按钮试验不少于三次。", ' colspan="4" align="left"')]],
                       width="100%", pad="4px 5px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页（含班前会记录）</h3>' % c["task"] + head +
                    "<p>班级：%s　　学号：%s</p>" % (hand(cl, True), hand(sid, True)) + sit + answers(c, rng, i) + comment)
        elif f == "header_table":   # a bordered head row 姓名 | 班级 | 学号
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = (title + head + "<p>企业指导：%s（前厅经理）　　日期：%s</p>" % (s["others_named"][2], day(s, i)) + sit +
                    answers(c, rng, i) + comment)
        elif f == "care_head":   # 照护员 (the student) beside the elder cared for
            head = tbl([["照护员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)],
                        ["照护对象", "%s（%d岁）" % (s["others_named"][i % 2], [82, 79, 85][i]), "服务地点", "石空镇居家养老服务站", "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "digit_boxes":   # the 学号 written one digit a box
            boxes = "".join('<td style="border:0.75pt solid #000;width:18px;padding:2px 3px" align="center">%s</td>' % hand(ch, True) for ch in sid)
            head = ('<table style="border-collapse:collapse"><tr><td style="padding:2px 6px">学号</td>%s'
                    '<td style="padding:2px 10px">姓名</td><td style="border:0.75pt solid #000;padding:2px 14px">%s</td></tr></table>'
                    % (boxes, hand(n)) + "<p>班级：%s　　　日期：%s</p>" % (hand(cl, True), hand(day(s, i), True)))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "footer_name":   # the student only in a footer line at the foot of the page
            body = (title + "<p>送修人：%s（快递公司司机）　　车型：纯电动厢式物流车</p>" % s["others_named"][0] + sit + answers(c, rng, i) + comment +
                    '<p>&nbsp;</p><hr/><p style="font-size:9pt">%s　　学号 %s　　填写人 %s　　第%d页</p>' % (hand(cl, True), hand(sid, True), hand(n), i + 1))
        elif f == "plain_line":   # 班级：＿ 姓名：＿ 学号：＿
            head = '<p>班级：＿%s＿　　姓名：＿%s＿　　学号：＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "mentor_head":   # 学员 beside 师傅
            head = tbl([["学员", hand(n, True), "师傅", s["others_named"][0] + "（金矿机修车间）"], ["班级", hand(cl, True), "工位", hand("%d号车床" % (3 + i), True)]],
                       width="90%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"briefing": "x-scanpdf:250", "header_table": "x-scanpdf:200:color", "care_head": "x-scanpdf:200:goji",
            "digit_boxes": "x-scanpdf:200:mono", "footer_name": "x-scanpdf:250", "plain_line": "x-scanpdf:200",
            "mentor_head": "x-scanpdf:200:color"}[f]
    return "08.html", html(PB.join(pages), "10pt", font="Noto Serif CJK SC"), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title, cls=None):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], cls or s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def fix(old, new):
    return '<strike>%s</strike> %s' % (old, hand(str(new), True, "#b8231a"))


def grade(t):
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 70 else "及格" if t >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "name_right":   # 学号 first, the parts, 总分, then 姓名 near the right end, 备注 last
        parts = [("安装接线", 30), ("程序编写", 30), ("调试运行", 30), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["学号"] + ["%s(%d)" % p for p in parts] + ["总分", "姓名", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 34
            note = "组长" if k % 7 == 0 else ""
            out.append(trow([sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), n, note], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>本表共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "group_merged":   # blocks of six, the group's shared mark in one merged cell, a bonus column
        pers = [("礼仪规范", 20), ("接待流程", 30), ("行李服务", 15)]
        hd = ["组别", "序号", "姓名", "学号"] + ["%s(%d)" % p for p in pers] + ["小组成果(30)", "附加分(≤5)", "总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        bonus_at = {4: 5, 17: 3, 29: 4}
        for g0 in range(0, len(rec), 6):
            members = rec[g0:g0 + 6]
            gm = rng.randint(20, 27)
            for j, n in enumerate(members):
                k = g0 + j
                v = part_scores(rng, pers, 0.6, 0.92)
                b = bonus_at.get(k, 0)
                tot = sum(v) + gm + b
                if tot > 100:
                    b -= tot - 100
                    tot = 100
                cells = []
                if j == 0:
                    cells.append(td("第%s组" % "一二三四五六七"[g0 // 6], ' align="center" rowspan="%d"' % len(members), pad))
                cells += [td(x, ' align="center"', pad) for x in [str(k + 1), n, sid_of(s, n)] + [str(x) for x in v]]
                if j == 0:
                    cells.append(td(str(gm), ' align="center" rowspan="%d"' % len(members), pad))
                cells += [td(x, ' align="center"', pad) for x in [str(b) if b else "", str(tot)]]
                out.append("<tr>%s</tr>" % "".join(cells))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：1. 小组成果分为本组成员的共同得分，按小组填写一次。2. 附加分为参加市级酒店服务技能大赛获奖的学生加分（最多5分）。"
                "3. 总分＝礼仪规范＋接待流程＋行李服务＋小组成果＋附加分，最高100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "hand_fix":   # hand corrections (crossed out, the new mark in red beside); the corrected total is the sum
        parts = [("照护评估", 20), ("助浴操作", 40), ("防跌倒指导", 25), ("职业素养", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        cand = [k for k, n in enumerate(rec) if n not in bad and n not in s["students"]]
        fixes = set(rng.sample(cand, 4))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.86)
            cells = [str(x) for x in v]
            tot = sum(v)
            if k in fixes:
                p = rng.randrange(4)
                new = min(parts[p][1], v[p] + rng.randint(2, 4))
                cells[p] = fix(v[p], new)
                tcell = fix(tot, tot - v[p] + new)
            elif bad.get(n) == "sum":
                tcell = str(tot + 10)
            else:
                tcell = str(tot)
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [tcell], "1px 3px"))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：更正处已由评分教师签字确认。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:gojiedge"
    if f == "process3":   # three 平时 marks, 实操, 报告, 总分, 等级
        parts = [("平时1", 10), ("平时2", 10), ("平时3", 10), ("实操", 50), ("报告", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "caption_max":   # landscape; the maxima only in a 评分标准 line above the table
        parts = [("安全防护", 20), ("高压下电", 30), ("故障检测", 35), ("报告填写", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p for p, _ in parts] + ["总分", "评价教师"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v = [16, 24, 41, 12]
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), t[k % 2]], "1px 4px"))
        body = (head10(s, c, "学习任务考核评分记录") +
                "<p>评分标准：安全防护20分，高压下电30分，故障检测35分，报告填写15分，满分100分。</p>" + table(out) + sign)
        return "10.html", html(body, "10pt", compact=True, page="size:297mm 210mm;margin:1.0cm 1.5cm"), "x-scanpdf:250"
    if f == "grade_gpa":   # 总分, 等级 and 绩点
        parts = [("现场勘测", 25), ("点位规划", 25), ("设备配置", 30), ("测试验收", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级", "绩点"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v)
            if bad.get(n) == "swap":
                v = [22, 21, 26, 18]   # 87, written 78
                tot = 78
            gp = "%.1f" % ((tot - 50) / 10.0) if tot >= 60 else "0"
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot), gp], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：等级 优≥90，良80—89，中70—79，及格60—69；绩点＝（总分－50）÷10。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "two_classes":   # the department's register: another class first, then this class; weighted 总评
        oc, on, osid = s["other_class"]
        blocks = []
        for cl, names, sp in ((oc, s["other_klass"], osid), (s["cls"], rec, None)):
            out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程考核<br/>（占40%）", "结果考核<br/>（占60%）", "总评"]], pad)]
            for k, n in enumerate(names):
                p, r = rng.randint(62, 96), rng.randint(58, 97)
                sid = (sp + "%02d" % (k + 1)) if sp else sid_of(s, n)
                out.append(trow([str(k + 1), sid, n, str(p), str(r), "%.1f" % (0.4 * p + 0.6 * r)], "1px 3px"))
            blocks.append(head10(s, c, "%s　学习任务考核记录" % cl, cl) + table(out, "88%") + "<p>%s共%d人。</p>" % (cl, len(names)))
        body = (PB.join(blocks) + "<p>注：过程考核、结果考核均按百分制评分，总评＝过程考核×40%＋结果考核×60%。本表为数控专业两个教学班同一学习任务的考核记录。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

GROUPBUY = ["王姐", "马阿姨", "小丁", "海燕", "李老师", "周师傅", "金花嫂", "老杨", "苏大姐", "田叔", "何姐", "罗阿姨"]


def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    o = s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "plc_typed":
                parts.append('<h3 style="text-align:center">%s</h3><p>调试人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["地址", "元件", "说明"], ["I0.0", "SB1", "启动按钮"], ["I0.1", "SB2（常闭）", "急停"], ["I0.%d" % (2 + i), "SQ%d" % (1 + j), "跑偏开关"],
                                  ["Q0.0", "KM1", "一号输送机"], ["Q0.1", "KM2", "二号输送机"]], width="80%") +
                             "<p>结论：%s</p><p>验收：%s（选煤厂电气师傅）　　%s</p>" % (desc, o[0], t[j % 2]))
            elif f == "booking_typed":
                parts.append('<h3 style="text-align:center">%s</h3><p>接待员：%s（%s）　　日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["团队名称", "广州冰雪观光团", "领队", o[1]], ["人数", "46人", "房间", "23间"],
                                  ["特殊要求", "客人%s需低楼层无烟房" % o[0], "备注", desc]], width="90%") +
                             "<p>前厅经理：%s</p>" % o[2])
            elif f == "care_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", o[j % 2], "年龄", "%d岁" % [82, 79][j % 2]], ["照护员", n, "班级", cl],
                                  ["服务内容", desc, "日期", day(s, 30 + i)], ["家属确认", "已确认", "指导教师", t[j % 2]]], width="90%"))
            elif f == "order_shot":
                if j == 0:
                    parts.append('<h3>%s</h3><p>文案撰写：%s　　%s</p><p>【首屏】中宁头茬枸杞　颗粒大　无硫熏　500克装</p><p>【卖点】%s</p>'
                                 '<p>【规格】250克／500克／1000克礼盒</p>' % (title, n, cl, desc))
                else:
                    rows = ["<p>%d. %s　%s×%d　%s</p>" % (k + 1, GROUPBUY[(k + 3 * i) % 12], ["500g", "250g", "礼盒"][(k + i) % 3], 1 + (k * 7 + i) % 3,
                                                         ["自提", "快递"][(k + i) % 2]) for k in range(9)]
                    parts.append('<p style="background:#ededed">　中宁头茬枸杞团购群（312）</p><p><b>团长 %s：</b>#接龙 头茬枸杞今晚八点截团，自提点石空镇服务站</p>'
                                 % o[0] + "".join(rows) + '<p>客服：%s（%s）　　本次共%d单</p>' % (n, cl, 9 + i * 4))
            elif f == "report_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车辆", "纯电动厢式物流车", "送修人", o[0]], ["检测员", "%s（%s）" % (n, cl), "复核", t[j % 2]],
                                  ["检测结论", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "ip_typed":
                parts.append('<h3 style="text-align:center">%s</h3><p>规划人：%s　　班级：%s</p>' % (title, n, cl) +
                             tbl([["VLAN", "用途", "网段", "网关"], ["10", "管理", "10.10.10.0/24", "10.10.10.1"], ["20", "监控", "10.10.20.0/24", "10.10.20.1"],
                                  ["30", "游客", "10.10.%d.0/23" % (30 + 2 * i), "10.10.%d.1" % (30 + 2 * i)]], width="84%") +
                             "<p>说明：%s</p><p>验收人：%s（保护站工程师）</p>" % (desc, o[0]))
            elif f == "mentor_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "衬板螺栓M30×2", "数量", "12件"], ["操作者", "%s（%s）" % (n, cl), "师傅", o[0]],
                                  ["检验", t[j % 3], "结论", desc]], width="92%"))
            else:
                raise SystemExit(f)
    meth = "x-scanpdf:200:shot" if f == "order_shot" else "pdf"
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
            if f == "correction_book":
                qa += [q, "> 原答：" + a[2 - (i + qi) % 2], "! ✗", "> 订正：" + a[0], "! √", ""]
            else:
                qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_page":
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f == "plain_photo":
            head = ["课后作业（居家照护）", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f in ("keyboard_photo", "keyboard_photo1"):
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　学号%s" % (n, cl, sid)]
        elif f == "correction_book":
            head = ["错题订正本", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "exercise_mono":
            head = ["无线网络课后练习", "> 班级 %s　姓名 %s　学号 %s" % (cl, n, sid[-2:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:2", "hand_page": "x-scan:200:4", "plain_photo": "x-photo:200:1",
            "keyboard_photo": "x-photo:200:2:keyboard", "correction_book": "x-scan:250:3:color", "exercise_mono": "x-scan:200:1:mono",
            "keyboard_photo1": "x-photo:200:1:keyboard"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    return "男" if (n[1:] in MALE or n[2:] in MALE) else "女"


ORIGIN = ["新兴区", "桃山区", "茄子河区", "勃利县", "鸡西市", "双鸭山市", "佳木斯市"]


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "origin_list":   # 生源地 and 住宿/走读
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "生源地", "住宿情况"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), ORIGIN[(j * 5 + 3) % 7], "走读" if j % 4 == 1 else "住校"], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生花名册</h2><p style="text-align:center">2024—2025学年第一学期</p>' % (s["school"], s["cls"]) +
                table(rows, width="86%") + "<p>班主任：%s　　　共%d人（男%d人，女%d人）</p>" % (
                    s["headteacher"], len(k), sum(sex_of(n) == "男" for n in k), sum(sex_of(n) == "女" for n in k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生花名册.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "rollbook":   # a 点名册 with week tick columns, photographed
        wk = ["第%d周" % w for w in range(1, 9)]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 3px") for x in ["序号", "姓名", "学号"] + wk)]
        rng = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            ticks = [hand(rng.choice(["√", "√", "√", "√", "√", "假", "迟"]), True) for _ in wk]
            rows.append(trow([str(j + 1), n, sid_of(s, n)] + ticks, "0px 3px"))
        body = ('<h3 style="text-align:center">%s　点名册</h3><p>班级：%s　　班主任：%s　　人数：%d</p>' % (s["school"], s["cls"], s["headteacher"], len(k)) +
                table(rows, width="100%"))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单（点名册）.pdf\tx-scanpdf:200:photo\troster\t0" % s["cls"])
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
    truth = {"comment": "Ninety-eighth held-out people corpus (testdata/heldout98), the format of testdata/heldout28/truth.json. "
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
    for w in ["七台河", "中宁", "三门峡", "桃山", "石空", "崤山"]:
        if w in EARLIER_TEXT or w in EARLIER_READMES:
            raise SystemExit("%s was used by an earlier corpus" % w)
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT or w in EARLIER_READMES:
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
        rng = random.Random(s["seed"] * 7919 + 98)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s.get("other_class"):
            s["other_klass"] = draw_class(rng, s["other_class"][1], [], avoid + s["klass"], s["region"])
        if grp(s) == 1:
            k = s["klass"]
            s["form_count"] = "%d人（男%d人，女%d人）" % (len(k), sum(sex_of(n) == "男" for n in k), sum(sex_of(n) == "女" for n in k))
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
            "other_class_in_item10": {"class": s["other_class"][0], "names": s["other_klass"]} if s.get("other_class") else {},
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
