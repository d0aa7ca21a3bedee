#!/usr/bin/env python3
"""Write the sources of the thirty-eighth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it, no test was run). Seven submissions of three invented
schools in 林芝 (Tibet), 承德 (Hebei) and 恩施 (Hubei, 恩施土家族苗族自治州).
The helpers html/hand/td/tbl/trow/table and the earlier-name guard are
heldout28's author.py, copied; the courses, classes, layouts and texts are new.

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
# the truth files read for names, tasks and courses to avoid (heldout35..37 are written at the same time: not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 35)] + ["othertools"]

# surnames by region: 林芝 (Han families from Sichuan, Chongqing and Hunan; about three fifths Tibetan
# names without surname below), 承德 (the common Hebei surnames, Manchu 关 佟 那 富 伊 索),
# 恩施 (Tujia and Miao families: 向 田 覃 冉 彭 谭 牟 滕 舒 …)
SURNAMES = {
    "lz": list("张李王刘陈杨罗周赵何邓唐罗蒋"),
    "cd": list("张王李刘赵杨孙高马徐郭于田宋朱白张王李刘赵杨孙高马徐郭韩关佟那富伊索"),
    "es": list("向田覃冉彭谭牟黄杨张李刘邓谢龚向田覃滕舒"),
}
TB_FIRST = "扎西 次仁 格桑 尼玛 达瓦 索朗 旦增 白玛 普布 边巴 巴桑 洛桑 贡嘎 米玛 拉巴 德庆 益西 强巴".split()
TB_SECOND = "卓玛 拉姆 曲珍 央金 央宗 德吉 措姆 卓嘎 顿珠 多吉 平措 次旦 罗布 旺堆 加措 仁增 玉珍 群培".split()
# given names: a new list, names given around 2008-2010
GIVEN2 = ("梓涵 浩宇 子墨 欣妍 雨泽 俊熙 诗琪 博远 思源 梦洁 宇轩 佳怡 睿哲 语嫣 家豪 一鸣 若彤 天佑 紫萱 明轩 "
          "可馨 昊然 晨曦 锦涛 逸飞 雅婷 振宇 梓萱 文博 静怡 瑞麟 星辰 沐宸 晓冉 浩轩 俊豪 欣悦 子健 芷若 "
          "亦航 雨涵 承泽 沛然 筱雨 铭泽 梓航 诗涵 凯文 嘉琪 宏宇 思彤 一凡 乐萱 昕怡 泽楷 雨桐 梓豪 奕辰").split()
GIVEN1 = list("洋涛丹娜杰敏")


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
    return names, "\n".join(texts)


USED_BEFORE, EARLIER_TEXT = earlier_strings()
USED_BARE = {n.replace("·", "").replace("•", "") for n in USED_BEFORE}
TAKEN = set()


def bare(a):
    return a.replace("·", "").replace("•", "")


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def tibetan(rng):
    while True:
        a, b = rng.choice(TB_FIRST), rng.choice(TB_SECOND)
        if a[-1] != b[0] and a != b:
            return a + b


def draw_one(rng, region):
    if region == "lz" and rng.random() < 0.6:
        return tibetan(rng)
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        # never a name near another of the class (one character apart, or a part of it), a planted name,
        # a teacher or a named outsider
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "minsu": dict(major="饭店(酒店)服务", code="0504", course="民宿客房与接待服务", task="鲁朗小镇藏式民宿旅游团队入住接待与酥油茶迎宾服务",
   hours=16, station="酒店服务一体化学习工作站",
   situation="鲁朗小镇一家藏式民宿接到一个十八人的自驾游团队，团队傍晚到店，领队要求提前安排好房间、准备酥油茶和哈达迎宾，并提醒游客注意高原反应。民宿管家请酒店班学员根据团队预订单排房，制作欢迎席卡，完成迎宾、入住登记和客房介绍，并做好第二天早餐的叫早安排。",
   qs=[("问题1 团队入住前要和领队确认哪些信息？", ["到店时间、人数和房间数、有没有老人和小孩、饮食禁忌，以及有没有人有高原反应。", "人数、房间数和到店时间。", "饮食禁忌和高原反应。"]),
       ("问题2 献哈达和敬酥油茶时要注意什么？", ["双手捧哈达，微微躬身献给客人；酥油茶斟七分满，双手递上，客人喝过后及时添茶。", "双手献哈达，躬身。", "茶斟七分满，及时添茶。"])],
   hw=[("1. 怎样给有高原反应的客人排房？", ["安排在低楼层、离前台近的房间，提前放好氧气瓶和热水，请客人少洗澡多休息。", "低楼层，离前台近。", "准备氧气瓶。"]),
       ("2. 团队叫早服务怎样安排？", ["和领队确认叫早时间，前一晚登记，第二天按房号顺序电话叫醒，没有回应的上门敲门。", "按房号电话叫早。", "没回应就敲门。"])],
   outputs=[("迎宾欢迎席卡", "欢迎卡摆放在每间客房的茶几上。"), ("团队排房表", "十八人共九间房。"), ("叫早登记表", "次日七点叫早。")]),
 "drum": dict(major="汽车维修", code="0403", course="汽车底盘制动系统检修", task="高原自驾车辆鼓式制动器制动蹄片检查与更换",
   hours=18, station="汽车底盘检修一体化学习工作站",
   situation="川藏线上的自驾车辆下长坡时频繁制动，不少车到林芝后后轮制动发软、有焦味。一家汽修厂请汽修班学员接车问诊，拆检后轮鼓式制动器，测量制动鼓内径和制动蹄片厚度，按标准更换蹄片、调整间隙，并路试检验，填写维修工单。",
   qs=[("问题1 长下坡时为什么制动会变软？", ["长时间连续制动，制动鼓和蹄片温度升高，摩擦系数下降，出现热衰退。", "温度高，摩擦系数下降。", "出现热衰退。"]),
       ("问题2 制动蹄片什么情况下必须更换？", ["蹄片厚度低于极限值、表面有油污或烧蚀开裂，都要成对更换。", "低于极限厚度就换。", "有油污或开裂要换。"])],
   hw=[("1. 制动鼓内径超过多少就要更换？", ["超过制动鼓上标注的最大内径，或者失圆、有深沟槽，就要更换。", "超过标注的最大内径。", "失圆也要换。"]),
       ("2. 更换蹄片后为什么要调整间隙？", ["间隙太大制动行程长，太小会拖滞发热，调整后制动才灵敏可靠。", "太大行程长，太小会拖滞。", "保证制动灵敏。"])],
   outputs=[("制动器拆检记录", "左后制动鼓内径二百零三点四毫米。"), ("维修工单", "更换后轮制动蹄片一套。"), ("路试检验记录", "制动有力，无跑偏。")]),
 "bawan": dict(major="烹饪(中式烹调)", code="0501", course="满族宫廷宴席菜制作", task="承德满族八大碗宴席菜肴制作与出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="承德一家老字号饭庄承接了一场满族传统寿宴，宴席要上满族八大碗。饭庄厨师长请烹饪班学员分组领取原料，完成初加工、切配和烹制，按八大碗的顺序出品，控制每碗的分量和温度，并核算一桌的成本。",
   qs=[("问题1 八大碗为什么多用蒸、扣的方法？", ["宴席人多，蒸扣的菜可以提前做好，上桌时保温，味道也更入味。", "可以提前做好，保温。", "入味。"]),
       ("问题2 扣肉出品前要注意什么？", ["扣碗要蒸透，倒扣时动作要快，肉皮朝上，码放整齐，汤汁浇匀。", "蒸透，倒扣要快。", "皮朝上，码放整齐。"])],
   hw=[("1. 宴席菜的分量怎样控制？", ["按标准菜谱称量主料和配料，同一桌的八碗分量要一致。", "按标准菜谱称量。", "每碗分量一致。"]),
       ("2. 一桌菜的成本怎样核算？", ["把每道菜的主料、配料和调料成本相加，再加上燃料费用，得出一桌成本。", "各道菜成本相加。", "加燃料费。"])],
   outputs=[("标准菜谱卡（扣肉）", "五花肉五百克，蒸九十分钟。"), ("标准菜谱卡（四喜丸子）", "肉馅四百克，丸子四个。"), ("一桌成本核算单", "一桌成本三百四十六元。")]),
 "huangqin": dict(major="中药", code="1301", course="道地药材产地加工", task="承德热河黄芩采收与趁鲜切制加工",
   hours=16, station="中药炮制一体化学习工作站",
   situation="承德是热河黄芩的道地产区。秋季采收时，一家中药材合作社请学校派中药班学员到种植基地，学习黄芩的采挖、去须根和泥沙，趁鲜切成厚片，低温干燥后分级包装，贴好包装标签，并做饮片质量检查。",
   qs=[("问题1 黄芩为什么要趁鲜切制？", ["黄芩干燥后质地坚硬，不易切片；趁鲜切制省工，切面也好看。", "干了太硬不好切。", "省工，切面好看。"]),
       ("问题2 黄芩切片后变绿是什么原因？", ["黄芩中的黄芩苷遇水和酶会氧化变绿，所以不能长时间浸泡，要及时干燥。", "黄芩苷氧化变绿。", "不能久泡，要及时干燥。"])],
   hw=[("1. 黄芩饮片的质量要求有哪些？", ["片形完整，切面黄色，无霉变，水分不超过百分之十二。", "切面黄色，无霉变。", "水分不超过十二。"]),
       ("2. 包装标签上要写哪些内容？", ["品名、规格、产地、批号、生产日期、加工人和质量合格标志。", "品名、规格、产地。", "批号和日期。"])],
   outputs=[("黄芩饮片包装标签", "热河黄芩，厚片。"), ("干燥记录", "六十度烘干八小时。"), ("饮片质量检查记录", "水分百分之九点六。")]),
 "mascot": dict(major="计算机动画制作", code="0306", course="二维动画角色与场景设计", task="避暑山庄文创吉祥物二维角色设计与表情包动画制作",
   hours=18, station="动画制作一体化学习工作站",
   situation="承德一家文创公司要为避暑山庄景区推出一个吉祥物，用在景区导览牌、文创产品和线上表情包上。公司设计总监请动画班学员收集景区的建筑和动物元素，设计吉祥物的三视图和配色方案，再制作一套八个动态表情包，并整理成提案。",
   qs=[("问题1 吉祥物设计为什么要画三视图？", ["三视图把正面、侧面和背面的比例定下来，后面做动画和做周边产品时形象才统一。", "定下比例。", "保证形象统一。"]),
       ("问题2 动态表情包一般做多少帧？", ["一般八到十二帧，循环播放，文件小于五百KB，在手机上播放流畅。", "八到十二帧。", "文件不要太大。"])],
   hw=[("1. 吉祥物的配色怎样和景区呼应？", ["从景区的红墙、黄瓦和青山里提取主色，配色不超过四种。", "取红墙、黄瓦和青山的颜色。", "不超过四种。"]),
       ("2. 表情包的动作怎样设计才生动？", ["动作要夸张，有预备和缓冲，关键帧之间加中间帧，表情和动作一致。", "夸张，有预备和缓冲。", "加中间帧。"])],
   outputs=[("吉祥物三视图设计稿", "鹿角造型，主色为宫墙红。"), ("配色方案说明", "主色三种，辅色一种。"), ("表情包动画分帧表", "共八个表情，每个十帧。")]),
 "yulu": dict(major="电子商务", code="0603", course="农产品网店运营", task="恩施玉露茶网店秒杀活动策划与订单发货处理",
   hours=16, station="电子商务运营一体化学习工作站",
   situation="恩施玉露是当地的蒸青绿茶。一家茶叶合作社的网店准备在清明前做一场新茶秒杀活动，运营主管请电商班学员设计秒杀商品和价格，制作活动页面，活动开始后盯单、处理催发货咨询，活动结束后打印发货单、核对地址并安排发货。",
   qs=[("问题1 秒杀商品的价格怎样确定？", ["先算清茶叶、包装和快递的成本，秒杀价可以不赚钱，但不能低于成本太多，并限制每人限购数量。", "算清成本，限购。", "不低于成本太多。"]),
       ("问题2 活动开始前要做哪些准备？", ["核对库存，设置好限购和开始时间，准备好客服快捷回复，提前和快递约好取件。", "核对库存，设置限购。", "准备快捷回复。"])],
   hw=[("1. 打印发货单时要核对哪些信息？", ["收件人姓名、电话、地址，商品规格和数量，以及有没有买家留言。", "姓名、电话、地址。", "规格数量和留言。"]),
       ("2. 买家催发货时怎样回复？", ["先道歉说明发货顺序，告诉买家预计发货时间，发货后主动发快递单号。", "说明发货时间。", "发货后发单号。"])],
   outputs=[("秒杀活动方案", "秒杀价六十八元，限购两盒。"), ("发货单核对记录", "共发货二百八十六单。"), ("客服咨询处理记录", "催发货咨询四十一条。")]),
 "bath": dict(major="健康与社会照护", code="0529", course="失能老人生活照护", task="土家山寨留守老人居家温水擦浴与皮肤观察照护",
   hours=14, station="居家照护一体化学习工作站",
   situation="恩施山区一个土家山寨里，不少老人的子女在外打工。村卫生室和居家养老服务站请照护班学员上门，为一位卧床的留守老人做温水擦浴，观察皮肤有没有发红和破损，更换衣服和床单，并教会邻居和留守的老伴日常的皮肤观察。",
   qs=[("问题1 擦浴前要做哪些准备？", ["关好门窗，室温调到二十四度左右，水温四十到四十五度，准备好毛巾、浴巾和干净衣服。", "关门窗，调室温和水温。", "准备毛巾和衣服。"]),
       ("问题2 擦浴的顺序是怎样的？", ["先脸和颈部，再上肢、胸腹、背部，然后下肢，最后会阴部，边擦边盖好。", "由上到下，先脸后身。", "边擦边盖好。"])],
   hw=[("1. 擦浴时发现老人寒战怎么办？", ["立刻停止擦浴，盖好被子保暖，测量体温，情况不好要联系医生。", "停止擦浴，保暖。", "测体温，联系医生。"]),
       ("2. 怎样观察老人的皮肤？", ["看骶尾部、脚跟等受压部位有没有发红、水疱和破损，按压发红处看是否褪色。", "看受压部位有没有发红。", "按压看褪不褪色。"])],
   outputs=[("擦浴照护记录单", "水温四十二度，历时二十分钟。"), ("皮肤观察记录", "骶尾部轻度发红，按压褪色。"), ("家属指导记录", "老伴已学会看骶尾部皮肤。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="林芝市尼洋河技工学校", pack="dir", region="lz", course="minsu", cls="酒店2401班", size=36, seed=11,
         sidp="24540504", students=["次仁央金", "罗沐宸", "格桑顿珠"],
         others_named=["唐秀英", "陈立平", "朱海燕", "吴志刚", "钱卫东"],
         teachers=["拉巴次仁", "周丽君"], form_count="36人",
         f8="group_box", f10="nation_roller", f11="table_tent", f12="dusk_photo", findings=[],
         comment="clean. Item 11 (TYPED): welcome table tents (欢迎席卡) for the guests of a self-drive tour group, each tent naming a "
                 "guest (陈立平, 朱海燕, 吴志刚, 钱卫东; the tour leader 唐秀英 on every tent and worksheet; none a student) with "
                 "the student only in a small `制作：<name>　<class>` line. Item 10 (scanned 250 dpi gray, roller marks) a plain "
                 "register with a 民族 column (藏族, 汉族, 门巴族); 36 rows = form `36人`. Tibetan names without surname (four "
                 "characters) beside Han names. Item 12: phone photos taken in a dim dormitory at dusk. No roster"),
    dict(school="林芝市尼洋河技工学校", pack="dir", region="lz", course="drum", cls="汽修2402班", size=40, seed=12,
         sidp="24540403", students=["扎西平措", "李浩宇", "尼玛群培"], outsiders={"尼玛群培": "汽修2401班"}, out_sidp="24540401",
         extra_class=["邓泽楷"], bad={"邓泽楷": "over"}, others_named=["赵德厚"],
         teachers=["次旦罗布", "何建军"], form_count="40人",
         f8="progress_strip", f10="group_col", f11="work_order", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "尼玛群培"), ("records.invalid_score", 10, False, "邓泽楷")],
         comment="尼玛群培 of the parallel class 汽修2401班 (his class and 学号 2454040117 on his worksheet, typed work orders "
                 "and homework) is the third student of 8/11/12; item 10 (TYPED, 40 rows = form `40人`) has no record of him: "
                 "students.not_in_class. 邓泽楷 has 46 under `拆检与更换(40)` (总分 the sum): records.invalid_score — TYPED. "
                 "Item 8 (scanned 200 dpi gray): a printed LEARNING-PROGRESS STRIP at the top, six step boxes each ticked and "
                 "dated by the teacher, the student only in its first box `学员 <hand>` and `学号 <hand>`. Item 11: work orders "
                 "naming the car owner 赵德厚 (not a student) and the student as 维修学员. No roster"),
    dict(school="承德市武烈河技工学校", pack="gbkzip", region="cd", course="bawan", cls="烹饪2403班", size=41, seed=21,
         sidp="2413050103", students=["佟欣妍", "高俊豪", "关雨泽"], extra_class=["富筱雨"], absent_from_10=["富筱雨"],
         teachers=["王建华", "宋玉梅"], form_count="41", roster="uniform", headteacher="孟凡英",
         f8="head_row", f10="capital_total", f11="recipe_card", f12="exercise_book",
         findings=[("records.missing_student", 10, False, "富筱雨"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 厨师服征订登记表 of the whole class: 序号 学号 姓名 性别 身高 上衣尺码 帽子尺码, 41, "
                 "`合计：41人　班主任：孟凡英`) and the form (`学生人数 | 41`) hold 富筱雨; item 10 (TYPED) has 40 rows and none "
                 "for her: records.missing_student and records.count_mismatch. Item 10 gives every 总分 twice, in figures and "
                 "in capital numerals (`86 | 捌拾陆`), all correct. No other finding"),
    dict(school="承德市武烈河技工学校", pack="gbkzip", region="cd", course="huangqin", cls="中药2401班", size=38, seed=22,
         sidp="2413130101", students=["孙梓航", "那思源", "于晓冉"], items={12: ["孙梓航", "那思源"]},
         extra_class=["韩铭远"], bad={"韩铭远": "below"}, others_named=["刘淑芬"],
         teachers=["张国强", "邢建设"], form_count="38",
         f8="blank_line", f10="two_row", f11="pack_labels", f12="hand_page",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "韩铭远")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (scanned 250 dpi gray, hand-written pages) holds the homework of only TWO students, 孙梓航 and 那思源 "
                 "(于晓冉's is missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 "
                 "(scanned 200 dpi gray, two-row head) : 韩铭远's 总分 is 6 BELOW the sum of his parts: "
                 "records.invalid_score. Item 11 (TYPED): printed packaging labels of the herb, `加工人：<name>`, the "
                 "co-operative's quality officer 刘淑芬 as `质检` (not a student). Item 8: scanned 250 dpi gray with roller "
                 "marks. Form `38` = 38 rows. No roster"),
    dict(school="承德市武烈河技工学校", pack="gbkzip", region="cd", course="mascot", cls="动画2402班", size=37, seed=23,
         sidp="2413030602", students=["杨梓萱", "索文博", "徐亦航"], items={11: ["杨梓萱", "索文博", "白一鸣"]},
         extra_class=["白一鸣", "郭子健"], bad={"郭子健": "over"},
         teachers=["曹秀云", "滕永红"], form_count="37",
         f8="receipt_strip", f10="grade_col", f11="design_sheet", f12="name_photo",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "郭子健")],
         comment="item 11 (TYPED design sheets, `设计：<name>　<class>`) holds the work of 杨梓萱, 索文博 and classmate 白一鸣 "
                 "(with an item-10 record) instead of 徐亦航's (items 8 and 12 hold the three): students.mismatch. Item 10 "
                 "(scanned 250 dpi gray, a 等级 column): 郭子健 has 27 under `表情包动画(25)` (总分 the sum): "
                 "records.invalid_score. Item 8 (colour scan 200): each worksheet ends in a dashed tear-off SUBMISSION "
                 "RECEIPT (`作品提交回执　提交人 <hand>　接收人 <teacher>`), the name twice a sheet. Form `37` = 37 rows. No roster"),
    dict(school="恩施市硒都技工学校", pack="zip", region="es", course="yulu", cls="电商2401班", size=39, seed=31,
         sidp="24420603", students=["覃雨涵", "向承锦", "田承泽"], items={8: ["覃雨涵", "向承锦", "田承泽", "冉家乐"]},
         extra_class=["冉家乐", "谢铭泽"], absent_from_10=["谢铭泽"],
         teachers=["黄春燕", "龚德胜"], form_count="39人",
         f8="group_line", f10="dotmatrix", f11="ship_typed", f12="wenkai_page",
         findings=[("records.count_mismatch", 10, False), ("students.count", 8, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 10 is a DOT-MATRIX printout of the school's old grade system (monospace, no table rules, dashed lines, "
                 "`共38人`), scanned 200 dpi 1-bit: it lists 38; the form says `电商2401班（39人）`: records.count_mismatch "
                 "(谢铭泽 has no record; no roster). Item 8 (scanned 200 dpi gray) holds the worksheets of FOUR students: the "
                 "three and classmate 冉家乐 (with an item-10 record): students.count on 8; students.mismatch optional"),
    dict(school="恩施市硒都技工学校", pack="zip", region="es", course="bath", cls="照护2402班", size=38, seed=32,
         sidp="24420529", students=["谭诗琪", "牟俊熙", "舒语嫣"], others_named=["向桂兰"],
         teachers=["何淑珍", "郑玉兰"], form_count="38人",
         f8="client_head", f10="plain_remark", f11="care_typed", f12="parent_sign", findings=[],
         comment="clean. Item 12 (phone photos at dusk): each homework ends in `家长签字：<hand>` signed by a parent in another "
                 "ink (the parents are not students). The cared-for elder 向桂兰 on every worksheet and care record (not a "
                 "student; she shares the surname 向 with classmates). Form `照护2402班（38人）` = 38 rows. No roster"),
]

PROVINCE = {1: "西藏自治区林芝市", 2: "河北省承德市", 3: "湖北省恩施土家族苗族自治州恩施市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 林芝: "（8）工作页.pdf"
        return "（%d）%s.pdf" % (n, NAMES[n])
    if g == 2:   # 承德: "8_工作页.pdf"
        return "%d_%s.pdf" % (n, NAMES[n])
    return "第%d项 %s.pdf" % (n, NAMES[n])   # 恩施: "第8项 工作页.pdf"


def form_name(s, c):
    return {1: ("申报书_%s.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s—申报书.pdf" % c["task"], "pdf"),
            3: ("附件2：优质课堂申报书（%s）.docx" % s["cls"], "docx")}[grp(s)]


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

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 林芝: a two-column 项目 | 内容 table
        rows = [("项　目", "内　容"), ("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]),
                ("学习任务", c["task"]), ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学　　时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P, bold=(0,))
    elif g == 2:   # 承德: four columns, two pairs a row, 学生人数 a bare number
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("学生人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    else:   # 恩施: the class and its size in one cell
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年3月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、教学组织与实施</h3><p>课堂按明确任务、制定计划、做出决策、实施计划、检查控制、评价反馈六个环节组织。学生分组领取任务，查阅资料、制定工作计划，经教师审核后实施，教师巡回指导并把控安全和质量，最后各组展示成果，开展自评、互评和教师评价。</p>
<h3>五、特色与成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在真实的工作情境中完成任务，专业能力和职业素养得到提升。</p>
<h3>六、承诺</h3><p>本单位承诺所报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 17, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n本学期安排“{task}”，共{hours}学时。\n三、考核\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查验收、评价总结。",
    3: "{school}\n{task}教学活动策划\n学习活动一　明确任务，获取信息\n学习活动二　制定计划，做出决策\n学习活动三　实施计划，检查控制\n学习活动四　成果展示，评价反馈",
    4: "{school}\n{course}教学进度计划（共{hours}学时）\n第1周　明确任务、获取信息\n第2周　制定并审核计划\n第3周　实施任务\n第4周　检查验收、评价总结",
    5: "{school}\n{task}教学活动方案\n第1学时　创设情境，发布任务\n第2-4学时　引导问题学习\n其余学时　分组实施，巡回指导，成果展示与评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为信息区、计划区、实施区和展示评价区四个功能区。",
    9: "{school}\n{task}考核方案\n考核分过程考核和结果考核，成绩由任课教师记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 7 + k * 5) % 26)


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
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅教师：%s</p>' % (RED, ["认真完成", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "group_box":   # common: a bordered head row 班级 | 姓名 | 学号 | 组别, the tour leader named
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "组别", hand("第%d组" % (i + 2), True)]],
                       width="100%", pad="4px 3px")
            body = (title + head + '<p>团队领队：%s　　团队人数：18人　　到店：18:30</p>' % s["others_named"][0] + sit
                    + answers(c, rng, i) + comment)
        elif f == "progress_strip":   # new: a learning-progress strip, the student only in its first box
            steps = ["明确任务", "制定计划", "做出决策", "实施计划", "检查控制", "评价反馈"]
            cells = [td('学员 %s<br/>学号 %s' % (hand(n, True), hand(sid, True, size="11pt")), ' align="left" width="22%" rowspan="2"', "3px 4px")]
            cells += [td("<b>%d %s</b>" % (k + 1, x), ' align="center"', "2px 2px") for k, x in enumerate(steps)]
            row2 = [td('<span %s>✓ %s</span><br/><span style="font-size:8pt">%s</span>' % (RED, t[k % 2][-2:], day(s, k)[5:]), ' align="center"', "2px 2px")
                    for k in range(6)]
            strip = ('<p style="font-size:9pt">学习进度卡（每完成一个环节由教师签章）</p><table style="border-collapse:collapse" width="100%%">'
                     '<tr>%s</tr><tr>%s</tr></table>' % ("".join(cells), "".join(row2)))
            body = strip + title + '<p>班级：%s　　实训车辆：越野车（后轮鼓式制动）　　车主：%s</p>' % (hand(cl, True), s["others_named"][0]) + sit + answers(c, rng, i) + comment
        elif f == "head_row":   # common: bordered head row 姓名 | 班级 | 学号 | 实训日期
            head = tbl([["姓　名", hand(n, True), "班　级", hand(cl, True), "学　号", hand(sid[-2:], True), "实训日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 3px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # common: 班级＿ 姓名＿ 学号＿ on blanks
            head = '<p>班级＿%s＿　姓名＿%s＿　学号＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "receipt_strip":   # new: a tear-off submission receipt at the foot
            head = '<p>班级：%s　　姓名：%s　　学号：%s</p>' % (hand(cl, True), hand(n), hand(sid, True))
            receipt = ('<p style="text-align:center;color:#555">- - - - - - - - - - - - - - - ✂ 沿此线剪下 - - - - - - - - - - - - - - -</p>'
                       + tbl([[("<b>作品提交回执</b>　No.%04d" % (417 + i), ' colspan="4"')],
                              ["提交人", hand(n, True), "接收人", hand(t[1], True, BLACK)],
                              ["提交内容", "三视图、配色方案、表情包源文件", "提交时间", hand(day(s, i)[5:], True)]], width="100%", pad="2px 4px"))
            body = title + head + sit + answers(c, rng, i) + comment + receipt
        elif f == "group_line":   # common: 组别＿ 姓名＿ 学号＿ line
            head = '<p>组别＿%s＿　　姓名＿%s＿　　学号＿%s＿　　班级：%s</p>' % (hand("%d" % (i % 3 + 1), True), hand(n), hand(sid[-2:], True), cl)
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "client_head":   # common: a head table with the cared-for elder
            head = tbl([["姓　名", hand(n, True), "班　级", hand(cl, True), "学　号", hand(sid, True)],
                        ["照护对象", s["others_named"][0] + "（79岁）", "居住地", "芭蕉侗族乡某村", "日　期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 3px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"group_box": "x-scanpdf:200", "progress_strip": "x-scanpdf:200", "head_row": "x-scanpdf:250",
            "blank_line": "x-scanpdf:250:roller", "receipt_strip": "x-scanpdf:200:color", "group_line": "x-scanpdf:200",
            "client_head": "x-scanpdf:200"}[f]
    font = {"progress_strip": "Noto Sans CJK SC", "receipt_strip": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), size="10pt", font=font, page="margin:1.3cm 1.5cm"), meth


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


DIG = "零壹贰叁肆伍陆柒捌玖"


def capital(x):
    tens, ones = divmod(x, 10)
    if tens == 10:
        return "壹佰"
    return (DIG[tens] + "拾" if tens else "") + (DIG[ones] if ones else "")


def dwidth(x):
    return sum(2 if ord(ch) > 0x2e80 else 1 for ch in x)


def pad_to(x, w):
    return x + " " * max(0, w - dwidth(x))


def nation(s, n):
    if grp(s) == 1:
        return "门巴族" if n[:2] in ("强巴", "益西") else "藏族" if n[:2] in [x for x in TB_FIRST] else "汉族"
    return "汉族"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[0])
    if f == "nation_roller":   # common: a plain register with a 民族 column
        parts = [("迎宾服务", 25), ("排房入住", 30), ("客房介绍", 25), ("职业素养", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "民族"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, nation(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:roller"
    if f == "group_col":   # common: a plain typed register with a 组别 column
        parts = [("问诊与安全", 15), ("拆检与更换", 40), ("间隙调整", 20), ("路试与工单", 15), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 46
            out.append(trow([str(k + 1), sid_of(s, n), n, "第%d组" % (k // 7 + 1)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "capital_total":   # new: the 总分 in figures and in capital numerals
        parts = [("原料初加工", 20), ("切配", 20), ("烹制", 40), ("出品与卫生", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d分)" % p for p in parts] + ["总分", "总分（大写）"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), capital(sum(v))], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：总分须同时填写阿拉伯数字和大写数字，涂改无效。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "two_row":   # common: a two-row head, 过程考核 / 结果考核
        parts = [("出勤", 10), ("安全", 10), ("学习态度", 20), ("采挖与去杂", 20), ("切制", 25), ("干燥包装", 15)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>结果考核（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        h2 = trow(["<b>%s(%d)</b>" % p for p in parts], pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.97)
            tot = sum(v) - (6 if bad.get(n) == "below" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "grade_col":   # common: a plain register with 等级
        parts = [("元素收集", 15), ("三视图", 30), ("配色方案", 15), ("表情包动画", 25), ("提案汇报", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 27
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250"
    if f == "dotmatrix":   # new: a dot-matrix printout of an old grade system, no table rules
        parts = [("活动策划", 30), ("页面制作", 20), ("客服处理", 20), ("订单发货", 30)]
        W = [5, 12, 10, 10, 10, 10, 10, 6]
        hdr = ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]
        rule = "-" * sum(W)
        lines = ["%s学生成绩单" % s["school"], "",
                 "班级：%s    课程：%s" % (s["cls"], c["course"]),
                 "考核项目：%s" % c["task"],
                 "打印时间：2025-01-08 10:42    操作员：%s" % t[1], rule,
                 "".join(pad_to(h, w) for h, w in zip(hdr, W)),
                 pad_to("满分", sum(W[:3])) + "".join(pad_to("(%d)" % m, w) for (_, m), w in zip(parts, W[3:7])) + "(100)", rule]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            lines.append("".join(pad_to(x, w) for x, w in zip([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], W)))
        lines += [rule, "共%d人    平均分：%.1f" % (len(rec), 0.0), "", "任课教师签字：            教务科（章）"]
        avg = 0
        rng2 = random.Random(s["seed"] * 10)
        for n in rec:
            avg += sum(part_scores(rng2, parts))
        lines[-3] = "共%d人    平均分：%.1f" % (len(rec), avg / len(rec))
        pre = "\n".join(l.replace("&", "&amp;").replace("<", "&lt;") for l in lines)
        body = ('<pre style="font-family:\'Noto Sans Mono CJK SC\';font-size:9pt;line-height:1.25">%s</pre>' % pre)
        return "10.html", html(body, "9pt", font="Noto Sans Mono CJK SC", compact=True, page="margin:1.2cm 1.6cm"), "x-scanpdf:200:mono"
    if f == "plain_remark":   # common: a plain register with 备注
        parts = [("评估与准备", 20), ("擦浴操作", 40), ("皮肤观察", 20), ("沟通与指导", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            note = {3: "组长", 12: "组长", 22: "组长", 31: "组长"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), note], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

GUEST_TITLE = ["先生", "女士", "先生", "先生"]


def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    parts = []
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "table_tent":   # new: welcome table tents, a guest on each, the maker in a small line
                if j == 0:
                    tents = ""
                    for k in range(2):
                        g = s["others_named"][1 + (i + k) % 4]
                        tents += ('<table width="100%%" style="border:1.5pt dashed #8a6d3b;margin-bottom:14pt"><tr><td style="padding:18px;text-align:center">'
                                  '<p style="font-size:11pt;color:#8a6d3b">扎西德勒 · 欢迎入住</p><p style="font-size:26pt"><b>%s %s</b></p>'
                                  '<p>房号：%d　　领队：%s　　早餐：07:30—09:00</p><p style="font-size:8pt;color:#555">制作：%s　%s</p></td></tr></table>'
                                  % (g, GUEST_TITLE[(i + k) % 4], 201 + 2 * i + k, s["others_named"][0], n, cl))
                    parts.append('<h3>%s</h3>' % title + tents)
                else:
                    parts.append('<h3>%s</h3><p>编制：%s（%s）　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                                 tbl([["房号", "客人", "人数", "备注"], ["2%02d" % (1 + i), s["others_named"][1 + i % 4], "2", "低楼层，备氧气"],
                                      ["2%02d" % (3 + i), s["others_named"][1 + (i + 1) % 4], "2", "叫早 07:00"]], width="86%") + "<p>%s</p>" % desc)
            elif f == "work_order":   # common: a repair work order, owner and 维修学员
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车主", s["others_named"][0], "车型", "越野车 后轮鼓式制动"], ["维修学员", "%s（%s）" % (n, cl), "指导教师", t[j % 2]],
                                  ["项目", "标准", "实测", "结论"], ["制动鼓内径", "≤204.0 mm", "203.%d mm" % (3 + i), "合格"],
                                  ["蹄片厚度", "≥1.5 mm", "%.1f mm" % (1.2 - 0.1 * j), "更换"]], width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "recipe_card":   # common: standard recipe cards, 制作人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["制作人", n, "班级", cl], ["主料", "五花肉 500 g", "辅料", "梅干菜 100 g"], ["调料", "酱油、冰糖、八角", "成本", "%d 元" % (38 + 3 * j)],
                                  ["工艺要点", (desc, ' colspan="3"')]], width="90%") + "<p>审核：%s　　%s</p>" % (t[j % 2], day(s, 30 + i)))
            elif f == "pack_labels":   # new: printed packaging labels, 加工人 and the co-operative's 质检
                if j == 0:
                    labels = ""
                    for k in range(3):
                        labels += ('<table width="62%%" style="border:1.2pt solid #2c5e2e;margin-bottom:12pt"><tr><td style="padding:8px">'
                                   '<p style="font-size:14pt;color:#2c5e2e"><b>热河黄芩（饮片）</b></p>'
                                   '<p>规格：厚片　　净重：500 g　　产地：河北承德</p><p>批号：HQ2410%02d%d　　生产日期：%s</p>'
                                   '<p>加工人：%s　　质检：%s　　<b>合格</b></p></td></tr></table>'
                                   % (i + 1, k + 1, day(s, 30 + i)[5:], n, s["others_named"][0]))
                    parts.append('<h3>%s（%s）</h3>' % (title, cl) + labels)
                else:
                    parts.append('<h3>%s</h3><p>加工人：%s　　班级：%s　　记录：%s</p>' % (title, n, cl, t[j % 2]) +
                                 tbl([["项目", "要求", "结果", "结论"], ["干燥温度", "≤60 ℃", "58 ℃", "合格"], ["水分", "≤12%", "%.1f%%" % (9.6 + 0.2 * i), "合格"]],
                                     width="80%") + "<p>%s</p>" % desc)
            elif f == "design_sheet":   # common: design sheets, 设计 credit
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">设计：%s　%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["项目", "内容"], ["造型", "梅花鹿，头戴小宫灯"], ["主色", "宫墙红 #B03A2E、琉璃黄 #E3B448"], ["说明", desc]], width="86%") +
                             "<p>指导教师意见：%s</p>" % ["形象鲜明", "配色协调", "动作流畅"][j])
            elif f == "ship_typed":   # common: shipping records, 打单员
                parts.append('<h3>%s</h3>' % title + tbl([["订单号", "收件地区", "规格", "数量"], ["SK%07d" % (3104 + 17 * i + j), "武汉市", "玉露 100g×2", "1"],
                                                          ["SK%07d" % (3121 + 17 * i + j), "宜昌市", "玉露 250g", "2"]], width="86%") +
                             "<p>%s</p><p>打单员：%s（%s）　　复核：%s　　%s</p>" % (desc, n, cl, t[j % 2], day(s, 30 + i)))
            elif f == "care_typed":   # common: a care record, 照护员 and the elder
                parts.append('<h3>%s</h3>' % title + tbl([["照护员", n, "班级", cl], ["照护对象", s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["时间", "内容", "皮肤情况", "签名"], ["09:30", "温水擦浴", "骶尾部轻度发红", n], ["10:00", "更换衣服床单", "无破损", n]],
                                                         width="90%") + "<p>小结：%s</p>" % desc)
            else:
                raise SystemExit(f)
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    return "11.html", html(PB.join([head] + parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

PARENT_GIVEN = "建国 玉兰 桂英 国庆 秀梅 德胜 春华 淑珍 永刚 丽华 振海 凤琴".split()


def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    lines, parents = [], []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f == "dusk_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid[-2:], "----", "%s　课后作业" % c["task"][:6]]
        elif f == "hand_page":
            head = ["课后作业", "姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "name_photo":
            head = ["%s　课后练习" % c["course"], "> %s　%s" % (cl, n)]
        elif f == "wenkai_page":
            head = ["课后作业（秒杀活动）", "%s　%s号　%s" % (cl, sid[-2:], n)]
        elif f == "parent_sign":   # new: a parent signs each homework
            head = ["课后作业　%s" % c["course"], "> 班级：%s　姓名：%s" % (cl, n)]
            while True:
                p = (n[0] if rng.random() < 0.7 else rng.choice("黄田覃龚")) + rng.choice(PARENT_GIVEN)
                if not used(p) and p not in s["klass"] and p not in parents and not any(near(p, x) for x in s["klass"]):
                    break
            parents.append(p)
            end = end + ["", "> 家长签字：%s　%s" % (p, day(s, 21 + i)[5:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"dusk_photo": "x-photo:200:1:dusk", "plain_photo": "x-photo:200:2", "exercise_book": "x-photo:200:1",
            "hand_page": "x-scan:250:2", "name_photo": "x-photo:200:1", "wenkai_page": "x-scan:200:4:color",
            "parent_sign": "x-photo:200:2:dusk"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth, parents


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "uniform":   # new: the class's chef-uniform order list as the roster
        rows = [["序号", "学号", "姓名", "性别", "身高(cm)", "上衣尺码", "帽子尺码", "备注"]]
        for j, n in enumerate(k):
            male = n[1:] in ("俊豪", "雨泽", "浩宇", "子墨", "俊熙", "博远", "宇轩", "睿哲", "家豪", "一鸣", "天佑", "明轩", "昊然",
                             "锦涛", "逸飞", "振宇", "文博", "瑞麟", "沐宸", "浩轩", "子健", "亦航", "承泽", "铭泽", "梓航", "凯文",
                             "宏宇", "泽楷", "梓豪", "奕辰", "涛", "杰")
            h = rr.randint(166, 184) if male else rr.randint(155, 170)
            size = "XL" if h >= 178 else "L" if h >= 170 else "M" if h >= 160 else "S"
            rows.append([str(j + 1), sid_of(s, n), n, "男" if male else "女", str(h), size, "M" if h < 172 else "L",
                         "补订" if j in (6, 29) else ""])
        body = ('<h2 style="text-align:center">%s%s学生厨师服征订登记表</h2>' % (s["school"], s["cls"]) +
                tbl(rows, width="94%", pad="1px 4px", bold=(0,)) +
                "<p>合计：%d人　　　班主任：%s　　　2024年9月</p>" % (len(k), s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（厨师服征订）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Thirty-eighth held-out people corpus (testdata/heldout38), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    for n in all_teachers + all_planted + all_others:
        if used(n):
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT:
                raise SystemExit("%s was used by an earlier corpus" % w)
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
        rng = random.Random(s["seed"] * 7919 + 38)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        for i, a in enumerate(s["klass"]):   # the guard: no two names of a class near each other
            for b in s["klass"][i + 1:]:
                assert not near(a, b), (a, b)
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
        nm12, tx12, meth12, parents = item12(s, c, items[12])
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec)), (11, item11(s, c, items[11], d)),
                                  (12, (nm12, tx12, meth12))):
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
        fct = {1: "班级人数 | %s" % s["form_count"], 2: "学生人数 | %s" % s["form_count"],
               3: "授课班级 | %s（%s）" % (s["cls"], s["form_count"])}[grp(s)]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "others_named": s.get("others_named", []) + parents,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
