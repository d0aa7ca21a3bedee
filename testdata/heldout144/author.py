#!/usr/bin/env python3
"""Write the sources of the hundred-and-forty-fourth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the truth-format struct tags of
pipeline/heldout_test.go was read; classaudit was not run on it). Seven
submissions of three invented schools in 西峡县 (河南, 南阳), 新化县 (湖南, 娄底)
and 进贤县 (江西, 南昌).

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
# the truth files read for names, tasks and courses to avoid (heldout141-143 are written at the same time and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 141)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 西峡 (豫西南 families: 王 李 张 刘 陈 杨 周, and 封 闫 梁 冀 屈
# 乔 靳 范 郭 袁), 新化 (梅山 families: 曾 罗 刘 李 杨 陈 邹 肖 伍 袁 彭 谢 邓 颜 晏 奉), 进贤 (赣中 families:
# 熊 胡 万 涂 李 刘 陈 王 张 邹 徐 吴 黄 章 舒 罗 饶 喻)
SURNAMES = {
    "xx": list("王王王王李李李张张张刘刘刘陈陈杨杨周周封闫梁冀屈乔靳范郭袁孙赵朱"),
    "xh": list("曾曾曾罗罗罗刘刘刘李李杨杨陈陈邹邹肖肖伍袁彭谢邓颜晏奉苏唐"),
    "jx": list("熊熊熊胡胡胡万万涂涂李李刘刘陈陈王王张邹徐吴黄章舒罗饶喻付"),
}
# given names: a new list, everyday names of students born around 2007-2009 (M: boys, F: girls)
GIVEN_M = ("明远 晨曦 沐阳 景行 浩天 卓凡 一帆 俊杰 宇航 子骞 嘉豪 梓轩 子昂 志豪 泽宇 振宇 浩宇 思源 宏宇 俊熙 "
           "家豪 子豪 文韬 鹏程 宇辰 皓然 博远 梓豪 铭轩 嘉乐 睿哲 子健 承宇 修远 立新 天宇 明哲 昊天 润泽 奕霖 "
           "靖宇 子墨 晟轩 旭东 家明 泓睿 钧豪 海峰 浩楠 耀文 星宇 俊豪 骏杰 凯瑞 宸宇 宇轩 文博 鑫宇 正阳 怀远").split()
GIVEN_F = ("书涵 佳怡 子涵 语晨 紫怡 欣然 梓晴 思琪 雨彤 诗涵 欣怡 梦瑶 雅琪 若曦 可欣 雨萱 静怡 梓萱 嘉怡 欣妍 "
           "思雨 婉婷 佳琪 雨婷 晓雯 梦琪 诗雨 心怡 一诺 悦彤 晨希 雅婷 艺涵 芷若 语嫣 沐晴 安然 思彤 婧怡 钰彤 "
           "珂欣 雪莹 若彤 紫涵 佳宁 亦菲 梓琪 诗琪 梦洁 依诺").split()
GIVEN_M1, GIVEN_F1 = list("磊杰博鑫"), list("婷琳悦颖")


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


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def is_male(n):
    g = bare(n)[1:]
    return g in GIVEN_M or g in GIVEN_M1 or n in MALE_EXTRA


MALE_EXTRA = {"买尔旦·艾则孜", "梁沛然", "丁煦阳", "赵允恒", "肖峻岭", "谢资远", "章一凡"}


def draw_class(rng, n, fixed, avoid, region, male=0.55):
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for _ in range(400):
            m = rng.random() < male
            pool = (GIVEN_M1 if m else GIVEN_F1) if rng.random() < 0.08 else (GIVEN_M if m else GIVEN_F)
            name = sur + rng.choice(pool)
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "rotor": dict(major="数控加工(数控车工)", code="0106", course="汽车零部件轴类零件数控车削", task="汽车电子水泵转子轴数控车削与刀具补偿调整",
   hours=18, station="数控车削一体化学习工作站",
   situation="西峡县汽车零部件产业园的一家水泵厂接到一批电子水泵订单，转子轴的外圆和轴承位公差很紧，厂里的数控车床排不开。厂方把其中两百件转子轴委托给学校数控车间加工。车间主任请数控班学员读懂图纸，编写加工工艺和程序，对刀后试切首件，根据测量结果调整刀具磨耗补偿，完成批量加工并填写检验记录。",
   qs=[("问题1 为什么首件试切后要修改刀具磨耗值，而不改程序？", ["程序是按图纸尺寸编的，实际尺寸差一点是刀具磨损和对刀误差造成的，只改磨耗值就能修正，程序不用动，也不容易出错。", "差一点是刀具磨损造成的，改磨耗值就行。", "改磨耗不改程序，不容易出错。"]),
       ("问题2 转子轴轴承位为什么要精车两刀？", ["第一刀把余量车均匀，第二刀只留零点一毫米左右，切削力小，尺寸和表面粗糙度才稳定。", "余量均匀，切削力小。", "尺寸稳定，表面光。"])],
   hw=[("1. 外圆车大了0.03毫米，X向磨耗怎样改？", ["直径大了0.03，X向磨耗值减去0.03，再精车一刀测量。", "X磨耗减0.03。", "改完再精车一刀。"]),
       ("2. 批量加工时多久抽检一次？为什么？", ["每加工十件抽检一件，刀具在慢慢磨损，尺寸会慢慢变大，抽检能及时发现。", "十件抽一件。", "刀具会磨损。"])],
   outputs=[("转子轴首件检验记录", "轴承位φ12k6实测12.008，合格。"), ("刀具磨耗补偿调整记录", "T02 X向磨耗由0调为-0.03。")]),
 "kiwi": dict(major="电子商务", code="0603", course="生鲜农产品网店客户服务", task="西峡猕猴桃网店售后退货与差评回复处理",
   hours=14, station="电商客服运营一体化学习工作站",
   situation="九月下旬西峡猕猴桃开始上市，县里一家果品合作社的网店一周发出两千多单。天气热，冷链中转慢，少数顾客收到的果子软烂，网店的退货申请和差评一下子多了起来。合作社请电商班学员分组值守客服后台，按售后规则核实问题、办理退款退货，给差评写回复，并把问题批次反馈给仓库。",
   qs=[("问题1 顾客说果子烂了，客服第一句话该怎么说？", ["先道歉，再请顾客拍一张果子和快递面单的照片，说明核实后马上处理，不要先问是不是顾客自己放坏的。", "先道歉，再请顾客拍照。", "说明核实后马上处理。"]),
       ("问题2 为什么要记录问题订单的发货批次？", ["同一批次的问题多，说明是采摘或冷链环节出了问题，仓库可以及时停发这一批，减少损失。", "找出是哪一批出了问题。", "仓库及时停发。"])],
   hw=[("1. 仅退款和退货退款各适用什么情况？", ["果子少量软烂、寄回不划算的用仅退款；整箱坏了或发错货的用退货退款。", "少量坏了仅退款。", "整箱坏了退货退款。"]),
       ("2. 回复差评要注意什么？", ["语气诚恳，不和顾客争辩，说明已经处理和改进的措施，不泄露顾客的姓名和电话。", "不争辩，说明改进措施。", "不泄露顾客信息。"])],
   outputs=[("售后退货处理单", "核实后按坏果数量退款。"), ("差评回复记录", "回复后顾客追评改为好评。")]),
 "pump": dict(major="汽车维修", code="0403", course="汽车发动机冷却系统检修", task="电子水泵失效致发动机水温过高故障诊断与排除",
   hours=16, station="汽车发动机检修一体化学习工作站",
   situation="一位车主开车去老界岭景区，上坡时仪表盘水温报警，打开机舱盖发现冷却液在沸腾。车辆拖到学校合作的维修站后，服务顾问请汽修班学员接车问诊，做冷却系统压力测试，读取故障码，检查电子水泵的供电、搭铁和控制信号，确认水泵失效后更换，排空气并路试验证。",
   qs=[("问题1 为什么要先做冷却系统压力测试？", ["先确认冷却系统有没有外部泄漏，排除了漏液，再去查水泵、节温器和风扇，免得走弯路。", "先确认有没有漏液。", "排除漏液再查水泵。"]),
       ("问题2 电子水泵不转，要检查哪几项？", ["保险丝、供电电压、搭铁线和发动机控制单元发来的PWM控制信号，都正常而水泵不转才是水泵坏了。", "供电、搭铁和控制信号。", "都正常才是水泵坏了。"])],
   hw=[("1. 更换水泵后为什么要排空气？", ["冷却系统里有空气会形成气阻，冷却液循环不畅，水温还会升高，暖风也不热。", "空气会形成气阻。", "水温还会高。"]),
       ("2. 冷却液冰点怎样检测？", ["用冰点仪吸一滴冷却液，对着光看刻度线，读出冰点，本地冬天要低于零下二十五度。", "用冰点仪看刻度。", "要低于零下二十五度。"])],
   outputs=[("维修工单", "更换电子水泵总成，冷却液加注排气。"), ("路试检验记录", "上坡路试二十分钟，水温稳定在九十度左右。")]),
 "nightround": dict(major="健康与社会照护", code="0529", course="山区留守老人居家照护", task="山区留守老人夜间巡视与跌倒预防照护",
   hours=16, station="老年照护一体化学习工作站",
   situation="紫鹊界梯田脚下的村子年轻人大多外出务工，村里的互助养老点住着十几位留守老人，夜里起夜跌倒的事时有发生。养老点负责人请照护班学员跟班值守，学习夜间巡视的时间和内容，评估每位老人的跌倒风险，调整床旁环境，教老人起床“三个半分钟”，并做好巡视记录和交班。",
   qs=[("问题1 夜间巡视要看老人哪些情况？", ["看呼吸和睡眠、有没有起夜、床栏是否拉好、夜灯亮不亮、地面有没有水渍，叫醒前先轻声呼唤。", "呼吸睡眠和起夜情况。", "床栏、夜灯和地面。"]),
       ("问题2 什么是起床“三个半分钟”？", ["醒来后先躺半分钟，再坐起半分钟，两腿垂在床沿半分钟，然后再站起来，防止体位性低血压头晕跌倒。", "躺、坐、垂腿各半分钟。", "防止起身头晕。"])],
   hw=[("1. 床旁环境怎样调整能减少跌倒？", ["床的高度与膝盖平齐，常用物品放在伸手能拿到的地方，夜灯常亮，拖鞋防滑，通道不堆杂物。", "夜灯常亮，拖鞋防滑。", "通道不堆杂物。"]),
       ("2. 发现老人跌倒后第一步做什么？", ["不要急着扶起，先看意识、问哪里痛、看有没有出血和肢体变形，再决定能不能扶、要不要打电话求助。", "不要急着扶起。", "先看意识和受伤情况。"])],
   outputs=[("跌倒风险评估表", "评估为中度风险，床旁加装扶手。"), ("夜间巡视交班记录", "夜间起夜两次，无异常。")]),
 "printshop": dict(major="计算机网络应用", code="0301", course="小型办公网络组建与维护", task="数码文印店无线网络与共享打印组建调试",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="新化县城一家数码文印店扩了店面，新添了两台打印复印一体机和一台彩色喷绘机，店里的电脑和顾客的手机都要能连上打印。店主请网络班学员上门勘察，规划店内有线和无线网络，给打印机分配固定地址并设置共享，划出顾客专用的无线网络，调试完成后写好施工单，并教店员处理常见的连不上打印机的问题。",
   qs=[("问题1 为什么要给打印机设置固定IP地址？", ["打印机的地址如果自动分配，重启后可能变掉，电脑上的打印端口就找不到打印机了。", "地址变了就找不到打印机。", "重启后可能变掉。"]),
       ("问题2 顾客用的无线网络为什么要单独划出来？", ["顾客的手机只需要上网和打印，不能访问店里的电脑和收款设备，单独划出来更安全。", "不让顾客访问店里的电脑。", "更安全。"])],
   hw=[("1. 电脑提示打印机脱机，先检查什么？", ["先看打印机是否开机、有没有卡纸，再ping打印机的IP地址，看网络通不通，最后检查打印端口设置。", "先ping打印机地址。", "看开机和卡纸。"]),
       ("2. 无线路由器的管理密码为什么要改掉？", ["出厂密码网上都查得到，不改的话别人连上就能改设置、看到店里的设备。", "出厂密码谁都知道。", "别人能改设置。"])],
   outputs=[("文印店组网施工单", "一体机192.168.10.21、.22，喷绘机.23。"), ("共享打印调试记录", "六台电脑均能打印，顾客网络隔离。")]),
 "infusion": dict(major="机电一体化技术", code="0127", course="医疗器械装配线气动与PLC控制装调", task="一次性输液器装配线气动夹爪工位PLC控制调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="进贤县李渡镇一家医疗器械厂的一次性输液器装配线改造，新增一个用气动夹爪抓取滴斗、压入导管的工位。厂里的设备工程师把工位的气路图和动作要求交给学校，请机电班学员在实训台上按工位搭建气动回路，完成传感器和电磁阀的接线，编写PLC程序，调试夹爪和推料气缸的动作顺序，并做连续运行测试。",
   qs=[("问题1 夹爪气缸为什么要装单向节流阀？", ["调节排气速度，让夹爪合拢和松开的速度慢一点、稳一点，不会把塑料滴斗夹裂。", "调节气缸速度。", "不夹裂滴斗。"]),
       ("问题2 推料气缸伸出前要确认哪些条件？", ["夹爪已经夹紧、滴斗到位传感器有信号、急停没有按下，三个条件都满足才允许推料。", "夹紧、到位、没有急停。", "三个条件都满足。"])],
   hw=[("1. 磁性开关没有信号，可能是什么原因？", ["开关安装位置不对、接线接反、气缸活塞上的磁环太弱或开关本身损坏。", "位置不对或接线接反。", "开关坏了。"]),
       ("2. 顺序控制为什么用步进指令编程？", ["一步一步地写，每一步只做一件事，条件满足才转到下一步，程序清楚，查故障也方便。", "一步只做一件事。", "查故障方便。"])],
   outputs=[("夹爪工位I/O分配与接线记录", "输入十二点，输出八点。"), ("工位连续运行测试记录", "连续运行五百次，无卡料。")]),
 "crab": dict(major="烹饪(中式烹调)", code="0501", course="淡水河鲜菜肴制作", task="军山湖清水大闸蟹清蒸与蟹粉豆腐热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="十月军山湖大闸蟹开湖，县城一家湖鲜酒楼接下了一场六桌的开湖宴，菜单上有清蒸大闸蟹和蟹粉豆腐。酒楼厨师长请烹饪班学员到后厨跟岗，学习活蟹的挑选和验收，按标准刷洗捆扎、控制蒸制时间，拆蟹取粉，完成蟹粉豆腐的炒制和勾芡，并做好出品记录。",
   qs=[("问题1 清蒸大闸蟹为什么要肚子朝上放？", ["肚子朝上蒸，蟹黄蟹膏不会流出来，蒸好后颜色也更好看。", "蟹黄不会流出来。", "颜色好看。"]),
       ("问题2 怎样挑选活力好的大闸蟹？", ["把蟹翻过来，能马上用脚撑地翻回来的活力好；再看青背白肚、金爪黄毛，掂一掂分量足。", "翻过来能马上翻回去。", "青背白肚，分量足。"])],
   hw=[("1. 蟹粉炒制时为什么要加姜末和醋？", ["姜末和醋能去腥提鲜，蟹是寒性的，姜还能中和寒气。", "去腥提鲜。", "姜能中和寒气。"]),
       ("2. 蟹粉豆腐的芡汁为什么不能太稠？", ["芡太稠会糊口，盖住蟹粉的鲜味，要勾成能挂住豆腐的流芡。", "太稠会糊口。", "勾成流芡。"])],
   outputs=[("清蒸大闸蟹出品记录", "公蟹四两，蒸十八分钟。"), ("蟹粉豆腐出品记录", "每份用蟹粉八十克。")]),
}

# the share of boys drawn into each class (care and e-commerce classes are mostly girls, the workshop classes mostly boys)
MALE_SHARE = {"rotor": 0.88, "kiwi": 0.35, "pump": 0.9, "nightround": 0.2, "printshop": 0.7, "infusion": 0.85, "crab": 0.65}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="西峡县鹳河技工学校", pack="gbkzip", region="xx", course="rotor", cls="数控2302班", size=42, seed=11,
         sidp="23411061", students=["封明远", "闫书涵", "梁沛然"], items={11: ["封明远", "梁沛然"]},
         extra_class=["靳浩楠"], bad={"靳浩楠": "over"}, others_named=["周长松"],
         teachers=["闫国栋", "梁秀琴"], form_label="学生总数", form_count="42人", form_size=42,
         f8="tool_offset", f10="dimension", f11="inspection", f12="hw_photo",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "靳浩楠")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: a 首件检验记录 and a 刀具磨耗补偿调整记录 a student, `操作者 <name>（数控2302班）`) holds the works of "
                 "only TWO students, 封明远 and 梁沛然 (闫书涵's missing; 8 and 12 hold the three): students.count on 11; "
                 "students.mismatch optional. Item 10 (scanned 250 dpi gray, landscape, a feeler gauge on the glass) scores the "
                 "work-piece DIMENSIONS: heads such as `内孔φ8H7（15）`; 靳浩楠 has 19 under `内孔φ8H7（15）` (总分 the sum): "
                 "records.invalid_score. Item 8 (scanned 200 gray, feeler gauge): a 刀具补偿记录 table and a strip at the FOOT "
                 "`机床号 | 操作者 | 学号 | 班级 | 日期` filled in by hand; the pump factory's inspector 周长松 signs item 11 as "
                 "企业验收 (not a student). Form `学生总数 | 42人`. No roster"),
    dict(school="西峡县鹳河技工学校", pack="gbkzip", region="xx", course="kiwi", cls="电商2401班", size=38, seed=12,
         sidp="24411603", students=["屈佳怡", "冀子涵", "丁煦阳"], others_named=["袁秀芝", "陈保全", "乔长林"],
         teachers=["屈红梅", "丁志刚"], form_label="授课班级", form_count="电商2401班（共计38名同学）", form_size=38,
         f8="cs_card", f10="kpi", f11="returns", f12="hw_mono",
         makeup=True,
         findings=[],
         comment="clean. Customers 袁秀芝 and 陈保全 (收货人/买家) are named on the worksheets and on every 售后退货处理单 (item 11, "
                 "typed), the cooperative's head 乔长林 as 合作社审核 on item 11 (none is a student). Item 10 (TYPED) carries three "
                 "NON-SCORE back-office columns (接待量(人次), 平均响应(秒), 好评率) before the four scored parts, explained under "
                 "the table as not counted; one row's 备注 says `补考成绩`. Form: class and size in one cell `电商2401班（共计38名"
                 "同学）`, 38 = item 10. Item 8 (scanned 200 gray, turned about 2 degrees): `学生：＿ 学号：＿` by hand, the class "
                 "printed. Item 12: 1-bit hand pages with the teacher's red 订正 notes. No roster"),
    dict(school="西峡县鹳河技工学校", pack="gbkzip", region="xx", course="pump", cls="汽修2301班", size=40, seed=13,
         sidp="23411403", students=["范景行", "郭芷溪", "朱浩天"], items={8: ["范景行", "郭芷溪", "袁卓凡"]},
         extra_class=["袁卓凡", "赵允恒"], absent_from_10=["赵允恒"], others_named=["吕建设"],
         teachers=["范永刚", "冀海燕", "郭保平"], form_label="在读学生", form_count="40人", form_size=40,
         f8="pressure_test", f10="plain", f11="workorder", f12="hw_color",
         findings=[("students.mismatch", 8, True), ("records.count_mismatch", 10, False)],
         comment="item 8 (scanned 250 dpi gray, a feeler gauge on the glass) holds the worksheets of 范景行, 郭芷溪 and classmate "
                 "袁卓凡 (with an item-10 record) instead of 朱浩天's (items 11 and 12 hold the three): students.mismatch. Item 10 "
                 "(TYPED, plain) lists 39 (赵允恒 has no row); the form says `在读学生 | 40人`: records.count_mismatch (no roster). "
                 "The car owner 吕建设 is named on item 8 and 11 (not a student)"),
    dict(school="新化县紫鹊界技工学校", pack="dir", region="xh", course="nightround", cls="照护2401班", size=40, seed=21,
         sidp="202405290", students=["曾紫怡", "罗湘怡", "伍梓晴"], extra_class=["奉俊杰"], absent_from_10=["奉俊杰"],
         others_named=["邹满秀", "晏德厚", "苏满姑"], roster="youth", headteacher="颜雪梅", league="彭志勇",
         teachers=["曾淑华", "罗建英"], form_label="学员人数", form_count="40", form_size=40,
         f8="night_round", f10="gender", f11="falls", f12="hw_gray",
         findings=[("records.missing_student", 10, False, "奉俊杰"), ("records.count_mismatch", 10, False)],
         comment="the roster (the class's “青年大学习” tally of the Youth League branch: `序号 学号 姓名 政治面貌`, six weekly "
                 "columns of ✓/—, 完成率, the head teacher and the school's league secretary 彭志勇 at the foot) and the form "
                 "(`学员人数 | 40`) hold 40 with 奉俊杰; item 10 (TYPED, rows in two sections `男生（n人）` / `女生（n人）`, 学号 out "
                 "of order, 等级 column) has 39 rows and none for him: records.missing_student and records.count_mismatch. Item 8 "
                 "(printed, photographed): a 夜间巡视记录 with the elders 邹满秀, 晏德厚, 苏满姑 in the rows and `巡视人 <hand>` the "
                 "student; item 11 (typed): 跌倒风险评估表 with the elders as 照护对象"),
    dict(school="新化县紫鹊界技工学校", pack="dir", region="xh", course="printshop", cls="网络2401班", size=39, seed=22,
         sidp="2024030101", students=["肖峻岭", "邓楚瑶", "颜子骞"], outsiders={"颜子骞": "网络2402班"}, out_sidp="2024030102",
         extra_class=["谢资远"], bad={"谢资远": "sum"}, others_named=["罗炳坤"],
         teachers=["邹立新", "肖卫平"], form_label="上课学生", form_count="网络2401班，39位学生", form_size=39,
         f8="site_box", f10="stages", f11="print_share", f12="hw_probe",
         findings=[("students.not_in_class", 12, True, "颜子骞"), ("records.invalid_score", 10, False, "谢资远")],
         comment="颜子骞 of the parallel class 网络2402班 (his class and 学号 20240301021x on his worksheet, his typed 施工单 and his "
                 "photographed homework) is the third student of 8/11/12; item 10 (39 rows = form `网络2401班，39位学生`) has no "
                 "record of him: students.not_in_class. Item 10 (scanned 1-bit 250 dpi, landscape) is a STAGE register: three "
                 "阶段 heads over two parts and a 小计 each, 总评 = the sum of the three 小计 (said under it); 谢资远's 总评 is 6 "
                 "above that sum (his 小计 are right): records.invalid_score. The shop owner 罗炳坤 (客户/验收) on 8 and 11 is not a "
                 "student. Item 12: phone photos with multimeter test leads on the sheet"),
    dict(school="进贤县军山湖技工学校", pack="zip", region="jx", course="infusion", cls="机电2302班", size=41, seed=31,
         sidp="2312702", students=["熊梓轩", "涂雨彤", "万子昂"], items={12: ["熊梓轩", "涂雨彤", "万子昂", "胡沁妍"]},
         extra_class=["胡沁妍", "章一凡"], bad={"章一凡": "over"}, others_named=["舒卫民"],
         teachers=["熊建华", "涂丽萍", "万国平"], form_label="班级情况", form_count="2023级机电一体化技术（高级工）2302班，41人",
         form_size=41,
         f8="io_sheet", f10="station_color", f11="commission", f12="hw_probe",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "章一凡")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, multimeter test leads on the sheets) holds the homework of FOUR students: the three and "
                 "classmate 胡沁妍 (with an item-10 record): students.count on 12; students.mismatch optional. Item 10 (colour "
                 "scan 200, a non-score 工位 column `3#`) gives 章一凡 28 under `PLC编程（25）` (总分 the sum): records.invalid_score. "
                 "Form: `班级情况 | 2023级机电一体化技术（高级工）2302班，41人` = 41 rows. The factory's equipment engineer 舒卫民 "
                 "signs item 11 as 企业导师 (not a student). Item 8 (1-bit 250): `班级＿ 学号＿ 姓名＿` by hand and an I/O table"),
    dict(school="进贤县军山湖技工学校", pack="zip", region="jx", course="crab", cls="烹饪2402班", size=36, seed=32,
         sidp="24150102", students=["饶欣怡", "喻志豪", "买尔旦·艾则孜"], extra_class=["阿依努尔·卡德尔"],
         others_named=["程水根", "付长春", "邬建平"], roster="knives", headteacher="喻红英", keeper="黄水秀",
         teachers=["饶赣生", "帕提古丽·热合曼", "胡小兵"], form_label="受训人数", form_count="36人（含新疆籍学生2人）", form_size=36,
         f8="crab_accept", f10="cert_mock", f11="dish", f12="hw_gray7",
         findings=[],
         comment="clean. Item 10 (scanned 200 gray) is a MOCK SKILL-CERTIFICATION sheet (中式烹调师四级): 理论知识(100) and "
                 "操作技能(100) scored apart, 认定结果 合格 when both reach 60, NO total (said under it); the company chefs 付长春 "
                 "and 邬建平 as 考评员 at the foot, with the teachers. 36 rows = roster (a 刀具实名登记表, knife-kit numbers, the "
                 "keeper 黄水秀 and the head teacher at the foot) = form `受训人数 | 36人（含新疆籍学生2人）`. The third student "
                 "买尔旦·艾则孜 (middle dot) and classmate 阿依努尔·卡德尔 come from Xinjiang; the teacher 帕提古丽·热合曼 (Uyghur "
                 "name). The crab farmer 程水根 is named on item 8 and 11 as 供货方 (not a student)"),
]

PROVINCE = {1: "河南省南阳市西峡县", 2: "湖南省娄底市新化县", 3: "江西省南昌市进贤县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 西峡: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 新化: "项目8 工作页.pdf" (no leading number)
        return "项目%d %s.pdf" % (n, NAMES[n])
    return "%d．%s.pdf" % (n, NAMES[n])   # 进贤: "8．工作页.pdf" (full-width full stop)


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂项目申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书-%s.pdf" % s["cls"], "pdf"),
            3: ("%s优质课堂申报书.docx" % c["course"], "docx")}[grp(s)]


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
LAND = "size:29.7cm 21cm;margin:1.0cm 1.2cm"


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
    if g == 1:   # 西峡: 授课班级 and a size cell whose label varies
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"])]
        if s["form_label"] == "授课班级":
            rows += [("授课班级", s["form_count"])]
        else:
            rows += [("授课班级", s["cls"]), (s["form_label"], s["form_count"])]
        rows += [("学时", "%d" % c["hours"])]
    elif g == 2:   # 新化: one cell
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                (s["form_label"], s["form_count"]), ("授课地点", c["station"])]
    else:   # 进贤
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"])]
        if s["form_label"] == "班级情况":
            rows += [("班级情况", s["form_count"])]
        else:
            rows += [("授课班级", s["cls"]), (s["form_label"], s["form_count"])]
        rows += [("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>学习任务按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节展开。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
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
    on = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评阅：<span %s>%s</span>　　%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "tool_offset":   # a tool-offset table filled in by hand; the operator strip at the FOOT only
            offs = tbl([["刀号", "刀具", "X向磨耗", "Z向磨耗", "刀尖半径R"],
                        ["T01", "外圆粗车刀", hand("0", True), hand("0", True), "0.8"],
                        ["T02", "外圆精车刀", hand("-0.0%d" % (2 + i), True), hand("0.01", True), "0.4"],
                        ["T03", "切槽刀（3mm）", hand("0", True), hand("-0.02", True), "—"]], width="86%")
            foot = tbl([["机床号", "操作者", "学号", "班级", "日期"],
                        [hand("CK6140-%d" % (3 + i), True), hand(n), hand(sid, True), hand(cl, True), hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = (title + sit + answers(c, rng, i) + "<p><b>刀具补偿记录</b>（首件试切后填写）</p>" + offs + comment +
                    "<p>　</p>" + foot)
        elif f == "cs_card":   # 学生 / 学号 by hand, the class printed; customers named in the practice table
            head = '<p>班级：%s　　学生：＿%s＿　　学号：＿%s＿</p>' % (cl, hand(n), hand(sid, True))
            cases = tbl([["买家/收货人", "问题", "处理要点（学生填写）"],
                         ["%s（收货人）" % on[0], "一箱十二个，三个软烂", hand(["先道歉，请拍照，核实后按坏果退款", "拍照核实，退三个果的钱", "道歉，照片核实后仅退款"][i], True)],
                         ["%s（买家）" % on[1], "物流五天未到", hand(["查物流，联系快递，告知预计到货", "催快递，告诉买家", "查单号，跟进到货"][i], True)]],
                        width="100%")
            body = title + head + sit + answers(c, rng, i) + "<p><b>客服接待练习</b></p>" + cases + comment
        elif f == "pressure_test":   # hand line on top; a pressure-test record; the car owner named
            head = '<p>姓名＿%s＿　　班级＿%s＿　　学号＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            rec = tbl([["车主", on[0], "车牌", "豫R·7%d%d3K" % (2 + i, 5 + i)],
                       ["测试压力", hand("%d kPa" % (120 + 10 * i), True), "保压时间", hand("5 min", True)],
                       ["压力下降", hand(["无", "无", "下降5kPa，复测无"][i], True), "外部泄漏", hand("无", True)],
                       ["结论", (hand("冷却系统无泄漏，继续检查电子水泵", True), ' colspan="3"')]], width="92%")
            body = title + head + sit + answers(c, rng, i) + "<p><b>冷却系统压力测试记录</b></p>" + rec + comment
        elif f == "night_round":   # a night-round log with the elders in the rows, 巡视人 the student
            rows = [["时间", "房间/床位", "照护对象", "睡眠/起夜", "处理"]]
            for k, (tm, room) in enumerate([("22:00", "1号房1床"), ("0:30", "1号房2床"), ("3:00", "2号房1床"), ("5:30", "1号房1床")]):
                rows.append([tm, room, on[[0, 1, 2, 0][k]], hand(["睡眠好", "起夜一次", "翻身", "已醒"][(k + i) % 4], True),
                             hand(["拉好床栏", "陪同如厕", "调暗夜灯", "协助三个半分钟起床"][(k + i) % 4], True)])
            head = '<p>巡视人：%s　　班级：%s　　学号：%s　　日期：%s</p>' % (hand(n), hand(cl, True), hand(sid, True), hand(day(s, i)[5:], True))
            body = ('<h3 style="text-align:center">%s<br/>学习工作页（夜间巡视记录）</h3>' % c["task"] + head + tbl(rows, width="100%") +
                    sit + answers(c, rng, i) + comment)
        elif f == "site_box":   # a site-survey head box 姓名/学号/班级/客户
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)],
                        ["班　级", hand(cl, True), "客　户", "%s（文印店店主）" % on[0]]], width="90%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "io_sheet":   # 班级＿ 学号＿ 姓名＿ and an I/O table by hand
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            io = tbl([["输入", "地址", "输出", "地址"],
                      ["启动按钮SB1", hand("X0", True), "夹爪电磁阀YV1", hand("Y0", True)],
                      ["滴斗到位SQ1", hand("X%d" % (3 + i % 2), True), "推料电磁阀YV2", hand("Y1", True)],
                      ["夹紧到位B1", hand("X5", True), "运行指示HL1", hand("Y%d" % (4 + i % 2), True)]], width="86%")
            body = title + head + sit + answers(c, rng, i, ink=BLACK) + "<p><b>I/O分配（学生填写）</b></p>" + io + comment
        elif f == "crab_accept":   # a goods-receipt card from the crab farmer, 验收人 the student
            head = tbl([["供货方", "军山湖清水大闸蟹养殖户　%s" % on[0], "到货时间", hand(day(s, i)[5:] + " 7:40", True)],
                        ["验收人", hand(n), "班级/学号", hand("%s / %s" % (cl, sid), True)]], width="100%", pad="4px 4px")
            rec = tbl([["品名", "规格", "数量", "活力", "验收结论"],
                       ["公蟹", "四两", hand("%d只" % (36 + 6 * i), True), hand("翻身快", True), hand("合格", True)],
                       ["母蟹", "三两", hand("%d只" % (30 + 6 * i), True), hand("好", True), hand("合格", True)]], width="92%")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"] + head + "<p><b>原料验收</b></p>" + rec +
                    sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"tool_offset": "x-scanpdf:200:feeler", "cs_card": "x-scanpdf:200:skew2", "pressure_test": "x-scanpdf:250:feeler",
            "night_round": "x-scanpdf:200:photo", "site_box": "x-scanpdf:300", "io_sheet": "x-scanpdf:250:mono",
            "crab_accept": "x-scanpdf:250:color"}[f]
    font = {"cs_card": "Noto Sans CJK SC", "site_box": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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


def item10(s, c, rec, d):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "dimension":   # the work-piece dimensions as the heads, 配分 in brackets
        parts = [("外圆φ20h6", 15), ("轴承位φ12k6", 15), ("内孔φ8H7", 15), ("总长86±0.05", 10), ("螺纹M10×1", 10),
                 ("表面粗糙度Ra0.8", 10), ("工艺与程序", 15), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>（%d）" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            if bad.get(n) == "over":
                v[2] = 19
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表（转子轴工件检测评分）") + table(out) +
                "<p>注：括号内为该项配分，尺寸超差不得分，共%d人。</p>" % len(rec) + sign)
        return "10.html", html(body, "8.5pt", compact=True, page=LAND), "x-scanpdf:250:feeler"
    if f == "kpi":   # non-score back-office columns before the scored parts
        parts = [("售前接待", 25), ("售后处理", 30), ("差评回复", 25), ("职业素养", 20)]
        hd = ["序号", "学号", "姓名", "接待量<br/>(人次)", "平均响应<br/>(秒)", "好评率"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        mk = rng.randrange(5, len(rec) - 5)
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            kpi = [str(rng.randint(46, 132)), str(rng.randint(9, 38)), "%.1f%%" % rng.uniform(91, 99.8)]
            out.append(trow([str(k + 1), sid_of(s, n), n] + kpi + [str(x) for x in v] + [str(sum(v)), "补考成绩" if k == mk else ""], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：接待量、平均响应时间、好评率取自客服后台数据，供评分参考，不计入总分；总分＝售前接待＋售后处理＋差评回复＋职业素养。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain":
        parts = [("接车问诊", 10), ("冷却系统检查", 20), ("压力测试", 15), ("电子水泵诊断", 30), ("修复与验证", 15), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "gender":   # the rows in two sections, 男生 then 女生, the 学号 out of order
        parts = [("生命体征测量", 20), ("夜间巡视", 25), ("跌倒风险评估", 25), ("沟通与人文关怀", 20), ("记录书写", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        k = 0
        for label, grp_ in (("男生", [n for n in rec if is_male(n)]), ("女生", [n for n in rec if not is_male(n)])):
            out.append('<tr><td colspan="10" style="border:0.75pt solid #000;padding:1px 6px;background:#e6e6e6"><b>%s（%d人）</b></td></tr>' % (label, len(grp_)))
            for n in sorted(grp_, key=lambda x: sid_of(s, x)):
                k += 1
                v = part_scores(rng, parts, 0.6, 0.97)
                out.append(trow([str(k), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) + "<p>等级：90分及以上优秀，80～89良好，60～79合格。合计%d人。</p>" % len(rec) + sign)
        return "10.html", html(body, "8.5pt", compact=True), "pdf"
    if f == "stages":   # three project stages, two parts and a 小计 each, 总评 the sum of the three 小计
        stages = [("阶段一　现场勘察与规划", [("勘察记录", 10), ("地址规划", 10)]),
                  ("阶段二　组网与共享配置", [("布线与连接", 15), ("共享配置", 25)]),
                  ("阶段三　测试与验收交付", [("连通测试", 20), ("验收交付", 20)])]
        h1 = "".join(td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ("序号", "学号", "姓名"))
        h1 += "".join(td("<b>%s</b>" % st, ' align="center" colspan="3"', pad) for st, _ in stages)
        h1 += td("<b>总评</b>", ' align="center" rowspan="2"', pad)
        h2 = []
        for _, ps in stages:
            h2 += ["<b>%s(%d)</b>" % p for p in ps] + ["<b>小计</b>"]
        out = ["<tr>%s</tr>" % h1, trow(h2, pad)]
        for k, n in enumerate(rec):
            cells, tot = [], 0
            for _, ps in stages:
                v = part_scores(rng, ps, 0.62, 0.96)
                cells += [str(x) for x in v] + [str(sum(v))]
                tot += sum(v)
            tot += 6 if bad.get(n) == "sum" else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核记录表（分阶段）") + table(out) +
                "<p>说明：各阶段小计为本阶段两项得分之和，总评＝阶段一小计＋阶段二小计＋阶段三小计（满分100）。共%d人。</p>" % len(rec) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page=LAND), "x-scanpdf:250:mono"
    if f == "station_color":   # a 工位 column before the parts
        parts = [("气路连接", 15), ("电气接线", 20), ("PLC编程", 25), ("联机调试", 25), ("安全与6S", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "工位"] + ["%s（%d）" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 28
            out.append(trow([str(k + 1), sid_of(s, n), n, "%d#" % (1 + k % 8)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color"
    if f == "cert_mock":   # a mock of the vocational-skill certification: two separate 100-point parts, pass or fail, no total
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "理论知识<br/>(100)", "操作技能<br/>(100)", "认定结果", "备注"]], pad)]
        for k, n in enumerate(rec):
            th, op = int(round(100 * rng.uniform(0.62, 0.95))), int(round(100 * rng.uniform(0.64, 0.96)))
            out.append(trow([str(k + 1), sid_of(s, n), n, str(th), str(op), "合格" if min(th, op) >= 60 else "不合格",
                             "操作：清蒸大闸蟹、蟹粉豆腐" if k == 0 else ""], pad))
        on = s["others_named"]
        body = ('<p style="text-align:center"><b>中式烹调师（四级/中级工）职业技能等级认定模拟考核成绩表</b></p>'
                "<p>（学习任务考核记录）　%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>" % (s["school"], s["cls"], c["course"], c["task"], day(s, 11)) +
                table(out) +
                "<p>说明：理论知识、操作技能分别按百分制计分，两项均达到60分为合格，两项成绩不相加。</p>"
                "<p>操作技能考评员：%s（湖鲜酒楼厨师长，企业考评员）、%s（企业考评员）、%s　　理论阅卷：%s、%s　　共%d人</p>"
                % (on[1], on[2], t[0], t[1], t[2], len(rec)))
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    on = s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "inspection":   # 操作者 (class) and 检验员, the factory's inspector as 企业验收
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "电子水泵转子轴", "图号", "SB-ZZ-0%d" % (3 + j)],
                                  ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 2]],
                                  ["轴承位", "φ12k6", "12.00%d" % (6 + i), "合格"], ["外圆", "φ20h6", "19.99%d" % (2 + i), "合格"],
                                  ["企业验收", on[0] + "（水泵厂质检）", "日期", day(s, 30 + i)]], width="92%") +
                             "<p>备注：%s</p>" % desc)
            elif f == "returns":   # after-sales return slips: customers named, 处理人 the student
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["订单号", "24092%07d" % (3710 + 97 * i + j), "申请时间", day(s, 30 + i)],
                                  ["收货人", on[j % 2], "问题", ["三个果子软烂", "物流超时，果子过熟"][j]],
                                  ["处理方式", ["按坏果数量仅退款", "退货退款，补发一箱"][j], "处理人", "%s（%s）" % (n, cl)],
                                  ["合作社审核", on[2], "结果", desc]], width="92%"))
            elif f == "workorder":   # 维修技师 and the owner
                parts.append('<h3>%s</h3>' % title + tbl([["车主", on[0], "车型", "1.5T紧凑型SUV"],
                                                          ["维修技师", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                                          ["项目", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "falls":   # the elders as 照护对象, 评估人 the student
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", on[(i + j) % 3], "年龄", "%d岁" % (78 + 3 * i + j)],
                                  ["评估人", "%s（%s）" % (n, cl), "复核", t[j % 2]],
                                  ["评估/记录", desc, "日期", day(s, 30 + i)]], width="90%"))
            elif f == "print_share":   # the shop owner as 客户/验收, 施工人 the student
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["客户", "%s（文印店）" % on[0], "施工日期", day(s, 30 + i)],
                                  ["施工人", n, "班级/学号", "%s / %s" % (cl, sid)],
                                  ["内容", desc, "客户验收", on[0]]], width="92%"))
            elif f == "commission":   # 调试人 and the factory engineer as 企业导师
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["工位", "夹爪压管工位（3#）", "调试人", "%s　%s" % (n, cl)],
                                  ["内容", desc, "企业导师", on[0]], ["指导教师", t[j % 3], "日期", day(s, 30 + i)]], width="92%"))
            elif f == "dish":   # 出品人 and the crab farmer as 供货方
                parts.append('<h3>%s</h3>' % title + tbl([["出品人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "军山湖大闸蟹（供货方：%s）" % on[0], "辅料", "姜、葱、黄酒、香醋" if j == 0 else "嫩豆腐、猪油、姜末"],
                                                          ["成品评价", desc, "评价人", t[j % 2]]], width="92%"))
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
            if f == "hw_mono" and qi == 1:
                qa.insert(-1, "! 订正：回复里不要写出顾客的全名和电话")
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "hw_photo":
            head = ["数控车削课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hw_mono":
            head = ["网店客服　课后作业", "> 班级 %s　姓名 %s" % (cl, n)]
        elif f == "hw_color":
            head = ["课后练习（冷却系统）", "> 学号 %s　姓名 %s　%s" % (sid, n, cl)]
        elif f == "hw_gray":
            head = ["居家照护课后作业", "> 班级：%s　学号：%s　姓名：%s" % (cl, sid[-2:], n)]
        elif f == "hw_probe":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hw_gray7":
            head = ["烹饪课后作业（河鲜）", "> 姓名：%s　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"hw_photo": "x-photo:200:2", "hw_mono": "x-scan:200:3:mono", "hw_color": "x-scan:250:4:color",
            "hw_gray": "x-scan:200:1", "hw_probe": "x-photo:200:%d:probes" % (2 + grp(s) % 2), "hw_gray7": "x-scan:200:2"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    return "男" if is_male(n) else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "youth":   # the Youth League branch's tally of the weekly online study, every member of the class
        rng = random.Random(s["seed"] * 99)
        weeks = ["第%d期" % x for x in range(9, 15)]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 3px") for x in ["序号", "学号", "姓名", "政治面貌"] + weeks + ["完成率"])]
        for j, n in enumerate(k):
            done = [rng.random() < 0.9 for _ in weeks]
            rows.append(trow([str(j + 1), sid_of(s, n), n, "共青团员" if rng.random() < 0.45 else "群众"] + ["✓" if d_ else "—" for d_ in done]
                             + ["%d%%" % round(100.0 * sum(done) / len(done))], "1px 3px"))
        body = ('<h2 style="text-align:center">“青年大学习”学习情况统计表</h2><p style="text-align:center">%s　%s团支部　2024年秋季学期</p>' % (s["school"], s["cls"]) +
                table(rows, width="96%") + "<p>班级人数：%d人　　统计：团支部　　班主任：%s　　校团委：%s</p>" % (len(k), s["headteacher"], s["league"]))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（青年大学习统计）.pdf\tpdf\troster\t0" % s["cls"])
        return [s["league"]]
    if r == "knives":   # the knife-kit register: every student's kit number, the keeper and the head teacher
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "刀具套装编号", "件数", "领取日期", "本人签名"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, "JSH-DJ-24%03d" % (201 + j), "5", "2024-09-04", ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s刀具实名登记表</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="92%") +
                "<p>说明：每套含片刀、砍刀、雕刻刀、刀棍、刀箱各一件；刀具统一存放于实训楼刀具柜，课后交回，不得带出校外。</p>"
                "<p>刀具保管员：%s　　班主任：%s　　合计：%d人（含新疆籍学生2人）</p>" % (s["keeper"], s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s刀具实名登记名单.pdf\tpdf\troster\t0" % s["cls"])
        return [s["keeper"]]
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
    truth = {"comment": "Hundred-and-forty-fourth held-out people corpus (testdata/heldout144), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", []) + ([s["league"]] if s.get("league") else []) + ([s["keeper"]] if s.get("keeper") else [])]
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
    people = all_teachers + all_others
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            if near(a, b):
                raise SystemExit("%s is near %s" % (a, b))
    for a in all_planted:
        for b in people:
            if near(a, b):
                raise SystemExit("planted %s is near %s" % (a, b))
    for i, a in enumerate(all_planted):
        for b in all_planted[i + 1:]:
            if near(a, b):
                raise SystemExit("planted %s is near planted %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 144)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + people + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"], MALE_SHARE[s["course"]])
        for a in s["klass"]:
            assert not used(a), a
            for b in s["klass"]:
                assert a == b or not near(a, b), (a, b)
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec, d)), (11, item11(s, c, items[11], d)),
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
        officers = {}
        if s.get("headteacher"):
            officers["班主任"] = s["headteacher"]
        if s.get("league"):
            officers["校团委"] = s["league"]
        if s.get("keeper"):
            officers["刀具保管员"] = s["keeper"]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s["form_size"], "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": officers,
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": dedup(s.get("others_named", []) + extra_named),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
