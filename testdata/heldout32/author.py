#!/usr/bin/env python3
"""Write the sources of the thirty-second held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 琼海
(Hainan), 固原 (Ningxia) and 格尔木 (Qinghai, 海西州).

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 31)] + ["othertools"]

# surnames by region, common ones repeated so that they are drawn more often:
# 琼海 (王 陈 林 符 吴 …, with the Hainan names 符 云 邢 蒙 庞 莫 and one compound 欧阳),
# 固原 (Han 张 王 李 刘 杨 and the Hui families 马 海 丁 穆 兰 虎 纳 撒),
# 格尔木 (Han 张 王 李 刘 陈 赵, Hui and Salar 马 韩 冶 祁, and whole Tibetan names below)
SURNAMES = {
    "qh": list("王王王陈陈陈林林符符符吴吴黄黄李冯何蒙庞卢邢云韩潘莫梁曾杜周郑"),
    "qh2": list("王王王陈陈陈林林符符符吴吴黄黄李冯何蒙庞卢邢云韩潘莫梁曾杜周郑") + ["欧阳"],   # one class with the compound 欧阳
    "gy": list("马马马马张张王王李李刘杨杨田赵周郭景何海丁穆兰虎纳苏强柳禹撒"),
    "gm": list("张张王王李李刘陈赵杨马马韩祁冶魏孙鲁"),
}
TIBETAN = "贡保 才旦 吉毛 拉姆 德吉 旦增 南加 羊本 卓玛草 公保才让 华旦 完德 仁增 措毛 更藏 多杰加".split()
# given names: a list new to this corpus, names of pupils born around 2008
GIVEN2 = ("启航 秋月 世杰 文彬 诗韵 志鹏 美琼 昭宇 雨晴 晓岚 家炜 诗琪 晓燕 文博 静怡 浩东 成林 瑞霞 家兴 海龙 "
          "文涛 晓梅 宇航 嘉怡 永福 海霞 少康 春花 振华 佳乐 梦洁 欣怡 子轩 俊豪 思雨 泽宇 雅琪 海波 宏亮 玉兰 "
          "天翔 冬梅 建新 慧敏 金龙 小燕 国庆 雪梅 鹏飞 彩霞 子健 晓宇 明月 俊杰 少华 丽娟 嘉豪 宇轩 思琪 春燕 "
          "德明 亚楠 志远 晓丽 博文 金花 永康 雨欣 涛涛 学文").split()
GIVEN1 = list("强静娟杰勇婷鹏燕")


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
            if re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", x):
                names.add(x)
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "truth.json")
        if not os.path.isfile(p):
            raise SystemExit("missing %s" % p)
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    return names, "\n".join(texts)


USED_BEFORE, EARLIER_TEXT = earlier_strings()
TAKEN = set()


def bare(a):
    return a.replace("·", "")


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, region):
    if region == "gm" and rng.random() < 0.16:
        return rng.choice(TIBETAN)
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    tries = 0
    while len(names) < n:
        tries += 1
        if tries > 200000:
            raise SystemExit("cannot draw a class of %d" % n)
        name = draw_one(rng, region)
        if name in names or name in USED_BEFORE or bare(name) in USED_BEFORE or name in TAKEN or \
                any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "tea": dict(major="饭店(酒店)服务", code="0504", course="会议服务", task="博鳌会议酒店国际论坛茶歇布置与服务",
   hours=14, station="酒店会议服务一体化学习工作站",
   situation="博鳌一家会议酒店承接一场国际论坛的分会场，上午和下午各有一次二十分钟的茶歇，参会嘉宾约一百二十人。会务组请实训班学员按会议议程布置茶歇台，准备咖啡、茶饮和椰子糕点，在茶歇时段提供补台和引导服务，并在会后完成收台和物品清点。",
   qs=[("引导问题1 茶歇台的位置和布局应考虑哪些因素？", ["靠近会场出口又不堵通道，饮品区和点心区分开，取用路线单向，留出补台通道。", "靠近出口，不堵通道。", "饮品和点心分开摆。"]),
       ("引导问题2 外宾较多的茶歇要做哪些准备？", ["准备中英文标识，注明含坚果、乳制品等过敏原，备好无糖和素食选择。", "中英文标识，注明过敏原。", "备无糖和素食点心。"])],
   hw=[("1. 茶歇补台的时机怎样把握？", ["某种点心剩下三分之一时就补，不能等到空盘，补台时从侧面进入。", "剩三分之一就补。", "从侧面补，不挡嘉宾。"]),
       ("2. 茶歇结束后收台的顺序是什么？", ["先撤用过的杯具，再撤点心和饮品，最后撤台布和装饰，清点物品并登记损耗。", "先撤杯具，后撤点心。", "清点登记损耗。"])],
   outputs=[("茶歇台布置方案", "茶歇台长六米，分饮品、点心两区。"), ("茶歇物品清单", "咖啡杯一百五十只，椰子糕四百块。"), ("茶歇服务总结", "补台六次，无客人投诉。")]),
 "duck": dict(major="烹饪(中式烹调)", code="0501", course="海南地方风味菜肴制作", task="嘉积鸭白切制作与酸橘蘸料调配",
   hours=16, station="中式烹调一体化学习工作站",
   situation="琼海一家老字号饭店每天中午要出四十只白切嘉积鸭，厨师长请实训班学员按店里的标准完成鸭子的初加工，控制浸煮的水温和时间，冰水过凉，按要求斩件装盘，并调配酸橘、蒜蓉和沙姜三种蘸料，出品前做好感官检验。",
   qs=[("引导问题1 白切鸭浸煮时为什么要“三提三放”？", ["让鸭腔里的冷水和热水交换，内外受热均匀，皮不破，肉熟而不老。", "受热均匀，皮不破。", "腔内外温度一致。"]),
       ("引导问题2 鸭子煮好后为什么要马上过冰水？", ["让鸭皮急速收缩，口感爽脆，也能锁住肉汁，颜色更白亮。", "皮爽脆，锁住肉汁。", "皮收缩，颜色亮。"])],
   hw=[("1. 怎样判断白切鸭已经熟透？", ["用竹签插入鸭腿最厚处，流出清汁不带血水，就是熟了。", "插竹签看汁水。", "汁水清就熟了。"]),
       ("2. 酸橘蘸料怎样调配？", ["酸橘挤汁去籽，加蒜蓉、小米辣、少许盐和白糖，现调现用。", "酸橘汁加蒜蓉和辣椒。", "现调现用。"])],
   outputs=[("白切嘉积鸭", "皮色金黄，斩件整齐。"), ("酸橘蘸料", "酸辣适中，香气足。"), ("沙姜蒜蓉蘸料", "咸鲜，沙姜味明显。")]),
 "pepper": dict(major="电子商务", code="0603", course="农产品直播营销", task="琼海胡椒礼盒直播间选品与话术设计",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="琼海一家胡椒种植合作社准备在短视频平台开直播，卖白胡椒粉和黑胡椒粒礼盒。合作社请电商班学员调研同类直播间，确定上播商品和价格，搭建直播间，写好开场、讲品、逼单和售后的话术，完成三场试播并复盘数据。",
   qs=[("引导问题1 直播间选品要考虑哪些因素？", ["商品的利润、复购率、季节和物流条件，还要有一款引流款和一款利润款。", "利润、复购和物流。", "要有引流款和利润款。"]),
       ("引导问题2 讲品话术一般包括哪几部分？", ["痛点引入、产品卖点、信任背书、价格对比和下单指引。", "卖点、背书、价格。", "最后要引导下单。"])],
   hw=[("1. 直播中遇到观众质疑产品质量怎样回应？", ["不争辩，展示检测报告和产地实拍，说明售后政策。", "展示检测报告。", "说明售后。"]),
       ("2. 直播复盘要看哪些数据？", ["观看人数、平均停留时长、互动率、点击转化率和成交金额。", "停留时长和转化率。", "成交金额。"])],
   outputs=[("直播间选品表", "上播商品五款。"), ("直播话术脚本", "全场时长九十分钟。"), ("试播复盘报告", "平均停留时长一分四十秒。")]),
 "herb": dict(major="中药", code="1301", course="中药饮片切制", task="六盘山秦艽净制切片与饮片质量检查",
   hours=16, station="中药炮制一体化学习工作站",
   situation="固原一家中药饮片厂收购了一批六盘山产的秦艽，须按炮制规范净制、润软、切厚片并干燥。车间主任请实训班学员检查药材质量，去除杂质和残茎，控制润药的水量和时间，切成二到四毫米的厚片，干燥后按标准做饮片质量检查并填写记录。",
   qs=[("引导问题1 秦艽净制时要去除哪些杂质？", ["去除泥沙、残留的茎基和须根，以及霉变虫蛀的根。", "泥沙、残茎。", "霉变和虫蛀的去掉。"]),
       ("引导问题2 润药时怎样判断已经润透？", ["用手握药材能弯曲不折断，切开断面没有干心，就是润透了。", "弯而不断。", "断面没有干心。"])],
   hw=[("1. 厚片的厚度要求是多少？", ["厚片为二到四毫米，切片要均匀，不能有连刀片。", "二到四毫米。", "不要连刀。"]),
       ("2. 饮片干燥的温度一般控制在多少？", ["一般不超过六十摄氏度，含挥发性成分的药材要低温干燥。", "不超过六十度。", "低温干燥。"])],
   outputs=[("秦艽饮片质量检查记录", "片厚合格率百分之九十六。"), ("润药操作记录", "润药时间十小时。"), ("干燥记录", "干燥温度五十五摄氏度。")]),
 "brake": dict(major="汽车维修", code="0403", course="汽车制动系统检修", task="山区客运班车气压制动拖滞故障诊断与排除",
   hours=16, station="汽车维修一体化学习工作站",
   situation="固原一家客运公司的山区班车下长坡后右后轮毂发烫，起步发闷，驾驶员送车进站维修。维修站请实训班学员接车问诊，检查储气筒气压、制动阀和制动气室，测量制动间隙，找出制动拖滞的原因，完成维修并路试验证。",
   qs=[("引导问题1 气压制动拖滞的常见原因有哪些？", ["制动气室回位弹簧失效、制动阀不回位、调整臂间隙过小、凸轮轴锈蚀卡滞。", "回位弹簧和间隙过小。", "凸轮轴卡滞。"]),
       ("引导问题2 检查制动间隙前要做好哪些安全措施？", ["车辆停稳，垫好三角木，释放驻车制动前确认气压充足，挂好警示牌。", "垫三角木，挂警示牌。", "确认气压充足。"])],
   hw=[("1. 制动间隙过小有什么危害？", ["制动蹄和制动鼓常接触，发热磨损，严重时制动衰退甚至起火。", "发热磨损。", "制动衰退。"]),
       ("2. 路试时怎样验证故障已排除？", ["连续制动几次后停车，用手背靠近各轮毂感受温度，温度应基本一致。", "摸轮毂温度。", "各轮温度一致。"])],
   outputs=[("制动拖滞故障诊断报告", "故障为右后调整臂间隙过小。"), ("维修工单", "更换右后回位弹簧。"), ("路试记录", "路试二十公里，轮毂温度正常。")]),
 "bms": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车动力电池及管理系统检修", task="高寒地区纯电动汽车动力电池低温加热系统故障诊断",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="格尔木冬季早晨气温常在零下十五摄氏度以下，一辆纯电动出租车冷车启动后充电功率很低，仪表提示电池温度过低。维修站请实训班学员在教师监护下读取电池管理系统数据，检查加热膜、加热继电器和温度传感器，找出加热系统故障并修复。",
   qs=[("引导问题1 动力电池为什么在低温下要先加热再充电？", ["低温下锂离子活性低，大电流充电容易析锂，损伤电池，所以要加热到规定温度再充电。", "低温充电会析锂。", "先加热保护电池。"]),
       ("引导问题2 检查加热继电器前要做哪些安全措施？", ["断开低压电源和维修开关，等待五分钟并验电，穿戴绝缘防护用品。", "断电验电。", "戴绝缘手套。"])],
   hw=[("1. 温度传感器阻值异常会带来什么现象？", ["电池管理系统误判电池温度，加热不启动或一直加热，充电功率受限。", "加热不启动。", "充电功率受限。"]),
       ("2. 怎样检测加热膜是否断路？", ["断电后用万用表测量加热膜两端电阻，与标准值比较，无穷大即为断路。", "测电阻。", "无穷大就是断路。"])],
   outputs=[("低温加热系统故障检测报告", "加热继电器线圈断路。"), ("电池管理系统数据记录", "最低单体温度零下十二摄氏度。"), ("维修后验证记录", "加热二十分钟后充电功率恢复。")]),
 "pv": dict(major="机电一体化技术", code="0127", course="自动化设备安装与调试", task="光伏板清扫机器人PLC控制系统装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="格尔木一座光伏电站的组件常被风沙覆盖，发电量下降。电站准备试用轨道式清扫机器人，请实训班学员读懂电气原理图，安装限位开关和电机驱动，编写PLC程序和触摸屏画面，完成单机和联机调试，并写出调试记录。",
   qs=[("引导问题1 清扫机器人两端为什么要装限位开关？", ["防止机器人走到轨道尽头还继续运行，撞坏设备，到位后换向或停止。", "防止撞到尽头。", "到位后换向。"]),
       ("引导问题2 触摸屏和PLC之间怎样通信？", ["用以太网或串口连接，在触摸屏软件中设置PLC型号、地址和通信参数，变量一一对应。", "设置通信参数。", "变量地址对应。"])],
   hw=[("1. 电机正反转控制为什么要有互锁？", ["防止正反转接触器同时吸合造成电源短路，要有电气互锁和程序互锁。", "防止短路。", "电气和程序双互锁。"]),
       ("2. 联机调试前要检查哪些内容？", ["检查接线、急停按钮、限位开关动作和电机转向，确认轨道上没有人和杂物。", "检查接线和急停。", "确认轨道无人。"])],
   outputs=[("清扫机器人运行监控画面", "往返一次用时八分钟。"), ("参数设置画面", "清扫速度每分钟十二米。"), ("报警记录画面", "限位开关报警已复位。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="琼海市嘉积技工学校", pack="dir", region="qh", course="tea", cls="酒店2402班", size=36, seed=11,
         sidp="24460504", students=["符晓岚", "庞家炜", "云诗琪"], others_named=["卢秀珠"],
         teachers=["林秀菁", "王运坤"], form_count="36人",
         f8="badge", f10="leader_note", f11="plan_by", f12="photo_top", findings=[],
         comment="clean. The 会务组 contact 卢秀珠 is named on every worksheet and every plan (not a student). Item 8 (scanned "
                 "250 dpi gray): a printed STAFF 工作证 (staff badge) box at the top right of each worksheet, the name written in by "
                 "hand, 编号 = the 学号. Item 10 typed, 组长 in 备注. Item 12: phone photos with a THUMB holding the sheet. "
                 "Form `36人` = 36 rows. No roster"),
    dict(school="琼海市嘉积技工学校", pack="dir", region="qh", course="duck", cls="烹饪2401班", size=40, seed=12,
         sidp="24460501", students=["吴启帆", "蒙秋月", "黄世杰"], extra_class=["莫文彬"], absent_from_10=["莫文彬"],
         teachers=["符坤雄", "何丽萍"], form_count="40人", roster="fee", headteacher="陈玉娥", roster_clerk="郑海英",
         f8="head_row", f10="plain_scan", f11="tent_card", f12="hand_page",
         findings=[("records.missing_student", 10, False, "莫文彬"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 免学费学生名单: the whole class, 身份证号 masked, 40) and the form (`40人`) hold 莫文彬; item 10 "
                 "(scanned 250 dpi gray) has 39 rows and none for him: records.missing_student, records.count_mismatch. Item 11 "
                 "(typed) shows each dish as a photo with a TENT CARD (台卡) in front, `制作人：<name>` on the card"),
    dict(school="琼海市嘉积技工学校", pack="dir", region="qh2", course="pepper", cls="电商2403班", size=38, seed=13,
         sidp="24460603", students=["林诗韵", "韩志鹏", "潘美琼"], items={12: ["林诗韵", "韩志鹏", "曾昭宇"]},
         extra_class=["曾昭宇", "杜雨晴"], bad={"杜雨晴": ("sum", -6)},
         teachers=["梁少芳", "郑运和"], form_count="38",
         f8="blank_line", f10="excel_grade", f11="script_by", f12="mistake_book",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "杜雨晴")],
         comment="item 12 (scanned 250 dpi gray, a 错题本 page per student: a printed question pasted in, 错解, 错因分析, 订正 by "
                 "hand) holds the pages of 林诗韵, 韩志鹏 and classmate 曾昭宇 (with an item-10 record) instead of 潘美琼 (items 8 "
                 "and 11 hold the three): students.mismatch. Item 10 (TYPED, from Excel, 性别 and 等级): 杜雨晴's 总分 is 6 below "
                 "the sum of her parts: records.invalid_score. Form `38` (no unit). No roster"),
    dict(school="固原市六盘山技工学校", pack="gbkzip", region="gy", course="herb", cls="中药2402班", size=38, seed=21,
         sidp="24641301", students=["马晓燕", "海文博", "穆静怡"], outsiders={"穆静怡": "中药2401班"}, out_sidp="24641300",
         teachers=["张宏斌", "撒玉芳"], form_count="共38人",
         f8="head_table2", f10="nation_col", f11="check_report", f12="specimen_cards",
         findings=[("students.not_in_class", 8, True, "穆静怡")],
         comment="穆静怡 of the parallel class 中药2401班 (her class and 学号 2464130017 on her worksheet, reports and homework "
                 "cards) is the third student of 8/11/12; item 10 (TYPED, with a 民族 column, 38 rows = form `共38人`) has none "
                 "for her: students.not_in_class. Item 12: phone photos of handwritten 药材辨识卡 (three index cards a page, "
                 "`辨识人：<name>` on each card), a THUMB holding the page. No roster"),
    dict(school="固原市六盘山技工学校", pack="gbkzip", region="gy", course="brake", cls="汽修2401班", size=37, seed=22,
         sidp="24640403", students=["田浩东", "虎成林", "景瑞霞"], items={11: ["田浩东", "虎成林", "景瑞霞", "禹家兴"]},
         extra_class=["禹家兴", "纳海龙"], bad={"纳海龙": ("sum", 6)}, others_named=["刘德顺"],
         teachers=["王守义", "周凤琴", "兰建华"], form_count="37名",
         f8="intake", f10="full_row", f11="work_order", f12="photo_labels",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "纳海龙")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 维修工单, `维修技师：<name>（<class>）`) holds the work of FOUR students: the three and classmate "
                 "禹家兴 (with an item-10 record): students.count on 11; students.mismatch optional. Item 10 (scanned 200 dpi "
                 "gray, a 满分 row under the head): 纳海龙's 总分 is 6 above the sum: records.invalid_score. Item 8: a 接车问诊单 "
                 "at the top, the student as 问诊员 (hand), the bus driver 刘德顺 as 送修人 (printed; not a student). Form `37名`. "
                 "Three teachers. No roster"),
    dict(school="格尔木市昆仑技工学校", pack="zip", region="gm", course="bms", cls="新能源2401班", size=39, form_size=40, seed=31,
         sidp="24630435", students=["祁文涛", "冶晓梅", "昂秀"], extra_class=["韩永福"], bad={"韩永福": ("over", 2, 24)},
         teachers=["魏国强", "才让东智"], form_count="40人",
         f8="corner_box", f10="a3_stitch", f11="test_report", f12="hand_ukai",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "韩永福")],
         comment="item 10 is an A3 landscape register (eight lesson columns of 课堂表现, 过程小计, three task parts, 总分) scanned "
                 "in TWO PASSES on an A4 scanner and stitched (a seam in the middle, the right half a little lower and greyer). 39 "
                 "rows; the form says `40人`: records.count_mismatch. 韩永福 has 24 under `故障排除(20)` (总分 the sum): "
                 "records.invalid_score. 昂秀 (a two-character Tibetan name, no surname) is one of the three. No roster"),
    dict(school="格尔木市昆仑技工学校", pack="zip", region="gm", course="pv", cls="机电2402班", size=41, seed=32,
         sidp="24630127", students=["赵宇恒", "孙嘉怡", "贡却"], items={8: ["赵宇恒", "孙嘉怡"]},
         teachers=["陈志刚", "李桂香"], form_count="41人", roster="xlsx_plain", headteacher="马丽君",
         f8="group_line", f10="two_row_head", f11="hmi", f12="photo_book",
         findings=[("students.count", 8, False)], optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 300 dpi gray) holds the worksheets of only TWO students, 赵宇恒 and 孙嘉怡 (贡却's is missing; "
                 "items 11 and 12 hold the three): students.count on 8; students.mismatch optional. Item 11 (typed) are printed "
                 "HMI screenshots, the student only in the touch screen's status bar `当前用户：<name>`. The roster (xlsx, 41), "
                 "the form (`41人`) and item 10 (typed, 41 rows) agree"),
]

PROVINCE = {1: "海南省琼海市", 2: "宁夏回族自治区固原市", 3: "青海省格尔木市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
FEMALE = "岚琪韵琼晴燕怡霞梅月琳婷娟静兰花洁欣楠丽敏雪莉慧霞姆毛草吉拉"


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 琼海: "8．工作页.pdf" (a full-width dot)
        return "%d．%s.pdf" % (n, NAMES[n])
    if g == 2:   # 固原: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    return "%d-%s-%s.pdf" % (n, NAMES[n], s["cls"])   # 格尔木: "8-工作页-机电2402班.pdf"


def form_name(s, c):
    return {1: ("附件2 申报书.docx", "docx"),
            2: ("%s申报书.pdf" % c["major"], "pdf"),
            3: ("申报书（%s）.docx" % c["course"], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.5cm 1.6cm")
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


def sex(n):
    return "女" if n[-1] in FEMALE else "男"


# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 琼海: two columns
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("学时", "%d" % c["hours"]), ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:        # 固原 and 格尔木: four columns, two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d学时" % c["hours"])],
                [("学习任务", c["task"]), ("授课场所", c["station"])], [("授课班级", s["cls"]), ("班级人数", s["form_count"])]]
        out = []
        for r in rows:
            out.append("<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" bgcolor="#eeeeee"', P) + td(b, ' align="left"', P)
                                              for a, b in r))
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>本课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织：学生接受任务后查阅资料，分组制定计划，与教师讨论后做出决策，按计划完成任务；教师巡回指导，检查过程质量和安全；最后展示成果，开展自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作单位的真实工作，学生在完成任务的过程中提高了专业能力，养成了规范作业的习惯。</p>
<h3>六、承诺</h3><p>本单位承诺所报材料真实、原创，无知识产权争议。</p>""".format(
        school=s["school"], lead=t[0], d=4 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}合作单位的岗位要求转化。\n二、学习任务\n本学期安排“{task}”，共{hours}学时。\n三、评价方式\n过程评价与结果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查评估、总结反馈。",
    3: "{school}\n{task}　教学活动策划\n学习活动一　明确任务、获取信息\n学习活动二　制定计划、做出决策\n学习活动三　实施计划、过程控制\n学习活动四　评价反馈",
    4: "{school}\n{course}教学进度计划\n本任务共{hours}学时\n第1周　明确任务、获取信息\n第2周　制定计划\n第3周　实施任务\n第4周　检查评价与总结",
    5: "{school}\n{task}教学活动方案\n第1学时　情境导入，明确任务\n第2—4学时　引导问题学习\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为信息区、计划区、实施区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核由过程考核和结果考核两部分组成，成绩由任课教师登记在学习任务考核记录中。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8分", "√ 要点全", "√ 9分", "√ 清楚", "√ 10分", "√ 可以"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 7 + k * 3) % 26)


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

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["完成认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "badge":   # a printed staff badge at the top right, the name written in by hand (new)
            badge = ('<table style="border-collapse:collapse" width="46%%" align="right">'
                     '<tr><td colspan="2" bgcolor="#1f5fa8" style="border:1.2pt solid #1f5fa8;padding:3px 6px" align="center">'
                     '<span style="color:#ffffff"><b>博鳌国际论坛分会场　工作证</b><br/>STAFF</span></td></tr>'
                     '<tr><td rowspan="3" width="28%%" bgcolor="#e6e6e6" style="border:1.2pt solid #1f5fa8;padding:3px" align="center">'
                     '<span style="color:#8a8a8a">照片</span></td>'
                     '<td style="border:1.2pt solid #1f5fa8;padding:3px 6px">姓名：%s</td></tr>'
                     '<tr><td style="border:1.2pt solid #1f5fa8;padding:3px 6px">岗位：茶歇服务（实习）</td></tr>'
                     '<tr><td style="border:1.2pt solid #1f5fa8;padding:3px 6px">编号：%s</td></tr></table>'
                     % (hand(n), hand(sid, True)))
            body = (badge + '<p style="font-size:9pt">%s　%s</p>' % (s["school"], cl) + title +
                    '<p>会务联系人：%s　　指导教师：%s　　日期：%s</p>' % (s["others_named"][0], t[0], hand(day(s, i)[5:], True)) +
                    sit + answers(c, rng, i) + comment)
        elif f == "head_row":   # a boxed head row, filled in by hand
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]],
                       pad="4px 4px")
            body = title + head + '<p>实训工位：热菜区%d号灶　　指导教师：%s</p>' % (3 + i, t[0]) + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 姓名：＿ 班级：＿ 学号：＿
            body = (title + '<p>姓名：<u>　%s　</u>　班级：<u>　%s　</u>　学号：<u>　%s　</u></p>' % (hand(n), hand(cl, True), hand(sid, True)) +
                    sit + answers(c, rng, i) + comment)
        elif f == "head_table2":   # a two-row head table with the batch of crude drugs
            head = tbl([["姓　名", hand(n, True), "班　级", hand(cl, True), "学　号", hand(sid, True)],
                        ["药材批号", "QJ-2409-%02d" % (11 + i), "实训工位", "炮制台%d" % (2 + i), "日　期", hand(day(s, i)[5:], True)]], pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "intake":   # a vehicle intake sheet: the student as 问诊员, the driver as 送修人 (new)
            sheet = tbl([[("<b>接车问诊单</b>　　No.%04d" % (2211 + 7 * i), ' colspan="4"')],
                         ["车牌号", "宁D·%d%d%d%d" % (3 + i, 7, 1 + i, 5), "车　型", "宇通ZK6%d07中型客车" % (8 - i)],
                         ["送修人", s["others_named"][0] + "（驾驶员）", "联系电话", "139****%04d" % (4521 + 13 * i)],
                         [("车主口述：下长坡后右后轮毂发烫，起步发闷，有焦糊味。", ' colspan="4" align="left"')],
                         ["问诊员", hand(n, True), "接车时间", hand(day(s, i)[5:] + " 8:%02d" % (10 + 9 * i), True)]], pad="3px 5px")
            body = sheet + title + '<p>班级：%s　　学号：%s　　指导教师：%s</p>' % (hand(cl, True), hand(sid, True), t[0]) + sit + answers(c, rng, i) + comment
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right
            box = tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="36%", pad="3px 5px")
            body = ('<table width="100%%"><tr><td width="62%%" valign="top"><p>%s</p><p>班级：%s</p></td><td valign="top">%s</td></tr></table>'
                    % (s["school"], hand(cl, True), box) + title + '<p>监护教师：%s</p>' % t[1] + sit + answers(c, rng, i) + comment)
        elif f == "group_line":   # 学习小组：第n组　姓名　学号
            body = (title + '<p>学习小组：第%d组　　姓名：%s　　学号：%s　　日期：%s</p>' % (2 + i, hand(n), hand(sid, True), day(s, i)) +
                    sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"badge": "x-scanpdf:250", "head_row": "x-scanpdf:200", "blank_line": "x-scanpdf:200:color",
            "head_table2": "x-scanpdf:250", "intake": "x-scanpdf:200", "corner_box": "x-scanpdf:200:color",
            "group_line": "x-scanpdf:300"}[f]
    font = {"badge": "Noto Sans CJK SC", "corner_box": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def apply_bad(s, n, v):
    b = s.get("bad", {}).get(n)
    tot = sum(v)
    if b and b[0] == "over":
        v[b[1]] = b[2]
        tot = sum(v)
    elif b and b[0] == "sum":
        tot = sum(v) + b[1]
    return v, tot


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　系部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "leader_note":   # a plain Word table, 组长 in 备注
        parts = [("仪容仪表", 10), ("茶歇台布置", 30), ("补台服务", 25), ("宾客引导", 20), ("收台清点", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts, 0.66, 0.97))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), "组长" if k % 6 == 0 else ""], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_scan":   # a plain register, scanned
        parts = [("初加工", 15), ("浸煮火候", 30), ("斩件装盘", 25), ("蘸料调配", 20), ("卫生安全", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d分)" % p for p in parts] + ["总分", "签名"]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), ""], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:250"
    if f == "excel_grade":   # typed from Excel: 性别 and 等级 columns
        parts = [("选品调研", 15), ("直播间搭建", 20), ("话术脚本", 35), ("试播复盘", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts))
            g = "优秀" if tot >= 85 else "良好" if tot >= 75 else "合格" if tot >= 60 else "不合格"
            out.append(trow([str(k + 1), sid_of(s, n), n, sex(n)] + [str(x) for x in v] + [str(tot), g], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "nation_col":   # a plain table with 民族
        parts = [("药材检查", 15), ("净制", 20), ("润药", 20), ("切片", 30), ("干燥与检查", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "民族"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts))
            nat = "回族" if n[0] in "马海丁穆兰虎纳撒" and (k % 5 != 3) else "汉族"
            out.append(trow([str(k + 1), sid_of(s, n), n, nat] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "full_row":   # a 满分 row under the head, scanned
        parts = [("接车问诊", 10), ("气压检查", 20), ("制动间隙", 25), ("故障排除", 30), ("路试验证", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p[0] for p in parts] + ["总分", "备注"]], pad),
               trow(["", "", "<b>满分</b>"] + [str(p[1]) for p in parts] + ["100", ""], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, parts))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), ""], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200"
    if f == "a3_stitch":   # an A3 landscape register, eight lessons and three task parts; scanned in two passes (prebuild :stitch)
        parts = [("方案制定", 15), ("检测诊断", 25), ("故障排除", 20)]
        p = "0px 3px"
        h1 = ("<tr>%s%s%s%s%s%s%s</tr>" % (
            td("<b>序号</b>", ' rowspan="2" align="center"', p), td("<b>学号</b>", ' rowspan="2" align="center"', p),
            td("<b>姓名</b>", ' rowspan="2" align="center"', p),
            td("<b>课堂表现（每课次5分）</b>", ' colspan="8" align="center"', p), td("<b>过程小计(40)</b>", ' rowspan="2" align="center"', p),
            td("<b>任务考核（60分）</b>", ' colspan="3" align="center"', p),
            td("<b>总分</b>", ' rowspan="2" align="center"', p) + td("<b>备注</b>", ' rowspan="2" align="center"', p)))
        h2 = trow(["<b>%d</b>" % (k + 1) for k in range(8)] + ["<b>%s(%d)</b>" % q for q in parts], p)
        out = [h1, h2]
        for k, n in enumerate(rec):
            les = [rng.choice([3, 4, 4, 5, 5, 5]) for _ in range(8)]
            v, _ = apply_bad(s, n, part_scores(rng, parts))
            tot = sum(les) + sum(v)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in les] + [str(sum(les))] + [str(x) for x in v] + [str(tot), ""], p))
        h0 = ('<tr><td colspan="17" style="padding:2px 4px" align="center"><b>学习任务过程与结果考核登记表</b><br/>'
              '%s　　%s　　课程：%s　　学习任务：%s　　考核日期：%s</td></tr>' % (s["school"], s["cls"], c["course"], c["task"], day(s, 11)))
        body = table([h0] + out) + sign   # the head inside the table (as the Excel print has it), so that Writer keeps it on the page
        return "10.html", html(body, "8pt", font="Noto Sans CJK SC", compact=True, page="size:42cm 29.7cm;margin:0.7cm 1.6cm"), "x-scanpdf:200:stitch"
    if f == "two_row_head":   # 过程考核（40分） / 结果考核（60分） over their parts
        pa = [("安全规范", 10), ("接线工艺", 15), ("团队协作", 15)]
        pb = [("程序编写", 25), ("画面组态", 15), ("联机调试", 20)]
        h1 = ('<tr>%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' rowspan="2" align="center"', pad), td("<b>学号</b>", ' rowspan="2" align="center"', pad),
                                      td("<b>姓名</b>", ' rowspan="2" align="center"', pad),
                                      td("<b>过程考核（40分）</b>", ' colspan="3" align="center"', pad) + td("<b>结果考核（60分）</b>", ' colspan="3" align="center"', pad),
                                      td("<b>总评</b>", ' rowspan="2" align="center"', pad)))
        h2 = trow(["<b>%s(%d)</b>" % q for q in pa + pb], pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            v, tot = apply_bad(s, n, part_scores(rng, pa + pb))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "plan_by":   # plans with 方案设计 and the 会务组 contact
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3><p>会务联系人：%s　　%s</p>' % (title, s["others_named"][0], desc) +
                             tbl([["时间", "事项", "岗位"], ["10:10", "饮品区备咖啡、红茶、椰子水", "饮品岗"],
                                  ["10:25", "点心区摆椰子糕、清补凉杯", "点心岗"], ["10:30", "茶歇开始，补台与引导", "全体"]], width="80%") +
                             '<p style="text-align:right">方案设计：%s（%s）　%s</p>' % (n, cl, day(s, 30 + i)))
        elif f == "tent_card":   # a dish photo with a tent card in front (new)
            for j, (title, desc) in enumerate(c["outputs"]):
                card = ('<table style="border-collapse:collapse" width="46%%" align="center"><tr><td bgcolor="#ffffff" '
                        'style="border:1pt solid #b08a3e;padding:4px 8px" align="center"><span style="font-size:14pt"><b>%s</b></span><br/>'
                        '制作人：%s　%s<br/><span style="font-size:8pt">%s　实训出品</span></td></tr></table>' % (title, n, cl, day(s, 30 + i)))
                parts.append('<h3>作品%d　%s</h3>' % (j + 1, title) +
                             '<table width="90%%" style="border-collapse:collapse" align="center"><tr><td bgcolor="#b9ab94" height="190" align="center" valign="bottom" '
                             'style="border:1pt solid #6d5f49;padding:10px"><span style="color:#5b4d39">[ 菜品照片 ]</span><br/><br/>%s</td></tr></table>'
                             '<p>作品说明：%s 感官检验：色、香、味、形符合标准。</p>' % (card, desc))
        elif f == "script_by":   # live-stream scripts, 撰写人
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3><p>撰写人：%s（%s）　　审核：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["环节", "时长", "要点"], ["开场", "5分钟", "介绍合作社和产地"], ["讲品", "20分钟", "白胡椒粉、黑胡椒粒礼盒"],
                                  ["逼单", "5分钟", "限时福利"], ["售后", "3分钟", "破损包赔"]], width="80%") + '<p>%s</p>' % desc)
        elif f == "check_report":   # quality check reports, 检验人
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3>' % title +
                             tbl([["品名", "秦艽（厚片）", "批号", "QJ-2409-%02d" % (11 + i)], ["检验人", "%s（%s）" % (n, cl), "复核", t[j % 2]],
                                  ["结论", (desc, ' colspan="3" align="left"')], ["日期", day(s, 30 + i), "学号", sid]], width="90%"))
        elif f == "work_order":   # work orders, 维修技师, the driver as 送修人
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车牌号", "宁D·3715", "送修人", s["others_named"][0]],
                                  ["故障现象", ("下长坡后右后轮毂发烫，起步发闷。", ' colspan="3" align="left"')],
                                  ["处理结果", (desc, ' colspan="3" align="left"')],
                                  ["维修技师", "%s（%s）" % (n, cl), "质检", t[j % 3]]], width="92%", pad="4px 5px"))
        elif f == "test_report":   # test reports, 检测人
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3>' % title +
                             tbl([["车型", "纯电动出租车", "环境温度", "-1%d℃" % (3 + j)], ["检测人", "%s（%s）" % (n, cl), "监护人", t[j % 2]],
                                  ["结论", (desc, ' colspan="3" align="left"')], ["日期", day(s, 30 + i), "审核", t[0]]], width="90%"))
        elif f == "hmi":   # printed HMI screenshots: the student only in the status bar (new)
            for j, (title, desc) in enumerate(c["outputs"]):
                rows = [("清扫机器人状态", "运行中" if j == 0 else "待机", "#2e8b3d" if j == 0 else "#b8860b"),
                        ("当前位置", "第%d排 %d.%d m" % (3 + j, 40 + 7 * i, j), "#22313f"),
                        ("清扫速度", "12 m/min", "#22313f"), ("电池电量", "%d %%" % (86 - 9 * j - 3 * i), "#22313f")]
                cells = "".join('<tr><td bgcolor="#22313f" style="padding:4px 8px;border:1pt solid #4a6078"><span style="color:#cfe3f7">%s</span></td>'
                                '<td bgcolor="%s" style="padding:4px 8px;border:1pt solid #4a6078" align="center"><span style="color:#ffffff"><b>%s</b></span></td></tr>'
                                % (a, col, b) for a, b, col in rows)
                parts.append('<h3>%s</h3>' % title +
                             '<table width="88%%" style="border-collapse:collapse" align="center">'
                             '<tr><td colspan="2" bgcolor="#0d3b66" style="padding:3px 8px"><span style="color:#ffffff;font-size:9pt">'
                             '光伏清扫监控系统 V2.1　　当前用户：%s　　权限：调试员　　2024-%s 10:%02d:%02d</span></td></tr>%s'
                             '<tr><td colspan="2" bgcolor="#0d3b66" style="padding:3px 8px"><span style="color:#ffffff;font-size:9pt">'
                             '[启动]　[停止]　[复位]　[参数]　[报警]</span></td></tr></table>'
                             '<p style="text-align:center;font-size:9pt">图%d-%d　%s触摸屏截图（%s）</p><p>%s</p>'
                             % (n, day(s, 30 + i)[5:].replace("月", "-").replace("日", ""), 12 + 7 * j, 5 + 11 * i, cells, i + 1, j + 1, title, cl, desc))
        else:
            raise SystemExit(f)
        if i < len(names) - 1:
            parts.append(PB)
    return "11.html", html("".join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "mistake_book":   # a 错题本 page per student (new): a printed question pasted in, the wrong answer, its cause, the correction
        pages = []
        line = 'style="border-bottom:0.5pt solid #8fb3c9;margin:0;padding:3px 0"'
        for i, n in enumerate(names):
            cl = cls_of(s, n)
            ent = ""
            for qi, (q, a) in enumerate(c["hw"]):
                ent += ('<table width="92%%" style="border-collapse:collapse"><tr><td style="border:1pt dashed #777777;padding:4px 6px">'
                        '<span style="font-family:\'Noto Sans CJK SC\';font-size:9pt">【原题】%s</span></td></tr></table>'
                        '<p %s>我的错解：%s　<span %s>✗</span></p>'
                        '<p %s>错因分析：%s</p><p %s>正确解答：%s</p><p %s>%s</p>'
                        % (q, line, hand(a[(i + qi + 2) % 3][:6] + "……", True), RED, line, hand(["概念没记牢。", "审题不仔细。", "只答了一半。"][(i + qi) % 3], True),
                           line, hand(a[0], True), line, '<span %s>已订正 %s</span>' % (RED, mark(rng))))
            pages.append('<p style="text-align:center;font-size:16pt"><b>错　题　本</b></p>'
                         '<p %s>科目：%s　　班级：%s　　姓名：%s</p>' % (line, c["course"], hand(cl, True), hand(n)) +
                         '<p %s>日期：%s</p>' % (line, hand(day(s, 20 + i)[5:], True)) + ent +
                         '<p %s>阅：%s　%s</p>' % (RED, t[0], day(s, 21 + i)[5:]))
        return "12.html", html(PB.join(pages), "10.5pt", font="Noto Serif CJK SC"), "x-scanpdf:250"
    if f == "specimen_cards":   # phone photos of handwritten specimen cards, three a page (new)
        pages = []
        herbs = [("秦艽", "根", "类圆柱形，有纵向扭曲的沟纹，断面黄白色，气特异。"), ("黄芪", "根", "圆柱形，外皮淡棕黄色，断面有菊花心，味微甜。"),
                 ("党参", "根", "长圆柱形，有狮子盘头，断面有裂隙，味微甜。")]
        for i, n in enumerate(names):
            cards = ""
            for k, (h, part, feat) in enumerate(herbs):
                cards += ('<table width="88%%" style="border-collapse:collapse" align="center"><tr><td bgcolor="#fbf8ee" style="border:1pt solid #c9b98f;padding:6px 10px">'
                          '<span style="color:#b0201a">药材辨识卡　No.%d</span><br/>药材名：%s<br/>药用部位：%s<br/>性状要点：%s<br/>辨识人：%s　　%s</td></tr></table><p> </p>'
                          % (k + 1, hand(h, True), hand(part, True), hand(feat, True), hand(n, True), hand(cls_of(s, n), True)))
                cards = cards.replace("<p> </p>", '<p style="margin:0">&nbsp;</p><p style="margin:0">&nbsp;</p>')
            pages.append('<p>课后作业　%s</p>' % c["course"] + cards + '<p %s>阅 %s　%s</p>' % (RED, t[0], mark(rng)))
        return "12.html", html(PB.join(pages), "10.5pt", font="Noto Sans CJK SC"), "x-scanpdf:200:color:photo:thumb"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s　%s" % (t[0], day(s, 20 + i))]
        if f == "photo_top":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_page":
            head = ["课后作业　%s" % c["task"], "> 班级：%s　姓名：%s" % (cl, n)]
        elif f == "photo_labels":
            head = ["汽车制动系统检修　课后作业", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "hand_ukai":
            head = ["%s　作业" % c["course"], "> %s　%s　%s" % (n, cl, sid)]
        elif f == "photo_book":
            head = ["作业本　科目：%s" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_top": "x-photo:200:1:thumb", "hand_page": "x-scan:250:4", "photo_labels": "x-photo:200:2",
            "hand_ukai": "x-scan:200:3", "photo_book": "x-photo:200:2"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "xlsx_plain":   # 序号 | 学号 | 姓名 | 性别, a merged title and foot
        rows = [["%s%s学生名单" % (s["school"], s["cls"]), "", "", ""], ["序号", "学号", "姓名", "性别"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex(n)])
        rows.append(["班主任：%s　　共%d人" % (s["headteacher"], len(k)), "", "", ""])
        nr = len(rows)
        write(os.path.join(d, "roster.json"), json.dumps({"sheet": "学生名单", "rows": rows, "merges": ["A1:D1", "A%d:D%d" % (nr, nr)]},
                                                         ensure_ascii=False, indent=0))
        man.append("roster.json\t%s学生名单.xlsx\tx-xlsx\troster\t0" % s["cls"])
        return
    if r == "fee":   # a list of the class for the tuition waiver (new): the whole class, the ID number masked
        rng = random.Random(s["seed"] * 99)
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别", "身份证号", "户籍类型", "免学费标准（元/年）", "备注"]], "2px 4px")]
        for j, n in enumerate(k):
            idn = "4690%02d********%04d" % (rng.choice([2, 2, 2, 5, 6, 25]), rng.randint(10, 9998))
            out.append(trow([str(j + 1), sid_of(s, n), n, sex(n), idn, rng.choice(["农村", "农村", "农村", "城镇"]), "2000", ""], "1px 4px"))
        body = ('<h3 style="text-align:center">%s　2024—2025学年秋季学期<br/>%s免学费学生名单</h3>'
                '<p>专业：烹饪(中式烹调)　　年级：2024级　　班级：%s</p>%s'
                '<p>合计：%d人，%d元。</p><p>班主任：%s　　　学生资助经办人：%s　　　（学生资助管理中心盖章）</p>'
                % (s["school"], s["cls"], s["cls"], table(out), len(k), 2000 * len(k), s["headteacher"], s["roster_clerk"]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s免学费学生名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Thirty-second held-out people corpus (testdata/heldout32), the format of testdata/heldout23/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + [s[k] for k in ("headteacher", "roster_clerk") if s.get(k)]]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if n in USED_BEFORE or bare(n) in USED_BEFORE]
    if bad:
        raise SystemExit("these stand in an earlier corpus, rename them: %s" % " ".join(bad))
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
        rng = random.Random(s["seed"] * 7919 + 32)
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec)), (11, item11(s, c, items[11])),
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
        officers = {}
        if s.get("headteacher"):
            officers["班主任"] = s["headteacher"]
        if s.get("roster_clerk"):
            officers["学生资助经办人"] = s["roster_clerk"]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": "班级人数 | %s" % s["form_count"],
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": officers, "roster_former_students": [],
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
