#!/usr/bin/env python3
"""Write the sources of the hundred-and-twenty-fourth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 抚远
(Heilongjiang), 额尔古纳 (Inner Mongolia) and 北屯 (Xinjiang).

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
# the truth files read for names, tasks and courses to avoid (heldout123 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 123)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 抚远 (黑龙江, families come from 山东 and 河北: 王 李 张 刘 于 孙 姜 曲 孟 …,
# and, rarely, the Hezhe 尤), 额尔古纳 (呼伦贝尔: 王 李 张 刘 赵 and the 蒙古族 包 白 乌, the 华俄后裔 families 谢 …),
# 北屯 (新疆兵团第十师, settlers from 河南 四川 甘肃: 王 李 张 刘 陈 杨 周 吴 马 胡 何 罗 …)
SURNAMES = {
    "fy": list("王王王王李李李张张张刘刘刘于于孙孙赵杨姜姜曲孟孟徐高郭马尤"),
    "eg": list("王王王王李李李张张张刘刘赵赵杨孙高于韩宋包包白白乌谢"),
    "bt": list("王王王王李李李张张张刘刘陈陈杨杨周吴马马胡何罗朱"),
}
# given names: a new list, the everyday names of students born around 2008-2009
GIVEN2 = ("嘉禾 书恒 予安 知夏 南乔 清妍 沐阳 景澄 言蹊 星澜 以宁 语晨 禹辰 锦川 牧野 颂恩 听澜 望舒 九思 思齐 "
          "晏清 明远 初晴 晓岚 松涛 雪松 立夏 子衿 芸汐 楚瑜 恩泽 景琦 宸熙 芮涵 苡沫 靖瑶 海川 博衍 瑾萱 钰彤 "
          "可儿 铂宇 炜杰 振东 广源 秋实 旭阳 宇辰 俊杰 梓轩 浩铭 子航 思远 佳宁 梦琪 雨涵 欣怡 诗涵 若彤 "
          "天宇 明杰 志强 建华 永鑫 海鹏 春雨 冬阳 秋月 晓燕 丽娜 美玲 宏亮 金龙 玉洁 新月 文静 家豪 志鹏 "
          "宇航 泽宇 皓月 晨曦 梓豪 文轩 子琪 一凡 昊天 雅静 丹丹 婷婷 佳鑫 博远 兆华 守信 德胜 晓光 红艳 "
          "雅馨 思雨 雨欣 佳琪 心悦 诗雨 语涵 梓琳 晨阳 俊宇 浩然 宇轩 子恒 一航 睿博 俊熙 锦程 文博 云飞 "
          "亚楠 艳秋 梦瑶 晓琳 佳慧 慧敏 思彤 凯瑞 鹏程 天翔 国庆 建军 世豪 承志 长青").split()
GIVEN1 = list("昊琳博阳悦鑫磊婷杰楠")
MALE = set("书恒 予安 沐阳 景澄 禹辰 锦川 牧野 颂恩 九思 思齐 晏清 明远 松涛 雪松 恩泽 景琦 宸熙 海川 博衍 铂宇 炜杰 振东 "
           "广源 秋实 旭阳 宇辰 俊杰 梓轩 浩铭 子航 思远 天宇 明杰 志强 建华 永鑫 海鹏 冬阳 宏亮 金龙 家豪 志鹏 宇航 泽宇 "
           "梓豪 文轩 一凡 昊天 佳鑫 博远 兆华 守信 德胜 晓光 晨阳 俊宇 浩然 宇轩 子恒 一航 睿博 俊熙 锦程 文博 云飞 "
           "凯瑞 鹏程 天翔 国庆 建军 世豪 承志 长青 嘉禾 昊 博 阳 鑫 磊 杰".split())


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
 "salmon": dict(major="烹饪(中式烹调)", code="0501", course="黑龙江江鲜菜肴烹制", task="大马哈鱼炖豆腐与鳇鱼段红烧江鲜热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="秋季大马哈鱼洄游到乌苏里江和黑龙江交汇处，抚远一家江鲜酒楼的游客猛增。酒楼厨师长请烹饪班学员按标准菜谱完成大马哈鱼炖豆腐和红烧鳇鱼段两道热菜：鲜鱼初加工、去鳞分档、改刀腌制、控制炖煮火候和收汁，按时出菜并做好成本核算。",
   qs=[("问题1 鲜鱼初加工时为什么要先刮鳞再开膛？", ["鱼身完整时鳞片好刮，先开膛鱼身发软，刮鳞容易破皮，内脏也容易污染鱼肉。", "先刮鳞不容易破皮。", "开膛后鱼身发软。"]),
       ("问题2 炖鱼时豆腐什么时候下锅？", ["鱼块煎香加汤烧开后再下豆腐，小火炖十五分钟，豆腐吸足鱼汤又不会炖碎。", "汤烧开后再下豆腐。", "小火炖，豆腐不碎。"])],
   hw=[("1. 红烧鳇鱼段为什么要先煎后烧？", ["先煎可以定型、去腥，鱼皮煎黄后再加汤烧，肉不散，颜色也红亮。", "定型去腥。", "煎黄后烧，肉不散。"]),
       ("2. 怎样判断鱼已经炖熟？", ["用筷子轻戳鱼肉最厚处，能轻松插入且不带血水，鱼眼发白凸出，就熟了。", "筷子能插透，没有血水。", "鱼眼发白。"])],
   outputs=[("大马哈鱼炖豆腐出品记录", "汤色乳白，出菜十四分钟。"), ("红烧鳇鱼段出品记录", "色泽红亮，收汁均匀。")]),
 "breakfast": dict(major="饭店(酒店)服务", code="0504", course="旅游酒店自助早餐服务", task="东极广场旅游旺季酒店自助早餐服务与投诉处理",
   hours=16, station="酒店餐饮服务一体化学习工作站",
   situation="每年夏天到抚远看“华夏东极”日出的游客很多，一家江边酒店的自助早餐厅早上五点就要开餐，高峰时排队很长。餐饮部经理请酒店班学员参与早餐服务：开餐前摆台补餐、引领入座、收台翻台，处理客人对等位时间和菜品温度的投诉，并填写服务记录。",
   qs=[("问题1 自助早餐开餐前要检查哪些事项？", ["餐台布置、保温炉温度、餐具数量、标签和过敏原提示、地面防滑，都要在开餐前十分钟检查完。", "保温炉温度和餐具数量。", "标签和地面防滑。"]),
       ("问题2 客人投诉等位太久时怎样回应？", ["先真诚道歉，告诉客人预计等候时间，请客人在休息区稍坐并送上热饮，有空位立即引领。", "道歉并告诉等候时间。", "送热饮，有位马上引领。"])],
   hw=[("1. 翻台时收台的顺序是什么？", ["先收杯具，再收餐碟和餐具，然后换台布、摆新餐具，最后检查椅子和地面。", "先杯具后餐碟。", "换台布，摆新餐具。"]),
       ("2. 菜品温度不够时怎么办？", ["马上通知厨房补出热菜，撤下温度不够的菜，给客人道歉并送上现做的热汤面。", "通知厨房补热菜。", "撤下凉菜，送热汤面。"])],
   outputs=[("早餐高峰服务记录", "接待一百七十二人次，平均等位九分钟。"), ("客人投诉处理记录", "投诉两起，均当场处理。"), ("早餐厅摆台检查表", "保温炉六台，温度合格。")]),
 "elderly": dict(major="健康与社会照护", code="0529", course="寒地养老机构老年人照护", task="牧区养老院冬季失能老人防跌倒照护与转移协助",
   hours=16, station="老年照护一体化学习工作站",
   situation="额尔古纳冬季漫长，路面结冰，养老院里有几位行动不便的老人夜间如厕时容易跌倒。养老院院长请照护班学员评估老人跌倒风险，布置防滑和夜间照明，协助老人完成床椅转移和如厕，向老人和家属讲解防跌倒知识，并填写照护记录。",
   qs=[("问题1 评估跌倒风险主要看哪些方面？", ["老人的年龄、步态、视力、用药情况、近期有没有跌倒过，以及房间的地面和照明。", "步态、视力和用药。", "有没有跌倒过。"]),
       ("问题2 协助老人从床上转移到轮椅要注意什么？", ["轮椅放在老人健侧，与床呈三十度角并刹好车，让老人先坐起稍停，再扶住腰部转身坐下。", "轮椅放在健侧并刹车。", "先坐起稍停再转移。"])],
   hw=[("1. 夜间防跌倒可以做哪些布置？", ["床边放夜灯，卫生间装扶手和防滑垫，床边不放杂物，呼叫器放在手边。", "夜灯、扶手和防滑垫。", "呼叫器放手边。"]),
       ("2. 老人跌倒后第一步做什么？", ["不要急着扶起，先看老人意识和有无疼痛、出血，判断有无骨折，再呼叫医护人员。", "先看意识，不急着扶。", "呼叫医护人员。"])],
   outputs=[("跌倒风险评估表", "评估三位老人，高风险一位。"), ("床椅转移照护记录", "转移过程平稳，老人无不适。")]),
 "battery": dict(major="新能源汽车检测与维修", code="0435", course="严寒地区纯电动汽车电池检测", task="纯电动汽车严寒天气续航骤降与充电缓慢故障检测",
   hours=18, station="新能源汽车检测一体化学习工作站",
   situation="额尔古纳冬季气温常在零下三十度以下，一位客户反映他的纯电动汽车早上续航只剩平时的一半，快充也很慢。维修站主管请新能源班学员接车问诊，读取电池管理系统数据，检查电池加热和热管理系统，测量单体电压差，判断是正常的低温衰减还是故障，并向客户说明使用建议。",
   qs=[("问题1 低温为什么会让续航下降？", ["低温时电池内阻变大，可用容量变小，暖风和电池加热还要耗电，所以续航会下降。", "内阻变大，容量变小。", "暖风和加热耗电。"]),
       ("问题2 怎样判断电池加热系统是否正常？", ["读取数据流看加热继电器是否吸合，加热时电池温度是否上升，测量加热器电阻是否在标准范围。", "看加热时温度是否上升。", "测加热器电阻。"])],
   hw=[("1. 单体电压差过大说明什么？", ["说明电池包里有的单体衰减或连接不良，一致性变差，需要均衡或更换模组。", "一致性变差。", "需要均衡或换模组。"]),
       ("2. 冬季用车可以给客户哪些建议？", ["出行前插枪预热电池，尽量在室内停车，充电后尽快出发，暖风温度不要开太高。", "插枪预热电池。", "室内停车。"])],
   outputs=[("动力电池检测报告", "最大压差二十八毫伏，加热器正常。"), ("客户使用建议书", "建议出行前预热三十分钟。"), ("维修接车单", "客户确认检测结果。")]),
 "baler": dict(major="机电一体化技术", code="0127", course="轧花厂液压与PLC设备装调", task="棉花打包机液压系统PLC控制回路安装与调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="秋收季节北屯周边团场的棉花加工厂开始连续生产，一台棉花打包机的主压油缸动作不稳，PLC控制柜的部分线路老化。设备科科长请机电班学员读懂液压原理图和电气图，重新分配PLC输入输出点，安装接线并编写控制程序，完成空载和带载调试，填写调试记录。",
   qs=[("问题1 为什么要先做空载调试再带载？", ["空载时压力小，能先检查动作顺序和限位是否正确，不会因为接错线损坏油缸和模具。", "先查动作顺序和限位。", "接错线不会损坏设备。"]),
       ("问题2 主压油缸动作不稳可能是什么原因？", ["液压油里有空气、溢流阀压力不稳、比例阀卡滞，或者PLC输出给阀的信号不稳定。", "油里有空气。", "溢流阀压力不稳。"])],
   hw=[("1. 分配PLC输入输出点要注意什么？", ["同类信号放在一起，留出备用点，急停和限位要接常闭触点，并做好编号表。", "急停接常闭。", "留出备用点。"]),
       ("2. 液压系统排气怎样操作？", ["低压启动油泵，让油缸全行程往返几次，同时松开最高处的排气螺钉放出空气。", "全行程往返几次。", "松开排气螺钉。"])],
   outputs=[("PLC输入输出分配表", "输入十八点，输出十二点。"), ("打包机调试记录", "打包周期三十五秒，压力稳定。")]),
 "network": dict(major="计算机网络应用", code="0301", course="连队公共服务场所网络组建", task="团场连队党群服务中心有线无线网络组建与故障排查",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="北屯附近一个团场连队的党群服务中心新装修完，要为会议室、阅览室和便民服务窗口组建网络，还要让职工在院子里也能连上无线。网络公司工程师请网络班学员勘察现场、画出拓扑图、规划地址和无线信道，安装配置交换机和无线接入点，测试后排查几处常见故障。",
   qs=[("问题1 无线接入点的位置怎样确定？", ["先用手机测信号强度，把接入点放在覆盖区域中间、高处，避开金属柜和承重墙，相邻两个用不同信道。", "放在中间高处。", "相邻的用不同信道。"]),
       ("问题2 为什么要划分不同的网段？", ["办公、访客和监控分开，访客不能访问内部电脑，广播也被限制在各自的网段里。", "访客和办公分开。", "限制广播范围。"])],
   hw=[("1. 电脑能连上无线但上不了网，怎样排查？", ["先看有没有获取到地址，再ping网关，然后ping外网地址，最后检查DNS设置。", "先看地址，再ping网关。", "检查DNS。"]),
       ("2. 网线测试仪显示3、6线不通说明什么？", ["水晶头压接不良或线序接错，需要剪掉重做水晶头再测。", "水晶头压接不良。", "重做水晶头。"])],
   outputs=[("网络拓扑与地址规划表", "划分三个网段，四个无线接入点。"), ("网络测试与验收记录", "信号强度均高于负六十五分贝毫瓦。"), ("故障排查记录", "排查故障五处。")]),
 "sprocket": dict(major="数控加工(数控车工)", code="0106", course="农机传动轴类零件数控车削", task="采棉机摘锭传动轴数控车削加工与检测",
   hours=18, station="数控车削一体化学习工作站",
   situation="采棉季节之前，北屯一家农机合作社的采棉机要检修，摘锭传动轴磨损的有十几根，厂家配件一时供不上。合作社请学校数控车间按旧件测绘并加工一批传动轴。车间主任请数控班学员确定加工工艺，编写程序，完成外圆、螺纹和退刀槽的车削，并按图纸检测。",
   qs=[("问题1 车细长轴为什么要用顶尖？", ["细长轴刚性差，只用卡盘夹一头车削时会让刀和振动，用尾座顶尖顶住另一头才能保证尺寸和同轴度。", "刚性差，会让刀。", "顶住另一头。"]),
       ("问题2 车螺纹前外圆为什么要车小一点？", ["车螺纹时材料会被挤出，外圆车小零点一到零点二毫米，螺纹牙顶才不会过高。", "材料会被挤出。", "牙顶不会过高。"])],
   hw=[("1. 退刀槽有什么作用？", ["车螺纹或磨削时刀具能够退出，装配时零件端面也能贴紧。", "刀具能退出。", "装配时贴紧。"]),
       ("2. 用螺纹环规检测时怎样判断合格？", ["通规能顺利旋入全长，止规旋入不超过两圈，就判为合格。", "通规能旋入。", "止规不超过两圈。"])],
   outputs=[("传动轴首件检验记录", "外圆φ20h7合格。"), ("传动轴加工程序单", "O2031，共三十八段。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="抚远市东极技工学校", pack="dir", region="fy", course="salmon", cls="烹饪2402班", size=36, seed=11,
         sidp="24230501", students=["曲景澄", "姜予禾", "孟宸熙"], items={12: ["曲景澄", "孟宸熙"]},
         extra_class=["尤博衍"], bad={"尤博衍": "over"}, others_named=["于德胜"],
         teachers=["孙振东", "刘晓岚"], form_count="36人",
         f8="exam_seat", f10="draw_order", f11="ticket_typed", f12="cutmat_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "尤博衍")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (PHONE PHOTOS, the sheets lying on a green cutting mat) holds the homework of only TWO students, 曲景澄 and "
                 "孟宸熙 (姜予禾's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (SCANNED "
                 "200 dpi gray, fish scales on the glass) is a practical-exam register in DRAW-LOT ORDER (抽签号 1-36, 学号 out of "
                 "order, 操作台 column, 评委 column); 尤博衍 has 34 under `火候(30)` (合计 the sum): records.invalid_score. Item 8 "
                 "(1-bit 300 dpi): an exam-style head `考场 座号` and the name written one character a box; the head chef 于德胜 "
                 "named as 企业评委 (not a student). No roster"),
    dict(school="抚远市东极技工学校", pack="dir", region="fy", course="breakfast", cls="酒店2401班", size=38, seed=12,
         sidp="24230504", students=["尤芮涵", "杨棠溪", "赵岑语"], others_named=["曲守信", "孟红艳"],
         teachers=["姜蕴华", "马兆华"], form_count="38人", roster="uniform", headteacher="郭凤岐",
         f8="service_log", f10="weighted_term", f11="complaint_typed", f12="hand_page",
         findings=[],
         comment="clean. Roster: a 实训制服领用登记表 (制服尺码, 鞋码, 领用签字) of the 38 = form `38人` = item 10. Item 10 (TYPED) "
                 "has 平时成绩 (six lesson marks ✓/○ and a 平时 score), 考核成绩 and a 总评 = 平时×40%+考核×60% rounded (the rule "
                 "printed under the head), and a 等级 beside it: 总评 is no sum, legal. Item 8 (colour scan 200, fish scales): a "
                 "服务记录单 with 服务员 (the student, by hand), a GUEST 曲守信 (客人, room number) and the 领班 孟红艳 (neither is a "
                 "student). Item 11 (typed): complaint records naming the same guest"),
    dict(school="额尔古纳市根河技工学校", pack="gbkzip", region="eg", course="elderly", cls="照护2401班", size=40, seed=21,
         sidp="2415052901", students=["包星澜", "白芸汐", "谢九思"], outsiders={"谢九思": "照护2402班"}, out_sidp="2415052902",
         extra_class=["乌晓琳"], bad={"乌晓琳": "sum"}, others_named=["韩桂芝"],
         teachers=["宋蕴秋", "包敖登格"], form_count="共40名",
         f8="care_sheet", f10="grade_beside", f11="transfer_typed", f12="recipe_free",
         findings=[("students.not_in_class", 8, True, "谢九思"), ("records.invalid_score", 10, False, "乌晓琳")],
         comment="谢九思 of the parallel class 照护2402班 (his class and 学号 2415052902xx on his 照护记录, typed records and homework) is "
                 "the third student of 8/11/12; item 10 (40 rows = form `共40名`) has no record of him: students.not_in_class. "
                 "Item 10 (TYPED, 姓名 before 学号, a 等级 column beside 总分): 乌晓琳's 总分 is 7 above the sum of her four parts "
                 "(her 等级 matches the printed 总分): records.invalid_score. Item 8 (scanned 250 dpi gray): a 照护记录 sheet whose "
                 "head names the ELDER 韩桂芝 (照护对象, 床号), the student only as `照护员` at the foot. No roster"),
    dict(school="额尔古纳市根河技工学校", pack="gbkzip", region="eg", course="battery", cls="新能源2401班", size=42, seed=22,
         sidp="2415043501", students=["王铂宇", "张芷沅", "宋炜杰"], extra_class=["白苡沫"], absent_from_10=["白苡沫"],
         teachers=["李守疆", "乌云飞"], form_count="共42名", roster="toolbox", headteacher="赵雪芹",
         f8="vin_head", f10="ranked_two_row", f11="report_typed", f12="plain_photo",
         findings=[("records.missing_student", 10, False, "白苡沫"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 实训工具箱领用名单: 工具箱号, 学号, 姓名, 领用签字, 42) and the form (`共42名`) hold 白苡沫; item 10 "
                 "(TYPED, rows sorted by 总分 with a 名次 column, a two-row head 实操考核（70分）/ 理论（30分）) has 41 rows and none "
                 "for her: records.missing_student and records.count_mismatch. Item 8 (scanned 200 gray): a head table 工位 | "
                 "车辆VIN | 学员"),
    dict(school="北屯市额河技工学校", pack="zip", region="bt", course="baler", cls="机电2401班", size=40, seed=31,
         sidp="24650127", students=["陈言蹊", "罗锦川", "胡槿言"], items={11: ["陈言蹊", "罗锦川", "周颂恩"]},
         extra_class=["周颂恩", "朱炜明"], bad={"朱炜明": "sum"}, others_named=["何戍林"],
         teachers=["吴兆屯", "马垦荣"], form_count="40人（其中女生5人）",
         f8="footer_sign", f10="corrected", f11="io_typed", f12="color_scan_hand",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "朱炜明")],
         comment="item 11 (TYPED: an I/O table and a 调试记录 a student, `编制：<name>` in a drawing-style title block) holds the works "
                 "of 陈言蹊, 罗锦川 and classmate 周颂恩 (with an item-10 record) instead of 胡槿言's (items 8 and 12 hold the three): "
                 "students.mismatch. Item 10 (SCANNED 200 dpi gray): four rows have a 总分 crossed out and the right sum written "
                 "beside it in red (legal corrections); 朱炜明's printed 总分 is 6 above the sum of his parts and NOT corrected: "
                 "records.invalid_score. The factory's 设备科科长 何戍林 signs item 8 (not a student). Form `40人（其中女生5人）`. No roster"),
    dict(school="北屯市额河技工学校", pack="zip", region="bt", course="network", cls="网络2402班", size=38, seed=32,
         sidp="24650302", students=["杨听澜", "马以宁", "周砚秋"], others_named=["李骁川"],
         teachers=["胡德胜", "何艳秋"], form_count="38人", kazakh=["加娜尔·叶尔肯"],
         parallel=("网络2401班", 34, "24650301"),
         f8="cover_page", f10="two_classes", f11="topology_typed", f12="exercise_book",
         findings=[],
         comment="clean. Item 10 (TYPED) holds TWO classes' tables: this class 网络2402班 (38 rows = form `38人`) and, on the "
                 "following page under its own title, the parallel class 网络2401班 (34 rows, another teaching class of the same "
                 "task, not submitted). A Kazakh student 加娜尔·叶尔肯 (a name with a middle dot) is one of the 38. Item 8 (scanned "
                 "200 gray): a cover page with 学生姓名 and the engineer 李骁川 (企业导师) before the worksheet page. No roster"),
    dict(school="北屯市额河技工学校", pack="zip", region="bt", course="sprocket", cls="数控2402班", size=39, seed=33,
         sidp="24650106", students=["吴梓琳", "刘牧野", "张初晴"], items={8: ["吴梓琳", "刘牧野", "张初晴", "何望舒"]},
         extra_class=["何望舒"], teachers=["陈守信", "朱广源", "杨援疆"], form_count="40人",
         f8="photo_line", f10="group_blocks", f11="inspect_typed", f12="name_right",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (PHONE PHOTOS on a green cutting mat) holds the worksheets of FOUR students: the three and classmate 何望舒 "
                 "(with an item-10 record): students.count on 8; students.mismatch optional. Item 10 (SCANNED 300 dpi gray) is a "
                 "register in 小组 blocks (a head row per group with its 组评 shared by the group's members), 39 rows; the form "
                 "says `授课班级人数 | 40人`: records.count_mismatch (no roster). Three teachers"),
]

PROVINCE = {1: "黑龙江省抚远市", 2: "内蒙古额尔古纳市", 3: "新疆北屯市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 抚远: "08-工作页.pdf"
        return "%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 额尔古纳: "附件3-8 工作页.pdf"? keep the item number first: "8_工作页.pdf"
        return "%d_%s.pdf" % (n, NAMES[n])
    return "%d．%s.pdf" % (n, NAMES[n])   # 北屯: full-width dot


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂项目申报书（%s）.docx" % c["major"], "docx"),
            2: ("%s申报书.pdf" % s["cls"], "pdf"),
            3: ("申报书—%s.docx" % c["course"], "docx")}[grp(s)]


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
        return "班级人数 | %s" % s["form_count"]
    if g == 2:
        return "学生人数 | %s" % s["form_count"]
    return "授课班级人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # two pairs a row
        info = tbl([["专业名称", c["major"], "专业代码", c["code"]], ["课程名称", c["course"], "学时", "%d" % c["hours"]],
                    ["学习任务", (c["task"], ' colspan="3" align="left"')], ["授课班级", s["cls"], "学生人数", s["form_count"]]],
                   width="96%", pad=P)
    else:
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("授课班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>教学按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 37),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}企业岗位要求转化。\n二、学习任务\n本学期实施“{task}”，共{hours}学时。\n三、考核评价\n过程评价与成果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、工作情境\n{situation}\n二、工作过程\n接受任务—制订计划—实施—检查—评价。",
    3: "{school}\n{task}　教学活动策划\n活动一　明确任务\n活动二　制订计划\n活动三　实施任务\n活动四　检查评价",
    4: "{school}\n{course}　教学进度计划（{hours}学时）\n第1周　明确任务、获取信息\n第2周　制订计划、做出决策\n第3周　实施计划、过程控制\n第4周　评价反馈",
    5: "{school}\n{task}　教学活动方案\n一、情境导入\n二、引导问题\n三、分组实施\n四、展示评价",
    6: "{school}\n学习任务资源清单\n工作页、企业标准、微课视频、{station}设备清单。",
    7: "{school}\n{station}图文说明\n工作站设资讯区、计划区、实操区和评价展示区。",
    9: "{school}\n{task}　考核方案\n过程考核与成果考核相结合，成绩记入学习任务考核记录。",
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



def boxes(n):
    return "".join('<td style="border:0.75pt solid #000;width:26pt;height:24pt" align="center">%s</td>' % hand(ch) for ch in n)


def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　评阅教师：%s</p>' % (RED, ["步骤清楚", "要点齐全", "较好", "需加强"][i % 4], t[i % 2])
        if f == "exam_seat":   # exam-style head: 考场 座号, the name one character a box
            head = ('<table style="border-collapse:collapse"><tr><td>考场：%s　座号：%s　　姓名：</td>%s<td>　学号：%s</td></tr></table>'
                    % (hand("实训楼3楼", True), hand(str(3 + 7 * i), True), boxes(n), hand(sid, True)))
            body = (title + head + "<p>班级：%s　　企业评委：%s（酒楼厨师长）</p>" % (cl, s["others_named"][0]) + sit
                    + answers(c, rng, i) + comment)
        elif f == "service_log":   # a service record: the student as 服务员, a guest and the 领班 named
            head = tbl([["服务日期", hand(day(s, i), True), "班次", hand("早班 5:00—9:30", True)],
                        ["服务员", hand(n, True), "领班", hand(s["others_named"][1], True, BLACK)],
                        ["客人姓名", hand(s["others_named"][0], True, BLACK), "房号", hand(str(1206 + 3 * i), True)]], width="92%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>早餐厅服务记录单（学习工作页）</h3>' % c["task"] + head +
                    "<p>班级：%s</p>" % hand(cl, True) + sit + answers(c, rng, i) + comment)
        elif f == "care_sheet":   # the elder first; the student only at the foot as 照护员
            head = tbl([["照护对象", s["others_named"][0], "床号", "2-%02d床" % (5 + i), "年龄", "83"],
                        ["跌倒风险", hand(["高", "中", "高"][i % 3], True), "照护日期", hand(day(s, i), True), "班次", hand("夜班", True)]],
                       width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>照护记录（学习工作页）</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    comment + '<p style="text-align:right">照护员：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)))
        elif f == "vin_head":   # 工位 | 车辆VIN | 学员
            head = tbl([["工位", hand("%d号" % (2 + i), True), "车辆VIN", hand("LGXC%013d" % (7311200450000 + 17 * i), True)],
                        ["学员", hand(n, True), "学号", hand(sid, True)]], width="96%", pad="4px 4px")
            body = title + head + "<p>班级：%s</p>" % hand(cl, True) + sit + answers(c, rng, i) + comment
        elif f == "footer_sign":   # the student only in a signature line at the foot; the factory's section head signs
            body = (title + sit + answers(c, rng, i) +
                    '<p>设备科验收：%s</p>' % hand(s["others_named"][0], True, BLACK) + comment +
                    '<p>&nbsp;</p><p>学员签名：%s　　%s　　学号：%s　　日期：%s</p>' % (hand(n), hand(cl, True), hand(sid, True), hand(day(s, i), True)))
        elif f == "cover_page":   # a cover page with the student and the company mentor, then the page
            cover = ('<p>&nbsp;</p><p>&nbsp;</p><h2 style="text-align:center">学习工作页</h2><p style="text-align:center">%s</p><p>&nbsp;</p>'
                     % c["task"] + tbl([["学生姓名", hand(n)], ["班　　级", hand(cl, True)], ["学　　号", hand(sid, True)],
                                        ["指导教师", t[i % 2]], ["企业导师", s["others_named"][0]]], width="60%", pad="8px 8px"))
            body = cover + PB + title + sit + answers(c, rng, i) + comment
        elif f == "photo_line":
            head = '<p>班级：%s　　姓名：%s　　学号：%s</p>' % (hand(cl, True), hand(n), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    per = 2 if f == "cover_page" else 1
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names) * per, "sheets_per_student": per, "items": []}, ensure_ascii=False, indent=1))
    meth = {"exam_seat": "x-scanpdf:300:mono", "service_log": "x-scanpdf:200:color:scales", "care_sheet": "x-scanpdf:250",
            "vin_head": "x-scanpdf:200", "footer_sign": "x-scanpdf:250", "cover_page": "x-scanpdf:200",
            "photo_line": "x-scanpdf:200:photo:cutmat"}[f]
    font = {"vin_head": "Noto Sans CJK SC", "service_log": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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



def hdr(cells, pad):
    return trow(["<b>%s</b>" % x for x in cells], pad)


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "draw_order":   # practical exam in draw-lot order: 抽签号, 操作台, 学号 out of order, a judge column
        parts = [("刀工", 20), ("火候", 30), ("调味", 30), ("装盘", 10), ("卫生", 10)]
        order = list(rec)
        rng.shuffle(order)
        out = [hdr(["抽签号", "操作台", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["合计", "评委"], pad)]
        for k, n in enumerate(order):
            v = part_scores(rng, parts, 0.6, 0.93)
            if bad.get(n) == "over":
                v[1] = 34
            out.append(trow([str(k + 1), "%d号灶" % (1 + k % 12), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), t[k % 2]], pad))
        body = (head10(s, c, "实操考核评分登记表（按抽签顺序）") + "<p>企业评委：%s</p>" % s["others_named"][0] + table(out) +
                "<p>说明：学生按抽签号依次上灶，每批12人。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200:scales"
    if f == "weighted_term":   # six lesson marks, 平时, 考核, 总评 = 平时×40%+考核×60%, 等级
        out = [hdr(["序号", "学号", "姓名", "第1次", "第2次", "第3次", "第4次", "第5次", "第6次", "平时成绩", "考核成绩", "总评", "等级"], pad)]
        for k, n in enumerate(rec):
            marks = [rng.choice("✓✓✓✓✓○") for _ in range(6)]
            ps = 100 - 8 * marks.count("○") - rng.randint(0, 6)
            ks = rng.randint(64, 95)
            tot = int(ps * 0.4 + ks * 0.6 + 0.5)
            g = "优秀" if tot >= 90 else "良好" if tot >= 80 else "中等" if tot >= 70 else "及格"
            out.append(trow([str(k + 1), sid_of(s, n), n] + marks + [str(ps), str(ks), str(tot), g], pad))
        body = (head10(s, c, "学习任务考核成绩记载表") +
                "<p>说明：✓出勤并完成课堂任务，○缺勤或未完成；总评＝平时成绩×40%＋考核成绩×60%（四舍五入）；90分及以上优秀，80—89良好，70—79中等，60—69及格。</p>"
                + table(out) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "grade_beside":   # 姓名 before 学号, 等级 beside 总分
        parts = [("沟通评估", 20), ("转移协助", 30), ("防跌倒宣教", 30), ("照护记录", 20)]
        out = [hdr(["序号", "姓名", "学号"] + ["%s（%d分）" % p for p in parts] + ["总分", "等级"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            g = "A" if tot >= 85 else "B" if tot >= 75 else "C" if tot >= 60 else "D"
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), g], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>等级：A 85分及以上，B 75—84分，C 60—74分，D 60分以下。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "ranked_two_row":   # sorted by 总分, 名次, two-row head
        parts = [("数据读取", 20), ("热管理检查", 25), ("压差测量", 25), ("理论", 30)]
        rows = []
        for n in rec:
            v = part_scores(rng, parts, 0.55, 0.95)
            rows.append((sum(v), n, v))
        rows.sort(key=lambda x: -x[0])
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>名次</b>", ' align="center" rowspan="2"', pad), td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>学号</b>", ' align="center" rowspan="2"', pad), td("<b>实操考核（70分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>理论（30分）</b>", ' align="center" rowspan="2"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts[:3]], pad)]
        prev, rank = None, 0
        for k, (tot, n, v) in enumerate(rows):
            if tot != prev:
                rank = k + 1
            prev = tot
            out.append(trow([str(rank), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩排名表") + table(out) + "<p>本表按总分由高到低排列。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "corrected":   # scanned, some totals crossed out and corrected in red; the planted one not
        parts = [("识图", 15), ("接线", 25), ("编程", 25), ("调试", 25), ("6S", 10)]
        out = [hdr(["序号", "学号", "姓名"] + ["%s<br/>%d" % p for p in parts] + ["总分", "备注"], pad)]
        fix = set(rng.sample([k for k, n in enumerate(rec) if n not in bad], 4))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.92)
            tot = sum(v)
            if bad.get(n) == "sum":
                cell = str(tot + 6)
            elif k in fix:
                cell = '<span style="text-decoration:line-through">%d</span> %s' % (tot + rng.choice([-10, 10, -1, 9]), hand(str(tot), True, "#b8231a"))
            else:
                cell = str(tot)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [cell, hand("已核", True, "#b8231a") if k in fix else ""], pad))
        body = head10(s, c, "学习任务考核记录") + "<p>满分：识图15　接线25　编程25　调试25　6S 10　合计100</p>" + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "two_classes":   # this class, then the parallel class on the next page
        parts = [("现场勘察", 15), ("拓扑规划", 25), ("设备配置", 35), ("测试排障", 25)]

        def one(cls, names, sidf):
            out = [hdr(["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"], pad)]
            for k, n in enumerate(names):
                v = part_scores(rng, parts)
                out.append(trow([str(k + 1), sidf(k, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            return ('<p style="text-align:center"><b>学习任务考核记录表</b></p><p>%s　　班级：%s　　学习任务：%s</p>'
                    % (s["school"], cls, c["task"]) + table(out) + "<p>本班共%d人。</p>" % len(names) + sign)
        pc, pn, pp = s["parallel"]
        body = one(s["cls"], rec, lambda k, n: sid_of(s, n)) + PB + one(pc, s["parallel_class"], lambda k, n: pp + "%02d" % (k + 1))
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "group_blocks":   # per 小组 a head row with the shared 组评
        parts = [("工艺", 20), ("实操", 50)]
        out = [hdr(["序号", "学号", "姓名", "工艺(20)", "实操(50)", "组评(30)", "总分"], pad)]
        k = 0
        for gi in range(0, len(rec), 6):
            ge = rng.randint(21, 28)
            out.append('<tr><td colspan="7" style="border:0.75pt solid #000;padding:1px 6px;background:#e8e8e8">第%s组　组评 %d/30（本组成员共用）</td></tr>'
                       % ("一二三四五六七"[gi // 6], ge))
            for n in rec[gi:gi + 6]:
                k += 1
                v = part_scores(rng, parts, 0.6, 0.93)
                out.append(trow([str(k), sid_of(s, n), n, str(v[0]), str(v[1]), str(ge), str(sum(v) + ge)], pad))
        body = head10(s, c, "学习任务考核成绩表（小组评价）") + table(out) + "<p>总分＝工艺＋实操＋组评。</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300"
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
            if f == "ticket_typed":   # a kitchen ticket: 出品厨师
                parts.append('<h3>%s</h3>' % title + tbl([["台号", "江景厅%d号" % (3 + i), "出品时间", "11:%02d" % (20 + 7 * j)],
                                                          ["出品厨师", n, "班级", cl], ["划单", t[j % 2], "学号", sid]], width="86%") + "<p>%s</p>" % desc)
            elif f == "complaint_typed":   # service records naming the guest
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["记录人", n, "班级", cl], ["涉及客人", "%s（%d房）" % (s["others_named"][0], 1206 + 3 * i), "日期", day(s, 30 + i)],
                                  ["内容", (desc, ' colspan="3" align="left"')]], width="90%"))
            elif f == "transfer_typed":   # assessment sheets: 评估人 the student, the elder named
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["老人", s["others_named"][0], "床号", "2-%02d" % (5 + i)], ["评估人", n, "班级", cl],
                                  ["学号", sid, "复核", t[j % 2]], ["结论", (desc, ' colspan="3" align="left"')]], width="90%"))
            elif f == "report_typed":
                parts.append('<h3>%s</h3><p>检测员：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["项目", "测量值", "标准"], ["最大单体压差", "%d mV" % (22 + 3 * i + j), "≤50 mV"], ["加热器电阻", "%.1f Ω" % (9.6 + 0.1 * i), "9—11 Ω"]], width="80%") +
                             "<p>%s　　审核：%s</p>" % (desc, t[j % 2]))
            elif f == "io_typed":   # a drawing-style title block at the foot: 编制 / 审核 / 批准
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["地址", "名称", "说明"], ["I0.0", "SB1", "启动按钮"], ["I0.1", "SB2", "急停（常闭）"], ["Q0.0", "YV1", "主压下行阀"]], width="70%") +
                             "<p>%s</p><p>&nbsp;</p>" % desc +
                             tbl([["编制", n, "班级", cl, "图号", "DB-%02d-%d" % (i + 1, j + 1)], ["审核", t[j % 2], "批准", s["others_named"][0], "日期", day(s, 30 + i)]],
                                 width="80%"))
            elif f == "topology_typed":
                parts.append('<h3>%s</h3><p>制作人：%s（%s，学号%s）</p>' % (title, n, cl, sid) +
                             tbl([["网段", "用途", "网关"], ["192.168.10.0/24", "办公", "192.168.10.1"], ["192.168.20.0/24", "访客", "192.168.20.1"]], width="80%") +
                             "<p>%s　验收：%s</p>" % (desc, t[j % 2]))
            elif f == "inspect_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "摘锭传动轴", "图号", "ZD-20-%02d" % (1 + j)], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 3]],
                                  ["外圆", "φ20h7", "%.3f" % (19.990 - 0.002 * i), "合格"]], width="92%") + "<p>备注：%s</p>" % desc)
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
        if f == "cutmat_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_page":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "recipe_free":
            head = ["照护课后作业（%s）" % c["task"][:6], "> 学号：%s　姓名：%s　班级：%s" % (sid, n, cl)]
        elif f == "plain_photo":
            head = ["课后作业", "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "color_scan_hand":
            head = ["课后练习（液压与PLC）", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        elif f == "name_right":
            head = ["　　　　　　　　　　　　%s　%s　%s号" % (n, cl, sid[-2:]), "数控车削课后作业"]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"cutmat_photo": "x-photo:200:2:cutmat", "hand_page": "x-scan:200:4", "recipe_free": "x-scan:250:3",
            "plain_photo": "x-photo:200:1", "color_scan_hand": "x-scan:200:3:color", "exercise_book": "x-photo:200:1",
            "name_right": "x-scan:200:4"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    return "男" if bare(n)[1:] in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    pad = "1px 4px"
    if r == "uniform":   # a uniform issue list: sizes and signatures
        rows = [hdr(["序号", "学号", "姓名", "性别", "制服尺码", "鞋码", "领用签字"], pad)]
        for j, n in enumerate(k):
            m = sex_of(n) == "男"
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), ["M", "L", "XL"][j % 3] if m else ["S", "M"][j % 2],
                              str(41 + j % 4) if m else str(36 + j % 3), hand(n, True, BLACK, "10pt")], pad))
        body = ('<h2 style="text-align:center">%s学生名单（实训制服领用登记）</h2><p style="text-align:center">%s　2024年9月</p>' % (s["cls"], s["school"]) +
                table(rows, width="90%") + "<p>班主任：%s　　共%d人　　发放：后勤处</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "toolbox":   # a tool-box issue list
        rows = [hdr(["工具箱号", "学号", "姓名", "工具清单核对", "领用签字", "归还"], pad)]
        for j, n in enumerate(k):
            rows.append(trow(["XNY-%02d" % (j + 1), sid_of(s, n), n, "齐全" if j % 9 else "缺绝缘手套，已补", hand(n, True, BLACK, "10pt"), ""], pad))
        body = ('<h2 style="text-align:center">%s　实训工具箱领用名单</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="92%") + "<p>班主任：%s　　实训室管理员：%s　　合计%d人</p>" % (s["headteacher"], s["teachers"][1], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t学生名单（%s）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-twenty-fourth held-out people corpus (testdata/heldout124), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 124)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) + s.get("kazakh", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s.get("parallel"):
            s["parallel_class"] = draw_class(random.Random(s["seed"] * 31 + 5), s["parallel"][1], [], avoid + s["klass"], s["region"])
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
            "parallel_class": {s["parallel"][0]: s["parallel_class"]} if s.get("parallel") else {},
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
