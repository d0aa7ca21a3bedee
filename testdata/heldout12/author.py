#!/usr/bin/env python3
"""Write the sources of the twelfth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Eight submissions of four invented schools in Heilongjiang
and Jilin (哈尔滨, 齐齐哈尔, 牡丹江, 延边).

    python3 author.py      (rewrites src/ and truth.json)
    sh build.sh OUT
"""
import csv
import io
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 12)] + ["othertools"]

# Northeast surnames (Manchu-descended 佟 关 那 富 赫 伊 鄂, and 隋 矫 栗 暴 阚 邸 …)
SURNAMES = list("佟关那富赫伊洪单尚隋矫鄂乔于郎常栗暴岳阚索鲍祖邸滕付白韩吕庞邵")
COMPOUND = ["赫连", "皇甫"]
GIVEN2 = ("雪松 冰清 北辰 松涛 凌霜 冬青 瑞雪 白桦 兴安 雅楠 庆丰 长顺 宝库 玉凤 桂芝 淑华 凤霞 雪莹 冰洁 鹤鸣 "
          "林海 雪原 靖宇 静波 长河 兆麟 一曼 春雷 秋实 馨月 晓冬 梦琪 凯旋 雨萌 若琳 国清 东旭 铁成 雁南 嘉禾 "
          "思睿 丹阳 冰莹 立冬 寒梅 雪峰 柏林 嘉木 晓霜 冰倩 桦林 秋爽 北川 春江 雪晴 冬阳 晨阳 鹏飞 宏宇 海川 "
          "建华 金秋 红岩 晓峰 丽华 文秀 振华 瑞丰 泽林 润泽 松岩 雪飞 冰玉 天骄 黎明 春晖 艳秋 玉莲 淑兰 树林").split()
GIVEN1 = list("鑫楠欣岩松冰晶博爽帅丹阳琳鹤")
# Korean-Chinese (朝鲜族) surnames and given names, for the 延边 classes
KSURNAMES = list("金朴崔李郑全玄池太南许姜韩申安尹俞方千表")
KGIVEN = ("敏浩 成哲 顺姬 美善 英爱 京淑 明哲 永日 光洙 春花 香兰 银珠 昌浩 俊浩 哲洙 善花 惠英 秀贞 正日 龙浩 "
          "明玉 美兰 海英 昌洙 英男 日峰 成龙 在勋 贤秀 智慧 恩惠 秀妍 敏智 圣恩 志勋 瑞妍 泰亨 东民 光日 英哲 "
          "春子 玉姬 银淑 贞爱 东哲 哲民 美玉 顺玉").split()


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
        p = os.path.join(HERE, "..", d, "truth.json")
        if not os.path.isfile(p):
            if d == "heldout11":   # written at the same time as this corpus; read if it is there
                continue
            raise SystemExit("missing %s" % p)
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    return names


USED_BEFORE = earlier_names()


TAKEN = set()   # names drawn for earlier classes of this corpus: each class list is its own


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, korean, compound_ok):
    if korean and rng.random() < 0.55:
        return rng.choice(KSURNAMES) + rng.choice(KGIVEN), True
    if compound_ok and rng.random() < 0.015:
        return rng.choice(COMPOUND) + rng.choice(GIVEN2), False
    g = rng.choice(GIVEN1) if rng.random() < 0.15 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES) + g, False


def draw_class(rng, n, fixed, avoid, korean=False):
    names = list(fixed)
    kor = {x for x in fixed if x[0] in KSURNAMES}
    while len(names) < n:
        compound_ok = not any(x[:2] in COMPOUND for x in names if x not in fixed)
        name, k = draw_one(rng, korean, compound_ok)
        if name in names or name in USED_BEFORE or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
        if k:
            kor.add(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names, kor


C = {
 "cnc": dict(major="数控加工(数控车工)", code="0106", course="复杂零件数控车削加工", task="冰刀鞋刀架连接螺杆数控车削加工",
   hours=24, station="数控车削一体化学习工作站", parts=[("工艺编制", 20), ("程序与加工", 50), ("检测与质量", 30)],
   situation="哈尔滨一家冰雪运动器材厂接到一批速滑冰刀鞋订单，刀架与鞋底之间的连接螺杆（不锈钢，M6×0.75细牙螺纹，带退刀槽）需要外协加工。车间主任把图纸交给实训车间，要求学员分析图样、编写加工工艺卡和数控程序，在数控车床上完成加工，并用螺纹环规和千分尺检测，批量合格率不低于95%。",
   qs=[("引导问题1 不锈钢螺杆车削时为什么容易粘刀？怎样选刀具和切削用量？", ["不锈钢韧性大、导热差，切屑容易粘在刀尖上；用涂层硬质合金刀片，切削速度适中，加足切削液。", "材料粘，要选锋利的刀，前角大一点，进给不要太小。", "用专门车不锈钢的刀片，冷却要充分，防止积屑瘤。"]),
       ("引导问题2 细牙螺纹用什么指令加工？背吃刀量怎样分配？", ["用G92螺纹切削循环，分四刀，背吃刀量逐次减小，最后一刀光整。", "G76复合循环，第一刀大，后面越来越小。", "用G92，总牙深按0.65倍螺距算，分几次切完。"])],
   hw=[("1. 退刀槽有什么作用？", ["车螺纹时刀具能退出来，装配时螺母能拧到底。", "方便退刀，也让螺纹收尾完整。", "保证螺纹全长有效，磨削时砂轮也能越程。"]),
       ("2. 螺纹环规“通规能过、止规不过”说明什么？", ["说明螺纹中径在公差范围内，零件合格。", "螺纹尺寸合格，既不太大也不太小。", "中径合格，可以正常配合。"])],
   outputs=[("连接螺杆加工工艺卡", "写明装夹方式、刀具和切削用量。"), ("数控加工程序单", "程序带注释，经过仿真校验。"), ("零件检测报告", "记录了外径、螺纹和总长的实测值。")]),
 "metro": dict(major="城市轨道交通运输与管理", code="0431", course="城市轨道交通车站设备运用", task="冰雪节期间车站自动售票机卡币故障应急处置",
   hours=12, station="车站设备运用一体化实训室", parts=[("故障判断", 15), ("应急处置", 40), ("乘客服务", 30), ("报告填写", 15)],
   situation="哈尔滨冰雪大世界开园期间，地铁站客流比平时多一倍。某站两台自动售票机先后出现卡币、不出票的故障，乘客在售票机前排起长队，还有游客投诉。值班站长要求站务员按程序判断故障、暂停设备服务、引导乘客到人工售票处或用手机扫码进站，及时报修并填写设备故障报告。",
   qs=[("任务一 自动售票机卡币时先做什么？", ["先在设备上挂暂停服务牌，再打开维修门取出卡住的硬币，给乘客办理退款或补票。", "暂停这台售票机，安抚乘客，按规定处理乘客的钱款。", "设置暂停服务，报车控室，再处理卡币。"]),
       ("任务二 怎样疏导售票机前排队的乘客？", ["广播引导乘客使用其他售票机、人工售票处或手机扫码进站。", "派人在售票区举牌引导，分散客流。", "告诉乘客可以扫码乘车，不用排队买票。"])],
   hw=[("1. 设备故障报告要写哪些内容？", ["故障时间、设备编号、故障现象、处理经过和报修时间。", "写清楚哪台设备、什么故障、怎么处理的。", "设备编号、故障代码、影响乘客人数。"]),
       ("2. 乘客投诉等待时间长怎样应对？", ["先道歉，耐心听完，说明原因，告诉他最快的进站办法。", "态度诚恳，及时帮助乘客购票进站。", "不和乘客争辩，必要时请值班站长处理。"])],
   outputs=[("售票机卡币应急处置流程图", "画出从发现故障到恢复服务的八个步骤。"), ("设备故障报告单", "按车站格式填写了两台设备的故障报告。"), ("乘客引导广播词", "写了中英文两段广播词。")]),
 "cook": dict(major="烹饪(中式烹调)", code="0501", course="东北菜制作", task="锅包肉制作",
   hours=12, station="中式烹调一体化学习工作站", groups=[("操作过程", 60, [("刀工", 20), ("火候", 25), ("调味", 15)]),
                                                     ("成品质量", 40, [("色泽", 10), ("口味", 20), ("形态", 10)])],
   situation="齐齐哈尔一家老字号东北菜馆准备在中央厨房推出标准化的锅包肉，要求外酥里嫩、酸甜适口、色泽金黄。厨师长请实训班学员按菜馆的标准完成原料初加工、挂糊、两次复炸和烹汁，控制好油温和糖醋比例，并做出可以量产的操作规范。",
   qs=[("问题1 锅包肉为什么要复炸？两次油温各是多少？", ["第一次五六成油温炸熟定型，第二次七八成油温复炸，让外皮酥脆。", "头一遍炸熟，第二遍高油温炸酥，口感外酥里嫩。", "初炸定型，复炸上色出酥，油温一低一高。"]),
       ("问题2 烹汁的糖醋比例怎样掌握？", ["白糖和白醋大约一比一，加少许盐和葱姜丝，汁要稠，能挂住肉片。", "糖醋等量，先熬汁再下肉快速翻匀。", "按菜馆配方，糖醋一比一，汁少而浓。"])],
   hw=[("一、挂糊用的淀粉为什么要提前泡水？", ["泡好的湿淀粉糊炸出来更酥脆，不容易脱糊。", "让淀粉吸足水分，挂糊均匀。", "湿淀粉调的糊稠度好，炸后外壳硬挺。"]),
       ("二、锅包肉回软的原因有哪些？", ["复炸油温不够，或者烹汁太稀、翻炒时间太长。", "汁多了，或者炸好的肉放太久。", "油温低，外壳没炸透。"])],
   outputs=[("锅包肉标准化操作卡", "写明原料用量、油温和时间。"), ("成品照片与自评", "拍了成品照片并做了自评。"), ("糖醋汁配比试验记录", "比较了三种配比的口味。")]),
 "auto": dict(major="汽车维修", code="0403", course="汽车发动机电控系统检修", task="高寒地区汽车冷启动困难故障诊断与排除",
   hours=16, station="汽车发动机电控检修一体化学习工作站", parts=[("冷启动检查", 30), ("数据流分析", 40), ("故障排除", 30)],
   situation="齐齐哈尔入冬后早晨气温常在零下二十五度以下，一家汽车维修厂连续接到几辆轿车“早上打不着火、着车后抖动”的报修。服务经理要求学员按维修厂的流程检查蓄电池和起动系统，读取故障码和冷却液温度、进气温度等数据流，找到故障原因并排除，向客户说明冬季用车注意事项。",
   qs=[("引导问题一 冷启动困难要先检查哪些项目？", ["先测蓄电池电压和起动电流，再看燃油压力和点火，最后读故障码。", "蓄电池、起动机、油压、火花塞依次检查。", "先简单后复杂，先查电瓶再查油路电路。"]),
       ("引导问题二 冷却液温度传感器数据异常会有什么影响？", ["电脑以为发动机是热的，冷车喷油偏少，所以打不着火。", "喷油量不对，启动困难，怠速不稳。", "冷启动加浓不起作用，车不好着。"])],
   hw=[("1. 为什么冬天蓄电池容易亏电？", ["低温下电解液反应变慢，容量下降，启动时电流又大。", "天冷电池活性差，放电能力降低。", "温度低，电瓶输出电流小。"]),
       ("2. 向客户说明冬季用车要注意什么？", ["用低凝点的机油和防冻液，停车后注意给电池保温，启动一次不要超过五秒。", "换冬季机油，长时间停放要断开电瓶负极。", "着车后先怠速热车，不要马上高速行驶。"])],
   outputs=[("冷启动故障诊断流程图", "画出十二个诊断步骤。"), ("数据流分析报告", "对比了正常车和故障车的数据。"), ("维修竣工单与客户告知书", "写了冬季用车的五条建议。")]),
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="西餐服务", task="度假酒店西式自助早餐服务",
   hours=12, station="西餐服务一体化实训室", parts=[("餐前准备", 20), ("迎宾领位", 20), ("自助服务", 40), ("结账送客", 20)],
   situation="镜泊湖景区一家度假酒店冬季接待滑雪和冰瀑旅游团，早餐时段六点半到九点半要接待三百多位客人。西餐厅经理要求学员做好自助早餐台的布置与补台，按标准迎宾领位、核对房号，提供咖啡和煎蛋等现点服务，及时撤换餐具，礼貌送客。",
   qs=[("1. 自助早餐台补台要注意什么？", ["菜品剩三分之一就要补，热菜保持温度，补台时不能把新旧食物混在一起。", "及时补充，保持台面干净，标签和菜品对应。", "看着菜量，快没了就通知厨房。"]),
       ("2. 客人没有早餐券怎么办？", ["礼貌地请客人报房号，在系统里核对是否含早，不含早的按价格收费或挂房账。", "查房号，核实后再安排入座。", "先问清楚房号，联系前台确认。"])],
   hw=[("一、咖啡续杯服务的要领是什么？", ["右手持壶从客人右侧倒，倒到七八分满，不能碰到杯口。", "主动询问，倒七分满，动作轻。", "客人杯子剩三分之一时主动续杯。"]),
       ("二、客人反映煎蛋太老怎样处理？", ["道歉，马上重新煎一份，按客人要求的熟度。", "先道歉，再通知厨师重做。", "礼貌道歉，换一份给客人。"])],
   outputs=[("自助早餐台布置图", "标出冷菜、热菜、饮品和现点区。"), ("早餐服务流程卡", "写出十个服务环节的标准。"), ("客人意见处理记录", "整理了三个案例。")]),
 "tcm": dict(major="中药", code="1301", course="中药饮片加工", task="北五味子醋蒸炮制",
   hours=12, station="中药饮片加工一体化学习工作站", parts=[("净选", 20), ("醋蒸", 50), ("干燥包装", 30)],
   situation="牡丹江一家中药饮片厂收购了一批长白山区的北五味子，需要按《中国药典》炮制通则加工成醋五味子。车间主任要求学员挑去果梗和杂质，按每100公斤用醋20公斤的比例拌匀闷润，蒸至黑色，再干燥、包装，并做好批生产记录。",
   qs=[("问题一 醋蒸五味子要加多少醋？怎样拌润？", ["每100公斤五味子用米醋20公斤，拌匀后闷润到醋被吸尽。", "按药典比例加醋，拌匀，闷一段时间。", "醋和药材的比例是一比五，要闷透。"]),
       ("问题二 怎样判断五味子已经蒸好？", ["表面乌黑色，油润，稍有光泽，有醋香气。", "颜色变黑，果肉柔软，闻着有醋味。", "蒸到黑色，果皮发亮。"])],
   hw=[("1. 五味子醋制后有什么作用？", ["增强酸涩收敛的作用，多用于久咳和遗精。", "收敛作用更强。", "醋制引药入肝，增强收涩。"]),
       ("2. 北五味子和南五味子怎样区别？", ["北五味子颗粒大、肉厚、紫红色，南五味子小而干瘪、棕红色。", "北五味子质量好，油性大。", "看颜色和大小，北五味子色深粒大。"])],
   outputs=[("醋五味子炮制工艺流程图", "标明了净选、拌醋、闷润、蒸制、干燥五道工序。"), ("批生产记录", "记录了投料量、用醋量和蒸制时间。"), ("饮片性状检验单", "对照药典检查了颜色、气味和质地。")]),
 "ecom": dict(major="电子商务", code="0603", course="社群电商运营", task="延边苹果梨礼盒社群团购活动策划",
   hours=14, station="电子商务运营一体化实训室", parts=[("选品分析", 25), ("页面制作", 45), ("推广文案", 30)],
   situation="龙井市一家苹果梨合作社今年丰收，想在春节前通过微信社群团购卖出两千箱礼盒。合作社负责人请学员帮忙：分析目标客群，设计团购接龙页面和海报，写社群推广文案，策划拼团和老客返利活动，并做好售后群的答疑话术。",
   qs=[("问题1 苹果梨礼盒的目标客群有哪些？", ["在外地工作的延边人、过年送礼的家庭和单位采购。", "喜欢特产水果的城市家庭。", "送礼人群和回乡过年的人。"]),
       ("问题2 团购接龙页面要包含哪些内容？", ["产品图片、规格价格、截单时间、发货时间和售后说明。", "价格、数量、发货方式。", "礼盒介绍、优惠和下单方式。"])],
   hw=[("一、社群里怎样避免频繁发广告让人反感？", ["每天固定时间发，多分享果园故事和吃法，广告不超过两条。", "控制发广告的次数，多和群友互动。", "先做内容再卖货，不刷屏。"]),
       ("二、客户收到的梨有冻伤怎样处理？", ["先道歉，请客户拍照，核实后补发或退款。", "按售后规定补发。", "安抚客户，马上处理赔付。"])],
   outputs=[("目标客群分析表", "分析了三类客群的需求。"), ("团购海报与接龙页面", "做了一张海报和一个接龙页面。"), ("社群推广文案", "写了预热、开团、截单三段文案。")]),
 "care": dict(major="健康与社会照护", code="0529", course="老年人居家安全照护", task="高龄老人冬季居家防跌倒环境评估与改造",
   hours=14, station="居家照护一体化学习工作站", parts=[("风险评估", 30), ("环境改造", 45), ("健康宣教", 25)],
   situation="延吉市一家居家养老服务站接到社区转介：一位八十六岁的独居老人冬天在卫生间滑倒过一次。服务站主任要求照护员上门评估老人的跌倒风险和居家环境，提出防滑、照明、扶手等改造建议，协助家属落实，并向老人和家属讲解冬季防跌倒的注意事项。",
   qs=[("问题一 上门评估跌倒风险要看哪些方面？", ["老人的步态、平衡、视力、用药情况，还有地面、照明和卫生间的环境。", "身体情况和家里的环境两方面。", "走路稳不稳，家里有没有障碍物，灯够不够亮。"]),
       ("问题二 卫生间怎样改造才能防止滑倒？", ["铺防滑垫，马桶和淋浴旁装扶手，放洗澡椅，夜里有小夜灯。", "地面防滑，加装扶手。", "换防滑地砖，装扶手和夜灯。"])],
   hw=[("1. 冬天外出为什么更容易跌倒？", ["路面结冰，穿得厚动作不灵活，天黑得早看不清。", "地滑，衣服厚。", "冰雪路滑，老人反应慢。"]),
       ("2. 老人跌倒后不能马上扶起来，为什么？", ["要先判断有没有骨折和头部受伤，盲目扶起会加重损伤。", "先看伤情再处理。", "怕有骨折，要先检查。"])],
   outputs=[("居家跌倒风险评估表", "评估了六个方面。"), ("居家环境改造建议书", "提出了九条改造建议。"), ("防跌倒宣教材料", "做了一份大字版宣传单。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="哈尔滨市松花江技工学校", pack="dir", course="cnc", cls="2024级数控1班", size=40, seed=11, sidp="20240103",
         students=["佟嘉禾", "那鑫", "赫连思睿"], extra_class=["佟嘉和", "那鑫宇"],
         teachers=["关振山", "富丽娟"], form_count="40人", roster="roster_pdf", headteacher="洪玉珍",
         f8="trainee_rowspan", f10="grading_system", f11="maker_typed", f12="wenkai_nocolon", findings=[],
         comment="clean: 佟嘉禾 (one of the three) and classmate 佟嘉和 (one character apart); 2-char 那鑫 (one of the three) "
                 "and 3-char classmate 那鑫宇; compound 赫连思睿 (one of the three). Item 8: a header table whose first cell "
                 "`实训者` spans two rows (`姓名 | <UKai>` / `学号 | <UKai>`). Item 10: a 课程成绩登记表 printed from a "
                 "grading system (title block with 任课教师 and 考核方式, `平时×40%` `实训×60%` raw 0-100 scores, 总评 the "
                 "weighted mean rounded, a grade-band statistics line, a signature foot, a red 教务处 seal over the foot), "
                 "scanned 250 dpi gray. Roster: a pdf printed from Excel (40) with a 民族 column and `班主任：洪玉珍` under it"),
    dict(school="哈尔滨市松花江技工学校", pack="dir", course="metro", cls="城轨24-2班", size=32, seed=12, sidp="20244302",
         students=["岳冰清", "矫北辰", "鄂凌霜"], items={11: ["岳冰清", "矫北辰"]}, extra_class=["栗宝库"],
         bad={"栗宝库": "sum"}, teachers=["单铁军", "伊淑华"], form_count="32名学生",
         f8="taskcard_row", f10="steps_bracket2", f11="card_scan", f12="mono_hand",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "栗宝库")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (drawn 作品登记卡, colour 200 dpi, `完成学员：` handwritten) holds the works of only 岳冰清 and "
                 "矫北辰 (鄂凌霜's are missing; items 8 and 12 hold all three): students.count on 11, students.mismatch "
                 "optional. Item 10 (scanned colour 200 dpi): score columns are the four task steps, their maxima in "
                 "brackets on a SECOND header line `(15) (40) (30) (15) (100)`; 栗宝库's 总分 is 87 for 12 + 31 + 24 + 11 "
                 "= 78: records.invalid_score. Form `32名学生`. No roster"),
    dict(school="齐齐哈尔市嫩江高级技工学校", pack="zip", course="cook", cls="烹饪2301班", size=36, seed=21, sidp="20230501",
         students=["常雪松", "郎冬青", "暴凯旋"], outsiders={"暴凯旋": "烹饪2302班"}, out_sidp="20230502",
         extra_class=["鲍雨萌"], bad={"鲍雨萌": "over"}, teachers=["乔长顺", "索玉凤"], form_count="36",
         f8="photo_sheet", f10="group_header", f11="dish_typed", f12="ukai_page",
         findings=[("students.not_in_class", 8, True, "暴凯旋"), ("records.invalid_score", 10, False, "鲍雨萌")],
         comment="暴凯旋 of 烹饪2302班 (a parallel class, `（烹饪2302班）` beside his name on his pages) is the third "
                 "student of 8/11/12; item 10 (36 rows = 班级人数 36) has no record of him: students.not_in_class. Item 8 "
                 "is phone photos of drawn worksheets. Item 10 (scanned 200 dpi gray) has a two-level header: "
                 "`操作过程（60分）` over 刀工(20) 火候(25) 调味(15), `成品质量（40分）` over 色泽(10) 口味(20) 形态(10); "
                 "鲍雨萌 has 23 under 口味(20) (总分 is the sum): records.invalid_score. No roster"),
    dict(school="齐齐哈尔市嫩江高级技工学校", pack="zip", course="auto", cls="汽修2302班", size=40, seed=22, sidp="20230403",
         students=["阚兴安", "付鹤鸣", "邸林海"], extra_class=["滕雪莹"], absent_from_10=["滕雪莹"],
         teachers=["白庆丰", "韩兆麟"], form_count="40", roster="roster_xlsx_title", headteacher="祖桂芝",
         f8="inspector", f10="short_sid", f11="writer_typed", f12="hand_color",
         findings=[("records.missing_student", 10, False, "滕雪莹"), ("records.count_mismatch", 10, False)],
         comment="the roster 汽修2302班花名册.xlsx (merged title row, 40 students, a merged `班主任：祖桂芝` row at the "
                 "foot) and the form (班级人数 40) list 滕雪莹; item 10 (scanned 250 dpi gray, dark lid edge) has 39 "
                 "records and none for her: records.missing_student, records.count_mismatch. Its 学号 column holds only "
                 "the two-digit 班内学号 (`01`..`40`, a gap where hers would be), the full numbers (20230403xx) stand "
                 "in the roster and on the worksheets; a note under the title says so"),
    dict(school="牡丹江市镜泊湖技工学校", pack="gbkzip", course="hotel", cls="酒店2401班", size=37, form_size=38, seed=31,
         sidp="20240504", students=["单雪莹", "洪梦琪", "尚一曼"], items={12: ["单雪莹", "洪梦琪", "富馨月"]},
         extra_class=["富馨月"], teachers=["邹绥芬", "吕春雷"], form_count="本班学生 38 人",
         f8="server_label", f10="headcount_title", f11="compiler_typed", f12="toc_merged",
         findings=[("students.mismatch", 12, True), ("records.count_mismatch", 10, False)],
         comment="item 12 is ONE merged pdf: a typed 目录 page listing 单雪莹, 洪梦琪 and 富馨月 with page numbers, then "
                 "their scanned homework; 富馨月 (a classmate with an item-10 record) stands instead of 尚一曼 (items 8 "
                 "and 11 hold 单雪莹, 洪梦琪, 尚一曼): students.mismatch. The form says `本班学生 38 人`; item 10 "
                 "(scanned 200 dpi gray, a red seal over its foot) lists 37 and says `考核人数：37人` in its title block: "
                 "records.count_mismatch. No roster"),
    dict(school="牡丹江市镜泊湖技工学校", pack="gbkzip", course="tcm", cls="中药2302班", size=33, seed=32, sidp="20230130",
         students=["隋国清", "皇甫若琳", "伊丹"], extra_class=["伊丹阳"], teachers=["隋国庆", "矫凤霞"],
         notes={"@4": "缺考", "@13": "免考（已取得中药炮制工四级证书）", "@21": "请假1次", "@27": "补做醋蒸一次"},
         peers={"皇甫若琳": ["伊丹阳"]}, form_count="全班33名",
         f8="eval_sheet", f10="exempt", f11="processor_typed", f12="photo", findings=[],
         comment="clean: teacher 隋国庆 and student 隋国清 (one of the three) one character apart, the teacher named on "
                 "every worksheet and homework page; 4-char compound 皇甫若琳 (one of the three); 2-char 伊丹 (one of the "
                 "three) with 3-char classmate 伊丹阳. Item 8: each student's worksheet is followed by a 学习任务评价表 "
                 "(自评/互评/师评) signed `自评人：<self>　互评人：<classmate>、<classmate>　评价教师：隋国庆`: two "
                 "classmates per student stand as peer reviewers (伊丹阳 among those of 皇甫若琳); they are not authors. "
                 "Item 10 (scanned colour 200 dpi, red seal): a 缺考 row and a 免考 row (the words in every score cell), "
                 "备注 请假1次 and 补做醋蒸一次. Form `全班33名`. No roster"),
    dict(school="延边州海兰江技工学校", pack="zip", course="ecom", cls="电商2401班", size=31, seed=41, sidp="20240603",
         korean=True, students=["朴敏浩", "金顺姬", "全东旭"], items={8: ["朴敏浩", "金顺姬", "全东旭", "崔永日"]},
         extra_class=["崔永日"], teachers=["玄春花", "邵宏宇"], form_count="31人",
         f8="bilingual_sheet", f10="nation_typed", f11="author_typed", f12="hand",
         findings=[("students.count", 8, False)], optional=[("students.mismatch", 8, True)],
         comment="Korean-Chinese class (names like 朴敏浩, 金顺姬; bilingual Chinese/Korean titles and labels such as "
                 "`学生姓名（학생 이름）：`). Item 8 (scanned 200 dpi gray) holds FOUR worksheets: the three and classmate "
                 "崔永日 (with an item-10 record): students.count on 8, students.mismatch optional. Item 10 typed, with a "
                 "民族 column (朝鲜族/汉族). No roster"),
    dict(school="延边州海兰江技工学校", pack="zip", course="care", cls="照护2401班", size=35, seed=42, sidp="20240529",
         korean=True, students=["南成浩", "池勇", "金贞玉"], extra_class=["南成昊", "池勇男"], teachers=["金贞淑", "尹美兰"],
         form_count="35人（其中朝鲜族{k}人）", roster="roster_xlsx_nation",
         f8="carer_box", f10="plain_notes", f11="carer_typed", f12="wenkai", findings=[],
         notes={"@6": "组长", "@19": "请假1次"},
         comment="clean: 南成浩 (one of the three) and classmate 南成昊 (one character apart); 2-char 池勇 (one of the "
                 "three) with 3-char classmate 池勇男; teacher 金贞淑 and student 金贞玉 (one of the three) one "
                 "character apart, the teacher on every worksheet; item 8 header table `照护员 | <UKai> | 服务对象 | "
                 "金奶奶（86岁）` (the client, not a student). Form `35人（其中朝鲜族N人）` (a second number in the count "
                 "cell). Roster 照护2401班花名册.xlsx (35) with a 民族 column. Item 10 scanned 250 dpi gray with a fold"),
]

SHORT_SCHOOL = {1: "松花江技校", 2: "嫩江高级技校", 3: "镜泊湖技校", 4: "海兰江技校"}
PROVINCE = {1: "黑龙江省", 2: "黑龙江省", 3: "黑龙江省", 4: "吉林省"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 哈尔滨: "【08】工作页.pdf" (number in black lenticular brackets)
        return "【%02d】%s.pdf" % (n, NAMES[n])
    if g == 2:   # 齐齐哈尔: "08 工作页（汽修2302班）.pdf" (a space, the class after the name)
        return "%02d %s（%s）.pdf" % (n, NAMES[n], s["cls"])
    if g == 3:   # 牡丹江: "镜泊湖技校_08_工作页.pdf" (school short name first)
        return "%s_%02d_%s.pdf" % (SHORT_SCHOOL[3], n, NAMES[n])
    return "No.%02d-%s.pdf" % (n, NAMES[n])  # 延边


def form_name(s, c):
    return {1: ("%s优质课堂申报书-%s.docx" % (SHORT_SCHOOL[1], c["task"]), "docx"),
            2: ("附件2 申报书（%s）.pdf" % c["major"], "pdf"),
            3: ("%s_申报书_%s.docx" % (SHORT_SCHOOL[3], c["course"]), "docx"),
            4: ("工学一体化优质课堂申报书（%s）.pdf" % c["task"], "pdf")}[grp(s)]


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "17"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False):
    page = "@page{margin:1.0cm 1.5cm} p{margin-top:0;margin-bottom:3pt}" if compact else "@page{margin:1.8cm 1.6cm}"
    return ('<html><head><meta charset="utf-8"><style>%s body{font-family:"%s";font-size:%s}</style></head><body>\n%s\n'
            '</body></html>\n' % (page, font, size, body))


PB = '<p style="page-break-before:always"></p>'
HAND = 'style="font-family:\'AR PL UKai CN\';color:#1d2f6b;font-size:15pt"'
HANDS = 'style="font-family:\'AR PL UKai CN\';color:#1d2f6b;font-size:13pt"'
RED = 'style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:13pt"'


def hand(x, small=False):
    return '<span %s>%s</span>' % (HANDS if small else HAND, x)


def td(x, extra="", pad="2px 4px"):
    return '<td style="border:0.75pt solid #000;padding:%s"%s>%s</td>' % (pad, extra, x)


def tbl(rows, width="100%", pad="2px 4px", bold=(), align="center"):
    """rows: lists of cells; a cell is a string or (string, extra attributes)."""
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


def form_html(s, c):
    t = s["teachers"]
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    kv = [["专业名称", c["major"]], ["专业代码", c["code"]], ["课程名称", c["course"]], ["学习任务", c["task"]],
          ["学时", "%d" % c["hours"]], ["授课班级", s["cls"]], ["班级人数", s["form_count_text"]], ["授课场所", c["station"]]]
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{kv}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生先明确任务要求、查阅资料，分组制定工作计划，经教师审核后做出决策并实施，教师在过程中巡回检查质量和安全，任务完成后学生展示成果，自评、互评，再由教师和企业人员点评。</p>
<h3>五、建设成效</h3><p>学习任务取自{prov}合作企业的真实工作，结合北方冬季生产和生活的特点设计，学生在完成任务中提升了专业能力和职业素养。</p>
<h3>六、承诺</h3><p>本单位承诺所提交材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 19, kv=tbl(kv, width="80%"), tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[grp(s)])
    return html(body, font="Noto Sans CJK SC")


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}合作企业的岗位要求进行校本转化。\n二、学习任务\n其中“{task}”为{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作过程\n接受任务、制定方案、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}　教学活动策划\n学习活动1 接受任务\n学习活动2 制定方案\n学习活动3 实施作业\n学习活动4 检查验收与评价",
    4: "{school}\n{course}教学进度计划\n本任务共{hours}学时\n第一周 接受任务、查阅资料\n第二周 制定并审核方案\n第三周 实施作业\n第四周 检查验收、评价总结",
    5: "{school}\n{task}教学活动方案\n第1学时 情境导入\n第2—4学时 引导问题学习\n其余学时 分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与材料清单。",
    7: "{school}\n{station}图文说明\n工作站设集中研讨区、分组作业区、资料查阅区和成果展示区，冬季供暖正常。",
    9: "{school}\n{task}考核方案\n考核包括过程考核和结果考核，成绩由任课教师填入学习任务考核记录表。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8分", "√ 要点全", "√ 9分", "√ 清楚", "√ 10分", "√ 可以"])


def day(s, k):
    return "2024年%d月%d日" % (10 + (s["seed"] + k) % 3, 2 + (s["seed"] * 5 + k * 3) % 26)


def answers(c, rng, i, key="qs"):
    out = ""
    for qi, (q, a) in enumerate(c[key]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3   # a fourth sheet is not a copy of the first
        out += '<p><b>%s</b></p><p %s>%s</p><p %s>%s</p>' % (q, HAND, a[k], RED, mark(rng))
    return out


# ------------------------------------------------------------------ item 8

def item8(s, c, names):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    if f == "photo_sheet":   # drawn worksheet, photographed with a phone
        lines = []
        for i, n in enumerate(names):
            if i:
                lines.append("----")
            lines += ["%s　实训工作页" % c["task"], "> 实训学生：%s（%s）" % (n, cls_of(s, n)),
                      "指导教师：%s　　带教师傅：%s" % (t[0], t[1]), "", "【工作情境】", c["situation"], ""]
            for qi, (q, a) in enumerate(c["qs"]):
                lines += [q, "> " + a[(i + qi) % 3], "! " + mark(rng), ""]
            lines += ["! 成绩：%s　%s　%s" % (["优", "良", "良", "优"][i % 4], t[0], day(s, i))]
        return "08.txt", "\n".join(lines) + "\n", "x-photo:200:1"
    pages = []
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        H = hand(n)
        foot = ""
        if f == "trainee_rowspan":
            head = ('<h3 style="text-align:center">%s　学习工作页</h3>' % c["task"] +
                    tbl([[("实训者", ' rowspan="2" width="14%"'), "姓　名", (H, ' width="26%"'), "班　级", cl],
                         ["学　号", hand(sid, True), "工位号", "C-%02d" % (3 + i * 4)]], pad="5px 6px") +
                    '<p>实习指导教师：%s　　　日期：%s</p>' % (t[0], day(s, i)))
        elif f == "taskcard_row":
            head = ('<h3 style="text-align:center">%s　实训任务单</h3>' % c["task"] +
                    tbl([["任务单号", "CG24-%03d" % (17 + i), "学员", (H, ' width="22%"'), "考评员", t[0]]], pad="5px 4px") +
                    '<p>岗位：站务员（售票）　　班级：%s　　日期：%s</p>' % (cl, day(s, i)))
        elif f == "inspector":
            head = ('<h3 style="text-align:center">车辆检测报告单</h3><p style="text-align:right">编号：JC-QX2302-%02d</p>' % (i + 1) +
                    tbl([["车　型", "大众宝来1.5L（2019款）", "行驶里程", "%d公里" % (86000 + 4317 * i)],
                         ["故障现象", ("零下25℃早晨起动困难，起动后发动机抖动", ' colspan="3"')],
                         ["检测员", H, "复核员", t[0]],
                         ["学　号", hand(sid, True), "日　期", day(s, i)]], pad="4px 6px", align="left") +
                    '<p>测量记录：蓄电池静态电压 <span %s>12.%d V</span>，起动时电压 <span %s>9.%d V</span>，'
                    '冷却液温度数据流 <span %s>%d ℃</span>（环境温度 -24 ℃）。</p>'
                    % (HANDS, 1 + i, HANDS, 4 + i, HANDS, 38 + 7 * i))
        elif f == "server_label":
            head = ('<h3 style="text-align:center">%s　学习工作页</h3>' % c["task"] +
                    '<p>服务员（学员）：%s　　　所在班级：%s</p><p>岗位：西餐厅早餐服务员　　　督导：%s　　　日期：%s</p>'
                    % (H, cl, t[0], day(s, i)))
        elif f == "eval_sheet":
            head = ('<h3 style="text-align:center">%s　学习工作页</h3>' % c["task"] +
                    '<p>姓名：%s　　班级：%s　　学号：%s</p><p>指导教师：%s</p>' % (H, cl, sid, t[0]))
            peers = s["peer_map"][n]
            rows = [["评价项目", "分值", "自评", "互评", "师评"]]
            for k, (item, m) in enumerate([("安全与卫生", 10), ("净选操作", 20), ("拌醋闷润", 20), ("蒸制火候", 30), ("记录填写", 20)]):
                rows.append([item, str(m)] + [hand(str(m - rng.randint(0, 4)), True) for _ in range(3)])
            foot = (PB + '<h3 style="text-align:center">学习任务评价表</h3><p>学习任务：%s　　班级：%s</p>' % (c["task"], cl) +
                    tbl(rows, pad="5px 4px") +
                    '<p>&nbsp;</p><p>自评人：%s　　互评人：%s、%s　　评价教师：%s</p><p>评价日期：%s</p>'
                    % (hand(n), hand(peers[0]), hand(peers[1]), t[0], day(s, i + 1)))
        elif f == "bilingual_sheet":
            head = ('<h3 style="text-align:center">学习工作页　학습작업지</h3><p style="text-align:center">%s</p>' % c["task"] +
                    '<p>学生姓名（학생 이름）：%s　　班级（학급）：%s</p><p>指导教师（지도교사）：%s　　日期：%s</p>'
                    % (H, cl, t[0], day(s, i)))
        elif f == "carer_box":
            head = ('<h3 style="text-align:center">居家照护学习工作页　재가돌봄 학습작업지</h3><p style="text-align:center">%s</p>' % c["task"] +
                    tbl([["照护员", (H, ' width="24%"'), "服务对象", "金奶奶（86岁）"],
                         ["学　号", hand(sid, True), "带教老师", t[0]]], pad="5px 6px") +
                    '<p>上门日期：%s　　服务站：延吉市河南街道居家养老服务站</p>' % day(s, i))
        else:
            raise SystemExit(f)
        body = head + "<p><b>【工作情境】</b>%s</p>" % c["situation"] + answers(c, rng, i)
        body += '<p>教师评语：<span %s>%s</span>　　评阅：%s</p>' % (RED, ["认真完整", "要点清楚", "较好", "有进步"][i % 4], t[0]) + foot
        pages.append(body)
    meth = {"trainee_rowspan": "x-scanpdf:250", "taskcard_row": "x-scanpdf:200:border", "inspector": "x-scanpdf:200:fold",
            "server_label": "x-scanpdf:250", "eval_sheet": "x-scanpdf:250", "bilingual_sheet": "x-scanpdf:200",
            "carer_box": "x-scanpdf:200:color"}[f]
    return "08.html", html(PB.join(pages)), meth


# ------------------------------------------------------------------ item 10

def resolve_notes(s, rec):
    out = {}
    for k, v in s.get("notes", {}).items():
        n = rec[int(k[1:])] if k.startswith("@") else k
        if n in s["students"] + s.get("extra_class", []) and v.startswith(("缺考", "免考")):
            raise SystemExit("%s: note %s falls on a planted name %s" % (s["school"], v, n))
        out[n] = v
    s["notes_resolved"] = out


def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    notes = s["notes_resolved"]
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　%s　　　　审核：%s</p>" % (t[0], "、".join(t[1:]), t[-1])
    if f == "grading_system":
        tr = [["序号", "学号", "姓名", "平时×40%", "实训×60%", "总评成绩", "备注"]]
        bands = [0] * 5
        for k, n in enumerate(rec):
            a, b = rng.randint(72, 97), rng.randint(62, 98)
            tot = int(0.4 * a + 0.6 * b + 0.5)
            bands[0 if tot >= 90 else 1 if tot >= 80 else 2 if tot >= 70 else 3 if tot >= 60 else 4] += 1
            tr.append([str(k + 1), sid_of(s, n), n, str(a), str(b), str(tot), notes.get(n, "")])
        body = ('<p style="text-align:center;font-size:12pt"><b>%s</b></p><p style="text-align:center;font-size:14pt"><b>课程成绩登记表</b></p>'
                '<p style="text-align:center">2024—2025学年第一学期</p>' % s["school"] +
                tbl([["课程名称", c["course"], "课程代码", "SK2031", "学　分", "4"],
                     ["班　　级", s["cls"], "任课教师", t[0], "考核方式", "考查"],
                     ["学习任务", (c["task"], ' colspan="3"'), "成绩记载", "百分制"]], pad="1px 3px") +
                '<p style="font-size:4pt">&nbsp;</p>' + tbl(tr, pad=pad, bold=(0,)) +
                '<p>说明：总评成绩＝平时成绩×40%＋实训成绩×60%（四舍五入取整）。</p>' +
                ('<p>成绩分布：优秀（90—100）%d人　良好（80—89）%d人　中等（70—79）%d人　及格（60—69）%d人　不及格%d人</p>' % tuple(bands)) +
                '<p>任课教师签字：＿＿＿＿＿＿　　教研室主任签字：＿＿＿＿＿＿　　教务处（盖章）　　2025年1月10日</p>'
                '<p style="font-size:7.5pt">松花江技校教务管理系统　打印时间：2025-01-10 15:26:41　　　　　　第1页／共1页</p>')
        return "10.html", html(body, "7.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250:stamp"
    if f == "steps_bracket2":
        parts = c["parts"]
        tr = [["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"],
              ["", "", ""] + ["(%d)" % m for _, m in parts] + ["(100)"]]
        for k, n in enumerate(rec):
            if bad.get(n) == "sum":
                v, tot = [12, 31, 24, 11], 87
            else:
                v = part_scores(rng, parts)
                tot = sum(v)
            tr.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)])
        title = ('<p style="text-align:center"><b>学习任务考核记录</b></p><p>课程：%s　　学习任务：%s</p><p>班级：%s　　考核日期：%s</p>'
                 % (c["course"], c["task"], s["cls"], day(s, 11)))
        return "10.html", html(title + tbl(tr, pad=pad, bold=(0, 1)) + sign, "9.5pt"), "x-scanpdf:200:color"
    if f == "group_header":
        gs = c["groups"]
        r1 = [("序号", ' rowspan="2"'), ("学号", ' rowspan="2"'), ("姓名", ' rowspan="2"')]
        r1 += [("%s（%d分）" % (g, m), ' colspan="%d"' % len(sub)) for g, m, sub in gs] + [("总分", ' rowspan="2"')]
        r2 = ["%s(%d)" % p for g, m, sub in gs for p in sub]
        tr = [r1, r2]
        flat = [p for g, m, sub in gs for p in sub]
        for k, n in enumerate(rec):
            v = part_scores(rng, flat, 0.6, 0.93)
            if bad.get(n) == "over":
                v[4] = 23   # 口味(20)
            tr.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))])
        title = ('<p style="text-align:center"><b>%s　学习任务考核记录表</b></p><p>学校：%s　　班级：%s</p><p>学习任务：%s　　考核时间：%s</p>'
                 % (c["course"], s["school"], s["cls"], c["task"], day(s, 11)))
        return "10.html", html(title + tbl(tr, pad=pad, bold=(0, 1)) + sign, "9pt"), "x-scanpdf:200"
    if f == "short_sid":
        parts = c["parts"]
        tr = [["学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["成绩"]]
        for n in rec:
            v = part_scores(rng, parts)
            tr.append([sid_of(s, n)[-2:], n] + [str(x) for x in v] + [str(sum(v))])
        title = ('<p style="text-align:center"><b>学习任务考核记录</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s</p>'
                 '<p>注：学号栏填班内学号（后两位），完整学号为“%s”加班内学号。</p>'
                 % (s["school"], s["cls"], c["course"], c["task"], s["sidp"]))
        return "10.html", html(title + tbl(tr, pad=pad, bold=(0,)) + sign, "8pt", compact=True), "x-scanpdf:250:border"
    if f == "headcount_title":
        parts = c["parts"]
        tr = [["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分"]]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tr.append([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))])
        title = ('<p style="text-align:center"><b>%s　学习任务考核记录</b></p>' % s["school"] +
                 tbl([["课程", c["course"], "班级", s["cls"]], ["考核项目", c["task"], "考核日期", day(s, 11)],
                      ["考核人数", "%d人" % len(rec), "考评员", "、".join(t)]], pad="1px 4px") + '<p style="font-size:4pt">&nbsp;</p>')
        foot = "<p>考评员签字：%s　　　　教学部审核：%s　　　（盖章）</p>" % (t[0], t[1])
        return "10.html", html(title + tbl(tr, pad=pad, bold=(0,)) + foot, "9pt"), "x-scanpdf:200:stamp"
    if f == "exempt":
        parts = c["parts"]
        tr = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]]
        for k, n in enumerate(rec):
            note = notes.get(n, "")
            if note.startswith(("缺考", "免考")):
                w = note[:2]
                cells = [w] * len(parts) + [w]
            else:
                v = part_scores(rng, parts)
                cells = [str(x) for x in v] + [str(sum(v))]
            tr.append([str(k + 1), sid_of(s, n), n] + cells + [note])
        title = ('<p style="text-align:center"><b>学习任务考核记录表</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s　　考核时间：%s</p>'
                 % (s["school"], s["cls"], c["course"], c["task"], day(s, 11)))
        return "10.html", html(title + tbl(tr, pad=pad, bold=(0,)) + sign + "<p>（盖章）</p>", "9pt"), "x-scanpdf:200:color:stamp"
    if f == "nation_typed":
        parts = c["parts"]
        tr = [["序号", "学号", "姓名", "民族", "性别"] + ["%s(%d)" % p for p in parts] + ["总分"]]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tr.append([str(k + 1), sid_of(s, n), n, "朝鲜族" if n in s["korean_set"] else "汉族",
                       "男女"[(k * 7 + 3) % 5 < 3]] + [str(x) for x in v] + [str(sum(v))])
        title = ('<p style="text-align:center"><b>学习任务考核记录　학습과제 평가기록</b></p><p>%s　　%s</p><p>课程：%s　　学习任务：%s</p>'
                 % (s["school"], s["cls"], c["course"], c["task"]))
        return "10.html", html(title + tbl(tr, pad=pad, bold=(0,)) + sign, "9.5pt", font="Noto Sans CJK SC"), "pdf"
    if f == "plain_notes":
        parts = c["parts"]
        tr = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tr.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), notes.get(n, "")])
        title = ('<p style="text-align:center"><b>学习任务考核记录　학습과제 평가기록</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s　　考核时间：%s</p>'
                 % (s["school"], s["cls"], c["course"], c["task"], day(s, 11)))
        return "10.html", html(title + tbl(tr, pad=pad, bold=(0,)) + sign, "9pt"), "x-scanpdf:250:fold"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    if f == "card_scan":
        lines = []
        for n in names:
            for j, (title, desc) in enumerate(c["outputs"]):
                if lines:
                    lines.append("----")
                lines += ["%s　作品登记卡" % s["school"], "学习任务：%s" % c["task"], "作品%d：%s" % (j + 1, title),
                          "> 完成学员：%s　%s" % (n, cls_of(s, n)), "", "作品说明：" + desc,
                          "> 我按车站的规定完成了这份作品，小组讨论后修改过一次。", "",
                          "! 评定：" + ("合格" if j else "良好") + "　" + t[0]]
        return "11.txt", "\n".join(lines) + "\n", "x-scan:200:1:color"
    lab = {"maker_typed": "零件加工者", "dish_typed": "菜品制作", "writer_typed": "撰写人", "compiler_typed": "编写学员",
           "processor_typed": "炮制人", "author_typed": "作品作者（작품 작성자）", "carer_typed": "照护员"}[f]
    parts = ['<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
             % (c["task"], s["school"], s["cls"], "、".join(t))]
    for i, n in enumerate(names):
        for j, (title, desc) in enumerate(c["outputs"]):
            who = n
            if f in ("maker_typed", "writer_typed"):
                who = "%s　　学号：%s" % (n, sid_of(s, n))
            elif f in ("dish_typed", "author_typed"):
                who = "%s（%s）" % (n, cls_of(s, n))
            extra = "<p>带教老师：%s</p>" % t[0] if f in ("processor_typed", "carer_typed") else ""
            parts.append("<h3>成果%d-%d　%s</h3><p>%s：%s</p><p>%s</p>%s" % (i + 1, j + 1, title, lab, who, desc, extra))
    return "11.html", html(PB.join(parts)), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl = cls_of(s, n)
        head = {"wenkai_nocolon": ["%s　课后作业" % c["course"], "班级 %s　姓名 %s" % (cl, n)],
                "mono_hand": ["课后作业　" + c["task"], "> 姓名：%s　　班级：%s" % (n, cl)],
                "ukai_page": ["课后作业（%s）" % c["task"], "姓名：%s　　班级：%s" % (n, cl)],
                "hand_color": ["%s　课后练习" % c["task"], "> 学生：%s　　学号：%s" % (n, sid_of(s, n))],
                "toc_merged": ["课后作业　%s" % c["task"], "> 姓名：%s　　%s" % (n, cl)],
                "photo": ["%s课后作业" % c["course"], "> 姓名：%s　　班级：%s" % (n, cl), "指导教师：" + t[0]],
                "hand": ["课后作业　숙제　" + c["task"], "> 姓名：%s　　班级：%s" % (n, cl)],
                "wenkai": ["课后作业　" + c["task"], "姓名：%s　　班级：%s" % (n, cl), "带教老师：" + t[0]]}[f]
        body = head + [""]
        for qi, (q, a) in enumerate(c["hw"]):
            body += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        body += ["! 批阅：" + t[0] + "　" + day(s, 20 + i)]
        lines += body
    meth = {"wenkai_nocolon": "x-scan:200:4", "mono_hand": "x-scan:250:0:mono", "ukai_page": "x-scan:200:3",
            "hand_color": "x-scan:200:0:color", "toc_merged": "mixed:200:1", "photo": "x-photo:200:0",
            "hand": "x-scan:200:1", "wenkai": "x-scan:250:4"}[f]
    text = "\n".join(lines) + "\n"
    if f == "toc_merged":
        toc = ('<h2 style="text-align:center">课后作业汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">学习任务：%s</p>'
               '<h3 style="text-align:center">目　录</h3>' % (s["school"], s["cls"], c["task"]))
        rows = [["序号", "学生姓名", "内容", "页码"]]
        for i, n in enumerate(names):
            rows.append(["%d" % (i + 1), n, "%s课后作业" % c["course"], "%d" % (i + 2)])
        toc += tbl(rows, width="80%", pad="6px 6px") + "<p>&nbsp;</p><p>指导教师：%s　　　汇编日期：%s</p>" % (t[0], day(s, 25))
        return [("12toc.html", html(toc)), ("12.txt", text)], meth
    return [("12.txt", text)], meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "roster_pdf":   # printed from Excel: gridlines, small sans, 班主任 line under it
        rows = [["序号", "学号", "姓名", "性别", "民族", "出生日期", "生源地"]]
        for i, n in enumerate(k):
            man_ = n[0] in "那关佟富赫伊鄂" and i % 2 == 0
            rows.append([str(i + 1), sid_of(s, n), n, "男" if (i * 5 + 1) % 9 else "女", "满族" if man_ else "汉族",
                         "2008-%02d-%02d" % (1 + i % 12, 3 + (i * 7) % 25),
                         ["道里区", "南岗区", "香坊区", "呼兰区", "阿城区", "双城区", "宾县"][i % 7]])
        body = ('<p style="text-align:center;font-size:13pt"><b>%s学生名单</b></p>' % s["cls"] +
                tbl(rows, pad="0px 3px") +
                '<p>班主任：%s　　　　共%d人　　　　制表：学生科　2024年9月2日</p>' % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC"))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "roster_xlsx_title":   # x-xlsx: merged title row, header, 40 rows, merged 班主任 row
        rows = [["%s%s学生花名册" % (s["school"], s["cls"])], ["学号", "姓名", "性别", "出生日期", "家长电话", "宿舍"]]
        for i, n in enumerate(k):
            rows.append([int(sid_of(s, n)), n, "男" if (i * 3 + 2) % 7 else "女", "2007-%02d-%02d" % (1 + (i * 5) % 12, 1 + (i * 11) % 28),
                         "139%08d" % (40000000 + i * 7919 * 13 % 59999999), "%d舍%d" % (3 + i % 2, 201 + i // 6)])
        rows.append(["班主任：%s　　联系电话：0452-2716350" % s["headteacher"]])
        spec = {"sheet": "花名册", "rows": rows, "merges": ["A1:F1", "A%d:F%d" % (len(rows), len(rows))]}
        write(os.path.join(d, "roster.json"), json.dumps(spec, ensure_ascii=False, indent=1) + "\n")
        man.append("roster.json\t%s花名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
        return
    if r == "roster_xlsx_nation":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["序号", "学号", "姓名", "性别", "民族", "户籍"])
        for i, n in enumerate(k):
            w.writerow([str(i + 1), sid_of(s, n), n, "男" if (i * 4 + 1) % 6 else "女",
                        "朝鲜族" if n in s["korean_set"] else "汉族", ["延吉市", "龙井市", "和龙市", "图们市", "珲春市", "安图县"][i % 6]])
        write(os.path.join(d, "roster.csv"), buf.getvalue())
        man.append("roster.csv\t%s花名册.xlsx\txlsx\troster\t0" % s["cls"])
        return
    raise SystemExit(r)


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Twelfth held-out people corpus (testdata/heldout12), the format of testdata/heldout10/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_planted = [n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))]
    for n in all_teachers + all_planted:
        if n in USED_BEFORE:
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    per = [set(s["students"] + s.get("extra_class", [])) for s in SUBS]
    assert sum(map(len, per)) == len(set().union(*per)), "a planted name stands in two submissions"
    intended = {("隋国清", "隋国庆"), ("金贞玉", "金贞淑")}
    for a in all_planted:
        for b in all_teachers:
            if near(a, b) and (a, b) not in intended:
                raise SystemExit("planted %s is near teacher %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7177)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        others = [n for n in all_planted if n not in fixed] + all_teachers + out
        s["klass"], s["korean_set"] = draw_class(rng, s["size"], fixed, others, s.get("korean", False))
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        resolve_notes(s, rec)
        if "{k}" in s["form_count"]:
            s["form_count_text"] = s["form_count"].format(k=len(s["korean_set"] & set(s["klass"])))
        else:
            s["form_count_text"] = s["form_count"]
        # peer reviewers of the 评价表 (item 8): two classmates per student, not among the three
        if s["f8"] == "eval_sheet":
            pool = [n for n in s["klass"] if n not in s["students"] and n not in s.get("extra_class", [])
                    and n not in s["notes_resolved"]]
            prng = random.Random(s["seed"] * 31)
            pm = {}
            for n in s["students"]:
                fixed_p = s.get("peers", {}).get(n, [])
                pm[n] = fixed_p + prng.sample([x for x in pool if x not in fixed_p], 2 - len(fixed_p))
            s["peer_map"] = pm
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8])), (10, item10(s, c, rec)), (11, item11(s, c, items[11]))):
            write(os.path.join(d, nm), tx)
            man.append("%s\t%s\t%s\titem\t%d" % (nm, file_name(s, n), meth, n))
            meths[n] = meth
        srcs, meth = item12(s, c, items[12])
        for nm, tx in srcs:
            write(os.path.join(d, nm), tx)
        man.append("%s\t%s\t%s\titem\t12" % ("+".join(nm for nm, _ in srcs), file_name(s, 12), meth))
        meths[12] = meth
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
        truth["submissions"][subid] = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): v for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": "班级人数 | %s" % s["form_count_text"],
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "outsiders": s.get("outsiders", {}),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": s["notes_resolved"], "teachers": s["teachers"],
            "peer_reviewers": s.get("peer_map", {})}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
