#!/usr/bin/env python3
"""Write the sources of the forty-third held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 忻州
(Shanxi), 佳木斯 (Heilongjiang) and 日照 (Shandong).

    python3 author.py      (rewrites src/ and truth.json)
    sh build.sh OUT
"""
import csv
import glob
import io
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
# the truth files read for names, tasks, courses and schools to avoid (heldout43's sibling, heldout44, is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 43)] + ["othertools"]

# surnames by region, common ones repeated (drawn with their weight): 忻州 (Shanxi: 王 李 张 刘 郭 赵 武 贾 段 阎 郝,
# rare 尉 智, the compound 令狐 of Shanxi), 佳木斯 (王 李 张 刘 孙 于 高 韩 姜 宋 曲; Manchu 关 那; Hezhe 尤 毕),
# 日照 (王 李 张 刘 厉 秦 牟 丁 安 卢 郑 许; the compound 诸葛 of nearby 沂南)
SURNAMES = {   # surname: weight (about the share in a class of forty, times ten)
    "xz": {"王": 30, "李": 22, "张": 22, "刘": 18, "郭": 14, "赵": 10, "杨": 10, "武": 8, "贾": 7, "段": 5, "阎": 5, "郝": 6,
           "温": 4, "侯": 4, "白": 5, "田": 5, "薛": 4, "高": 6, "梁": 5, "尉": 1, "智": 1, "令狐": 1},
    "jm": {"王": 30, "李": 24, "张": 24, "刘": 20, "孙": 10, "于": 8, "高": 7, "韩": 6, "姜": 6, "宋": 5, "曲": 3, "赵": 10,
           "杨": 8, "马": 6, "冯": 4, "徐": 5, "关": 2, "那": 1, "尤": 1, "毕": 1},
    "rz": {"王": 30, "李": 22, "张": 22, "刘": 16, "厉": 8, "秦": 6, "牟": 5, "丁": 6, "安": 4, "卢": 4, "郑": 5, "许": 5,
           "陈": 8, "杨": 8, "孙": 7, "徐": 6, "诸葛": 1},
}
# given names: a new list, of the plain kind parents chose around 2008
GIVEN2 = ("浩宇 子轩 欣悦 雨涵 俊熙 思彤 嘉豪 梓萌 一鸣 佳琪 宏伟 晓彤 鹏飞 文静 志远 若曦 明哲 婉清 天佑 乐瑶 "
          "振宇 心怡 家乐 语桐 宇航 诗琪 泽宇 梦瑶 凯文 雅婷 博宇 紫涵 晨阳 芷若 浩楠 慧敏 国栋 佳慧 庆阳 海燕 "
          "瑞祥 丽娜 鑫磊 金玲 子豪 艺涵 建业 美琪 少杰 婧怡 晓东 春燕 铭泽 欣然 俊辉 露露 彦博 思琪 德昊 静雯 "
          "沛然 景行 允儿 昕怡 煜城 俪文 钰洁 珂欣 皓轩 晟睿 雪莹 翊辰 栩然 笑妍 昊霖 蔓菁 炜彤 亦凡 朗月 舒窈 "
          "恺乐 锦程 灏铭 茗萱 弈辰 婕妤 骏驰 岑溪 祎宁 稷安 濡墨 丞泽 黛玥 钧策 妙涵 堃鹏 琬琰 泓毅 瑾萱 睿渊").split()
GIVEN1 = list("鑫磊博森悦琳璐晗")


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


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.10 else rng.choice(GIVEN2)
    sur = SURNAMES[region]
    return rng.choices(list(sur), weights=list(sur.values()))[0] + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    def given(x):
        return x[2:] if x[:2] in ("令狐", "诸葛") else x[1:]
    while len(names) < n:
        name = draw_one(rng, region)
        if given(name) in {given(x) for x in names}:
            continue   # no two students of one class share a given name
        # never a name of an earlier corpus, of another class here, or near (one character off, or a part of)
        # any name already in this class, a planted name, a teacher or a named outsider
        if used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "noodle": dict(major="烹饪(中式烹调)", code="0501", course="地方特色面食制作", task="忻州莜面栲栳栳与荞面碗托制作",
   hours=16, station="中式面点一体化学习工作站",
   situation="忻州一家老字号莜面馆准备在国庆期间推出晋北面食套餐，需要每天供应莜面栲栳栳和荞面碗托各两百份。面馆厨师长请烹饪班学员按店里的标准学习和面、推窝、上笼蒸制，调配羊肉臊子和蒜醋汁，完成成品装盘，并记录每一批的用料和出品时间。",
   qs=[("问题1 莜面为什么要用开水烫面？", ["莜面没有面筋，用开水烫熟一部分淀粉，面团才有黏性，推窝时不开裂。", "烫面后有黏性，不裂。", "莜面没筋，要烫。"]),
       ("问题2 荞面碗托蒸制时怎样判断熟了？", ["碗托表面凝固发亮，用筷子插进去拔出来不粘糊，边缘和碗分开。", "表面发亮，筷子不粘。", "边缘离碗就熟了。"])],
   hw=[("1. 栲栳栳推窝时面剂子要多大？", ["每个面剂子约八克，推成薄片后卷在食指上成筒，立着码进笼屉。", "约八克一个。", "推薄卷成筒。"]),
       ("2. 羊肉臊子怎样炒才不腥？", ["羊肉先焯水，下锅炒干水分，加葱姜花椒和少许料酒，小火炒出香味。", "先焯水再炒干。", "加葱姜花椒去腥。"])],
   outputs=[("莜面栲栳栳制作记录", "一笼三十六个，蒸八分钟。"), ("荞面碗托制作记录", "荞面与水一比三，蒸二十五分钟。"), ("臊子与调汁配方卡", "羊肉五百克，蒜醋汁一份。")]),
 "astragalus": dict(major="中药", code="1301", course="中药饮片炮制", task="恒山黄芪蜜炙饮片炮制与质量检验",
   hours=18, station="中药炮制一体化学习工作站",
   situation="忻州一家中药饮片厂收购了一批浑源和繁峙产的黄芪，要按药典方法炮制成蜜炙黄芪。质量部主管请中药班学员核对药材性状，完成净制、润切、炼蜜和蜜炙，控制火候和用蜜量，最后按标准检验饮片的外观、水分和片型，填写炮制记录和检验报告。",
   qs=[("问题1 蜜炙黄芪为什么要先把蜂蜜炼过？", ["生蜜含水多、有杂质，炼蜜后水分减少、黏性适中，拌药均匀，炙后不容易发霉。", "去水去杂质。", "炼过拌得匀。"]),
       ("问题2 怎样判断黄芪炙好了？", ["饮片表面深黄色，略带焦斑，有蜜香，用手摸不粘手。", "深黄色，不粘手。", "有蜜香，略有焦斑。"])],
   hw=[("1. 蜜炙黄芪每一百公斤用多少炼蜜？", ["按药典规定，每一百公斤黄芪用炼蜜二十五公斤。", "二十五公斤。", "按药典规定。"]),
       ("2. 黄芪润切时为什么不能泡太久？", ["黄芪的有效成分溶于水，泡久了会流失，应少泡多润，润透为止。", "有效成分会流失。", "少泡多润。"])],
   outputs=[("黄芪净制与润切记录", "切厚片二至四毫米。"), ("蜜炙黄芪炮制记录", "炼蜜二十五公斤，文火炒至不粘手。"), ("蜜炙黄芪饮片检验报告", "水分百分之十点二，合格。")]),
 "seeder": dict(major="机电一体化技术", code="0127", course="农业装备PLC控制系统装调", task="水稻育秧播种流水线PLC控制系统装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="佳木斯的一个农场在春播前检修水稻育秧播种流水线，流水线依次完成铺底土、洒水、播种和覆土，由PLC控制各工位的电机和电磁阀。农机维修站请机电班学员按电气图接线，编写PLC顺序控制程序，调好光电传感器的位置，完成空盘和带土联动调试。",
   qs=[("问题1 光电传感器在流水线上起什么作用？", ["检测秧盘到达工位，把信号送给PLC，PLC据此启动播种或覆土动作。", "检测秧盘到位。", "给PLC发信号。"]),
       ("问题2 为什么要先做空盘调试再带土调试？", ["空盘调试能先检查动作顺序和传感器位置，出错时不会撒土撒种，安全又省料。", "先查顺序，不浪费。", "空盘出错好处理。"])],
   hw=[("1. 顺序控制程序为什么常用步进指令？", ["每一步只有一个状态有效，动作按步转换，程序清楚，排故方便。", "每步一个状态。", "程序清楚好排故。"]),
       ("2. 播种量不均匀可能是什么原因？", ["排种轮转速不稳、种箱缺种或秧盘输送速度和排种速度不匹配。", "排种轮转速不稳。", "速度不匹配。"])],
   outputs=[("电气接线检查记录", "二十四个端子紧固无松动。"), ("PLC输入输出分配与程序清单", "播种工位延时一点五秒。"), ("联动调试记录", "每盘播种量一百二十克。")]),
 "diesel": dict(major="汽车维修", code="0403", course="柴油发动机故障诊断与修复", task="农用皮卡柴油机冬季冷启动困难故障诊断与排除",
   hours=16, station="汽车维修一体化学习工作站",
   situation="佳木斯入冬后气温降到零下二十多度，一家农机合作社的几台柴油皮卡早上很难着车。维修厂服务顾问请汽修班学员接车问诊，检查预热塞、燃油滤清器和蓄电池，用诊断仪读取数据流，找出故障点并排除，向客户说明冬季用车注意事项。",
   qs=[("问题1 柴油车冬季为什么要换低标号柴油？", ["气温低时普通柴油会析出蜡，堵塞滤清器和油管，低标号柴油凝点低，不容易结蜡。", "防止结蜡堵油路。", "低标号凝点低。"]),
       ("问题2 怎样检测预热塞是否损坏？", ["拔下预热塞插头，用万用表量电阻，阻值很大或不通就是损坏。", "用万用表量电阻。", "不通就是坏了。"])],
   hw=[("1. 冷启动时数据流要看哪些参数？", ["冷却液温度、起动转速、轨压和预热塞工作状态。", "水温、转速、轨压。", "预热塞状态。"]),
       ("2. 蓄电池亏电对冷启动有什么影响？", ["低温下蓄电池容量下降，亏电时起动机转速低，压缩终了温度不够，柴油点不着。", "起动转速低。", "压缩温度不够。"])],
   outputs=[("车辆接车问诊单", "早上启动需十几秒，冒白烟。"), ("故障诊断作业记录", "三缸预热塞断路。"), ("维修竣工检验单", "零下二十二度一次启动成功。")]),
 "fishskin": dict(major="计算机动画制作", code="0306", course="三维动画短片制作", task="赫哲族鱼皮画非遗宣传三维动画短片制作",
   hours=18, station="动画制作一体化学习工作站",
   situation="佳木斯一个赫哲族文化馆要在网上宣传鱼皮画这项非遗技艺，委托学校动画工作室制作一部一分钟的三维动画短片，讲述从捕鱼、熟皮到拼贴成画的过程。制作总监请动画班学员编写分镜头脚本，完成角色和场景建模、材质贴图和动画，渲染输出并配上字幕。",
   qs=[("问题1 分镜头脚本要写清哪些内容？", ["每个镜头的编号、景别、画面内容、镜头运动、时长和配音字幕。", "景别、画面、时长。", "镜头运动和字幕。"]),
       ("问题2 鱼皮的材质怎样做得真实？", ["用鱼皮照片做漫反射贴图，加凹凸贴图表现鳞纹，降低高光让表面显得干燥。", "照片贴图加凹凸。", "降低高光。"])],
   hw=[("1. 一分钟短片按每秒二十五帧要渲染多少帧？", ["六十秒乘二十五帧，共一千五百帧。", "一千五百帧。", "六十乘二十五。"]),
       ("2. 关键帧动画中曲线编辑器有什么作用？", ["调整动作的快慢和缓入缓出，让动作更自然。", "调快慢。", "缓入缓出更自然。"])],
   outputs=[("分镜头脚本", "共十八个镜头，总长六十秒。"), ("角色与场景模型说明", "渔猎老人一个，江边场景一个。"), ("渲染输出与字幕记录", "输出1920×1080，二十五帧每秒。")]),
 "greentea": dict(major="电子商务", code="0603", course="农产品直播电商运营", task="日照绿茶春茶直播带货脚本策划与订单售后处理",
   hours=16, station="电子商务运营一体化学习工作站",
   situation="日照绿茶的春茶四月上市，一家茶叶合作社想在直播平台上开一场春茶专场。运营主管请电商班学员策划直播脚本，设计上架商品和优惠组合，直播中做场控和客服，直播后汇总订单、安排打包发货，并处理退换货和差评回复。",
   qs=[("问题1 直播脚本要包括哪几个环节？", ["开场暖场、产品讲解、试泡展示、优惠福利、互动答疑和下播预告，每个环节写清时长。", "开场、讲解、福利、答疑。", "每段写清时长。"]),
       ("问题2 讲解日照绿茶时要突出哪些卖点？", ["北方海边茶园，昼夜温差大，叶片厚，栗香浓，耐冲泡。", "叶片厚，栗香浓。", "海边茶园，耐冲泡。"])],
   hw=[("1. 订单发货前要核对哪些信息？", ["收件人、电话、地址、商品规格和数量、赠品和备注。", "地址电话和规格数量。", "赠品和备注。"]),
       ("2. 收到“茶叶受潮”的差评怎样回复？", ["先道歉，说明会核实，请顾客拍照，确认后补发或退款，并改进包装。", "道歉，核实后补发或退款。", "改进包装。"])],
   outputs=[("春茶专场直播脚本", "时长两小时，六个环节。"), ("直播订单汇总表", "共五百二十六单。"), ("售后处理登记表", "受潮投诉九单，已补发。")]),
 "buoy": dict(major="计算机网络应用", code="0301", course="无线网络工程实施", task="海洋牧场监测平台无线回传网络部署与调试",
   hours=18, station="网络工程一体化学习工作站",
   situation="日照近海的一个海洋牧场建了监测平台，水质传感器和摄像头的数据要传回岸上的管理中心。网络公司项目经理请网络班学员勘测平台到岸边的距离和视线，选用点对点无线网桥，完成天线对准、网桥配置和链路测试，并配置岸上的交换机和监控服务器。",
   qs=[("问题1 点对点无线网桥为什么要求视线无遮挡？", ["网桥使用高频电波，遇到建筑或山体会衰减和反射，视线通畅才能保证信号强度。", "高频信号怕遮挡。", "有遮挡信号就弱。"]),
       ("问题2 天线对准时看什么指标？", ["看网桥上的信号强度和信噪比，微调方位角和俯仰角到信号最强。", "信号强度和信噪比。", "调到信号最强。"])],
   hw=[("1. 海上设备为什么要做防腐处理？", ["海上空气含盐高、湿度大，金属件和接头容易锈蚀，要用防腐支架和防水胶带。", "盐雾会锈蚀。", "用防水胶带。"]),
       ("2. 链路测试要记录哪些数据？", ["信号强度、信噪比、吞吐量、丢包率和延时。", "吞吐量和丢包率。", "信号强度和延时。"])],
   outputs=[("平台至岸站视线勘测记录", "直线距离四点二公里，无遮挡。"), ("无线网桥配置记录", "信道宽度四十兆赫。"), ("链路测试记录", "吞吐量一百一十兆，丢包为零。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="忻州市雁门关技工学校", pack="dir", region="xz", course="noodle", cls="烹饪2401班", size=38, seed=11,
         sidp="24140501", students=["郝雨涵", "段沐宸", "令狐晓彤"], others_named=["阎德厚"],
         teachers=["贾淑琴", "温建军"], form_count="38人", roster="xlsx_roster", headteacher="田秀芳",
         f8="head_2x4", f10="eval_three", f11="dish_record", f12="tungsten_photo", findings=[],
         comment="clean. The roster (花名册.xlsx: 序号 学号 姓名 性别 出生年月 家庭住址, 38) = form `学生人数 | 38人` = 38 "
                 "rows of item 10 (TYPED 学生评价表: 自评(20) 互评(20) 师评(60) 总分). 令狐晓彤, a compound surname (four "
                 "characters). Item 8 (clean office scan 200 dpi gray): a 2×4 head table 姓名/学号/班级/组别 and the noodle "
                 "house's chef 阎德厚 as `指导师傅` on every sheet (not a student). Item 12: phone photos at night under a "
                 "warm desk lamp (`:tungsten`)"),
    dict(school="忻州市雁门关技工学校", pack="dir", region="xz", course="astragalus", cls="中药2401班", size=36, seed=12,
         sidp="24141301", students=["武思彤", "尉泽宇", "薛博森"], outsiders={"薛博森": "中药2402班"}, out_sidp="24141302",
         extra_class=["白鑫磊"], bad={"白鑫磊": "over"}, teachers=["侯丽萍", "郭振华"], form_count="36",
         f8="blank_line", f10="max_in_head_scan", f11="inspect_typed", f12="exercise_book",
         findings=[("students.not_in_class", 8, True, "薛博森"), ("records.invalid_score", 10, False, "白鑫磊")],
         comment="薛博森 of the parallel class 中药2402班 (his class and 学号 on his worksheet, typed inspection report and "
                 "homework) is the third student of 8/11/12; item 10 (36 rows = form `36`) has no record of him: "
                 "students.not_in_class. Item 10 (scanned 250 dpi gray, the sheet off-centre on the glass): maxima in the "
                 "head (`炼蜜(15分)`); 白鑫磊 has 19 under `炼蜜(15分)` (总分 the sum): records.invalid_score. Item 8 "
                 "(scanned 250 gray, off-centre on the glass): `姓名：＿ 班级：＿ 学号：＿` by hand. No roster"),
    dict(school="佳木斯市三江口高级技工学校", pack="gbkzip", region="jm", course="seeder", cls="机电2302班", size=41, seed=21,
         sidp="2308012702", students=["孙浩楠", "曲佳慧", "韩书睿"], extra_class=["毕晨阳", "姜国栋"],
         absent_from_10=["毕晨阳"], teachers=["宋立波", "高春梅", "冯德才"], form_count="41人", roster="scan_roster",
         headteacher="李淑华",
         f8="group_line", f10="plain_remark", f11="commission_typed", f12="photo_plain",
         findings=[("records.missing_student", 10, False, "毕晨阳"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 花名册 printed and SCANNED, 200 dpi gray, 41) and the form (`授课班级 | 机电2302班（41人）`) "
                 "hold 毕晨阳; item 10 (TYPED 考核成绩登记表 with a 备注 column) has 40 rows and none for him: "
                 "records.missing_student and records.count_mismatch. Item 8 (scanned 200 gray): `姓名` in the head and a "
                 "`小组成员` line naming the group of four: 组长 孙浩楠, 组员 曲佳慧, 韩书睿 and classmate 姜国栋 (with an "
                 "item-10 record, no worksheet of his own; legal: the worksheets are the three students')"),
    dict(school="佳木斯市三江口高级技工学校", pack="gbkzip", region="jm", course="diesel", cls="汽修2401班", size=39, seed=22,
         sidp="2408040301", students=["刘骁腾", "关梓岐", "那婉清"], items={11: ["刘骁腾", "关梓岐"]},
         extra_class=["马庆阳"], bad={"马庆阳": "sum"}, others_named=["赵满仓"],
         teachers=["王铁军", "张砚秋"], form_count="39人",
         f8="corner_box", f10="max_second_row", f11="workorder_typed", f12="hand_copy",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "马庆阳")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 维修工单, `维修人员：<student>`, the customer 赵满仓 named as `送修人`) holds the work of only "
                 "刘骁腾 and 关梓岐 (那婉清's is missing; 8 and 12 hold the three): students.count on 11; students.mismatch "
                 "optional. Item 10 (TYPED) has the maxima in a SECOND head row (`满分值` 10 20 30 30 10 100); 马庆阳's 总分 "
                 "is 9 above the sum: records.invalid_score. Item 8 (colour scan 200): `学号 | 姓名` box top right. Item 12: "
                 "handwriting pages (UKai) copied gray at 200 dpi. No roster"),
    dict(school="佳木斯市三江口高级技工学校", pack="gbkzip", region="jm", course="fishskin", cls="动画2401班", size=35, seed=23,
         sidp="2408030601", students=["尤若曦", "冯乐瑶", "杨彦博"], items={12: ["尤若曦", "冯乐瑶", "高俊辉"]},
         extra_class=["高俊辉"], teachers=["毕秀云", "韩立东"], form_count="35人",
         f8="work_cover", f10="grade_level", f11="storyboard_typed", f12="tungsten_photo2",
         findings=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos under a warm desk lamp) holds the homework of 尤若曦, 冯乐瑶 and classmate 高俊辉 (with "
                 "an item-10 record) instead of 杨彦博's (items 8 and 11 hold the three): students.mismatch. Item 8 (colour "
                 "scan 200): a printed COVER of the student's work (`作品名称 作者 班级 学号 指导教师`) before each worksheet. "
                 "Item 10 (TYPED 成绩记载表) with a 等级 column, 35 rows = form. No roster"),
    dict(school="日照市黄海之滨技工学校", pack="zip", region="rz", course="greentea", cls="电商2402班", size=43, seed=31,
         sidp="2411060302", students=["厉梦瑶", "牟志远", "诸葛紫涵"], extra_class=["秦立诚", "安少杰"], bad={"安少杰": "below"},
         teachers=["丁红霞", "卢建平"], form_count="42",
         f8="plain_line", f10="eval_scan_copy", f11="live_typed", f12="photo_line",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "安少杰")],
         comment="item 10 (a gray photocopy scanned at 200 dpi, off-centre on the glass) lists 43 students; the form says "
                 "`班级人数 | 42`: records.count_mismatch (no roster). 安少杰's 总分 is 10 BELOW the sum of his parts: "
                 "records.invalid_score. 诸葛紫涵, a compound surname. Item 8: plain `班级＿ 学号＿ 姓名＿` line (scanned 200 gray)"),
    dict(school="日照市黄海之滨技工学校", pack="zip", region="rz", course="buoy", cls="网络2401班", size=40, seed=32,
         sidp="2411030101", students=["秦宏伟", "郑雅婷", "许铭泽"], teachers=["陈海涛", "徐晓丽"], form_count="40",
         roster="csv_roster", headteacher="孙玉梅", others_named=["卢永福"],
         f8="header_row", f10="sign_teacher", f11="link_typed", f12="two_up",
         findings=[],
         comment="clean. Roster `网络2401班学生名单.csv` (UTF-8 with BOM, 序号 学号 姓名 性别 宿舍 联系电话, 40) = form "
                 "`班级人数 | 40` = 40 rows of item 10 (TYPED). Item 12: A5 task sheets printed TWO TO A PAGE (A4 landscape, "
                 "a dashed cut line), three filled in and the fourth half BLANK (`姓名：＿＿` empty), scanned 200 gray. "
                 "Item 11 names the pasture's engineer 卢永福 as `平台负责人` (not a student)"),
]

PROVINCE = {1: "山西省忻州市", 2: "黑龙江省佳木斯市", 3: "山东省日照市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 忻州: "08 工作页.pdf"
        return "%02d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 佳木斯: "第8项 工作页.pdf" (no leading number; the item's name)
        return "第%d项 %s.pdf" % (n, NAMES[n])
    return "%d、%s.pdf" % (n, NAMES[n])   # 日照: "8、工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂申报书.docx", "docx"),
            2: ("%s-%s申报书.pdf" % (s["cls"], c["major"].split("(")[0]), "pdf"),
            3: ("申报书（%s）.docx" % c["task"], "docx")}[grp(s)]

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

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 忻州: 学生人数 with 人
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 佳木斯: class and size in one cell, four columns
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", "%s（%s）" % (s["cls"], s["form_count"])), ("课堂负责人", t[0])], [("学习任务", c["task"]), ("授课地点", c["station"])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    else:   # 日照: 班级人数, a bare number
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课学时", "%d" % c["hours"]), ("学习场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="96%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生接受任务后分组收集资料、拟订计划，经教师审核后确定方案并实施，教师巡回指导、控制质量与安全，最后各组展示成果，开展自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实生产任务，学生在真实工作情境中完成工作，职业能力和职业素养明显提高。</p>
<h3>六、承诺</h3><p>本单位承诺所报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程为{major}专业一体化课程，依据国家工学一体化课程标准，结合{prov}企业岗位要求转化。\n二、学习任务\n本学期安排“{task}”，{hours}学时。\n三、评价\n过程评价与结果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}教学活动策划\n学习活动一　明确任务，获取信息\n学习活动二　制定计划，做出决策\n学习活动三　实施计划，过程控制\n学习活动四　检查评价，总结反馈",
    4: "{school}\n{course}教学进度计划（共{hours}学时）\n第1周　明确任务，获取信息\n第2周　制定计划并审核\n第3周　实施任务\n第4周　验收、评价与总结",
    5: "{school}\n{task}教学活动方案\n第1学时　情境导入，明确任务\n第2—4学时　引导问题学习\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与材料清单。",
    7: "{school}\n{station}图文说明\n工作站分资讯区、计划决策区、实施区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核由过程考核和结果考核组成，成绩由任课教师记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可以"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 7 + k * 5) % 26)


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


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　批改教师：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[i % 2])
        if f == "head_2x4":   # a 2×4 head table, the chef as 指导师傅
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "组　别", hand("第%s组" % "一二三"[i], True)]],
                       width="100%", pad="4px 4px")
            body = (title + head + '<p>实训地点：%s　　指导师傅：%s（合作面馆厨师长）</p>' % (c["station"], s["others_named"][0])
                    + sit + answers(c, rng, i) + comment)
        elif f == "blank_line":   # 姓名：＿ 班级：＿ 学号：＿ by hand
            head = '<p>姓名：＿%s＿　班级：＿%s＿　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "group_line":   # 姓名 in the head, a 小组成员 line naming the group of four
            grp4 = "组长：%s　　组员：%s、%s、%s" % (names[0], names[1], names[2], "姜国栋")
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "日期", hand(day(s, i)[5:], True)]], width="100%", pad="4px 4px")
            body = title + head + '<p>小组成员：%s</p>' % hand(grp4, True) + sit + answers(c, rng, i) + comment
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right
            box = ('<table width="100%%"><tr><td><b>%s</b></td><td width="40%%">%s</td></tr></table>'
                   % (s["school"], tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%")))
            body = box + title + '<p>班级：%s　　指导教师：%s　　%s</p>' % (cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "work_cover":   # a printed cover of the student's work before the worksheet
            cover = ('<p style="text-align:center;font-size:13pt">%s　动画工作室</p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<p style="text-align:center;font-size:26pt"><b>学生作品</b></p><p style="text-align:center;font-size:14pt">%s</p>'
                     '<p>&nbsp;</p><p>&nbsp;</p><table width="76%%" align="center">%s</table>'
                     % (s["school"], c["task"], "".join('<tr><td width="30%%" style="font-size:14pt;padding:9px">%s</td>'
                                                          '<td style="border-bottom:1pt solid #000;padding:9px;font-size:14pt">%s</td></tr>' % (a, b)
                                                          for a, b in [("作品名称", "《鱼皮画的故事》"), ("作　　者", n), ("班　　级", cl),
                                                                       ("学　　号", sid), ("指导教师", "、".join(t)), ("完成日期", day(s, i))])))
            body = cover + PB + title + '<p>姓名：%s　　班级：%s</p>' % (hand(n, True), cl) + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级＿ 学号＿ 姓名＿ line
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "header_row":   # a bordered head row 姓名 | 班级 | 学号 | 成绩
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid[-2:], True), "成绩", hand(["优", "良", "优"][i], True, "#c0251a")]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    per = 2 if f == "work_cover" else 1
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": per * len(names), "sheets_per_student": per, "items": []},
                                                          ensure_ascii=False, indent=1))
    meth = {"head_2x4": "x-scanpdf:200", "blank_line": "x-scanpdf:250:offglass", "group_line": "x-scanpdf:200",
            "corner_box": "x-scanpdf:200:color", "work_cover": "x-scanpdf:200:color", "plain_line": "x-scanpdf:200",
            "header_row": "x-scanpdf:250"}[f]
    font = {"work_cover": "Noto Sans CJK SC", "group_line": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


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
    sign = "<p>考核教师（签字）：%s　　　　教研室主任：%s　　　　%s</p>" % ("、".join(t[:2]), t[-1], day(s, 12))
    if f == "eval_three":   # 学生评价表: 自评 / 互评 / 师评
        parts = [("自评", 20), ("互评", 20), ("师评", 60)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s（%d%%）" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.68, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), "组长" if k in (3, 12, 22, 31) else ""], pad))
        body = head10(s, c, "学生评价表") + table(out) + "<p>说明：自评、互评、师评均按百分制折算后计入，总分为三项之和。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "max_in_head_scan":   # maxima in the head, scanned off-centre
        parts = [("净制", 10), ("润切", 20), ("炼蜜", 15), ("蜜炙", 30), ("检验", 15), ("安全卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d分)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            if bad.get(n) == "over":
                v[2] = 19
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:offglass"
    if f == "plain_remark":   # a plain Word table with a 备注 column
        parts = [("电气接线", 25), ("程序编写", 30), ("传感器调整", 15), ("联动调试", 20), ("6S管理", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>%d" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), {5: "组长", 16: "组长", 27: "组长", 35: "补考"}.get(k, "")], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "max_second_row":   # maxima in a second head row
        parts = [("接车问诊", 10), ("安全防护", 20), ("检测诊断", 30), ("故障排除", 30), ("竣工检验", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["<b>满分值</b>", "", ""] + ["%d" % m for _, m in parts] + ["100"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "grade_level":   # 成绩记载表 with 等级
        parts = [("分镜脚本", 20), ("建模", 25), ("材质贴图", 15), ("动画", 25), ("渲染输出", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            out.append(trow([sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务成绩记载表") + table(out) + "<p>等级：90分以上优秀，80—89良好，60—79合格，60分以下不合格。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "eval_scan_copy":   # 学生评价表, a gray photocopy scanned off-centre
        parts = [("脚本策划", 25), ("商品上架", 15), ("直播场控", 20), ("订单处理", 25), ("售后服务", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>（%d）" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.96)
            tot = sum(v) - (10 if bad.get(n) == "below" else 0)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学生学习任务评价表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True, page="margin:1.0cm 1.4cm"), "x-scanpdf:200:offglass"
    if f == "sign_teacher":   # a typed register signed by the teachers, a 备注 column
        parts = [("勘测", 15), ("方案", 20), ("天线对准", 20), ("网桥配置", 25), ("链路测试", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s %d" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), "班长" if k == 0 else ""], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>任课教师签字：%s　%s　　　　学生代表签字：%s</p><p>%s</p>" % (hand(t[0], True, BLACK), hand(t[1], True, BLACK), hand(rec[0], True), day(s, 13)))
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
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
            if f == "dish_record":   # 制作人
                parts.append('<h3>%s</h3><p>制作人：%s　　班级：%s　　日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["原料", "用量", "时间", "出品"], ["莜面", "%d克" % (480 + 10 * i), "08:%02d" % (10 + j), "合格"],
                                  ["荞面", "%d克" % (300 + 20 * j), "09:%02d" % (5 + i), "合格"]], width="86%") + "<p>记录：%s</p>" % desc)
            elif f == "inspect_typed":   # 检验人 and 复核人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品名", "蜜炙黄芪", "批号", "HQ2410%02d" % (3 + j)], ["检验人", "%s（%s）" % (n, cl), "复核人", t[j % 2]],
                                  ["项目", "标准", "结果", "结论"], ["性状", "深黄色，有蜜香", "符合", "合格"], ["水分", "不得过10.0%%", "%.1f%%" % (9.1 + 0.2 * i), "合格"]],
                                 width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "commission_typed":   # 调试人
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　记录人：%s</p>' % (title, n, cl, t[j % 3]) +
                             tbl([["项目", "要求", "实测", "结论"], ["光电传感器", "距盘面15 mm", "%d mm" % (14 + j), "合格"],
                                  ["播种量", "120 g/盘", "%d g/盘" % (118 + i), "合格"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "workorder_typed":   # a repair order: 维修人员, the customer as 送修人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["送修人", s["others_named"][0], "车型", "柴油皮卡"], ["维修人员", n, "班级", cl],
                                  ["故障现象", "冷车启动困难", "里程", "%d km" % (86420 + 311 * i)], ["结论", desc, "日期", day(s, 30 + i)]],
                                 width="90%") + "<p>质检员：%s</p>" % t[j % 2])
            elif f == "storyboard_typed":   # a work's cover line: 作者
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">作者：%s　　班级：%s</p>' % (title, n, cl) +
                             tbl([["镜号", "景别", "画面", "时长"], ["%d" % (1 + j), "全景", "江面渔船", "4秒"], ["%d" % (2 + j), "特写", "鱼皮拼贴", "3秒"]],
                                 width="86%") + "<p>说明：%s</p>" % desc)
            elif f == "live_typed":   # 编写人 / 制单人
                parts.append('<h3>%s</h3>' % title + tbl([["环节", "时长", "内容"], ["开场", "5分钟", "问好、介绍茶园"], ["试泡", "10分钟", "玻璃杯冲泡展示"]], width="86%") +
                             "<p>%s</p><p>编写人：%s（%s）　　审核：%s　　%s</p>" % (desc, n, cl, t[j % 2], day(s, 30 + i)))
            elif f == "link_typed":   # 测试人, the platform's engineer named
                parts.append('<h3>%s</h3>' % title + tbl([["测试人", n, "班级", cl], ["平台负责人", s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["项目", "数值", "要求", "结论"], ["信号强度", "-%d dBm" % (54 + i + j), "≥-65 dBm", "合格"],
                                                          ["丢包率", "0%", "≤1%", "合格"]], width="90%") + "<p>结论：%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "two_up":   # A5 task sheets printed two to an A4 landscape page; the fourth half blank
        halves = []
        for i, n in enumerate(names + [None]):
            qa = "".join('<p><b>%s</b></p><p>%s</p>%s' % (q, hand(a[(i + qi) % 3]) if n else "&nbsp;<br/>&nbsp;",
                                                           ('<p %s>%s</p>' % (RED, mark(rng))) if n else "<p>&nbsp;</p>")
                         for qi, (q, a) in enumerate(c["hw"]))
            who = ('<p>班级：%s　姓名：%s　学号：%s</p>' % (hand(s["cls"], True), hand(n, True), hand(sid_of(s, n)[-2:], True)) if n
                   else "<p>班级：＿＿＿＿　姓名：＿＿＿＿　学号：＿＿</p>")
            end = ('<p>批阅：%s　%s</p>' % (t[0], day(s, 20 + i)[5:])) if n else ""
            halves.append('<p style="text-align:center"><b>课后任务单　%s</b></p>%s%s%s' % (c["course"], who, qa, end))
        pages = []
        for k in range(0, len(halves), 2):
            pages.append('<table width="100%%" style="border-collapse:collapse"><tr><td width="50%%" valign="top" style="padding:0 14px 0 0;'
                         'border-right:1pt dashed #777">%s</td><td width="50%%" valign="top" style="padding:0 0 0 14px">%s</td></tr></table>'
                         % (halves[k], halves[k + 1]))
        write(os.path.join(d, "12.html.ovl.json"), json.dumps({"pages": len(pages), "items": []}, ensure_ascii=False, indent=1))
        return "12.html", html(PB.join(pages), "9.5pt", page="size:29.7cm 21cm;margin:1.2cm 1.2cm"), "x-scanpdf:200"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s" % day(s, 20 + i)[5:]]
        if f == "tungsten_photo":
            head = ["课后作业　%s" % c["course"], "> 姓名：%s　学号：%s" % (n, sid), "> 班级：%s" % cl]
        elif f == "exercise_book":   # an exercise-book cover, then the page inside
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　课后作业" % c["task"][:6]]
        elif f == "photo_plain":
            head = ["课后练习（PLC）", "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "hand_copy":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "tungsten_photo2":
            head = ["动画课后作业", "> 姓名 %s　班级 %s" % (n, cl)]
        elif f == "photo_line":
            head = ["%s　课后作业" % c["course"], "> 学生姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"tungsten_photo": "x-photo:200:1:tungsten", "exercise_book": "x-photo:200:2", "photo_plain": "x-photo:200:1",
            "hand_copy": "x-scan:200:3", "tungsten_photo2": "x-photo:200:4:tungsten", "photo_line": "x-photo:200:2"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "xlsx_roster":   # 花名册.xlsx from a CSV: title row, head, one row a student
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["%s%s学生花名册" % (s["school"], s["cls"])])
        w.writerow(["序号", "学号", "姓名", "性别", "出生年月", "家庭住址"])
        for j, n in enumerate(k):
            w.writerow([j + 1, sid_of(s, n), n, rr.choice(["男", "女"]), "2008.%02d" % rr.randint(1, 12),
                        "忻州市%s" % rr.choice(["忻府区", "原平市", "定襄县", "五台县", "代县", "繁峙县", "静乐县"])])
        w.writerow(["班主任：%s" % s["headteacher"], "", "合计：%d人" % len(k)])
        write(os.path.join(d, "roster.csv"), buf.getvalue())
        man.append("roster.csv\t%s花名册.xlsx\txlsx\troster\t0" % s["cls"])
        return []
    if r == "scan_roster":   # a typed 花名册, printed and scanned
        rows = [["序号", "学号", "姓名", "性别", "民族", "宿舍"]]
        for j, n in enumerate(k):
            mz = "满族" if n[0] in "关那" else "赫哲族" if n[0] in "尤毕" and j % 2 else "汉族"
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "男", "男", "女"]), mz, "%d号楼%d" % (rr.randint(2, 4), rr.randint(201, 518))])
        body = ('<h2 style="text-align:center">%s学生花名册</h2><p style="text-align:center">%s　2023级</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="88%", pad="0px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　共计：%d人　　　　制表：学生科</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s花名册.pdf\tx-scanpdf:200\troster\t0" % s["cls"])
        return []
    if r == "csv_roster":   # 学生名单.csv, UTF-8 with BOM as Excel writes it
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["序号", "学号", "姓名", "性别", "宿舍", "联系电话"])
        for j, n in enumerate(k):
            w.writerow([j + 1, sid_of(s, n), n, rr.choice(["男", "女"]), "%s-%d" % (rr.choice("ABC"), rr.randint(301, 420)),
                        "1%d%d****%04d" % (rr.choice([3, 5, 8]), rr.randint(0, 9), rr.randint(0, 9999))])
        write(os.path.join(d, "roster.csv"), "\ufeff" + buf.getvalue())
        man.append("roster.csv\t%s学生名单.csv\tcopy\troster\t0" % s["cls"])
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
    truth = {"comment": "Forty-third held-out people corpus (testdata/heldout43), the format of testdata/heldout28/truth.json. "
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
        for w in (c["task"], c["course"], s["school"]):
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
        rng = random.Random(s["seed"] * 7919 + 43)
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
        fct = {1: "学生人数 | %s" % s["form_count"], 2: "授课班级 | %s（%s）" % (s["cls"], s["form_count"]),
               3: "班级人数 | %s" % s["form_count"]}[grp(s)]
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
