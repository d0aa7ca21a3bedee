#!/usr/bin/env python3
"""Write the sources of the fifty-ninth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 滕州
(Shandong, 枣庄), 莆田 (Fujian) and 绥芬河 (Heilongjiang, 牡丹江).

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
# every earlier truth file (heldout60 is written at the same time by another hand and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 59)] + ["othertools"]

# surnames by region, with the weights of a real class (common ones often, a few rare ones)
SURNAMES = {
    "tz": ("王" * 9 + "张" * 8 + "李" * 7 + "孙" * 5 + "刘" * 5 + "杜" * 3 + "颜" * 2 + "孔" * 2 + "褚" * 2 + "史" * 2
           + "赵" * 3 + "杨" * 2 + "马" * 2 + "徐" * 2 + "殷" + "邵" + "魏" + "满" + "滕" + "薛"),
    "pt": ("林" * 10 + "陈" * 9 + "黄" * 6 + "郑" * 5 + "吴" * 4 + "蔡" * 3 + "方" * 3 + "翁" * 2 + "许" * 2 + "李" * 2
           + "王" * 2 + "刘" + "宋" + "余" + "柯" + "佘" + "朱" + "卓" + "游" + "姚"),
    "sf": ("王" * 8 + "张" * 7 + "李" * 7 + "刘" * 6 + "赵" * 4 + "于" * 3 + "孙" * 3 + "高" * 3 + "宋" * 2 + "韩" * 2
           + "姜" * 2 + "曲" + "单" + "金" + "朴" + "关" + "佟" + "那" + "隋" + "衣"),
}
# given names: a list of this corpus (modern names, one or two characters)
GIVEN2 = ("博宇 书恒 沐晨 雅琪 语桐 欣蕊 晓雯 静怡 子墨 铭泽 一鸣 浩宇 雨萱 思颖 诗涵 俊杰 明辉 凯文 泽宇 文斌 佳琪 "
          "梦瑶 子健 天宇 博文 成浩 志远 雪莹 嘉怡 宏伟 佳豪 晨阳 若曦 宇航 梓萌 昊天 欣怡 家豪 振宇 梦琪 "
          "鑫磊 诗琪 宸睿 佳慧 晓彤 一帆 安琪 俊熙 雨晨 思远 婉清 浩楠 可欣 子豪 靖雯 世豪 艺涵 亦凡 "
          "睿哲 梓涵 瑞泽 晓萱 文轩 佳乐 锦程 嘉欣 晨曦 钰涵 凯瑞 思琪 逸飞 乐怡 志豪 嘉懿 星辰 慧敏").split()
GIVEN1 = list("磊鑫悦琳洋昊婷")


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
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "cap": dict(major="数控加工(数控车工)", code="0106", course="盘盖类零件数控车削", task="机床主轴防尘端盖数控车削加工",
   hours=16, station="数控车削一体化学习工作站",
   situation="滕州一家机床厂的小型数控车床在装配时缺少一批主轴防尘端盖，装配车间把图纸送到学校实训中心。车间主任请数控班学员识读端盖零件图，确定装夹方式和加工顺序，编写数控程序，在数控车床上完成端面、内孔、台阶和密封槽的车削，自检后交企业质检员复检。",
   qs=[("问题1 薄壁端盖装夹时为什么容易变形？怎样避免？", ["壁薄刚性差，三爪夹紧后会夹成三角形；可以用软爪或开口套装夹，精车前松开再轻夹。", "用软爪装夹，夹紧力小一点。", "精车前松开重新轻夹。"]),
       ("问题2 密封槽的宽度用什么量具检测？", ["用塞规或内卡钳配合游标卡尺测量，批量加工时用专用槽宽塞规。", "用塞规检测。", "游标卡尺加内卡钳。"])],
   hw=[("1. 车内孔时刀杆为什么要选得粗而短？", ["刀杆粗而短刚性好，不容易振动和让刀，孔的尺寸和表面质量有保证。", "刚性好，不振刀。", "孔径尺寸稳定。"]),
       ("2. 首件检验要检测哪些项目？", ["全部尺寸、形位公差和表面粗糙度都要检测，合格后才能批量加工。", "全部尺寸和粗糙度。", "合格后再批量加工。"])],
   outputs=[("端盖加工工艺卡", "分车端面、粗精车外圆、镗孔、车密封槽四道工步。"), ("端盖数控程序单", "程序号O2417，精车余量零点二毫米。"), ("端盖首件自检记录", "内孔φ52H7实测52.012。")]),
 "walker": dict(major="健康与社会照护", code="0529", course="康复期老人照护", task="脑卒中偏瘫老人助行器步行训练照护",
   hours=14, station="康复照护一体化学习工作站",
   situation="滕州一家医养结合的护理院收住了一位脑卒中后左侧偏瘫的老人，康复医生建议开始使用四脚助行器练习行走。护理部请照护班学员评估老人的平衡能力和下肢肌力，调整助行器高度，在保护下带老人完成站立、迈步和转身训练，记录训练情况并预防跌倒。",
   qs=[("问题1 助行器的高度怎样调整才合适？", ["老人站直、双手自然下垂时，助行器把手与手腕横纹平齐，握住后肘关节稍微弯曲。", "把手和手腕一样高。", "肘关节稍弯。"]),
       ("问题2 偏瘫老人行走时照护员应站在哪一侧？", ["站在患侧稍后方，一手扶腰带，一手护住患侧肩部，防止向患侧跌倒。", "站在患侧后方。", "扶住腰带护肩。"])],
   hw=[("1. 助行器步行的顺序是什么？", ["先把助行器向前移一步，再迈患侧腿，最后迈健侧腿跟上。", "先移助行器，再迈患腿。", "健腿最后跟上。"]),
       ("2. 训练中出现哪些情况要立即停止？", ["老人头晕、面色苍白、出冷汗、胸闷或说话含糊时要立即停止，扶坐休息并报告医护人员。", "头晕出汗要停。", "扶坐下报告医生。"])],
   outputs=[("步行训练记录单", "今日行走十二米，休息两次。"), ("跌倒风险评估表", "评分四十五分，属高风险。"), ("家属陪护指导单", "家属已会扶腰带保护。")]),
 "vlan": dict(major="计算机网络应用", code="0301", course="中小型局域网组建与管理", task="乡镇卫生院门诊楼有线网络改造与VLAN划分",
   hours=18, station="网络综合布线一体化学习工作站",
   situation="滕州市郊的一所乡镇卫生院门诊楼网络老化，挂号、收费和药房的电脑经常掉线，医保结算也受影响。卫生院委托学校网络班对门诊楼进行有线网络改造：学员要勘察楼层和信息点，重新规划交换机和VLAN，把医保专网、办公网和公共区域分开，完成配置、测试并编写交付文档。",
   qs=[("问题1 为什么要把医保结算的电脑单独划一个VLAN？", ["医保专网对安全要求高，单独划分后广播域隔离，其他电脑的病毒和广播风暴影响不到它。", "安全隔离。", "减少广播干扰。"]),
       ("问题2 交换机之间的链路为什么要设成Trunk？", ["交换机之间要同时传多个VLAN的数据，Trunk链路给数据帧打上VLAN标签。", "要传多个VLAN。", "数据帧带标签。"])],
   hw=[("1. 配置完成后怎样测试VLAN隔离？", ["在不同VLAN的电脑之间互相ping，不通说明隔离有效，同一VLAN内应该能通。", "不同VLAN互相ping不通。", "同VLAN能通。"]),
       ("2. 交付文档一般包括哪些内容？", ["网络拓扑图、IP地址和VLAN规划表、设备配置备份、测试记录和维护说明。", "拓扑图和地址规划。", "配置备份和测试记录。"])],
   outputs=[("门诊楼信息点勘察表", "一层二十四个信息点。"), ("VLAN与IP地址规划表", "医保专网VLAN30。"), ("网络测试与交付记录", "跨VLAN访问全部拒绝。")]),
 "turndown": dict(major="饭店(酒店)服务", code="0504", course="团队客房对客服务与夜间管理", task="湄洲湾研学团队入住接待与客房夜床服务",
   hours=14, station="客房服务一体化学习工作站",
   situation="莆田湄洲湾一家度假酒店接待了一个八十人的中学生研学团，团队白天参观妈祖文化园，晚上入住酒店。客房部经理请酒店班学员协助前厅分房，按团队要求准备房间，在晚间为学生和带队老师的房间做夜床服务，处理加床、借物和夜间安全巡查，并填写服务记录。",
   qs=[("问题1 团队入住前客房部要做哪些准备？", ["核对分房表，检查房间设施，按要求准备加床和洗漱用品，把同一团队安排在相邻楼层方便管理。", "核对分房表，准备加床。", "团队安排在相邻楼层。"]),
       ("问题2 夜床服务的主要步骤有哪些？", ["拉好窗帘、开床、摆放拖鞋和早餐牌、整理卫生间、补充用品、开夜灯。", "开床、拉窗帘、放拖鞋。", "整理卫生间，开夜灯。"])],
   hw=[("1. 客人在房内时怎样做夜床服务？", ["先敲门通报，征得客人同意后再进入，动作轻快，不翻动客人物品。", "征得同意再进。", "不动客人物品。"]),
       ("2. 研学团学生借用物品怎样登记？", ["记下房号、物品、借出时间和经手人，归还时核对并注销。", "登记房号和物品。", "归还时注销。"])],
   outputs=[("团队分房核对表", "共四十间，其中加床六间。"), ("夜床服务记录", "七层十八间全部完成。"), ("借物登记与夜查记录", "借出充电器五个，已收回。")]),
 "charge": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车充电系统检修", task="纯电动网约车交流慢充故障诊断与充电插座更换",
   hours=16, station="新能源汽车充电系统一体化学习工作站",
   situation="莆田一家网约车公司的纯电动轿车插上交流充电桩后无法充电，仪表显示充电连接异常。维修站主管请新能源班学员接车问诊，做好高压防护，检查充电枪、充电插座和车载充电机的信号，测量CC和CP电阻，确认充电插座端子烧蚀后更换插座，并完成充电测试。",
   qs=[("问题1 交流慢充时CC信号起什么作用？", ["CC是充电连接确认信号，车辆通过测量CC与PE之间的电阻判断充电枪是否插好以及线缆的额定电流。", "确认枪已插好。", "判断线缆电流。"]),
       ("问题2 更换充电插座前要做哪些安全措施？", ["断开低压蓄电池负极，断开高压维修开关，等待五分钟后验电，戴绝缘手套操作。", "断低压、断维修开关。", "验电，戴绝缘手套。"])],
   hw=[("1. 充电插座端子烧蚀的常见原因是什么？", ["端子接触不良、插拔次数多导致松动，或进水氧化，大电流时发热烧蚀。", "接触不良发热。", "进水氧化。"]),
       ("2. 更换插座后要做哪些检验？", ["测量端子与高压线束的导通和绝缘，连接充电桩做充电测试，观察充电电流和温度。", "测导通和绝缘。", "上桩试充电。"])],
   outputs=[("接车问诊与故障诊断报告", "CC对PE电阻无穷大。"), ("充电插座更换作业记录", "更换后端子紧固力矩符合要求。"), ("充电测试记录", "充电电流十五点八安，温度正常。")]),
 "fungus": dict(major="电子商务", code="0603", course="跨境电商店铺运营", task="黑木耳山珍礼盒对俄跨境店铺上新与订单发货",
   hours=16, station="跨境电商运营一体化学习工作站",
   situation="绥芬河一家山特产品公司在对俄跨境电商平台开了店铺，准备在春节前上架黑木耳、榛蘑和松子组成的山珍礼盒。运营主管请电商班学员拍摄和处理商品图片，撰写中俄双语商品标题和详情，设置价格和运费模板，处理第一批订单，打印面单并交给口岸物流发货。",
   qs=[("问题1 写俄文商品标题时要注意什么？", ["把买家常搜的关键词放在前面，写清品名、产地、重量和规格，不用中文拼音。", "关键词放前面。", "写清重量规格。"]),
       ("问题2 礼盒定价要考虑哪些成本？", ["进货成本、包装、平台佣金、跨境物流费、汇率变化和促销折扣。", "物流费和佣金。", "汇率和折扣。"])],
   hw=[("1. 跨境订单发货前要核对哪些信息？", ["买家姓名和地址、商品数量、报关品名和重量、物流方式是否与订单一致。", "地址和数量。", "报关品名和重量。"]),
       ("2. 买家说收到的礼盒破损怎样处理？", ["请买家拍照，核实后按平台规则部分退款或补发，并改进包装。", "拍照核实后退款。", "改进包装。"])],
   outputs=[("山珍礼盒商品上新表", "标题、主图和详情已上架。"), ("订单处理与装箱单", "第一批订单二十六单。"), ("售后问题处理记录", "破损两单，已补发。")]),
 "guobao": dict(major="烹饪(中式烹调)", code="0501", course="龙江风味热菜制作", task="口岸商务宴锅包肉与红菜汤出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="绥芬河一家口岸酒店承接了中俄经贸洽谈会的商务午宴，宴会菜单里有东北名菜锅包肉和俄式红菜汤。厨师长请烹饪班学员按标准菜谱完成原料初加工、调制糖醋汁、两次复炸锅包肉，熬制红菜汤，按宴会节奏分批出品，并做好成本核算和卫生收尾。",
   qs=[("问题1 锅包肉为什么要复炸？", ["第一次炸熟定型，第二次高油温复炸，让外皮更酥脆，挂汁后不容易回软。", "第一次定型，第二次酥脆。", "挂汁不回软。"]),
       ("问题2 红菜汤的颜色为什么要加醋保持？", ["红菜头的色素遇酸稳定，加少量醋能保持汤色红亮，不会变成褐色。", "醋能稳定红色。", "防止汤色变褐。"])],
   hw=[("1. 糖醋汁的比例怎样确定？", ["按标准菜谱先试调，白糖、白醋和清水大约三比二比一，再根据宾客口味微调。", "先试调再微调。", "糖醋水三二一。"]),
       ("2. 宴会出品怎样控制上菜节奏？", ["听从传菜员和宴会经理的口令，热菜按顺序每隔五到八分钟出一道。", "听宴会经理口令。", "五到八分钟一道。"])],
   outputs=[("锅包肉标准菜谱与出品记录", "出品四十二份，温度合格。"), ("红菜汤熬制记录", "熬制两小时，出品六十碗。"), ("宴会成本核算单", "毛利率百分之五十二。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="滕州市荆河技工学校", pack="dir", region="tz", course="cap", cls="数控2403班", size=40, seed=11,
         sidp="24370106", students=["孔令博", "颜书恒", "张沐晨"], others_named=["褚建伟"],
         teachers=["杜长青", "孟凡森"], form_count="40人",
         f8="head_table", f10="station_col", f11="process_card", f12="thumb_photo", findings=[],
         comment="clean. The factory's inspector 褚建伟 (企业质检员, not a student) on every worksheet and process card. Item 10 "
                 "(TYPED) has a 工位号 column and 40 rows = form `40人`. Item 8 (scanned 250 dpi gray, the printer's toner ran "
                 "low: pale vertical streaks through the print): a bordered head row `姓名 | 班级 | 学号 | 日期`. Item 12: phone "
                 "photos with a thumb holding the sheet. No roster"),
    dict(school="滕州市荆河技工学校", pack="dir", region="tz", course="walker", cls="照护2402班", size=41, seed=12,
         sidp="24370529", students=["王沐桐", "李欣蕊", "田晓雯"], extra_class=["司马晓筠"], absent_from_10=["司马晓筠"],
         others_named=["周凤兰"], teachers=["颜丽芹", "殷红霞"], form_count="41人", roster="dorm", headteacher="薛玉梅",
         f8="fax_line", f10="checklist", f11="walk_typed", f12="hand_page",
         findings=[("records.missing_student", 10, False, "司马晓筠"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学生名单 set out BY DORMITORY ROOM: one line a room, `3号楼305室：name、name、…`, 41, no table) "
                 "and the form (`41人`) hold 司马晓筠 (compound surname); item 10 (SCANNED 200 dpi gray, the back page showing "
                 "through) has 40 rows and none for her: records.missing_student and records.count_mismatch. Item 10 is a "
                 "CHECKLIST register: ten operation steps with √ or × (10 points each), 得分 = ten times the ticks. The resident "
                 "周凤兰 named on every worksheet (not a student)"),
    dict(school="滕州市荆河技工学校", pack="dir", region="tz", course="vlan", cls="网络2401班", size=38, seed=13,
         sidp="24370301", students=["黄子墨", "邵铭泽", "孙一航"], items={11: ["黄子墨", "邵铭泽"]},
         extra_class=["褚浩宇"], bad={"褚浩宇": "over"}, others_named=["满德军"],
         teachers=["高明远", "滕立国"], form_count="38人",
         f8="corner_box", f10="rank_sorted", f11="config_typed", f12="exercise_book",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "褚浩宇")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED) holds the works of only 黄子墨 and 邵铭泽 (孙一航's are missing; 8 and 12 hold the three): "
                 "students.count on 11; students.mismatch optional. Item 10 (TYPED) is a RANKING register sorted by 总分 "
                 "with a 名次 column (not in 学号 order); the maxima stand in the head (`任务二（满分25）`); 褚浩宇 has 29 under "
                 "任务二 (总分 the sum): records.invalid_score. The health centre's IT man 满德军 (`院方联系人`) on every "
                 "item-11 page (not a student). No roster"),
    dict(school="莆田市木兰溪技工学校", pack="gbkzip", region="pt", course="turndown", cls="酒店2401班", size=36, seed=21,
         sidp="24350504", students=["林雨岑", "陈思蕾", "卓婉清"], outsiders={"卓婉清": "酒店2402班"}, out_sidp="2435050402",
         others_named=["翁秀珍"], teachers=["郑丽娟", "方志坚"], form_count="36",
         f8="cover_booklet", f10="plain_remark", f11="turndown_typed", f12="name_line_photo",
         findings=[("students.not_in_class", 8, True, "卓婉清")],
         comment="卓婉清 of the parallel class 酒店2402班 (her class and 学号 on her booklet cover, typed service records and "
                 "homework) is the third student of 8/11/12; item 10 (TYPED, 36 rows = form `36`) has no record of her: "
                 "students.not_in_class. Item 8 (scanned 200 dpi gray): a booklet cover per student (班级, 姓名, 学号 by hand) "
                 "then the worksheet; the study group's leader 翁秀珍 named on each (not a student). No roster"),
    dict(school="莆田市木兰溪技工学校", pack="gbkzip", region="pt", course="charge", cls="新能源2302班", size=42, seed=22,
         sidp="2335043502", students=["吴俊翔", "蔡明辉", "郑凯铭"], items={12: ["吴俊翔", "蔡明辉", "许泽岷"]},
         extra_class=["许泽岷", "柯文斌"], bad={"柯文斌": "low"}, others_named=["宋春妹"],
         teachers=["林国栋", "余建华"], form_count="42",
         f8="intake_sheet", f10="plain_grade", f11="diag_typed", f12="thumb_photo2",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "柯文斌")],
         comment="item 12 (phone photos, a thumb holding each sheet) holds the homework of 吴俊翔, 蔡明辉 and classmate 许泽岷 "
                 "(with an item-10 record) instead of 郑凯铭's (items 8 and 11 hold the three): students.mismatch. Item 10 "
                 "(SCANNED 250 dpi gray, toner streaks) with a 等级 column; 柯文斌's 总分 is 9 BELOW the sum of his parts: "
                 "records.invalid_score. Item 8 (colour scan 200): a 接车问诊单 at the top, the student as 接车人 (hand), the "
                 "car owner 宋春妹 named (not a student). No roster"),
    dict(school="绥芬河市天长山技工学校", pack="zip", region="sf", course="fungus", cls="电商2402班", size=36, seed=31,
         sidp="24230603", students=["于佳琪", "韩梦璐", "宋子健"], others_named=["伊万诺娃"],
         teachers=["高淑华", "赵永军"], form_count="37人",
         f8="bilingual", f10="plain_sex", f11="packing_typed", f12="name_line_photo2",
         findings=[("records.count_mismatch", 10, False)],
         comment="item 10 (TYPED, with a 性别 column) lists 36; the form says `电商2402班（共37人）`: records.count_mismatch "
                 "(no roster). Item 8 (colour scan 200, the back page showing through): a BILINGUAL worksheet (Chinese and "
                 "Russian product titles) with `姓名 班级 学号` in a bordered row. Item 11 (TYPED): packing lists naming the "
                 "Russian buyer 伊万诺娃 (Иванова А.) and the student as 打包员 (not students)"),
    dict(school="绥芬河市天长山技工学校", pack="zip", region="sf", course="guobao", cls="烹饪2401班", size=40, seed=32,
         sidp="24230501", students=["刘天骐", "曲博文", "金成浩"], items={8: ["刘天骐", "曲博文", "金成浩", "单志远"]},
         extra_class=["单志远", "佟雪晗"], absent_from_10=["佟雪晗"], teachers=["姜福海", "隋玉琴"],
         form_count="40人", roster="plain_list", headteacher="衣春华",
         f8="fax_line2", f10="sex_sections", f11="dish_typed", f12="thumb_photo3",
         findings=[("students.count", 8, False), ("records.missing_student", 10, False, "佟雪晗"),
                   ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (1-bit fax-like scan 200 dpi) holds the worksheets of FOUR students: the three and classmate 单志远 "
                 "(with an item-10 record): students.count on 8; students.mismatch optional. The roster (typed 学生名单 with "
                 "性别 and 民族: 朝鲜族, 满族, 汉族, 40) and the form (`40人`) hold 佟雪晗; item 10 (TYPED) has 39 rows and none "
                 "for her: records.missing_student and records.count_mismatch. Item 10 is set out in TWO SECTIONS, 男生 and "
                 "女生, each with its own head row and count (`男生（21人）`)"),
]

PROVINCE = {1: "山东省枣庄市滕州市", 2: "福建省莆田市", 3: "黑龙江省牡丹江市绥芬河市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 滕州: "8、工作页.pdf" (a 顿号 after the number)
        return "%d、%s.pdf" % (n, NAMES[n])
    if g == 2:   # 莆田: "工作页（酒店2401班）.pdf" (no number; the item's name and the class)
        return "%s（%s）.pdf" % (NAMES[n], s["cls"])
    return "%02d_%s.pdf" % (n, NAMES[n])   # 绥芬河: "08_工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书_%s.pdf" % c["task"], "pdf"),
            3: ("%s优质课堂申报书.docx" % s["cls"], "docx")}[grp(s)]


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
    trs = [["序号", "姓名", "职称", "承担工作"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "主讲教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 滕州: four columns
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 莆田: 学生人数 a bare number
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="88%", pad=P)
    else:   # 绥芬河: class and size in one cell, 共N人 in brackets
        rows = [("专业", "%s　代码：%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", "%s（共%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("教学场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填表日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>教学按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈组织：学生先读任务单、查阅企业标准，再分组拟订计划，经教师审核后定案实施；实施中教师按检查点控制质量和安全；最后各组展示成果，开展自评、互评和教师点评，并提出改进意见。</p>
<h3>五、特色与成效</h3><p>任务来自{prov}本地企业的真实订单，学生按企业标准完成工作，作品经企业人员验收。</p>
<h3>六、诚信承诺</h3><p>本单位保证所报材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 17, info=info, tm=tbl(trs, width="82%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家课程标准，结合{prov}行业企业的岗位要求进行校本转化。\n二、学习任务\n“{task}”，共{hours}学时。\n三、评价方式\n过程性评价与终结性评价结合，企业人员参与评价。",
    2: "{school}\n{task}　学习任务分析\n一、任务描述\n{situation}\n二、工作流程\n明确任务—制定方案—组织实施—检验交付—总结反思。",
    3: "{school}\n{task}　教学活动策划\n环节一　明确任务，获取信息\n环节二　小组讨论，制定方案\n环节三　按方案实施，教师巡查\n环节四　成果展示，多元评价",
    4: "{school}\n《{course}》教学进度计划　共{hours}学时\n第1—2学时　明确任务\n第3—6学时　制定与审核方案\n第7—{h2}学时　组织实施\n最后2学时　验收评价",
    5: "{school}\n{task}　教学活动方案\n第1学时　情境导入，发放任务书\n第2—5学时　引导问题学习与方案制定\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n任务书、学习工作页、企业标准、操作视频、{station}设备与耗材。",
    7: "{school}\n{station}图文说明\n工作站分为信息检索区、方案讨论区、实操区和成果展示区。",
    9: "{school}\n{task}　考核方案\n过程考核占四成，结果考核占六成，成绩记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 9分", "√ 全面", "√ 8分", "√ 清楚", "√ 10分", "√ 可以"])


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
    title = '<h3 style="text-align:center">%s<br/>学生工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　批改教师：%s</p>' % (RED, ["很好", "思路清楚", "书写认真", "继续努力"][i % 4], t[0])
        if f == "head_table":
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = (title + head + sit + '<p>企业质检员：%s（滕州某机床厂）</p>' % s["others_named"][0] + answers(c, rng, i) + comment)
        elif f == "fax_line":   # 学生姓名 on underlined blanks, the resident named
            head = '<p>学生姓名：＿%s＿　所在班级：＿%s＿　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = (title + head + '<p>照护对象：%s（78岁，脑卒中后左侧偏瘫）　　床号：二病区12床</p>' % s["others_named"][0]
                    + sit + answers(c, rng, i) + comment)
        elif f == "fax_line2":
            head = '<p>班级＿%s＿　姓名＿%s＿　学号＿%s＿　组别＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True), hand("第%d组" % (i % 3 + 1), True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "corner_box":
            box = ('<table width="100%%"><tr><td></td><td width="42%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = box + title + '<p>班级：%s　　指导教师：%s　　%s</p>' % (cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "cover_booklet":
            cover = ('<p style="text-align:center;font-size:13pt">%s</p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<p style="text-align:center;font-size:28pt"><b>工 作 页</b></p><p style="text-align:center">（学生用）</p><p>&nbsp;</p>'
                     '<table width="78%%" align="center">%s</table><p>&nbsp;</p><p style="text-align:center">%s</p>'
                     % (s["school"], "".join('<tr><td width="30%%" style="font-size:14pt;padding:10px">%s</td>'
                                                 '<td style="border-bottom:1pt solid #000;padding:10px">%s</td></tr>' % (a, b)
                                                 for a, b in [("课　程：", c["course"]), ("班　级：", hand(cl)), ("姓　名：", hand(n)),
                                                              ("学　号：", hand(sid)), ("指导教师：", "、".join(t))]), "2024年秋季学期"))
            grp_t = tbl([["研学团", "莆田某中学八年级", "领队", s["others_named"][0]], ["人数", "学生76人、教师4人", "入住", "10月%d日" % (15 + i)]],
                        width="100%")
            body = cover + PB + title + "<p><b>团队接待单</b></p>" + grp_t + sit + answers(c, rng, i) + comment
        elif f == "intake_sheet":   # NEW: a 接车问诊单 at the top, the student as 接车人
            sheet = tbl([[("<b>接车问诊单</b>　No. %d" % (20417 + i), ' colspan="4"')],
                         ["车　主", s["others_named"][0], "车　型", "纯电动轿车（网约车）"],
                         ["行驶里程", hand("%d km" % (81230 + 977 * i), True), "故障现象", hand("插枪不充电", True)],
                         ["接车人", hand(n, True), "接车时间", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            body = sheet + title + '<p>班级：%s　　学号：%s</p>' % (cl, sid) + sit + answers(c, rng, i) + comment
        elif f == "bilingual":   # NEW: Chinese and Russian product titles
            head = tbl([["姓　名", hand(n, True), "班　级", hand(cl, True), "学　号", hand(sid, True)]], width="100%", pad="4px 4px")
            prod = tbl([["商品", "中文标题", "Русское название"],
                        ["黑木耳礼盒", hand("东北秋木耳500克礼盒", True), hand("Чёрные грибы 500 г", True)],
                        ["榛蘑礼盒", hand("野生榛蘑250克", True), hand("Опята сушёные 250 г", True)],
                        ["松子礼盒", hand("开口红松子400克", True), hand("Кедровые орехи 400 г", True)]], width="100%")
            body = title + head + sit + "<p><b>任务一　双语商品标题</b></p>" + prod + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"head_table": "x-scanpdf:250:toner", "fax_line": "x-scanpdf:200:mono", "fax_line2": "x-scanpdf:200:mono",
            "corner_box": "x-scanpdf:200:color", "cover_booklet": "x-scanpdf:200", "intake_sheet": "x-scanpdf:200:color",
            "bilingual": "x-scanpdf:200:color:bleed"}[f]
    font = {"cover_booklet": "Noto Sans CJK SC", "bilingual": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def ps(rng, parts, lo=0.62, hi=0.96):
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


def sex_of(s, n):
    return "女" if n[-1] in "琪桐蕊雯怡萱颖涵瑶莹慧彤琳婷悦欣清敏曦萌筠岑蕾璐晗" or n[-2:] in ("安琪", "可欣", "嘉懿") else "男"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　系部审核：%s</p>" % ("、".join(t), "（签章）")
    if f == "station_col":   # a plain table with a 工位号 column
        parts = [("工艺制定", 20), ("程序编写", 20), ("零件加工", 40), ("检测", 10), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "工位号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = ps(rng, parts)
            out.append(trow([str(k + 1), "C%02d" % ((k % 20) + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "checklist":   # NEW: ten operation steps ticked, 10 points each
        steps = ["核对", "评估", "解释", "调高度", "站立", "迈步", "转身", "保护", "观察", "记录"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + steps + ["得分"]], pad)]
        for k, n in enumerate(rec):
            ticks = ["√"] * 10
            for j in rng.sample(range(10), rng.choice([0, 1, 1, 2, 2, 3])):
                ticks[j] = "×"
            out.append(trow([str(k + 1), sid_of(s, n), n] + ticks + [str(10 * ticks.count("√"))], pad))
        body = (head10(s, c, "助行器步行训练操作考核记录") + "<p>每个步骤达标记“√”得10分，未达标记“×”不得分，满分100分。</p>" +
                table(out) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:bleed"
    if f == "rank_sorted":   # NEW: sorted by 总分 with a 名次 column
        parts = [("任务一", 20), ("任务二", 25), ("任务三", 35), ("职业素养", 20)]
        rows = []
        for n in rec:
            v = ps(rng, parts, 0.6, 0.97)
            if bad.get(n) == "over":
                v[1] = 29
            rows.append((sum(v), n, v))
        rows.sort(key=lambda r: -r[0])
        out = [trow(["<b>%s</b>" % x for x in ["名次", "姓名", "学号"] + ["%s<br/>（满分%d）" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, (tot, n, v) in enumerate(rows):
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩排名表") + table(out) + "<p>注：按总分由高到低排列。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "plain_remark":
        parts = [("仪容仪表", 10), ("对客礼仪", 20), ("夜床操作", 40), ("记录填写", 15), ("应变处理", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = ps(rng, parts)
            note = {3: "组长", 12: "组长", 21: "组长", 30: "组长"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), note], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_grade":
        parts = [("安全防护", 15), ("信号检测", 25), ("故障判断", 25), ("插座更换", 25), ("工单填写", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = ps(rng, parts)
            tot = sum(v) - (9 if bad.get(n) == "low" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:250:toner"
    if f == "plain_sex":
        parts = [("商品上新", 30), ("双语文案", 20), ("订单处理", 30), ("售后沟通", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = ps(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, sex_of(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "sex_sections":   # NEW: two sections, 男生 then 女生
        parts = [("原料加工", 20), ("锅包肉", 35), ("红菜汤", 25), ("卫生收尾", 20)]
        hd = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]
        out = []
        k = 0
        for sx in ("男", "女"):
            grp_ = [n for n in rec if sex_of(s, n) == sx]
            out.append('<tr><td colspan="%d" style="border:0.75pt solid #000;padding:1px 6px"><b>%s生（%d人）</b></td></tr>' % (len(hd), sx, len(grp_)))
            out.append(trow(["<b>%s</b>" % x for x in hd], pad))
            for n in grp_:
                k += 1
                v = ps(rng, parts)
                out.append(trow([str(k), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>应考%d人，实考%d人。</p>" % (len(rec), len(rec)) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    raise SystemExit(f)


def nation(n):
    return "朝鲜族" if n[0] in "金朴" else "满族" if n[0] in "关佟那" else "汉族"


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t)))
    parts = [head]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "process_card":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件名称", "主轴防尘端盖", "材料", "HT200"], ["编制", "%s（%s）" % (n, cl), "审核", t[j % 2]],
                                  ["工步", "内容", "刀具", "切削参数"], ["1", "车端面", "93°外圆车刀", "n=800 f=0.15"],
                                  ["2", "镗内孔", "内孔镗刀", "n=900 f=0.1"]], width="92%") +
                             "<p>%s</p><p>企业复检：%s</p>" % (desc, s["others_named"][0]))
            elif f == "walk_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["照护员", n, "班级", cl], ["照护对象", "二病区12床老人", "日期", day(s, 30 + i)],
                                                          ["项目", "情况", "", ""], ["步行距离", "%d米" % (8 + 2 * j + i), "休息", "%d次" % (2 - j % 2)]],
                                                         width="90%") + "<p>小结：%s</p>" % desc)
            elif f == "config_typed":
                parts.append('<h3>%s</h3><p>完成人：%s　　班级：%s　　院方联系人：%s</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["楼层", "VLAN", "网段", "用途"], ["一层", "10", "192.168.10.0/24", "挂号收费"],
                                  ["二层", "30", "192.168.30.0/24", "医保专网"]], width="86%") + "<p>%s</p>" % desc)
            elif f == "turndown_typed":
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">服务员：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["房号", "服务内容", "开始", "完成"], ["7%02d" % (8 + j), "夜床、补充用品", "19:%02d" % (10 + j), "19:%02d" % (25 + j)],
                                  ["7%02d" % (12 + j), "加床、借物", "19:%02d" % (30 + j), "19:%02d" % (44 + j)]], width="88%") +
                             "<p>%s</p><p>领班：%s</p>" % (desc, t[1]))
            elif f == "diag_typed":
                parts.append('<h3>%s</h3><p>维修技师：%s　　班级：%s　　检验：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["检测项目", "标准值", "实测值", "结论"], ["CC对PE电阻", "680 Ω", ["∞", "681 Ω", "679 Ω"][j], ["异常", "正常", "正常"][j]],
                                  ["CP占空比", "约26%", "%d%%" % (26 - i % 2), "正常"]], width="82%") + "<p>%s</p>" % desc)
            elif f == "packing_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["订单号", "RU24%05d" % (1301 + 17 * i + j), "买家", "%s（Иванова А.）" % s["others_named"][0]],
                                                          ["商品", "山珍礼盒×%d" % (1 + j), "重量", "%.1f kg" % (1.6 + 0.8 * j)],
                                                          ["打包员", n, "复核", t[j % 2]]], width="90%") + "<p>%s　%s</p>" % (desc, cl))
            elif f == "dish_typed":
                parts.append('<h3>%s</h3><p>出品：%s（%s）　　品鉴：%s　　%s</p>' % (title, n, cl, t[j % 2], day(s, 30 + i)) +
                             tbl([["原料", "用量", "要求"], ["猪里脊", "500 g", "切厚片"], ["土豆淀粉", "150 g", "挂厚糊"]], width="70%") + "<p>%s</p>" % desc)
            else:
                raise SystemExit(f)
    meth = "x-scanpdf:250" if f == "diag_typed" else "pdf"
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
            qa += [q, "> " + a[(i + qi + 2) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s" % day(s, 20 + i)[5:]]
        if f == "exercise_book":
            head = ["", "　　　　　　练　习　本", "", s["school"], "", "科目：%s" % c["course"][:6], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "课后作业（%s）" % c["task"][-6:]]
        elif f in ("thumb_photo", "thumb_photo2", "thumb_photo3"):
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "name_line_photo":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "name_line_photo2":
            head = ["%s　课后练习" % c["course"], "班级：%s　　姓名：%s　　学号：%s" % (cl, n, sid)]
        elif f == "hand_page":
            head = ["课后作业", "%s　%s" % (cl, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"exercise_book": "x-photo:200:2", "thumb_photo": "x-photo:200:1:thumb", "thumb_photo2": "x-photo:200:2:thumb",
            "thumb_photo3": "x-photo:200:1:thumb", "name_line_photo": "x-photo:200:1", "name_line_photo2": "x-scan:200:1:color",
            "hand_page": "x-scan:250:4"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "plain_list":
        rows = [["序号", "学号", "姓名", "性别", "民族", "备注"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex_of(s, n), nation(n), {0: "班长", 7: "团支书", 19: "学习委员"}.get(j, "")])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="88%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　　合计：%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "dorm":   # NEW: the class set out by dormitory room, one line a room
        order = sorted(k, key=lambda n: sid_of(s, n))
        girls = [n for n in order if sex_of(s, n) == "女"]
        boys = [n for n in order if sex_of(s, n) == "男"]
        lines = []
        room = 305
        for sect, ppl, bld in (("女生", girls, "3号楼"), ("男生", boys, "5号楼")):
            lines.append("<p><b>%s（%d人）</b></p>" % (sect, len(ppl)))
            for j in range(0, len(ppl), 6):
                lines.append("<p>%s%d室：%s</p>" % (bld, room, "、".join(ppl[j:j + 6])))
                room += 1
            room = 412
        body = ('<h2 style="text-align:center">%s学生名单（按宿舍）</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>'
                % (s["cls"], s["school"]) + "".join(lines) +
                "<p>&nbsp;</p><p>全班合计%d人（女生%d人，男生%d人）。</p><p>班主任：%s　　宿管科核对：（章）</p>"
                % (len(k), len(girls), len(boys), s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "11pt", font="Noto Serif CJK SC"))
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
    truth = {"comment": "Fifty-ninth held-out people corpus (testdata/heldout59), the format of testdata/heldout28/truth.json. "
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
        c["h2"] = c["hours"] - 2
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 59)
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
        fct = {1: "班级人数 | %s" % s["form_count"], 2: "学生人数 | %s" % s["form_count"],
               3: "授课班级 | %s（共%s）" % (s["cls"], s["form_count"])}[grp(s)]
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
