#!/usr/bin/env python3
"""Write the sources of the forty-fourth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 吉首
(Hunan, 湘西土家族苗族自治州), 阳江 (Guangdong) and 三明 (Fujian).
The skeleton (helpers, form, truth format) follows heldout28's author.py.

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
# the truth files read for names, tasks and courses to avoid (heldout43 is written at the same time: not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 43)] + ["othertools"]

# surnames by region: 吉首 (Tujia and Miao families write 向 彭 田 龙 石 麻 符 覃 滕 舒 …),
# 阳江 (陈 林 黄 梁 关 冯 许 谭 叶 莫 敖 阮 …, and one compound surname 司徒),
# 三明 (陈 林 黄 罗 邓 廖 肖 揭 伍 …; the She families 雷 蓝 钟)
SURNAMES = {
    "js": list("向向彭彭田田龙石张杨吴麻符覃姚黄李王刘滕舒"),
    "yj": list("陈陈林林黄黄梁梁关冯许谭叶莫何李张敖阮"),
    "sm": list("陈陈林林黄黄张李王吴刘罗邓廖肖揭伍雷蓝钟"),
}
# given names: a new list, names as parents gave them around 2008 in the south
GIVEN2 = ("晓峰 家豪 雅婷 文轩 铭泽 诗涵 嘉怡 宇轩 泽宇 思远 佳琪 俊豪 子健 欣悦 伟鸿 锦华 晓雯 梓豪 婉婷 "
          "浩然 海峰 丽珍 永康 国栋 建勋 秀娟 慧敏 卓凡 展鹏 润泽 立新 春燕 梦瑶 凯琳 文静 晨曦 宏亮 志斌 "
          "绍华 敏华 楚瑜 伯涛 启明 耀祖 振宇 淑仪 咏琪 家乐 伟杰 日升 翠萍 美玲 宝玲 少锋 惠娟 炜彬 "
          "锦涛 嘉慧 明辉 丽娟 志远 冠霖 晓琳 永辉 文斌 秋萍 德华 金燕 泳彤 舒婷 桂兰 培坤").split()
GIVEN1 = list("磊婷丹强辉敏静涛")
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
    forms = []
    for d in EARLIER:
        for p in glob.glob(os.path.join(HERE, "..", d, "src", "*", "*", "form.*")):
            with open(p, encoding="utf-8", errors="replace") as f:
                forms.append(f.read())
    return names, "\n".join(texts), "\n".join(forms)


USED_BEFORE, EARLIER_TEXT, EARLIER_FORMS = earlier_strings()
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
    given_seen = {n.split("·")[0] for n in names if "·" in n}
    while len(names) < n:
        name = draw_one(rng, region)
        if "·" in name and name.split("·")[0] in given_seen:
            continue   # no two Uyghur students of one class share a given name
        if name.startswith("司徒") and any(x.startswith("司徒") for x in names):
            continue   # one compound surname a class at most (besides a planted one)
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
        if "·" in name:
            given_seen.add(name.split("·")[0])
    rng.shuffle(names)
    TAKEN.update(names)
    return names




def draw_one(rng, region):
    if region == "yj" and rng.random() < 0.03:
        return "司徒" + rng.choice(GIVEN2)
    g = rng.choice(GIVEN1) if rng.random() < 0.10 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


C = {
 "larou": dict(major="烹饪(中式烹调)", code="0501", course="湘西地方风味菜肴制作", task="湘西腊肉蒸制与苗家酸鱼出品",
   hours=16, station="中式烹调一体化学习工作站",
   situation="吉首一家湘西菜馆接到一百二十人的寿宴订单，点名要湘西腊肉合蒸和苗家酸鱼两道招牌菜。厨师长请烹饪班学员按标准菜谱完成腊肉的清洗、泡软、切片和合蒸，酸鱼的改刀、煎制和烧制，控制出品时间和份量，并核算两道菜的成本。",
   qs=[("问题1 腊肉蒸制前为什么要先用温水泡洗？", ["腊肉表面有烟尘和油垢，又咸又硬，温水泡洗能去掉杂质和部分盐分，肉质变软。", "去掉烟尘和盐分。", "让肉变软。"]),
       ("问题2 酸鱼煎制时怎样防止粘锅破皮？", ["锅要烧热再下冷油，鱼身擦干水分，下锅后不要急着翻动，等一面定型再翻。", "热锅冷油，擦干鱼身。", "定型后再翻。"])],
   hw=[("1. 合蒸腊肉时腊肉、腊肠和血粑怎样码放？", ["肥瘦相间的腊肉垫底，腊肠和血粑切片码在上面，蒸出的油能浸到下面。", "腊肉垫底，腊肠在上。", "油往下浸。"]),
       ("2. 成本核算时净料率怎样算？", ["净料率等于净料重量除以毛料重量，再乘以百分之百。", "净料除以毛料。", "再乘百分之百。"])],
   outputs=[("腊肉合蒸成本核算单", "每份成本十八元四角。"), ("酸鱼出品成本核算单", "每份成本二十二元。"), ("寿宴出品时间安排表", "开席前四十分钟上蒸笼。")]),
 "brake": dict(major="汽车维修", code="0403", course="山区客车制动系统维修", task="山区客运中巴制动异响诊断与制动蹄片更换",
   hours=18, station="汽车底盘维修一体化学习工作站",
   situation="吉首到矮寨的一辆客运中巴下长坡时制动器发出尖叫，司机报修。维修站主管请汽修班学员接车问诊，填好维修委托书，路试确认异响，拆检制动鼓和制动蹄片，测量磨损量，更换蹄片并调整间隙，最后路试交车。",
   qs=[("问题1 山区客车为什么制动蹄片磨损快？", ["长下坡连续制动，制动鼓温度高，蹄片摩擦材料烧蚀，磨损比平路快得多。", "长下坡连续制动。", "温度高，蹄片烧蚀。"]),
       ("问题2 更换蹄片后为什么要调整制动间隙？", ["新蹄片比旧的厚，间隙太小会拖滞发热，太大踩踏板行程长，制动不灵。", "间隙小会拖滞。", "间隙大制动不灵。"])],
   hw=[("1. 制动鼓内径超过多少要更换？", ["超过维修手册规定的极限内径就要换新，不能再镗削。", "超过极限内径就换。", "不能再镗。"]),
       ("2. 交车前路试要检查哪些项目？", ["制动是否跑偏、有无异响、驻车制动是否有效，下坡连续制动温度是否正常。", "跑偏和异响。", "驻车制动有效。"])],
   outputs=[("制动系统维修工单", "左后蹄片剩余厚度二点一毫米。"), ("制动鼓测量记录", "内径四百一十点六毫米。"), ("交车路试记录", "三十公里每小时制动不跑偏。")]),
 "kite": dict(major="计算机动画制作", code="0306", course="非遗题材二维动画短片制作", task="阳江风筝非遗宣传短片二维动画制作",
   hours=18, station="动画制作一体化学习工作站",
   situation="阳江风筝是国家级非物质文化遗产，风筝节前，市里一家文化传播公司想做一支六十秒的二维动画宣传短片。项目主管请动画班学员收集灵芝风筝和板鹞的资料，设计角色和场景，绘制分镜，完成关键帧动画和合成输出，并做成作品展板参加校内展评。",
   qs=[("问题1 设计风筝角色时为什么要先画三视图？", ["三视图统一了正面、侧面和背面的比例，后面做动画时各个角度的形象才不会走样。", "保证各角度比例一致。", "动画时不走样。"]),
       ("问题2 六十秒短片大约要画多少个分镜？", ["按平均每个镜头三到四秒算，大约十五到二十个分镜。", "十五到二十个。", "每镜头三四秒。"])],
   hw=[("1. 关键帧和中间帧有什么区别？", ["关键帧决定动作的起止和转折，中间帧补在关键帧之间，让动作连贯。", "关键帧定动作，中间帧补动作。", "中间帧让动作连贯。"]),
       ("2. 输出宣传短片时分辨率和帧率怎样设？", ["一般设一九二零乘一零八零，每秒二十五帧，格式选MP4。", "一九二零乘一零八零。", "二十五帧，MP4。"])],
   outputs=[("风筝角色设计", "灵芝风筝拟人化，取名小鹞。"), ("场景设计", "北山公园放飞场。"), ("宣传短片分镜", "共十八个镜头。")]),
 "sharen": dict(major="中药", code="1301", course="岭南道地药材饮片炮制", task="阳春砂仁净选与盐炙饮片质量检查",
   hours=14, station="中药炮制一体化学习工作站",
   situation="阳江下辖的阳春是砂仁的道地产区。一家中药饮片厂收到一批阳春砂仁原药，需要净选去杂，部分炮制成盐砂仁。质量部主管请中药班学员按炮制规范完成净选、盐炙，测定水分和杂质，填写质量检查记录。",
   qs=[("问题1 砂仁净选要除去哪些杂质？", ["果柄、果皮碎屑、泥沙和霉变的果实都要挑出去。", "果柄、泥沙和霉果。", "果皮碎屑。"]),
       ("问题2 盐炙时盐水用量怎样定？", ["每一百千克砂仁用食盐两千克，加适量开水溶化，拌匀闷润后再炒。", "一百千克用盐两千克。", "闷润后再炒。"])],
   hw=[("1. 砂仁为什么要打碎后再入药？", ["砂仁种子团外有膜，打碎后有效成分才容易煎出。", "便于煎出成分。", "打碎后易煎出。"]),
       ("2. 怎样判断盐砂仁炒好了？", ["表面颜色加深，略有焦斑，闻到香气，手捏干燥不粘。", "颜色加深，有香气。", "干燥不粘手。"])],
   outputs=[("砂仁净选记录", "杂质由百分之三降到零点八。"), ("盐砂仁炮制记录", "炒制温度一百二十度，八分钟。"), ("饮片质量检查记录", "水分百分之十点二，合格。")]),
 "fall": dict(major="健康与社会照护", code="0529", course="社区老年人居家照护", task="山区留守老人居家跌倒风险评估与防跌倒照护",
   hours=14, station="居家照护一体化学习工作站",
   situation="三明一个山区乡镇的留守老人多，上个月有两位老人在家里跌倒骨折。镇卫生院请照护班学员随社工入户，用量表评估老人的跌倒风险，查找居家环境里的隐患，指导老人做平衡训练，帮家里加装扶手和夜灯，并做好记录。",
   qs=[("问题1 居家环境里常见的跌倒隐患有哪些？", ["地面湿滑、门槛过高、光线昏暗、通道堆放杂物、卫生间没有扶手。", "地滑、门槛高、光线暗。", "卫生间没有扶手。"]),
       ("问题2 老人起床时为什么要做到三个半分钟？", ["醒后躺半分钟、坐起半分钟、双腿下垂半分钟，防止体位性低血压引起头晕跌倒。", "防止突然起身头晕。", "体位性低血压。"])],
   hw=[("1. 老人跌倒后不能马上扶起的原因是什么？", ["先要判断意识和有无骨折出血，贸然扶起可能加重骨折或脊柱损伤。", "可能加重骨折。", "先判断伤情。"]),
       ("2. 平衡训练可以教老人做哪些动作？", ["扶椅背单腿站立、脚跟脚尖直线走、坐站转换，每天练两次。", "单腿站立和直线走。", "坐站转换。"])],
   outputs=[("跌倒风险评估记录", "评估得分十四分，属高风险。"), ("居家环境隐患整改记录", "卫生间加装扶手两处。"), ("平衡训练指导记录", "老人能扶椅背单腿站十秒。")]),
 "bamboo": dict(major="机电一体化技术", code="0127", course="竹木加工设备气动与PLC控制装调", task="竹胶板生产线自动送料机构气动与PLC控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="三明一家竹胶板厂的热压生产线上，自动送料机构由气缸推料、真空吸盘取板，PLC控制动作顺序。设备改造后，设备科请机电班学员按图纸安装气动元件，连接气路和电气线路，编写PLC顺序控制程序，调整节流阀速度，完成联调并填写记录。",
   qs=[("问题1 为什么气缸要用单向节流阀调速？", ["排气节流调速平稳，气缸不会冲击，推料时竹板不易被撞坏。", "排气节流更平稳。", "防止冲击。"]),
       ("问题2 真空吸盘吸不住板材可能有哪些原因？", ["真空发生器气压不足、吸盘破损漏气、板面不平或有粉尘。", "气压不足或吸盘漏气。", "板面有粉尘。"])],
   hw=[("1. 顺序控制程序为什么常用步进指令编写？", ["每一步只做一个动作，转换条件清楚，出了故障容易找到停在哪一步。", "步骤清楚。", "便于查故障。"]),
       ("2. 联调前要做哪些安全检查？", ["气源压力、急停按钮、光电和磁性开关信号，手动单步试动作。", "气压和急停。", "手动单步试。"])],
   outputs=[("气动回路安装记录", "节流阀开度两圈半。"), ("PLC输入输出分配表与程序", "共十二步。"), ("送料机构联调记录", "送料周期十八秒。")]),
 "tea": dict(major="电子商务", code="0603", course="闽西北生鲜水果网店运营", task="三明明溪红心柚网店秋季促销与售后处理",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="十月三明明溪的红心柚上市，一家水果专业合作社在网店上做秋季促销。运营主管请电商班学员设计促销方案和主图文案，设置满减和优惠券，汇总订单安排打包发货，并处理破损和延迟到货的售后。",
   qs=[("问题1 柚子发货为什么要套网袋再装箱？", ["网袋能缓冲，运输中柚子之间互相碰撞也不易压伤。", "缓冲防压伤。", "避免互相碰撞。"]),
       ("问题2 满减和优惠券怎样搭配才不亏本？", ["先算好单箱成本和运费，满减后的价格不能低于成本加运费。", "先算成本和运费。", "不能低于成本。"])],
   hw=[("1. 顾客说柚子坏了，客服第一步做什么？", ["请顾客拍照发来，核对订单和收货时间，再按规则退款或补发。", "请顾客拍照。", "核对后退款或补发。"]),
       ("2. 为什么主图要拍柚子剖开的果肉？", ["红心果肉是卖点，剖开图让顾客一眼看到颜色和汁水。", "红心是卖点。", "看到颜色和汁水。"])],
   outputs=[("秋季促销方案", "满九十九减十五。"), ("订单汇总与发货表", "共三百零六单。"), ("售后处理登记表", "破损补发九单。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="吉首市峒河技工学校", pack="dir", region="js", course="larou", cls="烹饪2401班", size=40, seed=11,
         sidp="24310501", students=["向晓雯", "彭展鹏", "田凯琳"], others_named=["符德顺"],
         teachers=["石建湘", "覃丽君"], form_count="40人",
         f8="head_cook", f10="sex_grade", f11="cost_sheet", f12="exercise_book", findings=[],
         comment="clean. Item 8 (scanned 250 dpi gray, greasy fingerprints): a bordered head row 姓名 | 班级 | 学号 | 日期 filled by "
                 "hand, and the restaurant's head chef 符德顺 named as 厨师长 on every worksheet (not a student). Item 10 (TYPED) a "
                 "plain register with 性别 and 等级 columns, 40 rows = form `40人`. Item 11: typed 成本核算单 with `核算人：<name>` "
                 "(new). Item 12: phone photos of an exercise book, the sheet faded by the sun on one side. No roster"),
    dict(school="吉首市峒河技工学校", pack="dir", region="js", course="brake", cls="汽修2402班", size=41, seed=12,
         sidp="24310403", students=["龙卓凡", "滕宏亮", "舒启明"], outsiders={"舒启明": "汽修2401班"}, out_sidp="24310402",
         extra_class=["姚翠萍"], absent_from_10=["姚翠萍"], others_named=["麻永贵"],
         teachers=["彭德胜", "田玉成"], form_count="41人",
         f8="repair_order", f10="two_row_head", f11="work_order", f12="name_line_photo",
         findings=[("students.not_in_class", 8, True, "舒启明"), ("records.count_mismatch", 10, False)],
         comment="舒启明 of the parallel class 汽修2401班 (his class and 学号 on his worksheet, typed work orders and homework) is "
                 "the third student of 8/11/12; item 10 has no record of him: students.not_in_class. Item 10 (scanned 250 dpi "
                 "gray, two-row head 过程考核/结果考核) lists 40; the form says `41人` (姚翠萍, a class member, has no row; no "
                 "roster): records.count_mismatch. Item 8 (scanned 200 dpi gray, inkjet nozzle streaks): a printed 车辆维修委托书 "
                 "at the top, the bus driver 麻永贵 as 送修人 (printed and signed; not a student), the student only as 承修人 by hand "
                 "(new). Item 12: phone photos with greasy fingerprints"),
    dict(school="阳江市漠阳江技工学校", pack="gbkzip", region="yj", course="kite", cls="动画2402班", size=38, seed=21,
         sidp="2414030602", students=["梁咏琪", "司徒家乐", "关楚瑜"], items={11: ["梁咏琪", "司徒家乐", "关楚瑜", "冯伯涛"]},
         extra_class=["冯伯涛", "许绍华"], bad={"许绍华": "over"},
         teachers=["谭伟鸿", "陈美凤"], form_count="38",
         f8="corner_box", f10="max_row", f11="display_board", f12="hand_page",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "许绍华")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED) is a set of 作品展板 (one landscape board a work, `作者：<name>` in the caption strip) of FOUR "
                 "students: the three and classmate 冯伯涛 (with an item-10 record): students.count on 11; students.mismatch "
                 "optional. Item 10 (TYPED, a `满分` row under the head): 许绍华 has 45 under `分镜(40)` (总分 the sum): "
                 "records.invalid_score. 司徒家乐 has a compound surname (4 characters). Form `38` = 38 rows. No roster"),
    dict(school="阳江市漠阳江技工学校", pack="gbkzip", region="yj", course="sharen", cls="中药2401班", size=42, seed=22,
         sidp="2414130101", students=["莫淑仪", "阮日升", "敖美玲"], extra_class=["叶慧敏"], absent_from_10=["叶慧敏"],
         teachers=["黄秀芳", "林国雄"], form_count="42人", roster="card_receipt", headteacher="何碧云",
         f8="fax_line", f10="export_gpa", f11="qc_typed", f12="sun_photo",
         findings=[("records.missing_student", 10, False, "叶慧敏"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 校园卡领取签收表, 42 rows, each student's own signature by hand beside the typed name) and "
                 "the form (`42人`) hold 叶慧敏; item 10 (scanned 200 dpi gray, inkjet nozzle streaks) has 41 rows and none for "
                 "her: records.missing_student and records.count_mismatch. Item 10 is a grading-system export with "
                 "`姓名（学号）` in ONE cell and a 绩点 column (new). Item 8: 1-bit fax-like scan, `姓名：＿ 班级：＿ 学号：＿` by hand"),
    dict(school="三明市沙溪技师学院", pack="zip", region="sm", course="fall", cls="照护2402班", size=39, seed=31,
         sidp="2435052902", students=["雷秀娟", "蓝文静", "揭晨曦"], items={12: ["雷秀娟", "蓝文静", "钟泳彤"]},
         extra_class=["钟泳彤", "伍国栋"], bad={"伍国栋": "over"}, others_named=["廖桂英"],
         teachers=["罗春兰", "王梓岚"], form_count="39人",
         f8="plain_line", f10="plain_remark", f11="care_typed", f12="grease_photo",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "伍国栋")],
         comment="item 12 (phone photos with greasy fingerprints) holds the homework of 雷秀娟, 蓝文静 and classmate 钟泳彤 "
                 "(with an item-10 record) instead of 揭晨曦's (items 8 and 11 hold the three): students.mismatch. Item 10 "
                 "(TYPED, a plain table with 备注): 伍国栋 has 46 under `入户评估(40)` (总分 the sum): records.invalid_score. The "
                 "elderly client 廖桂英 named on every worksheet and care record (not a student). She surnames 雷 蓝 钟. No roster"),
    dict(school="三明市沙溪技师学院", pack="zip", region="sm", course="bamboo", cls="机电2403班", size=40, seed=32,
         sidp="2435012703", students=["罗冠霖", "邓志斌", "肖俊豪"], items={8: ["罗冠霖", "邓志斌"]},
         extra_class=["黄立新"], bad={"黄立新": "under"},
         teachers=["吴海平", "郑秋生"], form_count="40人",
         f8="group_head", f10="sign_column", f11="commission_typed", f12="tape_hand",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "黄立新")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray, inkjet nozzle streaks) holds the worksheets of only TWO students, 罗冠霖 and "
                 "邓志斌 (肖俊豪's missing; 11 and 12 hold the three): students.count on 8; students.mismatch optional. Item 10 "
                 "(scanned 250 dpi gray, a 学生签字 column signed by hand): 黄立新's 总分 is 6 BELOW the sum of his parts: "
                 "records.invalid_score. Form `40人` = 40 rows. No roster"),
    dict(school="三明市沙溪技师学院", pack="zip", region="sm", course="tea", cls="电商2401班", size=37, seed=33,
         sidp="2435060301", students=["林舒婷", "吴耀祖", "陈锦华"], teachers=["廖建平", "肖丽华"],
         form_count="37人", roster="plain_list", headteacher="邓美娟",
         f8="header_group", f10="plain_group", f11="order_typed", f12="sun_photo2",
         findings=[],
         comment="clean. A typed 学生名单 (37, with 性别, 民族 — a few 畲族 — and 职务) = form `37人` = item 10 (TYPED, with a "
                 "组别 column) 37 rows. Item 8 (colour scan 200 dpi): a bordered head 班级 | 姓名 | 学号 | 组别. Item 12: phone photos, "
                 "the sheet faded by the sun on one side"),
]

PROVINCE = {1: "湖南省湘西土家族苗族自治州吉首市", 2: "广东省阳江市", 3: "福建省三明市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CNUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 吉首: "成果8-工作页.pdf"
        return "成果%d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 阳江: "第8项 工作页.pdf"
        return "第%d项 %s.pdf" % (n, NAMES[n])
    return "%s_%02d%s.pdf" % (s["cls"], n, NAMES[n])   # 三明: "照护2402班_08工作页.pdf"


def form_name(s, c):
    return {1: ("%s-%s-申报书.docx" % (s["school"][:2], c["major"].split("(")[0]), "docx"),
            2: ("优质课堂项目申报书（%s）.pdf" % c["course"], "pdf"),
            3: ("附件2-%s.docx" % c["task"], "docx")}[grp(s)]
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


# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 凯里: four columns, two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 丹东: 学生人数, a bare number
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 库车: class and size in one cell
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及人数", "%s，%s" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生领取任务后分组查找资料、拟订工作计划，教师审核后小组确定方案并实施，教师全程巡视指导、把控质量和安全，最后各组汇报成果，进行自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务取自{prov}合作企业的真实工作，学生在真实情境中完成工作，专业能力和职业素养都有提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=4 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程为{major}专业一体化课程，按国家工学一体化课程标准，结合{prov}企业岗位需求转化而成。\n二、学习任务安排\n本学期开设“{task}”，{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析——{task}\n一、任务来源与描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}教学活动策划\n活动一　接受任务，收集信息\n活动二　制定计划，做出决策\n活动三　实施任务，过程控制\n活动四　检查验收，评价反馈",
    4: "{school}\n{course}教学进度计划（{hours}学时）\n第一周　接受任务，收集信息\n第二周　制定计划并审核\n第三周　实施任务\n第四周　检查验收与评价总结",
    5: "{school}\n{task}教学活动方案\n第一学时　创设情境，布置任务\n第二至四学时　引导问题学习\n其余学时　分组实施、巡回指导、成果展示与评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业标准、微课、{station}设备和耗材清单。",
    7: "{school}\n{station}图文说明\n工作站设资讯区、计划区、实施区和评价展示区四个功能区。",
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
        if f == "head_cook":   # a bordered head row; the head chef named
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid[-2:], True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = (title + head + '<p>实习岗位：热菜组　　厨师长：%s　　订单：寿宴十二桌</p>' % s["others_named"][0]
                    + sit + answers(c, rng, i) + comment)
        elif f == "repair_order":   # a printed 车辆维修委托书: the driver as 送修人, the student only as 承修人
            drv = s["others_named"][0]
            order = tbl([[("<b>车辆维修委托书</b>　No. JS-%05d" % (20417 + i), ' colspan="6"')],
                         ["送修单位", "湘西某客运公司", "车牌号", "湘U·3%04d" % (2871 + 37 * i), "车　型", "19座中巴"],
                         ["送修人", drv, "行驶里程", "%d km" % (286400 + 5130 * i), "进厂时间", hand(day(s, i)[5:], True)],
                         ["故障描述", ("下长坡制动时后轮尖叫，制动距离变长", ' colspan="5" align="left"')],
                         ["承修人", hand(n, True), "送修人签字", hand(drv, True, BLACK), "预计交车", hand("当日17:00", True)]],
                        width="100%", pad="3px 4px")
            body = order + title + '<p>班级：%s　　学号：%s　　指导教师：%s</p>' % (hand(cl, True), hand(sid, True), t[0]) + sit + answers(c, rng, i) + comment
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right
            box = ('<table width="100%%"><tr><td></td><td width="42%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = box + title + '<p>班级：%s　　指导教师：%s　　%s</p>' % (cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "fax_line":   # 姓名/班级/学号 on underlined blanks
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级＿ 学号＿ 姓名＿ line; the client named
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = (title + head + '<p>入户对象：%s（79岁，独居，一年内跌倒两次）　　陪同社工：镇社工站</p>' % s["others_named"][0]
                    + sit + answers(c, rng, i) + comment)
        elif f == "group_head":   # 姓名 | 学号 | 工位 head, two rows
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["工　位", hand("B-%02d" % (3 + 4 * i), True), "日　期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "header_group":   # 班级 | 姓名 | 学号 | 组别
            head = tbl([["班级", cl, "姓名", hand(n, True), "学号", hand(sid[-2:], True), "组别", hand("第%d组" % (i + 2), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"head_cook": "x-scanpdf:250:grease", "repair_order": "x-scanpdf:200:nozzle", "corner_box": "x-scanpdf:200:color",
            "fax_line": "x-scanpdf:200:mono", "plain_line": "x-scanpdf:200", "group_head": "x-scanpdf:250:nozzle",
            "header_group": "x-scanpdf:200:color"}[f]
    font = {"repair_order": "Noto Sans CJK SC", "header_group": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font, compact=True), meth


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


FEMALE = set("雯瑶婷涵怡琪悦娟珍敏燕琳静曦萍玲娟慧彤兰仪凤芳云丹")


def sex(n):
    return "女" if n[-1] in FEMALE else "男"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "sex_grade":   # plain register with 性别 and 等级
        parts = [("刀工处理", 20), ("腊肉合蒸", 30), ("酸鱼烧制", 30), ("成本核算", 10), ("卫生安全", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, sex(n)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "two_row_head":   # 过程考核 / 结果考核 over their parts
        parts = [("出勤", 10), ("问诊记录", 15), ("安全规范", 15), ("拆检测量", 25), ("更换调整", 25), ("路试交车", 10)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>结果考核（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        h2 = trow(["<b>%s(%d)</b>" % p for p in parts], pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "max_row":   # a 满分 row under the head
        parts = [("角色设计", 20), ("分镜", 40), ("动画合成", 30), ("展板", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 45
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "export_gpa":   # a grading-system export: 姓名（学号） in one cell, 绩点
        parts = [("平时表现", 20), ("净选操作", 30), ("盐炙操作", 30), ("质量检查", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学生（学号）"] + ["%s<br/>[%d]" % p for p in parts] + ["总成绩", "绩点", "成绩性质"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.64, 0.97)
            tot = sum(v)
            gp = "%.1f" % max(0.0, (tot - 50) / 10.0) if tot >= 60 else "0.0"
            out.append(trow([str(k + 1), "%s（%s）" % (n, sid_of(s, n))] + [str(x) for x in v] + [str(tot), gp, "正常考试"], pad))
        body = ('<p style="font-size:8pt">教学综合管理平台 · 成绩管理 · 课程成绩明细　　导出时间：2025-01-%02d 16:%02d　　第 1 页</p>' % (8, 37) +
                head10(s, c, "课程成绩明细表（学习任务考核）") + table(out) +
                "<p>绩点＝（总成绩－50）÷10，不及格记0。本表由系统导出，任课教师签字后有效。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:nozzle"
    if f == "plain_remark":   # a plain Word table with a 备注 column
        parts = [("入户评估", 40), ("隐患排查", 20), ("平衡训练指导", 25), ("记录书写", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 46
            note = {3: "组长", 12: "组长", 21: "组长", 30: "组长"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), note], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "sign_column":   # a 学生签字 column signed by hand
        parts = [("气路安装", 25), ("电气接线", 20), ("PLC编程", 30), ("联调", 15), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "学生签字"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (6 if bad.get(n) == "under" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), hand(n, True, size="10.5pt")], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + "<p>（本人已核对成绩，签字确认）</p>" + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:250"
    if f == "plain_group":   # a plain table with 组别
        parts = [("促销方案", 25), ("主图文案", 25), ("订单发货", 30), ("售后处理", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "第%d组" % (k // 7 + 1)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    if f == "display_board":   # landscape exhibition boards, one a work
        parts = []
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<p style="font-size:9pt">阳江风筝非遗宣传短片 · 校内作品展评　　展位 %s-%02d</p>'
                             '<p style="text-align:center;font-size:26pt;color:#1d4f8f"><b>%s</b></p>'
                             '<table width="100%%" style="border-collapse:collapse"><tr><td width="62%%" style="border:1.5pt solid #7a8ca6;height:6.6cm;background:#e9eef5" align="center">'
                             '<span style="color:#8796aa;font-size:14pt">〔作品画面〕</span></td><td style="padding:8px;font-size:11pt">%s<br/><br/>画面尺寸：1920×1080<br/>软件：Animate / AE</td></tr></table>'
                             '<p style="background:#1d4f8f;color:#ffffff;font-size:12pt;padding:4px">作者：%s　　%s　　指导教师：%s</p>'
                             % ("ABC"[j], i + 1, title, desc, n, cls_of(s, n), t[0]))
        return "11.html", html(PB.join(parts), font="Noto Sans CJK SC", page="size:29.7cm 21cm;margin:1.2cm 1.5cm"), "pdf"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "cost_sheet":   # a cost sheet: 核算人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["原料", "毛料(g)", "净料(g)", "单价(元/kg)", "成本(元)"], ["湘西腊肉", "250", "%d" % (205 + 3 * i), "96", "%.1f" % (19.7 + 0.3 * i)],
                                  ["腊肠", "100", "95", "72", "6.8"], ["调料", "", "", "", "1.2"]], width="90%") +
                             "<p>%s</p><p>核算人：%s（%s）　　审核：%s　　%s</p>" % (desc, n, cl, t[j % 2], day(s, 30 + i)))
            elif f == "work_order":   # a repair work order: 维修人
                parts.append('<h3>%s</h3>' % title + tbl([["维修人", "%s（%s）" % (n, cl), "检验", t[j % 2]],
                                                          ["项目", "标准", "实测", "结论"], ["左后蹄片厚度", "≥3.0 mm", "%.1f mm" % (2.1 + 0.1 * i), "更换"],
                                                          ["制动鼓内径", "≤411 mm", "410.%d mm" % (6 - j), "可用"]], width="90%") + "<p>%s</p>" % desc)
            elif f == "qc_typed":   # a quality record: 检验人
                parts.append('<h3>%s</h3><p>品名：阳春砂仁（盐炙）　批号：SR2411%02d　检验人：%s　班级：%s</p>' % (title, 3 + i, n, cl) +
                             tbl([["项目", "标准", "结果", "结论"], ["水分", "≤15%%", "%.1f%%" % (10.2 + 0.2 * i), "合格"], ["杂质", "≤1%", "0.8%", "合格"],
                                  ["性状", "表面棕褐，略有焦斑", "符合", "合格"]], width="86%") + "<p>%s　复核：%s</p>" % (desc, t[j % 2]))
            elif f == "care_typed":   # a care record: 照护员 and the client
                parts.append('<h3>%s</h3>' % title + tbl([["照护员", n, "班级", cl], ["服务对象", s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["项目", "情况", "措施", "签名"], ["起居室", "门槛高5cm", "贴警示条", n], ["卫生间", "无扶手", "加装扶手", n]],
                                                         width="90%") + "<p>小结：%s</p>" % desc)
            elif f == "commission_typed":   # a commissioning record: 调试人
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　记录：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["项目", "设定值", "实测值", "结论"], ["气源压力", "0.6 MPa", "0.6%d MPa" % i, "合格"],
                                  ["推料时间", "1.5 s", "1.%d s" % (4 + j), "合格"], ["送料周期", "18 s", "%d s" % (18 + j % 2), "合格"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "order_typed":   # an order sheet: 制单人
                parts.append('<h3>%s</h3>' % title + tbl([["快递", "单数", "箱数", "备注"], ["邮政", str(118 + 3 * i + j), str(131 + 4 * j), "省内"],
                                                          ["顺丰", str(61 + 2 * i), str(66 + 2 * j), "省外"]], width="80%") +
                             "<p>%s</p><p>制单人：%s（%s）　　审核：%s　　%s</p>" % (desc, n, cl, t[j % 2], day(s, 30 + i)))
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
        if f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid[-2:], "----", "%s　课后作业" % c["task"][:6]]
        elif f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "hand_page":
            head = ["课后作业", "%s %s号 %s" % (cl, sid[-2:], n)]
        elif f in ("sun_photo", "sun_photo2"):
            head = ["课后作业　%s" % c["task"], "> 姓名：%s　　%s" % (n, cl)]
        elif f == "grease_photo":
            head = ["%s　课后练习" % c["course"], "> %s　%s　学号%s" % (cl, n, sid)]
        elif f == "tape_hand":
            head = ["课后作业（气动）", "姓名 %s　班级 %s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"exercise_book": "x-photo:200:1:sunfade", "name_line_photo": "x-photo:200:2:grease", "hand_page": "x-scan:250:4",
            "sun_photo": "x-photo:200:2:sunfade", "grease_photo": "x-photo:200:1:grease", "tape_hand": "x-scan:200:3:color",
            "sun_photo2": "x-photo:200:1:sunfade"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def nation(n):
    return "畲族" if n[0] in "雷蓝钟" else "汉族"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "plain_list":   # a plain typed 学生名单
        rows = [["序号", "学号", "姓名", "性别", "民族", "职务"]]
        duty = {1: "班长", 8: "团支书", 14: "学习委员", 25: "劳动委员"}
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex(n), nation(n), duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s%s学生名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="90%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　合计：%d人　　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return [], {}
    if r == "card_receipt":   # a campus-card receipt list, each student signing by hand
        rows = [["序号", "学号", "姓名", "校园卡号", "领取人签名", "领取日期"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, "YJ%08d" % (24013100 + 17 * j), hand(n, True, size="10pt"), hand("9.%d" % (2 + j % 3), True, size="10pt")])
        body = ('<h2 style="text-align:center">%s校园卡领取签收表</h2><p style="text-align:center">班级：%s　　发卡：学生处</p>' % (s["school"], s["cls"]) +
                tbl(rows, width="96%", pad="0px 4px", bold=(0,)) +
                "<p>班主任：%s　　应领%d张　实领%d张　　（遗失补办请到学生处）</p>" % (s["headteacher"], len(k), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Serif CJK SC", compact=True, page="margin:1.0cm 1.2cm"))
        man.append("roster.html\t%s校园卡领取签收表.pdf\tpdf\troster\t0" % s["cls"])
        return [], {}
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
    truth = {"comment": "Forty-fourth held-out people corpus (testdata/heldout44), the format of testdata/heldout28/truth.json. "
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
            if w in EARLIER_TEXT or w in EARLIER_FORMS:
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
        rng = random.Random(s["seed"] * 7919 + 44)
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
        parents, _ = roster(s, d, man) or ([], {})
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
        fct = {1: "班级人数 | %s", 2: "学生人数 | %s", 3: "授课班级及人数 | %s，%%s" % s["cls"]}[grp(s)]
        fct = fct % s["form_count"] if grp(s) != 3 else "授课班级及人数 | %s，%s" % (s["cls"], s["form_count"])
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
