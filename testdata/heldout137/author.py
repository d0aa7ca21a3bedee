#!/usr/bin/env python3
"""Write the sources of the hundred-and-thirty-seventh held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the struct tags of pipeline/heldout_test.go was
read; classaudit was not run on it). Seven submissions of three invented
schools in 多伦县 (内蒙古, 锡林郭勒盟), 丹江口市 (湖北, 十堰) and 琼中黎族苗族自治县
(海南).

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
# the truth files read for names, tasks and courses to avoid (heldout137..140 are written at the same time and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 137)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 多伦 (the 山西 and 河北 families who came with the
# 山西会馆 trade: 乔 阎 郝 薛 霍 常 贾 武, and the Mongolian families who took 包 白 韩 as surnames),
# 丹江口 (the 汉江 valley: 王 李 张 刘 陈 and 饶 柯 祝 余 万 汪 程 罗), 琼中 (the Li and Miao families of the
# 黎母山: 王 黄 符 吉 陈 林 邢 卓 羊, 邓 蒋 盘 of the Miao)
SURNAMES = {
    "dl": list("王王王李李李张张张刘刘赵赵杨郭高贾武乔阎郝薛霍常包包白韩"),
    "dj": list("王王王李李李张张刘刘陈陈杨黄周胡吴徐朱余郭罗程祝柯饶万汪"),
    "qz": list("王王王王黄黄黄符符符陈陈李李吉吉林邢卓羊胡邓蒋盘钟"),
}
# given names: a new list, everyday names of students born around 2007-2009
GIVEN2 = ("润东 志恒 雅楠 景行 文博 浩宁 婉清 雨萌 俊峰 思远 泽林 嘉树 子墨 沐阳 晨熙 宇辰 诗琪 欣彤 语嫣 梓桐 "
          "一航 书豪 若溪 思妍 昕悦 雨彤 俊逸 嘉伟 思成 雨航 梓萱 浩宇 可馨 俊熙 语桐 佳豪 明杰 晓雪 婧怡 "
          "文慧 家乐 雨晴 子健 诗涵 嘉怡 俊宏 海涛 亚琳 秋菊 少杰 世豪 钰婷 晓敏 乐瑶 天宇 鸿飞 志鹏 "
          "宏达 振宇 博涵 锦辉 铭轩 皓宇 梓涵 芷涵 欣妍 子萱 鑫宇 宇航 浩天 晨阳 佳琪 雨欣 佳怡 思彤 "
          "明远 国豪 治国 泽凯 昊宇 润泽 承志 瑞祥 兴旺 永康 建宇 凯瑞 晓峰 海鹏 俊凯 远航 朝阳 少华 "
          "美玲 丹丹 婷婷 慧敏 静雯 晓琳 雅静 梦瑶 紫嫣 馨予 欣蕾 思琦 倩倩 雨婷 悦欣 佳慧 海燕 春燕 "
          "子豪 宇翔 嘉骏 家俊 逸飞 文轩 星辰 天赐 奕铭 启航 锐锋 睿杰 展鹏 乐天 永辉 德福 金宝 玉龙 "
          "心语 可欣 芮溪 诗雨 夏晴 瑾萱 楚楚 菲菲 蕊蕊 晓月 云霞 小凤 玉洁 秀丽 春梅 丽娟 艳红 亚妹").split()
GIVEN1 = list("涛鹏杰磊娜敏婷洋")
MALE = set(("润东 志恒 景行 文博 浩宁 俊峰 思远 泽林 嘉树 子墨 沐阳 晨熙 宇辰 一航 书豪 俊逸 嘉伟 思成 雨航 浩宇 俊熙 佳豪 明杰 "
            "家乐 子健 俊宏 海涛 少杰 世豪 天宇 鸿飞 志鹏 宏达 振宇 博涵 锦辉 铭轩 皓宇 鑫宇 宇航 浩天 晨阳 明远 国豪 治国 "
            "泽凯 昊宇 润泽 承志 瑞祥 兴旺 永康 建宇 凯瑞 晓峰 海鹏 俊凯 远航 朝阳 少华 子豪 宇翔 嘉骏 家俊 逸飞 文轩 星辰 "
            "天赐 奕铭 启航 锐锋 睿杰 展鹏 乐天 永辉 德福 金宝 玉龙 涛 鹏 杰 磊 洋 "
            "浩然 一帆 海洋 子轩 梓豪 俊豪 少东 子扬 亚光 亚弟 巴特尔").split())


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
 "belt": dict(major="机电一体化技术", code="0127", course="带式输送系统电气控制装调", task="聚烯烃成品包装线皮带输送机PLC控制系统安装与调试",
   hours=20, station="机电设备装调一体化学习工作站",
   situation="多伦县煤化工园区一家聚烯烃企业的成品包装车间里，2号皮带输送机一直用继电器控制。冬天车间温度低，接触器触点经常粘连，跑偏开关和拉绳开关动作后皮带不能及时停下。设备科请机电班学员把这台输送机改为PLC控制：绘制电气原理图和I/O分配表，安装接线，编写启停、顺序联锁、跑偏报警和拉绳急停程序，通电调试后交车间电工班验收。",
   qs=[("问题1 跑偏开关为什么分轻跑偏和重跑偏两级？", ["轻跑偏只报警，提醒巡检工调整托辊；重跑偏说明皮带快要撕边，必须立即停机。", "轻跑偏报警，重跑偏停机。", "重跑偏会撕边，要停机。"]),
       ("问题2 拉绳急停开关为什么接常闭触点？", ["常闭触点断线时也能让PLC检测到断开并停机，故障时偏向安全。", "断线也能停机，偏向安全。", "常闭，断线就停。"])],
   hw=[("1. 多台皮带顺序启动为什么要逆物料方向？", ["先启动下游皮带，上游来的料才有地方去，不会在转载点堆料压死皮带。", "下游先开，不堆料。", "避免转载点堆料。"]),
       ("2. 冬季车间低温对接线有什么影响？", ["导线绝缘层变硬容易开裂，接线端子要压紧，线槽里留出余量。", "绝缘变硬易裂。", "端子压紧，留余量。"])],
   outputs=[("I/O分配与接线检查记录", "输入12点，输出8点，接线检查无误。"), ("顺序联锁程序调试记录", "逆物料方向启动，顺物料方向停止，延时5秒。")]),
 "fall": dict(major="健康与社会照护", code="0529", course="居家老年人安全照护", task="牧区独居老人冬季居家防跌倒风险评估与环境改造指导",
   hours=16, station="老年照护一体化学习工作站",
   situation="入冬以后，多伦县一些嘎查的独居老人出门取牛粪、打水时路面结冰，屋里地面又不平，炉子旁边堆着杂物，去年冬天有三位老人在家里摔倒。嘎查卫生室请照护班学员跟随卫生室医生入户，用跌倒风险评估表给老人做评估，查看居室环境，提出防滑、照明和扶手等改造建议，教老人正确起身、行走和使用助行器，并填写入户探访记录。",
   qs=[("问题1 入户评估前为什么要先和老人拉家常？", ["老人一个人住，对陌生人有戒心，先聊家常让老人放松，评估时才肯说实话。", "让老人放松，肯说实话。", "老人有戒心，先聊聊。"]),
       ("问题2 居室里哪些地方最容易让老人跌倒？", ["门槛、炉子旁的杂物、结冰的门口和夜里没有灯的去厕所的路。", "门槛和结冰的门口。", "夜里没灯的路。"])],
   hw=[("1. 老人摔倒后怎样自己安全起身？", ["先别急着起来，检查有没有哪里疼，再侧身、跪起，扶着结实的椅子慢慢站起来。", "先检查，再侧身跪起。", "扶椅子慢慢站。"]),
       ("2. 冬季外出要提醒老人注意什么？", ["穿防滑的棉鞋，出门带拐杖，雪后不要一个人去远处取水。", "穿防滑鞋，带拐杖。", "雪后别一个人出门。"])],
   outputs=[("入户探访记录", "跌倒风险评估得分12分，属高风险。"), ("居家环境改造建议单", "门口铺防滑垫，炉子旁加装扶手，床头装小夜灯。")]),
 "gearbox": dict(major="汽车维修", code="0403", course="汽车自动变速器检修", task="家用轿车保修期内自动变速器换挡冲击故障诊断与三包索赔鉴定",
   hours=18, station="汽车传动系统检修一体化学习工作站",
   situation="丹江口一位车主的家用轿车刚跑了两万多公里，还在保修期内，最近从二挡升三挡时车身明显一顿，冷车时更严重。合作的4S店把车交给学校的售后实训车间，请汽修班学员接车问诊，读取故障码和数据流，测量主油路油压，路试确认换挡冲击，判断是否属于三包范围，填写索赔鉴定单，并向车主说明处理方案。",
   qs=[("问题1 路试时怎样确认换挡冲击？", ["冷车和热车各跑一次，记录升挡时的车速和发动机转速，感觉车身有没有明显的顿挫。", "冷车热车各跑一次。", "记录升挡车速和转速。"]),
       ("问题2 判断是否属于三包要看哪些资料？", ["购车发票日期、行驶里程、保养记录，以及故障是不是由质量问题引起的。", "购车日期和里程。", "保养记录和故障原因。"])],
   hw=[("1. 主油路油压过低会出现什么现象？", ["离合器和制动器打滑，换挡迟缓，严重时车辆起步无力。", "打滑，换挡迟缓。", "起步无力。"]),
       ("2. 向车主解释索赔结果时要注意什么？", ["用车主听得懂的话说明故障原因，告诉他维修时间和费用由谁承担。", "说清故障原因。", "说明费用谁承担。"])],
   outputs=[("三包索赔鉴定单", "换挡电磁阀卡滞，属于质量故障。"), ("维修竣工检验单", "路试二升三挡平顺，无故障码。")]),
 "wudang": dict(major="饭店(酒店)服务", code="0504", course="前厅团队接待服务", task="武当山脚度假酒店旅游团队快速入住与行李分送服务",
   hours=14, station="酒店前厅服务一体化学习工作站",
   situation="暑假是武当山的旅游旺季，山脚一家度假酒店每天下午要接待五六个旅游团，团队下车后在大堂排长队，行李送错房间的投诉也不少。酒店前厅经理请酒店班学员和前厅员工一起，提前根据团队名单分房、准备房卡袋，团队到店时十分钟内完成入住登记，并把行李按房号分送到房间。",
   qs=[("问题1 团队到店前要做好哪些准备？", ["核对团队名单和用房数，提前分好房，把房卡、早餐券装进写好房号的信封。", "提前分房，准备房卡袋。", "核对名单和用房数。"]),
       ("问题2 行李分送时怎样避免送错房间？", ["每件行李挂上写有房号的行李牌，送到房间前再和分房表核对一次。", "挂行李牌，核对分房表。", "送前再核对。"])],
   hw=[("1. 导游要求调换房间时怎么处理？", ["先查看可调换的房型，告知导游差价，征得同意后重新登记并更新分房表。", "查房型，告知差价。", "更新分房表。"]),
       ("2. 团队客人行李多时怎样安排人手？", ["按楼层分组，每组一名行李员，一辆行李车负责两个楼层。", "按楼层分组。", "一辆车管两层。"])],
   outputs=[("团队入住分房表", "共用房二十二间，十分钟完成登记。"), ("行李分送登记", "行李四十四件，全部送达无误。")]),
 "qiaozui": dict(major="电子商务", code="0603", course="网店商品上新与运营", task="丹江口翘嘴鲌真空礼盒网店上新与详情页文案策划",
   hours=16, station="电子商务运营一体化学习工作站",
   situation="丹江口库区的翘嘴鲌肉质细嫩，当地一家渔业合作社做了真空包装的礼盒，想在网店上新。合作社负责人请电商班学员做竞品调研和SWOT分析，拍摄商品图片，设置SKU和价格，撰写详情页文案，上架后跟踪一周的访客和转化数据，写出优化建议。",
   qs=[("问题1 做竞品调研要看哪些数据？", ["同类礼盒的价格、销量、评价里顾客最在意的问题，还有详情页怎样介绍产地。", "价格、销量和评价。", "看顾客最在意什么。"]),
       ("问题2 为什么一个商品要设置多个SKU？", ["同一种鱼有单条装和两条装，不同规格价格不同，分SKU顾客才好选择，库存也好管理。", "规格不同，价格不同。", "库存好管理。"])],
   hw=[("1. 详情页首屏应该放什么？", ["产地水库的实景图、礼盒外观和一句最打动人的卖点，比如一库清水养出的鱼。", "产地实景和礼盒。", "一句卖点。"]),
       ("2. 上新第一周转化率低怎么办？", ["检查主图和价格，对比竞品，调整首屏卖点，再用小额优惠券测试。", "检查主图和价格。", "用优惠券测试。"])],
   outputs=[("SKU上架表", "三个SKU，首周访客二千一百人。"), ("详情页文案与优化建议", "首屏改为水库实景，转化率提高一个百分点。")]),
 "yizhi": dict(major="中药", code="1301", course="南药饮片炮制", task="南药益智仁盐炙炮制与调剂分装",
   hours=16, station="中药炮制一体化学习工作站",
   situation="益智是琼中出产的南药，县中医院的中药房每年要用上百公斤盐益智仁。药房主任请中药班学员到黎母山下的种植基地认药，回校后按炮制规范完成益智仁的去壳、盐水拌润和文火炒制，检查饮片质量，再按处方调剂分装，贴好药袋标签交给药房复核。",
   qs=[("问题1 益智仁为什么要用盐水炙？", ["盐炙能引药入肾，增强温肾固精缩尿的作用，还能缓和辛燥之性。", "引药入肾。", "缓和辛燥。"]),
       ("问题2 炒制时怎样控制火候？", ["用文火，不停翻炒，炒到表面微鼓起、颜色变深、有香气就出锅。", "文火，不停翻炒。", "微鼓起有香气出锅。"])],
   hw=[("1. 盐炙时每100公斤益智仁用多少食盐？", ["用食盐2公斤，先加适量开水溶化，滤过后拌润。", "食盐2公斤。", "盐加水溶化滤过。"]),
       ("2. 药袋标签上必须写哪些内容？", ["患者姓名、处方号、药名、剂量、用法、调剂人和核对人。", "姓名、用法和剂量。", "调剂人和核对人。"])],
   outputs=[("盐益智仁药袋标签（调剂分装）", "每袋10克，一日两次。"), ("炮制质量检查记录", "表面棕褐色，微有焦斑，味微咸。")]),
 "zhutong": dict(major="烹饪(中式烹调)", code="0501", course="黎族风味菜制作", task="黎家山兰米竹筒饭与椰汁山鸡宴席出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="琼中黎母山脚的一家农家乐每逢节假日都要办黎家长桌宴，竹筒饭和椰汁山鸡是必上的两道菜。农家乐的掌勺师傅请烹饪班学员备料：选新鲜山竹截成竹筒，把山兰米和腊肉丁装筒，用芭蕉叶封口后烤制；山鸡斩块后用椰汁慢炖，控制上菜时间，并做好成本核算。",
   qs=[("问题1 竹筒饭为什么要选新鲜山竹？", ["新鲜竹子里有竹汁，烤的时候香味渗进米饭里，竹筒也不容易烤裂。", "有竹汁，香味进米饭。", "不容易烤裂。"]),
       ("问题2 椰汁山鸡为什么要小火慢炖？", ["山鸡肉紧，大火容易柴，小火慢炖鸡肉酥烂，椰汁也不会煮分离。", "山鸡肉紧，小火才酥。", "椰汁不分离。"])],
   hw=[("1. 竹筒饭的水和米怎样配比？", ["山兰米泡两小时，米和水一比一点二，装到竹筒的七成满。", "一比一点二。", "装七成满。"]),
       ("2. 怎样判断竹筒饭已经烤熟？", ["竹筒表面烤焦发黑，摇动时听不到水响，闻到竹香就熟了。", "摇动没有水响。", "闻到竹香。"])],
   outputs=[("竹筒饭出品记录", "烤制四十分钟，出品三十筒。"), ("椰汁山鸡出品记录", "慢炖五十分钟，鸡肉酥烂。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="多伦县滦源技工学校", pack="dir", region="dl", course="belt", cls="机电2301班", size=40, seed=11,
         sidp="2315012701", students=["乔润东", "薛志恒", "包若岚"], items={12: ["乔润东", "薛志恒", "武浩宁"]},
         outsiders={"武浩宁": "机电2302班"}, out_sid={"武浩宁": "231501270217"},
         extra_class=["霍铭川"], bad={"霍铭川": "over"}, others_named=["郭宝山"],
         teachers=["常建军", "阎丽萍"], form_count="40",
         f8="five_w", f10="pairs", f11="plc_typed", f12="xinde",
         findings=[("students.mismatch", 12, True), ("students.not_in_class", 12, True, "武浩宁"),
                   ("records.invalid_score", 10, False, "霍铭川")],
         comment="item 12 (hand-written 实训心得 pages, scanned 1-bit 200) holds the reflections of 乔润东, 薛志恒 and 武浩宁 of "
                 "the parallel class 机电2302班 (his class and 学号 231501270217 written under his page) instead of 包若岚's "
                 "(items 8 and 11 hold the three): students.mismatch and students.not_in_class (武浩宁; no item-10 record). "
                 "Item 10 (scanned 250 gray, a lens cloth on the glass, LANDSCAPE) is a 应得分/实得分 register: every part has two "
                 "sub-columns, the maximum repeated in the 应得分 cell of every row; 霍铭川 has 实得分 24 beside 应得分 20 under "
                 "元件安装 (总分 the sum of the 实得分): records.invalid_score. Item 8 (scanned 200 gray): a 5W1H 任务分析 box, "
                 "the student only in the `Who 谁来做` row (执行人, by hand), the plant's electrician 郭宝山 named as 配合人; "
                 "item 11 (typed): 调试人 the student, 验收人 郭宝山. No roster"),
    dict(school="多伦县滦源技工学校", pack="dir", region="dl", course="fall", cls="照护2401班", size=36, seed=12,
         sidp="2415052901", students=["巴特尔·其木格", "贾沐秋", "高雨萌"],
         others_named=["包银凤", "王占山", "韩凤兰", "宝音图"], timetable_teachers=["孟繁芝", "冀红梅", "邸振国", "萨茹拉"],
         teachers=["乌仁图雅", "郝秀云"], headteacher="武俊峰", form_count="36人（其中蒙古族9人）", roster="timetable",
         f8="traffic", f10="wrap_typed", f11="visit_typed", f12="photo_hand",
         findings=[],
         comment="clean. A Mongolian student with a middle dot (巴特尔·其木格, one of the three; her name wraps onto two lines "
                 "(`巴特尔·其` / `木格`) in the narrow 姓名 cell of the typed register), a Mongolian teacher with no surname (乌仁图雅). The roster is a "
                 "课程表及学生名单: the week's timetable with the 任课教师 of every course (孟繁芝, 冀红梅, 邸振国, 萨茹拉, the two "
                 "teachers), then the 36 students four pairs a row (学号 | 姓名), the head teacher 武俊峰 at the foot; 36 = form "
                 "`36人（其中蒙古族9人）` = item 10. Elders 包银凤, 王占山, 韩凤兰 (评估对象 / 探访对象) and the 嘎查 doctor 宝音图 "
                 "(陪同) on items 8 and 11. Item 8 (colour scan 200, lens cloth): a 红黄绿 traffic-light self-check per step"),
    dict(school="丹江口市沧浪技工学校", pack="gbkzip", region="dj", course="gearbox", cls="汽修2301班", size=41, seed=21,
         sidp="2342040301", students=["饶俊逸", "柯嘉伟", "万承霖"], items={12: ["饶俊逸", "柯嘉伟", "万承霖", "祝雨航"]},
         extra_class=["祝雨航", "汪泽凯"], absent_from_10=["汪泽凯"], others_named=["胡启松", "罗显勇"],
         teachers=["程冠英", "余沁梅"], form_count="41",
         f8="workshop_head", f10="stations_mono", f11="sanbao_typed", f12="inkpaste_photo",
         findings=[("students.count", 12, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos with an open 印泥 box lying on the sheets) holds the homework of FOUR students: the "
                 "three and classmate 祝雨航 (with an item-10 record): students.count on 12; students.mismatch optional. The form "
                 "writes the class `2023级汽车维修专业1班（中级工·三年制）` and `班级人数 | 41`; item 10 (scanned 1-bit 300) lists 40 "
                 "(汪泽凯 has no row; no roster): records.count_mismatch. Item 11 (typed): a 三包索赔鉴定单, the owner 胡启松 and the "
                 "dealer's claims clerk 罗显勇 named, `鉴定人（学员）` the student"),
    dict(school="丹江口市沧浪技工学校", pack="gbkzip", region="dj", course="wudang", cls="酒店2401班", size=38, seed=22,
         sidp="2442050401", students=["祝梓萱", "周筱溪", "黄嘉骏"], others_named=["陈诗槐", "郭淑珍", "李培钧", "杨婉蓉", "万芳华"],
         teachers=["吴绍琼", "朱鹤年"], form_count="38人", corrections=2,
         f8="duty_head", f10="mentor_weighted", f11="rooming_typed", f12="hand_scan",
         findings=[],
         comment="clean. Item 10 (colour scan 200) weighs a 校内教师评分 (100) at 60 % and the hotel's 企业导师评分 (100, the front "
                 "office manager 万芳华 named in the head) at 40 %: `总评＝校内×60%＋企业×40%`, one decimal, explained under the "
                 "table; two rows corrected in red by hand (the printed mark struck, the new mark beside it, the 总评 corrected "
                 "too, `更正处经评分教师签字`). 38 rows = form `38人`. The tour guide 陈诗槐 and guests 郭淑珍, 李培钧, 杨婉蓉 on "
                 "items 8 and 11"),
    dict(school="丹江口市沧浪技工学校", pack="gbkzip", region="dj", course="qiaozui", cls="电商2401班", size=38, seed=23,
         sidp="2442060301", students=["余思妍", "罗晓萱", "张煜麟"], outsiders={"罗晓萱": "电商2402班"}, out_sid={"罗晓萱": "244206030209"},
         others_named=["杨长海"], teachers=["徐蕴秋", "黄启川"], form_count="38",
         f8="swot", f10="shop_typed", f11="sku_typed", f12="photo_hand2",
         findings=[("students.not_in_class", 8, True, "罗晓萱")],
         comment="罗晓萱 of the parallel class 电商2402班 (her class and 学号 244206030209 on her SWOT worksheet, on the SKU sheets "
                 "and on her homework) is the third student of 8/11/12; item 10 (typed, 38 rows = form) has no record of her: "
                 "students.not_in_class. Item 8 (colour scan 200): a SWOT 分析 worksheet, `分析人` at the top right by hand. "
                 "Item 11 (typed): SKU 上架表, the student as 上架人 on every row, the cooperative's head 杨长海 as 供货方"),
    dict(school="琼中黎族苗族自治县黎母山技工学校", pack="zip", region="qz", course="yizhi", cls="中药2401班", size=39, seed=31,
         sidp="2446130101", students=["吉文慧", "邢乐淇", "卓雨晴"], extra_class=["符晓敏"], absent_from_10=["符晓敏"],
         others_named=["王亚光", "黄亚弟", "吉亚娘", "陈少英"], teachers=["王秀蝉", "黄明德"], headteacher="陈秀芳",
         form_count="39人", roster="herb_trip",
         f8="plain_lens", f10="batch_typed", f11="label_typed", f12="herb_card",
         findings=[("records.missing_student", 10, False, "符晓敏"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 黎母山采药认药野外实践分组名单: five groups, each with its local guide 向导 王亚光 / 黄亚弟 and a "
                 "teacher, 39 students) and the form (`39人`) hold 符晓敏; item 10 (TYPED) has 38 rows and none for her: "
                 "records.missing_student and records.count_mismatch. Item 11 (typed): sheets of four 药袋标签, `调剂人` the "
                 "student, `核对人` a teacher, the patients 吉亚娘 and 陈少英 named. Item 12: photographed 药材识别卡 "
                 "(药名/性味/归经/功效, a sketch box, the name at the foot). Item 8 scanned 200 gray with a lens cloth"),
    dict(school="琼中黎族苗族自治县黎母山技工学校", pack="zip", region="qz", course="zhutong", cls="烹饪2401班", size=40, seed=32,
         sidp="2446050101", students=["羊诗琪", "钟嘉怡", "林铎言"], items={11: ["羊诗琪", "钟嘉怡", "蒋承志"]},
         extra_class=["蒋承志", "邓炜彬"], bad={"邓炜彬": "sum"}, pos={"邓炜彬": 14}, others_named=["王亚福", "符德清"],
         teachers=["林海鹰", "邢成才"], form_count="40名",
         f8="master_mono", f10="photo_inkpaste", f11="dish_typed", f12="hand_scan250",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "邓炜彬")],
         comment="item 11 (typed 出品记录) holds the records of 羊诗琪, 钟嘉怡 and classmate 蒋承志 (with an item-10 record) instead of "
                 "林铎言's (items 8 and 12 hold the three): students.mismatch. Item 10 is a PHONE PHOTO of the printed register "
                 "(an open 印泥 box on the sheet): 邓炜彬's 总分 is 6 above the sum of his parts: records.invalid_score. 40 rows = "
                 "form `40名`. The farm-restaurant master 王亚福 (掌勺师傅) and the customer 符德清 (宴席预订人) named on items 8/11"),
]

PROVINCE = {1: "内蒙古自治区锡林郭勒盟多伦县", 2: "湖北省十堰市丹江口市", 3: "海南省琼中黎族苗族自治县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 多伦: "8．工作页.pdf" (full-width full stop)
        return "%d．%s.pdf" % (n, NAMES[n])
    if g == 2:   # 丹江口: "08 工作页（汽修2301班）.pdf"
        return "%02d %s（%s）.pdf" % (n, NAMES[n], s["cls"])
    return "%d_%s.pdf" % (n, NAMES[n])   # 琼中: "8_工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂项目申报书（%s）.docx" % c["major"], "docx"),
            2: ("%s-%s-申报书.pdf" % (s["school"].replace("丹江口市", ""), c["course"]), "pdf"),
            3: ("申报书（%s）.docx" % s["cls"], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.8cm 1.6cm")
    extra = " p{margin-top:0;margin-bottom:3pt}" if compact else ""
    return ('<html><head><meta charset="utf-8"><style>@page{%s}%s body{font-family:"%s";font-size:%s}</style></head><body>\n%s\n'
            '</body></html>\n' % (page, extra, font, size, body))


LANDSCAPE = "size:29.7cm 21cm;margin:0.9cm 1.0cm"
PB = '<p style="page-break-before:always"></p>'
BLUE, BLACK = "#22306a", "#141414"
RED = 'style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:13pt"'
UKAI, WENKAI = "AR PL UKai CN", "LXGW WenKai"


def hand(x, small=False, ink=BLUE, size=None, font=UKAI):
    return '<span style="font-family:\'%s\';color:%s;font-size:%s">%s</span>' % (
        font, ink, size or ("13pt" if small else "15pt"), x)


def redhand(x, size="12pt"):
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

def form_rows(s, c):
    g = grp(s)
    if s["course"] == "belt":   # 多伦 机电: the official row 授课年级 | 授课班级 | 班级人数 split in two-cell rows
        return [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("授课学习任务名称", c["task"]),
                ("授课年级", "2023级"), ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课实训室", c["station"])]
    if s["course"] == "fall":
        return [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("授课学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    if s["course"] == "gearbox":   # the class written with its level and length of study
        return [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("培养层级", "中级工"), ("授课班级", "2023级汽车维修专业1班（中级工·三年制）"), ("班级人数", s["form_count"]),
                ("工位数", "12")]
    if g == 2:
        if s["course"] == "qiaozui":
            return [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                    ("授课班级（人数）", "%s（%s人）" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
        return [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    return [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
            ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]


def form_count_text(s):
    c = C[s["course"]]
    for a, b in form_rows(s, c):
        if a in ("班级人数", "学生人数", "授课班级（人数）"):
            return "%s | %s" % (a, b)
    raise SystemExit("no count row")


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称/职业技能等级", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导、考核"] for i, n in enumerate(t)]
    info = tbl([[a, (b, ' align="left"')] for a, b in form_rows(s, c)], width="92%", pad="4px 6px")
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、目标与内容</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、创新与特色</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、授课教师诚信承诺</h3><p>本人已认真填写并检查以上材料，保证内容真实有效。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="80%"), situation=c["situation"], prov=PROVINCE[g])
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


def answers(c, rng, i, ink=BLUE, font=UKAI):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink, font=font), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("out_sid", {}):
        return s["out_sid"][n]
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
        if f == "five_w":   # a 5W1H box; the student only in the Who row
            box = tbl([["What 做什么", ("2号皮带输送机由继电器控制改为PLC控制：启停、顺序联锁、跑偏报警、拉绳急停", ' align="left"')],
                       ["Why 为什么", ("接触器低温粘连，跑偏、拉绳动作后皮带停不下来", ' align="left"')],
                       ["Where 在哪里", ("园区聚烯烃成品包装车间；学校机电实训室模拟台", ' align="left"')],
                       ["When 什么时候", (hand(day(s, i), True), ' align="left"')],
                       ["Who 谁来做", ("执行人：%s（%s，学号%s）　配合人：车间电工班长 %s" % (hand(n), hand(cl, True), hand(sid, True), s["others_named"][0]), ' align="left"')],
                       ["How 怎么做", (hand(["先画原理图和I/O表，再接线，最后分段调试。", "按图接线，先空载再带载调试。", "分组分工，接线后互查再通电。"][i % 3], True), ' align="left"')]],
                      width="100%", pad="4px 6px")
            body = (title + '<p><b>一、任务分析（5W1H）</b></p>' + box + sit + answers(c, rng, i) +
                    '<p><b>三、自检结果：</b>%s</p>' % hand(["接线牢固，标号齐全。", "急停回路已测试。", "I/O对照无误。"][i % 3], True) + comment)
        elif f == "traffic":   # each step with a red / yellow / green self-check, the learner on one line
            steps = [("1", "入户问候，说明来意，核对老人身份"), ("2", "用评估表询问跌倒史、用药和视力"), ("3", "查看门口、炉旁、厕所路线和床边"),
                     ("4", "示范起身、行走和助行器使用"), ("5", "填写探访记录，约定回访时间")]
            lights = ('<span style="color:#c0261d">●红</span>　<span style="color:#d9a400">●黄</span>　<span style="color:#238a2e">●绿</span>')
            rows = [["步骤", "操作要点", "自查（红：不会　黄：基本会　绿：熟练）", "勾选"]]
            for k, (a, b) in enumerate(steps):
                pick = ["绿", "绿", "黄", "绿", "黄"][(k + i) % 5]
                rows.append([a, (b, ' align="left"'), lights, hand("√" + pick, True)])
            body = (title + '<p>学习者：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)) +
                    '<p>评估对象：%s　　陪同：嘎查卫生室医生 %s</p>' % (s["others_named"][i % 3] + "（%d岁，独居）" % (76 + 3 * i), s["others_named"][3]) +
                    sit + '<p><b>【操作步骤与交通灯自查】</b></p>' + tbl(rows, width="100%", pad="3px 4px") + answers(c, rng, i) + comment)
        elif f == "workshop_head":   # a workshop-style head: 学员 | 工号 | 班组 | 车辆
            head = tbl([["学　员", hand(n, True), "工号（学号）", hand(sid, True)], ["班　组", hand(cl + "第%s组" % "一二三"[i % 3], True), "车　辆", hand("鄂C·%s****" % "ABD"[i % 3], True)]],
                       width="92%", pad="4px 6px")
            body = (title + head + sit + answers(c, rng, i) +
                    '<p><b>故障码记录：</b>%s</p>' % hand(["P0752 换挡电磁阀B卡滞", "P0752、P0700", "P0752（偶发）"][i % 3], True) + comment)
        elif f == "duty_head":   # the front-office duty head: 当班岗位 | 学员 | 学号 | 带班经理
            head = tbl([["当班岗位", hand(["接待员", "行李员", "接待员"][i % 3], True), "学员", hand(n, True)],
                        ["班　级", hand(cl, True), "学号", hand(sid, True)], ["带班经理", s["others_named"][4], "日期", hand(day(s, i), True)]],
                       width="90%", pad="4px 6px")
            body = (title + head + sit +
                    '<p>今日到店团队：“武当问道”三日游，导游 %s，团员 %d 人（联系人 %s）</p>' % (s["others_named"][0], 40 + 2 * i, s["others_named"][1 + i % 3]) +
                    answers(c, rng, i) + comment)
        elif f == "swot":   # SWOT grid; the analyst at the top right
            grid = tbl([["<b>S 优势</b><br/>" + hand(["一库清水，鱼肉细嫩无土腥味", "库区原产地，真空锁鲜", "合作社直供，价格实在"][i % 3], True),
                         "<b>W 劣势</b><br/>" + hand(["知名度低，冷链运费高", "包装单一，没有小规格", "网店刚开，评价少"][i % 3], True)],
                        ["<b>O 机会</b><br/>" + hand(["节日送礼需求大", "短视频平台流量扶持", "水源地概念受关注"][i % 3], True),
                         "<b>T 威胁</b><br/>" + hand(["同类礼盒多，价格战", "夏季物流易变质", "竞品评价多"][i % 3], True)]],
                       width="100%", pad="10px 8px", align="left")
            body = ('<p style="text-align:right">分析人：%s　班级：%s　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)) +
                    title + sit + '<p><b>一、竞品与自身SWOT分析</b>（供货方：库区渔业合作社，负责人 %s）</p>' % s["others_named"][0] + grid +
                    answers(c, rng, i) + comment)
        elif f == "plain_lens":   # 姓名：＿ 学号：＿ 班级：＿, the base's guide named
            head = '<p>姓名：＿%s＿　学号：＿%s＿　班级：＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = (title + head + "<p>认药向导：种植基地 %s　　实训日期：%s</p>" % (s["others_named"][i % 2], day(s, i)) + sit + answers(c, rng, i) + comment)
        elif f == "master_mono":   # plain line, the master named
            head = '<p>班级：%s　　姓名：%s　　学号：%s</p>' % (hand(cl, True), hand(n), hand(sid, True))
            body = (title + head + "<p>企业导师：%s（农家乐掌勺师傅）　　宴席预订人：%s</p>" % (s["others_named"][0], s["others_named"][1]) + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"five_w": "x-scanpdf:200", "traffic": "x-scanpdf:200:color:lenscloth", "workshop_head": "x-scanpdf:250",
            "duty_head": "x-scanpdf:200:color", "swot": "x-scanpdf:200:color", "plain_lens": "x-scanpdf:200:lenscloth",
            "master_mono": "x-scanpdf:200:mono"}[f]
    font = {"workshop_head": "Noto Sans CJK SC", "swot": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


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
    if f == "pairs":   # every part 应得分 | 实得分, the maximum repeated in every row
        parts = [("电路识读", 15), ("元件安装", 20), ("接线工艺", 25), ("程序编写", 25), ("通电调试", 15)]
        h1 = "<tr>%s%s</tr>" % ("".join(td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ["序号", "学号", "姓名"]),
                                "".join(td("<b>%s</b>" % p, ' align="center" colspan="2"', pad) for p, _ in parts) +
                                td("<b>总分</b>", ' align="center" rowspan="2"', pad) + td("<b>签名</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>%s</b>" % x for x in ["应得分", "实得分"] * len(parts)], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 24
            cells = []
            for (p, m), x in zip(parts, v):
                cells += [str(m), str(x)]
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(sum(v)), ""], pad))
        body = (head10(s, c, "学习任务考核评分表（应得分／实得分）") + table(out) +
                "<p>说明：应得分为该项配分，实得分为学生实际得分，总分为各项实得分之和。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page=LANDSCAPE), "x-scanpdf:250:lenscloth"
    if f == "wrap_typed":   # a narrow 姓名 column (a long name wraps), 等级
        parts = [("风险评估", 20), ("沟通交流", 20), ("环境改造建议", 25), ("起身行走指导", 25), ("记录", 10)]
        out = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"%s' % w, pad) for x, w in
                                       [("序号", ""), ("学号", ""), ("姓名", ' width="9%"')] + [("%s<br/>(%d)" % p, "") for p in parts] + [("总分", ""), ("等级", "")])]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.65, 0.97)
            tot = sum(v)
            lv = "优秀" if tot >= 85 else ("良好" if tot >= 75 else "合格")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), lv], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>等级：85分及以上优秀，75—84分良好，60—74分合格。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "stations_mono":   # three stations, each with its examiner letter, the test car's plate
        parts = [("接车问诊", 10), ("解码与数据流", 20), ("主油路油压测试", 25), ("换挡品质路试", 20), ("索赔资料填写", 15), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "实训车辆"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "%d号车" % (1 + k % 6)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩记录") + table(out) + "<p>实考人数：%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:300:mono"
    if f == "mentor_weighted":   # 校内 and 企业导师 marks weighted 60/40, two red corrections
        parts = [("仪容仪表", 10), ("分房与房卡准备", 25), ("团队登记", 30), ("行李分送", 25), ("应变处理", 10)]
        hd = ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["校内评分<br/>(100)", "企业导师评分<br/>(100)", "总评"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        ncorr = s.get("corrections", 0)
        corr_rows = set(rng.sample(range(4, len(rec) - 2), ncorr))
        s["_corr"] = {}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.66, 0.96)
            school = sum(v)
            ent = int(round(rng.uniform(70, 95)))
            tot = round(school * 0.6 + ent * 0.4, 1)
            cells = [str(x) for x in v]
            if k in corr_rows:   # the printed 行李分送 mark struck, a new mark in red; the totals corrected too
                old = v[3] - rng.randint(3, 5)
                old_school = school - v[3] + old
                old_tot = round(old_school * 0.6 + ent * 0.4, 1)
                cells[3] = '<s>%d</s> %s' % (old, redhand(str(v[3])))
                sc = '<s>%d</s> %s' % (old_school, redhand(str(school)))
                tt = '<s>%.1f</s> %s' % (old_tot, redhand("%.1f" % tot))
                s["_corr"][n] = "行李分送 %d→%d, 校内 %d→%d, 总评 %.1f→%.1f" % (old, v[3], old_school, school, old_tot, tot)
            else:
                sc, tt = str(school), "%.1f" % tot
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [sc, str(ent), tt], pad))
        body = (head10(s, c, "学习任务考核成绩表（双导师评价）") + "<p>企业导师：%s（酒店前厅经理）</p>" % s["others_named"][4] + table(out) +
                "<p>说明：校内评分为五项之和；总评＝校内评分×60%%＋企业导师评分×40%%，保留一位小数。更正处经评分教师签字：%s</p>" % redhand(t[0]) + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200:color"
    if f == "shop_typed":   # a typed table with the group's shop name
        parts = [("竞品调研", 15), ("商品拍摄", 20), ("SKU与定价", 20), ("详情页文案", 30), ("数据复盘", 15)]
        shops = ["库区鲜生", "汉水渔家", "一库清水", "沧浪鱼铺", "水都鲜礼", "丹江好鱼"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "店铺（组）"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, shops[k % 6]] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "batch_typed":   # a typed table with the batch number each student fried
        parts = [("净制去壳", 15), ("盐水拌润", 20), ("文火炒制", 35), ("质量检查", 15), ("调剂分装", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "炮制批号"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "YZ2411-%02d" % (1 + k // 8)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "photo_inkpaste":   # a printed register photographed on the teacher's desk
        parts = [("备料", 15), ("装筒封口", 20), ("烤制火候", 25), ("椰汁炖鸡", 25), ("出品与卫生", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True, page="margin:1.0cm 1.5cm 5.6cm 1.5cm"), "x-scanpdf:200:photo:inkpaste"
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
            if f == "plc_typed":   # 调试人 and the plant's electrician as 验收人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["设备", "2号皮带输送机", "PLC型号", "S7-200 SMART"], ["调试人", "%s（%s）" % (n, cl), "学号", sid],
                                  ["验收人", "%s（车间电工班长）" % s["others_named"][0], "日期", day(s, 30 + i)],
                                  ["结论", (desc, ' colspan="3" align="left"')]], width="92%"))
            elif f == "visit_typed":   # 入户探访记录: elder, 陪同 doctor, 探访员 the student
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["探访对象", s["others_named"][i % 3], "年龄", "%d岁" % (76 + 3 * i)],
                                  ["嘎查", ["白城子嘎查", "蔡木山嘎查", "西干沟嘎查"][i % 3], "居住情况", "独居"],
                                  ["陪同", "%s（嘎查卫生室医生）" % s["others_named"][3], "探访日期", day(s, 30 + i)],
                                  ["探访员", "%s（%s）" % (n, cl), "指导教师", t[j % 2]],
                                  ["记录", (desc, ' colspan="3" align="left"')]], width="92%"))
            elif f == "sanbao_typed":   # 三包索赔鉴定单
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车主", s["others_named"][0], "车型", "紧凑型轿车 6AT"], ["VIN", "LSV*****%s%04d" % ("ABC"[i], 3170 + 11 * i + j), "行驶里程", "%d km" % (23150 + 410 * i)],
                                  ["购车日期", "2023年5月", "是否在三包期", "是"], ["鉴定结论", (desc, ' colspan="3" align="left"')],
                                  ["鉴定人（学员）", "%s　%s" % (n, cl), "索赔员审核", s["others_named"][1]],
                                  ["指导教师", t[j % 2], "日期", day(s, 30 + i)]], width="92%"))
            elif f == "rooming_typed":   # rooming list with the guide and guests
                parts.append('<h3 style="text-align:center">%s</h3>' % title + "<p>团队：武当问道三日游　导游：%s</p>" % s["others_named"][0] +
                             tbl([["房号", "宾客", "人数", "行李（件）"], ["6%02d" % (8 + i), s["others_named"][1], "2", "3"],
                                  ["6%02d" % (9 + i), s["others_named"][2], "2", "2"], ["6%02d" % (10 + i), s["others_named"][3], "1", "1"]], width="80%") +
                             "<p>%s　经办人：%s（%s）　　复核：%s</p>" % (desc, n, cl, t[j % 2]))
            elif f == "sku_typed":   # SKU 上架表, the student as 上架人 on every row
                rows = [["SKU编码", "规格", "售价（元）", "库存", "上架人", "审核"]]
                for k, (spec, price) in enumerate([("单条装 约800克", "128"), ("两条装 约1.6千克", "238"), ("鱼片礼盒 600克", "168")]):
                    rows.append(["QZB-%s-%02d" % ("AB"[j], k + 1 + 3 * i), spec, price, str(60 - 10 * k), n, t[j % 2]])
                parts.append('<h3 style="text-align:center">%s</h3><p>商品：丹江口翘嘴鲌真空礼盒　　供货方：库区渔业合作社（负责人 %s）</p>' % (title, s["others_named"][0]) +
                             tbl(rows, width="96%") + "<p>上架人班级：%s　学号：%s　　%s</p>" % (cl, sid, desc))
            elif f == "label_typed":   # a sheet of four pharmacy bag labels
                labels = []
                for k in range(4):
                    labels.append('<td style="border:1pt dashed #444;padding:6px 8px" width="50%%">'
                                  '<b>琼中县中医院中药房　药袋</b><br/>患者：%s　处方号：ZY%05d<br/>药名：盐益智仁　10克×%d袋<br/>用法：水煎服，一日两次<br/>'
                                  '调剂人：%s　核对人：%s</td>' % (s["others_named"][2 + k % 2], 20317 + 7 * i + 2 * k + j, 6 + k, n, t[(j + k) % 2]))
                parts.append('<h3 style="text-align:center">%s</h3><p>班级：%s　　学号：%s</p>' % (title, cl, sid) +
                             '<table style="border-collapse:separate;border-spacing:6px" width="100%%"><tr>%s%s</tr><tr>%s%s</tr></table>' % tuple(labels) +
                             "<p>%s</p>" % desc)
            elif f == "dish_typed":   # 出品记录, the master and the customer
                parts.append('<h3>%s</h3>' % title + tbl([["出品人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["宴席预订人", s["others_named"][1], "掌勺师傅", s["others_named"][0]],
                                                          ["成品评价", desc, "评价人", t[j % 2]]], width="90%"))
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
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "xinde":   # a reflection, the writer's name, class and 学号 under it
            body = [["这次把2号皮带的继电器控制改成PLC控制，我负责画I/O表和接线。开始时我把拉绳开关接成了常开触点，",
                     "老师让我们想一想断线会怎样，我才明白常闭触点偏向安全。调试时顺序联锁延时设短了，",
                     "下游皮带还没转起来上游就启动了，改成5秒以后就好了。以后接线前一定要先对照I/O表。"],
                    ["第一次到真正的车间看皮带输送机，比实训室的模拟台大很多。跑偏开关装在皮带两边，",
                     "轻跑偏报警、重跑偏停机，我们在程序里分了两段。通电时我很紧张，电工班长一直在旁边看，",
                     "最后验收通过了。我觉得最重要的是安全，急停回路必须先测试。"],
                    ["这次实训我学会了顺序启动要逆着物料方向，停机要顺着物料方向。冬天线槽里的导线很硬，",
                     "剥线时要小心不能伤到线芯。我们组接线比别的组慢，但是一次通电就成功了，",
                     "老师说接线工艺是最好的。以后我还要多练习编程。"]][i % 3]
            lines += ["实训心得体会", ""] + ["> " + x for x in body] + ["", "> 心得人：%s　　%s　　学号：%s" % (n, cl, sid)] + ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
            continue
        if f == "photo_hand":
            head = ["居家安全照护　课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "inkpaste_photo":
            head = ["自动变速器检修 课后作业", "> 班级 %s　姓名 %s　工号 %s" % (cl, n, sid[-2:])]
        elif f == "hand_scan":
            head = ["前厅团队接待课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f == "photo_hand2":
            head = ["网店运营课后作业", "> %s　%s　%s" % (cl, n, sid)]
        elif f == "herb_card":   # a hand-made herb card: name, nature, channels, action, a sketch box, the name at the foot
            head = ["药材识别卡", "> 药名：益智（益智仁）　科属：姜科", "> 性味：辛，温", "> 归经：脾、肾经", "> 功效：暖肾固精缩尿，温脾止泻摄唾",
                    "> [手绘：果实椭圆，表面棕色，有纵向凸起的棱线]"]
            end = ["> 制卡人：%s　学号：%s　班级：%s" % (n, sid, cl)] + end
        elif f == "hand_scan250":
            head = ["黎族风味菜 课后作业", "姓名 %s　班级 %s　学号 %s" % (n, cl, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"xinde": "x-scan:200:4:mono", "photo_hand": "x-photo:200:2", "inkpaste_photo": "x-photo:200:1:inkpaste",
            "hand_scan": "x-scan:200:3", "photo_hand2": "x-photo:200:2", "herb_card": "x-photo:200:1",
            "hand_scan250": "x-scan:250:4"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    g = bare(n)[1:] if "·" not in n else n.split("·")[1]
    return "男" if g in MALE or g[-1:] in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "timetable":   # the week's timetable with each course's teacher, then the class four pairs a row
        tt = s["timetable_teachers"]
        courses = [("居家老年人安全照护", s["teachers"][0]), ("老年人生活照护", tt[0]), ("护理基础", tt[1]), ("体育与健康", tt[2]),
                   ("蒙古语会话", tt[3]), ("信息技术", tt[2]), ("职业道德与法治", tt[1]), ("康复训练", s["teachers"][1])]
        grid = [["节次", "星期一", "星期二", "星期三", "星期四", "星期五"]]
        pat = [[0, 1, 0, 2, 7], [3, 0, 4, 0, 1], [5, 2, 7, 6, 0], [6, 7, 1, 3, "班会"]]
        for ri, row in enumerate(pat):
            cells = ["第%d—%d节" % (2 * ri + 1, 2 * ri + 2)]
            for x in row:
                cells.append(x if isinstance(x, str) else "%s<br/>（%s）" % courses[x])
            grid.append(cells)
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["学号", "姓名"] * 4)]
        per = (len(k) + 3) // 4
        for j in range(per):
            cells = []
            for col in range(4):
                idx = col * per + j
                cells += [sid_of(s, k[idx]), k[idx]] if idx < len(k) else ["", ""]
            rows.append(trow(cells, "1px 4px"))
        body = ('<h2 style="text-align:center">%s　2024—2025学年第一学期<br/>课程表及学生名单</h2><p style="text-align:center">%s</p>' % (s["cls"], s["school"]) +
                '<p><b>一、课程表</b>（括号内为任课教师）</p>' + tbl(grid, width="100%", pad="3px 3px") +
                '<p><b>二、学生名单</b>（按学号排列）</p>' + table(rows, width="100%") +
                "<p>班主任：%s　　共%d人（男%d人，女%d人）　　教务处制　2024年9月</p>" % (
                    s["headteacher"], len(k), sum(sex_of(n) == "男" for n in k), sum(sex_of(n) == "女" for n in k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s课程表及学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return list(tt)
    if r == "herb_trip":   # a field-trip list: five groups, each with a local guide and a teacher
        guides = s["others_named"][:2]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "职务", "紧急联系电话"])]
        gsize = [8, 8, 8, 8, len(k) - 32]
        j = 0
        for gi, gs in enumerate(gsize):
            rows.append('<tr><td colspan="6" style="border:0.75pt solid #000;padding:1px 6px;background:#eeeeee">第%s组　采药路线：%s　向导：%s　带队教师：%s</td></tr>'
                        % ("一二三四五"[gi], ["百花岭—鹦哥岭", "黎母山北坡", "什运乡益智基地", "红毛镇槟榔园", "营根镇南药基地"][gi],
                           guides[gi % 2], s["teachers"][gi % 2]))
            for _ in range(gs):
                n = k[j]
                rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "组长" if _ == 0 else "", "1%d*****%04d" % (3 + j % 6, 1000 + 37 * j)], "1px 4px"))
                j += 1
        body = ('<h2 style="text-align:center">%s　黎母山采药认药野外实践<br/>分组及安全责任名单</h2><p style="text-align:center">%s　2024年11月</p>' % (s["cls"], s["school"]) +
                table(rows, width="88%") +
                "<p>应到%d人，实到%d人。　班主任：%s　　安全员：%s</p><p>注：向导为种植基地聘请的当地药农，负责带路和认药讲解。</p>" % (len(k), len(k), s["headteacher"], s["teachers"][1]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单（采药实践分组）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-thirty-seventh held-out people corpus (testdata/heldout137), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", []) + s.get("timetable_teachers", [])]
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
        rng = random.Random(s["seed"] * 7919 + 137)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        for n, idx in s.get("pos", {}).items():   # a planted row moved to a fixed place (away from a fault's corner)
            k = s["klass"]
            j = k.index(n)
            k[j], k[idx] = k[idx], k[j]
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
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": dedup(s.get("others_named", []) + extra_named),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": s.get("_corr", {}), "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
