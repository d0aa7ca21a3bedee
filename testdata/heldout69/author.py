#!/usr/bin/env python3
"""Write the sources of the sixty-ninth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 诸暨
(Zhejiang, 绍兴), 孝义 (Shanxi, 吕梁) and 伊春 (Heilongjiang).

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
# the truth files read for names, tasks and courses to avoid (heldout70 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 69)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 诸暨 (陈 王 杨 何 赵 周 蒋 and the local 郦 斯 宣 骆 寿 楼 边 章),
# 孝义 (晋中/吕梁 families: 张 王 李 郭 梁 武 任 贾 田 霍 薛 温 阎 冀), 伊春 (Shandong settlers of the forest
# districts: 王 李 张 刘 孙 于 赵 杨 宋 曲 姜 鲍 隋 丛)
SURNAMES = {
    "zj": list("陈陈陈陈王王王杨杨何何赵赵周周蒋蒋吴吴黄俞冯钱金章孟楼骆宣郦斯寿边"),
    "xy": list("张张张张王王王王李李李郭郭郭梁梁武武任任贾贾田霍薛温韩侯阎冀段成"),
    "yc": list("王王王王李李李李张张张张刘刘刘孙孙于于赵赵杨宋曲姜马徐高鲍隋丛"),
}
# given names: a new list, names taken from classical phrases (思齐, 致远, 怀瑾 …) and plants of the old poems
MALE = set(("思齐 致远 明德 知行 弘毅 怀瑾 若愚 修齐 慎行 笃行 敏学 博约 崇文 尚德 守正 致和 正则 安澜 嘉树 乐山 知微 "
            "抱朴 观澜 怀远 慕白 逸之 长风 云帆 凌云 允升 恒泰 履安 既明 端方 谦和 敬之 仁杰 义方 智渊 信诚 修文 习之 "
            "北辰 西岭 书言 墨池 鹤鸣 鹿鸣 鸿渐 鹏举 骥远 驰远 航远 行远 致宁 朗清 晏清 河清 海晏 时安 景行 子衿 青山 "
            "立言 鸣谦 宗岳 远山 启元 文渊 季常 伯远 承志 思危 见贤 贤齐 仲勋 振声 谦 恪 慎 睿").split())
GIVEN2 = ("思齐 致远 明德 知行 弘毅 怀瑾 若愚 清和 景明 惠风 嘉言 修齐 慎行 笃行 敏学 博约 崇文 尚德 守正 致和 "
          "正则 安澜 静姝 婉兮 采薇 子衿 淑慎 宜修 嘉树 乐山 知微 抱朴 观澜 望舒 若水 怀远 慕白 逸之 长风 云帆 "
          "凌云 允升 恒泰 履安 既明 未央 昭华 令仪 端方 谦和 敬之 仁杰 义方 智渊 信诚 修文 习之 时雨 知秋 冬青 "
          "南乔 北辰 东篱 西岭 芷兰 杜若 佩兰 沅芷 辛夷 紫苏 芸香 书言 墨池 砚秋 琴心 诗语 画屏 鹤鸣 鹿鸣 鸿渐 "
          "鹏举 骥远 驰远 航远 行远 致宁 安若 静好 如初 怡宁 和畅 朗清 明澈 晏如 晏清 河清 海晏 时安 岁宁 景行 "
          "青山 立言 鸣谦 宗岳 远山 启元 文渊 季常 伯远 承志 思危 见贤 贤齐 仲勋 振声 蕙心 兰因 素心 清嘉 芳菲 "
          "月华 雪霁 晴岚 映雪 听荷 采芩 若兰 宛丘 静言 淑君 婉清 蔓草 湘君 云岫").split()
GIVEN1 = list("谦恪慎睿瑾瑜珏璇")


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
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for _ in range(400):
            name = sur + (rng.choice(GIVEN1) if rng.random() < 0.08 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "pearl": dict(major="电子商务", code="0603", course="短视频与直播电商运营", task="山下湖淡水珍珠饰品短视频带货与店铺上新",
   hours=16, station="电商短视频运营一体化学习工作站",
   situation="诸暨山下湖是全国有名的淡水珍珠集散地。一家珍珠养殖场开了网店，想把新设计的珍珠耳钉和项链卖给年轻顾客。养殖场负责人请电商班学员分析同类商品，拍摄三条三十秒以内的短视频，撰写商品标题和详情文案，完成店铺上新，并跟踪一周的播放和成交数据。",
   qs=[("问题1 短视频的前三秒为什么最重要？", ["观众三秒内决定划走还是看下去，要在开头直接给出珍珠的光泽特写或价格亮点。", "三秒内决定看不看。", "开头给光泽特写。"]),
       ("问题2 淡水珍珠的商品标题要包含哪些词？", ["品类、材质、规格、风格和使用场景，例如“淡水珍珠耳钉 7-8mm 简约 通勤送礼”。", "品类、材质、规格。", "写上送礼场景。"])],
   hw=[("1. 怎样在视频里表现珍珠的光泽？", ["用侧逆光拍摄，背景选深色绒布，镜头慢慢推近，让珍珠表面的晕彩显出来。", "侧逆光，深色背景。", "慢慢推近。"]),
       ("2. 上新后第一周要看哪些数据？", ["播放量、完播率、商品点击率和转化率，哪个环节低就改哪个环节。", "完播率和点击率。", "哪个低改哪个。"])],
   outputs=[("短视频分镜脚本", "三十秒，七个镜头。"), ("商品详情文案", "突出产地直供和证书。")]),
 "sockpack": dict(major="机电一体化技术", code="0127", course="包装机械气动与计数控制装调", task="袜业车间自动打包机气动推送与PLC计数控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="诸暨大唐一家袜厂的包装车间要把人工装袋改为自动打包，每满十二双推送一次、封袋一次。厂里设备科请机电班学员按图纸连接推送气缸和封口气缸的气路，完成PLC的输入输出接线，编写计数与推送程序，调试节拍并填写调试记录，最后交车间验收。",
   qs=[("问题1 推送气缸为什么要装单向节流阀？", ["调节气缸伸出和缩回的速度，推送太快袜子会散落，太慢又赶不上节拍。", "调节气缸速度。", "太快袜子散落。"]),
       ("问题2 计数用的光电传感器应装在哪里？", ["装在输送带末端推送位置前面，每过一双袜子信号变化一次，PLC计数加一。", "输送带末端。", "过一双计一次。"])],
   hw=[("1. 气路连接完成后先做什么检查？", ["先不通电，手动打开气源，听有无漏气，用肥皂水检查接头，再手动操作电磁阀试动作。", "检查漏气。", "手动试动作。"]),
       ("2. 计数满十二后程序要做哪些事？", ["输出推送信号，推送到位后复位计数器，再启动封口气缸。", "推送并复位计数器。", "启动封口。"])],
   outputs=[("打包机调试记录", "节拍每包十一秒。"), ("PLC输入输出分配表", "输入八点，输出六点。")]),
 "slowcharge": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车充电系统检修", task="纯电动出租车交流慢充无法充电故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="孝义一位出租车司机反映，他的纯电动出租车晚上插上小区的交流充电桩后，仪表显示充电连接，但几分钟后就停止充电。维修站请新能源班学员接车问诊，检查充电枪和充电口，测量CC和CP信号，读取车载充电机的故障码，找出故障并排除，填写检测报告。",
   qs=[("问题1 CC信号和CP信号分别有什么作用？", ["CC用来确认充电枪已经插好并判断线缆容量，CP用来在充电桩和车辆之间传递充电允许和电流大小。", "CC确认连接，CP传递允许。", "CP告诉电流大小。"]),
       ("问题2 测量充电口之前要做哪些安全准备？", ["断开充电枪，关闭点火开关，戴绝缘手套，用万用表确认充电口无电压。", "戴绝缘手套。", "确认无电压。"])],
   hw=[("1. 充电几分钟后停止，可能有哪些原因？", ["CP信号占空比异常、车载充电机过温保护、充电口温度传感器故障或接触不良。", "CP信号异常。", "充电口温度传感器故障。"]),
       ("2. 检测报告要写哪些内容？", ["车辆信息、故障现象、检测步骤和数据、故障原因、维修措施和复检结果。", "检测数据和故障原因。", "维修措施和复检。"])],
   outputs=[("慢充故障检测报告", "充电口温度传感器插头虚接。"), ("维修后充电复检记录", "连续充电两小时正常。")]),
 "swallow": dict(major="健康与社会照护", code="0529", course="老年人饮食照护", task="社区老年助餐点吞咽障碍老人进食协助与呛咳观察",
   hours=16, station="老年照护一体化学习工作站",
   situation="孝义一个社区老年助餐点每天中午为六十多位老人供餐，其中有几位老人吞咽困难，吃饭时常常呛咳。助餐点负责人请照护班学员先用洼田饮水试验评估老人的吞咽功能，再按评估结果调整食物的稠度，协助老人采取正确的进食体位，观察并记录进食情况。",
   qs=[("问题1 洼田饮水试验怎样做？", ["老人端坐，喝下三十毫升温水，观察喝完所用的时间和有没有呛咳，按结果分为五级。", "喝三十毫升温水，看呛咳。", "分五级。"]),
       ("问题2 吞咽障碍的老人进食时应采取什么体位？", ["坐直或床头抬高六十度以上，头稍向前屈，进食后保持这个体位三十分钟。", "坐直，头稍前屈。", "饭后保持半小时。"])],
   hw=[("1. 为什么要给吞咽困难的老人调稠食物？", ["稀的液体流得快，老人来不及控制容易呛进气管，稠一点流得慢，更安全。", "稀的容易呛。", "稠一点更安全。"]),
       ("2. 老人进食时发生呛咳怎么办？", ["立即停止喂食，让老人身体前倾，轻拍背部，观察面色和呼吸，严重时呼叫急救。", "停止喂食，拍背。", "观察呼吸。"])],
   outputs=[("洼田饮水试验记录", "评估为三级。"), ("进食观察记录", "一周呛咳次数明显减少。")]),
 "turndown": dict(major="饭店(酒店)服务", code="0504", course="康养酒店客房夜间服务", task="森林康养酒店客房开夜床服务与宾客遗留物品处理",
   hours=14, station="客房服务一体化学习工作站",
   situation="伊春一家森林康养酒店夏季入住率很高，很多宾客是来避暑的老年人。客房部经理请酒店班学员按酒店标准为住客开夜床，补充客用品，写一张晚安卡放在枕边；宾客退房后查房时发现遗留物品，要按规程登记、保管并联系宾客。",
   qs=[("问题1 开夜床时要做哪些事？", ["拉好窗帘，开床头灯，把被子折角，放好拖鞋和晚安卡，清理垃圾，补充饮用水。", "折角，放拖鞋和晚安卡。", "拉窗帘，开床头灯。"]),
       ("问题2 发现宾客遗留物品后怎样处理？", ["当面不打开，两人在场登记物品名称和数量，交客房中心保管，并尽快联系宾客。", "两人在场登记。", "交客房中心保管。"])],
   hw=[("1. 为老年宾客开夜床要多注意什么？", ["在床边放防滑拖鞋，留一盏夜灯，把遥控器和呼叫电话放在手边。", "防滑拖鞋和夜灯。", "呼叫电话放手边。"]),
       ("2. 晚安卡上可以写些什么？", ["问候语、第二天的天气和早餐时间，提醒山里早晚凉，落款写服务员的名字。", "天气和早餐时间。", "提醒早晚凉。"])],
   outputs=[("晚安卡", "写给入住的宾客。"), ("宾客遗留物品登记表", "登记后交客房中心。")]),
 "forestcam": dict(major="计算机网络应用", code="0301", course="无线网络与安防监控系统部署", task="林场管护站视频监控网络与无线网桥部署",
   hours=18, station="网络综合布线一体化学习工作站",
   situation="伊春一个林场的管护站离场部有四公里，防火季要把瞭望塔上的摄像头画面实时传回场部。林场请网络班学员勘察现场，规划IP地址，安装并对准一对无线网桥，配置交换机和网络硬盘录像机，测试画面的延迟和丢包，完成验收资料。",
   qs=[("问题1 无线网桥为什么要架高并对准？", ["网桥之间要没有树木遮挡，天线中心对准，信号强度才够，传输才稳定。", "避开树木遮挡。", "对准信号才强。"]),
       ("问题2 为什么摄像头要用固定IP？", ["录像机按IP地址找摄像头，地址变了就连不上，所以要规划好并固定。", "录像机按IP找摄像头。", "地址变了连不上。"])],
   hw=[("1. 网桥信号弱可能有哪些原因？", ["距离太远、中间有遮挡、天线没有对准、信道受干扰。", "有遮挡或没对准。", "信道干扰。"]),
       ("2. 验收时要测试哪些项目？", ["画面是否流畅、延迟和丢包率、录像能否回放、断电重启后能否自动恢复。", "延迟和丢包。", "录像回放。"])],
   outputs=[("IP地址规划表", "管护站网段192.168.20.0/24。"), ("网桥链路测试记录", "丢包率为零。")]),
 "wujia": dict(major="中药", code="1301", course="中药饮片验收与养护", task="北五味子与刺五加饮片验收与斗谱装斗",
   hours=16, station="中药调剂一体化学习工作站",
   situation="伊春的山林出产北五味子和刺五加。一家中医诊所新进了一批饮片，药房负责人请中药班学员按标准验收这批饮片，核对品名、产地、批号和性状，抽检水分，合格的按斗谱装进药斗，编排新的斗谱图，并填写验收记录。",
   qs=[("问题1 北五味子的性状有什么特点？", ["呈不规则的球形，表面红色或紫红色，皱缩，显油润，果肉柔软，味酸。", "紫红色，皱缩油润。", "味酸。"]),
       ("问题2 编排斗谱时要注意什么？", ["常用药放在中间好拿的位置，相反相畏的药不放在一起，形状相似容易混的药分开放。", "常用药放中间。", "相似的药分开。"])],
   hw=[("1. 饮片验收要核对哪些内容？", ["品名、规格、产地、批号、数量和包装，再看性状，必要时抽检水分。", "品名、产地、批号。", "看性状。"]),
       ("2. 刺五加饮片怎样保存？", ["放在阴凉干燥处，防潮防霉，定期检查，先进先出。", "阴凉干燥处。", "先进先出。"])],
   outputs=[("饮片验收记录", "抽检水分合格。"), ("斗谱编排图", "共四十九个药斗。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="诸暨市浣纱技工学校", pack="dir", region="zj", course="pearl", cls="电商2402班", size=39, seed=11,
         sidp="24060302", students=["斯婉兮", "楼慕白", "陈沅芷"], others_named=["骆长根", "钱秀娥"],
         teachers=["宣建平", "俞美华"], roster="card", headteacher="章丽娟",
         f8="header_table", f10="cond_color", f11="video_typed", f12="name_line_photo",
         findings=[],
         comment="clean. The roster is a 校园一卡通办理名单 (序号 学号 姓名 性别 卡号 领卡签字, the name signed again by hand in "
                 "the last column), 39 = form (`男<m>人，女<f>人，共39人`, the total last) = item 10. Item 10 (colour scan 200) is a "
                 "printout of a spreadsheet with conditional formatting (总分 ≥ 90 green, < 60 red, a legend under the table); "
                 "every total is the sum. The pearl farm's head 骆长根 (供货方) and a customer 钱秀娥 (售后) named in item 11."),
    dict(school="诸暨市浣纱技工学校", pack="dir", region="zj", course="sockpack", cls="机电2401班", size=41, seed=12,
         sidp="24012701", students=["周鹏举", "寿静言", "蒋云岫"], items={12: ["周鹏举", "寿静言"]},
         extra_class=["边行远"], bad={"边行远": "over"}, others_named=["何永福"],
         teachers=["蒋国良", "郦立新"],
         f8="plain_line", f10="peifen_landscape", f11="debug_typed", f12="carton_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "边行远")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos of sheets lying on a corrugated carton) holds the homework of only TWO students, 周鹏举 "
                 "and 寿静言 (蒋云岫's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. "
                 "Item 10 (TYPED, a landscape page, a `配分` row under the head) gives 边行远 29 under 气路连接 whose 配分 is 25 "
                 "(总分 the sum): records.invalid_score. Item 8 (scanned 250 gray): plain `班级 学号 姓名` line; the sheets "
                 "were singed at one lower corner. The factory's 设备科 head 何永福 signs as 验收人 in item 11. No roster"),
    dict(school="孝义市胜溪湖技工学校", pack="gbkzip", region="xy", course="slowcharge", cls="新能源2401班", size=37, seed=21,
         sidp="24043501", students=["郭致远", "梁若兰", "武见贤"], extra_class=["霍知秋"], absent_from_10=["霍知秋"],
         others_named=["冀占武"], teachers=["贾海平", "任晓燕"], roster="by_sex", headteacher="阎淑萍",
         f8="blank_line", f10="three_sheets", f11="report_typed", f12="color_scan_hand",
         findings=[("records.missing_student", 10, False, "霍知秋"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 分班名单 notice in running text: 男生（n人）: names … 女生（n人）: names, no table, no 学号) and "
                 "the form (`37名`) hold 霍知秋; item 10 (TYPED) is THREE sheets, one per part (表一 理论测试, 表二 实操考核, "
                 "表三 总评汇总), each listing 36 students, none for 霍知秋: records.missing_student and records.count_mismatch. "
                 "The taxi driver 冀占武 (送修人) named on item 11"),
    dict(school="孝义市胜溪湖技工学校", pack="gbkzip", region="xy", course="swallow", cls="照护2402班", size=40, seed=22,
         sidp="24052902", students=["薛素心", "温晏如", "李清嘉"], outsiders={"李清嘉": "照护2401班"}, out_sidp="24052901",
         others_named=["温秀梅", "田福贵"], teachers=["韩爱萍", "张建英"],
         f8="number_stamp", f10="weighted", f11="watian_typed", f12="plain_carton",
         findings=[("students.not_in_class", 8, True, "李清嘉")],
         comment="李清嘉 of the parallel class 照护2401班 (her class and 学号 2405290114 on her worksheet, typed records and "
                 "homework) is the third student of 8/11/12; item 10 (40 rows = form `40`) has no record of her: "
                 "students.not_in_class. Item 8 (colour scan 200): the 学号 printed by a numbering stamp (号码机, violet "
                 "digits) at the top right, the name by hand. Item 10 (scanned 250 gray) is WEIGHTED: 理论(100)×30% + "
                 "实操(100)×70% = 总评 with one decimal, explained under the head (legal). Item 11: 洼田饮水试验记录 naming "
                 "the old people 温秀梅 and 田福贵 (not students). No roster"),
    dict(school="伊春市林都技工学校", pack="zip", region="yc", course="turndown", cls="酒店2401班", size=36, seed=31,
         sidp="24050401", students=["隋采薇", "丛若水", "姜北辰"], others_named=["尹春芳", "鲍玉琴", "邵立国"],
         teachers=["曲红梅", "于长海"],
         f8="turndown_sheet", f10="judges", f11="card_typed", f12="letter_paper",
         findings=[],
         comment="clean. Form `酒店2401班全体学生（36人）` = 36 rows. Item 10 (TYPED): three judges' marks out of 100 and "
                 "最终成绩 = their mean with one decimal (the rule stated; no sum). Item 8 (scanned 200 gray): a 开夜床服务工作单 "
                 "with the student as 服务员 in the head table and the floor supervisor 鲍玉琴 as 领班. Item 11 (typed): a "
                 "晚安卡 to the guest 尹春芳 signed by the student, and a 遗留物品登记表 naming the guest 邵立国 as 失主 and "
                 "鲍玉琴 as 经手人. Item 12: homework on the school's letter paper (信纸), photographed on a carton"),
    dict(school="伊春市林都技工学校", pack="zip", region="yc", course="forestcam", cls="网络2402班", size=38, seed=32,
         sidp="24030102", students=["宋鸿渐", "孙听荷", "刘启元"], items={11: ["宋鸿渐", "孙听荷", "鲍映雪"]},
         extra_class=["鲍映雪", "曲伯远"], bad={"曲伯远": "sum"}, others_named=["丛德海"],
         teachers=["高振林", "姜雪梅"],
         f8="two_row_box", f10="grade_beside", f11="ip_typed", f12="exercise_book",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "曲伯远")],
         comment="item 11 (TYPED: an IP地址规划表 and a 网桥链路测试记录 a student, `规划人`/`测试人`) holds the works of 宋鸿渐, "
                 "孙听荷 and classmate 鲍映雪 (with an item-10 record) instead of 刘启元's (items 8 and 12 hold the three): "
                 "students.mismatch. Item 10 (colour scan 250, the sheet singed at a lower corner) has 总分 and 等级; 曲伯远's "
                 "总分 is 10 above the sum of his parts: records.invalid_score. The station head 丛德海 signs item 8 as 验收"),
    dict(school="伊春市林都技工学校", pack="zip", region="yc", course="wujia", cls="中药2401班", size=40, seed=33,
         sidp="24130101", students=["赵蕙心", "于砚秋", "马宗岳"], items={8: ["赵蕙心", "于砚秋", "马宗岳", "徐湘君"]},
         extra_class=["徐湘君", "杨季常", "王振声"], absent_from_10=["杨季常"], bad={"王振声": "over"},
         others_named=["姜福顺"], teachers=["孙立华", "李淑琴"], 
         f8="fax_line", f10="max_row", f11="doupu_typed", f12="hand_gray",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False),
                   ("records.invalid_score", 10, False, "王振声")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (1-bit 200 dpi) holds FOUR worksheets: the three and classmate 徐湘君 (with an item-10 record): "
                 "students.count on 8; students.mismatch optional. Item 10 (scanned 250 gray, a `满分` row under the head) "
                 "lists 39; the form says `中药2401班，在籍学生40人`: records.count_mismatch (杨季常 has no record; no roster). "
                 "王振声 has 34 under 性状鉴别 whose 满分 is 30 (总分 the sum): records.invalid_score. Item 11 (typed): a 斗谱 "
                 "grid of 49 drawers of herb names (刺五加, 五味子, 黄芪 …) with `编排人`, and the supplier's driver 姜福顺"),
]

PROVINCE = {1: "浙江省诸暨市", 2: "山西省孝义市", 3: "黑龙江省伊春市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 诸暨: "浣纱技校_8_工作页.pdf" (the school first)
        return "浣纱技校_%d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 孝义: "8 工作页.pdf"
        return "%d %s.pdf" % (n, NAMES[n])
    return "%s（成果%d）.pdf" % (NAMES[n], n)   # 伊春: "工作页（成果8）.pdf"


def form_name(s, c):
    return {1: ("%s-优质课堂申报书.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书（%s）.pdf" % c["task"], "pdf"),
            3: ("工学一体化优质课堂项目申报书（%s）.docx" % s["cls"], "docx")}[grp(s)]


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


def sex_of(n):
    g = n[1:]
    return "男" if g in MALE else "女"


# ------------------------------------------------------------------ the form

def count_value(s):
    k = s["klass"]
    m = sum(1 for n in k if sex_of(n) == "男")
    f = len(k) - m
    return {11: "男%d人，女%d人，共%d人" % (m, f, len(k)),
            12: "%d人（男%d人，女%d人）" % (len(k), m, f),
            21: "%d名" % len(k),
            22: "%d" % len(k),
            31: "%s全体学生（%d人）" % (s["cls"], len(k)),
            32: "%s，%d名学生" % (s["cls"], len(k)),
            33: "%s，在籍学生%d人" % (s["cls"], len(k))}[s["seed"]]


def form_count_text(s):
    g = grp(s)
    return {1: "学生数 | ", 2: "学生人数 | ", 3: "授课对象 | "}[g] + count_value(s)


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 诸暨: 学生数 with the sexes
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生数", count_value(s)), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 孝义: four columns, two label/value pairs a row
        rows = [("专业名称", c["major"], "专业编码", c["code"]), ("课程名称", c["course"], "学时", "%d" % c["hours"]),
                ("学习任务", (c["task"], ' align="left" colspan="3"')), ("授课班级", s["cls"], "学生人数", count_value(s)),
                ("授课地点", (c["station"], ' align="left" colspan="3"'))]
        info = tbl([list(r) for r in rows], width="96%", pad=P)
    else:   # 伊春: class and size in one 授课对象 cell
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", count_value(s)), ("学时", "%d" % c["hours"]), ("授课地点", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>课堂按“获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈”六个步骤组织。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
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
        return s["out_sidp"] + "14"
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
        if f == "header_table":   # a bordered head row 姓名 | 学号 | 班级 | 直播分组
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "分组", hand("第%s组" % "一二三四五"[i % 5], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级 学号 姓名 line
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 姓名：＿ 班级：＿ 学号：＿
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "number_stamp":   # the 学号 printed by a numbering stamp (号码机) top right, the name by hand
            stamp = ('<p style="text-align:right"><span style="font-family:\'DejaVu Sans Mono\';color:#5b2a86;font-size:15pt;'
                     'letter-spacing:2pt">№ %s</span></p>' % sid)
            head = '<p>班级：%s　　　姓名：%s</p>' % (hand(cl, True), hand(n))
            body = stamp + title + head + sit + answers(c, rng, i) + comment
        elif f == "turndown_sheet":   # a turndown service sheet; the student only as 服务员 in the head table
            head = tbl([["日期", hand(day(s, i)[5:], True), "楼层", hand("%d楼" % (3 + i), True), "服务员", hand(n, True)],
                        ["班级", hand(cl, True), "学号", hand(sid, True), "领班", hand(s["others_named"][1], True, BLACK)]],
                       width="100%", pad="4px 4px")
            rooms = tbl([["房号", "住客人数", "开床", "补充用品", "晚安卡", "备注"]] +
                        [[hand(str(300 + 100 * i + r), True), hand(str(1 + r % 2), True), hand("√", True), hand("√", True), hand("√", True),
                          hand(["", "宾客要求加枕", "", "请勿打扰"][r % 4], True)] for r in range(1, 5)], width="100%", pad="2px 4px")
            body = ('<h3 style="text-align:center">%s<br/>开夜床服务工作单（学习工作页）</h3>' % c["task"] + head +
                    "<p><b>【任务情境】</b>%s</p>" % c["situation"][:70] + "……" + rooms + answers(c, rng, i) + comment)
        elif f == "two_row_box":   # a two-row head box: 姓名 学号 / 班级 日期, the station head signs
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="80%", pad="4px 6px")
            body = (title + head + sit + answers(c, rng, i) +
                    '<p>现场验收：管护站站长 %s</p>' % hand(s["others_named"][0], True, BLACK) + comment)
        elif f == "fax_line":   # 姓名＿ 学号＿ 班级＿ by hand
            head = '<p>姓名＿%s＿　学号＿%s＿　班级＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = title + head + "<p>实训日期：%s</p>" % day(s, i) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"header_table": "x-scanpdf:200:color", "plain_line": "x-scanpdf:250:scorch", "blank_line": "x-scanpdf:200",
            "number_stamp": "x-scanpdf:200:color", "turndown_sheet": "x-scanpdf:200", "two_row_box": "x-scanpdf:250",
            "fax_line": "x-scanpdf:200:mono"}[f]
    font = {"header_table": "Noto Sans CJK SC", "turndown_sheet": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "cond_color":   # a spreadsheet printout with conditional formatting of the 总分
        parts = [("选品分析", 20), ("脚本撰写", 25), ("拍摄剪辑", 30), ("上新发布", 25)]
        out = [trow(['<b>%s</b>' % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.5, 0.99)
            tot = sum(v)
            bg = "#b9e4b0" if tot >= 90 else "#f4b6b0" if tot < 60 else None
            cells = [td(x, ' align="center"', pad) for x in [str(k + 1), sid_of(s, n), n] + [str(x) for x in v]]
            cells.append(td(str(tot), ' align="center" bgcolor="%s"' % bg if bg else ' align="center"', pad))
            out.append("<tr>%s</tr>" % "".join(cells))
        legend = ('<p>注：总分列按条件格式着色，<span style="background:#b9e4b0">绿色</span>为90分及以上，'
                  '<span style="background:#f4b6b0">红色</span>为60分以下，不及格学生另行安排补考。</p>')
        body = head10(s, c, "学习任务考核成绩表") + table(out) + legend + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:color"
    if f == "peifen_landscape":   # a landscape page; a 配分 row under the head
        parts = [("气路连接", 25), ("PLC接线", 20), ("程序编写", 25), ("联机调试", 20), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "备注"]], pad),
               trow(["", "", "<b>配分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>", ""], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 29
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), ""], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="size:29.7cm 21cm;margin:0.8cm 1.2cm"), "pdf"
    if f == "three_sheets":   # one sheet per part, each listing the whole class, then the summary sheet
        rows = []
        for n in rec:
            a = int(round(100 * rng.uniform(0.55, 0.97)))
            b = int(round(100 * rng.uniform(0.6, 0.97)))
            rows.append((n, a, b))
        sheets = []
        p1 = [trow(["<b>序号</b>", "<b>学号</b>", "<b>姓名</b>", "<b>理论测试成绩（满分100）</b>"], pad)]
        p2 = [trow(["<b>序号</b>", "<b>学号</b>", "<b>姓名</b>", "<b>实操考核成绩（满分100）</b>"], pad)]
        p3 = [trow(["<b>序号</b>", "<b>学号</b>", "<b>姓名</b>", "<b>理论×40%</b>", "<b>实操×60%</b>", "<b>总评</b>"], pad)]
        for k, (n, a, b) in enumerate(rows):
            p1.append(trow([str(k + 1), sid_of(s, n), n, str(a)], pad))
            p2.append(trow([str(k + 1), sid_of(s, n), n, str(b)], pad))
            x, y = round(a * 0.4, 1), round(b * 0.6, 1)
            p3.append(trow([str(k + 1), sid_of(s, n), n, "%.1f" % x, "%.1f" % y, "%.1f" % round(x + y, 1)], pad))
        sheets.append(head10(s, c, "表一　理论测试成绩") + table(p1, "70%") + "<p>阅卷：%s</p>" % t[0])
        sheets.append(head10(s, c, "表二　实操考核成绩") + table(p2, "70%") + "<p>考评：%s、%s</p>" % (t[0], t[1]))
        sheets.append(head10(s, c, "表三　学习任务考核总评汇总") + table(p3, "90%") +
                      "<p>说明：总评＝理论测试成绩×40%＋实操考核成绩×60%，保留一位小数。</p>" + sign)
        return "10.html", html(PB.join(sheets), "9pt", compact=True), "pdf"
    if f == "weighted":   # raw marks out of 100 and a weighted 总评 with one decimal
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "理论测试<br/>（满分100，占30%）", "实操考核<br/>（满分100，占70%）", "总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            a = int(round(100 * rng.uniform(0.58, 0.97)))
            b = int(round(100 * rng.uniform(0.62, 0.97)))
            tot = round(a * 0.3 + b * 0.7, 1)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), "%.1f" % tot, grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") +
                "<p>计分办法：总评＝理论测试×30%＋实操考核×70%，保留一位小数；90分及以上为优，80—89为良，70—79为中，60—69为及格。</p>" +
                table(out) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "judges":   # three judges' marks, the final mark their mean
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "评委一", "评委二", "评委三", "最终成绩"]], pad)]
        for k, n in enumerate(rec):
            base = rng.uniform(66, 94)
            v = [max(50, min(99, int(round(base + rng.uniform(-4, 4))))) for _ in range(3)]
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + ["%.1f" % round(sum(v) / 3.0, 1)], pad))
        body = (head10(s, c, "学习任务考核（技能展示）评分汇总表") +
                "<p>评分办法：三位评委按评分标准各自独立打分（满分100分），最终成绩取三位评委打分的平均值，保留一位小数。</p>" +
                table(out) + "<p>评委：%s、%s、客房部经理（企业评委）　　记分：%s</p>" % (t[0], t[1], t[1]))
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "grade_beside":   # 总分 and 等级 side by side
        parts = [("现场勘察", 15), ("地址规划", 15), ("网桥安装对准", 30), ("设备配置", 25), ("测试验收", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            tot = sum(v) + (10 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:color:scorch"
    if f == "max_row":   # a 满分 row under the head
        parts = [("性状鉴别", 30), ("水分检查", 15), ("验收记录", 20), ("斗谱装斗", 25), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 34
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

HERBS = ("黄芪 党参 当归 白术 茯苓 甘草 陈皮 半夏 川芎 白芍 熟地 生地 麦冬 天冬 五味子 刺五加 枸杞子 山药 "
         "黄精 玉竹 百合 桔梗 杏仁 桑叶 菊花 金银花 连翘 板蓝根 防风 荆芥 柴胡 葛根 升麻 黄芩 黄连 黄柏 "
         "丹参 红花 桃仁 牛膝 杜仲 续断 酸枣仁 远志 龙骨 牡蛎 砂仁 木香 厚朴").split()


def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    o = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "video_typed":   # 编导/出镜 and the farm as 供货方; a customer in the after-sales line
                if j == 0:
                    parts.append('<h3>%s（作品%d）</h3><p>编导/出镜：%s（%s）　　供货方：山下湖珍珠养殖场（负责人：%s）</p>' % (title, i + 1, n, cl, o[0]) +
                                 tbl([["镜号", "画面", "时长", "字幕"], ["1", "珍珠耳钉光泽特写", "3秒", "产地直供"], ["2", "佩戴效果", "5秒", "通勤百搭"],
                                      ["3", "证书展示", "4秒", "每颗可溯源"]], width="90%") + "<p>%s　审核：%s</p>" % (desc, t[j % 2]))
                else:
                    parts.append('<h3>%s</h3><p>撰写：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                                 "<p>标题：淡水珍珠耳钉 7-8mm 简约 通勤送礼。详情：%s</p>" % desc +
                                 "<p>售后跟踪：顾客%s反映包装盒压痕，已补发新盒。</p>" % o[1])
            elif f == "debug_typed":   # 调试人 and the factory's 验收人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["设备", "自动打包机（推送、封口）", "调试日期", day(s, 30 + i)], ["调试人", "%s（%s）" % (n, cl), "指导教师", t[j % 2]],
                                  ["项目", desc, "验收人", "%s（设备科）" % o[0]]], width="92%") +
                             "<p>学号：%s</p>" % sid)
            elif f == "report_typed":   # 检测人 and the taxi driver as 送修人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车辆", "纯电动出租车", "送修人", o[0]], ["检测人", n, "班级", cl],
                                  ["CP占空比", "%d%%" % (26 + i), "CC电阻", "%d Ω" % (680 + 3 * i)], ["结论", desc, "复核", t[j % 2]]], width="92%"))
            elif f == "watian_typed":   # 洼田饮水试验记录: the old person, 评估人 the student
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["老人姓名", o[j % 2], "年龄", str(78 + i + j)], ["饮水量", "30 mL温水", "饮完用时", "%d秒" % (6 + 2 * i + j)],
                                  ["呛咳情况", ["分两次喝完，无呛咳", "一次喝完，有呛咳", "分两次以上喝完，有呛咳"][(i + j) % 3], "分级", ["二级", "三级", "四级"][(i + j) % 3]],
                                  ["评估人", n, "复核", t[j % 2]]], width="90%") + "<p>班级：%s　　%s　备注：%s</p>" % (cl, day(s, 30 + i), desc))
            elif f == "card_typed":   # a hand-written goodnight card to the guest; a lost-property register
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 '<table style="border-collapse:collapse" width="80%%"><tr><td style="border:1.5pt solid #6d8f5a;padding:14px">%s</td></tr></table>' % (
                                     "<p>%s</p>" % hand("尊敬的%s女士：" % o[0]) +
                                     "<p>%s</p>" % hand("晚上好！明天林区多云，早晚较凉，出门请添件外衣。早餐时间为六点半至九点，在一楼松涛厅。祝您好梦！") +
                                     '<p style="text-align:right">%s</p>' % hand("客房服务员　%s　敬上" % n)) +
                                 "<p>班级：%s　　学号：%s</p>" % (cl, sid))
                else:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["日期", day(s, 30 + i)[5:], "房号", str(506 + i)], ["物品", ["老花镜一副", "保温杯一个", "手机充电器一个"][i % 3], "拾获人", n],
                                      ["失主", "%s（已退房）" % o[2], "经手人", "%s（领班）" % o[1]], ["处理", "交客房中心保管，已电话联系宾客", "班级", cl]], width="92%"))
            elif f == "ip_typed":   # 规划人 / 测试人
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3><p>规划人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                                 tbl([["设备", "位置", "IP地址", "网关"], ["网桥（主）", "场部楼顶", "192.168.20.2", "192.168.20.1"],
                                      ["网桥（从）", "瞭望塔", "192.168.20.3", "192.168.20.1"], ["摄像头1", "瞭望塔东侧", "192.168.20.%d" % (11 + i), "192.168.20.1"],
                                      ["录像机", "场部机房", "192.168.20.100", "192.168.20.1"]], width="92%") + "<p>备注：%s</p>" % desc)
                else:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["测试人", "%s（%s）" % (n, cl), "日期", day(s, 30 + i)], ["信号强度", "-%d dBm" % (55 + i), "延迟", "%d ms" % (3 + i)],
                                      ["丢包率", "0%", "复核", t[j % 2]]], width="92%") + "<p>结论：%s</p>" % desc)
            elif f == "doupu_typed":   # a drawer chart (斗谱): a 7x7 grid of herb names, the student as 编排人
                if j == 1:
                    rr = random.Random(s["seed"] * 100 + i)
                    hs = HERBS[:]
                    rr.shuffle(hs)
                    grid = [[hs[(r * 7 + k) % len(hs)] for k in range(7)] for r in range(7)]
                    parts.append('<h3 style="text-align:center">%s</h3><p>编排人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                                 tbl(grid, width="92%", pad="8px 4px") + "<p>说明：%s常用药居中，相畏药分开。　审核：%s</p>" % (desc, t[i % 2]))
                else:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["品名", "北五味子", "刺五加"], ["产地", "伊春", "伊春"], ["批号", "2409%02d" % (11 + i), "2409%02d" % (21 + i)],
                                      ["性状", "合格", "合格"], ["水分", "%.1f%%" % (9.6 + 0.3 * i), "%.1f%%" % (8.9 + 0.2 * i)]], width="80%") +
                                 "<p>验收人：%s（%s）　　送货人：%s　　%s</p>" % (n, cl, o[0], day(s, 30 + i)))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def letter_paper(s, c, names):
    """homework written on the school's letter paper (信纸): a red letterhead and red rules."""
    t = s["teachers"]
    rng = random.Random(s["seed"] * 12)
    pages = []
    def ln(x, align="left"):   # one ruled line of the letter paper (Writer merges paragraph borders, so a table row a line)
        return ('<tr><td style="border-bottom:0.75pt solid #c0392b;padding:10pt 2px 1pt 2px" align="%s">%s</td></tr>' % (align, x))
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        rows = [ln(hand("%s　%s　%s" % (cl, n, sid), True), "right"), ln(hand("%s 课后作业" % c["course"]))]
        for qi, (q, a) in enumerate(c["hw"]):
            rows.append(ln(hand(q, True)))
            rows.append(ln(hand(a[(i + qi + 1) % 3], True)))
            rows.append(ln('<span %s>%s</span>' % (RED, mark(rng))))
        for _ in range(7):
            rows.append(ln("&#160;"))
        rows.append(ln('<span %s>阅 %s %s</span>' % (RED, t[i % 2], day(s, 20 + i)[5:])))
        out = ['<p style="text-align:center;color:#c0392b;font-size:16pt;margin:0"><b>%s</b></p>' % s["school"],
               '<table style="border-collapse:collapse" width="100%"><tr><td style="border-bottom:2pt solid #c0392b"></td></tr></table>',
               '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows),
               '<p style="text-align:center;color:#c0392b;font-size:8pt">地址：伊春市林都技工学校　电话：0458-****</p>']
        pages.append("".join(out))
    return "12.html", html(PB.join(pages), "11pt"), "x-scanpdf:200:photo:carton"


def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    if f == "letter_paper":
        return letter_paper(s, c, names)
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
        if f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "carton_photo":
            head = ["课后作业（气动与PLC）", "> 姓名：%s　　学号：%s" % (n, sid), "> 班级：%s" % cl]
        elif f == "color_scan_hand":
            head = ["课后练习（充电系统）", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "plain_carton":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid, n)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        elif f == "hand_gray":
            head = ["中药饮片课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:2", "carton_photo": "x-photo:200:1:carton", "color_scan_hand": "x-scan:200:4:color",
            "plain_carton": "x-photo:200:2:carton", "exercise_book": "x-photo:200:1", "hand_gray": "x-scan:250:3"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def lines8(names):   # eight names a line, so that Writer never breaks a name at the line end
    return "<br/>".join("　".join(names[i:i + 8]) for i in range(0, len(names), 8))


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "card":   # a campus-card issue list: card numbers and a hand signature column
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "一卡通卡号", "领卡签字"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "8807%06d" % (215300 + 17 * j), hand(n, True, BLACK, "12pt")], "1px 4px"))
        m = sum(1 for n in k if sex_of(n) == "男")
        body = ('<h2 style="text-align:center">%s 2024级新生校园一卡通办理名单</h2><p style="text-align:center">班级：%s（学生名单）</p>' % (s["school"], s["cls"]) +
                table(rows, width="88%") + "<p>班主任：%s　　共%d人（男%d人，女%d人）　　卡务中心经办：2024年9月</p>" % (s["headteacher"], len(k), m, len(k) - m))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s一卡通办理名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "by_sex":   # a class-list notice in running text, boys then girls, no table, no 学号
        boys = [n for n in k if sex_of(n) == "男"]
        girls = [n for n in k if sex_of(n) == "女"]
        body = ('<h2 style="text-align:center">%s<br/>2024级%s学生名单</h2>' % (s["school"], s["cls"]) +
                "<p>根据新生报到情况，%s学生名单公布如下（共%d人，按报到顺序排列）：</p>" % (s["cls"], len(k)) +
                "<p><b>男生（%d人）：</b></p><p>%s</p>" % (len(boys), lines8(boys)) +
                "<p><b>女生（%d人）：</b></p><p>%s</p>" % (len(girls), lines8(girls)) +
                "<p>班主任：%s　　　　学生科　2024年9月6日</p>" % s["headteacher"])
        write(os.path.join(d, "roster.html"), html(body, "11pt"))
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
    truth = {"comment": "Sixty-ninth held-out people corpus (testdata/heldout69), the format of testdata/heldout28/truth.json. "
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
    for w in ("诸暨", "孝义", "伊春", "浣纱", "胜溪湖", "林都"):
        if w in EARLIER_TEXT or w in EARLIER_READMES:
            raise SystemExit("%s stands in an earlier corpus" % w)
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
        rng = random.Random(s["seed"] * 7919 + 69)
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
            "class_size_on_form": int(re.search(r"共(\d+)人|^(\d+)|（(\d+)人）|(\d+)名|在籍学生(\d+)人", count_value(s)).group(0).strip("共人名（）在籍学生")),
            "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + extra_named,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        assert sub["class_size_on_form"] == len(s["klass"]), (subid, sub["class_size_on_form"])
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
