#!/usr/bin/env python3
"""Write the sources of the hundred-and-thirty-eighth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the struct tags of pipeline/heldout_test.go was
read; classaudit was not run on it). Seven submissions of three invented
schools in 曲阳县 (Hebei, 保定), 石屏县 (Yunnan, 红河州) and 义乌市 (Zhejiang, 金华).

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
# the truth files read for names, tasks and courses to avoid (heldout137, heldout139 and heldout140 are
# written at the same time by other hands and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 137)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 曲阳 (保定 families: 王 李 张 刘 赵 and 郝 贾 甄 崔 齐 田 杜 孟 霍 宋),
# 石屏 (the Han families of the old 石屏 town — 许 袁 何 罗 — with 李 杨 张 王, and the Yi 普 and 龙),
# 义乌 (王 陈 吴 and the 义乌 families 楼 金 傅 骆 龚 虞 鲍 宗)
SURNAMES = {
    "qy": list("王王王王李李李张张张刘刘刘赵赵杨郝郝贾甄崔齐田杜孟霍宋高马"),
    "sp": list("李李李李杨杨杨张张王王许许袁何罗陈朱普龙段钱白孔"),
    "yw": list("王王王陈陈陈吴吴楼楼金金傅骆龚朱何黄蒋方冯虞鲍宗"),
}
# given names: a new list of everyday names of students born around 2008
GIVEN2 = ("子涵 雨辰 浩然 梓轩 欣怡 语汐 俊杰 宇辰 思琪 佳豪 若楠 一帆 诗涵 嘉豪 梦瑶 志远 晨曦 梓睿 雨彤 锦涛 可欣 子骞 博宇 依然 浩轩 芷若 明杰 紫涵 凯瑞 宇泽 "
          "书涵 嘉俊 梓晨 思源 雅静 宏宇 睿哲 婧怡 逸飞 雨菲 子萱 皓宇 心悦 海博 晨宇 佳乐 静雯 诗雨 天宇 雅欣 俊宇 梓琪 子睿 昊天 雨轩 欣妍 晨阳 若曦 浩博 思雨 "
          "语嫣 宇航 文轩 佳琪 一鸣 梓萱 鑫宇 梓豪 艺璇 博文 馨怡 振宇 晓雪 俊熙 子健 雨涵 明轩 佳欣 思涵 天翔 慧敏 嘉乐 紫怡 家豪 梦婷 奕辰 欣悦 晓彤 志豪 佳慧 "
          "润泽 思彤 宸宇 心怡 雨萱 瑞泽 乐瑶 一诺 锦轩 沐阳 安然 铭轩 子墨 嘉欣 俊豪 雅琪 宇轩 晓宇 佳怡 雨婷 诗琪 嘉怡 泽宇 雨欣 子豪 可馨 乐怡 昊然 浩楠 俊辉 "
          "雪莹 海涛 金鹏 立新 亚楠 晓峰 玉洁 文静 春晖 正阳 佳宁 子豫 梓桐 星辰 雨露 嘉琳 泓杰 彦霖 语桐 佳颖 子淇").split()
GIVEN1 = list("杰琳洋磊婷鑫悦博")

# pinyin of every character the 义乌 城轨 class can draw (its register has a 姓名拼音 column)
PY = dict(zip(
    "一乐书亚何佳依俊健傅冯凯博可吴哲嘉墨天奕妍婧婷嫣子宁宇安宏宗家宸峰帆彤彦心志思怡悦慧振敏文新方昊明星春晓晖晨曦朱杰桐梓梦楠楼欣正汐沐泓泽洁洋浩海涛润涵淇源然熙玉王琪琳瑞瑶璇皓睿磊立紫翔航艺芷若莹菲萱蒋虞诗语诺豪豫轩辉辰远逸金鑫铭锦阳陈雅雨雪雯霖露静颖飞馨骆骞鲍鸣鹏黄龚",
    ("yi le shu ya he jia yi jun jian fu feng kai bo ke wu zhe jia mo tian yi yan jing ting yan zi ning yu an hong zong jia chen feng fan "
     "tong yan xin zhi si yi yue hui zhen min wen xin fang hao ming xing chun xiao hui chen xi zhu jie tong zi meng nan lou xin zheng xi mu "
     "hong ze jie yang hao hai tao run han qi yuan ran xi yu wang qi lin rui yao xuan hao rui lei li zi xiang hang yi zhi ruo ying fei xuan "
     "jiang yu shi yu nuo hao yu xuan hui chen yuan yi jin xin ming jin yang chen ya yu xue wen lin lu jing ying fei xin luo qian bao ming "
     "peng huang gong").split()))


def pinyin(name):
    sur, given = name[0], name[1:]
    return "%s %s" % (PY[sur].upper(), "".join(PY[c] for c in given).capitalize())


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
 "engraver": dict(major="机电一体化技术", code="0127", course="机电设备电气控制线路装调", task="石雕厂数控雕刻机主轴变频调速与限位保护电路装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="曲阳羊平镇一家石雕厂的三轴数控雕刻机改造后，主轴只能恒速运转，雕刻汉白玉浮雕时细部崩边；X轴有一次撞到机架，限位开关没有起作用。厂里请机电班学员检查原有线路，按图纸重新安装变频器和主轴电机线路，设置变频器参数实现多段调速，安装调试四个限位开关和急停回路，并交给厂里的电工验收。",
   qs=[("问题1 为什么雕刻细部时要降低主轴转速？", ["细部走刀慢、吃刀浅，转速太高刀具容易发热打滑，石料边缘会崩；降速后切削平稳。", "转速高容易崩边。", "降速后切削平稳。"]),
       ("问题2 限位开关为什么要接常闭触点？", ["常闭触点断线时回路也会断开，设备停下来，比常开触点更安全，这叫失效安全。", "断线时设备也会停，更安全。", "常闭接法是失效安全。"])],
   hw=[("1. 变频器多段速是怎样实现的？", ["用两个数字输入端的通断组合选择不同的频率，每一段频率事先在参数里设好。", "输入端组合选择频率。", "参数里先设好每段频率。"]),
       ("2. 急停按钮按下后为什么要手动复位？", ["防止故障没排除时设备自己重新启动伤人，必须确认安全后人工复位。", "防止设备自己重新启动。", "确认安全后再复位。"])],
   outputs=[("主轴变频调速调试记录", "低、中、高三段速度切换正常。"), ("限位与急停回路测试记录", "四个限位开关动作可靠，急停有效。")]),
 "bedsore": dict(major="健康与社会照护", code="0529", course="卧床老年人皮肤与体位照护", task="乡镇敬老院冬季卧床老人压疮预防与翻身叩背照护",
   hours=16, station="老年照护一体化学习工作站",
   situation="入冬以后，曲阳县一家乡镇敬老院有几位长期卧床的老人骶尾部皮肤发红，护理组长担心出现压疮。敬老院请照护班学员在护理员指导下评估老人的压疮风险，制订两小时一次的翻身计划，完成翻身、叩背排痰和皮肤护理，并填写照护记录，向家属说明注意事项。",
   qs=[("问题1 翻身时为什么要让老人侧卧三十度？", ["三十度侧卧能避开骶尾部和股骨大转子这两个骨突部位，压力分散，老人也比较舒服。", "避开骨突部位。", "压力分散，舒服。"]),
       ("问题2 叩背的手法有什么要求？", ["手指并拢、掌心空起成杯状，从下往上、从外往内叩，避开脊柱和肾区。", "手成杯状，从下往上。", "避开脊柱。"])],
   hw=[("1. 哪些情况说明老人压疮风险高？", ["长期卧床不能自己翻身、大小便失禁皮肤潮湿、吃得少消瘦，评估分数低。", "不能自己翻身，皮肤潮湿。", "消瘦，评分低。"]),
       ("2. 皮肤发红时能不能按摩？", ["不能用力按摩发红的地方，会加重损伤，要减压、保持干燥，观察颜色变化。", "不能按摩，要减压。", "保持干燥，观察。"])],
   outputs=[("翻身叩背照护记录", "两小时翻身一次，骶尾部发红减轻。"), ("家属沟通记录", "已向家属说明翻身和饮食注意事项。")]),
 "storehouse": dict(major="中药", code="1301", course="中药饮片仓储与养护", task="冬春季中药饮片库房虫蛀霉变检查与养护处理",
   hours=16, station="中药调剂与养护一体化学习工作站",
   situation="开春以后回潮，曲阳县一家医药公司的饮片库房有几个货位出现虫蛀和霉点。质量管理员请中药班学员按货位逐一检查饮片，测量库房温湿度，找出虫蛀、霉变、走油和粘连的品种，分别采取摊晾、低温冷冻、隔离报告等养护措施，并填写养护检查记录。",
   qs=[("问题1 哪些饮片容易走油？", ["含油脂或糖分多的饮片，像当归、柏子仁、枸杞子，温度高时表面会泛油发黏。", "当归、枸杞子这类。", "含油多的容易走油。"]),
       ("问题2 发现霉变饮片怎么处理？", ["先隔离放到不合格区，挂牌标识，报告质量管理员，不能自己刷掉霉点继续用。", "隔离并报告。", "不能刷掉继续用。"])],
   hw=[("1. 库房的温湿度应控制在多少？", ["阴凉库温度不超过二十摄氏度，相对湿度在百分之三十五到七十五之间。", "不超过二十度。", "湿度三十五到七十五。"]),
       ("2. 为什么要按货位检查？", ["按货位一格一格查不会漏掉，发现问题能马上对上品名和批号。", "不会漏掉。", "能对上批号。"])],
   outputs=[("饮片养护处理记录", "党参虫蛀品已挑出，余品冷冻杀虫。"), ("库房温湿度分析", "下午湿度偏高，加开除湿机。")]),
 "tofu": dict(major="烹饪(中式烹调)", code="0501", course="滇南风味小吃制作", task="石屏包浆豆腐炭火烧烤与蘸水调配",
   hours=16, station="中式烹调一体化学习工作站",
   situation="石屏县城的夜市上，一家老字号烧豆腐摊准备在假期开第二个摊位，摊主想请烹饪班学员先在学校实训厨房练好手艺。学员要挑选用井水点制的包浆豆腐，控制炭火温度，把豆腐烤到外皮焦黄鼓起、里面包浆，调制干、湿两种蘸水，并按摊位规矩做好计数和卫生。",
   qs=[("问题1 怎样判断豆腐烤好了？", ["豆腐四面鼓起、外皮焦黄，用筷子轻轻一按能弹回来，切开里面是嫩浆。", "四面鼓起、外皮焦黄。", "一按能弹回来。"]),
       ("问题2 炭火为什么不能太旺？", ["火太旺外皮很快烤糊，里面的浆还没有热透，而且豆腐容易粘在烤架上。", "外皮烤糊里面不熟。", "容易粘烤架。"])],
   hw=[("1. 干蘸水和湿蘸水有什么不同？", ["干蘸水是辣椒面、花椒面、盐和味精拌匀，湿蘸水要加腐乳汁、酱油和香菜，蘸了有汤汁。", "湿蘸水有汤汁。", "干蘸水是粉料。"]),
       ("2. 为什么摊主用玉米粒计数？", ["烤好一块放一粒，客人吃完数玉米粒算钱，快而且不会弄错。", "数玉米粒算钱。", "快而且不错。"])],
   outputs=[("包浆豆腐出品记录", "二十块豆腐一炉，全部包浆。"), ("蘸水调配出品记录", "干、湿蘸水各一份，咸辣适中。")]),
 "wedding": dict(major="饭店(酒店)服务", code="0504", course="民族风味宴会服务", task="异龙湖畔客栈彝家婚宴摆台与酒水服务",
   hours=16, station="餐饮服务一体化学习工作站",
   situation="异龙湖畔的一家客栈承接一场十二桌的彝家婚宴，新人家里希望席面有本地特色，同时按酒店规范服务。客栈餐饮部经理请饭店班学员按中餐宴会标准完成摆台，设计席次，按宴会预订单领用和核对酒水，开宴后做好斟酒和席间服务，宴会结束后退回酒水并结账。",
   qs=[("问题1 中餐宴会摆台的顺序是什么？", ["先铺台布、放转盘，再按顺时针摆骨碟、汤碗汤勺、筷架筷子、三套杯，最后放菜单和台号。", "台布、转盘、骨碟，再摆杯具。", "顺时针摆放。"]),
       ("问题2 斟酒时为什么先给主宾斟？", ["按礼节先主宾后主人，再顺时针给其他客人斟，白酒斟八分满。", "先主宾后主人。", "白酒八分满。"])],
   hw=[("1. 酒水领用为什么要填退回数？", ["宴会剩下没开的酒要退回吧台，领用减退回才是实用数，按实用数结账。", "按实用数结账。", "领用减退回。"]),
       ("2. 客人要求加酒怎么办？", ["先报告领班，在酒水单上补领，让客人确认签字，避免结账时有争议。", "补领后让客人签字。", "先报告领班。"])],
   outputs=[("婚宴值台服务记录", "负责主桌和六号桌，共上菜十四道。"), ("酒水结算单", "实用白酒二十四瓶，饮料三十六瓶。")]),
 "station": dict(major="城市轨道交通运输与管理", code="0431", course="市域轨道交通站务服务", task="商贸城站外籍乘客问询与单程票票务异常处理",
   hours=16, station="城轨站务服务一体化学习工作站",
   situation="市域轨道交通开通以后，商贸城站每天有不少来采购的外籍客商乘车，客服中心经常遇到语言不通、单程票无法出站、多刷扣费等问题。值班站长请城轨班学员梳理常见票务异常，编写中英文问询用语，在实训客服中心模拟处理外籍乘客的票务事务，并填写乘客事务处理单。",
   qs=[("问题1 单程票无法出站时先查什么？", ["先在半自动售票机上分析车票，看是超时、超程还是进站没有刷上，再按规定补票或更新。", "先分析车票。", "看超时还是超程。"]),
       ("问题2 和外籍乘客沟通要注意什么？", ["说话慢、用简单的英语和手势，必要时用翻译软件，金额要写在纸上让乘客确认。", "说简单英语。", "金额写在纸上确认。"])],
   hw=[("1. 乘客多刷扣费怎样处理？", ["核对交易记录，确认重复扣费后按规定退款，并在事务处理单上登记。", "核对记录后退款。", "登记在处理单上。"]),
       ("2. 为什么要填写乘客事务处理单？", ["便于交接和追查，车站每月汇总分析，改进服务。", "便于交接和追查。", "每月汇总分析。"])],
   outputs=[("票务异常处理报告", "整理七类常见票务异常及处理方法。"), ("中英文问询用语卡", "二十句常用问询用语。")]),
 "jewelry": dict(major="电子商务", code="0603", course="跨境电商店铺运营", task="义乌饰品跨境店铺新品上架与多语种详情页制作",
   hours=16, station="跨境电商运营一体化学习工作站",
   situation="义乌一家做发饰和耳饰的工厂去年开了跨境网店，今年春季要上架一批新品。工厂负责人请电商班学员挑选主推款，给每个款式编SKU，写英文标题和卖点，拍摄并处理主图，制作中英西三种语言的详情页，上架后回复海外买家的咨询和评价。",
   qs=[("问题1 英文标题为什么要把关键词放在前面？", ["买家搜索时平台优先匹配标题前面的词，关键词放前面更容易被搜到。", "更容易被搜到。", "平台先匹配前面的词。"]),
       ("问题2 SKU编码怎样编才方便管理？", ["按品类、款式、颜色、尺码分段编，看编码就知道是哪一件，不会重复。", "分段编，不重复。", "看编码知道是哪件。"])],
   hw=[("1. 海外买家说收到的颜色不对怎么办？", ["先道歉，请买家拍照，对照SKU查是不是发错货，确认后补发或部分退款。", "拍照核对后补发或退款。", "先道歉。"]),
       ("2. 详情页为什么要标尺寸？", ["饰品大小在图上看不出来，标清楚尺寸和重量可以减少退货。", "减少退货。", "图上看不出大小。"])],
   outputs=[("新品详情页（英文）", "主图五张，卖点四条。"), ("买家咨询与评价回复记录", "回复咨询十二条，好评率百分之九十六。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="曲阳县定窑技工学校", pack="dir", region="qy", course="engraver", cls="机电2402班", size=38, seed=11,
         sidp="24012702", students=["甄一帆", "郝雨菲", "崔梓睿"], items={12: ["甄一帆", "郝雨菲", "崔梓睿", "霍思源"]},
         extra_class=["霍思源", "贾博涵"], bad={"贾博涵": "over"}, others_named=["甄满仓"],
         teachers=["郝建勋", "田秀颖"], count_label="学生人数", form_count="38人（分A、B两组轮换实训，每组19人）", count_int=38,
         f8="limit_test", f10="plain_max", f11="commission_typed", f12="hand_resistor",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "贾博涵")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (hand pages drawn and scanned 200 dpi gray, resistors and an LED on the glass) holds FOUR homework "
                 "pages: the three and classmate 霍思源 (with an item-10 record): students.count on 12; students.mismatch optional. "
                 "Item 10 (scanned 300 dpi 1-bit) has 贾博涵 with 27 under `主电路接线(25)` (总分 the sum): records.invalid_score. "
                 "Item 8 (scanned 250 gray): a 限位开关动作试验 grid with a QR code (扫码观看微课), `试验人` at the foot, the stone "
                 "works' electrician 甄满仓 named as 企业师傅 (not a student). The form's class-size cell holds a second number, the "
                 "group size (`学生人数 | 38人（分A、B两组轮换实训，每组19人）`). No roster"),
    dict(school="曲阳县定窑技工学校", pack="dir", region="qy", course="bedsore", cls="照护2401班", size=36, seed=12,
         sidp="24052901", students=["孟语汐", "田彦霖", "齐婧怡"], others_named=["刘素珍", "王德旺", "赵桂枝", "王建忠", "贾桂荣"],
         teachers=["乌日罕", "贾玉芹"], headteacher="崔立红", count_label="班级人数", form_count="36人", count_int=36,
         roster="winter",
         f8="braden", f10="weighted", f11="care_typed", f12="hand_photo",
         findings=[],
         comment="clean. The roster is a 学生名单（寒假离校去向登记） (36, 离校/返校日期, 去向 township and 乘车方式 per student, the "
                 "dormitory keeper 贾桂荣 at the foot) = form `36人` = item 10 (TYPED, weighted 过程×40%+结果×60%, explained). Item 8 "
                 "(printed, photographed): a 压疮风险评估 (Braden-like) and 翻身记录 sheet: the elders 刘素珍 / 王德旺 as 评估对象, "
                 "the student as 评估人 and 执行人 on each 翻身 row, ANOTHER OF THE THREE as 互评人, 护理组长 赵桂枝. Item 11: the "
                 "son 王建忠 signs as 家属. Teacher 乌日罕 has a Mongolian name"),
    dict(school="曲阳县定窑技工学校", pack="dir", region="qy", course="storehouse", cls="中药2401班", size=40, seed=13,
         sidp="24130101", students=["杜泓杰", "宋雅静", "高逸飞"], extra_class=["马梓桐"], absent_from_10=["马梓桐"],
         others_named=["韩福来", "葛淑娴"], teachers=["霍振江", "孟淑君", "崔广田"], headteacher="杜秀芝",
         count_label="人数（人）", form_count="40", count_int=40, roster="vaccine",
         f8="shelf_check", f10="detail_cell", f11="maint_typed", f12="name_photo",
         findings=[("records.missing_student", 10, False, "马梓桐"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学生名单（流感疫苗接种意愿统计）, 40, the school doctor 葛淑娴 at the foot) and the form (`人数（人） | 40`) "
                 "hold 马梓桐; item 10 (scanned 200 dpi COLOUR, one 分项明细 cell `18+27+26+14` per student) has 39 rows and none "
                 "for him: records.missing_student and records.count_mismatch. Item 8 (scanned 200 gray): a 货位养护检查 table with "
                 "the student only as 检查人 in every row and the storekeeper 韩福来 as 复核"),
    dict(school="石屏县异龙湖技工学校", pack="gbkzip", region="sp", course="tofu", cls="烹饪2403班", size=40, seed=21,
         sidp="2024500103", students=["许梓琪", "袁嘉俊", "普皓宇"], outsiders={"普皓宇": "烹饪2402班"}, out_sidp="2024500102",
         extra_class=["段亚楠"], bad={"段亚楠": "sum"}, others_named=["李开顺"],
         teachers=["许绍昆", "袁丽珠"], count_label="学生数", form_count="男21　女19　合计40", count_int=40,
         f8="dip_card", f10="dish_groups", f11="serve_photo", f12="spoon_photo",
         findings=[("students.not_in_class", 8, True, "普皓宇"), ("records.invalid_score", 10, False, "段亚楠")],
         comment="普皓宇 of the parallel class 烹饪2402班 (his class and 学号 2024500102xx on his 蘸水 card, his photographed "
                 "出品记录 and homework) is the third student of 8/11/12; item 10 (40 rows = form `男21 女19 合计40`) has no record "
                 "of him: students.not_in_class. Item 10 (TYPED, grouped heads 烧烤(50) / 蘸水(30) / 职业素养(20)): 段亚楠's 总分 "
                 "is 7 above the sum of his parts: records.invalid_score. Item 8 (1-bit 200): a 蘸水配比卡 with 品尝记录, the "
                 "stall master 李开顺 as 品尝人 (not a student). Items 11 and 12 photographed with a porcelain spoon on the sheet"),
    dict(school="石屏县异龙湖技工学校", pack="gbkzip", region="sp", course="wedding", cls="酒店2401班", size=38, seed=22,
         sidp="2024500401", students=["何雨露", "罗锦轩", "朱昕睿"], items={8: ["何雨露", "罗锦轩", "龙心悦"]},
         extra_class=["龙心悦", "钱海博"], bad={"钱海博": "over"}, others_named=["杨家福", "陈翠芬"],
         teachers=["普丽琼", "龙建勇"], count_label="班级人数", form_count="38名", count_int=38,
         f8="drinks_form", f10="op_time", f11="banquet_typed", f12="hand_scan",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "钱海博")],
         comment="item 8 (scanned 200 dpi COLOUR, 酒水领用单 worksheets) holds 何雨露, 罗锦轩 and classmate 龙心悦 (with an "
                 "item-10 record) instead of 朱昕睿 (items 11 and 12 hold the three): students.mismatch. Item 10 (printed and "
                 "PHOTOGRAPHED with a porcelain spoon on it): 操作分/时间分 pairs; 钱海博 has 43 under `中餐摆台 操作分(40)` "
                 "(总分 the sum): records.invalid_score. The wedding host 杨家福 and the bar keeper 陈翠芬 are named on item 8"),
    dict(school="义乌市稠州技工学校", pack="zip", region="yw", course="station", cls="城轨2401班", size=41, seed=31,
         sidp="2407043101", students=["楼思琪", "骆宇泽", "龚书涵"], items={11: ["楼思琪", "骆宇泽"]},
         others_named=["金伟东", "Ahmed KARIM", "Olena KOVALENKO", "Rahul MEHTA"], teachers=["楼晓燕", "骆建平"], count_label="授课对象", form_count="24城轨1班（40人）", count_int=40,
         f8="passenger_affairs", f10="pinyin", f11="report_typed", f12="name_photo",
         findings=[("students.count", 11, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 票务异常处理报告 and 问询用语卡, `编写：<name>`) holds the works of only TWO students, 楼思琪 and "
                 "骆宇泽 (龚书涵's missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. Item 10 "
                 "(TYPED, a 姓名拼音 column) lists 41 students; the form says `授课对象 | 24城轨1班（40人）` (the class written "
                 "another way than on the pages): records.count_mismatch (no roster). Item 8 (scanned 200 gray): 乘客事务处理单 "
                 "with a foreign passenger (Latin name) and the duty station master 金伟东"),
    dict(school="义乌市稠州技工学校", pack="zip", region="yw", course="jewelry", cls="电商2402班", size=36, seed=32,
         sidp="2407060302", students=["傅晨宇", "虞佳乐", "阿依努尔·吐尔洪"], others_named=["虞建华", "Maria Lopez", "Fatima Noor"],
         teachers=["傅志强", "龚美琴", "金秀英"], count_label="学生人数", form_count="36人", count_int=36,
         f8="sku_sheet", f10="self_peer", f11="listing_typed", f12="name_photo",
         findings=[],
         comment="clean. A Uyghur student with a middle-dot name (阿依努尔·吐尔洪) among the three. Item 10 (scanned 200 dpi "
                 "COLOUR): 自评/互评/师评 with 总评 = 自评×20%+互评×30%+师评×50% (rounded) + 加分 (explained under the table), and "
                 "two red hand corrections (printed 师评 struck, the new mark beside it, 总评 corrected too); 36 rows = form "
                 "`学生人数 | 36人`. Item 8 (scanned 200 gray, resistors and an LED sample on the glass): a SKU 上新表 with "
                 "`上新运营`, the factory owner 虞建华 as 供货方. Item 11: foreign buyers (Latin names) quoted. Three teachers. No roster"),
]

AUDITOR = {1: "甄国梁", 2: "袁文彬", 3: "楼启明"}   # the 教务科 clerk who countersigns a register when the team has two teachers
for _s in SUBS:
    if len(_s["teachers"]) == 2:
        _s["others_named"] = _s.get("others_named", []) + [AUDITOR[_s["seed"] // 10]]

PROVINCE = {1: "河北省保定市曲阳县", 2: "云南省红河哈尼族彝族自治州石屏县", 3: "浙江省金华市义乌市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 曲阳: "08 工作页.pdf"
        return "%02d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 石屏: "项目8_工作页.pdf" (no leading number: recognised by the name)
        return "项目%d_%s.pdf" % (n, NAMES[n])
    return "%d.%s.pdf" % (n, NAMES[n])   # 义乌: "8.工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂项目申报书（%s）.docx" % c["major"], "docx"),
            2: ("异龙湖技校申报书-%s.pdf" % s["cls"], "pdf"),
            3: ("申报书（%s）.docx" % c["task"], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.6cm 1.6cm")
    extra = " p{margin-top:0;margin-bottom:3pt}" if compact else " p{margin-top:0;margin-bottom:4pt}"
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

def form_count_text(s):
    return "%s | %s" % (s["count_label"], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if s["count_label"] == "授课对象":   # 义乌 城轨: class and size in one cell, the class written the school's other way
        cls_rows = [("授课对象", s["form_count"])]
    else:
        cls_rows = [("授课班级", s["cls"]), (s["count_label"], s["form_count"])]
    rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"])] + cls_rows + \
        [("学时", "%d" % c["hours"]), ("授课地点", c["station"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化稿）\n一、课程定位\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}企业的岗位要求转化。\n二、学习任务\n本学期实施“{task}”，计{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、工作情境\n{situation}\n二、工作过程\n接受任务—制订计划—实施—检查—评价反馈。",
    3: "{school}\n{task}　教学活动策划\n学习活动一　接受任务，获取信息\n学习活动二　制订并审核计划\n学习活动三　实施任务\n学习活动四　检查评价与总结",
    4: "{school}\n{course}　教学进度计划（{hours}学时）\n第一周　接受任务，获取信息\n第二周　制订计划\n第三周　实施任务\n第四周　检查、展示与评价",
    5: "{school}\n{task}　教学活动方案\n一、创设情境\n二、引导问题学习\n三、分组实施，教师巡回指导\n四、成果展示与多元评价",
    6: "{school}\n学习任务资源及清单\n工作页、行业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站设资讯区、计划区、实操区和展示评价区。",
    9: "{school}\n{task}　考核方案\n考核由过程考核和结果考核组成，成绩记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 9", "√ 10", "√ 清楚", "√ 较好"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 3 + (s["seed"] * 5 + k * 7) % 25)


def answers(c, rng, i, ink=BLUE, small=False):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], small, ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "27"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def comment(s, rng, i):
    t = s["teachers"]
    return '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "记录规范", "继续努力"][(i + s["seed"]) % 5], t[i % 2])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages, ovl = [], []
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "limit_test":   # a limit-switch test grid, a QR code for the micro-lesson, the tester at the foot
            grid = [["开关", "安装位置", "第1次", "第2次", "第3次", "第4次", "第5次", "结论"]]
            for k, (sw, pos) in enumerate([("SQ1", "X轴左限位"), ("SQ2", "X轴右限位"), ("SQ3", "Y轴前限位"), ("SQ4", "Y轴后限位")]):
                ticks = [hand("√", True)] * 5
                if (k + i) % 4 == 1:
                    ticks[0] = hand("×", True, ink="#b8231a")
                grid.append([sw, pos] + ticks + [hand("可靠" if (k + i) % 4 != 1 else "调整后可靠", True)])
            body = ('<h3 style="text-align:center">数控雕刻机限位保护电路装调<br/>学习工作页</h3>'
                    '<p>学习活动2　限位开关动作试验　　　工位：A-%02d</p>' % (3 + i * 2) +
                    "<p><b>【任务情境】</b>%s</p>" % c["situation"] +
                    '<p><b>一、限位开关动作试验记录</b>（手动推动工作台碰撞开关，观察轴是否停止）</p>' + tbl(grid, pad="3px 3px", bold=(0,)) +
                    "<p><b>二、引导问题</b></p>" + answers(c, rng, i) +
                    '<p>试验人：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)) +
                    '<p>企业师傅：%s（定窑石雕厂电工）　　</p>' % hand(s["others_named"][0], True, BLACK) + comment(s, rng, i))
            if i == 0:
                ovl += [{"type": "qr", "page": "all", "x": 0.885, "y": 0.075, "cm": 1.9, "seed": 138},
                        {"type": "text", "page": "all", "runs": [["扫码观看微课", "gray"]], "size": 7, "x": 0.885, "y": 0.128}]
        elif f == "braden":   # pressure-sore risk assessment and turning record; elders, the nursing lead, a peer reviewer
            elder = s["others_named"][i % 2]
            peer = names[(i + 1) % len(names)]
            items = [("感觉知觉", "完全受限", "非常受限", "轻度受限", "未受损"), ("潮湿", "持续潮湿", "经常潮湿", "偶尔潮湿", "很少潮湿"),
                     ("活动能力", "卧床", "坐椅", "偶尔行走", "经常行走"), ("移动能力", "完全不能", "非常受限", "轻微受限", "不受限"),
                     ("营养", "非常差", "可能不足", "充足", "丰富"), ("摩擦力和剪切力", "有问题", "潜在问题", "无明显问题", "—")]
            sc = [2, 3, 1, 2, 3, 2] if i % 2 == 0 else [3, 2, 1, 2, 2, 2]
            rows = [["评估项目", "1分", "2分", "3分", "4分", "得分"]] + [list(it) + [hand(str(v), True)] for it, v in zip(items, sc)]
            rows.append(["总分", ("", ' colspan="4"'), hand(str(sum(sc)), True)])
            turn = [["时间", "体位", "皮肤情况", "执行人"]] + [[tm, hand(pos, True), hand(sk, True), hand(n, True)] for tm, pos, sk in
                    [("08:00", "左侧卧30°", "骶尾部发红约2cm"), ("10:00", "平卧，足跟垫软枕", "无新发红"), ("12:00", "右侧卧30°", "发红变浅")]]
            body = ('<h3 style="text-align:center">卧床老人压疮风险评估与翻身记录<br/>学习工作页</h3>' +
                    tbl([["评估对象", hand(elder, True), "年龄", hand("%d岁" % (86 - 4 * i), True), "床号", hand("东区%d床" % (3 + i), True)],
                         ["评估人", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], pad="4px 4px") +
                    "<p><b>一、压疮风险评估</b>（得分越低风险越高，≤12分为高度风险）</p>" + tbl(rows, pad="2px 3px", bold=(0,)) +
                    "<p>风险等级：%s</p>" % hand("高度风险" if sum(sc) <= 12 else "中度风险", True) +
                    "<p><b>二、翻身记录</b></p>" + tbl(turn, pad="3px 3px", bold=(0,)) +
                    "<p><b>三、引导问题</b></p>" + answers(c, rng, i, small=True) +
                    '<p>互评人：%s　　护理组长：%s（敬老院）</p>' % (hand(peer, True), hand(s["others_named"][2], True, BLACK)) + comment(s, rng, i))
        elif f == "shelf_check":   # a storehouse check by shelf location; the student only as 检查人 in the rows
            lots = [("A-03-2", "枸杞子", "240918", "个别粘连，无虫蛀", "摊晾后密封"), ("A-05-1", "党参", "240702", "有少量虫蛀", "挑出虫蛀品，余品冷冻"),
                    ("B-02-4", "山药", "240811", "表面轻微霉点", "隔离，报告质管员"), ("B-06-3", "当归", "240627", "断面走油", "移入冷藏柜"),
                    ("C-01-1", "薄荷", "241009", "正常", "—")]
            rows = [["货位", "品名", "批号", "检查情况", "处理措施", "检查人"]]
            for k, (loc, nm, lot, st, me) in enumerate(lots):
                rows.append([loc, nm, lot, hand(st, True), hand(me, True), hand(n, True)])
            body = ('<h3 style="text-align:center">中药饮片库房养护检查<br/>学习工作页</h3>'
                    '<p>仓库：饮片二库（阴凉库）　　检查日期：%s　　库温：%s　　相对湿度：%s</p>' % (hand(day(s, i)[5:], True), hand("%d℃" % (15 + i), True), hand("%d%%" % (62 + 3 * i), True)) +
                    "<p><b>【任务情境】</b>%s</p>" % c["situation"] +
                    "<p><b>一、货位检查记录</b></p>" + tbl(rows, pad="3px 3px", bold=(0,)) +
                    "<p><b>二、引导问题</b></p>" + answers(c, rng, i) +
                    '<p>检查人班级：%s　　学号：%s　　　库管员复核：%s</p>' % (hand(cl, True), hand(sid, True), hand(s["others_named"][0], True, BLACK)) +
                    comment(s, rng, i))
        elif f == "dip_card":   # a dip recipe card with measured amounts and a tasting record
            ing = [("糊辣椒面", "15 g"), ("花椒面", "3 g"), ("食盐", "4 g"), ("味精", "2 g"), ("腐乳汁", "10 mL"), ("香菜末", "5 g")]
            real = {0: "16 g", 4: "12 mL"} if i % 2 == 0 else {1: "2.5 g", 5: "6 g"}
            rows = [["原料", "标准用量", "实际用量"]] + [[a, b, hand(real.get(k, b), True)] for k, (a, b) in enumerate(ing)]
            taste = [["品尝人", "评价"], ["%s（摊主）" % s["others_named"][0], hand(["咸淡合适，辣椒再糊一点更香", "腐乳汁多了，稍咸", "味道正，可以出摊"][i % 3], True, BLACK)],
                     ["%s（教师）" % t[i % 2], red(["配比准确", "注意称量", "良好"][i % 3])]]
            body = ('<h3 style="text-align:center">石屏包浆豆腐蘸水配比卡<br/>学习工作页</h3>'
                    '<p>调配人：%s　　班级：%s　　学号：%s　　日期：%s</p>' % (hand(n), hand(cl, True), hand(sid, True), hand(day(s, i)[5:], True)) +
                    "<p><b>【任务情境】</b>%s</p>" % c["situation"] +
                    "<p><b>一、湿蘸水配比</b>（一份，供十块豆腐）</p>" + tbl(rows, width="70%", pad="3px 4px", bold=(0,)) +
                    "<p><b>二、品尝记录</b></p>" + tbl(taste, width="86%", pad="3px 4px", bold=(0,)) +
                    "<p><b>三、引导问题</b></p>" + answers(c, rng, i) + comment(s, rng, i))
        elif f == "drinks_form":   # a drinks requisition for the wedding banquet: the student as 领用人, the bar keeper signs
            drinks = [("本地玉米酒（500mL）", "瓶", 24), ("红葡萄酒（750mL）", "瓶", 12), ("玉米汁（1L）", "瓶", 24), ("矿泉水", "箱", 4)]
            rows = [["品名", "单位", "领用", "退回", "实用"]]
            for k, (nm, u, q) in enumerate(drinks):
                back = (k + i) % 3
                rows.append([nm, u, hand(str(q), True), hand(str(back), True), hand(str(q - back), True)])
            body = ('<h3 style="text-align:center">彝家婚宴酒水领用单<br/>学习工作页</h3>' +
                    tbl([["宴会名称", "杨府婚宴", "桌数", "12桌", "宴会主人", s["others_named"][0]],
                         ["领用人", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], pad="4px 4px") +
                    "<p><b>【任务情境】</b>%s</p>" % c["situation"] +
                    "<p><b>一、酒水领用与退回</b>（负责%d号桌、%d号桌）</p>" % (1 + i, 7 + i) + tbl(rows, width="86%", pad="3px 4px", bold=(0,)) +
                    "<p>吧台签发：%s　　　领班核对：%s</p>" % (hand(s["others_named"][1], True, BLACK), t[1]) +
                    "<p><b>二、引导问题</b></p>" + answers(c, rng, i) + comment(s, rng, i))
        elif f == "passenger_affairs":   # a passenger-affairs form: a foreign passenger, the trainee as 处理人, the duty master
            pax = [("Ahmed KARIM", "…4417", "单程票无法出站（超时）"), ("Olena KOVALENKO", "…0932", "单程票无法出站（超程）"), ("Rahul MEHTA", "…5168", "银行卡重复扣费")][i % 3]
            rows = [["日期", hand(day(s, i)[5:], True), "车站", "商贸城站", "岗位", "客服中心"],
                    ["乘客姓名", pax[0], "证件", "护照（尾号%s）" % pax[1], "语言", ["阿拉伯语/英语", "乌克兰语/英语", "英语"][i % 3]],
                    ["事务类型", (pax[2], ' colspan="5" align="left"')],
                    ["处理经过", (hand(["分析车票超时12分钟，按规定补收超时费后更新出站。", "分析车票超程一站，补差价2元后更新出站。", "核对交易记录，确认重复扣费，登记后按规定原路退款。"][i % 3], True), ' colspan="5" align="left"')],
                    ["处理人", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)],
                    ["值班站长", s["others_named"][0], "乘客确认", hand(pax[0].split()[0], True, BLACK), "处理时长", hand("%d分钟" % (6 + i), True)]]
            body = ('<h3 style="text-align:center">乘客事务处理单（学习工作页）</h3><p style="text-align:right">No. SMC-%04d</p>' % (318 + i) +
                    tbl(rows, pad="4px 4px") + "<p><b>【任务情境】</b>%s</p>" % c["situation"] +
                    "<p><b>引导问题</b></p>" + answers(c, rng, i) + comment(s, rng, i))
        elif f == "sku_sheet":   # a new-product SKU sheet: the student as 上新运营, the factory owner as 供货方
            skus = [("HC-BOW-BK-01", "缎面蝴蝶结发夹（黑）", "Satin Bow Hair Clip Black", "2.99"), ("HC-PRL-WH-02", "珍珠一字发夹（白）", "Pearl Hair Pin White", "1.89"),
                    ("ER-CIR-GD-03", "金色圆圈耳环", "Gold Hoop Earrings", "3.49"), ("ER-STR-SV-04", "银色星星耳钉", "Silver Star Stud Earrings", "2.59")]
            rows = [["SKU编码", "中文品名", "英文标题", "售价(USD)", "库存"]]
            for k, (code, cn, en, p) in enumerate(skus):
                rows.append([code, cn, hand(en, True), hand(p, True), hand(str(200 + 50 * ((k + i) % 4)), True)])
            body = ('<h3 style="text-align:center">春季新品上架SKU表<br/>学习工作页</h3>'
                    '<p>上新运营：%s　　班级：%s　　学号：%s</p><p>供货方：稠州饰品厂（负责人：%s）　　店铺：Yiwu Spring Accessories</p>'
                    % (hand(n), hand(cl, True), hand(sid, True), s["others_named"][0]) +
                    "<p><b>【任务情境】</b>%s</p>" % c["situation"] +
                    "<p><b>一、SKU编码与英文标题</b></p>" + tbl(rows, pad="3px 3px", bold=(0,)) +
                    "<p><b>二、引导问题</b></p>" + answers(c, rng, i) + comment(s, rng, i))
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": ovl}, ensure_ascii=False, indent=1))
    meth = {"limit_test": "x-scanpdf:250", "braden": "x-scanpdf:200:photo", "shelf_check": "x-scanpdf:200",
            "dip_card": "x-scanpdf:200:mono", "drinks_form": "x-scanpdf:200:color", "passenger_affairs": "x-scanpdf:200",
            "sku_sheet": "x-scanpdf:200:resistor"}[f]
    font = {"passenger_affairs": "Noto Sans CJK SC", "sku_sheet": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "9.5pt", font=font), meth


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
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1] if len(t) > 2 else AUDITOR[grp(s)])
    if f == "plain_max":   # a plain register, the maxima under the part names
        parts = [("元件检测", 10), ("主电路接线", 25), ("控制电路接线", 25), ("变频器参数设置", 20), ("通电调试", 10), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 27
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "weighted":   # 过程 and 结果 with their parts and 小计, 总评 weighted 40/60, explained
        pp = [("出勤", 10), ("风险评估", 30), ("沟通", 20), ("记录", 40)]
        rp = [("翻身操作", 50), ("叩背排痰", 30), ("皮肤观察", 20)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程评价（权重40%）</b>", ' align="center" colspan="5"', pad),
                                       td("<b>结果评价（权重60%）</b>", ' align="center" colspan="4"', pad), td("<b>总评</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in pp] + ["<b>小计</b>"] + ["<b>%s(%d)</b>" % p for p in rp] + ["<b>小计</b>"], pad)]
        for k, n in enumerate(rec):
            a, b = part_scores(rng, pp, 0.65, 0.97), part_scores(rng, rp, 0.62, 0.96)
            tot = int(sum(a) * 0.4 + sum(b) * 0.6 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in a] + [str(sum(a))] + [str(x) for x in b] + [str(sum(b)), str(tot)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：总评＝过程评价小计×40%＋结果评价小计×60%，四舍五入取整。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.0cm"), "pdf"
    if f == "detail_cell":   # the parts as one addition in a 分项明细 cell, then 总分 and 等级
        parts = [("检查", 20), ("识别", 30), ("处理", 30), ("记录", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "分项明细<br/>（检查20＋识别30＋处理30＋记录20）", "总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v)
            out.append(trow([str(k + 1), sid_of(s, n), n, "＋".join(str(x) for x in v), str(tot),
                             "优秀" if tot >= 90 else "良好" if tot >= 80 else "中等" if tot >= 70 else "及格"], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out, width="92%") + "<p>共%d人。等级：90分以上优秀，80—89良好，70—79中等，60—69及格。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color"
    if f == "dish_groups":   # grouped heads 烧烤 / 蘸水 / 职业素养 over their parts
        groups = [("烧烤（50分）", [("选料", 10), ("火候", 20), ("翻烤", 20)]), ("蘸水（30分）", [("配比", 15), ("口味", 15)]),
                  ("职业素养（20分）", [("卫生", 10), ("计数与节约", 10)])]
        parts = [p for _, ps in groups for p in ps]
        h1 = "<tr>%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                     td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                     "".join(td("<b>%s</b>" % g, ' align="center" colspan="%d"' % len(ps), pad) for g, ps in groups),
                                     td("<b>总分</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "op_time":   # 操作分 and 时间分 per project; the register printed and photographed on a table with a spoon on it
        groups = [("中餐摆台（50）", [("操作分", 40), ("时间分", 10)]), ("斟酒服务（25）", [("操作分", 20), ("时间分", 5)]),
                  ("席间服务（25）", [("操作分", 25)])]
        parts = [p for _, ps in groups for p in ps]
        h1 = "<tr>%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                     td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                     "".join(td("<b>%s</b>" % g, ' align="center" colspan="%d"' % len(ps), pad) for g, ps in groups),
                                     td("<b>总分</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.95)
            if bad.get(n) == "over":
                v[0] = 43
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "宴会服务技能考核成绩表") + table(out) +
                "<p>注：时间分按规定时间内完成计满分，每超时30秒扣1分。</p>" + sign)
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:200:photo:spoon"
    if f == "pinyin":   # a 姓名拼音 column beside 姓名 (the station trainee badges carry it)
        parts = [("问询服务", 30), ("票务处理", 40), ("英语沟通", 20), ("仪容仪表", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "姓名拼音"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, pinyin(n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：姓名拼音与车站实习工牌一致。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "self_peer":   # 自评 互评 师评 weighted, 加分 explained, two red hand corrections
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "自评<br/>(100)", "互评<br/>(100)", "师评<br/>(100)", "加权成绩", "加分", "总评"]], pad)]
        bonus = set(rng.sample(range(len(rec)), 6))
        fix = set(rng.sample([k for k in range(len(rec)) if rec[k] not in s["students"]], 2))
        for k, n in enumerate(rec):
            a, b, m = [int(round(100 * rng.uniform(0.66, 0.97))) for _ in range(3)]
            add = (1 + k % 3) if k in bonus else 0
            if k in fix:
                m2 = min(100, m + rng.randint(3, 6))
                w1, w2 = int(a * 0.2 + b * 0.3 + m * 0.5 + 0.5), int(a * 0.2 + b * 0.3 + m2 * 0.5 + 0.5)
                s.setdefault("corrections", {})[n] = "师评 %d→%d, 加权成绩 %d→%d, 总评 %d→%d (red hand, legal)" % (m, m2, w1, w2, w1 + add, w2 + add)
                cells = [str(a), str(b), "<s>%d</s> %s" % (m, red(str(m2))), "<s>%d</s> %s" % (w1, red(str(w2))),
                         str(add) if add else "", "<s>%d</s> %s" % (w1 + add, red(str(w2 + add)))]
            else:
                w = int(a * 0.2 + b * 0.3 + m * 0.5 + 0.5)
                cells = [str(a), str(b), str(m), str(w), str(add) if add else "", str(w + add)]
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells, pad))
        body = (head10(s, c, "学习任务考核成绩表（多元评价）") + table(out) +
                "<p>注：加权成绩＝自评×20%＋互评×30%＋师评×50%，四舍五入取整；总评＝加权成绩＋加分。加分：参加义乌国际小商品博览会志愿翻译服务的同学每天加1分，最多加3分。师评经复核更正的，更正处由评分教师签名。</p>" +
                sign + '<p style="text-align:right">更正签名：%s</p>' % hand(t[0], True, ink="#b8231a"))
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color"
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
            if f == "commission_typed":   # 装调人, the works electrician accepts
                rows = ([["设定频率(Hz)", "实测转速(r/min)", "输出电流(A)", "结论"]] +
                        [[str(fq), str(int(fq * 60 * (0.97 - 0.004 * i))), "%.1f" % (1.8 + fq / 25.0), "正常"] for fq in (15, 30, 50)]) if j == 0 else \
                       ([["开关", "动作", "急停", "结论"]] + [[sw, "可靠", "有效", "合格"] for sw in ("SQ1", "SQ2", "SQ3", "SQ4")])
                parts.append('<h3 style="text-align:center">%s</h3><p>装调人：%s（%s）　　学号：%s　　日期：%s</p>' % (title, n, cl, sid, day(s, 30 + i)) +
                             tbl(rows, width="86%") + "<p>结论：%s</p><p>验收：%s（定窑石雕厂）　　指导教师：%s</p>" % (desc, s["others_named"][0], t[j % 2]))
            elif f == "care_typed":   # 照护员, the elder, the family member signs
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["老人姓名", s["others_named"][1], "床号", "东区%d床" % (3 + i)], ["照护员", "%s（%s）" % (n, cl), "日期", day(s, 30 + i)],
                                  ["照护内容", ("翻身、叩背、皮肤护理；" + desc, ' colspan="3" align="left"')],
                                  ["家属签字", s["others_named"][3], "带教护理员", s["others_named"][2]]], width="90%"))
            elif f == "maint_typed":   # 养护人, a teacher as 复核
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["养护人", n, "班级", cl, "学号", sid], ["品名", ["党参", "山药", "当归"][i], "货位", ["A-05-1", "B-02-4", "B-06-3"][i], "日期", day(s, 30 + i)],
                                  ["处理情况", (desc, ' colspan="5" align="left"')], ["复核", t[j % 3], "库管员", s["others_named"][0], "", ""]], width="92%"))
            elif f == "serve_photo":   # 出品记录 cards, printed and photographed
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["出品人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)], ["炉次", "第%d炉" % (j + 1), "数量", "20块" if j == 0 else "2份"],
                                  ["出品说明", (desc, ' colspan="3" align="left"')], ["验收", "%s（烧豆腐摊摊主）" % s["others_named"][0], "教师", t[j % 2]]], width="90%"))
            elif f == "banquet_typed":   # 值台服务员
                parts.append('<h3>%s</h3><p>值台服务员：%s　　班级：%s　　日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["桌号", "%d号桌、%d号桌" % (1 + i, 7 + i)], ["内容", desc], ["领班", t[1]]], width="80%", align="left"))
            elif f == "report_typed":   # 编写
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">编写：%s　　%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["类型", "处理方法"], ["单程票超时", "补收超时费，更新出站"], ["单程票超程", "补差价，更新出站"],
                                  ["重复扣费", "核对交易记录后退款"]] if j == 0 else
                                 [["中文", "English"], ["请问您要去哪一站？", "Which station are you going to?"], ["请出示您的车票。", "May I see your ticket, please?"],
                                  ["请在这里补票。", "Please pay the fare here."]], width="86%") + "<p>说明：%s</p>" % desc)
            elif f == "listing_typed":   # 文案 and the foreign buyers
                parts.append('<h3>%s</h3><p>文案撰写：%s（%s）　　审核：%s</p>' % (title, n, cl, t[j % 3]) +
                             (tbl([["Title", ["Satin Bow Hair Clip for Women", "Gold Hoop Earrings Lightweight", "Pearl Hair Pin Set of 6"][i]],
                                   ["Selling points", "Handmade in Yiwu; nickel free; gift box included"], ["说明", desc]], width="92%", align="left") if j == 0 else
                              tbl([["买家", "内容", "回复"], ["Maria Lopez", "Color is darker than the photo.", "已道歉并补发浅色款"],
                                   ["Fatima Noor", "Very pretty, fast shipping!", "感谢好评"], ["说明", (desc, ' colspan="2" align="left"')]], width="92%")))
            else:
                raise SystemExit(f)
    meth = {"serve_photo": "x-scanpdf:200:photo:spoon"}.get(f, "pdf")
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
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "hand_resistor":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_photo":
            head = ["课后作业（%s）" % c["course"], "> 班级：%s　姓名：%s" % (cl, n)]
        elif f == "name_photo":
            head = ["课后作业　%s" % c["task"][:10], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "spoon_photo":
            head = ["滇南小吃课后作业", "> 姓名：%s　学号：%s　班级：%s" % (n, sid, cl)]
        elif f == "hand_scan":
            head = ["宴会服务课后作业", "班级：%s　姓名：%s" % (cl, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"hand_resistor": "x-scan:200:4:resistor", "hand_photo": "x-photo:200:1", "name_photo": "x-photo:200:2",
            "spoon_photo": "x-photo:200:1:spoon", "hand_scan": "x-scan:250:3"}[f]
    if s["course"] == "jewelry":
        meth = "x-photo:200:3"
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

FEMALE = set("涵汐琪楠瑶曦彤欣芷雅静婧菲萱悦雯妍嫣璇馨雪慧婷怡莹露琳颖淇洁")


def sex_of(n):
    return "女" if n[-1] in FEMALE or "·" in n else "男"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    rng = random.Random(s["seed"] * 99)
    hd = lambda xs: '<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in xs)
    if r == "winter":   # the class's winter-break leaving register: dates, destination township, how they travel home
        rows = [hd(["序号", "学号", "姓名", "性别", "离校日期", "返校日期", "寒假去向（乡镇）", "乘车方式"])]
        towns = ["羊平镇", "灵山镇", "晓林乡", "孝墓镇", "东旺乡", "产德乡", "恒州镇", "路庄子乡", "邸村镇", "齐村镇"]
        ways = ["家长接送", "县城公交", "家长接送", "乡村客运班车", "自行返回（步行）"]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "1月%d日" % (17 + j % 2), "2月%d日" % (15 + (j % 3 == 0)),
                              towns[(j * 7 + 3) % len(towns)], ways[(j * 3) % len(ways)]], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单<br/>（2025年寒假离校去向登记）</h2><p style="text-align:center">%s　　学生处制</p>' % (s["cls"], s["school"]) +
                table(rows, width="94%") + "<p>班主任：%s　　　宿舍管理员：%s　　　应登记%d人，已登记%d人　　　2025年1月15日</p>" %
                (s["headteacher"], s["others_named"][4], len(k), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（寒假离校去向登记）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "vaccine":   # a flu-vaccination consent count of the class, the school doctor at the foot
        rows = [hd(["序号", "学号", "姓名", "性别", "是否自愿接种", "备注"])]
        notes = {3: "已在社区接种", 11: "过敏体质，不接种", 24: "已在社区接种", 30: "发热，延后接种"}
        for j, n in enumerate(k):
            note = notes.get(j, "")
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "否" if "不接种" in note or "已在" in note else "是", note], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生名单<br/>（流感疫苗接种意愿统计）</h2>' % (s["school"], s["cls"]) + table(rows, width="86%") +
                "<p>班主任：%s　　　校医：%s　　　全班%d人　　　2024年10月</p>" % (s["headteacher"], s["others_named"][1], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单（疫苗接种统计）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-thirty-eighth held-out people corpus (testdata/heldout138), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 138)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        bad_rows = [rec.index(n) for n in s.get("bad", {})]
        assert all(r < len(rec) - 8 for r in bad_rows), "a planted score row in the last eight rows: %s" % s["sub"]
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
            "class_size_on_form": s["count_int"], "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + extra_named,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": s.get("corrections", {}), "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
