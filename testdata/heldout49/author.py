#!/usr/bin/env python3
"""Write the sources of the forty-ninth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 晋城
(Shanxi), 周口 (Henan) and 黑河 (Heilongjiang).

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
# every earlier truth file (heldout50, written at the same time, is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 49)] + ["othertools"]

# surnames by region, common ones repeated so that they are drawn more often
SURNAMES = {
    "jc": list("王王王李李张张赵郭郭牛常申秦焦崔卫靳贾陈刘杨程毋"),      # 晋城; 毋 a rare local name
    "zk": list("王王王李李张张刘刘陈杨赵孙朱胡郭何高马付谢宋侯单葛"),    # 周口; 马 often 回族
    "hh": list("王王李李张张刘刘于孙赵高徐吴何葛关那敖莫孟"),            # 黑河; 关 那 满族, 敖 达斡尔族, 莫 鄂伦春族
}
COMPOUND = {"jc": "司马", "zk": "上官"}   # only the planted 司马逸凡 and 上官沛然 carry one
GIVEN2 = ("思远 浩然 梦瑶 雨萱 佳怡 欣悦 俊杰 宇航 一鸣 博文 志远 诗涵 可馨 晨阳 书瑶 泽宇 子涵 嘉怡 若曦 天佑 "
          "振宇 家豪 明轩 佳琪 雅静 文博 晓彤 鹏飞 海洋 雪婷 锦程 毅恒 乐瑶 婉清 梓萌 昊天 子墨 静怡 珂欣 "
          "瑞霖 皓轩 亦菲 语桐 沛然 润泽 恩泽 凌霄 安琪 芮涵 逸凡 炳坤 德臻 孟琦 晓楠 少卿 文静 新月 "
          "颖超 兆麟 钰涵 栋梁 承志 卓然 若琳 彦希 钧泽 星辰 露露 怀远").split()
GIVEN1 = list("鑫磊婷雪琳杰凯璐")
MALE = set("思远 浩然 俊杰 宇航 一鸣 博文 志远 晨阳 泽宇 天佑 振宇 家豪 明轩 文博 鹏飞 海洋 锦程 毅恒 昊天 子墨 瑞霖 皓轩 沛然 "
           "润泽 恩泽 凌霄 逸凡 炳坤 德臻 少卿 颖超 兆麟 栋梁 承志 卓然 钧泽 星辰 怀远 鑫 磊 杰 凯".split())


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


def given(n):
    return n[2:] if n[:2] in COMPOUND.values() else n[1:]


# at most this many students of one class share a rare surname (others: 4, 王李张刘陈: 6)
CAP = {"毋": 1, "司马": 1, "上官": 1, "单": 1, "莫": 1, "敖": 2, "那": 2, "关": 2, "靳": 2, "申": 2, "焦": 2, "牛": 2,
       "卫": 2, "贾": 2, "程": 2, "付": 2, "宋": 2, "侯": 2, "葛": 2, "谢": 2, "马": 2, "孟": 2, "于": 3, "徐": 3}


def surname(n):
    return n[:2] if n[:2] in COMPOUND.values() else n[0]


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        if sum(given(x) == given(name) for x in names) >= 1:
            continue   # no two students of one class with the same given name
        if sum(surname(x) == surname(name) for x in names) >= CAP.get(surname(name), 6 if surname(name) in "王李张刘陈" else 4):
            continue   # rare surnames stay rare (earlier corpora hold many common full names, so rejections favour rare ones)
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "brake": dict(major="汽车维修", code="0403", course="汽车底盘制动系统检修", task="煤矿通勤客车气压制动系统漏气故障检修",
   hours=16, station="汽车底盘检修一体化学习工作站",
   situation="晋城一家煤矿的通勤客车每天往返矿区和市区，司机反映停车后气压表读数下降很快，起步前要打气好几分钟。车队请汽修班学员按维修派工单接车，听漏、涂肥皂水查找漏点，检查制动阀、储气筒和管路接头，更换损坏的密封件，并做制动性能路试。",
   qs=[("问题1 停车后气压下降快，可能漏气的部位有哪些？", ["储气筒放水阀、制动阀排气口、管路接头和制动气室的膜片。", "放水阀、制动阀和接头。", "制动气室膜片也可能漏。"]),
       ("问题2 为什么用肥皂水查找漏点？", ["肥皂水涂在接头上，漏气的地方会冒泡，位置看得清楚，不用拆管路。", "漏气处会冒泡。", "不用拆就能找到。"])],
   hw=[("1. 气压制动系统的工作气压一般是多少？", ["零点七到零点八兆帕，低于零点五五兆帕报警灯亮。", "零点七到零点八兆帕。", "低了报警灯会亮。"]),
       ("2. 更换制动阀后要做哪些检查？", ["检查各接头不漏气，踩下制动踏板气室推杆动作灵活，路试制动不跑偏。", "查漏气和推杆动作。", "路试不跑偏。"])],
   outputs=[("维修派工单及检修记录", "前桥左制动气室膜片破损。"), ("漏气点排查记录", "共查出漏点三处。"), ("竣工检验记录", "停车十分钟气压降零点零一兆帕。")]),
 "forsythia": dict(major="中药", code="1301", course="中药材产地加工与性状鉴别", task="太行连翘青翘采收初加工与饮片性状鉴别",
   hours=14, station="中药调剂与炮制一体化学习工作站",
   situation="晋城陵川一带的山坡上连翘成片，每年八月前后采收青翘。一家中药饮片厂委托学校帮助合作社培训采收户，请中药班学员按企业规程完成青翘的蒸制、晒干和筛选，对照药典做性状鉴别，区分青翘和老翘，填写饮片检验记录并贴好包装标签。",
   qs=[("问题1 青翘和老翘在外形上怎样区分？", ["青翘多不开裂，表面绿褐色，有不规则纵皱纹；老翘自顶端开裂成两瓣，表面黄棕色，内有种子脱落。", "青翘不开裂，老翘裂成两瓣。", "颜色不同，青翘绿褐色。"]),
       ("问题2 青翘采收后为什么要先蒸再晒？", ["蒸一下可以杀酶保色，防止果实继续开裂，晒干后颜色青绿、质量好。", "杀酶保色。", "防止开裂。"])],
   hw=[("1. 连翘的性味归经是什么？", ["味苦，性微寒，归肺、心、小肠经。", "苦，微寒。", "归肺心小肠经。"]),
       ("2. 饮片包装标签要写明哪些内容？", ["品名、规格、产地、批号、生产日期、生产企业和执行标准。", "品名、批号、产地。", "生产日期和企业。"])],
   outputs=[("青翘初加工记录", "蒸制八分钟，晒干三天。"), ("饮片性状检验记录", "杂质不超过百分之三。"), ("包装标签样张", "规格：统货。")]),
 "soup": dict(major="烹饪(中式烹调)", code="0501", course="豫菜风味小吃制作", task="逍遥镇胡辣汤熬制与早餐档口出品",
   hours=16, station="中式烹调一体化学习工作站",
   situation="周口西华县逍遥镇的胡辣汤远近闻名。市区一家早餐连锁店新开档口，请烹饪班学员跟着老师傅学习熬制骨汤、洗制面筋、调配胡椒和香料，在早高峰按标准出品，每碗分量和口味一致，并做好档口卫生和留样。",
   qs=[("问题1 胡辣汤的面筋为什么要提前洗好醒着？", ["面筋醒透后有劲道，下锅时拉成薄片不易断，汤里的面筋口感筋滑。", "醒透了有劲。", "下锅不易断。"]),
       ("问题2 早高峰出品怎样保证每碗口味一样？", ["汤桶保持微开，按标准勺盛汤，辣度和醋由顾客自己加，出品前尝一次。", "用标准勺盛。", "汤桶保持微开。"])],
   hw=[("1. 胡辣汤里的胡椒什么时候放最好？", ["汤快熬好时放，香味不散，放早了辣味发苦。", "快出锅时放。", "放早了会发苦。"]),
       ("2. 档口收市后要做哪些卫生工作？", ["清洗汤桶和勺具，台面消毒，垃圾分类，关好燃气阀门。", "洗汤桶，台面消毒。", "关燃气阀门。"])],
   outputs=[("胡辣汤制作报告", "骨汤熬四小时。"), ("早餐档口出品记录", "早高峰出品二百一十碗。"), ("成本核算表", "每碗成本二点六元。")]),
 "nigou": dict(major="计算机动画制作", code="0306", course="三维角色建模与动画", task="淮阳泥泥狗文创形象三维建模与展示动画制作",
   hours=18, station="数字媒体制作一体化学习工作站",
   situation="淮阳的泥泥狗是太昊陵庙会上的传统泥玩具，黑底彩点，造型古朴。一家文创公司要把泥泥狗做成系列数字形象，用在小程序和庙会宣传屏上。项目主管请动画班学员选定一个泥泥狗造型，完成三维建模、纹样贴图和一段十秒的转台展示动画。",
   qs=[("问题1 泥泥狗的纹样有什么特点？", ["黑色底子上用红、黄、白、绿等颜色点出圆点和线条，图案对称，色彩鲜明。", "黑底彩点，对称。", "颜色鲜艳。"]),
       ("问题2 建模前为什么要先画三视图？", ["三视图确定比例和轮廓，建模时对照着调整，造型不容易走样。", "确定比例。", "防止走样。"])],
   hw=[("1. 低模和高模有什么区别？", ["低模面数少，运行快，用在手机和小程序上；高模细节多，用来烘焙法线贴图和渲染。", "低模面数少。", "高模用来烘焙。"]),
       ("2. 转台动画一般设置多少帧？", ["每秒二十五帧，十秒就是二百五十帧，物体匀速转一圈。", "二百五十帧。", "匀速转一圈。"])],
   outputs=[("泥泥狗三视图与模型", "模型面数八千四百。"), ("纹样贴图", "贴图分辨率两千零四十八。"), ("转台展示动画", "时长十秒。")]),
 "daylily": dict(major="电子商务", code="0603", course="农产品网店运营", task="淮阳金针菜网店上新与商品详情页制作",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="淮阳的金针菜（干黄花菜）颜色金黄、条长肉厚。一家合作社在网店上架新一季的干货礼盒，请电商班学员拍摄商品图片，撰写标题和卖点，制作详情页，完成上架审核，并统计上新第一周的访客和转化。",
   qs=[("问题1 商品标题要包含哪些关键词？", ["产地、品名、规格和主要卖点，例如淮阳金针菜干货礼盒五百克。", "产地、品名和规格。", "加上卖点。"]),
       ("问题2 详情页为什么要放产地和晾晒的图片？", ["让顾客看到真实的产地和加工过程，增加信任，提高转化。", "增加信任。", "让顾客看到真实产地。"])],
   hw=[("1. 访客数多但转化率低可能是什么原因？", ["价格偏高、主图不吸引人、详情页卖点不清楚或评价少。", "价格高或图片不好。", "评价少。"]),
       ("2. 干货类商品怎样写保存方法？", ["密封后放在阴凉干燥处，开袋后尽快吃完，防止受潮。", "阴凉干燥处密封。", "防潮。"])],
   outputs=[("商品详情页设计稿", "详情页共八屏。"), ("上架审核单", "标题二十九字。"), ("上新首周数据分析", "访客一千三百人。")]),
 "cold": dict(major="新能源汽车检测与维修", code="0435", course="动力电池热管理系统检修", task="寒区试车场纯电动车电池加热系统故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="黑河冬季气温常在零下三十度以下，试车场里停着许多做寒区试验的纯电动车。一台试验车早上冷车充电时提示电池温度过低、无法充电。试车场技术员请新能源班学员在做好高压防护后，读取故障码和数据流，检查电池加热器、水泵和温度传感器，找出故障并排除。",
   qs=[("问题1 电池温度过低时为什么不能直接大电流充电？", ["低温下锂离子活性差，大电流充电会在负极析出金属锂，损伤电池甚至短路。", "负极会析锂。", "损伤电池。"]),
       ("问题2 怎样判断电池加热器是否工作？", ["读数据流看加热请求和加热器电流，用手触摸进出水管温差，或测量加热器电阻。", "看数据流的加热器电流。", "测加热器电阻。"])],
   hw=[("1. 电池温度传感器一般是什么类型？", ["负温度系数热敏电阻，温度越低电阻越大。", "负温度系数热敏电阻。", "温度低电阻大。"]),
       ("2. 寒区停车时应怎样保护动力电池？", ["尽量停在室内或插枪保温，电量保持在百分之三十以上。", "插枪保温。", "电量不要太低。"])],
   outputs=[("故障诊断记录", "故障码为加热器回路断路。"), ("加热器及线束检测记录", "加热器电阻无穷大。"), ("修复后试验记录", "加热二十分钟电池升至五度。")]),
 "border": dict(major="饭店(酒店)服务", code="0504", course="涉外客房对客服务", task="中俄跨境旅游团入住接待与客房对客服务",
   hours=14, station="客房服务一体化学习工作站",
   situation="黑河和对岸的布拉戈维申斯克只隔一条黑龙江，夏天跨境旅游团很多。一家江边酒店要接待一个三十人的俄罗斯旅游团，客房部经理请酒店班学员用俄语问候宾客，做好入住引领、行李服务和客房介绍，处理宾客的加床和叫醒要求，并记录对客服务。",
   qs=[("问题1 引领俄罗斯宾客进房时要介绍什么？", ["房间设施的用法、早餐时间和地点、无线网络密码和紧急出口。", "设施、早餐和网络。", "紧急出口。"]),
       ("问题2 宾客要求加床时怎样处理？", ["先确认房型能否加床，告诉宾客加床费用，征得同意后通知管家部送床并登记。", "确认房型，说明费用。", "通知管家部送床。"])],
   hw=[("1. “欢迎光临”用俄语怎样说？", ["Добро пожаловать，读作多布罗·帕扎洛瓦奇。", "Добро пожаловать。", "多布罗·帕扎洛瓦奇。"]),
       ("2. 叫醒服务要登记哪些内容？", ["房号、宾客姓名、叫醒时间和登记人，叫醒后再次确认宾客已起床。", "房号和叫醒时间。", "叫醒后再确认。"])],
   outputs=[("旅游团入住接待记录", "三十人，十五间标准间。"), ("对客服务记录", "加床两张，叫醒四次。"), ("宾客意见汇总", "满意率百分之九十六。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]
JC, ZK, HH = "晋城市丹河技工学校", "周口市沙颍河技工学校", "黑河市瑷珲技工学校"

SUBS = [
    dict(school=JC, pack="dir", region="jc", course="brake", cls="汽修2402班", size=38, seed=11, sidp="24140403",
         students=["牛锦程", "申卓然", "靳钰涵"], others_named=["郝建军"], teachers=["秦耀武", "卫芸岚"], form_count="38人",
         f8="head_row", f10="plain_sex", f11="dispatch_typed", f12="exercise_flash", findings=[],
         comment="clean. The driver 郝建军 (送修人) on every 维修派工单 of item 11 and on every worksheet (not a student). Form `38人` = "
                 "38 rows of item 10 (TYPED, a plain register with a 性别 column). Item 8: a bordered head row `班级 | 姓名 | 学号 | 日期`, "
                 "scanned 200 dpi gray from a dithered copy. Item 12: phone photos of exercise books with the flash on. No roster"),
    dict(school=JC, pack="dir", region="jc", course="forsythia", cls="中药2401班", size=40, seed=12, sidp="24141301",
         students=["常雨萱", "司马逸凡", "焦晓楠"], extra_class=["毋德臻"], absent_from_10=["毋德臻"],
         teachers=["崔慧敏", "李建斌"], form_count="40人", roster="seating", headteacher="贾淑芬",
         f8="fax_line", f10="two_row_head", f11="labels_typed", f12="specimen_flash",
         findings=[("records.missing_student", 10, False, "毋德臻"), ("records.count_mismatch", 10, False)],
         comment="the roster (a SEATING CHART: 讲台 at the top, seven rows of six desks, each cell the name and the 学号's last two "
                 "digits, 40 students) and the form (`40人`) hold 毋德臻 (a rare local surname); item 10 (scanned 250 dpi gray from a "
                 "dithered copy; two-row head 过程考核/结果考核) has 39 rows and none for him: records.missing_student and "
                 "records.count_mismatch. 司马逸凡, a compound surname, is one of the three. Item 11: typed sheets of printed "
                 "饮片包装标签, `加工人：<name>` on each label. Item 12: phone photos (flash) of 药材标本卡, `采集人` by hand"),
    dict(school=ZK, pack="gbkzip", region="zk", course="soup", cls="烹饪2401班", size=41, seed=21, sidp="2441050101",
         students=["宋海洋", "付雪婷", "单凌霄"], outsiders={"单凌霄": "烹饪2402班"}, out_sidp="2441050102",
         extra_class=["侯骁腾"], bad={"侯骁腾": "over"}, others_named=["谢长顺"],
         teachers=["胡国强", "何蕴秋"], form_count="41名",
         f8="timing_card", f10="plain_fire", f11="report_typed", f12="name_line_photo",
         findings=[("students.not_in_class", 8, True, "单凌霄"), ("records.invalid_score", 10, False, "侯骁腾")],
         comment="单凌霄 of the parallel class 烹饪2402班 (his class and 学号 on his worksheet, typed reports and homework) is the "
                 "third student of 8/11/12; item 10 (TYPED, 41 rows = form `41名`) has no record of him: students.not_in_class. "
                 "侯骁腾 has 36 under `火候(30)` (总分 the sum): records.invalid_score. Item 8 (scanned 200 dpi gray): a printed "
                 "刀工练习计时卡 at the top, the student as 练习者 (hand), the master cook 谢长顺 as 计时 (not a student). No roster"),
    dict(school=ZK, pack="gbkzip", region="zk", course="nigou", cls="动画2302班", size=36, seed=22, sidp="2341030602",
         students=["葛若曦", "高子墨", "上官沛然"], items={11: ["葛若曦", "高子墨"]},
         extra_class=["孙兆麟"], bad={"孙兆麟": "under"}, teachers=["马红军", "谢雅琴"], form_count="36名",
         f8="group_line", f10="web_print", f11="workcard_typed", f12="hand_page",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "孙兆麟")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 作品信息卡 + work pages) holds the works of only TWO students, 葛若曦 and 高子墨 (上官沛然's, a "
                 "compound surname, is missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. "
                 "Item 10 (TYPED) is a register printed from the school's 教务管理系统 in a browser (browser head and foot line, "
                 "a ☐ column, 录入状态 `已保存`); 孙兆麟's 总成绩 is 6 below the sum of his parts: records.invalid_score. "
                 "Item 8: colour scan whose colour drifts to magenta. No roster"),
    dict(school=ZK, pack="gbkzip", region="zk", course="daylily", cls="电商2403班", size=39, seed=23, sidp="2441060303",
         students=["陈梓萌", "何澍天", "杨芮涵"], items={12: ["陈梓萌", "何澍天", "赵炳坤"]},
         extra_class=["赵炳坤", "李承志"], absent_from_10=["李承志"], others_named=["王秀兰"],
         teachers=["朱镜铭", "张黛英"], form_count="39名",
         f8="corner_pair", f10="max_row_grade", f11="listing_typed", f12="name_line_photo2",
         findings=[("students.mismatch", 12, True), ("records.count_mismatch", 10, False)],
         comment="item 12 (phone photos) holds the homework of 陈梓萌, 何澍天 and classmate 赵炳坤 (with an item-10 record) instead "
                 "of 杨芮涵's (items 8 and 11 hold the three): students.mismatch. Item 10 (TYPED, a `满分` row and a 等级 column) "
                 "lists 38; the form says `39名`: records.count_mismatch (no roster). Item 11: typed 商品上架审核单, "
                 "`上架操作：<name>（<class>）`, the co-operative's contact 王秀兰 (not a student). Item 8: colour scan, magenta drift"),
    dict(school=HH, pack="zip", region="hh", course="cold", cls="新能2301班", size=37, seed=31, sidp="23230435",
         students=["敖颖超", "徐晨阳", "那乐瑶"], items={8: ["敖颖超", "徐晨阳", "那乐瑶", "孟钧泽"]},
         extra_class=["孟钧泽", "葛怀远"], bad={"葛怀远": "sum"}, others_named=["莫广林"],
         teachers=["于振海", "高丽华"], form_count="37人",
         f8="handover", f10="group_col", f11="diag_typed", f12="plain_flash",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "葛怀远")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray) holds the worksheets of FOUR students: the three and classmate 孟钧泽 (with an "
                 "item-10 record): students.count on 8; students.mismatch optional. Each worksheet has a printed 试验车辆交接单 at "
                 "the top, the proving ground's dispatcher 莫广林 as 交车人 (not a student), the student as 接车人 (hand). Item 10 "
                 "(scanned 200 dpi gray from a dithered copy, a 组别 column): 葛怀远's 总分 is 8 above the sum: "
                 "records.invalid_score. No roster"),
    dict(school=HH, pack="zip", region="hh", course="border", cls="酒店2402班", size=35, seed=32, sidp="24230504",
         students=["关新月", "吴毅恒", "刘语桐"], others_named=["伊万诺娃·娜塔莉亚", "彼得罗夫·谢尔盖"],
         teachers=["李桐馨", "赵砚峰"], form_count="35人", roster="plain_list", headteacher="孙凤芝",
         f8="plain_line", f10="bilingual", f11="guest_typed", f12="dictation",
         findings=[],
         comment="clean. Two Russian guests, 伊万诺娃·娜塔莉亚 and the tour leader 彼得罗夫·谢尔盖, named with the middle dot on "
                 "every worksheet and service record (not students). Item 10 (TYPED) has BILINGUAL heads (中文/Русский, `总分 Итого`). "
                 "Roster: a typed 学生名单 with 民族 (满族, 达斡尔族, 鄂伦春族, 汉族) and 职务, 35 = form `35人` = 35 rows. Item 12: a "
                 "printed 俄语听写纸 filled in by hand, colour scan 200"),
]

PROVINCE = {1: "山西省晋城市", 2: "河南省周口市", 3: "黑龙江省黑河市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 晋城: "（8）工作页.pdf"
        return "（%d）%s.pdf" % (n, NAMES[n])
    if g == 2:   # 周口: "8_工作页_烹饪2401班.pdf"
        return "%d_%s_%s.pdf" % (n, NAMES[n], s["cls"])
    return "第%d项 %s.pdf" % (n, NAMES[n])   # 黑河: "第8项 工作页.pdf"


def form_name(s, c):
    return {1: ("申报书-%s.docx" % c["task"], "docx"),
            2: ("%s优质课堂申报书.pdf" % s["cls"], "pdf"),
            3: ("%s申报书（%s）.docx" % (s["school"], c["major"].split("(")[0]), "docx")}[grp(s)]


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


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "承担工作"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 晋城: four columns, 班级人数 with 人
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("负 责 人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 周口: 学生人数 with 名
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("教学场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 黑河: class and size in one cell with a slash
        rows = [("专业（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程", c["course"]), ("学习任务", c["task"]),
                ("授课班级/人数", "%s/%s" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>学校名称（盖章）：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>申报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务情境</h3><p>{situation}</p>
<h3>四、教学实施过程</h3><p>教师以企业真实任务导入，学生分组领取任务单，查阅资料后形成工作方案；方案经教师审核后分组实施，教师巡回指导并做过程记录；任务完成后各组展示成果，按评价表开展自评、组评和师评，教师点评后布置课后拓展作业。</p>
<h3>五、特色与成效</h3><p>任务来自{prov}本地企业和合作社的实际需求，学生在真实工作中掌握技能、养成规范操作的习惯，企业对学生完成的工作给予了肯定。</p>
<h3>六、真实性声明</h3><p>申报材料均为本课堂实际教学形成，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + 37 * s["seed"]),
        d=5 + s["seed"] % 17, info=info, tm=tbl(trs, width="82%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本）\n一、课程性质\n本课程是{major}专业的一体化课程，依据国家课程标准，结合{prov}行业企业岗位要求制定。\n二、学习任务\n“{task}”，共{hours}学时。\n三、评价方式\n过程评价占四成，结果评价占六成。",
    2: "{school}\n学习任务分析表：{task}\n一、任务情境\n{situation}\n二、工作环节\n明确任务—制定方案—组织实施—检查评价。",
    3: "{school}\n“{task}”教学活动策划书\n环节一　情境导入与任务领取\n环节二　信息收集与方案制定\n环节三　分组实施与过程指导\n环节四　成果展示与多元评价",
    4: "{school}\n{course}　教学进度表（共{hours}学时）\n第1—2学时　任务导入\n第3—6学时　方案制定\n第7—{hours}学时　实施、检查与评价",
    5: "{school}\n{task}　教学活动设计方案\n教学目标、教学重难点、教学资源、教学过程（含学生活动与教师活动）、教学反思。",
    6: "{school}\n学习资源清单（{task}）\n工作页、企业操作规程、教学课件、视频资源、{station}设备与耗材。",
    7: "{school}\n{station}　图文介绍\n工作站分为资料查阅区、计划讨论区、实操区和成果展示区，配有多媒体和工具柜。",
    9: "{school}\n{task}　考核方案\n考核由过程考核和结果考核组成，任课教师记录成绩并汇总到学习任务考核记录表。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8", "√ 9", "√ 较好", "√ 优", "√ 10", "√ 要点全"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 7) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "23"
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
        comment = '<p>教师评价：<span %s>%s</span>　　评阅教师：%s</p>' % (RED, ["完成较好", "书写认真", "思路清楚", "继续努力"][i % 4], t[0])
        if f == "head_row":   # bordered head row 班级 | 姓名 | 学号 | 日期; the driver named
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid[-2:], True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = (title + head + "<p>车辆：晋E·%d客车　　送修人：%s（车队驾驶员）</p>" % (51 + 7 * i, s["others_named"][0])
                    + sit + answers(c, rng, i) + comment)
        elif f == "fax_line":   # 姓名/班级/学号 on underlined blanks
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "timing_card":   # a printed knife-work timing card at the top
            card = tbl([[("<b>刀工练习计时卡</b>　第%d次" % (3 + i), ' colspan="6"')],
                        ["练习项目", "土豆丝（0.2cm）", "原料", "土豆500g", "标准用时", "6′00″"],
                        ["练习者", hand(n, True), "实际用时", hand("%d′%02d″" % (4 + i % 2, 17 + 11 * i), True), "计　时", hand(s["others_named"][0], True, BLACK)]],
                       width="100%", pad="3px 4px")
            body = card + title + '<p>班级：%s　　学号：%s　　指导教师：%s</p>' % (hand(cl, True), hand(sid, True), t[0]) + sit + answers(c, rng, i) + comment
        elif f == "group_line":   # plain line with 组别
            head = '<p>班级＿%s＿　姓名＿%s＿　学号＿%s＿　组别＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True), hand("第%d组" % (2 + i % 3), True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "corner_pair":   # name and number in a two-cell box at the top right, class under the title
            box = ('<table width="100%%"><tr><td></td><td width="48%%">%s</td></tr></table>'
                   % tbl([["姓名", hand(n, True), "学号", hand(sid[-3:], True)]], width="100%"))
            body = box + title + '<p>%s　　%s</p>' % (cl, day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "handover":   # a vehicle hand-over slip at the top: dispatcher and student
            slip = tbl([[("<b>寒区试验车辆交接单</b>　No.HT-%04d" % (812 + i), ' colspan="6"')],
                        ["试验车号", "EV-%02d" % (11 + i), "环境温度", "-%d℃" % (27 + i), "SOC", "%d%%" % (41 + 3 * i)],
                        ["交车人", hand(s["others_named"][0], True, BLACK), "接车人", hand(n, True), "交接时间", hand("7:%02d" % (40 + 4 * i), True)]],
                       width="100%", pad="3px 4px")
            body = slip + title + '<p>班级：%s　　学号：%s</p>' % (cl, sid) + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级＿ 学号＿ 姓名＿ line; the guests named
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            guests = "<p>接待团队：俄罗斯阿穆尔州旅游团（30人）　领队：%s　　重点宾客：%s（需加床）</p>" % (s["others_named"][1], s["others_named"][0])
            body = title + head + guests + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"head_row": "x-scanpdf:200:dither", "fax_line": "x-scanpdf:200:mono", "timing_card": "x-scanpdf:200",
            "group_line": "x-scanpdf:200:color:castdrift", "corner_pair": "x-scanpdf:200:color:castdrift",
            "handover": "x-scanpdf:250", "plain_line": "x-scanpdf:200"}[f]
    font = {"timing_card": "Noto Sans CJK SC", "handover": "Noto Sans CJK SC", "group_line": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 13)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def grade(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def sex(n):
    return "男" if given(n) in MALE else "女"


def nation(n):
    return {"关": "满族", "那": "满族", "敖": "达斡尔族", "莫": "鄂伦春族", "马": "回族"}.get(n[0], "汉族")


def total(v, n, bad):
    return sum(v) + {"sum": 8, "under": -6}.get(bad.get(n), 0)


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>任课教师（签字）：%s　　　　教务科审核：%s</p>" % ("、".join(t), t[-1])

    def plain(parts, extra_cols=(), extra_fn=None, title="学习任务考核记录表"):
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + list(extra_cols) + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = parts[1][1] + 6
            out.append(trow([str(k + 1), sid_of(s, n), n] + (extra_fn(k, n) if extra_fn else []) + [str(x) for x in v] + [str(total(v, n, bad))], pad))
        return head10(s, c, title) + table(out) + sign

    if f == "plain_sex":
        body = plain([("接车问诊", 10), ("故障排查", 35), ("部件更换", 30), ("路试检验", 15), ("6S", 10)], ["性别"], lambda k, n: [sex(n)])
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "plain_fire":
        body = plain([("刀工", 30), ("火候", 30), ("调味", 25), ("卫生", 15)], title="学习任务考核成绩登记表")
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "group_col":
        body = plain([("安全防护", 15), ("数据读取", 20), ("部件检测", 35), ("排故验证", 30)], ["组别"], lambda k, n: ["第%d组" % (k // 6 + 1)],
                     title="学习任务考核记录（新能2301班）")
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200:dither"
    if f == "two_row_head":
        parts = [("出勤", 10), ("工作页", 15), ("小组协作", 15), ("初加工", 25), ("性状鉴别", 25), ("记录", 10)]
        h1 = "<tr>%s</tr>" % "".join([td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                      td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad),
                                      td("<b>结果考核（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad),
                                      td("<b>等第</b>", ' align="center" rowspan="2"', pad)])
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩汇总表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:dither"
    if f == "web_print":   # printed from the school's web system in a browser
        parts = [("三视图", 15), ("建模", 40), ("贴图", 25), ("转台动画", 20)]
        bar = ('<table width="100%%"><tr><td style="font-size:7pt">2025/1/9 15:42</td><td align="right" style="font-size:7pt">%s教务管理系统 - 成绩录入</td></tr></table>'
               % s["school"])
        sys_head = ('<p style="background:#2b5797;color:#ffffff;padding:3px 6px"><b>教务管理系统</b>　　首页 ＞ 成绩管理 ＞ 过程性成绩录入</p>'
                    '<p>学年学期：2024-2025-1　　课程：%s　　教学班：%s　　任课教师：%s　　成绩方式：百分制</p>' % (c["course"], s["cls"], t[0]))
        out = [trow(["<b>%s</b>" % x for x in ["☐", "序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总成绩", "录入状态"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow(["☐", str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(total(v, n, bad)), "已保存"], pad))
        foot = ('<p style="font-size:7pt">共 %d 条记录　　保存　提交审核　导出Excel</p>'
                '<table width="100%%"><tr><td style="font-size:7pt">http://jw.syhjx.edu.cn/jwglxt/cjlr/cjlrIndex.html?jxb=%s</td>'
                '<td align="right" style="font-size:7pt">1/1</td></tr></table>' % (len(rec), s["sidp"]))
        body = bar + sys_head + table(out) + foot
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:0.8cm 1.0cm"), "pdf"
    if f == "max_row_grade":
        parts = [("选品分析", 20), ("图片拍摄", 20), ("详情页", 30), ("上架操作", 15), ("数据分析", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "等级"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>", ""], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "bilingual":   # Chinese and Russian heads
        parts = [("俄语问候", "Приветствие", 20), ("入住引领", "Заселение", 25), ("客房介绍", "Номер", 25), ("对客服务", "Обслуживание", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号<br/>№", "学号", "姓名<br/>Ф.И.О."] + ["%s(%d)<br/>%s" % (a, m, r) for a, r, m in parts] + ["总分<br/>Итого"]], pad)]
        for k, n in enumerate(rec):
            v = [int(round(m * rng.uniform(0.62, 0.96))) for _, _, m in parts]
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录 / Ведомость оценок") + "<p>中俄合作办学项目　Совместная программа</p>" + table(out)
                + "<p>任课教师 Преподаватель：%s　　教学部审核：%s</p>" % ("、".join(t), t[-1]))
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t)))
    parts = [head]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "dispatch_typed":   # a repair dispatch ticket
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["派工单号", "PG2024-%03d" % (118 + 3 * i + j), "车牌号", "晋E·%d%d" % (51 + 7 * i, j)],
                                  ["送修人", s["others_named"][0], "主修人", "%s（%s）" % (n, cl)],
                                  ["检查项目", "结果", "处理", "质检"], ["管路接头", ["漏气", "正常", "正常"][j], ["更换", "—", "—"][j], t[j % 2]],
                                  ["制动气室", ["正常", "膜片破损", "正常"][j], ["—", "更换膜片", "—"][j], t[j % 2]]], width="92%") + "<p>结论：%s</p>" % desc)
            elif f == "labels_typed":   # printed package labels, 加工人 on each
                lab = tbl([["品　名", "连翘（青翘）"], ["规　格", "统货"], ["产　地", "山西陵川"], ["批　号", "2408%02d%d" % (12 + i, j)],
                           ["加工人", n], ["复　核", t[j % 2]]], width="46%", pad="2px 6px")
                parts.append('<h3>%s</h3><p>班级：%s　　%s</p>' % (title, cl, desc) + lab + "<p>&nbsp;</p>" + lab)
            elif f == "report_typed":
                parts.append('<h3>%s</h3><p>制作人：%s（%s）　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["项目", "用料", "要点"], ["骨汤", "牛骨5kg", "小火熬四小时"], ["面筋", "面粉2kg", "洗净醒透"], ["调味", "胡椒、八角", desc]], width="88%")
                             + "<p>教师评价：%s</p>" % ["汤色合格", "出品稳定", "核算清楚"][j])
            elif f == "workcard_typed":   # a card for each work
                parts.append('<h3 style="text-align:center">作品信息卡</h3>' +
                             tbl([["作品名称", title], ["作　　者", n], ["班　　级", cl], ["制作软件", "Blender 4.1 / Substance Painter"],
                                  ["作品说明", desc], ["指导教师", t[j % 2]]], width="80%", pad="6px 8px")
                             + '<p>&nbsp;</p><table width="80%%" align="center"><tr><td style="border:1pt solid #777;height:200px" align="center">（作品截图：泥泥狗·%s）</td></tr></table>' % ["三视图", "贴图展开", "第120帧"][j])
            elif f == "listing_typed":   # a listing review sheet
                parts.append('<h3>%s</h3>' % title + tbl([["店铺", "淮阳金针菜合作社旗舰店", "合作社联系人", s["others_named"][0]],
                                                          ["上架操作", "%s（%s）" % (n, cl), "审核", t[j % 2]],
                                                          ["商品标题", ("淮阳金针菜干黄花菜礼盒500g农家晾晒", ' colspan="3"')],
                                                          ["价格", "%d.9元" % (58 + i), "库存", str(300 + 20 * j)]], width="94%") + "<p>说明：%s</p>" % desc)
            elif f == "diag_typed":
                parts.append('<h3>%s</h3><p>诊断人：%s　　班级：%s　　试验车：EV-%02d</p>' % (title, n, cl, 11 + i) +
                             tbl([["检测项目", "标准值", "实测值", "判定"], ["加热器电阻", "18~22 Ω", ["∞", "∞", "19.6 Ω"][j], ["异常", "异常", "正常"][j]],
                                  ["电池温度", "—", "-%d℃" % (21 - 13 * j if j < 2 else -5), "—"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "guest_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["服务员", n, "班级", cl], ["宾客", s["others_named"][0], "房号", "%d" % (806 + i)],
                                                          ["领队", s["others_named"][1], "日期", day(s, 30 + i)],
                                                          ["时间", "服务内容", "宾客反馈", ""], ["15:20", ["入住引领", "加床", "叫醒登记"][j], "满意", ""]], width="90%")
                             + "<p>小结：%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "dictation":   # a printed Russian dictation sheet filled in by hand
        words = [("欢迎", "Добро пожаловать"), ("房间", "номер"), ("钥匙", "ключ"), ("早餐", "завтрак"), ("电梯", "лифт"), ("谢谢", "спасибо")]
        pages = []
        for i, n in enumerate(names):
            rows = [["序号", "中文", "俄文（学生填写）", "批改"]] + [[str(k + 1), a, hand(b, True), '<span %s>√</span>' % RED] for k, (a, b) in enumerate(words)]
            pages.append('<h3 style="text-align:center">俄语服务用语听写纸</h3><p>姓名：%s　　班级：%s　　日期：%s</p>' % (hand(n), hand(cls_of(s, n), True), day(s, 20 + i)[5:])
                         + tbl(rows, width="92%", pad="6px 6px") + '<p>得分：<span %s>%d</span>　　批阅：%s</p>' % (RED, 90 + 2 * i, t[0]))
        return "12.html", html(PB.join(pages), font="Noto Sans CJK SC"), "x-scanpdf:200:color"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f == "exercise_flash":
            head = ["", "　　　　　练　习　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid[-2:], "----", "%s　课后练习" % c["course"]]
        elif f == "specimen_flash":   # a specimen card
            head = ["药材标本卡", "品名：连翘（青翘）　科属：木犀科连翘属", "> 采集人：%s　班级：%s" % (n, cl), "> 采集地点：陵川县附城镇",
                    "", "　（标本粘贴处）", "", "", "鉴定人：%s" % t[1], "----", "课后作业　%s" % n]
        elif f in ("name_line_photo", "name_line_photo2"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "hand_page":
            head = ["课后作业", "%s　%s号　%s" % (cl, sid[-2:], n)]
        elif f == "plain_flash":
            head = ["课后作业（热管理）", "> 姓名：%s　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"exercise_flash": "x-photo:200:1:flash", "specimen_flash": "x-photo:200:2:flash", "name_line_photo": "x-photo:200:1",
            "name_line_photo2": "x-photo:200:2", "hand_page": "x-scan:250:4", "plain_flash": "x-photo:200:1:flash"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "plain_list":
        rows = [["序号", "学号", "姓名", "性别", "民族", "职务"]]
        duty = {0: "班长", 6: "团支书", 13: "学习委员", 21: "文体委员"}
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex(n), nation(n), duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="88%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　共%d人　　　　2024年9月制</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "seating":   # a seating chart: six desks a row, 讲台 at the top
        cells = []
        for j in range(42):
            if j < len(k):
                n = k[j]
                cells.append('<b style="font-size:11pt">%s</b><br/><span style="font-size:7.5pt">%s</span>' % (n, sid_of(s, n)[-2:]))
            else:
                cells.append("")
        out = ['<tr><td colspan="7" align="center" style="border:1pt solid #000;padding:6px"><b>讲　　台</b></td></tr>']
        for row in range(7):
            rc = cells[row * 6:row * 6 + 6]
            tds = [td(x, ' align="center" width="15%"', "8px 2px") for x in rc[:3]] + ['<td width="6%"></td>'] + [td(x, ' align="center" width="15%"', "8px 2px") for x in rc[3:]]
            out.append("<tr>%s</tr>" % "".join(tds))
        body = ('<h2 style="text-align:center">%s座位表</h2><p style="text-align:center">%s　2024—2025学年第一学期（每两周左右平移一组）</p>' % (s["cls"], s["school"])
                + '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out)
                + "<p>　</p><p>班主任：%s　　　　全班%d人　　　　（座位下方数字为学号后两位）</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "10pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s座位表.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Forty-ninth held-out people corpus (testdata/heldout49), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 49)
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
        fct = {1: "班级人数 | %s" % s["form_count"], 2: "学生人数 | %s" % s["form_count"],
               3: "授课班级/人数 | %s/%s" % (s["cls"], s["form_count"])}[grp(s)]
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
