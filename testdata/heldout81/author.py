#!/usr/bin/env python3
"""Write the sources of the eighty-first held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ was read; classaudit was not run on it). Seven
submissions of three invented schools in 崇明 (Shanghai), 武夷山 (Fujian,
南平) and 随州 (Hubei).

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
# the truth files read for names, tasks and courses to avoid (heldout82, written at the same time, is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 81)] + ["othertools"]

# surnames by region, weighted by repetition: 崇明 (施 黄 沈 陆 龚 倪 茅 蔡 袁 顾 季 …),
# 武夷山 (闽北: 吴 陈 林 黄 詹 邱 祝 叶 刘 余 游 …), 随州 (王 李 张 刘 陈 杨 黄 周 吴 胡 程 曾 万 汪 熊 …)
SURNAMES = {
    "cm": list("施施施黄黄黄沈沈陆陆龚龚倪倪茅蔡蔡袁顾顾季张张陈陈朱徐杨王秦"),
    "wy": list("吴吴吴陈陈陈林林林黄黄詹詹邱祝叶叶刘刘余游徐李张王江彭"),
    "sz": list("王王王李李李张张张刘刘陈陈杨杨黄周吴胡胡程曾万汪熊肖徐余何"),
}
# given names: a new list, the ordinary names of students born around 2007-2009 in these regions
GIVEN2 = ("思远 家乐 子轩 佳怡 若曦 一鸣 宇航 欣怡 诗琪 天宇 语桐 嘉豪 明轩 可馨 俊杰 思彤 奕辰 昕怡 文博 梦洁 "
          "振宇 嘉欣 浩然 佳琪 子健 雅琴 逸飞 心怡 晨阳 梦瑶 志远 家豪 晓雯 宇轩 怡然 博文 书涵 凯文 思琪 敏慧 "
          "俊豪 玉洁 鹏飞 静怡 泽宇 诗雨 乐天 雨晴 伟杰 慧敏 锦涛 若彤 宏伟 海燕 晓东 嘉怡 子琪 婉婷 凯旋 少华 "
          "立新 建波 海峰 丽娜 宇杰 雪晴 梓豪 佳慧 晓琳 俊宇 明辉 雨欣 鸿飞 文静 思怡 浩宇 家伟 诗涵").split()
GIVEN1 = list("杰磊鑫洁婷丹斌超琦敏")


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
            continue
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    cut = []
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "README.md")
        if os.path.isfile(p):
            out = []
            for line in open(p, encoding="utf-8"):
                if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                    break
                out.append(line)
            cut.append("".join(out))
    return names, "\n".join(texts), "\n".join(cut)


USED_BEFORE, EARLIER_TEXT, EARLIER_README = earlier_strings()
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
        name = None
        for _ in range(300):   # the surname is drawn once; only the given name is redrawn on a refusal
            g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
            cand = sur + g
            if cand in names or used(cand) or cand in TAKEN or any(near(cand, f) for f in names + avoid):
                continue
            name = cand
            break
        if name is None:   # every given name refused with this surname (rare): draw another surname
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "cake": dict(major="烹饪(中式烹调)", code="0501", course="江南地方面点制作", task="崇明糕蒸制与重阳节令糕点出品",
   hours=16, station="中式面点一体化学习工作站",
   situation="重阳节前，崇明一家农家乐饭店要为老人宴准备两百份崇明糕。厨师长请烹饪班学员按饭店的配方调制米粉、拌入红枣和核桃仁，分层装笼蒸制，切块装盒出品，并记录每一笼的用料、火候和出品数量。",
   qs=[("问题1 崇明糕的米粉为什么要用糯米和粳米按比例混合？", ["全用糯米太黏不成形，加粳米后糕体松软有弹性，切块不粘刀。", "糯米太黏，加粳米好成形。", "松软，切块不粘刀。"]),
       ("问题2 米粉拌水后为什么要过筛再上笼？", ["过筛能去掉结块，让米粉松散均匀，蒸出来的糕没有夹生。", "去掉结块，蒸得均匀。", "防止夹生。"])],
   hw=[("1. 蒸糕时怎样判断已经蒸熟？", ["用竹签插入糕体，拔出不粘米粉，糕面颜色由白变得半透明。", "竹签不粘就熟了。", "颜色变透明。"]),
       ("2. 出品装盒要注意哪些卫生要求？", ["戴手套和口罩，刀具和盒子消毒，冷却到常温再封盒。", "戴手套口罩，消毒。", "冷却后封盒。"])],
   outputs=[("崇明糕配料记录", "糯米粉三份、粳米粉一份，红枣、核桃仁适量。"), ("蒸制火候记录", "大火二十五分钟。"), ("出品检验记录", "切块整齐，每块八十克。")]),
 "fall": dict(major="健康与社会照护", code="0529", course="社区居家照护服务", task="海岛乡村独居老人跌倒风险评估与居家安全改造指导",
   hours=14, station="居家照护一体化学习工作站",
   situation="崇明一个村的卫生服务站发现，去年冬天村里有几位独居老人在家里跌倒。站里请照护班学员跟随社区医生上门，用跌倒风险评估量表评估老人，检查卫生间、卧室和门槛等处的隐患，提出改造建议，教老人和家属做防跌倒的练习，并填写走访记录。",
   qs=[("问题1 评估跌倒风险时要了解老人的哪些情况？", ["年龄、既往跌倒史、用药情况、视力、步态和平衡能力，以及居家环境。", "跌倒史、用药、视力和步态。", "平衡能力和居家环境。"]),
       ("问题2 卫生间常见的跌倒隐患有哪些？", ["地面湿滑、没有扶手、蹲便起身困难、夜间照明不足。", "地滑、没扶手。", "晚上光线暗。"])],
   hw=[("1. 老人从床上起身时为什么要“三个半分钟”？", ["醒后躺半分钟、坐起半分钟、站立半分钟，防止体位性低血压引起头晕跌倒。", "防止体位性低血压。", "慢慢起身，防头晕。"]),
       ("2. 给老人推荐的防跌倒练习有哪些？", ["扶椅背踮脚、单腿站立、坐站转换，每天练习十分钟。", "踮脚和单腿站立。", "坐站转换练习。"])],
   outputs=[("跌倒风险评估表", "评分十四分，属高风险。"), ("居家环境检查记录", "卫生间需装扶手和防滑垫。"), ("防跌倒指导记录", "老人已学会三个半分钟。")]),
 "tea": dict(major="电子商务", code="0603", course="农产品直播电商运营", task="武夷岩茶春茶新品直播预售与订单发货处理",
   hours=16, station="电子商务运营一体化学习工作站",
   situation="五月武夷岩茶春茶制成后，一家茶企想用直播预售新茶。运营主管请电商班学员策划一场三小时的预售直播，编写直播脚本和话术，布置直播间，按岗位分工完成直播，直播后汇总订单，打印发货单、分拣装箱并处理客户的售后咨询。",
   qs=[("问题1 预售直播为什么要讲清发货时间？", ["新茶还在焙火，发货要等焙火完成，讲清时间能减少催单和退款。", "减少催单和退款。", "新茶还在焙火。"]),
       ("问题2 直播话术里怎样介绍岩茶的“岩韵”？", ["结合产地的岩石土壤和茶汤入口的回甘来讲，用茶农的讲解和试饮画面代替空话。", "讲产地和回甘。", "请茶农讲解。"])],
   hw=[("1. 发货单上要核对哪些信息？", ["收件人、电话、地址、商品规格数量和订单备注。", "收件人和地址。", "规格和数量。"]),
       ("2. 顾客说茶叶受潮怎样处理？", ["请顾客拍照，核实包装是否破损，按规则补发或退款并记录。", "拍照核实，补发或退款。", "记录原因。"])],
   outputs=[("预售订单发货单（一）", "共十二单，顺丰冷运。"), ("预售订单发货单（二）", "共九单。"), ("售后处理记录", "受潮投诉一单，已补发。")]),
 "wake": dict(major="饭店(酒店)服务", code="0504", course="前厅服务与管理", task="景区度假酒店旅游团队入住接待与叫醒服务",
   hours=16, station="前厅服务一体化学习工作站",
   situation="武夷山景区的一家度假酒店要接待一个四十人的旅游团，团队第二天清晨要赶竹筏漂流。前厅经理请酒店班学员核对团队名单和用房，完成团队入住登记、分发房卡，按领队的要求安排叫醒服务，并在离店时办理结账。",
   qs=[("问题1 团队入住前为什么要提前预分房？", ["团队到店时间集中，提前按名单分好房、备好房卡，能缩短等候时间。", "缩短等候时间。", "提前备好房卡。"]),
       ("问题2 叫醒服务要和领队确认哪些内容？", ["叫醒时间、房间号码、叫醒方式，以及没有应答时怎样处理。", "时间和房号。", "没人接怎么办。"])],
   hw=[("1. 人工叫醒无人应答时怎样处理？", ["五分钟后再叫一次，仍无应答就请客房服务员上门敲门确认。", "五分钟后再叫。", "请服务员敲门。"]),
       ("2. 团队结账时要注意什么？", ["分清团队账和个人消费，请领队签字确认，个人消费由客人自付。", "分清团队账和个人账。", "领队签字。"])],
   outputs=[("团队预分房表", "标准间二十间。"), ("叫醒服务登记表", "叫醒时间五点四十分。"), ("团队结账单", "个人消费另付。")]),
 "pto": dict(major="汽车维修", code="0403", course="专用汽车底盘检修", task="城市洒水车取力器异响与不能结合故障诊断与排除",
   hours=18, station="汽车维修一体化学习工作站",
   situation="随州一家环卫公司的洒水车在作业时取力器发出异响，有时挂不上，水泵不工作。修理厂服务顾问接车后，请汽修班学员向驾驶员了解故障现象，查阅维修手册，检查取力器操纵气路和拨叉，拆检取力器齿轮，更换磨损件并试车，填写维修记录。",
   qs=[("问题1 取力器挂不上时先查哪里？", ["先查气压是否足够、电磁阀是否动作、气管有无漏气，再查拨叉和齿轮。", "先查气路和电磁阀。", "再查拨叉。"]),
       ("问题2 取力器异响可能是什么原因？", ["齿轮磨损或断齿、轴承损坏、齿侧间隙过大。", "齿轮或轴承磨损。", "间隙过大。"])],
   hw=[("1. 为什么要在停车、离合器踩下时结合取力器？", ["行驶中或不踩离合结合，齿轮转速不同步，会打齿损坏。", "防止打齿。", "转速要同步。"]),
       ("2. 取力器装复后要检查哪些项目？", ["油位、结合和分离是否灵活、有无漏油和异响，水泵出水是否正常。", "油位和漏油。", "结合分离灵活。"])],
   outputs=[("取力器拆检记录", "从动齿轮两齿磨损。"), ("维修作业记录", "更换齿轮和轴承。"), ("竣工检验记录", "试车二十分钟无异响。")]),
 "ginkgo": dict(major="中药", code="1301", course="中药饮片加工与质量检查", task="银杏叶饮片净制切制与干燥质量检查",
   hours=14, station="中药炮制一体化学习工作站",
   situation="随州洛阳镇的银杏叶秋季采收后，一家饮片厂接到一批银杏叶饮片的订单。质量部请中药班学员按炮制规范完成拣选、去杂、切丝和低温干燥，抽样检查水分、杂质和性状，鉴别混入的伪品，并填写生产和检验记录。",
   qs=[("问题1 银杏叶为什么要低温干燥？", ["温度过高会使叶色变褐，有效成分损失，一般不超过六十度。", "温度高颜色变褐。", "不超过六十度。"]),
       ("问题2 净制时要拣去哪些杂质？", ["枯叶、霉叶、叶柄过长的部分和混入的泥沙、枝梗。", "霉叶和枝梗。", "泥沙和枯叶。"])],
   hw=[("1. 银杏叶饮片的性状有什么特点？", ["多为丝状，黄绿色，叶脉呈二叉状平行，气微，味微苦。", "黄绿色丝状。", "叶脉二叉状。"]),
       ("2. 水分检查为什么要用烘干法？", ["银杏叶不含挥发油，烘干法简便准确，规定水分不超过十二。", "简便准确。", "不超过十二。"])],
   outputs=[("净制切制生产记录", "拣去霉叶一点二千克。"), ("干燥记录", "五十五度烘四小时。"), ("饮片检验报告", "水分九点八，合格。")]),
 "rod": dict(major="数控加工(数控车工)", code="0106", course="液压件轴类零件数控车削", task="专用车液压支腿油缸活塞杆数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="随州一家专用汽车厂的随车吊液压支腿油缸需要一批活塞杆备件。车间主任请数控班学员读懂零件图，编写加工工艺和数控程序，在数控车床上完成外圆、螺纹和密封槽的车削，控制尺寸和表面粗糙度，并按检验卡自检。",
   qs=[("问题1 活塞杆为什么对外圆的表面粗糙度要求高？", ["活塞杆在密封圈里来回运动，表面粗糙会磨坏密封圈，造成漏油。", "防止磨坏密封圈。", "粗糙会漏油。"]),
       ("问题2 车削细长的活塞杆时怎样防止变形？", ["用一夹一顶装夹，必要时加跟刀架，减小切削深度。", "一夹一顶。", "加跟刀架。"])],
   hw=[("1. 密封槽的尺寸怎样检测？", ["槽宽用塞规或卡尺，槽底直径用专用卡规或千分尺测量。", "卡尺量槽宽。", "千分尺量槽底。"]),
       ("2. 换刀后为什么要重新对刀？", ["新刀刀尖位置和原来不同，不对刀加工尺寸会出错。", "刀尖位置不同。", "防止尺寸出错。"])],
   outputs=[("首件自检记录", "外圆直径四十九点九八。"), ("换刀记录", "精车刀第二次换刀。"), ("加工工艺卡", "粗车、精车、车槽、车螺纹。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="上海市崇明区瀛洲技工学校", pack="dir", region="cm", course="cake", cls="烹饪2402班", size=36, seed=11,
         sidp="24310501", students=["施雨晴", "龚凯旋", "倪书涵"], items={12: ["施雨晴", "龚凯旋"]},
         extra_class=["茅晓琳"], bad={"茅晓琳": "over"}, others_named=["蔡建国"],
         teachers=["沈国良", "陆秀娟"], form_label="学生人数", form_value="36（男20，女16）", form_n=36,
         f8="a_head", f10="session", f11="dish_typed", f12="catkin_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "茅晓琳")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos with poplar fluff on the pages) holds the homework of only TWO students, 施雨晴 and 龚凯旋 "
                 "(倪书涵's is missing; items 8 and 11 hold the three): students.count on 12; students.mismatch optional. "
                 "Item 10 (TYPED) has a 场次 column (上午/下午, 18 each); 茅晓琳 has 24 under `米粉调制(20)` (总分 the sum of "
                 "her four parts): records.invalid_score. The head chef 蔡建国 signs every dish record as 复核 (not a student). "
                 "Form `36（男20，女16）` = 36 rows. No roster"),
    dict(school="上海市崇明区瀛洲技工学校", pack="dir", region="cm", course="fall", cls="照护2401班", size=40, seed=12,
         sidp="24310529", students=["袁梦洁", "季逸飞", "顾婉婷"], others_named=["黄凤英", "龚建华", "秦保国"],
         teachers=["施美华", "朱惠平"], headteacher="陈玉芳", roster="by_town",
         form_label="授课对象", form_value="照护2401班全体学生（40人）", form_n=40,
         f8="b_line_case", f10="weighted", f11="visit", f12="calendar", findings=[],
         comment="clean. The roster is grouped by the students' home towns (城桥镇, 堡镇, 新河镇, 陈家镇, 庙镇, 港沿镇; a grey "
                 "head row per town with its count), 40 = form `照护2401班全体学生（40人）` = 40 rows of item 10. Item 10 (TYPED) is "
                 "WEIGHTED: 过程考核 and 结果考核 both raw out of 100, 总评 = 过程×40% + 结果×60% with one decimal, explained "
                 "under the table (legal; 总评 is not the sum). The elder 黄凤英, her son 龚建华 and the village doctor 秦保国 "
                 "are named on the worksheets and visit records (not students). Item 12: homework written on the back of "
                 "tear-off calendar sheets (the printed date line first)"),
    dict(school="武夷山市九曲溪技工学校", pack="gbkzip", region="wy", course="tea", cls="电商2402班", size=38, seed=21,
         sidp="24060302", students=["詹梦瑶", "游少华", "邱子健"], outsiders={"邱子健": "电商2401班"}, out_sidp="24060301",
         extra_class=["祝佳慧"], bad={"祝佳慧": "sum"}, others_named=["詹金水"],
         teachers=["林建民", "叶秀兰"], form_label="班级人数", form_value="38", form_n=38,
         f8="c_live", f10="group_scan", f11="dispatch", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "邱子健"), ("records.invalid_score", 10, False, "祝佳慧")],
         comment="邱子健 of the parallel class 电商2401班 (his class and 学号 `2406030127` on his worksheet, typed dispatch notes "
                 "and photographed homework) is the third student of 8/11/12; item 10 (38 rows = form `38`) has no record of "
                 "him: students.not_in_class. Item 10 (scanned 200 dpi gray): 祝佳慧's 总分 is 6 above the sum of her parts: "
                 "records.invalid_score. Item 8 (scanned 200 dpi gray, dried rice grains on the sheets): a head table `直播间 | "
                 "岗位 | 姓名 | 学号`, the tea farmer 詹金水 as 嘉宾 (not a student). Item 11: dispatch notes with masked "
                 "recipients (陈**, 王*华 …; customers, not students). No roster"),
    dict(school="武夷山市九曲溪技工学校", pack="gbkzip", region="wy", course="wake", cls="酒店2401班", size=42, seed=22,
         sidp="24050401", students=["彭语桐", "江文静", "余明辉"], extra_class=["吴佩瑜"], absent_from_10=["吴佩瑜"],
         others_named=["黄炳南", "张瑞昌", "李月娥", "王春林", "林美玲"], teachers=["陈少芳", "徐志坚"], headteacher="刘丽清",
         roster="intern", form_label="授课班级/人数", form_value="酒店2401班/42人", form_n=42,
         f8="d_fax", f10="plain_remark", f11="wake", f12="hand_scan",
         findings=[("records.missing_student", 10, False, "吴佩瑜"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 顶岗实习部门分配名单 grouped by 前厅部/客房部/餐饮部, 42) and the form (`酒店2401班/42人`) hold "
                 "吴佩瑜; item 10 (TYPED) has 41 rows and none for her: records.missing_student and records.count_mismatch. "
                 "The tour leader 黄炳南 and the guests 张瑞昌, 李月娥, 王春林 stand in the typed wake-up call registers (item 11); "
                 "the hotel's HR contact 林美玲 on the roster; none is a student. Item 8: 1-bit scan"),
    dict(school="随州市擂鼓墩技工学校", pack="zip", region="sz", course="pto", cls="汽修2401班", size=40, seed=31,
         sidp="2024040301", students=["胡家伟", "程锦涛", "曾立新"], items={8: ["胡家伟", "程锦涛", "万俊宇"]},
         extra_class=["万俊宇", "汪海峰", "熊振宇"], absent_from_10=["汪海峰"], bad={"熊振宇": "over"},
         others_named=["周德胜"], teachers=["肖汉川", "何红梅"], form_label="人数", form_value="共40人", form_n=40,
         f8="e_box", f10="scan_colour", f11="repair", f12="catkin_photo2",
         findings=[("students.mismatch", 8, True), ("records.count_mismatch", 10, False),
                   ("records.invalid_score", 10, False, "熊振宇")],
         comment="item 8 (scanned 250 dpi gray, rice grains) holds the worksheets of 胡家伟, 程锦涛 and classmate 万俊宇 (with an "
                 "item-10 record) instead of 曾立新's (items 11 and 12 hold the three): students.mismatch. Item 10 (colour scan "
                 "250 dpi, 姓名 before 学号) lists 39; the form says `共40人`: records.count_mismatch (汪海峰 has no row; no roster). "
                 "熊振宇 has 46 under `拆装(40)` (总分 the sum): records.invalid_score. The driver 周德胜 (送修人) is named on "
                 "worksheets and repair records (not a student)"),
    dict(school="随州市擂鼓墩技工学校", pack="zip", region="sz", course="ginkgo", cls="中药2401班", size=41, seed=32,
         sidp="2024130101", students=["李沁园", "刘思怡", "黄楚航"], items={11: ["李沁园", "刘思怡"]},
         extra_class=["杨素馨"], bad={"杨素馨": "sum"}, others_named=["万淑珍"],
         teachers=["汪春华", "余德明"], form_label="人数", form_value="41名学生", form_n=41,
         f8="f_line", f10="count_conv", f11="batch", f12="hand_colour",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "杨素馨")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED production and test records) holds the works of only TWO students, 李沁园 and 刘思怡 (黄楚航's "
                 "are missing; items 8 and 12 hold the three): students.count on 11; students.mismatch optional. Item 10 "
                 "(TYPED) has a 饮片鉴别 pair `正确数(20题) | 得分(40)` (得分 = 正确数×2, explained; 正确数 is not added); "
                 "杨素馨's 总分 is 7 above 净制+切制+干燥+得分: records.invalid_score. The QA reviewer 万淑珍 (复核人) on the "
                 "records is not a student. Form `41名学生` = 41 rows. No roster"),
    dict(school="随州市擂鼓墩技工学校", pack="zip", region="sz", course="rod", cls="数控2402班", size=40, seed=33,
         sidp="2024010602", students=["张聿铭", "陈骁然", "吴建波"], others_named=["周汉卿"],
         teachers=["王守成", "李炳坤", "程志勇"], form_label="人数", form_value="40", form_n=40,
         f8="g_machine", f10="bonus_mono", f11="toolchange", f12="photo4", findings=[],
         comment="clean. Item 10 (scanned 250 dpi 1-bit) has `小计 | 奖励分 | 总分`: four students have a 奖励分 (3 or 5, "
                 "explained under the table: 市级技能竞赛获奖或承担车间生产任务), 总分 = 小计 + 奖励分 (legal). Form `40` = 40 "
                 "rows. The workshop master 周汉卿 stands on every worksheet (机床使用登记 head) and tool-change log as 确认人 "
                 "(not a student). Three teachers. No roster"),
]

PROVINCE = {1: "上海市崇明区", 2: "福建省南平市武夷山市", 3: "湖北省随州市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CNUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 崇明: "08_工作页_烹饪2402班.pdf"
        return "%02d_%s_%s.pdf" % (n, NAMES[n], s["cls"])
    if g == 2:   # 武夷山: "材料八　工作页.pdf" (a Chinese numeral, a full-width space)
        return "材料%s　%s.pdf" % (CNUM[n], NAMES[n])
    return "%d-%s.pdf" % (n, NAMES[n])   # 随州: "8-工作页.pdf"


def form_name(s, c):
    return {1: ("优质课堂申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("工学一体化优质课堂申报书_%s.pdf" % s["cls"], "pdf"),
            3: ("附件2：%s申报书.docx" % c["task"], "docx")}[grp(s)]


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



def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 3 + (s["seed"] * 7 + k * 5) % 25)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "17"
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


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"



# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 崇明: four columns, two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), (s["form_label"], s["form_value"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 武夷山: label | value rows
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"])]
        if s["form_label"] == "班级人数":
            rows += [("授课班级", s["cls"]), ("班级人数", s["form_value"])]
        else:
            rows += [(s["form_label"], s["form_value"])]
        rows += [("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 随州: 授课班级 and 人数 side by side in one row
        info = tbl([["专业名称及代码", ("%s（%s）" % (c["major"], c["code"]), ' align="left" colspan="3"')],
                    ["课程名称", (c["course"], ' align="left" colspan="3"')], ["学习任务", (c["task"], ' align="left" colspan="3"')],
                    ["授课班级", s["cls"], s["form_label"], s["form_value"]],
                    ["学时", "%d学时" % c["hours"], "授课场所", c["station"]]], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生领取任务后分组查找资料、拟订工作计划，教师审核后小组确定方案并实施，教师全程巡视指导、把控质量和安全，最后各组汇报成果，进行自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务取自{prov}合作企业的真实工作，学生在真实情境中完成工作，专业能力和职业素养都有提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=4 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程为{major}专业一体化课程，按国家工学一体化课程标准，结合{prov}企业岗位需求转化而成。\n二、学习任务安排\n本学期开设“{task}”，{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析——{task}\n一、任务来源与描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}教学活动策划\n活动一　接受任务，收集信息\n活动二　制定计划，做出决策\n活动三　实施任务，过程控制\n活动四　检查验收，评价反馈",
    4: "{school}\n{course}教学进度计划（{hours}学时）\n第一周　接受任务，收集信息\n第二周　制定计划并审核\n第三周　实施任务\n第四周　检查验收与评价总结",
    5: "{school}\n{task}教学活动方案\n第一学时　创设情境，布置任务\n第二至四学时　引导问题学习\n其余学时　分组实施、巡回指导、成果展示与评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业标准、微课、{station}设备和耗材清单。",
    7: "{school}\n{station}图文说明\n工作站设资讯区、计划区、实施区和评价展示区四个功能区。",
    9: "{school}\n{task}考核方案\n考核分过程考核与结果考核，成绩由任课教师记入学习任务考核记录。",
}



def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "27"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    on = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "a_head":   # a bordered head row 班级 | 学号 | 姓名 | 工位
            head = tbl([["班级", hand(cl, True), "学号", hand(sid, True), "姓名", hand(n, True), "工位", hand("%d号" % (3 + 4 * i), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "b_line_case":   # 班级/姓名/学号 on a line; a case box naming the elder, her son and the doctor
            head = '<p>班级：%s　　姓名：%s　　学号：%s</p>' % (hand(cl, True), hand(n), hand(sid[-2:], True))
            case = tbl([["走访对象", "%s（82岁，独居）" % on[0], "联系人", "%s（儿子）" % on[1]],
                        ["陪同医生", "%s（村卫生服务站）" % on[2], "走访日期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            body = title + head + case + sit + answers(c, rng, i) + comment
        elif f == "c_live":   # a live-room duty head: 直播间 | 岗位 | 姓名 | 学号; the tea farmer as guest
            head = tbl([["直播间", "%d号" % (1 + i), "岗位", hand(["主播", "场控", "客服"][i % 3], True), "姓名", hand(n, True)],
                        ["班级", hand(cl, True), "学号", hand(sid, True), "嘉宾", "茶农 %s" % on[0]]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "d_fax":   # 姓名/班级/学号 on underlined blanks; the tour leader named
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = (title + head + '<p>接待团队：闽北夕阳红旅游团（40人）　　领队：%s</p>' % on[0] + sit + answers(c, rng, i) + comment)
        elif f == "e_box":   # a two-row box 姓名/学号, 班级/日期; the driver as 送修人
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True)], ["班级", hand(cl, True), "日期", hand(day(s, i)[5:], True)]],
                       width="70%", pad="4px 4px")
            car = '<p>送修车辆：鄂S·%d洒水车　　送修人（驾驶员）：%s　　故障描述：取力器异响，时有挂不上</p>' % (51730 + 7 * i, on[0])
            body = title + head + car + sit + answers(c, rng, i) + comment
        elif f == "f_line":   # plain 班级＿ 学号＿ 姓名＿ line
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "g_machine":   # a machine-use log as the head: 使用人, and the workshop master
            head = tbl([[("<b>数控车床使用登记</b>", ' colspan="6"')],
                        ["机床编号", "CK6150-%02d" % (5 + i), "使用人", hand(n, True), "班级", hand(cl, True)],
                        ["学号", hand(sid, True), "开机时间", hand("%d:%02d" % (8 + i, 5 + 10 * i), True), "车间师傅", hand(on[0], True, BLACK)]],
                       width="100%", pad="3px 4px")
            body = head + title + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"a_head": "x-scanpdf:200", "b_line_case": "x-scanpdf:250:color", "c_live": "x-scanpdf:200:ricegrain",
            "d_fax": "x-scanpdf:200:mono", "e_box": "x-scanpdf:250:ricegrain", "f_line": "x-scanpdf:200",
            "g_machine": "x-scanpdf:250:ricegrain"}[f]
    font = {"c_live": "Noto Sans CJK SC", "g_machine": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "session":   # a 场次 column: the morning and the afternoon practical
        parts = [("米粉调制", 20), ("拌料装笼", 30), ("蒸制火候", 30), ("切块出品", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "场次", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        half = len(rec) // 2
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 24
            out.append(trow([str(k + 1), "上午" if k < half else "下午", sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务实操考核成绩表") + "<p>实操分两场进行：上午场%d人，下午场%d人。</p>" % (half, len(rec) - half)
                + table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted":   # raw process and result marks out of 100, a weighted 总评
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程考核<br/>（百分制）", "结果考核<br/>（百分制）", "总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            p, r = rng.randint(66, 97), rng.randint(62, 98)
            tot = round(0.4 * p + 0.6 * r, 1)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(p), str(r), "%.1f" % tot, grade(tot)], pad))
        body = (head10(s, c, "学习任务考核总评表") + table(out) +
                "<p>说明：过程考核、结果考核均按百分制评分，总评＝过程考核×40%＋结果考核×60%，保留一位小数；90分以上优秀，80—89良好，60—79合格。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "group_scan":   # 组别 column, scanned
        parts = [("脚本策划", 25), ("直播执行", 35), ("订单处理", 25), ("售后服务", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n, "第%d组" % (k // 7 + 1)] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9.5pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200"
    if f == "plain_remark":   # a plain Word table with a 备注 column
        parts = [("前厅接待", 30), ("团队入住", 30), ("叫醒服务", 20), ("结账离店", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            note = {0: "班长", 6: "学习委员", 19: "团支书"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), note], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "scan_colour":   # 姓名 before 学号, colour scan
        parts = [("问诊", 10), ("故障诊断", 30), ("拆装", 40), ("试车", 10), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 46
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250:color"
    if f == "count_conv":   # a count of right answers beside its converted score
        out = [('<tr>%s%s%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                              td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>净制(20)</b>", ' align="center" rowspan="2"', pad),
                                              td("<b>切制(20)</b>", ' align="center" rowspan="2"', pad), td("<b>干燥(20)</b>", ' align="center" rowspan="2"', pad),
                                              td("<b>饮片鉴别</b>", ' align="center" colspan="2"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad))),
               trow(["<b>正确数(20题)</b>", "<b>得分(40)</b>"], pad)]
        for k, n in enumerate(rec):
            v = [rng.randint(13, 19), rng.randint(12, 19), rng.randint(13, 20)]
            right = rng.randint(12, 20)
            tot = sum(v) + 2 * right + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(right), str(2 * right), str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：饮片鉴别共20题，每题2分，得分＝正确数×2；总分＝净制＋切制＋干燥＋鉴别得分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "bonus_mono":   # 小计, 奖励分, 总分, 1-bit scan
        parts = [("工艺", 20), ("编程", 20), ("加工", 40), ("检测", 10), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["小计", "奖励分", "总分"]], pad)]
        bonus = {3: 5, 11: 3, 24: 3, 33: 5}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            b = bonus.get(k, 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：奖励分为参加市级技能竞赛获奖（5分）或承担车间生产任务（3分）的加分，总分＝小计＋奖励分，最高100分。</p>" + sign)
        return "10.html", html(body, "10pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250:mono"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

MASKED = ["陈**", "王*华", "林**", "刘*", "黄*英", "张**", "吴*", "李*明", "郑**"]
CITIES = ["福州市鼓楼区", "厦门市思明区", "上海市浦东新区", "杭州市西湖区", "广州市天河区", "南昌市东湖区"]


def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    on = s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "dish_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", "%s（%s）" % (n, cl), "日期", day(s, 30 + i)],
                                                          ["笼次", "用料", "火候", "出品数"], ["第%d笼" % (1 + j), "米粉%.1f千克" % (2.5 + 0.5 * i), "大火%d分钟" % (24 + j), str(36 + 2 * j)]],
                                                         width="90%") + "<p>%s</p><p>复核：%s（厨师长）</p>" % (desc, on[0]))
            elif f == "visit":   # a home-visit record
                parts.append('<h3 style="text-align:center">家庭走访记录（%s）</h3>' % title +
                             tbl([["走访人", "%s（%s，学号%s）" % (n, cl, sid), "走访日期", day(s, 30 + i + j)],
                                  ["老人姓名", on[0], "年龄", "82岁"], ["家属", "%s（儿子）" % on[1], "陪同医生", on[2]],
                                  ["检查部位", "发现的问题", "建议", "老人意见"],
                                  ["卫生间", "地面湿滑，无扶手", "加装扶手、防滑垫", "同意"], ["卧室", "夜间无照明", "加装感应夜灯", "同意"]], width="94%") +
                             "<p>小结：%s</p>" % desc)
            elif f == "dispatch":   # dispatch notes: masked recipients, the student as 打单员
                rows = [["订单号", "收件人", "收货地址", "商品", "数量"]]
                for k in range(4):
                    m = MASKED[(i * 3 + j + k) % len(MASKED)]
                    rows.append(["DY24%05d" % (51200 + 37 * i + 11 * j + k), m, CITIES[(i + j + k) % len(CITIES)] + "***", "大红袍春茶 250g", str(1 + (k + j) % 3)])
                parts.append('<h3>%s</h3>' % title + tbl(rows, width="96%") +
                             "<p>%s</p><p>打单员：%s（%s）　　审核：%s　　%s</p>" % (desc, n, cl, t[j % 2], day(s, 30 + i)))
            elif f == "wake":   # wake-up call registers: guests and the tour leader
                guests = [on[0], on[1], on[2], on[3]]
                rows = [["房号", "客人姓名", "叫醒时间", "方式", "执行情况", "经办人"]]
                for k, g in enumerate(guests):
                    rows.append(["%d%02d" % (3 + j, 6 + 2 * k + i), g + ("（领队）" if k == 0 else ""), "05:%02d" % (40 if k else 30), ["电话", "电话", "人工", "电话"][k],
                                 "已应答" if k != 2 else "未应答，服务员敲门", n])
                parts.append('<h3 style="text-align:center">%s</h3><p>团队：闽北夕阳红旅游团　　日期：%s　　班级：%s</p>' % (title, day(s, 30 + i), cl) +
                             tbl(rows, width="96%") + "<p>%s</p>" % desc)
            elif f == "repair":
                parts.append('<h3>%s</h3>' % title + tbl([["维修技师", "%s（%s）" % (n, cl), "送修人", on[0]],
                                                          ["车牌", "鄂S·%d" % (51730 + 7 * i), "日期", day(s, 30 + i)],
                                                          ["项目", "结果"], ["取力器齿轮", desc], ["气路", "无漏气"]], width="90%") +
                             "<p>检验：%s</p>" % t[j % 2])
            elif f == "batch":
                parts.append('<h3>%s</h3>' % title + tbl([["操作人", "%s（%s）" % (n, cl), "复核人", "%s（质量部）" % on[0]],
                                                          ["批号", "YX2410%02d" % (11 + 3 * i + j), "日期", day(s, 30 + i)],
                                                          ["项目", "要求", "结果", "结论"], ["水分", "≤12.0%", "%.1f%%" % (9.6 + 0.2 * j), "合格"],
                                                          ["杂质", "≤2%", "%.1f%%" % (0.8 + 0.1 * i), "合格"]], width="90%") + "<p>%s</p>" % desc)
            elif f == "toolchange":   # a tool-change log, the student as 换刀人, the master confirming
                rows = [["日期", "机床", "刀位", "刀具", "换刀原因", "换刀人", "确认"]]
                for k in range(3):
                    rows.append([day(s, 30 + i + k)[5:], "CK6150-%02d" % (5 + i), "T0%d" % (1 + k), ["外圆粗车刀", "外圆精车刀", "切槽刀"][k],
                                 ["刀尖磨损", "表面粗糙度超差", "刃口崩缺"][(k + j) % 3], n, on[0]])
                parts.append('<h3>%s</h3><p>班级：%s　　学号：%s</p>' % (title, cl, sid) + tbl(rows, width="96%") + "<p>%s</p>" % desc)
            else:
                raise SystemExit(f)
    font = {"dispatch": "Noto Sans CJK SC", "wake": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "11.html", html(PB.join(parts), font=font), "pdf"


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
        if f in ("catkin_photo", "plain_photo", "photo4"):
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "calendar":   # written on the back of a tear-off calendar sheet: the printed date line first
            head = ["2024年11月%d日　星期%s　农历十月%s" % (14 + i, "四五六"[i % 3], ["十四", "十五", "十六"][i % 3]), "",
                    "> 课后作业　%s　%s　%s号" % (cl, n, sid[-2:])]
        elif f == "catkin_photo2":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　学号%s" % (cl, n, sid)]
        elif f == "hand_scan":
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f == "hand_colour":
            head = ["%s　课后练习" % c["course"], "班级 %s　姓名 %s　学号 %s" % (cl, n, sid[-2:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"catkin_photo": "x-photo:200:1:catkins", "calendar": "x-photo:200:2", "plain_photo": "x-photo:200:3",
            "hand_scan": "x-scan:250:4", "catkin_photo2": "x-photo:200:2:catkins", "hand_colour": "x-scan:200:3:color",
            "photo4": "x-photo:200:4"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

TOWNS = [("城桥镇", 9), ("堡镇", 7), ("新河镇", 6), ("陈家镇", 7), ("庙镇", 5), ("港沿镇", 6)]
DEPTS = [("前厅部", "总台接待员"), ("客房部", "客房服务员"), ("餐饮部", "餐厅服务员")]
MALE_G = set("思远 子轩 一鸣 宇航 天宇 嘉豪 明轩 俊杰 奕辰 文博 振宇 浩然 子健 逸飞 晨阳 志远 家豪 宇轩 博文 凯文 俊豪 鹏飞 泽宇 乐天 伟杰 锦涛 宏伟 晓东 凯旋 少华 立新 建波 海峰 宇杰 梓豪 俊宇 明辉 鸿飞 浩宇 家伟 杰 磊 鑫 斌 超 家乐".split())


def sex(n):
    return "男" if n[1:] in MALE_G else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "by_town":   # grouped by home town, a grey head row per town with its count
        assert sum(x for _, x in TOWNS) == len(k)
        hd = ["序号", "学号", "姓名", "性别", "家庭住址（村/居）", "联系电话"]
        out = ["<tr>%s</tr>" % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in hd)]
        j = 0
        for town, cnt in TOWNS:
            out.append('<tr><td colspan="6" style="border:0.75pt solid #000;padding:1px 6px;background:#e4e4e4"><b>%s</b>（%d人）</td></tr>' % (town, cnt))
            for m in range(cnt):
                n = k[j]
                out.append(trow([str(j + 1), sid_of(s, n), n, sex(n), "%s%s村%d组" % (town, rr.choice(["向阳", "永兴", "新建", "仙桥", "合东", "东风"]), rr.randint(1, 12)),
                                 "1%d%d****%04d" % (rr.choice([3, 5, 8]), rr.randint(0, 9), rr.randint(0, 9999))], "1px 4px"))
                j += 1
        body = ('<h2 style="text-align:center">%s%s学生名单（按乡镇）</h2>' % (s["school"], s["cls"]) + table(out, "100%") +
                "<p>班主任：%s　　　　全班合计：%d人　　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（按乡镇）.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "intern":   # an internship placement list grouped by hotel department
        sizes = [12, 14, 16]
        assert sum(sizes) == len(k)
        hd = ["序号", "学号", "姓名", "性别", "实习部门", "岗位"]
        out = ["<tr>%s</tr>" % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in hd)]
        j = 0
        for (dept, post), cnt in zip(DEPTS, sizes):
            for m in range(cnt):
                n = k[j]
                cells = [td(str(j + 1), ' align="center"', "1px 4px"), td(sid_of(s, n), ' align="center"', "1px 4px"),
                         td(n, ' align="center"', "1px 4px"), td(sex(n), ' align="center"', "1px 4px")]
                if m == 0:
                    cells.append(td("%s<br/>（%d人）" % (dept, cnt), ' align="center" valign="middle" rowspan="%d"' % cnt, "1px 4px"))
                cells.append(td(post, ' align="center"', "1px 4px"))
                out.append("<tr>%s</tr>" % "".join(cells))
                j += 1
        body = ('<h2 style="text-align:center">%s顶岗实习部门分配名单</h2><p style="text-align:center">%s　　实习单位：武夷山某度假酒店'
                '　　酒店人力资源部联系人：%s</p>' % (s["cls"], s["school"], s["others_named"][4]) + table(out, "92%") +
                "<p>班主任：%s　　共%d人（前厅部12人，客房部14人，餐饮部16人）</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s顶岗实习分配名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Eighty-first held-out people corpus (testdata/heldout81), the format of testdata/heldout28/truth.json "
                        "(plus outsider_numbers). Findings of the students.*/records.* rules a correct tool must report; "
                        "'optional' ones may be reported or not. any_item: any item matches; student: the message must name "
                        "that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad:
        raise SystemExit("stand in an earlier corpus: %s" % " ".join(bad))
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"], s["school"], s["school"][-8:-4]):
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
        rng = random.Random(s["seed"] * 7919 + 81)
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
            "class_size_on_form": s["form_n"], "form_count_text": "%s | %s" % (s["form_label"], s["form_value"]),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("roster") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {"absent_from_10": s["absent_from_10"]} if s.get("absent_from_10") else {},
            "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
