#!/usr/bin/env python3
"""Write the sources of the fourteenth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of four invented schools in Anhui and
Jiangsu (合肥, 芜湖, 徐州, 扬州).

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 14)] + ["othertools"]

# Anhui / Jiangsu surnames
SURNAMES = list("汪葛鲍程檀桂戴缪钱陆顾朱殷卞蒋丁管季吴徐孙周胡沈陈杨许邵施包储")
COMPOUND = ["欧阳", "诸葛"]
GIVEN2 = ("承泽 子昂 若宁 书瑶 思琪 明哲 梦婕 雨萌 洛溪 嘉禾 诗语 天佑 沐阳 欣悦 一鸣 子骞 雨泽 俊熙 志远 文韬 "
          "可欣 知夏 晓彤 晓桐 一帆 浩然 国庆 慧敏 秀芳 德胜 雅琴 广才 红英 立群 晓红 素芬 国梁 春燕 安然 明远 "
          "淮生 江宁 皖生 宁远 润之 景行 怀瑾 清扬 亦舒 锦程 星辰 语桐 芷若 昕妍 静姝 沛然 修远 钰涵 恩泽 蕴仪 "
          "予安 南乔 砚秋 闻笛 听澜 慕白 以宁 思源 楚涵 睿哲 晗雪 若溪 诗琪 奕辰 佳航 瑾瑜 梓睿 舒窈 婧琪 承宇").split()
GIVEN1 = list("浩皓辰骁萱蕊岚舟琛晗彤澄霖")
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
 "car": dict(major="汽车维修", code="0403", course="汽车底盘电控系统检修", task="轿车电动助力转向系统转向沉重故障检修",
   hours=16, station="汽车底盘电控一体化学习工作站", parts=[("理论", 30), ("实操", 70)],
   situation="合肥一家汽车4S店接到一辆行驶六万公里的国产轿车，车主反映早上冷车时方向盘特别沉，行驶一段时间后稍有好转，仪表上的转向故障灯偶尔点亮。服务顾问把车交给机电组，要求学员用诊断仪读取电动助力转向系统的故障码和数据流，检查扭矩传感器、助力电机和供电线路，排除故障后路试验证并填写维修工单。",
   qs=[("引导问题1 电动助力转向系统由哪些部件组成？", ["扭矩传感器、车速信号、EPS控制单元、助力电机和减速机构。", "传感器、控制器、电机、减速器。", "扭矩角度传感器、ECU、电机，还有转向柱。"]),
       ("引导问题2 冷车转向沉重可能是什么原因？", ["蓄电池电压低或者搭铁不良，EPS供电不足进入保护，助力电流被限制。", "供电电压不够，控制单元降低助力。", "电源线接触不好，冷车时电阻大。"])],
   hw=[("1. 扭矩传感器零点标定在什么时候做？", ["更换扭矩传感器、转向管柱或控制单元以后，用诊断仪做零点标定。", "换了传感器和控制单元以后。", "拆装转向管柱以后要标定。"]),
       ("2. 路试时要验证哪些项目？", ["原地转向、低速转向、高速回正和故障灯是否再亮。", "转向轻不轻，回正好不好。", "低速和高速各试一次，看故障灯。"])],
   outputs=[("EPS系统故障诊断流程图", "画出了从读码到路试的九个步骤。"), ("电路测量记录表", "记录了供电、搭铁和信号线的测量值。"), ("维修工单", "写明了故障原因和更换的搭铁线。")]),
 "care": dict(major="健康与社会照护", code="0529", course="居家照护服务", task="居家失能老人防跌倒环境评估与适老化改造建议",
   hours=12, station="居家照护一体化学习工作站", parts=[("环境评估", 30), ("风险沟通", 30), ("改造方案", 40)],
   situation="合肥市蜀山区一个老旧小区的社区服务站接到辖区家庭的求助：一位八十二岁的老人半年内在家里跌倒了两次，子女白天上班，担心老人独自在家再出意外。服务站请照护员上门，用防跌倒评估表检查老人家里的地面、照明、卫生间和卧室，和老人及家属沟通风险，提出花钱少、见效快的适老化改造建议。",
   qs=[("问题一 上门评估时重点看哪些地方？", ["卫生间地面是否防滑、有没有扶手，过道照明，地毯和电线，床的高度。", "卫生间、卧室、过道和厨房。", "地面、灯光、扶手、家具摆放。"]),
       ("问题二 怎样和老人说跌倒风险而不让他反感？", ["先肯定老人自己能做的事，再用身边的例子讲风险，请老人一起商量改哪里。", "多听老人说，语气温和，不说他老了。", "尊重老人的习惯，一起商量。"])],
   hw=[("1. 列出三项花钱少的改造建议。", ["卫生间贴防滑条，床边装小夜灯，马桶旁加一个扶手。", "防滑垫、感应灯、扶手。", "收起地毯，过道装灯，浴室加扶手。"]),
       ("2. 老人跌倒后照护员第一步做什么？", ["不要急着扶起，先看老人意识和有没有疼痛、出血，再决定怎么处理并呼救。", "先检查伤情，不要马上扶。", "先判断有没有骨折，必要时打120。"])],
   outputs=[("居家防跌倒环境评估表", "逐项检查了五个房间共二十四项。"), ("适老化改造建议书", "提出了七条改造建议和预算。"), ("家属沟通记录", "记录了和老人女儿的两次电话沟通。")]),
 "tcm": dict(major="中药", code="1301", course="中药饮片切制与炮制", task="亳白芍切制与清炒白芍炮制",
   hours=12, station="中药炮制一体化学习工作站", parts=[("净选与软化", 20), ("切制", 35), ("清炒", 30), ("质量检查", 15)],
   situation="芜湖一家中药饮片厂从亳州药材市场购进一批亳白芍，车间要按《中国药典》加工成白芍片和炒白芍。车间主任要求学员先净选、分档，用浸润法把白芍软化到“内无干心”，切成薄片干燥，再取一部分用文火清炒至微黄色，并按批填写生产记录和质量检查记录。",
   qs=[("问题1 白芍为什么要分档软化？", ["大小粗细不同吸水速度不同，分开浸润才能软化均匀，不伤药效。", "大的小的分开泡，软硬一致。", "粗细分档，防止小的泡过头。"]),
       ("问题2 怎样判断白芍已经润透？", ["用弯曲法，能弯曲不折断；或者切开看，内无干心。", "折一下能弯，切开没有白心。", "手捏有弹性，中心没有干的。"])],
   hw=[("1. 炒白芍的火候和成品要求是什么？", ["用文火，炒到表面微黄色，偶见焦斑，有香气。", "小火炒到微黄。", "文火，颜色微黄，不能炒焦。"]),
       ("2. 切好的白芍片怎样干燥？", ["阴干或者低温烘干，温度不超过60度，防止变色。", "低温烘干。", "摊开晾干，不能暴晒。"])],
   outputs=[("白芍切制工艺卡", "标明了浸润时间和片厚。"), ("炒白芍批生产记录", "记录了投料量、火候和出成率。"), ("饮片质量检查报告", "检查了片型、色泽和水分。")]),
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="中餐宴会服务", task="徽州主题寿宴摆台与席间服务",
   hours=14, station="中餐服务一体化实训室", parts=[("主题设计", 20), ("摆台操作", 40), ("席间服务", 30), ("礼仪仪态", 10)],
   situation="芜湖一家酒店的宴会厅承接了一场十二桌的八十大寿宴，主人一家祖籍徽州，希望宴会有徽州文化的味道。宴会经理请实训班学员设计寿宴主题台面，完成中餐十人位摆台，按流程做好席间斟酒、上菜、分菜和撤换餐具，并照顾好老寿星和年长的宾客。",
   qs=[("任务1 寿宴主题台面可以用哪些徽州元素？", ["马头墙和粉墙黛瓦的花台造型，徽州木雕图案的菜单，寿桃和松鹤点缀。", "徽派建筑、木雕、寿字。", "马头墙、徽墨、寿桃。"]),
       ("任务2 上菜和分菜要注意什么？", ["在副主人右侧上菜，先给主宾和老寿星分，菜盘转到主宾面前再介绍菜名。", "从固定的位置上菜，先长辈后其他客人。", "上菜报菜名，分菜均匀。"])],
   hw=[("1. 中餐摆台的顺序是什么？", ["铺台布、放转盘、摆餐碟、汤碗汤勺、筷架筷子、酒杯、餐巾花，最后放花台和菜单。", "台布、餐碟、碗勺、筷子、杯子、口布。", "先铺台布，再按顺时针摆餐具。"]),
       ("2. 席间老人不小心打翻汤碗怎么处理？", ["马上递上干净毛巾，问老人有没有烫着，铺好口布遮住污渍，换上干净餐具。", "先关心客人，再清理。", "安慰客人，快速收拾换餐具。"])],
   outputs=[("寿宴主题台面设计说明", "以“徽韵松鹤”为主题。"), ("十人位摆台操作视频截图", "摆台用时十二分钟。"), ("席间服务流程卡", "列出了十四个服务环节。")]),
 "cnc": dict(major="数控加工(数控车工)", code="0106", course="典型轴类零件数控车削加工", task="工程机械液压油缸活塞杆数控车削加工",
   hours=20, station="数控车削一体化学习工作站", parts=[("获取信息", 10), ("制定计划", 15), ("做出决策", 10), ("实施计划", 40), ("过程控制", 15), ("评价反馈", 10)],
   situation="徐州一家工程机械配套企业接到一批装载机转斗油缸活塞杆的试制订单，材料45钢调质，外圆公差要求较高，两端有螺纹和退刀槽。生产部把首件试制交给实训车间，要求学员读懂零件图，编写加工工艺和数控程序，完成对刀和首件加工，用千分尺和螺纹环规检验，并填写首件检验记录。",
   qs=[("问题1 活塞杆细长，车削时怎样防止变形？", ["用一夹一顶装夹，必要时加跟刀架，切削用量小一点，分粗精车。", "用顶尖顶住，吃刀量小。", "一夹一顶，粗车精车分开。"]),
       ("问题2 螺纹加工用什么指令？", ["用G92螺纹切削循环，分几刀切削，每刀吃刀量逐渐减小。", "G92循环。", "G92或者G76，分层切削。"])],
   hw=[("1. 外圆尺寸超差0.03怎样修正？", ["在刀补里修改X向磨耗值，再精车一刀。", "改刀补再车。", "修改磨耗补偿，重新精加工。"]),
       ("2. 首件检验要检哪些项目？", ["外圆直径、长度、螺纹、退刀槽和表面粗糙度。", "尺寸和螺纹。", "所有尺寸都要检，记录在表上。"])],
   outputs=[("活塞杆加工工艺卡", "分七道工序。"), ("数控加工程序单", "主程序和螺纹子程序共两段。"), ("首件检验记录", "检测了十一项尺寸，全部合格。")]),
 "ecom": dict(major="电子商务", code="0603", course="网店视觉设计与美工", task="盱眙龙虾预制菜网店详情页设计",
   hours=14, station="电子商务视觉设计一体化实训室", parts=[("文案策划", 30), ("版式设计", 40), ("图片处理", 30)],
   situation="淮安盱眙一家龙虾加工企业今年推出十三香、蒜蓉两款即热预制菜，准备在电商平台开旗舰店。运营经理请学员为两款产品设计手机端详情页：提炼卖点，写好文案，处理产品和烹饪场景图片，按首屏、卖点、规格、食用方法、售后的顺序排版，并做出适合夏季夜宵场景的主图。",
   qs=[("问题1 预制龙虾的卖点有哪些？", ["盱眙产地直发，鲜活加工，加热五分钟即食，口味正宗。", "产地正宗，方便快捷。", "鲜活现做，冷链配送，开袋加热。"]),
       ("问题2 详情页首屏放什么？", ["一张有食欲的成品大图加一句核心卖点和价格利益点。", "最好看的产品图和卖点。", "主图加标题，让人一眼看懂。"])],
   hw=[("1. 手机端详情页的图片尺寸一般是多少？", ["宽度750像素，单张高度不超过1500像素。", "宽750。", "750像素宽，图片要压缩。"]),
       ("2. 食品详情页必须标出哪些信息？", ["配料表、净含量、生产日期、保质期、储存条件和生产许可证号。", "配料、保质期、储存方法。", "生产许可和配料表。"])],
   outputs=[("卖点提炼与文案", "提炼了五个卖点。"), ("手机端详情页设计稿", "共九屏。"), ("夏季夜宵场景主图", "做了三张备选主图。")]),
 "cook": dict(major="烹饪(中式烹调)", code="0501", course="淮扬风味菜肴制作", task="扬州大煮干丝制作",
   hours=12, station="中式烹调一体化学习工作站", parts=[("刀工", 30), ("火候调味", 30), ("装盘", 20), ("卫生", 20)],
   situation="扬州一家老字号酒楼迎来旅游旺季，早茶和午市的大煮干丝供不应求。厨师长要求实训班学员按店里的标准完成大煮干丝：把方干片成薄片再切成细丝，用开水烫去豆腥味，用鸡汤加火腿丝、虾仁、鸡丝同煮，汤色乳白，干丝柔软入味，并整理出切配和出品的操作要点。",
   qs=[("问题1 方干怎样片得又薄又匀？", ["刀要磨快，方干放平，左手按稳，平刀从下往上片，一块片十八片左右。", "刀快，手稳，平刀片。", "平刀片，每片一样厚。"]),
       ("问题2 干丝为什么要烫两次？", ["去掉豆腥味和黄浆水，让干丝变软、更容易吸收鸡汤的味道。", "去豆腥味。", "去掉卤水味，干丝更白更软。"])],
   hw=[("1. 汤色乳白靠什么？", ["用老母鸡和猪骨熬的浓汤，大火煮开，加一点熟猪油。", "浓鸡汤加猪油，大火。", "高汤大火烧开。"]),
       ("2. 装盘时配料怎样摆？", ["干丝堆在中间，火腿丝、鸡丝分两边，虾仁放在顶上，豌豆苗点缀。", "配料摆在上面，颜色分开。", "干丝在下，配料盖在上面。"])],
   outputs=[("大煮干丝成品", "汤色乳白，干丝细匀。"), ("干丝刀工练习件", "每块片十八片。"), ("操作要点卡", "写明了鸡汤和干丝的比例。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="合肥市逍遥津技工学校", pack="dir", course="car", cls="汽修2301班", size=40, seed=11, sidp="20230403",
         students=["汪子骞", "葛雨泽", "鲍俊熙"], outsiders={"鲍俊熙": "汽修2302班"}, out_sidp="20230404",
         extra_class=["檀志远"], bad={"檀志远": "over"}, teachers=["程立群", "桂晓红"], form_count="40人",
         f8="id_card", f10="maxrow_typed", f11="tech_typed", f12="diary_line",
         findings=[("students.not_in_class", 8, True, "鲍俊熙"), ("records.invalid_score", 10, False, "檀志远")],
         comment="鲍俊熙 of the parallel class 汽修2302班 (his class and 学号 on his pages) is the third student of "
                 "8/11/12; item 10 (40 rows = 班级人数 40) has no record of him: students.not_in_class. Item 8: a "
                 "学员证-like card (photo box, 姓名/班级/学号 handwritten) at the top; scanned 200 dpi gray. Item 10 "
                 "TYPED: a 满分 row under the header; 檀志远's 实操 is 74 for 满分 70 (总分 the sum): "
                 "records.invalid_score. Item 11 typed `维修技师：…`. Item 12: a diary-like first line with date and name"),
    dict(school="合肥市逍遥津技工学校", pack="dir", course="care", cls="照护2401班", size=36, seed=12, sidp="20240529",
         students=["戴文韬", "缪可欣", "欧阳知夏"], extra_class=["欧阳晴"], teachers=["戴文涛", "钱素芬"],
         notes={"@6": "缺考", "@19": "缺考", "@27": "病假，已补考"}, form_count="36人",
         f8="checklist_sign", f10="tick_grades", f11="carer_plan_typed", f12="title_dash_name", findings=[],
         comment="clean: teacher 戴文涛 and student 戴文韬 (one of the three) one character apart, the teacher on every "
                 "worksheet and homework page; 4-char compound 欧阳知夏 (one of the three) with 3-char compound "
                 "classmate 欧阳晴. Item 10 (scanned 250 dpi gray): each criterion graded by a ✓ under 优/良/中/差 "
                 "plus a 总评 score, two 缺考 rows (36 rows). Item 8: a safety checklist with ☑ boxes and "
                 "`本人已阅读并遵守　签名：<hand>` at its foot, then the worksheet. No roster"),
    dict(school="芜湖市赭山高级技工学校", pack="zip", course="tcm", cls="中药2301班", size=38, seed=21, sidp="20231301",
         students=["陆砚秋", "顾书瑶", "朱明哲"], extra_class=["殷梦婕"], absent_from_10=["殷梦婕"],
         teachers=["卞国庆", "蒋慧敏"], form_count="38人", roster="roster_docx", headteacher="丁秀芳",
         f8="stub", f10="signed_rows", f11="maker_line_typed", f12="ukai_underline",
         findings=[("records.missing_student", 10, False, "殷梦婕"), ("records.count_mismatch", 10, False)],
         comment="the roster 中药2301班学生名单.docx (38) and the form (38人) list 殷梦婕; item 10 (scanned 200 dpi "
                 "gray) has 37 rows and none for her: records.missing_student, records.count_mismatch. Item 10 has a "
                 "`本人确认` column where each student signed his own name by hand beside the printed one. Item 8: a "
                 "detachable 存根 (name, 学号) above a dashed cut line"),
    dict(school="芜湖市赭山高级技工学校", pack="zip", course="hotel", cls="酒店2302班", size=38, form_size=40, seed=22,
         sidp="20230504", students=["管雨萌", "季洛溪", "钱嘉禾"], items={11: ["管雨萌", "季洛溪", "钱嘉禾", "汪诗语"]},
         extra_class=["汪诗语"], teachers=["吴立新", "桂芳华"], form_count="40人",
         f8="title_paren", f10="gender_split", f11="menu_card_typed", f12="foot_sign",
         findings=[("students.count", 11, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 TYPED (a table-card / menu page per work `设计：<name>`) holds the works of FOUR students: the "
                 "three and classmate 汪诗语 (with an item-10 record): students.count on 11, students.mismatch optional. "
                 "The form says 40人; item 10 (scanned 250 dpi gray, split into 男生 / 女生 blocks with sub-heading rows) "
                 "lists 38: records.count_mismatch. Item 8: the name in brackets after the title. No roster"),
    dict(school="徐州市云龙湖技师学院", pack="gbkzip", course="cnc", cls="数控2301班", size=32, seed=31, sidp="20230106",
         students=["蒋承泽", "丁子昂", "管若宁"], items={12: ["蒋承泽", "丁子昂"]}, extra_class=["季明远"],
         bad={"季明远": "sum"}, teachers=["朱国梁", "顾春燕"], form_count="32",
         f8="process_card", f10="six_steps", f11="machinist_typed", f12="photo_date",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "季明远")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos) holds the homework of only 蒋承泽 and 丁子昂 (管若宁's is missing; items 8 "
                 "and 11 hold all three): students.count on 12, students.mismatch optional. Item 10 (scanned 200 dpi, "
                 "lid edge): one column per step of the six (获取信息…评价反馈); 季明远's 总分 is not the sum: "
                 "records.invalid_score. Item 8: a 数控加工工序卡 title block `编程 <hand> | 操作 <hand> | 审核 <teacher>`"),
    dict(school="徐州市云龙湖技师学院", pack="gbkzip", course="ecom", cls="电商2401班", size=33, seed=32, sidp="20240603",
         students=["殷浩", "诸葛一帆", "卞晓彤"], extra_class=["卞晓桐", "殷浩然", "诸葛明"], teachers=["汪德胜", "陆雅琴"],
         notes={"@4": "缺考", "@21": "病假，补考"}, form_count="全班33人",
         f8="group_no_line", f10="footnote_marks", f11="designer_typed", f12="sungti_class_first", findings=[],
         comment="clean: 卞晓彤 (one of the three) and classmate 卞晓桐 one character apart; 2-char 殷浩 (one of the "
                 "three) with 3-char classmate 殷浩然; 4-char compound 诸葛一帆 (one of the three) with classmate 诸葛明. "
                 "Item 10 (scanned 250 dpi, 1-bit): notes as circled footnote marks ①② after the name, explained under "
                 "the table (a 缺考 row). Form `全班33人`. No roster"),
    dict(school="扬州市瘦西湖技工学校", pack="zip", course="cook", cls="烹饪2302班", size=34, seed=41, sidp="20230501",
         students=["缪天佑", "钱沐阳", "顾芷若"], items={8: ["缪天佑", "钱沐阳", "戴欣悦"]}, extra_class=["戴欣悦", "程奕辰"],
         bad={"程奕辰": "over"}, teachers=["陆广才", "朱红英"], form_count="34名",
         f8="seat_line", f10="red_hand_scores", f11="chef_typed", f12="mono_classline",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "程奕辰")],
         comment="item 8 (scanned colour 200 dpi; `第_组 _号 姓名_` in one handwritten line at the top right) holds "
                 "缪天佑, 钱沐阳 and classmate 戴欣悦 (with an item-10 record) instead of 顾芷若 (items 11 and 12 "
                 "hold 缪天佑, 钱沐阳, 顾芷若): students.mismatch. Item 10 (scanned colour 200 dpi): a printed list "
                 "with the scores written in RED pen; 程奕辰 has 36 under 刀工(30) (总分 the sum): records.invalid_score. "
                 "No roster"),
]

SHORT_SCHOOL = {1: "逍遥津技校", 2: "赭山高级技校", 3: "云龙湖技师学院", 4: "瘦西湖技校"}
PROVINCE = {1: "安徽省", 2: "安徽省", 3: "江苏省", 4: "江苏省"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 合肥: "材料8 工作页.pdf"
        return "材料%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 芜湖: "8）工作页.pdf" (full-width bracket)
        return "%d）%s.pdf" % (n, NAMES[n])
    if g == 3:   # 徐州: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    return "（%d）%s.pdf" % (n, NAMES[n])  # 扬州


def form_name(s, c):
    return {1: ("申报书_%s.docx" % c["course"], "docx"),
            2: ("%s-%s-申报书.pdf" % (SHORT_SCHOOL[2], c["major"]), "pdf"),
            3: ("工学一体化优质课堂申报书（%s）.pdf" % c["task"], "pdf"),
            4: ("附件2 申报书 %s.docx" % c["course"], "docx")}[grp(s)]


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
        sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
        if f == "id_card":
            card = ('<table style="border-collapse:collapse" width="62%%"><tr>'
                    '<td rowspan="3" width="22%%" height="96" bgcolor="#e6e6e6" align="center" style="border:1pt solid #000">［照片］</td>'
                    '<td style="border:1pt solid #000;padding:4px 6px">姓　名　%s</td></tr>'
                    '<tr><td style="border:1pt solid #000;padding:4px 6px">班　级　%s</td></tr>'
                    '<tr><td style="border:1pt solid #000;padding:4px 6px">学　号　%s</td></tr></table>'
                    % (hand(n), hand(cl, True), hand(sid, True)))
            body = ('<p style="font-size:9pt">%s　实训学员证（粘贴于工作页首页）</p>' % s["school"] + card +
                    '<h3 style="text-align:center">%s<br/>学习工作页</h3><p>课程：%s　　指导教师：%s　　工位：EPS-%02d</p>'
                    % (c["task"], c["course"], t[0], 3 + i * 2) + sit + answers(c, rng, i))
        elif f == "checklist_sign":
            items = ["进入老人家中前出示工作证并说明来意", "穿防滑鞋，不随意移动老人物品", "评估时有家属或社区人员在场",
                     "不替老人做决定，改造建议须经老人同意", "不收受老人及家属财物"]
            rows = [["序号", "上门服务安全与礼仪要求", "确认"]] + [[str(k + 1), (x, ' align="left"'), hand("√", True)] for k, x in enumerate(items)]
            body = ('<h3 style="text-align:center">上门服务确认单</h3>' + tbl(rows, pad="3px 4px") +
                    '<p style="text-align:right">本人已阅读并遵守以上要求　　签名：%s　　%s</p><hr/>' % (hand(n), day(s, i)) +
                    '<h3 style="text-align:center">%s　学习工作页</h3><p>班级：%s　　指导教师：%s</p>' % (c["task"], cl, t[0]) +
                    sit + answers(c, rng, i))
        elif f == "stub":
            body = ('<table width="100%%"><tr><td style="padding:2px 4px;font-size:9.5pt">存根　　学习任务：%s　　'
                    '姓名：%s　　学号：%s　　领取日期：%s</td></tr></table>'
                    % (c["task"], hand(n, True), hand(sid, True), day(s, i)) +
                    '<p style="font-size:8pt;color:#444">✂ - - - - - - - - - - - - - - 沿此线剪下，存根交学习委员 - - - - - - - - - - - - - -</p>' +
                    '<h3 style="text-align:center">%s学习工作页</h3><p>%s　%s　　指导教师：%s</p>' % (c["task"], s["school"], cl, t[0]) +
                    sit + answers(c, rng, i))
        elif f == "title_paren":
            body = ('<h3 style="text-align:center">%s学习工作页（%s　%s）</h3>' % (c["task"], cl, hand(n)) +
                    '<p>课程：%s　　指导教师：%s　　日期：%s</p>' % (c["course"], t[0], day(s, i)) + sit + answers(c, rng, i))
        elif f == "process_card":
            block = tbl([["数控加工工序卡", ("零件名称：活塞杆　材料：45钢", ' colspan="3"'), "图号", "HG-63-0%d" % (2 + i)],
                         ["编程", hand(n, True), "操作", hand(n, True), "审核", hand(t[0], True, BLACK)],
                         ["班级", cl, "学号", sid, "日期", day(s, i)]], pad="4px 4px")
            steps = [["工步", "工步内容", "刀具", "转速r/min", "进给mm/r"],
                     ["1", "车端面、钻中心孔", "T01 外圆车刀", "600", "0.2"], ["2", "粗车外圆留余量0.5", "T01", "800", "0.25"],
                     ["3", "精车外圆至尺寸", "T02 精车刀", "1200", "0.08"], ["4", "切退刀槽", "T03 切槽刀", "400", "0.05"],
                     ["5", "车M20×1.5螺纹", "T04 螺纹刀", "500", "1.5"]]
            body = block + '<p style="font-size:4pt">&nbsp;</p>' + tbl(steps, pad="2px 4px") + sit + answers(c, rng, i)
        elif f == "group_no_line":
            body = ('<table width="100%%"><tr><td><b>%s</b></td><td align="right">第%s组　姓名：%s</td></tr></table><hr/>'
                    % (c["course"], hand(str(1 + i * 2), True), hand(n)) +
                    '<h3 style="text-align:center">%s　学习工作页</h3><p>班级：%s　　学号：%s　　指导教师：%s</p>' % (c["task"], cl, sid, t[0]) +
                    sit + answers(c, rng, i))
        elif f == "seat_line":
            body = ('<p style="text-align:right">第%s组　%s号　姓名%s</p>'
                    % (hand(str(2 + i), True), hand(str(int(sid[-2:])), True), hand("<u>　%s　</u>" % n)) +
                    '<h3 style="text-align:center">%s　学习工作页</h3><p>班级：%s　　指导教师：%s　　日期：%s</p>' % (c["task"], cl, t[0], day(s, i)) +
                    sit + answers(c, rng, i))
        else:
            raise SystemExit(f)
        body += '<p>教师评语：<span %s>%s</span>　　评阅：%s</p>' % (RED, ["认真完整", "要点清楚", "较好", "有进步"][i % 4], t[0])
        pages.append(body)
    meth = {"id_card": "x-scanpdf:200", "checklist_sign": "x-scanpdf:250", "stub": "x-scanpdf:200:fold",
            "title_paren": "x-scanpdf:200", "process_card": "x-scanpdf:200:color", "group_no_line": "x-scanpdf:250",
            "seat_line": "x-scanpdf:200:color"}[f]
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




def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    notes = s["notes_resolved"]
    bad = s.get("bad", {})
    parts = c["parts"]
    pad = "0px 3px"
    sign = "<p>考核教师：%s　%s　　　　教研组长审核：%s</p>" % (t[0], "、".join(t[1:]), t[-1])
    if f == "maxrow_typed":   # header, then a 满分 row, then the students
        tr = [["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "备注"],
              [("满　分", ' colspan="3"')] + [str(m) for _, m in parts] + ["100", ""]]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 74
            tr.append([str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v] + [str(sum(v)), notes.get(n, "")])
        return "10.html", html(head10(s, c, "学习任务考核记录") + tbl(tr, pad=pad, bold=(0, 1)) + sign, "8.5pt",
                               font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "tick_grades":   # ✓ under 优/良/中/差 per criterion, then a 总评 score
        crit = [p for p, _ in parts]
        tr = [[("序号", ' rowspan="2"'), ("姓名", ' rowspan="2"')] + [(p, ' colspan="4"') for p in crit] + [("总评", ' rowspan="2"'), ("备注", ' rowspan="2"')],
              ["优", "良", "中", "差"] * len(crit)]
        for k, n in enumerate(rec):
            note = notes.get(n, "")
            if note == "缺考":
                tr.append([str(k + 1), D(n)] + [""] * (4 * len(crit)) + ["—", "缺考"])
                continue
            cells, tot = [], 0
            for _ in crit:
                g = rng.choice([0, 1, 1, 1, 2, 2])
                cells += [hand("√", True) if j == g else "" for j in range(4)]
                tot += (95, 85, 75, 60)[g]
            tr.append([str(k + 1), D(n)] + cells + [hand(str(tot // len(crit) + rng.randint(-2, 2)), True), note])
        return "10.html", html(head10(s, c, "学习任务考核记录（等级评定）") + '<p>总评为百分制；优90—100　良80—89　中70—79　差70以下</p>' +
                               tbl(tr, pad=pad, bold=(0, 1)) + sign, "8.5pt", compact=True), "x-scanpdf:250"
    if f == "signed_rows":   # each student signs his own name beside the printed one
        tr = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "本人确认"]]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tr.append([str(k + 1), sid_of(s, n), D(n)] + [str(x) for x in v] + [str(sum(v)), hand(D(n), True, BLACK)])
        return "10.html", html(head10(s, c, "学习任务考核记录表") + '<p>（成绩公示三天无异议后由学生本人签字确认）</p>' +
                               tbl(tr, pad="1px 3px", bold=(0,)) + sign, "8.5pt", compact=True), "x-scanpdf:200:speckle"
    if f == "gender_split":   # 男生 block and 女生 block with sub-heading rows
        tr = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]]
        w = 4 + len(parts)
        boys = [n for k, n in enumerate(rec) if (k * 5 + 2) % 7 < 3]
        girls = [n for n in rec if n not in boys]
        k = 0
        for lab, grp_ in (("男生（%d人）" % len(boys), boys), ("女生（%d人）" % len(girls), girls)):
            tr.append([(lab, ' colspan="%d" align="left" bgcolor="#eeeeee"' % w)])
            for n in grp_:
                k += 1
                v = part_scores(rng, parts)
                tr.append([str(k), sid_of(s, n), D(n)] + [str(x) for x in v] + [str(sum(v))])
        return "10.html", html(head10(s, c, "学习任务考核记录") + tbl(tr, pad=pad, bold=(0,)) + sign, "8.5pt", compact=True), "x-scanpdf:250"
    if f == "six_steps":
        tr = [["序号", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (8 if bad.get(n) == "sum" else 0)
            tr.append([str(k + 1), D(n), sid_of(s, n)] + [str(x) for x in v] + [str(tot)])
        return "10.html", html(head10(s, c, "学习任务过程考核记录（按工作过程六步）") + tbl(tr, pad=pad, bold=(0,)) + sign,
                               "8.5pt", compact=True), "x-scanpdf:200:border"
    if f == "footnote_marks":
        marks = "①②③④"
        legend, used = [], {}
        tr = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]]
        for k, n in enumerate(rec):
            note = notes.get(n, "")
            nm = D(n)
            if note:
                m = marks[len(used)]
                used[n] = m
                legend.append("%s %s：%s" % (m, D(n), note))
                nm = D(n) + "<sup>%s</sup>" % m
            if note == "缺考":
                tr.append([str(k + 1), sid_of(s, n), nm] + ["/"] * (len(parts) + 1))
                continue
            v = part_scores(rng, parts)
            tr.append([str(k + 1), sid_of(s, n), nm] + [str(x) for x in v] + [str(sum(v))])
        return "10.html", html(head10(s, c, "学习任务考核记录") + tbl(tr, pad=pad, bold=(0,)) +
                               '<p style="font-size:8pt">注：%s。</p>' % "；".join(legend) + sign, "8.5pt", compact=True), "x-scanpdf:250:mono"
    if f == "red_hand_scores":
        tr = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 36
            tr.append([str(k + 1), sid_of(s, n), D(n)] + [hand(str(x), True, "#c0251a") for x in v] + [hand(str(sum(v)), True, "#c0251a")])
        return "10.html", html(head10(s, c, "学习任务考核记录") + tbl(tr, pad="0px 3px", bold=(0,)) + sign, "8.5pt", compact=True), "x-scanpdf:200:color"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t)))
    parts = [head]
    if f == "menu_card_typed":
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<p>&nbsp;</p><table width="60%%" align="center" style="border-collapse:collapse"><tr><td style="border:2pt double #7a5a2a;padding:18px 18px" align="center">'
                             '<p style="font-size:16pt"><b>%s</b></p><p>徽韵松鹤　·　八十寿宴</p><p>%s</p><p>&nbsp;</p><p>设计：%s　　%s</p></td></tr></table>'
                             '<p>作品说明：本作品为学习任务成果之一，在%s完成。</p>' % (title, desc, n, cls_of(s, n), c["station"]))
        return "11.html", html(PB.join(parts)), "pdf"
    lab = {"tech_typed": "维修技师", "carer_plan_typed": "方案撰写人", "maker_line_typed": "炮制人",
           "machinist_typed": "加工者", "designer_typed": "设计者", "chef_typed": "主理人"}[f]
    for i, n in enumerate(names):
        for j, (title, desc) in enumerate(c["outputs"]):
            who = n
            if f == "tech_typed":
                who = "%s（%s）" % (n, cls_of(s, n))
            if f == "machinist_typed":
                who = "%s　　学号：%s" % (n, sid_of(s, n))
            parts.append("<h3>成果%d-%d　%s</h3><p>%s：%s</p><p>%s</p><p>指导教师：%s</p>" % (i + 1, j + 1, title, lab, who, desc, t[j % len(t)]))
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
        if f == "diary_line":
            head = ["> %s　星期%s　%s" % (day(s, 20 + i), "一二三四五"[i % 5], n), "课后作业：" + c["task"], "班级：%s　　指导教师：%s" % (cl, t[0])]
        elif f == "title_dash_name":
            head = ["课后作业——%s" % n, c["task"], "班级：%s　　指导教师：%s" % (cl, t[0])]
        elif f == "ukai_underline":
            head = ["%s　课后作业" % c["course"], "姓名＿%s＿　班级＿%s＿" % (n, cl)]
        elif f == "foot_sign":
            lines += ["课后作业　" + c["task"], "班级：" + cl, ""] + qa + ["> 学生签名：%s" % n, "! 阅 %s" % t[0]]
            continue
        elif f == "photo_date":
            head = ["%s课后作业" % c["course"], "> 姓名：%s　学号：%s　%s" % (n, sid_of(s, n), day(s, 20 + i))]
        elif f == "sungti_class_first":
            head = ["%s　课后作业" % c["task"], "班级：%s" % cl, "> 姓名：%s" % n]
        elif f == "mono_classline":
            head = ["%s　课后作业" % c["course"], "%s　%s" % (cl, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + ["! 批阅：" + t[0] + "　" + day(s, 20 + i)]
    meth = {"diary_line": "x-scan:200:4", "title_dash_name": "x-scan:250:4", "ukai_underline": "x-scan:200:3",
            "foot_sign": "x-scan:200:2", "photo_date": "x-photo:200:3", "sungti_class_first": "x-scan:200:2:color",
            "mono_classline": "x-scan:250:1:mono"}[f]
    return [("12.txt", "\n".join(lines) + "\n")], meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "roster_docx":
        rows = [["序号", "学号", "姓名", "性别", "联系电话", "家庭住址"]]
        for i, n in enumerate(k):
            rows.append([str(i + 1), sid_of(s, n), D(n), "男" if (i * 7 + 2) % 6 else "女", "135****%04d" % ((i * 3571) % 10000),
                         ["镜湖区", "弋江区", "鸠江区", "湾沚区", "繁昌区", "南陵县", "无为市", "三山区"][i % 8]])
        body = ('<p style="text-align:center;font-size:14pt"><b>%s学生名单</b></p><p>%s　　　2023年9月</p>' % (s["cls"], s["school"]) +
                tbl(rows, pad="1px 4px") + '<p>班主任：%s　　　　共%d人</p>' % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.docx\tdocx\troster\t0" % s["cls"])
        return
    raise SystemExit(r)


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Fourteenth held-out people corpus (testdata/heldout14), the format of testdata/heldout13/truth.json. "
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
    intended = {("戴文韬", "戴文涛")}
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
