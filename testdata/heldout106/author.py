#!/usr/bin/env python3
"""Write the sources of the 106th held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 鹤岗
(Heilongjiang), 阿拉尔 (Xinjiang) and 合作 (Gansu, 甘南).

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
# heldout105 is written at the same time and is not read
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 105)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 鹤岗 (northeast, families from 山东: 王 李 张 刘 于 孙 姜 曲 隋 宫 郝 ...),
# 阿拉尔 (a 兵团 city settled from 河南, 四川, 江苏, 湖南 ...), 合作 (甘南: Han and Hui families and, below, Tibetan full names)
SURNAMES = {
    "hg": list("王王王王李李李张张张刘刘刘于于孙孙赵杨姜姜曲隋宫郝付范高董"),
    "al": list("王王王李李李张张张刘刘陈陈杨周吴马朱胡郭何罗黄谢邓"),
    "hz": list("马马马王王杨杨张李丁何冶敏"),
}
TIBETAN = ("才让东智 拉毛吉 多杰才让 尕藏吉 桑吉加 完玛才让 道吉卓玛 仁青东珠 更登加 久美多杰 贡保才让 南吉草 "
           "拉姆措 扎西才让 卓玛草 万玛加 切排加 华青措 才让卓玛 当知草 加央多杰 索南措 吉毛卓玛 拉毛草").split()
GIVEN2 = ("书航 梓睿 思涵 宇彤 浩然 晨曦 俊杰 欣怡 子涵 雨辰 嘉豪 语汐 皓宇 诗涵 宇泽 佳宁 铭轩 若琳 博宇 可欣 "
          "天宇 雅静 泽林 晓宇 紫涵 浩轩 梦涵 佳乐 子怡 俊宇 思宇 欣雨 一帆 明昊 梓琪 鹏程 晓雪 雨涵 佳豪 静雯 "
          "瑞麟 秋实 春晓 冬阳 雪莹 北辰 松林 海峰 德龙 长青 立新 金龙 玉洁 凤娟 桂花 国庆 卫东 红梅 秀丽 建军 "
          "子琪 沐阳 新月 嘉宁 宏宇 乐萱 锦涛 慧敏 伟杰 婧怡 雨晴 睿哲 家铭 敬宇 晴川 若愚 君浩 旭东 玉莹 丽娜").split()
GIVEN1 = list("鹏涛强勇娜静雪磊")
MALE = set("书航 梓睿 浩然 俊杰 雨辰 嘉豪 皓宇 宇泽 铭轩 博宇 天宇 泽林 晓宇 浩轩 佳乐 俊宇 思宇 一帆 明昊 鹏程 佳豪 瑞麟 "
           "冬阳 北辰 松林 海峰 德龙 长青 立新 金龙 国庆 卫东 建军 沐阳 宏宇 锦涛 伟杰 睿哲 家铭 敬宇 君浩 旭东 鹏 涛 强 勇 磊 "
           "才让东智 多杰才让 桑吉加 完玛才让 仁青东珠 更登加 久美多杰 贡保才让 扎西才让 万玛加 切排加 加央多杰".split())


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




def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    tries = 0
    while len(names) < n:
        tries += 1
        tib = region == "hz" and rng.random() < 0.3
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for _ in range(400):
            if tib:
                name = rng.choice(TIBETAN)
            else:
                name = sur + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
        if tries > 5000:
            raise SystemExit("cannot draw a class")
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "coldstart": dict(major="汽车维修", code="0403", course="汽车柴油发动机电控系统检修", task="极寒天气柴油轻卡冷启动困难故障诊断与预热系统检修",
   hours=16, station="汽车电控检修一体化学习工作站",
   situation="一月的鹤岗清晨气温零下三十度，一家煤炭运输公司的几辆柴油轻卡早上打不着火，要拖到维修站。维修站主管请汽修班学员接车问诊，检查预热塞、预热继电器和燃油加热器，读取故障码，测量起动时的蓄电池电压，更换损坏零件，并向车队说明冬季用车注意事项。",
   qs=[("问题1 柴油车冷启动为什么要先预热？", ["柴油靠压缩发热自燃，气温太低时压缩终了温度达不到燃点，预热塞先把燃烧室加热才能着火。", "温度太低柴油点不着。", "预热塞先加热燃烧室。"]),
       ("问题2 怎样判断预热塞是否损坏？", ["拔下接线，用万用表量预热塞的电阻，正常不到一欧姆，无穷大就是烧断了。", "量电阻，无穷大就坏了。", "用万用表测量。"])],
   hw=[("1. 冬季柴油为什么要换标号？", ["零号柴油在零下几度就会析出蜡，堵塞滤清器，极寒地区要换负三十五号柴油。", "低温析蜡堵滤清器。", "换负三十五号。"]),
       ("2. 起动时蓄电池电压低于多少要充电或更换？", ["起动时电压低于九点六伏，说明蓄电池亏电或老化，要先充电再复测。", "低于九点六伏。", "先充电再复测。"])],
   outputs=[("故障诊断报告", "第三缸预热塞断路，已更换。"), ("预热系统检测记录", "预热继电器吸合正常。")]),
 "guobao": dict(major="烹饪(中式烹调)", code="0501", course="东北地方菜制作", task="锅包肉与小鸡炖蘑菇农家宴热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="鹤岗一家农家菜馆接下一场三十桌的答谢宴，菜单里有锅包肉和小鸡炖蘑菇两道东北名菜。菜馆厨师长请烹饪班学员按标准菜谱准备原料，完成挂糊、复炸、烹汁和炖制，控制出菜节奏，并做成本核算和收尾清洁。",
   qs=[("问题1 锅包肉为什么要复炸？", ["第一次炸熟定型，第二次高油温快炸把水分逼出来，外壳才酥脆，烹汁后也不软。", "第二次炸得酥脆。", "烹汁后不软。"]),
       ("问题2 榛蘑炖之前怎样处理？", ["榛蘑先用温水泡发，洗净泥沙，泡蘑菇的水澄清后可以倒进锅里一起炖。", "温水泡发洗净。", "泡蘑菇水澄清后用。"])],
   hw=[("1. 锅包肉的糊怎样调？", ["土豆淀粉提前泡成湿淀粉，倒掉多余的水，加少许油抓匀，糊要稠。", "用湿淀粉，糊要稠。", "加少许油。"]),
       ("2. 三十桌宴席怎样安排出菜顺序？", ["凉菜先上，热菜按先炸后炖的顺序，每桌间隔不超过两分钟。", "先凉后热。", "每桌间隔两分钟。"])],
   outputs=[("锅包肉制作记录", "色泽金黄，酸甜适口。"), ("小鸡炖蘑菇制作记录", "炖制四十分钟。")]),
 "jujube": dict(major="电子商务", code="0603", course="农产品社群团购运营", task="骏枣干果礼盒社群团购活动策划与售后",
   hours=14, station="电商运营一体化学习工作站",
   situation="阿拉尔的骏枣收获后，一家团场职工创办的干果合作社想通过社群团购把礼盒卖到内地。合作社请电商班学员建立团购群，设计拼团规则和海报，撰写群公告和接龙文案，统计订单，联系物流，处理收货后的售后问题。",
   qs=[("问题1 拼团规则要写清哪些内容？", ["成团人数、拼团价格、截止时间、发货时间和不成团怎么退款。", "成团人数和截止时间。", "不成团怎么退款。"]),
       ("问题2 接龙文案为什么要简短？", ["群里的人大多用手机看，文案短、价格和规格放在最前面，大家才愿意接龙。", "手机上看得清。", "价格放最前面。"])],
   hw=[("1. 顾客说枣有破皮怎么处理？", ["先道歉，请顾客拍照，按破损数量补发或退款，并提醒仓库加厚包装。", "拍照后补发或退款。", "加厚包装。"]),
       ("2. 团购结束后为什么要复盘？", ["统计成交额、客单价和复购人数，找出哪个时段接龙最多，下次照着安排。", "统计成交和复购。", "下次照着安排。"])],
   outputs=[("社群团购活动方案", "三人成团，满五盒包邮。"), ("团购订单与售后登记", "共二百一十六单，售后七单。")]),
 "pumpshaft": dict(major="数控加工(数控车工)", code="0106", course="农机泵类轴件数控车削", task="棉田滴灌首部离心泵传动轴数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="阿拉尔的棉田进入滴灌季，一个连队滴灌首部的离心泵传动轴磨损，厂家备件要等半个月。连队请学校数控车间按旧轴测绘图纸，加工四根传动轴。车间主任请数控班学员编写工艺和程序，完成外圆、台阶、退刀槽和螺纹的车削，并做首件检验。",
   qs=[("问题1 细长轴车削为什么要用顶尖？", ["轴又细又长，只用卡盘夹一头会让刀弯曲，尾座顶尖顶住另一头才能保证圆柱度。", "防止让刀弯曲。", "一夹一顶。"]),
       ("问题2 车螺纹前为什么要先车退刀槽？", ["退刀槽给螺纹刀留出退刀位置，螺纹收尾完整，也方便装配。", "给螺纹刀留退刀位置。", "螺纹收尾完整。"])],
   hw=[("1. 键槽对称度怎样检查？", ["把轴放在V形块上，用百分表测键槽两侧，翻转一百八十度再测，两次读数差的一半就是对称度误差。", "V形块加百分表。", "翻转再测。"]),
       ("2. 首件检验合格后还要做什么？", ["填写首件记录，请检验员签字，然后才能批量加工，中途还要抽检。", "检验员签字。", "中途抽检。"])],
   outputs=[("传动轴首件检验记录", "φ30h6 外圆合格。"), ("传动轴加工工艺卡", "分粗车、精车、切槽、车螺纹四道工步。")]),
 "herbs": dict(major="中药", code="1301", course="高原道地药材饮片鉴别", task="高原常用中药饮片真伪鉴别与处方调剂",
   hours=16, station="中药鉴别调剂一体化学习工作站",
   situation="合作市一家藏中医门诊部的药房常用当归、黄芪、羌活等甘南出产的饮片，近来收到的一批货里混有伪品。药房主任请中药班学员按性状鉴别要点逐一检查，记录鉴别结果，剔除伪品，再按处方调配，复核后交给取药的顾客。",
   qs=[("问题1 当归的性状鉴别要看哪些特征？", ["主根粗短，断面黄白色，有棕色油点和环纹，香气浓郁，味甘辛微苦。", "断面有油点，香气浓。", "主根粗短。"]),
       ("问题2 发现伪品后应该怎样处理？", ["立即停用，单独存放并贴上标签，记录批号，报告药房主任，联系供货方退货。", "单独存放，报告主任。", "记录批号退货。"])],
   hw=[("1. 黄芪断面的“菊花心”是什么样的？", ["断面皮部黄白色，木部淡黄色，有放射状纹理，像一朵菊花。", "放射状纹理像菊花。", "木部淡黄色。"]),
       ("2. 调剂时为什么要“一方一复核”？", ["每张处方调好后由另一人复核品名和剂量，防止错配漏配。", "防止错配漏配。", "另一人复核。"])],
   outputs=[("饮片性状鉴别记录", "当归三批，其中一批为伪品。"), ("处方调剂复核单", "复核无误。")]),
 "grassland": dict(major="计算机动画制作", code="0306", course="公益短片角色动画制作", task="草原生态保护公益短片二维角色动画制作",
   hours=16, station="数字动画制作一体化学习工作站",
   situation="甘南一个草原生态保护站要做一部两分钟的公益短片，讲牧民轮牧和保护草场的故事。动画工作室请动画班学员设计牧民和藏羚羊两个角色，绘制转面图，拆分元件做骨骼动画，完成走路、奔跑和转身三段动作，并按规范导出和提交文件。",
   qs=[("问题1 为什么要先画角色转面图？", ["正面、侧面、背面的比例统一了，后面拆元件和做动作时角色才不会变形。", "比例统一不变形。", "方便拆元件。"]),
       ("问题2 四足动物奔跑时腿的顺序是怎样的？", ["奔跑时前后腿交替着地，有一段四条腿都离地的腾空帧。", "有四腿离地的腾空帧。", "前后腿交替。"])],
   hw=[("1. 走路循环一般多少帧？", ["每秒二十四帧时，一步十二帧，一个完整循环二十四帧。", "二十四帧一个循环。", "一步十二帧。"]),
       ("2. 导出文件为什么要统一命名？", ["组里的镜头合在一起剪辑，按镜头号和版本号命名才不会用错版本。", "不会用错版本。", "按镜头号命名。"])],
   outputs=[("牧民角色转面图与元件拆分", "元件共三十一个。"), ("藏羚羊奔跑动画", "时长六秒。")]),
 "lostfound": dict(major="城市轨道交通运输与管理", code="0431", course="地铁车站问询与失物招领服务", task="地铁车站乘客遗失物品招领与问询服务",
   hours=16, station="城轨客运服务一体化学习工作站",
   situation="兰州地铁一号线的一座换乘车站每天都有乘客来问路、找遗失物品。车站站务主管请城轨班学员在实训车站里学习问询服务规范，接受乘客遗失物品登记，按流程查找、保管和交还物品，并模拟处理一位乘客在列车上遗失背包的情况。",
   qs=[("问题1 接到乘客遗失物品报告后先做什么？", ["先安抚乘客，问清乘车时间、车厢位置和物品特征，填写遗失物品登记表，再联系行车值班员查找。", "问清时间和车厢位置。", "填登记表，联系值班员。"]),
       ("问题2 交还物品时要核对什么？", ["核对失主的有效证件和对物品特征的描述，让失主在登记表上签字确认。", "核对证件和物品特征。", "失主签字。"])],
   hw=[("1. 问询服务的“首问负责”是什么意思？", ["第一个被乘客问到的员工要负责到底，自己答不了也要带乘客找到能解决的人。", "第一个被问的人负责到底。", "带乘客找人。"]),
       ("2. 拾到的现金怎样保管？", ["两人当面清点，登记金额和币种，装袋封存，交车站保险柜保管。", "两人清点，封存。", "交保险柜。"])],
   outputs=[("遗失物品招领登记", "背包一个，已交还失主。"), ("问询服务情景演练记录", "演练三轮。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="鹤岗市煤城技工学校", pack="dir", region="hg", course="coldstart", cls="汽修2403班", size=37, seed=11,
         sidp="24230403", students=["曲梓睿", "隋欣怡", "宫鹏程"], items={12: ["曲梓睿", "宫鹏程"]},
         extra_class=["姜浩轩"], bad={"姜浩轩": "over"}, others_named=["郝长顺"],
         teachers=["于振江", "付丽华"], form_count="37人",
         f8="qa_table", f10="letter_codes", f11="report_typed", f12="photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "姜浩轩")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, price-gun labels stuck on) holds the homework of only TWO students, 曲梓睿 and 宫鹏程 "
                 "(隋欣怡's missing): students.count on 12; mismatch optional. Item 10 (TYPED) has letter-coded score columns A-E "
                 "with a legend line above the table giving each maximum (B 故障诊断 30); 姜浩轩 has 34 under B (总分 the sum): "
                 "records.invalid_score. Item 8 (scan 200 gray, matchsticks on the glass): a two-column 问题|回答 table, the student "
                 "only in the foot line 学员签名. The truck fleet's driver 郝长顺 as 车主/送修人 on item 11 (not a student)"),
    dict(school="鹤岗市煤城技工学校", pack="dir", region="hg", course="guobao", cls="烹饪2401班", size=40, seed=12,
         sidp="24230501", students=["范雨晴", "董立新", "孙沁雅"], others_named=["姜福堂"],
         teachers=["宫秋菊", "李长海", "赵铁军"], form_count="40人", roster="group_list", headteacher="隋淑贞",
         f8="header_table", f10="weighted", f11="dish_typed", f12="hand_page",
         findings=[],
         comment="clean. Roster 40 (grouped by 小组) = form `40人` = item 10 40 rows. Item 10 (scanned 200 gray): 过程评价(100) and "
                 "成品评价(100) and a 总评 = 过程×40% + 成品×60% (rounded), explained in a note under the table, so 总评 is not the "
                 "sum of the two parts (legal). The restaurant's head chef 姜福堂 signs as 验收 on item 11. Three teachers"),
    dict(school="阿拉尔市枣乡技工学校", pack="gbkzip", region="al", course="jujube", cls="电商2402班", size=42, seed=21,
         sidp="2431060302", students=["罗芷岚", "谢明昊", "邓可歆"], extra_class=["黄屹川"], absent_from_10=["黄屹川"],
         others_named=["周桂香"], teachers=["朱卫疆", "吴春梅"], form_count="42名", roster="two_col", headteacher="邓援朝",
         f8="two_row_box", f10="landscape_grade", f11="groupbuy_typed", f12="photo_tag",
         findings=[("records.missing_student", 10, False, "黄屹川"), ("records.count_mismatch", 10, False)],
         comment="the roster (typed, two students per line: 序号 学号 姓名 | 序号 学号 姓名, 42) and the form (`42名`) hold 黄屹川; "
                 "item 10 (TYPED, a landscape table with a 等级 column beside the 总分) has 41 rows and none for him: "
                 "records.missing_student and records.count_mismatch. The cooperative's 团长 周桂香 named on item 11"),
    dict(school="阿拉尔市枣乡技工学校", pack="gbkzip", region="al", course="pumpshaft", cls="数控2301班", size=36, seed=22,
         sidp="2331010601", students=["陈嘉诺", "马晓雪", "杨砚池"], outsiders={"杨砚池": "数控2302班"}, out_sidp="2331010602",
         extra_class=["何骁腾"], bad={"何骁腾": "sum"}, teachers=["郭建兵", "郭红玫"], form_count="36",
         f8="fax_line", f10="hand_corrected", f11="inspection_typed", f12="photo_tag",
         findings=[("students.not_in_class", 8, True, "杨砚池"), ("records.invalid_score", 10, False, "何骁腾")],
         comment="杨砚池 of the parallel class 数控2302班 (class and 学号 2331010602xx on his pages) is the third student of 8/11/12; "
                 "item 10 (36 rows = form `36`) has no record of him: students.not_in_class. Item 10 (scanned 250 gray) has "
                 "hand-corrected totals: four rows have a struck-out 总分 and the right sum written beside it in red (legal); "
                 "何骁腾's 总分 is 7 above the sum of his parts, not corrected: records.invalid_score. Item 8 1-bit 200"),
    dict(school="合作市当周技工学校", pack="zip", region="hz", course="herbs", cls="中药2402班", size=35, seed=31,
         sidp="24351301", students=["马玉莹", "才让闹日", "敏佳乐"], items={11: ["马玉莹", "才让闹日", "冶婧妍"]},
         extra_class=["冶婧妍", "丁奕铭"], bad={"丁奕铭": "over"}, others_named=["何德顺"],
         teachers=["冶守仁", "拉毛卓尕"], form_count="35",
         f8="receipt_strip", f10="group_tables", f11="identify_typed", f12="photo",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "丁奕铭")],
         comment="item 11 (TYPED) holds the records of 马玉莹, 才让闹日 and classmate 冶婧妍 (with an item-10 record) instead of "
                 "敏佳乐's (8 and 12 hold the three): students.mismatch. Item 10 (colour scan 200) is split into one small table "
                 "per 小组, each with its own head 序号 姓名 性状鉴别(40) 处方调剂(40) 复核(20) 总分; 丁奕铭 has 46 under 处方调剂(40): "
                 "records.invalid_score. Item 8 (scan 200 gray, matchsticks): the name, class and 学号 only on the tear-off 回执 "
                 "strip at the foot. The customer 何德顺 on item 11 (not a student). Tibetan names without surname"),
    dict(school="合作市当周技工学校", pack="zip", region="hz", course="grassland", cls="动画2401班", size=38, seed=32,
         sidp="24350306", students=["杨澍恒", "拉毛央金", "王语槐"], items={8: ["杨澍恒", "王语槐"]}, extra_class=["何秋实"],
         absent_from_10=["何秋实"], teachers=["张登科", "丁秀丽"], form_count="38名学生",
         f8="plain_line", f10="plain_typed", f11="submit_typed", f12="color_scan",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (1-bit scan 200) holds the worksheets of only TWO students (拉毛央金's missing): students.count on 8; "
                 "mismatch optional. Item 10 (TYPED) lists 37; the form says `班级人数 | 38名学生`: records.count_mismatch (no roster)"),
    dict(school="合作市当周技工学校", pack="zip", region="hz", course="lostfound", cls="城轨2401班", size=39, seed=33,
         sidp="24350431", students=["马君浩", "李芊蔚", "加央多杰"], others_named=["王德龙"],
         teachers=["何永禄", "马秀娥"], form_count="39",
         f8="blank_line", f10="bonus", f11="lostfound_typed", f12="exercise_book",
         findings=[],
         comment="clean. Item 10 (scanned 200 gray) has a 附加分(≤5) column for volunteer service, explained in a note: 总分 = parts + "
                 "附加分, capped at 100; five rows have a bonus. 39 rows = form `39`. The passenger 王德龙 (失主) is named on every "
                 "lost-property record of item 11 (not a student)"),
]

PROVINCE = {1: "黑龙江省鹤岗市", 2: "新疆阿拉尔市", 3: "甘肃省甘南藏族自治州合作市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:
        return "%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:
        return "附件%d %s.pdf" % (n, NAMES[n])
    return "%s_%d.pdf" % (NAMES[n], n)


def form_name(s, c):
    return {1: ("%s申报书.docx" % c["task"], "docx"), 2: ("优质课堂申报表（%s）.pdf" % s["cls"], "pdf"),
            3: ("申报书-%s.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "授课班级 | %s　　学生人数 | %s" % (s["cls"], s["form_count"])
    if g == 2:
        return "班级人数 | %s" % s["form_count"]
    return "授课班级及人数 | %s，%s" % (s["cls"], s["form_count"] if not s["form_count"].isdigit() else s["form_count"] + "人")


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:
        info = tbl([["专业名称", c["major"], "专业编码", c["code"]], ["课程名称", (c["course"], ' colspan="3" align="left"')],
                    ["学习任务", (c["task"], ' colspan="3" align="left"')], ["授课班级", s["cls"], "学生人数", s["form_count"]],
                    ["学时", str(c["hours"]), "授课地点", c["station"]]], width="94%", pad=P)
    else:
        if g == 2:
            rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                    ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
        else:
            cnt = s["form_count"] if not s["form_count"].isdigit() else s["form_count"] + "人"
            rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                    ("授课班级及人数", "%s，%s" % (s["cls"], cnt)), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年3月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按“明确任务—制订计划—评估决策—实施任务—检查控制—评价反馈”六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Serif CJK SC"}[g])

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


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "23"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])




def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))




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
        if f == "qa_table":   # NEW: a two-column 问题 | 回答 table, the student only in the foot line
            rows = [["<b>问　题</b>", "<b>回　答</b>"]]
            for qi, (q, a) in enumerate(c["qs"] + c["hw"][:1]):
                rows.append([(q, ' align="left" width="38%"'), (hand(a[(i + qi) % 3], True) + " " + '<span %s>%s</span>' % (RED, mark(rng)), ' align="left"')])
            body = (title + sit + tbl(rows, width="100%", pad="8px 6px") + comment +
                    '<p style="margin-top:18pt">学员签名：%s　　班级：%s　　学号：%s　　日期：%s</p>' % (hand(n), hand(cl, True), hand(sid, True), hand(day(s, i), True)))
        elif f == "receipt_strip":   # NEW: the name only on a tear-off receipt strip at the foot
            body = (title + sit + answers(c, rng, i) + comment +
                    '<p style="margin-top:14pt;text-align:center;color:#555">- - - - - - - - - - - - - - - ✂ 沿此线剪下（回执） - - - - - - - - - - - - - - -</p>'
                    + tbl([["回执：工作页已完成并上交", "姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="6px 4px"))
        elif f == "header_table":
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "工位", hand("%d号灶台" % (1 + i % 8), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "two_row_box":
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="80%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "fax_line":
            head = '<p>姓名＿%s＿　学号＿%s＿　班级＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"qa_table": "x-scanpdf:200:matches", "receipt_strip": "x-scanpdf:200:matches", "header_table": "x-scanpdf:200:color",
            "two_row_box": "x-scanpdf:250:color", "fax_line": "x-scanpdf:200:mono", "blank_line": "x-scanpdf:250",
            "plain_line": "x-scanpdf:200:mono"}[f]
    return "08.html", html(PB.join(pages), "10pt", font="Noto Serif CJK SC"), meth


# ------------------------------------------------------------------ item 10

def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "letter_codes":   # NEW: columns A-E, the maxima only in a legend line above the table
        parts = [("A", "接车问诊", 15), ("B", "故障诊断", 30), ("C", "维修操作", 35), ("D", "竣工检验", 10), ("E", "6S管理", 10)]
        legend = "<p>评分项目及分值：" + "；".join("%s %s（%d分）" % p for p in parts) + "。</p>"
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p[0] for p in parts] + ["合计"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, [(p[1], p[2]) for p in parts])
            if bad.get(n) == "over":
                v[1] = 34
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核评分汇总表") + legend + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted":   # 总评 = 过程×40% + 成品×60%
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程评价<br/>(100)", "成品评价<br/>(100)", "总评"]], pad)]
        for k, n in enumerate(rec):
            p, q = rng.randint(66, 97), rng.randint(62, 98)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(p), str(q), str(int(p * 0.4 + q * 0.6 + 0.5))], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out, "80%") +
                "<p>注：总评＝过程评价×40%＋成品评价×60%，四舍五入取整。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "landscape_grade":   # landscape, a 等级 beside the 总分
        parts = [("活动策划", 20), ("海报文案", 20), ("社群运营", 30), ("订单售后", 20), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tt = sum(v)
            g = "优秀" if tt >= 90 else "良好" if tt >= 80 else "中等" if tt >= 70 else "及格"
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tt), g, "组长" if k % 7 == 0 else ""], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="size:A4 landscape;margin:1.0cm 1.2cm"), "pdf"
    if f == "hand_corrected":   # struck-out totals corrected by hand in red (legal), one wrong total not corrected
        parts = [("工艺编制", 15), ("程序编制", 20), ("外圆台阶", 30), ("螺纹退刀槽", 25), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        corr = set(rng.sample([k for k, n in enumerate(rec) if n not in bad], 4))
        # a checker that reads the struck-out total as well may report these rows: optional
        s.setdefault("optional", []).extend(("records.invalid_score", 10, False, rec[k]) for k in sorted(corr))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tt = sum(v)
            if bad.get(n) == "sum":
                cell = str(tt + 7)
            elif k in corr:
                cell = '<s>%d</s> <span style="font-family:\'AR PL UKai CN\';color:#b8231a">%d</span>' % (tt + rng.choice([-10, 10, 5]), tt)
            else:
                cell = str(tt)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [cell], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "group_tables":   # NEW: one small table per 小组, each with its own head
        parts = [("性状鉴别", 40), ("处方调剂", 40), ("复核", 20)]
        body = head10(s, c, "学习任务考核记录（分组）")
        for gi in range(0, len(rec), 6):
            out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
            for k in range(gi, min(gi + 6, len(rec))):
                n = rec[k]
                v = part_scores(rng, parts)
                if bad.get(n) == "over":
                    v[1] = 46
                out.append(trow([str(k + 1), n] + [str(x) for x in v] + [str(sum(v))], pad))
            body += "<p><b>第%s组</b>　组长：%s</p>" % ("一二三四五六七"[gi // 6], rec[gi]) + table(out, "70%")
        return "10.html", html(body + sign, "9pt", compact=True), "x-scanpdf:200:color"
    if f == "plain_typed":
        parts = [("角色设计", 20), ("元件拆分", 20), ("骨骼动画", 40), ("导出规范", 10), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "bonus":   # a 附加分 column explained on the page
        parts = [("问询服务", 30), ("遗失物品登记", 30), ("情景演练", 30), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分<br/>(≤5)", "总分"]], pad)]
        bon = set(rng.sample(range(len(rec)), 5))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            b = rng.randint(2, 5) if k in bon else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(min(100, sum(v) + b))], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：附加分为参加车站志愿服务的加分，每人不超过5分；总分＝各项得分＋附加分，最高100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    on = s.get("others_named", [""])
    on = on[0] if on else ""
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            lab = {"report_typed": "检修人", "dish_typed": "制作人", "groupbuy_typed": "运营人", "inspection_typed": "操作者",
                   "identify_typed": "鉴别人", "submit_typed": "制作", "lostfound_typed": "经办人"}[f]
            rows = [[lab, n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)]]
            if f == "report_typed":
                rows.append(["送修人", "%s（车队驾驶员）" % on, "车辆", "柴油轻卡"])
            elif f == "dish_typed":
                rows.append(["验收", "%s（菜馆厨师长）" % on, "桌数", "30桌"])
            elif f == "groupbuy_typed":
                rows.append(["合作社团长", on, "成团数", str(18 + i)])
            elif f == "identify_typed":
                rows.append(["取药顾客", on, "复核人", t[j % 2]])
            elif f == "lostfound_typed":
                rows.append(["失主（乘客）", on, "物品", "黑色双肩背包"])
            elif f == "inspection_typed":
                rows.append(["检验员", t[j % 2], "图号", "ZD-30-%02d" % (1 + j)])
            rows.append(["内容", (desc, ' colspan="3" align="left"')])
            parts.append('<h3 style="text-align:center">%s</h3>' % title + tbl(rows, width="90%", pad="5px 6px"))
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
        if f in ("photo", "photo_tag"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_page":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "color_scan":
            head = ["课后练习", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo": "x-photo:200:2", "photo_tag": "x-photo:200:1:pricetag", "hand_page": "x-scan:200:4",
            "color_scan": "x-scan:200:3:color", "exercise_book": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    return "男" if (n[1:] in MALE or n in MALE) else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "group_list":
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "备注"])]
        for j, n in enumerate(k):
            if j % 8 == 0:
                rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px;background:#eeeeee">第%s小组</td></tr>' % "一二三四五六"[j // 8])
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "组长" if j % 8 == 0 else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2>' % (s["school"], s["cls"]) + table(rows, width="80%") +
                "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
    elif r == "two_col":   # two students a line
        h = (len(k) + 1) // 2
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别"] * 2)]
        for j in range(h):
            a = [str(j + 1), sid_of(s, k[j]), k[j], sex_of(k[j])]
            b = [str(h + j + 1), sid_of(s, k[h + j]), k[h + j], sex_of(k[h + j])] if h + j < len(k) else [""] * 4
            rows.append(trow(a + b, "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生花名册</h2><p style="text-align:center">%s　2024—2025学年</p>' % (s["cls"], s["school"]) +
                table(rows) + "<p>班主任：%s　　合计：%d人</p>" % (s["headteacher"], len(k)))
    else:
        raise SystemExit(r)
    write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
    man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
    return []


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Held-out people corpus 106 (testdata/heldout106), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 106)
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
        for rule, item, anyi, *student in s.get("optional", []):
            e = {"rule": rule, "submission_id": subid, "item": item}
            if anyi:
                e["any_item"] = True
            if student:
                e["student"] = student[0]
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
