#!/usr/bin/env python3
"""Write the sources of the eighth held-out people corpus (src/ and truth.json).

Written apart from the checks: nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ (except pipeline/heldout_test.go, for the truth
format) was read, and classaudit was not run on this corpus.
testdata/heldout..heldout7 (README, build.sh, prebuild.py, author.py,
truth.json) and testdata/othertools (README, build.sh, build.py) were read
only to learn the builder's formats and to avoid reusing their content.

Eight submissions of four invented schools in Henan (河南: 洛阳, 开封, 南阳,
商丘), one major each out of the twelve of 附件1 with its catalogue code, with
courses and tasks no earlier corpus used.

Run it after editing:  python3 author.py   (rewrites src/ and truth.json)
Build:                 sh build.sh OUT      (see README.md)

The scanned files use the methods of ../heldout7/prebuild.py (x-scanpdf,
x-scan, x-photo, with :mono :color :q<N> :fold :border), which build.sh runs
unchanged with this corpus's seed 20261208.
"""
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

# Surnames common in Henan and compound surnames no earlier corpus used.
SURNAMES = list("王李张刘陈杨赵郭孙周牛娄晁豫酆邵司苏岳朱马胡高郑宋范常乔申闫段贾焦程谢韩冯翟付崔靳姬卢聂"
                "耿袁梁史魏蔡薛田任秦鲁石楚")
COMPOUND = ["南宫", "公孙"]
GIVEN2 = ("嵩岳 伊洛 牧野 宛平 中原 商颂 睿泽 卓然 冠霖 俊驰 梓骁 一鸣 凯歌 宏毅 鑫源 博睿 恩泽 亚楠 晓璐 梦瑶 "
          "雅楠 欣怡 琳娜 佳音 若曦 清妍 书瑶 瑞雪 紫嫣 一然 思雨 语彤 艺涵 静姝 芮嘉 兰馨 可馨 舒涵 颖慧 浩然 "
          "昊天 泽宇 宇航 少辉 国庆 建军 海洋 春雷 红旗 卫东 晓东 振宇 志远 永强 保国 晨阳 朝晖 明轩 子昂 "
          "沛霖 星辰 梓萱 诗琪 忆南 念洛 汴生 豫宁 青禾 麦香 谷雨 秋实 冬青 寒梅 向阳 启明 晓光 长庚 "
          "润生 丰年 瑞丰 嘉豪 梦琪 雨萱 佳宁 欣悦 子涵 一帆 佳豪 梓豪 思琪 凡硕 宇辰 立新 "
          "文博 家乐 子墨 俊豪 天佑 宏伟 国强 晓峰 振华 亚飞 艳红 丽娟 春燕 雪莹 倩倩 嘉欣 "
          "佳琪 家豪 鹏飞 晓龙 永辉 建华 素梅 玉兰 桂芳 秀英 明亮 金宝 顺利 新伟 亚军 红伟 "
          "梦洁 梦柯 梦圆 梦真 晓晗 晓培 晓冉 晓茹 佳慧 佳欣 佳茹 珂欣 可盈 雅静 雅琦 雅馨 "
          "一航 一博 一凡 一丹 一诺 一璇 子豪 子健 子康 子路 子骏 子卿 子恒 子毅 子怡 子琪 "
          "浩东 浩杰 浩楠 浩博 浩铭 浩坤 金龙 金鹏 金阳 俊凯 俊楠 俊峰 俊熙 俊龙 梓航 梓睿 "
          "梓晨 梓浩 梓琳 梓妍 梓钰 梓瑞 家铭 家兴 家旺 家伟 家瑞 亚博 亚洲 亚鹏 亚辉 亚丽 "
          "冰冰 丹丹 冬冬 欢欢 静静 莹莹 圆圆 贝贝 乐乐 甜甜 淑贞 淑敏 秋菊 秋月 春华 春梅 "
          "向东 向前 卫国 卫华 卫民 保军 保平 宝玉 增光 自强 自立 伟华 伟业 耀东 耀华 旭东 "
          "旭阳 旭辉 明辉 明杰 明哲 明月 瑞阳 瑞琪 瑞霞 瑞芳 艺博 艺航 艺璇 艺萌 艺菲 "
          "文静 文慧 文昊 文轩 文鑫 文豪 昊然 昊阳 昊东 泽华 泽楠 泽坤 泽鑫 钰涵 钰莹 钰博").split()
GIVEN1 = list("鑫磊森淼晶垚犇焱昊璇瑶琦娜莉蕾蓓彤玥珂琛赟翀骥骏驰湛澍沣漪涟瀚澜渝淳")

EARLIER = ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "othertools"]


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
        with open(os.path.join(HERE, "..", d, "truth.json"), encoding="utf-8") as f:
            walk(json.load(f))
    return names


USED_BEFORE = earlier_names()
_TAILS = {n[-2:] for n in USED_BEFORE if len(n) >= 3} | {n[1:] for n in USED_BEFORE if len(n) == 2}
GIVEN2 = [g for g in GIVEN2 if g not in _TAILS]
GIVEN1 = [g for g in GIVEN1 if g not in _TAILS]


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_class(rng, n, fixed, avoid):
    names = list(fixed)
    taken = {a[-2:] for a in avoid if len(a) >= 3} | {a[-1] for a in avoid if len(a) == 2}
    while len(names) < n:
        compound = not any(x[:2] in COMPOUND for x in names) and rng.random() < 0.008
        s = rng.choice(COMPOUND) if compound else rng.choice(SURNAMES)
        g = rng.choice(GIVEN1) if rng.random() < 0.2 else rng.choice(GIVEN2)
        name = s + g
        if g in taken or name in names or name in USED_BEFORE or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    return names


# --------------------------------------------------------------------- courses

COURSES = {
    "cnc": dict(
        major="数控加工(数控车工)", code="0106", course="数控车削编程与加工", task="轴承套圈数控车削加工",
        hours=24, station="数控车削一体化学习工作站", seats=40,
        situation="洛阳一家轴承企业接到一批深沟球轴承套圈的试制订单，外圈外径72毫米、内孔沟道需要精车。车间主任把二十件套圈的粗车和半精车任务交给实训车间：读懂零件图，编写数控加工工艺卡和程序，在数控车床上完成加工并自检，填写首件检验记录。",
        qs=[("（一）套圈是薄壁件，装夹时要注意什么？",
             ["用软爪或者开口套装夹，夹紧力不能太大，否则套圈会变形，车完松开尺寸就变了。",
              "采用扇形软爪增大接触面，分粗车和精车两次装夹，精车前松一下再轻轻夹紧。",
              "夹紧力要小而均匀，可以用液压卡盘调低压力，防止夹成椭圆。"]),
            ("（二）车内孔沟道时选什么刀具和切削用量？",
             ["选内孔车刀，刀杆尽量粗短。精车转速800转每分，进给0.08毫米每转，背吃刀量0.2毫米。",
              "用成形内孔车刀，先粗车留0.3毫米余量，精车时降低进给，加切削液。",
              "刀尖圆弧半径0.4毫米的内孔刀，粗车和精车分开，注意排屑。"])],
        hw=[("1. 什么是G71指令？写出它的格式。",
             ["G71是外径内径粗车复合循环，格式G71 U(Δd) R(e); G71 P Q U(Δu) W(Δw) F。",
              "粗车循环指令，第一段给背吃刀量和退刀量，第二段给精车程序段号和余量。",
              "内外径粗车复合循环，用来去除大部分余量。"]),
            ("2. 首件检验要测量哪些尺寸？用什么量具？",
             ["外径用外径千分尺，内孔用内径百分表，宽度用游标卡尺，还要测圆度。",
              "外径、内径、宽度和倒角，量具有千分尺、内径表和卡尺。",
              "主要测内外径和宽度，记录在首件检验单上，合格后才能批量加工。"])],
        outputs=[("套圈数控加工工艺卡", "确定装夹方式、加工顺序、刀具和切削用量。"),
                 ("套圈车削加工程序单", "用G71和G70编写外圆与内孔加工程序并仿真验证。"),
                 ("首件检验记录", "测量外径、内孔和宽度，填写检验结论。")]),
    "cook": dict(
        major="烹饪(中式烹调)", code="0501", course="豫菜制作", task="牡丹燕菜制作",
        hours=12, station="中式烹调一体化学习工作站", seats=48,
        situation="洛阳一家老字号水席酒楼要在牡丹文化节期间接待旅游团，每桌第一道菜都是牡丹燕菜。厨师长要求实习厨师按酒楼标准完成白萝卜切丝、蒸制、调汤和蛋黄糕雕牡丹的整套工序，二十分钟内出品一份，汤色清亮，酸辣适口，牡丹造型完整。",
        qs=[("1. 萝卜丝为什么要先拌绿豆粉再蒸？",
             ["拌了绿豆粉，萝卜丝蒸出来像燕窝丝一样透明滑嫩，而且不会粘在一起。",
              "粉裹住萝卜丝，蒸好以后口感爽滑，形状像燕菜。",
              "为了让萝卜丝挂上一层薄粉，蒸后晶莹，吃起来更筋道。"]),
            ("2. 汤的酸辣味怎样调？",
             ["用清汤加盐、胡椒粉和香醋调味，出锅前再淋香油，酸辣适口。",
              "胡椒粉出辣味，醋出酸味，醋要最后放，免得酸味跑掉。",
              "先定咸味再放胡椒和醋，尝一下再调整。"])],
        hw=[("一、牡丹燕菜的来历是什么？",
             ["一九七三年周总理陪外宾到洛阳，厨师用蛋黄糕雕成牡丹花放在燕菜上，从此叫牡丹燕菜。",
              "原来叫假燕菜，用萝卜丝代替燕窝，后来加上牡丹花造型改名牡丹燕菜。",
              "是洛阳水席的头道菜，因为放了一朵蛋黄糕做的牡丹而得名。"]),
            ("二、出品时怎样检查质量？",
             ["看汤色是否清亮，牡丹造型是否完整，尝咸度和酸辣味，温度要够。",
              "汤清不浑，萝卜丝根根分明，牡丹花居中，味道酸辣适口。",
              "检查形、色、味、温四项，不合格的不能出菜。"])],
        outputs=[("牡丹燕菜制作工艺卡", "写明原料配比、刀工要求、蒸制时间和调味标准。"),
                 ("出品照片与质量自评表", "按形、色、味、温评价自己的出品。"),
                 ("蛋黄糕雕刻牡丹作品", "用蛋黄糕雕出八瓣牡丹花并记录要领。")]),
    "net": dict(
        major="计算机网络应用", code="0301", course="网络设备安装与调试", task="校园监控网络IP摄像头部署与调试",
        hours=18, station="网络工程一体化学习工作站", seats=40,
        situation="开封一所中学要在教学楼和操场新装二十四路网络摄像头，信息中心把施工委托给校企合作的网络公司。项目经理要求实训小组完成点位规划、PoE交换机配置、摄像头IP地址分配和录像机接入，保证每路画面在监控室可看可录，并提交调试记录。",
        qs=[("一、为什么要把监控网络单独划一个VLAN？",
             ["监控视频流量大，单独划VLAN可以和办公网隔开，互不影响，也更安全。",
              "隔离广播，防止视频流量把教学网堵死，同时限制别人访问摄像头。",
              "方便管理和限速，出了问题容易排查。"]),
            ("二、二十四路摄像头需要多大带宽？怎样选交换机？",
             ["每路主码流按4兆算，一共约96兆，上联口要用千兆，选二十四口PoE千兆交换机。",
              "4Mbps乘以24约100Mbps，接入交换机PoE总功率要够，上联千兆光口。",
              "按每路4兆估算，选千兆PoE交换机，注意总供电功率。"])],
        hw=[("1. 什么是PoE？有什么好处？",
             ["以太网供电，一根网线同时传数据和供电，摄像头不用另外拉电源线。",
              "交换机通过网线给摄像头供电，施工方便，节省成本。",
              "Power over Ethernet，网线供电，安装位置更灵活。"]),
            ("2. 摄像头画面看不到，你会怎样排查？",
             ["先看交换机端口灯亮不亮，再ping摄像头IP，最后检查录像机里的通道设置。",
              "检查网线和PoE供电，确认IP没有冲突，再看录像机的用户名密码。",
              "从物理层查起：线缆、供电、IP、端口、录像机配置。"])],
        outputs=[("监控点位规划图", "在教学楼平面图上标出二十四个点位和走线路由。"),
                 ("IP地址与VLAN规划表", "列出摄像头、交换机和录像机的地址分配。"),
                 ("监控系统调试报告", "记录每路画面的接入、录像和回放测试结果。")]),
    "car": dict(
        major="汽车维修", code="0403", course="汽车电气系统检修", task="汽车前照灯不亮故障检修",
        hours=14, station="汽车电气检修一体化学习工作站", seats=36,
        situation="一辆家用轿车开进开封一家维修厂，车主说晚上打开大灯开关，左右近光灯都不亮，远光灯正常。前台接车后开出派工单，要求维修学员按照电路图检查灯泡、保险、继电器和线路，找出故障点并修复，最后检测灯光照射高度并交车。",
        qs=[("1. 远光正常、两侧近光都不亮，最可能的原因是什么？",
             ["两侧灯泡同时坏的可能性小，应该是近光的公共部分：保险丝、继电器或者组合开关。",
              "近光继电器或者近光保险丝坏了，因为两边同时不亮。",
              "公共电路故障，先查近光保险，再查继电器和开关。"]),
            ("2. 怎样检测近光继电器是否正常？",
             ["拔下继电器，测线圈电阻约七十欧，给线圈加十二伏，触点应该导通。",
              "用万用表测线圈阻值，再通电听有没有吸合声，测触点通断。",
              "替换一个好的继电器试试，或者用跨接线直接短接试灯。"])],
        hw=[("一、前照灯电路由哪几部分组成？",
             ["电源、保险丝、灯光组合开关、继电器、灯泡和搭铁线。",
              "蓄电池、保险、开关、继电器、前照灯和线束。",
              "供电、控制、执行三部分，控制部分有开关和继电器。"]),
            ("二、更换卤素灯泡要注意什么？",
             ["不能用手直接摸灯泡玻璃，装好以后要检查灯光高度。",
              "戴手套拿灯泡，型号功率要一样，装好防尘罩。",
              "先关灯断电，换同型号灯泡，不要摸玻璃部分。"])],
        outputs=[("前照灯电路识读笔记", "在电路图上标出近光电路的电流走向。"),
                 ("故障诊断记录单", "记录检查步骤、测量数据和故障点。"),
                 ("灯光检测与交车报告", "用灯光检测仪测了照射高度，向车主说明。")]),
    "tcm": dict(
        major="中药", code="1301", course="中药制剂技术", task="六味地黄水蜜丸泛制",
        hours=16, station="中药制剂一体化学习工作站", seats=36,
        situation="南阳一家中药厂的前处理车间已经把六味地黄丸的药材粉碎成细粉，制剂车间接到生产指令，要用泛制法制成水蜜丸。班长要求学员按照批生产指令，配好炼蜜水，在包衣锅里起模、成型、盖面，再干燥、选丸，检查丸重差异和溶散时限，并填写批生产记录。",
        qs=[("一、起模是泛丸的关键，怎样起模？",
             ["在锅壁刷一层蜜水，撒少量药粉，转动让粉粘成小颗粒，反复加水加粉，直到成小丸模。",
              "先用喷壶喷水湿润锅壁，撒粉滚动，筛出大小均匀的丸模。",
              "加水加粉要少量多次，丸模要圆整均匀。"]),
            ("二、怎样检查丸重差异？",
             ["取十丸为一份，取十份称重，和标示丸重比较，超出限度的不能多于两份。",
              "按药典方法称十份，每份十丸，算出差异，看是否在限度内。",
              "随机取样称重，计算每份和平均重量的差异。"])],
        hw=[("1. 水蜜丸和大蜜丸有什么区别？",
             ["水蜜丸用蜜水作黏合剂泛制，丸小；大蜜丸用炼蜜和药粉塑制，每丸九克左右。",
              "制法不同，水蜜丸是泛制，大蜜丸是塑制，含蜜量也不同。",
              "水蜜丸小而硬，容易保存；大蜜丸软而大。"]),
            ("2. 六味地黄丸由哪六味药组成？",
             ["熟地黄、酒萸肉、山药、泽泻、牡丹皮、茯苓。",
              "熟地黄、山茱萸、山药、泽泻、丹皮、茯苓，三补三泻。",
              "地黄、山萸肉、山药、泽泻、丹皮、茯苓。"])],
        outputs=[("水蜜丸泛制操作记录", "记录起模、成型、盖面各阶段的加水量和用时。"),
                 ("批生产记录", "完整填写投料、干燥温度和成品数量。"),
                 ("成品质量检验单", "检查了外观、丸重差异和溶散时限。")]),
    "care": dict(
        major="健康与社会照护", code="0529", course="老年人生活照护", task="卧床老年人压疮预防护理",
        hours=12, station="老年照护一体化学习工作站", seats=44,
        situation="南阳一家护理院的八十二岁刘爷爷因股骨颈骨折长期卧床，骶尾部皮肤已经发红。护理主管要求照护员为老人做压疮风险评估，制定翻身和皮肤护理计划，每两小时协助翻身一次，保持床单平整干燥，做好营养支持，并在照护记录单上写清楚。",
        qs=[("1. 用什么量表评估压疮风险？看哪几项？",
             ["用Braden量表，看感觉、潮湿、活动、移动、营养和摩擦力六项，分数越低风险越高。",
              "Braden评分，六个方面打分，十二分以下是高危。",
              "用量表评估感知、潮湿度、活动能力、营养和剪切力。"]),
            ("2. 骶尾部皮肤发红，可以按摩吗？",
             ["不可以，按摩会加重皮下组织损伤，应该减压，避免再受压。",
              "不能按摩发红的地方，要勤翻身，用减压垫。",
              "不要按摩，保持清洁干燥，定时翻身。"])],
        hw=[("一、压疮的好发部位有哪些？",
             ["骨突出的地方：骶尾部、足跟、髋部、肩胛、枕部、肘部。",
              "仰卧时骶尾部、足跟、肩胛和后脑勺，侧卧时髋部和耳廓。",
              "受压多、肉少的部位，比如骶尾部和脚后跟。"]),
            ("二、翻身后要检查和记录什么？",
             ["检查受压皮肤的颜色，有没有发红破损，记录翻身时间、体位和皮肤情况。",
              "看皮肤、问感受、整理床单，在翻身卡上签名记录。",
              "记录时间、卧位、皮肤状况，有异常马上报告。"])],
        outputs=[("压疮风险评估表", "用Braden量表评估并写出风险等级。"),
                 ("翻身与皮肤护理计划", "制定两小时翻身时间表和皮肤护理要点。"),
                 ("照护记录与反思", "记录三天的护理过程和皮肤变化。")]),
    "ecom": dict(
        major="电子商务", code="0603", course="网店视觉设计与运营", task="宁陵酥梨网店详情页策划",
        hours=16, station="电子商务运营一体化学习工作站", seats=40,
        situation="商丘宁陵县一家果业合作社新开了网店，主推金顶谢花酥梨。合作社负责人说原来的详情页只有几张照片，转化率很低。运营主管要求学生团队重新策划详情页：提炼卖点、写文案、规划首屏和十屏结构、拍摄和修图，上线后一周复盘访客和转化数据。",
        qs=[("任务一 宁陵酥梨有哪些卖点？",
             ["皮薄、汁多、酥脆、甜，国家地理标志产品，产地直发。",
              "金顶谢花，果肉细、无渣，还有润肺止咳的说法可以讲文化但不能说疗效。",
              "地理标志、现摘现发、包坏包赔。"]),
            ("任务二 首屏放什么内容？",
             ["主图大照片加一句核心卖点“咬一口爆汁的宁陵酥梨”，再加价格和包邮信息。",
              "产品特写和产地标志，加上促销信息。",
              "最吸引人的切开的梨和一句广告语。"])],
        hw=[("1. 详情页的一般结构是什么？",
             ["首屏海报、卖点提炼、产品细节、产地故事、规格参数、物流售后、好评展示。",
              "吸引、说服、消除顾虑、促成下单四个部分。",
              "海报、卖点、细节、参数、售后。"]),
            ("2. 什么是转化率？怎样计算？",
             ["下单人数除以访客数，再乘以百分之百。",
              "成交的访客占全部访客的比例。",
              "转化率＝支付买家数÷访客数×100%。"])],
        outputs=[("详情页策划方案", "提炼五个卖点，规划十屏的内容和版式。"),
                 ("详情页设计稿", "用修图软件完成十屏详情页设计。"),
                 ("上线数据复盘", "统计一周的访客、收藏和转化数据并复盘。")]),
    "hotel": dict(
        major="饭店(酒店)服务", code="0504", course="餐厅服务与管理", task="中餐零点点菜服务",
        hours=14, station="中餐服务一体化实训室", seats=40,
        situation="商丘古城边一家豫菜餐厅周末中午客人很多，有家庭聚餐，也有外地游客。餐厅经理要求实习服务员为零点客人提供点菜服务：递送菜单、介绍特色菜、根据人数推荐菜量、记录和复述菜单、下单，并主动提醒客人忌口和上菜时间。",
        qs=[("1. 为四位客人推荐菜品时要考虑哪些方面？",
             ["人数、口味、预算和有没有忌口，荤素搭配，冷热搭配，一般四个人点四菜一汤。",
              "先问客人口味和忌口，再推荐本店招牌菜，注意菜量不要浪费。",
              "荤素、咸甜、凉热搭配，人数决定菜的数量。"]),
            ("2. 点完菜为什么要复述菜单？",
             ["防止记错，也让客人确认，避免上错菜引起投诉。",
              "核对菜名、数量和特殊要求，确认无误再下单。",
              "让客人确认一遍，减少差错。"])],
        hw=[("一、向外地客人介绍一道商丘特色菜。",
             ["推荐垛子羊肉，羊肉压成块，切片凉吃，肉香不膻，是商丘的老字号名菜。",
              "推荐商丘烩面，汤浓面筋道，配羊肉和香菜。",
              "推荐水激扣肉，肥而不腻，是古城的传统菜。"]),
            ("二、客人点的菜太多，你会怎样提醒？",
             ["礼貌地说：“先生，四位点六个菜可能吃不完，可以先上这些，不够再加。”",
              "提醒客人菜量比较大，建议少点一两个，倡导节约。",
              "委婉提醒分量，推荐小份。"])],
        outputs=[("点菜服务情景演练记录", "记录家庭聚餐和外地游客两个情景的点菜过程。"),
                 ("特色菜介绍卡", "整理了十道豫菜的介绍用语。"),
                 ("点菜单与复述记录", "填写点菜单并记录复述和下单的时间。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师/技师", "高级实习指导教师/高级技师", "企业兼职教师/高级工"]

# ----------------------------------------------------------------- submissions

SUBS = [
    dict(school="洛阳市伊洛技工学校", pack="dir", sub="数控加工(数控车工)-轴承套圈数控车削加工", course="cnc",
         cls="数控2301班", size=40, seed=11, students=["晁梓骁", "岳晓璐", "孟凡硕"],
         outsiders={"孟凡硕": "数控2302班"}, extra_class=["酆宇辰"], bad={"酆宇辰": "over"},
         teachers=["范建伟", "宋玉霞"], form="docx", form_key="班级人数", form_count="40",
         f8="cnc_card", f10="cnc_fen_150", f11="cnc_typed", f12="cnc_sign_end",
         findings=[("students.not_in_class", 8, True, "孟凡硕"), ("records.invalid_score", 10, False, "酆宇辰")],
         comment="孟凡硕 of 数控2302班 (a parallel class; his pages in items 8, 11 and 12 say so) is the third student of "
                 "8/11/12; item 10 (40 rows = 班级人数 40) has no record of him: students.not_in_class. Item 10, "
                 "scores written with 分 (`18分`), scanned 150 dpi gray with heavy JPEG (q35): 酆宇辰 has 46分 under "
                 "`尺寸精度(40)` (总分 92 = 17 + 18 + 46 + 11, the sum is right): records.invalid_score. No roster."),
    dict(school="洛阳市伊洛技工学校", pack="dir", sub="烹饪(中式烹调)-牡丹燕菜制作", course="cook",
         cls="烹饪2302班", size=46, seed=12, students=["南宫雅楠", "牛梦瑶", "娄欣"],
         extra_class=["牛梦遥", "娄欣然", "公孙晓东"], officers=True,
         notes={"@9": "缺考", "@22": "补考合格", "@35": "请假2次"},
         teachers=["常红军", "乔素芬", "谢宏图"], form="docx", form_key="班级人数", form_count="46人", roster="pdf_officers",
         f8="cook_selfeval_end", f10="cook_weighted_landscape", f11="cook_typed", f12="cook_ukai",
         findings=[],
         comment="clean: compound 南宫雅楠 (one of the three) and 公孙晓东 (classmate); 牛梦瑶 (one of the three) and "
                 "牛梦遥 (classmate) one character apart; 2-char 娄欣 (one of the three) with 3-char classmate 娄欣然. "
                 "Item 8 names each student only in a table at the END of the worksheet (`自评 | 互评 | 师评 | 学生签名`), "
                 "the teacher (`主厨导师：乔素芬`) heads every page. Item 10 landscape, two pages each with its header, "
                 "`平时 实训 理论 总评` where 总评 = 平时×30%+实训×50%+理论×20% (one decimal), the weights stated "
                 "only in item 9 (考核方案); a 缺考 row with `/` in every score column; notes 补考合格, 请假2次. "
                 "Roster 学生名单.pdf (46) with the class officers named under it (班长/学习委员/团支书, all class "
                 "members). Form `46人`."),
    dict(school="开封市汴京高级技工学校", pack="zip", sub="计算机网络应用-校园监控网络IP摄像头部署与调试", course="net",
         cls="网络2301班", size=40, seed=21, students=["豫嵩岳", "司佳音", "郭冠霖"],
         extra_class=["邵若曦"], absent_from_10=["邵若曦"],
         teachers=["焦文博", "闫春燕", "耿立军"], form="pdf", form_key="班级人数", form_count="40人", roster="xlsx",
         f8="net_twospace", f10="net_groups", f11="net_color", f12="net_drawn",
         findings=[("records.missing_student", 10, False, "邵若曦"), ("records.count_mismatch", 10, False)],
         comment="The roster 网络2301班花名册.xlsx (40) and the form (`40人`) list 邵若曦; item 10 (scanned 200 dpi "
                 "gray) has 39 records and none for her: records.missing_student (邵若曦), records.count_mismatch. "
                 "Item 10 is split by groups (`第一组（组长：…）` … `第八组` headings between the rows), columns "
                 "`学号 性别 姓名 …` (学号 first, the name after 性别), no 序号."),
    dict(school="开封市汴京高级技工学校", pack="zip", sub="汽车维修-汽车前照灯不亮故障检修", course="car",
         cls="汽修2302班", size=36, seed=22, students=["杨卓然", "赵俊驰", "韩星辰"],
         items={8: ["杨卓然", "赵俊驰"]}, absent_from_10=["@17"],
         teachers=["聂国庆", "贾红旗"], form="pdf", form_key="班级人数", form_count="36名",
         f8="car_worker", f10="car_mono", f11="car_typed", f12="car_wenkai_color",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="Item 8 holds the worksheets of only 杨卓然 and 赵俊驰 (韩星辰's are missing; items 11 and 12 hold all "
                 "three): students.count on 8 (students.mismatch optional). The form says `36名`, item 10 (1-bit 200 "
                 "dpi scan, 序号 1-35) lists 35: one class member's record was left out (no roster, so no "
                 "records.missing_student is expected): records.count_mismatch."),
    dict(school="南阳市宛城技师学院", pack="gbkzip", sub="中药-六味地黄水蜜丸泛制", course="tcm",
         cls="中药2301班", size=33, seed=31, students=["苏清妍", "史博睿", "靳一然"],
         items={12: ["苏清妍", "史博睿", "段静姝"]}, extra_class=["段静姝"],
         teachers=["卢秀兰", "姬长庚"], form="docx", form_key="授课学生人数", form_count="33",
         f8="tcm_group_line", f10="tcm_border250", f11="tcm_typed", f12="tcm_ukai",
         findings=[("students.mismatch", 12, True)],
         comment="Item 12 holds the homework of 段静姝 (a classmate with an item-10 record) instead of 靳一然's; items 8 "
                 "and 11 hold 苏清妍, 史博睿, 靳一然: students.mismatch. Item 12 scanned (UKai whole page, 200 dpi "
                 "gray). The form labels the count `授课学生人数 | 33`; item 10 has 33 rows. No roster."),
    dict(school="南阳市宛城技师学院", pack="gbkzip", sub="健康与社会照护-卧床老年人压疮预防护理", course="care",
         cls="照护2301班", size=43, seed=32, students=["公孙梓萱", "田念洛", "崔芮嘉"],
         extra_class=["田念络", "崔芮"], notes={"@12": "休学", "@27": "转入", "@38": "请假2次"},
         teachers=["魏丽萍", "秦志刚", "申玉梅"], form="docx", form_key="班级人数", form_count="43（含休学1人）",
         roster="xlsx", f8="care_teacher_each", f10="care_mono300", f11="care_cover", f12="care_photo",
         findings=[],
         comment="clean: compound 公孙梓萱 (one of the three); 田念洛 (one of the three) and classmate 田念络 one "
                 "character apart; 3-char 崔芮嘉 (one of the three) and 2-char classmate 崔芮 (the 2-char name starts "
                 "the 3-char one). Form `43（含休学1人）`; item 10 has 43 rows, the 休学 row with empty score cells; "
                 "notes 转入, 请假2次; teachers (`带教老师：魏丽萍　护理主管：秦志刚`) on every worksheet page. "
                 "Item 10 scanned 1-bit 300 dpi. Roster xlsx (43). Item 12 phone photos."),
    dict(school="商丘市睢阳技工学校", pack="dir", sub="电子商务-宁陵酥梨网店详情页策划", course="ecom",
         cls="电商2301班", size=38, seed=41, students=["刘青禾", "陈诗琪", "朱一鸣"],
         items={11: ["刘青禾", "陈诗琪", "朱一鸣", "梁麦香"]}, extra_class=["梁麦香"],
         teachers=["韩振宇", "楚慧敏", "石保国"], form="pdf", form_key="班级人数", form_count="38人",
         f8="ecom_sign_fold", f10="ecom_gray250", f11="ecom_scan_author", f12="ecom_mono",
         findings=[("students.count", 11, False)], optional=[("students.mismatch", 11, True)],
         comment="Item 11 holds four works: the three and classmate 梁麦香 (who has an item-10 record): students.count "
                 "on 11 (students.mismatch optional). Item 11 scanned 200 dpi, one cover per work with `作者：`. "
                 "Item 8 names the student at the foot (`学生（签名）：`), fold shadow. No roster."),
    dict(school="商丘市睢阳技工学校", pack="dir", sub="饭店(酒店)服务-中餐零点点菜服务", course="hotel",
         cls="酒店2302班", size=38, seed=42, students=["蔡语彤", "冯向阳", "鲁谷雨"],
         extra_class=["翟浩然"], absent_from_10=["鲁谷雨"], bad={"翟浩然": "sum"}, form_size=37,
         teachers=["薛凤琴", "任卫东"], form="pdf", form_key="班级人数", form_count="37",
         f8="hotel_waiter", f10="hotel_landscape", f11="hotel_typed", f12="hotel_two_up",
         findings=[("students.not_in_class", 8, True, "鲁谷雨"), ("records.invalid_score", 10, False, "翟浩然")],
         comment="A forgotten record: 鲁谷雨 (酒店2302班, this class, stated on her pages) is the third student of "
                 "8/11/12, but item 10 (37 rows; the form says 37, so no count finding) has none for her (a gap in "
                 "the 学号 sequence): students.not_in_class (鲁谷雨). Item 10 landscape, scanned 200 dpi gray, "
                 "`平时(20) 实训(50) 理论(30) 总评`: 翟浩然's 总评 is 87 for 17 + 41 + 26 = 84: "
                 "records.invalid_score. Item 12 puts 蔡语彤's and 冯向阳's homework side by side on one landscape "
                 "page, 鲁谷雨's on a second page. No roster."),
]


def sid_of(s, n, k=None):
    if n in s.get("outsiders", {}):
        return "2341%02d2%02d" % (s["seed"], 7 + len(n) * 5)
    if k is None:
        k = s["klass"].index(n)
    return "2341%02d1%02d" % (s["seed"], k + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, font="Noto Sans CJK SC", size="10.5pt", page=""):
    style = "body{font-family:\"%s\";font-size:%s}" % (font, size)
    if page:
        style += "@page{%s}" % page
    return '<html><head><meta charset="utf-8"><style>%s</style></head><body>\n%s\n</body></html>\n' % (style, body)


PB = '<p style="page-break-before:always"></p>'
UKAI = 'style="font-family:\'AR PL UKai CN\';color:#1f2f6a;font-size:14pt"'
WENKAI = 'style="font-family:\'LXGW WenKai\';color:#1f2f6a;font-size:14pt"'
RED = 'style="font-family:\'AR PL UKai CN\';color:#bf2318"'
LAND = "size:29.7cm 21cm;margin:1.5cm"


def hand(n, st=UKAI):
    return '<span %s>%s</span>' % (st, n)


def cell(x, extra="", pad="2px 5px"):
    return '<td style="border:0.75pt solid #000;padding:%s"%s>%s</td>' % (pad, extra, x)


def table(header, rows, width="100%", pad="2px 5px"):
    h = "".join(cell("<b>%s</b>" % x, ' align="center"', pad) for x in header)
    body = "".join("<tr>%s</tr>" % "".join(cell(x, ' align="center"', pad) for x in r) for r in rows)
    return '<table style="border-collapse:collapse" width="%s"><tr>%s</tr>%s</table>' % (width, h, body)


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


def form_html(s, c):
    t = s["teachers"]
    rows = "".join("<tr>%s</tr>" % "".join(cell(x) for x in (
        i + 1, n, "女" if (i + s["seed"]) % 2 else "男", TITLES[(i + s["seed"]) % len(TITLES)],
        "%d年" % (3 + 2 * i), "是")) for i, n in enumerate(t))
    kv = [("专业名称", c["major"], "专业代码", c["code"]), ("课程名称", c["course"], "学习任务", c["task"]),
          ("任务学时", "%d学时" % c["hours"], "授课班级", s["cls"]), (s["form_key"], s["form_count"], "工位数", "%d个" % c["seats"]),
          ("课堂负责人", t[0], "联系电话", "037%d-66%02d%03d" % (s["seed"] % 10, s["seed"], 200 + s["seed"] * 13))]
    kvrows = "".join("<tr>%s</tr>" % "".join(cell(x) for x in r) for r in kv)
    return html("""<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>专业名称：{major}</p><p>专业编码：{code}</p><p>课程名称：{course}</p><p>学习任务：{task}</p>
<p>课堂负责人：{lead}</p><p>申报单位：{school}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂概况</h3><table style="border-collapse:collapse" width="100%">{kvrows}</table>
<h3>二、教学团队</h3><table style="border-collapse:collapse" width="100%"><tr>{hd}</tr>{rows}</table>
<h3>三、学习任务来源</h3><p>“{task}”取自中原地区合作企业的真实工作项目，由企业实践专家与教师共同转化为学习任务。</p>
<h3>四、教学条件</h3><p>教学在{station}进行，设{seats}个工位，配备企业技术标准、微课和学习工作页。</p>
<h3>五、评价方式</h3><p>过程评价与结果评价结合，学生自评、小组互评、教师和企业导师评价共同构成成绩。</p>
<h3>六、组织实施</h3><p>教学按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步展开：学生领取任务并收集信息，小组拟定计划，经师生讨论做出决策后实施，教师全程巡视把控质量与安全，最后展示成果、评价反馈。</p>
<h3>七、成效与特色</h3><p>学生完成了真实的工作任务，专业能力和职业素养都有提高，成果得到合作企业认可。</p>
<h3>八、承诺</h3><p>本课堂所报建设成果真实、原创。</p><p>团队教师签名：{sign}</p>
""".format(major=c["major"], code=c["code"], course=c["course"], task=c["task"], lead=t[0], school=s["school"],
           d=5 + s["seed"] % 20, kvrows=kvrows,
           hd="".join(cell("<b>%s</b>" % x) for x in ("序号", "姓名", "性别", "职称/技能等级", "企业实践年限", "一体化培训")),
           rows=rows, station=c["station"], seats=c["seats"], sign="、".join(t)))


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化核心课程，以国家课程标准为依据，结合河南省相关企业岗位要求转化。\n二、学习任务\n本课程设若干典型工作任务，“{task}”安排{hours}学时。\n三、实施要求\n以企业真实任务为载体，学生在完整工作过程中学习，注重安全与规范。",
    2: "{school}\n《{task}》学习任务分析\n一、工作情境描述\n{situation}\n二、工作流程\n接受任务—信息收集—制定方案—实施作业—检查验收—总结评价。\n三、学习目标\n能按规范独立完成本任务，并能记录、汇报工作过程和结果。",
    3: "{school}\n{task}　教学活动策划表\n环节一：明确任务（情境导入）\n环节二：制定计划（小组讨论）\n环节三：任务实施（教师巡回指导）\n环节四：检查评价（展示、自评、互评、师评）",
    4: "{school}\n{course}　教学进度安排\n第一周：明确任务、收集信息\n第二周：制定计划与决策\n第三、四周：实施计划与过程控制\n第五周：检查验收与评价反馈\n合计{hours}学时",
    5: "{school}\n{task}　教学活动方案（教案）\n一、导入（1学时）：展示企业现场，发放学习工作页。\n二、获取信息（2学时）：查阅资料，完成引导问题。\n三、实施（若干学时）：分组实施，教师示范、巡视指导。\n四、评价（1学时）：成果展示，多元评价，布置课后作业。",
    6: "{school}\n学习任务资源及清单\n1. 学习工作页\n2. 企业技术标准与作业规范\n3. 微课、课件与操作视频\n4. {station}（{seats}个工位）\n资源样例见后附页。",
    7: "{school}\n{station}图文说明\n工作站分为信息区、讨论区、实操区和成果展示区，设{seats}个工位，张贴安全操作规程和6S管理要求。\n（现场照片附后）",
    9: "{school}\n{task}　学习任务考核方案\n一、考核方式：过程考核与结果考核相结合。\n二、考核内容：学习工作页、实操过程、成果质量与职业素养。\n三、成绩记录：考核结果填入学习任务考核记录表，由任课教师签字确认。",
}
ITEM9_EXTRA = {
    "cook": "\n四、成绩构成：总评成绩＝平时成绩×30%＋实训成绩×50%＋理论成绩×20%，保留一位小数；缺考者不计总评，按学校规定补考。",
    "hotel": "\n四、成绩构成：总评＝平时（20分）＋实训（50分）＋理论（30分），满分100分。",
}


def short_item(n, c, s):
    t = SHORT[n].format(school=s["school"], course=c["course"], major=c["major"], task=c["task"],
                        hours=c["hours"], situation=c["situation"], station=c["station"], seats=c["seats"])
    if n == 9:
        t += ITEM9_EXTRA.get(s["course"], "")
    return t + "\n"


NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def file_name(s, n):
    style = s["seed"] // 10
    name = NAMES[n]
    if style == 1:  # 洛阳: "伊洛技校-08-工作页.pdf" (recognised by the name)
        return "伊洛技校-%02d-%s.pdf" % (n, name)
    if style == 2:  # 开封: "08_工作页（汽修2302班）.pdf"
        return "%02d_%s（%s）.pdf" % (n, name, s["cls"])
    if style == 3:  # 南阳: "成果8 工作页.pdf"
        return "成果%d %s.pdf" % (n, name)
    return "%d．%s.pdf" % (n, name)  # 商丘: full-width dot


def form_name(s, c):
    return {1: "附件2：申报书（%s）.docx" % c["task"], 2: "申报书.pdf",
            3: "工学一体化优质课堂申报书-%s.docx" % c["course"], 4: "%s申报书（最终版）.pdf" % c["major"]}[s["seed"] // 10]


def ans(c, part, qi, pos):
    q, answers = c[part][qi]
    return q, answers[pos % len(answers)]


def mark(rng):
    return rng.choice(["√", "√ 很好", "√ 答全了", "√ 8分", "√ 条理清楚", "√ 9分", "√ 再规范些", "√ 10分"])


def questions(c, i, rng, font):
    out = ""
    for qi in range(len(c["qs"])):
        q, a = ans(c, "qs", qi, i)
        out += '<p><b>%s</b></p><p %s>%s</p><p %s>%s</p><p>&nbsp;</p>' % (q, font, a, RED, mark(rng))
    return out


# ------------------------------------------------------------------ item 8

def item8(s, c, names):
    f = s["f8"]
    t = s["teachers"]
    rng = random.Random(s["seed"] * 8)
    parts = []
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        if f == "cnc_card":
            kv = [("零件名称", "深沟球轴承外圈", "零件图号", "ZC-6206-0%d" % (i + 1)),
                  ("实训学员", hand(n), "班级", cl), ("设备", "CK6140数控车床", "工位号", "%02d" % (5 + 3 * i))]
            tb = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
                "<tr>%s</tr>" % "".join(cell(x) for x in r) for r in kv)
            parts.append('<h2 style="text-align:center">数控车削加工工艺卡（学习工作页）</h2>%s<p>&nbsp;</p>'
                         '<p><b>生产任务：</b>%s</p><h3>引导问题</h3>%s<p style="text-align:right">实习指导教师：%s　%s</p>'
                         % (tb, c["situation"], questions(c, i, rng, UKAI), t[1], day(s, i)))
        elif f == "cook_selfeval_end":
            end = table(["自评", "互评", "师评", "学生签名"],
                        [[hand(x) for x in ("A", "A" if i else "B+", "A")] + [hand(n)]], width="80%", pad="8px 5px")
            parts.append('<p style="text-align:right">主厨导师：%s</p><h2 style="text-align:center">%s　学习工作页</h2>'
                         '<p>班级：%s　　日期：%s</p><p><b>工作情境：</b>%s</p>%s<p><b>评价</b></p>%s'
                         % (t[1], c["task"], cl, day(s, i), c["situation"], questions(c, i, rng, UKAI), end))
        elif f == "net_twospace":
            parts.append('<h2 style="text-align:center">%s　学习工作页</h2>'
                         '<p>姓　　名：%s　　　班　　级：%s</p><p>学　　号：%s　　　指导教师：%s</p><hr/>'
                         '<p><b>项目背景：</b>%s</p>%s' % (c["course"], hand(n, WENKAI), cl, sid_of(s, n), t[0],
                                                     c["situation"], questions(c, i, rng, WENKAI)))
        elif f == "car_worker":
            continue  # drawn text, see below
        elif f == "tcm_group_line":
            parts.append('<h2 style="text-align:center">%s　工作页</h2><p>班级：%s　　组别：第%s组　　姓名：%s</p><hr/>'
                         '<p><b>生产指令：</b>%s</p>%s<p style="text-align:right">批阅：%s</p>'
                         % (c["task"], cl, "一二三"[i], hand(n), c["situation"], questions(c, i, rng, UKAI), t[0]))
        elif f == "care_teacher_each":
            hdr = '<p>带教老师：%s　　护理主管：%s</p>' % (t[0], t[1])
            parts.append(hdr + '<h2 style="text-align:center">%s　学习工作页</h2><p>学生姓名：%s　　班级：%s</p>'
                         '<p><b>照护情境：</b>%s</p>' % (c["task"], hand(n, WENKAI), cl, c["situation"]) +
                         table(["评估项目", "得分"], [[x, hand(str(v), WENKAI)] for x, v in
                                                  (("感觉", 3), ("潮湿", 2), ("活动", 1), ("移动", 2), ("营养", 3), ("摩擦力", 2))],
                               width="60%"))
            parts.append(hdr + '<h3>引导问题</h3>%s<p style="text-align:right">%s</p>' % (questions(c, i, rng, WENKAI), day(s, i)))
        elif f == "ecom_sign_fold":
            parts.append('<h2 style="text-align:center">%s　学习工作页</h2><p>班级：%s　　指导教师：%s</p><hr/>'
                         '<p><b>任务背景：</b>%s</p>%s<p>&nbsp;</p><p style="text-align:right">学生（签名）：%s　　%s</p>'
                         % (c["task"], cl, t[0], c["situation"], questions(c, i, rng, WENKAI), hand(n, WENKAI), day(s, i)))
        elif f == "hotel_waiter":
            parts.append('<h2 style="text-align:center">%s　学习工作页</h2>' % c["course"] +
                         table(["学员姓名", "班级", "实训岗位", "日期"], [[hand(n), cl, "中餐厅值台", day(s, i)]]) +
                         '<p><b>工作情境：</b>%s</p>%s<p style="text-align:right">实训指导：%s</p>'
                         % (c["situation"], questions(c, i, rng, UKAI), t[0]))
        else:
            raise SystemExit("item8 format %s" % f)
    if f == "car_worker":
        lines = []
        for i, n in enumerate(names):
            if i:
                lines.append("----")
            lines += ["汽车电气系统检修　学习工作页", "派工单号：KF-QX-24%03d　　指导教师：%s" % (31 + i * 4, t[0]),
                      "> 作业人：%s　　%s" % (n, cls_of(s, n)), "", "故障现象：打开大灯开关，左右近光灯都不亮，远光灯正常。", ""]
            for qi in range(len(c["qs"])):
                q, a = ans(c, "qs", qi, i)
                lines += [q, "> " + a, "! " + mark(rng), ""]
            lines.append("! 成绩：%d　%s" % (84 + 4 * i, t[0]))
        return "08.txt", "\n".join(lines) + "\n", "x-scan:200:1:mono"
    meth = {"cnc_card": "x-scanpdf:200", "cook_selfeval_end": "x-scanpdf:250", "net_twospace": "x-scanpdf:200:color",
            "tcm_group_line": "x-scanpdf:250:q50", "care_teacher_each": "x-scanpdf:200", "ecom_sign_fold": "x-scanpdf:200:fold",
            "hotel_waiter": "x-scanpdf:300:mono"}[f]
    return "08.html", html(PB.join(parts)), meth


# ------------------------------------------------------------------ item 10

def resolve_notes(s, rec):
    special = set(s["students"]) | set(s.get("extra_class", [])) | set(s.get("bad", {}))
    for v in s.get("items", {}).values():
        special |= set(v)
    out = {}
    for key, note in s.get("notes", {}).items():
        k = int(key[1:]) - 1
        while rec[k] in special or rec[k] in out:
            k += 1
        out[rec[k]] = note
    s["notes_resolved"] = out


def parts_for(rng, maxima):
    level = rng.uniform(0.62, 0.96)
    return [max(0, min(m, round(m * (level + rng.uniform(-0.08, 0.08))))) for m in maxima]


def item10(s, c, rec):
    f = s["f10"]
    rng = random.Random(s["seed"] * 10)
    t = s["teachers"]
    bad = s.get("bad", {})
    notes = s["notes_resolved"]
    head = '<h3 style="text-align:center">%s　学习任务考核记录</h3><p>课程：%s　　学习任务：%s　　班级：%s　　日期：%s</p>' % (
        s["school"], c["course"], c["task"], s["cls"], day(s, 13))
    sign = '<p>任课教师：%s　　　　审核：%s</p>' % ("、".join(t[:2]), t[-1])
    rows = []
    if f == "cnc_fen_150":
        for i, (n, k) in enumerate(rec):
            p = parts_for(rng, [20, 20, 40, 20])
            if bad.get(n) == "over":
                p = [17, 18, 46, 11]  # 46 > 40; the total 92 is the sum
            rows.append([i + 1, sid_of(s, n, k), n] + ["%d分" % x for x in p] + ["%d分" % sum(p)])
        body = head + table(["序号", "学号", "姓名", "工艺编制(20)", "程序编写(20)", "尺寸精度(40)", "安全文明(20)", "总分"],
                            rows, pad="0px 4px") + sign
        return "10.html", html(body, size="9.5pt"), "x-scanpdf:150:q35"
    if f == "cook_weighted_landscape":
        for i, (n, k) in enumerate(rec):
            note = notes.get(n, "")
            if note == "缺考":
                rows.append([i + 1, sid_of(s, n, k), n, "/", "/", "/", "/", note])
                continue
            a, b, d = parts_for(rng, [100, 100, 100])
            rows.append([i + 1, sid_of(s, n, k), n, a, b, d, "%.1f" % (0.3 * a + 0.5 * b + 0.2 * d), note])
        hd = ["序号", "学号", "姓名", "平时", "实训", "理论", "总评", "备注"]
        half = (len(rows) + 1) // 2
        body = (head + table(hd, rows[:half], pad="0px 4px") + PB + head + table(hd, rows[half:], pad="0px 4px") + sign)
        return "10.html", html(body, size="9pt", page=LAND), "x-scanpdf:200"
    if f == "net_groups":
        per = 5
        groups = "一二三四五六七八"
        body_rows = ""
        for g in range(0, len(rec), per):
            chunk = rec[g:g + per]
            body_rows += '<tr><td colspan="7" style="border:0.75pt solid #000;padding:1px 4px"><b>第%s组（组长：%s）</b></td></tr>' % (
                groups[g // per], chunk[0][0])
            for n, k in chunk:
                p = parts_for(rng, [20, 40, 40])
                sex = "女" if (k * 7 + s["seed"]) % 3 == 0 else "男"
                body_rows += "<tr>%s</tr>" % "".join(cell(x, ' align="center"', "0px 4px") for x in
                                                     [sid_of(s, n, k), sex, n] + p + [sum(p)])
        hd = "".join(cell("<b>%s</b>" % x, ' align="center"', "0px 4px") for x in
                     ("学号", "性别", "姓名", "方案设计(20)", "设备安装(40)", "调试测试(40)", "总分"))
        body = head + '<table style="border-collapse:collapse" width="100%%"><tr>%s</tr>%s</table>' % (hd, body_rows) + sign
        return "10.html", html(body, size="8.5pt"), "x-scanpdf:200"
    if f == "car_mono":
        for i, (n, k) in enumerate(rec):
            p = parts_for(rng, [50, 30, 20])
            rows.append([i + 1, sid_of(s, n, k), n] + p + [sum(p)])
        body = head + table(["序号", "学号", "姓名", "故障诊断(50)", "维修操作(30)", "职业素养(20)", "合计"], rows,
                            pad="0px 4px") + sign
        return "10.html", html(body, size="9.5pt"), "x-scanpdf:200:mono"
    if f == "tcm_border250":
        for i, (n, k) in enumerate(rec):
            p = parts_for(rng, [40, 30, 30])
            rows.append([i + 1, n] + p + [sum(p), notes.get(n, "")])
        body = head + table(["序号", "姓名", "泛丸操作(40)", "丸重差异(30)", "生产记录(30)", "总分", "备注"], rows,
                            pad="1px 4px") + sign
        return "10.html", html(body, size="9.5pt"), "x-scanpdf:250:border"
    if f == "care_mono300":
        for i, (n, k) in enumerate(rec):
            note = notes.get(n, "")
            if note == "休学":
                rows.append([i + 1, sid_of(s, n, k), n, "", "", "", "", note])
                continue
            p = parts_for(rng, [30, 50, 20])
            rows.append([i + 1, sid_of(s, n, k), n] + p + [sum(p), note])
        body = head + table(["序号", "学号", "姓名", "风险评估(30)", "翻身与皮肤护理(50)", "记录沟通(20)", "总分", "备注"],
                            rows, pad="0px 4px") + sign
        return "10.html", html(body, size="8.5pt"), "x-scanpdf:300:mono"
    if f == "ecom_gray250":
        for i, (n, k) in enumerate(rec):
            p = parts_for(rng, [30, 40, 30])
            rows.append([i + 1, sid_of(s, n, k), n] + p + [sum(p)])
        body = head + table(["序号", "学号", "姓名", "文案策划(30)", "视觉设计(40)", "运营复盘(30)", "总分"], rows,
                            pad="0px 4px") + sign
        return "10.html", html(body, size="9pt"), "x-scanpdf:250"
    if f == "hotel_landscape":
        for i, (n, k) in enumerate(rec):
            p = parts_for(rng, [20, 50, 30])
            total = sum(p)
            if bad.get(n) == "sum":
                p, total = [17, 41, 26], 87  # the sum is 84
            rows.append([i + 1, sid_of(s, n, k), n] + p + [total])
        hd = ["序号", "学号", "姓名", "平时(20)", "实训(50)", "理论(30)", "总评"]
        half = (len(rows) + 1) // 2
        body = (head + table(hd, rows[:half], pad="0px 6px") + PB + head + table(hd, rows[half:], pad="0px 6px") + sign)
        return "10.html", html(body, size="10pt", page=LAND), "x-scanpdf:200"
    raise SystemExit("item10 format %s" % f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f = s["f11"]
    t = s["teachers"]
    outs = c["outputs"]
    parts = []
    for i, n in enumerate(names):
        title, desc = outs[i % 3]
        cl = cls_of(s, n)
        if f == "cnc_typed":
            who = "作品完成人：%s（%s）" % (n, cl)
        elif f == "cook_typed":
            who = "制作人：%s　　班级：%s" % (n, cl)
        elif f == "net_color":
            who = "项目完成人：%s　　班级：%s" % (hand(n), cl)
        elif f == "car_typed":
            who = "维修学员：%s　　%s" % (n, cl)
        elif f == "tcm_typed":
            who = "操作学员：%s　　班级：%s" % (n, cl)
        elif f == "care_cover":
            parts.append('<p>&nbsp;</p><h1 style="text-align:center">学习成果</h1><h3 style="text-align:center">%s</h3>'
                         '<p>&nbsp;</p><p style="text-align:center;font-size:15pt">照护员：%s</p><p style="text-align:center">%s</p>'
                         '<p>&nbsp;</p><p>%s</p><p>带教老师：%s</p>' % (title, n, cl, desc, t[0]))
            continue
        elif f == "ecom_scan_author":
            title = ["详情页策划方案", "详情页设计稿", "上线数据复盘", "首屏海报设计"][i]
            parts.append('<p>&nbsp;</p><h1 style="text-align:center">%s</h1><p style="text-align:center">%s</p><p>&nbsp;</p>'
                         '<p style="text-align:center;font-size:14pt">作者：%s　　%s</p><p>&nbsp;</p><p>%s</p>'
                         % (title, c["task"], n, cl, desc if i < 3 else "设计了三版首屏海报，突出“咬一口爆汁”的卖点。"))
            continue
        elif f == "hotel_typed":
            who = "实训学员：%s　　班级：%s" % (n, cl)
        else:
            raise SystemExit("item11 format %s" % f)
        parts.append('<h2 style="text-align:center">成果%d　%s</h2><p>%s</p><p>%s</p><p>&nbsp;</p>'
                     '<p %s>教师评语：完成认真，达到要求。%s</p>' % (i + 1, title, who, desc, RED, t[i % len(t)]))
    meth = {"net_color": "x-scanpdf:200:color", "ecom_scan_author": "x-scanpdf:200", "care_cover": "x-scanpdf:250"}.get(f, "pdf")
    body = '<h2 style="text-align:center">%s　学习成果汇编</h2><p style="text-align:center">%s</p>' % (c["task"], s["cls"])
    return "11.html", html(body + PB + PB.join(parts)), meth


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f = s["f12"]
    t = s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "hotel_two_up":
        def block(i, n):
            out = '<p><b>%s　课后作业</b></p><p>学员姓名：%s</p><p>班级：%s</p>' % (c["course"], hand(n), cls_of(s, n))
            for qi in range(len(c["hw"])):
                q, a = ans(c, "hw", qi, i)
                out += '<p>%s</p><p %s>%s</p><p %s>%s</p>' % (q, UKAI, a, RED, mark(rng))
            return out + '<p %s>阅：%s</p>' % (RED, t[0])
        two = ('<table width="100%%" style="border-collapse:collapse"><tr><td width="50%%" valign="top" '
               'style="border-right:1pt dashed #888;padding:4px 10px">%s</td><td width="50%%" valign="top" '
               'style="padding:4px 10px">%s</td></tr></table>' % (block(0, names[0]), block(1, names[1])))
        body = two + PB + '<table width="50%%"><tr><td style="padding:4px 10px">%s</td></tr></table>' % block(2, names[2])
        return "12.html", html(body, size="10pt", page=LAND), "x-scanpdf:200"
    lines = []
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        if i:
            lines.append("----")
        if f == "cnc_sign_end":
            head, foot = ["数控车削编程与加工　课后作业", ""], ["", "> 学生（签名）：%s　%s" % (n, cl)]
        elif f == "cook_ukai":
            head, foot = ["豫菜制作　课后作业", "姓名：%s" % n, "班级：%s" % cl, ""], []
        elif f == "net_drawn":
            head, foot = ["网络设备安装与调试　课后作业", "> 作业人：%s　班级：%s" % (n, cl), ""], []
        elif f == "car_wenkai_color":
            head, foot = ["汽车电气系统检修　课后作业", "学生：%s　　%s" % (n, cl), ""], []
        elif f == "tcm_ukai":
            head, foot = ["中药制剂技术　课后作业", "姓名：%s　%s" % (n, cl), ""], []
        elif f == "care_photo":
            head, foot = ["老年人生活照护　课后作业", "> 照护员：%s　%s" % (n, cl), ""], []
        elif f == "ecom_mono":
            head, foot = ["网店视觉设计与运营　课后作业", "学生姓名：%s" % n, "班级：%s" % cl, ""], []
        else:
            raise SystemExit("item12 format %s" % f)
        lines += head
        for qi in range(len(c["hw"])):
            q, a = ans(c, "hw", qi, i)
            lines += [q, "> " + a, "! " + mark(rng), ""]
        lines += foot
        lines.append("! 阅：%s  %s" % (t[-1], day(s, 20 + i)))
    meth = {"cnc_sign_end": "x-scan:200:4", "cook_ukai": "x-scan:250:3", "net_drawn": "x-scan:200:0",
            "car_wenkai_color": "x-scan:200:4:color", "tcm_ukai": "x-scan:200:3", "care_photo": "x-photo:200:1",
            "ecom_mono": "x-scan:200:4:mono"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ roster

def roster(s, d, man):
    k = s["klass"]
    r = s.get("roster")
    if r == "xlsx":
        text = "序号,学号,姓名,性别,家庭住址\n" + "".join("%d,%s,%s,%s,%s\n" % (
            i + 1, sid_of(s, n, i), n, "女" if (i * 7 + s["seed"]) % 3 == 0 else "男",
            ["开封市龙亭区", "开封市鼓楼区", "尉氏县", "杞县", "兰考县", "南阳市卧龙区", "邓州市", "镇平县"][(i + s["seed"]) % 8])
            for i, n in enumerate(k))
        write(os.path.join(d, "roster.csv"), text)
        man.append("roster.csv\t%s花名册.xlsx\txlsx\troster\t0" % s["cls"])
    elif r == "pdf_officers":
        rows = [[i + 1, sid_of(s, n, i), n, "女" if (i + s["seed"]) % 2 else "男"] for i, n in enumerate(k)]
        half = (len(rows) + 1) // 2
        off = s["officers_names"]
        body = ('<h3 style="text-align:center">%s　%s学生名单</h3>' % (s["school"], s["cls"]) +
                table(["序号", "学号", "姓名", "性别"], rows, width="70%", pad="0px 4px") +
                '<p>班长：%s　　学习委员：%s　　团支书：%s</p><p>班主任：%s　　　2024年9月</p>' % (off[0], off[1], off[2], s["teachers"][2]))
        write(os.path.join(d, "roster.html"), html(body, size="9pt"))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        del half


# -------------------------------------------------------------------- main

def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Eighth held-out people corpus (testdata/heldout8), same format as testdata/heldout7/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"]]
    all_planted = []
    for s in SUBS:
        for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {})):
            if n not in all_planted:
                all_planted.append(n)
        for v in s.get("items", {}).values():
            all_planted += [n for n in v if n not in all_planted]
    for n in all_teachers + all_planted:
        if n in USED_BEFORE:
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    allnames = set()
    for s in SUBS:
        c = COURSES[s["course"]]
        rng = random.Random(s["seed"] * 9391)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        # planted pairs (one character apart, prefix) are wanted inside their own class only
        near_ok = set(fixed)
        others = [n for n in all_planted if n not in near_ok] + all_teachers + out
        klass = draw_class(rng, s["size"], [], others + fixed)
        # put the fixed names in at seeded positions
        klass = klass[:s["size"] - len(fixed)]
        for n in fixed:
            klass.insert(rng.randint(0, len(klass)), n)
        if s["size"] != len(klass):
            raise SystemExit("size")
        absent = []
        for a in s.get("absent_from_10", []):
            if a.startswith("@"):
                kk = int(a[1:]) - 1
                while klass[kk] in fixed:
                    kk += 1
                absent.append(klass[kk])
            else:
                absent.append(a)
        s["absent_resolved"] = absent
        s["klass"], s["sid_index"] = klass, {}
        if s.get("officers"):
            s["officers_names"] = [n for n in klass if n not in fixed][3:6]
        rec = [(n, i) for i, n in enumerate(klass) if n not in absent]
        resolve_notes(s, [n for n, _ in rec])
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
        d = os.path.join(SRC, s["school"], s["sub"])
        write(os.path.join(SRC, s["school"], "pack"), s["pack"] + "\n")
        man = ["# source\tfile name\tmethod\tkind\titem"]
        write(os.path.join(d, "form.html"), form_html(s, c))
        man.append("form.html\t%s\t%s\tform\t0" % (form_name(s, c), s["form"]))
        for n in (1, 2, 3, 4, 5, 6, 7, 9):
            write(os.path.join(d, "%02d.txt" % n), short_item(n, c, s))
            man.append("%02d.txt\t%s\tpdf\titem\t%d" % (n, file_name(s, n), n))
        meths = {}
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8])), (10, item10(s, c, rec)), (11, item11(s, c, items[11])),
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
        comment = s["comment"]
        if s.get("officers"):
            comment += " Officers: 班长 %s, 学习委员 %s, 团支书 %s." % tuple(s["officers_names"])
        if absent and s["course"] == "car":
            comment += " The left-out record: %s." % absent[0]
        truth["submissions"][subid] = {
            "comment": comment, "students": s["students"], "items": {str(k): v for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": "%s | %s" % (s["form_key"], s["form_count"]),
            "class": klass, "student_numbers": [sid_of(s, n, i) for i, n in enumerate(klass)],
            "item10_records": [n for n, _ in rec], "roster": s.get("roster", ""),
            "outsiders": s.get("outsiders", {}),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": s["notes_resolved"], "teachers": s["teachers"]}
        allnames |= set(klass) | set(out)
    clash = sorted(n for n in allnames if n in USED_BEFORE)
    if clash:
        raise SystemExit("names of earlier corpora: %s" % clash)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
