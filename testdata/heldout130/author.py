#!/usr/bin/env python3
"""Write the sources of the hundred-and-thirtieth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the struct tags of pipeline/heldout_test.go was
read; classaudit was not run on it). Seven submissions of three invented
schools in 上海市青浦区 (Shanghai), 天津市武清区 (Tianjin) and 五原县
(Inner Mongolia, 巴彦淖尔市).

    python3 author.py      (rewrites src/ and truth.json)
    sh build.sh OUT
"""
import base64
import json
import os
import random
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
# the truth files read for names, tasks and courses to avoid (heldout129 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 129)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 青浦 (the 吴语 families of the Shanghai
# suburbs: 沈 陆 顾 朱 徐 金 钱 蒋 姚 倪 奚 褚 …), 武清 (the north China plain: 王 李 张 刘
# 杨 赵 孙 高 于 马 郭 邢 曹 田 杜 崔 孟 佟 …), 五原 (the 走西口 families from 山西 and
# 陕西 who settled the 河套 plain: 王 张 李 刘 杨 郭 贾 乔 薛 任 武 白 郝 樊 梁 段 苏 …)
SURNAMES = {
    "qp": list("沈沈沈陆陆陆顾顾顾朱朱张张王王徐徐金金吴吴周钱孙蒋姚陈李杨黄唐倪曹许奚褚"),
    "wq": list("王王王王李李李张张张刘刘刘杨杨赵赵孙孙高于于马郭邢曹田韩陈杜崔孟魏佟"),
    "wy": list("王王王王张张张李李李刘刘杨杨郭郭贾贾乔薛任韩武白郝樊梁苏段赵高"),
}
# given names: a new list, everyday names of students born around 2008
GIVEN2 = ("语汐 子恒 梦洁 奕辰 思颖 晨阳 宇杰 文轩 欣妍 婉婷 雨涵 雪莹 嘉诚 思源 天宇 雪晴 子扬 俊豪 梦涵 宇航 "
          "佳琦 子豪 泽宇 晓峰 思琪 鹏程 一帆 梓睿 沐阳 婧琪 若涵 舒涵 锦涛 炜杰 嘉琪 家明 家俊 佳乐 诗雨 嘉欣 "
          "昕玥 雨婷 清扬 振宇 明杰 文静 晓雪 嘉伟 凯瑞 宏伟 小龙 晓丹 玉洁 春燕 秋实 冬阳 瑞琪 瑞阳 海峰 逸凡 "
          "逸飞 昊天 伟杰 星辰 语嫣 芷若 馨予 歆怡 怡宁 奕萱 紫萱 承宇 皓宇 锦轩 瑾瑜 靖宇 熠辰 晟杰 子晴 浩轩 "
          "紫涵 欣雨 佳豪 俊宇 雨轩 可欣 嘉豪 思涵 浩宇 一凡 铭轩 静雯 子墨 佳怡 晨宇 雅琪 诗涵 梓萱 晨曦 宇辰 "
          "听雨 书瑶 以沫 知秋 嘉禾 安然 予安 念慈 景瑜 星晖 亦舒 云帆 思齐 乐瑶 辰逸 梓航 博远 柯宇 尚泽 闻笛 "
          "沁怡 艺菲 晓妍 晴川 雅雯 琳琅 菁菁 恬恬 朵朵 若琳 凯歌 志鹏 建勋 国宇 永杰 海鹏 红旭 旭东 振华 立伟 "
          "佳慧 雅静 丽娜 美辰 欣蕊 思雨 梦圆 静怡 婷玉 月琪 浩南 子健 宇豪 泽浩 嘉航 俊逸 昊辰 宇泽 博涵 睿哲").split()
GIVEN1 = list("涛琳航颖哲瑶磊娜")


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
 "banquet": dict(major="饭店(酒店)服务", code="0504", course="主题宴会设计与服务", task="水乡古镇主题婚宴台面设计与席间服务",
   hours=18, station="中餐宴会服务一体化学习工作站",
   situation="朱家角古镇一家临水的精品酒店接到一场十二桌的中式婚宴，新人希望婚宴以“水乡”为主题。酒店宴会部经理请酒店班学员设计主桌和来宾桌的台面，完成中餐宴会摆台、迎宾引位、斟酒和席间分菜服务，宴会结束后做好收台和宾客意见收集。",
   qs=[("问题1 主桌为什么要比来宾桌大、摆在哪里？", ["主桌坐新人和双方父母，人多又是全场的焦点，要放在正对入口、靠近舞台的位置，桌面也要大一号。", "主桌人多，是焦点，靠近舞台。", "正对入口，比来宾桌大。"]),
       ("问题2 席间斟酒要注意什么？", ["从主宾开始顺时针斟，站在客人右侧，红酒斟三分之一杯，白酒八分满，瓶口不碰杯口。", "从主宾开始，站在右侧。", "瓶口不碰杯口，不斟太满。"])],
   hw=[("1. 婚宴的上菜顺序是怎样的？", ["先冷菜，再热菜、汤，然后点心和水果，鱼和全鸡要在新人敬酒前上齐。", "冷菜、热菜、汤、点心、水果。", "先冷后热，最后水果。"]),
       ("2. 客人不小心打翻酒杯怎么处理？", ["先安慰客人，用口布吸干酒水，把脏的台布用干净口布盖住，再换一只新酒杯重新斟上。", "用口布吸干，换新杯。", "先安慰客人，再换杯。"])],
   outputs=[("“摇橹船”主题台面设计", "主桌以蓝印花布做台裙，中心摆一艘小木船和荷叶。"), ("席间服务流程卡", "按迎宾、入座、斟酒、上菜、分菜、撤盘、送客七步。")]),
 "sorter": dict(major="机电一体化技术", code="0127", course="物流分拣设备安装与调试", task="快递分拣中心交叉带分拣机光电检测与气动推包装置安装调试",
   hours=20, station="机电设备安装调试一体化学习工作站",
   situation="青浦是不少快递企业总部的所在地。一家快递转运中心的交叉带分拣机上，包裹到位检测的光电开关经常误报，格口前的气动推包装置动作迟缓，小件包裹常被推歪。设备科请机电班学员更换和调整光电检测，重新安装调试推包气缸和电磁阀，修改PLC程序，并试运行一个班次。",
   qs=[("问题1 光电开关为什么会误报？", ["包裹表面反光或颜色太深，漫反射光电收到的光不稳定；安装支架松动，光轴偏了也会误报。", "包裹反光，支架松动。", "光轴偏了。"]),
       ("问题2 推包气缸的速度怎样调？", ["调节电磁阀出口的单向节流阀，先调慢再逐步调快，推到位不反弹，包裹不被推歪。", "调单向节流阀。", "先慢后快，不反弹。"])],
   hw=[("1. 对射式和漫反射式光电开关有什么不同？", ["对射式的发射和接收分在两边，检测距离远、不怕颜色；漫反射式装在一边，靠物体反光，受颜色和表面影响大。", "对射式分两边，漫反射装一边。", "漫反射受颜色影响。"]),
       ("2. PLC输入点接线前要检查什么？", ["先断电，核对I/O分配表，确认传感器是NPN还是PNP，量一下24V电源的极性。", "断电，核对I/O表。", "确认NPN还是PNP。"])],
   outputs=[("光电检测与推包装置调试记录", "推包动作时间由0.9秒缩短到0.5秒。"), ("PLC程序修改说明及I/O分配表", "新增到位检测延时20毫秒。")]),
 "dusk": dict(major="健康与社会照护", code="0529", course="认知障碍老年人照护", task="长者照护之家认知症老人黄昏躁动安抚与陪伴照护",
   hours=16, station="长者照护一体化学习工作站",
   situation="青浦一家社区长者照护之家住着十几位认知症老人，每到傍晚，有几位老人会坐立不安、反复说要回家、在走廊里来回走。照护之家的护理主管请照护班学员观察记录老人傍晚的表现，找出诱因，制订安抚和陪伴方案，在傍晚时段开展怀旧聊天、折纸、听沪剧等活动，并做好防走失照护。",
   qs=[("问题1 老人傍晚躁动可能有哪些诱因？", ["天色变暗看不清、白天睡得太多、肚子饿或想上厕所、交接班时人来人往太吵。", "天暗、白天睡多、饿了。", "交接班太吵。"]),
       ("问题2 老人说要回家时怎样回应？", ["不要和老人争辩，顺着老人的话聊他的家和家人，慢慢把注意力转到喜欢的活动上。", "不争辩，顺着聊。", "转移注意力。"])],
   hw=[("1. 怀旧活动怎样准备？", ["提前向家属了解老人年轻时的工作和爱好，准备老照片、老物件和老歌，每次二三十分钟。", "了解老人年轻时的事，准备老照片。", "每次二三十分钟。"]),
       ("2. 怎样预防认知症老人走失？", ["门口装提醒铃，给老人戴写有联系电话的手环，傍晚安排专人陪伴，发现不见了马上按预案寻找。", "戴手环，专人陪伴。", "门口装提醒铃。"])],
   outputs=[("傍晚时段照护计划单", "16:00至18:00安排怀旧聊天和折纸。"), ("躁动行为观察记录", "连续观察五天，躁动次数由每天三次降到一次。")]),
 "bikes": dict(major="电子商务", code="0603", course="跨境电商店铺运营", task="童车出口店铺儿童平衡车详情页优化与站内广告投放",
   hours=16, station="跨境电商运营一体化学习工作站",
   situation="武清区王庆坨镇是有名的自行车和童车生产基地。镇上一家童车厂在跨境电商平台开了店，儿童平衡车的详情页点击多、下单少。厂里的电商主管请电商班学员分析买家评价和竞品，重写英文标题和卖点，重新拍摄和排版详情页图片，设置站内广告的关键词和预算，两周后复盘数据。",
   qs=[("问题1 详情页点击多、下单少说明什么？", ["说明主图能吸引人，但详情页没有打消买家的顾虑，比如尺寸、适合年龄、安全认证没写清楚。", "主图吸引人，详情页没说清楚。", "尺寸和年龄没写清楚。"]),
       ("问题2 平衡车的卖点怎样排序？", ["先写安全（认证、圆角设计），再写适合年龄和可调高度，最后写轻便和颜色。", "先安全，再年龄和高度。", "最后写轻便和颜色。"])],
   hw=[("1. 站内广告的关键词怎样选？", ["从买家搜索词报告里挑转化好的词，核心词用精准匹配，长尾词用广泛匹配，定期否定不相关的词。", "从搜索词报告里挑。", "否定不相关的词。"]),
       ("2. 复盘时要看哪些数据？", ["曝光、点击率、转化率、广告花费和广告销售额的比值，对比优化前后两周。", "点击率和转化率。", "对比前后两周。"])],
   outputs=[("儿童平衡车详情页文案", "标题突出“两到五岁、免工具安装”。"), ("站内广告投放计划", "每日预算二十美元，关键词三十个。")]),
 "warehouse": dict(major="计算机网络应用", code="0301", course="无线局域网组建与优化", task="物流园区仓库无线网络覆盖勘测与AP部署调试",
   hours=16, station="网络工程实施一体化学习工作站",
   situation="武清区一座物流园区的仓库里，拣货员用的手持扫码枪在货架深处经常掉线，出库单据传不上去。仓库主管请网络班学员到现场勘测信号覆盖，画出信号热力图，重新规划AP点位和信道，安装调试吸顶AP和交换机，测试漫游，并交付勘测报告。",
   qs=[("问题1 为什么货架深处信号差？", ["货架上堆满金属和纸箱，信号被遮挡和吸收，原来的AP装在仓库边上，离货架深处太远。", "货架和货物挡住信号。", "AP离得太远。"]),
       ("问题2 相邻AP的信道怎样规划？", ["2.4G用1、6、11三个互不重叠的信道交错排开，相邻AP不用同一个信道。", "用1、6、11交错排开。", "相邻不用同一信道。"])],
   hw=[("1. 勘测时要记录哪些数据？", ["每个测试点的信号强度、信噪比、干扰源和位置，在平面图上标出来。", "信号强度和信噪比。", "在平面图上标出测试点。"]),
       ("2. 漫游测试怎样做？", ["拿着扫码枪一边持续ping服务器一边从一个AP走到另一个AP，看切换时丢不丢包。", "边走边ping看丢包。", "看切换时丢不丢包。"])],
   outputs=[("仓库无线信号勘测报告", "勘测点四十二个，弱信号区三处。"), ("AP点位与信道规划表", "新增吸顶AP六台。")]),
 "sausage": dict(major="烹饪(中式烹调)", code="0501", course="河套风味菜肴制作", task="五原灌肠与河套烩酸菜风味菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="五原县城一家农家菜馆要在国庆期间推出河套风味套餐，主打五原灌肠和烩酸菜。菜馆的厨师长请烹饪班学员按传统做法调制淀粉糊、灌制蒸熟灌肠，切片煎制，烩制酸菜，控制出菜时间和成本，并设计一道新的灌肠吃法。",
   qs=[("问题1 灌肠的淀粉糊为什么要调得稀稠合适？", ["太稀蒸出来不成形，太稠口感发硬，一般一斤淀粉兑两斤半左右的水，加猪血或不加按品种定。", "太稀不成形，太稠发硬。", "一斤淀粉兑两斤半水。"]),
       ("问题2 煎灌肠怎样才能外焦里嫩？", ["切成厚片，锅里放少量油，中火把两面煎出焦壳，不要老翻动。", "中火煎出焦壳，少翻动。", "切厚片。"])],
   hw=[("1. 烩酸菜要放哪些配料？", ["五花肉片、土豆条、粉条，先把肉炒出油，再下酸菜和土豆，加水烩到软烂。", "五花肉、土豆、粉条。", "先炒肉，再烩。"]),
       ("2. 怎样核算一份灌肠的成本？", ["把淀粉、肠衣、调料和燃气的费用加起来，除以出品的份数，再加上人工。", "原料加燃气除以份数。", "再加上人工。"])],
   outputs=[("菜品标准成本卡", "按十份核算，毛利率控制在百分之六十以上。"), ("套餐出品记录", "两道菜出菜时间十五分钟。")]),
 "spindle": dict(major="数控加工(数控车工)", code="0106", course="带螺纹阶梯轴数控车削", task="葵花籽剥壳机主轴数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="五原是全国有名的向日葵产区。县里一家炒货加工厂的葵花籽剥壳机主轴磨损，轴承位松旷，整机振动大。厂里的机修师傅送来旧轴和图纸，请学校数控车间加工四根新主轴。车间主任请数控班学员分析图纸、编写加工工艺和程序，完成阶梯外圆、退刀槽和螺纹的车削，并做首件检验。",
   qs=[("问题1 车长轴时为什么要用一夹一顶？", ["主轴长径比大，只用卡盘夹一头会让工件让刀、车出锥度，尾座顶尖顶住另一头才稳。", "工件长，会让刀。", "顶尖顶住才稳。"]),
       ("问题2 车螺纹前外圆为什么要车小一点？", ["车螺纹时材料会被挤出来，外圆车小零点一到零点二毫米，螺纹牙顶才不会变形。", "材料会被挤出来。", "车小零点一到零点二。"])],
   hw=[("1. 轴承位的尺寸怎样保证？", ["粗车留零点三毫米余量，精车时用千分尺测量，根据实测值修改刀补再精车一刀。", "粗车留余量，精车修刀补。", "用千分尺测量。"]),
       ("2. 首件检验合格后还要注意什么？", ["批量加工时每件抽测轴承位和螺纹，刀具磨损后及时更换或补偿。", "每件抽测。", "刀具磨损及时补偿。"])],
   outputs=[("主轴三坐标测量报告", "轴承位φ30k6实测30.012。"), ("主轴加工程序单", "O3021，共五十六段。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="上海市青浦区淀山湖技工学校", pack="gbkzip", region="qp", course="banquet", cls="24级酒店(1)班", size=36, seed=11,
         sidp="24050401", students=["沈语汐", "陆子恒", "顾梦洁"], others_named=["倪嘉树", "褚晓岚", "唐蕙芬"],
         teachers=["萨仁格日乐", "姚建新"], form_label="在册学生数", form_count="36",
         f8="banquet_head", f10="star_bonus", f11="exhibit_label", f12="hand_ginkgo",
         findings=[],
         comment="clean. The form gives the class size as `在册学生数 | 36`; item 10 (typed) has 36 rows. Six students carry a ☆ "
                 "after their name (服务之星) and their 总分 is 3 above the sum of the parts, as the note under the table explains "
                 "(no bonus column). The bride and groom 褚晓岚 and 倪嘉树 are named as 宴会客户 on every worksheet (item 8, colour "
                 "scan), the hotel's banquet manager 唐蕙芬 as 企业导师 on every exhibit label (item 11, typed 展签). The lead "
                 "teacher 萨仁格日乐 has a Mongolian name. Item 12: whole pages in handwriting, scanned gray, a ginkgo leaf on one. "
                 "No roster"),
    dict(school="上海市青浦区淀山湖技工学校", pack="gbkzip", region="qp", course="sorter", cls="24级机电(2)班", size=38, seed=12,
         sidp="24012702", students=["朱奕霖", "钱思颖", "蒋晨熙"], items={12: ["朱奕霖", "钱思颖", "蒋晨熙", "金宇杰"]},
         extra_class=["金宇杰", "许文轩"], bad={"许文轩": "over"}, others_named=["曹立平"],
         teachers=["倪国庆", "周蕙芳"], form_label="班级人数", form_count="38人",
         f8="kanban_card", f10="blind", f11="debug_typed", f12="mono_hand",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "许文轩")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (1-bit 200 dpi hand pages) holds the homework of FOUR students: the three and classmate 金宇杰 (with "
                 "an item-10 record): students.count on 12; students.mismatch optional. Item 10 (scanned 250 dpi gray, a ginkgo "
                 "leaf) is a BLIND-MARKED register: 作品编号 first, the parts, 总分, then `揭封` 学号 and 姓名 in the two last "
                 "columns; 许文轩 has 38 under `PLC程序(35)` (总分 the sum): records.invalid_score. Item 8 (scanned 200 gray): "
                 "a kanban task card at the top of every sheet (任务号 | 领取人 | 学号 | 状态 ☐待办 ☐进行中 ☑已完成). Item 11 "
                 "(typed) names the transfer centre's engineer 曹立平 (not a student). No roster"),
    dict(school="上海市青浦区淀山湖技工学校", pack="gbkzip", region="qp", course="dusk", cls="24级照护(1)班", size=40, seed=13,
         sidp="24052901", students=["姚欣妍", "曹婉婷", "吴沁雨"], extra_class=["奚雪莹"], absent_from_10=["奚雪莹"],
         others_named=["陆金娣", "顾桂宝"], teachers=["黄佩玲", "陈韵秋"], form_label="班级人数", form_count="40人",
         roster="volunteer", headteacher="杨秀凤",
         f8="rounds_foot", f10="fail_shade", f11="care_typed", f12="scan_gray",
         findings=[("records.missing_student", 10, False, "奚雪莹"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学生名单暨志愿服务时长统计表: the class with 服务次数 and 累计时长, 40) and the form (`40人`) hold "
                 "奚雪莹; item 10 (TYPED, dated process columns, failing rows shaded with `不及格` in 备注) has 39 rows and none "
                 "for her: records.missing_student and records.count_mismatch. Item 8 (printed, photographed, a bead bracelet on "
                 "some photos): `照护员（学生）` head and a 巡回指导记录 table at the foot (three dated rounds, the teacher's "
                 "initials); the residents 陆金娣 and 顾桂宝 named (not students)"),
    dict(school="天津市武清区雍阳技工学校", pack="dir", region="wq", course="bikes", cls="电商2401班", size=38, seed=21,
         sidp="24060301", students=["古丽娜尔·吐尔逊", "邢嘉诚", "崔思源"], others_named=["杜宝林", "孟凡荣"],
         teachers=["佟宝山", "田秀云"], form_label="班级人数", form_count="38", form_cls="2024级电子商务1班",
         f8="sid_first", f10="correction", f11="detail_thanks", f12="photo_beads",
         findings=[],
         comment="clean. The three include 古丽娜尔·吐尔逊 (a Uyghur name with a middle dot). Form `班级人数 | 38` with the class "
                 "written `2024级电子商务1班` (elsewhere 电商2401班); item 10 (typed) has 38 rows; on one row a part and the "
                 "总分 are struck through and rewritten in red (`复核更正`), the new 总分 the sum. The factory's e-commerce "
                 "supervisor 孟凡荣 is named on the worksheets (企业导师); she and the factory head 杜宝林 sign a 感谢信 "
                 "closing item 11 that names the three students. Item 12: phone photos, a bead bracelet on some. No roster"),
    dict(school="天津市武清区雍阳技工学校", pack="dir", region="wq", course="warehouse", cls="网络2401班", size=40, seed=22,
         sidp="24030101", students=["郭天赐", "韩冰清", "曹俊豪"], outsiders={"曹俊豪": "网络2402班"}, out_sidp="24030202",
         extra_class=["魏子扬"], bad={"魏子扬": "sum"}, others_named=["李长顺"],
         teachers=["马振国", "于晓红"], form_label="班级人数", form_count="40", form_note="40（开班时42人，转出2人）",
         f8="survey_head", f10="diagonal", f11="survey_typed", f12="scan_gray0",
         findings=[("students.not_in_class", 8, True, "曹俊豪"), ("records.invalid_score", 10, False, "魏子扬")],
         comment="曹俊豪 of the parallel class 网络2402班 (his class and 学号 240302xx on his photographed worksheet, typed "
                 "survey report and scanned homework) is the third student of 8/11/12; item 10 (40 rows = form `40（开班时42人，"
                 "转出2人）`) has no record of him: students.not_in_class. Item 10 (scanned 200 gray) has a diagonal head cell "
                 "(斜线表头 评分项目/姓名); 魏子扬's 总分 is 6 above the sum of his parts: records.invalid_score. The warehouse "
                 "supervisor 李长顺 is named on items 8 and 11 (not a student). No roster"),
    dict(school="五原县河套技工学校", pack="zip", region="wy", course="sausage", cls="烹饪241班", size=38, seed=31,
         sidp="2415010", students=["乔梦涵", "贾昊辰", "薛佳琦"], items={8: ["乔梦涵", "贾昊辰", "樊子豪"]},
         extra_class=["樊子豪"], absent_from_10=["__one__"], others_named=["任存旺"],
         teachers=["郝振军", "白翠兰"], form_label="学生人数", form_count="38人", form_note="38人（其中蒙古族2人）",
         f8="stove_head", f10="two_row_head", f11="cost_card", f12="photo_plain",
         findings=[("students.mismatch", 8, True), ("records.count_mismatch", 10, False)],
         comment="item 8 (printed worksheets photographed, a bead bracelet on some photos) holds 乔梦涵, 贾昊辰 and classmate "
                 "樊子豪 (with an item-10 record) instead of 薛佳琦 (items 11 and 12 hold the three): students.mismatch. Item 10 "
                 "(scanned 200 dpi gray, a ginkgo leaf) lists 37; the form says `学生人数 | 38人（其中蒙古族2人）`: "
                 "records.count_mismatch (no roster). Item 11 (typed): a 菜品标准成本卡 per student (制作人 the student, "
                 "审定 the restaurant's head chef 任存旺, not a student)"),
    dict(school="五原县河套技工学校", pack="zip", region="wy", course="spindle", cls="数控241班", size=40, seed=32,
         sidp="2415060", students=["武泽坤", "梁振峰", "段思琪"], items={11: ["武泽坤", "梁振峰"]},
         extra_class=["苏鹏程"], bad={"苏鹏程": "short"}, others_named=["贾存厚"],
         teachers=["樊志刚", "高玉梅", "乔海军"], form_label="学生人数", form_count="40人", roster="plain", headteacher="张桂兰",
         f8="baogong", f10="mono_plain", f11="cmm_scan", f12="photo_beads2",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "苏鹏程")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (scanned 200 dpi gray: 三坐标测量报告 printouts, `操作员` the student) holds the works of only TWO "
                 "students, 武泽坤 and 梁振峰 (段思琪's missing; 8 and 12 hold the three): students.count on 11; "
                 "students.mismatch optional. Item 10 (1-bit 300 dpi scan): 苏鹏程's 总分 is 5 BELOW the sum of his parts: "
                 "records.invalid_score. Roster (typed 花名册, 40) = form `40人` = 40 rows. Item 8 (scanned 200 gray): an MES "
                 "报工单 head with a QR code, `报工人` the student; the oil-mill mechanic 贾存厚 named as 送修师傅 (not a student)"),
]

PROVINCE = {1: "上海市青浦区", 2: "天津市武清区", 3: "内蒙古自治区巴彦淖尔市五原县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 青浦: "08．工作页.pdf" (a full-width dot)
        return "%02d．%s.pdf" % (n, NAMES[n])
    if g == 2:   # 武清: "工作页（成果8）.pdf" (the name, the number at the end)
        return "%s（成果%d）.pdf" % (NAMES[n], n)
    return "%d %s.pdf" % (n, NAMES[n])   # 五原: "8 工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂项目申报书.pdf", "pdf"),
            2: ("申报书（%s）.docx" % c["major"], "docx"),
            3: ("五原河套技校-申报书-%s.docx" % s["cls"], "docx")}[grp(s)]


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


def trow(cells, pad, extra=' align="center"', bg=None):
    ex = extra + (' bgcolor="%s"' % bg if bg else "")
    return "<tr>%s</tr>" % "".join(td(x, ex, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


# ------------------------------------------------------------------ the form

def form_cell(s):
    return s.get("form_note", s["form_count"])


def form_count_text(s):
    return "%s | %s" % (s["form_label"], form_cell(s))


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称/职业技能等级", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    cls = s.get("form_cls", s["cls"])
    if g == 1:   # 青浦: a two-pair table (label | value | label | value)
        info = tbl([["专业名称", (c["major"], ' align="left"'), "专业编码", c["code"]],
                    ["授课课程名称", (c["course"], ' align="left"'), "总学时", "%d" % (c["hours"] * 4)],
                    ["授课学习任务名称", (c["task"], ' align="left"'), "学时", "%d" % c["hours"]],
                    ["授课年级", "2024级", "授课班级", cls],
                    [s["form_label"], form_cell(s), "工位数", "%d" % (s["size"] // 2 + 2)]], width="96%", pad=P)
    else:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", cls), (s["form_label"], form_cell(s)), ("学时", "%d" % c["hours"]),
                ("授课实训室或学习工作站名称", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、目标与内容</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、学习成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、授课教师诚信承诺</h3><p>本人已认真填写并检查以上材料，保证内容真实有效。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 37),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="80%"), situation=c["situation"], prov=PROVINCE[g])
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
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 8", "√ 9", "√ 清楚", "√ 较好"])


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

WEEK = "一二三四五六日"


def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    ovl = []
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "banquet_head":   # a head row 姓名 | 班级 | 学号 | 岗位, the couple named on a banquet notice
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True), "岗位", hand(["值台", "迎宾", "传菜", "酒水"][i % 4], True)]],
                       width="100%", pad="4px 4px")
            notice = tbl([["宴会通知单", "宴会名称：%s、%s新婚喜宴" % (s["others_named"][0], s["others_named"][1])],
                          ["宴会客户", "新郎 %s　新娘 %s" % (s["others_named"][0], s["others_named"][1])],
                          ["桌数／人数", "主桌1桌（16人）、来宾桌11桌（每桌10人）"], ["宴会日期", "2024年10月5日 17:58开席"]],
                         width="90%", pad="2px 6px", align="left")
            body = title + head + sit + notice + answers(c, rng, i) + comment
        elif f == "kanban_card":   # a kanban task card at the top: 任务号 | 领取人 | 学号 | 状态
            box = ("☐待办　☐进行中　%s已完成" % hand("☑", True))
            head = tbl([[("<b>任务看板卡</b>", ' colspan="2"'), "任务号", "KB-%02d-%d" % (7 + s["seed"] % 5, i + 1), "计划完成", hand(day(s, 3 + i)[5:], True)],
                        ["领取人", hand(n), "学号", hand(sid, True), "班级", hand(cl, True)],
                        ["状态", (box, ' colspan="5" align="left"')]], width="100%", pad="4px 5px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "rounds_foot":   # 照护员（学生） head, a 巡回指导记录 table at the foot
            head = '<p>照护员（学生）：%s　　班级：%s　　学号：%s</p><p>照护对象：%s（女，84岁，认知症中度）　　房间：203</p>' % (
                hand(n), hand(cl, True), hand(sid, True), s["others_named"][i % 2])
            rounds = tbl([["巡回时间", "发现的问题", "指导意见", "教师"],
                          [hand("%s 16:20" % day(s, 4 + i)[5:], True), hand(["老人反复问几点了", "活动室太吵", "老人不肯吃晚饭"][i % 3], True),
                           red(["准备大字时钟", "换到小客厅", "先喝点汤再劝"][i % 3]), red(t[0][0])],
                          [hand("%s 17:05" % day(s, 4 + i)[5:], True), hand(["陪伴时站位太近", "折纸步骤太多", "说话语速太快"][(i + 1) % 3], True),
                           red(["侧前方坐下", "减到三步", "放慢、蹲下说"][(i + 1) % 3]), red(t[1][0])],
                          [hand("%s 16:40" % day(s, 9 + i)[5:], True), hand("无", True), red("保持"), red(t[0][0])]],
                         width="100%", pad="3px 4px")
            body = title + head + sit + answers(c, rng, i) + "<p><b>巡回指导记录</b></p>" + rounds + comment
        elif f == "sid_first":   # 学号 first: `学号：__ 学生姓名：__ 班级：__`, the factory's supervisor as 企业导师
            head = '<p>学号：%s　　学生姓名：%s　　班级：%s</p>' % (hand(sid, True), hand(n), hand(cl.replace("班", ""), True))
            body = (title + head + "<p>企业导师：%s（童车厂电商主管）　　任务下达：%s</p>" % (s["others_named"][1], day(s, i))
                    + sit + answers(c, rng, i) + comment)
        elif f == "survey_head":   # a survey-record head: 勘测人 | 学号 | 班级 | 日期 | 陪同
            head = tbl([["勘测人", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)],
                        ["勘测日期", hand(day(s, i), True), "天气", hand("晴", True), "现场陪同", "%s（仓库主管）" % s["others_named"][0]]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "stove_head":   # a head row 灶台号 | 姓名 | 学号 | 班级, the head chef named
            head = tbl([["灶台号", hand("%d号" % (3 + 2 * i), True), "姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]],
                       width="100%", pad="4px 4px")
            body = (title + head + "<p>企业指导：%s（农家菜馆厨师长）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i))
                    + sit + answers(c, rng, i) + comment)
        elif f == "baogong":   # an MES 报工单 head with a QR code at the top right
            head = tbl([[("<b>实训车间报工单</b>", ' colspan="4"'), ("", ' rowspan="3" width="17%"')],
                        ["报工单号", "BG2410%02d%02d" % (s["seed"], i + 1), "工序", "粗车—精车—车螺纹"],
                        ["报工人", hand(n), "学号／班级", hand("%s／%s" % (sid, cl), True)],
                        ["合格数", hand("1", True), "报废数", hand("0", True), "工时 %s h" % hand(["3.5", "4", "3"][i % 3], True)]],
                       width="100%", pad="4px 5px")
            body = (title + head + "<p>送修单位：炒货加工厂（送修师傅：%s）</p>" % s["others_named"][0] + sit + answers(c, rng, i) + comment)
            ovl.append({"type": "qr", "page": i + 1, "x": 0.83, "y": 0.16, "cm": 2.0, "seed": 130 + i})
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names) if ovl else 0, "sheets_per_student": 1, "items": ovl},
                                                          ensure_ascii=False, indent=1))
    meth = {"banquet_head": "x-scanpdf:200:color", "kanban_card": "x-scanpdf:200", "rounds_foot": "x-scanpdf:200:photo:beads",
            "sid_first": "x-scanpdf:200:color", "survey_head": "x-scanpdf:200:photo", "stove_head": "x-scanpdf:200:photo:beads",
            "baogong": "x-scanpdf:200"}[f]
    font = {"kanban_card": "Noto Sans CJK SC", "baogong": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def diag_cell(w_pt, h_pt):
    """A diagonal head cell (斜线表头) as a small picture: 评分项目 top right, 姓名 bottom left."""
    tmp = tempfile.mkdtemp()
    p = os.path.join(tmp, "d.png")
    W, H = int(w_pt * 6), int(h_pt * 6)
    subprocess.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-stroke", "black", "-strokewidth", "4",
                    "-draw", "line 0,0 %d,%d" % (W - 1, H - 1), "-stroke", "none", "-fill", "black", "-font", "Noto-Sans-CJK-SC-Bold",
                    "-pointsize", "%d" % int(H * 0.3), "-gravity", "NorthEast", "-annotate", "+%d+%d" % (W * 0.04, H * 0.05), "评分项目",
                    "-gravity", "SouthWest", "-annotate", "+%d+%d" % (W * 0.05, H * 0.05), "姓名",
                    "-strip", "-define", "png:exclude-chunks=date,time", p], check=True)
    with open(p, "rb") as f:
        b = base64.b64encode(f.read()).decode()
    shutil.rmtree(tmp)
    return '<img src="data:image/png;base64,%s" width="%d" height="%d"/>' % (b, int(w_pt * 1.333), int(h_pt * 1.333))


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    notes = {}
    if f == "star_bonus":   # ☆ after the names of the 服务之星, 3 points added, explained under the table
        parts = [("宴会摆台", 30), ("迎宾引位", 15), ("斟酒服务", 25), ("席间服务", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        stars = set(rng.sample(range(len(rec)), 6))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.92)
            tot = sum(v) + (3 if k in stars else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n + ("☆" if k in stars else "")] + [str(x) for x in v] + [str(tot), ""], pad))
            if k in stars:
                notes[n] = "服务之星 ☆: 总分 = parts + 3 (%d + 3 = %d)" % (sum(v), tot)
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：姓名后标“☆”者为本次婚宴实训评选的“服务之星”（每组一人），另加3分，已计入总分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf", notes
    if f == "blind":   # marked blind by 作品编号; 学号 and 姓名 filled in after unsealing, in the last columns
        parts = [("接线工艺", 20), ("传感器调试", 25), ("PLC程序", 35), ("安全文明", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["作品编号"] + ["%s(%d)" % p for p in parts] + ["总分", "揭封：学号", "姓名"]], pad)]
        order = list(rec)
        rng.shuffle(order)
        for k, n in enumerate(order):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 38
                notes[n] = "PLC程序 38 > 35 (总分 %d, the sum)" % sum(v)
            out.append(trow(["JD-%02d" % (k + 1)] + [str(x) for x in v] + [str(sum(v)), sid_of(s, n), n], pad))
        body = (head10(s, c, "学习任务考核记录（盲评后揭封）") + table(out) +
                "<p>说明：实操作品按作品编号盲评，三名评委合议给分；评分结束后当众揭封，填写学号、姓名。共%d件。</p>" % len(rec) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250:ginkgo", notes
    if f == "fail_shade":   # dated process columns; rows under 60 shaded, 不及格 in 备注
        parts = [("9月10日", 10), ("9月17日", 10), ("9月24日", 10), ("情境实操", 50), ("照护记录", 20)]
        h1 = ('<tr>%s%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程评价（每次10分）</b>", ' align="center" colspan="3"', pad),
                                         td("<b>终结评价</b>", ' align="center" colspan="2"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>备注</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s</b>" % p for p, _ in parts[:3]] + ["<b>%s(%d)</b>" % p for p in parts[3:]], pad)]
        fails = set(rng.sample(range(len(rec)), 2))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.38, 0.55) if k in fails else part_scores(rng, parts, 0.66, 0.97)
            tot = sum(v)
            low = tot < 60
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), "不及格" if low else ""], pad,
                            bg="#f6c9c9" if low else None))
            if low:
                notes[n] = "不及格, shaded (总分 %d, the sum)" % tot
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>注：底色标红者总分不足60分，安排补考。</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "pdf", notes
    if f == "correction":   # one row corrected in red: a part and the 总分 struck and rewritten
        parts = [("详情页文案", 30), ("视觉设计", 25), ("广告投放", 25), ("数据复盘", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        fix = rng.randrange(5, len(rec) - 5)
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if k == fix:
                old, new = v[2], min(25, v[2] + 3)
                cells = [str(v[0]), str(v[1]), '<s>%d</s> %s' % (old, red(str(new))), str(v[3])]
                tot_old, tot_new = sum(v), sum(v) - old + new
                cells.append('<s>%d</s> %s' % (tot_old, red(str(tot_new))))
                out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [red("复核更正 " + t[0][0], "10pt")], pad))
                notes[n] = "red correction: 广告投放 %d -> %d, 总分 %d -> %d (the sum)" % (old, new, tot_old, tot_new)
            else:
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), ""], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf", notes
    if f == "diagonal":   # a diagonal head cell 评分项目 / 姓名
        parts = [("需求勘测", 15), ("点位设计", 20), ("AP安装", 25), ("调试测试", 25), ("文档交付", 15)]
        out = ["<tr>%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center"', pad), td("<b>学号</b>", ' align="center"', pad),
                                        td(diag_cell(66, 26), ' align="center"', "0px"),
                                        "".join(td("<b>%s<br/>(%d)</b>" % p, ' align="center"', pad) for p in parts),
                                        td("<b>总分</b>", ' align="center"', pad))]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            if bad.get(n) == "sum":
                notes[n] = "总分 %d, the parts sum to %d" % (tot, sum(v))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200", notes
    if f == "two_row_head":   # 过程评价 / 成品评价 over their parts
        parts = [("出勤", 10), ("刀工", 15), ("卫生", 15), ("色泽", 20), ("口味", 25), ("成形", 15)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程评价（40分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>成品评价（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:ginkgo", notes
    if f == "mono_plain":   # a plain table scanned 1-bit
        parts = [("工艺分析", 15), ("程序编制", 20), ("车削加工", 40), ("检测", 15), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (5 if bad.get(n) == "short" else 0)
            if bad.get(n) == "short":
                notes[n] = "总分 %d, the parts sum to %d" % (tot, sum(v))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:300:mono", notes
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def label_box(inner):
    return ('<table style="border-collapse:collapse" width="82%%" align="center"><tr><td style="border:3pt double #333;padding:10px 16px">%s</td></tr></table>'
            % inner)


def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    meth = "pdf"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "exhibit_label":   # an exhibit label (展签) in a double frame above the design and the service card
            title, desc = c["outputs"][0]
            lab = ('<p style="text-align:center;font-size:15pt"><b>作品展签</b></p>'
                   '<p>作品名称：《%s》</p><p>设计者：%s　　班级：%s　　学号：%s</p><p>指导教师：%s　　企业导师：%s（酒店宴会部经理）</p>'
                   '<p>设计说明：%s</p>' % (["摇橹船", "并蒂莲", "石桥月"][i % 3], n, cl, sid, t[0], s["others_named"][2], desc))
            parts.append(label_box(lab) + '<h3>%s</h3>' % title +
                         tbl([["台面", "主桌（16人）", "来宾桌（10人）"], ["台布", "蓝印花布台裙", "白色台布"], ["中心装饰", "小木船、荷叶、莲蓬", "青花瓷瓶插荷花"],
                              ["餐具", "青花骨瓷", "白瓷"]], width="86%") +
                         "<h3>%s</h3><p>%s</p><p>制作：%s　　%s</p>" % (c["outputs"][1][0], c["outputs"][1][1], n, day(s, 30 + i)))
        elif f == "debug_typed":   # 调试人, the transfer centre's engineer as 验收
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["调试人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                  ["设备", "交叉带分拣机 3号格口", "验收", "%s（设备科工程师）" % s["others_named"][0]],
                                  ["结果", (desc, ' colspan="3"')]], width="90%") +
                             tbl([["序号", "项目", "调整前", "调整后"], ["1", "光电误报次数（每班）", "17", "1"], ["2", "推包动作时间", "0.9 s", "0.5 s"]], width="90%"))
        elif f == "care_typed":   # 照护员 and the residents
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", s["others_named"][(i + j) % 2], "房间", "20%d" % (3 + j)], ["照护员", "%s（%s）" % (n, cl), "带教老师", t[j % 2]],
                                  ["时段", "16:00—18:00", "日期", day(s, 30 + i)], ["要点", (desc, ' colspan="3"')]], width="90%"))
        elif f == "detail_thanks":   # the detail-page copy and the ad plan, 撰写人 the student
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3><p>撰写人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["项目", "优化前", "优化后"], ["标题", "Kids Balance Bike", "Kids Balance Bike for 2-5 Years, No Tools Needed"],
                                  ["卖点", "轻便", "安全圆角、座高可调、重量2.6公斤"]] if j == 0 else
                                 [["关键词", "匹配方式", "日预算"], ["balance bike toddler", "精准", "8美元"], ["kids bike no pedal", "词组", "7美元"],
                                  ["first bike for 2 year old", "广泛", "5美元"]], width="92%") + "<p>%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
        elif f == "survey_typed":   # 勘测人, the warehouse supervisor as 签收
            title, desc = c["outputs"][0]
            parts.append('<h3 style="text-align:center">%s</h3>' % title +
                         tbl([["勘测人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)], ["仓库签收", "%s（仓库主管）" % s["others_named"][0], "审核", t[i % 2]]], width="90%") +
                         tbl([["区域", "测试点", "信号强度(dBm)", "结论"], ["A区货架", str(12 + i), "-%d" % (71 + i), "弱"], ["B区货架", str(14 - i), "-%d" % (62 + i), "合格"],
                              ["收货月台", "8", "-55", "良好"]], width="90%") + "<p>%s</p>" % desc)
            title, desc = c["outputs"][1]
            parts.append('<h3 style="text-align:center">%s</h3><p>编制：%s（%s）</p>' % (title, n, cl) +
                         tbl([["AP编号", "位置", "信道", "发射功率"], ["AP-07", "A区3排顶部", "1", "17 dBm"], ["AP-08", "A区7排顶部", "6", "17 dBm"],
                              ["AP-09", "B区2排顶部", "11", "15 dBm"]], width="80%") + "<p>%s</p>" % desc)
        elif f == "cost_card":   # a standard cost card per dish: 制作人 the student, the head chef as 审定
            title, desc = c["outputs"][0]
            dish = ["五原灌肠（煎）", "河套烩酸菜", "椒香灌肠"][i % 3]
            rows = [["原料名称", "用量(克)", "单价(元/500克)", "金额(元)"],
                    ["灌肠", "%d" % (300 + 20 * i), "9.00", "%.2f" % ((300 + 20 * i) * 9 / 500)],
                    ["五花肉", "80", "16.00", "2.56"], ["酸菜", "150", "4.00", "1.20"], ["粉条", "50", "8.00", "0.80"],
                    ["调料、燃气", "—", "—", "1.50"]]
            cost = sum(float(r[3]) for r in rows[1:])
            parts.append('<h3 style="text-align:center">%s</h3>' % title +
                         tbl([["菜名", dish, "份量", "1份（约450克）"], ["制作人", n, "班级／学号", "%s／%s" % (cl, sid)]], width="92%") +
                         tbl(rows + [["合计成本", "", "", "%.2f" % cost],
                                     ["建议售价", "%d元" % (28 + 2 * i), "毛利率", "%.0f%%" % (100 * (1 - cost / (28 + 2 * i)))]], width="92%") +
                         "<p>核算：%s　　审定：%s（厨师长）　　%s</p><p>%s</p>" % (t[i % 2], s["others_named"][0], day(s, 30 + i), desc))
            title, desc = c["outputs"][1]
            parts.append('<h3>%s</h3><p>出品人：%s　　%s</p><p>%s</p>' % (title, n, day(s, 31 + i), desc))
        elif f == "cmm_scan":   # a CMM report printout per student: 操作员 the student
            title, desc = c["outputs"][0]
            parts.append('<p style="font-family:\'Noto Sans Mono CJK SC\';font-size:9pt">PC-DMIS 测量报告　　零件名：剥壳机主轴　　图号：BK-ZZ-0%d<br/>'
                         '操作员：%s（%s，学号%s）　　日期：%s　　检验：%s</p>' % (i + 1, n, cl, sid, day(s, 30 + i), t[i % 3]) +
                         tbl([["特征", "名义值", "上偏差", "下偏差", "实测值", "偏差", "判定"],
                              ["直径 D1 轴承位", "30.000", "+0.015", "+0.002", "30.0%02d" % (12 - i), "+0.0%02d" % (12 - i), "OK"],
                              ["直径 D2", "36.000", "0", "-0.025", "35.98%d" % (6 + i), "-0.01%d" % (4 - i), "OK"],
                              ["长度 L1", "182.00", "+0.10", "-0.10", "182.0%d" % (3 + i), "+0.0%d" % (3 + i), "OK"],
                              ["同轴度", "0.000", "0.020", "—", "0.01%d" % (1 + i), "—", "OK"]], width="100%", pad="1px 3px") +
                         "<p>%s</p>" % desc)
            parts.append('<h3>%s</h3><p>编程：%s　　%s</p><p style="font-family:\'Noto Sans Mono CJK SC\';font-size:9pt">%s</p>'
                         % (c["outputs"][1][0], n, cl, "<br/>".join(["O3021;", "G99 G40 G21;", "T0101;", "M03 S800;", "G00 X42 Z2;",
                                                                  "G71 U1.5 R0.5;", "G71 P10 Q20 U0.3 W0.05 F0.2;", "……", "M30;"])))
            meth = "x-scanpdf:200"
        else:
            raise SystemExit(f)
    if f == "detail_thanks":
        parts.append('<h2 style="text-align:center">感　谢　信</h2><p>天津市武清区雍阳技工学校电商2401班：</p>'
                     '<p>　　贵校电商班%s、%s、%s三位同学在我厂跨境店铺实训期间，重写了儿童平衡车的英文详情页，调整了站内广告关键词。'
                     '两周后详情页转化率由百分之一点一提高到百分之二点三，广告花费占比下降了四个百分点。特此致谢！</p>'
                     '<p style="text-align:right">武清区王庆坨镇童车厂　厂长：%s　　电商主管：%s<br/>2024年12月6日</p>'
                     % (names[0], names[1], names[2], s["others_named"][0], s["others_named"][1]))
    font = "Noto Serif CJK SC" if f != "cmm_scan" else "Noto Sans CJK SC"
    return "11.html", html(PB.join(parts), font=font), meth


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
        if f == "hand_ginkgo":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "mono_hand":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　学号：%s　班级：%s" % (n, sid, cl)]
        elif f == "scan_gray":
            head = ["课后练习", "> %s　%s　学号%s" % (cl, n, sid[-2:])]
        elif f == "photo_beads":
            head = ["跨境电商课后作业", "> 班级：%s　学号：%s　姓名：%s" % (cl.replace("班", ""), sid, n)]
        elif f == "scan_gray0":
            head = ["无线网络课后作业", "> 学生：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "photo_plain":
            head = ["河套风味菜课后作业", "> 姓名 %s　%s" % (n, cl)]
        elif f == "photo_beads2":
            head = ["数控车削课后作业", "> 班级：%s　姓名：%s" % (cl, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"hand_ginkgo": "x-scan:200:4:ginkgo", "mono_hand": "x-scan:200:3:mono", "scan_gray": "x-scan:250:1",
            "photo_beads": "x-photo:200:1:beads", "scan_gray0": "x-scan:200:0", "photo_plain": "x-photo:200:2",
            "photo_beads2": "x-photo:200:1:beads"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    g = bare(n)[1:]
    return "男" if g in ("子恒", "奕辰", "晨阳", "宇杰", "文轩", "嘉诚", "思源", "天宇", "子扬", "俊豪", "宇航", "子豪", "泽宇", "晓峰", "鹏程",
                         "一帆", "梓睿", "沐阳", "锦涛", "炜杰", "家明", "家俊", "佳乐", "振宇", "明杰", "嘉伟", "凯瑞", "宏伟", "小龙", "秋实",
                         "冬阳", "瑞阳", "海峰", "逸凡", "逸飞", "昊天", "伟杰", "星辰", "承宇", "皓宇", "锦轩", "靖宇", "熠辰", "晟杰", "浩轩",
                         "佳豪", "俊宇", "雨轩", "嘉豪", "浩宇", "一凡", "铭轩", "子墨", "晨宇", "宇辰", "嘉禾", "辰逸", "梓航", "博远", "柯宇",
                         "尚泽", "凯歌", "志鹏", "建勋", "国宇", "永杰", "海鹏", "红旭", "旭东", "振华", "立伟", "浩南", "子健", "宇豪", "泽浩",
                         "嘉航", "俊逸", "昊辰", "宇泽", "博涵", "睿哲", "涛", "航", "哲", "磊", "云帆", "星晖", "闻笛") else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "volunteer":   # the class list with its volunteer hours (志愿服务时长)
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in
                                        ["序号", "学号", "姓名", "性别", "服务次数", "累计时长（小时）", "主要服务单位"])]
        rng = random.Random(s["seed"] * 99)
        units = ["盈浦街道长者照护之家", "夏阳街道日间照料中心", "朱家角镇敬老院"]
        for j, n in enumerate(k):
            times = rng.randint(3, 9)
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), str(times), "%.1f" % (times * rng.choice([1.5, 2, 2.5])), units[j % 3]], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单<br/>暨志愿服务时长统计表</h2><p style="text-align:center">%s　2024—2025学年第一学期（截至12月20日）</p>'
                % (s["cls"], s["school"]) + table(rows, width="94%") +
                "<p>班主任：%s　　　合计：%d人　　　统计：校团委志愿服务部</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（志愿服务时长）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "plain":   # a plain typed 花名册
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "备注"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "班长" if j == 4 else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生花名册</h2>' % (s["school"], s["cls"]) + table(rows, width="80%") +
                "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-thirtieth held-out people corpus (testdata/heldout130), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + [x for x in s.get("extra_class", []) if not x.startswith("__")]
                         + list(s.get("outsiders", {})) + [x for v in s.get("items", {}).values() for x in v]])
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
    per = [set(s["students"] + s.get("extra_class", [])) - {"__one__"} for s in SUBS]
    assert sum(map(len, per)) == len(set().union(*per)), "a planted name stands in two submissions"
    people = all_planted + all_teachers + all_others
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            if near(a, b):
                raise SystemExit("%s is near %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 130)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed and not n.startswith("__")]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        absent = list(s.get("absent_from_10", []))
        if "__one__" in absent:   # one unnamed classmate has no record (the form counts the whole class)
            cand = [n for n in s["klass"] if n not in fixed]
            absent = [random.Random(s["seed"]).choice(cand)]
            s["absent_named"] = absent
        rec = [n for n in s["klass"] if n not in absent]
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
        d = os.path.join(SRC, s["school"], s["sub"])
        write(os.path.join(SRC, s["school"], "pack"), s["pack"] + "\n")
        man = ["# source\tfile name\tmethod\tkind\titem"]
        fn, fm = form_name(s, c)
        write(os.path.join(d, "form.html"), form_html(s, c))
        man.append("form.html\t%s\t%s\tform\t0" % (fn, fm))
        for n in (1, 2, 3, 4, 5, 6, 7, 9):
            write(os.path.join(d, "%02d.txt" % n), SHORT[n].format(school=s["school"], prov=PROVINCE[grp(s)], **c) + "\n")
            man.append("%02d.txt\t%s\tpdf\titem\t%d" % (n, file_name(s, n), n))
        meths = {}
        nm8, tx8, m8 = item8(s, c, items[8], d)
        nm10, tx10, m10, notes = item10(s, c, rec)
        nm11, tx11, m11 = item11(s, c, items[11], d)
        nm12, tx12, m12 = item12(s, c, items[12])
        for n, nm, tx, meth in ((8, nm8, tx8, m8), (10, nm10, tx10, m10), (11, nm11, tx11, m11), (12, nm12, tx12, m12)):
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
        comment = s["comment"]
        if s.get("absent_named"):
            comment += " (the classmate without a record: %s, named nowhere)" % s["absent_named"][0]
        sub = {
            "comment": comment, "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": notes, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
