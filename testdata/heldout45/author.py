#!/usr/bin/env python3
"""Write the sources of the forty-fifth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 永川
(Chongqing), 营口 (Liaoning) and 楚雄 (Yunnan, 楚雄彝族自治州).

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
# every earlier truth file (heldout46 is written at the same time by another hand and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 45)] + ["othertools"]

# surnames by region, common ones repeated so they are drawn more often:
# 永川 (冉 向 谭 about as often as in western Chongqing), 营口 (于 隋 衣 曲 of the
# Shandong settlers; Manchu 关 佟 那; Hui 马), 楚雄 (Yi families 普 鲁 起 者 毕 杞 字 among Han ones)
SURNAMES = {
    "cq": list("陈陈刘刘张张李李王王杨周黄何罗唐谭冉向邓蒋曾彭冯袁胡余"),
    "yk": list("王王李李张张刘刘于孙高赵马杨徐曲姜郭宋隋衣关佟那"),
    "cx": list("李李杨杨张王罗罗普鲁起者毕杞字陈周赵施钱"),
}
GIVEN2 = ("俊熙 子墨 梓涵 欣怡 浩然 宇航 思源 佳怡 锦程 可馨 一鸣 天佑 晨曦 明轩 若溪 家豪 婧怡 志鹏 芷若 "
          "嘉懿 昊天 语桐 沛然 泽宇 书瑶 奕辰 依诺 振宇 梦婷 乐瑶 文韬 心悦 雅琴 子豪 铭轩 紫萱 俊豪 "
          "欣妍 宏伟 诗雨 瑞霖 倩倩 冠宇 佩琪 晓东 艺璇 浩轩 梦洁 鑫磊 思彤 煜祺 安琪 国栋 丽娟 "
          "正阳 婉清 博涵 晓琳 天宇 雨欣 家乐 静雯 航宇 佳欣").split()
GIVEN1 = list("杰磊静敏洋娟鑫丹")
BOYS = set("俊熙 子墨 浩然 宇航 思源 锦程 一鸣 天佑 明轩 家豪 志鹏 昊天 沛然 泽宇 奕辰 振宇 文韬 子豪 铭轩 俊豪 宏伟 瑞霖 冠宇 晓东 浩轩 鑫磊 煜祺 国栋 正阳 博涵 天宇 家乐 航宇 "
           "杰 磊 洋 鑫 浩宇 晨阳 博文 子航 铭泽 洪涛 志远 明远 文杰 志强 永康 正宇 梓轩 海洋 明亮".split())


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
    """one character apart (same length), or one a part of the other"""
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    if region == "cq" and rng.random() < 0.03:
        return "欧阳" + g
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        # never two names of one class one character apart (陈思源/陈思彤), never a name used before
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


def male(n):
    g = n[2:] if n.startswith("欧阳") else n[1:]
    return g in BOYS


C = {
 "brake": dict(major="汽车维修", code="0403", course="汽车制动系统检修", task="城乡公交车鼓式制动器制动拖滞故障检修",
   hours=16, station="汽车底盘检修一体化学习工作站",
   situation="永川一家公交公司的城乡线路公交车下长坡后右后轮轮毂发烫，司机反映松开制动踏板后车辆滑行距离明显变短。车队机务员把车送到学校合作的修理厂，车间主管请汽修班学员按维修手册拆检右后轮鼓式制动器，测量制动鼓内径和蹄片厚度，查找回位弹簧、制动分泵和间隙调整机构的故障，修复后路试并填写维修记录。",
   qs=[("问题1 制动拖滞时轮毂为什么会发烫？", ["蹄片在松开踏板后仍贴着制动鼓，一直摩擦生热，热量传到轮毂。", "蹄片一直磨着制动鼓。", "摩擦生热传到轮毂。"]),
       ("问题2 拆检鼓式制动器前要做哪些准备？", ["停稳车辆、垫好三角木、举升并用安全支架支撑，戴好防尘口罩，准备好专用弹簧钳。", "垫三角木，用安全支架。", "戴口罩，备弹簧钳。"])],
   hw=[("1. 制动鼓内径超过极限值应怎样处理？", ["超过维修极限要镗削，超过使用极限必须更换，左右两侧同时处理。", "超限就更换。", "左右同时处理。"]),
       ("2. 回位弹簧失效会引起什么现象？", ["松开踏板后蹄片回不到原位，造成拖滞、发热和单边跑偏。", "蹄片回不去，拖滞发热。", "会跑偏。"])],
   outputs=[("右后轮制动器拆检", "回位弹簧一根断裂。"), ("制动分泵更换", "分泵活塞锈蚀卡滞。"), ("制动间隙调整与路试", "路试滑行正常，轮毂温度正常。")]),
 "metro": dict(major="城市轨道交通运输与管理", code="0431", course="车站客运组织", task="市域铁路车站节假日大客流进站限流组织",
   hours=14, station="城市轨道交通客运服务一体化学习工作站",
   situation="国庆假期前，连接永川和主城的市域铁路预计车站早高峰进站客流比平时多一倍。车站站长请城轨班学员统计平日和周末的进站客流，按站厅布局设计铁马隔离的排队路线，编写限流广播词，分岗位演练站外排队、安检分流和闸机引导，演练后修改方案。",
   qs=[("问题1 什么时候要启动三级限流？", ["站台候车人数接近站台容纳能力、列车满载率持续很高时，先站台、再站厅、最后站外逐级限流。", "站台人太多时逐级限流。", "先站台再站厅再站外。"]),
       ("问题2 铁马隔离排队路线要注意什么？", ["不能堵住消防通道和无障碍通道，转弯处留足宽度，出口和进口客流不交叉。", "不堵消防通道。", "进出客流不交叉。"])],
   hw=[("1. 限流广播词应包括哪些内容？", ["说明限流原因、排队方向、预计等候时间，请乘客照看好老人和小孩，语气平和。", "原因、方向和等候时间。", "语气平和，提醒照看老人小孩。"]),
       ("2. 闸机引导岗发现乘客拥挤摔倒怎样处置？", ["立即喊停并拦住后面的客流，扶起乘客，报告车站控制室，必要时暂停进站。", "喊停，扶人，报告。", "必要时暂停进站。"])],
   outputs=[("节假日进站限流方案", "站外排队区设四折铁马。"), ("限流广播词", "中英文各一段，每五分钟播放一次。"), ("演练总结与改进", "安检口增设一名分流岗。")]),
 "dumpling": dict(major="烹饪(中式烹调)", code="0501", course="辽菜面点制作", task="营口鲅鱼馅水饺手工制作与出品",
   hours=16, station="中式面点一体化学习工作站",
   situation="开海以后，营口鲅鱼圈的一家海鲜饺子馆每天要包上千个鲅鱼馅水饺。饺子馆请烹饪班学员到后厨实训一周：按配方给鲅鱼去骨剁茸、打水上劲，调制韭菜鲅鱼馅，和面、擀皮、包制，掌握煮制火候，按份出品，并做好原料成本记录。",
   qs=[("问题1 鲅鱼馅为什么要分次打水？", ["鱼肉一次吸不了太多水，分次加入花椒水并顺一个方向搅打，馅料才能上劲、鲜嫩多汁。", "一次吸不了太多水。", "顺一个方向搅打上劲。"]),
       ("问题2 包鲅鱼饺子的面团为什么要软一点？", ["鱼馅水分大，面团稍软好捏合，煮后皮薄不硬，但也不能太软，否则容易破。", "好捏合，煮后不硬。", "太软容易破。"])],
   hw=[("1. 煮水饺为什么要点三次凉水？", ["点凉水让水不至于一直大滚，饺子皮和馅同时熟透，皮不会煮破。", "防止大滚把皮煮破。", "让皮和馅同时熟。"]),
       ("2. 剁鱼茸时怎样去掉鲅鱼的腥味？", ["去净血线和黑膜，加花椒水、姜葱水，少放料酒。", "去血线和黑膜。", "加花椒水和姜葱水。"])],
   outputs=[("鲅鱼馅调制记录", "鱼肉五百克，花椒水二百毫升。"), ("水饺包制与煮制记录", "每份十二个，煮制七分钟。"), ("出品成本核算", "每份成本十一元。")]),
 "ejector": dict(major="数控加工(数控车工)", code="0106", course="轴类零件数控车削", task="镁砖压机模具顶杆数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="营口大石桥的一家耐火材料厂生产镁碳砖，压砖机模具的顶杆磨损后顶砖不平。设备科按图纸委托学校加工一批顶杆。车间老师请数控班学员分析零件图，确定装夹方式和刀具，编写台阶轴和圆弧过渡的加工程序，在数控车床上完成车削，用千分尺和粗糙度样块检测后交付。",
   qs=[("问题1 加工细长的顶杆为什么要用一夹一顶？", ["顶杆长径比大，只用卡盘夹持会让工件在切削力下弯曲振动，尾座顶尖能增加刚性。", "防止工件弯曲振动。", "尾座顶尖增加刚性。"]),
       ("问题2 圆弧过渡处为什么要用刀尖圆弧半径补偿？", ["车刀刀尖有圆弧，不补偿时车出的圆弧和锥面会有过切或欠切，尺寸不准。", "不补偿会过切或欠切。", "用G42补偿。"])],
   hw=[("1. G71和G70指令各起什么作用？", ["G71是外圆粗车复合循环，按精加工轮廓分层去除余量；G70按同一轮廓精车。", "G71粗车，G70精车。", "G70按轮廓精车。"]),
       ("2. 千分尺使用前为什么要校零？", ["测砧和测微螺杆接触时读数应为零，不为零要调整，否则每次测量都带着误差。", "不校零会有误差。", "接触时读数应为零。"])],
   outputs=[("顶杆零件检测记录（首件）", "φ32外圆实测31.98。"), ("顶杆零件检测记录（第二件）", "R5圆弧样板检查合格。"), ("数控加工工艺卡", "粗车、精车、切断三道工步。")]),
 "feeding": dict(major="健康与社会照护", code="0529", course="失智老人生活照护", task="社区失智老人进食照护与噎呛预防",
   hours=14, station="养老照护一体化学习工作站",
   situation="营口站前区一家社区日间照料中心收住了几位轻中度失智老人，其中一位老人吃饭时常常含着饭不咽，上个月发生过一次轻微噎呛。中心主任请照护班学员评估老人的吞咽能力，调整食物的性状，设计进食环境和就餐流程，协助老人进食，并学会海姆立克急救。",
   qs=[("问题1 洼田饮水试验怎样判断吞咽能力？", ["让老人端坐喝下三十毫升温水，观察所用时间和有无呛咳，一次喝完无呛咳为一级，分五级。", "喝三十毫升温水看呛咳。", "分五级。"]),
       ("问题2 为什么要给失智老人准备单一的餐具和简单的桌面？", ["失智老人注意力容易分散，桌上东西少、颜色对比明显，老人更容易认出饭菜，专心吃饭。", "桌面简单，老人不分心。", "颜色对比明显。"])],
   hw=[("1. 老人发生噎呛时最先做什么？", ["立即停止进食，鼓励老人用力咳嗽；不能咳嗽、说不出话时马上用海姆立克法并呼叫急救。", "停止进食，鼓励咳嗽。", "不能咳嗽就用海姆立克法。"]),
       ("2. 什么样的食物容易引起噎呛？", ["干硬的、黏性大的、汤水太稀的食物，比如汤圆、年糕和清水。", "黏的和干硬的。", "汤圆年糕，太稀的水。"])],
   outputs=[("吞咽功能评估记录", "洼田饮水试验二级。"), ("协助进食照护记录", "进食二十五分钟，无呛咳。"), ("家属沟通记录", "建议家属把米饭换成软饭。")]),
 "herb": dict(major="中药", code="1301", course="中药饮片加工", task="滇重楼净制切片与干燥质量检验",
   hours=16, station="中药炮制一体化学习工作站",
   situation="楚雄一家中药饮片厂从山区合作社收购了一批滇重楼鲜根茎，要加工成饮片供给药厂。生产主管请中药班学员按炮制规范对药材净制、润透、切片，控制厚度，用烘箱低温干燥，检验片型、水分和杂质，填写生产记录。",
   qs=[("问题1 滇重楼切片前为什么要润透？", ["根茎质地坚硬，润透后内外软硬一致，切出的片子厚薄均匀，不碎不裂。", "软硬一致，片子均匀。", "不碎不裂。"]),
       ("问题2 饮片干燥温度为什么不能太高？", ["温度太高会使有效成分损失，片子表面焦化、颜色变深，一般控制在六十度以下。", "有效成分会损失。", "六十度以下。"])],
   hw=[("1. 怎样从外观上鉴别滇重楼？", ["根茎结节状，表面黄棕色，有密集的环节和圆形茎痕，断面白色粉性。", "结节状，有环节。", "断面白色粉性。"]),
       ("2. 饮片水分检查用什么方法？", ["用烘干法，取样在一百零五度烘至恒重，计算减失的重量。", "烘干法。", "一百零五度烘至恒重。"])],
   outputs=[("净制与润制记录", "除去须根和泥沙，润制六小时。"), ("切片记录", "片厚二至三毫米。"), ("干燥与检验记录", "水分百分之十点二，合格。")]),
 "embroid": dict(major="电子商务", code="0603", course="网店视觉营销", task="彝绣文创产品网店主图拍摄与详情页上架",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="楚雄一家彝绣合作社做了一批绣花帆布包、手机袋和书签，想在网店上架。合作社请电商班学员为产品拍摄主图，抠图修图，写出体现马缨花等彝绣纹样寓意的卖点文案，制作详情页，设置价格和运费模板后上架，并统计首周的访客和转化。",
   qs=[("问题1 拍摄绣花产品主图时光线怎样布置？", ["用两盏柔光灯从左右前方斜射，避免正面闪光反光，让绣线的纹理和立体感显出来。", "左右两盏柔光灯。", "不用正面闪光。"]),
       ("问题2 详情页为什么要写纹样的寓意？", ["顾客买文创是买文化，讲清马缨花、火纹的寓意能让产品与普通帆布包区别开，提高转化。", "讲文化，和普通包区别开。", "提高转化。"])],
   hw=[("1. 主图的第一张和第五张各放什么？", ["第一张放产品正面全貌吸引点击，第五张放白底图，方便平台推荐。", "第一张全貌，第五张白底。", "白底图方便推荐。"]),
       ("2. 访客多但成交少可能是什么原因？", ["主图和详情页不一致、价格偏高、评价少或运费设置不合理。", "价格高或评价少。", "详情页和主图不一致。"])],
   outputs=[("产品主图设计稿", "主图五张，白底图一张。"), ("详情页文案", "突出马缨花纹样寓意。"), ("首周运营数据表", "访客六百一十二，成交二十三单。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="重庆市永川区棠城技工学校", pack="dir", region="cq", course="brake", cls="汽修2303班", size=40, seed=11,
         sidp="2351040303", students=["冉浩宇", "谭欣悦", "向晨阳"], outsiders={"向晨阳": "汽修2302班"}, out_sidp="2351040302",
         extra_class=["蒋沛霖"], bad={"蒋沛霖": "over"},
         teachers=["唐国平", "周红英"], form_count="40人",
         f8="blank_line_ruler", f10="grade_scan", f11="completion_cert", f12="app_shot",
         findings=[("students.not_in_class", 8, True, "向晨阳"), ("records.invalid_score", 10, False, "蒋沛霖")],
         comment="向晨阳 of the parallel class 汽修2302班 (his class and 学号 on his worksheet, his completion certificates "
                 "and his homework post) is the third student of 8/11/12; item 10 (scanned 250 dpi gray, 40 rows = form "
                 "`40人`) has no record of him: students.not_in_class. Item 10: 蒋沛霖 has 36 under `故障诊断(30)` (总分 the "
                 "sum): records.invalid_score. Item 8 (scanned 200 dpi gray, a ruler left on the glass). Item 11: printed "
                 "维修竣工出厂合格证 cards. Item 12: screenshots of a class app's homework posts. No roster"),
    dict(school="重庆市永川区棠城技工学校", pack="dir", region="cq", course="metro", cls="城轨2401班", size=40, seed=12,
         sidp="24510431", students=["彭雨萱", "黄梓轩", "何语嫣"], others_named=["邓春燕"],
         teachers=["曾晓燕", "刘定坤"], form_count="40人", roster="uniform", headteacher="袁立华",
         f8="count_sheet", f10="plain_gender", f11="plan_typed", f12="name_line_photo", findings=[],
         comment="clean. The roster is a 校服（制服）尺码征订表 (序号 学号 姓名 性别 身高 体重 尺码, 40 = form `40人` = item 10). "
                 "Item 8 (scanned 250 dpi gray; the sheets jammed in the feeder): a printed 进站客流计数表 at the top, the "
                 "student only as 计数员 by hand, the station's 客运值班员 邓春燕 printed (not a student)"),
    dict(school="营口市辽河口高级技工学校", pack="gbkzip", region="yk", course="dumpling", cls="烹饪2402班", size=42, seed=21,
         sidp="2408050102", students=["隋海洋", "衣佳琪", "于子航"], items={12: ["隋海洋", "衣佳琪", "高铭泽"]},
         extra_class=["高铭泽", "宋雨晴"], absent_from_10=["宋雨晴"],
         teachers=["王德海", "赵砚秋"], form_count="42人",
         f8="head_row", f10="hand_scores", f11="dish_typed", f12="exercise_book",
         findings=[("students.mismatch", 12, True), ("records.count_mismatch", 10, False)],
         comment="item 12 (phone photos of exercise-book covers and the page inside) holds the homework of 隋海洋, 衣佳琪 and "
                 "classmate 高铭泽 (with an item-10 record) instead of 于子航's (items 8 and 11 hold the three): "
                 "students.mismatch. Item 10 (a printed register filled in by hand, scanned 250 dpi gray) has 41 rows; the "
                 "form says `42人`: records.count_mismatch (宋雨晴 has no row; there is no roster)"),
    dict(school="营口市辽河口高级技工学校", pack="gbkzip", region="yk", course="ejector", cls="数控2401班", size=38, seed=22,
         sidp="2408010601", students=["曲峥嵘", "姜昕冉", "孙志远"], items={11: ["曲峥嵘", "姜昕冉"]},
         extra_class=["郭骁腾"], bad={"郭骁腾": "sum"},
         teachers=["刘振东", "高春雷", "孙昭华"], form_count="38",
         f8="plain_line_ruler", f10="double_column", f11="inspection_typed", f12="program_sheet",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "郭骁腾")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED inspection records and process cards, 加工者) holds the work of only TWO students, 曲峥嵘 and "
                 "姜昕冉 (孙志远's is missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. "
                 "Item 10 (TYPED) is a TWO-COLUMN register (students 1-19 on the left half, 20-38 on the right half of each "
                 "table row); 郭骁腾's 总分 is 5 BELOW the sum of his parts: records.invalid_score. Item 12: hand-written "
                 "数控加工程序单 (N/G/X/Z/F grid), scanned. No roster"),
    dict(school="营口市辽河口高级技工学校", pack="gbkzip", region="yk", course="feeding", cls="照护2401班", size=40, seed=23,
         sidp="2408052901", students=["关雪莹", "那欣然", "马昕玥"], extra_class=["佟佳慧"], absent_from_10=["佟佳慧"],
         others_named=["赵淑兰"], teachers=["杨淑芬", "于凤岐"], form_count="40", roster="plain_list", headteacher="徐蔓青",
         f8="fax_blank", f10="max_in_head", f11="care_typed", f12="hand_page_jam",
         findings=[("records.missing_student", 10, False, "佟佳慧"), ("records.count_mismatch", 10, False)],
         comment="the roster (typed 学生名单 with 民族 (满族, 回族, 汉族) and 职务, 40) and the form (`40`) hold 佟佳慧; item 10 "
                 "(TYPED, maxima in the head and 等级) has 39 rows and none for her: records.missing_student and "
                 "records.count_mismatch. Item 8 (1-bit fax-like 200 dpi): `姓名：＿ 班级：＿ 学号：＿` by hand and the "
                 "day-care client 赵淑兰 named on every sheet (not a student)"),
    dict(school="楚雄市紫溪山技工学校", pack="zip", region="cx", course="herb", cls="中药2401班", size=40, seed=31,
         sidp="24230130", students=["鲁嘉怡", "普文杰", "毕思雨"], items={12: ["鲁嘉怡", "普文杰", "毕思雨", "起梦瑶"]},
         extra_class=["起梦瑶", "者永康"], bad={"者永康": "over"},
         teachers=["李光荣", "杨丽仙"], form_count="40人",
         f8="corner_box", f10="nation_mono", f11="processing_typed", f12="four_photo",
         findings=[("records.invalid_score", 10, False, "者永康"), ("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 10 (1-bit fax-like scan, 200 dpi; 民族 column 彝族/汉族/回族) gives 者永康 23 under `切片(20)` (总分 the "
                 "sum): records.invalid_score. Item 12 (phone photos) holds the homework of FOUR students: the three and "
                 "classmate 起梦瑶 (with an item-10 record): students.count on 12; students.mismatch optional. No roster"),
    dict(school="楚雄市紫溪山技工学校", pack="zip", region="cx", course="embroid", cls="电商2402班", size=39, seed=32,
         sidp="24230603", students=["罗晓雯", "杨岚熙", "李正宇"], others_named=["起阿英"],
         teachers=["罗永福", "张澄怡"], form_count="39人",
         f8="shoot_log", f10="plain_group", f11="hangtag", f12="hand_color", findings=[],
         comment="clean. Item 8 (colour scan 200 dpi): a printed 产品拍摄登记表 at the top, the student only as 拍摄人 by hand, "
                 "the co-operative's embroiderer 起阿英 as 送样人 (not a student). Item 11: printed hang-tag designs, four "
                 "tags a page, `设计：<name>（<class>）` on each. Item 10 (TYPED) 39 rows with a 组别 column = form `39人`. "
                 "No roster"),
]

PROVINCE = {1: "重庆市永川区", 2: "辽宁省营口市", 3: "云南省楚雄彝族自治州楚雄市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 永川: "8_工作页.pdf" (an underscore after the number)
        return "%d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 营口: "工作页-烹饪2402班.pdf" (the item's name first, no number, the class after it)
        return "%s-%s.pdf" % (NAMES[n], s["cls"])
    return "%02d、%s.pdf" % (n, NAMES[n])   # 楚雄: "08、工作页.pdf"


def form_name(s, c):
    return {1: ("申报书-%s.docx" % c["major"], "docx"),
            2: ("附件2 %s申报书.pdf" % s["cls"], "pdf"),
            3: ("%s优质课堂申报书.docx" % c["task"], "docx")}[grp(s)]


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
BLUE, BLACK = "#20306e", "#171717"
RED = 'style="font-family:\'AR PL UKai CN\';color:#bf2418;font-size:13pt"'


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


# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 永川: label/value, the class and its size in two rows, `40人`
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课地点", c["station"])]
        info = tbl([[(a, ' width="26%"'), (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 营口: six columns in two rows (专业 | 代码 | 班级 / 人数 | 学时 | 课程)
        info = tbl([["专业", c["major"], "代码", c["code"], "授课班级", s["cls"]],
                    ["学生数", s["form_count"], "学时", str(c["hours"]), "课程", c["course"]],
                    [("学习任务", ""), (c["task"], ' colspan="5" align="left"')]], width="100%", pad=P)
    else:   # 楚雄: `授课对象 | 中药2401班（40人）`
        rows = [("专业名称及代码", "%s　%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("学习场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">技工院校工学一体化优质课堂项目申报书</h2>
<p>申报学校：{school}</p><p>项目负责人：{lead}</p><p>申报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务情境</h3><p>{situation}</p>
<h3>四、教学组织实施</h3><p>以学生为中心、按完整工作过程组织教学：获取信息阶段学生阅读任务单、查阅资料；制定计划阶段各小组列出步骤、分工和所需器材；做出决策阶段小组汇报计划、教师点评后确定方案；实施计划阶段学生按方案操作；过程控制阶段教师巡回检查安全与质量、记录问题；评价反馈阶段学生展示成果，进行自评、互评和教师点评，并写出改进意见。</p>
<h3>五、课堂特色与成效</h3><p>任务来自{prov}合作单位的真实工作，学生完成任务后交付成果，合作单位参与评价。</p>
<h3>六、真实性承诺</h3><p>申报内容真实，材料为本校教师原创。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="76%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}行业企业的岗位要求转化。\n二、学习任务\n{task}，{hours}学时。\n三、评价方式\n过程评价与终结评价相结合。",
    2: "{school}\n学习任务分析：{task}\n（一）任务描述\n{situation}\n（二）工作过程\n明确任务—制订计划—实施作业—检查控制—评价反馈。",
    3: "{school}\n学习任务教学活动策划（{task}）\n学习活动1　明确任务与获取信息\n学习活动2　制订工作计划\n学习活动3　任务实施\n学习活动4　检查评价与总结",
    4: "{school}\n教学进度计划\n课程：{course}　　共{hours}学时\n第1—2学时　明确任务\n第3—6学时　制订计划\n第7学时起　任务实施、检查、评价",
    5: "{school}\n教学活动方案\n学习任务：{task}\n一、教学目标　二、教学重点难点　三、教学过程（情境导入、任务实施、评价总结）",
    6: "{school}\n学习任务资源清单\n1. 学习工作页　2. 行业标准和操作规程　3. 微课视频　4. {station}设备、工具和材料清单",
    7: "{school}\n{station}图文说明\n工作站分为信息查询区、计划讨论区、实操区、成果展示区，可同时容纳四十名学生分组学习。",
    9: "{school}\n学习任务考核方案（{task}）\n考核包括过程考核和任务成果考核，按评分标准逐项评分，结果记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8", "√ 完整", "√ 9", "√ 清晰", "√ 10", "√ 较好"])


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


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>一、任务情境</b></p><p>%s</p><p><b>二、引导问题</b></p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s　　%s</p>' % (RED, ["A", "B+", "A-", "B"][i % 4], t[i % 2], day(s, i)[5:])
        if f == "blank_line_ruler":   # 姓名：＿ 班级：＿ 学号：＿ on one line
            head = '<p>姓名：＿%s＿　班级：＿%s＿　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + '<p>车辆：城乡公交（宇通中型客车）　故障现象：右后轮拖滞发热</p>' + sit + answers(c, rng, i) + comment
        elif f == "count_sheet":   # a printed passenger-count sheet at the top: the student only as 计数员
            cnt = tbl([[("<b>进站客流计数表</b>（%s）" % ["A口", "B口", "C口"][i % 3], ' colspan="6"')],
                       ["时段", "7:00-7:15", "7:15-7:30", "7:30-7:45", "7:45-8:00", "合计"],
                       ["人数"] + [hand(str(v), True) for v in [rng.randint(180, 320) for _ in range(4)]] + [""],
                       ["计数员", (hand(n, True), ' colspan="2"'), "客运值班员", (s["others_named"][0], ' colspan="2"')]],
                      width="100%", pad="3px 4px")
            body = cnt + title + '<p>班级：%s　　学号：%s　　实训车站：永川东站（模拟）</p>' % (hand(cl, True), hand(sid[-2:], True)) + sit + answers(c, rng, i) + comment
        elif f == "head_row":   # a bordered head row 姓名 | 班级 | 学号 | 日期
            head = tbl([["姓　名", hand(n, True), "班　级", hand(cl, True), "学　号", hand(sid[-2:], True), "日　期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 3px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line_ruler":   # 班级＿ 学号＿ 姓名＿
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "fax_blank":   # 姓名/班级/学号 on blanks; the day-care client named
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = (title + head + '<p>服务对象：%s（79岁，阿尔茨海默病中度）　　服务机构：站前区社区日间照料中心</p>' % s["others_named"][0]
                    + sit + answers(c, rng, i) + comment)
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right
            box = ('<table width="100%%"><tr><td></td><td width="42%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = box + title + '<p>班级：%s　　指导教师：%s　　%s</p>' % (cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "shoot_log":   # a printed photo-shoot log at the top: 拍摄人 (student) and 送样人 (embroiderer)
            log = tbl([[("<b>产品拍摄登记表</b>　编号 PS-%03d" % (51 + i), ' colspan="6"')],
                       ["产品", ["马缨花帆布包", "火纹手机袋", "彝绣书签"][i % 3], "数量", "%d件" % (3 + i), "背景", "白底 / 场景"],
                       ["送样人", s["others_named"][0], "拍摄人", hand(n, True), "日期", hand(day(s, i)[5:], True)]],
                      width="100%", pad="3px 4px")
            body = log + title + '<p>班级：%s　　学号：%s</p>' % (cl, hand(sid[-2:], True)) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"blank_line_ruler": "x-scanpdf:200:ruler", "count_sheet": "x-scanpdf:250:jam", "head_row": "x-scanpdf:200",
            "plain_line_ruler": "x-scanpdf:200:ruler", "fax_blank": "x-scanpdf:200:mono", "corner_box": "x-scanpdf:200:color",
            "shoot_log": "x-scanpdf:200:color"}[f]
    font = {"count_sheet": "Noto Sans CJK SC", "shoot_log": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def nation(s, n):
    if grp(s) == 3:
        return "彝族" if n[0] in "普鲁起者毕杞字" or (n[0] in "李罗" and sum(map(ord, n)) % 3 == 0) else ("回族" if n[0] == "马" else "汉族")
    return "满族" if n[0] in "关佟那" else ("回族" if n[0] == "马" else "汉族")


def scores(rng, parts, n, bad, over_idx, lo=0.62, hi=0.96):
    v = part_scores(rng, parts, lo, hi)
    if bad.get(n) == "over":
        v[over_idx] = parts[over_idx][1] + {30: 6, 20: 3}.get(parts[over_idx][1], 4)
    tot = sum(v) - (5 if bad.get(n) == "sum" else 0)
    return v, tot


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　审核（教研组长）：%s　　　　%s</p>" % ("、".join(t[:2]), t[-1], day(s, 12))
    if f == "grade_scan":   # plain register with 等级, scanned
        parts = [("安全防护", 10), ("拆装规范", 25), ("故障诊断", 30), ("修复质量", 25), ("工单填写", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v, tot = scores(rng, parts, n, bad, 2)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩记录表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:250"
    if f == "plain_gender":   # plain typed register with 性别
        parts = [("方案编制", 25), ("广播词", 15), ("岗位演练", 40), ("总结改进", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s<br/>(%d分)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v, tot = scores(rng, parts, n, bad, 2)
            out.append(trow([str(k + 1), sid_of(s, n), n, "男" if male(n) else "女"] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "hand_scores":   # a printed register, the scores written in by hand
        parts = [("刀工调馅", 30), ("包制成形", 30), ("煮制出品", 25), ("卫生规范", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v, tot = scores(rng, parts, n, bad, 1)
            note = hand("组长", True, size="9pt") if k in (3, 14, 25, 36) else ""
            out.append(trow([str(k + 1), sid_of(s, n), n] + [hand(str(x), size="10pt") for x in v] + [hand(str(tot), size="10pt"), note], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign.replace("考核教师：", "考核教师（签字）：")
        return "10.html", html(body, "8.5pt", compact=True, page="margin:0.9cm 1.3cm"), "x-scanpdf:250"
    if f == "double_column":   # two students a table row: left half, right half
        parts = [("工艺", 20), ("编程", 25), ("加工", 35), ("检测", 20)]
        hd = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]
        out = [trow(["<b>%s</b>" % x for x in hd + hd], pad)]
        half = (len(rec) + 1) // 2
        rows = []
        for k, n in enumerate(rec):
            v, tot = scores(rng, parts, n, bad, 2)
            rows.append([str(k + 1), sid_of(s, n)[-4:], n] + [str(x) for x in v] + [str(tot)])
        for k in range(half):
            right = rows[k + half] if k + half < len(rows) else [""] * len(hd)
            out.append(trow(rows[k] + right, pad))
        body = (head10(s, c, "学习任务考核成绩表") + "<p>学号前六位：%s　　（表中学号只写后四位）</p>" % s["sidp"][:6] + table(out) +
                "<p>应考%d人，实考%d人。</p>" % (len(rec), len(rec)) + sign)
        return "10.html", html(body, "8pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 0.9cm"), "pdf"
    if f == "max_in_head":   # maxima in the head (分), 等级
        parts = [("吞咽评估", 20), ("食物调整", 20), ("协助进食", 35), ("急救处置", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>（%d分）" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v, tot = scores(rng, parts, n, bad, 2)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "nation_mono":   # a plain register with 民族, sent as a 1-bit scan
        parts = [("净制", 20), ("润制", 20), ("切片", 20), ("干燥", 20), ("检验", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "民族"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v, tot = scores(rng, parts, n, bad, 2, 0.6, 0.95)
            out.append(trow([str(k + 1), sid_of(s, n), n, nation(s, n)] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:mono"
    if f == "plain_group":   # plain typed register with 组别
        parts = [("拍摄修图", 30), ("卖点文案", 20), ("详情页", 30), ("上架运营", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v, tot = scores(rng, parts, n, bad, 0)
            out.append(trow([str(k + 1), sid_of(s, n), n, "第%s组" % "一二三四五六"[k * 6 // len(rec)]] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    if f == "hangtag":   # hang-tag designs, four tags a page, the designer on each tag
        for i, n in enumerate(names):
            tags = []
            for j, (title, desc) in enumerate(c["outputs"] + [("吊牌背面", "手工刺绣，请勿机洗")]):
                tags.append('<td style="border:1.2pt dashed #7a5230;padding:8px;width:50%%;height:7.2cm;vertical-align:top">'
                            '<p style="text-align:center;font-size:15pt;color:#8a1c1c"><b>紫溪彝绣</b></p>'
                            '<p style="text-align:center;font-size:10pt">%s</p><p style="text-align:center">○</p>'
                            '<p style="font-size:9pt">%s</p><p style="font-size:9pt">材质：棉帆布、丝线　产地：云南楚雄</p>'
                            '<p style="font-size:8pt;color:#444">设计：%s（%s）　%s</p></td>'
                            % (["马缨花帆布包", "火纹手机袋", "彝绣书签", "合作社监制"][j], desc, n, cls_of(s, n), day(s, 40 + i)[5:]))
            parts.append('<h3>商品吊牌设计稿（%d）</h3><table style="border-collapse:separate;border-spacing:10px" width="100%%"><tr>%s</tr><tr>%s</tr></table>'
                         % (i + 1, "".join(tags[:2]), "".join(tags[2:])))
        return "11.html", html(PB.join(parts), font="Noto Sans CJK SC"), "pdf"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "completion_cert":   # a printed completion certificate per job
                parts.append('<table style="border:2.5pt double #1f4e79;border-collapse:collapse" width="86%%" align="center"><tr><td style="padding:14px">'
                             '<p style="text-align:center;font-size:17pt;color:#1f4e79"><b>机动车维修竣工出厂合格证</b></p>'
                             '<p style="text-align:right">No. YC-%04d</p>%s<p>维修内容：%s。%s</p><p>质量保证期：20000公里或100日</p>'
                             '<p>维修技师（学员）：%s　　%s</p><p>质检员：%s　　　　出厂日期：%s</p></td></tr></table>'
                             % (610 + 3 * i + j, tbl([["车牌号", "渝B·%d%d8%d7" % (i, j, i + j), "车型", "中型客车"],
                                                      ["托修方", "永川城乡公交公司", "里程", "%d km" % (186400 + 977 * i + 31 * j)]], width="100%"),
                                title, desc, n, cl, t[j % 2], day(s, 30 + i)))
            elif f == "plan_typed":   # a typed plan: 编制人
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:right">编制人：%s（%s）　审核：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["时段", "站外排队", "安检通道", "进站闸机"], ["7:00-8:00", "四折铁马", "开放三条", "全开"],
                                  ["8:00-9:00", "两折铁马", "开放两条", "全开"]], width="90%") + "<p>要点：%s</p>" % desc)
            elif f == "dish_typed":   # a typed dish record: 制作人
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["品名", "韭菜鲅鱼水饺", "日期", day(s, 30 + i)],
                                                          ["原料", "用量", "处理", "备注"], ["鲅鱼", "500 g", "去骨剁茸", ""], ["韭菜", "300 g", "切末", "最后拌入"]],
                                                         width="88%") + "<p>%s</p><p>指导教师：%s</p>" % (desc, t[j % 2]))
            elif f == "inspection_typed":   # an inspection record: 加工者 and 检验
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "压机顶杆", "图号", "DS-%02d" % (11 + j)], ["加工者", "%s（%s）" % (n, cl), "检验", t[j % 2]],
                                  ["项目", "要求", "实测", "判定"], ["φ32外圆", "φ32 0/-0.03", "31.9%d" % (8 - j), "合格"],
                                  ["总长", "286±0.1", "286.0%d" % j, "合格"]], width="90%") + "<p>说明：%s</p>" % desc)
            elif f == "care_typed":   # a care record: 照护员, the client, a 签名 column
                parts.append('<h3>%s</h3>' % title + tbl([["照护员", n, "班级", cl], ["服务对象", s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["时间", "内容", "老人反应", "签名"], ["11:30", "协助午餐（软食）", "配合", n], ["14:30", "饮水一百毫升", "无呛咳", n]],
                                                         width="90%") + "<p>小结：%s</p>" % desc)
            elif f == "processing_typed":   # a processing record: 切制人, 复核人
                parts.append('<h3>%s</h3>' % title + tbl([["品名", "滇重楼", "批号", "CX2410%02d" % (i * 3 + j + 1)], ["切制人", "%s（%s）" % (n, cl), "复核人", t[j % 2]],
                                                          ["投料量", "%.1f kg" % (5 + i), "得率", "%d%%" % (88 + j)]], width="86%") + "<p>记录：%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def app_shot(s, c, names):
    """Screenshots of a class app's homework posts (a phone screen, one a page)."""
    pages = []
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        qa = "".join('<p style="font-size:11pt">%s</p><p style="font-size:11pt;color:#333">%s</p>' % (q, a[(i + k) % 3])
                     for k, (q, a) in enumerate(c["hw"]))
        pages.append('<p style="font-size:9pt;color:#555">10:%02d　　　　　　　　　4G ▮▮▮ 76%%</p>'
                     '<p style="text-align:center;background:#2e8b57;color:#fff;font-size:12pt;padding:6px">班级作业打卡 · %s</p>'
                     '<p style="font-size:10pt;color:#666">作业：%s课后作业　截止：%s</p>'
                     '<table width="100%%"><tr><td width="18%%" style="background:#cde;font-size:16pt;text-align:center">%s</td>'
                     '<td><p style="font-size:12pt"><b>%s</b>　<span style="font-size:9pt;color:#888">%s · 已提交</span></p>'
                     '<p style="font-size:9pt;color:#888">%s 21:%02d</p></td></tr></table>%s'
                     '<p style="font-size:10pt;color:#c0392b">老师点评（%s）：已阅，%s</p><p style="font-size:9pt;color:#888">♡ 3　　评论 1　　分享</p>'
                     % (10 + i, cl, c["course"], day(s, 25)[5:], n[-1], n, cl, day(s, 20 + i)[5:], 10 + 7 * i, qa, s["teachers"][0],
                        ["回答完整", "第2题再补充", "很好"][i % 3]))
    return "12.html", html(PB.join(pages), font="Noto Sans CJK SC", page="size:8cm 17cm;margin:0.4cm 0.4cm"), "x-scanpdf:200:shot"


def program_sheet(s, c, names):
    """A hand-written NC program sheet per student, then the answers."""
    pages = []
    prog = [("N10", "G00", "X100", "Z100", ""), ("N20", "M03 S800", "", "", ""), ("N30", "G71 U1.5 R0.5", "", "", ""),
            ("N40", "G71 P50 Q90 U0.4 W0.1", "", "", "F0.2"), ("N50", "G00", "X28", "", ""), ("N60", "G01", "X32", "Z-2", "F0.1"),
            ("N70", "", "", "Z-120", ""), ("N80", "G02", "X42", "Z-125 R5", ""), ("N90", "G01", "X46", "", ""), ("N100", "G70 P50 Q90", "", "", "")]
    for i, n in enumerate(names):
        rows = [["程序段", "指令", "X", "Z", "F"]] + [[hand(x, True, size="11pt") for x in r] for r in prog]
        qa = "".join('<p><b>%s</b></p><p>%s</p><p %s>√</p>' % (q, hand(a[(i + k + 1) % 3]), RED) for k, (q, a) in enumerate(c["hw"]))
        pages.append('<h3 style="text-align:center">数控加工程序单</h3><p>零件：压机顶杆　　程序号：O%04d　　编程员：%s　　班级：%s　　日期：%s</p>'
                     % (2101 + i, hand(n), hand(cls_of(s, n), True), hand(day(s, 20 + i)[5:], True)) + tbl(rows, width="100%", pad="1px 4px", bold=(0,)) +
                     "<p><b>课后作业</b></p>" + qa + '<p %s>阅 %s</p>' % (RED, s["teachers"][0]))
    return "12.html", html(PB.join(pages), font="Noto Serif CJK SC", compact=True), "x-scanpdf:250"


def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    if f == "app_shot":
        return app_shot(s, c, names)
    if f == "program_sheet":
        return program_sheet(s, c, names)
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
        if f == "exercise_book":   # an exercise-book cover, then the page inside
            head = ["", "　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid[-2:], "----", "%s　课后作业" % c["task"][2:8]]
        elif f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "hand_page_jam":
            head = ["课后作业　%s" % c["course"], "%s　%s号　%s" % (cl, int(sid[-2:]), n)]
        elif f == "four_photo":
            head = ["课后练习（饮片）", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "hand_color":
            head = ["%s　作业" % c["course"], "姓名：%s　　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"exercise_book": "x-photo:200:1", "name_line_photo": "x-photo:200:2", "hand_page_jam": "x-scan:250:4:jam",
            "four_photo": "x-photo:200:1", "hand_color": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "plain_list":   # a plain typed 学生名单
        rows = [["序号", "学号", "姓名", "性别", "民族", "职务"]]
        duty = {1: "班长", 8: "团支书", 16: "学习委员", 30: "生活委员"}
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, "男" if male(n) else "女", nation(s, n), duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s%s学生名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="88%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　共计：%d人　　　　2024年9月制</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "uniform":   # the uniform order list as the class list
        rows = [["序号", "学号", "姓名", "性别", "身高(cm)", "体重(kg)", "制服尺码", "皮鞋(码)", "本人确认"]]
        for j, n in enumerate(k):
            m = male(n)
            h = rr.randint(166, 183) if m else rr.randint(155, 169)
            w = rr.randint(52, 78) if m else rr.randint(43, 60)
            size = "%d/%dA" % (h // 5 * 5, 84 + (w - 40) // 4 * 4)
            rows.append([str(j + 1), sid_of(s, n), n, "男" if m else "女", str(h), str(w), size,
                         str(rr.randint(40, 44) if m else rr.randint(35, 38)), "√"])
        body = ('<h2 style="text-align:center">%s学生名单（2024级制服征订）</h2><p style="text-align:center">%s　　城市轨道交通运输与管理专业</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="100%", pad="1px 3px", bold=(0,)) +
                "<p>班主任：%s　　合计%d人（男%d人，女%d人）　　请于9月20日前交学生处</p>" % (s["headteacher"], len(k), sum(map(male, k)), len(k) - sum(map(male, k))))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.0cm"))
        man.append("roster.html\t%s学生名单（制服征订）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Forty-fifth held-out people corpus (testdata/heldout45), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 45)
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
        fct = {1: "班级人数 | %s" % s["form_count"], 2: "学生数 | %s" % s["form_count"],
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
