#!/usr/bin/env python3
"""Write the sources of the ninety-sixth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 宣威
(Yunnan, 曲靖), 牙克石 (Inner Mongolia, 呼伦贝尔) and 华亭 (Gansu, 平凉).
The small HTML helpers (html, tbl, td, trow, table, hand, mark, day, SHORT,
NAMES) are heldout28's author.py, imported unchanged; every page layout of
items 8, 10, 11, 12, the forms and the rosters is written here.

    python3 author.py      (rewrites src/ and truth.json)
    sh build.sh OUT
"""
import glob
import importlib.util
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
_spec = importlib.util.spec_from_file_location("h28_author", os.path.join(HERE, "..", "heldout28", "author.py"))
A = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(A)
html, tbl, td, trow, table, hand, mark, day, write = A.html, A.tbl, A.td, A.trow, A.table, A.hand, A.mark, A.day, A.write
PB, RED, BLUE, BLACK, NAMES, SHORT = A.PB, A.RED, A.BLUE, A.BLACK, A.NAMES, A.SHORT

# every earlier corpus with a truth file (heldout95, written at the same time by another hand, excluded)
EARLIER = sorted(os.path.basename(os.path.dirname(p)) for p in glob.glob(os.path.join(HERE, "..", "*", "truth.json"))
                 if os.path.basename(os.path.dirname(p)) not in ("heldout95", "heldout96"))


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
        with open(os.path.join(HERE, "..", d, "truth.json"), encoding="utf-8") as f:
            walk(json.load(f))
    readmes = []
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "README.md")
        if os.path.isfile(p):
            out = []
            for line in open(p, encoding="utf-8", errors="replace"):
                if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                    break
                out.append(line)
            readmes.append("".join(out))
    return names, "\n".join(texts), "\n".join(readmes)


USED_BEFORE, EARLIER_TEXT, EARLIER_README = earlier_strings()
USED_BARE = {n.replace("·", "") for n in USED_BEFORE}
TAKEN = set()

# surnames by region, weighted by repetition: 宣威 (滇东北: 张 李 王 陈 徐 朱, the local 浦 缪 孔 管 and 邓 吴),
# 牙克石 (settlers from 山东/河北/东北: 王 李 张 刘 孙 于 赵 高 姜 韩; Mongolian 包 白; and whole Mongolian names),
# 华亭 (陇东: 王 张 李 刘 马 杨 赵, the local 魏 景 石 冯 柳 任 苏 安)
SURNAMES = {
    "xw": list("张张张李李李王王王陈陈徐徐朱朱浦浦缪孔管邓吴杨刘赵"),
    "yk": list("王王王李李李张张张刘刘孙孙于于赵高姜韩包白杨"),
    "ht": list("王王王张张张李李刘刘马马杨赵魏魏景石冯柳任苏安"),
}
MONGOL = "其其格 乌日娜 苏日娜 额尔敦 那仁 宝音 萨日娜 阿拉坦 图雅 阿拉腾 格日勒 哈斯 孟根 朝鲁 斯琴 塔娜 巴雅尔 乌兰 吉雅 特古斯".split()
GIVEN2 = ("思远 嘉怡 宇轩 子涵 若彤 诗雨 佳琪 俊杰 浩然 文静 雅婷 欣然 明轩 博文 一鸣 志远 晨曦 梓萌 紫涵 家豪 宇航 子豪 梦琪 "
          "雨欣 思彤 诗涵 佳乐 瑞雪 俊宇 润泽 晓雯 静怡 梓轩 昊天 泽宇 心怡 可欣 宏宇 睿哲 欣蕊 钰涵 沐辰 皓宇 芷若 语桐 "
          "嘉琪 雨桐 思琪 浩轩 景行 奕辰 书瑶 佳慧 铭轩 天骄 子瑜 宸铭 彦博 锦轩 晓宇 瑾萱 若涵 文轩 梦洁 雅雯 泽楠 "
          "沐芸 骁然 亦舟 宸逸 梓渝 书珩 嘉禾 婉清 沛霖 炜晨 煜城 闻溪 清妍 楚瑜 弈鸣 昕玥 歆瑶 峻熙 旭尧 柏言 知夏 沁雪 "
          "朗月 怀瑾 若谷 思齐 致远 听雪 念安 允哲 承泽 修远 云泽 安歌 星澜 望舒 晏清 以宁 景澄 北辰 南乔 语汐 子衿 砚池 "
          "屹川 青阳 远舟 澄宇 皓庭 铭川 素言 诗岚 映雪 凌霄 知微 嘉懿 彦霖 翊宸").split()
GIVEN1 = list("楠琪蕊浩航杰轩萌")


def bare(a):
    return a.replace("·", "")


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
        if region == "yk" and rng.random() < 0.14:
            name = rng.choice(MONGOL)
        else:
            sur = rng.choice(SURNAMES[region])
            for _ in range(200):
                g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
                name = sur + g
                if not used(name) and name not in TAKEN:
                    break
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "ham": dict(major="烹饪(中式烹调)", code="0501", course="滇东火腿菜品制作", task="宣威火腿焖饭与云腿月饼馅料制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="宣威一家老字号餐馆准备在中秋前推出火腿焖饭套餐和云腿月饼，后厨要把火腿的选料、浸泡、切配和熬油做成标准流程。厨师长请烹饪班学员按配方完成火腿的清洗去盐、切丁，焖制焖饭并调配月饼馅料，记录火候和用料，最后出品评价。",
   qs=[("问题1 火腿切丁前为什么要先浸泡去盐？", ["宣威火腿盐分重，浸泡四到六小时换两次水，成品才不会过咸，肉也更软。", "火腿太咸，要泡掉一部分盐。", "浸泡后肉质变软。"]),
       ("问题2 焖饭时火腿丁什么时候下锅？", ["先用火腿肥膘熬油，下瘦肉丁和土豆丁煸香，再加米和水焖制。", "先熬油再下丁。", "煸香后加米焖。"])],
   hw=[("1. 云腿月饼馅为什么要加蜂蜜和白糖？", ["调和火腿的咸味，形成咸甜口味，也让馅料更黏好成型。", "调咸味，咸甜口。", "好成型。"]),
       ("2. 怎样判断焖饭已经焖好？", ["米粒透明饱满，锅底有薄薄一层锅巴，香味溢出。", "米粒透明，有锅巴。", "闻到香味。"])],
   outputs=[("火腿焖饭制作记录", "火腿丁一百二十克，焖制二十五分钟。"), ("云腿月饼馅料配比记录", "火腿丁与糖蜜比例三比一。"), ("出品自评表", "色泽油亮，咸甜适中。")]),
 "potato": dict(major="电子商务", code="0603", course="高原特产网店上新运营", task="宣威洋芋与火腿礼盒网店上新与客服接待",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="宣威一家农产品合作社在网上开了店，秋季要上新洋芋和火腿礼盒。店长请电商班学员拍摄和处理商品图片，撰写详情页文案，设置运费模板和优惠，上架后在线接待顾客咨询，处理退换货，并整理上新一周的运营数据。",
   qs=[("问题1 生鲜洋芋的运费模板要注意什么？", ["按重量阶梯计费，偏远地区单独设置，标明不发货地区和发货时间。", "按重量计费。", "偏远地区单独设。"]),
       ("问题2 详情页首屏要放哪些内容？", ["主图、产地、规格重量、价格和发货承诺，让顾客三秒看懂。", "主图、产地、价格。", "规格和发货承诺。"])],
   hw=[("1. 顾客说收到的洋芋有烂的怎么处理？", ["请顾客拍照称重，核实后按坏果重量退款或补发，并道歉。", "拍照核实后退款。", "补发并道歉。"]),
       ("2. 上新一周要看哪些数据？", ["访客数、收藏加购数、转化率和客单价。", "访客数和转化率。", "加购和客单价。"])],
   outputs=[("商品详情页文案", "高原洋芋，沙糯绵甜。"), ("客服接待记录", "咨询四十二人次，成交十九单。"), ("上新一周运营数据表", "转化率百分之六点八。")]),
 "brake": dict(major="汽车维修", code="0403", course="商用车气压制动系统检修", task="林区运材车气压制动系统漏气故障诊断与排除",
   hours=16, station="汽车维修一体化学习工作站",
   situation="牙克石一家林业运输公司的运材车冬季早晨打不起气压，停车后气压表很快下降，司机报修。维修站主管请汽修班学员接车问诊，按流程检查空压机、储气筒、制动阀和管路接头，用肥皂水查找漏气部位，更换密封件后做气压保持试验和路试，填写维修工单。",
   qs=[("问题1 为什么冬季气压制动系统容易漏气？", ["低温下橡胶密封件变硬收缩，储气筒积水结冰，接头处密封不严。", "橡胶件变硬，积水结冰。", "密封不严。"]),
       ("问题2 怎样用肥皂水查找漏气点？", ["打足气压后熄火，在接头和阀体上刷肥皂水，冒泡的地方就是漏气点。", "刷肥皂水看冒泡。", "熄火后检查。"])],
   hw=[("1. 气压保持试验的合格标准是什么？", ["气压达到规定值后熄火，三十分钟内下降不超过十千帕。", "三十分钟降不超过十千帕。", "熄火后看气压表。"]),
       ("2. 储气筒为什么每天要放水？", ["压缩空气中的水分会积在筒底，冬天结冰会堵塞管路，还会锈蚀。", "防止积水结冰。", "防锈蚀。"])],
   outputs=[("维修工单", "更换制动阀进气口密封圈。"), ("气压保持试验记录", "三十分钟下降五千帕。"), ("路试记录", "制动有效，无跑偏。")]),
 "winter": dict(major="健康与社会照护", code="0529", course="高寒地区居家照护", task="高寒林区独居老人冬季防跌倒与居家环境改造照护",
   hours=14, station="居家照护一体化学习工作站",
   situation="牙克石一个林区社区入冬后路面结冰，几位独居老人在家中和楼道里跌倒过。社区服务站请照护班学员上门评估老人的跌倒风险和居家环境，提出防滑、照明和扶手的改造建议，教老人做平衡训练，并为家属写一份冬季照护提示。",
   qs=[("问题1 评估跌倒风险要看哪些方面？", ["老人的用药、视力、平衡能力、既往跌倒史和家里的地面、照明、扶手。", "用药、视力、平衡。", "地面、照明、扶手。"]),
       ("问题2 冬季居家环境改造先做哪几项？", ["门口和卫生间铺防滑垫，夜间加小夜灯，床边和马桶旁装扶手。", "防滑垫和小夜灯。", "装扶手。"])],
   hw=[("1. 老人跌倒后照护员第一步做什么？", ["先不要急着扶起，询问有无疼痛、检查意识和受伤部位，再决定怎样处理。", "先检查，不急着扶。", "问有无疼痛。"]),
       ("2. 平衡训练每次练多久合适？", ["每次十到十五分钟，扶着椅背练，有人在旁边保护。", "十到十五分钟。", "有人保护。"])],
   outputs=[("居家跌倒风险评估表", "评分六分，属高风险。"), ("居家环境改造建议书", "卫生间加装扶手两处。"), ("家属冬季照护提示", "雪天不单独外出。")]),
 "conveyor": dict(major="机电一体化技术", code="0127", course="带式输送机电气控制装调", task="木材加工厂带式输送机变频调速与PLC控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="牙克石一家木材加工厂的带式输送机要改成变频调速，跟随锯机的进料速度。设备科请机电班学员读懂电气图，安装变频器和PLC，接线并设置变频器参数，编写启停、调速和跑偏保护的程序，完成空载和带载联调，填写调试记录。",
   qs=[("问题1 变频器的加减速时间怎样设定？", ["按输送机负载惯量设定，太短会过流跳闸，太长跟不上锯机，一般设五到十秒。", "五到十秒。", "太短会过流。"]),
       ("问题2 跑偏开关动作后程序怎样处理？", ["立即停机并报警，跑偏复位后才允许重新启动。", "停机报警。", "复位后再启动。"])],
   hw=[("1. 变频器的载波频率调高有什么影响？", ["电机噪声变小，但变频器发热和漏电流增大。", "噪声小，发热大。", "漏电流增大。"]),
       ("2. PLC输入点为什么要接急停常闭触点？", ["断线时也能让系统停机，保证安全。", "断线也停机。", "更安全。"])],
   outputs=[("变频器参数设置记录", "加速时间八秒，减速时间六秒。"), ("PLC输入输出分配表", "输入十二点，输出八点。"), ("空载与带载联调记录", "带载运行电流十四安。")]),
 "flange": dict(major="数控加工(数控车工)", code="0106", course="矿用盘盖类零件数控车削", task="煤矿刮板输送机链轮轴端盖数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="华亭的一座煤矿检修刮板输送机，链轮轴端盖磨损漏油，机修厂请学校数控车间按图纸加工一批端盖。车间主任请数控班学员读图，编写加工工艺和程序，在数控车床上完成端面、内孔、密封槽和止口的车削，并用内径表和深度尺检测。",
   qs=[("问题1 车密封槽时为什么要用切槽刀分几次切？", ["槽深较大，一次切到底刀具受力大容易崩刃，分次切削还能保证槽宽尺寸。", "一次切刀受力大。", "分次保证槽宽。"]),
       ("问题2 端盖止口和内孔为什么要一次装夹车出？", ["一次装夹能保证止口和内孔的同轴度，装到链轮轴上不偏心。", "保证同轴度。", "不偏心。"])],
   hw=[("1. 内径表测孔径时怎样读数？", ["在孔内轻轻摆动内径表，读取指针转折点的最小值。", "摆动找最小值。", "读转折点。"]),
       ("2. 盘类零件装夹要注意什么？", ["薄壁处夹紧力不能太大，可用软爪或开口套，防止变形。", "夹紧力不能太大。", "用软爪。"])],
   outputs=[("端盖首件检验记录", "内孔直径六十二点零二。"), ("端盖加工工艺卡", "分粗车、精车、切槽三道工步。"), ("数控程序清单", "程序号O2316。")]),
 "herb": dict(major="中药", code="1301", course="陇药饮片处方调剂", task="陇东秦艽与党参饮片处方调剂与质量复核",
   hours=16, station="中药调剂一体化学习工作站",
   situation="华亭一家中医院的中药房秋季处方量增多，药房主任请中药班学员在调剂台上按处方审方、调配秦艽、党参等饮片，用戥秤称量并分剂，核对先煎后下等特殊煎法，装袋后交复核人员复核，并向患者交代煎服方法。",
   qs=[("问题1 审方时要核对哪些内容？", ["患者姓名、年龄、药名、剂量、剂数，有无配伍禁忌和超剂量用药。", "姓名、药名、剂量。", "配伍禁忌。"]),
       ("问题2 分剂时为什么要逐剂复称？", ["等量递减分剂，每剂误差不超过百分之五，逐剂复称才能保证每剂药量准确。", "误差不超过百分之五。", "保证每剂准确。"])],
   hw=[("1. 党参饮片的性状特征是什么？", ["类圆形厚片，外皮灰黄色，切面有裂隙，有特殊香气，味微甜。", "外皮灰黄，味微甜。", "切面有裂隙。"]),
       ("2. 哪些药需要后下？", ["含挥发油的薄荷、砂仁等，煎煮时间长会失去药效。", "薄荷、砂仁。", "含挥发油的。"])],
   outputs=[("处方调剂记录", "七剂，每剂称量误差小于百分之三。"), ("饮片质量检查记录", "秦艽性状符合规定。"), ("用药交代记录", "每日一剂，分两次温服。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="宣威市可渡河技工学校", pack="dir", region="xw", course="ham", cls="烹饪2301班", size=38, seed=11,
         sidp="23330501", students=["缪沁瑶", "浦明轩", "管一帆"], outsiders={"管一帆": "烹饪2302班"}, out_sidp="23330502",
         extra_class=["徐宇澄"], bad={"徐宇澄": "over"}, others_named=["孔繁荣"],
         teachers=["陈建云", "李绍芬"], form_count="男20人，女18人，合计38人",
         f8="order_ticket", f10="foot_max", f11="dish_record", f12="photo_foot",
         findings=[("students.not_in_class", 8, True, "管一帆"), ("records.invalid_score", 10, False, "徐宇澄")],
         comment="管一帆 of the parallel class 烹饪2302班 (his class and 学号 on his pages) is the third student of 8/11/12; item 10 "
                 "(38 rows) has none for him: students.not_in_class. Item 10 (TYPED) writes the maxima ONLY in a `标准分` row at the FOOT of the "
                 "table (20/30/30/20/100), the head columns bare, 姓名 before 学号; 徐宇澄 has 36 "
                 "under 火候控制 (合计 the sum): records.invalid_score. Item 8: a 后厨出品单 ticket, the student as 制作人, the "
                 "head chef 孔繁荣 as 出品检查 (not a student). No roster"),
    dict(school="宣威市可渡河技工学校", pack="dir", region="xw", course="potato", cls="电商2402班", size=36, seed=12,
         sidp="24330603", students=["邓钰琪", "朱皓宸", "吴若澄"], others_named=["赵玉芬", "浦春花"],
         teachers=["张丽琼", "吴国富"], form_count="男15人，女21人，合计36人",
         f8="header_table", f10="weighted_raw", f11="service_log", f12="hand_scan",
         findings=[],
         comment="clean. Form `男15人，女21人，合计36人` (the total last); item 10 (TYPED) 36 rows of three raw scores out of 100 "
                 "and a 综合成绩 = 30 % + 50 % + 20 % (explained under the table, rounded), not their sum; 等级 beside it. Two "
                 "customers (赵玉芬, 浦春花) named as 顾客 on the worksheets and in the typed 客服接待记录. No roster"),
    dict(school="牙克石市免渡河技工学校", pack="gbkzip", region="yk", course="brake", cls="汽修2401班", size=41, seed=21,
         sidp="2415040301", students=["朝克图", "于浩宸", "姜思博"], extra_class=["白宇恒"], absent_from_10=["白宇恒"],
         others_named=["刘长顺"], teachers=["高振国", "韩永利"], form_count="汽修2401班全体学生（共41名）",
         roster="dorm", headteacher="孙红艳",
         f8="plain_line", f10="plain_sorted", f11="work_order", f12="photo_line",
         findings=[("records.missing_student", 10, False, "白宇恒"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生住宿安排表: the class by dormitory room, 床位 1–6) and the form (`授课对象 | 汽修2401班全体学生"
                 "（共41名）`) hold 白宇恒; item 10 (TYPED, a plain table) has 40 rows and none for him: records.missing_student "
                 "and records.count_mismatch. The truck driver 刘长顺 named as 送修人 on the typed work orders"),
    dict(school="牙克石市免渡河技工学校", pack="gbkzip", region="yk", course="winter", cls="照护2402班", size=40, seed=22,
         sidp="2415052902", students=["那木罕", "王晗玥", "李昀熙"], items={12: ["那木罕", "王晗玥"]},
         extra_class=["包晓彤"], bad={"包晓彤": "sum"}, others_named=["赵桂芝"],
         teachers=["白秀荣", "李振魁"], form_count="40名",
         f8="consent_head", f10="fraction_cells", f11="care_plan", f12="photo_petals",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "包晓彤")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, dried petals on the sheets) holds the homework of only TWO students, 那木罕 and 王晗玥 (李昀熙's "
                 "missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (scanned 200 dpi "
                 "gray, a pen cap on the glass) writes every score as a FRACTION in its cell (`27/30`, total `86/100`); 包晓彤's total is 8 "
                 "above the sum of her parts: records.invalid_score. The resident 赵桂芝 named on every worksheet and care plan"),
    dict(school="牙克石市免渡河技工学校", pack="gbkzip", region="yk", course="conveyor", cls="机电2301班", size=37, seed=23,
         sidp="2315012701", students=["阿拉腾", "刘铂宁", "杨湛然"], extra_class=["孟根", "于博涵", "张予墨"],
         peers={"阿拉腾": "孟根", "刘铂宁": "于博涵", "杨湛然": "张予墨"}, others_named=["孙德旺"],
         teachers=["赵永魁", "姜秀芝", "包文斌"], form_count="37名", roster="attendance", headteacher="冯淑英",
         f8="peer_review", f10="bonus_corrected", f11="debug_record", f12="scan_color",
         findings=[],
         comment="clean. The roster is the class's October 考勤表 (landscape, 20 school-day columns of √ 病 事 迟; a student as 考勤员 at the foot) = 37 = form `37名` = 37 rows. Item 8 (scanned 250 dpi gray, a pen cap on the glass): at the foot of each "
                 "worksheet a 评价 block 自评/互评/师评 where a CLASSMATE (孟根, 于博涵, 张予墨, each with a record) signs as 互评人 — "
                 "legal, not a fourth student. Item 10 (scanned 250 dpi gray): a 加分 column (技能竞赛/创新, explained under the "
                 "table: 总分＝各项之和＋加分，最高100), and three parts hand-corrected in red (old value struck through, the new "
                 "one beside it; 总分 adds the new one). The factory master 孙德旺 named on the debug records. Three teachers"),
    dict(school="华亭市汭河技工学校", pack="zip", region="ht", course="flange", cls="数控2302班", size=40, seed=31,
         sidp="23270106", students=["景浩然", "魏子瑞", "冯知远"], items={8: ["景浩然", "魏子瑞", "石俊豪"]},
         extra_class=["石俊豪", "柳泽宇"], absent_from_10=["柳泽宇"], others_named=["安建军"],
         teachers=["任志刚", "苏晓荣"], form_count="40人（男37人，女3人）",
         f8="corner_box", f10="landscape_comment", f11="inspection", f12="photo_line2",
         findings=[("students.mismatch", 8, True), ("records.count_mismatch", 10, False)],
         comment="item 8 (1-bit 200 dpi scan) holds the worksheets of 景浩然, 魏子瑞 and classmate 石俊豪 (with a record) instead "
                 "of 冯知远's (11 and 12 hold the three): students.mismatch. Item 10 (scanned 200 dpi gray, a LANDSCAPE page with a "
                 "评语 column and 等第 beside 总分) lists 39; the form says `40人（男37人，女3人）`: records.count_mismatch (柳泽宇 "
                 "has no record; no roster). The mine's fitter 安建军 named as 送检人 on the inspection records"),
    dict(school="华亭市汭河技工学校", pack="zip", region="ht", course="herb", cls="中药2401班", size=42, seed=32,
         sidp="24271301", students=["安若溪", "苏雨桐", "任语桐"], items={11: ["安若溪", "苏雨桐", "任语桐", "马晓慧"]},
         extra_class=["马晓慧", "柳佳怡"], bad={"柳佳怡": "sum"}, others_named=["郑桂花"],
         teachers=["马玉萍", "景国强"], form_count="42人", roster="plain_list", headteacher="柳淑贤",
         f8="name_blanks", f10="grade_beside", f11="dispense", f12="scan_pencap",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "柳佳怡")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 处方调剂记录, 调剂人 = the student, the patient 郑桂花 named) holds the work of FOUR students: "
                 "the three and classmate 马晓慧 (with a record): students.count on 11; students.mismatch optional. Item 10 (TYPED, "
                 "平时(20) 技能(50) 理论(30) 总评 等级) — 柳佳怡's 总评 is 6 above the sum: records.invalid_score. Roster (42) = form "
                 "`42人` = 42 rows"),
]

PROVINCE = {1: "云南省曲靖市宣威市", 2: "内蒙古自治区呼伦贝尔市牙克石市", 3: "甘肃省平凉市华亭市"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 宣威: "8．工作页-烹饪2301班.pdf" (a full-width dot, the class after a hyphen)
        return "%d．%s-%s.pdf" % (n, NAMES[n], s["cls"])
    if g == 2:   # 牙克石: "No.8 工作页.pdf"
        return "No.%d %s.pdf" % (n, NAMES[n])
    return "%d、%s（%s）.pdf" % (n, NAMES[n], C[s["course"]]["major"].split("(")[0])   # 华亭: "8、工作页（中药）.pdf"


def form_name(s, c):
    return {1: ("%s%s申报书.docx" % (s["school"], s["cls"]), "docx"),
            2: ("申报书（%s）.pdf" % c["major"], "pdf"),
            3: ("附件2：%s申报书.docx" % c["task"], "docx")}[grp(s)]


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "29"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    P = "4px 6px"
    trs = [["姓名", "职称", "承担任务"]] + [[n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "授课、实训指导"] for i, n in enumerate(t)]
    if g == 1:   # 宣威: 学生人数 written as boys, girls, total
        rows = [("专业名称及代码", "%s　%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 牙克石: 授课对象 with the count in brackets
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课对象", s["form_count"] if "班" in s["form_count"] else "%s（%s）" % (s["cls"], s["form_count"])),
                ("课时", "%d课时" % c["hours"]), ("教学场所", c["station"])]
    else:   # 华亭: 班级人数 with the boys and girls after it
        rows = [("专业", "%s（%s）" % (c["major"], c["code"])), ("课程", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("场所", c["station"])]
    info = tbl([[("<b>%s</b>" % a, ' width="26%"'), (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}（盖章）</p><p>课堂负责人：{lead}　　　联系电话：0{tel}</p>
<h3>一、基本信息</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>教学按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤展开：教师发布任务后学生查阅资料，小组拟订计划，经讨论确定方案后实施，教师巡回指导并检查关键节点，最后成果展示，学生自评互评，教师点评。</p>
<h3>五、特色与成效</h3><p>任务来自{prov}本地企业的真实生产和服务，学生在做中学，职业能力和职业素养同步提升。</p>
<h3>六、真实性承诺</h3><p>本单位承诺所报材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], tel=874 + g * 3, info=info, tm=tbl(trs, width="80%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅人：%s</p>' % (RED, ["完成认真", "思路清楚", "较好", "有进步"][i % 4], t[0])
        if f == "order_ticket":   # NEW: a kitchen 出品单 ticket at the top right; the student as 制作人
            ticket = tbl([[("<b>后厨出品单</b>　No.%04d" % (2317 + i), ' colspan="2"')], ["菜　品", "火腿焖饭（例）"],
                          ["制作人", hand(n, True)], ["班级/学号", hand("%s %s" % (cl, sid), True, size="11pt")],
                          ["出品检查", hand(s["others_named"][0], True, BLACK)], ["时　间", hand(day(s, i)[5:] + " 11:%02d" % (20 + 7 * i), True, size="11pt")]],
                         width="100%", pad="3px 4px")
            box = '<table width="100%%"><tr><td width="50%%" valign="bottom">%s</td><td>%s</td></tr></table>' % (
                "<p><b>宣威火腿菜品制作工作页</b></p><p>指导教师：%s</p>" % "、".join(t), ticket)
            body = box + sit + answers(c, rng, i) + comment
        elif f == "header_table":   # a bordered head row 姓名 | 班级 | 学号 | 日期, and the customer
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True, size="11pt"), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = (title + head + sit + '<p>接待练习顾客：%s（合作社老客户，咨询火腿礼盒发货时间）</p>' % s["others_named"][i % 2] + answers(c, rng, i) + comment)
        elif f == "plain_line":
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "consent_head":   # NEW: a 服务知情同意书 at the top, signed by the resident and the student
            head = ('<p style="text-align:center"><b>上门照护服务知情同意书</b></p><p>本人同意%s学生在教师指导下到家中进行跌倒风险评估和居家环境查看，'
                    '评估中拍摄的照片仅用于教学。</p>' % s["school"] +
                    tbl([["服务对象签字", hand(s["others_named"][0], True, BLACK), "日期", hand(day(s, i)[5:], True, size="11pt")],
                         ["服务学员签字", hand(n, True), "班级/学号", hand("%s　%s" % (cl, sid[-2:]), True, size="11pt")]], width="100%", pad="3px 4px"))
            body = head + title + sit + answers(c, rng, i) + comment
        elif f == "peer_review":   # NEW: the student at the top; a 自评/互评/师评 block at the foot signed by a classmate
            head = '<p>姓名：%s　　学号：%s　　班级：%s</p>' % (hand(n, True), hand(sid, True, size="11pt"), cl)
            peer = s["peers"][n]
            ev = tbl([["评价方式", "评价内容", "得分", "签名"], ["自评（20%）", "按时完成，接线规范", hand(str(17 + i), True), hand(n, True)],
                      ["互评（30%）", "程序调试有条理", hand(str(25 + i), True), hand(peer, True)],
                      ["师评（50%）", "参数设置正确", hand(str(42 - i), True, RED and "#c0251a"), hand(t[0], True, "#c0251a")]],
                     width="100%", pad="3px 4px")
            body = title + head + sit + answers(c, rng, i) + "<p><b>学习评价</b>（互评由同组同学完成）</p>" + ev
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right
            box = ('<table width="100%%"><tr><td></td><td width="42%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)], ["班级", hand(cl, True)]], width="100%"))
            body = box + title + '<p>指导教师：%s　　%s</p>' % (t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "name_blanks":
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"order_ticket": "x-scanpdf:200:pencap", "header_table": "x-scanpdf:200:color", "plain_line": "x-scanpdf:250",
            "consent_head": "x-scanpdf:200", "peer_review": "x-scanpdf:250:pencap", "corner_box": "x-scanpdf:200:mono",
            "name_blanks": "x-scanpdf:200:color"}[f]
    return "08.html", html(PB.join(pages), font="Noto Serif CJK SC"), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　审核：%s　　　　%s</p>" % ("、".join(t[:2]), t[-1], day(s, 12))
    top = '<p style="text-align:center;font-size:12pt"><b>%s</b></p><p>学校：%s　　班级：%s　　学习任务：%s</p>'
    if f == "foot_max":   # NEW: 姓名 before 学号; the maxima only in a 标准分 row at the FOOT of the table
        parts = [("刀工处理", 20), ("火候控制", 30), ("调味装盘", 30), ("卫生安全", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p for p, _ in parts] + ["合计", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            if bad.get(n) == "over":
                v = [14, 36, 21, 15]
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        out.append(trow(["", "<b>标准分</b>", ""] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>", ""], pad))
        body = top % ("学习任务考核记录", s["school"], s["cls"], c["task"]) + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted_raw":   # three raw scores of 100, a weighted 综合成绩 explained under the table
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程表现<br/>(百分制)", "作品质量<br/>(百分制)", "答辩<br/>(百分制)", "综合成绩", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = [rng.randint(66, 97) for _ in range(3)]
            tot = int(0.3 * v[0] + 0.5 * v[1] + 0.2 * v[2] + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = (top % ("学习任务考核成绩汇总表", s["school"], s["cls"], c["task"]) + table(out) +
                "<p>说明：综合成绩＝过程表现×30%＋作品质量×50%＋答辩×20%，四舍五入取整。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "plain_sorted":   # a plain Word table with 性别 and 备注
        parts = [("接车问诊", 15), ("故障检查", 35), ("维修操作", 35), ("工单填写", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, s["sex"][n]] + [str(x) for x in v] + [str(sum(v)), {3: "组长", 14: "组长", 27: "组长"}.get(k, "")], pad))
        body = top % ("学习任务考核记录表", s["school"], s["cls"], c["task"]) + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "fraction_cells":   # NEW: every score written as got/max in its cell
        parts = [("风险评估", 30), ("环境改造建议", 30), ("平衡训练指导", 20), ("沟通与记录", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + ["%d/%d" % (x, m) for x, (_, m) in zip(v, parts)] + ["%d/100" % tot], pad))
        body = top % ("学习任务考核登记表", s["school"], s["cls"], c["task"]) + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:pencap"
    if f == "bonus_corrected":   # NEW: a 加分 column explained, and three parts corrected by hand in red
        parts = [("电气安装", 30), ("参数设置", 20), ("程序编写", 30), ("联调验收", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["加分", "总分"]], pad)]
        fix = {5: 2, 16: 0, 29: 3}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            bonus = {2: 3, 11: 2, 23: 5}.get(k, 0)
            cells = [str(k + 1), sid_of(s, n), n] + [str(x) for x in v]
            if k in fix:
                j = fix[k]
                old, v[j] = v[j], v[j] + 2
                cells[3 + j] = ('<s>%d</s> <span style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:11pt">%d</span>' % (old, v[j]))
            out.append(trow(cells + [str(bonus) if bonus else "", str(sum(v) + bonus)], pad))
        body = (top % ("学习任务考核成绩登记表", s["school"], s["cls"], c["task"]) + table(out) +
                "<p>注：1．加分项为本任务期间校级技能竞赛获奖或提出有效改进建议，每人最多加5分，总分＝各项之和＋加分，总分不超过100分。"
                "2．红笔改动处为成绩复核后更正，已由评分教师签字确认。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:250"
    if f == "landscape_comment":   # NEW: a landscape page, 评语 column and 等第 beside 总分
        parts = [("工艺编制", 15), ("程序编制", 20), ("车削加工", 40), ("检测", 15), ("6S", 10)]
        words = ["尺寸控制稳定", "密封槽一次合格", "程序需精简", "操作规范", "内孔略超差，已返修", "检测记录完整", "切槽崩刃一次", "进步明显"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等第", "评语"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.96)
            tot = sum(v)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), "A" if tot >= 85 else "B" if tot >= 70 else "C",
                             rng.choice(words)], pad))
        body = top % ("学习任务考核记录", s["school"], s["cls"], c["task"]) + table(out) + sign
        return "10.html", html(body, "8pt", font="Noto Sans CJK SC", compact=True, page="size:29.7cm 21cm;margin:0.8cm 1.2cm"), "x-scanpdf:200"
    if f == "grade_beside":   # plain: 平时 技能 理论 总评 等级
        parts = [("平时", 20), ("技能", 50), ("理论", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.95)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = top % ("学习任务考核成绩表", s["school"], s["cls"], c["task"]) + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    o = s.get("others_named", [""])
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "dish_record":
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", "%s（%s，学号%s）" % (n, cl, sid_of(s, n))], ["出品检查", "%s（厨师长）" % o[0]],
                                                          ["日期", day(s, 30 + i)], ["记录", desc]], width="86%"))
            elif f == "service_log":
                parts.append('<h3>%s</h3><p>客服：%s　　班级：%s</p>' % (title, n, cl) +
                             tbl([["时间", "顾客", "咨询内容", "处理结果"], ["10:%02d" % (12 + j), o[j % 2], "火腿礼盒几天到", "告知三天内发货"],
                                  ["14:%02d" % (30 + i), o[(j + 1) % 2], "洋芋有无坏果", "坏果包赔"]], width="92%") + "<p>%s</p>" % desc)
            elif f == "work_order":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车牌", "蒙E·%05d" % (31207 + 11 * i + j), "送修人", o[0]], ["维修人", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                  ["故障现象", "停车后气压下降快", "处理", desc]], width="92%"))
            elif f == "care_plan":
                parts.append('<h3>%s</h3>' % title + tbl([["照护员", n, "班级", cl], ["服务对象", o[0], "日期", day(s, 30 + i)],
                                                          ["内容", (desc, ' colspan="3"')]], width="90%"))
            elif f == "debug_record":
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　企业师傅：%s</p>' % (title, n, cl, o[0]) +
                             tbl([["项目", "设定", "实测", "结论"], ["加速时间", "8 s", "8 s", "合格"], ["运行电流", "≤15 A", "%d A" % (13 + (i + j) % 2), "合格"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "inspection":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "链轮轴端盖", "图号", "GB-21-%02d" % (4 + j)], ["加工者", "%s（%s）" % (n, cl), "送检人", "%s（机修厂钳工）" % o[0]],
                                  ["检测项目", "要求", "实测", "结论"], ["内孔", "φ62 +0.03/0", "62.0%d" % (1 + j), "合格"]], width="92%") + "<p>%s</p>" % desc)
            elif f == "dispense":
                parts.append('<h3>%s</h3>' % title + tbl([["处方号", "Z%06d" % (240311 + 7 * i + j), "患者", o[0]], ["调剂人", "%s（%s）" % (n, cl), "复核人", t[j % 2]],
                                                          ["药味", "秦艽10g　党参15g　黄芪20g　当归10g", "剂数", "7"]], width="92%") + "<p>%s</p>" % desc)
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
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f == "photo_foot":   # NEW here: the name, class and 学号 only at the foot
            lines += ["%s　课后作业" % c["task"][:8], ""] + qa + ["> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)] + end
            continue
        if f == "hand_scan":
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f in ("photo_line", "photo_line2"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "photo_petals":
            head = ["课后作业（居家照护）", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "scan_color":
            head = ["%s　课后练习" % c["course"], "姓名 %s　班级 %s" % (n, cl)]
        elif f == "scan_pencap":
            head = ["中药调剂　课后作业", "> 学号：%s　姓名：%s" % (sid, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_foot": "x-photo:200:1:petals", "hand_scan": "x-scan:250:4", "photo_line": "x-photo:200:2",
            "photo_petals": "x-photo:200:1:petals", "scan_color": "x-scan:200:3:color", "photo_line2": "x-photo:200:2",
            "scan_pencap": "x-scan:250:4:pencap"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "dorm":   # NEW: a 学生住宿安排表, the class by dormitory room
        out = []
        boys = [n for n in k if s["sex"][n] == "男"]
        girls = [n for n in k if s["sex"][n] == "女"]
        rooms = [("男生公寓2号楼", 301 + i // 6, boys[i:i + 6]) for i in range(0, len(boys), 6)] + \
                [("女生公寓1号楼", 205 + i // 6, girls[i:i + 6]) for i in range(0, len(girls), 6)]
        for ri, (bld, no, room) in enumerate(rooms):
            out.append('<tr><td colspan="4" style="border:0.75pt solid #000;padding:1px 6px;background:#e8e8e8">%s %d室　　室长：%s</td></tr>'
                       % (bld, no, room[0]))
            for b, n in enumerate(room):
                out.append(trow(["床位%d" % (b + 1), sid_of(s, n), n, s["sex"][n]], "1px 4px"))
        body = ('<h2 style="text-align:center">%s%s学生住宿安排表</h2>' % (s["school"], s["cls"]) +
                '<table style="border-collapse:collapse" width="80%%">%s%s</table>' % (trow(["<b>床位</b>", "<b>学号</b>", "<b>姓名</b>", "<b>性别</b>"], "1px 4px"), "".join(out)) +
                "<p>班主任：%s　　宿管：%s　　本班住校%d人。</p>" % (s["headteacher"], "韩秀琴", len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（住宿）.pdf\tpdf\troster\t0" % s["cls"])
        return ["韩秀琴"]
    if r == "attendance":   # NEW: the roster is the class's monthly 考勤表 (one row a student, a column a school day)
        days = [d_ for d_ in range(2, 31) if (d_ + 1) % 7 not in (0, 6)][:20]
        rr = random.Random(s["seed"] * 99)
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名"] + [str(d_) for d_ in days] + ["缺勤"]], "0px 1px")]
        for j, n in enumerate(k):
            m = ["√"] * len(days)
            miss = 0
            if rr.random() < 0.2:
                m[rr.randrange(len(days))] = rr.choice(["病", "事", "迟"])
                miss = 1
            out.append(trow([str(j + 1), n] + m + [str(miss) if miss else ""], "0px 1px"))
        body = ('<h3 style="text-align:center">%s　%s　2024年10月学生考勤表</h3>' % (s["school"], s["cls"]) + table(out) +
                "<p>记号：√出勤　病病假　事事假　迟迟到　　本班学生%d人　　班主任：%s　　考勤员：%s</p>" % (len(k), s["headteacher"], k[1]))
        write(os.path.join(d, "roster.html"), html(body, "7.5pt", font="Noto Sans CJK SC", compact=True, page="size:29.7cm 21cm;margin:0.8cm 0.8cm"))
        man.append("roster.html	%s考勤表（学生名单）.pdf	pdf	roster	0" % s["cls"])
        return []
    if r in ("plain_phone", "plain_list"):
        rows = [["序号", "学号", "姓名", "性别"] + (["联系电话"] if r == "plain_phone" else ["职务"])]
        rr = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, s["sex"][n],
                         "1%d%d****%04d" % (rr.choice([3, 5, 8]), rr.randint(0, 9), rr.randint(0, 9999)) if r == "plain_phone" else {1: "班长", 6: "学习委员", 20: "团支书"}.get(j, "")])
        body = ('<h2 style="text-align:center">%s学生花名册</h2><p style="text-align:center">%s</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="86%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
        return []
    raise SystemExit(r)


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


FEMALE = set("琪涵彤雨瑶怡雯婷萌蕊瑜萱慧洁静欣芷桐格娜雅塔吉图")


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Ninety-sixth held-out people corpus (testdata/heldout96), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])] + ["韩秀琴"]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad:
        raise SystemExit("stand in an earlier corpus: %s" % " ".join(bad))
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"], s["school"]):
            if w in EARLIER_TEXT or w in EARLIER_README:
                raise SystemExit("%s was used by an earlier corpus" % w)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
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
        rng = random.Random(s["seed"] * 7919 + 96)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s["course"] in ("brake", "conveyor", "flange"):   # mostly boys; a few girls
            s["sex"] = {n: ("女" if n[-1] in FEMALE and rng.random() < 0.5 else "男") for n in s["klass"]}
        else:
            s["sex"] = {n: ("女" if n[-1] in FEMALE else "男") for n in s["klass"]}
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
        extra_others = roster(s, d, man) or []
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
        fct = {1: "学生人数 | %s", 2: "授课对象 | %s", 3: "班级人数 | %s"}[grp(s)] % (s["form_count"] if grp(s) != 2 or "班" in s["form_count"] else "%s（%s）" % (s["cls"], s["form_count"]))
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.findall(r"\d+", s["form_count"])[-1] if grp(s) in (1, 2) else re.search(r"\d+", s["form_count"]).group()),
            "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + extra_others,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
