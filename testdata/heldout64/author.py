#!/usr/bin/env python3
"""Write the sources of the sixty-fourth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 北京市怀柔区
(Beijing), 天津市宝坻区 (Tianjin) and 彬州 (Shaanxi, 咸阳).

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
# the truth files read for names, tasks and courses to avoid (heldout63 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 63)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 怀柔 (北方 common families, and the Manchu 关 富 那 佟
# of the 长哨营 and 喇叭沟门 townships), 宝坻 (王 李 张 刘 杨 赵 孙 高 于 齐 宋 穆 …), 彬州 (关中 families:
# 党 雷 寇 史 侯 权 同 …)
SURNAMES = {
    "hr": list("王王王王李李李李张张张张刘刘刘赵赵杨杨孙郭高马于陈徐韩王李张刘赵" "关富那"),
    "bd": list("王王王王李李李李张张张张刘刘刘杨杨赵赵孙孙高于于齐宋穆魏郑徐韩"),
    "bz": list("王王王王张张张张李李李刘刘刘杨杨赵赵董史侯雷党贺冯程郭田寇权"),
}
# given names: a new list, the everyday names of students born around 2008
GIVEN2 = ("一鸣 子墨 思远 雨萱 若曦 梓涵 浩宇 俊熙 欣悦 佳怡 明轩 嘉懿 语桐 沐辰 皓轩 诗琪 馨月 宇航 泽楷 梦琪 "
          "晨阳 安琪 博文 睿泽 可馨 嘉怡 铭泽 昊然 雅琳 心怡 奕辰 锦程 书瑶 一诺 天佑 梓萌 俊豪 思琪 子轩 靖雯 "
          "紫琳 宏博 家豪 佳琪 瑞雪 子健 晓彤 振宇 雨泽 芷晴 浩楠 欣妍 晟睿 家乐 思彤 润泽 怡然 天翊 佳琳 承泽 "
          "文博 雨欣 凯文 佳颖 子豪 梦瑶 志豪 雅婷 鑫磊 晓雯 "
          "子航 雅楠 欣然 宇轩 艺涵 冰洁 新宇 炳辰 泓宇 金泽 尚儒 庆林 朝晖 治宇 彦博 瀚文 楚涵 婉清 沛然 骏驰 "
          "柏霖 翰林 凌霄 景行 煜城 钰涵 歆瑶 珂欣 涵宇 若彤 梦洁 诗雨 晓萌 乐怡 悦彤 依诺 雨婷 佳慧 思雨 美琪 "
          "欣瑜 雪晴 佳宁 静怡 海洋 世杰 建宇 博涛 鹏飞 文杰 泽宇 宇鑫 翔宇 兆丰 国栋 永康 少杰 梓豪 铭宇 晨轩 "
          "明哲 立恒 启明 嘉乐 思源 锦轩 正阳 志远 林峰 舒畅 雨桐 冠宇 星宇 昕怡 语嫣 妙可 宛如 晓琪 紫萱").split()
GIVEN1 = list("昊琳博阳悦鑫磊婷")


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


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for _ in range(400):
            name = sur + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "metro": dict(major="城市轨道交通运输与管理", code="0431", course="市郊铁路车站客运服务组织", task="市郊铁路车站节假日大客流组织与站台乘降引导",
   hours=16, station="城轨客运服务一体化学习工作站",
   situation="国庆假期，怀柔北部山区景点游客集中返程，市郊铁路车站下午四点以后进站客流是平日的三倍，站台一度拥挤。车站站长请城轨班学员分析往年客流数据，编制节假日大客流组织方案，设置进站蛇形通道和限流点，安排站台乘降引导岗，演练列车晚点时的广播和疏导，并在实训站台上完成一次全流程演练。",
   qs=[("问题1 为什么要在进站口设置蛇形通道？", ["把排队的人流折叠在站外的广场上，既控制了进站速度，又不会让队伍排到马路上。", "控制进站速度，队伍不排到马路上。", "人流折叠，慢慢进站。"]),
       ("问题2 站台乘降引导岗要提醒乘客哪些事？", ["先下后上，站在黄色安全线以内，照看好老人和孩子，列车关门提示音响起后不要抢上。", "先下后上，不越过安全线。", "关门提示音响了不要抢上。"])],
   hw=[("1. 限流分哪几级？", ["一级在站台，二级在站厅闸机，三级在车站出入口，客流越大限流点越往外移。", "站台、站厅、出入口三级。", "客流大了往外移。"]),
       ("2. 列车晚点时广播要说清什么？", ["晚点原因、预计到站时间、换乘建议，并向乘客致歉，每隔五分钟重复一次。", "晚点原因和预计时间。", "致歉，五分钟播一次。"])],
   outputs=[("节假日大客流组织方案", "设三级限流点，高峰每小时进站不超过两千人。"), ("站台乘降引导岗位卡", "每节车门对应一名引导员。")]),
 "chestnut": dict(major="电子商务", code="0603", course="农产品直播营销", task="燕山板栗礼盒直播带货脚本策划与订单售后",
   hours=14, station="电商直播运营一体化学习工作站",
   situation="秋天板栗收获后，怀柔山区一家板栗专业合作社准备推出两种礼盒，想通过直播卖给城区的上班族。合作社负责人请电商班学员了解产品卖点，撰写一场九十分钟的直播脚本，布置直播间，分工担任主播、助播和场控，直播后汇总订单并处理物流和售后。",
   qs=[("问题1 板栗礼盒的主要卖点有哪些？", ["山区种植、颗粒小而甜、当季现炒、真空包装能放一个月，适合送礼。", "小而甜，当季现炒。", "真空包装，适合送礼。"]),
       ("问题2 直播脚本为什么要按分钟写？", ["每个环节多长时间写清楚，主播和场控才知道什么时候上链接、什么时候发福袋。", "知道什么时候上链接。", "环节时间清楚。"])],
   hw=[("1. 助播和场控的分工有什么不同？", ["助播在镜头前配合主播展示产品，场控在后台改价格、上链接、回答弹幕。", "助播在镜头前，场控在后台。", "场控管链接和弹幕。"]),
       ("2. 顾客说板栗有虫眼怎么处理？", ["先道歉，请顾客拍照，核实后按坏果数量退款，记录批次反馈给合作社。", "拍照核实后退款。", "记录批次。"])],
   outputs=[("九十分钟直播脚本", "开场十分钟讲产地，中段试吃，结尾限时优惠。"), ("直播订单汇总与售后登记", "共三百零六单，售后九单。"), ("直播复盘报告", "场观一万二千，转化率百分之二点五。")]),
 "tofu": dict(major="烹饪(中式烹调)", code="0501", course="津菜热菜制作", task="八珍豆腐与罾蹦鲤鱼津味热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="宝坻一家老字号饭庄要在周末承办一场家宴，菜单上有八珍豆腐和罾蹦鲤鱼两道天津传统热菜。饭庄厨师长请烹饪班学员按标准菜谱准备原料，完成刀工处理、挂糊炸制和兑汁浇汁，控制出菜时间，并做好成本核算和卫生清理。",
   qs=[("问题1 罾蹦鲤鱼为什么要炸得外焦里嫩？", ["鱼要炸透定型，浇汁时才会发出响声，外皮焦脆吸汁，里面的肉还保持鲜嫩。", "浇汁时会响，外脆里嫩。", "炸透定型。"]),
       ("问题2 八珍豆腐的豆腐怎样处理才不碎？", ["豆腐切块后先用淡盐水焯一下，再用温油煎到两面金黄，翻动时用手勺轻推。", "先焯水，再煎到金黄。", "翻的时候轻推。"])],
   hw=[("1. 兑汁芡的作用是什么？", ["把调料和淀粉事先兑好，一次倒入锅中，出菜快、口味稳定。", "出菜快，口味稳定。", "事先兑好一次倒入。"]),
       ("2. 炸鱼时油温怎样控制？", ["第一次用六成油温炸定型，捞出后升到八成油温复炸，使外皮酥脆。", "先六成再八成。", "复炸使外皮酥脆。"])],
   outputs=[("八珍豆腐制作记录", "出菜时间十二分钟。"), ("罾蹦鲤鱼制作记录", "浇汁响声明显，色泽红亮。"), ("两道热菜成本核算单", "每份成本四十一元。")]),
 "rigging": dict(major="计算机动画制作", code="0306", course="三维角色动画制作", task="湿地科普短片水鸟角色骨骼绑定与飞行动画制作",
   hours=16, station="数字动画制作一体化学习工作站",
   situation="宝坻区的湿地保护站要做一部三分钟的科普短片，介绍每年春秋两季路过潮白河湿地的候鸟。动画工作室请动画班学员为片中的白鹭角色搭建骨骼、绑定蒙皮、设置控制器，完成起飞、滑翔和落地三段关键帧动画，并按规范命名和提交工程文件。",
   qs=[("问题1 翅膀的骨骼为什么要分成三节？", ["鸟的翅膀有上臂、前臂和手部三段，分三节骨骼折叠和展开才自然。", "对应翅膀的三段。", "折叠展开才自然。"]),
       ("问题2 刷蒙皮权重时要注意什么？", ["关节附近的权重要平滑过渡，羽毛末端只受最末一节骨骼影响，避免拉扯变形。", "关节处平滑过渡。", "避免拉扯变形。"])],
   hw=[("1. 起飞动作的关键帧怎样安排？", ["下蹲蓄力、蹬地、第一次扇翅、身体抬升四个关键帧，中间用缓入缓出。", "下蹲、蹬地、扇翅、抬升。", "用缓入缓出。"]),
       ("2. 工程文件为什么要按规范命名？", ["组里几个人的文件放在一起，按学号和镜头号命名才不会覆盖和弄混。", "不会覆盖和弄混。", "按学号和镜头号命名。"])],
   outputs=[("白鹭角色绑定测试", "控制器共二十四个。"), ("起飞与滑翔关键帧动画", "时长八秒，二十五帧每秒。")]),
 "decoction": dict(major="中药", code="1301", course="中药调剂与煎煮", task="夏季清暑益气汤剂调剂复核与代煎",
   hours=16, station="中药调剂一体化学习工作站",
   situation="彬州一家中医门诊的中药房在夏季接到不少清暑益气的处方，门诊为行动不便的老年患者提供代煎服务。药房主任请中药班学员审核处方，按处方用戥秤称量调配饮片，做好先煎、后下的单包，复核后按规程浸泡煎煮，填写煎药记录并交给患者家属。",
   qs=[("问题1 调配时为什么要“等量递减，逐剂复戥”？", ["一张处方有几剂，要把每味药的总量平均分到每一剂里，分完逐剂复称，保证剂量准确。", "每剂分量一样。", "分完再复称。"]),
       ("问题2 哪些药要后下？为什么？", ["薄荷、砂仁这类含挥发油的药要后下，煎久了有效成分会散失。", "薄荷要后下。", "煎久了会散失。"])],
   hw=[("1. 煎药前为什么要浸泡？", ["饮片浸泡三十分钟左右，让药材吸水膨胀，有效成分更容易煎出。", "让有效成分容易煎出。", "泡三十分钟。"]),
       ("2. 煎药记录要写哪些内容？", ["患者姓名、处方号、加水量、浸泡时间、煎煮时间和次数、出药量、煎药人和复核人。", "加水量和煎煮时间。", "煎药人和复核人。"])],
   outputs=[("煎药记录单（第一剂）", "头煎二十五分钟，二煎二十分钟。"), ("煎药记录单（第二剂）", "每袋二百毫升。"), ("处方调配复核单", "复核无误。")]),
 "squeak": dict(major="汽车维修", code="0403", course="汽车底盘检修", task="网约车前悬架异响与转向沉重故障诊断与排除",
   hours=16, station="汽车底盘检修一体化学习工作站",
   situation="一位网约车司机反映，他的车过减速带时前面咯噔响，低速转弯方向盘发沉。维修站主管请汽修班学员接车问诊、路试确认故障，举升车辆检查前悬架球头、稳定杆连杆和转向机，测量助力转向油压，更换损坏零件并做四轮定位，最后填写维修工单。",
   qs=[("问题1 过减速带有异响，先检查哪些零件？", ["稳定杆连杆球头、下摆臂胶套和减振器上座，这些地方松旷最容易响。", "稳定杆连杆和摆臂胶套。", "减振器上座。"]),
       ("问题2 更换转向零件后为什么要做四轮定位？", ["转向拉杆的长度变了，前束会改变，不做定位会跑偏和吃胎。", "前束改变会跑偏。", "不做会吃胎。"])],
   hw=[("1. 怎样判断球头是否松旷？", ["车辆举升后用撬棍撬动下摆臂，看球头有没有间隙、有没有响声。", "撬动看有无间隙。", "有响声就松旷。"]),
       ("2. 转向沉重可能有哪些原因？", ["助力油不足、油泵压力低、转向机内部卡滞、轮胎气压太低。", "助力油不足。", "胎压太低。"])],
   outputs=[("维修工单", "更换左前稳定杆连杆。"), ("四轮定位报告", "前束调整到零点一度。"), ("路试检验记录", "异响消除，转向轻便。")]),
 "flange": dict(major="数控加工(数控车工)", code="0106", course="盘类零件数控车削", task="苹果分选机输送链轮法兰盘数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="彬州的苹果进入采收季，一家果品冷库的分选机输送链轮法兰盘磨损，设备厂家的备件要等一个月。冷库请学校数控车间按样件测绘出图纸，加工六件法兰盘。车间主任请数控班学员编写加工工艺和程序，完成端面、内孔和台阶的车削，并做首件检验。",
   qs=[("问题1 车盘类零件为什么要先车基准端面？", ["端面是长度方向的基准，先车好端面，后面的台阶长度和孔深都从这里量。", "端面是长度基准。", "后面尺寸从这里量。"]),
       ("问题2 车内孔时怎样防止振刀？", ["选刀杆尽量粗、伸出尽量短，降低转速，减小每刀的切削深度。", "刀杆粗、伸出短。", "降转速，吃刀浅。"])],
   hw=[("1. 用三爪卡盘夹薄盘时要注意什么？", ["夹紧力不能太大，最好用软爪或垫铜皮，防止工件变形和夹伤。", "夹紧力不能太大。", "垫铜皮。"]),
       ("2. 首件检验要检查哪些项目？", ["外径、内孔、台阶长度、端面跳动和表面粗糙度，合格后才能批量加工。", "外径、内孔和跳动。", "合格后批量加工。"])],
   outputs=[("法兰盘首件检验记录", "内孔φ35H7合格。"), ("法兰盘加工程序单", "O1207，共四十二段。"), ("加工工艺卡", "分粗车、精车、车孔三道工步。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="北京市怀柔区红螺技工学校", pack="dir", region="hr", course="metro", cls="城轨2402班", size=36, seed=11,
         sidp="24110431", students=["富嘉懿", "郭铭泽", "孙靖雯"], items={11: ["郭铭泽", "孙靖雯"]},
         extra_class=["佟泽楷"], bad={"佟泽楷": "over"}, others_named=["韩立军"],
         teachers=["徐卫东", "关淑华"], form_count="36人",
         f8="daily_log", f10="two_across", f11="plan_typed", f12="name_line_photo",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "佟泽楷")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: a 客流组织方案 and a 岗位卡 a student, `编制人：<name>`) holds the works of only TWO students, "
                 "郭铭泽 and 孙靖雯 (富嘉懿's missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. "
                 "Item 10 (TYPED) is a TWO-ACROSS register (双栏: rows 1-18 on the left half, 19-36 on the right half of the same "
                 "table, each half 序号 学号 姓名 客流分析(20) 方案编制(30) 引导演练(50) 总分); 佟泽楷 has 57 under `引导演练(50)` "
                 "(总分 the sum): records.invalid_score. Item 8 (scanned 250 dpi gray, a binder clip at the top edge): a 实训日志 page "
                 "(日期 | 星期 | 天气 | 地点 head) with `记录人` (the student, by hand), class and 学号 at the BOTTOM only, and the "
                 "station's duty master 韩立军 signing as 值班站长 (not a student). No roster"),
    dict(school="北京市怀柔区红螺技工学校", pack="dir", region="hr", course="chestnut", cls="电商2401班", size=38, seed=12,
         sidp="24110603", students=["那晓棠", "徐润泽", "高馨月"], others_named=["于桂兰", "孙长河", "郭树林"],
         teachers=["马俊岭", "陈雅芳"], form_count="38人", roster="bus_routes", headteacher="赵淑贤",
         f8="header_table", f10="plain_group", f11="script_typed", f12="hand_page",
         findings=[],
         comment="clean. The roster is a 学生名单（含乘车线路）: the class grouped under three school-bus routes and 走读, each route "
                 "head naming its driver (孙长河, 郭树林; not students), 38 = form `38人` = item 10 (TYPED, a plain table with a 组别 "
                 "column). The cooperative's head 于桂兰 is named as 供货方 on every live-stream script (item 11, typed). Item 8 "
                 "(colour scan 200): a bordered head row `班级 | 姓名 | 学号 | 组别`. Item 12: a whole page in handwriting, scanned"),
    dict(school="天津市宝坻区潮白河技工学校", pack="gbkzip", region="bd", course="tofu", cls="烹饪2402班", size=40, seed=21,
         sidp="2412050102", students=["齐浩楠", "宋诗琪", "穆晟睿"], outsiders={"穆晟睿": "烹饪2401班"}, out_sidp="2412050101",
         extra_class=["魏梓萌"], bad={"魏梓萌": "sum"}, others_named=["郑德林"],
         teachers=["高振海", "于秀荣"], form_count="40名",
         f8="fax_line", f10="two_row_head", f11="dish_typed", f12="recipe_card",
         findings=[("students.not_in_class", 8, True, "穆晟睿"), ("records.invalid_score", 10, False, "魏梓萌")],
         comment="穆晟睿 of the parallel class 烹饪2401班 (his class and 学号 2412050101xx on his worksheet, typed dish records and "
                 "homework card) is the third student of 8/11/12; item 10 (40 rows = form `40名`) has no record of him: "
                 "students.not_in_class. Item 10 (scanned 200 dpi gray) has a two-row head (过程评价（40分）/ 成品评价（60分）); "
                 "魏梓萌's 总分 is 8 above the sum of his parts: records.invalid_score. Item 8 (1-bit fax-like 200 dpi): "
                 "`姓名＿ 学号＿ 班级＿` by hand, the restaurant's head chef 郑德林 named (not a student). Item 12: phone photos of "
                 "hand-written RECIPE CARDS (菜名/主料/调料/步骤, the name at the foot), under flickering fluorescent light. No roster"),
    dict(school="天津市宝坻区潮白河技工学校", pack="gbkzip", region="bd", course="rigging", cls="动画2401班", size=42, seed=22,
         sidp="2412030601", students=["韩雨泽", "齐雅琳", "宋晓雯"], extra_class=["欧阳紫琳"], absent_from_10=["欧阳紫琳"],
         teachers=["李翠屏", "王树森"], form_count="42名", roster="group_list", headteacher="孙秀梅",
         f8="two_row_box", f10="plain_attend", f11="submit_typed", f12="plain_photo",
         findings=[("records.missing_student", 10, False, "欧阳紫琳"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生名单 grouped by 小组, 42, with the compound surname 欧阳) and the form (`42名`) hold "
                 "欧阳紫琳; item 10 (TYPED) has 41 rows and none for her: records.missing_student and records.count_mismatch. "
                 "Item 11 (typed): a 作品提交单 a work, the file path `D:\\动画2401\\<学号>_<姓名>\\…` and `制作：<name>`. Item 8 "
                 "(scanned 200 dpi gray): a two-row head box 姓名/学号 | 班级/日期"),
    dict(school="彬州市豳风技工学校", pack="zip", region="bz", course="decoction", cls="中药2401班", size=38, seed=31,
         sidp="24261301", students=["党雨萱", "雷宏博", "寇欣悦"], items={12: ["党雨萱", "雷宏博", "史佳琳"]},
         extra_class=["史佳琳", "侯俊豪"], bad={"侯俊豪": "sum"}, others_named=["田秀英"],
         teachers=["程淑芳", "贺永胜"], form_count="38",
         f8="blank_line", f10="max_row", f11="decoction_typed", f12="banding_photo",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "侯俊豪")],
         comment="item 12 (phone photos under flickering light) holds the homework of 党雨萱, 雷宏博 and classmate 史佳琳 (with an "
                 "item-10 record) instead of 寇欣悦's (items 8 and 11 hold the three): students.mismatch. Item 10 (scanned 250 dpi "
                 "gray) has a `满分` row under the head; 侯俊豪's 总分 is 9 above the sum of his parts: records.invalid_score. "
                 "Item 11 (typed): 煎药记录单, `煎药人` the student, `复核人` a teacher, the patient 田秀英 named (not a student). "
                 "Item 8 (scanned 200 gray, binder clip): `姓名：＿ 班级：＿ 学号：＿` by hand. No roster"),
    dict(school="彬州市豳风技工学校", pack="zip", region="bz", course="squeak", cls="汽修2302班", size=38, seed=32,
         sidp="23260403", students=["冯锦程", "杨佳颖", "程一鸣"], items={8: ["冯锦程", "杨佳颖", "程一鸣", "田子豪"]},
         extra_class=["田子豪", "权子墨"], absent_from_10=["权子墨"], others_named=["刘建平"],
         teachers=["张卫国", "董红霞"], form_count="38",
         f8="head_row4", f10="plain_typed", f11="workorder_typed", f12="color_scan_hand",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray) holds the worksheets of FOUR students: the three and classmate 田子豪 (with an "
                 "item-10 record): students.count on 8; students.mismatch optional. Item 10 (TYPED) lists 37; the form says "
                 "`人数（人） | 38`: records.count_mismatch (no roster). Item 11 (typed): 维修工单 with `维修技师：<name>` and the "
                 "car owner 刘建平 (not a student)"),
    dict(school="彬州市豳风技工学校", pack="zip", region="bz", course="flange", cls="数控2401班", size=40, seed=33,
         sidp="24260106", students=["郭天翊", "史昊然", "卫承泽"], teachers=["同建峰", "侯丽娟", "雷秉义"], form_count="40",
         f8="plain_line", f10="recheck", f11="inspection_typed", f12="exercise_book",
         findings=[],
         comment="clean. Item 10 (scanned 200 dpi gray, binder clip) has an 初评/复评 pair for 实操(50): six students' 实操 "
                 "was re-marked (复评, two to five points higher) and their 总分 adds the 复评 mark, as the note under the table "
                 "says; every other row has `—` under 复评 and its 总分 adds the 初评 mark; 40 rows = form `40`. Three teachers. "
                 "Item 8: plain `班级 学号 姓名` line; item 12: exercise-book cover and the page inside"),
]

PROVINCE = {1: "北京市怀柔区", 2: "天津市宝坻区", 3: "陕西省咸阳市彬州市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 怀柔: "成果材料8：工作页.pdf"
        return "成果材料%d：%s.pdf" % (n, NAMES[n])
    if g == 2:   # 宝坻: "(8)工作页.pdf"
        return "(%d)%s.pdf" % (n, NAMES[n])
    return "第%d项 %s.pdf" % (n, NAMES[n])   # 彬州: "第8项 工作页.pdf"


def form_name(s, c):
    return {1: ("%s%s优质课堂申报书.docx" % (s["school"].replace("北京市怀柔区", ""), c["major"].split("(")[0]), "docx"),
            2: ("申报书_%s.pdf" % c["task"], "pdf"),
            3: ("附件2-申报书-%s.docx" % s["cls"], "docx")}[grp(s)]


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

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "授课班级（人数） | %s（%s）" % (s["cls"], s["form_count"])
    if g == 2:
        return "班级人数 | %s" % s["form_count"]
    return "人数（人） | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 怀柔: class and size in one cell, size in brackets
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级（人数）", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 宝坻: 班级人数 with 名
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
    else:   # 彬州: 人数（人） a bare number
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("人数（人）", s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>以学生为中心，按“明确任务—制订计划—评估决策—实施任务—检查控制—评价反馈”组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 37),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
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
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 8", "√ 10", "√ 清楚", "√ 较好"])


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

WEEK = "一二三四五六日"


def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "daily_log":   # a practice log: date/weather head, the recorder only at the bottom
            head = tbl([["日期", hand(day(s, i)[5:], True), "星期", hand(WEEK[(s["seed"] + i) % 7], True), "天气", hand(["晴", "多云", "晴转阴"][i % 3], True),
                         "地点", "实训站台"]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>实训日志（学习工作页）</h3>' % c["task"] + head +
                    "<p><b>今日任务：</b>%s</p>" % c["situation"][:58] + "……" + answers(c, rng, i) +
                    '<p><b>问题与处理：</b>%s</p>' % hand(["演练时广播声音小，已调高音量。", "限流点的隔离带不够，借用了站厅的。", "引导员站位太靠前，已后移。", "无"][i % 4], True) +
                    '<p>值班站长：%s　　　%s</p>' % (hand(s["others_named"][0], True, BLACK), comment) +
                    '<p style="text-align:right">记录人：%s　班级：%s　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)))
        elif f == "header_table":   # a bordered head row 班级 | 姓名 | 学号 | 组别
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "组别", hand("第%s组" % "一二三四五"[i % 5], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "fax_line":   # 姓名＿ 学号＿ 班级＿ by hand; the head chef named
            head = '<p>姓名＿%s＿　学号＿%s＿　班级＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = (title + head + "<p>企业指导：%s（饭庄厨师长）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i))
                    + sit + answers(c, rng, i) + comment)
        elif f == "two_row_box":   # a two-row head box: 姓名 学号 / 班级 日期
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="80%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 姓名：＿ 班级：＿ 学号：＿
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_row4":   # a bordered head row 姓名 | 学号 | 班级 | 工位
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "工位", hand("%d号举升机" % (1 + i % 6), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级 学号 姓名 line
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"daily_log": "x-scanpdf:250:longtail", "header_table": "x-scanpdf:200:color", "fax_line": "x-scanpdf:200:mono",
            "two_row_box": "x-scanpdf:200", "blank_line": "x-scanpdf:200:longtail", "head_row4": "x-scanpdf:250",
            "plain_line": "x-scanpdf:200"}[f]
    font = {"header_table": "Noto Sans CJK SC", "head_row4": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


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


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "two_across":   # two students a row: left half 1..h, right half h+1..n
        parts = [("客流分析", 20), ("方案编制", 30), ("引导演练", 50)]
        half = ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]
        out = [trow(["<b>%s</b>" % x for x in half + half], pad)]
        cells = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 57
            cells.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))])
        h = (len(cells) + 1) // 2
        for j in range(h):
            right = cells[h + j] if h + j < len(cells) else [""] * 7
            out.append(trow(cells[j] + right, pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "8pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 0.8cm"), "pdf"
    if f == "plain_group":   # a plain table with a 组别 column
        parts = [("产品卖点", 20), ("直播脚本", 30), ("直播执行", 30), ("订单售后", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "%d组" % (1 + k % 6)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "two_row_head":   # 过程评价 / 成品评价 over their parts
        parts = [("出勤", 10), ("刀工", 15), ("卫生", 15), ("色泽", 20), ("口味", 25), ("造型", 15)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程评价（40分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>成品评价（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "plain_attend":   # a plain table, 出勤 first
        parts = [("出勤", 10), ("骨骼搭建", 25), ("蒙皮权重", 25), ("关键帧动画", 30), ("文件规范", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "max_row":   # a 满分 row under the head
        parts = [("审方", 15), ("称量调配", 30), ("复核", 15), ("浸泡煎煮", 30), ("记录", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "plain_typed":   # a plain Word table
        parts = [("接车问诊", 15), ("故障诊断", 30), ("维修操作", 35), ("竣工检验", 10), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "recheck":   # 实操 初评 and 复评; the 总分 adds the 复评 where there is one
        parts = [("工艺编制", 20), ("程序编制", 20), ("实操", 50), ("6S", 10)]
        hd = ["序号", "学号", "姓名", "工艺编制<br/>(20)", "程序编制<br/>(20)", "实操(50)<br/>初评", "实操<br/>复评", "6S<br/>(10)", "总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        rech = set(rng.sample(range(len(rec)), 6))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            if k in rech:
                r2 = min(50, v[2] + rng.randint(2, 5))
                tot = v[0] + v[1] + r2 + v[3]
                cells = [str(v[0]), str(v[1]), str(v[2]), str(r2), str(v[3])]
            else:
                tot = sum(v)
                cells = [str(v[0]), str(v[1]), str(v[2]), "—", str(v[3])]
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：实操成绩经学生申请复评的，以复评成绩计入总分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:longtail"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "plan_typed":   # 编制人
                parts.append('<h3 style="text-align:center">%s</h3><p>编制人：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["时段", "预计进站人数", "限流措施", "岗位"], ["15:00-16:00", str(1400 + 90 * i), "站厅闸机限流", "4人"],
                                  ["16:00-18:00", str(2600 + 120 * i), "出入口蛇形通道", "7人"]], width="90%") + "<p>要点：%s</p>" % desc)
            elif f == "script_typed":   # 主播 and the cooperative as 供货方
                parts.append('<h3>%s</h3><p>主播：%s（%s）　　供货方：燕山板栗专业合作社（负责人：%s）</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["时间", "环节", "内容"], ["0-10分", "开场", "介绍产地和采收"], ["10-60分", "试吃讲解", "两款礼盒对比"],
                                  ["60-90分", "促单", "限时优惠、福袋"]], width="86%") + "<p>%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
            elif f == "dish_typed":   # 制作人
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "鲤鱼一尾约750克" if j == 1 else "豆腐400克", "辅料", "海参、虾仁、鸡丁、香菇等"],
                                                          ["成品评价", desc, "评价人", t[j % 2]]], width="90%"))
            elif f == "submit_typed":   # a work submission sheet with the file path
                parts.append('<h3>%s</h3><p>制作：%s　　班级：%s</p>' % (title, n, cl) +
                             tbl([["文件路径", "D:\\动画2401\\%s_%s\\%s.mb" % (sid, n, ["bailu_rig", "bailu_fly"][j])],
                                  ["软件版本", "Maya 2022"], ["帧速率", "25 fps"], ["说明", desc]], width="92%", align="left") +
                             "<p>提交日期：%s　　接收：%s</p>" % (day(s, 30 + i), t[j % 2]))
            elif f == "decoction_typed":   # 煎药人, 复核人 and the patient
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["患者姓名", s["others_named"][0], "处方号", "2024-%04d" % (713 + 3 * i + j)],
                                  ["加水量", "%d mL" % (800 + 50 * j), "浸泡时间", "30 min"],
                                  ["煎煮时间", "头煎25 min／二煎20 min", "出药量", "2袋×200 mL"],
                                  ["煎药人", n, "复核人", t[j % 2]]], width="90%") + "<p>班级：%s　　备注：%s</p>" % (cl, desc))
            elif f == "workorder_typed":   # 维修技师 and the owner
                parts.append('<h3>%s</h3>' % title + tbl([["车主", s["others_named"][0], "车型", "纯电紧凑型轿车"],
                                                          ["维修技师", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                                          ["项目", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "inspection_typed":   # 操作者 and 检验员
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "输送链轮法兰盘", "图号", "FL-35-%02d" % (1 + j)], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 3]],
                                  ["外径", "φ120 0/-0.05", "%.2f" % (119.97 - 0.01 * i), "合格"], ["内孔", "φ35H7", "35.01%d" % (2 + j), "合格"]], width="92%") +
                             "<p>备注：%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


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
        if f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_page":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "recipe_card":   # a recipe card: dish, ingredients, steps, the name at the foot
            head = ["菜谱卡片", "> 菜名：八珍豆腐", "> 主料：豆腐　辅料：海参 虾仁 鸡丁 香菇", "> 步骤：切块—焯水—煎黄—烧制—勾芡"]
            end = ["> 姓名：%s　学号：%s　班级：%s" % (n, sid, cl)] + end
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "banding_photo":
            head = ["中药调剂课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "color_scan_hand":
            head = ["课后练习（底盘）", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:2", "hand_page": "x-scan:200:4", "recipe_card": "x-photo:200:1:banding",
            "plain_photo": "x-photo:200:2", "banding_photo": "x-photo:200:1:banding", "color_scan_hand": "x-scan:200:3:color",
            "exercise_book": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    return "男" if n[1:] in ("嘉懿", "铭泽", "奕辰", "天佑", "浩楠", "子健", "振宇", "宇航", "睿泽", "博文", "俊豪", "浩宇", "晨阳", "俊熙",
                            "家乐", "子墨", "天翊", "昊然", "承泽", "一鸣", "子轩", "宏博", "家豪", "志豪", "鑫磊", "泽楷", "皓轩", "明轩",
                            "沐辰", "锦程", "文博", "凯文", "子豪", "晟睿", "润泽", "思远", "昊", "博", "阳", "鑫", "磊") else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "bus_routes":   # the class grouped under school-bus routes, a driver named on each
        drivers = s["others_named"][1:]
        groups = [("线路一（学校—雁栖—琉璃庙）　驾驶员：%s" % drivers[0], k[0:13]), ("线路二（学校—九渡河—渤海镇）　驾驶员：%s" % drivers[1], k[13:25]),
                  ("线路三（学校—北房—杨宋）　驾驶员：%s" % drivers[0], k[25:33]), ("走读（不乘车）", k[33:])]
        stops = ["雁栖", "范各庄", "琉璃庙", "九渡河", "渤海镇", "慕田峪", "北房", "杨宋", "庙城"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "上车站点"])]
        j = 0
        for gi, (g, members) in enumerate(groups):
            rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px">%s</td></tr>' % g)
            for n in members:
                j += 1
                stop = stops[gi * 3 + (j % 3)] if gi < 3 else "—"
                rows.append(trow([str(j), sid_of(s, n), n, sex_of(n), stop], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单（含乘车线路）</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="86%") + "<p>班主任：%s　　合计：%d人（乘车%d人，走读%d人）</p>" % (s["headteacher"], len(k), 33, len(k) - 33))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "group_list":   # a typed 学生名单 grouped by 小组
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "备注"])]
        for j, n in enumerate(k):
            if j % 7 == 0:
                rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px;background:#eeeeee">第%s小组</td></tr>' % "一二三四五六"[j // 7])
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "组长" if j % 7 == 0 else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2>' % (s["school"], s["cls"]) + table(rows, width="80%") +
                "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
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
    truth = {"comment": "Sixty-fourth held-out people corpus (testdata/heldout64), the format of testdata/heldout28/truth.json. "
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
            if w in EARLIER_TEXT or w in EARLIER_READMES:
                raise SystemExit("%s was used by an earlier corpus" % w)
        if s["school"] in EARLIER_TEXT or s["school"] in EARLIER_READMES:
            raise SystemExit("%s was used by an earlier corpus" % s["school"])
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
        rng = random.Random(s["seed"] * 7919 + 64)
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
        extra_named = roster(s, d, man)
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
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + extra_named,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
