#!/usr/bin/env python3
"""Write the sources of the eighty-second held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 上海市崇明区
(Shanghai), 漳平 (Fujian, 龙岩) and 敦化 (Jilin, 延边).

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
# the truth files read for names, tasks and courses to avoid (heldout81 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 81)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 怀柔 (北方 common families, and the Manchu 关 富 那 佟
# of the 长哨营 and 喇叭沟门 townships), 宝坻 (王 李 张 刘 杨 赵 孙 高 于 齐 宋 穆 …), 彬州 (关中 families:
# 党 雷 寇 史 侯 权 同 …)


# surnames by region, weighted by repetition: 崇明 (the island's old families 施 黄 陆 沈 顾 龚 倪 茅 秦 and
# the common 张 王 陈 朱 徐), 漳平 (闽西 families: 陈 林 黄 邓 罗 卢 刘 吴 郑 曾 苏), 敦化 (东北 common families
# and the 朝鲜族 金 朴 崔, the Manchu 关)
SURNAMES = {
    "cm": list("施施施黄黄黄陆陆陆沈沈顾顾张张王王陈陈朱徐龚倪茅秦蔡袁杨周施黄陆"),
    "zp": list("陈陈陈陈林林林林黄黄黄邓邓罗罗卢卢刘吴郑郑曾苏杨傅温赖谢陈林"),
    "dh": list("王王王王李李李李张张张刘刘刘孙孙于赵赵姜金金朴崔关杨高徐宋马"),
}
# given names: the everyday names of students born around 2008 (a list of this corpus)
GIVEN2 = ("子涵 梓轩 浩然 宇涵 雨涵 欣怡 思涵 梓睿 俊杰 诗涵 一凡 语涵 晨曦 子怡 浩轩 雅琪 宇辰 梓琪 佳豪 欣雨 "
          "子晴 博宇 若涵 雨晴 俊宇 思辰 晓宇 梦涵 嘉豪 欣然 宇泽 雨菲 梓萱 浩博 子豪 佳欣 逸飞 俊辉 诗雅 伟杰 "
          "晨宇 雪莹 雅雯 天宇 梓航 依琳 紫涵 宇豪 佳乐 一帆 俊逸 思怡 馨怡 伟宸 家俊 子琪 明杰 欣蕾 泽宇 雨彤 "
          "晓东 俊楠 佳敏 静雯 宇飞 思佳 梓晨 浩文 子昂 嘉欣 雨琪 文轩 佳伟 梦婷 俊峰 晓丽 欣瑶 宏宇 志鹏 诗怡 "
          "凯瑞 志豪 可欣 家明 梓豪 宁远 思敏 佳怡 子睿 亦凡 雨辰 婧怡 晓峰 宇杰 海涛 梓阳 欣宇 子淇 星辰 晨晨 "
          "艺馨 钰琪 俊熙 文静 雅欣 浩东 睿轩 心悦 慧敏 子健 一航 泽楷 乐瑶 铭轩 晓涵 若琳 家乐 逸轩 佳琦 子墨").split()
GIVEN1 = list("杰琪浩敏涛颖鹏婷")


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
 "bath": dict(major="健康与社会照护", code="0529", course="养护院卧床老人清洁照护", task="海岛养护院卧床老人床上擦浴与皮肤清洁照护",
   hours=16, station="老年照护一体化学习工作站",
   situation="崇明岛上一家镇级养护院住着四十多位高龄老人，其中十几位长期卧床。入冬以后天冷，卧床老人不便到浴室洗澡，护理部主任请照护班学员评估老人的皮肤和身体状况，准备用物，调节室温和水温，按规范完成一次床上擦浴，观察受压部位皮肤，填写照护记录并向家属说明注意事项。",
   qs=[("问题1 擦浴前为什么要把室温调到24℃以上？", ["老人要暴露身体，室温低容易着凉，二十四到二十六度比较合适，还要关好门窗。", "防止老人着凉。", "关好门窗，室温二十四度以上。"]),
       ("问题2 擦浴时为什么要按从上到下、从清洁到污染的顺序？", ["先擦脸和上肢，再擦胸腹、背部和下肢，最后擦会阴，避免把脏的地方的细菌带到干净的地方。", "避免交叉污染。", "先上后下，先干净后污染。"])],
   hw=[("1. 哪些部位最容易发生压力性损伤？", ["骶尾部、足跟、髋部和肩胛部这些骨头突出、长期受压的地方。", "骶尾部和足跟。", "骨头突出的地方。"]),
       ("2. 擦浴过程中老人出现寒战怎么办？", ["马上停止擦浴，盖好被子，测量体温和脉搏，报告护士，记录下来。", "停止擦浴，盖好被子。", "报告护士并记录。"])],
   outputs=[("床上擦浴照护计划", "每周两次，水温四十五度左右。"), ("皮肤观察记录", "骶尾部皮肤完整，无发红。")]),
 "crab": dict(major="饭店(酒店)服务", code="0504", course="农家乐宴会摆台与席间服务", task="农家乐清水蟹宴中餐宴会摆台与席间服务",
   hours=14, station="中餐服务一体化学习工作站",
   situation="秋天清水蟹上市，崇明一家农家乐接到一场十二桌的蟹宴预订，客人是从市区来的一家公司的员工。农家乐的经理请酒店班学员按中餐宴会的规范完成摆台、迎宾和席间服务，介绍蟹的吃法，递送蟹八件和姜茶，处理客人的临时要求，宴会结束后整理台面。",
   qs=[("问题1 中餐宴会摆台时骨碟离桌边多远？", ["骨碟离桌边约一点五厘米，碟与碟之间距离相等，正对椅子。", "约一点五厘米。", "正对椅子，距离相等。"]),
       ("问题2 上蟹之前要给客人准备什么？", ["蟹八件、洗手盅、姜醋碟和热姜茶，并提醒客人蟹性寒，不要和柿子同吃。", "蟹八件和姜醋。", "洗手盅和热姜茶。"])],
   hw=[("1. 席间撤换骨碟有什么要求？", ["骨碟里的残渣超过三分之一就要更换，从客人右侧撤换，先撤后上。", "超过三分之一就换。", "从右侧撤换。"]),
       ("2. 客人喝多了要求再加酒怎么办？", ["先礼貌询问同桌的主人，必要时上热茶醒酒，不和客人争执，报告领班。", "询问主人，上热茶。", "报告领班。"])],
   outputs=[("蟹宴点菜单", "十二桌，每桌十人。"), ("宴会摆台检查表", "摆台用时十二分钟。")]),
 "aerator": dict(major="机电一体化技术", code="0127", course="水产养殖设备PLC控制系统装调", task="蟹塘增氧机溶氧监测PLC自动启停控制系统安装与调试",
   hours=18, station="机电设备安装调试一体化学习工作站",
   situation="崇明的清水蟹养殖户夜里要起来好几次看增氧机，怕蟹塘缺氧。一家水产合作社请学校为一口蟹塘装一套自动控制：溶氧仪测到溶氧低于设定值时启动增氧机，高于上限时停机，夜间定时运行，故障时报警。车间主任请机电班学员设计电路，编写PLC程序，安装控制柜并现场调试。",
   qs=[("问题1 为什么溶氧的启动值和停止值要设成两个不同的数？", ["设一个回差，溶氧在一个值附近波动时增氧机不会频繁启停，延长电机寿命。", "设回差，防止频繁启停。", "保护电机。"]),
       ("问题2 控制柜装在塘边要注意什么？", ["防水防潮，柜体要接地，进出线要用防水接头，装漏电保护器。", "防水防潮，接地。", "装漏电保护器。"])],
   hw=[("1. 溶氧仪输出4-20mA信号，PLC怎样读取？", ["接到模拟量输入模块，把电流换算成溶氧值，再和设定值比较。", "接模拟量输入模块。", "换算成溶氧值。"]),
       ("2. 电机过载时程序怎样处理？", ["热继电器动作信号送到PLC输入，程序停机并点亮报警灯，复位后才能重新启动。", "停机并报警。", "复位后再启动。"])],
   outputs=[("PLC输入输出分配与调试记录", "输入八点，输出五点。"), ("控制柜接线检查表", "绝缘电阻大于五兆欧。")]),
 "insul": dict(major="新能源汽车检测与维修", code="0435", course="纯电动货车高压系统检修", task="茶园纯电微型货车动力电池绝缘故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="漳平山区的一家茶叶合作社用两辆纯电微型货车运茶青，雨季过后其中一辆车仪表亮起绝缘故障灯，不能上高压。维修站主管请新能源班学员做好高压安全防护，读取故障码，下电后用绝缘电阻表逐段测量高压回路，找出进水的部位，排除故障并填写检测记录。",
   qs=[("问题1 测量绝缘电阻前要做哪些安全准备？", ["穿戴绝缘手套和护目镜，断开低压蓄电池负极，拔下维修开关，等待五分钟并验电。", "戴绝缘手套，拔维修开关。", "等五分钟再验电。"]),
       ("问题2 为什么要分段测量高压回路？", ["把电池包、高压线束、电机控制器分开测，才能判断是哪一段绝缘下降。", "找出是哪一段有问题。", "分开测。"])],
   hw=[("1. 绝缘电阻表选多大的电压挡？", ["按车辆高压系统电压选，一般用五百伏或一千伏挡。", "五百伏或一千伏。", "按系统电压选。"]),
       ("2. 雨季运茶的车怎样预防绝缘故障？", ["检查电池包和接插件的密封，不涉深水，定期做绝缘检测。", "检查密封，不涉深水。", "定期检测。"])],
   outputs=[("绝缘检测记录", "电机控制器对地绝缘电阻零点二兆欧。"), ("维修工单", "更换高压接插件密封圈。")]),
 "flower": dict(major="计算机网络应用", code="0301", course="园区有线网络与安防监控搭建", task="花卉苗木基地办公区有线网络与视频监控系统搭建",
   hours=16, station="网络搭建一体化学习工作站",
   situation="漳平一家花卉苗木基地新盖了一栋办公楼，想把办公室、销售大厅和三个大棚的监控摄像头接入同一个网络，方便在手机上看大棚。基地负责人请网络班学员勘察现场，规划网段，制作跳线，安装交换机和网络录像机，配置摄像头，测试后贴好标签并交付。",
   qs=[("问题1 为什么要把监控摄像头和办公电脑分在不同网段？", ["监控视频流量大，分开可以互不影响，也更安全，别人不容易从办公网访问摄像头。", "互不影响，更安全。", "监控流量大。"]),
       ("问题2 大棚里的摄像头用什么方式供电？", ["用支持PoE的交换机，一根网线同时传数据和供电，大棚里不用另外拉电线。", "PoE供电。", "一根网线传数据和供电。"])],
   hw=[("1. 网线超过一百米怎么办？", ["中间加一台交换机，或者改用光纤。", "加交换机。", "改用光纤。"]),
       ("2. 跳线为什么要贴标签？", ["标签写明两端的位置，以后维修时一看就知道是哪一根。", "维修时一看就知道。", "写明两端位置。"])],
   outputs=[("跳线标签表", "共二十四根跳线。"), ("网络测试记录", "丢包率为零。")]),
 "schisandra": dict(major="中药", code="1301", course="北药材采收与产地初加工", task="长白山北五味子采收与产地干燥加工",
   hours=16, station="中药材加工一体化学习工作站",
   situation="秋天，敦化一家林下中药材种植基地的北五味子进入采收期。基地技术员请中药班学员判断成熟度，分批采摘，去除果梗和杂质，按要求摊晒和低温烘干，测量含水量，挑出霉变和不成熟的果粒，完成产地加工记录。",
   qs=[("问题1 五味子什么时候采收最好？", ["果实变成紫红色、手捏有弹性、种子变硬的时候采收，一般在九月中下旬。", "紫红色有弹性时。", "九月中下旬。"]),
       ("问题2 为什么烘干温度不能太高？", ["温度太高果皮会焦糊，挥发油损失，颜色发黑，一般不超过六十度。", "不超过六十度。", "太高会焦糊。"])],
   hw=[("1. 怎样判断五味子已经干透？", ["手握成团松手即散，果肉皱缩有油性，含水量在十六以下。", "握团即散。", "含水量十六以下。"]),
       ("2. 霉变的果粒为什么要挑出？", ["霉变的果粒会污染整批药材，影响质量和安全，必须单独处理。", "会污染整批。", "单独处理。"])],
   outputs=[("产地干燥加工记录", "鲜果一百二十公斤，得干品三十一公斤。"), ("质量检查记录", "含水量百分之十四。")]),
 "kimchi": dict(major="烹饪(中式烹调)", code="0501", course="朝鲜族风味热菜制作", task="延边朝鲜族辣白菜炒五花肉与土豆饼制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="敦化一家朝鲜族风味饭店要在周末接待一个旅游团，菜单上有辣白菜炒五花肉和土豆饼。饭店厨师长请烹饪班学员按标准菜谱准备原料，完成刀工、煎炒和装盘，控制出菜时间，并做好成本核算和厨房卫生。",
   qs=[("问题1 五花肉为什么要先煸出油再下辣白菜？", ["先把五花肉的肥油煸出来，肉香而不腻，再用这部分油炒辣白菜，味道融合。", "肉香不腻。", "用肉油炒辣白菜。"]),
       ("问题2 土豆饼怎样煎才外脆里软？", ["土豆擦丝后挤掉一部分水，加少量淀粉，中小火煎到两面金黄。", "挤水，加淀粉。", "中小火煎。"])],
   hw=[("1. 辣白菜太酸怎么处理？", ["加一点白糖中和，炒的时间稍长一些。", "加点糖。", "多炒一会儿。"]),
       ("2. 出菜前要检查什么？", ["检查分量、温度、盘边是否干净、装盘是否美观。", "分量和温度。", "盘边干净。"])],
   outputs=[("辣白菜炒五花肉制作记录", "出菜时间八分钟。"), ("土豆饼制作记录", "色泽金黄，外脆里软。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="上海市崇明区瀛洲技工学校", pack="dir", region="cm", course="bath", cls="照护2401班", size=34, seed=11,
         sidp="24310529", students=["施雨菲", "龚梓萱", "茅俊辉"], others_named=["倪阿英", "顾根宝", "沈美华"],
         teachers=["陆卫红", "黄建忠"], form_count="34", roster="pledge", headteacher="朱丽萍",
         f8="care_card", f10="weighted", f11="care_plan_typed", f12="hand_page",
         findings=[],
         comment="clean. The roster is a 班级公约签名页 (the class convention, then a signature table of 34: printed name and "
                 "the student's own signature by hand; scanned 200 gray); 34 = form `学生数 | 34` = item 10 (34 rows). Item 10 "
                 "(TYPED) is a WEIGHTED register: 过程评价(满分100) and 成果评价(满分100), 总评 = 过程×40%+成果×60% with one "
                 "decimal, the rule in a note: the 总评 is NOT the sum. Item 8 (scanned 200 gray): a 服务对象信息卡 at the top "
                 "naming the elder (倪阿英 / 顾根宝, not students), the student only as `照护员（签名）` at the right below the "
                 "answers. Item 11 (typed) 照护计划 with 服务对象 an elder and 制订人 the student; the 护理部主任 沈美华 named"),
    dict(school="上海市崇明区瀛洲技工学校", pack="dir", region="cm", course="crab", cls="酒店2402班", size=36, seed=12,
         sidp="24310504", students=["陆思佳", "秦浩文", "顾婧怡"], items={11: ["陆思佳", "秦浩文"]},
         extra_class=["袁子昂"], bad={"袁子昂": "over"}, others_named=["蔡耀兴", "张秀凤"],
         teachers=["施卫星", "王丽君"], form_count="36",
         f8="header_table", f10="landscape_grade", f11="order_pad", f12="name_line_photo",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "袁子昂")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: a 蟹宴点菜单 and a 摆台检查表 per student, `服务员 <name>`) holds the works of only TWO students, "
                 "陆思佳 and 秦浩文 (顾婧怡's missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. "
                 "Item 10 (TYPED, landscape page) has 性别, 等级 beside 总分 and a 备注 column, maxima in brackets in the head; "
                 "袁子昂 has 46 under `席间服务(40)` (总分 the sum): records.invalid_score. The customer 蔡耀兴 (预订人, item 11) "
                 "and the 农家乐 manager 张秀凤 (企业指导, item 8) are named (not students). Item 12: phone photos with a "
                 "prism's rainbow streak. No roster"),
    dict(school="上海市崇明区瀛洲技工学校", pack="dir", region="cm", course="aerator", cls="机电2401班", size=38, seed=13,
         sidp="24310127", students=["沈宇飞", "黄佳敏", "倪逸轩"], outsiders={"倪逸轩": "机电2402班"}, out_sidp="24310128",
         extra_class=["杨晨宇"], bad={"杨晨宇": "sum"}, others_named=["茅金龙"],
         teachers=["陈耀祖", "徐霞芬"], form_count="38",
         f8="station_card", f10="corrected", f11="io_typed", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "倪逸轩"), ("records.invalid_score", 10, False, "杨晨宇")],
         comment="倪逸轩 of the parallel class 机电2402班 (his class and 学号 2431012823 on his 工位卡 worksheet, typed "
                 "调试记录 and photographed homework) is the third student of 8/11/12; item 10 (38 rows = form `38`) has no "
                 "record of him: students.not_in_class. Item 10 (scanned 250 dpi gray) has hand corrections: five rows with "
                 "one part struck through and a new mark written beside it in red, the 总分 struck and rewritten to match "
                 "(legal); 杨晨宇's 总分 is 6 above the sum of his parts, not corrected: records.invalid_score. Item 8 (scanned "
                 "250 gray, soy-sauce splatter): a 工位卡 box at the top left (工位号 large, 操作者 by hand, 班级/学号 small). "
                 "The cooperative's technician 茅金龙 signs the typed 调试记录 as 企业师傅 (not a student). No roster"),
    dict(school="漳平市九鹏溪技工学校", pack="gbkzip", region="zp", course="insul", cls="新能源2401班", size=40, seed=21,
         sidp="2435040", students=["邓佳伟", "卢欣宇", "罗文轩"], extra_class=["曾婧雯"], absent_from_10=["曾婧雯"],
         others_named=["温承德", "林秋香"], teachers=["郑建华", "苏丽蓉"], form_count="40", roster="tuition", headteacher="赖淑芬",
         f8="two_row_box", f10="name_first", f11="insul_typed", f12="exercise_book",
         findings=[("records.missing_student", 10, False, "曾婧雯"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 免学费公示名单: all 40 of the class listed for 中职免学费, 身份证号 masked, 公示期, the "
                 "资助办 clerk 林秋香 as 经办人) and the form (`新能源2401班，共40人`) hold 曾婧雯; item 10 (scanned 300 dpi 1-bit, "
                 "姓名 FIRST and 学号 in the LAST column) has 39 rows and none for her: records.missing_student and "
                 "records.count_mismatch. Item 11 (typed): 绝缘检测记录, `检测人` the student, the cooperative's driver 温承德 "
                 "as 送修人 (not a student). Item 8 (scanned 200 gray): two-row box 姓名/学号 | 班级/日期"),
    dict(school="漳平市九鹏溪技工学校", pack="gbkzip", region="zp", course="flower", cls="网络2401班", size=36, seed=22,
         sidp="2435030", students=["林梓晨", "陈雨琪", "吴梓阳"], others_named=["谢永福"],
         teachers=["黄炳坤", "罗秀琴"], form_count="36",
         f8="survey", f10="bonus", f11="patch_labels", f12="prism_photo",
         findings=[],
         comment="clean. Item 10 (scanned 200 dpi colour) has an `附加分` column (blank or 2/3/5), the 总分 = the sum of the "
                 "four parts + 附加分, as the note under the table says (max 100); 36 rows = form `共36人`. Item 11 (typed): a "
                 "跳线标签表 per student (编号, 起点, 终点, 用途), `制作：<name>`, and the base's manager 谢永福 as 验收人 (not a "
                 "student). Item 8 (scanned 200 gray, soy-sauce splatter): a 现场勘察记录 page (勘察地点/勘察日期 head), the student only in a 勘察人 box (姓名/学号/班级) at the bottom. Item 12: phone photos "
                 "with a prism's rainbow streak. No roster"),
    dict(school="敦化市六鼎山技工学校", pack="zip", region="dh", course="schisandra", cls="中药2401班", size=38, seed=31,
         sidp="24221301", students=["金雅欣", "孙睿轩", "朴心悦"], items={8: ["金雅欣", "孙睿轩", "姜一航"]},
         extra_class=["姜一航", "关一帆"], bad={"关一帆": "over"}, others_named=["崔炳哲"],
         teachers=["李玉淑", "王德林"], form_count="38",
         f8="blank_line", f10="legend", f11="sample_bag", f12="color_scan_hand",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "关一帆")],
         comment="item 8 (scanned 250 dpi gray, soy-sauce splatter) holds the worksheets of 金雅欣, 孙睿轩 and classmate "
                 "姜一航 (with an item-10 record) instead of 朴心悦's (items 11 and 12 hold the three): students.mismatch. "
                 "Item 10 (scanned 300 dpi 1-bit) heads its part columns with codes A-E and short names only; the maxima "
                 "stand in a 评分标准 legend table ABOVE the score table (C 干燥加工 20分); 关一帆 has 24 under C (总分 "
                 "the sum): records.invalid_score. Item 11 (typed) 样品袋标签 (two a student) with `采样人` the student and the base's "
                 "technician 崔炳哲 as 技术指导 (not a student). No roster"),
    dict(school="敦化市六鼎山技工学校", pack="zip", region="dh", course="kimchi", cls="烹饪2402班", size=40, seed=32,
         sidp="24220501", students=["于晓丽", "赵宁远", "高诗怡"], items={12: ["于晓丽", "赵宁远", "高诗怡", "马俊楠"]},
         extra_class=["马俊楠", "宋可欣"], absent_from_10=["宋可欣"], others_named=["朴正浩"],
         teachers=["刘玉华", "张鹤年"], form_count="40",
         f8="fax_line", f10="sessions", f11="dish_typed", f12="prism_photo4",
         findings=[("students.count", 12, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos with a prism's rainbow streak) holds the homework of FOUR students: the three and "
                 "classmate 马俊楠 (with an item-10 record): students.count on 12; students.mismatch optional. Item 10 (TYPED) "
                 "is two tables, 上午组 (20, `考核人数：20人`) and 下午组 (19), 39 in all; the form says `班级规模（人） | 40`: records.count_mismatch (宋可欣 has no record; no roster, so "
                 "no records.missing_student can be known). Item 8 (1-bit fax-like 200 dpi): `姓名＿ 学号＿ 班级＿` by hand, "
                 "the restaurant's head chef 朴正浩 named (not a student)"),
]

PROVINCE = {1: "上海市崇明区", 2: "福建省龙岩市漳平市", 3: "吉林省延边朝鲜族自治州敦化市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 崇明: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 漳平: "附件3-8 工作页.pdf"
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    return "%d.%s.pdf" % (n, NAMES[n])   # 敦化: "8.工作页.pdf"


def form_name(s, c):
    return {1: ("%s申报书.docx" % c["task"], "docx"),
            2: ("九鹏溪技工学校-%s-优质课堂申报书.pdf" % s["cls"], "pdf"),
            3: ("附件2 工学一体化优质课堂项目申报书（%s）.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


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
        return "学生数 | %s" % s["form_count"]
    if g == 2:
        return "授课对象 | %s，共%s人" % (s["cls"], s["form_count"])
    return "班级规模（人） | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 崇明: 授课班级 and 学生数 (a bare number) side by side in one row
        info = tbl([["专业名称", (c["major"], ' align="left" colspan="3"')], ["专业编码", (c["code"], ' align="left" colspan="3"')],
                    ["课程名称", (c["course"], ' align="left" colspan="3"')], ["学习任务", (c["task"], ' align="left" colspan="3"')],
                    ["授课班级", s["cls"], "学生数", s["form_count"]], ["学时", "%d" % c["hours"], "授课地点", c["station"]]], width="92%", pad=P)
    elif g == 2:   # 漳平: class and size in one sentence
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s，共%s人" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 敦化: 班级规模（人）
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级规模（人）", s["form_count"]), ("学时", "%d" % c["hours"])]
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
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Serif CJK SC"}[g])


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

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "care_card":   # a service-user card at the top (the elder), the student only as 照护员 at the right below
            elder = s["others_named"][i % 2]
            card = tbl([["服务对象", hand(elder, True), "年龄", hand(str(86 - 3 * i), True), "床号", hand("%d-%02d" % (2 + i % 2, 5 + i), True)],
                        ["自理能力", hand(["重度依赖", "中度依赖", "重度依赖"][i % 3], True), "皮肤状况", (hand("骶尾部轻度发红" if i % 2 else "完整", True), ' colspan="3"')]],
                       width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页（照护实训）</h3>' % c["task"] + "<p><b>服务对象信息卡</b></p>" + card +
                    sit + answers(c, rng, i) +
                    '<p style="text-align:right">照护员（签名）：%s　　%s</p>' % (hand(n), hand(day(s, i), True)) +
                    '<p style="text-align:right">班级：%s　学号：%s</p>' % (hand(cl, True), hand(sid, True)) + comment)
        elif f == "header_table":   # a bordered head row 班级 | 姓名 | 学号 | 组别
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "组别", hand("第%s组" % "一二三四五"[i % 5], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + "<p>实训地点：农家乐宴会厅　　企业指导：%s（经理）</p>" % s["others_named"][1] + sit + answers(c, rng, i) + comment
        elif f == "station_card":   # a 工位卡 box at the top left: the station number large, the operator by hand
            card = ('<table style="border-collapse:collapse;border:1.5pt solid #000" width="50%%"><tr>%s%s</tr><tr>%s</tr></table>'
                    % (td('<span style="font-size:26pt"><b>%02d</b></span><br/>工位号' % (3 + 4 * i), ' align="center" rowspan="2"', "4px 8px"),
                       td("操作者：%s" % hand(n), ' align="left"', "4px 6px"),
                       td('班级 %s　学号 %s' % (hand(cl, True, size="11pt"), hand(sid, True, size="11pt")), ' align="left"', "4px 6px")))
            body = card + title + sit + answers(c, rng, i) + comment
        elif f == "two_row_box":   # a two-row head box: 姓名 学号 / 班级 日期
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="80%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级 学号 姓名 line
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "survey":   # a site-survey record: place and date head, the surveyor's box at the bottom left
            head = tbl([["勘察地点", hand(["办公楼二层", "销售大厅", "一号大棚"][i % 3], True), "勘察日期", hand(day(s, i), True)]], width="100%", pad="4px 4px")
            box = ('<table style="border-collapse:collapse;border:1pt solid #000" width="52%%"><tr>%s</tr><tr>%s</tr></table>'
                   % (td("勘察人：%s" % hand(n), ' colspan="2" align="left"', "4px 6px"),
                      td("学号：%s" % hand(sid, True), ' align="left"', "4px 6px") + td("班级：%s" % hand(cl, True), ' align="left"', "4px 6px")))
            body = ('<h3 style="text-align:center">%s<br/>学习工作页（现场勘察记录）</h3>' % c["task"] + head + sit + answers(c, rng, i) + comment + box)
        elif f == "blank_line":   # 姓名：＿ 班级：＿ 学号：＿
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "fax_line":   # 姓名＿ 学号＿ 班级＿ by hand; the head chef named
            head = '<p>姓名＿%s＿　学号＿%s＿　班级＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = (title + head + "<p>企业指导：%s（饭店厨师长）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i))
                    + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"care_card": "x-scanpdf:200", "header_table": "x-scanpdf:200:color", "station_card": "x-scanpdf:250:splatter",
            "two_row_box": "x-scanpdf:200", "survey": "x-scanpdf:200:splatter", "blank_line": "x-scanpdf:250:splatter",
            "fax_line": "x-scanpdf:200:mono"}[f]
    font = {"header_table": "Noto Sans CJK SC", "station_card": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    if f == "weighted":   # 过程评价(100) and 成果评价(100); 总评 = 40 % + 60 %, one decimal
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程评价<br/>(满分100)", "成果评价<br/>(满分100)", "总评<br/>(40%+60%)", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(66, 97), rng.randint(62, 98)
            w = round(0.4 * a + 0.6 * b, 1)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), "%.1f" % w, grade(w)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out, "88%") +
                "<p>注：总评＝过程评价×40%＋成果评价×60%，保留一位小数；等级：90分以上为优，80～89为良，70～79为中，60～69为及格。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "landscape_grade":   # a landscape page, 等级 beside 总分, maxima in the head
        parts = [("仪容仪表", 10), ("中餐摆台", 30), ("迎宾点菜", 20), ("席间服务", 40)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s(%d)" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 46
            tot = sum(v)
            out.append(trow([str(k + 1), sid_of(s, n), n, sex_of(n)] + [str(x) for x in v] + [str(tot), grade(tot), "组长" if k % 6 == 0 else ""], pad))
        body = head10(s, c, "学习任务考核成绩登记表（中餐宴会服务）") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="size:29.7cm 21cm;margin:0.9cm 1.2cm"), "pdf"
    if f == "corrected":   # five rows corrected by hand: a part and the 总分 struck and rewritten in red
        parts = [("电路设计", 20), ("程序编写", 30), ("安装接线", 30), ("现场调试", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "签名"]], pad)]
        corr = set(rng.sample([k for k, n in enumerate(rec) if n not in bad], 5))
        fix = lambda old, new: '<s>%d</s> %s' % (old, hand(str(new), True, ink="#b8231a", size="11pt"))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.88)
            cells = [str(x) for x in v]
            tot = sum(v)
            tcell = str(tot)
            if k in corr:
                j = rng.randrange(4)
                new = min(parts[j][1], v[j] + rng.randint(2, 4))
                if new == v[j]:
                    new = v[j] - 2
                cells[j] = fix(v[j], new)
                tcell = fix(tot, tot - v[j] + new)
            if bad.get(n) == "sum":
                tcell = str(tot + 6)
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [tcell, ""], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：改动处已由评分教师签字确认。　　%s</p>" % hand(t[0], True, ink="#b8231a") + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "name_first":   # 姓名 first, 学号 in the last column
        parts = [("安全防护", 15), ("故障读取", 15), ("绝缘检测", 35), ("故障排除", 25), ("记录填写", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["姓名", "序号"] + ["%s<br/>%d分" % p for p in parts] + ["合计", "学号"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([n, str(k + 1)] + [str(x) for x in v] + [str(sum(v)), sid_of(s, n)], pad))
        body = head10(s, c, "学习任务考核成绩记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "bonus":   # an 附加分 column explained under the table
        parts = [("网段规划", 20), ("布线与跳线", 30), ("设备配置", 30), ("测试交付", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["附加分", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            b = rng.choice([0, 0, 0, 0, 2, 3, 5])
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：附加分（0～5分）奖励为基地额外完成机柜跳线标签整理的学生；总分＝四项得分之和＋附加分，最高100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color"
    if f == "legend":   # codes A-E in the head; the maxima in a 评分标准 legend table above
        parts = [("A", "成熟度判断", 15), ("B", "分批采摘", 20), ("C", "干燥加工", 20), ("D", "含水量测定", 25), ("E", "挑选与记录", 20)]
        legend = tbl([["代号", "评分项目", "分值", "评分要点"]] + [[a, b, "%d分" % m, e] for (a, b, m), e in zip(parts, [
            "颜色、弹性、种子硬度", "只采成熟果，不伤果枝", "摊晒厚度、烘干温度不超过60℃", "取样、称量、计算正确", "霉变果挑净，记录完整"])],
                     width="80%", pad="1px 4px")
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>%s" % (a, b) for a, b, _ in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = [int(round(m * rng.uniform(0.62, 0.96))) for _, _, m in parts]
            if bad.get(n) == "over":
                v[2] = 24
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录") + "<p><b>评分标准</b></p>" + legend + "<p><b>成绩</b></p>" + table(out) + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:300:mono"
    if f == "sessions":   # two tables: the morning group and the afternoon group, each with its own head
        parts = [("原料准备", 15), ("刀工", 20), ("烹制", 35), ("装盘", 15), ("卫生", 15)]
        hd = trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)
        cut = 20
        body = head10(s, c, "学习任务考核记录表")
        for g, (lab, rr) in enumerate((("上午组（8:30—11:30）", rec[:cut]), ("下午组（13:30—16:30）", rec[cut:]))):
            out = [hd]
            for k, n in enumerate(rr):
                v = part_scores(rng, parts)
                out.append(trow([str(g * cut + k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            body += "<p><b>%s</b>　考核人数：%d人</p>" % (lab, len(rr)) + table(out)
        body += sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_typed":   # a plain Word table
        parts = [("原料准备", 15), ("刀工", 20), ("烹制", 35), ("装盘", 15), ("卫生", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    on = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "care_plan_typed":   # 服务对象 the elder, 制订人 the student, 护理部主任 named
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["服务对象", on[(i + j) % 2], "床号", "%d-%02d" % (2 + i % 2, 5 + i)], ["制订人", n, "班级", cl],
                                  ["照护要点", (desc, ' colspan="3"')], ["审核", t[j % 2], "护理部主任", on[2]]], width="90%") +
                             "<p>日期：%s</p>" % day(s, 30 + i))
            elif f == "order_pad":   # a banquet order pad: 预订人 the customer, 服务员 the student
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["预订人", on[0], "桌数", "12桌", "桌号", "%d号桌" % (3 + i)], ["服务员", n, "班级", cl, "日期", day(s, 30 + i)]], width="92%") +
                                 tbl([["菜名", "份量", "备注"], ["清蒸清水蟹", "每人一只", "配姜醋"], ["崇明糕", "一盘", ""], ["白扁豆炖老鸭", "一锅", "少盐"],
                                      ["金瓜丝", "一盘", ""], ["米酒", "两壶", "温热"]], width="70%") + "<p>%s</p>" % desc)
                else:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["服务员", n, "班级", cl, "检查人", t[1]]], width="92%") +
                                 tbl([["项目", "标准", "结果"], ["骨碟", "距桌边1.5厘米", "√"], ["筷架", "与骨碟平行", "√"], ["蟹八件", "摆在骨碟右侧", "√"]], width="80%") +
                                 "<p>%s</p>" % desc)
            elif f == "io_typed":   # 调试人 the student, the cooperative's technician as 企业师傅
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["调试人", "%s（%s）" % (n, cl), "企业师傅", on[0]], ["学号", sid, "日期", day(s, 30 + i)]], width="92%") +
                             tbl([["地址", "符号", "说明"], ["I0.0", "SB1", "启动按钮"], ["I0.1", "SB2", "停止按钮"], ["I0.2", "FR", "热继电器"],
                                  ["AIW64", "DO", "溶氧仪4-20mA"], ["Q0.0", "KM1", "增氧机接触器"], ["Q0.1", "HL1", "故障报警灯"]], width="70%") +
                             "<p>结论：%s</p>" % desc)
            elif f == "insul_typed":   # 检测人 the student, the driver as 送修人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车辆", "纯电微型货车", "送修人", on[0]], ["检测人", n, "班级", cl], ["检测项目", "高压回路对地绝缘电阻", "仪表", "绝缘电阻表 1000V挡"],
                                  ["结果", (desc, ' colspan="3"')], ["复核", t[j % 2], "日期", day(s, 30 + i)]], width="92%"))
            elif f == "patch_labels":   # a patch-cord label table, 制作 the student, the manager as 验收人
                rows = [["编号", "起点", "终点", "用途"]] + [["P%02d-%02d" % (i + 1, k + 1), "机柜 %d口" % (k + 1),
                                                       ["办公室一", "销售大厅", "一号大棚", "二号大棚", "三号大棚", "录像机"][k], "数据" if k < 2 else "监控"] for k in range(6)]
                parts.append('<h3 style="text-align:center">%s</h3><p>制作：%s　　班级：%s</p>' % (title, n, cl) + tbl(rows, width="86%") +
                             "<p>%s　　验收人：%s（基地负责人）</p>" % (desc, on[0]))
            elif f == "sample_bag":   # sample-bag labels, two a student: 采样人 the student, the technician as 技术指导
                parts.append('<h3 style="text-align:center">样品袋标签（%s）</h3>' % title +
                             tbl([["样品名称", "北五味子（%s）" % ["鲜果", "干品"][j], "样品编号", "WWZ-%02d-%d" % (i + 1, j + 1)],
                                  ["采样地点", "敦化市林下种植基地%d号地块" % (2 + i), "采样日期", day(s, 30 + i)],
                                  ["采样人", n, "技术指导", on[0]], ["班级", cl, "备注", desc]], width="80%", pad="6px 6px"))
            elif f == "drying_typed":   # 操作人 the student, the base's technician as 技术指导
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["批号", "WWZ-2024-%02d" % (10 + 2 * i + j), "采收日期", day(s, 30 + i)], ["操作人", n, "技术指导", on[0]],
                                  ["干燥方式", "摊晒两天后50℃烘干", "结果", desc]], width="92%") + "<p>班级：%s</p>" % cl)
            elif f == "dish_typed":   # 制作人
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "五花肉300克" if j == 0 else "土豆500克", "辅料", "辣白菜、葱" if j == 0 else "淀粉、盐"],
                                                          ["成品评价", desc, "评价人", t[j % 2]]], width="90%"))
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
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["course"], "> %s　%s　%s" % (cl, sid, n)]
        elif f in ("prism_photo", "prism_photo4"):
            head = ["课后练习", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "color_scan_hand":
            head = ["课后作业（产地加工）", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["course"]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:2:prism", "hand_page": "x-scan:200:4", "plain_photo": "x-photo:200:1",
            "prism_photo": "x-photo:200:2:prism", "prism_photo4": "x-photo:200:1:prism", "color_scan_hand": "x-scan:200:3:color",
            "exercise_book": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("子涵 梓轩 浩然 宇涵 梓睿 俊杰 一凡 浩轩 宇辰 佳豪 博宇 俊宇 思辰 晓宇 嘉豪 宇泽 浩博 子豪 逸飞 俊辉 伟杰 晨宇 天宇 梓航 宇豪 "
           "一帆 俊逸 伟宸 家俊 明杰 泽宇 晓东 俊楠 宇飞 梓晨 浩文 子昂 文轩 佳伟 俊峰 宏宇 志鹏 凯瑞 志豪 家明 梓豪 宁远 子睿 亦凡 "
           "雨辰 晓峰 宇杰 海涛 梓阳 欣宇 星辰 浩东 睿轩 子健 一航 泽楷 铭轩 家乐 逸轩 子墨 杰 浩 涛 鹏".split())


def sex_of(n):
    return "男" if n[1:] in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "pledge":   # the class convention, then a signature table two across: printed name and own signature
        conv = ["按时到校，不迟到、不早退，实训课提前五分钟到工作站。", "尊重老人，称呼得体，照护操作前先告知、征得同意。",
                "遵守实训室安全和卫生规定，用物归位，垃圾分类。", "爱护公物，损坏照价赔偿。", "互帮互助，有事请假，手机上课统一保管。"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "3px 4px") for x in ["序号", "学号", "姓名", "本人签名"] * 2)]
        h = (len(k) + 1) // 2
        for j in range(h):
            cells = []
            for m in (j, j + h):
                if m < len(k):
                    cells += [str(m + 1), sid_of(s, k[m]), k[m], hand(k[m], True, ink=BLACK)]
                else:
                    cells += ["", "", "", ""]
            rows.append(trow(cells, "3px 4px"))
        body = ('<h2 style="text-align:center">%s　班级公约</h2>' % s["cls"] + "".join("<p>%d. %s</p>" % (i + 1, x) for i, x in enumerate(conv)) +
                "<p>以上公约经全班讨论通过，全体同学签名承诺遵守。</p><h3 style=\"text-align:center\">签名页</h3>" + table(rows, width="100%") +
                "<p>班主任：%s　　　全班%d人，已签%d人　　　2024年9月6日</p>" % (s["headteacher"], len(k), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s班级公约签名页.pdf\tx-scanpdf:200\troster\t0" % s["cls"])
        return []
    if r == "tuition":   # a free-tuition notice listing the whole class
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "姓名", "性别", "学号", "身份证号", "资助项目", "金额（元/年）"])]
        for j, n in enumerate(k):
            idn = "3508%02d2008****%03d%s" % (81 + j % 3, 100 + 7 * j, "X" if j % 11 == 3 else str(j % 10))
            rows.append(trow([str(j + 1), n, sex_of(n), sid_of(s, n), idn, "中职免学费", "2000"], "1px 4px"))
        body = ('<h2 style="text-align:center">%s<br/>2024年秋季学期中等职业教育免学费公示名单</h2><p>班级：%s</p>' % (s["school"], s["cls"]) +
                table(rows, width="96%") +
                "<p>公示期：2024年10月8日至10月14日。对公示名单有异议的，请在公示期内向学生资助管理办公室反映。</p>"
                "<p>监督电话：0597-76*****　　经办人：%s　　班主任：%s　　合计：%d人</p>" % (s["others_named"][1], s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s免学费公示名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Eighty-second held-out people corpus (testdata/heldout82), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 82)
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
