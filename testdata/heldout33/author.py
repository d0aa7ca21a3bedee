#!/usr/bin/env python3
"""Write the sources of the thirty-third held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 平凉
(Gansu), 中卫 (Ningxia) and 琼海 (Hainan, a county-level city).

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
# the truth files read for names, tasks and courses to avoid (heldout31..34 are written at the same time: not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 31)] + ["othertools"]

# surnames by region, common ones repeated so that they come up as often as in a real class:
# 平凉 (王 李 张 刘 马 杨 …; 景 牛 吕 席 窦 柳 …, old families of 陇东),
# 中卫 (马 杨 王 李 …; the Hui families 海 纳 冶 丁 锁, and 拓 of the Tangut line),
# 琼海 (王 陈 符 林 吴 冯 …; 邢 蒙 庞 黎 卢 莫, and the compound 欧阳 once in a while)
SURNAMES = {
    "pl": list("王王王李李李张张刘刘马马杨杨赵朱魏何景牛吕柳苏田席窦韩陈"),
    "zw": list("马马马马杨杨杨王王王李李张张刘海纳冶丁锁拓田周陈赵"),
    "qh": list("王王王王陈陈陈符符符林林吴吴冯黄李何邢蒙庞黎卢莫"),
}
# given names: a new list, old-fashioned virtue names beside plain ones of the 2000s
GIVEN2 = ("德润 承志 怀瑾 思齐 敬轩 慕白 知远 景行 弘毅 致远 佳禾 若水 静姝 婉清 语嫣 书涵 雅琪 诗雨 佳欣 文静 "
          "晓慧 海燕 丽娟 永强 文杰 国栋 子健 宏伟 俊豪 鹏飞 浩然 嘉伟 明杰 振华 世杰 家兴 学文 晓峰 亚楠 雪梅 "
          "艳红 芳芳 丹丹 瑞雪 海霞 守仁 明远 崇文 立德 尚志 秉坤 怀远 清扬 若谷 思源 锦秀 素心 蕴仪 晴岚 乐天 "
          "玉成 亚妹 小燕 达明 诗琪 梓涵").split()
GIVEN1 = list("涛娜强敏洁磊彬悦")
FEMALE = set("静姝清嫣涵琪雨欣慧燕娟梅红芳丹雪霞秀心仪岚妹娜敏洁悦")


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
    return names, "\n".join(texts)


USED_BEFORE, EARLIER_TEXT = earlier_strings()
USED_BARE = {n.replace("·", "").replace("•", "") for n in USED_BEFORE}
TAKEN = set()


def bare(a):
    return a.replace("·", "").replace("•", "")


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def near(a, b):
    """One character from, or a part of, the other."""
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, region):
    while True:
        g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
        sur = "欧阳" if region == "qh" and rng.random() < 0.008 else rng.choice(SURNAMES[region])
        if sur[-1] != g[0]:   # no 海海霞
            return sur + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    tries = 0
    while len(names) < n:
        tries += 1
        if tries > 200000:
            raise SystemExit("cannot draw a class of %d" % n)
        name = draw_one(rng, region)
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


def female(n):
    return n[-1] in FEMALE


C = {
 "mutton": dict(major="烹饪(中式烹调)", code="0501", course="西北风味面点与汤菜制作", task="平凉羊肉泡馍与手工饦饦馍制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="平凉一家老字号清真饭馆要在旅游旺季推出羊肉泡馍套餐，后厨要培训一批新员工。行政总厨请烹饪班学员按店里的标准完成选料、煮制羊肉汤，和面烙制饦饦馍，掰馍、煮馍和装碗，并按出品标准自检，最后由饭馆的厨师和老师共同品评。",
   qs=[("1. 饦饦馍为什么要用死面加少量发面？", ["死面筋道，掺一点发面馍更酥松，煮馍时不容易碎也能吸汤。", "筋道又能吸汤。", "煮的时候不碎。"]),
       ("2. 煮羊肉汤时为什么要冷水下锅、撇净浮沫？", ["冷水下锅血水能慢慢煮出来，浮沫撇干净汤才清亮、没有膻味。", "汤清，不膻。", "血水慢慢出来。"])],
   hw=[("1. 掰馍为什么要掰成黄豆大小？", ["馍粒小而匀，煮的时候受热一致，能吸足汤汁又保持筋道。", "受热均匀，吸汤。", "大小要一样。"]),
       ("2. 泡馍出品的标准是什么？", ["汤清肉烂，馍粒筋道不粘连，碗边干净，配糖蒜和辣酱。", "汤清肉烂，碗边干净。", "配糖蒜辣酱。"])],
   outputs=[("羊肉泡馍出品", "汤色清亮，馍粒均匀。"), ("饦饦馍成品", "两面烙出菊花纹。"), ("羊肉汤底", "煮制三小时，肉烂脱骨。")]),
 "herb": dict(major="中药", code="1301", course="中药饮片调剂", task="中医馆处方饮片调剂与陇东道地药材真伪鉴别",
   hours=18, station="中药调剂一体化学习工作站",
   situation="平凉市区一家中医馆每天要调配几十张饮片处方，近期还收到一批当地产的黄芪、党参和柴胡。馆里的主任中药师请中药班学员审方、计价，按处方调配饮片并复核、包装，向患者交代煎煮方法，同时用性状鉴别的方法分辨这批药材的真伪和等级。",
   qs=[("1. 调剂前审方要审哪些内容？", ["患者信息、药名、剂量、用法，有没有配伍禁忌和妊娠禁忌，医师签名是否齐全。", "剂量和配伍禁忌。", "看医师签名。"]),
       ("2. 黄芪的性状鉴别要点有哪些？", ["圆柱形，表面淡棕黄色，断面皮部黄白色、木部淡黄色，有菊花心，味微甜，嚼之有豆腥味。", "断面菊花心，豆腥味。", "味微甜。"])],
   hw=[("1. 先煎、后下的饮片各举两个例子。", ["先煎：生石膏、龙骨；后下：薄荷、砂仁。", "石膏先煎，薄荷后下。", "龙骨先煎，砂仁后下。"]),
       ("2. 一剂多味药怎样等量递减称量？", ["按处方剂数一次称出总量，再逐剂分匀，每剂误差不超过百分之五。", "一次称总量再分。", "误差不超过百分之五。"])],
   outputs=[("处方调剂单", "七剂，复核无误。"), ("药材性状鉴别记录", "党参三份均为正品。"), ("煎药交代记录", "已交代先煎和服法。")]),
 "clutch": dict(major="汽车维修", code="0403", course="汽车传动系统检修", task="农用皮卡车离合器打滑故障诊断与更换",
   hours=16, station="汽车维修一体化学习工作站",
   situation="平凉城郊一位果农的柴油皮卡车拉满苹果上坡时发动机转速升高、车速上不去，送到修理厂后初步判断是离合器打滑。维修主管请汽修班学员接车问诊，检查离合器踏板自由行程和液压系统，拆下变速器，检查离合器片和压盘，更换磨损件后装复，路试交车并填写维修工单。",
   qs=[("1. 离合器打滑有哪些常见原因？", ["踏板没有自由行程、摩擦片磨损或沾油、压盘弹簧变软。", "摩擦片磨损沾油。", "自由行程没有了。"]),
       ("2. 拆变速器前要做哪些准备？", ["断开蓄电池负极，放掉变速器油，支好车辆，用千斤顶托住变速器。", "断电、放油、托住变速器。", "支好车。"])],
   hw=[("1. 怎样检查离合器踏板自由行程？", ["用直尺量踏板从放松到感到阻力的距离，一般十到二十毫米。", "量到有阻力的距离。", "十到二十毫米。"]),
       ("2. 装离合器片时为什么要用对中工具？", ["让摩擦片花键孔与曲轴中心对正，变速器输入轴才能顺利插入。", "对正中心。", "输入轴好装。"])],
   outputs=[("维修工单", "更换离合器三件套。"), ("零件检测记录", "摩擦片铆钉头深度零点二毫米，已到极限。"), ("路试交车记录", "满载上坡不打滑。")]),
 "melon": dict(major="电子商务", code="0603", course="农产品直播营销", task="中卫硒砂瓜直播带货脚本策划与订单售后处理",
   hours=14, station="电子商务直播运营一体化学习工作站",
   situation="七月中卫香山的硒砂瓜上市，一家瓜农合作社想在短视频平台开一场产地直播。合作社请电商班学员到瓜田踩点，策划直播脚本和话术，布置直播间，分组担任主播、场控和客服，直播后汇总订单、安排发货，并处理破损和晚到的售后。",
   qs=[("1. 产地直播的脚本要包括哪些环节？", ["开场引流、产地和品种介绍、现场开瓜试吃、讲价格和福利、逼单、下播预告。", "开场、介绍、开瓜、福利。", "最后下播预告。"]),
       ("2. 讲硒砂瓜的卖点要注意什么？", ["用事实说话，讲压砂地、昼夜温差和甜度实测，不能夸大功效。", "不能夸大功效。", "讲温差和甜度。"])],
   hw=[("1. 直播中场控的任务是什么？", ["盯住在线人数和评论，提醒主播节奏，及时上架链接和改库存。", "盯评论，上链接。", "提醒主播。"]),
       ("2. 西瓜破损的售后怎样处理？", ["请顾客拍照和拍快递单，核实后按破损情况退款或补发，并记录物流问题。", "拍照核实后退款或补发。", "记录物流问题。"])],
   outputs=[("直播脚本", "单场九十分钟，开瓜三次。"), ("订单汇总与发货表", "共六百二十八单。"), ("售后处理记录", "破损退款十四单。")]),
 "wolfberry": dict(major="机电一体化技术", code="0127", course="自动化生产线安装与调试", task="枸杞烘干生产线温控与输送带PLC控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="中卫一家枸杞加工厂的隧道式烘干线要改造，热风温度要分段控制，输送带要随烘干程度调速。设备科请机电班学员读懂电气图，安装温度传感器和变频器，接线并编写PLC程序，调试三段温度和输送带速度的联动，做好调试记录和交接。",
   qs=[("1. 为什么烘干温度要分三段控制？", ["鲜果先用低温去表面水，中段升温脱水，后段降温定色，避免枸杞发黑结块。", "先低后高再降。", "防止发黑。"]),
       ("2. 变频器调速前要设置哪些参数？", ["电机额定功率、额定电流、额定频率、加减速时间和运行频率来源。", "电机参数和加减速时间。", "频率来源。"])],
   hw=[("1. 热电偶和热电阻有什么区别？", ["热电偶靠两种金属的热电势测温，量程大；热电阻靠电阻随温度变化，低温段更准。", "原理不同。", "热电阻低温准。"]),
       ("2. PLC输出接接触器线圈时要注意什么？", ["看输出类型和电压，继电器输出可以接交流线圈，线圈两端加浪涌吸收。", "看输出类型。", "加浪涌吸收。"])],
   outputs=[("电气接线检查记录", "接线一百二十六处，无虚接。"), ("PLC程序与输入输出分配表", "输入二十点，输出十四点。"), ("联动调试记录", "三段温度偏差不超过二度。")]),
 "dragonboat": dict(major="计算机动画制作", code="0306", course="节庆宣传动画短片创作", task="万泉河龙舟赛宣传短片分镜与二维角色动画制作",
   hours=18, station="动画制作一体化学习工作站",
   situation="琼海端午节要在万泉河上举行龙舟赛，市文体部门想要一部六十秒的宣传短片在车站和商场的屏幕上播放。动画工作室请动画班学员读懂创意需求，画出分镜头脚本，设计龙舟队员和鼓手的角色，完成划桨和击鼓的循环动画，合成配乐并输出成片。",
   qs=[("1. 分镜头脚本要写清哪些内容？", ["镜号、景别、画面内容、动作、对白或字幕、音效和时长。", "镜号、景别、时长。", "画面和音效。"]),
       ("2. 划桨动作为什么要做成循环？", ["划桨是重复动作，做一组能首尾相接的关键帧，循环播放就省工，动作也统一。", "省工，动作统一。", "首尾相接。"])],
   hw=[("1. 帧速率二十五帧时，六十秒短片一共多少帧？", ["二十五乘六十，一共一千五百帧。", "一千五百帧。", "二十五乘六十。"]),
       ("2. 角色设计稿一般包括哪些视图？", ["正面、侧面、背面和四分之三侧面，还要有比例图和色指定。", "正侧背三视图。", "比例图和色指定。"])],
   outputs=[("分镜头脚本", "共二十二个镜头。"), ("角色设计稿", "鼓手和桨手各一套。"), ("划桨循环动画截图", "循环十二帧。")]),
 "bath": dict(major="健康与社会照护", code="0529", course="长者日常生活照护", task="养老院失能长者床上擦浴与防跌倒照护",
   hours=14, station="健康照护一体化学习工作站",
   situation="琼海一家养老院住着几位行动不便的长者，天气湿热，需要每天擦浴，夜间起床如厕时也容易跌倒。护理部主任请照护班学员评估长者的皮肤和跌倒风险，两人配合完成床上擦浴，整理床单位，布置防跌倒的环境，并写好照护记录。",
   qs=[("1. 床上擦浴的顺序是怎样的？", ["先洗脸和颈部，再上肢、胸腹、背部、下肢，最后会阴，边擦边盖，注意保暖。", "从上到下，最后会阴。", "边擦边盖。"]),
       ("2. 评估跌倒风险要看哪些内容？", ["年龄、跌倒史、用药、步态和平衡、视力，以及夜间如厕的次数。", "跌倒史和步态。", "用药和视力。"])],
   hw=[("1. 擦浴水温多少合适？", ["五十到五十二度，擦浴前用手腕内侧试温。", "五十度左右。", "手腕试温。"]),
       ("2. 防跌倒的环境要怎样布置？", ["地面干燥防滑，夜灯常亮，呼叫器放在手边，床挡拉起，常用物品放在够得着的地方。", "地面防滑，夜灯。", "呼叫器在手边。"])],
   outputs=[("床上擦浴照护记录", "皮肤完整，无压红。"), ("跌倒风险评估表", "评分十四分，高风险。"), ("防跌倒环境检查表", "床挡、夜灯、呼叫器均已到位。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="平凉市崆峒技工学校", pack="dir", region="pl", course="mutton", cls="烹饪2402班", size=36, seed=11,
         sidp="24620501", students=["牛文静", "窦承志", "席佳禾"], others_named=["柳树森"],
         teachers=["景红霞", "魏志宏"], form_count="36人",
         f8="twoup", f10="maxima_head", f11="dish_card", f12="exercise_book", findings=[],
         comment="clean. Item 8 (scanned 200 dpi gray, a binder CLIP left on the stack) is printed TWO TASK SHEETS TO A PAGE "
                 "(cut line between them; three sheets on two pages, the lower half of page 2 blank); each sheet has "
                 "`班级＿ 姓名＿ 学号＿` by hand. The restaurant's chef 柳树森 (行政总厨) is named on every task sheet, every dish "
                 "card (品评) and item 10's foot as 企业评委 (not a student). Item 10 (TYPED): maxima in the head "
                 "(`刀工(20分)`), 备注 with 组长. Form `36人` = 36 rows. No roster"),
    dict(school="平凉市崆峒技工学校", pack="dir", region="pl", course="herb", cls="中药2402班", size=38, seed=12,
         sidp="24621302", students=["朱慕白", "何思齐", "韩婉清"], outsiders={"韩婉清": "中药2401班"}, out_sidp="24621301",
         extra_class=["魏景行"], bad={"魏景行": ("over", 1, 34)}, others_named=["景凤英", "苏长贵"],
         teachers=["苏秀琴", "何建平", "朱永祥"], form_count="38", roster="plain_pdf", headteacher="田玉芬",
         f8="head_grid", f10="max_second_row", f11="prescription", f12="hand_wenkai",
         findings=[("students.not_in_class", 8, True, "韩婉清"), ("records.invalid_score", 10, False, "魏景行")],
         comment="韩婉清 of the parallel class 中药2401班 (her class and 学号 2462130114 on her worksheet, her prescription slips and "
                 "her homework) is the third student of 8/11/12; the roster (typed 学生名单, 38) and item 10 (38 rows = form `38`) "
                 "have none for her: students.not_in_class. Item 10 (TYPED) puts the maxima in a SECOND HEAD ROW (`20分` under "
                 "`审方`); 魏景行 has 34 under `调配(30分)` (总分 the sum): records.invalid_score. Item 8 (scanned 250 dpi gray): "
                 "copied from a BOUND workbook, the gutter shadow by the binding. Patients 景凤英 and 苏长贵 are named on the "
                 "prescription slips (not students)"),
    dict(school="平凉市崆峒技工学校", pack="dir", region="pl", course="clutch", cls="汽修2401班", size=41, form_size=42, seed=13,
         sidp="24620403", students=["马致远", "吕国栋", "田素心"], items={11: ["马致远", "吕国栋"]}, others_named=["杨宝成"],
         teachers=["赵天明", "柳国庆"], form_count="42人",
         f8="group_members", f10="name_first", f11="work_order", f12="photo_line",
         findings=[("records.count_mismatch", 10, False), ("students.count", 11, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 10 (scanned 200 dpi gray, dust and a hair on the scanner glass) lists 41 students; the form says `42人`: "
                 "records.count_mismatch (no roster). Item 11 (TYPED 维修工单, `维修人：<name>（<class>）`, the car's owner "
                 "杨宝成 named as 车主) holds the work of only TWO students, 马致远 and 吕国栋 (田素心's is missing; items 8 and "
                 "12 hold the three): students.count on 11; students.mismatch optional. Item 8 (scanned 200 dpi gray, a binder "
                 "CLIP on the stack): each worksheet has a `小组成员：` line naming the four members of the student's group "
                 "(classmates of the class, legal) beside the student's own `姓名` and `学号`"),
    dict(school="中卫市沙坡头技工学校", pack="gbkzip", region="zw", course="melon", cls="电商2403班", size=40, seed=21,
         sidp="24640603", students=["纳若水", "冶晓峰", "丁诗雨"], extra_class=["海亚楠"], absent_from_10=["海亚楠"],
         others_named=["锁长福"], teachers=["马玉兰", "海德云"], form_count="40", roster="xlsx_nation", headteacher="拓玉梅",
         f8="name_line", f10="bound_register", f11="live_script", f12="photo_book2",
         findings=[("records.missing_student", 10, False, "海亚楠"), ("records.count_mismatch", 10, False)],
         comment="the roster (xlsx 花名册 with 民族 回族/汉族, 40) and the form (`学生人数 | 40`) hold 海亚楠; item 10 (scanned "
                 "250 dpi gray, copied from a BOUND 成绩记载册: the gutter shadow by the binding) has 39 rows and none for her: "
                 "records.missing_student and records.count_mismatch. The melon grower 锁长福 is named on the worksheets and "
                 "the live-stream scripts (not a student)"),
    dict(school="中卫市沙坡头技工学校", pack="gbkzip", region="zw", course="wolfberry", cls="机电2402班", size=39, seed=22,
         sidp="24640127", students=["拓鹏飞", "周怀瑾", "马书涵"], items={12: ["拓鹏飞", "周怀瑾", "杨振华"]},
         extra_class=["杨振华", "张浩然"], bad={"张浩然": ("sum", 6)},
         teachers=["丁志武", "杨红梅"], form_count="39",
         f8="two_row_head", f10="merged_items", f11="commission", f12="photo_plain",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "张浩然")],
         comment="item 12 (phone photos) holds the homework of 拓鹏飞, 周怀瑾 and classmate 杨振华 (with an item-10 record) "
                 "instead of 马书涵's (items 8 and 11 hold the three): students.mismatch. Item 10 (scanned 250 dpi gray, a binder "
                 "CLIP on the stack) has a merged head `评分项目（满分）` over its parts, the maxima in the second head row; "
                 "张浩然's 总分 is 6 above the sum of his parts: records.invalid_score. Form `39` = 39 rows. No roster"),
    dict(school="琼海市万泉河技工学校", pack="zip", region="qh", course="dragonboat", cls="动画2401班", size=37, seed=31,
         sidp="24460306", students=["符语嫣", "欧阳知远", "蒙俊豪"], others_named=["符海生"],
         teachers=["黄丽琼", "林昌文"], form_count="37人", roster="csv_plain", headteacher="黎月琴",
         f8="blank_line", f10="plain_typed", f11="work_cover", f12="hand_ukai", findings=[],
         comment="clean. A compound surname, 欧阳知远, is one of the three. The dragon-boat team's captain 符海生 (same surname as "
                 "符语嫣) is named on the worksheets as the client's contact (not a student). The roster is a CSV 花名册 "
                 "(37) = form `37人` = 37 rows of item 10 (TYPED). Item 8: a clean office scan at 300 dpi. Item 11: a cover "
                 "per student work (作品名称, 作者, 班级, 学号, 指导教师) before the storyboard pages"),
    dict(school="琼海市万泉河技工学校", pack="zip", region="qh", course="bath", cls="照护2402班", size=40, seed=32,
         sidp="24460529", students=["陈敬轩", "林佳欣", "邢晓慧"], items={12: ["陈敬轩", "林佳欣", "邢晓慧", "冯明杰"]},
         extra_class=["冯明杰", "卢雅琪"], bad={"卢雅琪": ("sum", -5)}, others_named=["符亚妹", "王德茂"],
         teachers=["吴秀珠", "冯运海"], form_count="40人",
         f8="resident_head", f10="sex_col", f11="care_record", f12="photo_four",
         findings=[("records.invalid_score", 10, False, "卢雅琪"), ("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos) holds the homework of FOUR students: the three and classmate 冯明杰 (with an "
                 "item-10 record): students.count on 12; students.mismatch optional. Item 10 (TYPED, with 性别 and 等级): "
                 "卢雅琪's 总分 is 5 BELOW the sum of her parts: records.invalid_score. The elders 符亚妹 and 王德茂 are named "
                 "on the worksheets and the care records (照护对象; not students). Form `40人` = 40 rows. No roster"),
]

PROVINCE = {1: "甘肃省平凉市", 2: "宁夏回族自治区中卫市", 3: "海南省琼海市"}
NAMES = {1: "课程标准（校本转化）", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 平凉: "附件3-8 工作页.pdf" (the notice's 附件3 and the item's number)
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 中卫: "08工作页.pdf" (two digits, no separator)
        return "%02d%s.pdf" % (n, NAMES[n])
    return "第%d项 %s.pdf" % (n, NAMES[n])   # 琼海: "第8项 工作页.pdf"


def form_name(s, c):
    return {1: ("工学一体化优质课堂申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书-%s.pdf" % s["cls"], "pdf"),
            3: ("%s—申报书.docx" % c["course"], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.6cm 1.7cm")
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
    trs = [["序号", "姓名", "职称", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 平凉: two columns, 班级人数
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("实施场所", c["station"])]
        info = tbl([[("<b>%s</b>" % a, ' width="26%"'), (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 中卫: four columns, 学生人数 a bare number
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("学习任务", c["task"]), ("授课场所", c["station"])], [("授课班级", s["cls"]), ("学生人数", s["form_count"])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    else:   # 琼海: class and size in one cell, `动画2401班（37人）`
        rows = [("专业（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程", c["course"]), ("学习任务", c["task"]),
                ("授课班级（人数）", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("场所", c["station"])]
        info = tbl([["<b>%s</b>" % a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报学校（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>申报日期：2025年2月{d}日</p>
<h3>一、课堂概况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务与工作情境</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>课堂按照获取信息、制定计划、做出决策、实施计划、检查控制、评价反馈的工作过程组织。学生分组接受任务，查阅资料、拟订计划，经教师审核后实施；教师巡回指导，关注安全和质量；任务完成后各组展示成果，开展自评、互评和教师评价。</p>
<h3>五、特色与成效</h3><p>学习任务来自{prov}合作企业的真实工作，课堂与岗位要求对接，学生的专业能力和职业素养明显提升。</p>
<h3>六、承诺</h3><p>本校承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=5 + s["seed"] % 17, info=info, tm=tbl(trs, width="82%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质与定位\n本课程为{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}行业企业的岗位要求转化。\n二、学习任务\n本学期安排“{task}”，{hours}学时。\n三、考核评价\n过程性考核与终结性考核相结合。",
    2: "{school}\n学习任务分析　{task}\n一、任务描述\n{situation}\n二、工作过程与要求\n接受任务、制定计划、实施任务、检查验收、评价总结。",
    3: "{school}\n{task}教学活动策划\n学习活动1　接受任务，获取信息\n学习活动2　制定计划，做出决策\n学习活动3　实施计划，检查控制\n学习活动4　展示评价，总结反馈",
    4: "{school}\n{course}教学进度计划（共{hours}学时）\n第1周　接受任务，获取信息\n第2周　制定并审核计划\n第3周　实施任务\n第4周　检查验收，评价总结",
    5: "{school}\n{task}教学活动方案\n第1学时　情境导入，布置任务\n第2—4学时　引导问题学习，制定计划\n其余学时　分组实施，巡回指导，展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业工作规范、微课视频、{station}的设备和耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为资讯区、计划决策区、实施区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核由过程考核和结果考核组成，成绩由任课教师填入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 全", "√ 9分", "√ 清楚", "√ 10分", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 4 + (s["seed"] * 5 + k * 3) % 24)


def answers(c, rng, i, ink=BLUE, small=False):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], small=small, ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "14"
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
    if f == "twoup":   # two short task sheets on one A4 page, a cut line between them
        sheets = []
        for i, n in enumerate(names):
            sheets.append('<p style="text-align:center"><b>%s　学习任务单（%d）</b></p>' % (c["task"], i + 1) +
                          '<p>班级＿%s＿　姓名＿%s＿　学号＿%s＿　日期＿%s＿</p>' % (hand(cls_of(s, n), True), hand(n, True), hand(sid_of(s, n), True), hand(day(s, i)[5:], True)) +
                          '<p style="font-size:9pt">任务：按店里出品标准完成羊肉汤、饦饦馍和泡馍各一份，完成后请品评人签字。品评人：%s（行政总厨）、%s</p>'
                          % (s["others_named"][0], t[0]) +
                          answers(c, rng, i, small=True) + '<p>评语：<span %s>%s</span>　　教师：%s</p>' % (RED, ["规范", "火候好", "较好"][i % 3], t[0]))
        for k in range(0, len(sheets), 2):
            pair = sheets[k:k + 2]
            cut = '<p style="text-align:center;color:#777777;font-size:8pt">- - - - - - - - - - - - - - - - 沿 此 线 裁 开 - - - - - - - - - - - - - - - -</p>'
            pages.append(pair[0] + (cut + pair[1] if len(pair) > 1 else cut))
        write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(pages), "items": []}, ensure_ascii=False, indent=1))
        return "08.html", html(PB.join(pages), "9.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.6cm 1.6cm 1.0cm 1.6cm"), "x-scanpdf:200:clip"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s　%s</p>' % (RED, ["认真", "要点对", "较好", "有进步"][i % 4], t[0], day(s, 3 + i)[5:])
        if f == "head_grid":   # a printed head table 姓名 | 学号 | 班级 filled in by hand; a page number of the workbook at the foot
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True), "班　级", hand(cl, True)]], pad="5px 4px")
            body = (title + head + sit + answers(c, rng, i) + comment +
                    '<p style="text-align:center;font-size:9pt">— %d —</p>' % (7 + 2 * i))
        elif f == "group_members":   # 小组成员 line: the student's group of four, then his own name and number
            g = s["groups"][n]
            body = (title + '<p>第%s组　　小组成员：%s</p>' % ("一二三四五六七八九十"[g[0]], hand("、".join(g[1]), True)) +
                    '<p>本人姓名：%s　　学号：%s　　班级：%s</p>' % (hand(n), hand(sid, True), cl) + sit + answers(c, rng, i) + comment)
        elif f == "name_line":   # 姓名：＿ 班级：＿ 学号：＿, the grower named
            body = (title + '<p>姓名：<u>　%s　</u>　班级：<u>　%s　</u>　学号：<u>　%s　</u></p>' % (hand(n), hand(cl, True), hand(sid, True)) +
                    '<p>踩点地点：香山压砂瓜田　　合作社联系人：%s（瓜农）</p>' % s["others_named"][0] + sit + answers(c, rng, i) + comment)
        elif f == "two_row_head":   # a two-row head table
            head = tbl([["班　级", hand(cl, True), "组　别", hand("第%d组" % (2 + i), True), "日　期", hand(day(s, i)[5:], True)],
                        ["姓　名", hand(n, True), "学　号", hand(sid, True), "指导教师", t[i % 2]]], pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 班级＿ 姓名＿ 学号＿, the captain named as the client's contact
            body = (title + '<p>班级＿%s＿　姓名＿%s＿　学号＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True)) +
                    '<p>委托方联系人：%s（龙舟队队长）　　片长：60秒</p>' % s["others_named"][0] + sit + answers(c, rng, i) + comment)
        elif f == "resident_head":   # 姓名 | 班级 | 学号 and the elder served
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)],
                        ["照护对象", s["others_named"][i % 2], "房间", "%d0%d室" % (2 + i % 2, 3 + i), "日期", hand(day(s, i)[5:], True)]], pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"head_grid": "x-scanpdf:250:gutter", "group_members": "x-scanpdf:200:clip", "name_line": "x-scanpdf:200:color",
            "two_row_head": "x-scanpdf:250", "blank_line": "x-scanpdf:300", "resident_head": "x-scanpdf:200"}[f]
    font = {"name_line": "Noto Sans CJK SC", "resident_head": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def apply_bad(s, n, v):
    b = s.get("bad", {}).get(n)
    if b and b[0] == "over":
        v[b[1]] = b[2]
        return v, sum(v)
    if b and b[0] == "sum":
        return v, sum(v) + b[1]
    return v, sum(v)


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
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "maxima_head":   # maxima written in the head, 备注 with 组长; the chef as 企业评委
        parts = [("刀工", 20), ("汤底", 25), ("面点", 25), ("出品", 20), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d分)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), "组长" if k % 6 == 0 else ""], pad))
        body = (head10(s, c, "学习任务考核成绩记载表") + table(out) +
                "<p>考核教师：%s　　企业评委：%s　　教务科审核：%s</p>" % ("、".join(t), s["others_named"][0], t[0]))
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "max_second_row":   # the maxima in a second head row
        parts = [("审方", 20), ("调配", 30), ("复核包装", 20), ("用药交代", 15), ("真伪鉴别", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", ""] + ["%d分" % m for _, m in parts] + ["100分"], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学生评价表（学习任务考核）") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "name_first":   # 姓名 before 学号, 等级; scanned with dust on the glass
        parts = [("接车问诊", 15), ("故障检查", 25), ("拆装操作", 35), ("路试交车", 15), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts))
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:dust"
    if f == "bound_register":   # a page pair of a bound 成绩记载册, copied open on the glass
        parts = [("平时", 30), ("实操", 50), ("报告", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["学号", "姓名", "性别"] + ["%s(%d)" % p for p in parts] + ["总评", "备注"]], "1px 3px")]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts, 0.6, 0.97))
            out.append(trow([sid_of(s, n), n, "女" if female(n) else "男"] + [str(x) for x in v] + [str(tot), ""], "1px 3px"))
        body = ('<p style="text-align:right;font-size:8pt">成绩记载册　第%d页</p>' % 23 + head10(s, c, "学生成绩记载表") + table(out) +
                "<p>任课教师：%s　　班主任：%s</p>" % ("、".join(t), s["headteacher"]))
        return "10.html", html(body, "9.5pt", font="Noto Serif CJK SC", compact=True, page="margin:1.0cm 2.2cm"), "x-scanpdf:250:gutter"
    if f == "merged_items":   # a merged head 评分项目（满分） over the parts, the maxima in the second row
        parts = [("元件安装", 15), ("电气接线", 25), ("PLC编程", 25), ("联动调试", 25), ("安全文明", 10)]
        h1 = ("<tr>%s%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' rowspan="2" align="center"', pad), td("<b>学号</b>", ' rowspan="2" align="center"', pad),
                                         td("<b>姓名</b>", ' rowspan="2" align="center"', pad),
                                         td("<b>评分项目（满分）</b>", ' colspan="%d" align="center"' % len(parts), pad),
                                         td("<b>总分</b>", ' rowspan="2" align="center"', pad), td("<b>评定</b>", ' rowspan="2" align="center"', pad)))
        h2 = trow(["<b>%s（%d）</b>" % p for p in parts], pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核评分表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:clip"
    if f == "plain_typed":   # a plain typed register
        parts = [("分镜脚本", 25), ("角色设计", 25), ("动画制作", 35), ("合成输出", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "sex_col":   # 性别 and 等级 columns
        parts = [("评估", 15), ("擦浴操作", 35), ("防跌倒布置", 30), ("照护记录", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s(%d分)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts))
            out.append(trow([str(k + 1), sid_of(s, n), n, "女" if female(n) else "男"] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    parts = ['<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
             % (c["task"], s["school"], s["cls"], "、".join(t[:2]))]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "dish_card":   # a dish card: 制作人 and the chef's tasting
                parts.append(PB + '<h3 style="text-align:center">菜品作品卡　%s</h3>' % title +
                             tbl([["作品名称", title, "制作人", "%s（%s）" % (n, cl)],
                                  ["主　　料", "羊腩、羊骨、面粉", "制作时间", day(s, 30 + i)],
                                  ["[ 作品照片 ]", ("<br/><br/><br/>", ' colspan="3"')],
                                  ["品评意见", ("%s　品评人：%s（行政总厨）、%s" % (desc, s["others_named"][0], t[j % 2]), ' colspan="3" align="left"')]],
                                 width="90%", pad="5px 6px"))
            elif f == "prescription":   # a prescription slip: the patient, 调剂人 and 复核
                parts.append(PB + '<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["患者", s["others_named"][(i + j) % 2], "处方号", "PL%06d" % (240311 + 7 * i + j)],
                                  ["处方", ("黄芪30g　党参15g　柴胡10g　白术12g　当归10g　甘草6g　×7剂", ' colspan="3" align="left"')],
                                  ["调剂人", "%s（%s）" % (n, cl), "复核", t[j % 3]],
                                  ["说明", (desc, ' colspan="3" align="left"')], ["日期", day(s, 30 + i), "学号", sid]], width="92%", pad="4px 5px"))
            elif f == "work_order":   # a repair work order: 车主 and 维修人
                parts.append(PB + '<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车主", s["others_named"][0], "车型", "柴油皮卡（双排）"], ["进厂里程", "%d km" % (186420 + 37 * i), "进厂日期", day(s, 30 + i)],
                                  ["故障现象", ("满载上坡离合器打滑", ' colspan="3" align="left"')], ["维修内容", (desc, ' colspan="3" align="left"')],
                                  ["维修人", "%s（%s）" % (n, cl), "质检", t[j % 2]]], width="92%", pad="4px 5px"))
            elif f == "live_script":   # a live-stream script: 策划人, the grower named
                parts.append(PB + '<h3>%s</h3><p>策划人：%s　　班级：%s　　合作社：香山硒砂瓜合作社（联系人%s）</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["时段", "环节", "内容", "负责"], ["0-10分", "开场", "产地全景，介绍压砂地", "主播"],
                                  ["10-40分", "开瓜", "现场切瓜，测甜度", "主播、场控"], ["40-80分", "福利", "两只装包邮，满减", "场控、客服"]], width="90%") +
                             "<p>%s</p>" % desc)
            elif f == "commission":   # a commissioning record: 调试人
                parts.append(PB + '<h3>%s</h3><p>调试人：%s　　班级：%s　　学号：%s　　记录审核：%s</p>' % (title, n, cl, sid, t[j % 2]) +
                             tbl([["项目", "设定值", "实测值", "结论"], ["一段温度", "55 ℃", "%d ℃" % (54 + i % 2), "合格"],
                                  ["二段温度", "65 ℃", "%d ℃" % (64 + j % 3), "合格"], ["输送带速度", "0.8 m/min", "0.8 m/min", "合格"]], width="80%") +
                             "<p>%s</p>" % desc)
            elif f == "work_cover":   # a cover per work, then the work
                if j == 0:
                    parts.append(PB + '<p>&nbsp;</p><h2 style="text-align:center">学生作品</h2><p>&nbsp;</p>' +
                                 tbl([["作品名称", "万泉河龙舟赛宣传短片"], ["作　　者", n], ["班　　级", cl], ["学　　号", sid], ["指导教师", "、".join(t)]],
                                     width="70%", pad="8px 8px"))
                parts.append(PB + '<h3>%s</h3>' % title +
                             tbl([["镜号", "景别", "画面", "时长"], ["%d" % (j * 7 + 1), "全景", "万泉河江面，龙舟列队", "4秒"],
                                  ["%d" % (j * 7 + 2), "中景", "鼓手击鼓，桨手齐划", "3秒"], ["%d" % (j * 7 + 3), "特写", "桨叶入水，水花", "2秒"]], width="90%") +
                             "<p>%s　（作者：%s）</p>" % (desc, n))
            elif f == "care_record":   # a care record: 照护员, the elder
                parts.append(PB + '<h3>%s</h3>' % title +
                             tbl([["长者姓名", s["others_named"][(i + j) % 2], "床号", "%d-%d" % (2 + j, 3 + i)], ["照护员", n, "班级", cl],
                                  ["记录", (desc + "长者配合良好。", ' colspan="3" align="left"')], ["日期", day(s, 30 + i), "护理组长审核", t[1]]], width="90%"))
            else:
                raise SystemExit(f)
    return "11.html", html("".join(parts), font="Noto Serif CJK SC"), "pdf"


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
        if f == "exercise_book":   # an exercise-book cover, then the page inside
            head = ["", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"][:6], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "> %s　课后作业" % day(s, 20 + i)[5:]]
        elif f == "hand_wenkai":
            head = ["课后作业　%s" % c["course"], "%s　%s　学号%s" % (cl, n, sid)]
        elif f == "photo_line":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "photo_book2":
            head = ["作业本　科目：%s" % c["course"], "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "photo_plain":
            head = ["课后作业（%s）" % c["course"][:6], "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "hand_ukai":
            head = ["%s　课后练习" % c["course"], "姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "photo_four":
            head = ["课后作业　%s" % c["course"], "> 姓名：%s　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"exercise_book": "x-photo:200:1", "hand_wenkai": "x-scan:250:4:dust", "photo_line": "x-photo:200:2",
            "photo_book2": "x-photo:200:1", "photo_plain": "x-photo:200:2", "hand_ukai": "x-scan:200:3",
            "photo_four": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def nation(s, n):
    if grp(s) == 2:
        return "回族" if n[0] in "马海纳冶丁锁" else "汉族"
    return "汉族"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "plain_pdf":   # a plain typed 学生名单
        rows = [["序号", "学号", "姓名", "性别", "备注"]]
        duty = {0: "班长", 6: "团支书", 13: "学习委员"}
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, "女" if female(n) else "男", duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="84%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "xlsx_nation":   # an xlsx 花名册 with 民族, a merged title and foot
        rows = [["%s%s花名册" % (s["school"], s["cls"]), "", "", "", ""], ["序号", "学号", "姓名", "性别", "民族"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, "女" if female(n) else "男", nation(s, n)])
        rows.append(["班主任：%s　　合计%d人" % (s["headteacher"], len(k)), "", "", "", ""])
        nr = len(rows)
        write(os.path.join(d, "roster.json"), json.dumps({"sheet": "花名册", "rows": rows, "merges": ["A1:E1", "A%d:E%d" % (nr, nr)]},
                                                         ensure_ascii=False, indent=0))
        man.append("roster.json\t%s花名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
        return
    if r == "csv_plain":   # a CSV exported from the school's system
        lines = ["序号,学号,姓名,性别,班级"] + ["%d,%s,%s,%s,%s" % (j + 1, sid_of(s, n), n, "女" if female(n) else "男", s["cls"]) for j, n in enumerate(k)]
        write(os.path.join(d, "roster.csv"), "\n".join(lines) + "\n")
        man.append("roster.csv\t%s花名册.csv\tcopy\troster\t0" % s["cls"])
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
    truth = {"comment": "Thirty-third held-out people corpus (testdata/heldout33), the format of testdata/heldout23/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad:
        raise SystemExit("these stand in an earlier corpus, rename them: %s" % " ".join(bad))
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT:
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
        rng = random.Random(s["seed"] * 7919 + 33)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
        if s["f8"] == "group_members":   # groups of four out of the class, each student of item 8 in one
            gr = random.Random(s["seed"] * 81)
            others = [n for n in s["klass"] if n not in items[8]]
            gr.shuffle(others)
            s["groups"] = {}
            for i, n in enumerate(items[8]):
                mem = [n] + others[3 * i:3 * i + 3]
                gr.shuffle(mem)
                s["groups"][n] = (2 + 3 * i, mem)
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
        fct = {1: "班级人数 | %s" % s["form_count"], 2: "学生人数 | %s" % s["form_count"],
               3: "授课班级（人数） | %s（%s）" % (s["cls"], s["form_count"])}[grp(s)]
        others_named = list(s.get("others_named", []))
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("roster") and s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "others_named": others_named,
            "group_members_on_item8": {k: v[1] for k, v in s.get("groups", {}).items()},
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        if s.get("headteacher") and not s.get("roster"):
            sub["headteacher_on_item10"] = s["headteacher"]
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
