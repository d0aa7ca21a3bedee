#!/usr/bin/env python3
"""Write the sources of the hundred-and-tenth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 涿州
(Hebei, 保定), 介休 (Shanxi, 晋中) and 瓦房店 (Liaoning, 大连).

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
# the truth files read for names, tasks and courses to avoid (heldout109 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 109)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 涿州 (保定 plain: 王 李 张 刘 赵 杨 高 马 田 霍 甄 …),
# 介休 (晋中: 王 张 李 郭 武 梁 韩 宋 温 侯 冀 闫 任 …), 瓦房店 (辽南, families from 山东: 王 李 张 刘 孙 于 姜 曲 丛 隋 盖 邹 …)
SURNAMES = {
    "zz": list("王王王王李李李李张张张张刘刘刘赵赵杨杨高高马孙郭田齐冯史霍甄王李张"),
    "jx": list("王王王张张张李李李郭郭郭武武梁梁韩宋温侯冀闫任田赵刘"),
    "wf": list("王王王王李李李张张张刘刘孙孙于于姜姜曲丛隋宋徐邹盖"),
}
# given names: the everyday names of students born around 2008-2009
GIVEN2 = ("一帆 子萱 明远 若溪 书语 欣语 梓琪 嘉禾 泽远 雨辰 思齐 晨曦 卓然 子骞 晏清 沐阳 一航 明哲 景瑞 佳禾 "
          "晨希 语汐 启航 安然 文博 思妤 浩博 嘉琳 可欣 天宇 浩然 佳豪 俊杰 欣怡 雨涵 梓轩 子涵 一诺 思雨 诗涵 "
          "宇轩 浩宇 梦琪 雅琪 子豪 子健 嘉怡 佳怡 博文 天乐 晨阳 雨菲 若彤 心怡 语桐 梓萱 诗雨 欣妍 梓航 俊熙 "
          "家豪 文轩 宇辰 浩然 昊天 明轩 一凡 雅静 书瑶 佳悦 紫涵 奕博 铭轩 泽宇 皓然 振宇 乐萱 思源 博远 雪莹 "
          "文静 海燕 春雨 晓宇 家乐 宏宇 国庆 德鑫 立新 志强 金鹏 玉洁 晓丽 秋雨 婉婷 静雯 美辰 韵涵 清扬 沐宸 "
          "锦鹏 晟轩 奕航 梓睿 可馨 语嫣 若汐 芮涵 艺菲 诗琪 佳欣 梦瑶 思琪 晓萱 靖怡 悦然 润泽 弘毅 旭东 国豪").split()
GIVEN1 = list("磊鑫悦琳昊楠航婷")
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
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="酒店前厅接待实务", task="文旅节期间散客入住登记与延迟退房服务",
   hours=16, station="酒店前厅服务一体化学习工作站",
   situation="涿州举办三国文化旅游节，城区一家四星级酒店连续三天满房，散客集中在傍晚入住，第二天又有不少客人要求延迟退房。酒店前厅部经理请酒店班学员熟悉入住登记流程，核验证件、录入系统、收取押金、分配房间，处理延迟退房申请和加收房费的解释，并在实训前厅完成情景演练。",
   qs=[("问题1 散客入住登记有哪几个步骤？", ["问候宾客、确认预订、核验身份证件、录入系统、收取押金、制作房卡、介绍酒店设施并指引电梯。", "核验证件、收押金、制房卡。", "问候、确认预订、指引电梯。"]),
       ("问题2 客人要求延迟退房时怎样答复？", ["先查看当天房态，能安排的告诉客人可延到几点，超过下午两点按半天房价加收，并在系统里备注。", "看房态，超时加收半天房费。", "在系统里备注。"])],
   hw=[("1. 满房时遇到没有预订的客人怎么办？", ["礼貌说明已满房，帮客人查询附近同档次的酒店并联系好，必要时安排车辆送过去。", "帮客人联系附近的酒店。", "礼貌说明，安排送过去。"]),
       ("2. 押金为什么要当面点清？", ["当面点清并请客人签字确认，避免退房时金额有争议，也保护前台员工。", "避免退房时有争议。", "请客人签字确认。"])],
   outputs=[("散客入住登记单", "证件核验无误，押金五百元。"), ("延迟退房处理记录", "延至十四点，未加收费用。")]),
 "care": dict(major="健康与社会照护", code="0529", course="老年人日常生活照护", task="医养结合养老院卧床老人冬季体位转换与皮肤护理",
   hours=16, station="老年照护一体化学习工作站",
   situation="涿州一家医养结合的养老院有十几位长期卧床的失能老人，冬季皮肤干燥，骶尾部容易发红。照护部主任请照护班学员学习压疮风险评估，按时间表为老人翻身、摆放体位、检查和清洁皮肤，做好交接班记录，并向家属讲解预防压疮的方法。",
   qs=[("问题1 为什么要每两小时翻身一次？", ["骨突部位长时间受压，局部缺血缺氧，超过两小时皮肤就可能发红破损，定时翻身能解除压迫。", "解除骨突部位的压迫。", "超过两小时容易破损。"]),
       ("问题2 侧卧位时要在哪些地方垫软枕？", ["背后、两膝之间和小腿下面各垫一个软枕，保持身体成三十度斜侧卧。", "背后和两膝之间。", "三十度斜侧卧。"])],
   hw=[("1. 发现骶尾部皮肤发红怎么办？", ["不要按摩发红处，增加翻身次数，用减压垫，记录颜色和范围并报告护士。", "不要按摩，增加翻身。", "报告护士。"]),
       ("2. 向家属讲解时要讲哪些内容？", ["翻身的时间和方法、保持床单平整干燥、注意营养和饮水、发现异常及时告诉照护员。", "翻身方法和床单干燥。", "营养和饮水。"])],
   outputs=[("压疮风险评估与照护计划", "Braden评分十四分，中度风险。"), ("翻身记录表", "二十四小时翻身十二次。"), ("家属健康宣教记录", "家属能复述翻身要点。")]),
 "glaze": dict(major="机电一体化技术", code="0127", course="气动与PLC分拣线装调", task="琉璃瓦件分拣输送线气动与PLC控制调试",
   hours=18, station="机电一体化设备调试一体化学习工作站",
   situation="介休一家琉璃制品厂新上了一条瓦件分拣输送线，按颜色把黄、绿两种琉璃瓦分到两条滑道上，但气缸动作不到位，常把瓦件推歪。设备科请机电班学员检查气路和传感器，改写PLC程序，调整气缸节流阀和推出时间，完成联机调试，并写出调试记录。",
   qs=[("问题1 气缸推出速度太快会怎样？怎样调？", ["推出太快会把瓦件推歪甚至推碎，调节气缸出口的节流阀，用排气节流让速度平稳。", "会推歪，调节流阀。", "用排气节流。"]),
       ("问题2 颜色传感器为什么要做白平衡？", ["环境光和瓦件表面反光会影响识别，先对白色标准块做白平衡，再示教黄色和绿色。", "消除环境光的影响。", "先白平衡再示教。"])],
   hw=[("1. 调试前要做哪些安全检查？", ["确认气源压力在零点四到零点六兆帕，急停按钮有效，防护罩装好，输送带上没有杂物。", "气压、急停、防护罩。", "皮带上没有杂物。"]),
       ("2. 分拣错误时怎样查找原因？", ["先看传感器指示灯是否正确，再用监控表看PLC输入输出，最后检查电磁阀和气缸。", "先看传感器，再看PLC。", "最后查电磁阀。"])],
   outputs=[("分拣输送线调试记录", "分拣正确率百分之九十九。"), ("PLC程序说明", "共六十二个程序段。")]),
 "battery": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车动力电池检修", task="纯电动出租车动力电池绝缘故障检测与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="介休城区的纯电动出租车在雨后行驶中仪表报绝缘故障，车辆限功率。维修站主管请新能源班学员做好高压安全防护，按规程下电，用绝缘电阻测试仪分段测量电池包、高压线束和电机控制器的绝缘电阻，找到进水的高压接插件，处理后复测，并填写检测报告。",
   qs=[("问题1 下电后为什么要等五分钟以上再操作？", ["电机控制器里的电容还存着电，要等它放电，再用万用表确认母线电压低于安全值。", "等电容放电。", "确认电压低于安全值。"]),
       ("问题2 绝缘电阻怎样判断合格？", ["用一千伏档测量高压正负极对车身的电阻，换算成每伏不低于五百欧为合格。", "每伏不低于五百欧。", "一千伏档测量。"])],
   hw=[("1. 高压作业要穿戴哪些防护用品？", ["绝缘手套、绝缘鞋、护目镜，绝缘手套使用前要做漏气检查。", "绝缘手套和绝缘鞋。", "手套先做漏气检查。"]),
       ("2. 接插件进水后怎样处理？", ["断开接插件，用无水酒精清洁，热风吹干，更换密封圈后涂防水胶并复测绝缘。", "清洁吹干，换密封圈。", "处理后复测。"])],
   outputs=[("动力电池绝缘检测报告", "处理后绝缘电阻大于五百兆欧。"), ("高压下电操作记录", "母线电压降到零点八伏。")]),
 "spindle": dict(major="数控加工(数控车工)", code="0106", course="阶梯轴与螺纹轴数控车削", task="轴承试验台芯轴数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="瓦房店一家轴承企业的寿命试验台芯轴磨损，需要按图纸加工四根。企业技术科请学校数控车间承接，车间主任请数控班学员分析图纸，确定装夹方式和加工顺序，编写外圆、台阶、螺纹和退刀槽的程序，在企业师傅指导下完成加工，并做尺寸检验。",
   qs=[("问题1 细长轴为什么要用一夹一顶？", ["芯轴长径比大，只用卡盘夹持会让工件让刀和振动，尾座顶尖顶住能提高刚性。", "提高刚性，防止让刀。", "尾座顶尖顶住。"]),
       ("问题2 车螺纹前为什么要先车退刀槽？", ["退刀槽让螺纹车刀有地方退出，避免撞刀，也保证螺纹能旋到底。", "让车刀能退出。", "避免撞刀。"])],
   hw=[("1. 精车外圆时怎样保证表面粗糙度？", ["选用锋利的精车刀，提高转速，减小进给量，充分浇注切削液。", "提高转速，减小进给。", "浇切削液。"]),
       ("2. 怎样用千分尺测量外径？", ["先校零，在轴的两端和中间三个位置、互相垂直两个方向测量，取最大和最小值。", "先校零，测三个位置。", "两个方向测量。"])],
   outputs=[("芯轴加工工艺卡", "分粗车、半精车、精车三道工步。"), ("芯轴首件检验记录", "外圆φ40h6合格。"), ("加工程序单", "O2316，共五十一段。")]),
 "coldnet": dict(major="计算机网络应用", code="0301", course="中小企业网络搭建与运维", task="水产冷链仓库无线网络覆盖与交换机配置",
   hours=16, station="网络搭建与运维一体化学习工作站",
   situation="瓦房店一家水产冷链公司新建了冷库和分拣车间，手持终端扫码入库时经常断网。公司请网络班学员实地勘察，设计无线接入点的位置和信道，配置接入交换机的VLAN和端口，调试无线控制器，测试冷库内外的信号强度，并整理网络配置文档交给公司。",
   qs=[("问题1 冷库里为什么信号差？", ["冷库的保温板里有金属层，会反射和屏蔽信号，接入点要装在库内并选低温型。", "保温板金属层屏蔽信号。", "库内装低温型接入点。"]),
       ("问题2 相邻接入点的信道怎样分配？", ["二点四G用一、六、十一三个不重叠的信道交错分配，减少同频干扰。", "用一、六、十一信道。", "减少同频干扰。"])],
   hw=[("1. 为什么要把手持终端单独划一个VLAN？", ["和办公电脑隔离，减少广播，出了问题也容易排查，还能单独设置访问权限。", "隔离，减少广播。", "容易排查。"]),
       ("2. 信号测试要记录哪些数据？", ["测试点位置、信号强度、信噪比、漫游切换时间和丢包率。", "信号强度和丢包率。", "测试点位置。"])],
   outputs=[("无线网络勘察与设计报告", "共布置接入点九台。"), ("交换机配置文档", "划分VLAN十、二十、三十。")]),
 "peach": dict(major="电子商务", code="0603", course="生鲜农产品网店运营", task="黄桃罐头网店详情页设计与客服售后处理",
   hours=14, station="电商运营一体化学习工作站",
   situation="瓦房店的黄桃罐头厂想在网上开一家旗舰店，把新推出的低糖黄桃罐头卖到南方城市。厂里负责电商的店长请电商班学员拍摄产品图片，设计详情页，撰写客服话术，上架商品并处理第一批订单的咨询、物流和售后。",
   qs=[("问题1 详情页第一屏应该放什么？", ["放最能打动顾客的卖点：当季鲜桃、低糖、玻璃瓶装，配一张罐头打开后果肉饱满的大图。", "最主要的卖点和大图。", "低糖和果肉饱满。"]),
       ("问题2 为什么要拍罐头的生产日期和配料表？", ["食品类顾客很关心保质期和配料，清楚展示能减少咨询，也符合平台规定。", "顾客关心保质期。", "符合平台规定。"])],
   hw=[("1. 顾客收到罐头瓶子碎了怎么处理？", ["先安抚道歉，请顾客拍照，核实后补发或退款，再和快递公司协商理赔。", "拍照核实，补发或退款。", "找快递理赔。"]),
       ("2. 客服话术为什么要统一？", ["几个客服回答一致，顾客不会听到不同说法，也能加快回复速度。", "回答一致。", "加快回复。"])],
   outputs=[("黄桃罐头详情页设计稿", "共八屏，首屏主打低糖。"), ("客服售后处理登记", "首批订单二百一十单，售后六单。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="涿州市桃园技工学校", pack="dir", region="zz", course="hotel", cls="酒店2403班", size=40, seed=11,
         sidp="2413050403", students=["甄书语", "霍明远", "田沁瑶"], others_named=["齐凤梅", "葛文山", "马素珍"],
         teachers=["赵建英", "冯振邦"], form_count="40人（男12人，女28人）", roster="duty_roster", headteacher="杨翠玲",
         f8="drill_roles", f10="convert_weighted", f11="checkin_typed", f12="line_photo",
         findings=[],
         comment="clean. Item 10 (TYPED) is a 折算 register: 理论测试 原始分 and its 折算(×30%), 技能考核 原始分 and its "
                 "折算(×70%), 总评 = the two 折算 columns (one decimal), 等级; the note under the table says so: 总评 is NOT the "
                 "sum of the raw scores, and raw scores of up to 100 are legal. 40 rows = form `40人（男12人，女28人）` = the "
                 "roster (40, with class officers). The lobby manager 齐凤梅 plays the guest on every item-8 drill record; "
                 "the guests 葛文山 and 马素珍 are named on the item-11 check-in forms (not students)"),
    dict(school="涿州市桃园技工学校", pack="dir", region="zz", course="care", cls="照护2402班", size=38, seed=12,
         sidp="2413052902", students=["史欣语", "高语汀", "郭屹川"], outsiders={"郭屹川": "照护2401班"}, out_sidp="2413052901",
         extra_class=["马芷淇"], bad={"马芷淇": "over"}, others_named=["冯桂琴", "韩素梅"],
         teachers=["杨凤岐", "孙志宏"], form_count="38（其中男生5人）",
         f8="handover", f10="group_shared", f11="careplan_typed", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "郭屹川"), ("records.invalid_score", 10, False, "马芷淇")],
         comment="郭屹川 of the parallel class 照护2401班 (that class and 学号 2413052901xx on his shift-handover worksheet, "
                 "typed care plans and photographed homework) is the third student of 8/11/12; item 10 (38 rows = form "
                 "`38（其中男生5人）`) has no record of him: students.not_in_class. Item 10 (scanned 300 dpi gray, sesame seeds "
                 "on the glass) gives each 小组 ONE shared 小组成果(40) mark in a cell merged down the group's rows, then 个人过程(30), "
                 "个人答辩(30), 总分; 马芷淇 has 34 under 个人答辩(30) (总分 the sum): records.invalid_score. Item 8: a 交接班记录 "
                 "with the elder 冯桂琴 as 照护对象 and the home's carer 韩素梅 as 接班人 (not students). No roster"),
    dict(school="介休市绵山技工学校", pack="gbkzip", region="jx", course="glaze", cls="机电2401班", size=42, seed=21,
         sidp="2414012701", students=["冀泽远", "梁雨辰", "闫思齐"], extra_class=["武芊芊", "侯卓然"], absent_from_10=["武芊芊"],
         bad={"侯卓然": "sum"}, teachers=["任建军", "宋丽萍"], form_count="42人", roster="two_across_scan", headteacher="王筱梅",
         f8="head_row", f10="three_tables", f11="debug_typed", f12="hand_scan150",
         findings=[("records.missing_student", 10, False, "武芊芊"), ("records.count_mismatch", 10, False),
                   ("records.invalid_score", 10, False, "侯卓然")],
         comment="the roster (SCANNED 200 dpi gray, a two-across list: 1-21 left, 22-42 right) and the form (`42人`) hold "
                 "武芊芊; item 10 (TYPED) has 41 students and none is her: records.missing_student and records.count_mismatch. "
                 "Item 10 is THREE tables: 表一 过程考核 (parts, 小计), 表二 成果考核 (parts, 小计), 表三 成绩汇总 (过程小计, "
                 "成果小计, 总分, 等级); in 表三 侯卓然's 总分 is 7 below 过程+成果: records.invalid_score."),
    dict(school="介休市绵山技工学校", pack="gbkzip", region="jx", course="battery", cls="新能源2401班", size=36, seed=22,
         sidp="2414043501", students=["韩亦舟", "郭晏清", "田沐阳"], items={12: ["韩亦舟", "田沐阳"]},
         extra_class=["武一航"], bad={"武一航": "over"}, others_named=["冀长青"],
         teachers=["温建国", "张蕴秋"], form_count="新能源2401班，36名学生",
         f8="fax_line", f10="footer_max", f11="insulation_typed", f12="line_photo2",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "武一航")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a wooden paperweight across the page) holds the homework of only TWO students, "
                 "韩亦舟 and 田沐阳 (郭晏清's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. "
                 "Item 10 (TYPED, landscape) has columns 姓名 学号 安全防护 绝缘检测 故障排除 工单填写 合计 备注 with NO maxima in "
                 "the head: the maxima are in the 评分标准 line UNDER the table (绝缘检测 30); 武一航 has 36 under 绝缘检测 (合计 the "
                 "sum): records.invalid_score. 36 rows = form `新能源2401班，36名学生`. The taxi driver 冀长青 is named as 车主 "
                 "on item 11. No roster"),
    dict(school="瓦房店市龙门技工学校", pack="zip", region="wf", course="spindle", cls="数控2402班", size=40, seed=31,
         sidp="2421010602", students=["隋明哲", "曲景瑞", "丛佳禾"], others_named=["姜宝库"],
         teachers=["邹德胜", "盖丽华", "徐长江"], form_count="40",
         f8="master_line", f10="frac_cells", f11="inspect_typed", f12="book_scan300",
         findings=[],
         comment="clean. Item 10 (scanned 200 dpi 1-bit, sesame seeds) writes every part as `得分/满分` in one cell "
                 "(`17/20`, `41/50`) and 总分 as a bare number, the sum of the numerators; 40 rows = form `40`. The bearing "
                 "works' master 姜宝库 is named as 带教师傅 on every worksheet and as 企业师傅 on the inspection records. Three "
                 "teachers. No roster"),
    dict(school="瓦房店市龙门技工学校", pack="zip", region="wf", course="coldnet", cls="网络2401班", size=42, seed=32,
         sidp="2421030101", students=["于晨希", "姜沛瑶", "宋启航"], items={11: ["于晨希", "宋启航", "邹安然"]},
         extra_class=["邹安然", "曲文博", "盖天宇"], absent_from_10=["盖天宇"], bad={"曲文博": "sum"},
         teachers=["孙广润", "王德谦"], form_count="42",
         f8="seat_box", f10="corrected_photo", f11="config_typed", f12="color_scan",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False),
                   ("records.invalid_score", 10, False, "曲文博")],
         comment="item 11 (typed configuration documents, `编写人：<name>`) holds 于晨希, 宋启航 and classmate 邹安然 (with an "
                 "item-10 record) instead of 姜沛瑶 (8 and 12 hold the three): students.mismatch. Item 10 is a PHONE PHOTO of "
                 "the printed register (a wooden paperweight across it) with 41 rows; the form says `42`: records.count_mismatch "
                 "(no roster). Two rows carry a hand correction (the printed 总分 struck through, the right sum written beside it "
                 "in red, `复核更正` in 备注: legal); 曲文博's printed 总分 is 7 above the sum of his parts, uncorrected: "
                 "records.invalid_score. Item 8 (photographed too): a 座位号|姓名|学号 box at the top right"),
    dict(school="瓦房店市龙门技工学校", pack="zip", region="wf", course="peach", cls="电商2402班", size=39, seed=33,
         sidp="2421060302", students=["刘思妤", "姜晋祺", "徐嘉琳"], items={8: ["刘思妤", "姜晋祺", "徐嘉琳", "隋可欣"]},
         extra_class=["隋可欣"], others_named=["邹玉兰"],
         teachers=["李晓澜", "丛建华"], form_count="电商2402班（39）",
         f8="sign_strip", f10="two_row_plain", f11="detail_typed", f12="line_photo3",
         findings=[("students.count", 8, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray) holds the worksheets of FOUR students: the three and classmate 隋可欣 (with an "
                 "item-10 record); each sheet names its student only in the SIGNATURE STRIP at the foot (学生签名 | <hand> | "
                 "教师签名 | <hand> | 日期): students.count on 8; students.mismatch optional. Item 10 (TYPED) a two-row head, 39 "
                 "rows = form `授课班级（人数） | 电商2402班（39）`. The cannery's shop manager 邹玉兰 named on item 11"),
]

PROVINCE = {1: "河北省涿州市", 2: "山西省晋中市介休市", 3: "辽宁省大连市瓦房店市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 涿州: "08-工作页.pdf"
        return "%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 介休: "附件3-8 工作页.pdf"
        return "%d．%s.pdf" % (n, NAMES[n])
    return "%d_%s（%s）.pdf" % (n, NAMES[n], s["cls"])   # 瓦房店: "8_工作页（数控2402班）.pdf"


def form_name(s, c):
    return {1: ("附件2 申报书（%s）.docx" % c["major"], "docx"),
            2: ("%s申报书.pdf" % s["cls"], "pdf"),
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


FLABEL = {11: "学生人数", 12: "班级人数", 21: "授课班级人数", 22: "授课班级及人数", 31: "人数", 32: "学生数（人）", 33: "授课班级（人数）"}


def form_count_text(s):
    return "%s | %s" % (FLABEL[s["seed"]], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"])]
    if s["seed"] not in (22, 33):
        rows.append(("授课班级", s["cls"]))
    rows.append((FLABEL[s["seed"]], s["form_count"]))
    rows += [("学时", "%d" % c["hours"]), ("授课地点", c["station"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad="4px 6px")
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年3月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>教学按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节展开。学生分组领取任务单，查阅资料后制订方案，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来自{prov}合作企业的真实需求，成果经企业验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=2 + s["seed"] % 23, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程定位\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求进行转化。\n二、学习任务\n本学期实施“{task}”，共{hours}学时。\n三、考核评价\n过程考核与成果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作过程\n接受任务—制订计划—实施—检查—评价。",
    3: "{school}\n{task}　教学活动策划\n活动一　接受任务，明确要求\n活动二　制订工作计划\n活动三　实施与过程控制\n活动四　展示、评价与反馈",
    4: "{school}\n{course}　教学进度计划（{hours}学时）\n第1周　接受任务，获取信息\n第2周　制订与审核计划\n第3周　实施任务\n第4周　检查、展示与评价",
    5: "{school}\n{task}　教学活动方案\n一、情境导入\n二、引导问题学习\n三、分组实施与巡回指导\n四、成果展示与多元评价",
    6: "{school}\n学习任务资源及清单\n工作页、行业标准、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为资讯区、计划区、实施区和展示评价区。",
    9: "{school}\n{task}　考核方案\n考核包括过程考核和成果考核，成绩记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 8", "√ 9", "√ 清楚", "√ 较好"])


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
        return s["out_sidp"] + "17"
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
        comment = '<p>教师评语：<span %s>%s</span>　　教师：%s</p>' % (RED, ["完成认真", "要点齐全", "良好", "再细致些"][i % 4], t[i % 2])
        if f == "drill_roles":   # a role-play drill record: the student as receptionist, the lobby manager plays the guest
            head = tbl([["演练项目", "散客入住登记与延迟退房", "演练日期", hand(day(s, i), True)],
                        ["前台接待员（学生）", hand(n, True), "学号", hand(sid, True)],
                        ["宾客扮演者", "大堂经理　%s" % s["others_named"][0], "班级", hand(cl, True)]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>情景演练记录（学习工作页）</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    '<p>演练点评（大堂经理）：%s</p>' % hand(["问候自然，证件核验规范。", "押金说明清楚，语速稍快。", "延迟退房解释得体。"][i % 3], True, BLACK) + comment)
        elif f == "handover":   # a shift-handover record: the elder as 照护对象, the home's carer as 接班人
            head = tbl([["照护对象", s["others_named"][0] + "（82岁）", "床号", "康复楼%d床" % (3 + i)],
                        ["交班人", hand(n, True), "接班人", "护理员　%s" % s["others_named"][1]],
                        ["班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>照护交接班记录（学习工作页）</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    '<p>皮肤情况：%s</p>' % hand(["骶尾部轻度发红，已减压。", "皮肤完整，无发红。", "右足跟发红约2厘米，已报告。"][i % 3], True) + comment)
        elif f == "head_row":   # a bordered head row 学号 | 姓名 | 班级 | 组号
            head = tbl([["学号", hand(sid, True), "姓名", hand(n, True), "班级", hand(cl, True), "组号", hand("%d" % (1 + i), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "fax_line":   # 姓名＿ 班级＿ 学号＿ by hand
            head = '<p>姓名＿%s＿　班级＿%s＿　学号＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i, ink=BLACK) + comment
        elif f == "master_line":   # a plain line and the company master
            head = '<p>班级：%s　　姓名：%s　　学号：%s</p><p>带教师傅：%s（企业）　　实训日期：%s</p>' % (
                hand(cl, True), hand(n), hand(sid, True), s["others_named"][0], hand(day(s, i), True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "seat_box":   # a small box at the top right: 座位号 | 姓名 | 学号
            box = ('<table style="border-collapse:collapse;margin-left:auto" width="46%%"><tr>%s%s%s</tr><tr>%s%s%s</tr></table>'
                   % (td("座位号", ' align="center"'), td("姓　名", ' align="center"'), td("学　号", ' align="center"'),
                      td(hand("%02d" % (5 + 7 * i), True), ' align="center"'), td(hand(n, True), ' align="center"'), td(hand(sid, True), ' align="center"')))
            body = box + '<h3 style="text-align:center">%s　学习工作页</h3><p>%s　%s</p>' % (c["task"], s["school"], cl) + sit + answers(c, rng, i) + comment
        elif f == "sign_strip":   # the student only in the signature strip at the foot
            strip = tbl([["学生签名", hand(n, True), "教师签名", hand(t[i % 2], True, BLACK), "日期", hand(day(s, i)[5:], True)]], width="100%", pad="5px 4px")
            body = title + "<p>班级：%s　　第%d组</p>" % (cl, 1 + i) + sit + answers(c, rng, i) + '<p>教师评语：<span %s>%s</span></p>' % (RED, ["完成认真", "要点齐全", "良好", "图片再清楚些"][i % 4]) + strip
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"drill_roles": "x-scanpdf:200:color", "handover": "x-scanpdf:300:sesame", "head_row": "x-scanpdf:200:color",
            "fax_line": "x-scanpdf:200:mono", "master_line": "x-scanpdf:250:sesame", "seat_box": "x-scanpdf:200:photo:zhenzhi",
            "sign_strip": "x-scanpdf:250"}[f]
    font = {"head_row": "Noto Sans CJK SC", "seat_box": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.95):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def b(x):
    return "<b>%s</b>" % x


def grade(tot):
    return "优秀" if tot >= 90 else "良好" if tot >= 80 else "中等" if tot >= 70 else "及格" if tot >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "convert_weighted":   # raw scores and their converted (折算) parts; 总评 = the converted parts
        h1 = "<tr>%s%s%s%s%s%s%s</tr>" % (td(b("序号"), ' align="center" rowspan="2"', pad), td(b("学号"), ' align="center" rowspan="2"', pad),
                                          td(b("姓名"), ' align="center" rowspan="2"', pad), td(b("理论测试"), ' align="center" colspan="2"', pad),
                                          td(b("技能考核"), ' align="center" colspan="2"', pad), td(b("总评"), ' align="center" rowspan="2"', pad),
                                          td(b("等级"), ' align="center" rowspan="2"', pad))
        out = [h1, trow([b("原始分"), b("折算(×30%)"), b("原始分"), b("折算(×70%)")], pad)]
        for k, n in enumerate(rec):
            a, bb = rng.randint(62, 98), rng.randint(64, 97)
            ca, cb = a * 3 / 10.0, bb * 7 / 10.0
            tot = ca + cb
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), "%.1f" % ca, str(bb), "%.1f" % cb, "%.1f" % tot, grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩记录表") + table(out) +
                "<p>注：理论测试、技能考核均按百分制评分，总评＝理论测试×30%＋技能考核×70%（即两项折算分之和）。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "group_shared":   # one group mark in a cell merged down the group's rows
        out = [trow([b(x) for x in ["组别", "序号", "学号", "姓名", "小组成果<br/>(40)", "个人过程<br/>(30)", "个人答辩<br/>(30)", "总分"]], pad)]
        size = [7, 6, 6, 6, 7, 6]
        k = 0
        for gi, gs in enumerate(size):
            gm = rng.randint(28, 38)
            for j in range(gs):
                if k >= len(rec):
                    break
                n = rec[k]
                p, a = rng.randint(19, 28), rng.randint(18, 28)
                if bad.get(n) == "over":
                    a = 34
                cells = [str(k + 1), sid_of(s, n), n]
                first = ""
                if j == 0:
                    first = td("第%s组" % "一二三四五六"[gi], ' align="center" rowspan="%d"' % gs, pad)
                    mid = td(str(gm), ' align="center" rowspan="%d"' % gs, pad)
                else:
                    mid = ""
                out.append("<tr>%s%s%s%s</tr>" % (first, "".join(td(x, ' align="center"', pad) for x in cells), mid,
                                                  "".join(td(x, ' align="center"', pad) for x in [str(p), str(a), str(gm + p + a)])))
                k += 1
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>说明：小组成果分由组内成员共享，总分＝小组成果＋个人过程＋个人答辩。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:sesame"
    if f == "three_tables":   # 过程 table, 成果 table, then the summary table
        p1 = [("出勤", 10), ("安全操作", 15), ("团队协作", 15)]
        p2 = [("气路连接", 20), ("程序编写", 20), ("联调运行", 20)]
        v1 = {n: part_scores(rng, p1) for n in rec}
        v2 = {n: part_scores(rng, p2) for n in rec}
        t1 = [trow([b(x) for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in p1] + ["小计(40)"]], pad)]
        t2 = [trow([b(x) for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in p2] + ["小计(60)"]], pad)]
        t3 = [trow([b(x) for x in ["序号", "学号", "姓名", "过程考核", "成果考核", "总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, bb = sum(v1[n]), sum(v2[n])
            tot = a + bb - (7 if bad.get(n) == "sum" else 0)
            t1.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v1[n]] + [str(a)], pad))
            t2.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v2[n]] + [str(bb)], pad))
            t3.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(bb), str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核记录") + "<p><b>表一　过程考核</b></p>" + table(t1) + PB + "<p><b>表二　成果考核</b></p>" + table(t2)
                + PB + "<p><b>表三　成绩汇总</b>（总分＝过程考核小计＋成果考核小计）</p>" + table(t3) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "footer_max":   # no maxima in the head; the 评分标准 line under the table
        parts = [("安全防护", 10), ("绝缘检测", 30), ("故障排除", 45), ("工单填写", 15)]
        out = [trow([b(x) for x in ["姓名", "学号"] + [p for p, _ in parts] + ["合计", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.9)
            if bad.get(n) == "over":
                v[1] = 36
            note = ["", "", "", "组长", "", ""][k % 6]
            out.append(trow([n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), note], pad))
        body = (head10(s, c, "学习任务考核成绩单") + table(out) +
                "<p>评分标准：安全防护满分10分，绝缘检测满分30分，故障排除满分45分，工单填写满分15分，合计满分100分。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="size:297mm 210mm;margin:1.0cm 1.5cm"), "pdf"
    if f == "frac_cells":   # every part as 得分/满分 in one cell
        parts = [("工艺卡", 20), ("程序", 20), ("实操加工", 50), ("检测", 10)]
        out = [trow([b(x) for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + ["%d/%d" % (x, m) for x, (_, m) in zip(v, parts)] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>（各项成绩记为“得分/满分”，总分为各项得分之和。）</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:mono:sesame"
    if f == "corrected_photo":   # two hand corrections (legal), one uncorrected wrong total
        parts = [("需求分析", 15), ("拓扑设计", 20), ("设备配置", 40), ("测试验收", 15), ("文档", 10)]
        out = [trow([b(x) for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        fix = {5, 23}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            cells = [str(k + 1), sid_of(s, n), n] + [str(x) for x in v]
            if k in fix and not bad.get(n):
                cells += ['<s>%d</s> <span style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:11pt">%d</span>' % (tot - 10, tot),
                          '<span style="font-family:\'AR PL UKai CN\';color:#b8231a">复核更正 %s</span>' % t[0][0]]
            else:
                cells += [str(tot), ""]
            out.append(trow(cells, pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "8pt", compact=True, page="margin:1.0cm 1.5cm 3.4cm 1.5cm"), "x-scanpdf:200:photo:zhenzhi"
    if f == "two_row_plain":   # a two-row head
        parts = [("店铺调研", 10), ("图片拍摄", 15), ("客服话术", 15), ("详情页设计", 35), ("售后处理", 25)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td(b("序号"), ' align="center" rowspan="2"', pad), td(b("学号"), ' align="center" rowspan="2"', pad),
                                       td(b("姓名"), ' align="center" rowspan="2"', pad), td(b("过程考核（40分）"), ' align="center" colspan="3"', pad),
                                       td(b("成果考核（60分）"), ' align="center" colspan="2"', pad), td(b("总分"), ' align="center" rowspan="2"', pad)))
        out = [h1, trow([b("%s(%d)" % p) for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
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
            if f == "checkin_typed":   # the guest and the receptionist
                g = s["others_named"][1 + (i + j) % 2]
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["宾客姓名", g, "房号", "%d" % (1206 + 4 * i + j)], ["入住日期", day(s, 30 + i)[5:], "离店日期", day(s, 31 + i)[5:]],
                                  ["证件类型", "居民身份证", "押金", "500元"], ["接待员", n, "班级", cl]], width="90%") + "<p>备注：%s</p>" % desc)
            elif f == "careplan_typed":   # 照护对象 the elder, 制订人 the student
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", s["others_named"][0], "年龄", "82岁"], ["制订人", n, "班级／学号", "%s／%s" % (cl, sid)],
                                  ["内容摘要", (desc, ' colspan="3"')]], width="90%") + "<p>审核：%s　　%s</p>" % (t[j % 2], day(s, 30 + i)))
            elif f == "debug_typed":   # 调试人, 审核
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["步骤", "内容", "结果"], ["1", "气源压力检查", "0.5 MPa"], ["2", "传感器白平衡与示教", "正常"],
                                  ["3", "联机运行五十件", desc]], width="86%") + "<p>审核：%s</p>" % t[j % 2])
            elif f == "insulation_typed":   # 检测员 and the car owner
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车主", s["others_named"][0], "车辆", "纯电动出租车"], ["检测员", n, "班级", cl],
                                  ["结论", desc, "复核", t[j % 2]]], width="92%"))
            elif f == "inspect_typed":   # 操作者, 检验员, the master
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "试验台芯轴", "图号", "XZ-40-%02d" % (1 + j)], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 3]],
                                  ["企业师傅", s["others_named"][0], "日期", day(s, 30 + i)], ["外圆", "φ40h6", "%.3f" % (39.992 - 0.002 * i), "合格"]], width="92%") +
                             "<p>备注：%s</p>" % desc)
            elif f == "config_typed":   # 编写人
                parts.append('<h3>%s</h3><p>编写人：%s　　学号：%s　　%s</p>' % (title, n, sid, day(s, 30 + i)) +
                             tbl([["设备", "位置", "说明"], ["AP-%02d" % (1 + i), "冷库一区", "低温型"], ["SW-ACC-1", "分拣车间", "VLAN 10/20/30"]], width="86%") +
                             "<p>%s</p>" % desc)
            elif f == "detail_typed":   # 设计 and the shop manager
                parts.append('<h3>%s</h3><p>设计：%s（%s）　　店长确认：%s</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["屏次", "内容"], ["第1屏", "低糖黄桃大图"], ["第2屏", "产地与采摘"], ["第3屏", "配料表与生产日期"]], width="80%") + "<p>%s</p>" % desc)
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
        if f in ("line_photo", "line_photo2", "line_photo3"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "plain_photo":
            head = ["课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_scan150":
            head = ["课后作业", "> %s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "book_scan300":
            head = ["", "　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        elif f == "color_scan":
            head = ["课后练习", "姓名 %s　学号 %s" % (n, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"line_photo": "x-photo:200:2:zhenzhi", "line_photo2": "x-photo:200:1:zhenzhi", "line_photo3": "x-photo:200:3",
            "plain_photo": "x-photo:200:1", "hand_scan150": "x-scan:150:4", "book_scan300": "x-scan:300:1:sesame",
            "color_scan": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("明远 一帆 嘉禾 泽远 雨辰 思齐 卓然 子骞 晏清 沐阳 一航 明哲 景瑞 晨希 启航 文博 浩博 天宇 浩然 佳豪 俊杰 梓轩 宇轩 浩宇 子豪 子健 "
           "博文 天乐 晨阳 梓航 俊熙 家豪 文轩 宇辰 昊天 明轩 一凡 奕博 铭轩 泽宇 皓然 振宇 思源 博远 晓宇 家乐 宏宇 国庆 德鑫 立新 志强 金鹏 "
           "沐宸 锦鹏 晟轩 奕航 梓睿 润泽 弘毅 旭东 国豪 磊 鑫 昊 航".split())


def sex_of(n):
    return "男" if n[1:] in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "duty_roster":   # a typed list with class officers and dormitory-free columns: 职务, 生源地
        towns = ["双塔街道", "码头镇", "松林店镇", "高官庄镇", "义和庄乡", "东仙坡镇", "刁窝乡", "豆庄镇"]
        duty = {0: "班长", 5: "团支书", 11: "学习委员", 17: "劳动委员", 26: "文艺委员"}
        rows = [trow([b(x) for x in ["序号", "学号", "姓名", "性别", "班级职务", "生源地"]], "1px 4px")]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), duty.get(j, ""), "涿州市" + towns[(j * 3) % 8]], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2>' % (s["school"], s["cls"]) + table(rows, width="84%") +
                "<p>班主任：%s　　共%d人　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "two_across_scan":   # a scanned two-across list: 1..h on the left, h+1..n on the right
        h = (len(k) + 1) // 2
        rows = [trow([b(x) for x in ["序号", "学号", "姓名", "性别"] * 2], "1px 4px")]
        for j in range(h):
            L = [str(j + 1), sid_of(s, k[j]), k[j], sex_of(k[j])]
            R = [str(h + j + 1), sid_of(s, k[h + j]), k[h + j], sex_of(k[h + j])] if h + j < len(k) else [""] * 4
            rows.append(trow(L + R, "1px 4px"))
        body = ('<h2 style="text-align:center">%s花名册</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                table(rows, width="96%") + "<p>班主任：%s　　　　合计%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "10pt", compact=True))
        man.append("roster.html\t%s花名册.pdf\tx-scanpdf:200\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-tenth held-out people corpus (testdata/heldout110), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 110)
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
            "class_size_on_form": s["size"], "form_count_text": form_count_text(s),
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
