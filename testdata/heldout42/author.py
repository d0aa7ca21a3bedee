#!/usr/bin/env python3
"""Write the sources of the forty-second held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 毕节
(Guizhou), 哈密 (Xinjiang) and 安康 (Shaanxi).

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
# the truth files read for names, tasks and courses to avoid (heldout39..41 are written at the same time: not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 39)] + ["othertools"]

# surnames by region, repeated by rough frequency: 毕节 (Han 王 陈 张 李 杨 …; Yi 安 禄 陇, Miao 龙 熊 …),
# 哈密 (Han of every province, Hui 马 海 沙, and a few Uyghur names below), 安康 (southern Shaanxi Han; 欧阳 once in a while)
SURNAMES = {
    "bj": list("王王王王王陈陈陈陈张张张张李李李李杨杨杨刘刘刘周周吴吴罗罗罗赵赵龙龙熊熊黄黄朱何彭徐邓胡蔡颜安禄陇申"),
    "hm": list("王王王王王李李李李张张张张刘刘刘陈陈陈杨杨杨赵赵马马马高高孙孙周周徐郭何罗宋韩海沙魏曹"),
    "ak": list("王王王王李李李李张张张刘刘刘陈陈陈杨杨赵赵黄黄周周吴吴徐孙胡朱高何郭梁宋谢韩唐冯程曹袁邓许沈彭吕苏卢蒋贾余柯储阮"),
}
UY_GIVEN = "阿卜杜拉 艾力 迪娜 帕丽旦 努尔艾力 祖丽胡玛尔 阿依仙木 买尔哈巴 伊力夏提 热娜 艾孜买提 米热阿依".split()
UY_FATHER = "阿不来提 艾则孜 吐尔逊 亚生 尼亚孜 卡哈尔 艾买提 依不拉音 吾买尔 麦麦提 买合木提 吐拉洪 热依木 阿布都热依木 司迪克".split()
# given names of boys and girls born around 2008, the names a class list of that year is full of
GIVEN2 = ("浩宇 子轩 宇航 俊杰 嘉豪 志鹏 鹏飞 一鸣 博文 明轩 奕辰 天佑 俊熙 家乐 泽宇 晨阳 文博 思远 子豪 金鑫 国栋 "
          "永康 锦程 浩然 皓轩 梓睿 振宇 宏伟 建业 少杰 欣怡 雨涵 梓萱 思琪 佳怡 紫涵 若曦 诗雨 梦瑶 雅婷 书瑶 一诺 "
          "晓雯 欣妍 嘉怡 思彤 晨曦 美玲 丹丹 玉洁 慧敏 雪梅 春燕 婉婷 佳欣 子怡 雨欣 可馨 静怡 梦洁 文静 海燕 丽娟 "
          "艳红 小芳 思雨 语桐 沐晴 俊宇 宇杰 文轩 凯瑞 明哲 子墨 昊天 鑫磊 晓峰 泽楷 家豪 思源 睿哲 雨泽 天宇 佳乐 "
          "一帆 子涵 若彤 婧琪 心怡 瑞雪 宏图 志远 绍华 正阳 兴旺 德鑫 秋菊 金花 银凤").split()
GIVEN1 = list("丽娜杰磊涛鑫超婷阳静琳鹏帅悦瑶晨")


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


def draw_one(rng, region):
    if region == "hm" and rng.random() < 0.07:
        return rng.choice(UY_GIVEN) + "·" + rng.choice(UY_FATHER)
    if region == "ak" and rng.random() < 0.01:
        return "欧阳" + rng.choice(GIVEN2)
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    given_seen = {x.split("·")[0] for x in names if "·" in x}
    while len(names) < n:
        name = draw_one(rng, region)
        if "·" in name and name.split("·")[0] in given_seen:
            continue
        if name.startswith("欧阳") and any(x.startswith("欧阳") for x in names):
            continue   # one compound surname a class at most
        if "·" not in name and SURNAMES[region].count(name[0]) == 1 and sum(x[0] == name[0] for x in names) >= 2:
            continue   # a rare surname at most twice a class
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
        if "·" in name:
            given_seen.add(name.split("·")[0])
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "tianma": dict(major="中药", code="1301", course="道地药材产地加工", task="乌蒙山鲜天麻产地初加工与天麻片质量检验",
   hours=16, station="中药炮制一体化学习工作站",
   situation="毕节大方一带的林下天麻十一月集中采挖，鲜天麻含水多、容易霉烂。当地一家中药材合作社请中药班学员到加工车间，按产地加工规范完成鲜天麻的分级、清洗、蒸制、切片和低温烘干，检验天麻片的外观、水分和断面，填写加工与检验记录，并为每批饮片做溯源卡。",
   qs=[("问题1 鲜天麻为什么要蒸透后再切片？", ["蒸透能杀酶保质，使天麻质地变软、断面角质透明，切片不易碎裂。", "杀酶保质，断面透明。", "蒸透了切片不碎。"]),
       ("问题2 天麻烘干的温度为什么不能太高？", ["温度过高表面会焦糊起泡，里面的水分出不来，应控制在六十度以下缓慢烘干。", "太高会焦糊起泡。", "六十度以下慢慢烘。"])],
   hw=[("一、默写天麻的性味归经与功效。", ["甘，平。归肝经。息风止痉，平抑肝阳，祛风通络。", "甘平，归肝经，息风止痉。", "平抑肝阳，祛风通络。"]),
       ("二、默写“天麻”药性歌诀。", ["天麻味甘，能驱头眩，小儿惊痫，拘挛瘫痪。", "天麻味甘，能驱头眩。", "小儿惊痫，拘挛瘫痪。"])],
   outputs=[("天麻片饮片溯源卡（第一批）", "鲜品一级，蒸制二十分钟。"), ("天麻片饮片溯源卡（第二批）", "鲜品二级，切片厚二毫米。"), ("天麻片饮片溯源卡（第三批）", "烘干后水分百分之十一。")]),
 "brake": dict(major="汽车维修", code="0403", course="汽车制动系统检修", task="山区客运中巴车盘式制动器异响诊断与摩擦片更换",
   hours=18, station="汽车底盘检修一体化学习工作站",
   situation="毕节山区线路上跑的一辆客运中巴车，下长坡踩刹车时前轮发出尖锐异响，驾驶员反映制动距离变长。车队请汽修班学员在教学工厂对车辆进行接车问诊，拆检前轮盘式制动器，测量制动盘厚度和端面跳动，更换摩擦片并对制动液进行检查，完成路试和竣工检验。",
   qs=[("问题1 制动盘厚度低于极限值为什么必须更换？", ["制动盘太薄散热差，下长坡时容易热衰退甚至开裂，影响行车安全。", "太薄散热差，容易热衰退。", "可能开裂，不安全。"]),
       ("问题2 更换摩擦片后为什么要先踩几脚制动踏板？", ["让制动钳活塞回到工作位置，消除间隙，否则第一脚制动可能踩空。", "消除间隙，防止踩空。", "让活塞复位。"])],
   hw=[("1. 盘式制动器异响的常见原因有哪些？", ["摩擦片磨到报警片、制动盘表面有沟槽、消音片缺失或导向销缺油。", "摩擦片磨损、制动盘沟槽。", "导向销缺油。"]),
       ("2. 制动液为什么要定期更换？", ["制动液会吸收空气中的水分，沸点下降，下长坡时容易产生气阻。", "吸水后沸点下降。", "容易产生气阻。"])],
   outputs=[("前轮制动器拆检记录", "左前制动盘厚二十一点六毫米。"), ("摩擦片更换作业单", "更换前轮摩擦片一套。"), ("竣工检验单", "路试制动无异响，跑偏量合格。")]),
 "melon": dict(major="电子商务", code="0603", course="农产品网店订单处理", task="哈密瓜礼盒网店订单处理与冷链发货",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="每年七月哈密瓜上市，一家瓜果合作社在网店上推出两瓜装和四瓜装礼盒，订单一天比一天多，发错货、漏发和坏瓜投诉也多了起来。运营主管请电商班学员整理订单规则，批量审单、打印快递面单，安排冷链发货，跟踪物流并处理售后。",
   qs=[("问题1 审单时要核对哪些信息？", ["收货人、电话、地址是否完整，规格和数量是否与付款一致，有没有偏远地区不能冷链到达。", "地址电话和规格数量。", "偏远地区能否到达。"]),
       ("问题2 哈密瓜礼盒为什么要走冷链？", ["成熟的哈密瓜在高温下容易变软发酵，冷链运输能延长保鲜时间，减少坏瓜。", "高温容易变软。", "减少坏瓜。"])],
   hw=[("1. 快递面单上哪些信息必须打印清楚？", ["收件人姓名、电话、地址，寄件人信息，订单号和物品名称。", "收件人和寄件人信息。", "订单号和物品名称。"]),
       ("2. 顾客说收到坏瓜，客服应该怎样回复？", ["先道歉，请顾客拍照，核实后按坏瓜数量补发或退款，并登记原因。", "道歉，拍照核实后处理。", "补发或退款。"])],
   outputs=[("礼盒订单快递面单（第一批）", "二瓜装礼盒，冷链。"), ("礼盒订单快递面单（第二批）", "四瓜装礼盒，冷链。"), ("发货汇总与售后登记", "共发货八十六单，坏瓜补发两单。")]),
 "solar": dict(major="机电一体化技术", code="0127", course="机电设备PLC控制系统装调", task="光伏电站组件清扫机器人PLC控制系统安装与调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="哈密戈壁上的光伏电站风沙大，组件表面积灰会使发电量明显下降。电站运维部购进一批轨道式清扫机器人，请机电班学员按图纸安装行走电机、毛刷电机和限位开关，完成PLC接线和程序编写，调试往返清扫、到端换向和遇风停机功能，并填写调试记录。",
   qs=[("问题1 清扫机器人到达轨道端头怎样换向？", ["端头的限位开关动作，PLC断开正转输出，延时后接通反转输出，机器人返回。", "限位开关动作后反转。", "延时换向。"]),
       ("问题2 为什么大风时要停止清扫？", ["风速过大时机器人可能被吹离轨道，风速信号超过设定值时PLC停机并回到停机位。", "防止被吹离轨道。", "风大就停机回位。"])],
   hw=[("1. 画出行走电机正转、反转和毛刷电机的时序图。", ["正转接通，碰右限位后停两秒，反转接通，毛刷电机全程接通。", "正转—停—反转，毛刷一直转。", "碰限位停两秒。"]),
       ("2. 正反转控制为什么要互锁？", ["正转和反转接触器同时吸合会造成相间短路，所以程序和接线都要互锁。", "防止短路。", "程序和接线都要互锁。"])],
   outputs=[("PLC输入输出分配表", "输入十二点，输出八点。"), ("清扫机器人控制程序清单", "往返清扫三次后回停机位。"), ("联机调试记录", "到端换向正常，风速停机正常。")]),
 "noodle": dict(major="烹饪(中式烹调)", code="0501", course="地方风味面点制作", task="安康蒸面批量制作与凉拌出品",
   hours=16, station="中式面点一体化学习工作站",
   situation="安康的一家老字号蒸面馆要在旅游旺季推出外卖套餐，每天要多做三百份蒸面。店长请烹饪班学员按店里的配方和面、洗面、蒸制面皮，调制蒜水、辣油和芝麻酱等调料，按标准分量凉拌出品，并记录每批的用料和出品时间。",
   qs=[("问题1 蒸面的面浆为什么要静置后再蒸？", ["静置让面浆里的淀粉充分沉淀吸水，蒸出的面皮柔韧不易断。", "淀粉充分吸水。", "蒸出来不易断。"]),
       ("问题2 批量出品时怎样保证每份分量一致？", ["面皮和每种调料都用量勺或秤按标准分量取用，装盒前称重复核。", "用量勺和秤。", "装盒前称重。"])],
   hw=[("1. 蒜水的调制比例是多少？", ["蒜泥一份加凉开水三份，加少许盐，现用现调。", "蒜泥和水一比三。", "现用现调。"]),
       ("2. 外卖蒸面怎样防止面皮粘连？", ["面皮蒸好后刷一层熟油再切条，调料单独装袋。", "刷熟油再切。", "调料单独装。"])],
   outputs=[("蒸面制作记录卡（第一批）", "面粉五千克，出面皮四十二张。"), ("调料调制记录卡", "辣油一锅，芝麻酱两千克。"), ("凉拌出品记录卡", "每份二百五十克，出品一百二十份。")]),
 "lake": dict(major="计算机动画制作", code="0306", course="三维场景动画制作", task="瀛湖景区宣传片三维场景建模与镜头动画制作",
   hours=18, station="动画制作一体化学习工作站",
   situation="安康瀛湖景区准备在游客中心大屏上播放一段三十秒的宣传短片，需要一组湖面、岛屿和游船码头的三维场景镜头。景区宣传科请动画班学员根据实拍照片建模，制作材质和灯光，设计两段镜头运动，渲染输出并按审片意见修改。",
   qs=[("问题1 湖面材质怎样做出水波效果？", ["用凹凸贴图或法线贴图表现波纹，再加一点反射和菲涅尔效果，远处波纹要小。", "凹凸贴图加反射。", "远处波纹小。"]),
       ("问题2 镜头运动为什么要先做预览？", ["先用低精度预览检查构图、速度和节奏，确认后再高精度渲染，能节省大量时间。", "先检查构图和节奏。", "节省渲染时间。"])],
   hw=[("1. 场景里的远山为什么可以用面片代替模型？", ["远山离镜头远，看不出体积，用贴图面片能大大减少面数，加快渲染。", "看不出体积，减少面数。", "加快渲染。"]),
       ("2. 渲染输出为什么用序列帧而不是直接输出视频？", ["序列帧中途出错只需重渲坏的几帧，后期合成也更方便。", "出错只重渲几帧。", "方便合成。"])],
   outputs=[("湖心岛场景建模说明", "岛屿模型一万二千面。"), ("游船码头镜头动画说明", "推镜头六秒，环绕八秒。"), ("渲染输出与修改记录", "按审片意见加亮水面反光。")]),
 "pills": dict(major="健康与社会照护", code="0529", course="老年人用药照护", task="社区高龄老人居家用药管理与服药协助照护",
   hours=14, station="居家照护一体化学习工作站",
   situation="安康城区一个社区的日间照料中心发现，不少独居高龄老人同时吃好几种药，常常漏服、重服。中心主任请照护班学员上门整理老人的药品，核对医嘱，把一周的药分装进药盒，协助老人按时服药，观察服药后的反应，并教会老人和家属看药盒。",
   qs=[("问题1 分装药盒前要核对哪些内容？", ["核对老人姓名、药名、剂量、服药时间和有效期，与医嘱或处方一致才能分装。", "姓名、药名、剂量、时间。", "看有效期。"]),
       ("问题2 协助服药时为什么要看着老人服下？", ["高龄老人容易忘记或藏药，看着服下才能确认用药到位，也能及时发现吞咽困难。", "防止忘服藏药。", "发现吞咽困难。"])],
   hw=[("1. 哪些药不能掰开或碾碎服用？", ["缓释片、控释片和肠溶片，掰开会使药物一下子释放或被胃酸破坏。", "缓释片和肠溶片。", "掰开会失效。"]),
       ("2. 老人漏服一次降压药怎么办？", ["想起时离下次服药时间还远就补服，离下次很近就不补，不能一次吃两倍。", "时间远就补服。", "不能一次吃双倍。"])],
   outputs=[("药品整理与医嘱核对记录", "共五种药，一种过期已清理。"), ("一周药盒分装记录", "早中晚三格，分装二十一格。"), ("服药观察与家属指导记录", "家属已会看药盒。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="毕节市百里杜鹃技工学校", pack="dir", region="bj", course="tianma", cls="中药2401班", size=38, seed=11,
         sidp="2452130101", students=["禄晓雯", "龙俊熙", "颜梓琪"], others_named=["杨德富"],
         teachers=["周正兰", "安国林"], form_count="38人",
         f8="receipt_head", f10="word_grade", f11="trace_qr", f12="dictation", findings=[],
         comment="clean. Item 8 (scanned 250 dpi gray): a bordered head row `班级 | 姓名 | 学号` by hand, then a printed 鲜天麻收购验收单 "
                 "naming the grower 杨德富 as 交售人 (not a student). Item 10 (TYPED) 38 rows = form `38人`, maxima in the head, 等级. "
                 "Item 11 (colour scan 200 dpi): three 饮片溯源卡 a student, each with a printed QR code and `加工人：<name>`. "
                 "Item 12 (phone photos, wide-angle lens distortion): a printed 默写 quiz sheet, `班级 姓名 学号` and the answers by hand. "
                 "No roster"),
    dict(school="毕节市百里杜鹃技工学校", pack="dir", region="bj", course="brake", cls="汽修2402班", size=40, seed=12,
         sidp="2452040302", students=["罗浩宇", "熊嘉豪", "陇志鹏"], outsiders={"陇志鹏": "汽修2401班"}, out_sidp="2452040301",
         extra_class=["彭宏图"], bad={"彭宏图": "over"}, others_named=["蔡永福"],
         teachers=["颜学军", "刘朝贵"], form_count="40人",
         f8="name_blank_car", f10="hand_filled", f11="workorder_typed", f12="photo_line",
         findings=[("students.not_in_class", 8, True, "陇志鹏"), ("records.invalid_score", 10, False, "彭宏图")],
         comment="陇志鹏 of the parallel class 汽修2401班 (his class and 学号 on his worksheet, typed work orders and homework) is the "
                 "third student of 8/11/12; item 10 (40 rows = form `40人`) has no record of him: students.not_in_class. Item 10 "
                 "(scanned 200 dpi gray) is a printed class list (序号 学号 姓名 typed) with every score and 总分 WRITTEN BY HAND "
                 "by the teacher; 彭宏图 has 26 under `制动盘检测(20)` (总分 the sum): records.invalid_score. Item 8 (scanned 250 "
                 "dpi gray, wet ink smeared by the hand): `姓名：＿ 班级：＿ 学号：＿` by hand, the driver 蔡永福 as 送修人 (not a "
                 "student). No roster"),
    dict(school="哈密市伊州技工学校", pack="gbkzip", region="hm", course="melon", cls="电商2401班", size=41, seed=21,
         sidp="2465060301", students=["刘梓萱", "马雅婷", "高睿哲"], items={11: ["刘梓萱", "马雅婷"]},
         others_named=["海建民"], teachers=["宋丽华", "郭振江"], form_count="41",
         f8="exit_ticket", f10="rank_table", f11="waybill", f12="hand_page",
         extra_class=["何心怡"], absent_from_10=["何心怡"],
         findings=[("students.count", 11, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: printed courier waybills of the orders, three a page, `打单员：<name>`, the co-operative's "
                 "海建民 as 寄件人, masked customers `王**`) holds the work of only TWO students, 刘梓萱 and 马雅婷 (高睿哲's is "
                 "missing; items 8 and 12 hold the three): students.count on 11; students.mismatch optional. Item 10 (TYPED, a "
                 "名次 column) lists 40; the form says `学生数 | 41`: records.count_mismatch (no roster). Item 8 (colour scan 200 "
                 "dpi, a scanner lamp failing at one end): a dashed 课堂出门条 (exit ticket) at the foot of each worksheet, the "
                 "name twice a sheet"),
    dict(school="哈密市伊州技工学校", pack="gbkzip", region="hm", course="solar", cls="机电2402班", size=40, seed=22,
         sidp="2465012702", students=["赵正阳", "孙一鸣", "魏凯瑞"], extra_class=["沙文博"], absent_from_10=["沙文博"],
         teachers=["韩建新", "李红梅"], form_count="40人", roster="insurance", headteacher="曹秀英",
         f8="sid_name_table", f10="remark_scan", f11="io_typed", f12="graph_paper",
         findings=[("records.missing_student", 10, False, "沙文博"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生团体意外伤害保险投保名单: 被保险人, 性别, masked 证件号码, 保费; the class only in the "
                 "head, no 学号; 40) and the form (`40人`) hold 沙文博; item 10 (scanned 200 dpi gray) has 39 rows and none for "
                 "him: records.missing_student and records.count_mismatch. Item 12 (phone photos, wide-angle lens distortion): "
                 "homework on green graph paper, a timing diagram drawn on the grid"),
    dict(school="安康市瀛湖技师学院", pack="zip", region="ak", course="noodle", cls="烹饪2403班", size=39, seed=31,
         sidp="2461050103", students=["李沐晴", "袁绍华", "贾婧琪"], items={12: ["李沐晴", "袁绍华", "储文轩"]},
         extra_class=["储文轩", "柯晨阳"], bad={"柯晨阳": "sum"},
         teachers=["吕晓梅", "梁建国"], form_count="39人",
         f8="group_head", f10="max_under", f11="dish_card", f12="exercise_book",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "柯晨阳")],
         comment="item 12 (phone photos of exercise books, the wet ink smeared on one) holds the homework of 李沐晴, 袁绍华 and "
                 "classmate 储文轩 (with an item-10 record) instead of 贾婧琪's (items 8 and 11 hold the three): students.mismatch. "
                 "Item 10 (TYPED, maxima in a row under the head) : 柯晨阳's 总分 is 6 BELOW the sum of his parts: "
                 "records.invalid_score. No roster"),
    dict(school="安康市瀛湖技师学院", pack="zip", region="ak", course="lake", cls="动画2402班", size=36, seed=32,
         sidp="2461030602", students=["苏晨曦", "沈明哲", "余可馨"], items={8: ["苏晨曦", "沈明哲", "余可馨", "唐子墨"]},
         extra_class=["唐子墨", "阮一帆"], absent_from_10=["阮一帆"],
         teachers=["冯志刚", "蒋玉萍"], form_count="36人",
         f8="plain_line", f10="comment_scan", f11="certificate", f12="photo_line2",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 dpi gray, a scanner lamp failing at one end) holds the worksheets of FOUR students: the "
                 "three and classmate 唐子墨 (with an item-10 record): students.count on 8; students.mismatch optional. Item 10 "
                 "(scanned 250 dpi gray, a 评语 column) lists 35; the form says `36人`: records.count_mismatch (no roster). "
                 "Item 11 (TYPED): a school 荣誉证书 before each student's works, the name in its sentence"),
    dict(school="安康市瀛湖技师学院", pack="zip", region="ak", course="pills", cls="照护2401班", size=42, seed=33,
         sidp="2461052901", students=["欧阳若曦", "许佳怡", "谢语桐"], others_named=["程桂珍"],
         teachers=["袁淑芬", "曾德华"], form_count="42人", roster="plain_list", headteacher="卢美霞",
         f8="pillbox", f10="two_row_head", f11="care_typed", f12="hand_photo",
         findings=[],
         comment="clean. The roster (a typed 学生名单 with 性别 and 职务, 42) = form `42人` = item 10's 42 rows. Item 8 (colour "
                 "scan 200 dpi): a printed one-week 药盒分装记录 grid at the top, the elder 程桂珍 as 服药老人, the student as "
                 "分装人 (hand), the teacher as 核对人. The compound surname 欧阳 (欧阳若曦, four characters) among the three"),
]

PROVINCE = {1: "贵州省毕节市", 2: "新疆维吾尔自治区哈密市", 3: "陕西省安康市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 毕节: "8、工作页.pdf" (a 顿号 after the number)
        return "%d、%s.pdf" % (n, NAMES[n])
    if g == 2:   # 哈密: "8_工作页_电商2401班.pdf"
        return "%d_%s_%s.pdf" % (n, NAMES[n], s["cls"])
    return "%02d.%s.pdf" % (n, NAMES[n])   # 安康: "08.工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂项目申报书.docx", "docx"),
            2: ("申报书（%s）.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("瀛湖技师学院-%s-申报书.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


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
    if g == 1:   # 毕节: four columns, two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 哈密: 学生数, a bare number
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生数", s["form_count"]), ("学时", "%d" % c["hours"]), ("教学场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 安康: class and size in one cell, 共…人
        rows = [("专业（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及人数", "%s　共%s" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("教学场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务情境</h3><p>{situation}</p>
<h3>四、教学组织</h3><p>课堂按明确任务、制定计划、做出决策、实施计划、检查控制、评价反馈组织教学。学生分组领取任务、查阅资料、拟订计划，经教师审核后实施，教师巡回指导并把控安全与质量，最后展示成果，开展自评、互评和师评。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作企业的真实生产任务，学生在真实工作情境中学习，岗位能力和职业素养明显提高。</p>
<h3>六、真实性承诺</h3><p>本单位承诺所报材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求进行校本转化。\n二、学习任务\n本学期安排“{task}”，共{hours}学时。\n三、考核方式\n过程性考核与终结性考核相结合。",
    2: "{school}\n“{task}”学习任务分析\n一、任务描述\n{situation}\n二、工作过程\n明确任务—制定计划—实施作业—检查验收—评价反馈。",
    3: "{school}\n{task}　教学活动策划\n学习活动1　明确任务、获取信息\n学习活动2　制定计划、做出决策\n学习活动3　实施作业、检查控制\n学习活动4　成果展示、评价反馈",
    4: "{school}\n《{course}》教学进度计划（共{hours}学时）\n第1周　明确任务与获取信息\n第2周　制定计划与决策\n第3周　任务实施\n第4周　检查验收与总结评价",
    5: "{school}\n{task}　教学活动方案\n第1学时　情境导入，明确任务\n第2—4学时　引导问题学习与计划制定\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为信息检索区、计划决策区、实训作业区和成果展示区。",
    9: "{school}\n{task}　考核方案\n考核由过程考核和结果考核组成，成绩记入学习任务考核记录，面向授课班级全体学生。",
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
        return s["out_sidp"] + "23"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages, ovl = [], []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅教师：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "receipt_head":   # a bordered head row 班级 | 姓名 | 学号, then a receipt naming the grower
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            rec = tbl([[("<b>鲜天麻收购验收单</b>　编号：TM-11-%02d" % (3 + i), ' colspan="4"')],
                       ["交售人", s["others_named"][0] + "（大方县药农）", "收购日期", "11月%d日" % (9 + i)],
                       ["等级", "一级 %d kg　二级 %d kg" % (18 + i, 11 + 2 * i), "验收结论", hand("合格", True)]], width="100%", pad="3px 4px")
            body = head + title + rec + sit + answers(c, rng, i) + comment
        elif f == "name_blank_car":   # name line on blanks, the bus driver as 送修人
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            car = tbl([["车辆", "金龙牌客运中巴车", "车牌", "贵F·3%04d" % (2716 + 3 * i)],
                       ["送修人", s["others_named"][0] + "（驾驶员）", "故障现象", "下坡制动前轮尖叫"]], width="100%", pad="3px 4px")
            body = title + head + "<p><b>接车信息</b></p>" + car + sit + answers(c, rng, i) + comment
        elif f == "exit_ticket":   # head line, then a dashed exit ticket at the foot
            head = '<p>班级＿%s＿　姓名＿%s＿　%s</p>' % (hand(cl, True), hand(n), day(s, i))
            ticket = ('<table width="100%%" style="border:1.5pt dashed #333"><tr><td style="padding:6px 8px">'
                      '<p><b>✂ 课堂出门条</b>（下课前交给老师）</p><p>姓名：%s　　学号：%s</p>'
                      '<p>今天我学会了：%s</p><p>我还有疑问：%s</p></td></tr></table>'
                      % (hand(n, True), hand(sid, True), hand(["审单要看地址和规格", "面单信息要打印清楚", "冷链发货的要求"][i % 3], True),
                         hand(["偏远地区怎么发货", "坏瓜怎样判断", "无"][i % 3], True)))
            body = title + head + sit + answers(c, rng, i) + comment + ticket
        elif f == "sid_name_table":   # 学号 | 姓名 | 班级 | 组别 head table
            head = tbl([["学号", hand(sid, True), "姓名", hand(n, True), "班级", hand(cl, True), "组别", hand("第%d组" % (i + 2), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "group_head":   # 姓名 | 班级 | 学号 | 组别 with a printed ingredient list
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True), "组别", hand("%d组" % (i + 1), True)]],
                       width="100%", pad="4px 4px")
            mat = tbl([["原料", "面粉", "食盐", "大蒜", "辣椒面", "芝麻酱"], ["用量", "5 kg", "50 g", "300 g", "200 g", "2 kg"]], width="100%")
            body = title + head + sit + "<p><b>本组领用原料</b></p>" + mat + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级＿ 学号＿ 姓名＿ line
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "pillbox":   # a one-week pill-box record at the top: 服药老人, 分装人, 核对人
            days = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
            grid = [[("<b>一周药盒分装记录</b>　服药老人：%s（86岁）　分装日期：%s" % (s["others_named"][0], day(s, i)[5:]), ' colspan="8"')],
                    ["时段"] + days]
            for slot, pills in (("早", "氨氯地平1片"), ("中", "二甲双胍1片"), ("晚", "阿托伐他汀1片")):
                grid.append([slot] + [hand("√", True) for _ in days])
            grid.append([("分装人：%s　　核对人：%s　　老人/家属确认：%s" % (hand(n, True), hand(t[1], True, BLACK), hand("程", True, BLACK)), ' colspan="8"')])
            body = tbl(grid, width="100%", pad="2px 3px") + title + '<p>班级：%s　　学号：%s</p>' % (hand(cl, True), hand(sid, True)) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": ovl}, ensure_ascii=False, indent=1))
    meth = {"receipt_head": "x-scanpdf:250", "name_blank_car": "x-scanpdf:250:smear", "exit_ticket": "x-scanpdf:200:color:lampend",
            "sid_name_table": "x-scanpdf:250", "group_head": "x-scanpdf:250", "plain_line": "x-scanpdf:200:lampend",
            "pillbox": "x-scanpdf:200:color"}[f]
    font = {"exit_ticket": "Noto Sans CJK SC", "pillbox": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    sign = "<p>考核教师：%s　　　　教研室主任：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "word_grade":   # a plain Word table, maxima in the head, 等级
        parts = [("分级挑选", 15), ("清洗蒸制", 25), ("切片烘干", 30), ("质量检验", 20), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d分)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "hand_filled":   # a printed class list, every score written in by the teacher
        parts = [("接车问诊", 10), ("拆检规范", 25), ("制动盘检测", 20), ("摩擦片更换", 25), ("路试与6S", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            if bad.get(n) == "over":
                v[2] = 26
            cells = [str(k + 1), sid_of(s, n), n] + [hand(str(x), size="11pt", ink="#14204a") for x in v] + \
                    [hand(str(sum(v)), size="11pt", ink="#14204a"), ""]
            out.append(trow(cells, "1px 3px"))
        body = (head10(s, c, "学生成绩登记表（打印名单，成绩手填）") + table(out) +
                "<p>填表说明：成绩用黑色或蓝黑色钢笔填写，涂改处须签名。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200"
    if f == "rank_table":   # a typed table with a 名次 column
        parts = [("订单审核", 25), ("面单打印", 20), ("冷链发货", 30), ("售后处理", 25)]
        vals = []
        for n in rec:
            v = part_scores(rng, parts)
            vals.append((n, v, sum(v)))
        order = sorted(range(len(vals)), key=lambda j: -vals[j][2])
        rank = {}
        for r, j in enumerate(order):
            rank[j] = r + 1 if r == 0 or vals[order[r - 1]][2] != vals[j][2] else rank[order[r - 1]]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s（%d分）" % p for p in parts] + ["总分", "名次"]], pad)]
        for k, (n, v, tot) in enumerate(vals):
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), str(rank[k])], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "remark_scan":   # a plain table with 备注 (组长), scanned
        parts = [("安装接线", 30), ("程序编写", 30), ("联机调试", 25), ("安全文明", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), {3: "组长", 12: "组长", 21: "组长", 30: "组长"}.get(k, "")], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "max_under":   # maxima in a row under the head
        parts = [("和面洗面", 20), ("蒸制面皮", 30), ("调料调制", 25), ("凉拌出品", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>配分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "comment_scan":   # a register with a short 评语 column, scanned
        parts = [("场景建模", 30), ("材质灯光", 25), ("镜头动画", 30), ("渲染输出", 15)]
        words = ["建模规范", "镜头流畅", "材质需加强", "按时完成", "渲染清晰", "节奏较好", "需注意比例", "态度认真"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "评语"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), rng.choice(words)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "two_row_head":   # a two-row head: 过程考核 / 结果考核 over their parts
        parts = [("出勤", 10), ("沟通", 15), ("记录", 15), ("核对", 20), ("分装", 25), ("指导", 15)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>结果考核（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学生学习任务评价表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    if f == "trace_qr":   # traceability cards, a printed QR code on each
        parts, ovl = [], []
        for i, n in enumerate(names):
            cards = []
            for j, (title, desc) in enumerate(c["outputs"]):
                cards.append(tbl([[("<b>%s</b>" % title, ' colspan="3"')],
                                  ["品名", "天麻片（饮片）", ("&nbsp;<br/>&nbsp;<br/>&nbsp;<br/>&nbsp;<br/>&nbsp;<br/>扫码溯源", ' rowspan="5" width="30%" valign="bottom"')],
                                  ["产地", "贵州毕节大方"], ["批号", "TM2411%02d%d" % (i + 3, j + 1)],
                                  ["加工人", "%s（%s）" % (n, cls_of(s, n))], ["说明", desc]], width="92%", pad="6px 5px"))
                ovl.append({"type": "qr", "page": i + 1, "x": 0.738, "y": [0.161, 0.362, 0.564][j], "cm": 2.0, "seed": 40 + 3 * i + j})
            parts.append('<p style="text-align:center"><b>饮片溯源卡</b>　%s</p>' % s["school"] +
                         '<p>&nbsp;</p>'.join(cards) + "<p>审核：%s</p>" % t[i % 2])
        write(os.path.join(d, "11.html.ovl.json"), json.dumps({"pages": len(parts), "items": ovl}, ensure_ascii=False, indent=1))
        return "11.html", html(PB.join(parts), "10pt", font="Noto Sans CJK SC", page="margin:1.2cm 1.6cm"), "x-scanpdf:200:color"
    parts = [head]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        if f == "waybill":   # courier waybills, three a page, 打单员
            bills = []
            for j, (title, desc) in enumerate(c["outputs"]):
                bills.append(tbl([[("<b>冷链快递　标准快递面单</b>　运单号 SF%012d" % (130045721 + 97 * i + j), ' colspan="4"')],
                                  ["收件人", "%s**　1%d*****%04d" % ("王李张赵"[j + i % 2], 38 + j, 2217 + 13 * i), "目的地", ["乌鲁木齐", "西安", "兰州"][j]],
                                  ["寄件人", "%s（伊州瓜果合作社）" % s["others_named"][0], "物品", desc],
                                  ["订单号", "HM2407%02d%03d" % (10 + i, 118 + j), "打单员", n]], width="96%", pad="2px 4px"))
            parts.append('<h3>%s　　%s</h3>' % (c["outputs"][0][0][:6], cl) + "<p>&nbsp;</p>".join(bills) +
                         "<p>审单：%s　　%s</p>" % (t[i % 2], day(s, 30 + i)))
            continue
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "workorder_typed":   # a work order: 维修技师 and 质检员
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车牌号", "贵F·3%04d" % (2716 + 3 * i), "工单号", "WX2411-%03d" % (40 + 3 * i + j)],
                                  ["维修技师", "%s（%s）" % (n, cl), "质检员", t[j % 2]],
                                  ["项目", "标准", "实测", "结论"], ["制动盘厚度", "≥20.0 mm", "21.%d mm" % (6 - j), "合格"],
                                  ["端面跳动", "≤0.05 mm", "0.0%d mm" % (2 + j), "合格"]], width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "io_typed":   # PLC I/O table and programme: 编程人
                parts.append('<h3>%s</h3><p>编程人：%s　　班级：%s　　审核：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["地址", "名称", "说明"], ["I0.0", "启动按钮SB1", "常开"], ["I0.3", "右限位SQ2", "常开"],
                                  ["Q0.0", "行走正转KM1", "与KM2互锁"], ["Q0.2", "毛刷电机KM3", ""]], width="80%") + "<p>%s</p>" % desc)
            elif f == "dish_card":   # a record card per batch: 制作人
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["日期", day(s, 30 + i), "批次", "第%d批" % (j + 1)],
                                                          ["用料", "面粉、清水、食盐", "出品", desc]], width="90%") +
                             "<p>店长评价：%s</p>" % ["面皮柔韧", "调料比例准确", "分量一致"][j])
            elif f == "certificate":   # a school certificate before the works
                if j == 0:
                    parts.append('<p>&nbsp;</p><h1 style="text-align:center;color:#a01818">荣 誉 证 书</h1><p>&nbsp;</p>'
                                 '<p style="font-size:16pt">%s同学：</p><p style="font-size:16pt">　　你的作品《瀛湖·%s》在我校第七届技能文化节'
                                 '“三维动画”项目中荣获<b>%s</b>，特发此证，以资鼓励。</p><p>&nbsp;</p>'
                                 '<p style="text-align:right;font-size:14pt">%s<br/>2024年12月</p>%s'
                                 % (n, ["湖心岛", "码头晨光", "烟波游船"][i % 3], ["一等奖", "二等奖", "三等奖"][i % 3], s["school"], PB))
                parts.append('<h3>%s</h3><p>作者：%s　　班级：%s　　指导教师：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["镜头", "时长", "内容"], ["镜头1", "6秒", "推镜头，湖面晨雾"], ["镜头2", "8秒", "环绕湖心岛"]], width="80%") +
                             "<p>%s</p>" % desc)
            elif f == "care_typed":   # a care record: 照护员 and the elder
                parts.append('<h3>%s</h3>' % title + tbl([["照护员", n, "班级", cl], ["服务对象", "%s（86岁）" % s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["时间", "药品", "服药情况", "签名"], ["07:30", "氨氯地平", "已服", n], ["12:00", "二甲双胍", "已服", n]],
                                                         width="90%") + "<p>小结：%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "graph_paper":   # homework on green graph paper, a timing diagram drawn on the grid
        pages = []
        G = "0.5pt solid #8fc79a"
        NC = 32
        sig = [("KM1正转", "11111100000000000000"), ("KM2反转", "00000000111111000000"), ("KM3毛刷", "11111111111111000000")]

        def cell(st=""):
            return '<td style="border:%s;height:15pt;%s">&nbsp;</td>' % (G, st)

        def text_row(x):
            return '<tr><td colspan="%d" style="border:%s;height:15pt;padding:0 4px">%s</td></tr>' % (NC, G, x)
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            rows = [text_row('<b>%s　课后作业</b>　　班级：%s　姓名：%s　学号：%s' % (c["course"], hand(cl, True), hand(n, True), hand(sid[-2:], True)))]
            for qi, (q, a) in enumerate(c["hw"]):
                rows.append(text_row("<b>%s</b>" % q))
                rows.append(text_row(hand(a[(i + qi + 1) % 3])))
                if qi == 0:
                    for label, wave in sig:
                        top, bot = [], []
                        for col in range(NC):
                            k = col - 6
                            if col == 0:
                                top.append('<td colspan="5" rowspan="2" style="border:%s;padding:0 3px">%s</td>' % (G, hand(label, size="10pt")))
                                continue
                            if col < 5:
                                continue
                            if 0 <= k < len(wave):
                                hi = wave[k] == "1"
                                edge = k > 0 and wave[k] != wave[k - 1]
                                top.append(cell("border-bottom:2pt solid #1d2f6b" if hi else ""))
                                bot.append(cell(("border-bottom:2pt solid #1d2f6b;" if not hi else "") + ("border-left:2pt solid #1d2f6b" if edge else "")))
                            else:
                                top.append(cell())
                                bot.append(cell())
                        rows.append("<tr>%s</tr>" % "".join(top))
                        rows.append("<tr>%s</tr>" % "".join(bot))
                        rows.append("<tr>%s</tr>" % "".join(cell() for _ in range(NC)))
            rows.append(text_row('<span %s>%s　阅 %s</span>' % (RED, mark(rng), day(s, 20 + i)[5:])))
            while len(rows) < 40:
                rows.append("<tr>%s</tr>" % "".join(cell() for _ in range(NC)))
            pages.append('<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows))
        write(os.path.join(d, "12.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
        return "12.html", html(PB.join(pages), "10pt", font="Noto Sans CJK SC", page="margin:1.0cm 1.2cm"), "x-scanpdf:200:photo:barrel"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f == "dictation":   # a printed dictation quiz, the answers by hand
            head = ["%s　药性歌诀默写（第三次）" % s["school"][:2], "班级：　　　　姓名：　　　　学号：",
                    "> %s　　%s　　%s" % (cl, n, sid[-2:]), "! 得分：%d" % (86 + 3 * i)]
        elif f == "photo_line":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "hand_page":
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f == "exercise_book":   # an exercise-book cover, then the page inside
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid[-2:], "----", "%s　课后作业" % c["task"][:4]]
        elif f == "photo_line2":
            head = ["课后作业（三维场景）", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "hand_photo":
            head = ["用药照护　课后练习", "姓名 %s　班级 %s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"dictation": "x-photo:200:1:barrel", "photo_line": "x-photo:200:1", "hand_page": "x-scan:250:4",
            "exercise_book": "x-photo:200:2:smear", "photo_line2": "x-photo:200:2", "hand_photo": "x-photo:200:3:barrel"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "insurance":   # a group accident-insurance list: no 学号, the class only in the head
        rows = [["序号", "被保险人姓名", "性别", "证件类型", "证件号码", "保险期间", "保费(元)"]]
        for j, n in enumerate(k):
            sex = rr.choice(["男", "男", "男", "女"])
            rows.append([str(j + 1), n, sex, "身份证", "6522%02d********%03d%s" % (rr.choice([1, 23, 24]), rr.randint(0, 999), rr.choice("0123456789X")),
                         "2024.09.01—2025.08.31", "100"])
        body = ('<h2 style="text-align:center">学生团体意外伤害保险投保人员清单</h2>'
                '<p>投保单位：%s　　班级：%s　　保单号：PEAC2024650%07d</p>' % (s["school"], s["cls"], 3318 + s["seed"]) +
                tbl(rows, width="100%", pad="1px 3px", bold=(0,)) +
                "<p>合计人数：%d人　　合计保费：%d元　　经办人：%s（班主任）　　投保日期：2024年9月6日</p>" % (len(k), 100 * len(k), s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.0cm"))
        man.append("roster.html\t%s学生保险投保名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "plain_list":   # a plain typed 学生名单
        rows = [["序号", "学号", "姓名", "性别", "职务"]]
        duty = {0: "班长", 7: "团支书", 13: "学习委员", 26: "生活委员", 33: "体育委员"}
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["女", "女", "女", "男"]), duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="86%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　共%d人　　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Forty-second held-out people corpus (testdata/heldout42), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 42)
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
        fct = {1: "班级人数 | %s" % s["form_count"], 2: "学生数 | %s" % s["form_count"],
               3: "授课班级及人数 | %s　共%s" % (s["cls"], s["form_count"])}[grp(s)]
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
