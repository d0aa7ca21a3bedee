#!/usr/bin/env python3
"""Write the sources of the fifty-fourth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 蓟州
(天津市蓟州区), 和田 (新疆和田地区和田市) and 昌都 (西藏昌都市).

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
# the truth files read for names, tasks and courses to avoid (heldout53 is written at the same time: not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 53)] + ["othertools"]

# surnames by region. 蓟州: the northern Han mix of Tianjin's outer districts (王 张 李 刘 赵 杨 孙 高 于 董 郭 田 …,
# a few rare ones: 么 芦 穆 佟, one compound 欧阳). 和田: about five sixths Uyghur names below, the rest Han.
# 昌都: about three quarters Tibetan names (two two-character parts), the rest Han families from Sichuan.
SURNAMES = {   # surname: weight (about the share in a class of forty)
    "jz": {"王": 9, "张": 8, "李": 7, "刘": 7, "赵": 4, "杨": 3, "孙": 3, "高": 3, "于": 3, "董": 2, "郭": 2, "田": 2, "马": 2,
           "陈": 2, "周": 2, "韩": 2, "徐": 2, "吴": 1, "侯": 1, "么": 0.5, "芦": 0.5, "穆": 0.5, "佟": 0.5},
    "ht": {"王": 3, "李": 3, "张": 3, "刘": 2, "陈": 2, "杨": 1, "赵": 1, "马": 1},
    "cd": {"李": 3, "王": 3, "张": 2, "刘": 2, "陈": 2, "杨": 2, "周": 1, "罗": 1, "何": 1, "邓": 1},
}
COMPOUND = ["欧阳"]   # only the planted 欧阳锦程: drawn names never take a compound surname (one a corpus is enough)
UY_GIVEN = ("阿卜杜热合曼 艾力江 阿依夏木 布威阿依谢姆 迪力夏提 古丽米拉 海热古丽 吉力力 克比尔 鲁克亚 "
            "麦麦提敏 穆太力普 努尔曼古丽 帕尔哈提 热比古丽 赛迪古丽 图尔贡 吾买尔江 夏木西努尔 亚森江 "
            "伊斯马伊力 再努尔 祖丽胡玛尔 阿布力克木 美合日阿依 萨地克 巴哈古丽 艾比布拉").split()
UY_FATHER = ("阿布都拉 买买提明 艾山 努尔 吐逊 麦提尼亚孜 巴拉提 尼亚孜 阿西木 买提库尔班 "
             "热西提 吐尔逊 亚库甫 阿不力孜 玉苏普 艾合买提 卡斯木 沙吾尔").split()
TIB_M1 = "扎西 次仁 格桑 尼玛 平措 索朗 达瓦 边巴 普布 洛桑 益西 强巴 旦增 江村 昂旺 泽仁 贡布 巴桑 仁增".split()
TIB_M2 = "顿珠 多吉 平措 罗布 加措 群培 次仁 扎西 尼玛 曲扎 旺堆 朗杰 桑珠 多杰".split()
TIB_F1 = "次仁 格桑 尼玛 达瓦 央金 白玛 德吉 索朗 拉巴 普布 益西 曲珍 旦增".split()
TIB_F2 = "卓玛 拉姆 央宗 曲珍 旺姆 德吉 卓嘎 央金 措姆 白珍 拉珍 吉宗".split()
# Han given names: a new list of the names of children born around 2008
GIVEN2 = ("子豪 晓雯 佳鑫 宇彤 明轩 欣雨 振涛 雅琪 泽宇 婧怡 俊豪 诗琪 子恒 晓萌 浩然 艺馨 宏宇 思雨 梓豪 佳悦 "
          "国庆 春雨 天浩 心怡 嘉怡 博宇 晓东 文静 新宇 海涛 晨旭 梦洁 峻熙 玉洁 子璇 志鹏 美琪 兆丰 "
          "梓萱 浩宇 子墨 雨泽 欣悦 俊熙 诗涵 宇轩 思彤 博涛 佳琪 铭哲 梦瑶 鑫磊 若曦 一鸣 晨阳 语桐 "
          "嘉豪 紫涵 天佑 晓彤 振宇 雅静 文博 书瑶 子健 婉清 昊天 舒畅 家乐 梦琪 凯文 雨欣 皓轩 佳慧 "
          "浩博 可馨 冠宇 静怡 明泽 思琪 锦程 晨曦 鹏飞 雪莹 宏伟 欣然 立新 怡萱").split()
GIVEN1 = list("航璇鑫帆萌爽")


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
            if re.fullmatch(r"[\u4e00-\u9fff·•]{2,14}", x):
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


def draw_one(rng, region):
    if region == "ht" and rng.random() < 0.84:
        return rng.choice(UY_GIVEN) + "·" + rng.choice(UY_FATHER)
    if region == "cd" and rng.random() < 0.76:
        a, b = (TIB_M1, TIB_M2) if rng.random() < 0.5 else (TIB_F1, TIB_F2)
        x = rng.choice(a)
        y = rng.choice([z for z in b if z != x])
        return x + y
    g = rng.choice(GIVEN1) if rng.random() < 0.08 else rng.choice(GIVEN2)
    sn = SURNAMES[region]
    return rng.choices(list(sn), weights=list(sn.values()))[0] + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    given_seen = {x.split("·")[0] for x in names if "·" in x}
    while len(names) < n:
        name = draw_one(rng, region)
        if "·" in name and name.split("·")[0] in given_seen:
            continue   # no two Uyghur students of one class share a given name
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
        if "·" in name:
            given_seen.add(name.split("·")[0])
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "herb": dict(major="中药", code="1301", course="野生中药材识别与采收", task="盘山野生中药材资源踏查与标本鉴别",
   hours=16, station="中药鉴定一体化学习工作站",
   situation="蓟州盘山北麓的山坡上长着柴胡、黄芩、远志、酸枣等野生药材。区里一家中药饮片厂准备和村里合作建设药材种植基地，请中药班学员跟随林场护林员上山踏查，记录药材的生长环境和数量，采集标本，回到工作站用性状鉴别法鉴定，写出踏查报告供饮片厂参考。",
   qs=[("问题1 采集药用植物标本时为什么要连根带花果一起采？", ["根、花和果实是鉴别的主要依据，缺了哪一部分都可能认错，药用部位也要看清。", "花果和根是鉴别依据。", "缺一部分就可能认错。"]),
       ("问题2 柴胡和黄芩的根在性状上怎样区分？", ["柴胡根细长，表面黑褐色，质硬折断面纤维性；黄芩根粗，表面棕黄色，断面黄色，中心常枯朽。", "黄芩断面黄色。", "柴胡细长质硬。"])],
   hw=[("1. 酸枣仁和理枣仁怎样鉴别？", ["酸枣仁扁圆形，紫红色，有光泽，一面有纵线纹；理枣仁色浅，个大，无光泽。", "看颜色和光泽。", "酸枣仁紫红有光泽。"]),
       ("2. 采挖野生药材要遵守哪些规定？", ["不采国家保护的品种，采大留小、挖后回填，不在封山育林区采挖。", "采大留小，挖后回填。", "保护品种不采。"])],
   outputs=[("盘山北坡药材踏查记录", "阴坡多黄芩，阳坡多柴胡。"), ("柴胡标本性状鉴别报告", "根头膨大，断面片状纤维性。"), ("黄芩标本性状鉴别报告", "断面黄色，老根中心枯朽。")]),
 "brake": dict(major="汽车维修", code="0403", course="汽车制动系统检修", task="农家院接驳面包车制动异响与跑偏故障检修",
   hours=16, station="汽车维修一体化学习工作站",
   situation="蓟州下营镇的一家农家院用一辆七座面包车接送游客，最近下山时刹车有尖叫声，紧急制动时车头向右偏。车主把车开到学校的校企合作维修站，站长请汽修班学员问诊试车，拆检前轮制动器，测量制动盘厚度和跳动量，更换摩擦片并校正，最后路试交车。",
   qs=[("问题1 制动时车辆跑偏可能有哪些原因？", ["左右轮制动力不一样，比如一侧卡钳活塞卡滞、摩擦片沾油，或者两边轮胎气压不同。", "左右制动力不一样。", "卡钳卡滞或胎压不同。"]),
       ("问题2 测量制动盘时要测哪些数据？", ["用千分尺在圆周上多点测厚度，用百分表测端面跳动，超过极限就要更换或光盘。", "测厚度和跳动量。", "超限就换。"])],
   hw=[("1. 新换的摩擦片为什么要磨合？", ["新片和制动盘接触面不完全贴合，磨合后摩擦系数才稳定，制动距离才正常。", "接触面要贴合。", "磨合后制动才稳定。"]),
       ("2. 制动液为什么要定期更换？", ["制动液会吸水，沸点降低，长下坡连续制动时容易产生气阻。", "吸水后沸点降低。", "会产生气阻。"])],
   outputs=[("接车问诊与试车记录", "下坡制动有尖叫，向右跑偏。"), ("前轮制动器拆检测量记录", "右前卡钳导向销锈蚀卡滞。"), ("竣工检验记录", "路试制动不跑偏，无异响。")]),
 "stew": dict(major="烹饪(中式烹调)", code="0501", course="地方特色菜肴制作", task="山村农家院铁锅炖与贴饼子宴席菜品制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="蓟州山区的农家院每到周末接待大量城里游客，铁锅炖鱼和贴饼子是招牌菜。一家农家院扩建了餐厅，请烹饪班学员按十人一桌设计农家宴菜单，完成铁锅炖鱼、炖柴鸡和玉米面贴饼子的制作，控制出菜时间，并核算一桌的原料成本。",
   qs=[("问题1 铁锅炖鱼为什么要先煎后炖？", ["先把鱼两面煎到金黄，鱼皮定型不易碎，还能去腥增香，汤色也更浓。", "鱼皮定型不碎。", "去腥增香。"]),
       ("问题2 贴饼子怎样贴才不掉？", ["面团要软硬合适，锅烧热后手沾凉水把饼子拍在锅边汤面以上，贴紧后再盖锅盖。", "锅要热，手沾凉水拍上去。", "贴在汤面以上。"])],
   hw=[("1. 十人一桌的农家宴怎样控制出菜顺序？", ["先上凉菜，再上炒菜，铁锅炖最后上桌，主食贴饼子跟炖菜一起上。", "先凉后热，炖菜最后。", "饼子跟炖菜一起上。"]),
       ("2. 怎样核算一桌菜的原料成本？", ["把每道菜的主料、配料和调料按用量乘单价加起来，再合计全桌。", "用量乘单价再相加。", "每道菜算完再合计。"])],
   outputs=[("农家宴菜单设计", "十人一桌，八菜一汤一主食。"), ("铁锅炖鱼制作记录", "草鱼三斤，炖制二十五分钟。"), ("一桌原料成本核算单", "原料成本三百一十二元。")]),
 "jade": dict(major="计算机动画制作", code="0306", course="三维产品展示动画制作", task="和田玉雕文创挂件三维展示动画制作",
   hours=18, station="数字媒体一体化学习工作站",
   situation="和田一家玉雕工作室要在网店上架一批羊脂玉文创挂件，想用三十秒的三维展示动画代替平面照片。工作室请动画班学员根据实物照片建模，制作玉石的半透明材质，布置灯光和转台镜头，渲染输出并配上字幕，交付可以上传网店的短片。",
   qs=[("问题1 玉石材质为什么要用次表面散射？", ["玉是半透明的，光线会进入表面以下再散射出来，用次表面散射才有温润的质感。", "玉是半透明的。", "才有温润质感。"]),
       ("问题2 转台展示动画一般怎样布光？", ["用三点布光：主光在前侧方，辅光补暗部，轮廓光在后面勾出边缘。", "三点布光。", "主光、辅光、轮廓光。"])],
   hw=[("1. 渲染网店短片时分辨率和帧率怎样选？", ["一般选1920×1080，每秒二十五帧，时长三十秒。", "1080P，二十五帧。", "三十秒。"]),
       ("2. 建模时怎样控制模型的面数？", ["先用低模做大形，细节用法线贴图表现，不必要的循环边删掉。", "用法线贴图表现细节。", "删掉多余的边。"])],
   outputs=[("挂件展示动画分镜脚本", "共六个镜头，转台一周十二秒。"), ("玉石材质参数记录", "次表面散射半径零点八。"), ("渲染输出设置单", "1920×1080，二十五帧。")]),
 "jujube": dict(major="机电一体化技术", code="0127", course="农产品加工设备电气控制装调", task="和田红枣烘干分选生产线PLC控制系统装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="和田的一家红枣加工合作社新上了一条烘干分选线，红枣经清洗机、烘干隧道和滚筒分级机分成特级、一级和二级。设备厂只送来了电气柜，合作社请机电班学员按图纸接线，编写PLC程序实现输送带、烘干风机和分级滚筒的顺序启停和温度报警，完成联调。",
   qs=[("问题1 为什么输送线要按逆物流方向启动？", ["先开后面的设备再开前面的，红枣送过去时后面的设备已经在转，不会堆料。", "防止堆料。", "先开后面的设备。"]),
       ("问题2 烘干隧道超温时PLC应该怎样动作？", ["温度超过设定值就停加热、风机继续运行散热，同时报警灯亮，蜂鸣器响。", "停加热，风机继续转。", "报警灯亮。"])],
   hw=[("1. PLC输入点接线时要注意什么？", ["分清源型和漏型接法，公共端接对，传感器的电源和PLC共地。", "分清源型漏型。", "公共端接对。"]),
       ("2. 变频器控制分级滚筒有什么好处？", ["可以按枣的大小调转速，起动平稳，还能节电。", "可以调转速。", "起动平稳，节电。"])],
   outputs=[("PLC输入输出分配表", "输入十四点，输出十点。"), ("顺序控制程序清单", "停机按顺物流方向依次停止。"), ("联机调试记录", "超温报警在七十五度动作。")]),
 "butter": dict(major="饭店(酒店)服务", code="0504", course="民族特色餐饮接待服务", task="茶马古道主题酒店酥油茶与甜茶待客服务",
   hours=14, station="餐饮服务一体化学习工作站",
   situation="昌都一家以茶马古道为主题的酒店常接待自驾游客，大堂茶吧要为客人提供酥油茶和甜茶。餐饮部经理请酒店班学员学习打制酥油茶、冲泡甜茶，按藏族待客礼仪完成敬茶、添茶服务，向客人介绍茶马古道的茶文化，并处理客人的高原反应求助。",
   qs=[("问题1 藏族待客时添茶有什么讲究？", ["客人的茶碗不能喝干，喝一口就要添满，客人不想喝时用手盖住碗口。", "茶碗不能喝干。", "喝一口就添满。"]),
       ("问题2 打制酥油茶需要哪些原料？", ["砖茶熬的浓茶汁、酥油和盐，放进茶桶里反复抽打到油茶交融。", "砖茶、酥油和盐。", "在茶桶里抽打。"])],
   hw=[("1. 客人出现高原反应时服务员怎样处理？", ["请客人坐下休息，提供吸氧和温开水，症状重的联系医生，不要让客人饮酒。", "坐下休息，吸氧。", "症状重就叫医生。"]),
       ("2. 向客人介绍茶马古道应讲哪些内容？", ["茶马古道是古代用内地的茶换藏区的马的商道，昌都是川藏、滇藏两条线交汇的地方。", "以茶换马的商道。", "昌都是交汇点。"])],
   outputs=[("茶吧待客服务流程", "迎客、敬茶、添茶、送客四步。"), ("酥油茶打制操作记录", "砖茶熬制二十分钟。"), ("客人意见记录", "客人对敬茶礼仪满意。")]),
 "oxygen": dict(major="健康与社会照护", code="0529", course="社区老年人健康照护", task="高原社区老年人血氧血压监测与居家照护指导",
   hours=16, station="社区照护一体化学习工作站",
   situation="昌都卡若区的一个社区有不少独居老人，高原缺氧加上高血压，冬季容易出现头晕和胸闷。社区卫生服务站请照护班学员上门为老人测量血氧饱和度和血压，建立监测记录，指导老人正确使用家用制氧机，并教家属识别需要送医的情况。",
   qs=[("问题1 用指夹式血氧仪测量时要注意什么？", ["手指要暖和、不涂指甲油，夹好后安静等三十秒，读数稳定后再记录。", "手指要暖，等读数稳定。", "不涂指甲油。"]),
       ("问题2 老人使用家用制氧机有哪些安全要求？", ["远离明火和炉灶，湿化瓶每天换水，吸氧流量按医生要求，不能自己调大。", "远离明火。", "流量不能自己调大。"])],
   hw=[("1. 测血压前老人要休息多久？", ["安静坐五分钟以上，测量前半小时不喝酥油茶、不吸烟、不运动。", "安静坐五分钟。", "半小时内不喝茶。"]),
       ("2. 出现哪些情况要马上送医？", ["血氧低于百分之八十五、胸痛、说话不清或一侧肢体无力。", "血氧太低或胸痛。", "说话不清要送医。"])],
   outputs=[("入户血氧血压监测记录", "晨起血压一百五十二比九十四。"), ("制氧机使用指导记录", "流量每分钟两升。"), ("家属送医指征告知单", "家属已复述送医指征。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="天津市蓟州区渔阳技工学校", pack="gbkzip", region="jz", course="herb", cls="中药2401班", size=36, seed=11,
         sidp="24011301", students=["芦晨阳", "董雅静", "欧阳锦程"], others_named=["穆德春"],
         teachers=["高秀敏", "于宝林"], form_count="36人",
         f8="group_head", f10="plain_group", f11="herb_typed", f12="exercise_book", findings=[],
         comment="clean. The forest ranger 穆德春 (the guide, not a student) on every worksheet and on the typed 踏查记录. "
                 "A compound surname (欧阳锦程) among the three. Item 8: a bordered head row `班级 | 姓名 | 学号 | 组别`, "
                 "scanned 200 dpi gray, the sheets folded in four (crossfold). Item 10: typed, a 组别 column and 备注, 36 rows "
                 "= form `36人`. No roster"),
    dict(school="天津市蓟州区渔阳技工学校", pack="gbkzip", region="jz", course="brake", cls="汽修2401班", size=40, seed=12,
         sidp="24010403", students=["孙浩博", "么可馨", "田冠宇"], outsiders={"田冠宇": "汽修2402班"}, out_sidp="24010404",
         extra_class=["郭明泽"], bad={"郭明泽": "over"}, others_named=["赵凤兰"],
         teachers=["芦国栋", "张立华"], form_count="40人",
         f8="footer_merge", f10="head_max", f11="repair_typed", f12="enhance_photo",
         findings=[("students.not_in_class", 8, True, "田冠宇"), ("records.invalid_score", 10, False, "郭明泽")],
         comment="田冠宇 of the parallel class 汽修2402班 is the third student of 8/11/12 (his class and 学号 on his "
                 "worksheet footer, his typed repair records and photographed homework); item 10 (TYPED, 40 rows = form "
                 "`40人`) has no record of him: students.not_in_class. 郭明泽 has 46 under `故障诊断(40)` (总分 the sum): "
                 "records.invalid_score (typed). Item 8 (scanned 250 dpi gray): the teacher printed each worksheet with the "
                 "student's class, 学号 and name merged into the PAGE FOOTER only (small print at the bottom); the car owner "
                 "赵凤兰 (not a student) on every sheet. Item 12: phone photos through a scanner app's enhance mode. No roster"),
    dict(school="天津市蓟州区渔阳技工学校", pack="gbkzip", region="jz", course="stew", cls="烹饪2402班", size=42, seed=13,
         sidp="24010501", students=["韩书瑶", "杨恪文", "王蕙心"], extra_class=["佟雪莹"], absent_from_10=["佟雪莹"],
         teachers=["马春生", "陈淑华"], form_count="42人", roster="dorm_list", headteacher="周桂琴",
         f8="blank_line_mono", f10="signin", f11="cook_typed", f12="hand_page",
         findings=[("records.missing_student", 10, False, "佟雪莹"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生名单 with 宿舍 and 走读/住校, 42) and the form (`42人`) hold 佟雪莹; item 10 "
                 "(scanned 200 dpi gray) has 41 rows and none for her: records.missing_student and records.count_mismatch. "
                 "Item 10 is a SIGN-IN sheet (签到 and 签退 times 07:52, 11:40 in two columns) before the scores (legal). "
                 "Item 8: `姓名：＿ 班级：＿ 学号：＿` by hand, 1-bit scan"),
    dict(school="和田市玉河技工学校", pack="zip", region="ht", course="jade", cls="动画2401班", size=38, seed=21,
         sidp="24650306", students=["帕尔哈提·艾山", "刘芷晴", "祖丽胡玛尔·吐逊"], items={12: ["帕尔哈提·艾山", "刘芷晴"]},
         extra_class=["麦麦提敏·亚库甫"], bad={"麦麦提敏·亚库甫": "sum"}, others_named=["玉素甫江·买买提"],
         teachers=["阿依努尔·卡斯木", "李振疆"], form_count="38",
         f8="score_box", f10="stars", f11="storyboard_typed", f12="mindmap",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "麦麦提敏·亚库甫")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos of hand-drawn MIND MAPS, the name in a corner box) holds only TWO students, "
                 "帕尔哈提·艾山 and 刘芷晴 (祖丽胡玛尔·吐逊's is missing; 8 and 11 hold the three): students.count on 12; "
                 "students.mismatch optional. Item 10 (scanned 250 dpi gray) has 自评 and 互评 as STARS (★★★★☆) beside the "
                 "numeric 教师评分 columns; 麦麦提敏·亚库甫's 总分 is 6 above the sum of the numeric parts: "
                 "records.invalid_score. The jade studio's owner 玉素甫江·买买提 (not a student) named on the worksheets and the "
                 "storyboards (`委托方`). No roster"),
    dict(school="和田市玉河技工学校", pack="zip", region="ht", course="jujube", cls="机电2402班", size=40, seed=22,
         sidp="24650127", students=["艾力江·阿不力孜", "阿依夏木·热西提", "王冠霖"],
         items={8: ["艾力江·阿不力孜", "阿依夏木·热西提", "吾买尔江·巴拉提"]},
         extra_class=["吾买尔江·巴拉提", "陈屹川"], absent_from_10=["陈屹川"],
         teachers=["吐尔洪·艾合买提", "张疆生"], form_count="40",
         f8="task_answer", f10="plain_nation2", f11="plc_typed", f12="enhance_photo2",
         findings=[("students.mismatch", 8, True), ("records.count_mismatch", 10, False)],
         comment="item 8 (scanned 250 dpi gray: a printed 任务书 without any name, then a separate 答题纸 with a 考生信息 box "
                 "holding the name) holds the answer sheets of 艾力江·阿不力孜, 阿依夏木·热西提 and classmate 吾买尔江·巴拉提 "
                 "(with an item-10 record) instead of 王冠霖's (11 and 12 hold the three): students.mismatch. Item 10 (TYPED) "
                 "lists 39; the form says `学生数 | 40`: records.count_mismatch (no roster)"),
    dict(school="昌都市卡若技工学校", pack="dir", region="cd", course="butter", cls="酒店2401班", size=36, seed=31,
         sidp="24540504", students=["格桑央拉", "李汶静", "旦增曲扎"], others_named=["次仁多布杰"],
         teachers=["白玛央宗", "罗永川"], form_count="36人", roster="county_list", headteacher="泽仁拉措",
         f8="photo_line", f10="plain_team", f11="service_typed", f12="feather_hand",
         findings=[],
         comment="clean. Roster (typed 学生名单 with 户籍所在县: 江达县, 贡觉县, 类乌齐县 …; 36) = form `酒店2401班（36人）` = "
                 "item 10's 36 rows. Tibetan names of two parts on every item, many sharing one part (格桑, 旦增 …). The "
                 "hotel's duty manager 次仁多布杰 (not a student) signs each worksheet. Item 8: phone photos of the worksheets "
                 "through a scanner app's enhance mode. Item 12: hand-written pages, the ink feathered on cheap paper, colour scan"),
    dict(school="昌都市卡若技工学校", pack="dir", region="cd", course="oxygen", cls="照护2402班", size=38, seed=32,
         sidp="24540529", students=["索朗白珍", "张沛瑶", "普布顿珠"], items={11: ["索朗白珍", "张沛瑶"]},
         extra_class=["强巴罗布"], bad={"强巴罗布": "over"}, others_named=["达瓦吉宗"],
         teachers=["益西旺姆", "何国强"], form_count="38人",
         f8="head_elder", f10="measure_values", f11="photo_album", f12="plain_photo",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "强巴罗布")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (typed: a 实践照片记录 album, photos with captions naming the student and the elder) holds only TWO "
                 "students, 索朗白珍 and 张沛瑶 (普布顿珠's pages are missing; 8 and 12 hold the three): students.count on 11; "
                 "students.mismatch optional. Item 10 (TYPED) has MEASUREMENT columns (the blood pressure and SpO2 the "
                 "student measured, e.g. `148/92`, `89%`, legal) before the scores; 强巴罗布 has 27 under `沟通指导(20)` "
                 "(总分 the sum): records.invalid_score. The elder 达瓦吉宗 (not a student) named on worksheets and records. "
                 "Item 8: scanned 200 dpi gray, folded in four. No roster"),
]

PROVINCE = {1: "天津市蓟州区", 2: "新疆维吾尔自治区和田地区和田市", 3: "西藏自治区昌都市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 蓟州: "附件3-8 工作页.pdf"
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 和田: "第8项 工作页（动画2401班）.pdf"
        return "第%d项 %s（%s）.pdf" % (n, NAMES[n], s["cls"])
    return "%02d%s.pdf" % (n, NAMES[n])   # 昌都: "08工作页.pdf"


def form_name(s, c):
    return {1: ("工学一体化优质课堂申报书-%s.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书（%s）.pdf" % c["task"], "pdf"),
            3: ("附件2 优质课堂项目申报书.docx", "docx")}[grp(s)]

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
    if g == 1:   # 蓟州: two label/value pairs a row, `班级人数 | 36人`
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 和田: 学生数, a bare number
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生数", s["form_count"]), ("学时", "%d" % c["hours"]), ("实施场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 昌都: 授课对象 with the count in brackets
        rows = [("专业名称及代码", "%s　%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("教学场地", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>学校名称（盖章）：{school}</p><p>课堂负责人：{lead}　　联系电话：1{ph}</p><p>申报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务与工作情境</h3><p>{situation}</p>
<h3>四、教学实施过程</h3><p>教师以企业真实任务导入，学生分组阅读任务书、查阅资料、制订计划，经教师审核后实施。实施中教师巡回指导，及时纠正不规范操作；完成后各组展示成果，进行自评、互评和教师点评，并对照企业标准反思改进。</p>
<h3>五、特色与成效</h3><p>学习任务来自{prov}本地企业和社区的实际需求，学生的成果交付给委托方使用，职业能力和责任意识明显提升。</p>
<h3>六、真实性承诺</h3><p>本校承诺所报材料真实、原创，如有不实，自愿取消申报资格。</p>""".format(
        school=s["school"], lead=t[0], ph="3%d****%04d" % (s["seed"] % 10, 1000 + s["seed"] * 37), d=3 + s["seed"] % 21,
        info=info, tm=tbl(trs, width="82%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化稿）\n一、课程性质\n本课程是{major}专业的工学一体化课程，依据国家课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n“{task}”，{hours}学时。\n三、评价方式\n过程评价与结果评价相结合，企业人员参与评价。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作流程\n明确任务—制订计划—实施—检查—评价反馈。\n三、职业能力要求\n能按企业规范完成任务，能与同伴合作，能说明工作成果。",
    3: "{school}\n“{task}”教学活动策划\n学习活动一　明确任务与获取信息\n学习活动二　制订方案\n学习活动三　任务实施\n学习活动四　成果交付与总结",
    4: "{school}\n{course}教学进度安排（共{hours}学时）\n第1—2次课　任务导入、信息收集\n第3—4次课　方案制订与审核\n第5—7次课　任务实施\n第8次课　检查验收、评价总结",
    5: "{school}\n{task}教学活动实施方案\n一、情境导入（1学时）\n二、引导问题与小组讨论（3学时）\n三、分组实施与巡回指导\n四、成果展示与多元评价",
    6: "{school}\n学习任务资源清单\n学习工作页、作业指导书、企业标准、教学视频，{station}设备、工具和耗材清单。",
    7: "{school}\n{station}图文说明\n工作站按资讯、决策、实施、展示四个区域布置，可容纳四十名学生分六组学习。",
    9: "{school}\n{task}考核方案\n考核由过程考核（40%）和结果考核（60%）组成，成绩记入学习任务考核记录，由任课教师签字。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8分", "√ 全面", "√ 9分", "√ 清晰", "√ A", "√ 阅"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 7) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
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
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    per = 1
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　评阅教师：%s</p>' % (RED, ["完成较好", "书写认真", "要点齐全", "继续努力"][i % 4], t[0])
        if f == "group_head":   # bordered head row 班级 | 姓名 | 学号 | 组别; the ranger named
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "组别", hand("第%d组" % (i + 2), True)]],
                       width="100%", pad="4px 3px")
            body = (title + head + '<p>踏查地点：盘山北麓　　向导：林场护林员%s　　日期：%s</p>' % (s["others_named"][0], day(s, i))
                    + sit + answers(c, rng, i) + comment)
        elif f == "footer_merge":   # the name only in a mail-merged footer line at the bottom
            foot = ('<p>&nbsp;</p><hr/><p style="font-size:8pt;text-align:center">%s　%s　学号：%s　姓名：%s　　第 %d 页</p>'
                    % (s["school"], cl, sid, n, i + 1))
            body = (title + '<p>车主：%s　　车型：七座面包车　　送修日期：%s</p>' % (s["others_named"][0], day(s, i)) + sit
                    + answers(c, rng, i) + comment + foot)
        elif f == "blank_line_mono":   # 姓名/班级/学号 on underlined blanks
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i, ink=BLACK) + comment
        elif f == "score_box":   # a 2x2 head box: 班级/学号, 姓名/成绩 (the score in red)
            box = tbl([["班　级", hand(cl, True), "学　号", hand(sid, True)], ["姓　名", hand(n, True), "成　绩", '<span %s>%d</span>' % (RED, 82 + 3 * i)]],
                      width="100%", pad="4px 4px")
            body = (title + box + '<p>委托方：玉雕工作室　%s　　　%s</p>' % (s["others_named"][0], day(s, i)) + sit + answers(c, rng, i) + comment)
        elif f == "task_answer":   # a printed 任务书 without a name, then a separate 答题纸 with a 考生信息 box
            per = 2
            task = (title.replace("学习工作页", "学习任务书") + sit +
                    "<p><b>【工作要求】</b></p><p>1. 按电气原理图完成电气柜接线，线号管齐全，走线横平竖直。</p>"
                    "<p>2. 编写PLC程序，实现输送带、烘干风机和分级滚筒的顺序启停。</p><p>3. 烘干温度超过设定值时报警。</p>"
                    "<p>4. 完成后在答题纸上回答引导问题，交指导教师评阅。</p><p><b>【安全提示】</b>通电前必须经指导教师检查，严禁带电接线。</p>")
            info = tbl([[("<b>考生信息</b>", ' colspan="4"')], ["班级", hand(cl, True), "学号", hand(sid, True)],
                        ["姓名", (hand(n, True), ' colspan="3"')]], width="70%", pad="4px 4px")
            ans = ('<h3 style="text-align:center">答　题　纸</h3>' + info + "<p>任务：%s</p>" % c["task"] + answers(c, rng, i) + comment)
            body = task + PB + ans
        elif f == "photo_line":   # a plain line under the title; photographed with a phone
            head = '<p>班级＿＿%s＿＿　姓名＿＿%s＿＿　学号＿＿%s＿＿</p>' % (hand(cl, True), hand(n), hand(sid[-2:], True))
            body = (title + head + sit + answers(c, rng, i) + comment +
                    '<p>值班经理签字：%s</p>' % hand(s["others_named"][0], True, BLACK))
        elif f == "head_elder":   # bordered head with the cared-for elder
            head = tbl([["姓名", hand(n, True), "班级", hand(cl, True), "学号", hand(sid[-3:], True)],
                        ["服务对象", hand(s["others_named"][0] + "（74岁）", True), "入户日期", (hand(day(s, i)[5:], True), ' colspan="3"')]],
                       width="100%", pad="4px 3px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": per * len(names), "sheets_per_student": per, "items": []}, ensure_ascii=False, indent=1))
    meth = {"group_head": "x-scanpdf:200:crossfold", "footer_merge": "x-scanpdf:250", "blank_line_mono": "x-scanpdf:200:mono",
            "score_box": "x-scanpdf:200:color:feather", "task_answer": "x-scanpdf:250", "photo_line": "x-scanpdf:200:photo:enhance",
            "head_elder": "x-scanpdf:200:crossfold"}[f]
    font = {"score_box": "Noto Sans CJK SC", "task_answer": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>学校：%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def stars(k):
    return "★" * k + "☆" * (5 - k)


def nation(n):
    if "·" in n:
        return "维吾尔族"
    return "汉族" if n[0] in "李王张刘陈杨周罗何邓赵马" and len(n) <= 3 else "藏族"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>任课教师：%s　　　　教务科审核：%s　　　　%s</p>" % ("、".join(t), "（章）", day(s, 12))
    if f == "plain_group":   # a typed table with a 组别 column and a 备注
        parts = [("踏查记录", 20), ("标本采制", 30), ("性状鉴别", 30), ("职业素养", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s（%d）" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "第%d组" % (k // 6 + 1)] + [str(x) for x in v] + [str(sum(v)), "组长" if k % 6 == 0 else ""], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "head_max":   # maxima in the head and a 等级 column
        parts = [("工作准备", 10), ("故障诊断", 40), ("拆装测量", 30), ("竣工检验", 10), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 46
            tot = sum(v)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), "A" if tot >= 85 else "B" if tot >= 70 else "C"], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>等级：A 85分及以上，B 70—84分，C 60—69分。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "signin":   # a sign-in sheet: 签到 and 签退 times, then the scores
        parts = [("刀工", 20), ("火候", 30), ("口味", 30), ("卫生", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "签到", "签退"] + ["%s<br/>%d" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            a = "07:%02d" % rng.randint(41, 59)
            b = "11:%02d" % rng.randint(30, 52)
            out.append(trow([str(k + 1), sid_of(s, n), n, a, b] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "实训签到及考核成绩登记表") + table(out) +
                "<p>注：签到不得晚于8:00，迟到在签到栏注明；评分项目下为满分。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200"
    if f == "stars":   # 自评 and 互评 as stars, then the numeric teacher scores
        parts = [("建模", 30), ("材质灯光", 30), ("动画渲染", 25), ("交付规范", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "自评", "互评"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n, stars(rng.randint(3, 5)), stars(rng.randint(3, 5))] + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核评价表") + table(out) +
                "<p>说明：自评、互评为星级（五星为满），不计入总分；总分为教师评分四项之和。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250"
    if f == "plain_nation2":   # a plain table with a 民族 column and 性别
        parts = [("电气接线", 30), ("程序编写", 30), ("联机调试", 25), ("安全文明", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号", "民族"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), n, sid_of(s, n), nation(n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "plain_team":   # a plain table, 小组 column
        parts = [("礼仪规范", 25), ("酥油茶打制", 25), ("甜茶冲泡", 20), ("介绍讲解", 20), ("应急处理", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "小组"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "ABCDEF"[k % 6]] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "measure_values":   # the values the student measured, then the scores
        parts = [("测量操作", 30), ("记录准确", 20), ("制氧机指导", 30), ("沟通指导", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "测得血压<br/>mmHg", "测得血氧"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 27
            bp = "%d/%d" % (rng.randint(128, 156), rng.randint(80, 96))
            out.append(trow([str(k + 1), sid_of(s, n), n, bp, "%d%%" % rng.randint(86, 93)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录（入户监测实操）") + table(out) +
                "<p>注：测得值为学生为同一位模拟老人测量的读数，与标准读数相差不超过5 mmHg为准确。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t)))
    parts = [head]
    if f == "photo_album":   # a 实践照片记录: drawn photos with captions
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                ph = ('<table width="84%%" align="center" style="border-collapse:collapse"><tr><td style="background:%s;height:6.2cm;'
                      'border:0.75pt solid #777" align="center"><span style="color:#ffffff;font-size:20pt">■ ■</span></td></tr></table>'
                      % ["#8a7f70", "#6f7d86", "#84806a"][j])
                parts.append('<h3>%s</h3>' % title + ph +
                             '<p style="text-align:center">图%d　%s（%s）为%s老人%s</p>' % (
                                 j + 1, n, cls_of(s, n), s["others_named"][0], ["测量血压", "讲解制氧机使用", "告知送医指征"][j]) +
                             "<p>记录：%s</p><p>指导教师：%s　　%s</p>" % (desc, t[j % 2], day(s, 30 + i)))
        return "11.html", html(PB.join(parts), font="Noto Sans CJK SC"), "pdf"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "herb_typed":   # 鉴别人 and the ranger as 向导
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["记录人", n, "班级", cl], ["踏查向导", "%s（林场护林员）" % s["others_named"][0], "日期", day(s, 30 + i)],
                                  ["药材", "生境", "数量", "药用部位"], ["柴胡", "阳坡草丛", "较多", "根"], ["黄芩", "阴坡石缝", "%d株" % (40 + 5 * j + i), "根"]],
                                 width="90%") + "<p>结论：%s</p>" % desc)
            elif f == "repair_typed":   # 维修人 (class) and the 质检员
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车主", s["others_named"][0], "车型", "七座面包车"], ["维修人", "%s（%s）" % (n, cl), "质检员", t[j % 2]],
                                  ["项目", "标准", "实测", "结论"], ["右前制动盘厚度", "≥20.0 mm", "21.%d mm" % (2 + j), "合格"],
                                  ["端面跳动", "≤0.05 mm", "0.0%d mm" % (3 + i % 2), "合格"]], width="92%") + "<p>说明：%s</p>" % desc)
            elif f == "cook_typed":   # 制作人
                parts.append('<h3>%s</h3><p>制作人：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["原料", "用量", "单价", "金额"], ["草鱼", "1.5 kg", "18.0", "27.0"], ["柴鸡", "1.2 kg", "%d.0" % (46 + j), "%.1f" % (1.2 * (46 + j))],
                                  ["玉米面", "0.8 kg", "6.0", "4.8"]], width="80%") + "<p>%s　　审核：%s</p>" % (desc, t[j % 2]))
            elif f == "storyboard_typed":   # a storyboard table: 分镜 by the student, the client named
                parts.append('<h3>%s</h3><p>制作：%s（%s）　　委托方：%s　　指导：%s</p>' % (title, n, cl, s["others_named"][0], t[j % 2]) +
                             tbl([["镜号", "景别", "画面内容", "时长"], ["1", "特写", "挂件在黑色丝绒上缓缓转动", "4 s"],
                                  ["2", "近景", "灯光扫过玉面，显出温润光泽", "%d s" % (5 + j)], ["3", "全景", "挂件与工作室标志同框", "3 s"]], width="92%") +
                             "<p>%s</p>" % desc)
            elif f == "plc_typed":   # 编程人
                parts.append('<h3>%s</h3><p>编程人：%s　　班级：%s　　审核：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["地址", "名称", "说明"], ["I0.0", "SB1", "启动按钮"], ["I0.%d" % (1 + j), "ST%d" % (1 + j), "温度开关"],
                                  ["Q0.%d" % j, "KM%d" % (1 + j), "输送带接触器"]], width="76%") + "<p>%s</p>" % desc)
            elif f == "service_typed":   # 服务员 and the guest
                parts.append('<h3>%s</h3>' % title + tbl([["服务员", n, "班级", cl], ["服务时间", day(s, 30 + i), "桌号", "茶吧%d号" % (3 + j)],
                                                          ["环节", "要点", "完成", ""], ["迎客", "献哈达、问候", "√", ""], ["敬茶", "双手奉茶", "√", ""]],
                                                         width="88%") + "<p>记录：%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "mindmap":   # a hand-drawn mind map per student, name in a corner box, photographed
        pages = []
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            box = tbl([["姓名", hand(n, True)], ["班级", hand(cl, True)], ["学号", hand(sid[-2:], True)]], width="40%", pad="2px 4px")
            branches = ["次表面散射", "三点布光", "转台镜头一周12秒", "字幕与交付"]
            cell = lambda x: '<td align="center" style="border:1.2pt solid #1d2f6b;border-radius:8px;padding:10px">%s</td>' % hand(x, True)
            grid = ('<table width="100%%" style="border-collapse:separate;border-spacing:18px">'
                    '<tr>%s<td></td>%s</tr><tr><td></td><td align="center" style="border:2pt solid #c0251a;padding:16px">%s</td><td></td></tr>'
                    '<tr>%s<td></td>%s</tr><tr>%s<td></td>%s</tr><tr>%s<td></td>%s</tr></table>'
                    % (cell(branches[0]), cell(branches[1]), hand("玉石展示动画", ink="#c0251a", size="18pt"),
                       cell("建模：低模＋法线贴图"), cell("渲染：1080P 25帧"), cell(branches[2]), cell(branches[3]),
                       cell(c["hw"][0][1][i % 3][:12]), cell(c["hw"][1][1][(i + 1) % 3][:12])))
            pages.append(box + '<h3 style="text-align:center">%s</h3>' % hand("课后作业：思维导图", size="17pt") + grid +
                         '<p %s>%s　阅 %s</p>' % (RED, mark(rng), t[0]))
        return "12.html", html(PB.join(pages), font="Noto Sans CJK SC"), "x-scanpdf:200:photo"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　课后作业" % c["task"][:8]]
        elif f in ("enhance_photo", "enhance_photo2"):
            head = ["课后作业　%s" % c["course"], "> 班级：%s　学号：%s　姓名：%s" % (cl, sid[-2:], n)]
        elif f == "hand_page":
            head = ["课后作业", "姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "feather_hand":
            head = ["%s　课后练习" % c["course"], "班级 %s　姓名 %s" % (cl, n)]
        elif f == "plain_photo":
            head = ["课后作业（社区照护）", "> 姓名：%s　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"exercise_book": "x-photo:200:1", "enhance_photo": "x-photo:200:2:enhance", "hand_page": "x-scan:250:4",
            "feather_hand": "x-scan:200:3:color:feather", "plain_photo": "x-photo:200:2", "enhance_photo2": "x-photo:200:1:enhance"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

COUNTIES = ["卡若区", "江达县", "贡觉县", "类乌齐县", "丁青县", "察雅县", "八宿县", "左贡县", "芒康县", "洛隆县", "边坝县"]


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "dorm_list":   # a typed 学生名单 with 宿舍 and 走读/住校
        rows = [["序号", "学号", "姓名", "性别", "住宿情况", "宿舍号", "班干部"]]
        duty = {0: "班长", 7: "团支书", 13: "学习委员", 22: "劳动委员", 30: "体育委员"}
        for j, n in enumerate(k):
            live = "住校" if rr.random() < 0.55 else "走读"
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "女"]), live,
                         ("%d-%03d" % (rr.choice([2, 3]), rr.randint(101, 420))) if live == "住校" else "", duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"])
                + tbl(rows, width="92%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　全班共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "county_list":   # a typed 学生名单 with 民族 and 户籍所在县
        rows = [["序号", "姓名", "学号", "性别", "民族", "户籍所在县（区）"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), n, sid_of(s, n), rr.choice(["男", "女"]), nation(n), rr.choice(COUNTIES) if nation(n) == "藏族" else rr.choice(COUNTIES[:2] + ["四川省巴塘县"])])
        body = ('<h2 style="text-align:center">%s　%s花名册</h2>' % (s["school"], s["cls"]) + tbl(rows, width="90%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　合计：%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Fifty-fourth held-out people corpus (testdata/heldout54), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 54)
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
