#!/usr/bin/env python3
"""Write the sources of the ninetieth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 宁安
(Heilongjiang, 牡丹江), 集安 (Jilin, 通化) and 阜康 (Xinjiang, 昌吉州).

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
# the truth files read for names, tasks and courses to avoid (heldout89, written at the same time, is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 89)] + ["othertools"]

# surnames by region: 宁安 (Han 王 李 张 刘 孙 赵 于 杨 高 姜; Manchu 关 傅 那 of the old 宁古塔; Korean 金 朴 崔
# of the Korean townships), 集安 (王 李 张 刘 孙 于 姜 曲 隋 宋 高 杨 and Korean 金 朴 崔 郑), 阜康 (Han 王 李 张 刘 陈
# 杨 赵 周, Hui 马 海 白 杨, and whole Kazakh names below, given name · father's name)
SURNAMES = {
    "na": list("王王王李李李张张张刘刘孙孙赵赵于于杨杨高姜徐郭关傅那金朴崔"),
    "ja": list("王王王李李李张张张刘刘孙孙于于姜姜曲隋宋高杨金朴崔郑"),
    "fk": list("王王王李李李张张张刘刘陈陈杨杨赵周马马马海白"),
}
KZ_GIVEN = ("阿依达娜 叶尔兰 努尔江 哈那提 阿娜尔 加娜尔 波拉提 达吾列提 叶尔肯 木拉提 古丽米拉 阿合买提 扎依达 "
            "萨吾列 叶森 阿丽腾 巴合提 阿依江 别克扎提 卡依沙尔").split()
KZ_FATHER = ("叶尔波力 哈力别克 吐尔逊 加肯 阿斯哈尔 别里克 马合沙提 热合木别克 沙尔山 努尔兰 叶斯别克 库安 "
             "哈再孜 木哈买提 赛力克").split()
# given names: a new list, the everyday names of students born around 2007-2009 in the north-east and north-west
GIVEN2 = ("思远 雅琪 子轩 一鸣 佳怡 天宇 诗涵 宇航 梦瑶 浩然 家豪 语桐 俊杰 雨欣 博文 晨曦 可馨 皓轩 书瑶 志鹏 "
          "嘉琪 明轩 若曦 建宇 思琪 一诺 晓雯 宏伟 美琳 鹏飞 文静 亚楠 春雨 海龙 立伟 国栋 慧敏 丽娜 东旭 雪莹 "
          "兆辉 红宇 婉婷 柏林 俊峰 新宇 梓豪 奕辰 锐泽 欣然 昊天 雅楠 佳琦 金鹏 佳慧 美辰 润泽 思彤 铭浩 "
          "宇彤 正阳 诗琪 佳乐 晓峰 梦琪 鸿涛 靖宇 馨月 成龙 海洋 秋菊 思雨 泽宇 佳宁 家乐 "
          "芷若 沐宸 锦程 珂欣 熠彤 嘉禾 昕妍 奕然 梓潼 煜祺 思淇 钰涵 亦凡 浚哲 宸赫 语嫣 沛然 芮宁 一帆 晗煦 "
          "乐妍 知秋 星辰 润禾 弘毅 书恒 景行 予诺 思源 昱霖 泽楠 佳音 可唯 若楠 云帆 朝阳 梓晨 雨泽 婧怡 博涵").split()
GIVEN1 = list("硕鑫爽蕊楠旭冰")


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
            continue
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "README.md")
        if os.path.isfile(p):
            with open(p, encoding="utf-8", errors="replace") as f:
                cut = []
                for line in f:
                    if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                        break
                    cut.append(line)
            texts.append("".join(cut))
    return names, "\n".join(texts)


USED_BEFORE, EARLIER_TEXT = earlier_strings()
USED_BARE = {n.replace("·", "").replace("•", "") for n in USED_BEFORE}
TAKEN = set()


def bare(a):
    return a.replace("·", "").replace("•", "")


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


_PENDING = {}
_TRIES = {}


def draw_one(rng, region):
    # the surname (or a Kazakh name) is drawn first; when a name is refused only the given name is drawn again,
    # so the refusals of common names do not thin out 王 李 张 刘
    _TRIES[region] = _TRIES.get(region, 0) + 1
    if _TRIES[region] > 300:   # no given name left for this surname: draw the surname again
        _PENDING.pop(region, None)
        _TRIES[region] = 0
    if region not in _PENDING:
        if region == "fk" and rng.random() < 0.12:
            _PENDING[region] = "KZ"
        else:
            _PENDING[region] = rng.choice(SURNAMES[region])
    sn = _PENDING[region]
    if sn == "KZ":
        return rng.choice(KZ_GIVEN) + "·" + rng.choice(KZ_FATHER)
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    return sn + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    given_seen = {x.split("·")[0] for x in names if "·" in x}
    while len(names) < n:
        name = draw_one(rng, region)
        if "·" in name and name.split("·")[0] in given_seen:
            continue
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
        _PENDING.pop(region, None)
        _TRIES[region] = 0
        if "·" in name:
            given_seen.add(name.split("·")[0])
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "rice": dict(major="电子商务", code="0603", course="农产品直播电商运营", task="响水石板大米新米预售直播与订单打单发货",
   hours=16, station="电子商务运营一体化学习工作站",
   situation="每年十月宁安响水的石板大米新米上市，一家水稻种植合作社想在新米收割前做一期预售直播，按订单现碾现发。运营主管请电商班学员策划直播脚本，搭建直播间，直播中记录订单，直播后汇总订单、在快递系统里打印面单并安排发货，处理买家的售后问题。",
   qs=[("问题1 新米预售为什么要写清发货时间？", ["新米要收割、晾晒、现碾后才能发，写清发货时间，买家心里有数，减少催单和退款。", "写清发货时间，减少催单。", "新米要现碾，发货晚。"]),
       ("问题2 直播间的背景和灯光怎样布置？", ["背景放稻田和石板的照片，主灯从前方打亮主播和米，侧灯让米粒有光泽。", "背景放稻田照片，主灯打亮。", "侧灯让米粒有光泽。"])],
   hw=[("1. 打印面单前要核对订单的哪些信息？", ["收件人姓名、电话、地址、规格和数量，核对无误再打单。", "姓名、电话、地址。", "规格和数量。"]),
       ("2. 买家说收到的米袋破了怎么处理？", ["请买家拍照，核实后补发或按破损重量退款，并提醒快递加固包装。", "拍照核实后补发。", "加固包装。"])],
   outputs=[("快递面单", ""), ("快递面单", ""), ("快递面单", "")]),
 "coldstart": dict(major="汽车维修", code="0403", course="汽车发动机电控系统检修", task="严寒天气乘用车冷起动困难故障诊断与排除",
   hours=18, station="汽车维修一体化学习工作站",
   situation="一月宁安早晨气温零下三十度，一辆家用轿车在室外停了一夜后起动困难，起动机转得慢，着车后抖动。维修站站长请汽修班学员接车问诊，检测蓄电池和起动系统，读取故障码，检查进气温度传感器和喷油，排除故障后试车并向车主交车说明。",
   qs=[("问题1 严寒天气蓄电池为什么容易亏电？", ["低温下电解液化学反应变慢，蓄电池容量下降，起动机在低温时要的电流又更大。", "低温容量下降。", "起动电流更大。"]),
       ("问题2 进气温度传感器坏了为什么会影响冷起动？", ["电脑按进气温度修正喷油量，传感器信号不对，冷车时混合气偏稀，不好着车。", "喷油量修正不对。", "混合气偏稀。"])],
   hw=[("1. 怎样用万用表判断蓄电池是否亏电？", ["静置后测电压，十二点六伏以上为满电，十二点二伏以下要充电。", "十二点二伏以下要充电。", "静置后测电压。"]),
       ("2. 交车时要向车主说明哪些事项？", ["说明故障原因、更换的零件和费用，提醒冬天用防冻液和低温机油，停车尽量进库。", "说明故障原因和费用。", "提醒冬季保养。"])],
   outputs=[("冷起动检测记录", "起动电压九点一伏，蓄电池亏电。"), ("故障码读取记录", "进气温度传感器信号不可信。"), ("交车试车记录", "冷车三秒着车，怠速平稳。")]),
 "sorter": dict(major="机电一体化技术", code="0127", course="粮食加工机电设备安装与调试", task="大米色选机振动给料与气动喷阀控制系统装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="宁安的一家米业公司在新米加工前检修大米色选机：振动给料器送料不匀，部分喷阀不动作，异色米选不干净。设备主管请机电班学员读懂电气图和气路图，检查振动给料控制器和电磁喷阀，连接气路和信号线，编写PLC联动程序，完成空载和带料调试并填写调试记录。",
   qs=[("问题1 振动给料器送料不匀可能有哪些原因？", ["振幅设定不对、弹簧板松动或者料斗下料口堵塞，都会让送料时多时少。", "振幅不对或弹簧松动。", "下料口堵塞。"]),
       ("问题2 喷阀不动作时怎样分段检查？", ["先看气压是否正常，再测喷阀线圈电阻，最后看控制板有没有输出信号。", "先查气压再查线圈。", "看控制板输出。"])],
   hw=[("1. 气源处理三联件分别起什么作用？", ["过滤器除水除尘，减压阀稳定气压，油雾器给气动元件润滑。", "过滤、减压、润滑。", "稳定气压。"]),
       ("2. 带料调试时怎样判断选别效果？", ["取成品米和废料各一百克，数异色米粒数，算出选净率和带出比。", "数异色米粒数。", "算选净率。"])],
   outputs=[("振动给料器调整记录", "振幅调至百分之六十二。"), ("喷阀检测记录", "第十七号喷阀线圈开路，已更换。"), ("联动调试记录", "选净率百分之九十九点二。")]),
 "fall": dict(major="健康与社会照护", code="0529", course="老年人居家安全照护", task="山区高龄独居老人居家跌倒风险评估与防跌倒照护",
   hours=14, station="居家照护一体化学习工作站",
   situation="集安山区的一个村里，一位八十六岁的老人独自住在平房，冬天院子结冰，上个月在厨房门口滑倒过一次。乡镇居家养老服务站请照护班学员上门评估老人的跌倒风险，检查居室环境，提出改造建议，教老人做平衡训练，并告诉在外地打工的子女需要注意的事。",
   qs=[("问题1 评估跌倒风险要看哪些方面？", ["看老人的步态和平衡、用药情况、视力，还有居室的光线、地面和扶手。", "看步态、用药和视力。", "看居室光线和地面。"]),
       ("问题2 冬天院子结冰时怎样防止老人滑倒？", ["及时清冰撒灰渣，铺防滑垫，出门穿防滑鞋，尽量少在早晚出门。", "清冰，铺防滑垫。", "穿防滑鞋。"])],
   hw=[("1. 老人跌倒后照护员首先要做什么？", ["不要急着扶起，先看老人意识和有无出血、骨折，再决定是否呼叫急救。", "先检查不要急着扶。", "看有无骨折。"]),
       ("2. 平衡训练有哪些简单动作？", ["扶椅背单脚站立、踮脚站立和沿直线走，每天练两次。", "扶椅背单脚站。", "沿直线走。"])],
   outputs=[("跌倒风险评估表", "评分十四分，属高风险。"), ("居室环境检查与改造建议", "厨房门口加装扶手。"), ("平衡训练指导记录", "老人能扶椅背单脚站十秒。")]),
 "buffet": dict(major="饭店(酒店)服务", code="0504", course="酒店餐饮服务", task="边境研学团朝鲜族风味自助早餐服务与巡台补餐",
   hours=16, station="餐饮服务一体化学习工作站",
   situation="暑假期间集安的一家酒店接待一个一百二十人的边境研学团，团方要求早餐有打糕、冷面、大酱汤等朝鲜族风味。餐饮部经理请酒店班学员按团队人数布置自助早餐台，做好餐具准备和菜牌，早餐中巡台补餐、收撤餐具，处理学生的特殊饮食要求，早餐后做服务小结。",
   qs=[("问题1 自助早餐台的菜品怎样摆放？", ["按先冷后热、先主食后小菜排列，餐具放在取餐的起点，饮品单独设台。", "先冷后热。", "餐具放在起点。"]),
       ("问题2 巡台时发现某道菜快取完了怎么办？", ["剩三分之一时就通知厨房补餐，补餐时换新的菜盘，不把新菜倒在旧盘上。", "剩三分之一就补。", "换新盘补菜。"])],
   hw=[("1. 团队早餐前要和团方确认哪些事项？", ["用餐人数、用餐时间、有没有清真或过敏的学生，以及用餐凭证。", "人数和时间。", "清真和过敏。"]),
       ("2. 餐具回收时要注意什么？", ["分类回收，轻拿轻放，餐具车不堆太高，有破损的单独放。", "分类回收。", "轻拿轻放。"])],
   outputs=[("自助早餐巡台记录", "七点二十分打糕补餐一次。"), ("特殊饮食登记表", "清真学生九名，单独设台。"), ("早餐服务小结", "一百二十人用餐，无投诉。")]),
 "cctv": dict(major="计算机网络应用", code="0301", course="安防监控网络部署与维护", task="化工园区企业厂区视频监控网络部署与调试",
   hours=18, station="网络工程一体化学习工作站",
   situation="阜康产业园的一家化工企业要给厂区的门岗、罐区和仓库装网络摄像机，画面要传到中控室，保存三十天。企业安保部请网络班学员勘测点位，画出网络拓扑，给摄像机和交换机分配地址，配置录像机和存储，做好监控网和办公网的隔离，完成调试和验收。",
   qs=[("问题1 罐区的摄像机为什么要选防爆型？", ["罐区有易燃易爆气体，普通摄像机的电路可能产生火花，防爆型能防止引燃。", "防止引燃。", "罐区有易燃气体。"]),
       ("问题2 为什么要给监控网单独划分网段？", ["监控视频流量大，单独网段不影响办公网，也防止办公电脑随意访问摄像机。", "流量大，单独划分。", "防止随意访问。"])],
   hw=[("1. 三十天录像需要多大的硬盘？", ["按每路每天约二十G算，三十二路三十天约十九T，再留余量。", "约十九T。", "每路每天二十G。"]),
       ("2. 摄像机离线时怎样排查？", ["先看交换机端口灯和供电，再PING摄像机地址，最后查录像机通道配置。", "先看端口灯。", "再PING地址。"])],
   outputs=[("摄像机点位与地址分配表", ""), ("交换机配置记录", ""), ("录像机通道调试记录", "")]),
 "obc": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车充电系统检修", task="光伏电站运维纯电皮卡车载充电机不充电故障诊断",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="阜康北面一座光伏电站的运维班用纯电皮卡巡检，最近这辆车插上交流充电桩后不充电，仪表显示充电连接异常。售后站主管请新能源班学员做好高压防护，检查充电枪和充电口，测量CC和CP信号，检测车载充电机的输入和输出，找出故障并修复，完成充电测试。",
   qs=[("问题1 交流充电时CC信号有什么作用？", ["CC用来确认充电枪是否插好，并告诉车载充电机充电线的额定电流。", "确认枪插好。", "告诉额定电流。"]),
       ("问题2 风沙大的地方充电口容易出什么问题？", ["沙尘进入充电口，端子接触不良或锈蚀，所以要经常清洁并盖好防尘盖。", "端子接触不良。", "要盖好防尘盖。"])],
   hw=[("1. 测量CP信号用什么仪器？看什么？", ["用示波器看CP的占空比和电压，判断充电桩能提供多大电流。", "用示波器看占空比。", "判断可提供电流。"]),
       ("2. 车载充电机输出正常但电池不充电，下一步查什么？", ["查电池管理系统是否允许充电、高压继电器有没有闭合。", "查电池管理系统。", "查继电器。"])],
   outputs=[("充电口与CC/CP信号检测记录", "CC对PE电阻无穷大，不正常。"), ("车载充电机输入输出检测记录", "输入二百二十伏，输出零。"), ("充电测试记录", "更换充电口线束后充电正常。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="宁安市响水技工学校", pack="dir", region="na", course="rice", cls="电商2403班", size=40, seed=11,
         sidp="23100603", students=["刘美辰", "于柏林", "那佳乐"], items={12: ["刘美辰", "于柏林"]},
         extra_class=["傅昊天"], bad={"傅昊天": "over"}, others_named=["孙玉芬", "姜立春", "朴英子", "刘保国"],
         teachers=["徐丽君", "赵汉臣"], form_count="共40人",
         f8="header_table", f10="rank_sorted", f11="waybill", f12="name_line_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "傅昊天")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a red knitted mitten lying on a corner of each page) holds the homework of only TWO "
                 "students, 刘美辰 and 于柏林 (那佳乐's is missing; 8 and 11 hold the three): students.count on 12; "
                 "students.mismatch optional. Item 10 (TYPED) is sorted by 总分 with a 名次 column (学号 out of order); "
                 "傅昊天 has 31 under `直播实施(25)` (总分 the sum): records.invalid_score. Item 11: typed 快递面单, the "
                 "student only as 打单员, the customers 姜立春, 朴英子, 刘保国 as 收件人 and the cooperative's 孙玉芬 as 寄件人. No roster"),
    dict(school="宁安市响水技工学校", pack="dir", region="na", course="coldstart", cls="汽修2402班", size=38, seed=12,
         sidp="23100403", students=["高锐泽", "崔婉婷", "崔晓雯"], others_named=["傅国栋"],
         teachers=["李春堂", "王桂芹"], form_count="共38人",
         f8="corner_box", f10="red_corrected", f11="owner_letter", f12="exercise_book",
         findings=[],
         comment="clean. Item 10 (colour scan 200 dpi) has three 总分 cells CROSSED OUT in red and the right sum written beside "
                 "by hand with the teacher's initials (`李改`), a note `更正处已由任课教师签名`; every final 总分 is the sum; 38 rows "
                 "= form `共38人`. Item 11 is a typed letter to the car owner per student (`尊敬的傅国栋先生：`, signed at the foot `汽修2402班学员　<name>`, `车主签字` by hand): the owner is named on every page (not a student). No roster"),
    dict(school="宁安市响水技工学校", pack="dir", region="na", course="sorter", cls="机电2402班", size=41, seed=13,
         sidp="23100127", students=["曲晓峰", "郑宇彤", "孙铭远"], items={11: ["曲晓峰", "郑宇彤", "姜沐晨"]},
         extra_class=["姜沐晨", "郭成龙", "赵一涵"], bad={"郭成龙": "sum"}, absent_from_10=["赵一涵"],
         other_class=("机电2401班", 37, "23100126"),
         teachers=["高德顺", "姜淑华"], form_count="共41人",
         f8="plain_line", f10="two_class", f11="sorter_typed", f12="hand_page",
         findings=[("students.mismatch", 11, False), ("records.invalid_score", 10, False, "郭成龙"),
                   ("records.count_mismatch", 10, False)],
         comment="item 11 (TYPED 调试记录, `调试人`) holds the work of 曲晓峰, 郑宇彤 and classmate 姜沐晨 (with an item-10 "
                 "record) instead of 孙铭远's (8 and 12 hold the three): students.mismatch. Item 10 (scanned 200 dpi gray) is "
                 "ONE register for TWO classes (合表): 机电2401班's table (37 rows) first, then 机电2402班's (40 rows; 赵一涵 of "
                 "the class has no record); the form says `共41人`: records.count_mismatch. 郭成龙's 总分 is 6 above the sum of his "
                 "parts: records.invalid_score. Item 8 scanned 200 dpi gray, laminated sheets. No roster"),
    dict(school="集安市丸都技工学校", pack="gbkzip", region="ja", course="fall", cls="照护2401班", size=39, seed=21,
         sidp="2422052901", students=["隋欣然", "曲佳琦", "宋梓豪"], extra_class=["朴润泽"], absent_from_10=["朴润泽"],
         others_named=["姜玉珍", "郑春植"], teachers=["崔英淑", "于德亮"], form_count="照护2401班学生（39名）",
         roster="room_columns", headteacher="李秀荣",
         f8="fax_line", f10="mentor", f11="fall_scale", f12="hand_page2",
         findings=[("records.missing_student", 10, False, "朴润泽"), ("records.count_mismatch", 10, False)],
         comment="the roster (a landscape 学生名单 in five COLUMNS, one per 实训居室 group, `学号　姓名` in each cell, 39) and the form "
                 "(`授课对象 | 照护2401班学生（39名）`) hold 朴润泽; item 10 (scanned 250 dpi gray, laminated) has 38 rows and none "
                 "for him: records.missing_student and records.count_mismatch. Item 10 has 教师评分(60) and 企业导师评分(40) "
                 "column groups, the service station's 郑春植 named as 企业导师 in the head. Item 8 (1-bit, 200 dpi) names the "
                 "old woman 姜玉珍 on every sheet"),
    dict(school="集安市丸都技工学校", pack="gbkzip", region="ja", course="buffet", cls="酒店2402班", size=36, seed=22,
         sidp="2422050402", students=["朴智贤", "郑馨月", "张天骐"], outsiders={"张天骐": "酒店2401班"}, out_sidp="2422050401",
         extra_class=["曲奕舟"], bad={"曲奕舟": "sum"}, others_named=["宋美玉"],
         teachers=["张丽敏", "朴哲浩"], form_count="酒店2402班学生（36名）",
         f8="bottom_sign", f10="grade_remark", f11="patrol_log", f12="name_line_photo2",
         findings=[("students.not_in_class", 8, True, "张天骐"), ("records.invalid_score", 10, False, "曲奕舟")],
         comment="张天骐 of the parallel class 酒店2401班 (his class and 学号 on his pages) is the third student of 8/11/12; item 10 "
                 "(TYPED, 36 rows = form `（36名）`) has no record of him: students.not_in_class — scanned 8, typed 11, photographed "
                 "12. 曲奕舟's 总分 is 5 below the sum of her parts (TYPED, a register with 等级 and 备注): records.invalid_score. "
                 "Item 11: typed 巡台记录 (a row every quarter hour, the student's name in each row) with the duty supervisor 宋美玉 "
                 "(值班主管). No roster"),
    dict(school="阜康市天池技工学校", pack="zip", region="fk", course="cctv", cls="网络2401班", size=42, seed=31,
         sidp="24230301", students=["阿依达娜·哈力别克", "马俊峰", "周雅楠"], others_named=["海建军"],
         teachers=["陈兰芝", "努尔兰·加肯"], form_count="42", roster="basic_info", headteacher="白春生",
         f8="backside", f10="weighted", f11="ip_plan", f12="name_line_photo3",
         findings=[],
         comment="clean. The roster is a 学生基本信息表 (`序号 学号 姓名 性别 民族 出生年月 政治面貌 生源地`, 42; 哈萨克族, 回族, 汉族). "
                 "Form `学生数（名） | 42` = roster = 42 rows of item 10 (TYPED): 理论(百分制) and 实操(百分制) and 总评 = "
                 "理论×30%＋实操×70% rounded, explained under the table (legal). Item 8 (colour scan 200 dpi): the worksheet's "
                 "FRONT has no name; the back page (the second page of each student) carries `班级 姓名 学号` and the reflection. "
                 "Item 11 names the company's security head 海建军 (安保主管, not a student). Kazakh names with the middle dot"),
    dict(school="阜康市天池技工学校", pack="zip", region="fk", course="obc", cls="新能2301班", size=38, seed=32,
         sidp="23230435", students=["白正阳", "叶尔兰·吐尔逊", "李思淼"],
         items={8: ["白正阳", "叶尔兰·吐尔逊", "李思淼", "马子骞"]},
         extra_class=["马子骞", "杨鸿涛"], bad={"杨鸿涛": "over"}, others_named=["王立山"],
         teachers=["刘建疆", "马翠兰"], form_count="38",
         f8="hv_permit", f10="landscape_max", f11="obc_typed", f12="hand_color",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "杨鸿涛")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray) holds FOUR worksheets: the three and classmate 马子骞 (with an item-10 record): "
                 "students.count on 8; students.mismatch optional. Item 10 (scanned 250 dpi gray, a LANDSCAPE page, a two-row "
                 "head and a `满分` row) 38 rows = form `38`; 杨鸿涛 has 27 under `CC/CP检测` whose 满分 is 20 (总分 the sum): "
                 "records.invalid_score. Item 11 names the power station's 运维班长 王立山 as 送修人. No roster"),
]

PROVINCE = {1: "黑龙江省牡丹江市宁安市", 2: "吉林省通化市集安市", 3: "新疆维吾尔自治区昌吉回族自治州阜康市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CNUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 宁安: "成果八 工作页.pdf" (a Chinese numeral)
        return "成果%s %s.pdf" % (CNUM[n], NAMES[n])
    if g == 2:   # 集安: "8_工作页_照护2401班.pdf"
        return "%d_%s_%s.pdf" % (n, NAMES[n], s["cls"])
    return "附件3-%d %s.pdf" % (n, NAMES[n])   # 阜康: "附件3-8 工作页.pdf"


def form_name(s, c):
    return {1: ("%s工学一体化优质课堂申报书.docx" % s["cls"], "docx"),
            2: ("申报书（%s）.pdf" % c["course"], "pdf"),
            3: ("附件2 %s优质课堂申报书.docx" % c["major"].split("(")[0], "docx")}[grp(s)]
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


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out




# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 宁安: four columns, 班级人数 | 共40人
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 集安: 授课对象 | 照护2401班学生（39名）
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 阜康: 学生数（名） | 42
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生数（名）", s["form_count"]), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织，学生分组完成任务，教师巡回指导，最后各组展示成果并进行自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务取自{prov}合作企业的真实工作，学生在真实情境中完成工作，专业能力和职业素养都有提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


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
    per = 1
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "header_table":   # a bordered head row 班级 | 姓名 | 学号 | 日期
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right
            box = ('<table width="100%%"><tr><td></td><td width="44%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = box + title + '<p>班级：%s　　指导教师：%s　　%s</p>' % (cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级＿ 学号＿ 姓名＿ line
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "fax_line":   # 姓名/班级/学号 on underlined blanks; the old woman named
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = (title + head + '<p>服务对象：%s（86岁，独居，上月跌倒一次）　　服务站：清河镇居家养老服务站</p>' % s["others_named"][0]
                    + sit + answers(c, rng, i) + comment)
        elif f == "bottom_sign":   # the student only in a signature row at the foot
            foot = tbl([["完成人", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="5px 4px")
            body = title + sit + answers(c, rng, i) + comment + "<p>&nbsp;</p>" + foot
        elif f == "backside":   # no name on the front; the back page carries 班级 姓名 学号 and the reflection
            front = title + sit + answers(c, rng, i)
            back = ('<p><b>（背面）学习反思</b></p>' + tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True)]],
                                                         width="100%", pad="5px 4px") +
                    "<p>本次任务我学会了：</p><p>%s</p><p>还需要改进的地方：</p><p>%s</p>" % (
                        hand(["点位勘测和地址规划。", "录像机通道配置。", "交换机端口隔离。"][i % 3]),
                        hand(["线缆标签写得不清楚。", "防爆摄像机的安装要求记不全。", "测试记录填写太慢。"][i % 3])) + comment)
            body = front + PB + back
            per = 2
        elif f == "hv_permit":   # a high-voltage work permit: 作业人 and 监护人
            permit = tbl([[("<b>高压断电作业许可单</b>", ' colspan="4"')],
                          ["车　辆", "纯电动皮卡（光伏电站运维）", "断电时间", hand("%d:%02d" % (9 + i, 5 + 7 * i), True)],
                          ["作业人", hand(n, True), "监护人", hand(t[1], True, BLACK)],
                          ["验电结果", hand("0 V", True), "绝缘防护", "☑手套 ☑护目镜 ☑绝缘鞋"]], width="100%", pad="3px 4px")
            body = permit + title + '<p>班级：%s　　学号：%s　　%s</p>' % (cl, sid, day(s, i)) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": per * len(names), "sheets_per_student": per, "items": []},
                                                          ensure_ascii=False, indent=1))
    meth = {"header_table": "x-scanpdf:200:color", "corner_box": "x-scanpdf:250:color", "plain_line": "x-scanpdf:200:laminate",
            "fax_line": "x-scanpdf:200:mono", "bottom_sign": "x-scanpdf:200", "backside": "x-scanpdf:200:color:laminate",
            "hv_permit": "x-scanpdf:250"}[f]
    font = {"hv_permit": "Noto Sans CJK SC", "bottom_sign": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def head10(s, c, title, cls=None):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], cls or s["cls"], c["course"], c["task"], day(s, 11)))


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "rank_sorted":   # sorted by 总分, a 名次 column
        parts = [("直播脚本", 20), ("直播间搭建", 20), ("直播实施", 25), ("打单发货", 20), ("售后处理", 15)]
        rows = []
        for n in rec:
            v = part_scores(rng, parts, 0.6, 0.97)
            if bad.get(n) == "over":
                v[2] = 31
            rows.append((n, v))
        rows.sort(key=lambda r: (-sum(r[1]), sid_of(s, r[0])))
        out = [trow(["<b>%s</b>" % x for x in ["名次", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, (n, v) in enumerate(rows):
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩排名表") + table(out) + "<p>（按总分由高到低排列，总分相同按学号排列）</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "red_corrected":   # three totals crossed out in red, the right sum written beside by hand
        parts = [("接车问诊", 15), ("蓄电池与起动检测", 25), ("故障诊断", 35), ("交车说明", 15), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        fix = {5, 17, 30}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = str(sum(v))
            if k in fix:
                wrong = sum(v) + [-10, 9, 1][sorted(fix).index(k)]
                tot = ('<span style="text-decoration:line-through;color:#555555">%d</span> %s' %
                       (wrong, hand("%d 李改" % sum(v), True, ink="#c0251a", size="10pt")))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [tot], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：总分为各项之和。更正处已由任课教师签名。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200:color"
    if f == "two_class":   # one register for two classes: the parallel class first, then ours
        parts = [("图纸识读", 15), ("气路连接", 20), ("电气接线", 20), ("PLC程序", 25), ("联动调试", 20)]
        ocls, on, oprefix = s["other_class"]
        orng = random.Random(s["seed"] * 1001)
        others = draw_class(orng, on, [], [x for x in s["klass"]] + s["teachers"], s["region"])
        s["other_names"] = others
        hd = trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)

        def tab(names, prefix, is_ours):
            out = [hd]
            for k, n in enumerate(names):
                v = part_scores(rng, parts)
                tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
                sid = sid_of(s, n) if is_ours else prefix + "%02d" % (k + 1)
                out.append(trow([str(k + 1), sid, n] + [str(x) for x in v] + [str(tot)], pad))
            return table(out)
        body = ('<p style="text-align:center"><b>学习任务考核成绩登记表（%s、%s合表）</b></p>' % (ocls, s["cls"]) +
                "<p>%s　　课程：%s　　学习任务：%s</p>" % (s["school"], c["course"], c["task"]) +
                "<p><b>一、%s（共%d人）</b></p>" % (ocls, on) + tab(others, oprefix, False) + PB +
                "<p><b>二、%s（共%d人）</b></p>" % (s["cls"], len(rec)) + tab(rec, None, True) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200"
    if f == "mentor":   # 教师评分 and 企业导师评分 groups
        mentor = s["others_named"][1]
        p1 = [("评估", 20), ("环境检查", 20), ("平衡训练", 20)]
        p2 = [("沟通", 20), ("职业素养", 20)]
        h1 = ("<tr>%s%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>教师评分（60分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>企业导师评分（40分）</b>", ' align="center" colspan="2"', pad),
                                       td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in p1 + p2], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, p1 + p2, 0.64, 0.96)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录（校企双评）") + "<p>企业导师：%s（清河镇居家养老服务站站长）</p>" % mentor + table(out) +
                "<p>考核教师：%s　　企业导师：%s</p>" % ("、".join(t), mentor))
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250:laminate"
    if f == "grade_remark":   # 总分, 等级 and 备注
        parts = [("餐前准备", 20), ("摆台布菜", 25), ("巡台补餐", 30), ("收撤与小结", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (5 if bad.get(n) == "sum" else 0)
            note = {3: "请假，补做", 12: "组长", 25: "组长"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot), note], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "weighted":   # 理论 and 实操 out of 100, 总评 = 30% + 70%
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "民族", "理论成绩<br/>(百分制)", "实操成绩<br/>(百分制)", "总评"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(58, 97), rng.randint(62, 98)
            tot = int(a * 0.3 + b * 0.7 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n, nation(n), str(a), str(b), str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>说明：总评＝理论成绩×30%＋实操成绩×70%，四舍五入取整。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "landscape_max":   # landscape, a two-row head and a 满分 row
        g1 = [("安全防护", 10), ("充电口检查", 10), ("CC/CP检测", 20)]
        g2 = [("充电机检测", 20), ("故障排除", 25), ("充电测试", 15)]
        h1 = ("<tr>%s%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>检测环节</b>", ' align="center" colspan="3"', pad),
                                       td("<b>诊断与修复环节</b>", ' align="center" colspan="3"', pad),
                                       td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s</b>" % p for p, _ in g1 + g2], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in g1 + g2] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, g1 + g2)
            if bad.get(n) == "over":
                v[2] = 27
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩汇总表") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Serif CJK SC", compact=True, page="size:297mm 210mm;margin:1.0cm 1.5cm"), "x-scanpdf:250"
    raise SystemExit(f)


def nation(n):
    return "哈萨克族" if "·" in n else ("回族" if n[0] in "马海" else "汉族")


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    o = s.get("others_named", [])
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "waybill":   # an express waybill: 寄件人 the cooperative, 收件人 a customer, 打单员 the student
                parts.append('<p style="font-size:9pt">%s　课堂实训打单</p>' % s["cls"] +
                             tbl([[("<b>响水快运　标准快递</b>", ' colspan="2"'), ("运单号 YS%010d" % (7302440000 + 37 * i + j), ' colspan="2"')],
                                  ["收件人", o[1 + j], "电话", "13%d****%04d" % (5 + j, 2210 + 17 * i + j)],
                                  ["收件地址", ("%s市%s区 %d号" % (["哈尔滨", "长春", "沈阳"][j], ["南岗", "朝阳", "和平"][j], 18 + i), ' colspan="3"'), ],
                                  ["寄件人", "%s（响水石板米合作社）" % o[0], "电话", "0453-76%05d" % (31020 + j)],
                                  ["物品", "石板大米新米 %dkg×%d" % ([5, 10, 5][j], 1 + (i + j) % 3), "重量", "%d kg" % ([5, 10, 5][j] * (1 + (i + j) % 3))],
                                  ["打单员", "%s（%s）" % (n, cl), "打单时间", "2024-10-%02d %02d:%02d" % (14 + i, 9 + j, 12 + 11 * j)]],
                                 width="88%", pad="5px 6px", align="left") +
                             "<p>备注：%s</p>" % ["现碾现发，请勿挤压", "易受潮，防雨", "新米预售第一批"][j])
            elif f == "owner_letter":   # a hand-over letter to the car owner, signed by the student
                if j > 0:
                    continue
                parts.append('<h3 style="text-align:center">致车主的交车说明</h3><p>尊敬的%s先生：</p>' % o[0] +
                             "<p>　　您的家用轿车因严寒天气起动困难送修，经检测，故障原因是%s同时%s。我们已为您%s，冷车试车三次均在三秒内着车，怠速平稳。</p>"
                             % (["蓄电池亏电，", "蓄电池容量下降，", "起动电压偏低，"][i], ["进气温度传感器信号不可信", "进气温度传感器插头锈蚀", "进气温度传感器损坏"][i],
                                ["更换蓄电池和进气温度传感器", "充电并清洁传感器插头", "更换进气温度传感器"][i]) +
                             "<p>　　冬季用车建议：一、停车尽量进库或加装蓄电池保温套；二、按时更换低温机油和防冻液；三、冷车起动每次不超过五秒。</p>" +
                             tbl([["检测记录", "静态电压 %.1f V，起动电压 %.1f V，故障码 P0113" % (11.8 + 0.1 * i, 9.1 + 0.2 * i)]], width="90%", align="left") +
                             '<p style="text-align:right">%s学员　%s</p><p style="text-align:right">指导教师：%s　　%s</p><p>车主签字：%s</p>'
                             % (cl, n, t[0], day(s, 30 + i), hand(o[0], True, BLACK)))
            elif f == "fall_scale":   # a fall-risk rating scale: items, scores, 评估员 at the foot
                if j > 0:
                    continue
                rows = [["评估项目", "评分标准", "得分"], ["近三个月有无跌倒", "无0分　有25分", "25"], ["多于一个疾病诊断", "无0分　有15分", "15"],
                        ["使用助行器具", "不需要0分　拐杖15分　扶家具30分", "30" if i == 0 else "15"], ["静脉输液", "无0分　有20分", "0"],
                        ["步态", "正常0分　虚弱10分　受损20分", "10"], ["认知状态", "量力而行0分　高估自己15分", "15" if i == 2 else "0"]]
                parts.append('<h3 style="text-align:center">跌倒风险评估量表</h3><p>服务对象：%s　　性别：女　　年龄：86岁　　评估日期：%s</p>' % (o[0], day(s, 30 + i)) +
                             tbl(rows, width="92%") + "<p>评估结论：高风险（≥45分）。建议：%s</p>" % desc +
                             '<p style="text-align:right">评估员：%s　（%s）　　指导教师：%s</p>' % (n, cl, t[j % 2]))
            elif f == "coldstart_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["车主", o[0], "车型", "家用轿车（手动挡）"], ["检测人", n, "班级", cl],
                                                          ["项目", "标准", "实测", "结论"], ["静态电压", "≥12.4 V", "%.1f V" % (11.8 + 0.1 * j), "偏低"],
                                                          ["起动电压", "≥9.6 V", "%.1f V" % (9.1 + 0.2 * i), "不合格" if j == 0 else "合格"]],
                                                         width="90%") + "<p>结论：%s　　审核：%s　　%s</p>" % (desc, t[j % 2], day(s, 30 + i)))
            elif f == "sorter_typed":
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　记录：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["项目", "设定值", "实测值", "结论"], ["气源压力", "0.6 MPa", "%.2f MPa" % (0.58 + 0.01 * i), "合格"],
                                  ["给料振幅", "62 %", "%d %%" % (61 + j), "合格"], ["喷阀响应", "≤3 ms", "%.1f ms" % (2.4 + 0.1 * j), "合格"]],
                                 width="80%") + "<p>%s</p>" % desc)
            elif f == "care_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["评估员", n, "班级", cl], ["服务对象", o[0], "日期", day(s, 30 + i)],
                                                          ["项目", "情况", "得分", "建议"], ["步态平衡", "扶墙行走", "4", "平衡训练"],
                                                          ["居室环境", "厨房门口无扶手、地面湿滑", "5", "加装扶手"]], width="90%") +
                             "<p>小结：%s　　指导教师：%s</p>" % (desc, t[j % 2]))
            elif f == "patrol_log":   # a row every quarter hour, the student's name in each row
                rows = [["时间", "巡查台位", "情况", "处理", "巡台人"]]
                for q in range(5):
                    rows.append(["%d:%02d" % (6 + (30 + 15 * q) // 60, (30 + 15 * q) % 60), ["冷菜台", "热菜台", "面点台", "汤粥台", "饮品台"][(q + j) % 5],
                                 ["打糕剩三分之一", "正常", "冷面碗不足", "正常", "豆浆温度低"][(q + i) % 5],
                                 ["通知补餐", "—", "补碗三十个", "—", "更换保温炉"][(q + i) % 5], n])
                parts.append('<h3>%s</h3><p>班级：%s　　日期：%s　　值班主管：%s</p>' % (title, cl, day(s, 30 + j), o[0]) +
                             tbl(rows, width="92%") + "<p>%s</p>" % desc)
            elif f == "ip_plan":
                rows = [["序号", "位置", "设备", "IP地址", "VLAN"]]
                for q in range(4):
                    rows.append([str(q + 1), ["东门岗", "一号罐区", "二号仓库", "中控室"][q], "防爆枪机" if q == 1 else "半球机",
                                 "10.20.%d.%d" % (30 + j, 11 + q + 10 * i), "30"])
                parts.append('<h3>%s</h3><p>配置人：%s（%s）　　企业安保主管：%s</p>' % (title, n, cl, o[0]) + tbl(rows, width="86%") +
                             "<p>审核：%s　　%s</p>" % (t[j % 2], day(s, 30 + i)))
            elif f == "obc_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["送修人", "%s（光伏电站运维班长）" % o[0], "车辆", "纯电皮卡"], ["检测人", n, "班级", cl],
                                                          ["项目", "标准", "实测", "结论"], ["CC对PE电阻", "680 Ω", "∞" if j == 0 else "680 Ω", "不合格" if j == 0 else "合格"],
                                                          ["CP占空比", "53 %", "%d %%" % (52 + j), "合格"]], width="90%") +
                             "<p>结论：%s　　审核：%s</p>" % (desc, t[j % 2]))
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
        if f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid[-2:], "----", "%s　课后作业" % c["task"][:6]]
        elif f in ("name_line_photo", "name_line_photo2", "name_line_photo3"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:] if f != "name_line_photo2" else sid)]
        elif f in ("hand_page", "hand_page2", "hand_color"):
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"exercise_book": "x-photo:200:1", "name_line_photo": "x-photo:200:2:mitten", "name_line_photo2": "x-photo:200:1:mitten",
            "name_line_photo3": "x-photo:200:3", "hand_page": "x-scan:250:4", "hand_page2": "x-scan:200:2",
            "hand_color": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "room_columns":   # the class in columns, one column per 实训居室 group
        groups = [k[a:a + 8] for a in range(0, len(k), 8)]
        head = "".join(td("<b>实训居室%s（%d人）</b>" % ("一二三四五"[g], len(m)), ' align="center"', "3px 4px") for g, m in enumerate(groups))
        body_rows = []
        for row in range(8):
            cells = []
            for m in groups:
                cells.append(td("%s　%s" % (sid_of(s, m[row]), m[row]) if row < len(m) else "", ' align="left"', "3px 4px"))
            body_rows.append("<tr>%s</tr>" % "".join(cells))
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　（按照护实训居室分组）</p>' % (s["cls"], s["school"]) +
                '<table style="border-collapse:collapse" width="100%%"><tr>%s</tr>%s</table>' % (head, "".join(body_rows)) +
                "<p>班主任：%s　　　　全班共%d人　　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="size:297mm 210mm;margin:1.2cm 1.2cm"))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "photo_cards":   # a grid of student cards: photo box, 姓名, 学号, 性别
        cells, rows = [], []
        for j, n in enumerate(k):
            cells.append('<td style="border:0.75pt solid #000;padding:3px;text-align:center" width="20%%">'
                         '<div style="border:0.5pt dashed #888;height:2.0cm;width:1.6cm;margin:auto">　</div>'
                         '<p style="margin:0">%s</p><p style="margin:0;font-size:8pt">%s　%s</p></td>'
                         % (n, sid_of(s, n), rr.choice(["男", "女"])))
        for a in range(0, len(cells), 5):
            rows.append("<tr>%s</tr>" % "".join(cells[a:a + 5] + ['<td></td>'] * (5 - len(cells[a:a + 5]))))
        body = ('<h2 style="text-align:center">%s%s学生信息卡</h2>' % (s["school"], s["cls"]) +
                '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows) +
                "<p>班主任：%s　　　　全班共%d人　　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生信息卡.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "basic_info":   # 学生基本信息表 with 民族, 出生年月, 政治面貌, 生源地
        rows = [["序号", "学号", "姓名", "性别", "民族", "出生年月", "政治面貌", "生源地"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "女"]), nation(n), "2008.%02d" % rr.randint(1, 12),
                         rr.choice(["共青团员", "群众", "群众", "共青团员", "群众"]),
                         rr.choice(["阜康市城关镇", "阜康市九运街镇", "阜康市滋泥泉子镇", "阜康市上户沟乡", "吉木萨尔县", "米泉"])])
        body = ('<h2 style="text-align:center">%s学生基本信息表</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="100%", pad="1px 3px", bold=(0,)) + "<p>班主任：%s　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.0cm"))
        man.append("roster.html\t%s学生基本信息表.pdf\tpdf\troster\t0" % s["cls"])
        return
    raise SystemExit(r)


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Ninetieth held-out people corpus (testdata/heldout90), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad:
        raise SystemExit("stand in an earlier corpus: %s" % " ".join(bad))
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"], s["school"], s["school"][:2]):
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
        rng = random.Random(s["seed"] * 7919 + 90)
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
        fct = {1: "班级人数 | %s", 2: "授课对象 | %s", 3: "学生数（名） | %s"}[grp(s)] % s["form_count"]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"].replace(s["cls"], "")).group()), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "item10_other_class_records": s.get("other_names", []),
            "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
