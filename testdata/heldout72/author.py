#!/usr/bin/env python3
"""Write the sources of the seventy-second held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go's struct tags was read;
classaudit was not run on it). Seven submissions of three invented schools in
宜春 (Jiangxi), 咸宁 (Hubei) and 五指山 (Hainan).

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
TD = os.path.join(HERE, "..")
# every earlier corpus (heldout71, written at the same time by another hand, is not read)
EARLIER = sorted(d for d in os.listdir(TD) if (d.startswith("heldout") or d == "othertools")
                 and d not in ("heldout71", "heldout72") and os.path.isfile(os.path.join(TD, d, "truth.json")))

# surnames by region, weighted: 宜春 (刘 李 黄 胡 袁 钟 易 晏 彭 邹 熊 …, the 赣西 families 晏 况 漆 巫),
# 咸宁 (王 李 张 刘 陈 程 舒 饶 阮 邓 柯 …, and the rare 但 of 鄂南), 五指山 (the Li and Han families of the
# island's centre: 王 黄 符 陈 吉 林 卓 刘 李 罗 邢 羊)
SURNAMES = {
    "yc": dict(刘=8, 李=6, 黄=5, 胡=5, 袁=5, 陈=5, 钟=4, 易=4, 张=4, 王=4, 晏=3, 彭=3, 邹=3, 熊=3, 况=1, 巫=1, 漆=1),
    "xn": dict(王=6, 李=5, 张=5, 刘=5, 陈=5, 程=4, 舒=3, 饶=3, 阮=3, 邓=3, 吴=3, 余=3, 周=3, 柯=2, 但=1),
    "wz": dict(王=10, 黄=6, 符=6, 陈=5, 吉=4, 林=4, 卓=3, 刘=3, 李=3, 罗=2, 邢=2, 羊=1),
}
# given names: a new list, the names of students born around 2008-2009 in the south (and a few 小/亚/海
# names usual among Li families on the island)
GIVEN2 = ("思远 嘉怡 宇航 佳琪 俊杰 晨曦 诗琪 家豪 雅婷 浩然 嘉欣 志鹏 梦瑶 文博 晓雯 子豪 雨涵 佳怡 明轩 若曦 博文 "
          "可馨 奕辰 婉婷 宏宇 静怡 振宇 诗涵 俊辉 美琪 鹏飞 艺璇 伟杰 紫涵 皓轩 晓琳 思琪 梓豪 欣然 家乐 凯琳 子健 "
          "俊豪 乐怡 绍辉 晓峰 锦华 慧敏 志伟 文强 小梅 海燕 海龙 亚东 小凤 文辉 德福 玉婷 永健 嘉俊 炜琪 燕玲 "
          "铭浩 芷晴 宇轩 雨欣 梓琪 泽宇 楚涵 楚豪 沐晴").split()
GIVEN1 = list("杰婷琳鑫磊昊妍璐")
FEMALE = set("嘉怡 佳琪 晨曦 诗琪 雅婷 嘉欣 梦瑶 晓雯 雨涵 佳怡 若曦 可馨 婉婷 静怡 诗涵 美琪 艺璇 紫涵 晓琳 思琪 欣然 "
             "凯琳 乐怡 慧敏 小梅 海燕 小凤 玉婷 炜琪 燕玲 芷晴 雨欣 梓琪 楚涵 沐晴 婷 琳 妍 璐".split())


def sex(n):
    return "女" if n[1:] in FEMALE else "男"
NEAR_OK = {frozenset(("袁思远", "袁思源"))}   # a deliberate legal pair: two classmates one character apart


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
        with open(os.path.join(TD, d, "truth.json"), encoding="utf-8") as f:
            walk(json.load(f))
    for d in EARLIER:
        p = os.path.join(TD, d, "README.md")
        if os.path.isfile(p):
            texts.append(cut_readme(p))
    return names, "\n".join(texts)


USED_BEFORE, EARLIER_TEXT = earlier_strings()
USED_BARE = {n.replace("·", "").replace("•", "") for n in USED_BEFORE}
TAKEN = set()


def bare(a):
    return a.replace("·", "").replace("•", "")


def near(a, b):
    if frozenset((a, b)) in NEAR_OK:
        return False
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    sur = SURNAMES[region]
    pool = [k for k, w in sur.items() for _ in range(w)]
    while len(names) < n:
        s = rng.choice(pool)
        for _ in range(200):   # the surname is kept; only the given name is drawn again when refused
            g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
            name = s + g
            if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
                continue
            names.append(name)
            break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "clutch": dict(major="汽车维修", code="0403", course="汽车传动系统检修", task="城市配送面包车离合器打滑故障诊断与排除",
   hours=16, station="汽车维修一体化学习工作站",
   situation="宜春一家城市配送公司的面包车满载爬坡时发动机转速升高而车速上不去，司机反映离合器打滑。维修站主管请汽修班学员接车问诊，路试确认故障，检查离合器踏板自由行程和液压操纵机构，拆下变速器检查从动盘和压盘，更换磨损件后调整、路试交车，并做客户回访。",
   qs=[("问题1 怎样在路试中确认离合器打滑？", ["挂高挡低速行驶后猛踩油门，发动机转速明显升高而车速不随着增加，就说明离合器打滑。", "转速升高车速不升。", "高挡加速试验。"]),
       ("问题2 踏板自由行程过小为什么会造成打滑？", ["自由行程太小，分离轴承一直压着膜片弹簧，压盘压不紧从动盘，传递扭矩时就会打滑。", "分离轴承一直顶着。", "压盘压不紧。"])],
   hw=[("1. 从动盘摩擦片磨损到什么程度要更换？", ["铆钉头到摩擦片表面的深度小于零点三毫米，或者摩擦片有油污、烧蚀，就要更换。", "铆钉深度小于零点三毫米。", "有油污烧蚀要换。"]),
       ("2. 更换离合器后为什么要做回访？", ["了解车辆使用后是否还有打滑和异响，听取客户意见，也能发现维修中的问题。", "看故障是否排除。", "听取客户意见。"])],
   outputs=[("维修工单", "更换从动盘、压盘和分离轴承。"), ("竣工检验单", "路试无打滑，踏板自由行程十五毫米。"), ("客户回访记录单", "客户对维修结果满意。")]),
 "zhike": dict(major="中药", code="1301", course="樟帮特色饮片炮制", task="樟帮麸炒枳壳饮片炮制与质量检查",
   hours=16, station="中药炮制一体化学习工作站",
   situation="宜春一家中药饮片厂按樟帮传统工艺生产麸炒枳壳，新一批枳壳片需要炮制入库。车间主任请中药班学员按炮制规范领取药材和麦麸，控制锅温和翻炒时间，炒至表面淡黄色、麸烟冒起时出锅，筛去焦麸，做性状检查和水分测定，填写炮制记录。",
   qs=[("问题1 麸炒时锅温怎样判断？", ["撒一撮麦麸，麸立即冒烟而不起火，说明锅温合适，再投入枳壳片。", "撒麦麸看冒烟。", "冒烟不起火就下药。"]),
       ("问题2 枳壳为什么要麸炒？", ["麸炒能缓和枳壳的燥性和酸性，减少对胃的刺激，还能增强理气健脾的作用。", "缓和燥性。", "减少刺激，增强健脾。"])],
   hw=[("1. 麸炒枳壳的成品性状是怎样的？", ["表面淡黄色或黄色，偶有焦斑，有麦麸香气，切面整齐。", "淡黄色，有麸香。", "偶有焦斑。"]),
       ("2. 麦麸的用量一般是多少？", ["每一百千克枳壳片用麦麸十千克。", "药材的十分之一。", "一百比十。"])],
   outputs=[("麸炒枳壳炮制记录", "锅温适中，炒制六分钟。"), ("饮片性状检查记录", "淡黄色，有麸香，合格。"), ("水分测定记录", "水分百分之十点二，合格。")]),
 "bms": dict(major="新能源汽车检测与维修", code="0435", course="动力电池管理系统检修", task="纯电动网约车动力电池单体电压不均衡故障检修",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="咸宁一家网约车公司的纯电动轿车续航里程明显下降，仪表偶尔提示电池故障。售后站技术主管请新能源班学员做好高压防护，用诊断仪读取电池管理系统的数据流，找出电压偏低的单体所在模组，做均衡维护或更换模组，复测后填写检测报告。",
   qs=[("问题1 单体电压不均衡会带来什么后果？", ["电压最低的单体先到放电截止电压，整包就不能再放电，续航变短，严重时会过放损坏。", "续航变短。", "低的单体先截止。"]),
       ("问题2 读取数据流时要重点看哪些数据？", ["最高和最低单体电压及其编号、压差、模组温度和绝缘电阻。", "最高最低电压和压差。", "温度和绝缘电阻。"])],
   hw=[("1. 被动均衡和主动均衡有什么不同？", ["被动均衡用电阻把电压高的单体的电量放掉，主动均衡把高的单体的电量转移给低的单体。", "被动放电，主动转移。", "主动均衡把电量转给低的。"]),
       ("2. 更换模组前要做哪些准备？", ["断开维修开关，等待五分钟验电，穿戴绝缘防护，核对新模组的电压与原模组接近。", "断电验电，穿防护。", "新模组电压要接近。"])],
   outputs=[("电池管理系统数据流检测报告", "最大压差一百八十毫伏，第七模组偏低。"), ("模组均衡维护记录", "均衡后压差二十毫伏。"), ("竣工复测报告", "压差十五毫伏，合格。")]),
 "steam": dict(major="烹饪(中式烹调)", code="0501", course="鄂南蒸菜制作", task="嘉鱼珍珠丸子与桂花糯米藕蒸菜制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="咸宁一家酒楼筹办桂花节宴席，要在菜单中推出两道鄂南蒸菜：珍珠丸子和桂花糯米藕。厨师长请烹饪班学员按宴席份数计算原料用量，填写采购单并验收原料，称量配料，完成糯米浸泡、肉馅调制、灌藕和蒸制，装盘后请厨师长品评。",
   qs=[("问题1 珍珠丸子的糯米为什么要提前浸泡？", ["糯米浸泡四小时以上吸足水分，蒸制时才能熟透，粒粒晶莹饱满。", "吸足水分才能蒸熟。", "浸泡四小时。"]),
       ("问题2 调肉馅时为什么要分次加水搅打？", ["分次加水并顺一个方向搅打，肉馅才能上劲吸水，蒸出来鲜嫩不散。", "上劲吸水。", "顺一个方向搅。"])],
   hw=[("1. 桂花糯米藕灌米时要注意什么？", ["藕孔要洗净，糯米灌到八成满并用筷子捅实，两头用牙签把藕盖封好。", "灌八成满。", "藕盖用牙签封好。"]),
       ("2. 采购原料验收时要看哪些内容？", ["核对品名、规格和数量，检查新鲜度和包装日期，肉类查看检疫证明。", "核对品名数量。", "看新鲜度和检疫证明。"])],
   outputs=[("原料采购单（珍珠丸子）", "猪前腿肉按六四肥瘦。"), ("原料采购单（糯米藕）", "选粗壮的七孔藕。"), ("原料采购单（调辅料）", "干桂花选当年新花。")]),
 "tea": dict(major="电子商务", code="0603", course="网店运营与订单处理", task="赤壁青砖茶网店年货节订单处理与仓储出库",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="咸宁一家茶叶公司的网店参加年货节促销，青砖茶礼盒订单集中涌入。运营主管请电商班学员设置满减优惠，审核订单和收货地址，打印拣货单，按库位拣货、复核、打包，填写出库单并跟踪物流，处理买家的催发货和退换货咨询。",
   qs=[("问题1 订单审核时要核对哪些内容？", ["收货人姓名、电话和地址是否完整，优惠是否用对，有无买家留言要求。", "核对地址电话。", "看买家留言。"]),
       ("问题2 为什么拣货后还要复核？", ["复核能发现拣错规格、数量和漏拣的情况，避免错发造成退货和差评。", "避免错发。", "减少退货差评。"])],
   hw=[("1. 砖茶礼盒打包要注意什么？", ["礼盒外套气泡袋，纸箱空隙用填充物塞紧，防止运输中压坏。", "套气泡袋。", "塞紧防压坏。"]),
       ("2. 买家催发货时怎样回复？", ["先致歉，告诉买家预计发货时间和快递公司，发货后主动发送单号。", "致歉并说明时间。", "发货后发单号。"])],
   outputs=[("仓库出库单（一）", "青砖茶礼盒两盒。"), ("仓库出库单（二）", "青砖茶礼盒一盒、茶具一套。"), ("仓库出库单（三）", "青砖茶礼盒三盒。")]),
 "elder": dict(major="健康与社会照护", code="0529", course="老年慢病居家照护", task="黎村高血压独居老人居家血压监测与用药照护",
   hours=14, station="居家照护一体化学习工作站",
   situation="五指山一个黎族村寨的卫生室与学校合作开展居家照护服务，几位独居老人患高血压多年，常忘记服药，血压忽高忽低。卫生室医生请照护班学员上门为老人测量血压，整理药盒，制作服药提醒卡，指导老人低盐饮食，并记录照护情况。",
   qs=[("问题1 上门测量血压前要做哪些准备？", ["让老人安静休息五分钟，半小时内不吸烟不喝茶，检查血压计袖带大小合适。", "先休息五分钟。", "检查袖带。"]),
       ("问题2 怎样帮老人避免漏服药？", ["用分格药盒按早中晚分好一周的药，贴上大字提醒卡，请邻居或家属每天看一看。", "用分格药盒。", "贴大字提醒卡。"])],
   hw=[("1. 老人血压超过多少要联系医生？", ["收缩压高于一百八十或低于九十，或者有头痛、胸闷等不适，要马上联系卫生室医生。", "高于一百八十联系医生。", "有头痛胸闷要报告。"]),
       ("2. 低盐饮食每天吃多少盐？", ["每人每天不超过五克，少吃腌菜和酸菜。", "不超过五克。", "少吃腌菜。"])],
   outputs=[("居家照护记录单（第一次上门）", "血压一百五十二比九十四。"), ("居家照护记录单（第二次上门）", "血压一百四十六比九十。"), ("用药指导记录", "药盒已分好一周的药。")]),
 "nightbed": dict(major="饭店(酒店)服务", code="0504", course="度假酒店客房对客服务", task="雨林度假酒店客房夜床服务与宾客个性化布置",
   hours=16, station="客房服务一体化学习工作站",
   situation="五指山一家雨林度假酒店旺季入住率高，客房部要求晚间为每间住客房做夜床服务，并根据宾客的生日、蜜月等需求做个性化布置。领班请酒店班学员在师傅带教下学习开夜床的程序，补充客用品，布置欢迎卡和小礼物，填写夜床服务记录。",
   qs=[("问题1 开夜床时床角怎样折？", ["把靠近床头柜一侧的被角向外折成四十五度的三角，方便宾客上床。", "折成四十五度三角。", "靠床头柜一侧。"]),
       ("问题2 遇到挂着请勿打扰牌的房间怎么办？", ["不敲门不进房，在夜床记录上注明，把夜床卡从门缝下塞入，告知领班。", "不进房，做记录。", "从门缝塞卡片。"])],
   hw=[("1. 夜床服务要补充哪些客用品？", ["拖鞋、浴袍、饮用水、早餐牌和夜床卡。", "拖鞋和饮用水。", "早餐牌和夜床卡。"]),
       ("2. 为蜜月宾客做个性化布置要注意什么？", ["提前确认宾客的需要，布置要简洁整洁，不动宾客的私人物品。", "提前确认需要。", "不动私人物品。"])],
   outputs=[("夜床服务记录（一）", "生日布置，放置贺卡。"), ("夜床服务记录（二）", "请勿打扰，已塞夜床卡。"), ("夜床服务记录（三）", "蜜月布置，花瓣摆成心形。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="宜春市明月山技工学校", pack="dir", region="yc", course="clutch", cls="汽修2402班", size=38, seed=11,
         sidp="2436040302", students=["袁思远", "钟芷晴", "易浩然"], extra_class=["袁思源"],
         others_named=["况志勇", "胡德祥", "邹永红"], teachers=["钟建明", "易淑君"], form_count="38人（男{m}，女{f}）",
         roster="station", headteacher="晏国平",
         f8="header_table", f10="bonus", f11="callback", f12="name_line_photo", findings=[],
         comment="clean. The roster is a 学生名单（实训工位分配）: `序号 学号 姓名 性别 实训工位 举升机号`, 38, the lab keeper 况志勇 and "
                 "the head teacher 晏国平 at its foot; form `38人（男23，女15）` (the size with the boys and girls in brackets) = 38 rows "
                 "= roster. 袁思远 (one of the three) and classmate 袁思源 are one character apart, both in the roster and item 10 "
                 "(legal). Item 10 (TYPED) has a 附加分 column (0-5, explained on the page: 校技能节获奖加分，总分不超过100); 总分 = "
                 "the four parts (95) + 附加分. Item 11: typed 维修工单 / 竣工检验单 / 客户回访记录单, the student as 维修技师 and "
                 "回访人, the van's owner 胡德祥 and the fleet's dispatcher 邹永红 named (not students)"),
    dict(school="宜春市明月山技工学校", pack="dir", region="yc", course="zhike", cls="中药2402班", size=40, seed=12,
         sidp="2436130102", students=["晏梦瑶", "刘楚豪", "熊博文"], outsiders={"熊博文": "中药2401班"}, out_sidp="2436130101",
         extra_class=["胡沐晴"], bad={"胡沐晴": "sum"}, others_named=["漆国良"],
         teachers=["袁秀琴", "邹宏伟", "巫卫东"], form_count="40人（男{m}，女{f}）",
         f8="sop", f10="weekly", f11="process_typed", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "熊博文"), ("records.invalid_score", 10, False, "胡沐晴")],
         comment="熊博文 of the parallel class 中药2401班 (his class and 学号 243613010117 on his worksheet, his typed 炮制记录 and his "
                 "homework) is the third student of 8/11/12; item 10 (TYPED, 40 rows = form `40人（男21，女19）`) has no record of him: "
                 "students.not_in_class. Item 10 is a WEEKLY register (第1周(25) … 第4周(25), 总分, 等第); 胡沐晴's 总分 is 10 BELOW "
                 "the sum of his four weeks: records.invalid_score. Item 8 (scanned 250 dpi gray, a SCRATCHED scanner glass): a "
                 "作业指导书 head, the student only as 操作者 (hand), the workshop head 漆国良 as 审核 (not a student). No roster"),
    dict(school="咸宁市香城技工学校", pack="gbkzip", region="xn", course="bms", cls="新能源2401班", size=40, seed=21,
         sidp="2442043501", students=["程宇航", "舒晓雯", "阮志鹏"], extra_class=["饶佳怡"], absent_from_10=["饶佳怡"],
         others_named=["但明德"], teachers=["程光辉", "舒红梅"], form_count="40", roster="workwear", headteacher="阮秋萍",
         f8="fax_line", f10="ab_split", f11="test_typed", f12="hand_page",
         findings=[("records.missing_student", 10, False, "饶佳怡"), ("records.count_mismatch", 10, False)],
         comment="the roster (学生名单（实训工作服及劳保用品签领）: `序号 学号 姓名 工作服尺码 劳保鞋码 领取签名`, each student's "
                 "signature by hand, 40, the storekeeper 但明德 as 发放人) and the form (`授课对象 | 新能源2401班全体学生，共40人`) "
                 "hold 饶佳怡; item 10 (TYPED) is split into TWO TABLES, A组 (20, 序号 1-20) and B组 (19, 序号 again 1-19), and "
                 "has none for her: records.missing_student and records.count_mismatch (39 rows). Item 8: 1-bit fax-like scan"),
    dict(school="咸宁市香城技工学校", pack="gbkzip", region="xn", course="steam", cls="烹饪2402班", size=36, seed=22,
         sidp="2442050102", students=["柯俊辉", "余梓豪", "邓雨涵"], items={11: ["柯俊辉", "余梓豪"]},
         extra_class=["吴梓琪"], bad={"吴梓琪": "over"}, others_named=["周长林", "张德旺"],
         teachers=["但国庆", "柯美华"], form_count="36",
         f8="weigh", f10="two_row_head", f11="purchase", f12="exercise_book",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "吴梓琪")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 原料采购单, the student as 采购人, the supplier 周长林 as 供货人, a teacher as 验收人) holds the "
                 "purchase sheets of only TWO students, 柯俊辉 and 余梓豪 (邓雨涵's are missing; 8 and 12 hold the three): "
                 "students.count on 11; students.mismatch optional. Item 10 (scanned 200 dpi gray) has a TWO-ROW head (过程考核"
                 "（40分）over 原料准备/刀工成形/卫生安全, 成品考核（60分）over 色泽/口味/造型, the maxima in the second row); "
                 "吴梓琪 has 19 under `刀工成形(15)` (总分 the sum): records.invalid_score. Item 8: a 原料称量记录 at the top of the "
                 "worksheet, the student only as 称量人 (hand), the head chef 张德旺 as 复核 (not a student). No roster"),
    dict(school="咸宁市香城技工学校", pack="gbkzip", region="xn", course="tea", cls="电商2401班", size=42, seed=23,
         sidp="2442060301", students=["周楚涵", "阮家乐", "但可馨"], others_named=["舒凤仪", "阮建桥", "柯翠兰"],
         teachers=["周晓红", "吴劲松"], form_count="42",
         f8="corner_box", f10="weighted", f11="outbound", f12="hand_color", findings=[],
         comment="clean. Item 10 (TYPED) is a WEIGHTED register: 过程评价 and 成果评价 each out of 100, 总评 = 过程×40% + "
                 "成果×60% (rounded), explained under the head; no 总评 is the plain sum. 42 rows = form `共42人`. Item 11: typed "
                 "仓库出库单, the student as 拣货员 and 制单人, three buyers 舒凤仪, 阮建桥, 柯翠兰 as 收货人 (not students; "
                 "阮建桥 shares the surname of the student 阮家乐). No roster"),
    dict(school="五指山市水满技工学校", pack="zip", region="wz", course="elder", cls="照护2401班", size=38, seed=31,
         sidp="2446052901", students=["符小梅", "吉海燕", "黄文强"], items={12: ["符小梅", "吉海燕", "卓美琪"]},
         extra_class=["卓美琪", "王亚东"], absent_from_10=["王亚东"], others_named=["符亚娇", "王家兴"],
         teachers=["符美玲", "吉文光"], form_count="38名",
         f8="cover_booklet", f10="nation", f11="care_typed", f12="dapple_photo",
         findings=[("students.mismatch", 12, True), ("records.count_mismatch", 10, False)],
         comment="item 12 (phone photos in LEAF SHADE) holds the homework of 符小梅, 吉海燕 and classmate 卓美琪 (with an "
                 "item-10 record) instead of 黄文强's (8 and 11 hold the three): students.mismatch. Item 10 (scanned 250 dpi gray, "
                 "a SCRATCHED scanner glass, a 民族 column: 黎族, 汉族, 苗族) lists 37; the form says `班级人数 | 38名`: "
                 "records.count_mismatch (王亚东 has no record; no roster). The old lady 符亚娇 (the cared-for patient) and the "
                 "village doctor 王家兴 are named on items 8 and 11 (not students)"),
    dict(school="五指山市水满技工学校", pack="zip", region="wz", course="nightbed", cls="酒店2402班", size=40, seed=32,
         sidp="2446050402", students=["林绍辉", "羊晓琳", "罗婉婷"], items={8: ["林绍辉", "羊晓琳", "罗婉婷", "邢炜琪"]},
         extra_class=["邢炜琪", "陈志伟"], bad={"陈志伟": "sum"}, others_named=["卓玉兰", "黄振邦"],
         teachers=["卓海南", "林玉清"], form_count="40名",
         f8="apprentice", f10="max_row", f11="room_typed", f12="welcome_card",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "陈志伟")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 dpi gray, a SCRATCHED scanner glass) holds FOUR worksheets: the three and classmate 邢炜琪 "
                 "(with an item-10 record): students.count on 8; students.mismatch optional. Each worksheet opens with a 师徒带教记录 "
                 "(`带教师傅 卓玉兰（客房部领班）| 徒弟 <hand>`): the master is not a student. Item 10 (scanned 300 dpi, 1-bit) has a "
                 "`满分` row under the head; 陈志伟's 总分 is 8 above the sum of his parts: records.invalid_score. Item 11: typed 夜床"
                 "服务记录, the student as 服务员, the guest 黄振邦 named. No roster"),
]

PROVINCE = {1: "江西省宜春市", 2: "湖北省咸宁市", 3: "海南省五指山市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 宜春: "8、工作页.pdf" (a 、 after the number)
        return "%d、%s.pdf" % (n, NAMES[n])
    if g == 2:   # 咸宁: "8_工作页_新能源2401班.pdf"
        return "%d_%s_%s.pdf" % (n, NAMES[n], s["cls"])
    return "【%d】%s.pdf" % (n, NAMES[n])   # 五指山: "【8】工作页.pdf" (the number in lenticular brackets)


def form_name(s, c):
    return {1: ("申报书-%s.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s%s工学一体化优质课堂申报书.pdf" % (s["school"], s["cls"]), "pdf"),
            3: ("附件2：申报书（%s）.docx" % c["course"], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.6cm 1.6cm")
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

def form_count_text(s):
    return {1: "班级人数 | %s" % s["form_count"], 2: "授课对象 | %s全体学生，共%s人" % (s["cls"], s["form_count"]),
            3: "班级人数 | %s" % s["form_count"]}[grp(s)]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 宜春: the size with the boys and girls in brackets
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 咸宁: the size inside a sentence
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s全体学生，共%s人" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 五指山: four columns, the unit 名
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年3月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生接受任务后分组收集资料、拟订计划，教师审核后小组做出决策并实施，教师巡回指导、把控质量与安全，最后展示成果，开展自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在真实情境中完成完整的工作过程，专业能力和职业素养明显提升。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程为{major}专业一体化课程，依据国家工学一体化课程标准，结合{prov}企业岗位要求转化。\n二、学习任务安排\n本学期开设“{task}”，{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析——{task}\n一、任务来源与描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}教学活动策划\n活动一　明确任务，获取信息\n活动二　制定计划，做出决策\n活动三　实施计划，过程控制\n活动四　检查评价，总结反馈",
    4: "{school}\n{course}教学进度计划（{hours}学时）\n第一周　明确任务，获取信息\n第二周　制定计划并审核\n第三周　实施任务\n第四周　检查验收与评价总结",
    5: "{school}\n{task}教学活动方案\n第一学时　创设情境，下达任务\n第二至四学时　引导问题学习\n其余学时　分组实施、巡回指导、成果展示与评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站设信息区、计划区、实施区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核分过程考核与结果考核，成绩由任课教师记入学习任务考核记录。",
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
        return s["out_sidp"] + "17"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t, o = s["f8"], s["teachers"], s.get("others_named", [])
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "header_table":   # a bordered head row 姓名 | 班级 | 学号 | 日期
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid[-2:], True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "sop":   # a 作业指导书 head: the student only as 操作者
            sop = tbl([[("<b>作　业　指　导　书</b>", ' colspan="6"')],
                       ["文件编号", "ZY-PZ-%03d" % (31 + i), "工　序", "麸炒", "版　次", "A/0"],
                       ["操作者", hand(n, True), "班　级", hand(cl, True), "学　号", hand(sid, True)],
                       ["编　制", t[0], "审　核", o[0] + "（车间主任）", "日　期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            steps = ("<p><b>作业步骤</b>：①净选枳壳片　②武火预热，撒麸试温　③投药翻炒至淡黄色　④出锅筛去焦麸　⑤摊凉、装袋、贴签</p>")
            body = sop + title + steps + sit + answers(c, rng, i) + comment
        elif f == "fax_line":   # 姓名/班级/学号 on underlined blanks
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "weigh":   # a 原料称量记录 at the top: the student only as 称量人
            rows = [[("<b>原料称量记录</b>　（10份）", ' colspan="4"')], ["原料", "规格", "配方用量", "实称"],
                    ["糯米", "圆粒", "500 g", hand("%d g" % (498 + 3 * i), True)], ["猪前腿肉", "肥三瘦七", "600 g", hand("%d g" % (603 - 2 * i), True)],
                    ["干桂花", "当年新花", "15 g", hand("15 g", True)],
                    ["称量人", hand(n, True), "复　核", hand(o[1], True, BLACK) + "（厨师长）"]]
            weigh = tbl(rows, width="100%", pad="2px 4px")
            body = weigh + title + '<p>班级：%s　　学号：%s　　%s</p>' % (hand(cl, True), hand(sid[-2:], True), day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right
            box = ('<table width="100%%"><tr><td></td><td width="44%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = box + title + '<p>班级：%s　　指导教师：%s　　%s</p>' % (cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "cover_booklet":   # a cover per student booklet, then the worksheet naming the cared-for old lady
            cover = ('<p style="text-align:center;font-size:13pt">%s</p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<p style="text-align:center;font-size:30pt"><b>学 习 工 作 页</b></p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<table width="80%%" align="center">%s</table><p>&nbsp;</p><p style="text-align:center">%s</p>'
                     % (s["school"], "".join('<tr><td width="28%%" style="font-size:14pt;padding:10px">%s：</td>'
                                                 '<td style="border-bottom:1pt solid #000;padding:10px">%s</td></tr>' % (a, b)
                                                 for a, b in [("课程名称", c["course"]), ("学习任务", c["task"][:10]),
                                                              ("班　　级", hand(cl)), ("姓　　名", hand(n)), ("学　　号", hand(sid)),
                                                              ("指导教师", "、".join(t))]), "2024—2025学年第一学期"))
            visit = tbl([["照护对象", o[0] + "（78岁，高血压十二年）", "村卫生室医生", o[1]], ["上门日期", day(s, i)[5:], "血压", hand("%d/%d mmHg" % (150 - 3 * i, 92 - i), True)]],
                        width="100%")
            body = cover + PB + title + visit + sit + answers(c, rng, i) + comment
        elif f == "apprentice":   # a 师徒带教记录 at the top: 带教师傅 and the student as 徒弟
            rec = tbl([[("<b>师徒带教记录</b>", ' colspan="6"')],
                       ["带教师傅", o[0] + "（客房部领班）", "徒　弟", hand(n, True), "班　级", hand(cl, True)],
                       ["学　号", hand(sid, True), "带教日期", hand(day(s, i)[5:], True), "楼　层", "%d楼" % (3 + i)],
                       [("师傅评价：" + hand(["程序熟练", "折角规范", "动作麻利", "细心周到"][i % 4], True, BLACK) + "　　师傅签名：" + hand(o[0], True, BLACK), ' colspan="6"')]],
                      width="100%", pad="3px 4px")
            body = rec + title + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    per = 2 if f == "cover_booklet" else 1
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": per * len(names), "sheets_per_student": per, "items": []}, ensure_ascii=False, indent=1))
    meth = {"header_table": "x-scanpdf:200:color", "sop": "x-scanpdf:250:scratch", "fax_line": "x-scanpdf:200:mono",
            "weigh": "x-scanpdf:200", "corner_box": "x-scanpdf:200:color", "cover_booklet": "x-scanpdf:250",
            "apprentice": "x-scanpdf:200:scratch"}[f]
    font = {"cover_booklet": "Noto Sans CJK SC", "apprentice": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


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
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "bonus":   # four parts (95) and a 附加分 column explained on the page
        parts = [("故障诊断", 30), ("拆装调整", 40), ("路试检验", 15), ("安全6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分<br/>(≤5)", "总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.66, 0.97)
            b = rng.choice([0] * 14 + [2, 2, 3, 5])
            tot = min(100, sum(v) + b)
            note = {2: "技能节二等奖", 3: "技能节一等奖", 5: "市赛三等奖"}.get(b, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "—", str(tot), note], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>说明：总分＝四项得分（满分95）＋附加分；附加分为本学期校技能节、技能竞赛获奖加分（2～5分），总分不超过100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "weekly":   # one column a week
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "第1周<br/>(25)", "第2周<br/>(25)", "第3周<br/>(25)", "第4周<br/>(25)", "总分", "等第"]], pad)]
        for k, n in enumerate(rec):
            v = [int(round(25 * rng.uniform(0.62, 0.98))) for _ in range(4)]
            tot = sum(v) - (10 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录（按周）") + table(out) +
                "<p>说明：每周完成一个学习活动，按活动评价表评分，每周满分25分，总分为四周得分之和。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "ab_split":   # two tables, A组 and B组, the 序号 starting again in each
        parts = [("高压防护", 20), ("检测流程", 40), ("故障排除", 30), ("检测报告", 10)]
        hd = trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)
        half = 20
        body = head10(s, c, "学习任务考核成绩登记表")
        for gi, (gname, members) in enumerate((("A组（周一、周三上午实训）", rec[:half]), ("B组（周二、周四上午实训）", rec[half:]))):
            out = [hd]
            for k, n in enumerate(members):
                v = part_scores(rng, parts)
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            body += "<p><b>%s</b>　　本组%d人</p>" % (gname, len(members)) + table(out)
        body += sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:0.9cm 1.3cm"), "pdf"
    if f == "two_row_head":   # a two-row head: 过程考核 / 成品考核 over their parts
        parts = [("原料准备", 10), ("刀工成形", 15), ("卫生安全", 15), ("色泽", 15), ("口味", 25), ("造型", 20)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>成品考核（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        h2 = trow(["<b>%s(%d)</b>" % p for p in parts], pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            if bad.get(n) == "over":
                v[1] = 19
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:200"
    if f == "weighted":   # 总评 = 过程×40% + 成果×60%, explained under the head
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程评价<br/>(百分制)", "成果评价<br/>(百分制)", "总评<br/>(过程40%+成果60%)", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(66, 97), rng.randint(62, 98)
            tot = int(a * 0.4 + b * 0.6 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") +
                "<p>总评计算：总评＝过程评价×40%＋成果评价×60%，四舍五入取整；过程评价含考勤、课堂任务和小组互评，成果评价为出库单与模拟客服考核。</p>" +
                table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "nation":   # a plain table with 性别 and 民族
        parts = [("照护评估", 20), ("照护操作", 50), ("沟通记录", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别", "民族"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        nr = random.Random(s["seed"] * 77)
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            mz = "黎族" if n[0] in "王黄符吉卓" and nr.random() < 0.7 else ("苗族" if nr.random() < 0.08 else "汉族")
            out.append(trow([str(k + 1), sid_of(s, n), n, sex(n), mz] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:250:scratch"
    if f == "max_row":   # a 满分 row under the head
        parts = [("仪容礼仪", 10), ("开夜床", 30), ("客用品补充", 20), ("个性化布置", 25), ("记录填写", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:300:mono"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t, o = s["f11"], s["teachers"], s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "callback":   # work order, final inspection, customer call-back: the owner and the dispatcher named
                role = ["维修技师", "维修技师", "回访人"][j]
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车　主", o[1], "车牌号", "赣C·%s%d" % ("DKL"[i % 3], 5270 + 13 * i)],
                                  ["送修人", o[2] + "（车队调度）", "联系电话", "139****%04d" % (3021 + 7 * i)],
                                  [role, "%s（%s）" % (n, cl), "检验员" if j == 1 else "审　核", t[j % 2]],
                                  ["内　容", (desc, ' colspan="3"')]], width="92%") +
                             "<p>日期：%s</p>" % day(s, 30 + i + j))
            elif f == "process_typed":   # a 炮制记录: 炮制人 and 复核人
                parts.append('<h3>%s</h3>' % title + tbl([["品　名", "枳壳", "批　号", "ZK2410%02d" % (11 + 3 * i + j)],
                                                          ["炮制人", n, "班　级", cl], ["复核人", t[j % 2], "日　期", day(s, 30 + i)],
                                                          ["投料量", "5.0 kg", "麦麸", "0.5 kg"], ["炒制时间", "%d min" % (6 + j), "得率", "%d%%" % (91 - i - j)]],
                                                         width="86%") + "<p>结论：%s</p>" % desc)
            elif f == "test_typed":   # a test report: 检测人
                parts.append('<h3 style="text-align:center">%s</h3><p>检测人：%s（%s）　　审核：%s　　%s</p>' % (title, n, cl, t[j % 2], day(s, 30 + i)) +
                             tbl([["项目", "标准", "实测", "结论"], ["最高单体电压", "≤4.20 V", "4.1%d V" % (2 + j), "合格"],
                                  ["最低单体电压", "≥3.00 V", "3.9%d V" % (1 + i), "合格"], ["压差", "≤50 mV", ["180 mV", "20 mV", "15 mV"][j], ["不合格", "合格", "合格"][j]]],
                                 width="84%") + "<p>%s</p>" % desc)
            elif f == "purchase":   # a 原料采购单: 采购人, the supplier as 供货人, a teacher as 验收人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["采购人", "%s（%s）" % (n, cl), "日　期", day(s, 30 + i)], ["供货人", o[0] + "（温泉农贸市场）", "验收人", t[j % 2]],
                                  ["品名", "规格", "数量", "单价（元）"], ["糯米", "圆粒 一级", "%d kg" % (5 + j), "6.5"],
                                  ["猪前腿肉", "肥三瘦七", "%d kg" % (6 - j), "16.0"], ["莲藕", "七孔 粗壮", "%d kg" % (8 + i), "5.0"]], width="90%") +
                             "<p>备注：%s</p>" % desc)
            elif f == "outbound":   # a 仓库出库单: the buyer as 收货人, the student as 拣货员 and 制单人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["订单号", "NH2025%06d" % (180311 + 97 * i + j), "出库日期", day(s, 30 + i)],
                                  ["收货人", o[j], "收货地址", ["武汉市洪山区", "长沙市岳麓区", "咸宁市咸安区"][j]],
                                  ["商品", "青砖茶礼盒 2kg", "数　量", str(1 + j)], ["拣货员", n, "复核员", t[j % 2]]], width="92%") +
                             "<p>%s　　制单人：%s（%s）</p>" % (desc, n, cl))
            elif f == "care_typed":   # a home-care record: 照护员 and the old lady; the doctor
                parts.append('<h3>%s</h3>' % title + tbl([["照护员", n, "班级", cl], ["照护对象", o[0], "卫生室医生", o[1]],
                                                          ["时间", "血压", "服药情况", "签名"], ["08:30", "%d/%d" % (152 - 2 * j, 94 - j), "已服", n],
                                                          ["17:30", "%d/%d" % (146 - 2 * j, 90 - j), "已服", n]], width="90%") + "<p>小结：%s</p>" % desc)
            elif f == "room_typed":   # a night-bed record: 服务员, the guest
                parts.append('<h3>%s</h3>' % title + tbl([["房　号", "%d0%d" % (3 + i, 6 + j), "宾　客", o[1] + "先生" if j == 0 else ["", "（请勿打扰）", "（蜜月）"][j] or "—"],
                                                          ["服务员", "%s（%s）" % (n, cl), "领班检查", o[0]], ["时　间", "19:%02d" % (10 + 12 * j), "日　期", day(s, 30 + i)]],
                                                         width="86%") + "<p>说明：%s</p>" % desc)
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
        if f == "exercise_book":   # an exercise-book cover, then the page inside
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid[-2:], "----", "%s　课后作业" % c["task"][:6]]
        elif f in ("name_line_photo", "dapple_photo"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"], "> %s　%s　%s" % (cl, sid, n)]
        elif f == "welcome_card":   # a welcome card written as the first exercise, signed; the name again at the foot
            head = ["课后作业　欢迎卡书写练习", "", "> 尊敬的宾客：", "> 欢迎入住雨林度假酒店，祝您在五指山度过愉快的假期！",
                    "> 　　　　　　　　客房服务员　%s　敬上" % n, ""]
            end = end + ["", "> 练习人：%s　　班级：%s" % (n, cl)]
        elif f == "hand_page":
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f == "hand_color":
            head = ["%s　课后练习" % c["course"], "姓名 %s　班级 %s　学号 %s" % (n, cl, sid[-2:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"exercise_book": "x-photo:200:1", "name_line_photo": "x-photo:200:2:dapple", "dapple_photo": "x-photo:200:0:dapple",
            "plain_photo": "x-photo:200:1", "welcome_card": "x-photo:200:2", "hand_page": "x-scan:250:4",
            "hand_color": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "station":   # a list with the lab station and lift of each student
        rows = [["序号", "学号", "姓名", "性别", "实训工位", "举升机号"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex(n),
                         "%s-%02d" % ("ABCD"[j // 10], j % 10 + 1), "%d号" % (j // 5 + 1)])
        body = ('<h2 style="text-align:center">%s%s学生名单（实训工位分配）</h2>' % (s["school"], s["cls"]) +
                "<p>实训室：汽车底盘实训室（二楼）　　每台举升机不超过5人，按工位轮换</p>" +
                tbl(rows, width="90%", pad="1px 4px", bold=(0,)) +
                "<p>实训室管理员：%s　　班主任：%s　　共%d人　　2024年9月</p>" % (s["others_named"][0], s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（实训工位分配）.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "workwear":   # the work clothes and safety shoes handed out, signed for by hand
        rows = [["序号", "学号", "姓名", "工作服尺码", "劳保鞋码", "领取签名"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["165/M", "170/L", "175/XL", "180/XXL"]), str(rr.randint(38, 44)),
                         hand(n, True, size="10pt")])
        body = ('<h2 style="text-align:center">%s学生名单（实训工作服及劳保用品签领）</h2><p style="text-align:center">%s　2024年秋季学期</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="92%", pad="0px 4px", bold=(0,)) +
                "<p>发放人：%s　　班主任：%s　　合计：%d人</p>" % (s["others_named"][0], s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:0.8cm 1.2cm"))
        man.append("roster.html\t%s学生名单（工作服签领）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Seventy-second held-out people corpus (testdata/heldout72), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad_names = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad_names:
        raise SystemExit("these stand in an earlier corpus: %s" % " ".join(bad_names))
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"], s["school"]):
            if w in EARLIER_TEXT:
                raise SystemExit("%s was used by an earlier corpus" % w)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    everyone = all_planted + all_teachers + all_others
    for i, a in enumerate(everyone):
        for b in everyone[i + 1:]:
            if near(a, b):
                raise SystemExit("%s is near %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 72)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if "{m}" in s["form_count"]:
            fem = sum(sex(n) == "女" for n in s["klass"])
            s["form_count"] = s["form_count"].format(m=len(s["klass"]) - fem, f=fem)
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec)), (11, item11(s, c, items[11])),
                                  (12, item12(s, c, items[12]))):
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
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s),
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
