#!/usr/bin/env python3
"""Write the sources of the twenty-fourth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 岳阳
(Hunan), 吉林市 (Jilin) and 安顺 (Guizhou), in the COMMON layouts schools
really produce: the official 附件2 form, Word-table registers (学生评价表,
考核成绩登记表) with merged heads and 满分 in brackets, worksheets with a
姓名/班级/学号 line, covers of works with 作者/设计者, photographed homework.

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 24)] + ["othertools"]

# surnames by region: 岳阳 (彭 易 许 方 钟 喻 袁 …), 吉林市 (关 那 佟 隋 富 宫 …),
# 安顺 (韦 龙 伍 潘 岑 班 蒙 石 …)
SURNAMES = {
    "yy": list("李刘彭易周陈胡罗许方谭黎邓毛钟喻袁汤"),
    "jl": list("王张刘李于孙关那隋佟宫韩徐赵富姜金"),
    "as": list("王杨陈吴罗伍龙石潘韦金熊岑班蒙"),
}
# given names: the plain, popular names of children born around 2008
GIVEN2 = ("子轩 浩宇 欣怡 雨涵 梓涵 宇轩 佳怡 诗涵 思彤 一鸣 俊熙 雨欣 梦瑶 思雨 浩然 家豪 志强 子涵 嘉怡 梓萱 "
          "宇航 俊杰 雨桐 可欣 诗琪 佳豪 文博 锦程 天佑 明轩 晨阳 紫涵 芷晴 若曦 欣妍 雅婷 婉婷 佳琪 梓豪 俊宇 "
          "宇杰 思琪 晓雯 欣然 昊天 鹏飞 泽宇 雨萱 心怡 佳慧 慧敏 梦琪 语嫣 志豪 文轩 靖雯 奕辰 雅琪 子怡 海洋 "
          "佳乐 沐阳 梓睿 晨曦 新宇 嘉欣 舒婷 子健 振宇 静怡").split()
GIVEN1 = list("鑫磊婷倩琳杰涛鹏")


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


def bare(a):
    return a.replace("·", "")


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.10 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    tries = 0
    while len(names) < n:
        tries += 1
        if tries > 200000:
            raise SystemExit("cannot draw a class of %d for %s" % (n, region))
        name = draw_one(rng, region)
        if name in names or name in USED_BEFORE or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="湖景客房对客服务", task="洞庭湖景客房中式铺床与开夜床服务",
   hours=16, station="客房服务一体化学习工作站", room="客房实训室", seats=20,
   situation="岳阳一家临湖的商务酒店接待旅游团入住，客房部要在下午两点前完成二十间湖景房的中式铺床，晚间为住客提供开夜床服务。客房部经理请实训班学员按酒店标准完成铺床、开夜床和房间检查，并填写客房服务检查表。",
   qs=[("1. 中式铺床的操作顺序是什么？", ["拉床、铺床单、套被套、套枕套、推床复位，最后整理床面。", "拉床，铺单，套被套，套枕套，推床。", "先铺床单再套被套和枕套。"]),
       ("2. 开夜床服务时为什么要拉上窗帘、打开床头灯？", ["营造休息的氛围，方便住客夜间使用，也保护住客隐私。", "方便客人休息，保护隐私。", "营造温馨的睡眠环境。"])],
   hw=[("1. 被套四角不饱满的原因有哪些？", ["被芯没有对准被套四角，抖开时用力不均。", "被芯角没塞到位。", "抖被时没抓住四角。"]),
       ("2. 住客挂出“请勿打扰”牌时，开夜床服务怎样处理？", ["不进房，在服务记录上注明，门缝塞入服务卡告知客人可随时致电。", "不进房，做好记录。", "塞服务卡，等客人来电。"])],
   outputs=[("湖景大床房中式铺床检查表", "床面平整，四角饱满。"), ("标准双床房开夜床服务记录", "夜床折角为三十度。"), ("客房卫生检查表", "卫生间无水迹毛发。")],
   parts=[("仪容仪表", 10), ("中式铺床", 40), ("开夜床", 25), ("沟通礼仪", 15), ("6S管理", 10)]),
 "shaft": dict(major="数控加工(数控车工)", code="0106", course="阶梯轴类零件数控车削加工", task="洞庭湖渡船舵杆轴数控车削加工",
   hours=20, station="数控车削一体化学习工作站", room="数控车间", seats=24,
   situation="岳阳一家船舶修造厂承接了洞庭湖渡船的维修，其中一根舵杆轴磨损严重，需要按图纸重新加工。车间主任请实训班学员分析零件图，编制加工工艺，编写数控程序，在数控车床上完成粗车、精车和螺纹加工，并自检尺寸后交检。",
   qs=[("1. 舵杆轴加工前为什么要先分析零件图？", ["明确尺寸精度、形位公差和表面粗糙度要求，才能确定装夹方式、刀具和加工顺序。", "明确精度要求，定工艺。", "确定装夹和刀具。"]),
       ("2. 粗车和精车的切削用量有什么不同？", ["粗车背吃刀量大、进给量大、转速较低；精车背吃刀量小、进给量小、转速较高。", "粗车吃刀大，精车吃刀小转速高。", "精车进给小。"])],
   hw=[("1. G71指令适合加工什么样的零件？", ["适合外径逐级增大或减小的轴类零件的粗车循环。", "阶梯轴粗车。", "外圆粗车循环。"]),
       ("2. 怎样用千分尺测量外径？", ["校零后将零件放在测砧和测微螺杆之间，转动棘轮听到响声后读数。", "先校零再测，转棘轮。", "听到咔咔声读数。"])],
   outputs=[("舵杆轴数控加工工序卡", "粗车留余量零点五毫米。"), ("舵杆轴数控加工程序单", "精车转速每分钟一千二百转。"), ("舵杆轴自检记录", "各尺寸均在公差范围内。")],
   parts=[("工艺编制", 20), ("程序编写", 20), ("零件加工", 40), ("尺寸检测", 10), ("职业素养", 10)]),
 "foot": dict(major="健康与社会照护", code="0529", course="老年人健康照护", task="社区糖尿病老人足部日常护理与健康宣教",
   hours=14, station="健康照护一体化学习工作站", room="照护实训室", seats=18,
   situation="岳阳市一个社区卫生服务站登记了三十多位患糖尿病的老人，其中不少人有足部皮肤干裂和感觉减退。服务站请照护班学员上门为老人做足部检查、清洁和保湿护理，教会老人和家属正确修剪趾甲、选择鞋袜，并做好护理记录。",
   qs=[("1. 糖尿病老人为什么容易发生足部问题？", ["血糖高导致神经病变和血液循环差，脚受伤不易察觉，伤口也难愈合。", "神经病变，感觉减退，伤口难愈合。", "血液循环差。"]),
       ("2. 为老人洗脚时水温应怎样控制？", ["水温不超过三十七度，先用手腕或温度计试温，泡脚不超过十分钟。", "不超过三十七度，用温度计测。", "先试水温，时间要短。"])],
   hw=[("1. 怎样指导老人修剪趾甲？", ["洗脚后趾甲变软时剪，平剪不剪太短，不剪两边的角。", "平着剪，不剪太短。", "洗完脚再剪。"]),
       ("2. 糖尿病老人选鞋袜要注意什么？", ["鞋子宽松透气，下午试穿，袜子选浅色棉袜，袜口不要太紧。", "鞋宽松，棉袜浅色。", "袜口不能勒脚。"])],
   outputs=[("足部检查与护理记录", "双足皮肤干燥，无破溃。"), ("糖尿病足健康宣教方案", "发放宣教卡片十二张。"), ("居家足部护理指导单", "家属已掌握修剪趾甲方法。")],
   parts=[("足部检查", 20), ("清洁与保湿护理", 30), ("沟通与人文关怀", 20), ("健康宣教", 20), ("记录书写", 10)]),
 "cold": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车动力电池及热管理系统检修", task="纯电动汽车冬季低温续航骤降故障诊断",
   hours=18, station="新能源汽车检修一体化学习工作站", room="新能源汽车实训中心", seats=16,
   situation="吉林市入冬后气温降到零下二十度，一位网约车司机反映他的纯电动汽车满电续航从四百公里降到不足二百公里，充电也明显变慢。服务站技术主管请实训班学员做好高压安全防护，读取电池管理系统数据，检查电池加热和热泵空调的工作情况，找出故障原因并提出维修建议。",
   qs=[("1. 低温下动力电池续航为什么会下降？", ["低温时电解液粘度变大，内阻增大，可用容量下降，电池加热和车内取暖还要耗电。", "内阻变大，容量下降，加热耗电。", "低温电池活性差。"]),
       ("2. 检修高压系统前要做哪些安全防护？", ["穿戴绝缘手套和护目镜，断开维修开关，等待五分钟后验电，确认无电压再作业。", "戴绝缘手套，断维修开关，验电。", "断电后等五分钟再验电。"])],
   hw=[("1. 电池管理系统的哪些数据能判断电池加热是否正常？", ["电池最低温度、最高温度、加热继电器状态和加热电流。", "电池温度和加热电流。", "看加热继电器有没有吸合。"]),
       ("2. 冬季怎样用车能减少续航损失？", ["充电后趁电池温热时出发，提前预约加热，座椅加热代替空调暖风。", "预约加热，用座椅加热。", "充完电马上走。"])],
   outputs=[("低温续航骤降故障诊断报告", "电池加热膜一组断路。"), ("电池管理系统数据分析报告", "最低单体温度零下十八度。"), ("热泵空调检测报告", "热泵工作正常。")],
   parts=[("高压安全防护", 15), ("故障诊断", 35), ("数据分析", 30), ("工单填写", 10), ("6S管理", 10)]),
 "vlan": dict(major="计算机网络应用", code="0301", course="局域网组建与管理", task="滑雪度假区票务中心交换机VLAN划分与配置",
   hours=16, station="网络工程一体化学习工作站", room="网络综合布线实训室", seats=40,
   situation="吉林市北大湖附近的一家滑雪度假区新建了票务中心，售票窗口、闸机、办公室和游客无线网络都接在同一台核心交换机上，高峰期网络拥堵。信息部请实训班学员按部门划分VLAN，配置接入和中继端口以及三层交换，测试各部门互通和游客网络隔离，并写出配置文档。",
   qs=[("1. 为什么要把售票、闸机和游客网络划分到不同的VLAN？", ["隔离广播域，减少拥堵，也防止游客访问售票和闸机系统，保证安全。", "隔离广播，保证安全。", "游客不能访问售票系统。"]),
       ("2. Access端口和Trunk端口有什么区别？", ["Access端口只属于一个VLAN，接终端；Trunk端口可以通过多个VLAN，接交换机之间的链路。", "Access接终端，Trunk接交换机。", "Trunk能过多个VLAN。"])],
   hw=[("1. 怎样查看交换机上的VLAN配置？", ["在特权模式下输入show vlan brief，查看VLAN编号、名称和端口。", "show vlan brief。", "用show命令看。"]),
       ("2. 不同VLAN之间怎样通信？", ["在三层交换机上为每个VLAN配置虚接口地址作为网关，开启路由功能。", "三层交换机配虚接口。", "开启ip routing。"])],
   outputs=[("票务中心VLAN规划表", "共划分五个VLAN。"), ("核心交换机配置文档", "虚接口地址为各网段的第一个地址。"), ("网络连通性测试报告", "游客网络无法访问售票网段。")],
   parts=[("需求分析", 20), ("VLAN规划", 20), ("设备配置", 20), ("测试验收", 30), ("文档编写", 10)]),
 "guojuan": dict(major="烹饪(中式烹调)", code="0501", course="黔中米制小吃制作", task="安顺裹卷制作与出品",
   hours=12, station="中式面点一体化学习工作站", room="中餐烹饪实训室", seats=20,
   situation="裹卷是安顺的传统小吃，用米浆蒸成薄皮，卷入酸萝卜、海带丝、折耳根等配菜，蘸辣椒水吃。一家老街小吃店准备在旅游旺季增开门店，请烹饪班学员学习米浆调制、蒸皮、配菜切配和卷制的工艺，按店里的标准出品，并记录成本。",
   qs=[("1. 裹卷的米浆为什么要提前浸泡大米再磨？", ["大米浸泡吸水后磨出的米浆细腻，蒸出的皮薄而有韧性，不易破。", "泡软后磨得细，皮有韧性。", "米浆细腻不易破。"]),
       ("2. 蒸皮时怎样判断米皮已经熟了？", ["米皮由白变成半透明并鼓起小泡，边缘能轻轻揭起即熟。", "变半透明，起小泡。", "边上能揭起来。"])],
   hw=[("1. 配菜为什么要切成细丝？", ["细丝容易卷紧，入口脆嫩，和米皮一起咬断，吃起来口感一致。", "好卷，口感一致。", "切细了卷得紧。"]),
       ("2. 辣椒蘸水怎样调制？", ["糊辣椒面加盐、酱油、醋、木姜子油和葱花，用凉开水调开。", "糊辣椒加酱油醋和木姜子油。", "用凉开水调。"])],
   outputs=[("裹卷成品展示（一）", "米皮薄而透亮，卷制紧实。"), ("裹卷成品展示（二）", "每份十卷，摆盘整齐。"), ("裹卷成本核算表", "每份成本三元二角。")],
   parts=[("米浆调制", 20), ("蒸皮", 20), ("配菜切配", 20), ("卷制成型", 30), ("卫生安全", 10)]),
 "batik": dict(major="电子商务", code="0603", course="网店视觉设计与美化", task="安顺蜡染文创产品网店详情页设计",
   hours=14, station="电子商务运营一体化学习工作站", room="电商实训室", seats=36,
   situation="安顺的一家蜡染工作室开了网店，销售蜡染丝巾、布包和挂画，但详情页只有几张随手拍的照片，转化率很低。店主请电商班学员分析竞品和目标顾客，拍摄和处理商品图片，设计主图和详情页，突出蜡染的手工工艺和民族文化，上架后跟踪点击率。",
   qs=[("1. 详情页通常包括哪些模块？", ["首屏海报、卖点提炼、商品细节、工艺故事、尺寸规格、买家须知和售后说明。", "海报、卖点、细节、规格、售后。", "卖点和细节图。"]),
       ("2. 怎样在详情页里表现蜡染的手工工艺？", ["放上画蜡、浸染、脱蜡的过程图和匠人照片，说明每件花纹都不完全相同。", "放工艺过程图和匠人照片。", "说明每件都不一样。"])],
   hw=[("1. 主图设计要注意什么？", ["商品居中清晰，背景简洁，卖点文字少而醒目，符合平台尺寸要求。", "商品清楚，背景简洁。", "字少，醒目。"]),
       ("2. 怎样判断详情页改版是否有效？", ["对比改版前后的点击率、停留时长和转化率。", "看转化率和停留时长。", "对比前后数据。"])],
   outputs=[("蜡染丝巾详情页设计稿", "首屏采用蓝白配色。"), ("蜡染布包主图设计稿", "主图尺寸八百乘八百像素。"), ("蜡染挂画详情页设计稿", "加入了画蜡过程图。")],
   parts=[]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师", "助理讲师"]

SUBS = [
    # ---------------------------------------------------------------- 岳阳 (GBK zip)
    dict(school="岳阳市巴陵技工学校", pack="gbkzip", region="yy", course="hotel", cls="酒店2403班", grade="2024级", size=38, seed=11,
         sidp="24050403", students=["彭雨欣", "易梦瑶", "许思彤"], items={11: ["彭雨欣", "易梦瑶", "钟诗琪"]},
         extra_class=["钟诗琪", "方若曦"], bad={"方若曦": ("over", 1, 43)},
         teachers=["喻建华", "汤丽君", "黎晓红"], form_count="38", form_fmt="docx",
         f8="std_line", f10="eval_grade", f11="cover_block", f12="photo_pen",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "方若曦")],
         comment="item 11 (TYPED works, each with a cover block `作品名称 / 作　者 / 班　级 / 指导教师`) holds the works of 彭雨欣, "
                 "易梦瑶 and classmate 钟诗琪 (with an item-10 record) instead of 许思彤 (items 8 and 12 hold the three): "
                 "students.mismatch. Item 10 (TYPED 学生评价表, a merged head `考核项目（配分）` over five columns, 总分 and 等级): "
                 "方若曦 has 43 under `中式铺床（40）` (总分 the sum, 等级 from it): records.invalid_score. Item 8 (scanned 200 dpi "
                 "gray, a coffee-cup ring): the usual `班级 姓名 学号 日期` line filled in by hand. Form: the official 附件2 table, "
                 "`班级人数 | 38`. No roster"),
    dict(school="岳阳市巴陵技工学校", pack="gbkzip", region="yy", course="shaft", cls="数控2302班", grade="2023级", size=41, form_size=42, seed=12,
         sidp="23010602", students=["罗浩然", "胡泽宇", "邓宇航"], extra_class=["刘子豪"], bad={"刘子豪": ("sum", -4)},
         teachers=["袁志刚", "毛建军"], form_count="42人", form_fmt="pdf",
         f8="head_table", f10="register_merged", f11="process_card", f12="scan_sheet",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "刘子豪")],
         comment="item 10 (scanned 250 dpi gray, KEYSTONED: the page not flat on the glass) is a 考核成绩登记表 with a merged "
                 "head `考核项目及配分` over `工艺编制（20分）` …; 41 rows, the form says `班级人数 | 42人`: records.count_mismatch. "
                 "刘子豪's 总分 is 4 below the sum of his five scores: records.invalid_score. Item 8 (scanned 250 dpi gray, "
                 "keystoned): a head table `姓　名 | … | 班　级 | … | 学　号 | … | 工位号 | …` filled by hand. Item 11: "
                 "数控加工工序卡 with `编制 <name>` in the foot row, a faded copy of a copy. No roster"),
    dict(school="岳阳市巴陵技工学校", pack="gbkzip", region="yy", course="foot", cls="照护2401班", grade="2024级", size=36, seed=13,
         sidp="24052901", students=["陈佳怡", "周雨桐", "谭晓雯"], teachers=["李艳萍", "刘国庆"], form_count="36", form_fmt="docx",
         roster="xlsx", headteacher="彭红梅",
         f8="header_footer", f10="remark_grade", f11="care_record", f12="photo_plain", findings=[],
         comment="clean. Roster: a 花名册 xlsx (merged title row, `序号 | 学号 | 姓名 | 性别 | 备注`, 36, a foot row "
                 "`班主任：彭红梅　共36人`). Item 10 (TYPED) puts 姓名 before 学号, has 总分, 等级 and 备注, one 备注 `病假，补考成绩`. "
                 "Item 8 (scanned 200 dpi gray): a page header `<school>　学习工作页` with a rule, `姓名 <hand>　组别　日期`, "
                 "footer `第 n 页　共 3 页`. Item 11: typed 护理记录 with `护理学生：<name>`, the elder only as `张奶奶（化名）`"),
    # ---------------------------------------------------------------- 吉林市 (zip, UTF-8 names)
    dict(school="吉林市北山高级技工学校", pack="zip", region="jl", course="cold", cls="新能源2402班", grade="2024级", size=39, seed=21,
         sidp="24043502", students=["关浩宇", "于子轩", "隋锦程"], outsiders={"隋锦程": "新能源2401班"}, out_sidp="24043501",
         out_num=17, extra_class=["佟俊熙"], bad={"佟俊熙": ("over", 0, 18)},
         teachers=["韩立新", "富春燕"], form_count="39", form_fmt="docx",
         f8="std_line2", f10="grade_scan", f11="report_table", f12="photo_pen",
         findings=[("students.not_in_class", 8, True, "隋锦程"), ("records.invalid_score", 10, False, "佟俊熙")],
         comment="隋锦程 of the parallel class 新能源2401班 (his class and 学号 on his worksheets, reports and homework) is the "
                 "third student of 8/11/12; item 10 (39 rows = form `39`) has none for him: students.not_in_class. Item 10 "
                 "(scanned 200 dpi gray, a FADED copy of a copy) is a 学生考核成绩表 with 总分 and 等级; 佟俊熙 has 18 under "
                 "`高压安全防护(15)` (总分 the sum): records.invalid_score. Item 12: phone photos with a PEN lying on the page. "
                 "No roster"),
    dict(school="吉林市北山高级技工学校", pack="zip", region="jl", course="vlan", cls="网络2401班", grade="2024级", size=40, seed=22,
         sidp="24030101", students=["王思琪", "张文博", "姜雨萱"], extra_class=["宫晨阳"], absent_from_10=["宫晨阳"],
         teachers=["孙宏达", "徐丽娜", "金成哲"], form_count="40人", form_fmt="pdf", roster="pdf", headteacher="赵淑华",
         f8="cover_line", f10="register_typed", f11="doc_cover", f12="scan_hand",
         findings=[("records.missing_student", 10, False, "宫晨阳"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生名单 table PDF, `序号 学号 姓名 性别 备注`, 40) and the form (`班级人数 | 40人`) hold "
                 "宫晨阳; item 10 (TYPED, a two-level head `过程考核（60分）| 结果考核（40分）`) has 39 rows and none for him: "
                 "records.missing_student and records.count_mismatch. Item 8 (scanned 250 dpi gray, faded copy): "
                 "`学生姓名：＿<hand>＿　学号　班级` blanks. Item 11: typed config documents, each with a cover page "
                 "`学生姓名：<name>`"),
    # ---------------------------------------------------------------- 安顺 (folder)
    dict(school="安顺市黄果树技工学校", pack="dir", region="as", course="guojuan", cls="烹饪2403班", grade="2024级", size=37, seed=31,
         sidp="24050103", students=["韦欣怡", "龙宇轩", "潘雨涵"], items={12: ["韦欣怡", "龙宇轩"]},
         extra_class=["伍梓涵"], bad={"伍梓涵": ("sum", 5)},
         teachers=["杨光明", "石兰芬"], form_count="37人", form_fmt="docx",
         f8="head_table2", f10="register_brackets", f11="photo_caption", f12="photo_wenkai",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "伍梓涵")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos of hand-written homework, a PEN on the desk) holds the homework of only 韦欣怡 and "
                 "龙宇轩 (潘雨涵's is missing; items 8 and 11 hold the three): students.count on 12; students.mismatch optional. "
                 "Item 10 (scanned 200 dpi gray with a coffee-cup ring) has a merged head `考核内容（满分100分）` over "
                 "`米浆调制［20］` …, 合计 and 评定; 伍梓涵's 合计 is 5 above the sum: records.invalid_score. Form `37人` = 37 "
                 "rows. No roster"),
    dict(school="安顺市黄果树技工学校", pack="dir", region="as", course="batik", cls="电商2402班", grade="2024级", size=35, seed=32,
         sidp="24060302", students=["吴芷晴", "金梓萱", "岑俊宇"], teachers=["陈玉兰", "班世勇"], form_count="35人", form_fmt="docx",
         f8="header_footer2", f10="weighted", f11="design_cover", f12="scan_keystone", findings=[],
         comment="clean. Item 10 (TYPED) is a weighted register: `自评（20%）| 互评（30%）| 师评（50%）| 综合成绩 | 等级`, "
                 "each part out of 100 and 综合成绩 their weighted sum with one decimal (NOT the plain sum; the weights in "
                 "the head and a note under the table). Item 8 (scanned 250 dpi gray, a coffee-cup ring): a page header and a "
                 "`姓名　学号　班级` line. Item 11: typed design covers `设计者：<name>`. Form `35人`. No roster"),
]

PROVINCE = {1: "湖南省岳阳市", 2: "吉林省吉林市", 3: "贵州省安顺市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 岳阳: "8.工作页.pdf"
        return "%d.%s.pdf" % (n, NAMES[n])
    if g == 2:   # 吉林: "08 工作页.pdf"
        return "%02d %s.pdf" % (n, NAMES[n])
    return "%d、%s.pdf" % (n, NAMES[n])   # 安顺: "8、工作页.pdf"


def form_name(s, c):
    g = grp(s)
    base = {1: "附件2 工学一体化优质课堂项目申报书（%s）" % c["major"], 2: "申报书-%s" % c["course"],
            3: "%s工学一体化优质课堂申报书" % s["school"]}[g]
    return base + "." + s["form_fmt"], s["form_fmt"]


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


# ------------------------------------------------------------------ the form (the official 附件2)

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    P = "4px 6px"
    L = ' align="center" bgcolor="#f2f2f2"'
    V = ' align="left"'
    level = {"shaft": "☑高级工　□中级工　□技师（预备技师）"}.get(s["course"], "☑中级工　□高级工　□技师（预备技师）")
    rows = [
        "<tr>%s%s</tr>" % (td("课堂负责人", L, P), td(t[0], V + ' colspan="5"', P)),
        "<tr>%s%s</tr>" % (td("负责人所在单位", L, P), td(s["school"], V + ' colspan="5"', P)),
        "<tr>%s%s</tr>" % (td("专业名称", L, P), td(c["major"], V + ' colspan="5"', P)),
        "<tr>%s%s%s%s</tr>" % (td("授课课程名称", L, P), td(c["course"], V + ' colspan="3"', P), td("总学时", L, P), td(str(c["hours"] * 6), V, P)),
        "<tr>%s%s%s%s</tr>" % (td("授课学习任务名称", L, P), td(c["task"], V + ' colspan="3"', P), td("学时", L, P), td(str(c["hours"]), V, P)),
        "<tr>%s%s</tr>" % (td("培养层级", L, P), td(level, V + ' colspan="5"', P)),
        "<tr>%s%s%s%s%s%s</tr>" % (td("授课年级", L, P), td(s["grade"], V, P), td("授课班级", L, P), td(s["cls"], V, P),
                                   td("班级人数", L, P), td(s["form_count"], V, P)),
        "<tr>%s%s%s%s</tr>" % (td("授课实训室或学习工作站名称", L, P), td(c["station"], V + ' colspan="3"', P), td("工位数", L, P), td(str(c["seats"]), V, P)),
        "<tr>%s%s</tr>" % (td("主要教材", L, P), td("□出版教材　☑校本教材　□其他", V + ' colspan="5"', P)),
    ]
    info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows)
    births = ["1978.04", "1985.11", "1990.06", "1982.09"]
    trs = [["序号", "姓名", "出生年月", "职称/职业技能等级", "企业工作经历或相关资质", "是否获得一体化教师培训证书"]] + [
        [str(i + 1), n, births[(i + s["seed"]) % 4], TITLES[(i + s["seed"]) % len(TITLES)], "企业实践%d年" % (2 + i), "是" if i < 2 else "否"]
        for i, n in enumerate(t)]
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>专业名称：{major}</p><p>专业编码：{code}</p><p>课程名称：{course}</p><p>学习任务：{task}</p>
<p>课堂负责人：{lead}</p><p>申报单位：{school}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3><p>主要成员（序号1为课堂负责人，总人数不超过4人）</p>{tm}
<p>团队成员职责分工情况及主要工作成果：{lead}负责课堂整体设计和组织实施，其余教师分别负责学习资源开发、实训指导和考核评价。团队近三年完成校本工作页两本。</p>
<h3>三、目标与内容</h3><p>{situation}</p>
<h3>四、资源与环境</h3><p>学习在{station}进行，工位{seats}个，配有任务所需的设备、工具和耗材，学习资源包括工作页、微课和企业作业规范。</p>
<h3>五、考核评价</h3><p>考核评价按照获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节开展过程性评价，结合任务成果进行终结性评价，学生自评、互评与教师评价相结合。</p>
<h3>六、承诺</h3><p>本单位承诺所报材料真实、原创，无知识产权争议。</p>""".format(
        major=c["major"], code=c["code"], course=c["course"], task=c["task"], lead=t[0], school=s["school"],
        d=5 + s["seed"] % 17, info=info, tm=tbl(trs, width="100%", pad="3px 4px"), situation=c["situation"],
        station=c["station"], seats=c["seats"])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}合作企业的岗位要求转化。\n二、学习任务\n本学期安排“{task}”，共{hours}学时。\n三、评价方式\n过程评价与结果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查评估、总结反馈。",
    3: "{school}\n{task}　教学活动策划\n学习活动一　明确任务与收集信息\n学习活动二　制定计划与决策\n学习活动三　实施任务\n学习活动四　检查、评价与总结",
    4: "{school}\n{course}教学进度计划\n本任务共{hours}学时\n第1周　接受任务、收集信息\n第2周　制定并审核计划\n第3周　实施任务\n第4周　检查评价与总结",
    5: "{school}\n{task}教学活动方案\n第1学时　情境导入，明确任务\n第2—4学时　引导问题学习\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为资讯区、计划决策区、实施区和展示评价区，位于{room}。",
    9: "{school}\n{task}考核方案\n考核由过程考核和结果考核两部分组成，成绩由任课教师登记在学习任务考核记录中。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8分", "√ 要点全", "√ 9分", "√ 清楚", "√ 10分", "√ 可以", "√ 完整"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "%02d" % s["out_num"]
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def grade_of(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "中等" if x >= 70 else "及格" if x >= 60 else "不及格"


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages, ovl = [], []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务描述】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        dd = day(s, i)
        comment = '<p>教师评价：<span %s>%s</span>　　评阅教师：%s</p>' % (RED, ["完成认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "std_line":   # the usual line of blanks under the title
            head = '<p>班级：%s　　姓名：%s　　学号：%s　　日期：%s</p>' % (hand(cl, True), hand(n), hand(sid, True), hand(dd[5:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "std_line2":   # the same, 学生姓名 first, underlined blanks
            head = ('<p>学生姓名：<u>　%s　</u>　班级：<u>　%s　</u>　学号：<u>　%s　</u></p><p>指导教师：%s　　日期：%s</p>'
                    % (hand(n), hand(cl, True), hand(sid, True), t[0], hand(dd[5:], True)))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f in ("head_table", "head_table2"):   # a head table filled in by hand
            if f == "head_table":
                row = [["姓　名", hand(n, True), "班　级", hand(cl, True), "学　号", hand(sid, True), "工位号", hand("%d号车床" % (3 + 4 * i), True)]]
            else:
                row = [["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True)],
                       ["小组", hand("第%d组" % (i + 1), True), "日期", hand(dd[5:], True), "成绩", hand(["优", "良", "优"][i % 3], True, "#c0251a")]]
            body = title + tbl(row, pad="4px 4px") + sit + answers(c, rng, i) + comment
        elif f in ("header_footer", "header_footer2"):   # a page header with a rule, a footer (overlay)
            hdr = ('<p style="font-size:8.5pt;border-bottom:0.75pt solid #000;padding-bottom:1pt">%s　　%s　　学习工作页</p>' % (s["school"], c["course"]))
            if f == "header_footer":
                head = '<p>学习任务：%s</p><p>姓名：%s　　组别：第%d组　　日期：%s</p>' % (c["task"], hand(n), i + 2, hand(dd[5:], True))
            else:
                head = '<p>姓名：%s　　学号：%s　　班级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = hdr + title + head + sit + answers(c, rng, i) + comment
        elif f == "cover_line":   # blanks with 学生姓名
            head = '<p>学生姓名：＿%s＿＿　学号：＿%s＿＿　班级：＿%s＿＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    if f in ("header_footer", "header_footer2"):
        ovl.append({"type": "footer", "center": "第 {n} 页　共 {N} 页", "size": 8, "y": 0.965})
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": ovl}, ensure_ascii=False, indent=1))
    meth = {"std_line": "x-scanpdf:200:coffee", "std_line2": "x-scanpdf:250", "head_table": "x-scanpdf:250:keystone",
            "head_table2": "x-scanpdf:200:color", "header_footer": "x-scanpdf:200", "header_footer2": "x-scanpdf:250:coffee",
            "cover_line": "x-scanpdf:250:faded"}[f]
    font = {"std_line2": "Noto Sans CJK SC", "cover_line": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.97):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def scores(s, rng, n, parts):
    """A row's part scores and total, with this submission's planted fault."""
    v = part_scores(rng, parts)
    tot = sum(v)
    b = s.get("bad", {}).get(n)
    if b and b[0] == "over":
        v[b[1]] = b[2]
        tot = sum(v)
    elif b and b[0] == "sum":
        tot += b[1]
    return v, tot


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    pad = "1px 3px"
    parts = c["parts"]
    info = '<p>班级：%s　　学习任务：%s　　考核日期：%s</p>' % (s["cls"], c["task"], day(s, 11))
    if f == "eval_grade":   # 学生评价表: a merged head over the parts, 总分, 等级
        out = ['<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' rowspan="2" align="center"', pad), td("<b>学号</b>", ' rowspan="2" align="center"', pad),
                                          td("<b>姓名</b>", ' rowspan="2" align="center"', pad),
                                          td("<b>考核项目（配分）</b>", ' colspan="%d" align="center"' % len(parts), pad),
                                          td("<b>总分</b>", ' rowspan="2" align="center"', pad), td("<b>等级</b>", ' rowspan="2" align="center"', pad)),
               trow(["<b>%s<br/>（%d）</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v, tot = scores(s, rng, n, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade_of(tot)], pad))
        body = ('<h3 style="text-align:center">%s<br/>学生评价表</h3>' % s["school"] + info + table(out) +
                '<p>等级：90分及以上为优秀，80～89分为良好，70～79分为中等，60～69分为及格，60分以下为不及格。</p>'
                '<p>评价教师（签字）：%s　%s　　　　教学部审核：%s　　　　%s</p>' % (t[0], t[1], t[2], day(s, 12)))
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "register_merged":   # 考核成绩登记表: a merged head 考核项目及配分, 满分 in brackets
        out = ['<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' rowspan="2" align="center"', pad), td("<b>学号</b>", ' rowspan="2" align="center"', pad),
                                          td("<b>姓名</b>", ' rowspan="2" align="center"', pad),
                                          td("<b>考核项目及配分</b>", ' colspan="%d" align="center"' % len(parts), pad),
                                          td("<b>总分</b>", ' rowspan="2" align="center"', pad), td("<b>备注</b>", ' rowspan="2" align="center"', pad)),
               trow(["<b>%s<br/>（%d分）</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v, tot = scores(s, rng, n, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), ""], pad))
        body = ('<h3 style="text-align:center">学习任务考核成绩登记表</h3><p>%s　　%s　　课程：%s</p>' % (s["school"], s["cls"], c["course"]) + info +
                table(out) + '<p>任课教师：%s　　　　实训指导教师：%s　　　　登记日期：%s</p>' % (t[0], t[1], day(s, 12)))
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:keystone"
    if f == "remark_grade":   # 姓名 before 学号, 总分, 等级, 备注
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v, tot = scores(s, rng, n, parts)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), grade_of(tot), "病假，补考成绩" if k == 20 else ""], pad))
        body = ('<h3 style="text-align:center">%s学习任务考核记录表</h3>' % c["task"] + '<p>学校：%s　　课程：%s</p>' % (s["school"], c["course"]) + info +
                table(out) + '<p>考核教师：%s、%s　　　　　　　日期：%s</p>' % (t[0], t[1], day(s, 12)))
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "grade_scan":   # 学生考核成绩表 with 总分 and 等级, scanned from a faded copy
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v, tot = scores(s, rng, n, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade_of(tot)], pad))
        body = ('<h3 style="text-align:center">%s学生考核成绩表</h3>' % s["school"] + info + table(out) +
                '<p>考核教师签字：%s　%s　　　　　　日期：%s</p>' % (t[0], t[1], day(s, 12)))
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:faded"
    if f == "register_typed":   # a two-level head: 过程考核 | 结果考核
        pp, rp = parts[:3], parts[3:]
        out = ['<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' rowspan="2" align="center"', pad), td("<b>学号</b>", ' rowspan="2" align="center"', pad),
                                          td("<b>姓名</b>", ' rowspan="2" align="center"', pad),
                                          td("<b>过程考核（%d分）</b>" % sum(m for _, m in pp), ' colspan="3" align="center"', pad),
                                          td("<b>结果考核（%d分）</b>" % sum(m for _, m in rp), ' colspan="2" align="center"', pad),
                                          td("<b>总分</b>", ' rowspan="2" align="center"', pad)),
               trow(["<b>%s<br/>(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v, tot = scores(s, rng, n, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = ('<h3 style="text-align:center">学习任务考核记录</h3><p>%s　　课程：%s</p>' % (s["school"], c["course"]) + info + table(out) +
                '<p>考核教师：%s　%s　　　　　　专业部主任：%s</p>' % (t[0], t[1], t[2]))
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "register_brackets":   # a merged head 考核内容（满分100分）, the maxima in square brackets
        out = ['<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' rowspan="2" align="center"', pad), td("<b>姓名</b>", ' rowspan="2" align="center"', pad),
                                          td("<b>学号</b>", ' rowspan="2" align="center"', pad),
                                          td("<b>考核内容（满分100分）</b>", ' colspan="%d" align="center"' % len(parts), pad),
                                          td("<b>合计</b>", ' rowspan="2" align="center"', pad), td("<b>评定</b>", ' rowspan="2" align="center"', pad)),
               trow(["<b>%s<br/>［%d］</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v, tot = scores(s, rng, n, parts)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), "合格" if tot >= 60 else "不合格"], pad))
        body = ('<h3 style="text-align:center">%s<br/>学习任务考核记录</h3>' % s["school"] + info + table(out) +
                '<p>考评员：%s　　%s　　　　　　　　　　%s</p>' % (t[0], t[1], day(s, 12)))
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:coffee"
    if f == "weighted":   # 自评/互评/师评 weighted, 综合成绩 with one decimal (not the plain sum)
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "自评<br/>（20%）", "互评<br/>（30%）", "师评<br/>（50%）", "综合成绩", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b, m = rng.randint(78, 96), rng.randint(72, 94), rng.randint(65, 95)
            tot = 0.2 * a + 0.3 * b + 0.5 * m
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(m), "%.1f" % tot, grade_of(tot)], pad))
        body = ('<h3 style="text-align:center">%s学习任务考核评价表</h3>' % c["task"] + '<p>%s　　课程：%s</p>' % (s["school"], c["course"]) + info +
                table(out) + '<p>说明：自评、互评、师评均按百分制评分，综合成绩＝自评×20%%＋互评×30%%＋师评×50%%，保留一位小数。</p>'
                '<p>评价教师：%s　%s　　　　　　　%s</p>' % (t[0], t[1], day(s, 12)))
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    meth, font = "pdf", "Noto Serif CJK SC"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "doc_cover":   # a cover page per student, then the documents
            parts.append('<p style="page-break-before:always"></p><h2 style="text-align:center;margin-top:80pt">%s<br/>配置文档</h2>'
                         '<p style="margin-left:120pt;margin-top:60pt;font-size:14pt">学生姓名：%s</p><p style="margin-left:120pt;font-size:14pt">学　　号：%s</p>'
                         '<p style="margin-left:120pt;font-size:14pt">班　　级：%s</p><p style="margin-left:120pt;font-size:14pt">指导教师：%s</p>'
                         '<p style="margin-left:120pt;font-size:14pt">完成日期：%s</p>' % (c["task"], n, sid, cl, t[0], day(s, 30 + i)))
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "cover_block":   # each work with its cover block
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["作品名称", (title, ' colspan="3" align="left"')], ["作　　者", n, "班　　级", cl],
                                  ["指导教师", t[j % 2], "完成日期", day(s, 30 + i)]], width="90%", pad="4px 6px") +
                             '<p></p>' + tbl([["检查项目", "标准", "结果"], ["床单", "中线居中，四角包紧", "√"], ["被套", "平整饱满，被头折回", "√"],
                                             ["枕头", "开口背门，饱满", "√"], ["夜床", "折角三十度，放拖鞋", "√"]], width="90%") +
                             '<p>自我评价：%s</p>' % desc)
            elif f == "process_card":   # a process card, 编制 in the foot row
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件名称", "舵杆轴", "材料", "45钢", "毛坯", "Φ65×320"],
                                  ["工步", "工步内容", "刀具", "转速 r/min", "进给 mm/r", "背吃刀量 mm"],
                                  ["1", "车端面，钻中心孔", "T01 外圆车刀", "800", "0.2", "1.0"],
                                  ["2", "粗车外圆各台阶", "T01 外圆车刀", "800", "0.25", "2.0"],
                                  ["3", "精车外圆各台阶", "T02 精车刀", "1200", "0.1", "0.5"],
                                  ["4", "车M30×2螺纹", "T03 螺纹刀", "500", "2.0", "—"],
                                  ["编　制", n, "审　核", t[j % 2], "日　期", day(s, 30 + i)]], pad="4px 4px") + "<p>说明：%s</p>" % desc)
                meth = "x-scanpdf:200:faded"
            elif f == "care_record":   # a care record, 护理学生
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             '<p>护理学生：%s　　班级：%s　　服务对象：%s（化名）　　日期：%s</p>' % (n, cl, ["张奶奶", "李爷爷", "王奶奶"][j], day(s, 30 + i)) +
                             tbl([["项目", "检查或护理内容", "结果"], ["皮肤", "颜色、温度、有无干裂破溃", "干燥，无破溃"],
                                  ["趾甲", "长度、有无嵌甲", "已修剪"], ["足背动脉", "搏动情况", "可触及"], ["宣教", "鞋袜选择、每日自查", "已掌握"]], width="92%") +
                             '<p>护理小结：%s</p><p style="text-align:right">带教教师：%s</p>' % (desc, t[j % 2]))
                font = "Noto Sans CJK SC"
            elif f == "report_table":   # a diagnosis report, 报告人 in its head table
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["报告人", n, "班级", cl, "学号", sid], ["车型", "纯电动轿车", "里程", "%d km" % (48210 + 5130 * i), "环境温度", "-%d℃" % (18 + j)]],
                                 pad="4px 4px") + '<p></p>' +
                             tbl([["检测项目", "标准值", "实测值", "结论"], ["电池包最低温度", "≥ -20℃", "-%d℃" % (17 + j), "偏低"],
                                  ["加热继电器", "吸合", "吸合", "正常"], ["加热电流", "8～12 A", "%.1f A" % (4.2 + j * 0.6), "偏小"]], width="92%") +
                             '<p>诊断结论：%s</p><p style="text-align:right">指导教师：%s</p>' % (desc, t[j % 2]))
            elif f == "doc_cover":   # the documents after the cover
                parts.append('<h3>%s</h3>' % title +
                             '<p style="font-family:\'DejaVu Sans Mono\';font-size:8.5pt">vlan %d<br/>&nbsp;name %s<br/>interface GigabitEthernet0/%d<br/>'
                             '&nbsp;switchport mode access<br/>&nbsp;switchport access vlan %d</p><p>%s</p>'
                             % (10 * (j + 1), ["TICKET", "GATE", "GUEST"][j], j + 1, 10 * (j + 1), desc))
                font = "Noto Sans CJK SC"
            elif f == "photo_caption":   # photos of the dishes, a caption with 制作人
                if j < 2:
                    parts.append('<h3>%s</h3>' % title +
                                 '<table width="80%%" style="border-collapse:collapse"><tr><td height="190" bgcolor="#d9cbb4" align="center" '
                                 'style="border:1pt solid #888;color:#6b5a40">[ 作品照片 ]</td></tr></table>'
                                 '<p>作品：安顺裹卷　　制作人：%s（%s）　　%s</p><p>%s</p>' % (n, cl, day(s, 30 + i), desc))
                else:
                    parts.append('<h3>%s</h3>' % title + '<p>核算人：%s　　班级：%s</p>' % (n, cl) +
                                 tbl([["原料", "用量", "单价", "金额（元）"], ["大米", "150克", "6元/千克", "0.90"], ["酸萝卜、海带丝", "80克", "10元/千克", "0.80"],
                                      ["折耳根", "30克", "30元/千克", "0.90"], ["辣椒蘸水", "1份", "—", "0.60"], ["合计", "", "", "3.20"]], width="80%"))
                meth = "x-scanpdf:200:color"
            elif f == "design_cover":   # design drafts, 设计者
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             '<table width="90%%" style="border-collapse:collapse"><tr><td height="170" bgcolor="#1f3a6e" align="center" '
                             'style="color:#ffffff;padding:8px">[ 设计稿缩略图 ]<br/>蓝白蜡染 · 手作温度</td></tr></table>' +
                             tbl([["设计者", n, "学号", sid], ["班　级", cl, "指导教师", t[j % 2]], ["设计说明", (desc, ' colspan="3" align="left"')]],
                                 width="90%", pad="3px 5px"))
                font = "Noto Sans CJK SC"
            else:
                raise SystemExit(f)
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
        end = ["! 阅 %s　%s" % (t[0], day(s, 20 + i)[5:])]
        if f == "photo_pen":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "scan_sheet":
            head = ["课后作业", "班级　　　　　　　　姓名　　　　　　　　学号", "> %s　　　%s　　　%s" % (cl, n, sid)]
        elif f == "photo_plain":
            head = ["课后作业（%s）" % c["task"][-6:], "> %s　%s　%s" % (cl, n, sid[-2:] + "号")]
        elif f == "scan_hand":
            head = ["课后作业", "姓名：%s　　班级：%s　　学号：%s" % (n, cl, sid)]
        elif f == "photo_wenkai":
            head = ["裹卷制作　课后作业", "姓名：%s　　%s" % (n, cl)]
        elif f == "scan_keystone":
            head = ["课后作业", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_pen": "x-photo:200:1:pen", "scan_sheet": "x-scan:250:2", "photo_plain": "x-photo:200:1",
            "scan_hand": "x-scan:200:3", "photo_wenkai": "x-photo:200:4:pen", "scan_keystone": "x-scan:250:1:keystone"}[f]
    if s["course"] == "cold":
        meth = "x-photo:200:2:pen"
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    sex = {n: ("女" if n[1:] in FEMALE else "男") for n in k}
    if r == "xlsx":   # 花名册: a merged title row, 序号 | 学号 | 姓名 | 性别 | 备注, a merged foot row
        rows = [["%s%s学生花名册" % (s["school"], s["cls"])] + [""] * 4, ["序号", "学号", "姓名", "性别", "备注"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex[n], "走读" if rr.random() < 0.2 else ""])
        rows.append(["班主任：%s　　共%d人" % (s["headteacher"], len(k))] + [""] * 4)
        n = len(rows)
        write(os.path.join(d, "roster.json"), json.dumps({"sheet": "花名册", "rows": rows, "merges": ["A1:E1", "A%d:E%d" % (n, n)]},
                                                         ensure_ascii=False, indent=0))
        man.append("roster.json\t%s花名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
        return
    if r == "pdf":   # 学生名单: a typed table
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别", "备注"]], "2px 6px")]
        for j, n in enumerate(k):
            out.append(trow([str(j + 1), sid_of(s, n), n, sex[n], "班长" if j == 4 else "团支书" if j == 11 else ""], "2px 6px"))
        body = ('<h3 style="text-align:center">%s%s学生名单</h3><p>年级：%s　　专业：%s　　班主任：%s</p>'
                % (s["school"], s["cls"], s["grade"], C[s["course"]]["major"], s["headteacher"]) + table(out, "86%") +
                '<p>共%d人（男%d人，女%d人）　　　　制表：学生科　%s</p>' % (len(k), sum(1 for n in k if sex[n] == "男"),
                                                                 sum(1 for n in k if sex[n] == "女"), "2024年9月10日"))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    raise SystemExit(r)


FEMALE = set("欣怡 雨涵 梓涵 佳怡 诗涵 思彤 雨欣 梦瑶 思雨 子涵 嘉怡 梓萱 雨桐 可欣 诗琪 紫涵 芷晴 若曦 欣妍 雅婷 婉婷 佳琪 "
             "思琪 晓雯 欣然 雨萱 心怡 佳慧 慧敏 梦琪 语嫣 靖雯 雅琪 子怡 嘉欣 舒婷 静怡 婷 倩 琳 晨曦".split())


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Twenty-fourth held-out people corpus (testdata/heldout24), the format of testdata/heldout23/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = []
    for n in all_teachers + all_planted + all_others:
        if n in USED_BEFORE or bare(n) in USED_BEFORE:
            bad.append(n)
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
        rng = random.Random(s["seed"] * 7919 + 24)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        for a in s["klass"]:
            for b in s["klass"]:
                assert a == b or not near(a, b), (a, b)
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
