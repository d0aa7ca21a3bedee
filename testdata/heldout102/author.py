#!/usr/bin/env python3
"""Write the sources of the hundred-and-second held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 英德
(Guangdong, 清远), 桂平 (Guangxi, 贵港) and 建瓯 (Fujian, 南平).

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
# the truth files read for names, tasks and courses to avoid (heldout101 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 101)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 英德 (粤北, Cantonese and Hakka families: 陈 李 黄 张 刘 罗 邓 朱 梁 何
# 冯 赖 温 曾 谢 廖 …), 桂平 (黄 李 陈 梁 and the Zhuang 韦 覃 莫 蒙 甘 陆 谭 …), 建瓯 (闽北: 陈 林 黄 张 吴 叶 詹 魏 范 江 郑 …)
SURNAMES = {
    "yd": list("陈陈陈陈李李李李黄黄黄张张刘刘罗罗邓邓朱梁梁何冯赖温曾谢廖"),
    "gp": list("黄黄黄黄李李李陈陈陈梁梁韦韦韦覃覃莫莫甘陆罗蒙刘杨谭"),
    "jo": list("陈陈陈陈林林林黄黄张张吴吴刘叶叶杨郑詹魏范江徐"),
}
# given names: a new list, the everyday names of southern students born around 2008
GIVEN2 = ("嘉欣 思彤 子聪 颖琪 晓棠 梓轩 家俊 雅雯 宇恒 浩然 晓琳 凯琳 子航 欣怡 柏霖 雨涵 俊宇 晨曦 佳琪 子涵 "
          "一帆 志伟 诗敏 嘉乐 宇杰 浩宇 思琪 雨婷 佳慧 俊豪 泳琳 卓霖 锦鹏 楚瑶 倩盈 汇洋 伟鸿 炜杰 梓晴 颖欣 "
          "晓欣 铭浩 家宝 绮雯 嘉琪 文浩 冠霖 俊霖 芷欣 乐瑶 婉琳 宝仪 振宇 泽铭 永鑫 国梁 志朗 伟杰 秋怡 慧琳 "
          "翠婷 海燕 丽华 春梅 秋萍 桂香 明辉 荣坤 健锋 晓峰 建辉 耀文 楚君 惠敏 美仪 丽芳 雪婷 晓彤 海军 家宁 "
          "灿林 成杰 勇强 金凤 梦婷 小燕 玉婷 智斌 锦涛 昌华 秋霞 水生 永辉 泽宇 镇涛 嘉豪 俊熙 润泽 宏杰 梓豪 "
          "恩泽 奕霖 沛琳 洁莹 宛琪 晓雪 雅琴 凤仪 培鑫 振航 德华 锐锋 逸轩 晋宇 俊辉 雅琪 淑婷 钰莹 静雯 丹丹").split()
GIVEN1 = list("峰敏杰婷琳勇华强")


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
 "tea": dict(major="饭店(酒店)服务", code="0504", course="茶艺与茶事服务", task="英红九号红茶茶席布置与宾客品茗接待",
   hours=16, station="茶艺服务一体化学习工作站",
   situation="英德是红茶产地，城区一家茶庄新开了品茗室，周末常有外地游客和商务宾客来品英红九号。茶庄店主请酒店班学员为品茗室设计两套茶席，按宾客人数准备茶具，用盖碗和瓷壶冲泡红茶，讲解英德红茶的历史和品饮方法，并完成接待、续水、送客和茶具清洗的全部服务。",
   qs=[("问题1 冲泡英红九号为什么水温要在九十度左右？", ["水温太高茶汤容易发涩，太低香气出不来，九十度左右汤色红亮、滋味甜醇。", "太高发涩，太低不香。", "九十度汤色红亮。"]),
       ("问题2 给宾客奉茶时要注意什么？", ["双手奉茶，茶杯放在宾客右手边，杯耳朝右，并说“请用茶”，先宾后主、先长后幼。", "双手奉茶，先宾后主。", "杯耳朝右，说请用茶。"])],
   hw=[("1. 茶席由哪几部分组成？", ["茶品、茶具组合、铺垫、插花、背景和音乐，各部分要围绕同一个主题。", "茶品、茶具、铺垫、插花。", "围绕一个主题。"]),
       ("2. 宾客说茶太浓怎么办？", ["向宾客致歉，换一杯出汤快一些的茶汤，或加少量热水调淡，并记住宾客的口味。", "致歉后调淡。", "记住宾客口味。"])],
   outputs=[("茶席设计方案", "主题为“英石茶韵”，用英石作摆件。"), ("品茗接待服务流程卡", "迎宾、入座、冲泡、奉茶、续水、送客六步。")]),
 "plc": dict(major="机电一体化技术", code="0127", course="可编程控制系统装调", task="石材切割机送料与切割PLC控制系统安装调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="英德的一家石材加工厂有一台老式石材切割机，送料靠工人手推，切割速度不稳，常常崩边。厂里请机电班学员把送料和切割改为PLC控制：画出电气原理图和I/O分配表，安装接线，编写送料、切割、退刀的程序，调试限位和急停，最后在企业师傅的指导下试切一批石板。",
   qs=[("问题1 为什么急停按钮要用常闭触点接入？", ["常闭触点断线时也会让设备停下来，等于多了一层保护，比常开触点更安全。", "断线也能停机，更安全。", "多一层保护。"]),
       ("问题2 I/O分配表有什么用？", ["把每个按钮、限位开关和接触器对应到PLC的输入输出点，接线和编程都按它来，不会接错。", "对应输入输出点。", "接线编程按它来。"])],
   hw=[("1. 送料限位开关失灵会有什么后果？", ["送料电机不停，石板会被推出工作台，可能砸伤人或损坏设备，所以要加软件限位。", "石板被推出台面。", "要加软件限位。"]),
       ("2. 怎样用监控功能查找程序错误？", ["在线监控梯形图，看触点和线圈的通断状态，逐步对照动作顺序找出不对的地方。", "在线看触点通断。", "对照动作顺序。"])],
   outputs=[("电气原理图与I/O分配表", "输入十二点，输出八点。"), ("PLC调试记录", "试切石板二十块，崩边两块。")]),
 "care": dict(major="健康与社会照护", code="0529", course="失能老人进食照护", task="养老院失能老人进食协助与噎食预防照护",
   hours=16, station="老年照护一体化学习工作站",
   situation="桂平市一家公办养老院里住着三十多位失能、半失能老人，护理部发现有几位老人吃饭时容易呛咳。护理部主任请照护班学员评估老人的吞咽情况，按评估结果准备软食和糊状食物，协助老人采取合适的进食体位，喂食并观察，学会海姆立克急救法，最后填写进食照护记录。",
   qs=[("问题1 协助卧床老人进食时体位怎样摆？", ["床头摇高三十度以上，头稍前倾，偏瘫老人向健侧侧卧，食物从健侧送入。", "床头摇高，头稍前倾。", "从健侧送入。"]),
       ("问题2 老人发生噎食时第一步做什么？", ["立即停止喂食，判断老人能不能咳嗽、说话，不能的话马上用海姆立克法并呼叫医护人员。", "停止喂食，判断能否咳嗽。", "用海姆立克法，呼叫医护。"])],
   hw=[("1. 为什么要给吞咽困难的老人准备糊状食物？", ["糊状食物不容易散开，在口腔里好控制，不会像稀水那样直接呛进气管。", "不容易呛进气管。", "在口腔里好控制。"]),
       ("2. 进食照护记录要写什么？", ["进食时间、食物种类和量、体位、有无呛咳、老人的反应和照护员签名。", "进食量和有无呛咳。", "照护员签名。"])],
   outputs=[("吞咽评估与进食照护计划", "洼田饮水试验二级。"), ("进食照护记录单", "午餐进食约八成，无呛咳。")]),
 "battery": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车动力电池检修", task="电动网约车动力电池绝缘故障检测与模组更换",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="桂平一位网约车司机的纯电动汽车仪表报“动力电池绝缘故障”，车辆无法上高压电。维修站技术主管请新能源班学员做好高压安全防护，读取故障码和绝缘电阻数据，断开维修开关后逐段测量绝缘，找出进水的电池模组，按规范更换模组并做气密性检测，最后交车并填写检测报告。",
   qs=[("问题1 断开维修开关后为什么要等五分钟以上？", ["高压系统的电容里还存着电，要等它放电到安全电压以下再测量，防止触电。", "电容还存着电。", "等放电后再测。"]),
       ("问题2 绝缘电阻的测量值怎样判断是否合格？", ["按每伏不低于五百欧计算，三百五十伏的系统绝缘电阻要大于零点一七五兆欧。", "每伏不低于五百欧。", "大于零点一七五兆欧。"])],
   hw=[("1. 高压作业要穿戴哪些防护用品？", ["绝缘手套、绝缘鞋、护目镜和阻燃工作服，绝缘手套用前要做气密检查。", "绝缘手套和绝缘鞋。", "手套用前做气密检查。"]),
       ("2. 更换模组后为什么要做气密性检测？", ["电池包进水就是因为密封不好，装好后充气保压，压降合格才能装车。", "防止再次进水。", "保压合格才装车。"])],
   outputs=[("动力电池绝缘故障检测报告", "第三模组绝缘电阻零点零八兆欧。"), ("电池包气密性检测记录", "保压五分钟压降十二帕，合格。")]),
 "lan": dict(major="计算机网络应用", code="0301", course="局域网组建与维护", task="乡镇卫生院门诊楼局域网布线与交换机配置",
   hours=16, station="网络综合布线一体化学习工作站",
   situation="桂平市一个乡镇卫生院的门诊楼要接入医保结算系统，原来的网线是各科室自己拉的，经常掉线。卫生院信息科请网络班学员勘察门诊楼，画出信息点分布图，完成水平布线和配线架打线，配置接入交换机的VLAN，把挂号、收费和诊室分到不同网段，测试后交付使用。",
   qs=[("问题1 为什么要把收费和诊室分到不同的VLAN？", ["收费电脑连着医保系统，单独一个网段可以减少广播和病毒传播，也方便限制访问。", "减少广播，保证安全。", "方便限制访问。"]),
       ("问题2 打线时为什么要统一用T568B线序？", ["两头线序一致网线才能通，整栋楼统一一种线序，以后维护不会弄错。", "两头一致才能通。", "以后维护不弄错。"])],
   hw=[("1. 网线测试仪显示3号线不通，可能是什么原因？", ["水晶头没压紧，或者打线时3号线没有卡到底，重新压接后再测。", "水晶头没压紧。", "重新压接再测。"]),
       ("2. 信息点编号怎样编？", ["按楼层、房间、序号编，例如1F-103-02，标签贴在面板和配线架两端。", "楼层加房间加序号。", "两端都贴标签。"])],
   outputs=[("门诊楼信息点分布图", "共四十六个信息点。"), ("接入交换机配置单", "VLAN10挂号，VLAN20收费，VLAN30诊室。")]),
 "zhuili": dict(major="电子商务", code="0603", course="山区特产网店运营", task="建瓯锥栗网店详情页设计与售后客服",
   hours=16, station="电商运营一体化学习工作站",
   situation="建瓯是锥栗之乡，一家锥栗合作社去年开了网店，但详情页只有几张照片，咨询的人多、下单的人少，差评多是说栗子有坏果。合作社负责人请电商班学员拍摄商品图，重做详情页，编写客服话术，制定坏果赔付的售后规则，并在秋季上新时值守客服。",
   qs=[("问题1 锥栗详情页的首屏要放什么？", ["放最能打动人的卖点：个大、粉糯、当季新采，再加上价格和包邮信息。", "个大粉糯、当季新采。", "价格和包邮。"]),
       ("问题2 为什么要事先定好坏果赔付规则？", ["客服按规则回复，答复一致，顾客觉得公平，也能减少差评和纠纷。", "答复一致，减少差评。", "顾客觉得公平。"])],
   hw=[("1. 顾客问“栗子甜不甜”，怎样回答？", ["如实说明锥栗的口感是粉糯带甜，不夸大，可以附上买家秀和煮制方法。", "如实说粉糯带甜。", "附上煮制方法。"]),
       ("2. 拍摄商品图要注意什么？", ["用自然光或柔光，背景简洁，拍出栗子的颜色和剖面，不用滤镜改色。", "柔光，背景简洁。", "不用滤镜改色。"])],
   outputs=[("锥栗详情页文案", "首屏：一颗栗子，一季山风。"), ("客服话术与售后规则", "坏果超过五颗按颗赔付。")]),
 "bamboo": dict(major="数控加工(数控车工)", code="0106", course="细长轴类零件数控车削", task="竹材加工机械刀轴数控车削与检验",
   hours=18, station="数控车削一体化学习工作站",
   situation="建瓯的一家竹木加工厂有一台竹片刨光机的刀轴断了，原厂早已停产。厂里技术员送来断轴和一张旧图纸，请学校数控车间加工四根。车间主任请数控班学员核对图纸、制定加工工艺、编写程序，完成外圆、台阶、退刀槽和螺纹的车削，并做首件和成品检验。",
   qs=[("问题1 细长的刀轴为什么要用一夹一顶装夹？", ["刀轴长径比大，只用卡盘夹会让工件让刀、振动，尾座顶尖顶住能提高刚性。", "提高刚性，防止振动。", "顶尖顶住防让刀。"]),
       ("问题2 车螺纹前为什么先车退刀槽？", ["螺纹车到尾部要退刀，有退刀槽车刀才有地方退出，螺纹尾部也完整。", "车刀有地方退出。", "螺纹尾部完整。"])],
   hw=[("1. 外圆尺寸车大了零点零三怎么办？", ["测量后修改刀补，把X向磨损值减去零点零三，再精车一刀。", "修改刀补再精车。", "X向减零点零三。"]),
       ("2. 成品检验要检查哪些项目？", ["外圆、长度、螺纹、同轴度和表面粗糙度，每根都要记录。", "外圆、长度、螺纹。", "每根都要记录。"])],
   outputs=[("刀轴加工工艺卡", "粗车、半精车、精车、车螺纹四道工步。"), ("刀轴检验记录", "四根全部合格。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="英德市英石技工学校", pack="dir", region="yd", course="tea", cls="酒店2401班", size=36, seed=11,
         sidp="24180504", students=["陈泳琳", "赖思彤", "温子聪"], items={12: ["陈泳琳", "赖思彤"]},
         extra_class=["罗颖琪"], bad={"罗颖琪": "over"}, others_named=["钟炳坤"],
         teachers=["邓丽华", "朱文斌"], form_count="36人",
         f8="corner_box", f10="note_max", f11="teamenu_typed", f12="gecko_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "罗颖琪")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a gecko on the sheet) holds the homework of only TWO students, 陈泳琳 and 赖思彤 "
                 "(温子聪's missing; items 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 "
                 "(TYPED) is a register with the name column FIRST (姓名 | 学号 | parts | 总分 | 备注) and the maxima written "
                 "only in a note ABOVE the table (茶席布置20分，冲泡技能40分，服务礼仪25分，职业素养15分); 罗颖琪 has 28 under "
                 "服务礼仪 (max 25; 总分 the sum): records.invalid_score. Item 8 (scanned 250 gray): the student's name, 学号 "
                 "and class in a small box at the TOP RIGHT corner (学习者); the tea-house owner 钟炳坤 is named as the guest "
                 "(接待宾客), not a student. No roster"),
    dict(school="英德市英石技工学校", pack="dir", region="yd", course="plc", cls="机电2401班", size=40, seed=12,
         sidp="24180127", students=["黄沛琳", "曾铭浩", "廖雅雯"], others_named=["何灶生"],
         teachers=["谢卫平", "冯耀基", "梁志刚"], form_count="40人", roster="drowning", headteacher="李惠贞",
         f8="footbox", f10="bonus_grade", f11="debug_typed", f12="scan_gray",
         findings=[],
         comment="clean. The roster is the receipt list of the school's 防溺水 safety letter to parents (学生名单（《防溺水安全教育告家长书》"
                 "回执签收登记）: 序号 学号 姓名 性别 回执交回 交回日期); 40 = form `机电2401班，共40人` = item 10. Item 10 (TYPED) has a 小计 column, an "
                 "附加分 (bonus) column and 总分 = 小计 + 附加分 (explained in a note under the table; a bonus for five "
                 "students), and a 等级 column beside the total. Item 8 (scanned 250 gray, lychee peel on the glass): the "
                 "student's box (工位 | 姓名 | 学号 | 班级) at the BOTTOM of the sheet, the factory master 何灶生 signs every "
                 "sheet as 企业师傅 and every 调试记录 of item 11 (not a student). Three teachers"),
    dict(school="桂平市浔州技工学校", pack="gbkzip", region="gp", course="care", cls="照护2401班", size=42, seed=21,
         sidp="24450529", students=["韦思琪", "覃雨婷", "莫佳慧"], outsiders={"莫佳慧": "照护2402班"}, out_sidp="24450530",
         extra_class=["甘俊豪"], bad={"甘俊豪": "sum"}, corrected=True, others_named=["蒙桂芳", "陆秀兰"],
         teachers=["黄美娟", "梁淑媚"], form_count="42人（男9人，女33人）",
         f8="care_record", f10="corrected", f11="careplan_typed", f12="lined_scan",
         findings=[("students.not_in_class", 8, True, "莫佳慧"), ("records.invalid_score", 10, False, "甘俊豪")],
         comment="莫佳慧 of the parallel class 照护2402班 (her class and 学号 2445053023 on her care record, care plan and "
                 "homework) is the third student of 8/11/12; item 10 (42 rows = form `42人（男9人，女33人）`) has no record of "
                 "her: students.not_in_class. Item 10 (scanned 300 dpi gray) has HAND-CORRECTED cells: two students' 协助进食 "
                 "mark struck through with the corrected mark in red beside it, and their 总分 struck and corrected the same "
                 "way (the corrected marks add up: legal), and a 学生签名 column where every student signed her or his own row (each "
                 "name twice on a row: legal); 甘俊豪's 总分 is 7 above the sum of his parts (not corrected): "
                 "records.invalid_score. Item 8 (scanned 200 gray): a 进食照护记录 whose head names the elder (照护对象 蒙桂芳 "
                 "or 陆秀兰, 80-odd years old, not students) and the 照护员 (the student). Item 11 (typed) names the elders too"),
    dict(school="桂平市浔州技工学校", pack="gbkzip", region="gp", course="battery", cls="新能源2301班", size=45, seed=22,
         sidp="23450435", students=["李宇恒", "罗汇洋", "谭晓琳"], extra_class=["黄绮雯"], absent_from_10=["黄绮雯"],
         others_named=["甘志成"], teachers=["覃振华", "韦德明"], form_count="45名", roster="huaming", headteacher="陈建勇",
         f8="vehicle_head", f10="grouped", f11="report_typed", f12="photo",
         findings=[("records.missing_student", 10, False, "黄绮雯"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 花名册 with 民族 and 户籍 columns, 45) and the form (`45名`) hold 黄绮雯; item 10 (TYPED, "
                 "the class in GROUPS: a head row `第N组　组长：<name>` before each group's rows) has 44 rows and none for her: "
                 "records.missing_student and records.count_mismatch. Item 8 (scanned 200 colour, lychee peel): a vehicle "
                 "head table (车型 | VIN | 检测人 | 班级 | 学号), the student as 检测人. The car owner 甘志成 is named in item 11"),
    dict(school="桂平市浔州技工学校", pack="gbkzip", region="gp", course="lan", cls="网络2401班", size=38, seed=23,
         sidp="24450301", students=["蒙子航", "陆芷欣", "杨奕霖"], others_named=["覃国平"],
         teachers=["莫振东", "李韵芝"], form_count="38", roster="return", headteacher="谭丽萍",
         f8="plain_line", f10="weighted", f11="config_typed", f12="hand_scan",
         findings=[],
         comment="clean. The roster is the term's 返校报到名单: 序号 学号 姓名 性别 报到日期 陪同人 备注, the 陪同人 a PARENT "
                 "(`<name>（父）`/`<name>（母）`, the father with the student's surname; not students) on half the rows, `—` on the "
                 "others; 38 = form `38` = item 10. Item 10 (TYPED) is a "
                 "WEIGHTED register: 过程考核 and 结果考核 each out of 100, 总评 = 过程×40% + 结果×60% (rounded), explained "
                 "in a note, and a 等级 column; 总评 is not the sum of the two (legal). The health centre's 覃国平 signs the "
                 "item-11 configuration sheets as 验收人 (not a student)"),
    dict(school="建瓯市芝城技工学校", pack="zip", region="jo", course="zhuili", cls="电商2401班", size=40, seed=31,
         sidp="24350603", students=["林雨涵", "詹俊宇", "叶倩盈"], items={12: ["林雨涵", "詹俊宇", "吴楚瑶"]},
         extra_class=["吴楚瑶", "范子涵", "江一帆"], absent_from_10=["江一帆"], bad={"范子涵": "over"}, others_named=["吴秀凤"],
         teachers=["郑琼芳", "魏国良"], form_count="40",
         f8="head_row", f10="total_left", f11="listing_typed", f12="gecko_photo",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "范子涵"),
                   ("records.count_mismatch", 10, False)],
         comment="item 12 (phone photos, a gecko on one sheet) holds the homework of 林雨涵, 詹俊宇 and classmate 吴楚瑶 (with "
                 "an item-10 record) instead of 叶倩盈's (items 8 and 11 hold the three): students.mismatch. Item 10 (scanned "
                 "300 dpi 1-bit) has the 总分 column right AFTER 姓名, before the parts; 范子涵 has 35 under 详情页设计(30) (总分 "
                 "the sum): records.invalid_score. It lists 39 rows while the form says 40 (江一帆 has no record; no roster): "
                 "records.count_mismatch. A customer 吴秀凤 is quoted in the item-11 客服话术 (not a student)"),
    dict(school="建瓯市芝城技工学校", pack="zip", region="jo", course="bamboo", cls="数控2402班", size=38, seed=32,
         sidp="24350106", students=["陈培鑫", "张诗敏", "徐嘉乐"], items={8: ["陈培鑫", "张诗敏", "徐嘉乐", "刘晋宇"]},
         extra_class=["刘晋宇", "杨振航"], bad={"杨振航": "sum"}, others_named=["黄德旺"],
         teachers=["江伟明", "陈秀珍"], form_count="38 人",
         f8="two_row_box", f10="max_head", f11="inspection_typed", f12="exercise_photo",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "杨振航")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 gray, lychee peel) holds the worksheets of FOUR students: the three and classmate 刘晋宇 "
                 "(with an item-10 record): students.count on 8; students.mismatch optional. Item 10 (TYPED, heads like "
                 "`工艺编制（满分20）`, a 备注 column) gives 杨振航 a 总分 6 BELOW the sum of his parts: records.invalid_score. "
                 "The factory technician 黄德旺 is named as 委托方 on the item-11 inspection records"),
]

PROVINCE = {1: "广东省英德市", 2: "广西桂平市", 3: "福建省建瓯市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 英德: "08-工作页.pdf"
        return "%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 桂平: "8、工作页.pdf"
        return "%d、%s.pdf" % (n, NAMES[n])
    return "%s（成果%d）.pdf" % (NAMES[n], n)   # 建瓯: "工作页（成果8）.pdf"


def form_name(s, c):
    return {1: ("英石技工学校-%s-申报书.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书（%s）.pdf" % s["cls"], "pdf"),
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



# ------------------------------------------------------------------ the form

SIZE_LABEL = {1: "授课班级及人数", 2: "班级人数", 3: "学生人数（人）"}


def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "%s | %s，共%s" % (SIZE_LABEL[1], s["cls"], s["form_count"])
    return "%s | %s" % (SIZE_LABEL[g], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 英德: class and size in one cell
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及人数", "%s，共%s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 桂平: a four-column grid, 班级人数 beside 授课班级
        info = tbl([["专业名称", (c["major"], ' align="left"'), "专业编码", c["code"]],
                    ["课程名称", (c["course"], ' align="left" colspan="3"')],
                    ["学习任务", (c["task"], ' align="left" colspan="3"')],
                    ["授课班级", s["cls"], "班级人数", s["form_count"]],
                    ["学时", str(c["hours"]), "授课地点", c["station"]]], width="96%", pad=P)
    else:   # 建瓯: 学生人数（人） a bare number
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数（人）", s["form_count"]), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
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


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8 + 102)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "corner_box":   # a small box at the top right: 学习者 / 学号 / 班级; the guest named
            box = ('<table style="border-collapse:collapse;float:right" width="38%%" align="right">%s%s%s</table>'
                   % ("<tr>%s%s</tr>" % (td("学习者", ' align="center"', "3px 4px"), td(hand(n, True), ' align="center"', "3px 4px")),
                      "<tr>%s%s</tr>" % (td("学　号", ' align="center"', "3px 4px"), td(hand(sid, True), ' align="center"', "3px 4px")),
                      "<tr>%s%s</tr>" % (td("班　级", ' align="center"', "3px 4px"), td(hand(cl, True), ' align="center"', "3px 4px"))))
            body = (box + '<p style="font-size:14pt"><b>学习活动二　茶席布置与品茗接待</b></p><p>工作页　第%d页</p><p style="clear:both"></p>' % (3 + i)
                    + "<p>接待宾客：%s先生（茶庄店主）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i)) + sit + answers(c, rng, i) + comment)
        elif f == "footbox":   # the student's box at the BOTTOM; the factory master signs
            foot = tbl([["工位", hand("%d号" % (2 + i * 3), True), "姓名", hand(n, True)], ["学号", hand(sid, True), "班级", hand(cl, True)]],
                       width="70%", pad="3px 6px")
            body = (title + sit + answers(c, rng, i) + comment +
                    "<p>企业师傅签名：%s</p>" % hand(s["others_named"][0], True, BLACK) + "<p>（以下由学生填写）</p>" + foot)
        elif f == "care_record":   # the elder (照护对象) and the student (照护员) in the head
            elder = s["others_named"][i % 2]
            head = tbl([["照护对象", hand("%s（%d岁，%d床）" % (elder, 81 + i * 2, 3 + i * 4), True), "照护员", hand(n, True)],
                        ["班　级", hand(cl, True), "学　号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页（进食照护记录）</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    '<p>护理部带教：%s　　%s</p>' % (hand("梁护士长", True, BLACK), comment))
        elif f == "vehicle_head":   # a vehicle head table, the student as 检测人
            head = tbl([["车型", "纯电动轿车（网约车）", "VIN", hand("LGX%dE4C%05d" % (7 + i, 31250 + 77 * i), True)],
                        ["检测人", hand(n, True), "班级", hand(cl, True)], ["学号", hand(sid, True), "日期", hand(day(s, i), True)]],
                       width="100%", pad="3px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":
            head = '<p>姓名：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_row":
            head = tbl([["班级", hand(cl, True), "学号", hand(sid, True), "姓名", hand(n, True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "two_row_box":
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="80%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"corner_box": "x-scanpdf:250", "footbox": "x-scanpdf:250:lychee", "care_record": "x-scanpdf:200",
            "vehicle_head": "x-scanpdf:200:color:lychee", "plain_line": "x-scanpdf:200", "head_row": "x-scanpdf:200:color",
            "two_row_box": "x-scanpdf:200:lychee"}[f]
    font = {"vehicle_head": "Noto Sans CJK SC", "head_row": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "中等" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10 + 102)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "note_max":   # name first; the maxima only in a note above the table
        parts = [("茶席布置", 20), ("冲泡技能", 40), ("服务礼仪", 25), ("职业素养", 15)]
        note = "<p>评分项目及分值：%s，满分100分。</p>" % "，".join("%s%d分" % p for p in parts)
        out = [trow(["<b>%s</b>" % x for x in ["姓名", "学号"] + [p for p, _ in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 28
            out.append(trow([n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), "组长" if k % 6 == 0 else ""], pad))
        body = head10(s, c, "学习任务考核成绩记录表") + note + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "bonus_grade":   # 小计, 附加分, 总分 = 小计 + 附加分, 等级
        parts = [("电路设计", 20), ("安装接线", 30), ("程序编制", 30), ("调试运行", 20)]
        hd = ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["小计", "附加分", "总分", "等级"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        bonus = set(rng.sample(range(len(rec)), 5))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.92)
            b = rng.randint(2, 5) if k in bonus else 0
            tot = min(100, sum(v) + b)
            b = tot - sum(v)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), str(b) if b else "", str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：附加分为创新加分，提出合理改进意见并经企业师傅认可的加2～5分；总分＝小计＋附加分，最高100分。等级：90分以上优秀，80～89良好，70～79中等，60～69及格。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.0cm"), "pdf"
    if f == "corrected":   # hand-corrected cells (struck through, the new mark in red), 备注
        parts = [("沟通评估", 15), ("进食准备", 20), ("协助进食", 35), ("噎食应急", 20), ("照护记录", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "学生签名", "备注"]], pad)]
        fixk = set(rng.sample([k for k, n in enumerate(rec) if n not in bad], 2))
        s["corrections_done"] = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            cells = [str(x) for x in v]
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            tcell = str(tot)
            if k in fixk:
                old = v[2] - rng.randint(3, 5)
                cells[2] = '<s>%d</s> %s' % (old, hand(str(v[2]), True, "#b8231a", "11pt"))
                tcell = '<s>%d</s> %s' % (sum(v) - v[2] + old, hand(str(tot), True, "#b8231a", "11pt"))
                s["corrections_done"].append("%s: 协助进食 %d -> %d, 总分 %d -> %d" % (n, old, v[2], sum(v) - v[2] + old, tot))
            note = "补考" if k == len(rec) - 4 else ("改：%s" % t[0][0] if k in fixk else "")
            out.append(trow([str(k + 1), n, sid_of(s, n)] + cells + [tcell, hand(n, True, BLUE, "10pt"), note], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + "<p>共%d人。成绩经学生本人核对后签名确认。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300"
    if f == "grouped":   # the class in groups, a head row 第N组 组长 before each group's rows
        parts = [("安全防护", 10), ("绝缘检测", 30), ("故障分析", 25), ("模组更换", 25), ("工单填写", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            if k % 6 == 0:
                out.append('<tr><td colspan="9" style="border:0.75pt solid #000;padding:0px 6px;background:#e8e8e8">第%s组　　组长：%s</td></tr>'
                           % ("一二三四五六七八"[k // 6], n))
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表（分组）") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted":   # 过程 and 结果 out of 100, 总评 weighted, 等级
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程考核<br/>（百分制）", "结果考核<br/>（百分制）", "总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            p, r = rng.randint(66, 96), rng.randint(60, 97)
            tot = int(p * 0.4 + r * 0.6 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(p), str(r), str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out, width="86%") +
                "<p>说明：总评＝过程考核×40%＋结果考核×60%，四舍五入取整；等级按总评评定。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "total_left":   # 总分 right after 姓名, before the parts
        parts = [("商品拍摄", 20), ("详情页设计", 30), ("客服话术", 25), ("售后处理", 15), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "总分"] + ["%s<br/>(%d)" % p for p in parts]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 35
            out.append(trow([str(k + 1), sid_of(s, n), n, "<b>%d</b>" % sum(v)] + [str(x) for x in v], pad))
        body = head10(s, c, "网店运营学习任务考核成绩汇总表") + table(out) + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:300:mono"
    if f == "max_head":   # heads like 工艺编制（满分20）, a 备注 column
        parts = [("工艺编制", 20), ("程序编制", 20), ("车削加工", 45), ("检验记录", 10), ("安全文明", 5)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>（满分%d）" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), "工位长" if k % 9 == 4 else ""], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
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
            if f == "teamenu_typed":
                parts.append('<h3 style="text-align:center">%s</h3><p>设计者：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["茶品", "英红九号（一芽二叶）"], ["茶具", "白瓷盖碗、公道杯、品茗杯四只"], ["铺垫", "竹编席、米色棉麻布"],
                                  ["接待对象", "%s先生一行四人" % s["others_named"][0]]], width="86%", align="left") + "<p>要点：%s</p>" % desc)
            elif f == "debug_typed":
                parts.append('<h3>%s</h3><p>调试人：%s（%s）　　企业师傅：%s</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["输入", "地址", "输出", "地址"], ["启动按钮", "X0", "送料电机", "Y0"], ["急停(常闭)", "X1", "切割电机", "Y1"],
                                  ["送料限位", "X2", "退刀电磁阀", "Y2"]], width="80%") + "<p>%s　　审核：%s</p>" % (desc, t[j % 3]))
            elif f == "careplan_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", "%s（%d岁）" % (s["others_named"][(i + j) % 2], 79 + i + j), "照护员", n],
                                  ["班级", cl, "学号", sid], ["饮食", "糊状软食，少量多餐", "体位", "床头摇高45度"],
                                  ["记录", desc, "带教老师", t[j % 2]]], width="92%"))
            elif f == "report_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["车主", s["others_named"][0], "车型", "纯电动轿车"],
                                                          ["检测技师", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                                          ["结论", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "config_typed":
                parts.append('<h3>%s</h3><p>配置人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["设备", "接入交换机SW-1F-0%d" % (1 + i)], ["内容", desc], ["验收人", "%s（卫生院信息科）" % s["others_named"][0]]],
                                 width="86%", align="left"))
            elif f == "listing_typed":
                extra = "<p>顾客%s：“栗子收到了，有三颗坏的。”　客服：“非常抱歉，按规则为您退三颗的差价。”</p>" % s["others_named"][0] if j == 1 else ""
                parts.append('<h3>%s</h3><p>文案：%s（%s）</p>' % (title, n, cl) + "<p>%s</p>" % desc + extra +
                             "<p>提交日期：%s　　审核：%s</p>" % (day(s, 30 + i), t[j % 2]))
            elif f == "inspection_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "刨光机刀轴", "委托方", "竹木加工厂（技术员%s）" % s["others_named"][0]],
                                  ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 2]],
                                  ["外圆", "φ40 0/-0.025", "%.3f" % (39.990 - 0.002 * i), "合格"]], width="92%") + "<p>备注：%s</p>" % desc)
            else:
                raise SystemExit(f)
    meth = "pdf"
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), meth


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12 + 102)
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "gecko_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　学号：%s" % (n, sid)]
        elif f == "scan_gray":
            head = ["课后作业（PLC装调）", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "lined_scan":
            head = ["照护课后作业", "> 班级 %s　姓名 %s　学号 %s" % (cl, n, sid)]
        elif f == "photo":
            head = ["课后作业", "> %s　%s　%s" % (n, cl, sid[-2:])]
        elif f == "hand_scan":
            head = ["局域网课后作业", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "exercise_photo":
            head = ["", "　　　　作　业　本", "", s["school"], "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "----", "%s　作业" % c["task"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"gecko_photo": "x-photo:200:%d:gecko" % (2 if grp(s) == 1 else 3), "scan_gray": "x-scan:200:4", "lined_scan": "x-scan:200:3:lychee",
            "photo": "x-photo:200:1", "hand_scan": "x-scan:200:2:color", "exercise_photo": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("子聪 梓轩 家俊 宇恒 浩然 子航 柏霖 俊宇 一帆 志伟 嘉乐 宇杰 浩宇 俊豪 卓霖 锦鹏 汇洋 伟鸿 炜杰 铭浩 家宝 文浩 冠霖 俊霖 "
           "振宇 泽铭 永鑫 国梁 志朗 伟杰 明辉 荣坤 健锋 晓峰 建辉 耀文 海军 灿林 成杰 勇强 智斌 锦涛 昌华 水生 永辉 泽宇 镇涛 "
           "嘉豪 俊熙 润泽 宏杰 梓豪 恩泽 奕霖 培鑫 振航 德华 锐锋 逸轩 晋宇 俊辉 峰 杰 勇 华 强".split())
DADS = "建平 国华 志强 永明 德胜 伟东 海生 金福 振邦 荣华 水清 家明 文光 春生 树林".split()
MUMS = ("黄秀梅", "李桂英", "陈玉兰", "梁凤娇", "韦美玲", "覃丽娟", "莫金花", "蒙翠萍", "甘小红", "陆月娥", "罗春兰", "谭海燕")
TOWNS = ["西山镇", "木乐镇", "江口镇", "石龙镇", "社坡镇", "麻垌镇", "金田镇", "蒙圩镇", "大洋镇", "南木镇"]


def sex_of(n):
    return "男" if n[1:] in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    rng = random.Random(s["seed"] * 13 + 102)
    if r == "drowning":   # the receipt list of the school's 防溺水 safety letter, used as the class list
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "回执交回", "交回日期"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "√", "9月%d日" % (2 + (j * 3) % 5)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2><p style="text-align:center">（《防溺水安全教育告家长书》回执签收登记）</p>'
                % (s["school"], s["cls"]) + table(rows, width="86%") +
                "<p>班主任：%s　　　全班%d人，回执已全部交回。</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（防溺水回执）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "huaming":   # a typed 花名册 with 民族 and 户籍
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "民族", "户籍所在地"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "壮族" if n[0] in "韦覃莫蒙" and j % 3 else "汉族",
                              "广西桂平市%s" % TOWNS[(j * 7) % len(TOWNS)]], "1px 4px"))
        body = ('<h2 style="text-align:center">%s %s花名册</h2>' % (s["school"], s["cls"]) + table(rows, width="90%") +
                "<p>班主任：%s　　　共%d人　　　制表：2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "return":   # the term's 返校报到 list: the student, the day, who came with them (a parent or nobody)
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "报到日期", "陪同人", "备注"])]
        parents = []
        for j, n in enumerate(k):
            if j % 4 == 1:
                p = n[0] + DADS[(j * 5) % len(DADS)] + "（父）"
            elif j % 4 == 3:
                p = MUMS[j % len(MUMS)] + "（母）"
            else:
                p = "—"
            if p != "—":
                parents.append(p[:-3])
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "8月%d日" % (30 + j % 2), p, "住校" if j % 5 else "走读"], "1px 4px"))
        body = ('<h2 style="text-align:center">%s 2024年秋季学期返校报到名单</h2><p style="text-align:center">%s</p>' % (s["cls"], s["school"]) +
                table(rows, width="94%") + "<p>班主任：%s　　　应到%d人，实到%d人。</p>" % (s["headteacher"], len(k), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s返校报到名单.pdf\tpdf\troster\t0" % s["cls"])
        return dedup(parents)
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
    truth = {"comment": "Hundred-and-second held-out people corpus (testdata/heldout102), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 102)
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
            "notes": {}, "corrections": s.get("corrections_done", []), "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
