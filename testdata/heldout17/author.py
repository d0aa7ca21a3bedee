#!/usr/bin/env python3
"""Write the sources of the seventeenth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of four invented schools in Liaoning,
Ningxia, Qinghai and Xinjiang (鞍山, 银川, 西宁, 伊宁).

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 17)] + ["othertools"]

# surnames by region: Liaoning (Manchu 佟 关 那 富 赫 鄂 郎 伊 肇 …, and the
# Shandong-rooted 于 曲 宫 隋 鞠 姜), Ningxia (Hui 马 纳 海 哈 虎 锁 撒 拜 冶 沙 黑 摆 …),
# Qinghai (Tu and Salar 祁 鲁 星 韩 冶 喇 …), Xinjiang (Han names beside Uyghur and Kazakh ones)
SURNAMES = {
    "ln": list("佟关那富赫鄂郎伊肇金于曲宫隋鞠姜王李张刘孙"),
    "nx": list("马纳海哈虎锁撒拜冶沙黑摆丁苏田杨王李张"),
    "qh": list("祁鲁星韩冶喇李马张王赵吕秦"),
    "xj": list("王李张刘陈赵杨周吴徐"),
}
GIVEN2 = ("浩然 欣悦 子骞 明哲 雪莹 文博 振东 玉洁 思雨 家伟 一诺 梓涵 子轩 雨萱 嘉懿 皓轩 语桐 沐阳 若琳 "
          "鹤鸣 立新 秀峰 宏宇 冬梅 海涛 春雷 志远 佳宁 晓丹 亚楠 "
          "文静 雨婷 振宇 晓梅 丽娜 俊杰 玉洁 凤霞 学成 德福 麦香 玉梅 建军 兰花 永福 春燕 "
          "梦洁 嘉豪 晓鹏 海燕 生林 得福 永祥 玉兰 福海 秀珍 金梅 "
          "思彤 梓萱 浩宇 雅静 天佑 博文 心怡 宇辰 梦瑶 晨曦").split()
GIVEN1 = list("刚强磊静娟敏杰勇")
TIBETAN = ("才让卓玛 拉毛措 完玛吉 多杰才让 索南措 扎西东主 尕藏吉 仁青措 更登 桑杰 周毛 卓玛草 "
           "才让多杰 拉毛吉 公保 尖措 旦正 娘吉 华旦 吉毛措 南杰 措吉 东智 加羊").split()
UY_GIVEN = ("艾尔肯 买买提江 吐尔逊江 阿卜杜拉 伊力哈木 艾合买提 阿迪力 麦合木提 努尔艾力 艾克拜尔 木合塔尔 "
            "阿里木江 依明江 肉孜 玉素甫 艾山江 帕尔哈提 凯赛尔 "
            "古丽娜尔 热依拉 迪丽努尔 帕提古丽 阿依努尔 努尔比亚 如克亚 米日古丽 阿曼古丽 祖丽胡玛尔 孜拉莱 "
            "阿依古再丽 努尔曼古丽 海丽其古丽 再努尔 美合日班 萨依普加玛丽").split()
UY_FATHER = ("艾力 吐尔逊 买买提 艾则孜 阿不都 热合曼 卡德尔 塔依尔 阿吾提 亚森 库尔班 司马义 依明 斯拉木 吐尔洪 "
             "阿不力孜 玉山 沙吾提 居马 哈斯木 艾买尔 托合提 吾守尔 卡斯木 热依木 尼亚孜 买合木提 阿西木").split()
KAZAKH = ["叶尔兰·努尔兰", "阿依达娜·别克", "哈那提·加肯", "沙吾列·木拉提", "叶尔波拉提·赛力克"]


def earlier_names():
    names = set()

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str) and re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", x):
            names.add(x)
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "truth.json")
        if not os.path.isfile(p):
            raise SystemExit("missing %s" % p)
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    return names


USED_BEFORE = earlier_names()
TAKEN = set()


def near(a, b):
    a, b = a.replace("·", ""), b.replace("·", "")
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, region):
    if region == "qh" and rng.random() < 0.45:
        return rng.choice(TIBETAN)
    if region == "xj":
        r = rng.random()
        if r < 0.5:
            return rng.choice(UY_GIVEN) + "·" + rng.choice(UY_FATHER)
        if r < 0.58:
            return rng.choice(KAZAKH)
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, pos, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or name in USED_BEFORE or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        if "·" in name and any(set(name.split("·")) & set(f.split("·")) for f in names if "·" in f):
            continue   # no drawn Uyghur name shares a given or a father's name with another of the class
        names.append(name)
    rng.shuffle(names)
    for nm, k in sorted(pos.items(), key=lambda x: x[1]):
        names.remove(nm)
        names.insert(k, nm)
    TAKEN.update(names)
    return names


C = {
 "auto": dict(major="汽车维修", code="0403", course="汽车底盘电控系统检修", task="轿车ABS警告灯常亮故障诊断与排除",
   hours=14, station="汽车底盘电控一体化学习工作站",
   parts=[("故障诊断", 40), ("检测操作", 30), ("维修报告", 20), ("安全文明", 10)],
   situation="鞍山一家汽车维修企业接修一辆行驶了八万公里的家用轿车，车主反映仪表上的ABS警告灯一直亮着，雪天制动时车轮容易抱死。维修主管把任务派给实训班学员，要求读取故障码、检测轮速传感器和线路、找出故障点并修复，最后路试验证，填写维修工单和诊断报告。",
   qs=[("引导问题1 ABS警告灯常亮说明什么？", ["ABS系统自检发现故障，ABS停止工作，只剩常规制动。", "ABS有故障，不起作用了。", "系统自检不通过，ABS关闭。"]),
       ("引导问题2 怎样检测轮速传感器？", ["测传感器电阻，用示波器看转动车轮时的信号波形，检查齿圈和间隙。", "量电阻，看波形。", "转车轮看信号，查齿圈。"])],
   hw=[("1. 轮速传感器信号不良的常见原因有哪些？", ["齿圈脏污或缺齿、传感器间隙过大、线束破损接触不良。", "齿圈脏，线束坏。", "间隙大，插头松。"]),
       ("2. 维修后为什么要路试？", ["确认警告灯熄灭、ABS在紧急制动时正常介入。", "看灯灭没灭。", "验证ABS正常工作。"])],
   outputs=[("ABS故障诊断报告", "确定左后轮速传感器线束断路。"), ("轮速传感器波形记录", "记录了四个车轮的信号波形。"), ("维修竣工检验单", "路试合格，警告灯熄灭。")]),
 "mech": dict(major="机电一体化技术", code="0127", course="PLC与变频器控制系统安装与调试", task="轧钢车间辊道输送线变频调速控制安装与调试",
   hours=16, station="机电一体化控制系统一体化学习工作站",
   parts=[("接线工艺", 30), ("程序编写", 30), ("系统调试", 30), ("职业规范", 10)],
   situation="鞍山一家钢铁企业的轧钢车间要改造一段辊道输送线，要求钢坯到位后辊道自动减速、停稳，再按工艺速度送往下一工位。设备科请实训班学员按照图纸完成PLC和变频器的接线，设置变频器多段速参数，编写控制程序，联机调试并填写调试记录。",
   qs=[("任务1 变频器多段速是怎样实现的？", ["PLC输出点接变频器的多段速端子，不同组合对应不同的设定频率。", "用端子组合选速度。", "PLC控制端子，选频率。"]),
       ("任务2 辊道停车为什么要先减速？", ["钢坯惯性大，直接停车会冲出工位，减速后再停才准确。", "防止冲过头。", "惯性大，先减速。"])],
   hw=[("1. 变频器参数设置前要做什么？", ["先恢复出厂设置，核对电机铭牌，再设置基本参数。", "恢复出厂。", "看电机铭牌。"]),
       ("2. 联机调试时发现电机反转怎么办？", ["断电后调换电机任意两相，或修改变频器的转向参数。", "换两相。", "改转向参数。"])],
   outputs=[("PLC控制电气原理图", "画出了PLC与变频器的接线。"), ("I/O分配表与控制程序", "共二十二个输入输出点。"), ("系统调试记录", "三段速度全部达到要求。")]),
 "herb": dict(major="中药", code="1301", course="中药调剂与养护", task="宁夏枸杞子净选分级与防潮养护",
   hours=12, station="中药调剂与养护一体化学习工作站",
   parts=[("小组成绩", 40), ("个人成绩", 60)],
   situation="中宁一家枸杞合作社收购了一批新采摘晾晒的枸杞子，准备供应给本市几家中药饮片企业。合作社请中药班学员按药典要求拣去杂质和霉粒，按粒度分级，测定水分，采用防潮包装，并制定仓储养护方案，防止枸杞受潮、变色和虫蛀。",
   qs=[("引导问题1 枸杞子净选时要拣出哪些东西？", ["果梗、叶片、霉粒、油粒和破碎粒。", "果梗和霉粒。", "杂质、霉变的枸杞。"]),
       ("引导问题2 枸杞为什么容易变色？", ["含糖多，吸潮后容易走油变黑，所以要低温干燥保存。", "受潮了会变黑。", "糖分高，容易走油。"])],
   hw=[("1. 枸杞的分级依据是什么？", ["每五十克的粒数，粒数越少等级越高。", "按粒数分。", "看五十克多少粒。"]),
       ("2. 枸杞怎样防潮养护？", ["密封包装，放干燥剂，低温通风储存，定期检查。", "密封，放干燥剂。", "低温保存，常检查。"])],
   outputs=[("枸杞子净选分级记录", "分出特优、特级和甲级三个等级。"), ("水分测定记录", "水分为百分之十一点六。"), ("仓储养护方案", "包括温湿度控制和虫害检查。")]),
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="中餐宴会服务", task="回族婚宴九碗三行子宴席摆台与服务",
   hours=14, station="中餐宴会服务一体化学习工作站",
   parts=[("仪容仪表", 10), ("宴席摆台", 40), ("席间服务", 40), ("礼仪礼貌", 10)],
   situation="银川一家清真酒店承接了一场二十桌的回族婚宴，新人家里要求按宁夏传统的“九碗三行子”上菜，九只碗摆成三行。宴会部经理要求学员按照清真餐饮的规范完成摆台，学习九碗三行子的摆放和上菜顺序，做好席间服务和新人敬茶的配合，最后接受经理验收。",
   qs=[("引导问题1 九碗三行子是怎样摆放的？", ["九只碗摆成三行，每行三碗，横看竖看斜看都是三行。", "九个碗摆三行。", "每行三碗，摆成方阵。"]),
       ("引导问题2 清真宴席服务要注意什么？", ["尊重民族习惯，餐具专用，不带入禁忌食品和酒水。", "餐具专用，不带禁忌食品。", "尊重习惯，不上酒。"])],
   hw=[("1. 婚宴上菜的顺序是什么？", ["先上凉菜和八宝茶，再按九碗的顺序从中间往外上热菜。", "先茶后菜。", "先凉后热。"]),
       ("2. 新人敬茶时服务员要做什么？", ["提前备好盖碗茶和托盘，跟在新人身后及时续水。", "准备茶，跟着续水。", "端托盘，续水。"])],
   outputs=[("九碗三行子台面作品", "二十个碗位整齐对称。"), ("婚宴服务流程卡", "写明了九个服务环节。"), ("宴会服务总结", "新人家属满意。")]),
 "care": dict(major="健康与社会照护", code="0529", course="慢性病老年人照护", task="高原慢阻肺老人居家氧疗照护",
   hours=12, station="居家照护一体化学习工作站", parts=[("照护评估", 20), ("照护计划", 20), ("氧疗实施", 40), ("健康宣教", 20)],
   situation="西宁市城东区一个社区里住着几位患慢阻肺的老人，高原缺氧，冬天更容易气喘。社区卫生服务中心请照护员上门，评估老人的呼吸情况，检查家用制氧机，指导老人和家属正确吸氧，做好用氧安全和缩唇呼吸训练，并用藏语和汉语做健康宣教。",
   qs=[("问题一 上门评估慢阻肺老人要看什么？", ["呼吸频率、口唇颜色、血氧饱和度、咳痰情况和活动耐力。", "看呼吸和血氧。", "测血氧，看嘴唇颜色。"]),
       ("问题二 家庭氧疗的流量一般是多少？", ["低流量持续吸氧，每分钟一到二升，每天十五小时以上。", "每分钟一到二升。", "低流量，时间长。"])],
   hw=[("1. 用氧安全要注意什么？", ["远离明火和热源，不用油手碰制氧机，屋里禁止吸烟。", "防火。", "远离火源，不吸烟。"]),
       ("2. 怎样教老人缩唇呼吸？", ["用鼻子吸气，嘴唇缩成吹口哨样慢慢呼气，呼气时间是吸气的两倍。", "鼻吸口呼。", "慢慢呼气，像吹口哨。"])],
   outputs=[("居家氧疗照护计划", "包括吸氧、呼吸训练和饮食三部分。"), ("制氧机检查记录", "查出湿化瓶水位过低。"), ("健康宣教折页", "用藏汉两种文字写成。")]),
 "anim": dict(major="计算机动画制作", code="0306", course="二维动画制作", task="伊犁薰衣草庄园宣传短片MG动画制作",
   hours=16, station="数字媒体制作一体化学习工作站", parts=[],
   situation="伊宁县一家薰衣草庄园要在六月花期前做宣传，需要一支九十秒的MG动画短片，介绍花田观光、精油蒸馏和手工皂体验。庄园请动画班学员根据文案写分镜，设计扁平风格的图形元素，在软件中完成动画和配音合成，按时交付成片。",
   qs=[("引导问题1 MG动画有什么特点？", ["用图形和文字做动画，节奏快，信息清楚，适合做宣传片。", "图形动画，节奏快。", "扁平图形加文字。"]),
       ("引导问题2 分镜要写清楚哪些内容？", ["镜号、画面内容、动作、时长、字幕和配音。", "镜号、画面、时长。", "画面和配音。"])],
   hw=[("1. 宣传片的配色怎样确定？", ["以薰衣草的紫色为主色，配绿色和白色，不超过三种主色。", "紫色为主。", "紫色加绿色。"]),
       ("2. 成片导出时要设置什么？", ["分辨率1920×1080，帧率25帧，H.264编码，码率适中。", "1080P，25帧。", "设置分辨率和帧率。"])],
   outputs=[("宣传短片分镜脚本", "共二十四个镜头。"), ("图形元素设计稿", "设计了花田、蒸馏器和手工皂三组元素。"), ("MG动画成片", "时长一分三十秒。")]),
 "ev": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车舒适系统检修", task="纯电动汽车冬季PTC暖风不工作故障诊断与排除",
   hours=14, station="新能源汽车检测一体化学习工作站", parts=[("过程考核", 40), ("结果考核", 60)],
   situation="伊宁一家新能源汽车服务站接修一辆纯电动出租车，司机反映入冬以后打开暖风只吹冷风，前挡风玻璃起雾严重。服务站主管请实训班学员在做好高压安全防护的前提下，读取故障码，检查PTC加热器、高压熔断器和控制线路，找到故障并排除，填写维修记录。",
   qs=[("引导问题1 检修PTC加热器前要做哪些高压安全防护？", ["穿戴绝缘手套和护目镜，断开维修开关，等待五分钟后验电。", "戴绝缘手套，断维修开关。", "断电、等待、验电。"]),
       ("引导问题2 PTC加热器不工作可能有哪些原因？", ["高压熔断器熔断、PTC本体损坏、温度传感器或控制器故障。", "熔断器坏了。", "PTC坏或者控制器坏。"])],
   hw=[("1. 怎样测量PTC加热器的绝缘电阻？", ["用绝缘电阻测试仪在一千伏档测高压端子对壳体的电阻。", "用兆欧表测。", "测端子对壳体。"]),
       ("2. 冬天暖风对续航有什么影响？", ["PTC耗电大，开暖风续航会明显下降，可以用座椅加热减少耗电。", "续航变短。", "耗电多，续航少。"])],
   outputs=[("PTC暖风系统诊断报告", "确定高压熔断器熔断。"), ("绝缘检测记录", "绝缘电阻大于五百兆欧。"), ("维修竣工记录", "暖风出风温度恢复正常。")]),
}
C["anim"]["parts"] = [("第%d次课" % k, 5) for k in range(1, 9)] + [("作品成果", 60)]

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

# Latin spellings used on the bilingual pages of 伊宁 (as the students wrote them)
LATIN = {"吐尔逊江·买买提": "Tursunjan Memet", "李思彤": "Li Sitong", "古丽娜尔·艾则孜": "Gulnar Eziz"}

SUBS = [
    dict(school="鞍山市千山技工学校", pack="dir", region="ln", course="auto", cls="汽修2301班", size=40, seed=11, sidp="23410403",
         students=["关浩然", "佟欣悦", "那子骞"], outsiders={"那子骞": "汽修2302班"}, out_sidp="23410404",
         extra_class=["富明哲"], pos={"富明哲": 16}, bad={"富明哲": "total"},
         teachers=["鞠红岩", "曲立军"], form_count="40人", f8="seal", f10="total_first", f11="signoff_typed", f12="wenkai_classfirst",
         findings=[("records.invalid_score", 10, False, "富明哲"), ("students.not_in_class", 8, True, "那子骞")],
         comment="那子骞 of the parallel class 汽修2302班 (his class and 学号 on his pages) is the third student of 8/11/12; "
                 "item 10 (40 rows = 班级人数 40人) has no record of him: students.not_in_class. Item 10 (scanned 200 dpi gray) "
                 "puts the 总分 column FIRST, before the four criteria; 富明哲 (row 17) has a 总分 7 above the sum of his "
                 "criteria: records.invalid_score. Item 8: 姓名 handwritten and a red personal name seal (学生签章) whose "
                 "characters read in seal order (right column top-down, then left: <name>印); colour scan. No roster"),
    dict(school="鞍山市千山技工学校", pack="dir", region="ln", course="mech", cls="机电2302班", size=38, seed=12, sidp="23420127",
         students=["爱新觉罗·明远", "郎雪莹", "鄂文博"], teachers=["宫振东", "隋丽君"],
         corr={"郎雪莹": "part", "@17": "total"}, notes={"@9": "补考", "@27": "组长"},
         form_count="三十八人", f8="footer_row", f10="corrected", f11="titleblock_typed", f12="photo_nolabel", findings=[],
         comment="clean: the 6-character Manchu name 爱新觉罗·明远 (one of the three, with a middle dot). Form 班级人数 in "
                 "Chinese numerals `三十八人` = 38 rows. Item 10 (scanned 250 dpi gray) has HAND-CORRECTED cells: a printed "
                 "score struck through with a red handwritten correction and `改` beside it (郎雪莹's 程序编写; one classmate's "
                 "总分), the corrected values add up; a 补考 column filled for one classmate whose 总分 is below 60. Item 8: "
                 "the name only in the FOOTER ROW of the worksheet's own evaluation table (`完成人：…`). No roster"),
    dict(school="银川市凤城技工学校", pack="zip", region="nx", course="herb", cls="中药2401班", size=42, seed=21, sidp="24510301",
         students=["纳文静", "拜雨婷", "锁振宇"], extra_class=["撒晓梅"], absent_from_10=["撒晓梅"],
         teachers=["冶金花", "丁学礼"], form_count="42 人", roster="sheet_capture", headteacher="海秀兰",
         f8="browser_print", f10="group_shared_typed", f11="peer_review_typed", f12="redcomment",
         findings=[("records.missing_student", 10, False, "撒晓梅"), ("records.count_mismatch", 10, False)],
         comment="the roster is a SCREEN CAPTURE of a spreadsheet window (two captures, the second scrolled down, rows "
                 "25-28 shown on both; image only) and the form (`42 人`) list 撒晓梅; item 10 (TYPED) has 41 rows and none "
                 "for her: records.missing_student, records.count_mismatch. Item 10 gives each 实训组 a SHARED group score "
                 "(a cell spanning the group's rows), 总评 = 小组成绩 + 个人成绩. Item 11 names a classmate as 互评人 "
                 "beside each author (legal). Item 8: a worksheet printed from the school's web platform (browser header "
                 "and URL footer, `提交人：…`), scanned 200 dpi gray"),
    dict(school="银川市凤城技工学校", pack="zip", region="nx", course="hotel", cls="酒店2302班", size=35, form_size=36, seed=22,
         sidp="23520504", students=["哈丽娜", "虎俊杰", "沙玉洁"], items={11: ["哈丽娜", "虎俊杰"]},
         teachers=["黑玉兰", "苏志刚"], form_count="36人", f8="iso_block", f10="score_cards", f11="certificate", f12="ukai_datiren",
         findings=[("students.count", 11, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (scanned colour 200 dpi, one 学习成果认定单 per work, the name inside the sentence `兹认定 <name> 同学…`) "
                 "holds the works of only 哈丽娜 and 虎俊杰 (沙玉洁's are missing; items 8 and 12 hold all three): "
                 "students.count on 11, students.mismatch optional. The form says 36人; item 10 is a set of SCORE CARDS, "
                 "six to a page (35 cards; scanned 200 dpi gray): records.count_mismatch. Item 8: the name as 填表人 in "
                 "a form-control block (表单编号/版本/填表人/班级/页码) at the top right. No roster"),
    dict(school="西宁市湟水技师学院", pack="zip", region="qh", course="care", cls="照护2401班", size=33, seed=31, sidp="24630529",
         students=["才让卓玛", "韩梦洁", "拉毛措"], items={12: ["才让卓玛", "韩梦洁", "完玛吉"]},
         extra_class=["完玛吉", "星嘉豪"], bad={"星嘉豪": "over"}, teachers=["鲁晓红", "多杰加"], form_count="33名",
         f8="carelog", f10="mono_text_typed", f11="leaflet_typed", f12="photo_zuodazhe",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "星嘉豪")],
         comment="item 12 (phone photos, WenKai) holds the homework of 才让卓玛, 韩梦洁 and classmate 完玛吉 (with an item-10 "
                 "record) instead of 拉毛措 (items 8 and 11 hold the three): students.mismatch. Item 10 TYPED is a "
                 "MONOSPACED system printout (fixed-width columns, dashed rules, a 满分 line under the head): 星嘉豪 has 23 "
                 "under 健康宣教 (满分 20), the 总分 the sum: records.invalid_score. Item 8: the name only as 照护员签名 on "
                 "every row of a home-care log (the elder 尕藏奶奶 named as 服务对象). No roster"),
    dict(school="伊宁市伊犁河技工学校", pack="gbkzip", region="xj", course="anim", cls="动画2301班", size=37, seed=41, sidp="23650306",
         students=["吐尔逊江·买买提", "李思彤", "古丽娜尔·艾则孜"], outsiders={"古丽娜尔·艾则孜": "动画2201班"}, out_sidp="22650306",
         teachers=["阿不都热合曼", "徐丽华"], form_count="37", f8="bilingual", f10="sessions", f11="receipt_typed", f12="serif_bilingual",
         findings=[("students.not_in_class", 8, True, "古丽娜尔·艾则孜")],
         comment="古丽娜尔·艾则孜 of 动画2201班 (an older class; her class and 学号 22… on her pages) is the third student of "
                 "8/11/12; item 10 (37 rows = 班级人数 37) has no record of her: students.not_in_class. Item 8: bilingual "
                 "labels `姓名 Name：` with the name handwritten in Chinese characters and in Latin letters; colour scan. "
                 "Item 10: one column per lesson (第1次课…第8次课, 5 each) and 作品成果(60), landscape, scanned 250 dpi gray. "
                 "No roster"),
    dict(school="伊宁市伊犁河技工学校", pack="gbkzip", region="xj", course="ev", cls="新能2302班", size=39, seed=42, sidp="23650435",
         students=["艾尔肯·吐尔洪", "王梓涵", "热依拉·司马义"], items={8: ["艾尔肯·吐尔洪", "艾尔肯·吐尔洪", "王梓涵"]},
         extra_class=["阿迪力·吐尔洪"], teachers=["周建新", "努尔兰·哈力"], form_count="39人",
         f8="handover", f10="photo_column", f11="thermal_typed", f12="mono_xueyuan",
         findings=[("students.count", 8, False)], optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 dpi gray) holds TWO worksheets of 艾尔肯·吐尔洪 (two different sheets) and one of "
                 "王梓涵; 热依拉·司马义's is missing (items 11 and 12 hold the three): students.count on 8, students.mismatch "
                 "optional. Hard but legal: classmate 阿迪力·吐尔洪 shares the father's name 吐尔洪 with 艾尔肯·吐尔洪. "
                 "Item 10: a register with a PHOTO column (a grey portrait box per row) and 民族, three pages, the head "
                 "on the first only; scanned 200 dpi gray. Item 8: the student as 接车人 of a training-vehicle hand-over "
                 "strip, the teacher as 交车人. No roster"),
]

PROVINCE = {1: "辽宁省", 2: "宁夏回族自治区", 3: "青海省", 4: "新疆维吾尔自治区"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 鞍山: "[08]工作页.pdf" (ASCII square brackets)
        return "[%02d]%s.pdf" % (n, NAMES[n])
    if g == 2:   # 银川: "工作页-08.pdf" (the number after the name)
        return "%s-%02d.pdf" % (NAMES[n], n)
    if g == 3:   # 西宁: "08《工作页》.pdf"
        return "%02d《%s》.pdf" % (n, NAMES[n])
    return "%02d—%s.pdf" % (n, NAMES[n])   # 伊宁: an em dash


def form_name(s, c):
    return {1: ("千山技校-优质课堂申报书【%s】.docx" % c["major"], "docx"),
            2: ("凤城技工学校申报书-%s.pdf" % c["task"], "pdf"),
            3: ("湟水技师学院_申报书（终稿）.docx", "docx"),
            4: ("申报书-伊犁河技校-%s.pdf" % c["course"], "pdf")}[grp(s)]


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "31"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


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


def td(x, extra="", pad="2px 4px"):
    return '<td style="border:0.75pt solid #000;padding:%s"%s>%s</td>' % (pad, extra, x)


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


def form_html(s, c):
    t = s["teachers"]
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    kv = [["专业名称", c["major"]], ["专业代码", c["code"]], ["课程名称", c["course"]], ["学习任务", c["task"]],
          ["学时", "%d" % c["hours"]], ["授课班级", s["cls"]], ["班级人数", s["form_count"]], ["授课场所", c["station"]]]
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{kv}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生明确任务要求、查阅资料后分组制定工作计划，经教师审核做出决策并实施，教师在实施过程中巡回指导、检查质量与安全，任务完成后学生展示成果并自评、互评，教师和企业人员点评。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在完成任务中提升了专业能力和职业素养，相关成果已在合作企业试用。</p>
<h3>六、承诺</h3><p>本单位承诺所提交材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 19, kv=tbl(kv, width="80%"), tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[grp(s)])
    return html(body, font="Noto Sans CJK SC")


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}合作企业的岗位要求进行校本转化。\n二、学习任务\n其中“{task}”为{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作过程\n接受任务、制定方案、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}　教学活动策划\n学习活动1 明确任务\n学习活动2 制定方案\n学习活动3 实施作业\n学习活动4 验收与评价",
    4: "{school}\n{course}教学进度计划\n本任务共{hours}学时\n第1周 明确任务、查阅资料\n第2周 制定并审核方案\n第3周 实施作业\n第4周 验收、评价与总结",
    5: "{school}\n{task}教学活动方案\n第1学时 情境导入\n第2—4学时 引导问题学习\n其余学时 分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与材料清单。",
    7: "{school}\n{station}图文说明\n工作站设集中研讨区、分组作业区、资料查阅区和成果展示区。",
    9: "{school}\n{task}考核方案\n考核包括过程考核和结果考核，成绩由任课教师填入学习任务考核记录表。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8分", "√ 要点全", "√ 9分", "√ 清楚", "√ 10分", "√ 可以"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


def answers(c, rng, i, ink=BLUE, typed=False):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        ans = a[k] if typed else hand(a[k], ink=ink)
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, ans, RED, mark(rng))
    return out


# ------------------------------------------------------------------ item 8

def seal(n):
    """A red square personal seal: <name>印 read in seal order (right column top-down, then the left one)."""
    ch = list(n.replace("·", "")) + ["印"]
    if len(ch) % 2:
        ch.append("之")
    h = len(ch) // 2
    right, left = ch[:h], ch[h:]
    cell = '<td style="padding:0 1px;font-family:\'Noto Serif CJK SC\';font-weight:bold;color:#c0251a;font-size:15pt" align="center">%s</td>'
    rows = "".join("<tr>%s%s</tr>" % (cell % left[k], cell % right[k]) for k in range(h))
    return ('<table style="border-collapse:collapse"><tr><td style="border:2.5pt solid #c0251a;padding:2px">'
            '<table style="border-collapse:collapse">%s</table></td></tr></table>' % rows)


def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
        comment = '<p>教师评语：<span %s>%s</span>　　评阅：%s</p>' % (RED, ["认真完整", "要点清楚", "较好", "有进步"][i % 4], t[0])
        title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
        if f == "seal":   # 姓名 handwritten, and a personal name seal beside 学生签章
            head = ('<table width="100%%"><tr><td valign="middle"><p>姓名：%s　　班级：%s</p><p>学号：%s　　日期：%s</p></td>'
                    '<td width="22%%" valign="middle" align="right"><p style="font-size:9pt">学生签章</p>%s</td></tr></table>'
                    % (hand(n), cl, hand(sid, True), day(s, i), seal(n)))
            body = head + title + '<p>课程：%s　　指导教师：%s</p>' % (c["course"], t[0]) + sit + answers(c, rng, i) + comment
        elif f == "footer_row":   # the name only in the footer row of the worksheet's own evaluation table
            ev = [["评价项目", "自评", "小组评", "教师评分"], ["信息收集与计划", "A", "A", hand("18", ink="#c0251a")],
                  ["接线与编程", "B", "A", hand("35", ink="#c0251a")], ["调试与记录", "A", "B", hand("34", ink="#c0251a")],
                  [("完成人：%s　　（%s）　　　　日期：%s　　　　指导教师：%s" % (hand(n), cl, day(s, i), t[0]), ' colspan="4" align="left"')]]
            body = (title + '<p>课程：%s　　学时：%d</p>' % (c["course"], c["hours"]) + sit + answers(c, rng, i) +
                    '<p><b>学习任务评价表</b></p>' + tbl(ev, width="90%", pad="3px 5px", bold=(0,)))
        elif f == "browser_print":   # printed from the school's web platform: browser head and URL foot
            top = ('<table width="100%%"><tr><td style="font-size:7.5pt">%s 21:%02d</td><td align="right" style="font-size:7.5pt">'
                   '凤城技校实训教学平台 - 作业详情</td></tr></table>' % (day(s, i).replace("年", "/").replace("月", "/").replace("日", ""), 10 + 7 * i))
            meta = ('<table width="100%%" style="border-collapse:collapse" bgcolor="#f2f4f7"><tr><td style="padding:6px;font-family:\'Noto Sans CJK SC\';font-size:9.5pt">'
                    '<p><b>作业：%s　学习工作页</b></p><p>提交人：%s　　学号：%s　　班级：%s</p><p>提交时间：%s　　状态：已批阅　　批阅教师：%s</p></td></tr></table>'
                    % (c["task"], n, sid, cl, day(s, i), t[0]))
            foot = ('<p style="font-size:7.5pt">https://jx.fcjg.edu.cn/hw/detail?sid=%s&amp;task=%d　　　　　　　　1/1</p>' % (sid, 3127 + i))
            body = top + meta + sit + answers(c, rng, i, typed=True) + comment + foot
        elif f == "iso_block":   # a form-control block at the top right: the name as 填表人
            kv = [["表单编号", "FC-JW-QR-0815"], ["版本/修订", "A/0"], ["填表人", hand(n, True)], ["班　级", cl], ["页　码", "第1页　共1页"]]
            cb = 'style="border:0.75pt solid #000;padding:1px 4px"'
            rows = []
            for r, (k_, v_) in enumerate(kv):
                left = ('<td rowspan="5" width="52%%" valign="middle"><p style="font-size:13pt"><b>银川市凤城技工学校</b></p>'
                        '<p style="font-size:8pt">教学质量管理体系　受控文件</p></td>' if r == 0 else "")
                rows.append('<tr>%s<td width="18%%" align="center" %s>%s</td><td width="30%%" align="center" %s>%s</td></tr>' % (left, cb, k_, cb, v_))
            head = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows)
            body = head + title + '<p>课程：%s　　指导教师：%s　　日期：%s</p>' % (c["course"], t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "carelog":   # the name only as 照护员签名 on every row of a care log
            acts = ["测血氧、呼吸频率", "检查制氧机和湿化瓶", "协助吸氧，流量2升/分", "缩唇呼吸训练", "用氧安全宣教"]
            log = [["时间", "照护内容", "老人反应", "照护员签名"]] + [
                ["%d:%02d" % (9 + k // 2, 10 + 20 * (k % 2)), a, ["配合", "良好", "平稳", "稍累", "能复述"][k], hand(n, True)]
                for k, a in enumerate(acts)]
            body = (title + '<p>班级：%s　　组别：第%d组　　指导教师：%s</p>' % (cl, 2 + i, t[0]) + sit + answers(c, rng, i) +
                    '<p><b>居家照护记录单</b>　　服务对象：尕藏奶奶（78岁）　　日期：%s</p>' % day(s, i) +
                    tbl(log, pad="3px 4px", bold=(0,)) + comment)
        elif f == "bilingual":   # bilingual labels, the name in characters and in Latin letters
            head = tbl([["姓名 Name", hand(n) + "　" + hand(LATIN.get(n, ""), True), "班级 Class", cl],
                        ["学号 Student No.", hand(sid, True), "日期 Date", day(s, i)]], pad="4px 5px")
            body = head + title + '<p>课程：%s　　指导教师 Teacher：%s</p>' % (c["course"], t[1]) + sit + answers(c, rng, i) + comment
        elif f == "handover":   # the student as 接车人 of a training-vehicle hand-over strip, the teacher as 交车人
            rows = [[("实训车辆交接记录", ' colspan="6"')],
                    ["车　型", "纯电动轿车", "VIN后六位", "%06d" % (318204 + 97 * i), "里　程", "%d km" % (61230 + 411 * i)],
                    ["交车人", hand(t[0], True, BLACK), "接车人", hand(n, True), "交接时间", day(s, i)],
                    ["班　级", cl, "学　号", sid, "工　位", "%d号" % (3 + i)]]
            sheet = "（续页）" if i and names[i - 1] == n else ""
            body = tbl(rows, pad="3px 5px") + title.replace("学习工作页", "学习工作页" + sheet) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"seal": "x-scanpdf:200:color", "footer_row": "x-scanpdf:250", "browser_print": "x-scanpdf:200",
            "iso_block": "x-scanpdf:200", "carelog": "x-scanpdf:250", "bilingual": "x-scanpdf:200:color",
            "handover": "x-scanpdf:200"}[f]
    return "08.html", html(PB.join(pages)), meth


# ------------------------------------------------------------------ item 10

def resolve_notes(s, rec):
    out = {}
    for k, v in s.get("notes", {}).items():
        n = rec[int(k[1:])] if k.startswith("@") else k
        if n in s["students"] + s.get("extra_class", []):
            raise SystemExit("%s: note %s falls on a planted name %s" % (s["school"], v, n))
        out[n] = v
    corr = {}
    for k, v in s.get("corr", {}).items():
        n = rec[int(k[1:])] if k.startswith("@") else k
        corr[n] = v
    s["notes_resolved"] = out
    s["corr_resolved"] = corr


def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def struck(old, new):
    return ('<s>%s</s> <span style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:11pt">%s</span>'
            '<span style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:6pt">改</span>' % (old, new))


def padw(x, w):
    """Pad to w display columns (a CJK character or the middle dot counts 2)."""
    n = sum(2 if ord(ch) > 0x2E80 or ch == "·" else 1 for ch in x)
    return x + " " * max(1, w - n)


def item10(s, c, rec, d):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    notes = s["notes_resolved"]
    bad = s.get("bad", {})
    parts = c["parts"]
    pad = "0px 3px"
    sign = "<p>考核教师：%s　%s　　　　教研组长审核：%s</p>" % (t[0], "、".join(t[1:]), t[-1])
    if f == "total_first":   # the 总分 column first, the criteria after it
        tr = [["序号", "学号", "姓名", "总分"] + ["%s(%d)" % p for p in parts]]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "total" else 0)
            tr.append([str(k + 1), sid_of(s, n), n, "<b>%d</b>" % tot] + [str(x) for x in v])
        return "10.html", html(head10(s, c, "学习任务考核记录") + tbl(tr, pad=pad, bold=(0,)) +
                               "<p>注：总分为后四项之和。</p>" + sign, "9pt", compact=True), "x-scanpdf:200"
    if f == "corrected":   # printed scores struck through and corrected by hand; a 补考 column
        tr = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "补考", "备注"]]
        for k, n in enumerate(rec):
            note = notes.get(n, "")
            if note == "补考":
                v = [14, 15, 17, 8]
                tr.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), hand("72", True, "#c0251a"), "补考合格"])
                continue
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            tot = str(sum(v))
            if s["corr_resolved"].get(n) == "part":
                cells[1] = struck(str(v[1] - 5), str(v[1]))
            elif s["corr_resolved"].get(n) == "total":
                tot = struck(str(sum(v) - 10), str(sum(v)))
            tr.append([str(k + 1), sid_of(s, n), n] + cells + [tot, "", note])
        return "10.html", html(head10(s, c, "学习任务考核记录") + tbl(tr, pad=pad, bold=(0,)) +
                               "<p>说明：登分错误处划线更正，更正人签“改”。总分60分以下须参加补考。</p>" + sign, "9pt", compact=True), "x-scanpdf:250"
    if f == "group_shared_typed":   # a shared group score spanning the group's rows
        tr = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', pad) for x in
                                      ["组别", "小组成绩(40)", "序号", "学号", "姓名", "个人成绩(60)", "总评"])]
        gs = 6
        for g0 in range(0, len(rec), gs):
            grp_ = rec[g0:g0 + gs]
            gscore = rng.randint(28, 38)
            for j, n in enumerate(grp_):
                ind = rng.randint(38, 57)
                cells = ""
                if j == 0:
                    cells += td("第%d组" % (g0 // gs + 1), ' align="center" rowspan="%d"' % len(grp_), pad)
                    cells += td(str(gscore), ' align="center" rowspan="%d"' % len(grp_), pad)
                cells += "".join(td(x, ' align="center"', pad) for x in [str(g0 + j + 1), sid_of(s, n), n, str(ind), str(gscore + ind)])
                tr.append("<tr>%s</tr>" % cells)
        body = (head10(s, c, "学习任务考核成绩登记表") + "<p>总评 = 小组成绩 + 个人成绩；小组成绩为本组成员共同得分。</p>" +
                '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(tr) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "score_cards":   # one score card per student, six cards a page (two across, three down)
        cards = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cards.append([("学习任务考核评分卡　No.%02d" % (k + 1), None), ("学号", sid_of(s, n)), ("姓名", n)] +
                         [("%s(%d)" % p, str(x)) for p, x in zip(parts, v)] + [("总分", "<b>%d</b>" % sum(v)), ("评分人", t[k % 2])])
        cb = 'style="border:0.75pt solid #000;padding:1px 4px"'

        def half(card, r):
            if card is None:
                return '<td width="22%"></td><td width="24%"></td>'
            a, b = card[r]
            if b is None:
                return '<td colspan="2" align="center" %s><b>%s</b></td>' % (cb, a)
            return '<td width="22%%" %s>%s</td><td width="24%%" align="center" %s>%s</td>' % (cb, a, cb, b)
        pages = []
        for p0 in range(0, len(cards), 6):
            cs = cards[p0:p0 + 6]
            rows = []
            for r0 in range(0, len(cs), 2):
                left, right = cs[r0], (cs[r0 + 1] if r0 + 1 < len(cs) else None)
                for r in range(len(left)):
                    rows.append("<tr>%s<td width=\"8%%\"></td>%s</tr>" % (half(left, r), half(right, r)))
                rows.append('<tr><td colspan="5" height="26"></td></tr>')
            pages.append(('<p>%s　%s　%s</p>' % (s["school"], s["cls"], c["task"]) if not p0 else "") +
                         '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows))
        return "10.html", html(PB.join(pages) + sign, "9.5pt", compact=True), "x-scanpdf:200"
    if f == "mono_text_typed":   # a monospaced system printout with fixed-width columns
        lines = ["湟水技师学院教务管理系统　　学习任务成绩录入清单",
                 "班级：%s　课程：%s" % (s["cls"], c["course"]), "学习任务：%s" % c["task"],
                 "-" * 66,
                 padw("序号", 6) + padw("学号", 12) + padw("姓名", 14) + "".join(padw(p[:2], 7) for p, _ in parts) + "总分",
                 padw("", 6) + padw("", 12) + padw("满分", 14) + "".join(padw(str(m), 7) for _, m in parts) + "100",
                 "-" * 66]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 23
            lines.append(padw("%02d" % (k + 1), 6) + padw(sid_of(s, n), 12) + padw(n, 14) +
                         "".join(padw(str(x), 7) for x in v) + str(sum(v)))
        lines += ["-" * 66, "记录人数：%d　　录入：%s　　打印时间：%s" % (len(rec), t[0], day(s, 12))]
        body = '<pre style="font-family:\'Noto Sans Mono CJK SC\';font-size:8.5pt">%s</pre>' % "\n".join(lines)
        return "10.html", html(body, "8.5pt", font="Noto Sans Mono CJK SC", compact=True), "pdf"
    if f == "sessions":   # one column per lesson, then the work
        tr = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]]
        for k, n in enumerate(rec):
            v = [rng.choice([3, 4, 4, 5, 5]) for _ in range(8)] + [rng.randint(38, 57)]
            tr.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))])
        body = (head10(s, c, "学习任务过程与结果考核记录") + "<p>每次课过程表现5分，共8次课40分；作品成果60分；总分为各项之和。</p>" +
                tbl(tr, pad=pad, bold=(0,)) + sign)
        return "10.html", html(body, "8.5pt", page="size:29.7cm 21cm;margin:1.0cm 1.2cm", compact=True), "x-scanpdf:250"
    if f == "photo_column":   # a register with a portrait box per row and 民族
        photo = ('<table style="border-collapse:collapse" width="34" height="40" bgcolor="#d4d4d4"><tr><td align="center" '
                 'style="color:#8a8a8a;font-size:15pt">●<br/><span style="font-size:6pt">照片</span></td></tr></table>')
        tr = [["序号", "照片", "学号", "姓名", "民族"] + ["%s(%d)" % p for p in parts] + ["总成绩"]]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            eth = "维吾尔族" if "·" in n and n not in KAZAKH else ("哈萨克族" if n in KAZAKH else ("回族" if k % 9 == 4 else "汉族"))
            tr.append([str(k + 1), photo, sid_of(s, n), n, eth] + [str(x) for x in v] + [str(sum(v))])
        return "10.html", html(head10(s, c, "学习任务考核成绩表（带照片）") + tbl(tr, pad="1px 3px", bold=(0,)) + sign,
                               "9pt", compact=True), "x-scanpdf:200"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t)))
    parts = [head]
    page, meth = None, "pdf"
    others = [n for n in s["klass"] if n not in s["students"] and n not in s.get("extra_class", [])]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "signoff_typed":   # a report ending in a sign-off table 编制/审核/批准
                parts.append("<h3>%s</h3><p>报告编号：QS-2024-%03d</p><p>%s</p><p>结论：故障已排除，车辆交付。</p>" % (title, 31 + 3 * i + j, desc) +
                             tbl([["编　制", n, "审　核", t[0], "批　准", t[1]], ["班　级", cl, "日　期", day(s, 30 + i), "", ""]], width="90%"))
            elif f == "titleblock_typed":   # a drawing sheet with its title block at the bottom right
                cb = 'style="border:0.75pt solid #000;padding:2px 4px"'
                blk = [["鞍山市千山技工学校", title], ["设计", n, "图号", "JD-%02d-%02d" % (i + 1, j + 1)],
                       ["审核", t[0], "比例", "1:1"], ["班级", cl, "日期", day(s, 30 + i)]]
                rows = []
                for r, row in enumerate(blk):
                    left = '<td rowspan="4" width="45%"></td>' if r == 0 else ""
                    cells = ("".join('<td colspan="2" align="center" %s>%s</td>' % (cb, x) for x in row) if r == 0 else
                             "".join('<td align="center" %s>%s</td>' % (cb, x) for x in row))
                    rows.append("<tr>%s%s</tr>" % (left, cells))
                parts.append('<table width="100%%" style="border-collapse:collapse"><tr><td valign="top" style="border:1.5pt solid #000;padding:10px">'
                             '<p>%s</p><p>（图略，见附图）</p>%s</td></tr></table>' % (desc, "<p>&nbsp;</p>" * 14) +
                             '<table width="100%%" style="border-collapse:collapse">%s</table>' % "".join(rows))
            elif f == "peer_review_typed":   # the author beside a classmate who reviewed the work
                peer = others[(3 * i + j) % len(others)]
                parts.append("<h3>%s</h3><p>%s</p>" % (title, desc) +
                             tbl([["完成人", n, "班　级", cl], ["互评人", peer, "互评等级", ["良", "优", "良"][j]],
                                  ["指导教师", t[j % 2], "教师评定", "优"]], width="85%"))
            elif f == "certificate":   # a certificate-like slip: the name inside the sentence
                parts.append('<table width="92%%" style="border-collapse:collapse"><tr><td style="border:3pt double #8a1c1c;padding:18px">'
                             '<p style="text-align:center;font-size:16pt;color:#8a1c1c"><b>学习成果认定单</b></p>'
                             '<p>编号：FC-CG-%03d</p><p style="font-size:12pt;line-height:2">兹认定 %s 同学（%s）在“%s”学习任务中完成的“%s”达到企业验收标准，予以认定。</p>'
                             '<p>成果说明：%s</p><p style="text-align:right">认定人：%s　　%s</p></td></tr></table>'
                             % (41 + 3 * i + j, hand("<u>　%s　</u>" % n), cl, c["task"], title, desc, t[j % 2], day(s, 30 + i)))
                meth = "x-scanpdf:200:color"
            elif f == "leaflet_typed":   # a three-panel leaflet, the credit on the back panel
                parts.append('<table width="100%%" style="border-collapse:collapse"><tr>'
                             '<td width="33%%" valign="top" style="border:0.75pt dashed #888;padding:8px"><p><b>%s</b></p><p>%s</p></td>'
                             '<td width="33%%" valign="top" style="border:0.75pt dashed #888;padding:8px"><p><b>要点</b></p><p>%s</p></td>'
                             '<td width="34%%" valign="top" style="border:0.75pt dashed #888;padding:8px"><p>西宁市城东区社区卫生服务中心</p>'
                             '<p>制作：%s（%s）</p><p>指导：%s</p><p>%s</p></td></tr></table>'
                             % (title, desc, c["hw"][j % 2][1][0], n, cl, t[0], day(s, 30 + i)))
                page = "size:29.7cm 21cm;margin:1.2cm 1.2cm"
            elif f == "receipt_typed":   # a submission receipt of the platform, then a frame strip
                frames = "".join('<td width="16%%" height="60" bgcolor="#cccccc" align="center" style="font-size:7pt">00:%02d</td>' % (15 * k) for k in range(6))
                parts.append("<h3>作品提交回执</h3>" +
                             tbl([["提交人", "%s　%s" % (n, LATIN.get(n, ""))], ["班　级", cl], ["作品名称", title],
                                  ["文　件", "lavender_%d%d.mp4　　大小 %d.%d MB" % (i + 1, j + 1, 60 + 7 * j, i)],
                                  ["提交时间", day(s, 30 + i)], ["接收教师", t[1]], ["说　明", desc]], width="85%", align="left") +
                             '<p>关键帧：</p><table width="100%%" cellspacing="4"><tr>%s</tr></table>' % frames)
            elif f == "thermal_typed":   # a narrow thermal printout of the diagnostic tester
                parts.append('<pre style="font-family:\'Noto Sans Mono CJK SC\';font-size:7.5pt">%s</pre>' % "\n".join([
                    "====== 诊断报告 ======", title, "车型：纯电动轿车", "VIN：LGXC%07d" % (2318204 + 97 * i),
                    "DTC：B1A3D PTC加热器断路", "结论：%s" % desc, "----------------------", "操作员：%s" % n, "班级：%s" % cl,
                    "审核：%s" % t[0], "打印：%s" % day(s, 30 + i), "======================"]))
                page = "size:8cm 16cm;margin:0.4cm 0.4cm"
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), page=page), meth


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl = cls_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s　%s" % (t[0], day(s, 20 + i))]
        if f == "wenkai_classfirst":
            head = ["（%s）%s　课后作业" % (cl, n), c["task"]]
        elif f == "photo_nolabel":
            head = ["%s　课后作业（第%d次）" % (c["course"], 3), "> %s　%s　%d号" % (n, cl, 5 + 6 * i)]
        elif f == "redcomment":
            head = ["%s　课后作业" % c["task"], "> %s　%s" % (n, cl.replace("班", ""))]
            end = ["! %s同学：要点基本齐全，第2题再补充。%s　%s" % (n, t[0], day(s, 20 + i))]
        elif f == "ukai_datiren":
            head = ["%s　课后练习" % c["task"], "答题人：%s　班级：%s" % (n, cl)]
        elif f == "photo_zuodazhe":
            head = ["课后作业　%s" % c["task"], "> 作答者：%s（%s）" % (n, cl)]
        elif f == "serif_bilingual":
            head = ["课后作业 Homework　%s" % c["task"], "姓名 Name：%s　%s" % (n, LATIN.get(n, "")), "班级 Class：%s" % cl]
        elif f == "mono_xueyuan":
            head = ["%s　课后作业" % c["task"], "> 学员：%s（%s）　第%d组" % (n, cl, 1 + i)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"wenkai_classfirst": "x-scan:200:4", "photo_nolabel": "x-photo:200:1", "redcomment": "x-scan:200:2:color",
            "ukai_datiren": "x-scan:250:3", "photo_zuodazhe": "x-photo:200:4", "serif_bilingual": "x-scan:250:1",
            "mono_xueyuan": "x-scan:250:0:mono"}[f]
    return [("12.txt", "\n".join(lines) + "\n")], meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "sheet_capture":   # two screen captures of a spreadsheet window, the second scrolled down
        cols = ["序号", "学号", "姓名", "性别", "民族", "联系电话"]

        def capture(lo, hi):
            cell = 'style="border:0.5pt solid #d0d0d0;padding:1px 4px;font-size:8.5pt"'
            hd = 'style="border:0.5pt solid #b8b8b8;background:#ececec;color:#555;padding:1px 4px;font-size:7.5pt"'
            out = ['<tr><td %s></td>%s</tr>' % (hd, "".join('<td %s align="center">%s</td>' % (hd, chr(65 + j)) for j in range(len(cols) + 1)))]
            rows = [["%s花名册" % s["cls"]] + [""] * len(cols), cols + [""]]
            for j, n in enumerate(k):
                rows.append([str(j + 1), sid_of(s, n), n, "女" if (j * 3 + 1) % 5 < 3 else "男",
                             "回族" if (j * 7) % 3 else "汉族", "139****%04d" % (2113 + 37 * j), ""])
            for rn in range(lo, hi):
                row = rows[rn]
                out.append('<tr><td %s align="center">%d</td>%s</tr>' % (hd, rn + 1, "".join('<td %s>%s</td>' % (cell, x) for x in row)))
            bar = ('<table width="100%%" style="border-collapse:collapse"><tr><td bgcolor="#2b579a" style="color:white;font-size:9pt;padding:3px 6px">'
                   'WPS 表格　—　%s花名册.xlsx</td></tr><tr><td bgcolor="#f3f3f3" style="font-size:8pt;padding:3px 6px">'
                   '文件　开始　插入　页面布局　公式　数据　审阅　视图</td></tr><tr><td style="font-size:8pt;padding:2px 6px;border:0.5pt solid #ccc">'
                   'A%d　　fx　%s</td></tr></table>' % (s["cls"], lo + 1, rows[lo][0]))
            tabs = ('<table><tr><td bgcolor="#ffffff" style="border:0.5pt solid #999;font-size:8pt;padding:1px 8px">花名册</td>'
                    '<td bgcolor="#e0e0e0" style="font-size:8pt;padding:1px 8px">Sheet2</td><td style="font-size:8pt;padding:1px 8px">+</td></tr></table>')
            return bar + '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out) + tabs
        body = capture(0, 30) + PB + capture(26, len(k) + 2) + '<p style="font-size:8pt">班主任：%s</p>' % s["headteacher"]
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True,
                                                    page="size:29.7cm 21cm;margin:0.6cm 0.6cm"))
        man.append("roster.html\t%s花名册（截图）.pdf\tx-scanpdf:150:shot\troster\t0" % s["cls"])
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
    truth = {"comment": "Seventeenth held-out people corpus (testdata/heldout17), the format of testdata/heldout16/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_planted = [n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))]
    all_planted = dedup(all_planted)
    for n in all_teachers + all_planted:
        if n in USED_BEFORE:
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    per = [set(s["students"] + s.get("extra_class", [])) for s in SUBS]
    assert sum(map(len, per)) == len(set().union(*per)), "a planted name stands in two submissions"
    for a in all_planted:
        for b in all_teachers:
            if near(a, b):
                raise SystemExit("planted %s is near teacher %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        others = [n for n in all_planted if n not in fixed] + all_teachers + out
        s["klass"] = draw_class(rng, s["size"], fixed, others, s.get("pos", {}), s["region"])
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        resolve_notes(s, rec)
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec, d)), (11, item11(s, c, items[11]))):
            write(os.path.join(d, nm), tx)
            man.append("%s\t%s\t%s\titem\t%d" % (nm, file_name(s, n), meth, n))
            meths[n] = meth
        srcs, meth = item12(s, c, items[12])
        for nm, tx in srcs:
            write(os.path.join(d, nm), tx)
        man.append("%s\t%s\t%s\titem\t12" % ("+".join(nm for nm, _ in srcs), file_name(s, 12), meth))
        meths[12] = meth
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
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": "班级人数 | %s" % s["form_count"],
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": s["notes_resolved"], "corrections": s["corr_resolved"], "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
