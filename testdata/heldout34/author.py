#!/usr/bin/env python3
"""Write the sources of the thirty-fourth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 固原
(Ningxia), 琼海 (Hainan) and 格尔木 (Qinghai, 海西州).

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
# the truth files read for names, tasks and courses to avoid (heldout31..33 are written
# at the same time by other hands and were not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 31)] + ["othertools"]

# surnames by region, repeated to mimic their frequency in a real class:
# 固原 (Hui and Han: 马 above all, 海 丁 苏 田 虎 锁 禹 摆, and 拓, a local surname of 西吉/固原),
# 琼海 (王 陈 吴 林 符 above all, 邢 冯 莫 云 蔡 庞 卢), 格尔木 (migrants from all over:
# 张 王 李 刘 陈, 祁 and 鲁 of the Tu, and Tibetan names without surname below)
SURNAMES = {
    "gy": list("马马马马马王王王李李杨杨张张海丁苏田虎锁禹何刘赵拓摆"),
    "qh": list("王王王陈陈陈吴吴林林符符符李黄邢冯莫云蔡何周卢梁庞"),
    "gm": list("张张王王王李李刘刘陈赵马马杨韩祁鲁郭孙周徐"),
}
TIBETAN = ("才让多杰 索南卓玛 拉毛措 多杰才旦 尕藏措 更登加 卓玛吉 扎西东智 仁青措 旦增尼玛 "
           "桑杰加 才让吉 完玛措 索南扎西 东智才让").split()
# given names: a new list, of names given around 2006-2009 (and a few of the Hui of 固原)
GIVEN2 = ("子轩 浩宇 梓涵 欣怡 雨涵 俊杰 嘉豪 思雨 佳怡 宇航 子豪 梦琪 晨阳 雅婷 文轩 一凡 心怡 家豪 欣悦 "
          "天宇 俊熙 语嫣 雨欣 晓雯 伟豪 佳豪 泽宇 可欣 思彤 梓豪 诗琪 志远 鹏飞 婉婷 瑞琪 晓东 佳乐 "
          "雪莹 明轩 子怡 浩然 若曦 玉洁 慧敏 文静 永强 旭东 宏宇 梦洁 嘉欣 俊豪 佳琪 紫涵 海龙 "
          "学成 玉梅 国福 晓燕 少杰 诗婷 锦华 宇豪 思琪 雨桐 建华 亚楠").split()
GIVEN1 = list("婷磊鑫杰悦瑶斌蕊")


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
    """one character from, or a part of, the other"""
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_one(rng, region):
    if region == "gm" and rng.random() < 0.12:
        return rng.choice(TIBETAN)
    g = rng.choice(GIVEN1) if rng.random() < 0.10 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue   # refused: an earlier corpus's name, another class's, or near a name of this class
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "mutton": dict(major="烹饪(中式烹调)", code="0501", course="西北清真风味菜肴制作", task="清真手抓羊肉与油香制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="固原一家清真餐厅在开斋节前要推出手抓羊肉和油香的节日套餐，厨师长请烹饪班学员按清真饮食要求选料、焯水、清炖手抓羊肉，调制蒜汁和椒盐蘸料，和面、醒面并炸制油香，出品后按套餐标准装盘，做好成本核算和卫生整理。",
   qs=[("问题1 清炖手抓羊肉为什么要冷水下锅焯水？", ["冷水下锅能让肉里的血水慢慢渗出，撇去浮沫后汤色清亮，肉没有膻味。", "让血水慢慢出来，汤清。", "去膻味，撇浮沫。"]),
       ("问题2 炸油香时油温怎样控制？", ["油温六成热下坯，炸到鼓起后翻面，保持中火，颜色金黄就出锅。", "六成热下锅，中火炸。", "鼓起翻面，金黄出锅。"])],
   hw=[("1. 清真厨房在原料管理上有哪些要求？", ["原料要来自清真供应商，生熟分开，刀具、砧板和餐具专用，不能混用。", "原料清真，生熟分开。", "刀具砧板专用。"]),
       ("2. 油香的面团为什么要醒发？", ["醒面让面筋松弛，擀开不回缩，炸出来松软。", "面筋松弛，好擀。", "炸出来松软。"])],
   outputs=[("手抓羊肉制作报告", "羊肉选用六盘山滩羊前腿，清炖一个半小时。"), ("油香制作报告", "每个面坯五十克，出品四十个。"), ("节日套餐成本核算", "每份成本三十八元。")]),
 "astragalus": dict(major="中药", code="1301", course="中药饮片切制与干燥", task="六盘山黄芪饮片切制与干燥",
   hours=16, station="中药炮制一体化学习工作站",
   situation="六盘山区的一家中药材合作社收购了一批黄芪原药材，委托学校中药实训室加工成斜片饮片。实训室主任请中药班学员对原药材净选、润制，按规格切制斜片，控制干燥温度，检查饮片的片型、厚度和水分，填写切制与干燥记录。",
   qs=[("问题1 黄芪为什么要切成斜片？", ["黄芪是长条形的根，切斜片片面大，能看清断面的菊花心，便于鉴别和煎出成分。", "片面大，好鉴别。", "能看到菊花心。"]),
       ("问题2 润制时为什么要少泡多润？", ["泡得太久有效成分会流失，少泡多润让水分慢慢渗进去，软硬适度再切。", "防止成分流失。", "软硬适度再切。"])],
   hw=[("1. 饮片干燥温度一般控制在多少？", ["一般不超过八十度，黄芪这类含糖多的药材六十度左右，防止焦化。", "不超过八十度。", "六十度左右。"]),
       ("2. 斜片厚度的规格是多少？", ["斜片厚二到四毫米，长度一般在一到四厘米。", "二到四毫米。", "长一到四厘米。"])],
   outputs=[("黄芪切制记录", "斜片厚三毫米，片型整齐。"), ("饮片干燥记录", "六十度干燥四小时，水分百分之十。"), ("饮片质量检查记录", "碎片率低于百分之三。")]),
 "teabreak": dict(major="饭店(酒店)服务", code="0504", course="会议服务", task="博鳌会议茶歇布置与会场引导服务",
   hours=16, station="会议服务一体化学习工作站",
   situation="博鳌一家会议酒店承接了一场两百人的热带农业论坛，会务组要求上午和下午各安排一次茶歇，茶歇台要有海南特色茶点，会场入口设签到和引导。酒店会议服务部请酒店班学员设计茶歇台布置方案，完成签到引导、茶歇补台和会场巡视服务。",
   qs=[("问题1 茶歇台为什么要分区摆放？", ["把饮品区、点心区和水果区分开，宾客按顺序取用，不会拥挤，补台也方便。", "宾客不拥挤。", "方便补台。"]),
       ("问题2 会议进行中服务员怎样续水？", ["从宾客右侧轻步上前，侧身续水到杯子七分满，不打扰发言。", "右侧轻步续水。", "七分满，不打扰。"])],
   hw=[("1. 签到引导时遇到没有报名的宾客怎么办？", ["礼貌请宾客稍等，马上联系会务组核实，确认后补登记并引导入座。", "联系会务组核实。", "核实后补登记。"]),
       ("2. 海南特色茶点可以选哪些？", ["椰子糕、清补凉、斑斓糕和鸡屎藤饼，配咖啡和老爸茶。", "椰子糕、清补凉。", "斑斓糕。"])],
   outputs=[("茶歇台布置方案", "上午茶歇设三个取餐区。"), ("签到引导流程", "签到台设在二楼电梯口。"), ("会场服务巡视记录", "下午补台两次。")]),
 "brake": dict(major="汽车维修", code="0403", course="汽车制动系统检修", task="海边车辆制动盘锈蚀检查与更换",
   hours=18, station="汽车维修一体化学习工作站",
   situation="琼海靠海，空气潮湿含盐，不少车辆的制动盘锈蚀严重，刹车时有异响和抖动。一家汽修厂请汽修班学员接车问诊，拆检前轮制动器，测量制动盘厚度和端面跳动，判断是否更换，完成制动盘和制动片的更换，并向车主说明海边用车的保养要点。",
   qs=[("问题1 制动盘厚度怎样测量？", ["用外径千分尺在制动盘摩擦面上均匀取八个点测量，取最小值和标准比较。", "千分尺测八个点。", "取最小值比较。"]),
       ("问题2 端面跳动超标会有什么现象？", ["刹车时方向盘和踏板抖动，制动片磨损不均匀。", "刹车时抖动。", "磨损不均匀。"])],
   hw=[("1. 制动盘锈蚀到什么程度要更换？", ["锈坑深、摩擦面出现台阶，或者厚度低于最小厚度就要更换。", "厚度低于最小值要换。", "锈坑深要换。"]),
       ("2. 海边用车制动系统怎样保养？", ["经常洗车冲掉盐分，长时间停放后先低速轻踩几次刹车去锈。", "常冲洗盐分。", "停久了先轻踩刹车。"])],
   outputs=[("维修工单", "前轮制动盘最小厚度二十五点八毫米，更换。"), ("制动盘测量记录", "端面跳动零点零八毫米，超标。"), ("竣工检验单", "路试制动无抖动。")]),
 "dragonboat": dict(major="计算机动画制作", code="0306", course="二维宣传动画设计与制作", task="万泉河龙舟赛二维宣传动画制作",
   hours=18, station="动画制作一体化学习工作站",
   situation="琼海每年端午在万泉河上举办龙舟赛，市文体部门想在赛前推出一支一分钟的二维宣传动画。动画工作室请动画班学员编写剧本，设计龙舟和人物角色，绘制场景，完成关键帧动画和配乐合成，并提交作品参加本市中职学生动画作品展评。",
   qs=[("问题1 一分钟的宣传动画怎样安排镜头？", ["开头三到五秒交代万泉河场景，中间是龙舟竞渡的快节奏镜头，结尾留出活动时间和地点。", "开头交代场景。", "结尾写时间地点。"]),
       ("问题2 划桨动作为什么要做循环动画？", ["划桨是重复动作，做好一个循环能反复使用，节省工作量，节奏也统一。", "重复动作可以循环。", "节省工作量。"])],
   hw=[("1. 关键帧和中间帧有什么区别？", ["关键帧决定动作的起止和转折，中间帧补在关键帧之间让动作连贯。", "关键帧定动作转折。", "中间帧让动作连贯。"]),
       ("2. 配乐合成要注意什么？", ["鼓点和划桨节奏对上，音乐版权要合法，音量不盖过解说。", "鼓点对上划桨。", "版权合法。"])],
   outputs=[("二维宣传动画《龙舟竞渡万泉河》", "时长一分零五秒。"), ("角色设计稿", "龙舟鼓手和舵手各一套转面图。"), ("分镜头台本", "共二十四个镜头。")]),
 "potash": dict(major="机电一体化技术", code="0127", course="输送设备电气控制与调速", task="盐湖钾肥输送带PLC控制与变频调速装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="格尔木察尔汗盐湖的一家钾肥厂要改造成品仓库的带式输送机，原来的继电器控制经常出故障。设备科请机电班学员按图纸安装PLC和变频器，连接急停、跑偏和打滑保护开关，编写顺序启停程序，设置变频器参数实现多段速调速，完成空载和带载调试。",
   qs=[("问题1 多条输送带为什么要逆物流方向启动？", ["先启动下游的输送带，再启动上游的，物料才不会在转接处堆积压死。", "先开下游再开上游。", "防止物料堆积。"]),
       ("问题2 跑偏开关动作后PLC应怎样处理？", ["轻度跑偏报警提示，重度跑偏立即停机，并记录故障。", "轻度报警，重度停机。", "记录故障。"])],
   hw=[("1. 变频器多段速怎样设置？", ["用多功能输入端子组合选择速度段，在参数里设好各段频率和加减速时间。", "端子组合选速度。", "参数里设频率。"]),
       ("2. 盐湖环境对电气设备有什么影响？", ["空气含盐易腐蚀端子和触点，控制柜要密封防尘，定期检查紧固。", "盐分腐蚀端子。", "控制柜要密封。"])],
   outputs=[("PLC输入输出分配表与程序", "急停接入X0，跑偏开关接入X3。"), ("变频器参数设置记录", "三段速分别为二十、三十五、五十赫兹。"), ("联动调试记录", "带载运行两小时无故障。")]),
 "wolfberry": dict(major="电子商务", code="0603", course="网店客户服务", task="柴达木枸杞网店客服接待与售后处理",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="格尔木一家枸杞企业在电商平台开了旗舰店，双十一前咨询量猛增，客服跟不上。运营主管请电商班学员整理常见问题和快捷回复，轮班接待买家咨询，处理物流延误、破损和退换货，统计客服数据并提出改进意见。",
   qs=[("问题1 买家问黑枸杞和红枸杞有什么区别，怎样回复？", ["如实说明两者的品种和吃法不同，不夸大功效，推荐适合买家的规格。", "如实介绍，不夸大。", "推荐合适规格。"]),
       ("问题2 快捷回复为什么要定期更新？", ["活动规则、发货时间和物流情况会变化，旧回复会误导买家。", "规则会变化。", "避免误导买家。"])],
   hw=[("1. 买家收到的枸杞受潮结块怎样处理？", ["先道歉，请买家拍照，核实后补发或退款，并反馈给仓库检查包装。", "拍照核实后补发。", "反馈仓库。"]),
       ("2. 客服数据主要看哪些指标？", ["首次响应时间、询单转化率和好评率。", "响应时间、转化率。", "好评率。"])],
   outputs=[("常见问题快捷回复表", "共整理二十八条。"), ("售后处理登记表", "破损补发九单。"), ("客服数据周报", "首次响应时间二十一秒。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="固原市六盘山技工学校", pack="dir", region="gy", course="mutton", cls="烹饪2401班", size=38, seed=11,
         sidp="24640501", students=["马雨萱", "海俊熙", "丁雅婷"], others_named=["虎占林"],
         teachers=["苏建平", "杨秀兰"], form_count="38人",
         f8="line_rollers", f10="subtotal", f11="dish_report", f12="grid_paper", findings=[],
         comment="clean. Item 10 (TYPED) runs over two pages with a foot row on each page (`本页小计：20人　本页平均分 …`, "
                 "`本页小计：18人 …`) and a class total row at the end (`全班合计：38人　平均分 …　最高分 …　最低分 …`): "
                 "the subtotal rows are no students, 38 rows = form `38人`. Item 8 (scanned 200 dpi gray, ADF roller marks): "
                 "`姓名＿ 学号＿ 班级＿` by hand, the restaurant's chef 虎占林 named on every sheet (not a student). Item 12: "
                 "homework written on 方格稿纸 (green grid paper, one character a square), photographed with a binder clip "
                 "at the top. No roster"),
    dict(school="固原市六盘山技工学校", pack="dir", region="gy", course="astragalus", cls="中药2401班", size=39, seed=12,
         sidp="24641301", students=["拓雨欣", "禹浩然", "田佳乐"], extra_class=["锁玉洁"], absent_from_10=["锁玉洁"],
         teachers=["金学礼", "何淑贤"], form_count="39人", roster="idcard_receipt", headteacher="马桂英",
         f8="head_table", f10="plain_grade", f11="herb_record", f12="name_photo",
         findings=[("records.missing_student", 10, False, "锁玉洁"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学生证领取签收表: `序号 学号 姓名 性别 民族 学生证号 领取人签字 领取日期`, every student's "
                 "signature by hand; scanned 200 dpi gray with ADF roller marks, 39) and the form (`学生人数 | 39人`) hold "
                 "锁玉洁; item 10 (TYPED, plain table with 等级) has 38 rows and none for her: records.missing_student and "
                 "records.count_mismatch. The signatures repeat the names (legal)"),
    dict(school="琼海市万泉河技工学校", pack="gbkzip", region="qh", course="teabreak", cls="酒店2401班", size=40, seed=21,
         sidp="2446050401", students=["符诗琪", "邢晓雯", "莫语嫣"], outsiders={"莫语嫣": "酒店2402班"}, out_sidp="2446050402",
         others_named=["庞丽娟"], teachers=["陈少雄", "王美玲"], form_count="40人",
         f8="photo_box", f10="plain_remark", f11="plan_typed", f12="hand_wenkai",
         findings=[("students.not_in_class", 8, True, "莫语嫣")],
         comment="莫语嫣 of the parallel class 酒店2402班 (her class and 学号 on her worksheet, typed plan and homework) is "
                 "the third student of 8/11/12; item 10 (TYPED, 40 rows = form `40人`, a 备注 column) has no record of her: "
                 "students.not_in_class. Item 8 (colour scan 200 dpi, CIS colour fringing): a head table with an empty "
                 "`照片` box (一寸照片) beside 姓名/性别/班级/学号 by hand; the conference contact 庞丽娟 named (not a student). "
                 "No roster"),
    dict(school="琼海市万泉河技工学校", pack="gbkzip", region="qh", course="brake", cls="汽修2402班", size=41, seed=22,
         sidp="24460403", students=["云俊杰", "冯泽宇", "蔡家豪"], items={11: ["云俊杰", "冯泽宇"]},
         extra_class=["吴海川"], bad={"吴海川": "over"}, others_named=["梁亚平"],
         teachers=["林海涛", "卢振华"], form_count="41人",
         f8="fax_line", f10="two_row_head", f11="repair_order", f12="exam_head",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "吴海川")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 维修工单, 测量记录, 竣工检验单 with `维修技师：<name>（<class>）`, the car owner 梁亚平 as 送修人) "
                 "holds the works of only TWO students, 云俊杰 and 冯泽宇 (蔡家豪's are missing; 8 and 12 hold the three): "
                 "students.count on 11; students.mismatch optional. Item 10 (1-bit 200 dpi, a fax-like scan) has a two-row "
                 "head (过程考核（40分）/结果考核（60分）); 吴海川 has 33 under `拆装(30)` (总分 the sum): "
                 "records.invalid_score. Item 12: a 课后测验 with a 题号/得分 box at the top. No roster"),
    dict(school="琼海市万泉河技工学校", pack="gbkzip", region="qh", course="dragonboat", cls="动画2301班", size=36, seed=23,
         sidp="23460306", students=["周梓涵", "欧阳子晴", "黄文轩"], items={12: ["周梓涵", "欧阳子晴", "何明轩"]},
         extra_class=["何明轩", "李晨熙"], bad={"李晨熙": "sum"},
         teachers=["王春梅", "吴国栋"], form_count="36人",
         f8="group_head", f10="plain_total", f11="entry_form", f12="clip_photo",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "李晨熙")],
         comment="item 12 (phone photos, a binder clip on each sheet) holds the homework of 周梓涵, 欧阳子晴 (compound surname) "
                 "and classmate 何明轩 (with an item-10 record) instead of 黄文轩's (items 8 and 11 hold the three): "
                 "students.mismatch. Item 10 (TYPED, plain table with 总评 and 等级): 李晨熙's 总评 is 8 below the sum of "
                 "his parts: records.invalid_score. Item 11: typed 参赛报名表 (作者, 作者签名 by hand). No roster"),
    dict(school="格尔木市昆仑技工学校", pack="zip", region="gm", course="potash", cls="机电2401班", size=40, seed=31,
         sidp="24630127", students=["祁永强", "韩旭东", "鲁宏宇"], extra_class=["才让多杰", "郭子豪"], absent_from_10=["郭子豪"],
         bad={"才让多杰": "sum"}, teachers=["赵建青", "索南才让"], form_count="40人",
         f8="plain_line", f10="comment_row", f11="debug_typed", f12="name_line_photo",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "才让多杰")],
         comment="item 10 (scanned 250 dpi gray, ADF roller marks) lists 39; the form says `机电2401班（40人）`: "
                 "records.count_mismatch (no roster). Each student takes two lines: the scores, then a merged `评语：…` line "
                 "under them (78 table lines for 39 students; legal). 才让多杰's 总分 (Tibetan name without surname) is 6 "
                 "above the sum of his parts: records.invalid_score. One teacher has a Tibetan name (索南才让)"),
    dict(school="格尔木市昆仑技工学校", pack="zip", region="gm", course="wolfberry", cls="电商2402班", size=37, seed=32,
         sidp="24630603", students=["刘芷若", "卓玛吉", "陈嘉豪"], items={8: ["刘芷若", "卓玛吉", "陈嘉豪", "孙梓豪"]},
         extra_class=["孙梓豪"], teachers=["马晓红", "徐振国"], form_count="37人", roster="plain_nation", headteacher="韩丽萍",
         f8="badge", f10="plain_nation", f11="aftersale_typed", f12="hand_ukai",
         findings=[("students.count", 8, False)], optional=[("students.mismatch", 8, True)],
         comment="item 8 (colour scan 200 dpi, CIS colour fringing) holds FOUR worksheets: the three and classmate 孙梓豪 "
                 "(with an item-10 record): students.count on 8; students.mismatch optional. Each worksheet has a printed "
                 "实训工牌 (badge: 姓名, 岗位 客服专员, 工号 = 学号) at the top left. The roster (typed 学生名单 with 民族: 汉族, "
                 "藏族, 回族, 土族; 37) = item 10 (TYPED, 37 rows) = form `37人`. 卓玛吉 is a Tibetan name without surname"),
]

PROVINCE = {1: "宁夏回族自治区固原市", 2: "海南省琼海市", 3: "青海省海西蒙古族藏族自治州格尔木市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 固原: "8．工作页.pdf" (a full-width point after the number)
        return "%d．%s.pdf" % (n, NAMES[n])
    if g == 2:   # 琼海: "No.8 工作页.pdf"
        return "No.%d %s.pdf" % (n, NAMES[n])
    return "项目%d_%s.pdf" % (n, NAMES[n])   # 格尔木: "项目8_工作页.pdf"


def form_name(s, c):
    return {1: ("优质课堂申报书（%s）.pdf" % c["task"], "pdf"),
            2: ("%s-申报书.docx" % c["major"].split("(")[0], "docx"),
            3: ("申报书_%s.docx" % s["cls"], "docx")}[grp(s)]


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


def hand(x, small=False, ink=BLUE, size=None, font="AR PL UKai CN"):
    return '<span style="font-family:\'%s\';color:%s;font-size:%s">%s</span>' % (
        font, ink, size or ("13pt" if small else "15pt"), x)


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

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 固原: two columns, 学生人数
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    elif g == 2:   # 琼海: four columns, two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    else:   # 格尔木: 授课对象 = class and size in one cell
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生接受任务后分组收集资料、制定工作计划，经教师审核后小组做出决策并实施，教师巡回指导、控制质量和安全，最后各组展示成果，开展自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在真实情境中完成任务，专业能力和职业素养都有提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=5 + s["seed"] % 17, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n本学期安排“{task}”，共{hours}学时。\n三、考核\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查验收、评价反馈。",
    3: "{school}\n{task}教学活动策划\n学习活动1　明确任务，获取信息\n学习活动2　制定计划，做出决策\n学习活动3　实施计划，过程控制\n学习活动4　检查验收，评价反馈",
    4: "{school}\n{course}教学进度计划（{hours}学时）\n第1周　明确任务、获取信息\n第2周　制定计划并做出决策\n第3周　实施计划\n第4周　检查验收、评价反馈",
    5: "{school}\n{task}教学活动方案\n第1学时　创设情境、下达任务\n第2—4学时　引导问题学习\n其余学时　分组实施、巡回指导、成果展示与评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业标准、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为信息区、计划区、实施区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核分过程考核和结果考核两部分，成绩由任课教师记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 7 + k * 5) % 26)


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
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "line_rollers":   # 姓名＿ 学号＿ 班级＿ by hand; the restaurant's chef named
            head = '<p>姓名＿%s＿　学号＿%s＿　班级＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = (title + head + '<p>合作企业：固原某清真餐厅　　企业指导：%s（厨师长）</p>' % s["others_named"][0]
                    + sit + answers(c, rng, i) + comment)
        elif f == "head_table":   # a bordered head row 班级 | 姓名 | 学号 | 日期
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "photo_box":   # a head table with an (empty) 一寸照片 box
            P4 = "6px 4px"
            rows = ('<tr>%s%s%s%s%s</tr>' % (td("<b>姓　名</b>", ' align="center" width="14%"', P4), td(hand(n, True), ' width="24%"', P4),
                                             td("<b>性　别</b>", ' align="center" width="14%"', P4), td(hand("女", True), ' width="24%"', P4),
                                             td('<span style="color:#888">照<br/>片<br/><br/><span style="font-size:8pt">（一寸）</span></span>',
                                                ' align="center" valign="middle" rowspan="3" width="16%"', P4)) +
                    '<tr>%s%s%s%s</tr>' % (td("<b>班　级</b>", ' align="center"', P4), td(hand(cl, True), "", P4),
                                           td("<b>学　号</b>", ' align="center"', P4), td(hand(sid, True), "", P4)) +
                    '<tr>%s%s%s%s</tr>' % (td("<b>服务岗位</b>", ' align="center"', P4), td(hand(["签到引导", "茶歇补台", "会场巡视"][i % 3], True), "", P4),
                                           td("<b>日　期</b>", ' align="center"', P4), td(hand(day(s, i)[5:], True), "", P4)))
            head = '<table style="border-collapse:collapse" width="100%%">%s</table>' % rows
            body = (title + head + '<p>会务联系人：%s（论坛会务组）</p>' % s["others_named"][0] + sit + answers(c, rng, i) + comment)
        elif f == "fax_line":   # 姓名：＿ 班级：＿ 学号：＿
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + '<p>车辆：白色家用轿车　　车主：%s</p>' % s["others_named"][0] + sit + answers(c, rng, i) + comment
        elif f == "group_head":   # bordered head row with 组别
            head = tbl([["组别", hand("第%d组" % (i + 1), True), "姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid[-2:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级＿ 学号＿ 姓名＿ line
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "badge":   # a printed 实训工牌 at the top left; the name printed on it
            badge = ('<table style="border-collapse:collapse" width="46%%"><tr><td style="border:1pt solid #1b5e8a;background:#1b5e8a;color:#ffffff;padding:3px 6px" align="center">'
                     '<b>昆仑枸杞旗舰店 · 实训工牌</b></td></tr><tr><td style="border:1pt solid #1b5e8a;padding:4px 8px">'
                     '<span style="font-size:14pt"><b>%s</b></span><br/>岗位：客服专员<br/>工号：%s<br/>%s</td></tr></table>'
                     % (n, sid, cl))
            body = (badge + title + '<p>实训日期：%s　　指导教师：%s</p>' % (hand(day(s, i)[5:], True), t[0]) + sit + answers(c, rng, i) +
                    '<p>完成人签名：%s</p>' % hand(n, True) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"line_rollers": "x-scanpdf:200:rollers", "head_table": "x-scanpdf:200", "photo_box": "x-scanpdf:200:color:fringe",
            "fax_line": "x-scanpdf:250", "group_head": "x-scanpdf:250", "plain_line": "x-scanpdf:200",
            "badge": "x-scanpdf:200:color:fringe"}[f]
    font = {"photo_box": "Noto Sans CJK SC", "badge": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), size="10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "subtotal":   # two pages, a 本页小计 foot row on each and a class total at the end
        parts = [("刀工与选料", 20), ("手抓羊肉", 35), ("油香", 30), ("卫生与成本", 15)]
        hd = trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)
        tots, pages = [], []
        for lo, hi in ((0, 20), (20, len(rec))):
            out = [hd]
            pt = []
            for k in range(lo, hi):
                n = rec[k]
                v = part_scores(rng, parts)
                pt.append(sum(v))
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            out.append('<tr><td colspan="8" style="border:0.75pt solid #000;padding:0px 6px">本页小计：%d人　　本页平均分：%.1f</td></tr>'
                       % (len(pt), sum(pt) / len(pt)))
            tots += pt
            pages.append(out)
        body = (head10(s, c, "学习任务考核成绩登记表") + table(pages[0]) + "<p>（转下页）</p>" + PB +
                "<p>%s　学习任务考核成绩登记表（续）</p>" % s["cls"] + table(pages[1]) +
                "<p><b>全班合计：%d人　　平均分：%.1f　　最高分：%d　　最低分：%d</b></p>" % (len(tots), sum(tots) / len(tots), max(tots), min(tots)) + sign)
        return "10.html", html(body, "9.5pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "plain_grade":   # plain Word table with 等级
        parts = [("净选润制", 20), ("切制", 40), ("干燥", 20), ("质量检查", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_remark":   # plain table with a 备注 column
        parts = [("仪容仪态", 10), ("茶歇布置", 35), ("签到引导", 25), ("会场服务", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            note = {3: "组长", 12: "组长", 21: "组长", 30: "组长"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), note], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "two_row_head":   # a two-row head: 过程考核 / 结果考核 over their parts
        parts = [("出勤", 10), ("工单", 15), ("安全", 15), ("检测", 20), ("拆装", 30), ("路试", 10)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>结果考核（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        h2 = trow(["<b>%s(%d)</b>" % p for p in parts], pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            if bad.get(n) == "over":
                v[4] = 33
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200:mono"
    if f == "plain_total":   # plain table with 总评 and 等级
        parts = [("剧本与分镜", 20), ("角色场景", 25), ("动画制作", 35), ("合成输出", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (8 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "comment_row":   # each student two lines: scores, then a merged 评语 line
        parts = [("电气安装", 25), ("PLC程序", 30), ("变频调速", 25), ("安全文明", 20)]
        C1 = ["接线整齐，程序调试熟练。", "变频器参数设置正确，需加强安全意识。", "动作规范，能独立排除跑偏故障。",
              "小组合作好，记录完整。", "程序结构清楚，调试耐心。", "接线有返工，后期进步明显。", "操作认真，注意工具归位。"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            cells = [td(str(k + 1), ' align="center" rowspan="2"', pad), td(sid_of(s, n), ' align="center" rowspan="2"', pad),
                     td(n, ' align="center" rowspan="2"', pad)] + [td(str(x), ' align="center"', pad) for x in v + [tot]]
            out.append("<tr>%s</tr>" % "".join(cells))
            out.append('<tr>%s</tr>' % td('<span style="font-size:8pt">评语：%s</span>' % rng.choice(C1), ' align="left" colspan="5"', pad))
        body = head10(s, c, "学习任务考核记录（含评语）") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:250:rollers"
    if f == "plain_nation":   # plain table with a 民族 column
        parts = [("快捷回复", 20), ("咨询接待", 30), ("售后处理", 30), ("数据分析", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "民族"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, nation(n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


def nation(n):
    if n in TIBETAN:
        return "藏族"
    if n[0] in "祁鲁":
        return "土族"
    if n[0] in "马海丁锁虎摆":
        return "回族"
    return "汉族"


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "dish_report":   # 制作人 and the teacher as 品评
                parts.append('<h3 style="text-align:center">%s</h3><p>制作人：%s（%s）　　品评：%s　　%s</p>' % (title, n, cl, t[j % 2], day(s, 30 + i)) +
                             tbl([["项目", "标准", "实际", "评价"], ["主料", "滩羊前腿 1500 g", "%d g" % (1480 + 10 * i), "合格"],
                                  ["火候", "小火清炖 90 min", "%d min" % (88 + 2 * j), "合格"], ["装盘", "整齐美观", "整齐", "良好"]], width="88%") +
                             "<p>小结：%s</p>" % desc)
            elif f == "herb_record":   # 切制人 and the teacher as 复核人
                parts.append('<h3>%s</h3>' % title + tbl([["切制人", n, "班级", cl], ["复核人", t[j % 2], "日期", day(s, 30 + i)],
                                                          ["检查项目", "规格", "实测", "结论"], ["片厚", "2～4 mm", "%.1f mm" % (2.8 + 0.2 * j), "合格"],
                                                          ["水分", "≤13%", "%d%%" % (10 + j), "合格"]], width="90%") + "<p>备注：%s</p>" % desc)
            elif f == "plan_typed":   # a plan with 方案设计 at the foot; the conference contact named
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["时段", "区域", "物品", "负责"], ["10:15—10:35", "二楼前厅", "咖啡、老爸茶、椰子糕", "补台两人"],
                                  ["15:30—15:50", "二楼前厅", "清补凉、斑斓糕、水果", "补台两人"]], width="90%") +
                             "<p>%s</p><p>方案设计：%s（%s）　　会务对接：%s　　%s</p>" % (desc, n, cl, s["others_named"][0], day(s, 30 + i)))
            elif f == "repair_order":   # a repair order: 送修人 the car owner, 维修技师 the student
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["送修人", s["others_named"][0], "车牌号", "琼C·%d%d%dK%d" % (3 + i, 7, 1 + j, 8)],
                                  ["维修技师", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                  ["项目", "标准", "实测", "结论"], ["制动盘厚度", "≥25.0 mm", "%.1f mm" % (24.6 + 0.3 * i), "更换"],
                                  ["端面跳动", "≤0.05 mm", "0.0%d mm" % (6 + j), "超标"]], width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "entry_form":   # a competition entry form: 作者 and the author's signature by hand
                parts.append('<h3 style="text-align:center">琼海市中职学生动画作品展评<br/>参 赛 报 名 表</h3>' +
                             tbl([["作品名称", ("%s" % title, ' colspan="3"')], ["作品类别", "二维动画", "作品时长", "%d秒" % (58 + 4 * j)],
                                  ["作者姓名", n, "学　号", sid], ["所在班级", cl, "指导教师", t[j % 2]],
                                  ["作品简介", (desc + "作品讲述万泉河龙舟赛的热闹场面。", ' colspan="3" align="left"')],
                                  ["作者承诺", ("本人承诺参赛作品为本人原创，如有抄袭愿承担相应责任。<br/><br/>作者签名：%s　　%s" % (hand(n, True), day(s, 30 + i)),
                                            ' colspan="3" align="left"')]], width="92%", pad="8px 6px"))
            elif f == "debug_typed":   # a commissioning record: 调试人
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　记录：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["项目", "设定值", "实测值", "结论"], ["一段速", "20 Hz", "%.1f Hz" % (19.9 + 0.1 * i), "合格"],
                                  ["顺序启动间隔", "5 s", "5 s", "合格"], ["跑偏停机", "动作", "动作", "合格"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "aftersale_typed":   # an after-sale sheet: 处理人; buyers only as masked IDs
                parts.append('<h3>%s</h3>' % title +
                             tbl([["订单号", "买家", "问题", "处理"], ["40182%04d" % (311 + 7 * i + j), "t**%d" % (3 + i), "受潮结块", "补发"],
                                  ["40182%04d" % (512 + 5 * i + j), "小**鱼", "物流延误", "安抚，催件"]], width="86%") +
                             "<p>%s</p><p>处理人：%s（%s）　　审核：%s　　%s</p>" % (desc, n, cl, t[j % 2], day(s, 30 + i)))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def grid_page(s, c, n, i, rng):
    """homework written on 方格稿纸: one character a square, green grid"""
    cols = 20
    text = []
    for qi, (q, a) in enumerate(c["hw"]):
        text.append(list(q))
        text.append(["　", "　"] + list(a[(i + qi) % 3]))
    rows = []
    for para in text:
        while para:
            rows.append(para[:cols])
            para = para[cols:]
    while len(rows) < 16:
        rows.append([])
    g = "0.6pt solid #3c8c55"
    trs = "".join("<tr>%s</tr>" % "".join(
        '<td style="border:%s;padding:0" width="5%%" height="30" align="center" valign="middle">%s</td>' % (
            g, hand(r[k], size="14pt", font="LXGW WenKai") if k < len(r) and r[k] != "　" else "&nbsp;") for k in range(cols)) for r in rows)
    head = ('<p style="color:#3c8c55;text-align:center;font-size:12pt">方 格 稿 纸</p>'
            '<p style="color:#3c8c55">姓名＿%s＿　班级＿%s＿　学号＿%s＿　科目＿%s＿</p>'
            % (hand(n, True, font="LXGW WenKai"), hand(cls_of(s, n), True, font="LXGW WenKai"), hand(sid_of(s, n)[-2:], True, font="LXGW WenKai"),
               hand("烹饪", True, font="LXGW WenKai")))
    foot = '<p %s>%s　　阅 %s</p><p style="color:#3c8c55;text-align:right;font-size:8pt">20×16＝320</p>' % (RED, mark(rng), s["teachers"][0])
    return head + '<table style="border-collapse:collapse" width="100%%">%s</table>' % trs + foot


def exam_page(s, c, n, i, rng):
    """a 课后测验 with a 题号/得分 box at the top"""
    sc = [rng.randint(35, 48), rng.randint(36, 49)]
    box = tbl([["题号", "一", "二", "总分"], ["得分", hand(str(sc[0]), True, "#c0251a"), hand(str(sc[1]), True, "#c0251a"),
                                               hand(str(sum(sc)), True, "#c0251a")]], width="46%")
    body = ('<p style="text-align:center"><b>%s　课后测验</b></p>' % c["course"] + box +
            '<p>班级＿%s＿　姓名＿%s＿　学号＿%s＿</p>' % (hand(cls_of(s, n), True), hand(n), hand(sid_of(s, n)[-2:], True)))
    for qi, (q, a) in enumerate(c["hw"]):
        body += '<p><b>%s、%s（50分）</b></p><p>%s</p><p>%s</p>' % ("一二"[qi], q[3:], hand(a[(i + qi + 1) % 3]), "&nbsp;")
    return body + '<p>批阅：%s</p>' % s["teachers"][0]


def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f in ("grid_paper", "exam_head"):
        pg = grid_page if f == "grid_paper" else exam_page
        body = PB.join(pg(s, c, n, i, rng) for i, n in enumerate(names))
        if f == "grid_paper":
            return "12.html", html(body, page="margin:1.6cm 1.6cm"), "x-scanpdf:200:photo:clip"
        return "12.html", html(body, font="Noto Serif CJK SC"), "x-scanpdf:200"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f == "name_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "hand_wenkai":
            head = ["课后作业", "姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "clip_photo":
            head = ["课后作业　%s" % c["course"], "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "hand_ukai":
            head = ["%s　课后练习" % c["course"], "姓名 %s　班级 %s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_photo": "x-photo:200:1", "hand_wenkai": "x-scan:250:4", "clip_photo": "x-photo:200:2:clip",
            "name_line_photo": "x-photo:200:1", "hand_ukai": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

FEMALE = set(("欣怡 雨涵 思雨 佳怡 梦琪 雅婷 心怡 欣悦 语嫣 雨欣 晓雯 可欣 思彤 诗琪 婉婷 瑞琪 雪莹 子怡 若曦 玉洁 慧敏 "
              "文静 梦洁 嘉欣 佳琪 紫涵 玉梅 晓燕 诗婷 思琪 雨桐 亚楠 梓涵 婷 悦 瑶 蕊").split())


def sex(n):
    if n in TIBETAN:
        return "女" if n.endswith(("措", "卓玛", "吉")) else "男"
    return "女" if n[1:] in FEMALE or n[2:] in FEMALE else "男"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "idcard_receipt":   # a 学生证 receipt list, each student's signature by hand
        rows = [["序号", "学号", "姓名", "性别", "民族", "学生证号", "领取人签字", "领取日期"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex(n), nation(n), "NX%s%04d" % (s["sidp"][:4], 3107 + j),
                         hand(n, True, size="11pt"), "9.%d" % rr.choice([9, 9, 10, 11])])
        body = ('<h2 style="text-align:center">%s学生证领取签收表</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="100%", pad="1px 3px", bold=(0,)) +
                "<p>班主任：%s　　　　应领%d人，实领%d人　　　　学生科（章）</p>" % (s["headteacher"], len(k), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生证领取签收表.pdf\tx-scanpdf:200:rollers\troster\t0" % s["cls"])
        return
    if r == "plain_nation":   # a plain typed 学生名单 with 民族 and 职务
        rows = [["序号", "学号", "姓名", "性别", "民族", "职务"]]
        duty = {0: "班长", 6: "团支书", 13: "学习委员", 22: "劳动委员"}
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex(n), nation(n), duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="88%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　共%d人　　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Thirty-fourth held-out people corpus (testdata/heldout34), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 34)
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
        fct = {1: "学生人数 | %s" % s["form_count"], 2: "班级人数 | %s" % s["form_count"],
               3: "授课对象 | %s（%s）" % (s["cls"], s["form_count"])}[grp(s)]
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
