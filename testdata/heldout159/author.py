#!/usr/bin/env python3
"""Write the sources of the hundred-and-fifty-ninth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go's truth-format struct
tags was read; classaudit was not run on it). Seven submissions of three
invented schools in 北京市门头沟区 (Beijing), 罗定市 (Guangdong, 云浮) and
静宁县 (Gansu, 平凉).

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
# the truth files read for names, tasks and courses to avoid (heldout157, 158 and 160 are written at the same time and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 157)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 门头沟 (京西 villages: 王 李 张 刘 赵 杨 and 高 崔 安 谭 齐 韩 贾
# 郑 孙), 罗定 (粤西: 陈 李 黄 梁 彭 and 林 何 罗 谢 邱 吴 莫 冯 欧 苏 骆), 静宁 (陇东: 王 李 张 刘 杨 马 and
# 魏 何 田 蔡 雒 靳 苏 席 芦 吕 董 贾)
SURNAMES = {
    "mtg": list("王王王王李李李张张张刘刘赵赵杨杨高高崔安谭齐韩贾郑孙马"),
    "ld": list("陈陈陈陈李李李黄黄黄梁梁梁彭彭林林何罗谢邱吴莫冯欧苏骆刘"),
    "jn": list("王王王王李李李张张张刘刘杨杨马马魏魏何田蔡雒靳苏席芦吕董贾"),
}
# given names: a new list, everyday names of students born around 2008-2009
GIVEN2 = ("亦骁 语棠 屿川 沁禾 蔓菁 靖淇 芷蕾 骏熙 粤琳 颖桐 芷柔 振邦 晓澄 梓朗 铠熙 柏谦 浩铭 雨柔 澄溪 予安 知微 嘉禾 "
          "景川 若汐 嘉树 沐晴 书禾 一苇 星澜 钰彤 逸晨 柏舟 念慈 亦菲 梓灏 宸熙 锦瑜 子衿 思妤 安澜 皓宸 煦阳 "
          "芮涵 乐瑶 可岚 欣蕊 羽彤 婧涵 初晴 南乔 以沫 沐瑶 语晨 芊羽 雨菲 清禾 言蹊 知夏 昕玥 梓妍 婉宁 若岚 "
          "浩霖 俊驰 宇皓 家铭 冠霖 启航 明朗 晟轩 伟霆 泓霖 瑞霖 峻熙 梓骞 志杭 永琪 子骁 晋鹏 卓然 嘉乐 瀚宇 "
          "铭浩 昱辰 云帆 鸿涛 展鹏 立诚 思淼 奕博 文瀚 君豪 一凡 子墨 锐泽 俊熙 天麟 晨瑞 毅恒 伟祺 "
          "佳蕊 思琳 雅雯 晓岚 乐怡 欣瑶 紫琪 诗韵 梦涵 雨琦 佩琪 海琳 晓晴 美辰 慧琳 钰洁 楚悦 紫菱 静雯 "
          "雨晗 佳颐 若琪 晴雯 诗蕊 嘉琪 珮瑶 婉儿 芯蕊 晓钰 "
          "浩源 嘉俊 梓聪 家豪 伟业 志聪 健豪 俊朗 子健 嘉伟 卓霖 锦涛 宏亮 海锋 伟鸿 "
          "兴旺 鹏程 世杰 永刚 鑫源 宏伟 建斌 文斌 海龙 军强 彦龙 治国 文亮 小龙 玉龙").split()
GIVEN1 = list("琳博阳悦鑫磊婷浩敏杰")
MALE = set(("亦骁 屿川 骏熙 振邦 梓朗 铠熙 柏谦 浩铭 予安 嘉禾 景川 嘉树 一苇 逸晨 柏舟 梓灏 宸熙 锦瑜 皓宸 煦阳 浩霖 俊驰 "
            "宇皓 家铭 冠霖 启航 明朗 晟轩 伟霆 泓霖 瑞霖 峻熙 梓骞 志杭 永琪 子骁 晋鹏 卓然 嘉乐 瀚宇 铭浩 昱辰 云帆 鸿涛 "
            "展鹏 立诚 思淼 奕博 文瀚 君豪 一凡 子墨 锐泽 俊熙 天麟 晨瑞 毅恒 伟祺 浩源 嘉俊 梓聪 家豪 伟业 志聪 健豪 俊朗 "
            "子健 嘉伟 卓霖 锦涛 宏亮 海锋 伟鸿 兴旺 鹏程 世杰 永刚 鑫源 宏伟 建斌 文斌 海龙 军强 彦龙 治国 文亮 小龙 玉龙 "
            "博 阳 鑫 磊 浩 杰").split())


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
            name = sur + (rng.choice(GIVEN1) if rng.random() < 0.08 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "maglev": dict(major="城市轨道交通运输与管理", code="0431", course="磁浮线路车站客运服务", task="中低速磁浮线上岸站早高峰客流组织与站台乘降服务",
   hours=16, station="城轨车站客运服务一体化学习工作站",
   situation="门头沟的中低速磁浮线连接山前各镇和城区，工作日早上七点到八点半，上岸站进站客流集中，站台一度拥挤。客运分部请城轨班学员分析早高峰客流数据，按岗位作业卡完成站厅巡视、票务处理和站台乘降引导，编写站台广播稿，并在实训站台上演练列车晚点时的客流疏导。",
   qs=[("问题1 早高峰为什么要在站厅设置临时导流栏杆？", ["把进站和出站的乘客分开走，避免在闸机前交叉拥堵，也方便控制进站速度。", "进出站分开，闸机前不交叉。", "控制进站速度。"]),
       ("问题2 站台乘降引导员要站在什么位置？", ["站在车门两侧的安全线外，面向乘客，提醒先下后上，关门提示音响起后做出阻止手势。", "车门两侧，面向乘客。", "提醒先下后上。"])],
   hw=[("1. 列车晚点五分钟以上时广播要说清什么？", ["晚点原因、预计到站时间、可以选择的换乘线路，并向乘客致歉。", "原因和预计时间，向乘客致歉。", "说清换乘线路。"]),
       ("2. 站台乘客过多时先采取哪一级控制？", ["先在站台进行一级控制，暂停站厅下行扶梯，组织乘客在站厅等候。", "一级控制，暂停下行扶梯。", "乘客在站厅等候。"])],
   outputs=[("早高峰客运组织方案", "七点到八点半设两处导流点，站台增派两名引导员。"), ("站台乘降引导岗位卡", "每个车门对应一名引导员。"), ("晚点疏导演练记录", "演练用时十一分钟。")]),
 "minsu": dict(major="饭店(酒店)服务", code="0504", course="乡村民宿管家服务", task="爨底下村四合院民宿管家式入住接待与客房整理",
   hours=16, station="民宿管家服务一体化学习工作站",
   situation="爨底下村的一家四合院民宿在国庆期间客满，来住的多是城里带老人孩子的家庭。民宿主人请饭店班学员以“管家”身份为客人办理入住，介绍院落和村里的古民居，按民宿标准整理客房、铺炕，安排第二天的早餐和登山线路，客人离店后做好回访。",
   qs=[("问题1 管家式入住和酒店前台入住有什么不同？", ["管家从客人进村开始全程陪同，带客人看院子、讲房间设施，入住手续在茶桌上完成，不让客人排队。", "全程陪同，手续在茶桌上办。", "不让客人排队。"]),
       ("问题2 整理炕房时要注意什么？", ["炕面先扫净再铺褥子，被子叠成方块放在炕尾，冬天提前两小时烧炕并检查烟道。", "先扫净再铺褥子。", "提前烧炕，检查烟道。"])],
   hw=[("1. 带老人的家庭客人，管家要多做哪些准备？", ["安排离卫生间近的房间，备好防滑垫和夜灯，提醒台阶和门槛。", "离卫生间近，备防滑垫。", "提醒门槛。"]),
       ("2. 客人离店回访要问哪些内容？", ["对房间、早餐和管家服务是否满意，有什么建议，是否愿意再来。", "满不满意，有什么建议。", "愿不愿意再来。"])],
   outputs=[("入住接待记录", "客人到店到入住完成用时十五分钟。"), ("客房整理检查记录", "东厢房炕房整理合格。"), ("离店回访记录", "客人满意，建议增加素食早餐。")]),
 "oral": dict(major="健康与社会照护", code="0529", course="失能长者口腔照护", task="养老驿站失能长者口腔清洁与义齿护理",
   hours=16, station="长者照护一体化学习工作站",
   situation="门头沟一家社区养老驿站照护着二十多位失能、半失能长者，不少人戴着活动义齿，口腔问题影响进食。驿站请照护班学员在护理员带领下为长者做口腔评估，按规范完成口腔清洁和义齿摘戴、清洗与存放，记录长者的口腔情况，并对家属进行指导。",
   qs=[("问题1 为卧床长者做口腔清洁时，体位怎样摆放？", ["摇高床头三十度左右，头偏向一侧，颌下垫毛巾，防止呛咳和误吸。", "床头摇高，头偏一侧。", "防止误吸。"]),
       ("问题2 取下的义齿应怎样存放？", ["刷洗干净后放在盛有冷水的带盖杯子里，不能泡热水和酒精，杯上写好长者姓名。", "泡在冷水杯里加盖。", "不能泡热水。"])],
   hw=[("1. 口腔评估要观察哪些内容？", ["口唇颜色、有无溃疡和出血、牙龈是否红肿、义齿是否松动、有无异味。", "溃疡、出血、牙龈红肿。", "义齿松动和异味。"]),
       ("2. 怎样指导家属给长者清洗义齿？", ["用软毛牙刷和清水刷洗各个面，不用牙膏，每天至少一次，夜间取下浸泡。", "软毛刷清水刷洗。", "夜间取下浸泡。"])],
   outputs=[("长者生活史访谈记录", "了解长者的饮食习惯和过去的职业。"), ("口腔清洁与义齿护理记录", "义齿清洗后浸泡于冷水杯。")]),
 "yufu": dict(major="烹饪(中式烹调)", code="0501", course="粤西家常菜烹调", task="罗定鱼腐与豆豉蒸排骨出品制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="罗定城区一家老字号酒家要在周末承办三十围寿宴，菜单上有罗定鱼腐和豆豉蒸排骨两道本地家常菜。酒家厨师长请烹饪班学员按标准菜谱备料，把鲮鱼肉打成鱼胶，控制油温炸出金黄饱满的鱼腐，用罗定豆豉蒸好排骨，按炉头分工出品，做好出品登记和成本核算。",
   qs=[("问题1 打鱼胶时为什么要分次加水和盐？", ["分次加盐和冰水，鱼肉里的蛋白质才能慢慢起胶，打出来的鱼胶有弹性，炸的时候鼓得起来。", "分次加，起胶有弹性。", "炸的时候鼓得起来。"]),
       ("问题2 炸鱼腐的油温怎样控制？", ["先用四成油温下鱼胶定型，再升到六成把外皮炸成金黄，油温太高会外焦里生。", "先四成定型再六成上色。", "太高会外焦里生。"])],
   hw=[("1. 豆豉蒸排骨的排骨为什么要先腌制？", ["排骨加盐、糖、生粉和豆豉腌二十分钟，入味又嫩滑，蒸的时候不出太多水。", "入味又嫩滑。", "腌二十分钟。"]),
       ("2. 出品登记要写哪些内容？", ["炉头号、菜名、份数、出品时间、中心温度和出品人。", "菜名、份数和时间。", "中心温度和出品人。"])],
   outputs=[("罗定鱼腐出品记录", "鱼腐金黄饱满，每份十二只。"), ("豆豉蒸排骨出品记录", "蒸制十二分钟，中心温度七十五度。"), ("寿宴两道菜成本核算单", "每份成本二十八元。")]),
 "tyre": dict(major="汽车维修", code="0403", course="汽车车轮与轮胎检修", task="乡镇客运中巴车轮胎偏磨诊断与轮胎换位动平衡",
   hours=16, station="汽车底盘检修一体化学习工作站",
   situation="罗定往乡镇的客运中巴车跑山路多，一位车主反映前轮胎外侧磨得很快，车速到八十公里时方向盘发抖。维修站主管请汽修班学员接车检查轮胎磨损形态、测量胎压和花纹深度，检查前束和悬架，按规范完成轮胎换位和动平衡，并填写维修工单。",
   qs=[("问题1 轮胎外侧偏磨一般是什么原因？", ["前束或外倾角不对、胎压长期偏低、经常高速过弯，都会让外侧磨得快。", "前束不对或胎压偏低。", "高速过弯。"]),
       ("问题2 举升车辆前要确认什么？", ["举升机支撑点对准车辆的指定支撑位置，四个托臂都锁止，车内无人，举起离地后晃动检查是否稳固。", "支撑点对准，托臂锁止。", "离地后检查是否稳固。"])],
   hw=[("1. 轮胎换位为什么要按交叉方式？", ["前后轮磨损部位不同，交叉换位能让四个轮胎磨得均匀，延长使用寿命。", "让四个轮胎磨得均匀。", "延长寿命。"]),
       ("2. 动平衡做完后要检查什么？", ["复测剩余不平衡量在五克以内，平衡块粘贴牢固，轮毂螺栓按规定力矩拧紧。", "复测不平衡量。", "螺栓按力矩拧紧。"])],
   outputs=[("维修工单", "前轮外侧偏磨，调整前束，轮胎交叉换位。"), ("动平衡检测记录", "四轮剩余不平衡量均在五克以内。")]),
 "apple": dict(major="电子商务", code="0603", course="农产品助农直播运营", task="静宁苹果助农直播带货与中控运营",
   hours=16, station="电商直播运营一体化学习工作站",
   situation="深秋的静宁县，红富士苹果进入采收季，一家果品专业合作社想通过直播把苹果卖给外地的消费者。合作社请电商班学员和果农一起策划四场助农直播，学员分别担任主播助理、中控和客服，布置果园直播间，按分钟推进直播流程，直播后汇总订单、安排冷链发货并处理售后。",
   qs=[("问题1 中控在直播中负责什么？", ["按脚本时间上下架商品链接、改价、发福袋，盯住在线人数和库存，提醒主播节奏。", "上下架链接和改价。", "盯住在线人数和库存。"]),
       ("问题2 苹果的卖点怎样讲才让人相信？", ["当场切开看果肉和果核，用糖度计测给观众看，讲清果园海拔和昼夜温差。", "当场切开，测糖度。", "讲海拔和温差。"])],
   hw=[("1. 顾客收到的苹果有磕伤怎么处理？", ["先道歉，请顾客拍照，核实后按磕伤个数补发或退款，记录批次反馈给合作社。", "拍照核实后补发或退款。", "记录批次。"]),
       ("2. 直播前为什么要做库存核对？", ["避免卖超，直播间的库存要和合作社冷库的实际数量一致。", "避免卖超。", "库存和冷库一致。"])],
   outputs=[("直播复盘报告", "场观一万零六百，成交四百一十二单。"), ("售后处理登记", "售后十一单，均已处理。")]),
 "doupu": dict(major="中药", code="1301", course="中药饮片调剂与药斗管理", task="社区中医馆饮片装斗与处方调配复核",
   hours=16, station="中药调剂一体化学习工作站",
   situation="静宁县城一家社区中医馆的药房要在冬季前补充饮片，并按新的斗谱重新装斗。药房主任请中药班学员核对饮片名称和批号，按斗谱装斗、贴好斗签，再按医师处方调配饮片，做到“一方一复核”，最后包装并交代煎服方法。",
   qs=[("问题1 装斗前为什么要核对饮片名称和批号？", ["防止装错斗、混入变质或过期的饮片，批号要记在装斗记录里，出了问题能追查。", "防止装错斗。", "批号记下来能追查。"]),
       ("问题2 哪些饮片不能装在相邻的药斗里？", ["外形相似容易混淆的饮片，以及十八反、十九畏的配伍禁忌药，不能放在相邻的斗里。", "外形相似的不能相邻。", "配伍禁忌的分开。"])],
   hw=[("1. 调配时为什么要“等量递减，逐剂复戥”？", ["每一剂的剂量都要准确，分完一剂就复称一次，误差不能超过百分之五。", "每剂剂量准确。", "误差不超过百分之五。"]),
       ("2. 交代煎服方法要说清什么？", ["浸泡时间、加水量、煎煮次数和时间、先煎后下的药、每日服用几次。", "加水量和煎煮时间。", "先煎后下和服法。"])],
   outputs=[("处方调配复核单", "一方一复核，剂量误差在百分之三以内。"), ("装斗记录", "本次装斗二十四味。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="北京市门头沟区京西技工学校", pack="dir", region="mtg", course="maglev", cls="城轨2401班", size=40, seed=11,
         sidp="2024043101", students=["崔景川", "安若汐", "谭嘉树"], items={12: ["崔景川", "安若汐", "谭嘉树", "贾沐晴"]},
         extra_class=["贾沐晴", "韩亦骁"], bad={"韩亦骁": "over"}, others_named=["贾永明"],
         teachers=["韩铁军", "安秀琴"], form_count="40人",
         f8="jobcard", f10="post_groups", f11="plan_typed", f12="broadcast",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "韩亦骁")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (a printed 站台广播稿 sheet filled in by hand, PHOTOGRAPHED with a phone, an apple on the sheet) holds the "
                 "homework of FOUR students: the three and classmate 贾沐晴 (with an item-10 record): students.count on 12; "
                 "students.mismatch optional. Item 10 (scanned 250 dpi gray, a phone charger on the glass) has a two-row head "
                 "站厅岗 / 站台岗 / 综合 over six parts with their maxima; 韩亦骁 has 36 under `乘降组织(30)` (总分 the sum): "
                 "records.invalid_score. Item 8 (scanned 200 gray, charger): a 站务员岗位作业卡 with 作业程序 | 作业标准 | 卡控要点, "
                 "`作业人` the student by hand, the duty station master 贾永明 signing as 值班站长 (not a student). No roster"),
    dict(school="北京市门头沟区京西技工学校", pack="dir", region="mtg", course="minsu", cls="饭店2401班", size=38, seed=12,
         sidp="2024050401", students=["齐语棠", "郑屿川", "李沁禾"], others_named=["宋立伟", "卢佩珊", "谭守仁"],
         teachers=["格根塔娜", "崔立新"], form_count="38",
         f8="corner_cells", f10="bonus", f11="checkin_typed", f12="hand_page",
         findings=[],
         comment="clean. Teacher 格根塔娜 (a Mongolian name, no surname, no dot) leads the team. Guests 宋立伟 and 卢佩珊 named on "
                 "every worksheet (item 8, colour scan: a head of CORNER-LABEL cells, the label small in each cell's top-left "
                 "corner and the value by hand below) and in the typed check-in records (item 11), the 民宿 owner 谭守仁 as "
                 "`民宿主人`. Item 10 (typed): four parts, an `附加分` column (0, 2 or 3) explained under the table "
                 "(总分 = 四项 + 附加分, none above 100) and a 等级 column; 38 rows = form `授课班级 | 饭店2401班 | 班级人数 | 38` "
                 "(one row of four cells, no unit). No roster"),
    dict(school="北京市门头沟区京西技工学校", pack="dir", region="mtg", course="oral", cls="照护2401班", size=42, seed=13,
         sidp="2024052901", students=["赵蔓菁", "王靖淇", "杨书禾"], extra_class=["高芷蕾"], absent_from_10=["高芷蕾"],
         others_named=["付秀兰", "段长海", "申桂香"], teachers=["齐建华", "谭惠芬"], headteacher="白淑云", form_count="42人",
         roster="pass_list", f8="tooth_chart", f10="satisfaction", f11="lifestory_typed", f12="scan_hand",
         findings=[("records.missing_student", 10, False, "高芷蕾"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 养老驿站实训出入证办理名单, 42, 出入证编号 and 有效期 per row, the 驿站 administrator 申桂香 and the "
                 "head teacher at the foot) and the form (`班级人数 | 42人`) hold 高芷蕾; item 10 (TYPED, a `长者满意度(15)` part "
                 "rated by the elder) has 41 rows and none for her: records.missing_student and records.count_mismatch. Item 8 "
                 "(scanned 250 gray): an 口腔评估单 head with a TOOTH CHART (牙位图, 18-11 | 21-28 over 48-41 | 31-38, ticks by "
                 "hand), `评估人` the student, the elder 付秀兰 or 段长海 named. Item 11 (typed): 长者生活史访谈记录, `访谈人` the "
                 "student, the elder as 访谈对象"),
    dict(school="罗定市泷州技工学校", pack="gbkzip", region="ld", course="yufu", cls="烹饪2402班", size=44, seed=21,
         sidp="24150102", students=["梁骏熙", "彭粤琳", "邱颖桐"], outsiders={"邱颖桐": "烹饪2401班"}, out_sidp="24150101",
         extra_class=["骆芷柔"], bad={"骆芷柔": "sum"}, others_named=["罗炳棠"],
         teachers=["梁伟洪", "彭少芬"], form_count="44人（2024级秋季班）",
         f8="wok_station", f10="mono_plain", f11="dish_typed", f12="mono_hand",
         findings=[("students.not_in_class", 8, True, "邱颖桐"), ("records.invalid_score", 10, False, "骆芷柔")],
         comment="邱颖桐 of the parallel class 烹饪2401班 (her class and 学号 2415010117 on her worksheet, typed dish records and "
                 "homework) is the third student of 8/11/12; item 10 (44 rows = form `44人（2024级秋季班）`) has no record of "
                 "her: students.not_in_class. Item 10 (1-bit 250 dpi scan): six parts with maxima in the head; 骆芷柔's 总分 is 6 "
                 "above the sum of her parts: records.invalid_score. Item 8 (scanned 200 gray): a 炉头出品登记 head (`炉头号 | "
                 "出品人 | 学号 / 班级 | 日期 | 厨师长`), the head chef 罗炳棠 named (not a student). Item 12: 1-bit hand pages. "
                 "No roster"),
    dict(school="罗定市泷州技工学校", pack="gbkzip", region="ld", course="tyre", cls="汽修2301班", size=45, seed=22,
         sidp="23140301", students=["谢振邦", "莫晓澄", "欧梓朗"], items={8: ["谢振邦", "冯铠熙", "欧梓朗"]},
         extra_class=["冯铠熙", "陈柏谦"], absent_from_10=["陈柏谦"], others_named=["莫志雄"],
         teachers=["邱国强", "谢丽萍"], form_count="45人",
         f8="lift_log", f10="bay_merged", f11="workorder_typed", f12="rotation_diagram",
         findings=[("students.mismatch", 8, True), ("records.count_mismatch", 10, False)],
         comment="item 8 (scanned 250 dpi gray) holds the worksheets of 谢振邦, 欧梓朗 and classmate 冯铠熙 (with an item-10 "
                 "record) instead of 莫晓澄's (items 11 and 12 hold the three): students.mismatch. Item 10 (TYPED) lists 44 in "
                 "CAR-BAY blocks (`1号车位` merged over two rows, two students a car); the form says `班级人数 | 45人` (陈柏谦 has "
                 "no row): records.count_mismatch (no roster). Item 8: a 举升机使用登记 head (举升机编号 | 使用人 | 支撑点确认 | "
                 "安全员). Item 11 (typed): 维修工单, the bus owner 莫志雄 named (not a student). Item 12 (colour scan): a "
                 "hand-drawn 轮胎换位示意图 of four wheel boxes with arrows"),
    dict(school="静宁县成纪技工学校", pack="zip", region="jn", course="apple", cls="电商2401班", size=36, seed=31,
         sidp="62240603", students=["雒浩铭", "阿依达娜·塔斯肯", "靳雨柔"], others_named=["王存仓", "程秀芝"],
         teachers=["席宏亮", "苏文娟"], headteacher="吕惠琴", form_count="36人，分6个直播小组", roster="live_rota",
         f8="console_log", f10="weighted", f11="review_typed", f12="photo_apple",
         findings=[],
         comment="clean. 阿依达娜·塔斯肯 (a Kazakh student from 阿克塞, the name with a middle dot) is one of the three. Item 8 "
                 "(printed, PHOTOGRAPHED, an apple on the sheet): a 直播中控记录 (`直播场次 | 中控 | 学号 | 班级`, a timed log of "
                 "上架/改价/福袋 by hand), the fruit grower 王存仓 as 嘉宾主播 (not a student). Item 10 (typed): weighted "
                 "`平台数据×30% 教师评价×40% 企业评价×30%`, 总评 with one decimal (not the sum, explained). Item 11: the buyer "
                 "程秀芝 in the after-sales row. The roster is a 直播排班名单: the whole class in six live-stream groups, a "
                 "date and the roles (主播助理/中控/客服) per row, 36 = form `36人，分6个直播小组` = item 10"),
    dict(school="静宁县成纪技工学校", pack="zip", region="jn", course="doupu", cls="中药2401班", size=40, seed=32,
         sidp="62241301", students=["魏澄溪", "田予安", "蔡知微"], items={8: ["魏澄溪", "蔡知微"]},
         extra_class=["芦嘉禾"], bad={"芦嘉禾": "sum"}, others_named=["贾桂英"],
         teachers=["蔡永红", "芦海燕", "靳淑霞"], form_count="40人",
         f8="fill_drawer", f10="deduct", f11="dispense_color", f12="scan_hand2",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "芦嘉禾")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 gray, a phone charger on the glass) holds the worksheets of only TWO students, 魏澄溪 and "
                 "蔡知微 (田予安's is missing; items 11 and 12 hold the three): students.count on 8; students.mismatch optional. "
                 "Item 10 (scanned 300 gray) has five parts and a `扣分` column with 总分 = 各项之和 − 扣分 (explained under the "
                 "table; five rows carry a deduction); 芦嘉禾's 总分 is 7 above the sum of his parts (no deduction): "
                 "records.invalid_score. Item 8: a 装斗记录 head (`装斗人 | 学号 | 班级 / 复核人 | 日期`) with 斗号/药名/装量/批号 "
                 "rows. Item 11 (printed, colour-scanned): 处方调配复核单, the patient 贾桂英 named. Three teachers. No roster"),
]

PROVINCE = {1: "北京市门头沟区", 2: "广东省云浮市罗定市", 3: "甘肃省平凉市静宁县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CN = "零一二三四五六七八九十"


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 门头沟: "08 工作页.pdf"
        return "%02d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 罗定: "8_工作页.pdf"
        return "%d_%s.pdf" % (n, NAMES[n])
    cn = CN[n] if n <= 10 else "十" + CN[n - 10]
    return "成果%s-%s.pdf" % (cn, NAMES[n])   # 静宁: "成果八-工作页.pdf" (recognised by the name)


def form_name(s, c):
    return {1: ("附件2 申报书-%s.docx" % c["course"], "docx"),
            2: ("%s申报书.pdf" % s["cls"], "pdf"),
            3: ("附件2：申报书（%s）.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


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

def form_rows(s, c):
    g, sd = grp(s), s["seed"]
    if sd == 12:   # the official form's row: 授课班级 | x | 班级人数 | n
        return None
    if sd == 32:
        return [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    return [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("授课学习任务名称", c["task"]),
            ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]


def form_count_text(s):
    if s["seed"] == 12:
        return "授课班级 | %s | 班级人数 | %s" % (s["cls"], s["form_count"])
    return "班级人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务", "是否获得一体化教师培训证书"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导", "是" if i < 2 else "否"] for i, n in enumerate(t)]
    P = "4px 6px"
    rows = form_rows(s, c)
    if rows is None:
        info = tbl([["专业名称", (c["major"], ' align="left" colspan="3"')], ["专业编码", (c["code"], ' align="left" colspan="3"')],
                    ["授课课程名称", (c["course"], ' align="left"'), "总学时", "%d" % (c["hours"] * 4)],
                    ["授课学习任务名称", (c["task"], ' align="left"'), "学时", "%d" % c["hours"]],
                    ["授课年级", "2024级", "培养层级", "中级工"],
                    ["授课班级", s["cls"], "班级人数", s["form_count"]],
                    ["授课实训室或学习工作站名称", (c["station"], ' align="left"'), "工位数", "20"]], width="96%", pad=P)
    else:
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>以学生为中心，按“获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈”六个环节组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实工作，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 37),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="86%"), situation=c["situation"], prov=PROVINCE[g])
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
        return s["out_sidp"] + "17"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def sex_of(n):
    g = bare(n)[1:]
    return "男" if g in MALE else "女"


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t, o = s["f8"], s["teachers"], s.get("others_named", [])
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "jobcard":   # 站务员岗位作业卡: 作业程序 | 作业标准 | 卡控要点 | 完成
            head = tbl([["岗位", "站厅站务员（早班）", "作业人", hand(n, True), "学号", hand(sid, True)],
                        ["班级", hand(cl, True), "作业日期", hand(day(s, i)[5:], True), "监控人", hand(t[i % 2], True, BLACK)]],
                       width="100%", pad="4px 4px")
            steps = [("班前准备", "着装整齐，佩戴工牌，领取对讲机", "对讲机试呼通畅"), ("站厅巡视", "七点前开启导流栏杆，巡视闸机和售票机", "闸机前不得拥堵"),
                     ("票务处理", "处理无效票卡，登记乘客事务", "现金当面点清"), ("站台引导", "车门两侧引导先下后上", "关门提示音响起即阻止抢上"),
                     ("交班", "填写岗位日志，交接对讲机", "未完事项交接清楚")]
            rows = [["作业程序", "作业标准", "卡控要点", "完成"]] + [[a, (b, ' align="left"'), (k, ' align="left"'), hand("☑", True)] for a, b, k in steps]
            body = ('<h3 style="text-align:center">%s<br/>站务员岗位作业卡（学习工作页）</h3>' % c["task"] + head + sit +
                    tbl(rows, width="100%", pad="3px 4px", bold=(0,)) + answers(c, rng, i) +
                    '<p>值班站长确认：%s　　　%s</p>' % (hand(o[0], True, BLACK), comment))
        elif f == "corner_cells":   # cells with the label small in the top-left corner, the value by hand below
            def cell(lbl, val):
                return ('<span style="font-size:7pt;color:#444">%s</span><br/>%s' % (lbl, val), ' align="left" width="25%" height="46"')
            head = tbl([[cell("姓名 Name", hand(n)), cell("学号 No.", hand(sid, True)), cell("班级 Class", hand(cl, True)), cell("实训日期", hand(day(s, i)[5:], True))],
                        [cell("接待房型", hand(["东厢房（炕房）", "西厢房（双床）", "北房（家庭房）"][i % 3], True)), cell("宾客", hand(o[i % 2], True)),
                         cell("组别", hand("第%s组" % "一二三四五六"[i % 6], True)), cell("指导教师", hand(t[i % 2], True, BLACK))]],
                       width="100%", pad="3px 5px")
            body = (title + head + sit + "<p>民宿主人：%s（院落介绍由民宿主人审定）</p>" % o[2] + answers(c, rng, i) + comment)
        elif f == "tooth_chart":   # 口腔评估单 with a tooth chart (FDI numbering), ticks by hand
            elder = o[i % 2]
            head = tbl([["评估对象", elder, "年龄", "%d岁" % (81 + 3 * i), "床号", "%d床" % (3 + 2 * i)],
                        ["评估人", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]], width="100%", pad="4px 4px")
            up = ["18", "17", "16", "15", "14", "13", "12", "11", "21", "22", "23", "24", "25", "26", "27", "28"]
            lo = ["48", "47", "46", "45", "44", "43", "42", "41", "31", "32", "33", "34", "35", "36", "37", "38"]
            miss = set(rng.sample(range(16), 5))
            marks_up = [hand("×" if k in miss else "", True) for k in range(16)]
            marks_lo = [hand("△" if k in (2, 3, 12, 13) else "", True) for k in range(16)]
            chart = tbl([up, marks_up, lo, marks_lo], width="100%", pad="1px 1px")
            body = ('<h3 style="text-align:center">%s<br/>长者口腔评估单（学习工作页）</h3>' % c["task"] + head +
                    "<p><b>牙位图</b>（× 缺失牙　△ 义齿基牙　○ 龋齿）</p>" + chart +
                    "<p>义齿类型：%s　　口腔黏膜：%s</p>" % (hand("上颌活动义齿", True), hand(["无溃疡", "左颊黏膜轻度发红", "无出血"][i % 3], True)) +
                    sit + answers(c, rng, i) + comment)
        elif f == "wok_station":   # 炉头出品登记 head
            head = tbl([["炉头号", "%d号炉" % (2 + i), "出品人", hand(n, True), "学号", hand(sid, True)],
                        ["班级", hand(cl, True), "日期", hand(day(s, i)[5:], True), "厨师长", o[0]]], width="100%", pad="4px 4px")
            log = tbl([["出品时间", "菜名", "份数", "中心温度"],
                       [hand("11:%02d" % (20 + 3 * i), True), "罗定鱼腐", hand("6", True), hand("%d℃" % (78 + i), True)],
                       [hand("11:%02d" % (34 + 2 * i), True), "豆豉蒸排骨", hand("6", True), hand("%d℃" % (75 + i), True)]], width="80%", pad="2px 4px", bold=(0,))
            body = ('<h3 style="text-align:center">%s<br/>炉头出品登记（学习工作页）</h3>' % c["task"] + head + log + sit + answers(c, rng, i) + comment)
        elif f == "lift_log":   # 举升机使用登记 head
            head = tbl([["举升机编号", "%d号双柱举升机" % (1 + i), "使用人", hand(n, True), "学号", hand(sid, True)],
                        ["班级", hand(cl, True), "支撑点确认", hand("☑ 四点已对准", True), "安全员", hand(t[i % 2], True, BLACK)],
                        ["举升时间", hand("14:%02d" % (5 + 6 * i), True), "降落时间", hand("15:%02d" % (10 + 4 * i), True), "车辆", "粤W·%d%d%d客运中巴" % (3 + i, 7, 2 * i + 1)]],
                       width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    "<p>胎压测量（kPa）：左前 %s　右前 %s　左后 %s　右后 %s</p>" % tuple(hand(str(x), True) for x in (430 + i, 425, 450, 455 - i)) + comment)
        elif f == "console_log":   # 直播中控记录: a timed log by hand
            head = tbl([["直播场次", "第%s场" % "一二三四"[i % 4], "中控", hand(n, True), "学号", hand(sid, True)],
                        ["班级", hand(cl, True), "嘉宾主播", "%s（果农）" % o[0], "日期", hand(day(s, i)[5:], True)]], width="100%", pad="4px 4px")
            log = tbl([["时间", "在线人数", "中控操作"],
                       [hand("19:00", True), hand(str(180 + 40 * i), True), hand("上架1号链接（5斤装）", True)],
                       [hand("19:25", True), hand(str(420 + 35 * i), True), hand("发福袋，改价", True)],
                       [hand("19:50", True), hand(str(390 + 20 * i), True), hand("上架2号链接（10斤礼盒）", True)],
                       [hand("20:20", True), hand(str(260 + 10 * i), True), hand("下架，核对库存", True)]], width="86%", pad="2px 4px", bold=(0,))
            body = ('<h3 style="text-align:center">%s<br/>直播中控记录（学习工作页）</h3>' % c["task"] + head + log + sit + answers(c, rng, i) + comment)
        elif f == "fill_drawer":   # 装斗记录 head and rows
            head = tbl([["装斗人", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)],
                        ["复核人", hand(t[i % 3], True, BLACK), "日期", hand(day(s, i)[5:], True), "药房", "社区中医馆"]], width="100%", pad="4px 4px")
            herbs = [("A3", "黄芪", 500), ("A4", "党参", 500), ("B1", "当归", 400), ("B2", "川芎", 300), ("C5", "甘草", 500)]
            log = tbl([["斗号", "药名", "装量(g)", "批号"]] + [[a, b, hand(str(g), True), hand("2409%02d%d" % (11 + k, i + 1), True)] for k, (a, b, g) in enumerate(herbs)],
                      width="80%", pad="2px 4px", bold=(0,))
            body = ('<h3 style="text-align:center">%s<br/>饮片装斗记录（学习工作页）</h3>' % c["task"] + head + log + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"jobcard": "x-scanpdf:200:charger", "corner_cells": "x-scanpdf:200:color", "tooth_chart": "x-scanpdf:250",
            "wok_station": "x-scanpdf:200", "lift_log": "x-scanpdf:250", "console_log": "x-scanpdf:200:photo:apple",
            "fill_drawer": "x-scanpdf:200:charger"}[f]
    font = {"corner_cells": "Noto Sans CJK SC", "lift_log": "Noto Sans CJK SC", "console_log": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font, compact=True, page="margin:1.2cm 1.5cm"), meth


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
    return "优秀" if x >= 90 else "良好" if x >= 80 else "中等" if x >= 70 else "合格" if x >= 60 else "不合格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "post_groups":   # two-row head: 站厅岗 / 站台岗 / 综合 over six parts with maxima
        parts = [("巡视引导", 15), ("票务处理", 15), ("乘降组织", 30), ("应急广播", 20), ("团队协作", 10), ("安全规范", 10)]
        h1 = "<tr>%s%s%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>站厅岗</b>", ' align="center" colspan="2"', pad),
                                         td("<b>站台岗</b>", ' align="center" colspan="2"', pad), td("<b>综合</b>", ' align="center" colspan="2"', pad),
                                         td("<b>总分</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 36
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", compact=True, page="margin:1.0cm 1.6cm"), "x-scanpdf:250:charger"
    if f == "bonus":   # four parts, 附加分 explained, 等级
        parts = [("迎宾接待", 20), ("入住登记", 20), ("客房整理", 30), ("管家服务", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["附加分", "总分", "等级"]], pad)]
        bonus = {k: rng.choice([2, 3]) for k in rng.sample(range(len(rec)), 7)}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.92)
            b = bonus.get(k, 0)
            tot = sum(v) + b
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b), str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：附加分为国庆期间在民宿开放日担任院落讲解员（加2分）或获得客人书面表扬（加3分）的奖励分，总分＝四项得分＋附加分，总分不超过100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "satisfaction":   # a plain table with a 长者满意度 part
        parts = [("沟通评估", 15), ("口腔清洁", 30), ("义齿护理", 25), ("安全防护", 15), ("长者满意度", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>注：长者满意度由被照护长者（或家属）按“很满意、满意、一般”口头评价，护理员折算为分数记入。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "mono_plain":   # six parts, maxima in the head, 1-bit scan
        parts = [("原料初加工", 15), ("刀工成形", 15), ("火候", 25), ("调味", 25), ("装盘", 10), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>%d分" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>出品评分：厨师长 %s</p>" % s["others_named"][0] + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250:mono"
    if f == "bay_merged":   # car-bay blocks: 车位 merged over two rows
        parts = [("接车检查", 15), ("磨损诊断", 25), ("轮胎换位", 25), ("动平衡", 25), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["车位", "序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        cars = ["客运中巴", "小型面包车", "皮卡", "家用轿车"]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))]
            if k % 2 == 0:
                span = 2 if k + 1 < len(rec) else 1
                bay = td("%d号车位<br/>%s" % (k // 2 + 1, cars[(k // 2) % 4]), ' align="center" rowspan="%d"' % span, pad)
                out.append("<tr>%s%s</tr>" % (bay, "".join(td(x, ' align="center"', pad) for x in cells)))
            else:
                out.append(trow(cells, pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>每个车位两名学生合作完成，分项成绩按个人操作评定。</p>" + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted":   # three sources, weighted 总评 with one decimal
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "直播小组", "平台数据<br/>（×30%）", "教师评价<br/>（×40%）", "企业评价<br/>（×30%）", "总评"]], pad)]
        for k, n in enumerate(rec):
            a, b, e = rng.randint(66, 96), rng.randint(68, 95), rng.randint(70, 96)
            tot = (a * 3 + b * 4 + e * 3) / 10.0
            out.append(trow([str(k + 1), sid_of(s, n), n, "第%d组" % (s["grp_of"][n] + 1), str(a), str(b), str(e), "%.1f" % tot], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) +
                "<p>说明：三项均为百分制原始分；平台数据取直播后台的场观、转化和售后评分，企业评价由合作社评定；"
                "总评＝平台数据×30%＋教师评价×40%＋企业评价×30%，保留一位小数。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "deduct":   # five parts and a 扣分 column, 总分 = sum − 扣分
        parts = [("审方", 15), ("调配", 35), ("复核", 15), ("包装", 15), ("装斗", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["扣分", "总分"]], pad)]
        ded = {k: rng.choice([2, 3, 5]) for k in rng.sample([k for k, n in enumerate(rec) if n not in bad], 5)}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            dd = ded.get(k, 0)
            tot = sum(v) - dd + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [("−%d" % dd) if dd else "", str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：扣分为安全操作扣分（饮片撒落、未复核即包装）和超时扣分，总分＝各项得分之和－扣分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t, o = s["f11"], s["teachers"], s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "plan_typed":   # 编制人
                parts.append('<h3 style="text-align:center">%s</h3><p>编制人：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["时段", "预计进站人数", "控制措施", "岗位"], ["07:00-07:40", str(1300 + 80 * i), "站厅导流栏杆", "3人"],
                                  ["07:40-08:30", str(2100 + 110 * i), "暂停下行扶梯，站厅等候", "6人"]], width="90%") + "<p>要点：%s</p>" % desc)
            elif f == "checkin_typed":   # 接待员 and the guests
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["宾客姓名", "%s 等%d人" % (o[(i + j) % 2], 3 + j), "房间", ["东厢房", "西厢房", "北房"][(i + j) % 3]],
                                  ["管家（接待员）", "%s（%s）" % (n, cl), "日期", day(s, 30 + i)],
                                  ["民宿主人", o[2], "审核", t[j % 2]], ["记录", (desc, ' colspan="3"')]], width="92%"))
            elif f == "lifestory_typed":   # 访谈人 and the elder
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["访谈对象", "%s（%d岁）" % (o[i % 2], 81 + 3 * i), "访谈人", n],
                                      ["班级", cl, "学号", sid], ["过去的职业", ["煤矿井下工人", "乡村小学教师", "供销社售货员"][i % 3], "饮食偏好", ["爱吃软烂的面食", "喜欢小米粥", "不吃辣"][i % 3]],
                                      ["访谈摘要", (desc, ' colspan="3"')]], width="92%") + "<p>审阅：%s</p>" % t[0])
                else:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["长者", o[i % 2], "照护员", "%s（%s）" % (n, cl)], ["义齿类型", "上颌活动义齿", "清洁方式", "软毛刷清水刷洗"],
                                      ["浸泡", "冷水加盖", "指导教师", t[1]], ["记录", (desc, ' colspan="3"')]], width="92%"))
            elif f == "dish_typed":   # 出品人
                parts.append('<h3>%s</h3>' % title + tbl([["出品人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "鲮鱼肉600克" if j == 0 else "排骨500克", "辅料", "罗定豆豉、陈皮、葱" if j else "鸡蛋、生粉、冰水"],
                                                          ["成品评价", desc, "评价人", t[j % 2]]], width="90%"))
            elif f == "workorder_typed":   # 维修技师 and the owner
                parts.append('<h3>%s</h3>' % title + tbl([["车主", o[0], "车型", "十九座客运中巴"],
                                                          ["维修技师", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                                          ["项目", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "review_typed":   # 中控/运营 and the buyer
                if j == 0:
                    parts.append('<h3>%s</h3><p>中控：%s（%s）　　嘉宾主播：%s（果农）</p>' % (title, n, cl, o[0]) +
                                 tbl([["指标", "数值"], ["场观", str(10600 + 300 * i)], ["成交单数", str(412 + 9 * i)], ["转化率", "%.1f%%" % (3.8 + 0.2 * i)]], width="60%") +
                                 "<p>%s</p><p>审核：%s</p>" % (desc, t[0]))
                else:
                    parts.append('<h3>%s</h3><p>客服：%s（%s）</p>' % (title, n, cl) +
                                 tbl([["订单号", "买家", "问题", "处理"], ["JN%07d" % (3304120 + 7 * i), o[1], "两个苹果有磕伤", "补发两个，已回访"],
                                      ["JN%07d" % (3304188 + 5 * i), "（匿名买家）", "物流慢", "已催件"]], width="92%") + "<p>%s</p>" % desc)
            elif f == "dispense_color":   # 调配人, 复核人 and the patient
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["患者", o[0], "处方号", "ZY-2024-%04d" % (1206 + 3 * i + j)], ["剂数", "%d剂" % (5 + j), "煎服", "水煎服，日一剂"],
                                  ["调配人", n, "复核人", t[j % 3]], ["班级", cl, "学号", sid]], width="90%") + "<p>备注：%s</p>" % desc)
            else:
                raise SystemExit(f)
    meth = "x-scanpdf:200:color" if f == "dispense_color" else "pdf"
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), meth


# ------------------------------------------------------------------ item 12

def item12_html(s, c, names):
    """HTML homework (printed sheets filled in by hand): the broadcast script and the tyre-rotation diagram."""
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    pages = []
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = ""
        for qi, (q, a) in enumerate(c["hw"]):
            qa += "<p><b>%s</b></p><p>%s</p><p %s>%s</p>" % (q, hand(a[(i + qi + 1) % 3]), RED, mark(rng))
        if f == "broadcast":   # 站台广播稿: 播报时机 | 广播内容, by hand
            rows = [["播报时机", "广播内容"],
                    [hand("列车进站前", True), hand("各位乘客，开往石厂方向的列车即将进站，请站在黄色安全线以内，先下后上。", True)],
                    [hand("站台拥挤时", True), hand("请往站台两端走，那里的车厢比较空。", True)],
                    [hand("列车晚点", True), hand("因前方区间设备故障，列车预计晚点%d分钟，给您带来不便，敬请谅解。" % (5 + 2 * i), True)]]
            body = ('<h3 style="text-align:center">课后作业　站台广播稿</h3>' +
                    "<p>班级：%s　　姓名：%s　　学号：%s</p>" % (hand(cl, True), hand(n), hand(sid, True)) +
                    tbl([[(x, ' width="22%"'), (y, ' align="left"')] for x, y in rows], width="100%", pad="6px 5px", bold=(0,)) + qa +
                    '<p style="text-align:right"><span %s>阅 %s</span></p>' % (RED, day(s, 20 + i)[5:]))
        elif f == "rotation_diagram":   # a hand-drawn tyre-rotation diagram: four wheel boxes with arrows
            diagram = ('<table style="border-collapse:separate;border-spacing:6px" width="70%%">'
                       '<tr><td style="border:2px solid #22306a;padding:10px" align="center">%s</td><td align="center">%s</td><td style="border:2px solid #22306a;padding:10px" align="center">%s</td></tr>'
                       '<tr><td align="center">%s</td><td align="center">%s</td><td align="center">%s</td></tr>'
                       '<tr><td style="border:2px solid #22306a;padding:10px" align="center">%s</td><td align="center">%s</td><td style="border:2px solid #22306a;padding:10px" align="center">%s</td></tr></table>'
                       % (hand("左前", True), hand("车头 ↑", True), hand("右前", True), hand("↓", True), hand("╳ 交叉", True), hand("↓", True),
                          hand("左后", True), hand("", True), hand("右后", True)))
            body = ('<h3 style="text-align:center">课后作业</h3>' +
                    "<p>姓名 %s　　班级 %s</p>" % (hand(n), hand(cl, True)) +
                    "<p><b>画出本车的轮胎换位示意图（前驱车，交叉换位）</b></p>" + diagram +
                    "<p>%s</p>" % hand("前轮直着换到后轮，后轮交叉换到前轮。", True) + qa +
                    '<p style="text-align:right"><span %s>阅 %s %s</span></p>' % (RED, t[i % 2], day(s, 20 + i)[5:]))
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"broadcast": "x-scanpdf:200:photo:apple", "rotation_diagram": "x-scanpdf:200:color"}[f]
    return "12.html", html(PB.join(pages), "10.5pt", compact=True, page="margin:1.5cm 1.8cm"), meth


def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    if f in ("broadcast", "rotation_diagram"):
        nm, tx, meth = item12_html(s, c, names)
        write(os.path.join(d, "12.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
        return nm, tx, meth
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
        if f == "hand_page":
            head = ["课后作业（民宿管家）", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "scan_hand":
            head = ["口腔照护课后作业", "姓名：%s　学号：%s　班级：%s" % (n, sid, cl)]
        elif f == "mono_hand":
            head = ["课后作业　%s" % c["course"], "%s　%s　%s" % (cl, sid, n)]
        elif f == "photo_apple":
            head = ["助农直播课后作业", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "scan_hand2":
            head = ["中药调剂课后作业", "班级 %s　学号 %s　姓名 %s" % (cl, sid, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"hand_page": "x-scan:200:4", "scan_hand": "x-scan:250:3", "mono_hand": "x-scan:200:4:mono",
            "photo_apple": "x-photo:200:2:apple", "scan_hand2": "x-scan:250:3"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "pass_list":   # 养老驿站实训出入证办理名单
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "出入证编号", "有效期至", "领取"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "YZ-%03d" % (201 + j), "2025.01.17", "☑"], "1px 4px"))
        body = ('<h2 style="text-align:center">养老驿站实训出入证办理名单</h2><p style="text-align:center">%s　%s　2024—2025学年第一学期</p>' % (s["school"], s["cls"]) +
                table(rows, width="84%") +
                "<p>驿站行政主管：%s　　　班主任：%s　　　共%d人</p><p>出入证限实训时段使用，离站时交回护理站。</p>" % (s["others_named"][2], s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单（出入证）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "live_rota":   # 直播排班名单: six groups, a date and roles per row
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "直播日期", "岗位"])]
        roles = ["主播助理", "中控", "场控", "客服", "客服", "数据记录"]
        for g in range(6):
            members = [n for n in k if s["grp_of"][n] == g]
            rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px;background:#eeeeee">第%s直播小组　%s</td></tr>'
                        % ("一二三四五六"[g], "2024年10月%d日（周%s）晚7点场" % (14 + g, "一二三四五六"[g])))
            for j, n in enumerate(members):
                rows.append(trow([str(k.index(n) + 1), sid_of(s, n), n, "10月%d日" % (14 + g), roles[j % 6]], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　助农直播排班名单</h2><p style="text-align:center">%s　（合作社直播间，每晚一场）</p>' % (s["cls"], s["school"]) +
                table(rows, width="80%") + "<p>班主任：%s　　　全班%d人，分6个直播小组</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（直播排班）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-fifty-ninth held-out people corpus (testdata/heldout159), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 159)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        k = s["klass"]
        for i, a in enumerate(k):
            for b in k[i + 1:]:
                assert not near(a, b), (a, b)
        s["grp_of"] = {n: j % 6 for j, n in enumerate(k)}
        rec = [n for n in k if n not in s.get("absent_from_10", [])]
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
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") and s.get("roster") else {},
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
