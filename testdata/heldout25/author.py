#!/usr/bin/env python3
"""Write the sources of the twenty-fifth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Six submissions of three invented schools in 喀什
(Xinjiang), 通化 (Jilin) and 西昌 (Sichuan, 凉山).

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
# every earlier corpus but heldout24 (written at the same time by another hand, not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 24)] + ["othertools"]

# Han surnames by region: 喀什 (families from inland provinces), 通化 (the north-east, 佟 关 那 隋 鞠 衣 丛 …),
# 西昌 (Sichuan, 罗 何 邓 冯 …)
SURNAMES = {
    "ks": list("王李张刘陈杨赵马周吴胡郭"),
    "th": list("佟关那于曲隋姜孙王李刘张赵宫丛鞠衣曹"),
    "xc": list("李王张杨刘陈罗何马邓冯苏蒋"),
}
# Uyghur names written in Chinese characters: own name·father's name (the middle dot U+00B7), or the own
# name alone; and a few Kazakh ones
UYGHUR_OWN = ("艾克拜尔 阿卜杜拉 买买提江 努尔麦麦提 伊力哈木 热合曼 阿迪拉 古丽米热 迪丽努尔 帕提古丽 再努尔 "
              "米日阿依 布再娜甫 祖丽皮亚 麦尔丹 依明江 艾合买提 阿力木 亚森 如克亚 萨迪克 玛依拉 努尔古丽 阿依努尔 "
              "图尔荪 买合木提 吾买尔 阿曼古丽 茹仙古丽 则乃普").split()
UYGHUR_FATHER = "吐尔逊 买买提 阿不都 艾买尔 热西提 依明 司马义 吾斯曼 托乎提 卡德尔 肉孜 艾则孜 哈斯木 阿吉 居来提".split()
KAZAKH = "叶尔兰·努尔兰 阿依达娜·别克 哈那提·加肯 加娜尔·木拉提 别克苏丹·阿合买提".split()
# Korean-Chinese (朝鲜族) names
KOREAN_SUR = list("金朴崔郑姜韩全玄许池安")
KOREAN_GIVEN = "成哲 秀妍 永浩 惠珍 明淑 俊锡 恩静 昌洙 美兰 泰勋 英爱 光日 贞姬 东焕 银实 锦花 哲洙 美善 圣根 香玉".split()
# Yi names (凉山): clan name + given name, four characters, no dot
YI_CLAN = "吉克 阿苏 海来 沙马 俄木 曲比 马海 阿尔 吉木 勒格 阿的 吉伍 阿侯 瓦其 日火".split()
YI_GIVEN = "阿呷 拉则 伍呷 石布 阿木 尔古 子莫 木呷 拉哈 伍各 么呷 阿芝 曲者 拉古 尔呷 依莫 克哈".split()
# given names for Han students: a new list (landscape and weather words)
GIVEN2 = ("松涛 北辰 沐阳 星河 晓川 远帆 启航 向阳 若溪 雪松 林溪 清泉 晨曦 海川 云舒 语桐 知夏 听雨 安然 嘉树 "
          "皓月 青禾 朗月 秋池 山岚 春野 望舒 长庚 砚池 墨林 松月 溪桥 川流 野航 雁回 牧云 鹤鸣 云岫 霁月 "
          "渔舟 溪亭 晴川 石泉 苇岸 柳堤 烟波 雪川 冬青 梧桐 春晖 苍梧 岩松 涧溪 海棠 夏禾 秋实 晓岚 书瑶 海燕").split()
GIVEN1 = list("淼川岚桐骁琛")


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
            if re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", x):
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
TAKEN = set()


def bare(a):
    return a.replace("·", "")


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, region):
    r = rng.random()
    if region == "ks" and r < 0.34:
        if rng.random() < 0.12:
            return rng.choice(KAZAKH)
        own = rng.choice(UYGHUR_OWN)
        return own if rng.random() < 0.3 else own + "·" + rng.choice(UYGHUR_FATHER)
    if region == "th" and r < 0.18:
        return rng.choice(KOREAN_SUR) + rng.choice(KOREAN_GIVEN)
    if region == "xc" and r < 0.30:
        return rng.choice(YI_CLAN) + rng.choice(YI_GIVEN)
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or name in USED_BEFORE or bare(name) in USED_BEFORE or name in TAKEN or \
                any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


def minzu(n, region):
    if "·" in n and n in KAZAKH:
        return "哈萨克族"
    if "·" in n or n in UYGHUR_OWN:
        return "维吾尔族"
    if region == "th" and n[0] in KOREAN_SUR and n[1:] in KOREAN_GIVEN:
        return "朝鲜族"
    if region == "xc" and n[:2] in YI_CLAN:
        return "彝族"
    return "汉族"


C = {
 "nang": dict(major="烹饪(中式烹调)", code="0501", course="西域风味面点制作", task="馕坑烤包子制作与出品",
   hours=12, station="风味面点一体化学习工作站",
   situation="喀什老城一家经营了三十年的烤包子店要开分店，需要按统一标准培训新员工。店长请烹饪班学员学习死面调制、羊肉洋葱馅的切配和调味、四方包子的包制，掌握馕坑的升温和贴坑烤制，按店里的出品标准完成烤包子，并记录每一坑的出品情况。",
   qs=[("引导问题1 烤包子的面团为什么用死面？", ["死面筋力好、不发酵，烤出来皮薄而脆，包得住多汁的馅料不破。", "皮薄脆，不容易破。", "不发酵，包得住馅。"]),
       ("引导问题2 怎样判断馕坑的温度合适？", ["把手掌靠近坑口感到灼热、坑壁发白无明火，洒一点水立刻起泡蒸发。", "坑壁发白，洒水立刻起泡。", "手靠近坑口很烫。"])],
   hw=[("1. 羊肉馅里为什么要放洋葱和孜然？", ["洋葱去膻增鲜并出汁，孜然增香，是烤包子的特有风味。", "去膻增香。", "洋葱出汁，孜然增香。"]),
       ("2. 贴坑时包子为什么要蘸一点盐水？", ["盐水让包子底部牢牢粘在坑壁上，烤的过程中不会掉进坑底。", "粘牢坑壁，不掉下去。", "防止掉进坑里。"])],
   outputs=[("四方烤包子（羊肉馅）", "每个生坯一百二十克，烤制十二分钟。"), ("薄皮包子（南瓜馅）", "南瓜馅加少量羊油。"), ("烤包子出品标准卡", "表皮金黄起泡，底部不焦。")]),
 "dust": dict(major="汽车维修", code="0403", course="汽车发动机进排气系统检修", task="沙尘路况越野车进气系统堵塞致动力不足故障诊断与排除",
   hours=16, station="汽车发动机检修一体化学习工作站",
   situation="一辆常跑塔县山路的越野车经过几次沙尘天气后，加速无力、油耗升高，仪表偶尔点亮发动机故障灯。服务站请实训班学员接车问诊，读取故障码和数据流，检查空气滤清器、进气管路和空气流量传感器，清洁或更换堵塞部件，完工后路试验证并向车主说明沙尘路况的保养要点。",
   qs=[("引导问题1 空气滤清器堵塞为什么会造成动力不足？", ["进气阻力增大，进气量不足，混合气过浓燃烧不充分，发动机输出功率下降。", "进气不足，混合气过浓。", "进气阻力大，功率下降。"]),
       ("引导问题2 读取数据流时重点看哪些数据？", ["看进气量、进气压力、短期和长期燃油修正，与标准值比较判断进气是否受阻。", "进气量和燃油修正。", "进气压力和燃油修正。"])],
   hw=[("1. 沙尘路况下空气滤清器应怎样保养？", ["缩短检查周期，每次沙尘天气后取出检查，纸质滤芯只能轻拍不能水洗，堵塞严重就更换。", "缩短周期，堵了就换。", "纸滤芯不能水洗。"]),
       ("2. 清洁空气流量传感器要注意什么？", ["关闭点火开关拔下插头，用专用清洗剂喷洗，不能用手或布擦热膜，晾干后再装。", "用专用清洗剂，不能擦热膜。", "拔插头后喷洗，晾干再装。"])],
   outputs=[("进气系统故障诊断思路图", "先查滤清器，再查管路和传感器。"), ("空气流量传感器检测思路图", "怠速进气量偏低。"), ("路试验证思路图", "加速恢复正常，故障灯熄灭。")]),
 "ginseng": dict(major="中药", code="1301", course="根及根茎类中药材产地加工", task="通化园参趁鲜切片与生晒参干燥加工",
   hours=14, station="中药材产地加工一体化学习工作站",
   situation="通化是人参的主产区，一家参业合作社秋天收获了一批六年生园参，要加工成生晒参和鲜参片。技术员请中药班学员挑选分级、刷洗去泥，把一部分整参晾晒烘干成生晒参，另一部分趁鲜切片低温干燥，并检查成品的外观、断面和水分，填写加工记录。",
   qs=[("引导问题1 园参为什么要趁鲜切片？", ["鲜参质地柔软好切，切片完整；干后再切要先软化，容易碎片，有效成分也会损失。", "鲜的好切，片子完整。", "干了再切容易碎。"]),
       ("引导问题2 生晒参干燥时温度怎样控制？", ["先在四十度左右低温烘，逐步升到五十度，不能超过六十度，防止断面变红变暗。", "先低温再慢慢升温。", "不超过六十度。"])],
   hw=[("1. 刷洗园参时要注意什么？", ["用软毛刷顺着芦头和须根刷，不能刷破表皮，不能在水里泡太久。", "用软刷，不破皮。", "不能泡太久。"]),
       ("2. 合格的生晒参断面是什么样的？", ["断面淡黄白色，显粉性，形成层环纹明显，有放射状裂隙和香气。", "淡黄白色，有粉性。", "有环纹和裂隙。"])],
   outputs=[("生晒参留样卡", "含水量百分之十一。"), ("鲜参片留样卡", "片厚一点五毫米。"), ("参须留样卡", "须根完整，无泥沙。")]),
 "wine": dict(major="机电一体化技术", code="0127", course="气动与PLC控制系统装调", task="山葡萄酒灌装线旋盖工位气动与PLC控制系统装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="通化一家山葡萄酒厂的灌装线要改造旋盖工位：瓶子到位后气缸夹紧，旋盖头下降旋紧，再松开放行。设备科请实训班学员看懂气动回路图和电气图，安装气缸、电磁阀和传感器，分配输入输出点，编写PLC程序，调试夹紧、旋盖和放行的动作顺序，并做好点检记录。",
   qs=[("引导问题1 旋盖工位的动作顺序是什么？", ["瓶到位检测、夹紧气缸伸出、旋盖头下降旋紧、旋盖头上升、夹紧松开、放行挡板打开。", "到位、夹紧、旋盖、松开、放行。", "先夹紧再旋盖。"]),
       ("引导问题2 为什么要用磁性开关检测气缸位置？", ["磁性开关装在缸体上检测活塞磁环，能确认气缸真正到位，程序才进行下一步。", "确认气缸到位。", "检测活塞磁环。"])],
   hw=[("1. 双电控电磁阀有什么特点？", ["两端线圈各控制一个方向，断电后保持原来位置，有记忆功能。", "断电保持原位。", "有记忆功能。"]),
       ("2. 调节气缸速度用什么元件？", ["用单向节流阀调节排气节流，使气缸动作平稳。", "单向节流阀。", "排气节流。"])],
   outputs=[("旋盖工位设备点检表（第一周）", "气源压力零点六兆帕。"), ("旋盖工位设备点检表（第二周）", "夹紧气缸磁性开关松动，已紧固。"), ("旋盖工位设备点检表（第三周）", "旋盖扭矩正常。")]),
 "bp": dict(major="健康与社会照护", code="0529", course="社区与居家老年人健康照护", task="彝族聚居村留守老人居家血压监测与服药提醒",
   hours=14, station="老年照护一体化学习工作站",
   situation="西昌周边一个彝族聚居村里不少老人独自在家，患高血压却常常忘记吃药，也不会自己量血压。村卫生室请照护班学员入户为老人测量血压，教老人和家属使用电子血压计，按医嘱整理药盒并设置服药提醒，用老人听得懂的话讲解低盐饮食，并填写入户照护记录。",
   qs=[("引导问题1 为老人测血压前要做哪些准备？", ["让老人安静休息五分钟，半小时内不吸烟不喝茶，取坐位，上臂与心脏同高，袖带松紧能放进一指。", "休息五分钟，手臂和心脏一样高。", "袖带松紧合适。"]),
       ("引导问题2 怎样帮老人记住按时吃药？", ["用分格药盒按早中晚分好，手机设闹钟提醒，请家属或邻居电话提醒，并做服药记录。", "分格药盒加闹钟提醒。", "请家属提醒。"])],
   hw=[("1. 高血压老人为什么要低盐饮食？", ["盐吃多了体内水钠潴留，血容量增加，血压升高，每天食盐不超过五克。", "盐多血压高。", "每天不超过五克盐。"]),
       ("2. 血压突然很高时应怎样处理？", ["让老人平卧休息保持安静，复测血压，仍然很高或有头痛胸闷就马上联系村医或拨打急救电话。", "平卧复测，联系村医。", "有症状马上打急救电话。"])],
   outputs=[("入户照护记录（第一次）", "血压一百五十六比九十六，已提醒服药。"), ("入户照护记录（第二次）", "老人学会了使用血压计。"), ("入户照护记录（第三次）", "一周服药记录完整。")]),
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="酒店前厅对客服务", task="邛海湖景酒店火把节旅游团队入住接待",
   hours=12, station="酒店前厅服务一体化学习工作站",
   situation="火把节期间，邛海边一家湖景酒店要接待多个旅游团队。前厅经理请酒店班学员事先核对团队订房单，准备房卡和欢迎资料，团队到店后快速完成证件登记、分房和发卡，介绍火把节活动和酒店设施，处理客人临时提出的换房和叫醒要求，并建立客史档案。",
   qs=[("引导问题1 团队到店前要做哪些准备？", ["核对订房单的人数和房型，提前排房、制作房卡，准备欢迎资料和团队入住名单。", "核对订房，提前排房做房卡。", "准备欢迎资料。"]),
       ("引导问题2 团队客人要求换房时怎样处理？", ["先了解原因，查看可用房态，与领队确认后办理换房，更新系统和房卡，告知行李员。", "问清原因，查房态后换房。", "和领队确认后办理。"])],
   hw=[("1. 团队入住登记和散客有什么不同？", ["团队由领队统一提供名单，提前分房，集中发卡，证件逐一核验登记。", "领队统一办理，提前分房。", "集中发卡。"]),
       ("2. 客史档案要记录哪些内容？", ["客人的基本信息、入住次数、房型偏好、特殊要求和消费习惯。", "基本信息和偏好。", "特殊要求和消费习惯。"])],
   outputs=[("团队客史档案（一）", "领队要求高楼层湖景房。"), ("团队客史档案（二）", "两位客人需要无障碍房。"), ("团队客史档案（三）", "客人要求六点叫醒看日出。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="喀什市帕米尔技工学校", pack="zip", region="ks", course="nang", cls="烹饪2401班", size=38, seed=11,
         sidp="24310501", students=["迪丽努尔·热西提", "王晴川", "麦尔丹·托乎提"],
         extra_class=["阿力木·司马义"], bad={"阿力木·司马义": "over"},
         teachers=["周国新", "热娜·阿布力米提"], form_count="38人（男21人，女17人）",
         f8="bilingual_ug", f10="grade_points", f11="hang_tags", f12="title_name_photo",
         findings=[("records.invalid_score", 10, False, "阿力木·司马义")],
         comment="item 10 (TYPED, landscape) grades activities 1 and 2 only as 等级 (优/良/中/及格, no points), gives points only "
                 "for 实操 (满分60) and 理论 (满分40), 总分 = 实操 + 理论 and a 总评等级; 阿力木·司马义 (a Uyghur name with the middle "
                 "dot) has 实操 64 (总分 the sum): records.invalid_score. Item 8 (scanned 200 dpi gray, sent through a chat app: "
                 "JPEG blocks): a bilingual Uyghur/Chinese head table `ئىسمى 姓名 | <hand>`. Item 11: typed product hang tags with "
                 "制作人. Item 12: phone photos taken at a slant (keystone), the name without a label at the end of the head line. "
                 "Form `38人（男21人，女17人）`. No roster"),
    dict(school="喀什市帕米尔技工学校", pack="zip", region="ks", course="dust", cls="汽修2401班", size=36, seed=12,
         sidp="24310403", students=["艾克拜尔·吾斯曼", "张远帆", "赵野航"], outsiders={"赵野航": "汽修2302班"}, out_sidp="23310403",
         extra_class=["如克亚·居来提", "刘雪川", "阿迪拉·哈斯木", "周石泉"], bad={"如克亚·居来提": "sum"},
         peers=["刘雪川", "阿迪拉·哈斯木", "周石泉"],
         teachers=["胡永刚", "阿不都热依木·卡德尔"], form_count="学生36名",
         f8="peer_rating", f10="page_subtotals", f11="mindmap", f12="blocky_scan",
         findings=[("students.not_in_class", 8, True, "赵野航"), ("records.invalid_score", 10, False, "如克亚·居来提")],
         comment="赵野航 of the older class 汽修2302班 (his class and 学号 on his worksheet and homework, the class beside his name in "
                 "item 11) is the third student of 8/11/12; item 10 (36 rows = form `学生36名`) has none for him: "
                 "students.not_in_class. Item 10 (scanned 250 dpi gray) runs over two pages with a subtotal line under each page "
                 "(`本页人数 18　本页平均分 …`) and `全班人数 36` at the end; 如克亚·居来提's 总分 is 10 below the sum of her parts: "
                 "records.invalid_score. Item 8 (scanned 250 dpi gray): each page's owner as 作答人, and at its foot a PEER-RATING "
                 "table where the owner rates two classmates (刘雪川, 阿迪拉·哈斯木, 周石泉: class members with records, not among the "
                 "three). Item 11: typed mind maps, `绘制：<name>` under the centre node. Item 12: scans passed through a chat app "
                 "(JPEG blocks). No roster"),
    dict(school="通化市佟佳江技工学校", pack="dir", region="th", course="ginseng", cls="中药2402班", size=41, seed=21,
         sidp="24220113", students=["金秀妍", "隋松涛", "那云岫"], extra_class=["丛春野"], absent_from_10=["丛春野"],
         teachers=["姜玉华", "曲德胜"], form_count="中药2402班，41人", roster="seat_plan", headteacher="关淑芬",
         f8="corner_box", f10="keystone_photo", f11="sample_cards", f12="seat_no",
         findings=[("records.missing_student", 10, False, "丛春野"), ("records.count_mismatch", 10, False)],
         comment="the roster (a SEAT PLAN, 座次表, 7 rows of 6 desks with one empty desk and 讲台 at the front, photographed with a "
                 "phone at a slant: 41 names) and the form (`授课班级及人数 | 中药2402班，41人`) hold 丛春野; item 10 has 40 rows and "
                 "none for him: records.missing_student, records.count_mismatch. Item 10 is a typed register PHOTOGRAPHED at a slant "
                 "(keystone) with a 民族 column (朝鲜族/汉族). Item 8 (scanned 250 dpi gray from a photocopy: a moiré screen): the "
                 "name only in a `姓名 | 座号` box at the foot of the page. Item 11: sample-retention cards (留样人), colour scan. "
                 "Item 12: WenKai whole page, `学生姓名 <name>　座号 nn`, moiré"),
    dict(school="通化市佟佳江技工学校", pack="dir", region="th", course="wine", cls="机电2301班", size=39, seed=22,
         sidp="23220127", students=["朴圣根", "曲长庚", "宫雪松"], items={12: ["朴圣根", "曲长庚"]},
         extra_class=["衣秋池"], bad={"衣秋池": "over"}, others_named=["鞠宝山"],
         teachers=["隋振国", "李艳秋"], form_count="机电2301班，39人",
         f8="hangul_name", f10="moire_scan", f11="checklist", f12="pen_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "衣秋池")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos at a slant with a pen lying on the sheet) holds the homework of only 朴圣根 and 曲长庚 "
                 "(宫雪松's is missing; items 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 "
                 "(scanned 250 dpi gray from a photocopy: moiré) has 衣秋池 with 19 under `气动回路安装(15)` (总分 the sum): "
                 "records.invalid_score. Item 8 (scanned 200 dpi gray): 朴圣根 writes his name with its Hangul spelling "
                 "`朴圣根（박성근）`; the company mentor 鞠宝山 signs every worksheet (not a student). Item 11: typed equipment "
                 "checklists, `点检人：<name>`. Form `授课班级及人数 | 机电2301班，39人`. No roster"),
    dict(school="西昌市邛海技师学院", pack="gbkzip", region="xc", course="bp", cls="照护2401班", size=42, form_size=43, seed=31,
         sidp="24340529", students=["吉克伍呷", "何冬青", "沙马依莫"], items={11: ["吉克伍呷", "何冬青", "海来拉古"]},
         extra_class=["海来拉古"], others_named=["阿侯曲者", "日火拉哈"],
         teachers=["罗文清", "沙马阿果"], form_count="43",
         f8="corner_author", f10="trimmed_mean", f11="home_visit", f12="pen_photo2",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False)],
         comment="item 11 (TYPED home-visit records) holds the works of 吉克伍呷, 何冬青 and classmate 海来拉古 (with an item-10 "
                 "record) instead of 沙马依莫's (items 8 and 12 hold the three): students.mismatch. Item 10 (TYPED) lists 42; the "
                 "form says `班级人数 | 43`: records.count_mismatch. Hard but legal: item 10 scores by FIVE judges with the "
                 "highest and lowest dropped (最后得分 = the mean of the other three, one decimal: not a sum); the elders "
                 "阿侯曲者 and 日火拉哈 (four-character Yi names like the students') are named as 服务对象 in item 11 and item 8 "
                 "(not students). Item 8 (colour scan 200 dpi): the name only in a `班级 | 作者` box at the foot of the page, under a 完成日期 line. Item 12: phone "
                 "photos with a pen lying on the sheet, `照护员：<name>`. No roster"),
    dict(school="西昌市邛海技师学院", pack="gbkzip", region="xc", course="hotel", cls="酒店2402班", size=40, seed=32,
         sidp="24340504", students=["刘嘉树", "马清泉", "阿尔尔古"],
         extra_class=["苏牧云", "杨苇岸", "吉木拉则", "蒋秋实", "冯溪桥", "俄木克哈", "陈雁回", "邓朗月", "勒格木呷", "张柳堤"],
         groups=[["杨苇岸", "刘嘉树", "吉木拉则", "蒋秋实"], ["马清泉", "冯溪桥", "俄木克哈", "陈雁回"], ["邓朗月", "勒格木呷", "阿尔尔古", "张柳堤"]],
         leaders=["杨苇岸", "马清泉", "邓朗月"], hand_added="苏牧云", others_named=["谢国栋", "黄丽萍"],
         teachers=["邓晓梅", "何光明"], form_count="40人（在籍）", roster="xlsx_county", headteacher="苏建华",
         f8="group_line", f10="hand_added", f11="guest_history", f12="trad_scan", findings=[],
         comment="clean. Item 8: each worksheet carries its group line `第n组　组员：A（组长）、B、C、D` (hand) naming four group "
                 "members, one marked 组长, and `本页填写人：` with the owner — 马清泉 written with a space, `马 清泉`. Item 12 "
                 "(UKai whole page, 250 dpi gray): 刘嘉树 signs one page in TRADITIONAL characters, `劉嘉樹`. Item 10 (scanned 250 "
                 "dpi gray) has 39 typed rows and a 40th row ADDED BY HAND for 苏牧云 (`补录` with the teacher's initials); roster "
                 "xlsx 40 with 民族 and 生源县; form `40人（在籍）`. Four-character Yi names (阿尔尔古 among the three). Guests "
                 "谢国栋 and 黄丽萍 named in item 11's 客史档案 (not students)"),
]

PROVINCE = {1: "新疆喀什地区", 2: "吉林省通化市", 3: "四川省凉山州西昌市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
TRAD = {"刘嘉树": "劉嘉樹"}
HANGUL = {"朴圣根": "박성근"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 喀什: "08号-工作页.pdf" (a 号 after the number)
        return "%02d号-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 通化: "8.工作页-定稿v2.pdf" (a version after the name)
        return "%d.%s-定稿v%d.pdf" % (n, NAMES[n], 2 + n % 2)
    return "%s %d.pdf" % (NAMES[n], n)   # 西昌: "工作页 8.pdf" (the number after the name)


def form_name(s, c):
    return {1: ("申报书（%s）.docx" % s["school"], "docx"),
            2: ("附件2-申报书-%s.pdf" % c["course"], "pdf"),
            3: ("%s申报书.docx" % c["task"], "docx")}[grp(s)]


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
BLUE, BLACK, REDC = "#1d2f6b", "#151515", "#c0251a"
RED = 'style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:13pt"'


def hand(x, small=False, ink=BLUE, size=None):
    return '<span style="font-family:\'AR PL UKai CN\';color:%s;font-size:%s">%s</span>' % (
        ink, size or ("13pt" if small else "15pt"), x)


def ug(x):
    return '<span style="font-family:\'DejaVu Sans\';font-size:9pt">%s</span>' % x


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
    if g == 1:   # 喀什: label | value, the class and its size on two rows, the size with a boys/girls split
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[("<b>%s</b>" % a, ' bgcolor="#e8eef4"'), (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    elif g == 2:   # 通化: the class and its size in ONE cell (`授课班级及人数 | 中药2402班，41人`)
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及人数", s["form_count"]), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 西昌: two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("学习任务", c["task"]), ("授课场所", c["station"])], [("授课班级", s["cls"]), ("班级人数", s["form_count"])]]
        out = []
        for r in rows:
            out.append("<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center"', P) + td(b, ' align="left"', P) for a, b in r))
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>本课堂按照获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学：学生接受任务后查阅资料，分组制定工作计划，经教师审核后做出决策，按计划实施；教师巡回指导，控制质量与安全；最后各组展示成果，开展自评、互评和教师点评。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作单位的真实工作，学生在完成任务的过程中提升了专业能力和职业素养。</p>
<h3>六、承诺</h3><p>本单位承诺所报材料真实、原创，无知识产权争议。</p>""".format(
        school=s["school"], lead=t[0], d=6 + s["seed"] % 17, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}合作单位的岗位要求转化。\n二、学习任务\n本学期安排“{task}”，共{hours}学时。\n三、评价方式\n过程评价与结果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查评估、总结反馈。",
    3: "{school}\n{task}　教学活动策划\n学习活动一　明确任务与收集信息\n学习活动二　制定计划与决策\n学习活动三　实施任务\n学习活动四　检查、评价与总结",
    4: "{school}\n{course}教学进度计划\n本任务共{hours}学时\n第1周　接受任务、收集信息\n第2周　制定并审核计划\n第3周　实施任务\n第4周　检查评价与总结",
    5: "{school}\n{task}教学活动方案\n第1学时　情境导入，明确任务\n第2—4学时　引导问题学习\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、作业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为资讯区、计划决策区、实施区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核由过程考核和结果考核两部分组成，成绩由任课教师登记在学习任务考核记录中。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8分", "√ 要点全", "√ 9分", "√ 清楚", "√ 10分", "√ 可以"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "27"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　评阅：%s</p>' % (RED, ["完成认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "bilingual_ug":   # a bilingual Uyghur/Chinese head table
            head = tbl([[ug("ئىسمى") + "<br/>姓名", hand(n, True), ug("سىنىپى") + "<br/>班级", cl],
                        [ug("ئوقۇغۇچى نومۇرى") + "<br/>学号", hand(sid, True), ug("ۋاقتى") + "<br/>日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="3px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页　%s</h3>' % (c["task"], ug("ئۆگىنىش خىزمەت بېتى")) + head +
                    '<p>指导教师：%s</p>' % t[0] + sit + answers(c, rng, i) + comment)
        elif f == "peer_rating":   # the owner as 作答人; at the foot he rates two classmates
            peers = s["peers"]
            p1, p2 = peers[i % 3], peers[(i + 1) % 3]
            head = '<p>作答人：%s　　班级：%s　　学号：%s</p>' % (hand(n), cl, hand(sid, True))
            peer = ('<p><b>同伴互评</b>（由作答人评价同组两名同学的实操表现，每项5分）</p>' +
                    tbl([["被评同学", "操作规范(5)", "团队协作(5)", "合计(10)"],
                         [hand(p1, True), hand("4", True), hand("5", True), hand("9", True)],
                         [hand(p2, True), hand("5", True), hand("3", True), hand("8", True)]], width="75%"))
            body = title + head + '<p>课程：%s　　指导教师：%s　　%s</p>' % (c["course"], t[0], day(s, i)) + sit + answers(c, rng, i) + peer + comment
        elif f == "corner_box":   # the name only in a 姓名 | 座号 box at the foot, left
            box = ('<table width="100%%"><tr><td width="38%%">' +
                   tbl([["姓　名", hand(n, True)], ["座　号", hand(sid[-2:], True)]], width="100%", pad="4px 6px") +
                   '</td><td></td></tr></table>')
            body = (title + '<p>%s　　课程：%s　　指导教师：%s　　%s</p>' % (cl, c["course"], t[0], day(s, i)) + sit +
                    answers(c, rng, i) + comment + box)
        elif f == "hangul_name":   # a Korean-Chinese student adds the Hangul spelling of his name
            nm = n + ("（%s）" % HANGUL[n] if n in HANGUL else "")
            head = ('<p>工位号：%s　　姓名：%s　　班级：%s</p>' % (hand("%02d" % (3 + 4 * i), True), hand(nm), cl))
            mentor = '<p>企业师傅确认：%s　　%s</p>' % (hand(s["others_named"][0], True, BLACK), day(s, i))
            body = title + head + '<p>课程：%s　　指导教师：%s</p>' % (c["course"], t[0]) + sit + answers(c, rng, i) + comment + mentor
        elif f == "corner_author":   # the name only in a 班级 | 作者 box at the foot; the elder named in the scenario line
            elder = s["others_named"][i % 2]
            box = ('<table width="100%%"><tr><td width="62%%" valign="bottom">完成日期：%s</td><td width="38%%">' % hand(day(s, i)[5:], True) +
                   tbl([["班级", hand(cl, True)], ["作者", hand(n)]], width="100%", pad="4px 6px") + '</td></tr></table>')
            body = (title + '<p>课程：%s　　指导教师：%s　　%s</p>' % (c["course"], t[0], day(s, i)) + sit +
                    '<p>本次入户服务对象：%s（%d岁）</p>' % (hand(elder, True, BLACK), 74 + 3 * i) + answers(c, rng, i) + comment + box)
        elif f == "group_line":   # a group line naming four members, one marked 组长, and 本页填写人
            g = [x for x in s["groups"] if n in x][0]
            k = s["groups"].index(g)
            members = "、".join(m + ("（组长）" if m in s["leaders"] else "") for m in g)
            writer = n if n != "马清泉" else "马 清泉"
            head = ('<p>第%s组　　组员：%s</p><p>本页填写人：%s　　班级：%s</p>' % ("一二三四"[k], hand(members, True), hand(writer), cl))
            body = title + head + '<p>课程：%s　　指导教师：%s　　%s</p>' % (c["course"], t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"bilingual_ug": "x-scanpdf:200:blocky", "peer_rating": "x-scanpdf:250", "corner_box": "x-scanpdf:250:moire",
            "hangul_name": "x-scanpdf:200", "corner_author": "x-scanpdf:200:color", "group_line": "x-scanpdf:250"}[f]
    font = {"bilingual_ug": "Noto Sans CJK SC", "hangul_name": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def grade(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教研组长审核：%s</p>" % ("、".join(t[:2]), t[-1])
    region = s["region"]
    if f == "grade_points":   # grades only for activities 1-2, points for 实操 and 理论
        hd = ["序号", "学号", "姓名", "活动一<br/>面团调制<br/>（等级）", "活动二<br/>馅料调制<br/>（等级）",
              "活动三<br/>成型与烤制<br/>实操(满分60)", "理论测验<br/>(满分40)", "总分", "总评<br/>等级"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            a, b = rng.choice("优良良中"), rng.choice("优良中中")
            sc, th = int(round(60 * rng.uniform(0.64, 0.95))), int(round(40 * rng.uniform(0.6, 0.97)))
            if bad.get(n) == "over":
                sc = 64
            out.append(trow([str(k + 1), sid_of(s, n), n, a, b, str(sc), str(th), str(sc + th), grade(sc + th)], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>说明：活动一、活动二只评等级，不计分；总分＝实操得分＋理论测验得分；总评等级：90分以上优，80—89分良，70—79分中，60—69分及格。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="size:29.7cm 21cm;margin:1.0cm 1.4cm"), "pdf"
    if f == "page_subtotals":   # two pages, a subtotal line under each page
        parts = [("问诊与接车", 10), ("故障码与数据流", 25), ("部件检查", 30), ("清洁更换", 20), ("路试与交车", 15)]
        hd = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]
        half = (len(rec) + 1) // 2
        pages, tots = [], []
        for pg, chunk in enumerate([rec[:half], rec[half:]]):
            out = [trow(["<b>%s</b>" % x for x in hd], pad)]
            sub = []
            for n in chunk:
                k = rec.index(n)
                v = part_scores(rng, parts)
                tot = sum(v) - (10 if bad.get(n) == "sum" else 0)
                sub.append(tot)
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], "2px 3px"))
            tots += sub
            foot = "<p>本页人数：%d　　本页平均分：%.1f　　　　第%d页 共2页</p>" % (len(chunk), sum(sub) / len(sub), pg + 1)
            if pg == 1:
                foot += "<p>全班人数：%d　　全班平均分：%.1f</p>" % (len(rec), sum(tots) / len(tots)) + sign
            pages.append((head10(s, c, "学习任务考核成绩登记表") if pg == 0 else "<p>%s　%s（续）</p>" % (s["cls"], c["task"])) + table(out) + foot)
        return "10.html", html(PB.join(pages), "9.5pt", compact=True), "x-scanpdf:250"
    if f == "keystone_photo":   # a typed register, photographed at a slant
        parts = [("挑选分级", 15), ("刷洗", 15), ("切片", 30), ("干燥", 20), ("质量检查", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "民族"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.66, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n, minzu(n, region)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:0.9cm 1.2cm"), "x-scanpdf:200:photo:keystone"
    if f == "moire_scan":   # from a photocopy: the halftone screen beats with the scanner's grid
        parts = [("识图与选型", 15), ("气动回路安装", 15), ("电气接线", 20), ("程序编写", 30), ("联机调试", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 19
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + "<p>（括号内为该项满分）</p>" + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:moire"
    if f == "trimmed_mean":   # five judges, the highest and lowest dropped
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "评委1", "评委2", "评委3", "评委4", "评委5", "去掉<br/>最高分", "去掉<br/>最低分", "最后得分"]], pad)]
        for k, n in enumerate(rec):
            base = rng.uniform(68, 93)
            v = [max(55, min(99, int(round(base + rng.uniform(-6, 6))))) for _ in range(5)]
            srt = sorted(v)
            fin = sum(srt[1:4]) / 3.0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(srt[-1]), str(srt[0]), "%.1f" % fin], pad))
        body = (head10(s, c, "学习任务考核记录（技能展示评分）") + table(out) +
                "<p>说明：每名学生由五名评委（任课教师、村医、企业照护师）按百分制独立评分，去掉一个最高分和一个最低分，"
                "其余三个分数的平均分为最后得分（保留一位小数）。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "hand_added":   # 39 typed rows, the 40th added by hand
        parts = [("订房核对", 15), ("排房与制卡", 20), ("登记与发卡", 35), ("特殊要求处理", 15), ("客史建档", 15)]
        widths = ["5%", "13%", "12%", "11%", "11%", "11%", "11%", "11%", "6%", "9%"]
        out = ["<tr>%s</tr>" % "".join(td("<b>%s</b>" % x, ' align="center" width="%s"' % w, pad) for x, w in
                                      zip(["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"], widths))]
        typed = [n for n in rec if n != s["hand_added"]]
        for k, n in enumerate(typed):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), ""], pad))
        n = s["hand_added"]
        v = [12, 16, 28, 12, 13]
        out.append(trow([hand(str(len(typed) + 1), True), hand(sid_of(s, n), True, size="10pt"), hand(n, True, size="10.5pt")] +
                        [hand(str(x), True) for x in v] + [hand(str(sum(v)), True), hand("补录 邓", True, REDC)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    meth = "pdf"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        if f == "hang_tags":   # three product hang tags on the student's page
            tags = []
            for j, (title, desc) in enumerate(c["outputs"]):
                tags.append('<td width="33%%" valign="top" style="border:1.2pt solid #7a5a2a;padding:6px">'
                            '<p style="text-align:center">○</p><p style="text-align:center"><b>%s</b></p>'
                            '<p>规格：%s</p><p>制作人：%s</p><p>班级：%s</p><p>日期：%s</p></td>'
                            % (title, desc, n, cl, day(s, 30 + i)))
            parts.append('<h3>作品吊牌（第%d组作品展示）</h3>' % (i + 1) +
                         '<table style="border-collapse:collapse" width="100%%"><tr>%s</tr></table>' % "".join(tags) +
                         '<p>展示说明：三件作品均按门店出品标准制作，吊牌随作品一同展出。</p>')
        elif f == "mindmap":   # mind maps drawn as tables, 绘制 under the centre node
            for j, (title, desc) in enumerate(c["outputs"]):
                br = [["现象", "加速无力、油耗高"], ["检查", "滤清器、管路、传感器"], ["处理", "清洁或更换"], ["验证", "路试、读码"]]
                cell = lambda k: '<td width="30%%" style="border:1pt solid #555;padding:4px;font-size:9pt">%s：%s</td>' % tuple(br[k])
                centre = ('<td width="40%%" align="center" style="border:2pt solid #1d4e89;padding:8px"><b>%s</b><br/>'
                          '<span style="font-size:9pt">绘制：%s（%s）</span></td>' % (title, n, cl))
                parts.append('<h3>%s</h3><table style="border-collapse:separate;border-spacing:10px" width="100%%">'
                             '<tr>%s<td></td>%s</tr><tr><td></td>%s<td></td></tr><tr>%s<td></td>%s</tr></table><p>结论：%s</p>'
                             % (title, cell(0), cell(1), centre, cell(2), cell(3), desc))
        elif f == "sample_cards":   # sample-retention cards, 留样人
            cards = []
            for j, (title, desc) in enumerate(c["outputs"]):
                cards.append(tbl([[("<b>%s</b>" % title, ' colspan="2"')], ["样品批号", "TH2410-%02d%d" % (i + 1, j + 1)],
                                  ["留样数量", "%d克" % (50 + 10 * j)], ["质量描述", desc], ["留样人", n], ["复核人", t[j % 2]],
                                  ["留样日期", day(s, 30 + i)]], width="60%", pad="3px 6px"))
            parts.append("<h3>样品留样卡（%s）</h3>" % n + "<br/>".join(cards))
            meth = "x-scanpdf:200:color"
        elif f == "checklist":   # weekly equipment checklists, 点检人
            for j, (title, desc) in enumerate(c["outputs"]):
                days = ["周一", "周二", "周三", "周四", "周五"]
                rows = [["点检项目"] + days] + [[x] + ["√"] * 5 for x in ["气源压力", "气管接头无泄漏", "磁性开关位置", "急停按钮", "旋盖头扭矩"]]
                parts.append('<h3>%s</h3>' % title + tbl(rows, width="90%") +
                             '<p>异常记录：%s</p><p>点检人：%s　　班级：%s　　审核（企业师傅）：%s</p>' % (desc, n, cl, s["others_named"][0]))
        elif f == "home_visit":   # home-visit records, 照护员 and the elder as 服务对象
            for j, (title, desc) in enumerate(c["outputs"]):
                elder = s["others_named"][(i + j) % 2]
                parts.append('<h3>%s</h3>' % title +
                             tbl([["服务对象", "%s（%d岁）" % (elder, 72 + 2 * i + j), "入户日期", day(s, 30 + 2 * i + j)],
                                  ["照护员", n, "班级", cl], ["血压", "%d/%d mmHg" % (148 - 4 * j, 92 - j), "心率", "%d次/分" % (76 + i)],
                                  [("照护内容：测量血压，整理分格药盒，设置服药提醒，讲解低盐饮食。%s" % desc, ' colspan="4" align="left"')],
                                  ["陪同村医", t[1], "老人或家属确认", "（按手印）"]], width="92%", pad="4px 5px"))
        elif f == "guest_history":   # guest-history cards, 建档人 and the guest
            for j, (title, desc) in enumerate(c["outputs"]):
                guest = s["others_named"][(i + j) % 2]
                parts.append('<h3>%s</h3>' % title +
                             tbl([["团队名称", "火把节%d号团" % (3 + j), "领队", guest], ["入住日期", day(s, 30 + i), "房间数", str(12 + 3 * j)],
                                  [("偏好与特殊要求：%s" % desc, ' colspan="4" align="left"')], ["建档人", n, "班级", cl]],
                                 width="90%", pad="4px 5px"))
        else:
            raise SystemExit(f)
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
        end = ["! 阅 %s　%s" % (t[0], day(s, 20 + i))]
        if f == "title_name_photo":   # the name without a label at the end of the head line
            head = ["馕坑烤包子　课后练习", "> %s　%s" % (cl, n)]
        elif f == "blocky_scan":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "seat_no":
            head = ["%s　课后作业（一）" % c["course"], "> 学生姓名 %s　座号 %s" % (n, sid[-2:])]
        elif f == "pen_photo":
            head = ["课后作业　气动元件与回路", "> %s（%s）" % (n, cl)]
        elif f == "pen_photo2":
            head = ["%s　课后作业" % c["task"], "> 照护员：%s　%s" % (n, cl)]
        elif f == "trad_scan":
            head = ["酒店前厅对客服务　课后作业", "> 姓名：%s　班级：%s" % (TRAD.get(n, n), cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"title_name_photo": "x-photo:200:1:keystone", "blocky_scan": "x-scan:200:0:blocky", "seat_no": "x-scan:250:4:moire",
            "pen_photo": "x-photo:200:2:pen:keystone", "pen_photo2": "x-photo:200:1:pen", "trad_scan": "x-scan:250:3"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "seat_plan":   # a seat plan: 7 rows of 6 desks, the teacher's desk at the front; photographed
        seats = list(k) + [""] * (42 - len(k))
        seats.insert(27, seats.pop())   # the empty desk in mid-room
        rows = []
        for j in range(7):
            cells = []
            for m in range(6):
                nm = seats[j * 6 + m]
                gap = '<td width="3%"></td>' if m in (2,) else ""
                cells.append('<td width="15%%" height="46" align="center" style="border:1pt solid #333;padding:2px">%s<br/>'
                             '<span style="font-size:7pt;color:#555555">%s</span></td>%s'
                             % (nm or '<span style="color:#999999">（空）</span>', sid_of(s, nm)[-2:] if nm else "", gap))
            rows.append("<tr>%s</tr>" % "".join(cells))
        body = ('<h2 style="text-align:center">%s学生名单（座次表）</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>'
                '<table style="border-collapse:separate;border-spacing:4px" width="100%%">%s</table>'
                '<table width="100%%"><tr><td width="30%%"></td><td align="center" style="border:1.5pt solid #333;padding:6px"><b>讲　台</b></td>'
                '<td width="30%%"></td></tr></table><p>班主任：%s　　　全班共%d人　　　（名字下为学号后两位）</p>'
                % (s["cls"], s["school"], "".join(rows), s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "10.5pt", font="Noto Sans CJK SC", page="margin:1.2cm 1.2cm"))
        man.append("roster.html\t%s学生名单（座次表）.pdf\tx-scanpdf:200:photo:keystone\troster\t0" % s["cls"])
        return
    if r == "xlsx_county":   # 序号 | 姓名 | 性别 | 民族 | 学号 | 生源县市
        counties = ["昭觉县", "布拖县", "美姑县", "喜德县", "越西县", "盐源县", "会理市", "德昌县", "冕宁县", "西昌市"]
        rows = [["%s%s花名册" % (s["school"], s["cls"])] + [""] * 5, ["序号", "姓名", "性别", "民族", "学号", "生源县市"]]
        rr = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            rows.append([str(j + 1), n, rr.choice(["男", "女"]), minzu(n, s["region"]), sid_of(s, n), rr.choice(counties)])
        rows.append(["班主任：%s　　共%d人" % (s["headteacher"], len(k))] + [""] * 5)
        n = len(rows)
        write(os.path.join(d, "roster.json"), json.dumps({"sheet": "花名册", "rows": rows, "merges": ["A1:F1", "A%d:F%d" % (n, n)]},
                                                         ensure_ascii=False, indent=0))
        man.append("roster.json\t%s花名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
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
    truth = {"comment": "Twenty-fifth held-out people corpus (testdata/heldout25), the format of testdata/heldout23/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    for n in all_teachers + all_planted + all_others + list(TRAD.values()):
        if n in USED_BEFORE or bare(n) in USED_BEFORE:
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT or w in EARLIER_FORMS:
                raise SystemExit("%s was used by an earlier corpus" % w)
        for w in (s["school"], s["school"][:2]):
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
        rng = random.Random(s["seed"] * 7919 + 25)
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
        fct = {1: "班级人数 | %s", 2: "授课班级及人数 | %s", 3: "班级人数 | %s"}[grp(s)] % s["form_count"]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "others_named": s.get("others_named", []),
            "peer_rated": s.get("peers", []),
            "groups": s.get("groups", []),
            "written_as": {k: v for k, v in {"马清泉": "马 清泉", "刘嘉树": TRAD["刘嘉树"], "朴圣根": "朴圣根（%s）" % HANGUL["朴圣根"]}.items()
                           if k in s["klass"]},
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
