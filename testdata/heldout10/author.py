#!/usr/bin/env python3
"""Write the sources of the tenth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of four invented schools in Shandong
(淄博, 潍坊, 临沂, 烟台).

    python3 author.py      (rewrites src/ and truth.json)
    sh build.sh OUT
"""
import csv
import io
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 10)] + ["othertools"]

SURNAMES = list("孔孟颜曲鞠于丛逄栾隋宫仇鹿臧盖邢房牟姜初毕衣辛迟修战滕荆綦宁")
COMPOUND = "诸葛"
GIVEN2 = ("鸿儒 秀峰 立新 春燕 书瑶 德胜 玉洁 宝山 庆林 传志 明远 晨曦 景行 守诚 延庆 敬轩 泰来 广源 雅琴 冬梅 "
          "秋菊 正阳 向东 一鸣 昊天 汝宁 鲁平 岱宗 齐鸣 泉音 沂蒙 莱西 胶南 海岚 蓬瀛 芝兰 培元 兆丰 修远 纪元 "
          "继伟 怀瑾 广田 守信 恒远 学勤 开诚 振邦 凤岐 桂香 素芹 荣芳 艳霞 丽娟 淑贞 翠萍 雪梅 金花 爱华 红霞 "
          "子恒 沐阳 昕冉 嘉懿 若溪 语桐 铭泽 皓轩 锦程 博涵 煜祺 奕辰 梓萌 书萱 凯瑞 浩宸 雨辰 佳慧 思淼 舒窈").split()
GIVEN1 = list("磊娜鹏超静敏强勇丹峰婷杰霞涛")


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
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    return names


USED_BEFORE = earlier_names()


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_class(rng, n, fixed, avoid):
    names = list(fixed)
    while len(names) < n:
        s = COMPOUND if rng.random() < 0.03 else rng.choice(SURNAMES)
        g = rng.choice(GIVEN1) if rng.random() < 0.15 else rng.choice(GIVEN2)
        name = s + g
        if name in names or name in USED_BEFORE or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    return names


C = {
 "mech": dict(major="机电一体化技术", code="0127", course="可编程控制系统安装与调试", task="琉璃熔炉分段温度PLC控制系统装调",
   hours=20, station="PLC控制一体化学习工作站", parts=[("方案设计", 20), ("接线与编程", 50), ("调试验收", 30)],
   situation="博山一家琉璃工坊的熔炉升温全靠师傅看火，温度忽高忽低。工坊请学校帮忙改造：用PLC和温控仪把熔炉升温分成预热、升温、保温三段，超温时自动报警并切断加热，学员要画出电路图，完成接线、编程和调试。",
   qs=[("引导问题1 三段升温怎样在程序里实现？", ["用步进顺控，每一段一个状态，到温度和时间就转到下一段。", "用比较指令判断温度，定时器控制每段的时间。", "每段设定一个目标温度，达到后计时，时间到进入下一段。"]),
       ("引导问题2 超温保护为什么要用硬件和软件两道？", ["程序出错时还有温控仪的继电器直接断开加热接触器。", "只靠程序不安全，PLC死机时加热不会停。", "双重保护，一道失效另一道还能断电。"])],
   hw=[("1. 热电偶接到模拟量模块时要注意什么？", ["正负极不能接反，用补偿导线，屏蔽层一端接地。", "用专用补偿导线，接线端子要拧紧。", "分清正负，远离动力线走线。"]),
       ("2. 调试时先做哪些检查？", ["断电测线路通断和绝缘，再通电看输入输出指示灯。", "先查接线，再空载试运行。", "检查电源电压，确认急停有效。"])],
   outputs=[("熔炉控制电路图", "画出主电路和PLC输入输出接线图。"), ("分段升温控制程序", "程序带注释，经过模拟调试。"), ("调试验收记录", "记录三段温度的设定值和实测值。")]),
 "anim": dict(major="计算机动画制作", code="0306", course="二维动画设计与制作", task="周村古商城导览动画角色设计",
   hours=18, station="动画设计一体化学习工作站", parts=[("造型设计", 20), ("转面与表情", 30), ("分镜与动态", 50)],
   situation="周村古商城景区要做一部三分钟的导览动画，需要一个穿长衫、提着烧饼匣子的“小掌柜”角色带游客逛大街。文旅公司的美术总监要求学员完成角色的造型设计、三视图、表情表和一组走路动态，风格要有鲁中老街的味道。",
   qs=[("问题一 角色造型怎样体现周村的地方特色？", ["长衫、瓜皮帽和烧饼匣子，颜色用青砖灰和木门的枣红。", "参考老商号伙计的穿着，道具用周村烧饼。", "服装用传统长衫，背景色取古街青砖。"]),
       ("问题二 三视图为什么要画辅助线？", ["保证正面、侧面、背面的五官和衣服高度对齐。", "各个角度比例一致，后面做动画不会变形。", "方便对齐身体比例。"])],
   hw=[("一、走路循环一般画几张关键帧？", ["两个接触帧、两个下落帧、两个经过帧，再加中间画。", "先画接触和经过，一步八张左右。", "关键帧四张，中间帧按节奏加。"]),
       ("二、角色表情表要包括哪些表情？", ["喜、怒、惊、哀，还有招呼客人的笑脸。", "开心、生气、吃惊、难过、思考。", "常用六种表情，正面和四分之三侧面各一套。"])],
   outputs=[("小掌柜角色三视图", "正面、侧面、背面三视图，带比例线。"), ("角色表情表", "六种表情，突出热情招呼的神态。"), ("走路动态分镜", "八格分镜，标注了帧数。")]),
 "nev": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车高压系统检修", task="纯电动汽车高压互锁故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站", parts=[("安全防护", 20), ("故障诊断", 45), ("维修复检", 35)],
   situation="潍坊一家新能源汽车服务站接到一辆纯电动轿车，仪表提示“高压系统故障”，车辆无法上高压电。技术经理判断可能是高压互锁回路断路，要求学员做好高压安全防护，读取故障码，测量互锁回路，找到故障点并修复。",
   qs=[("1. 断开高压前要做哪些安全防护？", ["戴绝缘手套和护目镜，设置隔离栏，拔下维修开关并等待五分钟。", "穿绝缘鞋，断开低压蓄电池负极，拔维修开关后验电。", "设监护人，挂警示牌，检查绝缘工具。"]),
       ("2. 高压互锁回路怎样测量？", ["断电后用万用表逐段测互锁线的导通，找到电阻无穷大的一段。", "从整车控制器的互锁端子开始，分段测量各插接器。", "测互锁信号电压，再逐个拔插头找断点。"])],
   hw=[("一、高压互锁的作用是什么？", ["高压插头没插好时不让上高压电，防止触电和拉弧。", "检测高压回路是否完整，断开时切断高压。", "保证维修和行车时高压连接可靠。"]),
       ("二、修复后要做哪些检验？", ["清除故障码，测绝缘电阻，上电试车确认故障消失。", "复测互锁回路，读取数据流，路试。", "检查插接器锁止，确认仪表无故障提示。"])],
   outputs=[("高压安全作业检查表", "逐项确认防护用品和隔离措施。"), ("互锁回路测量记录", "记录了各段导通电阻。"), ("维修工单", "写明故障点是空调压缩机插接器退针。")]),
 "rail": dict(major="城市轨道交通运输与管理", code="0431", course="城市轨道交通客运组织", task="地铁车站节假日大客流限流组织",
   hours=16, station="车站客运组织一体化实训室", parts=[("客流预判", 25), ("限流实施", 45), ("信息发布", 30)],
   situation="潍坊风筝节期间，地铁一号线靠近会场的车站预计每小时进站两万人次。值班站长要求客运值班员制定三级限流方案，布置铁马和导流带，安排人员在出入口、安检和站台分级控流，并用广播和告示做好乘客引导。",
   qs=[("任务1 三级限流分别设在哪里？", ["一级在站台，二级在站厅付费区，三级在出入口。", "站台、闸机、出入口三处逐级控制。", "从里到外三道，先站台后出入口。"]),
       ("任务2 限流时广播要说哪些内容？", ["说明限流原因，请乘客排队，注意安全，可以选择其他车站。", "告知等候时间和换乘建议。", "提醒照看好老人小孩，不要拥挤。"])],
   hw=[("1. 什么时候启动三级限流？", ["站台乘客过多，一二级限流还控制不住时启动。", "出入口排队人数过多时。", "客流超过车站能力时由值班站长决定。"]),
       ("2. 导流带怎样布置？", ["排成迂回通道，留出应急通道，不能挡消防设备。", "S形布置，入口和出口分开。", "根据客流方向设单向通道。"])],
   outputs=[("三级限流方案", "画出三级限流点位图。"), ("客运组织岗位分工表", "安排了十二个岗位。"), ("限流广播词", "写了三段广播词。")]),
 "tcm": dict(major="中药", code="1301", course="中药材生产与加工", task="平邑金银花采收加工与质量鉴别",
   hours=14, station="中药加工一体化学习工作站", parts=[("采收判断", 25), ("烘干加工", 45), ("性状鉴别", 30)],
   situation="平邑一家金银花合作社进入采收期，收购商要求花蕾青白、不开放、不发黑。合作社请学员帮忙：判断适宜的采收时期，指导花农采摘，用烘房分段烘干，并对成品做性状鉴别和等级划分。",
   qs=[("问题1 金银花在什么时期采收最好？", ["花蕾上部膨大、呈青白色、还没开放的二白期和大白期。", "早上露水干后采摘将开未开的花蕾。", "大白针期，花蕾饱满还没开。"]),
       ("问题2 烘干时温度怎样控制？", ["先三十度左右排湿，再逐步升到五十度，最后降温定色。", "分段升温，开始低温，防止花变黑。", "初烘低温，中间升温，后期通风。"])],
   hw=[("一、怎样鉴别金银花的质量？", ["看颜色青白，闻气味清香，手握有顶手感，无开花和黑头。", "花蕾均匀，不开放，无杂质。", "颜色黄白，气清香，味淡微苦。"]),
       ("二、金银花和山银花有什么区别？", ["山银花花蕾较长，颜色偏黄棕，药典分开收载。", "来源植物不同，性状也不一样。", "山银花表面毛少，气味较淡。"])],
   outputs=[("采收期判断记录", "拍照记录了五个发育期。"), ("烘干温度曲线", "记录了十二小时的烘房温度。"), ("金银花等级鉴别报告", "按颜色和开放率划分了等级。")]),
 "care": dict(major="健康与社会照护", code="0529", course="居家老年人生活照护", task="居家失能老人床上擦浴照护",
   hours=14, station="居家照护一体化学习工作站", parts=[("评估准备", 25), ("擦浴操作", 50), ("沟通记录", 25)],
   situation="临沂一家居家养老服务中心接到上门服务订单：八十五岁的颜奶奶中风后卧床，家属希望每周两次上门擦浴。服务主管要求照护员评估老人的皮肤和身体状况，准备用物，按顺序完成床上擦浴，注意保暖和隐私，并做好记录。",
   qs=[("问题一 擦浴前要评估哪些情况？", ["生命体征、皮肤有没有破损和压红、能不能配合翻身。", "看老人精神和体温，检查骶尾部皮肤。", "了解病情和活动能力，询问老人意愿。"]),
       ("问题二 擦浴的顺序是什么？", ["脸、颈、上肢、胸腹、背部、下肢，最后会阴。", "从上到下，从清洁部位到不清洁部位。", "先面部再上肢，翻身擦背，最后下肢。"])],
   hw=[("1. 冬天上门擦浴怎样防止老人着凉？", ["关好门窗，室温调到二十四度以上，擦一处露一处。", "水温四十到四十五度，动作快，及时盖好。", "擦完一个部位马上擦干盖被。"]),
       ("2. 擦浴中老人出现寒战怎么办？", ["立即停止，盖好被子，测量体温并告诉家属。", "停止操作，保暖，观察情况。", "马上停下来，喝点温水，报告主管。"])],
   outputs=[("居家照护评估表", "评估了皮肤、活动和认知。"), ("床上擦浴操作流程图", "画出十一个步骤。"), ("上门服务记录", "记录了两次服务的情况。")]),
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="客房服务", task="海景酒店退房查房服务",
   hours=12, station="客房服务一体化实训室", parts=[("查房准备", 20), ("查房操作", 50), ("沟通处置", 30)],
   situation="烟台养马岛一家海景酒店旅游旺季每天中午退房集中。前台通知退房后，客房服务员要在三分钟内完成查房：检查迷你吧消费、物品有无损坏或遗留，及时向前台报告，遇到客人遗留物品按规定登记。",
   qs=[("1. 查房要查哪些项目？", ["迷你吧消费、布草和设备有无损坏、客人有无遗留物品。", "酒水、毛巾浴袍、电器、保险箱。", "按顺序查一遍，重点是消费和遗留。"]),
       ("2. 发现客人遗留了手机怎么办？", ["马上报告前台，客人还在大堂就及时归还，走了就登记交到客房中心。", "先通知前台联系客人，再登记保存。", "不能自己保管，按遗留物品程序登记。"])],
   hw=[("一、为什么查房要在三分钟内完成？", ["客人在前台等着结账，时间长了影响满意度。", "提高退房效率，减少客人等待。", "旺季退房多，要快。"]),
       ("二、发现浴袍被带走怎样处理？", ["礼貌地通知前台，请客人确认，不能当面指责。", "报告前台，按价目表处理。", "委婉提醒，给客人留面子。"])],
   outputs=[("查房检查表", "列出十五个检查项目。"), ("遗留物品登记表", "设计了登记和认领栏目。"), ("查房情景演练视频脚本", "写了两个情景。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="淄博市齐都技工学校", pack="dir", course="mech", cls="机电2403班", size=40, seed=11,
         students=["孔繁宇", "于洋", "诸葛文博"], extra_class=["孔繁雨", "于洋帆"],
         teachers=["孟庆堂", "房淑敏", "臧建勋"], form_count="40", roster="roster_xlsx",
         f8="name_sid_paren", f10="sid_last_avg", f11="finisher_typed", f12="author_hand", findings=[],
         comment="clean: 孔繁宇 (one of the three) and classmate 孔繁雨 (one character apart); 2-char 于洋 (one of the three) "
                 "and 3-char classmate 于洋帆; compound 诸葛文博 (one of the three); item 8 label `姓名（学号）：孔繁宇（…）`; "
                 "teachers 孟庆堂 and 房淑敏 named on every worksheet (`指导教师：`, `企业导师：`); item 10 typed, portrait, "
                 "学号 as the LAST column, a `满分` row under the header and a `平均` row at the foot; roster 机电2403班花名册.xlsx (40)"),
    dict(school="淄博市齐都技工学校", pack="dir", course="anim", cls="动画2401班", size=34, seed=12,
         students=["颜书瑶", "曲正阳", "宫怀瑾"], outsiders={"宫怀瑾": "动画2402班"}, extra_class=["牟子恒"],
         bad={"牟子恒": "over"}, teachers=["盖立峰", "滕雅琴"], form_count="34人",
         f8="learner", f10="stain_maxrow", f11="author_scan", f12="photo",
         findings=[("students.not_in_class", 8, True, "宫怀瑾"), ("records.invalid_score", 10, False, "牟子恒")],
         comment="宫怀瑾 of 动画2402班 (a parallel class; `（动画2402班）` beside his name on each of his pages in items 8/11/12, "
                 "all scanned or photographed) is the third student; item 10 (34 rows = 班级人数 `34人`) has no record of "
                 "him: students.not_in_class. Item 10 scanned 200 dpi colour with a coffee stain, maxima in a separate "
                 "row `满分 | 20 | 30 | 50 | 100`; 牟子恒 has 56 under 分镜与动态 (满分 50; 总分 is the sum): records.invalid_score"),
    dict(school="潍坊市鸢都高级技工学校", pack="zip", course="nev", cls="新能源2402班", size=41, seed=21,
         students=["栾鸿儒", "逄晨曦", "隋一鸣"], extra_class=["鞠雪梅"], absent_from_10=["鞠雪梅"],
         teachers=["于守诚", "丛广源"], form_count="41", roster="roster_xlsx_dorm",
         f8="topright_box", f10="halfpoints", f11="submitter_typed", f12="mono_hand",
         findings=[("records.missing_student", 10, False, "鞠雪梅"), ("records.count_mismatch", 10, False)],
         comment="the roster 新能源2402班学生名单.xlsx (41) and the form (班级人数 41) list 鞠雪梅; item 10 (scanned 250 dpi "
                 "gray, scores with half points like `42.5`) has 40 records and none for her (a gap in the 学号 sequence): "
                 "records.missing_student, records.count_mismatch. Item 8: the name only in a box `姓名 | …` in the "
                 "top-right corner of each worksheet"),
    dict(school="潍坊市鸢都高级技工学校", pack="zip", course="rail", cls="城轨2401班", size=39, seed=22,
         students=["鹿冬梅", "辛振邦", "迟沐阳"], items={12: ["鹿冬梅", "辛振邦"]}, extra_class=["綦恒远"],
         bad={"綦恒远": "sum"}, teachers=["姜艳霞", "宁培元"], form_count="计39人",
         f8="trainee_hand", f10="sum_avg_foot", f11="trainee_typed", f12="footer_name",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "綦恒远")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (drawn, 200 dpi gray) holds the homework of only 鹿冬梅 and 辛振邦, each name only in the page "
                 "footer `第1页　鹿冬梅` (迟沐阳's is missing; items 8 and 11 hold all three): students.count on 12, "
                 "students.mismatch optional. Item 10 (scanned 200 dpi colour) ends with a `合计` row and a `平均` row; "
                 "綦恒远's 总分 is 81 for 22 + 37 + 26 = 85: records.invalid_score. Form `计39人`. No roster"),
    dict(school="临沂市沂蒙技师学院", pack="gbkzip", course="tcm", cls="中药2401班", size=36, seed=31,
         students=["仇素芹", "毕沂蒙", "初桂香"], items={11: ["仇素芹", "毕沂蒙", "邢海岚"]}, extra_class=["邢海岚"],
         teachers=["修德胜", "战丽娟"], form_count="36名",
         f8="filler", f10="mono_plain", f11="works_table_scan", f12="sung_hand",
         findings=[("students.mismatch", 11, True)],
         comment="item 11 is one long table of works (`序号 成果名称 完成人 完成日期`, scanned 200 dpi gray): its last "
                 "three rows are the outputs of classmate 邢海岚 (with an item-10 record) instead of 初桂香's: "
                 "students.mismatch. Items 8 and 12 hold 仇素芹, 毕沂蒙, 初桂香. Item 10 1-bit 200 dpi; no roster"),
    dict(school="临沂市沂蒙技师学院", pack="gbkzip", course="care", cls="照护2402班", size=38, seed=32,
         students=["宫秀岚", "颜若溪", "荆书萱"], extra_class=["颜若曦", "荆舒窈"], teachers=["宫秀兰", "孟凤岐", "盖荣芳"],
         notes={"荆舒窈": "缺考", "@9": "缺考（病假）", "@17": "实习请假，补考", "@25": "作业迟交"},
         form_count="计38人（女31人）",
         f8="trainee_box", f10="border_notes", f11="student_typed", f12="photo_teacher",
         findings=[],
         comment="clean: teacher 宫秀兰 and student 宫秀岚 (one of the three) one character apart, the teacher named on every "
                 "student page (`带教老师：宫秀兰`); 颜若溪 (one of the three) and classmate 颜若曦 (one character apart); "
                 "two 缺考 rows (`缺考` in every score column, 备注 `缺考` / `缺考（病假）`); 备注 实习请假，补考 and 作业迟交; "
                 "item 10 scanned 250 dpi gray with the dark lid edge; item 8 label `受训人`; form `计38人（女31人）`; no roster"),
    dict(school="烟台市芝罘技工学校", pack="zip", course="hotel", cls="酒店2402班", size=44, form_size=45, seed=41,
         students=["曲海峰", "衣佳慧", "牟思淼"], items={8: ["曲海峰", "衣佳慧", "牟思淼", "初凯瑞"]}, extra_class=["初凯瑞"],
         teachers=["孙蓬瀛", "战芝兰"], form_count="计45人",
         f8="sign_foot", f10="fold_plain", f11="maker2_typed", f12="wenkai",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 dpi gray) holds four worksheets, each signed at the foot `学生签名：…`: the three and "
                 "classmate 初凯瑞 (with an item-10 record): students.count on 8, students.mismatch optional; the form "
                 "says `计45人`, item 10 (scanned 200 dpi gray with a fold) lists 44 (序号 1–44): records.count_mismatch. No roster"),
]

SCHOOL_SHORT = {1: "齐都技校", 2: "鸢都高级技校", 3: "沂蒙技师学院", 4: "芝罘技校"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def file_name(s, n):
    g = s["seed"] // 10
    if g == 1:   # 淄博: "第08项-工作页.pdf" (recognised by the item name)
        return "第%02d项-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 潍坊: "8、工作页.pdf" (an enumeration comma)
        return "%d、%s.pdf" % (n, NAMES[n])
    if g == 3:   # 临沂: "工作页(08).pdf" (name first, number in brackets after)
        return "%s(%02d).pdf" % (NAMES[n], n)
    return "%02d.%s-芝罘技校.pdf" % (n, NAMES[n])  # 烟台


def form_name(s, c):
    return {1: ("齐都技校工学一体化优质课堂申报书（%s）.docx" % c["task"], "docx"), 2: ("申报书·%s.pdf" % c["major"], "pdf"),
            3: ("附件2-项目申报书-%s.docx" % c["course"], "docx"), 4: ("优质课堂申报书%s.pdf" % c["code"], "pdf")}[s["seed"] // 10]


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return "2437%02d2%02d" % (s["seed"], 23)
    return "2437%02d1%02d" % (s["seed"], s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC"):
    return ('<html><head><meta charset="utf-8"><style>body{font-family:"%s";font-size:%s}</style></head><body>\n%s\n'
            '</body></html>\n' % (font, size, body))


PB = '<p style="page-break-before:always"></p>'
HAND = 'style="font-family:\'AR PL UKai CN\';color:#1d2f6b;font-size:15pt"'
RED = 'style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:13pt"'


def td(x, extra="", pad="2px 4px"):
    return '<td style="border:0.75pt solid #000;padding:%s"%s>%s</td>' % (pad, extra, x)


def tbl(rows, width="100%", pad="2px 4px", bold=()):
    out = []
    for i, r in enumerate(rows):
        out.append("<tr>%s</tr>" % "".join(td(("<b>%s</b>" % x) if i in bold else x, ' align="center"', pad) for x in r))
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
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生明确任务要求，分组制定工作计划，经教师审核后实施，教师在过程中检查质量与安全，任务完成后展示成果、自评互评并由企业人员点评。</p>
<h3>五、建设成效</h3><p>任务取自鲁中、胶东合作企业的真实工作，学生在完成任务中提升了专业能力与职业素养。</p>
<h3>六、承诺</h3><p>本单位承诺所提交材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], d=5 + s["seed"] % 19, kv=tbl(kv, width="80%"), tm=tbl(trs, width="80%"),
        situation=c["situation"])
    return html(body, font="Noto Sans CJK SC")


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合山东省合作企业的岗位要求进行校本转化。\n二、学习任务\n其中“{task}”为{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作过程\n明确任务、计划决策、实施、检查、评价。",
    3: "{school}\n{task}　教学活动策划\n活动一 明确任务\n活动二 计划与决策\n活动三 任务实施\n活动四 检查评价",
    4: "{school}\n{course}教学进度计划\n共{hours}学时\n第1周 明确任务、收集信息\n第2周 制定计划\n第3周 实施\n第4周 检查与评价",
    5: "{school}\n{task}教学活动方案\n第1学时 情境导入\n第2—3学时 引导问题学习\n其余学时 分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站设集中教学区、分组工作区、资料区和成果展示区。",
    9: "{school}\n{task}考核方案\n考核包括过程考核和结果考核，成绩填入学习任务考核记录表。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8分", "√ 要点全", "√ 9分", "√ 清楚", "√ 10分"])


def day(s, k):
    return "2024年%d月%d日" % (10 + (s["seed"] + k) % 3, 2 + (s["seed"] * 5 + k * 3) % 26)


# ------------------------------------------------------------------ item 8

def item8(s, c, names):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    if f == "trainee_hand":   # drawn page, the name line handwritten
        lines = []
        for i, n in enumerate(names):
            if i:
                lines.append("----")
            lines += ["%s　学习工作页" % c["task"], "> 受训人：%s　　班级：%s" % (n, cls_of(s, n)),
                      "指导教师：%s" % t[0], "", "【工作情境】", c["situation"], ""]
            for qi, (q, a) in enumerate(c["qs"]):
                lines += [q, "> " + a[(i + qi) % 3], "! " + mark(rng), ""]
            lines += ["! 评阅：%s　%s" % (t[0], day(s, i))]
        return "08.txt", "\n".join(lines) + "\n", "x-scan:200:2"
    pages = []
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        H = '<span %s>%s</span>' % (HAND, n)
        foot = ""
        if f == "name_sid_paren":
            head = ('<h3 style="text-align:center">%s　工作页</h3><p>姓名（学号）：%s（<span %s>%s</span>）　　班级：%s</p>'
                    '<p>指导教师：%s　　企业导师：%s</p>' % (c["task"], H, HAND, sid, cl, t[0], t[1]))
        elif f == "learner":
            head = ('<h3 style="text-align:center">%s</h3><p>学习者：%s（%s）　　日期：%s</p><p>指导教师：%s</p>'
                    % (c["task"], H, cl, day(s, i), t[0]))
        elif f == "topright_box":
            head = ('<table align="right" style="border-collapse:collapse"><tr>%s%s</tr></table>'
                    % (td("姓名", "", "4px 8px"), td(H, ' width="110"', "4px 8px")) +
                    '<p>&nbsp;</p><h3 style="text-align:center">%s　学习工作页</h3><p>%s　%s</p>' % (c["task"], s["school"], cl))
        elif f == "filler":
            head = ('<h3 style="text-align:center">%s工作页</h3><p>填写人：%s　　学号：%s　　班级：%s</p><p>指导教师：%s</p>'
                    % (c["task"], H, sid, cl, t[0]))
        elif f == "trainee_box":
            head = ('<h3 style="text-align:center">%s　学习工作页</h3><p>受训人：%s　　班级：%s</p><p>带教老师：%s　　日期：%s</p>'
                    % (c["task"], H, cl, t[0], day(s, i)))
        elif f == "sign_foot":
            head = '<h3 style="text-align:center">%s　工作页</h3><p>%s　%s</p>' % (c["task"], s["school"], cl)
            foot = '<p>&nbsp;</p><p style="text-align:right">学生签名：%s　　指导教师：%s</p>' % (H, t[0])
        else:
            raise SystemExit(f)
        body = head + "<p><b>【工作情境】</b>%s</p>" % c["situation"]
        for qi, (q, a) in enumerate(c["qs"]):
            body += '<p><b>%s</b></p><p %s>%s</p><p %s>%s</p>' % (q, HAND, a[(i + qi) % 3], RED, mark(rng))
        body += '<p>教师评价：<span %s>%s</span>　　评阅人：%s</p>' % (RED, ["优", "良", "良", "中"][i % 4], t[0]) + foot
        pages.append(body)
    meth = {"name_sid_paren": "x-scanpdf:250", "learner": "x-scanpdf:200:color", "topright_box": "x-scanpdf:200",
            "filler": "x-scanpdf:200:color", "trainee_box": "x-scanpdf:250:fold", "sign_foot": "x-scanpdf:200"}[f]
    return "08.html", html(PB.join(pages)), meth


# ------------------------------------------------------------------ item 10

def resolve_notes(s, rec):
    out = {}
    for k, v in s.get("notes", {}).items():
        out[rec[int(k[1:])] if k.startswith("@") else k] = v
    s["notes_resolved"] = out


def scores(s, rng, n, parts, half):
    vals = []
    for _, m in parts:
        v = m * rng.uniform(0.6, 0.96)
        vals.append(round(v * 2) / 2 if half else int(round(v)))
    kind = s.get("bad", {}).get(n)
    total = sum(vals)
    if kind == "over":
        vals[-1] = parts[-1][1] + 6
        total = sum(vals)
    elif kind == "sum":
        vals = [22, 37, 26]
        total = 81
    return vals, total


def fmt(x):
    if isinstance(x, float):
        return ("%.1f" % x) if x != int(x) else "%d" % x
    return str(x)


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    parts = c["parts"]
    notes = s["notes_resolved"]
    rows = []
    for k, n in enumerate(rec):
        note = notes.get(n, "")
        if note.startswith("缺考"):
            vals, total = ["缺考"] * len(parts), "缺考"
        else:
            vals, total = scores(s, rng, n, parts, f == "halfpoints")
        rows.append((k + 1, sid_of(s, n), n, vals, total, note))
    title = ('<p style="text-align:center"><b>%s学习任务考核记录表</b></p><p>学校：%s　　课程：%s</p><p>学习任务：%s　　班级：%s　　考核时间：%s</p>'
             % (c["course"], s["school"], c["course"], c["task"], s["cls"], day(s, 11)))
    sign = "<p>考核教师：%s　　%s　　　审核：%s</p>" % (t[0], "、".join(t[1:]), t[-1])
    pad = "0px 3px"
    pn = ["%s" % p for p, _ in parts]
    pm = ["%s(%d)" % p for p in parts]
    scored = [r for r in rows if isinstance(r[4], (int, float))]

    def avg(i):
        xs = [r[3][i] for r in scored] if i is not None else [r[4] for r in scored]
        return "%.1f" % (sum(xs) / len(xs))
    if f == "sid_last_avg":
        tr = [["序号", "姓名"] + pn + ["总评", "备注", "学号"], ["满分", ""] + [str(m) for _, m in parts] + ["100", "", ""]]
        tr += [[str(k), n] + [fmt(x) for x in v] + [fmt(tot), note, sid] for k, sid, n, v, tot, note in rows]
        tr.append(["平均", ""] + [avg(i) for i in range(len(parts))] + [avg(None), "", ""])
        return "10.html", html(title + tbl(tr, pad=pad, bold=(0, 1)) + sign, "9pt"), "pdf"
    if f == "stain_maxrow":
        tr = [["序号", "学号", "姓名"] + pn + ["总分"], ["满分", "", ""] + [str(m) for _, m in parts] + ["100"]]
        tr += [[str(k), sid, n] + [fmt(x) for x in v] + [fmt(tot)] for k, sid, n, v, tot, _ in rows]
        return "10.html", html(title + tbl(tr, pad=pad, bold=(1,)) + sign, "9pt"), "x-scanpdf:200:color:stain"
    if f == "sum_avg_foot":
        tr = [["序号", "学号", "姓名"] + pm + ["总分"]]
        tr += [[str(k), sid, n] + [fmt(x) for x in v] + [fmt(tot)] for k, sid, n, v, tot, _ in rows]
        tr.append(["合计", "", "%d人" % len(rows)] + [str(sum(r[3][i] for r in scored)) for i in range(len(parts))] +
                  [str(sum(r[4] for r in scored))])
        tr.append(["平均", "", ""] + [avg(i) for i in range(len(parts))] + [avg(None)])
        return "10.html", html(title + tbl(tr, pad=pad) + sign, "9pt"), "x-scanpdf:200:color"
    hdr = {"halfpoints": ["序号", "姓名", "学号"] + pm + ["总成绩"],
           "mono_plain": ["序号", "学号", "姓名"] + ["%s（%d分）" % p for p in parts] + ["得分"],
           "border_notes": ["序号", "学号", "姓名"] + pm + ["总评", "备注"],
           "fold_plain": ["学号", "姓名"] + pm + ["合计", "等级"]}[f]
    tr = [hdr]
    for k, sid, n, v, tot, note in rows:
        if f == "halfpoints":
            tr.append([str(k), n, sid] + [fmt(x) for x in v] + [fmt(tot)])
        elif f == "mono_plain":
            tr.append([str(k), sid, n] + [fmt(x) for x in v] + [fmt(tot)])
        elif f == "border_notes":
            tr.append([str(k), sid, n] + [fmt(x) for x in v] + [fmt(tot), note])
        else:
            tr.append([sid, n] + [fmt(x) for x in v] + [fmt(tot), "优" if tot >= 90 else "良" if tot >= 75 else "合格"])
    meth = {"halfpoints": "x-scanpdf:250", "mono_plain": "x-scanpdf:200:mono", "border_notes": "x-scanpdf:250:border",
            "fold_plain": "x-scanpdf:200:fold"}[f]
    return "10.html", html(title + tbl(tr, pad=pad) + sign, "9pt"), meth


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    if f == "author_scan":
        lines = []
        for n in names:
            for j, (title, desc) in enumerate(c["outputs"]):
                if lines:
                    lines.append("----")
                lines += ["%s　学习成果" % c["task"], "成果%d　%s" % (j + 1, title),
                          "> 成果作者：%s（%s）" % (n, cls_of(s, n)), "", desc,
                          "> 我按任务要求完成了这项成果，修改了两次。", "", "! 点评：完成认真，" + ("良好" if j else "优秀"),
                          "! 指导教师：" + t[0]]
        return "11.txt", "\n".join(lines) + "\n", "x-scan:200:1:color"
    if f == "works_table_scan":
        tr = [["序号", "成果名称", "完成人", "完成日期", "指导教师"]]
        k = 0
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                k += 1
                tr.append([str(k), title, n, day(s, 30 + k), t[0]])
        body = ('<h2 style="text-align:center">学习成果汇编</h2><p style="text-align:center">%s　%s　%s</p>' % (s["school"], s["cls"], c["task"]) +
                '<p>一、成果一览表</p>' + tbl(tr, pad="6px 4px") +
                "<p>二、说明</p><p>以上成果由三名学生在学习任务中独立完成，原件存教学档案。</p><p>汇编人：%s</p>" % t[1])
        return "11.html", html(body), "x-scanpdf:200"
    lab = {"finisher_typed": "完成人", "submitter_typed": "成果提交人", "trainee_typed": "完成学员", "student_typed": "学生姓名",
           "maker2_typed": "成果完成者"}[f]
    parts = ['<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p>' % (c["task"], s["school"], s["cls"])]
    for i, n in enumerate(names):
        for j, (title, desc) in enumerate(c["outputs"]):
            parts.append("<h3>%d.%d　%s</h3><p>%s：%s</p><p>%s</p><p>指导教师：%s</p>" % (i + 1, j + 1, title, lab, n, desc, t[0]))
    return "11.html", html(PB.join(parts)), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl = cls_of(s, n)
        head = {"author_hand": ["%s　课后作业" % c["course"], "> 作业人：%s　　%s" % (n, cl)],
                "photo": ["课后作业　" + c["task"], "> 姓名：%s（%s）" % (n, cl)],
                "mono_hand": ["%s　课后练习" % c["task"], "> 学生：%s　　班级：%s" % (n, cl)],
                "footer_name": ["%s　课后作业" % c["task"], "班级：%s" % cl],
                "sung_hand": ["课后作业（%s）" % c["task"], "> 姓名：%s　　学号：%s" % (n, sid_of(s, n))],
                "photo_teacher": ["课后作业　" + c["task"], "> 学员：%s　　%s" % (n, cl), "带教老师：" + t[0]],
                "wenkai": ["%s课后作业" % c["course"], "姓名：%s　　班级：%s" % (n, cl)]}[f]
        body = head + [""]
        for qi, (q, a) in enumerate(c["hw"]):
            body += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        body += ["! 批阅：" + t[0] + "　" + day(s, 20 + i)]
        if f == "footer_name":
            body += [""] * (31 - len(body)) + ["　" * 12 + "第%d页　%s" % (i + 1, n)]
        lines += body
    meth = {"author_hand": "x-scan:250:0", "photo": "x-photo:200:0", "mono_hand": "x-scan:200:0:mono",
            "footer_name": "x-scan:200:1", "sung_hand": "x-scan:250:2", "photo_teacher": "x-photo:200:1",
            "wenkai": "x-scan:200:4"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if r == "roster_xlsx":
        w.writerow(["学号", "姓名", "性别", "出生年月", "家庭住址"])
        for i, n in enumerate(s["klass"]):
            w.writerow([sid_of(s, n), n, "男女"[(i * 3 + s["seed"]) % 4 == 0], "2008年%d月" % (1 + i % 12),
                        ["淄川区", "张店区", "博山区", "周村区", "临淄区"][i % 5]])
        fname = "%s花名册.xlsx" % s["cls"]
    else:
        w.writerow(["序号", "姓名", "学号", "性别", "宿舍号"])
        for i, n in enumerate(s["klass"]):
            w.writerow([str(i + 1), n, sid_of(s, n), "男女"[(i * 5 + s["seed"]) % 6 == 0], "%d号楼%d" % (2 + i % 2, 301 + i // 6)])
        fname = "%s学生名单.xlsx" % s["cls"]
    write(os.path.join(d, "roster.csv"), buf.getvalue())
    man.append("roster.csv\t%s\txlsx\troster\t0" % fname)


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Tenth held-out people corpus (testdata/heldout10), same format as testdata/heldout9/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"]]
    all_planted = [n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))]
    for n in all_teachers + all_planted:
        if n in USED_BEFORE:
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    per = [set(s["students"] + s.get("extra_class", [])) for s in SUBS]
    assert sum(map(len, per)) == len(set().union(*per)), "a planted name stands in two submissions"
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7177)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        others = [n for n in all_planted if n not in fixed] + all_teachers + out
        s["klass"] = draw_class(rng, s["size"], fixed, others)
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
            write(os.path.join(d, "%02d.txt" % n), SHORT[n].format(school=s["school"], **c) + "\n")
            man.append("%02d.txt\t%s\tpdf\titem\t%d" % (n, file_name(s, n), n))
        meths = {}
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8])), (10, item10(s, c, rec)), (11, item11(s, c, items[11])),
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
        truth["submissions"][subid] = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): v for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": "班级人数 | %s" % s["form_count"],
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""), "roster_officers": {},
            "outsiders": s.get("outsiders", {}),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": s["notes_resolved"], "teachers": s["teachers"]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
