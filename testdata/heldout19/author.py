#!/usr/bin/env python3
"""Write the sources of the nineteenth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 株洲
(Hunan), 泸州 (Sichuan) and 景德镇 (Jiangxi).

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 19)] + ["othertools"]

# surnames by region: Hunan (谭 彭 邓 易 龙 肖 贺 曾 …), Sichuan (何 付 敬 苟 税 蒲 冯 …),
# Jiangxi (熊 涂 程 饶 邹 余 詹 万 …), each with common ones.
SURNAMES = {
    "hn": list("谭彭邓易龙肖贺曾罗唐文廖颜袁阳欧刘李周胡"),
    "sc": list("何付敬苟税蒲冯罗曾廖袁刘王张陈杨黄李周"),
    "jx": list("熊涂程饶邹余詹万汪胡黄刘李王张陈吴徐钟朱"),
}
GIVEN2 = ("景行 沐阳 昕怡 嘉树 若溪 亦凡 书瑶 浩铭 安琪 晨曦 星辰 静姝 芷若 语桐 子骞 嘉懿 明哲 锦程 思彤 一诺 "
          "煜祺 梓萱 博远 宇轩 俊驰 天翊 熙然 颖琪 雅萱 志强 海涛 文博 子健 欣悦 昊天 鹏飞 瑞琪 晓燕 佳豪 "
          "诗雨 乐瑶 明远 嘉豪 雨欣 梓涵 晓雯 俊宇 雅婷 浩然 思琪 可馨 泽楷 奕辰 婉清 承泽 若楠 云帆 "
          "梦洁 振宇 心怡 锐锋 紫涵 家铭 宏伟 玉洁 子轩 新宇 雪晴 靖雯 铭轩 楚涵 逸凡").split()
GIVEN1 = list("婷杰勇娜鑫琳浩颖")


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
            if re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", x):
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
TAKEN = set()


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, pos, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or name in USED_BEFORE or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    for nm, k in sorted(pos.items(), key=lambda x: x[1]):
        names.remove(nm)
        names.insert(k, nm)
    TAKEN.update(names)
    return names


C = {
 "bus": dict(major="新能源汽车检测与维修", code="0435", course="电动客车充电与高压系统检修", task="纯电动城市客车直流快充无法启动故障诊断与排除",
   hours=16, station="新能源汽车充电系统检修一体化学习工作站",
   situation="株洲一家公交公司的纯电动城市客车在场站直流充电桩上充电时，充电枪插好后充电桩提示“车辆未就绪”，无法启动充电。公交公司车辆技术部请实训班学员按高压作业规范做好安全防护，读取整车和充电桩的故障信息，检查充电口CC、CP信号和辅助电源，找出故障并排除，最后完成充电验证。",
   qs=[("引导问题1 直流充电启动前车辆和充电桩要交互哪些信号？", ["CC2连接确认、辅助电源A+/A-和CAN通信握手，确认后才闭合直流继电器。", "连接确认和通信握手。", "CC信号、辅助电源、CAN报文。"]),
       ("引导问题2 检查充电口前要做哪些安全防护？", ["断开维修开关，等待五分钟，验电确认无高压，穿戴绝缘手套和护目镜。", "断电、验电、戴绝缘手套。", "拔维修开关，等五分钟再验电。"])],
   hw=[("1. 充电口CC2电阻异常会出现什么现象？", ["充电桩判断枪未插好，不输出辅助电源，充电无法启动。", "提示未连接，不能充电。", "充电桩不启动。"]),
       ("2. 为什么要读取充电桩侧的故障代码？", ["可以判断故障在车端还是桩端，缩小排查范围。", "区分车端和桩端。", "缩小范围。"])],
   outputs=[("直流快充故障诊断案例", "故障为充电口CC2检测线路虚接。"), ("充电口检测记录", "CC2电阻恢复为一千欧。"), ("充电验证报告", "充电电流稳定在一百二十安。")]),
 "press": dict(major="机电一体化技术", code="0127", course="自动化生产线控制系统安装与调试", task="电力机车牵引电机装配线气动压装工位PLC控制系统安装调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="株洲一家电力机车配套企业的牵引电机装配线上，轴承气动压装工位要改造成自动控制。企业设备科请实训班学员根据工艺要求设计气动回路和电气原理图，完成PLC的I/O分配和程序编写，安装接线后联机调试，保证压装到位检测和安全光栅联锁可靠。",
   qs=[("引导问题1 压装工位为什么要设置安全光栅？", ["操作者的手进入压装区域时光栅被遮挡，PLC立即停止气缸动作，防止压伤。", "防止压手。", "有人进入就停机。"]),
       ("引导问题2 压装到位怎样检测？", ["用气缸上的磁性开关和压力继电器共同确认，两个信号都到才算到位。", "磁性开关加压力继电器。", "两个信号同时确认。"])],
   hw=[("1. 双手启动按钮有什么作用？", ["必须两只手同时按下才能启动，避免单手操作时另一只手在危险区。", "两手同时按才启动。", "防止手在压装区。"]),
       ("2. 气动回路调试前要检查什么？", ["气源压力、三联件油雾和排水、管路接头有无漏气。", "气压和漏气。", "三联件和接头。"])],
   outputs=[("压装工位I/O分配表与程序", "共分配十六个输入点、十个输出点。"), ("气动回路安装调试记录", "压装力调整到规定值。"), ("安全联锁测试报告", "光栅遮挡后零点一秒内停机。")]),
 "baijiu": dict(major="饭店(酒店)服务", code="0504", course="宴会酒水服务", task="泸州老窖白酒文化主题宴会酒水服务",
   hours=14, station="酒店宴会服务一体化学习工作站",
   situation="泸州一家五星级酒店承接了一场白酒文化主题的商务宴会，共八桌，宴会上要介绍本地白酒的酿造历史，并按中式宴会的规范提供斟酒和酒水服务。宴会部经理请实训班学员熟悉酒单和白酒知识，练习托盘斟酒，设计席间酒水推介词，分组完成一次模拟宴会服务。",
   qs=[("引导问题1 中式宴会斟白酒斟多满？", ["白酒一般斟八分满，从主宾开始按顺时针方向依次斟倒。", "八分满，从主宾开始。", "八分满，顺时针。"]),
       ("引导问题2 向客人推介白酒要说清哪些内容？", ["产地、香型、酒精度、窖龄和适合搭配的菜品。", "香型和度数。", "产地、香型、搭配。"])],
   hw=[("1. 浓香型白酒有什么特点？", ["窖香浓郁，绵甜甘洌，香味协调，尾净余长。", "窖香浓郁，绵甜。", "香味浓，回味长。"]),
       ("2. 客人饮酒过量时服务员应怎样处理？", ["礼貌地减缓斟酒节奏，主动提供茶水或醒酒汤，并及时告知领班。", "少斟酒，上茶水。", "告诉领班，送醒酒汤。"])],
   outputs=[("主题宴会酒水推介词", "按四道菜分别推介一款白酒。"), ("宴会斟酒服务情景剧本", "包括迎宾、点酒、斟酒和送客四幕。"), ("模拟宴会服务总结", "小组完成了八桌的酒水服务。")]),
 "oral": dict(major="健康与社会照护", code="0529", course="失能老年人生活照护", task="失能老年人床上口腔清洁照护",
   hours=12, station="老年照护一体化学习工作站",
   situation="泸州一家医养结合的养老院里住着不少长期卧床的失能老人，他们不能自己刷牙，口腔问题较多。护理部请照护班学员学习口腔评估方法，为卧床老人做棉棒擦拭法口腔清洁，清洁、检查义齿，做好照护记录，让老人安心、家属放心。",
   qs=[("引导问题1 为卧床老人做口腔清洁时应采取什么体位？", ["侧卧位或头偏向一侧，防止漱口水误吸。", "头偏向一侧。", "侧卧，防误吸。"]),
       ("引导问题2 擦拭口腔的顺序是什么？", ["先外后内，由内向外擦牙齿外侧面、内侧面、咬合面，再擦舌面和上腭。", "先外面再里面，最后舌头。", "牙齿各面，再舌和上腭。"])],
   hw=[("1. 活动义齿怎样清洁和保存？", ["取下后用软牙刷在流动水下刷洗，浸泡在冷水杯里，不能用热水或酒精。", "冷水浸泡，不能用热水。", "刷干净泡冷水。"]),
       ("2. 怎样让老人在照护中更安心？", ["操作前告知、动作轻柔、随时询问感受，保护老人的隐私和尊严。", "先沟通，动作轻。", "多询问感受。"])],
   outputs=[("口腔清洁照护记录单", "记录了口腔黏膜和义齿的情况。"), ("口腔评估表", "发现一处溃疡，已报告护士。"), ("照护反思日志", "学会了与失语老人沟通。")]),
 "teapot": dict(major="计算机动画制作", code="0306", course="三维模型制作与渲染", task="景德镇青花瓷茶具三维建模与材质渲染",
   hours=16, station="数字媒体制作一体化学习工作站",
   situation="景德镇一家陶瓷文创公司要为网店制作一套青花瓷茶具的三维展示图，代替实物拍摄。公司美术主管请动画班学员根据实物照片和尺寸，用三维软件制作茶壶、公道杯和品茗杯的模型，绘制青花纹样贴图，设置陶瓷釉面材质和灯光，渲染出展示图。",
   qs=[("引导问题1 茶壶壶身用什么方法建模比较快？", ["用样条线画出壶身剖面，再用车削修改器旋转成型。", "画剖面再车削。", "用车削。"]),
       ("引导问题2 青花瓷釉面材质要调哪些参数？", ["反射强、光泽度高，菲涅尔反射，漫反射用青花纹样贴图。", "反射和光泽度。", "高光和贴图。"])],
   hw=[("1. UV展开为什么重要？", ["UV展开合理，纹样贴图才不会拉伸变形。", "防止贴图拉伸。", "纹样不变形。"]),
       ("2. 产品展示渲染的灯光怎样布置？", ["用三点布光，主光在侧前方，辅光补暗部，轮廓光勾出器形。", "三点布光。", "主光、辅光、轮廓光。"])],
   outputs=[("青花茶壶模型渲染图", "壶身缠枝莲纹样清晰。"), ("公道杯与品茗杯组合渲染图", "釉面反射自然。"), ("茶具全套展示海报", "用于网店首页。")]),
 "teaset": dict(major="电子商务", code="0603", course="网店商品运营", task="景德镇手工陶瓷茶具直播间选品与商品上架",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="景德镇一家手工陶瓷工作室准备开直播间卖茶具，但不清楚哪些款式好卖。工作室负责人请电商班学员分析平台数据，选出适合直播的茶具款式，拍摄商品图，编写商品标题和详情页，在后台完成商品上架，并为首场直播准备商品讲解要点。",
   qs=[("引导问题1 直播间选品要考虑哪些因素？", ["价格带、款式热度、毛利、库存和是否便于镜头展示。", "价格和热度。", "毛利、库存、展示效果。"]),
       ("引导问题2 商品标题怎样写？", ["包含品类词、材质工艺、风格和卖点词，避免堆砌和违规词。", "品类加卖点。", "写材质和风格。"])],
   hw=[("1. 手工陶瓷商品图要注意什么？", ["光线柔和、背景简洁，拍出釉色和手工痕迹，多角度展示细节。", "背景简洁，拍细节。", "光线柔和。"]),
       ("2. 易碎商品上架时要设置哪些服务？", ["破损包赔、运费险和加固包装说明。", "破损包赔。", "运费险和包装说明。"])],
   outputs=[("直播选品分析表", "选出五款主推茶具。"), ("商品标题与详情页", "突出手工拉坯和柴窑烧制。"), ("商品上架截图说明", "完成十二个商品的上架。")]),
 "throttle": dict(major="汽车维修", code="0403", course="汽油机进气与怠速控制系统检修", task="乘用车电子节气门积碳清洗与怠速自学习",
   hours=12, station="汽车电控检修一体化学习工作站",
   situation="景德镇一家汽车快修店接到一辆行驶八万公里的乘用车，车主反映冷车怠速抖动、偶尔熄火。维修主管请实训班学员用诊断仪读取数据流，拆下电子节气门检查积碳，按规范清洗后装复，进行怠速自学习和路试，填写维修工单。",
   qs=[("引导问题1 节气门积碳为什么会引起怠速抖动？", ["积碳使怠速进气通道变小，进气量不稳定，混合气忽浓忽稀。", "进气量不稳。", "进气通道变小。"]),
       ("引导问题2 清洗节气门时要注意什么？", ["断开蓄电池负极，不能用手推动阀片，清洗剂不能喷到电机和传感器。", "断电，不推阀片。", "不要喷到电机。"])],
   hw=[("1. 为什么清洗后要做怠速自学习？", ["清洗后节气门开度特性变了，ECU要重新学习怠速位置。", "ECU要重新学习。", "开度变了。"]),
       ("2. 怠速自学习失败可能是什么原因？", ["水温未达到要求、有电器负荷开启或存在故障码。", "水温不够。", "开着空调或有故障码。"])],
   outputs=[("节气门清洗作业微课脚本", "分六个镜头讲解清洗步骤。"), ("怠速自学习操作微课脚本", "讲解诊断仪的学习流程。"), ("维修工单与路试记录", "怠速稳定在七百五十转。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="株洲市石峰技工学校", pack="gbkzip", region="hn", course="bus", cls="新能2302班", size=40, seed=11,
         sidp="23430435", students=["谭景行", "彭沐阳", "邓昕怡"], extra_class=["易嘉树"], pos={"易嘉树": 25},
         bad={"易嘉树": "weighted"}, teachers=["唐卫红", "罗志刚"], form_count="40人",
         f8="group_self", f10="two_rows", f11="byline_typed", f12="noto_dati",
         findings=[("records.invalid_score", 10, False, "易嘉树")],
         comment="item 10 (scanned 250 dpi gray) gives TWO ROWS PER STUDENT (理论考试 / 实操考核), each with 成绩, 权重 and 折合分, "
                 "序号/学号/姓名/总评 merged over the two rows; 易嘉树's 总评 is 7.0 above the sum of his two 折合分: "
                 "records.invalid_score. Item 8: a 小组分工 table naming four group members by role with the owner's row ticked "
                 "☑本人 (the others are classmates or the other two of the three: legal). No roster; form `40人`"),
    dict(school="株洲市石峰技工学校", pack="gbkzip", region="hn", course="press", cls="机电2301班", size=41, form_size=42, seed=12,
         sidp="23430127", students=["龙若溪", "肖亦凡", "贺书瑶"], items={11: ["龙若溪", "肖亦凡", "曾浩铭"]},
         extra_class=["曾浩铭"], teachers=["文建军", "阳丽华"], form_count="42人",
         f8="borrow_slip", f10="group_subtotal", f11="defense_typed", f12="wenkai_paren",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False)],
         comment="item 11 (TYPED 答辩记录, 答辩人 = the author) holds the works of 龙若溪, 肖亦凡 and classmate 曾浩铭 (with an item-10 "
                 "record) instead of 贺书瑶's (items 8 and 12 hold the three): students.mismatch. Item 10 (scanned 200 dpi gray) "
                 "is split by 小组 (组别 column), each group followed by a `本组平均` row of averages without a name; 41 students, "
                 "the form says `42人`: records.count_mismatch. Item 8: a 工具借用登记条 at the top, the student as 借用人. No roster"),
    dict(school="泸州市酒城技师学院", pack="dir", region="sc", course="baijiu", cls="酒店2401班", size=40, seed=21,
         sidp="24510504", students=["何安琪", "付晨曦", "敬星辰"], extra_class=["苟静姝"], absent_from_10=["苟静姝"],
         teachers=["袁丽萍", "蒲晓军"], form_count="40 名", roster="chat_chain", headteacher="冯雪梅",
         f8="pledge", f10="grade_convert", f11="script_typed", f12="quiz_typed",
         findings=[("records.missing_student", 10, False, "苟静姝"), ("records.count_mismatch", 10, False)],
         comment="the roster (a class-group 接龙 list, two PHONE SCREENSHOTS, entries 19-20 on both; 40) and the form (`40 名`) list "
                 "苟静姝; item 10 (scanned 200 dpi gray) has 39 rows and none for her: records.missing_student, "
                 "records.count_mismatch. Item 10 grades four criteria A/B/C/D and converts them by a table printed above it "
                 "(折算成绩 = the mean of the four converted values). Item 11: scripts naming classmates as 饰演 guests (legal). "
                 "Item 8: the name only inside an 诚信承诺 sentence at the top"),
    dict(school="泸州市酒城技师学院", pack="dir", region="sc", course="oral", cls="照护2402班", size=38, seed=22,
         sidp="24510529", students=["安心", "蒲芷若", "冯语桐"], others_named=["周淑珍", "税德明", "周建英"],
         teachers=["廖春燕", "母德华"], form_count="38（另有跟读生2人）", roster="dorm_groups", headteacher="曾秀兰",
         f8="scenario_card", f10="attendance_ticks", f11="carelog_typed", f12="photo_sungti", findings=[],
         comment="clean. 安心 (2 characters, one of the three) is also a word of the texts (`让老人安心`, a homework question "
                 "`怎样让老人在照护中更安心？`). The elders 周淑珍 and 税德明 (on the worksheets' scenario cards and the care "
                 "records) and the relative 周建英 (家属签字) are not students. Form `38（另有跟读生2人）`: 38 class members, two "
                 "auditing students not of the class; item 10 has 38 rows. Item 10 has six 考勤 columns of ticks (✓ / 假 / 迟) "
                 "and a 考勤(10) score derived from them. Roster: a typed list grouped by dormitory room (38)"),
    dict(school="景德镇市瓷都高级技工学校", pack="zip", region="jx", course="teapot", cls="动画2401班", size=36, seed=31,
         sidp="24360306", students=["熊子骞", "涂嘉懿", "程明哲"], outsiders={"程明哲": "动画2402班"}, out_sidp="24360307",
         teachers=["詹国华", "吴晓玲"], form_count="36人", f8="qr_caption", f10="app_screens", f11="copyright_typed",
         f12="ukai_classno",
         findings=[("students.not_in_class", 8, True, "程明哲")],
         comment="程明哲 of the parallel class 动画2402班 (his class and 学号 on his pages) is the third student of 8/11/12; item 10 "
                 "(36 students = `36人`) has no record of him: students.not_in_class. Item 10 is three PHONE SCREENSHOTS of a "
                 "teaching app's grade list (rank, name, 学号, score; sorted by score; one row on two neighbouring screenshots) "
                 "printed side by side on an A4 page and scanned (colour 200 dpi). Item 8: the name only in the caption under a "
                 "QR code at the top right. Item 11: render sheets credited only by a small `© 2024 <name>` line"),
    dict(school="景德镇市瓷都高级技工学校", pack="zip", region="jx", course="teaset", cls="电商2302班", size=39, seed=32,
         sidp="23360603", students=["饶锦程", "邹思彤", "余一诺"], items={8: ["饶锦程", "邹思彤", "余一诺", "詹煜祺"]},
         extra_class=["詹煜祺", "万梓萱"], pos={"万梓萱": 30}, bad={"万梓萱": "sum"},
         teachers=["朱秀清", "钟立新"], form_count="39名", f8="sticky_note", f10="two_level_rank", f11="listing_typed",
         f12="sans_jiao",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "万梓萱")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (colour scan 200 dpi) holds FOUR worksheets: the three and classmate 詹煜祺 (with an item-10 record): "
                 "students.count on 8; students.mismatch optional. Each worksheet names its student only on a yellow STICKY NOTE "
                 "written by hand and stuck on the top right. Item 10 (TYPED): a two-level header (过程考核（60分） over 选品/上架/"
                 "讲解, 结果考核（40分） over 数据/复盘), 合计(100) and a 名次 column; 万梓萱's 合计 is 6 above the sum of her five "
                 "scores: records.invalid_score. Form `39名`. No roster"),
    dict(school="景德镇市瓷都高级技工学校", pack="zip", region="jx", course="throttle", cls="汽修2301班", size=37, seed=33,
         sidp="23360403", students=["胡博远", "吴宇轩", "徐俊驰"], items={12: ["胡博远", "吴宇轩", "钟天翊"]},
         extra_class=["钟天翊"], others_named=["黄国平"], teachers=["万志勇", "汪海燕"], form_count="共37名",
         f8="apprentice", f10="group_star", f11="microlesson_typed", f12="chat_shot",
         findings=[("students.mismatch", 12, True)],
         comment="item 12 (PHONE SCREENSHOTS of the class chat group, each homework sent as messages under the sender's group "
                 "nickname `<nn>-<name>-汽修2301`) holds the homework of 胡博远, 吴宇轩 and classmate 钟天翊 (with an item-10 "
                 "record) instead of 徐俊驰's: students.mismatch. Item 10 (scanned 250 dpi gray) is sorted by 组别 (merged "
                 "cells), no 序号, each group leader's name marked ★ (`★<name>`, a legend says so). Item 8: a 学徒 / 企业师傅 / "
                 "学校导师 strip; the company mentor 黄国平 on every worksheet (not a student). Form `共37名` = 37 rows"),
]

PROVINCE = {1: "湖南省株洲市", 2: "四川省泸州市", 3: "江西省景德镇市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 株洲: "08丨工作页.pdf" (the CJK vertical stroke 丨 as a separator)
        return "%02d丨%s.pdf" % (n, NAMES[n])
    if g == 2:   # 泸州: "08：工作页.pdf" (a full-width colon right after the number)
        return "%02d：%s.pdf" % (n, NAMES[n])
    return "〔%02d〕%s.pdf" % (n, NAMES[n])   # 景德镇: tortoise-shell brackets


def form_name(s, c):
    return {1: ("申报书-%s%s.docx" % (c["code"], c["major"]), "docx"),
            2: ("酒城技师学院申报材料（%s）.pdf" % c["task"], "pdf"),
            3: ("〔申报书〕%s.docx" % c["course"], "docx")}[grp(s)]


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "12"
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
BLUE, BLACK, REDC = "#1d2f6b", "#151515", "#c0251a"
RED = 'style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:13pt"'


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


# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    if g == 1:   # 株洲: a horizontal table, labels in one row and values in the row under it
        info = (tbl([["专业名称", "专业代码", "课程名称", "学时"], [c["major"], c["code"], c["course"], str(c["hours"])]], width="96%") +
                "<p></p>" +
                tbl([["学习任务", "授课班级", "班级人数", "授课场所"], [c["task"], s["cls"], s["form_count"], c["station"]]], width="96%"))
    elif g == 2:   # 泸州: no table, numbered label lines
        info = "".join("<p>（%s）%s：%s</p>" % (k, a, b) for k, a, b in [
            ("一", "专业名称", c["major"]), ("二", "专业代码", c["code"]), ("三", "课程名称", c["course"]),
            ("四", "学习任务", c["task"]), ("五", "学时", "%d学时" % c["hours"]), ("六", "授课班级", s["cls"]),
            ("七", "班级人数", s["form_count"]), ("八", "授课场所", c["station"])])
    else:   # 景德镇: label | value | 备注
        info = tbl([["项目", "内容", "备注"], ["专业名称", c["major"], "附件1所列专业"], ["专业代码", c["code"], ""],
                    ["课程名称", c["course"], "一体化课程"], ["学习任务", c["task"], "%d学时" % c["hours"]],
                    ["授课班级", s["cls"], ""], ["班级人数", s["form_count"], "以学籍系统为准"], ["授课场所", c["station"], ""]],
                   width="90%")
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>本课堂按照获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学：学生领取任务后查阅资料，分组制定计划，经教师审核做出决策，再按计划实施；教师巡回指导，把控质量和安全；最后学生展示成果，开展自评、互评，教师和企业专家点评。</p>
<h3>五、建设成效</h3><p>学习任务来源于{prov}合作企业的真实工作，学生在完成任务的过程中提升了专业能力和职业素养。</p>
<h3>六、承诺</h3><p>本单位承诺所报材料真实、原创，无知识产权争议。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font="Noto Sans CJK SC")


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}合作企业的岗位要求转化而成。\n二、学习任务\n本学期安排“{task}”，共{hours}学时。\n三、评价方式\n过程评价与结果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作流程\n接受任务、制定计划、实施作业、检查评估、总结反馈。",
    3: "{school}\n{task}　教学活动策划\n学习活动一　接受任务与信息收集\n学习活动二　计划制定与决策\n学习活动三　任务实施\n学习活动四　检查、评价与总结",
    4: "{school}\n{course}教学进度计划\n本任务计{hours}学时\n第1周　接受任务、收集信息\n第2周　制定并审核计划\n第3周　任务实施\n第4周　检查评价与总结",
    5: "{school}\n{task}教学活动方案\n第1学时　创设情境，明确任务\n第2—4学时　引导问题学习\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业标准、微课、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为资讯区、计划决策区、实施区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核由过程考核和结果考核组成，成绩由任课教师登记在学习任务考核记录中。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8分", "√ 要点全", "√ 9分", "√ 清楚", "√ 10分", "√ 可以"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


def answers(c, rng, i, ink=BLUE, typed=False):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        ans = a[k] if typed else hand(a[k], ink=ink)
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, ans, RED, mark(rng))
    return out


def others_of(s):
    return [n for n in s["klass"] if n not in s["students"] and n not in s.get("extra_class", [])]


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages, ovl = [], []
    oth = others_of(s)
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　评阅：%s</p>' % (RED, ["认真完整", "要点清楚", "较好", "有进步"][i % 4], t[0])
        if f == "group_self":   # a group table naming four members by role; the owner's row ticked 本人
            mates = [x for x in s["students"] if x != n]
            members = [(n, True)] + [(m, False) for m in mates] + [(oth[(7 * i + 2) % len(oth)], False)]
            order = [1, 0, 2, 3] if i % 2 else [0, 1, 2, 3]
            members = [members[k] for k in order]
            roles = ["组长", "操作员", "监护员", "记录员"]
            rows = [["小组分工", "姓　名", "本人"]]
            for (m, me), r in zip(members, roles):
                rows.append([r, hand(m, True), "☑" if me else "□"])
            body = (title + '<p>班级：%s　　学号：%s　　第%d组　　指导教师：%s</p>' % (cl, hand(sid, True), 2 + i, t[0]) +
                    tbl(rows, width="60%", pad="2px 6px") + '<p style="font-size:8.5pt">（请在本人所在行的方框内打“√”）</p>' +
                    sit + answers(c, rng, i) + comment)
        elif f == "borrow_slip":   # a tool-borrowing slip at the top, the student as 借用人
            slip = tbl([[("<b>实训工具借用登记条</b>", ' colspan="6"')],
                        ["借用人", hand(n, True), "工具箱号", "J-%02d" % (4 + 3 * i), "借用时间", day(s, i)],
                        ["班　级", cl, "学　号", sid, "归还确认", hand(t[1], True, BLACK)]], width="100%", pad="3px 4px")
            body = slip + title + '<p>课程：%s　　指导教师：%s</p>' % (c["course"], t[0]) + sit + answers(c, rng, i) + comment
        elif f == "pledge":   # the name only inside an honesty pledge sentence
            box = ('<table width="96%%" style="border-collapse:collapse"><tr><td style="border:1pt solid #333;padding:6px">'
                   '<b>诚信承诺</b>：本人＿%s＿（%s，学号＿%s＿）承诺：本工作页由本人独立完成，所填数据真实。</td></tr></table>'
                   % (hand(n), cl, hand(sid, True)))
            body = box + title + '<p>课程：%s　　指导教师：%s　　%s</p>' % (c["course"], t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "scenario_card":   # a scenario card: the elder and the student as 照护员
            elders = [("周淑珍", "女，82岁，脑卒中后遗症，右侧肢体偏瘫"), ("税德明", "男，86岁，阿尔茨海默病中期，长期卧床")]
            e = elders[i % 2]
            card = tbl([[("<b>情境卡 No.%d</b>" % (3 + i), ' colspan="4"')],
                        ["照护对象", e[0], "基本情况", e[1]],
                        ["照护员", hand(n, True), "床　号", "%d床" % (12 + 5 * i)]], width="96%", pad="3px 5px")
            body = card + title + '<p>班级：%s　　指导教师：%s　　实训日期：%s</p>' % (cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "qr_caption":   # the name only in the caption under a QR code (both overlays)
            head = ('<table width="100%%"><tr><td valign="top" height="110"><p>%s</p><p>课程：%s</p><p>指导教师：%s　　%s</p></td>'
                    '<td width="30%%"></td></tr></table>' % (s["school"], c["course"], t[0], day(s, i)))
            body = head + title + sit + answers(c, rng, i, typed=True) + comment
            ovl.append({"type": "qr", "page": i + 1, "x": 0.845, "y": 0.105, "cm": 2.3, "seed": 300 + i})
            ovl.append({"type": "text", "page": i + 1, "x": 0.845, "y": 0.165, "size": 8,
                        "runs": [["扫码查看作品｜%s｜%s" % (n, cl), "print"]]})
        elif f == "sticky_note":   # the name only on a hand-written sticky note stuck on at the top right
            head = ('<table width="100%%"><tr><td valign="top" height="100"><p>%s</p><p>课程：%s　　指导教师：%s</p>'
                    '<p>小组：第%d组　　日期：%s</p></td><td width="32%%"></td></tr></table>' % (s["school"], c["course"], t[1], 1 + i % 3, day(s, i)))
            body = head + title + sit + answers(c, rng, i) + comment
            ang = [-5, 4, -3, 6][i % 4]
            ovl.append({"type": "sticker", "page": i + 1, "x": 0.80, "y": 0.10, "angle": ang, "size": 12,
                        "fill": "#fff1a8", "edge": "#f1dc78", "lines": ["　　　　　　", "　　　　　　", "　　　　　　"]})
            ovl.append({"type": "text", "page": i + 1, "x": 0.80, "y": 0.09, "angle": ang, "size": 14, "runs": [[n, "handblack"]]})
            ovl.append({"type": "text", "page": i + 1, "x": 0.80, "y": 0.115, "angle": ang, "size": 10,
                        "runs": [[cl.replace("班", ""), "handblack"]]})
        elif f == "apprentice":   # apprentice / company mentor / school tutor strip
            strip = tbl([["学　徒", hand(n, True), "企业师傅", "黄国平（快修店技术主管）", "学校导师", t[0]],
                         ["班　级", cl, "学　号", sid, "日　期", day(s, i)]], pad="3px 4px")
            body = strip + title + sit + answers(c, rng, i) + '<p>师傅评语：<span %s>%s</span>　　黄国平</p>' % (
                RED, ["操作规范", "清洗到位", "学习认真"][i % 3])
        else:
            raise SystemExit(f)
        pages.append(body)
    if ovl:
        write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": ovl}, ensure_ascii=False, indent=1))
    meth = {"group_self": "x-scanpdf:200", "borrow_slip": "x-scanpdf:250:border", "pledge": "x-scanpdf:200:color",
            "scenario_card": "x-scanpdf:250", "qr_caption": "x-scanpdf:200", "sticky_note": "x-scanpdf:200:color",
            "apprentice": "x-scanpdf:200"}[f]
    return "08.html", html(PB.join(pages)), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　%s　　　　教研组长审核：%s</p>" % (t[0], "、".join(t[1:]), t[-1])
    if f == "two_rows":   # two rows per student: 理论 and 实操, merged name and total
        hdr = "<tr>%s</tr>" % "".join(td("<b>%s</b>" % x, ' align="center"', pad) for x in
                                      ["序号", "学号", "姓名", "考核项目", "成绩", "权重", "折合分", "总评"])
        pages = []
        for p0, p1 in ((0, 20), (20, len(rec))):
            rows = [hdr]
            for k in range(p0, p1):
                n = rec[k]
                a, b = rng.randint(58, 96), rng.randint(60, 97)
                wa, wb = a * 3, b * 7      # tenths
                tot = wa + wb + (70 if bad.get(n) == "weighted" else 0)
                rs = ' align="center" rowspan="2"'
                rows.append("<tr>%s%s%s%s%s%s%s%s</tr>" % (
                    td(str(k + 1), rs, pad), td(sid_of(s, n), rs, pad), td(n, rs, pad), td("理论考试", ' align="center"', pad),
                    td(str(a), ' align="center"', pad), td("30%", ' align="center"', pad), td("%.1f" % (wa / 10), ' align="center"', pad),
                    td("%.1f" % (tot / 10), rs, pad)))
                rows.append("<tr>%s%s%s%s</tr>" % (
                    td("实操考核", ' align="center"', pad), td(str(b), ' align="center"', pad), td("70%", ' align="center"', pad),
                    td("%.1f" % (wb / 10), ' align="center"', pad)))
            tb = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows)
            if p0 == 0:
                pages.append(head10(s, c, "学习任务考核成绩登记表") +
                             "<p>说明：每名学生两行，理论考试与实操考核均按百分制评分；折合分＝成绩×权重；总评＝两项折合分之和。</p>" + tb)
            else:
                pages.append("<p>（接上页）</p>" + tb + sign)
        return "10.html", html(PB.join(pages), "9pt", compact=True), "x-scanpdf:250"
    if f == "group_subtotal":   # split by group, a 本组平均 row after each group
        parts = [("方案设计", 20), ("接线工艺", 30), ("程序调试", 30), ("安全文明", 20)]
        hdr = ["组别", "序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]
        out = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', pad) for x in hdr)]
        sizes = [11, 10, 10, len(rec) - 31]
        k = 0
        for g, sz in enumerate(sizes):
            gname = "第%s组" % "一二三四"[g]
            acc = []
            for j in range(sz):
                n = rec[k]
                v = part_scores(rng, parts)
                acc.append(v + [sum(v)])
                cells = ([td(gname, ' align="center" rowspan="%d"' % sz, pad)] if j == 0 else []) + \
                    [td(x, ' align="center"', pad) for x in [str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))]]
                out.append("<tr>%s</tr>" % "".join(cells))
                k += 1
            avg = ["%.1f" % (sum(a[m] for a in acc) / len(acc)) for m in range(len(parts) + 1)]
            out.append('<tr>%s%s</tr>' % (td("<i>本组平均</i>", ' align="center" colspan="4" bgcolor="#eeeeee"', pad),
                                          "".join(td("<i>%s</i>" % x, ' align="center" bgcolor="#eeeeee"', pad) for x in avg)))
        body = (head10(s, c, "学习任务考核记录（按小组）") + '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out) +
                "<p>注：“本组平均”为该组各项得分的平均值，供小组互评参考。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True, page="margin:0.8cm 1.2cm"), "x-scanpdf:200"
    if f == "grade_convert":   # letter grades converted by a table
        conv = {"A": 95, "B": 85, "C": 72, "D": 55}
        crit = ["酒水知识", "斟酒操作", "服务礼仪", "应变处理"]
        table = tbl([["等级", "A（优秀）", "B（良好）", "C（合格）", "D（待合格）"], ["折算分值", "95", "85", "72", "55"]], width="70%")
        hdr = ["序号", "学号", "姓名"] + crit + ["折算成绩", "综合等级"]
        tr = [hdr]
        for k, n in enumerate(rec):
            g = [rng.choice("AABBBBCCD") for _ in crit]
            m = sum(conv[x] for x in g) / 4.0
            lvl = "A" if m >= 90 else "B" if m >= 80 else "C" if m >= 65 else "D"
            tr.append([str(k + 1), sid_of(s, n), n] + g + ["%.2f" % m, lvl])
        body = (head10(s, c, "学习任务考核记录（等级制）") + "<p>一、等级折算表</p>" + table +
                "<p>二、成绩登记（折算成绩＝四项等级折算分值的平均数）</p>" + tbl(tr, pad=pad, bold=(0,)) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "attendance_ticks":   # six attendance columns of ticks, 考勤 derived from them
        parts = [("操作", 60), ("记录", 30)]
        hdr1 = ('<tr>%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                      td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>考勤记录</b>", ' align="center" colspan="6"', pad)) +
                "".join(td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ["考勤(10)", "操作(60)", "记录(30)", "总分"]))
        hdr1 = hdr1.replace("</tr>", "", 1) + "</tr>"
        hdr2 = "<tr>%s</tr>" % "".join(td("<b>第%d次</b>" % (j + 1), ' align="center"', pad) for j in range(6))
        out = [hdr1, hdr2]
        for k, n in enumerate(rec):
            marks = ["✓"] * 6
            r = rng.random()
            if r < 0.18:
                marks[rng.randrange(6)] = "假"
            elif r < 0.30:
                marks[rng.randrange(6)] = "迟"
            att = 10 - 2 * marks.count("假") - marks.count("迟")
            v = part_scores(rng, parts)
            cells = [str(k + 1), sid_of(s, n), n] + marks + [str(att)] + [str(x) for x in v] + [str(att + sum(v))]
            out.append("<tr>%s</tr>" % "".join(td(x, ' align="center"', pad) for x in cells))
        body = (head10(s, c, "学习任务考核记录") + "<p>考勤：✓出勤，假＝请假（扣2分），迟＝迟到（扣1分）；考勤满分10分。总分＝考勤＋操作＋记录。</p>" +
                '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "app_screens":   # three phone screenshots of a grade list, printed side by side
        sc = {n: rng.randint(64, 97) for n in rec}
        order = sorted(rec, key=lambda n: (-sc[n], sid_of(s, n)))
        chunks = [order[0:13], order[12:25], order[24:]]
        nrow = max(len(ch) for ch in chunks)
        sp = '<td width="2%"></td>'
        frame = "border-left:2pt solid #333333;border-right:2pt solid #333333;"
        rows = []
        rows.append("<tr>%s</tr>" % sp.join(
            '<td colspan="3" bgcolor="#222222" style="%sborder-top:2pt solid #333333;padding:2px 4px"><span style="color:#ffffff;font-size:7pt">'
            '9:4%d　　　　　　　●●● 5G　7%d%%</span></td>' % (frame, 1 + ci, 8 - ci) for ci in range(3)))
        rows.append("<tr>%s</tr>" % sp.join(
            '<td colspan="3" bgcolor="#2f7be5" style="%spadding:4px"><span style="color:#ffffff"><b>‹　成绩 · %s</b></span></td>'
            % (frame, c["course"]) for ci in range(3)))
        rows.append("<tr>%s</tr>" % sp.join(
            '<td colspan="3" style="%spadding:2px 4px;font-size:7pt;color:#666666">%s　共%d人　按成绩排序</td>'
            % (frame, s["cls"], len(rec)) for ci in range(3)))
        for r in range(nrow):
            cells = []
            for ci, ch in enumerate(chunks):
                last = "border-bottom:2pt solid #333333;" if r == nrow - 1 else "border-bottom:0.5pt solid #cccccc;"
                if r < len(ch):
                    n = ch[r]
                    cells.append('<td width="5%%" align="center" style="border-left:2pt solid #333333;%spadding:3px 2px">'
                                 '<span style="color:#2f7be5"><b>%d</b></span></td>'
                                 '<td width="20%%" style="%spadding:3px 2px"><b>%s</b><br/><span style="font-size:6.5pt;color:#777777">%s · 已提交4/4</span></td>'
                                 '<td width="6%%" align="right" style="border-right:2pt solid #333333;%spadding:3px 4px"><b>%d</b></td>'
                                 % (last, order.index(n) + 1, last, n, sid_of(s, n), last, sc[n]))
                else:
                    cells.append('<td style="border-left:2pt solid #333333;%s">&nbsp;</td><td style="%s">&nbsp;<br/>&nbsp;</td>'
                                 '<td style="border-right:2pt solid #333333;%s">&nbsp;</td>' % (last, last, last))
            rows.append("<tr>%s</tr>" % sp.join(cells))
        shots = "".join(rows)
        body = (head10(s, c, "学习任务成绩（教学平台截图）") +
                '<p>注：以下为教学平台“成绩”页面的手机截图，按成绩从高到低排列，满分100分。</p>'
                '<table width="100%%" style="border-collapse:collapse">%s</table>' % shots + sign)
        return "10.html", html(body, "8pt", compact=True, font="Noto Sans CJK SC"), "x-scanpdf:200:color"
    if f == "two_level_rank":   # two-level header, 合计 and a rank column
        proc = [("选品", 20), ("上架", 20), ("讲解", 20)]
        res = [("数据", 20), ("复盘", 20)]
        data = []
        for n in rec:
            v = part_scores(rng, proc + res)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            data.append((n, v, tot))
        ranked = sorted(data, key=lambda x: -x[2])
        rank = {}
        for i, (n, v, tot) in enumerate(ranked):
            rank[n] = i + 1 if i == 0 or tot != ranked[i - 1][2] else rank[ranked[i - 1][0]]
        h1 = ("<tr>%s%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                        td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                        td("<b>过程考核（60分）</b>", ' align="center" colspan="3"', pad),
                                        td("<b>结果考核（40分）</b>", ' align="center" colspan="2"', pad),
                                        td("<b>合计(100)</b>", ' align="center" rowspan="2"', pad)) +
              "").replace("</tr>", td("<b>名次</b>", ' align="center" rowspan="2"', pad) + "</tr>")
        h2 = "<tr>%s</tr>" % "".join(td("<b>%s(%d)</b>" % p, ' align="center"', pad) for p in proc + res)
        out = [h1, h2]
        for k, (n, v, tot) in enumerate(data):
            out.append("<tr>%s</tr>" % "".join(td(x, ' align="center"', pad) for x in
                                                 [str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), str(rank[n])]))
        body = (head10(s, c, "学习任务考核成绩表") + '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "group_star":   # sorted by group, group leaders marked ★, no 序号
        parts = [("清洗前检测", 20), ("拆装清洗", 30), ("自学习匹配", 30), ("6S与安全", 20)]
        hdr = ["组别", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]
        out = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', pad) for x in hdr)]
        groups = [rec[0:10], rec[10:19], rec[19:28], rec[28:]]
        for g, members in enumerate(groups):
            lead = members[(g * 3 + 1) % len(members)]
            for j, n in enumerate(members):
                v = part_scores(rng, parts)
                nm = "★" + n if n == lead else n
                cells = ([td("第%d组" % (g + 1), ' align="center" rowspan="%d"' % len(members), pad)] if j == 0 else []) + \
                    [td(x, ' align="center"', pad) for x in [sid_of(s, n), nm] + [str(x) for x in v] + [str(sum(v))]]
                out.append("<tr>%s</tr>" % "".join(cells))
        body = (head10(s, c, "学习任务考核记录") + "<p>（★为组长）</p>" +
                '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t)))
    parts = [head]
    oth = others_of(s)
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "byline_typed":   # an article with a byline 文/<name>
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center;font-size:9pt">文／%s（%s）　　编辑／%s</p>'
                             '<p>%s在排查过程中，我们先读取了充电桩和整车的故障信息，再测量充电口的信号和辅助电源。%s</p>'
                             '<p>这次任务让我们体会到，高压作业必须先做好安全防护，诊断要有步骤、有记录。</p>'
                             % (title, n, cl, t[j % 2], desc, "维修后进行了充电验证，结果正常。"))
            elif f == "defense_typed":   # a defence record: 答辩人 and the panel
                qa = tbl([["答辩人", n, "班　级", cl], ["答辩时间", day(s, 30 + i), "答辩成绩", "%s" % ["优秀", "良好", "良好"][(i + j) % 3]],
                          ["答辩委员", (t[0] + "、" + t[1] + "、企业专家", ' colspan="3"')]], width="92%")
                parts.append('<h3>%s　成果答辩记录</h3>' % title + qa +
                             "<p>提问1：%s是怎样实现的？</p><p>回答：%s</p><p>提问2：调试中遇到了什么问题？</p><p>回答：光栅信号接反，改正后正常。</p>"
                             % (title.replace("与程序", ""), desc))
            elif f == "script_typed":   # a service scene script: classmates play guests
                g1, g2 = oth[(3 * i + j) % len(oth)], oth[(3 * i + j + 5) % len(oth)]
                parts.append('<h3>%s</h3><p>编写：%s（%s）</p><p>角色：服务员——%s饰；主宾——%s饰；副主宾——%s饰；领班——%s老师饰</p>'
                             '<p>【第一幕】服务员托盘站在主宾右后侧：“先生您好，今晚为您准备的是本地浓香型白酒，窖香浓郁，绵甜爽净。”</p>'
                             '<p>【第二幕】服务员从主宾开始顺时针斟酒，每杯八分满。%s</p>' % (title, n, cl, n, g1, g2, t[1], desc))
            elif f == "carelog_typed":   # care records: the elder, the student as 执行照护员, the relative
                elder = ["周淑珍", "税德明"][(i + j) % 2]
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", elder, "床　号", "%d床" % (12 + 5 * ((i + j) % 2))],
                                  ["执行照护员", n, "班　级", cl], ["照护时间", day(s, 30 + i), "带教老师", t[j % 2]],
                                  [("照护内容及观察：%s口腔黏膜完整，无出血，老人表示舒适。" % desc, ' colspan="4" align="left"')],
                                  ["家属签字", "周建英", "备　注", "—"]], width="92%", pad="5px 5px"))
            elif f == "copyright_typed":   # render sheets with a small © credit line
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             '<table width="92%%" style="border-collapse:collapse"><tr><td height="260" bgcolor="#dfe8f2" align="center" '
                             'style="border:0.75pt solid #7a8da3">［渲染图　%d×%d px］</td></tr></table>'
                             '<p>%s渲染器：V-Ray　　采样：自适应　　用时：%d分钟</p><p style="text-align:right;font-size:7.5pt;color:#555555">© 2024 %s　%s　保留所有权利</p>'
                             % (1920, 1080, desc, 18 + 7 * j + 3 * i, n, s["school"]))
            elif f == "listing_typed":   # product listing previews, the operator named
                parts.append('<h3>%s</h3>' % title +
                             tbl([["商品标题", "景德镇手工青花%s茶具套装 柴窑 拉坯 礼盒装" % ["盖碗", "侧把壶", "公道杯"][j]],
                                  ["商品编码", "JDZ-%02d%02d" % (i + 1, j + 1)], ["运营人员", "%s（%s）" % (n, cl)],
                                  ["审核", t[j % 2]], ["说明", desc]], width="92%", align="left"))
            elif f == "microlesson_typed":   # micro-lesson scripts, 主讲学员
                parts.append('<h3>%s</h3><p>主讲学员：%s　　班级：%s　　指导教师：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["镜头", "画面", "解说词"], ["1", "车辆进入工位", "大家好，今天我们来做节气门的清洗。"],
                                  ["2", "拆下进气管", desc], ["3", "完成", "以上就是本次的操作，谢谢观看。"]], width="92%"))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts)), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "quiz_typed":   # an online quiz's answer sheet, printed from the browser
        pages = []
        for i, n in enumerate(names):
            qa = ""
            for qi, (q, a) in enumerate(c["hw"]):
                qa += '<p><b>%s</b>　<span style="color:#2e9d48">（得分 %d/10）</span></p><p>%s</p>' % (q, 8 + (i + qi) % 3, a[(i + qi + 1) % 3])
            pages.append('<p style="font-size:8pt;color:#666666">https://ks.jcjsxy.cn/answer/view?id=%d　　　打印时间 %s</p>' % (58210 + 37 * i, day(s, 21 + i)) +
                         '<h3>%s　课后作业</h3>' % c["course"] +
                         tbl([["答卷编号", "#%d" % (14 + 3 * i), "填写人", n], ["班　级", cls_of(s, n), "提交时间", day(s, 20 + i) + " 21:%02d" % (10 + 7 * i)],
                              ["所用时间", "%d分%02d秒" % (6 + i, 12 + 9 * i), "总　分", "%d/20" % (16 + i % 3)]], width="92%") + qa)
        return "12.html", html(PB.join(pages), font="Noto Sans CJK SC"), "pdf"
    if f == "chat_shot":   # phone screenshots of the class chat group
        pages = []
        for i, n in enumerate(names):
            nick = "%s-%s-%s" % (sid_of(s, n)[-2:], n, cls_of(s, n).replace("班", ""))
            rows = ['<p style="text-align:center;background:#ededed">‹　%s课后作业群(%d)　　…</p>' % (cls_of(s, n).replace("班", ""), len(s["klass"]) + 2),
                    '<p style="text-align:center;font-size:7pt;color:#999999">%s 20:%02d</p>' % (day(s, 20 + i).replace("2024年", ""), 15 + 6 * i)]
            for qi, (q, a) in enumerate(c["hw"]):
                rows.append('<p style="font-size:7pt;color:#888888">%s</p>' % nick)
                rows.append('<table width="86%%"><tr><td bgcolor="#ffffff" style="border:0.5pt solid #dddddd;padding:4px">%s<br/>答：%s</td></tr></table>' % (q, a[(i + qi + 1) % 3]))
            rows.append('<p style="font-size:7pt;color:#888888;text-align:right">%s老师</p>' % t[0])
            rows.append('<table width="100%%"><tr><td width="35%%"></td><td bgcolor="#95ec69" style="padding:4px">收到，第%d题再补充一点。</td></tr></table>' % (1 + i % 2))
            pages.append("".join(rows))
        return "12.html", html(PB.join(pages), "9pt", font="Noto Sans CJK SC", compact=True,
                               page="size:7.5cm 12cm;margin:0.3cm 0.3cm"), "x-scanpdf:300:color:shot"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s　%s" % (t[0], day(s, 20 + i))]
        if f == "noto_dati":
            head = ["%s　课后作业" % c["task"], "> 答题：%s　%s" % (n, cl)]
        elif f == "wenkai_paren":
            head = ["课后作业（%s）" % c["course"], "> %s（%s）" % (n, sid)]
        elif f == "photo_sungti":
            head = ["%s　课后作业" % c["task"], "> 作业人 %s　%s" % (n, cl)]
        elif f == "ukai_classno":
            head = ["课后作业　%s" % c["course"], "%s-%s %s" % (cl.replace("班", ""), sid[-2:], n)]
        elif f == "sans_jiao":
            head = ["%s　课后作业" % c["task"], "> 交作业：%s（%s）" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"noto_dati": "x-scan:200:0", "wenkai_paren": "x-scan:250:4", "photo_sungti": "x-photo:200:2",
            "ukai_classno": "x-scan:200:3:color", "sans_jiao": "x-scan:250:0:mono"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "chat_chain":   # a 接龙 list in the class chat group, two screenshots (entries 19-20 on both)
        pages = []
        for lo, hi in ((0, 20), (18, len(k))):
            rows = ['<p style="text-align:center;background:#ededed">‹　%s家校群(%d)　　…</p>' % (s["cls"], len(k) + 3)]
            if lo == 0:
                rows.append('<p style="font-size:7pt;color:#888888">%s（班主任）</p>' % s["headteacher"])
                rows.append('<table width="92%%"><tr><td bgcolor="#ffffff" style="border:0.5pt solid #dddddd;padding:4px">'
                            '#接龙<br/>%s学生名单核对，请按学号顺序接龙：序号. 姓名 学号</td></tr></table>' % s["cls"])
            body = "<br/>".join("%d. %s %s" % (j + 1, k[j], sid_of(s, k[j])) for j in range(lo, hi))
            rows.append('<table width="92%%"><tr><td bgcolor="#ffffff" style="border:0.5pt solid #dddddd;padding:4px">%s</td></tr></table>' % body)
            if hi == len(k):
                rows.append('<p style="font-size:7pt;color:#999999;text-align:center">接龙已结束，共%d人</p>' % len(k))
            pages.append("".join(rows))
        write(os.path.join(d, "roster.html"), html(PB.join(pages), "8.5pt", font="Noto Sans CJK SC", compact=True,
                                                    page="size:7.5cm 16cm;margin:0.3cm 0.3cm"))
        man.append("roster.html\t%s名单（班级群接龙截图）.pdf\tx-scanpdf:300:color:shot\troster\t0" % s["cls"])
        return
    if r == "dorm_groups":   # a typed list grouped by dormitory room
        rooms = []
        j = 0
        per = [6, 6, 6, 6, 6, 4, 4]
        for ri, sz in enumerate(per):
            rooms.append(("%d栋%d室" % (5 + ri // 4, 301 + ri % 4 + 100 * (ri // 4)), k[j:j + sz]))
            j += sz
        assert j == len(k)
        body = '<h2 style="text-align:center">%s学生名单（按宿舍编排）</h2><p style="text-align:center">%s　2024年9月</p>' % (s["cls"], s["school"])
        for room, members in rooms:
            body += "<p><b>%s（%d人）</b></p>" % (room, len(members))
            body += "<p>%s</p>" % "；".join("%s　%s" % (sid_of(s, n), n) for n in members)
        body += "<p>班主任：%s　　　全班共%d人</p>" % (s["headteacher"], len(k))
        write(os.path.join(d, "roster.html"), html(body, "10.5pt", font="Noto Sans CJK SC"))
        man.append("roster.html\t%s学生名单（按宿舍）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Nineteenth held-out people corpus (testdata/heldout19), the format of testdata/heldout18/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))])
    for n in all_teachers + all_planted + all_others:
        if n in USED_BEFORE:
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
        rng = random.Random(s["seed"] * 7919 + 19)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s.get("pos", {}), s["region"])
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec)), (11, item11(s, c, items[11])),
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
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": "班级人数 | %s" % s["form_count"],
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
