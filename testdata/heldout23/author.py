#!/usr/bin/env python3
"""Write the sources of the twenty-third held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Six submissions of three invented schools in 邯郸
(Hebei), 长治 (Shanxi) and 赤峰 (Inner Mongolia).

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 22)] + ["othertools"]

# surnames by region: 邯郸 (郝 申 冀 栗 霍 焦 …), 长治 (郭 牛 秦 暴 连 原 郜 靳 …),
# 赤峰 (Han: 王 李 于 石 包 白 宝 鲍 …; and whole Mongolian names below)
SURNAMES = {
    "hd": list("李王张刘赵郝申武冀齐魏焦栗路霍段牛温杨"),
    "cz": list("郭牛秦申李王韩暴连原常崔郜栗靳赵张杨"),
    "cf": list("王李张刘于孙石包白宝鲍吴杨赵"),
}
# Mongolian names as they are written in Chinese characters (the middle dot
# where the name has a family or clan part)
MONGOL = ("巴特尔 萨日娜 塔娜 萨仁高娃 敖日格乐 那仁满都拉 吉雅 宝音·德力格尔 朝鲁门 "
          "孟和·巴雅尔 乌兰图雅 通拉嘎 白音·乌力吉 阿古拉 特日格乐 图门吉日嘎拉 苏布达 额尔敦·其木格 "
          "包·查干夫 阿如汗 吉日木图 哈斯·朝鲁 萨如拉 恩和·巴图").split()
# given names: a new list, classical in style (from the Four Books and the 诗经)
GIVEN2 = ("怀瑾 思齐 守拙 知远 明德 若愚 修远 致和 笃行 崇礼 允恭 慎之 怀素 景行 弘毅 敬之 惟一 秉钧 "
          "克勤 立诚 执中 见素 抱朴 文质 令仪 淑慎 静姝 婉清 蕙兰 芷若 采薇 子衿 鹿鸣 南山 伯阳 仲卿 "
          "元礼 周行 无咎 有容 博文 约礼 明远 如琢 君实 希文 永叔 子厚 退之 幼安 尚志 知微 若水 守正 "
          "归真 蒹葭 容与 清扬 载阳 其华 既明 正则 行健 厚德 中和 致远 敏行 时雍 承宣").split()
GIVEN1 = list("衡谦恪勉涵蕴")


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
    if region == "cf" and rng.random() < 0.35:
        return rng.choice(MONGOL)
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, pos, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or name in USED_BEFORE or bare(name) in USED_BEFORE or name in TAKEN or \
                any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    for nm, k in sorted(pos.items(), key=lambda x: x[1]):
        names.remove(nm)
        names.insert(k, nm)
    TAKEN.update(names)
    return names


C = {
 "brake": dict(major="汽车维修", code="0403", course="汽车制动系统检修", task="钢城通勤轿车制动异响诊断与前制动摩擦片更换",
   hours=16, station="汽车底盘检修一体化学习工作站",
   situation="邯郸一家汽车快修店接待了一位在钢厂上班的车主，他的轿车每天通勤，最近踩刹车时前轮发出尖锐的异响。服务顾问请实训班学员接车做环车检查，试车确认异响，拆检前制动器，测量摩擦片和制动盘厚度，按规范更换摩擦片并检测制动液含水量，完工后交车说明。",
   qs=[("引导问题1 制动时发出尖锐异响可能有哪些原因？", ["摩擦片磨到报警片、摩擦片硬化或表面有异物、制动盘有沟槽或锈蚀。", "摩擦片磨到报警片。", "片子硬化，盘有沟槽。"]),
       ("引导问题2 更换摩擦片后为什么要先踩几次制动踏板？", ["让活塞回到工作位置，使摩擦片贴合制动盘，否则第一脚制动会踩空。", "让摩擦片贴紧制动盘。", "防止第一脚踩空。"])],
   hw=[("1. 制动盘厚度低于多少应更换？", ["低于盘上刻印的最小厚度就要更换，不能只车削。", "低于最小厚度。", "看盘上刻的极限值。"]),
       ("2. 制动液为什么要定期检测含水量？", ["制动液吸水后沸点下降，连续制动时容易产生气阻，制动失灵。", "吸水后沸点下降。", "防止气阻。"])],
   outputs=[("前制动器维修竣工检验单", "制动距离符合要求。"), ("制动液检测竣工检验单", "含水量百分之一点五，已更换。"), ("路试竣工检验单", "异响已消除。")]),
 "live": dict(major="电子商务", code="0603", course="网店直播营销实务", task="永年标准件网店直播带货脚本策划与复盘",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="邯郸永年区一家做紧固件的工厂开了网店，想通过直播把螺栓、螺母等标准件卖给小五金店和装修师傅。运营主管请电商班学员分析目标客户，策划一场两小时的直播，写好脚本和话术，分岗位完成模拟直播，并根据后台数据做复盘。",
   qs=[("引导问题1 标准件直播的目标客户是谁？他们关心什么？", ["五金店老板和装修师傅，关心规格齐全、价格、发货速度和起订量。", "五金店和师傅，关心价格规格。", "关心起订量和发货。"]),
       ("引导问题2 直播脚本应包括哪些部分？", ["开场预热、产品讲解、福利互动、逼单促单和结尾预告，每段标明时长。", "开场、讲解、互动、促单、结尾。", "每段写清时长和话术。"])],
   hw=[("1. 直播复盘要看哪些数据？", ["观看人数、平均停留时长、互动率、转化率和客单价。", "观看、停留、转化。", "互动率和客单价。"]),
       ("2. 怎样讲清楚一种螺栓的规格？", ["说清材质、强度等级、直径和长度，拿卡尺现场量给观众看。", "材质、等级、尺寸。", "现场用卡尺量。"])],
   outputs=[("第一场直播复盘表", "平均停留时长一分四十秒。"), ("第二场直播复盘表", "转化率提高到百分之三。"), ("福利款直播复盘表", "福利款带动了膨胀螺栓的销量。")]),
 "belt": dict(major="机电一体化技术", code="0127", course="可编程控制系统装调", task="煤矿带式输送机跑偏保护PLC控制系统装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="长治一座煤矿的井下带式输送机常因跑偏撒煤，要加装跑偏、打滑和急停保护。机电科请实训班学员在实训台上按图纸接线，分配输入输出点，编写PLC程序实现顺序启动、逆序停止和跑偏报警停机，调试后填写装调记录。",
   qs=[("引导问题1 多台输送机为什么要逆煤流启动、顺煤流停止？", ["先启动下游再启动上游，停机时先停上游，防止煤在转载点堆积压死皮带。", "防止转载点堆煤。", "下游先开，上游先停。"]),
       ("引导问题2 跑偏开关动作后程序应怎样处理？", ["轻度跑偏报警，重度跑偏延时后停机并锁定，复位后才能重新启动。", "报警，严重时停机。", "停机锁定，复位再启动。"])],
   hw=[("1. 急停按钮为什么要用常闭触点接入？", ["线路断开时也能使设备停机，保证失效安全。", "断线也能停机。", "失效安全。"]),
       ("2. 打滑保护怎样检测？", ["用速度传感器测滚筒转速，低于额定值的一定比例时判为打滑。", "测滚筒转速。", "转速太低就是打滑。"])],
   outputs=[("PLC输入输出分配表及程序清单", "顺序启动间隔五秒。"), ("跑偏保护调试记录", "跑偏二级动作后三秒停机。"), ("打滑保护调试记录", "转速低于八成时报警。")]),
 "dangshen": dict(major="中药", code="1301", course="根及根茎类中药饮片切制", task="上党党参润切与党参片饮片质量检查",
   hours=14, station="中药炮制与调剂一体化学习工作站",
   situation="长治出产的潞党参是道地药材，一家饮片企业收购了一批党参药材，要切制成党参片。生产主管请中药班学员先挑选分档、洗净闷润，掌握润药程度后切成厚片，低温干燥，并对饮片的片型、水分和杂质做检查，填写切制记录。",
   qs=[("引导问题1 党参为什么要先闷润再切片？", ["党参质地柔韧，润软后切片才能片型完整，不易碎片和翘片。", "润软后好切，片型完整。", "不易碎、不翘片。"]),
       ("引导问题2 怎样判断党参已经润透？", ["用手弯曲不折断，切开后中心无干心，即为润透。", "能弯曲，无干心。", "切开看中心没有干心。"])],
   hw=[("1. 党参片干燥温度为什么不能太高？", ["党参含糖多，温度高容易焦化变色，还会走油。", "含糖多，易焦。", "温度高会变色走油。"]),
       ("2. 饮片水分检查用什么方法？", ["用烘干法，取样在一百零五度烘至恒重计算水分。", "烘干法。", "烘到恒重。"])],
   outputs=[("党参片切制工艺流程图", "闷润八至十二小时。"), ("分档挑选工艺流程图", "按粗细分为三档。"), ("低温干燥工艺流程图", "干燥温度不超过六十度。")]),
 "jade": dict(major="计算机动画制作", code="0306", course="三维数字文物建模", task="红山文化玉猪龙三维建模与转台动画制作",
   hours=16, station="三维动画制作一体化学习工作站",
   situation="赤峰博物馆要在网上展厅展示红山文化的玉猪龙，需要一段可以转动观看的三维展示动画。馆方请动画班学员根据文物照片和尺寸画出三视图，完成低模和高模建模、玉石材质和灯光设置，渲染一段十秒的转台动画。",
   qs=[("引导问题1 建模前为什么要先画三视图？", ["三视图确定了正面、侧面和顶面的比例，建模时作为参考图，保证造型准确。", "确定比例，作参考。", "保证造型准确。"]),
       ("引导问题2 玉石材质怎样表现透光感？", ["使用次表面散射，调整散射颜色和半径，再加一点高光和细微的纹理。", "用次表面散射。", "调散射颜色和半径。"])],
   hw=[("1. 转台动画的关键帧怎样设置？", ["第一帧旋转零度，最后一帧旋转三百六十度，插值改为线性，保证匀速循环。", "零度到三百六十度，线性插值。", "首尾两帧，匀速。"]),
       ("2. 低模和高模各有什么用？", ["低模用于网页实时展示，面数少；高模用于烘焙法线和渲染细节。", "低模展示，高模烘焙。", "高模做细节。"])],
   outputs=[("玉猪龙高模渲染截图", "面数约十二万。"), ("玉石材质设置截图", "次表面散射半径零点八。"), ("转台动画关键帧截图", "共二百四十帧。")]),
 "duijia": dict(major="烹饪(中式烹调)", code="0501", course="地方风味面点制作", task="赤峰对夹制作",
   hours=12, station="中式面点一体化学习工作站",
   situation="赤峰对夹是当地有名的风味小吃，外皮酥脆、夹着熏肉。一家老字号对夹店要扩大门店，请烹饪班学员学习和面、起酥、烙烤的工艺和熏肉的切配，按店里的标准完成出品，并记录每一炉的生产情况。",
   qs=[("引导问题1 对夹的酥层是怎样形成的？", ["水油面包上油酥，反复擀开叠起，烙烤时油酥把面层隔开形成层次。", "水油面包油酥，擀叠起层。", "油酥隔开面层。"]),
       ("引导问题2 烙烤对夹时怎样掌握火候？", ["先在饼铛上烙定型，再放进炉里烤到两面金黄，火大了外焦里生。", "先烙后烤，两面金黄。", "火不能太大。"])],
   hw=[("1. 熏肉为什么要切得薄？", ["薄片夹在饼里好咬，香味容易出来，每个对夹用量也好控制。", "好咬，好控制用量。", "切薄香味足。"]),
       ("2. 怎样保证每个对夹大小一致？", ["面剂用秤称重，擀成同样大小，用模具压边。", "面剂称重。", "用模具压边。"])],
   outputs=[("对夹生产日志（一号炉）", "出品六十个，合格五十八个。"), ("对夹生产日志（二号炉）", "炉温偏高，调低后正常。"), ("熏肉切配日志", "每个对夹夹肉三十克。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="邯郸市赵都高级技工学校", pack="dir", region="hd", course="brake", cls="汽修2403班", size=40, seed=11,
         sidp="24130403", students=["霍守正", "郝知微", "冀博文"], outsiders={"冀博文": "汽修2402班"}, out_sidp="24130402",
         extra_class=["栗克勤"], bad={"栗克勤": "over"}, others_named=["路建国", "温桂兰"],
         teachers=["李振山", "武红英"], form_count="40人",
         f8="walkaround", f10="slips", f11="completion_typed", f12="shadow_photo",
         findings=[("students.not_in_class", 8, True, "冀博文"), ("records.invalid_score", 10, False, "栗克勤")],
         comment="冀博文 of the parallel class 汽修2402班 (his class and 学号 on his worksheet and homework) is the third student of "
                 "8/11/12; item 10 (40 records = form `40人`) has none for him: students.not_in_class. Item 10 (TYPED) is a "
                 "sheet of 成绩条 (one two-row slip per student, its own head row, dashed cut lines between); 栗克勤 has 33 "
                 "under `拆装与测量 满分30` (总分 the sum): records.invalid_score. Item 8 (scanned 250 dpi gray, a folded "
                 "corner): a 环车检查单 at the top naming the CUSTOMER (路建国, 温桂兰: not students) and the student only as "
                 "检查员 (hand-written). No roster"),
    dict(school="邯郸市赵都高级技工学校", pack="dir", region="hd", course="live", cls="电商2402班", size=36, seed=12,
         sidp="24130603", students=["申静姝", "魏采薇", "焦希文"], others_named=["武丽娜", "齐振江"],
         teachers=["张卫东", "段秀琴"], form_count="共计36人",
         f8="live_card", f10="excel_grid", f11="review_typed", f12="doer_label", findings=[],
         comment="clean. Item 10 (scanned 200 dpi gray) is an Excel sheet printed WITH ROW NUMBERS AND COLUMN LETTERS "
                 "(A B C … over the head, 1 2 3 … down the left, the row number two ahead of 序号), scores in half points "
                 "(`17.5`), 总分 with one decimal. Item 8: a 直播场次卡 with the student as 主播 (hand) and the company "
                 "mentor as 场控（企业导师） (武丽娜, 齐振江: not students). Item 11: typed 直播复盘表, `主播：<name>　场控：<mentor>`. "
                 "Form `共计36人` in a six-column table. No roster"),
    dict(school="长治市漳河湾技工学校", pack="gbkzip", region="cz", course="belt", cls="机电2302班", size=40, form_size=41, seed=21,
         sidp="23140127", students=["郭明远", "秦笃行", "暴允恭"], items={12: ["郭明远", "秦笃行", "连尚志"]},
         extra_class=["连尚志", "原立诚"], bad={"原立诚": "sum"},
         teachers=["韩建军", "王秀峰", "常玉梅", "栗志刚"], form_count="41",
         f8="sealed_line", f10="rank_desc", f11="plc_typed", f12="labels_above_photo",
         findings=[("students.mismatch", 12, True), ("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "原立诚")],
         comment="item 12 (phone photos with a hand shadow) holds the homework of 郭明远, 秦笃行 and classmate 连尚志 (with an "
                 "item-10 record) instead of 暴允恭's (items 8 and 11 hold the three): students.mismatch. Item 10 (scanned 250 "
                 "dpi gray, the back page showing through) is SORTED BY 总分 DESCENDING with a 名次 column first; 40 rows, the "
                 "form says `班级人数（人） | 41`: records.count_mismatch. 原立诚's 总分 is 6 above the sum of his parts (and "
                 "ranked by it): records.invalid_score. Item 8 (scanned 200 dpi gray, stapled): an exam-paper head with "
                 "班级/姓名/学号 blanks above a dotted 密封线. The form has FOUR teachers (legal). No roster"),
    dict(school="长治市漳河湾技工学校", pack="gbkzip", region="cz", course="dangshen", cls="中药2403班", size=41, seed=22,
         sidp="24141301", students=["靳蕙兰", "郜婉清", "常芷若"], extra_class=["崔怀瑾"], absent_from_10=["崔怀瑾"],
         teachers=["申丽萍", "牛德顺"], form_count="41", roster="photo_grid", headteacher="郭春兰",
         f8="door_slip", f10="prefix_makeup", f11="flowchart_scan", f12="number_label",
         findings=[("records.missing_student", 10, False, "崔怀瑾"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed PHOTO ROSTER, five students a row, photo box over name and 学号, 41) and the form "
                 "(`班级人数（人） | 41`) hold 崔怀瑾; item 10 (TYPED) has 40 rows and none for him: records.missing_student, "
                 "records.count_mismatch. Item 10 gives the 学号 prefix once in the head (`学号前缀：24141301`) and only the last "
                 "two digits in the rows, and has a 补考 column: one student failed (52) and passed the 补考 (71), the 总评 "
                 "`60（补）` by the rule printed under the table (legal). Item 8 (scanned 250 dpi gray, show-through): a "
                 "printed 门禁凭条 (access-control slip) pasted on at the top right is the only place of the name"),
    dict(school="赤峰市西拉沐沦技师学院", pack="zip", region="cf", course="jade", cls="动画2401班", size=37, seed=31,
         sidp="24150306", students=["白鹿鸣", "诺敏", "于子衿"], items={11: ["白鹿鸣", "诺敏", "于子衿", "鲍知远"]},
         extra_class=["鲍知远", "哈斯·朝鲁"], bad={"哈斯·朝鲁": "sum"},
         teachers=["王海英", "包金山"], form_count="37人",
         f8="storyboard", f10="slash_max", f11="window_typed", f12="sketch_sign",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "哈斯·朝鲁")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED printed software screenshots, the name in each window's title bar `<task>_<name>.blend`) holds the "
                 "works of FOUR students: the three and classmate 鲍知远 (with an item-10 record): students.count on 11; "
                 "students.mismatch optional. Item 10 (scanned 200 dpi gray, stapled) gives each maximum after a slash "
                 "(`建模/40`) and a 民族 column; 哈斯·朝鲁's 总分 is 5 below the sum of his parts: records.invalid_score. "
                 "Item 8 (colour scan 200 dpi): a storyboard sheet, the student only as 分镜师 in its title block. No roster"),
    dict(school="赤峰市西拉沐沦技师学院", pack="zip", region="cf", course="duijia", cls="烹饪2402班", size=38, seed=32,
         sidp="24150501", students=["阿拉坦·其其格", "石守拙", "孙令仪"], teachers=["刘志勇", "吴其木格"],
         form_count="1个班，38人", roster="xlsx_spelling", headteacher="宝音·那木拉",
         f8="page_owner", f10="side_blocks", f11="log_typed", f12="practice_photo", findings=[],
         comment="clean. 阿拉坦·其其格 is written with the middle dot in the roster, item 10, item 8 and item 12 by hand, and "
                 "with a Word bullet `阿拉坦•其其格` (U+2022) in the typed item 11 (the same student). Form `1个班，38人` (two "
                 "numbers: one class of 38). Item 10 (scanned 250 dpi gray, a folded corner) gives the class in TWO BLOCKS "
                 "side by side (1–19 | 20–38). Roster: an xlsx with `序号 | 姓名 | 蒙古文姓名转写 | 学号 | 民族 | 生源旗县区` (the Latin spelling filled for the Mongolian names only), 38. Item "
                 "8: a `本页主人` box at the top right"),
]

PROVINCE = {1: "河北省邯郸市", 2: "山西省长治市", 3: "内蒙古自治区赤峰市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CN = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 邯郸: "（八）工作页.pdf" (a Chinese numeral in full-width brackets)
        return "（%s）%s.pdf" % (CN[n], NAMES[n])
    if g == 2:   # 长治: "08_工作页_20250226.pdf" (a scan date after the name, as the office's copier names files)
        return "%02d_%s_202502%02d.pdf" % (n, NAMES[n], 24 + n % 3)
    return "%s、%s.pdf" % (CN[n], NAMES[n])   # 赤峰: "八、工作页.pdf"


def form_name(s, c):
    return {1: ("%s-%s-申报书.docx" % (c["code"], c["major"]), "docx"),
            2: ("申报书_%s_定稿.pdf" % c["task"], "pdf"),
            3: ("附件2（%s）.docx" % c["course"], "docx")}[grp(s)]


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
BLUE, BLACK, REDC = "#1d2f6b", "#151515", "#c0251a"
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
    if g == 1:   # 邯郸: SIX columns, three label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"]), ("学　时", "%d" % c["hours"])],
                [("课程名称", c["course"]), ("授课班级", s["cls"]), ("班级人数", s["form_count"])],
                [("学习任务", c["task"]), ("授课场所", c["station"]), ("课堂负责人", t[0])]]
        out = []
        for r in rows:
            out.append("<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" bgcolor="#eeeeee"', P) + td(b, ' align="left"', P)
                                              for a, b in r))
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out)
    elif g == 2:   # 长治: a head row 项目 | 填报内容, the unit in the label (`班级人数（人） | 41`)
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("学时（课时）", "%d" % c["hours"]), ("授课班级", s["cls"]), ("班级人数（人）", s["form_count"]),
                ("授课场所", c["station"])]
        info = tbl([["<b>项　　目</b>", "<b>填 报 内 容</b>"]] + [[a, (b, ' align="left"')] for a, b in rows], width="88%", pad=P)
    else:   # 赤峰: `序 | 项目 | 内容` with circled numbers
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学　　时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([["<b>序</b>", "<b>项目</b>", "<b>内容</b>"]] +
                   [["①②③④⑤⑥⑦⑧"[k], a, (b, ' align="left"')] for k, (a, b) in enumerate(rows)], width="92%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>本课堂按照获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学：学生接受任务后分组查阅资料，制定工作计划，经教师审核后做出决策，按计划实施；教师巡回指导，控制质量与安全；最后各组展示成果，开展自评、互评和教师点评。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在完成任务的过程中提升了专业能力和职业素养。</p>
<h3>六、承诺</h3><p>本单位承诺所报材料真实、原创，无知识产权争议。</p>""".format(
        school=s["school"], lead=t[0], d=5 + s["seed"] % 17, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}合作企业的岗位要求转化。\n二、学习任务\n本学期安排“{task}”，共{hours}学时。\n三、评价方式\n过程评价与结果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查评估、总结反馈。",
    3: "{school}\n{task}　教学活动策划\n学习活动一　明确任务与收集信息\n学习活动二　制定计划与决策\n学习活动三　实施任务\n学习活动四　检查、评价与总结",
    4: "{school}\n{course}教学进度计划\n本任务共{hours}学时\n第1周　接受任务、收集信息\n第2周　制定并审核计划\n第3周　实施任务\n第4周　检查评价与总结",
    5: "{school}\n{task}教学活动方案\n第1学时　情境导入，明确任务\n第2—4学时　引导问题学习\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与耗材清单。",
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
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "19"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def typed_name(s, n):
    """How the typed item 11 spells a name (烹饪: a Word bullet for the middle dot)."""
    return n.replace("·", "•") if s["course"] == "duijia" else n


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages, ovl = [], []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　评阅：%s</p>' % (RED, ["完成认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "walkaround":   # a walk-around check sheet: the customer named, the student only as 检查员
            cust = s["others_named"][i % 2]
            sheet = tbl([[("<b>接车环车检查单</b>", ' colspan="6"')],
                         ["车牌号", hand("冀D·%s" % ["5K3M7", "A8Q21", "7HN06"][i], True), "车　型", "紧凑型轿车", "行驶里程", hand("%d km" % (68214 + 9133 * i), True)],
                         ["车主姓名", hand(cust, True, BLACK), "VIN", ("LSVNV4%s" % ["18XGN042731", "29KHN115604", "37MJN208815"][i], ' colspan="3"')],
                         ["外观划痕", "☑无　□有", "油　量", "□1/4 ☑1/2 □满", "贵重物品", "☑无"],
                         ["客户描述", ("踩刹车时前轮有尖锐的吱吱声", ' colspan="3"'), "检查员", hand(n, True)]], width="100%", pad="3px 4px")
            body = sheet + title + '<p>班级：%s　　学号：%s　　指导教师：%s</p>' % (cl, sid, t[0]) + sit + answers(c, rng, i) + comment
        elif f == "live_card":   # a live-session card: the student as 主播, the company mentor as 场控
            mentor = s["others_named"][i % 2]
            card = ('<table style="border-collapse:collapse" width="100%%"><tr><td bgcolor="#fde9e2" style="border:1.5pt solid #d9534f;padding:5px 8px">'
                    '<b>直播场次卡</b>　场次：第%d场　　平台：店铺直播间　　时长：120分钟<br/>'
                    '主播：%s　　场控（企业导师）：%s<br/>主推款：8.8级高强度外六角螺栓 M12×60　　福利款：膨胀螺栓套装</td></tr></table>'
                    % (2 + i, hand(n), mentor))
            body = card + title + '<p>班级：%s　　指导教师：%s　　%s</p>' % (cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "sealed_line":   # an exam-paper head: blanks above a dotted 密封线
            head = ('<p>班级＿%s＿　　姓名＿%s＿　　学号＿%s＿</p>'
                    '<p style="text-align:center;font-size:9pt;letter-spacing:2pt">………… 密 ………… 封 ………… 线 ………… 内 … 不 … 要 … 答 … 题 …………</p>'
                    % (hand(cl, True), hand(n), hand(sid, True)))
            body = head + title + '<p>课程：%s　　指导教师：%s　　%s</p>' % (c["course"], t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "door_slip":   # a printed access-control slip pasted on: the only place of the name
            head = ('<table width="100%%"><tr><td valign="top" height="110"><p>%s</p><p>课程：%s　　指导教师：%s</p>'
                    '<p>实训室：B203 饮片切制室　　日期：%s</p></td><td width="36%%"></td></tr></table>'
                    % (s["school"], c["course"], t[0], day(s, i)))
            body = head + title + sit + answers(c, rng, i) + comment
            ang = [3, -2, 4][i % 3]
            ovl.append({"type": "sticker", "page": i + 1, "x": 0.79, "y": 0.10, "angle": ang, "size": 10,
                        "fill": "#f7f6ef", "edge": "#b8b8b8",
                        "lines": ["实训室门禁凭条", "姓名：%s" % n, "学号：%s" % sid, "B203　07:%02d　已验证" % (48 + 3 * i)]})
        elif f == "storyboard":   # a storyboard sheet: the student only as 分镜师 in its title block
            frames = "".join('<td width="33%%" height="80" valign="bottom" style="border:1pt solid #333;padding:3px;font-size:8pt">镜头%02d　%s</td>'
                             % (k + 1, ["正面推近", "侧面环绕", "顶视定格"][k]) for k in range(3))
            block = tbl([["镜头组", "转台展示", "分镜师", hand(n, True)], ["审　核", hand(t[1], True, BLACK), "日　期", hand(day(s, i)[5:], True)]],
                        width="100%", pad="2px 4px")
            body = (title + '<p>课程：%s　　班级：%s</p>' % (c["course"], cl) + sit +
                    '<table style="border-collapse:collapse" width="100%%"><tr>%s</tr></table>' % frames +
                    '<table width="100%%"><tr><td width="40%%"></td><td width="60%%">%s</td></tr></table>' % block + answers(c, rng, i) + comment)
        elif f == "page_owner":   # a `本页主人` box at the top right
            box = ('<table width="100%%"><tr><td></td><td width="34%%" style="border:1.5pt solid #8a6d3b;padding:4px 8px">'
                   '本页主人：%s<br/><span style="font-size:8pt">（%s）</span></td></tr></table>' % (hand(n), cl))
            body = box + title + '<p>课程：%s　　指导教师：%s　　%s</p>' % (c["course"], t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": ovl}, ensure_ascii=False, indent=1))
    meth = {"walkaround": "x-scanpdf:250:dogear", "live_card": "x-scanpdf:200:color", "sealed_line": "x-scanpdf:200:staple",
            "door_slip": "x-scanpdf:250:bleed", "storyboard": "x-scanpdf:200:color", "page_owner": "x-scanpdf:250:staple"}[f]
    font = {"live_card": "Noto Sans CJK SC", "walkaround": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教研组长审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "slips":   # a sheet of 成绩条: one two-row slip per student, cut lines between
        parts = [("接车与环车检查", 15), ("故障诊断", 25), ("拆装与测量", 30), ("制动液检测", 15), ("6S与安全", 15)]
        out = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 33
            hd = ["序号", "学号", "姓名"] + ["%s<br/>满分%d" % p for p in parts] + ["总分"]
            out.append(table([trow(["<b>%s</b>" % x for x in hd], pad), trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad)]))
            out.append('<p style="font-size:6pt;color:#777777;margin:1pt 0">✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -</p>')
        body = head10(s, c, "学习任务考核成绩条（沿虚线剪开发给学生）") + "".join(out) + sign
        return "10.html", html(body, "7.5pt", font="Noto Sans CJK SC", compact=True, page="margin:0.8cm 1.0cm"), "pdf"
    if f == "excel_grid":   # printed from Excel WITH row numbers and column letters
        parts = [("脚本策划", 25), ("话术设计", 25), ("直播实施", 30), ("数据复盘", 20)]
        hd = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]
        g = 'style="border:0.5pt solid #9a9a9a;padding:0px 3px;background:#e6e6e6;font-size:7.5pt"'
        letters = "ABCDEFGH"
        out = ['<tr><td %s></td>%s</tr>' % (g, "".join('<td %s align="center">%s</td>' % (g, x) for x in letters))]
        out.append('<tr><td %s align="center">1</td><td colspan="8" align="center" style="border:0.5pt solid #9a9a9a"><b>%s%s直播电商运营成绩表</b></td></tr>'
                   % (g, s["cls"], c["task"][:6]))
        out.append('<tr><td %s align="center">2</td>%s</tr>' % (g, "".join(td("<b>%s</b>" % x, ' align="center"', pad, "0.5pt solid #9a9a9a") for x in hd)))
        for k, n in enumerate(rec):
            v = [round(m * rng.uniform(0.62, 0.96) * 2) / 2 for _, m in parts]
            cells = [str(k + 1), sid_of(s, n), n] + [("%g" % x) for x in v] + ["%.1f" % sum(v)]
            out.append('<tr><td %s align="center">%d</td>%s</tr>' % (g, k + 3, "".join(td(x, ' align="center"', pad, "0.5pt solid #9a9a9a") for x in cells)))
        body = ('<p style="font-size:8pt">%s　考核日期：%s</p>' % (s["school"], day(s, 11)) + table(out) +
                '<p style="font-size:8pt">%s</p><p style="text-align:center;font-size:7.5pt">第 1 页，共 1 页</p>' % sign[3:-4])
        return "10.html", html(body, "8pt", font="Noto Sans CJK SC", compact=True, page="margin:0.8cm 1.0cm"), "x-scanpdf:200"
    if f == "rank_desc":   # sorted by 总分 descending, a 名次 column first
        parts = [("接线工艺", 20), ("I/O分配", 15), ("程序编写", 35), ("调试运行", 20), ("安全文明", 10)]
        rows = []
        for n in rec:
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            rows.append((tot, n, v))
        rows.sort(key=lambda x: (-x[0], sid_of(s, x[1])))
        out = [trow(["<b>%s</b>" % x for x in ["名次", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        prev, rank = None, 0
        for k, (tot, n, v) in enumerate(rows):
            if tot != prev:
                rank, prev = k + 1, tot
            out.append(trow([str(rank), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩排名表") + "<p>（按总分从高到低排列，总分相同者名次并列）</p>" + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:bleed"
    if f == "prefix_makeup":   # the 学号 prefix once in the head, a 补考 column
        parts = [("挑选分档", 15), ("闷润", 25), ("切制", 35), ("干燥与质检", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号<br/>(后两位)", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "补考", "总评"]], pad)]
        fail = rec[13]
        for k, n in enumerate(rec):
            if n == fail:
                v = [9, 12, 17, 14]
                out.append(trow([str(k + 1), sid_of(s, n)[-2:], n] + [str(x) for x in v] + [str(sum(v)), "71", "60（补）"], pad))
                continue
            v = part_scores(rng, parts, 0.66, 0.96)
            out.append(trow([str(k + 1), sid_of(s, n)[-2:], n] + [str(x) for x in v] + [str(sum(v)), "", str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录") + "<p>学号前缀：%s（表中只填后两位）</p>" % s["sidp"] + table(out) +
                "<p>说明：总分为四项之和；总分不足60分者参加补考，补考及格的总评一律记60分，并注明“（补）”。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "slash_max":   # maxima after a slash, a 民族 column
        parts = [("三视图", 15), ("建模", 40), ("材质灯光", 25), ("渲染输出", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "民族"] + ["%s/%d" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (5 if bad.get(n) == "sum" else 0)
            mz = "蒙古族" if (n in MONGOL or "·" in n or n[0] in "包宝鲍白") else "汉族"
            out.append(trow([str(k + 1), sid_of(s, n), n, mz] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录") + "<p>（“/”后为该项满分）</p>" + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:staple"
    if f == "side_blocks":   # the class in two blocks side by side
        parts = [("和面起酥", 30), ("烙烤", 30), ("熏肉切配", 20), ("出品", 20)]
        hd = ["序号", "学号", "姓名", "和面(30)", "烙烤(30)", "切配(20)", "出品(20)", "总分"]
        half = (len(rec) + 1) // 2
        cells = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))])
        out = ["<tr>%s<td width=\"8\"></td>%s</tr>" % ("".join(td("<b>%s</b>" % x, ' align="center"', pad) for x in hd),
                                                       "".join(td("<b>%s</b>" % x, ' align="center"', pad) for x in hd))]
        for j in range(half):
            a = "".join(td(x, ' align="center"', pad) for x in cells[j])
            b = "".join(td(x, ' align="center"', pad) for x in cells[j + half]) if j + half < len(rec) else "".join(td("", "", pad) for _ in hd)
            out.append('<tr>%s<td width="8"></td>%s</tr>' % (a, b))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "8pt", compact=True, page="margin:1.0cm 0.8cm"), "x-scanpdf:250:dogear"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    if f == "flowchart_scan":   # process flow charts, drawn boxes and arrows, 绘制
        for i, n in enumerate(names):
            body = []
            for j, (title, desc) in enumerate(c["outputs"]):
                steps = [["挑选分档", "洗净", "闷润", "切厚片", "低温干燥", "质检包装"], ["拣去杂质", "量粗细", "分三档", "分别闷润"],
                         ["摊晾", "进烘箱", "控温六十度", "翻动", "测水分"]][j]
                chain = " → ".join('<span style="border:1pt solid #333;padding:1px 4px">%s</span>' % x for x in steps)
                body.append('<h3>%s</h3><p style="line-height:200%%">%s</p><p>%s</p><p style="text-align:right;font-size:9pt">绘制：%s　　%s</p>'
                            % (title, chain, desc, n, day(s, 30 + i)))
            parts.append("".join(body))
        return "11.html", html(PB.join(parts), "10pt"), "x-scanpdf:200"
    for i, n in enumerate(names):
        cl, tn = cls_of(s, n), typed_name(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "completion_typed":   # a completion inspection sheet, 主修人
                cust = s["others_named"][(i + j) % 2]
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["委托单号", "WX2410%02d%d" % (10 + i, j + 1), "车牌号", "冀D·%s" % ["5K3M7", "A8Q21", "7HN06"][i % 3]],
                                  ["维修项目", ("%s" % c["task"][6:], ' colspan="3" align="left"')],
                                  ["检验结果", ("%s制动踏板行程正常，无跑偏。" % desc, ' colspan="3" align="left"')],
                                  ["主修人", "%s（%s）" % (tn, cl), "质检员", t[j % 2]], ["客户确认", cust, "日　期", day(s, 30 + i)]],
                                 width="92%", pad="4px 5px"))
            elif f == "review_typed":   # a live-session review sheet, 主播 and 场控
                mentor = s["others_named"][(i + j) % 2]
                parts.append('<h3>%s</h3><p>主播：%s　　场控：%s　　班级：%s</p>' % (title, tn, mentor, cl) +
                             tbl([["指标", "本场", "上场", "变化"], ["观看人数", str(820 + 97 * i + 31 * j), str(760 + 40 * i), "↑"],
                                  ["平均停留", "1分%02d秒" % (20 + 9 * j + i), "1分12秒", "↑"], ["转化率", "%.1f%%" % (2.1 + 0.4 * j + 0.2 * i), "2.0%", "↑"]],
                                 width="70%") + "<p>复盘结论：%s</p>" % desc)
            elif f == "plc_typed":   # an I/O table and a program listing, 编程
                parts.append('<h3>%s</h3><p>编程：%s　　班级：%s　　审核：%s</p>' % (title, tn, cl, t[j % 2]) +
                             tbl([["输入", "地址", "输出", "地址"], ["启动按钮SB1", "I0.0", "1号皮带KM1", "Q0.0"], ["急停SB0（常闭）", "I0.1", "2号皮带KM2", "Q0.1"],
                                  ["跑偏开关一级", "I0.2", "报警灯HL1", "Q0.2"], ["跑偏开关二级", "I0.3", "蜂鸣器HA", "Q0.3"]], width="72%") +
                             '<p style="font-family:\'DejaVu Sans Mono\';font-size:8pt">Network %d: LD I0.0 / AN I0.1 / TON T37, %d / = Q0.%d</p><p>%s</p>'
                             % (j + 1, 50 + 10 * i, j, desc))
            elif f == "window_typed":   # printed software screenshots, the name in the window's title bar
                parts.append('<table width="96%%" style="border-collapse:collapse"><tr><td bgcolor="#2b2b2b" style="padding:3px 6px;color:#e8e8e8;'
                             'font-size:8.5pt">▣ 玉猪龙_%s_%s.blend - Blender 4.1　　　　　　　　　　　　— ▢ ✕</td></tr>'
                             '<tr><td bgcolor="#3d3d3d" height="190" valign="middle" align="center" style="color:#bdbdbd;padding:8px">'
                             '[ 视口截图：%s ]<br/><br/>%s</td></tr></table><p style="font-size:9pt">图%d-%d　%s</p>'
                             % (["高模", "材质", "转台"][j], tn, title, desc, i + 1, j + 1, title))
            elif f == "log_typed":   # production logs, 当班厨师
                parts.append('<h3>%s</h3>' % title +
                             tbl([["日期", day(s, 30 + i), "当班厨师", "%s（%s）" % (tn, cl)], ["炉温", "%d℃" % (225 + 5 * j), "出品数", str(60 - 2 * i)],
                                  [("记录：%s" % desc, ' colspan="4" align="left"')], ["检查", t[j % 2], "签收", "门店"]], width="88%"))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "sketch_sign":   # a sketchbook page, the student's signature at the lower right of the frame
        pages = []
        for i, n in enumerate(names):
            qa = ""
            for qi, (q, a) in enumerate(c["hw"]):
                qa += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[(i + qi + 1) % 3]), RED, mark(rng))
            pages.append('<h3 style="text-align:center">课后作业：玉猪龙三视图速写</h3>'
                         '<table width="100%%" style="border-collapse:collapse"><tr><td height="300" valign="bottom" align="right" '
                         'style="border:1.5pt solid #444;padding:8px"><span style="color:#888888">（正视　侧视　顶视）</span><br/><br/><br/>'
                         '%s</td></tr></table>' % hand("—— %s　%s" % (n, day(s, 20 + i)[5:]), True) + qa +
                         '<p %s>阅 %s</p>' % (RED, t[0]))
        return "12.html", html(PB.join(pages)), "x-scanpdf:200:color:bleed"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s　%s" % (t[0], day(s, 20 + i))]
        if f == "shadow_photo":
            head = ["%s　课后作业（第三次）" % c["course"], "> 作业人：%s　%s　%s" % (n, cl, sid)]
        elif f == "doer_label":
            head = ["课后作业　%s" % c["task"], "> 完成人：%s（%s）" % (n, cl)]
        elif f == "labels_above_photo":
            head = ["课后作业纸（机电专业）", "班级　　　　　　　姓名　　　　　　学号", "> %s　　%s　　%s" % (cl, n, sid[-2:])]
        elif f == "number_label":
            head = ["%s　课后作业" % c["course"], "> %s 第%s号 %s" % (cl, sid[-2:], n)]
        elif f == "practice_photo":
            head = ["赤峰对夹　课后练习", "> 练习人：%s" % n]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"shadow_photo": "x-photo:200:1:shadow", "doer_label": "x-scan:250:3:color:staple", "labels_above_photo": "x-photo:200:2:shadow",
            "number_label": "x-scan:250:4:dogear", "practice_photo": "x-photo:200:1:shadow"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "photo_grid":   # a photo roster: five a row, a photo box over name and 学号
        rows = []
        for j in range(0, len(k), 5):
            cells = []
            for n in k[j:j + 5]:
                cells.append('<td width="20%%" align="center" style="padding:4px"><table width="70%%" style="border-collapse:collapse"><tr>'
                             '<td height="78" bgcolor="#dcdcdc" align="center" style="border:0.75pt solid #888;color:#999999;font-size:8pt">照片</td></tr></table>'
                             '%s<br/><span style="font-size:8pt">%s</span></td>' % (n, sid_of(s, n)))
            cells += ['<td width="20%"></td>'] * (5 - len(cells))
            rows.append("<tr>%s</tr>" % "".join(cells))
        body = ('<h2 style="text-align:center">%s学生照片花名册</h2><p style="text-align:center">%s　2024级</p>'
                '<table width="100%%">%s</table><p>班主任：%s　　　　共%d人　　　　（照片以学籍系统为准）</p>'
                % (s["cls"], s["school"], "".join(rows), s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "10pt", font="Noto Sans CJK SC", page="margin:1.2cm 1.2cm"))
        man.append("roster.html\t%s学生照片花名册.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "xlsx_spelling":   # 姓名 | 蒙古文姓名转写 | 学号 | 民族 | 生源旗县区
        counties = ["巴林左旗", "翁牛特旗", "克什克腾旗", "敖汉旗", "喀喇沁旗", "宁城县", "林西县", "阿鲁科尔沁旗", "松山区"]
        rows = [["%s%s学生名册" % (s["school"], s["cls"])] + [""] * 5, ["序号", "姓名", "蒙古文姓名转写", "学号", "民族", "生源旗县区"]]
        rr = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            mz = "蒙古族" if (n in MONGOL or "·" in n or n[0] in "包宝鲍白") else "汉族"
            rows.append([str(j + 1), n, spell(n), sid_of(s, n), mz, rr.choice(counties)])
        rows.append(["班主任：%s　　共%d人" % (s["headteacher"], len(k))] + [""] * 5)
        n = len(rows)
        write(os.path.join(d, "roster.json"), json.dumps({"sheet": "名册", "rows": rows, "merges": ["A1:F1", "A%d:F%d" % (n, n)]},
                                                         ensure_ascii=False, indent=0))
        man.append("roster.json\t%s学生名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
        return
    raise SystemExit(r)


LATIN = {"巴特尔": "Bater", "萨日娜": "Sarina", "塔娜": "Tana", "萨仁高娃": "Sarangowa", "敖日格乐": "Orgil",
         "那仁满都拉": "Narenmandula", "吉雅": "Jiya", "宝音·德力格尔": "Buyan·Delger", "朝鲁门": "Chuluumen",
         "孟和·巴雅尔": "Munkh·Bayar", "乌兰图雅": "Ulaantuya", "通拉嘎": "Tungalag", "白音·乌力吉": "Bayan·Ulzii",
         "阿古拉": "Agula", "特日格乐": "Tergel", "图门吉日嘎拉": "Tumenjirgal", "苏布达": "Subuda",
         "额尔敦·其木格": "Erdene·Chimeg", "包·查干夫": "Bao·Tsagaanhuu", "阿如汗": "Aruhan", "吉日木图": "Jirmtu",
         "哈斯·朝鲁": "Khas·Chuluu", "萨如拉": "Sarula", "恩和·巴图": "Enkh·Bat", "阿拉坦·其其格": "Altan·Chichig",
         "诺敏": "Nomin"}


def spell(n):
    """The Latin spelling kept for a Mongolian name (as on the student's certificate); empty for the others."""
    return LATIN.get(n, "")


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Twenty-third held-out people corpus (testdata/heldout23), the format of testdata/heldout21/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    for n in all_teachers + all_planted + all_others:
        if n in USED_BEFORE or bare(n) in USED_BEFORE:
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
        rng = random.Random(s["seed"] * 7919 + 23)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s.get("pos", {}), s["region"])
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
        fct = {1: "班级人数 | %s", 2: "班级人数（人） | %s", 3: "⑥ | 班级人数 | %s"}[grp(s)] % s["form_count"]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": fct,
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
