#!/usr/bin/env python3
"""Write the sources of the 125th held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 彭州
(Sichuan, a county-level city of 成都), 开远 (Yunnan, 红河州) and 屯昌 (Hainan).
The helpers (earlier-name refusal, html/table helpers, the form, the short
items) follow heldout28's author.py; the item 8 and item 10 layouts are new.

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
# every earlier truth file (heldout126, written at the same time, is not read)
EARLIER = sorted(os.path.basename(os.path.dirname(p)) for p in glob.glob(os.path.join(HERE, "..", "heldout*", "truth.json"))
                 if os.path.basename(os.path.dirname(p)) not in ("heldout125", "heldout126")) + ["othertools"]

# surnames by region, weighted by repetition: 彭州 (成都平原: 王 李 张 刘 陈 杨 黄 and 蒋 谢 曾 廖 赖 钟 邓),
# 开远 (李 王 张 杨 赵 and 普 毕 施 of the Yi, 马 of the Hui), 屯昌 (王 陈 符 吴 林 and 云 邢 羊 of Hainan)
SURNAMES = {
    "pz": list("王王王李李李张张刘刘陈陈杨杨黄黄周吴罗蒋谢唐何曾廖邓钟赖"),
    "ky": list("李李李王王张张杨杨赵赵何普普白罗马马毕施朱段"),
    "tc": list("王王王王陈陈陈符符符吴吴林林李黄云邢羊冯钟曾"),
}
# given names: a new list (names of children born 2007-2009 in the south-west and Hainan)
GIVEN2 = ("芷若 沁怡 锦川 一诺 若溪 子骞 晗煦 星辰 墨涵 书瑶 煜城 知夏 沐晴 景行 承泽 芮希 俊豪 梓航 语嫣 昕悦 "
          "亦凡 安琪 诗雨 明轩 思源 佳琪 雅婷 紫怡 浩轩 睿哲 鹏程 晓峰 天赐 海燕 玉洁 晨曦 茂林 志鹏 文韬 乐怡 "
          "可馨 婉清 宏宇 运来 秀琼 俊宇 廷轩 川渝 蓉蓉 嘉鑫 洪涛 小龙 琼花 椰青 海鸥 晓琳 文昌 金凤 德辉 "
          "开富 建荣 永福 宗林 梦琪 雨菲 欣妍 钰涵 宸宇 浩宸 语汐 一帆 思睿 晨阳 子豪 雪梅 润泽 "
          "佳怡 欣然 梓琪 若曦 子轩 浩南 俊熙 雨辰 博文 嘉乐 宇轩 明哲 靖雯 婧琪 舒涵 晨露 志远 家乐 凯文 海峰 "
          "国栋 金海 心怡 雅琴 玉婷 诗琪 泽宇 皓月 锦鹏 彦霖").split()
GIVEN1 = list("霖杰婕娜琦斌翔彬")
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


def draw_one(rng, region):
    sur = rng.choice(SURNAMES[region])
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return sur + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    given_seen = {n.split("·")[0] for n in names if "·" in n}
    while len(names) < n:
        name = draw_one(rng, region)
        if "·" in name and name.split("·")[0] in given_seen:
            continue   # no two Uyghur students of one class share a given name
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
        if "·" in name:
            given_seen.add(name.split("·")[0])
    rng.shuffle(names)
    TAKEN.update(names)
    return names




C = {
 "wedding": dict(major="饭店(酒店)服务", code="0504", course="婚宴主题宴会服务", task="川西坝子婚宴中式主桌摆台与席间服务",
   hours=16, station="宴会服务一体化学习工作站", role="服务员", role2="宴会领班",
   situation="彭州一家农家乐酒楼承接一场三十桌的坝坝婚宴，新人要求主桌按中式婚宴摆台，席间按川菜上菜顺序服务。宴会部经理请酒店班学员根据婚宴预订单布置主桌，完成十人位摆台，分组演练斟酒、上菜和分菜服务，宴会后做好收台和服务小结。",
   qs=[("问题1 婚宴主桌摆台和普通圆桌有什么不同？", ["主桌比普通桌大一号，新人和双方父母的位置朝向舞台，餐具和席卡都要用喜庆的红色。", "主桌大一号，新人朝向舞台。", "用红色席卡和口布。"]),
       ("问题2 川菜婚宴上菜的顺序是怎样的？", ["先上凉菜拼盘，再上热菜，蒸菜和汤菜在后，最后上甜品和水果。", "先凉后热，最后甜品。", "蒸菜汤菜在后面上。"])],
   hw=[("1. 斟酒时每杯斟多少合适？", ["白酒斟八分满，红酒斟三分之一杯，啤酒先斟一半，等泡沫下去再补满。", "白酒八分满。", "红酒三分之一杯。"]),
       ("2. 宾客把酒洒在桌上怎样处理？", ["马上用干净口布吸干，挪开杯子，必要时在台布上垫一块口布，并向宾客致意。", "用口布吸干。", "垫一块口布。"])],
   outputs=[("婚宴主桌摆台方案", "主桌十二位，新人居中朝向舞台。"), ("婚宴上菜顺序单", "凉菜八道，热菜十二道。"), ("宴会服务小结", "三十桌按时开席。")]),
 "kiwi": dict(major="机电一体化技术", code="0127", course="农产品分选设备装调与维护", task="猕猴桃分选线输送带与称重分级单元装调",
   hours=18, station="机电设备装调一体化学习工作站", role="装调人", role2="检验员",
   situation="彭州山区的一家果品合作社新购了一条猕猴桃分选线，称重分级单元的分级门动作不准，经常把大果分进小果道。设备厂请机电班学员核对电气图，检查称重传感器和分级门气缸的接线，修改PLC分级程序，完成标定和联动调试，填写装调记录。",
   qs=[("问题1 称重传感器为什么要先标定？", ["传感器装好后零点和量程会有偏差，要用标准砝码标定零点和满量程，称重才准。", "零点和量程有偏差。", "用砝码标定。"]),
       ("问题2 分级门动作滞后可能是什么原因？", ["气压不足、电磁阀响应慢，或者程序里分级门的延时设置和输送带速度不匹配。", "气压不足或延时不对。", "电磁阀响应慢。"])],
   hw=[("1. 气缸速度怎样调节？", ["调节气缸进出口的单向节流阀，一般用排气节流，动作更平稳。", "调单向节流阀。", "用排气节流。"]),
       ("2. 联动调试前要检查哪些安全项目？", ["急停按钮、防护罩、光电开关和气源压力，确认输送带上没有杂物。", "急停和防护罩。", "气源压力和杂物。"])],
   outputs=[("称重单元标定记录", "一千克砝码读数一千零二克。"), ("分级程序修改记录", "分级门延时改为一百二十毫秒。"), ("联动调试记录", "大中小三个等级分级正确。")]),
 "campus": dict(major="计算机网络应用", code="0301", course="工业园区办公网络组建", task="工业园区标准厂房办公网络组建与VLAN划分",
   hours=18, station="网络工程一体化学习工作站", role="施工人", role2="监理",
   situation="开远市的一个工业园区新建了三栋标准厂房，入驻企业需要办公网络。园区管委会请网络班学员勘测各楼层的信息点，画出网络拓扑，按部门划分VLAN，配置核心交换机和接入交换机，完成链路测试和文档整理。",
   qs=[("问题1 为什么要按部门划分VLAN？", ["划分后广播只在本部门传播，减少广播风暴，也方便按部门设置访问权限。", "减少广播。", "方便设置权限。"]),
       ("问题2 接入交换机和核心交换机之间用什么链路？", ["用Trunk链路，允许多个VLAN的数据通过，重要的楼层用两条链路做聚合。", "用Trunk链路。", "做链路聚合。"])],
   hw=[("1. 网线测试仪显示三、六线不通说明什么？", ["水晶头压接不良或线序打错，要剪掉重新按T568B线序压接。", "压接不良。", "重新压水晶头。"]),
       ("2. 交换机的配置为什么要保存？", ["不保存的话断电重启后配置会丢失。", "断电会丢失配置。", "重启后配置没了。"])],
   outputs=[("信息点勘测表", "一号厂房共九十六个信息点。"), ("VLAN划分与IP地址规划表", "划分六个VLAN。"), ("链路测试记录", "全部链路测试通过。")]),
 "bms": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车电池管理系统检修", task="纯电动矿区通勤车电池管理系统通讯故障检修",
   hours=16, station="新能源汽车检修一体化学习工作站", role="检修人", role2="监护人",
   situation="开远市一家矿业公司的纯电动通勤车在早班出车时仪表提示电池管理系统故障，车辆限功率行驶。服务站主管请新能源班学员做好高压防护，读取故障码和数据流，检查电池管理系统的CAN通讯线路和终端电阻，排除故障后路试验证，填写检修报告。",
   qs=[("问题1 CAN总线的终端电阻正常应测得多少？", ["断电后在诊断座六脚和十四脚之间测量，两个一百二十欧并联，正常约六十欧。", "约六十欧。", "两个一百二十欧并联。"]),
       ("问题2 为什么检修前要断开低压蓄电池负极？", ["防止检修时控制模块误动作，也防止短路烧坏模块。", "防止模块误动作。", "防止短路。"])],
   hw=[("1. 电池管理系统有哪些主要功能？", ["监测单体电压、温度和电流，估算电量，控制均衡和充放电，出现故障时报警和保护。", "监测电压和温度。", "估算电量，故障保护。"]),
       ("2. 路试时要观察哪些数据？", ["总电压、最高最低单体电压、电池温度和绝缘阻值，看有没有新的故障码。", "单体电压和温度。", "看有没有新故障码。"])],
   outputs=[("故障码与数据流记录", "读到U0111通讯故障。"), ("CAN线路检测记录", "终端电阻测得一百一十九欧。"), ("路试验证记录", "路试二十公里无故障。")]),
 "stroke": dict(major="健康与社会照护", code="0529", course="社区康复照护", task="脑卒中后偏瘫老人居家进食与吞咽照护",
   hours=14, station="社区照护一体化学习工作站", role="照护员", role2="带教老师",
   situation="开远市一个社区卫生服务站的家庭病床上，有一位脑卒中后右侧偏瘫的老人，进食时常常呛咳。服务站请照护班学员上门评估老人的吞咽功能，选择合适的食物性状，协助老人取正确体位进食，观察呛咳并记录，教会家属进食照护的方法。",
   qs=[("问题1 偏瘫老人进食时应取什么体位？", ["能坐起的取坐位，身体稍前倾，头稍向前屈；卧床的抬高床头至少三十度，健侧在下。", "坐位，身体前倾。", "抬高床头三十度。"]),
       ("问题2 吞咽困难的老人适合吃什么性状的食物？", ["密度均匀、不易松散的糊状或软食，如蛋羹、米糊，避免稀水和干硬食物。", "糊状或软食。", "不吃稀水和干硬的。"])],
   hw=[("1. 发生呛咳时怎样处理？", ["立即停止喂食，让老人身体前倾，轻拍背部，协助咳出，观察面色和呼吸。", "停止喂食，拍背。", "观察面色和呼吸。"]),
       ("2. 喂食时一口的量多少合适？", ["从小量开始，一般一汤匙的三分之一到一半，咽下后再喂下一口。", "三分之一汤匙。", "咽下再喂。"])],
   outputs=[("吞咽功能评估记录", "洼田饮水试验三级。"), ("进食照护记录", "午餐用时二十五分钟，呛咳一次。"), ("家属指导记录", "家属已会摆放进食体位。")]),
 "betel": dict(major="中药", code="1301", course="黎药南药饮片加工", task="槟榔与益智仁饮片净制切制和炒制",
   hours=16, station="中药炮制一体化学习工作站", role="炮制人", role2="复核人",
   situation="屯昌县的一家中药饮片厂收购了一批本地种植的槟榔和益智仁，要按药典要求加工成饮片。生产主管请中药班学员净选药材，槟榔浸泡后切薄片，益智仁去壳后盐炙，控制火候和时间，检查饮片质量并填写炮制记录。",
   qs=[("问题1 槟榔为什么要浸泡后再切片？", ["槟榔质地坚硬，浸泡使水分渗透，软化后才能切出均匀的薄片，又不会损失有效成分。", "质地坚硬，要软化。", "切出均匀薄片。"]),
       ("问题2 盐炙益智仁时盐水怎样配？", ["每一百千克益智仁用食盐二千克，加适量开水溶化，拌匀闷透后再用文火炒干。", "每一百千克用盐两千克。", "闷透后文火炒干。"])],
   hw=[("1. 饮片的片型有哪几种？", ["极薄片、薄片、厚片、斜片、直片和丝、段、块。", "薄片厚片斜片。", "还有丝、段、块。"]),
       ("2. 炒制时怎样判断火候？", ["看颜色、闻气味、听声音，益智仁炒到表面微黄、有香气就出锅。", "看颜色闻气味。", "微黄有香气就出锅。"])],
   outputs=[("槟榔净制切制记录", "浸泡四十八小时，切片厚一至二毫米。"), ("益智仁盐炙记录", "文火炒八分钟。"), ("饮片质量检查记录", "片型均匀，无焦片。")]),
 "aircon": dict(major="汽车维修", code="0403", course="营运客车空调系统检修", task="热带地区营运车辆空调制冷不足故障检修",
   hours=16, station="汽车维修一体化学习工作站", role="维修技师", role2="质检员",
   situation="屯昌县一家客运站的中巴车在午后高温时空调出风不凉，乘客投诉。修理厂请汽修班学员接车问诊，用歧管压力表检测高低压，检查冷凝器和膨胀阀，回收制冷剂、抽真空、检漏后按标准加注，测量出风口温度并填写维修工单。",
   qs=[("问题1 高压偏高、低压偏高可能是什么故障？", ["冷凝器散热不良，比如冷凝器被柳絮灰尘堵住或散热风扇不转，也可能制冷剂加多了。", "冷凝器散热不良。", "制冷剂过量。"]),
       ("问题2 加注制冷剂前为什么要抽真空？", ["抽出系统里的空气和水分，水分会在膨胀阀处结冰堵塞，还会腐蚀管路。", "抽出空气和水分。", "防止冰堵。"])],
   hw=[("1. 出风口温度多少算正常？", ["环境三十五度左右时，中速风出风口温度应在八到十二度。", "八到十二度。", "中速风测量。"]),
       ("2. 制冷剂泄漏常见在哪些部位？", ["管路接头、压缩机轴封、冷凝器和蒸发器，检漏时重点查有油迹的地方。", "接头和轴封。", "有油迹的地方。"])],
   outputs=[("空调系统压力检测记录", "低压零点三五，高压二点二兆帕。"), ("抽真空与加注记录", "抽真空二十分钟，加注六百五十克。"), ("维修竣工检验记录", "出风口温度九度。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="彭州市湔江技工学校", pack="dir", region="pz", course="wedding", cls="酒店2401班", size=36, seed=11,
         sidp="24120504", students=["廖芷若", "曾锦川", "赖书瑶"], others_named=["罗万钧", "何婧雯"],
         teachers=["谢德文", "钟丽芳"], form_count="36人",
         f8="name_grid", f10="rank_bonus", f11="line_role", f12="exercise_cover", findings=[],
         comment="clean. Item 8 (colour scan 200 dpi, tweezers on the glass): a 婚宴预订单 at the top naming the couple 罗万钧 and "
                 "何婧雯 (customers, not students), the student's name written one character per box in a 姓名 grid (答题卡 style). "
                 "Item 10 (TYPED, landscape) is ordered by RANK (名次), not by 学号, with a 加分 column explained on the page "
                 "(服务之星 +2, 技能竞赛 +3; 总分 = 三项 + 加分, up to 100): 36 rows = form `36人`. No roster"),
    dict(school="彭州市湔江技工学校", pack="dir", region="pz", course="kiwi", cls="机电2402班", size=40, seed=12,
         sidp="24120127", students=["蒋子骞", "黄沐晴", "唐晗煦"], extra_class=["邓煜城", "周栖梧"], absent_from_10=["周栖梧"],
         bad={"邓煜城": "over"}, others_named=["杨开富"],
         teachers=["罗建荣", "何家骥"], form_count="40名",
         f8="spread", f10="letter_legend", f11="table_role", f12="plain_hand_scan",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "邓煜城")],
         comment="item 10 (scanned 300 dpi 1-bit): the part columns are headed only A B C D E, their maxima in a 评分项目 legend UNDER "
                 "the table (A 电气接线 20, B 传感器标定 15, C 程序修改 30, D 联动调试 25, E 安全文明 10); 邓煜城 has 19 under B "
                 "(max 15), 总分 the sum: records.invalid_score. It lists 39; the form says `40名`: records.count_mismatch "
                 "(no roster). Item 8 (scanned 250 dpi gray, tweezers): a LANDSCAPE two-page spread (A3 folded, 左页/右页), the "
                 "name box at the top of the right page; the cooperative's 杨开富 named as 设备使用方联系人"),
    dict(school="开远市南洞技工学校", pack="gbkzip", region="ky", course="campus", cls="网络2401班", size=38, seed=21,
         sidp="2425030101", students=["普星辰", "毕若溪", "施景行"], outsiders={"施景行": "网络2402班"}, out_sidp="2425030102",
         items={12: ["普星辰", "毕若溪"]}, others_named=[],
         teachers=["段宗林", "白金凤"], form_count="38",
         f8="id_card", f10="hand_scores_photo", f11="table_role", f12="photo_name_line",
         findings=[("students.not_in_class", 8, True, "施景行"), ("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="施景行 of the parallel class 网络2402班 (his class and 学号 on his worksheet and his typed records) is the third "
                 "student of items 8 and 11; item 10 (38 rows = form `38`) has no record of him: students.not_in_class. Item 12 "
                 "(phone photos) holds the homework of only 普星辰 and 毕若溪: students.count on 12; students.mismatch optional. "
                 "Item 8 (colour scan 200 dpi): a 学员卡-like box at the top left (照片 frame, 姓名/班级/学号 stacked). Item 10: "
                 "a PHONE PHOTO of a printed list whose scores were written in by HAND (UKai), totals too"),
    dict(school="开远市南洞技工学校", pack="gbkzip", region="ky", course="bms", cls="新能2301班", size=38, seed=22,
         sidp="2325043501", students=["马砺锋", "赵芮希", "李青砚"], extra_class=["杨澍霖"], absent_from_10=["杨澍霖"],
         others_named=["段丽华"], teachers=["施荣昆", "朱碧滢"], form_count="38", roster="dorm", headteacher="毕玉洁",
         f8="lab_log", f10="two_classes", f11="table_role", f12="plain_hand_scan2",
         findings=[("records.missing_student", 10, False, "杨澍霖"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学生住宿安排表: the class by dormitory room, 38) and the form (`授课班级及人数 | 新能2301班，38`) hold "
                 "杨澍霖; item 10 (TYPED, landscape) holds TWO classes' tables (新能2301班, 37 rows, and the parallel 新能2302班, 35 "
                 "rows, the same task and teachers) and none for 杨澍霖 in the 2301 table: records.missing_student and "
                 "records.count_mismatch (37 against 38; the 2302 table must not be counted). Item 8 (phone photo of the printed "
                 "sheet, a lipstick beside it): a 实训室设备使用登记 strip at the top, the student as 使用人"),
    dict(school="开远市南洞技工学校", pack="gbkzip", region="ky", course="stroke", cls="照护2402班", size=36, seed=23,
         sidp="2425052902", students=["王绮蔓", "张汀兰", "杨知彦"], others_named=["白运来", "白秀琼"],
         teachers=["马绍勋", "李蕙颖"], form_count="36人",
         f8="group_table", f10="weighted", f11="care_table", f12="photo_name_line2",
         findings=[],
         comment="clean. Item 8 (scanned 200 dpi gray): each worksheet opens with a 小组分工 table naming FOUR classmates (the "
                 "three students and others of the class, each in the item-10 register), the page's own author marked `（本人）` "
                 "and again as `填写人`; the patient 白运来 and his daughter 白秀琼 (家属) named (not students). Item 10 (TYPED): a "
                 "WEIGHTED register: 过程考核 and 结果考核 each out of 100, 折合 columns ×40% and ×60%, 总评 = the two 折合 "
                 "(explained on the page), 36 rows = form `36人`. No roster"),
    dict(school="屯昌县枫木技工学校", pack="zip", region="tc", course="betel", cls="中药2401班", size=42, seed=31,
         sidp="24460130", students=["符墨涵", "云晨曦", "羊茂林"], items={11: ["符墨涵", "云晨曦", "羊茂林", "邢沅芷"]},
         extra_class=["邢沅芷", "林霁禾", "冯骁屹"], bad={"林霁禾": "sum"}, fixed_by_hand=["冯骁屹"],
         teachers=["陈德辉", "王琼花"], form_count="共42名学生",
         f8="sign_footer", f10="corrected", f11="table_role", f12="plain_hand_scan3",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "林霁禾")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (typed records) holds the work of FOUR students: the three and classmate 邢沅芷 (with an item-10 "
                 "record): students.count on 11; students.mismatch optional. Item 10 (TYPED, a 等级 column beside the total): "
                 "林霁禾's 总分 is 6 above the sum of her parts: records.invalid_score. 冯骁屹's total was typed wrong and "
                 "CORRECTED BY HAND (the typed figure struck through, the right sum written in red beside it, `更正` and the "
                 "teacher's initials in the 备注): legal. Item 8 (scanned 300 dpi 1-bit): the student only as the hand "
                 "signature in a 学生签名 | 教师签名 | 日期 footer table, class and 学号 typed at the top"),
    dict(school="屯昌县枫木技工学校", pack="zip", region="tc", course="aircon", cls="汽修2402班", size=40, seed=32,
         sidp="24460403", students=["吴蔚然", "林澄宇", "陈柏霆"], items={12: ["吴蔚然", "林澄宇", "钟鹏程"]},
         extra_class=["钟鹏程", "王韶峰"], bad={"王韶峰": "sum"}, others_named=["邢天赐"],
         teachers=["符昌炽", "云海鸥"], form_count="四十人",
         f8="job_card", f10="peifen_rows", f11="line_role", f12="photo_name_line3",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "王韶峰")],
         comment="item 12 (phone photos, a lipstick on the desk) holds the homework of 吴蔚然, 林澄宇 and classmate 钟鹏程 (with an "
                 "item-10 record) instead of 陈柏霆's (items 8 and 11 hold the three): students.mismatch. Item 10 (scanned 250 dpi "
                 "gray, tweezers): 姓名 FIRST and 学号 last, the maxima in a `配分` row under the head and a 等级 column; "
                 "王韶峰's 总分 is 9 below the sum of his parts: records.invalid_score. The form writes the size in words, "
                 "`四十人`. Item 8 (TYPED): a 维修工单 with the bus's driver 邢天赐 as 送修人 (not a student)"),
]

PROVINCE = {1: "四川省成都市彭州市", 2: "云南省红河哈尼族彝族自治州开远市", 3: "海南省屯昌县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 彭州: "附件8_工作页.pdf"
        return "附件%d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 开远: "(八)工作页.pdf"
        return "（%s）%s.pdf" % ("一二三四五六七八九十"[n - 1] if n <= 10 else "十" + "一二"[n - 11], NAMES[n])
    return "%s-成果%02d-%s.pdf" % (s["cls"], n, NAMES[n])   # 屯昌: "中药2401班-成果08-工作页.pdf"


def form_name(s, c):
    return {1: ("%s-优质课堂申报书.docx" % s["cls"], "docx"),
            2: ("申报书（%s）.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("工学一体化优质课堂申报书_%s.docx" % c["course"], "docx")}[grp(s)]
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




# ------------------------------------------------------------------ the form

def form_count_cell(s):
    g = grp(s)
    if g == 1:
        return "学生人数", s["form_count"]
    if g == 2:
        return "授课班级及人数", "%s，%s" % (s["cls"], s["form_count"])
    return "授课对象", "%s（%s）" % (s["cls"], s["form_count"]) if s["form_count"].startswith("共") else s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    lab, val = form_count_cell(s)
    if g == 1:   # 彭州: four columns, two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), (lab, val)], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                (lab, val), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    else:
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数" if not s["form_count"].startswith("共") else lab, s["form_count"]),
                ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织，教师全程巡回指导，最后各组展示成果并进行自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务取自{prov}合作企业的真实工作，学生的专业能力和职业素养都有提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=4 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


def form_count_text(s):
    lab, val = form_count_cell(s)
    if grp(s) == 3:
        lab = "班级人数" if not s["form_count"].startswith("共") else lab
        val = s["form_count"]
    return "%s | %s" % (lab, val)


# ------------------------------------------------------------------ item 8 (new layouts)

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    land = False
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "name_grid":   # a booking slip naming the couple, the name one character per box
            grid = lambda label, txt, k: ('<td style="padding:2px 6px"><b>%s</b></td>' % label + "".join(
                '<td style="border:1pt solid #000;width:26px;height:26px;text-align:center">%s</td>' % (hand(ch, True) if ch else "&nbsp;")
                for ch in (list(txt) + [""] * k)[:k]))
            head = ('<table style="border-collapse:collapse"><tr>%s<td>&nbsp;&nbsp;</td>%s</tr></table>'
                    % (grid("姓名", n, 4), grid("学号", sid[-2:], 2)) + '<p>班级：%s　　%s</p>' % (hand(cl, True), day(s, i)))
            slip = tbl([[("<b>婚宴预订单</b>", ' colspan="4"')], ["新　郎", s["others_named"][0], "新　娘", s["others_named"][1]],
                        ["桌　数", "30桌（主桌1）", "日　期", "10月%d日 中午" % (5 + i)]], width="100%", pad="3px 4px")
            body = title + head + slip + sit + answers(c, rng, i) + comment
        elif f == "spread":   # a landscape A3-folded spread: left page / right page, name box on the right page
            land = True
            box = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid[-2:], True)]], width="100%", pad="3px 3px")
            left = ('<p style="font-size:8pt">%s　学习工作页　第%d页</p>' % (s["school"], 2 * i + 1) + title + sit +
                    '<p>设备使用方联系人：%s（合作社设备管理员）</p>' % s["others_named"][0])
            qa = answers(c, rng, i)
            right = '<p style="font-size:8pt;text-align:right">第%d页</p>' % (2 * i + 2) + box + qa + comment
            body = ('<table width="100%%" style="border-collapse:collapse"><tr><td width="48%%" valign="top">%s</td>'
                    '<td width="4%%" style="border-left:1pt dashed #888"></td><td width="48%%" valign="top">%s</td></tr></table>' % (left, right))
        elif f == "id_card":   # a student-card box: photo frame, name/class/number stacked
            card = ('<table style="border-collapse:collapse;border:1.5pt solid #2a4d8f" width="52%%"><tr>'
                    '<td rowspan="3" style="border:1pt solid #999;width:70px;height:86px;text-align:center;color:#999">照<br/>片</td>'
                    '<td style="padding:3px 6px">姓　名：%s</td></tr><tr><td style="padding:3px 6px">班　级：%s</td></tr>'
                    '<tr><td style="padding:3px 6px">学　号：%s</td></tr></table>' % (hand(n, True), hand(cl, True), hand(sid, True)))
            body = card + title + '<p>指导教师：%s　　%s</p>' % ("、".join(t), day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "lab_log":   # a lab equipment-use strip at the top: the student as 使用人
            strip = tbl([[("<b>实训室设备使用登记</b>", ' colspan="6"')],
                         ["设备编号", "NEV-BMS-%02d" % (3 + i), "工位", "%d号" % (2 + i), "使用时间", "%d:00—%d:00" % (8 + i, 11 + i)],
                         ["使用人", hand(n, True), "班级", cl, "监护人", hand(t[1], True, BLACK)]], width="100%", pad="3px 4px")
            body = strip + title + '<p>学号：%s</p>' % sid + sit + answers(c, rng, i) + comment
        elif f == "group_table":   # a group-division table naming four classmates, the author marked
            k = s["klass"]
            others = [x for x in k if x not in s["students"]]
            grp4 = [n] + others[3 * i:3 * i + 3]
            rows = [["组员", "分工", "组员", "分工"]]
            duties = ["评估记录", "摆放体位", "协助进食", "家属沟通"]
            cells = [(x + ("（本人）" if x == n else ""), duties[j]) for j, x in enumerate(grp4)]
            rows += [[cells[0][0], cells[0][1], cells[1][0], cells[1][1]], [cells[2][0], cells[2][1], cells[3][0], cells[3][1]]]
            body = (title + "<p><b>小组分工（第%s组）</b></p>" % "一二三"[i] + tbl(rows, width="90%") +
                    '<p>照护对象：%s（78岁，右侧偏瘫）　　家属：%s（女儿）</p>' % tuple(s["others_named"]) + sit + answers(c, rng, i) +
                    '<p>填写人：%s　　班级：%s　　学号：%s</p>' % (hand(n, True), cl, sid[-2:]) + comment)
        elif f == "sign_footer":   # class and number typed at the top, the name only as a signature at the foot
            foot = tbl([["学生签名", "教师签名", "日期"], [hand(n), hand(t[0], ink=BLACK), hand(day(s, i)[5:], True)]], width="100%", pad="6px 4px")
            body = title + '<p>班级：%s　　学号：%s</p>' % (cl, sid) + sit + answers(c, rng, i) + comment + foot
        elif f == "job_card":   # a repair job card: the driver as 送修人, the student as 维修技师
            card = tbl([[("<b>汽车维修工单</b>　No. TC%05d" % (2417 + i), ' colspan="4"')],
                        ["车牌号", "琼C·%d%d%d%d%d" % tuple((7 + i, 3, 1, 8, i)), "车型", "中巴客车"],
                        ["送修人", s["others_named"][0], "接车时间", day(s, i)[5:]],
                        ["故障现象", ("午后空调出风不凉", ' colspan="3"')],
                        ["维修技师", n, "班级/学号", "%s／%s" % (cl, sid)]], width="100%", pad="3px 4px")
            body = card + title + sit + answers(c, rng, i, ink=BLACK) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"name_grid": "x-scanpdf:200:color:tweezers", "spread": "x-scanpdf:250:tweezers", "id_card": "x-scanpdf:200:color",
            "lab_log": "x-scanpdf:200:photo:lipstick", "group_table": "x-scanpdf:200", "sign_footer": "x-scanpdf:300:mono",
            "job_card": "pdf"}[f]
    font = "Noto Sans CJK SC" if f in ("name_grid", "lab_log", "job_card") else "Noto Serif CJK SC"
    page = "size:A4 landscape;margin:1.2cm 1.4cm" if land else None
    return "08.html", html(PB.join(pages), "9.5pt" if land else "10.5pt", font=font, page=page), meth


# ------------------------------------------------------------------ item 10 (new layouts)

def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "rank_bonus":   # ordered by rank, a bonus column explained
        parts = [("婚宴摆台", 30), ("斟酒上菜", 30), ("分菜收台", 35)]
        rows = []
        for n in rec:
            v = part_scores(rng, parts, 0.66, 0.97)
            b = rng.choice([0] * 8 + [2, 2, 3])
            tot = min(100, sum(v) + b)
            if sum(v) + b > 100:
                b = 100 - sum(v)
            rows.append((tot, n, v, b))
        rows.sort(key=lambda x: (-x[0], sid_of(s, x[1])))
        out = [trow(["<b>%s</b>" % x for x in ["名次", "学号", "姓名"] + ["%s（%d分）" % p for p in parts] + ["加分", "总分", "备注"]], pad)]
        for k, (tot, n, v, b) in enumerate(rows):
            note = "服务之星" if b == 2 else "技能竞赛" if b == 3 else ""
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(tot), note], pad))
        body = (head10(s, c, "学习任务考核成绩排名表") + table(out) +
                "<p>说明：基本分三项共95分；加分：当月“服务之星”加2分，校级技能竞赛获奖加3分；总分＝三项之和＋加分，最高100分。按总分排名。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="size:A4 landscape;margin:1.0cm 1.5cm"), "pdf"
    if f == "letter_legend":   # heads A-E, maxima in a legend under the table
        parts = [("电气接线", 20), ("传感器标定", 15), ("程序修改", 30), ("联动调试", 25), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "A", "B", "C", "D", "E", "合计"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            if bad.get(n) == "over":
                v[1] = 19
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        legend = "<p>评分项目及配分：" + "　".join("%s. %s %d分" % ("ABCDE"[j], p, m) for j, (p, m) in enumerate(parts)) + "　满分100分。</p>"
        body = head10(s, c, "考核记录表") + table(out, width="82%") + legend + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "hand_scores_photo":   # printed names, the scores written in by hand; a phone photo
        parts = [("勘测", 20), ("拓扑", 20), ("配置", 40), ("测试", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>%d" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.96)
            out.append(trow([str(k + 1), sid_of(s, n)[-4:], n] + [hand(str(x), size="11pt") for x in v] + [hand(str(sum(v)), size="11pt", ink="#a3201a")], pad))
        body = (head10(s, c, "学习任务考核登记表") + "<p>学号前六位：%s</p>" % s["sidp"][:6] + table(out, width="86%") + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:photo"
    if f == "two_classes":   # the class's table and the parallel class's, one document, landscape
        parts = [("安全防护", 10), ("故障读取", 20), ("线路检测", 40), ("检修报告", 30)]
        other = s["other_klass"]

        def one(cls, names, sid):
            out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
            for k, n in enumerate(names):
                v = part_scores(rng, parts)
                out.append(trow([str(k + 1), sid(k, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
            return "<p><b>%s</b>（%d人）</p>" % (cls, len(names)) + table(out)
        body = (head10(s, c, "学习任务考核记录（两个平行班）").replace("班级：%s" % s["cls"], "班级：%s、新能2302班" % s["cls"]) +
                one(s["cls"], rec, lambda k, n: sid_of(s, n)) + PB +
                one("新能2302班", other, lambda k, n: "23250435%02d%02d" % (2, k + 1)) + sign)
        return "10.html", html(body, "8pt", font="Noto Sans CJK SC", compact=True, page="size:A4 landscape;margin:0.9cm 1.2cm"), "pdf"
    if f == "weighted":   # two scores out of 100, weighted 40/60
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程考核<br/>（百分制）", "折合<br/>×40%", "结果考核<br/>（百分制）", "折合<br/>×60%", "总评"]], pad)]
        for k, n in enumerate(rec):
            p, r = rng.randint(68, 97), rng.randint(62, 96)
            a, b = p * 4, r * 6   # tenths
            out.append(trow([str(k + 1), sid_of(s, n), n, str(p), "%d.%d" % divmod(a, 10), str(r), "%d.%d" % divmod(b, 10),
                             "%d.%d" % divmod(a + b, 10)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") +
                "<p>说明：过程考核（评估、体位、进食操作、记录）与结果考核（家属反馈、照护效果）均按百分制评分，总评＝过程考核×40%＋结果考核×60%。</p>" +
                table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "corrected":   # a grade beside the total; one total corrected by hand (legal), one wrong (planted)
        parts = [("净制", 20), ("切制", 30), ("炒制", 30), ("质量检查", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s（%d）" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        fixed = s.get("fixed_by_hand", [])
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v)
            cell, note = str(tot), ""
            if bad.get(n) == "sum":
                cell = str(tot + 6)
                tot += 6
            if n in fixed:
                cell = '<span style="text-decoration:line-through">%d</span> %s' % (tot - 10, hand(str(tot), size="11pt", ink="#c0251a"))
                note = hand("更正 陈", size="10pt", ink="#c0251a")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [cell, grade(tot), note], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "peifen_rows":   # 姓名 first, 学号 last; a 配分 row; grade beside the total
        parts = [("接车问诊", 10), ("压力检测", 25), ("回收抽真空", 25), ("加注检漏", 25), ("竣工检验", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["姓名"] + [p for p, _ in parts] + ["总分", "等级", "学号"]], pad),
               trow(["<b>配分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>", "", ""], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.96)
            tot = sum(v) - (9 if bad.get(n) == "sum" else 0)
            out.append(trow([n] + [str(x) for x in v] + [str(tot), grade(tot), sid_of(s, n)], pad))
        body = head10(s, c, "学习任务考核评分表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:tweezers"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "line_role":   # a role line under the title
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">%s：%s　　班级：%s　　%s</p>' % (title, c["role"], n, cl, day(s, 30 + i)) +
                             tbl([["项目", "要求", "实际", "结论"], ["一", "按标准作业", "符合", "合格"], ["二", desc, "符合", "合格"]], width="88%") +
                             "<p>%s：%s</p>" % (c["role2"], t[j % 2]))
            elif f == "table_role":   # the role inside the record's head table
                parts.append('<h3>%s</h3>' % title + tbl([[c["role"], n, "班级", cl], [c["role2"], t[j % 2], "日期", day(s, 30 + i)],
                                                          ["记录内容", (desc, ' colspan="3"')]], width="92%") + "<p>结论：合格</p>")
            elif f == "care_table":   # care record: 照护员, the patient named
                parts.append('<h3>%s</h3>' % title + tbl([["照护员", n, "班级", cl], ["照护对象", s["others_named"][0], "家属", s["others_named"][1]],
                                                          ["时间", "内容", "情况", "签名"], ["12:00", "协助午餐", desc, n]], width="92%"))
            else:
                raise SystemExit(f)
    meth = {1: "pdf", 2: "pdf", 3: "pdf"}[grp(s)]
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
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f == "exercise_cover":
            head = ["", "", "　　　　　练　习　本", "", s["school"], "", "> 班级：%s" % cl, "> 姓名：%s" % n, "----", "%s　课后作业" % c["course"]]
        elif f.startswith("photo_name_line"):
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f.startswith("plain_hand_scan"):
            head = ["课后作业", "%s　%s　%s" % (cl, n, sid[-2:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"exercise_cover": "x-photo:200:1", "photo_name_line": "x-photo:200:2", "photo_name_line2": "x-photo:200:1",
            "photo_name_line3": "x-photo:200:2:lipstick", "plain_hand_scan": "x-scan:250:4", "plain_hand_scan2": "x-scan:200:3:color",
            "plain_hand_scan3": "x-scan:250:4"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "dorm":   # a dormitory arrangement: the class by room
        rows = [["宿舍", "床位", "学号", "姓名", "性别", "联系电话"]]
        rr = random.Random(s["seed"] * 99)
        order = sorted(k, key=lambda n: sid_of(s, n))
        for j, n in enumerate(order):
            room = "%d栋%d室" % (3 + j // 24, 201 + j // 6)
            rows.append([room if j % 6 == 0 else "", str(j % 6 + 1), sid_of(s, n), n, "男" if j < 30 else "女",
                         "1%d%d****%04d" % (rr.choice([3, 5, 8]), rr.randint(0, 9), rr.randint(0, 9999))])
        body = ('<h2 style="text-align:center">%s学生住宿安排表</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="92%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　宿管员：%s　　本班共%d人（男30人，女%d人）</p>" % (s["headteacher"], "段丽华", len(k), len(k) - 30))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生住宿安排表.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "125th held-out people corpus (testdata/heldout125), the format of testdata/heldout23/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 28)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s["f10"] == "two_classes":
            s["other_klass"] = sorted(draw_class(random.Random(s["seed"] * 31), 35, [], [n for n in avoid if n not in s["klass"]], s["region"]), key=lambda x: x)
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
        fct = form_count_text(s)
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s["size"], "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}), "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + parents,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        if s.get("other_klass"):
            sub["item10_other_class"] = {"新能2302班": s["other_klass"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
