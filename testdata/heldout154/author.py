#!/usr/bin/env python3
"""Write the sources of the hundred-and-fifty-fourth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 仪征
(江苏, 扬州), 洪湖 (湖北, 荆州) and 容县 (广西, 玉林).

    python3 author.py      (rewrites src/ and truth.json)
    sh build.sh OUT
"""
import datetime
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
# the truth files and READMEs read for names, tasks, courses and places to avoid
# (heldout153 to heldout156 are written at the same time and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 153)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 仪征 (扬州 families, with 仇 卞 殷 胥 印 卜 of the 江淮 towns),
# 洪湖 (江汉平原: 涂 万 熊 喻 付 彭 …), 容县 (玉林: 封 覃 庞 梁 钟 莫 …)
SURNAMES = {
    "yz": list("王王王王王王张张张张张陈陈陈陈陈李李李李刘刘刘刘朱朱朱徐徐徐吴吴周周孙孙杨杨黄黄蒋丁许潘仇卞殷戴薛卜夏胥印"),
    "hh": list("李李李李李张张张张张王王王王王刘刘刘刘陈陈陈陈杨杨周周黄黄胡胡万万彭涂涂熊余邓肖曾喻付汪龚雷"),
    "rx": list("陈陈陈陈陈黄黄黄黄李李李李梁梁梁梁杨杨刘刘封封覃覃韦韦庞钟莫冯甘欧苏何罗林"),
}
# given names: the everyday names of students born around 2008 and 2009
GIVEN2 = ("浩宸 佳欣 子默 宇凡 思源 雨彤 一帆 泽昊 语桐 欣怡 子昂 思琪 浩然 嘉豪 雨欣 梓涵 宇航 诗雨 文博 雅婷 "
          "俊宇 诗琪 浩轩 雨萱 思雨 家豪 晓琳 若溪 子涵 奕霖 梓萱 皓宇 俊辉 雅雯 安然 思彤 宸宇 星辰 乐瑶 "
          "佳豪 子睿 铭轩 宇涵 梦瑶 嘉欣 泽宇 欣妍 一诺 晨曦 若涵 睿哲 书涵 嘉琪 子轩 雨婷 宇轩 佳琪 可欣 "
          "博宇 俊杰 晓雯 天宇 佳怡 梓琪 一鸣 雪妍 昊天 诗涵 锦鹏 婧怡 子怡 宇豪 紫涵 宏宇 梦洁 雨涵 浩博 "
          "俊熙 思涵 明宇 晨阳 心悦 子豪 艺萱 瑞琪 嘉怡 奕博 慧敏 子健 佳慧 晨宇 雅琪 鑫宇 梓豪 雨菲 新月 "
          "志远 语嫣 振宇 佳颖 紫琪 凯瑞 宇翔 欣悦 梓航 可馨 子晴 家乐 嘉禾 靖雯 宇泽 嘉诚 依诺 天佑 文轩 "
          "俊逸 思妍 雨泽 梓妍 子萱 鸿宇 晓彤 婉婷 俊熙 语晨 浩楠 思佳 宇辰 沐阳 雅馨 子墨 静怡 炜宸 嘉琳 "
          "梦琪 泽楷 雨晴 锦程 恩泽 佳宁 一凡 诗婷 晓萱 旭东 博文 子瑜 心怡 明哲 俊楠 芷若 若曦 涵予 书瑶").split()
GIVEN1 = list("洋琪颖杰涛悦婷磊鑫昊")
FIRST = list("子梓宇浩俊嘉思雨欣佳可若诗一晨泽铭昊睿奕博文雅语书心明天锦志家予沐乐晓静")
SECOND = list("轩涵辰宇琪怡萱然泽杰豪航彤瑶妍宁阳凡博诚晗熙楠琳彬翔逸瑞婷蕊哲源")


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
# the cities, the schools and the landmarks they are named after: none may stand in an earlier truth file or cut README
PLACES = ["仪征", "真州", "洪湖", "瞿家湾", "容县", "绣江", "仪征市真州技工学校", "洪湖市瞿家湾技工学校", "容县绣江技工学校"]


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
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for k in range(600):
            if k < 80:
                g = rng.choice(GIVEN1) if rng.random() < 0.08 else rng.choice(GIVEN2)
            else:   # the list is worn out for this surname: compose a given name of two everyday name characters
                g = rng.choice(FIRST) + rng.choice(SECOND)
            name = sur + g
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "winder": dict(major="机电一体化技术", code="0127", course="机电设备气动与PLC控制系统检修", task="化纤长丝卷绕机自动落筒机构气动回路与PLC控制故障检修",
   hours=18, station="机电设备装调与维修一体化学习工作站",
   situation="仪征一家化纤企业的长丝卷绕车间里，一台卷绕机的自动落筒机构最近常在换筒时卡住：推筒气缸动作迟缓，满筒信号来了以后机械手偶尔不动作，只能停机由人工落筒。设备科请机电班学员对照气动原理图和PLC程序，排查气源处理、电磁阀和磁性开关，修正落筒程序中的连锁条件，试车后填写检修记录。",
   qs=[("问题1 推筒气缸动作迟缓，应先检查哪些地方？", ["先看气源压力和过滤减压阀有没有积水，再查节流阀开度和气管有无折弯漏气，最后检查气缸密封圈。", "气源压力、节流阀和气管漏气。", "先查气源，再查节流阀。"]),
       ("问题2 满筒信号来了机械手不动作，怎样排查？", ["在PLC监控里看满筒输入点有没有变化，再查机械手原位磁性开关是否到位，连锁条件缺一个机械手都不会动作。", "看输入点和原位开关。", "查连锁条件是否满足。"])],
   hw=[("1. 单电控和双电控电磁阀有什么区别？", ["单电控断电后阀芯靠弹簧复位，双电控断电后保持原来的位置，落筒机构的夹爪用双电控更安全。", "单电控靠弹簧复位。", "双电控断电保持。"]),
       ("2. 为什么落筒程序要加超时报警？", ["动作在规定时间内没有完成就报警停机，避免机械手和丝筒相撞，也方便维修人员找到故障点。", "避免相撞。", "方便查找故障。"])],
   outputs=[("落筒机构PLC输入输出分配表", "共用输入点14个、输出点9个。"), ("落筒机构故障检修记录", "更换推筒气缸密封圈，修改落筒连锁条件，试车二十次无卡滞。")]),
 "hvbattery": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车高压安全与动力电池检修", task="纯电动轿车动力电池包绝缘故障排查与高压互锁回路检测",
   hours=16, station="新能源汽车高压系统检修一体化学习工作站",
   situation="一辆在仪征汽车工业园附近跑网约车的纯电动轿车，雨天行驶后仪表报“动力电池绝缘故障”，车辆无法上高压。售后站技术主管请新能源班学员在做好高压防护的前提下，读取故障码和数据流，断开维修开关，用绝缘电阻测试仪逐段测量，检查高压互锁回路，找到故障点并完成修复和复检。",
   qs=[("问题1 测量绝缘电阻前要做好哪些安全准备？", ["穿戴绝缘手套、护目镜和绝缘鞋，断开低压蓄电池负极和维修开关，等待五分钟以上并验电，确认无电后再测量。", "断开维修开关，验电后再测。", "穿戴防护用品，等待放电。"]),
       ("问题2 高压互锁回路的作用是什么？", ["高压插接器没有插到位时互锁回路断开，整车控制器就不让上高压，防止带电插拔和拉弧伤人。", "插接器没插好就不上高压。", "防止带电插拔。"])],
   hw=[("1. 绝缘电阻的合格标准怎样计算？", ["按每伏不低于五百欧姆计算，再乘以系统最高电压，测得的电阻要大于这个值才合格。", "每伏五百欧姆乘以电压。", "大于计算值才合格。"]),
       ("2. 雨天后报绝缘故障，可能是哪里进水？", ["电池包密封条老化、高压插接器防水圈损坏或者底部通气阀破损，水汽进去后绝缘下降。", "密封条和插接器进水。", "通气阀破损。"])],
   outputs=[("动力电池包绝缘电阻检测记录", "正极对车身四百八十兆欧，负极对车身五百二十兆欧，合格。"), ("高压互锁回路检测记录", "压缩机插接器互锁端子退针，重新压接后互锁正常。")]),
 "morningtea": dict(major="饭店(酒店)服务", code="0504", course="中餐零点与宴会服务", task="扬州早茶茶点推介与零点餐厅席间服务",
   hours=16, station="中餐服务一体化学习工作站",
   situation="仪征枣林湾园博园旁的度假酒店周末推出扬州早茶，散客和家庭客人多，点单慢、上点心顺序乱的投诉时有发生。餐厅经理请酒店班学员熟悉三丁包、千层油糕、翡翠烧卖和烫干丝等茶点的特点，练习推介话术，按零点服务程序完成迎宾、点单、上茶、上点和席间服务，并整理服务记录。",
   qs=[("问题1 向第一次来的客人推介早茶，先推荐什么？", ["先推荐最有代表性的三丁包和烫干丝，再按客人口味推荐一甜一咸两样点心，量少样多，不要一次点太多。", "三丁包和烫干丝。", "一甜一咸，量少样多。"]),
       ("问题2 上点心的顺序应怎样安排？", ["先上茶和干丝，再上蒸点，后上煎点和甜点，蒸笼上桌时提醒客人小心烫手。", "先茶和干丝，再蒸点。", "蒸笼上桌提醒小心烫。"])],
   hw=[("1. 客人说点的包子太慢了，怎样处理？", ["先道歉，马上到出点口查单催点，告诉客人还要几分钟，可以先送一小碟小菜或续茶。", "道歉并催点。", "先续茶。"]),
       ("2. 为什么点单时要复述一遍？", ["复述可以核对品种和数量，避免漏单错单，也让客人确认有没有忌口。", "避免漏单错单。", "确认忌口。"])],
   outputs=[("早茶零点点单记录", "点单复述，上点顺序正确。"), ("席间服务记录", "续茶三次，撤换骨碟两次。")]),
 "lotusroot": dict(major="烹饪(中式烹调)", code="0501", course="湖北地方风味菜制作", task="洪湖莲藕排骨汤与荆州鱼糕制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="洪湖一家农家菜馆要在国庆期间接待游客团餐，主打莲藕排骨汤和荆州鱼糕两道地方菜。菜馆老板请烹饪班学员按标准菜谱选料，完成粉藕和排骨的初加工、鱼肉去刺制茸、鱼糕的搅打蒸制和切配，控制汤的火候和出品时间，并做好卫生和成本记录。",
   qs=[("问题1 煨藕汤为什么要选粉藕？", ["粉藕淀粉多，久煨以后口感粉糯，汤色发乌带红，脆藕更适合凉拌和清炒。", "粉藕久煨粉糯。", "脆藕适合清炒。"]),
       ("问题2 打鱼茸时为什么要分次加水和盐？", ["分次加水鱼茸才能吃足水分，加盐后蛋白质溶出起胶，鱼糕蒸出来才细嫩有弹性。", "吃足水分，起胶有弹性。", "加盐起胶。"])],
   hw=[("1. 鱼糕蒸好后为什么要刷蛋黄？", ["刷一层蛋黄再蒸一两分钟，表面金黄好看，切开后黄白分明。", "表面金黄好看。", "黄白分明。"]),
       ("2. 排骨为什么要冷水下锅焯水？", ["冷水下锅血水能慢慢煮出来，焯得干净，汤才清，热水下锅表面一收紧血水就出不来。", "血水焯得干净。", "汤才清。"])],
   outputs=[("莲藕排骨汤制作记录", "小火煨两个半小时，藕粉汤浓。"), ("荆州鱼糕制作记录", "鱼糕切片厚薄均匀，回弹好。")]),
 "fallprev": dict(major="健康与社会照护", code="0529", course="居家老年人安全照护", task="洪湖水乡独居老人居家跌倒风险评估与防跌倒指导",
   hours=16, station="老年照护一体化学习工作站",
   situation="洪湖湖区不少村子的年轻人外出务工，留下的独居老人多，去年冬天镇上有三位老人在家中跌倒骨折。镇卫生院和社工站请照护班学员随社工入户，为独居老人做跌倒风险评估，排查门槛、卫生间、照明和地面，教老人做简单的平衡练习，给出居家环境改造建议，并向家属交代注意事项。",
   qs=[("问题1 入户排查跌倒风险重点看哪些地方？", ["门槛和台阶、卫生间有没有扶手和防滑垫、夜间照明、地面是否湿滑、常用物品是不是放得太高。", "门槛、卫生间、照明和地面。", "常用物品别放太高。"]),
       ("问题2 老人起床时怎样做才不容易跌倒？", ["醒后先在床上躺半分钟，再坐起来半分钟，双脚下地站半分钟，没有头晕再走。", "三个半分钟。", "不头晕再走。"])],
   hw=[("1. 跌倒后老人自己起身要注意什么？", ["先别急着起来，检查有没有哪里剧痛；能动的话侧身慢慢爬到椅子边，扶着椅子跪起再坐上去，然后打电话求助。", "先检查有没有受伤。", "扶着椅子慢慢起来。"]),
       ("2. 给家属交代注意事项时要说清什么？", ["老人的跌倒风险等级、需要改造的地方、平时的观察要点和紧急联系电话。", "风险等级和改造建议。", "紧急联系电话。"])],
   outputs=[("居家跌倒风险评估表", "评估结果：高风险。"), ("居家环境改造建议单", "卫生间加装扶手，床边加夜灯。")]),
 "cassia": dict(major="中药", code="1301", course="中药鉴定与调剂", task="广西道地药材肉桂与鸡骨草性状鉴别及处方调剂",
   hours=16, station="中药鉴定与调剂一体化学习工作站",
   situation="玉林药市旁的一家中药饮片公司收购了一批肉桂和鸡骨草，质检部发现混有桂皮和相思子藤茎。公司质检主管请中药班学员按药典描述鉴别肉桂的外形、断面和气味，分辨鸡骨草与伪品，再按门诊处方用戥秤调配，复核称量误差，填写鉴别和调剂记录。",
   qs=[("问题1 肉桂和桂皮怎样区分？", ["肉桂皮厚，外表灰棕色，内表面红棕色，用指甲划有油痕，断面中间有一条黄棕色的线，气香浓烈，味甜辣；桂皮薄，油少，味淡。", "肉桂划有油痕，气香味甜辣。", "断面有一条黄棕色的线。"]),
       ("问题2 鸡骨草最容易和什么混淆？怎样辨认？", ["容易和毛鸡骨草、相思子藤茎混淆，鸡骨草茎细长，根粗壮，荚果要先摘除，相思子种子有毒。", "和相思子藤茎混淆。", "荚果要摘除。"])],
   hw=[("1. 戥秤使用前要做什么？", ["先检查戥盘、戥砣是否配套，提起戥纽看戥杆是否平衡，校准零点后再称。", "检查配套，校准零点。", "看戥杆是否平衡。"]),
       ("2. 称量误差为什么不能超过百分之五？", ["一剂药每味的分量决定疗效，误差太大药力就不准，药典和调剂规程都规定了允许误差。", "误差大药力不准。", "规程有规定。"])],
   outputs=[("戥秤称量误差复核记录", "每味药误差均在正负百分之五以内。"), ("肉桂与鸡骨草性状鉴别记录", "检出桂皮两块、相思子藤茎一段。")]),
 "pomelo": dict(major="电子商务", code="0603", course="网店运营与客户服务", task="容县沙田柚产地直发网店详情页优化与售后处理",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="容县沙田柚十月开始上市，一家果农合作社在网店卖产地直发的柚子，去年售后纠纷多：顾客嫌柚子个头小、有的运输中磕伤。合作社请电商班学员重拍主图、改写详情页，写明规格和果径，设计客服话术，打包发货时填写发货单，并按规则处理顾客的退换申请。",
   qs=[("问题1 详情页为什么要写清果径和单果重量？", ["顾客看不到实物，写清果径和重量，再放一张和手掌比大小的照片，到货后就不会觉得货不对板。", "避免货不对板。", "放和手掌比大小的照片。"]),
       ("问题2 打包沙田柚要注意什么？", ["每个柚子套网套，箱底和四周垫气泡膜，箱子不要装得太满，外箱写上易碎和向上标记。", "套网套，垫气泡膜。", "外箱写易碎。"])],
   hw=[("1. 顾客反映柚子磕伤，怎样处理？", ["先道歉，请顾客拍照，核实后按磕伤个数补发或退款，记录快递单号向快递公司索赔。", "拍照核实，补发或退款。", "向快递索赔。"]),
       ("2. 客服话术为什么不能承诺“保甜”？", ["水果甜度受天气和存放时间影响，承诺了做不到会引起纠纷，只说如实的品种和采摘时间。", "做不到会引起纠纷。", "如实介绍。"])],
   outputs=[("网店发货单（三联）", "沙田柚五斤装两箱。"), ("售后处理登记", "补发一个，退款一单。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="仪征市真州技工学校", pack="gbkzip", region="yz", course="winder", cls="机电2401班", size=40, seed=11,
         sidp="2024012701", students=["薛浩宸", "仇佳欣", "卞子默"], extra_class=["殷宇凡"], bad={"殷宇凡": "over"},
         others_named=["印国平"], teachers=["胥建华", "朱蕴华"], form_count="40",
         f8="signoff", f10="three_level", f11="debug_typed", f12="hand_mono",
         findings=[("records.invalid_score", 10, False, "殷宇凡")],
         comment="item 10 (scanned 250 dpi gray) has a THREE-LEVEL head: 一级指标 (职业素养（20） / 专业能力（60） / 工作成果（20）) "
                 "over 二级指标 (安全文明 团队协作 | 气路连接 程序编写 故障排除 | 功能验收 记录填写) over a 分值 row (10 10 | 15 25 20 | "
                 "15 5 | 100) whose label stands under 姓名; 殷宇凡 has 19 under 气路连接 (分值 15), his 总分 the sum: "
                 "records.invalid_score. Item 8 (scanned 250 gray, hole-punch confetti on the glass): a 签核 strip at the top "
                 "(学习活动 一…四 | 完成日期 | 教师签核 in red) whose last column holds `学员` and `学号` by hand. Item 11 (typed): "
                 "PLC I/O table and 检修记录, `检修人：<name>（机电2401班）`, the plant's 设备科 engineer 印国平 as 设备科确认 "
                 "(not a student). Form `授课对象及人数 | 2024级机电一体化技术专业中级工1班（机电2401班），共40人` = 40 rows. No roster"),
    dict(school="仪征市真州技工学校", pack="gbkzip", region="yz", course="hvbattery", cls="新能源2401班", size=38, seed=12,
         sidp="2024043501", students=["蒋思源", "卜雨彤", "潘一帆"], outsiders={"潘一帆": "新能源2402班"}, out_sidp="2024043502",
         extra_class=["丁泽昊"], bad={"丁泽昊": "sum"}, teachers=["周乃刚", "许曼青"], form_count="38",
         f8="ppe_head", f10="app_shot", f11="insulation_typed", f12="photo_top",
         findings=[("students.not_in_class", 8, True, "潘一帆"), ("records.invalid_score", 10, False, "丁泽昊")],
         comment="潘一帆 of the parallel class 新能源2402班 (class and 学号 2024043502xx on his colour-scanned worksheet, typed "
                 "检测记录 and photographed homework) is the third student of 8/11/12; item 10 (38 rows = form) has no record of "
                 "him: students.not_in_class. Item 10 is a PHONE LONG SCREENSHOT of the teaching app's grade list (`:shot`, "
                 "crisp colour JPEG, no text layer; status bar, blue title bar `成绩详情`, the maxima in a grey line above the "
                 "list `理论测试 满分30 · 实操检测 满分50 · 安全规范 满分20`, each row `序号 姓名 / 学号 | 理论 | 实操 | 安全 | 总分`, "
                 "three phone-sized pages `截图 1/3`…); 丁泽昊's 总分 is 7 above the sum of his parts: records.invalid_score. "
                 "Item 8 (colour scan 200): a 防护检查 tick line, then `操作员：＿ 学号：＿ 班级：＿ 监护人：<teacher>` by hand"),
    dict(school="仪征市真州技工学校", pack="gbkzip", region="yz", course="morningtea", cls="酒店2401班", size=36, seed=13,
         sidp="2024050401", students=["陈予馨", "努尔比亚·艾克拜尔", "吴沁瑶"], teachers=["殷红梅", "萨仁格日勒"], form_count="36",
         others_named=["仇玉珍", "濮志强", "孔令骐", "季美棠", "单立军"], roster="post_assign", headteacher="戴秀兰",
         f8="head_waiter", f10="bonus_typed", f11="order_typed", f12="wmcam_photo",
         findings=[],
         comment="clean. The roster is a 学生名单（早茶实训岗位分配）: 序号 学号 姓名 性别 岗位 班次 带班师傅, the hotel's three 带班师傅 "
                 "(孔令骐, 季美棠, 单立军; not students) named on the rows of their posts, 36 = form `学员数 | 36` = item 10 (typed, "
                 "a 附加分 column explained under the table: 总分 = four parts + 附加分). One of the three is 努尔比亚·艾克拜尔 of the "
                 "school's 新疆内职班 intake (a middle dot), one teacher is 萨仁格日勒 (a five-character Mongolian name, no surname). "
                 "The guest 仇玉珍 and the restaurant manager 濮志强 are named on items 8 and 11 (not students). Item 12: phone "
                 "photos with a WATERMARK-CAMERA stamp (time, date, place, `备注：<class> <name> 课后作业`). Item 8: scanned 200 "
                 "gray with hole-punch confetti"),
    dict(school="洪湖市瞿家湾技工学校", pack="dir", region="hh", course="lotusroot", cls="烹饪2401班", size=40, seed=21,
         sidp="24050101", students=["涂一苇", "万思琪", "熊圣杰"], items={12: ["涂一苇", "万思琪"]},
         extra_class=["喻嘉豪"], absent_from_10=["喻嘉豪"], teachers=["龚建军", "付春梅"], form_count="40",
         roster="bianban", headteacher="汪婉蓉",
         f8="topright_box", f10="plain_group_typed", f11="dish_typed", f12="wmcam_photo",
         findings=[("students.count", 12, False), ("records.missing_student", 10, False, "喻嘉豪"), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos with a watermark-camera stamp and a cinnamon quill on the sheet) holds the homework of "
                 "only TWO students, 涂一苇 and 万思琪 (熊圣杰's missing; items 8 and 11 hold the three): students.count on 12; "
                 "students.mismatch optional. The roster (a 2024级新生编班名单 extract: 报名号, 毕业学校, 录取专业, 编入班级, 学号; "
                 "40) and the form (label row over value row, `班级人数` over `40`) hold 喻嘉豪; item 10 (TYPED, a plain table "
                 "with 组别) has 39 rows and none for him: records.missing_student and records.count_mismatch"),
    dict(school="洪湖市瞿家湾技工学校", pack="dir", region="hh", course="fallprev", cls="照护2401班", size=36, seed=22,
         sidp="24052901", students=["彭芊羽", "曾梓涵", "肖煜祺"], items={11: ["彭芊羽", "曾梓涵", "余念慈"]},
         extra_class=["余念慈", "邓骁腾"], bad={"邓骁腾": "sum"}, teachers=["雷素娥", "胡志勇"], form_count="36",
         others_named=["涂桂英", "万长生", "熊美华"],
         f8="sbar", f10="mono_plain", f11="assess_scanned", f12="photo_plain",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "邓骁腾")],
         comment="item 11 (hand-filled 评估表 and 建议单, scanned 200 gray) holds the works of 彭芊羽, 曾梓涵 and classmate 余念慈 "
                 "(with an item-10 record) instead of 肖煜祺's (items 8 and 12 hold the three): students.mismatch. Item 10 "
                 "(1-bit 250 dpi) is a plain register with the maxima in the head; 邓骁腾's 总分 is 6 above the sum: "
                 "records.invalid_score. Item 8 (scanned 250 gray): an SBAR 交班单 (S/B/A/R rows), `交班人（学生）` at the foot, "
                 "the teacher as 接班人, the elder 涂桂英 named. Elders 涂桂英 and 万长生 and the daughter 熊美华 (家属签字) are "
                 "named on items 8 and 11 (not students). Form label row over value row, 36 = 36 rows. No roster"),
    dict(school="容县绣江技工学校", pack="zip", region="rx", course="cassia", cls="中药2401班", size=38, seed=31,
         sidp="241301101", students=["封沐晴", "梁俊宇", "庞诗琪"], items={8: ["封沐晴", "梁俊宇", "庞诗琪", "钟铭峻"]},
         extra_class=["钟铭峻", "甘羽希"], absent_from_10=["甘羽希"], teachers=["韦兰芳", "莫启钊"], form_count="38",
         f8="line_blank", f10="mono_maxrow", f11="weigh_typed", f12="photo_cinnamon",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray, a cinnamon quill on some sheets) holds the worksheets of FOUR students: the three "
                 "and classmate 钟铭峻 (with an item-10 record): students.count on 8; students.mismatch optional. Item 10 (1-bit "
                 "200 dpi, a 满分 row) lists 37; the form says `班级人数 | 38人`: records.count_mismatch (甘羽希 has no record; "
                 "no roster). Item 11 (typed): a 戥秤称量误差复核记录 (药名 | 处方量 | 实称量 | 误差), `调配人` the student, "
                 "`复核人` a teacher"),
    dict(school="容县绣江技工学校", pack="zip", region="rx", course="pomelo", cls="电商2401班", size=40, seed=32,
         sidp="241303101", students=["覃霁月", "蒙家豪", "欧晓琳"], teachers=["苏永淳", "盘秀英"], form_count="40",
         others_named=["林焕章", "何翠屏", "罗锦添"],
         f8="color_head", f10="grade_convert", f11="triplicate", f12="scan_color_hand",
         findings=[],
         comment="clean. Item 10 (typed) grades every part with a letter (A/B/C/D) and a 换算 line under the table (A=95 B=85 "
                 "C=75 D=65; 总评 = 40 % + 3 × 20 % of the converted marks): no 总评 is a sum of printed numbers, none is wrong. "
                 "Item 11 (typed): a THREE-PART 发货单 (三联: 存根 white, 客户联 pink, 仓库联 yellow) a student, `打包员：<name>`, "
                 "the customers 林焕章, 何翠屏, 罗锦添 as 收货人 (not students). Students surnamed 覃 and 蒙 (Zhuang surnames of "
                 "玉林), a Yao teacher surnamed 盘. Form `班级人数 | 40人` = 40 rows. No roster"),
]

PROVINCE = {1: "江苏省扬州市仪征市", 2: "湖北省荆州市洪湖市", 3: "广西壮族自治区玉林市容县"}
PLACE = {1: "江苏省扬州市仪征市真州镇", 2: "湖北省荆州市洪湖市瞿家湾镇", 3: "广西玉林市容县容州镇"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 仪征: "08-工作页-真州技校.pdf"
        return "%02d-%s-真州技校.pdf" % (n, NAMES[n])
    if g == 2:   # 洪湖: "8 工作页（烹饪2401班）.pdf"
        return "%d %s（%s）.pdf" % (n, NAMES[n], s["cls"])
    return "容县绣江技校_%d_%s.pdf" % (n, NAMES[n])   # 容县: the school's short name first, the number inside


def form_name(s, c):
    return {1: ("申报书（%s）-真州技校.docx" % c["major"], "docx"),
            2: ("洪湖瞿家湾技校-申报书-%s.pdf" % s["cls"], "pdf"),
            3: ("申报书_%s.docx" % c["major"], "docx")}[grp(s)]


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


def red(x, size="13pt"):
    return '<span style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:%s">%s</span>' % (size, x)


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


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if g == 1 and s["course"] == "morningtea":
        return "学员数 | %s" % s["form_count"]
    if g == 1:
        return "授课对象及人数 | %s" % object_cell(s)
    if g == 2:
        return "label row `授课年级 | 授课班级 | 班级人数 | 培养层级` over value row `2024级 | %s | %s | 中级工`" % (s["cls"], s["form_count"])
    return "班级人数 | %s人" % s["form_count"]


def object_cell(s):
    c = C[s["course"]]
    return "2024级%s专业中级工%s班（%s），共%s人" % (c["major"], int(s["cls"][-3:-1]), s["cls"], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务", "是否获得一体化教师培训证书"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导", "是" if i == 0 else "否"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:
        if s["course"] == "morningtea":   # 学员数, a bare number
            rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("授课学习任务名称", c["task"]),
                    ("授课班级", s["cls"]), ("学员数", s["form_count"]), ("学时", "%d" % c["hours"])]
        else:   # 授课对象及人数: the class written long, the short name in brackets, the size at the end
            rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("授课学习任务名称", c["task"]),
                    ("授课对象及人数", object_cell(s)), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    elif g == 2:   # label rows over value rows
        info = tbl([["专业名称", "专业编码", "授课课程名称", "总学时"],
                    [c["major"], c["code"], c["course"], "%d" % (c["hours"] * 4)],
                    [("授课学习任务名称", ' colspan="3"'), "学时"],
                    [(c["task"], ' colspan="3"'), "%d" % c["hours"]],
                    ["授课年级", "授课班级", "班级人数", "培养层级"],
                    ["2024级", s["cls"], s["form_count"], "中级工"]], width="94%", pad=P, bold=(0, 2, 4))
    else:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("授课学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"] + "人"), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织。学生以小组为单位领取任务，查阅资料、讨论方案，教师审核后分组实施，巡回指导并记录每个学生的过程表现，最后组织成果展示、自评互评和教师点评。</p>
<h3>五、特色与创新</h3><p>任务来自{prov}本地企业的真实需求，成果经企业确认后投入使用。</p>
<h3>六、承诺</h3><p>本课堂申报材料均为本校师生原创，真实有效。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 2000 + s["seed"] * 53),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="86%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化稿）\n一、课程定位\n本课程为{major}专业工学一体化核心课程，在国家课程标准的基础上，结合{prov}企业岗位要求进行校本转化。\n二、学习任务设置\n本学期实施学习任务“{task}”，共{hours}学时。\n三、考核评价\n过程考核与结果考核相结合，企业参与评价。",
    2: "{school}\n学习任务分析——{task}\n一、任务来源\n{situation}\n二、工作过程\n明确任务、制订计划、实施作业、检查验收、总结评价。",
    3: "{school}\n教学活动策划：{task}\n活动一　获取信息，明确任务要求\n活动二　制订并审核工作计划\n活动三　实施任务并过程控制\n活动四　成果展示与评价反馈",
    4: "{school}\n{course}　教学进度安排（共{hours}学时）\n第一周　任务导入与信息收集\n第二周　计划制订与审核\n第三周　任务实施\n第四周　检查验收与总结评价",
    5: "{school}\n{task}　教学活动方案\n一、情境创设与任务导入\n二、引导问题与资料查阅\n三、分组实施与巡回指导\n四、成果展示与多元评价",
    6: "{school}\n学习任务资源清单\n学生工作页、操作规程、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站设资料查阅区、计划讨论区、实操区和成果展示区，可同时容纳四十名学生分组学习。",
    9: "{school}\n{task}　考核方案\n考核由过程考核和结果考核组成，各考核项的分值和评分标准见考核记录表。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 8", "√ 9", "√ 要点全", "√ 较好"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 3 + (s["seed"] * 7 + k * 5) % 25)


def seq_day(i, k):
    """the k-th activity's date on the sign-off strip: four activities a week or so apart, in order"""
    d = datetime.date(2024, 10, 8) + datetime.timedelta(days=[0, 6, 13, 20][k] + i)
    return "%d月%d日" % (d.month, d.day)


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
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：%s　　评价教师：%s</p>' % (red(["完成认真", "要点齐全", "良好", "思路清楚"][i % 4]), t[i % 2])
        if f == "signoff":   # a 签核 strip across the top: the four activities, dates, red sign-offs; the student in the last column
            strip = ('<table style="border-collapse:collapse" width="100%%">'
                     '<tr>%s%s%s%s%s%s</tr><tr>%s%s%s%s%s%s</tr><tr>%s%s%s%s%s%s</tr></table>' % (
                         td("<b>学习活动</b>", ' align="center"', "3px 3px"),
                         td("一、获取信息", ' align="center"', "3px 3px"), td("二、制订计划", ' align="center"', "3px 3px"),
                         td("三、实施检修", ' align="center"', "3px 3px"), td("四、检查评价", ' align="center"', "3px 3px"),
                         td("<b>学　员</b>", ' align="center"', "3px 3px"),
                         td("<b>完成日期</b>", ' align="center"', "3px 3px"),
                         td(hand(seq_day(i, 0), True), ' align="center"', "3px 3px"), td(hand(seq_day(i, 1), True), ' align="center"', "3px 3px"),
                         td(hand(seq_day(i, 2), True), ' align="center"', "3px 3px"), td(hand(seq_day(i, 3), True), ' align="center"', "3px 3px"),
                         td(hand(n), ' align="center"', "3px 3px"),
                         td("<b>教师签核</b>", ' align="center"', "3px 3px"),
                         td(red(t[0][0] + " √"), ' align="center"', "3px 3px"), td(red(t[0][0] + " √"), ' align="center"', "3px 3px"),
                         td(red(t[1][0] + " √"), ' align="center"', "3px 3px"), td(red(t[0][0] + " √"), ' align="center"', "3px 3px"),
                         td("学号 " + hand(sid, True), ' align="center"', "3px 3px")))
            body = strip + title + "<p>班级：%s　　工位：%d号实训台</p>" % (hand(cl, True), 3 + i) + sit + answers(c, rng, i) + comment
        elif f == "ppe_head":   # a PPE tick line, then 操作员 / 学号 / 班级 / 监护人 by hand
            head = ('<p>高压作业前防护检查：绝缘手套 %s　护目镜 %s　绝缘鞋 %s　万用表（CAT Ⅲ） %s　警示隔离 %s</p>' % tuple(hand("☑", True) for _ in range(5)) +
                    '<p>操作员：＿%s＿　学号：＿%s＿　班级：＿%s＿　监护人：＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True), hand(t[i % 2], True, BLACK)))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_waiter":   # a bordered head row 服务员 | 学号 | 班级 | 台区; the guest and the manager named
            head = tbl([["服务员", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "台区", hand("%s区%d号台" % ("ABC"[i % 3], 2 + i), True)]],
                       width="100%", pad="4px 4px")
            body = (title + head + "<p>实训地点：园博园度假酒店中餐厅　　宾客：%s女士一家（四位）　　餐厅经理：%s</p>" % (s["others_named"][0], s["others_named"][1])
                    + sit + answers(c, rng, i) + comment)
        elif f == "topright_box":   # a small box at the top right: 学生 / 班级 / 学号
            box = ('<table style="border-collapse:collapse" width="38%%" align="right"><tr>%s%s</tr><tr>%s%s</tr><tr>%s%s</tr></table>' % (
                td("学　生", ' align="center"', "3px 4px"), td(hand(n, True), ' align="center"', "3px 4px"),
                td("班　级", ' align="center"', "3px 4px"), td(hand(cl, True), ' align="center"', "3px 4px"),
                td("学　号", ' align="center"', "3px 4px"), td(hand(sid, True), ' align="center"', "3px 4px")))
            body = box + '<p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p>' + title + "<p>实训日期：%s</p>" % hand(day(s, i), True) + sit + answers(c, rng, i) + comment
        elif f == "sbar":   # an SBAR 交班单 as the worksheet; 交班人 the student at the foot, the teacher as 接班人
            elder = s["others_named"][i % 2]
            head = tbl([["照护对象", hand(elder, True, BLACK), "年龄", hand(str(81 + 3 * i), True), "住址", hand(["瞿家湾镇湖滨村", "瞿家湾镇莲花村", "峰口镇南堤村"][i % 3], True)]],
                       width="100%", pad="4px 4px")
            q = c["qs"]
            sbar = tbl([["S 现状", (hand(["老人独居，昨夜起夜时在卫生间滑倒，自行爬起，右膝擦伤。", "老人独居，近一周两次头晕，走路扶墙。", "老人独居，屋内地面返潮，门槛高。"][i % 3], True), ' align="left"')],
                        ["B 背景", (hand(["高血压十年，服降压药；视力差。", "患糖尿病，夜尿多。", "腿脚不便，用拐杖。"][i % 3], True), ' align="left"')],
                        ["A 评估", (q[0][0] + "<br/>" + hand(q[0][1][i % 3], True), ' align="left"')],
                        ["R 建议", (q[1][0] + "<br/>" + hand(q[1][1][(i + 1) % 3], True), ' align="left"')]], width="100%", pad="4px 6px")
            foot = ('<p>交班人（学生）：%s　学号：%s　班级：%s</p><p>接班人：%s　　交班时间：%s</p>' %
                    (hand(n), hand(sid, True), hand(cl, True), hand(t[i % 2], True, BLACK), hand(day(s, i) + " 16:30", True)))
            body = ('<h3 style="text-align:center">%s<br/>跌倒风险交班单（SBAR）——学习工作页</h3>' % c["task"] + head + sit + sbar +
                    '<p %s>%s</p>' % (RED, mark(rng)) + foot + comment)
        elif f == "line_blank":   # 姓 名 ＿ 学 号 ＿ 班 级 ＿
            head = '<p>姓　名 ＿%s＿　　学　号 ＿%s＿　　班　级 ＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "color_head":   # a bordered head with the student's shop post
            head = tbl([["店铺岗位", "运营专员（实训）", "学生", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"signoff": "x-scanpdf:250:confetti", "ppe_head": "x-scanpdf:200:color", "head_waiter": "x-scanpdf:200:confetti",
            "topright_box": "x-scanpdf:200", "sbar": "x-scanpdf:250", "line_blank": "x-scanpdf:250:cinnamon",
            "color_head": "x-scanpdf:200:color"}[f]
    font = {"ppe_head": "Noto Sans CJK SC", "color_head": "Noto Sans CJK SC", "sbar": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    size = "9.5pt" if f in ("signoff", "sbar") else "10pt"
    return "08.html", html(PB.join(pages), size, font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "three_level":   # 一级指标 over 二级指标 over a 分值 row
        groups = [("职业素养（20）", [("安全文明", 10), ("团队协作", 10)]), ("专业能力（60）", [("气路连接", 15), ("程序编写", 25), ("故障排除", 20)]),
                  ("工作成果（20）", [("功能验收", 15), ("记录填写", 5)])]
        parts = [p for _, g in groups for p in g]
        h1 = "<tr>%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="3"', pad), td("<b>学号</b>", ' align="center" rowspan="3"', pad),
                                    td("<b>一级指标</b><br/><b>二级指标</b>", ' align="center" rowspan="2"', pad),
                                    "".join(td("<b>%s</b>" % g, ' align="center" colspan="%d"' % len(ps), pad) for g, ps in groups),
                                    td("<b>总分</b>", ' align="center" rowspan="2"', pad))
        h2 = trow(["<b>%s</b>" % p for p, _ in parts], pad)
        h3 = trow(["<b>姓名　分值</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)
        out = [h1, h2, h3]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 19
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核评分汇总表") + table(out) + "<p>注：二级指标得分之和为总分。</p>" + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:250"
    if f == "app_shot":   # a phone long screenshot of the teaching app's grade list, three phone-sized pages
        parts = [("理论测试", 30), ("实操检测", 50), ("安全规范", 20)]
        rows = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            rows.append((k + 1, n, sid_of(s, n), v, tot))
        per = (len(rows) + 2) // 3
        pages = []
        for pg in range(3):
            chunk = rows[pg * per:(pg + 1) * per]
            bar = ('<table width="100%%" style="border-collapse:collapse"><tr><td style="font-size:7.5pt;padding:1px 4px"><b>10:2%d</b></td>'
                   '<td align="right" style="font-size:7.5pt;padding:1px 4px">5G ▮▮▮▮ 7%d%%</td></tr></table>' % (6 + pg, 8 - pg))
            title = ('<table width="100%%" style="border-collapse:collapse" bgcolor="#1f6fe5"><tr><td style="color:#ffffff;padding:5px 6px;font-size:10pt"><b>＜　成绩详情</b></td>'
                     '<td align="right" style="color:#ffffff;padding:5px 6px;font-size:8pt">截图 %d/3</td></tr></table>' % (pg + 1))
            info = ""
            if pg == 0:
                info = ('<p style="margin:4px 4px 0 4px;font-size:8.5pt"><b>%s</b><br/>%s · %s</p>'
                        '<p style="margin:2px 4px;font-size:7.5pt;color:#555555">考核日期 %s　　成员 %d 人</p>' % (c["task"], s["cls"], c["course"], day(s, 11), len(rec)))
            legend = ('<table width="100%%" style="border-collapse:collapse" bgcolor="#eeeeee"><tr><td style="font-size:7.5pt;color:#444444;padding:3px 5px">'
                      '理论测试 满分30 · 实操检测 满分50 · 安全规范 满分20 · 总分 满分100</td></tr></table>')
            hd = ('<tr><td style="font-size:7.5pt;color:#777777;padding:2px 3px;border-bottom:0.5pt solid #cccccc">姓名 / 学号</td>%s</tr>' %
                  "".join('<td align="center" style="font-size:7.5pt;color:#777777;padding:2px 3px;border-bottom:0.5pt solid #cccccc">%s</td>' % x
                          for x in ["理论", "实操", "安全", "总分"]))
            trs = []
            for k, n, sid, v, tot in chunk:
                trs.append('<tr><td style="padding:3px 3px;border-bottom:0.5pt solid #dddddd;font-size:8.5pt">%d. <b>%s</b><br/>'
                           '<span style="font-size:7pt;color:#888888">%s</span></td>%s'
                           '<td align="center" style="padding:3px 3px;border-bottom:0.5pt solid #dddddd;font-size:9pt;color:#1f6fe5"><b>%d</b></td></tr>' % (
                               k, n, sid, "".join('<td align="center" style="padding:3px 3px;border-bottom:0.5pt solid #dddddd;font-size:8.5pt">%d</td>' % x for x in v), tot))
            tail = ""
            if pg == 2:
                tail = '<p align="center" style="font-size:7pt;color:#999999">— 已显示全部 %d 人 —　　导出：%s</p>' % (len(rec), t[0])
            pages.append(bar + title + info + legend + '<table width="100%%" style="border-collapse:collapse">%s%s</table>' % (hd, "".join(trs)) + tail)
        return "10.html", html(PB.join(pages), "8pt", font="Noto Sans CJK SC", page="size:9.6cm 20.8cm;margin:0.25cm 0.25cm"), "x-scanpdf:200:shot"
    if f == "bonus_typed":   # four parts and a 附加分 column, explained under the table
        parts = [("仪容仪表", 10), ("茶点推介", 30), ("点单服务", 30), ("席间服务", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分<br/>(≤5)", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.93)
            b = rng.choice([0, 0, 0, 0, 2, 3, 5]) if sum(v) <= 93 else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "—", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：附加分为早茶实训中主动推介扬州特色茶点并获宾客书面表扬者所加，每人不超过5分；总分＝四项得分＋附加分，最高100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "plain_group_typed":   # a plain table with a 组别 column
        parts = [("原料初加工", 15), ("刀工成型", 20), ("烹调火候", 30), ("成品质量", 25), ("卫生安全", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "%d组" % (1 + k // 8)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "mono_plain":   # a plain register, maxima in the head, printed and scanned 1-bit
        parts = [("风险评估", 30), ("环境排查", 25), ("防跌倒指导", 30), ("沟通礼仪", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s（%d分）" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:250:mono"
    if f == "mono_maxrow":   # a 满分 row under the head, scanned 1-bit
        parts = [("性状鉴别", 40), ("真伪判断", 20), ("处方审核", 15), ("调剂称量", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:mono"
    if f == "grade_convert":   # letter grades per part, converted and weighted under the table
        parts = [("详情页设计", 40), ("主图拍摄", 20), ("客服话术", 20), ("售后处理", 20)]
        val = {"A": 95, "B": 85, "C": 75, "D": 65}
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>（权重%d%%）" % p for p in parts] + ["总评"]], pad)]
        for k, n in enumerate(rec):
            g = [rng.choice("AABBBBCCD") for _ in parts]
            tot = sum(val[x] * w for x, (_, w) in zip(g, parts)) // 100
            out.append(trow([str(k + 1), sid_of(s, n), n] + g + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核记录表（等级制）") + table(out) +
                "<p>注：各项按等级评定，换算：A＝95，B＝85，C＝75，D＝65。总评＝详情页设计×40%＋主图拍摄×20%＋客服话术×20%＋售后处理×20%（按换算分计算）。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    meth = "pdf"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "debug_typed":   # 检修人 and the plant's 设备科 engineer
                if j == 0:
                    tb = tbl([["地址", "名称", "说明"], ["I0.0", "满筒信号", "来自卷绕头计长"], ["I0.3", "机械手原位", "磁性开关"],
                              ["I0.5", "推筒到位", "磁性开关"], ["Q0.1", "推筒电磁阀", "双电控"], ["Q0.4", "夹爪电磁阀", "双电控"]], width="86%")
                else:
                    tb = tbl([["故障现象", "推筒迟缓、满筒后机械手偶尔不动作"], ["检查过程", "过滤器积水，推筒气缸密封圈磨损；原位开关松动"],
                              ["处理结果", desc]], width="92%", align="left")
                parts.append('<h3 style="text-align:center">%s</h3><p>检修人：%s（%s）　　学号：%s　　日期：%s</p>' % (title, n, cl, sid, day(s, 30 + i)) +
                             tb + "<p>设备科确认：%s　　　指导教师：%s</p>" % (s["others_named"][0], t[j % 2]))
            elif f == "insulation_typed":   # 检测人
                parts.append('<h3>%s</h3>' % title + tbl([["检测人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["仪表", "绝缘电阻测试仪（1000 V档）", "环境", "室温 22 ℃，湿度 68%"],
                                                          ["结果", desc, "审核", t[j % 2]]], width="92%"))
            elif f == "order_typed":   # 值台服务员, the guest and the manager
                if j == 0:
                    tb = tbl([["品名", "数量", "备注"], ["烫干丝", "1份", "少放辣"], ["三丁包", "2笼", ""], ["千层油糕", "1笼", "孩子爱吃甜"],
                              ["翡翠烧卖", "1笼", ""], ["魁龙珠茶", "4位", "续水三次"]], width="80%")
                else:
                    tb = tbl([["时间", "服务内容"], ["08:40", "迎宾、拉椅、递毛巾"], ["08:50", "上茶、上干丝"], ["09:05", "上蒸点，提醒小心烫"],
                              ["09:30", "撤换骨碟、续茶"]], width="80%")
                parts.append('<h3>%s</h3><p>值台服务员：%s（%s）　　台号：A%d　　宾客：%s女士一家（4位）</p>' % (title, n, cl, 2 + i, s["others_named"][0]) +
                             tb + "<p>%s　　餐厅经理确认：%s　　日期：%s</p>" % (desc, s["others_named"][1], day(s, 30 + i)))
            elif f == "dish_typed":   # 制作人
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "洪湖粉藕800克、猪肋排500克" if j == 0 else "草鱼肉1000克、猪肥膘200克", "辅料", "生姜、葱、蛋清、淀粉"],
                                                          ["成品评价", desc, "评价人", t[j % 2]]], width="90%"))
            elif f == "assess_scanned":   # hand-filled assessment forms, printed and scanned
                elder = s["others_named"][(i + j) % 2]
                if j == 0:
                    tb = tbl([["评估对象", hand(elder, True, BLACK), "年龄", hand(str(79 + i + 2 * j), True)],
                              ["近一年跌倒次数", hand(str(1 + i % 2), True), "用药", hand("降压药", True)],
                              ["步态与平衡", hand("扶墙行走 √", True), "视力", hand("较差 √", True)],
                              ["评估员", hand(n), "班级", hand(cl, True)]], width="92%", pad="5px 6px")
                else:
                    tb = tbl([["改造部位", "建议"], ["卫生间", hand("加装扶手、铺防滑垫", True)], ["卧室", hand("床边加夜灯", True)],
                              ["门槛", hand("加斜坡条", True)]], width="92%", pad="5px 6px")
                    tb += "<p>建议人：%s　　学号：%s</p>" % (hand(n), hand(sid, True))
                parts.append('<h3 style="text-align:center">%s</h3>' % title + tb +
                             "<p>%s　　家属签字：%s　　指导教师：%s</p>" % (desc, hand(s["others_named"][2], True, BLACK), t[j % 2]))
                meth = "x-scanpdf:200"
            elif f == "weigh_typed":   # 戥秤称量误差复核记录: 调配人, 复核人
                if j == 0:
                    rows = [["药名", "处方量（g）", "实称量（g）", "误差（%）"]]
                    for k, (drug, q) in enumerate([("肉桂", 3), ("鸡骨草", 15), ("黄芪", 20), ("白术", 10), ("甘草", 6)]):
                        got = q * (1 + ((i * 3 + k * 5) % 9 - 4) / 100.0)
                        rows.append([drug, str(q), "%.2f" % got, "%+.1f" % ((got - q) / q * 100)])
                    tb = tbl(rows, width="80%")
                else:
                    tb = tbl([["检品", "结果"], ["肉桂（批号 RX2409-3）", "检出桂皮两块，已剔除"], ["鸡骨草（批号 RX2409-7）", "检出相思子藤茎一段，已剔除"]], width="86%")
                parts.append('<h3 style="text-align:center">%s</h3><p>处方号：RX-%04d　　调配人：%s（%s）　　复核人：%s</p>' % (title, 1207 + 3 * i + j, n, cl, t[j % 2]) +
                             tb + "<p>结论：%s　　日期：%s</p>" % (desc, day(s, 30 + i)))
            elif f == "triplicate":   # a three-part dispatch note: 存根 white, 客户联 pink, 仓库联 yellow
                if j:
                    continue
                cust = s["others_named"][i]
                forms = []
                for lk, (lname, bg) in enumerate([("第一联　存根", "#ffffff"), ("第二联　客户联", "#f9dde6"), ("第三联　仓库联", "#f8f0c4")]):
                    forms.append('<table style="border-collapse:collapse" width="100%%" bgcolor="%s"><tr><td style="padding:4px 6px;border:0.75pt solid #000">'
                                 '<p align="center" style="margin:0"><b>绣江沙田柚产地直发店　发货单</b>　　<span style="font-size:8pt">%s</span></p>'
                                 '<p style="margin:2px 0">单号：XJ2410%02d%02d　　日期：%s　　快递：中通 7531 %04d %04d</p>%s'
                                 '<p style="margin:2px 0">打包员：%s（%s）　　审核：%s</p></td></tr></table>' % (
                                     bg, lname, 13 + i, 7 + i, day(s, 30 + i), 2210 + 37 * i, 4080 + 11 * i,
                                     tbl([["收货人", cust, "电话", "1%d8****%04d" % (5 + i, 3310 + 97 * i)],
                                          ["地址", ("%s" % ["广东省佛山市南海区桂城街道", "广西南宁市青秀区金湖路", "湖南省长沙市岳麓区望城坡"][i], ' colspan="3" align="left"')],
                                          ["商品", "容县沙田柚 5斤装（2—3个）", "数量", "2箱"]], width="100%", pad="1px 4px"),
                                     n, cl, t[i % 2]))
                parts.append('<h3 style="text-align:center">%s</h3>' % title + '<p>&nbsp;</p>'.join(forms) +
                             "<p>学号：%s　　备注：%s</p>" % (sid, desc))
            else:
                raise SystemExit(f)
    font = "Noto Sans CJK SC" if f in ("triplicate", "insulation_typed") else "Noto Serif CJK SC"
    return "11.html", html(PB.join(parts), "10pt" if f != "triplicate" else "9.5pt", font=font), meth


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    lines = []
    wm = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "hand_mono":
            head = ["课后作业", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "photo_top":
            head = ["《%s》课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "wmcam_photo":
            head = ["《%s》课后作业" % c["course"], "> 姓名：%s　学号：%s　班级：%s" % (n, sid, cl)]
            m = re.match(r"(\d+)年(\d+)月(\d+)日", day(s, 20 + i))
            shot = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) - datetime.timedelta(days=1)
            wm.append({"time": "%d:%02d" % (19 + i % 3, (17 * i + 8) % 60), "date": "%s 星期%s" % (shot.isoformat(), "一二三四五六日"[shot.weekday()]),
                       "weather": ["晴 21℃", "多云 19℃", "小雨 17℃"][i % 3], "place": PLACE[grp(s)] + ["", "附近", ""][i % 3],
                       "note": "备注：%s %s 课后作业" % (cl, n)})
        elif f == "photo_plain":
            head = ["居家照护课后作业", "> %s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "photo_cinnamon":
            head = ["中药鉴定课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "scan_color_hand":
            head = ["网店运营课后练习", "学生：%s　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"hand_mono": "x-scan:200:4:mono", "photo_top": "x-photo:200:3", "wmcam_photo": "x-photo:200:4:wmcam",
            "photo_plain": "x-photo:200:4", "photo_cinnamon": "x-photo:200:3:cinnamon", "scan_color_hand": "x-scan:250:3:color"}[f]
    if f == "wmcam_photo" and s["course"] == "lotusroot":
        meth = "x-photo:200:3:cinnamon:wmcam"
    if wm:
        write(os.path.join(d, "12.txt.wm.json"), json.dumps({"pages": wm}, ensure_ascii=False, indent=1))
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("浩宸 子默 宇凡 思源 一帆 泽昊 子昂 浩然 嘉豪 宇航 文博 俊宇 浩轩 家豪 子涵 奕霖 皓宇 俊辉 宸宇 星辰 佳豪 子睿 铭轩 "
           "泽宇 睿哲 子轩 宇轩 博宇 俊杰 天宇 一鸣 昊天 锦鹏 宇豪 宏宇 浩博 俊熙 明宇 晨阳 子豪 奕博 子健 晨宇 鑫宇 梓豪 志远 "
           "振宇 凯瑞 宇翔 梓航 家乐 嘉禾 宇泽 嘉诚 天佑 文轩 俊逸 雨泽 鸿宇 浩楠 宇辰 沐阳 子墨 炜宸 泽楷 锦程 恩泽 一凡 旭东 "
           "博文 明哲 俊楠 洋 杰 涛 磊 鑫 昊".split())


def sex_of(n):
    g = bare(n)[1:]
    if g in MALE:
        return "男"
    if len(g) == 2 and g not in GIVEN2 and g[1] in "轩辰宇泽杰豪航阳凡博诚熙楠彬翔逸哲源":   # a composed name
        return "男"
    return "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "post_assign":   # 早茶实训岗位分配: each post under a hotel 带班师傅 (named on the rows)
        posts = [("迎宾引位", "上午"), ("值台服务", "上午"), ("值台服务", "下午"), ("传菜", "全天"), ("茶水吧", "下午"), ("收银", "下午")]
        masters = {"迎宾引位": s["others_named"][2], "值台服务": s["others_named"][3], "传菜": s["others_named"][4],
                   "茶水吧": s["others_named"][3], "收银": s["others_named"][2]}
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "实训岗位", "班次", "带班师傅"])]
        for j, n in enumerate(k):
            p, sh = posts[j % 6]
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), p, sh, masters[p]], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">（园博园度假酒店早茶实训岗位分配，2024年10月）</p>' % s["cls"] +
                table(rows, width="90%") + "<p>班主任：%s　　全班共%d人　　带班师傅由酒店餐饮部指派，按岗位轮换。</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（岗位分配）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "bianban":   # 2024级新生编班名单 (the class's extract): 报名号, 毕业学校, 录取专业, 编入班级, 学号
        schools = ["洪湖市瞿家湾镇中学", "洪湖市峰口镇中学", "洪湖市汊河镇中学", "洪湖市沙口镇中学", "洪湖市府场镇中学", "洪湖市新堤中学", "洪湖市螺山镇中学", "监利市汪桥镇中学"]
        rg = random.Random(s["seed"] * 97)
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 3px") for x in ["序号", "中考报名号", "姓名", "性别", "毕业学校", "录取专业", "编入班级", "学号"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), "24%07d" % (1083000 + rg.randint(1, 9999)), n, sex_of(n), rg.choice(schools), "烹饪(中式烹调)", s["cls"], sid_of(s, n)], "1px 3px"))
        body = ('<h2 style="text-align:center">%s2024级新生编班名单</h2><p style="text-align:center">（%s）</p>' % (s["school"], s["cls"]) +
                table(rows, width="100%") + "<p>本班编入%d人。　　班主任：%s　　　招生就业处　2024年9月2日</p>" % (len(k), s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", compact=True))
        man.append("roster.html\t%s新生编班名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    raise SystemExit(r)


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    problems = []
    for w in PLACES:
        if w in EARLIER_TEXT or w in EARLIER_READMES:
            problems.append("place %s stands in an earlier corpus" % w)
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    problems += ["name %s stands in an earlier corpus" % n for n in all_teachers + all_planted + all_others if used(n)]
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"], s["school"]):
            if w in EARLIER_TEXT or w in EARLIER_READMES:
                problems.append("%s was used by an earlier corpus" % w)
    if len(set(all_teachers)) != len(all_teachers):
        problems.append("a teacher stands twice")
    per = [set(s["students"] + s.get("extra_class", [])) for s in SUBS]
    if sum(map(len, per)) != len(set().union(*per)):
        problems.append("a planted name stands in two submissions")
    for a in all_planted:
        for b in all_teachers + all_others:
            if near(a, b):
                problems.append("planted %s is near %s" % (a, b))
    for i, a in enumerate(all_planted):
        for b in all_planted[i + 1:]:
            if near(a, b):
                problems.append("planted %s is near planted %s" % (a, b))
    if problems:
        raise SystemExit("\n".join(problems))
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Hundred-and-fifty-fourth held-out people corpus (testdata/heldout154), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 154)
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
                                  (12, item12(s, c, items[12], d))):
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
            "class_size_on_form": int(s["form_count"]), "form_count_text": form_count_text(s),
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
