#!/usr/bin/env python3
"""Write the sources of the hundred-and-thirty-fourth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 武冈市
(Hunan, 邵阳), 临潭县 (Gansu, 甘南藏族自治州) and 罗源县 (Fujian, 福州).

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
# the truth files read for names, tasks and courses to avoid (heldout133 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 133)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 武冈 (邵阳 families: 刘 王 李 邓 肖 夏 曾 周 and 尹 段 戴 毛 易 谢 向),
# 临潭 (the Han and Hui families of 洮州: 王 马 丁 敏 李 张 杨 and 冶 喇 苏 石 祁), 罗源 (闽东 families 林 陈 黄 郑
# 王 吴 and 游 卓 郭, and the 畲 families 雷 蓝 钟)
SURNAMES = {
    "wg": list("刘刘刘刘王王王李李李邓邓邓肖肖夏夏曾曾周周黄唐戴尹段毛易谢向胡钟林"),
    "lt": list("王王王马马马马丁丁敏敏李李张张刘杨杨赵陈何苏石冶喇贾卢范祁"),
    "ly": list("林林林林陈陈陈黄黄黄郑郑王吴张李游卓郭雷蓝钟杨江"),
}
# given names: a new list, everyday names of students born around 2008-2009 in small towns
GIVEN2 = ("雨桐 宇航 婧怡 佳乐 浩宇 俊熙 梓萱 家辉 志鹏 诗涵 欣妍 梦瑶 思雨 晓燕 嘉乐 俊杰 浩然 子豪 文博 晨曦 "
          "宇轩 佳琪 俊宇 欣怡 子涵 雅婷 一帆 紫涵 思彤 可欣 锦涛 晨宇 天宇 嘉豪 雨欣 梓豪 心怡 鹏程 婉婷 俊豪 "
          "星辰 欣然 雨萌 思琦 子怡 泽宇 博宇 佳欣 若涵 宇泽 嘉琪 睿哲 雨涵 文轩 馨怡 浩轩 语涵 逸飞 昊天 诗琪 "
          "子瑜 佳豪 可馨 梓晨 家俊 梦琪 晓雪 嘉伟 海龙 金龙 志远 鑫宇 振宇 宏伟 丽娜 丹丹 倩倩 莉莎 艳萍 玉婷 "
          "佳怡 晓琳 春晖 秋雨 冬梅 夏阳 明杰 志豪 家豪 少华 晓峰 俊峰 建宇 子健 雨航 书涵 梓琳 依琳 静雯 雅丽 "
          "芷若 语桐 铭轩 皓宇 浩楠 俊逸 佳伟 小雨 玉洁 悦然 欣雨 艺萱 紫琪 若曦 嘉欣 晓彤 奕涵 泽轩 浩博 宇豪 "
          "锦程 彦君 亚鹏 天乐 俊辉 海洋 成龙 金鑫 国豪 伟豪 丽君 美玲 慧敏 晓敏 婷婷 娜娜 雪琴 春燕 彩霞 巧玲 "
          "永康 立强 文涛 国栋 明辉 世豪 昊宇 梓航 晨阳 思源 鸿宇 子墨 梓涵 宇晨 若琳 欣悦 梦洁 佳慧 雨琪 晓丽").split()
GIVEN1 = list("杰婷磊鑫琳涛娟强")
# grown-ups' given names (parents on the 电商 roster)
ADULT = ("建华 国平 志强 秀英 丽华 建明 春生 金水 玉珍 美华 永福 文彬 德明 荣华 秋月 桂兰 志明 宝珠 清华 良才 "
         "明福 依妹 秀珠 金华 少云 水生 瑞金 玉英 爱华 丽珍 福生 天赐 其华 仁和 惠珍 木兴 阿銮 玉凤 春花 细妹 "
         "德兴 清水 秀兰 国强 宝林 建生 兴旺 金凤 月娇 木生").split()


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
            name = sur + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "luwei": dict(major="烹饪(中式烹调)", code="0501", course="武冈卤味制品制作", task="武冈卤豆腐与卤铜鹅卤制及真空包装",
   hours=16, station="卤味制作一体化学习工作站",
   situation="武冈城里一家老字号卤味作坊要在春节前给外地的老乡寄送卤味礼盒，订单是平时的五倍。作坊师傅请烹饪班学员按作坊的老卤配方熬制卤水，完成卤豆腐的压制、烘烤和卤制，处理铜鹅并卤制、切配，最后按食品安全要求真空包装、贴标和留样。",
   qs=[("问题1 卤豆腐为什么要先烘烤再下卤锅？", ["烘烤能让豆腐表面结一层皮、内部变得紧实，卤的时候不易碎，也更吸卤汁。", "烘烤后不易碎，更吸卤汁。", "表面结皮，内部紧实。"]),
       ("问题2 老卤为什么每次用完都要烧开撇油？", ["烧开可以杀菌，撇去浮油和杂质，卤水才不会变质发酸，可以长期使用。", "杀菌，防止卤水变质。", "撇去浮油杂质。"])],
   hw=[("1. 铜鹅卤制前要做哪些处理？", ["去净细毛和内脏，焯水去血沫，再用料酒和姜葱腌制半小时。", "去毛去内脏，焯水。", "腌制半小时。"]),
       ("2. 真空包装时封口不严会有什么后果？", ["漏气后细菌容易繁殖，卤味在运输途中胀袋变质，顾客收到就不能吃了。", "漏气，胀袋变质。", "运输中容易坏。"])],
   outputs=[("卤豆腐真空包装批次记录", "净含量二百克，封口完好。"), ("卤铜鹅真空包装批次记录", "净含量五百克，抽检合格。")]),
 "sealer": dict(major="机电一体化技术", code="0127", course="包装机械电气控制系统检修", task="卤味真空包装机抽气与热封温控PLC控制系统检修",
   hours=16, station="机电设备装调一体化学习工作站",
   situation="武冈工业园一家卤味食品厂的双室真空包装机近来经常抽气不到位、热封条温度忽高忽低，封出来的袋子漏气。厂里设备科请学校机电班学员查阅设备图纸，测量真空泵和加热条电路，检查温控模块和PLC程序，更换损坏的元件并修改程序，最后连续试封五十袋验证。",
   qs=[("问题1 抽气不到位时先检查哪些部位？", ["先看真空泵油位和油色，再查抽气管路和室盖密封条有没有漏气，最后查真空度传感器。", "真空泵油位和密封条。", "真空度传感器。"]),
       ("问题2 热封温度忽高忽低可能是什么原因？", ["热电偶接触不良或老化，温控模块参数被改动，固态继电器损坏。", "热电偶接触不良。", "固态继电器坏了。"])],
   hw=[("1. 修改PLC程序前要做什么？", ["先上传并备份原程序，记录改动的地方，改完在空载下试运行。", "备份原程序。", "记录改动，空载试运行。"]),
       ("2. 更换加热条时要注意什么安全事项？", ["断开总电源并挂牌，等加热条冷却后再拆，戴好隔热手套。", "断电挂牌，等冷却。", "戴隔热手套。"])],
   outputs=[("真空泵与管路检修调试记录", "真空度达到负零点零九兆帕。"), ("热封温控PLC程序修改与试封记录", "连续试封五十袋无漏气。")]),
 "tube": dict(major="健康与社会照护", code="0529", course="管饲与进食照护", task="居家鼻饲老人管饲喂养与口腔清洁照护",
   hours=16, station="居家照护一体化学习工作站",
   situation="武冈市一家居家养老服务中心为几位鼻饲的高龄老人提供上门照护。中心主任请照护班学员跟随照护员上门，学习评估老人和胃管情况，按规范配制和推注流质饮食，做好鼻饲前后的体位和冲管，每天两次为老人清洁口腔，并向家属讲解注意事项和填写照护记录。",
   qs=[("问题1 鼻饲前为什么要确认胃管在胃内？", ["胃管如果脱出到食管或误入气管，推注流质会引起呛咳甚至窒息，所以每次都要回抽确认。", "防止误入气管引起窒息。", "每次回抽确认。"]),
       ("问题2 鼻饲后为什么要保持半卧位半小时？", ["半卧位能减少胃内容物反流，防止误吸引起肺部感染。", "防止反流和误吸。", "减少肺部感染。"])],
   hw=[("1. 流质饮食的温度怎样掌握？", ["三十八到四十度左右，滴在手腕内侧不烫为宜，太烫会烫伤黏膜。", "三十八到四十度。", "手腕内侧试温。"]),
       ("2. 为鼻饲老人清洁口腔时要注意什么？", ["棉球不能太湿，一次一个，擦洗时动作轻，防止水流入气管，注意观察口腔黏膜。", "棉球不能太湿。", "动作轻，观察黏膜。"])],
   outputs=[("鼻饲照护记录", "推注二百毫升，无呛咳。"), ("口腔清洁照护记录", "黏膜完整，无溃疡。")]),
 "homestay": dict(major="饭店(酒店)服务", code="0504", course="民宿前厅与餐饮服务", task="冶力关民宿前台入住接待与藏式早餐服务",
   hours=14, station="民宿服务一体化学习工作站",
   situation="暑假是冶力关景区的旺季，临潭县一家十二间客房的民宿每天都有自驾游客入住。民宿店长请饭店班学员跟岗，参加每天早上的晨会，在前台为客人办理入住、介绍房间和周边景点，第二天早上准备并服务藏式早餐，收集客人意见并整理服务记录。",
   qs=[("问题1 办理入住时要核对和告知客人哪些内容？", ["核对身份证和预订信息，告知早餐时间、退房时间、无线网络密码和紧急出口位置。", "核对身份证和预订信息。", "告知早餐和退房时间。"]),
       ("问题2 怎样向客人介绍藏式早餐？", ["介绍酥油茶、糌粑、牦牛酸奶和青稞饼的吃法，提醒初到高原的客人少量尝试。", "介绍吃法，提醒少量尝试。", "酥油茶、糌粑、酸奶。"])],
   hw=[("1. 客人反映高原反应时前台怎样处理？", ["请客人坐下休息，提供热水和氧气瓶，观察情况，严重时联系医院。", "提供热水和氧气瓶。", "严重时联系医院。"]),
       ("2. 晨会上要交代哪些事情？", ["当天入住和退房的客人、特殊要求、天气和景区开放情况，以及分工。", "当天入住退房情况。", "分工和天气。"])],
   outputs=[("入住接待记录", "客人满意，评价五星。"), ("藏式早餐服务记录", "出餐准时，客人好评。")]),
 "retarder": dict(major="汽车维修", code="0403", course="商用车制动系统检修", task="牧区重型货车排气制动失效与缓速器故障诊断",
   hours=18, station="商用车检修一体化学习工作站",
   situation="入冬后，一位在临潭牧区跑运输的货车司机反映，他的重型货车下长坡时排气制动不起作用，仪表上缓速器故障灯常亮，只能靠行车制动控制车速，刹车鼓发烫。维修站站长请汽修班学员问诊、查阅维修手册，检查排气制动蝶阀、电磁阀和气路，读取缓速器故障码，测量线束和传感器，排除故障并路试。",
   qs=[("问题1 排气制动不起作用要检查哪些部件？", ["排气制动开关、电磁阀、气缸和蝶阀，以及连接的气管有没有漏气或冻住。", "电磁阀、气缸和蝶阀。", "气管有没有冻住。"]),
       ("问题2 下长坡只用行车制动有什么危险？", ["刹车鼓长时间摩擦会过热，制动力下降，严重时刹车失灵。", "刹车过热失灵。", "制动力下降。"])],
   hw=[("1. 冬季气路为什么容易出故障？", ["压缩空气里的水分在低温下结冰，会堵住电磁阀和气管，要定期放水。", "水分结冰堵塞。", "要定期放水。"]),
       ("2. 读取缓速器故障码后下一步怎么做？", ["记录故障码，按手册的诊断流程测量相关传感器和线束，不能直接换件。", "按诊断流程测量。", "不能直接换件。"])],
   outputs=[("故障诊断与维修报告（8D）", "更换排气制动电磁阀，清理冻结气管。"), ("路试检验记录", "下坡排气制动正常，故障灯熄灭。")]),
 "abalone": dict(major="电子商务", code="0603", course="农产品网店客户服务", task="罗源湾鲍鱼礼盒冷链订单客服接待与售后",
   hours=14, station="电商运营一体化学习工作站",
   situation="罗源湾的养殖户合作社在网店上销售鲜活鲍鱼礼盒，春节前订单集中，顾客咨询和售后问题很多。合作社请电商班学员担任网店客服，按话术规范接待咨询、核对收货地址和冷链配送范围，处理延误、死鲍和退款等售后问题，每天整理订单并对账。",
   qs=[("问题1 顾客下单前为什么要核对冷链配送范围？", ["鲜活鲍鱼要在四十八小时内送到，偏远地区冷链到不了，要提前告知顾客，避免收货时已经死亡。", "四十八小时内送到。", "偏远地区冷链到不了。"]),
       ("问题2 顾客说收到的鲍鱼有死的怎么处理？", ["先道歉，请顾客拍照和视频，核实数量后按死鲍数量补发或退款，并反馈给仓库。", "拍照核实后补发或退款。", "反馈给仓库。"])],
   hw=[("1. 客服回复顾客为什么要有时效？", ["顾客等待太久会流失，平台也考核首次响应时间，一般要求三十秒内回复。", "顾客会流失。", "三十秒内回复。"]),
       ("2. 每日对账要核对哪些数据？", ["订单数、实收金额、退款金额和快递费，与后台和仓库发货单一一对应。", "订单数和实收金额。", "退款和快递费。"])],
   outputs=[("客服接待话术与案例汇总", "典型咨询二十类。"), ("网店日对账单", "当日订单八十六单，账实相符。")]),
 "coldstore": dict(major="计算机网络应用", code="0301", course="无线局域网勘测与部署", task="罗源湾海产品冷库车间无线网络勘测与AP部署",
   hours=16, station="网络工程一体化学习工作站",
   situation="罗源湾一家海产品加工厂新建了冷库和分拣车间，工人用手持终端扫码出入库，但车间里金属货架多、温度低，无线信号时断时续。厂里信息员请网络班学员到现场勘测信号，设计AP点位，选择耐低温的设备，安装调试并测试漫游，最后提交勘测报告和部署记录。",
   qs=[("问题1 冷库里的无线信号为什么容易变差？", ["金属货架和冷库保温板会反射和遮挡信号，低温还会影响普通设备的工作。", "金属货架反射遮挡。", "低温影响设备。"]),
       ("问题2 勘测时要记录哪些数据？", ["每个测试点的信号强度、信噪比、干扰信道和周围的遮挡物，画在平面图上。", "信号强度和信噪比。", "画在平面图上。"])],
   hw=[("1. 相邻AP的信道怎样规划？", ["二点四吉赫兹用一、六、十一三个不重叠信道交替布置，五吉赫兹尽量分开。", "一、六、十一交替。", "不重叠信道。"]),
       ("2. 手持终端漫游时断线怎么排查？", ["看相邻AP的覆盖重叠是否足够，调整漫游门限和发射功率，检查终端驱动。", "覆盖重叠够不够。", "调整漫游门限。"])],
   outputs=[("冷库车间无线信号勘测报告", "测试点四十个，弱覆盖区三处。"), ("AP安装调试记录", "安装AP八台，漫游测试通过。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="武冈市都梁技工学校", pack="gbkzip", region="wg", course="luwei", cls="烹饪2401班", size=39, seed=11,
         sidp="24050101", students=["邓若岚", "肖宇航", "曾婧怡"], items={12: ["邓若岚", "肖宇航", "曾婧怡", "唐佳乐"]},
         extra_class=["唐佳乐", "尹浩宇"], bad={"尹浩宇": "over"}, others_named=["毛德胜", "唐素珍"],
         teachers=["夏湘林", "戴冬梅"], form_count="39", form_cell=("班级人数", "男：{m}　女：{f}　共：39"),
         f8="passport", f10="video_no", f11="batch", f12="match_sheet",
         findings=[("records.invalid_score", 10, False, "尹浩宇"), ("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 10 (scanned 250 dpi gray, a protractor on the glass) is a register with a 录像编号 column "
                 "(序号 学号 姓名 录像编号 原料初加工(15) 刀工(20) 卤制火候(30) 调味与色泽(20) 包装与卫生(15) 总分); 尹浩宇 has 24 under "
                 "刀工(20) (总分 the sum): records.invalid_score. Item 12 (printed exercise sheets filled in by hand, photographed "
                 "on a desk, two mandarin oranges on the sheets) holds FOUR students: the three and classmate 唐佳乐 (with "
                 "an item-10 record): students.count on 12; students.mismatch optional. Item 8 (colour scan 200): a 学习护照 page "
                 "per student (持照人, 护照编号, 班级, 学号, a grid of stamp boxes) before the worksheet; the workshop master "
                 "毛德胜 signs as 企业导师 (not a student). Item 11 (typed): 真空包装批次记录, 封口人 the student, the plant's "
                 "QC 唐素珍 as 质检. Form `男：<m>　女：<f>　共：39` = 39 rows. No roster"),
    dict(school="武冈市都梁技工学校", pack="gbkzip", region="wg", course="sealer", cls="机电2401班", size=40, seed=12,
         sidp="24012701", students=["刘奕帆", "王芷妍", "尹家辉"], outsiders={"尹家辉": "机电2402班"}, out_sidp="24012702",
         extra_class=["黄梓川"], bad={"黄梓川": "sum"}, others_named=["戴立平"],
         teachers=["段湘渠", "周冬英", "毛立华"], form_count="40", form_cell=("ROW", "40"),
         f8="line_1bit", f10="exam_import", f11="chief_op", f12="hand_scan",
         findings=[("students.not_in_class", 8, True, "尹家辉"), ("records.invalid_score", 10, False, "黄梓川")],
         comment="尹家辉 of the parallel class 机电2402班 (his class and 学号 2401270223 on his worksheet (1-bit scan), typed "
                 "commissioning record and homework (scanned gray, protractor)) is the third student of 8/11/12; item 10 (40 rows "
                 "= form 40) has no record of him: students.not_in_class. Item 10 (TYPED, landscape) is a 成绩登记表 that merges "
                 "a theory score IMPORTED FROM THE EXAM SYSTEM (机考场次, 机位 and 理论机考(30) columns) with the practical parts; "
                 "黄梓川's 总评 is 5 above the sum: records.invalid_score. Item 11: 调试记录 with `主操人` (the student) and "
                 "`监护人` (a teacher), the machine maker's engineer 戴立平 as 厂方验收 (not a student). The form has the official "
                 "one-row layout `授课年级 | 2024级 | 授课班级 | 机电2401班 | 班级人数 | 40`. No roster"),
    dict(school="武冈市都梁技工学校", pack="gbkzip", region="wg", course="tube", cls="照护2401班", size=39, seed=13,
         sidp="24052901", students=["谢语菡", "易欣妍", "向梦瑶"], extra_class=["段芊语"], absent_from_10=["段芊语"],
         others_named=["刘满秀", "王德成", "李银凤"], teachers=["易春桃", "曾玉华"], headteacher="肖淑华",
         form_count="39人", form_cell=("班级人数", "39人"), roster="phones",
         f8="care_head", f10="plain_care", f11="care_rec", f12="hand_lxgw",
         findings=[("records.missing_student", 10, False, "段芊语"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学生手机统一保管登记表, 39 rows: 手机品牌, 保管袋号, 上交/领回 ticks; the dormitory "
                 "matron 李银凤 as 保管员 at the foot) and the form (`39人`) hold 段芊语; item 10 (scanned 200 dpi gray, a protractor "
                 "on the glass) has 38 rows and none for her: records.missing_student and records.count_mismatch. The elders "
                 "刘满秀 (item 8) and 王德成 (item 11) are 照护对象 (not students)"),
    dict(school="临潭县洮州技工学校", pack="dir", region="lt", course="homestay", cls="饭店2401班", size=36, seed=21,
         sidp="20240504", students=["道吉草", "马芮琳", "丁嘉乐"], extra_class=["才让东主", "更登尖措", "仁青草"],
         others_named=["苏尕让", "郑国栋", "任丽君", "吴德兴"], teachers=["华旦卓玛", "敏玉兰"], headteacher="丁文斌",
         form_count="36人", form_cell=("学生人数", "36人（其中藏族4人）"), roster="morning",
         f8="briefing", f10="minus", f11="checkin", f12="glossary",
         findings=[],
         comment="clean. A Tibetan teacher (华旦卓玛) and four Tibetan students (道吉草, one of the three, 才让东主, 更登尖措, 仁青草; "
                 "form `36人（其中藏族4人）`). The roster is an 早操考勤表 (one week, 36 rows, √/假/迟 marks; the 体育委员 is a "
                 "class member). Item 8 (colour scan 200) is a 晨会记录 worksheet: the 民宿 manager 苏尕让 as 主持（店长）, the "
                 "student as 记录（实习管家）, today's guests 郑国栋 and 任丽君 named. Item 10 (TYPED) has an 仪容仪表扣分 column "
                 "(−2/−3 on four rows) and 总分 = the three parts minus the deduction (a note says so): legal. Item 11: "
                 "入住接待 and 早餐服务 records naming the guests. Item 12: a printed 中英对照 glossary filled in by hand, "
                 "photographed (mandarin oranges on the sheet); the guest 吴德兴 also named on item 11"),
    dict(school="临潭县洮州技工学校", pack="dir", region="lt", course="retarder", cls="汽修2301班", size=42, seed=22,
         sidp="20230403", students=["马骁航", "敏子骞", "杨宏杰"], items={8: ["马骁航", "敏子骞", "祁文博"]},
         extra_class=["祁文博", "桑杰吉", "卢奕铭"], absent_from_10=["卢奕铭"], others_named=["冶兴福"],
         teachers=["冶成林", "范国强"], form_count="42人", form_cell=("授课班级", "汽修2301班（42人）"),
         f8="w5h2", f10="contest", f11="report8d", f12="mono_hand",
         findings=[("students.mismatch", 8, True), ("records.count_mismatch", 10, False)],
         comment="item 8 (the printed 5W2H 故障分析单 filled in by hand and PHOTOGRAPHED on a desk, mandarin oranges on "
                 "the sheet) holds the worksheets of 马骁航, 敏子骞 and classmate 祁文博 (with an item-10 record) instead of "
                 "杨宏杰's (items 11 and 12 hold the three): students.mismatch. Item 10 (scanned 300 dpi 1-bit) is laid out "
                 "as a 技能比武评分汇总表 (选手编号 A01…, 选手姓名, 学号, three parts, 总分, 名次) and lists 41; the form says "
                 "`汽修2301班（42人）`: records.count_mismatch (no roster). Item 11 (typed): an 8D report per work, D1 "
                 "报告人 the student; the truck driver 冶兴福 (车主) named on items 8 and 11"),
    dict(school="罗源县凤山技工学校", pack="zip", region="ly", course="abalone", cls="电商2401班", size=40, seed=31,
         sidp="2406031", sidfmt="%03d", students=["迪丽努尔·吐尔逊", "林若汐", "雷诗琪"],
         others_named=["陈美娇", "吴建兴", "郑秋月", "郭永清"], teachers=["游丽清", "卓宏斌"], headteacher="蓝秀钗",
         form_count="40人", form_cell=("班级人数", "40人（含插班生1人）"), roster="contacts",
         f8="agent_id", f10="weighted", f11="recon", f12="color_hand",
         findings=[],
         comment="clean. 迪丽努尔·吐尔逊 (an Uyghur student, middle dot; the 插班生 of the form `40人（含插班生1人）`) is one "
                 "of the three. The roster is a 学生通讯名单 with a 监护人 column: 40 guardians' names (grown-ups, not "
                 "students) beside the students. Buyers 陈美娇, 吴建兴, 郑秋月 and the co-op's 郭永清 on items 8 and 11. Item 10 "
                 "(TYPED, landscape): weighted 总评 = 过程小计×40% + 结果×60% (explained), 等级. Item 11: a 网店日对账单 "
                 "(制表 the student, 复核 a teacher, 收件人 the buyers)"),
    dict(school="罗源县凤山技工学校", pack="zip", region="ly", course="coldstore", cls="网络2401班", size=38, seed=32,
         sidp="2403011", sidfmt="%03d", students=["郑宇轩", "陈奕彤", "游梓铭"], items={11: ["郑宇轩", "陈奕彤"]},
         extra_class=["江宏毅"], bad={"江宏毅": "sum"}, others_named=["林月娇"],
         teachers=["郑孝峰", "雷月华"], form_count="38", form_cell=("人数", "38"),
         f8="survey", f10="plain_net", f11="ap_record", f12="photo_plain",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "江宏毅")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: 勘测报告 and AP安装调试记录, `施工人：<name>`) holds the works of only TWO students, 郑宇轩 and "
                 "陈奕彤 (游梓铭's missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. Item 10 "
                 "(TYPED) 38 rows = form `38`; 江宏毅's 总分 is 6 above the sum: records.invalid_score. Item 8 (scanned 250 gray, "
                 "a protractor on the glass): 勘测人 line, the plant's IT officer 林月娇 as 厂方陪同 (not a student)"),
]

PROVINCE = {1: "湖南省邵阳市武冈市", 2: "甘肃省甘南藏族自治州临潭县", 3: "福建省福州市罗源县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 武冈: "8．工作页.pdf" (full-width dot)
        return "%d．%s.pdf" % (n, NAMES[n])
    if g == 2:   # 临潭: "08 工作页.pdf"
        return "%02d %s.pdf" % (n, NAMES[n])
    return "%d_%s.pdf" % (n, NAMES[n])   # 罗源: "8_工作页.pdf"


def form_name(s, c):
    return {1: ("附件2-工学一体化优质课堂项目申报书（%s）.docx" % s["cls"], "docx"),
            2: ("申报书（%s）.pdf" % c["major"], "pdf"),
            3: ("%s优质课堂申报书.docx" % s["cls"], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.8cm 1.6cm")
    extra = " p{margin-top:0;margin-bottom:3pt}" if compact else ""
    return ('<html><head><meta charset="utf-8"><style>@page{%s}%s body{font-family:"%s";font-size:%s}</style></head><body>\n%s\n'
            '</body></html>\n' % (page, extra, font, size, body))


LANDSCAPE = "size:297mm 210mm;margin:1.0cm 1.2cm"
PB = '<p style="page-break-before:always"></p>'
BLUE, BLACK = "#22306a", "#141414"
RED = 'style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:13pt"'


def hand(x, small=False, ink=BLUE, size=None):
    return '<span style="font-family:\'AR PL UKai CN\';color:%s;font-size:%s">%s</span>' % (
        ink, size or ("13pt" if small else "15pt"), x)


def stamp(x):
    return '<span style="font-family:\'Noto Sans CJK SC\';color:#c0281e;border:1.5pt solid #c0281e;padding:1px 4px;font-size:10pt"><b>%s</b></span>' % x


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

def form_count_text(s):
    a, b = s["form_cell"]
    if a == "ROW":
        return "授课年级 | 2024级 | 授课班级 | %s | 班级人数 | %s" % (s["cls"], b)
    return "%s | %s" % (a, b)


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "出生年月", "职称", "承担任务"]] + [
        [n, "19%d年%d月" % (72 + (i * 7 + s["seed"]) % 20, 1 + (i * 5 + s["seed"]) % 12), TITLES[(i + s["seed"]) % 5],
         "课堂负责人、主讲" if i == 0 else ("考核组织、教务" if i == 2 else "实训指导")] for i, n in enumerate(t)]
    P = "4px 6px"
    a, b = s["form_cell"]
    head = [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("授课学习任务名称", c["task"])]
    if a == "ROW":   # the official one-row layout of 附件2
        info = tbl([[x, (y, ' align="left" colspan="5"')] for x, y in head] +
                   [["授课年级", "2024级", "授课班级", s["cls"], "班级人数", b]] +
                   [["授课实训室或学习工作站名称", (c["station"], ' align="left" colspan="3"'), "工位数", "20"]], width="96%", pad=P)
    else:
        rows = head + ([("授课班级", s["cls"])] if a != "授课班级" else []) + [(a, b), ("学时", "%d" % c["hours"]),
                                                                          ("授课实训室或学习工作站名称", c["station"])]
        info = tbl([[x, (y, ' align="left"')] for x, y in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、目标与内容</h3><p>{situation}</p>
<h3>四、资源与环境</h3><p>依托{station}和合作单位的真实工作现场，配备工作页、操作规范、微课视频和设备手册。</p>
<h3>五、考核评价</h3><p>过程考核与结果考核相结合，企业人员参与评价，全班学生的考核记录完整归档。</p>
<h3>六、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学，学生分组领取任务，教师巡回指导。</p>
<h3>七、学习成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>九、授课教师诚信承诺</h3><p>本人已认真填写并检查以上材料，保证内容真实有效。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="80%"), situation=c["situation"], station=c["station"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程定位\n本课程是{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}合作企业的岗位要求进行校本转化。\n二、学习任务\n本学期实施“{task}”，共{hours}学时。\n三、考核\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务情境\n{situation}\n二、工作过程\n接受任务、制订计划、实施、检查、评价反馈。",
    3: "{school}\n{task}　教学活动策划\n活动一　接受任务，获取信息\n活动二　制订计划并决策\n活动三　实施任务\n活动四　检查、展示与评价",
    4: "{school}\n{course}　教学进度计划（{hours}学时）\n第一次课　接受任务\n第二次课　制订计划\n第三、四次课　实施任务\n第五次课　检查评价",
    5: "{school}\n{task}　教学活动方案\n一、任务导入\n二、引导问题\n三、分组实施，教师巡回指导\n四、展示与评价",
    6: "{school}\n学习任务资源及清单\n工作页、操作规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为资讯区、计划区、实施区和展示评价区。",
    9: "{school}\n{task}　学习任务考核方案\n考核分过程考核和结果考核，成绩记入学习任务考核记录。",
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
    fmt = s.get("sidfmt", "%02d")
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + fmt % 23
    return s["sidp"] + fmt % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    per = 1
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "passport":   # a 学习护照 page per student (持照人, stamp boxes), then the worksheet
            per = 2
            acts = ["接受任务", "老卤熬制", "卤豆腐制作", "铜鹅卤制", "真空包装", "评价反馈"]
            cells = []
            for k, a in enumerate(acts):
                cells.append('活动%d　%s<br/>%s<br/>%s<br/><span style="font-size:8pt">签章：</span>%s' % (
                    k + 1, a, hand("11月%d日" % (4 + 4 * k + i % 2), True), stamp("已完成" if k < 5 else "合　格"),
                    hand(t[k % 2], True, "#b8231a") if k != 3 else hand(s["others_named"][0], True, BLACK)))
            grid = tbl([cells[:3], cells[3:]], width="100%", pad="6px 6px")
            passport = ('<table style="border-collapse:collapse" width="100%%"><tr><td style="border:2.25pt double #7a1f1f;padding:10px">'
                        '<h2 style="text-align:center;color:#7a1f1f">%s<br/>烹饪专业 学习护照</h2>' % s["school"] +
                        '<p style="text-align:center">（一生一照，随工作页装订，请妥善保管）</p>' +
                        tbl([["护照编号", "WG-PR24-%02d" % (s["klass"].index(n) + 1)], ["持 照 人", hand(n)], ["班　　级", hand(cl, True)],
                             ["学　　号", hand(sid, True)], ["签发日期", "2024年9月2日"], ["企业导师", "%s（卤味作坊师傅）" % s["others_named"][0]]],
                            width="70%", pad="6px 8px", align="left") +
                        '<p><b>学习活动盖章栏</b>（每完成一个学习活动，由指导教师或企业导师签章）</p>' + grid + "</td></tr></table>")
            body = passport + PB + title + sit + answers(c, rng, i) + comment
        elif f == "line_1bit":   # 作业人 学号 班级 on a line
            head = '<p>作业人：%s　　学号：%s　　班级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "care_head":   # 照护员（学生） and the elder
            head = tbl([["照护员（学生）", hand(n, True), "学号", hand(sid, True)],
                        ["照护对象", "%s（84岁，鼻饲）" % s["others_named"][0], "班级", hand(cl, True)]], width="92%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "briefing":   # a 晨会记录 worksheet: the manager chairs, the student records
            head = tbl([["晨会日期", hand(day(s, i)[5:], True), "主持（店长）", s["others_named"][0], "记录（实习管家）", hand(n, True)],
                        ["学号", hand(sid, True), "班级", hand(cl, True), "出席人数", "6人"]], width="100%", pad="4px 4px")
            notes = ('<p><b>晨会要点</b></p><p>1. 今日入住：%s（2号房，兰州自驾，3人）、%s（5号房，2人，晚到）。</p>'
                     '<p>2. 今日退房：8号房，10:00前查房。</p><p>3. 天气晴，冶力关景区正常开放；早餐7:00开始。</p>'
                     % (s["others_named"][1], s["others_named"][2]))
            body = '<h3 style="text-align:center">%s<br/>民宿晨会记录（学习工作页）</h3>' % c["task"] + head + notes + answers(c, rng, i) + comment
        elif f == "w5h2":   # a 5W2H fault analysis sheet
            head = '<p>分析人：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True))
            w = tbl([["What 什么故障", hand(["下长坡排气制动不起作用，缓速器故障灯常亮", "排气制动失效，故障灯亮", "排气制动没反应"][i % 3], True)],
                     ["Why 为什么", hand(["电磁阀进水结冰卡滞", "气管冻住", "电磁阀卡滞"][i % 3], True)],
                     ["Where 在哪里", hand("排气制动气路、电磁阀", True)],
                     ["When 什么时候", "入冬后清晨，气温零下十八度"],
                     ["Who 谁反映", "车主 %s（牧区运输司机）" % s["others_named"][0]],
                     ["How 怎么处理", hand(["放水、解冻气管，更换电磁阀，读码清码后路试", "更换电磁阀，路试", "解冻气管，换电磁阀"][i % 3], True)],
                     ["How much 多少费用", hand("电磁阀一只 260元，工时 1.5小时", True)]], width="100%", pad="4px 6px", align="left")
            body = ('<h3 style="text-align:center">%s<br/>故障分析单（5W2H）　学习工作页</h3>' % c["task"] + head + w + answers(c, rng, i) + comment)
        elif f == "agent_id":   # 客服工号 | 姓名 | 班级 head; a buyer named in the chat
            head = tbl([["客服工号", "KF-%02d" % (s["klass"].index(n) + 1), "姓名", hand(n, True), "班级", hand(cl, True)]], width="100%", pad="4px 4px")
            chat = ('<p><b>接待记录摘录</b></p><p>买家（%s）：鲍鱼明天能到福州吗？</p><p>客服：%s</p>'
                    % (s["others_named"][0], hand(["亲，福州市区次日上午送达，冷链全程保温哦。", "福州市区次日到，冷链配送。", "可以的，明天上午到。"][i % 3], True)))
            body = title + head + chat + answers(c, rng, i) + comment
        elif f == "survey":   # 勘测人 line; the plant's IT officer
            head = '<p>勘测人：%s　　学号：%s　　%s</p><p>厂方陪同：%s（信息员）　　勘测日期：%s</p>' % (
                hand(n), hand(sid, True), hand(cl, True), s["others_named"][0], day(s, i))
            pts = tbl([["测试点", "位置", "信号强度(dBm)", "信噪比(dB)"]] + [
                ["P%d" % (k + 1), ["冷库门口", "分拣线中段", "货架区北", "包装间"][k], hand(str(-58 - 6 * k - i), True), hand(str(31 - 3 * k), True)]
                for k in range(4)], width="86%")
            body = title + head + sit + pts + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names) * per, "sheets_per_student": per, "items": []}, ensure_ascii=False, indent=1))
    meth = {"passport": "x-scanpdf:200:color", "line_1bit": "x-scanpdf:200:mono", "care_head": "x-scanpdf:250",
            "briefing": "x-scanpdf:200:color", "w5h2": "x-scanpdf:200:photo:mandarin", "agent_id": "x-scanpdf:200",
            "survey": "x-scanpdf:250:protractor"}[f]
    font = {"agent_id": "Noto Sans CJK SC", "briefing": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "video_no":   # a 录像编号 column before the parts
        parts = [("原料初加工", 15), ("刀工", 20), ("卤制火候", 30), ("调味与色泽", 20), ("包装与卫生", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "录像编号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 24
            out.append(trow([str(k + 1), sid_of(s, n), n, "LX-1126-%02d" % (k + 1)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表（实操考核）") + table(out) +
                "<p>注：实操考核全程录像，录像编号对应考核视频文件，存档备查。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:250:protractorR30"
    if f == "exam_import":   # a 教务 register: theory from the exam system (机考场次, 机位) and the practical parts
        parts = [("理论机考", 30), ("电路安装", 25), ("PLC编程与调试", 35), ("职业素养", 10)]
        hd = ["序号", "学号", "姓名", "机考场次", "机位"] + ["%s(%d)" % p for p in parts] + ["总评", "备注"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (5 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n, "第%d场" % (1 + k // 20), "J%02d" % (1 + k % 20)] + [str(x) for x in v] + [str(tot), ""], pad))
        body = ('<p style="text-align:center"><b>%s　成绩登记表（学习任务考核记录）</b></p>' % s["school"] +
                "<p>课程代码：JD0127-07　　课程：%s　　学分：2　　考核方式：理论机考＋实操考核</p>" % c["course"] +
                "<p>班级：%s　　学习任务：%s　　学期：2024—2025学年第一学期</p>" % (s["cls"], c["task"]) + table(out) +
                "<p>说明：理论机考成绩由考试系统导入（满分30分），机考分两场进行；实操由任课教师评定。总评＝各项之和。</p>" +
                "<p>任课教师：%s　　　教务员：%s　　　打印日期：2025-01-10</p>" % ("、".join(t[:2]), t[2]))
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page=LANDSCAPE), "pdf"
    if f == "plain_care":   # a plain table, maxima in the head
        parts = [("沟通与评估", 15), ("鼻饲喂养", 35), ("口腔清洁", 35), ("记录与人文关怀", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:protractorR50"
    if f == "minus":   # a deduction column: 总分 = parts − 仪容仪表扣分
        parts = [("入住接待", 35), ("房间与景点介绍", 20), ("藏式早餐服务", 45)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["仪容仪表<br/>扣分", "总分"]], pad)]
        ded = set(rng.sample(range(len(rec)), 4))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            m = rng.choice([2, 3]) if k in ded else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + ["−%d" % m if m else "", str(sum(v) - m)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：总分＝三项得分之和减去仪容仪表扣分（工装不整、未佩戴工牌等每项扣2～3分）。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "contest":   # a 技能比武 summary sheet: 选手编号, 选手姓名, 名次
        parts = [("故障诊断", 40), ("故障排除", 40), ("安全文明", 20)]
        vals = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            vals.append((k, n, v))
        order = sorted(vals, key=lambda x: -sum(x[2]))
        rank = {}
        for j, (k, n, v) in enumerate(order):
            rank[k] = j + 1 if j == 0 or sum(v) != sum(order[j - 1][2]) else rank[order[j - 1][0]]
        out = [trow(["<b>%s</b>" % x for x in ["选手编号", "选手姓名", "学号"] + ["%s（%d分）" % p for p in parts] + ["总分", "名次"]], pad)]
        for k, n, v in vals:
            out.append(trow(["A%02d" % (k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), str(rank[k])], pad))
        body = ('<p style="text-align:center"><b>%s%s“排气制动与缓速器故障诊断”技能比武评分汇总表</b></p>' % (s["school"], s["cls"]) +
                "<p>（学习任务考核记录）　学习任务：%s　　比武日期：%s</p>" % (c["task"], day(s, 11)) + table(out) +
                "<p>裁判：%s、%s　　　记分员：%s</p>" % (t[0], t[1], t[0]))
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "weighted":   # weighted 总评 (not the sum), landscape
        parts = [("接待咨询", 30), ("售后处理", 40), ("话术规范", 30)]
        hd = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["过程小计(100)", "结果评价(100)", "总评", "等级"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            res = int(round(100 * rng.uniform(0.62, 0.95)))
            tot = round(sum(v) * 0.4 + res * 0.6, 1)
            lvl = "优秀" if tot >= 85 else "良好" if tot >= 75 else "合格" if tot >= 60 else "不合格"
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), str(res), "%.1f" % tot, lvl], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>注：总评＝过程小计×40%＋结果评价×60%（保留一位小数）；等级：85分及以上优秀，75～84良好，60～74合格。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page=LANDSCAPE), "pdf"
    if f == "plain_net":   # a plain typed table
        parts = [("现场勘测", 20), ("点位设计", 25), ("AP安装", 25), ("测试优化", 20), ("文档", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
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
        k0 = i % 3
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "batch":   # 真空包装批次记录: 封口人 the student, the plant's QC
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["产品名称", ["武冈卤豆腐（真空装）", "武冈卤铜鹅（真空装）"][j], "批号", "WG-LW-241126-%d%d" % (i + 1, j + 1)],
                                  ["封口温度", "170 ℃", "抽真空时间", "%d s" % (25 + 3 * j)],
                                  ["封口人", "%s（%s）" % (n, cl), "质检", "%s（卤味作坊）" % s["others_named"][1]],
                                  ["检验结论", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "chief_op":   # 主操人 / 监护人 and the maker's engineer
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["设备", "DZ-600/2SB 双室真空包装机", "记录编号", "TS-%02d-%d" % (i + 1, j + 1)],
                                  ["主操人", "%s（%s）" % (n, cl), "监护人", t[j % 2]],
                                  ["检修内容", ["真空泵换油、更换室盖密封条、校准真空度传感器", "更换热电偶，修改温控PID参数与PLC热封时序"][j], "结果", desc],
                                  ["厂方验收", "%s（包装机厂售后工程师）" % s["others_named"][0], "日期", day(s, 30 + i)]], width="94%"))
            elif f == "care_rec":   # 照护对象 and 照护员
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", "%s（86岁）" % s["others_named"][1], "照护日期", day(s, 30 + i)],
                                  ["照护员", "%s（%s）" % (n, cl), "带教照护员", t[j % 2]],
                                  ["照护过程", ["回抽确认胃管在胃内，半卧位，缓慢推注流质200 mL，温开水冲管", "棉球擦洗牙齿、舌面和颊部，观察黏膜"][j], "结果", desc]],
                                 width="92%"))
            elif f == "checkin":   # 入住接待 and 早餐服务 records naming the guests
                guest = s["others_named"][1 + (i + j) % 3]
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["客人姓名", guest, "房号", "%d号房" % (2 + i + 3 * j)],
                                  ["服务人（实习管家）", "%s（%s）" % (n, cl), "日期", day(s, 30 + i)],
                                  ["服务内容", ["核对证件与预订，介绍早餐、退房时间和冶力关景点", "酥油茶、糌粑、牦牛酸奶、青稞饼，提醒少量尝试"][j], "客人意见", desc],
                                  ["店长确认", s["others_named"][0], "指导教师", t[j % 2]]], width="92%"))
            elif f == "report8d":   # an 8D report
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["D1 成立小组", "报告人：%s（%s）　　指导教师：%s" % (n, cl, t[j % 2])],
                                  ["D2 描述问题", "车主%s反映：下长坡排气制动不起作用，缓速器故障灯常亮。" % s["others_named"][0]],
                                  ["D3 临时措施", "限速行驶，停用排气制动，放净储气筒积水。"],
                                  ["D4 根本原因", "压缩空气含水，电磁阀在低温下结冰卡滞；缓速器温度传感器插头进水。"],
                                  ["D5 永久措施", ["更换排气制动电磁阀，清理冻结气管，处理传感器插头", "路试验证：下坡排气制动与缓速器工作正常"][j]],
                                  ["D6 实施验证", desc], ["D7 预防再发", "提醒车主每天收车后放水，冬季加装干燥器。"],
                                  ["D8 总结", "日期：%s" % day(s, 30 + i)]], width="94%", align="left"))
            elif f == "recon" and j == 0:   # a case summary: 整理人 the student, buyers quoted
                parts.append('<h3 style="text-align:center">%s</h3><p>整理人：%s（%s）　　日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["咨询类型", "顾客原话", "标准话术"],
                                  ["配送时效", "买家%s：“宁德明天能到吗？”" % s["others_named"][k0], "亲，宁德市区次日送达，全程冷链。"],
                                  ["死鲍售后", "买家%s：“有两只不动了。”" % s["others_named"][(k0 + 1) % 3], "非常抱歉，请拍照，核实后按只数补发。"],
                                  ["礼盒规格", "买家：“八头和十二头有什么区别？”", "八头个大，十二头个小数量多，送礼建议八头。"]], width="94%") +
                             "<p>%s　　审核：%s</p>" % (desc, t[j % 2]))
            elif f == "recon":   # a 网店日对账单: 制表 the student, buyers as 收件人
                rows = [["订单号", "收件人", "商品", "金额(元)", "状态"]]
                for k in range(4):
                    rows.append(["2412%02d%04d" % (10 + i, 3100 + 17 * k + j), s["others_named"][k % 3] if k < 3 else "林**",
                                 ["鲍鱼礼盒（8头）", "鲍鱼礼盒（12头）"][(k + j) % 2], ["268.00", "398.00"][(k + j) % 2], ["已签收", "已退款（死鲍2只）", "配送中", "已签收"][k]])
                parts.append('<h3 style="text-align:center">%s</h3><p>对账日期：%s　　制表：%s（%s）　　复核：%s</p>' % (title, day(s, 30 + i), n, cl, t[j % 2]) +
                             tbl(rows, width="92%") + "<p>供货方：罗源湾鲍鱼养殖合作社（联系人：%s）　　结论：%s</p>" % (s["others_named"][3], desc))
            elif f == "ap_record":   # 施工人
                parts.append('<h3 style="text-align:center">%s</h3><p>施工人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["区域", ["冷库A区", "分拣车间"][j], "AP型号", "工业级双频AP（-30℃）"],
                                  ["AP数量", "%d台" % (3 + j), "信道", "1 / 6 / 11"], ["结论", desc, "审核", t[j % 2]]], width="90%"))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f in ("match_sheet", "glossary"):   # printed exercise sheets filled in by hand, photographed
        pages = []
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            if f == "match_sheet":
                head = '<p>答题人：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True))
                left = ["① 八角", "② 桂皮", "③ 草果", "④ 山柰", "⑤ 花椒"]
                feats = ["味辛香，去腥，卤水里用量最大", "皮卷成筒，香气浓，久煮发苦", "果大有棱，拍破后用", "切片似姜，白色，香味清", "麻味，少量即可"]
                order = [3, 0, 4, 1, 2]   # feats[order[j]] printed as letter j
                right = ["%s %s" % ("ABCDE"[j], feats[order[j]]) for j in range(5)]
                ans = "　".join("%s—%s" % ("①②③④⑤"[k], "ABCDE"[order.index(k)]) for k in range(5))
                body = ('<h3 style="text-align:center">课后练习　卤料辨识与卤制要点</h3>' + head +
                        "<p><b>一、连线题</b>（把左边的香料和右边的特点连起来，写在横线上）</p>" +
                        tbl([[left[k], "", right[k]] for k in range(5)], width="90%", pad="3px 6px") +
                        "<p>答：%s</p><p %s>√ 全对</p>" % (hand(ans), RED))
                qa = ""
                for qi, (q, a) in enumerate(c["hw"]):
                    qa += "<p><b>二、%d %s</b></p><p>%s</p><p %s>%s</p>" % (qi + 1, q[3:], hand(a[(i + qi + 1) % 3]), RED, mark(rng))
                body += qa + '<p style="text-align:right">%s</p>' % hand("阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:]), True, "#b8231a")
            else:
                head = '<p>完成人：%s　　%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True))
                terms = [("前台", "front desk"), ("入住登记", "check-in"), ("退房", "check-out"), ("早餐", "breakfast"),
                         ("房卡", "room card"), ("无线网络密码", "Wi-Fi password"), ("行李", "luggage"), ("景区", "scenic area")]
                VM = ' valign="middle"'
                rows = [[("中文", VM), ("英文", VM), ("批改", VM)]]
                for k, (zh, en) in enumerate(terms):
                    if k % 2 == 0:
                        rows.append([(zh, VM), (hand(en, True), VM), ('<span %s>√</span>' % RED, VM)])
                    else:
                        rows.append([(hand(zh, True), VM), (en, VM), ('<span %s>√</span>' % RED, VM)])
                body = ('<h3 style="text-align:center">课后作业　民宿服务常用词语中英对照</h3>' + head +
                        "<p>一、填写下表中空缺的中文或英文。</p>" + tbl(rows, width="80%", pad="3px 6px"))
                for qi, (q, a) in enumerate(c["hw"]):
                    body += "<p><b>二、%d %s</b></p><p>%s</p><p %s>%s</p>" % (qi + 1, q[3:], hand(a[(i + qi + 1) % 3]), RED, mark(rng))
                body += '<p style="text-align:right">%s</p>' % hand("阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:]), True, "#b8231a")
            pages.append(body)
        write(os.path.join(d, "12.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
        return "12.html", html(PB.join(pages), "10.5pt", font="Noto Sans CJK SC"), "x-scanpdf:200:photo:mandarin"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "hand_scan":
            head = ["课后作业　%s" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_lxgw":
            head = ["课后作业", "照护员：%s　%s" % (n, cl)]
        elif f == "mono_hand":
            head = ["商用车制动系统检修　课后作业", "> %s　%s　学号%s" % (cl, n, sid[-2:])]
        elif f == "color_hand":
            head = ["网店客服课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f == "photo_plain":
            head = ["无线网络课后作业", "> 学号：%s　姓名：%s" % (sid, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"hand_scan": "x-scan:200:3:protractor", "hand_lxgw": "x-scan:250:4", "mono_hand": "x-scan:200:3:mono",
            "color_hand": "x-scan:200:3:color", "photo_plain": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

FEMALE = set("婧怡萱涵妍瑶雨燕琪欣婷彤曦雯丽娜丹倩莎萍琳霞玲敏娟洁悦琴梅慧茹桐菲怡")


def sex_of(n):
    if n in ("道吉草", "仁青草", "迪丽努尔·吐尔逊"):
        return "女"
    if n in ("才让东主", "更登尖措", "桑杰吉"):
        return "男"
    return "女" if n[-1] in FEMALE else "男"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    rng = random.Random(s["seed"] * 99)
    if r == "phones":   # a 学生手机统一保管登记表
        brands = ["华为 nova", "OPPO A", "vivo Y", "小米 Redmi", "荣耀 X", "realme"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in
                                        ["序号", "学号", "姓名", "手机品牌型号", "保管袋号", "周日晚上交", "周五领回"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, "%s%d" % (rng.choice(brands), rng.randint(7, 12)), "B-%02d" % (j + 1), "√", "√"], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生手机统一保管登记表</h2><p style="text-align:center">%s　2024—2025学年第一学期第12周</p>' % (s["cls"], s["school"]) +
                table(rows, width="92%") + "<p>班主任：%s　　保管员（生活老师）：%s　　本班学生共%d人，均已登记。</p>" % (s["headteacher"], s["others_named"][2], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（手机保管登记）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "morning":   # an 早操考勤表 for one week
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in
                                        ["序号", "学号", "姓名", "性别", "周一", "周二", "周三", "周四", "周五", "备注"])]
        sport = k[5]
        for j, n in enumerate(k):
            marks = ["√"] * 5
            note = ""
            if j in (7, 19):
                marks[2] = "假"
                note = "病假"
            if j == 30:
                marks[0] = "迟"
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n)] + marks + [note], "1px 4px"))
        body = ('<h2 style="text-align:center">%s早操考勤表</h2><p style="text-align:center">%s　第10周（11月4日—11月8日）　√ 出勤　假 请假　迟 迟到</p>' % (s["cls"], s["school"]) +
                table(rows, width="92%") + "<p>班主任：%s　　体育委员（记录）：%s　　应到%d人</p>" % (s["headteacher"], sport, len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单（早操考勤）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "contacts":   # a 通讯名单 with the guardians
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in
                                        ["序号", "学号", "姓名", "性别", "监护人", "关系", "联系电话"])]
        guardians = []
        for j, n in enumerate(k):
            g = s["guardians"][n]
            guardians.append(g)
            rel = "母亲" if g[-1] in "英珍珠娇妹凤花兰月云华" and j % 3 else "父亲"
            if n == "迪丽努尔·吐尔逊":
                rel = "父亲"
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), g, rel, "13%d****%04d" % (j % 10, 2000 + 37 * j)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生通讯名单</h2>' % (s["school"], s["cls"]) + table(rows, width="92%") +
                "<p>班主任：%s　　共%d人　　（此表仅供班级联系使用，请勿外传）</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生通讯名单.pdf\tpdf\troster\t0" % s["cls"])
        return guardians
    raise SystemExit(r)


def guardians_for(s, avoid):
    rng = random.Random(s["seed"] * 77)
    out = {}
    for n in s["klass"]:
        sur = n[0] if "·" not in n else None
        for _ in range(400):
            g = ("吐尔逊·" + rng.choice(["买买提", "阿不都", "艾力"])) if sur is None else sur + rng.choice(ADULT)
            if g in out.values() or used(g) or any(near(g, x) for x in s["klass"] + avoid):
                continue
            out[n] = g
            break
        else:
            raise SystemExit("no guardian for %s" % n)
    return out


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Hundred-and-thirty-fourth held-out people corpus (testdata/heldout134), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 134)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s.get("roster") == "contacts":
            s["guardians"] = guardians_for(s, all_teachers + all_others)
        if "{m}" in s["form_cell"][1]:
            m = sum(sex_of(n) == "男" for n in s["klass"])
            s["form_cell"] = (s["form_cell"][0], s["form_cell"][1].format(m=m, f=len(s["klass"]) - m))
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
