#!/usr/bin/env python3
"""Write the sources of the 123rd held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 张家界
(Hunan), 永城 (Henan, 商丘) and 永济 (Shanxi, 运城).

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
# the truth files read for names, tasks and courses to avoid (heldout124 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 123)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 张家界 (湘西北: 张 李 王 刘 and the Tujia families 田 向 覃 彭 谷 卓 龚 唐),
# 永城 (豫东: 王 李 张 刘 陈 杨 and 朱 徐 胡 郭 丁 宋 吕 葛 任), 永济 (晋南: 王 张 李 杨 刘 and 薛 柴 卫 裴 畅 姚 吉 景)
SURNAMES = {
    "zj": list("张张张李李李王王王刘刘田田田向向向覃覃唐唐杨彭彭朱谷卓龚吴黄"),
    "yc": list("王王王王李李李张张张刘刘刘陈陈杨杨赵孙朱徐胡郭丁宋吕葛任魏"),
    "yj": list("王王王张张张李李李杨杨刘刘薛薛柴卫裴畅姚孙郭赵吉景"),
}
GIVEN2 = ("一鸣 子墨 思远 雨萱 若曦 梓涵 浩宇 俊熙 欣悦 佳怡 明轩 嘉懿 语桐 沐辰 皓轩 诗琪 馨月 宇航 泽楷 梦琪 "
          "晨阳 安琪 博文 睿泽 可馨 嘉怡 铭泽 昊然 雅琳 心怡 奕辰 锦程 书瑶 一诺 天佑 梓萌 俊豪 思琪 子轩 靖雯 "
          "紫琳 宏博 家豪 佳琪 瑞雪 子健 晓彤 振宇 雨泽 芷晴 浩楠 欣妍 晟睿 家乐 思彤 润泽 怡然 天翊 佳琳 承泽 "
          "文博 雨欣 凯文 佳颖 子豪 梦瑶 志豪 雅婷 鑫磊 晓雯 子航 雅楠 欣然 宇轩 艺涵 冰洁 新宇 炳辰 泓宇 金泽 "
          "尚儒 庆林 朝晖 治宇 彦博 瀚文 楚涵 婉清 沛然 骏驰 柏霖 翰林 凌霄 景行 煜城 钰涵 歆瑶 珂欣 涵宇 若彤 "
          "梦洁 诗雨 晓萌 乐怡 悦彤 依诺 雨婷 佳慧 思雨 美琪 欣瑜 雪晴 佳宁 静怡 海洋 世杰 建宇 博涛 鹏飞 文杰 "
          "泽宇 宇鑫 翔宇 兆丰 国栋 永康 少杰 梓豪 铭宇 晨轩 明哲 立恒 启明 嘉乐 思源 锦轩 正阳 志远 林峰 舒畅 "
          "雨桐 冠宇 星宇 昕怡 语嫣 妙可 宛如 晓琪 紫萱 清扬 若谷 牧之 知远 南乔 以宁 栖梧 听澜 望舒 砚秋").split()
GIVEN1 = list("昊琳博阳悦鑫磊婷湘澧")


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
        sur = rng.choice(SURNAMES[region])
        for _ in range(400):
            name = sur + (rng.choice(GIVEN1) if rng.random() < 0.08 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="前厅服务与管理", task="景区度假酒店旺季团队入住接待与宾客投诉处理",
   hours=16, station="酒店前厅服务一体化学习工作站",
   situation="暑期旺季，张家界武陵源景区附近一家度假酒店每天下午同时到店三四个旅游团，前台排队时间长，宾客投诉房间不是预订的山景房。酒店前厅经理请酒店班学员分析团队入住流程，设计分组快速入住方案，在模拟前台完成登记、排房、发卡，并按投诉处理程序处理宾客投诉、填写宾客意见处理记录。",
   qs=[("问题1 团队到店前前台要做哪些准备？", ["提前核对团队名单和房型，预先排房、制好房卡装进信封，按团号摆放。", "提前排房，房卡按团号装好。", "核对名单和房型。"]),
       ("问题2 宾客投诉房型不符时先做什么？", ["先请宾客到安静处坐下，认真听完，道歉，再查预订记录，不和客人争辩。", "先倾听、道歉，再查预订。", "不争辩，先安抚。"])],
   hw=[("1. 处理投诉的“LEARN”五步是什么？", ["倾听、共情、道歉、解决、通知相关部门，最后回访。", "倾听、道歉、解决。", "解决后回访。"]),
       ("2. 为什么团队入住要分组办理？", ["按团号分几组同时办理，导游统一交证件，宾客不用一个一个排队。", "几组同时办理，排队短。", "导游统一交证件。"])],
   outputs=[("团队快速入住方案", "分三组办理，每团平均用时九分钟。"), ("宾客投诉处理案例报告", "升级为山景房，宾客表示满意。")]),
 "care": dict(major="健康与社会照护", code="0529", course="养老机构老人进食照护", task="养老院半失能老人协助进食与防噎呛照护",
   hours=16, station="健康照护一体化学习工作站",
   situation="张家界市区一家养老院有十几位半失能老人需要协助进食，近期有老人吃饭时发生呛咳。护理部主任请照护班学员评估老人的吞咽功能，调整食物性状，摆好进食体位，协助老人安全进食，学会识别噎呛并进行海姆立克急救，做好照护记录。",
   qs=[("问题1 协助进食时老人应取什么体位？", ["能坐起的取坐位，身体稍前倾；卧床的把床头摇高三十到五十度，头偏向一侧。", "坐位前倾或床头摇高。", "卧床的头偏向一侧。"]),
       ("问题2 怎样判断老人发生了噎呛？", ["突然不能说话、面色发紫、双手抓住颈部，咳嗽无力，要马上急救。", "不能说话，手抓颈部。", "面色发紫，要急救。"])],
   hw=[("1. 吞咽困难的老人食物怎样调整？", ["做成糊状或软食，不吃干硬和黏的食物，汤水可以加增稠剂。", "做成糊状或软食。", "汤水加增稠剂。"]),
       ("2. 进食后为什么要保持坐位半小时？", ["防止食物反流引起误吸，同时观察有无呛咳。", "防止反流误吸。", "观察有无呛咳。"])],
   outputs=[("老人进食照护计划", "每餐前评估一次吞咽情况。"), ("进食照护记录单", "本周未发生呛咳。"), ("防噎呛宣教海报", "张贴在餐厅门口。")]),
 "wiring": dict(major="机电一体化技术", code="0127", course="机电设备电气控制系统安装与调试", task="煤矿井下带式输送机顺序启停控制电路安装与调试",
   hours=18, station="机电设备安装调试一体化学习工作站",
   situation="永城一家煤矿的洗煤厂要改造两条带式输送机的控制电路，要求逆煤流启动、顺煤流停车，任一台故障时前面的输送机全部停车。设备科请机电班学员读懂控制要求，画出电气原理图和接线图，编制线号表，在实训台上完成安装接线，通电调试并填写调试记录。",
   qs=[("问题1 为什么要逆煤流启动？", ["先开后面的输送机，再开前面的，煤落下来时后面已经在转，不会堆煤压死。", "后面的先转，不会堆煤。", "防止堆煤。"]),
       ("问题2 线号为什么要两端一致？", ["一根线两头套同样的线号管，检修时一看就知道这根线从哪里来到哪里去。", "两头一样，好查线。", "检修时好找。"])],
   hw=[("1. 热继电器在电路中起什么作用？", ["电动机长时间过载时，热继电器动作断开控制回路，保护电动机。", "过载保护。", "过载时断开控制回路。"]),
       ("2. 通电调试前要检查什么？", ["用万用表检查主回路和控制回路有无短路，核对接线和线号，确认接地可靠。", "查短路和接线。", "确认接地。"])],
   outputs=[("输送机顺序控制接线图", "共二十六个线号。"), ("通电调试记录", "顺序启停和故障联锁均正常。")]),
 "network": dict(major="计算机网络应用", code="0301", course="中小型企业网络组建与维护", task="县城物流分拣中心无线网络规划与交换机配置",
   hours=18, station="网络组建与运维一体化学习工作站",
   situation="永城一家物流公司的分拣中心扩建，仓库里的手持扫码枪经常断网。信息部请网络班学员现场勘查，画出网络拓扑图，规划VLAN和IP地址，配置核心交换机和接入交换机，部署无线接入点并测试漫游，最后写出验收报告。",
   qs=[("问题1 为什么要把扫码枪单独划一个VLAN？", ["扫码枪和办公电脑分开，广播不互相影响，出了问题也好排查。", "分开，广播不影响。", "好排查。"]),
       ("问题2 仓库里AP怎样布置信号才好？", ["货架是金属的，AP装在通道上方，相邻AP用不同信道，信号重叠百分之十五左右。", "装在通道上方，信道错开。", "信号重叠一点。"])],
   hw=[("1. Trunk口和Access口有什么区别？", ["Trunk口能通过多个VLAN，连交换机；Access口只属于一个VLAN，连终端。", "Trunk多个VLAN，Access一个。", "Access连终端。"]),
       ("2. 扫码枪断网怎样排查？", ["先看信号强度，再看是否拿到IP地址，最后看漫游切换时有没有掉线。", "看信号和IP。", "看漫游有没有掉线。"])],
   outputs=[("分拣中心网络拓扑与IP规划", "划分四个VLAN。"), ("交换机配置文档", "核心交换机配置一百二十行。"), ("无线网络验收报告", "漫游切换时间小于五十毫秒。")]),
 "nev": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车动力电池检测与维护", task="电动出租车动力电池包绝缘故障检测与维护",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="永济一家出租车公司的几辆纯电动出租车仪表报绝缘故障，车辆限功率行驶。维修站主管请新能源班学员做好高压安全防护，按规程下电，用绝缘电阻测试仪测量动力电池包和高压线束的绝缘电阻，找出故障点，更换损坏的高压连接器密封件，上电验证后填写检测报告。",
   qs=[("问题1 断开高压维修开关后为什么还要等五分钟？", ["电机控制器里的电容还存着电，要等它放电，测量电压低于安全值才能操作。", "等电容放电。", "测电压低于安全值。"]),
       ("问题2 绝缘电阻测量时选多大电压档？", ["按电池包的额定电压选，四百伏左右的系统用五百伏档。", "用五百伏档。", "按额定电压选。"])],
   hw=[("1. 高压作业要穿戴哪些防护用品？", ["绝缘手套、绝缘鞋、护目镜，绝缘手套使用前要做气密检查。", "绝缘手套和绝缘鞋。", "手套先查气密。"]),
       ("2. 绝缘故障常见在什么位置？", ["高压连接器进水、线束磨破、电池包密封不良进水。", "连接器进水。", "线束磨破。"])],
   outputs=[("动力电池包绝缘检测报告", "故障点在后端高压连接器。"), ("高压下电与上电作业记录", "下电后电压为零点八伏。"), ("维护作业评价表", "作业规范。")]),
 "shaft": dict(major="数控加工(数控车工)", code="0106", course="轴类零件数控车削编程与加工", task="黄河滩区灌溉水泵传动轴数控车削加工",
   hours=18, station="数控车削加工一体化学习工作站",
   situation="永济黄河滩区春灌前，一家农机合作社的几台灌溉水泵传动轴磨损断裂，需要赶制一批。合作社送来样件，车间主任请数控班学员测绘零件，编写加工工艺卡和数控程序，完成外圆、台阶、螺纹和退刀槽的车削，自检后交检验。",
   qs=[("问题1 车细长轴为什么要用一夹一顶？", ["轴比较长，只用卡盘夹，车到远端会让刀和振动，用尾座顶尖顶住刚性好。", "一夹一顶刚性好。", "防止让刀振动。"]),
       ("问题2 车螺纹前外圆要车到多大？", ["比螺纹大径小零点一到零点二毫米，这样车出的螺纹牙顶不会太尖。", "比大径小零点一到零点二。", "牙顶不尖。"])],
   hw=[("1. G71和G70分别做什么？", ["G71是外圆粗车循环，G70是精车循环，粗车后留余量再精车。", "G71粗车，G70精车。", "粗车后留余量。"]),
       ("2. 退刀槽有什么作用？", ["车螺纹或磨削时让刀具退出，装配时端面能贴紧。", "让刀具退出。", "装配贴紧。"])],
   outputs=[("传动轴加工工艺卡", "分粗车、精车、切槽、车螺纹四道工步。"), ("传动轴数控程序单", "O2208，共五十八段。"), ("首件自检记录", "各尺寸合格。")]),
 "noodle": dict(major="烹饪(中式烹调)", code="0501", course="晋南面食与热菜制作", task="蒲州羊肉胡卜与晋南炖菜宴席热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="永济一家农家乐接到一场三十桌的寿宴，主菜要做晋南风味的羊肉胡卜和炖菜。农家乐主厨请烹饪班学员按宴席标准菜谱准备原料，完成羊肉焯水炖制、蒸馍掰块和炖菜装盘，控制出菜顺序，核算每桌成本并做好后厨卫生。",
   qs=[("问题1 羊肉为什么要冷水下锅焯水？", ["冷水下锅，随着水温升高血水慢慢逼出来，肉不会一下子收紧，去腥更彻底。", "血水逼得干净。", "去腥彻底。"]),
       ("问题2 宴席热菜出菜顺序怎样安排？", ["先出凉菜，再出大菜、炖菜，最后面食和汤，按桌号同时出。", "先凉菜后大菜。", "按桌号同时出。"])],
   hw=[("1. 炖菜为什么要小火慢炖？", ["小火保持微开，肉炖得酥烂，汤汁清不浑。", "肉酥烂，汤清。", "保持微开。"]),
       ("2. 宴席成本怎样核算？", ["主料、辅料、调料分别计算，再加燃料费，除以桌数得每桌成本。", "分别计算再相加。", "除以桌数。"])],
   outputs=[("羊肉胡卜制作记录", "炖制九十分钟。"), ("宴席炖菜制作记录", "装盘三十份。"), ("宴席成本核算单", "每桌成本三百二十元。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="张家界市澧水技工学校", pack="dir", region="zj", course="hotel", cls="酒店2402班", size=36, seed=11,
         sidp="24430504", students=["覃语嫣", "田嘉湘", "卓文博"], items={11: ["覃语嫣", "田嘉湘", "龚雨桐"]},
         extra_class=["龚雨桐", "向楚涵"], bad={"向楚涵": "over"}, others_named=["谷春燕", "林守义"],
         teachers=["彭丽华", "唐湘琼"], form_count="36人", count_label="班级规模",
         f8="roleplay", f10="grade5", f11="case_typed", f12="phone_photo",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "向楚涵")],
         comment="item 11 (TYPED 服务案例报告, `报告人：<name>`) holds the reports of 覃语嫣, 田嘉湘 and classmate 龚雨桐 (with an item-10 "
                 "record) instead of 卓文博's (items 8 and 12 hold the three): students.mismatch. Item 10 (colour scan 300 dpi, landscape) "
                 "is a register with a 五级制 grade beside the 总分; 向楚涵 has 34 under `投诉处理(30)` (总分 the sum): records.invalid_score. "
                 "Item 8 (scanned 200 gray): a ROLE-PLAY sheet whose role table names the teacher playing the guest and the hotel's "
                 "大堂副理 谷春燕 (not a student); the student as `填写人`. The guest 林守义 is named on the case reports. No roster"),
    dict(school="张家界市澧水技工学校", pack="dir", region="zj", course="care", cls="照护2401班", size=40, seed=12,
         sidp="24430529", students=["向梓萌", "彭雅楠", "谷晨轩"], others_named=["田桂英", "王满仓"],
         teachers=["吴素娥", "覃志刚"], form_count="40人（男6人，女34人）", count_label="授课班级人数", roster="contacts", headteacher="黄楚云",
         f8="scorebox", f10="weighted_bonus", f11="careplan_typed", f12="hand_scan_peanut",
         findings=[],
         comment="clean. The roster is a 班级通讯录 with a 家长姓名 column (40 parents named, none a student) = form `40人（男6人，女34人）` "
                 "= 40 rows of item 10 (scanned 250 gray): 自评/互评/师评 out of 100 each, 综合 = 20%/30%/50% (one decimal), a 加分 "
                 "column (技能竞赛、志愿服务, at most 3) and 总评 = 综合 + 加分, all explained under the table. The residents 田桂英 and "
                 "王满仓 are named on worksheets and care plans (not students). Item 8: a score box at the top right `得分 | 评阅 | "
                 "学生签名` with the name signed inside it. Item 12: handwriting, scanned with peanut shells on the glass"),
    dict(school="永城市芒砀山技工学校", pack="gbkzip", region="yc", course="wiring", cls="机电2402班", size=40, seed=21,
         sidp="2441012702", students=["葛浩宇", "吕听澜", "任子航"], extra_class=["丁梦瑶", "胡砚秋"], absent_from_10=["丁梦瑶"],
         bad={"胡砚秋": "sum"}, teachers=["宋建设", "朱红梅"], form_count="机电2402班，共40名学生", count_label="授课班级及人数",
         roster="photo_list", headteacher="魏淑芬",
         f8="titleblock", f10="max_note", f11="debug_typed", f12="plain_photo",
         findings=[("records.missing_student", 10, False, "丁梦瑶"), ("records.count_mismatch", 10, False),
                   ("records.invalid_score", 10, False, "胡砚秋")],
         comment="the roster (a printed list PHOTOGRAPHED with a phone, two columns of names, 40) and the form (`机电2402班，共40名学生`) "
                 "hold 丁梦瑶; item 10 (TYPED, landscape) has 39 rows and none for her: records.missing_student and "
                 "records.count_mismatch. Item 10 writes the maxima only in a note ABOVE the table (`各项满分：…`), the head has the "
                 "bare part names; 胡砚秋's 总分 is 7 above the sum of his parts: records.invalid_score. Item 8 (scanned 250 gray): a "
                 "线号表 worksheet with the student only in a drawing TITLE BLOCK at the bottom right (`绘制 <hand> | 审核 <teacher>`)"),
    dict(school="永城市芒砀山技工学校", pack="gbkzip", region="yc", course="network", cls="网络2401班", size=38, seed=22,
         sidp="2441030101", students=["丁牧之", "葛佳慧", "陈砚舟"], outsiders={"陈砚舟": "网络2302班"}, out_sidp="2341030102",
         extra_class=["吕望舒"], bad={"吕望舒": "sum"}, teachers=["郭砚农", "任晓丽"], form_count="38名", count_label="班级人数",
         f8="topology", f10="hand_fixed_mono", f11="config_typed", f12="phone_photo",
         findings=[("students.not_in_class", 8, True, "陈砚舟"), ("records.invalid_score", 10, False, "吕望舒")],
         comment="陈砚舟 of the older class 网络2302班 (his class and 学号 2341030102xx on his worksheet, typed config document and "
                 "homework) is the third student of 8/11/12; item 10 (38 rows = form `38名`) has no record of him: "
                 "students.not_in_class. Item 10 (1-bit scan 300 dpi) has five scores crossed out and re-written by hand beside "
                 "(legal: the 总分 is the sum with the new marks, `改分处均有任课教师签名`); 吕望舒's 总分 is 6 above the sum: "
                 "records.invalid_score. Item 8 (scanned 200 gray): a topology worksheet, the student in a small box at the top RIGHT "
                 "(`姓名 <hand>` / `学号 <hand>` / `成绩`). No roster"),
    dict(school="永济市鹳雀楼技工学校", pack="zip", region="yj", course="nev", cls="新能源2401班", size=38, seed=31,
         sidp="24140435", students=["薛子墨", "柴若彤", "畅一鸣"], items={8: ["薛子墨", "柴若彤", "裴若谷"]},
         extra_class=["裴若谷", "卫铭宇"], bad={"卫铭宇": "over"}, others_named=["姚铁柱"],
         teachers=["吉建华", "景淑琴"], form_count="38（人）", count_label="授课班级人数",
         f8="intake", f10="landscape_grade", f11="report_typed", f12="hand_scan_color",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "卫铭宇")],
         comment="item 8 (scanned 200 gray with peanut shells on the glass) holds the worksheets of 薛子墨, 柴若彤 and classmate 裴若谷 "
                 "(with an item-10 record) instead of 畅一鸣's (items 11 and 12 hold the three): students.mismatch. Item 8 is a "
                 "车辆检测接车单: 车主 姚铁柱 (not a student) at the top, the student only as `检测员` in a cell of the table. Item 10 "
                 "(TYPED) has 24 under `高压安全防护(20)` for 卫铭宇 (总分 the sum): records.invalid_score. No roster"),
    dict(school="永济市鹳雀楼技工学校", pack="zip", region="yj", course="shaft", cls="数控2402班", size=40, seed=32,
         sidp="24140106", students=["裴宏博", "卫清扬", "景天佑"], others_named=["畅立新"],
         teachers=["柴永红", "姚国平", "薛建斌"], form_count="四十人", count_label="学生人数",
         f8="process_card", f10="judges", f11="firstpiece_typed", f12="exercise_photo",
         findings=[],
         comment="clean. Form `学生人数 | 四十人` (Chinese numerals) = 40 rows of item 10 (TYPED): 实操 marked by THREE judges (评委一/二/三, "
                 "each out of 60) and 实操得分 = their mean to one decimal, 总分 = 工艺(20) + 程序(20) + 实操得分, as the note says (the "
                 "judges' columns are not to be added). Three teachers. Item 8 (scanned 250 gray): a 工艺卡 whose head row holds "
                 "`编制 <student> | 审核 <teacher> | 批准 畅立新` (the workshop head, not a student). No roster"),
    dict(school="永济市鹳雀楼技工学校", pack="zip", region="yj", course="noodle", cls="烹饪2401班", size=38, seed=33,
         sidp="24140501", students=["姚诗雨", "吉南乔", "畅雅婷"], items={12: ["姚诗雨", "吉南乔", "畅雅婷", "柴俊豪"]},
         extra_class=["柴俊豪", "裴晓萌"], absent_from_10=["裴晓萌"], teachers=["杨春生", "卫淑蒲"],
         form_count="38人（其中女生9人）", count_label="学生数",
         f8="menu_line", f10="dish_rows", f11="dish_typed", f12="phone_photo4",
         findings=[("students.count", 12, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a phone lying on the desk at the corner) holds the homework of FOUR students: the three and "
                 "classmate 柴俊豪 (with an item-10 record): students.count on 12; students.mismatch optional. Item 10 (scanned 200 "
                 "gray, two dishes as two column groups 羊肉胡卜 / 炖菜) lists 37; the form says `38人（其中女生9人）`: "
                 "records.count_mismatch (裴晓萌 has no record; no roster)"),
]

PROVINCE = {1: "湖南省张家界市", 2: "河南省永城市", 3: "山西省永济市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 张家界: "附件3-8 工作页.pdf"
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 永城: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    return "%d．%s.pdf" % (n, NAMES[n])   # 永济: "8．工作页.pdf" (a full-width dot)


def form_name(s, c):
    return {1: ("澧水技工学校-%s-申报书.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s申报书.pdf" % c["task"], "pdf"),
            3: ("申报书（%s）.docx" % s["cls"], "docx")}[grp(s)]


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




def form_count_text(s):
    return "%s | %s" % (s["count_label"], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"])]
    if g == 2:
        rows += [(s["count_label"], s["form_count"]), ("授课地点", c["station"])]
    else:
        rows += [("授课班级", s["cls"]), (s["count_label"], s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作企业的真实需求，成果经企业验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 37),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "17"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


WEEK = "一二三四五六日"


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
        if f == "roleplay":   # a role-play sheet: the roles and who plays them; the student as 填写人
            roles = tbl([["角色", "扮演者", "备注"], ["前台接待员", hand(n, True), "填写人本人"],
                         ["团队宾客（投诉）", "教师 %s" % t[1], "教师扮演"], ["大堂副理", s["others_named"][0], "酒店企业导师"]],
                        width="80%", pad="3px 6px")
            body = ('<h3 style="text-align:center">%s<br/>情景模拟演练记录（学习工作页）</h3>' % c["task"] +
                    "<p>演练日期：%s　　演练地点：模拟前台</p>" % hand(day(s, i), True) + roles + sit + answers(c, rng, i) +
                    "<p><b>演练反思：</b>%s</p>" % hand(["语速太快，下次放慢。", "道歉的时机要早一点。", "排房时漏看了一间房的维修状态。"][i % 3], True) +
                    comment + '<p style="text-align:right">填写人：%s　　班级：%s</p>' % (hand(n), hand(cl, True)))
        elif f == "scorebox":   # a score box at the top right, the student signs inside it
            box = ('<table style="border-collapse:collapse;margin-left:auto" width="42%%"><tr>%s%s%s</tr><tr>%s%s%s</tr></table>'
                   % (td("得分", ' align="center"'), td("评阅", ' align="center"'), td("学生签名", ' align="center"'),
                      td('<span %s>%d</span>' % (RED, 86 + 3 * i), ' align="center"'), td(hand(t[i % 2], True, BLACK), ' align="center"'),
                      td(hand(n), ' align="center"')))
            body = (box + title + "<p>班级：%s　　　照护对象：%s（化名）　　床号：%s</p>" % (hand(cl, True), s["others_named"][i % 2], hand("%d床" % (3 + i * 4), True))
                    + sit + answers(c, rng, i) + comment)
        elif f == "titleblock":   # a wiring-number table; the student only in the drawing title block at the bottom right
            rows = [["线号", "起点", "终点", "线色", "线径"]]
            for k, (a, b) in enumerate([("QF1:2", "KM1:1"), ("KM1:2", "FR1:1"), ("FR1:2", "M1:U"), ("SB1:3", "SB2:3"), ("SB2:4", "KM1:A1"),
                                         ("KM1:13", "KM2:A1"), ("FR2:95", "FR1:96")]):
                rows.append([hand(str(101 + k) if k < 3 else str(1 + k), True), a, b, "黄绿红"[k % 3] if k < 3 else "黑", "2.5" if k < 3 else "1.0"])
            tb = ('<table style="border-collapse:collapse;margin-left:auto" width="55%%"><tr>%s%s%s%s</tr><tr>%s%s%s%s</tr><tr>%s%s</tr></table>'
                  % (td("绘制"), td(hand(n)), td("审核"), td(hand(t[i % 2], True, BLACK)),
                     td("班级"), td(hand(cl, True)), td("学号"), td(hand(sid, True)),
                     td("图名", ""), td("输送机顺序控制接线表", ' colspan="3"')))
            body = (title + sit + answers(c, rng, i) + "<p><b>接线线号表</b></p>" + tbl(rows, width="86%", pad="2px 4px") +
                    comment + tb)
        elif f == "topology":   # topology drawing; the student in a small box at the top right
            box = ('<table style="border-collapse:collapse;margin-left:auto" width="34%%"><tr>%s%s</tr><tr>%s%s</tr><tr>%s%s</tr></table>'
                   % (td("姓名"), td(hand(n)), td("学号"), td(hand(sid, True)), td("成绩"), td('<span %s>%s</span>' % (RED, ["优", "良", "优"][i % 3]))))
            topo = ('<table style="border-collapse:collapse" width="88%%"><tr><td colspan="3" align="center">%s</td></tr>'
                    '<tr><td align="center">%s</td><td align="center">%s</td><td align="center">%s</td></tr>'
                    '<tr><td align="center">%s</td><td align="center">%s</td><td align="center">%s</td></tr></table>'
                    % (td("核心交换机 S5700<br/>VLAN10/20/30/40", ' align="center"'), td("接入交换机1（分拣区）", ' align="center"'),
                       td("接入交换机2（办公区）", ' align="center"'), td("接入交换机3（月台）", ' align="center"'),
                       hand("AP×6", True), hand("PC×12", True), hand("AP×4", True)))
            ip = tbl([["VLAN", "用途", "网段"], ["10", "扫码枪", hand("192.168.10.0/24", True)], ["20", "办公", hand("192.168.20.0/24", True)],
                      ["30", "监控", hand("192.168.30.0/24", True)]], width="70%")
            body = (box + title + "<p>班级：%s</p>" % hand(cl, True) + sit + "<p><b>拓扑图（手绘后描画）</b></p>" + topo + "<p><b>IP规划</b></p>" + ip
                    + answers(c, rng, i) + comment)
        elif f == "intake":   # a vehicle check-in sheet: the owner on top, the student only as 检测员 in a cell
            sheet = tbl([["车主", s["others_named"][0], "车牌号", "晋M·D%04d" % (3170 + 11 * i)], ["车型", "纯电动轿车", "行驶里程", hand("%d km" % (212000 + 3571 * i), True)],
                         ["故障现象", ("仪表报绝缘故障，限功率", ' colspan="3"')], ["检测员", hand(n), "班级", hand(cl, True)],
                         ["学号", hand(sid, True), "日期", hand(day(s, i), True)]], width="92%", pad="3px 6px", align="left")
            body = ('<h3 style="text-align:center">%s<br/>车辆检测接车单（学习工作页）</h3>' % c["task"] + sheet + sit + answers(c, rng, i) +
                    "<p>绝缘电阻测量值：%s</p>" % hand("正极对地 %s MΩ　负极对地 %s MΩ" % (["0.31", "0.42", "0.28"][i % 3], ["12.6", "15.1", "9.8"][i % 3]), True) + comment)
        elif f == "process_card":   # a process card: 编制/审核/批准 head row
            head = tbl([["数控加工工艺卡", ("零件名称：水泵传动轴", ' colspan="3"'), ("图号：SB-02", ' colspan="2"')],
                        ["编制", hand(n), "审核", hand(t[i % 3], True, BLACK), "批准", s["others_named"][0]],
                        ["班级", hand(cl, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            steps = tbl([["工步", "内容", "刀具", "转速 r/min", "进给 mm/r"], ["1", "车端面、钻中心孔", "T01", hand("800", True), hand("0.15", True)],
                         ["2", "粗车外圆留0.5", "T01", hand("700", True), hand("0.25", True)], ["3", "精车外圆", "T02", hand("1200", True), hand("0.08", True)],
                         ["4", "切退刀槽", "T03", hand("400", True), hand("0.05", True)], ["5", "车M20×1.5螺纹", "T04", hand("500", True), "1.5"]], width="96%")
            body = head + sit + steps + answers(c, rng, i) + comment
        elif f == "menu_line":   # the name on a plain line below a printed banquet menu
            menu = "<p><b>寿宴菜单（三十桌）</b>：凉菜六道　羊肉胡卜　晋南炖菜　清蒸鲤鱼　四喜丸子　蒸馍　时蔬</p>"
            body = (title + menu + '<p>姓名 %s　学号 %s　班级 %s　组别 %s</p>' % (hand(n), hand(sid, True), hand(cl, True), hand("第%d组" % (1 + i), True))
                    + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"roleplay": "x-scanpdf:200", "scorebox": "x-scanpdf:200:color", "titleblock": "x-scanpdf:250",
            "topology": "x-scanpdf:200", "intake": "x-scanpdf:200:peanut", "process_card": "x-scanpdf:250",
            "menu_line": "x-scanpdf:200:mono"}[f]
    font = {"topology": "Noto Sans CJK SC", "intake": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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


def grade5(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "中等" if x >= 70 else "及格" if x >= 60 else "不及格"


LAND = "size:29.7cm 21cm;margin:0.9cm 1.2cm"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "grade5":   # name before 学号, a 五级制 grade beside the total; landscape colour scan
        parts = [("仪容仪表", 10), ("入住接待", 40), ("投诉处理", 30), ("系统操作", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s（%d分）" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            if bad.get(n) == "over":
                v[2] = 34
            tot = sum(v)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), grade5(tot), ""], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>等级（五级制）：90分及以上优秀，80—89分良好，70—79分中等，60—69分及格，60分以下不及格。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True, page=LAND), "x-scanpdf:300:color"
    if f == "weighted_bonus":   # 自评/互评/师评 out of 100, weighted, a bonus column
        hd = ["序号", "学号", "姓名", "自评<br/>(×20%)", "互评<br/>(×30%)", "师评<br/>(×50%)", "综合", "加分", "总评"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        bon = set(rng.sample(range(len(rec)), 5))
        for k, n in enumerate(rec):
            a, b, cc = rng.randint(75, 96), rng.randint(70, 95), rng.randint(62, 94)
            w = round(0.2 * a + 0.3 * b + 0.5 * cc, 1)
            bn = rng.randint(1, 3) if k in bon else 0
            tot = min(100.0, round(w + bn, 1))
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(cc), "%.1f" % w, str(bn) if bn else "", "%.1f" % tot], pad))
        body = (head10(s, c, "学习任务考核记录表（多元评价）") + table(out) +
                "<p>说明：自评、互评、师评均按百分制评定，综合＝自评×20%＋互评×30%＋师评×50%（保留一位小数）；"
                "加分为本学期技能竞赛获奖或志愿服务加分，每人不超过3分；总评＝综合＋加分，最高100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "max_note":   # maxima only in a note above the table; bare part names in the head; landscape, typed
        parts = [("明确任务", 10), ("绘制图纸", 20), ("安装接线", 35), ("通电调试", 25), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "签名"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), ""], pad))
        body = (head10(s, c, "学习任务考核记录") +
                "<p>各项满分：明确任务10分，绘制图纸20分，安装接线35分，通电调试25分，职业素养10分，合计100分。</p>" + table(out) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page=LAND), "pdf"
    if f == "hand_fixed_mono":   # scores crossed out and re-written by hand; 1-bit 300 dpi
        parts = [("勘查规划", 20), ("交换机配置", 35), ("无线部署", 25), ("验收报告", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        fix = set(rng.sample([k for k, n in enumerate(rec) if n not in bad], 5))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            if k in fix:
                j = rng.randrange(4)
                old = v[j] - rng.randint(2, 5)
                cells[j] = '<s>%d</s> %s' % (old, hand(str(v[j]), True, BLACK, "11pt"))
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) + "<p>注：改分处均有任课教师签名。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "landscape_grade":   # typed; 高压安全防护 first
        parts = [("高压安全防护", 20), ("下电操作", 20), ("绝缘检测", 30), ("故障排除", 20), ("报告填写", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 24
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), grade5(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "judges":   # three judges for 实操, the mean counts
        hd = ["序号", "学号", "姓名", "工艺编制<br/>(20)", "程序编制<br/>(20)", "实操<br/>评委一(60)", "实操<br/>评委二(60)", "实操<br/>评委三(60)", "实操得分<br/>(60)", "总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(13, 19), rng.randint(12, 19)
            base = rng.randint(38, 56)
            j = [min(60, base + rng.randint(-3, 3)) for _ in range(3)]
            m = round(sum(j) / 3.0 + 1e-9, 1)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b)] + [str(x) for x in j] + ["%.1f" % m, "%.1f" % (a + b + m)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>说明：实操由三位评委独立评分，实操得分取三位评委评分的平均值（保留一位小数）；总分＝工艺编制＋程序编制＋实操得分。</p>" +
                "<p>评委：%s</p>" % "、".join(t) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page=LAND), "pdf"
    if f == "dish_rows":   # two dishes as two column groups
        h1 = ('<tr>%s%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>羊肉胡卜</b>", ' align="center" colspan="3"', pad),
                                         td("<b>晋南炖菜</b>", ' align="center" colspan="3"', pad), td("<b>卫生(10)</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        parts = [("刀工", 10), ("火候", 20), ("口味", 15), ("刀工", 10), ("火候", 20), ("装盘", 15), ("卫生", 10)]
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts[:6]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>实到%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
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
            if f == "case_typed":
                parts.append('<h3 style="text-align:center">%s</h3><p>报告人：%s　　%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["项目", "内容"], ["宾客", "%s先生（团队宾客，%d房）" % (s["others_named"][1], 1206 + i)], ["事由", "预订山景房，入住时排到园景房"],
                                  ["处理", desc]], width="90%", align="left") + "<p>点评：%s</p>" % t[j % 2])
            elif f == "careplan_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["照护对象", "%s（化名）" % s["others_named"][j % 2], "照护员", n],
                                                          ["班级", cl, "学号", sid], ["评估", "洼田饮水试验2级", "日期", day(s, 30 + i)],
                                                          ["要点", (desc, ' colspan="3"')]], width="90%"))
            elif f == "debug_typed":
                parts.append('<h3>%s</h3><p>安装调试人：%s（%s，学号%s）</p>' % (title, n, cl, sid) +
                             tbl([["步骤", "现象", "结论"], ["按SB2启动", "M2先转，3秒后M1转", "正常"], ["按SB1停车", "M1先停，M2后停", "正常"],
                                  ["模拟FR2动作", "M1、M2全部停车", "正常"]], width="86%") + "<p>%s　验收：%s</p>" % (desc, t[j % 2]))
            elif f == "config_typed":
                parts.append('<h3>%s</h3><p>配置人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             '<p style="font-family:\'Noto Sans Mono CJK SC\'">sysname WL-Core-%02d<br/>vlan batch 10 20 30 40<br/>interface GigabitEthernet0/0/1<br/> port link-type trunk<br/> port trunk allow-pass vlan 10 20 30 40</p>' % (i + 1) +
                             "<p>说明：%s　　审核：%s</p>" % (desc, t[j % 2]))
            elif f == "report_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车辆", "纯电动出租车", "检测人", "%s（%s）" % (n, cl)], ["正极对地", "%.1f MΩ" % (0.4 + 0.1 * i), "负极对地", "%.1f MΩ" % (11.5 + i)],
                                  ["结论", (desc, ' colspan="3"')], ["复核", t[j % 2], "日期", day(s, 30 + i)]], width="90%"))
            elif f == "firstpiece_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "水泵传动轴", "图号", "SB-02"], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 3]],
                                  ["φ30h6", "%.3f" % (29.992 - 0.002 * i), "M20×1.5", "通规过、止规止"]], width="90%") + "<p>备注：%s</p>" % desc)
            elif f == "dish_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "羊肉5千克" if j == 0 else "五花肉、粉条、豆腐", "数量", "三十份"],
                                                          ["评价", desc, "评价人", t[j % 2]]], width="90%"))
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
        if f in ("phone_photo", "phone_photo4"):
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-4:])]
        elif f == "hand_scan_peanut":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "hand_scan_color":
            head = ["课后练习（动力电池）", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "exercise_photo":
            head = ["", "", "　　　　　练　习　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "----", "%s　作业" % c["task"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"phone_photo": "x-photo:200:2:phone", "phone_photo4": "x-photo:200:1:phone", "hand_scan_peanut": "x-scan:250:4:peanut",
            "plain_photo": "x-photo:200:3", "hand_scan_color": "x-scan:200:3:color", "exercise_photo": "x-photo:200:2"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

PARENT_GIVEN = ["建国", "秀兰", "德明", "红英", "志勇", "桂芝", "永军", "春梅", "国庆", "玉珍", "长青", "金凤", "卫东", "淑珍", "海军", "小平",
                "正华", "翠兰", "新民", "素芳"]


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "contacts":   # a class contact list with a parent column
        rng = random.Random(s["seed"] * 99)
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "学生姓名", "性别", "家长姓名", "关系", "联系电话"])]
        parents = []
        for j, n in enumerate(k):
            rel = rng.choice(["父亲", "母亲", "母亲", "父亲", "爷爷"])
            sur = n[0] if rel in ("父亲", "爷爷") else rng.choice(SURNAMES["zj"])
            for _ in range(100):
                p = sur + rng.choice(PARENT_GIVEN)
                if p not in k and p not in parents and not any(near(p, x) for x in k) and not used(p):
                    break
            parents.append(p)
            rows.append(trow([str(j + 1), sid_of(s, n), n, "女" if j % 7 else "男", p, rel, "13%d****%04d" % (j % 10, 1000 + 37 * j)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s班级通讯录</h2>' % (s["school"], s["cls"]) + table(rows, width="90%") +
                "<p>班主任：%s　　共%d人　　2024年9月（通讯录仅限班级内部使用）</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return parents
    if r == "photo_list":   # a printed list in two columns, photographed
        h = (len(k) + 1) // 2
        hd = ["序号", "学号", "姓名"]
        rows = [trow(["<b>%s</b>" % x for x in hd + hd], "1px 4px")]
        for j in range(h):
            a = [str(j + 1), sid_of(s, k[j]), k[j]]
            b = [str(h + j + 1), sid_of(s, k[h + j]), k[h + j]] if h + j < len(k) else ["", "", ""]
            rows.append(trow(a + b, "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                table(rows, width="92%") + "<p>班主任：%s　　　合计%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "10pt", compact=True))
        man.append("roster.html\t%s名单.pdf\tx-scanpdf:200:photo\troster\t0" % s["cls"])
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
    truth = {"comment": "123rd held-out people corpus (testdata/heldout123), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 123)
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
            "class_size_on_form": s["size"], "form_count_text": form_count_text(s),
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
