#!/usr/bin/env python3
"""Write the sources of the thirty-sixth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 山南
(Tibet), 乌海 (Inner Mongolia) and 庆阳 (Gansu).

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
# the truth files read for names, tasks and courses to avoid (heldout35..38 are written at the same time: not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 35)] + ["othertools"]

# surnames by region: 山南 (Han 王 李 张 陈 刘 杨 …; and whole Tibetan names below, two parts, no surname),
# 乌海 (王 李 张 刘 杨 赵 高 郭 马 白 贺 郝 乔 武 闫 …), 庆阳 (张 王 李 刘 杨 何 魏 岳 雷 慕 贾 巩 路 …)
SURNAMES = {
    "sn": list("王李张陈刘杨赵周黄吴"),
    "wh": list("王李张刘杨赵高郭马白贺郝乔武闫王李张刘杨"),
    "qy": list("张王李刘杨何魏岳雷慕贾巩路郭张王李刘杨赵"),
}
# Tibetan names: a first part (either sex) and a second part that shows the sex
TIB1 = "扎西 次仁 格桑 达瓦 尼玛 旦增 索朗 边巴 普布 拉巴 米玛 洛桑 白玛 德吉 益西 巴桑".split()
TIB2 = ("顿珠 多吉 罗布 桑珠 群培 欧珠 平措 旺堆 贡布 次旦 卓玛 央金 拉姆 曲珍 措姆 卓嘎 央宗 玉珍 普赤 德庆").split()
# given names: common ones of children born about 2008 in north-western China
GIVEN2 = ("浩然 欣怡 子涵 宇航 佳怡 梓萱 俊杰 思雨 雨涵 博文 嘉怡 一诺 浩宇 诗琪 明轩 雅琪 晨阳 欣悦 天佑 梦瑶 "
          "志远 若曦 铭泽 佳琪 家豪 紫涵 文博 欣然 佳欣 俊豪 晓雯 鹏飞 雪莹 海燕 永强 文静 春燕 国栋 晓东 "
          "慧敏 亚楠 宏伟 丹丹 晶晶 鑫磊 瑞雪 泽宇 子轩 雨欣 思琪 天翼 振宇 梓航 嘉乐 婉婷 丽媛 少杰 "
          "雅楠 子豪 安琪 金鹏 亚军 彤彤 鸿飞 佳乐 艺涵 梦洁 俊熙 宇轩 心怡").split()
GIVEN1 = list("磊婷鑫洋静丹")


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


def draw_one(rng, region):
    if region == "sn" and rng.random() < 0.58:   # a Tibetan name: two parts, no surname
        a, b = rng.choice(TIB1), rng.choice(TIB2)
        return a + b if a != b else draw_one(rng, region)
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "bun": dict(major="烹饪(中式烹调)", code="0501", course="地方风味面点制作", task="雅砻风味牦牛肉包子制作与出品",
   hours=16, station="中式面点一体化学习工作站",
   situation="山南一家藏餐馆接到旅游团的午餐订单，要在一小时内出品一百二十个牦牛肉包子。面点主管请烹饪班学员按店里的配方和面、发面，调制牦牛肉馅，包制成型后上笼蒸制，并按出品标准检查包子的外形、口感和温度，最后清洁整理操作台。",
   qs=[("问题1 高原上发面为什么要比平原多放一点酵母或延长时间？", ["气压低、气温低，酵母活性差，面团发得慢，要适当增加酵母或放在温暖处多醒一会儿。", "气温低，酵母发得慢。", "多醒一会儿。"]),
       ("问题2 牦牛肉馅为什么要分次加花椒水？", ["牦牛肉纤维粗、脂肪少，分次打入花椒水，肉馅才能吃透水分，蒸出来鲜嫩多汁。", "分次打水，肉馅多汁。", "牦牛肉瘦，要多打水。"])],
   hw=[("1. 包子蒸好后为什么要等一两分钟再揭盖？", ["马上揭盖冷空气进来，包子皮会塌陷发硬，稍等一下让笼内温度慢慢下降。", "防止包子塌陷。", "让温度慢慢降下来。"]),
       ("2. 出品前要检查哪几项？", ["褶子均匀不露馅，大小一致，皮软有弹性，中心温度在七十度以上。", "褶子、大小和温度。", "皮软不露馅。"])],
   outputs=[("牦牛肉包子", "十八个褶，每个八十克。"), ("青稞面花卷", "青稞粉与面粉三比七。"), ("酥油茶配餐套餐", "包子两个配酥油茶一碗。")]),
 "coolant": dict(major="汽车维修", code="0403", course="汽车发动机冷却与润滑系统检修", task="高原越野车冷却系统渗漏诊断与节温器更换",
   hours=18, station="汽车维修一体化学习工作站",
   situation="一辆在羊卓雍措景区跑客运的越野车，爬坡时水温表指针偏高，车主发现停车后车底有绿色水渍。服务站接车后，维修主管请汽修班学员对冷却系统做压力测试，找出渗漏部位，检查节温器的开启温度，更换节温器和水管卡箍，加注适合高原的冷却液并排空气。",
   qs=[("问题1 冷却系统压力测试怎样做？", ["发动机冷机时装上测试仪，打压到散热器盖标注的压力，保持几分钟看压力是否下降，再沿管路找渗漏点。", "冷机打压看压力降不降。", "打压后找渗漏点。"]),
       ("问题2 为什么高原地区要选冰点更低的冷却液？", ["高原早晚温差大，冬季气温能到零下二十度以下，冰点不够冷却液会结冰胀裂缸体。", "防止冬天结冰。", "温差大，要低冰点。"])],
   hw=[("1. 怎样检查节温器的开启温度？", ["把节温器放进水里加热，用温度计观察，阀门开始打开的温度应与标注值相差不超过两度。", "放在热水里看什么温度打开。", "和标注值对比。"]),
       ("2. 加注冷却液后为什么要排空气？", ["系统里有气阻，冷却液循环不畅，发动机会局部过热，要打开排气螺栓直到流出冷却液。", "防止气阻过热。", "打开排气螺栓。"])],
   outputs=[("冷却系统检修工单", "左侧下水管卡箍处渗漏。"), ("节温器检测记录", "开启温度八十三度，标注八十二度。"), ("竣工检验单", "压力测试十分钟不降。")]),
 "winery": dict(major="机电一体化技术", code="0127", course="生产线输送设备电气控制装调", task="葡萄酒庄灌装线输送带变频调速控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="乌海一家沙漠葡萄酒庄扩建灌装线，新装的输送带要和灌装机配合，按灌装节拍分三档调速，瓶子堵在出口时要自动停带报警。设备部请机电班学员按图纸安装变频器和传感器，设置变频器参数，编写PLC程序，完成联调并填写调试报告。",
   qs=[("问题1 变频器多段速是怎样实现的？", ["把几个多功能输入端子组合接通，每种组合对应一个预先设定的频率，PLC输出控制端子就能切换速度。", "端子组合对应不同频率。", "PLC控制端子切换。"]),
       ("问题2 为什么出口堵瓶时要先减速再停带？", ["直接停带瓶子会前冲倒瓶，先减速再停，瓶子平稳停住，也减少对电机的冲击。", "防止瓶子倒。", "减少冲击。"])],
   hw=[("1. 光电传感器安装时要注意什么？", ["对准瓶身中部，避开强光直射，检测距离在说明书范围内，接线分清常开常闭。", "对准瓶身，避开强光。", "分清常开常闭。"]),
       ("2. 变频器加速时间设得太短会怎样？", ["启动电流过大，变频器报过流故障，输送带上的瓶子也容易倒。", "会报过流。", "瓶子容易倒。"])],
   outputs=[("变频器参数设置表", "一档二十赫兹，二档三十五赫兹。"), ("PLC输入输出分配表", "堵瓶信号接X3。"), ("联调调试报告", "三档调速和堵瓶停带动作正确。")]),
 "cistanche": dict(major="中药", code="1301", course="中药饮片炮制", task="乌海荒漠肉苁蓉切片与干燥炮制",
   hours=16, station="中药炮制一体化学习工作站",
   situation="乌海周边荒漠种植的肉苁蓉春季采收后，一家饮片厂要把鲜品加工成肉苁蓉片。生产车间请中药班学员按炮制规范对药材净选、润软，切成厚片，控制干燥温度，检查片型和水分，并填写炮制操作记录。",
   qs=[("问题1 肉苁蓉切片前为什么要润软？", ["肉苁蓉质地坚硬，不润透切片会碎裂，片型不整齐，润到用手能弯曲为度。", "不润透会碎。", "润到能弯曲。"]),
       ("问题2 干燥温度为什么不能太高？", ["温度过高表面焦化变黑，有效成分损失，片子也容易变形，一般控制在六十度以下。", "太高会焦化。", "控制在六十度以下。"])],
   hw=[("1. 肉苁蓉片的质量要求有哪些？", ["厚片二到四毫米，切面棕褐色，有淡棕色点状维管束排成波状环纹，水分不超过百分之十。", "厚片二到四毫米。", "水分不超过百分之十。"]),
       ("2. 炮制记录为什么要有复核人签字？", ["关键工序要两人核对，出现问题能追溯到人，保证饮片质量。", "两人核对，方便追溯。", "保证质量。"])],
   outputs=[("净选与润制记录", "去杂质，润制八小时。"), ("切片与干燥记录", "片厚三毫米，五十五度烘干。"), ("成品质量检查记录", "水分百分之八点六。")]),
 "desert": dict(major="计算机动画制作", code="0306", course="二维动画制作", task="乌海湖沙漠观光宣传二维动画分镜与角色设计",
   hours=16, station="动画制作一体化学习工作站",
   situation="乌海湖景区要在旅游季前推出一部三十秒的二维宣传动画，表现湖水、沙漠和书法广场。景区宣传部委托学校动画工作室制作，工作室主管请动画班学员分析宣传脚本，设计角色和场景，绘制分镜头脚本，完成关键帧动画并输出样片。",
   qs=[("问题1 分镜头脚本要写清哪些内容？", ["镜号、景别、画面内容、镜头运动、对白或音效和时长。", "镜号、景别、时长。", "画面内容和镜头运动。"]),
       ("问题2 三十秒的宣传片为什么镜头数不能太多？", ["每个镜头太短观众看不清，一般一个镜头两到四秒，三十秒安排十个左右镜头。", "镜头太短看不清。", "十个左右镜头。"])],
   hw=[("1. 关键帧和中间帧有什么区别？", ["关键帧是动作的起止和转折，决定动作；中间帧补在关键帧之间，使动作流畅。", "关键帧决定动作。", "中间帧让动作流畅。"]),
       ("2. 宣传动画的色彩怎样定调？", ["按景区特点定主色，湖水用蓝绿，沙漠用暖黄，整体明快。", "湖水蓝绿，沙漠暖黄。", "整体明快。"])],
   outputs=[("角色设计稿", "沙狐导游形象三视图。"), ("分镜头脚本", "共十一个镜头，三十秒。"), ("样片输出记录", "一九二零乘一零八零，二十五帧。")]),
 "bathing": dict(major="健康与社会照护", code="0529", course="老年人生活照护", task="窑洞居家失能老人床上擦浴与皮肤清洁照护",
   hours=14, station="生活照护一体化学习工作站",
   situation="庆阳西峰区一户人家的老人住在老式窑洞里，中风后右侧肢体无力，冬季不方便洗澡。社区照护站接到家属申请后，请照护班学员上门评估老人的身体和居住环境，准备水温和用物，为老人做床上擦浴，检查皮肤并做好保暖，向家属交代注意事项。",
   qs=[("问题1 床上擦浴前要做哪些准备？", ["关好门窗，室温调到二十四度左右，水温四十到四十五度，备齐毛巾、浴巾、脸盆和换洗衣服。", "关窗，调室温水温。", "备齐用物。"]),
       ("问题2 擦浴的顺序是怎样的？", ["从上到下，先脸颈、上肢、胸腹，再背部、下肢，最后会阴，边擦边盖好浴巾。", "从上到下。", "边擦边盖浴巾。"])],
   hw=[("1. 擦浴过程中老人出现寒战怎么办？", ["立即停止擦浴，盖好被子保暖，观察面色和脉搏，报告照护站。", "停止擦浴，保暖。", "观察并报告。"]),
       ("2. 为什么擦浴时要观察皮肤？", ["卧床老人容易出现压红和破损，擦浴时看得最清楚，发现问题及时处理。", "及时发现压红。", "看有无破损。"])],
   outputs=[("居家照护评估表", "窑洞室温十六度，需取暖。"), ("床上擦浴照护计划", "每周两次，午后进行。"), ("照护记录与家属交代单", "骶尾部皮肤完好。")]),
 "sachet": dict(major="电子商务", code="0603", course="网店运营推广", task="庆阳香包非遗文创网店上新与推广",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="庆阳香包是国家级非物质文化遗产，一家香包合作社想在端午节前把新款香包挂到网店上卖。运营主管请电商班学员到合作社采集商品信息，拍摄商品图，撰写标题和详情页，设置价格和优惠券，完成上新并做一期推广计划。",
   qs=[("问题1 商品标题怎样组词？", ["核心词加属性词加卖点词，如庆阳香包、手工刺绣、端午、五毒，控制在三十个字以内。", "核心词加属性词。", "三十个字以内。"]),
       ("问题2 手工香包的详情页要突出什么？", ["非遗传承、纯手工刺绣、艾草香料和绣娘故事，配上细节图。", "非遗和手工。", "绣娘故事和细节图。"])],
   hw=[("1. 优惠券的门槛怎样设置？", ["参考客单价，门槛略高于单件价格，引导顾客多买一件。", "略高于单价。", "引导多买。"]),
       ("2. 上新后要看哪些数据？", ["访客数、收藏加购、转化率和退款率，每天记录对比。", "访客和转化率。", "每天记录。"])],
   outputs=[("商品信息采集表", "五毒香包六款。"), ("商品标题与详情页文案", "标题二十九字。"), ("端午推广计划", "优惠券满九十九减十。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="山南市雅砻技工学校", pack="dir", region="sn", course="bun", cls="烹饪2401班", size=36, seed=11,
         sidp="24540501", students=["次仁央金", "王奕航", "格桑曲珍"],
         teachers=["普布次仁", "刘海燕"], form_count="36人",
         f8="head_row", f10="jw_export", f11="tent_card", f12="photo_line", findings=[],
         comment="clean. Item 10 (TYPED) is an export of the school's 教务系统 (课程号, 学分, 考核方式, 成绩比例 平时30% 实操50% "
                 "理论20%; 总评 = the WEIGHTED sum, rounded, not the plain sum; 录入教师, 打印时间): legal. 36 rows = form `36人`. "
                 "Tibetan names of four characters without a surname beside Han names of three. Item 11: phone photos of the "
                 "works' TENT CARDS on the exhibition table (作品名称, 制作人, 班级, 指导教师). Item 12: phone photos with window "
                 "glare. No roster"),
    dict(school="山南市雅砻技工学校", pack="dir", region="sn", course="coolant", cls="汽修2402班", size=40, seed=12,
         sidp="24540403", students=["旦增顿珠", "周子骞", "拉巴卓嘎"], items={12: ["旦增顿珠", "周子骞", "索朗群培"]},
         extra_class=["索朗群培", "米玛次旦"], bad={"米玛次旦": "over"},
         teachers=["杨建川", "边巴扎西"], form_count="40人",
         f8="group_line", f10="plain_max", f11="work_order", f12="photo_plain",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "米玛次旦")],
         comment="item 12 (phone photos) holds the homework of 旦增顿珠, 周子骞 and classmate 索朗群培 (with an item-10 record) "
                 "instead of 拉巴卓嘎's (items 8 and 11 hold the three): students.mismatch. Item 10 (TYPED) states each part's "
                 "maximum in its head (`检测诊断(30)`); 米玛次旦 has 36 under it (总分 the sum): records.invalid_score. Item 8 "
                 "(scanned 250 dpi gray, scanner lamp BANDING and a dead sensor column): `学生姓名：＿ 学号：＿ 第＿组` by hand. "
                 "No roster"),
    dict(school="乌海市甘德尔技工学校", pack="gbkzip", region="wh", course="winery", cls="机电2401班", size=38, seed=21,
         sidp="2415012701", students=["乔振宇", "闫欣悦", "白振龙"], extra_class=["郝雅静"], absent_from_10=["郝雅静"],
         teachers=["贺志刚", "郭丽萍", "王建民"], form_count="38人", roster="address_list", headteacher="武桂兰",
         f8="line4_color", f10="sex_col_scan", f11="commission_typed", f12="hand_scan",
         findings=[("records.missing_student", 10, False, "郝雅静"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生名单 with 性别 and 家庭住址 by district of 乌海, 38) and the form (`38人`) hold 郝雅静; "
                 "item 10 (SCANNED 250 dpi gray, a copier GHOST of the page's top 94 mm lower) has 37 rows and none for her: "
                 "records.missing_student and records.count_mismatch"),
    dict(school="乌海市甘德尔技工学校", pack="gbkzip", region="wh", course="cistanche", cls="中药2402班", size=37, seed=22,
         sidp="2415130102", students=["郝梦溪", "马思源", "乔文昊"], outsiders={"乔文昊": "中药2401班"}, out_sidp="2415130101",
         teachers=["任丽华", "侯振军"], form_count="37",
         f8="batch_record", f10="group_col", f11="qc_typed", f12="photo_outsider",
         findings=[("students.not_in_class", 8, True, "乔文昊")],
         comment="乔文昊 of the parallel class 中药2401班 (his class and 学号 on his worksheet, typed records and homework) is the "
                 "third student of 8/11/12; item 10 (TYPED, 37 rows = form `37`) has no record of him: students.not_in_class. "
                 "Item 8 (scanned 250 dpi gray, a copier GHOST): a printed 炮制操作记录 at the top with 批号, the student as "
                 "`操作人` (hand), the teacher as `复核人`. No roster"),
    dict(school="乌海市甘德尔技工学校", pack="gbkzip", region="wh", course="desert", cls="动画2402班", size=35, seed=23,
         sidp="2415030602", students=["吴佳音", "包其木格", "刘书墨"], items={8: ["吴佳音", "包其木格", "刘书墨", "武浩然"]},
         extra_class=["武浩然", "闫凯文"], bad={"闫凯文": "sum"},
         teachers=["白玉梅", "杜志军"], form_count="35人",
         f8="score_box", f10="two_part_scan", f11="pledge", f12="scan_plain",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "闫凯文")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 dpi gray) holds the worksheets of FOUR students: the three and classmate 武浩然 (with an "
                 "item-10 record): students.count on 8; students.mismatch optional. Item 10 (scanned 200 dpi gray, scanner lamp "
                 "BANDING): 闫凯文's 总分 is 8 above the sum of his parts: records.invalid_score. 包其木格 is a Mongolian name "
                 "with the surname 包. Item 11: an ORIGINALITY PLEDGE (原创承诺书) signed by hand before each student's works. "
                 "No roster"),
    dict(school="庆阳市董志塬技工学校", pack="zip", region="qy", course="bathing", cls="照护2401班", size=40, seed=31,
         sidp="2462052901", students=["慕雪婷", "巩晓婉", "欧阳佳宁"], items={11: ["慕雪婷", "巩晓婉"]},
         others_named=["贾秀英", "贾建平"], teachers=["魏红霞", "雷振华"], form_count="40人", roster="dorm_list",
         headteacher="岳晓梅",
         f8="consent", f10="station_sign", f11="care_plan", f12="case_card",
         findings=[("students.count", 11, False)], optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 照护计划 with `制订人`) holds the work of only TWO students, 慕雪婷 and 巩晓婉 (欧阳佳宁's is "
                 "missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. The roster (学生名单 with "
                 "宿舍号, 40) = item 10 (40 rows) = form `40人`. Item 8 (1-bit 200 dpi): a SERVICE CONSENT slip at the foot, the "
                 "student signing as 照护员, the elder 贾秀英 and her son 贾建平 (家属签字) named (not students). Compound "
                 "surname 欧阳 (欧阳佳宁). Item 10: a skills-test room sheet with 工位号 and 签到时间"),
    dict(school="庆阳市董志塬技工学校", pack="zip", region="qy", course="sachet", cls="电商2403班", size=42, seed=32,
         sidp="24620603", students=["岳梓涵", "雷博文", "贾语彤"], extra_class=["路佳豪", "何雨萱"], absent_from_10=["路佳豪"],
         bad={"何雨萱": "over"}, others_named=["吴秀琴"],
         teachers=["杨春梅", "赵文斌"], form_count="42人",
         f8="collect_card", f10="photo_register", f11="listing_typed", f12="hand_color",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "何雨萱")],
         comment="item 10 (a printed register PHOTOGRAPHED with a phone, window GLARE on it) lists 41; the form says `42人`: "
                 "records.count_mismatch (no roster). 何雨萱 has 34 under `商品上新(30)`: records.invalid_score. Item 8 (colour "
                 "scan 200): a 商品信息采集卡 at the top, the student as `采集人`, the embroiderer 吴秀琴 as `手工艺人` (not a student)"),
]

PROVINCE = {1: "西藏自治区山南市", 2: "内蒙古自治区乌海市", 3: "甘肃省庆阳市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 山南: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 乌海: "8、工作页（中药2402班）.pdf"
        return "%d、%s（%s）.pdf" % (n, NAMES[n], s["cls"])
    return "成果%d．%s.pdf" % (n, NAMES[n])   # 庆阳: "成果8．工作页.pdf" (a 成果 prefix and a full-width dot)


def form_name(s, c):
    return {1: ("附件2：优质课堂申报书.docx", "docx"),
            2: ("申报书（%s）.pdf" % c["task"], "pdf"),
            3: ("%s-%s-申报书.docx" % (s["cls"], c["major"].split("(")[0]), "docx")}[grp(s)]


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


# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 山南: 专业名称 and 专业编码 in one row, 授课班级 with 人数 in its own row
        rows = [[("专业名称", c["major"]), ("专业编码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("人　数", s["form_count"])], [("学习任务", c["task"]), ("负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 乌海: 班级人数, a number with or without 人
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("教学场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 庆阳: 授课对象 in one cell
        rows = [("专业名称及代码", "%s　%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s（学生%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("教学场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>本课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织：学生接受任务后查阅资料、小组讨论拟订计划，经教师审核确定方案后分工实施，教师巡回指导并把控安全和质量，最后展示成果，开展自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在真实的工作情境中完成任务，职业能力和职业素养明显提升。</p>
<h3>六、承诺</h3><p>本单位承诺所报材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 17, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求进行校本转化。\n二、学习任务\n“{task}”，{hours}学时。\n三、评价方式\n过程评价与结果评价相结合。",
    2: "{school}\n《{task}》学习任务分析\n一、任务描述\n{situation}\n二、工作流程\n明确任务、制定计划、实施作业、检查验收、评价总结。",
    3: "{school}\n{task}　教学活动策划\n学习活动一　明确任务，获取信息\n学习活动二　制定计划，做出决策\n学习活动三　实施计划，过程控制\n学习活动四　检查验收，评价反馈",
    4: "{school}\n《{course}》教学进度计划（共{hours}学时）\n第1周　明确任务、获取信息\n第2周　制定计划、审核决策\n第3周　实施计划\n第4周　检查验收、评价反馈",
    5: "{school}\n{task}　教学活动方案\n第1学时　情境导入，明确任务\n第2—4学时　引导问题，获取信息\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n工作页、企业标准、操作视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为信息资讯区、计划决策区、实施操作区和展示评价区。",
    9: "{school}\n{task}　考核方案\n考核由过程考核和结果考核组成，成绩由任课教师填入学习任务考核记录。",
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
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务描述】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>评语：<span %s>%s</span>　　教师签名：%s</p>' % (RED, ["完成较好", "要点齐全", "书写认真", "继续努力"][i % 4], t[i % 2])
        if f == "head_row":   # a bordered head row 姓名 | 学号 | 班级 | 组别
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True), "班　级", hand(cl, True), "组别", hand("第%d组" % (i + 2), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "group_line":   # 学生姓名＿ 学号＿ 第＿组 on one line
            head = '<p>学生姓名：＿%s＿　学号：＿%s＿　第＿%s＿组　　日期：%s</p>' % (hand(n), hand(sid[-2:], True), hand(str(i + 1), True), day(s, i))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "line4_color":   # 班级 姓名 学号 日期 on one line
            head = '<p>班级：%s　　姓名：%s　　学号：%s　　日期：%s</p>' % (hand(cl, True), hand(n), hand(sid, True), hand(day(s, i)[5:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "batch_record":   # a printed 炮制操作记录 at the top: the student as 操作人, the teacher as 复核人
            rec = tbl([[("<b>中药饮片炮制操作记录</b>　　记录编号：PZ-2410-%02d" % (7 + i), ' colspan="6"')],
                       ["品　名", "肉苁蓉", "批　号", hand("RC2410%02d" % (12 + i), True), "投料量", hand("%.1f kg" % (2.0 + 0.5 * i), True)],
                       ["工　序", "净选→润制→切片→干燥", "操作人", hand(n, True), "复核人", hand(t[1], True, BLACK)],
                       ["班　级", hand(cl, True), "学　号", hand(sid, True), "日　期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            body = rec + title + sit + answers(c, rng, i) + comment
        elif f == "score_box":   # head table 班级 | 姓名 | 学号 | 成绩, the score in red
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "成绩",
                         '<span %s>%d</span>' % (RED, 82 + 3 * i)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "consent":   # a service consent slip at the foot: the student as 照护员, the elder and her son
            head = '<p>姓名：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            slip = ('<p>- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -</p>'
                    '<p style="text-align:center"><b>上门照护服务确认单</b></p>'
                    '<p>服务对象：%s（78岁）　　地址：西峰区董志镇窑洞院落</p>'
                    '<p>服务项目：床上擦浴、皮肤检查　　服务时间：%s　14:%02d—15:%02d</p>'
                    '<p>本人已知晓服务内容并同意由实训学生在教师指导下提供服务。</p>'
                    '<p>照护员签字：%s　　　家属签字：%s　　　指导教师：%s</p>'
                    % (s["others_named"][0], day(s, i), 10 + i, 5 + i, hand(n, True), hand(s["others_named"][1], True, BLACK), t[0]))
            body = title + head + sit + answers(c, rng, i) + comment + slip
        elif f == "collect_card":   # a 商品信息采集卡 at the top: 采集人 the student, 手工艺人 the embroiderer
            card = tbl([[("<b>商品信息采集卡</b>　　No.%03d" % (21 + i), ' colspan="4"')],
                        ["商品名称", hand(["五毒香包", "虎头香包", "莲花香包"][i % 3], True), "规　格", hand("%d×%d cm" % (8 + i, 10 + i), True)],
                        ["手工艺人", hand(s["others_named"][0], True, BLACK), "采集人", hand(n, True)],
                        ["班　级", hand(cl, True), "采集日期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            body = card + title + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"head_row": "x-scanpdf:200", "group_line": "x-scanpdf:250:banding", "line4_color": "x-scanpdf:200:color",
            "batch_record": "x-scanpdf:250:ghost", "score_box": "x-scanpdf:200", "consent": "x-scanpdf:200:mono",
            "collect_card": "x-scanpdf:200:color"}[f]
    font = {"line4_color": "Noto Sans CJK SC", "collect_card": "Noto Sans CJK SC", "consent": "AR PL SungtiL GB"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font, compact=(f == "consent")), meth


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
    sign = "<p>任课教师：%s　　　　教研室主任：%s　　　　%s</p>" % ("、".join(t[:2]), t[-1], day(s, 12))
    if f == "jw_export":   # an export of the school's 教务系统: weighted 总评
        hd = ["序号", "学号", "姓名", "平时成绩", "实操成绩", "理论成绩", "总评成绩", "考试性质", "备注"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            a, b, e = rng.randint(70, 98), rng.randint(62, 97), rng.randint(55, 96)
            tot = int(a * 0.3 + b * 0.5 + e * 0.2 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(e), str(tot), "正常考试", ""], pad))
        body = ('<p style="text-align:center;font-size:13pt"><b>%s学生成绩登记表</b></p>'
                '<p>学年学期：2024-2025-1　　课程号：%s0%d　　课程名称：%s　　学分：3.0</p>'
                '<p>教学班：%s　　考核方式：考查　　成绩比例：平时30%%　实操50%%　理论20%%　　学习任务：%s</p>'
                % (s["school"], c["code"], s["seed"], c["course"], s["cls"], c["task"]) + table(out) +
                '<p>录入教师：%s　　　审核人：%s　　　打印时间：2025-01-08 16:42:17　　　第1页 共1页</p>' % (t[0], t[1]))
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.2cm"), "pdf"
    if f == "plain_max":   # maxima in the head, a plain Word table
        parts = [("接车问诊", 10), ("压力测试", 20), ("检测诊断", 30), ("部件更换", 30), ("6S管理", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "评定"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 36
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "sex_col_scan":   # a plain register with a 性别 column, scanned
        parts = [("安装接线", 30), ("参数设置", 20), ("程序编写", 30), ("安全文明", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, sex(n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:ghost"
    if f == "group_col":   # a 组别 column
        parts = [("净选润制", 20), ("切片", 30), ("干燥", 20), ("质量检查", 20), ("记录填写", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "组别", "学号", "姓名"] + ["%s<br/>%d分" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), "第%s组" % "一二三四五六七"[k // 6], sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "two_part_scan":   # 过程评价 / 作品评价, 总分 and 等级, scanned
        parts = [("出勤纪律", 10), ("分镜脚本", 20), ("角色设计", 20), ("动画制作", 35), ("汇报展示", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核评价表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:banding"
    if f == "station_sign":   # a skills-test room sheet: 工位号, 签到时间, scores, 考评员
        parts = [("评估沟通", 20), ("用物准备", 10), ("擦浴操作", 40), ("皮肤观察", 20), ("整理记录", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["工位号", "学号", "姓名", "签到时间"] + ["%s<br/>(%d)" % p for p in parts] + ["得分", "考评员"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow(["A%02d" % (k % 10 + 1) if k < 20 else "B%02d" % (k % 10 + 1), sid_of(s, n), n,
                             "%d:%02d" % (8 + k // 10 * 1, (k % 10) * 5 + rng.randint(0, 3))] + [str(x) for x in v] +
                            [str(sum(v)), t[k // 20][0] + "老师"], pad))
        body = (head10(s, c, "技能考核成绩记录（床上擦浴）") + "<p>考核场地：生活照护实训室　　每批10人，每人20分钟</p>" + table(out) +
                "<p>缺考：0人　　实到：%d人</p>" % len(rec) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.1cm"), "pdf"
    if f == "photo_register":   # a printed register photographed with a phone (glare)
        parts = [("信息采集", 20), ("商品拍摄", 20), ("标题详情", 20), ("商品上新", 30), ("推广计划", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 34
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9.5pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200:photo:glare"
    raise SystemExit(f)


def sex(n):
    return "女" if n[-1] in "怡涵萱雨琪瑶曦雯莹燕静敏楠丹晶雪婷媛洁悦欣岚音" or n[-2:] in ("雅静", "欣悦") else "男"


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    if f == "tent_card":   # phone photos of the works' tent cards on the exhibition table
        lines = []
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                if lines:
                    lines.append("----")
                lines += ["", "%s学生作品展" % s["school"], "", "　　作品名称：%s" % title, "", "　　制 作 人：%s" % n,
                          "", "　　班　　级：%s" % cls_of(s, n), "", "　　指导教师：%s" % "、".join(t), "", "　　%s" % desc,
                          "", "> 口感好，褶子匀" if j == 0 else "", "", "　　%s" % day(s, 40 + i)]
        return "11.txt", "\n".join(lines) + "\n", "x-photo:200:0:glare"
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "pledge":   # an originality pledge signed by hand before the works
            parts.append('<h2 style="text-align:center">原创承诺书</h2><p>&nbsp;</p><p>本人%s（%s，学号%s）郑重承诺：本学习任务中提交的角色设计稿、'
                         '分镜头脚本和样片均为本人在教师指导下独立完成，没有抄袭、套用他人作品；所用素材均为自行绘制或来自景区授权。'
                         '如有不实，本人愿意承担相应责任。</p><p>&nbsp;</p><p style="text-align:right">承诺人（签名）：%s</p>'
                         '<p style="text-align:right">%s</p>' % (n, cl, sid, hand(n), day(s, 40 + i)))
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "pledge":
                parts.append('<h3>%s</h3><p>作者：%s　　班级：%s</p>' % (title, n, cl) +
                             tbl([["镜号", "景别", "画面内容", "时长"], ["1", "远景", "乌海湖湖面与远处沙丘", "3 s"],
                                  ["2", "中景", "沙狐导游挥手出场", "%d s" % (2 + j)]], width="90%") + "<p>说明：%s</p>" % desc)
            elif f == "work_order":   # a repair order: 维修技师（学员）
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车牌号", "藏C·%d5%d7" % (3 + i, j), "车型", "越野车（柴油）"], ["维修技师（学员）", n, "班级", cl],
                                  ["故障现象", "爬坡水温偏高", "质检员", t[j % 2]], ["作业项目", "冷却系统压力测试、节温器更换", "工时", "%.1f" % (1.5 + 0.5 * j)]],
                                 width="92%") + "<p>结论：%s</p>" % desc)
            elif f == "commission_typed":   # a commissioning report: 调试人 and 审核
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　审核：%s</p>' % (title, n, cl, t[j % 3]) +
                             tbl([["项目", "设定", "实测", "结论"], ["一档频率", "20 Hz", "20.0 Hz", "合格"],
                                  ["加速时间", "3 s", "%.1f s" % (3.0 + 0.1 * i), "合格"], ["堵瓶停带", "2 s内停", "1.%d s" % (4 + j), "合格"]],
                                 width="82%") + "<p>%s</p>" % desc)
            elif f == "qc_typed":   # a processing record: 炮制人 and 检验人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品名", "肉苁蓉片", "批号", "RC2410%02d" % (12 + i)], ["炮制人", "%s（%s）" % (n, cl), "检验人", t[j % 2]],
                                  ["项目", "标准", "结果", "结论"], ["片厚", "2～4 mm", "%.1f mm" % (2.8 + 0.1 * j), "合格"],
                                  ["水分", "≤10%", "%.1f%%" % (8.6 + 0.2 * i), "合格"]], width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "care_plan":   # a care plan: 制订人
                parts.append('<h3>%s</h3><p>制订人：%s　　班级：%s　　服务对象：%s</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["时间", "照护内容", "注意事项"], ["14:00", "评估、调室温水温", "室温不低于24℃"],
                                  ["14:20", "床上擦浴", "边擦边盖浴巾"], ["14:50", "皮肤检查、更衣", "重点看骶尾部"]], width="90%") +
                             "<p>小结：%s</p><p>指导教师：%s</p>" % (desc, t[j % 2]))
            elif f == "listing_typed":   # a listing plan: 运营专员（学生）
                parts.append('<h3>%s</h3>' % title + tbl([["款式", "售价", "库存", "主图"], ["五毒香包", "%d元" % (38 + j), "%d" % (120 - 10 * i), "已拍"],
                                                          ["虎头香包", "%d元" % (45 + j), "%d" % (80 + 5 * i), "已拍"]], width="86%") +
                             "<p>%s</p><p>运营专员（学生）：%s（%s）　　指导：%s　　%s</p>" % (desc, n, cl, t[j % 2], day(s, 40 + i)))
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
        end = ["! 阅 %s" % day(s, 20 + i)[5:]]
        if f == "photo_line":
            head = ["课后作业（面点）", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "photo_plain":
            head = ["%s　课后练习" % c["course"], "> 班级 %s　姓名 %s　学号 %s" % (cl, n, sid[-2:])]
        elif f == "hand_scan":
            head = ["> 课后作业　　%s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "photo_outsider":
            head = ["课后作业", "> %s　%s　学号%s" % (n, cl, sid)]
        elif f == "scan_plain":
            head = ["二维动画制作　课后作业", "班级：%s　　姓名：%s" % (cl, n)]
        elif f == "case_card":   # a printed case card, answered by hand
            head = ["案例分析作业卡", "姓名：%s　　班级：%s　　学号：%s" % (n, cl, sid[-2:]),
                    "案例：王奶奶，82岁，长期卧床，家住窑洞，冬季室温低。", ""]
        elif f == "hand_color":
            head = ["> %s　%s" % (n, cl), "> 网店运营 作业%d" % (3 + i)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_line": "x-photo:200:3:glare", "photo_plain": "x-photo:200:1", "hand_scan": "x-scan:250:4",
            "photo_outsider": "x-photo:200:2", "scan_plain": "x-scan:200:3", "case_card": "x-scan:200:1:color",
            "hand_color": "x-scan:200:4:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

DISTRICT = ["海勃湾区", "乌达区", "海南区"]


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "address_list":   # a typed 学生名单 with 性别 and 家庭住址
        rows = [["序号", "学号", "姓名", "性别", "家庭住址", "备注"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex(n), "乌海市" + rr.choice(DISTRICT), {0: "班长", 5: "团支书"}.get(j, "")])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024年9月</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="88%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "dorm_list":   # a typed 学生名单 with 宿舍号
        rows = [["序号", "姓名", "学号", "性别", "宿舍号"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), n, sid_of(s, n), sex(n), "%d0%d" % (3 + j // 24, 1 + (j % 24) // 6)])
        body = ('<h2 style="text-align:center">%s%s学生花名册</h2>' % (s["school"], s["cls"]) +
                tbl(rows, width="80%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　合计：%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Thirty-sixth held-out people corpus (testdata/heldout36), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 36)
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
        fct = {1: "人　数 | %s" % s["form_count"], 2: "班级人数 | %s" % s["form_count"],
               3: "授课对象 | %s（学生%s）" % (s["cls"], s["form_count"])}[grp(s)]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
