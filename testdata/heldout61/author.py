#!/usr/bin/env python3
"""Write the sources of the sixty-first held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 鄂尔多斯
(Inner Mongolia), 定西 (Gansu) and 三亚 (Hainan).

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
# the truth files read for names, tasks and courses to avoid (heldout62 is written at the same time and was not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 61)] + ["othertools"]

# surnames by region: 鄂尔多斯 (Han families from 府谷/神木/河曲 and Mongolian families writing 奇 鲍 白 …),
# 定西 (陇中: 王 李 张 陈 杨 汪 魏 牛 董 景 漆 …), 三亚 (陈 林 符 黄 吴 邢 周; Li families 符 黎 吉 王; Hui 蒲 海)
SURNAMES = {   # surname: weight (common families often, rare ones seldom)
    "eds": dict(王=8, 李=6, 张=6, 刘=6, 杨=4, 高=4, 郝=3, 苏=3, 白=3, 乔=2, 贺=2, 奇=2, 韩=2, 郭=2, 霍=1, 鲍=1, 武=2, 折=1),
    "dx": dict(王=8, 李=7, 张=6, 陈=5, 杨=4, 刘=4, 赵=3, 魏=3, 牛=2, 董=2, 汪=3, 马=3, 包=1, 景=1, 何=2, 石=2, 漆=1, 谢=1),
    "sy": dict(陈=8, 王=7, 林=6, 符=5, 黄=4, 吴=4, 邢=3, 李=4, 周=3, 郑=2, 黎=2, 吉=1, 麦=1, 云=2, 卓=1, 蒲=1),
}
# whole Mongolian names (Chinese transcription, no Han surname), for some 鄂尔多斯 students
MONGOL = "其木格 乌日娜 苏布达 巴特尔 额尔敦 图雅 萨日娜 阿拉腾 娜仁花 宝音 孟和 吉日嘎拉 格日勒 斯琴 达来 敖登 朝鲁 那顺 乌力吉 塔娜".split()
# given names: a list of ordinary given names of pupils born about 2007-2009
GIVEN2 = ("浩宇 子轩 梓涵 欣妍 俊熙 雨萱 思琪 一诺 佳乐 宇辰 奕辰 梓萌 诗琪 明轩 若曦 子墨 嘉欣 浩然 文杰 晨曦 "
          "锦程 语桐 博文 佳怡 昊天 心怡 泽宇 可馨 家豪 紫涵 天佑 梦琪 雅婷 建豪 俊豪 晓彤 思远 钰涵 昕怡 志鹏 "
          "立伟 宏博 靖雯 美琳 凯文 书瑶 晓峰 润泽 亦凡 瑞雪 嘉琪 振宇 雪莹 慧敏 鹏飞 海燕 婉婷 世杰 金龙 丽媛 "
          "宇航 晶晶 永康 文静 志远 秀娟 家乐 雯雯 国强 婧怡 少华 伟业 梓航 皓轩 沐阳 俊逸 煜城 宸睿 锦涛 睿泽 晋鹏 鸿飞 "
          "彦博 浩博 嘉懿 雨桐 芮涵 婉清 沐晴 雨涵 诗涵 佳琪 语嫣 晓萱 欣悦 子怡 若彤 艺涵 思彤 梦洁 静雅 安琪 "
          "楚涵 家琪 旭东 建鑫 建斌 俊峰 文龙 海龙 天赐 宏亮").split()
GIVEN1 = list("婷杰鑫琳磊蕊昊悦")


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
    if region == "eds" and rng.random() < 0.14:
        return rng.choice(MONGOL)
    g = rng.choice(GIVEN1) if rng.random() < 0.15 else rng.choice(GIVEN2)
    sn = SURNAMES[region]
    return rng.choices(list(sn), weights=list(sn.values()))[0] + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    tries = 0
    while len(names) < n:
        tries += 1
        if tries > 200000:
            raise SystemExit("cannot draw a class for %s" % region)
        name = draw_one(rng, region)
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "brake": dict(major="汽车维修", code="0403", course="汽车底盘故障诊断与修复", task="矿区通勤客车气压制动跑偏与异响诊断排除",
   hours=18, station="汽车底盘维修一体化学习工作站",
   situation="鄂尔多斯一家煤矿的通勤客车每天往返矿区和城区，司机反映踩刹车时车头向右偏，后轮还有“吱吱”的响声。车队把车送到学校合作的维修站，站长请汽修班学员按维修工单检查气压制动系统，测量制动间隙和制动鼓磨损，找出跑偏和异响的原因，修复后路试并交车。",
   qs=[("问题1 气压制动车辆为什么会制动跑偏？", ["左右车轮制动力不一样大，常见原因是一侧制动间隙过大、制动气室漏气或摩擦片沾了油。", "左右制动力不等。", "一边间隙大或气室漏气。"]),
       ("问题2 检查制动间隙前要做好哪些安全措施？", ["车辆停稳，放掉或锁住驻车制动，垫好三角木，储气筒气压达到规定值后再检查。", "垫三角木，车停稳。", "气压够了再查。"])],
   hw=[("1. 制动鼓内径超过多少要更换？", ["超过维修手册规定的使用极限就要更换，一般比标准尺寸大两毫米左右。", "超过使用极限就换。", "大约大两毫米。"]),
       ("2. 路试检查制动要看哪几项？", ["看制动距离、有没有跑偏、有没有异响，回来后摸制动鼓温度是否一致。", "距离、跑偏、异响。", "摸制动鼓温度。"])],
   outputs=[("维修作业单（右前轮制动器）", "右前制动气室膜片破裂，已更换。"), ("制动间隙测量记录", "调整后各轮间隙零点五毫米。"), ("路试交车记录", "三十公里时速制动不跑偏。")]),
 "mutton": dict(major="烹饪(中式烹调)", code="0501", course="地方特色菜肴制作", task="鄂尔多斯风味手把羊肉与焖面宴席菜品制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="鄂尔多斯一家民族风味餐厅接到一场二十桌的婚宴，主菜要上手把羊肉、羊肉焖面和沙葱拌莜面。餐厅厨师长请烹饪班学员按菜单分档取料，控制清炖羊肉的火候和时间，配好蘸料，按出品标准装盘，并做好原料成本登记。",
   qs=[("问题1 手把羊肉为什么要冷水下锅？", ["冷水下锅羊肉受热慢，血水能慢慢煮出来，撇净浮沫后汤清肉香。", "血水能慢慢出来。", "撇沫后汤清。"]),
       ("问题2 羊肉焖面怎样防止糊底？", ["汤汁要没过羊肉，面条铺在上面，中小火焖，中间翻动一次，听到声音变干就关火。", "中小火焖，中途翻动。", "汤要没过肉。"])],
   hw=[("1. 羊肉分档取料时，手把肉常用哪个部位？", ["常用羊排和后腿，带骨有肥有瘦，煮出来香而不腻。", "羊排和后腿。", "带骨的部位。"]),
       ("2. 宴席出菜前要检查什么？", ["检查菜量、温度、装盘造型和盘边是否干净，冷菜热菜分开出。", "菜量、温度、盘边。", "冷热分开出。"])],
   outputs=[("婚宴菜单与出品标准", "手把羊肉每桌三斤。"), ("原料成本登记表", "每桌羊肉成本二百一十元。"), ("菜品出品照片说明", "焖面装盘带羊排两块。")]),
 "heliostat": dict(major="机电一体化技术", code="0127", course="自动化生产线安装与调试", task="光伏板清扫机器人行走与毛刷电机联动控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="库布其沙漠边上的光伏电站风沙大，光伏板上的积灰影响发电。电站运维班请学校机电班学员安装调试一台轨道式清扫机器人：按图纸装好行走电机和毛刷电机，连接限位开关和风速传感器，编写PLC程序，实现往返清扫、到端换向和大风停机，并填写调试记录。",
   qs=[("问题1 清扫机器人为什么要装风速传感器？", ["风太大时机器人在光伏板上行走不安全，风速超过设定值就要停机回到停放位。", "大风时停机。", "风大不安全。"]),
       ("问题2 行走电机到端换向靠什么信号？", ["靠两端的限位开关，PLC收到限位信号先停行走，再反向启动。", "两端限位开关。", "PLC收到信号后反向。"])],
   hw=[("1. 毛刷电机和行走电机为什么要联锁？", ["毛刷不转时机器人不能行走，否则灰尘刮擦光伏板表面。", "毛刷先转再行走。", "防止刮伤板面。"]),
       ("2. 上锁挂牌后还要做什么确认？", ["试按启动按钮确认设备不能启动，再用万用表验证没有电压。", "试启动，验电。", "确认没有电压。"])],
   outputs=[("PLC输入输出分配表", "风速信号接模拟量输入通道一。"), ("清扫机器人程序清单", "到端延时两秒换向。"), ("联动调试记录", "风速十米每秒时停机回位。")]),
 "danggui": dict(major="中药", code="1301", course="中药饮片炮制", task="岷县当归饮片切制干燥与性状质量检查",
   hours=16, station="中药炮制一体化学习工作站",
   situation="定西岷县是当归的主产地，秋季采挖的当归要加工成饮片出售。当地一家饮片厂请中药班学员帮助完成一批当归的切制：洗润药材、按规格切成薄片、低温干燥，按药典标准检查片形、颜色、气味和水分，填写切制记录并装袋。",
   qs=[("问题1 当归润药时为什么不能泡得太久？", ["当归的有效成分会溶到水里流失，香气也会变淡，少泡多润，润透为止。", "成分会流失。", "少泡多润。"]),
       ("问题2 当归片干燥的温度为什么不能太高？", ["温度高了挥发油会散失，片子颜色变深发焦，一般控制在六十度以下。", "挥发油会散失。", "六十度以下。"])],
   hw=[("1. 合格的当归片有什么性状？", ["切面黄白色，有棕色油点和环纹，香气浓，味甘、辛、微苦。", "切面有油点，香气浓。", "黄白色，味甘微苦。"]),
       ("2. 怎样判断药材已经润透？", ["用手弯曲不易折断，切开后中间没有干心。", "弯曲不折断。", "没有干心。"])],
   outputs=[("当归饮片切制记录", "切片厚度一至二毫米。"), ("饮片性状检查记录", "油点明显，香气浓郁。"), ("水分测定记录", "水分百分之十一。")]),
 "potato": dict(major="电子商务", code="0603", course="农产品网络营销", task="定西马铃薯宽粉助农直播带货策划与执行",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="定西是马铃薯之乡，当地一家粉条合作社生产的宽粉口感筋道，但销路主要靠批发。合作社请电商班学员帮忙做一场助农直播：策划直播脚本，布置直播间，分工担任主播、场控和客服，直播后统计数据并写复盘报告。",
   qs=[("问题1 直播脚本要包括哪些内容？", ["开场时间、每款产品的讲解要点、上链接的时间、福利和抽奖安排，以及突发情况的应对。", "讲解要点和上链接时间。", "福利安排和应急。"]),
       ("问题2 宽粉直播时怎样让观众相信产品？", ["现场煮一碗宽粉展示筋道程度，展示合作社的生产车间和检验报告。", "现场煮粉展示。", "展示检验报告。"])],
   hw=[("1. 直播复盘要看哪些数据？", ["观看人数、平均停留时长、商品点击率、成交单数和退款率。", "观看人数和成交单数。", "点击率和退款率。"]),
       ("2. 观众问“会不会煮烂”怎样回答？", ["先说明宽粉用纯马铃薯淀粉做的，煮八到十分钟不烂，再当场演示。", "说明煮十分钟不烂。", "当场演示。"])],
   outputs=[("直播复盘报告", "观看两千三百人次。"), ("直播间商品清单", "宽粉三款，礼盒一款。"), ("售后问题登记表", "破损补发四单。")]),
 "checkin": dict(major="饭店(酒店)服务", code="0504", course="前厅服务与管理", task="海湾度假酒店家庭宾客入住接待与离店结账服务",
   hours=14, station="前厅服务一体化学习工作站",
   situation="三亚一家海湾度假酒店春节前后家庭宾客很多，前台经常排队。前厅经理请酒店班学员在实训前台模拟真实班次：为带孩子的家庭办理预订核对、入住登记、加床和早餐安排，介绍酒店设施，处理离店结账和押金退还，并填写交班记录。",
   qs=[("问题1 为家庭宾客办理入住时要特别确认什么？", ["确认入住人数和儿童年龄，是否需要加床或婴儿床，早餐是否含儿童。", "人数和儿童年龄。", "加床和早餐。"]),
       ("问题2 宾客退房时发现迷你吧有消费，怎样处理？", ["礼貌告诉宾客消费的项目和金额，请宾客确认后计入账单，有异议请楼层核实。", "请宾客确认后入账。", "有异议请楼层核实。"])],
   hw=[("1. 押金退还有哪几种方式？", ["现金押金退现金，刷卡预授权的撤销预授权，线上支付的原路退回。", "原路退回。", "撤销预授权。"]),
       ("2. 交班记录要写哪些内容？", ["未完成的事项、宾客的特别要求、备用金数目和需要跟进的投诉。", "未完成的事和特别要求。", "备用金和投诉。"])],
   outputs=[("前台交班记录", "八一二房需婴儿床。"), ("家庭宾客入住服务流程单", "入住登记平均四分钟。"), ("离店结账情景演练记录", "押金原路退回。")]),
 "brocade": dict(major="计算机动画制作", code="0306", course="二维动画设计与制作", task="黎锦纹样元素二维动画片头设计与制作",
   hours=18, station="数字动画一体化学习工作站",
   situation="三亚一家文化旅游公司要为黎族织锦展做一段十五秒的动画片头，要求用黎锦的大力神纹、人形纹和鹿纹做元素。公司设计主管请动画班学员收集纹样素材，绘制分镜，画出关键帧原画和中间画，在软件里合成并配乐，按期交付样片。",
   qs=[("问题1 把黎锦纹样做成动画元素时要注意什么？", ["保留纹样原来的造型和配色特点，简化细小的线条，让纹样动起来时仍然认得出。", "保留造型和配色。", "简化细线。"]),
       ("问题2 关键帧和中间画有什么区别？", ["关键帧画出动作的起点、终点和转折，中间画把关键帧之间的过渡补齐。", "关键帧是转折点。", "中间画补过渡。"])],
   hw=[("1. 十五秒片头按每秒二十四帧要画多少帧？", ["一共三百六十帧，一拍二时画一百八十张。", "三百六十帧。", "一拍二画一百八十张。"]),
       ("2. 片头配乐要注意什么？", ["节奏和画面的转场对齐，使用有授权的音乐，结尾留出标志出现的时间。", "节奏对齐转场。", "音乐要有授权。"])],
   outputs=[("片头分镜说明", "共八个镜头。"), ("鹿纹奔跑关键帧原画", "第三镜，四张关键帧。"), ("样片交付单", "十五秒，一九二零乘一零八零。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="鄂尔多斯市毛乌素技工学校", pack="gbkzip", region="eds", course="brake", cls="汽修2303班", size=38, seed=11,
         sidp="23150403", students=["郝宇辰", "乔嘉琪", "苏振宇"], outsiders={"苏振宇": "汽修2301班"}, out_sidp="23150401",
         teachers=["贺建军", "白玉凤"], form_count="38人",
         f8="station_head", f10="group_col", f11="repair_typed", f12="photo_wechat",
         findings=[("students.not_in_class", 8, True, "苏振宇")],
         comment="苏振宇 of the parallel class 汽修2301班 (his class and 学号 on his worksheet, typed repair orders and "
                 "homework) is the third student of 8/11/12; item 10 (TYPED, 38 rows = form `38人`) has no record of him: "
                 "students.not_in_class. Item 8 (scanned 200 gray): a bordered head `工位号 | 班级 | 姓名 | 学号` and the "
                 "bus driver 牛铁柱 named in the 报修 box (not a student). Item 12: phone photos forwarded through WeChat. No roster",
         others_named=["牛铁柱"]),
    dict(school="鄂尔多斯市毛乌素技工学校", pack="gbkzip", region="eds", course="mutton", cls="烹饪2401班", size=36, seed=12,
         sidp="24150501", students=["张可歆", "敖登格日乐", "韩奕铭"], extra_class=["武沛然", "刘育恒"],
         absent_from_10=["刘育恒"], bad={"武沛然": "over"}, teachers=["奇志刚", "杨翠萍", "萨仁其其格"], form_count="36人",
         f8="report_box", f10="vertical_head", f11="menu_typed", f12="hand_scan",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "武沛然")],
         comment="item 10 (scanned 200 dpi gray) lists 35 of the class; the form says `36人`: records.count_mismatch (no "
                 "roster). Its head is VERTICAL (one character a line, the maximum under it: 刀/工/(20) …); 武沛然 has 24 "
                 "under 刀工 (max 20), 总分 the sum: records.invalid_score. Mongolian whole names (敖登格日乐, 乌日娜 …) beside "
                 "Han names; a Mongolian teacher 萨仁其其格. Item 8 (scanned 200 gray, a pen tested in the margin): 实训报告 with "
                 "a name box at the top left. No roster"),
    dict(school="鄂尔多斯市毛乌素技工学校", pack="gbkzip", region="eds", course="heliostat", cls="机电2402班", size=40, seed=13,
         sidp="24150127", students=["鲍浩然", "乌力吉", "霍雨萱"], teachers=["郭存旺", "苏雅拉图"], form_count="40人",
         roster="uniform", headteacher="折丽华",
         f8="loto_tag", f10="plain_grade", f11="plc_typed", f12="photo_wechat2",
         findings=[],
         comment="clean. The roster is a 实训工装尺码登记表 (`序号 学号 姓名 性别 身高(cm) 上衣 裤子 鞋码`, 40) = form `40人` "
                 "= 40 rows of item 10 (TYPED, 等级 column). Item 8 (scanned 250 gray): a 挂牌上锁记录 strip at the top, the "
                 "student as 上锁人, the teacher as 解锁确认人. A Mongolian student 乌力吉 (whole name, three characters)"),
    dict(school="定西市陇中技工学校", pack="dir", region="dx", course="danggui", cls="中药2401班", size=41, seed=21,
         sidp="2406211301", students=["汪思琪", "景博文", "漆雅婷"], items={8: ["汪思琪", "漆雅婷"]},
         extra_class=["魏晓彤"], absent_from_10=["魏晓彤"], teachers=["董文斌", "包淑芳"], form_count="41名",
         roster="plain_list", headteacher="牛春梅",
         f8="plain_line", f10="plain_sex", f11="slicing_typed", f12="photo_plain",
         findings=[("students.count", 8, False), ("records.missing_student", 10, False, "魏晓彤"),
                   ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray, a pen tested in the margin) holds the worksheets of only TWO students, 汪思琪 "
                 "and 漆雅婷 (景博文's is missing; 11 and 12 hold the three): students.count on 8; students.mismatch optional. "
                 "The roster (typed 学生名单, 41) and the form (`学生数 | 41名`) hold 魏晓彤; item 10 (TYPED) has 40 rows and "
                 "none for her: records.missing_student and records.count_mismatch. The 饮片厂's 质检员 石国荣 named on item 11 (not a student)",
         others_named=["石国荣"]),
    dict(school="定西市陇中技工学校", pack="dir", region="dx", course="potato", cls="电商2402班", size=37, seed=22,
         sidp="2406220603", students=["陈筱涵", "令狐靖雯", "马宏博"], items={11: ["陈筱涵", "马宏博", "谢骁远"]},
         extra_class=["谢骁远", "赵珂铭"], bad={"赵珂铭": "sum"}, teachers=["李永刚", "何晓燕"], form_count="37名",
         others_named=["牛建荣"],
         f8="live_script", f10="comment_col", f11="review_typed", f12="hand_color",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "赵珂铭")],
         comment="item 11 (TYPED 直播复盘报告, `复盘人：<name>（<class>）`) holds the work of 陈筱涵, 马宏博 and classmate 谢骁远 "
                 "(with an item-10 record) instead of 令狐靖雯's (items 8 and 12 hold the three): students.mismatch. Item 10 "
                 "(TYPED, an 教师评语 column) : 赵珂铭's 总分 is 10 BELOW the sum of his parts: records.invalid_score. A "
                 "compound surname 令狐 (four characters). Item 8 (colour scan): a 直播脚本 table at the top, the student as 主播, "
                 "the co-operative's head 牛建荣 as 嘉宾 (not a student). No roster"),
    dict(school="三亚市鹿回头技工学校", pack="zip", region="sy", course="checkin", cls="酒店2403班", size=34, seed=31,
         sidp="24460504", students=["符梦琪", "林泽锐", "黎亚妹"], items={12: ["符梦琪", "林泽锐", "黎亚妹", "邢启贤"]},
         extra_class=["邢启贤"], teachers=["陈海英", "吉少雄"], form_count="34人", others_named=["周德茂"],
         f8="guest_card", f10="self_peer", f11="shift_typed", f12="four_photo",
         findings=[("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a squashed mosquito on one sheet) holds the homework of FOUR students: the three and "
                 "classmate 邢启贤 (with an item-10 record): students.count on 12; students.mismatch optional. Item 8 (colour "
                 "scan 200): a 宾客入住登记卡 at the top naming the (role-played) guest 周德茂, the student as 接待员. Item 10 "
                 "(TYPED) 自评/互评/师评, 34 rows = form. No roster"),
    dict(school="三亚市鹿回头技工学校", pack="zip", region="sy", course="brocade", cls="动画2401班", size=32, seed=32,
         sidp="24460306", students=["王念桐", "蒲立伟", "吴沁媛"], extra_class=["卓雪莹"], bad={"卓雪莹": "over"},
         teachers=["郑国华", "麦丽珍"], form_count="32人",
         f8="head_row", f10="carbon_copy", f11="cel_label", f12="hand_page2",
         findings=[("records.invalid_score", 10, False, "卓雪莹")],
         comment="item 10 is the teacher's copy of a two-part form (`第二联　教务处存根`), colour scan 200 with a squashed mosquito on the sheet; "
                 "卓雪莹 has 36 under `原画(30)` (总分 the sum): records.invalid_score. Item 11 (scanned 250 gray): key-frame "
                 "drawings, each with a printed 画稿标签 (镜号, 张号, 原画 <student>, 检查 <teacher>). Item 8: a bordered "
                 "head row `姓名 | 班级 | 学号 | 日期`. No roster"),
]

PROVINCE = {1: "内蒙古自治区鄂尔多斯市", 2: "甘肃省定西市", 3: "海南省三亚市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 鄂尔多斯: "附件3-8 工作页.pdf" (附件3 of the notice, the item number after a dash)
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 定西: "第8项 工作页.pdf"
        return "第%d项 %s.pdf" % (n, NAMES[n])
    return "%s_%d_%s.pdf" % (NAMES[n], n, s["cls"])   # 三亚: "工作页_8_酒店2403班.pdf"


def form_name(s, c):
    return {1: ("工学一体化优质课堂申报书-%s.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书（%s）.pdf" % c["course"], "pdf"),
            3: ("%s%s优质课堂申报书.docx" % (s["school"], s["cls"]), "docx")}[grp(s)]


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
BLUE, BLACK = "#22306e", "#161616"
RED = 'style="font-family:\'AR PL UKai CN\';color:#c2231b;font-size:13pt"'


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
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 鄂尔多斯: one label column, 班级人数 with 人
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时数", "%d" % c["hours"]), ("实施场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 定西: four columns, 学生数 with 名
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("学生数", s["form_count"])], [("学习任务", c["task"]), ("负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    else:   # 三亚: 授课对象 with the class and the size in brackets
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>学校名称（盖章）：{school}</p><p>项目负责人：{lead}</p><p>申报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务情境</h3><p>{situation}</p>
<h3>四、教学实施过程</h3><p>教师以企业真实任务导入，学生分组领取任务，在工作站完成资讯、计划、决策、实施、检查和评价六个环节；教师在实施中巡回指导，关键步骤现场示范，安全和质量问题当场纠正，任务结束后组织成果展示和多元评价。</p>
<h3>五、特色与成效</h3><p>任务来源于{prov}本地企业，学生完成的成果经企业人员检查认可，学习积极性和岗位能力明显提高。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校教师和学生在本课堂中形成，真实可靠。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 20, info=info, tm=tbl(trs, width="82%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化稿）\n一、课程性质\n本课程是{major}专业的工学一体化核心课程，依据国家课程标准并结合{prov}行业企业岗位要求转化。\n二、学习任务\n“{task}”，{hours}学时。\n三、评价方式\n过程评价与结果评价相结合，企业人员参与评价。",
    2: "{school}\n学习任务分析：{task}\n一、典型工作任务描述\n{situation}\n二、工作流程\n接受任务—制定方案—实施—检查—交付与评价。",
    3: "{school}\n“{task}”教学活动策划表\n环节一　明确任务，获取信息\n环节二　小组讨论，制定计划\n环节三　分工实施，教师指导\n环节四　展示成果，多元评价",
    4: "{school}\n{course}学期教学进度表（本任务{hours}学时）\n第1周　任务导入与资讯\n第2周　计划与决策\n第3周　任务实施\n第4周　检查、展示与评价",
    5: "{school}\n“{task}”教学活动设计方案\n第1学时　情境导入，明确任务要求\n第2—4学时　引导问题学习，制定方案\n第5学时起　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源清单\n1. 学习工作页　2. 企业作业规范　3. 操作微课视频　4. {station}设备、工具和耗材清单",
    7: "{school}\n{station}图文说明\n工作站按信息查询区、方案讨论区、实操区和成果展示区布置，可同时容纳四十名学生。",
    9: "{school}\n“{task}”考核方案\n过程考核占百分之四十，结果考核占百分之六十；成绩由任课教师填入考核记录表。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 完整", "√ 9", "√ 准确", "√ 10", "√ 可以", "√ 8"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "22"
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
        comment = '<p>教师评价：<span %s>%s</span>　　指导教师：%s</p>' % (RED, ["良好", "认真完成", "要点齐全", "继续努力"][i % 4], t[0])
        if f == "station_head":   # 工位号 | 班级 | 姓名 | 学号 and a 报修 box naming the driver
            head = tbl([["工位号", hand("%d" % (3 + 2 * i), True), "班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True)]],
                       width="100%", pad="4px 3px")
            box = tbl([["报修人", s["others_named"][0] + "（车队司机）", "车牌号", "蒙K·%d7%d3" % (2 + i, 5 - i)],
                       ["故障现象", ("制动时向右跑偏，后轮有异响", ' colspan="3" align="left"')]], width="100%")
            body = title + head + "<p></p>" + box + sit + answers(c, rng, i) + comment
        elif f == "report_box":   # a name box at the top left of a 实训报告
            box = ('<table width="100%%"><tr><td width="46%%">%s</td><td></td></tr></table>'
                   % tbl([["姓名", hand(n, True), "学号", hand(sid[-2:], True)], ["班级", hand(cl, True), "日期", hand(day(s, i)[5:], True)]], width="100%"))
            body = (box + '<h3 style="text-align:center">实训报告 · %s</h3>' % c["task"][5:] + sit +
                    "<p><b>实训菜品：</b>手把羊肉　羊肉焖面　沙葱拌莜面</p>" + answers(c, rng, i) + comment)
        elif f == "loto_tag":   # a lock-out/tag-out record strip at the top
            loto = tbl([[("<b>挂牌上锁记录</b>", ' colspan="6"')],
                        ["设备", "清扫机器人控制柜", "锁号", "L-%02d" % (7 + i), "上锁时间", hand("%d:%02d" % (9 + i, 5 + 11 * i), True)],
                        ["上锁人", hand(n, True), "解锁确认人", hand(t[0], True, BLACK), "验电", hand("无电压", True)]], width="100%", pad="3px 4px")
            body = (loto + title + '<p>班级：%s　　学号：%s　　%s</p>' % (hand(cl, True), hand(sid, True), day(s, i)) + sit +
                    answers(c, rng, i) + comment)
        elif f == "plain_line":   # plain 班级＿ 姓名＿ 学号＿ line
            head = '<p>班级＿%s＿　姓名＿%s＿　学号＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "live_script":   # a live-stream script table: 主播 the student, 嘉宾 the co-operative's head
            script = tbl([[("<b>直播脚本（第%d场）</b>" % (i + 1), ' colspan="4"')],
                          ["主播", hand(n, True), "嘉宾", "%s（合作社理事长）" % s["others_named"][0]],
                          ["时段", "内容", "时长", "福利"],
                          ["开场", "介绍合作社和宽粉产地", "5分钟", "关注领券"],
                          ["讲解", "现场煮粉展示筋道", "15分钟", "第二件半价"]], width="100%", pad="3px 4px")
            body = title + '<p>班级：%s　　学号：%s　　%s</p>' % (cl, hand(sid, True), day(s, i)) + script + sit + answers(c, rng, i) + comment
        elif f == "guest_card":   # a guest registration card: the (role-played) guest and the student as 接待员
            card = tbl([[("<b>宾客入住登记卡</b>（实训用）", ' colspan="4"')],
                        ["宾客姓名", s["others_named"][0], "房　号", hand("%d" % (812 + 2 * i), True)],
                        ["入住人数", "2成人 1儿童", "离店日期", hand("2月%d日" % (8 + i), True)],
                        ["接待员", hand(n, True), "班　级", hand(cl, True)]], width="100%", pad="3px 4px")
            body = card + title + '<p>学号：%s　　%s</p>' % (hand(sid, True), day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "head_row":   # bordered head row 姓名 | 班级 | 学号 | 日期
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 3px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"station_head": "x-scanpdf:200", "report_box": "x-scanpdf:200:pentest", "loto_tag": "x-scanpdf:250",
            "plain_line": "x-scanpdf:250:pentest", "live_script": "x-scanpdf:200:color", "guest_card": "x-scanpdf:200:color",
            "head_row": "x-scanpdf:200:mono"}[f]
    font = {"loto_tag": "Noto Sans CJK SC", "guest_card": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>学校：%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核时间：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"


def vert(x):
    return "<br/>".join(x)


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评价教师：%s　　　　系部审核：%s　　　　日期：%s</p>" % ("、".join(t[:2]), t[-1], day(s, 12))

    def tot(n, v):
        return sum(v) + (-10 if bad.get(n) == "sum" else 0)
    if f == "group_col":   # plain table with a 小组 column
        parts = [("安全防护", 10), ("故障检查", 30), ("维修操作", 35), ("路试交车", 15), ("工单填写", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "小组"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "第%d组" % (k // 6 + 1)] + [str(x) for x in v] + [str(tot(n, v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "vertical_head":   # column heads written vertically, one character a line, the maximum under it
        parts = [("刀工", 20), ("火候", 25), ("调味", 25), ("装盘", 15), ("卫生", 15)]
        out = [trow(["<b>%s</b>" % x for x in [vert("序号"), "学号", "姓名"] + [vert(p) + "<br/>(%d)" % m for p, m in parts] + [vert("总分"), vert("等级")]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            if bad.get(n) == "over":
                v[0] = 24
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "实训考核成绩登记表") + table(out, "88%") + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200"
    if f == "plain_grade":   # plain table with 等级
        parts = [("安装工艺", 25), ("接线规范", 20), ("程序编写", 30), ("联调结果", 15), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "plain_sex":   # plain table with a 性别 column
        parts = [("润药", 20), ("切制", 30), ("干燥", 20), ("性状检查", 20), ("记录", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, s["sex"][n]] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "comment_col":   # plain table with a short 教师评语 column
        parts = [("脚本策划", 25), ("直播表现", 30), ("客服应答", 20), ("数据复盘", 25)]
        words = ["讲解清楚", "节奏好", "互动积极", "需更自信", "数据分析到位", "应答及时", "准备充分", ""]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "教师评语"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot(n, v)), rng.choice(words)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "self_peer":   # 自评 / 互评 / 师评
        parts = [("自评", 10), ("互评", 20), ("师评", 70)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总评"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.66, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务综合评价表") + "<p>总评＝自评＋互评＋师评</p>" + table(out, "86%") + sign
        return "10.html", html(body, "9.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "carbon_copy":   # the teacher's copy of a two-part carbonless form
        parts = [("分镜", 20), ("原画", 30), ("中间画", 20), ("合成输出", 20), ("交付规范", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 36
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = ('<table width="100%%"><tr><td>No. 0024%d7</td><td align="right">第二联　教务处存根</td></tr></table>' % s["seed"]
                + head10(s, c, "学习任务考核成绩单（一式两联）") + table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200:color:mosquito"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    meth, font = "pdf", "Noto Serif CJK SC"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "repair_typed":   # a repair order: 维修人 with the class, 质检员 the teacher
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车型", "宇通ZK6809通勤客车", "工单号", "WX2410%02d%d" % (17 + i, j)], ["维修人", "%s（%s）" % (n, cl), "质检员", t[j % 2]],
                                  ["项目", "标准", "实测", "结论"], ["右前制动间隙", "0.4–0.7 mm", "%.1f mm" % (1.2 - 0.3 * j), "已调整"],
                                  ["制动鼓内径", "≤412 mm", "%d.%d mm" % (410, 4 + i), "合格"]], width="92%") + "<p>说明：%s</p>" % desc)
            elif f == "menu_typed":   # a banquet menu: 设计人
                parts.append('<h3>%s</h3><p>设计人：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["菜品", "主料", "每桌用量", "出品要求"], ["手把羊肉", "羊排、后腿", "1.5 kg", "带骨切块，配蒜蓉韭花"],
                                  ["羊肉焖面", "羊肉、手擀面", "1 kg", "面条不坨不糊"], ["沙葱拌莜面", "莜面、沙葱", "0.5 kg", "现拌现上"]], width="90%") +
                             "<p>%s</p>" % desc)
            elif f == "plc_typed":   # a PLC I/O list: 编程人
                parts.append('<h3>%s</h3><p>编程人：%s　　班级：%s　　审核：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["地址", "名称", "说明"], ["I0.0", "SB1", "启动"], ["I0.2", "SQ1", "东端限位"], ["I0.3", "SQ2", "西端限位"],
                                  ["AIW64", "风速", "4–20 mA"], ["Q0.0", "KM1", "行走正转"], ["Q0.2", "KM3", "毛刷电机"]], width="70%") + "<p>%s</p>" % desc)
            elif f == "slicing_typed":   # a slicing record: 切制人, 复核人 the teacher, the factory's inspector
                parts.append('<h3>%s</h3>' % title + tbl([["切制人", n, "班级", cl], ["复核人", t[j % 2], "企业质检员", s["others_named"][0]],
                                                          ["批号", "DG2410%02d" % (3 + i), "日期", day(s, 30 + i)],
                                                          ["项目", "标准", "结果", ""], ["片厚", "1–2 mm", "%.1f mm" % (1.4 + 0.1 * j), "符合"],
                                                          ["干燥温度", "≤60 ℃", "%d ℃" % (55 + j), "符合"]], width="90%") + "<p>结论：%s</p>" % desc)
            elif f == "review_typed":   # a review report: 复盘人 with the class
                parts.append('<h3>%s</h3><p>复盘人：%s（%s）　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["指标", "数值", "分析"], ["观看人次", str(2300 - 140 * i + 37 * j), "开场福利拉动明显"],
                                  ["平均停留", "%d秒" % (48 + 5 * j), "煮粉环节停留最长"], ["成交单数", str(186 + 11 * i - 3 * j), "礼盒转化偏低"]], width="86%") +
                             "<p>%s</p>" % desc)
            elif f == "shift_typed":   # a front-desk shift record: 值班员 the student, 值班经理 the teacher
                parts.append('<h3>%s</h3>' % title + tbl([["值班员", n, "班级", cl], ["值班经理", t[j % 2], "班次", ["早班", "中班", "夜班"][j]],
                                                          ["事项", "处理情况", "跟进", ""], ["812房加婴儿床", "已通知客房", "是", ""],
                                                          ["备用金", "2000元", "已核对", ""]], width="88%") + "<p>%s</p>" % desc)
            elif f == "cel_label":   # key-frame drawings, each with a printed 画稿标签
                meth, font = "x-scanpdf:250", "Noto Sans CJK SC"
                label = tbl([["镜号", "%02d" % (3 + j), "张号", "K%d" % (i + 1)], ["原画", n, "动画", "—"], ["班级", cl, "检查", t[j % 2]]], width="46%", pad="1px 4px")
                frame = ('<div style="border:1.2pt solid #333;height:11cm;margin-top:8px;padding:10px">'
                         '<p style="color:#777">画框 16:9　（%s）</p><p>&nbsp;</p><p style="text-align:center;font-size:40pt;color:#444">%s</p>'
                         '<p style="text-align:center;color:#555">%s</p></div>' % (title, hand("〜 ◇ 鹿 ◇ 〜", ink="#333", size="40pt"), desc))
                parts.append('<table width="100%%"><tr><td></td><td width="46%%">%s</td></tr></table>' % label + frame)
            else:
                raise SystemExit(f)
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
        end = ["! 已阅 %s %s" % (t[-1], day(s, 20 + i)[5:])]
        if f in ("photo_wechat", "photo_wechat2"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　学号：%s　姓名：%s" % (cl, sid, n)]
        elif f == "hand_scan":
            head = ["课后作业（%s）" % c["task"][5:11], "%s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "photo_plain":
            head = ["课后作业", "> 姓名：%s　　班级：%s" % (n, cl)]
        elif f == "hand_color":
            head = ["%s　课后练习" % c["course"], "班级 %s　姓名 %s" % (cl, n)]
        elif f == "four_photo":
            head = ["前厅服务课后作业", "> %s　%s　学号%s" % (cl, n, sid[-2:])]
        elif f == "hand_page2":
            head = ["课后作业　%s" % c["course"], "姓名：%s　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_wechat": "x-photo:200:1:wechat", "hand_scan": "x-scan:200:4", "photo_wechat2": "x-photo:200:2:wechat",
            "photo_plain": "x-photo:200:1", "hand_color": "x-scan:200:3:color", "four_photo": "x-photo:200:2:mosquito",
            "hand_page2": "x-scan:250:4"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "uniform":   # a workwear size register: the whole class
        rows = [["序号", "学号", "姓名", "性别", "身高(cm)", "上衣", "裤子", "鞋码", "备注"]]
        for j, n in enumerate(k):
            sex = s["sex"][n]
            h = rr.randint(166, 186) if sex == "男" else rr.randint(155, 172)
            size = "XXL" if h >= 182 else "XL" if h >= 176 else "L" if h >= 168 else "M" if h >= 160 else "S"
            shoe = (rr.randint(40, 45) if sex == "男" else rr.randint(35, 39))
            rows.append([str(j + 1), sid_of(s, n), n, sex, str(h), size, size, str(shoe), "加肥" if rr.random() < 0.06 else ""])
        body = ('<h2 style="text-align:center">%s实训工装尺码登记表</h2><p style="text-align:center">%s　　2024年9月</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="96%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　共%d人　　　　（尺码以本表为准，9月20日前交后勤处）</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.2cm"))
        man.append("roster.html\t%s实训工装尺码登记表.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "plain_list":   # a plain typed 学生名单
        rows = [["序号", "学号", "姓名", "性别", "出生年月", "备注"]]
        duty = {0: "班长", 6: "学习委员", 13: "团支书", 30: "劳动委员"}
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, s["sex"][n], "%d.%02d" % (rr.choice([2007, 2008, 2008, 2009]), rr.randint(1, 12)), duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="88%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　合计：%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    raise SystemExit(r)


FEMALE = set("欣妍 雨萱 思琪 梓萌 诗琪 若曦 嘉欣 佳怡 心怡 可馨 紫涵 梦琪 雅婷 晓彤 钰涵 昕怡 靖雯 美琳 书瑶 瑞雪 嘉琪 "
             "雪莹 慧敏 海燕 婉婷 丽媛 晶晶 文静 秀娟 雯雯 婧怡 语桐 梓涵 一诺 晨曦 筱涵 沁媛 念桐 可歆 亚妹 雨桐 芮涵 婉清 沐晴 雨涵 诗涵 佳琪 语嫣 晓萱 欣悦 子怡 若彤 艺涵 思彤 梦洁 静雅 安琪 楚涵 家琪 嘉懿 婷 琳 蕊 悦".split())
MONGOL_F = {"敖登格日乐", "其木格", "乌日娜", "苏布达", "图雅", "萨日娜", "娜仁花", "格日勒", "斯琴", "敖登", "塔娜"}


def sex_of(n):
    if n in MONGOL or n == "敖登格日乐":
        return "女" if n in MONGOL_F else "男"
    g = n[2:] if n.startswith("令狐") else n[1:]
    return "女" if g in FEMALE else "男"


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Sixty-first held-out people corpus (testdata/heldout61), the format of testdata/heldout28/truth.json. "
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
        if s["school"] in EARLIER_TEXT:
            raise SystemExit("school %s was used by an earlier corpus" % s["school"])
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
        rng = random.Random(s["seed"] * 7919 + 61)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        s["sex"] = {n: sex_of(n) for n in s["klass"]}
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
