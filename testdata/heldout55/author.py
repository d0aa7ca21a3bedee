#!/usr/bin/env python3
"""Write the sources of the fifty-fifth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 鹰潭
(Jiangxi), 亳州 (Anhui) and 荆州 (Hubei).

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
# the truth files read for names, tasks and courses to avoid (heldout56, written at the same time, was not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 55)] + ["othertools"]

# surnames by region, weighted by repetition (common ones several times, rare ones once):
# 鹰潭 (Jiangxi: 桂 祝 余 汪 饶 揭 of 余江 and 贵溪, and the compound 欧阳), 亳州 (north Anhui: 魏 薛 葛
# 耿 任, the local rare 谯; 马 of the Hui families), 荆州 (Hubei: 万 喻 涂 向 熊; 覃 of the Tujia families)
SURNAMES = {
    "yt": list("刘刘刘李李王王张张陈陈黄吴徐胡杨周邓江汪余余桂熊彭付程祝祝饶揭") + ["欧阳"],
    "bz": list("张张张王王王李李刘刘陈陈孙孙朱杨魏魏赵马薛葛任韩耿蒋谯"),
    "jz": list("刘刘刘张张王王李李陈陈黄周杨胡胡熊万喻涂彭向覃"),
}
# given names of pupils born about 2008: a list of this corpus
GIVEN2 = ("子豪 梓萱 浩宇 欣妍 宇轩 佳琪 俊熙 思远 嘉怡 雨涵 子墨 若曦 文博 铭轩 诗琪 语桐 锦程 睿哲 一鸣 昊天 "
          "梦琪 晨阳 子睿 欣悦 梓涵 明哲 志远 诗雨 晓彤 家乐 宏宇 振宇 雅琪 婧怡 泽楷 嘉豪 安琪 书瑶 奕辰 新宇 "
          "鹏飞 天佑 雪晴 紫怡 俊豪 可欣 思彤 宇豪 乐怡 博涛 文杰 梦瑶 家俊 雨萱 浩然 晨曦 凯锐 子健 炜航 紫涵 "
          "珂欣 俊逸 逸凡 佳慧 佳豪 梓豪 雨桐 欣雨 鑫磊 志豪 锦涛 子怡 思琦 晓雯 海洋 家豪 靖雯 炳辉 润泽 星宇 "
          "嘉欣 怡然 思雅 文轩 慧敏 雨婷 瑞琪 鸿涛 宇辰 婉婷 芷若 智超 钰涵 浩南 若彤 景行 一帆 明轩 雅婷 子扬 "
          "钧泽 晟睿 沐辰 宸铭 骏驰 昕妍 婉清 梓琳 雨辰 书涵 楷文 俊驰 弘毅 景瑜 彦博 晟轩 懿轩 铭泽 梓航 宇杰 "
          "子骞 浩轩 润禾 皓轩 瑾萱 梓璇 苡沫 依诺 沐瑶 语汐 欣冉 可昕 芮希 钰彤 诗蕊 思颖 梦洁 淑婷 晴雯 宛如 "
          "佳颖 语嫣 若楠 鑫瑶 昱辰 煜城 浩铭 嘉懿 彦霖 宏博 靖轩 俊朗 致远 明杰 文韬 瀚文 博远 承泽 宸宇 昀泽 "
          "俊宇 锦鹏 宇恒 志鹏 嘉铭 子航 晨睿 晋源 泓宇 雨泽 婧琪 梓晴 馨月 沁雪 欣媛 艺涵 丹妮 睿琳 嘉仪 诗晗 "
          "语菲 柯妤 若琳 雅馨 芷晴 筱雨 亦菲 俊霖 泽宇 铭浩 子谦 文昊 嘉祺 晨铭 浩博 梓锐 骏豪 炫宇 佳乐 俊凯 "
          "思淼 雨珊 梦圆 晓萱 欣蕊 思琪 紫琳 佳蕊 雅琴 慧琳 梓莹 佳怡 宇彤 诗涵 嘉琪 雨晴 梦涵 昊宇 子恒 俊峰 "
          "浩杰 家伟 俊杰 宇航 博文 天宇 家兴 明辉 振华 国豪 子龙 嘉伟 永康 伟杰 海涛").split()
GIVEN1 = list("杰磊鑫婷琳涛帆悦")


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


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


RARE = {"欧阳", "揭", "谯"}   # at most one a class (a planted one counts)


def surname(x):
    return x[:2] if x[:2] == "欧阳" else x[0]


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    pool = SURNAMES[region]
    cap = {x: 1 if x in RARE else max(2, round(pool.count(x) * n / len(pool) * 1.5)) for x in pool}
    tries = 0
    while len(names) < n:
        tries += 1
        if tries > 200000:
            raise SystemExit("cannot draw a class of %d in %s" % (n, region))
        name = draw_one(rng, region)
        if sum(surname(m) == surname(name) for m in names) >= cap[surname(name)]:
            continue   # keep the surnames at the frequencies of a real class
        # never a name of an earlier corpus, of another class of this one, nor near (one character
        # from, or a part of) any name of this class or a planted name, teacher or named outsider
        if used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "coiler": dict(major="机电一体化技术", code="0127", course="生产线电气控制系统装调", task="铜杆连铸连轧生产线收线机PLC控制系统装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="鹰潭一家铜材厂的低氧光亮铜杆连铸连轧线，收线机在换盘时经常乱线，操作工只能停机手动理线。设备部请机电班学员读懂收线机的电气图，重新分配PLC输入输出点，编写梅花收线、满盘计数和自动换盘的程序，接线后空载和带料联调，并写出调试记录交设备部验收。",
   qs=[("问题1 收线机为什么要按铜杆线速度调节转速？", ["铜杆出轧机的速度是定的，收线机转慢了会堆线，转快了会拉细铜杆，所以要用变频器跟随线速度。", "转速要跟上铜杆的速度。", "慢了堆线，快了拉细。"]),
       ("问题2 满盘计数信号从哪里来？", ["由收线盘下方的称重传感器或计米器给出，到设定值PLC就发出换盘信号。", "称重传感器或计米器。", "到设定值就换盘。"])],
   hw=[("1. PLC输出点接接触器线圈时为什么要加续流或阻容？", ["线圈断电时会产生很高的反向电压，加续流二极管或阻容吸收可以保护输出触点。", "保护输出触点。", "吸收反向电压。"]),
       ("2. 带料联调前要做哪些确认？", ["急停有效，防护罩关好，变频器参数核对无误，先空载运行两盘再带料。", "急停和防护罩。", "先空载再带料。"])],
   outputs=[("收线机PLC输入输出分配表", "输入二十二点，输出十四点。"), ("梅花收线与自动换盘程序清单", "换盘动作时间一点八秒。"), ("收线机联调记录", "连续收线六盘，无乱线。")]),
 "chestnut": dict(major="烹饪(中式烹调)", code="0501", course="赣菜热菜制作", task="龙虎山天师板栗烧土鸡宴席热菜制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="龙虎山景区附近一家农家菜馆承接了一批研学团的午宴，要求以当地板栗和散养土鸡做一道天师板栗烧土鸡，再配两道赣味热菜。餐馆厨师长请烹饪班学员开出原料单，完成土鸡的初加工和斩件，掌握板栗去壳、走油和焖烧的火候，按宴席标准装盘出品，并核算每份的成本。",
   qs=[("问题1 板栗为什么要先走油再下锅焖烧？", ["走油后板栗表面结一层壳，焖烧时不容易碎，颜色也更金黄。", "焖的时候不会碎。", "颜色金黄。"]),
       ("问题2 土鸡焖烧时加水量怎样掌握？", ["水没过鸡块一指左右，大火烧开转小火，收汁时再放板栗。", "没过鸡块一指。", "先大火后小火。"])],
   hw=[("1. 斩鸡块时怎样保证大小一致？", ["先按部位分档，再顺着骨节下刀，每块大约三厘米见方。", "按部位分档再斩。", "三厘米左右一块。"]),
       ("2. 宴席热菜出品前要检查什么？", ["检查咸淡、成熟度、装盘是否干净，盘边有没有汤汁。", "咸淡和成熟度。", "盘边干净。"])],
   outputs=[("天师板栗烧土鸡", "板栗软糯，鸡肉酥香，汁浓色亮。"), ("余江辣椒炒肉", "猛火快炒，辣香味浓。"), ("信州藜蒿炒腊肉", "藜蒿脆嫩，腊香扑鼻。")]),
 "balloonflower": dict(major="中药", code="1301", course="中药饮片鉴别与质量检查", task="亳州药市桔梗饮片真伪鉴别与质量检查",
   hours=16, station="中药鉴定一体化学习工作站",
   situation="亳州中药材市场上一家饮片经营部收到一批桔梗饮片，买方怀疑其中掺有霞草根和硫磺熏过的货。经营部把样品送到学校实训中心，请中药班学员按药典标准做性状鉴别、显微鉴别和理化检查，测定水分和二氧化硫残留，出具鉴别报告并提出处理意见。",
   qs=[("问题1 桔梗饮片的性状特征有哪些？", ["切面皮部黄白色，形成层环棕色，木部淡黄色，习称金井玉栏，味微甜后苦。", "金井玉栏，味微甜后苦。", "形成层环棕色。"]),
       ("问题2 怎样初步判断饮片是否用硫磺熏过？", ["颜色异常洁白，闻有刺鼻的酸味，口尝发酸，再用二氧化硫残留测定确认。", "颜色太白，有酸味。", "测二氧化硫残留。"])],
   hw=[("1. 桔梗和霞草根怎样区别？", ["霞草根切面有黄白相间的异型维管束环纹，味苦而麻舌，桔梗没有。", "霞草根有异型维管束。", "霞草根麻舌。"]),
       ("2. 饮片水分超标会有什么后果？", ["容易发霉、虫蛀，有效成分分解，储存期缩短。", "易发霉虫蛀。", "成分分解。"])],
   outputs=[("桔梗饮片性状鉴别报告", "样品中约一成为霞草根片。"), ("桔梗饮片显微鉴别报告", "可见菊糖结晶，部分样品见草酸钙簇晶。"), ("桔梗饮片理化检查报告", "二氧化硫残留超过限量。")]),
 "chrysanthemum": dict(major="电子商务", code="0603", course="农特产品直播电商运营", task="亳菊花茶直播间选品与直播脚本策划",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="亳州一家花草茶合作社新上线了亳菊、菊花枸杞组合茶和胎菊三款产品，想在短视频平台开一场专场直播。运营经理请电商班学员分析同类产品的价格和评价，确定直播选品和价格梯度，写出整场直播脚本，分组模拟开播，并在播后复盘转化数据。",
   qs=[("问题1 为什么要设置引流款、利润款和福利款？", ["引流款价格低吸引人进直播间，利润款保证收益，福利款留住观众，三者配合提高转化。", "引人、赚钱、留人。", "提高转化。"]),
       ("问题2 直播脚本要写清哪些内容？", ["每个时间段的环节、产品、讲解要点、互动话术和福利发放时间。", "时间段和讲解要点。", "互动话术和福利。"])],
   hw=[("1. 直播复盘主要看哪几个数据？", ["观看人数、平均停留时长、商品点击率和成交转化率。", "停留时长和转化率。", "点击率和成交。"]),
       ("2. 介绍亳菊时可以突出哪些卖点？", ["产地亳州、花朵完整、冲泡后汤色清亮、口感甘醇。", "产地和汤色。", "花朵完整，口感甘醇。"])],
   outputs=[("亳菊专场直播脚本", "整场九十分钟，七个环节。"), ("直播选品与价格梯度表", "三款产品，九元九引流。"), ("直播复盘报告", "平均停留一分十二秒。")]),
 "tunnel": dict(major="计算机动画制作", code="0306", course="三维漫游动画制作", task="曹操运兵道景区导览三维动画短片制作",
   hours=18, station="数字媒体一体化学习工作站",
   situation="亳州曹操运兵道景区想在游客中心的大屏上播放一段导览短片，让游客进地道前先了解地道的走向、猫耳洞和传话孔等结构。景区宣传科请动画班学员根据实测平面图搭建地道的三维场景，设计镜头路线，完成灯光、材质和漫游动画，输出一分钟左右的导览短片。",
   qs=[("问题1 地道场景为什么要先做灰模？", ["先用简单体块确定地道的走向、宽窄和镜头路线，确认后再细化材质，返工少。", "先定走向和镜头。", "减少返工。"]),
       ("问题2 地下场景的灯光怎样布置？", ["以沿途的油灯做主光源，暖色点光，再加弱的环境光，保证暗处也看得清。", "油灯暖光加环境光。", "暗处也要看清。"])],
   hw=[("1. 漫游动画的镜头速度怎样控制？", ["按人步行的速度，每秒一米左右，转弯处放慢，并加缓入缓出。", "像人走路一样。", "转弯放慢。"]),
       ("2. 输出导览短片要注意哪些参数？", ["按大屏的分辨率输出，每秒二十五帧，码率不要太低，先渲染小样检查。", "分辨率和帧率。", "先渲染小样。"])],
   outputs=[("导览短片分镜说明", "共十四个镜头。"), ("地道场景模型与材质说明", "砖墙材质三种。"), ("导览短片输出说明", "时长一分零六秒。")]),
 "airbrake": dict(major="汽车维修", code="0403", course="商用车制动系统检修", task="城市公交车气压制动系统漏气故障诊断与排除",
   hours=16, station="汽车维修一体化学习工作站",
   situation="荆州一家公交公司的一辆十米城市公交车，驾驶员反映停车后气压表读数下降很快，早上出车要打气十多分钟。维修车间主管请汽修班学员查阅维修资料，做好车辆防护后用肥皂水和听诊的方法查找漏气部位，检查制动阀、继动阀和管路接头，更换损坏件并做气密性试验，填写维修工单。",
   qs=[("问题1 停车后气压下降应先检查哪些部位？", ["空压机到储气筒的单向阀、储气筒放水阀、各管路接头和制动阀的排气口。", "单向阀和放水阀。", "管路接头和排气口。"]),
       ("问题2 气密性试验怎样判定合格？", ["气压充到规定值后停机，发动机熄火五分钟内气压下降不超过十千帕。", "五分钟降不超过十千帕。", "停机看压降。"])],
   hw=[("1. 用肥皂水查漏时要注意什么？", ["管路要先充足气，逐个接头涂抹，看有没有气泡，查完擦干净。", "充足气逐个涂。", "看有没有气泡。"]),
       ("2. 继动阀的作用是什么？", ["缩短后轮制动的反应时间，让储气筒的压缩空气直接进入后制动气室。", "缩短反应时间。", "直接给后气室充气。"])],
   outputs=[("公交车气压制动系统维修工单", "更换继动阀一只。"), ("漏气部位检查记录", "继动阀排气口持续漏气。"), ("气密性试验记录", "五分钟压降六千帕，合格。")]),
 "fall": dict(major="健康与社会照护", code="0529", course="社区居家老人照护", task="社区独居老人居家环境防跌倒评估与改造指导",
   hours=14, station="社区照护一体化学习工作站",
   situation="荆州古城边的一个老旧小区里住着不少独居老人，社区卫生服务站统计近一年有多位老人在家中跌倒。服务站请照护班学员提前电话预约，上门评估老人的行走能力和居家环境，找出地面、照明、卫生间和床边的跌倒隐患，提出改造建议，并教老人做简单的平衡训练。",
   qs=[("问题1 居家环境评估要看哪些地方？", ["地面是否湿滑、有无门槛和杂物，夜间照明，卫生间有没有扶手，床和椅子的高度。", "地面、照明、扶手。", "床和椅子的高度。"]),
       ("问题2 上门前为什么要电话预约？", ["确认老人在家、方便的时间，请家属到场，也让老人有心理准备。", "确认老人在家。", "请家属到场。"])],
   hw=[("1. 卫生间防跌倒有哪些改造办法？", ["铺防滑垫，马桶和淋浴旁装扶手，洗澡用淋浴椅，夜间留小夜灯。", "防滑垫和扶手。", "淋浴椅和小夜灯。"]),
       ("2. 老人跌倒后照护员首先做什么？", ["不要急着扶起，先看意识和有无出血、骨折，再决定扶起或呼叫急救。", "先评估再扶。", "不要急着扶。"])],
   outputs=[("上门服务工单（居家环境评估）", "发现隐患五处。"), ("居家跌倒风险评估表", "评估为中度风险。"), ("平衡训练指导记录", "老人能扶椅完成站立踏步。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="鹰潭市铜都技工学校", pack="dir", region="yt", course="coiler", cls="机电2402班", size=40, seed=11,
         sidp="24360127", students=["桂俊熙", "祝雨涵", "揭浩宇"], outsiders={"揭浩宇": "机电2401班"}, out_sidp="2436012701",
         extra_class=["余炜航"], bad={"余炜航": "over"},
         teachers=["汪建华", "程启明", "付海燕"], form_count="40人",
         f8="line_station", f10="exam_order", f11="plc_listing", f12="wm_photo",
         findings=[("students.not_in_class", 8, True, "揭浩宇"), ("records.invalid_score", 10, False, "余炜航")],
         comment="揭浩宇 of the parallel class 机电2401班 (his class and 学号 on his worksheet, program listing and homework) is "
                 "the third student of 8/11/12; item 10 (40 rows = form `40人`) has no record of him: students.not_in_class. "
                 "Item 10 (scanned 250 dpi gray) is a 技能考核 register in the order of the drawn 考号 (not of the 学号), with "
                 "考位 and the 学号 in the LAST column; 余炜航 has 36 under `程序编写(30)` (总分 the sum): records.invalid_score. "
                 "Item 8 (scanned 250 dpi gray, cropped by the scanner's wrong size detection). Item 12: phone photos with a "
                 "camera app's time-and-place watermark. No roster"),
    dict(school="鹰潭市铜都技工学校", pack="dir", region="yt", course="chestnut", cls="烹饪2403班", size=36, seed=12,
         sidp="24360501", students=["饶诗琪", "欧阳靖雯", "熊宇豪"], others_named=["龚秋萍", "邓国强"],
         teachers=["桂国栋", "饶素琴"], form_count="36人", roster="plain", headteacher="江美霞",
         f8="head_row", f10="two_row_head", f11="dish_card", f12="hand_crop",
         findings=[],
         comment="clean. Roster (typed 学生名单, 36, 班长 … in 备注) = form `36人` = 36 rows of item 10 (TYPED, a two-row head "
                 "过程评价/成品评价). The banquet's booker 龚秋萍 on every worksheet and the restaurant's head chef 邓国强 as "
                 "`验收` on every dish card (neither a student). 欧阳靖雯 has a compound surname. Item 12: hand-written pages "
                 "(WenKai), scanned 250 dpi gray, cropped by the scanner's wrong size detection"),
    dict(school="亳州市涡河高级技工学校", pack="gbkzip", region="bz", course="balloonflower", cls="中药2401班", size=40, seed=21,
         sidp="2434130101", students=["薛凯锐", "葛欣妍", "蒋一鸣"], extra_class=["谯梦瑶"], absent_from_10=["谯梦瑶"],
         others_named=["朱红霞"], teachers=["孙振邦", "魏淑芳"], form_count="40", roster="checkin",
         f8="corner_box", f10="plain_gender", f11="sample_report", f12="exercise_book",
         findings=[("records.missing_student", 10, False, "谯梦瑶"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 2024级新生报到登记表: 录取编号, 学号, 姓名, 性别, 生源地, 报到时间 and ✓ by hand, 40) and the form "
                 "(`学生人数 | 40`) hold 谯梦瑶 (a rare local surname); item 10 (TYPED) has 39 rows and none for her: "
                 "records.missing_student and records.count_mismatch. Item 11: a 样品送检单 naming the sender 朱红霞 (送检人, "
                 "not a student) before each typed 鉴别报告 (鉴别人 the student, 复核人 a teacher)"),
    dict(school="亳州市涡河高级技工学校", pack="gbkzip", region="bz", course="chrysanthemum", cls="电商2402班", size=38, seed=22,
         sidp="2434060302", students=["任珂欣", "耿佳怡", "马炳辉"], items={12: ["任珂欣", "耿佳怡", "韩雨萱"]},
         extra_class=["韩雨萱"], teachers=["朱立群", "耿秀荣"], form_count="38",
         f8="blank_line", f10="plain_grade", f11="live_script", f12="wm_photo2",
         findings=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos with a camera app's time-and-place watermark) holds the homework of 任珂欣, 耿佳怡 and "
                 "classmate 韩雨萱 (with an item-10 record) instead of 马炳辉's (items 8 and 11 hold the three): "
                 "students.mismatch. Item 10 TYPED, 38 rows = form `38`. Item 8: `姓名：＿ 班级：＿ 学号：＿` by hand, "
                 "1-bit fax-like 200 dpi. No roster"),
    dict(school="亳州市涡河高级技工学校", pack="gbkzip", region="bz", course="tunnel", cls="动画2401班", size=34, seed=23,
         sidp="2434030601", students=["魏子睿", "张婧怡", "陈景行"], items={8: ["魏子睿", "张婧怡", "陈景行", "杨思雅"]},
         extra_class=["杨思雅", "赵俊逸"], bad={"赵俊逸": "sum"}, teachers=["蒋文涛", "葛丽娟"], form_count="34",
         f8="head_row2", f10="max_row_remark", f11="work_sheet", f12="submit_list",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "赵俊逸")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray) holds FOUR worksheets: the three and classmate 杨思雅 (with an item-10 record): "
                 "students.count on 8; students.mismatch optional. Item 10 (TYPED, a `满分` row under the head, 备注): 赵俊逸's "
                 "总分 is 6 above the sum of his parts: records.invalid_score. Item 12 (typed): a printed 作业提交记录 (the "
                 "file names carry class and name) before the three homework pages. No roster"),
    dict(school="荆州市长湖技工学校", pack="zip", region="jz", course="airbrake", cls="汽修2401班", size=42, seed=31,
         sidp="24420403", students=["万浩然", "喻博涛", "彭若彤"], extra_class=["涂家俊", "胡鸿涛"], absent_from_10=["胡鸿涛"],
         bad={"涂家俊": "sum"}, others_named=["黄德兵"], teachers=["熊国庆", "喻光明"], form_count="42人",
         f8="plain_line", f10="plain_scan", f11="repair_order", f12="name_photo",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "涂家俊")],
         comment="item 10 (scanned 250 dpi gray) lists 41; the form says `汽修2401班（42人）`: records.count_mismatch (no roster). "
                 "涂家俊's 总分 is 8 above the sum of his parts: records.invalid_score. Item 11: typed 维修工单, the bus driver "
                 "黄德兵 as 送修人 (not a student), the student as 维修技师. Item 8: plain `班级＿ 学号＿ 姓名＿`, scanned "
                 "200 dpi gray, cropped by the scanner's wrong size detection"),
    dict(school="荆州市长湖技工学校", pack="zip", region="jz", course="fall", cls="照护2402班", size=38, seed=32,
         sidp="24420529", students=["覃雅琪", "胡晨曦", "涂欣雨"], items={12: ["覃雅琪", "胡晨曦"]},
         others_named=["邹秀英", "王秀琴", "袁小芳"], teachers=["涂翠萍", "刘志刚"], form_count="38人",
         roster="nation", headteacher="万淑华",
         f8="call_block", f10="group_col", f11="home_visit", f12="two_photo",
         findings=[("students.count", 12, False)], optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos) holds the homework of only TWO students, 覃雅琪 and 胡晨曦 (涂欣雨's is missing; 8 and "
                 "11 hold the three): students.count on 12; students.mismatch optional. Roster (typed, 民族: 土家族 for the 覃 "
                 "and 向 families, 38) = form `38人` = 38 rows of item 10 (TYPED, with a 组别 column). The elder 邹秀英, her "
                 "daughter 王秀琴 (接听人 of the phone appointment on every worksheet) and the grid worker 袁小芳 (陪同人员 "
                 "on the service orders) are no students"),
]

PROVINCE = {1: "江西省鹰潭市", 2: "安徽省亳州市", 3: "湖北省荆州市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 鹰潭: "成果8-工作页.pdf"
        return "成果%d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 亳州: "（8）工作页.pdf" (the number in full-width brackets)
        return "（%d）%s.pdf" % (n, NAMES[n])
    return "%d_%s_%s.pdf" % (n, NAMES[n], s["cls"])   # 荆州: "8_工作页_汽修2401班.pdf"


def form_name(s, c):
    return {1: ("申报书-%s.docx" % c["major"].split("(")[0], "docx"),
            2: ("工学一体化优质课堂项目申报书（%s）.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("%s申报书.docx" % c["task"], "docx")}[grp(s)]


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


# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "承担工作"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 鹰潭: four columns, two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业编码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("学生人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 亳州: one label a row, 学生人数 a bare number
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("实施场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 荆州: class and size in one cell, the size in brackets
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级（人数）", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("实施场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务情境</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>本课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤推进：学生接到任务后查阅资料、明确要求，小组讨论拟订计划，经教师点评后确定方案，按方案分工实施，教师在现场巡回检查、纠正偏差、强调安全，任务完成后各组展示成果，经自评、互评和教师点评形成评价结果。</p>
<h3>五、建设成效</h3><p>任务来自{prov}本地企业的真实生产和服务项目，学生按企业标准完成工作，岗位适应能力明显提高。</p>
<h3>六、承诺</h3><p>本单位保证所报材料真实、原创，如有不实，愿承担相应责任。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 17, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}相关企业的岗位要求转化。\n二、学习任务\n本学期实施“{task}”，共{hours}学时。\n三、评价方式\n过程评价与结果评价相结合。",
    2: "{school}\n“{task}”学习任务分析\n一、任务描述\n{situation}\n二、工作过程\n明确任务、制订计划、实施作业、检验交付、评价总结。",
    3: "{school}\n{task}教学活动策划\n学习活动一　明确任务，获取信息\n学习活动二　制订计划，确定方案\n学习活动三　实施作业，过程检查\n学习活动四　成果交付，评价总结",
    4: "{school}\n{course}教学进度安排（{hours}学时）\n第一周　明确任务，获取信息\n第二周　制订并审定计划\n第三周　实施作业\n第四周　检验交付与评价总结",
    5: "{school}\n{task}教学活动设计\n第一学时　情境导入，下达任务\n第二至四学时　引导问题与资料学习\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、教学微课、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为信息查阅区、计划讨论区、实操作业区和成果展示区。",
    9: "{school}\n{task}考核方案\n考核由过程评价和结果评价组成，成绩由任课教师填入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 对", "√ 好", "√ 8分", "√ 完整", "√ 10分", "√ 准确", "√ 9分", "√ 可以"])


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
        comment = '<p>教师评价：<span %s>%s</span>　　评阅教师：%s</p>' % (RED, ["完成较好", "思路清楚", "基本正确", "有改进"][i % 4], t[0])
        if f == "line_station":   # 班级＿ 姓名＿ 学号＿ 工位号＿ on one line
            head = '<p>班级＿%s＿　姓名＿%s＿　学号＿%s＿　工位号＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True), hand("%02d" % (3 + 4 * i), True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_row":   # a bordered head row 姓名 | 班级 | 学号 | 日期, the banquet's booker named
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid[-2:], True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            order = '<p>宴席预订单：研学团午宴十二桌　预订人：%s　用餐时间：%s 11:30</p>' % (s["others_named"][0], day(s, 3)[5:])
            body = title + head + order + sit + answers(c, rng, i) + comment
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right
            box = ('<table width="100%%"><tr><td></td><td width="42%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = box + title + '<p>班级：%s　　指导教师：%s　　%s</p>' % (cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 姓名：＿ 班级：＿ 学号：＿ by hand
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_row2":   # a bordered head row with 小组 and 岗位
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "小组", hand("第%s组" % "一二三四"[i], True),
                         "岗位", hand(["建模", "材质", "灯光", "镜头"][i], True)]], width="100%", pad="4px 4px")
            body = title + head + '<p>班级：%s　　%s</p>' % (cl, day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级＿ 学号＿ 姓名＿ line
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "call_block":   # a printed phone-appointment block, the elder's daughter as 接听人
            call = tbl([[("<b>上门服务电话预约记录</b>", ' colspan="4"')],
                        ["预约人", hand(n, True), "接听人", "%s（老人之女）" % s["others_named"][1]],
                        ["服务对象", "%s（79岁，独居）" % s["others_named"][0], "预约上门时间", hand("%s 9:30" % day(s, 5 + i)[5:], True)]],
                       width="100%", pad="3px 4px")
            body = (call + title + '<p>姓名：%s　班级：%s　学号：%s</p>' % (hand(n, True), hand(cl, True), hand(sid[-2:], True))
                    + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"line_station": "x-scanpdf:250:autocrop", "head_row": "x-scanpdf:200:color", "corner_box": "x-scanpdf:200",
            "blank_line": "x-scanpdf:200:mono", "head_row2": "x-scanpdf:250", "plain_line": "x-scanpdf:200:autocrop",
            "call_block": "x-scanpdf:200:color"}[f]
    font = {"head_row": "Noto Sans CJK SC", "call_block": "Noto Sans CJK SC", "head_row2": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


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
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师（签名）：%s　　　　　专业部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "exam_order":   # a 技能考核 register in the order of the drawn 考号, 考位, the 学号 last
        parts = [("电气接线", 25), ("程序编写", 30), ("联机调试", 30), ("安全文明", 15)]
        order = list(rec)
        rng.shuffle(order)
        hd = ["考号", "考位"] + ["姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "学号"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(order):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 36
            out.append(trow(["K%03d" % (k + 1), "%s-%d" % ("AB"[k % 2], k // 2 + 1), n] + [str(x) for x in v] + [str(sum(v)), sid_of(s, n)], pad))
        body = (head10(s, c, "技能考核成绩登记表（按抽签考号排列）") +
                "<p>考核方式：抽签确定考号和考位，两个考区（A区、B区）同时进行，每场九十分钟。</p>" + table(out) +
                "<p>应考%d人，实考%d人。</p>" % (len(rec), len(rec)) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "two_row_head":   # 过程评价 / 成品评价 over their parts
        parts = [("出勤", 10), ("纪律", 10), ("卫生", 10), ("刀工", 20), ("火候", 25), ("色香味形", 25)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程评价（30分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>成品评价（70分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.65, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_gender":   # a plain Word table with a 性别 column
        parts = [("性状鉴别", 30), ("显微鉴别", 20), ("理化检查", 30), ("鉴别报告", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, s["sex"][n]] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "plain_grade":   # a plain table with 等级
        parts = [("选品分析", 20), ("脚本策划", 30), ("直播演练", 30), ("数据复盘", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "max_row_remark":   # a 满分 row under the head and a 备注 column
        parts = [("分镜设计", 20), ("场景建模", 30), ("灯光材质", 20), ("动画输出", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "备注"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>", ""], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            note = {3: "组长", 12: "组长", 21: "组长", 30: "组长"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), note], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "plain_scan":   # a plain register, scanned
        parts = [("安全防护", 10), ("故障检查", 25), ("诊断分析", 35), ("修复验证", 20), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:250"
    if f == "group_col":   # a 组别 column before the 学号
        parts = [("风险评估", 30), ("改造建议", 30), ("沟通指导", 25), ("职业素养", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "组别", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), "%d组" % (k // 6 + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    mono = "font-family:'Noto Sans Mono CJK SC';font-size:9pt"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        if f == "dish_card":   # one page of three dish cards per student, the head chef as 验收
            cards = []
            for j, (dish, desc) in enumerate(c["outputs"]):
                cards.append('<table style="border-collapse:collapse;border:1.5pt solid #7a1f1f" width="86%%" align="center"><tr><td style="padding:8px">'
                             '<p style="text-align:center;font-size:17pt;color:#7a1f1f"><b>%s</b></p><p>主料：%s</p><p>特点：%s</p>'
                             '<p>制作人：%s　%s　　验收：%s（厨师长）</p></td></tr></table><p>&nbsp;</p>'
                             % (dish, ["土鸡、板栗", "五花肉、余江辣椒", "藜蒿、腊肉"][j], desc, n, cl, s["others_named"][1]))
            parts.append('<p style="text-align:center"><b>菜品展示卡</b></p>' + "".join(cards))
            continue
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "plc_listing":   # a program listing, the author in the head comments
                lines = ["(* %s *)" % title, "(* 项目：%s *)" % c["task"][:12], "(* 编程：%s　班级：%s *)" % (n, cl),
                         "(* 日期：%s *)" % day(s, 30 + i), "",
                         "LD     X0%d      // 启动" % j, "AND    X1%d      // 防护罩关闭" % (j + 2), "OUT    Y00%d" % j,
                         "LD     C%d       // 满盘计数到" % (10 + j), "SET    M1%d      // 换盘请求" % j,
                         "TMR    T%d K18  // 换盘动作1.8秒" % (20 + i), "END"]
                parts.append('<h3>%s</h3><p style="%s">%s</p><p>说明：%s　　调试人：%s　　审核：%s</p>'
                             % (title, mono, "<br/>".join(x.replace(" ", "&nbsp;") for x in lines), desc, n, t[j % 2]))
            elif f == "sample_report":   # a 送检单 naming the sender, then the 鉴别报告
                parts.append('<h3 style="text-align:center">样品送检单</h3>' +
                             tbl([["送检单位", "亳州某中药饮片经营部", "送检人", s["others_named"][0]],
                                  ["样品名称", "桔梗饮片", "批号", "JG2410%02d" % (11 + j)], ["送检日期", day(s, 20 + i), "样品量", "200 g"]], width="92%") +
                             '<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["鉴别人", "%s（%s）" % (n, cl), "复核人", t[j % 2]], ["检验依据", ("《中国药典》一部 桔梗", ' colspan="3"')],
                                  ["结论", (desc, ' colspan="3"')]], width="92%"))
            elif f == "live_script":   # a live-stream script, 策划人 and 主播
                parts.append('<h3>%s</h3><p>策划人：%s　　班级：%s　　主播：%s　　%s</p>' % (title, n, cl, n, day(s, 30 + i)) +
                             tbl([["时间段", "环节", "产品", "话术要点"], ["0-10分", "开场暖场", "—", "介绍合作社和亳菊产地"],
                                  ["10-30分", "引流款", "胎菊小罐", "九元九限量"], ["30-60分", "主推款", "亳菊礼盒", "现场冲泡看汤色"]], width="92%") +
                             "<p>%s</p>" % desc)
            elif f == "work_sheet":   # a work description, 作者
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["作品名称", "走进运兵道", "作者", n], ["班级", cl, "软件", "3ds Max / Premiere"],
                                  ["说明", (desc, ' colspan="3"')]], width="90%") + "<p>教师意见：%s</p>" % ["镜头流畅", "结构准确", "画面清晰"][j])
            elif f == "repair_order":   # a repair order, the driver as 送修人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车牌号", "鄂D·%05d" % (31270 + 11 * j), "车型", "十米城市公交车"], ["送修人", "%s（驾驶员）" % s["others_named"][0], "进厂日期", day(s, 20 + i)],
                                  ["维修技师", "%s（%s）" % (n, cl), "质检员", t[j % 2]], ["处理结果", (desc, ' colspan="3"')]], width="92%"))
            elif f == "home_visit":   # a home-visit service order: 服务人员, the elder, the grid worker
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["服务人员", n, "班级", cl], ["服务对象", s["others_named"][0], "陪同人员", "%s（社区网格员）" % s["others_named"][2]],
                                  ["服务日期", day(s, 20 + i), "服务时长", "60分钟"], ["服务内容", (desc, ' colspan="3"')]], width="92%") +
                             "<p>带教老师：%s</p>" % t[j % 2])
            else:
                raise SystemExit(f)
    font = "Noto Sans CJK SC" if f in ("dish_card", "live_script", "home_visit") else "Noto Serif CJK SC"
    return "11.html", html(PB.join(parts), font=font), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "submit_list":   # a printed 作业提交记录, then the three typed homeworks
        rows = [["序号", "提交人", "文件名", "提交时间", "大小"]]
        for i, n in enumerate(names):
            rows.append([str(i + 1), n, "%s-%s-课后作业.docx" % (s["cls"], n), "%s 21:%02d" % (day(s, 20 + i)[5:], 7 + 13 * i), "%d KB" % (36 + 5 * i)])
        pages = ['<h3 style="text-align:center">课后作业提交记录</h3><p>课程：%s　　班级：%s　　导出时间：%s</p>' % (c["course"], s["cls"], day(s, 24)) +
                 tbl(rows, width="100%") + "<p>（本表由课程平台导出打印，共%d份）</p>" % len(names)]
        for i, n in enumerate(names):
            qa = "".join("<p><b>%s</b></p><p>%s</p>" % (q, a[(i + qi + 1) % 3]) for qi, (q, a) in enumerate(c["hw"]))
            pages.append('<p style="text-align:center"><b>%s　课后作业</b></p><p>班级：%s　　姓名：%s　　学号：%s</p>' % (c["course"], cls_of(s, n), n, sid_of(s, n)) +
                         qa + '<p %s>%s　阅 %s</p>' % (RED, mark(rng), t[0]))
        return "12.html", html(PB.join(pages), font="Noto Sans CJK SC"), "pdf"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s" % day(s, 20 + i)[5:]]
        if f in ("wm_photo", "wm_photo2"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "hand_crop":
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f == "exercise_book":   # an exercise-book cover, then the page inside
            head = ["", "", "　　　　　练　习　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　课后作业" % c["task"][:8]]
        elif f == "name_photo":
            head = ["课后作业（制动系统）", "> %s　%s　学号%s" % (cl, n, sid[-2:])]
        elif f == "two_photo":
            head = ["%s　课后练习" % c["course"], "> 姓名：%s　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"wm_photo": "x-photo:200:3:wmcam", "hand_crop": "x-scan:250:4:autocrop", "exercise_book": "x-photo:200:2",
            "wm_photo2": "x-photo:200:1:wmcam", "name_photo": "x-photo:200:2", "two_photo": "x-photo:200:3"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

ORIGIN = ["谯城区", "涡阳县", "蒙城县", "利辛县"]


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "plain":   # a plain typed 学生名单 with 备注 (class officers)
        rows = [["序号", "学号", "姓名", "性别", "联系电话", "备注"]]
        duty = {1: "班长", 6: "团支书", 13: "学习委员", 22: "劳动委员"}
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, s["sex"][n], "1%d%d****%04d" % (rr.choice([3, 5, 8]), rr.randint(0, 9), rr.randint(0, 9999)),
                         duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="90%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　共%d人　　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "checkin":   # a new-student check-in sheet: 录取编号, 生源地, 报到时间 and a tick by hand
        rows = [["序号", "录取编号", "学号", "姓名", "性别", "生源地", "报到时间", "确认"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), "LQ24%04d" % (3100 + 7 * j), sid_of(s, n), n, s["sex"][n], rr.choice(ORIGIN),
                         hand("9/%d %d:%02d" % (rr.choice([1, 1, 2]), rr.randint(8, 16), rr.randint(0, 59)), True, size="9.5pt"),
                         hand("√", True, size="10pt")])
        body = ('<h2 style="text-align:center">%s<br/>2024级新生报到登记表</h2><p>专业：中药　　班级：%s　　报到地点：实训楼一楼大厅</p>'
                % (s["school"], s["cls"]) + tbl(rows, width="100%", pad="1px 3px", bold=(0,)) +
                "<p>应报到%d人，实报到%d人。　　接待教师：%s</p>" % (len(k), len(k), s["teachers"][1]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.2cm"))
        man.append("roster.html\t%s新生报到登记表.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "nation":   # a typed 学生名单 with 民族 and 出生年月
        rows = [["序号", "学号", "姓名", "性别", "民族", "出生年月"]]
        for j, n in enumerate(k):
            mz = "土家族" if n[0] in "覃向" else "汉族"
            rows.append([str(j + 1), sid_of(s, n), n, s["sex"][n], mz, "2008.%02d" % rr.randint(1, 12) if rr.random() < 0.8 else "2009.%02d" % rr.randint(1, 8)])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024—2025学年</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="86%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　合计：%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    raise SystemExit(r)


MALE = set("豪宇轩熙远博墨程哲鸣天阳睿明志家振泽辰新鹏佑涛杰俊航凡磊锐健南行帆扬辉洋超")


def sex_of(n):
    return "男" if n[-1] in MALE else "女"


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Fifty-fifth held-out people corpus (testdata/heldout55), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    for n in all_teachers + all_planted + all_others:
        if used(n):
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT:
                raise SystemExit("%s was used by an earlier corpus" % w)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    assert len(set(all_others)) == len(all_others), "a named outsider stands twice"
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
        rng = random.Random(s["seed"] * 7919 + 55)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        for i, a in enumerate(s["klass"]):
            for b in s["klass"][i + 1:]:
                assert not near(a, b), (a, b)
        s["sex"] = {n: sex_of(n) for n in s["klass"]}
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
        fct = {1: "学生人数 | %s" % s["form_count"], 2: "学生人数 | %s" % s["form_count"],
               3: "授课班级（人数） | %s（%s）" % (s["cls"], s["form_count"])}[grp(s)]
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
