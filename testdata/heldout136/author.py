#!/usr/bin/env python3
"""Write the sources of the hundred-and-thirty-sixth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the truth-format struct tags of
pipeline/heldout_test.go was read; classaudit was not run on it). Seven
submissions of three invented schools in 长垣市 (Henan, 新乡), 正安县 (Guizhou,
遵义) and 泾县 (Anhui, 宣城).

    python3 author.py      (rewrites src/ and truth.json)
    sh build.sh OUT
"""
import datetime
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
# the truth files read for names, tasks and courses to avoid (heldout133-136 are written at the same time
# by other hands and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 133)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 长垣 (豫北 families: 王 李 张 刘 and the local 冯 翟 苗 申 崔 史 秦
# 牛 卢 尚), 正安 (黔北 families: 王 张 李 陈 杨 刘 罗 何 and 郑 冯 黎 骆 韩 邹 谢 母 宋 龚 熊), 泾县 (皖南 families:
# 王 张 胡 汪 吴, 查 of 查济, 朱 of 黄田, 章 of 章渡, 曹 方 程 鲍 汤 潘 徐)
SURNAMES = {
    "cy": list("王王王王李李李张张张刘刘刘陈杨杨赵赵郭郭马孙" "冯翟苗申崔史秦牛卢尚"),
    "za": list("王王王王张张张李李李陈陈陈杨杨刘刘罗罗何何" "郑冯黎骆韩邹谢母宋龚熊"),
    "jx": list("王王王张张张李李胡胡胡汪汪汪吴吴" "查查朱曹方程鲍汤潘徐章"),
}
# given names: a new list, everyday names of students born around 2007-2009, by sex (the rosters print 性别)
GIVEN_M = ("浩然 子恒 俊杰 博涛 明宇 晨阳 梓轩 一航 浩宇 子豪 俊熙 宇航 嘉俊 锦程 泽楷 文轩 思远 昊天 志强 家乐 "
           "鹏程 天宇 睿哲 铭轩 子健 凯瑞 嘉豪 逸飞 俊宇 皓然 宏伟 少华 国豪 宇轩 晓东 振华 昱辰 哲瀚 奕博 佳乐 "
           "永康 明杰 一帆 泽宇 瑞阳 书豪 海洋 晨曦 金鹏 德豪 子墨 梓豪 星宇 鑫宇 建新 绍辉 宏宇 正阳 云飞 文杰").split()
GIVEN_F = ("嘉欣 雨菲 思彤 雨涵 欣怡 佳琪 诗琪 梓萱 雨婷 思雨 佳怡 欣悦 子涵 雨欣 婉清 雅琪 梦瑶 紫涵 可欣 静怡 "
           "晓雯 佳颖 心怡 舒婷 雨桐 语嫣 若汐 佳慧 艺涵 梦琪 晨露 冰清 婧琪 思佳 丽娜 雅婷 欣妍 秋月 美玲 诗涵 "
           "晓彤 安琪 梓涵 若曦 慧敏 雪莹 钰婷 嘉怡 梦洁 宇彤").split()
SEX = {"苗嘉欣": "女", "翟子恒": "男", "艾克热木·吐尔洪": "男", "牛博涛": "男", "崔雨霏": "女", "郭明宇": "男", "申晨阳": "男",
       "秦书豪": "男", "赵亦航": "男", "杨梦溪": "女", "冯子杰": "男", "翟雅琪": "女", "骆俊熙": "男", "黎雨涵": "女", "母子豪": "男",
       "龚浩轩": "男", "谢沐晴": "女", "宋俊辰": "男", "罗诗瑶": "女", "熊梓萱": "女", "查雨婷": "女", "汪思雨": "女", "曹佳怡": "女",
       "鲍欣悦": "女", "章子涵": "女", "潘梓轩": "男", "方雨欣": "女", "上官婉清": "女", "汪浩宸": "男"}


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


def draw_class(rng, n, fixed, avoid, region, p_male=0.5):
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for _ in range(400):
            male = rng.random() < p_male
            name = sur + rng.choice(GIVEN_M if male else GIVEN_F)
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                SEX.setdefault(name, "男" if male else "女")
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "banquet": dict(major="烹饪(中式烹调)", code="0501", course="豫菜扒制类热菜烹调", task="寿宴扒广肚与葱扒羊肉豫菜热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="长垣城里一家老字号酒楼接了一场八十岁老人的寿宴，共十二桌，菜单里有两道豫菜扒菜：扒广肚和葱扒羊肉。酒楼厨师长请烹饪班学员按标准菜谱准备原料，完成涨发、改刀、扒制和大翻勺，控制每桌的上菜节奏，并做好成本核算和厨房卫生。",
   qs=[("问题1 扒菜为什么讲究“整来整去”？", ["原料改刀后整齐码放，扒制时不翻动，出锅用大翻勺整体翻过来，装盘仍是整齐的形状。", "码放整齐，出锅整体翻勺。", "不翻动，保持原形。"]),
       ("问题2 广肚涨发要注意什么？", ["先用温油慢慢焐透，再升高油温炸到起泡，捞出后用碱水和清水反复漂洗去掉油腻。", "温油焐透再炸发。", "用碱水漂洗去油。"])],
   hw=[("1. 大翻勺时怎样防止菜品散形？", ["勺中汁芡要适量，翻勺前先晃勺让菜整体滑动，翻时手腕发力，一次到位。", "先晃勺再翻。", "汁芡适量，一次翻过。"]),
       ("2. 葱扒羊肉的葱为什么要先煸香？", ["大葱段用油煸到金黄，葱香才能出来，扒制时香味渗进羊肉里。", "煸到金黄出香味。", "香味渗进羊肉。"])],
   outputs=[("扒广肚出品记录", "每份净料二百克，芡汁明亮，形整不散。"), ("葱扒羊肉出品记录", "羊肉软烂，葱香浓郁，色泽红亮。")]),
 "crane": dict(major="机电一体化技术", code="0127", course="起重设备电气控制系统安装与调试", task="桥式起重机大车运行变频调速控制系统安装与调试",
   hours=20, station="机电设备装调一体化学习工作站",
   situation="长垣是起重机械之乡。城北一家起重机厂要为一台十吨桥式起重机改造大车运行机构，把原来的转子串电阻调速换成变频调速，并加装行程限位和防撞保护。厂里的电气工程师请机电班学员按图纸安装电气柜元件，分配PLC输入输出地址，编写大车运行程序，设置变频器参数，完成空载和负载试车。",
   qs=[("问题1 大车运行为什么要设置两挡以上速度？", ["起步和停车时用低速，减少吊物摆动和冲击，长距离运行再换高速，提高效率。", "起步停车用低速，减少摆动。", "长距离用高速。"]),
       ("问题2 变频器的加减速时间设得太短会怎样？", ["电流冲击大，变频器容易报过流或过压故障，吊物也会晃得厉害。", "容易报过流过压。", "吊物晃动大。"])],
   hw=[("1. 限位开关为什么要接常闭触点？", ["常闭触点断线时相当于限位动作，设备会停下来，属于失效安全的接法。", "断线时设备会停。", "失效安全。"]),
       ("2. 试车前要检查哪些项目？", ["检查接线是否牢固、绝缘电阻、限位和急停是否有效、变频器参数是否正确，轨道上有无杂物和人员。", "查接线、绝缘和急停。", "轨道上不能有人。"])],
   outputs=[("PLC输入输出地址分配表", "输入十四点，输出九点。"), ("大车运行调试记录", "一挡每分钟十米，二挡每分钟三十米。")]),
 "charger": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车充电系统检修", task="医用物资配送纯电动厢式车交流慢充无法充电故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="长垣一家医用耗材企业用纯电动厢式车往各乡镇卫生院配送物资。有一辆车晚上插上交流充电桩后，仪表显示充电枪已连接，却始终不充电。企业车队请新能源班学员接车问诊，做好高压安全防护，检查充电枪的CC、CP信号和车载充电机，读取故障码，找出故障点并修复，最后完成充电验证并填写维修工单。",
   qs=[("问题1 CC信号和CP信号分别起什么作用？", ["CC用来确认充电枪是否插好并判断电缆容量，CP用来让充电桩和车辆互相确认状态、控制充电开始。", "CC确认连接，CP控制充电。", "CC判断电缆容量。"]),
       ("问题2 检查车载充电机前要做哪些安全防护？", ["穿戴绝缘手套和护目镜，断开维修开关，等待五分钟后验电，确认无高压再操作。", "戴绝缘手套，断维修开关。", "等五分钟后验电。"])],
   hw=[("1. 为什么充电口的电子锁坏了也会不充电？", ["电子锁没有锁止到位，车辆判断充电枪不安全，不会闭合充电继电器。", "锁不到位就不充电。", "继电器不会闭合。"]),
       ("2. 维修后怎样验证慢充正常？", ["插枪后看仪表充电指示和电流，用诊断仪读取充电机输出，充电半小时看电量有没有上升。", "看充电电流和电量上升。", "用诊断仪读数据。"])],
   outputs=[("维修工单", "更换充电口CC线束插接器。"), ("充电验证记录", "充电电流十五安，三十分钟电量上升百分之八。")]),
 "bushing": dict(major="数控加工(数控车工)", code="0106", course="有色金属套类零件数控车削", task="吉他弦钮黄铜轴套数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="正安县吉他产业园里的一家吉他厂要给一批民谣吉他配弦钮，弦钮上的黄铜轴套原来从外地采购，交货太慢。厂里请学校数控车间按图纸加工三百件轴套，外径、内孔和台阶都有公差要求。车间主任请数控班学员编写加工工艺和程序，试切首件，批量加工后按抽样方案检验。",
   qs=[("问题1 车黄铜件为什么常用较高的转速？", ["黄铜软、切削性能好，提高转速能得到光洁的表面，而且不容易粘刀。", "表面更光洁。", "不容易粘刀。"]),
       ("问题2 小直径内孔怎样保证尺寸？", ["先钻孔再用小镗刀精镗，精镗时留零点一毫米余量，用内径千分尺测量后补偿刀具磨损。", "钻孔后精镗。", "测量后补偿磨损。"])],
   hw=[("1. 批量加工中为什么要定时抽检？", ["刀具会慢慢磨损，尺寸会跑偏，定时抽检能及早发现，避免整批报废。", "刀具磨损尺寸会变。", "避免整批报废。"]),
       ("2. 切断时怎样防止工件飞出和留毛刺？", ["用接料器接住工件，切断前先倒角，快切断时降低进给速度。", "先倒角，再减慢进给。", "用接料器。"])],
   outputs=[("轴套加工程序单", "程序号O2306，共三十八段。"), ("轴套批量检验记录", "抽检五十件，合格四十九件。")]),
 "whitetea": dict(major="电子商务", code="0603", course="特色农产品网店视觉与活动运营", task="正安白茶明前新茶网店详情页设计与首发活动运营",
   hours=16, station="电商运营一体化学习工作站",
   situation="每年三月底正安白茶开采。县里一家茶叶专业合作社今年要在网店首发明前新茶，想把详情页做得更好，再办一场为期三天的首发活动。合作社负责人请电商班学员拍摄茶园、干茶和茶汤照片，设计详情页，策划满减和预售活动，活动期间轮流值班做客服，结束后做数据复盘。",
   qs=[("问题1 详情页首屏要放哪些内容？", ["主图、产品名称、产地和采摘时间、最打动人的卖点和活动价格，让顾客三秒内知道卖什么。", "主图、卖点和价格。", "产地和采摘时间。"]),
       ("问题2 为什么要拍茶汤和叶底的照片？", ["茶汤颜色和叶底嫩度最能说明品质，顾客看了更放心。", "说明茶叶品质。", "顾客更放心。"])],
   hw=[("1. 预售和现货同时上架要注意什么？", ["标题和详情页里写清楚发货时间，预售单和现货单分开打包，避免发错。", "写清发货时间。", "分开打包。"]),
       ("2. 复盘时看哪几个数据？", ["访客数、转化率、客单价、退款率和客服响应时间，再和上一次活动比较。", "访客数和转化率。", "和上次活动比较。"])],
   outputs=[("白茶详情页设计稿", "首屏主图加产地卖点，共九屏。"), ("首发活动数据复盘", "三天成交四百一十二单，转化率百分之三点一。")]),
 "dementia": dict(major="健康与社会照护", code="0529", course="认知障碍老年人照护", task="日间照料中心认知障碍老人防走失照护与怀旧小组活动组织",
   hours=16, station="老年照护一体化学习工作站",
   situation="泾县城关的一家社区日间照料中心白天照顾二十多位老人，其中几位有轻度认知障碍。上个月有一位老人独自走出中心，家属十分着急。中心负责人请照护班学员评估老人的走失风险，制定防走失照护措施，为老人制作身份信息卡，并组织一次用老照片、宣纸和毛笔的怀旧小组活动，记录老人的反应。",
   qs=[("问题1 怎样判断老人的走失风险？", ["看老人有没有定向力障碍、有没有反复要回家的表现、以前有没有走失经历，再用量表打分。", "看定向力和走失经历。", "用量表打分。"]),
       ("问题2 和认知障碍老人说话要注意什么？", ["面对面、语速慢、句子短，一次只说一件事，不和老人争辩，多用肯定的话。", "语速慢，句子短。", "不争辩。"])],
   hw=[("1. 怀旧活动为什么要用老人熟悉的物品？", ["熟悉的物品能唤起老人的长期记忆，让老人愿意说话，心情也更平稳。", "唤起长期记忆。", "心情更平稳。"]),
       ("2. 发现老人不见了第一时间做什么？", ["马上报告负责人，查看监控，按预案分头寻找，同时通知家属，必要时报警。", "报告负责人，查看监控。", "通知家属，必要时报警。"])],
   outputs=[("走失风险评估与照护计划", "评估为中度风险，佩戴定位手环。"), ("怀旧小组活动记录", "六位老人参加，时长四十分钟。")]),
 "guesthouse": dict(major="饭店(酒店)服务", code="0504", course="民宿前厅接待服务", task="桃花潭古村民宿研学团队入住接待与退房服务",
   hours=14, station="酒店服务一体化学习工作站",
   situation="桃花潭边的古村里有不少民宿，暑假常接待研学团队。一家民宿要接待一个三十二人的中学研学团，住两晚。民宿管家请酒店班学员核对团队订单和名单，提前排房，准备房卡和欢迎茶，办理集体入住，讲解入住须知和安全事项，并在第三天上午办理退房、查房和结账。",
   qs=[("问题1 团队入住前为什么要提前排房？", ["团队人多，提前按男女、带队老师和学生排好房，房卡装好信封，到店后几分钟就能入住。", "到店后入住快。", "按男女排好房。"]),
       ("问题2 给研学团讲入住须知要讲哪些？", ["作息时间、集合地点、用电用水安全、贵重物品保管、古村防火要求和紧急联系电话。", "作息时间和安全。", "古村防火。"])],
   hw=[("1. 团队退房时查房要查什么？", ["查房间物品有无损坏和遗失，迷你吧消费，客人有无遗留物品，并及时告诉前台。", "查损坏和遗留物品。", "及时告诉前台。"]),
       ("2. 客人提出加床怎么处理？", ["先看房型能不能加床，告诉客人加床费用，征得同意后通知客房部，并在系统里登记。", "先看能不能加。", "告诉费用再通知客房。"])],
   outputs=[("团队排房表", "十六间，男生三楼，女生二楼。入住用时二十五分钟。"), ("房卡信封", "十六个信封按楼层排好，房卡已试刷。")]),
}

# the cities and the landmarks the schools are named after (学堂岗: the mound where Confucius taught, 长垣; 九道水: the
# forest park of 正安; 桃花潭: the pool of Li Bai's poem, 泾县)
LANDMARKS = ["长垣", "学堂岗", "正安", "九道水", "泾县", "桃花潭"]

# the share of boys in a class, by course (care and hotel classes are mostly girls, machine and car classes boys)
P_MALE = {"banquet": 0.6, "crane": 0.85, "charger": 0.9, "bushing": 0.9, "whitetea": 0.4, "dementia": 0.12, "guesthouse": 0.3}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="长垣市学堂岗技工学校", pack="dir", region="cy", course="banquet", cls="烹饪2401班", size=38, seed=11,
         sidp="24150501", students=["苗嘉欣", "翟子恒", "艾克热木·吐尔洪"], others_named=["秦广义", "申桂兰", "崔海燕"],
         teachers=["尚振华", "冯秀云"], form_count="叁拾捌人（38人）", roster="putonghua", headteacher="卢晓静",
         f8="balloons", f10="votes", f11="banquet_typed", f12="letter_photo",
         findings=[],
         comment="clean. Item 8 (TYPED, an e-worksheet exported from Word WITH ITS MARKUP: the teacher's review comments stand "
                 "in balloons in a grey markup column at the right, `批注 [尚振华1]: …`, the teachers' names with a number). The "
                 "restaurant's head chef 秦广义 is named as 企业指导 on item 8 and as 验收 on item 11. Item 12 (phone photos): the last "
                 "task is a reply letter to a diner, `尊敬的申桂兰女士：…此致 敬礼！`, the student named ONLY in the letter's 落款 "
                 "(class and name at the foot, no 姓名 label anywhere). The roster is a 普通话水平测试报名汇总表 of the whole class "
                 "(38, 证件号码 masked), 报名联系人 崔海燕 of the 教务科 (not a student). Item 10 (scanned 200 gray) has a `互评得票` "
                 "column (votes for 最佳出品 in the group vote, NOT added to 总分, as the note says). Form `叁拾捌人（38人）` "
                 "(the number in 大写 financial numerals, the digits in brackets). A Uyghur student with a middle dot "
                 "(艾克热木·吐尔洪) is one of the three"),
    dict(school="长垣市学堂岗技工学校", pack="dir", region="cy", course="crane", cls="机电2302班", size=40, seed=12,
         sidp="23150127", students=["牛博涛", "崔雨霏", "郭明宇"], items={12: ["牛博涛", "崔雨霏", "申晨阳"]},
         extra_class=["申晨阳", "秦书豪"], bad={"秦书豪": "over"}, others_named=["魏长青"],
         teachers=["卢志刚", "史玉芹"], form_count="肆拾人（40人）",
         f8="task_card", f10="subitem_mono", f11="io_typed", f12="slidebar_hand",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "秦书豪")],
         comment="item 12 (hand pages scanned 200 gray, the sheets still in a report cover's plastic slide bar) holds the homework "
                 "of 牛博涛, 崔雨霏 and classmate 申晨阳 (with an item-10 record) instead of 郭明宇's (items 8 and 11 hold the "
                 "three): students.mismatch. Item 10 (1-bit scan 300 dpi) has a two-row head with sub-items (一、电路安装（40）: "
                 "元件布置(10) 接线工艺(15) 线槽规范(15) …); 秦书豪 has 19 under 接线工艺(15) (总分 the sum): "
                 "records.invalid_score. The crane factory's electrical engineer 魏长青 is named on item 8 (企业工程师) and "
                 "item 11 (试车确认). Form `肆拾人（40人）`. No roster"),
    dict(school="长垣市学堂岗技工学校", pack="dir", region="cy", course="charger", cls="新能源2301班", size=40, seed=13,
         sidp="23150435", students=["赵亦航", "杨梦溪", "冯子杰"], extra_class=["翟雅琪"], absent_from_10=["翟雅琪"],
         others_named=["刘宝平", "尚德明"], teachers=["苗国强", "陈淑娟"], form_count="肆拾人（40人）",
         roster="special_ops", headteacher="郭淑芬",
         f8="box_head", f10="video_id", f11="workorder_typed", f12="mono_hand",
         findings=[("records.missing_student", 10, False, "翟雅琪"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 低压电工作业（特种作业操作证）培训报名名单 of the whole class, 40) and the form "
                 "(`肆拾人（40人）`) hold 翟雅琪; item 10 (TYPED, landscape, a `实操录像编号` column LX-1108-001…) has 39 rows and "
                 "none for her (`参加考核人数：39人`): records.missing_student and records.count_mismatch. The fleet driver 刘宝平 "
                 "is named as 送修人 on item 11 and the training station's contact 尚德明 on the roster (not students). "
                 "Item 8 (scanned 250 gray): a two-row box `学员 | 学号 | 班级` / `车辆 | 里程 | 日期`"),
    dict(school="正安县九道水技工学校", pack="gbkzip", region="za", course="bushing", cls="数控2401班", size=36, seed=21,
         sidp="2431010601", students=["骆俊熙", "黎雨涵", "母子豪"], outsiders={"母子豪": "数控2402班"}, out_sidp="2431010602",
         extra_class=["龚浩轩"], bad={"龚浩轩": "sum"}, others_named=["邹志华"],
         teachers=["郑大勇", "韩晓萍"], form_count="36人",
         f8="slidebar_line", f10="photo_register", f11="batch_qc", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "母子豪"), ("records.invalid_score", 10, False, "龚浩轩")],
         comment="母子豪 of the parallel class 数控2402班 (his class and 学号 2431010602xx on his worksheet, QC record and "
                 "homework) is the third student of 8/11/12; item 10 (36 rows = form `36人（男31人，女5人）`) has no record of him: "
                 "students.not_in_class. Item 10 is a PHONE PHOTO of the printed register; 龚浩轩's 总分 is 6 above the sum of his "
                 "parts: records.invalid_score. Item 8 (scanned 200 gray, the report cover's slide bar still on the left edge): "
                 "`班级：＿ 姓名：＿ 学号：＿` by hand. Item 11 (typed): a 批量质量检验记录 with 抽检数/合格数/合格率, 操作者 "
                 "the student, the guitar factory's QC 邹志华 as 客户验收 (not a student). No roster"),
    dict(school="正安县九道水技工学校", pack="gbkzip", region="za", course="whitetea", cls="电商2402班", size=38, seed=22,
         sidp="2431060302", students=["谢沐晴", "宋俊辰", "罗诗瑶"], extra_class=["熊梓萱"], corrected=["熊梓萱"],
         others_named=["冯德旺", "黎明辉"], teachers=["何晓军", "母永红"], form_count="38人",
         f8="kwl", f10="correction_slip", f11="detail_typed", f12="tablet",
         findings=[],
         comment="clean. Item 10 (TYPED) is the register (38 rows = form) FOLLOWED BY a 成绩更正审批表 for classmate 熊梓萱: "
                 "原登记 详情页设计 13 and a 总分 5 lower, 更正后 18 and the 总分 +5, the reason, signatures of the teacher and the 教学部主任 黎明辉 "
                 "(not a student); the register already shows the corrected 18* and 75 (the asterisk explained under the table), "
                 "so her name and scores stand twice in item 10. Item 12: homework WRITTEN ON A TABLET with a stylus and exported "
                 "as PDF (crisp digital ink on ruled lines, app date stamp, the teacher's red digital ink). Item 8 (colour scan 200): "
                 "a KWL chart (K 我已经知道的 / W 我想知道的 / L 我学到的) under `学生：＿ 学号：＿ 班级：＿`. The cooperative's head "
                 "冯德旺 is named on item 8 and 11"),
    dict(school="泾县桃花潭技工学校", pack="zip", region="jx", course="dementia", cls="照护2401班", size=38, seed=31,
         sidp="24340529", students=["查雨婷", "汪思雨", "曹佳怡"], items={8: ["查雨婷", "汪思雨", "曹佳怡", "鲍欣悦"]},
         extra_class=["鲍欣悦", "章子涵"], bad={"章子涵": "sum"},
         others_named=["朱桂英", "程德寿", "方秀兰", "潘建华", "吴国平"],
         teachers=["胡玉玲", "汤志远"], form_count="38名", roster="redcross", headteacher="徐素娟",
         f8="care_photo", f10="landscape_plain", f11="reminisce_typed", f12="blister_photo",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "章子涵")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (the printed worksheet filled in by hand and PHOTOGRAPHED, a blister pack of tablets lying on the "
                 "sheet) holds the worksheets of FOUR students: the three and classmate 鲍欣悦 (with an item-10 record): "
                 "students.count on 8; students.mismatch optional. Item 10 (TYPED, landscape, 等级 column): 章子涵's 总分 is 8 "
                 "above the sum of her parts: records.invalid_score. The elders 朱桂英, 程德寿, 方秀兰 (服务对象 on item 8, "
                 "participants on item 11) and the daughter 潘建华 (家属) are not students; the roster is a 红十字救护员培训学员名单 "
                 "(38, 证书编号), 授课 by the county Red Cross's 吴国平 (not a student). 38 = form `38名` = 38 rows"),
    dict(school="泾县桃花潭技工学校", pack="zip", region="jx", course="guesthouse", cls="酒店2402班", size=42, seed=32,
         sidp="24340504", students=["潘梓轩", "方雨欣", "上官婉清"], items={11: ["潘梓轩", "方雨欣"]},
         extra_class=["汪浩宸"], absent_from_10=["汪浩宸"], others_named=["黄振声", "林淑贞"],
         teachers=["程晓芸", "查建新"], form_count="42名",
         f8="plain_line", f10="preprinted", f11="rooming_typed", f12="color_scan_hand",
         findings=[("records.count_mismatch", 10, False), ("students.count", 11, False)],
         optional=[("students.mismatch", 11, True)],
         comment="the form says `授课班级及人数 | 酒店2402班　42名`; item 10 (scanned 250 gray, a report cover's slide bar on the "
                 "left edge) is a PRE-PRINTED blank register with 序号 1-45 printed, 41 rows filled, `以下空白` written across row "
                 "42 and rows 43-45 empty: records.count_mismatch (no roster; the missing member is 汪浩宸). Item 11 (TYPED, a "
                 "团队排房表 with `接待员：<name>` and a 房卡信封 sheet per student) holds the works of only TWO students, 潘梓轩 and 方雨欣 "
                 "(上官婉清's missing; 8 and 12 hold the three, compound surname 上官); the envelope sheet is cut along dashed lines, "
                 "`制作：<name>（酒店2402班）` under it: students.count on 11; students.mismatch optional. The study tour's leader 黄振声 (items 8 and 11) and the accompanying teacher 林淑贞 (item 11) are not students"),
]

PROVINCE = {1: "河南省新乡市长垣市", 2: "贵州省遵义市正安县", 3: "安徽省宣城市泾县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 长垣: "8 工作页（烹饪2401班）.pdf"
        return "%d %s（%s）.pdf" % (n, NAMES[n], s["cls"])
    if g == 2:   # 正安: "08-工作页.pdf"
        return "%02d-%s.pdf" % (n, NAMES[n])
    return "清单%d_%s.pdf" % (n, NAMES[n])   # 泾县: "清单8_工作页.pdf" (no leading number: recognised by the name)


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂项目申报书（%s）.docx" % c["course"], "docx"),
            2: ("%s申报书.pdf" % s["cls"], "pdf"),
            3: ("泾县桃花潭技工学校-申报书-%s.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.8cm 1.6cm")
    extra = " p{margin-top:0;margin-bottom:3pt}" if compact else ""
    return ('<html><head><meta charset="utf-8"><style>@page{%s}%s body{font-family:"%s";font-size:%s}</style></head><body>\n%s\n'
            '</body></html>\n' % (page, extra, font, size, body))


LANDSCAPE = "size:29.7cm 21cm;margin:1.0cm 1.2cm"
BINDER = "margin:1.4cm 1.4cm 1.4cm 2.7cm"   # a wide left margin: the pages were bound (the slide bar lies there)
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

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "班级人数 | %s" % s["form_count"]
    if g == 2:
        return "学生人数 | %s" % s["form_count"]
    return "授课班级及人数 | %s　%s" % (s["cls"], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 长垣: 班级人数 in 大写 financial numerals, the digits in brackets
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 正安: 学生人数 with boys and girls
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("授课地点", c["station"])]
    else:   # 泾县: class and size in one cell
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及人数", "%s　%s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按“获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈”六个环节组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=4 + s["seed"] % 21, info=info, tm=tbl(trs, width="76%"), situation=c["situation"], prov=PROVINCE[g])
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


def later(d, k):
    y, m, dd = map(int, re.match(r"(\d+)年(\d+)月(\d+)日", d).groups())
    x = datetime.date(y, m, dd) + datetime.timedelta(days=k)
    return "%d年%d月%d日" % (x.year, x.month, x.day)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "19"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def sex_of(n):
    return SEX.get(n, "女" if n[-1] in "欣菲彤涵怡琪萱婷雨清悦" else "男")


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    page = None
    font = "Noto Serif CJK SC"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "balloons":   # a Word e-worksheet exported with its markup: comment balloons in a grey column at the right
            who = t[i % 2]
            head = tbl([["学生姓名", n, "学号", sid], ["班　　级", cl, "完成日期", day(s, i)]], width="100%", pad="3px 4px")
            rows = []
            notes = [["写出了先焐后炸，很好。", "“整来整去”解释得清楚。"], ["漂洗次数要写具体。", "补充：码放时刀面朝上。"],
                     ["涨发步骤完整。", "可以结合寿宴出菜顺序说明。"]][i % 3]
            for qi, (q, a) in enumerate(c["qs"]):
                ans = a[(i + qi) % 3]
                rows.append('<tr>%s%s</tr>' % (
                    td("<b>%s</b><br/>%s" % (q, ans), ' valign="top" width="70%"', "6px 6px", "0.5pt solid #999"),
                    td('<span style="font-size:7.5pt;color:#7a1d14"><b>批注 [%s%d]:</b> %s</span>' % (who, qi + 1, notes[qi]),
                       ' valign="top" bgcolor="#fbeae8"', "3px 4px", "1pt solid #c0504d")))
            rows.append('<tr>%s%s</tr>' % (
                td("<b>问题3 本组的出菜顺序和时间安排</b><br/>冷菜上齐后开始扒制，扒广肚第六道、葱扒羊肉第八道，每道间隔约六分钟。",
                   ' valign="top"', "6px 6px", "0.5pt solid #999"),
                td("&nbsp;", ' bgcolor="#efefef"', "3px 4px", "0.5pt solid #efefef")))
            rows.append('<tr>%s%s</tr>' % (
                td("企业指导：%s（酒楼厨师长）　　教师评价：%s" % (s["others_named"][0], ["优秀", "良好", "良好"][i % 3]), ' valign="top"', "6px 6px", "0.5pt solid #999"),
                td('<span style="font-size:7.5pt;color:#7a1d14"><b>批注 [%s3]:</b> 已阅，同意评价。</span>' % t[(i + 1) % 2],
                   ' valign="top" bgcolor="#fbeae8"', "3px 4px", "1pt solid #c0504d")))
            body = ('<p style="text-align:right;font-size:8pt;color:#666">%s　学习工作页（电子稿）</p>' % s["school"] + title + head +
                    sit + '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows))
            font = "Noto Sans CJK SC"
        elif f == "task_card":   # a 任务书 head box with 任务编号 and 工位; the factory's engineer named
            head = tbl([["任务编号", "JD-DC-%02d" % (i + 3), "工　位", hand("%d号电气柜" % (2 + i), True)],
                        ["姓　名", hand(n, True), "学　号", hand(sid, True)],
                        ["班　级", hand(cl, True), "企业工程师", "%s（起重机厂）" % s["others_named"][0]]], width="96%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "box_head":   # a two-row box: 学员 学号 班级 / 车辆 里程 日期
            head = tbl([["学员", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)],
                        ["车辆", "纯电动厢式车", "里程", hand("%d km" % (38210 + 977 * i), True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "slidebar_line":   # 班级：＿ 姓名：＿ 学号：＿ by hand; the pages were bound (wide left margin)
            head = '<p>班级：＿%s＿　姓名：＿%s＿　学号：＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True))
            body = (title + head + "<p>客户：吉他厂品管部（%s）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i)) +
                    sit + answers(c, rng, i) + comment)
            page = BINDER
        elif f == "kwl":   # a KWL chart under a 学生 line
            head = '<p>学生：%s　　学号：%s　　班级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True))
            k = [["白茶是正安的特产，三月底开采。", "网店详情页有主图和卖点。", "合作社负责人是%s。" % s["others_named"][0]],
                 ["怎样拍出茶汤的颜色？", "满减和预售怎么设置？", "转化率怎么算？"],
                 ["首屏三秒内要讲清卖点。", "茶汤要用白瓷杯自然光拍。", "转化率=成交人数÷访客数。"]]
            kwl = tbl([["K　我已经知道的", "W　我想知道的", "L　我学到的"]] +
                      [[hand(k[0][(j + i) % 3], True), hand(k[1][(j + i) % 3], True), hand(k[2][(j + i) % 3], True)] for j in range(3)],
                      width="100%", pad="6px 4px", bold=(0,))
            body = ('<h3 style="text-align:center">%s<br/>学习任务KWL表</h3>' % c["task"] + head + sit + kwl +
                    answers(c, rng, i) + comment)
        elif f == "care_photo":   # a head table with the elder served (服务对象) beside the student
            elder = s["others_named"][i % 3]
            head = tbl([["学员姓名", hand(n, True), "学号", hand(sid, True)],
                        ["班　　级", hand(cl, True), "服务对象", hand("%s（%d岁）" % (elder, 78 + 3 * (i % 3)), True)]],
                       width="92%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级 学号 姓名 line; the study tour's leader named
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = (title + head + "<p>接待对象：中学研学团（领队：%s老师，32人）</p>" % s["others_named"][0] + sit +
                    answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"balloons": "pdf", "task_card": "x-scanpdf:200", "box_head": "x-scanpdf:250", "slidebar_line": "x-scanpdf:200:slidebar",
            "kwl": "x-scanpdf:200:color", "care_photo": "x-scanpdf:200:photo:blister", "plain_line": "x-scanpdf:200"}[f]
    return "08.html", html(PB.join(pages), "10pt", font=font, page=page), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "votes":   # a 互评得票 column: votes, not added to the total
        parts = [("刀工", 20), ("火候", 30), ("调味", 30), ("装盘", 10), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分<br/>(100)", "互评<br/>得票"]], pad)]
        sizes = [6, 6, 6, 6, 7, 7]
        votes = [0] * len(rec)
        k0 = 0
        for g in sizes:
            members = list(range(k0, k0 + g))
            for m in members:
                votes[rng.choice([x for x in members if x != m])] += 1
            k0 += g
        assert k0 == len(rec)
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), str(votes[k])], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：“互评得票”为出品小组（6—7人）互评“最佳出品”时所得票数，每人一票、不得投本人，仅作参考，不计入总分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "subitem_mono":   # a two-row head: three items, each with sub-items
        groups = [("一、电路安装（40）", [("元件布置", 10), ("接线工艺", 15), ("线槽规范", 15)]),
                  ("二、程序与调试（45）", [("I/O分配", 10), ("程序编写", 20), ("变频参数", 15)]),
                  ("三、职业素养（15）", [("安全", 10), ("6S", 5)])]
        parts = [p for _, ps in groups for p in ps]
        h1 = "<tr>%s%s%s%s</tr>" % (
            "".join(td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ["序号", "学号", "姓名"]),
            "".join(td("<b>%s</b>" % g, ' align="center" colspan="%d"' % len(ps), pad) for g, ps in groups),
            td("<b>总分</b>", ' align="center" rowspan="2"', pad), "")
        out = [h1, trow(["<b>%s<br/>(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 19
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核评分表") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:300:mono"
    if f == "video_id":   # landscape, a 实操录像编号 column
        parts = [("安全防护", 15), ("问诊与检查", 25), ("故障诊断", 30), ("排除与验证", 20), ("工单填写", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "实操录像编号"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "LX-1108-%03d" % (k + 1)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务实操考核记录表") + "<p>参加考核人数：%d人</p>" % len(rec) + table(out) +
                "<p>注：实操考核全程录像，录像编号与学生一一对应，录像存教务科备查。</p>" + sign)
        return "10.html", html(body, "8pt", font="Noto Sans CJK SC", compact=True, page=LANDSCAPE), "pdf"
    if f == "photo_register":   # a plain table, (满分N) in the heads, photographed with a phone
        parts = [("工艺编制", 15), ("程序编制", 20), ("首件加工", 25), ("批量加工与检验", 30), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(满分%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:photo"
    if f == "correction_slip":   # the register, then a 成绩更正审批表 for one student
        parts = [("店铺诊断", 15), ("详情页设计", 30), ("活动策划", 25), ("客服值班", 20), ("数据复盘", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        fix = s["corrected"][0]
        slip = None
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            if n == fix:
                v[1] = 18
                cells = [str(x) for x in v]
                cells[1] = "18*"
                slip = (n, sid_of(s, n), list(v), sum(v))
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：带“*”的成绩经更正审批，详见后附《成绩更正审批表》。</p>" + sign)
        n, sid, v, tot = slip
        old = tot - 5
        srows = [["学生姓名", n, "学号", sid], ["班　　级", s["cls"], "课　　程", c["course"]],
                 ["考核项目", "详情页设计（30分）", "考核日期", day(s, 11)],
                 ["原登记成绩", "详情页设计 13 分；总分 %d 分" % old, "更正后成绩", "详情页设计 18 分；总分 %d 分" % tot],
                 ["更正原因", ("评分表汇总录入时，将该生“详情页设计”得分18误录为13，总分随之少计5分。经核对原始评分表，予以更正。", ' colspan="3" align="left"')],
                 ["任课教师", hand(t[0], True, BLACK), "日　　期", later(day(s, 11), 2)],
                 ["教学部审核", hand(s["others_named"][1], True, BLACK) + "（教学部主任）", "日　　期", later(day(s, 11), 4)]]
        slip_html = ('<h3 style="text-align:center">%s<br/>学生成绩更正审批表</h3>' % s["school"] +
                     tbl([[x for x in r] for r in srows], width="100%", pad="8px 6px") +
                     "<p>说明：本表一式两份，教务科、任课教师各存一份。</p>")
        return "10.html", html(body + PB + slip_html, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "landscape_plain":   # landscape, 等级 column
        parts = [("风险评估", 20), ("防走失措施", 25), ("信息卡制作", 15), ("怀旧活动组织", 25), ("沟通与人文关怀", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            lvl = "优秀" if tot >= 90 else "良好" if tot >= 80 else "合格" if tot >= 60 else "不合格"
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), lvl], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>等级：90分及以上优秀，80—89分良好，60—79分合格。</p>" + sign)
        return "10.html", html(body, "8pt", compact=True, page=LANDSCAPE), "pdf"
    if f == "preprinted":   # a pre-printed blank register: 序号 1-45, 41 filled, 以下空白
        parts = [("预订核对", 15), ("排房", 20), ("入住接待", 30), ("退房结账", 20), ("服务礼仪", 15)]
        cols = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]
        out = [trow(["<b>%s</b>" % x for x in cols], pad)]
        for k in range(45):
            if k < len(rec):
                n = rec[k]
                v = part_scores(rng, parts)
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), ""], pad))
            elif k == len(rec):
                out.append("<tr>%s%s</tr>" % (td(str(k + 1), ' align="center"', pad),
                                              td(hand("以　下　空　白", True, BLACK), ' align="center" colspan="%d"' % (len(cols) - 1), pad)))
            else:
                out.append(trow([str(k + 1)] + ["&nbsp;"] * (len(cols) - 1), pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "8pt", compact=True, page="margin:1.0cm 1.2cm 0.8cm 2.7cm"), "x-scanpdf:250:slidebar"
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
            if f == "banquet_typed":   # 主理 and the head chef as 验收
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["主理", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                  ["主料", "水发广肚1500克" if j == 0 else "羊后腿肉2000克", "份数", "12桌×1份"],
                                  ["出品描述", (desc, ' colspan="3" align="left"')], ["验收", "%s（厨师长）" % s["others_named"][0], "评价", t[j % 2]]],
                                 width="90%"))
            elif f == "io_typed":   # 编制 and the engineer's 试车确认
                if j == 0:
                    rows = [["序号", "地址", "信号", "说明"], ["1", "I0.0", "SB1", "急停"], ["2", "I0.1", "SQ1", "左限位"],
                            ["3", "I0.2", "SQ2", "右限位"], ["4", "Q0.0", "KA1", "变频器正转"], ["5", "Q0.1", "KA2", "变频器反转"]]
                else:
                    rows = [["项目", "要求", "结果"], ["空载试车", "两挡速度切换平稳", "合格"], ["限位试验", "到位自动停车", "合格"],
                            ["负载试车", "吊重5吨运行无冲击", "合格"]]
                parts.append('<h3>%s</h3><p>编制：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) + tbl(rows, width="86%", bold=(0,)) +
                             "<p>%s</p><p>审核：%s　　试车确认：%s（起重机厂）</p>" % (desc, t[j % 2], s["others_named"][0]))
            elif f == "workorder_typed":   # 维修技师 and the fleet driver as 送修人
                parts.append('<h3>%s</h3>' % title + tbl([["送修人", s["others_named"][0], "车型", "纯电动厢式车"],
                                                          ["维修技师", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                                          ["项目", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "batch_qc":   # a batch inspection record with 抽检数, 合格数, 合格率
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["零件", "吉他弦钮黄铜轴套", "图号", "XN-ZT-06"], ["编程", "%s（%s）" % (n, cl), "学号", sid],
                                      ["程序号", "O23%02d" % (6 + i), "段数", "38"]], width="92%") +
                                 "<p>N10 G99 M03 S2200；N20 T0101；N30 G00 X12.0 Z2.0；……</p><p>审核：%s</p>" % t[0])
                else:
                    ok = 49 - (i % 2)
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["批次号", "ZT-2024-%02d" % (11 + i), "加工数量", "100件"],
                                      ["抽检数", "50件", "合格数", "%d件" % ok], ["合格率", "%.0f%%" % (ok * 2), "主要缺陷", "内孔φ6H8超差" if ok < 49 else "端面毛刺"],
                                      ["操作者", "%s（%s）" % (n, cl), "检验员", t[1]],
                                      ["客户验收", "%s（吉他厂品管部）" % s["others_named"][0], "日期", day(s, 30 + i)]], width="92%"))
            elif f == "detail_typed":   # 设计 and the cooperative's head
                parts.append('<h3>%s</h3><p>设计：%s（%s）　　委托方：茶叶专业合作社（负责人：%s）</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["屏", "内容"], ["1", "主图：雾中茶园与新芽"], ["2", "卖点：明前头采、一芽一叶"], ["3", "茶汤与叶底"]], width="80%", bold=(0,)) +
                             "<p>%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
            elif f == "reminisce_typed":   # 组织者 the student, the elders and a relative named
                e = s["others_named"][:3]
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["照护对象", e[i % 3], "年龄", "%d岁" % (78 + 3 * (i % 3))], ["家属", s["others_named"][3], "关系", "女儿"],
                                      ["评估人", "%s（%s）" % (n, cl), "审核", t[0]], ["结论", (desc, ' colspan="3" align="left"')]], width="92%"))
                else:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["组织者", "%s（%s）" % (n, cl), "日期", day(s, 30 + i)],
                                      ["参加老人", ("、".join(e) + "等六人", ' colspan="3" align="left"')],
                                      ["活动内容", ("看老照片、用宣纸毛笔写名字、唱老歌", ' colspan="3" align="left"')],
                                      ["记录", (desc, ' colspan="3" align="left"')]], width="92%"))
            elif f == "rooming_typed":   # a rooming list, then a sheet of key-card envelopes; 制作 the student
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["团队名称", "中学研学团（32人）", "领队", s["others_named"][0]],
                                      ["接待员", "%s（%s）" % (n, cl), "日期", day(s, 30 + i)],
                                      ["特殊要求", ("带队教师%s需要安静的房间，安排在二楼尽头" % s["others_named"][1], ' colspan="3" align="left"')],
                                      ["记录", (desc, ' colspan="3" align="left"')]], width="92%"))
                else:
                    env = []
                    rooms = [("201", "带队教师　%s" % s["others_named"][1]), ("202", "女生　2人"), ("301", "领队　%s" % s["others_named"][0]), ("302", "男生　2人")]
                    for room, who in rooms:
                        env.append('<p style="font-size:8pt;color:#666">桃花潭·枕溪民宿</p><p style="font-size:20pt"><b>%s</b></p>'
                                   '<p>房卡　1张</p><p>入住人：%s</p><p>入住：7月15日　退房：7月17日</p><p style="font-size:8pt">WiFi：zhenxi-%s　早餐 7:00—8:30</p>'
                                   % (room, who, room))
                    cut = "1pt dashed #666"
                    grid = ('<table style="border-collapse:collapse" width="100%%"><tr>%s%s</tr><tr>%s%s</tr></table>' %
                            tuple(td(e, ' valign="top" width="50%"', "10px 12px", cut) for e in env))
                    parts.append('<h3 style="text-align:center">%s（样张，共16个）</h3>' % title + grid +
                                 "<p>%s</p><p>制作：%s（%s）　　核对：%s</p>" % (desc, n, cl, t[j % 2]))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def tablet12(s, c, names):
    """Homework written on a tablet with a stylus, exported as PDF: ruled lines, digital ink, the app's date stamp."""
    t = s["teachers"]
    pages = []
    ink = ["#1f2f6e", "#202020", "#1d4d8c"]

    def line(x, colour="#202020", size="15pt", font="AR PL UKai CN"):
        return ('<tr><td style="border-bottom:0.5pt solid #a9c4e4;padding:5pt 2pt 1pt 2pt;font-family:\'%s\';color:%s;font-size:%s">%s</td></tr>'
                % (font, colour, size, x or "&nbsp;"))
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        col = ink[i % 3]
        m, dd = re.match(r"2024年(\d+)月(\d+)日", day(s, 20 + i)).groups()
        stamp = ('<p style="text-align:right;font-size:8pt;color:#888">2024/%02d/%02d　19:%02d　　课后作业.note　第1页</p>'
                 % (int(m), max(1, int(dd) - 1), 12 + 7 * i))
        out = []
        out.append(line("%s　%s　%s" % (cl, n, sid[-2:] + "号"), col))
        out.append(line("课后作业：%s" % c["task"][:10], col))
        for qi, (q, a) in enumerate(c["hw"]):
            out.append(line(q, col))
            out.append(line(a[(i + qi) % 3], col))
            out.append(line("√", "#c0201a", "13pt"))
        out.append(line(""))
        out.append(line("阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:]), "#c0201a", "13pt"))
        for _ in range(8):
            out.append(line(""))
        pages.append(stamp + '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out))
    return "12.html", html(PB.join(pages), "10pt", font="Noto Sans CJK SC", page="margin:1.2cm 1.4cm"), "pdf"


def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    if f == "tablet":
        return tablet12(s, c, names)
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
        if f == "letter_photo":   # the name only in the letter's 落款
            head = ["课后作业（第三次）"]
            letter = ["3. 给顾客写一封回信", "> 尊敬的%s女士：" % s["others_named"][1],
                      "> 　　您好！感谢您对寿宴菜品提出的意见。您说扒广肚的芡汁偏稠，我们已经和厨师长一起调整了勾芡的比例，",
                      "> 下次会更清爽。欢迎您再来品尝。", "> 　　此致", "> 敬礼！",
                      "> 　　　　　　　　　　　　%s　%s" % (cl, n), "> 　　　　　　　　　　　　%s" % later(day(s, 20 + i), -2)]
            lines += head + [""] + qa + letter + [""] + end
            continue
        if f == "slidebar_hand":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n), "学号：%s" % sid]
        elif f == "mono_hand":
            head = ["课后练习", "> 姓名 %s　学号 %s" % (n, sid), "> 班级 %s" % cl]
        elif f == "plain_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "blister_photo":
            head = ["照护课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "color_scan_hand":
            head = ["课后作业（前厅接待）", "姓名 %s　班级 %s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"letter_photo": "x-photo:200:1", "slidebar_hand": "x-scan:200:3:slidebar", "mono_hand": "x-scan:200:4:mono",
            "plain_photo": "x-photo:200:2", "blister_photo": "x-photo:200:1:blister", "color_scan_hand": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def mask_id(s, n, k):
    return "%s**********%04d" % ({1: "4107", 2: "5203", 3: "3418"}[grp(s)], (k * 379 + s["seed"] * 17) % 10000)


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    hd = ["序号", "学号", "姓名", "性别"]
    if r == "putonghua":   # a 普通话水平测试报名汇总表 of the whole class
        cols = ["序号", "姓名", "性别", "学号", "证件号码", "报名类别", "目标等级"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in cols)]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), n, sex_of(n), sid_of(s, n), mask_id(s, n, j), "在校学生", "二级乙等"], "1px 4px"))
        body = ('<h2 style="text-align:center">2025年上半年普通话水平测试报名汇总表</h2>'
                '<p>报名单位：%s　　班级：%s　　报名人数：%d人</p>' % (s["school"], s["cls"], len(k)) +
                table(rows, width="94%") +
                "<p>班主任：%s　　报名联系人：%s（教务科）　　2025年3月</p>" % (s["headteacher"], s["others_named"][2]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s普通话水平测试报名名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "special_ops":   # a 低压电工作业 training registration list
        cols = ["序号", "姓名", "性别", "学号", "文化程度", "联系电话", "体检结论"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in cols)]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), n, sex_of(n), sid_of(s, n), "中职在读", "1%d%d****%04d" % (3 + j % 6, j % 10, (j * 613 + 2207) % 10000), "合格"], "1px 4px"))
        body = ('<h2 style="text-align:center">低压电工作业（特种作业操作证）培训报名名单</h2>'
                '<p>送培单位：%s　　班级：%s　　培训机构：长垣市职工安全技术培训站（联系人：%s）</p>' % (s["school"], s["cls"], s["others_named"][1]) +
                table(rows, width="94%") + "<p>班主任：%s　　报名人数：%d人　　2024年10月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s特种作业培训报名名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "redcross":   # a Red Cross first-aider course list with certificate numbers
        cols = ["序号", "姓名", "性别", "班级", "学号", "考核结果", "证书编号"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in cols)]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), n, sex_of(n), s["cls"], sid_of(s, n), "合格", "HJX2024%04d" % (311 + j)], "1px 4px"))
        body = ('<h2 style="text-align:center">红十字救护员培训学员名单</h2>'
                '<p>培训单位：泾县红十字会　　承办：%s　　培训日期：2024年11月16日—17日</p>' % s["school"] +
                table(rows, width="96%") +
                "<p>授课：%s（红十字会应急救护培训师）　　班主任：%s　　学员共%d人</p>" % (s["others_named"][4], s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s救护员培训学员名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-thirty-sixth held-out people corpus (testdata/heldout136), the format of "
                        "testdata/heldout28/truth.json. Findings of the students.*/records.* rules a correct tool must "
                        "report; 'optional' ones may be reported or not. any_item: any item matches; student: the message "
                        "must name that student.",
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
    for w in LANDMARKS:
        if w in EARLIER_TEXT or w in EARLIER_READMES:
            raise SystemExit("%s was used by an earlier corpus" % w)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    assert len(set(all_others)) == len(all_others), "an outsider stands twice"
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
        rng = random.Random(s["seed"] * 7919 + 136)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"], P_MALE[s["course"]])
        if grp(s) == 2:   # 正安's form gives the boys and the girls of the class
            boys = sum(sex_of(n) == "男" for n in s["klass"])
            s["form_count"] = "%d人（男%d人，女%d人）" % (len(s["klass"]), boys, len(s["klass"]) - boys)
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
            "notes": {}, "corrections": {n: "详情页设计 13→18, 总分 +5 (成绩更正审批表 after the register)" for n in s.get("corrected", [])},
            "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
