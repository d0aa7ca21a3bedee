#!/usr/bin/env python3
"""Write the sources of the 126th held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 宜兴
(Jiangsu, 无锡), 盘锦 (Liaoning) and 嘉兴 (Zhejiang).

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
# every earlier corpus with a truth file (heldout125, written at the same time, excluded and not read)
EARLIER = sorted(d for d in os.listdir(os.path.join(HERE, ".."))
                 if (d.startswith("heldout") and d not in ("heldout125", "heldout126")) or d == "othertools")
EARLIER = [d for d in EARLIER if os.path.isfile(os.path.join(HERE, "..", d, "truth.json"))]

# surnames by region, weighted by repetition: 宜兴 (吴语 south Jiangsu: 周 蒋 吴 徐 陈 任 史 储 邵 潘 …),
# 盘锦 (Liaoning: 王 李 张 刘 孙 于 高 韩 曲 郭 杨 赵 …), 嘉兴 (north Zhejiang: 沈 朱 徐 陆 钱 姚 褚 屠 顾 …)
SURNAMES = {
    "yx": list("周周周蒋蒋吴吴徐徐陈陈王王张任史储储邵潘许朱范杭宗强"),
    "pj": list("王王王李李李张张刘刘孙孙于于高韩曲郭杨杨赵赵马徐冯"),
    "jx": list("沈沈沈朱朱徐徐陆陆钱钱张王吴周顾姚褚屠金俞蔡"),
}
# given names: a new list, of crafts, tools and old virtues
GIVEN2 = ("知行 守拙 匠心 怀瑾 慎思 笃行 敬一 若谷 致远 思齐 乐群 修竹 听松 问渠 观澜 立诚 弘毅 "
          "承砚 墨尘 陶然 砚秋 琢玉 铸成 锦绣 织云 绘春 谨言 敏之 恪勤 守正 怀素 芷兰 蕙心 "
          "惜时 朴园 鉴洲 明礼 崇文 尚武 仁和 信达 念慈 咏絮 书瑶 棠溪 兰舟 钧泽 鼎元 铭心 "
          "子衿 景行 静姝 嘉言 韫玉 清扬 若水 尔雅 思源 致和 明德 怀远 知微 见素 抱朴 养正 "
          "振衣 濯缨 怡然 欣然 悦之 允中 执中 履安 以宁 若愚 其琛 乃文 伯言 仲达 叔夜 季和 "
          "南星 北辰 东篱 西岭 晓岑 暮云 朝歌 夕颜 春山 夏木 秋池 冬阳 宛如 依然 可人 舒窈 "
          "安澜 平川 定远 长庚 启明 向晨 迎旭 望舒 羲和 青砚 白石 丹青 紫陌 黛眉 素问 元亨").split()
GIVEN1 = list("砚陶瓷钧鼎璞")


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
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    given_seen = {n.split("·")[0] for n in names if "·" in n}
    while len(names) < n:
        name = draw_one(rng, region)
        if "·" in name and name.split("·")[0] in given_seen:
            continue   # no two Uyghur students of one class share a given name
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
        if "·" in name:
            given_seen.add(name.split("·")[0])
    rng.shuffle(names)
    TAKEN.update(names)
    return names




def cut_readmes():
    out = []
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "README.md")
        if os.path.isfile(p):
            with open(p, encoding="utf-8", errors="replace") as f:
                for line in f:
                    if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                        break
                    out.append(line)
    return "".join(out)


EARLIER_README = cut_readmes()

C = {
 "tearoom": dict(major="饭店(酒店)服务", code="0504", course="主题客房对客服务", task="紫砂茶文化主题客房夜床服务与宾客茶礼接待",
   hours=16, station="客房服务一体化学习工作站",
   situation="宜兴一家以紫砂茶文化为主题的度假酒店接待了一个茶文化考察团，团员入住主题客房。客房部经理请酒店班学员按宾客档案做好夜床服务，在房内摆放紫砂壶茶具和当地红茶，为宾客演示一道冲泡，并记录宾客的特殊要求，次日交接给前厅。",
   qs=[("问题1 夜床服务一般在什么时间进行？", ["一般在晚上六点到九点之间，宾客外出用餐时进行，避免打扰宾客休息。", "晚上六点到九点。", "宾客外出时做，不打扰宾客。"]),
       ("问题2 在房内摆放紫砂茶具要注意什么？", ["壶嘴不对着床头和宾客，茶叶罐标明茶名，配上冲泡说明卡和保温水壶。", "壶嘴不对着宾客。", "配冲泡说明卡。"])],
   hw=[("1. 宾客挂出“请勿打扰”牌时怎样做夜床？", ["不进房，在门缝下放入服务卡，写明可随时致电客房中心。", "不进房，塞服务卡。", "请宾客致电客房中心。"]),
       ("2. 为什么要记录宾客的特殊要求？", ["让下一班和前厅都知道宾客的习惯，提供个性化服务，宾客再次入住时也能用上。", "方便交接，个性化服务。", "再次入住时能用上。"])],
   outputs=[("主题客房夜床服务记录", "共做夜床十二间。"), ("茶礼接待记录", "冲泡宜兴红茶，三道出汤。"), ("宾客特殊要求交接单", "两位宾客需要荞麦枕。")]),
 "pugmill": dict(major="机电一体化技术", code="0127", course="生产设备PLC控制系统装调", task="紫砂泥料真空练泥机PLC控制系统装调与试运行",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="宜兴丁蜀镇一家紫砂泥料厂更新了一台真空练泥机，需要把原来的继电器控制改成PLC控制，真空泵、搅拌电机和出泥电机要按顺序启停，真空度不足时报警停机。设备科请机电班学员读懂电气图，完成接线，编写PLC程序，调整真空压力开关，试运行后填写调试记录。",
   qs=[("问题1 为什么要先开真空泵再开出泥电机？", ["泥料要在真空室里排出气泡后再挤出，先抽真空才能保证泥段密实不起泡。", "先抽真空，泥段才密实。", "排掉气泡。"]),
       ("问题2 真空度不足时为什么要报警停机？", ["真空度不够，泥料里的气泡排不干净，做出的壶坯烧成时会起泡开裂。", "泥料有气泡，坯会开裂。", "防止出废品。"])],
   hw=[("1. 电动机的过载保护用什么元件？", ["用热继电器，电流长时间超过整定值时断开控制回路，让电机停下来。", "热继电器。", "过载时断开控制回路。"]),
       ("2. PLC输入端接常开还是常闭的急停按钮？", ["急停按钮接常闭触点，线断了也能让设备停机，更安全。", "接常闭触点。", "断线也能停机。"])],
   outputs=[("PLC输入输出分配表", "输入十二点，输出八点。"), ("真空压力开关调整记录", "报警值负零点零八兆帕。"), ("练泥机试运行记录", "连续运行两小时无报警。")]),
 "interlock": dict(major="新能源汽车检测与维修", code="0435", course="高压安全系统检修", task="油田巡检纯电动皮卡高压互锁故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="盘锦一家油田服务公司的纯电动皮卡在巡检途中突然无法上高压，仪表提示高压互锁故障。售后站主管请新能源班学员做好高压防护，读取故障码和数据流，沿互锁回路逐段测量，找出松脱的插接器，修复后清除故障码并路试验证。",
   qs=[("问题1 高压互锁回路起什么作用？", ["检查高压插接器是否都插好，有一个没插好回路就断开，整车控制器不允许上高压。", "插接器没插好就不上高压。", "保护人员安全。"]),
       ("问题2 测量互锁回路前要做哪些准备？", ["断开低压蓄电池负极，拔下维修开关，等五分钟后验电，戴好绝缘手套。", "断电、拔维修开关、验电。", "戴绝缘手套。"])],
   hw=[("1. 互锁故障常见的原因有哪些？", ["插接器松脱或进水，互锁端子退针，线束被磨破。", "插接器松脱。", "端子退针、线束磨破。"]),
       ("2. 修复后为什么要路试？", ["确认颠簸路面上插接器不再松脱，故障码不再出现。", "确认故障不再出现。", "颠簸路面验证。"])],
   outputs=[("故障码与数据流记录", "互锁状态：断开。"), ("互锁回路分段测量记录", "空调压缩机插接器处电阻无穷大。"), ("路试验证记录", "路试二十公里无故障码。")]),
 "choking": dict(major="健康与社会照护", code="0529", course="机构失智老人照护", task="养老院失智老人协助进餐与噎食应急处置",
   hours=14, station="照护实训一体化学习工作站",
   situation="盘锦一家养老院的认知症照护专区有十多位失智老人，进餐时常有拒食、含饭不咽的情况，上个月还发生过一次噎食。护理部主任请照护班学员评估老人的吞咽能力，调整食物性状，协助老人进餐，并分组演练海姆立克急救法。",
   qs=[("问题1 怎样判断老人有吞咽困难？", ["观察进食时有没有呛咳、含饭不咽、饭后声音变湿，必要时做洼田饮水试验。", "看有没有呛咳。", "做饮水试验。"]),
       ("问题2 协助失智老人进餐时要注意什么？", ["环境安静，一次只给一样食物，小口慢喂，确认咽下再喂下一口，进餐后保持坐位半小时。", "小口慢喂。", "饭后坐半小时。"])],
   hw=[("1. 噎食后老人有什么表现？", ["突然不能说话，双手抓住脖子，脸色发紫，呼吸困难。", "不能说话，抓脖子。", "脸色发紫。"]),
       ("2. 为坐着的老人做海姆立克急救怎样站位？", ["站在老人身后，双臂环抱腰部，一手握拳放在肚脐上方，另一手包住拳头向内上方冲击。", "站在身后环抱。", "握拳向内上方冲击。"])],
   outputs=[("吞咽能力评估记录", "饮水试验二级。"), ("协助进餐记录", "进食米糊二百毫升。"), ("噎食急救演练记录", "冲击五次后异物排出。")]),
 "crabnet": dict(major="计算机网络应用", code="0301", course="物联网感知网络组建", task="稻田河蟹养殖基地物联网监控网络组建与调试",
   hours=18, station="网络工程一体化学习工作站",
   situation="盘锦大洼的一个稻田河蟹养殖基地要在两百亩稻田里布设水质传感器和摄像头，实时查看水温、溶解氧和蟹塘情况。基地请网络班学员勘测现场，设计无线网桥和交换机的组网方案，配置网络和视频平台，调试后交付基地使用。",
   qs=[("问题1 稻田里为什么用无线网桥而不是拉网线？", ["稻田面积大，田埂窄，拉网线施工难又容易被农机挂断，网桥点对点传输几公里也稳定。", "面积大，拉线难。", "网桥传得远。"]),
       ("问题2 水质传感器的数据怎样传到平台？", ["传感器接到采集网关，网关通过网桥和交换机把数据送到服务器上的平台。", "经网关、网桥到平台。", "网关上传数据。"])],
   hw=[("1. 网桥安装时要注意什么？", ["两端天线对准，中间没有树木遮挡，立杆接地防雷。", "天线对准，无遮挡。", "接地防雷。"]),
       ("2. 摄像头和传感器为什么分在不同的VLAN？", ["视频流量大，分开后互不影响，也便于管理和排查故障。", "互不影响。", "便于管理。"])],
   outputs=[("现场勘测记录", "西区距机房一点二公里。"), ("交换机VLAN配置记录", "VLAN10视频，VLAN20传感器。"), ("网络调试验收记录", "十六路视频画面流畅。")]),
 "zongzi": dict(major="烹饪(中式烹调)", code="0501", course="江南传统点心制作", task="嘉兴鲜肉粽裹制与蒸煮批量生产",
   hours=16, station="中式烹调一体化学习工作站",
   situation="端午节前，嘉兴一家老字号粽子店接到三千只鲜肉粽的团购订单，店里人手不够，请烹饪班学员到中央厨房参与生产。行政总厨请学员按店里的配方腌制猪肉、浸泡糯米，按标准裹成四角粽，分批蒸煮，并做好每一批的记录和质量检验。",
   qs=[("问题1 糯米为什么要提前浸泡？", ["糯米吸足水分后蒸煮时熟得快，口感软糯均匀，不会外烂里生。", "吸水后熟得匀。", "不会夹生。"]),
       ("问题2 鲜肉粽的肉怎样腌制？", ["选肥瘦相间的猪后腿肉，切成长条，用酱油、白糖、盐和黄酒腌制四小时以上。", "酱油、糖、盐、黄酒腌。", "腌四小时以上。"])],
   hw=[("1. 裹粽时怎样判断扎得松紧合适？", ["用手捏粽子不变形，米不外露，绳子扎紧但不勒进粽叶。", "捏着不变形。", "米不外露。"]),
       ("2. 批量蒸煮为什么要分批记录？", ["记录每一批的下锅时间、火力和出锅时间，出了质量问题能追溯到批次。", "方便追溯。", "记录时间和火力。"])],
   outputs=[("鲜肉粽配料单", "每只糯米一百二十克，肉四十克。"), ("蒸煮批次记录", "每批三百只，煮三小时。"), ("成品抽检记录", "抽检二十只，全部合格。")]),
 "tram": dict(major="城市轨道交通运输与管理", code="0431", course="有轨电车车站客运服务", task="有轨电车站节庆客流疏导与站务交接班作业",
   hours=16, station="城轨客运服务一体化学习工作站",
   situation="嘉兴的有轨电车线路经过南湖景区，节庆期间游客多，站台容易拥挤。运营公司请城轨班学员跟岗实习，在企业师傅带领下完成站台客流疏导、票务问询和站务交接班，制定节庆客流疏导方案，并按规定填写交接班记录。",
   qs=[("问题1 站台拥挤时怎样疏导乘客？", ["在站台两端设引导员，用广播和手势引导乘客分散候车，必要时在进站口限流。", "两端引导，分散候车。", "进站口限流。"]),
       ("问题2 交接班时要交接哪些内容？", ["设备状态、票务备用金、未处理的乘客事务和上级的指示。", "设备和备用金。", "未处理的事务。"])],
   hw=[("1. 有轨电车和地铁的站台有什么不同？", ["有轨电车站台多在路面，没有屏蔽门，乘客安全要靠站务员提醒和引导。", "在路面，没有屏蔽门。", "要靠人提醒。"]),
       ("2. 遇到老人问路怎样服务？", ["耐心听完，讲清换乘站和方向，必要时写在便签上交给老人。", "耐心讲清方向。", "写在便签上。"])],
   outputs=[("节庆客流疏导方案", "设引导员四名。"), ("站务交接班记录", "备用金五百元，设备正常。"), ("乘客问询登记", "问询四十二次。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="宜兴市丁蜀技工学校", pack="dir", region="yx", course="tearoom", cls="酒店2403班", size=36, seed=11,
         sidp="24320504", students=["蒋墨尘", "储砚秋", "邵芷兰"], others_named=["郑伯年", "卢素芬", "彭嘉树"],
         teachers=["周丽雯", "任建宏"], form_count="36人",
         f8="night_order", f10="weighted", f11="tea_typed", f12="exercise_book", findings=[],
         comment="clean. Item 10 (scanned 250 dpi gray, a candy wrapper on the sheet) is a WEIGHTED register: 过程评价 and "
                 "结果评价 each out of 100, 总评 = 过程×40% + 结果×60% (rounded), explained on the page; 36 rows = form `36人`. "
                 "Item 8: a 夜床服务工作单 per student, the guests 郑伯年/卢素芬/彭嘉树 (住客, not students) named by room, the "
                 "student only as 服务员 in the right-hand cell, 领班 a teacher. No roster"),
    dict(school="宜兴市丁蜀技工学校", pack="dir", region="yx", course="pugmill", cls="机电2402班", size=40, seed=12,
         sidp="24320127", students=["史守拙", "潘朴园", "吴笃行"], items={12: ["史守拙", "潘朴园"]},
         extra_class=["许承砚"], bad={"许承砚": "over"},
         teachers=["蒋炳荣", "陈蕴芳"], form_count="40",
         f8="header_table", f10="legend_letters", f11="plc_typed", f12="name_line_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "许承砚")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a stapler lying on the sheet) holds the homework of only TWO students, 史守拙 and "
                 "潘朴园 (吴笃行's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 "
                 "(scanned 200 dpi gray) heads its score columns only A B C D; the maxima stand in a legend UNDER the table "
                 "(A 接线工艺 25分 B 程序编写 35分 C 调试运行 30分 D 安全文明 10分); 许承砚 has 33 under C (max 30; 合计 the sum): "
                 "records.invalid_score. Form `学生人数 | 40` = 40 rows. No roster"),
    dict(school="盘锦市大洼技工学校", pack="gbkzip", region="pj", course="interlock", cls="新能2401班", size=38, seed=21,
         sidp="2421043501", students=["孙敬一", "曲慎思", "韩立诚"], outsiders={"韩立诚": "新能2402班"}, out_sidp="2421043502",
         extra_class=["冯乐群"], bad={"冯乐群": "sum"}, others_named=["邢振江"],
         teachers=["刘璟晖", "高玉霞"], form_count="共38人",
         f8="dispatch_slip", f10="landscape_grades", f11="diag_typed", f12="hand_page",
         findings=[("students.not_in_class", 8, True, "韩立诚"), ("records.invalid_score", 10, False, "冯乐群")],
         comment="韩立诚 of the parallel class 新能2402班 (his class and 学号 2421043502xx on his dispatch slip, typed reports and "
                 "scanned homework) is the third student of 8/11/12; item 10 (TYPED, 38 rows = form `共38人`) has no record of "
                 "him: students.not_in_class. Item 10 is a LANDSCAPE register with a two-row head (过程考核 / 结果考核) and a "
                 "等级 beside the 总分; 冯乐群's 总分 is 5 above the sum of his five parts: records.invalid_score (typed). Item 8 "
                 "(scanned 200 dpi gray): a 车间派工单 at the top, the student only as 接单人 (hand), 派工 by a teacher; the "
                 "truck's driver 邢振江 (车主/驾驶员, not a student) on items 8 and 11. No roster"),
    dict(school="盘锦市大洼技工学校", pack="gbkzip", region="pj", course="choking", cls="照护2402班", size=42, seed=22,
         sidp="2421052902", students=["杨蕙心", "于念慈", "赵咏絮"], extra_class=["马棠溪"], absent_from_10=["马棠溪"],
         others_named=["关翠屏", "齐玉芬"], teachers=["李沛珊", "王岫云"], form_count="共42人", roster="dorm", headteacher="张慧岚",
         dorm_keeper="孟桂香",
         f8="fill_line", f10="hand_filled_photo", f11="care_typed", f12="crumple_photo",
         findings=[("records.missing_student", 10, False, "马棠溪"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 宿舍分配名单: the 42 students under their dormitory rooms, 宿管员 孟桂香 and 班主任 张慧岚 named) and "
                 "the form (`共42人`) hold 马棠溪; item 10 — a PRINTED blank register filled in BY HAND (scores in ink) and "
                 "PHOTOGRAPHED with a phone — has 41 rows and none for her: records.missing_student and "
                 "records.count_mismatch. Item 8 (scanned): `姓名：＿ 班级：＿ 学号：＿` and the resident 关翠屏 named; item 11 "
                 "names the resident 齐玉芬 (照护对象, not students)"),
    dict(school="盘锦市大洼技工学校", pack="gbkzip", region="pj", course="crabnet", cls="网络2401班", size=40, seed=23,
         sidp="2421030101", students=["郭问樵", "张问渠", "高观澜"], items={11: ["郭问樵", "张问渠", "李尚武"]},
         extra_class=["李尚武", "刘信达"], absent_from_10=["刘信达"], others_named=["陶福来"],
         teachers=["赵屹峰", "孙绮文"], form_count="40人",
         f8="corner_box", f10="ranked", f11="survey_scan", f12="crumple_photo2",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False)],
         comment="item 11 (colour scan 200 dpi, a candy wrapper on the sheets) holds the survey records of 郭问樵, 张问渠 and "
                 "classmate 李尚武 (with an item-10 record) instead of 高观澜's (items 8 and 12 hold the three): "
                 "students.mismatch. Item 10 (TYPED) is a RANKED register, sorted by 总分 with a 名次 column, `姓名` before "
                 "`学号`; it lists 39, the form says `40人` (刘信达 has no record; no roster): records.count_mismatch. The "
                 "base's manager 陶福来 (陪同, not a student) on item 11"),
    dict(school="嘉兴市秀洲技工学校", pack="zip", region="jx", course="zongzi", cls="烹饪2402班", size=38, seed=31,
         sidp="24330501", students=["沈守正", "陆织云", "钱恪勤"], items={8: ["沈守正", "陆织云", "钱恪勤", "姚鉴洲"]},
         extra_class=["姚鉴洲", "褚鼎元"], bad={"褚鼎元": "sum"}, corrected=["朱兰舟", "顾仁和", "俞铭心"],
         others_named=["屠阿根"], teachers=["金美华", "沈建林"], form_count="38名学生",
         f8="batch_record", f10="hand_corrected", f11="cook_typed", f12="tape_hand",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "褚鼎元")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (1-bit 200 dpi) holds FOUR 裹粽批次记录 worksheets: the three and classmate 姚鉴洲 (with an item-10 "
                 "record): students.count on 8; students.mismatch optional. Item 10 (scanned 200 dpi gray) carries HAND "
                 "CORRECTIONS: three students' part and 总分 crossed out and rewritten in red with the teacher's initials, "
                 "consistent (legal); 褚鼎元's 总分 (not corrected) is 9 above the sum of his parts: records.invalid_score. "
                 "The shop's head chef 屠阿根 (行政总厨) as 质检 on item 8. Form `烹饪2402班（38名学生）` = 38 rows"),
    dict(school="嘉兴市秀洲技工学校", pack="zip", region="jx", course="tram", cls="城轨2401班", size=40, seed=32,
         sidp="24330431", students=["朱铸成", "徐谨言", "陆惜时"], others_named=["沈国强", "王美芳", "钱志华", "顾建明"],
         teachers=["吴晓红", "周彦博"], form_count="40名学生", roster="placement", headteacher="褚丽君",
         f8="handover_log", f10="bonus_column", f11="plan_typed", f12="four_photo",
         findings=[],
         comment="clean. The roster is a 跟岗实习分组名单 (40): four groups by station, each with its 企业师傅 named "
                 "(沈国强, 王美芳, 钱志华, 顾建明 — masters of the tram company, not students). Item 8 (colour scan) is a "
                 "站务交接班记录: 交班人 the student, 接班人 the master (a real name, not a student). Item 10 (TYPED) has a "
                 "附加分 (≤5) column explained on the page: 总分 = 四项之和 + 附加分, several rows with 附加分; 40 rows = form. "
                 "Item 12: phone photos with a stapler on the sheet"),
]

PROVINCE = {1: "江苏省无锡市宜兴市", 2: "辽宁省盘锦市", 3: "浙江省嘉兴市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CNUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 宜兴: "【8】工作页.pdf" (the number in black lenticular brackets)
        return "【%d】%s.pdf" % (n, NAMES[n])
    if g == 2:   # 盘锦: "成果08_工作页.pdf" (a 成果 prefix, two digits, an underscore)
        return "成果%02d_%s.pdf" % (n, NAMES[n])
    return "%s-%d-%s.pdf" % (s["cls"], n, NAMES[n])   # 嘉兴: "烹饪2402班-8-工作页.pdf"


def form_name(s, c):
    return {1: ("丁蜀技工学校-%s-优质课堂申报书.docx" % c["major"].split("(")[0], "docx"),
            2: ("附件2：申报书（%s）.pdf" % s["cls"], "pdf"),
            3: ("申报书_%s.docx" % c["course"], "docx")}[grp(s)]


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
    if g == 1:   # 宜兴: four columns, two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 盘锦: 人数 | 共38人
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("人　　数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 嘉兴: class and size in one cell, the size in brackets
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生领取任务后分组查找资料、拟订工作计划，教师审核后小组确定方案并实施，教师全程巡视指导、把控质量和安全，最后各组汇报成果，进行自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务取自{prov}合作企业的真实工作，学生在真实情境中完成工作，专业能力和职业素养都有提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=4 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程为{major}专业一体化课程，按国家工学一体化课程标准，结合{prov}企业岗位需求转化而成。\n二、学习任务安排\n本学期开设“{task}”，{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析——{task}\n一、任务来源与描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}教学活动策划\n活动一　接受任务，收集信息\n活动二　制定计划，做出决策\n活动三　实施任务，过程控制\n活动四　检查验收，评价反馈",
    4: "{school}\n{course}教学进度计划（{hours}学时）\n第一周　接受任务，收集信息\n第二周　制定计划并审核\n第三周　实施任务\n第四周　检查验收与评价总结",
    5: "{school}\n{task}教学活动方案\n第一学时　创设情境，布置任务\n第二至四学时　引导问题学习\n其余学时　分组实施、巡回指导、成果展示与评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业标准、微课、{station}设备和耗材清单。",
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
        if f == "night_order":   # a 夜床服务工作单: guests by room, the student only as 服务员 in the right cell
            g = s["others_named"]
            order = tbl([[("<b>夜床服务工作单</b>　楼层：%d F　　日期：%s" % (6 + i, day(s, i)[5:]), ' colspan="5"')],
                         ["房号", "住客", "特殊要求", "完成时间", "服务员"],
                         ["%d08" % (6 + i), g[i % 3] + "先生" if i % 3 != 1 else g[1] + "女士", "荞麦枕", hand("19:%02d" % (10 + 6 * i), True), (hand(n, True), ' rowspan="3"')],
                         ["%d10" % (6 + i), g[(i + 1) % 3] + ("女士" if (i + 1) % 3 == 1 else "先生"), "加开水一壶", hand("19:%02d" % (25 + 6 * i), True)],
                         ["%d12" % (6 + i), "（空房）", "—", "—"],
                         ["领　班", t[1], "学号", (hand(sid, True), ' colspan="2"')]], width="100%", pad="3px 4px")
            body = order + title + '<p>班级：%s</p>' % cl + sit + answers(c, rng, i) + comment
        elif f == "header_table":
            head = tbl([["学号", hand(sid, True), "姓名", hand(n, True), "班级", hand(cl, True), "工位", hand("%02d" % (3 + 4 * i), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "dispatch_slip":   # a 车间派工单 at the top: the student only as 接单人
            slip = tbl([[("<b>售后车间派工单</b>　派工单号 PG-11%02d" % (27 + i), ' colspan="6"')],
                        ["车　型", "纯电动皮卡", "车　主", s["others_named"][0], "里　程", "%d km" % (18400 + 713 * i)],
                        ["故障现象", ("仪表报高压互锁故障，无法上高压", ' colspan="5"')],
                        ["派工人", t[0], "接单人", hand(n, True), "学　号", hand(sid, True)]], width="100%", pad="3px 4px")
            body = slip + title + '<p>班级：%s　　%s</p>' % (hand(cl, True), day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "fill_line":
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = (title + head + '<p>照护对象：%s（79岁，阿尔茨海默病中期，A区12床）</p>' % s["others_named"][0]
                    + sit + answers(c, rng, i) + comment)
        elif f == "corner_box":
            box = ('<table width="100%%"><tr><td></td><td width="44%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = box + title + '<p>班级：%s　　指导教师：%s　　%s</p>' % (cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "batch_record":   # a 裹粽批次记录 at the top: 操作员 (student) and 质检 (the head chef)
            rec = tbl([[("<b>裹粽生产批次记录</b>", ' colspan="6"')],
                       ["批次号", "ZZ-0%d" % (612 + i), "品　名", "鲜肉粽", "数　量", hand("%d只" % (290 + 5 * i), True)],
                       ["下锅时间", hand("%d:%02d" % (7 + i, 15 + 5 * i), True), "出锅时间", hand("%d:%02d" % (10 + i, 20 + 5 * i), True), "火　力", "大火转中火"],
                       ["操作员", hand(n, True), "质　检", hand(s["others_named"][0], True, BLACK), "班　级", hand(cl, True)]],
                      width="100%", pad="3px 4px")
            body = rec + title + '<p>学号：%s　　%s</p>' % (hand(sid, True), day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "handover_log":   # a 站务交接班记录: 交班人 the student, 接班人 the company master
            m = s["others_named"][i % 4]
            log = tbl([[("<b>车站站务交接班记录</b>　车站：南湖景区站", ' colspan="4"')],
                       ["交班时间", hand("%s 14:00" % day(s, i)[5:], True), "班　次", "早班"],
                       ["交班人", hand(n, True), "接班人", hand(m, True, BLACK)],
                       ["备用金", "500元", "设备状态", "闸机、售票机正常"],
                       ["未结事务", ("乘客遗失雨伞一把，已登记", ' colspan="3"')]], width="100%", pad="3px 4px")
            body = log + title + '<p>班级：%s　　学号：%s　　跟岗师傅：%s</p>' % (cl, sid, m) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"night_order": "x-scanpdf:200:color", "header_table": "x-scanpdf:250", "dispatch_slip": "x-scanpdf:200",
            "fill_line": "x-scanpdf:200", "corner_box": "x-scanpdf:200:color", "batch_record": "x-scanpdf:200:mono",
            "handover_log": "x-scanpdf:200:color"}[f]
    font = {"night_order": "Noto Sans CJK SC", "handover_log": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    if f == "weighted":   # 过程 and 结果 out of 100 each, 总评 = 40 % + 60 %
        hd = ["序号", "学号", "姓名", "过程评价<br/>(百分制)", "×40%", "结果评价<br/>(百分制)", "×60%", "总评", "等级"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(68, 97), rng.randint(62, 96)
            wa, wb = a * 0.4, b * 0.6
            tot = int(wa + wb + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), "%.1f" % wa, str(b), "%.1f" % wb, str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>说明：过程评价、结果评价均按百分制评分，总评＝过程评价×40%＋结果评价×60%，四舍五入取整。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250:wrapper"
    if f == "legend_letters":   # columns headed A B C D, the maxima in a legend under the table
        parts = [("A", 25), ("B", 35), ("C", 30), ("D", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号", "A", "B", "C", "D", "合计", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            if bad.get(n) == "over":
                v[2] = 33
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), "组长" if k in (3, 14, 27) else ""], pad))
        body = (head10(s, c, "考核记录") + table(out) +
                "<p>评分项目及分值：A 接线工艺 25分；B 程序编写 35分；C 调试运行 30分；D 安全文明 10分。合计100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "landscape_grades":   # landscape, a two-row head, 等级 beside 总分
        parts = [("安全防护", 10), ("故障码读取", 15), ("回路测量", 30), ("故障修复", 30), ("路试验证", 15)]
        h1 = "<tr>%s</tr>" % "".join([td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ("序号", "学号", "姓名")] +
                                     [td("<b>过程考核</b>", ' align="center" colspan="2"', pad), td("<b>结果考核</b>", ' align="center" colspan="3"', pad)] +
                                     [td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ("总分", "等级", "备注")])
        out = [h1, trow(["<b>%s<br/>(%d分)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (5 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot), ""], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True, page="size:A4 landscape;margin:1.0cm 1.5cm"), "pdf"
    if f == "hand_filled_photo":   # a printed blank register filled in by hand, photographed
        parts = [("吞咽评估", 20), ("协助进餐", 40), ("急救演练", 40)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "教师签名"]], "1px 3px")]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [hand(str(x), True, size="11pt") for x in v] +
                            [hand(str(sum(v)), True, size="11pt"), hand(t[k % 2][0], True, BLACK, size="10pt")], "0px 3px"))
        for k in range(len(rec), 44):
            out.append(trow([str(k + 1), "", ""] + [""] * 5, "0px 3px"))
        body = head10(s, c, "学习任务考核登记表") + table(out) + "<p>（分数由考核教师手填）</p>" + sign
        return "10.html", html(body, "8.5pt", compact=True, page="margin:0.9cm 1.2cm"), "x-scanpdf:200:photo:stapler"
    if f == "ranked":   # sorted by total, a 名次 column, 姓名 before 学号
        parts = [("勘测设计", 30), ("设备配置", 40), ("调试验收", 30)]
        rows = []
        for n in rec:
            v = part_scores(rng, parts, 0.6, 0.97)
            rows.append((sum(v), n, v))
        rows.sort(key=lambda x: (-x[0], sid_of(s, x[1])))
        out = [trow(["<b>%s</b>" % x for x in ["名次", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        rank = 0
        for k, (tot, n, v) in enumerate(rows):
            if k == 0 or tot != rows[k - 1][0]:
                rank = k + 1
            out.append(trow([str(rank), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩排名表") + table(out) + "<p>注：按总分由高到低排列，总分相同名次并列。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "hand_corrected":   # red hand corrections, consistent; one total not the sum
        parts = [("原料处理", 20), ("裹制成型", 40), ("蒸煮出品", 30), ("卫生安全", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
            tcell = str(tot)
            if n in s.get("corrected", []):
                old = v[1] - 4
                cells[1] = '<s>%d</s> %s' % (old, hand(str(v[1]), True, "#c0251a", size="10pt"))
                tcell = '<s>%d</s> %s' % (tot - 4, hand(str(tot), True, "#c0251a", size="10pt"))
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [tcell, grade(tot)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：红笔更正处为复核后改正，已由考核教师签名确认：%s</p>" % hand(t[0], True, "#c0251a") + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "bonus_column":   # a 附加分 (≤5) column, explained
        parts = [("客流疏导", 30), ("票务问询", 20), ("交接班作业", 30), ("职业素养", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分<br/>(≤5)", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            b = [0, 0, 0, 2, 0, 3, 0, 0, 5, 0][k % 10] if k % 7 != 0 else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>说明：总分＝四项得分之和＋附加分。附加分用于奖励跟岗期间获得乘客表扬或企业师傅书面肯定的学生，每人不超过5分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "tea_typed":
                g = s["others_named"][(i + j) % 3]
                parts.append('<h3>%s</h3>' % title + tbl([["服务员", n, "班级", cl], ["宾客", g, "房号", "%d0%d" % (6 + j, 2 + 2 * i)],
                                                          ["项目", "内容", "时间", "备注"], ["夜床", "开床、拉窗帘、摆拖鞋", "19:%02d" % (10 + 5 * j), ""],
                                                          ["茶礼", "冲泡宜兴红茶", "20:%02d" % (5 + 7 * i), "宾客满意"]], width="90%") + "<p>%s</p>" % desc)
            elif f == "plc_typed":
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　指导：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["项目", "设定值", "实测值", "结论"], ["真空度", "-0.08 MPa", "-0.0%d MPa" % (8 + (i + j) % 2), "合格"],
                                  ["启动顺序", "真空泵→搅拌→出泥", "正确", "合格"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "diag_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车型", "纯电动皮卡", "车主", s["others_named"][0]], ["诊断人", "%s（%s）" % (n, cl), "审核", t[j % 2]],
                                  ["测量点", "标准值", "实测", "结论"], ["互锁回路总电阻", "<5 Ω", ["∞", "0.8 Ω", "0.7 Ω"][j], ["异常", "正常", "正常"][j]]], width="92%") +
                             "<p>备注：%s</p>" % desc)
            elif f == "care_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["照护员", n, "班级", cl], ["照护对象", s["others_named"][1], "日期", day(s, 30 + i)],
                                                          ["时间", "内容", "情况", "签名"], ["11:30", "协助午餐", "进食顺利", n], ["12:10", "坐位休息", "无呛咳", n]],
                                                         width="90%") + "<p>小结：%s</p>" % desc)
            elif f == "survey_scan":
                parts.append('<h3>%s</h3>' % title + tbl([["勘测人", n, "班级", cl], ["陪同人员", "%s（基地经理）" % s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["位置", "距离", "建议", ""], ["西区蟹塘", "1.2 km", "网桥点对点", ""],
                                                          ["东区蟹塘", "0.%d km" % (6 + j), "网桥+交换机", ""]], width="92%") + "<p>结论：%s</p>" % desc)
            elif f == "cook_typed":
                parts.append('<h3>%s</h3><p>制作人：%s（%s）　　审核：%s　　%s</p>' % (title, n, cl, t[j % 2], day(s, 30 + i)) +
                             tbl([["原料", "用量", "备注"], ["糯米", "120 g", "浸泡6小时"], ["猪后腿肉", "40 g", "腌制4小时"]], width="70%") + "<p>%s</p>" % desc)
            elif f == "plan_typed":
                parts.append('<h3>%s</h3><p>编制人：%s　　班级：%s　　跟岗师傅：%s</p>' % (title, n, cl, s["others_named"][(i + j) % 4]) +
                             tbl([["时段", "客流", "措施"], ["09:00-11:00", "高峰", "两端引导，进站口限流"], ["14:00-16:00", "平峰", "正常服务"]], width="80%") +
                             "<p>%s</p>" % desc)
            else:
                raise SystemExit(f)
    meth = "x-scanpdf:200:color:wrapper" if f == "survey_scan" else "pdf"
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), meth


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
        if f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid[-2:], "----", "%s　课后作业" % c["task"][:6]]
        elif f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f in ("crumple_photo", "crumple_photo2"):
            head = ["课后作业　%s" % c["task"], "> %s　%s" % (cl, n)]
        elif f == "hand_page":
            head = ["课后作业", "姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "tape_hand":
            head = ["%s　课后练习" % c["course"], "姓名 %s　班级 %s" % (n, cl)]
        elif f == "four_photo":
            head = ["课后作业（客运）", "> 姓名：%s　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"exercise_book": "x-photo:200:1", "name_line_photo": "x-photo:200:2:stapler", "crumple_photo": "x-photo:200:1:crumple",
            "hand_page": "x-scan:250:4", "crumple_photo2": "x-photo:200:2", "tape_hand": "x-scan:200:3:color",
            "four_photo": "x-photo:200:1:stapler"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "dorm":   # students under their dormitory rooms, six a room
        out = []
        for ri in range(0, len(k), 6):
            room = "%d号楼%d室" % (3, 301 + ri // 6)
            members = k[ri:ri + 6]
            cells = "".join('<td style="border:0.75pt solid #000;padding:2px 4px" align="center">%s<br/><span style="font-size:7.5pt">%s</span></td>'
                            % (n, sid_of(s, n)) for n in members) + "".join('<td style="border:0.75pt solid #000"></td>' for _ in range(6 - len(members)))
            out.append('<tr><td style="border:0.75pt solid #000;padding:2px 4px" align="center"><b>%s</b><br/>室长：%s</td>%s</tr>' % (room, members[0], cells))
        body = ('<h2 style="text-align:center">%s %s 学生宿舍分配名单</h2><p style="text-align:center">2024—2025学年第一学期</p>' % (s["school"], s["cls"]) +
                '<table style="border-collapse:collapse" width="100%%"><tr>%s</tr>%s</table>' % (
                    td("<b>宿舍</b>", ' align="center"') + "".join(td("<b>床位%d</b>" % (j + 1), ' align="center"') for j in range(6)), "".join(out)) +
                "<p>合计：%d人（女生%d人、男生%d人）　　宿管员：%s　　班主任：%s</p>" % (len(k), len(k) - 6, 6, s["dorm_keeper"], s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s宿舍分配名单.pdf\tpdf\troster\t0" % s["cls"])
        return [s["dorm_keeper"]], {}
    if r == "placement":   # four station groups, each with its company master
        rows = [["序号", "学号", "姓名", "跟岗车站", "企业师傅"]]
        stations = ["南湖景区站", "嘉兴火车站", "秀洲新区站", "汽车南站"]
        per = (len(k) + 3) // 4
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, stations[j // per], s["others_named"][j // per]])
        body = ('<h2 style="text-align:center">%s跟岗实习分组名单</h2><p style="text-align:center">%s　实习单位：嘉兴有轨电车运营公司</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="92%", pad="1px 4px", bold=(0,)) +
                "<p>共%d人。班主任：%s　　校内指导教师：%s</p>" % (len(k), s["headteacher"], s["teachers"][0]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s跟岗实习分组名单.pdf\tpdf\troster\t0" % s["cls"])
        return [], {}
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
    truth = {"comment": "126th held-out people corpus (testdata/heldout126), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else []) + ([s["dorm_keeper"]] if s.get("dorm_keeper") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    for n in all_teachers + all_planted + all_others:
        if used(n):
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT or w in EARLIER_FORMS or w in EARLIER_README:
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
        rng = random.Random(s["seed"] * 7919 + 126)
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
        parents, _ = roster(s, d, man) or ([], {})
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
        fct = {1: "班级人数 | %s" % s["form_count"], 2: "人　　数 | %s" % s["form_count"],
               3: "授课班级 | %s（%s）" % (s["cls"], s["form_count"])}[grp(s)]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + parents,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
