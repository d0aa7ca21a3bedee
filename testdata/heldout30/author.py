#!/usr/bin/env python3
"""Write the sources of the thirtieth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 运城
(Shanxi), 四平 (Jilin) and 乌兰察布 (Inner Mongolia).

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 29)] + ["othertools"]

# surnames by region: 运城 (薛 裴 柴 卫 畅 解 荆 师 …, the old 河东 names),
# 四平 (曲 隋 姜 宫 鞠 衣 邹 …, many families from Shandong), 乌兰察布 (郭 贾 乔 武
# 云 温 …, settlers from Shanxi; and whole Mongolian names below)
SURNAMES = {
    "yc": list("王张李杨薛裴柴卫畅景贾姚解柳关吉荆师"),
    "sp": list("王李张刘于孙赵曲隋姜宫董鞠吕邹衣"),
    "wl": list("王李张刘郭贾高乔武杜任云赵梁温"),
}
MONGOL = "阿木古楞 那木汗 布和 格日勒 苏日娜 额日登 图雅 高娃 呼和 满都拉 巴雅尔 乌云嘎 敖登 萨楚拉".split()
# given names: a new list in the style of names given around 2007-2009
GIVEN2 = ("泽坤 沛霖 雨桐 浩宇 嘉懿 锦程 思彤 若曦 铭轩 语桐 宸睿 煜祺 静怡 一诺 书瑶 沐阳 佳琪 梦瑶 晨曦 俊熙 "
          "子墨 雅琴 天佑 亦凡 博涛 嘉豪 紫萱 昊天 晓彤 明哲 凯瑞 欣妍 瑞泽 婉婷 立恒 乐萱 家乐 志鹏 新宇 海川 "
          "云帆 向东 鸿飞 润泽 星辰 雪晴 兆丰 永康 秋实 安然 彦博 若楠 晨阳 子豪 佳慧 玉洁 文轩 梓航 浩楠 可欣 "
          "雨萱 俊杰 家豪 金鑫 佳怡 鑫磊 晓东 丽媛 振宇 思源").split()
GIVEN1 = list("磊鑫婷超悦琪帅洋")


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
    return names, "\n".join(texts)


USED_BEFORE, EARLIER_TEXT = earlier_strings()
TAKEN = set()


def bare(a):
    return a.replace("·", "")


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, region):
    if region == "wl" and rng.random() < 0.15:
        return rng.choice(MONGOL)
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    tries = 0
    while len(names) < n:
        tries += 1
        if tries > 200000:
            raise SystemExit("cannot draw a class of %d" % n)
        name = draw_one(rng, region)
        if name in names or name in USED_BEFORE or bare(name) in USED_BEFORE or name in TAKEN or \
                any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "shaft": dict(major="数控加工(数控车工)", code="0106", course="电机轴类零件数控车削", task="牵引电机转轴轴承位精车与尺寸检测",
   hours=18, station="数控车削一体化学习工作站",
   situation="运城一家为轨道交通配套的电机厂送来一批牵引电机转轴的半成品，轴承位要求尺寸公差零点零一六毫米、表面粗糙度Ra0.8。车间主任请实训班学员读懂图纸，编写精车程序，完成装夹对刀和试切，精车两处轴承位，并用外径千分尺检测、填写检测报告。",
   qs=[("引导问题1 精车轴承位时为什么要留精车余量并分两刀车削？", ["粗车后工件有变形和残余应力，留零点二到零点三毫米余量精车，才能保证尺寸公差和粗糙度。", "保证尺寸和粗糙度。", "粗车后有变形，精车修正。"]),
       ("引导问题2 用外径千分尺测量前要做哪些准备？", ["擦净测量面和工件，校对零位，测量时用测力装置，读数时视线垂直。", "擦净，校零位。", "校零，用棘轮测力。"])],
   hw=[("1. 刀尖圆弧半径对精车表面有什么影响？", ["半径大残留高度小，表面光，但径向力大容易振动。", "半径大表面光。", "太大会振刀。"]),
       ("2. 对刀后怎样验证刀补是否正确？", ["试切一段，测量实际尺寸，与程序尺寸比较后修正磨损补偿。", "试切后测量。", "修正刀补。"])],
   outputs=[("轴承位精车检测报告", "两处轴承位尺寸合格。"), ("表面粗糙度检测记录", "Ra0.8，合格。"), ("精车程序单", "程序号O0316，已空运行验证。")]),
 "guandi": dict(major="饭店(酒店)服务", code="0504", course="旅游团队接待服务", task="解州关帝庙研学团队入住接待与房态调整",
   hours=14, station="酒店前厅服务一体化学习工作站",
   situation="运城一家四星级酒店要接待一个参观解州关帝庙的中学研学团，共五十二人，到店前一天团队人数临时变化。前厅经理请实训班学员核对团队预订单，调整房态，准备钥匙和欢迎信封，完成团队入住登记，并处理学生加床和叫早的要求。",
   qs=[("引导问题1 团队到店前要做哪些准备？", ["核对团队预订单和用房数，提前分好房，准备房卡、欢迎信封和早餐券。", "核对预订，预先分房。", "准备房卡和欢迎信封。"]),
       ("引导问题2 团队人数临时增加时怎样调整房态？", ["先查看可售房，优先安排同一楼层，变更后通知客房部和餐饮部。", "查可售房，通知各部门。", "尽量安排同楼层。"])],
   hw=[("1. 团队入住和散客入住有什么不同？", ["团队由领队统一登记，预先分房，房卡集中发放，账务由团队统一结算。", "统一登记，统一结算。", "房卡集中发放。"]),
       ("2. 接待未成年人研学团要注意什么？", ["核实带队老师的联系方式，学生房间集中安排，夜间加强巡查。", "房间集中，夜间巡查。", "记下带队老师电话。"])],
   outputs=[("研学团队接待方案", "分房原则为同校同层。"), ("房态调整记录", "调整房间六间。"), ("叫早与加床服务记录", "叫早时间六点半。")]),
 "hvil": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车高压系统检修", task="纯电动物流车高压互锁故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="运城一家快递公司的纯电动物流车在早班出车时仪表报高压互锁故障，车辆无法上高压电。维修站请实训班学员在教师监护下按规范断开高压，读取故障码和数据流，检查高压连接器和互锁回路，找出故障点并修复，最后验证故障排除。",
   qs=[("引导问题1 高压互锁回路的作用是什么？", ["检测高压连接器和维修开关是否连接到位，回路断开时整车控制器禁止上高压或立即下电。", "检测高压插头是否插好。", "断开时禁止上高压。"]),
       ("引导问题2 断开高压后为什么要等待五分钟并验电？", ["电机控制器里的电容存有电荷，要等它放电，再用万用表确认电压低于安全值。", "等电容放电。", "验电确认安全。"])],
   hw=[("1. 绝缘手套使用前怎样检查？", ["查看有效期，向手套里吹气卷紧，看是否漏气，有破损不能使用。", "吹气看漏不漏。", "查有效期和破损。"]),
       ("2. 测量互锁回路应使用什么档位？", ["断电状态下用万用表电阻档测量回路通断，正常应接近零欧。", "电阻档。", "测通断，接近零欧。"])],
   outputs=[("高压互锁故障诊断报告", "故障点为电机控制器插头互锁端子退针。"), ("高压断电操作记录", "断电后实测电压零点三伏。"), ("维修后验证记录", "上电正常，故障码已清除。")]),
 "afc": dict(major="城市轨道交通运输与管理", code="0431", course="车站客运设备运用", task="地铁车站自动售检票设备日常巡检与故障报修",
   hours=12, station="城市轨道交通车站运营一体化学习工作站",
   situation="长春一座地铁车站每天早上开站前要对自动售票机和闸机做一遍巡检。站务中心请实训班学员在实训车站按巡检路线检查设备状态、钱箱和票箱，发现故障时做好隔离和客流引导，按流程填写故障报修单，并向值班站长报告。",
   qs=[("引导问题1 开站前巡检自动售票机要看哪些内容？", ["屏幕显示、纸币和硬币模块、找零箱余量、票卡箱数量和打印凭条是否正常。", "屏幕、钱箱、票箱。", "找零和凭条打印。"]),
       ("引导问题2 闸机故障时怎样组织乘客进站？", ["在故障闸机前放置暂停服务牌，引导乘客走其他闸机，必要时开边门人工检票。", "放暂停牌，引导到别的闸机。", "开边门人工检票。"])],
   hw=[("1. 故障报修单要写清哪些内容？", ["设备编号、位置、故障现象、发现时间、已采取的措施和报修人。", "编号、位置、现象。", "时间和报修人。"]),
       ("2. 巡检中发现钱箱将满应怎样处理？", ["报告值班站长，按规定两人在场更换钱箱并登记。", "报告站长，两人更换。", "登记更换记录。"])],
   outputs=[("自动售票机故障报修单", "TVM-03纸币模块卡币。"), ("闸机故障报修单", "AG-07扇门不能复位。"), ("巡检情况汇总表", "共巡检设备十四台。")]),
 "feed": dict(major="健康与社会照护", code="0529", course="失能老人生活照护", task="日间照料中心失能老人协助进食与口腔清洁",
   hours=14, station="健康照护一体化学习工作站",
   situation="四平市一家社区日间照料中心有多位失能和半失能老人，午餐时需要协助进食，餐后需要口腔清洁。中心护理主管请实训班学员先评估老人的吞咽和自理能力，准备适合的食物和餐具，协助老人安全进食，餐后做口腔清洁，并写好照护记录。",
   qs=[("引导问题1 协助进食前要评估哪些内容？", ["老人的意识、吞咽能力、坐位平衡和口腔情况，有没有义齿。", "吞咽能力和意识。", "看有没有义齿。"]),
       ("引导问题2 怎样预防进食时呛咳？", ["让老人坐起或抬高床头，食物切小做软，小口慢喂，确认咽下再喂下一口。", "坐起，小口慢喂。", "咽下再喂下一口。"])],
   hw=[("1. 活动义齿应怎样清洁和保存？", ["取下后用软毛刷在流动水下刷洗，夜间浸泡在冷水杯中，不能用热水。", "软毛刷刷洗，冷水浸泡。", "不能用热水。"]),
       ("2. 照护记录应写哪些内容？", ["时间、进食量、有无呛咳、口腔情况和老人的反应，签上照护员姓名。", "时间和进食量。", "有无呛咳。"])],
   outputs=[("协助进食照护记录单", "进食约三分之二。"), ("口腔清洁照护记录单", "口腔黏膜完好。"), ("吞咽能力评估记录", "洼田饮水试验二级。")]),
 "vlan": dict(major="计算机网络应用", code="0301", course="中小企业网络组建与维护", task="马铃薯加工厂办公网络VLAN划分与无线覆盖",
   hours=16, station="网络搭建与运维一体化学习工作站",
   situation="乌兰察布一家马铃薯淀粉加工厂扩建了办公楼，办公、财务、生产调度和监控的电脑都接在一台交换机上，网络经常卡顿。厂里的网管请实训班学员勘察现场，规划IP地址和VLAN，配置交换机和无线接入点，测试连通性，并写出交付文档。",
   qs=[("引导问题1 为什么要按部门划分VLAN？", ["把广播限制在部门内部，减少广播风暴，也便于对财务等部门做访问控制。", "减少广播，便于管理。", "财务网段可以单独控制。"]),
       ("引导问题2 无线接入点的位置应怎样确定？", ["根据建筑平面图和实测信号强度，避开金属遮挡，相邻接入点用不重叠的信道。", "看信号强度，避开遮挡。", "信道不重叠。"])],
   hw=[("1. Trunk链路和Access链路有什么区别？", ["Access链路只属于一个VLAN，接终端；Trunk链路可以通过多个VLAN的帧，接交换机之间。", "Access接终端，Trunk接交换机。", "Trunk通过多个VLAN。"]),
       ("2. 怎样测试两个VLAN之间能否互通？", ["在两个网段的电脑上互相ping对方地址，再查看三层交换机的路由表。", "互相ping。", "查看路由表。"])],
   outputs=[("IP地址与VLAN规划表", "共划分五个VLAN。"), ("交换机配置清单", "配置已保存。"), ("无线覆盖测试记录", "办公区信号均不低于负六十五分贝毫瓦。")]),
 "potato": dict(major="电子商务", code="0603", course="农产品网店视觉设计", task="察右后旗马铃薯礼盒网店主图与详情页设计",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="察右后旗的一家合作社种植的马铃薯品质好，今年准备做成礼盒在网上销售。合作社负责人请电商班学员调研同类商品，拍摄产品照片，设计五张主图和一张详情页，写好卖点文案，完成商品上架，并根据前两周的点击率优化主图。",
   qs=[("引导问题1 农产品主图的第一张要表现什么？", ["突出产品本身和最大的卖点，比如个大、沙面、产地直发，背景简洁，文字少而大。", "突出产品和卖点。", "背景简洁，字大。"]),
       ("引导问题2 详情页一般按什么顺序安排内容？", ["先讲卖点吸引顾客，再讲产地和种植，然后是规格、吃法、物流和售后。", "卖点、产地、规格、售后。", "先吸引，后说明。"])],
   hw=[("1. 点击率低时应先优化什么？", ["先换第一张主图，比较不同构图和文案的点击率，一次只改一个因素。", "先换第一张主图。", "一次改一处。"]),
       ("2. 生鲜农产品的售后说明要写哪些内容？", ["收货后检查、破损和腐烂的处理办法、申请时限和需要提供的照片。", "破损怎么处理。", "申请时限和照片。"])],
   outputs=[("马铃薯礼盒主图设计", "五张主图已上传。"), ("马铃薯礼盒详情页", "详情页共七屏。"), ("主图优化对比", "点击率由百分之一点八升到百分之三点一。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="运城市盐湖技工学校", pack="dir", region="yc", course="shaft", cls="数控2402班", size=40, seed=11,
         sidp="24110106", students=["柴沛霖", "裴思彤", "卫嘉懿"], outsiders={"卫嘉懿": "数控2401班"}, out_sidp="24110105",
         extra_class=["景兆丰"], bad={"景兆丰": ("over", 2, 38)},
         teachers=["裴国栋", "张素琴"], form_count="40人", roster="xlsx_plain", headteacher="柳红梅",
         f8="head_row", f10="padded", f11="cover_report", f12="photo_top",
         findings=[("students.not_in_class", 8, True, "卫嘉懿"), ("records.invalid_score", 10, False, "景兆丰")],
         comment="卫嘉懿 of the parallel class 数控2401班 (her class and 学号 2411010519 on her worksheet, work cover and homework) is "
                 "the third student of 8/11/12; the roster (xlsx, 40) and item 10 (40 records = form `40人`) have none for her: "
                 "students.not_in_class. Item 10 (TYPED Word table, the two-character names padded with a full-width space "
                 "`柴　勇`) gives 景兆丰 38 under `车削加工(35)` (总分 the sum): records.invalid_score. Item 8 (scanned 200 dpi gray, "
                 "the top right corner TORN OFF): a boxed head row `班级 | … | 姓名 | … | 学号 | … | 日期`"),
    dict(school="运城市盐湖技工学校", pack="dir", region="yc", course="guandi", cls="酒店2403班", size=36, seed=12,
         sidp="24110504", students=["薛雨桐", "畅若曦", "解鸿飞"], others_named=["荆丽萍", "师建国"],
         teachers=["杨晓丽", "姚振华"], form_count="36",
         f8="blank_line", f10="group_col", f11="plan_foot", f12="class_nn", findings=[],
         comment="clean. The tour guide 荆丽萍 (全陪导游) and the group leader 师建国 (领队) are named on every worksheet and "
                 "every plan (not students). Item 10 (colour scan 200 dpi, one page) has a 组别 column and 组长 marks in 备注, and the "
                 "school's red round SEAL `…教务处 成绩专用章` stamped over the right-hand columns (总分, 备注) in mid-table (legal: every 总分 is the sum). "
                 "Form `36` (no unit). No roster"),
    dict(school="运城市盐湖技工学校", pack="dir", region="yc", course="hvil", cls="新能源2301班", size=41, form_size=42, seed=13,
         sidp="23110435", students=["姚锦程", "贾铭轩", "吉晨阳"], extra_class=["柳立恒"], bad={"柳立恒": ("sum", 5)},
         teachers=["薛志坚", "卫红英"], form_count="在籍42人",
         f8="safety_brief", f10="stacked_fax", f11="diag_report", f12="photo_labels",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "柳立恒")],
         comment="item 10 came BY FAX (1-bit 200 dpi, a fax head line, lines dropped and bands shifted by the fax's sync "
                 "jitter) and has NO 学号 column: each name cell holds the name with its 学号 under it in small type. 41 "
                 "rows; the form says `在籍42人`: records.count_mismatch. 柳立恒's 总分 is 5 above the sum of his parts: "
                 "records.invalid_score. Item 8 (scanned 300 dpi gray): a 安全技术交底确认单 at the top, the teacher as 交底人 and "
                 "the student as 接受交底人 (signed by hand). No roster"),
    dict(school="四平市铁东技工学校", pack="gbkzip", region="sp", course="afc", cls="城轨2402班", size=38, seed=21,
         sidp="24220431", students=["隋浩宇", "宫书瑶", "鞠天佑"], items={11: ["隋浩宇", "宫书瑶", "衣博涛"]},
         extra_class=["衣博涛", "曲晓彤"], bad={"曲晓彤": ("sum", -4)}, others_named=["董卫平", "邹广才"],
         teachers=["孙兆林", "曲桂芬"], form_count="38人",
         f8="patrol_card", f10="excel_portrait", f11="repair_ticket", f12="photo_name",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "曲晓彤")],
         comment="item 11 (TYPED 故障报修单, `报修人：<name>（<class>）`) holds the works of 隋浩宇, 宫书瑶 and classmate 衣博涛 "
                 "(with an item-10 record) instead of 鞠天佑's (items 8 and 12 hold the three): students.mismatch. Item 10 "
                 "(TYPED, from Excel, with 性别 and 等级 columns): 曲晓彤's 总分 is 4 below the sum of her parts: "
                 "records.invalid_score. Item 8 (colour scan 200 dpi): a 车站设备巡检卡 at the top, the student as 巡检人 (hand), "
                 "the station masters 董卫平 / 邹广才 printed as 值班站长 (not students). No roster"),
    dict(school="四平市铁东技工学校", pack="gbkzip", region="sp", course="feed", cls="照护2402班", size=39, seed=22,
         sidp="24220529", students=["于梦瑶", "姜雅琴", "吕俊熙"], extra_class=["孙亦凡"], absent_from_10=["孙亦凡"],
         others_named=["宫淑珍", "赵福林"], teachers=["王丽杰", "董玉华"], form_count="39人", roster="groups",
         headteacher="刘春梅",
         f8="head_table2", f10="plain_pencil", f11="care_record", f12="hand_page",
         findings=[("records.missing_student", 10, False, "孙亦凡"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 实训分组名单: six training groups, 组长 marked ★, 39) and the form (`39人`) hold 孙亦凡; "
                 "item 10 (scanned 250 dpi gray, the teacher's PENCIL ticks and rings over the cells) has 38 rows and none for "
                 "him: records.missing_student, records.count_mismatch. The elderly clients 宫淑珍 and 赵福林 are named on the "
                 "worksheets (照护对象) and the care records (not students)"),
    dict(school="乌兰察布市集宁技师学院", pack="zip", region="wl", course="vlan", cls="网络2401班", size=37, seed=31,
         sidp="24150301", students=["乔沐阳", "云鑫磊", "杜婉婷"], items={8: ["乔沐阳", "杜婉婷"]},
         extra_class=["温振宇"], bad={"温振宇": ("over", 2, 32)},
         teachers=["郭志宏", "任秀枝"], form_count="37人",
         f8="group_line", f10="signed", f11="ip_plan", f12="wjx",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "温振宇")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 dpi gray) holds the worksheets of only TWO students, 乔沐阳 and 杜婉婷 (云鑫磊's is "
                 "missing; items 11 and 12 hold the three): students.count on 8; students.mismatch optional. Item 10 (scanned "
                 "200 dpi gray, the top right corner TORN OFF) has a last column 学生签名 where each student signed by hand; "
                 "温振宇 has 32 under `设备配置(30)`: records.invalid_score. Item 12 is a printed 问卷星 answer page per student "
                 "(`1. 姓名：<name>`). No roster"),
    dict(school="乌兰察布市集宁技师学院", pack="zip", region="wl", course="potato", cls="电商2402班", size=35, seed=32,
         sidp="24150603", students=["高佳慧", "阿木古楞", "任家乐"], others_named=["郝存厚"],
         teachers=["武建平", "梁海燕", "包金花"], form_count="35名",
         f8="head_row_group", f10="two_row_head", f11="detail_credit", f12="photo_book", findings=[],
         comment="clean. 阿木古楞 (a Mongolian name, no surname) is one of the three. The co-operative's head 郝存厚 is named on "
                 "every worksheet and work as 合作社负责人 (not a student). Item 11 (typed) are printed 主图/详情页 mock-ups with a "
                 "credit line `设计：<name>｜文案：<name>` (the same student twice). Item 10 (typed) has a two-row head "
                 "(过程考核（40分）/ 结果考核（60分） over their parts). Form `35名`. Three teachers. No roster"),
]

PROVINCE = {1: "山西省运城市", 2: "吉林省四平市", 3: "内蒙古自治区乌兰察布市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 运城: "08 工作页.pdf"
        return "%02d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 四平: "8、工作页.pdf"
        return "%d、%s.pdf" % (n, NAMES[n])
    return "%s（%02d）.pdf" % (NAMES[n], n)   # 乌兰察布: "工作页（08）.pdf" (the number after the name)


def form_name(s, c):
    return {1: ("附件2 申报书（%s）.docx" % c["major"], "docx"),
            2: ("%s申报书.pdf" % c["course"], "pdf"),
            3: ("申报书-%s.docx" % c["task"], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.6cm 1.6cm")
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
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 运城: two columns 项目 | 内容
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("学时", "%d" % c["hours"]), ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课场所", c["station"])]
        info = tbl([["<b>项　目</b>", "<b>内　容</b>"]] + [[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:        # 四平 and 乌兰察布: four columns, two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d学时" % c["hours"])],
                [("学习任务", c["task"]), ("授课场所", c["station"])], [("授课班级", s["cls"]), ("班级人数", s["form_count"])]]
        out = []
        for r in rows:
            out.append("<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" bgcolor="#f0f0f0"', P) + td(b, ' align="left"', P)
                                              for a, b in r))
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>本课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织：学生接受任务后查阅资料，分组制定计划，与教师讨论后做出决策，按计划完成任务；教师巡回指导，检查过程质量和安全；最后展示成果，开展自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作单位的真实工作，学生在完成任务的过程中提高了专业能力，养成了规范作业的习惯。</p>
<h3>六、承诺</h3><p>本单位承诺所报材料真实、原创，无知识产权争议。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}合作单位的岗位要求转化。\n二、学习任务\n本学期安排“{task}”，共{hours}学时。\n三、评价方式\n过程评价与结果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查评估、总结反馈。",
    3: "{school}\n{task}　教学活动策划\n学习活动一　明确任务、获取信息\n学习活动二　制定计划、做出决策\n学习活动三　实施计划、过程控制\n学习活动四　评价反馈",
    4: "{school}\n{course}教学进度计划\n本任务共{hours}学时\n第1周　明确任务、获取信息\n第2周　制定计划\n第3周　实施任务\n第4周　检查评价与总结",
    5: "{school}\n{task}教学活动方案\n第1学时　情境导入，明确任务\n第2—4学时　引导问题学习\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为信息区、计划区、实施区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核由过程考核和结果考核两部分组成，成绩由任课教师登记在学习任务考核记录中。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8分", "√ 要点全", "√ 9分", "√ 清楚", "√ 10分", "√ 可以"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 7 + k * 3) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "19"
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
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["完成认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "head_row":   # a boxed head row, filled in by hand
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]],
                       pad="4px 4px")
            body = title + head + '<p>指导教师：%s</p>' % t[0] + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 姓名：＿ 班级：＿ 学号：＿, the guide and the group leader named in the task
            body = (title + '<p>姓名：<u>　%s　</u>　班级：<u>　%s　</u>　学号：<u>　%s　</u></p>' % (hand(n), hand(cl, True), hand(sid, True)) +
                    '<p>接待团队：运城市某中学研学团　　全陪导游：%s　　领队：%s</p>' % (s["others_named"][0], s["others_named"][1]) +
                    sit + answers(c, rng, i) + comment)
        elif f == "safety_brief":   # a safety briefing confirmation: the teacher 交底人, the student 接受交底人
            brief = tbl([[("<b>高压作业安全技术交底确认单</b>", ' colspan="4"')],
                         [("交底内容：①穿戴绝缘手套、护目镜，检查绝缘工具；②关闭点火开关，断开低压蓄电池负极；③拔下维修开关并由本人保管；"
                           "④等待五分钟后验电，确认无电后方可作业；⑤设置监护人，作业区放置高压警示牌。", ' colspan="4" align="left"')],
                         ["交底人", hand(t[0], True, BLACK), "接受交底人", hand(n, True)],
                         ["监护人", hand(t[1], True, BLACK), "日　期", hand(day(s, i)[5:], True)]], pad="3px 5px")
            body = brief + title + '<p>班级：%s　　学号：%s</p>' % (hand(cl, True), hand(sid, True)) + sit + answers(c, rng, i) + comment
        elif f == "patrol_card":   # a station-equipment patrol card: the student as 巡检人, the duty station master printed
            card = ('<table style="border-collapse:collapse" width="100%%"><tr><td bgcolor="#e3eef8" style="border:1.5pt solid #2f6ea5;padding:5px 8px">'
                    '<b>车站设备巡检卡</b>　　巡检路线：A端站厅 → 售票区 → 进出站闸机 → B端站厅<br/>'
                    '巡检时间：%s　05:%02d　　设备：TVM-01～06、AG-01～08<br/>'
                    '巡检人：%s　　　值班站长：%s</td></tr></table>'
                    % (day(s, i)[5:], 10 + 7 * i, hand(n), s["others_named"][i % 2]))
            body = card + title + '<p>班级：%s　　学号：%s　　指导教师：%s</p>' % (cl, hand(sid, True), t[0]) + sit + answers(c, rng, i) + comment
        elif f == "head_table2":   # a two-row head table with the client served
            head = tbl([["姓　名", hand(n, True), "班　级", hand(cl, True), "学　号", hand(sid, True)],
                        ["照护对象", s["others_named"][i % 2], "床　号", "%d" % (3 + 2 * i), "日　期", hand(day(s, i)[5:], True)]], pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "group_line":   # 学习小组：第n组　姓名　学号
            body = (title + '<p>学习小组：第%d组　　姓名：%s　　学号：%s　　日期：%s</p>' % (1 + i, hand(n), hand(sid, True), day(s, i)) +
                    sit + answers(c, rng, i) + comment)
        elif f == "head_row_group":   # 班级 | 姓名 | 学号 | 组别, the co-operative's head named in the task
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid[-2:], True), "组别", hand("第%d组" % (i + 2), True)]],
                       pad="4px 4px")
            body = (title + head + '<p>合作社负责人：%s　　指导教师：%s</p>' % (s["others_named"][0], t[0]) + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"head_row": "x-scanpdf:200:torn", "blank_line": "x-scanpdf:250", "safety_brief": "x-scanpdf:300",
            "patrol_card": "x-scanpdf:200:color", "head_table2": "x-scanpdf:200", "group_line": "x-scanpdf:200",
            "head_row_group": "x-scanpdf:200:color"}[f]
    font = {"patrol_card": "Noto Sans CJK SC", "head_row": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def apply_bad(s, n, v):
    b = s.get("bad", {}).get(n)
    tot = sum(v)
    if b and b[0] == "over":
        v[b[1]] = b[2]
        tot = sum(v)
    elif b and b[0] == "sum":
        tot = sum(v) + b[1]
    return v, tot


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def pad_name(n):
    """A two-character name padded with a full-width space, as Word tables are aligned by hand (柴　勇)."""
    return n[0] + "　" + n[1] if len(n) == 2 else n


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　系部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "padded":   # a plain Word table, two-character names padded with a full-width space
        parts = [("程序编制", 20), ("装夹对刀", 15), ("车削加工", 35), ("尺寸检测", 20), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓　名"] + ["%s(%d分)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts))
            out.append(trow([str(k + 1), sid_of(s, n), pad_name(n)] + [str(x) for x in v] + [str(tot), ""], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "group_col":   # a 组别 column, 组长 in 备注; the school's seal over the 总分 column (prebuild :stamp)
        parts = [("仪容仪表", 10), ("预订核对", 20), ("入住登记", 35), ("房态调整", 20), ("特殊要求", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "组别", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts, 0.66, 0.97))
            out.append(trow([str(k + 1), str(k // 6 + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), "组长" if k % 6 == 0 else ""], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign + "<p>（教务处审核盖章）</p>"
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.2cm"), "x-scanpdf:200:color:stamp"
    if f == "stacked_fax":   # no 学号 column: the 学号 small under the name; sent by fax
        parts = [("安全防护", 20), ("故障码读取", 15), ("回路检测", 30), ("故障排除", 25), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名 / 学号"] + ["%s(%d)" % p for p in parts] + ["总分"]], "1px 3px")]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts))
            cell = '%s<br/><span style="font-size:7pt">%s</span>' % (n, sid_of(s, n))
            out.append(trow([str(k + 1), cell] + [str(x) for x in v] + [str(tot)], "0px 3px"))
        fax = ('<p style="font-family:\'DejaVu Sans Mono\';font-size:8pt">2025-02-19 09:%02d　FROM:0359-2%06d　盐湖技校新能源系　　TO:教务处　　P.01/02</p>'
               % (14, 186 + s["seed"] * 1000))
        body = fax + head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9.5pt", font="Noto Sans CJK SC", compact=True, page="margin:0.8cm 1.2cm"), "x-scanpdf:200:mono:faxjitter"
    if f == "excel_portrait":   # typed from Excel: 性别 and 等级 columns
        parts = [("巡检准备", 15), ("设备巡检", 35), ("故障处置", 30), ("报修记录", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts))
            g = "优秀" if tot >= 85 else "良好" if tot >= 75 else "合格" if tot >= 60 else "不合格"
            sex = "女" if n[-1] in "彤瑶琴萱怡婷媛欣琪悦雪洁慧楠桐曦" else "男"
            out.append(trow([str(k + 1), sid_of(s, n), n, sex] + [str(x) for x in v] + [str(tot), g], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_pencil":   # a plain register; the teacher's pencil over it (prebuild :pencil)
        parts = [("沟通评估", 15), ("协助进食", 35), ("口腔清洁", 30), ("照护记录", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d分)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), ""], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:250:pencil"
    if f == "signed":   # the last column: each student signs by hand
        parts = [("现场勘察", 15), ("地址规划", 20), ("设备配置", 30), ("连通测试", 20), ("文档交付", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "学生签名"]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts))
            sig = '<span style="font-family:\'AR PL UKai CN\';color:#1d2f6b;font-size:11pt">%s</span>' % n
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), sig], pad))
        body = head10(s, c, "学习任务考核记录（学生签字确认）") + table(out) + sign + "<p>说明：学生核对本人成绩无误后签名。</p>"
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:torn"
    if f == "two_row_head":   # 过程考核（40分） / 结果考核（60分） over their parts
        pa = [("调研", 10), ("拍摄", 15), ("协作", 15)]
        pb = [("主图", 25), ("详情页", 25), ("上架", 10)]
        h1 = ('<tr>%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' rowspan="2" align="center"', pad), td("<b>学号</b>", ' rowspan="2" align="center"', pad),
                                      td("<b>姓名</b>", ' rowspan="2" align="center"', pad),
                                      td("<b>过程考核（40分）</b>", ' colspan="3" align="center"', pad) + td("<b>结果考核（60分）</b>", ' colspan="3" align="center"', pad),
                                      td("<b>总评</b>", ' rowspan="2" align="center"', pad)))
        h2 = trow(["<b>%s(%d)</b>" % p for p in pa + pb], pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, pa + pb))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "cover_report":   # a cover per student, then inspection reports with 检测人
            parts.append(PB + '<h2 style="text-align:center">学生作品</h2>' +
                         tbl([["作品名称", "牵引电机转轴轴承位精车"], ["作　　者", n], ["班　　级", cl], ["学　　号", sid], ["指导教师", "、".join(t)]],
                             width="70%", pad="6px 8px"))
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3>' % title +
                             tbl([["零件名称", "牵引电机转轴", "图号", "ZJ-316-0%d" % (j + 1)],
                                  ["检测项目", "Φ55k6 轴承位", "实测值", "55.0%d" % (10 + 2 * i + j)],
                                  ["结论", (desc, ' colspan="3" align="left"')], ["检测人", n, "日　期", day(s, 30 + i)]], width="90%"))
        elif f == "plan_foot":   # a plan, 编制 at its foot
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3><p>接待对象：研学团（全陪导游%s，领队%s）　　%s</p>' % (title, s["others_named"][0], s["others_named"][1], desc) +
                             tbl([["时间", "事项", "负责岗位"], ["14:00", "核对分房表", "前台"], ["15:30", "团队到店，统一登记", "前台、礼宾"],
                                  ["16:00", "发放房卡和早餐券", "前台"]], width="80%") +
                             '<p style="text-align:right">编制：%s（%s）　%s</p>' % (n, cl, day(s, 30 + i)))
        elif f == "diag_report":   # a diagnosis report, 诊断人
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3>' % title +
                             tbl([["车型", "纯电动轻型厢式物流车", "故障码", "P0A0A"], ["诊断人", "%s（%s）" % (n, cl), "监护人", t[j % 2]],
                                  ["结论", (desc, ' colspan="3" align="left"')], ["日期", day(s, 30 + i), "审核", t[0]]], width="90%"))
        elif f == "repair_ticket":   # a fault repair ticket, 报修人
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["报修车站", "实训车站（铁东站）", "报修时间", "%s 06:%02d" % (day(s, 30 + i)[5:], 12 + 5 * j)],
                                  ["故障现象", (desc, ' colspan="3" align="left"')],
                                  ["报修人", "%s（%s）" % (n, cl), "值班站长", s["others_named"][j % 2]], ["维修单位", "AFC维保班组", "处理结果", "已修复"]],
                                 width="92%", pad="4px 5px"))
        elif f == "care_record":   # care records, 照护员, the client named
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3>' % title +
                             tbl([["老人姓名", s["others_named"][(i + j) % 2], "房间/床号", "%d号" % (3 + 2 * i)], ["照护员", n, "班级", cl],
                                  ["记录", (desc + "老人情绪平稳。", ' colspan="3" align="left"')], ["时间", day(s, 30 + i), "护理主管审核", t[1]]], width="90%"))
        elif f == "ip_plan":   # an IP address and VLAN plan, 规划人
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3><p>规划人：%s　　班级：%s　　审核：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["VLAN", "名称", "网段", "网关"], ["10", "办公", "192.168.10.0/24", "192.168.10.254"],
                                  ["20", "财务", "192.168.20.0/24", "192.168.20.254"], ["30", "生产调度", "192.168.30.0/24", "192.168.30.254"],
                                  ["40", "监控", "192.168.40.0/24", "192.168.40.254"]], width="80%") +
                             '<p style="font-family:\'DejaVu Sans Mono\';font-size:8pt">[SW-Core] vlan batch 10 20 30 40 / interface Vlanif%d0 / ip address 192.168.%d0.254 24</p><p>%s</p>'
                             % (j + 1, j + 1, desc))
        elif f == "detail_credit":   # printed main-image and detail-page mock-ups, a credit line
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3>' % title +
                             '<table width="86%%" style="border-collapse:collapse"><tr><td bgcolor="#f3e2b8" height="150" align="center" valign="middle" '
                             'style="border:1pt solid #a07d2c;padding:8px"><span style="font-size:20pt;color:#6b4a12"><b>察右后旗 沙面土豆</b></span><br/>'
                             '产地直发　五斤礼盒装<br/><span style="color:#8a8a8a">[ 产品照片 ]</span></td></tr></table>'
                             '<p style="font-size:9pt">设计：%s｜文案：%s｜%s｜合作社负责人：%s</p><p>%s</p>' % (n, n, cl, s["others_named"][0], desc))
        else:
            raise SystemExit(f)
        if i < len(names) - 1 and f != "cover_report":
            parts.append(PB)
    return "11.html", html("".join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "wjx":   # a printed 问卷星 answer page per student
        pages = []
        for i, n in enumerate(names):
            qa = ""
            for qi, (q, a) in enumerate(c["hw"]):
                qa += '<p><b>%d. %s</b>　<span style="color:#888888">[填空题]</span></p><p style="background:#f4f6f9;padding:4px">%s</p>' % (qi + 3, q[3:], a[(i + qi) % 3])
            pages.append('<p style="font-size:8pt;color:#666666">https://www.wjx.cn/report/2741%04d.aspx　　　　%s 21:%02d</p>'
                         '<h3>《%s》课后作业　答卷详情</h3>' % (s["seed"] * 37 + i, day(s, 20 + i).replace("年", "/").replace("月", "/").replace("日", ""), 5 + 11 * i, c["course"]) +
                         '<p style="font-size:9pt">序号：%d　　提交答卷时间：%s 20:%02d:%02d　　所用时间：%d秒　　来源：手机提交</p>'
                         % (11 + 9 * i, day(s, 20 + i).replace("年", "/").replace("月", "/").replace("日", ""), 12 + 13 * i, 7 + 17 * i, 540 + 73 * i) +
                         '<p><b>1. 姓名：</b>　<span style="color:#888888">[填空题]</span></p><p style="background:#f4f6f9;padding:4px">%s</p>'
                         '<p><b>2. 班级：</b>　<span style="color:#888888">[单选题]</span></p><p style="background:#f4f6f9;padding:4px">%s</p>' % (n, cls_of(s, n)) +
                         qa + '<p %s>阅：%s　√</p>' % (RED, t[0]))
        return "12.html", html(PB.join(pages), "10pt", font="Noto Sans CJK SC"), "pdf"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s　%s" % (t[0], day(s, 20 + i))]
        if f == "photo_top":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "class_nn":
            head = ["%s　课后作业（二）" % c["course"], "> %s %s号 %s" % (cl, sid[-2:], n)]
        elif f == "photo_labels":
            head = ["新能源汽车高压系统检修　课后作业", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "photo_name":
            head = ["四平市铁东技工学校　课后作业", "> 姓名：%s　（%s）" % (n, cl)]
        elif f == "hand_page":
            head = ["课后作业　%s" % c["task"], "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "photo_book":
            head = ["作业本　科目：%s" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_top": "x-photo:200:1", "class_nn": "x-scan:250:4", "photo_labels": "x-photo:200:2",
            "photo_name": "x-photo:200:1", "hand_page": "x-scan:250:3", "photo_book": "x-photo:200:2"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "xlsx_plain":   # 序号 | 学号 | 姓名 | 性别, a merged title and foot
        rows = [["%s%s学生花名册" % (s["school"], s["cls"]), "", "", ""], ["序号", "学号", "姓名", "性别"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, "女" if n[-1] in "彤瑶琴萱怡婷媛欣琪悦雪洁慧楠桐曦" else "男"])
        rows.append(["班主任：%s　　共%d人" % (s["headteacher"], len(k)), "", "", ""])
        nr = len(rows)
        write(os.path.join(d, "roster.json"), json.dumps({"sheet": "花名册", "rows": rows, "merges": ["A1:D1", "A%d:D%d" % (nr, nr)]},
                                                         ensure_ascii=False, indent=0))
        man.append("roster.json\t%s花名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
        return
    if r == "groups":   # a training-group list: six groups, the leader starred
        per = (len(k) + 5) // 6
        blocks = []
        for g in range(6):
            mem = k[g * per:(g + 1) * per]
            if not mem:
                continue
            cells = ["%s%s" % ("★" if j == 0 else "", n) for j, n in enumerate(mem)]
            blocks.append("<tr>%s%s</tr>" % (td("<b>第%d组</b>（%d人）" % (g + 1, len(mem)), ' align="center"', "5px 6px"),
                                             td("　".join(cells), ' align="left"', "5px 6px")))
        body = ('<h2 style="text-align:center">%s实训分组名单</h2><p style="text-align:center">%s　%s</p>'
                '<table style="border-collapse:collapse" width="100%%">%s</table>'
                '<p>注：★为组长。全班共%d人。　　班主任：%s</p>' % (s["cls"], s["school"], "2024—2025学年第一学期", "".join(blocks), len(k), s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "11pt", font="Noto Sans CJK SC"))
        man.append("roster.html\t%s实训分组名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Thirtieth held-out people corpus (testdata/heldout30), the format of testdata/heldout23/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if n in USED_BEFORE or bare(n) in USED_BEFORE]
    if bad:
        raise SystemExit("these stand in an earlier corpus, rename them: %s" % " ".join(bad))
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT:
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
        rng = random.Random(s["seed"] * 7919 + 30)
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
        fct = "班级人数 | %s" % s["form_count"]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": fct,
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
