#!/usr/bin/env python3
"""Write the sources of the ninety-fourth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 莱阳
(Shandong, 烟台), 迁安 (Hebei, 唐山) and 公主岭 (Jilin, 长春).

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
# every earlier corpus with a truth file; heldout93 (written at the same time) is not read
EARLIER = sorted(os.path.basename(os.path.dirname(p)) for p in glob.glob(os.path.join(HERE, "..", "*", "truth.json"))
                 if os.path.basename(os.path.dirname(p)) not in ("heldout93", "heldout94"))

SURNAMES = {   # weighted by repetition
    "ly": list("王王王李李张张刘刘孙孙姜姜宋于于吕徐邹赵杨高迟隋曲林修"),
    "qa": list("王王王张张李李刘刘赵赵杨高孙马陈郭田董冯徐韩贾佟"),
    "gz": list("王王王李李张张刘刘孙赵杨于高马金关郑姜周陈吴崔朴"),
}
GIVEN2 = ("思远 佳怡 宇航 欣然 浩然 梦琪 子轩 雨欣 俊杰 诗涵 博文 可馨 天宇 佳琪 明轩 思琪 昊然 若彤 一鸣 嘉怡 "
          "鹏飞 雅琪 文博 婧怡 晨阳 艺涵 志远 心怡 皓轩 语桐 家乐 梓萱 泽宇 沐晴 振宇 晓彤 睿哲 安琪 铭轩 欣怡 "
          "子豪 雨涵 宏宇 思雨 嘉豪 诗琪 浩宇 梦瑶 凯文 佳慧 俊豪 紫萱 旭东 雅欣 宇轩 晨曦 文轩 一诺 书瑶 子涵").split()
GIVEN1 = list("鑫磊博阳悦琳婷帅")


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
        with open(os.path.join(HERE, "..", d, "truth.json"), encoding="utf-8") as f:
            walk(json.load(f))
    readmes = []
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "README.md")
        if os.path.isfile(p):
            with open(p, encoding="utf-8") as f:
                t = f.read()
            m = re.search(r"^#.*([Mm]easure|After|Result|first sweep)", t, re.M)
            readmes.append(t[:m.start()] if m else t)
    return names, "\n".join(texts), "\n".join(readmes)


USED_BEFORE, EARLIER_TEXT, EARLIER_README = earlier_strings()
USED_BARE = {n.replace("·", "") for n in USED_BEFORE}
TAKEN = set()


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE or name.replace("·", "") in USED_BARE


def draw_class(rng, n, fixed, avoid, region, legal_pairs=()):
    names = list(fixed)
    while len(names) < n:
        sn = rng.choice(SURNAMES[region])
        for _ in range(50):
            name = sn + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2))
            if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
                continue
            break
        else:
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "pear": dict(major="烹饪(中式烹调)", code="0501", course="胶东风味果蔬热菜制作", task="莱阳梨宴拔丝梨球与梨汁焖鸡热菜制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="每年秋天莱阳梨上市，当地一家酒楼推出“梨宴”，要把莱阳梨做进热菜里。厨师长请烹饪班学员按酒楼的出品标准，完成梨的初加工和改刀，熬制糖浆做拔丝梨球，用鲜榨梨汁焖制鸡块，控制火候和甜咸口味，按标准装盘出品，并填写出品记录。",
   qs=[("问题1 拔丝梨球熬糖时怎样判断糖浆到了拔丝的火候？", ["糖浆由大泡变小泡，颜色转成浅琥珀色，用勺子挑起能拉出细丝，就是火候到了。", "小泡变浅黄，能拉丝。", "颜色浅琥珀色就下料。"]),
       ("问题2 梨汁焖鸡为什么要在最后收汁前才放梨块？", ["梨块久煮会烂、出水变酸，最后放能保持形状和脆甜口感。", "梨块煮久会烂。", "保持脆甜。"])],
   hw=[("1. 梨去皮改刀后为什么要泡在淡盐水里？", ["防止梨肉接触空气氧化变褐，保持颜色洁白。", "防止变褐。", "保持颜色白。"]),
       ("2. 拔丝菜上桌时为什么要配一碗凉开水？", ["糖丝很烫，蘸一下凉开水能让糖壳变脆，也不烫嘴。", "蘸凉水不烫嘴。", "让糖壳变脆。"])],
   outputs=[("拔丝梨球出品记录", "糖浆熬至浅琥珀色，拉丝长二十厘米以上。"), ("梨汁焖鸡出品记录", "梨块收汁前两分钟下锅。")]),
 "brake": dict(major="汽车维修", code="0403", course="轿车制动系统诊断与修复", task="家用轿车制动踏板发软与制动跑偏故障诊断与排除",
   hours=18, station="汽车底盘检修一体化学习工作站",
   situation="莱阳一家汽车维修厂接到一辆行驶八万公里的家用轿车，车主反映踩刹车时踏板发软、车辆向右跑偏。车间主管请汽修班学员接车问诊，检查制动液液位和管路，测量制动盘厚度和跳动，排出制动系统空气，更换磨损的制动片并试车验证。",
   qs=[("问题1 制动踏板发软最常见的原因是什么？", ["制动管路里进了空气，或者制动液含水过多受热产生气泡，踩下时气体被压缩。", "管路里有空气。", "制动液含水起泡。"]),
       ("问题2 车辆制动向一侧跑偏应先检查哪些部位？", ["先检查两侧制动片磨损是否一致、制动钳导向销是否卡滞，再看轮胎气压。", "两侧制动片和导向销。", "轮胎气压。"])],
   hw=[("1. 排空气时为什么要从离总泵最远的车轮开始？", ["最远的管路最长，空气最多，从远到近排才能把空气排干净。", "从远到近排干净。", "远处空气多。"]),
       ("2. 制动液为什么一般两年更换一次？", ["制动液会吸收空气中的水分，沸点下降，容易产生气阻。", "会吸水，沸点降低。", "容易气阻。"])],
   outputs=[("制动系统检查记录", "右前制动钳导向销卡滞。"), ("制动盘测量记录", "右前盘厚二十二点一毫米。")]),
 "belt": dict(major="机电一体化技术", code="0127", course="轧钢辊道变频与联锁控制装调", task="钢厂棒材输送线变频调速与PLC联锁控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="迁安一家轧钢厂的棒材输送辊道要改造，原来的接触器控制换成变频调速，并和上下游设备联锁。设备部请机电班学员按改造图纸安装变频器和传感器，接好主回路和控制回路，编写PLC联锁程序，设定加减速时间，完成空载和带料联调并填写调试记录。",
   qs=[("问题1 变频器的加速时间设得太短会出现什么问题？", ["电机电流冲得太大，变频器会报过流跳闸，辊道上的棒材也会打滑。", "过流跳闸。", "棒材打滑。"]),
       ("问题2 为什么下游辊道停止时上游辊道必须联锁停止？", ["下游停了上游还送料，棒材会堆在一起顶弯，甚至伤人。", "防止堆料顶弯。", "保证安全。"])],
   hw=[("1. 光电传感器的NPN和PNP输出接PLC时有什么不同？", ["NPN输出低电平有效，公共端接正；PNP输出高电平有效，公共端接负。", "公共端接法不同。", "NPN接正，PNP接负。"]),
       ("2. 带料联调前要确认哪些安全条件？", ["急停按钮有效、防护罩装好、现场无人，联锁信号全部测试过。", "急停有效，现场无人。", "联锁测过。"])],
   outputs=[("变频器参数设定记录", "加速时间三秒，减速时间四秒。"), ("PLC联锁调试记录", "下游停止上游零点五秒内停止。")]),
 "chestnut": dict(major="电子商务", code="0603", course="山区干果短视频电商运营", task="京东板栗礼盒短视频带货与售后订单处理",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="迁安山区盛产板栗，一家板栗合作社新推出了糖炒板栗和生板栗礼盒，想通过短视频平台卖到京津。运营主管请电商班学员拍摄和剪辑带货短视频，编写直播话术，整理订单，联系快递揽收，并处理退换货和差评。",
   qs=[("问题1 板栗带货短视频的前三秒要放什么内容？", ["放最吸引人的画面，比如剥开板栗冒热气、金黄的栗仁，留住观众。", "剥开冒热气的栗子。", "最吸引人的画面。"]),
       ("问题2 生板栗礼盒发货前要注意什么？", ["挑出虫眼果和裂果，装透气袋，夏天加冰袋，写明收到后冷藏。", "挑虫眼果，透气包装。", "提醒冷藏。"])],
   hw=[("1. 顾客说收到的板栗有虫眼怎样回复？", ["先道歉，请顾客拍照，核实后按虫眼果数量补发或退款。", "道歉、拍照、补发。", "核实后退款。"]),
       ("2. 怎样从订单数据里找出复购客户？", ["按收货电话汇总订单，两次以上下单的就是复购客户，可以发优惠券。", "按电话汇总订单。", "两次以上下单。"])],
   outputs=[("短视频拍摄脚本", "开头三秒为剥栗特写。"), ("订单与售后登记表", "退款六单，补发九单。")]),
 "vlan": dict(major="计算机网络应用", code="0301", course="企业园区交换与无线网络部署", task="玉米种业公司园区网VLAN划分与无线漫游部署",
   hours=18, station="网络工程一体化学习工作站",
   situation="公主岭一家玉米种业公司新建了育种楼和种子仓库，办公、检验室和仓库的设备都接在一个网里，经常互相干扰。信息部请网络班学员勘察现场，规划VLAN和地址，配置核心和接入交换机，在仓库部署可以漫游的无线网络，并完成连通性测试和文档整理。",
   qs=[("问题1 为什么要把检验室的设备单独划一个VLAN？", ["检验室的仪器数据要保密，单独划VLAN后其他部门不能直接访问，广播也不会互相影响。", "数据保密，减少广播。", "其他部门不能访问。"]),
       ("问题2 仓库无线漫游时为什么手持终端会断线？", ["相邻接入点覆盖重叠太少，或者漫游阈值设得太低，终端切换不及时。", "覆盖重叠太少。", "漫游阈值太低。"])],
   hw=[("1. Trunk口和Access口有什么区别？", ["Access口只属于一个VLAN，接终端；Trunk口能通过多个VLAN，连交换机之间。", "Trunk能过多个VLAN。", "Access接终端。"]),
       ("2. 测试连通性时ping通了但网页打不开，可能是什么问题？", ["DNS没有配置或配置错误，也可能网关上的访问控制拦截了网页端口。", "DNS问题。", "访问控制拦截。"])],
   outputs=[("VLAN与地址规划表", "育种楼VLAN10，仓库VLAN30。"), ("无线漫游测试记录", "手持终端漫游切换小于一百毫秒。")]),
 "stroke": dict(major="健康与社会照护", code="0529", course="偏瘫老人穿衣与移乘照护", task="养老院脑卒中偏瘫老人穿脱衣与轮椅转移照护",
   hours=14, station="生活照护一体化学习工作站",
   situation="公主岭一家养老院住着几位脑卒中后偏瘫的老人，穿脱衣服和上下轮椅都要人帮忙，护理员人手不够。院长请照护班学员在带教护理员指导下评估老人的肢体功能，按“先穿患侧、先脱健侧”的原则协助穿脱衣服，完成床到轮椅的转移，并做好安全防护和照护记录。",
   qs=[("问题1 偏瘫老人穿衣为什么要先穿患侧？", ["患侧手臂活动受限，先穿患侧袖子，健侧手臂再伸进去就容易，不会拉伤患侧。", "患侧活动受限。", "不会拉伤患侧。"]),
       ("问题2 床到轮椅转移前轮椅要怎样摆放？", ["轮椅放在老人健侧，与床成三十到四十五度，刹住车闸，收起脚踏板。", "放健侧，刹车。", "成三十度左右。"])],
   hw=[("1. 转移时照护员的脚应该站在哪里？", ["一脚在老人两脚之间，一脚在外侧，屈膝用腿部力量，不弯腰硬抬。", "屈膝，不弯腰。", "两脚前后站稳。"]),
       ("2. 怎样观察老人转移后是否坐稳？", ["看老人臀部是否坐到椅背，身体不向患侧倾斜，双脚放在脚踏板上。", "臀部靠椅背。", "不向患侧歪。"])],
   outputs=[("穿脱衣照护记录", "先脱健侧，后脱患侧，用时六分钟。"), ("轮椅转移照护记录", "健侧转移，老人坐稳无不适。")]),
 "wedding": dict(major="饭店(酒店)服务", code="0504", course="乡村婚宴预订与摆台服务", task="农家婚宴预订接洽与中式宴会摆台服务",
   hours=16, station="宴会服务一体化学习工作站",
   situation="公主岭一家酒店承接秋季农家婚宴，每场二十多桌。宴会部经理请酒店班学员接待新人家庭的预订，填写宴会预订单，确认菜单、桌数和忌口，按中式宴会标准完成十人台摆台，分组演练迎宾、上菜和分菜服务，宴会后做好结账和回访。",
   qs=[("问题1 宴会预订单上必须确认哪些内容？", ["宴会日期、时间、桌数、每桌标准、菜单、忌口、酒水和定金，由预订人签字。", "日期、桌数、菜单、定金。", "预订人签字。"]),
       ("问题2 中式十人台摆台时主人位怎样确定？", ["主人位正对宴会厅入口或背靠主题墙，餐巾折成与其他位不同的高花。", "正对入口。", "餐巾花最高。"])],
   hw=[("1. 婚宴上菜为什么要先上凉菜？", ["凉菜可以提前摆上，宾客入席就能动筷，给厨房出热菜留出时间。", "入席就能动筷。", "给热菜留时间。"]),
       ("2. 宾客要求打包剩菜时怎样服务？", ["准备干净的打包盒，分类装好，汤汁多的单独装，贴上菜名。", "分类装盒。", "汤汁单独装。"])],
   outputs=[("婚宴预订单", "二十二桌，每桌一千二百八十元。"), ("宴会摆台检查表", "十人台，主人位高花。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="莱阳市五龙河技工学校", pack="dir", region="ly", course="pear", cls="烹饪2402班", size=38, seed=11,
         sidp="2024050102", students=["隋若岚", "姜辰硕", "迟晨曦"], items={12: ["隋若岚", "姜辰硕"]},
         extra_class=["吕承泽"], bad={"吕承泽": ("over", 2, 47)}, others_named=["孙德海"],
         teachers=["宋秀云", "邹永胜"], form_count="38人",
         f8="foot_table", f10="letter_codes", f11="dish_typed", f12="plain_photo",
         findings=[("records.invalid_score", 10, False, "吕承泽"), ("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 10 (TYPED) is a LETTER-CODED register: the columns are headed only `A B C D 合计 等级`, the maxima stand in a "
                 "legend above the table (`A 原料初加工（15分） B 刀工成型（25分） C 烹调火候（40分） D 装盘卫生（20分）`); 吕承泽 has 47 "
                 "under C (max 40), 合计 the sum: records.invalid_score. Item 12 (phone photos) holds only 隋若岚 and 姜辰硕 "
                 "(迟晨曦's homework missing): students.count on 12; students.mismatch optional. Item 8 (scanned 200 gray, tea "
                 "leaves): the name only in a FOOT TABLE `完成人 | 学号 | 班级 | 得分 | 批阅`; the head chef 孙德海 as 带教厨师长. No roster"),
    dict(school="莱阳市五龙河技工学校", pack="dir", region="ly", course="brake", cls="汽修2401班", size=40, seed=12,
         sidp="2024040301", students=["林沛原", "曲雅欣", "于政廷"], others_named=["王春生", "邹立国"],
         teachers=["徐建华", "刘振环"], form_count="40人", roster="dorm", headteacher="吕淑芬",
         f8="job_order", f10="bonus_landscape", f11="repair_typed", f12="hand_scan",
         findings=[],
         comment="clean. Item 8 (colour scan 250): a 维修派工单 at the top naming the car owner 王春生 (客户) and the service "
                 "adviser 邹立国 (接车员), the student as 维修学员 (hand). Item 10 (TYPED, landscape): a two-row head "
                 "过程考核（40）/结果考核（60）and an `附加分` column (技能节获奖 +3/+5, explained under the table; 总分 = parts + "
                 "附加分, never above 100): legal. Roster: a typed 学生名单 with 宿舍号 and 走读 (40) = form `40人` = 40 rows"),
    dict(school="迁安市黄台山技工学校", pack="gbkzip", region="qa", course="belt", cls="机电2403班", size=40, seed=21,
         sidp="241270", students=["董佳慧", "贾鹤鸣", "田振宇"], outsiders={"田振宇": "机电2401班"}, out_sidp="241270",
         extra_class=["冯绍宸"], bad={"冯绍宸": ("sum", 6)}, others_named=["郭长顺"],
         teachers=["马占军", "韩丽娟"], form_count="40",
         f8="twocol", f10="total_first", f11="commission_typed", f12="steam_photo",
         findings=[("students.not_in_class", 8, True, "田振宇"), ("records.invalid_score", 10, False, "冯绍宸")],
         comment="田振宇 of the parallel class 机电2401班 (his class and 学号 on his pages) is the third student of 8/11/12; item 10 "
                 "(40 rows = form `学生人数 | 40`) has none for him: students.not_in_class — 1-bit scanned 8, typed 11, photographed 12. "
                 "Item 10 (scanned 250 gray) puts the TOTAL FIRST: `序号 姓名 学号 总评 | 安全规范(10) 接线工艺(30) 程序编写(40) 联调(20)`; "
                 "冯绍宸's 总评 is 6 above the sum of his parts: records.invalid_score. Item 8: TWO-COLUMN worksheet (questions left, "
                 "answers right in one bordered table), the name box at the top right; the steel mill's 电工班长 郭长顺 named. No roster"),
    dict(school="迁安市黄台山技工学校", pack="gbkzip", region="qa", course="chestnut", cls="电商2402班", size=42, seed=22,
         sidp="2024060302", students=["佟语岑", "高睿麟", "陈沐檀"], extra_class=["韩雪霁"], absent_from_10=["韩雪霁"],
         others_named=["李凤仙", "王秀芝"], teachers=["赵立民", "杨素芹"], form_count="42名", roster="libcard", headteacher="孙桂荣",
         f8="name_line", f10="group_col", f11="script_typed", f12="wenkai_scan",
         findings=[("records.missing_student", 10, False, "韩雪霁"), ("records.count_mismatch", 10, False)],
         comment="the roster is a LIBRARY-CARD list (`电商2402班学生名单（借书证办理）`: 序号 学号 姓名 性别 借书证号 可借册数 "
                 "办理日期 备注, 42, the library's clerk 王秀芝 as 经办人) and the form says `班级人数 | 42名`; item 10 (TYPED, grouped by 组别, no 序号) has 41 rows and none "
                 "for 韩雪霁: records.missing_student and records.count_mismatch. The cooperative's head 李凤仙 as 供货方 on the "
                 "scripts (not a student)"),
    dict(school="公主岭市东辽河技工学校", pack="zip", region="gz", course="vlan", cls="网络2401班", size=38, seed=31,
         sidp="22030124", students=["朴思远", "关若棠", "金泰霖"], items={11: ["朴思远", "关若棠", "郑子涵"]},
         extra_class=["郑子涵", "崔雅琪"], absent_from_10=["崔雅琪"],
         teachers=["周立柱", "吴秀岩"], form_count="38",
         f8="group_head", f10="max_bottom", f11="survey_scan", f12="steam_photo2",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False)],
         comment="item 11 (scanned 200 gray, typed records with 实施人 filled by hand) holds the work of 朴思远, 关若棠 and classmate "
                 "郑子涵 (with an item-10 record) instead of 金泰霖's (items 8 and 12 hold the three): students.mismatch. Item 10 "
                 "(scanned 200 gray) has its `满分` row at the BOTTOM of the table, under the last student; it lists 37, the form "
                 "says `授课班级人数 | 38`: records.count_mismatch (no roster; 崔雅琪 has no record)"),
    dict(school="公主岭市东辽河技工学校", pack="zip", region="gz", course="stroke", cls="照护2401班", size=36, seed=32,
         sidp="22052924", students=["马歆玥", "于钦泽", "姜沐晴"], others_named=["赵桂兰", "钱玉珍", "张翠屏"],
         teachers=["孙丽华", "陈兆岭"], form_count="36",
         f8="barthel", f10="weighted_fix", f11="care_typed", f12="plain_photo2",
         findings=[],
         comment="clean. Item 8 (colour scan 200, tea leaves): a Barthel 日常生活能力评定表 at the top: 评定人 the student (hand), 复核 the "
                 "home's nurse 张翠屏 (not a student), the resident 赵桂兰 or 钱玉珍 (评定对象, not a student), a 满分/得分 column of "
                 "the elder's scores (not a register). Item 10 (scanned 250 gray): a "
                 "WEIGHTED register `过程性评价(×40%) 终结性评价(×60%) 总评`, raw scores 0-100, the formula on the page; two cells "
                 "HAND-CORRECTED in red (the typed number struck through, the new one written beside; 总评 follows the new one): legal. "
                 "36 rows = form `36`. No roster"),
    dict(school="公主岭市东辽河技工学校", pack="zip", region="gz", course="wedding", cls="酒店2402班", size=34, seed=33,
         sidp="22050424", students=["杨芷菱", "吴骁腾", "郑梓萱"], items={8: ["杨芷菱", "吴骁腾", "郑梓萱", "刘念慈"]},
         extra_class=["刘念慈", "周婉榕"], bad={"周婉榕": ("over", 2, 46)}, others_named=["高占魁"],
         teachers=["关红梅", "李广庆"], form_count="34人",
         f8="booking", f10="footnote_max", f11="banquet_typed", f12="ukai_scan",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "周婉榕")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 gray) holds FOUR worksheets: the three and classmate 刘念慈 (with an item-10 record): "
                 "students.count on 8; students.mismatch optional. Each worksheet begins with a 宴会预订单 naming the customer "
                 "高占魁 (预订人, not a student); the student signs at the foot (`接洽人：<hand>`). Item 10 (scanned 200 gray, tea "
                 "leaves) heads its columns WITHOUT maxima (`仪容仪表 预订受理 摆台操作 服务沟通 总分`); the maxima stand only in a "
                 "footnote `评分标准：仪容仪表10分；预订受理20分；摆台操作40分；服务沟通30分`; 周婉榕 has 46 under 摆台操作: "
                 "records.invalid_score. No roster"),
]

PROVINCE = {1: "山东省莱阳市", 2: "河北省迁安市", 3: "吉林省公主岭市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 莱阳: "附件3-8 工作页.pdf"
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 迁安: "8_工作页_电商2402班.pdf"
        return "%d_%s_%s.pdf" % (n, NAMES[n], s["cls"])
    return "%d．%s.pdf" % (n, NAMES[n])   # 公主岭: full-width dot


def form_name(s, c):
    return {1: ("%s申报书.docx" % c["task"], "docx"),
            2: ("附件2：申报书（%s）.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("申报书_%s.docx" % s["cls"], "docx")}[grp(s)]


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


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 莱阳: 班级人数 with 人
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 迁安: 学生人数 / 班级人数
        lab = "学生人数" if s["seed"] == 21 else "班级人数"
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), (lab, s["form_count"]), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 公主岭: 授课班级人数
        rows = [("专业名称及代码", "%s　%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("授课班级人数", s["form_count"]), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生接受任务后分组查阅资料、拟订计划，教师审核后确定方案并实施，教师巡回指导、把控质量和安全，最后各组展示成果，开展自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务取自{prov}合作企业的真实工作，学生在真实情境中完成工作，专业能力和职业素养都有提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程为{major}专业一体化课程，依据国家工学一体化课程标准，结合{prov}企业岗位需求转化而成。\n二、学习任务安排\n本学期开设“{task}”，{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析——{task}\n一、任务来源与描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}教学活动策划\n活动一　接受任务，收集信息\n活动二　制定计划，做出决策\n活动三　实施任务，过程控制\n活动四　检查验收，评价反馈",
    4: "{school}\n{course}教学进度计划（{hours}学时）\n第一周　接受任务，收集信息\n第二周　制定计划并审核\n第三周　实施任务\n第四周　检查验收与评价总结",
    5: "{school}\n{task}教学活动方案\n第一学时　创设情境，布置任务\n第二至四学时　引导问题学习\n其余学时　分组实施、巡回指导、成果展示与评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业标准、微课、{station}设备和耗材清单。",
    7: "{school}\n{station}图文说明\n工作站设资讯区、计划区、实施区和评价展示区四个功能区。",
    9: "{school}\n{task}考核方案\n考核分过程考核与结果考核，成绩由任课教师记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 3 + (s["seed"] * 7 + k * 5) % 25)


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "117"
    if s["seed"] == 21:
        return s["sidp"] + "3%02d" % (s["klass"].index(n) + 1)
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def qa_html(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "foot_table":   # the name only in a foot table
            foot = tbl([["完成人", "学　号", "班　级", "得　分", "批　阅"],
                        [hand(n, True), hand(sid, True), hand(cl, True), '<span %s>%d</span>' % (RED, 84 + 3 * i), hand(t[0], True, BLACK)]],
                       width="100%", pad="4px 4px")
            body = (title + '<p>带教厨师长：%s（莱阳某酒楼）　　实训日期：%s</p>' % (s["others_named"][0], day(s, i)) + sit
                    + qa_html(c, rng, i) + "<p>&nbsp;</p>" + foot)
        elif f == "job_order":   # a 维修派工单 at the top
            order = tbl([[("<b>维修派工单</b>　No. LY%05d" % (20731 + i), ' colspan="4"')],
                         ["客　户", s["others_named"][0], "车牌号", "鲁F·%dK%d3" % (3 + i, 57 + i)],
                         ["接车员", s["others_named"][1], "行驶里程", "81%d46 km" % (2 + i)],
                         ["维修学员", hand(n, True), "学　号", hand(sid, True)]], width="100%", pad="3px 4px")
            body = order + title + '<p>班级：%s　　指导教师：%s</p>' % (cl, t[0]) + sit + qa_html(c, rng, i) + \
                '<p>评语：<span %s>%s</span>　　%s</p>' % (RED, ["诊断思路清楚", "操作规范", "较好"][i % 3], t[1])
        elif f == "twocol":   # two-column worksheet: questions left, answers right; name box top right
            box = ('<table width="100%%"><tr><td><b>学习工作页</b>　%s</td><td width="40%%">%s</td></tr></table>'
                   % (c["course"], tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)], ["班级", hand(cl, True)]], width="100%")))
            rows = [["<b>引导问题</b>", "<b>回答</b>"]]
            for qi, (q, a) in enumerate(c["qs"] + c["hw"][:1]):
                rows.append([(q, ' align="left" width="38%"'), (hand(a[(i + qi) % 3], True) + '<br/><span %s>%s</span>' % (RED, mark(rng)), ' align="left"')])
            body = (box + '<h3 style="text-align:center">%s</h3>' % c["task"] + sit +
                    '<p>现场联系人：%s（轧钢厂电工班长）</p>' % s["others_named"][0] + tbl(rows, pad="6px 5px") +
                    '<p>批阅：%s　　%s</p>' % (t[0], day(s, i)))
        elif f == "name_line":
            body = (title + '<p>姓名：＿%s＿　　学号：＿%s＿　　班级：＿%s＿</p>' % (hand(n), hand(sid[-2:], True), hand(cl, True))
                    + sit + qa_html(c, rng, i) + '<p>教师评语：<span %s>%s</span>　%s</p>' % (RED, ["好", "认真", "有创意"][i % 3], t[0]))
        elif f == "group_head":
            head = tbl([["学习小组", hand("第%d组" % (2 + i), True), "姓　名", hand(n, True), "学　号", hand(sid, True)],
                        ["班　级", cl, "工　位", "A-%02d" % (5 + i), "日　期", hand(day(s, i)[5:], True)]], width="100%", pad="4px 3px")
            body = title + head + sit + qa_html(c, rng, i) + '<p>教师签字：%s</p>' % t[0]
        elif f == "barthel":   # a Barthel index sheet: 评定人 the student, 复核 the home's nurse
            sc = [(("进食", 10), 5), (("洗澡", 5), 0), (("修饰", 5), 5), (("穿衣", 10), 5), (("床椅转移", 15), 10), (("平地行走", 15), 5)]
            rows = [[("<b>日常生活能力评定表（Barthel指数）</b>", ' colspan="4"')],
                    ["评定对象", "%s（%d床，左侧偏瘫）" % (s["others_named"][i % 2], 12 + i), "评定日期", hand(day(s, i)[5:], True)],
                    ["评定人", hand(n, True), "复　核", hand(s["others_named"][2], True, BLACK)],
                    ["班　级", cl, "学　号", hand(sid, True)],
                    ["<b>项目</b>", "<b>满分</b>", "<b>得分</b>", "<b>说明</b>"]]
            for (it, m), v in sc:
                rows.append([it, str(m), hand(str(v + 5 * (i % 2) if v + 5 * (i % 2) <= m else v), True), hand("需部分帮助" if v < m else "自理", True)])
            body = tbl(rows, width="100%", pad="3px 4px") + title + sit + qa_html(c, rng, i) + '<p>带教老师：%s</p>' % t[0]
        elif f == "booking":   # a 宴会预订单; the student signs at the foot
            bk = tbl([[("<b>宴会预订单</b>　No. GZL-%03d" % (318 + i), ' colspan="4"')],
                      ["预订人", s["others_named"][0], "联系电话", "139****%04d" % (2618 + 37 * i)],
                      ["宴会类型", "婚宴", "桌　数", hand("%d桌" % (20 + i), True)],
                      ["日　期", hand("10月%d日 11:18" % (5 + i), True), "定　金", hand("2000元", True)]], width="100%", pad="3px 4px")
            body = (title + bk + sit + qa_html(c, rng, i) +
                    '<p>&nbsp;</p><p style="text-align:right">接洽人：%s　　班级：%s　　学号：%s</p>' % (hand(n), cl, hand(sid, True)) +
                    '<p style="text-align:right">指导教师：%s</p>' % t[0])
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"foot_table": "x-scanpdf:200:tealeaf", "job_order": "x-scanpdf:250:color", "twocol": "x-scanpdf:250:mono",
            "name_line": "x-scanpdf:200", "group_head": "x-scanpdf:250", "barthel": "x-scanpdf:200:color:tealeaf",
            "booking": "x-scanpdf:250"}[f]
    font = {"twocol": "Noto Sans CJK SC", "barthel": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"


def scores(rng, maxima, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for m in maxima]


def apply_bad(v, b):
    tot = sum(v)
    if b and b[0] == "over":
        v[b[1]] = b[2]
        tot = sum(v)
    elif b and b[0] == "sum":
        tot += b[1]
    return v, tot


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教研组长：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "letter_codes":   # A B C D columns, the maxima in a legend above
        mx = [15, 25, 40, 20]
        legend = ('<p>评分项目及分值：A 原料初加工（15分）　B 刀工成型（25分）　C 烹调火候（40分）　D 装盘卫生（20分）</p>'
                  '<p>等级：90分以上优秀，80—89良好，60—79合格，60分以下不合格。</p>')
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "A", "B", "C", "D", "合计", "等级"]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(scores(rng, mx), bad.get(n))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩汇总表") + legend + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "bonus_landscape":   # two-row head, an 附加分 column explained under the table; landscape
        parts = [("出勤", 10), ("工单填写", 10), ("过程操作", 20), ("故障诊断", 30), ("排除验证", 30)]
        h1 = "<tr>%s</tr>" % "".join([td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                      td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                      td("<b>过程考核（40）</b>", ' align="center" colspan="3"', pad), td("<b>结果考核（60）</b>", ' align="center" colspan="2"', pad),
                                      td("<b>附加分</b>", ' align="center" rowspan="2"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad),
                                      td("<b>备注</b>", ' align="center" rowspan="2"', pad)])
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        bonus = {3: (5, "技能节一等奖"), 17: (3, "技能节三等奖"), 26: (3, "技能节三等奖")}
        for k, n in enumerate(rec):
            v = scores(rng, [m for _, m in parts], 0.6, 0.9)
            b, note = bonus.get(k, (0, ""))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(min(100, sum(v) + b)), note], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>说明：附加分为校技能节获奖加分（一等奖5分，三等奖3分），总分＝过程考核＋结果考核＋附加分，最高100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True, page="size:29.7cm 21cm;margin:1.0cm 1.5cm"), "pdf"
    if f == "total_first":   # the total before the parts
        parts = [("安全规范", 10), ("接线工艺", 30), ("程序编写", 40), ("联调", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号", "总评"] + ["%s(%d)" % p for p in parts]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(scores(rng, [m for _, m in parts]), bad.get(n))
            out.append(trow([str(k + 1), n, sid_of(s, n), "<b>%d</b>" % tot] + [str(x) for x in v], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>注：总评＝各考核项目得分之和。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250"
    if f == "group_col":   # grouped by 组别, no 序号, a 评语 column
        parts = [("直播脚本", 30), ("直播演练", 40), ("订单售后", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["组别", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "评语"]], pad)]
        for k, n in enumerate(rec):
            v = scores(rng, [m for _, m in parts])
            out.append(trow(["第%s组" % "一二三四五六"[k // 7], sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)),
                             ["表达流畅", "脚本完整", "需加强", "积极", "细致", "较好"][rng.randrange(6)]], pad))
        body = head10(s, c, "学习任务考核成绩表（按小组）") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "max_bottom":   # the 满分 row at the bottom
        parts = ["现场勘察", "VLAN配置", "无线部署", "测试文档"]
        mx = [15, 35, 30, 20]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + parts + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = scores(rng, mx)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        out.append(trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for m in mx] + ["<b>100</b>"], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "weighted_fix":   # weighted; two cells hand-corrected in red
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程性评价<br/>(×40%)", "终结性评价<br/>(×60%)", "总评"]], pad)]
        fixes = {6: 9, 21: 6}
        for k, n in enumerate(rec):
            a, b = rng.randint(66, 95), rng.randint(60, 94)
            bcell = str(b)
            if k in fixes:
                old = b - fixes[k]
                bcell = '<s>%d</s> %s' % (old, hand(str(b), True, ink="#c0251a"))
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), bcell, str(int(0.4 * a + 0.6 * b + 0.5))], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out, "86%") +
                "<p>总评＝过程性评价×40%＋终结性评价×60%（四舍五入取整）。更正处已由考核教师签字确认。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250"
    if f == "footnote_max":   # no maxima in the head; a footnote gives them
        parts = ["仪容仪表", "预订受理", "摆台操作", "服务沟通"]
        mx = [10, 20, 40, 30]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + parts + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v, tot = apply_bad(scores(rng, mx), bad.get(n))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核登记表") + table(out) +
                "<p>评分标准：仪容仪表10分；预订受理20分；摆台操作40分；服务沟通30分；满分100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:tealeaf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    parts = ['<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p>' % (c["task"], s["school"], s["cls"])]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "dish_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["出品时间", day(s, 30 + i), "审核", t[j % 2]],
                                                          ["工序", "要点", "用时", "结果"], ["初加工", "去皮泡盐水", "5分钟", "合格"],
                                                          ["烹制", desc, "%d分钟" % (12 + i), "合格"]], width="90%"))
            elif f == "repair_typed":
                parts.append('<h3>%s</h3><p>维修学员：%s（%s）　　客户：%s　　复检：%s</p>' % (title, n, cl, s["others_named"][0], t[j % 2]) +
                             tbl([["项目", "标准", "实测", "结论"], ["前制动盘厚度", "≥20 mm", "22.%d mm" % (1 + i), "合格"],
                                  ["制动踏板自由行程", "10—20 mm", "1%d mm" % (4 + j), "合格"]], width="84%") + "<p>%s</p>" % desc)
            elif f == "commission_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["调试人", "%s（%s，学号%s）" % (n, cl, sid), "监护", t[j % 2]],
                                                          ["参数/项目", "设定", "实测", "结论"], ["加速时间", "3 s", "3.%d s" % i, "合格"],
                                                          ["联锁停止", "≤0.5 s", "0.%d s" % (3 + j), "合格"]], width="92%") + "<p>%s</p>" % desc)
            elif f == "script_typed":
                parts.append('<h3>%s</h3><p>策划：%s（%s）　　供货方：板栗合作社　%s　　审核：%s</p>' % (title, n, cl, s["others_named"][0], t[j % 2]) +
                             tbl([["时段", "画面", "话术"], ["0—3秒", "剥栗特写", "刚出锅的糖炒板栗"], ["4—20秒", "合作社栗园", "山里的老栗树"]], width="90%") +
                             "<p>%s</p>" % desc)
            elif f == "survey_scan":
                parts.append('<h3>%s</h3>' % title + tbl([["实施人", hand(n, True), "班级", cl], ["日期", hand(day(s, 30 + i)[5:], True), "审核", t[j % 2]],
                                                          ["区域", "VLAN", "网段", "备注"], ["育种楼", "10", "10.10.10.0/24", ""],
                                                          ["种子仓库", "30", "10.10.30.0/24", "无线"]], width="90%") + "<p>%s</p>" % desc)
            elif f == "care_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["照护员", n, "班级", cl], ["服务对象", s["others_named"][(i + j) % 2], "带教护理员", s["others_named"][2]],
                                                          ["时间", "内容", "老人反应", "签名"], ["09:10", "协助穿衣", "配合良好", n], ["09:30", "床椅转移", "坐稳", n]],
                                                         width="90%") + "<p>小结：%s</p>" % desc)
            elif f == "banquet_typed":
                parts.append('<h3>%s</h3><p>制作人：%s　　班级：%s　　预订人：%s　　指导：%s</p>' % (title, n, cl, s["others_named"][0], t[j % 2]) +
                             tbl([["项目", "标准", "完成情况"], ["桌数", "22桌", "已确认"], ["主人位", "正对入口", "已摆放"]], width="80%") + "<p>%s</p>" % desc)
            else:
                raise SystemExit(f)
    meth = "x-scanpdf:200" if f == "survey_scan" else "pdf"
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
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f in ("plain_photo", "plain_photo2"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "hand_scan":
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f in ("steam_photo", "steam_photo2"):
            head = ["", "课后作业　%s" % c["task"][:8], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "wenkai_scan":
            head = ["课后练习", "%s　%s　%s号" % (n, cl, sid[-2:])]
        elif f == "ukai_scan":
            head = ["宴会服务课后作业", "班级：%s　姓名：%s" % (cl, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"plain_photo": "x-photo:200:1", "hand_scan": "x-scan:200:4:color", "steam_photo": "x-photo:200:2:steam",
            "wenkai_scan": "x-scan:250:3", "steam_photo2": "x-photo:200:1:steam", "plain_photo2": "x-photo:200:2",
            "ukai_scan": "x-scan:200:4"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "dorm":   # a typed list with 宿舍号 / 走读
        rows = [["序号", "学号", "姓名", "性别", "住宿情况", "职务"]]
        duty = {1: "班长", 8: "团支书", 19: "学习委员"}
        for j, n in enumerate(k):
            dorm = "走读" if rr.random() < 0.2 else "%d号楼%d室" % (rr.choice([3, 5]), rr.choice([201, 203, 305, 307, 412]))
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "男", "男", "女"]), dorm, duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s%s学生名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="90%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　合计：%d人　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "libcard":   # a library-card application list of the class
        rows = [["序号", "学号", "姓名", "性别", "借书证号", "可借册数", "办理日期", "备注"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "女", "女"]), "TS24%04d" % (1307 + j), "3",
                         "2024-09-%02d" % rr.choice([12, 12, 13]), "补办" if j in (11, 30) else ""])
        body = ('<h2 style="text-align:center">%s图书馆借书证办理学生名单</h2><p>班级：%s　　年级：2024级　　经办人：图书馆 王秀芝</p>'
                % (s["school"], s["cls"]) + tbl(rows, width="96%", pad="1px 3px", bold=(0,)) +
                "<p>班主任：%s　　本班共%d人，已全部办理。</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（借书证办理）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Ninety-fourth held-out people corpus (testdata/heldout94), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad:
        raise SystemExit("stand in an earlier corpus: %s" % " ".join(bad))
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"], s["school"]):
            if w in EARLIER_TEXT or w in EARLIER_README:
                raise SystemExit("%s was used by an earlier corpus" % w)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    for i, a in enumerate(all_planted):
        for b in all_teachers + all_others + all_planted[i + 1:]:
            if near(a, b):
                raise SystemExit("planted %s is near %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 94)
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
        lab = {1: "班级人数", 2: "学生人数" if s["seed"] == 21 else "班级人数", 3: "授课班级人数"}[grp(s)]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": "%s | %s" % (lab, s["form_count"]),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
