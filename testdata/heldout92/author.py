#!/usr/bin/env python3
"""Write the sources of the ninety-second held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 涟源
(Hunan, 娄底), 简阳 (Sichuan, 成都) and 界首 (Anhui, 阜阳).

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
# the truth files read for names, tasks and courses to avoid (heldout91 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 91)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 涟源 (湘中: 李 刘 王 张 陈 and the local 曾 梁 彭 肖 龚 袁 谢 易 吴 贺 胡),
# 简阳 (川中: 王 李 张 刘 陈 杨 黄 and 周 罗 何 邓 曾 唐 蒋 廖 游 付), 界首 (皖北: 王 李 张 刘 陈 杨 赵 孙 and 朱 马 魏 郭 邢 冯 任 葛)
SURNAMES = {
    "ly": list("李李李李刘刘刘王王王张张陈陈曾曾梁梁彭彭肖肖龚袁谢易吴贺胡李刘"),
    "jy": list("王王王王李李李张张张刘刘刘陈陈杨杨黄黄周罗何邓曾唐蒋廖游付"),
    "js": list("王王王王李李李李张张张刘刘刘陈陈杨杨赵赵孙孙朱马魏郭邢冯任葛"),
}
# given names: a new list, the everyday names of students born around 2008-2009
GIVEN2 = ("俊杰 子涵 欣怡 梓轩 宇辰 诗涵 雨涵 浩然 梓睿 若涵 嘉豪 思涵 子怡 雨晨 梓琪 宇涵 晨曦 一涵 可欣 梓航 "
          "俊宇 佳豪 欣雨 天宇 子晨 思妍 紫涵 宇豪 雨菲 浩轩 博宇 佳乐 语涵 泽昊 梓瑞 舒涵 雅涵 梓晨 艺馨 子鑫 "
          "文轩 宇哲 雨杭 佳睿 诗妍 昕妍 浩东 俊辉 嘉俊 梓鑫 子扬 佳鑫 伟杰 俊凯 鸿宇 文静 婧怡 雨露 思颖 秋雨 "
          "晓雨 雨薇 梦婷 宇恒 泽睿 志伟 明杰 家伟 嘉琪 靖宇 俊峰 睿涵 梓欣 一帆 昊天 逸凡 子祺 梓萱 梦涵 宇彤 "
          "海涛 家辉 嘉欣 佳欣 雨琪 思琦 锦涛 宏伟 鑫宇 金龙 慧敏 丽娜 静雯 雪莹 文慧 雅琪 智勇 建豪 俊龙 浩南 "
          "立鹏 志成 宇飞 思雅 小雨 梦瑶 诗琪 雨欣 子豪 晓东 天乐 俊逸 晨阳 子龙 旭东 凯瑞 欣宇 佳怡 晓彤 婉婷 "
          "嘉乐 俊豪 泽宇 诗雅 湘怡 蓉蓉 欣蕊 雨桐 子琳 佳琦 永杰 家乐 宇航 宏宇 乐乐").split()
GIVEN1 = list("杰涛琪浩洋帆颖瑶")


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
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="酒店客房服务与管理", task="温泉度假酒店周末团队入住客房开夜床与遗留物品处理",
   hours=16, station="酒店服务一体化学习工作站",
   situation="涟源一家温泉度假酒店周末要接待一个八十人的企业团建团队，客房部当晚需要为四十间客房提供开夜床服务，并处理团队退房后发现的遗留物品。客房部经理请酒店班学员按标准程序准备工作车，分楼层完成开夜床、补充客用品，规范登记和保管遗留物品，并与前台做好交接。",
   qs=[("问题1 开夜床服务为什么要先敲门通报？", ["客人可能在房间里休息，先敲门三次并通报“客房服务”，得到允许或确认无人后才能进房，这是尊重客人隐私。", "尊重客人隐私，确认无人再进。", "先敲门三次，通报客房服务。"]),
       ("问题2 发现遗留物品后怎样处理？", ["不得私自处理，立即报告领班，填写遗留物品登记单，写清房号、物品、发现时间和发现人，交客房中心保管。", "报告领班，填登记单。", "交客房中心保管。"])],
   hw=[("1. 开夜床时要做哪几件事？", ["拉上窗帘，打开床头灯，把被子一角折成三十度，放好拖鞋和晚安卡，清理垃圾。", "拉窗帘、开床头灯、折被角。", "放拖鞋和晚安卡。"]),
       ("2. 贵重遗留物品为什么要双人登记？", ["贵重物品容易引起纠纷，两人在场清点、签字，交接时责任清楚。", "避免纠纷，责任清楚。", "两人清点签字。"])],
   outputs=[("楼层开夜床服务记录", "共完成十二间，用时五十分钟。"), ("遗留物品登记单", "手机充电器一个，已交客房中心。")]),
 "belt": dict(major="机电一体化技术", code="0127", course="电气控制线路安装与调试", task="矿用带式输送机跑偏与堵料保护控制线路安装调试",
   hours=18, station="电气控制一体化学习工作站",
   situation="涟源一家煤矿洗选厂的带式输送机经常因为皮带跑偏和落料口堵料停机，厂里想给输送机加装跑偏开关和堵料传感器，做成自动停机并报警的保护控制。设备科科长请机电班学员读懂电气原理图，选择元器件，在实训台上完成控制线路的安装、通电调试和故障排查，并填写调试记录。",
   qs=[("问题1 跑偏开关为什么要装两级？", ["一级跑偏只报警提醒司机调整，二级跑偏说明偏得厉害，要立即停机，防止皮带撕裂。", "一级报警，二级停机。", "防止皮带撕裂。"]),
       ("问题2 通电调试前要检查哪些内容？", ["对照原理图逐线检查接线，用万用表测量有无短路，检查接地，确认急停按钮有效后才能通电。", "逐线查线，测短路。", "确认急停有效。"])],
   hw=[("1. 自锁和互锁有什么区别？", ["自锁是接触器用自己的常开触点保持通电，互锁是两个接触器用对方的常闭触点防止同时吸合。", "自锁保持，互锁防止同时吸合。", "常开自锁，常闭互锁。"]),
       ("2. 堵料传感器报警后应怎样处理？", ["先停机挂牌上锁，清理落料口的积料，检查传感器有无损坏，确认正常后复位再开机。", "停机挂牌，清理积料。", "复位后开机。"])],
   outputs=[("保护控制线路接线图", "共用接触器三个、中间继电器两个。"), ("通电调试记录", "二级跑偏停机动作时间零点八秒。"), ("故障排查记录", "排除线号错接一处。")]),
 "mutton": dict(major="烹饪(中式烹调)", code="0501", course="川菜汤菜与蒸菜制作", task="简阳羊肉汤与小笼粉蒸羊肉制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="冬至前后是简阳羊肉汤最好卖的时候，城里一家羊肉汤馆要在冬至当天接待三百多位客人。汤馆师傅请烹饪班学员学习熬制奶白羊肉汤和制作小笼粉蒸羊肉，按标准完成原料初加工、熬汤、调味和装笼，控制出品时间，并做好成本核算。",
   qs=[("问题1 羊肉汤为什么能熬成奶白色？", ["羊骨和羊肉先焯水去血沫，再用大火持续滚煮，油脂和胶原被打碎乳化，汤就变成奶白色。", "大火滚煮，油脂乳化。", "先焯水去血沫。"]),
       ("问题2 粉蒸羊肉的米粉怎样处理？", ["大米加花椒、八角小火炒到微黄，晾凉后打成粗粒，粗细合适才能吸汁又有嚼劲。", "炒黄后打成粗粒。", "吸汁又有嚼劲。"])],
   hw=[("1. 羊肉去膻有哪些办法？", ["冷水下锅焯水，加姜片、花椒和少量料酒，熬汤时放几片白萝卜。", "焯水加姜和花椒。", "放白萝卜。"]),
       ("2. 小笼蒸菜为什么要旺火足汽？", ["蒸汽足温度才高，羊肉能快速熟透，米粉软糯不夹生。", "温度高，熟得快。", "米粉不夹生。"])],
   outputs=[("奶白羊肉汤制作记录", "熬汤三小时，汤色乳白。"), ("小笼粉蒸羊肉制作记录", "每笼一百五十克，蒸二十五分钟。")]),
 "clinic": dict(major="计算机网络应用", code="0301", course="中小型网络组建与维护", task="乡镇卫生院门诊楼有线与无线网络搭建及故障排查",
   hours=18, station="网络组建一体化学习工作站",
   situation="简阳一个乡镇卫生院新建的门诊楼要接入医保结算系统，需要在挂号、药房、诊室和候诊区布置有线和无线网络。承接工程的网络公司请网络班学员根据平面图规划信息点，划分VLAN，完成交换机和无线接入点的配置，测试医保专网和办公网的隔离，并写出故障排查记录。",
   qs=[("问题1 为什么要把医保结算和候诊区无线分在不同VLAN？", ["医保专网要求和公共网络隔离，患者连的无线不能访问结算终端，分VLAN并做访问控制才安全。", "医保专网要和公共网络隔离。", "分VLAN更安全。"]),
       ("问题2 无线接入点的位置怎样确定？", ["看平面图和墙体材料，先做信号勘测，候诊区人多要多布点，避免相邻接入点用同一信道。", "先做信号勘测。", "相邻不用同一信道。"])],
   hw=[("1. 网线测试不通可能是什么原因？", ["水晶头线序做错、压接不实、线缆中间断了或者超过一百米。", "线序错或压接不实。", "超过一百米。"]),
       ("2. 交换机配置为什么要保存？", ["不保存的话断电重启后配置会丢失，要写入启动配置。", "断电重启会丢失。", "写入启动配置。"])],
   outputs=[("门诊楼信息点规划表", "共四十八个信息点。"), ("交换机配置清单", "划分四个VLAN。"), ("网络故障排查记录", "药房终端不通，重做水晶头后恢复。")]),
 "battery": dict(major="新能源汽车检测与维修", code="0435", course="电动汽车高压系统绝缘检修", task="快递电动物流车雨后高压绝缘报警检测与排除",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="界首一家快递公司的纯电动物流车下雨天后仪表报绝缘故障，车辆限功率行驶。维修站站长请新能源班学员在做好高压安全防护的前提下，读取故障码，按流程下电、验电，测量动力电池包和高压部件的绝缘电阻，找出进水受潮的部件并处理，最后上电验证和填写检修记录。",
   qs=[("问题1 测绝缘电阻前为什么要先下电验电？", ["高压系统有残余电压，必须断开维修开关，等待五分钟以上，用万用表确认电压低于安全值后才能操作。", "有残余电压，要确认安全。", "断开维修开关等五分钟。"]),
       ("问题2 绝缘电阻表的量程怎样选？", ["动力电池电压三百多伏，要选五百伏档测量，量程太低测不准，太高可能损坏部件。", "选五百伏档。", "量程要合适。"])],
   hw=[("1. 高压作业要穿戴哪些防护用品？", ["绝缘手套、绝缘鞋、护目镜，绝缘手套使用前要做气密性检查。", "绝缘手套、绝缘鞋、护目镜。", "手套先查气密。"]),
       ("2. 为什么高压作业要有监护人？", ["一个人操作一个人监护，发生触电时监护人能立即断电施救。", "发生触电能立即施救。", "一人操作一人监护。"])],
   outputs=[("绝缘电阻测量记录", "电池包正极对车身五百二十兆欧。"), ("故障部件处理记录", "高压接插件进水，烘干后更换密封圈。")]),
 "care": dict(major="健康与社会照护", code="0529", course="失能老人生活照护", task="居家卧床老人压力性损伤预防与协助翻身",
   hours=16, station="健康照护一体化学习工作站",
   situation="界首一家居家养老服务中心承接了社区卧床老人的上门照护服务，其中几位老人长期卧床，骶尾部皮肤已经发红。服务中心主任请照护班学员学习压力性损伤的风险评估，制订两小时翻身计划，正确使用减压垫和翻身枕，指导家属观察皮肤，并完成照护记录。",
   qs=[("问题1 哪些部位最容易发生压力性损伤？", ["骶尾部、足跟、髋部、肩胛和枕后，这些地方骨头突出、皮下脂肪薄。", "骶尾部和足跟。", "骨头突出的地方。"]),
       ("问题2 协助翻身时要注意什么？", ["先向老人说明，两人配合，抬起身体不要拖拉，翻身后用枕头垫好，检查皮肤并记录。", "两人配合，不要拖拉。", "翻身后检查皮肤。"])],
   hw=[("1. 为什么要每两小时翻身一次？", ["皮肤持续受压超过两小时就可能缺血坏死，定时翻身可以让受压部位恢复血液循环。", "受压超过两小时会缺血。", "让血液循环恢复。"]),
       ("2. 皮肤发红时可以按摩吗？", ["不可以，发红的部位按摩会加重损伤，应该解除受压并保持清洁干燥。", "不可以按摩。", "解除受压，保持干燥。"])],
   outputs=[("压力性损伤风险评估表", "评分十三分，属中度风险。"), ("两小时翻身照护记录", "左侧卧、平卧、右侧卧轮换。"), ("家属照护指导记录", "教会家属观察骶尾部皮肤。")]),
 "pottery": dict(major="电子商务", code="0603", course="网店视觉设计与客户服务", task="界首彩陶茶具网店详情页设计与售前咨询接待",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="界首彩陶是国家级非物质文化遗产，一家彩陶工作室准备在网上开店销售刻花彩陶茶具。工作室负责人请电商班学员拍摄产品照片，提炼卖点，设计商品详情页，制订售前客服话术，并在模拟客服平台上接待顾客咨询、处理议价和物流问题。",
   qs=[("问题1 彩陶茶具的详情页先讲什么？", ["先用一张大图展示整套茶具，再讲非遗手工刻花和烧制工艺，最后放尺寸、容量和使用保养。", "先放整套大图。", "讲非遗手工工艺。"]),
       ("问题2 顾客嫌贵时客服怎样回答？", ["先认同顾客的感受，再说明手工刻花每件都不一样、制作周期长，可以推荐小一点的套装。", "说明手工制作周期长。", "推荐小套装。"])],
   hw=[("1. 拍彩陶产品时怎样避免反光？", ["用柔光箱或者硫酸纸把光打散，从侧面布光，不要让闪光灯正对釉面。", "用柔光箱打散光线。", "侧面布光。"]),
       ("2. 易碎品的物流要向顾客说明什么？", ["说明用气泡柱和泡沫箱包装，破损可以拍照申请补发，签收时请当面验货。", "破损拍照补发。", "签收时当面验货。"])],
   outputs=[("刻花彩陶茶具详情页", "共九屏，主图五张。"), ("售前客服话术与接待记录", "接待咨询二十一次，成交七单。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="涟源市伏口技工学校", pack="dir", region="ly", course="hotel", cls="酒店2401班", size=36, seed=11,
         sidp="24140504", students=["曾湘怡", "龚宇哲", "梁雨菲"], items={12: ["曾湘怡", "龚宇哲"]},
         extra_class=["彭浩东"], bad={"彭浩东": "over"}, others_named=["肖美珍", "段振邦", "欧秀琼"],
         teachers=["易红霞", "袁振湘"], form_count="36人",
         f8="photo_box", f10="slash_max", f11="room_check", f12="hongbao_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "彭浩东")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a red envelope on the desk) holds the homework of only TWO students, 曾湘怡 and 龚宇哲 "
                 "(梁雨菲's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (TYPED) "
                 "writes each maximum after a slash in the head (`开夜床/30`), an 等级 column after 总分; 彭浩东 has 36 under "
                 "`开夜床/30` (总分 the sum): records.invalid_score. Item 8 (scanned 200 gray): a head box with a photo frame; the "
                 "floor supervisor 肖美珍 signs as 领班 (not a student). Item 11 (typed) 查房记录 name hotel guests 段振邦 and "
                 "欧秀琼 (customers, not students). No roster"),
    dict(school="涟源市伏口技工学校", pack="dir", region="ly", course="belt", cls="机电2402班", size=40, seed=12,
         sidp="24140127", students=["刘泽昊", "谢思颖", "贺子龙"], others_named=["龙铁山"],
         teachers=["陈湘林", "吴美兰"], form_count="40人", roster="seating", headteacher="胡翠娥",
         f8="mentor_pair", f10="bonus", f11="wiring_typed", f12="tape_scan",
         findings=[],
         comment="clean. The roster is a SEATING CHART (学生名单（座位表）): eight columns of five desks under a 讲台 box, a name "
                 "and 学号 in each desk cell, 40 = form `学生人数 | 共40人` = item 10 (TYPED). Item 10 has a 附加分 column (0-5, "
                 "only for some students) explained on the page: 总分 = 各项之和 + 附加分, at most 100; the total of such rows is "
                 "above the sum of the parts by exactly the 附加分. Item 8 (scanned 200 gray, a tape measure on the glass): an "
                 "apprenticeship head `学徒 | <student> | 师傅 | 龙铁山` (the plant's electrician, not a student). Item 12 "
                 "scanned handwriting"),
    dict(school="简阳市绛溪技工学校", pack="gbkzip", region="jy", course="mutton", cls="烹饪2403班", size=38, seed=21,
         sidp="2451050103", students=["游子扬", "廖雨薇", "蒋宇恒"], outsiders={"蒋宇恒": "烹饪2401班"}, out_sidp="2451050101",
         extra_class=["唐嘉俊"], bad={"唐嘉俊": "sum"}, others_named=["罗德全"],
         teachers=["何晓琴", "邓志明"], form_count="38名",
         f8="right_box", f10="name_first_mono", f11="dish_card", f12="recipe_hongbao",
         findings=[("students.not_in_class", 8, True, "蒋宇恒"), ("records.invalid_score", 10, False, "唐嘉俊")],
         comment="蒋宇恒 of the parallel class 烹饪2401班 (his class and 学号 2451050101xx on his worksheet, typed dish cards and "
                 "homework) is the third student of 8/11/12; item 10 (38 rows = form `38名`) has no record of him: "
                 "students.not_in_class. Item 10 (scanned 200 dpi 1-bit) puts 姓名 BEFORE 学号 and an 等级 column after 总分; "
                 "唐嘉俊's 总分 is 7 below the sum of his parts: records.invalid_score. Item 8 (scanned 250 gray): a small "
                 "stacked box at the top right `姓名/学号/班级`; the soup shop's master 罗德全 named as 企业导师 (not a student). "
                 "Item 12 phone photos of recipe cards with a red envelope. No roster"),
    dict(school="简阳市绛溪技工学校", pack="gbkzip", region="jy", course="clinic", cls="网络2401班", size=44, seed=22,
         sidp="2451030101", students=["黄思雅", "周宇飞", "付佳琦"], extra_class=["陈俊龙"], absent_from_10=["陈俊龙"],
         teachers=["唐建川", "杨蜀君"], form_count="44名", roster="registration", headteacher="罗小燕",
         f8="tab_band", f10="grade_letter", f11="config_typed", f12="plain_photo",
         findings=[("records.missing_student", 10, False, "陈俊龙"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 新生报到登记表: 报到日期, 宿舍, 身份证后四位, 44) and the form (`44名`) hold 陈俊龙; item 10 "
                 "(TYPED, 序号 姓名 性别 学号 …, 总评 and 等级) has 43 rows and none for him: records.missing_student and "
                 "records.count_mismatch. Item 8 (scanned 200 colour): a grey band at the top `任务二 | 第_组 | 姓名_ | 学号_`"),
    dict(school="界首市光武技工学校", pack="zip", region="js", course="battery", cls="新能源2401班", size=38, seed=31,
         sidp="24341435", students=["邢浩南", "魏子琳", "葛天乐"], items={8: ["邢浩南", "魏子琳"]},
         extra_class=["任志成"], bad={"任志成": "over"}, others_named=["朱长海"],
         teachers=["冯振华", "郭秀云"], form_count="38",
         f8="vin_photo", f10="foot_max", f11="insulation_typed", f12="exercise_scan",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "任志成")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (PHONE PHOTOS of the printed sheets) holds the worksheets of only TWO students, 邢浩南 and 魏子琳 "
                 "(葛天乐's missing; 11 and 12 hold the three): students.count on 8; students.mismatch optional. Item 10 "
                 "(scanned 300 dpi colour, a tape measure on the glass) writes the maxima in a `满分` row at the BOTTOM of the "
                 "table (after the last student); 任志成 has 24 under 高压防护 whose maximum is 20 (总分 the sum): "
                 "records.invalid_score. Item 8: a head `车辆VIN | 检测员 <student> | 监护人 <teacher>`. Item 11 (typed): the "
                 "fleet captain 朱长海 as 送修人 (not a student). No roster"),
    dict(school="界首市光武技工学校", pack="zip", region="js", course="care", cls="照护2401班", size=40, seed=32,
         sidp="24340529", students=["朱艺馨", "马欣蕊", "杨雨露"], items={11: ["朱艺馨", "马欣蕊", "赵欣宇"]},
         extra_class=["赵欣宇", "孙志伟"], fix=["孙志伟"], others_named=["郭兰英"],
         teachers=["任颍梅", "葛建军"], form_count="39", roster="parents", headteacher="王淑蔓",
         f8="care_record", f10="hand_fix", f11="care_scan", f12="hongbao_photo",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False)],
         optional=[("records.invalid_score", 10, False, "孙志伟")],
         comment="item 11 (SCANNED 200 dpi gray) holds the works of 朱艺馨, 马欣蕊 and classmate 赵欣宇 (with an item-10 record) "
                 "instead of 杨雨露's (8 and 12 hold the three): students.mismatch. The form says `照护2401班/39人`; the roster "
                 "(with a 家长姓名 column: forty parents, not students) and item 10 both list 40: records.count_mismatch. Item 10 "
                 "(scanned 250 gray): 孙志伟's 总分 was written wrong and corrected by hand in red (the wrong figure struck "
                 "through, the right sum beside it, initialled): legal, an invalid_score there is optional. Item 8: the client "
                 "郭兰英 named as 照护对象 (not a student)"),
    dict(school="界首市光武技工学校", pack="zip", region="js", course="pottery", cls="电商2402班", size=36, seed=33,
         sidp="24340603", students=["冯秋雨", "郭俊逸", "葛宇彤"], others_named=["邢桂芝", "任广田", "葛慧兰"],
         teachers=["邢玉梅", "葛卫民", "马怀瑾"], form_count="36",
         f8="plain_line", f10="weighted", f11="chat_typed", f12="color_scan",
         findings=[],
         comment="clean. Item 10 (TYPED) is a WEIGHTED register: 过程考核 (百分制) ×40% + 成果考核 (百分制) ×60% = 总评 (one "
                 "decimal), the formula stated under the head; no column adds up to the total by plain summing. 36 rows = form "
                 "`36`. Three teachers. Item 11 (typed): customer-service chat records naming three buyers 邢桂芝, 任广田, 葛慧兰 "
                 "(customers, not students), `客服：<student>`"),
]

PROVINCE = {1: "湖南省娄底市涟源市", 2: "四川省成都市简阳市", 3: "安徽省阜阳市界首市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 涟源: "附件3-8 工作页.pdf"
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 简阳: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    return "【%d】%s.pdf" % (n, NAMES[n])   # 界首: "【8】工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂申报书（%s）.docx" % c["major"], "docx"),
            2: ("%s申报书.pdf" % s["cls"], "pdf"),
            3: ("申报书-%s-%s.docx" % (s["school"].replace("界首市", ""), s["cls"]), "docx")}[grp(s)]


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

def form_rows(s, c):
    g = grp(s)
    if g == 1:   # 涟源: a separate 学生人数 row, `共36人`
        return [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", "共%s" % s["form_count"]), ("学时", "%d" % c["hours"])]
    if g == 2:   # 简阳: 班级人数 with 名
        return [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
    # 界首: class and size in one cell, `新能源2401班/38人`
    return [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
            ("授课班级及人数", "%s/%s人" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]


def form_count_text(s):
    c = C[s["course"]]
    return " | ".join(r for r in [x for x in form_rows(s, c) if "人数" in x[0]][0])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    info = tbl([[a, (b, ' align="left"')] for a, b in form_rows(s, c)], width="92%", pad="4px 6px")
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}（盖章）</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生以小组为单位领取任务，教师提供引导问题和资源，学生制订并汇报计划，经讨论决策后分工实施，教师巡回指导、记录过程表现，最后展示成果并开展自评、互评和师评。</p>
<h3>五、特色与成效</h3><p>学习任务来自{prov}合作企业的真实工作，成果由企业验收。</p>
<h3>六、承诺</h3><p>本申报材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (5 + s["seed"] % 4, s["seed"] % 10, 2000 + s["seed"] * 53),
        d=5 + s["seed"] % 20, info=info, tm=tbl(trs, width="76%"), situation=c["situation"], prov=PROVINCE[g])
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

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　评阅教师：%s</p>' % (RED, ["完成认真", "步骤清楚", "良好", "再细致些"][i % 4], t[i % 2])
        if f == "photo_box":   # a head box with a one-inch photo frame at the right
            photo = ('<td rowspan="3" style="border:0.75pt solid #000;width:2.5cm;height:3.2cm" align="center">'
                     '<span style="color:#888888">照<br/>片</span></td>')
            head = ('<table style="border-collapse:collapse" width="88%%"><tr>%s%s%s</tr><tr>%s%s</tr><tr>%s%s</tr></table>'
                    % (td("姓　名", ' align="center"', "6px 6px"), td(hand(n), "", "6px 6px"), photo,
                       td("班级/学号", ' align="center"', "6px 6px"), td(hand("%s　%s" % (cl, sid), True), "", "6px 6px"),
                       td("实训岗位", ' align="center"', "6px 6px"), td(hand("客房服务员（%d楼）" % (3 + i), True), "", "6px 6px")))
            body = (title + head + sit + answers(c, rng, i) +
                    '<p>楼层领班：%s　　　%s</p>' % (hand(s["others_named"][0], True, BLACK), comment))
        elif f == "mentor_pair":   # apprentice and master in one head row
            head = tbl([["学　徒", hand(n, True), "学号", hand(sid, True), "师　傅", "%s（设备科电工）" % s["others_named"][0]],
                        ["班　级", hand(cl, True), "工位", hand("%d号实训台" % (2 + i * 3), True), "日　期", hand(day(s, i), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment + '<p>师傅签字：%s</p>' % hand(s["others_named"][0], True, BLACK)
        elif f == "right_box":   # a small stacked box at the top right
            box = ('<table align="right" style="border-collapse:collapse" width="38%%"><tr>%s%s</tr><tr>%s%s</tr><tr>%s%s</tr></table>'
                   % (td("姓名", ' align="center"'), td(hand(n, True)), td("学号", ' align="center"'), td(hand(sid, True)),
                      td("班级", ' align="center"'), td(hand(cl, True))))
            body = (box + '<p style="clear:both"></p>' + title + "<p>企业导师：%s（羊肉汤馆主厨）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i))
                    + sit + answers(c, rng, i) + comment)
        elif f == "tab_band":   # a grey band at the top: task | group | name | number
            band = ('<table style="border-collapse:collapse;background:#d9d9d9" width="100%%"><tr>%s</tr></table>'
                    % "".join(td(x, ' align="center"', "5px 4px", "0.75pt solid #777") for x in
                              ["<b>任务二　网络搭建</b>", "第%s组" % hand("一二三四"[i % 4], True), "姓名 " + hand(n, True), "学号 " + hand(sid, True)]))
            body = band + title + "<p>班级：%s</p>" % hand(cl, True) + sit + answers(c, rng, i) + comment
        elif f == "vin_photo":   # a test-record head: VIN, tester, safety guard
            head = tbl([["车辆识别代号（VIN）", hand("LGX%s8E%07d" % ("CAB"[i % 3], 4412380 + 17 * i), True), "车牌", hand("皖K·D%04d" % (3150 + 7 * i), True)],
                        ["检测员", hand(n, True), "监护人", t[i % 2]], ["班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "care_record":   # carer and client
            head = tbl([["照护员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)],
                        ["照护对象", "%s（女，八十一岁）" % s["others_named"][0], "服务日期", hand(day(s, i), True), "床号", "居家"]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":
            head = '<p>姓名：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"photo_box": "x-scanpdf:200", "mentor_pair": "x-scanpdf:200:tapemeasure", "right_box": "x-scanpdf:250",
            "tab_band": "x-scanpdf:200:color", "vin_photo": "x-scanpdf:200:photo", "care_record": "x-scanpdf:300",
            "plain_line": "x-scanpdf:150"}[f]
    font = {"tab_band": "Noto Sans CJK SC", "vin_photo": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教研室主任：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "slash_max":   # the maximum after a slash in the head; 等级 after 总分
        parts = [("仪容仪表", 10), ("工作车准备", 20), ("开夜床", 30), ("遗留物品处理", 25), ("交接记录", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s/%d" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v = [8, 15, 36, 18, 11]
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩记录表") + table(out) + "<p>说明：表头“/”后为该项满分。</p>" + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "bonus":   # a 附加分 column explained on the page
        parts = [("识图与选型", 20), ("线路安装", 35), ("通电调试", 30), ("安全文明", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分<br/>(0-5)", "总分"]], pad)]
        plus = set(rng.sample(range(len(rec)), 8))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.93)
            b = rng.randint(1, 5) if k in plus else 0
            b = min(b, 100 - sum(v))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核记录表") +
                "<p>计分办法：总分＝各项得分之和＋附加分。附加分用于奖励担任小组长、排除教师设置的附加故障等表现，每人0～5分，总分不超过100分。</p>" +
                table(out) + sign)
        return "10.html", html(body, "8.5pt", compact=True), "pdf"
    if f == "name_first_mono":   # 姓名 before 学号, 等级 and 备注 after 总分
        parts = [("原料加工", 15), ("熬汤", 25), ("蒸菜", 25), ("调味", 20), ("卫生", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s（%d分）" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            tot = sum(v) - (7 if bad.get(n) == "sum" else 0)
            note = "补考" if k in (6, 23) else ""
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), grade(tot), note], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:mono"
    if f == "grade_letter":   # 姓名 and 性别 before 学号, 总评 and 等级
        parts = [("信息点规划", 20), ("VLAN配置", 25), ("无线部署", 25), ("故障排查", 20), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "性别", "学号"] + ["%s<br/>%d分" % p for p in parts] + ["总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), n, sex_of(n), sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "foot_max":   # the maxima in a 满分 row at the bottom
        parts = [("高压防护", 20), ("故障码读取", 10), ("下电验电", 20), ("绝缘测量", 30), ("故障处理", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v = [24, 7, 15, 21, 14]
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        out.append(trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:color:tapemeasure"
    if f == "hand_fix":   # one total corrected by hand in red
        parts = [("风险评估", 20), ("翻身操作", 30), ("减压用具", 20), ("家属指导", 15), ("照护记录", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s（%d）" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = str(sum(v))
            if n in s.get("fix", []):
                tot = ('<span style="text-decoration:line-through">%d</span> <span style="font-family:\'AR PL UKai CN\';color:#b8231a">%d 任</span>'
                       % (sum(v) + 10, sum(v)))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [tot], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "weighted":   # 总评 = 过程×40% + 成果×60%
        hd = ["序号", "学号", "姓名", "过程考核<br/>(百分制)", "详情页设计<br/>(50)", "客服接待<br/>(50)", "成果考核<br/>小计(100)", "总评"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            p = rng.randint(66, 96)
            a, b = rng.randint(32, 48), rng.randint(31, 48)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(p), str(a), str(b), str(a + b), "%.1f" % (p * 0.4 + (a + b) * 0.6)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + "<p>总评＝过程考核×40%＋成果考核×60%（保留一位小数）。</p>" + table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    on = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "room_check":   # 查房人 the student, guests named, the supervisor signs
                parts.append('<h3 style="text-align:center">%s</h3><p>查房人：%s　　班级：%s　　日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["房号", "住客姓名", "项目", "情况"], ["%d0%d" % (3 + i, 2 + j), on[1], "开夜床" if j == 0 else "遗留物品", "完成"],
                                  ["%d1%d" % (3 + i, 5 + j), on[2], "补充客用品", "完成"]], width="90%") +
                             "<p>要点：%s</p><p>领班签字：%s</p>" % (desc, on[0]))
            elif f == "wiring_typed":
                parts.append('<h3>%s</h3><p>绘制：%s　　调试：%s　　班级：%s</p>' % (title, n, n, cl) +
                             tbl([["元件", "型号", "数量"], ["交流接触器", "CJX2-1810", "3"], ["中间继电器", "JZ7-44", "2"], ["跑偏开关", "KPT1-12-30", "2"]], width="80%") +
                             "<p>%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
            elif f == "dish_card":
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "羊骨、羊腿肉" if j == 0 else "羊腿肉、米粉", "企业导师", on[0]],
                                                          ["成品说明", desc, "评价", "良好"]], width="90%"))
            elif f == "config_typed":
                parts.append('<h3>%s</h3><p>配置人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["设备", "接入点", "VLAN"], ["SW-1F", "挂号、收费", "10（医保）"], ["SW-2F", "诊室、药房", "20（办公）"],
                                  ["AP-1F", "候诊区", "30（访客）"]], width="80%") + "<p>%s</p><p>验收：%s</p>" % (desc, t[j % 2]))
            elif f == "insulation_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["送修单位", "界首某快递公司", "送修人", on[0]], ["检测员", "%s（%s）" % (n, cl), "监护人", t[j % 2]],
                                  ["测量档位", "500 V", "环境湿度", "%d%%" % (71 + i)], ["结论", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "care_scan":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护员", hand(n, True), "班级", hand(cl, True)], ["照护对象", on[0], "日期", hand(day(s, 30 + i), True)],
                                  ["记录", hand(desc, True), "审核", t[j % 2]]], width="92%", pad="6px 6px"))
            elif f == "chat_typed":
                buyers = on
                parts.append('<h3>%s</h3><p>客服：%s（%s）　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["时间", "顾客", "内容"], ["10:%02d" % (12 + i), buyers[(i + j) % 3], "这套茶具能用开水直接冲吗？"],
                                  ["10:%02d" % (13 + i), "客服", "可以的亲，彩陶经过一千二百度烧制，耐热。"],
                                  ["10:%02d" % (15 + i), buyers[(i + j + 1) % 3], "包邮吗？易碎怎么办？"]], width="92%", align="left") +
                             "<p>%s</p><p>审核：%s</p>" % (desc, t[j % 3]))
            else:
                raise SystemExit(f)
    meth = "x-scanpdf:200" if f == "care_scan" else "pdf"
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), meth


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
        end = ["! 已阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "hongbao_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "tape_scan":
            head = ["课后作业（电气控制）", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "recipe_hongbao":
            head = ["菜谱卡", "> 菜名：小笼粉蒸羊肉", "> 主料：羊腿肉　辅料：米粉 豆瓣 花椒", "> 步骤：切片—腌制—拌粉—装笼—旺火蒸"]
            end = ["> 姓名：%s　学号：%s　班级：%s" % (n, sid, cl)] + end
        elif f == "plain_photo":
            head = ["网络课后练习", "> %s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "exercise_scan":
            head = ["", "　　　作　业　本", "", s["school"], "> 班级：%s" % cl, "> 姓名：%s" % n, "> 学号：%s" % sid, "----", "动力电池　课后作业"]
        elif f == "color_scan":
            head = ["课后作业（网店客服）", "姓名 %s　学号 %s" % (n, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"hongbao_photo": "x-photo:200:2:hongbao", "tape_scan": "x-scan:200:3", "recipe_hongbao": "x-photo:200:1:hongbao",
            "plain_photo": "x-photo:200:2", "exercise_scan": "x-scan:250:4", "color_scan": "x-scan:200:1:color"}[f]
    if s["seed"] == 32:
        meth = "x-photo:200:3:hongbao"
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("俊杰 梓轩 宇辰 浩然 梓睿 嘉豪 梓航 俊宇 佳豪 天宇 子晨 宇豪 浩轩 博宇 泽昊 梓瑞 子鑫 文轩 宇哲 浩东 俊辉 嘉俊 子扬 伟杰 "
           "俊凯 鸿宇 宇恒 泽睿 志伟 明杰 家伟 靖宇 俊峰 一帆 昊天 逸凡 海涛 家辉 锦涛 宏伟 鑫宇 金龙 智勇 建豪 俊龙 浩南 立鹏 志成 "
           "宇飞 子豪 晓东 天乐 俊逸 晨阳 子龙 旭东 凯瑞 欣宇 嘉乐 俊豪 泽宇 永杰 家乐 宇航 宏宇 杰 涛 浩 洋 帆".split())
ELDER = ("建华 国庆 红英 玉兰 德胜 桂兰 秀芳 卫国 春梅 建平 海燕 爱华 金凤 永红 志强 丽君 小平 冬梅 新民 凤英 树林 "
         "保国 雪梅 长青 素珍 明亮 月娥 根生 菊香 光明 翠兰 志军 红霞 永福 玉珍 长江 美华 俊生 桂珍 国华 春花 德明 "
         "启贵 德顺 满仓 荷花 银凤 来福 素兰 秋菊 传友 淑梅 桂枝 振东 兴旺 留柱 春来 改英 美云 书平 合意 学勤 会芳 守田").split()


def sex_of(n):
    return "男" if n[1:] in MALE else "女"


def roster(s, d, man, avoid):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "seating":   # a seating chart: eight columns of five desks under the 讲台
        rows = ['<tr><td colspan="8" style="border:0.75pt solid #000;padding:6px" align="center"><b>讲　台</b></td></tr>']
        for rr in range(5):
            cells = []
            for cc in range(8):
                j = rr * 8 + cc
                cells.append(td("%s<br/><span style=\"font-size:7pt\">%s</span>" % (k[j], sid_of(s, k[j])) if j < len(k) else "", ' align="center"', "6px 2px"))
            rows.append("<tr>%s</tr>" % "".join(cells))
        body = ('<h2 style="text-align:center">%s学生名单（座位表）</h2><p style="text-align:center">%s　2024—2025学年第一学期　一体化教室</p>'
                % (s["cls"], s["school"]) + table(rows) +
                "<p>班主任：%s　　　全班共%d人（第一排靠近讲台，第一列靠门）</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（座位表）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "registration":   # 新生报到登记表
        rows = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别", "报到日期", "宿舍", "身份证后四位"]], "1px 4px")]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "2024-09-0%d" % (1 + j % 3),
                              "%s%d" % ("男生楼" if sex_of(n) == "男" else "女生楼", 301 + j // 6), "%04d" % ((j * 7919 + 1234) % 10000)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s新生报到登记表（学生名单）</h2><p>班级：%s</p>' % (s["school"], s["cls"]) + table(rows, width="92%") +
                "<p>班主任：%s　　应到%d人，实到%d人</p>" % (s["headteacher"], len(k), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "parents":   # a class list with a parent's name and phone
        rng = random.Random(s["seed"] * 97)
        parents = []
        rows = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别", "家长姓名", "联系电话"]], "1px 4px")]
        for j, n in enumerate(k):
            for _ in range(500):
                p = n[0] + rng.choice(ELDER)
                if not (used(p) or p in parents or p in TAKEN or any(near(p, x) for x in k + avoid + parents)):
                    break
            else:
                raise SystemExit("no parent name for %s" % n)
            parents.append(p)
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), p,
                              "1%d%d****%04d" % (3 + j % 7, j % 10, (j * 4391 + 77) % 10000)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生花名册</h2><p style="text-align:center">%s</p>' % (s["cls"], s["school"]) +
                table(rows, width="92%") + "<p>班主任：%s　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
        return parents
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
    truth = {"comment": "Ninety-second held-out people corpus (testdata/heldout92), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 92)
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
        extra_named = roster(s, d, man, avoid + [x for x in s["klass"]])
        TAKEN.update(extra_named)
        write(os.path.join(d, "manifest.tsv"), "\n".join(man) + "\n")
        subid = "%s/%s" % (s["school"], s["sub"])
        for rule, item, anyi, *student in s["findings"]:
            e = {"rule": rule, "submission_id": subid, "item": item}
            if anyi:
                e["any_item"] = True
            if student:
                e["student"] = student[0]
            truth["findings"].append(e)
        for rule, item, anyi, *student in s.get("optional", []):
            e = {"rule": rule, "submission_id": subid, "item": item}
            if anyi:
                e["any_item"] = True
            if student:
                e["student"] = student[0]
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
            "notes": {}, "corrections": {n: "总分 corrected by hand in red (struck-through wrong figure)" for n in s.get("fix", [])}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
