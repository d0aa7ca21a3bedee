#!/usr/bin/env python3
"""Write the sources of the fifty-second held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 通辽
(Inner Mongolia), 玉树 (Qinghai, 玉树藏族自治州) and 万宁 (Hainan).

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
# every earlier corpus's truth file (heldout51 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 51)] + ["othertools"]

# surnames weighted by how often they stand in a class of the region (repeats = weight)
SURNAMES = {
    # 通辽: Han families from Shandong and Hebei settlers, Mongol families writing 包 白 宝 韩 吴 鲍 敖 as surname
    "tl": list("王王王王李李李张张张刘刘赵赵孙于高杨白吴郭周马徐邢"),
    # 玉树: Han and Hui staff families (most students have Tibetan names, below)
    "ys": list("李王马马韩张刘赵"),
    # 万宁: 陈 王 吴 林 符 李 黄 云 蔡 冯 邢 钟 卢 曾 莫 and the rare Hainan 羊 麦
    "wn": list("陈陈陈陈陈王王王王吴吴吴林林林符符符符李李黄黄黄云蔡冯邢钟卢曾莫羊麦"),
}
# Mongolian given names written as a whole in Chinese characters (with a 包/白/宝 … surname)
MONGOL_GIVEN = ("乌日娜 那日苏 其木格 苏日娜 格日勒 额尔敦 巴雅尔 阿拉坦 萨仁 斯琴 孟和 乌力吉 "
                "图雅 敖登 朝鲁 哈斯 塔娜 宝力道 吉日嘎拉 萨如拉 额日和 呼和 诺敏 阿如罕").split()
# Tibetan names of 玉树: first part + second part, four characters, no surname
TIB_A = "才仁 扎西 尼玛 索南 昂文 尕玛 江永 仁青 达哇 更尕 公保 旦增 求吉 巴桑 文扎".split()
TIB_B = "多杰 卓玛 拉毛 措毛 旺姆 求培 文德 巴丁 永措 达杰 桑周 加措 曲珍 拉姆 东周 松保 周措".split()
# Han given names of students born about 2007-2009 (a list of this corpus)
GIVEN2 = ("浩宇 欣悦 子豪 雨彤 俊熙 梓涵 宇轩 佳怡 博远 思琪 家乐 雅琳 文博 梦琪 志航 可欣 昊然 诗雨 晨曦 婉婷 "
          "嘉豪 宏博 若彤 一凡 海峰 静雯 天宇 紫萱 锦涛 心怡 明哲 佳慧 振华 慧琳 鑫宇 晓雯 泽楷 冰冰 凯瑞 丹阳 "
          "建宇 新颖 国栋 美玲 永康 秀娟 春阳 玉洁 德胜 金凤 少华 丽娜 立伟 雪梅 东旭 晓燕 俊辉 小芳 伟杰 艳红").split()
GIVEN1 = list("磊鑫婷杰琳悦强慧")


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
TAKEN = set()


def near(a, b):
    """One character apart at the same length, or one a part of the other."""
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE


def draw_one(rng, region):
    if region == "ys" and rng.random() < 0.7:
        return rng.choice(TIB_A) + rng.choice(TIB_B)
    if region == "tl" and rng.random() < 0.22:
        sur, giv = rng.choice("包包白宝韩敖鲍"), rng.choice(MONGOL_GIVEN)
        return sur + giv if sur != giv[0] else "包" + giv
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


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
 "mutton": dict(major="烹饪(中式烹调)", code="0501", course="草原风味菜肴制作", task="牧家宴手把肉蒸煮与蒙式奶茶熬制",
   hours=16, station="中式烹调一体化学习工作站",
   situation="通辽市郊一家牧家乐饭庄每到秋季接待自驾游客人，招牌是清水手把肉和现熬的蒙式奶茶。饭庄厨师长请烹饪班学员按十桌的订单备料，分解羊肉、冷水下锅煮制并控制火候，熬制奶茶，调配蘸料，出品后按饭庄的标准装盘，并核算每桌的成本。",
   qs=[("问题1 手把肉为什么要冷水下锅？", ["冷水下锅让血水慢慢析出，撇去浮沫后汤清，肉也不发柴。", "血水慢慢出来，汤清。", "肉不发柴。"]),
       ("问题2 熬奶茶时砖茶、牛奶和盐的先后顺序是什么？", ["先把砖茶敲碎煮出茶色，再兑入鲜奶，开锅后加少许盐，最后放炒米和奶皮。", "先煮茶，再加奶，后放盐。", "最后放炒米奶皮。"])],
   hw=[("1. 羊肉煮制时间怎样判断？", ["用筷子能轻松扎透，骨肉稍能分离，一般一小时左右。", "筷子能扎透。", "约一小时。"]),
       ("2. 手把肉的蘸料一般怎样调？", ["韭菜花酱、蒜泥加少量酱油和醋，也有只蘸盐的吃法。", "韭菜花加蒜泥。", "也可以蘸盐。"])],
   outputs=[("清水手把肉", "肋排分解成一掌长，出品色白不柴"), ("蒙式咸奶茶", "茶汤橙红，奶香浓"), ("炒米奶皮拼盘", "炒米酥脆，奶皮完整")]),
 "brake": dict(major="汽车维修", code="0403", course="汽车底盘制动与防抱死系统检修", task="农用皮卡制动拖滞与ABS报警灯常亮故障检修",
   hours=18, station="汽车维修一体化学习工作站",
   situation="秋收时节，一位种玉米的农户开着皮卡来到校企合作的维修站，说车跑一段路后右前轮发烫、仪表上ABS灯一直亮着。维修站技术主管请汽修班学员接车问诊，用诊断仪读取故障码，检查制动分泵、导向销和轮速传感器，排除故障后路试，并填写维修工单。",
   qs=[("问题1 制动拖滞会有哪些表现？", ["车辆滑行距离变短，单个车轮发烫，有焦糊味，油耗升高。", "车轮发烫，有焦糊味。", "滑行距离短。"]),
       ("问题2 ABS灯常亮首先要做什么？", ["先用诊断仪读取故障码和数据流，看是哪一个轮速传感器信号异常。", "读故障码。", "看轮速传感器数据流。"])],
   hw=[("1. 导向销卡滞怎样处理？", ["拆下导向销清洗锈迹，检查防尘套，涂耐高温润滑脂后装回。", "清洗后涂润滑脂。", "检查防尘套。"]),
       ("2. 轮速传感器间隙过大会怎样？", ["信号变弱，车速低时ABS电脑收不到信号，就会报故障。", "信号弱，报故障。", "低速收不到信号。"])],
   outputs=[("制动系统检测报告", "右前分泵导向销锈蚀卡滞"), ("ABS故障诊断记录", "右前轮速传感器信号缺失"), ("竣工路试记录", "四轮温度正常，ABS灯熄灭")]),
 "astragalus": dict(major="中药", code="1301", course="根及根茎类饮片炮制", task="黄芪蜜炙与防风切片饮片炮制",
   hours=16, station="中药炮制一体化学习工作站",
   situation="通辽一家中药饮片厂接到医院药房的订单，需要蜜炙黄芪和防风饮片各五十公斤。生产部请中药班学员按炮制规范领料净选，黄芪切厚片后用炼蜜拌润、文火炒至不粘手，防风润透切片干燥，并填写批生产记录，交质量部检验。",
   qs=[("问题1 炼蜜为什么要先加适量开水稀释？", ["稀释后蜜能均匀地包裹每一片药材，闷润时更容易吸进去。", "让蜜拌得均匀。", "容易吸进去。"]),
       ("问题2 蜜炙黄芪的成品标准是什么？", ["表面深黄色，有光泽，略带焦斑，味甜，不粘手。", "深黄有光泽，不粘手。", "味甜，略有焦斑。"])],
   hw=[("1. 防风为什么要润透后再切？", ["干防风直接切容易碎，润透后切片完整，片形好看。", "不润透会切碎。", "片形完整。"]),
       ("2. 炮制时火候过大会怎样？", ["蜜容易焦糊发苦，药材颜色发黑，影响药效，只能报废。", "会焦糊发苦。", "颜色发黑。"])],
   outputs=[("蜜炙黄芪批生产记录", "炼蜜用量为药材的百分之二十五"), ("防风切片记录", "厚片二至四毫米"), ("饮片质量自检记录", "水分低于百分之十二")]),
 "horse": dict(major="计算机动画制作", code="0306", course="节庆宣传二维动画制作", task="赛马节宣传二维动画角色设计与奔跑动作制作",
   hours=18, station="数字媒体一体化学习工作站",
   situation="每年夏天玉树都要办赛马节，当地文旅部门想在网上发布一段三十秒的二维动画预告片。文化传媒公司的项目主管请动画班学员设计骑手和赛马的角色，画出转面图，制作马匹奔跑的循环动作，配上背景和字幕，按时导出成片交给客户审看。",
   qs=[("问题1 马匹奔跑循环一般画几张关键帧？", ["一个完整的步伐循环先画四张关键帧，再加中间画，每秒十二张左右。", "四张关键帧。", "每秒十二张左右。"]),
       ("问题2 角色转面图要画哪几个角度？", ["正面、四分之三侧面、侧面和背面，让后面的动画保持造型一致。", "正面、侧面和背面。", "保持造型一致。"])],
   hw=[("1. 循环动作首尾为什么要能接上？", ["首尾那一帧一致，重复播放时才不会跳，看上去连贯。", "重复播放不跳。", "看起来连贯。"]),
       ("2. 导出成片前要检查什么？", ["分辨率、帧率、字幕有没有错字，以及声音和画面是否对齐。", "分辨率和帧率。", "字幕错字和音画同步。"])],
   outputs=[("骑手角色转面图", "四个角度比例一致"), ("赛马奔跑循环动画", "十二帧循环，首尾衔接"), ("预告片成片截图", "三十秒，一千零八十P")]),
 "plateau": dict(major="健康与社会照护", code="0529", course="高原社区老年慢病随访照护", task="高原社区老人血压血氧监测与上门随访",
   hours=14, station="社区照护一体化学习工作站",
   situation="玉树一个社区卫生服务站管理着八十多位患高血压的老人，海拔高，老人常有头晕和气短。站长请照护班学员跟随医生上门随访，为老人测量血压和血氧饱和度，询问服药和饮食情况，用老人听得懂的话讲解注意事项，并填写随访记录。",
   qs=[("问题1 测血压前老人要休息多久？", ["安静休息五分钟以上，测前半小时不喝茶、不吸烟、不运动。", "休息五分钟。", "不喝茶不吸烟。"]),
       ("问题2 血氧饱和度偏低时应怎样做？", ["让老人坐下休息，吸氧，再测一次，仍然偏低就及时告诉医生。", "坐下吸氧后复测。", "告诉医生。"])],
   hw=[("1. 高原老人饮食上要注意什么？", ["少放盐，酥油和肥肉要适量，多吃蔬菜，少量多餐。", "少盐少油。", "少量多餐。"]),
       ("2. 随访时发现老人自行停药怎么办？", ["问清停药原因，讲明擅自停药的危险，记录下来并报告医生。", "问原因，报告医生。", "讲明停药危险。"])],
   outputs=[("上门随访记录", "血压一百四十六比九十二"), ("血氧监测记录", "静息血氧百分之八十九"), ("健康指导记录", "已讲解低盐饮食")]),
 "surf": dict(major="饭店(酒店)服务", code="0504", course="度假酒店前厅接待", task="冲浪度假酒店散客入住接待与行李寄存服务",
   hours=14, station="前厅服务一体化学习工作站",
   situation="万宁日月湾一带冬季冲浪客多，一家度假酒店的前台常常同时来好几批带冲浪板的散客。前厅经理请酒店班学员在模拟前台完成预订核对、证件登记、押金收取和房卡制作，为客人寄存冲浪板和行李，介绍浪况和酒店设施，并处理延迟退房的请求。",
   qs=[("问题1 办理入住时要核对哪些信息？", ["客人姓名、证件、预订房型、入住天数和付款方式，与预订单一致才能制卡。", "姓名、证件和房型。", "入住天数和付款方式。"]),
       ("问题2 冲浪板寄存要注意什么？", ["检查板面有没有裂痕并当面记录，挂牌编号，放进专用板架，取板时凭牌领取。", "检查板面并挂牌。", "凭牌领取。"])],
   hw=[("1. 客人要求延迟退房怎样处理？", ["先查房态，次日没有预订的可以延迟到下午两点，超过时间按规定加收房费。", "先查房态。", "超时加收房费。"]),
       ("2. 为什么要向客人介绍浪况和安全旗？", ["让客人知道哪里可以下水，红旗时禁止冲浪，保证客人安全。", "保证安全。", "红旗禁止下水。"])],
   outputs=[("散客入住登记单", "预订房型海景大床房"), ("行李与冲浪板寄存登记表", "板长六尺二，板尾有划痕"), ("延迟退房处理记录", "同意延至十四时")]),
 "platform": dict(major="城市轨道交通运输与管理", code="0431", course="旅游旺季车站客运组织", task="环岛旅游列车站台乘降组织与节假日大客流引导",
   hours=16, station="轨道交通客运一体化学习工作站",
   situation="春节前后到万宁过冬的游客很多，车站站台上旅客拥挤，上下车时间紧。车站客运值班员请城轨班学员在实训车站模拟站台作业，按列车编组设置候车区，组织先下后上，用手持喇叭引导大客流，遇到旅客跌倒等突发情况按预案处置，并填写站台作业记录。",
   qs=[("问题1 站台乘降为什么要先下后上？", ["先让下车旅客下完，车门口才不会堵，上车更快，也不容易挤伤。", "车门口不堵。", "避免挤伤。"]),
       ("问题2 大客流时候车区怎样设置？", ["按车厢号在站台上划出候车区，用隔离带分开排队，并派人在楼梯口分流。", "按车厢号划候车区。", "楼梯口分流。"])],
   hw=[("1. 列车关门前站台人员要做什么？", ["确认车门附近没有旅客抢上抢下，向司机显示好了信号。", "确认没有抢上抢下。", "显示好了信号。"]),
       ("2. 旅客在站台跌倒怎样处置？", ["先停止该门乘降，询问伤情，必要时呼叫救护，报告值班站长并做好记录。", "停止乘降，问伤情。", "报告并记录。"])],
   outputs=[("站台作业记录", "候车区按十六节编组设置"), ("大客流引导记录", "客流高峰一千二百人"), ("突发事件处置记录", "旅客跌倒一人，已送医")]),
}

TITLES = ["讲师", "高级讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="通辽市西辽河技工学校", pack="gbkzip", region="tl", course="mutton", cls="烹饪2403班", size=37, seed=11,
         sidp="24150103", students=["包乌日娜", "郭晨曦", "敖其木格"], others_named=[],
         teachers=["白银花", "赵立军"], form_count="37",
         f8="info_grid", f10="weighted_eval", f11="dish_card", f12="photo_hw", findings=[],
         comment="clean. Item 10 (TYPED) is a 学生评价表 with 自评(20%) 互评(30%) 师评(50%) and 综合得分 = the weighted sum "
                 "(rounded), 37 rows = form `37`. Item 8 (scanned 200 dpi gray, a tea-cup stain): a bordered 2x4 info grid "
                 "(姓名 班级 学号 组别). Item 11 (NEW: colour phone photos of printed result pages, a 菜品展评卡 card stuck on each "
                 "dish photo at a slant, `制作：<name>`). No roster"),
    dict(school="通辽市西辽河技工学校", pack="gbkzip", region="tl", course="brake", cls="汽修2402班", size=40, seed=12,
         sidp="24150204", students=["张宏博", "白那日苏", "孙海峰"], outsiders={"孙海峰": "汽修2401班"}, out_sidp="24150203",
         extra_class=["于东旭"], bad={"于东旭": "sum"}, others_named=["刘长贵"],
         teachers=["高守田", "包福山"], form_count="40",
         f8="work_order", f10="hand_filled", f11="report_typed", f12="wenkai_page",
         findings=[("students.not_in_class", 8, True, "孙海峰"), ("records.invalid_score", 10, False, "于东旭")],
         comment="孙海峰 of the parallel class 汽修2401班 (his class and 学号 on his work order, typed report and homework) is "
                 "the third student of 8/11/12; item 10 (40 rows = form `40`) has no record of him: students.not_in_class. "
                 "Item 10 (scanned 250 dpi gray): a printed register with the names typed and every score FILLED IN BY HAND; "
                 "于东旭's hand-written 总分 is 6 below the sum of his parts: records.invalid_score. Item 8 (scanned 250 dpi "
                 "gray, dust on the glass): a 维修工单 with the customer 刘长贵 (not a student). No roster"),
    dict(school="通辽市西辽河技工学校", pack="gbkzip", region="tl", course="astragalus", cls="中药2401班", size=41, seed=13,
         sidp="24150301", students=["王歆玥", "鲍斯琴", "李晓雯"], extra_class=["韩塔娜"], absent_from_10=["韩塔娜"],
         teachers=["杨丽华", "周海军"], form_count="41", roster="plain_list", headteacher="吴淑芬",
         f8="head_row", f10="plain_remark", f11="batch_typed", f12="workbook",
         findings=[("records.missing_student", 10, False, "韩塔娜"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生名单, 41) and the form (`学生人数 | 41`) hold 韩塔娜; item 10 (TYPED) has 40 rows and "
                 "none for her: records.missing_student and records.count_mismatch. Item 12 (NEW: a printed 同步练习册 page "
                 "photographed by phone, `班级＿ 姓名＿ 得分＿` in the book's running head, a thumb at the edge)"),
    dict(school="玉树市通天河技工学校", pack="dir", region="ys", course="horse", cls="动画2401班", size=36, seed=21,
         sidp="24630306", students=["尼玛措毛", "马福全", "更尕求培"], items={11: ["尼玛措毛", "马福全"]},
         extra_class=["公保达杰"], bad={"公保达杰": "over"}, roster="photo_grid", headteacher="李秀英",
         teachers=["昂文才仁", "王振国"], form_count="36人",
         f8="digit_boxes", f10="two_row_head", f11="work_info", f12="photo_hw2",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "公保达杰")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (typed 作品信息 pages) holds the work of only TWO students, 尼玛措毛 and 马福全 (更尕求培's is "
                 "missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. Item 10 (scanned 200 "
                 "dpi gray) has a two-row head; 公保达杰 has 33 under `动作制作(30)` (总分 the sum): records.invalid_score. "
                 "Item 8 (NEW: the 学号 written one digit per printed box). Roster (NEW): a 学生信息卡 PHOTO GRID, six ID-photo "
                 "boxes a row with 姓名 and 学号 under each, 36"),
    dict(school="玉树市通天河技工学校", pack="dir", region="ys", course="plateau", cls="照护2402班", size=38, seed=22,
         sidp="24630529", students=["索南曲珍", "韩雪梅", "文扎旺姆"], items={12: ["索南曲珍", "韩雪梅", "达哇周措"]},
         extra_class=["达哇周措"], others_named=["桑丁"],
         teachers=["扎西尼玛", "赵玉兰"], form_count="38人",
         f8="fax_line", f10="station_sign", f11="followup_typed", f12="photo_hw",
         findings=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos) holds the homework of 索南曲珍, 韩雪梅 and classmate 达哇周措 (with an item-10 record) "
                 "instead of 文扎旺姆's (items 8 and 11 hold the three): students.mismatch. Item 10 (scanned 250 dpi gray): three "
                 "考核站, each with its score and the 考官's initials by hand. Item 11 typed 随访记录 naming the resident 桑丁 "
                 "(not a student). Item 8: 1-bit fax-like scan. No roster"),
    dict(school="万宁市东山岭技工学校", pack="zip", region="wn", course="surf", cls="酒店2401班", size=41, seed=31,
         sidp="24690504", students=["符俊辉", "羊美玲", "陈雨彤"], extra_class=["麦春阳"], absent_from_10=["麦春阳"],
         others_named=["周慕远"], teachers=["林秀珍", "吴德明"], form_count="41人",
         f8="corner_box", f10="platform_export", f11="regcard_typed", f12="hand_page",
         findings=[("records.count_mismatch", 10, False)],
         comment="item 10 (NEW: a 职教云 course-grade export printed and scanned 200 dpi gray, a diagonal platform watermark, "
                 "weighted columns 签到(10%) 课堂活动(20%) 作业(30%) 考核(40%) and 总成绩 with one decimal) lists 40; the "
                 "form says `41人`: records.count_mismatch (no roster). Item 11 typed registration cards naming the guest "
                 "周慕远 (not a student). Item 12 hand-written pages (UKai), a tea-cup stain"),
    dict(school="万宁市东山岭技工学校", pack="zip", region="wn", course="platform", cls="城轨2402班", size=40, seed=32,
         sidp="24690431", students=["黄博远", "云小芳", "蔡志航"], items={12: ["黄博远", "云小芳", "蔡志航", "邢静雯"]},
         extra_class=["邢静雯", "冯立伟"], bad={"冯立伟": "sum"},
         teachers=["钟国平", "卢海英"], form_count="40人",
         f8="plain_line", f10="max_row", f11="duty_grid", f12="photo_hw2",
         findings=[("records.invalid_score", 10, False, "冯立伟"), ("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 10 (TYPED, a 满分 row under the head): 冯立伟's 总分 is 9 above the sum of his parts: "
                 "records.invalid_score. Item 12 (phone photos, a thumb at the edge) holds the homework of FOUR students: the "
                 "three and classmate 邢静雯 (with an item-10 record): students.count on 12; students.mismatch optional. "
                 "Item 11 (NEW): a 站台排班表 grid (days x posts, the three students' names in the cells) before their "
                 "作业记录. Item 8: plain `班级＿ 学号＿ 姓名＿` line, scanned 200 dpi gray with dust on the glass"),
]

PROVINCE = {1: "内蒙古自治区通辽市", 2: "青海省玉树藏族自治州玉树市", 3: "海南省万宁市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CNUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 通辽: "（八）工作页.pdf"
        return "（%s）%s.pdf" % (CNUM[n], NAMES[n])
    if g == 2:   # 玉树: "附件3-8 学习工作页-动画2401班.pdf"
        return "附件3-%d %s-%s.pdf" % (n, NAMES[n], s["cls"])
    return "%s_%02d_%s.pdf" % (s["cls"], n, NAMES[n])   # 万宁: "城轨2402班_08_工作页.pdf"


def form_name(s, c):
    return {1: ("工学一体化优质课堂申报书.docx", "docx"),
            2: ("申报书-%s.pdf" % c["course"], "pdf"),
            3: ("%s优质课堂申报书.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


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
BLUE, BLACK = "#22306a", "#161616"
RED = 'style="font-family:\'AR PL UKai CN\';color:#bf2418;font-size:13pt"'


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


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担工作"]] + [[n, TITLES[(i + s["seed"]) % 5], "负责人" if i == 0 else "主讲教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 通辽: one label/value a row, 学生人数 a bare number
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", str(c["hours"])), ("教学场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 玉树: two pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", str(c["hours"]))],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    else:   # 万宁: 授课对象 "班级（人数）"
        rows = [("专业（代码）", "%s　%s" % (c["major"], c["code"])), ("课程", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>学校名称（盖章）：{school}</p><p>课堂负责人：{lead}　　　联系电话：{tel}</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课团队</h3>{tm}
<h3>三、学习任务来源</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>本课堂以真实工作任务为载体，学生在教师引导下分组完成明确任务、收集信息、制订计划、实施检查和评价反馈各环节，教师在关键环节示范讲解，企业技术人员参与成果验收。</p>
<h3>五、特色与成效</h3><p>学习任务来自{prov}本地企业的生产服务一线，学生完成的成果经企业确认可以直接使用。</p>
<h3>六、诚信承诺</h3><p>我校承诺所报材料均为本校教师和学生原创，内容真实。</p><p style="text-align:right">2025年2月{d}日</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 37),
        d=6 + s["seed"] % 17, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化稿）\n一、课程性质\n{major}专业的工学一体化课程，依据国家课程标准并结合{prov}行业企业岗位要求编写。\n二、学习任务\n“{task}”，{hours}学时。\n三、评价方式\n过程评价与成果评价相结合，企业人员参与评价。",
    2: "{school}\n学习任务分析表\n任务名称：{task}\n任务描述：{situation}\n工作流程：明确任务—制订计划—实施作业—检查验收—评价反馈",
    3: "{school}\n{task}　教学活动策划表\n学习活动1　明确任务与收集信息\n学习活动2　制订并审定计划\n学习活动3　实施作业与过程检查\n学习活动4　成果验收与总结评价",
    4: "{school}\n{course}　教学进度表\n共{hours}学时\n第1—2次课　明确任务\n第3—4次课　制订计划\n第5—7次课　实施作业\n第8次课　验收评价",
    5: "{school}\n{task}　教学活动方案\n一、教学目标\n二、教学重难点\n三、教学过程：情境导入、引导问题、分组实施、展示评价",
    6: "{school}\n学习任务资源清单\n工作页、作业指导书、行业标准、教学视频、{station}设备及耗材。",
    7: "{school}\n{station}说明\n工作站分为信息收集区、计划决策区、实施操作区和展示评价区。",
    9: "{school}\n{task}　考核方案\n过程考核与成果考核各占一定比例，成绩记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 9分", "√ 全面", "√ 8分", "√ 清楚", "√ 10", "√ 可以"])


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
        return s["out_sidp"] + "22"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>任务情境：</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅教师：%s</p>' % (RED, ["完成较好", "书写认真", "思路清楚", "继续努力"][i % 4], t[0])
        if f == "info_grid":   # a bordered 2 x 4 info grid
            grid = tbl([["姓　名", hand(n, True), "班　级", hand(cl, True)], ["学　号", hand(sid, True), "组　别", hand("第%s组" % "一二三四"[i % 4], True)]],
                       width="100%", pad="5px 4px")
            body = title + grid + sit + answers(c, rng, i) + comment
        elif f == "work_order":   # a repair work order: 维修人 and the customer
            wo = tbl([[("<b>维修工单</b>　工单号 WX24%04d" % (517 + i), ' colspan="4"')],
                      ["客户姓名", s["others_named"][0], "车　型", "双排座皮卡"],
                      ["进厂里程", "%d km" % (86420 + 1317 * i), "进厂日期", hand(day(s, i)[5:], True)],
                      ["维修人", hand(n, True), "班级/学号", hand("%s %s" % (cl, sid), True)]], width="100%", pad="3px 4px")
            body = wo + title + sit + answers(c, rng, i) + comment
        elif f == "head_row":   # a bordered head row 姓名 | 班级 | 学号 | 日期
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid[-2:], True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "digit_boxes":   # the 学号 written one digit per printed box
            boxes = "".join('<td style="border:0.75pt solid #000;width:0.75cm;height:0.8cm" align="center">%s</td>' % hand(x, True) for x in sid)
            head = ('<table style="border-collapse:collapse"><tr><td style="padding:2px 8px">学号</td>%s'
                    '<td style="padding:2px 8px">　姓名</td><td style="border:0.75pt solid #000;width:3.6cm" align="center">%s</td></tr></table>'
                    % (boxes, hand(n, True)))
            body = title + head + '<p>班级：%s　　指导教师：%s</p>' % (cl, "、".join(t)) + sit + answers(c, rng, i) + comment
        elif f == "fax_line":
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "corner_box":
            box = ('<table width="100%%"><tr><td></td><td width="42%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = box + title + '<p>班级：%s　　指导教师：%s　　%s</p>' % (cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "plain_line":
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"info_grid": "x-scanpdf:200:stain", "work_order": "x-scanpdf:250:dust", "head_row": "x-scanpdf:200",
            "digit_boxes": "x-scanpdf:200:stain", "fax_line": "x-scanpdf:200:mono", "corner_box": "x-scanpdf:200:color",
            "plain_line": "x-scanpdf:200:dust"}[f]
    font = {"work_order": "Noto Sans CJK SC", "digit_boxes": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def item10(s, c, rec, d):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教务科审核：＿＿＿＿</p>" % "、".join(t[:2])
    if f == "weighted_eval":   # 自评/互评/师评 weighted
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "自评<br/>(20%)", "互评<br/>(30%)", "师评<br/>(50%)", "综合得分", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b, m = rng.randint(78, 98), rng.randint(70, 95), rng.randint(62, 96)
            tot = int(0.2 * a + 0.3 * b + 0.5 * m + 0.5)
            g = "优" if tot >= 90 else "良" if tot >= 80 else "中" if tot >= 70 else "及格"
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(m), str(tot), g], pad))
        body = (head10(s, c, "学习任务学生评价表") + table(out) +
                "<p>说明：综合得分＝自评×20%＋互评×30%＋师评×50%（四舍五入取整）。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "hand_filled":   # a printed register, the scores filled in by hand
        parts = [("接车问诊", 10), ("故障诊断", 30), ("拆装检修", 30), ("路试验收", 20), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [hand(str(x), size="10.5pt") for x in v] + [hand(str(tot), size="10.5pt", ink=BLACK)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:250"
    if f == "plain_remark":
        parts = [("净选", 15), ("切制", 25), ("蜜炙", 35), ("质量检查", 15), ("记录填写", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            note = {0: "组长", 10: "组长", 20: "组长", 30: "组长"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), note], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "two_row_head":
        parts = [("出勤", 10), ("课堂表现", 10), ("工作页", 20), ("角色设计", 20), ("动作制作", 30), ("成片", 10)]
        h1 = '<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程评价（40分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>成果评价（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            if bad.get(n) == "over":
                v[4] = 33
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "station_sign":   # three stations, each a score and the examiner's initials
        st = [("测量血压", 40), ("测量血氧", 30), ("健康指导", 30)]
        ex = ["赵", "扎西", "白"]
        h1 = "<tr>%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                      td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                      "".join(td("<b>第%s站 %s(%d)</b>" % ("一二三"[j], a, m), ' align="center" colspan="2"', pad) for j, (a, m) in enumerate(st)),
                                      td("<b>总分</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>得分</b>", "<b>考官</b>"] * 3, pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, st)
            cells = [str(k + 1), sid_of(s, n), n]
            for j, x in enumerate(v):
                cells += [str(x), hand(ex[j], size="9pt", ink=BLACK)]
            out.append(trow(cells + [str(sum(v))], pad))
        body = head10(s, c, "技能考核分站记录表") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250"
    if f == "platform_export":   # a course-grade export of an online platform, printed, with its watermark
        hd = ["序号", "学号", "姓名", "签到(10%)", "课堂活动(20%)", "作业(30%)", "考核(40%)", "总成绩"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad, ' align="center" bgcolor="#e8edf3"')]
        for k, n in enumerate(rec):
            a, b, w, e = rng.choice([100, 100, 100, 95, 90]), rng.randint(60, 100), rng.randint(65, 98), rng.randint(55, 96)
            tot = 0.1 * a + 0.2 * b + 0.3 * w + 0.4 * e
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(w), str(e), "%.1f" % tot], pad))
        body = ('<p style="color:#3b6fb6"><b>职教云</b>　|　课程成绩导出</p><p>课程：%s　　班级：%s　　学习任务：%s</p>'
                '<p>导出时间：2024-12-%02d 16:42　　成绩权重：签到10%%、课堂活动20%%、作业30%%、考核40%%</p>'
                % (c["course"], s["cls"], c["task"], 20 + s["seed"] % 7) + table(out) +
                '<p>（本表由平台导出，打印后教师签字有效）　　任课教师签字：%s</p>' % hand(t[0], True, BLACK))
        ovl = [{"type": "text", "page": "all", "x": x, "y": y, "angle": -28, "size": 26, "runs": [["职教云 %s" % s["cls"], "gray"]]}
               for x, y in ((0.3, 0.22), (0.7, 0.45), (0.3, 0.68), (0.7, 0.9))]
        write(os.path.join(d, "10.html.ovl.json"), json.dumps({"pages": 0, "items": ovl}, ensure_ascii=False, indent=1))
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200"
    if f == "max_row":
        parts = [("站台准备", 15), ("乘降组织", 35), ("客流引导", 30), ("应急处置", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    parts = []
    if f == "dish_card":   # a result page per dish: a photo frame, a 展评卡 stuck on it
        ovl = []
        for i, n in enumerate(names):
            for j, (dish, desc) in enumerate(c["outputs"]):
                parts.append('<h3 style="text-align:center">成果展示：%s</h3>' % dish +
                             '<table width="100%%"><tr><td style="background:#c9c2b4;height:11cm" align="center">'
                             '<span style="color:#8a8377">（成品照片）</span></td></tr></table>'
                             '<p>制作要点：%s。</p><p>出品时间：%s　　评委：%s</p>' % (desc, day(s, 30 + i), t[j % 2]))
                ovl.append({"type": "sticker", "page": 3 * i + j + 1, "x": 0.68, "y": 0.40, "angle": [-4, 3, -2][j], "size": 10,
                            "fill": "#fffdf2", "edge": "#b08f4a",
                            "lines": ["菜品展评卡", "编号：A-%02d" % (3 * i + j + 5), "菜名：%s" % dish, "制作：%s" % n,
                                      "班级：%s" % cls_of(s, n), "得分：%d" % (84 + (5 * i + 3 * j) % 13)]})
        write(os.path.join(d, "11.html.ovl.json"), json.dumps({"pages": len(parts), "items": ovl}, ensure_ascii=False, indent=1))
        return "11.html", html(PB.join(parts), font="Noto Sans CJK SC"), "x-scanpdf:200:color:photo"
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    if f == "duty_grid":   # a shift grid: days x posts, the students' names in the cells
        days = ["1月%d日" % (26 + k) for k in range(3)]
        posts = ["站台一端", "站台中部", "楼梯口分流"]
        rows = [["岗位"] + days]
        for p, post in enumerate(posts):
            rows.append([post] + [names[(p + k) % len(names)] for k in range(3)])
        parts.append('<h3 style="text-align:center">站台客运实训排班表</h3><p>班组：%s第二组　　值班员（教师）：%s</p>' % (s["cls"], t[0]) +
                     tbl(rows, width="90%", pad="6px 6px", bold=(0,)) + "<p>交接班时间：每日7:30、13:30。</p>")
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "report_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车辆", "双排座皮卡", "工单号", "WX24%04d" % (517 + i)], ["检测人", "%s（%s）" % (n, cl), "复核", t[j % 2]],
                                  ["项目", "标准", "实测", "结论"], ["右前制动盘温度", "≤80℃", "%d℃" % (112 - 30 * j), ["异常", "正常", "正常"][j]],
                                  ["右前轮速信号", "正弦波", ["无信号", "无信号", "正常"][j], ["异常", "异常", "正常"][j]]], width="92%") + "<p>结论：%s。</p>" % desc)
            elif f == "batch_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["品名", ["蜜炙黄芪", "防风", "蜜炙黄芪"][j], "批号", "2410%02d%d" % (i + 11, j)],
                                                          ["操作人", n, "复核人", t[j % 2]], ["班级", cl, "日期", day(s, 30 + i)],
                                                          ["投料量", "%d kg" % (10 + 2 * j), "成品量", "%.1f kg" % (9.1 + 1.8 * j)]], width="90%") +
                             "<p>备注：%s。</p>" % desc)
            elif f == "work_info":
                parts.append('<h3>%s</h3><p>作者：%s　　班级：%s　　完成日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["软件", "Animate 2022"], ["规格", "1920×1080，24帧/秒"], ["说明", desc + "。"], ["教师评价", ["造型准确", "动作流畅", "按时交付"][j]]],
                                 width="80%"))
            elif f == "followup_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["随访员", n, "班级", cl], ["随访对象", "%s（78岁，高血压）" % s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["项目", "结果", "处理", ""], ["血压", "%d/%d mmHg" % (146 - 3 * j, 92 - j), "复测", ""],
                                                          ["血氧", "%d%%" % (89 + j), "吸氧", ""]], width="90%") + "<p>小结：%s。　带教医生：%s</p>" % (desc, t[1]))
            elif f == "regcard_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["宾客姓名", s["others_named"][0], "证件类型", "居民身份证"],
                                                          ["房号", "%d" % (1206 + 2 * i + j), "入住/离店", "12月%d日—12月%d日" % (20 + i, 23 + i)],
                                                          ["接待员", n, "班级", cl], ["备注", desc, "主管", t[j % 2]]], width="92%"))
            elif f == "duty_grid":
                parts.append('<h3>%s</h3><p>记录人：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["时间", "车次", "上车人数", "下车人数"], ["09:12", "D7%03d" % (311 + j), str(186 + 7 * i), str(142 + 5 * j)],
                                  ["10:47", "D7%03d" % (318 + j), str(203 + 3 * j), str(157 + 4 * i)]], width="80%") + "<p>情况说明：%s。</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "workbook":   # a printed workbook page, the answers by hand, photographed
        pages = []
        for i, n in enumerate(names):
            run = ('<table width="100%%" style="border-bottom:1.2pt solid #000"><tr><td style="font-size:8.5pt">%s　同步练习册</td>'
                   '<td align="right" style="font-size:9.5pt">班级＿%s＿　姓名＿%s＿　得分＿%s＿</td></tr></table>'
                   % (c["course"], hand(cls_of(s, n), True), hand(n, True), hand(str(84 + 4 * i), True, "#bf2418")))
            qa = ""
            for qi, (q, a) in enumerate(c["hw"]):
                qa += '<p><b>%s</b></p><p style="border-bottom:0.5pt dotted #777">%s</p><p %s>%s</p>' % (q, hand(a[(i + qi) % 3]), RED, mark(rng))
            pages.append(run + '<p style="font-size:12pt"><b>任务三　%s</b></p><p style="font-size:9pt">【课后练习】</p>' % c["task"][:8] + qa +
                         '<p>&nbsp;</p><p style="text-align:center;font-size:9pt">— %d —</p>' % (37 + 2 * i))
        write(os.path.join(d, "12.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
        return "12.html", html(PB.join(pages), font="Noto Serif CJK SC"), "x-scanpdf:200:color:photo:thumb"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f == "photo_hw":
            head = ["%s　作业" % c["course"], "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "photo_hw2":
            head = ["课后作业", "> %s　%s　学号%s" % (cl, n, sid[-2:])]
        elif f == "wenkai_page":
            head = ["课后作业　%s" % c["task"][:8], "班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_page":
            head = ["%s课后练习" % c["course"], "姓名 %s　班级 %s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_hw": "x-photo:200:1:thumb", "photo_hw2": "x-photo:200:2:thumb", "wenkai_page": "x-scan:250:4",
            "hand_page": "x-scan:200:3:color:stain"}[f]
    if s["seed"] == 11:
        meth = "x-photo:200:1"
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "plain_list":
        rows = [["序号", "学号", "姓名", "性别", "民族", "职务"]]
        duty = {1: "班长", 6: "团支书", 13: "学习委员", 22: "劳动委员"}
        for j, n in enumerate(k):
            mz = "蒙古族" if (n[0] in "包白宝敖鲍韩" and len(n) > 2 and any(n[1:] == g for g in MONGOL_GIVEN)) else "汉族"
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "女"]), mz, duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="88%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　　合计：%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "photo_grid":   # an information card per student: an ID-photo box, name and number under it
        cells = []
        for j, n in enumerate(k):
            cells.append('<td style="border:0.75pt solid #000;padding:3px" align="center" width="16%%">'
                         '<table width="70%%"><tr><td style="background:#d5dbe2;height:2.3cm" align="center">'
                         '<span style="color:#8d96a0;font-size:7pt">照片</span></td></tr></table>'
                         '<p style="margin:2px 0 0 0;font-size:10pt">%s</p><p style="margin:0;font-size:7.5pt">%s</p></td>' % (n, sid_of(s, n)))
        rows = "".join("<tr>%s</tr>" % "".join(cells[i:i + 6]) for i in range(0, len(cells), 6))
        body = ('<h2 style="text-align:center">%s　学生信息卡</h2><p style="text-align:center">%s　2024级　班主任：%s</p>'
                % (s["cls"], s["school"], s["headteacher"]) + '<table style="border-collapse:collapse" width="100%%">%s</table>' % rows +
                "<p>本班共%d人。</p>" % len(k))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.2cm"))
        man.append("roster.html\t%s学生信息卡.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Fifty-second held-out people corpus (testdata/heldout52), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad:
        raise SystemExit("in an earlier corpus: %s" % " ".join(bad))
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT or w in EARLIER_FORMS:
                raise SystemExit("%s was used by an earlier corpus" % w)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    for i, a in enumerate(all_planted):
        for b in all_planted[i + 1:] + all_teachers + all_others:
            if near(a, b):
                raise SystemExit("planted %s is near %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 52)
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec, d)), (11, item11(s, c, items[11], d)),
                                  (12, item12(s, c, items[12], d))):
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
        fct = {1: "学生人数 | %s" % s["form_count"], 2: "班级人数 | %s" % s["form_count"],
               3: "授课对象 | %s（%s）" % (s["cls"], s["form_count"])}[grp(s)]
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
