#!/usr/bin/env python3
"""Write the sources of the eightieth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 鹤壁市
(Henan), 天津市静海区 (Tianjin) and 石河子市 (Xinjiang, 兵团第八师).

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
# the truth files read for names, tasks and courses to avoid (heldout79 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 79)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 鹤壁 (豫北: 王 李 张 刘 郭 杨 赵 + 申 牛 原 常 司 娄 of the
# 淇县 and 浚县 villages), 静海 (王 李 张 刘 杨 赵 + 于 孙 高 边 纪 郝 贾 of the 子牙河 villages), 石河子 (兵团 families
# from 河南, 四川, 甘肃, 山东: 王 张 李 刘 陈 杨 + 何 罗 魏 唐 蒋 邓)
SURNAMES = {
    "hb": list("王王王王李李李张张张张刘刘刘郭郭杨杨赵赵陈申牛原常司娄宋马王张李郭"),
    "jh": list("王王王王李李李李张张张刘刘刘杨杨赵赵于孙孙高边纪郝贾韩王张李刘"),
    "sh": list("王王王王张张张李李李刘刘陈陈杨杨何罗魏唐蒋邓赵周胡马吴王张李"),
}
# given names: a new list, the everyday names of students born around 2008
GIVEN2 = ("一鸣 子墨 思远 雨萱 若曦 梓涵 浩宇 俊熙 欣悦 佳怡 明轩 嘉懿 语桐 沐辰 皓轩 诗琪 馨月 宇航 泽楷 梦琪 "
          "晨阳 安琪 博文 睿泽 可馨 嘉怡 铭泽 昊然 雅琳 心怡 奕辰 锦程 书瑶 一诺 天佑 梓萌 俊豪 思琪 子轩 靖雯 "
          "紫琳 宏博 家豪 佳琪 瑞雪 子健 晓彤 振宇 雨泽 芷晴 浩楠 欣妍 晟睿 家乐 思彤 润泽 怡然 天翊 佳琳 承泽 "
          "文博 雨欣 凯文 佳颖 子豪 梦瑶 志豪 雅婷 鑫磊 晓雯 "
          "子航 雅楠 欣然 宇轩 艺涵 冰洁 新宇 炳辰 泓宇 金泽 尚儒 庆林 朝晖 治宇 彦博 瀚文 楚涵 婉清 沛然 骏驰 "
          "柏霖 翰林 凌霄 景行 煜城 钰涵 歆瑶 珂欣 涵宇 若彤 梦洁 诗雨 晓萌 乐怡 悦彤 依诺 雨婷 佳慧 思雨 美琪 "
          "欣瑜 雪晴 佳宁 静怡 海洋 世杰 建宇 博涛 鹏飞 文杰 泽宇 宇鑫 翔宇 兆丰 国栋 永康 少杰 梓豪 铭宇 晨轩 "
          "明哲 立恒 启明 嘉乐 思源 锦轩 正阳 志远 林峰 舒畅 雨桐 冠宇 星宇 昕怡 语嫣 妙可 宛如 晓琪 紫萱").split()
GIVEN1 = list("昊琳博阳悦鑫磊婷")

GIVEN2 += "思齐 雨辰 沐阳 子涵 梓睿 一凡 景瑞 诗涵 若琳 奕涵 俊辰 宇泽 浩然 雨菲 欣雨 佳乐 怡宁 子萱 博宇 晨曦 修远 知遥 清妍 语汐".split()

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
 "harness": dict(major="机电一体化技术", code="0127", course="自动化检测工装电气控制装调", task="汽车线束端子压接检测工装PLC控制系统装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="鹤壁一家汽车线束厂新上了一条端子压接线，压接后要用检测工装逐个检查拉脱力和压接高度，原来靠人工判定，漏检较多。设备科请机电班学员按工装的动作要求绘制电气原理图，完成PLC的I/O分配和接线，编写气缸夹紧、拉力检测和合格分拣的程序，联机调试后填写调试记录并交付设备科。",
   qs=[("问题1 为什么要先做I/O分配表再接线？", ["把每个按钮、传感器、电磁阀对应到PLC的哪个点先写清楚，接线和编程都照着表来，不容易接错。", "接线和编程都照着表，不接错。", "每个点对应清楚。"]),
       ("问题2 拉力检测不合格时程序要怎样动作？", ["夹紧气缸先松开，分拣气缸把端子推到不合格料盒，红灯亮并计数，等操作工确认后再开始下一件。", "推到不合格料盒，红灯亮。", "计数，确认后再开始。"])],
   hw=[("1. 气缸动作不到位可能是什么原因？", ["气压太低、节流阀开得太小、磁性开关位置不对或者电磁阀卡滞。", "气压低或节流阀太小。", "磁性开关位置不对。"]),
       ("2. 调试记录要写哪些内容？", ["调试日期、程序版本、每个动作的测试结果、发现的问题和处理办法、调试人和验收人。", "测试结果和处理办法。", "调试人和验收人。"])],
   outputs=[("压接检测工装I/O分配表", "输入十四点，输出九点。"), ("联机调试记录", "连续检测两百件，误判零件。")]),
 "transfer": dict(major="健康与社会照护", code="0529", course="卒中后老年人居家照护", task="卒中后居家老人床椅转移与助行器行走照护",
   hours=16, station="社会照护一体化学习工作站",
   situation="淇滨区一个社区的居家养老服务站，有几位卒中后出院回家的老人，一侧手脚无力，下床坐轮椅和在家里走动都要人帮。服务站站长请照护班学员上门评估老人的肢体功能和家居环境，制订床椅转移和助行器行走的照护计划，在家属面前示范并教会家属，最后填写上门服务记录。",
   qs=[("问题1 床椅转移前要检查哪些地方？", ["轮椅刹车是否刹好、脚踏板是否翻起、床和轮椅的高度是否差不多，老人的鞋是否防滑。", "轮椅刹车和脚踏板。", "老人的鞋防滑。"]),
       ("问题2 照护员应站在老人的哪一侧？为什么？", ["站在老人的患侧，用膝盖抵住患侧膝部，防止患腿打软跌倒。", "站在患侧。", "防止患腿打软。"])],
   hw=[("1. 使用四脚助行器的步骤是什么？", ["先把助行器向前移一步，再迈患侧腿，最后迈健侧腿，每步不要太大。", "先移助行器，再迈患腿。", "步子不要太大。"]),
       ("2. 怎样教会家属做转移？", ["先讲要点，再示范一遍，请家属在我们看着的情况下做两遍，纠正后写在照护卡上。", "先讲再示范。", "家属做两遍。"])],
   outputs=[("居家环境评估与照护计划", "卫生间加装扶手两处。"), ("上门服务记录", "家属已能独立协助转移。"), ("照护卡", "贴在老人床头。")]),
 "charger": dict(major="新能源汽车检测与维修", code="0435", course="纯电动物流车充电系统检修", task="城配纯电动物流车交流充电口无法充电故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="静海一家物流园的城配纯电动物流车有一台插上交流充电枪后仪表不显示充电，车队等着第二天一早出车。维修站主管请新能源班学员接车问诊，按高压安全规程下电、验电，检查充电口的CC和CP信号、车载充电机的低压供电和通讯，找出故障并排除，最后做充电验证和交车说明。",
   qs=[("问题1 测量充电口CC电阻的目的是什么？", ["CC电阻告诉车辆充电枪已经插好以及线缆的额定电流，阻值不对车辆就不会开始充电。", "判断充电枪是否插好。", "阻值不对不充电。"]),
       ("问题2 检修高压部件前要做哪些安全措施？", ["戴绝缘手套，断开维修开关，等待五分钟以上，用万用表验电确认无电压后再操作。", "断开维修开关，验电。", "戴绝缘手套。"])],
   hw=[("1. CP信号占空比有什么含义？", ["充电桩用占空比告诉车辆它能提供的最大电流，车载充电机按这个电流充电。", "告诉车辆最大电流。", "充电机按这个电流充。"]),
       ("2. 交车时要向司机说明什么？", ["故障原因、更换的零件、充电时注意先插枪再刷卡，以及保修期限。", "故障原因和更换零件。", "保修期限。"])],
   outputs=[("故障诊断报告", "充电口CC端子退针。"), ("充电验证记录", "充电功率六点六千瓦。"), ("交车说明单", "司机已签字确认。")]),
 "teabreak": dict(major="饭店(酒店)服务", code="0504", course="会议与宴会茶歇服务", task="温泉度假酒店行业年会会间茶歇布置与服务",
   hours=16, station="酒店服务一体化学习工作站",
   situation="团泊湖边一家温泉度假酒店承接了一场三百人的行业年会，会议两天，上下午各有一次二十分钟的茶歇。酒店宴会部经理请酒店服务班学员根据会议日程和客户的要求设计茶歇台的布局和品种，计算备货数量，分工完成布台、补台、引导和收台，并在会后做客户满意度回访。",
   qs=[("问题1 茶歇台为什么要分成两面取用？", ["三百人二十分钟内取完，一面排队太慢，两面同时取用能减少排队，还要把饮品和点心分开放。", "两面取用减少排队。", "饮品和点心分开。"]),
       ("问题2 补台的时机怎样掌握？", ["盘里剩三分之一时就补，不能等空盘，补的时候从后面换整盘，不在客人面前倒。", "剩三分之一就补。", "从后面换整盘。"])],
   hw=[("1. 三百人的茶歇咖啡要准备多少？", ["按每人一点五杯算，约四百五十杯，再留一成余量。", "约四百五十杯。", "留一成余量。"]),
       ("2. 客户回访要问哪些问题？", ["品种是否合口味、数量够不够、服务员是否及时、下次会议还有什么要求。", "口味和数量。", "下次的要求。"])],
   outputs=[("茶歇台布局图与备货单", "咖啡四百五十杯，点心六种。"), ("茶歇服务记录", "补台七次，无空盘。")]),
 "wifi": dict(major="计算机网络应用", code="0301", course="工厂车间无线网络部署", task="棉纺厂细纱车间无线网络覆盖勘测与AP部署",
   hours=18, station="网络工程一体化学习工作站",
   situation="石河子一家棉纺厂的细纱车间要上生产管理系统，挡车工用手持终端扫码报产量，但车间里机器多、棉絮多，原来的无线信号时有时无。厂里的信息科请网络班学员到车间做信号勘测，画出覆盖热图，确定AP的位置、信道和功率，完成安装配置和漫游测试，并写出验收报告。",
   qs=[("问题1 为什么要先做现场勘测再定AP位置？", ["车间里的细纱机是金属的，会挡信号，只有现场测了才知道哪里弱，AP放在哪里才能覆盖到。", "金属机器挡信号。", "测了才知道哪里弱。"]),
       ("问题2 相邻AP的信道怎样安排？", ["2.4G只用1、6、11三个不重叠信道，相邻的AP错开，避免互相干扰。", "用1、6、11错开。", "避免互相干扰。"])],
   hw=[("1. 车间里的棉絮对AP有什么影响？", ["棉絮会堵住散热孔，AP过热会重启，所以要选防尘外壳并定期清理。", "堵散热孔会过热。", "选防尘外壳。"]),
       ("2. 漫游测试怎样做？", ["拿手持终端边走边扫码，看切换AP时是否断线，记录切换时间。", "边走边看是否断线。", "记录切换时间。"])],
   outputs=[("车间无线信号勘测报告", "弱覆盖区三处。"), ("AP部署与配置清单", "共部署十二台AP。"), ("漫游测试记录", "切换时间均小于一百毫秒。")]),
 "dapanji": dict(major="烹饪(中式烹调)", code="0501", course="兵团风味面食与炖菜制作", task="大盘鸡与皮带面兵团食堂风味套餐制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="石河子一家兵团老字号食堂要在周末推出一款大盘鸡配皮带面的双人套餐，请学校烹饪班帮助定型。食堂主厨请学员按标准菜谱准备原料，完成斩鸡、炒糖色、炖制和拉面，控制出餐时间和份量，核算每份成本，并在食堂窗口试卖一天，收集顾客意见。",
   qs=[("问题1 炒糖色时火候怎样控制？", ["小火把冰糖炒化，冒大泡转小泡、颜色变成枣红时马上下鸡块，火大了会发苦。", "小火，枣红色时下鸡块。", "火大了发苦。"]),
       ("问题2 皮带面的面团为什么要醒？", ["面团醒够四十分钟，面筋松弛，拉的时候不容易断，煮出来也更筋道。", "拉的时候不容易断。", "醒四十分钟。"])],
   hw=[("1. 大盘鸡的土豆什么时候下？", ["鸡肉炖到七成熟再下土豆，太早土豆会炖烂把汤汁弄浑。", "鸡肉七成熟再下。", "太早会炖烂。"]),
       ("2. 怎样核算一份套餐的成本？", ["把鸡、土豆、面粉、调料和燃料的用量折算成金额相加，再除以份数。", "用料折成金额相加。", "除以份数。"])],
   outputs=[("大盘鸡制作记录", "出餐时间二十五分钟。"), ("套餐成本核算单", "每份成本三十八元。"), ("试卖顾客意见汇总", "收回意见卡六十二张。")]),
 "dripper": dict(major="数控加工(数控车工)", code="0106", course="农机管件接头数控车削", task="棉田滴灌首部过滤器快接螺纹接头数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="春播前，石河子周边团场的滴灌首部过滤器有一批快接螺纹接头损坏，农机服务站要得急。服务站请学校数控车间按样件加工二十件。车间主任请数控班学员测绘样件，编写加工工艺和程序，完成外圆、内孔和管螺纹的车削，做首件检验并交付。",
   qs=[("问题1 车管螺纹前为什么要先车到螺纹大径？", ["螺纹大径车准了，牙型才完整，和过滤器上的内螺纹才能拧得紧、不漏水。", "牙型完整，拧得紧。", "不漏水。"]),
       ("问题2 车螺纹时为什么要分几刀车？", ["一刀车到底切削力太大会扎刀，分几刀递减吃刀量，牙面才光。", "一刀会扎刀。", "分几刀牙面光。"])],
   hw=[("1. 怎样检验管螺纹是否合格？", ["用螺纹环规检验，通规能拧进去、止规拧不进去为合格。", "用环规，通规进止规不进。", "环规检验。"]),
       ("2. 铝合金件车削时要注意什么？", ["转速可以高一些，刀具要锋利，及时排屑，防止粘刀和划伤表面。", "刀要锋利，及时排屑。", "防止粘刀。"])],
   outputs=[("快接接头首件检验记录", "管螺纹G1合格。"), ("加工程序单", "O2318，共三十六段。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="鹤壁市淇河技工学校", pack="dir", region="hb", course="harness", cls="机电2402班", size=40, seed=11,
         sidp="24060127", students=["申浩然", "郭雨菲", "牛景瑞"], items={12: ["申浩然", "郭雨菲"]},
         extra_class=["常修远"], bad={"常修远": "over"}, others_named=["娄建设"], other_class=("机电2401班", 38, "24060127"),
         teachers=["司红伟", "原素芳"], form_label="学生人数", form_count="40人",
         f8="cover_sheet", f10="two_classes", f11="io_typed", f12="stapled_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "常修远")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a calculator lying on the sheet) holds the homework of only TWO students, 申浩然 and 郭雨菲 "
                 "(牛景瑞's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (TYPED, "
                 "landscape) is the teacher's register of BOTH classes she teaches: first 机电2401班's table (38 rows, not this class), "
                 "then 机电2402班's (40 rows = form `学生人数 | 40人`); in this class's table 常修远 has 24 under `程序编写(20)` (总分 "
                 "the sum): records.invalid_score. Item 8 (scanned 200 gray, coins on the glass): a printed cover page per student "
                 "(姓名/班级/学号/指导教师 lines) then the answer page. The factory's 娄建设 signs the 调试记录 as 验收人 (item 11). No roster"),
    dict(school="鹤壁市淇河技工学校", pack="dir", region="hb", course="transfer", cls="照护2401班", size=36, seed=12,
         sidp="24060529", students=["王清妍", "杨知遥", "宋怡宁"], others_named=["赵桂英", "李德山", "刘秀珍", "张庆芝"],
         teachers=["陈淑敏", "牛红霞"], form_label="授课班级", form_count="照护2401班（共36人）", roster="dorm", headteacher="马春玲",
         f8="visit_form", f10="bonus", f11="care_typed", f12="hand_page",
         findings=[],
         comment="clean. The roster is a 学生住宿安排表: the class under its dormitory rooms (女生 and 男生 blocks), each room with "
                 "its 舍长 marked, and the dorm keeper 张庆芝 named in the foot (not a student); 36 = form `照护2401班（共36人）` = item 10. "
                 "Item 10 (TYPED) has an `附加分` column explained in a note (技能节获奖或志愿服务加分，总分＝各项之和＋附加分，不超过100); "
                 "the elders 赵桂英 and 李德山 and the daughter 刘秀珍 are named as 服务对象/家属 on the worksheets (item 8) and service "
                 "records (item 11). Item 12: handwriting pages, scanned"),
    dict(school="天津市静海区团泊技工学校", pack="gbkzip", region="jh", course="charger", cls="新能2401班", size=42, seed=21,
         sidp="2412043501", students=["于沐阳", "边子萱", "纪梓睿"], outsiders={"纪梓睿": "新能2402班"}, out_sidp="2412043502",
         extra_class=["郝宇泽"], bad={"郝宇泽": "sum"}, others_named=["贾国强"],
         teachers=["孙骥堂", "韩金凤"], form_label="班级规模", form_count="42名学生",
         f8="station_log", f10="grade_beside", f11="report_typed", f12="name_strip_photo",
         findings=[("students.not_in_class", 8, True, "纪梓睿"), ("records.invalid_score", 10, False, "郝宇泽")],
         comment="纪梓睿 of the parallel class 新能2402班 (his class and 学号 241204350222 on his worksheet, typed reports and "
                 "homework) is the third student of 8/11/12; item 10 (42 rows = form `42名学生`) has no record of him: "
                 "students.not_in_class. Item 10 (scanned 300 dpi 1-bit) has a two-row head (过程考核（40）/ 结果考核（60）) and an "
                 "`等级` column beside 总分; 郝宇泽's 总分 is 7 below the sum of his parts (等级 as the printed 总分): "
                 "records.invalid_score. The fleet's 贾国强 signs the 交车说明单 as 车队长 (not a student). No roster"),
    dict(school="天津市静海区团泊技工学校", pack="gbkzip", region="jh", course="teabreak", cls="酒店2401班", size=40, seed=22,
         sidp="2412050401", students=["孙语汐", "高沁怡", "张芮溪"], extra_class=["边若琳"], absent_from_10=["边若琳"],
         others_named=["郝占奎"], teachers=["纪美华", "李蕴秋"], form_label="授课对象", form_count="酒店2401班，学生40名",
         roster="contact", headteacher="刘绪芬",
         f8="role_card", f10="rank_remark", f11="layout_typed", f12="plain_photo",
         findings=[("records.missing_student", 10, False, "边若琳"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 班级通讯录: 学号 姓名 性别 家长姓名 家长电话, 40 rows; the PARENTS' names stand in their own "
                 "column) and the form (`酒店2401班，学生40名`) hold 边若琳; item 10 (TYPED, 名次 and 备注 columns) has 39 rows and none "
                 "for her: records.missing_student and records.count_mismatch. The hotel's banquet manager 郝占奎 is named on the "
                 "worksheets and the service records (not a student)"),
    dict(school="石河子市绿洲技工学校", pack="zip", region="sh", course="wifi", cls="网络2401班", size=36, seed=31,
         sidp="24310301", students=["何岷熙", "罗思齐", "唐一凡"], extra_class=["蒋博宇", "魏晨曦"], absent_from_10=["魏晨曦"],
         bad={"蒋博宇": "over"}, others_named=["邓建疆"],
         teachers=["罗树彬", "胡婉菊"], form_label="人数", form_count="36",
         f8="two_col_head", f10="slash_max", f11="survey_typed", f12="color_scan_hand",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "蒋博宇")],
         comment="item 10 is a PHONE PHOTO of the printed register (a calculator lying on the sheet's lower corner): 35 rows, the form "
                 "says `人数 | 36` (no roster): records.count_mismatch; the maxima are written in the head as `勘测记录/20`; 蒋博宇 has "
                 "23 under `勘测记录/20` (总分 the sum): records.invalid_score. The mill's 信息科 邓建疆 is named as 验收人 on item 11"),
    dict(school="石河子市绿洲技工学校", pack="zip", region="sh", course="dapanji", cls="烹饪2402班", size=38, seed=32,
         sidp="24310501", students=["邓雨辰", "周予萌", "吴砚秋"], others_named=["马国庆", "王德珍", "李满仓"],
         teachers=["唐永福", "蒋春燕", "何建国"], form_label="授课班级人数", form_count="38人（男21人，女17人）",
         f8="plain_line", f10="weighted", f11="dish_typed", f12="exercise_book",
         findings=[],
         comment="clean. Item 10 (colour scan 200) is weighted: 过程考核 and 成果考核 each out of 100, 总评＝过程×40%＋成果×60% "
                 "(rounded), as the head and the note say; 38 rows = form `38人（男21人，女17人）` (the 21 and 17 are not the class size). "
                 "The canteen's head chef 马国庆 is named on items 8 and 11, two customers (王德珍, 李满仓) on the 试卖 feedback (item 11). "
                 "Three teachers. No roster"),
    dict(school="石河子市绿洲技工学校", pack="zip", region="sh", course="dripper", cls="数控2401班", size=40, seed=33,
         sidp="24310106", students=["陈俊辰", "赵栩晨", "刘翊铭"], items={11: ["陈俊辰", "赵栩晨", "吴骏驰"]},
         extra_class=["吴骏驰", "周沛然"], bad={"周沛然": "sum"}, others_named=["杨新民"],
         teachers=["魏国平", "唐晓琴"], form_label="班级人数", form_count="40",
         f8="header_table", f10="max_bottom", f11="inspection_typed", f12="scan_coins",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "周沛然")],
         comment="item 11 (TYPED 首件检验记录, `操作者：<name>（班级）`) holds the works of 陈俊辰, 赵栩晨 and classmate 吴骏驰 (with an "
                 "item-10 record) instead of 刘翊铭's (items 8 and 12 hold the three): students.mismatch. Item 10 (TYPED, landscape) "
                 "has its maxima in a `满分` row at the BOTTOM of the table; 周沛然's 总分 is 6 above the sum of his parts: "
                 "records.invalid_score. 40 rows = form `40`"),
]

PROVINCE = {1: "河南省鹤壁市", 2: "天津市静海区", 3: "新疆生产建设兵团第八师石河子市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}



def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 鹤壁: "08-工作页.pdf"
        return "%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 静海: "8、工作页（机电2402班）.pdf"
        return "%d、%s（%s）.pdf" % (n, NAMES[n], s["cls"])
    return "%d_%s.pdf" % (n, NAMES[n])   # 石河子: "8_工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：%s申报书.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s-申报书.pdf" % s["cls"], "pdf"),
            3: ("工学一体化优质课堂项目申报书（%s）.docx" % c["course"], "docx")}[grp(s)]


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
    return "%s | %s" % (s["form_label"], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"])]
    if s["form_label"] not in ("授课班级", "授课对象"):
        rows.append(("授课班级", s["cls"]))
    rows += [(s["form_label"], s["form_count"]), ("学时", "%d" % c["hours"]), ("授课地点", c["station"])]
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
        if f == "cover_sheet":   # a printed cover page per student, then the answer page
            line = lambda k, v: '<p style="margin-left:22%%;font-size:15pt">%s：<u>　%s　</u></p>' % (k, v)
            cover = ('<p style="text-align:center;font-size:13pt;margin-top:60pt">%s</p>' % s["school"] +
                     '<p style="text-align:center;font-size:26pt;margin-top:30pt"><b>学 习 工 作 页</b></p>' +
                     '<p style="text-align:center;font-size:13pt;margin-bottom:70pt">%s</p>' % c["task"] +
                     line("课程名称", c["course"]) + line("班　　级", hand(cl, True)) + line("姓　　名", hand(n)) +
                     line("学　　号", hand(sid, True)) + line("指导教师", t[0]))
            body = cover + PB + '<h3 style="text-align:center">%s</h3>' % c["task"] + sit + answers(c, rng, i) + comment
        elif f == "visit_form":   # the elder and the relative stand in the head, the student below them
            head = tbl([["服务对象", hand(s["others_named"][i % 2], True), "年龄", hand(str(74 + 3 * i), True), "家属", hand(s["others_named"][2], True)],
                        ["照护员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>上门服务学习工作页</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    '<p>家属意见：%s　　家属签名：%s</p>' % (hand(["很耐心，教得清楚", "满意", "谢谢同学们"][i % 3], True), hand(s["others_named"][2], True, BLACK)) + comment)
        elif f == "station_log":   # a bay log head; the student small at the top right
            head = tbl([["工位", "3号工位", "车牌号", hand("津A·D%04d" % (2318 + 7 * i), True), "接车时间", hand(day(s, i)[5:] + " 8:30", True)]],
                       width="100%", pad="4px 4px")
            body = ('<p style="text-align:right;font-size:9pt">维修人员：%s　学号：%s　%s</p>' % (hand(n, True), hand(sid, True), hand(cl, True)) +
                    '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"] + head + sit + answers(c, rng, i) + comment)
        elif f == "role_card":   # the student's role in the service, the hotel's manager as guide
            head = tbl([["岗位角色", hand(["布台员", "补台员", "引导员"][i % 3], True), "姓名", hand(n, True)],
                        ["学号", hand(sid, True), "班级", hand(cl, True)], ["酒店指导", s["others_named"][0] + "（宴会部经理）", "日期", hand(day(s, i), True)]],
                       width="86%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "two_col_head":   # a box at the top right with 姓名 and 学号 stacked, 班级 at the left
            box = tbl([["姓名", hand(n, True)], ["学号", hand(sid, True)], ["得分", '<span %s>%d</span>' % (RED, 86 + 3 * i)]], width="34%", pad="3px 6px")
            body = ('<table width="100%%"><tr><td style="vertical-align:bottom">班级：%s<br/>%s</td><td align="right">%s</td></tr></table>' % (hand(cl, True), c["course"], box) +
                    title + sit + answers(c, rng, i) + comment)
        elif f == "header_table":   # a bordered head row 班级 | 姓名 | 学号 | 机床
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "机床", hand("CK61%02d" % (40 + i), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级 学号 姓名 line; the head chef named
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + "<p>企业指导：%s（食堂主厨）</p>" % s["others_named"][0] + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"cover_sheet": "x-scanpdf:200:coins", "visit_form": "x-scanpdf:250", "station_log": "x-scanpdf:200:color",
            "role_card": "x-scanpdf:200:skew2", "two_col_head": "x-scanpdf:300:mono", "header_table": "x-scanpdf:200:color",
            "plain_line": "x-scanpdf:150"}[f]
    font = {"header_table": "Noto Sans CJK SC", "station_log": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    land = "size:A4 landscape;margin:1.0cm 1.2cm"
    if f == "two_classes":   # the teacher's register of both classes she teaches, the other class first
        parts = [("电路设计", 20), ("I/O分配与接线", 25), ("程序编写", 20), ("联机调试", 25), ("安全文明", 10)]
        hd = trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)
        blocks = []
        for cname, names, sidp, over in ((s["other_class"][0], s["other_rows"], s["other_class"][2], False), (s["cls"], rec, None, True)):
            out = [hd]
            for k, n in enumerate(names):
                v = part_scores(rng, parts)
                if over and bad.get(n) == "over":
                    v[2] = 24
                sid = sid_of(s, n) if over else "%s%02d" % (sidp.replace("0127", "0126"), k + 1)
                out.append(trow([str(k + 1), sid, n] + [str(x) for x in v] + [str(sum(v)), ""], pad))
            blocks.append('<p><b>班级：%s　　（%d人）</b></p>' % (cname, len(names)) + table(out))
        body = ('<p style="text-align:center"><b>%s　学习任务考核成绩登记表（任课教师：%s）</b></p><p>课程：%s　　学习任务：%s　　考核日期：%s</p>'
                % (s["school"], t[1], c["course"], c["task"], day(s, 11)) + blocks[0] + PB + blocks[1] + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page=land), "pdf"
    if f == "bonus":   # an 附加分 column explained under the table
        parts = [("照护评估", 20), ("计划制订", 20), ("转移操作", 30), ("家属指导", 20), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>%d分" % p for p in parts] + ["附加分", "总分"]], pad)]
        bon = set(rng.sample(range(len(rec)), 7))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            b = rng.randint(2, 5) if k in bon else 0
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [("+%d" % b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：附加分为本学期技能节获奖或社区志愿服务加分（2～5分），总分＝各项得分之和＋附加分，总分不超过100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "grade_beside":   # two-row head, 等级 beside 总分
        parts = [("安全防护", 10), ("问诊记录", 10), ("检测方案", 20), ("故障诊断", 30), ("修复验证", 20), ("交车", 10)]
        h1 = '<tr>%s%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>学号</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40）</b>", ' align="center" colspan="3"', pad),
                                         td("<b>结果考核（60）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>等级</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>%s<br/>(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.95)
            tot = sum(v) - (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>等级：优≥90，良80～89，中70～79，及格60～69。</p>" + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:300:mono"
    if f == "rank_remark":   # 名次 and 备注 columns
        parts = [("茶歇设计", 20), ("备货计算", 15), ("布台", 25), ("补台与服务", 25), ("回访", 15)]
        vals = [part_scores(rng, parts) for _ in rec]
        tots = [sum(v) for v in vals]
        order = sorted(range(len(rec)), key=lambda k: -tots[k])
        rank = {k: 1 + sum(1 for j in range(len(rec)) if tots[j] > tots[k]) for k in order}
        out = [trow(["<b>%s</b>" % x for x in ["学号", "姓名"] + ["%s（%d）" % p for p in parts] + ["总分", "名次", "备注"]], pad)]
        for k, n in enumerate(rec):
            rem = "组长" if k % 8 == 0 else ""
            out.append(trow([sid_of(s, n), n] + [str(x) for x in vals[k]] + [str(tots[k]), str(rank[k]), rem], pad))
        body = head10(s, c, "学习任务考核成绩一览表") + table(out) + "<p>本表按学号排列。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "slash_max":   # the maxima written in the head as 项目/满分; photographed
        parts = [("勘测记录", 20), ("热图绘制", 20), ("AP安装配置", 30), ("漫游测试", 20), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s/%d" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 23
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核登记表") + table(out) + sign
        return "10.html", html(body, "10pt", compact=True), "x-scanpdf:200:photo:calc"
    if f == "weighted":   # 过程 and 成果 out of 100 each, 总评 weighted
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程考核<br/>（百分制）", "成果考核<br/>（百分制）", "总评<br/>（40%＋60%）"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(66, 97), rng.randint(62, 98)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(int(a * 0.4 + b * 0.6 + 0.5))], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out, width="80%") +
                "<p>注：总评＝过程考核×40%＋成果考核×60%，四舍五入取整。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color"
    if f == "max_bottom":   # the 满分 row at the bottom of the table, landscape
        parts = [("样件测绘", 15), ("工艺编制", 15), ("程序编写", 20), ("车削加工", 35), ("检验", 10), ("6S", 5)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["合计"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        out.append(trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page=land), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    o = s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "io_typed":   # 调试人 and the factory's 验收人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["设备", "端子压接检测工装", "编号", "YJ-%02d" % (3 + i)], ["调试人", "%s（%s）" % (n, cl), "学号", sid],
                                  ["结果", desc, "日期", day(s, 30 + i)], ["验收人", o[0] + "（设备科）", "指导教师", t[j % 2]]], width="92%"))
            elif f == "care_typed":   # 照护员, the elder and the family
                parts.append('<h3>%s</h3>' % title + tbl([["服务对象", o[i % 2], "家属", o[2]], ["照护员", n, "班级", cl],
                                                          ["服务日期", day(s, 30 + i), "督导", t[j % 2]], ["记录", (desc, ' colspan="3"')]], width="90%"))
            elif f == "report_typed":   # 诊断人, the fleet's 车队长
                parts.append('<h3>%s</h3><p>车辆：城配纯电动物流车　车牌：津A·D%04d　　诊断人：%s　班级：%s　学号：%s</p>' % (title, 2318 + 7 * i, n, cl, sid) +
                             "<p>结论：%s</p><p>车队长（签字）：%s　　质检：%s　　%s</p>" % (desc, o[0], t[j % 2], day(s, 30 + i)))
            elif f == "layout_typed":   # 设计人 and the client
                parts.append('<h3 style="text-align:center">%s</h3><p>设计人：%s　　%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["品种", "数量", "位置"], ["咖啡、红茶", "450杯", "A面"], ["点心六种", "每种60份", "B面"], ["水果", "4盘", "两端"]], width="80%") +
                             "<p>说明：%s</p><p>客户方确认：%s（酒店宴会部经理）</p>" % (desc, o[0]))
            elif f == "survey_typed":   # 勘测人 and the mill's 验收人
                parts.append('<h3>%s</h3>' % title + tbl([["勘测人", n, "班级", cl], ["区域", "细纱车间%d号弄" % (2 + j), "设备", "手持终端、笔记本"],
                                                          ["结论", desc, "验收人", o[0]]], width="90%") + "<p>日期：%s</p>" % day(s, 30 + i))
            elif f == "dish_typed":   # 制作人, the head chef, the customers' cards
                if j == 2:
                    parts.append('<h3>%s</h3><p>汇总人：%s（%s）</p>' % (title, n, cl) +
                                 tbl([["顾客", "意见"], [o[1], "鸡肉入味，面再宽一点更好"], [o[2], "份量足，价格合适"]], width="80%") + "<p>%s</p>" % desc)
                else:
                    parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                              ["成品评价", desc, "评价人", o[0] + "（主厨）"]], width="90%"))
            elif f == "inspection_typed":   # 操作者 and 检验员
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "快接螺纹接头", "图号", "DG-25-%02d" % (1 + j)], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 2]],
                                  ["外径", "φ38 0/-0.04", "%.2f" % (37.98 - 0.01 * i), "合格"], ["螺纹", "G1", "环规通止", "合格"]], width="92%") +
                             "<p>备注：%s　　交付：%s（农机服务站）</p>" % (desc, o[0]))
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
        if f == "stapled_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_page":
            head = ["课后作业", "> 班级：%s　姓名：%s" % (cl, n)]
        elif f == "name_strip_photo":
            head = ["课后作业（充电系统）", "> %s　%s　%s" % (cl, sid, n)]
        elif f == "plain_photo":
            head = ["会议服务　课后作业", "> 姓名 %s　学号 %s" % (n, sid[-2:])]
        elif f == "color_scan_hand":
            head = ["无线网络课后练习", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        elif f == "scan_coins":
            head = ["数控车削课后作业", "> 学号：%s　姓名：%s" % (sid, n), "> 班级：%s" % cl]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"stapled_photo": "x-photo:200:2:calc", "hand_page": "x-scan:200:4", "name_strip_photo": "x-photo:180:1",
            "plain_photo": "x-photo:200:2", "color_scan_hand": "x-scan:200:3:color", "exercise_book": "x-photo:200:1",
            "scan_coins": "x-scan:250:4:coins"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    return "男" if n[1:] in ("嘉懿", "铭泽", "奕辰", "天佑", "浩楠", "子健", "振宇", "宇航", "睿泽", "博文", "俊豪", "浩宇", "晨阳", "俊熙",
                            "家乐", "子墨", "天翊", "昊然", "承泽", "一鸣", "子轩", "宏博", "家豪", "志豪", "鑫磊", "泽楷", "皓轩", "明轩",
                            "沐辰", "锦程", "文博", "凯文", "子豪", "晟睿", "润泽", "思远", "昊", "博", "阳", "鑫", "磊") else "女"




def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    hd = lambda xs: '<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in xs)
    if r == "dorm":   # the class under its dormitory rooms, 舍长 marked, the dorm keeper in the foot
        girls = [n for n in k if sex_of(n) == "女"]
        boys = [n for n in k if sex_of(n) == "男"]
        rows = [hd(["宿舍", "床位", "姓名", "学号", "舍长"])]
        for label, block, base in (("女生（3号楼）", girls, 312), ("男生（5号楼）", boys, 508)):
            rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px;background:#eeeeee">%s</td></tr>' % label)
            for j, n in enumerate(block):
                room = base + j // 6
                rows.append(trow(["%d室" % room if j % 6 == 0 else "", str(1 + j % 6), n, sid_of(s, n), "√" if j % 6 == 0 else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生住宿安排表（名单）</h2>' % (s["school"], s["cls"]) + table(rows, width="78%") +
                "<p>全班共%d人（女生%d人，男生%d人）。　　班主任：%s　　宿管员：%s</p>" % (len(k), len(girls), len(boys), s["headteacher"], s["others_named"][3]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s住宿名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "contact":   # a class contact list: the parents' names in their own column
        rows = [hd(["序号", "学号", "姓名", "性别", "家长姓名", "家长电话"])]
        parents = []
        prng = random.Random(s["seed"] * 31)
        for j, n in enumerate(k):
            p = n[0] + prng.choice(["建华", "国庆", "秀英", "淑珍", "立军", "凤英", "海涛", "玉兰", "志强", "桂芳", "长青", "红梅"])
            if prng.random() < 0.3:
                p = prng.choice("王李张刘杨赵于孙") + prng.choice(["秀云", "淑华", "丽娟", "春梅", "艳玲"])
            while used(p) or any(near(p, x) for x in k) or p in TAKEN or p in parents:
                p = prng.choice("王李张刘杨赵于孙高边纪郝贾韩宋冯") + prng.choice(["秀云", "淑华", "丽娟", "春梅", "艳玲", "建国", "树林", "金生", "宝华", "德顺",
                                                                         "桂荣", "凤霞", "振江", "文忠", "玉珍", "长海", "金凤", "福来", "淑兰", "广才"])
            parents.append(p)
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), p, "1%d%d****%04d" % (3 + j % 6, j % 10, (j * 389 + 1207) % 10000)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s班级通讯录</h2><p style="text-align:center">%s　2024年9月</p>' % (s["cls"], s["school"]) +
                table(rows, width="90%") + "<p>班主任：%s　　共%d名学生</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（通讯录）.pdf\tpdf\troster\t0" % s["cls"])
        return dedup(parents)
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
    truth = {"comment": "Eightieth held-out people corpus (testdata/heldout80), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 80)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s.get("other_class"):
            s["other_rows"] = draw_class(rng, s["other_class"][1], [], avoid + s["klass"], s["region"])
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
            "class_size_on_form": s["size"], "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + extra_named,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"],
            "other_class_rows_in_item10": {s["other_class"][0]: s["other_rows"]} if s.get("other_class") else {}}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
