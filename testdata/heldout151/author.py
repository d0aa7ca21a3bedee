#!/usr/bin/env python3
"""Write the sources of the hundred-and-fifty-first held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the struct tags of pipeline/heldout_test.go was
read; classaudit was not run on it). Seven submissions of three invented
schools in 辉县市 (Henan, 新乡), 普宁市 (Guangdong, 揭阳) and 桦甸市 (Jilin, 吉林市).

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
# the truth files read (only here) for names, tasks and courses to avoid; heldout149, 150 and 152 are
# written at the same time by other hands and are not read
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 149)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 辉县 (豫北 families: 王 李 张 刘 赵 郭 and 牛 范 申 常 崔 卢 秦 靳
# 程 孟 苗 郜), 普宁 (潮汕 families: 陈 林 黄 李 张 郑 方 许 杨 蔡 吴 赖 庄 詹 谢 罗 马 翁 洪 佘 江 彭),
# 桦甸 (吉林 families from 山东/河北: 王 李 张 刘 于 孙 赵 杨 高 徐 姜 隋 宫 曲 and the 朝鲜族/满族 金 朴 崔 关 佟)
SURNAMES = {
    "hx": list("王王王王李李李张张张刘刘赵赵郭郭牛牛范申常崔卢秦靳程孟苗郜杨宋"),
    "pn": list("陈陈陈陈林林林黄黄黄李李张张郑郑方许杨蔡蔡吴赖庄詹谢罗马翁洪佘江彭"),
    "hd": list("王王王王李李李张张张刘刘于于孙孙赵杨高徐姜隋宫曲金朴崔关佟"),
}
# given names: a new list of everyday names of students born around 2008/2009
GIVEN2 = ("沐阳 雨桐 佳蕊 书恒 梓萱 景行 晨熙 若楠 宇辰 可欣 思睿 语晨 浩然 梓航 诗涵 子谦 嘉禾 一冉 欣彤 泽宇 "
          "亦可 伊诺 俊辰 奕霖 梓睿 雨萌 心悦 瑾瑜 皓宇 天琪 佳禾 子涵 婉婷 晓琳 博宇 俊逸 晨曦 思琪 知夏 沛然 "
          "明朗 文昊 梓墨 家铭 子瑜 锦鹏 浩轩 宇泽 清妍 梦琪 钰彤 雨萱 琳琳 晓雨 欣然 奕彤 子轩 志鹏 家豪 俊杰 "
          "泽锴 俊鸿 晓纯 楷然 锐涵 嘉鑫 炜彬 泽鹏 佳纯 丹妮 伟杰 楚瑶 晓敏 锐锋 鸿彬 燕纯 泽斌 珊珊 子豪 思敏 "
          "煜城 佳怡 铭轩 雅琪 芷若 一鸣 晨阳 钰涵 骏杰 思瑶 紫嫣 书瑶 宏亮 靖宇 博文 昱辰 芊芊 雨辰 凯瑞 静怡 "
          "嘉欣 艺馨 子恒 语嫣 鹏程 振华 宸宇 昊天 梦瑶 思远 宇航 锦程 晓航 冬雪 春阳 雪莹 晓松 立新 德宇 成林 "
          "海洋 天宇 鑫宇 欣怡 佳乐 明远 修远 景瑞 星辰 若曦 一帆 佳琦 玉洁 忆南 心语 奕辰 安然 子墨 昕彤 益民").split()
GIVEN1 = list("萌琳博阳悦鑫磊婷航帆")


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
            name = sur + (rng.choice(GIVEN1) if rng.random() < 0.08 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "haw": dict(major="中药", code="1301", course="中药饮片炒制技术", task="辉县山楂炒焦山楂火候控制与饮片质量检查",
   hours=16, station="中药炮制一体化学习工作站",
   situation="秋天山楂采收后，辉县一家中药饮片厂接到医院药房的焦山楂订单，要求表面焦褐、内部黄褐、有焦香气，焦化程度一致。饮片厂的炮制师傅请中药班学员先净选山楂片，按炒焦的工艺用中火炒到规定程度，记录每隔两分钟的锅温和颜色，出锅后摊晾，按药典检查性状、水分和碎屑，填写质量检查记录。",
   qs=[("问题1 炒焦山楂为什么用中火而不用武火？", ["武火容易外面炒糊里面还是生的，中火能让焦化由外向里慢慢透进去，颜色均匀。", "武火外糊里生，中火焦得均匀。", "中火慢慢透进去。"]),
       ("问题2 怎样判断山楂已经炒到“焦”的程度？", ["表面焦褐色，断面黄褐色，闻到焦香气，没有冒黑烟，取几片掰开看断面。", "表面焦褐，断面黄褐，有焦香。", "掰开看断面颜色。"])],
   hw=[("1. 炒焦出锅后为什么要喷淋少量清水？", ["灭掉火星，防止余热继续炭化，喷完要摊开晾干，不能堆在一起。", "灭火星，防止继续炭化。", "喷水后摊开晾干。"]),
       ("2. 焦山楂的质量检查有哪些项目？", ["性状、水分、总灰分和碎屑，碎屑用筛子筛，超过规定要返工。", "性状、水分和碎屑。", "碎屑超标要返工。"])],
   outputs=[("焦山楂饮片质量检查记录", "表面焦褐，断面黄褐，有焦香气，碎屑百分之一点二。"), ("炒焦工艺记录", "中火十二分钟出锅，喷淋清水后摊晾。")]),
 "noodle": dict(major="机电一体化技术", code="0127", course="自动化包装设备装调与维护", task="挂面生产线自动称重包装机PLC控制系统安装与调试",
   hours=20, station="机电设备装调一体化学习工作站",
   situation="辉县一家挂面厂新上了一条包装线，自动称重包装机的控制柜由厂家发来散件，厂里的电工忙不过来。设备科请机电班学员按图纸安装控制柜元件并接线，编写称重、送袋、封口和计数的PLC程序，在触摸屏上设置包装重量，联机调试到每袋误差不超过五克，最后填写调试记录交设备科验收。",
   qs=[("问题1 称重传感器的信号线为什么要单独走线？", ["信号是毫伏级的，和动力线捆在一起会被变频器干扰，称出来的重量会跳。", "信号小，怕干扰。", "和动力线分开走。"]),
       ("问题2 封口温度由什么控制？", ["温控器接热电偶测温，PLC只给启停信号，温度在触摸屏上设定。", "温控器加热电偶。", "PLC只管启停。"])],
   hw=[("1. 包装重量误差大时先查哪里？", ["先看称重斗有没有挂料，再校准传感器零点和量程，最后看落料提前量。", "先查挂料，再校零点。", "调落料提前量。"]),
       ("2. 为什么要设置急停回路？", ["急停按下后要直接断开输出电源，不能只靠程序，保证人身安全。", "直接断电，不靠程序。", "保证安全。"])],
   outputs=[("控制柜接线检查记录", "绝缘电阻大于二十兆欧，接线无松动。"), ("包装机联机调试记录", "连续包装二百袋，误差均在五克以内。")]),
 "tofu": dict(major="烹饪(中式烹调)", code="0501", course="潮汕风味菜肴制作", task="普宁炸豆腐与豆酱焗鸡潮汕风味菜品制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="普宁一家潮汕菜馆要在侨乡乡亲回乡的春节期间推出家乡菜套餐，套餐里有普宁炸豆腐和豆酱焗鸡两道招牌菜。菜馆的厨师长请烹饪班学员按店里的标准做法准备原料，控制炸豆腐的油温，调好韭菜盐水蘸料，用普宁豆酱腌鸡后焗制，按出菜顺序完成出品并核算成本。",
   qs=[("问题1 普宁炸豆腐怎样做到外酥里嫩？", ["豆腐先晾干表面水分，油温升到七成下锅，炸到表皮金黄起泡马上捞出。", "晾干水分，七成油温。", "起泡就捞。"]),
       ("问题2 豆酱焗鸡为什么要先腌制？", ["普宁豆酱咸香，腌上半小时味道才能进到鸡肉里，焗出来皮色也好看。", "让味道进到肉里。", "腌半小时。"])],
   hw=[("1. 韭菜盐水怎样调？", ["韭菜切碎放碗里，加盐和凉开水调匀，咸度比汤略重，现调现用。", "韭菜碎加盐水。", "现调现用。"]),
       ("2. 炸豆腐的油用几次要换？", ["油色发黑、起泡多、有哈喇味就要换，一般炸三四锅检查一次。", "油色发黑就换。", "三四锅查一次。"])],
   outputs=[("普宁炸豆腐出品记录", "出品八份，表皮金黄起泡，配韭菜盐水。"), ("豆酱焗鸡出品记录", "鸡皮金黄，斩件整齐，每份成本三十八元。")]),
 "pills": dict(major="健康与社会照护", code="0529", course="居家老年人日常照护", task="侨乡空巢老人居家服药协助与一周药盒分装照护",
   hours=16, station="健康照护一体化学习工作站",
   situation="普宁是侨乡，不少老人的子女在外地或海外，老人独自在家，常常忘记吃药或者吃重了。社区居家养老服务站请照护班学员上门了解老人的用药情况，核对药品和医嘱，把一周的药按早中晚分装到药盒里，教老人认药盒的标记，教家属用手机设提醒，并做好服药协助记录。",
   qs=[("问题1 分装药盒前要核对哪些内容？", ["核对药名、剂量、服药时间和有效期，对照医院的处方或医嘱，有疑问先问医生。", "药名、剂量、时间和有效期。", "对照处方核对。"]),
       ("问题2 老人说药太多记不住怎么办？", ["药盒按早中晚分格，贴上大字标签，再请家属在手机上设提醒，每周来复查一次。", "分格贴大字标签。", "家属设手机提醒。"])],
   hw=[("1. 哪些药不能放进药盒提前分装？", ["需要冷藏的药、容易受潮的泡腾片和需要按血糖临时调整的药不能提前分装。", "冷藏药和泡腾片。", "临时调整的药。"]),
       ("2. 发现老人漏服了药怎么处理？", ["先看漏了多久，按说明书或者问医生决定要不要补服，不能下次吃双倍。", "问医生，不能吃双倍。", "看漏了多久。"])],
   outputs=[("服药协助记录单", "本周按时服药二十一次，漏服零次。"), ("一周药盒分装核对单", "早中晚三格，共七天，核对无误。")]),
 "plum": dict(major="电子商务", code="0603", course="网店商品上新与推广", task="普宁青梅蜜饯网店新品详情页策划与上新推广",
   hours=16, station="电商运营一体化学习工作站",
   situation="普宁的青梅每年春天上市，一家青梅合作社做了话梅、雪梅和青梅酒三种新品，想在网店上新。合作社负责人请电商班学员分析同类商品，提炼卖点，策划详情页的版块和文案，拍摄和处理商品图片，完成上新，并设置新品优惠券和推广计划，一周后做数据复盘。",
   qs=[("问题1 详情页的第一屏要放什么？", ["最打动人的卖点和商品主图，比如产地青梅现摘现腌，三秒内让顾客想往下看。", "最强的卖点和主图。", "三秒内吸引人。"]),
       ("问题2 怎样找到青梅蜜饯的卖点？", ["看同类商品的好评和差评，顾客最在意的是酸甜度、果肉厚不厚、有没有添加剂。", "看同类商品的评价。", "酸甜度和果肉。"])],
   hw=[("1. 新品优惠券怎样设置比较合适？", ["满减门槛略高于一件的价格，引导顾客买两件，有效期一周，配合上新推广。", "门槛略高于一件。", "有效期一周。"]),
       ("2. 复盘时看哪些数据？", ["访客数、点击率、收藏加购、转化率和客单价，找出是哪一步流失最多。", "访客、点击、转化。", "找出流失最多的一步。"])],
   outputs=[("青梅蜜饯新品详情页策划书", "七个版块，首屏突出现摘现腌。"), ("上新推广与复盘报告", "一周访客三千二百，转化率百分之三点一。")]),
 "shuttle": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车充电系统检修", task="景区纯电动接驳车交流慢充无法充电故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="桦甸红石湖景区的纯电动接驳车晚上插上交流充电桩后，仪表显示充电连接，但充电桩一直不启动充电。景区车队长请新能源班学员接车，检查充电枪、车载充电机和充电口，测量CC和CP信号，查出故障原因，更换损坏的零件，试充电正常后填写检测报告并在保养手册上记录。",
   qs=[("问题1 CC信号和CP信号分别表示什么？", ["CC是充电连接确认，用电阻值判断枪有没有插好和额定电流；CP是控制导引，充电桩和车通过占空比互相确认。", "CC确认连接，CP控制导引。", "CC看电阻，CP看占空比。"]),
       ("问题2 测量充电口之前要做哪些安全准备？", ["断开充电桩电源，拔下充电枪，车辆下电，戴绝缘手套，验电确认无电。", "断电、下电、验电。", "戴绝缘手套。"])],
   hw=[("1. 充电口CC端子对PE电阻异常会怎样？", ["车辆判断充电枪没有插好，不会闭合充电继电器，充电桩也不会启动。", "判断枪没插好，不充电。", "继电器不闭合。"]),
       ("2. 冬天充电慢的原因有哪些？", ["电池温度低，电池管理系统限制充电电流，要先加热电池。", "温度低，限制电流。", "要先加热电池。"])],
   outputs=[("交流慢充故障检测报告", "充电口CC端子对PE电阻为无穷大，更换充电口线束后正常。"), ("车辆保养手册记录页", "里程一万八千六百公里，充电系统检修。")]),
 "portal": dict(major="计算机网络应用", code="0301", course="无线局域网组建与认证", task="冰雪民宿客房无线网络Portal认证上网部署与调试",
   hours=18, station="网络工程一体化学习工作站",
   situation="桦甸一家冰雪民宿冬天客人多，客房的无线网络信号差，而且没有上网认证，公安部门要求登记上网身份。民宿老板请网络班学员勘察房间信号，安装面板式无线接入点，配置无线控制器和Portal认证，让客人用手机号验证后上网，并做信号测试和交付说明。",
   qs=[("问题1 客房为什么用面板式无线接入点？", ["装在房间的网线面板上，信号不用穿墙，每个房间都满格，还不占地方。", "信号不用穿墙。", "每个房间满格，不占地方。"]),
       ("问题2 Portal认证的流程是什么？", ["客人连上无线后打开网页，被重定向到认证页面，输入手机号和验证码，通过后才能上网。", "重定向到认证页面。", "手机号加验证码。"])],
   hw=[("1. 相邻房间的接入点信道怎样规划？", ["二点四G用一、六、十一三个不重叠信道交错分配，五G信道更多，尽量错开。", "一、六、十一交错。", "五G尽量错开。"]),
       ("2. 上网日志为什么要保存？", ["按规定要留存上网记录六十天以上，出了问题能查到是谁在用。", "规定要留存六十天。", "能查到是谁在用。"])],
   outputs=[("Portal认证配置记录", "认证页面跳转正常，验证码三十秒内到达。"), ("客房无线信号测试报告", "十八间客房信号均强于负六十五分贝毫瓦。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="辉县市百泉技工学校", pack="gbkzip", region="hx", course="haw", cls="24级中药1班", size=40, seed=11,
         sidp="24130101", students=["郜沐阳", "申语晨", "苗佳蕊"], items={12: ["郜沐阳", "申语晨", "卢奕霖"]},
         extra_class=["卢奕霖", "常书恒"], bad={"常书恒": "over"}, others_named=["靳德顺"],
         teachers=["牛建华", "范丽君"], form_count="40人",
         f8="labbook", f10="watermark", f11="qc_typed", f12="photo_name",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "常书恒")],
         comment="item 12 (phone photos) holds the homework of 郜沐阳, 申语晨 and classmate 卢奕霖 (with an item-10 record) "
                 "instead of 苗佳蕊's (items 8 and 11 hold the three): students.mismatch. Item 10 (scanned 250 dpi gray, a "
                 "platform printout with a diagonal watermark, hawthorn slices on the glass): 常书恒 has 46 under `炒制火候(40)`, "
                 "总分 the sum: records.invalid_score. Item 8 (scanned 200 gray, hawthorn slices): a LAB-NOTEBOOK page "
                 "(实验记录本, numbered pages), the student only at the foot as `实验者`, the teacher as `见证人`, the factory's "
                 "master 靳德顺 as 指导师傅 (not a student). No roster"),
    dict(school="辉县市百泉技工学校", pack="gbkzip", region="hx", course="noodle", cls="24级机电2班", size=38, seed=12,
         sidp="24012702", students=["麦尔丹·艾合买提", "秦景行", "崔思睿"], others_named=["卢桂平", "申建军", "范秀梅", "常永福"],
         teachers=["孟宪春", "郭素芬"], form_count="38人",
         f8="toolcount", f10="mentor_col", f11="commission_typed", f12="hand_page",
         findings=[],
         comment="clean. A Uyghur student with a middle-dot name (麦尔丹·艾合买提) among the three. Item 10 (TYPED) has a "
                 "`带教导师` column: every row names the factory master who co-marked it (申建军, 范秀梅, 常永福; not students), "
                 "38 rows = form `在籍人数 | 38人`. Item 8 (colour scan 200): a TOOL-COUNT strip (工具清点表) at the top, the "
                 "student as `清点人`, the store keeper 卢桂平 as `仓管员`. Item 11 (typed): 调试记录 with the factory's "
                 "equipment head 常永福 as 验收人. Item 12: hand pages, scanned. No roster"),
    dict(school="普宁市练江技工学校", pack="zip", region="pn", course="tofu", cls="2024级烹饪(1)班", size=42, seed=21,
         sidp="24050101", students=["陈泽锴", "林晓纯", "洪俊鸿"], outsiders={"洪俊鸿": "2024级烹饪(2)班"}, out_sidp="24050102",
         extra_class=["方楷然"], bad={"方楷然": "sum"}, others_named=["佘炳坤"],
         teachers=["黄少鹏", "蔡晓珊"], form_count="42人",
         f8="action_plan", f10="sensory", f11="serve_typed", f12="photo_name2",
         findings=[("students.not_in_class", 8, True, "洪俊鸿"), ("records.invalid_score", 10, False, "方楷然")],
         comment="洪俊鸿 of the parallel class 2024级烹饪(2)班 (his class and 学号 2405010217 on his worksheet, typed 出品记录 "
                 "and photographed homework) is the third student of 8/11/12; item 10 (42 rows = form `覆盖学生数 | 42人`) has "
                 "no record of him: students.not_in_class. Item 10 (TYPED): 方楷然's 总分 is 7 above the sum of his parts: "
                 "records.invalid_score. Item 8 (1-bit 200): `姓名＿ 学号＿ 班级＿` by hand over an ACTION-PLAN table "
                 "(行动计划表, 负责人 column: the student's own name or 本人), the restaurant's head chef 佘炳坤 named. No roster"),
    dict(school="普宁市练江技工学校", pack="zip", region="pn", course="pills", cls="2024级照护(1)班", size=40, seed=22,
         sidp="24052901", students=["郑佳纯", "许丹妮", "庄楚瑶"], extra_class=["赖燕纯"], absent_from_10=["赖燕纯"],
         roster="donation", headteacher="郑淑娴", others_named=["黄亚妹", "郑木兴", "郑少华"],
         teachers=["许佩玲", "庄锐鸿"], form_count="40人",
         f8="photo_sheet", f10="plain_sex", f11="care_typed", f12="photo_pillbox",
         findings=[("records.missing_student", 10, False, "赖燕纯"), ("records.count_mismatch", 10, False)],
         comment="the roster (a DONATION LIST of the class (慈善一日捐), amounts and signatures by hand, scanned 300 gray) and the "
                 "form (`覆盖学生数 | 40人`) hold 赖燕纯; item 10 (TYPED) has 39 rows and none for her: records.missing_student "
                 "and records.count_mismatch. Item 8: the printed sheet photographed by phone, a weekly pill organizer lying "
                 "on it; the elders 黄亚妹 and 郑木兴 and the son 郑少华 named on items 8 and 11 (not students)"),
    dict(school="普宁市练江技工学校", pack="zip", region="pn", course="plum", cls="2024级电商(1)班", size=36, seed=23,
         sidp="24060301", students=["詹思敏", "翁锐锋", "江佳怡"], others_named=["詹镇雄", "方丽娟"],
         teachers=["赖雪芳", "彭泽斌"], form_count="36人",
         f8="esign", f10="stats_rows", f11="detail_typed", f12="sticky",
         findings=[],
         comment="clean. Item 8 (TYPED): an e-worksheet printed from the learning platform (提交人, 学号, 提交时间, 设备 iPad) "
                 "with the student's hand-drawn ELECTRONIC SIGNATURE in a box at the foot. Item 10 (TYPED): 36 rows, then "
                 "three statistics rows (平均分, 最高分, 最低分; not students). The cooperative head 詹镇雄 and the customer "
                 "方丽娟 (a quoted review) named on item 11. Item 12: STICKY-NOTE homework (six notes on a sheet), photographed. "
                 "Form `覆盖学生数 | 36人`. No roster"),
    dict(school="桦甸市红石技工学校", pack="dir", region="hd", course="shuttle", cls="新能源2401班", size=36, seed=31,
         sidp="24043501", students=["于晓松", "宫昱辰", "金芊芊"], items={8: ["于晓松", "宫昱辰", "金芊芊", "曲鹏程"]},
         extra_class=["曲鹏程", "隋天琪"], absent_from_10=["隋天琪"], others_named=["隋长林"],
         teachers=["于振国", "朴美善"], form_count="36名",
         f8="head_station", f10="mono_station", f11="manual_typed", f12="photo_name3",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (colour scan 200) holds the worksheets of FOUR students: the three and classmate 曲鹏程 (with an "
                 "item-10 record): students.count on 8; students.mismatch optional. Item 10 (scanned 300 dpi 1-bit) lists 35; "
                 "the form says `学生数量 | 36名`: records.count_mismatch (隋天琪 has no record; no roster). Item 11 (typed): "
                 "a detection report and a page of the vehicle's SERVICE BOOKLET (保养手册) with the student as 保养技师 and "
                 "the fleet captain 隋长林 as 送修人. Teacher 朴美善 (朝鲜族)"),
    dict(school="桦甸市红石技工学校", pack="dir", region="hd", course="portal", cls="网络2401班", size=38, seed=32,
         sidp="24030101", students=["刘晟熙", "姜忆南", "高晓航"], items={11: ["刘晟熙", "姜忆南"]},
         extra_class=["徐子恒"], bad={"徐子恒": "sum"}, roster="planting", headteacher="宫淑兰",
         others_named=["宫庆山", "姜长禄"],
         teachers=["那仁图雅", "隋立平", "曲宏伟"], form_count="38名",
         f8="plain_sid_first", f10="group_grade", f11="config_typed", f12="photo_name4",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "徐子恒")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED) holds the works of only TWO students, 刘晟熙 and 姜忆南 (高晓航's missing; 8 and 12 hold "
                 "the three): students.count on 11; students.mismatch optional. Item 10 (scanned 200 dpi gray, hawthorn "
                 "slices) has a merged `小组评价` column (a grade letter per group, not counted, as the note says); 徐子恒's "
                 "总分 is 6 above the sum of his parts: records.invalid_score. The roster is a TREE-PLANTING group list "
                 "(秋季义务植树活动分组名单, 38) naming the forest-farm technician 宫庆山 (not a student); 38 = form "
                 "`学生数量 | 38名` = 38 rows. The guesthouse owner 姜长禄 on items 8 and 11. A Mongolian teacher 那仁图雅, "
                 "three teachers"),
]

PROVINCE = {1: "河南省新乡市辉县市", 2: "广东省揭阳市普宁市", 3: "吉林省吉林市桦甸市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 辉县: "NO.08-工作页.pdf"
        return "NO.%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 普宁: "8）工作页.pdf" (a closing full-width bracket only)
        return "%d）%s.pdf" % (n, NAMES[n])
    return "%02d - %s.pdf" % (n, NAMES[n])   # 桦甸: "08 - 工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书（%s）.pdf" % s["cls"], "pdf"),
            3: ("%s申报书.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


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


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


# ------------------------------------------------------------------ the form

LABEL = {1: "在籍人数", 2: "覆盖学生数", 3: "学生数量"}


def form_count_text(s):
    return "%s | %s" % (LABEL[grp(s)], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 辉县: 授课班级 and 在籍人数 side by side in one row
        info = tbl([["专业名称", (c["major"], ' align="left" colspan="3"')], ["专业代码", (c["code"], ' align="left" colspan="3"')],
                    ["课程名称", (c["course"], ' align="left" colspan="3"')], ["学习任务", (c["task"], ' align="left" colspan="3"')],
                    ["授课班级", s["cls"], LABEL[g], s["form_count"]], ["学时", "%d" % c["hours"], "授课地点", c["station"]]],
                   width="92%", pad=P)
    elif g == 2:   # 普宁: 覆盖学生数 on its own row
        info = tbl([[a, (b, ' align="left"')] for a, b in [
            ("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
            ("授课班级", s["cls"]), (LABEL[g], s["form_count"]), ("学时", "%d" % c["hours"])]], width="92%", pad=P)
    else:   # 桦甸: labels over values, two rows of four
        info = tbl([["专业名称（代码）", ("%s（%s）" % (c["major"], c["code"]), ' align="left" colspan="3"')],
                    ["课程名称", (c["course"], ' align="left" colspan="3"')], ["学习任务", (c["task"], ' align="left" colspan="3"')],
                    ["授课班级", LABEL[g], "学时", "授课地点"], [s["cls"], s["form_count"], "%d" % c["hours"], c["station"]]],
                   width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按“获取信息—制定计划—做出决策—实施计划—过程控制—评价反馈”六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师和企业人员审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
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
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "labbook":   # a numbered lab-notebook page, the student only at the foot as 实验者, the teacher as 见证人
            top = ('<p style="font-size:9pt">%s　中药实训中心　　<b>实验记录本</b>　　本册编号：ZY24-%s　　第 %s 页</p>'
                   % (s["school"], sid[-2:], hand(str(7 + i * 2), True)))
            head = tbl([["实验名称", "焦山楂炒制与性状检查", "实验日期", hand(day(s, i)[5:], True)],
                        ["室温／湿度", hand("%d℃／%d%%" % (19 + i, 52 + 3 * i), True), "指导师傅", "%s（饮片厂炮制师傅）" % s["others_named"][0]]],
                       width="100%", pad="3px 4px")
            fire = tbl([["时间（分）", "0", "2", "4", "6", "8", "10", "12"],
                        ["锅温（℃）"] + [hand(str(v + 3 * i), True) for v in (140, 168, 182, 195, 204, 210, 214)],
                        ["表面颜色"] + [hand(x, True) for x in ("红", "红褐", "褐", "褐", "焦褐", "焦褐", "焦褐")]],
                       width="100%", pad="2px 3px")
            body = (top + head + "<p><b>一、实验目的</b>　掌握炒焦的火候判断，完成焦山楂的炒制和性状检查。</p>"
                    "<p><b>二、操作过程与观察</b></p>" + fire + answers(c, rng, i) +
                    '<p>本页共记录　%s　行，无涂改。</p>' % hand("12", True) +
                    '<p style="text-align:right">实验者：%s　班级：%s　学号：%s　　见证人：%s</p>' % (hand(n), hand(cl, True), hand(sid, True), t[i % 2]) +
                    comment)
        elif f == "toolcount":   # a tool-count strip at the top: the student as 清点人, the store keeper named
            ok = hand("√", True)
            strip = tbl([["工具清点表", "万用表", "剥线钳", "压线钳", "螺丝刀组", "兆欧表", "清点人", "仓管员"],
                         ["领用", ok, ok, ok, ok, ok, (hand(n, True), ' rowspan="2"'), (s["others_named"][0], ' rowspan="2"')],
                         ["归还", ok, ok, ok, ok, ok]],
                        width="100%", pad="3px 3px")
            line = '<p>学号：%s　　班级：%s　　工位：%s</p>' % (hand(sid, True), hand(cl, True), hand("%d号柜" % (2 + i), True))
            body = strip + title + line + sit + answers(c, rng, i) + comment
        elif f == "action_plan":   # 姓名＿ 学号＿ 班级＿ over an action-plan table with a 负责人 column
            head = '<p>姓名＿%s＿　学号＿%s＿　班级＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            plan = tbl([["步骤", "内容", "用时", "负责人"],
                        ["1", "领料、检查豆腐和鸡的质量", hand("10分钟", True), hand(n, True)],
                        ["2", "豆腐切块晾干，鸡用豆酱腌制", hand("30分钟", True), hand("本人", True)],
                        ["3", "炸豆腐，调韭菜盐水", hand("15分钟", True), hand("本人", True)],
                        ["4", "焗鸡、斩件、装盘出品", hand("40分钟", True), hand(n, True)]], width="100%", pad="3px 4px")
            body = (title + head + "<p>企业指导：%s（菜馆厨师长）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i))
                    + sit + "<p><b>行动计划表</b></p>" + plan + answers(c, rng, i) + comment)
        elif f == "photo_sheet":   # a bordered head row with the elder served
            elder = s["others_named"][i % 2]
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "服务对象", "%s（%d岁）" % (elder, 79 + 3 * i)]],
                       width="100%", pad="4px 3px")
            body = title + head + sit + answers(c, rng, i) + "<p>家属：%s（服务对象之子）已知晓药盒使用方法。</p>" % s["others_named"][2] + comment
        elif f == "esign":   # an e-worksheet printed from the platform, with the student's electronic signature
            bar = ('<table style="border-collapse:collapse;background:#1f5fa8" width="100%%"><tr><td style="padding:4px 8px;color:#ffffff">'
                   '一体化课程学习平台　›　我的工作页　›　提交详情</td><td style="padding:4px 8px;color:#ffffff" align="right">%s</td></tr></table>' % s["school"])
            meta = tbl([["提交人", n, "学号", sid, "班级", cl], ["提交时间", "%s %02d:%02d" % (day(s, i), 20 + i, 11 + 7 * i), "设备", "iPad（平板）", "状态", "已批阅"]],
                       width="100%", pad="3px 4px")
            qa = ""
            for qi, (q, a) in enumerate(c["qs"]):
                qa += '<p><b>%s</b></p><p style="background:#f2f2f2">%s</p><p %s>%s</p>' % (q, a[(i + qi) % 3], RED, mark(rng))
            sign = tbl([["学生电子签名", hand(n, size="20pt"), "教师电子签名", hand(t[i % 2], size="18pt", ink=BLACK)]],
                       width="100%", pad="8px 6px")
            body = (bar + '<h3 style="text-align:center">%s　在线工作页</h3>' % c["task"] + meta + sit + qa +
                    "<p>得分：%d　　批阅教师：%s</p>" % (88 + 3 * i, t[i % 2]) + sign +
                    '<p style="font-size:8pt;color:#666666">本页由平台导出，电子签名与账号绑定。</p>')
        elif f == "head_station":   # a bordered head row 姓名 | 学号 | 班级 | 工位
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "工位", hand("%d号充电工位" % (1 + i), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + "<p>送修：%s（景区车队队长）</p>" % s["others_named"][0] + comment
        elif f == "plain_sid_first":   # 学号 first
            head = '<p>学号：%s　　姓名：%s　　班级：%s</p>' % (hand(sid, True), hand(n), hand(cl, True))
            body = (title + head + sit + "<p>现场联系人：%s（民宿老板）</p>" % s["others_named"][1] + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"labbook": "x-scanpdf:200:hawslices", "toolcount": "x-scanpdf:200:color", "action_plan": "x-scanpdf:200:mono",
            "photo_sheet": "x-scanpdf:200:photo:pillbox", "esign": "pdf", "head_station": "x-scanpdf:200:color",
            "plain_sid_first": "x-scanpdf:250"}[f]
    font = {"toolcount": "Noto Sans CJK SC", "esign": "Noto Sans CJK SC", "head_station": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    if meth == "pdf":
        os.remove(os.path.join(d, "08.html.ovl.json"))
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
    if f == "watermark":   # a platform printout; the watermark is drawn by prebuild (:wm), then scanned
        parts = [("净选", 10), ("炒制火候", 40), ("成品性状", 30), ("记录与6S", 20)]
        top = ('<p style="font-size:8pt">教学管理平台　›　成绩管理　›　学习任务成绩　　　打印时间：2025-01-%02d 10:%02d</p>' % (6 + s["seed"] % 9, 12 + s["seed"]))
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 46
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = top + head10(s, c, "学习任务考核成绩表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250:wm:hawslices"
    if f == "mentor_col":   # every row names the factory master who co-marked it
        parts = [("电气安装", 30), ("程序编写", 30), ("联机调试", 30), ("职业素养", 10)]
        masters = s["others_named"][1:4]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "带教导师"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, masters[k * 3 // len(rec)]] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表（校企共评）") + table(out) +
                "<p>说明：“带教导师”为挂面厂参与评分的企业导师，每位导师负责一个实训小组。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "sensory":   # a plain table of sensory criteria
        parts = [("色泽", 15), ("香气", 15), ("口味", 30), ("形态", 15), ("刀工火候", 15), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "plain_sex":   # a plain table with 性别 and 备注
        parts = [("服药评估", 20), ("药盒分装", 30), ("协助服药", 30), ("记录与沟通", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, sex_of(n)] + [str(x) for x in v] + [str(sum(v)), "组长" if k % 8 == 0 else ""], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "stats_rows":   # 36 rows, then 平均分 / 最高分 / 最低分 rows
        parts = [("竞品分析", 15), ("卖点提炼", 20), ("详情页策划", 30), ("上新推广", 20), ("数据复盘", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        cols = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cols.append(v + [sum(v)])
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        for lab, fn in (("平均分", lambda xs: "%.1f" % (sum(xs) / len(xs))), ("最高分", lambda xs: str(max(xs))), ("最低分", lambda xs: str(min(xs)))):
            out.append("<tr>%s%s</tr>" % (td("<b>%s</b>" % lab, ' align="center" colspan="3"', pad),
                                          "".join(td(fn([r[j] for r in cols]), ' align="center"', pad) for j in range(len(parts) + 1))))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "mono_station":   # a plain table with a 工位 column, scanned 1-bit
        parts = [("安全防护", 10), ("故障检测", 30), ("故障排除", 30), ("记录与报告", 20), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "工位", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), "%d-%d" % (1 + k % 6, 1 + k // 6), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "group_grade":   # 组别 and a merged 小组评价 grade per group (not counted)
        parts = [("需求勘察", 15), ("设备安装", 25), ("认证配置", 30), ("测试验收", 20), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["组别", "序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "小组评价<br/>（等第）"]], pad)]
        sizes = [7, 7, 6, 6, 6, 6]
        grades = ["A", "B", "A", "B", "C", "A"]
        k = 0
        for gi, gs in enumerate(sizes):
            for j in range(gs):
                n = rec[k]
                v = part_scores(rng, parts)
                tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
                cells = ""
                if j == 0:
                    cells += td("第%s组" % "一二三四五六"[gi], ' align="center" rowspan="%d"' % gs, pad)
                cells += "".join(td(x, ' align="center"', pad) for x in [str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)])
                if j == 0:
                    cells += td("<b>%s</b>" % grades[gi], ' align="center" rowspan="%d"' % gs, pad)
                out.append("<tr>%s</tr>" % cells)
                k += 1
        assert k == len(rec)
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：小组评价为等第（A/B/C），由各组互评和教师评定，不计入个人总分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:hawslices"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t)))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "qc_typed":   # 检验人 the student, 复核人 a teacher
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品名", "焦山楂", "批号", "JSZ-2410%02d" % (11 + 3 * i + j)],
                                  ["检验项目", "标准规定", "检验结果", "结论"],
                                  ["性状", "表面焦褐色，内部黄褐色，有焦香气", "符合", "合格"],
                                  ["水分", "不得过12.0%%", "%.1f%%" % (9.4 + 0.3 * i), "合格"],
                                  ["检验人", "%s（%s）" % (n, cl), "复核人", t[j % 2]]], width="90%") + "<p>备注：%s</p>" % desc)
            elif f == "commission_typed":   # 调试人 the student, the factory's equipment head as 验收人
                parts.append('<h3>%s</h3>' % title +
                             tbl([["设备", "自动称重包装机", "控制器", "S7-1200"], ["调试人", "%s（%s）" % (n, cl), "学号", sid],
                                  ["调试日期", day(s, 30 + i), "验收人", "%s（挂面厂设备科）" % s["others_named"][3]],
                                  ["结论", (desc, ' colspan="3"')]], width="92%"))
            elif f == "serve_typed":   # 出品人 the student, the head chef as 指导师傅
                parts.append('<h3>%s</h3>' % title +
                             tbl([["出品人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                  ["主料", "普宁豆腐12块" if j == 0 else "清远鸡一只约1.3千克", "调料", "韭菜、盐" if j == 0 else "普宁豆酱、姜、葱"],
                                  ["出品情况", desc, "指导师傅", s["others_named"][0]]], width="90%"))
            elif f == "care_typed":   # 照护员 the student, the elder and the son named
                elder = s["others_named"][i % 2]
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", elder, "年龄", "%d岁" % (79 + 3 * i)], ["照护员", "%s（%s）" % (n, cl), "家属", s["others_named"][2] if i % 2 else "—"],
                                  ["日期", day(s, 30 + i), "审核", t[j % 2]], ["情况", (desc, ' colspan="3"')]], width="90%"))
            elif f == "detail_typed":   # 策划 the student, the cooperative head as 供货方, a customer quoted
                parts.append('<h3>%s</h3><p>策划：%s（%s）　　供货方：青梅专业合作社（负责人：%s）</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["版块", "内容"], ["首屏", "现摘现腌，产地直发"], ["卖点", "酸甜适中、果肉厚、无添加"],
                                  ["买家秀", "“梅子很脆，家里老人也爱吃。”——顾客%s" % s["others_named"][1]]], width="86%") +
                             "<p>%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
            elif f == "manual_typed":   # a detection report, then a service-booklet page
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["车辆", "纯电动接驳车（景区）", "送修人", "%s（车队队长）" % s["others_named"][0]],
                                      ["检测人", "%s（%s）" % (n, cl), "复核", t[0]], ["结论", (desc, ' colspan="3"')]], width="92%"))
                else:
                    parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">（保养手册　第 %d 页　车辆：景区接驳车 %d 号）</p>' % (title, 14 + i, 3 + i) +
                                 tbl([["日期", "行驶里程", "保养／维修项目", "保养技师", "服务站"],
                                      ["2023年6月%d日" % (8 + i), "%d km" % (3020 + 15 * i), "首次保养", "（见章）", "厂家授权服务站"],
                                      ["2024年5月%d日" % (12 + i), "%d km" % (12480 + 30 * i), "定期保养，更换空调滤芯", "（见章）", "厂家授权服务站"],
                                      [day(s, 30 + i), "%d km" % (18600 + 40 * i), "交流充电系统检修，更换充电口线束", n, "红石技工学校实训中心"]], width="96%") +
                                 "<p>送修人：%s　　备注：%s</p>" % (s["others_named"][0], desc))
            elif f == "config_typed":   # 配置人 / 测试人 the student, the owner as 验收
                role = ["配置人", "测试人"][j]
                parts.append('<h3>%s</h3>' % title +
                             tbl([[role, "%s（%s）" % (n, cl), "学号", sid], ["日期", day(s, 30 + i), "验收", "%s（民宿老板）" % s["others_named"][1]],
                                  ["结果", (desc, ' colspan="3"')]], width="92%"))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "sticky":   # six sticky notes on a sheet, photographed
        pages = []
        colours = ["#fff3a0", "#ffd6e0", "#c9f0d0", "#fff3a0", "#cfe6ff", "#ffe4b8"]
        ideas = [["现摘现腌", "酸甜适中", "果肉厚", "无添加", "普宁产地", "送礼体面"], ["老人爱吃", "解腻开胃", "小包装", "一周优惠券", "买二送一", "直播试吃"],
                 ["青梅酒", "话梅", "雪梅", "产地故事", "好评截图", "满减"]]
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            cells = []
            for k in range(6):
                cells.append('<td bgcolor="%s" width="31%%" height="150" valign="middle" align="center" style="padding:18px 8px;border:9pt solid #ffffff">'
                             '%s<br/><br/><span style="font-size:8pt;color:#666666">No.%d</span></td>'
                             % (colours[k], hand(ideas[i % 3][k], size="20pt"), k + 1))
            grid = ('<table cellspacing="22" cellpadding="16" width="100%%"><tr>%s</tr><tr>%s</tr></table>'
                    % ("".join(cells[:3]), "".join(cells[3:])))
            body = ('<h3 style="text-align:center">课后作业：青梅蜜饯卖点头脑风暴（便利贴）</h3>'
                    '<p>姓名：%s　班级：%s　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)) +
                    "<p>要求：每张便利贴写一个卖点，至少六张，贴在本页。</p>" + grid +
                    '<p><b>%s</b></p><p>%s</p>' % (c["hw"][0][0], hand(c["hw"][0][1][i % 3])) +
                    '<p %s>阅 %s</p>' % (RED, t[i % 2]))
            pages.append(body)
        write(os.path.join(d, "12.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
        return "12.html", html(PB.join(pages), "11pt"), "x-scanpdf:200:photo"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "photo_name":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_page":
            head = ["课后作业", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "photo_name2":
            head = ["潮汕菜课后作业", "> 班级：%s　学号：%s　姓名：%s" % (cl, sid, n)]
        elif f == "photo_pillbox":
            head = ["照护课后作业", "> 姓名：%s　学号：%s" % (n, sid), "> 班级：%s" % cl]
        elif f == "photo_name3":
            head = ["充电系统检修　课后练习", "> %s　%s　%s" % (cl, n, sid)]
        elif f == "photo_name4":
            head = ["无线网络课后作业", "> 姓名：%s　学号：%s　班级：%s" % (n, sid, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_name": "x-photo:200:2", "hand_page": "x-scan:200:4", "photo_name2": "x-photo:200:1",
            "photo_pillbox": "x-photo:200:2:pillbox", "photo_name3": "x-photo:200:3", "photo_name4": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("沐阳 书恒 景行 宇辰 思睿 浩然 梓航 子谦 嘉禾 泽宇 俊辰 奕霖 梓睿 皓宇 博宇 俊逸 文昊 梓墨 家铭 锦鹏 浩轩 宇泽 子轩 志鹏 家豪 俊杰 "
           "泽锴 俊鸿 楷然 嘉鑫 炜彬 泽鹏 伟杰 锐锋 鸿彬 泽斌 子豪 煜城 铭轩 一鸣 晨阳 骏杰 宏亮 靖宇 博文 昱辰 雨辰 凯瑞 子恒 鹏程 振华 "
           "宸宇 昊天 思远 宇航 锦程 晓航 春阳 晓松 立新 德宇 成林 海洋 天宇 鑫宇 明远 修远 景瑞 星辰 一帆 奕辰 子墨 益民 明朗 "
           "博 阳 鑫 磊 航 帆".split())


def sex_of(n):
    return "男" if bare(n)[1:] in MALE or "·" in n else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "donation":   # the class donation list of a 慈善一日捐 (charity one-day donation) drive: amounts and signatures by hand, scanned
        rng = random.Random(s["seed"] * 31)
        amounts = [rng.choice([5, 10, 10, 10, 20, 20, 50]) for _ in k]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "捐款金额（元）", "本人签名"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, hand(str(amounts[j]), True), hand(n, True, ink=BLACK)], "1px 4px"))
        body = ('<h2 style="text-align:center">2024年“慈善一日捐”爱心捐款登记表</h2><p style="text-align:center">%s　%s　　2024年11月%d日</p>'
                % (s["school"], s["cls"], 24 + s["seed"] % 5) + table(rows, width="84%") +
                "<p>全班%d人，捐款%d人，合计%d元。　　经手人（班主任）：%s　　收款：校团委（转市慈善会）</p>" % (len(k), len(k), sum(amounts), s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（慈善一日捐捐款登记）.pdf\tx-scanpdf:300\troster\t0" % s["cls"])
        return []
    if r == "planting":   # tree-planting groups by plot, the forest-farm technician named in each head
        plots = [("1号地块（红石林场苗圃东侧）", 10, "樟子松"), ("2号地块（苗圃西侧）", 10, "落叶松"), ("3号地块（护林站后坡）", 9, "红松"),
                 ("4号地块（护林站后坡）", 9, "水曲柳")]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "工具", "树种"])]
        j = 0
        for pi, (plot, m, tree) in enumerate(plots):
            rows.append('<tr><td colspan="6" style="border:0.75pt solid #000;padding:1px 6px;background:#e8f0e0">%s　技术指导：%s（红石林场技术员）</td></tr>'
                        % (plot, s["others_named"][0]))
            for _ in range(m):
                n = k[j]
                rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), ["铁锹", "水桶", "铁锹", "镐"][j % 4], tree], "1px 4px"))
                j += 1
        assert j == len(k)
        body = ('<h2 style="text-align:center">%s　2024年秋季义务植树活动分组名单</h2><p style="text-align:center">%s　　活动日期：2024年10月%d日</p>'
                % (s["cls"], s["school"], 10 + s["seed"] % 5) +
                table(rows, width="86%") + "<p>带队班主任：%s　　　参加人数：%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（植树分组）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-fifty-first held-out people corpus (testdata/heldout151), the format of testdata/heldout28/truth.json. "
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
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 151)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        for i, a in enumerate(s["klass"]):   # no two names of a class one character apart
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
