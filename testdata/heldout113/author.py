#!/usr/bin/env python3
"""Write the sources of the 113th held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 丽水
(Zhejiang), 福清 (Fujian, a county-level city of 福州) and 荔浦 (Guangxi, a
county-level city of 桂林).

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
# the truth files read for names, tasks and courses to avoid (heldout114 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 113)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 丽水 (处州 families, and the 畲族 雷 蓝 钟 of 景宁 and 莲都),
# 福清 (林 陈 黄 郑 and the 融 families 何 俞 薛 施 翁 魏), 荔浦 (桂北: 黄 李 陆 莫 覃 韦 蒋 唐 廖 邓 and 壮/瑶 蒙 盘)
SURNAMES = {
    "ls": list("吴吴吴叶叶叶陈陈陈周周刘刘毛毛王王李季潘项徐金蓝雷雷钟朱吴叶陈"),
    "fq": list("林林林林林陈陈陈陈黄黄黄郑郑郑王王李何俞薛施翁魏张刘杨林陈"),
    "lp": list("黄黄黄李李李陆陆莫莫覃覃韦韦蒋唐唐廖邓潘刘陈梁蒙盘周黄李"),
}
GIVEN2 = ("宇辰 欣怡 梓轩 语汐 浩然 子涵 书豪 思妍 俊杰 雨菲 泽宇 佳蕊 昊天 晨曦 一凡 静雯 奕霖 若琪 锦鹏 诗涵 "
          "睿哲 可欣 宸宇 婧怡 俊锋 梦婷 家铭 欣蕾 晟轩 雅琪 炜杰 钰莹 子谦 婉婷 志鹏 嘉欣 文轩 梓琪 俊宇 雨彤 "
          "浩轩 佳欣 晓东 秋怡 宇杰 慧琳 伟豪 诗雨 俊凯 芷若 嘉豪 晓慧 子逸 欣雨 明杰 思涵 瑞霖 楚怡 建锋 美玲 "
          "宏伟 雪怡 振华 佳敏 荣华 凯琳 家辉 婉琳 国豪 紫怡 晨宇 悦琪 铭轩 梦洁 宇豪 雅雯 子航 思琦 昱辰 玉洁 "
          "伟杰 丽娜 嘉诚 美琪 志豪 秀琴 锦涛 晓玲 鸿宇 海燕 俊熙 依琳 泽凯 梦雪 永杰 文静 德豪 晓燕 春晖 雨晴 "
          "少华 思敏 承志 巧玲 家宝 冬梅 浩东 彩云 俊辉 金凤 世豪 丽萍 康宁 嘉琳 耀文 小雪 健豪 诗琳 绍辉 梦琪").split()
GIVEN1 = list("杰琳斌婷豪敏涛丹")


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


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])
        for _ in range(400):
            name = sur + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "homestay": dict(major="饭店(酒店)服务", code="0504", course="古堰民宿前厅与客房服务", task="古堰画乡民宿旺季入住接待与客房整理",
   hours=16, station="酒店服务一体化学习工作站",
   situation="五一假期，丽水古堰画乡一家有十二间客房的民宿几乎天天满房，写生的美院学生和自驾游客集中在下午入住，前台排起了队，退房后的客房也来不及整理。民宿主人请酒店班学员分组担任前台接待和客房服务员，完成预订核对、入住登记、行李寄存、客房整理和查房，并用英语接待外国写生团。",
   qs=[("问题1 入住登记时要核对哪些信息？", ["核对预订人姓名、入住日期和房型，查验身份证件并上传登记系统，收取押金后交付房卡。", "预订信息和身份证件。", "核对房型，收押金给房卡。"]),
       ("问题2 客房整理的顺序是什么？", ["先开窗通风、撤走垃圾和脏布草，再铺床、抹尘、清洁卫生间，最后补充用品并自查。", "先撤后铺，最后自查。", "通风、铺床、抹尘、卫生间。"])],
   hw=[("1. 客人要求延迟退房怎么办？", ["先查看当天房态，没有后续预订可以免费延迟到下午两点，否则婉拒并提供行李寄存。", "看房态再决定。", "婉拒时提供行李寄存。"]),
       ("2. 查房发现物品损坏怎样处理？", ["拍照留存，礼貌告知客人，按民宿赔偿价目表说明，客人确认后签字。", "拍照并告知客人。", "按价目表，客人签字。"])],
   outputs=[("客房查房记录", "十二间客房全部查毕，一间缺少吹风机已补。"), ("英语接待情景对话稿", "接待荷兰写生团八人。")]),
 "daycare": dict(major="健康与社会照护", code="0529", course="半失能老人日间生活照护", task="社区日间照料中心失能老人进食协助与轮椅转移",
   hours=18, station="照护技能一体化学习工作站",
   situation="丽水市区一家社区日间照料中心每天接送二十多位老人，其中六位是脑卒中后的半失能老人，午餐进食和上下轮椅需要人协助。中心负责人请照护班学员在护理员带领下评估老人的吞咽和肢体能力，协助进食，完成床与轮椅之间的转移，填写照护记录并做好交接班。",
   qs=[("问题1 协助偏瘫老人进食时食物从哪一侧喂入？", ["从健侧喂入，每口量少，等老人完全咽下再喂下一口，进食后保持坐位三十分钟。", "从健侧，每口量少。", "咽下再喂，饭后坐三十分钟。"]),
       ("问题2 床到轮椅转移前要做哪些准备？", ["轮椅放在老人健侧，与床成三十到四十五度，刹好车，收起脚踏板，向老人说明过程。", "轮椅放健侧，刹车。", "收起脚踏板，向老人解释。"])],
   hw=[("1. 怎样判断老人是否有吞咽困难？", ["做洼田饮水试验，观察喝三十毫升温水是否呛咳、分几次咽下。", "做洼田饮水试验。", "看喝水是否呛咳。"]),
       ("2. 交接班要交代哪些内容？", ["老人的进食量、饮水量、排便、皮肤情况、情绪和特殊事件。", "进食量和皮肤情况。", "特殊事件要写清。"])],
   outputs=[("老人照护记录单", "午餐进食约八成，无呛咳。"), ("轮椅转移操作记录", "转移三次，老人无不适。")]),
 "battery": dict(major="新能源汽车检测与维修", code="0435", course="电动物流车高压电池检修", task="快递分拨中心电动物流车雨后绝缘报警检修",
   hours=18, station="新能源汽车检测一体化学习工作站",
   situation="福清一家快递分拨中心的电动物流车雨后频繁报“绝缘故障”，车辆无法上高压。车队主管把车送到学校合作的维修站，维修站技术主管请新能源班学员做好高压安全防护，按规程断电验电，用绝缘电阻测试仪逐段测量，找出进水的高压接插件，更换密封件并做气密性试验，最后填写检测报告。",
   qs=[("问题1 检修高压系统前为什么要等待五分钟以上？", ["断开维修开关后，电机控制器里的电容还存有高压电，要等它放电并用万用表验电确认低于安全电压。", "电容要放电。", "验电确认安全。"]),
       ("问题2 绝缘电阻怎样才算合格？", ["按标准每伏工作电压不低于五百欧，测量时正负极分别对车身地测量。", "每伏不低于五百欧。", "正负极分别对地测。"])],
   hw=[("1. 个人防护用品有哪些？", ["绝缘手套、绝缘鞋、护目镜、阻燃工作服，绝缘手套使用前要做充气检查。", "绝缘手套和绝缘鞋。", "手套先做充气检查。"]),
       ("2. 为什么更换密封件后要做气密性试验？", ["确认电池包重新密封好，雨天涉水不会再进水。", "确认不会再进水。", "检查密封。"])],
   outputs=[("动力电池绝缘检测报告", "负极对地绝缘电阻由零点二兆欧恢复到五十兆欧。"), ("高压断电作业记录", "断电、验电、挂牌上锁。")]),
 "vlan": dict(major="计算机网络应用", code="0301", course="侨乡外贸企业办公网络组建", task="侨乡外贸公司办公网络组建与VLAN划分",
   hours=16, station="网络组建一体化学习工作站",
   situation="福清一家做侨乡特产外贸的公司搬进新写字楼，有业务、财务、仓储三个部门和一间会议室，老板希望财务电脑和访客无线分开，仓库扫码枪也要联网。公司的网络服务商请网络班学员勘察现场，画出拓扑图，配置交换机和路由器，划分VLAN，调试无线覆盖并编写交付文档。",
   qs=[("问题1 为什么要把财务部划到单独的VLAN？", ["隔离广播域，别的部门和访客不能直接访问财务电脑，数据更安全。", "隔离，更安全。", "访客访问不到财务电脑。"]),
       ("问题2 不同VLAN之间怎样互相通信？", ["在三层交换机上配置各VLAN的网关地址，通过三层交换或单臂路由转发。", "配置三层交换。", "单臂路由。"])],
   hw=[("1. 无线访客网络要做哪些设置？", ["单独的SSID，划入访客VLAN，开启客户端隔离，限制带宽，只允许上互联网。", "单独SSID和客户端隔离。", "限制带宽。"]),
       ("2. 交付文档应包括什么？", ["拓扑图、IP地址规划表、设备配置备份、账号密码交接单和测试记录。", "拓扑图和IP规划表。", "配置备份和测试记录。"])],
   outputs=[("网络拓扑与IP地址规划", "共划分五个VLAN。"), ("交换机配置与测试记录", "各VLAN互通测试通过。")]),
 "fishball": dict(major="机电一体化技术", code="0127", course="食品包装线气动与PLC控制调试", task="鱼丸自动包装线气动分拣单元安装与调试",
   hours=18, station="机电一体化实训一体化学习工作站",
   situation="福清一家鱼丸食品厂新上了一条自动包装线，其中分拣单元要把重量不合格的袋装鱼丸用气缸推出，厂里设备科人手不够。设备厂家的工程师请机电班学员按图纸安装气缸、电磁阀和传感器，连接气路和电路，编写和调试PLC程序，让分拣单元在每分钟六十袋的速度下稳定工作。",
   qs=[("问题1 气路连接完成后先做什么检查？", ["先不通电，打开气源手动按电磁阀的手动按钮，检查气缸动作方向和有没有漏气。", "手动试气缸动作。", "检查漏气。"]),
       ("问题2 光电传感器检测不到袋子可能是什么原因？", ["安装位置偏了、检测距离调得不对，或者袋子是透明的，要换成对射式。", "位置或距离不对。", "透明袋换对射式。"])],
   hw=[("1. 推料气缸的速度怎样调节？", ["调节气缸进出气口的单向节流阀，一般用排气节流，动作平稳。", "调节流阀。", "排气节流更平稳。"]),
       ("2. 调试时为什么要先单步运行？", ["一步一步确认每个动作和信号都正确，再连续运行，避免撞坏设备。", "确认每步都对。", "避免撞坏设备。"])],
   outputs=[("分拣单元安装调试记录", "连续运行三十分钟无误动作。"), ("PLC程序与IO分配表", "输入九点，输出五点。")]),
 "taro": dict(major="烹饪(中式烹调)", code="0501", course="桂北蒸扣菜宴席制作", task="荔浦芋扣肉宴席菜批量制作与出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="荔浦一家酒楼接了一场六十桌的寿宴，主菜是荔浦芋扣肉。酒楼行政总厨请烹饪班学员分成初加工、刀工、炸制、蒸制和出品几个岗位，选料、煮肉、炸皮、切片，把芋头片和五花肉片相间扣入碗中，蒸到软糯后翻扣出品，保证六十份口味和造型一致。",
   qs=[("问题1 五花肉为什么要先煮后炸？", ["先煮到筷子能插透，定型又去腥；炸时猪皮起泡，蒸后才会松软。", "煮透再炸，皮才起泡。", "定型去腥。"]),
       ("问题2 芋头片怎样切才能扣得整齐？", ["芋头和肉切成一样的长宽，厚约八毫米，相间排成一排扣入碗中。", "和肉片一样大。", "厚约八毫米。"])],
   hw=[("1. 批量蒸制时怎样保证每碗都熟透？", ["每碗分量一致，蒸柜分层摆放，大火蒸九十分钟，抽查几碗的中心。", "分量一致，蒸九十分钟。", "抽查中心。"]),
       ("2. 荔浦芋头有什么特点？", ["个大，切开有槟榔一样的紫红花纹，粉糯香甜。", "有槟榔花纹，粉糯。", "个大香甜。"])],
   outputs=[("芋扣肉出品记录", "六十份，出品时间四十分钟。"), ("原料领用与成本核算", "每份成本三十六元。")]),
 "hanger": dict(major="电子商务", code="0603", course="产业带网店运营推广实务", task="衣架产业带网店详情页优化与直通车推广",
   hours=16, station="电商运营一体化学习工作站",
   situation="荔浦是全国有名的衣架生产地，一家做实木衣架的工厂开了网店，但详情页只有几张产品照片，转化率很低。工厂电商负责人请电商班学员分析同类网店，重新拍摄和设计详情页，设置直通车关键词和出价，推广两周后做数据复盘。",
   qs=[("问题1 实木衣架详情页要突出哪些卖点？", ["木材产地和工艺、承重测试、防滑设计、不伤衣肩，用对比图和小视频展示。", "承重和防滑。", "不伤衣肩，用对比图。"]),
       ("问题2 直通车关键词怎样选？", ["用生意参谋找搜索量大、竞争小的长尾词，如“实木衣架防滑无痕”。", "选长尾词。", "搜索量大竞争小。"])],
   hw=[("1. 点击率低说明什么？", ["主图不吸引人或关键词不精准，要换主图做测试。", "主图不吸引人。", "换主图测试。"]),
       ("2. 复盘要看哪些数据？", ["展现量、点击率、转化率、投入产出比，和推广前对比。", "点击率和转化率。", "投入产出比。"])],
   outputs=[("详情页设计说明", "共十二屏，首屏为承重测试动图。"), ("直通车推广周报", "投入产出比一比三点二。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="丽水市括苍技工学校", pack="dir", region="ls", course="homestay", cls="酒店2401班", size=36, seed=11,
         sidp="2401050", students=["叶语汐", "毛书豪", "蓝雨菲"], items={12: ["叶语汐", "毛书豪", "季晨曦"]},
         extra_class=["季晨曦", "潘俊锋"], bad={"潘俊锋": "over"}, others_named=["周美芬"],
         teachers=["叶慧萍", "项国平"], form_count="36人",
         f8="badge", f10="english", f11="checkroom_typed", f12="grille_photo",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "潘俊锋")],
         comment="item 12 (phone photos under a window security grille's shadow) holds the homework of 叶语汐, 毛书豪 and classmate "
                 "季晨曦 (who has an item-10 record) instead of 蓝雨菲's (items 8 and 11 hold the three): students.mismatch. Item 10 "
                 "(TYPED) is a BILINGUAL register with an `English Name` column beside 姓名 (the service names the class uses "
                 "at the front desk) and bilingual heads `客房整理 Housekeeping (40)`; 潘俊锋 has 43 under 客房整理(40) (总分 the sum): "
                 "records.invalid_score. Item 8 (scanned 200 dpi gray, longan shells on the glass): the name on a printed STAFF-BADGE box "
                 "(实训员工证: 姓名 / English Name / 工号 = 学号). Item 11 (typed): 客房查房记录 (查房员 the student), the homestay owner "
                 "周美芬 named (not a student). No roster"),
    dict(school="丽水市括苍技工学校", pack="dir", region="ls", course="daycare", cls="照护2401班", size=34, seed=12,
         sidp="2401052", students=["雷婧怡", "钟梦婷", "金宸宇"], others_named=["周银娇", "王金土", "刘彩凤"],
         teachers=["徐秀娟", "朱建明"], form_count="34人", roster="duty_rota", headteacher="季爱华",
         f8="handover", f10="weighted", f11="care_typed", f12="hand_scan",
         findings=[],
         comment="clean. The roster is a 实训值班表 (a week's duty rota of the day-care centre: 周一…周五 by 上午班/下午班, "
                 "each cell three or four students' names, each student once, and the centre's care worker on duty "
                 "刘彩凤 named as 带班护理员 in a column: not a student); 34 = form `34人` = item 10. Item 10 (scanned 200 gray) "
                 "is a WEIGHTED register: 理论(100) 实操(100) 总评 = 理论×30%+实操×70% rounded, with 等级, as the note under "
                 "the table says. The elders 周银娇 and 王金土 (patients) are named on items 8 and 11; 刘彩凤 signs as 接班护理员 on item 8"),
    dict(school="福清市玉融技工学校", pack="gbkzip", region="fq", course="battery", cls="新能源2401班", size=40, seed=21,
         sidp="240435", students=["林泽凯", "翁梓轩", "薛宇杰"], extra_class=["俞静雯"], absent_from_10=["俞静雯"],
         others_named=["施德旺", "魏金水"], teachers=["郑德华", "何少平"], form_count="40人（男37人，女3人）",
         roster="lockers", headteacher="陈碧霞",
         f8="dispatch", f10="vertical", f11="battery_typed", f12="plain_photo",
         findings=[("records.missing_student", 10, False, "俞静雯"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 工具柜分配表: tool lockers 01-40 two-across, 柜号 | 学号 | 姓名, the tool keeper 魏金水 signing: "
                 "not a student) and the form (`40人（男37人，女3人）`) hold 俞静雯; item 10 (scanned 250 dpi gray, longan "
                 "shells on the glass; the part heads written VERTICALLY, one character a line) has 39 rows and none for her: "
                 "records.missing_student and records.count_mismatch. Item 8 (colour scan 200): a 派工单 strip head "
                 "(工单号 | 车辆 | 工位 | 学员 | 指导师傅), the station's technical supervisor 施德旺 as 指导师傅 (not a student)"),
    dict(school="福清市玉融技工学校", pack="gbkzip", region="fq", course="vlan", cls="网络2302班", size=38, seed=22,
         sidp="230301", students=["黄启航", "郑诗琳", "何振华"], items={8: ["黄启航", "郑诗琳", "何振华", "施雅雯"]},
         extra_class=["施雅雯", "翁炜杰"], bad={"翁炜杰": "sum"}, others_named=["俞建平"],
         teachers=["林美华", "陈立渊"], form_count="38人（男31人，女7人）",
         f8="charbox", f10="corrected", f11="network_typed", f12="color_scan",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "翁炜杰")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 dpi gray, longan shells on the glass) holds the worksheets of FOUR students: the three and "
                 "classmate 施雅雯 (with an item-10 record), each name written ONE CHARACTER A BOX and the 学号 one digit a box: "
                 "students.count on 8; students.mismatch optional. Item 10 (scanned 200 gray) is HAND-CORRECTED: on three rows "
                 "a printed part score is struck through with a red hand-written correction and initials beside, and the 总分 "
                 "struck and rewritten to match (legal); 翁炜杰's printed 总分 is 7 above the sum of his parts, uncorrected: "
                 "records.invalid_score. Item 11 (typed) names the client's contact 俞建平 (not a student)"),
    dict(school="福清市玉融技工学校", pack="gbkzip", region="fq", course="fishball", cls="机电2401班", size=42, seed=23,
         sidp="240127", students=["林鸿钧", "陈梓煊", "王靖宸"], others_named=["郑海滨"],
         teachers=["黄志雄", "薛丽琴", "林长青"], form_count="42人（男40人，女2人）",
         f8="plain_line", f10="bonus", f11="commission_typed", f12="exercise_photo",
         findings=[],
         comment="clean. Item 10 is a PHONE PHOTO (under a window-grille shadow) of a register with a 小计 column and a 附加分 "
                 "column (0-5 for a 合理化建议, as the note under the table says: 总分 = 小计 + 附加分, at most 100); 42 rows = "
                 "form `42人（男40人，女2人）`. Three teachers. The maker's engineer 郑海滨 is named on items 8 and 11 (not a student). "
                 "Item 8: 1-bit 200 dpi scans, plain `班级 学号 姓名` line. No roster"),
    dict(school="荔浦市荔江技工学校", pack="zip", region="lp", course="taro", cls="烹饪2401班", size=40, seed=31,
         sidp="2431050", students=["莫志鹏", "覃佳敏", "陆俊辉"], outsiders={"陆俊辉": "烹饪2402班"}, out_sidp="2431051",
         extra_class=["韦秋怡"], bad={"韦秋怡": "over"}, others_named=["廖国强", "邓春生"],
         teachers=["蒋永福", "唐翠萍"], form_count="共40人",
         f8="kitchen_ticket", f10="footnote_max", f11="dish_typed", f12="hand_scan250",
         findings=[("students.not_in_class", 8, True, "陆俊辉"), ("records.invalid_score", 10, False, "韦秋怡")],
         comment="陆俊辉 of the parallel class 烹饪2402班 (his class and 学号 on his worksheet, dish record and homework) is the "
                 "third student of 8/11/12; item 10 (40 rows = form `共40人`) has no record of him: students.not_in_class. "
                 "Item 8 is PHONE PHOTOS (a window-grille shadow) of worksheets whose head is a kitchen 出菜单 slip (台号 | 菜品 | "
                 "份数 | 厨师 <name> | 班级 | 学号); the executive chef 廖国强 and the banquet client 邓春生 are named (not students). "
                 "Item 10 (1-bit 300 dpi scan) gives NO maxima in its head: they are in a footnote under the table (蒸制火候 30); "
                 "韦秋怡 has 34 under 蒸制火候 (总分 the sum): records.invalid_score. No roster"),
    dict(school="荔浦市荔江技工学校", pack="zip", region="lp", course="hanger", cls="电商2401班", size=37, seed=32,
         sidp="2431060", students=["黄沁怡", "蒙柏霖", "李芊羽"], items={11: ["黄沁怡", "蒙柏霖"]},
         extra_class=["盘嘉欣"], bad={"盘嘉欣": "sum"}, others_named=["唐国梁"],
         teachers=["梁婉秋", "潘振宇"], form_count="共38人", roster="accounts", headteacher="陆美兰",
         f8="plain_name", f10="shaded", f11="design_typed", f12="photo_plain",
         findings=[("students.count", 11, False), ("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "盘嘉欣")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: 详情页设计说明 and 推广周报 a student, `运营：<name>`) holds only TWO students' works, 黄沁怡 and "
                 "蒙柏霖 (李芊羽's missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. The form says "
                 "`共38人`; the roster (a 网店子账号分配表: 姓名 | 学号 | 子账号 | 初始密码 | 岗位, 37) and item 10 (TYPED, 37 rows) "
                 "hold 37: records.count_mismatch. Item 10 is COLOUR-SHADED (red under 60, yellow from 90, a legend under the "
                 "table); 盘嘉欣's 总分 is 10 below the sum of her parts: records.invalid_score. The factory's e-commerce manager "
                 "唐国梁 is named on item 11 (not a student)"),
]

PROVINCE = {1: "浙江省丽水市", 2: "福建省福清市", 3: "广西荔浦市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 丽水: "8.工作页.pdf"
        return "%d.%s.pdf" % (n, NAMES[n])
    if g == 2:   # 福清: "附件3-08 工作页.pdf"
        return "附件3-%02d %s.pdf" % (n, NAMES[n])
    return "%s（成果%d）.pdf" % (NAMES[n], n)   # 荔浦: "工作页（成果8）.pdf"


def form_name(s, c):
    return {1: ("优质课堂申报书（%s）.docx" % c["course"], "docx"),
            2: ("附件2 申报书-%s.pdf" % s["cls"], "pdf"),
            3: ("%s申报书.docx" % c["task"][:6], "docx")}[grp(s)]


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


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "授课班级（人数） | %s（%s）" % (s["cls"], s["form_count"])
    if g == 2:
        return "学生人数 | %s" % s["form_count"]
    return "班级人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级（人数）", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("授课地点", c["station"])]
    else:
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d学时" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>以学生为中心，按“明确任务—制订计划—评估决策—实施任务—检查控制—评价反馈”组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
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
        return s["out_sidp"] + "17"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


ENGLISH = ("Amy Kevin Lily Jason Coco Eric Fiona Leo Grace Tony Helen Jack Ivy Sam Judy Ryan Kitty Ben Nina Alan Rose Oscar "
           "Tina Peter Vivian Frank Wendy Henry Zoe Louis Cindy Mark Sunny David Ella Steven Mia Tom Joy Kelly").split()


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
        if f == "badge":   # a printed staff badge box: 姓名 / English Name / 工号
            en = ENGLISH[s["klass"].index(n) % len(ENGLISH)] if n in s["klass"] else "Max"
            badge = ('<table style="border-collapse:collapse;border:1.5pt solid #000" width="46%%"><tr><td colspan="2" style="background:#333333;color:#ffffff;padding:2px 6px" align="center"><b>括苍民宿实训部　实训员工证</b></td></tr>'
                     '<tr><td style="padding:3px 6px;border-top:0.75pt solid #000" width="40%%">姓名</td><td style="padding:3px 6px;border-top:0.75pt solid #000">%s</td></tr>'
                     '<tr><td style="padding:3px 6px">English Name</td><td style="padding:3px 6px">%s</td></tr>'
                     '<tr><td style="padding:3px 6px">工号</td><td style="padding:3px 6px">%s</td></tr>'
                     '<tr><td style="padding:3px 6px">岗位</td><td style="padding:3px 6px">%s</td></tr></table>'
                     % (hand(n), hand(en, True), hand(sid, True), hand(["前台接待", "客房服务", "前台接待"][i % 3], True)))
            body = title + badge + "<p>班级：%s</p>" % cl + sit + answers(c, rng, i) + comment
        elif f == "handover":   # a shift handover head: 照护员 (the student), 接班护理员, 照护对象
            head = tbl([["交班时间", hand(day(s, i)[5:] + " 12:30", True), "照护对象", hand(s["others_named"][i % 2], True) + "（%d床）" % (3 + i)],
                        ["照护员（学生）", hand(n), "接班护理员", hand(s["others_named"][2], True, BLACK)],
                        ["班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页·交接班记录</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    '<p><b>交班情况：</b>%s</p>' % hand(["午餐进食约八成，饮水200毫升，无呛咳。", "午睡一小时，骶尾部皮肤完好。", "情绪稳定，下午参加手工活动。"][i % 3], True) + comment)
        elif f == "dispatch":   # a work-order strip: 工单号 | 车辆 | 工位 | 学员 | 指导师傅
            head = tbl([["工单号", "车辆", "工位", "学员", "指导师傅"],
                        [hand("WX2024-%03d" % (118 + i), True), hand("电动物流车 闽A·D%04d" % (3160 + 7 * i), True), hand("%d号工位" % (2 + i), True),
                         hand(n), hand(s["others_named"][0], True, BLACK)]], width="100%", pad="3px 3px", bold=(0,))
            body = (title + head + "<p>班级：%s　　学号：%s</p>" % (hand(cl, True), hand(sid, True)) + sit + answers(c, rng, i) + comment)
        elif f == "charbox":   # the name one character a box, the 学号 one digit a box
            box = lambda xs, w: "".join('<td style="border:0.75pt solid #000;padding:2px 0" width="%s" align="center">%s</td>' % (w, hand(x, True)) for x in xs)
            head = ('<table style="border-collapse:collapse"><tr><td style="padding:2px 6px">姓名</td>%s%s<td style="padding:2px 6px">　班级</td><td style="padding:2px 6px">%s</td></tr></table>'
                    % (box(list(n), "28"), box([""] * (4 - len(n)), "28"), hand(cl, True)) +
                    '<table style="border-collapse:collapse"><tr><td style="padding:2px 6px">学号</td>%s</tr></table>' % box(list(sid), "22"))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级 学号 姓名 line, the maker's engineer named
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = (title + head + "<p>企业指导：%s（设备厂家工程师）</p>" % s["others_named"][0] + sit + answers(c, rng, i) + comment)
        elif f == "kitchen_ticket":   # a kitchen 出菜单 slip as the head
            head = ('<table style="border-collapse:collapse;border:1pt dashed #000" width="100%%"><tr><td colspan="6" align="center" style="padding:2px"><b>荔江酒楼（实训厨房）出　菜　单</b>　　No.%04d</td></tr>'
                    '<tr>%s</tr><tr>%s</tr></table>' % (
                        311 + i,
                        "".join('<td style="border:0.5pt solid #000;padding:2px 4px" align="center">%s</td>' % x for x in ["台号", "菜品", "份数", "厨师", "班级", "学号"]),
                        "".join('<td style="border:0.5pt solid #000;padding:2px 4px" align="center">%s</td>' % x for x in
                                [hand("寿宴%d-%d桌" % (1 + i, 10 + i), True), "芋扣肉", hand("10", True), hand(n), hand(cl, True), hand(sid, True)])))
            body = (title + head + "<p>宴席客户：%s　　行政总厨：%s</p>" % (s["others_named"][1], s["others_named"][0]) + sit + answers(c, rng, i) + comment)
        elif f == "plain_name":   # 姓名：＿ 班级：＿ 学号：＿ by hand
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"badge": "x-scanpdf:200:longan", "handover": "x-scanpdf:250", "dispatch": "x-scanpdf:200:color",
            "charbox": "x-scanpdf:200:longan", "plain_line": "x-scanpdf:200:mono", "kitchen_ticket": "x-scanpdf:200:photo:grille",
            "plain_name": "x-scanpdf:250"}[f]
    font = {"dispatch": "Noto Sans CJK SC", "kitchen_ticket": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "english":   # bilingual heads and an English Name column
        parts = [("仪容仪表<br/>Grooming", 10), ("入住接待<br/>Check-in", 30), ("客房整理<br/>Housekeeping", 40), ("服务礼仪<br/>Etiquette", 20)]
        hd = ["序号<br/>No.", "学号<br/>Student ID", "姓名<br/>Name", "English<br/>Name"] + ["%s<br/>(%d)" % p for p in parts] + ["总分<br/>Total"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 43
            out.append(trow([str(k + 1), sid_of(s, n), n, ENGLISH[s["klass"].index(n) % len(ENGLISH)]] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核成绩登记表<br/>Assessment Record") + table(out) + "<p>共%d人 Total: %d</p>" % (len(rec), len(rec)) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted":   # 理论 and 实操 out of 100, 总评 weighted 30/70, 等级
        hd = ["序号", "学号", "姓名", "理论成绩<br/>(百分制)", "实操成绩<br/>(百分制)", "总评", "等级"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(58, 96), rng.randint(60, 97)
            tot = int(a * 0.3 + b * 0.7 + 0.5)
            g = "优秀" if tot >= 90 else "良好" if tot >= 80 else "中等" if tot >= 70 else "及格" if tot >= 60 else "不及格"
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(tot), g], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out, "86%") +
                "<p>说明：总评＝理论成绩×30%＋实操成绩×70%（四舍五入取整）；90分以上为优秀，80—89分良好，70—79分中等，60—69分及格。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "vertical":   # the part heads written vertically, one character a line
        parts = [("安全防护", 10), ("绝缘检测", 30), ("故障定位", 25), ("维修更换", 25), ("现场6S", 10)]
        vert = lambda w, m: "<br/>".join(list(w)) + "<br/>(%d)" % m
        hd = ["序<br/>号", "学号", "姓名"] + [vert(*p) for p in parts] + ["总<br/>分", "等<br/>级", "备注"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v)
            g = "A" if tot >= 85 else "B" if tot >= 75 else "C"
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), g, "组长" if k % 8 == 0 else ""], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out, "90%") + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:250:longan"
    if f == "corrected":   # printed, then hand-corrected on three rows (struck printed value, red correction)
        parts = [("需求分析", 15), ("拓扑设计", 20), ("设备配置", 35), ("测试验收", 20), ("交付文档", 10)]
        hd = ["序号", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        cands = [k for k, n in enumerate(rec) if n not in bad]
        fix = set(rng.sample(cands, 3))
        S = lambda x: '<span style="text-decoration:line-through">%s</span>' % x
        Rd = lambda x: '<span style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:11pt">%s</span>' % x
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "sum":
                out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v) + 7)], pad))
            elif k in fix:
                j = 2 if k % 2 else 3
                old = v[j]
                newv = min(parts[j][1], old + rng.randint(3, 6))
                v2 = list(v)
                v2[j] = newv
                cells = [str(x) for x in v]
                cells[j] = S(old) + " " + Rd(newv)
                out.append(trow([str(k + 1), n, sid_of(s, n)] + cells + [S(sum(v)) + " " + Rd(sum(v2))], pad))
            else:
                out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：经复核更正的成绩以红笔更正并签名，更正人：%s</p>" % hand(t[0], True, "#b8231a") + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200"
    if f == "bonus":   # 小计 + 附加分 = 总分 (at most 100)
        parts = [("气路连接", 25), ("电气接线", 25), ("PLC调试", 30), ("安全文明", 20)]
        hd = ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["小计", "附加分", "总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        bon = set(rng.sample(range(len(rec)), 7))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.92)
            sub = sum(v)
            b = min(rng.randint(1, 5), 100 - sub) if k in bon else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sub), str(b) if b else "", str(sub + b)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>说明：附加分为在安装调试中提出合理化改进建议并被厂方采纳者加1—5分，总分＝小计＋附加分，总分最高不超过100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:photo:grille"
    if f == "footnote_max":   # no maxima in the head: a footnote under the table
        parts = [("原料初加工", 15), ("刀工成型", 25), ("蒸制火候", 30), ("装盘出品", 20), ("卫生", 10)]
        hd = ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 34
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：各项满分：原料初加工15分，刀工成型25分，蒸制火候30分，装盘出品20分，卫生10分，合计100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "shaded":   # red under 60, yellow from 90, a legend
        parts = [("市场分析", 20), ("详情页设计", 30), ("推广方案", 30), ("数据复盘", 20)]
        hd = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.5, 0.97)
            tot = sum(v) - (10 if bad.get(n) == "sum" else 0)
            shade = ' align="center" bgcolor="#f4a6a6"' if tot < 60 else ' align="center" bgcolor="#fff176"' if tot >= 90 else ' align="center"'
            cells = "".join(td(x, ' align="center"', pad) for x in [str(k + 1), sid_of(s, n), n] + [str(x) for x in v])
            cells += td(str(tot), shade, pad) + td(["", "", "", "缺交周报1次", "", ""][k % 6] if k % 6 == 3 else "", ' align="center"', pad)
            out.append("<tr>%s</tr>" % cells)
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                '<p>图例：<span style="background:#f4a6a6">　红色　</span>总分不及格（60分以下）　<span style="background:#fff176">　黄色　</span>优秀（90分及以上）</p>' + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
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
            if f == "checkroom_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["查房员", n, "班级", cl], ["民宿", "古堰画乡·%s民宿（主人：%s）" % ("溪云", s["others_named"][0]), "日期", day(s, 30 + i)],
                                  ["房号", "201—206" if j == 0 else "前台", "结果", desc], ["审核", t[j % 2], "学号", sid]], width="92%"))
            elif f == "care_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["老人姓名", s["others_named"][(i + j) % 2], "床位", "%d床" % (3 + i)], ["照护员", "%s（%s）" % (n, cl), "带班护理员", s["others_named"][2]],
                                  ["记录", desc, "日期", day(s, 30 + i)]], width="92%") + "<p>指导教师：%s</p>" % t[j % 2])
            elif f == "battery_typed":
                parts.append('<h3>%s</h3><p>检测人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["测量点", "标准值", "实测值", "结论"], ["负极对车身", "≥0.5MΩ", "%.1fMΩ" % (48 + i + j), "合格"],
                                  ["正极对车身", "≥0.5MΩ", "%.1fMΩ" % (51 + i), "合格"]], width="86%") +
                             "<p>%s</p><p>技术主管：%s　　指导教师：%s</p>" % (desc, s["others_named"][0], t[j % 2]))
            elif f == "network_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["实施人", "%s（%s）" % (n, cl), "客户联系人", s["others_named"][0]],
                                                          ["VLAN", "10业务 20财务 30仓储 40会议 99访客", "日期", day(s, 30 + i)],
                                                          ["说明", desc, "审核", t[j % 2]]], width="92%"))
            elif f == "commission_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["调试人", "%s（%s，学号%s）" % (n, cl, sid)], ["厂方工程师", s["others_named"][0]], ["结果", desc], ["指导教师", t[(i + j) % 3]]],
                                 width="86%", align="left"))
            elif f == "dish_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["宴席客户", s["others_named"][1], "行政总厨", s["others_named"][0]],
                                                          ["记录", desc, "评价人", t[j % 2]]], width="90%"))
            elif f == "design_typed":
                parts.append('<h3>%s</h3><p>运营：%s　　班级：%s</p>' % (title, n, cl) +
                             tbl([["店铺", "荔浦实木衣架工厂店"], ["工厂电商负责人", s["others_named"][0]], ["内容", desc], ["指导教师", t[j % 2]]],
                                 width="86%", align="left"))
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
        if f == "grille_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "hand_scan":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "plain_photo":
            head = ["课后作业（动力电池）", "> %s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "color_scan":
            head = ["网络组建课后练习", "姓名 %s　学号 %s" % (n, sid)]
        elif f == "exercise_photo":
            head = ["", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "----", "%s　作业" % c["task"][:6]]
        elif f == "hand_scan250":
            head = ["课后作业", "> 姓名：%s　学号：%s　班级：%s" % (n, sid, cl)]
        elif f == "photo_plain":
            head = ["网店运营课后作业", "> %s　%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"grille_photo": "x-photo:200:2:grille", "hand_scan": "x-scan:200:4", "plain_photo": "x-photo:200:1",
            "color_scan": "x-scan:200:3:color", "exercise_photo": "x-photo:200:2", "hand_scan250": "x-scan:250:4",
            "photo_plain": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "duty_rota":   # a week's duty rota: 5 days x 2 shifts, each student once
        cells = []
        j = 0
        sizes = [4, 3, 4, 3, 4, 3, 4, 3, 3, 3]
        for z in sizes:
            cells.append(k[j:j + z])
            j += z
        assert j == len(k), j
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "3px 4px") for x in ["日期", "上午班（8:00-12:00）", "下午班（13:30-17:30）", "带班护理员"])]
        for dd in range(5):
            rows.append(trow(["周" + "一二三四五"[dd], "、".join(cells[2 * dd]), "、".join(cells[2 * dd + 1]), s["others_named"][2]], "3px 4px"))
        body = ('<h2 style="text-align:center">%s实训值班表</h2><p style="text-align:center">%s　社区日间照料中心实训点　第12周</p>' % (s["cls"], s["school"]) +
                table(rows, width="96%") + "<p>注：全班%d人，每人每周值班一次，请提前十分钟到岗。</p><p>班主任：%s　　实训点联系人：%s</p>"
                % (len(k), s["headteacher"], s["others_named"][2]))
        write(os.path.join(d, "roster.html"), html(body, "10.5pt", compact=True))
        man.append("roster.html\t%s值班表（学生名单）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "lockers":   # tool lockers, two across
        half = (len(k) + 1) // 2
        hd = ["柜号", "学号", "姓名", "钥匙"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in hd + hd)]
        for j in range(half):
            L = ["%02d" % (j + 1), sid_of(s, k[j]), k[j], "已领"]
            R = ["%02d" % (half + j + 1), sid_of(s, k[half + j]), k[half + j], "已领"] if half + j < len(k) else [""] * 4
            rows.append(trow(L + R, "1px 4px"))
        body = ('<h2 style="text-align:center">%s　工具柜分配表</h2><p style="text-align:center">%s　新能源汽车实训中心</p>' % (s["cls"], s["school"]) +
                table(rows, width="96%") + "<p>班级人数：%d人　　班主任：%s　　工具管理员：%s</p>" % (len(k), s["headteacher"], s["others_named"][1]))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "accounts":   # the shop's sub-accounts, one a student
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "姓名", "学号", "子账号", "初始密码", "岗位"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), n, sid_of(s, n), "荔浦衣架工厂店:ds%02d" % (j + 1), "******", ["客服", "美工", "运营", "推广"][j % 4]], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　网店子账号分配表</h2><p style="text-align:center">%s</p>' % (s["cls"], s["school"]) +
                table(rows, width="92%") + "<p>班主任：%s　　共%d人　　子账号由店铺主账号统一开通，首次登录请修改密码。</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
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
    truth = {"comment": "113th held-out people corpus (testdata/heldout113), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 113)
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
