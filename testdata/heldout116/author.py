#!/usr/bin/env python3
"""Write the sources of the held-out people corpus testdata/heldout116 (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 汝州
(Henan, 平顶山), 天门 (Hubei) and 丰城 (Jiangxi, 宜春).

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
ROOT = os.path.join(HERE, "..")
# every earlier corpus with a truth file, except heldout115 (written at the same time, not read) and this one
EARLIER = sorted(d for d in os.listdir(ROOT) if (d.startswith("heldout") or d == "othertools")
                 and d not in ("heldout115", "heldout116") and os.path.isfile(os.path.join(ROOT, d, "truth.json")))

# surnames by region, weighted by repetition: 汝州 (豫中: 王 李 张 刘 陈 杨 赵 郭 and 牛 娄 焦 范 宋 朱 孙 马),
# 天门 (江汉平原: 胡 刘 李 王 张 陈 周 杨 黄 彭 熊 鲁 肖 汪 涂 程 邓 and 皮), 丰城 (赣中: 熊 刘 李 陈 黄 徐 胡 万 邹 付
# 涂 喻 甘 揭 游 邓 罗 袁)
SURNAMES = {
    "rz": list("王王王李李李张张张刘刘陈陈杨杨赵郭郭牛娄焦范宋朱孙马"),
    "tm": list("胡胡胡刘刘李李王王张陈陈周杨黄彭熊鲁肖汪涂程邓皮"),
    "fc": list("熊熊熊刘刘李李陈陈黄徐徐胡万万邹付涂喻甘揭游邓罗袁"),
}
# given names: the ordinary names of students born around 2008-2009
GIVEN2 = ("思远 佳怡 宇航 诗琪 嘉豪 雅婷 俊杰 欣怡 浩然 梦瑶 子豪 晓雯 家乐 静怡 文博 婉清 志鹏 若曦 天宇 可馨 "
          "鹏飞 紫涵 承志 艺璇 泽宇 佳琪 凯文 梦琪 一鸣 书瑶 宏伟 思琪 博文 雨婷 振宇 佳慧 俊豪 晨曦 明轩 心怡 "
          "浩宇 欣妍 家豪 诗雨 子健 雅琪 晓东 玉洁 嘉伟 丽娟 志远 慧敏 文轩 梦洁 锦涛 舒婷 宇轩 美琳 思雨 皓轩 "
          "佳宁 少杰 芷若 国栋 佩琪 启明 采薇 俊宇 晓燕 德辉 雪琴 梓航 晴雯 永康 欣然 立新 海燕 超凡 馨月").split()
GIVEN1 = list("敏婕凯涛帆琦锐悦")


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
        with open(os.path.join(ROOT, d, "truth.json"), encoding="utf-8") as f:
            walk(json.load(f))
    readmes = []
    for d in EARLIER:
        p = os.path.join(ROOT, d, "README.md")
        if os.path.isfile(p):
            with open(p, encoding="utf-8", errors="replace") as f:
                for line in f:
                    if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                        break
                    readmes.append(line)
    return names, "\n".join(texts), "".join(readmes)


USED_BEFORE, EARLIER_TEXT, EARLIER_README = earlier_strings()
USED_BARE = {n.replace("·", "") for n in USED_BEFORE}
TAKEN = set()


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE or name.replace("·", "") in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])
        while True:   # the surname is kept, only the given name is redrawn when refused
            g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
            name = sur + g
            if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
                if rng.random() < 0.05:
                    sur = rng.choice(SURNAMES[region])
                continue
            break
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "kiln": dict(major="机电一体化技术", code="0127", course="工业窑炉电气控制系统装调", task="汝瓷电窑分段升温PLC控制系统装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="汝州一家汝瓷作坊新购一台电窑，烧成要按素烧、釉烧分段升温和保温，原来的手动温控箱常因升温过快导致坯体开裂。作坊请机电班学员按电气原理图连接热电偶、固态继电器和PLC，编写分段升温程序，设置超温报警，完成空窑试运行并填写调试记录。",
   qs=[("问题1 为什么汝瓷釉烧在九百度前要慢速升温？", ["坯体里残留的水分和有机物要慢慢排出，升温太快会让坯体开裂或起泡。", "排出水分，防止开裂。", "升温太快会起泡。"]),
       ("问题2 热电偶补偿导线接反会怎样？", ["测得的温度偏低，PLC以为没到温继续加热，实际窑温超过设定值。", "温度显示偏低，实际超温。", "会越烧越高。"])],
   hw=[("1. 固态继电器和交流接触器相比有什么优点？", ["没有触点，不打火，开关频率高，适合用PID周期控制加热。", "无触点，寿命长。", "适合频繁通断。"]),
       ("2. 超温报警后PLC应当怎样动作？", ["立即切断加热输出，声光报警，保持报警直到人工复位。", "断加热并报警。", "人工复位后才能再加热。"])],
   outputs=[("电窑电气接线检查记录", "热电偶补偿导线极性正确。"), ("分段升温程序清单", "素烧三段、釉烧五段。"), ("空窑试运行记录", "一千二百度保温偏差正负三度。")]),
 "tea": dict(major="饭店(酒店)服务", code="0504", course="中式茶事与宴会服务", task="陆羽茶文化主题宴会茶艺迎宾与席间服务",
   hours=16, station="酒店服务一体化学习工作站",
   situation="汝州一家酒店承接一场以茶文化为主题的商务宴请，二十四位宾客，主人要求宴前茶艺迎宾、席间以茶代酒，并为三位素食宾客单独安排。宴会部经理请酒店班学员看懂宴会预订单，设计茶席和台面，分组演练迎宾奉茶与席间服务，宴后收台并做服务小结。",
   qs=[("问题1 奉茶时茶杯应当怎样递给宾客？", ["双手奉杯，杯耳朝向宾客右手，从主宾开始顺时针奉茶，并轻声介绍茶名。", "双手奉杯，杯耳朝右。", "从主宾开始顺时针。"]),
       ("问题2 有素食宾客时服务员要做什么？", ["核对座位卡，提前告知厨房单独出菜，上菜时先上素食宾客的菜并说明。", "告知厨房单独出菜。", "核对座位，先上素菜。"])],
   hw=[("1. 绿茶为什么不用沸水冲泡？", ["沸水会烫熟嫩芽，茶汤变黄发苦，八十度左右的水最合适。", "水温八十度左右。", "沸水会烫熟茶叶。"]),
       ("2. 以茶代酒敬客时怎样续水？", ["茶汤剩三分之一时续水，壶嘴不对着宾客，续完轻声示意。", "剩三分之一时续。", "壶嘴不对客人。"])],
   outputs=[("茶席设计方案", "主桌设茶席一处，器具为汝窑天青茶具。"), ("宴会台面摆放图", "二十四位，三位素食宾客座位卡标绿。"), ("宴会服务小结", "奉茶顺序正确，续水及时。")]),
 "rehab": dict(major="健康与社会照护", code="0529", course="老年康复照护", task="脑卒中偏瘫老人床椅转移与良肢位摆放照护",
   hours=14, station="康复照护一体化学习工作站",
   situation="天门一家医养结合的养老院收住了一位脑卒中后左侧偏瘫的老人，医生开具了康复照护医嘱。护理部请照护班学员评估老人的肌力和坐位平衡，按医嘱摆放良肢位，用转移带协助老人从床到轮椅转移，并记录执行情况、教会家属保护患侧。",
   qs=[("问题1 偏瘫老人仰卧时患侧上肢怎样摆放？", ["肩下垫软枕使肩胛前伸，上肢伸直外展，掌心向上，手指伸开。", "肩下垫枕，上肢伸直。", "掌心向上，手指伸开。"]),
       ("问题2 床椅转移时轮椅应放在哪一侧？", ["放在老人健侧，与床成三十到四十五度，刹好车闸，收起脚踏板。", "放健侧，刹好闸。", "与床成三十度左右。"])],
   hw=[("1. 为什么不能牵拉偏瘫老人的患侧手臂？", ["患侧肩关节周围肌肉无力，牵拉容易造成肩关节半脱位和疼痛。", "会造成肩关节半脱位。", "肩部肌肉无力。"]),
       ("2. 执行医嘱后要记录哪些内容？", ["执行时间、执行内容、老人的反应和异常情况，并签名。", "时间、内容、反应。", "有异常要写清楚并签名。"])],
   outputs=[("良肢位摆放执行记录", "仰卧位、健侧卧位各两小时轮换。"), ("床椅转移评估表", "坐位平衡二级，需一人协助。"), ("家属指导记录", "家属已学会保护患侧肩部。")]),
 "campus": dict(major="计算机网络应用", code="0301", course="园区网络构建与维护", task="蒸菜美食城商户网络VLAN划分与出口配置",
   hours=18, station="网络工程一体化学习工作站",
   situation="天门新开的一座蒸菜美食城有四十家商户，共用一条光纤上网，收银机、监控和顾客无线网混在一起，高峰期收银经常掉线。物业请网络班学员勘察弱电间，按商户和用途划分VLAN，配置三层交换机和出口路由器，为收银网络设置优先级，并完成测试和文档。",
   qs=[("问题1 为什么要把收银、监控和顾客上网分成不同的VLAN？", ["分开后广播互不干扰，可以单独给收银网络设置优先级和访问控制，一个网段出问题不影响其他网段。", "互不干扰，便于控制。", "收银可以优先。"]),
       ("问题2 出口路由器上为什么要配置NAT？", ["商户内部用私有地址，出口只有一个公网地址，NAT把内部地址转换后才能上网。", "私有地址转换成公网地址。", "只有一个公网地址。"])],
   hw=[("1. Trunk口和Access口有什么区别？", ["Access口只属于一个VLAN，接终端；Trunk口可以通过多个VLAN的帧，接交换机之间。", "Access接终端，Trunk接交换机。", "Trunk通过多个VLAN。"]),
       ("2. 怎样验证收银VLAN的优先级生效？", ["高峰期用测速软件占满带宽，同时在收银机上持续ping，看延迟和丢包是否正常。", "占满带宽时ping收银机。", "看延迟和丢包。"])],
   outputs=[("VLAN与地址规划表", "收银VLAN10，监控VLAN20，顾客VLAN30。"), ("核心交换机配置清单", "启用QoS，收银优先级最高。"), ("网络测试报告", "高峰期收银延迟小于二十毫秒。")]),
 "herb": dict(major="中药", code="1301", course="中药调剂技术", task="蒸菜馆药膳汤料处方审核与饮片调配",
   hours=14, station="中药调剂一体化学习工作站",
   situation="天门一家老字号蒸菜馆要推出秋冬药膳蒸汤，按中医师开具的药膳配方，每天需要配好一百份汤料包。馆方委托学校中药调剂实训室代为调配。药房主管请中药班学员审核配方中的药食同源品种和用量，按处方调配饮片、复核称量、分装贴签，并做好调配记录。",
   qs=[("问题1 审核药膳配方时重点看什么？", ["是否都是药食同源的品种，用量是否在常用量以内，有没有配伍禁忌。", "药食同源、用量、禁忌。", "看品种和用量。"]),
       ("问题2 为什么分剂量时要用等量递减法？", ["每一份都从剩下的总量里称出，保证每份重量一致，误差不超过百分之五。", "保证每份一样重。", "误差不超过百分之五。"])],
   hw=[("1. 黄芪和党参怎样从外观区分？", ["黄芪切面有菊花心，味微甜有豆腥味；党参有狮子盘头，切面有裂隙，味甜。", "黄芪有菊花心。", "党参有狮子盘头。"]),
       ("2. 汤料包标签要写哪些内容？", ["品名、配方组成、重量、调配日期、调配人和复核人。", "品名、重量、日期。", "调配人和复核人。"])],
   outputs=[("药膳配方审核记录", "品种均为药食同源目录内品种。"), ("饮片调配记录", "每包六十克，称量误差百分之二以内。"), ("分装贴签记录", "一百包，标签齐全。")]),
 "bms": dict(major="新能源汽车检测与维修", code="0435", course="动力电池管理系统检修", task="纯电动网约车电池管理系统单体电压采集故障诊断",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="丰城一家网约车公司的纯电动轿车充电时经常提前停止，仪表显示电池电压不均衡。维修站主管请新能源班学员做好高压防护，用诊断仪读取电池管理系统的数据流，比对各单体电压，检查采集线束和插接器，修复松脱的采集端子，复测并填写诊断报告。",
   qs=[("问题1 充电提前停止和单体电压有什么关系？", ["电池管理系统按最高的单体电压判断充满，一个单体采集值偏高，整包就提前停止充电。", "按最高单体判断充满。", "一个单体偏高就停止。"]),
       ("问题2 读数据流时怎样判断是采集故障还是电芯故障？", ["用万用表直接测该单体电压，与数据流比对；实测正常而数据流异常，是采集线路故障。", "实测和数据流比对。", "实测正常就是采集故障。"])],
   hw=[("1. 拆检电池包前要做哪些准备？", ["断开低压和维修开关，等待五分钟，验电为零，穿戴绝缘手套和护目镜。", "断电、验电、穿戴防护。", "等五分钟再验电。"]),
       ("2. 采集端子修复后为什么要做均衡？", ["修复前各单体电压已不一致，均衡后单体压差小于规定值，充电才能充满。", "让单体电压一致。", "压差小于规定值。"])],
   outputs=[("数据流读取记录", "第二十七号单体采集值偏高零点一五伏。"), ("采集线束检查记录", "二号采集插接器端子松脱。"), ("复测记录", "修复后单体最大压差八毫伏。")]),
 "steam": dict(major="烹饪(中式烹调)", code="0501", course="赣菜制作", task="丰城冻米糖与赣式小炒宴席出品制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="丰城一家老字号酒楼接到一场四十桌的寿宴，主人点名要本地的小炒肉、藜蒿炒腊肉和饭后茶点冻米糖。行政总厨请烹饪班学员分组看懂宴席菜单，完成原料加工、切配和炒制，按出品单控制火候与出菜节奏，宴后进行成本核算和出品小结。",
   qs=[("问题1 藜蒿炒腊肉为什么要先把腊肉煸出油？", ["腊肉煸出油后香味出来，再下藜蒿大火快炒，藜蒿吸了油脆嫩清香。", "煸出香味，藜蒿吸油。", "大火快炒保持脆嫩。"]),
       ("问题2 四十桌宴席怎样控制出菜节奏？", ["按出品单分批下锅，每批五桌，传菜员按桌号顺序走菜，热菜间隔五到八分钟。", "分批炒制，按桌号走菜。", "热菜间隔五到八分钟。"])],
   hw=[("1. 熬冻米糖的糖浆怎样判断火候？", ["糖浆起大泡后变成细密小泡，用筷子挑起能拉丝，就可以拌米。", "能拉丝就可以。", "起细密小泡。"]),
       ("2. 小炒肉怎样做到肉嫩不腥？", ["肉片用料酒和少量淀粉上浆，热锅温油滑散，再和辣椒大火合炒。", "上浆后滑油。", "大火合炒。"])],
   outputs=[("宴席菜单与原料单", "四十桌，每桌十二道菜。"), ("出品记录", "热菜每批五桌，间隔六分钟。"), ("成本核算表", "毛利率百分之五十二。")]),
}

SUBS = [
    dict(school="汝州市风穴技工学校", pack="dir", region="rz", course="kiln", cls="机电2403班", size=36, seed=11,
         sidp="24411127", students=["娄思远", "牛雅婷", "焦俊杰"], outsiders={"焦俊杰": "机电2404班"}, out_sidp="24411128",
         extra_class=["范天宇"], bad={"范天宇": "over"},
         teachers=["宋建伟", "郭丽霞"], form_count="36人（男33人，女3人）",
         f8="station_card", f10="transposed", f11="commission_typed", f12="photo_ants",
         findings=[("records.invalid_score", 10, False, "范天宇"), ("students.not_in_class", 12, True, "焦俊杰")],
         comment="Item 10 (scanned 200 dpi gray, walnut shells on the glass, LANDSCAPE): a TRANSPOSED register: three blocks of "
                 "twelve students, the students as COLUMNS and the criteria as rows (序号/学号/姓名/电路接线(30)/PLC程序(30)/"
                 "调试运行(25)/安全文明(15)/总分); 范天宇 has 28 under 调试运行(25) (the 总分 the sum): records.invalid_score. "
                 "焦俊杰 of the parallel class 机电2404班 (his class and 学号 on his worksheet, records and homework) is the third "
                 "student of 8/11/12 and has no record in item 10 (36 columns = form `36人（男33人，女3人）`): students.not_in_class "
                 "(item 12 is phone photos with ants walking across the page; item 8 also shows it). No roster"),
    dict(school="汝州市风穴技工学校", pack="dir", region="rz", course="tea", cls="酒店2402班", size=32, seed=12,
         sidp="24411504", students=["宋芷晴", "朱丽娟", "彭佩琪"], others_named=["孙卫民", "段红霞"],
         teachers=["杨桂兰", "赵志军"], form_count="32", roster="masters", headteacher="范丽萍",
         f8="booking_head", f10="bonus_cap", f11="teaset_typed", f12="name_line_photo",
         findings=[],
         comment="clean. Item 10 (TYPED) has a 加分 column explained on the page (`加分为市级以上技能竞赛获奖加分（1—5分），"
                 "总分＝小计＋加分，最高计100分`): four students carry 加分, one of them with 小计 97 and 加分 5 has 总分 100 "
                 "(capped, legal); a 等级 column beside the total. 32 rows = form `32` = roster. The roster is a 顶岗实习分配名单 "
                 "naming each student's hotel and the hotel's 指导师傅 (masters, not students). Item 8 (scanned 200 dpi gray): "
                 "a 宴会预订单 at the top naming the host 孙卫民 (预订人) and the hotel's 段红霞 (宴会销售), the student only as "
                 "接待员 in hand"),
    dict(school="天门市竟陵高级技工学校", pack="gbkzip", region="tm", course="rehab", cls="照护2401班", size=40, seed=21,
         sidp="2442052901", students=["彭舒婷", "鲁明轩", "皮心怡"], extra_class=["汪晓燕"], absent_from_10=["汪晓燕"],
         others_named=["肖春生", "周启荣"], teachers=["黄翠英", "程国强"], form_count="40", roster="lockers",
         headteacher="涂红英",
         f8="order_exec", f10="weighted_right", f11="care_typed", f12="hand_page",
         findings=[("records.missing_student", 10, False, "汪晓燕"), ("records.count_mismatch", 10, False)],
         comment="The roster is a 实训储物柜分配表: a GRID of locker cells (柜号 / 姓名 / 学号), 40 students, no list rows. Item 10 "
                 "(TYPED) is a WEIGHTED register (过程评价(100)×40%＋实操考核(100)×60%＝总评, one decimal, explained on the page) "
                 "with the 学号 in the LAST column; it has 39 rows: 汪晓燕 of the roster has no record (records.missing_student) "
                 "and 39 ≠ form `40` (records.count_mismatch). Item 8 (scanned 250 dpi gray): a 医嘱执行单 at the top naming "
                 "the resident 肖春生 and the doctor 周启荣 (开嘱医生), the student only as 执行人 in hand"),
    dict(school="天门市竟陵高级技工学校", pack="gbkzip", region="tm", course="campus", cls="网络2402班", size=38, seed=22,
         sidp="2442030102", students=["胡少杰", "熊婉清", "邓志鹏"], items={11: ["胡少杰", "熊婉清"]},
         extra_class=["熊晓东"], bad={"熊晓东": "sum"}, others_named=["鲁国平"],
         teachers=["周立平", "汪海涛"], form_count="网络2402班（共38人）",
         f8="header_table", f10="grade_split", f11="config_listing", f12="crumple_photo",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "熊晓东")],
         optional=[("students.mismatch", 11, True)],
         comment="Item 11 (TYPED): switch configuration listings whose author stands only in a comment line (`! 配置人：胡少杰  "
                 "网络2402班`), with the property manager 鲁国平 as 验收; it holds the work of only TWO students (邓志鹏's is "
                 "missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. Item 10 (TYPED, 38 rows "
                 "= form `网络2402班（共38人）`): 熊晓东's 总分 is 6 above the sum of his four parts: records.invalid_score. No roster"),
    dict(school="天门市竟陵高级技工学校", pack="gbkzip", region="tm", course="herb", cls="中药2401班", size=41, seed=23,
         sidp="2442130101", students=["熊佳宁", "宋永康", "肖玉洁"], others_named=["王德厚"],
         teachers=["张广德", "张德清"], form_count="41名",
         f8="plain_mono", f10="red_fix", f11="dispense_typed", f12="tape_hand",
         findings=[],
         comment="clean. Item 10 (colour scan 250 dpi): three students' part scores were struck through in red and re-written by "
                 "hand, the 总分 struck and re-written to match (`核分更正` and the teacher's initials in 备注); every printed or "
                 "corrected total is the sum of the parts as they stand after correction. 41 rows = form `41名`. Item 11 names "
                 "the 中医师 王德厚 who wrote the recipe (开方人, not a student). No roster"),
    dict(school="丰城市剑邑技工学校", pack="zip", region="fc", course="bms", cls="新能源2401班", size=40, seed=31,
         sidp="24362435", students=["揭梓航", "喻晴雯", "甘启明"], items={8: ["揭梓航", "喻晴雯", "万国栋"]},
         extra_class=["万国栋", "游超凡"], bad={"游超凡": "sum"},
         teachers=["邹长贵", "袁文斌"], form_count="40 人",
         f8="bubble_sheet", f10="two_rows", f11="dataflow_typed", f12="hand_page2",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "游超凡")],
         comment="Item 8 (scanned 200 dpi gray, walnut shells): an answer-sheet head (涂卡: 姓名 in a box, the 学号 written in "
                 "boxes above a grid of filled bubbles) holds 揭梓航, 喻晴雯 and classmate 万国栋 (with an item-10 record) instead "
                 "of 甘启明 (11 and 12 hold the three): students.mismatch. Item 10 (scanned 250 dpi gray): TWO ROWS PER STUDENT "
                 "(过程考核 and 结果考核, three parts and a 小计 each, a 总分 cell spanning both rows); 游超凡's 总分 is 8 above "
                 "the two 小计: records.invalid_score. 40 rows = form `40 人`. No roster"),
    dict(school="丰城市剑邑技工学校", pack="zip", region="fc", course="steam", cls="烹饪2402班", size=41, seed=32,
         sidp="24360502", students=["徐德辉", "付采薇", "邹欣然"], outsiders={"邹欣然": "烹饪2401班"}, out_sidp="24360501",
         others_named=["熊老太"], teachers=["罗长根", "甘秋萍"], form_count="42人",
         f8="ticket_photo", f10="judges", f11="cost_typed", f12="crumple_photo2",
         findings=[("students.not_in_class", 8, True, "邹欣然"), ("records.count_mismatch", 10, False)],
         comment="Item 8 (PHONE PHOTOS of the printed sheets, ants on the page): a 出品单 at the top (桌号, 菜品, 厨师 in hand, "
                 "传菜 and the banquet's host 熊老太 named), the student as 厨师; 邹欣然 of the parallel class 烹饪2401班 (her "
                 "class and 学号 on every item) is the third student of 8/11/12 and has no record in item 10: "
                 "students.not_in_class. Item 10 (TYPED): three judges' marks of the dish (评委一/二/三) averaged, plus 过程评价(30); "
                 "41 rows against form `42人`: records.count_mismatch. No roster"),
]

PROVINCE = {1: "河南省汝州市", 2: "湖北省天门市", 3: "江西省丰城市"}
NAMES = {1: "课程标准", 2: "学习任务分析", 3: "教学活动策划表", 4: "教学进度表", 5: "教学活动方案",
         6: "学习资源清单", 7: "学习工作站说明", 8: "学生工作页", 9: "考核方案",
         10: "学生考核成绩", 11: "学生学习成果", 12: "学生课后作业"}
TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 汝州: "附8 学生工作页.pdf"
        return "附%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 天门: "08_学生工作页_照护2401班.pdf"
        return "%02d_%s_%s.pdf" % (n, NAMES[n], s["cls"])
    return "材料（%d）%s.pdf" % (n, NAMES[n])   # 丰城: full-width brackets


def form_name(s, c):
    return {1: ("%s-%s-申报书.docx" % (s["school"], c["major"].split("(")[0]), "docx"),
            2: ("优质课堂申报表（%s）.pdf" % s["cls"], "pdf"),
            3: ("申报书.docx", "docx")}[grp(s)]


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


def hand(x, small=False, ink=BLUE, size=None, font="AR PL UKai CN"):
    return '<span style="font-family:\'%s\';color:%s;font-size:%s">%s</span>' % (font, ink, size or ("13pt" if small else "15pt"), x)


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
    trs = [["序号", "姓名", "职称", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 汝州: label/value pairs, the size with a sex breakdown (or a bare number)
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("学生人数", s["form_count"])], [("学习任务", c["task"]), ("负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 天门: 班级及人数 in one cell
        rows = [("专业名称及代码", "%s　%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课班级及人数", s["form_count"] if "班" in s["form_count"] else "%s　%s" % (s["cls"], s["form_count"])),
                ("学时", "%d" % c["hours"]), ("实施场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    else:   # 丰城: class and size in two rows, the number with a space
        rows = [("专业", c["major"]), ("专业代码", c["code"]), ("课程", c["course"]), ("学习任务", c["task"]),
                ("教学班级", s["cls"]), ("学生数", s["form_count"]), ("学时数", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="88%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂申报书</h2>
<p>申报学校（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>申报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织，学生分组完成真实工作任务，教师巡回指导并把控质量与安全，最后成果展示，开展自评、互评与教师评价。</p>
<h3>五、特色与成效</h3><p>学习任务来自{prov}合作企业的真实需求，学生的专业能力和职业素养明显提高。</p>
<h3>六、承诺</h3><p>申报材料真实、原创，无知识产权争议。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准\n一、课程性质\n本课程是{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}企业岗位要求转化。\n二、学习任务\n“{task}”，{hours}学时。\n三、考核\n过程考核与终结考核结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作过程\n明确任务、制订计划、实施、检查、评价。",
    3: "{school}\n{task}　教学活动策划表\n学习活动一　明确任务\n学习活动二　制订计划\n学习活动三　任务实施\n学习活动四　检查评价",
    4: "{school}\n{course}教学进度表（{hours}学时）\n第一周　明确任务\n第二周　制订计划\n第三周　任务实施\n第四周　检查与评价",
    5: "{school}\n{task}　教学活动方案\n第1学时　情境导入\n第2-4学时　引导问题学习\n其余学时　分组实施、指导、展示评价",
    6: "{school}\n学习资源清单\n学习工作页、企业标准、微课视频、{station}设备与耗材。",
    7: "{school}\n{station}说明\n工作站分为信息区、计划区、实施区和展示评价区。",
    9: "{school}\n{task}　考核方案\n考核包括过程考核与终结考核，成绩记入学生考核成绩表。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 3 + (s["seed"] * 7 + k * 5) % 25)


def answers(c, rng, i, ink=BLUE, font="AR PL UKai CN"):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink, font=font), RED, mark(rng))
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
    title = '<h3 style="text-align:center">%s<br/>学生工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "station_card":   # the student only in a 实训工位卡 box at the bottom right, 工位号 first
            card = ('<table width="100%%"><tr><td width="52%%"></td><td>%s</td></tr></table>'
                    % tbl([[("<b>实训工位卡</b>", ' colspan="2"')], ["工位号", hand("B-%02d" % (7 + i), True)], ["操作人", hand(n, True)],
                           ["班　级", hand(cl, True)], ["学　号", hand(sid, True)], ["指导教师", t[i % 2]]], width="100%", pad="2px 4px"))
            curve = tbl([["段号", "目标温度(℃)", "升温时间(min)", "保温(min)"], ["1", hand("300", True), hand("120", True), "30"],
                         ["2", hand("900", True), hand("240", True), "60"], ["3", hand("1230", True), hand("150", True), "40"]], width="70%")
            body = title + sit + "<p><b>分段升温设定</b></p>" + curve + answers(c, rng, i) + comment + card
        elif f == "booking_head":   # a 宴会预订单: the host and the hotel's sales named, the student as 接待员
            slip = tbl([[("<b>宴会预订单</b>　No.2024-%03d" % (311 + i), ' colspan="4"')],
                        ["预订人", s["others_named"][0] + "（茶叶公司）", "宴会销售", s["others_named"][1]],
                        ["人数/桌数", "24人 / 2桌", "日期", "11月%d日 晚" % (15 + i)],
                        ["接待员", hand(n, True), "班级/学号", hand("%s　%s" % (cl, sid[-2:]), True)]], width="100%", pad="3px 4px")
            body = slip + title + sit + answers(c, rng, i) + comment
        elif f == "order_exec":   # a 医嘱执行单: the resident and the doctor named, the student only as 执行人
            slip = tbl([[("<b>康复照护医嘱执行单</b>", ' colspan="6"')],
                        ["床号", "3-1%d" % (2 + i), "姓名", s["others_named"][0], "开嘱医生", s["others_named"][1]],
                        ["医嘱内容", ("良肢位摆放 q2h；床椅转移 bid", ' colspan="5" align="left"')],
                        ["执行时间", hand("%d:%02d" % (8 + i, 10 * i), True), "执行人", hand(n, True), "学号", hand(sid[-4:], True)]],
                       width="100%", pad="3px 4px")
            body = slip + title + '<p>班级：%s　　带教：%s</p>' % (cl, t[1]) + sit + answers(c, rng, i) + comment
        elif f == "header_table":   # a bordered head row 班级 | 姓名 | 学号 | 工位
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "工位", hand("%d号" % (3 + i), True)]],
                       width="100%", pad="4px 3px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_mono":   # 姓名：＿ 班级：＿ 学号：＿
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i, ink=BLACK) + comment
        elif f == "bubble_sheet":   # an answer-sheet head: 姓名 box, 学号 in boxes above a bubble grid
            digits = sid[-8:]
            grid = ['<tr>%s</tr>' % "".join(td(hand(ch, True), ' align="center" width="22"', "1px 2px") for ch in digits)]
            for v in range(10):
                grid.append('<tr>%s</tr>' % "".join(td(('<span style="color:#000">■</span>' if int(ch) == v else
                                                      '<span style="color:#c04040;font-size:7pt">[%d]</span>' % v), ' align="center"', "0px 2px")
                                                   for ch in digits))
            bub = '<table style="border-collapse:collapse">%s</table>' % "".join(grid)
            left = tbl([["姓　名", hand(n, True)], ["班　级", hand(cl, True)], ["考试科目", c["course"][:8]]], width="100%", pad="5px 4px")
            head = ('<table width="100%%"><tr><td width="50%%" valign="top">%s<p style="font-size:8pt">填涂说明：用2B铅笔将学号对应数字涂满涂黑。</p></td>'
                    '<td valign="top"><p style="font-size:9pt">学号（后八位）</p>%s</td></tr></table>' % (left, bub))
            body = '<p style="text-align:center"><b>%s　学习工作页（答题纸）</b></p>' % s["school"] + head + sit + answers(c, rng, i) + comment
        elif f == "ticket_photo":   # a kitchen 出品单 at the top: the student as 厨师, the host named
            slip = tbl([[("<b>出　品　单</b>　寿宴（%s）" % s["others_named"][0], ' colspan="4"')],
                        ["桌号", "%d-%d桌" % (1 + 5 * i, 5 + 5 * i), "菜品", ["藜蒿炒腊肉", "丰城小炒肉", "冻米糖"][i % 3]],
                        ["厨　师", hand(n, True), "传菜", hand("%d号" % (4 + i), True)],
                        ["班　级", hand(cl, True), "学　号", hand(sid, True)]], width="100%", pad="3px 4px")
            body = slip + title + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"station_card": "x-scanpdf:250", "booking_head": "x-scanpdf:200", "order_exec": "x-scanpdf:250",
            "header_table": "pdf", "plain_mono": "x-scanpdf:300:mono", "bubble_sheet": "x-scanpdf:200:walnut",
            "ticket_photo": "x-scanpdf:200:photo:ants"}[f]
    return "08.html", html(PB.join(pages), "10pt", font="Noto Sans CJK SC" if f in ("bubble_sheet", "ticket_photo") else "Noto Serif CJK SC",
                           page="margin:1.3cm 1.5cm"), meth


# ------------------------------------------------------------------ item 10

def ps(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def grade(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec, others=None):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "1px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "transposed":   # students as columns, criteria as rows, blocks of twelve, landscape
        parts = [("电路接线", 30), ("PLC程序", 30), ("调试运行", 25), ("安全文明", 15)]
        blocks = []
        for b in range(0, len(rec), 12):
            grp_ = rec[b:b + 12]
            vals = []
            for n in grp_:
                v = ps(rng, parts)
                if bad.get(n) == "over":
                    v[2] = 28
                vals.append(v)
            rows = [trow(["<b>序号</b>"] + [str(b + j + 1) for j in range(len(grp_))], pad),
                    trow(["<b>学号</b>"] + ['<span style="font-size:6.5pt">%s</span>' % sid_of(s, n) for n in grp_], pad),
                    trow(["<b>姓名</b>"] + grp_, pad)]
            for k, (p, m) in enumerate(parts):
                rows.append(trow(["<b>%s(%d)</b>" % (p, m)] + [str(v[k]) for v in vals], pad))
            rows.append(trow(["<b>总分</b>"] + ["<b>%d</b>" % sum(v) for v in vals], pad))
            blocks.append(table(rows) + "<p>&nbsp;</p>")
        body = head10(s, c, "学习任务考核成绩登记表") + "".join(blocks) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "8.5pt", compact=True, page="size:A4 landscape;margin:1.0cm 1.2cm"), "x-scanpdf:200:walnut"
    if f == "bonus_cap":   # a 加分 column explained, the total capped at 100
        parts = [("仪容仪表", 10), ("茶席摆台", 40), ("奉茶服务", 30), ("应变沟通", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["小计", "加分", "总分", "等级"]], pad)]
        bonus = {3: 2, 11: 5, 19: 3, 26: 1}
        for k, n in enumerate(rec):
            v = ps(rng, parts)
            if k == 11:
                v = [10, 39, 29, 19]
            sub = sum(v)
            bo = bonus.get(k, 0)
            tot = min(100, sub + bo)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sub), str(bo) if bo else "", str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：加分为本学期市级以上技能竞赛获奖加分（1—5分），总分＝小计＋加分，最高计100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted_right":   # weighted total, 学号 in the last column
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "过程评价<br/>(100)", "实操考核<br/>(100)", "总评<br/>(过程×40%＋实操×60%)", "学号"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(68, 97), rng.randint(62, 96)
            out.append(trow([str(k + 1), n, str(a), str(b), "%.1f" % (a * 0.4 + b * 0.6), sid_of(s, n)], pad))
        body = (head10(s, c, "学生学习任务考核成绩汇总") + table(out, "86%") +
                "<p>说明：过程评价与实操考核均按百分制评定，总评＝过程评价×40%＋实操考核×60%，保留一位小数。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "grade_split":   # a plain table, 总分 and 等级
        parts = [("需求分析", 15), ("VLAN规划", 25), ("设备配置", 40), ("测试文档", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = ps(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot), "组长" if k % 9 == 4 else ""], pad))
        body = head10(s, c, "学生考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "red_fix":   # parts struck in red and re-written, totals re-written to match
        parts = [("药材识别", 30), ("饮片调剂", 40), ("质量复核", 20), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        fixes = {6: (1, 3), 18: (0, -2), 33: (2, 4)}
        for k, n in enumerate(rec):
            v = ps(rng, parts, 0.62, 0.88)
            cells = [str(x) for x in v]
            tot, note = str(sum(v)), ""
            if k in fixes:
                j, dlt = fixes[k]
                old = v[j]
                v[j] = old + dlt
                cells[j] = '<s>%d</s> %s' % (old, hand(str(v[j]), True, "#c0251a", "12pt"))
                tot = '<s>%d</s> %s' % (sum(v) - dlt, hand(str(sum(v)), True, "#c0251a", "12pt"))
                note = hand("核分更正 %s" % t[1][0], True, "#c0251a", "10pt")
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [tot, note], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:250:color"
    if f == "two_rows":   # two rows per student: 过程 and 结果, a 总分 spanning both
        legend = ("<p>过程考核：①安全防护(10) ②工具仪器使用(10) ③团队协作(20)；结果考核：①数据流分析(25) ②故障定位(20) ③诊断报告(15)。"
                  "总分＝两项小计之和。</p>")
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "考核", "①", "②", "③", "小计", "总分"]], pad)]
        for k, n in enumerate(rec):
            a = ps(rng, [(0, 10), (0, 10), (0, 20)])
            b = ps(rng, [(0, 25), (0, 20), (0, 15)])
            tot = sum(a) + sum(b) + (8 if bad.get(n) == "sum" else 0)
            r2 = ' align="center" rowspan="2"'
            out.append("<tr>%s%s%s%s%s</tr>" % (td(str(k + 1), r2, pad), td(sid_of(s, n), r2, pad), td(n, r2, pad),
                                               "".join(td(x, ' align="center"', pad) for x in ["过程"] + [str(x) for x in a] + [str(sum(a))]),
                                               td("<b>%d</b>" % tot, r2, pad)))
            out.append(trow(["结果"] + [str(x) for x in b] + [str(sum(b))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + legend + table(out, "92%") + sign
        return "10.html", html(body, "8pt", compact=True), "x-scanpdf:250"
    if f == "judges":   # three judges' marks averaged plus a process mark, two-row head
        out = ['<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                          td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程评价<br/>(30)</b>", ' align="center" rowspan="2"', pad),
                                          td("<b>作品评价（70分，三位评委平均）</b>", ' align="center" colspan="4"', pad),
                                          td("<b>总分</b>", ' align="center" rowspan="2"', pad)),
               trow(["<b>评委一</b>", "<b>评委二</b>", "<b>评委三</b>", "<b>平均</b>"], pad)]
        for k, n in enumerate(rec):
            p = rng.randint(19, 29)
            j = [rng.randint(44, 67) for _ in range(3)]
            av = round(sum(j) / 3.0, 1)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(p)] + [str(x) for x in j] + ["%.1f" % av, "%.1f" % (p + av)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：作品评价由三位评委（含酒楼厨师长）独立打分，取平均分（保留一位小数）；总分＝过程评价＋作品评价平均分。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="size:A4 landscape;margin:1.0cm 1.4cm"), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学生学习成果</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    font = "Noto Serif CJK SC"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "commission_typed":
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["项目", "设定值", "实测值", "结论"], ["一段保温", "300 ℃", "%d ℃" % (298 + i + j), "合格"],
                                  ["三段保温", "1230 ℃", "%d ℃" % (1227 + 2 * j), "合格"], ["超温报警", "1260 ℃", "动作", "合格"]], width="80%") +
                             "<p>%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
            elif f == "teaset_typed":
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">设计人：%s（%s）　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["区域", "位数", "器具", "说明"], ["主桌", "12", "天青茶盏、公道杯", desc], ["副桌", "12", "白瓷盖碗", "素食宾客座位卡标绿"]], width="90%"))
            elif f == "care_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["执行人", n, "班级", cl], ["照护对象", s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["时间", "体位/项目", "老人反应", "签名"], ["08:00", "健侧卧位", "无不适", n], ["10:00", "床椅转移", "配合良好", n]],
                                                         width="90%") + "<p>小结：%s</p>" % desc)
            elif f == "config_listing":   # the author only in a comment line of the listing
                lines = ["! %s" % title, "! 配置人：%s  %s  学号%s" % (n, cl, sid), "! 日期：%s" % day(s, 30 + i), "!",
                         "hostname MSC-CORE-%02d" % (i + 1), "vlan batch 10 20 30", "interface Vlanif10",
                         " ip address 192.168.%d.1 255.255.255.0" % (10 + j), "interface GigabitEthernet0/0/%d" % (1 + j),
                         " port link-type trunk", " port trunk allow-pass vlan 10 20 30", "qos queue 7 priority vlan 10", "return"]
                parts.append('<pre style="font-family:\'Noto Sans Mono CJK SC\';font-size:9.5pt">%s</pre><p>%s</p><p>验收：%s（美食城物业）　　指导教师：%s</p>'
                             % ("\n".join(lines), desc, s["others_named"][0], t[j % 2]))
            elif f == "dispense_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["调配人", n, "班级", cl], ["开方人", "%s（中医师）" % s["others_named"][0], "复核人", t[j % 2]],
                                                          ["品名", "规格", "每包用量", "结论"], ["黄芪", "切片", "%d g" % (12 + j), "合格"], ["党参", "段", "10 g", "合格"]],
                                                         width="90%") + "<p>%s</p>" % desc)
            elif f == "dataflow_typed":
                parts.append('<h3>%s</h3><p>诊断人：%s　　班级：%s　　车辆：纯电动网约车</p>' % (title, n, cl) +
                             tbl([["单体", "数据流(V)", "实测(V)", "判定"], ["26", "3.3%d" % (1 + j), "3.31", "正常"], ["27", "3.4%d" % (6 - j), "3.31", "采集异常" if j < 2 else "正常"]], width="78%") +
                             "<p>%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
            elif f == "cost_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["项目", "数量", "金额(元)", "备注"], ["猪前腿肉", "%d kg" % (36 + j), "%d" % (1080 + 30 * j), ""],
                                                          ["藜蒿", "%d kg" % (20 + i), "%d" % (300 + 15 * i), ""]], width="84%") +
                             "<p>%s</p><p>制表人：%s（%s）　　审核：%s　　%s</p>" % (desc, n, cl, t[j % 2], day(s, 30 + i)))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font=font), "pdf"


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
        if f == "photo_ants":
            head = ["%s　课后作业" % c["course"], "> %s　%s　学号%s" % (cl, n, sid)]
        elif f == "name_line_photo":
            head = ["课后作业（%s）" % c["course"][:4], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f in ("crumple_photo", "crumple_photo2"):
            head = ["课后作业　%s" % c["task"][:10], "> %s　%s" % (cl, n)]
        elif f in ("hand_page", "hand_page2"):
            head = ["课后练习", "姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "tape_hand":
            head = ["%s　课后作业" % c["course"], "班级 %s　姓名 %s" % (cl, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_ants": "x-photo:200:2:ants", "name_line_photo": "x-photo:200:1", "crumple_photo": "x-photo:200:1:crumple",
            "hand_page": "x-scan:250:4", "hand_page2": "x-scan:200:3:color", "tape_hand": "x-scan:250:2",
            "crumple_photo2": "x-photo:200:2"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MASTER_GIVEN = ("建设 秀兰 红军 玉梅 国强 桂香 卫东 淑英 长春 爱华 金山 翠萍").split()


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "masters":   # 顶岗实习分配名单: the hotel and its 指导师傅 beside each student
        hotels = ["汝州风穴大酒店", "汝州温泉国际酒店", "平顶山鹰城宾馆", "郑州中原饭店"]
        masters = []
        for h in hotels:
            while True:
                m = rr.choice("王李张刘陈杨赵郭") + rr.choice(MASTER_GIVEN)
                if m not in k and not used(m) and m not in masters and all(not near(m, x) for x in k + TEACH):
                    break
            masters.append(m)
        rows = [["序号", "学号", "姓名", "实习酒店", "岗位", "酒店指导师傅"]]
        for j, n in enumerate(k):
            h = j * len(hotels) // len(k)
            rows.append([str(j + 1), sid_of(s, n), n, hotels[h], ["宴会", "中餐", "大堂", "客房"][j % 4], masters[h]])
        body = ('<h2 style="text-align:center">%s%s顶岗实习分配名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="96%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　合计：%d人　　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（实习分配）.pdf\tpdf\troster\t0" % s["cls"])
        return masters
    if r == "lockers":   # a grid of locker cells, five across
        cells = []
        for j, n in enumerate(k):
            cells.append('<td style="border:0.75pt solid #000;padding:3px 2px;width:20%%" align="center">'
                         '<span style="font-size:7.5pt;color:#555">%s号柜</span><br/><b>%s</b><br/><span style="font-size:7.5pt">%s</span></td>'
                         % ("A%02d" % (j + 1), n, sid_of(s, n)))
        rows = "".join("<tr>%s</tr>" % "".join(cells[i:i + 5]) for i in range(0, len(cells), 5))
        body = ('<h2 style="text-align:center">%s实训储物柜分配表</h2><p style="text-align:center">%s　康复照护实训室　2024级</p>' % (s["cls"], s["school"]) +
                '<table style="border-collapse:collapse" width="100%%">%s</table>' % rows +
                "<p>共%d人，每人一柜，钥匙由本人保管。　　班主任：%s　　实训室管理员：%s</p>" % (len(k), s["headteacher"], s["teachers"][1]))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    raise SystemExit(r)


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


TEACH = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Held-out people corpus testdata/heldout116, the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    for n in TEACH + all_planted + all_others:
        if used(n):
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"], s["school"]):
            if w in EARLIER_TEXT or w in EARLIER_README:
                raise SystemExit("%s was used by an earlier corpus" % w)
    assert len(set(TEACH)) == len(TEACH), "a teacher stands twice"
    for i, a in enumerate(all_planted):
        for b in TEACH + all_others + all_planted[i + 1:]:
            if near(a, b):
                raise SystemExit("planted %s is near %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 116)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + TEACH + all_others + out
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
        masters = roster(s, d, man)
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
        fct = {1: "学生人数 | %s" % s["form_count"], 3: "学生数 | %s" % s["form_count"],
               2: "授课班级及人数 | %s" % (s["form_count"] if "班" in s["form_count"] else "%s　%s" % (s["cls"], s["form_count"]))}[grp(s)]
        truth["submissions"][subid] = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"].replace(s["cls"], "")).group()), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + masters,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
