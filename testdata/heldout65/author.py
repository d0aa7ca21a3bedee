#!/usr/bin/env python3
"""Write the sources of the sixty-fifth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 靖西
(Guangxi, 百色, a county-level city), 抚州 (Jiangxi) and 铜陵 (Anhui).

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
# the truth files read for names, tasks, courses, schools and cities to avoid (heldout66, written at
# the same time, is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 65)] + ["othertools"]

# surnames by region, weighted by repetition: 靖西 (Zhuang families: 黄 农 赵 李 梁 韦 陆 马 凌 滕 闭 岑 许 覃 隆 …),
# 抚州 (吴 黄 李 陈 王 刘 饶 付 邓 徐 曾 周 章 艾 熊 揭 危 乐 聂), 铜陵 (汪 王 张 陈 吴 章 程 朱 方 钱 江 胡 何 许 查 檀 姚 佘)
SURNAMES = {
    "jx": list("黄黄黄黄黄黄农农农农赵赵赵李李李梁梁韦韦陆陆马马凌滕闭岑许覃隆邓刘何"),
    "fz": list("吴吴吴黄黄李李陈陈王王刘刘饶饶付邓徐曾周章艾熊揭危乐聂胡"),
    "tl": list("汪汪汪汪王王王张张陈陈吴吴章程程朱方钱江胡何许查檀姚佘"),
}
# given names: a new list, the names parents chose around 2007-2009 from poems and virtues
GIVEN2 = ("思远 嘉诚 文轩 书瑶 语桐 若曦 清扬 景行 致远 明哲 慧琳 婉清 承泽 修齐 敬之 怀瑾 予诺 知秋 "
          "月华 星辰 雅涵 秀妍 俊朗 立诚 弘毅 向阳 晨阳 初晴 念慈 安琪 芷若 兰馨 雨萌 诗韵 书恒 楚涵 "
          "卓然 宏图 崇文 尚武 少杰 永康 世豪 家俊 国栋 振宇 海峰 建业 春燕 秋菊 冬梅 夏荷 晓萱 美玲 "
          "丽娜 佩琪 欣蕾 梦琪 嘉怡 颖彤 锦程 鹏飞 俊熙 昱辰 梓豪 伟杰 浩轩 天宇 子骞 泓博").split()
GIVEN1 = list("杰磊婷萍鹏慧娟勇")


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8", errors="replace") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


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
    readmes = []
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "README.md")
        if os.path.isfile(p):
            readmes.append(cut_readme(p))
    return names, "\n".join(texts), "\n".join(readmes)


USED_BEFORE, EARLIER_TEXT, EARLIER_READMES = earlier_strings()
USED_BARE = {n.replace("·", "").replace("•", "") for n in USED_BEFORE}
TAKEN = set()
NAMED = set()   # teachers, planted names and named outsiders of this corpus: never drawn as a parent


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
        for _ in range(200):   # the surname is drawn once; only the given name is redrawn when refused
            name = sur + (rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                break
        else:
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "herb": dict(major="中药", code="1301", course="中药饮片鉴别与调剂", task="端午药市道地药材性状鉴别与处方饮片调剂",
   hours=16, station="中药调剂一体化学习工作站",
   situation="靖西每年端午节都有药市，周边山区的药农把自采的草药挑到城里集中售卖。一家中药饮片公司准备在药市收购一批鸡血藤、两面针和金银花，并为附近的中医馆调剂处方。质量部主管请中药班学员到药市取样，用眼看、手摸、鼻闻、口尝和水试的方法鉴别真伪优劣，填写鉴别记录，再按处方称量调剂饮片并复核。",
   qs=[("问题1 鸡血藤的断面有什么特征？", ["断面木部红棕色，有多个偏心性的同心环，韧皮部有树脂状分泌物，呈红棕色至黑棕色。", "断面有红棕色的偏心环纹。", "有树脂样分泌物。"]),
       ("问题2 调剂处方时为什么要先审方？", ["先看有没有配伍禁忌、妊娠禁忌和超剂量，有问题要和医师联系，确认后再调配。", "检查配伍禁忌和剂量。", "有问题先问医师。"])],
   hw=[("1. 金银花和山银花怎样区分？", ["金银花花蕾较粗长，表面密被短柔毛；山银花花蕾较短，毛少或无毛，气味较淡。", "看花蕾大小和毛。", "山银花毛少。"]),
       ("2. 饮片调剂的称量误差要求是多少？", ["每一剂的重量误差不超过正负百分之五，分剂量要用等量递减法逐剂复秤。", "不超过百分之五。", "逐剂复秤。"])],
   outputs=[("处方调配复核单（一）", "鸡血藤30克，金银花15克，两面针10克。"), ("处方调配复核单（二）", "共七剂，逐剂复秤误差均在百分之三以内。"),
            ("药材鉴别小结", "药市样品中一份鸡血藤为伪品。")]),
 "inn": dict(major="饭店(酒店)服务", code="0504", course="特色民宿接待与餐饮服务", task="边关民宿壮家五色糯米饭早餐自助台布置与服务",
   hours=14, station="民宿服务一体化学习工作站",
   situation="靖西旧州古镇的一家边关民宿在三月三假期住满了游客，老板想在早餐时推出壮家五色糯米饭、卷筒粉和艾糍，用自助台的方式供应。民宿管家请酒店班学员设计早餐自助台的摆放，准备保温和取餐用具，分班次完成早餐服务，征求住客意见，并在服务结束后清理台面。",
   qs=[("问题1 自助早餐台的菜品按什么顺序摆放？", ["按取餐习惯，先放餐盘和餐具，再放冷食、主食、热菜，最后是饮品和水果。", "先餐具后冷食热食。", "饮品水果放最后。"]),
       ("问题2 五色糯米饭放在保温台上要注意什么？", ["保温温度控制在六十度以上，盖好盖子，每半小时检查一次，放久发硬的要及时更换。", "温度六十度以上。", "发硬的及时换。"])],
   en=["1. What do you do when a guest is not happy with breakfast?", "2. How do you sort the tableware when clearing the buffet?"],
   en_ans=["I'm sorry. Let me get you a fresh one.", "Glass, china and steel go in separate racks."],
   hw=[("1. 住客对早餐不满意时怎样处理？", ["先耐心听完，表示歉意，能马上改进的当场改进，不能解决的报告管家并记录下来。", "先听完再道歉。", "报告管家并记录。"]),
       ("2. 撤台时餐具怎样分类？", ["瓷器、玻璃器皿和不锈钢餐具分开放，剩余食物倒入指定容器，台布单独送洗。", "分材质放。", "台布单独送洗。"])],
   outputs=[("宾客意见卡", "")]),
 "dish": dict(major="烹饪(中式烹调)", code="0501", course="地方风味热菜制作", task="临川藜蒿炒腊肉与南丰蜜桔酱排骨赣味热菜制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="抚州一家老字号赣菜馆准备在春季菜单上推出藜蒿炒腊肉和南丰蜜桔酱排骨两道地方菜。厨师长请烹饪班学员按标准菜谱领料，完成藜蒿择洗、腊肉改刀、排骨腌制和蜜桔酱熬制，在规定时间内出菜，核算每份菜品的成本，并由厨师长试菜评定。",
   qs=[("问题1 藜蒿为什么只取嫩茎，还要摘掉叶子？", ["藜蒿叶子有苦味，老茎粗硬，只取嫩茎才能保证口感脆嫩、香气清新。", "叶子苦，老茎硬。", "只用嫩茎。"]),
       ("问题2 腊肉下锅前为什么要先焯水？", ["焯水能去掉表面的灰尘和部分盐分，使腊肉不太咸，也更容易煸出油脂。", "去灰去盐。", "容易煸出油。"])],
   hw=[("1. 蜜桔酱熬制时怎样防止糊底？", ["用小火，不停地用木铲贴着锅底推动，糖分浓缩后更要勤搅。", "小火勤搅。", "贴着锅底推。"]),
       ("2. 菜品成本怎样核算？", ["把主料、配料和调料的用量乘以进价加起来，就是一份菜的原料成本。", "用量乘以单价相加。", "主配调料都要算。"])],
   outputs=[("藜蒿炒腊肉成本核算单", "每份原料成本十九元六角。"), ("蜜桔酱排骨成本核算单", "每份原料成本三十二元四角。"), ("试菜评定记录", "厨师长评定两道菜均可上菜单。")]),
 "stage": dict(major="计算机网络应用", code="0301", course="中小型网络组建与管理", task="戏剧节演出剧场临时无线网络与票务专网搭建",
   hours=18, station="网络组建一体化学习工作站",
   situation="抚州举办戏剧节期间，一座临时改造的演出剧场需要为观众提供无线上网，还要为检票闸机和售票窗口单独搭一张票务专网。剧场信息主管请网络班学员勘察剧场，规划交换机、无线接入点和网段，划分虚拟局域网，配置访客认证，并在开演前完成联调和压力测试。",
   qs=[("问题1 为什么票务专网要和观众无线网分开？", ["票务闸机要求稳定和安全，分开后观众流量大也不会影响检票，观众也访问不到售票系统。", "保证检票稳定安全。", "观众进不了票务网。"]),
       ("问题2 划分虚拟局域网后不同网段怎样互通？", ["在三层交换机上为每个虚拟局域网配置网关地址，开启路由，再用访问控制列表限制互访。", "三层交换机做路由。", "用访问控制列表限制。"])],
   hw=[("1. 剧场观众多时无线网怎样防止拥堵？", ["限制每个终端的带宽，开启负载均衡，让终端分散连接到不同的接入点。", "限速和负载均衡。", "分散连接。"]),
       ("2. 交换机配置完成后要保存什么？", ["保存当前配置到启动配置，并把配置文件导出备份，做好端口标签记录。", "保存配置并备份。", "记录端口标签。"])],
   outputs=[("核心交换机配置记录", "划分VLAN10票务、VLAN20观众、VLAN30管理。"), ("无线接入点布放与测试记录", "观众区布放六台接入点。"), ("联调与压力测试报告", "两百台终端同时在线无掉线。")]),
 "foil": dict(major="机电一体化技术", code="0127", course="生产线张力控制系统装调", task="电解铜箔分切机收卷张力控制系统装调与试运行",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="铜陵一家铜箔企业的分切机在收卷时经常出现铜箔起皱和断带，设备部判断是收卷张力控制不稳。设备主管请机电班学员读懂电气图，安装张力传感器和磁粉制动器的控制线路，在PLC里编写锥度张力程序，整定参数后带料试运行，并填写调试记录。",
   qs=[("问题1 收卷时为什么要用锥度张力？", ["收卷直径越来越大，张力不变时内层会被压紧起皱，锥度张力让张力随卷径增大逐渐减小。", "卷径大了张力要减小。", "防止内层压皱。"]),
       ("问题2 张力传感器安装时要注意什么？", ["传感器要装在导辊两端并保持水平，包角固定，安装后先做零点和满量程标定。", "水平安装，先标定。", "包角要固定。"])],
   hw=[("1. 磁粉制动器的力矩靠什么调节？", ["靠调节励磁电流，电流越大磁粉结合越紧，制动力矩越大。", "调励磁电流。", "电流大力矩大。"]),
       ("2. 试运行前要检查哪些项目？", ["急停按钮、安全防护罩、各接线端子是否紧固，传感器读数是否回零。", "急停和防护罩。", "接线紧固，读数回零。"])],
   outputs=[("张力传感器标定记录", "零点与满量程误差小于百分之一。"), ("PLC锥度张力程序清单", "锥度系数设为百分之三十。"), ("带料试运行记录", "连续运行两小时无起皱断带。")]),
 "charge": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车充电系统检修", task="纯电动网约车交流慢充无法充电故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="铜陵一位网约车司机反映，他的纯电动轿车插上家用交流充电桩后仪表显示充电连接，但一直不开始充电。售后服务站主管请新能源班学员做好高压安全防护，读取故障码，检查充电口、控制导引电路和车载充电机，找出故障点并排除，完成竣工检验后向车主说明。",
   qs=[("问题1 交流慢充时控制导引信号起什么作用？", ["充电桩通过CP信号告诉车辆它能提供的最大电流，车辆确认后闭合开关，充电才开始。", "告诉车辆最大电流。", "车辆确认后开始充。"]),
       ("问题2 检查充电口时要测量哪些电阻？", ["测量CC和PE之间的电阻，判断充电枪是否连接到位和电缆的容量。", "测CC和PE之间。", "判断连接是否到位。"])],
   hw=[("1. 车载充电机的作用是什么？", ["把交流电变成直流电给动力电池充电，并按电池管理系统的要求调节电压电流。", "交流变直流。", "按要求调电压电流。"]),
       ("2. 竣工检验时要向车主说明什么？", ["说明故障原因、更换的零件和以后充电要注意的事项。", "说明故障原因。", "讲清充电注意事项。"])],
   outputs=[("故障诊断记录", "CP信号占空比异常，导引线束插接器退针。"), ("维修作业记录", "修复插接器端子并做防水处理。"), ("竣工检验单", "慢充功能恢复正常。")]),
 "meal": dict(major="健康与社会照护", code="0529", course="失智老人照护", task="日间照料中心失智老人协助进餐与噎食应急处置",
   hours=14, station="老年照护一体化学习工作站",
   situation="铜陵一家社区日间照料中心收住了几位轻中度失智老人，午餐时常有老人忘了吃饭、把饭菜含在嘴里不咽，有一次还发生了噎食。中心主任请照护班学员评估老人的进食能力，制定协助进餐计划，练习海姆立克急救法，在照护员带领下完成午餐协助和记录，并向家属反馈。",
   qs=[("问题1 协助失智老人进餐时为什么要小口慢喂？", ["失智老人吞咽反应慢，一口太多容易呛咳或噎食，每口约一汤匙，咽下后再喂下一口。", "吞咽慢，容易噎。", "咽下再喂下一口。"]),
       ("问题2 发现老人噎食时第一步怎么做？", ["立即让老人身体前倾，鼓励咳嗽，不能咳出时马上用海姆立克法，同时呼叫同事和急救。", "先鼓励咳嗽。", "咳不出用海姆立克法。"])],
   hw=[("1. 哪些食物失智老人要少吃或加工后再吃？", ["汤圆、年糕等黏性食物和整颗的花生、枣子，要切碎或换成软食。", "少吃黏的和整颗的。", "切碎或做软食。"]),
       ("2. 向家属反馈进餐情况时要说哪些内容？", ["进食量、进食时间、有没有呛咳以及老人的情绪，给家属提出居家喂食建议。", "进食量和有没有呛咳。", "提出居家建议。"])],
   outputs=[("进餐能力评估表", "洼田饮水试验二级。"), ("协助进餐计划", "软食，每口一汤匙，进餐时坐直。"), ("进餐照护记录", "午餐进食约三分之二，无呛咳。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="靖西市鹅泉技工学校", pack="dir", region="jx", course="herb", cls="中药2401班", size=36, seed=11,
         sidp="24130101", students=["凌思远", "农语桐", "闭秀妍"], items={11: ["凌思远", "农语桐"]},
         extra_class=["岑立诚"], bad={"岑立诚": "over"}, others_named=["许月娥", "梁桂芳"],
         teachers=["黄秀琼", "赵德明"], form_count="共36人（男14人，女22人）",
         f8="herb_id", f10="legend", f11="dispense", f12="photo_line",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "岑立诚")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 处方调配复核单, the student as 调配人, the patient 许月娥 named) holds the work of only TWO "
                 "students, 凌思远 and 农语桐 (闭秀妍's is missing; 8 and 12 hold the three): students.count on 11; "
                 "students.mismatch optional. Item 10 (TYPED) is a LEGEND register: the score columns are headed by code "
                 "letters A-E only, their names and maxima stand in a legend under the table (`D—饮片调剂（满分30分）`); "
                 "岑立诚 has 34 under D (总分 the sum): records.invalid_score. Item 8 (scanned 200 dpi gray): a 药材性状鉴别记录 "
                 "with the student only as 鉴别人 at the foot and the herb seller 梁桂芳 (药农, not a student) named. Form: "
                 "`学生人数 | 共36人（男21人，女15人）` (the boys and girls counted). No roster"),
    dict(school="靖西市鹅泉技工学校", pack="dir", region="jx", course="inn", cls="酒店2402班", size=40, seed=12,
         sidp="24050402", students=["韦晓萱", "陆家俊", "马雨萌"], others_named=["黄美凤", "蒋文华", "杜秋实", "孟凡超"],
         teachers=["农振华", "李翠莲"], form_count="共40人（男9人，女31人）", roster="drill", headteacher="梁玉兰",
         drill_officer="覃国栋",
         f8="head_table", f10="weighted", f11="guest_card", f12="bilingual",
         findings=[],
         comment="clean. The roster is a 军训编排名单 (2024级新生军训 第二连第三排 = 酒店2402班), ordered by HEIGHT "
                 "(`序号 姓名 性别 身高(cm) 学号 备注`, 排长/副排长 in 备注), the drill instructor 覃国栋 (教官, a soldier) "
                 "and the head teacher named: 40 = form `共40人（男19人，女21人）` = 40 item-10 rows. Item 10 (TYPED): "
                 "过程评价(100) and 成果评价(100) on a hundred-point scale each and 总评 = 过程×40%+成果×60% "
                 "(rounded, explained under the table), not their sum; an 等级 column. Item 11: typed 宾客意见卡 filled by "
                 "the guests (蒋文华, 杜秋实, 孟凡超 named as 宾客) naming the student as 服务员; the inn's owner 黄美凤 on "
                 "the worksheets. Item 8: colour scan 200, a bordered head row. "
                 "Item 12 (scanned 250 gray): hand-written homework in Chinese AND English (`Name 姓名：…　Class 班级：…`)"),
    dict(school="抚州市汝水技工学校", pack="gbkzip", region="fz", course="dish", cls="烹饪2402班", size=42, seed=21,
         sidp="2024050102", students=["饶书瑶", "揭俊朗", "艾弘毅"], outsiders={"艾弘毅": "烹饪2401班"}, out_sidp="2024050101",
         extra_class=["危晨阳"], bad={"危晨阳": "sum"}, others_named=["吴长福"],
         teachers=["曾国强", "付美华"], form_count="42人",
         f8="plain_line", f10="session", f11="cost", f12="photo_line2",
         findings=[("students.not_in_class", 8, True, "艾弘毅"), ("records.invalid_score", 10, False, "危晨阳")],
         comment="艾弘毅 of the parallel class 烹饪2401班 (his class and 学号 2024050101xx on his worksheet, typed cost sheets "
                 "and photographed homework) is the third student of 8/11/12; item 10 (42 rows = form `42人`) has no record "
                 "of him: students.not_in_class. Item 10 (scanned 250 dpi gray, printed on CONTINUOUS PIN-FEED paper) is a "
                 "practical-exam register ordered by 场次 and 灶台号, not by 学号; 危晨阳's 总分 is 9 above the sum of his "
                 "parts: records.invalid_score. Item 8: 1-bit scan 200, `班级＿ 姓名＿ 学号＿`, the head chef 吴长福 as "
                 "企业导师. No roster"),
    dict(school="抚州市汝水技工学校", pack="gbkzip", region="fz", course="stage", cls="网络2401班", size=40, seed=22,
         sidp="2024030101", students=["聂知秋", "熊崇文", "乐佩琪"], extra_class=["章颖彤"], absent_from_10=["章颖彤"],
         others_named=["邓卫平"], teachers=["周克俭", "胡秋云"], form_count="40人", roster="parents_meeting", headteacher="徐晓红",
         f8="answer_sheet", f10="makeup", f11="config", f12="exercise_book",
         findings=[("records.missing_student", 10, False, "章颖彤"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 家长会签到名单 printed by the school, the parents' signatures by hand, scanned 250 dpi gray, "
                 "40 students) and the form (`班级规模 | 40人`) hold 章颖彤; item 10 (scanned 200 dpi gray, a register with "
                 "补考 columns) has 39 rows and none for her: records.missing_student and records.count_mismatch. Item 8 "
                 "(scanned 250 gray): an ANSWER-SHEET head (`考场号 | 座位号 | 姓名`, the 学号 one digit a box). Item 11: typed "
                 "config records, the theatre's IT head 邓卫平 as 验收人"),
    dict(school="铜陵市天井湖技工学校", pack="zip", region="tl", course="foil", cls="机电2402班", size=38, seed=31,
         sidp="24127102", students=["汪承泽", "檀若曦", "查明哲"], items={8: ["汪承泽", "檀若曦", "钱沁涵"]},
         extra_class=["钱沁涵", "佘永康"], bad={"佘永康": "sum"}, others_named=["江德胜"],
         teachers=["程光耀", "方丽君"], form_count="机电2402班全体学生（38名）",
         f8="photo_head", f10="two_row_grade", f11="handover", f12="slip",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "佘永康")],
         comment="item 8 (phone photos of sheets held by a RUBBER BAND) holds the worksheets of 汪承泽, 檀若曦 and classmate "
                 "钱沁涵 (with an item-10 record) instead of 查明哲's (items 11 and 12 hold the three): students.mismatch. "
                 "Item 10 (TYPED, two-row head 过程考核（40分）/结果考核（60分）, an 等级 column) has 佘永康's 总分 6 BELOW the "
                 "sum of his parts: records.invalid_score. Item 11: colour scan 200 of 设备调试交付验收单, the student "
                 "as 交付方 调试人 and the company's equipment head 江德胜 signing as 验收签字. Item 12 (scanned 200 gray): printed QUESTION SLIPS (题签) glued into the exercise book at a slant, `班级＿ 姓名＿ 学号＿ 第＿页` by hand above, the answers by hand below. Form: `授课对象 | 机电2402班全体学生（38名）`. No roster"),
    dict(school="铜陵市天井湖技工学校", pack="zip", region="tl", course="charge", cls="新能2303班", size=38, seed=32,
         sidp="23143503", students=["朱修齐", "钱芷若", "胡卓然"], items={12: ["朱修齐", "钱芷若", "胡卓然", "姚宏图"]},
         extra_class=["姚宏图", "章少杰"], absent_from_10=["章少杰"], others_named=["陶光辉"],
         teachers=["王卫平", "陈淑芬"], form_count="新能2303班全体学生（38名）",
         f8="precheck", f10="plain", f11="completion", f12="scan_four",
         findings=[("students.count", 12, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (scanned 200 dpi gray, a stack held by a rubber band) holds the homework of FOUR students: the "
                 "three and classmate 姚宏图 (with an item-10 record): students.count on 12; students.mismatch optional. "
                 "Item 10 (TYPED, name before 学号) lists 37; the form says `新能2303班全体学生（38名）`: "
                 "records.count_mismatch (章少杰 has no record; no roster). Item 8 (scanned 250 gray): a 车辆预检单 at the top, the student as 预检员 and the car owner 陶光辉 "
                 "signing `车主确认` (not a student). Item 11: typed 竣工检验单, the same owner as 车主"),
    dict(school="铜陵市天井湖技工学校", pack="zip", region="tl", course="meal", cls="照护2401班", size=36, seed=33,
         sidp="24152901", students=["方慧琳", "江婉清", "吴雅涵"], others_named=["檀桂英", "汪建民", "何素珍"],
         teachers=["姚文静", "张永红"], form_count="照护2401班全体学生（36名）", bonus=["程鹏飞", "许安琪", "陈念慈", "胡世豪"],
         corrected=["王书恒", "许安琪"],
         f8="care_sign", f10="bonus", f11="meal_week", f12="cloze",
         findings=[],
         comment="clean. Item 10 (colour scan 200, continuous pin-feed paper) has a 附加分 column: four students have 2-5 bonus "
                 "points (竞赛/志愿服务, the rule printed under the table) and their 总分 = parts + 附加分; two rows were "
                 "corrected by hand (a part and the 总分 struck through, the new marks in red beside them, `改` and the "
                 "teacher's initial); the corrected 总分 is the sum. Every worksheet names the elder 檀桂英 and is signed by "
                 "her son 汪建民 (家属签字); item 11 is a WEEK'S MEAL OBSERVATION GRID per student (周一…周日 × 早/午/晚 进食量, the student signing every row as 观察人) naming the elder 何素珍 and 汪建民 as 家属. 36 rows = form `（36名）`. Item 12: phone photos of a printed FILL-IN-THE-BLANK sheet, the blanks and "
                 "`姓名：＿ 班级：＿ 学号：＿` by hand, a parent's comment. No roster"),
]

PROVINCE = {1: "广西壮族自治区百色市靖西市", 2: "江西省抚州市", 3: "安徽省铜陵市"}
CITY = {1: "靖西", 2: "抚州", 3: "铜陵"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 靖西: "附件3-8 工作页.pdf" (the 附件3 prefix and the item number after a hyphen)
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 抚州: "8_工作页_烹饪2402班.pdf" (underscores, the class last)
        return "%d_%s_%s.pdf" % (n, NAMES[n], s["cls"])
    return "%d、%s.pdf" % (n, NAMES[n])   # 铜陵: "8、工作页.pdf" (the enumeration comma)


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂项目申报书（%s）.docx" % c["major"], "docx"),
            2: ("申报书（%s）.pdf" % s["cls"], "pdf"),
            3: ("%s-申报书.docx" % c["task"], "docx")}[grp(s)]


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
    if g == 1:   # 靖西: a two-column table; the size as 共N人（男a人，女b人）
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("学习场所", c["station"])]
        info = tbl([[("<b>%s</b>" % a, ' width="22%"'), (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 抚州: four columns, 班级规模 | 42人
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", "%d学时" % c["hours"])],
                [("授课班级", s["cls"]), ("班级规模", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    else:   # 铜陵: 授课对象 | 机电2402班全体学生（38名）
        rows = [("专业名称及代码", "%s　%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", s["form_count"]), ("学时", "%d" % c["hours"]), ("教学场所", c["station"])]
        info = tbl([[("<b>%s</b>" % a, ' width="24%"'), (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生领取任务单后分组收集资料、拟订计划，教师审核后各组确定方案并实施，教师巡回指导并把好安全和质量关，最后各组展示成果，开展自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在真实情境中完成完整的工作过程，专业能力和职业素养都有提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=5 + s["seed"] % 17, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}企业岗位要求转化而成。\n二、学习任务\n本学期安排“{task}”，共{hours}学时。\n三、考核\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作过程\n明确任务、制定计划、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}教学活动策划\n学习活动一　明确任务，获取信息\n学习活动二　制定计划，做出决策\n学习活动三　实施计划，过程控制\n学习活动四　展示成果，评价反馈",
    4: "{school}\n{course}教学进度计划（{hours}学时）\n第1周　明确任务，获取信息\n第2周　制定计划，审核决策\n第3周　实施计划\n第4周　检查验收与评价反馈",
    5: "{school}\n{task}教学活动方案\n第1学时　情境导入，明确任务\n第2—4学时　引导问题学习与计划制定\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分资讯区、计划决策区、实施区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核由过程考核和结果考核组成，成绩由任课教师填入学习任务考核记录。",
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
        return s["out_sidp"] + "29"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【学习情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "herb_id":   # a herb identification record; the student only as 鉴别人 at the foot
            rec = tbl([[("<b>药材性状鉴别记录</b>　样品来源：靖西端午药市", ' colspan="4"')],
                       ["药材名称", "取样摊位", "性状要点（手写）", "结论"],
                       ["鸡血藤", "%d号摊（药农：%s）" % (17 + i, s["others_named"][1]), hand("断面红棕色偏心环", True), hand("正品", True)],
                       ["两面针", "%d号摊" % (23 + i), hand("根皮黄色，味辛麻舌", True), hand("正品", True)],
                       ["金银花", "%d号摊" % (5 + i), hand(["毛少，气淡" if i == 1 else "密被短柔毛"][0], True), hand("山银花" if i == 1 else "正品", True)]],
                      width="100%", pad="3px 4px")
            foot = '<p style="text-align:right">鉴别人：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + sit + rec + answers(c, rng, i) + comment + foot
        elif f == "head_table":   # a bordered head row 姓名 | 班级 | 学号 | 日期
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 3px")
            body = (title + head + sit + '<p>民宿管家：%s　　服务时段：7:00—9:30</p>' % s["others_named"][0] + answers(c, rng, i) + comment)
        elif f == "plain_line":   # a plain line on blanks; the head chef as 企业导师
            head = '<p>班级＿%s＿　姓名＿%s＿　学号＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True))
            body = (title + head + '<p>企业导师：%s（赣菜馆厨师长）　　任课教师：%s</p>' % (s["others_named"][0], t[0])
                    + sit + answers(c, rng, i) + comment)
        elif f == "answer_sheet":   # an answer-sheet head: 考场号, 座位号, 姓名, the 学号 one digit a box
            digits = "".join(td(hand(x, True), ' align="center" width="5%"', "2px 2px") for x in sid)
            head = ('<table style="border-collapse:collapse" width="100%%"><tr>%s%s%s%s%s%s</tr><tr>%s%s</tr></table>'
                    % (td("<b>考场号</b>", ' align="center"', "3px"), td(hand("03", True), ' align="center"', "3px"),
                       td("<b>座位号</b>", ' align="center"', "3px"), td(hand("%02d" % (7 + 9 * i), True), ' align="center"', "3px"),
                       td("<b>姓　名</b>", ' align="center"', "3px"), td(hand(n), ' align="center" colspan="6"', "3px"),
                       td("<b>学　号</b>", ' align="center" colspan="2"', "3px"), digits))
            body = (head + '<p>班级：%s　　科目：%s　　%s</p>' % (cl, c["course"], day(s, i)) + title + sit + answers(c, rng, i) + comment)
        elif f == "photo_head":   # 姓名：＿ 学号：＿ 班级：＿ by hand
            head = '<p>姓名：＿%s＿　　学号：＿%s＿　　班级：＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = title + head + '<p>设备主管：%s（铜箔公司设备部）</p>' % s["others_named"][0] + sit + answers(c, rng, i) + comment
        elif f == "precheck":   # a vehicle pre-check sheet: the student as 预检员, the owner signs
            ck = lambda ok: "☑正常　□异常" if ok else "□正常　☑异常"
            top = tbl([[("<b>车辆预检单（接车环检）</b>　No. TL%05d" % (5230 + i), ' colspan="4"')],
                       ["车　型", "纯电动轿车（网约车）", "进站里程", hand("%d km" % (86412 + 3071 * i), True)],
                       ["外观漆面", ck(True), "轮胎气压", ck(True)],
                       ["仪表故障灯", ck(False), "充电口与充电枪", ck(i != 1)],
                       ["预检员", hand(n, True), "车主确认", hand(s["others_named"][0], True, BLACK)]], width="100%", pad="3px 4px")
            body = top + '<p>班级：%s　　学号：%s　　%s</p>' % (hand(cl, True), hand(sid, True), day(s, i)) + title + sit + answers(c, rng, i) + comment
        elif f == "head_row":   # a bordered head row 学号 | 姓名 | 班级 | 组号
            head = tbl([["学号", hand(sid, True), "姓名", hand(n, True), "班级", hand(cl, True), "组号", hand(str(2 + i), True)]],
                       width="100%", pad="4px 3px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "care_sign":   # a care service record: the elder named, the student as 照护员, the son signs
            top = tbl([["服务对象", "%s（79岁，轻度失智）" % s["others_named"][0], "床　号", "3"],
                       ["服务日期", hand(day(s, i)[5:], True), "服务项目", "协助午餐"]], width="100%", pad="3px 4px")
            foot = ('<p>照护员（学生）：%s　　班级：%s　　学号：%s</p><p>家属签字：%s　　　带教照护员：%s</p>'
                    % (hand(n), hand(cl, True), hand(sid, True), hand(s["others_named"][1], ink=BLACK), t[1]))
            body = title + top + sit + answers(c, rng, i) + comment + foot
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"herb_id": "x-scanpdf:200", "head_table": "x-scanpdf:200:color", "plain_line": "x-scanpdf:200:mono",
            "answer_sheet": "x-scanpdf:250", "photo_head": "x-scanpdf:200:photo:rubberband", "precheck": "x-scanpdf:250",
            "care_sign": "x-scanpdf:200:color"}[f]
    font = {"answer_sheet": "Noto Sans CJK SC", "care_sign": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), size="10pt", font=font, compact=True), meth


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
    sign = "<p>考核教师：%s　　　　教研组长：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "legend":   # columns headed by code letters; names and maxima in a legend under the table
        parts = [("药材性状鉴别", 25), ("真伪优劣辨识", 20), ("处方审核", 15), ("饮片调剂", 30), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "A", "B", "C", "D", "E", "总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 34
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        legend = "<p>评分项目代号：%s。总分为A至E五项之和，满分100分。</p>" % "；".join(
            "%s—%s（满分%d分）" % ("ABCDE"[j], p, m) for j, (p, m) in enumerate(parts))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + legend + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "weighted":   # two hundred-point marks, 总评 = 40 % + 60 %
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程评价<br/>（百分制）", "成果评价<br/>（百分制）", "总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(66, 97), rng.randint(62, 96)
            tot = int(a * 0.4 + b * 0.6 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：过程评价与成果评价均按百分制评定；总评＝过程评价×40%＋成果评价×60%，四舍五入取整数。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "session":   # a practical-exam register ordered by session and stove, printed on pin-feed paper
        parts = [("刀工", 20), ("火候", 30), ("调味", 30), ("装盘", 10), ("卫生", 10)]
        order = list(rec)
        random.Random(s["seed"] * 31).shuffle(order)
        out = [trow(["<b>%s</b>" % x for x in ["场次", "灶台号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "考评员"]], pad)]
        for k, n in enumerate(order):
            v = part_scores(rng, parts)
            tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
            out.append(trow(["第%d场" % (k // 11 + 1), "%02d" % (k % 11 + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), t[k // 11 % 2]], pad))
        body = (head10(s, c, "实操考核成绩登记表（按场次）") + table(out) +
                "<p>共%d人，分四场考核，每场十一个灶台。</p>" % len(order) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans Mono CJK SC", compact=True, page="margin:1.2cm 2.0cm"), "x-scanpdf:250:tractor"
    if f == "makeup":   # theory and practice, a 补考 column for those under 60
        out = [trow(["<b>%s</b>" % x for x in ["学号", "姓名", "理论(30)", "实操(70)", "总分", "补考成绩", "最终成绩", "备注"]], pad)]
        for k, n in enumerate(rec):
            a = rng.randint(14, 29)
            b = rng.randint(30, 66) if k in (6, 21, 33) else rng.randint(44, 68)
            tot = a + b
            mk, fin, note = "", str(tot), ""
            if tot < 60:
                mk = str(rng.randint(61, 72))
                fin, note = mk, "补考合格"
            out.append(trow([sid_of(s, n), n, str(a), str(b), str(tot), mk, fin, note], pad))
        body = (head10(s, c, "学习任务考核成绩记录") + table(out) +
                "<p>注：总分不足60分者参加补考，最终成绩以补考成绩记载。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200"
    if f == "two_row_grade":   # two-row head 过程考核 / 结果考核, 等级
        parts = [("出勤", 10), ("作业", 15), ("安全", 15), ("接线", 20), ("编程", 20), ("调试", 20)]
        h1 = ('<tr>%s%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>学号</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad),
                                         td("<b>结果考核（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>等级</b>", ' align="center" rowspan="2"', pad)))
        h2 = trow(["<b>%s(%d)</b>" % p for p in parts], pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            tot = sum(v) - (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain":   # a plain Word table, the name before the 学号
        parts = [("安全防护", 10), ("故障诊断", 40), ("维修操作", 30), ("工单填写", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "bonus":   # a 附加分 column; two rows corrected by hand
        parts = [("协助进餐", 40), ("噎食处置", 20), ("照护记录", 20), ("职业素养", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["附加分", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            b = (2 + s["bonus"].index(n)) if n in s["bonus"] else 0
            cells = [str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)]
            if n in s["corrected"]:
                old = v[1] - 3
                cells[4] = '<s>%d</s> %s' % (old, hand(str(v[1]), True, ink="#c0251a", size="10pt"))
                cells[-1] = '<s>%d</s> %s' % (sum(v) + b - 3, hand("%d 改%s" % (sum(v) + b, t[0][0]), True, ink="#c0251a", size="10pt"))
            out.append(trow(cells, pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>附加分：在本学习任务期间参加市级及以上技能竞赛获奖或志愿服务满20小时的，加2～5分，计入总分（总分＝四项成绩＋附加分，不超过100分）。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="margin:1.2cm 2.0cm"), "x-scanpdf:200:color:tractor"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    meth = "pdf"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "dispense":   # a dispensing check slip: the student as 调配人, the patient named
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["患者姓名", s["others_named"][0], "处方号", "JX-%04d" % (311 + 7 * i + j)],
                                  ["调配人", "%s（%s）" % (n, cl), "复核人", t[j % 2]],
                                  ["饮片名称", "应称量(g)", "实称量(g)", "误差"],
                                  ["鸡血藤", "30", "%.1f" % (30 - 0.4 * j + 0.2 * i), "合格"],
                                  ["金银花", "15", "%.1f" % (15 + 0.3 * j), "合格"]], width="92%") + "<p>说明：%s</p>" % desc)
            elif f == "guest_card":   # guest comment cards: the guest names himself, the student as 服务员
                for gj, guest in enumerate(s["others_named"][1:]):
                    parts.append('<h3 style="text-align:center">宾客意见卡</h3><p style="text-align:center">%s</p>' % "鹅泉边关民宿" +
                                 tbl([["宾客姓名", guest, "房　号", "%d0%d" % (2 + gj % 2, 1 + gj + i)],
                                      ["用餐日期", "4月%d日" % (2 + i), "早餐服务员", "%s（%s实习）" % (n, cl)],
                                      ["菜品口味", "☑满意　□一般　□不满意", "服务态度", "☑满意　□一般　□不满意"],
                                      ["意见建议", ("五色糯米饭很有特色，服务员介绍得很清楚。", "希望卷筒粉多备一些。", "取餐台整洁，补菜及时。")[gj], "", ""]],
                                     width="92%"))
                break
            elif f == "cost":   # a cost sheet: 核算人 and 审核
                parts.append('<h3 style="text-align:center">%s</h3><p>核算人：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["原料", "用量(g)", "单价(元/500g)", "金额(元)"], ["藜蒿" if j != 1 else "排骨", "250", "%d.00" % (6 + 12 * j), "%.2f" % (3 + 12 * j)],
                                  ["腊肉" if j != 1 else "南丰蜜桔", "150", "%d.00" % (28 - 22 * j if j < 2 else 28), "%.2f" % (8.4 + 0.3 * i)],
                                  ["调料", "—", "—", "1.20"]], width="86%") + "<p>%s　　审核：%s</p>" % (desc, t[j % 2]))
            elif f == "config":   # config records: 实施人 and the theatre's IT head as 验收人
                parts.append('<h3>%s</h3>' % title + tbl([["实施人", n, "班级", cl], ["验收人", "%s（剧场信息主管）" % s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["设备", "接口/参数", "配置内容", "结果"],
                                                          ["核心交换机", "GE0/0/%d" % (1 + j), "VLAN %d" % (10 * (j + 1)), "通过"],
                                                          ["无线控制器", "SSID", "Theatre-Guest", "通过"]], width="92%") + "<p>结论：%s</p>" % desc)
            elif f == "handover":   # a hand-over and acceptance sheet: 交付方 (the student) and 接收方 (the company)
                parts.append('<h3 style="text-align:center">设备调试交付验收单</h3><p style="text-align:center">%s</p>' % title +
                             tbl([["交付方", "%s　调试人：%s" % (cl, n), "接收方", "铜箔公司设备部"],
                                  ["验收项目", "要求", "实测", "验收意见"], ["收卷张力", "120±3 N", "%d N" % (118 + i + j), "合格"],
                                  ["锥度系数", "30%", "30%", "合格"], ["连续运行", "≥2 h无起皱", "%d h" % (2 + j), "合格"],
                                  ["交付签字", hand(n, True), "验收签字", hand(s["others_named"][0], True, BLACK)]], width="92%") +
                             "<p>%s　　记录：%s　　%s</p>" % (desc, t[j % 2], day(s, 30 + i)))
                meth = "x-scanpdf:200:color"
            elif f == "commission":   # commissioning records, colour scanned: 调试人
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　记录：%s　　设备主管：%s</p>' % (title, n, cl, t[j % 2], s["others_named"][0]) +
                             tbl([["项目", "设定值", "实测值", "结论"], ["收卷张力", "120 N", "%d N" % (118 + i + j), "合格"],
                                  ["锥度系数", "30%", "30%", "合格"], ["运行速度", "60 m/min", "%d m/min" % (59 + j), "合格"]], width="82%") + "<p>%s</p>" % desc)
                meth = "x-scanpdf:200:color"
            elif f == "completion":   # a completion check sheet: 维修人, the car owner
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车　主", s["others_named"][0], "车牌号", "皖G·D%05d" % (61280 + 3 * i + j)],
                                  ["维修人", "%s（%s）" % (n, cl), "检验员", t[j % 2]],
                                  ["检查项目", "标准", "结果", "结论"], ["CP占空比", "约26%（16A）", "%d%%" % (26 + j - 1), "合格"],
                                  ["CC-PE电阻", "680Ω±3%", "%dΩ" % (679 + j), "合格"]], width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "meal_week":   # a week's meal observation grid: 观察人, the elder and the family member
                if j:
                    continue
                amt = ["全部", "3/4", "1/2", "全部", "3/4", "全部", "1/4"]
                grid = [["日期", "早餐进食量", "午餐进食量", "晚餐进食量", "呛咳", "观察人签名"]]
                for dd, wd in enumerate("一二三四五六日"):
                    grid.append(["周" + wd, amt[(dd + i) % 7], amt[(dd + i + 2) % 7], amt[(dd + i + 4) % 7],
                                 "有（轻）" if (dd + i) % 5 == 3 else "无", hand(n, True, size="11pt")])
                parts.append('<h3 style="text-align:center">进餐观察记录表（一周）</h3>' +
                             tbl([["老人姓名", "%s（81岁）" % s["others_named"][2], "家属", s["others_named"][1]],
                                  ["观察人", "%s（%s，实习）" % (n, cl), "带教照护员", t[1]]], width="96%") +
                             tbl(grid, width="96%") +
                             "<p>进食量按全部、3/4、1/2、1/4记录；出现呛咳时记录处理情况。　　%s</p><p>小结：%s</p>" % (day(s, 30 + i), c["outputs"][2][1]))
            elif f == "careplan":   # a care plan: the elder and the family member named, 制定人
                parts.append('<h3>%s</h3>' % title + tbl([["照护对象", "%s（81岁）" % s["others_named"][2], "家属", s["others_named"][1]],
                                                          ["制定人", "%s（%s）" % (n, cl), "指导教师", t[j % 2]],
                                                          ["项目", "内容", "频次", "备注"], ["进餐体位", "坐直，头稍前倾", "每餐", ""],
                                                          ["食物性状", "软食、切碎", "每餐", "忌黏食"]], width="90%") + "<p>小结：%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), meth


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "slip":   # printed question slips (题签) glued into an exercise book at a slant, scanned
        pages, ovl = [], []
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            body = ('<p>班级＿%s＿　　姓名＿%s＿　　学号＿%s＿　　第＿%s＿页</p>' % (hand(cl, True), hand(n), hand(sid, True), hand(str(7 + i), True)) +
                    "<p>&nbsp;</p>" * 7)
            for qi, (q, a) in enumerate(c["hw"]):
                body += '<p>%s</p><p %s>%s</p>' % (hand("答%d：" % (qi + 1) + a[(i + qi + 1) % 3]), RED, mark(rng))
            body += '<p %s>阅 %s %s</p>' % (RED, t[0], day(s, 20 + i)[5:])
            pages.append(body)
            ovl.append({"type": "sticker", "page": i + 1, "x": 0.47, "y": 0.14, "angle": [-2.5, 1.8, -1.2][i % 3], "size": 11,
                        "fill": "#fdfdf8", "edge": "#c8c8c0", "lines": ["课后作业题签（张力控制）"] + [q for q, _ in c["hw"]]})
        return "12.html", html(PB.join(pages), size="12pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200", ovl
    if f == "cloze":   # a printed fill-in-the-blank sheet, the blanks filled by hand, photographed
        pages = []
        blanks = [("协助失智老人进餐时每口约", "一汤匙", "，咽下后再喂下一口。"), ("进餐时老人要", "坐直", "，头稍向前倾。"),
                  ("发现老人噎食时先鼓励老人", "咳嗽", "，咳不出时立即用"), ("", "海姆立克法", "急救，同时呼叫同事。"),
                  ("汤圆、年糕等", "黏性", "食物要少吃或换成软食。"), ("向家属反馈时要说明进食量和有没有", "呛咳", "。")]
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            body = ('<h3 style="text-align:center">%s　课后练习（填空）</h3><p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>'
                    % (c["course"], hand(n), hand(cl, True), hand(sid, True)))
            for k, (a, b, z) in enumerate(blanks):
                body += '<p>%d. %s＿%s＿%s</p>' % (k + 1, a, hand(b), z)
            body += '<p %s>%s</p><p>家长意见：%s</p><p %s>阅 %s %s</p>' % (RED, mark(rng), hand("孩子回家讲了噎食急救，很好。", True, BLACK), RED, t[0], day(s, 20 + i)[5:])
            pages.append(body)
        return "12.html", html(PB.join(pages), size="12pt", font="Noto Serif CJK SC"), "x-scanpdf:200:photo"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f == "photo_line":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "bilingual":   # homework in Chinese and English
            head = ["课后作业 Homework", "> Name 姓名：%s　Class 班级：%s" % (n, cl)]
            qa = []
            for qi, (q, a) in enumerate(c["hw"]):
                qa += [q, c["en"][qi], "> " + a[(i + qi + 1) % 3], "> " + c["en_ans"][qi], "! " + mark(rng), ""]
        elif f == "photo_line2":
            head = ["课后作业　%s" % c["task"][:9], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "exercise_book":   # an exercise-book cover, then the page inside
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　课后作业" % c["course"]]
        elif f == "scan_hand":
            head = ["课后作业（张力控制）", "> 学号：%s　姓名：%s" % (sid, n)]
        elif f == "scan_four":
            head = ["课后作业　充电系统", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "photo_plain":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_line": "x-photo:200:2:rubberband", "bilingual": "x-scan:250:4", "photo_line2": "x-photo:200:1",
            "exercise_book": "x-photo:200:3", "scan_hand": "x-scan:200:1", "scan_four": "x-scan:200:2:rubberband",
            "photo_plain": "x-photo:200:4"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

PARENT_M = ("建华 国平 德明 志刚 永强 振国 卫东 长青 海涛 建军 小平 文斌").split()
PARENT_F = ("玉梅 秀兰 春梅 桂香 丽萍 凤英 金莲 海燕 淑芬 红梅 小琴 冬英").split()
MALE = set("俊朗 弘毅 崇文 尚武 少杰 永康 世豪 家俊 国栋 振宇 海峰 建业 鹏飞 俊熙 昱辰 梓豪 伟杰 浩轩 天宇 子骞 泓博 "
           "思远 嘉诚 文轩 景行 致远 明哲 承泽 修齐 敬之 立诚 向阳 晨阳 书恒 卓然 宏图 锦程 杰 磊 鹏 勇".split())


def sex(n):
    return "男" if n[1:] in MALE else "女"


def parent_of(n, rng):
    if rng.random() < 0.65:   # a father shares the student's surname, a mother mostly does not
        return n[0] + rng.choice(PARENT_M), "父亲"
    return rng.choice("吴黄李陈王刘饶付徐曾") + rng.choice(PARENT_F), "母亲"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return [], "", ""
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "drill":   # a military-drill roster ordered by height
        hs = {n: (rr.randint(163, 181) if sex(n) == "男" else rr.randint(151, 168)) for n in k}
        order = sorted(k, key=lambda n: (-hs[n], sid_of(s, n)))
        rows = [["序号", "姓名", "性别", "身高(cm)", "学号", "备注"]]
        for j, n in enumerate(order):
            rows.append([str(j + 1), n, sex(n), str(hs[n]), sid_of(s, n), {0: "排长", 5: "副排长"}.get(j, "")])
        body = ('<h2 style="text-align:center">%s2024级新生军训编排名单</h2><p style="text-align:center">第二连　第三排（%s）</p>' % (s["school"], s["cls"]) +
                "<p>教官：%s　　　　辅导员（班主任）：%s　　　　按身高排列，列队时由高到低</p>" % (s["drill_officer"], s["headteacher"]) +
                tbl(rows, width="86%", pad="1px 4px", bold=(0,)) +
                "<p>本排共%d人（男%d人，女%d人）。　　　　学生工作处　2024年8月</p>" % (len(k), sum(sex(n) == "男" for n in k), sum(sex(n) == "女" for n in k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s军训编排名单.pdf\tpdf\troster\t0" % s["cls"])
        return [s["drill_officer"]], "drill (pdf)", "教官"
    if r == "parents_meeting":   # a parents' meeting sign-in sheet, printed with the students, signed by the parents
        rows = [["序号", "学生姓名", "家长签名", "与学生关系", "联系电话", "备注"]]
        parents = []
        absent = set(rr.sample(range(len(k)), 4))
        for j, n in enumerate(k):
            while True:
                p, rel = parent_of(n, rr)
                if p not in k and not used(p) and p not in parents and p not in NAMED and all(not near(p, x) for x in k):
                    break
            if j in absent:
                rows.append([str(j + 1), n, "", "", "", "请假"])
                continue
            parents.append(p)
            rows.append([str(j + 1), n, hand(p, True, ink=BLACK, size="11pt"), rel,
                         "1%d%d****%04d" % (rr.choice([3, 5, 8, 9]), rr.randint(0, 9), rr.randint(0, 9999)), ""])
        body = ('<h2 style="text-align:center">%s家长会签到名单</h2><p style="text-align:center">%s　2024—2025学年第一学期　2024年11月%d日</p>'
                % (s["cls"], s["school"], 16) + tbl(rows, width="100%", pad="1px 3px", bold=(0,)) +
                "<p>班主任：%s　　班级学生共%d人　　到会家长%d人</p>" % (s["headteacher"], len(k), len(parents)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s家长会签到名单.pdf\tx-scanpdf:250\troster\t0" % s["cls"])
        return parents, "parents_meeting (x-scanpdf:250)", "班主任"
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
    for s in SUBS:
        for w in (s["school"], s["school"][:2], s["school"][3:5]):
            if w in EARLIER_TEXT or w in EARLIER_READMES:
                raise SystemExit("%s stands in an earlier truth file or README" % w)
    truth = {"comment": "Sixty-fifth held-out people corpus (testdata/heldout65), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", []) + ([s["drill_officer"]] if s.get("drill_officer") else [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v] + s.get("bonus", []) + s.get("corrected", [])])
    NAMED.update(all_teachers + all_planted + all_others)
    for n in all_teachers + all_planted + all_others:
        if used(n):
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT or w in EARLIER_READMES:
                raise SystemExit("%s was used by an earlier corpus" % w)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    per = [set(s["students"] + s.get("extra_class", []) + s.get("bonus", []) + s.get("corrected", [])) for s in SUBS]
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
        rng = random.Random(s["seed"] * 7919 + 65)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        for n in s.get("extra_class", []) + s.get("bonus", []) + s.get("corrected", []):
            if n not in fixed:
                fixed.append(n)
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if grp(s) == 1:   # 靖西: the size with the boys and girls counted
            s["form_count"] = "共%d人（男%d人，女%d人）" % (len(s["klass"]), sum(sex(n) == "男" for n in s["klass"]), sum(sex(n) == "女" for n in s["klass"]))
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
        for n, (nm, tx, meth, *ov) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec)), (11, item11(s, c, items[11], d)),
                                       (12, item12(s, c, items[12]))):
            write(os.path.join(d, nm), tx)
            if ov:
                write(os.path.join(d, nm + ".ovl.json"), json.dumps({"pages": len(items[n]), "items": ov[0]}, ensure_ascii=False, indent=1))
            man.append("%s\t%s\t%s\titem\t%d" % (nm, file_name(s, n), meth, n))
            meths[n] = meth
        extra_others, rfmt, officer = roster(s, d, man)
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
        fct = {1: "学生人数 | %s", 2: "班级规模 | %s", 3: "授课对象 | %s"}[grp(s)] % s["form_count"]
        officers = {}
        if s.get("headteacher"):
            officers["班主任"] = s["headteacher"]
        if s.get("drill_officer"):
            officers["教官"] = s["drill_officer"]
        size_on_form = int(re.findall(r"\d+", s["form_count"].replace(s["cls"], ""))[-1 if grp(s) == 3 else 0])
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": size_on_form, "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": rfmt,
            "roster_officers": officers,
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + extra_others,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        assert sub["class_size_on_form"] == s["size"], (subid, sub["class_size_on_form"])
        assert len(rec) == s["size"] - len(s.get("absent_from_10", []))
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
