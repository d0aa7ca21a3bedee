#!/usr/bin/env python3
"""Write the sources of the thirty-first held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 格尔木
(Qinghai, 海西州), 中卫 (Ningxia) and 琼海 (Hainan).

    python3 author.py      (rewrites src/ and truth.json)
    sh build.sh OUT
"""
import csv
import glob
import io
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
# the truth files read for names, tasks and courses to avoid (heldout31..34 are written at the same time: not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 31)] + ["othertools"]

# surnames by region, with repeats as rough weights (the common ones several times)
SURNAMES = {
    # 格尔木: Han families from Qinghai, Gansu and Henan, Hui 马 冶 韩 (Tibetan names below, no surname)
    "gm": list("王王王王李李李李张张张刘刘马马马马马赵杨杨陈祁韩冶孙魏鲁朱郭何"),
    # 中卫: Han 王 张 李 刘 杨 田 孙 郭 and Hui 马 海 纳 丁 锁 金 (马 very frequent)
    "zw": list("王王王张张张李李李刘刘杨杨马马马马田田孙郭赵海纳丁锁金雍蒋白高"),
    # 琼海: 王 陈 林 符 吴 李 黄 冯 and the Hainan families 蒙 庞 邢 云 卢 莫
    "qh": list("王王王王陈陈陈陈林林林符符符吴吴李黄冯冯蒙何庞卢邢云莫周梁蔡郑"),
}
# Amdo Tibetan names as they are written in Qinghai (no surname)
TIBETAN = ("才让东智 尕藏卓玛 拉毛草 完德加 仁青措 更登才让 索南多杰 卓玛吉 扎西东珠 华旦加 桑吉措 "
           "多杰仁青 周毛吉 才让卓玛 尖措 贡保才旦 仁增卓玛 旦正加").split()
# given names common for children born around 2007-2009, a new list
GIVEN2 = ("浩然 子豪 欣怡 佳琪 梓涵 宇航 俊杰 雅婷 思远 嘉怡 志鹏 文博 晨阳 海燕 建伟 静怡 亚楠 彦博 皓轩 "
          "家豪 晓东 鹏飞 晓萌 雨欣 欣悦 国栋 立伟 宏宇 春雨 世杰 振华 永康 明轩 心怡 梦洁 玉洁 慧敏 天宇 "
          "子健 庆华 文静 子航 思雨 雪莹 春燕 晓梅 振东 文杰 世龙 建军 浩宇 文涛 志刚 明辉 家宝 婉清 雨萱 "
          "晓琳 诗琪 子轩 嘉怡 志坚 少华 永強 海龙 玉兰 晓丽 艳玲 小龙 宏亮 金鹏 雅琴 丽娟 国强 思琪 梦瑶 "
          "晓雪 佳乐 俊豪 泽宇 宇轩 一鸣 婧雯 昊天 嘉欣 雨晴 博文 凯丽 新宇 海涛 文丽 雪梅 成龙 家乐").split()
GIVEN2 = [g for g in GIVEN2 if g != "永強"] + ["永强"]
GIVEN1 = list("强磊敏静娟涛鑫悦婷斌")


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
    forms = []
    for d in EARLIER:
        for p in glob.glob(os.path.join(HERE, "..", d, "src", "*", "*", "form.*")):
            with open(p, encoding="utf-8", errors="replace") as f:
                forms.append(f.read())
    return names, "\n".join(texts), "\n".join(forms)


USED_BEFORE, EARLIER_TEXT, EARLIER_FORMS = earlier_strings()
USED_BARE = {n.replace("·", "").replace("•", "") for n in USED_BEFORE}
TAKEN = set()


def bare(a):
    return a.replace("·", "").replace("•", "")


def near(a, b):
    """One character from each other (same length), one a part of the other, or the same
    two-character given name under another surname (林婉清, 欧阳婉清)."""
    a, b = bare(a), bare(b)
    if len(a) >= 3 and len(b) >= 3 and a[-2:] == b[-2:]:
        return True
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, region):
    if region == "gm" and rng.random() < 0.13:
        return rng.choice(TIBETAN)
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "cool": dict(major="汽车维修", code="0403", course="汽车发动机冷却与润滑系统检修", task="高原租赁车冷却系统节温器更换与冷却液冰点检测",
   hours=16, station="汽车维修一体化学习工作站",
   situation="格尔木一家汽车租赁公司的自驾车从青藏线返回后，车主反映水温表偏高、暖风不热。服务站主管请汽修班学员查阅维修手册，检查冷却液液位和冰点，判断节温器是否卡滞，按规范更换节温器和冷却液，排净系统空气后试车，并填写维修工单交车。",
   qs=[("问题1 高原地区为什么要特别检查冷却液冰点？", ["格尔木冬季气温低到零下二十多度，冰点不够冷却液会结冰，胀裂散热器和缸体。", "冬天气温低，冷却液会结冰。", "结冰会胀裂缸体。"]),
       ("问题2 怎样判断节温器卡滞在关闭位置？", ["发动机热车后摸散热器上水管，水温表已经很高而上水管还是凉的，说明节温器没有打开。", "热车后上水管不热。", "水温高，散热器进水管凉。"])],
   hw=[("1. 更换冷却液后为什么要排空气？", ["系统里有气阻，冷却液循环不畅，会造成局部过热和暖风不热。", "有气阻会过热。", "暖风不热，局部过热。"]),
       ("2. 冰点测试仪怎样读数？", ["滴一滴冷却液在棱镜上，对着亮处看明暗分界线所在的刻度，就是冰点温度。", "看明暗分界线。", "分界线的刻度就是冰点。"])],
   outputs=[("维修工单", "更换节温器一只，冷却液八升。"), ("冷却液冰点检测记录", "更换后冰点零下四十度。"), ("交车试车记录", "水温九十度，暖风正常。")]),
 "lamb": dict(major="烹饪(中式烹调)", code="0501", course="西北风味菜肴制作", task="青海炕锅羊排制作与出品",
   hours=14, station="中式烹调一体化学习工作站",
   situation="格尔木一家清真餐厅准备在旅游旺季推出招牌菜炕锅羊排，厨师长请烹饪班学员按餐厅的标准菜谱完成羊排的选料、焯水、煮制和炕制，配好土豆、洋葱和青椒，控制火候和调味，在规定时间内出品，并核算单份成本。",
   qs=[("问题1 羊排为什么要先煮后炕？", ["先煮到七八成熟去掉膻味，再在炕锅里炕香上色，外焦里嫩。", "先煮去膻味，再炕上色。", "外焦里嫩。"]),
       ("问题2 炕制时土豆块为什么要先下锅？", ["土豆不容易熟，先下锅炕到表面金黄，再放羊排和洋葱，出锅时都刚好熟。", "土豆难熟，先下锅。", "先炕土豆再放羊排。"])],
   hw=[("1. 炕锅羊排的调味料有哪些？", ["孜然、辣椒面、花椒粉、盐和少量酱油，出锅前撒香菜。", "孜然和辣椒面。", "盐、花椒粉，最后撒香菜。"]),
       ("2. 单份菜品成本怎样核算？", ["把羊排、土豆、洋葱和调料的用量乘以进价后相加，再加上燃料费。", "用量乘进价再相加。", "加上燃料费。"])],
   outputs=[("炕锅羊排出品记录", "出品时间十八分钟。"), ("标准菜谱卡", "羊排四百克，土豆一百五十克。"), ("单份成本核算表", "单份成本三十八元。")]),
 "melon": dict(major="电子商务", code="0603", course="农产品直播电商运营", task="中卫硒砂瓜直播带货选品与订单发货处理",
   hours=16, station="电子商务运营一体化学习工作站",
   situation="七月中卫的硒砂瓜上市，一家瓜农合作社想通过直播把西瓜卖到外地。运营主管请电商班学员挑选直播的瓜品和规格，写直播脚本，分工担任主播、场控和客服完成一场直播，直播后汇总订单，安排打包和快递发货，并处理坏瓜售后。",
   qs=[("问题1 直播前选品要考虑哪些因素？", ["瓜的大小、甜度、耐运输程度和快递费用，大瓜运费高，要定好规格和价格。", "大小、甜度、运费。", "耐不耐运输。"]),
       ("问题2 直播脚本一般包括哪几部分？", ["开场暖场、产品介绍、切瓜试吃、促销下单和结尾预告，每部分定好时间。", "开场、介绍、试吃、下单、结尾。", "每部分定时间。"])],
   hw=[("1. 西瓜发快递为什么要用网套和泡沫箱？", ["西瓜重、怕磕碰，网套和泡沫箱能减震，降低坏瓜率。", "防磕碰减震。", "降低坏瓜率。"]),
       ("2. 顾客收到坏瓜怎样处理？", ["请顾客拍照和视频，核实后补发或退款，记录原因，改进包装。", "拍照核实后补发或退款。", "改进包装。"])],
   outputs=[("直播脚本", "全场九十分钟，切瓜试吃两次。"), ("直播订单汇总表", "成交三百零六单。"), ("发货与售后登记表", "坏瓜补发九单。")]),
 "goji": dict(major="机电一体化技术", code="0127", course="农产品加工设备电气控制装调", task="枸杞烘干线热风温控系统PLC控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="中卫一家枸杞加工厂的烘干线要改造，原来靠人工看温度表开关加热器，温度忽高忽低，烘出的枸杞颜色不一。设备科请机电班学员按图纸安装温度传感器和加热器接触器，编写PLC程序，实现三段温度的自动切换和超温报警，完成调试并填写调试记录。",
   qs=[("问题1 枸杞烘干为什么要分段控制温度？", ["开始温度太高果皮会结壳，里面水分出不来，所以先低温后高温，最后再降温。", "先低温后高温。", "防止果皮结壳。"]),
       ("问题2 超温报警怎样实现？", ["温度传感器的值大于设定上限时，PLC断开加热器接触器，同时让报警灯和蜂鸣器工作。", "超过上限断加热器并报警。", "报警灯和蜂鸣器。"])],
   hw=[("1. 热电阻PT100接线为什么常用三线制？", ["三线制可以抵消导线电阻的影响，测温更准。", "抵消导线电阻。", "测温更准。"]),
       ("2. 调试前要做哪些检查？", ["检查接线是否正确牢固，用万用表测电源电压，确认急停按钮有效，再空载试运行。", "查接线、测电压。", "确认急停有效。"])],
   outputs=[("PLC输入输出分配表", "输入八点，输出六点。"), ("温控程序清单", "三段温度五十五、六十五、五十度。"), ("联机调试记录", "超温报警动作正常。")]),
 "feed": dict(major="健康与社会照护", code="0529", course="失智老人日常生活照护", task="养老院失智老人协助进餐与噎食应急处理",
   hours=14, station="照护实训一体化学习工作站",
   situation="中卫一家养老院的失智照护区有一位老人近来进餐时常常含着饭不咽，上周还发生过一次呛咳。护理部主任请照护班学员评估老人的吞咽能力，调整食物的性状和进餐姿势，协助老人进餐，练习噎食时的海姆立克急救法，并把观察到的情况记录下来交给护理员。",
   qs=[("问题1 协助失智老人进餐时应采取什么体位？", ["让老人坐直，身体稍向前倾，头略低，下巴稍内收，这样不容易呛咳。", "坐直，身体前倾。", "头稍低，下巴内收。"]),
       ("问题2 老人含饭不咽时怎样处理？", ["先停下来，轻声提醒老人咀嚼和吞咽，确认口中食物咽下后再喂下一口。", "提醒老人咀嚼吞咽。", "咽下后再喂。"])],
   hw=[("1. 噎食时的典型表现是什么？", ["突然不能说话，手抓喉咙，面色发紫，呼吸困难。", "不能说话，手抓喉咙。", "面色发紫。"]),
       ("2. 对坐着的老人怎样做海姆立克急救？", ["站在老人身后，双手环抱，一手握拳放在肚脐上方，另一手包住拳头，快速向内向上冲击。", "身后环抱，向内向上冲击。", "拳头放肚脐上方。"])],
   outputs=[("进餐照护计划", "软食，小勺，每口五毫升左右。"), ("吞咽功能评估表", "洼田饮水试验三级。"), ("进餐观察记录", "进餐二十五分钟，无呛咳。")]),
 "tea": dict(major="饭店(酒店)服务", code="0504", course="会议服务", task="博鳌会议酒店会间茶歇台布置与服务",
   hours=16, station="酒店服务一体化学习工作站",
   situation="琼海博鳌一家会议酒店承接了一场两百人的行业论坛，上午和下午各有一次二十分钟的会间茶歇。会议服务部经理请酒店班学员根据会议通知单设计茶歇台，备齐茶点、咖啡和椰子水，布置台面，在茶歇时补充食品、收拾杯具，并在会后清点物品、做服务小结。",
   qs=[("问题1 两百人的茶歇台为什么要分成两个取餐区？", ["人多时间短，一个台子会排长队，分两个区能让宾客在二十分钟内都取到茶点。", "分两个区避免排队。", "时间短人多。"]),
       ("问题2 茶歇时服务员应注意哪些事项？", ["及时补充食品和饮料，收走用过的杯碟，保持台面整洁，不打扰宾客交谈。", "及时补充，收走杯碟。", "保持台面整洁。"])],
   hw=[("1. 热带地区茶歇的食品怎样保鲜？", ["水果和点心分批出品，奶制品放冰盘上，摆出时间不超过两小时。", "分批出品，放冰盘。", "不超过两小时。"]),
       ("2. 会后清点物品要记录哪些内容？", ["各类茶点和饮料的用量、剩余量、破损的杯具数量和原因。", "用量和剩余量。", "破损杯具和原因。"])],
   outputs=[("茶歇台设计方案", "两个取餐区，各一百人。"), ("茶歇物品准备清单", "咖啡杯二百二十只。"), ("会议服务小结", "上午茶歇补台三次。")]),
 "yizhi": dict(major="中药", code="1301", course="南药饮片炮制", task="益智仁盐炙炮制与饮片质量检查",
   hours=16, station="中药炮制一体化学习工作站",
   situation="琼海的一家南药饮片厂收购了一批本地产的益智果，要加工成盐益智仁饮片。生产部主管请中药班学员按炮制规范去壳取仁、净选，用盐水拌匀闷润，文火炒至微鼓起，取出放凉，再按质量标准检查饮片的性状、水分和杂质，填写炮制记录。",
   qs=[("问题1 益智仁为什么要盐炙？", ["盐炙后引药下行，增强温肾固精、缩尿的作用。", "引药下行。", "增强缩尿作用。"]),
       ("问题2 盐炙时为什么用文火？", ["火太大外面焦了里面还没透，盐水也会烤糊，用文火才能炒得均匀。", "防止外焦里生。", "炒得均匀。"])],
   hw=[("1. 每一百千克益智仁用多少食盐？", ["按炮制规范用食盐二千克，加适量水溶化后拌匀。", "二千克食盐。", "盐加水溶化后拌。"]),
       ("2. 饮片水分检查怎样做？", ["取样用烘干法测定，盐益智仁水分不得超过规定的限度。", "用烘干法测。", "不超过限度。"])],
   outputs=[("盐益智仁炮制记录", "投料五千克，得饮片四点三千克。"), ("饮片质量检查记录", "水分百分之八点六，合格。"), ("炮制工艺流程图说明", "去壳、净选、闷润、炒制、放凉。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="格尔木市昆仑技工学校", pack="dir", region="gm", course="cool", cls="汽修2401班", size=38, seed=11,
         sidp="24630403", students=["祁振东", "完德加", "韩世龙"], outsiders={"韩世龙": "汽修2402班"}, out_sidp="2463040402",
         extra_class=["鲁建邦"], bad={"鲁建邦": "over"}, others_named=["魏桂兰"],
         teachers=["李海青", "马永福"], form_count="38人",
         f8="head_box", f10="max_in_head", f11="work_order", f12="thumb_photo",
         findings=[("students.not_in_class", 8, True, "韩世龙"), ("records.invalid_score", 10, False, "鲁建邦")],
         comment="韩世龙 of the parallel class 汽修2402班 (his class and 学号 2463040402xx on his worksheet, typed work orders and "
                 "homework) is the third student of 8/11/12; item 10 (38 rows = form `38人`) has no record of him: "
                 "students.not_in_class. Item 10 (scanned 250 dpi gray, pickup-roller marks): 鲁建邦 has 45 under "
                 "`部件更换(40分)` (总分 the sum): records.invalid_score. The car owner 魏桂兰 on every worksheet and work order "
                 "(not a student). Tibetan name 完德加 (no surname) among the three. No roster"),
    dict(school="格尔木市昆仑技工学校", pack="dir", region="gm", course="lamb", cls="烹饪2401班", size=36, seed=12,
         sidp="24630501", students=["赵欣悦", "拉毛草", "马晓梅"], others_named=["陈德旺"],
         teachers=["王建青", "孙玉芹"], form_count="36人",
         f8="name_line", f10="peifen_row", f11="dish_card", f12="hand_page",
         findings=[],
         comment="clean. Item 10 (TYPED) is a 学生评价表 with the name BEFORE the 学号 and the maxima in a second head row "
                 "`配分 | 20 | 30 | 30 | 20 | 100`, 36 rows = form `36人`, 总分 the sum, 等级 from it. The restaurant's chef "
                 "陈德旺 as `指导师傅` on every worksheet (not a student). Tibetan name 拉毛草 among the three; classmates share "
                 "the surname 马 (Hui). No roster"),
    dict(school="中卫市沙坡头技工学校", pack="gbkzip", region="zw", course="melon", cls="电商2402班", size=40, seed=21,
         sidp="24640603", students=["田思雨", "海文静", "蒋子航"], extra_class=["雍佳琪"], absent_from_10=["雍佳琪"],
         teachers=["张卫宁", "纳春花"], form_count="40人", roster="xlsx", headteacher="白秀琴",
         f8="group_line", f10="excel_print", f11="live_script", f12="exercise_book",
         findings=[("records.missing_student", 10, False, "雍佳琪"), ("records.count_mismatch", 10, False)],
         comment="the roster (花名册.xlsx with a merged title row, 40) and the form (`学生数 | 40人`) hold 雍佳琪; item 10 "
                 "(printed from Excel with a 性别 column, two pages, scanned in colour 200 dpi on a CIS scanner: colour "
                 "fringes) has 39 rows and none for her: records.missing_student and records.count_mismatch. Item 8 has a "
                 "`小组成员：` line naming the three (one group) and `填写人：<hand>`; item 11 live-stream scripts name the "
                 "three as 主播 / 场控 / 客服"),
    dict(school="中卫市沙坡头技工学校", pack="gbkzip", region="zw", course="goji", cls="机电2301班", size=38, seed=22,
         sidp="23640127", students=["锁建军", "郭浩宇", "丁文涛"], items={12: ["锁建军", "丁文涛"]},
         extra_class=["杨志刚"], bad={"杨志刚": "low"},
         teachers=["金福贵", "刘宏斌", "马丽娟"], form_count="38人",
         f8="two_up", f10="merged_process", f11="title_block", f12="thumb_photo2",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "杨志刚")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a thumb on the sheet) holds the homework of only TWO students, 锁建军 and 丁文涛 "
                 "(郭浩宇's is missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 "
                 "(TYPED, merged heads 过程考核（40分）/结果考核（60分）): 杨志刚's 总分 is 6 BELOW the sum of his parts: "
                 "records.invalid_score. Item 8: each worksheet printed TWO PAGES TO A SHEET (landscape A4, two A5 halves), "
                 "the name head only on the left half. Three teachers. No roster"),
    dict(school="中卫市沙坡头技工学校", pack="gbkzip", region="zw", course="feed", cls="照护2402班", size=40, seed=23,
         sidp="24640529", students=["王梦洁", "马雪莹", "孙慧敏"], items={8: ["王梦洁", "马雪莹", "李晓艳"]},
         extra_class=["李晓艳"], others_named=["陈桂香"],
         teachers=["杨晓琴", "赵国庆"], form_count="40人", roster="csv_gbk", headteacher="田红梅",
         f8="corner_name", f10="group_col", f11="care_plan", f12="hand_page2",
         findings=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray, a grayscale office copy) holds the worksheets of 王梦洁, 马雪莹 and classmate "
                 "李晓艳 (with an item-10 record) instead of 孙慧敏's (items 11 and 12 hold the three): students.mismatch. "
                 "The roster is a CSV saved by Chinese Excel (GBK, `学生名单.csv`: 序号,学号,姓名,性别,民族,住宿), 40 = item 10 "
                 "(TYPED, a 组别 column) = form `40人`. The resident 陈桂香 named on every worksheet and care plan"),
    dict(school="琼海市万泉河技工学校", pack="zip", region="qh", course="tea", cls="酒店2401班", size=42, seed=31,
         sidp="24460504", students=["符晓蕾", "林诗琪", "冯梓骏"], items={11: ["符晓蕾", "林诗琪", "冯梓骏", "蒙嘉琳"]},
         extra_class=["蒙嘉琳", "庞志坚"], absent_from_10=["庞志坚"], others_named=["郑秋萍"],
         teachers=["陈海燕", "王文光"], form_count="42人",
         f8="notice_line", f10="two_blocks", f11="design_typed", f12="print_photo",
         findings=[("records.count_mismatch", 10, False), ("students.count", 11, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 10 (landscape, the class in TWO BLOCKS side by side, `序号 学号 姓名 过程(40) 结果(60) 总评` twice; "
                 "scanned 200 dpi gray) lists 41; the form says `酒店2401班（42人）`: records.count_mismatch (no roster). "
                 "Item 11 (TYPED design plans, `设计：<name>`) holds the works of FOUR students: the three and classmate "
                 "蒙嘉琳 (with an item-10 record): students.count on 11; students.mismatch optional. The conference contact "
                 "郑秋萍 on every worksheet (not a student)"),
    dict(school="琼海市万泉河技工学校", pack="zip", region="qh", course="yizhi", cls="中药2401班", size=37, seed=32,
         sidp="24461301", students=["吴家宝", "欧阳婉清", "黄雨萱"], extra_class=["卢明辉"], bad={"卢明辉": "low"},
         others_named=["周国强"], teachers=["云少峰", "邢美玲"], form_count="37人",
         f8="head_table300", f10="photo_register", f11="qc_typed", f12="fringe_scan",
         findings=[("records.invalid_score", 10, False, "卢明辉")],
         comment="item 10 (a printed 成绩记载表 PHOTOGRAPHED with a phone, the holder's thumb on the sheet): 卢明辉's 总分 is 5 "
                 "BELOW the sum of his four parts: records.invalid_score. 37 rows = form `37人`. Compound surname 欧阳婉清 among "
                 "the three. The factory's master 周国强 as `带教师傅` on the worksheets (not a student). No roster"),
]

PROVINCE = {1: "青海省海西蒙古族藏族自治州格尔木市", 2: "宁夏回族自治区中卫市", 3: "海南省琼海市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 格尔木: "08_工作页.pdf" (two digits and an underscore)
        return "%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 中卫: "（8）工作页.pdf" (the number in full-width brackets before the name)
        return "（%d）%s.pdf" % (n, NAMES[n])
    return "%d-%s.pdf" % (n, NAMES[n])   # 琼海: "8-工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂项目申报书.docx", "docx"),
            2: ("申报书（%s）.pdf" % c["major"], "pdf"),
            3: ("%s申报书.docx" % s["school"], "docx")}[grp(s)]


def write(path, text, enc="utf-8"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding=enc, newline="") as f:
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


# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 格尔木: two columns 项目 | 内容, 班级人数
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("课堂负责人", t[0])]
        info = tbl([["<b>项　目</b>", "<b>内　容</b>"]] + [[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 中卫: four columns, 学生数
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("学生数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    else:   # 琼海: class and size in one cell
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生接受任务后查阅资料、分组制定工作计划，经教师审核后确定方案，按方案完成工作，教师巡回指导并控制质量与安全，最后展示成果，进行自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在真实的工作情境中学习，职业能力和职业素养明显提高。</p>
<h3>六、承诺</h3><p>本单位承诺所报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=6 + s["seed"] % 17, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n本学期安排“{task}”，共{hours}学时。\n三、考核\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查验收、评价总结。",
    3: "{school}\n{task}教学活动策划\n学习活动一　明确任务，获取信息\n学习活动二　制定计划，做出决策\n学习活动三　实施计划，过程控制\n学习活动四　检查验收，评价反馈",
    4: "{school}\n{course}教学进度计划（共{hours}学时）\n第1周　明确任务，获取信息\n第2周　制定并审核计划\n第3周　按计划实施\n第4周　检查验收，评价总结",
    5: "{school}\n{task}教学活动方案\n第1学时　创设情境，明确任务\n第2—4学时　引导问题学习\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n工作页、企业标准、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为信息区、计划区、实施区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核包括过程考核和结果考核，成绩由任课教师登记在学习任务考核记录中。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 7) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "21"
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
    page = None
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师签名：%s</p>' % (RED, ["良好", "认真", "要点正确", "继续努力"][i % 4], t[0])
        if f == "head_box":   # a boxed head row, filled by hand, and a vehicle box naming the owner
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 3px")
            car = tbl([["车型", "SUV（租赁车）", "车牌", "青H·%d%d7%d%d" % (i + 2, i, 3 + i, 8 - i), "车主", s["others_named"][0]],
                       ["里程", "%d km" % (86420 + 917 * i), "故障现象", ("水温偏高，暖风不热", ' colspan="3"')]], width="100%", pad="3px 4px")
            body = title + head + "<p><b>接车信息</b></p>" + car + sit + answers(c, rng, i) + comment
        elif f == "name_line":   # 姓名：＿ 班级：＿ 学号：＿ on blanks, the chef named
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = (title + head + '<p>实训地点：中餐实训室　　指导师傅：%s（合作餐厅厨师长）</p>' % s["others_named"][0]
                    + sit + answers(c, rng, i) + comment)
        elif f == "group_line":   # the three as one group: 小组成员 line, 填写人 by hand
            head = ('<p>班级：%s　　组别：第二组　　日期：%s</p><p>小组成员：%s</p><p>填写人：＿%s＿　　学号：＿%s＿</p>'
                    % (cl, day(s, 2)[5:], "、".join(names), hand(n), hand(sid, True)))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "two_up":   # two A5 pages on one landscape sheet; the name head on the left half only
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid[-3:], True)]], width="100%", pad="3px 3px")
            qa = answers(c, rng, i)
            left = ('<p style="text-align:center"><b>%s</b></p><p style="text-align:center">学习工作页（一）</p>%s'
                    '<p><b>【任务情境】</b>%s</p><p style="text-align:center">— 1 —</p>' % (c["task"], head, c["situation"]))
            right = ('<p style="text-align:center">学习工作页（二）　引导问题</p>%s<p>电气原理图审核：%s</p>%s'
                     '<p style="text-align:center">— 2 —</p>' % (qa, hand("已核", True, BLACK), comment))
            body = ('<table width="100%%"><tr><td width="48%%" valign="top" style="padding-right:18px;border-right:0.5pt dashed #888">%s</td>'
                    '<td width="4%%"></td><td width="48%%" valign="top">%s</td></tr></table>' % (left, right))
        elif f == "corner_name":   # 姓名 / 学号 at the top right on lines, a case card naming the resident
            head = ('<p style="text-align:right">姓名：＿%s＿<br/>学号：＿%s＿<br/>班级：＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True)))
            case = tbl([["照护对象", s["others_named"][0], "年龄", "79岁", "房间", "失智照护区 2%02d" % (6 + i)],
                        ["诊断", ("阿尔茨海默病（中度），吞咽功能减退", ' colspan="5"')]], width="100%", pad="3px 4px")
            body = head + title + "<p><b>案例卡</b></p>" + case + sit + answers(c, rng, i) + comment
        elif f == "notice_line":   # 班级 姓名 学号 on one line; a meeting notice naming the contact
            head = '<p>班级 %s　　姓名 %s　　学号 %s　　日期 %s</p>' % (hand(cl, True), hand(n), hand(sid, True), hand(day(s, i)[5:], True))
            note = tbl([[("<b>会议服务通知单</b>", ' colspan="4"')], ["会议名称", "热带农业产业论坛", "人　数", "200人"],
                        ["茶歇时间", "10:20　15:30", "会务联系人", s["others_named"][0]]], width="100%", pad="3px 4px")
            body = title + head + note + sit + answers(c, rng, i) + comment
        elif f == "head_table300":   # a two-row head table; the factory's master named
            head = tbl([["姓　名", hand(n, True), "班　级", hand(cl, True), "学　号", hand(sid, True)],
                        ["带教师傅", s["others_named"][0], "工　位", "炒药 %d 号" % (i + 2), "日　期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 3px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"head_box": "x-scanpdf:250:rollers", "name_line": "x-scanpdf:200:color", "group_line": "x-scanpdf:200",
            "two_up": "x-scanpdf:200", "corner_name": "x-scanpdf:250:q45", "notice_line": "x-scanpdf:200:color:fringe",
            "head_table300": "x-scanpdf:300"}[f]
    font = {"name_line": "Noto Sans CJK SC", "notice_line": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    if f == "two_up":
        return "08.html", html(PB.join(pages), "8.5pt", font=font, compact=True, page="size:29.7cm 21cm;margin:1.0cm 1.2cm"), meth
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s%s</b></p><p>班级：%s　　课程：%s　　学习任务：%s</p><p>考核日期：%s</p>'
            % (s["school"], title, s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center" nowrap'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"


def total(v, n, bad):
    return sum(v) + {"sum": 7, "low": -6 if len(v) > 4 else -5}.get(bad.get(n), 0)


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师（签字）：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "max_in_head":   # 考核成绩登记表, the maxima in the head, 备注
        parts = [("安全防护", 10), ("故障诊断", 30), ("部件更换", 40), ("工单填写", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d分)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 45
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), "组长" if k in (3, 15, 26) else ""], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:rollers"
    if f == "peifen_row":   # 学生评价表: name before the 学号, the maxima in a second head row
        parts = [("刀工", 20), ("火候", 30), ("调味", 30), ("装盘与卫生", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p for p, _ in parts] + ["总分", "等级"]], pad),
               trow(["<b>配分</b>", "", ""] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>", ""], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = (head10(s, c, "学生评价表") + table(out) +
                "<p>等级：90分及以上优秀，80—89分良好，60—79分合格，60分以下不合格。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "excel_print":   # printed from Excel: 性别, four tasks, two pages with the head repeated
        parts = [("任务一选品", 25), ("任务二脚本", 25), ("任务三直播", 25), ("任务四发货", 25)]
        hd = trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s<br/>(%d)" % p for p in parts] + ["总成绩"]], pad)
        rows = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            rows.append(trow([str(k + 1), sid_of(s, n), n, sex_of(n)] + [str(x) for x in v] + [str(sum(v))], "3px 3px"))
        cut = 24
        body = (head10(s, c, "学生成绩记载表") + table([hd] + rows[:cut]) + '<p style="text-align:center">第 1 页，共 2 页</p>' + PB +
                table([hd] + rows[cut:]) + sign + '<p style="text-align:center">第 2 页，共 2 页</p>')
        return "10.html", html(body, "9.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:color:fringe"
    if f == "merged_process":   # merged heads 过程考核 / 结果考核 over their parts
        parts = [("考勤纪律", 10), ("工作页", 15), ("安全规范", 15), ("接线工艺", 20), ("程序编写", 25), ("调试运行", 15)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>结果考核（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        h2 = trow(["<b>%s（%d）</b>" % p for p in parts], pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(total(v, n, bad))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "group_col":   # plain table with a 组别 column and 备注
        parts = [("吞咽评估", 20), ("进餐协助", 40), ("急救操作", 25), ("记录沟通", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "组别", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), "第%s组" % "一二三四五六七八"[k // 5], sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)),
                             "组长" if k % 5 == 0 else ""], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "two_blocks":   # landscape, the class in two blocks side by side
        half = (len(rec) + 1) // 2
        hd = ["序号", "学号", "姓名", "过程(40)", "结果(60)", "总评"]
        out = [trow(["<b>%s</b>" % x for x in hd + hd], pad)]
        vals = []
        for n in rec:
            a, b = int(round(40 * rng.uniform(0.6, 0.97))), int(round(60 * rng.uniform(0.6, 0.97)))
            vals.append([sid_of(s, n), n, str(a), str(b), str(a + b)])
        for k in range(half):
            left = [str(k + 1)] + vals[k]
            right = ([str(half + k + 1)] + vals[half + k]) if half + k < len(rec) else [""] * 6
            out.append(trow(left + right, "1px 3px"))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True, page="size:29.7cm 21cm;margin:1.0cm 1.2cm"), "x-scanpdf:200"
    if f == "photo_register":   # 成绩记载表 printed and photographed
        parts = [("净制", 20), ("切制", 20), ("炮炙", 40), ("质量检查", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(total(v, n, bad))], pad))
        body = head10(s, c, "成绩记载表") + table(out) + sign
        return "10.html", html(body, "9.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:photo:thumb"
    raise SystemExit(f)


def sex_of(n):
    return "女" if n[-1] in "怡琪婷涵燕静楠萌欣悦洁慧雨莹梅琳萱清兰丽玲琴娟瑶雪晴雯敏" or n in TIBETAN_F else "男"


TIBETAN_F = {"尕藏卓玛", "拉毛草", "仁青措", "卓玛吉", "桑吉措", "周毛吉", "才让卓玛", "仁增卓玛"}


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    meth, font = "pdf", "Noto Serif CJK SC"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "work_order":   # a workshop's 维修工单: the student as 维修学员, the owner named
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["工单号", "GEM-2410-%03d" % (31 + 3 * i + j), "车主", s["others_named"][0]],
                                  ["维修学员", "%s（%s）" % (n, cl), "学号", sid], ["项目", "工时", "材料", "结果"],
                                  ["节温器更换", "1.0", "节温器、密封圈", "完成"], ["冷却液更换", "0.5", "冷却液（-45℃）8 L", "完成"]], width="92%") +
                             "<p>说明：%s</p><p>质检：%s</p>" % (desc, t[j % 2]))
            elif f == "dish_card":   # dish cards with a photo box, 制作人
                parts.append('<h3>%s</h3>' % title +
                             '<table width="92%%" style="border-collapse:collapse"><tr>%s%s</tr></table>' % (
                                 td("（菜品照片）", ' align="center" width="45%" height="150" style="background:#cfcfcf"'),
                                 td("作品名称：炕锅羊排<br/>制作人：%s<br/>班　级：%s<br/>学　号：%s<br/>完成日期：%s<br/>说明：%s" % (n, cl, sid, day(s, 30 + i), desc),
                                    ' align="left" valign="top"')) + "<p>教师点评：%s</p>" % ["色泽好", "火候到位", "成本核算清楚"][j])
            elif f == "live_script":   # live-stream scripts: the three as 主播 / 场控 / 客服
                roles = [n] + [x for x in names if x != n]
                parts.append('<h3>%s</h3><p>主播：%s　　场控：%s　　客服：%s　　（%s）</p>' % (title, roles[0], roles[1], roles[2], cl) +
                             tbl([["时间段", "环节", "内容"], ["0—10分钟", "开场暖场", "介绍合作社和硒砂瓜产地"],
                                  ["10—40分钟", "切瓜试吃", "展示瓜瓤和甜度"], ["40—90分钟", "促销下单", "两个一箱，包邮"]], width="92%") +
                             "<p>%s　　执笔：%s</p>" % (desc, n))
            elif f == "title_block":   # a drawing-style 标题栏 at the foot: 设计 / 审核 / 日期
                parts.append('<h3>%s</h3>' % title +
                             tbl([["地址", "说明", "地址", "说明"], ["I0.0", "启动按钮", "Q0.0", "加热器一"], ["I0.1", "停止按钮", "Q0.1", "加热器二"],
                                  ["I0.2", "急停", "Q0.4", "报警灯"]], width="80%") + "<p>%s</p>" % desc +
                             tbl([[("枸杞烘干线温控系统", ' colspan="2" rowspan="2"'), "设计", n, "班级", cl],
                                  ["审核", t[j % 2], "日期", day(s, 30 + i)[5:]]], width="80%"))
            elif f == "care_plan":   # a care plan: 制定人 and the resident
                parts.append('<h3>%s</h3>' % title + tbl([["照护对象", s["others_named"][0], "房间", "失智照护区"], ["制定人", n, "班级", cl],
                                                          ["时间", "措施", "观察", "签名"], ["午餐", "坐位，软食，小勺喂食", "无呛咳", n]], width="90%") +
                             "<p>%s</p>" % desc)
            elif f == "design_typed":   # tea-break designs with a credit line 设计：
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["区域", "物品", "数量", "说明"], ["A取餐区", "咖啡、红茶、椰子水", "100份", desc], ["B取餐区", "点心、水果", "100份", "分批出品"]],
                                 width="90%") + '<p style="text-align:right">设计：%s　　%s　　%s</p>' % (n, cl, day(s, 30 + i)))
            elif f == "qc_typed":   # quality records: 检验人 and 复核人
                parts.append('<h3>%s</h3>' % title + tbl([["品名", "盐益智仁", "批号", "YZ2410%02d" % (i * 3 + j + 1)],
                                                          ["检验人", "%s（%s）" % (n, cl), "复核人", t[j % 2]],
                                                          ["项目", "标准", "结果", "结论"], ["性状", "表面棕褐色，略有咸味", "符合", "合格"],
                                                          ["水分", "不得过规定限度", "8.6%", "合格"]], width="90%") + "<p>%s</p>" % desc)
            else:
                raise SystemExit(f)
    if f == "dish_card":
        meth = "x-scanpdf:200:color"
    return "11.html", html(PB.join(parts), font=font), meth


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
        end = ["! 阅 %s" % day(s, 20 + i)[5:]]
        if f in ("thumb_photo", "thumb_photo2"):
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_page":
            head = ["课后作业", "%s　%s号　%s" % (cl, sid[-2:], n)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid[-2:], "----", "课后作业　%s" % c["task"][2:8]]
        elif f == "hand_page2":
            head = ["课后作业", "姓名：%s　学号：%s" % (n, sid)]
        elif f == "print_photo":
            head = ["%s　课后作业" % c["course"], "> %s　%s　%s号" % (cl, n, sid[-2:])]
        elif f == "fringe_scan":
            head = ["%s课后作业" % c["course"], "> 班级：%s　姓名：%s" % (cl, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"thumb_photo": "x-photo:200:1:thumb", "hand_page": "x-scan:250:4", "exercise_book": "x-photo:200:2",
            "thumb_photo2": "x-photo:200:0:thumb", "hand_page2": "x-scan:200:3", "print_photo": "x-photo:200:1",
            "fringe_scan": "x-scan:200:2:color:fringe"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def nation(n, region):
    if n in TIBETAN:
        return "藏族"
    if region == "zw" and n[0] in "马海纳丁锁金":
        return "回族"
    if region == "gm" and n[0] in "马冶":
        return "回族"
    return "汉族"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "xlsx":   # heldout7's x-xlsx: a merged title row, a merged foot row
        rows = [["%s%s学生花名册" % (s["school"], s["cls"]), "", "", "", "", "", ""],
                ["序号", "学号", "姓名", "性别", "民族", "宿舍", "联系电话"]]
        for j, n in enumerate(k):
            rows.append([j + 1, sid_of(s, n), n, sex_of(n), nation(n, s["region"]), "%d号楼%d" % (2 if sex_of(n) == "女" else 3, 201 + rr.randint(0, 18)),
                         "1%d%d****%04d" % (rr.choice([3, 5, 8, 9]), rr.randint(0, 9), rr.randint(0, 9999))])
        rows.append(["班主任：%s　　　　共%d人" % (s["headteacher"], len(k)), "", "", "", "", "", ""])
        spec = {"sheet": s["cls"], "rows": rows, "merges": ["A1:G1", "A%d:G%d" % (len(rows), len(rows))]}
        write(os.path.join(d, "roster.json"), json.dumps(spec, ensure_ascii=False, indent=0))
        man.append("roster.json\t%s花名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
        return
    if r == "csv_gbk":   # a CSV saved by Chinese Excel: GBK, CRLF
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(["序号", "学号", "姓名", "性别", "民族", "住宿"])
        for j, n in enumerate(k):
            w.writerow([j + 1, sid_of(s, n), n, sex_of(n), nation(n, s["region"]), rr.choice(["住校", "住校", "走读"])])
        write(os.path.join(d, "roster.csv"), buf.getvalue(), enc="gbk")
        man.append("roster.csv\t%s学生名单.csv\tcopy\troster\t0" % s["cls"])
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
    truth = {"comment": "Thirty-first held-out people corpus (testdata/heldout31), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad:
        raise SystemExit("these stand in an earlier corpus: rename them: %s" % " ".join(bad))
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
        rng = random.Random(s["seed"] * 7919 + 31)
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
        fct = {1: "班级人数 | %s" % s["form_count"], 2: "学生数 | %s" % s["form_count"],
               3: "授课班级 | %s（%s）" % (s["cls"], s["form_count"])}[grp(s)]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": fct,
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
