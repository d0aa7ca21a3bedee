#!/usr/bin/env python3
"""Write the sources of the hundred-and-sixtieth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the struct tags of pipeline/heldout_test.go was
read; classaudit was not run on it). Seven submissions of three invented
schools in 城口县 (Chongqing), 白沙黎族自治县 (Hainan) and 舒兰市 (Jilin, 吉林市).

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
# the truth files read for names, tasks and courses to avoid (heldout157-159 are written at the same
# time by other hands and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 157)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 城口 (大巴山 families of north-east Chongqing: 李 王 张 刘 陈 杨
# and 詹 廖 龚 游 袁 江 谢 舒 蒲 冯 邹 付), 白沙 (Hainan and Li families: 符 王 陈 吴 林 李 黄 and 羊 邢 云 吉 容 钟),
# 舒兰 (吉林 families: 王 李 张 刘 赵 孙 于 杨 高 徐 曲 姜 宋, the Manchu 关 佟 and the Korean 金 朴)
SURNAMES = {
    "ck": list("李李李李王王王张张张刘刘陈陈杨杨何周" "詹廖龚游袁江谢舒蒲冯邹付"),
    "bs": list("符符符符符王王王王陈陈陈吴吴林林李黄" "羊羊邢邢云吉容钟"),
    "sl": list("王王王王李李李张张张刘刘赵赵孙孙于杨高徐" "曲姜宋关佟金朴"),
}
# given names: a list of everyday names of students born around 2008-2009, written for this corpus
GIVEN2 = ("梓睿 语晨 诗涵 皓宇 思瑶 俊杰 欣怡 浩然 雨彤 子涵 嘉豪 梦琪 宇辰 雅琪 天宇 若汐 铭轩 可欣 锦涛 紫涵 "
          "博宇 馨怡 子墨 佳豪 思涵 晨曦 浩轩 欣雨 俊宇 雨萌 泽宇 诗雨 睿哲 艺琳 梓航 语彤 宇豪 欣蕊 子豪 雅馨 "
          "昊天 嘉欣 浩博 梦瑶 俊辉 思琪 一航 雨婷 子睿 欣彤 明杰 佳琪 宇航 可馨 泽林 诗琪 天翔 婧怡 晨阳 语嫣 "
          "旭东 丽娜 俊楠 思佳 振宇 佳颖 志鹏 雪莹 鹏程 梦婷 家兴 文静 海涛 晓雪 建宇 玉洁 永康 春燕 嘉俊 秋月 "
          "文轩 慧敏 智博 晓琳 立新 雨欣 凯瑞 欣然 国豪 美琳 浩楠 静雯 宏宇 嘉怡 少华 晓慧 远航 佳慧 志强 明月 "
          "成龙 丹丹 鑫宇 婉婷 家乐 晓燕 俊豪 雅婷 子轩 佳怡 铭浩 诗婷 润东 彤彤 世豪 梓琳 宇杰 晓薇 光耀 心语 "
          "峻豪 菲菲 德宇 琳琳 晨宇 一凡 锦程 雪晴 浩东 思彤 佳乐 冰冰 腾飞 欣妍 俊熙 雅琳 承志 雨涵 瑞祥 梦雪").split()
GIVEN1 = list("浩杰婷鑫磊阳琳悦")


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
 "larou": dict(major="烹饪(中式烹调)", code="0501", course="大巴山区乡土风味菜制作", task="城口老腊肉农家宴热菜制作与出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="冬至以后，城口县城周边的农家乐进入腊味宴旺季。县城一家农家乐承接了一场二十桌的返乡团聚宴，菜单上有腊肉炒蒜苗、腊猪蹄炖洋芋、腊肠蒸土豆饭三道热菜。农家乐老板请烹饪班学员到店跟岗，验收腊肉作坊送来的原料，完成清洗、煮制、切配和炒制，按标准菜谱出品，控制上菜节奏，并做好成本核算和厨房收尾。",
   qs=[("问题1 老腊肉下锅前为什么要先用温水洗、再煮二十分钟？", ["烟熏后表面有烟油和灰，温水洗得干净；先煮能去掉一部分盐分，肉也变软，切片时不碎。", "去掉烟油和多余的盐。", "煮软了切片不碎。"]),
       ("问题2 腊肉炒蒜苗怎样做到肥肉透明不腻？", ["腊肉片先下锅小火煸，把肥肉里的油逼出来，肥肉变透明再放蒜苗大火快炒。", "小火煸出油再放蒜苗。", "肥肉透明了再大火快炒。"])],
   hw=[("1. 验收腊肉时看哪几处？", ["看切面颜色是否红亮，闻有没有哈喇味，摸表面是否干爽不发黏，看有没有霉点。", "颜色、气味、表面干爽。", "有霉点、发黏的不收。"]),
       ("2. 二十桌的宴席怎样控制上菜节奏？", ["按桌号分批出菜，炖菜提前备好保温，炒菜随叫随炒，每批间隔三到五分钟。", "炖菜提前备，炒菜随叫随炒。", "分批出菜。"])],
   outputs=[("腊肉炒蒜苗", "每份用腊肉二百克，蒜苗一百五十克。"), ("腊猪蹄炖洋芋", "小火炖九十分钟，洋芋后下。")]),
 "lipsync": dict(major="计算机动画制作", code="0306", course="二维动画角色表演制作", task="九重山森林防火宣传动画角色口型与表情制作",
   hours=16, station="数字动画制作一体化学习工作站",
   situation="九重山国家森林公园每年春秋两季是森林防火的关键期。公园管理处要在游客中心和短视频平台播放一部九十秒的防火宣传动画，片中的护林员“巴山熊”要对着镜头说六句台词。动画公司把口型和表情的制作交给动画班学员：按配音拆分口型，绘制八种基本口型和五种表情，对齐配音逐帧调整，再按审片意见修改并规范提交。",
   qs=[("问题1 为什么要先按配音拆分口型再画？", ["先听配音把每个字对应的口型和出现的帧数标出来，画的时候才能和声音对上，不会嘴动了声音还没出来。", "和声音对得上。", "先标出帧数。"]),
       ("问题2 闭口音“b、p、m”的口型要注意什么？", ["双唇要先闭合一到两帧再张开，不然观众会觉得嘴型和声音对不上。", "双唇先闭合再张开。", "闭合一两帧。"])],
   hw=[("1. 表情和口型同时变化时怎样处理？", ["先定表情的关键帧，再在表情的基础上叠加口型，眉毛和眼睛的变化比嘴提前两三帧。", "先表情后口型。", "眉眼提前两三帧。"]),
       ("2. 提交文件为什么要按镜头号命名？", ["几个人分镜头制作，按镜头号和学号命名，合成时才不会拿错版本。", "合成时不会拿错。", "按镜头号命名。"])],
   outputs=[("镜头S02口型动画", "时长六秒，一百五十帧。"), ("镜头S05表情动画", "惊讶到微笑的转换用了十二帧。")]),
 "shanlan": dict(major="饭店(酒店)服务", code="0504", course="乡村民宿接待服务", task="雨林民宿入住接待与山兰酒迎宾礼仪服务",
   hours=16, station="前厅与客房服务一体化学习工作站",
   situation="白沙县城外雨林山脚下的一家民宿在春节前后客人最多，很多客人是第一次来黎族村寨。民宿主人请酒店班学员来做入住接待：核对网上订单，办理入住登记，介绍雨林徒步路线和安全须知，在门口用竹筒山兰酒和黎族歌谣迎接客人，并记录客人的特殊要求和意见。",
   qs=[("问题1 山兰酒迎宾时要注意什么？", ["先问客人能不能喝酒，开车的、孕妇和小孩改用山兰米茶，敬酒时双手捧竹筒，不劝酒。", "不劝酒，开车的改用米茶。", "双手捧竹筒。"]),
       ("问题2 介绍雨林徒步路线要讲清哪些安全须知？", ["雨后不走溪谷路线，穿长袖长裤防蚂蟥，不单独进山，下午四点前返回。", "雨后不走溪谷，防蚂蟥。", "四点前返回。"])],
   hw=[("1. 网上订单和到店客人信息不一致怎么办？", ["先核对身份证件和订单号，礼貌询问原因，是同行人代订的就补登记实际入住人信息。", "核对证件和订单号。", "补登记实际入住人。"]),
       ("2. 客人提出特殊要求怎样记录和传递？", ["写在入住登记单备注栏，同时登记在交接本上，告诉客房和餐厅的同事。", "写在备注栏和交接本。", "告诉客房和餐厅。"])],
   outputs=[("雨林徒步安全须知讲解记录", "讲解三条路线，客人签字确认。"), ("客人特殊要求登记", "五位客人，三项特殊要求。")]),
 "yizhi": dict(major="中药", code="1301", course="南药产地初加工", task="益智果实采收后净选与晒干初加工",
   hours=16, station="中药材初加工一体化学习工作站",
   situation="白沙县山区林下种植的益智果实由绿转褐，进入采收期。一家南药种植合作社请中药班学员到基地帮忙：跟着农户采收成熟果穗，摘果去梗，筛去泥沙和杂质，摊晒并定时翻动，测定含水量，按等级分装，填写初加工记录和质量检查单。",
   qs=[("问题1 怎样判断益智果实可以采收了？", ["果皮由绿变成黄褐色，果实饱满，咬开种子有浓烈的辛辣香气。", "果皮黄褐，种子香辣。", "果实饱满。"]),
       ("问题2 摊晒时为什么厚度不超过三厘米？", ["铺太厚下层晒不透，容易发霉，每天还要翻动三到四次。", "太厚下层晒不透。", "要勤翻动。"])],
   hw=[("1. 净选要去掉哪些杂质？", ["果梗、枯叶、泥沙、瘪果和被虫蛀的果实。", "果梗、泥沙、瘪果。", "虫蛀果。"]),
       ("2. 晒干的益智怎样保存？", ["放凉后装进干燥的编织袋，放在通风阴凉处，离地离墙，定期检查有没有受潮。", "通风阴凉，离地离墙。", "定期检查受潮。"])],
   outputs=[("净选记录", "去杂率百分之六。"), ("晒干质量检查单", "含水量百分之十二，合格。")]),
 "dryer": dict(major="机电一体化技术", code="0127", course="粮食干燥设备电气控制装调", task="稻谷烘干塔热风温度与排粮电机PLC控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="秋收以后，舒兰的粮食烘干中心每天要烘干几百吨新收的稻谷。中心一座烘干塔的控制柜老化，排粮电机时快时慢，热风温度忽高忽低，稻谷容易爆腰。中心技术员请机电班学员按新图纸重新装调控制柜：分配输入输出点，接线，编写热风温度上下限控制和排粮电机变频调速程序，联机调试并填写调试记录。",
   qs=[("问题1 热风温度为什么不能超过五十五度？", ["温度太高稻谷表面干得快、里面干得慢，米粒会裂开，就是爆腰，出米率下降。", "温度太高会爆腰。", "出米率下降。"]),
       ("问题2 排粮电机为什么用变频器调速？", ["排粮快慢决定稻谷在塔里停留的时间，用变频器可以按出粮水分随时调整转速。", "按水分调整停留时间。", "转速可以随时调。"])],
   hw=[("1. 上电调试前要检查哪些项目？", ["主回路相间和对地绝缘，控制回路接线，急停按钮，变频器参数，热电偶接线极性。", "绝缘、接线和急停。", "热电偶极性。"]),
       ("2. 温度上下限控制程序怎样防止燃烧器频繁启停？", ["上下限之间留出回差，比如五十度停火、四十六度点火，再加一个延时。", "留回差，加延时。", "四十六度点火，五十度停。"])],
   outputs=[("I/O分配表与PLC程序清单", "输入十二点，输出八点。"), ("联机调试记录", "热风温度稳定在四十八度上下两度。")]),
 "starter": dict(major="汽车维修", code="0403", course="汽车起动与充电系统检修", task="出租车严寒天气起动困难故障诊断与起动机更换",
   hours=16, station="汽车电气检修一体化学习工作站",
   situation="一月的清晨，舒兰的气温降到零下二十八度。一位出租车司机反映，车子早上打火时起动机转得很慢，连续打了四五次才着车，前一天还听到咔哒声。维修站主管请汽修班学员接车问诊，检测蓄电池和起动电路，拆检起动机，判断故障原因，更换起动机并做冬季起动性能检验，最后填写维修工单。",
   qs=[("问题1 低温下起动困难先查哪里？", ["先测蓄电池静态电压和起动时的电压降，再查电缆接头有没有松动和氧化。", "先测蓄电池电压。", "再查电缆接头。"]),
       ("问题2 起动时只听到咔哒声说明什么？", ["电磁开关吸合了但主触点接触不良或者电流不够，要查主触点和蓄电池。", "电磁开关主触点不良。", "电流不够。"])],
   hw=[("1. 起动机拆检要测哪些项目？", ["电枢绕组的短路和搭铁，换向器的磨损，碳刷长度，单向离合器是否打滑。", "电枢、换向器、碳刷。", "单向离合器打滑。"]),
       ("2. 严寒地区出租车冬季保养要提醒司机什么？", ["换低温机油，检查蓄电池，晚上尽量停在车库或插电加热器，打火一次不超过五秒。", "换低温机油。", "一次打火不超过五秒。"])],
   outputs=[("起动机解体检测记录", "碳刷磨损到八毫米，超过极限。"), ("维修工单", "更换起动机总成。")]),
 "coal": dict(major="健康与社会照护", code="0529", course="居家照护环境安全评估", task="农村独居老人冬季燃煤取暖一氧化碳中毒风险评估与安全指导",
   hours=16, station="居家照护一体化学习工作站",
   situation="舒兰农村不少独居老人冬天还在烧煤炉和火炕取暖，每年都有一氧化碳中毒的事。镇卫生院和村委会请照护班学员跟着村医入户：查看煤炉、烟囱和火炕，检查门窗通风和一氧化碳报警器，评估老人的身体和认知情况，用老人听得懂的话讲解中毒的先兆和自救方法，填写评估表，三周后回访复查。",
   qs=[("问题1 入户查看煤炉和烟囱要看哪些地方？", ["烟囱接口有没有漏缝，烟道有没有被煤灰堵住，风斗装没装，炉子离炕和柴火堆有多远。", "烟囱接口和烟道。", "风斗装没装。"]),
       ("问题2 怎样向老人讲一氧化碳中毒的先兆？", ["用老人熟悉的话讲：头疼、头晕、恶心、腿发软，一有这些感觉马上开门开窗，出屋找人。", "头疼头晕，马上开窗出屋。", "腿发软就找人。"])],
   hw=[("1. 一氧化碳报警器装在哪里合适？", ["装在煤炉所在房间，离炉子一到三米，高度在人坐着的呼吸位置附近，不装在窗边和门口。", "离炉子一到三米。", "不装在窗边。"]),
       ("2. 回访时要复查哪些内容？", ["烟囱是否清理，报警器有没有电，老人还记不记得中毒先兆和自救方法。", "烟囱和报警器。", "老人还记不记得。"])],
   outputs=[("入户安全评估报告", "风险等级：中。"), ("安全指导告知书", "老人和家属签字确认。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="重庆市城口县九重山技工学校", pack="gbkzip", region="ck", course="larou", cls="烹饪2403班", size=38, seed=11,
         sidp="240501030", students=["龚思瑶", "廖书恒", "游浩博"], outsiders={"游浩博": "烹饪2401班"}, out_sidp="240501010",
         extra_class=["蒲俊辉"], bad={"蒲俊辉": "over"}, others_named=["詹德贵", "谢国富"],
         teachers=["袁德康", "冯丽蓉"], form_count="38人",
         f8="duty_card", f10="yield", f11="sop_card", f12="margin_photo",
         findings=[("students.not_in_class", 8, True, "游浩博"), ("records.invalid_score", 10, False, "蒲俊辉")],
         comment="游浩博 of the parallel class 烹饪2401班 (his class and 学号 24050101023 on his worksheet, typed SOP cards and "
                 "photographed homework) is the third student of 8/11/12; item 10 (38 rows = form `38人`) has no record of him: "
                 "students.not_in_class. Item 10 (scanned 250 dpi gray, peppercorns on the glass) has a 净料率（%） column (66-78, "
                 "a yield percentage, not a mark, as the note says) between the marks; 蒲俊辉 has 46 under `烹制出品（40）` "
                 "(总分 the sum): records.invalid_score. Item 8 (scanned 200 gray, peppercorns): a kitchen duty "
                 "card head `当班岗位 ☑打荷 | 当班学生 | 学号` and `所在班级` below; the workshop owner 詹德贵 as 供货人 (not a "
                 "student). Item 11: 标准菜谱卡 with `研制人`, the farm-restaurant owner 谢国富 as 品鉴人. No roster"),
    dict(school="重庆市城口县九重山技工学校", pack="gbkzip", region="ck", course="lipsync", cls="动画2401班", size=36, seed=12,
         sidp="240306010", students=["舒梓睿", "邹雨萌", "江明杰"], items={12: ["舒梓睿", "邹雨萌", "付晨宇"]},
         extra_class=["付晨宇", "陈艺琳"], absent_from_10=["陈艺琳"], others_named=["何大春"],
         teachers=["詹小川", "廖绍斌", "龚晓玫"], form_count="36",
         f8="lipsync_sheet", f10="shot_register", f11="cue_sheet", f12="earplug_photo",
         findings=[("students.mismatch", 12, True), ("records.count_mismatch", 10, False)],
         comment="item 12 (phone photos, a pair of corded foam earplugs lying on the sheet) holds the homework of 舒梓睿, 邹雨萌 and "
                 "classmate 付晨宇 (with an item-10 record) instead of 江明杰's (items 8 and 11 hold the three): students.mismatch. "
                 "Item 10 (TYPED) lists 35 (`共35人`) while the form says `班级人数 | 36` (the official six-cell row): "
                 "records.count_mismatch (no roster; 陈艺琳 of the class has no row). Item 10 has a 负责镜头 column (S01-S06) and "
                 "a 帧数 column (90-260 frames, not scores). Item 8 (scanned 250 gray): a 口型对照表 with `动画师 | 学号 | 班级` in a "
                 "strip at the foot. Item 11 (typed): 配音对位表 a shot (台词 | 起帧 | 止帧 | 口型序列), `动画师：<name>（class，学号）`, the forest "
                 "ranger 何大春 as 配音 (not a student)"),
    dict(school="白沙黎族自治县牙叉技工学校", pack="zip", region="bs", course="shanlan", cls="酒店2401班", size=40, seed=21,
         sidp="2446050401", students=["符欣彤", "热依拉·艾合买提", "羊宇航"],
         others_named=["容光辉", "邢桂芳", "林翠英", "王亚妹"],
         teachers=["吉春梅", "符春娇"], form_count="40名", roster="drowning", headteacher="云少华",
         f8="checkin_card", f10="half_points", f11="briefing_log", f12="hand_scan",
         findings=[],
         comment="clean. One of the three is 热依拉·艾合买提 (a student from Xinjiang, middle dot, in the roster, item 10 and by "
                 "hand on items 8 and 12). The roster is a 防溺水安全教育签名名单 (学生签名: the student's own "
                 "name by hand; 家长签名: one parent's FULL name by hand a row, among them her father 艾合买提·热合曼; no parent "
                 "is a class member, all are in others_named), 40 = form `40名` = item 10 (scanned 250 gray). Item 10 "
                 "has half points (x.5) and two red corrections (the printed mark struck, the new one by hand beside it, the "
                 "总分 corrected too). The homestay owner 容光辉 and the guests 邢桂芳 and 林翠英 on items 8 and 11 (not students); "
                 "the roster names the 班主任 and the 宿管 王亚妹"),
    dict(school="白沙黎族自治县牙叉技工学校", pack="zip", region="bs", course="yizhi", cls="中药2402班", size=38, seed=22,
         sidp="2446130102", students=["陈泓屹", "吴若棠", "邢鹏程"], items={11: ["陈泓屹", "吴若棠", "邢鹏程", "钟可萱"]},
         extra_class=["钟可萱", "林德宇"], bad={"林德宇": "sum"}, others_named=["符亚英", "王亚六"],
         teachers=["黄德琼", "容秀珍"], form_count="38名",
         f8="harvest_log", f10="prime_marks", f11="qc_sheet", f12="plain_photo",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "林德宇")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: a 净选记录 and a 质量检查单 a student, `加工人` the student) holds the works of FOUR students: "
                 "the three and classmate 钟可萱 (with an item-10 record): students.count on 11; students.mismatch optional. "
                 "Item 10 (scanned 300 dpi 1-bit, maxima written as 20′ 30′ in the head) lists 38 = form `38名`; 林德宇's 总分 "
                 "is 6 BELOW the sum of his parts: records.invalid_score. Item 8 (scanned 250 gray): a 田间采收记录 with 地块编号 and "
                 "the farmers 符亚英 and 王亚六 as 农户 (not students), `采收人（学生）`. No roster"),
    dict(school="舒兰市霍伦河技工学校", pack="dir", region="sl", course="dryer", cls="机电2402班", size=40, seed=31,
         sidp="24012702", students=["曲晏清", "佟家兴", "于沐晴"], items={8: ["曲晏清", "佟家兴"]},
         extra_class=["关子淳"], absent_from_10=["关子淳"], others_named=["隋长贵"],
         teachers=["高振岭", "宋海龙"], form_count="40人", roster="skating", headteacher="姜桂馥",
         f8="poweron_card", f10="station_pairs", f11="io_list", f12="workshop_photo",
         findings=[("students.count", 8, False), ("records.missing_student", 10, False, "关子淳"), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned colour 200 dpi) holds the worksheets of only TWO students, 曲晏清 and 佟家兴 (于沐晴's missing; "
                 "11 and 12 hold the three): students.count on 8; students.mismatch optional. The roster (a 冰雪体育课分组名单: "
                 "滑冰/冰壶/雪地足球 groups with 冰鞋鞋码, 40) and the form (`授课对象 | 机电2402班全体学生（40人）`) hold 关子淳; "
                 "item 10 (TYPED, two students a 调试台, 工位 merged) has 39 rows and none for him: records.missing_student and "
                 "records.count_mismatch. The drying centre's technician 隋长贵 signs item 8 and 11 (not a student)"),
    dict(school="舒兰市霍伦河技工学校", pack="dir", region="sl", course="starter", cls="汽修2401班", size=38, seed=32,
         sidp="24040301", students=["金瑞妍", "赵腾飞", "孙铭岳"], items={8: ["金瑞妍", "赵腾飞", "刘峻川"]},
         extra_class=["刘峻川", "王承俊"], bad={"王承俊": "over"}, others_named=["佟玉山"],
         teachers=["孙宝岩", "朴英哲"], form_count="38",
         f8="coldstart_log", f10="photo_register", f11="teardown_typed", f12="hand_color",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "王承俊")],
         comment="item 8 (scanned 200 dpi 1-bit) holds the worksheets of 金瑞妍, 赵腾飞 and classmate 刘峻川 (with an item-10 "
                 "record) instead of 孙铭岳's (11 and 12 hold the three): students.mismatch. Item 10 is a PHONE PHOTO of the printed "
                 "register (earplugs lying on it), 38 rows = form `38`; 王承俊 has 37 under `起动机拆检（30）` (总分 the sum): "
                 "records.invalid_score. Item 8: a 冷起动测试记录 (one row an attempt: 起动时间, 起动瞬间电压, 转速, 是否着车) with "
                 "`测试人（学生）` and the taxi driver 佟玉山 as 车主 (not a student). No roster"),
    dict(school="舒兰市霍伦河技工学校", pack="dir", region="sl", course="coal", cls="照护2401班", size=36, seed=33,
         sidp="24052901", students=["朴秋月", "李沐垚", "张芷菡"], others_named=["白桂珍", "刘万山", "包春华", "白淑霞", "刘宝库"],
         teachers=["额尔敦其其格", "赵雅茹"], form_count="36人",
         elders=["白桂珍", "刘万山", "于凤琴", "赵德山", "孙玉芝", "关淑英", "张福贵", "李凤兰", "王守财", "杨占奎", "朴顺子", "曲桂兰"],
         f8="home_visit", f10="visit_register", f11="notice_typed", f12="visit_photo",
         findings=[],
         comment="clean. A Mongolian teacher 额尔敦其其格 (six characters, no dot) on every worksheet and homework page. Item 10 "
                 "(TYPED) names in EVERY row the village (入户村屯) and the elder (服务对象（老人）) the student visited: twelve "
                 "elders, three students each, none a class member (all in others_named); two rows say `回访请假，补访`; "
                 "36 rows = form `36人`. The elders 白桂珍 (82岁) and 刘万山 (79岁), the "
                 "village doctor 包春华 and the relatives 白淑霞 and 刘宝库 on items 8 and 11 (not students). No roster"),
]

PROVINCE = {1: "重庆市城口县", 2: "海南省白沙黎族自治县", 3: "吉林省舒兰市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 城口: "8_九重山技工_工作页.pdf"
        return "%d_九重山技工_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 白沙: "工作页（成果8）.pdf", the name first
        return "%s（成果%d）.pdf" % (NAMES[n], n)
    return "%d．%s.pdf" % (n, NAMES[n])   # 舒兰: full-width dot "8．工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂项目申报书（%s）.docx" % c["course"], "docx"),
            2: ("申报书.pdf", "pdf"),
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


# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "授课年级 | 2024级 | 授课班级 | %s | 班级人数 | %s" % (s["cls"], s["form_count"])
    if g == 2:
        return "学生总数 | %s" % s["form_count"]
    return "授课对象 | %s全体学生（%s）" % (s["cls"], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称/职业技能等级", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 城口: the official six-cell row 授课年级 | … | 授课班级 | … | 班级人数 | …
        info = tbl([["专业名称", (c["major"], ' align="left" colspan="5"')], ["专业编码", (c["code"], ' align="left" colspan="5"')],
                    ["授课课程名称", (c["course"], ' align="left" colspan="3"'), "总学时", "%d" % (c["hours"] * 4)],
                    ["授课学习任务名称", (c["task"], ' align="left" colspan="3"'), "学时", "%d" % c["hours"]],
                    ["授课年级", "2024级", "授课班级", s["cls"], "班级人数", s["form_count"]],
                    ["授课实训室或学习工作站名称", (c["station"], ' align="left" colspan="3"'), "工位数", "40"]], width="96%", pad=P)
    elif g == 2:   # 白沙: 学生总数 with 名
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生总数", s["form_count"]), ("学时", "%d" % c["hours"]), ("学习工作站", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 舒兰: 授课对象 with the class and the count in brackets
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s全体学生（%s）" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、目标与内容</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、创新与特色</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、授课教师诚信承诺</h3><p>本人已认真填写并检查以上材料，保证内容真实有效。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="80%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


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
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 9", "√ 10", "√ 清楚", "√ 较好"])


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


def box(ok):
    return "☑" if ok else "□"


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    on = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "duty_card":   # a kitchen duty card head: station ticked, 当班学生, 学号; the class on a line below
            posts = ["砧板", "打荷", "炉灶"]
            post = posts[(i + 1) % 3]
            head = tbl([["当班岗位", " ".join("%s%s" % (box(p == post), p) for p in posts), "当班学生", hand(n, True), "学　号", hand(sid, True)]],
                       width="100%", pad="4px 4px")
            accept = tbl([["品名", "产地", "供货人", "色泽", "气味", "表面", "验收结论"],
                          ["老腊肉（五花）", "城口县修齐镇", on[0], hand("红亮", True), hand("正常", True), hand("干爽", True), hand("合格", True)],
                          ["腊猪蹄", "城口县修齐镇", on[0], hand("棕红", True), hand("正常", True), hand("干爽", True), hand("合格", True)]],
                         width="100%", pad="2px 3px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页（厨房跟岗）</h3>' % c["task"] + head +
                    '<p>所在班级：%s　　跟岗日期：%s　　跟岗单位：城口县%s农家乐</p>' % (hand(cl, True), hand(day(s, i), True), ["坪坝", "河鱼", "东安"][i % 3]) +
                    sit + "<p><b>一、原料验收</b></p>" + accept + answers(c, rng, i) + comment)
        elif f == "lipsync_sheet":   # a mouth-shape chart; 动画师 | 学号 | 班级 only in a strip at the foot
            shapes = [("A", "a　啊", "大张", 3), ("E", "e　鹅", "半张、嘴角横拉", 2), ("I", "i　衣", "齿露、嘴角后拉", 2), ("O", "o　喔", "圆形", 3),
                      ("U", "u　乌", "小圆、前突", 3), ("M", "b p m", "双唇闭合", 2), ("F", "f　佛", "上齿压下唇", 2), ("REST", "停顿", "自然闭合", 4)]
            rows = [["口型", "对应音", "嘴形要点", "最少帧数", "本镜出现帧号"]]
            for k, (a, b, e, m) in enumerate(shapes):
                rows.append([a, b, e, str(m), hand("%d、%d、%d" % (12 + 7 * k + i, 48 + 9 * k + i, 101 + 11 * k), True)])
            body = (title + sit + "<p><b>一、口型对照表（镜头S0%d，台词“%s”）</b></p>" % (2 + i, ["山上禁止带火种", "看到烟火打一一九", "防火就是护家园"][i % 3]) +
                    tbl(rows, width="100%", pad="2px 3px") + answers(c, rng, i) + comment +
                    '<p style="margin-top:8pt"></p>' + tbl([["动画师", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "审片", t[i % 2]]],
                                                            width="100%", pad="4px 4px"))
        elif f == "checkin_card":   # a check-in card: the guests, the homestay owner, 接待员（学生） and 实训工号 (the 学号)
            g1, g2 = on[1], on[2]
            card = tbl([["订单号", "YC%06d" % (240311 + 17 * i), "入住日期", hand(day(s, i)[5:], True)],
                        ["入住客人", "%s 等%d人" % ([g1, g2][i % 2], 2 + i), "房型", ["雨林树屋", "溪畔双床", "黎家船型屋"][i % 3]],
                        ["民宿主人", on[0], "特殊要求", hand(["一位客人对芒果过敏", "需要婴儿床", "晚到，预计九点"][i % 3], True)],
                        ["接待员（学生）", hand(n, True), "实训工号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = (title + card + "<p>班级：%s</p>" % hand(cl, True) + sit + answers(c, rng, i) + comment)
        elif f == "harvest_log":   # a field harvest log: plot number, farmers, 采收人（学生）
            log = tbl([["地块编号", "BS-NM-%02d" % (3 + i), "农户", on[i % 2], "采收日期", hand(day(s, i)[5:], True)],
                       ["采收株数", hand(str(46 + 5 * i), True), "鲜果重量", hand("%.1f kg" % (38.5 + 3.2 * i), True), "天气", hand(["晴", "多云", "晴"][i % 3], True)],
                       ["采收人（学生）", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页　田间采收记录</h3>' % c["task"] + log + sit + answers(c, rng, i) + comment)
        elif f == "poweron_card":   # a power-on safety card: 调试人 (student), 监护人 (teacher), checks ticked; the technician
            checks = ["主回路绝缘≥1 MΩ", "控制回路接线复核", "急停按钮有效", "变频器参数已备份", "热电偶极性正确"]
            card = tbl([["调试人", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)],
                        ["监护人", t[i % 2], "烘干中心技术员", on[0], "上电时间", hand("%s 14:%02d" % (day(s, i)[5:], 10 + 7 * i), True)],
                        [("上电前确认：" + "　".join("%s%s" % (hand("☑", True), x) for x in checks), ' colspan="6" align="left"')]],
                       width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"] +
                    '<p style="text-align:center"><b>上电调试安全确认卡</b></p>' + card + sit + answers(c, rng, i) + comment)
        elif f == "coldstart_log":   # a cold-start test log: one row an attempt; 测试人（学生）; the taxi driver as owner
            sheet = tbl([["车主", on[0], "车牌", "吉B·T%04d" % (3170 + 11 * i), "环境温度", "-28 ℃"],
                         ["测试人（学生）", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]], width="100%", pad="4px 4px")
            tries = [["次数", "起动时间（s）", "起动瞬间电压（V）", "起动转速（r/min）", "是否着车"]]
            for k in range(4):
                ok = k == 3
                tries.append([str(k + 1), hand(str(5 if not ok else 3), True), hand("%.1f" % (9.2 - 0.3 * k - 0.1 * i), True),
                              hand(str(112 - 6 * k + (60 if ok else 0)), True), hand("是" if ok else "否", True)])
            body = ('<h3 style="text-align:center">%s<br/>学习工作页　冷起动测试记录</h3>' % c["task"] + sheet +
                    "<p><b>一、更换前冷起动测试（停放一夜后）</b></p>" + tbl(tries, width="90%", pad="2px 4px") + sit + answers(c, rng, i) + comment)
        elif f == "home_visit":   # a home-visit safety assessment: 评估员（学生）, the elder, the village doctor
            elder = [("%s（82岁，独居）" % on[0]), ("%s（79岁，独居）" % on[1])][i % 2]
            sheet = tbl([["入户对象", elder, "村医", on[2], "入户日期", hand(day(s, i)[5:], True)],
                         ["煤炉", hand("☑有 □无", True), "火炕", hand("☑有", True), "一氧化碳报警器", hand(["□有 ☑无", "☑有 □无", "□有 ☑无"][i % 3], True)],
                         ["评估员（学生）", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]], width="100%", pad="4px 4px")
            body = (title + sheet + sit + answers(c, rng, i) +
                    '<p>教师评价：<span %s>%s</span>　　带教教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好"][i % 3], t[0]))
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"duty_card": "x-scanpdf:200:huajiao", "lipsync_sheet": "x-scanpdf:250", "checkin_card": "x-scanpdf:200:color",
            "harvest_log": "x-scanpdf:250", "poweron_card": "x-scanpdf:200:color", "coldstart_log": "x-scanpdf:200:mono",
            "home_visit": "x-scanpdf:200"}[f]
    font = {"poweron_card": "Noto Sans CJK SC", "coldstart_log": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title, date=None):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], date or day(s, 11)))


def hrow(cells, widths, pad):
    """A head row whose cells carry their widths (LibreOffice keeps them), so 学号 and names do not wrap."""
    return "<tr>%s</tr>" % "".join(td("<b>%s</b>" % x, ' align="center" width="%d%%"' % w, pad) for x, w in zip(cells, widths))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "yield":   # a 净料率 column (a percentage, not a mark) between the marks
        parts = [("原料验收", 10), ("初加工", 20), ("切配", 20), ("烹制出品", 40), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "原料验收<br/>（10）", "初加工<br/>（20）", "净料率<br/>（%）",
                                                "切配<br/>（20）", "烹制出品<br/>（40）", "卫生<br/>（10）", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 46
            rate = "%.1f" % rng.uniform(66, 78)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(v[0]), str(v[1]), rate] + [str(x) for x in v[2:]] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：净料率＝腊肉、腊猪蹄初加工（去皮、去骨、修整）后净料重量÷毛料重量×100%%，只作记录，不计分；"
                "括号内为该项满分。共%d人。</p>" % len(rec) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:huajiao"
    if f == "shot_register":   # the shot each student animated and its frame count, then the marks
        parts = [("口型同步", 30), ("表情变化", 30), ("动作连贯", 25), ("文件规范", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "负责镜头", "帧数"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            shot = "S%02d-C%02d" % (1 + k % 6, 1 + k // 6)
            out.append(trow([str(k + 1), sid_of(s, n), n, shot, str(rng.randint(9, 26) * 10)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>注：帧数为该生负责镜头的总帧数（25帧/秒），不计分。共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "half_points":   # half points and two red corrections (struck printed mark, the new one beside it)
        parts = [("订单核对", 15), ("入住登记", 25), ("迎宾礼仪", 30), ("安全须知讲解", 20), ("记录与交接", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        fix = {4: 2, 27: 1}   # row index -> the part corrected
        for k, n in enumerate(rec):
            v = [round(m * rng.uniform(0.62, 0.96) * 2) / 2 for _, m in parts]
            v = [int(x) if x == int(x) else x for x in v]
            cells = [str(x) for x in v]
            tot = sum(v)
            tots = ("%g" % tot)
            if k in fix:
                j = fix[k]
                old = v[j]
                new = min(parts[j][1], old + 2)
                cells[j] = '<s>%g</s> %s' % (old, red("%g" % new))
                newtot = tot - old + new
                tots = '<s>%g</s> %s' % (tot, red("%g" % newtot))
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [tots], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：评分精确到0.5分；复核后更正的分数以红笔为准，更正处由复核教师签名。共%d人。</p>" % len(rec) + sign +
                "<p>复核：%s</p>" % red(t[1]))
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "prime_marks":   # maxima written as 20′ in the head; 1-bit scan
        parts = [("采收", 20), ("净选", 20), ("摊晒翻动", 30), ("含水量测定", 15), ("记录填写", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s %d′" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核登记表") + table(out) + "<p>（表头数字为该项满分）</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "station_pairs":   # two students a 调试台, the station merged over their two rows
        parts = [("I/O分配", 15), ("接线工艺", 25), ("程序编写", 30), ("联机调试", 20), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["调试台", "序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))]
            if k % 2 == 0:
                span = 2 if k + 1 < len(rec) else 1
                lead = td("%d号台" % (k // 2 + 1), ' align="center" rowspan="%d"' % span, pad)
                out.append("<tr>%s%s</tr>" % (lead, "".join(td(x, ' align="center"', pad) for x in cells)))
            else:
                out.append(trow(cells, pad))
        body = head10(s, c, "学习任务考核记录（按调试台）") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "photo_register":   # a plain printed register, photographed with a phone (earplugs lying on it)
        parts = [("接车问诊", 10), ("蓄电池检测", 20), ("起动机拆检", 30), ("更换与检验", 30), ("6S", 10)]
        out = [hrow(["序号", "学号", "姓名"] + ["%s（%d）" % p for p in parts] + ["总分"], [6, 15, 10, 11, 13, 13, 13, 8, 8], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 37
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:photo:earplugs"
    if f == "visit_register":   # the village and the elder each student visited stand in every row
        parts = [("风险识别", 25), ("沟通宣教", 25), ("评估报告", 30), ("回访复查", 20)]
        h1 = hrow(["序号", "学号", "姓名", "入户村屯", "服务对象（老人）"] + ["%s（%d）" % p for p in parts] + ["总分", "备注"],
                  [5, 12, 8, 14, 12, 8, 8, 8, 8, 6, 11], pad)
        out = [h1]
        elders, villages = s["elders"], ["法特镇榆树村", "法特镇前进村", "白旗镇新立村", "溪河镇东兴村", "上营镇永安村", "平安镇太平村"]
        makeup = {6: "回访请假，补访", 21: "回访请假，补访"}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            e = k // 3
            out.append(trow([str(k + 1), sid_of(s, n), n, villages[e // 2], elders[e]] + [str(x) for x in v] + [str(sum(v)), makeup.get(k, "")], pad))
        body = (head10(s, c, "学习任务考核记录（入户评估）", "2024年11月16日") + table(out) +
                "<p>注：三名学生一组入户一位老人；“服务对象”为入户评估的村民，不是本班学生。共%d人。</p>" % len(rec) + sign)
        return "10.html", html(body, "8.5pt", compact=True, page="margin:1.0cm 1.0cm"), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    on = s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "sop_card":   # a standard recipe card: 研制人, the farm-restaurant owner as 品鉴人
                parts.append('<h3 style="text-align:center">标准菜谱卡（SOP）：%s</h3>' % title +
                             tbl([["研制人", "%s（%s，学号%s）" % (n, cl, sid), "版本", "V%d.%d" % (1 + j, i)],
                                  ["主料", ["腊肉200 g", "腊猪蹄1只约900 g"][j], "辅料", ["蒜苗150 g、干辣椒5 g", "洋芋400 g、姜片10 g"][j]],
                                  ["工艺流程", (["温水洗—煮20 min—切片—小火煸油—大火炒蒜苗", "温水洗—焯水—小火炖60 min—下洋芋再炖30 min"][j], ' colspan="3" align="left"')],
                                  ["出品标准", (desc, ' colspan="3" align="left"')],
                                  ["品鉴人", "%s（农家乐老板）" % on[1], "成本", "%d元/份" % (26 + 9 * j + i)]], width="92%"))
            elif f == "cue_sheet":   # a dubbing cue sheet a shot: each line's first and last frame and its mouth shapes
                lines = [["山上", "禁止", "带火种"], ["看到烟火", "打一一九"], ["防火", "就是", "护家园"]][(i + j) % 3]
                rows = [["台词", "起帧", "止帧", "口型序列"]]
                f0 = 12 + 5 * i
                for w in lines:
                    f1 = f0 + 9 * len(w) + j
                    rows.append([w, str(f0), str(f1), "—".join(["M", "A", "I", "O", "E", "U", "REST"][(f0 + q) % 7] for q in range(len(w) + 1))])
                    f0 = f1 + 3
                parts.append('<h3 style="text-align:center">%s　配音对位表</h3>' % title +
                             "<p>镜头：S0%d　　动画师：%s（%s，学号%s）　　配音：%s（九重山护林员）</p>" % (2 + 3 * j, n, cl, sid, on[0]) +
                             tbl(rows, width="86%") + "<p>%s　　对位检查：%s　%s</p>" % (desc, t[j % 2], day(s, 30 + i)))
            elif f == "briefing_log":   # a safety briefing signed by the guests (讲解人 the student); a request log (登记人)
                g = on[1 + i % 2]
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["讲解人", "%s（%s）" % (n, cl), "讲解时间", "%s 15:%02d" % (day(s, 30 + i), 10 + 9 * i)],
                                      ["路线", ("南坡步道、溪谷瀑布线、黎寨茶园环线", ' colspan="3" align="left"')],
                                      ["要点", ("雨后不走溪谷；长袖长裤防蚂蟥；不单独进山；16:00前返回", ' colspan="3" align="left"')]], width="90%") +
                                 "<p>客人确认签字：</p>" +
                                 tbl([["客人", "同行人数", "签字", "联系电话"], [g, str(2 + i), hand(g, True, BLACK), "13%d****%04d" % (6 + i, 2718 + 97 * i)]], width="70%") +
                                 "<p>民宿主人：%s　　指导教师：%s</p>" % (on[0], t[j % 2]))
                else:
                    parts.append('<h3 style="text-align:center">%s</h3><p>登记人：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 31 + i)) +
                                 tbl([["房号", "客人", "特殊要求", "处理"], ["树屋%d" % (1 + i), g, ["对芒果过敏", "需要婴儿床", "晚到，预计九点"][i % 3], "已告知厨房/客房"],
                                      ["溪畔%d" % (2 + i), "（同行）", "早餐不要辣", "已告知厨房"]], width="90%") + "<p>%s</p>" % desc)
            elif f == "qc_sheet":   # 净选记录 / 质量检查单: 加工人 the student
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["批号", "YZ-2405-%02d" % (11 + 2 * i + j), "加工日期", day(s, 30 + i)],
                                  ["加工人", n, "班级", cl],
                                  ["鲜果重量", "%.1f kg" % (40.2 + 2.5 * i), "干品重量", "%.1f kg" % (13.1 + 0.8 * i)],
                                  ["结论", desc, "检查人", t[j % 2]]], width="90%"))
            elif f == "io_list":   # an I/O table and a commissioning record: 编程 / 校对, the technician
                if j == 0:
                    body = tbl([["地址", "名称", "地址", "名称"], ["I0.0", "启动按钮SB1", "Q0.0", "热风机KM1"], ["I0.1", "停止按钮SB2", "Q0.1", "燃烧器KA1"],
                                ["I0.2", "急停SB0", "Q0.2", "排粮变频器正转"], ["IW64", "热风温度TT1", "QW80", "排粮频率给定"]], width="86%")
                else:
                    body = tbl([["时间", "热风温度", "排粮频率", "出粮水分"], ["09:00", "47.6 ℃", "28 Hz", "15.8 %"], ["10:00", "48.9 ℃", "31 Hz", "14.9 %"],
                                ["11:00", "48.2 ℃", "33 Hz", "14.5 %"]], width="80%")
                parts.append('<h3>%s</h3><p>编程：%s（%s，%s）　　校对：%s　　烘干中心确认：%s</p>' % (title, n, cl, sid, t[j % 2], on[0]) + body + "<p>%s</p>" % desc)
            elif f == "teardown_typed":   # a starter teardown record and a work order: 检测人 / 维修技师
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["项目", "标准", "实测", "结论"], ["碳刷长度", "≥10 mm", "%d mm" % (8 - i % 2), "超限"],
                                      ["换向器圆跳动", "≤0.05 mm", "0.0%d mm" % (3 + i), "合格"], ["电枢搭铁", "不导通", "不导通", "合格"],
                                      ["检测人", n, "班级", cl]], width="88%"))
                else:
                    parts.append('<h3>%s</h3>' % title + tbl([["车主", on[0], "车牌", "吉B·T%04d" % (3170 + 11 * i)],
                                                              ["维修技师", "%s（%s）" % (n, cl), "质检", t[1]],
                                                              ["项目", desc, "日期", day(s, 30 + i)]], width="90%"))
            elif f == "notice_typed":   # an assessment report and a safety notice with the elder's confirmation
                elder = on[i % 2]
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["入户对象", elder, "评估员", "%s（%s）" % (n, cl)], ["村医", on[2], "带教教师", t[0]],
                                      ["风险点", ("烟囱接口漏缝、无一氧化碳报警器" if i % 2 == 0 else "风斗缺失、炉子离柴火堆不足一米", ' colspan="3" align="left"')],
                                      ["结论", (desc, ' colspan="3" align="left"')]], width="90%"))
                else:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 "<p>%s老人：冬季烧煤炉取暖，请每晚检查烟囱和风斗，睡前封好炉子，报警器响时马上开窗出屋。</p>" % elder +
                                 "<p>告知人：%s（%s）　　老人签字：%s　　家属签字：%s　　%s</p>" % (n, cl, elder, on[3 + i % 2], day(s, 30 + i)))
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
        if f == "margin_photo":   # the name and 学号 written in the top margin, right
            head = ["%s　课后作业" % c["course"], "> 　　　　　　　　　　%s　%s　%s" % (cl, n, sid)]
        elif f == "earplug_photo":
            head = ["课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "workshop_photo":   # 学号 before the name, no class
            head = ["PLC控制课后作业", "> 学号：%s　姓名：%s" % (sid, n)]
        elif f == "hand_scan":
            head = ["课后作业（民宿接待）", "> 班级：%s　姓名：%s" % (cl, n)]
        elif f == "plain_photo":
            head = ["南药初加工课后作业", "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "hand_color":
            head = ["课后练习（起动系统）", "姓名 %s　班级 %s　学号 %s" % (n, cl, sid)]
        elif f == "visit_photo":
            head = ["入户照护课后作业", "> 班级：%s　姓名：%s" % (cl, n)]
            end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"margin_photo": "x-photo:200:2", "earplug_photo": "x-photo:200:1:earplugs", "workshop_photo": "x-photo:200:2:earplugs", "hand_scan": "x-scan:200:4",
            "plain_photo": "x-photo:200:3", "hand_color": "x-scan:200:3:color", "visit_photo": "x-photo:200:2"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("梓睿 皓宇 俊杰 浩然 嘉豪 宇辰 天宇 铭轩 锦涛 博宇 子墨 佳豪 浩轩 俊宇 泽宇 睿哲 梓航 宇豪 子豪 昊天 浩博 俊辉 子睿 "
           "一航 明杰 宇航 泽林 天翔 晨阳 旭东 俊楠 振宇 志鹏 鹏程 家兴 海涛 建宇 永康 嘉俊 文轩 智博 立新 凯瑞 国豪 浩楠 宏宇 "
           "少华 远航 志强 成龙 鑫宇 家乐 俊豪 子轩 铭浩 润东 世豪 宇杰 光耀 峻豪 德宇 晨宇 一凡 锦程 浩东 佳乐 腾飞 俊熙 承志 "
           "瑞祥 书恒 泓屹 铭岳 峻川 子淳 浩 杰 鑫 磊 阳".split())


def sex_of(n):
    g = bare(n)[1:]
    return "男" if g in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "drowning":   # a drowning-prevention signature list: 学生签名 and 家长签名 by hand
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "学生签名", "家长签名"])]
        parents = s["parents"]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), hand(n, True), hand(parents[n], True, BLACK)], "1px 4px"))
        body = ('<h3 style="text-align:center">%s　%s学生名单<br/>（暑假防溺水安全教育告知签名）</h3>' % (s["school"], s["cls"]) +
                "<p>本人已收到《致家长的一封信》，知悉“六不”要求：不私自下水游泳，不擅自与他人结伴游泳，不在无家长或教师带领的情况下游泳，"
                "不到无安全设施、无救援人员的水域游泳，不到不熟悉的水域游泳，不熟悉水性的学生不擅自下水施救。</p>" +
                table(rows, width="92%") + "<p>班主任：%s　　宿管：%s　　合计：%d人　　2024年7月</p>" % (s["headteacher"], s["others_named"][3], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", compact=True, page="margin:0.9cm 1.4cm"))
        man.append("roster.html\t%s学生名单（防溺水告知签名）.pdf\tpdf\troster\t0" % s["cls"])
        return [parents[n] for n in k]
    if r == "skating":   # winter PE groups (滑冰 / 冰壶 / 雪地足球) with skate sizes
        groups = [("滑冰组（体育馆冰场）", k[0:16]), ("冰壶组（旱地冰壶）", k[16:28]), ("雪地足球组（操场）", k[28:])]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "冰鞋鞋码", "备注"])]
        j = 0
        for g, members in groups:
            rows.append('<tr><td colspan="6" style="border:0.75pt solid #000;padding:1px 6px;background:#e8eef6"><b>%s</b>（%d人）</td></tr>' % (g, len(members)))
            for n in members:
                j += 1
                size = (40 + j % 5) if sex_of(n) == "男" else (36 + j % 3)
                rows.append(trow([str(j), sid_of(s, n), n, sex_of(n), str(size) if g.startswith("滑冰") else "—", "自备冰鞋" if j % 9 == 4 else ""], "1px 4px"))
        body = ('<h3 style="text-align:center">%s<br/>%s冰雪体育课分组名单</h3><p style="text-align:center">2024—2025学年第一学期（12月—次年2月）</p>' % (s["school"], s["cls"]) +
                table(rows, width="84%") + "<p>班主任：%s　　体育教师：%s　　全班%d人</p>" % (s["headteacher"], "韩冬生", len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（冰雪体育课分组）.pdf\tpdf\troster\t0" % s["cls"])
        return ["韩冬生"]
    raise SystemExit(r)


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


EXTRA_OTHERS = ["韩冬生", "艾合买提·热合曼"]   # the PE teacher on the 舒兰 roster, a father's signature on the 白沙 roster

# parents' given names (born around 1975-1985), for the signatures on the 白沙 roster
PARENT_M = "建华 国强 海生 永平 志明 文军 春生 德明 振华 卫东 亚雄 明光 家福 少军 宏伟 运财 庆丰 开明 天福 成才 光荣 大海 世忠 定国".split()
PARENT_F = "秀芳 春梅 丽华 玉兰 桂英 小红 美玲 晓梅 彩霞 亚妹 月娥 金凤 爱花 惠珍 亚娇 丽娟 素梅 琼花 翠兰 少梅 雪梅 海霞 丽萍 亚英".split()


def draw_parents(s, avoid):
    """One parent's signature a student: the father (the child's surname) or the mother (any family name)."""
    rng = random.Random(s["seed"] * 31 + 7)
    out, names = {}, []
    for j, n in enumerate(s["klass"]):
        if "·" in n:
            out[n] = "艾合买提·热合曼"   # the student's father (her second name is his)
            continue
        for _ in range(500):
            if j % 3 != 2:
                p = n[0] + rng.choice(PARENT_M)
            else:
                p = rng.choice(SURNAMES[s["region"]]) + rng.choice(PARENT_F)
            if not (used(p) or p in names or any(near(p, x) for x in s["klass"] + avoid)):
                break
        else:
            raise SystemExit("no parent name for %s" % n)
        out[n] = p
        names.append(p)
    s["parents"] = out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Hundred-and-sixtieth held-out people corpus (testdata/heldout160), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", []) + s.get("elders", [])] + EXTRA_OTHERS
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
    per = [set(s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))) for s in SUBS]
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
        rng = random.Random(s["seed"] * 7919 + 20270166)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s.get("roster") == "drowning":
            draw_parents(s, avoid)
        if s.get("elders"):
            for e in s["elders"]:
                assert not any(near(e, x) for x in s["klass"]), e
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
            "others_named": dedup(s.get("others_named", []) + s.get("elders", []) + extra_named),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
