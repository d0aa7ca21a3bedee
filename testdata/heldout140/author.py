#!/usr/bin/env python3
"""Write the sources of the hundred-and-fortieth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the struct tags of pipeline/heldout_test.go was
read; classaudit was not run on it). Seven submissions of three invented
schools in 邳州 (Jiangsu, 徐州), 开原 (Liaoning, 铁岭) and 焉耆回族自治县
(Xinjiang, 巴音郭楞).

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
# the truth files read for names, tasks and courses to avoid (heldout137-139 are written at the same time and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 137)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 邳州 (苏北 families: 王 张 李 刘 陈 孙 杨 周 朱 徐 and 魏 丁 段 颜 蔡 邵 葛
# 鲍 冯 曹), 开原 (闯关东 families and the Manchu/Mongol 关 佟 那 郎 付 尹 滕 白 of 铁岭), 焉耆 (Han and Hui families:
# 马 杨 丁 白 海 冶 妥 of the 回族自治县; Uyghur and Mongol students are fixed in the class lists)
SURNAMES = {
    "pz": list("王王王王张张张张李李李刘刘刘陈陈孙孙杨周朱徐赵吴魏丁段颜蔡邵葛鲍冯曹胡"),
    "ky": list("王王王王李李李李张张张刘刘刘赵赵孙孙于杨高关佟那韩金付尹滕吕郎白"),
    "yq": list("王王王张张张李李刘刘马马马马杨杨赵陈丁白海冶妥周胡何"),
}
# given names: a new list, everyday names of students born around 2007-2009, boys and girls apart
GIVEN_M = ("浩然 俊杰 宇轩 子豪 文轩 嘉豪 志强 明阳 泽宇 天宇 宏伟 鹏程 思源 博涛 梓豪 逸飞 家俊 俊逸 瑞阳 一帆 "
           "昊天 宇辰 睿杰 子骞 锦鹏 海洋 永鑫 凯旋 立新 建宇 佳豪 炜杰 皓宇 文涛 振华 明远 子航 奕铭 浩博 家乐 "
           "毅恒 泽楷 峻熙 晟泽 宸宇 煜祺 梓睿 宇泽 铭轩 俊驰 天赐 恒宇 新宇 启航 嘉诚 国豪 世豪 鑫源 永康 晓东 "
           "乐天 云帆 辰逸 弘毅 智博 旭东 俊豪 明哲 少华 云龙 成浩 亦凡 星辰 宏宇 雨泽 博文 子健 振宇 宇航 "
           "志远 家兴 文博 晨阳 安邦 俊熙 兆龙 金鹏 瀚文 润泽 涛涛 立伟 书豪 翔宇 铭浩 佳明 承志 继东 德宇").split()
GIVEN_F = ("欣怡 雨涵 梓萱 诗涵 佳琪 梦瑶 思彤 雅琪 可欣 语嫣 紫涵 欣妍 一诺 雨桐 若汐 佳怡 悦然 静雯 婉婷 心怡 "
           "思雨 晓雪 梦琪 雅婷 子萱 依依 乐瑶 诗琪 嘉欣 文静 雨晴 美琳 思琪 佳慧 欣悦 紫嫣 艺馨 婧琪 书涵 梓琳 "
           "雪莹 安然 晴雯 若彤 嘉琪 怡萱 诗雨 沐晴 佳宁 雨菲 芷若 梦洁 海燕 丽娜 玉洁 亚楠 晓琳 春燕 琳琳 "
           "慧敏 丹丹 晓彤 雨婷 梦雪 佳欣 静怡 思佳 家怡 子怡 钰涵 欣然 彤彤 梦婷 雪晴 月婷 昕妍 语彤 秋怡 舒雅 "
           "佳妮 羽彤 若曦 慧琳 清妍 雅静 晓萌 宁馨 悦彤 芮希 欣瑶 梦然 诗颖 晨曦 婉清 紫萱 梓涵 雪儿").split()
GIVEN1_M = list("浩杰鹏磊宇鑫涛强")
GIVEN1_F = list("婷琳倩雪颖悦静娜")


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
SEX = {}   # name -> 男/女 (drawn names, and fixed names through their given names or an override)


def bare(a):
    return a.replace("·", "").replace("•", "")


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def sex_guess(n):
    if n in SEX:
        return SEX[n]
    for k in (2, 1):
        g = n[-k:]
        if g in GIVEN_M or g in GIVEN1_M:
            return "男"
        if g in GIVEN_F or g in GIVEN1_F:
            return "女"
    raise SystemExit("no sex for %s" % n)


def draw_class(rng, n, fixed, avoid, region, males):
    """n names: the fixed ones, then drawn ones until `males` boys and n-males girls."""
    names = list(fixed)
    for f in fixed:
        SEX.setdefault(f, sex_guess(f))
    m = sum(1 for f in fixed if SEX[f] == "男")
    while len(names) < n:
        boy = m < males
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for _ in range(400):
            if boy:
                g = rng.choice(GIVEN1_M) if rng.random() < 0.08 else rng.choice(GIVEN_M)
            else:
                g = rng.choice(GIVEN1_F) if rng.random() < 0.08 else rng.choice(GIVEN_F)
            name = sur + g
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                SEX[name] = "男" if boy else "女"
                m += boy
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "hotpress": dict(major="机电一体化技术", code="0127", course="机电设备PLC控制系统改造与调试", task="胶合板热压机保压与热板温控PLC控制系统改造调试",
   hours=20, station="机电设备装调一体化学习工作站",
   situation="邳州是闻名全国的板材之乡。一家胶合板厂的老式热压机保压全靠工人盯着压力表手动补压，热板温度也忽高忽低，板坯开胶、鼓泡时有发生。厂里委托学校机电班对热压机电气控制系统进行改造：用PLC替换原有继电器控制，加装压力变送器和温控模块，实现自动补压和分段控温，调试合格后交厂方试生产。",
   qs=[("问题1 原继电器控制改为PLC控制有什么好处？", ["接线少、故障点少，保压和加热的时间、压力参数可以在程序里修改，不用重新改线。", "接线少，参数可以在程序里改。", "故障点少，改参数不用改线。"]),
       ("问题2 为什么要加装压力变送器？", ["原来的电接点压力表只给出上下限两个开关量，压力变送器输出4～20mA信号，PLC可以连续监测压力并自动补压。", "输出4～20mA信号，能连续监测。", "PLC可以自动补压。"])],
   hw=[("1. 分段控温是怎样实现的？", ["把热压过程分成升温、保温、降温三段，每段设定不同的目标温度，由温控模块按PID调节加热器。", "分三段，温控模块PID调节。", "每段设不同的温度。"]),
       ("2. 调试保压时要记录哪些数据？", ["设定压力、实际压力、补压次数、保压时间和压力波动范围。", "压力、补压次数和保压时间。", "压力波动范围。"])],
   outputs=[("PLC输入输出地址分配表", "输入14点，输出10点，预留4点。"), ("热压机保压与温控调试记录", "保压600秒，压力波动不超过0.3MPa。")]),
 "garlic": dict(major="电子商务", code="0603", course="网店商品运营与库存管理", task="邳州白蒜产地直发网店商品上新与库存管理",
   hours=16, station="电子商务运营一体化学习工作站",
   situation="每年五月新蒜上市，邳州一家大蒜专业合作社开了网店，想把产地直发的白蒜卖给城里的家庭。合作社请电商班学员分析目标客户，按直径和重量拆分商品SKU，拍摄主图、编写详情页，在店铺后台上架商品，设置库存预警，并在发货高峰期核对库存和订单。",
   qs=[("问题1 为什么要按规格拆分SKU？", ["同一批蒜有五厘米、六厘米等不同直径和三斤、五斤不同重量，拆成不同SKU，价格和库存才能分开管理。", "规格不同，价格库存分开管。", "直径和重量不同。"]),
       ("问题2 库存预警值怎样设定？", ["按每天平均销量乘以补货所需天数，再加上一点安全库存。", "日均销量乘补货天数。", "再加安全库存。"])],
   hw=[("1. 白蒜详情页要突出哪些卖点？", ["产地直发、个大瓣匀、辣味足、现挖现晒，附上产地照片。", "产地直发，个大瓣匀。", "现挖现晒。"]),
       ("2. 顾客收到的蒜有霉变怎么办？", ["先请顾客拍照，核实后补发或退款，登记批次，提醒仓库检查通风。", "拍照核实，补发或退款。", "登记批次。"])],
   outputs=[("白蒜商品SKU上架清单", "共4个SKU。"), ("库存盘点与预警设置表", "预警值按日均销量的3倍设置。")]),
 "dining": dict(major="健康与社会照护", code="0529", course="长者助餐与进食照护", task="社区日间照料中心长者助餐与进食照护",
   hours=16, station="照护服务一体化学习工作站",
   situation="邳州城区一家社区日间照料中心每天中午为四十多位长者提供助餐，其中有几位长者吞咽功能减退、手抖拿不稳勺子。中心负责人请照护班学员在老师带领下评估长者的进食能力，协助摆位、喂食和清洁，观察有无呛咳，做好进食记录，并协助策划每月一次的长者集体生日会。",
   qs=[("问题1 协助长者进食前要做好哪些准备？", ["洗手、为长者戴好围兜，调整坐姿使身体稍前倾，确认食物温度和软硬合适。", "坐姿前倾，食物温度合适。", "戴围兜，先洗手。"]),
       ("问题2 发现长者呛咳时怎样处理？", ["立即停止喂食，让长者身体前倾，轻拍背部，观察面色，严重时呼叫医护人员。", "停止喂食，轻拍背部。", "严重时叫医护人员。"])],
   hw=[("1. 为吞咽困难的长者准备食物要注意什么？", ["食物做成糊状或软烂，避免干硬、黏稠和带刺的食物，必要时加增稠剂。", "糊状软烂，避免干硬。", "必要时加增稠剂。"]),
       ("2. 进食记录要写哪些内容？", ["进食时间、食物种类和量、进食方式、有无呛咳和剩余量。", "进食量和有无呛咳。", "食物种类和进食方式。"])],
   outputs=[("长者进食照护记录", "全程无呛咳，进食约八成。"), ("长者集体生日会活动记录", "到场长者二十一位。")]),
 "drum": dict(major="数控加工(数控车工)", code="0106", course="起重设备轴类零件数控车削", task="桥式起重机卷筒轴数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="开原是全国知名的起重机生产基地。一家起重设备厂接到一批十吨桥式起重机的订单，卷筒轴来不及加工，委托学校数控车间加工二十件。车间主任请数控班学员识读零件图，编制机械加工工艺过程卡片和数控程序，完成粗车、精车、切槽和螺纹加工，做好首件自检，并给合格零件挂上物料标识卡。",
   qs=[("问题1 卷筒轴为什么要先粗车后精车？", ["粗车切除大部分余量，工件会发热变形，留0.3～0.5mm余量再精车，才能保证尺寸和表面粗糙度。", "粗车切余量，精车保尺寸。", "留余量再精车。"]),
       ("问题2 车细长轴时为什么要用顶尖？", ["轴的长径比大，只用卡盘夹持会让刀、振动，一夹一顶可以提高刚性。", "一夹一顶提高刚性。", "防止让刀和振动。"])],
   hw=[("1. 工艺过程卡片上要填写哪些内容？", ["工序号、工序名称、工序内容、设备、工艺装备和工时，最后由编制人签字。", "工序内容、设备和工时。", "编制人签字。"]),
       ("2. 怎样检验螺纹是否合格？", ["用螺纹环规检验，通规能旋入、止规旋入不超过两圈为合格。", "用螺纹环规。", "通规进、止规不进。"])],
   outputs=[("卷筒轴首件", "首件自检合格"), ("卷筒轴成品", "批量20件")]),
 "banquet": dict(major="烹饪(中式烹调)", code="0501", course="宴席热菜制作与出品", task="开原满族八碟八碗宴席热菜制作与走菜出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="开原城里一家老字号饭庄承接了一场满族传统婚宴，菜单是八碟八碗。饭庄厨师长请烹饪班学员分组完成扒肘子、清蒸白肉、松仁小肚等热菜的备料和制作，按走菜单控制出菜顺序和时间，保证每桌菜品热度和分量一致，并做好出品记录。",
   qs=[("问题1 八碟八碗的出菜顺序有什么讲究？", ["先上八个冷碟，再按先荤后素、先干后汤的顺序上八个大碗，最后上汤菜和主食。", "先冷碟后大碗。", "先干后汤。"]),
       ("问题2 扒肘子怎样才能软烂不散？", ["先焯水去腥，过油上色，再用小火慢扒两个小时，出锅前大火收汁。", "小火慢扒两小时。", "出锅前收汁。"])],
   hw=[("1. 走菜单上要写清哪些内容？", ["台号、菜名、出菜顺序、出菜时间和走菜人，出菜后打钩。", "台号、菜名和出菜时间。", "出菜后打钩。"]),
       ("2. 怎样保证每桌菜品的热度？", ["按台号分批出菜，菜碗提前温热，出菜口到餐桌不超过两分钟。", "菜碗提前温热。", "按台号分批出菜。"])],
   outputs=[("扒肘子出品记录", "每份约一千克，色泽红亮。"), ("清蒸白肉出品记录", "片薄均匀，配蒜泥汁。")]),
 "resolver": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车驱动电机及控制系统检修", task="纯电动厢式货车驱动电机旋变信号故障诊断与排除",
   hours=16, station="新能源汽车维修一体化学习工作站",
   situation="焉耆盆地辣椒收获季，一家辣椒合作社的纯电动厢式货车在田间颠簸路段行驶时突然限速，仪表亮起电机系统故障灯，重新上电后又恢复正常。合作社把车送到学校实训中心，维修站主管请新能源班学员接车问诊，读取故障码，测量旋转变压器的励磁和正余弦信号，检查线束插接器，排除故障后做路试验证并填写检测记录。",
   qs=[("问题1 旋转变压器在驱动电机上起什么作用？", ["检测电机转子的位置和转速，电机控制器根据它的信号控制逆变器输出。", "检测转子位置和转速。", "控制器靠它的信号控制逆变器。"]),
       ("问题2 测量旋变信号前要做哪些安全准备？", ["穿戴绝缘手套和护目镜，断开低压蓄电池负极，拔下维修开关等待五分钟，验电确认无高压。", "戴绝缘手套，拔维修开关。", "验电确认无高压。"])],
   hw=[("1. 旋变有哪几组线圈？", ["一组励磁线圈、一组正弦线圈和一组余弦线圈，共六根线。", "励磁、正弦、余弦三组。", "共六根线。"]),
       ("2. 颠簸时才出现的故障先查什么？", ["先查线束插接器是否松动、端子有没有退针，再晃动线束测量信号。", "查插接器和端子。", "晃动线束测信号。"]),
       ("3. 拔下维修开关后为什么要等五分钟？", ["电机控制器里的电容还存着高压电，要等它放电到安全电压以下。", "等电容放电。", "电容里有高压。"]),
       ("4. 限速（跛行）模式是什么？", ["控制器发现故障后限制电机输出功率，让车辆低速开到安全地方。", "限制输出功率。", "低速开到安全地方。"])],
   outputs=[("旋变信号检测记录", "正弦线圈32Ω，余弦线圈31Ω，励磁线圈12Ω。"), ("路试验证记录", "颠簸路段行驶10km，无限速。")]),
 "winery": dict(major="饭店(酒店)服务", code="0504", course="酒水服务与品鉴接待", task="焉耆盆地酒庄品鉴接待与侍酒服务",
   hours=16, station="酒店服务一体化学习工作站",
   situation="焉耆盆地是新疆重要的酿酒葡萄产区，七个星镇一家酒庄每到秋天都要接待不少品鉴游客。酒庄请酒店班学员协助筹备一场二十人的秋季品鉴会，完成迎宾接待、酒款介绍、开瓶侍酒和餐酒搭配服务，并在品鉴会后收集宾客意见。",
   qs=[("问题1 为宾客斟倒红葡萄酒时倒多少合适？", ["品鉴时倒到杯子的三分之一左右，约五十毫升，留出空间便于摇杯闻香。", "杯子的三分之一。", "留出空间摇杯闻香。"]),
       ("问题2 开瓶后为什么要先请主人试酒？", ["请主人确认酒款和酒的状态，没有木塞污染等问题，再按先宾后主的顺序斟酒。", "确认酒的状态。", "先宾后主斟酒。"])],
   hw=[("1. 干红葡萄酒的适饮温度是多少？", ["一般在十六到十八摄氏度，温度太高酒精味重，太低香气出不来。", "十六到十八度。", "太高酒精味重。"]),
       ("2. 羊肉菜品搭配什么酒款？", ["搭配单宁较重的干红，比如赤霞珠，能解腻并衬托肉香。", "单宁重的干红。", "赤霞珠。"])],
   outputs=[("秋季品鉴会接待方案", "二十位宾客，分四桌。"), ("品鉴会宾客意见汇总", "满意率95%。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="邳州市沂河技工学校", pack="zip", region="pz", course="hotpress", cls="机电2303班", size=41, males=37, seed=11,
         sidp="23012703", students=["段子骞", "颜思源", "丁嘉诚"], items={12: ["段子骞", "颜思源"]},
         extra_class=["鲍睿杰"], bad={"鲍睿杰": "over"}, others_named=["满洪亮"],
         teachers=["蔡卫东", "邵红梅"], roster="tripartite", headteacher="葛春燕",
         form_row=["授课班级", "机电2303班", "班级人数", "41人"], form_size=41,
         f8="box_tr", f10="sub_maxima", f11="plc_typed", f12="photo_yinni",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "鲍睿杰")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a seal-ink box on the last page) holds the homework of only TWO students, 段子骞 and "
                 "颜思源 (丁嘉诚's missing; items 8 and 11 hold the three): students.count on 12; students.mismatch optional. "
                 "Item 10 (scanned 250 dpi gray, an Allen key in the margin) has a two-row head 电气改造（40分）/系统调试（45分） "
                 "with the sub-maxima on the second row; 鲍睿杰 has 28 under 温控调试 (25) (总分 the sum): records.invalid_score. "
                 "Roster: a 跟岗实习三方协议签订名单 (41 = form = register). The factory technician 满洪亮 confirms item 11"),
    dict(school="邳州市沂河技工学校", pack="zip", region="pz", course="garlic", cls="电商2302班", size=39, males=17, seed=12,
         sidp="23060302", students=["曹梓琳", "颜宇辰", "葛诗涵"], items={12: ["曹梓琳", "颜宇辰", "邵沐晴"]},
         outsiders={"邵沐晴": "电商2301班"}, out_sidp="23060301", sex={"邵沐晴": "女"},
         others_named=["苗桂芝"], teachers=["吴建勋", "颜丽萍"],
         form_row=["授课班级", "电商2302班", "学生人数", "共39人（男生17人，女生22人）"], form_size=39,
         f8="persona", f10="sex_sections", f11="sku_export", f12="mono_hand",
         findings=[("students.mismatch", 12, True), ("students.not_in_class", 12, True, "邵沐晴")],
         comment="item 12 (hand-written pages, 1-bit 200 dpi) holds 曹梓琳, 颜宇辰 and 邵沐晴 of the parallel class 电商2301班 "
                 "(her class and 学号 2306030117 on the page) instead of 葛诗涵 (items 8 and 11 hold the three): "
                 "students.mismatch and students.not_in_class (she has no item-10 record). Item 10 (typed) is split into a "
                 "男生（17人） and a 女生（22人） section, 序号 running on. Item 8 (colour scan): a 客户画像 box naming the "
                 "persona 苗桂芝（化名） (not a student). No roster"),
    dict(school="邳州市沂河技工学校", pack="zip", region="pz", course="dining", cls="照护2402班", size=36, males=5, seed=13,
         sidp="24052902", students=["上官雨菲", "褚梦洁", "邵一诺"], sex={"上官雨菲": "女", "邵一诺": "女"},
         others_named=["鲍桂兰", "蔡德顺", "邵玉芳", "葛长海", "段凤英", "冯广礼", "颜翠华", "鲍学文"],
         teachers=["缪丽霞", "房晓军"],
         form_row=["授课班级", "照护2402班", "学生人数", "男生5人、女生31人，共36人"], form_size=36,
         f8="elder_head", f10="elder_pair", f11="birthday", f12="photo",
         findings=[],
         comment="clean. Form `男生5人、女生31人，共36人` = 36 rows. Item 10 (typed) has a 结对长者 column naming one of eight "
                 "elders of the day-care centre in every row (not students); item 8 (scanned 250 gray, Allen key) names the "
                 "elder served; item 11 (typed) 长者集体生日会活动记录 lists the elders as 寿星. A compound surname (上官). No roster"),
    dict(school="开原市崇寿技工学校", pack="dir", region="ky", course="drum", cls="数控2302班", size=40, males=36, seed=21,
         sidp="2301060200", students=["佟浩博", "郎佳怡", "滕子航"], items={8: ["佟浩博", "郎佳怡", "尹家乐"]},
         extra_class=["尹家乐", "付泽楷"], bad={"付泽楷": "sum"}, teachers=["关振国", "金淑梅", "吕志刚"],
         form_row=["授课对象", "2023级数控加工（数控车工）专业2班（数控2302班），在籍40人"], form_size=40,
         f8="process_card", f10="jiaowu", f11="material_card", f12="hand_gray",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "付泽楷")],
         comment="item 8 (scanned 250 dpi gray, an Allen key in the margin; each worksheet a 机械加工工艺过程卡片 with "
                 "`编制` the student by hand) holds 佟浩博, 郎佳怡 and classmate 尹家乐 (with an item-10 record) instead of "
                 "滕子航 (items 11 and 12 hold the three): students.mismatch. Item 10 (typed 教务系统 export with a 成绩构成 line "
                 "过程考核(30)+实操考核(50)+工艺文件(20)): 付泽楷's 总评 is 6 above the sum: records.invalid_score. Item 11: "
                 "物料标识卡 with `责任人`. Three teachers. No roster"),
    dict(school="开原市崇寿技工学校", pack="dir", region="ky", course="banquet", cls="烹饪2301班", size=42, males=27, seed=22,
         sidp="2301050100", students=["白雨岑", "那宇航", "那雅琪"], items={8: ["白雨岑", "那宇航", "那雅琪", "郎昊天"]},
         extra_class=["郎昊天", "赵立群"], absent_from_10=["赵立群"], sex={"白雨岑": "女", "赵立群": "男"}, others_named=["于德海"],
         teachers=["富春玲", "隋国栋"],
         form_row=["授课对象", "烹饪2301班（中级工），在籍42人"], form_size=42,
         f8="zoucai", f10="photo_register", f11="dish_typed", f12="photo2",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (1-bit 200 dpi scan; a 走菜单 at the top of each worksheet, `走菜人` the student) holds FOUR "
                 "worksheets: the three and classmate 郎昊天 (with an item-10 record): students.count on 8; students.mismatch "
                 "optional. Item 10 is a printed register PHOTOGRAPHED (two pages, a seal-ink box on the second): 41 rows; "
                 "the form says `在籍42人` (赵立群 has no record, no roster): records.count_mismatch. The head chef 于德海 "
                 "named on items 8 and 11"),
    dict(school="焉耆县七个星技工学校", pack="gbkzip", region="yq", course="resolver", cls="新能源2301班", size=38, males=35, seed=31,
         sidp="23043501", students=["马俊驰", "冶文博", "妥鹏程"], extra_class=["海宇泽"], absent_from_10=["海宇泽"],
         others_named=["白占福"], teachers=["杨建疆", "丁海燕"], roster="motto_groups", headteacher="何秀兰",
         form_row=["授课班级", "新能源2301班", "班级人数", "38名"], form_size=38,
         f8="head_row_photo", f10="plain_landscape", f11="resolver_typed", f12="cards_photo",
         findings=[("records.missing_student", 10, False, "海宇泽"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学习小组名单 with 组名 and 组训 over each group, scanned 200 gray, 38) and the form (`38名`) "
                 "hold 海宇泽; item 10 (typed, landscape) has 37 rows and none for him: records.missing_student and "
                 "records.count_mismatch. Item 12: knowledge cards (知识卡片) photographed, a seal-ink box on the last page. "
                 "The co-operative's driver 白占福 named as 车主 on item 11"),
    dict(school="焉耆县七个星技工学校", pack="gbkzip", region="yq", course="winery", cls="酒店2302班", size=34, males=12, seed=32,
         sidp="23050402", students=["阿依努尔·吐尔洪", "马雯菲", "周晓雪"], sex={"阿依努尔·吐尔洪": "女", "马雯菲": "女"},
         extra_class=["买尔旦·艾力", "努尔比亚·热合曼", "巴音达来", "古丽扎尔·阿布拉"],
         sex_extra={"买尔旦·艾力": "男", "努尔比亚·热合曼": "女", "巴音达来": "男", "古丽扎尔·阿布拉": "女"},
         others_named=["邓立平", "祁淑芬", "贾永胜"], teachers=["萨仁其木格", "马玉成"],
         form_row=["授课班级", "酒店2302班", "班级人数", "34名（其中少数民族学生11名）"], form_size=34,
         f8="sommelier", f10="attain", f11="tasting_plan", f12="photo_hand",
         findings=[],
         comment="clean. Form `34名（其中少数民族学生11名）` = 34 rows. Item 10 (scanned 200 gray) has 能力点达成 columns "
                 "(√ ○ ×) and a weighted 总评 = 过程分×40%＋成果分×60% (explained under the table, not the sum). A Uyghur "
                 "student with a middle dot (阿依努尔·吐尔洪) among the three, a Mongol teacher (萨仁其木格); the guests 邓立平 and "
                 "祁淑芬 and the winemaker 贾永胜 named on items 8 and 11. No roster"),
]

PROVINCE = {1: "江苏省徐州市邳州市", 2: "辽宁省铁岭市开原市", 3: "新疆巴音郭楞蒙古自治州焉耆回族自治县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 邳州: "08_工作页（机电2303班）.pdf"
        return "%02d_%s（%s）.pdf" % (n, NAMES[n], s["cls"])
    if g == 2:   # 开原: "No.08 工作页.pdf"
        return "No.%02d %s.pdf" % (n, NAMES[n])
    return "（%d）%s.pdf" % (n, NAMES[n])   # 焉耆: "（8）工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂项目申报书（%s）.docx" % c["major"], "docx"),
            2: ("开原崇寿技工学校-%s-申报书.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("申报书（%s）.docx" % c["task"], "docx")}[grp(s)]


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


def red(x, size="12pt"):
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

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"

    def two(a, b):
        return [a, (b, ' align="left" colspan="3"')]
    rows = [two("专业名称", c["major"]), two("专业编码", c["code"]), two("课程名称", c["course"]), two("学习任务", c["task"])]
    fr = s["form_row"]
    if len(fr) == 4:
        rows.append([fr[0], (fr[1], ' align="left"'), fr[2], (fr[3], ' align="left"')])
    else:
        rows.append(two(fr[0], fr[1]))
    rows += [two("学时", "%d" % c["hours"]), two("授课地点", c["station"])]
    info = tbl(rows, width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按“获取信息—制定计划—做出决策—实施计划—过程控制—评价反馈”组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作企业的真实需求，成果经企业验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化稿）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n本学期实施“{task}”，共{hours}学时。\n三、考核评价\n过程性评价与终结性评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作过程\n接受任务—制订计划—实施—检查—评价。",
    3: "{school}\n{task}　教学活动策划\n学习活动一　明确任务与获取信息\n学习活动二　制订与审核计划\n学习活动三　实施任务\n学习活动四　检查验收与评价反馈",
    4: "{school}\n{course}　教学进度计划（{hours}学时）\n第1周　明确任务，获取信息\n第2周　制订计划，做出决策\n第3周　实施计划，过程控制\n第4周　展示成果，评价反馈",
    5: "{school}\n{task}　教学活动方案\n一、情境导入\n二、引导问题学习\n三、分组实施与巡回指导\n四、成果展示与多元评价",
    6: "{school}\n学习任务资源及清单\n工作页、行业标准、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为资讯区、计划决策区、实施区和展示评价区。",
    9: "{school}\n{task}　学习任务考核方案\n考核由过程考核和终结考核组成，成绩记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 8", "√ 10", "√ 清楚", "√ 较好", "√ 优"])


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


def comment(rng, t, i):
    return '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力", "优"][i % 5], t[i % len(t)])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "box_tr":   # a small 学员/学号 box at the top right
            box = ('<table style="border-collapse:collapse;margin-left:auto" width="42%%">%s%s</table>' %
                   (trow(["学　员", hand(n, True)], "3px 6px"), trow(["学　号", hand(sid, True)], "3px 6px")))
            body = (box + '<h3 style="text-align:center">%s<br/>学习工作页（学习活动二　改造方案制订与实施）</h3>' % c["task"] +
                    "<p>%s　　日期：%s</p>" % (cl, hand(day(s, i)[5:], True)) + sit + answers(c, rng, i) + comment(rng, t, i))
        elif f == "persona":   # a 客户画像 box; 姓名/学号 at the top right
            box = ('<table style="border-collapse:collapse;margin-left:auto" width="46%%">%s</table>' %
                   trow(["姓名", hand(n, True), "学号", hand(sid[-2:], True)], "3px 6px"))
            persona = tbl([[("<b>【目标客户画像】</b>", ' colspan="4"')],
                           ["客户", "%s（化名）" % s["others_named"][0], "年龄", "46岁"],
                           ["城市", "南京", "职业", "单位会计"],
                           ["购买习惯", ("每月网购生鲜三到四次，看重产地和新鲜度，常给老家的父母下单。", ' colspan="3" align="left"')],
                           ["学生补充", (hand(["她会在意蒜瓣大小，详情页要有实拍。", "价格敏感，五斤装更合适。", "喜欢看买家评价。"][i % 3], True), ' colspan="3" align="left"')]],
                          width="100%", pad="3px 5px")
            body = box + title + "<p>班级：%s</p>" % cl + sit + persona + answers(c, rng, i) + comment(rng, t, i)
        elif f == "elder_head":   # 照护员 / 服务长者 head table
            elder = s["others_named"][i % 8]
            head = tbl([["照护员", hand(n, True), "学号", hand(sid, True)],
                        ["服务长者", "%s（%d岁）" % (elder, 78 + 3 * i), "带教老师", t[i % 2]]], width="92%", pad="4px 6px")
            body = title + "<p>班级：%s　　服务日期：%s</p>" % (cl, hand(day(s, i), True)) + head + sit + answers(c, rng, i) + comment(rng, t, i)
        elif f == "process_card":   # a 机械加工工艺过程卡片, the student as 编制
            steps = [("10", "下料", "φ85圆钢锯断，长度412"), ("20", "粗车", "车端面、钻中心孔，粗车各外圆留余量0.5"),
                     ("30", "精车", "一夹一顶精车φ80h7、φ60k6至尺寸"), ("40", "切槽", "切退刀槽4×2"), ("50", "车螺纹", "车M48×2螺纹"),
                     ("60", "检验", "按图检验，挂物料标识卡")]
            rows = [trow(["<b>%s</b>" % x for x in ["工序号", "工序名称", "工序内容", "设备", "工艺装备", "工时(min)"]], "2px 4px")]
            for k, (no, nm, ct) in enumerate(steps):
                rows.append(trow([no, nm, hand(ct, True, size="11pt"), "CAK6150" if 0 < k < 5 else ("锯床" if k == 0 else "—"),
                                  hand(["锯条", "外圆车刀、中心钻", "35°菱形刀片、顶尖", "切槽刀", "螺纹刀", "螺纹环规、千分尺"][k], True, size="11pt"),
                                  hand(str([8, 25, 30, 6, 12, 10][k]), True, size="11pt")], "2px 4px"))
            head = tbl([[("<b>%s</b>" % s["school"], ' rowspan="2"'), ("<b>机械加工工艺过程卡片</b>", ' rowspan="2"'), "产品型号", "QD10t-22.5", "零件图号", "JT-03"],
                        ["零件名称", "卷筒轴", "材料", "45钢", "共1页", "第1页"]], width="100%", pad="3px 4px")
            foot = tbl([["编制（日期）", hand("%s %s" % (n, day(s, i)[5:]), True), "审核", t[i % 3], "会签", "", "批准", ""],
                        ["班级", hand(cl, True, size="12pt"), "学号", (hand(sid, True, size="12pt"), ' colspan="5" align="left"')]],
                       width="100%", pad="3px 4px")
            body = head + table(rows) + foot + "<p></p>" + sit[:0] + answers(c, rng, i) + comment(rng, t, i)
        elif f == "zoucai":   # a 走菜单 at the top, 走菜人 the student; class and 学号 at the foot
            dishes = ["扒肘子", "清蒸白肉", "松仁小肚", "酱焖鲤鱼", "四喜丸子", "汆白肉血肠", "扣肉", "鸡蛋羹"]
            rows = [trow(["<b>%s</b>" % x for x in ["顺序", "菜名", "出菜时间", "出菜确认"]], "1px 4px")]
            for k, dsh in enumerate(dishes[:6]):
                rows.append(trow([str(k + 1), dsh, hand("11:%02d" % (32 + 4 * k + i), True, size="12pt"), hand("√", True, size="12pt")], "1px 4px"))
            head = tbl([["台号", hand("%d号桌" % (3 + i), True), "走菜人", hand(n, True)],
                        ["开席时间", "11:30", "厨师长", s["others_named"][0]]], width="86%", pad="3px 6px")
            body = (title + '<p style="text-align:center"><b>走　菜　单</b></p>' + head + table(rows, "86%") + answers(c, rng, i) + comment(rng, t, i) +
                    '<p>班级：%s　　学号：%s</p>' % (hand(cl, True), hand(sid, True)))
        elif f == "head_row_photo":   # a bordered head row 姓名 | 学号 | 班级 | 工位
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "工位", hand("%d号工位" % (2 + i), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment(rng, t, i)
        elif f == "sommelier":   # a 侍酒服务记录: 侍酒员 the student, the guests and the winemaker named
            guest = s["others_named"][i % 2]
            head = tbl([["侍酒员", hand(n, True), "班级", hand(cl, True, size="12pt")],
                        ["宾客", "%s一行4位（A%d台）" % (guest, 2 + i), "酒款", "七个星干红2021"],
                        ["酒庄讲解", "酿酒师 %s" % s["others_named"][2], "服务时间", hand(day(s, i)[5:] + " 15:30", True, size="12pt")]],
                       width="94%", pad="4px 6px")
            body = ('<h3 style="text-align:center">%s<br/>侍酒服务记录（学习工作页）</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    comment(rng, t, i))
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"box_tr": "x-scanpdf:200:color", "persona": "x-scanpdf:200:color", "elder_head": "x-scanpdf:250:hexkey",
            "process_card": "x-scanpdf:250:hexkey", "zoucai": "x-scanpdf:200:mono", "head_row_photo": "x-scanpdf:200:photo",
            "sommelier": "x-scanpdf:200:color:skew1"}[f]
    font = {"head_row_photo": "Noto Sans CJK SC", "process_card": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    size = {"process_card": "9.5pt", "zoucai": "9.5pt"}.get(f, "10pt")
    return "08.html", html(PB.join(pages), size, font=font), meth


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
    if f == "sub_maxima":   # two-row head; the sub-maxima on the second row
        parts = [("元件安装", 15), ("接线工艺", 15), ("程序编写", 10), ("保压调试", 20), ("温控调试", 25), ("职业素养", 15)]
        h1 = "<tr>%s</tr>" % "".join([td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ("序号", "学号", "姓名")] +
                                     [td("<b>电气改造（40分）</b>", ' align="center" colspan="3"', pad),
                                      td("<b>系统调试（45分）</b>", ' align="center" colspan="2"', pad),
                                      td("<b>职业素养<br/>（15分）</b>", ' align="center" rowspan="2"', pad),
                                      td("<b>总分</b>", ' align="center" rowspan="2"', pad)])
        out = [h1, trow(["<b>%s<br/>%d</b>" % p for p in parts[:5]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[4] = 28
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", compact=True, page="margin:1.2cm 2.0cm"), "x-scanpdf:250:hexkey"
    if f == "sex_sections":   # 男生 and 女生 sections, 序号 running on
        parts = [("选品分析", 20), ("商品上新", 30), ("库存管理", 30), ("客服售后", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        boys = [n for n in rec if SEX[n] == "男"]
        girls = [n for n in rec if SEX[n] == "女"]
        k = 0
        for label, grp_ in (("男生（%d人）" % len(boys), boys), ("女生（%d人）" % len(girls), girls)):
            out.append('<tr><td colspan="%d" style="border:0.75pt solid #000;padding:1px 6px;background:#e8e8e8"><b>%s</b></td></tr>' % (4 + len(parts), label))
            for n in sorted(grp_, key=lambda x: sid_of(s, x)):
                k += 1
                v = part_scores(rng, parts)
                out.append(trow([str(k), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>合计%d人（男生%d人，女生%d人）。</p>" % (len(rec), len(boys), len(girls)) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "elder_pair":   # a 结对长者 column naming the elder each student served
        parts = [("进食评估", 20), ("助餐操作", 40), ("沟通安抚", 20), ("照护记录", 20)]
        elders = s["others_named"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "结对长者"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, elders[(k // 5) % len(elders)]] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>注：结对长者为日间照料中心服务对象，每五名学生结对一位长者，按周轮换。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "jiaowu":   # 教务系统 export with a 成绩构成 line
        parts = [("过程考核", 30), ("实操考核", 50), ("工艺文件", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程考核", "实操考核", "工艺文件", "总评成绩", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), ""], pad))
        body = ('<p style="text-align:center;font-size:13pt"><b>%s学生成绩登记表</b></p>' % s["school"] +
                "<p>学年学期：2024-2025-1　　课程代码：ZK230417　　课程名称：%s　　学分：4　　考核方式：考查</p>" % c["course"] +
                "<p>教学班：%s　　任课教师：%s　　成绩构成：过程考核(30)＋实操考核(50)＋工艺文件(20)＝总评(100)</p>" % (s["cls"], t[0]) +
                "<p>学习任务：%s</p>" % c["task"] + table(out) +
                "<p>应考%d人　实考%d人　　任课教师签字：%s　　教研室主任签字：%s　　（教务处盖章）</p>" % (len(rec), len(rec), t[0], t[2]) +
                "<p style=\"font-size:8pt\">打印时间：2025-01-10 15:42:08　　教务管理系统</p>")
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "photo_register":   # a printed register, photographed
        parts = [("刀工", 15), ("火候", 20), ("口味", 30), ("色泽造型", 15), ("出菜时间", 10), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], "2px 3px")]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))], "2px 3px"))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "10pt", compact=True, page="margin:1.2cm 1.5cm"), "x-scanpdf:200:photo:yinni"
    if f == "plain_landscape":   # a plain landscape table with 组名
        parts = [("安全防护", 10), ("故障诊断", 35), ("部件检修", 35), ("竣工检验", 10), ("6S管理", 10)]
        groups = s["groups"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "小组"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v)
            out.append(trow([str(k + 1), sid_of(s, n), n, groups[n]] + [str(x) for x in v] + [str(tot), "优" if tot >= 85 else ("良" if tot >= 75 else "合格")], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="size:29.7cm 21cm;margin:1.0cm 1.5cm"), "pdf"
    if f == "attain":   # 能力点达成 symbols and a weighted 总评
        pts = ["迎宾接待", "酒款介绍", "开瓶侍酒", "餐酒搭配"]
        h1 = "<tr>%s</tr>" % "".join([td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ("序号", "学号", "姓名")] +
                                     [td("<b>能力点达成情况</b>", ' align="center" colspan="4"', pad)] +
                                     [td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ("过程分<br/>(100)", "成果分<br/>(100)", "总评")])
        out = [h1, trow(["<b>%s</b>" % p for p in pts], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(66, 96), rng.randint(64, 97)
            sym = [rng.choice("√√√√○○×") if a < 75 else rng.choice("√√√√√○") for _ in pts]
            tot = int(a * 0.4 + b * 0.6 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n] + sym + [str(a), str(b), str(tot)], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>说明：能力点达成情况 √达成 ○基本达成 ×未达成；总评＝过程分×40%＋成果分×60%（四舍五入取整）。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
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
            if f == "plc_typed":   # 编程/调试 the student, the factory technician confirms
                if j == 0:
                    rows = [["地址", "元件", "说明"], ["I0.0", "SB1", "启动按钮"], ["I0.1", "SB2", "停止按钮"], ["I0.4", "SP1", "压力上限"],
                            ["IW64", "PT1", "压力变送器4～20mA"], ["Q0.0", "KM1", "油泵电机"], ["Q0.2", "YV2", "补压电磁阀"], ["Q0.5", "KA3", "热板加热"]]
                else:
                    rows = [["序号", "设定压力(MPa)", "实测压力(MPa)", "补压次数", "保压时间(s)"],
                            ["1", "12.0", "%.1f" % (11.8 + 0.1 * i), "%d" % (3 + i), "600"], ["2", "12.0", "%.1f" % (11.9 - 0.1 * i), "%d" % (2 + i), "600"]]
                parts.append('<h3 style="text-align:center">%s</h3><p>编程/调试：%s（%s）　　日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl(rows, width="86%") + "<p>%s</p><p>厂方确认：%s　　指导教师：%s</p>" % (desc, s["others_named"][0], t[j % 2]))
            elif f == "sku_export":   # a shop back-end SKU export, 上架人 the student
                if j == 0:
                    rows = [["商品ID", "SKU编码", "规格", "售价(元)", "库存", "上架人", "上架时间"]]
                    for k, (sp, w, p) in enumerate([("5cm", "3斤", 19.9), ("5cm", "5斤", 29.9), ("6cm", "3斤", 24.9), ("6cm", "5斤", 36.9)]):
                        rows.append(["7102%04d" % (331 + i), "PZBS-%s-%s-%02d" % (sp, w, i + 1), "%s/%s" % (sp, w), "%.1f" % p, str(300 - 40 * k + 7 * i), n,
                                     "2024-05-%02d 09:%02d" % (12 + i, 10 + 3 * k)])
                else:
                    rows = [["SKU编码", "账面库存", "实盘库存", "差异", "预警值", "盘点人"]]
                    for k, sp in enumerate(["5cm-3斤", "5cm-5斤", "6cm-3斤"]):
                        rows.append(["PZBS-%s-%02d" % (sp, i + 1), str(210 - 30 * k), str(208 - 30 * k), "-2", str(60 - 10 * k), n])
                parts.append('<h3>%s</h3><p>店铺：沂河白蒜产地直发店　　导出时间：2024-05-%02d 18:00</p>' % (title, 14 + i) +
                             tbl(rows, width="100%", pad="1px 3px") + "<p>%s　　（%s）　审核：%s</p>" % (desc, cl, t[j % 2]))
            elif f == "birthday":   # 长者集体生日会活动记录, the elders as 寿星
                el = s["others_named"]
                if j == 1:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["活动名称", ("%d月长者集体生日会" % (9 + i), ' colspan="3"')],
                                      ["策划人", "%s（%s）" % (n, cl), "活动时间", day(s, 40 + i)],
                                      ["寿星", ("、".join(el[(2 * i + k) % 8] for k in range(3)), ' colspan="3"')],
                                      ["活动流程", ("签到—唱生日歌—切蛋糕（无糖）—手指操—合影", ' colspan="3"')],
                                      ["安全保障", ("蛋糕切小块，照护员一对一协助进食，防止呛咳", ' colspan="3"')],
                                      ["效果", (desc, ' colspan="3"')]], width="92%", pad="3px 5px") +
                                 "<p>带教老师：%s</p>" % t[i % 2])
                else:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["服务长者", "%s（%d岁）" % (el[i % 8], 78 + 3 * i), "照护员", "%s（%s）" % (n, cl)],
                                      ["进食方式", "协助进食", "食物性状", "软烂、糊状"],
                                      ["进食量", "约八成", "呛咳", "无"]], width="92%", pad="3px 5px") + "<p>%s　　带教老师：%s</p>" % (desc, t[j % 2]))
            elif f == "material_card":   # 物料标识卡, the student as 责任人
                cards = []
                for q in range(2):
                    cards.append('<table style="border-collapse:collapse;border:2pt solid #1f6b2c" width="62%%">%s</table>' % "".join([
                        trow([("<b>物料标识卡</b>"), ("No.%s-%d%d" % (sid[-2:], j, q))], "2px 4px"),
                        trow(["品名", "卷筒轴（%s）" % title], "2px 4px"), trow(["图号", "JT-03"], "2px 4px"),
                        trow(["数量", "%d件" % (1 if j == 0 else 5)], "2px 4px"),
                        trow(["状态", "☑合格　□待检　□不合格"], "2px 4px"),
                        trow(["责任人", "%s（%s）" % (n, cl)], "2px 4px"), trow(["检验", t[(i + q) % 3]], "2px 4px"),
                        trow(["日期", day(s, 30 + i)], "2px 4px")]))
                parts.append("<h3>%s</h3>" % title + cards[0] + "<p>　</p>" + cards[1] + "<p>%s</p>" % desc)
            elif f == "dish_typed":   # 出品人 and the head chef
                parts.append('<h3>%s</h3>' % title + tbl([["出品人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "猪肘一只约1.5千克" if j == 0 else "带皮五花肉800克", "调料", "酱油、冰糖、葱姜、八角"],
                                                          ["出品评价", desc, "厨师长", s["others_named"][0]]], width="90%"))
            elif f == "resolver_typed":   # 检测人 and the owner
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车主", s["others_named"][0], "车型", "纯电动厢式货车"], ["检测人", "%s（%s）" % (n, cl), "监护人", t[j % 2]],
                                  ["项目", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "tasting_plan":   # 方案编制 the student; guests and the winemaker named
                g = s["others_named"]
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3><p>方案编制：%s（%s）</p>' % (title, n, cl) +
                                 tbl([["时间", "环节", "负责"], ["15:00", "迎宾、签到", "迎宾岗"], ["15:20", "酒庄介绍（酿酒师%s）" % g[2], "讲解"],
                                      ["15:50", "三款酒品鉴", "侍酒岗"], ["16:30", "餐酒搭配、合影", "全组"]], width="86%") +
                                 "<p>主宾：%s先生、%s女士等20位。%s</p>" % (g[0], g[1], desc))
                else:
                    parts.append('<h3 style="text-align:center">%s</h3><p>汇总人：%s（%s）</p>' % (title, n, cl) +
                                 tbl([["项目", "满意", "一般", "不满意"], ["迎宾接待", "19", "1", "0"], ["侍酒服务", "18", "2", "0"], ["餐酒搭配", "19", "1", "0"]], width="70%") +
                                 "<p>%s　审核：%s</p>" % (desc, t[j % 2]))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "cards_photo":   # knowledge cards, four a page, the owner on the first card
        pages = []
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            cards = []
            for qi, (q, a) in enumerate(c["hw"]):
                top = ('<p style="font-size:9pt">卡片主人：%s　%s　学号%s</p>' % (hand(n, True), cl, hand(sid[-2:], True))) if qi == 0 else ""
                cards.append('<td width="50%%" height="330" valign="top" style="border:1.2pt dashed #444;padding:10px">'
                             '%s<p style="font-size:9pt;color:#555">知识卡片 %d/4</p><p><b>%s</b></p><p>%s</p><p %s>%s</p></td>'
                             % (top, qi + 1, q, hand(a[(i + qi) % 3], True), RED, mark(rng)))
            grid = ('<table style="border-collapse:collapse" width="100%%"><tr>%s%s</tr><tr>%s%s</tr></table>' % tuple(cards))
            pages.append('<p style="text-align:center"><b>课后作业：旋变知识卡片</b>（沿虚线剪开）</p>' + grid +
                         '<p %s>阅 %s %s</p>' % (RED, t[i % 2], day(s, 20 + i)[5:]))
        write(os.path.join(d, "12.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
        return "12.html", html(PB.join(pages), "10pt"), "x-scanpdf:200:photo:yinni"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"][:2]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "photo_yinni":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s" % (cl, n)]
        elif f == "mono_hand":
            head = ["课后作业", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "photo":
            head = ["课后作业（助餐照护）", "> %s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "hand_gray":
            head = ["课后作业", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "photo2":
            head = ["烹饪课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "photo_hand":
            head = ["酒水知识作业", "> %s　%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_yinni": "x-photo:200:2:yinni", "mono_hand": "x-scan:200:4:mono", "photo": "x-photo:200:1",
            "hand_gray": "x-scan:200:3", "photo2": "x-photo:200:2", "photo_hand": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "tripartite":   # 跟岗实习三方协议签订名单
        firms = ["邳州市金禾板业有限公司", "邳州市宏升木业机械厂", "邳州经济开发区宇博电气有限公司", "徐州润达液压设备有限公司"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "跟岗实习单位", "协议编号", "签订日期"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, SEX[n], firms[j % 4], "PZYH-2024-%03d" % (101 + j), "2024-09-%02d" % (2 + j % 5)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s跟岗实习三方协议签订名单</h2><p style="text-align:center">%s　2024年9月</p>' % (s["cls"], s["school"]) +
                table(rows) + "<p>班主任：%s　　应签%d份，已签%d份（协议原件存学生科）。</p>" % (s["headteacher"], len(k), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s跟岗实习三方协议签订名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "motto_groups":   # 学习小组名单 with 组名 and 组训 over each group
        mottos = [("追光组", "安全第一，精益求精"), ("电驰组", "规范操作，一丝不苟"), ("雪莲组", "团结协作，勇于担当"),
                  ("博湖组", "细心诊断，耐心维修"), ("天山组", "知行合一，匠心筑梦"), ("绿洲组", "人人争先，组组争优")]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "组内职务"])]
        j = 0
        for gi, (gname, motto) in enumerate(mottos):
            rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:2px 6px;background:#eeeeee">第%s组　组名：%s　　组训：%s</td></tr>' % ("一二三四五六"[gi], gname, motto))
            for q, n in enumerate(s["group_members"][gi]):
                j += 1
                rows.append(trow([str(j), sid_of(s, n), n, SEX[n], ["组长", "安全员", "记录员"][q] if q < 3 else "组员"], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学习小组名单</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, "84%") + "<p>班主任：%s　　全班%d人，分六个学习小组。</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学习小组名单.pdf\tx-scanpdf:200\troster\t0" % s["cls"])
        return
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
    truth = {"comment": "Hundred-and-fortieth held-out people corpus (testdata/heldout140), the format of testdata/heldout28/truth.json. "
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
        for w in (s["school"], s["school"][:-4]):
            if w in EARLIER_TEXT or w in EARLIER_READMES:
                raise SystemExit("%s was used by an earlier corpus" % w)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    assert len(set(all_others)) == len(all_others), "an outsider stands twice"
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
    for i, a in enumerate(all_teachers + all_others):
        for b in (all_teachers + all_others)[i + 1:]:
            if near(a, b):
                raise SystemExit("%s is near %s" % (a, b))
    for s in SUBS:
        SEX.update(s.get("sex", {}))
        SEX.update(s.get("sex_extra", {}))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 140)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"], s["males"])
        assert sum(1 for n in s["klass"] if SEX[n] == "男") == s["males"], s["cls"]
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        if s.get("roster") == "motto_groups" or s["f10"] == "plain_landscape":
            sizes = [7, 7, 6, 6, 6, 6]
            gm, j = [], 0
            for z in sizes:
                gm.append(s["klass"][j:j + z])
                j += z
            s["group_members"] = gm
            names6 = ["追光组", "电驰组", "雪莲组", "博湖组", "天山组", "绿洲组"]
            s["groups"] = {n: names6[gi] for gi, g in enumerate(gm) for n in g}
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
        roster(s, d, man)
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
            "class_size_on_form": s["form_size"], "form_count_text": " | ".join(s["form_row"]),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
