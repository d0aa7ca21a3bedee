#!/usr/bin/env python3
"""Write the sources of the hundred-and-fifty-fifth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the truth-format struct tags of
pipeline/heldout_test.go was read; classaudit was not run on it). Seven
submissions of three invented schools in 阳谷县 (Shandong, 聊城), 通海县
(Yunnan, 玉溪) and 达拉特旗 (Inner Mongolia, 鄂尔多斯).

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
# the truth files read for names, tasks and courses to avoid (heldout153, 154 and 156 are written at the
# same time by other hands and are not read; there is no heldout1)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 153)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 阳谷 (鲁西 families: 王 李 张 刘 杨 and 孟 耿 靳 翟 郝 吕 贾 …),
# 通海 (滇中: 李 王 张 杨 赵 and the Yi 普, the Hui 纳 马 of 纳古, 起 施 保 孔 段, and 旃 奎 of the
# Mongolian villages of 兴蒙乡), 达拉特 (Han families of the 鄂尔多斯 plain: 王 李 张 刘 高 郭 贾 白 乔 任 武,
# the Ordos surname 奇, and Mongolian given names used as whole names)
SURNAMES = {
    "yg": list("王王王王李李李张张张刘刘刘杨杨赵孙陈高马吕郝耿靳贾宋范石孟冯翟"),
    "th": list("李李李王王王张张杨杨赵赵刘普普纳马马起钱施保孔何段旃奎杜周"),
    "dl": list("王王王李李李张张张刘刘高高郭郭贾白乔任武奇杨苗"),
}
GIVEN_M = ("宇航 俊杰 博文 思源 明哲 天宇 梓豪 家豪 鹏程 文杰 振华 一航 宇辰 泽宇 昊天 睿哲 铭轩 承志 子恒 书恒 "
           "凯瑞 晟昊 逸飞 鸿博 嘉乐 振宇 俊峰 伟宸 煜祺 智宸 正豪 明杰 立诚 立轩 峻熙 弘文 鸿煊 烨霖 鑫鹏 致远 "
           "俊驰 文昊 远航 旭尧 鸿涛 伟祺 荣轩 越泽 瑾瑜 擎宇 志泽 睿渊 楷瑞 建辉 绍辉 圣杰 思聪 伟诚 熙瑞 星宇 "
           "昱杰 展鹏 振家 子骞 梓晨 明辉 明远 浩博 皓宇 天成 宏宇 嘉诚 彦霖 晨阳 子恒 俊熙 浩宇 子墨 天佑 博涛 "
           "令宇 凡宇 立轩 锦程 宇轩").split()
GIVEN_F = ("欣怡 梓涵 诗涵 可馨 佳怡 梦琪 雨欣 思琪 梦洁 静怡 佳琪 雅琪 紫涵 欣妍 语嫣 若曦 诗琪 梓萱 一诺 可欣 "
           "雅静 婧琪 佳慧 悦然 欣然 紫萱 雨桐 诗雨 婉婷 晓雯 思彤 梦瑶 嘉怡 雅涵 雅楠 心怡 梦婷 欣悦 静雯 子怡 "
           "芷若 佳颖 艺涵 思涵 雨菲 若彤 梦涵 怡然 昕怡 佳欣 钰彤 诗婷 慧敏 雪莹 婉清 语彤 佩琪 若兰 思妤 嘉琪 "
           "雅琳 晓彤 雨涵 丹妮 秋月 美琪 梦然 明月").split()
MONGOL = {"其木格": "女", "苏日娜": "女", "萨日娜": "女", "图雅": "女", "斯琴": "女", "乌日汗": "女", "格日勒": "女",
          "娜仁": "女", "吉雅": "女", "额尔敦": "男", "巴图": "男", "朝鲁": "男", "宝音": "男", "阿拉坦": "男",
          "那仁": "男", "呼和": "男", "苏德": "男", "敖登": "女", "哈斯": "女", "乌力吉": "男", "巴雅尔": "男",
          "特日格乐": "男", "阿如汗": "女", "其其格": "女"}


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


def draw_name(rng, region, sur):
    if sur == "MN":
        return rng.choice(sorted(MONGOL))
    return sur + rng.choice(GIVEN_M if rng.random() < 0.55 else GIVEN_F)


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        # the surname first, so that refusals of common names do not thin out the common surnames
        sur = "MN" if region == "dl" and rng.random() < 0.12 else rng.choice(SURNAMES[region])
        for _ in range(400):
            name = draw_name(rng, region, sur)
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


def sex_of(n):
    b = bare(n)
    if b in MONGOL:
        return MONGOL[b]
    if "·" in n:
        return "男"
    g = n[1:]
    return "男" if g in GIVEN_M else "女"


# ------------------------------------------------------------------ courses

C = {
 "shaobing": dict(major="烹饪(中式烹调)", code="0501", course="发酵面团制品制作", task="景阳冈老街吊炉烧饼与炊饼制作出品",
   hours=16, station="中式面点一体化学习工作站",
   situation="阳谷县景阳冈景区老街上一家开了三十多年的烧饼铺，国庆黄金周要加开一个外卖窗口。店主请面点班学员按老配方调制发酵面团，掌握吊炉烧饼的擀制、贴炉和烘烤火候，再按景区的主题改良炊饼的造型，核算每个产品的成本，完成一天三百个的出品任务。",
   qs=[("问题1 老面发酵的面团为什么要兑碱？", ["老面发酵后面团发酸，兑入适量食碱中和酸味，成品才有麦香，颜色也白。", "中和酸味，颜色白。", "去掉酸味，有麦香。"]),
       ("问题2 吊炉烧饼贴炉时要注意什么？", ["饼坯背面抹少许清水，手掌托着快速贴到炉壁上，贴得平整牢固，炉温要先烧到位。", "背面抹水，贴平贴牢。", "炉温要够。"])],
   hw=[("1. 怎样判断面团发酵好了？", ["面团体积涨到原来的两倍，手指按下去的小坑慢慢回弹，切开后里面有均匀的蜂窝。", "体积两倍，按坑回弹。", "切开有蜂窝。"]),
       ("2. 烧饼表面芝麻为什么容易掉？", ["刷的糖水太少或者饼坯表面太干，芝麻粘不住，应刷匀糖水后再蘸芝麻并轻轻按实。", "糖水刷少了。", "蘸完要按实。"])],
   outputs=[("吊炉烧饼出品记录", "每炉二十四个，烤制七分钟，色泽金黄。"), ("改良炊饼出品记录", "单个八十克，造型完整，表面光洁。")]),
 "copperrod": dict(major="机电一体化技术", code="0127", course="生产线变频调速系统装调", task="铜杆连铸连轧生产线收线机变频调速控制系统装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="阳谷县是有名的铜产业基地。一家铜材企业的低氧铜杆连铸连轧生产线，收线机在换盘时张力波动，铜杆经常被拉细甚至断线。设备科请机电班学员分析收线机的控制要求，绘制PLC与变频器的接线图，设置变频器参数，编写收线速度随线盘直径自动调整的程序，在实训台上完成装调并填写调试记录。",
   qs=[("问题1 收线机为什么要随线盘直径调整转速？", ["线盘越绕越粗，转速不变的话线速度越来越快，铜杆会被拉细，所以转速要随直径降低。", "直径变大转速要降低。", "保持线速度不变。"]),
       ("问题2 变频器的加减速时间设得太短会怎样？", ["换盘和停机时张力突变，铜杆容易断，变频器也可能报过流或过压故障。", "张力突变会断线。", "变频器报过流。"])],
   hw=[("1. PLC和变频器之间可以用哪几种方式传递速度信号？", ["模拟量电压或电流信号、多段速端子组合，以及RS485通信。", "模拟量和通信。", "多段速端子。"]),
       ("2. 调试前要检查哪些安全事项？", ["确认电源电压、接地可靠、急停按钮有效、旋转部位有防护罩，并挂好调试警示牌。", "急停有效，接地可靠。", "挂警示牌。"])],
   outputs=[("收线机试运行日报（第一天）", "断线一次，已调整张力。"), ("收线机试运行日报（第二天）", "全天无断线。")]),
 "airbrake": dict(major="汽车维修", code="0403", course="商用车制动系统检修", task="城乡公交车气压制动系统漏气故障诊断与排除",
   hours=16, station="汽车底盘检修一体化学习工作站",
   situation="阳谷县城乡公交公司一辆公交车早上发车前气压升得很慢，停车后气压下降很快，司机反映松开制动踏板后有“嗤嗤”的漏气声。车队请汽修班学员接车问诊，用肥皂水检查管路接头，检测制动阀、继动阀和制动气室的密封性，更换损坏的零件，完成制动性能检验并填写维修委托书。",
   qs=[("问题1 怎样用肥皂水找漏气点？", ["发动机运转把气压充到规定值后熄火，用刷子把肥皂水刷在接头和阀体上，冒泡的地方就是漏气点。", "充气后刷肥皂水，冒泡处漏气。", "看哪里冒泡。"]),
       ("问题2 停车后气压下降快可能是哪些原因？", ["储气筒放水阀关不严、管路接头松动、制动阀或继动阀密封圈老化。", "放水阀关不严。", "密封圈老化。"])],
   hw=[("1. 制动气室膜片破损有什么现象？", ["踩制动时气室处漏气，制动力不足，车辆制动跑偏。", "制动时气室漏气。", "制动跑偏。"]),
       ("2. 维修后怎样检验气压制动系统？", ["充气到规定气压后熄火，三分钟内气压下降不超过规定值，再路试检查制动效果。", "看三分钟气压降。", "再路试。"])],
   outputs=[("维修委托书", "更换继动阀密封圈和两处管接头。"), ("制动性能检验单", "三分钟气压降零点零一兆帕。")]),
 "vegbox": dict(major="电子商务", code="0603", course="社区团购运营实务", task="通海高原夏菜社区团购订单汇总与冷链配送",
   hours=16, station="电商运营一体化学习工作站",
   situation="通海县是云南有名的蔬菜之乡。一家蔬菜专业合作社准备通过社区团购把夏季的甜脆豌豆、西兰花和小瓜卖到昆明的小区。合作社请电商班学员设计团购商品页和接龙文案，按小区汇总团长的订单，安排冷链车的配送路线，制作送货单，跟进收货和售后。",
   qs=[("问题1 团购商品页要突出哪些信息？", ["产地、采摘时间、规格重量、到货时间和售后承诺，配上田间实拍图。", "产地和采摘时间。", "到货时间和售后。"]),
       ("问题2 为什么要按小区汇总订单？", ["冷链车按小区一站一站送，按小区汇总后分拣装车快，团长也好核对。", "方便分拣装车。", "团长好核对。"])],
   hw=[("1. 冷链配送路线怎样安排？", ["先远后近、同一方向的小区连在一起，保证每个小区在上午十点前到货。", "先远后近。", "十点前到货。"]),
       ("2. 团员说豌豆不新鲜怎么办？", ["请团员拍照，和团长核实后按斤数退款或补发，记录批次反馈给合作社。", "拍照核实，退款或补发。", "反馈合作社。"])],
   outputs=[("团购送货单（第一批）", "三个小区，共一百二十份。"), ("团购送货单（第二批）", "两个小区，共八十六份。")]),
 "valvecore": dict(major="数控加工(数控车工)", code="0106", course="水暖阀门零件数控车削加工", task="纳古镇铜质水嘴阀芯数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="通海县纳古镇的五金作坊以加工水暖配件闻名。一家阀门厂接到一批铜质水嘴阀芯的订单，急需三十件样品。厂里请数控班学员读懂零件图，编排车削工艺，编写外圆、螺纹和内孔的加工程序，完成首件试切和自检，并给每件样品填写质保卡。",
   qs=[("问题1 车削黄铜件为什么要用锋利的刀具？", ["黄铜软而粘，刀具不锋利会挤压工件，表面拉毛，尺寸也不稳定。", "不锋利会拉毛。", "尺寸不稳定。"]),
       ("问题2 车外螺纹前外圆为什么要车小一点？", ["车螺纹时牙顶会被挤胀，外圆先车小零点一到零点二毫米，旋合才顺畅。", "牙顶会挤胀。", "车小零点一毫米。"])],
   hw=[("1. 阀芯内孔怎样保证同轴度？", ["外圆、端面和内孔在一次装夹中车完，不掉头加工。", "一次装夹车完。", "不掉头。"]),
       ("2. 质保卡要写哪些内容？", ["产品名称、规格、批号、加工日期、加工者、检验员和质保期限。", "批号和质保期限。", "加工者和检验员。"])],
   outputs=[("阀芯质保卡（首件）", "外径、螺纹、内孔全部合格。"), ("阀芯质保卡（批量抽检）", "抽检五件，合格五件。")]),
 "yurt": dict(major="饭店(酒店)服务", code="0504", course="酒店前厅接待服务", task="响沙湾沙漠度假酒店旅游团队入住接待",
   hours=16, station="酒店前厅服务一体化学习工作站",
   situation="达拉特旗响沙湾景区的一家沙漠度假酒店在那达慕期间接待大量旅游团，团队集中在傍晚入住，前台常常排起长队。酒店前厅经理请酒店班学员整理团队预订资料，提前分好房、准备房卡，与导游核对名单，按规范完成团队入住登记和行李引领，处理客人换房和加床的要求。",
   qs=[("问题1 团队到店前要做好哪些准备？", ["核对团队预订单，提前分房制卡，把房卡、早餐券和行程单装进信封，按房号排好。", "提前分房制卡。", "房卡和早餐券装信封。"]),
       ("问题2 客人要求换房时怎样处理？", ["先问清原因，查看房态，有同类空房就办理换房，更改系统记录并通知客房部。", "问清原因，查房态。", "通知客房部。"])],
   hw=[("1. 团队入住时为什么要先与导游核对名单？", ["确认实到人数和房间数，发现漏订或多订及时处理，避免客人在大堂等候。", "确认人数和房间数。", "避免客人等候。"]),
       ("2. 行李引领时要注意什么？", ["行李挂好房号牌，走在客人左前方，进房后介绍设施，离开时轻轻关门。", "挂房号牌。", "介绍设施。"])],
   outputs=[("团队入住接待记录（一）", "二十二间，四十三人，用时二十五分钟。"), ("团队入住接待记录（二）", "十八间，三十五人，加床两张。")]),
 "pvnet": dict(major="计算机网络应用", code="0301", course="园区网络交换机配置与调试", task="光伏电站运维中心办公网络VLAN划分与链路聚合配置",
   hours=18, station="网络搭建与运维一体化学习工作站",
   situation="达拉特旗的光伏治沙基地新建了一座电站运维中心，楼里有监控室、值班室和办公室，视频监控、办公电脑和门禁要分开管理。电站运维主管请网络班学员勘察现场，规划VLAN和IP地址，在核心交换机和接入交换机之间做链路聚合，完成配置并测试连通性，最后编写一份运维说明书交给电站。",
   qs=[("问题1 为什么要把监控、办公和门禁分到不同的VLAN？", ["三类设备的流量和安全要求不同，分开后广播互不干扰，出了问题也好排查。", "广播互不干扰。", "好排查。"]),
       ("问题2 链路聚合有什么好处？", ["几条物理链路捆成一条逻辑链路，带宽增加，一条断了其他的还能通。", "带宽增加，有备份。", "一条断了还能通。"])],
   hw=[("1. 配置链路聚合时两端要一致的参数有哪些？", ["速率、双工模式、链路类型和允许通过的VLAN都要一致。", "速率和双工一致。", "允许的VLAN一致。"]),
       ("2. 运维说明书应包括哪些内容？", ["网络拓扑、VLAN和IP规划表、设备登录方式、常见故障处理和联系人。", "拓扑和IP规划表。", "常见故障处理。"])],
   outputs=[("运维中心办公网络运维说明书", "拓扑、VLAN规划、故障处理三章。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    # ---------------------------------------------------------------- 阳谷 (GBK zip)
    dict(school="阳谷县景阳冈技工学校", pack="gbkzip", region="yg", course="shaobing", cls="烹饪2401班", size=40, seed=11,
         sidp="24150101", students=["靳雅涵", "翟书恒", "郝佩琪"], items={12: ["靳雅涵", "翟书恒"]},
         extra_class=["吕鸿涛"], bad={"吕鸿涛": "sum"}, others_named=["宋金海"],
         teachers=["范立群", "石凤英"], form_count="40人",
         f8="blank_line", f10="per_module", f11="chupin_typed", f12="photo_thermos",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "吕鸿涛")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a vacuum flask lying on the sheets) holds the homework of only TWO students, 靳雅涵 and "
                 "翟书恒 (郝佩琪's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 "
                 "(TYPED) is a PER-MODULE register: three module pages (模块一/二/三, every student with the sub-item marks and "
                 "a 小计) and a fourth 汇总 page (模块一(30) 模块二(30) 模块三(40) 总分); on the 汇总 page 吕鸿涛's 总分 is 8 "
                 "above the sum of his three module marks (which agree with the module pages): records.invalid_score. The "
                 "form says `学员数 | 40人` = 40 students on every page. The bakery owner 宋金海 is named on items 8 and 11 "
                 "(企业指导, 品评人; not a student). No roster"),
    dict(school="阳谷县景阳冈技工学校", pack="gbkzip", region="yg", course="copperrod", cls="机电2401班", size=42, seed=12,
         sidp="24127101", students=["贾宇辰", "冯煜祺", "耿博涛"], outsiders={"耿博涛": "机电2402班"}, out_sidp="24127102",
         extra_class=["孟凡宇"], absent_from_10=["孟凡宇"], others_named=["靳长海"],
         teachers=["吕建军", "张素芹"], form_count="42",
         f8="stampbox", f10="split_wide", f11="shift_daily", f12="hand_mono",
         findings=[("students.not_in_class", 8, True, "耿博涛"), ("records.count_mismatch", 10, False)],
         comment="耿博涛 of the parallel class 机电2402班 (his class and 学号 2412710217 in the violet stamped box of his "
                 "worksheet, on the typed shift reports and on his homework) is the third student of 8/11/12; item 10 has no "
                 "record of him: students.not_in_class. The form's only size is in `授课班级 | 机电2401班(42)` (ASCII brackets "
                 "after the class); item 10 (TYPED) lists 41 (the class member 孟凡宇 has no row; no roster): "
                 "records.count_mismatch. Item 10 is a WIDE register printed across two pages: page 1 `序号 学号 姓名 性别 "
                 "任务一..任务三`, page 2 (续表) `序号 姓名 任务四..职业素养 总分 等级`, the same 41 students on each page. "
                 "The plant's shift leader 靳长海 is named on item 11 (班长; not a student)"),
    dict(school="阳谷县景阳冈技工学校", pack="gbkzip", region="yg", course="airbrake", cls="汽修2402班", size=40, seed=13,
         sidp="24040302", students=["宋擎宇", "范绍辉", "石佳颖"], extra_class=["郝天佑"], absent_from_10=["郝天佑"],
         others_named=["孙德胜"], teachers=["陈广祥", "翟秀兰"], headteacher="耿翠云", form_count="40",
         roster="groupchat", f8="reception_photo", f10="subitems_scan", f11="triplicate", f12="hand_color",
         findings=[("records.missing_student", 10, False, "郝天佑"), ("records.count_mismatch", 10, False)],
         comment="the roster (a phone SCREENSHOT of the class chat group's member list: 群主 the head teacher 耿翠云, the "
                 "teacher 陈广祥 as 管理员, and the 40 students as `学号后两位 姓名`, `群成员(42)` in the title bar, "
                 "`其中学生40人` under it) and the form (`班级人数 | 40`) hold 郝天佑; item 10 (scanned 250 gray, a two-row "
                 "head with sub-items) has 39 rows and none for him: records.missing_student and records.count_mismatch. "
                 "Item 8 (the printed sheets photographed, a vacuum flask lying on them): the bus driver 孙德胜 named as "
                 "送修人 (not a student); item 11 (typed): the workshop copy of a triplicate 维修委托书, the driver again"),
    # ---------------------------------------------------------------- 通海 (folder)
    dict(school="通海县杞麓技工学校", pack="dir", region="th", course="vegbox", cls="电商2401班", size=41, seed=21,
         sidp="2406031", students=["旃梦瑶", "普芷若", "起明哲"], others_named=["施永福", "杜玉梅", "保春兰", "何建明"],
         teachers=["纳文华", "钱艳琼"], headteacher="保玉芬", form_count="41人（2024年9月注册数）", roster="sportsmeet",
         f8="two_row_box", f10="redmark", f11="delivery_note", f12="photo_plain",
         findings=[],
         comment="clean. Item 10 (colour scan 200) marks FAILS IN RED: four students' totals below 60 and their weak parts "
                 "are filled red, explained in a note (补考 arranged); every total is the sum of its parts; 41 rows = form "
                 "`41人（2024年9月注册数）`. Item 11 (typed 送货单): the cooperative head 施永福 as 发货人 and three group "
                 "leaders (团长 杜玉梅, 保春兰, 何建明) as 收货人 (not students); the student as 送货人. The three students "
                 "carry the rare surnames 旃 (兴蒙乡), 普 and 起; the teacher 纳文华 the Hui surname of 纳古. The roster is the class's "
                 "entry list for the school SPORTS MEET (校运会报名表: 序号 学号 姓名 性别 and five events ticked √, 拔河 for "
                 "everyone), 41 rows, `班主任：保玉芬` and a student as 体育委员 at the foot"),
    dict(school="通海县杞麓技工学校", pack="dir", region="th", course="valvecore", cls="数控2401班", size=38, seed=22,
         sidp="2401061", students=["奎子骞", "段星宇", "杜佳欣"], items={12: ["奎子骞", "段星宇", "马鸿煊"]},
         extra_class=["马鸿煊", "何昱杰"], bad={"何昱杰": "over"}, others_named=["纳家顺"],
         teachers=["李绍坤", "普兴旺"], form_count="38人（分6个小组）",
         f8="plain_line", f10="maxrow_mono", f11="warranty", f12="photo_thermos",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "何昱杰")],
         comment="item 12 (phone photos, a vacuum flask lying on the sheets) holds the homework of 奎子骞, 段星宇 and classmate "
                 "马鸿煊 (with an item-10 record) instead of 杜佳欣's (items 8 and 11 hold the three): students.mismatch. "
                 "Item 10 (1-bit scan 300 dpi, a `配分` row under the head): 何昱杰 has 41 under 零件加工 (配分 35; 总分 the "
                 "sum): records.invalid_score. Item 11 (typed): product WARRANTY CARDS (质保卡), `加工者` the student, "
                 "`检验员` a teacher, `用户` the valve works' manager 纳家顺 (not a student). No roster"),
    # ---------------------------------------------------------------- 达拉特旗 (UTF-8 zip)
    dict(school="达拉特旗响沙湾技工学校", pack="zip", region="dl", course="yurt", cls="酒店2401班", size=36, seed=31,
         sidp="24050401", students=["乌日汗", "白雅楠", "乔欣然"], items={8: ["乌日汗", "白雅楠", "乔欣然", "任婧琪"]},
         extra_class=["任婧琪", "郭立轩"], bad={"郭立轩": "sum"}, others_named=["杨宏斌", "韩美荣", "刘长喜", "包塔娜"],
         teachers=["阿拉腾花", "武润莲"], form_count="36人／18个工位",
         f8="head4_photo", f10="grade_jerky", f11="group_checkin", f12="hand_jerky",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "郭立轩")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (the printed sheets photographed) holds the worksheets of FOUR students: the three (乌日汗, a "
                 "Mongolian name without surname; 白雅楠; 乔欣然) and classmate 任婧琪 (with an item-10 record): "
                 "students.count on 8; students.mismatch optional. Item 10 (scanned 250 gray, beef jerky on the glass): "
                 "郭立轩's 总分 is 6 above the sum of his parts: records.invalid_score. Form `人数/工位 | 36人／18个工位` "
                 "= 36 rows. The tour guide 杨宏斌 and the guests 韩美荣, 刘长喜 and 包塔娜 are named on items 8 and 11 (not "
                 "students); the teacher 阿拉腾花 carries a Mongolian name. No roster"),
    dict(school="达拉特旗响沙湾技工学校", pack="zip", region="dl", course="pvnet", cls="网络2401班", size=42, seed=32,
         sidp="24030101", students=["额尔敦·毕力格", "贾梦婷", "高熙瑞"], others_named=["苗永胜"],
         teachers=["额尔德尼", "王秀枝", "奇海峰"], form_count="42", roster="seat_labels",
         f8="orgchart", f10="weighted", f11="manual", f12="photo_plain3",
         findings=[],
         comment="clean. One of the three is the Mongolian student 额尔敦·毕力格 (middle dot, on every item); the teacher 额尔德尼 "
                 "carries a Mongolian name. Item 10 (TYPED) is WEIGHTED: 过程评价 and 结果评价 each out of 100 with their "
                 "parts and 小计, 总评 = 过程×40% + 结果×60% (rounded), as the note says; 42 rows = form `在校生人数 | 42` = the "
                 "roster, a sheet of EXAM-SEAT LABELS (考场座位贴: a grid of 42 labels, 考场/座号/姓名/班级/考号, the 监考 "
                 "teachers not named). Item 8 (scanned 200 gray, beef jerky on the glass): a PROJECT ORGANISATION CHART at "
                 "the top (项目经理 the plant's O&M manager 苗永胜, 技术指导 a teacher, 施工员 the student by hand); item 11 "
                 "(typed): an O&M MANUAL (运维说明书) with a cover, `编写` the student, `审核` a teacher, `使用单位` the plant"),
]

PROVINCE = {1: "山东省聊城市阳谷县", 2: "云南省玉溪市通海县", 3: "内蒙古自治区鄂尔多斯市达拉特旗"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 阳谷: "8-工作页.pdf"
        return "%d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 通海: "杞麓技校_工作页.pdf" (no number: recognised by the item's name)
        return "杞麓技校_%s.pdf" % NAMES[n]
    return "%02d.%s.pdf" % (n, NAMES[n])   # 达拉特: "08.工作页.pdf"


def form_name(s, c):
    return {1: ("申报书（%s）.pdf" % c["task"], "pdf"),
            2: ("附件2-工学一体化优质课堂申报书（%s）.docx" % s["cls"], "docx"),
            3: ("响沙湾技校%s申报书.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


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
BLUE, BLACK, VIOLET = "#22306a", "#141414", "#6a2c8e"
RED = 'style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:13pt"'


def hand(x, small=False, ink=BLUE, size=None):
    return '<span style="font-family:\'AR PL UKai CN\';color:%s;font-size:%s">%s</span>' % (
        ink, size or ("13pt" if small else "15pt"), x)


def td(x, extra="", pad="2px 4px", border="0.75pt solid #000"):
    return '<td style="border:%s;padding:%s"%s>%s</td>' % (border, pad, extra, x)


def tbl(rows, width="100%", pad="2px 4px", bold=(), align="center", border="0.75pt solid #000"):
    out = []
    for i, r in enumerate(rows):
        cells = []
        for x in r:
            extra = ""
            if isinstance(x, tuple):
                x, extra = x
            cells.append(td(("<b>%s</b>" % x) if i in bold else x, ' align="%s"%s' % (align, extra), pad, border))
        out.append("<tr>%s</tr>" % "".join(cells))
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(out))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if s["course"] == "shaobing":
        return "学员数 | %s" % s["form_count"]
    if s["course"] == "copperrod":
        return "授课班级 | %s(%s)" % (s["cls"], s["form_count"])
    if s["course"] == "yurt":
        return "人数/工位 | %s" % s["form_count"]
    if s["course"] == "pvnet":
        return "在校生人数 | %s" % s["form_count"]
    return "班级人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务", "是否获得一体化教师培训证书"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导", "是" if i < 2 else "否"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 阳谷: a PDF; the size label varies
        rows = [("课堂负责人", t[0]), ("负责人所在单位", s["school"]), ("专业名称", c["major"]), ("专业编码", c["code"]),
                ("授课课程名称", c["course"]), ("总学时", "64"), ("授课学习任务名称", c["task"]), ("学时", "%d" % c["hours"]),
                ("培养层级", "□中级工　　☑高级工　　□技师（预备技师）"), ("授课年级", "2024级")]
        if s["course"] == "copperrod":
            rows += [("授课班级", "%s(%s)" % (s["cls"], s["form_count"]))]
        elif s["course"] == "shaobing":
            rows += [("授课班级", s["cls"]), ("学员数", s["form_count"])]
        else:
            rows += [("授课班级", s["cls"]), ("班级人数", s["form_count"])]
        rows += [("授课实训室或学习工作站名称", c["station"]), ("工位数", "20")]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    elif g == 2:   # 通海: four columns, label/value pairs
        rows = [["专业名称", c["major"], "专业编码", c["code"]], ["授课课程名称", c["course"], "总学时", "72"],
                ["授课学习任务名称", c["task"], "学时", "%d" % c["hours"]],
                ["授课年级", "2024级", "授课班级", s["cls"]], ["班级人数", s["form_count"], "工位数", "24"],
                ["学习工作站", c["station"], "培养层级", "中级工"]]
        info = tbl([[a, (b, ' align="left"'), x, (y, ' align="left"')] for a, b, x, y in rows], width="96%", pad=P)
    else:   # 达拉特: plain two columns
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"])]
        rows += [("人数/工位", s["form_count"])] if s["course"] == "yurt" else [("在校生人数", s["form_count"])]
        rows += [("学时", "%d" % c["hours"]), ("学习工作站", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织。学生分组领取任务，查阅资料后制定计划，小组讨论并经教师审核后做出决策，按计划实施，教师巡回指导、记录过程表现并及时纠偏，最后通过成果展示和自评、互评、师评完成评价反馈。</p>
<h3>五、特色与创新</h3><p>学习任务来源于{prov}合作企业的真实需求，成果经企业验收使用。</p>
<h3>六、真实性承诺</h3><p>本课堂所报材料均为原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="86%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化稿）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n本学期实施“{task}”，共{hours}学时。\n三、评价方式\n过程评价与成果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作流程\n获取信息—制定计划—做出决策—实施计划—过程控制—评价反馈。",
    3: "{school}\n{task}　教学活动策划表\n学习活动1　获取信息，明确任务\n学习活动2　制定计划，做出决策\n学习活动3　实施计划，过程控制\n学习活动4　展示成果，评价反馈",
    4: "{school}\n{course}　教学进度计划（{hours}学时）\n第1周　明确任务，获取信息\n第2周　制定计划并审核\n第3周　实施任务\n第4周　检查、展示与评价",
    5: "{school}\n{task}　教学活动方案\n一、情境导入\n二、引导问题学习\n三、分组实施与巡回指导\n四、成果展示与多元评价",
    6: "{school}\n学习任务资源清单\n工作页、行业标准、微课视频、{station}设备与材料清单。",
    7: "{school}\n{station}说明\n工作站分为资讯区、计划区、实施区和展示评价区。",
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
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "blank_line":   # 学号＿ 姓名＿ by hand, a recipe table, the bakery owner named
            head = '<p>学号：＿%s＿　　姓名：＿%s＿　　班级：＿%s＿</p>' % (hand(sid, True), hand(n), hand(cl, True))
            recipe = tbl([["原料", "面粉", "老面", "食碱", "清水", "芝麻"], ["用量", hand("500克", True), hand("150克", True),
                          hand("4克", True), hand("260克", True), hand("30克", True)]], width="86%")
            body = (title + head + "<p>企业指导：%s（景阳冈老街烧饼铺店主）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i))
                    + sit + "<p><b>【配方记录】</b></p>" + recipe + answers(c, rng, i) + comment)
        elif f == "stampbox":   # a violet rubber-stamped evaluation box top right, filled in by hand
            bd = "1.2pt solid %s" % VIOLET
            lab = lambda x: '<span style="color:%s">%s</span>' % (VIOLET, x)
            box = ('<table align="right" style="border-collapse:collapse;margin-left:8px" width="46%%">'
                   '<tr>%s</tr><tr>%s%s%s%s</tr><tr>%s%s</tr><tr>%s%s%s%s</tr></table>' % (
                       td(lab("<b>学 习 评 定 章</b>"), ' align="center" colspan="4"', "1px 4px", bd),
                       td(lab("学生"), ' align="center"', "2px 3px", bd), td(hand(n, True), ' align="center"', "2px 3px", bd),
                       td(lab("班级"), ' align="center"', "2px 3px", bd), td(hand(cl, True, size="11pt"), ' align="center"', "2px 3px", bd),
                       td(lab("学号"), ' align="center"', "2px 3px", bd), td(hand(sid, True), ' align="center" colspan="3"', "2px 3px", bd),
                       td(lab("日期"), ' align="center"', "2px 3px", bd), td(hand(day(s, i)[5:], True), ' align="center"', "2px 3px", bd),
                       td(lab("评定"), ' align="center"', "2px 3px", bd), td('<span %s>%s</span>' % (RED, ["优", "良", "优"][i % 3]), ' align="center"', "2px 3px", bd)))
            body = (box + '<h3>%s</h3><p>学习工作页</p><p style="clear:both"></p>' % c["task"] + sit + answers(c, rng, i) + comment)
        elif f == "reception_photo":   # 接车 head; the bus driver as 送修人
            head = tbl([["接车日期", hand(day(s, i)[5:], True), "车牌号", hand("鲁P·0%d7%d2" % (3 + i, 5 + i), True), "送修人", hand(s["others_named"][0], True, BLACK)],
                        ["承修学员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "two_row_box":   # 姓名 学号 / 班级 日期; the cooperative head named
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="80%", pad="4px 6px")
            body = (title + head + "<p>合作单位：通海县杞麓湖蔬菜专业合作社（负责人：%s）</p>" % s["others_named"][0] + sit
                    + answers(c, rng, i) + comment)
        elif f == "plain_line":   # 班级 学号 姓名 line; the valve works' manager named
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = (title + head + "<p>订单来源：纳古镇阀门厂（联系人：%s）</p>" % s["others_named"][0] + sit + answers(c, rng, i) + comment)
        elif f == "head4_photo":   # 姓名 | 班级 | 学号 | 日期; the tour guide named
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = (title + head + "<p>演练团队：鄂尔多斯青年旅行社“响沙湾二日游”团（导游：%s）</p>" % s["others_named"][0] + sit
                    + answers(c, rng, i) + comment)
        elif f == "orgchart":   # a project organisation chart at the top: mentor, teacher, the student by hand
            bx = lambda x: td(x, ' align="center"', "4px 6px", "1pt solid #000")
            gap = lambda: '<td style="border:0;padding:0" width="6%"></td>'
            chart = ('<p style="text-align:center"><b>项目组织架构</b></p>'
                     '<table style="border-collapse:collapse" width="60%%" align="center"><tr>%s</tr></table>'
                     '<p style="text-align:center;margin:0">│</p>'
                     '<table style="border-collapse:collapse" width="92%%" align="center"><tr>%s%s%s</tr></table>' % (
                         bx("项目经理<br/>%s（电站运维主管）" % s["others_named"][0]),
                         bx("技术指导<br/>%s（教师）" % t[i % 2]), gap(),
                         bx("施工员　%s<br/>%s　学号 %s" % (hand(n), hand(cl, True), hand(sid, True)))))
            body = ('<h3 style="text-align:center">%s<br/>项目工作页</h3>' % c["task"] + chart + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"blank_line": "x-scanpdf:200", "stampbox": "x-scanpdf:200:color", "reception_photo": "x-scanpdf:200:photo:thermos",
            "two_row_box": "x-scanpdf:200:color:tint", "plain_line": "x-scanpdf:250", "head4_photo": "x-scanpdf:200:photo",
            "orgchart": "x-scanpdf:200:jerky"}[f]
    font = {"reception_photo": "Noto Sans CJK SC", "orgchart": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "中等" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "per_module":   # one page per module with sub-items and 小计, then a 汇总 page
        mods = [("模块一　面团调制", 30, [("配料称量", 10), ("和面揉面", 10), ("发酵判断", 10)]),
                ("模块二　成型制作", 30, [("擀制", 10), ("造型", 10), ("规格一致", 10)]),
                ("模块三　成熟与出品", 40, [("火候控制", 15), ("成品质量", 15), ("成本与卫生", 10)])]
        marks = {n: [part_scores(rng, parts, 0.6, 0.97) for _, _, parts in mods] for n in rec}
        pages = []
        for mi, (mname, mmax, parts) in enumerate(mods):
            out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["小计(%d)" % mmax]], pad)]
            for k, n in enumerate(rec):
                v = marks[n][mi]
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            pages.append(head10(s, c, "学习任务考核记录（分模块）　%s（%d分）" % (mname, mmax)) + table(out) +
                         "<p>本模块评分：%s　　　第%d页，共4页</p>" % (t[mi % 2], mi + 1))
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "模块一(30)", "模块二(30)", "模块三(40)", "总分(100)", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = [sum(m) for m in marks[n]]
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        pages.append(head10(s, c, "学习任务考核记录　成绩汇总表") + table(out) +
                     "<p>注：各模块小计见第1—3页，总分为三个模块得分之和。　　第4页，共4页</p>" + sign)
        return "10.html", html(PB.join(pages), "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "split_wide":   # a wide sheet printed across two pages, 序号/姓名 repeated as print titles
        parts = [("任务一<br/>需求分析", 10), ("任务二<br/>电路设计", 15), ("任务三<br/>安装接线", 20), ("任务四<br/>参数设置", 15),
                 ("任务五<br/>程序编写", 20), ("任务六<br/>联机调试", 15), ("职业<br/>素养", 5)]
        vals = {n: part_scores(rng, parts) for n in rec}
        p1 = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s(%d)" % p for p in parts[:3]]], pad)]
        p2 = [trow(["<b>%s</b>" % x for x in ["序号", "姓名"] + ["%s(%d)" % p for p in parts[3:]] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = vals[n]
            p1.append(trow([str(k + 1), sid_of(s, n), n, sex_of(n)] + [str(x) for x in v[:3]], pad))
            p2.append(trow([str(k + 1), n] + [str(x) for x in v[3:]] + [str(sum(v)), grade(sum(v))], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(p1) + "<p>（本表较宽，分两页打印，接第2页）　　第1页，共2页</p>" + PB +
                "<p><b>学习任务考核成绩登记表（续表）</b>　　班级：%s</p>" % s["cls"] + table(p2) +
                "<p>第2页，共2页</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "subitems_scan":   # a two-row head: 故障诊断 / 维修作业 over their sub-items
        parts = [("接车问诊", 10), ("漏气点检查", 15), ("阀类检测", 15), ("零件更换", 20), ("管路紧固", 10), ("竣工检验", 20), ("6S", 10)]
        rs = ' align="center" rowspan="2"'
        h1 = "<tr>%s</tr>" % "".join([td("<b>序号</b>", rs, pad), td("<b>学号</b>", rs, pad), td("<b>姓名</b>", rs, pad),
                                      td("<b>接车问诊<br/>(10)</b>", rs, pad), td("<b>故障诊断（30分）</b>", ' align="center" colspan="2"', pad),
                                      td("<b>维修作业（30分）</b>", ' align="center" colspan="2"', pad),
                                      td("<b>竣工检验<br/>(20)</b>", rs, pad), td("<b>6S<br/>(10)</b>", rs, pad), td("<b>总分</b>", rs, pad)])
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts[1:5]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核评分表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "redmark":   # fails filled red, explained
        parts = [("选品与定价", 15), ("商品页设计", 25), ("订单汇总", 25), ("配送与送货单", 20), ("售后处理", 15)]
        weak = set(rng.sample(range(len(rec)), 4))
        REDC = ' align="center" style="border:0.75pt solid #000;padding:0px 3px;background:#f2a49c"'
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            if k in weak:
                v = part_scores(rng, parts, 0.36, 0.66)
                while sum(v) >= 60:
                    v = part_scores(rng, parts, 0.36, 0.62)
            else:
                v = part_scores(rng, parts, 0.66, 0.96)
            cells = [td(str(k + 1), ' align="center"', pad), td(sid_of(s, n), ' align="center"', pad), td(n, ' align="center"', pad)]
            for x, (_, m) in zip(v, parts):
                cells.append('<td%s>%d</td>' % (REDC, x) if x < 0.6 * m else td(str(x), ' align="center"', pad))
            tot = sum(v)
            cells.append('<td%s>%d</td>' % (REDC, tot) if tot < 60 else td(str(tot), ' align="center"', pad))
            cells.append(td("补考" if tot < 60 else "", ' align="center"', pad))
            out.append("<tr>%s</tr>" % "".join(cells))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                '<p>说明：<span style="background:#f2a49c">标红</span>的单项为得分低于该项配分的60%；总分标红为不及格（低于60分），'
                '已安排于2024年12月补考，补考成绩另行登记。总分为五项得分之和。</p>' + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color"
    if f == "maxrow_mono":   # a 配分 row under the head
        parts = [("图样分析", 10), ("工艺编制", 15), ("程序编写", 20), ("零件加工", 35), ("检测与质保", 10), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>配分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 41
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:300:mono"
    if f == "grade_jerky":   # maxima in the head, 总分 and 等级
        parts = [("仪容仪表", 10), ("预订核对", 15), ("分房与房卡", 20), ("入住登记", 25), ("行李引领", 15), ("应变处理", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:250:jerky"
    if f == "weighted":   # 过程 and 结果 each out of 100, 总评 = 40 % + 60 %
        pp = [("勘察", 20), ("规划", 30), ("配置", 50)]
        rp = [("测试", 40), ("说明书", 30), ("答辩", 30)]
        rs = ' align="center" rowspan="2"'
        h1 = "<tr>%s</tr>" % "".join([td("<b>序号</b>", rs, pad), td("<b>学号</b>", rs, pad), td("<b>姓名</b>", rs, pad),
                                      td("<b>过程评价（满分100，占40%）</b>", ' align="center" colspan="4"', pad),
                                      td("<b>结果评价（满分100，占60%）</b>", ' align="center" colspan="4"', pad),
                                      td("<b>总评</b>", rs, pad)])
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in pp] + ["<b>小计</b>"] + ["<b>%s(%d)</b>" % p for p in rp] + ["<b>小计</b>"], pad)]
        for k, n in enumerate(rec):
            a, b = part_scores(rng, pp), part_scores(rng, rp)
            tot = int(sum(a) * 0.4 + sum(b) * 0.6 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in a] + [str(sum(a))] + [str(x) for x in b] + [str(sum(b)), str(tot)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：总评 = 过程评价小计×40% + 结果评价小计×60%，四舍五入取整。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 0.8cm"), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    o = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "chupin_typed":   # 制作人 and the bakery owner as 品评人
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["产品", "吊炉烧饼" if j == 0 else "改良炊饼", "数量", "%d个" % (96 + 24 * i)],
                                                          ["品评意见", desc, "品评人", "%s（店主）" % o[0]]], width="90%"))
            elif f == "shift_daily":   # a shift report of the trial run: 操作员 the student, 班长 the plant's man
                parts.append('<h3 style="text-align:center">%s</h3><p>日期：%s　　班次：%s　　机台：2号收线机</p>' % (title, day(s, 30 + i + j), ["早班", "中班"][j]) +
                             tbl([["时段", "线径(mm)", "收线速度(m/s)", "产量(t)", "断线次数", "张力波动"],
                                  ["08:00-10:00", "8.0", "%.1f" % (11.2 + 0.1 * i), "%.1f" % (4.6 + 0.2 * j), "1" if j == 0 else "0", "±6%"],
                                  ["10:00-12:00", "8.0", "%.1f" % (11.4 + 0.1 * i), "%.1f" % (4.8 + 0.1 * j), "0", "±3%"],
                                  ["13:00-16:00", "8.0", "11.5", "%.1f" % (7.1 + 0.2 * i), "0", "±3%"]], width="94%") +
                             tbl([["操作员", "%s（%s，学号%s）" % (n, cl, sid), "班长", o[0]], ["记事", desc, "设备科确认", t[j % 2]]], width="94%"))
            elif f == "triplicate":   # the workshop copy of a triplicate repair order
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             '<p style="text-align:right">No.%07d　　第二联（车间联）　白：客户　红：车间　黄：财务</p>' % (2410317 + 3 * i + j) +
                             tbl([["车牌号", "鲁P·0%d7%d2" % (3 + i, 5 + i), "车型", "城乡公交（10.5米）", "送修人", o[0]],
                                  ["故障描述", ("停车后气压下降快，松制动有漏气声", ' colspan="5" align="left"')],
                                  ["维修项目", (desc, ' colspan="5" align="left"')],
                                  ["承修人", "%s（%s）" % (n, cl), "检验员", t[j % 2], "日期", day(s, 30 + i)]], width="96%"))
            elif f == "delivery_note":   # 送货单: cooperative as sender, a group leader as receiver, the student delivers
                leader = o[1 + (i + j) % 3]
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             '<p>发货单位：通海县杞麓湖蔬菜专业合作社（负责人：%s）　　单号：SQ%s%02d</p>' % (o[0], day(s, 30 + i)[5:].replace("月", "").replace("日", ""), j + 1) +
                             tbl([["品名", "规格", "数量（份）", "单价（元）"], ["甜脆豌豆", "2斤/份", str(40 + 5 * i), "12.8"],
                                  ["西兰花", "2个/份", str(30 + 4 * j), "9.9"], ["小瓜", "3斤/份", str(25 + i + j), "8.8"]], width="86%") +
                             "<p>收货小区：昆明市%s　　收货人（团长）：%s</p><p>送货人：%s（%s，学号%s）　　送达时间：%s 09:%02d</p><p>备注：%s</p>"
                             % (["滇池路某小区", "北京路某小区", "广福路某小区"][(i + j) % 3], leader, n, cl, sid, day(s, 30 + i), 12 + 9 * j, desc))
            elif f == "warranty":   # a product warranty card
                parts.append('<table style="border-collapse:collapse;border:1.5pt double #000" width="80%%" align="center"><tr><td style="padding:8px 12px">'
                             '<p style="text-align:center"><b>产 品 质 保 卡</b></p><p style="text-align:center">%s</p>' % title +
                             tbl([["产品名称", "铜质水嘴阀芯", "规格", "M18×1.5"], ["批号", "NG2410-%02d" % (i * 2 + j + 1), "数量", "%d件" % (1 if j == 0 else 5)],
                                  ["加工者", "%s（%s）" % (n, cl), "检验员", t[j % 2]], ["用户", "纳古镇阀门厂（%s）" % o[0], "质保期", "十二个月"],
                                  ["检验结论", (desc, ' colspan="3" align="left"')]], width="100%") +
                             '<p>加工日期：%s　　学号：%s</p></td></tr></table><p></p>' % (day(s, 30 + i), sid))
            elif f == "group_checkin":   # a group check-in record: guide and guests named, the student as 接待员
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["团号", "XSW-%02d%02d" % (7 + i, 10 + j), "导游", o[0], "接待员", "%s（%s）" % (n, cl)],
                                  ["到店时间", "18:%02d" % (5 + 7 * j), "房间数", "%d间" % (22 - 4 * j), "人数", "%d人" % (43 - 8 * j)]], width="96%") +
                             "<p>房号与客人（摘录）：</p>" +
                             tbl([["房号", "客人", "备注"], ["A101", o[1], "加床"], ["A105", o[2], "换房至A112"], ["B203", o[3], "需叫醒 06:30"]], width="60%") +
                             "<p>结果：%s　　学号：%s　　前厅主管：%s</p>" % (desc, sid, t[j % 2]))
            elif f == "manual":   # an O&M manual: a cover page and a content page
                parts.append('<p style="page-break-before:always"></p><p></p><p></p><h1 style="text-align:center">%s</h1>' % title +
                             '<p style="text-align:center">（版本 V1.0）</p><p></p>' +
                             tbl([["使用单位", "达拉特旗光伏治沙基地电站运维中心"], ["单位联系人", "%s（运维主管）" % o[0]],
                                  ["编　　写", "%s　　%s　学号 %s" % (n, cl, sid)], ["审　　核", t[i % 2]], ["日　　期", day(s, 30 + i)]],
                                 width="70%", pad="6px 8px") +
                             '<p style="page-break-before:always"></p><h3>第一章　网络拓扑与VLAN规划</h3>' +
                             tbl([["VLAN", "用途", "网段", "网关"], ["10", "视频监控", "10.6.10.0/24", "10.6.10.254"],
                                  ["20", "办公电脑", "10.6.20.0/24", "10.6.20.254"], ["30", "门禁", "10.6.30.0/24", "10.6.30.254"]], width="86%") +
                             "<h3>第二章　链路聚合</h3><p>核心交换机与接入交换机之间以两条千兆链路组成聚合组Eth-Trunk 1，允许VLAN 10、20、30通过。</p>"
                             "<h3>第三章　常见故障处理</h3><p>监控画面中断时先查看聚合组成员口状态，再检查摄像头所在VLAN的网关。编写：%s</p>" % n)
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
        if f == "photo_thermos":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_mono":
            head = ["课后作业（%s）" % c["course"], "> %s　%s　%s" % (cl, n, sid)]
        elif f == "hand_color":
            head = ["汽车底盘课后练习", "班级 %s　姓名 %s　学号 %s" % (cl, n, sid[-2:])]
        elif f == "photo_plain":
            head = ["课后作业", "> 班级：%s　姓名：%s" % (cl, n)]
        elif f == "hand_jerky":
            head = ["前厅接待课后作业", "> 姓名：%s　学号：%s　班级：%s" % (n, sid, cl)]
            end = ["! 〔已阅〕 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        elif f == "photo_plain3":
            head = ["网络配置课后作业", "> 学号：%s　姓名：%s" % (sid, n), "> 班级：%s" % cl]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_thermos": "x-photo:200:2:thermos", "hand_mono": "x-scan:200:4:mono", "hand_color": "x-scan:200:3:color",
            "photo_plain": "x-photo:200:1", "hand_jerky": "x-scan:200:1:jerky", "photo_plain3": "x-photo:200:3"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

AVC = ["#e57373", "#64b5f6", "#81c784", "#ffb74d", "#ba68c8", "#4db6ac", "#f06292", "#90a4ae"]


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "groupchat":   # a phone screenshot of the class chat group's member list
        def member(nick, av, tag, ci):
            tg = ('　<span style="background:%s;color:#ffffff;font-size:8pt">&nbsp;%s&nbsp;</span>' % ("#f0a030" if tag == "群主" else "#3aa0e0", tag)) if tag else ""
            return ('<tr><td style="border:0;border-bottom:3pt solid #ffffff;background:%s;color:#ffffff;padding:4px 2px;font-size:13pt" width="13%%" align="center">%s</td>'
                    '<td style="border:0;border-bottom:0.5pt solid #dddddd;padding:4px 6px;font-size:11pt">%s%s</td></tr>' % (AVC[ci % len(AVC)], av, nick, tg))
        rows = [member(s["headteacher"] + "（班主任）", s["headteacher"][0], "群主", 0),
                member(s["teachers"][0] + "（任课教师）", s["teachers"][0][0], "管理员", 1)]
        for j, n in enumerate(k):
            rows.append(member("%s %s" % (sid_of(s, n)[-2:], n), n[0], "", j + 2))
        pages, per = [], 14
        for p0 in range(0, len(rows), per):
            bar = ('<table style="border-collapse:collapse" width="100%%"><tr><td style="border:0;background:#ededed;padding:2px 6px;font-size:8pt">'
                   '14:2%d　　　　　　　　5G　86%%</td></tr><tr><td style="border:0;background:#ededed;padding:5px 6px;font-size:12pt">'
                   '<b>〈　　群聊成员(42)</b></td></tr></table>' % (p0 // per))
            top = ('<p style="font-size:8pt;color:#666666">%s家校群<br/>其中学生40人，教师2人</p>' % s["cls"]) if p0 == 0 else ""
            pages.append(bar + top + '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows[p0:p0 + per]))
        body = PB.join(pages)
        write(os.path.join(d, "roster.html"), html(body, "10pt", font="Noto Sans CJK SC", compact=True, page="size:8cm 17.3cm;margin:0.2cm 0.2cm"))
        man.append("roster.html\t%s学生名单（班级群成员截图）.pdf\tx-scanpdf:200:shot\troster\t0" % s["cls"])
        return []
    if r == "seat_labels":   # a sheet of exam-seat labels, three a row, 21 a page
        cells = []
        for j, n in enumerate(k):
            cells.append('<td style="border:1pt dashed #555555;padding:4px 6px;font-size:9pt" width="33%%"><p>'
                         '<b>期末考试　座位贴</b><br/>考场：第6考场　座号：<b>%02d</b><br/><span style="font-size:13pt"><b>%s</b></span><br/>'
                         '班级：%s<br/>考号：%s</p></td>' % (j + 1, n, s["cls"], "6" + sid_of(s, n)))
        pages = []
        for p0 in range(0, len(cells), 21):
            chunk = cells[p0:p0 + 21]
            trs = "".join("<tr>%s</tr>" % "".join(chunk[q:q + 3]) for q in range(0, len(chunk), 3))
            pages.append('<p style="text-align:center"><b>%s　2024—2025学年第一学期期末考试座位贴（%s）</b></p>' % (s["school"], s["cls"]) +
                         '<table style="border-collapse:collapse" width="100%%">%s</table>' % trs +
                         "<p>（沿虚线剪开，贴于桌面右上角。本班共%d人，按学号顺序编排。第%d页）</p>" % (len(k), p0 // 21 + 1))
        write(os.path.join(d, "roster.html"), html(PB.join(pages), "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（考场座位贴）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "sportsmeet":   # the class's entry list for the school sports meet
        ev = ["100米", "跳远", "800米", "4×100米接力", "拔河"]
        rng = random.Random(s["seed"] * 31)
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别"] + ev)]
        relay = set(rng.sample(range(len(k)), 8))
        for j, n in enumerate(k):
            ticks = ["√" if rng.random() < 0.12 else "" for _ in range(3)] + ["√" if j in relay else "", "√"]
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n)] + ticks, "1px 4px"))
        officer = [n for n in k if n not in s["students"]][3]
        body = ('<h2 style="text-align:center">%s第十二届田径运动会报名表</h2><p style="text-align:center">班级：%s　　2024年10月</p>' % (s["school"], s["cls"]) +
                table(rows, width="86%") +
                "<p>说明：每人限报两个个人项目，拔河全班参加。本班共%d人。</p><p>班主任：%s　　体育委员：%s</p>" % (len(k), s["headteacher"], officer))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单（校运会报名表）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-fifty-fifth held-out people corpus (testdata/heldout155), the format of testdata/heldout28/truth.json. "
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
    everyone = all_teachers + all_others
    for i, a in enumerate(everyone):
        for b in everyone[i + 1:]:
            if near(a, b):
                raise SystemExit("%s is near %s" % (a, b))
    for a in all_planted:
        for b in everyone:
            if near(a, b):
                raise SystemExit("planted %s is near %s" % (a, b))
    for i, a in enumerate(all_planted):
        for b in all_planted[i + 1:]:
            if near(a, b):
                raise SystemExit("planted %s is near planted %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 155)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + everyone + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        for i, a in enumerate(s["klass"]):
            for b in s["klass"][i + 1:]:
                assert not near(a, b), (a, b)
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
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s),
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
