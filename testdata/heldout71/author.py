#!/usr/bin/env python3
"""Write the sources of the seventy-first held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go (struct tags) was read;
classaudit was not run on it). Seven submissions of three invented schools in
冷水江 (Hunan, 娄底), 茫崖 (Qinghai, 海西) and 清镇 (Guizhou, 贵阳).

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
TD = os.path.join(HERE, "..")
# every earlier corpus with a truth file (heldout72, written at the same time, is not read)
EARLIER = sorted(d for d in os.listdir(TD)
                 if d not in ("heldout71", "heldout72") and os.path.isfile(os.path.join(TD, d, "truth.json")))

# surnames by region, weighted by repetition
SURNAMES = {
    # 冷水江 (娄底): 李 刘 陈 曾 谢 罗 周 彭 肖 and the 资江 families 袁 邹 龚 颜 伍 聂 戴 苏
    "lsj": list("李李李刘刘刘陈陈曾曾曾谢谢罗罗周周彭彭肖肖吴袁邹龚颜伍聂戴苏梁王张杨贺朱"),
    # 茫崖 (海西): Han 王 李 张 刘 赵 杨 陈, Hui 马 韩 冶 祁 沈 铁 喇, and whole Tibetan names below
    "my": list("王王李李张张刘赵杨陈马马马韩韩冶祁沈铁喇"),
    # 清镇 (贵阳): 王 李 张 刘 陈 杨 罗 吴 周 黄 赵 胡 宋 蔡, Buyi 班 韦 陆, Miao 龙 杨
    "qz": list("王王李李张张刘刘陈陈杨杨杨罗罗吴吴周黄赵胡宋蔡徐龙龙韦韦班陆谢"),
}
TIB1 = "才让 索南 多杰 扎西 旦增 桑杰 更登 尕藏 完玛 拉毛 华旦 万德 切吉 公保 南加".split()
TIB2 = "卓玛 措 吉 东智 才旦 加措 草 措毛 太 尖措 当周 卓嘎 仁青".split()
# given names: a new list, everyday names of the 2007-2009 births in the south-west and the plateau
GIVEN2 = ("向阳 卓航 芷若 锦华 秋雨 若曦 泽民 玉凤 金花 海燕 志远 佳琪 诗雨 文杰 俊辉 瑞阳 晓东 嘉欣 雅琪 鹏飞 "
          "丽娟 振宇 宇涛 翠萍 梦洁 家豪 浩东 昱彤 思琪 凯文 雨涵 明轩 子豪 小芳 春燕 晓梅 国栋 永康 天宇 金凤 "
          "艳玲 燕萍 俊峰 文静 建军 亚楠 晓燕 婉婷 佳欣 浩楠 伟豪 语桐 书瑶 梓豪 皓轩 一鸣 思雨 润泽 柯宇 晨阳").split()
GIVEN1 = list("航婕琦彬娜涛莉凯")


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
        with open(os.path.join(TD, d, "truth.json"), encoding="utf-8") as f:
            walk(json.load(f))
    readmes = []
    for d in EARLIER:
        p = os.path.join(TD, d, "README.md")
        if os.path.isfile(p):
            with open(p, encoding="utf-8") as f:
                for line in f:
                    if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                        break
                    readmes.append(line)
    return names, "\n".join(texts), "".join(readmes)


USED_BEFORE, EARLIER_TEXT, EARLIER_README = earlier_strings()
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
    if region == "my" and rng.random() < 0.3:
        return rng.choice(TIB1) + rng.choice(TIB2)
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sn = rng.choice(SURNAMES[region]) if not (region == "my" and rng.random() < 0.3) else None
        for _ in range(200):   # the surname is kept; only the given name is redrawn when a name is refused
            if sn is None:
                name = rng.choice(TIB1) + rng.choice(TIB2)
                if name[1] == name[2]:
                    continue
            else:
                name = sn + (rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2))
            if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
                continue
            names.append(name)
            break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "mech": dict(major="机电一体化技术", code="0127", course="冶炼辅助设备电气控制装调", task="锑品冶炼厂鼓风炉加料小车PLC与变频调速联动装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="冷水江一家锑品冶炼厂的鼓风炉靠加料小车沿斜桥往炉顶送料，原来的继电器控制经常卡在半坡。设备科请机电班学员改用PLC控制小车的上行、卸料、下行和等待，用变频器实现起停时的软加速，按图纸接线、编写程序、设定变频参数，完成空载和带载联动调试并填写调试记录。",
   qs=[("问题1 加料小车起动时为什么要用变频器软加速？", ["小车满载上坡，直接起动冲击电流大，钢丝绳也会猛地受力，软加速能减小冲击，延长电机和钢丝绳的寿命。", "减小起动冲击。", "保护钢丝绳和电机。"]),
       ("问题2 小车上行和下行为什么要做电气互锁？", ["防止上行和下行接触器同时吸合造成相间短路，PLC程序互锁之外还要在接触器线圈回路里做硬件互锁。", "防止两个接触器同时吸合短路。", "程序互锁加硬件互锁。"])],
   hw=[("1. 斜桥顶端为什么要装两个限位开关？", ["一个是正常停车限位，一个是极限限位，正常限位失灵时极限限位直接切断主回路，防止小车冲顶。", "一个正常限位一个极限限位。", "防止小车冲顶。"]),
       ("2. 变频器的加速时间设得太短会怎样？", ["电流过大，变频器会报过流故障停机，小车也会抖动。", "报过流故障。", "小车抖动。"])],
   outputs=[("加料小车I/O分配与接线记录", "输入十四点、输出九点。"), ("变频器参数设定记录", "加速时间四秒，减速时间三秒。"), ("空载与带载联动调试记录", "连续运行二十个循环无卡滞。")]),
 "care": dict(major="健康与社会照护", code="0529", course="术后老人居家康复照护", task="髋关节置换术后居家老人如厕转移与跌倒预防照护",
   hours=16, station="居家照护一体化学习工作站",
   situation="冷水江一个街道的居家养老服务中心接到转介，一位髋关节置换术后出院的老人独居在五楼，夜里起身如厕时差点摔倒。中心请照护班学员上门评估老人的活动能力和居家环境，制定如厕转移计划，在老人家里安装扶手和坐便增高器，指导老人安全转移，并教会老人的家属看护要点。",
   qs=[("问题1 髋关节置换术后老人坐便为什么要加增高器？", ["术后髋关节屈曲不能超过九十度，坐得太低关节弯曲过大，容易脱位。", "防止关节屈曲过大。", "坐太低容易脱位。"]),
       ("问题2 协助老人从床上坐起时照护员站在哪一侧？", ["站在老人患侧，一手扶肩、一手托住患腿，让老人用健侧手撑床慢慢坐起。", "站在患侧保护。", "托住患腿慢慢坐起。"])],
   hw=[("1. 夜间如厕跌倒的常见原因有哪些？", ["光线暗、地面湿滑、起身太快头晕，还有拖鞋不防滑。", "光线暗、地滑。", "起身太快头晕。"]),
       ("2. 怎样教家属检查居家环境？", ["看通道有没有杂物，夜灯亮不亮，卫生间有没有防滑垫和扶手。", "看通道和夜灯。", "卫生间要有扶手防滑垫。"])],
   outputs=[("如厕转移训练记录", "在扶手辅助下能独立完成转移。"), ("居家环境评估与改造建议", "卫生间加装扶手两处。"), ("家属指导记录", "家属能说出三条防跌要点。")]),
 "ev": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车低温充电系统检修", task="高原矿区纯电动通勤客车低温直流充电中断故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="茫崖一处盐湖矿区用纯电动客车接送倒班职工，入冬后夜里零下二十度，客车在直流充电桩上充电经常几分钟就中断。车队请新能源班学员做好高压安全防护，读取充电过程的故障码和电池温度数据，检查电池加热系统和充电口温度传感器，找出原因，排除故障后做充电验证，填写诊断报告。",
   qs=[("问题1 低温下充电桩为什么会先给电池加热再充电？", ["锂电池在零度以下大电流充电会析锂，损伤电池，所以电池管理系统先请求加热，温度升上来再充电。", "低温充电会析锂。", "先加热再充电。"]),
       ("问题2 读取充电中断的故障码后下一步做什么？", ["对照故障码查看冻结帧数据，看中断时的电池温度、单体电压和加热电流，再决定检查哪个部件。", "看冻结帧数据。", "看温度和加热电流。"])],
   hw=[("1. PTC加热器不工作可能有哪些原因？", ["加热继电器不吸合、熔断器熔断、PTC本体开路或者控制信号没有发出。", "继电器或熔断器坏。", "PTC开路。"]),
       ("2. 充电口温度传感器失效会有什么现象？", ["电池管理系统误判充电口过热，降功率或者直接中止充电。", "误判过热。", "中止充电。"])],
   outputs=[("充电中断故障诊断报告", "加热继电器触点烧蚀。"), ("电池加热系统检测记录", "PTC电阻正常，继电器不吸合。"), ("充电验证记录", "零下十八度完成充电，用时九十五分钟。")]),
 "auto": dict(major="汽车维修", code="0403", course="四驱传动系统检修", task="盐湖巡检皮卡车四驱分动器异响故障诊断与排除",
   hours=18, station="汽车维修一体化学习工作站",
   situation="茫崖一家盐化企业的巡检皮卡常年在盐碱路和戈壁上跑，司机反映切换四驱后车底有咔嗒异响，高速时还有嗡嗡声。维修站站长请汽修班学员接车问诊、路试确认异响，举升检查传动轴和分动器，放油查看金属屑，拆检分动器，更换磨损的链条和轴承，装复后路试验收。",
   qs=[("问题1 为什么要先放出分动器油查看？", ["油里的金属屑多少和形状能判断磨损部位，有大块碎屑说明齿轮或轴承已经损坏。", "看金属屑判断磨损。", "大块碎屑说明损坏。"]),
       ("问题2 盐碱路面对传动系统有什么影响？", ["盐碱会腐蚀油封和护套，油封老化漏油后分动器缺油磨损，所以要经常冲洗底盘。", "腐蚀油封。", "要常冲洗底盘。"])],
   hw=[("1. 分动器链条拉长会有什么现象？", ["切换四驱时有咔嗒声，行驶中有周期性的敲击声，严重时会跳链。", "咔嗒声。", "严重时跳链。"]),
       ("2. 装复分动器后为什么要路试？", ["确认异响消除、两驱四驱切换顺畅、没有漏油，才能交车。", "确认异响消除。", "确认不漏油。"])],
   outputs=[("分动器拆检记录", "链条伸长一点八毫米，超限。"), ("零件更换清单", "更换链条、输出轴轴承和油封。"), ("路试验收记录", "四驱切换顺畅，无异响。")]),
 "shop": dict(major="电子商务", code="0603", course="乡村文创产品网店运营", task="红枫湖苗绣文创网店新品上架与客服售后",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="清镇红枫湖边一个苗寨的绣娘合作社做了一批苗绣书签、杯垫和布包，想在网上开店销售。合作社请电商班学员拍摄商品图片，撰写标题和详情页，在网店后台完成新品上架，设置运费模板和优惠券，上新后轮班做客服，回复买家咨询并处理退换货。",
   qs=[("问题1 苗绣商品的标题要包含哪些关键词？", ["品类、工艺、用途和地域，比如苗绣、手工、书签、送礼、贵州，再加上材质。", "品类、工艺、用途、地域。", "苗绣、手工、送礼。"]),
       ("问题2 买家问“是不是机绣”时客服怎样回答？", ["如实说明是绣娘手工刺绣，附上绣娘刺绣的过程图，说明手工品每件花纹略有差别。", "说明是手工刺绣。", "附上刺绣过程图。"])],
   hw=[("1. 运费模板为什么要区分偏远地区？", ["偏远地区快递成本高，单独设运费，避免亏本。", "偏远地区成本高。", "避免亏本。"]),
       ("2. 买家收到货说颜色和图片不一样怎样处理？", ["先致歉，请买家拍照对比，说明拍摄光线的差别，买家不满意就按七天无理由退换。", "先致歉再拍照对比。", "七天无理由退换。"])],
   outputs=[("新品上架记录", "上架书签、杯垫、布包共十二个商品。"), ("运费模板与优惠券设置记录", "满九十九元包邮。"), ("客服接待与售后登记", "接待咨询四十三次，退换两单。")]),
 "cook": dict(major="烹饪(中式烹调)", code="0501", course="黔味热菜制作", task="清镇酸汤鱼与糟辣脆皮鱼黔味热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="清镇一家黔菜馆承接了一场三桌的家宴，点名要红酸汤鱼和糟辣脆皮鱼两道招牌菜。厨师长请烹饪班学员读懂宴席预订单，领料、初加工鲫鱼和草鱼，熬制红酸汤、炒制糟辣酱，按出菜顺序完成两道热菜的烹制和装盘，并做成本核算和出品小结。",
   qs=[("问题1 红酸汤为什么要用毛辣角和木姜子？", ["毛辣角是野生小番茄，发酵后酸味醇厚；木姜子有独特的清香，能去鱼腥，是黔味酸汤的特色。", "毛辣角发酵酸味醇厚。", "木姜子去腥增香。"]),
       ("问题2 脆皮鱼拍粉炸制时怎样控制油温？", ["第一次六成油温炸定型，第二次七八成油温复炸，外皮才酥脆。", "六成定型、七八成复炸。", "两次炸制。"])],
   hw=[("1. 糟辣椒是怎样制作的？", ["鲜红辣椒剁碎，加姜、蒜和盐拌匀，装坛密封发酵半个月。", "辣椒加姜蒜盐发酵。", "密封发酵半个月。"]),
       ("2. 宴席出菜顺序怎样安排？", ["先冷菜后热菜，热菜先鱼后汤，招牌菜放在中间上，最后上主食和甜品。", "先冷后热。", "招牌菜在中间上。"])],
   outputs=[("宴席预订单与出品记录（红酸汤鱼）", "三桌按时出品。"), ("糟辣脆皮鱼制作记录", "复炸油温一百八十度。"), ("成本核算单", "每份成本四十六元。")]),
 "herb": dict(major="中药", code="1301", course="中药饮片调剂", task="杜仲与吴茱萸饮片处方调剂与装斗复核",
   hours=16, station="中药调剂一体化学习工作站",
   situation="清镇一家中医馆的中药房新进了一批杜仲、盐杜仲和制吴茱萸饮片，要验收后装进药斗，并按医师处方调剂。药房主任请中药班学员按处方笺审方、计价、调配和复核，核对饮片的炮制规格，装斗前检查斗谱位置，调剂后填写调剂记录。",
   qs=[("问题1 盐杜仲和生杜仲怎样区分？", ["盐杜仲表面焦黑色，折断时胶丝减少、容易断，略有咸味；生杜仲断面白色胶丝多。", "盐杜仲焦黑、有咸味。", "生杜仲胶丝多。"]),
       ("问题2 吴茱萸为什么要用制吴茱萸入药？", ["生吴茱萸有小毒，用甘草汤炮制后降低毒性，缓和辛燥之性。", "生品有小毒。", "甘草汤炮制减毒。"])],
   hw=[("1. 调剂时“一方多剂”怎样分剂量？", ["按等量递减法逐剂分称，每剂误差不超过百分之五。", "等量递减，误差百分之五以内。", "逐剂分称。"]),
       ("2. 装斗前要核对哪些内容？", ["品名、规格、炮制方法、批号和斗谱位置，防止错斗和混斗。", "品名、规格、批号。", "防止错斗混斗。"])],
   outputs=[("饮片入库验收记录", "杜仲片厚度二至三毫米，合格。"), ("处方调剂记录", "调剂处方十二张，复核无差错。"), ("装斗复核记录", "吴茱萸装入第七排三号斗。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="冷水江市资江技工学校", pack="dir", region="lsj", course="mech", cls="机电2402班", size=40, seed=11,
         sidp="24130127", students=["曾向阳", "谢卓航", "彭芷菁"], items={12: ["曾向阳", "谢卓航"]},
         extra_class=["龚俊辉"], bad={"龚俊辉": "over"}, others_named=["伍建华"],
         teachers=["肖国强", "颜丽华"], form_count="40人",
         f8="header_table", f10="six_step", f11="plc_typed", f12="photo_glued",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "龚俊辉")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, each homework sheet glued into an exercise book) holds the homework of only TWO students, "
                 "曾向阳 and 谢卓航 (彭芷菁's is missing; 8 and 11 hold the three): students.count on 12; students.mismatch "
                 "optional. Item 10 (TYPED) is a SIX-STEP register: one column per step of the 工学一体化 cycle (获取信息(10) "
                 "制定计划(15) 做出决策(10) 实施计划(40) 过程控制(15) 评价反馈(10)); 龚俊辉 has 46 under 实施计划(40) (总分 the "
                 "sum): records.invalid_score. Item 11: typed 调试记录 naming the plant's electrician 伍建华 (设备科, not a "
                 "student). No roster"),
    dict(school="冷水江市资江技工学校", pack="dir", region="lsj", course="care", cls="照护2302班", size=41, seed=12,
         sidp="23130529", students=["邹若曦", "聂雨涵", "陈诗蔓"], extra_class=["袁沁瑶"], absent_from_10=["袁沁瑶"],
         others_named=["苏桂英", "刘德明"], teachers=["戴红霞", "梁志平"], form_count="41",
         roster="internship", headteacher="罗湘君",
         f8="blank_line", f10="plain_leave", f11="rehab_typed", f12="hand_page",
         findings=[("records.missing_student", 10, False, "袁沁瑶"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 顶岗实习分配名单: `序号 学号 姓名 性别 实习单位 带教老师 联系电话`, 41; each row names the care home's "
                 "nurse who mentors the student, not a student) and the form (`班级规模（人） | 41`) hold 袁沁瑶; item 10 "
                 "(scanned 250 dpi gray, a 备注 column with 组长/请假补考) has 40 rows and none for her: records.missing_student "
                 "and records.count_mismatch. Item 8 (1-bit 200 dpi): `姓名：＿ 班级：＿ 学号：＿` by hand and the elder 苏桂英 "
                 "named. Item 11: typed 康复训练记录 naming the elder 苏桂英 and her son 刘德明 (家属签字)"),
    dict(school="茫崖市花土沟技工学校", pack="gbkzip", region="my", course="ev", cls="新能2401班", size=38, seed=21,
         sidp="2463043501", students=["马瑞阳", "才让卓嘎", "冶文杰"], outsiders={"冶文杰": "新能2402班"}, out_sidp="2463043502",
         extra_class=["祁梦洁"], bad={"祁梦洁": "sum"},
         others_named=["沈长林"], teachers=["李永泰", "喇秀英"], form_count="38名", roster="subsidy", headteacher="赵玉芳",
         f8="corner_box", f10="stations", f11="diag_typed", f12="photo_glued2",
         findings=[("students.not_in_class", 8, True, "冶文杰"), ("records.invalid_score", 10, False, "祁梦洁")],
         comment="冶文杰 of the parallel class 新能2402班 (his class and 学号 on his worksheet, typed reports and homework) is the third "
                 "student of 8/11/12; item 10 (38 rows = form `38名` = roster) has no record of "
                 "him: students.not_in_class. Item 10 (scanned 200 dpi gray) is a STATION-ROTATION register (轮站考核): three "
                 "stations, the class in three 工位组 with a head row each, `第一站 电池包绝缘检测(30) 第二站 充电系统诊断(40) 第三站 "
                 "热管理检修(30) 总分`; 祁梦洁's 总分 is 7 above the sum: records.invalid_score. Roster: a 冬季取暖补贴发放名单 "
                 "(38, amount, bank-card tail, 签领). The 车队 driver 沈长林 is named on item 11"),
    dict(school="茫崖市花土沟技工学校", pack="gbkzip", region="my", course="auto", cls="汽修2401班", size=36, seed=22,
         sidp="2463040301", students=["张晓澍", "索南加措", "马鹏翔"], items={11: ["张晓澍", "索南加措", "杨佳欣"]},
         extra_class=["杨佳欣", "陈宇涛", "铁振宇"], absent_from_10=["铁振宇"], bad={"陈宇涛": "over"},
         others_named=["王占林"], teachers=["韩德胜", "刘春菡"], form_count="36",
         f8="plain_line", f10="two_row_head", f11="workorder_typed", f12="name_line_photo",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False),
                   ("records.invalid_score", 10, False, "陈宇涛")],
         comment="item 11 (TYPED 维修工单s, `维修人：<name>（<class>）`, the pickup's driver 王占林 as 送修人) holds the work of 张晓澍, "
                 "索南加措 and classmate 杨佳欣 (with an item-10 record) instead of 马鹏翔's (8 and 12 hold the three): "
                 "students.mismatch. Item 10 (scanned 200 dpi gray, a dusty SHOE PRINT on the sheet) lists 35; the form says "
                 "`学生人数（人） | 36`: records.count_mismatch (铁振宇 has no record; no roster). Two-row head 过程考核（40分）/"
                 "结果考核（60分）; 陈宇涛 has 35 under `拆检(30)` (总分 the sum): records.invalid_score"),
    dict(school="清镇市红枫湖技工学校", pack="zip", region="qz", course="shop", cls="电商2403班", size=39, seed=31,
         sidp="24520603", students=["班雅琪", "龙思黔", "韦明轩"], others_named=["杨秀芝"],
         teachers=["罗世平", "蔡晓玲"], form_count="39人",
         f8="chat_log", f10="weighted", f11="backend_shot", f12="hand_color",
         findings=[],
         comment="clean. Item 8 (colour scan 200 dpi): a printed CUSTOMER-SERVICE CHAT TRANSCRIPT at the top of each worksheet "
                 "(buyers by shop nickname, the cooperative's embroiderer 杨秀芝 quoted), the student only as `值班客服：<hand>` "
                 "with 班级/学号. Item 10 (TYPED): 总评 = 过程×40%＋结果×60% (one decimal, explained under the table), 39 rows = "
                 "form `39人`. Item 11: screenshots of the shop's back office (商品发布 page), `操作员：<name>` and 供货：杨秀芝"
                 "（绣娘）; no text layer. No roster"),
    dict(school="清镇市红枫湖技工学校", pack="zip", region="qz", course="cook", cls="烹饪2402班", size=37, seed=32,
         sidp="24520502", students=["吴家铎", "黄书瑶", "宋屹川"], others_named=["周世荣", "胡永贵"],
         teachers=["王德祥", "陆红英"], form_count="37人", other_class=("烹饪2401班", 35),
         f8="two_row_box", f10="two_classes", f11="banquet_order", f12="exercise_book",
         findings=[],
         comment="clean. Item 10 (TYPED) holds TWO classes' tables (合班授课): `一、烹饪2402班（37人）` with the class's 37 rows "
                 "(= form `37人`), then `二、烹饪2401班（合班授课，35人）` with the 35 students of the parallel class (not this "
                 "classroom's students; they are in notes.other_class_records). Item 11: typed 宴席预订单 and 出品记录 naming the "
                 "customer 胡永贵 (订餐人) and the head chef 周世荣. No roster"),
    dict(school="清镇市红枫湖技工学校", pack="zip", region="qz", course="herb", cls="中药2401班", size=40, seed=33,
         sidp="24521301", students=["李婉黎", "赵梓铭", "徐润声"], items={8: ["李婉黎", "赵梓铭", "徐润声", "张亚妮"]},
         extra_class=["张亚妮", "罗辰逸"], bad={"罗辰逸": "sum"}, others_named=["黄玉翠", "陈守仁"],
         teachers=["杨世禄", "周翠萍"], form_count="40人",
         f8="prescription", f10="max_row_grade", f11="intake_typed", f12="name_line_photo2",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "罗辰逸")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 dpi gray, a dusty SHOE PRINT on each sheet) holds FOUR worksheets: the three and classmate "
                 "张亚妮 (with an item-10 record): students.count on 8; students.mismatch optional. Each worksheet begins with a "
                 "printed 处方笺 naming the patient (黄玉翠) and the physician 陈守仁, the student only as `调配 <hand>`. Item 10 "
                 "(TYPED) has a `满分` row and a 等级 column; 罗辰逸's 总分 is 6 above the sum: records.invalid_score. No roster"),
]

PROVINCE = {1: "湖南省娄底市冷水江市", 2: "青海省海西蒙古族藏族自治州茫崖市", 3: "贵州省贵阳市清镇市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 冷水江: "附件3-8 工作页.pdf" (the attachment number before the item number)
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 茫崖: "8_工作页_汽修2401班.pdf" (underscores, the class last)
        return "%d_%s_%s.pdf" % (n, NAMES[n], s["cls"])
    return "%02d．%s.pdf" % (n, NAMES[n])   # 清镇: "08．工作页.pdf" (a full-width full stop)


def form_name(s, c):
    return {1: ("申报书（%s%s）.docx" % (s["school"], c["major"].split("(")[0]), "docx"),
            2: ("工学一体化优质课堂申报书_%s.pdf" % s["cls"], "pdf"),
            3: ("附件2：申报书-%s.docx" % c["task"][:8], "docx")}[grp(s)]


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
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 冷水江: 班级规模（人）, a bare number or 人
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级规模（人）", re.sub(r"\D", "", s["form_count"])), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    elif g == 2:   # 茫崖: 学生人数（人） in the four-column head
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("学生人数（人）", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    else:   # 清镇: class and size in one cell, the size in brackets
        rows = [("专业名称及代码", "%s　%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级（人数）", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生接受任务后分组收集资料，拟订工作计划，经教师审核后确定方案并实施，教师在实施中巡回指导、控制质量和安全，最后各组展示成果，开展自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在真实情境中完成任务，专业能力和职业素养都得到提升。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=5 + s["seed"] % 17, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程为{major}专业一体化课程，依据国家工学一体化课程标准，结合{prov}企业岗位要求转化。\n二、学习任务安排\n本学期实施“{task}”，{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析——{task}\n一、任务来源与描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}教学活动策划\n活动一　明确任务，收集信息\n活动二　制定计划，做出决策\n活动三　实施任务，过程控制\n活动四　检查验收，评价反馈",
    4: "{school}\n{course}教学进度计划（{hours}学时）\n第一周　明确任务，收集信息\n第二周　制定计划并审核\n第三周　实施任务\n第四周　检查验收与评价总结",
    5: "{school}\n{task}教学活动方案\n第一学时　创设情境，布置任务\n第二至四学时　引导问题学习\n其余学时　分组实施、巡回指导、成果展示与评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课、{station}设备和耗材清单。",
    7: "{school}\n{station}图文说明\n工作站设资讯区、计划区、实施区和评价展示区四个功能区。",
    9: "{school}\n{task}考核方案\n考核分过程考核与结果考核，成绩由任课教师记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 3 + (s["seed"] * 7 + k * 5) % 25)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
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
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "header_table":   # a bordered head row 姓名 | 班级 | 学号 | 日期
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 姓名/班级/学号 on underlined blanks; the elder named
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = (title + head + '<p>服务对象：%s（79岁，右髋关节置换术后第三周，独居）　　服务机构：资江街道居家养老服务中心</p>' % s["others_named"][0]
                    + sit + answers(c, rng, i) + comment)
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right
            box = ('<table width="100%%"><tr><td></td><td width="44%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = box + title + '<p>班级：%s　　指导教师：%s　　%s</p>' % (hand(cl, True), t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级＿ 学号＿ 姓名＿ line
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "chat_log":   # a printed customer-service chat transcript; the student only as 值班客服
            nick = ["山茶花开", "小鹿的杯垫", "tb_8827631", "贵阳吃货阿伟"][i % 4]
            chat = tbl([[("<b>客服接待记录（导出）</b>　店铺：红枫湖苗绣小铺　会话编号 S%06d" % (308411 + 37 * i), ' colspan="3" align="left"')],
                        ["14:%02d" % (2 + i), "买家 %s" % nick, "这个书签是手工绣的吗？会不会掉色？"],
                        ["14:%02d" % (3 + i), "客服", "亲，是合作社绣娘手工刺绣的，绣线是棉线，常温清水轻洗不掉色哦。"],
                        ["14:%02d" % (5 + i), "买家 %s" % nick, "图片是%s老师绣的那款吗？" % s["others_named"][0]],
                        ["14:%02d" % (6 + i), "客服", "是的，这款由%s老师绣制，每件花纹略有不同。" % s["others_named"][0]]],
                       width="100%", pad="2px 4px", align="left")
            who = '<p>值班客服：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = chat + who + title + sit + answers(c, rng, i) + comment
        elif f == "two_row_box":   # a two-row box 姓名/学号 | 班级/日期
            box = tbl([["姓　名", hand(n, True), "班　级", hand(cl, True)], ["学　号", hand(sid, True), "日　期", hand(day(s, i)[5:], True)]],
                      width="70%", pad="4px 6px")
            body = title + box + sit + answers(c, rng, i) + comment
        elif f == "prescription":   # a printed 处方笺 at the top; the student only as 调配
            rx = tbl([[("<b>清镇市红枫湖中医馆　处　方　笺</b>", ' colspan="6"')],
                      ["姓名", s["others_named"][0], "性别", "女", "年龄", "%d岁" % (58 + i)],
                      [("Rp：盐杜仲15g　续断12g　桑寄生15g　怀牛膝12g　制吴茱萸3g　炙甘草6g　×5剂", ' colspan="6" align="left"')],
                      ["医师", s["others_named"][1], "调配", hand(n, True), "核对", hand(t[1], True, BLACK)],
                      ["计价", "86.50元", "班级", hand(cl, True), "学号", hand(sid, True)]],
                     width="100%", pad="3px 4px")
            body = rx + title + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"header_table": "x-scanpdf:200:shoeprint", "blank_line": "x-scanpdf:200:mono", "corner_box": "x-scanpdf:200:color",
            "plain_line": "x-scanpdf:250", "chat_log": "x-scanpdf:200:color", "two_row_box": "x-scanpdf:200",
            "prescription": "x-scanpdf:200:shoeprint"}[f]
    font = {"chat_log": "Noto Sans CJK SC", "corner_box": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "six_step":   # one column per step of the six-step cycle
        parts = [("获取信息", 10), ("制定计划", 15), ("做出决策", 10), ("实施计划", 40), ("过程控制", 15), ("评价反馈", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 46
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录（按工作过程六步评价）") + table(out) +
                "<p>说明：按“获取信息—制定计划—做出决策—实施计划—过程控制—评价反馈”六个工作步骤分项评分，括号内为该步骤满分，总分100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "plain_leave":   # a plain table, 备注 with 组长 / 请假补考
        parts = [("沟通评估", 20), ("转移操作", 40), ("安全防护", 20), ("记录与指导", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            note = {3: "组长", 11: "组长", 19: "请假，补考", 24: "组长", 33: "组长"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), note], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250"
    if f == "stations":   # station-rotation: three 工位组, a head row each
        parts = [("第一站<br/>电池包绝缘检测", 30), ("第二站<br/>充电系统诊断", 40), ("第三站<br/>热管理检修", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        groups = [rec[0:13], rec[13:26], rec[26:]]
        order = ["一→二→三", "二→三→一", "三→一→二"]
        k = 0
        for gi, g in enumerate(groups):
            out.append('<tr><td colspan="7" style="border:0.75pt solid #000;padding:0px 6px;background:#eeeeee">%s组（轮站顺序：第%s站）</td></tr>'
                       % ("ABC"[gi], order[gi]))
            for n in g:
                k += 1
                v = part_scores(rng, parts)
                tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
                out.append(trow([str(k), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核记录（轮站考核）") + table(out) +
                "<p>说明：全班分A、B、C三个工位组，按表中顺序轮换三个考核站，每站由一名教师固定评分，总分＝三站得分之和。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200"
    if f == "two_row_head":   # a two-row head: 过程考核 / 结果考核 over their parts
        parts = [("出勤", 10), ("问诊", 15), ("路试", 15), ("拆检", 30), ("装复", 20), ("工单", 10)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>结果考核（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        h2 = trow(["<b>%s(%d)</b>" % p for p in parts], pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            if bad.get(n) == "over":
                v[3] = 35
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:shoeprint"
    if f == "weighted":   # 总评 = 过程×40% + 结果×60%
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程成绩<br/>(百分制)", "结果成绩<br/>(百分制)", "总评成绩"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(64, 97), rng.randint(60, 96)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), "%.1f" % (a * 0.4 + b * 0.6)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) +
                "<p>说明：过程成绩、结果成绩均按百分制评定；总评成绩＝过程成绩×40%＋结果成绩×60%，保留一位小数。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "two_classes":   # two classes' tables (合班授课)
        parts = [("原料加工", 20), ("酸汤熬制", 25), ("烹制装盘", 35), ("卫生规范", 20)]

        def block(names, sidp, cl):
            out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
            for k, n in enumerate(names):
                v = part_scores(rng, parts)
                out.append(trow([str(k + 1), sidp + "%02d" % (k + 1) if cl != s["cls"] else sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            return table(out)
        oc, on = s["other_class"]
        body = (head10(s, c, "学习任务考核记录（合班授课）") +
                "<p><b>一、%s（%d人）</b></p>" % (s["cls"], len(rec)) + block(rec, s["sidp"], s["cls"]) +
                "<p>%s共%d人。</p>" % (s["cls"], len(rec)) + PB +
                "<p><b>二、%s（合班授课，%d人）</b></p><p>（本学习任务两个班合班授课，%s成绩一并登记备查，不属本申报课堂。）</p>" % (oc, on, oc) +
                block(s["other_names"], s["sidp"][:-1] + "1", oc) + "<p>%s共%d人。</p>" % (oc, on) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "max_row_grade":   # a 满分 row under the head, 等级 beside the total
        parts = [("审方计价", 15), ("调配称量", 35), ("复核包装", 20), ("装斗核对", 20), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "等级"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>", ""], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>等级：90分及以上优秀，80—89分良好，60—79分合格。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    if f == "backend_shot":   # screenshots of the shop's back office
        parts = []
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<table width="100%%" style="border-collapse:collapse"><tr><td style="background:#ff5000;color:#fff;padding:6px 10px">'
                             '<b>卖家中心</b>　｜　红枫湖苗绣小铺　　　　操作员：%s（%s）　　退出</td></tr></table>' % (n, cls_of(s, n)) +
                             '<p style="color:#888">首页 ＞ 商品管理 ＞ %s</p><h3>%s</h3>' % (["发布商品", "运费模板", "售后管理"][j], title) +
                             tbl([["商品标题", "苗绣手工书签 贵州非遗刺绣 送老师礼物 %d号" % (i * 3 + j + 1)], ["类目", "文化创意 ＞ 书签"],
                                  ["价格", "%d.00元" % (29 + 10 * j)], ["库存", str(60 - 7 * i)], ["供货", "%s（绣娘，合作社）" % s["others_named"][0]],
                                  ["状态", "已上架　2024-11-%02d %02d:%02d" % (4 + i, 9 + j, 12 + 7 * i)]], width="92%", pad="4px 6px", align="left") +
                             "<p>备注：%s</p>" % desc)
        return "11.html", html(PB.join(parts), font="Noto Sans CJK SC"), "x-scanpdf:200:shot"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "plc_typed":   # a commissioning record: 调试人, the plant's electrician
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["项目", "要求", "实测", "结论"], ["上行加速时间", "4 s", "%.1f s" % (3.9 + 0.1 * i), "合格"],
                                  ["斜桥顶端停车位置", "±20 mm", "%d mm" % (6 + 3 * j), "合格"], ["连续循环", "20次", "20次", "合格"]], width="82%") +
                             "<p>%s</p><p>厂方确认：%s（设备科电工）　　指导教师：%s</p>" % (desc, s["others_named"][0], t[j % 2]))
            elif f == "rehab_typed":   # a rehabilitation training record: the elder and her son
                parts.append('<h3>%s</h3>' % title + tbl([["照护员", n, "班级", cl], ["服务对象", "%s（79岁）" % s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["训练项目", "辅助方式", "完成情况", "老人反应"],
                                                          ["床—轮椅转移", "扶手＋一人扶助", ["独立完成", "需提醒", "独立完成"][j], "无疼痛"],
                                                          ["坐便起坐", "增高器＋扶手", "完成%d次" % (5 + i), "稍累"]], width="92%") +
                             "<p>小结：%s</p><p>家属签字：%s　　　指导教师：%s</p>" % (desc, s["others_named"][1], t[j % 2]))
            elif f == "diag_typed":   # a diagnosis report: 诊断人, the fleet's driver
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车辆", "纯电动通勤客车（青H·D%04d）" % (2718 + 11 * j), "驾驶员", s["others_named"][0]],
                                  ["诊断人", "%s（%s）" % (n, cl), "审核", t[j % 2]],
                                  ["检测项目", "标准", "实测", "结论"], ["电池最低温度", "≥0 ℃", "%d ℃" % (-14 + j), "低"],
                                  ["加热继电器", "吸合", ["不吸合", "吸合", "吸合"][j], ["异常", "正常", "正常"][j]]], width="94%") + "<p>结论：%s</p>" % desc)
            elif f == "workorder_typed":   # a repair work order: 维修人 and the driver as 送修人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车型", "皮卡（四驱）", "车牌", "青H·%05d" % (31570 + 13 * j)], ["送修人", s["others_named"][0], "维修人", "%s（%s）" % (n, cl)],
                                  ["项目", "标准", "实测", "结论"], ["链条伸长", "≤1.0 mm", "%.1f mm" % (1.8 - 0.1 * i), "超限"],
                                  ["输出轴轴承", "无松旷", "松旷", "更换"]], width="92%") + "<p>%s　　质检：%s</p>" % (desc, t[j % 2]))
            elif f == "banquet_order":   # a banquet order and the dish record: the customer and the head chef
                parts.append('<h3>%s</h3>' % title +
                             tbl([["订餐人", s["others_named"][1], "联系电话", "138****%04d" % (5170 + 3 * j)],
                                  ["桌数", "三桌", "用餐时间", "11月%d日 12:00" % (16 + i)],
                                  ["出品人", "%s（%s）" % (n, cl), "厨师长", s["others_named"][0]],
                                  ["菜品", ["红酸汤鱼", "糟辣脆皮鱼", "成本核算"][j], "出品时间", "12:%02d" % (18 + 4 * j)]], width="90%") +
                             "<p>出品小结：%s</p>" % desc)
            elif f == "intake_typed":   # an intake inspection record: 验收人, the supplier's agent
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品名", ["杜仲", "盐杜仲", "制吴茱萸"][j], "批号", "2410%02d%d" % (11 + i, j + 1)],
                                  ["供货单位", "安顺某饮片厂", "验收人", "%s（%s）" % (n, cl)],
                                  ["性状", "符合规定", "水分", "%.1f%%" % (9.2 + 0.3 * j)], ["质量负责人", t[j % 2], "结论", "合格"]], width="92%") +
                             "<p>备注：%s</p>" % desc)
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
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f in ("photo_glued", "photo_glued2"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:] if f == "photo_glued" else sid)]
        elif f == "hand_page":
            head = ["课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f in ("name_line_photo", "name_line_photo2"):
            head = ["%s　课后作业" % c["task"][:8], "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "hand_color":
            head = ["%s　课后练习" % c["course"], "> %s　%s　%s" % (cl, sid, n)]
        elif f == "exercise_book":   # an exercise-book cover, then the page inside
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid[-2:], "----", "%s　课后作业" % c["task"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_glued": "x-photo:200:2:gluedin", "photo_glued2": "x-photo:200:1:gluedin", "hand_page": "x-scan:250:4",
            "name_line_photo": "x-photo:200:3", "name_line_photo2": "x-photo:200:2", "hand_color": "x-scan:200:3:color",
            "exercise_book": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MENTOR_SN = list("王李张刘陈曾谢罗周彭肖吴袁邹")
MENTOR_GN = "秀兰 春梅 丽萍 桂香 小红 玉珍 红梅 建英 淑芬 海燕 金莲 爱华".split()
HOMES = ["冷水江市社会福利院", "资江街道居家养老服务中心", "锡矿山街道颐养院", "冷水江市康养护理院"]


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return [], {}
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    avoid = list(k) + ALL_NAMED
    if r == "internship":   # an internship placement list: the care home and its mentor nurse per row
        mentors = {}
        for h in HOMES:
            for _ in range(2):
                while True:
                    m = rr.choice(MENTOR_SN) + rr.choice(MENTOR_GN)
                    if not used(m) and m not in mentors.values() and not any(near(m, x) for x in avoid + list(mentors.values())):
                        break
                mentors[(h, len([x for x in mentors if x[0] == h]))] = m
        rows = [["序号", "学号", "姓名", "性别", "实习单位", "带教老师", "联系电话"]]
        for j, n in enumerate(k):
            h = HOMES[j % 4]
            m = mentors[(h, (j // 4) % 2)]
            rows.append([str(j + 1), sid_of(s, n), n, "女" if rr.random() < 0.7 else "男", h, m, "1%d%d****%04d" % (rr.choice([3, 5, 8]), rr.randint(0, 9), rr.randint(0, 9999))])
        body = ('<h2 style="text-align:center">%s%s顶岗实习分配名单</h2><p style="text-align:center">实习时间：2025年3月—6月</p>' % (s["school"], s["cls"]) +
                tbl(rows, width="100%", pad="1px 3px", bold=(0,)) +
                "<p>班主任：%s　　实习带队教师：%s　　合计：%d人</p>" % (s["headteacher"], s["teachers"][1], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.0cm"))
        man.append("roster.html\t%s顶岗实习分配名单.pdf\tpdf\troster\t0" % s["cls"])
        return sorted(set(mentors.values())), {}
    if r == "subsidy":   # a winter heating subsidy list: every student, amount, card tail, signature
        rows = [["序号", "学号", "姓名", "性别", "民族", "银行卡号（后四位）", "金额（元）", "本人签领"]]
        for j, n in enumerate(k):
            mz = "藏族" if n[0] not in SURNAMES["my"] else ("回族" if n[0] in "马韩冶喇铁" else ("土族" if n[0] == "祁" else "汉族"))
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "男", "女"]), mz, "%04d" % rr.randint(0, 9999), "600",
                         hand(n, True, size="9pt")])
        body = ('<h2 style="text-align:center">%s 2024—2025学年冬季取暖补贴发放名单</h2><p style="text-align:center">班级：%s　　发放标准：每人600元</p>'
                % (s["school"], s["cls"]) + tbl(rows, width="100%", pad="1px 3px", bold=(0,)) +
                "<p>班主任：%s　　人数：%d人　　合计金额：%d元　　学生资助中心（盖章）</p>" % (s["headteacher"], len(k), 600 * len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.0cm"))
        man.append("roster.html\t%s取暖补贴发放名单.pdf\tpdf\troster\t0" % s["cls"])
        return [], {}
    raise SystemExit(r)


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


ALL_NAMED = []


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Seventy-first held-out people corpus (testdata/heldout71), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    ALL_NAMED.extend(all_teachers + all_others + all_planted)
    for n in all_teachers + all_planted + all_others:
        if used(n):
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"], s["school"]):
            if w in EARLIER_TEXT or w in EARLIER_README:
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
        rng = random.Random(s["seed"] * 7919 + 71)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s.get("other_class"):
            s["other_names"] = draw_class(rng, s["other_class"][1], [], avoid, s["region"])
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
        mentors, _ = roster(s, d, man)
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
        g = grp(s)
        fct = {1: "班级规模（人） | %s" % re.sub(r"\D", "", s["form_count"]), 2: "学生人数（人） | %s" % s["form_count"],
               3: "授课班级（人数） | %s（%s）" % (s["cls"], s["form_count"])}[g]
        notes = {}
        if s.get("other_names"):
            notes["other_class_records"] = {"class": s["other_class"][0], "names": s["other_names"],
                                            "why": "item 10 also holds the parallel class's table (合班授课); not this classroom's students"}
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + mentors,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": notes, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
