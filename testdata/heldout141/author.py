#!/usr/bin/env python3
"""Write the sources of the hundred-and-forty-first held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the truth-format struct tags of
pipeline/heldout_test.go was read; classaudit was not run on it). Seven
submissions of three invented schools in 同江市 (Heilongjiang, 佳木斯),
陇西县 (Gansu, 定西) and 霞浦县 (Fujian, 宁德).

The html/table helpers, the class drawing and the earlier-name filter are
copied from testdata/heldout64/author.py; the layouts, courses, tasks and
classes are new.

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
# the truth files read for names, tasks and courses to avoid (heldout141-144 are written at the same time and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 141)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 同江 (闯关东 families from 山东: 王 李 张 刘 孙 于 赵 and the
# 胶东 surnames 隋 初 丛 鞠 宫 衣 战; 尤 毕 葛 of the 赫哲 families of 街津口), 陇西 (李 the 陇西 clan name, 汪 王
# 张 赵 何 杨 牛 马 陈 安 包 漆 豆 蒲), 霞浦 (闽东: 林 陈 郑 黄 吴 缪 阮 蔡 叶 薛, the 畲 surnames 雷 蓝 钟)
SURNAMES = {
    "tj": list("王王王王李李李张张张刘刘刘孙孙赵赵于于杨高隋初丛鞠宫衣战尤毕葛"),
    "lx": list("李李李李李王王王张张张汪汪汪赵赵何何杨杨牛马陈安包漆豆蒲"),
    "xp": list("林林林林陈陈陈陈郑郑黄黄吴吴王刘张杨雷蓝钟缪缪阮蔡叶薛"),
}
# given names: a new list of everyday names of students born around 2008-2009
GIVEN2 = ("宇辰 子骞 雨航 佳伟 晓峰 家旺 思琪 钰彤 梓萌 欣悦 梓豪 雅静 佳乐 浩宇 博文 子墨 俊熙 雨萱 思远 诗涵 "
          "俊杰 雨桐 梓航 晨曦 晓琳 佳怡 文博 雅婷 一帆 泽宇 明远 昊天 子睿 语汐 可欣 思源 嘉乐 天宇 皓然 "
          "若曦 紫涵 宇航 锦涛 鹏程 思雨 欣然 梦瑶 心悦 佳豪 浩然 书涵 奕霖 晨阳 志豪 婧怡 雅琪 亦菲 雨晴 "
          "天佑 子涵 梓轩 沐阳 俊宇 宏宇 瑞泽 乐萱 芷若 诗雨 晨萱 家铭 博远 世豪 凯瑞 晓东 振华 润泽 嘉怡 "
          "婉婷 欣妍 子怡 海涛 文轩 铭浩 宇泽 浩铭 思彤 语彤 欣彤 雅馨 紫琪 梦琪 佳慧 晓敏 慧敏 静雯 佳欣 "
          "冠霖 承宇 泽楷 宇轩 子豪 国豪 家骏 俊辉 志伟 伟航 恒宇 旭东 晓宇 星辰 逸凡 思齐 子硕 嘉明 彦霖 "
          "梓晴 可馨 安琪 雨菲 若楠 诗琪 美琳 佳宁 婉清 舒涵 心怡 一诺 依诺 沛琪 瑾瑜 晓雪 丹妮 俊楠 立新").split()
GIVEN1 = list("昊鑫磊帆涛琳婷悦")


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
 "heater": dict(major="新能源汽车检测与维修", code="0435", course="纯电动汽车低温热管理系统检修",
   task="高寒地区纯电动汽车动力电池低温加热功能失效诊断与修复", hours=16, station="新能源汽车热管理检修一体化学习工作站",
   situation="一月的同江，夜里气温降到零下三十度。一位跑城乡客运的纯电动汽车车主反映，早上开车时仪表提示动力电池温度过低、功率受限，充电桩上充了两个小时电量只涨了百分之八。合作的新能源汽车服务站把这辆车交给新能源班学员：做好高压安全防护，读取电池管理系统数据，检查PTC加热器、水泵和加热继电器，找出加热功能失效的原因并修复，最后做低温充电验证。",
   qs=[("问题1 低温下为什么要先给动力电池加热再充电？", ["锂电池在零度以下大电流充电容易析锂，损伤电芯，所以电池管理系统会限制充电电流，先加热到合适温度再充。", "零度以下充电会析锂，伤电芯。", "先加热，电池管理系统才放开充电电流。"]),
       ("问题2 检查加热回路前要做哪些高压防护？", ["断开低压蓄电池负极，拔下维修开关，等五分钟，戴绝缘手套用万用表确认母线电压低于安全值。", "拔维修开关，验电确认无高压。", "戴绝缘手套，等五分钟再验电。"])],
   hw=[("1. PTC加热器电阻怎样测量？", ["断开插接器，用万用表电阻挡测两端，冷态电阻应在规定范围，开路说明加热器损坏。", "断开插头测两端电阻。", "开路就是坏了。"]),
       ("2. 加热继电器不吸合可能有哪些原因？", ["控制线圈没有供电、线圈断路、电池管理系统没有发出加热请求或者保险熔断。", "线圈没电或断路。", "保险熔断。"])],
   outputs=[("动力电池加热系统故障诊断报告", "PTC加热继电器线圈断路，更换后加热正常。"), ("维修工单", "低温充电验证：电池温度升到十度后充电功率恢复。")]),
 "border": dict(major="饭店(酒店)服务", code="0504", course="涉外旅游团队前厅接待服务",
   task="中俄界江冬季旅游团队入住登记与离店结账服务", hours=14, station="前厅服务一体化学习工作站",
   situation="元旦前后，一个二十四人的俄罗斯冬季冰雪旅游团从同江口岸入境，在城里一家酒店住两晚。酒店前厅经理请酒店班学员做好团队预订核对，准备团队房卡和欢迎资料，办理外国人入住登记并上传住宿信息，安排叫醒和行李服务，离店时完成团队结账和客人的个人消费结账。",
   qs=[("问题1 外国客人入住时要核对哪些证件信息？", ["核对护照上的姓名、国籍、护照号码和签证或免签入境记录，人证一致后办理住宿登记。", "护照、签证和入境记录。", "人证一致才办理入住。"]),
       ("问题2 团队入住为什么要提前准备房卡？", ["团队客人同时到店，提前按分房名单制好房卡装进信封，能缩短客人在大堂等候的时间。", "缩短客人等候时间。", "按分房名单装信封。"])],
   hw=[("1. 团队结账和个人结账有什么不同？", ["团队房费和团餐由旅行社统一结算，客人在酒店的酒水、洗衣等个人消费由客人自己结清。", "房费团餐由旅行社付。", "个人消费自己结。"]),
       ("2. 叫醒服务怎样登记？", ["按领队提供的时间在系统里逐房设置，并在交班本上登记，叫醒后没有应答的要派人敲门。", "逐房设置并登记。", "没有应答要敲门。"])],
   outputs=[("团队入住接待记录", "二十四人，十二间双床房，二十分钟办完入住。"), ("离店结账单", "团队账与个人账分开结清。")]),
 "astragalus": dict(major="中药", code="1301", course="中药材产地加工与饮片鉴别", task="陇西黄芪趁鲜切制与饮片显微鉴别",
   hours=16, station="中药鉴定与加工一体化学习工作站",
   situation="十月是陇西黄芪的采挖季，首阳镇一家中药材专业合作社按新的产地加工规范对黄芪趁鲜切片。合作社请学校中药班学员到加工车间，按规程完成洗净、分级、趁鲜切制和干燥，并对切好的饮片做性状鉴别和显微鉴别，填写检验记录，判断是否符合药典规定。",
   qs=[("问题1 什么叫趁鲜切制？", ["药材采挖后不经干燥，趁新鲜直接切成片再干燥，可以减少反复浸润造成的成分损失。", "新鲜时直接切片再干燥。", "减少浸润损失。"]),
       ("问题2 黄芪饮片的性状特征有哪些？", ["切面皮部黄白色，木部淡黄色，有放射状纹理和裂隙，俗称菊花心，气微，味微甜，嚼之有豆腥味。", "菊花心，味微甜。", "嚼之有豆腥味。"])],
   hw=[("1. 黄芪粉末在显微镜下能看到什么？", ["纤维成束，壁厚；具缘纹孔导管；木栓细胞多角形；偶见石细胞。", "纤维成束，有导管。", "木栓细胞多角形。"]),
       ("2. 切片后为什么要及时干燥？", ["鲜片含水多，堆放容易发热霉变，要在六十度以下烘干到含水量合格。", "防止发热霉变。", "六十度以下烘干。"])],
   outputs=[("黄芪饮片质量检验报告书", "性状、显微、水分均符合规定。"), ("趁鲜切制加工记录", "切片厚度二至四毫米。")]),
 "auger": dict(major="机电一体化技术", code="0127", course="输送设备变频调速控制系统安装与调试",
   task="马铃薯淀粉生产线螺旋输送机变频调速系统安装与调试", hours=18, station="机电设备安装调试一体化学习工作站",
   situation="定西的马铃薯收获后，一家淀粉厂的螺旋输送机要改成变频调速，根据后段旋流器的进料量自动调节转速。厂里的设备主管请订单班学员按图纸安装变频器和控制柜，完成主回路和控制回路接线，设置变频器参数，编写启停和多段速程序，在空载和带料两种情况下调试，并填写调试记录交企业验收。",
   qs=[("问题1 变频器的主回路输入和输出能不能接反？", ["不能。R、S、T接电源，U、V、W接电机，接反会烧坏变频器的逆变模块。", "不能接反，会烧模块。", "电源接RST，电机接UVW。"]),
       ("问题2 为什么要设置加速时间和减速时间？", ["螺旋输送机带料启动负载大，加速太快会过流跳闸，减速太快会过压报警。", "防止过流和过压。", "带料启动负载大。"])],
   hw=[("1. 多段速由哪几个端子组合选择？", ["用多功能输入端子的通断组合选择，三个端子可以组合出七段速度。", "三个端子组合七段速。", "端子通断组合。"]),
       ("2. 调试时电机反转怎么处理？", ["停电后对调电机侧任意两根相线，或者修改变频器的运转方向参数。", "对调两根相线。", "改方向参数。"])],
   outputs=[("变频调速系统调试记录", "空载与带料调试合格。"), ("控制柜接线检查表", "端子紧固，线号齐全。")]),
 "noodles": dict(major="电子商务", code="0603", course="农产品网店运营与直播推广", task="定西马铃薯宽粉网店上新与直播带货复盘",
   hours=14, station="电商运营一体化学习工作站",
   situation="定西一家马铃薯粉条合作社新推出了火锅宽粉，想在网店上新并做几场直播。合作社负责人请电商班学员拍摄产品图片，写商品标题和详情页，设置价格和优惠券，分工完成三场直播，每场直播后开复盘会，整理数据、记录问题，提出下一场的改进措施。",
   qs=[("问题1 商品标题要包含哪些关键词？", ["产地、品类、规格和卖点，比如定西、马铃薯宽粉、火锅、五百克、不加明矾。", "产地、品类、规格、卖点。", "定西宽粉、火锅、五百克。"]),
       ("问题2 详情页第一屏放什么？", ["放最能打动顾客的卖点和煮好后的实物图，三秒钟内让顾客知道这是什么、好在哪。", "卖点和实物图。", "三秒说清好在哪。"])],
   hw=[("1. 直播复盘看哪些数据？", ["场观人数、平均停留时长、商品点击率、成交转化率和退款率。", "场观、停留、转化。", "点击率和退款率。"]),
       ("2. 顾客说宽粉煮了会断怎么回复？", ["先致歉，说明要冷水下锅、煮八到十分钟，附上煮法视频，确有质量问题的补发或退款。", "说明煮法，附视频。", "质量问题补发退款。"])],
   outputs=[("直播复盘会议纪要", "下场把试吃环节提前到第十分钟。"), ("商品详情页文案", "不加明矾，久煮不烂。")]),
 "tideflat": dict(major="计算机动画制作", code="0306", course="二维动画角色与短片制作", task="霞浦滩涂渔家文化宣传短片角色设定与二维动画制作",
   hours=16, station="二维动画制作一体化学习工作站",
   situation="霞浦的滩涂吸引了很多摄影爱好者，县文旅部门想做一部一分钟的二维动画宣传短片，讲一个渔家少年跟着爷爷赶海、插竹竿养紫菜的故事。动画工作室请动画班学员完成角色设定和三视图，绘制主要场景，制作角色走路和划船的循环动画，最后合成输出并提交作品。",
   qs=[("问题1 角色三视图为什么要画在同一条水平线上？", ["正面、侧面、背面的头顶、肩、腰、脚底对齐，动画师才能保证角色转身时比例不变。", "对齐才能保证比例。", "转身时比例不变。"]),
       ("问题2 走路循环最少要几张关键帧？", ["左右脚各一个接触帧和一个经过帧，一共四张关键帧，中间再加中间画。", "四张关键帧。", "接触帧和经过帧。"])],
   hw=[("1. 滩涂场景的色彩怎样设计？", ["以清晨的暖橙色和滩涂的银灰色为主调，竹竿和渔船用深色压住画面。", "暖橙和银灰为主调。", "竹竿渔船用深色。"]),
       ("2. 输出成片要注意哪些参数？", ["分辨率1920×1080，帧率二十五帧，编码H.264，文件按学号和姓名命名。", "1080P，二十五帧。", "按学号姓名命名。"])],
   outputs=[("作品原创声明与作品信息", "作品时长六十二秒。")]),
 "mealcare": dict(major="健康与社会照护", code="0529", course="居家老年人生活照护", task="海岛渔村独居老人居家助餐与用药提醒服务",
   hours=16, station="居家照护一体化学习工作站",
   situation="霞浦一个海岛渔村里，年轻人大多外出打工，不少老人独自生活。镇上的居家养老服务站每天中午给老人送餐，并提醒患有高血压、糖尿病的老人按时服药。服务站请照护班学员评估老人的饮食需要，按低盐、软食的要求配餐送餐，协助进食，核对药盒，做好用药提醒，并把情况记录下来告诉家属。",
   qs=[("问题1 给高血压老人配餐要注意什么？", ["少盐少酱油，不用腌制的鱼干虾皮，多用清蒸和炖，每天盐不超过五克。", "少盐，不用腌制品。", "清蒸炖煮，盐不超五克。"]),
       ("问题2 协助老人进食时怎样防止呛咳？", ["让老人坐直或抬高床头，小口慢喂，吃完再坐半小时，不要边吃边说话。", "坐直，小口慢喂。", "饭后坐半小时。"])],
   hw=[("1. 用药提醒前要核对什么？", ["核对老人姓名、药名、剂量、服药时间和方法，看药盒里的药是否已经按时吃掉。", "姓名、药名、剂量、时间。", "看药盒里的药吃了没有。"]),
       ("2. 发现老人漏服降压药怎么办？", ["不要自行让老人补服双倍剂量，先测血压，联系家属和社区医生，按医嘱处理并记录。", "不能补双倍，先测血压。", "联系家属和医生。"])],
   outputs=[("居家助餐与用药提醒服务记录", "老人按时服药，血压平稳。"), ("老人饮食与用药情况告家属单", "建议家属每周来看望一次。")]),
}

LANDMARKS = {"同江市街津口技工学校": ["同江", "街津口"], "陇西县仁寿山技工学校": ["陇西", "仁寿山"],
             "霞浦县松城技工学校": ["霞浦", "松城"]}
TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="同江市街津口技工学校", pack="zip", region="tj", course="heater", cls="新能源2401班", size=38, seed=11,
         sidp="20240435", students=["宫子骞", "鞠雨航", "尤佳伟"], items={12: ["宫子骞", "鞠雨航", "尤佳伟", "初晓峰"]},
         extra_class=["初晓峰", "于家旺"], bad={"于家旺": "over"}, others_named=["丛守田", "战立军"],
         teachers=["葛庆海", "孙秀兰"], form_count="38人",
         f8="ppe_strip", f10="checkin_sessions", f11="repair_typed", f12="photo_selfcheck",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "于家旺")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos with a hand warmer lying on each sheet) holds the homework of FOUR students: the three and "
                 "classmate 初晓峰 (with an item-10 record): students.count on 12; students.mismatch optional. Item 10 (scanned "
                 "250 dpi gray, hand warmer) is a register in 检录 (call-up) order grouped by 场次, 学号 out of order; 于家旺 has 39 "
                 "under `维修操作（35分）` (总分 the sum): records.invalid_score. Item 8 (scanned 250 gray, hand warmer): a "
                 "绝缘防护用品检查记录 strip at the top with the student as `检查人`, class and 学号 only at the foot. Item 11 "
                 "(typed): the driver 丛守田 as 车主, the service-station master 战立军 as 质检 (neither a student). No roster"),
    dict(school="同江市街津口技工学校", pack="zip", region="tj", course="border", cls="酒店2401班", size=36, seed=12,
         sidp="20240504", students=["毕思琪", "丛欣妍", "宫丽娜"],
         others_named=["安娜·伊万诺娃", "谢尔盖·彼得罗夫", "曲志军", "衣秀梅"],
         teachers=["尤桂香", "隋海英"], form_count="36人", roster="border_pass", headteacher="杨淑梅",
         f8="selfcheck_goals", f10="bonus_russian", f11="group_checkin_typed", f12="hand_scan_warmer",
         findings=[],
         comment="clean. The roster is a 边境通行证办理名单 for a cross-border study trip (36, 办理状态 and 备注 columns), the "
                 "school's 外事办 clerk 衣秀梅 at the foot; 36 = form `学员人数 | 36人` = item 10 (typed, a 附加分 column for "
                 "service in Russian, 总分 = parts + 附加分, explained under the table). The Russian group leader 安娜·伊万诺娃, the "
                 "guest 谢尔盖·彼得罗夫 (middle dots) and the Chinese tour escort 曲志军 are named on item 8 and item 11 (not "
                 "students). Item 8 (colour scan 200): the student only as `自评人` under a 学习目标达成自评 table"),
    dict(school="陇西县仁寿山技工学校", pack="gbkzip", region="lx", course="astragalus", cls="中药2401班", size=42, seed=21,
         sidp="24130101", students=["汪欣悦", "安子硕", "牛雅静"], outsiders={"牛雅静": "中药2402班"}, out_sidp="24130102",
         extra_class=["何晓敏"], absent_from_10=["何晓敏"], others_named=["安福生"],
         teachers=["漆永红", "包永胜"], form_count="42",
         f8="microscope", f10="plain_typed", f11="qc_report_typed", f12="photo_hand",
         findings=[("students.not_in_class", 8, True, "牛雅静"), ("records.count_mismatch", 10, False)],
         comment="牛雅静 of the parallel class 中药2402班 (her class and 学号 241301021x on her 显微鉴别 worksheet, her 检验报告书 "
                 "and her homework) is the third student of 8/11/12; item 10 has no record of her: students.not_in_class. "
                 "Item 10 (TYPED) lists 41 students; the form says `学生总数（人） | 42`: records.count_mismatch (no roster). "
                 "Item 8 (colour scan 200): a 显微鉴别实训记录 with the student as `实训者`. Item 11 (typed): a 饮片质量检验报告书, "
                 "`检验者` the student, `复核者` a teacher, the cooperative's 安福生 as 送检人 (not a student)"),
    dict(school="陇西县仁寿山技工学校", pack="gbkzip", region="lx", course="auger", cls="机电2401班", size=38, seed=22,
         sidp="24012701", students=["漆俊辉", "豆佳豪", "汪星辰"], extra_class=["蒲晓东"], absent_from_10=["蒲晓东"],
         others_named=["何振东"], teachers=["赵建业", "陈玉霞", "豆红军"], form_count="38", roster="order_class_xlsx",
         headteacher="汪淑珍",
         f8="plain_line", f10="mono_plain", f11="commissioning_typed", f12="color_hand",
         findings=[("records.missing_student", 10, False, "蒲晓东"), ("records.count_mismatch", 10, False)],
         comment="the roster (an .xlsx 订单班花名册, 38, with 订单企业 / 意向岗位 / 企业导师 columns) and the form (`学生总数（人） | "
                 "38`) hold 蒲晓东; item 10 (scanned 1-bit 300 dpi) has 37 rows and none for him: records.missing_student and "
                 "records.count_mismatch. The factory's 何振东 is 企业导师 on the roster and 验收人 on item 11 (not a student)"),
    dict(school="陇西县仁寿山技工学校", pack="gbkzip", region="lx", course="noodles", cls="电商2401班", size=40, seed=23,
         sidp="24060301", students=["汪博远", "巴合提·叶尔兰", "安梦瑶"], others_named=["安守成", "汪海鹏"],
         teachers=["尕藏才让", "安建华"], form_count="40",
         f8="head_row", f10="seal_corrections", f11="minutes_typed", f12="photo_hand",
         findings=[],
         comment="clean. A Kazakh student from 阿克塞 (巴合提·叶尔兰, middle dot) among the three; a Tibetan teacher (尕藏才让, the 主讲). "
                 "Item 10 (colour scan 200): 40 rows = form `40`; on three rows a printed mark is struck through and the "
                 "corrected mark written by hand beside it (总分 corrected too), each correction with the red square 名章 of the "
                 "teacher 安建华 in a 备注 column, as the note under the table says. Item 11 (typed): one 直播复盘会议纪要 per "
                 "student (记录人 the student; 参会人员 the three, the cooperative's 安守成, the live-stream base's 汪海鹏 and a "
                 "teacher) and a 详情页文案 with `撰写：<name>`"),
    dict(school="霞浦县松城技工学校", pack="dir", region="xp", course="tideflat", cls="动画2401班", size=40, seed=31,
         sidp="202403061", students=["林语汐", "缪家铭", "郑雨桐"], items={11: ["林语汐", "缪家铭", "黄沛琪"]},
         extra_class=["黄沛琪", "阮逸凡"], bad={"阮逸凡": "sum"}, others_named=["阿潮", "海妹", "潮生爷爷"],
         teachers=["蓝彩凤", "吴志斌"], form_count="40名",
         f8="two_row_box", f10="evidence_col", f11="declaration_photo", f12="character_sheet",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "阮逸凡")],
         comment="item 11 (printed 作品原创声明 sheets, photographed, a pulse oximeter lying on each) holds 林语汐, 缪家铭 and "
                 "classmate 黄沛琪 (with an item-10 record) instead of 郑雨桐 (items 8 and 12 hold the three): students.mismatch. "
                 "Item 10 (TYPED) has an `评价依据` column (the work numbers and files the marks rest on); 阮逸凡's 总分 is 7 "
                 "above the sum of his parts: records.invalid_score. Item 12 (scanned 200 gray): a 角色设定表 homework naming the "
                 "FICTIONAL characters 阿潮, 海妹 and 潮生爷爷 (角色名称), the student as `设计者`. No roster"),
    dict(school="霞浦县松城技工学校", pack="dir", region="xp", course="mealcare", cls="照护2401班", size=36, seed=32,
         sidp="202405291", students=["雷晓琳", "薛婧怡", "蔡文博"], items={8: ["雷晓琳", "薛婧怡"]},
         extra_class=["钟依诺"], bad={"钟依诺": "over"}, others_named=["陈依妹", "刘金水"],
         teachers=["叶素珍", "林建平"], form_count="36名",
         f8="meal_strip", f10="photo_register", f11="care_typed", f12="photo_oximeter",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "钟依诺")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 1-bit 200 dpi) holds only TWO worksheets, 雷晓琳's and 薛婧怡's (蔡文博's missing; 11 and 12 "
                 "hold the three): students.count on 8; students.mismatch optional. Item 10 (the printed register photographed "
                 "with a phone, a pulse oximeter lying on it below the table): 钟依诺 has 34 under `用药提醒（30）` (总分 the "
                 "sum): records.invalid_score. Item 8: a 居家助餐配餐单 strip at the top (服务对象 the elder 陈依妹, 配餐员 the "
                 "student by hand); item 11 (typed) names the elder and her son 刘金水 (not students). No roster"),
]

PROVINCE = {1: "黑龙江省佳木斯市同江市", 2: "甘肃省定西市陇西县", 3: "福建省宁德市霞浦县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 同江: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 陇西: "No.8 工作页.pdf" (recognised by the name)
        return "No.%d %s.pdf" % (n, NAMES[n])
    return "%d．%s.pdf" % (n, NAMES[n])   # 霞浦: full-width dot "8．工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：申报书-%s.docx" % c["task"], "docx"),
            2: ("附件2 工学一体化优质课堂项目申报书（%s）.pdf" % c["major"], "pdf"),
            3: ("%s-申报书.docx" % s["cls"], "docx")}[grp(s)]


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
BLUE, BLACK, SEALRED = "#22306a", "#141414", "#c4261d"
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


def seal_cell(name):
    """A table cell stamped with a square red personal seal (名章): `<name>印` in a 2 x 2 grid, read right column
    first, the red frame of the seal over the cell's rules (Writer draws no nested table reliably)."""
    ch = list(name + "印") if len(name) == 3 else list(name[:4])
    txt = "%s%s<br/>%s%s" % (ch[2], ch[0], ch[3], ch[1])
    return td('<span style="font-family:\'Noto Serif CJK SC\';color:%s;font-size:8pt;font-weight:bold">%s</span>' % (SEALRED, txt),
              ' align="center"', "0px 1px", "1.8pt solid %s" % SEALRED)


# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "学员人数 | %s" % s["form_count"]
    if g == 2:
        return "学生总数（人） | %s" % s["form_count"]
    return "授课班级及学生数 | %s，%s" % (s["cls"], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 同江: 学员人数 with 人
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学员人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 陇西: 学生总数（人） a bare number
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生总数（人）", s["form_count"]), ("授课地点", c["station"])]
    else:   # 霞浦: class and size in one cell
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及学生数", "%s，%s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=4 + s["seed"] % 21, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


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
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 9", "√ 10", "√ 清楚", "√ 较好"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 7) % 26)


def answers(c, rng, i, ink=BLUE, qs="qs"):
    out = ""
    for qi, (q, a) in enumerate(c[qs]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "%02d" % (11 + len(n))
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def male(n):
    g = bare(n)[1:] if "·" not in n else "男"
    return g in ("男", "子骞", "雨航", "佳伟", "晓峰", "家旺", "梓豪", "佳乐", "浩宇", "博文", "子墨", "俊熙", "思远", "俊杰",
                 "梓航", "晨曦", "文博", "一帆", "泽宇", "明远", "昊天", "子睿", "思源", "嘉乐", "天宇", "皓然", "宇航", "锦涛",
                 "鹏程", "佳豪", "浩然", "奕霖", "晨阳", "志豪", "天佑", "梓轩", "沐阳", "俊宇", "宏宇", "瑞泽", "家铭", "博远",
                 "世豪", "凯瑞", "晓东", "振华", "润泽", "海涛", "文轩", "铭浩", "宇泽", "浩铭", "冠霖", "承宇", "泽楷", "宇轩",
                 "子豪", "国豪", "家骏", "俊辉", "志伟", "伟航", "恒宇", "旭东", "晓宇", "星辰", "逸凡", "子硕", "嘉明", "彦霖",
                 "俊楠", "立新", "宇辰", "昊", "鑫", "磊", "帆", "涛")


# ------------------------------------------------------------------ item 8

WEEK = "一二三四五六日"
MICRO_XY = (0.545, 0.243)   # the centre of the empty drawing cell of the 显微鉴别 record (fractions of the page)


def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "ppe_strip":   # a PPE check strip at the top, the student as 检查人; class and 学号 only at the foot
            ok = hand("√", True)
            strip = tbl([[("<b>绝缘防护<br/>用品检查</b>", ' rowspan="2"'), "绝缘手套（1000V）", "护目镜", "绝缘鞋", "绝缘垫", "检查人", "检查时间"],
                         ["气密 %s 无破损 %s" % (ok, ok), ok, ok, ok, hand(n, True), hand("%d:%02d" % (8, 2 + 7 * i), True)]],
                        width="100%", pad="3px 3px")
            body = (strip + title + sit + answers(c, rng, i) +
                    '<p><b>实训小结：</b>%s</p>' % hand(["加热继电器线圈断路是这次的故障点，测电阻前一定要先验电。", "低温下电池管理系统限功率是保护，不是故障。",
                                                      "水泵不转也会让加热效果变差，要一起检查。"][i % 3], True) + comment +
                    '<p style="text-align:right">班级：%s　　学号：%s</p>' % (hand(cl, True), hand(sid, True)))
        elif f == "selfcheck_goals":   # a goal self-check table; the student only as 自评人 under it
            goals = ["能核对外国客人的护照、签证和入境记录", "能按分房名单准备团队房卡和欢迎资料", "能区分团队账和个人账并完成结账"]
            rows = [["学习目标", "已掌握", "基本掌握", "未掌握"]]
            for gi, g in enumerate(goals):
                k = (i + gi) % 3 if (i + gi) % 3 < 2 else 0
                rows.append([(g, ' align="left"')] + [hand("√", True) if k == j else "" for j in range(3)])
            body = (title + sit.replace("俄罗斯冬季冰雪旅游团", "俄罗斯冬季冰雪旅游团（领队：%s）" % s["others_named"][0]) +
                    "<p>全陪导游：%s　　　住店客人示例：%s（1208房）</p>" % (s["others_named"][2], s["others_named"][1]) +
                    answers(c, rng, i) + "<p><b>学习目标达成自评</b></p>" + tbl(rows, width="96%", pad="3px 4px", bold=(0,)) +
                    '<p>自评人：%s　　学号：%s　　日期：%s</p>' % (hand(n), hand(sid, True), hand(day(s, i)[5:], True)) + comment)
        elif f == "microscope":   # a microscopy record; the student as 实训者
            head = tbl([["实训者", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)],
                        ["显微镜编号", "XSP-%02d" % (3 + i), "物镜／目镜", "10×／10×", "日期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            draw = tbl([[("<b>显微特征绘图</b><br/>（黄芪粉末，水合氯醛透化）", ' width="30%"'),
                         ("", ' width="28%" height="150"'),
                         (hand("① 纤维成束，壁厚<br/>② 具缘纹孔导管<br/>③ 木栓细胞多角形<br/>④ 石细胞少见", True), ' align="left"')]],
                       width="100%", pad="2px 4px")
            body = ('<h3 style="text-align:center">%s<br/>显微鉴别实训记录（学习工作页）</h3>' % c["task"] + head +
                    draw + "<p>鉴别结论：%s　　复核：%s</p>" % (hand("符合《中国药典》黄芪显微特征", True), t[(i + 1) % 2]) +
                    sit + answers(c, rng, i) + comment)
        elif f == "plain_line":
            head = '<p>学生姓名：%s　　学号：%s　　班级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_row":
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "组别", hand("第%s组" % "一二三四"[i % 4], True)]],
                       width="100%", pad="4px 4px")
            body = (title + head + sit.replace("合作社负责人", "合作社负责人%s" % s["others_named"][0]) + answers(c, rng, i) + comment)
        elif f == "two_row_box":
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="80%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "meal_strip":   # a meal-delivery slip at the top: the elder and the student as 配餐员
            strip = tbl([[("<b>居家助餐<br/>配餐单</b>", ' rowspan="2"'), "服务对象", "年龄", "饮食要求", "配餐员", "送达时间"],
                         ["%s（独居）" % s["others_named"][0], "8%d岁" % (1 + i), "低盐、软食、少刺", hand(n, True), hand("11:%02d" % (15 + 6 * i), True)]],
                        width="100%", pad="3px 3px")
            body = (strip + title + sit + answers(c, rng, i) + comment +
                    '<p style="text-align:right">班级：%s　　学号：%s</p>' % (hand(cl, True), hand(sid, True)))
        else:
            raise SystemExit(f)
        pages.append(body)
    ovl = []
    if f == "microscope":   # the field of view drawn in the empty drawing cell (by hand, in pencil-grey)
        ovl = [{"type": "text", "runs": [["◎", "gray"]], "size": 60, "x": MICRO_XY[0], "y": MICRO_XY[1], "angle": 0, "page": "all"}]
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": ovl}, ensure_ascii=False, indent=1))
    meth = {"ppe_strip": "x-scanpdf:250:handwarmer", "selfcheck_goals": "x-scanpdf:200:color", "microscope": "x-scanpdf:200:color",
            "plain_line": "x-scanpdf:200", "head_row": "x-scanpdf:250", "two_row_box": "x-scanpdf:200:color",
            "meal_strip": "x-scanpdf:200:mono"}[f]
    font = {"selfcheck_goals": "Noto Sans CJK SC", "head_row": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    if f == "checkin_sessions":   # rows in 检录 (call-up) order, grouped by 场次; 学号 out of order
        parts = [("安全防护", 10), ("故障诊断", 35), ("维修操作", 35), ("竣工检验", 20)]
        order = list(rec)
        rng.shuffle(order)
        out = [trow(["<b>%s</b>" % x for x in ["检录号", "学号", "姓名"] + ["%s（%d分）" % p for p in parts] + ["总分", "备注"]], pad)]
        sess = [("第一场　12月16日 8:30—10:30", 0, 13), ("第二场　12月16日 14:00—16:00", 13, 26), ("第三场　12月17日 8:30—10:30", 26, len(order))]
        for si, (label, a, b) in enumerate(sess):
            out.append('<tr><td colspan="9" style="border:0.75pt solid #000;padding:1px 6px;background:#e8e8e8">%s　　考评员：%s、%s</td></tr>'
                       % (label, t[si % 2], t[(si + 1) % 2]))
            for k in range(a, b):
                n = order[k]
                v = part_scores(rng, parts)
                if bad.get(n) == "over":
                    v[2] = 39
                out.append(trow(["J-%02d" % (k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), ""], pad))
        body = (head10(s, c, "学习任务技能考核成绩记录（按检录顺序）") + table(out) +
                "<p>说明：考生按检录号顺序分三场进行实操考核，检录号由抽签产生。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:250:handwarmer"
    if f == "bonus_russian":   # a 附加分 column for service in Russian, explained
        parts = [("仪容仪表", 10), ("预订核对", 20), ("入住登记", 30), ("离店结账", 30), ("服务礼仪", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.93)
            b = rng.choice([0, 0, 0, 1, 2, 3])
            b = min(b, 100 - sum(v))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [("+%d" % b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：附加分为在考核中全程用俄语完成对客服务的加分（1—3分），计入总分，总分 = 各项得分 + 附加分，最高100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_typed":
        parts = [("趁鲜切制", 30), ("干燥", 20), ("性状鉴别", 25), ("显微鉴别", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "mono_plain":
        parts = [("机械安装", 20), ("电气接线", 30), ("参数设置与调试", 40), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>（%d分）" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:300:mono"
    if f == "seal_corrections":   # struck printed marks, hand corrections, the teacher's 名章 in 备注
        parts = [("选品分析", 20), ("详情页设计", 30), ("直播执行", 30), ("客服售后", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        fix = set(rng.sample(range(len(rec)), 3))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            tot = str(sum(v))
            note = ""
            if k in fix:
                j = rng.choice([1, 2])
                old = v[j]
                v[j] = min(parts[j][1], old + rng.randint(2, 5))
                cells[j] = '<span style="text-decoration:line-through">%d</span> %s' % (old, hand(str(v[j]), True, "#b8231a", "11pt"))
                tot = '<span style="text-decoration:line-through">%s</span> %s' % (tot, hand(str(sum(v)), True, "#b8231a", "11pt"))
                note = seal_cell(t[1])
            row = "".join(td(x, ' align="center"', pad) for x in [str(k + 1), sid_of(s, n), n] + cells + [tot])
            out.append("<tr>%s%s</tr>" % (row, note or td("", ' align="center"', pad)))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：登记后经复核更正的成绩，原成绩划线作废，更正后的成绩写在旁边，并在该行备注栏加盖评分教师名章。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color"
    if f == "evidence_col":   # an 评价依据 column: the works the marks rest on
        parts = [("角色设计", 25), ("场景设计", 20), ("动画制作", 35), ("合成输出", 20)]
        ev = ["角色三视图、走路循环", "场景线稿、上色稿", "划船循环、表情动画", "分镜、合成工程"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "评价依据"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            e = "作品XP-%02d：%s" % (k + 1, ev[k % 4])
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), e], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>评价依据：作品编号对应学生提交的作品文件夹，评分时以作品文件为准。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "photo_register":   # the printed register photographed with a phone; the oximeter below the table
        parts = [("沟通评估", 15), ("助餐操作", 35), ("用药提醒", 30), ("人文关怀", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s（%d）" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 34
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out, width="88%") + sign + "<p>　</p>" * 6
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:photo:oximeter"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    meth = "pdf"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "repair_typed":   # 维修技师, the driver as 车主, the station master as 质检
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车主", s["others_named"][0], "车型", "纯电动紧凑型轿车（城乡客运）"],
                                  ["维修技师", "%s（%s）" % (n, cl), "质检", s["others_named"][1]],
                                  ["环境温度", "-%d℃" % (24 + 2 * i + j), "日期", day(s, 30 + i)],
                                  ["结论", (desc, ' colspan="3" align="left"')]], width="92%") +
                             "<p>指导教师：%s</p>" % t[j % 2])
        elif f == "group_checkin_typed":   # team check-in record: leader and a guest named, the escort, the student as 接待员
            parts.append('<h3 style="text-align:center">%s</h3>' % c["outputs"][0][0] +
                         tbl([["团队名称", ("哈巴罗夫斯克冬季冰雪旅游团", ' colspan="3"')],
                              ["领队", s["others_named"][0], "全陪导游", s["others_named"][2]],
                              ["人数／房数", "24人／12间", "入住日期", day(s, 30 + i)],
                              ["接待员", "%s（%s）" % (n, cl), "审核", t[i % 2]],
                              ["备注", ("客人%s（1208房）需要加床，已安排。" % s["others_named"][1], ' colspan="3" align="left"')]], width="92%") +
                         "<p>%s</p>" % c["outputs"][0][1])
            parts.append('<h3 style="text-align:center">%s</h3>' % c["outputs"][1][0] +
                         tbl([["项目", "结算方", "金额（元）"], ["团队房费（2晚×12间）", "旅行社", "%d" % (6720 + 240 * i)],
                              ["团队早餐", "旅行社", "1440"], ["1208房洗衣", "%s（自付）" % s["others_named"][1], "%d" % (60 + 15 * i)]], width="80%") +
                         "<p>收银员：%s（%s）　　%s</p>" % (n, cl, c["outputs"][1][1]))
        elif f == "qc_report_typed":   # 检验报告书: 检验者 the student, 复核者 a teacher, the cooperative's 送检人
            parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:right">报告编号：LX-YP-2024-%03d</p>' % (c["outputs"][0][0], 31 + i) +
                         tbl([["品名", "黄芪（趁鲜切片）", "批号", "HQ2410%02d" % (8 + i)],
                              ["送检单位", "首阳镇中药材专业合作社", "送检人", s["others_named"][0]],
                              ["检验项目", "标准规定", "检验结果", "结论"],
                              ["性状", "切面有放射状纹理，菊花心", "符合", "合格"],
                              ["显微鉴别", "纤维成束，具缘纹孔导管", "符合", "合格"],
                              ["水分", "不得过10.0%", "%.1f%%" % (8.2 + 0.3 * i), "合格"],
                              ["检验者", "%s（%s）" % (n, cl), "复核者", t[i % 2]]], width="92%") +
                         "<p>检验结论：本品按《中国药典》检验，%s</p>" % c["outputs"][0][1])
            parts.append('<h3 style="text-align:center">%s</h3>' % c["outputs"][1][0] +
                         tbl([["加工人", "%s（%s，学号%s）" % (n, cl, sid)], ["鲜品重量", "%d kg" % (50 + 5 * i)],
                              ["切片厚度", "2—4 mm"], ["干燥", "55℃烘干6小时"], ["说明", c["outputs"][1][1]]], width="84%"))
        elif f == "commissioning_typed":   # 调试人 the student, the factory's 企业导师 as 验收人
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["设备", "螺旋输送机 LS-%d" % (250 + 50 * j), "调试日期", day(s, 30 + i)],
                                  ["调试人", "%s（%s）" % (n, cl), "验收人", "%s（企业导师）" % s["others_named"][0]],
                                  ["空载", "50 Hz 电流 %.1f A" % (6.2 + 0.2 * i), "带料", "42 Hz 电流 %.1f A" % (9.8 + 0.3 * i)],
                                  ["结论", (desc, ' colspan="3" align="left"')]], width="92%") +
                             "<p>指导教师：%s</p>" % t[j % 3])
        elif f == "minutes_typed":   # meeting minutes: the student as 记录人, the three and outsiders as 参会人员
            k = ["第一场", "第二场", "第三场"][i]
            parts.append('<h3 style="text-align:center">%s（%s直播）</h3>' % (c["outputs"][0][0], k) +
                         tbl([["时间", "%s 20:30—21:15" % day(s, 30 + i), "地点", "电商直播实训室"],
                              ["主持人", s["others_named"][1] + "（直播基地运营主管）", "记录人", n],
                              ["参会人员", ("%s；合作社负责人%s；指导教师%s" % ("、".join(s["students"]), s["others_named"][0], t[i % 2]), ' colspan="3" align="left"')],
                              ["本场数据", ("场观%d人，平均停留%d秒，成交%d单，转化率%.1f%%" % (3200 + 700 * i, 41 + 6 * i, 96 + 31 * i, 3.0 + 0.4 * i), ' colspan="3" align="left"')],
                              ["问题与改进", ("%s" % c["outputs"][0][1], ' colspan="3" align="left"')]], width="94%", align="left"))
            parts.append('<h3>%s</h3><p>撰写：%s（%s）</p><p>%s。冷水下锅，煮八到十分钟，口感筋道。</p>' % (c["outputs"][1][0], n, cl, c["outputs"][1][1]))
        elif f == "declaration_photo":   # an originality declaration per student, printed, signed, photographed
            works = ["《赶海少年》角色设定与走路循环", "《竹竿上的紫菜》场景与划船动画", "《滩涂的清晨》片头合成"]
            parts.append('<h3 style="text-align:center">作品原创声明</h3>'
                         '<p>　　本人%s，系%s%s学生（学号：%s），郑重声明：所提交的作品%s为本人在指导教师指导下独立完成，'
                         '作品中的角色、场景和动画均为本人原创绘制，未抄袭、套用他人作品。如有不实，本人愿承担相应责任。</p>'
                         % (hand(n), s["school"], cl, hand(sid, True), works[i % 3]) +
                         tbl([["作品名称", works[i % 3]], ["作品时长", "%d秒" % (58 + 2 * i)], ["文件格式", "MP4（1920×1080，25帧）"],
                              ["指导教师", t[i % 2]]], width="80%") +
                         '<p style="text-align:right">声明人（签名）：%s　　%s</p>' % (hand(n), hand(day(s, 30 + i), True)))
            meth = "x-scanpdf:200:photo:oximeter"
        elif f == "care_typed":   # care records: the elder, her son, the student as 服务人员
            parts.append('<h3 style="text-align:center">%s</h3>' % c["outputs"][0][0] +
                         tbl([["服务对象", s["others_named"][0], "年龄", "83岁"], ["服务人员", "%s（%s）" % (n, cl), "日期", day(s, 30 + i)],
                              ["午餐", "清蒸鲳鱼（去刺）、蒸蛋、青菜、米饭", "进食情况", "吃完大半，无呛咳"],
                              ["用药", "硝苯地平缓释片 1片（午饭后）", "核对", "药盒已空，按时服用"],
                              ["血压", "%d/%d mmHg" % (138 - 2 * i, 82 + i), "督导", t[i % 2]]], width="94%") +
                         "<p>%s</p>" % c["outputs"][0][1])
            parts.append('<h3 style="text-align:center">%s</h3>' % c["outputs"][1][0] +
                         "<p>%s先生：</p><p>　　您母亲%s本周每天中午按时吃饭，午饭后的降压药都按时服用，血压平稳。%s</p>"
                         "<p style=\"text-align:right\">居家养老服务站　服务人员：%s（%s）</p>"
                         % (s["others_named"][1], s["others_named"][0], c["outputs"][1][1], n, cl))
        else:
            raise SystemExit(f)
    if meth != "pdf":   # printed sheets only (no cover), one a student
        parts = parts[1:]
        write(os.path.join(d, "11.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), meth


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "character_sheet":   # a printed 角色设定表 filled in by hand; fictional characters named
        chars = [("阿潮", "12岁", "渔家少年，跟爷爷赶海", "机灵、好动，爱光着脚在滩涂上跑", "斗笠、蓝布短衫、卷起的裤腿"),
                 ("海妹", "10岁", "讨小海的女孩，阿潮的邻居", "细心、胆小，会唱渔歌", "红头巾、碎花上衣、竹篮"),
                 ("潮生爷爷", "68岁", "老船老大，插竹养紫菜", "话少、稳重，手上全是老茧", "旧蓑衣、草鞋、烟斗")]
        pages = []
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            nm, age, who, mood, cloth = chars[i % 3]
            pages.append('<h3 style="text-align:center">%s　课后作业<br/>角色设定表</h3>' % c["course"] +
                         tbl([["角色名称", hand(nm, True), "年龄", hand(age, True)],
                              ["身份", (hand(who, True), ' colspan="3" align="left"')],
                              ["性格", (hand(mood, True), ' colspan="3" align="left"')],
                              ["服装与道具", (hand(cloth, True), ' colspan="3" align="left"')],
                              ["主色调", (hand(["海蓝 + 沙黄", "朱红 + 米白", "褐灰 + 暗绿"][i % 3], True), ' colspan="3" align="left"')],
                              ["三视图", ("正面、侧面、背面线稿（手绘稿见附页）", ' colspan="3" height="60"')],
                              ["设计者", hand(n, True), "班级／学号", hand("%s／%s" % (cl, sid), True)]], width="94%", pad="5px 6px") +
                         '<p %s>%s</p><p>批阅：%s　%s</p>' % (RED, ["A 造型有特点", "A- 颜色再统一些", "B+ 比例再推敲"][i % 3], t[i % 2], day(s, 20 + i)[5:]))
        return "12.html", html(PB.join(pages), "10.5pt"), "x-scanpdf:200"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "photo_selfcheck":   # homework with a self-assessment line
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
            end = ["> 自我评价：%s" % ["已掌握", "基本掌握", "已掌握", "基本掌握"][i % 4]] + end
        elif f == "hand_scan_warmer":
            head = ["课后作业（前厅接待）", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "photo_hand":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, n, sid)]
        elif f == "color_hand":
            head = ["课后练习（变频调速）", "学号 %s　姓名 %s　班级 %s" % (sid, n, cl)]
        elif f == "photo_oximeter":
            head = ["居家照护课后作业", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_selfcheck": "x-photo:200:1:handwarmer", "hand_scan_warmer": "x-scan:200:4:handwarmer", "photo_hand": "x-photo:200:2",
            "color_hand": "x-scan:200:3:color", "photo_oximeter": "x-photo:200:1:oximeter"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "border_pass":   # the class on a border-pass application list for a cross-border study trip
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "出生年月", "办理状态", "备注"])]
        rng = random.Random(s["seed"] * 31)
        for j, n in enumerate(k):
            st = "已取证" if j % 9 else "受理中"
            rows.append(trow([str(j + 1), sid_of(s, n), n, "男" if male(n) else "女", "200%d.%02d" % (8 + (j % 3 == 0), 1 + rng.randrange(12)), st,
                              "首次申领" if j % 5 else "换发"], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单<br/><span style="font-size:12pt">（同江口岸跨境研学边境通行证办理）</span></h2>'
                '<p style="text-align:center">%s　　2024年11月</p>' % (s["cls"], s["school"]) + table(rows, width="90%") +
                "<p>班主任：%s　　　经办：学校外事办 %s　　　共%d人</p>" % (s["headteacher"], s["others_named"][3], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（边境通行证办理）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "order_class_xlsx":   # an .xlsx roster of an 订单班 (a company-sponsored class)
        posts = ["设备维修", "电气运维", "自动化操作", "质检"]
        rows = [["%s2024级机电一体化技术（订单班）学生花名册" % s["school"]], ["订单企业：陇西县马铃薯淀粉有限公司　　班级：%s" % s["cls"]],
                ["序号", "学号", "姓名", "性别", "民族", "意向岗位", "企业导师", "备注"]]
        for j, n in enumerate(k):
            rows.append([j + 1, sid_of(s, n), n, "男" if male(n) else "女", "回族" if j in (5, 23) else "汉族", posts[j % 4], s["others_named"][0],
                         "班长" if j == 0 else ""])
        rows.append(["班主任：%s　　企业导师：%s　　共%d人　　制表：2024年9月" % (s["headteacher"], s["others_named"][0], len(k))])
        spec = {"sheet": "花名册", "rows": rows, "merges": ["A1:H1", "A2:H2", "A%d:H%d" % (len(rows), len(rows))]}
        write(os.path.join(d, "roster.json"), json.dumps(spec, ensure_ascii=False, indent=1))
        man.append("roster.json\t%s（订单班）花名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-forty-first held-out people corpus (testdata/heldout141), the format of testdata/heldout28/truth.json. "
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
        for w in [s["school"]] + LANDMARKS[s["school"]]:
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
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 141)
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
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + extra_named,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        if s["f10"] == "seal_corrections":
            sub["notes"]["10"] = "three rows corrected by hand (printed mark struck through), each with the red 名章 of %s" % s["teachers"][1]
        if s["course"] == "tideflat":
            sub["notes"]["12"] = "阿潮, 海妹 and 潮生爷爷 are fictional characters of the short film (角色名称), not people"
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
