#!/usr/bin/env python3
"""Write the sources of the eighty-third held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 霸州
(Hebei, 廊坊), 霍林郭勒 (Inner Mongolia, 通辽) and 嵊州 (Zhejiang, 绍兴).

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
# the truth files read for names, tasks and courses to avoid (heldout84 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 83)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 怀柔 (北方 common families, and the Manchu 关 富 那 佟
# of the 长哨营 and 喇叭沟门 townships), 宝坻 (王 李 张 刘 杨 赵 孙 高 于 齐 宋 穆 …), 彬州 (关中 families:
# 党 雷 寇 史 侯 权 同 …)
# surnames by region, weighted by repetition: 霸州 (冀中 families), 霍林郭勒 (Han families of the mining
# town and the Mongol surnames 包 白 宝 吴 韩; some Mongol students go by a Mongol given name only),
# 嵊州 (the 越 families 钱 俞 袁 竺 裘 尹 邢 商 马 吕 …)
SURNAMES = {
    "bz": list("王王王王李李李张张张刘刘刘赵赵杨杨高高孙马郭于田冯齐苏郑陈"),
    "hl": list("王王王李李李张张张刘刘赵杨孙于包包白白宝吴韩陈郝"),
    "sz": list("钱钱俞俞袁袁王王张张周周竺裘尹邢商马吕黄金赵"),
}
MONGOL = "乌日娜 巴特尔 其其格 苏日古嘎 阿拉坦仓 额尔敦 图雅 朝鲁门 娜仁花 哈斯其木格 斯琴高娃 那日苏 巴雅尔图 苏日古嘎".split()
# given names: a new list, the everyday names of students born around 2008
GIVEN2 = ("梓轩 宇泽 浩然 俊杰 子涵 欣怡 诗涵 雨涵 梓琪 奕铭 俊宇 博宇 宇辰 思涵 梓晨 浩轩 佳豪 子怡 若汐 语涵 "
          "可欣 思颖 艺馨 晨曦 梓妍 俊逸 致远 浩铭 锦浩 逸凡 嘉豪 家铭 宇杰 天宇 宸宇 雨晨 乐萱 欣雨 梦涵 子萱 "
          "紫涵 语晨 佳欣 雅琪 思雅 诗怡 晓雨 静雯 嘉欣 宇涵 鹏宇 俊凯 志成 振东 海涛 伟杰 晨浩 皓宇 宇森 旭东 "
          "文轩 思睿 星辰 子恒 明远 懿轩 铭轩 润宇 哲涵 金鑫 子骞 永辉 书涵 慧敏 婧怡 雨菲 欣彤 羽彤 诗瑶 "
          "梓欣 依晨 佳璐 雪莹 亚楠 丽娜 嘉琪 佳悦 欣蕊 馨怡 子琪 思佳 雨萌 一帆 凯瑞 世豪 子翔 航宇 家瑞 靖宇 "
          "晓峰 明辉 宏伟 俊辉 泽昊 展鹏 梓航 瑞阳 铭浩 锦轩 润泽 乐天 煜祺 君浩 涵予 芮希 沐阳 佳航 宁远 子扬").split()
GIVEN1 = list("杰颖帆涛娜琦悦鹏")
MALE = set(("梓轩 宇泽 浩然 俊杰 奕铭 俊宇 博宇 宇辰 梓晨 浩轩 佳豪 俊逸 致远 浩铭 锦浩 逸凡 嘉豪 家铭 宇杰 天宇 宸宇 鹏宇 俊凯 志成 "
            "振东 海涛 伟杰 晨浩 皓宇 宇森 旭东 文轩 思睿 星辰 子恒 明远 懿轩 铭轩 润宇 哲涵 金鑫 子骞 永辉 一帆 凯瑞 世豪 "
            "子翔 航宇 家瑞 靖宇 晓峰 明辉 宏伟 俊辉 泽昊 展鹏 梓航 瑞阳 铭浩 锦轩 润泽 乐天 煜祺 君浩 沐阳 佳航 宁远 子扬 "
            "杰 帆 涛 鹏 巴特尔 阿拉坦仓 额尔敦 朝鲁门 那日苏 巴雅尔图").split())
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
    while len(names) < n:
        mongol = region == "hl" and rng.random() < 0.12
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for _ in range(400):
            if mongol:
                name = rng.choice(MONGOL)
            else:
                name = sur + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
        else:
            if mongol:
                continue
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "mech": dict(major="机电一体化技术", code="0127", course="家具生产设备电气控制装调", task="板式家具封边机送料单元电气安装与PLC调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="胜芳镇一家板式家具厂的封边机送料单元经常卡板，厂里准备把原来的继电器控制改成PLC控制。设备科请机电班学员读懂电气原理图，完成送料单元的元件布置、接线和线槽敷设，编写送料、定位和计数的PLC程序，通电调试并填写调试记录。",
   qs=[("问题1 接线前为什么要先用万用表校线？", ["确认每根导线两端对应的端子号一致，避免接错线烧坏PLC的输入输出点。", "确认两端端子号一致。", "避免接错烧坏PLC。"]),
       ("问题2 送料气缸不动作，应按什么顺序排查？", ["先看PLC输出指示灯亮不亮，再查电磁阀线圈和气源压力，最后检查气缸本身。", "先看输出灯，再查电磁阀和气压。", "最后查气缸。"])],
   hw=[("1. 线槽敷设有哪些要求？", ["横平竖直，导线进线槽不交叉，线槽内导线不超过容积的七成，盖板盖好。", "横平竖直，不交叉。", "不超过七成。"]),
       ("2. 光电传感器计数不准可能是什么原因？", ["安装位置偏、板材表面反光、程序里没有做上升沿检测。", "没有做上升沿检测。", "安装位置偏。"])],
   outputs=[("送料单元接线调试记录", "空载运行三十分钟无卡板。"), ("PLC程序及注释清单", "共六十八步。")]),
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="节庆主题宴会服务", task="古镇元宵灯会主题宴会摆台与席间服务",
   hours=16, station="餐饮服务一体化学习工作站",
   situation="胜芳古镇元宵灯会期间，镇上一家酒店接下了一场二十桌的家族团圆宴。宴会厅领班请酒店班学员按灯会主题设计台面，完成中餐宴会摆台、迎宾引位、斟酒和席间服务，并安排好客房组为外地来的亲属整理房间。",
   qs=[("问题1 中餐宴会摆台的顺序是什么？", ["铺台布、摆转盘、定骨碟、摆汤碗汤勺、筷架筷子、酒具、餐巾折花，最后摆公用餐具和台号。", "先铺台布定骨碟，最后摆台号。", "由里向外依次摆放。"]),
       ("问题2 斟酒时应注意什么？", ["从主宾开始按顺时针方向斟，白酒斟八分满，瓶口不碰杯口，商标朝向客人。", "从主宾开始顺时针斟。", "白酒八分满。"])],
   hw=[("1. 席间撤换骨碟的时机是什么？", ["骨碟里残渣超过三分之一或者上了带汁的菜以后要及时撤换。", "残渣超过三分之一。", "上汁菜后撤换。"]),
       ("2. 客人不小心打翻酒杯怎么处理？", ["先安慰客人，用餐巾吸干台面，必要时铺上干净的口布，再重新斟酒。", "先安慰客人再清理。", "铺口布，重新斟酒。"])],
   outputs=[("宴会服务记录", "二十桌准时开席。"), ("主题台面设计说明", "以花灯为中心装饰。")]),
 "ev": dict(major="新能源汽车检测与维修", code="0435", course="寒区纯电动车辆动力电池维护", task="矿区纯电动通勤车低温续航衰减与动力电池加热故障检修",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="入冬以后，霍林郭勒一家矿业公司的纯电动通勤车早上续航明显变短，有一辆车仪表提示动力电池加热故障。车队请新能源班学员在做好高压安全防护的前提下读取故障码和数据流，检查电池加热器和冷却液回路，测量绝缘电阻，排除故障并给出冬季使用建议。",
   qs=[("问题1 断开高压电前要做哪些准备？", ["穿戴绝缘手套和护目镜，设置隔离栏和警示牌，关闭点火开关，断开低压蓄电池负极，等五分钟后再拔维修开关。", "戴绝缘手套，设隔离栏。", "断开负极后等五分钟。"]),
       ("问题2 低温下续航为什么会下降？", ["低温时电池内阻变大，可用容量变小，加热和空调还要消耗电能。", "内阻变大，容量变小。", "加热还要耗电。"])],
   hw=[("1. 怎样测量高压部件的绝缘电阻？", ["用绝缘电阻测试仪选五百伏档，测高压正负极分别对车身的电阻，阻值应符合规定。", "用绝缘表测对车身电阻。", "选五百伏档。"]),
       ("2. 冬季给司机的用车建议有哪些？", ["尽量在车库充电，出车前预约加热，少用急加速，保持电量不低于两成。", "出车前预约加热。", "电量不低于两成。"])],
   outputs=[("维修工单", "更换电池加热器继电器。"), ("绝缘电阻检测记录", "正负极对车身均大于20兆欧。")]),
 "care": dict(major="健康与社会照护", code="0529", course="居家失能老人生活照护", task="矿区社区居家失能老人冬季生活照护与压疮预防",
   hours=16, station="健康照护一体化学习工作站",
   situation="霍林郭勒冬季漫长，社区里几位长期卧床的失能老人由家属照看，最近有一位老人骶尾部皮肤发红。社区卫生服务站请照护班学员上门评估老人的皮肤和活动能力，制订翻身和体位摆放计划，协助进食、清洁和排泄，教会家属预防压疮的方法，并记录每天的照护情况。",
   qs=[("问题1 卧床老人多长时间翻一次身？", ["一般每两小时翻身一次，皮肤发红的要缩短间隔，翻身时不能拖拉拽。", "两小时一次。", "不能拖拉拽。"]),
       ("问题2 骶尾部发红时怎样处理？", ["解除受压，保持皮肤清洁干燥，垫软枕减压，不按摩发红的部位，并告诉家属和护士。", "解除受压，保持干燥。", "不按摩发红处。"])],
   hw=[("1. 协助卧床老人进食要注意什么？", ["摇高床头三十度以上，少量慢喂，进食后保持半卧位半小时，防止呛咳。", "摇高床头，少量慢喂。", "饭后半卧半小时。"]),
       ("2. 怎样教家属观察压疮？", ["每天翻身时看骨头突出的地方，皮肤发红按压后不退色就要警惕。", "看骨突处皮肤。", "按压不退色要警惕。"])],
   outputs=[("居家照护日报", "翻身十二次，皮肤无新发红。"), ("家属照护指导记录", "家属能独立完成翻身。")]),
 "net": dict(major="计算机网络应用", code="0301", course="织造企业局域网组建与运维", task="领带织造厂车间有线与无线网络改造及配线间整理",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="嵊州一家领带织造厂扩建了织造车间，原来的几台交换机堆在机柜里，网线标签脱落，车间的无线信号时有时无。厂里的信息主管请网络班学员勘察现场，规划VLAN和IP地址，整理配线间的配线架和跳线，安装车间无线接入点，测试并提交端口对照表和验收报告。",
   qs=[("问题1 为什么要给车间和办公室划分不同的VLAN？", ["隔离广播，提高安全性，织机数据采集终端和办公电脑互不影响，也便于管理。", "隔离广播，提高安全。", "便于管理。"]),
       ("问题2 配线架的端口为什么要贴标签？", ["出故障时能很快找到对应的信息点和交换机端口，不用一根根去试线。", "很快找到对应端口。", "不用一根根试线。"])],
   hw=[("1. 无线接入点安装位置怎样选？", ["尽量高处吸顶，避开金属机柜和织机的遮挡，相邻接入点信道错开。", "高处，避开金属遮挡。", "信道错开。"]),
       ("2. 网线测试要测哪些项目？", ["接线图、长度、衰减、近端串扰，全部通过才能贴合格标签。", "接线图和长度。", "通过才贴标签。"])],
   outputs=[("配线架端口对照表", "共四十八个信息点。"), ("无线覆盖测试报告", "车间信号强度均优于-65dBm。")]),
 "snack": dict(major="烹饪(中式烹调)", code="0501", course="嵊州风味小吃制作", task="嵊州炒年糕与小笼包地方风味小吃制作与出品",
   hours=18, station="中式面点与小吃一体化学习工作站",
   situation="嵊州小吃进城开店的越来越多，一家小吃连锁店要给新开的门店培训后厨。店里的老师傅请烹饪班学员按门店标准制作嵊州炒年糕和小笼包，掌握发面、调馅、包捏、蒸制和炒制的要领，控制出品时间和份量，并完成成本核算。",
   qs=[("问题1 小笼包的面团为什么用半发面？", ["半发面既有发面的松软，又有死面的韧性，蒸出来皮薄不破，褶子清楚。", "皮薄不破，褶子清楚。", "松软又有韧性。"]),
       ("问题2 炒年糕为什么要先把年糕泡软？", ["年糕泡软后容易炒透入味，不会外面焦了里面还硬，也不容易粘锅。", "容易炒透入味。", "不粘锅。"])],
   hw=[("1. 小笼包一般捏多少个褶？", ["十八个褶左右，褶子要均匀，收口捏紧，蒸的时候不漏汤。", "十八个褶左右。", "收口捏紧。"]),
       ("2. 怎样控制小笼包的蒸制时间？", ["水开后上笼，大火蒸八分钟左右，时间长了皮会塌。", "大火八分钟。", "久了皮会塌。"])],
   outputs=[("小吃制作记录（小笼包）", "每笼十个，每个二十克。"), ("小吃制作记录（炒年糕）", "每份三百克，出品五分钟。")]),
 "cnc": dict(major="数控加工(数控车工)", code="0106", course="电机轴套类零件数控车削", task="集成灶风机电机轴套数控车削与批量加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="嵊州是集成灶的生产基地，一家集成灶配件厂接到一批风机电机轴套的订单，交期紧。厂里请学校数控车间帮助加工首批三十件。车间主任请数控班学员分析图纸，编写加工工艺和程序，完成外圆、内孔、沟槽和螺纹的车削，按工序流转卡自检互检并交企业质检。",
   qs=[("问题1 轴套的内孔和外圆为什么要尽量一次装夹车出？", ["一次装夹能保证内孔和外圆的同轴度，换一次装夹就会有找正误差。", "保证同轴度。", "换装夹有误差。"]),
       ("问题2 车螺纹时为什么要分几刀车？", ["一刀吃得太深会扎刀、崩刃，分刀逐渐减小切深，牙型才完整光洁。", "一刀太深会扎刀。", "分刀牙型才完整。"])],
   hw=[("1. 批量加工时怎样保证尺寸稳定？", ["首件检验合格后定期抽检，及时补偿刀具磨损，记录每把刀加工的件数。", "定期抽检，补偿刀具磨损。", "记录刀具件数。"]),
       ("2. 工序流转卡有什么作用？", ["记录每道工序的操作者、检验结果和数量，出了问题可以追到哪道工序、哪个人。", "可以追溯到工序和人。", "记录操作者和数量。"])],
   outputs=[("轴套工序流转卡", "三十件全部合格。"), ("轴套加工程序单", "O2316，共五十四段。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="霸州市胜芳技工学校", pack="dir", region="bz", course="mech", cls="机电2401班", size=40, seed=11,
         sidp="2411270", students=["齐宇辰", "冯思颖", "郑俊凯"], items={11: ["齐宇辰", "冯思颖", "郑俊凯", "苏逸凡"]},
         extra_class=["苏逸凡", "田梓晨"], bad={"田梓晨": "over"}, others_named=["马长顺"],
         teachers=["郭振山", "陈淑云"], form_row=("班级及人数", "机电2401班　共40人"),
         f8="head_table_station", f10="station_rowspan", f11="wiring_typed", f12="name_line_photo",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "田梓晨")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: 接线调试记录 and PLC程序清单, `调试人：<name>`) holds the works of FOUR students: the three and "
                 "classmate 苏逸凡 (with an item-10 record): students.count on 11; students.mismatch optional. Item 10 (TYPED, "
                 "landscape) is grouped by 工位 (a merged 工位 cell over four rows), `工位 | 序号 | 学号 | 姓名 | 电路接线(30) | "
                 "PLC程序(40) | 安全文明(30) | 总分 | 等级`; 田梓晨 has 46 under PLC程序(40) (总分 the sum): records.invalid_score. "
                 "The furniture factory's equipment head 马长顺 signs every item-11 record as 设备科验收 (not a student). No roster"),
    dict(school="霸州市胜芳技工学校", pack="dir", region="bz", course="hotel", cls="酒店2402班", size=36, seed=12,
         sidp="2411250", students=["苏欣蕊", "刘芮希", "赵君浩"], others_named=["杨桂荣", "李宝田"],
         teachers=["杨翠芝", "张书勤"], form_row=("班级及人数", "酒店2402班　共36人"),
         f8="plain_line_color", f10="two_posts", f11="banquet_typed", f12="weekly_report",
         findings=[],
         comment="clean. Item 10 (TYPED) is split into two tables by service post: 宴会厅组 (序号 1-18: 摆台(30) 斟酒(30) "
                 "席间服务(40) and a 加分 column, `注：…加1—5分，计入总分，总分不超过100分`) and 客房组 (序号 19-36: 铺床(40) "
                 "清洁(30) 查房(30)); 36 rows in all = form `共36人`; every 总分 = the parts (+ the bonus). Item 11 (typed): 宴会服务记录 "
                 "with `值台服务员 <student>`, the banquet host 李宝田 (宴会主人, a customer) and the banquet-hall head 杨桂荣 "
                 "(宴会厅领班) named (neither are students). Item 12: a 周报 form (本周完成/遇到的问题/下周计划 and the "
                 "questions), scanned. No roster"),
    dict(school="霍林郭勒市霍林河技工学校", pack="gbkzip", region="hl", course="ev", cls="新能源2401班", size=38, seed=21,
         sidp="2415350", students=["包宇森", "白诗瑶", "宝金鑫"], outsiders={"宝金鑫": "新能源2302班"}, out_sidp="2315350",
         extra_class=["吴皓宇"], bad={"吴皓宇": "sum"}, others_named=["韩振东"],
         teachers=["赵海军", "白玉兰"], form_row=("学生人数", "38（男31，女7）"),
         f8="hv_safety", f10="deduct_reason", f11="ev_order_typed", f12="exercise_flare",
         findings=[("students.not_in_class", 8, True, "宝金鑫"), ("records.invalid_score", 10, False, "吴皓宇")],
         comment="宝金鑫 of the parallel class 新能源2302班 (his class and 学号 2315350xx on his worksheet, typed work orders and "
                 "homework) is the third student of 8/11/12; item 10 (38 rows = form `38（男31，女7）`) has no record of him: "
                 "students.not_in_class. Item 10 (scanned 200 dpi gray) has an `扣分原因` remarks column and a 等级 beside the 总分; "
                 "吴皓宇's 总分 is 7 above the sum of his parts: records.invalid_score. Item 8 (scanned 250 gray, a set square on the "
                 "first page): a 高压作业安全确认 box on top, `操作人（签字） | 监护人` (the teacher), then the worksheet. The fleet "
                 "driver 韩振东 is named as 送修人 on the work orders (not a student). No roster"),
    dict(school="霍林郭勒市霍林河技工学校", pack="gbkzip", region="hl", course="care", cls="照护2401班", size=40, seed=22,
         sidp="2415290", students=["张涵予", "苏日古嘎", "杨羽彤"], extra_class=["宝雅琪"], absent_from_10=["宝雅琪"],
         others_named=["孙桂芬", "刘玉珍", "郝建英"],
         teachers=["包淑琴", "温晓光"], form_row=("学生人数", "40（男6，女34）"), roster="textbook", headteacher="李凤霞",
         f8="two_row_box", f10="plain_name_first", f11="care_daily", f12="hand_page_color",
         findings=[("records.missing_student", 10, False, "宝雅琪"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 教材领取签收表: `序号 学号 姓名 教材1 教材2 领取人签字`, each student's name signed again by "
                 "hand, 40) and the form (`40（男6，女34）`) hold 宝雅琪; item 10 (TYPED, 姓名 before 学号) has 39 rows and none for "
                 "her: records.missing_student and records.count_mismatch. Item 11 (typed): a 居家照护日报 per student, `照护员 "
                 "<student>`, the old people 孙桂芬 and 刘玉珍 (服务对象) and a family member 郝建英 (家属签字) named (not "
                 "students). 苏日古嘎 is a Mongol given name used alone"),
    dict(school="嵊州市剡溪技工学校", pack="zip", region="sz", course="net", cls="网络2401班", size=38, seed=31,
         sidp="2406030", students=["钱梓涵", "俞浩轩", "袁思睿"], items={8: ["钱梓涵", "俞浩轩", "竺佳璐"]},
         extra_class=["竺佳璐", "裘子骞"], absent_from_10=["裘子骞"], others_named=["商建伟"],
         teachers=["周国平", "吕亚芬"], form_row=("授课对象", "网络2401班全体学生（38人）"),
         f8="header_rule_mono", f10="score_row_mono", f11="port_map", f12="plain_photo_flare",
         findings=[("students.mismatch", 8, True), ("records.count_mismatch", 10, False)],
         comment="item 8 (scanned 300 dpi 1-bit, set square) holds the worksheets of 钱梓涵, 俞浩轩 and classmate 竺佳璐 (with an "
                 "item-10 record) instead of 袁思睿's (items 11 and 12 hold the three): students.mismatch. Item 10 (scanned 300 dpi "
                 "1-bit, a `分值` row under the head) lists 37 (`共37人`); the form says `网络2401班全体学生（38人）`: "
                 "records.count_mismatch (裘子骞 has no record; no roster). Item 11 (typed): a 配线架端口对照表 per student, "
                 "`施工人 <student>`, `验收人 商建伟（厂信息主管）` (not a student)"),
    dict(school="嵊州市剡溪技工学校", pack="zip", region="sz", course="snack", cls="烹饪2403班", size=36, seed=32,
         sidp="2405010", students=["邢梦涵", "尹俊逸", "周乐萱"], items={12: ["邢梦涵", "尹俊逸"]},
         extra_class=["马泽昊"], bad={"马泽昊": "over"}, others_named=["钱阿根"],
         teachers=["吕国良", "黄素娟"], form_row=("班额", "36"),
         f8="head_table_photo", f10="hand_fix_color", f11="snack_typed", f12="mimeo_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "马泽昊")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos of printed homework sheets with `班级＿＿ 姓名＿＿ 学号＿＿` blanks, filled by hand on "
                 "the line below) holds the homework of only TWO students, 邢梦涵 and 尹俊逸 (周乐萱's missing; 8 and 11 hold the three): students.count on 12; "
                 "students.mismatch optional. Item 10 (scanned 200 dpi colour): 马泽昊 has 36 under `火候(30)` (总分 the sum): "
                 "records.invalid_score. Two other rows carry a HAND CORRECTION (a typed score struck through, the new one in red "
                 "beside it, the 总分 likewise corrected, sums right): legal. The snack shop's master 钱阿根 is named on the "
                 "item-11 records as 指导师傅 and on item 8 (not a student). No roster"),
    dict(school="嵊州市剡溪技工学校", pack="zip", region="sz", course="cnc", cls="数控2402班", size=40, seed=33,
         sidp="2401060", students=["商宇杰", "裘晓雨", "王煜祺"], others_named=["俞德昌"],
         teachers=["袁建平", "竺美芬", "钱永辉"], form_row=("班额", "40"), roster="machines", headteacher="周月仙",
         f8="plain_line", f10="weighted", f11="traveller", f12="plain_photo",
         findings=[],
         comment="clean. Item 10 (scanned 200 dpi gray) is WEIGHTED: 过程考核 and 成果考核 each out of 100, `总评 = 过程考核×40% + "
                 "成果考核×60%` written under the head, one decimal; 40 rows = form `40` = roster. The roster is a 机床分配表 "
                 "(学生名单): two students a row (`机床号 | 学号 | 姓名 | 学号 | 姓名`, A/B 班次), 20 machines, 40 students. Item 11 "
                 "(typed): 工序流转卡 with `操作者 <student>`, `检验 <teacher>` and the factory's master 俞德昌 as 企业质检 (not a "
                 "student). Three teachers"),
]

PROVINCE = {1: "河北省廊坊市霸州市", 2: "内蒙古自治区通辽市霍林郭勒市", 3: "浙江省绍兴市嵊州市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 霸州: "【8】工作页.pdf"
        return "【%d】%s.pdf" % (n, NAMES[n])
    if g == 2:   # 霍林郭勒: "附件3-8 工作页.pdf"
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    return "成果%02d-%s.pdf" % (n, NAMES[n])   # 嵊州: "成果08-工作页.pdf"


def form_name(s, c):
    return {1: ("胜芳技工学校_申报书_%s.docx" % c["major"].split("(")[0], "docx"),
            2: ("工学一体化优质课堂申报书（%s）.pdf" % s["cls"], "pdf"),
            3: ("申报书-%s.docx" % c["task"], "docx")}[grp(s)]


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

def form_count_text(s):
    return "%s | %s" % s["form_row"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    lab, val = s["form_row"]
    if g == 1:   # 霸州: class and size in one cell, 共N人
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                (lab, val), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 霍林郭勒: 学生人数 with the boys and girls in brackets
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), (lab, val), ("授课地点", c["station"])]
    else:   # 嵊州
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), (lab, val), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、教学组织与实施</h3><p>按“明确任务—制订计划—作出决策—实施计划—检查控制—评价反馈”六步组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作企业的真实生产需求，成果经企业验收。</p>
<h3>六、承诺</h3><p>所报材料均为本校原创，内容真实，无知识产权争议。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 2000 + s["seed"] * 41),
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
        if f == "head_table_station":   # 姓名 | 班级 | 学号 | 工位
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True), "工位", hand("%d号台" % (3 + i), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line_color":
            head = '<p>班级＿%s＿　　姓名＿%s＿　　学号＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "hv_safety":   # a high-voltage safety confirmation box first: 操作人 signs, 监护人 the teacher
            box = tbl([["高压作业安全确认", ("绝缘手套检查 √　护目镜 √　隔离栏 √　维修开关已拔下 √", ' colspan="3"')],
                       ["操作人（签字）", hand(n, True), "监护人", hand(t[i % 2], True, BLACK)],
                       ["班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = title + box + sit + answers(c, rng, i) + comment
        elif f == "two_row_box":
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="80%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "header_rule_mono":   # the name on a rule under the page head
            head = ('<p style="border-bottom:1pt solid #000">%s　%s　　姓名：%s　学号：%s</p>'
                    % (s["school"], hand(cl, True), hand(n), hand(sid, True)))
            body = head + title + sit + answers(c, rng, i) + comment
        elif f == "head_table_photo":   # head row, the shop master named
            head = tbl([["班级", hand(cl, True), "学号", hand(sid, True), "姓名", hand(n, True)]], width="90%", pad="4px 4px")
            body = (title + head + "<p>指导师傅：%s（小吃店）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i))
                    + sit + answers(c, rng, i) + comment)
        elif f == "plain_line":
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"head_table_station": "x-scanpdf:200", "plain_line_color": "x-scanpdf:200:color", "hv_safety": "x-scanpdf:250:setsquare",
            "two_row_box": "x-scanpdf:200", "header_rule_mono": "x-scanpdf:300:mono:setsquare", "head_table_photo": "x-photo:200:2:flare",
            "plain_line": "x-scanpdf:250"}[f]
    font = {"head_table_station": "Noto Sans CJK SC", "hv_safety": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    if f == "head_table_photo":   # a phone photo of a typed sheet: the photo method takes a txt
        return "08.html", html(PB.join(pages), "10pt", font=font), "x-scanpdf:200:color"
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def grade(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "station_rowspan":   # grouped by 工位: a merged 工位 cell over four rows; landscape
        parts = [("电路接线", 30), ("PLC程序", 40), ("安全文明", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["工位", "序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 46
            cells = [str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))]
            first = ""
            if k % 4 == 0:
                first = td("%d号工位" % (k // 4 + 1), ' align="center" rowspan="%d"' % min(4, len(rec) - k), pad)
            out.append("<tr>%s%s</tr>" % (first, "".join(td(x, ' align="center"', pad) for x in cells)))
        body = (head10(s, c, "学习任务考核成绩登记表（按工位）") + table(out) +
                "<p>等级：90分及以上为优，80—89分为良，70—79分为中，60—69分为及格。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="size:29.7cm 21cm;margin:0.8cm 1.2cm"), "pdf"
    if f == "two_posts":   # two tables by post, 序号 continuous; a bonus column in the first
        h = len(rec) // 2
        p1 = [("摆台", 30), ("斟酒", 30), ("席间服务", 40)]
        p2 = [("铺床", 40), ("清洁", 30), ("查房", 30)]
        o1 = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in p1] + ["加分", "总分"]], pad)]
        for k, n in enumerate(rec[:h]):
            v = part_scores(rng, p1, 0.6, 0.9)
            b = rng.choice([0, 0, 0, 2, 3, 5]) if k % 3 == 1 else 0
            o1.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [("+%d" % b) if b else "", str(min(100, sum(v) + b))], pad))
        o2 = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in p2] + ["总分"]], pad)]
        for k, n in enumerate(rec[h:]):
            v = part_scores(rng, p2)
            o2.append(trow([str(h + k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核成绩表") + "<p><b>一、宴会厅组</b></p>" + table(o1) +
                "<p>注：参加元宵灯会接待志愿服务的同学加1—5分，计入总分，总分不超过100分。</p>" +
                "<p><b>二、客房组</b></p>" + table(o2) + "<p>两组合计%d人。</p>" % len(rec) + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "deduct_reason":   # remarks column 扣分原因 and a 等级 beside the 总分
        parts = [("安全防护", 10), ("故障诊断", 30), ("拆装检测", 40), ("维修报告", 20)]
        why = ["未戴护目镜", "绝缘表档位选错", "工具未归位", "报告漏填数据", "未设隔离栏"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["扣分原因", "总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [why[k % 5] if k % 3 == 0 else "", str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "plain_name_first":   # 姓名 before 学号, 备注
        parts = [("照护评估", 20), ("翻身与体位", 30), ("生活照护", 30), ("家属指导", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d分)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), "组长" if k % 8 == 0 else ""], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "score_row_mono":   # a 分值 row under the head, 共N人
        parts = [("现场勘察", 10), ("VLAN与IP规划", 25), ("配线整理", 25), ("无线安装", 25), ("测试验收", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>分值</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "10pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:300:mono"
    if f == "hand_fix_color":   # two hand corrections (struck through, the new score in red), one part above its maximum
        parts = [("发面调馅", 20), ("包捏成型", 30), ("火候", 30), ("卫生与成本", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        fixes = {5: 2, 23: 1}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 36
            cells = [str(x) for x in v] + [str(sum(v))]
            if k in fixes and not bad.get(n):
                j = fixes[k]
                old, oldt = v[j] - 4, sum(v) - 4
                cells[j] = '<s>%d</s> %s' % (old, hand(str(v[j]), True, "#b8231a", "11pt"))
                cells[4] = '<s>%d</s> %s' % (oldt, hand(str(sum(v)), True, "#b8231a", "11pt"))
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells, pad))
        body = head10(s, c, "学习任务考核登记表") + table(out) + "<p>（改动处已由评分教师签名确认）</p>" + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:200:color"
    if f == "weighted":   # 总评 = 过程×40% + 成果×60%
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "工艺编制<br/>(30)", "程序编制<br/>(30)", "职业素养<br/>(40)", "过程考核<br/>(100)",
                                               "成果考核<br/>(100)", "总评"]], pad)]
        for k, n in enumerate(rec):
            a = part_scores(rng, [("", 30), ("", 30), ("", 40)])
            pr = sum(a)
            cr = rng.randint(64, 96)
            tot = round(pr * 0.4 + cr * 0.6, 1)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in a] + [str(pr), str(cr), "%.1f" % tot], pad))
        body = (head10(s, c, "学习任务考核成绩表") + "<p>总评 = 过程考核×40% + 成果考核×60%（保留一位小数）</p>" + table(out) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    on = s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "wiring_typed":   # 调试人, the factory's equipment head as 验收
                parts.append('<h3 style="text-align:center">%s</h3><p>调试人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["步骤", "内容", "结果"], ["1", "校线、测绝缘", "合格"], ["2", "空载试运行", "正常"], ["3", "带料试运行", desc]], width="90%") +
                             "<p>设备科验收：%s　　指导教师：%s　　%s</p>" % (on[0], t[j % 2], day(s, 30 + i)))
            elif f == "banquet_typed":   # 值台服务员, the host and the hall head
                parts.append('<h3>%s</h3>' % title + tbl([["宴会名称", "李府元宵团圆宴", "宴会主人", on[1]],
                                                          ["值台服务员", "%s（%s）" % (n, cl), "宴会厅领班", on[0]],
                                                          ["桌数", "20桌", "日期", day(s, 30 + i)], ["说明", (desc, ' colspan="3"')]], width="92%"))
            elif f == "ev_order_typed":   # 维修工单: 送修人 the driver, 维修人 the student
                parts.append('<h3>%s</h3>' % title + tbl([["送修人", on[0], "车型", "纯电动通勤客车"],
                                                          ["维修人", "%s（%s，学号%s）" % (n, cl, sid), "检验", t[j % 2]],
                                                          ["结论", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "care_daily":   # a home-care daily report: the old person, the carer, the family
                elder = on[i % 2]
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["服务对象", elder, "年龄", "%d岁" % (79 + i), "照护员", n],
                                  ["日期", day(s, 30 + i), "天气", "晴，-%d℃" % (18 + i), "班级", cl],
                                  ["翻身", ("2小时一次，左—平—右", ' colspan="5"')],
                                  ["皮肤", ("骶尾部无新发红", ' colspan="5"')], ["小结", (desc, ' colspan="5"')],
                                  ["家属签字", on[2], "带教老师", t[j % 2], "", ""]], width="94%"))
            elif f == "port_map":   # patch-panel port map: 施工人 the student, 验收人 the factory's IT head
                rows = [["配线架端口", "信息点编号", "位置", "交换机端口", "VLAN"]]
                for p in range(1, 7):
                    rows.append(["P%02d" % (p + 6 * i), "ZZ-%02d" % (p + 6 * i), "织造车间%d排" % (1 + p % 3), "Gi0/%d" % (p + 6 * i), "20" if p % 2 else "30"])
                parts.append('<h3 style="text-align:center">%s</h3>' % title + tbl(rows, width="92%") +
                             "<p>施工人：%s（%s）　　验收人：%s（厂信息主管）　　%s</p><p>%s</p>" % (n, cl, on[0], day(s, 30 + i), desc))
            elif f == "snack_typed":   # 制作人 and the shop master
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["出品", desc, "指导师傅", on[0]], ["评价", "合格", "教师", t[j % 2]]], width="90%"))
            elif f == "traveller":   # 工序流转卡: 操作者, 检验 and the factory's quality master
                rows = [["工序", "内容", "操作者", "数量", "检验"]]
                for k, op in enumerate(["车端面、外圆", "钻孔、车内孔", "切槽、车螺纹"]):
                    rows.append(["%d0" % (k + 1), op, n, "30", t[k % 3]])
                parts.append('<h3 style="text-align:center">%s</h3><p>零件：风机电机轴套　　班级：%s　　学号：%s</p>' % (title, cl, sid) +
                             tbl(rows, width="92%") + "<p>企业质检：%s　　%s</p>" % (on[0], desc))
            else:
                raise SystemExit(f)
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
        if f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "weekly_report":   # a weekly report form
            head = ["实训周报（第%d周）" % (9 + i), "姓名：%s　班级：%s　学号：%s" % (n, cl, sid), "",
                    "本周完成：宴会摆台练习三次，灯会主题台面设计。", "遇到的问题：斟酒速度慢。", "下周计划：练习席间服务。", "", "课后问题："]
        elif f == "exercise_flare":
            head = ["课后作业（动力电池）", "> %s　%s　学号%s" % (n, cl, sid)]
        elif f == "hand_page_color":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "plain_photo_flare":
            head = ["网络组建课后练习", "> 班级 %s　姓名 %s　学号 %s" % (cl, n, sid[-2:])]
        elif f == "mimeo_photo":   # a mimeographed sheet: the print in purple, the answers by hand
            head = ["%s　课后练习" % c["course"], "班级＿＿ 姓名＿＿ 学号＿＿", "> %s　%s　%s" % (cl, n, sid)]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid[-2:], n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:2", "weekly_report": "x-scan:200:4", "exercise_flare": "x-photo:200:1:flare",
            "hand_page_color": "x-scan:200:3:color", "plain_photo_flare": "x-photo:200:2:flare", "mimeo_photo": "x-photo:200:1",
            "plain_photo": "x-photo:200:2"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    g = n[1:] if n not in MONGOL else n
    return "男" if g in MALE or n in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "textbook":   # a textbook collection sign-off sheet: each student signs his name again by hand
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in
                                        ["序号", "学号", "姓名", "《老年人生活照护》", "《基础护理技术》", "领取人签字"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, "1", "1", hand(n, True, BLUE, "10pt")], "0px 4px"))
        body = ('<h2 style="text-align:center">%s　%s教材领取签收表（学生名单）</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>'
                % (s["school"], s["cls"], s["school"]) + table(rows, width="90%") +
                "<p>班主任：%s　　　全班%d人，已全部领取。　　　2024年9月2日</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "machines":   # two students a machine: 机床号 | 学号 | 姓名 (A班次) | 学号 | 姓名 (B班次)
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in
                                        ["机床号", "学号（A）", "姓名（A）", "学号（B）", "姓名（B）"])]
        for m in range(len(k) // 2):
            a, b = k[2 * m], k[2 * m + 1]
            rows.append(trow(["CK6140-%02d" % (m + 1), sid_of(s, a), a, sid_of(s, b), b], "1px 4px"))
        body = ('<h2 style="text-align:center">%s实训车间机床分配表（学生名单）</h2><p style="text-align:center">%s　2024—2025学年第二学期</p>'
                % (s["cls"], s["school"]) + table(rows, width="84%") +
                "<p>A班次上午、B班次下午使用。共%d台，%d人。　　班主任：%s</p>" % (len(k) // 2, len(k), s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "10pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（机床分配）.pdf\tpdf\troster\t0" % s["cls"])
        return []
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
    truth = {"comment": "Eighty-third held-out people corpus (testdata/heldout83), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 83)
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
            "class_size_on_form": int(re.search(r"\d+", s["form_row"][1]).group()), "form_count_text": form_count_text(s),
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
