#!/usr/bin/env python3
"""Write the sources of the thirteenth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Eight submissions of four invented schools in Hebei and
Shanxi (石家庄, 保定, 太原, 大同).

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 13)] + ["othertools"]

# Hebei / Shanxi surnames
SURNAMES = list("郝阎贾靳乔霍温武段牛范侯康薛栗申秦卫晋任梁杜白田韩赵王李张刘郭耿尉")
COMPOUND = ["令狐", "司马"]
GIVEN2 = ("晋生 建平 保国 润田 振宇 国栋 玉洁 春霞 秀英 丽霞 晓燕 红梅 艳芳 少华 卫东 永强 志刚 海龙 鹏程 家豪 "
          "宇轩 浩宇 欣然 雨萱 子涵 浩然 宇航 梦瑶 雨桐 思彤 嘉欣 晨曦 俊杰 博文 欣怡 诗涵 一诺 若曦 子轩 明轩 "
          "泽宇 静怡 梓萱 皓轩 雅琪 佳怡 燕生 冀平 太平 晋阳 二虎 满仓 秋菊 翠萍 彩霞 金凤 拴柱 引弟 亚男 俊峰 "
          "海波 立新 云峰 志宏 建伟 晓光 鹏飞 文博 雨晨 紫涵 佳慧 书豪 梦洁 新宇 建勋 晓伟 瑞峰 志远 海涛 "
          "佳乐 天宇 子墨 沐阳 思远 一鸣 佩琪 若涵 乐怡 雅静 婉婷 晓琳 昊天 俊豪 子健 文轩").split()
GIVEN1 = list("磊鹏超静敏蕾杰昊琦璐瑶森悦涛旭")


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
    """Display name (a trailing # marks the second of two students of one name)."""
    return n.rstrip("#")


def draw_one(rng, compound_ok):
    if compound_ok and rng.random() < 0.02:
        return rng.choice(COMPOUND) + rng.choice(GIVEN2)
    g = rng.choice(GIVEN1) if rng.random() < 0.18 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES) + g


def draw_class(rng, n, fixed, avoid):
    names = list(fixed)
    while len(names) < n:
        compound_ok = not any(x[:2] in COMPOUND for x in names if x not in fixed)
        name = draw_one(rng, compound_ok)
        if name in names or name in USED_BEFORE or name in TAKEN or any(near(name, D(f)) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(D(x) for x in names)
    return names


C = {
 "mech": dict(major="机电一体化技术", code="0127", course="可编程控制系统安装与调试", task="药厂洁净车间风淋室门禁PLC控制系统安装与调试",
   hours=20, station="机电一体化PLC控制一体化学习工作站",
   situation="石家庄一家制药企业的固体制剂车间要改造洁净区入口的风淋室：两道门必须互锁，人员进入后风机吹淋15秒，吹淋结束前两道门都不能打开，遇到紧急情况按下急停按钮两道门同时解锁。设备部把改造任务交给实训车间，要求学员绘制I/O分配表和接线图，安装电器元件，编写并调试PLC程序，最后填写调试记录交付验收。",
   qs=[("引导问题1 风淋室两道门为什么必须互锁？程序里怎样实现？", ["防止外面没有净化的空气直接进入洁净区；用一道门的门磁信号去锁另一道门的电磁锁。", "两个门不能同时开，一个门开着另一个门的输出就断开。", "保证洁净区压差，程序里两个门的输出互相串联对方的常闭触点。"]),
       ("引导问题2 吹淋15秒用什么指令？急停按钮接常开还是常闭？", ["用通电延时定时器T37，设定值150；急停接常闭触点，断线也能停机。", "定时器计时15秒，急停用常闭，安全。", "TON定时器，急停按钮必须用常闭，这样线断了也会动作。"])],
   hw=[("1. I/O分配表要写哪些内容？", ["输入输出点的地址、元件名称、符号和作用。", "每个地址接什么元件，起什么作用。", "地址、元件代号、功能说明。"]),
       ("2. 调试时发现门锁不动作，应按什么顺序检查？", ["先看PLC输出指示灯，再量输出端电压，最后查电磁锁和接线。", "先查程序监控，再查线路，再查负载。", "从PLC输出点到电磁锁一段一段测量。"])],
   outputs=[("风淋室门禁I/O分配表与接线图", "列出了12个输入点和6个输出点。"), ("PLC控制程序（带注释）", "程序分为互锁、吹淋计时和急停三段。"), ("系统调试记录与验收单", "记录了8项功能测试的结果。")]),
 "care": dict(major="健康与社会照护", code="0529", course="老年人生活照护", task="日间照料中心失能老人助浴服务",
   hours=14, station="老年照护一体化学习工作站", parts=[("助浴前评估", 20), ("助浴操作", 50), ("沟通与人文关怀", 30)],
   situation="石家庄市长安区一家社区日间照料中心每周为失能、半失能老人提供两次助浴服务。入冬后浴室温度低，老人怕冷，有的家属担心洗澡时摔倒。中心主任要求照护员在助浴前评估老人的身体状况和皮肤情况，调好室温和水温，按流程协助老人洗浴，注意保暖、防滑和隐私保护，做好助浴记录。",
   qs=[("问题一 助浴前要评估老人哪些情况？", ["测血压、脉搏，看精神状态和皮肤有没有破损，问问今天有没有不舒服，饭后一小时内不洗。", "身体状况、皮肤情况和老人的意愿。", "生命体征、活动能力、皮肤，还有老人愿不愿意洗。"]),
       ("问题二 室温和水温各调到多少？怎样试水温？", ["室温24到26度，水温40度左右，先用手腕内侧试，再请老人用手试一下。", "室温二十四度以上，水温四十度，用水温计测。", "先开浴霸把浴室烘暖，水温不超过四十一度，照护员先试。"])],
   hw=[("1. 助浴过程中老人突然头晕怎么办？", ["马上停止洗浴，扶老人坐下或躺平，用浴巾保暖，测血压，报告护士。", "停下来让老人休息，注意保暖，通知医护人员。", "立即停止，让老人平卧，观察情况并上报。"]),
       ("2. 怎样保护老人的隐私？", ["关好门窗，拉上帘子，用浴巾遮盖不洗的部位，不让无关人员进入。", "洗的时候用毛巾盖住身体，门口挂牌子。", "尊重老人，只暴露清洗的部位。"]),
       ("3. 冬季助浴后要注意什么？", ["马上擦干穿衣，头发吹干，喝点温水，在暖和的房间休息半小时再出门。", "擦干身体，及时穿衣，补充水分。", "注意保暖，防止感冒，观察皮肤。"]),
       ("4. 助浴记录要写哪些内容？", ["日期、时间、水温、老人的身体情况、皮肤情况和有没有异常。", "洗浴时间、老人反应、皮肤状况。", "助浴前后的评估结果和照护员签名。"])],
   outputs=[("助浴前评估表", "评估了生命体征、皮肤和活动能力。"), ("助浴服务流程图", "画出了从准备到整理的十个步骤。"), ("家属沟通记录", "记录了两次和家属的沟通。")]),
 "ev": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车热管理系统检修", task="纯电动汽车电池冷却液泵不工作故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站", parts=[("安全防护与高压断电", 20), ("故障诊断", 45), ("维修与验证", 35)],
   situation="保定一家新能源汽车特约维修站接到一辆纯电动SUV：夏天快充时仪表提示“动力电池温度过高，充电功率受限”。技术主管初步判断是电池冷却回路的电子水泵不工作，要求学员在做好高压安全防护的前提下，读取故障码和数据流，检查水泵供电、控制信号和插接器，排除故障并验证快充功率恢复正常。",
   qs=[("引导问题一 检修热管理系统前要做哪些安全准备？", ["穿戴绝缘手套和护目镜，断开低压蓄电池负极，拔下维修开关，等待5分钟再验电。", "做好个人防护，高压断电，确认无电。", "设置隔离区，断开高压，用万用表验电。"]),
       ("引导问题二 电子水泵不工作可能有哪些原因？", ["水泵供电保险丝烧断、PWM控制信号没有、插接器进水腐蚀或者水泵本身损坏。", "电源、信号、线束、水泵四个方面。", "保险丝、控制器、插头和泵体。"])],
   hw=[("一、为什么动力电池温度高时要限制充电功率？", ["温度高时电池内部副反应加快，容易热失控，所以BMS降低充电电流保护电池。", "防止电池过热损坏。", "电池太热充电不安全，系统会自动降功率。"]),
       ("二、更换水泵后怎样排空冷却液里的空气？", ["用诊断仪启动水泵排气程序，边运行边补加冷却液到标准液位。", "运行水泵，补充冷却液。", "打开排气螺栓，循环排气。"])],
   outputs=[("高压安全操作检查表", "列出了十二项断电和验电步骤。"), ("电子水泵故障诊断报告", "记录了故障码、数据流和测量值。"), ("维修竣工检验单", "验证了快充功率恢复到90千瓦。")]),
 "cook": dict(major="烹饪(中式烹调)", code="0501", course="北方风味面点与小吃制作", task="保定驴肉火烧制作",
   hours=12, station="中式面点一体化学习工作站", parts=[("和面", 15), ("制馅", 25), ("成型", 20), ("烙烤", 25), ("成品", 15)],
   situation="保定一家老字号驴肉火烧店准备在高铁站开分店，需要做出外皮酥脆、层次分明、驴肉香而不腥的标准化火烧。店长请实训班学员按店里的配方完成卤驴肉、和面、起酥、成型和先烙后烤，控制好炉温和时间，并整理出可以在分店使用的操作规范。",
   qs=[("问题1 火烧为什么要先烙后烤？", ["先在鏊子上烙定型、上色，再放进炉膛里烤，外皮才会酥脆鼓起。", "烙是定型，烤是让里面熟透起层。", "先烙两面金黄，再进炉烤，酥脆。"]),
       ("问题2 卤驴肉怎样去腥？", ["先泡水去血水，焯水后再下老汤，放花椒大料和陈皮小火卤。", "冷水泡，焯水，卤的时候放香料。", "泡透血水，焯水打沫，老汤慢卤。"])],
   hw=[("一、火烧起层不好的原因有哪些？", ["油酥太少或者擀得不均匀，面醒得不够。", "油酥不够，卷的时候不紧。", "面太硬，起酥没擀开。"]),
       ("二、驴肉夹进火烧时要注意什么？", ["肉切碎加一点焖子和老汤，趁热夹，火烧要现烤现夹。", "肉要剁碎，配青椒，趁热吃。", "火烧刚出炉时用刀切口，夹热肉。"])],
   outputs=[("驴肉火烧成品", "外皮金黄，层次清楚。"), ("卤驴肉成品", "色泽酱红，不腥不柴。"), ("操作规范卡", "写明了面粉、油酥和卤汤的用量。")]),
 "metro": dict(major="城市轨道交通运输与管理", code="0431", course="城市轨道交通客运服务", task="地铁车站乘客遗失物品招领处理",
   hours=10, station="城市轨道交通客运服务一体化实训室", parts=[("登记与保管", 30), ("乘客查询与认领", 40), ("服务礼仪", 30)],
   situation="太原地铁2号线某站每天都会收到乘客遗失的手机、钱包、背包等物品。春节前客流大，遗失物品明显增多，有乘客打电话询问却说不清丢在哪里。值班站长要求站务员按规定登记、拍照、封存遗失物品，帮助乘客查询，核实身份后办理认领，并做好交接记录。",
   qs=[("任务一 拾到遗失物品后怎样登记？", ["两人在场，清点物品，拍照，填写遗失物品登记表并封存，贵重物品单独保管。", "当面清点、登记、拍照、封存。", "填写登记表，写清楚物品特征和拾得地点。"]),
       ("任务二 乘客来认领时要核实什么？", ["核对乘客的身份证件，请他说出物品的特征和里面的东西，对上了才能认领并签字。", "核对身份和物品特征。", "看证件，问清楚物品里面有什么。"])],
   hw=[("1. 乘客丢了手机很着急，怎样安抚？", ["先请乘客别着急，问清楚乘车时间和车厢位置，马上联系沿线车站和列车查找。", "耐心安慰，帮他查询。", "告诉乘客我们会尽力帮他找。"]),
       ("2. 遗失物品超过保管期限怎么处理？", ["按规定移交公司的遗失物品中心，贵重物品交公安部门。", "上交统一处理。", "送到失物招领中心。"])],
   outputs=[("遗失物品处理流程图", "画出了从拾得到认领的七个环节。"), ("遗失物品登记表（填写示例）", "按车站格式填写了三件物品。"), ("乘客认领服务情景剧本", "写了一段三分钟的情景对话。")]),
 "tcm": dict(major="中药", code="1301", course="中药炮制技术", task="潞党参米炒炮制",
   hours=12, station="中药炮制一体化学习工作站", parts=[("净制切制", 25), ("米炒", 45), ("质量检查", 30)],
   situation="长治一家中药饮片公司收购了一批上党地区的潞党参，需要按《中国药典》和省炮制规范加工成米炒党参。车间主任要求学员先把党参净制、切厚片，再按每100公斤党参用米20公斤的比例，将米炒至冒烟后投入党参片，炒至表面深黄色，筛去米，晾凉包装，并填写批生产记录。",
   qs=[("问题一 米炒党参时先炒米还是先放党参？", ["先把锅烧热，撒上浸湿的米，炒到冒烟再放党参片，拌炒到党参表面深黄色。", "先炒米，米冒烟了再放党参。", "米先下锅，等米粘锅冒烟后投药。"]),
       ("问题二 米炒党参的目的是什么？", ["增强健脾止泻的作用，减少党参的滋腻之性。", "增强健脾作用。", "米炒以后和胃健脾的作用更好。"])],
   hw=[("1. 怎样判断米炒党参的火候？", ["党参片表面深黄色，偶有焦斑，米呈焦褐色，有香气。", "看颜色，深黄色就好了。", "米变焦黄，党参有香味。"]),
       ("2. 潞党参的性状特点是什么？", ["根头有狮子盘头，表面有环纹，断面有菊花心，味甜。", "狮子盘头，横纹多，味道甜。", "有狮子头和菊花心。"])],
   outputs=[("米炒党参工艺流程图", "标明了净制、切片、米炒、筛米、包装五道工序。"), ("批生产记录", "记录了投料量、用米量和炒制时间。"), ("饮片性状检查记录", "对照标准检查了颜色、气味和断面。")]),
 "anim": dict(major="计算机动画制作", code="0306", course="二维动画角色设计", task="云冈石窟飞天伎乐二维动画角色设计",
   hours=16, station="动画设计一体化学习工作站", parts=[("角色设定", 30), ("造型设计", 40), ("色彩表现", 30)],
   situation="大同一家文旅公司要为云冈石窟研学活动制作一部三分钟的二维动画短片，主角是第12窟“音乐窟”里弹奏乐器的飞天伎乐。公司的美术总监请学员根据石窟照片和文献，完成角色的设定文案、三视图、表情和动作设计，以及符合北魏风格的色彩方案，并画出第一场戏的分镜头脚本。",
   qs=[("问题1 北魏飞天的造型有哪些特点？", ["面相清瘦，褒衣博带，身体呈U字形飞舞，飘带很长。", "身材修长，衣带飘逸，秀骨清像。", "脸瘦长，衣服宽大，动作舒展。"]),
       ("问题2 角色三视图要注意什么？", ["正面、侧面、背面的比例要一致，关键部位用辅助线对齐。", "三个角度的身高和比例统一。", "用水平线对齐头、肩、腰、脚。"])],
   hw=[("一、怎样让飞天的飘带动画更自然？", ["按跟随动作和重叠动作的原理，飘带比身体晚几帧，末端幅度最大。", "飘带要滞后于身体运动。", "用曲线运动，末梢动作慢半拍。"]),
       ("二、石窟壁画的色彩怎样转成动画配色？", ["提取土红、石绿、赭石等主色，降低饱和度，保持古朴的感觉。", "用壁画里的颜色，饱和度低一点。", "主色取土红和石青，背景用暖灰。"])],
   outputs=[("角色设定文案与三视图", "完成了飞天伎乐的正侧背三视图。"), ("表情与动作设计稿", "画了八个表情和六个弹奏动作。"), ("第一场分镜头脚本", "共十二个镜头，时长四十秒。")]),
 "ecom": dict(major="电子商务", code="0603", course="直播电商运营", task="大同黄花菜直播间选品与排品策划",
   hours=14, station="电子商务直播运营一体化实训室", parts=[("选品分析", 25), ("直播脚本", 30), ("排品与定价", 25), ("复盘报告", 20)],
   situation="大同市云州区的黄花菜合作社今年新建了烘干车间，想通过直播把干黄花、黄花酱和黄花礼盒卖到全国。合作社请学员帮助策划一场两小时的助农直播：分析产品和目标人群，确定引流款、利润款和形象款，安排上架顺序和价格，编写直播脚本，直播结束后根据数据写复盘报告。",
   qs=[("问题1 直播间的引流款、利润款和形象款各选什么？", ["引流款选9.9元的小袋干黄花，利润款选黄花酱组合，形象款选高端礼盒。", "便宜的小包装引流，组合装赚钱，礼盒撑门面。", "小袋引流，酱料利润，礼盒形象。"]),
       ("问题2 排品顺序怎样安排？", ["开场先上引流款聚人气，人多时上利润款，中间穿插福利，最后上礼盒。", "先引流再转化，最后形象款。", "按人气高低安排，引流款放在开场和掉人的时候。"])],
   hw=[("一、直播复盘要看哪些数据？", ["观看人数、平均停留时长、商品点击率、转化率和客单价。", "在线人数、成交额、转化率。", "流量、停留、点击、成交四类数据。"]),
       ("二、观众说黄花菜有毒怎么回应？", ["说明鲜黄花含秋水仙碱，我们卖的是蒸制晒干的干黄花，泡发煮熟食用很安全。", "解释干黄花是加工过的，可以放心吃。", "告诉观众干黄花经过蒸制，没有毒。"])],
   outputs=[("产品与人群分析表", "分析了三款产品和四类人群。"), ("两小时直播脚本", "按十五分钟一段写了八段脚本。"), ("直播复盘报告", "根据模拟数据提出了五条改进意见。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="石家庄市滹沱河技工学校", pack="dir", course="mech", cls="机电2301班", size=40, seed=11, sidp="20230127",
         students=["郝宇航", "靳子轩", "段博文"], outsiders={"段博文": "机电2302班"}, out_sidp="20230128",
         extra_class=["薛凯"], bad={"薛凯": "over"}, teachers=["侯志刚", "范丽霞"], form_count="40人",
         f8="stamp_box", f10="two_rows", f11="cover_per_work", f12="exercise_book",
         findings=[("students.not_in_class", 8, True, "段博文"), ("records.invalid_score", 10, False, "薛凯")],
         comment="段博文 of the parallel class 机电2302班 (his class and 学号 on his pages) is the third student of "
                 "8/11/12; item 10 (40 rows = 班级人数 40) has no record of him: students.not_in_class. Item 8: a "
                 "stamp-like box at the top right `学生：` / `班级：` filled in black pen (answers in blue); scanned 200 "
                 "dpi gray. Item 10 TYPED: each student has two rows (理论 满分40 / 实操 满分60) with 序号/学号/姓名 and "
                 "总成绩 spanning both; 薛凯's 实操 得分 is 64 for 满分 60: records.invalid_score. Item 11 typed: a cover "
                 "page (作品名称/作者/班级/学号/指导教师) before each work. Item 12: an exercise-book cover per student "
                 "(name only there), the homework on the next page"),
    dict(school="石家庄市滹沱河技工学校", pack="dir", course="care", cls="照护2302班", size=42, seed=12, sidp="20230529",
         students=["霍建军", "贾文静", "令狐梦瑶"], extra_class=["贾文静#"], teachers=["霍建国", "申秀英"],
         notes={"@5": "缺考", "@17": "缺考", "@30": "休学", "@9": "请假补考"}, form_count="42（含休学1人）",
         roster="roster_two_sheets", headteacher="梁翠萍", dropped=[("牛振宇", "2024年3月", "转学"), ("卫晓燕", "2024年6月", "退学")],
         f8="seal_line", f10="ranked", f11="submitter_typed", f12="continuation", findings=[],
         comment="clean: teacher 霍建国 and student 霍建军 (one of the three) one character apart, the teacher on every "
                 "worksheet and homework page; TWO students named 贾文静 (学号 differ; the one of the three carries her "
                 "学号 on her worksheet); 4-char compound 令狐梦瑶 (one of the three). Form `42（含休学1人）`; item 10 "
                 "(scanned 250 dpi gray) is SORTED BY 总分 with a 名次 column, two 缺考 rows and the 休学 row at the "
                 "end (42 rows). Roster xlsx with TWO sheets: 花名册 (42, 学籍状态 在籍/休学) and 退学名单 (2 former "
                 "students, not of the class). Item 8: 班级/姓名/学号 written down the left 装订线 margin, one character "
                 "a line; scanned 250 dpi gray. Item 12: two pages per student, the name only on the first"),
    dict(school="保定市莲池高级技工学校", pack="zip", course="ev", cls="新能源2301班", size=40, seed=21, sidp="20230435",
         students=["武晨曦", "康家豪", "秦雨桐"], extra_class=["杜海燕"], absent_from_10=["杜海燕"],
         teachers=["田保国", "梁春霞"], form_count="40人", roster="roster_docx", headteacher="任红梅",
         f8="pencil", f10="two_pages", f11="finisher_typed", f12="ukai_page",
         findings=[("records.missing_student", 10, False, "杜海燕"), ("records.count_mismatch", 10, False)],
         comment="the roster 新能源2301班学生名单.docx (40) and the form (40人) list 杜海燕; item 10 (scanned 200 dpi "
                 "gray) has 39 rows and none for her: records.missing_student, records.count_mismatch. Item 10 is split "
                 "over two pages: page 2 starts with a page-header line and continues the table WITHOUT a header row. "
                 "Item 8 written in pencil (gray, low contrast) and scanned too light (:faint)"),
    dict(school="保定市莲池高级技工学校", pack="zip", course="cook", cls="烹饪2401班", size=36, form_size=38, seed=22,
         sidp="20240501", students=["栗欣然", "晋鹏程", "白诗涵"], items={11: ["栗欣然", "晋鹏程", "白诗涵", "赵梓萱"]},
         extra_class=["赵梓萱"], teachers=["韩燕生", "刘玉洁"], form_count="38人",
         f8="title_blank", f10="landscape_rot", f11="album_typed", f12="photo",
         findings=[("students.count", 11, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 TYPED (a photo album: grey photo frames with captions `图n　<name>　…`) holds the works of "
                 "FOUR students: the three and classmate 赵梓萱 (with an item-10 record): students.count on 11, "
                 "students.mismatch optional. The form says 38人; item 10 (landscape, scanned 200 dpi gray and turned "
                 "90° in the pdf) lists 36: records.count_mismatch. Item 8: the name written on the blank before "
                 "`同学的学习工作页` in the title. No roster"),
    dict(school="太原市汾河技师学院", pack="gbkzip", course="metro", cls="城轨2302班", size=34, seed=31, sidp="20230431",
         students=["乔浩然", "申雅琪", "卫泽宇"], items={12: ["乔浩然", "申雅琪"]}, extra_class=["范国栋"],
         bad={"范国栋": "sum"}, teachers=["郭卫东", "任少华"], form_count="34",
         f8="lost_form", f10="group_avg", f11="reporter_typed", f12="photo_header",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "范国栋")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos) holds the homework of only 乔浩然 and 申雅琪 (卫泽宇's is missing; items 8 "
                 "and 11 hold all three): students.count on 12, students.mismatch optional. Item 10 (scanned colour "
                 "200 dpi): rows grouped by 小组 (组别 cell spanning the group) with a `第n组平均分` row after each "
                 "group; 范国栋's 总分 is not the sum of his parts: records.invalid_score. Item 8: a filled "
                 "遗失物品招领登记表 with `登记站务员：<hand>` and a passenger `王女士` as 认领人 (not a student)"),
    dict(school="太原市汾河技师学院", pack="gbkzip", course="tcm", cls="中药2301班", size=30, seed=32, sidp="20231301",
         students=["阎晓东", "乔楠", "司马佳怡"], extra_class=["阎晓冬", "乔楠楠", "司马瑞"], teachers=["温建平", "薛秀兰"],
         notes={"@3": "缺考", "@22": "病假，已补做"}, form_count="全班30人",
         f8="batch_record", f10="stats_foot", f11="processor_table", f12="sungti_hand", findings=[],
         comment="clean: 阎晓东 (one of the three) and classmate 阎晓冬 (one character apart); 2-char 乔楠 (one of the "
                 "three) with 3-char classmate 乔楠楠; 4-char compound 司马佳怡 (one of the three) with classmate 司马瑞. "
                 "Item 8: a 批生产记录-style table where the student signs as 操作人 on every row and the teacher as "
                 "复核人; scanned 250 dpi gray. Item 10 (scanned 250 dpi gray, lid edge): a 缺考 row, and statistics "
                 "rows (全班平均分, 最高分, 最低分, 及格率) inside the table under the students. Form `全班30人`. No roster"),
    dict(school="大同市云冈技工学校", pack="zip", course="anim", cls="动画2401班", size=35, seed=41, sidp="20240306",
         students=["贾思彤", "侯一诺", "牛若曦"], items={8: ["贾思彤", "侯一诺", "段子豪"]}, extra_class=["段子豪"],
         teachers=["王艳芳", "杜永强"], form_count="35名",
         f8="storyboard", f10="grade_typed", f11="gallery_scan", f12="wenkai_color",
         findings=[("students.mismatch", 8, True)],
         comment="item 8 (storyboard sheets `绘制：<hand>`, scanned colour 200 dpi) holds 贾思彤, 侯一诺 and classmate "
                 "段子豪 (with an item-10 record) instead of 牛若曦 (items 11 and 12 hold 贾思彤, 侯一诺, 牛若曦): "
                 "students.mismatch. Item 10 typed with a 等级 column. No roster"),
    dict(school="大同市云冈技工学校", pack="zip", course="ecom", cls="电商2302班", size=38, seed=42, sidp="20230603",
         students=["康梓涵", "武浩宇", "薛佳琪"], extra_class=["郝丽娜"], bad={"郝丽娜": "over"},
         teachers=["李海龙", "赵红霞"], form_count="38人",
         f8="header_rule", f10="hand_scores", f11="planner_typed", f12="mono_hand",
         findings=[("records.invalid_score", 10, False, "郝丽娜")],
         comment="item 10 (scanned 200 dpi gray) is a printed list of names whose scores are written in by hand; "
                 "郝丽娜 has 35 under 直播脚本(30) (总分 the sum): records.invalid_score. Item 8: the name on a blank "
                 "in the running page header over a rule. No roster"),
]

SHORT_SCHOOL = {1: "滹沱河技校", 2: "莲池高级技校", 3: "汾河技师学院", 4: "云冈技校"}
PROVINCE = {1: "河北省", 2: "河北省", 3: "山西省", 4: "山西省"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 石家庄: "第8项 工作页.pdf"
        return "第%d项 %s.pdf" % (n, NAMES[n])
    if g == 2:   # 保定: "8、工作页.pdf"
        return "%d、%s.pdf" % (n, NAMES[n])
    if g == 3:   # 太原: "08工作页.pdf" (no separator)
        return "%02d%s.pdf" % (n, NAMES[n])
    return "序号%02d-%s.pdf" % (n, NAMES[n])  # 大同


def form_name(s, c):
    return {1: ("%s-申报书（%s）.docx" % (SHORT_SCHOOL[1], c["task"]), "docx"),
            2: ("申报书（%s）.pdf" % c["course"], "pdf"),
            3: ("附件2：工学一体化优质课堂项目申报书（%s）.docx" % c["major"], "docx"),
            4: ("%s申报书-%s.pdf" % (SHORT_SCHOOL[4], c["task"]), "pdf")}[grp(s)]


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "21"
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
BLUE, BLACK, PENCIL = "#1d2f6b", "#151515", "#5c5c5c"
RED = 'style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:13pt"'
LAND = "size:29.7cm 21cm;margin:1.4cm"


def hand(x, small=False, ink=BLUE):
    return '<span style="font-family:\'AR PL UKai CN\';color:%s;font-size:%s">%s</span>' % (ink, "13pt" if small else "15pt", x)


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
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年3月{d}日</p>
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


# ------------------------------------------------------------------ item 8

def item8(s, c, names):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        ink = PENCIL if f == "pencil" else BLUE
        sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
        if f == "stamp_box":
            box = ('<table style="border-collapse:collapse" width="100%%"><tr><td width="62%%" style="padding:2px 4px">'
                   '<p><b>%s</b></p><p>学习活动：实施作业　　工位：PLC-%02d</p><p>指导教师：%s</p></td>'
                   '<td style="border:1.5pt solid #000;padding:8px 8px">学生：%s<br/><br/>班级：%s<br/><br/>学号：%s</td></tr></table>'
                   % (c["course"], 5 + i * 3, t[0], hand(n, ink=BLACK), hand(cl, True, BLACK), hand(sid, True, BLACK)))
            body = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"] + box + sit + answers(c, rng, i)
        elif f == "seal_line":
            vert = "<br/>".join(list("装订线")) + "<br/><br/>" + "<br/>".join("班级") + "<br/>" + \
                "<br/>".join(hand(ch, True) for ch in cl) + "<br/><br/>" + "<br/>".join("姓名") + "<br/>" + \
                "<br/>".join(hand(ch, True) for ch in n) + "<br/><br/>" + "<br/>".join("学号") + "<br/>" + \
                "<br/>".join(hand(ch, True) for ch in sid)
            inner = ('<h3 style="text-align:center">%s　学习工作页</h3><p>学习任务：%s</p><p>指导教师：%s　　日期：%s</p>'
                     % (c["course"], c["task"], t[0], day(s, i)) + sit + answers(c, rng, i) +
                     '<p>教师评语：<span %s>%s</span>　　评阅：%s</p>' % (RED, ["认真细致", "流程清楚", "较好"][i % 3], t[0]))
            body = ('<table style="border-collapse:collapse" width="100%%"><tr><td width="7%%" valign="top" align="center" '
                    'style="border-right:1pt dashed #000;padding:2px 2px;font-size:9pt">%s</td><td valign="top" style="padding:2px 10px">%s</td></tr></table>'
                    % (vert, inner))
            pages.append(body)
            continue
        elif f == "pencil":
            body = ('<h3 style="text-align:center">%s　学习工作页</h3>' % c["task"] +
                    '<p>学员姓名：%s　　班级：%s　　学号：%s</p><p>指导教师：%s　　实训工位：EV-%02d</p>'
                    % (hand(n, ink=ink), hand(cl, True, ink), hand(sid, True, ink), t[0], 2 + i) + sit + answers(c, rng, i, ink))
        elif f == "title_blank":
            body = ('<h3 style="text-align:center"><span style="border-bottom:1pt solid #000">　%s　</span>同学的学习工作页</h3>'
                    '<p style="text-align:center">%s</p><p>班级：%s　　指导教师：%s　　日期：%s</p>'
                    % (hand(n), c["task"], cl, t[0], day(s, i)) + sit + answers(c, rng, i))
        elif f == "lost_form":
            rows = [["登记编号", "TY2-%s-%03d" % ("1215", 31 + i), "拾得时间", "12月%d日 %d:%02d" % (14 + i, 8 + i, 12 * i + 5)],
                    ["拾得地点", ("大南门站B口安检处" if i != 1 else "往西桥方向列车第3节车厢", ' colspan="3"')],
                    ["物品名称及特征", (["黑色双肩包，内有笔记本电脑一台、充电器", "白色手机一部，粉色手机壳", "棕色钱包，内有现金210元、银行卡2张"][i % 3], ' colspan="3"')],
                    ["拾得人", "乘客（男，未留姓名）", "登记站务员", hand(n)],
                    ["认领人", "王女士（证件后四位0613）", "经办人", hand(n, True)]]
            body = ('<h3 style="text-align:center">遗失物品招领登记表（实训用）</h3><p>班级：%s　　实训日期：%s　　指导教师：%s</p>'
                    % (cl, day(s, i), t[0]) + tbl(rows, pad="5px 5px", align="left") + sit + answers(c, rng, i))
        elif f == "batch_record":
            steps = [("净制", "除去杂质和芦头"), ("切制", "润软后切厚片2—4mm"), ("米炒", "米炒至冒烟投药，炒至深黄色"),
                     ("筛米", "筛去焦米，摊晾"), ("包装", "每袋1kg，贴标签")]
            rows = [["工序", "操作要点", "操作人", "复核人", "日期"]] + [
                [a, b, hand(n, True), hand(t[0], True, BLACK), "%d.%d" % (11, 4 + i + k // 2)] for k, (a, b) in enumerate(steps)]
            body = ('<h3 style="text-align:center">%s　学习工作页</h3>' % c["task"] +
                    '<p>实训学员：%s　　班级：%s　　学号：%s</p>' % (hand(n), cl, sid) +
                    '<p><b>一、批生产记录</b>（品名：米炒党参　批号：DS2411%02d　投料量：5kg）</p>' % (i + 1) +
                    tbl(rows, pad="4px 4px") + sit + answers(c, rng, i))
        elif f == "storyboard":
            rows = [["镜号", "画面", "景别", "内容", "时长"]]
            for k in range(4):
                rows.append([str(k + 1), ('<span style="color:#999">［草图］</span>', ' height="80" bgcolor="#e4e4e4" width="34%"'),
                             ["远景", "全景", "中景", "特写"][k], hand(["飞天从石窟顶部飘出", "飘带展开，环绕佛龛", "弹奏琵琶", "回眸微笑"][k], True),
                             "%d秒" % (3 + k)])
            body = ('<h3 style="text-align:center">分镜头脚本　学习工作页</h3>' +
                    tbl([["片名", "飞天伎乐", "绘制", hand(n), "指导", t[0]], ["班级", cl, "场次", "第一场", "日期", day(s, i)]], pad="4px 4px") +
                    '<p style="font-size:4pt">&nbsp;</p>' + tbl(rows, pad="3px 4px") + sit + answers(c, rng, i))
        elif f == "header_rule":
            body = ('<p style="font-size:9pt">%s　学习工作页　　　　　　班级：%s　姓名：%s</p><hr/>' % (c["course"], cl, hand(n, True)) +
                    '<h3 style="text-align:center">%s</h3><p>指导教师：%s　　日期：%s</p>' % (c["task"], t[0], day(s, i)) +
                    sit + answers(c, rng, i))
        else:
            raise SystemExit(f)
        body += '<p>教师评语：<span %s>%s</span>　　评阅：%s</p>' % (RED, ["认真完整", "要点清楚", "较好", "有进步"][i % 4], t[0])
        pages.append(body)
    meth = {"stamp_box": "x-scanpdf:200", "seal_line": "x-scanpdf:250", "pencil": "x-scanpdf:250:faint",
            "title_blank": "x-scanpdf:200", "lost_form": "x-scanpdf:200:color", "batch_record": "x-scanpdf:250",
            "storyboard": "x-scanpdf:200:color", "header_rule": "x-scanpdf:200:fold"}[f]
    return "08.html", html(PB.join(pages)), meth


# ------------------------------------------------------------------ item 10

def resolve_notes(s, rec):
    out = {}
    for k, v in s.get("notes", {}).items():
        n = rec[int(k[1:])] if k.startswith("@") else k
        if n in s["students"] + s.get("extra_class", []):
            raise SystemExit("%s: note %s falls on a planted name %s" % (s["school"], v, n))
        out[n] = v
    s["notes_resolved"] = out


def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    notes = s["notes_resolved"]
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　%s　　　　教研组长审核：%s</p>" % (t[0], "、".join(t[1:]), t[-1])
    if f == "two_rows":
        tr = [["序号", "学号", "姓名", "考核部分", "得分", "满分", "总成绩", "备注"]]
        for k, n in enumerate(rec):
            a = rng.randint(24, 38)
            b = 64 if bad.get(n) == "over" else rng.randint(38, 57)
            tr.append([(str(k + 1), ' rowspan="2"'), (sid_of(s, n), ' rowspan="2"'), (D(n), ' rowspan="2"'), "理论", str(a), "40",
                       (str(a + b), ' rowspan="2"'), (notes.get(n, ""), ' rowspan="2"')])
            tr.append(["实操", str(b), "60"])
        title = ('<p style="text-align:center;font-size:13pt"><b>%s</b></p><p style="text-align:center"><b>学习任务考核记录</b></p>'
                 '<p>课程：%s　　学习任务：%s</p><p>班级：%s　　考核日期：%s　　总成绩＝理论＋实操</p>'
                 % (s["school"], c["course"], c["task"], s["cls"], day(s, 11)))
        return "10.html", html(title + tbl(tr, pad=pad, bold=(0,)) + sign, "8pt", compact=True), "pdf"
    if f == "ranked":
        parts = c["parts"]
        scored, tail = [], []
        for n in rec:
            note = notes.get(n, "")
            if note in ("缺考", "休学"):
                tail.append((n, note))
            else:
                v = part_scores(rng, parts, 0.6, 0.97)
                scored.append((n, v, note))
        scored.sort(key=lambda x: -sum(x[1]))
        tail.sort(key=lambda x: x[1] == "休学")
        tr = [["名次", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]]
        prev, rank = None, 0
        for k, (n, v, note) in enumerate(scored):
            if sum(v) != prev:
                rank, prev = k + 1, sum(v)
            tr.append([str(rank), sid_of(s, n), D(n)] + [str(x) for x in v] + [str(sum(v)), note])
        for n, note in tail:
            tr.append(["—", sid_of(s, n), D(n)] + [note] * (len(parts) + 1) + [note])
        title = ('<p style="text-align:center"><b>学习任务考核成绩排名表</b></p><p>%s　%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s　　（按总分由高到低排列）</p>'
                 % (s["school"], s["cls"], c["course"], c["task"], day(s, 11)))
        return "10.html", html(title + tbl(tr, pad=pad, bold=(0,)) + sign, "8.5pt", compact=True), "x-scanpdf:250"
    if f == "two_pages":
        parts = c["parts"]
        head = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]]
        rows = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            rows.append([str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v] + [str(sum(v))])
        cut = 22
        p1 = ('<p style="text-align:center;font-size:13pt"><b>学习任务考核记录</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
              % (s["school"], s["cls"], c["course"], c["task"], day(s, 11)) + tbl(head + rows[:cut], pad="2px 3px", bold=(0,)) +
              '<p style="text-align:center;font-size:8pt">第1页　共2页</p>')
        p2 = ('<p style="font-size:8pt">%s　%s　学习任务考核记录（续）<span>　　　　　　　　　　　　　</span>第2页　共2页</p><hr/>'
              % (SHORT_SCHOOL[grp(s)], s["cls"]) + tbl(rows[cut:], pad="2px 3px") + sign)
        return "10.html", html(p1 + PB + p2, "9.5pt"), "x-scanpdf:200"
    if f == "landscape_rot":
        parts = c["parts"]
        tr = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v)
            tr.append([str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v] + [str(tot), "优" if tot >= 90 else "良" if tot >= 80 else "中" if tot >= 70 else "及格"])
        half = (len(tr) + 1) // 2
        title = ('<p style="text-align:center"><b>%s　学习任务考核记录表</b></p><p>班级：%s　　课程：%s　　学习任务：%s　　考核日期：%s</p>'
                 % (s["school"], s["cls"], c["course"], c["task"], day(s, 11)))
        return "10.html", html(title + tbl(tr, pad="0px 4px", bold=(0,)) + sign, "8pt", page=LAND, compact=True), "x-scanpdf:200:rot1=90:rot2=90"
    if f == "group_avg":
        parts = c["parts"]
        tr = [["组别", "序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]]
        sizes = []
        left = len(rec)
        while left:
            g = 6 if left > 10 else 5 if left != 6 else 6
            g = min(g, left)
            sizes.append(g)
            left -= g
        k = 0
        cn = "一二三四五六七八"
        for gi, g in enumerate(sizes):
            vals = []
            for j in range(g):
                n = rec[k]
                v = part_scores(rng, parts)
                tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
                vals.append(v + [tot])
                first = [("第%s组" % cn[gi], ' rowspan="%d"' % g)] if j == 0 else []
                tr.append(first + [str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v] + [str(tot)])
                k += 1
            avg = [sum(x[m] for x in vals) / float(g) for m in range(len(parts) + 1)]
            tr.append([("第%s组平均分" % cn[gi], ' colspan="4"')] + ["%.1f" % a for a in avg])
        title = ('<p style="text-align:center"><b>学习任务考核记录（分组）</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
                 % (s["school"], s["cls"], c["course"], c["task"], day(s, 11)))
        return "10.html", html(title + tbl(tr, pad=pad, bold=(0,)) + sign, "8pt", compact=True), "x-scanpdf:200:color"
    if f == "stats_foot":
        parts = c["parts"]
        tr = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]]
        tots = []
        cols = [[] for _ in parts]
        for k, n in enumerate(rec):
            note = notes.get(n, "")
            if note == "缺考":
                tr.append([str(k + 1), sid_of(s, n), D(n)] + ["缺考"] * (len(parts) + 1) + [""])
                continue
            v = part_scores(rng, parts, 0.55, 0.97)
            for m, x in enumerate(v):
                cols[m].append(x)
            tots.append(sum(v))
            tr.append([str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v] + [str(sum(v)), note])
        tr.append([("全班平均分", ' colspan="3"')] + ["%.1f" % (sum(x) / len(x)) for x in cols] + ["%.1f" % (sum(tots) / len(tots)), ""])
        tr.append([("最高分", ' colspan="3"')] + [str(max(x)) for x in cols] + [str(max(tots)), ""])
        tr.append([("最低分", ' colspan="3"')] + [str(min(x)) for x in cols] + [str(min(tots)), ""])
        tr.append([("及格率", ' colspan="3"'), ("%.1f%%（实考%d人）" % (100.0 * sum(1 for x in tots if x >= 60) / len(tots), len(tots)), ' colspan="%d"' % (len(parts) + 2))])
        title = ('<p style="text-align:center"><b>学习任务考核记录表</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
                 % (s["school"], s["cls"], c["course"], c["task"], day(s, 11)))
        return "10.html", html(title + tbl(tr, pad=pad, bold=(0,)) + sign, "8.5pt", compact=True), "x-scanpdf:250:border"
    if f == "grade_typed":
        parts = c["parts"]
        tr = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v)
            tr.append([str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v] + [str(tot), "A" if tot >= 85 else "B" if tot >= 75 else "C"])
        title = ('<p style="text-align:center"><b>%s学习任务考核记录</b></p><p>班级：%s　　课程：%s</p><p>学习任务：%s</p><p>等级：A（85分及以上）B（75—84分）C（75分以下）</p>'
                 % (s["school"], s["cls"], c["course"], c["task"]))
        return "10.html", html(title + tbl(tr, pad=pad, bold=(0,)) + sign, "9pt", font="Noto Sans CJK SC"), "pdf"
    if f == "hand_scores":
        parts = c["parts"]
        tr = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 35   # 直播脚本(30)
            tr.append([str(k + 1), sid_of(s, n), D(n)] + [hand(str(x), True) for x in v] + [hand(str(sum(v)), True)])
        title = ('<p style="text-align:center"><b>学习任务考核记录</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s　　考核日期：＿＿＿＿＿＿</p>'
                 % (s["school"], s["cls"], c["course"], c["task"]))
        return "10.html", html(title + tbl(tr, pad="0px 3px", bold=(0,)) + sign, "8.5pt", compact=True), "x-scanpdf:200"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t)))
    parts = [head]
    if f == "cover_per_work":
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                cover = ('<p>&nbsp;</p><p>&nbsp;</p><h1 style="text-align:center">作 品 封 面</h1><p>&nbsp;</p>' +
                         tbl([["作品名称", title], ["作　　者", n], ["班　　级", cls_of(s, n)], ["学　　号", sid_of(s, n)],
                              ["指导教师", t[0]], ["完成日期", day(s, 14 + j)]], width="70%", pad="8px 8px"))
                parts.append(cover)
                parts.append("<h3>%s</h3><p>%s</p><p>本作品在%s完成，经小组互查和教师检查后定稿。</p>" % (title, desc, c["station"]))
        return "11.html", html(PB.join(parts)), "pdf"
    if f == "album_typed":
        for i, n in enumerate(names):
            page = '<h3>%s的作品</h3>' % n
            for j, (title, desc) in enumerate(c["outputs"]):
                page += ('<table width="70%%" style="border-collapse:collapse"><tr><td height="120" bgcolor="#d9d9d9" align="center" '
                         'style="border:0.75pt solid #777">［成品照片］</td></tr></table><p>图%d-%d　%s　%s（%s）</p>'
                         % (i + 1, j + 1, n, title, desc))
            parts.append(page)
        return "11.html", html(PB.join(parts)), "pdf"
    if f == "gallery_scan":
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3><table width="100%%" style="border-collapse:collapse"><tr><td height="300" bgcolor="#cfc6b8" align="center">［设计稿］</td></tr></table>'
                             '<p>作者：%s　　班级：%s</p><p>说明：%s</p>' % (title, n, cls_of(s, n), desc))
        return "11.html", html(PB.join(parts)), "x-scanpdf:200:color"
    if f == "processor_table":
        rows = [["序号", "成果名称", "炮制人", "页码"]]
        p = 2
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                rows.append([str(len(rows)), title, n, str(p)])
                p += 1
        parts[0] += "<h3>成果登记表</h3>" + tbl(rows, width="90%")
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append("<h3>%s</h3><p>炮制人：%s</p><p>%s</p><p>带教老师：%s</p>" % (title, n, desc, t[0]))
        return "11.html", html(PB.join(parts)), "pdf"
    lab = {"submitter_typed": "成果提交人", "finisher_typed": "完成人", "reporter_typed": "汇报人", "planner_typed": "策划人"}[f]
    for i, n in enumerate(names):
        for j, (title, desc) in enumerate(c["outputs"]):
            who = n
            if f == "finisher_typed":
                who = "%s（学号：%s）" % (n, sid_of(s, n))
            extra = "<p>指导教师：%s</p>" % t[0] if f == "submitter_typed" else ""
            parts.append("<h3>成果%d-%d　%s</h3><p>%s：%s</p><p>%s</p>%s" % (i + 1, j + 1, title, lab, who, desc, extra))
    return "11.html", html(PB.join(parts)), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl = cls_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        if f == "exercise_book":
            lines += ["", "", "%s" % s["school"], "", "作　业　本", "", "科目：%s" % c["course"], "", "> 班级：%s" % cl,
                      "> 姓名：%s" % n, "> 学号：%s" % sid_of(s, n), "", "----",
                      "课后作业（%s）" % c["task"], ""] + qa + ["! 阅：%s　%s" % (t[0], day(s, 20 + i))]
        elif f == "continuation":
            half = len(qa) // 2
            lines += ["课后作业　" + c["task"], "姓名：%s　　班级：%s" % (n, cl), "指导教师：" + t[0], ""] + qa[:half] + \
                     ["第1页", "----", "（接上页）", ""] + qa[half:] + ["! 批阅：%s　%s" % (t[0], day(s, 20 + i)), "第2页"]
        else:
            head = {"ukai_page": ["课后作业（%s）" % c["task"], "姓名：%s　　班级：%s" % (n, cl)],
                    "photo": ["%s课后作业" % c["course"], "> 姓名：%s　　班级：%s" % (n, cl)],
                    "photo_header": ["> 班级 %s　姓名 %s　学号 %s" % (cl, n, sid_of(s, n)), "课后练习：" + c["task"]],
                    "sungti_hand": ["%s　课后作业" % c["task"], "> 姓名：%s" % n, "班级：%s　　指导教师：%s" % (cl, t[0])],
                    "wenkai_color": ["课后作业　" + c["task"], "姓名：%s　　班级：%s" % (n, cl)],
                    "mono_hand": ["%s　课后作业" % c["course"], "> 姓名：%s　　班级：%s" % (n, cl)]}[f]
            lines += head + [""] + qa + ["! 批阅：" + t[0] + "　" + day(s, 20 + i)]
    meth = {"exercise_book": "x-scan:200:1", "continuation": "x-scan:250:4", "ukai_page": "x-scan:200:3",
            "photo": "x-photo:200:0", "photo_header": "x-photo:200:1", "sungti_hand": "x-scan:200:2",
            "wenkai_color": "x-scan:200:4:color", "mono_hand": "x-scan:250:0:mono"}[f]
    return [("12.txt", "\n".join(lines) + "\n")], meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "roster_two_sheets":   # x-xlsxm: sheet 花名册 (with 学籍状态) and sheet 退学名单
        rows = [["%s %s 学生花名册" % (s["school"], s["cls"])], ["序号", "学号", "姓名", "性别", "出生日期", "学籍状态", "家庭住址"]]
        for i, n in enumerate(k):
            rows.append([i + 1, int(sid_of(s, n)), D(n), "女" if (i * 3 + 1) % 5 else "男", "2007-%02d-%02d" % (1 + (i * 5) % 12, 1 + (i * 7) % 28),
                         "休学" if s["notes_resolved"].get(n) == "休学" else "在籍",
                         ["长安区", "桥西区", "新华区", "裕华区", "鹿泉区", "正定县", "栾城区", "藁城区"][i % 8]])
        rows.append(["班主任：%s　　　共%d人（其中休学1人）" % (s["headteacher"], len(k))])
        drop = [["%s 退学（转学）学生名单" % s["cls"]], ["序号", "原学号", "姓名", "离校时间", "原因"]]
        for i, (n, when, why) in enumerate(s["dropped"]):
            drop.append([i + 1, int(s["sidp"] + "%02d" % (len(k) + 1 + i)), n, when, why])
        spec = {"sheets": [{"name": "花名册", "rows": rows, "merges": ["A1:G1", "A%d:G%d" % (len(rows), len(rows))]},
                           {"name": "退学名单", "rows": drop, "merges": ["A1:E1"]}]}
        write(os.path.join(d, "roster.json"), json.dumps(spec, ensure_ascii=False, indent=1) + "\n")
        man.append("roster.json\t%s花名册.xlsx\tx-xlsxm\troster\t0" % s["cls"])
        return
    if r == "roster_docx":
        rows = [["序号", "学号", "姓名", "性别", "联系电话", "家庭住址"]]
        for i, n in enumerate(k):
            rows.append([str(i + 1), sid_of(s, n), D(n), "男" if (i * 7 + 2) % 6 else "女", "135****%04d" % ((i * 3571) % 10000),
                         ["竞秀区", "莲池区", "满城区", "清苑区", "徐水区", "涿州市", "高碑店市", "定州市"][i % 8]])
        body = ('<p style="text-align:center;font-size:14pt"><b>%s学生名单</b></p><p>%s　　　2023年9月</p>' % (s["cls"], s["school"]) +
                tbl(rows, pad="1px 4px") + '<p>班主任：%s　　　　共%d人</p>' % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.docx\tdocx\troster\t0" % s["cls"])
        return
    raise SystemExit(r)


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Thirteenth held-out people corpus (testdata/heldout13), the format of testdata/heldout12/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_planted = [D(n) for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))]
    all_planted += [n for s in SUBS for n, _, _ in s.get("dropped", [])]
    for n in all_teachers + all_planted:
        if n in USED_BEFORE:
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    per = [set(D(x) for x in s["students"] + s.get("extra_class", [])) for s in SUBS]
    assert sum(map(len, per)) == len(set().union(*per)), "a planted name stands in two submissions"
    intended = {("霍建军", "霍建国")}
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
        s["klass"] = draw_class(rng, s["size"], fixed, others)
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8])), (10, item10(s, c, rec)), (11, item11(s, c, items[11]))):
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
        truth["submissions"][subid] = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): v for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": "班级人数 | %s" % s["form_count"],
            "class": [D(n) for n in s["klass"]], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": [D(n) for n in rec], "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [n for n, _, _ in s.get("dropped", [])],
            "outsiders": s.get("outsiders", {}),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {D(k): v for k, v in s["notes_resolved"].items()}, "teachers": s["teachers"]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
