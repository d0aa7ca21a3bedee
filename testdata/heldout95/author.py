#!/usr/bin/env python3
"""Write the sources of the ninety-fifth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 建德
(Zhejiang, 杭州), 溧阳 (Jiangsu, 常州) and 永安 (Fujian, 三明).

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
# the truth files read for names, tasks and courses to avoid (heldout96 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 95)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 建德 (严州 families: 方 叶 胡 徐 邵 汪 洪 章 余 姜 and the common ones),
# 溧阳 (南京-常州 families: 史 狄 彭 芮 强 蒋 潘 汤 缪 and the common ones), 永安 (闽西北: 陈 林 黄 赖 罗 邓 邱 廖 曾 温 刘 郑)
SURNAMES = {
    "jd": list("王王李张张陈陈吴吴徐徐方方方叶叶叶胡胡邵邵汪汪洪章余姜朱黄刘"),
    "ly": list("王王王张张陈陈周周吴吴朱朱蒋蒋潘史史狄彭彭芮强汤缪马李刘徐"),
    "ya": list("陈陈陈陈林林林林黄黄黄张张吴李王刘刘郑赖赖罗罗邓邱廖曾温杨"),
}
# given names: the everyday names of students born around 2008, a list of this corpus
GIVEN2 = ("子涵 欣怡 浩然 雨桐 梓轩 诗涵 宇轩 一诺 俊宇 思彤 若汐 沐阳 语汐 锦涛 书涵 奕航 梓睿 可欣 宸宇 雨婷 "
          "嘉豪 欣瑶 睿哲 芷若 思辰 楚瑜 承宇 奕霖 梓琪 晨曦 子萱 宇辰 铭轩 语晨 芊芊 景瑜 思妍 天宇 嘉琪 若琳 "
          "浩轩 钰彤 雨辰 俊杰 子晴 一帆 欣然 佳豪 梓晴 弘毅 可昕 乐瑶 锦辉 亦菲 晓东 泽瑞 嘉欣 星辰 诗语 子墨 "
          "家铭 梦涵 俊凯 雅萱 逸飞 紫涵 煜祺 佳蕊 浩博 韵涵 振豪 雨菲 宏宇 安然 靖轩 梓瑶 凯瑞 梦婷 哲瀚 筱雨 "
          "彦霖 雅琪 子扬 芮涵 昱辰 颖欣 君浩 静雯 书豪 婧琪 明宇 思琦 骏杰 晗玥 浩哲 依彤 俊辉 佳怡 天皓 雨涵").split()
GIVEN1 = list("涛婷杰颖琦宇晨彬")



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
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="民宿前厅与会议服务", task="江畔民宿酒店会议团队入住接待与退房结算",
   hours=16, station="酒店前厅服务一体化学习工作站",
   situation="深秋时节，一家企业的四十人会议团队要在新安江边的一家民宿酒店住两晚，开一天半的年度会议。酒店前厅经理请酒店班学员核对团队预订单，提前分配房间、制作房卡袋，在团队到店时集中办理入住，安排会议室茶歇，并在离店时分别结算公账和个人消费。",
   qs=[("问题1 团队到店前要准备哪些东西？", ["核对预订单和名单，提前排好房号，把房卡、早餐券和会议日程装进房卡袋，按名单顺序摆好。", "排好房号，房卡袋装好。", "核对名单，准备早餐券。"]),
       ("问题2 公账和个人消费怎样分开结算？", ["房费和会议费记公账，由会务联系人签单；客人的迷你吧和洗衣费记个人账，离店时各自付清。", "房费记公账，其余个人付。", "会务联系人签公账。"])],
   hw=[("1. 团队入住时大堂怎样分流？", ["设团队专用接待台，会务联系人统一领取房卡袋，散客照常在前台办理，两边互不干扰。", "设团队专用接待台。", "团队和散客分开。"]),
       ("2. 客人投诉房间有烟味怎么办？", ["先道歉，马上查看有没有空房可换，不能换就送空气净化器并开窗通风，记下房号跟进。", "先道歉，能换房就换。", "送净化器，记下房号。"])],
   outputs=[("团队入住排房表", "四十人，双床房十八间，单人间四间。"), ("会议茶歇服务方案", "上午十点、下午三点两次茶歇。")],
   parts=[("仪容仪表", 10), ("预订核对", 20), ("入住接待", 30), ("会议服务", 20), ("退房结算", 20)]),
 "care": dict(major="健康与社会照护", code="0529", course="失能老人日间照护", task="社区日间照料中心失能老人进餐与移动照护",
   hours=18, station="照护实训一体化学习工作站",
   situation="建德城区一家社区日间照料中心每天接收二十多位老人，其中几位是半失能老人，吃饭和起身都需要人帮。中心主任请照护班学员评估老人的进食和移动能力，制订照护计划，协助老人进餐、从床上转移到轮椅，做好记录，并向家属说明注意事项。",
   qs=[("问题1 协助偏瘫老人进餐时坐姿怎样摆？", ["让老人坐直，身体稍向前倾，偏瘫一侧用软枕垫好，照护员坐在健侧喂食。", "坐直稍前倾，坐在健侧喂。", "患侧垫软枕。"]),
       ("问题2 从床上转移到轮椅前要检查什么？", ["轮椅刹车是否刹好、脚踏板是否收起，轮椅放在老人健侧，与床成三十度左右。", "刹车刹好，脚踏板收起。", "轮椅放在健侧。"])],
   hw=[("1. 老人进食时呛咳怎么处理？", ["立刻停止喂食，让老人身体前倾，轻拍背部，观察面色，严重时马上呼叫医生。", "停止喂食，前倾拍背。", "观察面色。"]),
       ("2. 照护记录要写哪些内容？", ["时间、进食量、饮水量、移动方式、老人的反应和异常情况，最后签名。", "进食量和饮水量。", "异常情况和签名。"])],
   outputs=[("老人进餐照护记录", "午餐进食约八成，无呛咳。"), ("床椅转移照护计划", "健侧转移，一人协助。")],
   parts=[("能力评估", 20), ("计划制订", 20), ("进餐照护", 30), ("移动照护", 30)]),
 "battery": dict(major="新能源汽车检测与维修", code="0435", course="电动物流车动力电池检修", task="纯电动物流车动力电池绝缘故障检测与维修",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="溧阳一家物流公司的纯电动城配物流车在雨天行驶后仪表报绝缘故障，车辆无法上高压。车队队长把车送到学校合作的维修站，站长请新能源班学员做好高压安全防护，读取故障码，用绝缘表逐段测量高压回路，找出进水的高压插接器，处理后复测并出具检测报告。",
   qs=[("问题1 断开高压前要做哪些准备？", ["穿戴绝缘手套和护目镜，设置隔离栏和警示牌，关闭点火开关，断开低压蓄电池负极，拔下维修开关并等待五分钟。", "戴绝缘手套，拔维修开关。", "等五分钟再操作。"]),
       ("问题2 怎样找出绝缘故障在哪一段？", ["把高压回路分成电池包、配电盒、电机控制器几段，逐段断开后用绝缘表测对地电阻，阻值低的那段就是故障段。", "逐段测对地电阻。", "阻值低的就是故障段。"])],
   hw=[("1. 绝缘电阻的合格标准是多少？", ["一般要求每伏不低于五百欧，三百五十伏的系统要大于零点一七五兆欧，实际维修中要求更高。", "每伏不低于五百欧。", "大于零点一七五兆欧。"]),
       ("2. 高压插接器进水后怎样处理？", ["断电后拆下插接器，用无水酒精清洁，热风吹干，检查密封圈，必要时更换后复测。", "清洁吹干，换密封圈。", "处理后复测。"])],
   outputs=[("绝缘故障检测报告", "故障段为后驱电机控制器插接器。"), ("高压断电操作记录", "等待五分钟后验电为零。")],
   parts=[("安全防护", 15), ("故障码读取", 10), ("绝缘检测", 30), ("故障排除", 30), ("报告填写", 15)]),
 "plc": dict(major="机电一体化技术", code="0127", course="茶叶包装线气动与PLC控制调试", task="茶叶分拣包装线气动与PLC控制系统安装调试",
   hours=16, station="机电一体化设备安装调试工作站",
   situation="溧阳一家白茶企业新上了一条小型分拣包装线，供料、分拣和装盒三个工位由气缸和PLC控制，厂家装好机械部分后，气路和电气还没调试。企业设备科请机电班学员读懂气动原理图和电气图，完成气路连接、传感器安装和PLC程序下载，逐个工位调试，最后联机试运行。",
   qs=[("问题1 调节气缸速度用什么元件？", ["用单向节流阀，一般装成排气节流，调节螺钉拧进去速度变慢，拧出来变快。", "单向节流阀，排气节流。", "拧进去变慢。"]),
       ("问题2 磁性开关不亮可能是什么原因？", ["开关位置没对准活塞磁环、接线接反了，或者开关本身损坏。", "位置没对准磁环。", "接线接反。"])],
   hw=[("1. 联机调试前要检查什么？", ["气源压力、各气缸原位、传感器信号、急停按钮是否有效，确认后再单步运行。", "气源压力和急停。", "先单步运行。"]),
       ("2. 分拣工位把白茶盒分错了怎么查？", ["先看颜色传感器的信号在PLC里有没有变化，再检查程序里分拣气缸的输出地址对不对。", "看传感器信号。", "查输出地址。"])],
   outputs=[("气路连接与调试记录", "供气压力零点五兆帕。"), ("PLC程序调试记录", "三个工位联机运行正常。")],
   parts=[("识图", 15), ("气路连接", 25), ("电气接线", 25), ("程序调试", 25), ("6S", 10)]),
 "network": dict(major="计算机网络应用", code="0301", course="景区无线网络组建", task="景区游客中心无线网络规划与交换机配置",
   hours=16, station="网络组建一体化学习工作站",
   situation="天目湖边的一座景区游客中心要改造网络，节假日大厅里几百名游客同时连无线，经常掉线。景区信息科请网络班学员勘察现场，规划无线接入点的位置和信道，划分办公、售票和游客三个虚拟局域网，配置交换机和无线控制器，测试覆盖和速率，并编写交付文档。",
   qs=[("问题1 为什么要划分三个虚拟局域网？", ["办公、售票和游客的网络分开，游客不能访问售票系统，广播也不会互相影响。", "游客不能访问售票系统。", "互不影响。"]),
       ("问题2 相邻的无线接入点信道怎样安排？", ["二点四G频段用一、六、十一这三个互不重叠的信道交错安排，避免同频干扰。", "用一、六、十一信道。", "交错安排。"])],
   hw=[("1. 怎样测试无线覆盖？", ["拿手机或笔记本在大厅各处走一遍，用测试软件记录信号强度，低于负七十分贝毫瓦的地方要补点。", "各处记录信号强度。", "信号弱的地方补点。"]),
       ("2. 交付文档要包括什么？", ["网络拓扑图、地址规划表、设备配置文件、账号密码交接单和测试记录。", "拓扑图和地址规划表。", "配置文件和测试记录。"])],
   outputs=[("无线网络规划方案", "大厅布置六个接入点。"), ("交换机配置与测试记录", "三个虚拟局域网互通测试通过。")],
   parts=[("现场勘察", 15), ("网络规划", 25), ("设备配置", 35), ("测试交付", 25)]),
 "shaft": dict(major="数控加工(数控车工)", code="0106", course="竹机阶梯轴数控车削", task="竹材加工机械传动阶梯轴数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="永安的竹材加工厂很多，一家竹地板厂的开片机传动阶梯轴磨损，厂里请学校数控车间照样件加工十件备用。车间主任请数控班学员测绘零件、编写加工工艺和程序，完成外圆、台阶、退刀槽和螺纹的车削，并做好首件检验。",
   qs=[("问题1 车细长的阶梯轴为什么要用顶尖？", ["轴长径比大，只用卡盘夹一头，车削时工件会弯曲振动，用尾座顶尖顶住另一头才稳。", "防止工件弯曲振动。", "一夹一顶更稳。"]),
       ("问题2 车螺纹前外圆要车到多大？", ["外圆要比螺纹公称直径小零点一到零点二毫米，螺纹牙顶才不会太尖。", "比公称直径小零点一到零点二。", "牙顶不会太尖。"])],
   hw=[("1. 退刀槽有什么作用？", ["车螺纹和磨外圆时刀具要退出，退刀槽给刀具留出空间，装配时零件也能靠紧台阶。", "给刀具退出留空间。", "装配能靠紧台阶。"]),
       ("2. 首件检验合格后还要注意什么？", ["批量加工中要定时抽检，刀具磨损后尺寸会变，发现变化及时补偿。", "定时抽检。", "刀具磨损要补偿。"])],
   outputs=[("阶梯轴首件检验记录", "外圆φ30h7合格。"), ("阶梯轴加工程序单", "O2318，共三十六段。")],
   parts=[("图样分析", 10), ("工艺编制", 20), ("程序编制", 20), ("车削加工", 40), ("6S", 10)]),
 "bamboo": dict(major="电子商务", code="0603", course="山货网店运营推广", task="竹笋干与笋干礼盒网店详情页设计与上新推广",
   hours=14, station="电商运营一体化学习工作站",
   situation="永安的春笋收获后，一家笋干加工合作社想把笋干和笋干礼盒放到网店里卖。合作社负责人请电商班学员拍摄产品图片，设计详情页，写好标题和卖点，设置上新优惠，并在上新后一周内分析流量和转化数据，提出改进意见。",
   qs=[("问题1 详情页首屏要放什么？", ["放最能吸引人的产品大图和一句话卖点，比如“高山春笋，日晒三天”，让顾客三秒内看懂。", "大图和一句话卖点。", "三秒内看懂。"]),
       ("问题2 商品标题怎样写？", ["把产地、品类、规格和主要卖点放进去，用顾客常搜的词，不堆砌无关词。", "产地、品类、规格、卖点。", "用顾客常搜的词。"])],
   hw=[("1. 上新后流量低怎么办？", ["检查标题关键词和主图点击率，适当开直通车，参加平台的新品活动。", "查关键词和主图。", "参加新品活动。"]),
       ("2. 转化率低可能是什么原因？", ["价格偏高、详情页没讲清楚、评价少，可以做试吃装和晒图返现。", "价格高，评价少。", "做试吃装。"])],
   outputs=[("笋干礼盒详情页设计稿", "共九屏，首屏为竹林实景。"), ("上新一周数据分析报告", "访客一千八百人，转化率百分之三点一。")],
   parts=[("产品拍摄", 20), ("详情页设计", 30), ("标题与上新", 20), ("数据分析", 30)]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SJD, SLY, SYA = "建德市严州技工学校", "溧阳市天目湖技工学校", "永安市燕江技工学校"

SUBS = [
    dict(school=SJD, pack="dir", region="jd", course="hotel", cls="酒店2401班", size=34, seed=11, sidp="2401050",
         students=["方欣瑶", "叶梓睿", "邵雨辰"], items={8: ["方欣瑶", "叶梓睿", "邵雨辰", "洪语汐"]},
         extra_class=["洪语汐", "汪俊凯"], bad={"汪俊凯": ("over", 2, 36)}, others_named=["姜立群"],
         teachers=["胡晓岚", "章国平"], form_count="34",
         f8="binding_margin", f10="footnote_max", f11="hotel_typed", f12="photo_fog",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "汪俊凯")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 dpi gray, a pencil-case zipper lying across the lower part) holds FOUR worksheets: the three "
                 "and classmate 洪语汐 (with an item-10 record): students.count on 8; students.mismatch optional. Item 8's layout: "
                 "an exam-style 装订线 strip down the left side holding 班级/姓名/学号 (by hand). Item 10 (TYPED) gives the column "
                 "maxima only in a footnote under the table (入住接待 满分30); 汪俊凯 has 36 under 入住接待 (总分 the sum): "
                 "records.invalid_score. The conference contact 姜立群 (a customer) is named on every item-11 sheet"),
    dict(school=SJD, pack="dir", region="jd", course="care", cls="照护2402班", size=36, seed=12, sidp="2402052",
         students=["余梓晴", "徐奕霖", "方芮涵"], others_named=["汪凤仙", "邵金根", "叶桂英"],
         teachers=["吴丽萍", "胡卫星"], form_count="36", roster="seating", headteacher="洪美娟",
         f8="care_record", f10="weighted", f11="care_typed", f12="scan_color",
         findings=[],
         comment="clean. The roster is a SEATING CHART (座位表: six rows of six desks, 讲台 at the top, a name in each desk), 36 = "
                 "form = item 10. Item 10 (scanned 200 gray) has a WEIGHTED total: 过程考核(百分制) and 成果考核(百分制) and "
                 "总评 = 过程×40%+成果×60% (rounded), explained in the head and under the table; no 总评 is a plain sum. Two elders "
                 "(汪凤仙, 邵金根) are named as 照护对象 on items 8 and 11, a family member 叶桂英 as 家属签字 (none are students)"),
    dict(school=SLY, pack="gbkzip", region="ly", course="battery", cls="新能源2301班", size=42, seed=21, sidp="230435",
         students=["狄铭轩", "芮雅萱", "蒋浩博"], items={12: ["狄铭轩", "芮雅萱"]},
         extra_class=["缪振豪"], bad={"缪振豪": ("sum", 7)}, others_named=["彭国强"],
         teachers=["史建军", "潘红梅"], form_count="42（男36，女6）",
         f8="test_card", f10="two_row_grade", f11="battery_typed", f12="photo_fog",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "缪振豪")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos through a FOGGED lens) holds the homework of only TWO students, 狄铭轩 and 芮雅萱 "
                 "(蒋浩博's missing; items 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 "
                 "(scanned 300 dpi 1-bit) has a two-row head and a 等级 column beside 总分; 缪振豪's 总分 is 7 above the sum of "
                 "his parts: records.invalid_score. The fleet captain 彭国强 is named as 送修人 on item 8 and 11 (not a student). "
                 "Form `42（男36，女6）`"),
    dict(school=SLY, pack="gbkzip", region="ly", course="plc", cls="机电2402班", size=44, seed=22, sidp="240127",
         students=["强子扬", "汤静雯", "彭哲瀚"], extra_class=["狄晗玥"], absent_from_10=["狄晗玥"],
         teachers=["周志明", "缪丽华"], form_count="44（男38，女6）", roster="dorm", headteacher="缪春芳",
         f8="plain_line", f10="group_tables", f11="plc_typed", f12="hand_page",
         findings=[("records.missing_student", 10, False, "狄晗玥"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 花名册 with 宿舍 and 家长联系电话 masked, 44) and the form (`44（男38，女6）`) hold 狄晗玥; "
                 "item 10 (TYPED) is split into one small table per 小组 (each with its own head and a 小组平均分 row), 43 "
                 "records in all, none for her: records.missing_student and records.count_mismatch"),
    dict(school=SLY, pack="gbkzip", region="ly", course="network", cls="网络2401班", size=40, seed=23, sidp="240301",
         students=["朱思琦", "蒋宇辰", "汤依彤"], others_named=["芮建洪"],
         teachers=["王立峰", "彭淑娴"], form_count="40（男31，女9）",
         f8="two_row_box", f10="bonus_landscape", f11="network_typed", f12="exercise_photo",
         findings=[],
         comment="clean. Item 10 (scanned 250 dpi colour, a wide table running on to a second page) has an 附加分 column: five students got 2-5 bonus points "
                 "for an innovation, 总分 = the four parts + 附加分, capped at 100, as the note under the table explains; one "
                 "student's re-marked 设备配置 is hand-corrected in red (old figure struck through, new one beside, 总分 follows "
                 "the new one). The scenic area's IT officer 芮建洪 signs 客户验收 on item 11 (not a student)"),
    dict(school=SYA, pack="zip", region="ya", course="shaft", cls="数控2401班", size=40, seed=31, sidp="24010601",
         students=["赖子晴", "邱浩哲", "廖雨菲"], items={11: ["赖子晴", "邱浩哲", "温俊杰"]},
         extra_class=["温俊杰", "曾佳蕊"], bad={"曾佳蕊": ("over", 3, 47)}, others_named=["罗炳生"],
         teachers=["林国华", "黄秀琴", "郑长林"], form_count="40",
         f8="procedure_card", f10="max_head_scan", f11="inspection_typed", f12="photo_fog2",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "曾佳蕊")],
         comment="item 11 (TYPED 首件检验记录) holds the works of 赖子晴, 邱浩哲 and classmate 温俊杰 (with an item-10 record) "
                 "instead of 廖雨菲's (items 8 and 12 hold the three): students.mismatch. Item 8 (scanned 250 gray, a pencil-case "
                 "zipper lying across it) is a 工序卡 with the student as `编制` in the sign-off strip at the foot. "
                 "Item 10 (scanned 200 gray, maxima in the head `车削加工(40)`): 曾佳蕊 has 47 under 车削加工(40): "
                 "records.invalid_score. The bamboo factory's foreman 罗炳生 named as 委托方 on item 8 (not a student)"),
    dict(school=SYA, pack="zip", region="ya", course="bamboo", cls="电商2402班", size=38, seed=32, sidp="24060302",
         students=["邓梓瑶", "林书豪", "赖亦菲"], outsiders={"赖亦菲": "电商2401班"}, out_sidp="240603011",
         extra_class=["黄可昕"], absent_from_10=["黄可昕"], others_named=["曾水生"],
         teachers=["陈德斌", "刘丽琼"], form_count="38",
         f8="photo_sheet", f10="remarks", f11="shop_typed", f12="scan_gray",
         findings=[("students.not_in_class", 8, True, "赖亦菲"), ("records.count_mismatch", 10, False)],
         comment="赖亦菲 of the parallel class 电商2401班 (her class and 学号 on her worksheet, typed design sheet and homework) "
                 "is the third student of 8/11/12; item 10 has no record of her: students.not_in_class (item 8 is PHONE "
                 "PHOTOS through a fogged lens). Item 10 (TYPED, a 备注 column: 缓考/补考 notes) lists 37 rows; the form says "
                 "`38`: records.count_mismatch (黄可昕 of the class has no record; no roster). The cooperative's head 曾水生 "
                 "named on item 11 as 委托方 (not a student)"),
]

PROVINCE = {1: "浙江省建德市", 2: "江苏省溧阳市", 3: "福建省永安市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 建德: "8_工作页.pdf"
        return "%d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 溧阳: "08、工作页.pdf"
        return "%02d、%s.pdf" % (n, NAMES[n])
    return "成果%d %s.pdf" % (n, NAMES[n])   # 永安: "成果8 工作页.pdf" (the name carries it)


def form_name(s, c):
    return {1: ("%s-%s-附件2申报书.docx" % (s["school"], c["major"].split("(")[0]), "docx"),
            2: ("工学一体化优质课堂申报书（%s）.pdf" % s["cls"], "pdf"),
            3: ("申报书%s.docx" % c["course"], "docx")}[grp(s)]


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



# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "班级及人数 | %s 共%s人" % (s["cls"], s["form_count"])
    if g == 2:
        return "学生人数 | %s" % s["form_count"]
    return "学生人数 | %s 人" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("班级及人数", "%s 共%s人" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("授课地点", c["station"])]
    else:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", "%s 人" % s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 37),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
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

WEEK = "一二三四五六日"



def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "7"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    if f == "photo_sheet":   # phone photos of the hand-filled sheets (a text source, as item 12's photos)
        lines = []
        for i, n in enumerate(names):
            if i:
                lines.append("----")
            lines += ["　　　　　　　　　　> 姓名：%s　班级：%s　学号：%s" % (n, cls_of(s, n), sid_of(s, n)), "%s　学习工作页" % c["task"],
                      "【任务情境】" + c["situation"][:60] + "……", ""]
            for qi, (q, a) in enumerate(c["qs"]):
                lines += [q, "> " + a[(i + qi) % 3], "! " + mark(rng), ""]
            lines += ["! 教师评价：%s　%s" % (["认真完成", "要点齐全", "良好"][i % 3], t[i % 2])]
        return "08.txt", "\n".join(lines) + "\n", "x-photo:200:1:fog"
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    on = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "binding_margin":   # an exam-style binding strip down the left side with class, name and number
            strip = ('<p style="font-size:9pt">装</p><p style="font-size:9pt">订</p><p style="font-size:9pt">线</p><p>班级</p><p>%s</p>'
                     '<p>姓名</p><p>%s</p><p>学号</p><p>%s</p><p style="font-size:9pt">装</p><p style="font-size:9pt">订</p><p style="font-size:9pt">线</p>'
                     % (hand(cl, True), hand(n), hand(sid[-2:], True)))
            main = (title + "<p>会务联系人：%s（客户）　　实训日期：%s</p>" % (on[0], day(s, i)) + sit + answers(c, rng, i) + comment)
            body = ('<table style="border-collapse:collapse" width="100%%"><tr><td width="13%%" valign="top" style="border-right:1.5pt dashed #000;padding:2px 6px">%s</td>'
                    '<td valign="top" style="padding:2px 10px">%s</td></tr></table>' % (strip, main))
        elif f == "care_record":   # 照护员 = the student; 照护对象 an elder
            head = tbl([["照护员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)],
                        ["照护对象", "%s（%d岁）" % (on[i % 2], 81 + i), "照护时间", hand(day(s, i)[5:] + " 11:20", True), "床位", "%d号" % (3 + i)]],
                       width="100%", pad="4px 4px")
            body = '<h3 style="text-align:center">%s<br/>照护实训工作页</h3>' % c["task"] + head + sit + answers(c, rng, i) + comment
        elif f == "test_card":   # 学员; the fleet captain as 送修人
            head = tbl([["学员", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)],
                        ["车辆", "纯电动城配物流车", "送修人", on[0], "工位", "%d号工位" % (2 + i)]], width="100%", pad="4px 4px")
            body = '<h3 style="text-align:center">%s<br/>检测工作页</h3>' % c["task"] + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "two_row_box":
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="80%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "procedure_card":   # a 工序卡; the student signs 编制 in the strip at the foot, class and number top right
            top = '<p style="text-align:right">%s　%s</p>' % (hand(cl, True), hand(sid, True))
            card = tbl([["工序号", "工序内容", "刀具", "转速 r/min", "进给 mm/r"], ["10", "车左端面、钻中心孔", "T01 外圆车刀", "800", "0.15"],
                        ["20", "一夹一顶，粗车各外圆", "T01 外圆车刀", "800", "0.25"], ["30", "精车外圆至尺寸", "T02 精车刀", "1200", "0.08"],
                        ["40", "车退刀槽", "T03 切槽刀", "500", "0.05"], ["50", "车M20×1.5螺纹", "T04 螺纹刀", "600", "1.5"]], width="100%", pad="2px 3px")
            foot = tbl([["编制", hand(n, True), "审核", hand(t[i % 2], True, BLACK), "委托方", on[0], "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = (top + '<h3 style="text-align:center">阶梯轴数控车削工序卡（学习工作页）</h3>' + sit + card + answers(c, rng, i) + comment + foot)
        elif f == "photo_sheet":
            head = '<p style="text-align:right">姓名：%s　班级：%s　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = head + title + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"binding_margin": "x-scanpdf:200:zipper", "care_record": "x-scanpdf:200", "test_card": "x-scanpdf:250",
            "plain_line": "x-scanpdf:200:color", "two_row_box": "x-scanpdf:200", "procedure_card": "x-scanpdf:250:zipper",
            "photo_sheet": "x-photo:200:1:fog"}[f]
    font = {"test_card": "Noto Sans CJK SC", "care_record": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "中等" if x >= 70 else "及格" if x >= 60 else "不及格"


def scored(s, rng, n, parts, lo=0.62, hi=0.96):
    """part scores and the printed total of one student; a planted fault changes one of them."""
    v = part_scores(rng, parts, lo, hi)
    b = s.get("bad", {}).get(n)
    tot = sum(v)
    if b and b[0] == "over":
        v[b[1]] = b[2]
        tot = sum(v)
    elif b and b[0] == "sum":
        tot += b[1]
    return v, tot


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    parts = c["parts"]
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "footnote_max":   # the maxima only in a footnote under the table, 等级 beside 总分
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p for p, _ in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v, tot = scored(s, rng, n, parts)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        note = "<p>注：各项满分为%s，合计100分；90分及以上为优秀，80—89分良好，70—79分中等，60—69分及格。</p>" % "，".join("%s%d分" % p for p in parts)
        body = head10(s, c, "学习任务考核记录表") + table(out) + note + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted":   # 过程 and 成果 each out of 100; 总评 = 40 % + 60 %
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程考核<br/>（百分制）", "成果考核<br/>（百分制）", "总评<br/>（过程×40%＋成果×60%）", "等级"]], pad)]
        for k, n in enumerate(rec):
            p, r = rng.randint(68, 97), rng.randint(62, 98)
            tot = int(0.4 * p + 0.6 * r + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(p), str(r), str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + "<p>过程考核含能力评估、计划制订；成果考核含进餐照护、移动照护，两项均按百分制评定。</p>" + table(out, "88%") +
                "<p>注：总评＝过程考核成绩×40%＋成果考核成绩×60%，四舍五入取整。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "two_row_grade":   # two-row head (过程/结果), 等级 beside 总分
        h1 = "<tr>%s%s%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                          td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（55分）</b>", ' align="center" colspan="3"', pad),
                                          td("<b>结果考核（45分）</b>", ' align="center" colspan="2"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad),
                                          td("<b>等级</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>%s<br/>(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v, tot = scored(s, rng, n, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:300:mono"
    if f == "group_tables":   # one small table a 小组, each with its own head and a group-average row
        sizes = [8, 7, 7, 7, 7, 7]
        body = head10(s, c, "学习任务考核记录（按小组）")
        k = 0
        for g, m in enumerate(sizes):
            out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
            tots = []
            for n in rec[k:k + m]:
                v, tot = scored(s, rng, n, parts)
                tots.append(tot)
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
                k += 1
            out.append(trow(["", "", "<b>小组平均分</b>"] + [""] * len(parts) + ["%.1f" % (sum(tots) / len(tots))], pad))
            body += "<p><b>第%s小组</b>（工位%d）</p>" % ("一二三四五六"[g], g + 1) + table(out)
        assert k == len(rec), (k, len(rec))
        body += "<p>全班共%d人参加考核。</p>" % len(rec) + sign
        return "10.html", html(body, "8pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "bonus_landscape":   # landscape, an 附加分 column explained, one hand-corrected mark
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s（%d）" % p for p in parts] + ["附加分", "总分", "备注"]], pad)]
        bonus = set(rng.sample(range(len(rec)), 5))
        fixed = sorted(set(range(len(rec))) - bonus)[7]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.92)
            b = rng.randint(2, 5) if k in bonus else 0
            tot = min(100, sum(v) + b)
            cells = [str(x) for x in v]
            note = "方案创新" if b else ""
            if k == fixed:
                old = v[2] - 5
                cells[2] = '<s>%d</s> %s' % (old, hand(str(v[2]), True, "#b8231a"))
                note = "复核更正"
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(b) if b else "", str(tot), note], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：方案有创新并被景区采用的，另加附加分2—5分，总分＝各项得分＋附加分，最高100分。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True, page="size:A4 landscape;margin:1.0cm 1.5cm"), "x-scanpdf:250:color"
    if f == "max_head_scan":   # 姓名 first, 总分 right after the name, then the parts with their maxima
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号", "总分"] + ["%s(%d)" % p for p in parts]], pad)]
        for k, n in enumerate(rec):
            v, tot = scored(s, rng, n, parts)
            out.append(trow([str(k + 1), n, sid_of(s, n), "<b>%d</b>" % tot] + [str(x) for x in v], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "remarks":   # a 备注 column
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v, tot = scored(s, rng, n, parts)
            note = {4: "病假缓考，10月补考", 17: "补交数据分析"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), note], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

ROLE11 = {"hotel_typed": ("接待员", "会务联系人（客户）"), "care_typed": ("照护员", "照护对象"), "battery_typed": ("检测员", "送修人"),
          "plc_typed": ("调试人", None), "network_typed": ("设计人", "客户验收"), "inspection_typed": ("操作者", "委托方"),
          "shop_typed": ("设计制作", "委托方")}


def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    role, other = ROLE11[f]
    on = s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            rows = [[role, n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i + j)]]
            if other:
                who = on[(i + j) % 2] if f == "care_typed" else on[0]
                rows.append([other, who, "审核", t[j % len(t)]])
            else:
                rows.append(["审核", t[j % len(t)], "", ""])
            rows.append(["内容摘要", (desc, ' colspan="3"')])
            parts.append('<h3 style="text-align:center">%s</h3>' % title + tbl(rows, width="90%"))
            if f == "care_typed":
                parts.append("<p>家属签字：%s</p>" % on[2])
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
        if f in ("photo_fog", "photo_fog2"):
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "scan_color":
            head = ["课后练习", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "hand_page":
            head = ["课后作业", "%s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "exercise_photo":
            head = ["", "　　　　　练　习　本", "", s["school"], "", "> 班级：%s" % cl, "> 姓名：%s" % n, "> 学号：%s" % sid, "----",
                    "%s　作业" % c["task"][:6]]
        elif f == "scan_gray":
            head = ["课后作业（%s）" % c["course"], "> 学号 %s　姓名 %s　班级 %s" % (sid, n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_fog": "x-photo:200:2:fog", "photo_fog2": "x-photo:200:1:fog", "scan_color": "x-scan:200:3:color",
            "hand_page": "x-scan:200:4", "exercise_photo": "x-photo:200:1", "scan_gray": "x-scan:250:2"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

FEMALE = set("欣怡 雨桐 诗涵 一诺 思彤 若汐 语汐 书涵 可欣 雨婷 欣瑶 芷若 楚瑜 梓琪 晨曦 子萱 语晨 芊芊 思妍 嘉琪 若琳 钰彤 子晴 欣然 "
             "梓晴 可昕 乐瑶 亦菲 嘉欣 诗语 梦涵 雅萱 紫涵 佳蕊 韵涵 雨菲 安然 梓瑶 梦婷 筱雨 雅琪 芮涵 颖欣 静雯 婧琪 思琦 晗玥 依彤 佳怡 "
             "雨涵 婷 颖 琦".split())


def sex_of(n):
    return "女" if n[1:] in FEMALE else "男"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "seating":   # a seating chart: six rows of six desks, the lectern at the top
        rows = ['<tr><td colspan="6" align="center" style="border:1pt solid #000;padding:6px;background:#eeeeee"><b>讲　台</b></td></tr>']
        for rr in range(6):
            cells = ""
            for cc in range(6):
                n = k[rr * 6 + cc]
                cells += td("%s<br/><span style=\"font-size:7pt\">%s</span>" % (n, sid_of(s, n)[-2:]), ' align="center" width="16%"', "8px 2px")
            rows.append("<tr>%s</tr>" % cells)
        body = ('<h2 style="text-align:center">%s学生名单（座位表）</h2><p style="text-align:center">%s　2024—2025学年第一学期　实训教室302</p>' % (s["cls"], s["school"]) +
                table(rows, width="96%") + "<p>班主任：%s　　　全班%d人（男%d人，女%d人）　　姓名下为学号末两位</p>" % (
                    s["headteacher"], len(k), sum(sex_of(n) == "男" for n in k), sum(sex_of(n) == "女" for n in k)))
        write(os.path.join(d, "roster.html"), html(body, "10pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "dorm":   # a 花名册 with dormitory and masked parent phone
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "宿舍", "家长联系电话"])]
        rng = random.Random(s["seed"] * 77)
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), ("%d-%d" % (3 if sex_of(n) == "男" else 5, 201 + j // 6)),
                              "1%d%d****%04d" % (rng.choice([3, 5, 8]), rng.randint(0, 9), rng.randint(0, 9999))], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s花名册</h2>' % (s["school"], s["cls"]) + table(rows, width="86%") +
                "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Ninety-fifth held-out people corpus (testdata/heldout95), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 95)
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
