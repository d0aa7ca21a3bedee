#!/usr/bin/env python3
"""Write the sources of the eighty-eighth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 兴仁
(Guizhou, 黔西南州), 北票 (Liaoning, 朝阳) and 黄骅 (Hebei, 沧州).
Helper code (the name checks, the html helpers, main) follows heldout64's author.py.

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
# the truth files read for names, tasks and courses to avoid (heldout87 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 87)] + ["othertools"]


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


# surnames by region, weighted by repetition: 兴仁 (Guizhou 黔西南: 王 李 张 陈 杨 罗 黄 吴 and the Buyi families 韦 岑 潘 龙
# 班 卢), 北票 (Liaoning 朝阳: 王 李 张 刘 赵 于 孙 and 白 包 of the Mongolian villages, 邢 姜 吕 付), 黄骅 (Hebei 沧州: 王 李 张 刘
# 杨 赵 and 马 戴 孟 郝 耿 纪 边, the Hui 丁 沙)
SURNAMES = {
    "xr": list("王王王李李李张张刘陈陈杨杨罗罗黄周吴吴韦韦韦岑岑潘龙班卢胡邓陆"),
    "bp": list("王王王王李李李张张张刘刘刘赵赵于于孙孙杨高郑白宋韩姜吕付邢包"),
    "hh": list("王王王王李李李张张张刘刘刘杨杨赵赵孙高马马戴孟郝耿田齐纪边苏丁沙"),
}
# given names: a new list, the everyday names of students born around 2009, split by sex for the rosters
GIVEN_M = ("梓轩 浩然 宇轩 梓睿 俊杰 浩轩 博涵 宇泽 天宇 一帆 明睿 泽远 梓晨 嘉豪 皓宇 俊宇 泽熙 锦涛 宇杰 浩博 文轩 俊凯 思辰 "
           "家铭 晨宇 嘉伟 星辰 一航 昊天 子逸 浩霖 睿哲 沐阳 煜祺 宸宇 宇辰 乐天 思睿 佳豪 俊楠 晨旭 泽瑞 嘉睿 昱辰 鸿宇 宇豪 "
           "子瑞 梓航 宏伟 俊逸 鹏宇 晟轩 启航 泽凯 金鑫 浩翔 锦辉 振华 思宇 天乐 志强 永强 海涛 建华 国庆 立新 家宁").split()
GIVEN_F = ("雨涵 欣怡 子涵 诗涵 思涵 紫涵 雨彤 子萱 语涵 梓萱 佳悦 可欣 雨晴 晨曦 子怡 欣蕾 诗雅 若涵 思琦 梦涵 子琪 语萱 佳琦 "
           "雅萱 悦然 梓琪 欣彤 雨菲 若兮 紫怡 晓雨 诗语 静雯 梓妍 安然 书涵 芷若 婧怡 雨霏 倩怡 雅雯 诗悦 若琳 婉婷 紫妍 雯婷 "
           "欣瑶 晓琳 羽彤 佳欣 梦琳 芮涵 雅琪 诗婷 一然 子晴 菲菲 晨希 雪莹 瑞琪 佳怡 玉洁 春燕 丽娜 海燕").split()
GIVEN1_M, GIVEN1_F = list("杰浩宇涛"), list("琪娜欣丹")
MALE = set(GIVEN_M) | set(GIVEN1_M)


def draw_given(rng):
    if rng.random() < 0.08:
        return rng.choice(GIVEN1_M + GIVEN1_F)
    return rng.choice(GIVEN_M if rng.random() < 0.5 else GIVEN_F)


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
    g = draw_given(rng)
    return rng.choice(SURNAMES[region]) + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for _ in range(400):
            name = sur + draw_given(rng)
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names




C = {
 "bath": dict(major="健康与社会照护", code="0529", course="居家失能老年人生活照护", task="社区居家失能老人床上擦浴与压疮风险评估照护",
   hours=16, station="健康照护一体化学习工作站",
   situation="兴仁城郊一个社区的居家养老服务站接到委托，为几位长期卧床的失能老人提供上门照护。服务站站长请照护班学员先用量表评估老人的压疮风险，制订照护计划，在实训室的模拟居室里完成床上擦浴、更换体位和皮肤观察，并把照护过程如实记在照护服务记录单上，交给家属确认。",
   qs=[("问题1 床上擦浴前要做好哪些准备？", ["关好门窗，室温调到二十四度左右，水温四十到四十五度，用手腕内侧试温，备好毛巾、浴巾和干净衣物。", "关门窗，调室温和水温。", "水温四十度左右，备好毛巾衣物。"]),
       ("问题2 怎样观察老人有没有压疮风险？", ["重点看骶尾部、足跟、肩胛这些骨突的地方，皮肤发红按压后不褪色就要警惕，再用Braden量表打分。", "看骨突处皮肤发红。", "用Braden量表打分。"])],
   hw=[("1. 为什么每两小时要给卧床老人翻一次身？", ["长时间压着的地方血液不流通，两小时翻身一次可以减轻局部受压，预防压疮。", "减轻局部受压。", "预防压疮。"]),
       ("2. 擦浴时怎样保护老人的隐私？", ["只暴露正在擦洗的部位，其余地方用浴巾盖好，关好门、拉上窗帘，动作轻柔并边做边解释。", "只暴露擦洗部位。", "拉窗帘，盖浴巾。"])],
   outputs=[("居家照护计划", "每日擦浴一次，每两小时翻身一次。"), ("压疮风险评估与皮肤观察记录", "Braden评分14分，属中度风险。")]),
 "banquet": dict(major="饭店(酒店)服务", code="0504", course="寿宴主题宴会服务", task="民族风味寿宴中餐摆台与席间服务",
   hours=14, station="中餐服务一体化学习工作站",
   situation="兴仁一家酒店承接了一场十二桌的寿宴，主人希望菜品和布置带一点布依族的风味。餐饮部经理请酒店班学员按寿宴主题设计台面，完成中餐十人位摆台，做好迎宾引座、斟酒上菜和席间巡台，宴后撤台并收集客人的意见。",
   qs=[("问题1 中餐宴会摆台的顺序是什么？", ["铺台布、放转盘、摆餐碟、汤碗汤勺、筷架筷子、酒具，最后摆牙签和台号，主人位对着门。", "台布、转盘、餐碟、筷子、酒具。", "主人位对着门。"]),
       ("问题2 上菜时应该从哪里上？", ["从陪同和翻译之间、或副主人右侧上菜，不能从主人和主宾之间上，新菜转到主宾面前。", "不从主人和主宾之间上。", "新菜转到主宾面前。"])],
   hw=[("1. 斟酒时要注意什么？", ["右手持瓶，商标朝向客人，从主宾开始顺时针斟，白酒斟八分满，瓶口不碰杯口。", "商标朝向客人，顺时针斟。", "白酒八分满。"]),
       ("2. 客人投诉菜上得慢怎么办？", ["先道歉，马上去厨房催菜并告诉客人大概还要几分钟，必要时请领班送一道小菜。", "道歉并去催菜。", "请领班处理。"])],
   outputs=[("寿宴主题台面设计说明", "以铜鼓纹样为主题，桌花用本地山花。"), ("宴会席间服务记录", "十二桌，席间巡台每桌五次。")]),
 "belt": dict(major="机电一体化技术", code="0127", course="可编程控制器应用技术", task="煤矿井下带式输送机PLC逆煤流启动控制系统安装与调试",
   hours=18, station="机电控制一体化学习工作站",
   situation="北票一座煤矿的井下运输巷要改造两部串联的带式输送机控制系统，要求逆煤流方向顺序启动、顺煤流方向顺序停车，跑偏和打滑时自动停机报警。矿机电科请机电班学员在实训台上按图纸接线，编写PLC程序，完成空载和模拟带载调试，并填写调试记录和电气工作票。",
   qs=[("问题1 为什么要逆煤流方向启动？", ["先启动后面的输送机，再启动前面的，煤到下一部时它已经在转，不会堆煤压死皮带。", "先开后面的，不会堆煤。", "防止压死皮带。"]),
       ("问题2 跑偏保护开关动作后程序要做什么？", ["立即停止本机和它前面所有输送机，发出声光报警，故障排除并复位后才能重新启动。", "停机并报警。", "复位后才能启动。"])],
   hw=[("1. 画出两部输送机顺序启动的梯形图要点。", ["1号机启动后用它的运行信号作为2号机启动条件，中间加五秒延时，停车时反过来。", "用1号机运行信号做条件。", "加五秒延时。"]),
       ("2. 调试前为什么要办工作票？", ["工作票写明停电范围、安全措施和负责人，许可后才能作业，防止误送电伤人。", "写明停电范围和安全措施。", "防止误送电。"])],
   outputs=[("输送机控制系统调试记录", "空载试运行三十分钟无异常。"), ("PLC程序及I/O分配表", "输入十四点，输出九点。"), ("故障模拟测试报告", "跑偏、打滑保护动作正确。")]),
 "insulation": dict(major="新能源汽车检测与维修", code="0435", course="纯电动客车高压系统检修", task="纯电动客车动力电池包绝缘故障检测与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="北票公交公司的一辆纯电动客车雨后仪表报“绝缘故障”，车辆限功率行驶。公交公司维修车间请新能源班学员按高压安全规程断电验电，用绝缘电阻测试仪分段测量高压回路，找出进水的电池包插接件，清洁干燥并更换密封圈，复测合格后填写检测报告。",
   qs=[("问题1 高压断电后为什么还要等五分钟再验电？", ["电机控制器里的电容还存着电，要等它放电，用万用表验明两端电压低于三十六伏才能作业。", "电容还存着电。", "验电低于三十六伏。"]),
       ("问题2 绝缘电阻怎样算合格？", ["按每伏不低于五百欧计算，三百八十伏的系统绝缘电阻要大于零点一九兆欧，实际一般要求更高。", "每伏不低于五百欧。", "大于零点一九兆欧。"])],
   hw=[("1. 分段测量绝缘有什么好处？", ["把高压回路分成电池包、控制器、电机几段分别测，能很快缩小故障范围。", "缩小故障范围。", "分成几段分别测。"]),
       ("2. 更换插接件密封圈后要做哪些检查？", ["检查插接到位和锁止，复测绝缘电阻，上电看仪表有无故障码，再路试确认。", "复测绝缘电阻。", "上电看有无故障码。"])],
   outputs=[("动力电池包绝缘检测报告", "故障点在电池包低压插接件进水。"), ("高压断电验电记录", "验电电压零点三伏。")]),
 "vlan": dict(major="计算机网络应用", code="0301", course="局域网组建与管理", task="港口物流园区办公网络VLAN划分与无线覆盖部署",
   hours=16, station="网络组建一体化学习工作站",
   situation="黄骅港附近一个物流园区新建了办公楼，报关、调度、财务三个部门挤在一张网里，广播风暴时有发生，会议室无线信号也差。园区信息部请网络班学员勘察现场，规划VLAN和IP地址，配置核心和接入交换机，部署无线接入点并做信号测试，最后交付网络拓扑图和配置文档。",
   qs=[("问题1 为什么要按部门划分VLAN？", ["不同部门在不同广播域里，广播不会传到整个网络，财务的数据也更安全。", "缩小广播域。", "财务数据更安全。"]),
       ("问题2 无线AP的信道怎样规划？", ["二点四G频段相邻的AP用一、六、十一信道错开，五G频段尽量用不同信道，减少同频干扰。", "一、六、十一信道错开。", "减少同频干扰。"])],
   hw=[("1. Trunk口和Access口有什么区别？", ["Access口只属于一个VLAN，接电脑；Trunk口可以通过多个VLAN，连接交换机之间。", "Access接电脑，Trunk连交换机。", "Trunk通过多个VLAN。"]),
       ("2. 交付文档应包括哪些内容？", ["网络拓扑图、VLAN和IP地址规划表、设备配置备份、无线信号测试报告和管理员账号。", "拓扑图和地址规划表。", "配置备份和测试报告。"])],
   outputs=[("VLAN与IP地址规划表", "划分四个VLAN，网关在核心交换机上。"), ("无线信号测试报告", "会议室信号强度不低于负六十五dBm。")]),
 "crab": dict(major="烹饪(中式烹调)", code="0501", course="渤海湾海鲜菜肴制作", task="渤海梭子蟹与皮皮虾家常海鲜热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="开海以后，黄骅一家渔港饭店的梭子蟹和皮皮虾卖得最好，饭店想把香辣梭子蟹和椒盐皮皮虾做成招牌菜，出菜要快、口味要稳。饭店厨师长请烹饪班学员学习海鲜的初加工和去腥，按标准菜谱完成两道热菜，控制出菜时间，并填写出品单和成本核算表。",
   qs=[("问题1 梭子蟹初加工要注意什么？", ["先用刷子刷净蟹壳和蟹脚，掀开蟹盖去掉蟹腮和蟹心，斩块时蟹钳要拍裂便于入味。", "去蟹腮和蟹心。", "蟹钳拍裂好入味。"]),
       ("问题2 椒盐皮皮虾为什么要炸两遍？", ["第一遍中油温炸熟定型，第二遍高油温复炸把壳炸酥，吃起来外壳脆、肉不老。", "先炸熟再复炸。", "壳酥肉不老。"])],
   hw=[("1. 海鲜去腥有哪些方法？", ["用姜葱料酒腌制，焯水时加姜片，烹制时用花椒、紫苏等香料压腥。", "姜葱料酒腌制。", "用花椒紫苏压腥。"]),
       ("2. 出品单上要写哪些内容？", ["桌号、菜名、份量、下单时间、出菜时间和出品人，方便传菜和追溯。", "桌号、菜名和出菜时间。", "写出品人。"])],
   outputs=[("香辣梭子蟹出品单", "出菜时间十一分钟。"), ("椒盐皮皮虾出品单", "外壳酥脆，色泽金黄。"), ("两道热菜成本核算表", "每份成本五十二元。")]),
 "jujube": dict(major="电子商务", code="0603", course="生鲜水果网店运营与客服", task="冬枣产地直发网店详情页设计与售后客服话术",
   hours=16, station="电商运营一体化学习工作站",
   situation="黄骅的冬枣在十月成熟，一家果品合作社准备开网店把冬枣从枣园直接发给城里的顾客。合作社请电商班学员拍摄产品图、设计详情页，编写售前和售后客服话术，开店后轮班做客服，处理顾客关于磕伤、发货慢和退款的咨询，并整理客服记录。",
   qs=[("问题1 冬枣详情页的首屏要放什么？", ["放最能吸引人的产品图和一句卖点，比如当天采摘、产地直发、脆甜多汁，再加价格和规格。", "产品图和一句卖点。", "当天采摘，产地直发。"]),
       ("问题2 顾客说收到的枣有磕伤怎么回复？", ["先道歉，请顾客拍照，核实后按磕伤数量补发或退款，再提醒仓库加厚包装。", "道歉，拍照核实后退款。", "提醒仓库加厚包装。"])],
   hw=[("1. 为什么生鲜产品要写清楚发货时间？", ["生鲜怕压怕放，写清楚发货时间和快递，顾客心里有数，也能减少催单和差评。", "减少催单和差评。", "顾客心里有数。"]),
       ("2. 客服话术要避免哪些说法？", ["不能说“绝对”“最好”这样的极限词，不能和顾客争执，也不能承诺做不到的事。", "不说极限词。", "不和顾客争执。"])],
   outputs=[("冬枣详情页设计稿说明", "共九屏，首屏突出当天采摘。"), ("售后客服聊天记录整理", "本周接待咨询八十六人次。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="兴仁市巴铃技工学校", pack="dir", region="xr", course="bath", cls="照护2401班", size=36, seed=11,
         sidp="2452052901", students=["岑梓睿", "韦雨彤", "潘思琦"], outsiders={"潘思琦": "照护2402班"}, out_sidp="2452052902",
         extra_class=["龙浩霖"], bad={"龙浩霖": "over"}, others_named=["韦光秀"],
         teachers=["罗秀芬", "岑国辉"], form_count="36人",
         f8="care_sheet", f10="std_box_land", f11="careplan_typed", f12="guazi_photo",
         findings=[("students.not_in_class", 8, True, "潘思琦"), ("records.invalid_score", 10, False, "龙浩霖")],
         comment="潘思琦 of the parallel class 照护2402班 (her class and 学号 245205290213 on her care record sheet, typed care plan "
                 "and photographed homework) is the third student of 8/11/12; item 10 (36 rows = form `照护2401班，共36人`) has no "
                 "record of her: students.not_in_class. Item 10 (TYPED, a landscape page) gives the maxima ONLY in a 评分标准 line "
                 "above the table (沟通评估15分、擦浴操作40分、风险评估30分、记录整理15分), the heads carry no numbers; 龙浩霖 has 46 under "
                 "擦浴操作 (总分 the sum): records.invalid_score. The old woman cared for, 韦光秀, is named on every care sheet and "
                 "plan (not a student). Item 8: scanned 200 gray with earphones left on the glass. No roster"),
    dict(school="兴仁市巴铃技工学校", pack="dir", region="xr", course="banquet", cls="酒店2401班", size=34, seed=12,
         sidp="2452050401", students=["黄诗悦", "卢俊凯", "吴晓雨"], others_named=["罗德贵"],
         teachers=["韦芳蕊", "龙建明"], form_count="34人",
         f8="header_table", f10="bonus", f11="menu_card", f12="hand_page",
         findings=[],
         comment="clean. Item 10 (scanned 200 gray) has a 附加分 column: five students won prizes at the school's skills festival, "
                 "and their 总分 is the sum of the parts PLUS the 附加分, as the note under the table says (capped at 100); "
                 "34 rows = form `酒店2401班，共34人`. The host of the birthday banquet 罗德贵 is named on every service record "
                 "(item 11, typed; not a student). Item 8: colour scan 250 with a bordered head row. No roster"),
    dict(school="北票市大黑山技工学校", pack="gbkzip", region="bp", course="belt", cls="机电2401班", size=40, seed=21,
         sidp="24210127", students=["于佳琦", "姜晨旭", "邢子逸"], extra_class=["包雅雯"], absent_from_10=["包雅雯"],
         others_named=["宋宝田"], teachers=["邢振山", "于桂琴", "姜德顺"], form_count="四十人", form_num=40,
         roster="uniform", headteacher="白淑琴",
         f8="work_ticket", f10="name_first", f11="repair_card", f12="draft_paper",
         findings=[("records.missing_student", 10, False, "包雅雯"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 实训服领取登记表 used as the class list: 序号 学号 姓名 性别 尺码 and each student's own hand-written "
                 "signature, 40, 班主任 白淑琴) and the form (`班级人数 | 四十人`, in Chinese numerals) hold 包雅雯; item 10 (TYPED, "
                 "姓名 first and 学号 as the LAST column) has 39 rows and none for her: records.missing_student and "
                 "records.count_mismatch. Item 8 (1-bit 300 dpi): an electrical WORK TICKET (电气工作票) as the worksheet, the "
                 "student as 工作负责人, the mine's electrician 宋宝田 as 工作许可人 (not a student). Three teachers"),
    dict(school="北票市大黑山技工学校", pack="gbkzip", region="bp", course="insulation", cls="新能源2402班", size=38, seed=22,
         sidp="23210435", students=["宋一航", "白梓妍", "郑浩翔"], items={12: ["宋一航", "白梓妍"]},
         extra_class=["吕宇辰"], bad={"吕宇辰": "sum"}, others_named=["白玉珍"],
         teachers=["吕文斌", "付春霞"], form_count="三十八人", form_num=38,
         f8="plain_line", f10="three_line", f11="report_typed", f12="grid_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "吕宇辰")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, sunflower-seed shells on the pages) holds the homework of only TWO students, 宋一航 and "
                 "白梓妍 (郑浩翔's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 "
                 "(scanned 250 gray) is a THREE-LINE table (三线表: a thick rule above the head, a thin one under it, a thick one "
                 "at the foot, no vertical rules); 吕宇辰's 总分 is 7 above the sum of his parts: records.invalid_score. Item 11 "
                 "(typed): insulation test reports with the bus company's fleet clerk 白玉珍 as 送修人 (not a student). Form "
                 "`三十八人` = 38 rows"),
    dict(school="黄骅市南大港技工学校", pack="zip", region="hh", course="vlan", cls="网络2401班", size=42, seed=31,
         sidp="2413030101", students=["戴欣彤", "孟昱辰", "郝思辰"], items={8: ["戴欣彤", "孟昱辰", "纪雨菲"]},
         extra_class=["纪雨菲", "耿泽凯"], bad={"耿泽凯": "over"}, others_named=[],
         teachers=["戴志强", "孟繁丽"], form_count="42名学生",
         f8="name_sticker", f10="time_station", f11="label_sheet", f12="color_scan_hand",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "耿泽凯")],
         comment="item 8 (scanned 250 gray, earphones on the glass) holds the worksheets of 戴欣彤, 孟昱辰 and classmate 纪雨菲 "
                 "(with an item-10 record) instead of 郝思辰's (items 11 and 12 hold the three): students.mismatch. Item 10 "
                 "(scanned 200 gray) has 工位 and 用时（分钟） columns beside the scores (用时 values 38-58, not scores); 耿泽凯 has "
                 "38 under `交换机配置(35)` (总分 the sum): records.invalid_score. The name on item 8 is on a printed name "
                 "sticker (名字贴) at the top right. Form `网络2401班 42名学生` = 42 rows. No roster"),
    dict(school="黄骅市南大港技工学校", pack="zip", region="hh", course="crab", cls="烹饪2403班", size=37, seed=32,
         sidp="2413050103", students=["边嘉睿", "齐若琳", "马子瑞"], extra_class=["丁宏伟"], bad={"丁宏伟": "sum"},
         others_named=["纪春生"], teachers=["郝金来", "耿彩云"], form_count="36名学生",
         f8="fax_line", f10="two_sessions", f11="order_typed", f12="name_line_photo",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "丁宏伟")],
         comment="item 10 (TYPED) lists 37 students in two sittings (上午场 rows 1-19, 下午场 rows 20-37, each under its own "
                 "head); the form says `烹饪2403班 36名学生`: records.count_mismatch (no roster). 丁宏伟's 总分 is 6 above the "
                 "sum of his parts: records.invalid_score. Item 11 (typed): 出品单 with the diner 纪春生 as 点菜顾客 (not a "
                 "student) and the student as 出品人. Item 8: 1-bit 200, `姓名＿ 学号＿ 班级＿` by hand"),
    dict(school="黄骅市南大港技工学校", pack="zip", region="hh", course="jujube", cls="电商2402班", size=40, seed=33,
         sidp="2413060302", students=["苏晨希", "田家宁", "沙雪莹"], others_named=["马秀荣"],
         teachers=["纪洪波", "苏晓红"], form_count="40名学生", roster="four_across", headteacher="边玉梅",
         f8="two_row_box", f10="weighted", f11="chat_typed", f12="sid_boxes",
         findings=[],
         comment="clean. Item 10 (scanned 200 gray) is a WEIGHTED register: 自评 (20%), 互评 (20%), 教师评 (60%) each out of "
                 "100, 总评 = 0.2·自评 + 0.2·互评 + 0.6·教师评 with one decimal, as the note says; 40 rows = form = roster. The "
                 "roster is a four-across list (序号 姓名 four times across, ten rows). Item 11 (typed): customer-service "
                 "chat logs, the student as 客服, buyers only by nicknames, the receiver 马秀荣 named once (not a student). "
                 "Item 12 (photographed): the 学号 written digit by digit in boxes"),
]

PROVINCE = {1: "贵州省黔西南州兴仁市", 2: "辽宁省朝阳市北票市", 3: "河北省沧州市黄骅市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 兴仁: "No.08 工作页.pdf"
        return "No.%02d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 北票: "8、工作页.pdf"
        return "%d、%s.pdf" % (n, NAMES[n])
    return "%02d_%s.pdf" % (n, NAMES[n])   # 黄骅: "08_工作页.pdf"


def form_name(s, c):
    return {1: ("申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s-%s-申报书.pdf" % (s["school"], s["cls"]), "pdf"),
            3: ("附件2：工学一体化优质课堂项目申报书_%s.docx" % s["cls"], "docx")}[grp(s)]


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
    g = grp(s)
    if g == 1:
        return "授课班级及人数 | %s，共%s" % (s["cls"], s["form_count"])
    if g == 2:
        return "班级人数 | %s" % s["form_count"]
    return "授课对象 | %s %s" % (s["cls"], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 兴仁: class and size in one cell, "，共36人"
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及人数", "%s，共%s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 北票: 班级人数 in Chinese numerals
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
    else:   # 黄骅: 授课对象 "网络2401班 42名学生"
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s %s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生分组接受任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
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
        if f == "care_sheet":   # a care service record sheet: the old woman named, the carer at the bottom
            head = tbl([["照护对象", hand(s["others_named"][0], True, BLACK), "年龄", hand("8%d岁" % (1 + i), True, BLACK), "服务日期", hand(day(s, i)[5:], True)],
                        ["照护项目", ("床上擦浴、更换体位、皮肤观察", ' colspan="5" align="left"')]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>照护服务记录单（学习工作页）</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    '<p><b>皮肤观察：</b>%s</p>' % hand(["骶尾部皮肤微红，按压后褪色。", "右足跟发红，已垫软枕。", "皮肤完整，无发红。"][i % 3], True) +
                    '<p>家属确认：%s　　　%s</p>' % (hand("已确认", True, BLACK), comment) +
                    '<p style="text-align:right">照护员：%s　班级：%s　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)))
        elif f == "header_table":   # a bordered head row 班级 | 姓名 | 学号 | 组别
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "组别", hand("第%s组" % "一二三四五"[i % 5], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "work_ticket":   # an electrical work ticket as the worksheet
            head = tbl([["工作票编号", hand("JD-2024-%03d" % (31 + i), True), "班　级", hand(cl, True)],
                        ["工作负责人", hand(n), "学　号", hand(sid, True)],
                        ["工作任务", ("2号带式输送机控制柜接线与调试", ' colspan="3" align="left"')],
                        ["停电范围", ("实训台2号控制柜总电源", ' colspan="3" align="left"')],
                        ["工作票签发人", t[i % 2], "工作许可人", hand(s["others_named"][0], True, BLACK)]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页（电气第二种工作票）</h3>' % c["task"] + head + sit + answers(c, rng, i) + comment)
        elif f == "plain_line":   # plain 班级 学号 姓名 line
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "name_sticker":   # a printed name sticker at the top right, filled in by hand
            head = ('<table align="right" style="border-collapse:collapse;border:1.5pt dashed #333" width="46%%"><tr><td style="padding:4px 8px">'
                    '<b>姓名</b> %s<br/><b>学号</b> %s<br/><b>班级</b> %s</td></tr></table>' % (hand(n), hand(sid, True), hand(cl, True)))
            body = head + title + '<p style="clear:both"></p>' + sit + answers(c, rng, i) + comment
        elif f == "fax_line":   # 姓名＿ 学号＿ 班级＿ by hand
            head = '<p>姓名＿%s＿　学号＿%s＿　班级＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = title + head + "<p>实训日期：%s　　工位：%d号灶</p>" % (day(s, i), 3 + i) + sit + answers(c, rng, i) + comment
        elif f == "two_row_box":   # a two-row head box: 姓名 学号 / 班级 日期
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="80%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"care_sheet": "x-scanpdf:200:earbuds", "header_table": "x-scanpdf:250:color", "work_ticket": "x-scanpdf:300:mono",
            "plain_line": "x-scanpdf:200:color", "name_sticker": "x-scanpdf:250:earbuds", "fax_line": "x-scanpdf:200:mono",
            "two_row_box": "x-scanpdf:200"}[f]
    font = {"header_table": "Noto Sans CJK SC", "work_ticket": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


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




LAND = "size:29.7cm 21cm;margin:1.2cm 1.4cm"


def grade(tot):
    return "优秀" if tot >= 90 else "良好" if tot >= 80 else "中等" if tot >= 70 else "及格" if tot >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "std_box_land":   # landscape; the maxima only in a 评分标准 line above the table
        parts = [("沟通评估", 15), ("擦浴操作", 40), ("风险评估", 30), ("记录整理", 15)]
        std = "评分标准：" + "、".join("%s%d分" % p for p in parts) + "，满分100分；等级：90分以上优秀，80—89良好，70—79中等，60—69及格。"
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "等级", "评语"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.65, 0.95)
            if bad.get(n) == "over":
                v[1] = 46
            tot = sum(v)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot),
                             ["动作规范", "沟通耐心", "记录完整", "注意保暖", "翻身到位", "需加强观察"][(k * 7) % 6]], pad))
        body = (head10(s, c, "学习任务考核记录表") + '<p style="border:0.75pt solid #000;padding:3px 6px">%s</p>' % std + table(out) + sign)
        return "10.html", html(body, "9pt", compact=True, page=LAND), "pdf"
    if f == "bonus":   # a 附加分 column explained under the table
        parts = [("仪容仪表", 10), ("中餐摆台", 40), ("席间服务", 35), ("撤台整理", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分", "总分"]], pad)]
        bon = dict(zip(rng.sample(range(len(rec)), 5), [5, 3, 3, 5, 3]))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            b = bon.get(k, 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(min(100, sum(v) + b))], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：附加分为本学期校技能节获奖加分（一等奖加5分，二等奖加3分），总分＝各项得分之和＋附加分，最高100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "name_first":   # 姓名 first, 学号 the last column
        parts = [("接线工艺", 25), ("程序编写", 30), ("调试运行", 30), ("安全文明", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "性别"] + ["%s(%d)" % p for p in parts] + ["总分", "学号"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), n, sex_of(n)] + [str(x) for x in v] + [str(sum(v)), sid_of(s, n)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "three_line":   # a three-line table: no vertical rules
        parts = [("高压防护", 20), ("绝缘检测", 35), ("故障排除", 30), ("报告填写", 15)]
        hd = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]

        def row(cells, top="none", bottom="none", b=False):
            return "<tr>%s</tr>" % "".join('<td align="center" style="border:none;border-top:%s;border-bottom:%s;padding:1px 5px">%s</td>'
                                           % (top, bottom, ("<b>%s</b>" % x) if b else x) for x in cells)
        out = [row(hd, "1.6pt solid #000", "0.6pt solid #000", True)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(row([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)],
                           bottom="1.6pt solid #000" if k == len(rec) - 1 else "none"))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "time_station":   # 工位 and 用时 columns beside the scores
        parts = [("需求勘察", 15), ("交换机配置", 35), ("无线部署", 30), ("文档交付", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "工位", "学号", "姓名", "用时<br/>(分钟)"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 38
            out.append(trow([str(k + 1), "A%02d" % (1 + (k * 5) % 42), sid_of(s, n), n, str(rng.randint(38, 58))] +
                            [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：用时为完成全部配置任务所用时间，不计入总分；限时60分钟。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200"
    if f == "two_sessions":   # the class assessed in two sittings, a table each
        parts = [("初加工", 20), ("刀工", 15), ("烹制", 40), ("装盘", 10), ("卫生", 15)]
        hd = trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)
        rows = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            rows.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        h = 19
        body = (head10(s, c, "学习任务考核成绩表") +
                "<p><b>第一场（上午8:00—11:30）</b></p>" + table([hd] + rows[:h]) +
                "<p><b>第二场（下午14:00—17:30）</b></p>" + table([hd] + rows[h:]) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted":   # 自评 互评 教师评, 总评 weighted
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "自评<br/>(20%)", "互评<br/>(20%)", "教师评<br/>(60%)", "总评"]], pad)]
        for k, n in enumerate(rec):
            a, b, e = rng.randint(75, 96), rng.randint(70, 95), rng.randint(62, 95)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(e), "%.1f" % (0.2 * a + 0.2 * b + 0.6 * e + 1e-9)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out, width="80%") +
                "<p>注：自评、互评、教师评均按百分制评定，总评＝自评×20%＋互评×20%＋教师评×60%，保留一位小数。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
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
            if f == "careplan_typed":   # 照护员, the old woman named
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", s["others_named"][0], "性别／年龄", "女／8%d岁" % (1 + i)], ["照护员", "%s（%s）" % (n, cl), "学号", sid],
                                  ["内容", (desc, ' colspan="3" align="left"')], ["审核", t[j % 2], "日期", day(s, 30 + i)]], width="90%"))
            elif f == "menu_card" and j == 0:   # a printed banquet menu card, the designer at the foot
                dishes = ["八味冷碟", "酸汤鱼", "花糯米饭", "糟辣脆皮鸡", "竹笋炖腊肉", "清炒时蔬", "长寿面", "寿桃包"]
                parts.append('<table align="center" style="border-collapse:collapse;border:2.5pt double #7a1d12" width="62%%"><tr><td style="padding:10px 18px;text-align:center">'
                             '<p style="font-size:18pt"><b>罗府寿宴　菜单</b></p><p>宴会主人：%s　　%s</p>%s'
                             '<p style="font-size:9pt;text-align:right">菜单设计：%s（%s）</p></td></tr></table>' % (
                                 s["others_named"][0], day(s, 30 + i), "".join("<p>%s</p>" % x for x in dishes[i % 2:] + dishes[:i % 2]), n, cl) +
                             "<p>设计说明：%s　　审核：%s</p>" % (desc, t[j % 2]))
            elif f in ("banquet_typed", "menu_card"):   # the host of the banquet named
                parts.append('<h3>%s</h3><p>宴会：罗府寿宴（十二桌）　　宴会主人：%s　　服务员：%s（%s）</p>' % (title, s["others_named"][0], n, cl) +
                             tbl([["时间", "环节", "要点"], ["17:30", "迎宾引座", "主宾、主人先入座"], ["18:00", "斟酒上菜", "先主宾后主人，顺时针"],
                                  ["19:30", "巡台撤盘", "每桌五次"]], width="86%") + "<p>%s</p><p>领班：%s</p>" % (desc, t[j % 2]))
            elif f == "repair_card":   # a small equipment repair card per output
                parts.append('<h3>%s</h3>' % title +
                             '<table style="border-collapse:collapse;border:1.5pt solid #000" width="70%%">%s</table>' % "".join(
                                 '<tr><td style="border:0.75pt solid #000;padding:3px 6px;background:#f0f0f0" width="32%%">%s</td><td style="border:0.75pt solid #000;padding:3px 6px">%s</td></tr>' % kv
                                 for kv in [("设备检修卡", "No.JD%02d-%d" % (i + 1, j + 1)), ("设备名称", "2号带式输送机控制柜"), ("检修人", "%s（%s）" % (n, cl)),
                                            ("学号", sid), ("检修内容", desc), ("验收人", t[j % 3]), ("日期", day(s, 30 + i))]))
            elif f == "debug_typed":   # 调试人, 监护人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["调试人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)], ["设备", "2号带式输送机控制柜", "监护人", t[j % 3]],
                                  ["结论", (desc, ' colspan="3" align="left"')]], width="90%"))
            elif f == "report_typed":   # 检测人 and the bus company's clerk as 送修人
                parts.append('<h3>%s</h3>' % title + tbl([["送修单位", "北票公交公司", "送修人", s["others_named"][0]],
                                                          ["车号", "辽N·D%04d" % (3170 + 11 * i), "检测人", "%s（%s）" % (n, cl)],
                                                          ["结论", desc, "复核", t[j % 2]]], width="92%"))
            elif f == "label_sheet" and j == 0:   # a printed sheet of cable and device labels, the maker at the foot
                cells = []
                for q in range(12):
                    cells.append('<td style="border:0.75pt dashed #444;padding:4px 6px;font-size:9pt">SW-%dF-%02d<br/>端口 G0/0/%d<br/>VLAN %d</td>' % (
                        1 + q // 6, 1 + i, 1 + q, [10, 20, 30, 99][q % 4]))
                grid = "".join("<tr>%s</tr>" % "".join(cells[r * 4:r * 4 + 4]) for r in range(3))
                parts.append('<h3 style="text-align:center">线缆与设备标签（打印稿）</h3><table style="border-collapse:collapse" width="92%%">%s</table>' % grid +
                             "<p>标签制作与粘贴：%s　　学号：%s　　班级：%s</p><p>%s　　验收：%s</p>" % (n, sid, cl, desc, t[j % 2]))
            elif f in ("ipplan_typed", "label_sheet"):   # an address plan with 实施人
                parts.append('<h3 style="text-align:center">%s</h3><p>实施人：%s　　学号：%s　　班级：%s</p>' % (title, n, sid, cl) +
                             tbl([["VLAN", "部门", "网段", "网关"], ["10", "报关", "192.168.10.0/24", "192.168.10.254"],
                                  ["20", "调度", "192.168.20.0/24", "192.168.20.254"], ["30", "财务", "192.168.30.0/24", "192.168.30.254"],
                                  ["99", "无线AP管理", "192.168.99.0/24", "192.168.99.254"]], width="86%") +
                             "<p>说明：%s　　验收：%s</p>" % (desc, t[j % 2]))
            elif f == "order_typed":   # 出品单: the diner and the cook
                parts.append('<h3>%s</h3>' % title + tbl([["桌号", "A%d" % (3 + i), "点菜顾客", s["others_named"][0]],
                                                          ["出品人", "%s（%s）" % (n, cl), "学号", sid],
                                                          ["下单", "11:%02d" % (5 + 3 * j), "出菜", "11:%02d" % (16 + 3 * j)],
                                                          ["评价", desc, "评价人", t[j % 2]]], width="90%"))
            elif f == "chat_typed":   # customer-service chat logs: buyers by nickname, one receiver named
                nick = ["枣香四溢", "沧州小鹿", "吃货阿飞"][i % 3]
                parts.append('<h3>%s</h3><p>客服：%s（%s）　　日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["时间", "发言人", "内容"], ["10:02", "买家 %s" % nick, "枣收到了，有几个磕破了"],
                                  ["10:03", "客服 %s" % n, "非常抱歉，麻烦您拍张照片，我马上为您核实处理"],
                                  ["10:09", "客服 %s" % n, "已为您补发一斤，收货人%s，地址不变" % s["others_named"][0]]], width="92%", align="left") +
                             "<p>%s　　审核：%s</p>" % (desc, t[j % 2]))
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
        if f == "guazi_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "grid_photo":
            head = ["课后作业（动力电池）", "> %s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "hand_page":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "draft_paper":   # homework on the school's printed draft paper, the name in the corner by hand
            head = ["%s　草　稿　纸" % s["school"], "> %s　%s" % (cl, n), "课后作业"]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "color_scan_hand":
            head = ["课后练习（局域网）", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "name_line_photo":
            head = ["海鲜菜肴课后作业", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "sid_boxes":   # the 学号 digit by digit in boxes
            head = ["%s　课后作业单" % c["course"], "> 姓名：%s　　班级：%s" % (n, cl), "学号：｜" + "｜".join(sid) + "｜"]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"guazi_photo": "x-photo:200:2:guazi", "grid_photo": "x-photo:200:1:guazi", "hand_page": "x-scan:200:4",
            "plain_photo": "x-photo:200:1", "draft_paper": "x-photo:200:1", "color_scan_hand": "x-scan:200:3:color", "name_line_photo": "x-photo:200:2",
            "sid_boxes": "x-photo:200:0"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    return "男" if n[1:] in MALE or n[2:] in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "uniform":   # a training-uniform sign-off sheet used as the class list; each student signs
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "尺码", "领取人签名"])]
        for j, n in enumerate(k):
            size = ["170/88A", "175/92A", "180/96A", "165/84A"][(j * 3 + len(n)) % 4] if sex_of(n) == "男" else ["160/84A", "165/88A"][j % 2]
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), size, hand(n, True, BLACK, "11pt")], "1px 4px"))
        body = ('<h2 style="text-align:center">%s实训服领取登记表（学生名单）</h2><p style="text-align:center">%s　2024年9月</p>' % (s["cls"], s["school"]) +
                table(rows, width="86%") + "<p>班主任：%s　　　共%d人　　　发放人：实训处</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（实训服领取登记）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "four_across":   # 序号 姓名 four times across
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "2px 6px") for x in ["序号", "姓名"] * 4)]
        per = (len(k) + 3) // 4
        for j in range(per):
            cells = []
            for col in range(4):
                m = col * per + j
                cells += [str(m + 1), k[m]] if m < len(k) else ["", ""]
            rows.append(trow(cells, "2px 6px"))
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2>' % (s["school"], s["cls"]) + table(rows, width="90%") +
                "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "10.5pt", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Eighty-eighth held-out people corpus (testdata/heldout88), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 88)
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
            "class_size_on_form": s.get("form_num") or int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s),
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
