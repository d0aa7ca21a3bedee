#!/usr/bin/env python3
"""Write the sources of the hundred-and-thirty-ninth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the truth-format struct tags of
pipeline/heldout_test.go was read; classaudit was not run on it). Seven
submissions of three invented schools in 临清 (Shandong, 聊城), 富平县
(Shaanxi, 渭南) and 湟源县 (Qinghai, 西宁).

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
# the truth files read for names, tasks and courses to avoid; heldout137, heldout138 and heldout140 are
# written at the same time by other hands and are not read
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 137)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 临清 (the 冀鲁 families, and the Hui families 马 沙 米 of the
# canal town), 富平 (关中 families: 雷 党 惠 樊 屈 路 焦 宁 …), 湟源 (the Han families of the 湟水 valley, 祁 汪 蔡,
# the Hui 马 韩; Tibetan students carry full Tibetan names, drawn from their own list)
SURNAMES = {
    "lq": list("王王王王李李李张张张刘刘马马孙赵杨徐吕魏贾崔郭高宋解冯沙米"),
    "fp": list("王王王张张李李刘杨赵雷党惠樊屈路田韩宁焦郭冯杜"),
    "hy": list("李李王王王张张刘马马马祁魏陈赵杨朱蔡韩汪"),
}
# given names: a list of this corpus, the everyday names of students born 2007-2009
GIVEN2 = ("昱辰 锦豪 俊彦 泽霖 晨睿 煜祺 嘉树 子骞 铭轩 景皓 弘毅 睿哲 文昊 宇恒 浩辰 书豪 昊天 骏哲 凯瑞 启航 "
          "若汐 沐晴 芊语 语汐 雨菲 婧琪 佳琦 梓琪 诗语 欣蕊 悦琳 雅琪 思妤 紫萱 一涵 可妍 清妍 语桐 子衿 若涵 "
          "俊熙 宇泽 皓宇 梓辰 俊逸 天宇 博远 梓睿 明杰 子墨 思源 瑞霖 晨阳 鹏程 家铭 宇航 志恒 文博 旭东 嘉诚 "
          "雨涵 梦琪 佳怡 欣悦 雅涵 诗琪 静雯 梓涵 思琪 雨萱 紫琪 馨怡 晓彤 佳慧 艺琳 梦婷 雨婷 语嫣 依依 婉婷 "
          "浩博 振宇 天翔 俊凯 子涵 宇轩 奕铭 晟楠 皓然 浩楠 泽楷 博涵 鸿宇 子睿 明轩 一帆 锦程 瀚文 辰逸 承志 "
          "可馨 雪莹 诗雨 沐阳 心悦 若曦 欣然 嘉琪 书瑶 雅静 梦瑶 舒涵 晓雪 梓萌 美琪 佳宁 语彤 婧怡 思雨 乐瑶 "
          "嘉澍 泓锦 彦霖 峻熙 鹤轩 君浩 钧泽 熠然 景澄 烨磊 修远 宸铭 晏清 知行 承宇 恺乐 朗逸 泊远 岩松 卓航 "
          "梓航 睿霖 楷瑞 昀泽 屹峰 庭轩 铭远 翊辰 钰铭 奕霖 骁然 霁川 子越 云帆 柏宇 砚秋 书航 峻宇 弈凡 亦辰 "
          "星冉 语岚 芷晴 婉清 锦瑟 安然 沛琳 昕妍 初夏 若琳 知微 静姝 怡宁 曼琪 绮梦 予涵 筱雨 语芙 晴川 思瑾 "
          "雨彤 晨希 慕青 芮希 岚熙 梦溪 沁雅 桐语 乐萱 诗妍 欣彤 韵涵 清越 佳璐 亦菲 若楠 卿云 紫嫣 沐希 婷玉 "
          "浩铭 嘉懿 俊驰 宇涛 靖轩 振豪 海川 天赐 秉坤 立诚 冠霖 博闻 家骏 耀东 梓豪 伟宸 永康 旭尧 恩泽 德懋").split()
GIVEN1 = list("昊琳博阳悦鑫磊婷凯")
TIBETAN = "周毛措 仁增措 桑杰卓玛 久美 更登措 仁增卓玛 桑杰措 贡保措 完德措 才让措毛".split()


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
            continue
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
        if region == "hy" and rng.random() < 0.18:
            pool = [t for t in TIBETAN]
            name = rng.choice(pool)
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
            continue
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
 "ring": dict(major="数控加工(数控车工)", code="0106", course="轴承零件数控精车与检测", task="圆锥滚子轴承外圈数控精车与尺寸SPC监控",
   hours=18, station="数控车削一体化学习工作站",
   situation="临清烟店一带的轴承厂为农机配套生产圆锥滚子轴承。一家轴承厂的外圈精车工序尺寸波动大，磨削余量忽多忽少，质检科请学校数控班帮助试制一批外圈：学员按图纸编写精车程序，在数控车床上完成外圈滚道和外径的精车，每隔一段时间抽取五件测量外径，计算平均值和极差，画出控制图，判断工序是否稳定。",
   qs=[("问题1 为什么要每隔一段时间抽取五件测量，而不是只测一件？", ["一件的尺寸有偶然误差，五件的平均值更能看出工序的中心有没有偏移，极差能看出波动大小。", "五件的平均值更可靠，极差看波动。", "只测一件看不出趋势。"]),
       ("问题2 控制图上连续七个点在中心线同一侧说明什么？", ["说明工序中心发生了偏移，可能是刀具磨损或者热变形，要停下来查找原因并补偿刀具。", "工序中心偏移，要查原因。", "可能刀具磨损了，要补偿。"])],
   hw=[("1. 精车外圈滚道时怎样减小热变形对尺寸的影响？", ["粗车后让工件冷却一会儿再精车，精车时加足切削液，吃刀量小一些。", "冷却后再精车，加足切削液。", "精车吃刀量要小。"]),
       ("2. 极差突然变大可能是什么原因？", ["刀尖崩刃、卡盘夹紧力不稳或者毛坯余量不均，都会让同一组零件尺寸忽大忽小。", "刀尖崩刃或夹紧不稳。", "毛坯余量不均。"])],
   outputs=[("外圈精车首件检验记录", "外径、滚道角度和宽度均合格。"), ("外径X̄-R控制图分析报告", "二十组数据全部在控制限内，工序稳定。")]),
 "tofu": dict(major="烹饪(中式烹调)", code="0501", course="运河小吃与面点制作", task="托板豆腐与什香面运河风味小吃制作",
   hours=16, station="中式面点与小吃一体化学习工作站",
   situation="临清是运河边的老城，托板豆腐和什香面是街头常见的风味小吃。一家老字号小吃店准备在运河文化街开新门店，请烹饪班学员跟着做了四十年托板豆腐的老师傅学习点卤、压制和切块，学做什香面的手擀面和十几样配菜卤子，并在门店试营业那天为顾客出品，听取顾客的评价。",
   qs=[("问题1 点卤时豆浆的温度为什么要控制在八十五度左右？", ["温度太高豆腐发硬发粗，温度太低凝固不好、出品率低，八十五度左右豆腐细嫩又成形。", "太高发硬，太低不凝固。", "八十五度左右细嫩成形。"]),
       ("问题2 什香面的卤子为什么要分开盛放？", ["十几样配菜味道各不相同，分开盛放顾客可以按口味自己搭配，也不会串味。", "顾客自己搭配，不串味。", "分开放不串味。"])],
   hw=[("1. 托板豆腐为什么用小木板托着吃？", ["豆腐嫩，放在小木板上用竹签划开蘸着蒜汁和辣椒吃，是临清街头的老吃法。", "豆腐嫩，在木板上划开蘸汁吃。", "临清的老吃法。"]),
       ("2. 手擀面怎样才能筋道？", ["和面时加一点盐，面团揉到光滑后醒二十分钟，擀面时用力均匀。", "加盐，醒面二十分钟。", "揉光滑再醒。"])],
   plan=[('泡豆磨浆', '泡发黄豆、磨浆、煮浆', '石磨、纱布、大锅', '40分钟'), ('点卤压制', '85℃点卤、上箱压制', '卤水、豆腐箱', '50分钟'), ('擀面配卤', '和面醒面、擀切、配十二样卤子', '擀面杖、案板', '60分钟')],
   outputs=[("托板豆腐点卤与出品记录", "出品豆腐四板，细嫩不散。"), ("什香面卤子配制记录", "配菜十二样，顾客好评。")]),
 "loader": dict(major="机电一体化技术", code="0127", course="可编程控制系统装调与维护", task="轴承套圈清洗线上料机械手PLC控制系统安装与调试",
   hours=20, station="机电设备装调一体化学习工作站",
   situation="一家轴承厂的套圈清洗线靠人工把套圈放上传送带，工人劳动强度大。设备科准备加装一台气动上料机械手，请机电班学员根据动作要求分配I/O地址，绘制电气原理图，安装接线，编写PLC程序，经过送电申请和检查后通电调试，让机械手完成取料、上升、旋转、放料的循环动作。",
   qs=[("问题1 通电前为什么要先填写送电申请？", ["接线完成后要经过自检和老师检查，确认没有短路和错接，由监护人在场才能送电，保证人身和设备安全。", "确认没有短路，有人监护才送电。", "保证安全。"]),
       ("问题2 机械手的动作为什么要设置互锁？", ["上升和下降、夹紧和松开的电磁阀不能同时得电，否则气缸会卡住或损坏工件。", "相反的动作不能同时得电。", "防止气缸卡住。"])],
   hw=[("1. 磁性开关在机械手上起什么作用？", ["装在气缸上检测活塞的位置，告诉PLC气缸已经到位，才能执行下一步动作。", "检测气缸是否到位。", "到位后才执行下一步。"]),
       ("2. 调试时机械手不动作，怎样查找原因？", ["先看PLC输出指示灯亮没亮，再查电磁阀线圈和气源压力，最后查程序。", "先看输出指示灯。", "查电磁阀和气压。"])],
   plan=[('I/O分配', '列出输入输出点，画原理图', '图纸、铅笔', '1学时'), ('安装接线', '安装电磁阀和磁性开关，按图接线', '剥线钳、压线钳', '3学时'), ('送电调试', '自检、申请送电、下载程序调试', '万用表、电脑', '2学时')],
   outputs=[("机械手I/O分配表与电气原理图", "输入十二点，输出八点。"), ("机械手调试记录", "连续运行五十个循环无故障。")]),
 "persimmon": dict(major="电子商务", code="0603", course="农产品直播销售与售后服务", task="富平柿饼年货节直播选品与退货售后处理",
   hours=16, station="电商直播运营一体化学习工作站",
   situation="富平柿饼是国家地理标志产品，每年腊月是年货节销售旺季。一家柿饼专业合作社请电商班学员从合作社的五种柿饼礼盒中选品，策划三场年货节直播，分工担任主播、助播和场控，直播结束后处理顾客的退货退款申请，分析退货原因，写出售后改进建议。",
   qs=[("问题1 年货节直播为什么要先选品？", ["五种礼盒价位不同，要根据目标顾客选出主推款、引流款和利润款，直播讲解才有重点。", "分出主推款、引流款和利润款。", "讲解有重点。"]),
       ("问题2 顾客说柿饼发硬申请退款，怎样处理？", ["先安抚顾客，请顾客拍照，说明柿饼遇冷会变硬，放在室温下会回软；顾客仍不满意就按规则退款。", "先安抚，请顾客拍照。", "说明回软方法，不满意就退。"])],
   hw=[("1. 柿饼表面的白霜是什么？", ["是柿饼晾晒时渗出的糖分结晶，叫柿霜，不是发霉，可以放心吃。", "糖分结晶，不是发霉。", "叫柿霜。"]),
       ("2. 退货原因分析有什么用？", ["找出退货最多的原因，比如包装压坏或者描述不清，改进包装和详情页，减少以后的退货。", "找原因，改进包装和详情页。", "减少退货。"])],
   plan=[('选品', '对比五种礼盒，定主推款', '产品清单', '1学时'), ('脚本与彩排', '写九十分钟脚本，分工彩排', '手机支架、补光灯', '2学时'), ('售后处理', '处理退款申请，分析原因', '商家后台', '1学时')],
   outputs=[("年货节直播脚本", "九十分钟，主推三百克礼盒。"), ("退货退款处理登记", "共处理退款十一单，退货率百分之一点八。")]),
 "bedsore": dict(major="健康与社会照护", code="0529", course="卧床老年人照护", task="养老院卧床老人压疮风险评估与生命故事陪伴",
   hours=18, station="老年照护一体化学习工作站",
   situation="富平县城的一家养老院里有十几位长期卧床的老人。护理部主任请照护班学员在带教护理员的指导下，用压疮风险评估量表为老人评估，制订翻身和皮肤护理计划，并在陪伴时听老人讲自己的人生故事，整理成生命故事记录，送给老人和家属。",
   qs=[("问题1 压疮风险评估要看哪几个方面？", ["感觉、潮湿、活动能力、移动能力、营养和摩擦力剪切力六个方面，分数越低风险越高。", "感觉、潮湿、活动、移动、营养、摩擦六项。", "分数越低风险越高。"]),
       ("问题2 听老人讲故事时要注意什么？", ["坐在老人看得见的地方，耐心倾听，不打断，老人说到伤心事时及时安慰，记录前先征得老人同意。", "耐心倾听，不打断。", "记录前征得同意。"])],
   hw=[("1. 为什么要每两小时翻一次身？", ["骨头突出的地方长时间受压，血液不流通，两小时左右就可能发红，翻身能减轻压迫。", "减轻骨突处的压迫。", "受压久了会发红。"]),
       ("2. 生命故事记录有什么意义？", ["让老人回顾一生，感到被尊重，也帮助照护员了解老人的喜好，照护更贴心。", "老人感到被尊重。", "了解老人的喜好。"])],
   outputs=[("生命故事访谈记录", "老人讲述了年轻时修水库的经历。"), ("压疮预防照护计划", "每两小时翻身一次，骶尾部使用减压垫。")]),
 "roomboard": dict(major="饭店(酒店)服务", code="0504", course="前厅与客房服务", task="丹噶尔古城客栈旺季房态管理与客房小酒吧查补",
   hours=16, station="酒店前厅客房一体化学习工作站",
   situation="湟源丹噶尔古城每到夏天游客很多，去青海湖的游客常在古城住一晚。古城里一家有二十八间客房的客栈旺季天天满房。客栈经理请酒店班学员跟着前台和客房领班学习：每天下午编制房态表，核对预订和退房，及时更新脏房、空房和维修房，并在客人退房时查核客房小酒吧的消费，补齐物品。",
   qs=[("问题1 房态表上的OC、VD、VC分别表示什么？", ["OC是住客房，VD是空的脏房，VC是空的干净房，只有VC才能安排给新到的客人。", "住客房、空脏房、空净房。", "VC才能排给新客人。"]),
       ("问题2 客人退房时为什么要马上查小酒吧？", ["客人还在前台结账，查房员发现消费可以马上入账，客人走了就收不回来了。", "马上入账，客人走了收不回来。", "结账前查清楚。"])],
   hw=[("1. 旺季满房时客人没有预订来了怎么办？", ["先致歉，查询有没有临时取消的房间，没有就帮客人联系附近的客栈，必要时安排车送过去。", "帮客人联系附近的客栈。", "先致歉再想办法。"]),
       ("2. 维修房为什么要在房态表上单独标出？", ["维修房不能出租，标出来前台就不会排错，维修完成验收后再改成空净房。", "不能出租，防止排错。", "修好后改成空净房。"])],
   plan=[('核对预订', '核对当日预订和抵店名单', '预订单', '13:30'), ('编制房态表', '汇总客房部报房，标出房态', '房态表', '14:00'), ('查补小酒吧', '退房时查房，补齐物品并入账', '补充车', '退房时')],
   outputs=[("每日房态表", "二十八间客房，住客房二十五间。"), ("客房小酒吧查补记录", "查补十二间，入账六笔。")]),
 "fibre": dict(major="计算机网络应用", code="0301", course="网络综合布线施工", task="古城游客中心光纤熔接与网线通断测试施工",
   hours=18, station="网络综合布线一体化学习工作站",
   situation="丹噶尔古城游客中心重新装修，要把景区机房的光缆接到游客中心，并为售票窗口、咨询台和监控点新布网线。施工单位请网络班学员参加施工：开剥光缆、熔接尾纤、测量熔接损耗，为每条网线压接水晶头，用测线仪测试通断，填写测试记录并贴好标签。",
   qs=[("问题1 熔接前为什么要把光纤端面切平？", ["端面不平两根光纤对不准，熔接损耗大，甚至熔接失败，所以要用切割刀切出平整的端面。", "不平对不准，损耗大。", "用切割刀切平。"]),
       ("问题2 熔接损耗超过0.08dB怎么办？", ["剪掉重新熔接，先检查电极和切割刀是否干净，再重新切端面。", "剪掉重熔。", "检查电极和切割刀。"])],
   hw=[("1. T568B的线序是什么？", ["白橙、橙、白绿、蓝、白蓝、绿、白棕、棕。", "白橙橙白绿蓝白蓝绿白棕棕。", "橙在前，棕在后。"]),
       ("2. 测线仪上3和6的灯交叉亮说明什么？", ["说明一端是568A、一端是568B，做成了交叉线，要按要求重新压接。", "做成交叉线了。", "两端线序不一样。"])],
   plan=[('开剥光缆', '开剥护套，清洁油膏，分纤', '开缆刀、酒精棉', '30分钟'), ('熔接', '切端面、熔接、热缩保护', '熔接机、切割刀', '60分钟'), ('测试记录', '测熔接损耗，填写记录', 'OTDR、记录表', '30分钟')],
   outputs=[("光缆熔接损耗测试记录", "十二芯平均损耗0.03dB。"), ("网线通断测试记录", "二十四条全部通过。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="临清市钞关技工学校", pack="zip", region="lq", course="ring", cls="数控2302班", size=40, seed=11,
         sidp="2023010602", students=["沙俊彦", "解婧琪", "吕泽霖"], outsiders={"吕泽霖": "数控2301班"}, out_sidp="2023010601",
         extra_class=["崔锦程"], bad={"崔锦程": "sum"}, others_named=["孔繁军"],
         teachers=["贾立新", "宋瑞芹"], form_count="40",
         f8="spc_chart", f10="formula", f11="firstpiece_typed", f12="wechat_shot",
         findings=[("students.not_in_class", 8, True, "吕泽霖"), ("records.invalid_score", 10, False, "崔锦程")],
         comment="吕泽霖 of the parallel class 数控2301班 (his class and 学号 2023010601xx on his SPC worksheet, his first-piece record "
                 "and the remark `数控2301-吕泽霖` over his WeChat homework chat) is the third student of 8/11/12; item 10 (40 rows = "
                 "form `40`) has no record of him: students.not_in_class. Item 10 (1-bit 300 dpi scan) writes each student's marks as "
                 "a FORMULA `工艺+编程+加工+检测+6S` in one cell, the 总分 beside it; 崔锦程's 总分 is 5 above the sum of his "
                 "formula: records.invalid_score. The bearing plant's inspector 孔繁军 is named on item 8 and 11 (not a student)."),
    dict(school="临清市钞关技工学校", pack="zip", region="lq", course="tofu", cls="烹饪2301班", size=38, seed=12,
         sidp="2023050101", students=["米语汐", "郭晨睿", "魏书豪"], others_named=["冯玉堂", "汪秀兰", "赵长河", "白桂香", "米兰芳", "郭秀珍", "魏建华", "董立强"],
         teachers=["徐海波", "宋丽娟"], form_count="38人（分8组，每组4～5人）", roster="duty_week", headteacher="吕素琴",
         f8="curd_strip", f10="panel_fix", f11="shop_typed", f12="parent_photo",
         findings=[],
         comment="clean. The roster is a 值周安排表 (the class by weekday and duty post, 38, 政教处's 董立强 as 值周负责人, not a "
                 "student) = form `38人（分8组，每组4～5人）` (the 8 and the 4-5 are not the size) = item 10's 38 rows (typed). "
                 "Item 10: 顾客品评(20) is the mean of three customers' marks, the customers 汪秀兰 赵长河 白桂香 named in the note "
                 "above the table; two printed marks struck through and corrected in red, 总分 corrected too (legal). The master "
                 "冯玉堂 (托板豆腐 maker of forty years) on item 8 (点卤 strip, 复核) and item 11; the three parents (米兰芳 郭秀珍 "
                 "魏建华) sign a 家长评价 box on item 12 (photographed)."),
    dict(school="临清市钞关技工学校", pack="zip", region="lq", course="loader", cls="机电2301班", size=42, seed=13,
         sidp="2023012701", students=["贾子骞", "宋景皓", "孙沐晴"], extra_class=["高弘毅"], absent_from_10=["高弘毅"],
         others_named=["李春生"], teachers=["王建岭", "刘翠芬"], form_count="42", roster="safety_pass", headteacher="张秋云",
         f8="power_request", f10="two_row", f11="debug_typed", f12="hand_gray",
         findings=[("records.missing_student", 10, False, "高弘毅"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 实训安全准入考试名单, 42, photographed with a phone) and the form (`班级人数 | 42`) hold 高弘毅 "
                 "(准入 score and pass number beside him); item 10 (TYPED, two-row head) has 41 rows and none for him: "
                 "records.missing_student and records.count_mismatch. The training-centre safety officer 李春生 signs the roster "
                 "(not a student). Item 8 (200 dpi gray, an Allen key on the glass) ends in a 送电申请单 with the student as 申请人."),
    dict(school="富平县频阳技工学校", pack="gbkzip", region="fp", course="persimmon", cls="电商2302班", size=40, seed=21,
         sidp="230603020", students=["惠雨菲", "屈雅静", "樊晨阳"], items={11: ["惠雨菲", "路佳琦", "樊晨阳"]},
         extra_class=["路佳琦", "焦文昊"], bad={"焦文昊": "over"}, others_named=["田春艳"],
         teachers=["雷振武", "宁晓燕"], form_count="40人",
         f8="refund_order", f10="intergroup", f11="script_photo", f12="plain_photo",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "焦文昊")],
         comment="item 11 (printed live-stream scripts and refund logs PHOTOGRAPHED with a phone) holds the works of 惠雨菲, classmate "
                 "路佳琦 (with an item-10 record) and 樊晨阳 instead of 屈雅静's (items 8 and 12 hold the three): students.mismatch. "
                 "Item 10 (1-bit 200 dpi scan) has 组内互评(10) 组间互评(20) 教师评价(50) 企业评价(20); 焦文昊 has 56 under "
                 "教师评价(50) (总分 the sum): records.invalid_score. The cooperative's 运营经理 田春艳 is named as 企业评价人 and "
                 "审核 (not a student)."),
    dict(school="富平县频阳技工学校", pack="gbkzip", region="fp", course="bedsore", cls="照护2302班", size=40, seed=22,
         sidp="230529020", students=["杜思妤", "韩清妍", "冯嘉树"], items={8: ["杜思妤", "韩清妍", "冯嘉树", "田梓琪"]},
         extra_class=["田梓琪", "宁一涵"], absent_from_10=["宁一涵"], others_named=["赵凤莲", "屈德胜", "惠小梅"],
         teachers=["杨慧琴", "党建军"], form_count="40人",
         f8="braden_photo", f10="plain_typed", f11="lifestory_typed", f12="steth_photo",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (printed assessment sheets filled in by hand and PHOTOGRAPHED, a stethoscope lying on them) holds FOUR "
                 "students' sheets: the three and classmate 田梓琪 (with an item-10 record): students.count on 8; students.mismatch "
                 "optional. Item 10 (TYPED) lists 39; the form says `班级人数 | 40人`: records.count_mismatch (宁一涵 has no record; "
                 "no roster, so no student can be named). The elders 赵凤莲 and 屈德胜 and the care home's 护理组长 惠小梅 are named "
                 "on items 8 and 11 (not students)."),
    dict(school="湟源县丹噶尔技工学校", pack="dir", region="hy", course="roomboard", cls="酒店2302班", size=36, seed=31,
         sidp="2305042", students=["祁若涵", "叶尔兰·努尔别克", "汪子衿"], others_named=["罗建平", "格桑旺姆", "孙卫国", "秦玉芬", "马占林"],
         teachers=["完么才让", "李凤珍"], form_count="36人",
         f8="room_board", f10="weighted", f11="minibar_typed", f12="plain_photo1",
         findings=[],
         comment="clean. A Kazakh student from 海西 (叶尔兰·努尔别克, middle dot) is one of the three; a Tibetan teacher "
                 "(完么才让). Guests 罗建平 格桑旺姆 孙卫国 秦玉芬 named on the room-status boards (item 8) and the minibar records "
                 "(item 11), the inn's manager 马占林 as 审核; item 10 (typed) has 过程(×40%) 终结(×60%) and a weighted 总评 "
                 "(one decimal, not a sum, explained under the table); 36 rows = form `36人`. No roster."),
    dict(school="湟源县丹噶尔技工学校", pack="dir", region="hy", course="fibre", cls="网络2301班", size=38, seed=32,
         sidp="2303011", students=["朱骏哲", "陈可妍", "马晟楠"], items={11: ["朱骏哲", "陈可妍"]},
         extra_class=["韩书恒"], bad={"韩书恒": "sum"}, others_named=["汪德海", "李永禄"],
         teachers=["张永林", "祁玉珍"], form_count="38人",
         f8="splice_log", f10="photo_two_page", f11="cabletest_typed", f12="color_scan_hand",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "韩书恒")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 网线通断测试记录 and 熔接损耗记录, `测试人` the student) holds the works of only TWO students, "
                 "朱骏哲 and 陈可妍 (马晟楠's missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. "
                 "Item 10 (printed on two pages, `（续表）`, PHOTOGRAPHED with a phone): 韩书恒's 总分 is 6 above the sum of his "
                 "parts: records.invalid_score. The visitor centre's head 汪德海 (验收) and the scenic area's IT clerk 李永禄 are "
                 "named (not students)."),
]

PROVINCE = {1: "山东省聊城市临清市", 2: "陕西省渭南市富平县", 3: "青海省西宁市湟源县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 临清: "第08项-工作页.pdf"
        return "第%02d项-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 富平: "8.工作页.pdf"
        return "%d.%s.pdf" % (n, NAMES[n])
    return "%s（成果%d）.pdf" % (NAMES[n], n)   # 湟源: "工作页（成果8）.pdf"


def form_name(s, c):
    return {1: ("附件2-工学一体化优质课堂项目申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书（%s）.pdf" % s["cls"], "pdf"),
            3: ("%s申报书.docx" % c["major"], "docx")}[grp(s)]


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


def redh(x, size="12pt"):
    return '<span style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:%s">%s</span>' % (size, x)


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


# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "班级人数 | %s" % s["form_count"]
    if g == 2:
        return "班级人数 | %s" % s["form_count"]
    return "班级人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称/职业技能等级", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 临清: the official grid, three label/value pairs a row
        info = tbl([["专业名称", (c["major"], ' colspan="3" align="left"'), "专业编码", c["code"]],
                    ["授课课程名称", (c["course"], ' colspan="3" align="left"'), "总学时", "64"],
                    ["授课学习任务名称", (c["task"], ' colspan="3" align="left"'), "学时", str(c["hours"])],
                    ["授课年级", "2023级", "授课班级", s["cls"], "班级人数", s["form_count"]],
                    ["授课实训室或学习工作站名称", (c["station"], ' colspan="3" align="left"'), "工位数", "20"]], width="96%", pad=P)
    elif g == 2:   # 富平: a two-column list
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("授课学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课实训室", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 湟源: two pairs a row
        info = tbl([["专业名称", c["major"], "专业编码", c["code"]], ["课程名称", c["course"], "学时", str(c["hours"])],
                    ["学习任务", (c["task"], ' colspan="3" align="left"')], ["授课班级", s["cls"], "班级人数", s["form_count"]]],
                   width="94%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、目标与内容</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按照获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学。学生分组领取任务，查阅资料，拟订计划，经教师审核后实施，教师巡回指导，记录过程表现，最后进行成果展示和多元评价。</p>
<h3>五、创新与特色</h3><p>学习任务来自{prov}合作企业的真实需求，成果经企业验收使用。</p>
<h3>六、授课教师诚信承诺</h3><p>本人已认真填写并检查以上材料，保证内容真实有效。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="80%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程定位\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}企业岗位要求进行校本转化。\n二、学习任务\n本学期实施“{task}”，{hours}学时。\n三、考核方式\n过程性考核与终结性考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、工作情境\n{situation}\n二、工作过程\n接受任务—制订计划—实施—检查—评价反馈。",
    3: "{school}\n{task}　教学活动策划\n学习活动一　明确任务、获取信息\n学习活动二　制订与决策计划\n学习活动三　实施与过程控制\n学习活动四　检查、评价与反馈",
    4: "{school}\n{course}　教学进度计划（{hours}学时）\n第1周　明确任务\n第2周　制订计划\n第3周　实施任务\n第4周　检查评价与展示",
    5: "{school}\n{task}　教学活动方案\n一、任务导入\n二、引导问题学习\n三、分组实施与巡回指导\n四、展示与多元评价",
    6: "{school}\n学习任务资源清单\n工作页、企业标准、微课视频、{station}设备和材料清单。",
    7: "{school}\n{station}图文说明\n工作站分为资讯区、计划决策区、实操区和展示评价区。",
    9: "{school}\n{task}　考核方案\n考核分过程考核和成果考核，成绩记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 8", "√ 10", "√ 清楚", "√ 较好", "√ 9"])


def day(s, k):
    return "2024年%d月%d日" % (10 + (s["seed"] + k) % 3, 3 + (s["seed"] * 7 + k * 5) % 25)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "27"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def spc_grid(rng, mean):
    """A printed control-chart grid, the points plotted by hand (●) in the cells."""
    levels = ["72.004", "72.002", "72.000 (UCL)", "71.998", "71.996 (CL)", "71.994", "71.992 (LCL)", "71.990"]
    vals = [max(1, min(6, int(round(3 + rng.uniform(-1.6, 1.6))))) for _ in range(10)]
    rows = []
    for li, lv in enumerate(levels):
        cells = [td(("<b>%s</b>" % lv) if "(" in lv else lv, ' align="right" style="font-size:8pt"', "0px 3px")]
        for j in range(10):
            mark_ = hand("●", True, size="10pt") if vals[j] == li else ""
            style = "border:0.5pt dashed #b8231a" if "(" in lv else "border:0.5pt solid #777"
            cells.append('<td style="%s;padding:0px 2px;height:14pt" align="center">%s</td>' % (style, mark_))
        rows.append("<tr>%s</tr>" % "".join(cells))
    rows.append("<tr>%s%s</tr>" % (td("样本组", ' align="right"', "0px 3px"), "".join(td(str(j + 1), ' align="center"', "0px 2px") for j in range(10))))
    return '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows)


def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "spc_chart":   # an X-bar control chart worksheet; the measurer in the chart's title block at the foot
            data = [["样本组", "x1", "x2", "x3", "x4", "x5", "X̄", "R"]]
            for g in range(1, 5):
                xs = [71.990 + rng.randint(0, 12) * 0.001 for _ in range(5)]
                data.append([str(g)] + [hand("%.3f" % x, True, size="10.5pt") for x in xs] +
                            [hand("%.3f" % (sum(xs) / 5), True, size="10.5pt"), hand("%.3f" % (max(xs) - min(xs)), True, size="10.5pt")])
            body = ('<h3 style="text-align:center">%s<br/>学习工作页（三）外径X̄控制图</h3>' % c["task"] +
                    "<p><b>【任务】</b>每加工二十件抽取五件，用外径千分尺测量外径φ72（0／−0.013），计算X̄和R，在控制图上描点。</p>" +
                    tbl(data, width="100%", pad="1px 3px") + "<p>……（第5～20组见附页）</p>" +
                    "<p><b>外径X̄控制图</b>（单位：mm）</p>" + spc_grid(rng, 71.996) + answers(c, rng, i) +
                    tbl([["测量人", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)],
                         ["企业指导", "%s（烟店轴承厂质检科）" % s["others_named"][0], "日期", hand(day(s, i)[5:], True), "教师", t[i % 2]]],
                        width="100%", pad="2px 3px") + comment)
        elif f == "curd_strip":   # a 点卤 record strip at the top: the student as 点卤人, the master as 复核
            strip = tbl([["点卤记录", "豆浆温度", hand("%d℃" % (84 + i % 3), True), "盐卤用量", hand("%d mL" % (120 + 5 * i), True),
                          "点卤人", hand(n, True), "复核（师傅）", hand(s["others_named"][0], True, BLACK)]], width="100%", pad="3px 3px")
            body = (strip + title + '<p>班级：%s　　学号：%s　　组别：第%s组</p>' % (hand(cl, True), hand(sid[-2:], True), hand("一二三四五六七八"[i], True)) +
                    sit + answers(c, rng, i) + comment)
        elif f == "power_request":   # the worksheet ends in a 送电申请单 with the student as 申请人
            head = '<p>班级：%s　　学号：%s</p>' % (hand(cl, True), hand(sid, True))
            req = ('<p style="text-align:center"><b>实训送电申请单</b></p>' +
                   tbl([["申请人", hand(n, True), "工位", hand("%d号" % (3 + 2 * i), True), "申请时间", hand(day(s, i)[5:] + " 14:%02d" % (10 + 7 * i), True)],
                        ["自检项目", ("□√ 主电路无短路　□√ 接地可靠　□√ 气源已接　□√ 急停有效", ' colspan="5" align="left"')],
                        ["监护人", t[0], "批准送电", t[1], "送电时间", hand("14:%02d" % (25 + 7 * i), True)]], width="100%", pad="3px 3px"))
            body = title + head + sit + answers(c, rng, i) + req + comment
        elif f == "refund_order":   # a refund ticket at the top: buyer by nickname, the student as 处理人
            ticket = ('<p style="text-align:center"><b>售后退款处理单</b></p>' +
                      tbl([["工单号", "SH2412%04d" % (317 + 29 * i), "买家昵称", ["柿柿如意_2023", "甜甜的冬天", "渭北老陈"][i % 3]],
                           ["订单商品", "富平柿饼礼盒 %d克" % [300, 500, 800][i % 3], "退款原因", hand(["柿饼发硬", "包装压坏", "与描述不符"][i % 3], True)],
                           ["处理人", hand(n, True), "处理结果", hand(["指导回软，顾客撤销", "补发一盒", "全额退款"][i % 3], True)],
                           ["班级", hand(cl, True), "学号", hand(sid[-3:], True)],
                           ["审核", "%s（合作社运营）" % s["others_named"][0], "日期", hand(day(s, i)[5:], True)]], width="96%", pad="3px 4px"))
            body = title + ticket + sit + answers(c, rng, i) + comment
        elif f == "braden_photo":   # a Braden-type assessment sheet, 照护员 and the elder at the head
            elder = s["others_named"][i % 2]
            sub = [("感觉", 4), ("潮湿", 4), ("活动能力", 4), ("移动能力", 4), ("营养", 4), ("摩擦力和剪切力", 3)]
            sc = [rng.randint(1, m) for _, m in sub]
            body = ('<h3 style="text-align:center">%s<br/>学习工作页　压疮风险评估</h3>' % c["task"] +
                    tbl([["照护员（学生）", hand(n, True), "班级", hand(cl, True), "学号", hand(sid[-2:], True)],
                         ["服务对象", "%s（%s床）" % (elder, 201 + 3 * i), "带教护理员", s["others_named"][2], "评估日期", hand(day(s, i)[5:], True)]],
                        width="100%", pad="3px 3px") +
                    tbl([["评估项目", "评分（1—4分）", "评估依据"]] +
                        [[a, hand(str(v), True), hand(["能回答问题", "尿垫一天换三次", "卧床", "需协助翻身", "进食半份", "下滑时摩擦"][k], True, size="11pt")]
                         for k, ((a, _), v) in enumerate(zip(sub, sc))] + [["合计", hand(str(sum(sc)), True), "≤12分为高危"]], width="100%", pad="1px 4px") +
                    sit + answers(c, rng, i) + comment)
        elif f == "room_board":   # the room-status board the student drew up; guests named
            guests = s["others_named"][:4]
            rows = [["房号", "房型", "房态", "客人姓名", "人数", "离店日期"]]
            st = ["OC", "OC", "VD", "OC", "VC", "OOO", "OC", "OC"]
            for k in range(8):
                room = "%d0%d" % (1 + k // 4, 1 + k % 4)
                g = guests[(i + k) % 4] if st[k] == "OC" and k % 3 != 2 else ("团队（青海湖）" if st[k] == "OC" else "")
                rows.append([room, ["大床房", "双床房", "家庭房", "双床房"][k % 4], hand(st[k], True), hand(g, True, BLACK) if g else "", hand("2" if g else "", True),
                             hand("7月%d日" % (12 + k % 3) if st[k] == "OC" else "", True)])
            body = ('<h3 style="text-align:center">%s<br/>学习工作页　每日房态表</h3>' % c["task"] +
                    '<p>制表人：%s　　班级：%s　　学号：%s　　制表时间：7月11日 14:00</p>' % (hand(n), hand(cl, True), hand(sid, True)) +
                    tbl(rows, width="100%", pad="2px 3px") + "<p>房态代码：OC住客房　VC空净房　VD空脏房　OOO维修房</p>" +
                    answers(c, rng, i) + comment)
        elif f == "splice_log":   # a fibre-splice log; the splicer's name in the log's head
            cores = ["蓝", "橙", "绿", "棕", "灰", "白", "红", "黑", "黄", "紫", "粉红", "天蓝"]
            rows = [["纤芯", "色谱", "熔接损耗(dB)", "纤芯", "色谱", "熔接损耗(dB)"]]
            for k in range(6):
                rows.append([str(k + 1), cores[k], hand("0.0%d" % rng.randint(1, 6), True), str(k + 7), cores[k + 6], hand("0.0%d" % rng.randint(1, 6), True)])
            body = ('<h3 style="text-align:center">%s<br/>学习工作页　光缆熔接记录</h3>' % c["task"] +
                    tbl([["熔接人", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)],
                         ["光缆编号", "GC-YK-0%d（机房—游客中心）" % (1 + i), "景区信息员", s["others_named"][1], "日期", hand(day(s, i)[5:], True)]],
                        width="100%", pad="3px 3px") + tbl(rows, width="100%", pad="1px 3px") + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        if c.get("plan"):   # a hand-filled work plan under the questions
            rows = [["步骤", "工作内容", "工具材料", "时间"]] + [[hand(a, True, size="11pt"), hand(b, True, size="11pt"), hand(x, True, size="11pt"), hand(y, True, size="11pt")]
                                                           for a, b, x, y in c["plan"]]
            body = body.replace(comment, '<p><b>【工作计划】</b></p>' + tbl(rows, width="100%", pad="2px 3px") + comment)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"spc_chart": "x-scanpdf:300:hexkey", "curd_strip": "x-scanpdf:200:color", "power_request": "x-scanpdf:200:hexkey",
            "refund_order": "x-scanpdf:200", "braden_photo": "x-scanpdf:200:photo:stethoscope", "room_board": "x-scanpdf:250",
            "splice_log": "x-scanpdf:300:mono:hexkey"}[f]
    font = {"refund_order": "Noto Sans CJK SC", "splice_log": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    size = {"spc_chart": "9.5pt", "braden_photo": "9.5pt", "room_board": "9.5pt", "splice_log": "9.5pt", "power_request": "9.5pt"}.get(f, "10pt")
    return "08.html", html(PB.join(pages), size, font=font, page="margin:1.4cm 1.6cm"), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def item10(s, c, rec, d):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "formula":   # the marks as a formula in one cell, the total beside it
        parts = [("工艺", 20), ("编程", 20), ("加工", 40), ("检测", 10), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "成绩构成<br/>（工艺20＋编程20＋加工40＋检测10＋6S10）", "总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (5 if bad.get(n) == "sum" else 0)
            lvl = "优秀" if tot >= 90 else "良好" if tot >= 80 else "合格" if tot >= 60 else "不合格"
            out.append(trow([str(k + 1), sid_of(s, n), n, "+".join(str(x) for x in v), str(tot), lvl], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>说明：成绩构成栏依次为工艺编制、程序编制、零件加工、尺寸检测（含控制图）、6S管理五项得分，总分为五项之和。</p>" + sign)
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:300:mono"
    if f == "panel_fix":   # 顾客品评 the mean of three named customers; two corrections in red
        parts = [("原料准备", 10), ("点卤成型", 25), ("面条制作", 25), ("调味出品", 20), ("顾客品评", 20)]
        cust = s["others_named"][1:4]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        fixes = set(rng.sample(range(4, len(rec) - 2), 2))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            tot = str(sum(v))
            if k in fixes:
                old = v[2] - rng.randint(3, 6)
                cells[2] = '<s>%d</s> %s' % (old, redh(str(v[2])))
                tot = '<s>%d</s> %s' % (sum(v) - v[2] + old, redh(str(sum(v))))
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [tot], pad))
        body = (head10(s, c, "学习任务考核记录表") +
                "<p>注：顾客品评由门店试营业当天三位顾客代表（%s、%s、%s）分别打分（满分20分），取平均数四舍五入记入。</p>" % tuple(cust) +
                table(out) + "<p>更正说明：两处面条制作成绩经复核更正，总分同时更正（%s）。</p>" % t[0] + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "two_row":   # 过程考核 / 成果考核 over their parts
        parts = [("I/O分配", 10), ("原理图", 15), ("安装接线", 25), ("程序编写", 20), ("通电调试", 20), ("安全文明", 10)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（50分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>成果考核（50分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "intergroup":   # 组内互评, 组间互评 (mean of the other groups), 教师, 企业
        parts = [("组内互评", 10), ("组间互评", 20), ("教师评价", 50), ("企业评价", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 56
            out.append(trow([str(k + 1), sid_of(s, n), n, "%d组" % (1 + k % 8)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：组间互评为其他七个小组评分的平均值（取整）；企业评价人：%s（柿饼专业合作社运营经理）。</p>" % s["others_named"][0] + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:mono"
    if f == "plain_typed":
        parts = [("出勤与素养", 10), ("风险评估", 25), ("翻身与皮肤护理", 30), ("沟通陪伴", 20), ("记录", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted":   # 过程 and 终结 each of 100, 总评 weighted, explained
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程考核<br/>(100)", "终结考核<br/>(100)", "总评<br/>(过程×40%＋终结×60%)", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(66, 97), rng.randint(62, 96)
            w = round(a * 0.4 + b * 0.6, 1)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), "%.1f" % w, "优" if w >= 90 else "良" if w >= 80 else "中" if w >= 70 else "及格"], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：总评＝过程考核×40%＋终结考核×60%，保留一位小数；等级按总评划分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "photo_two_page":   # two printed pages (续表), photographed
        parts = [("开缆与熔接", 30), ("损耗测试", 20), ("网线压接", 25), ("通断测试", 15), ("标签与文档", 10)]
        hd = trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], "2px 3px")
        out1, out2 = [hd], [hd]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            (out1 if k < 28 else out2).append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], "2px 3px"))
        body = (head10(s, c, "学习任务考核记录表") + table(out1) + PB + "<p>（续表）</p>" + table(out2) + sign)
        write(os.path.join(d, "10.html.ovl.json"), json.dumps({"pages": 2, "items": []}, ensure_ascii=False, indent=1))
        return "10.html", html(body, "10.5pt", compact=True), "x-scanpdf:200:photo"
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
            if f == "firstpiece_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "圆锥滚子轴承外圈", "图号", "WQ-32210-%02d" % (1 + j)],
                                  ["操作者", "%s（%s）" % (n, cl), "学号", sid],
                                  ["外径", "φ72 0/−0.013", "实测 %.3f" % (71.994 - 0.001 * i), "合格"],
                                  ["企业检验", s["others_named"][0], "教师", t[j % 2]]], width="92%") + "<p>结论：%s</p>" % desc)
            elif f == "shop_typed":   # the master and a customer named
                parts.append('<h3>%s</h3>' % title + tbl([["出品人", n, "班级", cl], ["指导师傅", s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["顾客评价", "“%s”——顾客 %s" % (["豆腐嫩，蒜汁够味", "卤子齐全，面筋道", "和小时候吃的一个味"][(i + j) % 3], s["others_named"][1 + (i + j) % 3]), "教师", t[j % 2]],
                                                          ["说明", (desc, ' colspan="3" align="left"')]], width="90%"))
            elif f == "debug_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["调试人", "%s（%s）" % (n, cl), "工位", "%d号" % (3 + 2 * i)],
                                                          ["PLC型号", "FX3U-32MR", "气源压力", "0.5 MPa"],
                                                          ["结果", desc, "指导教师", t[j % 2]]], width="90%"))
            elif f == "script_photo":   # printed scripts and refund logs, photographed
                if j == 0:
                    parts.append('<h3>%s</h3><p>主播：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                                 tbl([["时间", "环节", "内容"], ["0-10分", "开场", "富平柿饼的产地和晾晒"], ["10-50分", "讲解试吃", "三款礼盒对比，柿霜说明"],
                                      ["50-90分", "促单", "年货节满减、福袋"]], width="86%") + "<p>%s</p><p>审核：%s</p>" % (desc, s["others_named"][0]))
                else:
                    parts.append('<h3>%s</h3><p>登记人：%s（%s）</p>' % (title, n, cl) +
                                 tbl([["日期", "订单数", "退款单", "主要原因"], ["腊月初八", "412", "5", "柿饼发硬"], ["腊月十五", "538", "4", "包装压坏"],
                                      ["腊月廿二", "673", "2", "地址错误"]], width="86%") + "<p>%s</p>" % desc)
            elif f == "lifestory_typed":   # a life-story interview record; the elder named
                elder = s["others_named"][i % 2]
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["访谈对象", "%s（%d岁）" % (elder, 81 + 3 * i), "访谈员（学生）", "%s（%s）" % (n, cl)],
                                      ["访谈时间", day(s, 30 + i), "陪同", "%s（护理组长）" % s["others_named"][2]]], width="92%") +
                                 "<p>老人讲述：“那年冬天我们去修水库，天不亮就出工……”</p><p>整理说明：%s 已征得老人同意，记录念给老人听过。</p>" % desc)
                else:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["服务对象", elder, "制订人", n], ["风险评分", "%d分（高危）" % (11 + i), "审核", t[j % 2]],
                                      ["措施", (desc, ' colspan="3" align="left"')]], width="92%"))
            elif f == "minibar_typed":   # minibar check records; guests named
                rows = [["房号", "客人", "品名", "消耗", "补充", "入账"]]
                for k in range(4):
                    rows.append(["%d0%d" % (1 + (i + k) % 2, 1 + k), s["others_named"][(i + k + j) % 4], ["矿泉水", "八宝茶", "牦牛肉干", "青稞饼干"][k],
                                 str((k + j) % 2 + 1), str((k + j) % 2 + 1), "是"])
                parts.append('<h3 style="text-align:center">%s</h3><p>查房人：%s　　班级：%s　　日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl(rows, width="92%") + "<p>%s　　审核：%s（客栈经理）</p>" % (desc, s["others_named"][4]))
            elif f == "cabletest_typed":   # test records, 测试人 the student
                if j == 0:
                    rows = [["纤芯", "1-3", "4-6", "7-9", "10-12"], ["平均损耗(dB)", "0.03", "0.02", "0.04", "0.03"]]
                else:
                    rows = [["编号", "位置", "1-2", "3-6", "4-5", "7-8", "结果"]] + [["YK-%02d" % (k + 1 + 6 * i), ["售票窗口", "咨询台", "监控点"][k % 3], "通", "通", "通", "通", "合格"] for k in range(4)]
                parts.append('<h3>%s</h3><p>测试人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) + tbl(rows, width="92%") +
                             "<p>%s　　验收：%s（游客中心主任）</p>" % (desc, s["others_named"][0]))
            else:
                raise SystemExit(f)
    meth = "x-scanpdf:200:photo" if f == "script_photo" else "pdf"
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), meth


# ------------------------------------------------------------------ item 12

def wechat(s, c, names, d):
    """One-to-one WeChat chats between the teacher and each student, as phone screenshots."""
    t = s["teachers"]
    rng = random.Random(s["seed"] * 12)
    pages = []
    G = "#95ec69"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        remark = "%s-%s" % (cl.replace("班", ""), n)
        a1 = c["hw"][0][1][(i + 1) % 3]
        a2 = c["hw"][1][1][(i + 2) % 3]

        AV = '<td style="background:%s;padding:0px" valign="top"><span style="font-size:10pt">　</span></td>'
        GAP = '<tr><td colspan="5" style="padding:0px;font-size:2pt;line-height:2pt">　</td></tr>'

        def left(x, bg="#ffffff"):
            return ('<tr>%s<td colspan="2" style="background:%s;padding:4px 6px">%s</td><td></td><td></td></tr>' % (AV % "#9aa7b8", bg, x)) + GAP

        def under(x):   # the transcription under a voice message, no avatar
            return ('<tr><td></td><td colspan="2" style="background:#f4f4f4;padding:3px 6px">%s</td><td></td><td></td></tr>' % x) + GAP

        def right(x):
            return ('<tr><td></td><td></td><td colspan="2" style="background:%s;padding:4px 6px">%s</td>%s</tr>' % (G, x, AV % "#c9a46b")) + GAP

        def when(x):
            return '<tr><td colspan="5" align="center" style="padding:4px"><span style="color:#999999;font-size:7pt">%s</span></td></tr>' % x
        rows = [when("10月%d日 下午16:%02d" % (11 + i, 5 + 4 * i)),
                right("明天实训课带好外径千分尺和工作页，七点四十到数控车间，穿好工作服。"),
                left(["收到老师", "好的老师，千分尺在柜子里", "收到"][i % 3]),
                when("10月%d日 晚上19:%02d" % (14 + i, 20 + 9 * i)),
                right("【课后作业】<br/>%s<br/>%s<br/>明天上课前回复。" % (c["hw"][0][0], c["hw"][1][0])),
                when("晚上21:%02d" % (3 + 11 * i)),
                left("1. %s" % a1),
                left("▶ )))　　　　　　%d″" % (9 + 4 * i)),
                under('<span style="color:#555555;font-size:7.5pt">转文字：第二题，%s</span>' % a2),
                when("10月%d日 上午7:%02d" % (15 + i, 12 + 5 * i)),
                right("收到。%s" % ["第1题答得很完整，第2题再想想夹紧力。", "两题都对，下次用文字写第2题。", "第2题要点齐全，第1题补充一下切削液。"][i % 3]),
                right("作业 %d 分" % [9, 8, 10][i % 3])]
        page = ('<table style="border-collapse:collapse" width="100%%"><tr><td style="padding:2px 6px;font-size:7pt">%d:%02d</td>'
                '<td align="right" style="padding:2px 6px;font-size:7pt">5G ▮▮▮ %d%%</td></tr></table>' % (7, 20 + 3 * i, 86 - 7 * i) +
                '<table style="border-collapse:collapse" width="100%%"><tr><td style="background:#e4e4e4;padding:6px 4px;font-size:8pt" width="14%%">‹ %d</td>'
                '<td style="background:#e4e4e4;padding:6px 4px" align="center" width="72%%"><b>%s</b></td><td style="background:#e4e4e4;padding:6px 4px" align="right" width="14%%">···</td></tr></table>'
                % (3 + i, remark) +
                '<table style="border-collapse:collapse" width="100%%" cellspacing="0" cellpadding="0"><tr><td width="10%%"></td><td width="17%%"></td>'
                '<td width="46%%"></td><td width="17%%"></td><td width="10%%"></td></tr>%s</table>' % "".join(rows) +
                '<p style="margin-top:8pt"></p><table style="border-collapse:collapse" width="100%"><tr><td style="background:#f7f7f7;padding:7px 6px;font-size:8pt">◎　[　　　　　　　　　　　]　☺　⊕</td></tr></table>')
        pages.append(page)
    write(os.path.join(d, "12.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    doc = html(PB.join(pages), "9.5pt", font="Noto Sans CJK SC", page="size:9cm 19.5cm;margin:0.25cm 0.2cm").replace("<body>", '<body bgcolor="#ededed">')
    return "12.html", doc, "x-scanpdf:250:shot"


def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    if f == "wechat_shot":
        return wechat(s, c, names, d)
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
        if f == "parent_photo":   # a home practice with a parent's evaluation box
            parent = s["others_named"][4 + i]
            head = ["课后作业（家庭实践）", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:]),
                    "实践内容：在家为家人做一次托板豆腐或什香面", "> 做了什香面，配了八样卤子，爸妈说面很筋道。", ""]
            end = ["家长评价：", "> 孩子自己和面擀面，做得有模有样，全家都说好吃。", "> 家长签名：%s" % parent] + end
        elif f == "hand_gray":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　学号：%s　姓名：%s" % (cl, sid, n)]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:6], "> %s　%s号　%s" % (cl, sid[-2:], n)]
        elif f == "steth_photo":
            head = ["照护课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "plain_photo1":
            head = ["前厅客房课后作业", "> 姓名：%s" % n, "> 班级：%s　学号：%s" % (cl, sid)]
        elif f == "color_scan_hand":
            head = ["综合布线课后练习", "姓名 %s　班级 %s　学号 %s" % (n, cl, sid[-2:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"parent_photo": "x-photo:200:1", "hand_gray": "x-scan:250:4", "plain_photo": "x-photo:200:2",
            "steth_photo": "x-photo:200:3:stethoscope", "plain_photo1": "x-photo:200:1", "color_scan_hand": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "duty_week":   # the class by weekday and duty post
        posts = ["食堂就餐秩序", "教学楼卫生巡查", "实训楼门岗", "课间操点名"]
        days = ["星期一", "星期二", "星期三", "星期四", "星期五"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["值周日", "岗位", "学号", "姓名", "时段"])]
        per = [8, 8, 8, 7, 7]
        j = 0
        for di, dname in enumerate(days):
            members = k[j:j + per[di]]
            for mi, n in enumerate(members):
                first = td("<b>%s</b>" % dname, ' align="center" rowspan="%d"' % len(members), "1px 4px") if mi == 0 else ""
                rows.append("<tr>%s%s</tr>" % (first, "".join(td(x, ' align="center"', "1px 4px") for x in
                                                        [posts[mi % 4], sid_of(s, n), n, ["6:40-7:20", "11:50-12:30", "17:30-18:10"][mi % 3]])))
            j += per[di]
        body = ('<h2 style="text-align:center">%s学生名单（第十二周值周安排）</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="84%") + "<p>班主任：%s　　全班%d人　　政教处值周负责人：%s</p>" % (s["headteacher"], len(k), s["others_named"][7]))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（值周安排）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "safety_pass":   # the safety admission test list, photographed
        rng = random.Random(s["seed"] * 5)
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "准入考试成绩", "准入证号", "学生签名"])]
        for j, n in enumerate(k):
            rows.append("<tr>%s</tr>" % "".join(td(x, ' align="center"', "1px 4px") for x in
                                                [str(j + 1), sid_of(s, n), n, str(rng.randint(82, 100)), "JD-2409-%03d" % (j + 1), hand(n, True, BLACK, "10pt")]))
        body = ('<h2 style="text-align:center">%s实训安全准入考试名单</h2><p style="text-align:center">%s实训中心　2024年9月　（考试成绩80分及以上准入）</p>' % (s["cls"], s["school"]) +
                table(rows, width="88%") + "<p>应考%d人，实考%d人，准入%d人。　班主任：%s　　实训中心安全员：%s</p>" % (len(k), len(k), len(k), s["headteacher"], s["others_named"][0]))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", compact=True))
        man.append("roster.html\t%s学生名单（实训安全准入）.pdf\tx-scanpdf:200:photo\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-thirty-ninth held-out people corpus (testdata/heldout139), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 139)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        for i, a in enumerate(s["klass"]):
            for b in s["klass"][i + 1:]:
                assert not near(a, b), (a, b)
            assert not used(a), a
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec, d)), (11, item11(s, c, items[11], d)),
                                  (12, item12(s, c, items[12], d))):
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
