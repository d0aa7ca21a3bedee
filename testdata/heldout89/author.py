#!/usr/bin/env python3
"""Write the sources of the eighty-ninth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 邵武
(Fujian, 南平), 如皋 (Jiangsu, 南通) and 仙桃 (Hubei). Built on heldout28's
author.py (its helpers and common layouts), with new content and new layouts.

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
# the truth files read for names, tasks and courses to avoid (heldout90, written at the same time, is not read)
EARLIER = sorted(d for d in os.listdir(os.path.join(HERE, ".."))
                 if (d.startswith("heldout") or d == "othertools") and d not in ("heldout89", "heldout90")
                 and os.path.isfile(os.path.join(HERE, "..", d, "truth.json")))

# surnames by region, weighted by repetition: 邵武 (闽北: 黄 吴 李 陈 危 傅 龚 饶; the compound 上官 planted),
# 如皋 (王 张 陈 朱 徐 冒 季 缪 顾 钱), 仙桃 (江汉平原: 刘 张 胡 王 彭 万 喻 涂 郭 熊 肖)
SURNAMES = {
    "kl": list("黄黄黄吴吴李李陈陈张危傅龚饶邓何叶丁谢"),
    "dd": list("王王王张张陈陈朱朱徐吴冒季缪顾钱丁蒋夏石"),
    "kc": list("刘刘刘张张胡胡王王李陈杨彭彭万郭熊肖喻余涂"),
}
UY_GIVEN = UY_FATHER = ["x"]
# given names: a new list, of books, music and crafts
GIVEN2 = ("书瑶 语笙 墨言 知序 砚秋 简宁 琴心 弈辰 笛声 诗韵 画屏 棋远 章懿 篆清 纸鸢 竹简 瓷青 漆然 绣禾 "
          "陶然 织云 锦书 卷舒 册安 韵白 律言 词安 赋雅 曲悠 谱新 弦歌 鼓润 磬和 箫然 笙怡 埙默 筝宁 "
          "牍文 帛予 笺月 砚舟 墨林 楷之 隶安 篆文 行简 草逸 碑亭 帖雅 印川 钤远 镌宁 雕远 琢玉 磨言 "
          "诵清 吟风 咏絮 读白 阅川 览月 习之 学谦").split()
GIVEN1 = list("砚笙筝琢诵帛")


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


def uyghur(rng):
    return rng.choice(UY_GIVEN) + "·" + rng.choice(UY_FATHER)


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




def q3(a, b, c):
    return [a, b, c]


C = {
 "feast": dict(major="饭店(酒店)服务", code="0504", course="茶旅酒店中餐主题宴会服务", task="岩茶主题商务宴会中餐摆台与席间斟茶服务",
   hours=16, station="宴会服务一体化学习工作站",
   situation="邵武一家茶旅酒店承接一场三十人的岩茶主题商务宴会，主办方要求台面体现闽北茶文化，席间按茶礼为宾客斟茶。餐饮部经理请酒店班学员根据宴会预订单设计台面，完成中餐摆台，分组演练迎宾、斟茶和上菜服务，宴会后收台并写服务小结。",
   qs=[("问题1 主题宴会台面设计要考虑哪些因素？", q3("宴会主题、主办方要求、宾客人数和身份、餐厅面积和灯光，台花和装饰要和茶文化主题呼应。", "主题、人数和宾客身份。", "装饰要和主题呼应。")),
       ("问题2 席间斟茶要注意什么？", q3("先宾后主、先女士后男士，茶斟七分满，壶嘴不能对着宾客，续茶要及时。", "先宾后主，斟七分满。", "壶嘴不对着客人。"))],
   hw=[("1. 中餐摆台骨碟定位有什么要求？", q3("骨碟距桌边一点五厘米，正对座椅中心，各骨碟间距相等。", "距桌边一点五厘米。", "间距相等。")),
       ("2. 宴会收台的顺序是怎样的？", q3("先收茶具和酒具，再收餐具和筷架，最后撤台布和装饰，分类送洗。", "先茶具酒具后餐具。", "分类送洗。"))],
   outputs=[("主题宴会台面设计方案", "台花用茶枝和竹编茶篓。"), ("宴会摆台物品清单", "每位一套骨碟、味碟、品茗杯。"), ("席间斟茶服务流程", "迎宾茶一道，席间续茶三次。")]),
 "wifi": dict(major="计算机网络应用", code="0301", course="园区网络部署与运维", task="竹木加工园区厂房监控网络VLAN划分与链路聚合配置",
   hours=18, station="网络工程一体化学习工作站",
   situation="邵武一家竹木加工企业新建了两栋厂房，车间的监控摄像头和办公电脑挤在一个网络里，画面经常卡顿。信息部请网络班学员勘察厂房布线，规划VLAN和IP地址，在核心交换机和接入交换机之间配置链路聚合，并完成连通性测试和验收。",
   qs=[("问题1 为什么要把监控网络和办公网络划到不同的VLAN？", q3("监控视频流量大，分开后互不影响，广播域变小，也方便单独设置访问权限。", "流量互不影响。", "缩小广播域。")),
       ("问题2 链路聚合有什么好处？", q3("把几条物理链路捆成一条逻辑链路，带宽叠加，一条断了其他的还能用。", "带宽叠加。", "一条断了还能用。"))],
   hw=[("1. Trunk口和Access口有什么区别？", q3("Access口只属于一个VLAN，接终端；Trunk口可以通过多个VLAN，接交换机之间。", "Access接终端。", "Trunk通过多个VLAN。")),
       ("2. 怎样验证VLAN划分正确？", q3("同VLAN的终端能互相ping通，不同VLAN的在没有路由时不通，再看交换机的VLAN表。", "同VLAN能ping通。", "查看VLAN表。"))],
   outputs=[("厂房布线勘察记录", "二号厂房东侧缺一个弱电箱。"), ("交换机VLAN配置记录", "监控VLAN 20，办公VLAN 10。"), ("链路聚合测试记录", "拔掉一条链路后画面不中断。")]),
 "screw": dict(major="数控加工(数控车工)", code="0106", course="台阶轴零件数控车削", task="家纺缝纫机主轴台阶轴数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="如皋一家家纺企业的绗缝机主轴磨损，设备厂请学校数控车间按图纸加工一批主轴备件。车间主任请数控班学员读懂零件图，编写加工工艺卡和数控程序，领料后在数控车床上完成台阶外圆、倒角和退刀槽的车削，并用千分尺和百分表检测。",
   qs=[("问题1 台阶轴为什么要先粗车后精车？", q3("粗车切除大部分余量，精车留零点三毫米左右，保证尺寸精度和表面粗糙度。", "先去余量再保精度。", "精车余量零点三毫米。")),
       ("问题2 车削细长台阶轴时为什么要用顶尖？", q3("细长轴刚性差，一夹一顶能减少工件变形和振动，保证同轴度。", "防止变形振动。", "一夹一顶。"))],
   hw=[("1. G71指令适合加工什么样的零件？", q3("适合外径或内孔余量较大、轮廓单调的棒料粗车。", "余量大的棒料粗车。", "外圆粗车循环。")),
       ("2. 怎样用百分表检测径向圆跳动？", q3("工件装在两顶尖间，表头垂直接触外圆，转一圈，最大读数减最小读数。", "转一圈看读数差。", "两顶尖装夹。"))],
   outputs=[("主轴零件检测报告（首件）", "外圆直径二十四点九八。"), ("主轴零件检测报告（第二件）", "径向跳动零点零一。"), ("加工工艺卡", "分粗车、精车、切槽三道工步。")]),
 "turnover": dict(major="健康与社会照护", code="0529", course="长寿老人居家照护", task="高龄老人进食照护与吞咽障碍防噎呛",
   hours=14, station="居家照护一体化学习工作站",
   situation="如皋是有名的长寿之乡，一个社区居家养老服务站接到任务，一位九十多岁的老人吃饭时经常呛咳。站长请照护班学员评估老人的吞咽功能，调整食物性状，协助老人采取正确进食体位，演练噎呛的现场急救，并教会家属喂食要点。",
   qs=[("问题1 协助吞咽困难的老人进食时应采取什么体位？", q3("坐位或半坐卧位，头稍前屈，进食后保持体位三十分钟。", "坐位，头稍前屈。", "饭后坐三十分钟。")),
       ("问题2 为什么要把食物做成糊状？", q3("糊状食物不易松散，容易形成食团，能减少误吸和噎呛。", "容易形成食团。", "减少误吸。"))],
   hw=[("1. 老人发生噎呛时怎样急救？", q3("立即停止进食，能咳嗽的鼓励咳出，不能咳的用海姆立克法，同时呼叫急救。", "海姆立克法。", "鼓励咳出。")),
       ("2. 洼田饮水试验怎样做？", q3("老人端坐，喝下三十毫升温水，观察所需时间和有无呛咳来分级。", "喝三十毫升温水。", "看有无呛咳。"))],
   outputs=[("进食照护记录单", "早餐半流质一碗，无呛咳。"), ("吞咽功能评估表", "洼田饮水试验三级。"), ("家属指导记录", "家属已学会调糊状食物。")]),
 "insul": dict(major="新能源汽车检测与维修", code="0435", course="电动专用车驱动电机冷却系统检修", task="纯电动环卫车驱动电机过热故障诊断与冷却系统检修",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="如皋一家环卫公司的纯电动洗扫车夏天作业一小时后限功率，仪表报电机过温。售后站主管请新能源班学员做好高压安全防护，读取故障码和数据流，检查冷却液、电子水泵和散热风扇，找出冷却不良的原因并排除，填写诊断报告。",
   qs=[("问题1 驱动电机过温会带来什么后果？", q3("绕组绝缘老化、永磁体退磁，整车控制器会限功率甚至停机保护。", "限功率保护。", "永磁体退磁。")),
       ("问题2 检查电子水泵时要看哪些数据？", q3("水泵的转速指令和实际转速、电流，以及电机进出水口的温差。", "转速和电流。", "进出水温差。"))],
   hw=[("1. 冷却液为什么不能用自来水代替？", q3("自来水冰点高、易结垢，还会腐蚀管路和水泵。", "易结垢、会结冰。", "腐蚀管路。")),
       ("2. 电机温度传感器怎样检测？", q3("断开插接器，用万用表测电阻，和温度对照表比较。", "测电阻对照表。", "断开插接器测。"))],
   outputs=[("电机温度数据流记录", "作业四十分钟电机温度一百四十二度。"), ("冷却系统检查记录", "电子水泵不转，插接器腐蚀。"), ("修复验证记录", "更换水泵后温度稳定在八十五度。")]),
 "apricot": dict(major="电子商务", code="0603", course="地方特产预制菜直播运营", task="沔阳三蒸预制菜直播间选品与订单售后处理",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="仙桃的沔阳三蒸做成了预制菜，一家食品公司想在直播间卖到武汉和长沙。运营主管请电商班学员做选品分析，编写直播脚本，布置直播间，直播后汇总订单，安排冷链发货，并处理顾客的售后问题。",
   qs=[("问题1 预制菜选品要看哪些数据？", q3("同类商品的销量、价格带、好评率和退货率，还有保质期和冷链成本。", "销量、价格和好评率。", "保质期和冷链成本。")),
       ("问题2 直播脚本要写清哪些内容？", q3("每个时段讲什么商品、卖点、优惠、互动话术，以及助播和场控的分工。", "时段、卖点和优惠。", "分工和话术。"))],
   hw=[("1. 冷链包裹为什么要写清到货后的储存方法？", q3("预制菜要冷冻保存，顾客收到后不及时放冰箱会变质，写清楚能减少售后。", "减少变质和售后。", "提醒放冰箱。")),
       ("2. 顾客说包裹化冻了怎样处理？", q3("请顾客拍照和测温，核实后补发或退款，并向物流反馈。", "拍照核实后补发或退款。", "向物流反馈。"))],
   outputs=[("直播选品分析表", "粉蒸肉销量第一。"), ("直播订单汇总表", "共五百零六单。"), ("售后处理登记表", "化冻补发九单。")]),
 "baler": dict(major="机电一体化技术", code="0127", course="无纺布制品生产线气动与PLC装调", task="无纺布口罩机耳带焊接工位气动与PLC控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="仙桃是无纺布产业的集中地，一家企业的口罩机耳带焊接工位动作不同步，经常漏焊。设备科请机电班学员按图纸连接气动回路和电气线路，调整气缸节流阀和超声波焊接时间，编写PLC程序，完成联动调试并填写调试记录。",
   qs=[("问题1 单向节流阀在气动回路里起什么作用？", q3("调节气缸进气或排气的流量，从而调节气缸的运动速度。", "调气缸速度。", "调节流量。")),
       ("问题2 为什么焊接前要确认耳带送到位？", q3("耳带没到位就焊接会漏焊或焊偏，所以用传感器信号作为焊接的条件。", "防止漏焊。", "用传感器确认。"))],
   hw=[("1. 磁性开关装在气缸什么位置？", q3("装在气缸的伸出和缩回两端，检测活塞是否到位。", "装在两端。", "检测活塞到位。")),
       ("2. 联动调试前要检查哪些项目？", q3("气源压力、各接头有无漏气，急停按钮和安全光栅是否有效。", "气压和漏气。", "急停和光栅。"))],
   outputs=[("气动回路连接与调整记录", "气源压力零点五兆帕。"), ("PLC输入输出分配与程序清单", "焊接时间零点二秒。"), ("联动调试记录", "送带、焊接、切断顺序正确。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="邵武市樵川技工学校", pack="dir", region="kl", course="feast", cls="酒店2401班", size=36, seed=11,
         sidp="24350504", students=["上官琴心", "黄砚秋", "危诗韵"], others_named=["饶春生"],
         teachers=["傅丽清", "龚建武"], form_count="36人",
         f8="dispatch_ticket", f10="bonus_col", f11="design_cover", f12="exercise_book", findings=[],
         comment="clean. Item 10 (TYPED) has a 附加分(+5) column (技能节获奖加分) explained on the page: `总分＝四项之和＋附加分，"
                 "最高不超过100分`; some 总分 are the parts plus the bonus (legal). Item 8 (scanned 200 dpi gray, black bobby pins "
                 "on the sheets): a printed 宴会服务派工单 at the top naming the banquet's organiser 饶春生 (主办方联系人, not a "
                 "student), the student only as 接单人 (hand). 上官琴心 has a compound surname. No roster"),
    dict(school="邵武市樵川技工学校", pack="dir", region="kl", course="wifi", cls="网络2402班", size=40, seed=12,
         sidp="24350301", students=["李墨言", "吴弈辰", "陈知序"], items={8: ["李墨言", "吴弈辰"]},
         extra_class=["叶篆清"], bad={"叶篆清": "over"}, others_named=["邓国荣"],
         teachers=["谢永春", "何美玲"], form_count="40人",
         f8="header_table", f10="tiered", f11="survey_typed", f12="name_line_photo",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "叶篆清")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray, bobby pins on the sheets) holds the worksheets of only TWO students, 李墨言 and "
                 "吴弈辰 (陈知序's is missing; 11 and 12 hold the three): students.count on 8; students.mismatch optional. Item 10 "
                 "(TYPED) is a TIERED register (分层考核): an A-tier table 工作方案(30) 交换机配置(40) 连通测试(30) and a B-tier table "
                 "工作方案(20) 交换机配置(40) 连通测试(20) 拓展任务(20), one running 序号; 叶篆清 (B tier) has 26 under `连通测试(20)` "
                 "(legal in the A table, not in his; 总分 the sum): records.invalid_score. Item 11: typed survey records naming the "
                 "factory's electrician 邓国荣 (陪同人员, not a student). No roster"),
    dict(school="如皋市雉水技工学校", pack="gbkzip", region="dd", course="screw", cls="数控2403班", size=38, seed=21,
         sidp="2432010603", students=["冒琢玉", "季行简", "缪砚舟"], outsiders={"缪砚舟": "数控2401班"}, out_sidp="2432010601",
         extra_class=["顾帛予"], bad={"顾帛予": "sum"},
         others_named=["钱桂珍"], teachers=["朱德兵", "季红霞", "蒋宏亮"], form_count="38",
         f8="material_slip", f10="note_max_landscape", f11="inspection_typed", f12="crumple_photo",
         findings=[("students.not_in_class", 8, True, "缪砚舟"), ("records.invalid_score", 10, False, "顾帛予")],
         comment="缪砚舟 of the parallel class 数控2401班 (his class and 学号 on his worksheet, typed inspection reports and "
                 "homework) is the third student of 8/11/12; item 10 (38 rows = form `38`) has no record of him: "
                 "students.not_in_class. Item 10 (scanned 200 dpi gray, LANDSCAPE, 姓名 first and 学号 last, the maxima only in a "
                 "note under the table `各项满分：…`): 顾帛予's 总分 is 9 above the sum of his parts: records.invalid_score. Item 8 "
                 "(scanned 250 gray): a printed 实训领料单, the storekeeper 钱桂珍 as 发料人 (not a student). No roster"),
    dict(school="如皋市雉水技工学校", pack="gbkzip", region="dd", course="turnover", cls="照护2401班", size=42, seed=22,
         sidp="2432052901", students=["石笙怡", "夏锦书", "丁织云"], extra_class=["王筝宁"], absent_from_10=["王筝宁"],
         others_named=["张寿康"], teachers=["缪雉英", "缪国平"], form_count="42", roster="plain_list", headteacher="冒秀琴",
         f8="fax_line", f10="attendance_grid", f11="care_typed", f12="hand_page",
         findings=[("records.missing_student", 10, False, "王筝宁"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生名单 with 性别, 民族 and 职务, 42) and the form (`学生人数 | 42`) hold 王筝宁; item 10 "
                 "(TYPED) has 41 rows and none for her: records.missing_student and records.count_mismatch. Item 10 has an "
                 "ATTENDANCE GRID before the scores (legal). Item 8 (1-bit fax-like scan): `姓名：＿ 班级：＿ 学号：＿` by hand "
                 "and the old man cared for, 张寿康, named on every sheet (not a student)"),
    dict(school="如皋市雉水技工学校", pack="gbkzip", region="dd", course="insul", cls="新能2302班", size=40, seed=23,
         sidp="2332043502", students=["朱律言", "钱陶然", "季词安"], items={12: ["朱律言", "钱陶然", "徐曲悠"]},
         extra_class=["徐曲悠", "蒋谱新"], bad={"蒋谱新": "over"},
         teachers=["顾志华", "冒皋生"], form_count="40",
         f8="back_page", f10="rank_col", f11="receipt_scan", f12="watch_photo",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "蒋谱新")],
         comment="item 12 (phone photos with the photographer's wristwatch in the frame) holds the homework of 朱律言, 钱陶然 and "
                 "classmate 徐曲悠 (with an item-10 record) instead of 季词安's (items 8 and 11 hold the three): "
                 "students.mismatch. Item 10 (scanned 250 dpi, 1-bit) has a 名次 column after 总分; 蒋谱新 has 36 under "
                 "`故障诊断(30)` (总分 the sum): records.invalid_score. Item 8 (scanned 200 gray): a TWO-PAGE worksheet, the "
                 "student named only at the foot of its second page (完成人/班级/学号/日期 by hand). No roster"),
    dict(school="仙桃市排湖技工学校", pack="zip", region="kc", course="apricot", cls="电商2402班", size=39, seed=31,
         sidp="24420603", students=["彭诵清", "万吟风", "喻览月"], teachers=["喻排云", "涂志勇"],
         others_named=["郭红英"],
         form_count="39人", roster="parents", headteacher="熊江汉",
         f8="corner_box", f10="weighted", f11="order_typed", f12="tape_hand",
         findings=[],
         comment="clean. The roster is a 学生及家长联系名单 (39): every student's parent is named beside him; none is a student. "
                 "Item 10 (TYPED) is a WEIGHTED register: 过程成绩(百分制) and 结果成绩(百分制), 总评＝过程×40%＋结果×60% (explained "
                 "under the table; 总评 is not the sum of the two columns, legal); 39 rows = form `39人` = roster. Item 11: order "
                 "sheets naming the customer 郭红英 (收货人, not a student). Item 8 (colour scan): a small `学号 | 姓名` box"),
    dict(school="仙桃市排湖技工学校", pack="zip", region="kc", course="baler", cls="机电2401班", size=40, seed=32,
         sidp="24420127", students=["涂读白", "肖习之", "熊阅川"],
         items={12: ["涂读白", "肖习之", "熊阅川", "刘墨林"]},
         extra_class=["刘墨林", "胡镌宁"], absent_from_10=["胡镌宁"],
         teachers=["万仙林", "彭建军"], form_count="40人",
         f8="plain_line", f10="sign_column", f11="hydraulic_typed", f12="four_photo",
         findings=[("records.count_mismatch", 10, False), ("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 10 (scanned 250 dpi gray) lists 39; the form says `40人`: records.count_mismatch (no roster). Item 10 "
                 "has a `学生签字` column signed by hand (legal). Item 12 (phone photos) holds the homework of FOUR students: the "
                 "three and classmate 刘墨林 (with an item-10 record): students.count on 12; students.mismatch optional. Item 8: "
                 "plain `班级＿ 学号＿ 姓名＿` line (scanned 200 gray)"),
]

PROVINCE = {1: "福建省南平市邵武市", 2: "江苏省南通市如皋市", 3: "湖北省仙桃市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


CNUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 邵武: "樵川技校-08-工作页.pdf" (the school's short name, a zero-padded number)
        return "樵川技校-%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 如皋: "附件8：工作页.pdf" (附件 prefix, full-width colon)
        return "附件%d：%s.pdf" % (n, NAMES[n])
    return "项目%s_%s.pdf" % (CNUM[n], NAMES[n])   # 仙桃: "项目八_工作页.pdf" (the number in Chinese)


def form_name(s, c):
    return {1: ("%s优质课堂申报书.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书（%s）.pdf" % s["cls"], "pdf"),
            3: ("附件2_%s_申报书.docx" % c["task"][:8], "docx")}[grp(s)]


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
    if g == 1:   # 邵武: four columns, two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 如皋: 学生人数, a bare number
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 仙桃: class and size in one cell
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及人数", "%s，%s" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
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
    pages, ovl = [], []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "cover_booklet":   # a cover per student booklet, then the worksheet naming the banquet's contact
            cover = ('<p style="text-align:center;font-size:13pt">%s</p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<p style="text-align:center;font-size:30pt"><b>学 习 工 作 页</b></p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<table width="80%%" align="center">%s</table><p>&nbsp;</p><p style="text-align:center">%s</p>'
                     % (s["school"], "".join('<tr><td width="28%%" style="font-size:14pt;padding:10px">%s：</td>'
                                                 '<td style="border-bottom:1pt solid #000;padding:10px">%s</td></tr>' % (a, b)
                                                 for a, b in [("课程名称", c["course"]), ("学习任务", c["task"][:9]),
                                                              ("班　　级", hand(cl)), ("姓　　名", hand(n)), ("学　　号", hand(sid)),
                                                              ("指导教师", "、".join(t))]), "2024—2025学年第一学期"))
            notice = tbl([["宴请单位", "凯里某茶业公司", "联系人", s["others_named"][0]], ["人　数", "60人", "宴会时间", "11月%d日 18:00" % (8 + i)]],
                         width="100%")
            body = cover + PB + title + "<p><b>宴会通知单</b></p>" + notice + sit + answers(c, rng, i) + comment
        elif f == "dispatch_ticket":   # a printed banquet dispatch ticket: the organiser named, the student only as 接单人
            tk = tbl([[("<b>宴会服务派工单</b>　No. PG-%03d" % (217 + i), ' colspan="6"')],
                      ["宴会名称", ("岩茶主题商务宴", ' colspan="3"'), "人数", "30人"],
                      ["主办方联系人", hand(s["others_named"][0], True, BLACK), "派工人", t[1], "接单人", hand(n, True)],
                      ["岗位", ["主桌值台", "副桌值台", "迎宾斟茶"][i % 3], "日期", hand(day(s, i)[5:], True), "学号", hand(sid, True)]],
                     width="100%", pad="3px 4px")
            body = tk + title + sit + answers(c, rng, i) + comment
        elif f == "header_table":   # a bordered head row 姓名 | 班级 | 学号 | 日期
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid[-2:], True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "material_slip":   # a printed 领料单 at the top: the student only as 领料人
            slip = tbl([[("<b>实训领料单</b>　No. 0%d" % (41736 + i), ' colspan="6"')],
                        ["材料名称", "45钢棒料", "规　格", "φ30×220", "数　量", "2根"],
                        ["领料人", hand(n, True), "发料人", hand(s["others_named"][0], True, BLACK), "日　期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="3px 4px")
            body = slip + title + '<p>班级：%s　　学号：%s　　指导教师：%s</p>' % (hand(cl, True), hand(sid, True), t[0]) + sit + answers(c, rng, i) + comment
        elif f == "fax_line":   # 姓名/班级/学号 on underlined blanks; the resident named
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = (title + head + '<p>照护对象：%s（93岁，吞咽功能减退）　　服务站：长寿社区居家养老服务站</p>' % s["others_named"][0]
                    + sit + answers(c, rng, i) + comment)
        elif f == "back_page":   # a two-page worksheet; the student named only at the foot of the second page
            qs = answers(c, rng, i)
            cut = qs.index("<p><b>问题2")
            body = (title + '<p style="text-align:right">第1页 共2页</p>' + sit + qs[:cut] + PB +
                    '<p style="text-align:right">第2页 共2页</p>' + qs[cut:] +
                    "<p><b>【检修小结】</b></p><p>%s</p><p>&nbsp;</p>" % hand("冷却液不足，电子水泵插接器腐蚀，更换后试车正常。", True) +
                    '<table width="100%%"><tr><td width="40%%"></td><td>完成人：%s</td></tr><tr><td></td><td>班　级：%s</td></tr>'
                    '<tr><td></td><td>学　号：%s</td></tr><tr><td></td><td>日　期：%s</td></tr></table>' % (hand(n), hand(cl, True), hand(sid, True), hand(day(s, i)[5:], True)) +
                    comment)
        elif f == "hv_permit":   # a high-voltage work permit: 作业人 and 监护人
            permit = tbl([[("<b>高压断电作业许可单</b>", ' colspan="4"')],
                          ["车　辆", "纯电动洗扫车", "断电时间", hand("%d:%02d" % (8 + i, 10 + 7 * i), True)],
                          ["作业人", hand(n, True), "监护人", hand(t[1], True, BLACK)],
                          ["验电结果", hand("0 V", True), "绝缘防护", "☑手套 ☑护目镜 ☑绝缘鞋"]], width="100%", pad="3px 4px")
            body = permit + title + '<p>班级：%s　　学号：%s　　%s</p>' % (cl, sid, day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right
            box = ('<table width="100%%"><tr><td></td><td width="44%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = box + title + '<p>班级：%s　　指导教师：%s　　%s</p>' % (cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级＿ 学号＿ 姓名＿ line
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    per = 2 if f in ("cover_booklet", "back_page") else 1
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": per * len(names), "sheets_per_student": per, "items": ovl}, ensure_ascii=False, indent=1))
    meth = {"dispatch_ticket": "x-scanpdf:200:hairpin", "cover_booklet": "x-scanpdf:200:slip", "header_table": "x-scanpdf:250:hairpin", "material_slip": "x-scanpdf:250",
            "fax_line": "x-scanpdf:200:mono", "hv_permit": "x-scanpdf:200:color", "back_page": "x-scanpdf:200", "corner_box": "x-scanpdf:200:color",
            "plain_line": "x-scanpdf:200"}[f]
    font = {"cover_booklet": "Noto Sans CJK SC", "hv_permit": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    if f == "group_merged":   # grouped by 小组, the group score in one merged cell
        sizes = [7, 7, 6, 6, 6, 6]
        hd = ["序号", "学号", "姓名", "小组成绩<br/>(40)", "摆台<br/>(30)", "迎宾敬酒<br/>(30)", "总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        k = 0
        for gi, sz in enumerate(sizes):
            members = rec[k:k + sz]
            out.append('<tr><td colspan="7" style="border:0.75pt solid #000;padding:0px 6px;background:#eeeeee">第%s组　　组长：%s</td></tr>'
                       % ("一二三四五六"[gi], members[0]))
            gs = rng.randint(29, 38)
            for j, n in enumerate(members):
                v = [rng.randint(19, 29), rng.randint(18, 29)]
                cells = [td(str(k + j + 1), ' align="center"', pad), td(sid_of(s, n), ' align="center"', pad), td(n, ' align="center"', pad)]
                if j == 0:
                    cells.append(td(str(gs), ' align="center" valign="middle" rowspan="%d"' % sz, pad))
                cells += [td(str(x), ' align="center"', pad) for x in v] + [td(str(gs + sum(v)), ' align="center"', pad)]
                out.append("<tr>%s</tr>" % "".join(cells))
            k += sz
        assert k == len(rec)
        body = (head10(s, c, "学习任务考核成绩登记表（小组合作）") + table(out) +
                "<p>说明：小组成绩由组间互评与教师评价确定，组内成员相同；总分＝小组成绩＋个人两项成绩。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "two_row_head":   # a two-row head: 过程考核 / 结果考核 over their parts
        parts = [("出勤", 10), ("作业", 15), ("态度", 15), ("方案", 20), ("实施", 30), ("验收", 10)]
        h1 = ('<tr>%s%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad),
                                         td("<b>结果考核（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>等级</b>", ' align="center" rowspan="2"', pad)))
        h2 = trow(["<b>%s(%d)</b>" % p for p in parts], pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            if bad.get(n) == "over":
                v[4] = 34
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "tiered":   # 分层考核: A and B tiers in two tables, each with its own maxima in its head
        pa = [("工作方案", 30), ("交换机配置", 40), ("连通测试", 30)]
        pb = [("工作方案", 20), ("交换机配置", 40), ("连通测试", 20), ("拓展任务", 20)]
        tb = [n for k, n in enumerate(rec) if k % 3 == 2 or bad.get(n)]
        ta = [n for n in rec if n not in tb]
        body = head10(s, c, "学习任务分层考核成绩登记表")
        k = 0
        for lab, parts, grp_ in (("基础层（A层）：完成基本任务", pa, ta), ("提高层（B层）：完成基本任务和拓展任务（链路聚合负载分担）", pb, tb)):
            out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % q for q in parts] + ["总分"]], pad)]
            for n in grp_:
                k += 1
                v = part_scores(rng, parts, 0.62, 0.96)
                if bad.get(n) == "over":
                    v[2] = 26
                out.append(trow([str(k), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            body += "<p><b>%s　%d人</b></p>" % (lab, len(grp_)) + table(out)
        body += "<p>说明：本任务实行分层教学，学生按学习基础自选层次，两层满分均为100分。全班共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "bonus_col":   # a bonus column explained on the page
        parts = [("台面设计", 20), ("中餐摆台", 40), ("斟茶服务", 25), ("收台整理", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分<br/>(+5)", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.66, 0.95)
            b = rng.choice([0, 0, 0, 0, 2, 3, 5]) if k % 3 == 1 else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(min(100, sum(v) + b))], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>说明：附加分为校技能节中餐摆台项目获奖加分（一等奖5分、二等奖3分、三等奖2分）；总分＝四项之和＋附加分，最高不超过100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "note_max_landscape":   # landscape, 姓名 first, 学号 last, the maxima only in a note under the table
        parts = [("工艺卡", 15), ("程序", 25), ("车削操作", 40), ("检测", 10), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["姓名", "序号"] + [p for p, _ in parts] + ["总分", "等级", "学号"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
            out.append(trow([n, str(k + 1)] + [str(x) for x in v] + [str(tot), grade(tot), sid_of(s, n)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) +
                "<p>各项满分：工艺卡15分，程序25分，车削操作40分，检测10分，6S 10分，合计100分。</p>" + sign)
        return "10.html", html(body, "8pt", compact=True, page="size:A4 landscape;margin:0.8cm 1.2cm"), "x-scanpdf:200"
    if f == "rank_col":   # a 名次 column after 总分
        parts = [("安全防护", 10), ("数据读取", 20), ("故障诊断", 30), ("检修操作", 25), ("诊断报告", 15)]
        vals = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 36
            vals.append(v)
        tots = [sum(v) for v in vals]
        rank = {k: 1 + sum(1 for x in tots if x > tots[k]) for k in range(len(rec))}
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "名次"]], pad)]
        for k, n in enumerate(rec):
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in vals[k]] + [str(tots[k]), str(rank[k])], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250:mono"
    if f == "weighted":   # 总评 = 过程×40% + 结果×60%, explained under the table
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "选品分析", "直播脚本", "订单售后", "过程成绩", "结果成绩", "总评"]], pad)]
        for k, n in enumerate(rec):
            a3 = [rng.randint(62, 96) for _ in range(3)]
            pr = int(round(sum(a3) / 3.0))
            rs = rng.randint(60, 97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in a3] + [str(pr), str(rs), "%.1f" % (pr * 0.4 + rs * 0.6)], pad))
        body = (head10(s, c, "学习任务考核成绩表（百分制）") + table(out) +
                "<p>说明：选品分析、直播脚本、订单售后三项均为百分制，过程成绩取三项平均（四舍五入）；结果成绩为直播实战考核成绩；"
                "总评＝过程成绩×40%＋结果成绩×60%。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "plain_remark":   # a plain Word table with a 备注 column
        parts = [("工艺编制", 20), ("程序编制", 25), ("加工操作", 35), ("尺寸检测", 10), ("6S管理", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            note = {4: "组长", 17: "组长", 29: "组长"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), note], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "attendance_grid":   # eight lesson columns of attendance marks before the scores
        parts = [("考勤", 10), ("翻身操作", 40), ("风险评估", 30), ("沟通指导", 20)]
        hd = ["序号", "学号", "姓名"] + ["第%d次" % (j + 1) for j in range(8)] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            marks = ["√"] * 8
            ded = 0
            if rng.random() < 0.25:
                j = rng.randrange(8)
                marks[j] = rng.choice(["迟", "假"])
                ded = 1 if marks[j] == "迟" else 2
            v = [10 - ded] + part_scores(rng, parts[1:], 0.64, 0.96)
            out.append(trow([str(k + 1), sid_of(s, n)[-4:], n] + marks + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录（含考勤）") + "<p>学号前六位：%s</p>" % s["sidp"][:6] + table(out) +
                "<p>考勤记号：√出勤　迟迟到（扣1分）　假请假（扣2分）　×旷课（扣5分）</p>" + sign)
        return "10.html", html(body, "7.5pt", font="Noto Sans CJK SC", compact=True, page="margin:0.9cm 0.9cm"), "pdf"
    if f == "max_row":   # a 满分 row under the head
        parts = [("安全防护", 10), ("检测过程", 30), ("故障判断", 30), ("诊断报告", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (10 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "plain_nation":   # a plain Word table with a 民族 column
        parts = [("活动策划", 30), ("文案海报", 20), ("订单处理", 30), ("售后服务", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "民族"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, nation(n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "sign_column":   # a 学生签字 column signed by hand
        parts = [("液压回路", 30), ("电气接线", 20), ("PLC程序", 30), ("安全文明", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "学生签字"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), hand(n, True, size="10.5pt")], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + "<p>（成绩经本人核对无误后签字确认）</p>" + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:250"
    raise SystemExit(f)


def nation(n):
    return "维吾尔族" if "·" in n else ("回族" if n[0] == "马" else "汉族")


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    if f == "receipt_scan":   # typed test records, a thermal-printer receipt pasted on each
        parts, ovl = [], []
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3><p>诊断人：%s　　班级：%s　　车辆：纯电动洗扫车</p>' % (title, n, cls_of(s, n)) +
                             tbl([["检测项目", "条件", "读数", "判定"], ["电机温度", "作业40 min", "%d ℃" % (142 - i), "过高"],
                                  ["水泵转速", "指令3000 rpm", ["0 rpm", "2980 rpm", "3010 rpm"][j], ["不合格", "合格", "合格"][j]]], width="80%") +
                             "<p>结论：%s</p><p>（测试仪打印凭条粘贴处）</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>审核：%s</p>" % (desc, t[j % 2]))
                ovl.append({"type": "sticker", "page": 3 * i + j + 1, "x": 0.30, "y": 0.50, "angle": [-3, 2, 4][j], "size": 9,
                            "fill": "#fbfbf7", "edge": "#d0d0d0",
                            "lines": ["诊断仪打印", "操作员：%s" % n, "MOTOR TEMP %s" % ["142 C", "96 C", "85 C"][j],
                                      "2024-11-%02d  10:%02d" % (12 + i, 20 + 9 * j), "No.%05d" % (3071 + 3 * i + j)]})
        write(os.path.join(d, "11.html.ovl.json"), json.dumps({"pages": len(parts), "items": ovl}, ensure_ascii=False, indent=1))
        return "11.html", html(PB.join(parts), font="Noto Sans CJK SC"), "x-scanpdf:200:color"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "design_cover":   # a cover line per work: 设计者
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">设计者：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["区域", "席位", "物品", "说明"], ["主桌", "12", "品茗杯、竹制筷架", desc], ["副桌", "18", "骨碟、味碟、茶杯", "一人一位"]],
                                 width="90%") + "<p>教师评价：%s</p>" % ["方案合理", "摆放规范", "流程清楚"][j])
            elif f == "survey_typed":   # a site-survey record: 勘测人 and the museum's guide
                parts.append('<h3>%s</h3>' % title + tbl([["勘测人", n, "班级", cl], ["陪同人员", "%s（园区电工）" % s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["区域", "配置", "建议", ""], ["一号厂房", "VLAN %d" % (10 + 10 * j), "新增接入交换机", ""],
                                                          ["二号厂房", "端口 %d" % (8 + j + i), "保持", ""]], width="92%") + "<p>结论：%s</p>" % desc)
            elif f == "inspection_typed":   # an inspection report: 加工者 and 检验员
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件名称", "绗缝机主轴", "图号", "CM-07-%02d" % (3 + j)], ["加工者", "%s（%s）" % (n, cl), "检验员", t[j % 2]],
                                  ["检测项目", "图纸要求", "实测", "结论"], ["外圆", "φ25 0/-0.021", "24.9%d" % (8 - j), "合格"],
                                  ["径向跳动", "≤0.02", "0.01", "合格"]], width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "care_typed":   # a care record: 照护员 and the resident
                parts.append('<h3>%s</h3>' % title + tbl([["照护员", n, "班级", cl], ["照护对象", s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["时间", "体位", "进食情况", "签名"], ["07:00", "坐位", "糊状早餐，无呛咳", n], ["11:30", "半坐卧位", "午餐少量呛咳", n]],
                                                         width="90%") + "<p>小结：%s</p>" % desc)
            elif f == "order_typed":   # an order sheet: 制单人 and 审核
                parts.append('<h3>%s</h3>' % title + tbl([["收货片区", "单数", "重量(kg)", "收货人"], ["武汉光谷片区", str(38 + 3 * i + j), str(114 + 9 * j), s["others_named"][0]],
                                                          ["长沙岳麓片区", str(51 + 2 * i), str(153 + 6 * j), "（多位顾客）"]], width="86%") +
                             "<p>%s</p><p>制单人：%s（%s）　　审核：%s　　%s</p>" % (desc, n, cl, t[j % 2], day(s, 30 + i)))
            elif f == "hydraulic_typed":   # a commissioning record: 调试人
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　记录：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["项目", "设定值", "实测值", "结论"], ["气源压力", "0.5 MPa", "%.2f MPa" % (0.49 + 0.01 * i), "合格"],
                                  ["焊接时间", "0.2 s", "0.2 s", "合格"], ["送带行程", "120 mm", "%d mm" % (119 + j), "合格"]], width="80%") + "<p>%s</p>" % desc)
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
        if f == "exercise_book":   # an exercise-book cover, then the page inside
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid[-2:], "----", "%s　课后作业" % c["task"][:6]]
        elif f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f in ("crumple_photo", "crumple_photo2"):
            head = ["课后作业　%s" % c["task"], "> %s　%s" % (cl, n)]
        elif f == "hand_page":
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f == "tape_hand":
            head = ["%s　课后练习" % c["course"], "姓名 %s　班级 %s" % (n, cl)]
        elif f == "watch_photo":
            head = ["课后作业（驱动电机）", "> 班级：%s" % cl, "> 姓名：%s　学号：%s" % (n, sid[-2:])]
        elif f == "four_photo":
            head = ["课后作业（液压）", "> 姓名：%s　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"exercise_book": "x-photo:200:1", "name_line_photo": "x-photo:200:2", "crumple_photo": "x-photo:200:1",
            "hand_page": "x-scan:250:4", "crumple_photo2": "x-photo:200:2:crumple", "tape_hand": "x-scan:200:3:color",
            "four_photo": "x-photo:200:1", "watch_photo": "x-photo:200:2:watch"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

PARENT_GIVEN = ("建国 玉兰 桂英 国庆 秀梅 德胜 春华 淑珍 永刚 丽华 振海 凤琴 志强 秀云 宝山 金凤").split()
UY_MOTHER = ("阿依古丽 帕夏古丽 热娜古丽 阿娜尔古丽 再努尔 托乎提汗").split()


def parent_of(n, rng):
    if "·" in n:   # the father: his given name is the student's second part
        if rng.random() < 0.8:
            return n.split("·")[1] + "·" + rng.choice(UY_FATHER), "父亲"
        return rng.choice(UY_MOTHER) + "·" + rng.choice(UY_FATHER), "母亲"
    if rng.random() < 0.7:
        return n[0] + rng.choice(PARENT_GIVEN), "父亲"
    return rng.choice("王李张刘陈周") + rng.choice(PARENT_GIVEN), "母亲"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "plain_list":   # a plain typed 学生名单
        rows = [["序号", "学号", "姓名", "性别", "民族", "职务"]]
        duty = {2: "班长", 9: "团支书", 15: "学习委员", 27: "生活委员"}
        for j, n in enumerate(k):
            sex = "男" if n[1:] in ("峻峰", "松岩", "苍岩", "原野", "远帆", "启航", "明川", "江帆") else "女"
            mz = "满族" if n[0] in "关那佟" else "朝鲜族" if n[0] in "金朴崔" else "汉族"
            rows.append([str(j + 1), sid_of(s, n), n, sex, mz, duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s%s学生名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="90%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　合计：%d人　　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return [], {}
    if r == "parents":   # a list of students with their parents
        rows = [["序号", "学号", "姓名", "性别", "民族", "家长姓名", "关系", "联系电话"]]
        parents = []
        for j, n in enumerate(k):
            while True:
                p, rel = parent_of(n, rr)
                if p not in k and not used(p) and p not in parents and all(not (len(bare(p)) == len(bare(x)) and near(p, x)) for x in k):
                    break
            parents.append(p)
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "女"]), nation(n), p, rel,
                         "1%d%d****%04d" % (rr.choice([3, 5, 8, 9]), rr.randint(0, 9), rr.randint(0, 9999))])
        body = ('<h2 style="text-align:center">%s学生及家长联系名单</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="100%", pad="1px 3px", bold=(0,)) +
                "<p>班主任：%s　　共%d人　　（本表仅供班级联系使用，请勿外传）</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.0cm"))
        man.append("roster.html\t%s学生及家长联系名单.pdf\tpdf\troster\t0" % s["cls"])
        return parents, {}
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
    truth = {"comment": "Eighty-ninth held-out people corpus (testdata/heldout89), the format of testdata/heldout23/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    for n in all_teachers + all_planted + all_others:
        if used(n):
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT or w in EARLIER_FORMS:
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
        rng = random.Random(s["seed"] * 7919 + 89)
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
        fct = {1: "班级人数 | %s", 2: "学生人数 | %s", 3: "授课班级及人数 | %s，%%s" % s["cls"]}[grp(s)]
        fct = fct % s["form_count"] if grp(s) != 3 else "授课班级及人数 | %s，%s" % (s["cls"], s["form_count"])
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "others_named": s.get("others_named", []) + parents,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
