#!/usr/bin/env python3
"""Write the sources of the held-out people corpus heldout119 (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 张家口
(Hebei), 辽源 (Jilin) and 双鸭山 (Heilongjiang).

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
# the truth files read for names, tasks and courses to avoid (heldout120, written at the same time, is not read)
EARLIER = sorted(d for d in os.listdir(os.path.join(HERE, "..")) if re.fullmatch(r"heldout\d*", d)
                 and d not in ("heldout119", "heldout120")) + ["othertools"]

# surnames by region, weighted (a name stands as often as its weight)
SURNAMES = {
    "zjk": "王8 李7 张7 刘6 赵4 杨3 郭3 武2 贾2 高2 崔2 白2 任2 康1 薛1 宋1 霍1 田1 乔1 闫1",
    "ly": "王8 李7 张7 刘6 于3 孙3 赵3 姜2 高2 金1 关1 富1 付2 徐2 韩2 宫1 隋1 房1",
    "sys": "王8 李7 张7 刘6 孙3 于3 赵3 曲2 姜2 宋2 邢1 董2 马2 吕1 修1 都1 栾1 战1",
}
SURNAMES = {k: [x[0] for x in v.split() for _ in range(int(x[1:]))] for k, v in SURNAMES.items()}
# given names: a new list, common names of northern students born around 2008
GIVEN2 = ("嘉怡 思彤 梓萱 一诺 奕辰 宇航 浩然 佳琪 芯蕊 子轩 欣然 诗琪 泽宇 家豪 博文 紫涵 若曦 昕玥 艺涵 俊宇 "
          "明轩 晨曦 佳怡 奕萱 宏宇 天乐 思远 梓晨 雨彤 可馨 佳宁 睿哲 子赫 鑫宇 嘉欣 铭轩 馨月 志鹏 晓彤 海洋 "
          "晨阳 奥运 佳乐 梦瑶 昊天 亚楠 浩博 诗涵 旭东 春雨 金鹏 雅琪 文博 婉婷 明哲 思雨 俊杰 欣怡 梓豪 雪晴 "
          "冠霖 振赫 梓骁 沐辰 书瑶 雨泽 锦鹏 佳蔚 凯文 鹤轩 婧怡 溪月 兆宁 承泽 翰林 景怡 馨予 焕然 诗蕊 国栋").split()
GIVEN1 = list("鑫磊爽娜帅丹悦")


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
        if os.path.isfile(p):
            with open(p, encoding="utf-8") as f:
                walk(json.load(f))
    return names, "\n".join(texts)


USED_BEFORE, EARLIER_TEXT = earlier_strings()
TAKEN = set()


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])
        for _ in range(60):   # redraw the given name only; the surname keeps its weight
            g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
            name = sur + g
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                break
        else:
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names



C = {
 "belt": dict(major="机电一体化技术", code="0127", course="物料输送设备电气控制与调试", task="冬奥场馆除雪机输送带变频调速系统安装与调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="张家口崇礼一家场馆运维公司的履带式除雪机输送带经常卡滞，电机启动冲击大。设备部请机电班学员按图纸更换变频器，连接主回路和控制回路，设置加减速时间和多段速参数，空载和带载调试后交付使用，并填写调试记录。",
   qs=[("问题1 为什么输送带要用变频器软启动？", ["直接启动电流是额定电流的五到七倍，冲击大，变频器按加速时间慢慢升频，皮带和减速机都不受冲击。", "启动电流小，冲击小。", "慢慢加速，保护皮带。"]),
       ("问题2 多段速参数怎样设置？", ["先把多功能端子设为多段速，再分别设定低速、中速、高速三个频率，由PLC输出组合选择。", "端子设多段速，再设频率。", "三个频率由PLC选。"])],
   hw=[("1. 变频器接线时为什么电源不能接到输出端？", ["电源接到U V W会直接烧坏逆变模块，所以R S T接电源，U V W接电机。", "会烧坏模块。", "RST进，UVW出。"]),
       ("2. 低温环境下调试要注意什么？", ["变频器柜内要加热除湿，润滑脂换成低温型，启动前先低速空转预热。", "柜内加热除湿。", "先低速预热。"])],
   outputs=[("变频器参数设置记录", "加速时间八秒，减速时间十秒。"), ("主回路与控制回路接线检查表", "接线二十六处，全部正确。"), ("带载调试记录", "三段速运行平稳。")]),
 "vlan": dict(major="计算机网络应用", code="0301", course="中小型企业网络组建与维护", task="长城文旅小镇游客中心有线与无线网络分区组建",
   hours=16, station="网络工程一体化学习工作站",
   situation="张家口一个长城文旅小镇新建了游客中心，里面有售票处、监控室、商铺和游客休息区。小镇运营公司请网络班学员按区域划分虚拟局域网，配置核心交换机和接入交换机，部署无线接入，完成连通性测试和文档交付。",
   qs=[("问题1 为什么要把售票处和游客网络分开？", ["售票处有收费系统，游客网络人多设备杂，分开后游客设备不能访问收费系统，安全。", "保护收费系统。", "游客不能访问售票处。"]),
       ("问题2 干道链路为什么要允许多个VLAN通过？", ["接入交换机上有多个区域的端口，上联口要把各区域的数据都带到核心交换机。", "上联要带多个区域的数据。", "干道要放行多个VLAN。"])],
   hw=[("1. 怎样测试不同VLAN之间是否隔离？", ["在两个VLAN各接一台电脑互相ping，设置了访问控制后应不通。", "互相ping。", "应该ping不通。"]),
       ("2. 交付文档要包含哪些内容？", ["拓扑图、IP地址规划表、设备配置备份和测试记录。", "拓扑图和地址表。", "配置备份、测试记录。"])],
   outputs=[("游客中心网络拓扑与IP规划表", "划分五个VLAN。"), ("交换机配置清单", "核心交换机配置三层接口五个。"), ("连通性测试记录", "测试二十四个点位，全部通过。")]),
 "heat": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车热管理系统检修", task="纯电动公交车冬季电池加热系统故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="辽源的冬季早晨气温常在零下二十度以下，公交公司一台纯电动公交车早发车时充电很慢，仪表提示电池温度低、加热故障。维修车间主任请新能源班学员做好高压防护，读取故障码，检查加热膜、加热继电器和温度传感器，排除故障后做加热功能验证。",
   qs=[("问题1 电池温度低时为什么充电慢？", ["低温下电池内阻变大，锂离子活性低，管理系统会限制充电电流，防止析锂。", "低温时限制电流。", "防止析锂。"]),
       ("问题2 怎样判断加热膜是否断路？", ["断开高压、验电后，用万用表测加热膜两端电阻，阻值无穷大就是断路。", "测电阻，无穷大就是断路。", "先断电验电再测。"])],
   hw=[("1. 温度传感器常用什么类型？", ["负温度系数热敏电阻，温度越低电阻越大。", "NTC热敏电阻。", "温度低电阻大。"]),
       ("2. 加热功能验证要记录哪些数据？", ["加热前后的电芯最低温度、加热时间和加热电流。", "加热前后温度。", "加热时间和电流。"])],
   outputs=[("故障码与数据流记录", "故障码P1A3A，电池最低温度零下十九度。"), ("加热回路检测记录", "二号加热膜电阻无穷大。"), ("加热功能验证记录", "四十分钟升温至五度。")]),
 "room": dict(major="饭店(酒店)服务", code="0504", course="客房服务与管理", task="滑雪季度假酒店客房开夜床与VIP客房布置服务",
   hours=14, station="客房服务一体化学习工作站",
   situation="辽源一家温泉滑雪度假酒店在雪季迎来一批滑雪团队和几位VIP客人。客房部经理请酒店班学员按酒店标准完成晚间开夜床服务，按VIP接待单布置欢迎水果、鲜花和欢迎卡，检查房间设施，并做好服务记录和交接。",
   qs=[("问题1 开夜床时床罩和被角怎样处理？", ["撤下床罩叠好放入柜中，把靠近床头柜一侧的被角向外折成三十度角，拍松枕头。", "撤床罩，折被角。", "被角折三十度。"]),
       ("问题2 VIP客房布置前要先核对什么？", ["核对接待单上的客人姓名、房号、到店时间和特殊要求，比如过敏和忌口。", "核对姓名和房号。", "问清过敏和忌口。"])],
   hw=[("1. 客人在房间时能不能开夜床？", ["先敲门询问，客人同意才进入，客人不需要就在记录上注明。", "要征得客人同意。", "不需要就注明。"]),
       ("2. 滑雪客人的房间要额外准备什么？", ["雪具放置架、烘鞋器和防干燥的加湿器。", "烘鞋器。", "加湿器和雪具架。"])],
   outputs=[("开夜床服务记录", "完成开夜床十二间。"), ("VIP客房布置检查表", "欢迎卡、水果、鲜花齐全。"), ("客房交接班记录", "两间客人要求免打扰。")]),
 "stroke": dict(major="健康与社会照护", code="0529", course="老年人康复照护", task="养老院脑卒中后老人上下肢功能训练辅助照护",
   hours=14, station="康复照护一体化学习工作站",
   situation="双鸭山一家养老院里有几位脑卒中后的老人，一侧手脚活动不便，康复师制定了训练计划。护理部请照护班学员在康复师指导下协助老人做关节活动、坐站转移和步行训练，观察老人的反应，做好训练记录，并和家属沟通居家练习方法。",
   qs=[("问题1 协助坐站转移时照护员站在哪一侧？", ["站在老人患侧，用膝盖抵住患侧膝盖，防止膝关节打软摔倒。", "站在患侧。", "膝盖抵住老人患膝。"]),
       ("问题2 训练中出现哪些情况要立即停止？", ["老人头晕、胸闷、面色苍白、出冷汗或者疼痛加重时，要停止训练并报告。", "头晕胸闷就停止。", "报告康复师。"])],
   hw=[("1. 关节活动训练为什么要缓慢进行？", ["动作快容易拉伤，缓慢进行老人能配合，也能观察疼痛反应。", "防止拉伤。", "便于观察反应。"]),
       ("2. 怎样教家属在家陪老人练习？", ["示范一遍，请家属做一遍，纠正动作，再给一张图解卡片。", "先示范后练习。", "给图解卡片。"])],
   outputs=[("关节活动训练记录", "每日两次，每次二十分钟。"), ("坐站转移训练记录", "可独立坐起，站立需扶持。"), ("家属沟通记录", "家属学会辅助步行。")]),
 "coal": dict(major="计算机动画制作", code="0306", course="三维动画场景与特效制作", task="煤矿安全培训动画井下巷道场景建模与瓦斯报警特效制作",
   hours=18, station="动画制作一体化学习工作站",
   situation="双鸭山一家煤业公司要给新入职矿工做安全培训，委托学校动画工作室制作一段井下巷道的三维动画，要演示瓦斯浓度超限时报警灯闪烁、人员撤离的过程。项目组长请动画班学员完成巷道场景建模、材质和灯光设置，制作报警灯光特效和烟雾粒子，渲染输出片段。",
   qs=[("问题1 巷道场景建模为什么要先搭简模？", ["先用简单几何体确定巷道尺寸、支护和设备的位置，镜头确认后再细化，避免返工。", "先定位置再细化。", "避免返工。"]),
       ("问题2 报警灯闪烁怎样制作？", ["给灯光强度和自发光材质设置关键帧，做成循环曲线，每秒闪烁两次。", "强度设关键帧循环。", "自发光材质闪烁。"])],
   hw=[("1. 井下场景的灯光为什么要偏暗？", ["真实巷道只有矿灯和巷道灯照明，偏暗才真实，也能突出报警灯。", "符合真实环境。", "突出报警灯。"]),
       ("2. 烟雾粒子渲染太慢怎么办？", ["减少粒子数量，降低采样，分层渲染后再合成。", "减少粒子数量。", "分层渲染合成。"])],
   outputs=[("巷道场景模型截图与说明", "巷道长六十米，拱形支护。"), ("报警灯光特效说明", "红色灯光每秒闪烁两次。"), ("渲染输出记录", "输出一千二百帧。")]),
 "ginseng": dict(major="中药", code="1301", course="中药材鉴定与养护", task="北药园区刺五加与五味子药材性状鉴别与仓储养护",
   hours=16, station="中药鉴定一体化学习工作站",
   situation="双鸭山的一个北药种植园区新收了一批刺五加和五味子，合作药企要求入库前做性状鉴别并按规范养护。质量部请中药班学员观察药材的形、色、气、味，对照标准判断真伪优劣，测定含水量，制定仓储养护方案，并做好入库验收记录。",
   qs=[("问题1 五味子的性状鉴别要点是什么？", ["呈不规则球形，表面红色或暗红色，皱缩有油性，果肉味酸，种子破碎后有香气，味辛微苦。", "红色皱缩，味酸。", "种子有香气。"]),
       ("问题2 为什么五味子入库前要测含水量？", ["含水量高容易发霉和泛油，超过标准要先干燥再入库。", "防止发霉泛油。", "超标要先干燥。"])],
   hw=[("1. 刺五加药材怎样区分根和根茎？", ["根茎结节状不规则，有芽痕；根圆柱形，有细纵皱纹。", "根茎有芽痕。", "根有纵皱纹。"]),
       ("2. 仓库养护要定期检查什么？", ["温度、湿度、有无虫蛀、霉变和泛油，做好记录。", "温湿度。", "虫蛀霉变。"])],
   outputs=[("药材性状鉴别记录", "五味子色泽暗红，质量合格。"), ("含水量测定记录", "刺五加含水量百分之九点六。"), ("入库验收与养护方案", "阴凉库存放，每周检查一次。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="张家口市桑洋技工学校", pack="dir", region="zjk", course="belt", cls="机电2401班", size=40, seed=11,
         sidp="24130127", students=["武泽川", "贾欣蕾", "霍子赫"], others_named=["乔振垣"],
         teachers=["白建勋", "薛丽君"], form_count="机电2401班（共40名学生）",
         f8="spot_card", f10="weighted", f11="param_typed", f12="hand_scan", findings=[],
         comment="clean. Item 10 (TYPED, landscape) is a WEIGHTED register: 过程考核 three parts (of 100) -> 过程得分, 结果考核 three "
                 "parts (of 100) -> 结果得分, 总评 = 过程×40% + 结果×60% (one decimal), the rule written under the table; 40 rows = "
                 "form. Item 8 (scanned 200 gray, glitter): a 设备点检卡 at the top with the student as 点检人 and the company's "
                 "master 乔振垣 as 企业师傅. No roster"),
    dict(school="张家口市桑洋技工学校", pack="dir", region="zjk", course="vlan", cls="网络2402班", size=38, seed=12,
         sidp="24130302", students=["崔思远", "任佳宁", "高梦芊"], items={12: ["崔思远", "任佳宁"]},
         extra_class=["康旭东"], bad={"康旭东": "over"}, others_named=["闫素琴"],
         teachers=["郭建华", "田卫平"], form_count="38人",
         f8="head_box", f10="letter_cols", f11="topo_typed", f12="photo_cling",
         findings=[("records.invalid_score", 10, False, "康旭东"), ("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="Item 10 (TYPED) has LETTER-CODED score columns A B C D with the legend (A 网络勘测(20) B 设备配置(40) C 测试验收(30) "
                 "D 文档(10)) UNDER the table; 康旭东 has 46 under B (max 40), 总分 the sum: records.invalid_score. Item 12 (phone "
                 "photos under cling film) holds only 崔思远 and 任佳宁 (高梦芊's is missing): students.count; mismatch optional. "
                 "Item 11: typed documents with 验收方 闫素琴 (the operator's staff). No roster"),
    dict(school="辽源市鹿乡技工学校", pack="gbkzip", region="ly", course="heat", cls="新能源2401班", size=42, seed=21,
         sidp="2422043501", students=["宫雨彤", "隋皓宸", "付铭轩"], extra_class=["房佳怡"], absent_from_10=["房佳怡"],
         teachers=["姜永胜", "于春荣"], form_count="42", roster="info", headteacher="徐淑华",
         f8="plain_line", f10="corrected", f11="fault_typed", f12="photo",
         findings=[("records.missing_student", 10, False, "房佳怡"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学生基本信息表 with 生源地 and 寝室, 42) and the form (`学生人数（人） | 42`) hold 房佳怡; item 10 "
                 "(scanned 250 gray) has 41 rows and none for her: records.missing_student and records.count_mismatch. Item 10 has "
                 "hand corrections (a struck-out score with the new one in red beside it, the 总分 from the new one; legal)"),
    dict(school="辽源市鹿乡技工学校", pack="gbkzip", region="ly", course="room", cls="酒店2401班", size=36, seed=22,
         sidp="2422050401", students=["金思彤", "韩诗雯", "于晓萌"], outsiders={"于晓萌": "酒店2402班"}, out_sidp="2422050402",
         extra_class=["关可歆"], bad={"关可歆": "sum"}, others_named=["朴顺姬"],
         teachers=["孙艳芬", "刘长春"], form_count="36",
         f8="guest_card", f10="name_last", f11="room_typed", f12="photo_cling",
         findings=[("students.not_in_class", 8, True, "于晓萌"), ("records.invalid_score", 10, False, "关可歆")],
         comment="于晓萌 of the parallel class 酒店2402班 (her class and 学号 on her pages) is the third student; item 10 (36 = form) "
                 "has none for her: students.not_in_class (1-bit 8, typed 11, photographed 12). Item 10 (scanned 250 gray) puts the "
                 "NAME IN THE LAST COLUMN (学号 first, then the parts, 总分, 等级, 姓名); 关可歆's 总分 is 9 above the sum: "
                 "records.invalid_score. Item 8: a VIP 服务卡 naming the guest 朴顺姬, the student only as 服务员签名 at the right. No roster"),
    dict(school="双鸭山市挠力河技工学校", pack="zip", region="sys", course="stroke", cls="照护2401班", size=38, seed=31,
         sidp="24230529", students=["曲佳蔚", "栾奕辰", "战雅琪"], others_named=["董桂芳", "邢福山"],
         teachers=["吕秀英", "宋晓东"], form_count="三十八人", roster="mentor", headteacher="马淑娴",
         mentors=["隋桂珍", "都凤霞", "栾玉洁", "修春玲", "宫淑敏"], f8="handover", f10="bonus", f11="train_typed", f12="hand_scan", findings=[],
         comment="clean. Item 10 (scanned 200 gray) has a 加分 column explained on the page (技能竞赛/志愿服务, at most 5), 总分 = parts + "
                 "加分, capped at 100 (`总分超过100分的按100分计`): rows with 100 where parts+加分 exceed it are legal. The roster "
                 "(38) lists each student's 实习小组 and the home's 带教 (not teachers of the form). Item 8: a 照护交接班记录 naming "
                 "the old people 董桂芳 and 邢福山. Form `三十八人`"),
    dict(school="双鸭山市挠力河技工学校", pack="zip", region="sys", course="coal", cls="动画2402班", size=40, seed=32,
         sidp="24230306", students=["都子轩", "修嘉欣", "姜俊驰"], items={8: ["都子轩", "修嘉欣", "宋紫嫣"]},
         extra_class=["宋紫嫣", "董明哲"], bad={"董明哲": "sum"},
         teachers=["王立国", "张艳秋"], form_count="40人",
         f8="slate", f10="footnote_max", f11="render_typed", f12="photo",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "董明哲")],
         comment="item 8 (scanned 200 gray, glitter): a 分镜头脚本 sheet with a film-slate title box (片名 | 镜头号 | 分镜师 <hand> | 班级 | 学号); "
                 "it holds 都子轩, 修嘉欣 and classmate 宋紫嫣 (with an item-10 record) instead of 姜俊驰 (11 and 12 hold the three): "
                 "students.mismatch. Item 10 (scanned 250 gray): no maxima in the head, they stand in a line UNDER the table; "
                 "董明哲's 总分 is 8 above the sum: records.invalid_score"),
    dict(school="双鸭山市挠力河技工学校", pack="zip", region="sys", course="ginseng", cls="中药2401班", size=40, seed=33,
         sidp="24231301", students=["吕晨阳", "马亚茹", "孙婉菁"], items={11: ["吕晨阳", "马亚茹"]},
         teachers=["赵凤芝", "李德全"], form_count="40人", second_class=("中药2402班", 35),
         f8="plain_colon", f10="two_classes", f11="herb_typed", f12="photo",
         findings=[("records.count_mismatch", 10, False), ("students.count", 11, False)],
         optional=[("students.mismatch", 11, True)],
         comment="Item 10 (TYPED) is a 合班 register: the 中药2401班 table (39 rows) and under it the 中药2402班 table (35 rows, the "
                 "course taught to both); the form says `40人` for 中药2401班: records.count_mismatch (no roster; 39 ≠ 40; the whole "
                 "page lists 74). Item 11 (TYPED) holds only 吕晨阳 and 马亚茹: students.count; mismatch optional"),
]

PROVINCE = {1: "河北省张家口市", 2: "吉林省辽源市", 3: "黑龙江省双鸭山市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 张家口: "成果8-工作页.pdf"
        return "成果%d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 辽源: "【8】工作页.pdf"
        return "【%d】%s.pdf" % (n, NAMES[n])
    return "%s_%02d_%s.pdf" % (s["cls"], n, NAMES[n])   # 双鸭山: "照护2401班_08_工作页.pdf"


def form_name(s, c):
    return {1: ("%s优质课堂申报书.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书（%s）.pdf" % s["cls"], "pdf"),
            3: ("工学一体化优质课堂项目申报书-%s.docx" % c["task"][:8], "docx")}[grp(s)]

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




# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 张家口: class and size in one cell, 共N名学生 in brackets
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["form_count"] if "班" in s["form_count"] else "%s（%s）" % (s["cls"], s["form_count"])),
                ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 辽源: 学生人数（人） | a bare number; two pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("学生人数（人）", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    else:   # 双鸭山: the size in Chinese numerals or with 人
        rows = [("专业名称及代码", "%s　%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d学时" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织，教师全程巡视指导，最后各组汇报成果，进行自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务取自{prov}合作企业的真实工作，学生的专业能力和职业素养都有提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=4 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程为{major}专业一体化课程，结合{prov}企业岗位需求转化而成。\n二、学习任务安排\n本学期开设“{task}”，{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析——{task}\n一、任务来源与描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}教学活动策划\n活动一　接受任务，收集信息\n活动二　制定计划，做出决策\n活动三　实施任务，过程控制\n活动四　检查验收，评价反馈",
    4: "{school}\n{course}教学进度计划（{hours}学时）\n第一周　接受任务\n第二周　制定计划并审核\n第三周　实施任务\n第四周　检查验收与评价总结",
    5: "{school}\n{task}教学活动方案\n第一学时　创设情境，布置任务\n第二至四学时　引导问题学习\n其余学时　分组实施、巡回指导、成果展示与评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业标准、微课、{station}设备和耗材清单。",
    7: "{school}\n{station}图文说明\n工作站设资讯区、计划区、实施区和评价展示区四个功能区。",
    9: "{school}\n{task}考核方案\n考核分过程考核与结果考核，成绩由任课教师记入学习任务考核记录。",
}


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "09"
    if n in s.get("klass2", []):
        return s["sidp"][:-1] + "2" + "%02d" % (s["klass2"].index(n) + 1)
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
        if f == "spot_card":   # a printed 设备点检卡: the student as 点检人, the company's master
            card = tbl([[("<b>设备日常点检卡</b>　编号 DJ-%03d" % (214 + i), ' colspan="6"')],
                        ["设备名称", "履带式除雪机输送带", "点检日期", hand(day(s, i)[5:], True), "班次", "早班"],
                        ["点检人", hand(n, True), "企业师傅", hand(s["others_named"][0], True, BLACK), "学号", hand(sid, True)]],
                       width="100%", pad="3px 4px")
            body = card + title + '<p>班级：%s　　指导教师：%s</p>' % (cl, "、".join(t)) + sit + answers(c, rng, i) + comment
        elif f == "head_box":   # bordered head 姓名 | 学号 | 班级
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":
            head = '<p>班级＿%s＿　姓名＿%s＿　学号＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "guest_card":   # a VIP service card naming the guest; the student only signs at the right
            card = tbl([[("<b>VIP客房服务卡</b>", ' colspan="4"')],
                        ["宾客姓名", s["others_named"][0] + "（韩国，滑雪团领队）", "房　号", "%d" % (1206 + 2 * i)],
                        ["到店时间", "1月%d日 16:30" % (9 + i), "特殊要求", "对花粉过敏，不放鲜花"]], width="100%", pad="3px 4px")
            sign = ('<table width="100%%"><tr><td width="45%%"></td><td>服务员签名：%s<br/>班级：%s　学号：%s</td></tr></table>'
                    % (hand(n), hand(cl, True), hand(sid, True)))
            body = title + card + sit + answers(c, rng, i) + sign + comment
        elif f == "handover":   # a 照护交接班记录: old people named; the student as 交班人
            rec = tbl([[("<b>照护交接班记录</b>　%s" % day(s, i), ' colspan="4"')],
                       ["床号", "老人姓名", "情况", "处理"],
                       ["3-1", s["others_named"][0], "左侧肢体无力，训练后诉乏力", "休息半小时，血压128/80"],
                       ["3-2", s["others_named"][1], "步行训练十分钟，无不适", "继续观察"],
                       [("交班人：%s　　学号：%s　　班级：%s" % (hand(n, True), hand(sid, True), hand(cl, True)), ' colspan="4" align="left"')]],
                      width="100%", pad="3px 4px")
            body = title + rec + sit + answers(c, rng, i) + comment
        elif f == "slate":   # a film-slate title box: 片名 | 镜头号 | 分镜师
            slate = ('<table style="border-collapse:collapse;background:#222;color:#fff" width="100%%"><tr>%s</tr><tr>%s</tr></table>'
                     % ("".join('<td style="border:1pt solid #fff;padding:3px 5px">%s</td>' % x for x in ["片名：井下安全", "镜头号：S%02d" % (3 + i), "日期：%s" % day(s, i)[5:]]),
                        "".join('<td style="border:1pt solid #fff;padding:3px 5px;background:#fff;color:#000">%s</td>' % x
                                for x in ["分镜师：" + hand(n, True), "班级：" + hand(cl, True), "学号：" + hand(sid, True)])))
            body = slate + title + sit + answers(c, rng, i) + comment
        elif f == "plain_colon":
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"spot_card": "x-scanpdf:200:glitter", "head_box": "x-scanpdf:250:color", "plain_line": "x-scanpdf:200",
            "guest_card": "x-scanpdf:200:mono", "handover": "x-scanpdf:250", "slate": "x-scanpdf:200:glitter",
            "plain_colon": "x-scanpdf:200:color"}[f]
    return "08.html", html(PB.join(pages), font="Noto Serif CJK SC"), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title, cls=None):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], cls or s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def grade(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "weighted":   # 过程得分 and 结果得分 each of 100, 总评 weighted 40/60
        pp = [("出勤纪律", 20), ("工作页", 40), ("安全规范", 40)]
        rp = [("接线质量", 40), ("参数设置", 30), ("调试运行", 30)]
        h1 = "<tr>%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad) + td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                      td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                      td("<b>过程考核（权重40%）</b>", ' align="center" colspan="4"', pad),
                                      td("<b>结果考核（权重60%）</b>", ' align="center" colspan="4"', pad),
                                      td("<b>总评</b>", ' align="center" rowspan="2"', pad))
        h2 = trow(["<b>%s<br/>%d</b>" % p for p in pp] + ["<b>过程得分</b>"] + ["<b>%s<br/>%d</b>" % p for p in rp] + ["<b>结果得分</b>"], pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            a, b = part_scores(rng, pp, 0.7, 0.98), part_scores(rng, rp, 0.6, 0.97)
            tot = round(sum(a) * 0.4 + sum(b) * 0.6, 1)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in a] + [str(sum(a))] + [str(x) for x in b] + [str(sum(b)), "%.1f" % tot], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) +
                "<p>说明：过程得分、结果得分均为百分制，总评＝过程得分×40%＋结果得分×60%，保留一位小数。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="size:A4 landscape;margin:1.0cm 1.2cm"), "pdf"
    if f == "letter_cols":   # letter-coded columns, the legend under the table
        parts = [("网络勘测", 20), ("设备配置", 40), ("测试验收", 30), ("文档", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["No.", "姓名", "学号", "A", "B", "C", "D", "合计", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 46
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = (head10(s, c, "学习任务评分表") + table(out) +
                "<p>评分项目：A　网络勘测（20分）　B　设备配置（40分）　C　测试验收（30分）　D　交付文档（10分）；合计100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "corrected":   # two-row head with maxima in row 2; a few scores corrected by hand
        parts = [("安全防护", 10), ("故障诊断", 40), ("维修作业", 30), ("验证记录", 20)]
        h1 = "<tr>%s%s</tr>" % ("".join(td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ["序号", "姓名", "学号"]),
                                "".join(td("<b>%s</b>" % p, ' align="center"', pad) for p, _ in parts) + td("<b>总分</b>", ' align="center"', pad))
        h2 = trow(["<b>%d分</b>" % m for _, m in parts] + ["<b>100分</b>"], pad)
        out = [h1, h2]
        fix = {5: 1, 17: 2, 30: 1}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            if k in fix:
                j = fix[k]
                cells[j] = '<s>%d</s> %s' % (v[j] - 4, hand(str(v[j]), True, "#c0251a", "10pt"))
            out.append(trow([str(k + 1), n, sid_of(s, n)] + cells + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>（更正处已由考核教师签名确认）</p>" + sign
        return "10.html", html(body, "8.5pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:250"
    if f == "name_last":   # 学号 first, parts, 总分, 等级, the name in the last column
        parts = [("开夜床", 40), ("VIP布置", 30), ("设施检查", 15), ("服务记录", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["学号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级", "姓名"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
            out.append(trow([sid_of(s, n)] + [str(x) for x in v] + [str(tot), grade(tot), n], pad))
        body = head10(s, c, "学习任务考核成绩单") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250"
    if f == "bonus":   # a 加分 column, explained; the 总分 capped at 100
        parts = [("关节训练", 30), ("转移训练", 30), ("步行辅助", 20), ("沟通记录", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["加分", "总分", "加分事由"]], pad)]
        reasons = {3: (5, "市级技能竞赛二等奖"), 11: (3, "养老院志愿服务"), 19: (5, "市级技能竞赛三等奖"), 27: (2, "志愿服务")}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.66, 0.97)
            if k in (3, 19):
                v = [29, 29, 19, 19]
            b, why = reasons.get(k, (0, ""))
            tot = min(100, sum(v) + b)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(tot), why], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：加分项为技能竞赛获奖、志愿服务等，每人最多加5分；总分＝各项得分＋加分，总分超过100分的按100分计。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200"
    if f == "footnote_max":   # no maxima in the head; they stand under the table
        parts = ["场景建模", "材质灯光", "特效制作", "渲染输出"]
        mx = [35, 20, 30, 15]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + parts + ["总成绩"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, list(zip(parts, mx)))
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核登记表") + table(out) +
                "<p>各项满分：场景建模35分，材质灯光20分，特效制作30分，渲染输出15分；总成绩为各项之和。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250"
    if f == "two_classes":   # 合班: the declared class's table, then the parallel class's
        parts = [("性状鉴别", 40), ("含水量测定", 20), ("养护方案", 25), ("职业素养", 15)]
        hd = trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)
        body = ('<p style="text-align:center"><b>学习任务考核记录（合班授课）</b></p><p>%s　　课程：%s　　学习任务：%s</p><p>授课班级：%s、%s　　考核日期：%s</p>'
                % (s["school"], c["course"], c["task"], s["cls"], s["second_class"][0], day(s, 11)))
        for cl, names in ((s["cls"], rec), (s["second_class"][0], s["klass2"])):
            out = [hd]
            for k, n in enumerate(names):
                v = part_scores(rng, parts)
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            body += "<p><b>%s（%d人）</b></p>" % (cl, len(names)) + table(out)
        body += sign
        return "10.html", html(body, "8.5pt", font="Noto Serif CJK SC", compact=True), "pdf"
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
            if f == "param_typed":
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　企业师傅：%s</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["参数", "设定值", "实测", "结论"], ["加速时间", "8 s", "8 s", "合格"], ["高速频率", "50 Hz", "%.1f Hz" % (49.8 + 0.1 * j), "合格"]], width="80%") +
                             "<p>%s</p>" % desc)
            elif f == "topo_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["项目组成员", "%s（%s）" % (n, cl), "交付日期", day(s, 30 + i)], ["验收方", "%s（游客中心信息员）" % s["others_named"][0], "审核", t[j % 2]],
                                  ["VLAN", "区域", "网段", "说明"], ["10", "售票处", "192.168.10.0/24", "隔离"], ["40", "游客", "192.168.40.0/22", "限速"]], width="92%") +
                             "<p>%s</p>" % desc)
            elif f == "fault_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["维修人", n, "班级", cl], ["车号", "吉D·%05d" % (10231 + i), "日期", day(s, 30 + i)],
                                                          ["项目", "标准", "实测", "结论"], ["加热膜电阻", "8~12 Ω", ["∞", "10.6 Ω", "10.4 Ω"][j], ["断路", "正常", "正常"][j]]],
                                                         width="90%") + "<p>%s　审核：%s</p>" % (desc, t[j % 2]))
            elif f == "room_typed":
                parts.append('<h3>%s</h3><p>服务员：%s（%s）　　领班：%s　　%s</p>' % (title, n, cl, t[1], day(s, 30 + i)) +
                             tbl([["房号", "服务内容", "完成时间", "备注"], ["%d" % (1206 + 2 * i), "开夜床", "19:%02d" % (10 + 5 * j), ""],
                                  ["%d" % (1208 + 2 * i), "VIP布置", "15:%02d" % (20 + 5 * j), "宾客：%s" % s["others_named"][0]]], width="86%") +
                             "<p>%s</p>" % desc)
            elif f == "train_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["训练对象", s["others_named"][j % 2], "床号", "3-%d" % (1 + j % 2)], ["协助照护员", "%s（%s）" % (n, cl), "康复师", t[1]],
                                                          ["日期", "项目", "时长", "反应"], [day(s, 30 + i)[5:], "关节活动", "20分钟", "无不适"]], width="90%") +
                             "<p>%s</p>" % desc)
            elif f == "render_typed":
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">制作：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["文件", "帧数", "分辨率", "说明"], ["S%02d_%s.mov" % (3 + j, sid_of(s, n)[-2:]), str(400 + 20 * j), "1920×1080", desc]], width="90%"))
            elif f == "herb_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["鉴定人", n, "班级", cl], ["药材", ["五味子", "刺五加", "五味子、刺五加"][j], "批号", "BY2410%02d" % (11 + i)],
                                                          ["项目", "标准", "结果", "结论"], ["水分", "≤16.0%", "%.1f%%" % (9.6 + 0.2 * i + 0.3 * j), "合格"]], width="88%") +
                             "<p>%s　复核：%s</p>" % (desc, t[j % 2]))
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
        if f == "hand_scan":
            head = ["课后作业　%s" % c["course"], "班级：%s　姓名：%s" % (cl, n)]
        elif f == "photo_cling":
            head = ["%s　课后练习" % c["task"][:8], "> 学号：%s　姓名：%s　%s" % (sid, n, cl)]
        else:
            head = ["课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        lines += head + [""] + qa + end
    meth = {"hand_scan": "x-scan:200:3" if grp(s) == 1 else "x-scan:250:4:color", "photo_cling": "x-photo:200:2:cling",
            "photo": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

COUNTY = {"ly": ["龙山区", "西安区", "东丰县", "东辽县"], "sys": ["尖山区", "宝清县", "集贤县", "友谊县"]}


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "info":   # 学生基本信息表: 生源地 and 寝室 (landscape)
        rows = [["序号", "学号", "姓名", "性别", "出生年月", "生源地", "寝室", "备注"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "男", "女"]), "2008.%02d" % rr.randint(1, 12),
                         "辽源市" + rr.choice(COUNTY["ly"]), "%d-%d" % (rr.choice([3, 4]), 101 + j // 6), {0: "班长", 11: "团支书"}.get(j, "")])
        body = ('<h2 style="text-align:center">%s学生基本信息表</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="100%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="size:A4 landscape;margin:1.0cm 1.2cm"))
        man.append("roster.html\t%s学生基本信息表.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "mentor":   # each student's 实习小组 and the home's 带教
        mentors = s["mentors"]
        rows = [["序号", "学号", "姓名", "实习小组", "实习单位带教"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, "第%s组" % "一二三四五"[j * 5 // len(k)], mentors[j * 5 // len(k)]])
        body = ('<h2 style="text-align:center">%s学生名单（跟岗实习分组）</h2>' % s["cls"] + tbl(rows, width="86%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　合计：%d人　　实习单位：双鸭山市某养老院</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return list(mentors)
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
    truth = {"comment": "Held-out people corpus heldout119, the format of testdata/heldout28/truth.json. Findings of the "
                        "students.*/records.* rules a correct tool must report; 'optional' ones may be reported or not. "
                        "any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", []) + s.get("mentors", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad:
        raise SystemExit("stand in an earlier corpus: %s" % " ".join(bad))
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"], s["school"], s["school"][3:-4]):
            if w in EARLIER_TEXT:
                raise SystemExit("%s was used by an earlier corpus" % w)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
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
        rng = random.Random(s["seed"] * 7919 + 119)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s.get("second_class"):
            s["klass2"] = draw_class(rng, s["second_class"][1], [], avoid + s["klass"], s["region"])
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        if s["course"] == "ginseng":   # 39 records against the form's 40: the last-drawn student has none
            rec = rec[:-1]
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
        for i in (8, 11, 12):
            for n in items[i]:
                assert n in rec or n in out, (n, i)
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
        mentors = roster(s, d, man)
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
        fct = {1: "授课班级 | %s", 2: "学生人数（人） | %s", 3: "班级人数 | %s"}[grp(s)] % (
            s["form_count"] if grp(s) != 1 or "班" in s["form_count"] else "%s（%s）" % (s["cls"], s["form_count"]))
        size = {"三十八人": 38}.get(s["form_count"]) or int(re.search(r"\d+", s["form_count"].replace(s["cls"], "")).group())
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": size, "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec + s.get("klass2", []), "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "parallel_class_in_item10": {s["second_class"][0]: s["klass2"]} if s.get("klass2") else {},
            "others_named": s.get("others_named", []) + mentors,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
