#!/usr/bin/env python3
"""Write the sources of the hundred-and-fifty-second held-out people corpus
(src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the truth-format struct tags of
pipeline/heldout_test.go was read; classaudit was not run on it). Seven
submissions of three invented schools in 龙南市 (Jiangxi, 赣州), 绵竹市
(Sichuan, 德阳) and 穆棱市 (Heilongjiang, 牡丹江).

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
# the truth files read for names, tasks and courses to avoid (heldout149-151 are written at the same time and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 149)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 龙南 (赣南 Hakka families: 钟 赖 廖 刘 陈 黄 曾 谢 温 古 邱 叶 …),
# 绵竹 (川西 families: 王 李 张 刘 陈 杨 黄 赵 周 吴 何 罗 唐 邓 蒋 冯 杜 廖 侯 彭 …), 穆棱 (the 闯关东 families of
# 山东/河北 and the Korean 金 朴 崔 and Manchu 关 那 佟 families of the 牡丹江 region)
SURNAMES = {
    "ln": list("钟钟钟赖赖赖廖廖刘刘陈陈黄黄曾曾谢谢李王张徐温古邱叶卢蔡肖"),
    "mz": list("王王王李李李张张刘刘陈陈杨杨黄赵周吴何罗唐邓蒋冯杜廖侯彭"),
    "ml": list("王王王李李李张张刘刘孙孙于赵杨姜曲高马徐金朴崔关那佟"),
}
# given names: a new list, everyday names of students born around 2008-2009
GIVEN2 = ("嘉欣 俊宇 梓晴 逸飞 雨菲 铭浩 诗雅 浩铭 子怡 泽熙 可欣 宇涵 晨希 奕涵 俊辉 若琳 嘉铭 芷若 浩博 思妍 "
          "晓东 语涵 家辉 锦涛 雅萱 宏宇 佳悦 俊逸 梦涵 子越 雨辰 乐瑶 星辰 志鹏 婧怡 明远 思颖 嘉俊 欣彤 子骞 "
          "静雯 振华 雅琪 宇恒 诗敏 俊楠 佳欣 一帆 玉婷 浩东 晓雨 梓航 若溪 昊天 欣雨 泽铭 俊峰 子萱 天宇 雨晴 "
          "博涛 家铭 昊宇 嘉琪 丽娟 晨光 凯瑞 紫涵 锦鹏 婉婷 子昂 雨露 子淇 海峰 晓慧 泽楠 心悦 志强 佳乐 润东 "
          "美辰 俊凯 思琦 鸿宇 慧敏 晓峰 雅洁 浩翔 可儿 志成 语晨 宇翔 若雪 嘉诚 安然 俊鹏 靖怡 晓曼 启航 诗语 "
          "泽华 明杰 佳蕊 宇博 紫琪 国豪 雪莹 鹏程 书涵 世豪 晓琳 天成 芮希 浩轩 紫怡 铭轩 诗怡 卓然 明朗 雨彤 "
          "家齐 梓源 晓彬 睿航 沁怡 婧瑶 宇彤 嘉禾 子墨 俊熙 晨宇 佳颖 逸凡 思齐 梦婷 志豪 雅静 瑞林 海波 金鑫 "
          "文韬 思雨 嘉宁 永健 晓敏 立新 宏伟 颖琪 亦菲 皓月 峻熙 欣妤 雨萌 子彤 一诺 浩宁 晓阳 俊豪").split()
GIVEN1 = list("昊琳博阳悦鑫磊婷涛杰")
MALE = set(("逸飞 铭浩 浩铭 泽熙 俊辉 嘉铭 浩博 晓东 家辉 锦涛 宏宇 俊逸 子越 雨辰 星辰 志鹏 明远 嘉俊 子骞 振华 宇恒 "
            "俊楠 一帆 浩东 梓航 昊天 泽铭 俊峰 天宇 博涛 家铭 昊宇 晨光 凯瑞 锦鹏 子昂 海峰 泽楠 志强 佳乐 润东 俊凯 "
            "鸿宇 晓峰 浩翔 志成 宇翔 嘉诚 俊鹏 启航 泽华 明杰 宇博 国豪 鹏程 世豪 天成 浩轩 铭轩 卓然 明朗 家齐 梓源 "
            "晓彬 睿航 嘉禾 子墨 俊熙 晨宇 逸凡 思齐 志豪 瑞林 海波 金鑫 文韬 永健 立新 宏伟 峻熙 浩宁 晓阳 俊豪 "
            "昊 博 阳 鑫 磊 涛 杰").split())


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
            name = sur + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "plc": dict(major="机电一体化技术", code="0127", course="电子装联生产线输送系统装调", task="电路板插件线输送带变频调速与PLC控制系统装调",
   hours=24, station="机电设备装调一体化学习工作站",
   situation="龙南经济技术开发区一家电子电路板企业新上了一条手工插件线，输送带用的是普通电机，速度不能调，工人插件快慢不一，经常堆板或者空板。设备部请机电班学员把输送带改成变频调速，用PLC控制启停、急停和工位呼叫灯，完成接线、参数设置、编程和联调，并写出交接说明。",
   qs=[("问题1 插件线为什么要用变频器调输送带速度？", ["不同电路板的元件数量不一样，插件节拍不同，变频调速可以让输送带跟上工人的节拍，不堆板也不空板。", "节拍不同，要能调速。", "不堆板不空板。"]),
       ("问题2 急停按钮为什么要接常闭触点？", ["常闭触点断线时也会让设备停下来，保证线路故障时不会失去急停功能，这是安全要求。", "断线也能停车。", "安全要求，用常闭。"])],
   hw=[("1. 变频器的加速时间设得太短会怎样？", ["电机启动电流太大，变频器可能报过流故障，输送带上的电路板也会因为猛地一动而滑位。", "会报过流。", "电路板会滑位。"]),
       ("2. 工位呼叫灯的程序怎样写？", ["每个工位一个呼叫按钮，按下后对应的灯闪烁，班长按复位按钮后熄灭，用置位和复位指令。", "用置位复位指令。", "按下闪烁，复位熄灭。"])],
   outputs=[("输送带变频器参数设置清单", "P0.01=50Hz，加速时间3.0s，减速时间2.0s。"), ("PLC输入输出地址分配表", "输入12点，输出8点。")]),
 "leicha": dict(major="饭店(酒店)服务", code="0504", course="特色民宿前厅与茶饮服务", task="客家围屋民宿入住接待与擂茶待客服务",
   hours=16, station="民宿前厅与茶艺一体化学习工作站",
   situation="国庆前后，关西围屋附近一家由老屋改建的民宿客人很多，多是从广东自驾来的家庭。民宿主人请饭店班学员承担前台入住接待，介绍围屋的来历和房间设施，并在堂屋为客人现场打擂茶，讲解擂茶的配料和吃法，客人离店时完成退房结账和意见收集。",
   qs=[("问题1 给客人介绍围屋时要讲哪几点？", ["围屋的建造年代、四角炮楼的用途、祠堂在中间的布局，再提醒客人屋里哪些地方不能攀爬。", "年代、炮楼和布局。", "提醒不能攀爬。"]),
       ("问题2 擂茶要准备哪些配料？", ["茶叶、芝麻、花生、绿豆和薄荷叶，放在擂钵里用擂棍磨成糊，再冲开水，配炒米和花生。", "茶叶、芝麻、花生。", "磨成糊冲开水。"])],
   hw=[("1. 客人带小孩入住要多做哪些服务？", ["准备儿童拖鞋和防撞角，提醒楼梯陡，晚上在房间加一床薄被。", "儿童拖鞋和防撞角。", "提醒楼梯陡。"]),
       ("2. 客人对擂茶的味道不习惯怎么办？", ["先致歉，介绍可以少放薄荷或者加糖，再换一杯清茶，不要勉强客人。", "少放薄荷或加糖。", "换一杯清茶。"])],
   outputs=[("擂茶待客服务记录", "四桌共十四位客人。"), ("入住接待情景记录", "办理入住六间。")]),
 "menshen": dict(major="计算机动画制作", code="0306", course="非遗题材二维动画创作", task="绵竹年画门神形象二维动画短片制作",
   hours=18, station="二维动画制作一体化学习工作站",
   situation="绵竹年画村要在春节前推出一组年画门神的短视频，在游客中心的大屏上循环播放。年画村的运营公司请动画班学员以秦琼、尉迟恭两位门神为原型，设计适合动画的角色形象，绘制原画和中间画，做出门神睁眼、抱拳和转身的十秒短片，并按大屏的尺寸输出。",
   qs=[("问题1 年画门神改成动画角色时保留什么？", ["保留年画的大色块、粗墨线和对称的构图，把复杂的盔甲花纹适当简化，方便逐帧绘制。", "保留大色块和粗墨线。", "简化盔甲花纹。"]),
       ("问题2 中间画为什么要按原画的轨迹画？", ["动作要沿着弧线运动才自然，中间画按轨迹分好位置，动作才不会抖动和跳帧。", "沿弧线才自然。", "不抖动不跳帧。"])],
   hw=[("1. 抱拳动作需要几张原画？", ["起始、抬手、抱拳到位三张原画，中间各加三张中间画，十二帧每秒。", "三张原画。", "中间各加三张。"]),
       ("2. 大屏输出要注意什么？", ["按大屏的分辨率和比例设置画布，颜色用大屏实际播放测试，字幕放在安全框以内。", "按大屏分辨率设置画布。", "字幕在安全框内。"])],
   outputs=[("门神角色设定稿（秦琼）", "正面、侧面、背面三视图。"), ("门神角色设定稿（尉迟恭）", "表情六种。")]),
 "gaofang": dict(major="中药", code="1301", course="中药膏方制备", task="秋冬进补膏方的处方调配与熬膏收膏",
   hours=16, station="中药调剂与制剂一体化学习工作站",
   situation="入冬以后，绵竹一家中医馆来开膏方的人多了起来，馆里的老药工忙不过来。中医馆请中药班学员在老药工指导下审核膏方处方，调配饮片，浸泡、煎煮、浓缩，按处方加入阿胶、冰糖收膏，做挂旗试验判断收膏程度，分装、贴签并登记制备记录。",
   qs=[("问题1 收膏时怎样判断膏已经熬好？", ["用竹片挑起膏液，膏液流下时像旗子一样挂在竹片边上，叫挂旗，滴在纸上不渗开也可以判断。", "挂旗，滴纸不渗。", "竹片挑起看挂旗。"]),
       ("问题2 阿胶为什么要先烊化？", ["阿胶直接放进膏里会结块粘锅，先用黄酒浸泡隔水烊化，再兑入清膏里搅匀。", "直接放会结块。", "黄酒浸泡，隔水烊化。"])],
   hw=[("1. 膏方为什么要冷藏保存？", ["膏方含糖和胶，常温下容易发霉，放冰箱冷藏，每次用干净勺子取。", "常温容易发霉。", "用干净勺子取。"]),
       ("2. 感冒期间能不能吃膏方？", ["感冒发热、腹泻时要停服，等病好了再吃，以免闭门留寇。", "要停服。", "病好再吃。"])],
   outputs=[("膏方制备记录", "出膏两千一百克。"), ("膏方标签与服用说明", "每日早晚各一匙。")]),
 "zhengcai": dict(major="烹饪(中式烹调)", code="0501", course="川菜蒸菜制作", task="乡村坝坝宴蒸笼粉蒸肉与咸烧白制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="绵竹乡下办喜事，主家请了乡厨在院坝里摆二十桌坝坝宴，粉蒸肉和咸烧白是每桌必上的蒸菜。乡厨的厨师长请烹饪班学员到现场帮厨，按标准准备五花肉、米粉和芽菜，完成改刀、码味、装碗、上笼蒸制，按开席时间出菜，并做好成本登记和收尾清洁。",
   qs=[("问题1 咸烧白的肉为什么要先煮再炸皮？", ["先把五花肉煮到断生，抹上糖色再炸，肉皮起皱上色，蒸好以后皮软糯、颜色红亮。", "皮起皱上色。", "蒸好以后皮软糯。"]),
       ("问题2 蒸笼上下层怎样安排？", ["不易熟的咸烧白放在下层靠近火，粉蒸肉放上层，出菜前十分钟调换一次位置。", "不易熟的放下层。", "出菜前调换位置。"])],
   hw=[("1. 米粉为什么要自己炒？", ["大米和花椒一起小火炒黄再磨粗粉，香味足，蒸出来颗粒感好。", "香味足。", "小火炒黄再磨。"]),
       ("2. 坝坝宴怎样保证二十桌同时上菜？", ["按开席时间倒推上笼时间，分两批上笼，提前备好碗和托盘，专人扣碗。", "倒推上笼时间。", "专人扣碗。"])],
   outputs=[("蒸菜出品记录", "二十桌共四十碗。"), ("蒸菜成本登记单", "每碗成本十九元。")]),
 "heater": dict(major="新能源汽车检测与维修", code="0435", course="纯电动汽车热管理系统检修", task="严寒天气纯电动汽车动力电池低温加热功能失效诊断与排除",
   hours=20, station="新能源汽车检修一体化学习工作站",
   situation="一月的穆棱夜里零下三十度，一位出租车司机的纯电动车早上充不进电，仪表提示电池温度过低，续航也从四百公里掉到两百公里。维修站主管请新能源班学员做好高压安全防护，读取故障码和电池数据流，检查电池加热器、PTC继电器和冷却液回路，找到故障点并修复，最后做低温充电试验。",
   qs=[("问题1 为什么电池温度低时不能大电流充电？", ["低温时锂离子在负极嵌入困难，大电流充电容易析锂，损伤电池甚至造成内部短路。", "容易析锂。", "会损伤电池。"]),
       ("问题2 检查加热器前要做哪些安全措施？", ["断开低压蓄电池负极，拔下维修开关并自己保管，等五分钟后用万用表确认母线无电，戴绝缘手套。", "拔下维修开关。", "确认无电，戴绝缘手套。"])],
   hw=[("1. PTC加热器的电阻怎样测？", ["断电后拔下插头，用万用表电阻挡测两端，和维修手册的标准值比较，无穷大说明断路。", "和标准值比较。", "无穷大是断路。"]),
       ("2. 冬天怎样跟车主讲延长续航？", ["出车前插着充电桩预热，尽量停在室内，座椅加热代替空调暖风。", "插着充电桩预热。", "停在室内。"])],
   outputs=[("电池加热系统检测报告", "PTC继电器线圈断路，已更换。"), ("低温充电试验记录", "零下二十八度充电功率恢复到四十千瓦。")]),
 "intake": dict(major="健康与社会照护", code="0529", course="机构养老卧床老人饮食照护", task="养老院卧床老人冬季饮水进食照护与出入量记录",
   hours=16, station="老年照护一体化学习工作站",
   situation="穆棱冬季天气寒冷干燥，市里一家养老院有几位长期卧床的老人喝水少，有的出现便秘和尿量减少。院长请照护班学员在护理员带领下，为卧床老人制订饮水和进食计划，协助老人半卧位进食，准确记录二十四小时出入量，发现异常及时报告护士。",
   qs=[("问题1 协助卧床老人进食时取什么体位？", ["把床头摇高三十到四十五度，成半卧位，头稍向前倾，饭后保持半小时再放平，防止呛咳和反流。", "半卧位，床头摇高。", "饭后保持半小时。"]),
       ("问题2 记录出入量要注意什么？", ["入量包括饮水、食物含水量和输液，出量包括尿量、大便和呕吐物，按时间逐项记录，二十四小时合计。", "入量出量逐项记录。", "二十四小时合计。"])],
   hw=[("1. 老人不愿意喝水怎么办？", ["少量多次，每次一百毫升左右，换成淡茶、汤或者水果，和老人聊天时递水。", "少量多次。", "换成汤和水果。"]),
       ("2. 尿量明显减少要怎么做？", ["先核对入量是否不足，再观察尿色和有无水肿，及时报告护士，不要自己给药。", "报告护士。", "观察尿色和水肿。"])],
   outputs=[("卧床老人饮水进食照护计划", "每日饮水一千五百毫升。"), ("出入量观察小结", "三天内尿量恢复正常。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="龙南市关西技工学校", pack="zip", region="ln", course="plc", cls="机电2401班", size=40, seed=11,
         sidp="24360127", students=["钟逸凡", "赖诗雅", "廖峻熙"], outsiders={"廖峻熙": "机电2402班"}, out_sidp="24360128",
         extra_class=["曾嘉禾"], bad={"曾嘉禾": "over"}, others_named=["叶志明"],
         teachers=["古春兰", "谢海燕"], form_count="40人",
         f8="esd_strip", f10="qq_form", f11="vfd_params", f12="photo_drill",
         findings=[("students.not_in_class", 8, True, "廖峻熙"), ("records.invalid_score", 10, False, "曾嘉禾")],
         comment="廖峻熙 of the parallel class 机电2402班 (his class and 学号 2436012803 on his worksheet, parameter sheets and "
                 "homework) is the third student of 8/11/12; item 10 (40 rows = form `40人`) has no record of him: "
                 "students.not_in_class. Item 10 (TYPED) is a 腾讯文档 收集表 export (提交者 = the teacher who entered the "
                 "row, 提交时间, then 学生姓名, 学号 and four parts with `（满分30）` in the heads, 总分 the sum); 曾嘉禾 has 34 "
                 "under `调试运行（满分30）`: records.invalid_score. Item 8 (scanned 200 gray, a dried red date on the glass): "
                 "an ESD wrist-strap test strip at the top, `测试人` the student by hand, 班级/学号 below. Item 11: the "
                 "enterprise engineer 叶志明 signs as 厂方确认 (not a student). No roster"),
    dict(school="龙南市关西技工学校", pack="zip", region="ln", course="leicha", cls="饭店2401班", size=38, seed=12,
         sidp="24360504", students=["黄婧瑶", "温嘉铭", "邱若琳"], others_named=["严伯涛", "苏佩珊", "钟福祥"],
         teachers=["卢润芳", "肖国平"], form_count="38人（不含跟班旁听的民宿从业人员2人）", roster="pledge_sign", headteacher="蔡美玲",
         f8="guest_box", f10="ledger_spread", f11="leicha_typed", f12="scan_hand",
         findings=[],
         comment="clean. The form says `班级人数 | 38人（不含跟班旁听的民宿从业人员2人）` (two auditing 民宿 staff, not of the class, "
                 "named nowhere). The roster is a 校外实训安全承诺签字名单 "
                 "(colour scan): printed 序号 学号 姓名, each student's signature by hand and a red thumbprint, 38 rows. "
                 "Item 10 (scanned 200 gray) is a grade book (成绩册) opened flat: each landscape page a spread, the LEFT "
                 "page 序号 学号 姓名 and five 考勤 dates (√, 病, 事), the RIGHT page 序号 again with the four parts and "
                 "总分, rows matched only by 序号, 20 + 18 rows. Guests 严伯涛 and 苏佩珊 (广东 self-drive guests) on item 8 "
                 "and 11, the 民宿 owner 钟福祥 signs item 11 (none a student)"),
    dict(school="绵竹市年画技工学校", pack="gbkzip", region="mz", course="menshen", cls="动画2401班", size=42, seed=21,
         sidp="24510306", students=["罗梓源", "唐雨萌", "杜晨希"], extra_class=["彭子彤"], absent_from_10=["彭子彤"],
         others_named=["陈兴才"], teachers=["何川平", "邓晓蓉"], form_count="42", roster="club_signup", headteacher="蒋素萍",
         f8="master_head", f10="plain_grade", f11="seal_works", f12="photo_plain",
         findings=[("records.missing_student", 10, False, "彭子彤"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生社团报名名单: 序号 学号 姓名 性别 第一志愿 第二志愿, 42, the 年画社 led by the "
                 "outside master 陈兴才) and the form (`学生人数 | 42`) hold 彭子彤; item 10 (TYPED, an 等级 column) has 41 rows "
                 "and none for her: records.missing_student and records.count_mismatch. Item 11 (colour scan): each 门神 "
                 "character sheet captioned `作者：<name>` and stamped with the student's red name seal (`<name>印`). Item 8 "
                 "(colour scan, a dried red date): the 年画 master 陈兴才 named as 企业导师"),
    dict(school="绵竹市年画技工学校", pack="gbkzip", region="mz", course="gaofang", cls="中药2401班", size=40, seed=22,
         sidp="24511301", students=["周沁怡", "冯浩博", "吴雨露"], items={12: ["周沁怡", "冯浩博"]},
         extra_class=["侯志鹏"], bad={"侯志鹏": "sum"}, others_named=["秦素华", "段德明"],
         teachers=["杨蜀琴", "廖文斌"], form_count="40",
         f8="plain_line", f10="mono_max", f11="gaofang_typed", f12="crossword",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "侯志鹏")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (printed 中药名填字格 crosswords filled by hand, photographed) holds the homework of only TWO students, 周沁怡 and 冯浩博 (吴雨露's missing; 8 and "
                 "11 hold the three): students.count on 12; students.mismatch optional. Item 10 (1-bit scan, 300 dpi) has "
                 "the maxima in the heads; 侯志鹏's 总分 is 7 above the sum of his parts: records.invalid_score. Item 11 "
                 "(typed): 膏方制备记录, the patient 秦素华 and the old pharmacist 段德明 named (not students). Item 8 "
                 "(scanned 250 gray, a dried red date): a plain `班级 学号 姓名` line by hand. No roster"),
    dict(school="绵竹市年画技工学校", pack="gbkzip", region="mz", course="zhengcai", cls="烹饪2401班", size=42, seed=23,
         sidp="24510541", students=["张瑞林", "王家齐", "蒋宇彤"], items={11: ["张瑞林", "王家齐", "黄睿航"]},
         extra_class=["黄睿航", "刘晓彬"], absent_from_10=["刘晓彬"], others_named=["罗长贵", "赵福全"],
         teachers=["吴正华", "周德容"], form_count="42人",
         f8="steamer_plan", f10="typed_cook", f11="dish_scan", f12="mono_hand",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False)],
         comment="item 11 (colour scan 200) holds the 出品记录 of 张瑞林, 王家齐 and classmate 黄睿航 (with an item-10 record) "
                 "instead of 蒋宇彤's (items 8 and 12 hold the three): students.mismatch. The form gives the size only in "
                 "the grade cell, `授课年级 | 2024级（42人）`; item 10 (TYPED) lists 41 (`合计：41人`): "
                 "records.count_mismatch (no roster; 刘晓彬 is the class member without a record). Item 8 (colour scan): a "
                 "蒸笼笼位图 head, `上笼人` the student by hand, the 乡厨 head chef 罗长贵 as 验收; item 11 names the host "
                 "赵福全 (主家); neither is a student"),
    dict(school="穆棱市八面通技工学校", pack="dir", region="ml", course="heater", cls="新能源2401班", size=38, seed=31,
         sidp="24230435", students=["孙浩宁", "姜晓雨", "曲泽铭"], items={8: ["孙浩宁", "姜晓雨", "曲泽铭", "于浩翔"]},
         extra_class=["于浩翔", "王欣妤", "高志成", "马明朗"], absent_from_10=["王欣妤"], dup_in_10=["高志成"],
         bad={"马明朗": "over"}, others_named=["韩玉山"], teachers=["李洪庆", "张铁军"], form_count="38人",
         roster="license_list", headteacher="刘淑娥",
         f8="vin_head", f10="scan_grade", f11="report_typed", f12="graph_paper",
         findings=[("students.count", 8, False), ("records.missing_student", 10, False, "王欣妤"),
                   ("records.invalid_score", 10, False, "马明朗")],
         optional=[("students.mismatch", 8, True), ("records.count_mismatch", 10, False)],
         comment="item 8 (the printed sheets photographed, a drill bit lying on them) holds the worksheets of FOUR students: "
                 "the three and classmate 于浩翔 (with an item-10 record): students.count on 8; students.mismatch optional. "
                 "The roster (a typed 机动车驾驶证持证情况登记名单, 38) and the form (`38人`) hold 王欣妤; item 10 (scanned "
                 "250 gray, a dried red date) has 38 ROWS but 高志成 stands twice (rows 17 and 29, same 学号, other marks) "
                 "and 王欣妤 not at all: records.missing_student (records.count_mismatch optional: 38 rows, 37 students). "
                 "马明朗 has 39 under `故障诊断(35)`: records.invalid_score. Item 11: the taxi driver 韩玉山 as 车主 (not a "
                 "student). Item 12: graph paper with a hand-plotted temperature-range curve, photographed"),
    dict(school="穆棱市八面通技工学校", pack="dir", region="ml", course="intake", cls="照护2401班", size=36, seed=32,
         sidp="24230529", students=["古丽米拉·吐尔洪", "金美辰", "那思琦"], others_named=["宋桂芝", "陶福林", "吴秀云"],
         teachers=["朴哲洙", "崔英兰"], form_count="36人（男8人，女28人）",
         f8="intake_chart", f10="bonus_typed", f11="care_typed", f12="menu_table",
         findings=[],
         comment="clean. A Uyghur student of the 内职班 programme, 古丽米拉·吐尔洪 (middle dot, typed and by hand), is one "
                 "of the three; a Korean teacher 朴哲洙. Item 8 (scanned 250 gray): a 24小时出入量记录 per student, the elder "
                 "(宋桂芝 or 陶福林) in the head, `记录人` by hand on every day row (the student) and the night rows signed "
                 "by the home's 护理员 吴秀云 (not a student). Item 10 (TYPED): a 附加分 column explained under the table "
                 "(总分 = parts + 附加分), 36 rows = form `36人（男8人，女28人）`. Item 12 (1-bit scan): a hand-written "
                 "一周软食食谱 table. No roster"),
]

PROVINCE = {1: "江西省赣州市龙南市", 2: "四川省德阳市绵竹市", 3: "黑龙江省牡丹江市穆棱市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CN = "零一二三四五六七八九十"


def cn_num(n):
    return CN[n] if n <= 10 else "十" + CN[n - 10]


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 龙南: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 绵竹: "（八）工作页.pdf"
        return "（%s）%s.pdf" % (cn_num(n), NAMES[n])
    return "%d-%s.pdf" % (n, NAMES[n])   # 穆棱: "8-工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂项目申报书（%s）.docx" % s["cls"], "docx"),
            2: ("申报书（%s）.pdf" % c["course"], "pdf"),
            3: ("附件2 申报书.docx", "docx")}[grp(s)]


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


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


# ------------------------------------------------------------------ the form

def form_size(s):
    t = s["form_count"]
    m = re.match(r"\d+", t)
    if m:
        return int(m.group())
    m = re.match(r"([一二三四五六七八九])十([一二三四五六七八九]?)人", t)   # 三十八人
    return 10 * CN.index(m.group(1)) + (CN.index(m.group(2)) if m.group(2) else 0)


def form_rows(s, c):
    g = grp(s)
    if g == 1:   # 龙南: 授课班级 and 班级人数 in two rows
        return [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("授课学习任务名称", c["task"]),
                ("授课年级", "2024级"), ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    if g == 2:
        if s["course"] == "zhengcai":   # the size only in the grade cell
            return [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                    ("授课年级", "2024级（%s）" % s["form_count"]), ("授课班级", s["cls"]), ("授课地点", c["station"])]
        return [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("授课地点", c["station"])]
    return [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("授课学习任务名称", c["task"]),
            ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("总学时", "%d" % c["hours"])]


def form_count_text(s, c):
    for a, b in form_rows(s, c):
        if b == s["form_count"] or b.endswith("（%s）" % s["form_count"]):
            return "%s | %s" % (a, b)
    raise SystemExit("no size cell")


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称/职业技能等级", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    info = tbl([[a, (b, ' align="left"')] for a, b in form_rows(s, c)], width="92%", pad="4px 6px")
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、目标与内容</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、学习成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、授课教师诚信承诺</h3><p>本人已认真填写并检查以上材料，保证内容真实有效。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=5 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"), situation=c["situation"], prov=PROVINCE[g])
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
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 清楚", "√ 较好", "√ 有条理"])


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
        return s["out_sidp"] + "03"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def sex_of(n):
    g = bare(n)[1:]
    if "·" in n:
        return "女"
    return "男" if g in MALE else "女"


def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


# ------------------------------------------------------------------ item 8

def comment8(t, i):
    return '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])


def item8(s, c, names):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "esd_strip":   # an ESD wrist-strap test strip at the top: 测试人 the student
            esd = tbl([["防静电腕带<br/>上岗测试", "测试人", hand(n, True), "读数", hand("%.1fMΩ" % (0.7 + 0.2 * i), True),
                        "结果", "☑合格 □不合格", "时间", hand("7:%d" % (42 + 5 * i), True)]], width="100%", pad="4px 3px")
            body = (title + esd + '<p>班级：%s　　学号：%s　　工位：插件线%d号</p>' % (hand(cl, True), hand(sid, True), 3 + i)
                    + sit + answers(c, rng, i) + comment8(t, i))
        elif f == "guest_box":   # a 学号 | 姓名 box at the top right; the guest received named
            box = ('<table style="border-collapse:collapse;margin-left:auto" width="48%%"><tr>%s%s%s%s</tr></table>'
                   % (td("学号"), td(hand(sid, True)), td("姓名"), td(hand(n, True))))
            guest = ["严伯涛先生一家三口（广东自驾）", "苏佩珊女士等四位（广东自驾）"][i % 2]
            body = (box + title + "<p>接待对象：%s　　房号：东厢%d号房　　日期：%s</p>" % (guest, 2 + i, day(s, i))
                    + sit + answers(c, rng, i) + comment8(t, i))
        elif f == "master_head":   # 作者 | 班级 | 学号 and the 年画 master as 企业导师
            head = tbl([["作者", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)],
                        ["企业导师", "%s（年画传承人）" % s["others_named"][0], "指导教师", t[i % 2], "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment8(t, i)
        elif f == "plain_line":   # 班级＿ 学号＿ 姓名＿ by hand; the old pharmacist named
            head = '<p>班级：＿%s＿　　学号：＿%s＿　　姓名：＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = (title + head + "<p>带教老药工：%s　　实训地点：中医馆膏方间</p>" % s["others_named"][1]
                    + sit + answers(c, rng, i) + comment8(t, i))
        elif f == "steamer_plan":   # a steamer-tier plan: 上笼人 the student, the head chef checks
            def tm(h, m):
                return hand("%d:%02d" % (h, m), True)
            plan = tbl([["笼屉层次", "菜品", "碗数", "上笼时间", "出笼时间", "火候"],
                        ["第四层（顶）", "粉蒸肉", hand("10", True), tm(10, 35 + i), tm(11, 45 + i), "旺火"],
                        ["第三层", "粉蒸肉", hand("10", True), tm(10, 35 + i), tm(11, 45 + i), "旺火"],
                        ["第二层", "咸烧白", hand("10", True), tm(10, 5 + i), tm(11, 50 + i), "旺火转中火"],
                        ["第一层（底）", "咸烧白", hand("10", True), tm(10, 5 + i), tm(11, 50 + i), "旺火转中火"]],
                       width="100%", pad="3px 4px", bold=(0,))
            body = ('<h3 style="text-align:center">%s<br/>学习工作页 · 蒸笼笼位图（第%s批）</h3>' % (c["task"], "一二三"[i % 3]) +
                    '<p>上笼人：%s　　班级：%s　　学号：%s　　灶位：%d号蒸灶</p>' % (hand(n), hand(cl, True), hand(sid, True), 2 + i) + plan +
                    '<p>厨师长验收：%s　　开席时间：12:00</p>' % hand(s["others_named"][0], True, BLACK) + sit + answers(c, rng, i) + comment8(t, i))
        elif f == "vin_head":   # a vehicle head: VIN, the owner, then the student
            head = tbl([["车型", "纯电动轿车（出租）", "VIN", "LGXC16DF%dM%07d" % (i, 1204331 + 17 * i)],
                        ["车主", s["others_named"][0], "进厂里程", hand("%d km" % (86420 + 311 * i), True)],
                        ["维修学员", hand(n, True), "学号", hand(sid, True)],
                        ["班级", hand(cl, True), "工位", hand("%d号工位" % (1 + i), True)]], width="96%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment8(t, i)
        elif f == "intake_chart":   # a 24-hour intake and output chart: 记录人 on every row
            elder = s["others_named"][i % 2]
            nurse = s["others_named"][2]
            head = tbl([["住养老人", elder, "床号", "2-%02d" % (5 + 3 * i), "照护等级", "二级（卧床）"],
                        ["照护学员", hand(n, True), "班级", hand(cl, True), "日期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            rows = [["时间", "饮水(mL)", "食物含水(mL)", "其他入量", "尿量(mL)", "大便", "记录人"]]
            data = [("06:30", 150, 0, "", 280, ""), ("08:00", 100, 200, "", 0, "1次 成形"), ("10:00", 200, 0, "", 220, ""),
                    ("12:00", 100, 250, "", 0, ""), ("15:00", 200, 50, "", 260, ""), ("17:30", 100, 250, "", 180, ""),
                    ("20:00", 150, 0, "", 200, ""), ("23:30（夜班）", 50, 0, "", 150, ""), ("03:00（夜班）", 0, 0, "", 120, "")]
            tin, tout = 0, 0
            for k, (tt, w, fd, o, u, st) in enumerate(data):
                w = w + 10 * ((i + k) % 3)
                tin += w + fd
                tout += u
                who = hand(nurse, True, BLACK) if "夜班" in tt else hand(n, True)
                rows.append([tt, hand(str(w), True), hand(str(fd) if fd else "—", True), "—", hand(str(u) if u else "—", True),
                             hand(st or "—", True), who])
            rows.append(["24小时合计", (hand("入量 %d mL" % tin, True), ' colspan="3"'), (hand("出量 %d mL" % tout, True), ' colspan="2"'), ""])
            body = ('<h3 style="text-align:center">%s<br/>学习工作页 · 24小时出入量记录</h3>' % c["task"] + head +
                    '<p style="margin-top:4pt"></p>' + tbl(rows, width="100%", pad="2px 3px", bold=(0,)) +
                    "<p>注：夜班时段由养老院值班护理员代记。</p>" + answers(c, rng, i) + comment8(t, i))
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"esd_strip": "x-scanpdf:200:jujube", "guest_box": "x-scanpdf:200:color", "master_head": "x-scanpdf:200:color:jujube",
            "plain_line": "x-scanpdf:250:jujube", "steamer_plan": "x-scanpdf:200:color", "vin_head": "x-scanpdf:200:photo:drillbit",
            "intake_chart": "x-scanpdf:250"}[f]
    size = "9.5pt" if f in ("intake_chart", "steamer_plan") else "10pt"
    font = {"esd_strip": "Noto Sans CJK SC", "vin_head": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    page = "margin:1.3cm 1.5cm" if f in ("intake_chart", "steamer_plan") else None
    return "08.html", html(PB.join(pages), size, font=font, page=page), meth


# ------------------------------------------------------------------ item 10

def grade(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "qq_form":   # a 腾讯文档 收集表 export: 提交者 (the teacher), 提交时间, then the answers
        parts = [("电气接线", 30), ("PLC程序", 30), ("调试运行", 30), ("安全文明", 10)]
        hd = ["序号", "提交者", "提交时间", "1.学生姓名", "2.学号"] + ["%d.%s<br/>（满分%d）" % (3 + k, p, m) for k, (p, m) in enumerate(parts)] + ["总分"]
        order = list(rec)
        rng.shuffle(order)
        out = [trow(['<b>%s</b>' % x for x in hd], pad, ' align="center" bgcolor="#eef3fb"')]
        mins = 8 * 60 + 10
        half = len(order) // 2
        for k, n in enumerate(order):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 34
            if k == half:
                mins = 14 * 60
            mins += rng.randint(6, 13)
            who = t[0] if k < half else t[1]
            when = "2024-11-%d %02d:%02d" % (12 if k < half else 13, mins // 60, mins % 60)
            out.append(trow([str(k + 1), who, when, n, sid_of(s, n)]
                            + [str(x) for x in v] + [str(sum(v))], pad))
        body = ('<p style="color:#777777;font-size:7pt">https://docs.qq.com/form/page/DQ2xSmRlYk9yTmFu#/result　　　　　　2025/1/8 17:26</p>'
                '<p><b>腾讯文档</b>　|　收集表　|　结果</p>'
                '<p style="text-align:center;font-size:12pt"><b>%s《%s》学习任务考核成绩收集表</b></p>' % (s["cls"], c["task"]) +
                '<p>收集结果：共%d份　　　导出时间：2025-01-08 17:26　　　导出人：%s</p>' % (len(rec), t[0]) + table(out) +
                '<p>说明：考核现场由评分教师逐个扫码填写，每名学生一份；总分由收集表按第3～6题自动求和。</p>' +
                '<p>教务科审核：%s（签字）</p>' % hand(t[1], True, BLACK))
        return "10.html", html(body, "8pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.0cm"), "pdf"
    if f == "ledger_spread":   # a grade book opened flat: names on the left page, marks on the right
        parts = [("仪容礼仪", 15), ("入住接待", 30), ("擂茶待客", 35), ("退房结账", 20)]
        dates = ["9/6", "9/13", "9/20", "9/27", "10/11"]
        pad = "2px 3px"
        pages = []
        chunks = [rec[:20], rec[20:]]
        base = 0
        for pi, chunk in enumerate(chunks):
            gut = '<td style="border:0;background:#cfcfcf;width:0.9cm" rowspan="%d"></td>' % (len(chunk) + 3)
            r0 = ('<tr><td colspan="8" style="border:0;padding:2px 4px"><b>学生成绩册</b>　%s　2024—2025学年第一学期　考勤：√出勤　病 病假　事 事假</td>%s'
                  '<td colspan="7" style="border:0;padding:2px 4px">课程：%s　　学习任务：%s</td></tr>' % (s["cls"], gut, c["course"], c["task"]))
            left_h = "".join(td("<b>%s</b>" % x, ' align="center"', pad) for x in ["序号", "学号", "姓名"] + dates)
            right_h = "".join(td("<b>%s</b>" % x, ' align="center"', pad) for x in ["序号"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"])
            rows = [r0, "<tr>%s%s</tr>" % (left_h, right_h)]
            for k, n in enumerate(chunk):
                q = base + k + 1
                att = ["√"] * 5
                if rng.random() < 0.18:
                    att[rng.randrange(5)] = rng.choice(["病", "事"])
                v = part_scores(rng, parts, 0.64, 0.97)
                note = ""
                if rng.random() < 0.08:
                    note = "补交"
                left = "".join(td(x, ' align="center"', pad) for x in [str(q), sid_of(s, n), n] + att)
                right = "".join(td(x, ' align="center"', pad) for x in [str(q)] + [str(x) for x in v] + [str(sum(v)), note])
                rows.append("<tr>%s%s</tr>" % (left, right))
            rows.append('<tr><td colspan="8" style="border:0;padding:4px" align="center">— %d —</td><td colspan="7" style="border:0;padding:4px" align="center">— %d —</td></tr>'
                        % (14 + 2 * pi, 15 + 2 * pi))
            pages.append(table(rows))
            base += len(chunk)
        body = PB.join(pages) + "<p>任课教师：%s　　　　班主任：%s</p>" % ("、".join(t[:2]), s["headteacher"])
        return "10.html", html(body, "9pt", compact=True, page="size:29.7cm 21cm;margin:0.9cm 1.0cm"), "x-scanpdf:200"
    if f == "plain_grade":   # a plain table with a 组别 and an 等级 column
        parts = [("角色设计", 20), ("原画绘制", 25), ("中间画", 30), ("合成输出", 15), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "%d组" % (1 + k % 7)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>等级：90分及以上为优，80～89分为良，70～79分为中，60～69分为及格。</p>" + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "mono_max":   # maxima in the heads, scanned 1-bit
        parts = [("审方", 10), ("饮片调配", 25), ("煎煮浓缩", 30), ("收膏", 25), ("记录", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "typed_cook":   # a plain Word table, 合计 at the foot
        parts = [("备料", 15), ("刀工", 15), ("调味码味", 20), ("上笼火候", 25), ("装碗出品", 15), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>合计：%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "scan_grade":   # scanned, an 等级 column; one student twice
        parts = [("安全防护", 10), ("故障诊断", 35), ("维修操作", 35), ("竣工检验", 10), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 39
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:jujube"
    if f == "bonus_typed":   # a 附加分 column explained under the table
        parts = [("饮水计划", 20), ("进食协助", 30), ("出入量记录", 30), ("沟通与人文关怀", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.93)
            b = rng.choice([0, 0, 0, 0, 1, 2, 3])
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(min(100, sum(v) + b))], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>注：附加分为主动为老人读报、协助护理员夜班记录等表现，经养老院护理员确认，每项加1分，最多3分；总分＝各项得分＋附加分，最高100分。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def seal(n):
    """A square red name seal: `<name>印` (2 x 2, read right column first) or, for
    longer names, the name in two columns."""
    b = bare(n)
    chars = list(b + "印") if len(b) == 3 else list(b + "之印") if len(b) == 2 else list(b)
    if len(chars) == 4:
        grid = [[chars[2], chars[0]], [chars[3], chars[1]]]
    else:
        h = (len(chars) + 1) // 2
        right, left = chars[:h], chars[h:] + [""] * (2 * h - len(chars))
        grid = [[left[k], right[k]] for k in range(h)]
    cell = ('<td style="border:1.5pt solid #c0281c;padding:0 2px;color:#c0281c;font-family:\'AR PL UKai CN\';font-size:15pt" '
            'align="center">%s</td>')
    return ('<table style="border-collapse:collapse" align="right">%s</table>'
            % "".join("<tr>%s</tr>" % "".join(cell % x for x in row) for row in grid))


FIGURE = ["..KYYYK..", ".KYYRYYK.", ".KSSSSSK.", ".KSKSKSK.", ".KSSRSSK.", "KRRGGGRRK", "RRGYYYGRR",
          "RRGGYGGRR", "SRRGGGRRS", ".RRRRRRR.", ".GG...GG.", ".KK...KK."]
COLOURS = [{"R": "#c0281c", "G": "#2f7d4a", "Y": "#e0b43a", "K": "#222222", "S": "#f0c8a0"},
           {"R": "#2f5fa8", "G": "#c0281c", "Y": "#e0b43a", "K": "#222222", "S": "#e8b890"}]


def pixel_art(k):
    """A 年画-style door god in flat colour blocks (the character sheet, as a colour print)."""
    col = COLOURS[k % 2]
    rows = "".join("<tr>%s</tr>" % "".join('<td bgcolor="%s" style="border:0;padding:0;width:0.7cm">&nbsp;&nbsp;&nbsp;</td>' % col[ch]
                                            if ch in col else '<td style="border:0;padding:0;width:0.7cm">&nbsp;&nbsp;&nbsp;</td>' for ch in r)
                   for r in FIGURE)
    return '<table style="border-collapse:collapse" align="center">%s</table>' % rows


def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "vfd_params":   # 设定人 / 编制, the enterprise engineer confirms
                if j == 0:
                    rows = [["参数号", "名称", "出厂值", "设定值"], ["P0.01", "运行指令通道", "0", "1（端子）"], ["P0.04", "上限频率", "50.00Hz", "%.2fHz" % (45 - i)],
                            ["P0.11", "加速时间", "10.0s", "3.0s"], ["P0.12", "减速时间", "10.0s", "2.0s"], ["P5.01", "多段速1", "0.00Hz", "%.2fHz" % (18 + 2 * i)],
                            ["P5.02", "多段速2", "0.00Hz", "%.2fHz" % (26 + 2 * i)]]
                    who = "设定人"
                else:
                    rows = [["地址", "元件", "地址", "元件"], ["I0.0", "启动按钮SB1", "Q0.0", "变频器正转STF"], ["I0.1", "停止按钮SB2", "Q0.1", "多段速RL"],
                            ["I0.2", "急停按钮SB0（常闭）", "Q0.2", "多段速RM"], ["I0.3", "1号工位呼叫", "Q0.4", "1号工位呼叫灯"], ["I1.3", "复位按钮SB3", "Q1.3", "蜂鸣器"]]
                    who = "编制"
                parts.append('<h3 style="text-align:center">%s</h3><p>%s：%s（%s）　　学号：%s　　%s</p>' % (title, who, n, cl, sid, day(s, 30 + i)) +
                             tbl(rows, width="90%", bold=(0,)) + "<p>说明：%s</p><p>复核：%s　　　厂方确认：%s（设备部工程师）</p>" % (desc, t[j % 2], s["others_named"][0]))
            elif f == "leicha_typed":   # 服务员 / 接待员, the guests and the owner
                guest = ["严伯涛先生一家（3位）", "苏佩珊女士等（4位）"][(i + j) % 2]
                if j == 0:
                    rows = [["服务员", n, "班级", cl], ["日期", day(s, 30 + i), "桌号", "堂屋%d号桌" % (1 + i)],
                            ["客人", guest, "茶品", "咸擂茶配炒米、花生"], ["客人意见", "擂茶很香，讲解清楚", "民宿负责人", s["others_named"][2]]]
                else:
                    rows = [["接待员", n, "班级", cl], ["入住客人", guest, "房号", "东厢%d号、%d号" % (2 + i, 3 + i)],
                            ["证件核验", "已核验", "预付", "线上已付"], ["备注", desc, "民宿负责人", s["others_named"][2]]]
                parts.append('<h3>%s</h3>' % title + tbl(rows, width="92%"))
            elif f == "seal_works":   # a character sheet captioned 作者, stamped with the student's name seal
                art = pixel_art(i * 2 + j) + '<p style="text-align:center;font-size:9pt">（%s　正面色稿，另附侧面、背面）</p>' % title
                cap = ('<table style="border-collapse:collapse" width="100%%"><tr><td style="border:0;padding:4px">作者：%s　　班级：%s　　学号：%s<br/>指导教师：%s　　完成日期：%s<br/>%s</td>'
                       '<td style="border:0;padding:4px;width:3cm">%s</td></tr></table>' % (n, cl, sid, t[j % 2], day(s, 30 + i), desc, seal(n)))
                parts.append('<h3 style="text-align:center">%s</h3>' % title + art + cap)
            elif f == "gaofang_typed":   # 制备人, the patient and the old pharmacist
                if j == 0:
                    rows = [["处方号", "GF-2024-%03d" % (113 + 2 * i), "患者", s["others_named"][0]], ["制备人", n, "班级", cl],
                            ["浸泡", "2小时", "煎煮", "三煎，合并滤液"], ["收膏", "加阿胶150g、冰糖250g，挂旗", "出膏量", desc],
                            ["复核", t[j % 2], "带教老药工", s["others_named"][1]]]
                else:
                    rows = [["品名", "秋冬进补膏方", "患者", s["others_named"][0]], ["服法", "每日早晚各一匙，温开水冲服", "贮藏", "冷藏"],
                            ["编写人", n, "班级", cl], ["审核", t[j % 2], "日期", day(s, 30 + i)]]
                parts.append('<h3 style="text-align:center">%s</h3>' % title + tbl(rows, width="90%"))
            elif f == "dish_scan":   # a printed record filled by hand, scanned
                if j == 0:
                    rows = [["出品人", hand(n, True), "班级", hand(cl, True)], ["学号", hand(sid, True), "日期", hand(day(s, 30 + i), True)],
                            ["菜品", "粉蒸肉 ／ 咸烧白", "出品数量", hand("%d碗" % (20 + 2 * i), True)],
                            ["主家", "%s（院坝喜宴）" % s["others_named"][1], "厨师长签字", hand(s["others_named"][0], True, BLACK)]]
                else:
                    rows = [["登记人", hand(n, True), "班级", hand(cl, True)], ["五花肉", hand("%d kg" % (12 + i), True), "米粉", hand("3 kg", True)],
                            ["芽菜", hand("4 kg", True), "每碗成本", hand("19元", True)], ["审核", t[j % 2], "日期", hand(day(s, 30 + i), True)]]
                parts.append('<h3 style="text-align:center">%s</h3>' % title + tbl(rows, width="90%", pad="5px 6px"))
            elif f == "report_typed":   # 检测员, the owner
                if j == 0:
                    rows = [["车主", s["others_named"][0], "车型", "纯电动轿车（出租）"], ["检测员", "%s（%s）" % (n, cl), "复核", t[j % 2]],
                            ["环境温度", "-28℃", "故障码", "P0C73 电池加热回路"], ["结论", desc, "日期", day(s, 30 + i)]]
                else:
                    rows = [["试验人", "%s（%s）" % (n, cl), "学号", sid], ["环境温度", "-28℃", "电池初温", "-21℃"],
                            ["加热15分钟后", "-3℃", "充电功率", "40 kW"], ["结论", desc, "复核", t[j % 2]]]
                parts.append('<h3>%s</h3>' % title + tbl(rows, width="92%"))
            elif f == "care_typed":   # 照护学员, the elders and the home's care worker
                elder = s["others_named"][(i + j) % 2]
                rows = [["老人", elder, "床号", "2-%02d" % (5 + 3 * i)], ["照护学员", n, "班级", cl],
                        ["计划／小结", desc, "日期", day(s, 30 + i)], ["指导教师", t[j % 2], "护理员", s["others_named"][2]]]
                parts.append('<h3 style="text-align:center">%s</h3>' % title + tbl(rows, width="90%"))
            else:
                raise SystemExit(f)
    meth = {"seal_works": "x-scanpdf:200:color", "dish_scan": "x-scanpdf:200:color"}.get(f, "pdf")
    if f in ("seal_works", "dish_scan"):
        return "11.html", html(PB.join([parts[0]] + ["".join(parts[1 + 2 * k: 3 + 2 * k]) for k in range(len(names))]), font="Noto Serif CJK SC"), meth
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), meth


# ------------------------------------------------------------------ item 12

def graph_page(s, c, n, i, rng):
    """Graph paper: a readings table and the points plotted by hand (坐标纸)."""
    cl, sid = cls_of(s, n), sid_of(s, n)
    temps = [-30, -20, -10, 0, 10, 20, 25]
    base = [190, 235, 285, 330, 370, 400, 405]
    kms = [b + rng.randint(-8, 8) for b in base]
    readings = tbl([["温度(℃)"] + [str(x) for x in temps], ["续航(km)"] + [hand(str(k), True) for k in kms]], width="92%", pad="3px 4px")
    ncol, nrow = 16, 12   # x: -32..32 ℃, 4 ℃ a column; y: 450..150 km, 25 km a row
    pts = {}
    for a, b in zip(zip(temps, kms), list(zip(temps, kms))[1:]):
        for k in range(7):
            tt = a[0] + (b[0] - a[0]) * k / 6.0
            kk = a[1] + (b[1] - a[1]) * k / 6.0
            col, row = int(round((tt + 32) / 4.0)), int(round((450 - kk) / 25.0))
            pts.setdefault((row, col), "·")
    for tt, kk in zip(temps, kms):
        pts[(int(round((450 - kk) / 25.0)), int(round((tt + 32) / 4.0)))] = "●"
    g = '<table style="border-collapse:collapse">'
    for r in range(nrow + 1):
        lab = str(450 - 25 * r) if r % 2 == 0 else ""
        g += '<tr><td style="border:0;padding:0 3px;font-size:7pt;height:0.55cm" align="right">%s</td>' % lab
        for col in range(ncol + 1):
            mk = pts.get((r, col), "")
            g += ('<td style="border:0.5pt solid #8fbf98;width:0.72cm;height:0.55cm;padding:0" align="center">%s</td>'
                  % (hand(mk, True) if mk else ""))
        g += "</tr>"
    g += '<tr><td style="border:0"></td>' + "".join('<td style="border:0;font-size:7pt" align="center">%s</td>' % (str(-32 + 4 * k) if k % 2 == 0 else "")
                                                     for k in range(ncol + 1)) + "</tr></table>"
    qa = ""
    for qi, (q, a) in enumerate(c["hw"]):
        qa += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[(i + qi + 1) % 3]), RED, mark(rng))
    return ('<p style="text-align:center"><b>%s　课后作业</b></p>' % c["course"] +
            '<p>姓名：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)) +
            "<p>1. 根据维修站记录的数据，在坐标纸上描点，画出动力电池温度与续航里程的关系曲线。</p>" + readings +
            '<p style="margin-top:4pt">续航(km) ↑</p>' + g + '<p style="text-align:right">温度(℃) →</p>' +
            '<p %s>√ 描点准确</p>' % RED + qa + '<p %s>阅 %s %s</p>' % (RED, s["teachers"][i % 2], day(s, 20 + i)[5:]))


def menu_page(s, c, n, i, rng):
    """A hand-written weekly soft-food menu table."""
    cl, sid = cls_of(s, n), sid_of(s, n)
    elder = s["others_named"][i % 2]
    dishes = [["小米南瓜粥、蒸蛋羹", "软米饭、清蒸鱼肉末、冬瓜汤", "鸡蛋面片汤、肉末豆腐", "温牛奶200mL"],
              ["燕麦粥、小馒头", "肉末茄子烩饭、萝卜汤", "白菜肉末粥、蒸南瓜", "香蕉半根"],
              ["大米粥、鸡蛋羹", "番茄鸡蛋面、豆腐脑", "小米粥、土豆泥", "苹果泥"],
              ["玉米面糊、蒸蛋", "软米饭、虾仁豆腐、菠菜汤", "馄饨（小个）", "温豆浆200mL"],
              ["红枣小米粥", "鸡肉末粥、胡萝卜泥", "疙瘩汤、清蒸鸡蛋", "梨水"],
              ["南瓜粥、小花卷", "清炖鱼汤泡软饭", "肉末菜粥", "酸奶100mL"],
              ["八宝粥（煮烂）", "饺子（软馅）、白菜汤", "面条、肉末蒸蛋", "温开水200mL"]]
    rows = [["星期", "早餐", "午餐", "晚餐", "加餐／饮水"]]
    for k, wd in enumerate("一二三四五六日"):
        d = dishes[(k + i) % 7]
        rows.append(["周" + wd] + [hand(x, True) for x in d])
    return ('<p style="text-align:center"><b>课后作业：为卧床老人编写一周软食食谱</b></p>' +
            '<p>姓名：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)) +
            "<p>服务对象：%s（卧床，吞咽功能尚可，每日饮水目标1500 mL）</p>" % elder +
            tbl(rows, width="100%", pad="5px 4px", bold=(0,)) +
            '<p>要点：%s</p>' % hand(["食物软烂，少量多餐，饭后半卧位半小时。", "每餐有汤水，保证饮水量。", "少盐少油，多蔬菜，防便秘。"][i % 3]) +
            '<p %s>%s　　阅 %s %s</p>' % (RED, ["√ 搭配合理", "√ 注意补充蛋白质", "√ 很好"][i % 3], s["teachers"][i % 2], day(s, 20 + i)[5:]))


CROSS = {(0, 1): ("1", "熟"), (1, 0): ("2", "生"), (1, 1): ("", "地"), (2, 1): ("3", "黄"), (2, 2): ("", "精"),
         (4, 0): ("4", "当"), (4, 1): ("", "归"), (4, 3): ("5", "山"), (4, 4): ("", "药")}
CLUES = ["竖1 生地黄加黄酒蒸制而成，膏方中常用的补血药（3字）", "横2 鲜地黄干燥后的称呼（2字）", "横3 补气养阴，健脾润肺益肾（2字）",
         "横4 补血活血，调经止痛（2字）", "横5 补脾养胃，生津益肺（2字）"]


def crossword_page(s, c, n, i, rng):
    """A printed 中药名填字格 (crossword), the herb names filled in by hand."""
    cl, sid = cls_of(s, n), sid_of(s, n)
    blank = {(2, 2)} if i == 1 else set()   # one cell left empty by the second student
    g = '<table style="border-collapse:collapse" align="center">'
    for r in range(5):
        g += "<tr>"
        for col in range(5):
            if (r, col) in CROSS:
                num, ch = CROSS[(r, col)]
                inner = ('<span style="font-size:7pt">%s</span><br/>' % num if num else '<span style="font-size:7pt">&nbsp;</span><br/>') + \
                        (hand(ch) if (r, col) not in blank else hand("　"))
                g += '<td style="border:1pt solid #000;width:1.3cm;padding:1px 3px" align="center">%s</td>' % inner
            else:
                g += '<td bgcolor="#3a3a3a" style="border:1pt solid #000;width:1.3cm;padding:1px 3px"><span style="font-size:7pt">&nbsp;</span><br/>%s</td>' % hand("　")
        g += "</tr>"
    g += "</table>"
    qa = ""
    for qi, (q, a) in enumerate(c["hw"]):
        qa += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[(i + qi + 1) % 3]), RED, mark(rng))
    return ('<p style="text-align:center"><b>课后作业（一）中药名填字格 · 膏方常用药</b></p>' +
            '<p>班级：%s　　姓名：%s　　学号：%s</p>' % (hand(cl, True), hand(n), hand(sid, True)) + g +
            "<p><b>提示：</b></p>" + "".join("<p>%s</p>" % x for x in CLUES) +
            '<p %s>%s</p>' % (RED, "√ 全对" if not blank else "横3 未填完　-1") +
            '<p style="text-align:center"><b>课后作业（二）</b></p>' + qa +
            '<p %s>阅 %s %s</p>' % (RED, s["teachers"][i % 2], day(s, 20 + i)[5:]))


def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f in ("graph_paper", "menu_table", "crossword"):
        fn = {"graph_paper": graph_page, "menu_table": menu_page, "crossword": crossword_page}[f]
        pages = [fn(s, c, n, i, rng) for i, n in enumerate(names)]
        meth = {"graph_paper": "x-scanpdf:200:photo:drillbit", "menu_table": "x-scanpdf:200:mono", "crossword": "x-scanpdf:200:photo"}[f]
        return "12.html", html(PB.join(pages), "10pt", compact=True, page="margin:1.4cm 1.6cm"), meth
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "photo_drill":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "scan_hand":
            head = ["课后作业（民宿服务）", "> 姓名：%s　　班级：%s" % (n, cl)]
        elif f == "photo_plain":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid, n)]
        elif f == "mono_hand":
            head = ["蒸菜课后练习", "> 姓名 %s　学号 %s" % (n, sid[-2:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_drill": "x-photo:200:2:drillbit", "scan_hand": "x-scan:200:1", "photo_plain": "x-photo:200:3",
            "mono_hand": "x-scan:200:2:mono"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MINZU = {"金": "朝鲜族", "朴": "朝鲜族", "崔": "朝鲜族", "关": "满族", "那": "满族", "佟": "满族"}
CLUBS = ["年画社", "动漫社", "篮球社", "书法社", "摄影社", "街舞社", "志愿者协会"]


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    rng = random.Random(s["seed"] * 13)
    hd = lambda xs: '<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in xs)
    if r == "pledge_sign":   # a safety-pledge sign sheet: signature by hand and a red thumbprint
        rows = [hd(["序号", "学号", "姓名", "学生签字", "手印", "日期"])]
        for j, n in enumerate(k):
            fp = '<span style="color:#c43a2c;font-size:17pt">%s</span>' % rng.choice(["◉", "◎", "◉"])
            rows.append(trow([str(j + 1), sid_of(s, n), n, hand(n, size="11pt"), fp, hand("9月%d日" % rng.choice([2, 2, 3]), size="11pt")], "0px 4px"))
        body = ('<h2 style="text-align:center">%s校外实训安全承诺签字名单</h2>' % s["cls"] +
                "<p>本人已认真学习《学生校外实训安全承诺书》，知晓往返交通、民宿用火用电、饮食卫生等安全要求，自愿遵守实训单位和学校的各项规定，特此签字并按手印确认。</p>" +
                table(rows, width="90%") + "<p>班主任：%s　　实训指导教师：%s　　合计：%d人　　2024年9月</p>" % (s["headteacher"], s["teachers"][0], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True, page="margin:1.0cm 1.5cm"))
        man.append("roster.html\t%s校外实训安全承诺签字名单.pdf\tx-scanpdf:200:color\troster\t0" % s["cls"])
        return []
    if r == "club_signup":   # a club sign-up list: two choices a student
        rows = [hd(["序号", "学号", "姓名", "性别", "第一志愿", "第二志愿"])]
        for j, n in enumerate(k):
            a, b = rng.sample(CLUBS, 2)
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), a, b], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生社团报名名单</h2>' % (s["school"], s["cls"]) + table(rows, width="86%") +
                "<p>各社团指导教师：年画社　%s（绵竹年画传承人，外聘）；动漫社　%s；书法社　%s。</p>" % (s["others_named"][0], s["teachers"][0], s["teachers"][1]) +
                "<p>班主任：%s　　　共%d人　　　2024年9月20日</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生社团报名名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "license_list":   # a driving-licence list: 准驾车型 and 学车进度
        rows = [hd(["序号", "学号", "姓名", "性别", "民族", "准驾车型", "学车进度", "备注"])]
        got = 0
        for j, n in enumerate(k):
            x = rng.random()
            if x < 0.24:
                lic, prog, got = "C1", "已取证", got + 1
            elif x < 0.6:
                lic, prog = "—", rng.choice(["科目一", "科目二", "科目二", "科目三"])
            else:
                lic, prog = "—", "未报名"
            note = "未满18周岁" if prog == "未报名" and rng.random() < 0.4 else ""
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), MINZU.get(n[0], "汉族"), lic, prog, note], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生机动车驾驶证持证情况登记名单</h2>' % s["cls"] +
                '<p style="text-align:center">%s　汽车工程系　2024年10月</p>' % s["school"] + table(rows, width="92%") +
                "<p>班主任：%s　　合计%d人，其中已取得驾驶证%d人。</p>" % (s["headteacher"], len(k), got))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生驾驶证持证情况登记名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    raise SystemExit(r)


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def check_earlier():
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad:
        raise SystemExit("stand in an earlier corpus, rename: %s" % " ".join(bad))
    words = [w for s in SUBS for w in (C[s["course"]]["task"], C[s["course"]]["course"], s["school"])]
    words += ["龙南", "绵竹", "穆棱", "关西技工", "年画技工", "八面通"]
    for w in words:
        if w in EARLIER_TEXT or w in EARLIER_READMES:
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
    return all_teachers, all_others, all_planted


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Hundred-and-fifty-second held-out people corpus (testdata/heldout152), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers, all_others, all_planted = check_earlier()
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 152)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        k = s["klass"]
        rec = [n for n in k if n not in s.get("absent_from_10", [])]
        if s.get("dup_in_10"):   # the duplicated student at row 17, and again at row 29 where the missing one belongs
            dup, miss = s["dup_in_10"][0], s["absent_from_10"][0]
            for name, pos in ((dup, 16), (miss, 28)):
                j = k.index(name)
                k[j], k[pos] = k[pos], k[j]
            rec = [dup if n == miss else n for n in k]
        for n in s["klass"]:
            for m in s["klass"]:
                if n < m and near(n, m):
                    raise SystemExit("%s and %s are near in %s" % (n, m, s["cls"]))
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8])), (10, item10(s, c, rec)), (11, item11(s, c, items[11])),
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
            "comment": s["comment"], "students": s["students"], "items": {str(kk): dedup(v) for kk, v in items.items()},
            "class_size_on_form": form_size(s), "form_count_text": form_count_text(s, c),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + extra_named,
            "formats": {str(kk): "%s (%s)" % (s["f%d" % kk], meths[kk]) for kk in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
