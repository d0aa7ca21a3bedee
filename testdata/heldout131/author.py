#!/usr/bin/env python3
"""Write the sources of the hundred-and-thirty-first held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the truth-format struct tags of
pipeline/heldout_test.go was read; classaudit was not run on it). Seven
submissions of three invented schools in 瑞丽市 (Yunnan, 德宏州), 洋县
(Shaanxi, 汉中市) and 贵德县 (Qinghai, 海南藏族自治州).

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
# the truth files read for names, tasks and courses to avoid (heldout132 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 131)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 瑞丽 (Han families of 德宏 and the 腾冲 migrants: 杨 李 张 王 赵 刘 段 尹
# 寸 线 番 方 何 刀 …), 洋县 (汉中 families: 王 张 李 刘 陈 杨 何 赵 周 罗 黄 郭 蔡 冯 邓 汪 苟 鲜), 贵德 (Han, Hui and Tu
# families: 王 李 张 马 韩 祁 汪 鲁 刘 赵; Tibetan students carry no surname, see TIBETAN)
SURNAMES = {
    "rl": list("杨杨杨杨李李李张张张王王王赵赵刘刘段段尹寸线番方何刀"),
    "yx": list("王王王王张张张李李李刘刘陈陈杨杨何赵周罗黄郭蔡冯邓汪苟鲜"),
    "gd": list("王王王李李李张张马马马马韩韩祁祁汪鲁刘赵"),
}
TIBETAN = "才让东智 娘毛措 索南加 多杰扎西 卓玛草 更藏吉 旦正太 完玛措 周毛吉 仁青加 尖措 南加太 央金卓玛 久美多杰 德吉措".split()
GIVEN2 = ("一鸣 子墨 思远 雨萱 若曦 梓涵 浩宇 俊熙 欣悦 佳怡 明轩 嘉懿 语桐 沐辰 皓轩 诗琪 馨月 宇航 泽楷 梦琪 "
          "晨阳 安琪 博文 睿泽 可馨 嘉怡 铭泽 昊然 雅琳 心怡 奕辰 锦程 书瑶 一诺 天佑 梓萌 俊豪 思琪 子轩 靖雯 "
          "紫琳 宏博 家豪 佳琪 瑞雪 子健 晓彤 振宇 雨泽 芷晴 浩楠 欣妍 晟睿 家乐 思彤 润泽 怡然 天翊 佳琳 承泽 "
          "文博 雨欣 凯文 佳颖 子豪 梦瑶 志豪 雅婷 鑫磊 晓雯 子航 雅楠 欣然 宇轩 艺涵 冰洁 新宇 炳辰 泓宇 金泽 "
          "尚儒 庆林 朝晖 治宇 彦博 瀚文 楚涵 婉清 沛然 骏驰 柏霖 翰林 凌霄 景行 煜城 钰涵 歆瑶 珂欣 涵宇 若彤 "
          "梦洁 诗雨 晓萌 乐怡 悦彤 依诺 雨婷 佳慧 思雨 美琪 欣瑜 雪晴 佳宁 静怡 海洋 世杰 建宇 博涛 鹏飞 文杰 "
          "泽宇 宇鑫 翔宇 兆丰 国栋 永康 少杰 梓豪 铭宇 晨轩 明哲 立恒 启明 嘉乐 思源 锦轩 正阳 志远 林峰 舒畅 "
          "雨桐 冠宇 星宇 昕怡 语嫣 妙可 宛如 晓琪 紫萱 金鹏 亚楠 秋实 良玉 向阳 春晓 晓东 一帆 梓晴 若溪").split()
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


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        if region == "gd" and rng.random() < 0.18:
            cands = [rng.choice(TIBETAN) for _ in range(40)]
        else:
            sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
            cands = [sur + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)) for _ in range(400)]
        for name in cands:
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "xborder": dict(major="电子商务", code="0603", course="跨境电商店铺运营", task="姐告口岸德宏小粒咖啡跨境网店上架与买家接待",
   hours=16, station="跨境电商运营一体化学习工作站",
   situation="瑞丽姐告口岸附近的一家咖啡烘焙工坊想把德宏小粒咖啡卖到缅甸曼德勒和仰光的超市与咖啡馆。工坊负责人请电商班学员整理产品资料，拍摄和处理商品图片，在跨境平台上架三款挂耳与咖啡豆商品，设置运费模板，接待缅甸买家的询盘，并跟进边境货运的报关和发货。",
   qs=[("问题1 商品标题为什么要同时写中文、英文和缅文关键词？", ["买家在平台上用自己的语言搜索，标题里有三种关键词才能被搜到，也方便口岸的报关员核对品名。", "买家用自己的语言搜索。", "三种关键词才搜得到。"]),
       ("问题2 跨境运费模板要考虑哪些因素？", ["包裹重量、体积、边境货运的首重续重价格、清关费用，以及到曼德勒和仰光的距离不同。", "重量体积和清关费用。", "首重续重，距离不同。"])],
   hw=[("1. 买家问“咖啡豆能放多久”，怎样回复？", ["先说明烘焙日期，告诉买家密封避光可以放六个月，开封后两周内喝完风味最好。", "密封避光放六个月。", "开封两周内喝完。"]),
       ("2. 报关单上的品名为什么要和商品标题一致？", ["口岸查验时核对品名和数量，不一致会被退回或者延误发货。", "不一致会被退回。", "核对品名和数量。"])],
   outputs=[("买家询盘接待记录", "询盘三次，成交一单二十箱。"), ("商品上架信息表", "三款商品，标题含中英缅三种关键词。")]),
 "diesel": dict(major="汽车维修", code="0403", course="柴油发动机检修", task="边贸货运皮卡柴油机冷启动困难故障诊断与排除",
   hours=18, station="汽车发动机检修一体化学习工作站",
   situation="雨季过后，瑞丽一位跑边贸货运的皮卡司机反映，早上第一次启动要打好几次火，启动后冒白烟，跑热了才正常。维修站主管请汽修班学员接车问诊，读取故障码，检查预热塞、燃油滤清器和喷油器，测量气缸压缩压力，排除故障并填写维修工单。",
   qs=[("问题1 冷车难启动、冒白烟，先怀疑哪些部位？", ["预热塞损坏、燃油里有水、喷油器雾化不好，冷车时燃油烧不完全就冒白烟。", "预热塞和燃油里有水。", "喷油器雾化不好。"]),
       ("问题2 怎样检测预热塞是否损坏？", ["拔下预热塞的接线，用万用表量电阻，一般不到一欧姆，电阻无穷大说明已经烧断。", "用万用表量电阻。", "电阻无穷大就是坏了。"])],
   hw=[("1. 燃油滤清器为什么要定期放水？", ["柴油里混有水分，沉在滤清器底部，不放水会进入油泵和喷油器，造成锈蚀和启动困难。", "水会进油泵和喷油器。", "造成锈蚀。"]),
       ("2. 测量气缸压缩压力的步骤有哪些？", ["拆下喷油器，装上压力表，断油后用起动机带动发动机转几圈，记录读数，各缸比较。", "装压力表，断油转几圈。", "各缸比较读数。"])],
   outputs=[("维修工单", "更换四只预热塞和燃油滤清器。"), ("故障诊断报告", "第三缸预热塞断路。")]),
 "herbstore": dict(major="中药", code="1301", course="中药饮片仓储养护", task="南药砂仁与草果饮片入库验收与雨季仓储养护",
   hours=16, station="中药调剂与仓储一体化学习工作站",
   situation="瑞丽一家医药公司的中药饮片仓库在雨季前收到一批砂仁和草果。仓库主管请中药班学员按规程做入库验收，核对品名、产地、批号和数量，做性状检查和水分检查，登记入库，再按雨季要求安排货位，检查温湿度，翻垛晾晒，防止霉变和虫蛀。",
   qs=[("问题1 入库验收要核对哪些内容？", ["品名、规格、产地、批号、数量、包装和合格证，还要抽样检查性状和水分。", "品名批号和数量。", "抽样看性状和水分。"]),
       ("问题2 雨季仓库的相对湿度应控制在多少？", ["一般控制在百分之六十五以下，超过时开除湿机，并加强通风。", "百分之六十五以下。", "超过就开除湿机。"])],
   hw=[("1. 砂仁的性状特点是什么？", ["椭圆形或卵圆形，表面棕褐色，有密生的刺状突起，气味芳香浓烈。", "表面有刺状突起。", "气味芳香。"]),
       ("2. 发现饮片轻微受潮怎么处理？", ["及时移到干燥处摊开晾晒或低温烘干，检查有没有霉点，记录在养护记录上。", "晾晒或低温烘干。", "记录在养护记录上。"])],
   outputs=[("入库验收记录", "砂仁两件，草果三件，验收合格。"), ("仓储养护记录", "库内湿度百分之六十二。")]),
 "ibis": dict(major="饭店(酒店)服务", code="0504", course="旅游团队客房对客服务", task="朱鹮生态观鸟旅游团队入住接待与叫醒服务",
   hours=16, station="酒店客房服务一体化学习工作站",
   situation="每年春天，来洋县看朱鹮的观鸟旅游团很多，团里多是中老年摄影爱好者，清晨五点就要出发去湿地。合作酒店的客房部经理请酒店班学员为一个三十六人的观鸟团做好入住接待，准备加床和早餐盒，安排叫醒服务，记录宾客的特殊要求，并在退房后做查房。",
   qs=[("问题1 为什么观鸟团的叫醒要分两次？", ["第一次按宾客要求的时间叫醒，十分钟后再确认一次，避免有人没起来误了出发时间。", "十分钟后再确认一次。", "避免误了出发。"]),
       ("问题2 为团队准备早餐盒要注意什么？", ["前一天晚上和餐厅核对人数和忌口，清晨按房号发放，登记领取人。", "核对人数和忌口。", "按房号发放。"])],
   hw=[("1. 电话叫醒时应该怎样说？", ["先问候，报时间和天气，提醒出发时间和早餐盒领取地点，最后祝宾客观鸟顺利。", "问候，报时间和天气。", "提醒出发时间。"]),
       ("2. 宾客没有接叫醒电话怎么办？", ["隔三分钟再打一次，仍不接就通知楼层服务员上门敲门，并报告领班。", "再打一次，再上门敲门。", "报告领班。"])],
   outputs=[("查房记录", "三十六间，遗留物品两件。"), ("团队宾客特殊要求登记", "三位宾客需要加枕。")]),
 "noodle": dict(major="烹饪(中式烹调)", code="0501", course="汉中地方风味菜制作", task="汉中热面皮与菜豆腐宴席出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="洋县一家农家乐承办一场六十人的婚宴，主食要上汉中热面皮和菜豆腐。农家乐的主厨请烹饪班学员按传统方法磨浆、蒸制面皮，点制菜豆腐，配制油泼辣子和蒜水，控制好出品时间，并做好卫生清理和成本核算。",
   qs=[("问题1 蒸面皮时为什么要把米浆摇匀铺薄？", ["米浆铺得薄而均匀，蒸出来的面皮才柔韧透亮，不会一边厚一边薄。", "薄而均匀才透亮。", "不会厚薄不匀。"]),
       ("问题2 菜豆腐点浆为什么用酸菜水？", ["酸菜水里的酸能让豆浆里的蛋白质慢慢凝固，做出来的豆腐嫩，还带一点酸香。", "酸让蛋白质凝固。", "豆腐嫩有酸香。"])],
   hw=[("1. 油泼辣子怎样泼才香不糊？", ["油烧到冒青烟后离火稍凉，分三次泼，先少后多，边泼边搅。", "分三次泼，边泼边搅。", "离火稍凉再泼。"]),
       ("2. 六十人的婚宴面皮要备多少米？", ["每人按一百五十克面皮算，每斤米出两斤左右面皮，大约要备十斤米，再多备一成。", "大约十斤米。", "多备一成。"])],
   outputs=[("热面皮出品单", "出品六十份，用时四十分钟。"), ("菜豆腐出品单", "八桌，每桌一盆。")]),
 "eldercare": dict(major="健康与社会照护", code="0529", course="社区居家照护", task="河阴镇高原社区独居老人血压监测与居家安全照护",
   hours=16, station="健康照护一体化学习工作站",
   situation="贵德县河阴镇的一个社区里住着二十多位独居老人，冬天早晚温差大，不少老人有高血压。社区卫生服务站请照护班学员每周入户一次，为老人测量血压、整理药盒、检查居家安全隐患，教老人用一键呼叫器，并把情况记录在访视表上交给站里的护士。",
   qs=[("问题1 为老人测血压前要注意什么？", ["让老人休息五分钟，不说话，袖带和心脏在同一高度，冬天先把手臂捂暖。", "先休息五分钟。", "袖带和心脏同高。"]),
       ("问题2 居家安全要检查哪些地方？", ["卫生间地面防滑、夜间走道有没有灯、煤炉通风、电线插座有没有老化。", "卫生间防滑，煤炉通风。", "夜间走道有灯。"])],
   hw=[("1. 老人的血压超过多少要报告护士？", ["收缩压超过一百六十或舒张压超过一百，或者老人头晕头痛，要马上报告。", "超过一百六十要报告。", "头晕头痛马上报告。"]),
       ("2. 怎样帮老人整理药盒？", ["按早中晚分格，核对药名和剂量，标注大字，过期的药拿出来交给家属处理。", "按早中晚分格。", "过期药拿出来。"])],
   outputs=[("入户访视照护计划", "每周一次，血压记录表一份。"), ("居家安全隐患整改建议", "卫生间加扶手，走道加夜灯。")]),
 "pvrobot": dict(major="机电一体化技术", code="0127", course="自动化设备安装与调试", task="高原光伏电站组件清扫机器人电气控制调试",
   hours=18, station="机电设备安装调试一体化学习工作站",
   situation="贵德附近的一座光伏电站风沙大，组件表面积灰后发电量下降。电站运维班采购了一批轨道式清扫机器人，请机电班学员按图纸完成行走电机、毛刷电机和限位开关的接线，编写PLC往返清扫程序，设置定时启动和大风停机，并在试验排上完成调试和验收记录。",
   qs=[("问题1 清扫机器人为什么要装两端限位开关？", ["机器人走到组件排的两头要自动停下并反向，没有限位会冲出轨道。", "到两头自动停下反向。", "防止冲出轨道。"]),
       ("问题2 大风停机怎样实现？", ["风速传感器的信号接到PLC，风速超过设定值时程序让机器人回到停机位并锁定。", "风速超过设定值就回停机位。", "风速信号接PLC。"])],
   hw=[("1. 行走电机正反转怎样接线？", ["用两个接触器换相，两个接触器之间要有电气互锁，防止同时吸合短路。", "两个接触器换相并互锁。", "防止短路。"]),
       ("2. 调试记录要写哪些内容？", ["设备编号、调试项目、设定值、实测值、结论、调试人和验收人。", "设定值和实测值。", "调试人和验收人。"])],
   outputs=[("清扫机器人调试记录", "往返一次用时十一分钟。"), ("PLC程序说明", "共六十八步，含大风停机。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="瑞丽市姐告技工学校", pack="dir", region="rl", course="xborder", cls="电商2403班", size=36, seed=11,
         sidp="24330603", students=["玉罕香", "段鹤轩", "寸雅婷"], others_named=["吴昂敏", "番明华"],
         teachers=["岩温", "李翠瑶"], form_count="36",
         f8="checkbox", f10="lesson_dates", f11="inquiry_typed", f12="hand_photo",
         findings=[],
         comment="clean. Item 10 (TYPED) has four process-mark columns headed by LESSON DATES (each (10)), 成果展示(60) and a 加分 "
                 "column (0-3, explained under the table: 实际成交订单加分), 总分 = the sum of all of them; 36 rows = form `36人`. "
                 "The Burmese buyer 吴昂敏 (吴 is an honorific, not a surname) and the freight agent 番明华 are named on item 8 "
                 "and 11 (not students); a Dai student 玉罕香 and a Dai teacher 岩温 (no Han surname). Item 8 (colour scan 200, a "
                 "nail clipper on the glass): a check-box self-assessment (☑ 完成 □ 基本完成 □ 未完成) with the name only in a "
                 "`学习者` cell. No roster"),
    dict(school="瑞丽市姐告技工学校", pack="dir", region="rl", course="diesel", cls="汽修2402班", size=40, seed=12,
         sidp="24330403", students=["尹俊熙", "何晏清", "方梓晴"], items={12: ["尹俊熙", "何晏清"]},
         extra_class=["赵骁腾"], bad={"赵骁腾": "over"}, others_named=["李德富"],
         teachers=["杨绍庚", "线国荣"], form_count="40",
         f8="pickup", f10="foot_max", f11="workorder_typed", f12="quiz_comb",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "赵骁腾")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a comb lying on the sheet) holds the homework of only TWO students, 尹俊熙 and 何晏清 "
                 "(方梓晴's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (scanned "
                 "300 dpi 1-bit, a nail clipper on the glass) has its MAXIMA IN THE LAST ROW (`满分` under the last student, "
                 "no maxima in the head); 赵骁腾 has 34 under 故障诊断 whose 满分 is 30 (总分 the sum): records.invalid_score. "
                 "Item 8 (scanned 250 gray): 接车检查单 with the driver 李德富 as 送修人 (not a student), the student as 接车人. No roster"),
    dict(school="瑞丽市姐告技工学校", pack="dir", region="rl", course="herbstore", cls="中药2402班", size=42, seed=13,
         sidp="24331301", students=["寸茗茜", "番子航", "杨雾宁"], outsiders={"杨雾宁": "中药2401班"}, out_sidp="2433130101",
         extra_class=["段欣然"], absent_from_10=["段欣然"], others_named=["何兆麟"],
         teachers=["刀春梅", "张滇生"], form_count="42",
         f8="intake", f10="plain_group", f11="storage_typed", f12="gray_hand",
         findings=[("students.not_in_class", 8, True, "杨雾宁"), ("records.count_mismatch", 10, False)],
         comment="杨雾宁 of the parallel class 中药2401班 (her class and 学号 2433130101xx on her 入库验收单, typed storage "
                 "records and homework) is the third student of 8/11/12; item 10 has no record of her: students.not_in_class. "
                 "Item 10 (TYPED, a 组别 column and a 学生确认签字 column signed by hand) has 41 rows, the form says `在校生数（人） | 42` (段欣然 has no record; no roster): "
                 "records.count_mismatch. Item 8 (colour scan 200, nail clipper): a 中药饮片入库验收单 per student, the supplier's "
                 "representative 何兆麟 as 送货人 (not a student), the student as 验收人"),
    dict(school="洋县朱鹮技工学校", pack="gbkzip", region="yx", course="ibis", cls="酒店2401班", size=40, seed=21,
         sidp="2461050401", students=["鲜欣妍", "蔡汉卿", "汪予桐"], extra_class=["苟雨欣"], absent_from_10=["苟雨欣"],
         others_named=["郝振邦", "柴玉珍", "雷守仁"], teachers=["周卫平", "罗汉琴"], headteacher="邓素琴",
         form_count="40人", roster="idcard",
         f8="wakeup", f10="dorm", f11="roomcheck_typed", f12="hand_photo",
         findings=[("records.missing_student", 10, False, "苟雨欣"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生证发放签收表: 学号, 姓名, 学生证号, the student's signature in handwriting) and the form "
                 "(`教学班级/人数 | 酒店2401班/40人`) hold 苟雨欣; item 10 (scanned 250 dpi gray, nail clipper) has 39 rows and "
                 "none for her: records.missing_student and records.count_mismatch. Item 8 (scanned 200 gray): a 叫醒服务记录 per "
                 "student, the guests 郝振邦, 柴玉珍, 雷守仁 named by room (not students), the student as 执行人"),
    dict(school="洋县朱鹮技工学校", pack="gbkzip", region="yx", course="noodle", cls="烹饪2402班", size=38, seed=22,
         sidp="2461050102", students=["冯朗月", "黄棠溪", "苟子墨"], items={11: ["冯朗月", "黄棠溪", "邓乔芸"]},
         extra_class=["邓乔芸", "陈砚池"], bad={"陈砚池": "sum"}, others_named=["贾福顺"],
         teachers=["郭怀陇", "何秀芳"], form_count="38名",
         f8="tasting", f10="judges", f11="serve_photo", f12="mono_hand",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "陈砚池")],
         comment="item 11 (printed 出品单 PHOTOGRAPHED, a comb on the sheet) holds the records of 冯朗月, 黄棠溪 and classmate "
                 "邓乔芸 (with an item-10 record) instead of 苟子墨's (items 8 and 12 hold the three): students.mismatch. Item 10 "
                 "(TYPED) is a JUDGING-PANEL register (过程考核(40) and three judges 评委一/二/三 each (20)); 陈砚池's 总分 is 7 "
                 "above the sum: records.invalid_score. The farm-restaurant's head cook 贾福顺 signs item 8 as 试吃评价人 (not "
                 "a student). No roster"),
    dict(school="贵德县梨都技工学校", pack="zip", region="gd", course="eldercare", cls="照护2401班", size=41, seed=31,
         sidp="24631529", students=["娘毛措", "韩雨桐", "鲁佳慧"], items={8: ["娘毛措", "韩雨桐", "鲁佳慧", "马蔓菁"]},
         extra_class=["马蔓菁", "祁兰芝"], absent_from_10=["祁兰芝"], others_named=["李守田", "卡毛", "张绣娥"],
         teachers=["索南东主", "汪红梅"], headteacher="王粉兰", form_count="40人", roster="home_towns",
         f8="visit", f10="group_heads", f11="careplan_typed", f12="comb_photo",
         findings=[("students.count", 8, False), ("records.missing_student", 10, False, "祁兰芝")],
         optional=[("students.mismatch", 8, True), ("records.count_mismatch", 10, False)],
         comment="item 8 (scanned 250 dpi gray) holds the 入户访视记录 of FOUR students: the three and classmate 马蔓菁 (with an "
                 "item-10 record): students.count on 8; students.mismatch optional. The roster (a 学生离校返乡登记表 grouped by "
                 "HOME TOWNSHIP, 41 students, a 带队教师 named) holds 祁兰芝; item 10 (TYPED, group heads) has 40 rows and none "
                 "for her: records.missing_student. The form says `教学对象 | 照护2401班学生40人` (filled before she transferred "
                 "in), equal to the register's 40, so no count mismatch. Elders 李守田, 卡毛, 张绣娥 named on items 8/11 "
                 "(not students); a Tibetan student 娘毛措 and a Tibetan teacher 索南东主 (no surname). "
                 "Amended after the first sweep: SPEC 3 compares the count with the roster too, when one is present, "
                 "and the roster's 41 differs from the 40 records, so records.count_mismatch is optional"),
    dict(school="贵德县梨都技工学校", pack="zip", region="gd", course="pvrobot", cls="机电2401班", size=38, seed=32,
         sidp="24630127", students=["韩锦轩", "阿迪力·艾山", "李澈"], others_named=["更藏加"],
         teachers=["鲁国强", "仁增旺姆", "马永胜"], form_count="38",
         f8="patrol", f10="mentor", f11="debug_typed", f12="color_hand",
         findings=[],
         comment="clean. Item 10 (scanned 250 dpi gray, nail clipper) has a 企业评价(30) column marked by the station's 运维班长 "
                 "更藏加 (named in the head, not a student) beside 过程(30) and 成果(40); 38 rows = form `参训人数 | 38`. "
                 "A Uyghur student with a middle dot (阿迪力·艾山). Item 8 (colour scan 200): a 巡检点检表 with ○/× marks, "
                 "`点检人` the student, `电站值班员` 更藏加. Three teachers (one Tibetan)"),
]

PROVINCE = {1: "云南省德宏傣族景颇族自治州瑞丽市", 2: "陕西省汉中市洋县", 3: "青海省海南藏族自治州贵德县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 瑞丽: "8．工作页.pdf" (full-width dot)
        return "%d．%s.pdf" % (n, NAMES[n])
    if g == 2:   # 洋县: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    return "%d、%s（%s）.pdf" % (n, NAMES[n], s["cls"])   # 贵德: "8、工作页（照护2401班）.pdf"


def form_name(s, c):
    return {1: ("附件2：申报书（%s）.docx" % c["task"][:8], "docx"),
            2: ("%s申报书.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("附件2申报书_%s.docx" % s["cls"], "docx")}[grp(s)]


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
        return "在校生数（人） | %s" % s["form_count"]
    if g == 2:
        return "教学班级/人数 | %s/%s" % (s["cls"], s["form_count"])
    if s["seed"] == 31:
        return "教学对象 | %s学生%s" % (s["cls"], s["form_count"])
    return "参训人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    base = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"])]
    if g == 1:   # 瑞丽: 在校生数（人） a bare number
        rows = base + [("授课班级", s["cls"]), ("在校生数（人）", s["form_count"]), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 洋县: class and size in one cell with a slash
        rows = base + [("教学班级/人数", "%s/%s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"]), ("授课地点", c["station"])]
    elif s["seed"] == 31:   # 贵德 照护: 教学对象 with the size in the sentence
        rows = base + [("教学对象", "%s学生%s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    else:
        rows = base + [("授课班级", s["cls"]), ("参训人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按“获取信息—制定计划—做出决策—实施计划—过程控制—评价反馈”六个环节组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 37),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
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


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    o = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "checkbox":   # a check-box self-assessment, the name only in a 学习者 cell
            ck = ["☑", "□", "□"] if i != 1 else ["□", "☑", "□"]
            rows = [["学习活动", "完成情况（请打勾）", "备注"],
                    ["整理产品资料", "%s完成　%s基本完成　%s未完成" % tuple(hand(x, True) for x in ck), ""],
                    ["拍摄处理商品图", "%s完成　□基本完成　□未完成" % hand("☑", True), ""],
                    ["接待买家询盘", "%s完成　□基本完成　□未完成" % hand("☑", True), hand("买家：%s" % o[0], True)],
                    ["跟进报关发货", "□完成　%s基本完成　□未完成" % hand("☑", True), hand("货代：%s" % o[1], True)]]
            body = (title + sit + answers(c, rng, i) + "<p><b>自我检查</b></p>" + tbl(rows, width="100%") +
                    "<p></p>" + tbl([["学习者", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]], width="80%") + comment)
        elif f == "pickup":   # 接车检查单: 送修人 the driver, 接车人 the student
            head = tbl([["车型", hand("双排座柴油皮卡", True), "车牌", hand("云N·%d%03d" % (3 + i, 417 + 29 * i), True)],
                        ["送修人", hand(o[0], True, BLACK), "接车人", hand(n, True)],
                        ["班级", hand(cl, True), "学号", hand(sid, True)],
                        ["进厂里程", hand("%d km" % (86000 + 3117 * i), True), "燃油", hand("1/2", True)]], width="90%", pad="4px 6px")
            body = ('<h3 style="text-align:center">车辆接车检查单（学习工作页）</h3><p style="text-align:center">%s</p>' % c["task"] + head + sit +
                    answers(c, rng, i) + "<p>外观检查：□划痕　□凹陷　%s玻璃完好</p>" % hand("☑", True) + comment)
        elif f == "intake":   # 入库验收单: 送货人 the supplier's man, 验收人 the student
            rows = [["品名", "规格", "产地", "批号", "数量", "性状", "水分"],
                    ["砂仁", "统货", "云南", "SR2406%02d" % (11 + i), hand("2件", True), hand("合格", True), hand("11.2%", True)],
                    ["草果", "统货", "云南", "CG2406%02d" % (21 + i), hand("3件", True), hand("合格", True), hand("12.0%", True)]]
            body = ('<h3 style="text-align:center">中药饮片入库验收单</h3><p style="text-align:center">（学习工作页　%s）</p>' % c["task"] +
                    tbl(rows, width="100%") + "<p>送货人：%s（供货公司）　　验收日期：%s</p>" % (hand(o[0], True, BLACK), hand(day(s, i)[5:], True)) +
                    "<p>验收人：%s　　班级：%s　　学号：%s</p>" % (hand(n), hand(cl, True), hand(sid, True)) + sit + answers(c, rng, i) + comment)
        elif f == "wakeup":   # 叫醒服务记录: the guests by room, 执行人 the student
            rows = [["房号", "宾客姓名", "叫醒时间", "第一次", "第二次（确认）", "执行人"]]
            for k in range(3):
                rows.append([hand("%d" % (8201 + 2 * k + i), True), hand(o[(i + k) % 3], True, BLACK), hand("05:%02d" % (10 + 5 * k), True),
                             hand("√", True), hand("√", True), hand(n, True)])
            body = ('<h3 style="text-align:center">叫醒服务记录（学习工作页）</h3><p>班级：%s　　学号：%s　　日期：%s</p>' % (hand(cl, True), hand(sid, True), hand(day(s, i)[5:], True)) +
                    tbl(rows, width="100%") + sit + answers(c, rng, i) + comment)
        elif f == "tasting":   # 试吃评价人 the head cook
            body = (title + '<p>姓名：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)) + sit + answers(c, rng, i) +
                    "<p><b>色香味形评价</b></p>" + tbl([["试吃项目", "色", "香", "味", "形"], ["热面皮", hand("好", True), hand("好", True), hand("较好", True), hand("好", True)],
                         ["菜豆腐", hand("好", True), hand("较好", True), hand("好", True), hand("较好", True)]], width="70%") +
                    "<p>试吃评价人：%s（农家乐主厨）</p>" % hand(o[0], True, BLACK) + comment)
        elif f == "visit":   # 入户访视记录: the elder, 访视员 the student
            rows = [["老人姓名", hand(o[i % 3], True, BLACK), "住址", hand("河阴镇%s村%d号" % (["城东", "城西", "红岩", "团结"][i % 4], 3 + 5 * i), True)],
                    ["血压", hand("%d/%d mmHg" % (138 + 4 * i, 84 + i), True), "药盒", hand("已整理", True)],
                    ["访视员", hand(n, True), "学号", hand(sid, True)], ["班级", hand(cl, True), "日期", hand(day(s, i)[5:], True)]]
            body = '<h3 style="text-align:center">入户访视记录（学习工作页）</h3>' + tbl(rows, width="92%", pad="4px 6px") + sit + answers(c, rng, i) + comment
        elif f == "patrol":   # 巡检点检表 with ○/× marks, 点检人 the student
            rows = [["点检项目", "标准", "结果（○正常 ×异常）"]]
            for k, (a, b) in enumerate([("行走轮", "无卡滞"), ("毛刷", "无缠绕"), ("限位开关", "动作可靠"), ("风速传感器", "读数正常"), ("控制箱", "无进水")]):
                rows.append([a, b, hand("×" if (k == 1 and i == 2) else "○", True)])
            body = ('<h3 style="text-align:center">清扫机器人巡检点检表（学习工作页）</h3>' + tbl(rows, width="86%") +
                    "<p>点检人：%s　　学号：%s　　班级：%s</p><p>电站值班员：%s</p>" % (hand(n), hand(sid, True), hand(cl, True), hand(o[0], True, BLACK)) +
                    sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"checkbox": "x-scanpdf:200:color:clipper", "pickup": "x-scanpdf:250", "intake": "x-scanpdf:200:color:clipper",
            "wakeup": "x-scanpdf:200", "tasting": "x-scanpdf:250", "visit": "x-scanpdf:250", "patrol": "x-scanpdf:200:color"}[f]
    return "08.html", html(PB.join(pages), "10pt"), meth


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
    if f == "lesson_dates":   # process marks under lesson dates, outcome, a bonus column explained
        dates = ["9月10日", "9月17日", "9月24日", "10月8日"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(10)" % d_ for d_ in dates] + ["成果展示<br/>(60)", "加分", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, [("", 10)] * 4 + [("", 60)], 0.6, 0.92)
            b = rng.choice([0, 0, 0, 0, 1, 2, 3])
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务过程性考核登记表") + "<p>（表头日期为各次课的上课日期，每次课过程表现满分10分）</p>" + table(out) +
                "<p>注：加分为直播与询盘中实际成交订单的奖励分，每成交一单加1分，最多3分，计入总分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "foot_max":   # no maxima in the head: a 满分 row under the last student
        parts = [("接车问诊", 15), ("故障诊断", 30), ("维修操作", 35), ("竣工检验", 10), ("6S管理", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 34
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        out.append(trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono:clipper"
    if f == "plain_group":   # a plain table with a 组别 column
        parts = [("验收核对", 25), ("性状检查", 20), ("水分检查", 15), ("货位养护", 30), ("记录", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s(%d)" % p for p in parts] + ["总分", "学生确认签字"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "%d组" % (1 + k % 7)] + [str(x) for x in v] + [str(sum(v)), hand(n, True, BLACK, "10pt")], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>学生本人核对成绩无误后在右栏签名确认。</p>" + sign
        return "10.html", html(body, "8pt", compact=True), "pdf"
    if f == "dorm":   # a 寝室号 column
        parts = [("入住接待", 25), ("叫醒服务", 25), ("早餐盒发放", 20), ("查房", 20), ("仪容仪表", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "寝室号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "%s%d" % ("女" if k % 3 else "男", 301 + k // 6)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:clipper"
    if f == "judges":   # 过程考核 and three judges
        parts = [("过程考核", 40), ("评委一", 20), ("评委二", 20), ("评委三", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "宴席出品考核评分表") + "<p>评委一：%s　评委二：%s　评委三：%s（各按出品的色、香、味、形评分）</p>" % (t[0], t[1], "学生代表") +
                table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "group_heads":   # rows under 第n组 heads
        parts = [("血压测量", 25), ("药盒整理", 20), ("安全检查", 25), ("沟通指导", 20), ("记录", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            if k % 8 == 0:
                out.append('<tr><td colspan="9" style="border:0.75pt solid #000;padding:0px 6px;background:#eeeeee">第%s组</td></tr>' % "一二三四五六"[k // 8])
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True), "pdf"
    if f == "mentor":   # a 企业评价 column marked by the station's man
        parts = [("过程", 30), ("成果", 40), ("企业评价", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核成绩表") + "<p>企业评价：光伏电站运维班长 %s</p>" % s["others_named"][0] + table(out, "86%") + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:clipper"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    o = s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "inquiry_typed":
                parts.append('<h3>%s</h3><p>接待人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["时间", "买家", "询盘内容", "回复要点"], ["%s 10:%02d" % (day(s, 30 + i)[5:], 12 + j), o[0] if j == 0 else "曼德勒某咖啡馆",
                                  "挂耳咖啡起订量", "二十箱起订，含运费模板说明"], ["同日 15:40", "货代 %s" % o[1], "报关品名核对", "与标题一致"]], width="96%") +
                             "<p>%s</p>" % desc)
            elif f == "workorder_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["送修人", o[0], "车型", "双排座柴油皮卡"], ["维修技师", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                                          ["项目", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "storage_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["记录人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)], ["库内温度", "%d ℃" % (24 + j), "相对湿度", "%d%%" % (58 + 2 * i + j)],
                                  ["情况", desc, "复核", t[j % 2]]], width="90%"))
            elif f == "roomcheck_typed":
                parts.append('<h3>%s</h3><p>查房员：%s　　%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["房号", "宾客", "迷你吧", "遗留物品"], ["%d" % (8201 + i), o[i % 3], "无消耗", "无"], ["%d" % (8203 + i), o[(i + 1) % 3], "矿泉水1瓶", "充电器1个"]], width="88%") +
                             "<p>%s　　领班：%s</p>" % (desc, t[j % 2]))
            elif f == "serve_photo":
                parts.append('<h3 style="text-align:center">%s</h3>' % title + tbl([["出品人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                                                  ["出品情况", desc, "主厨", o[0]]], width="90%"))
            elif f == "careplan_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["照护对象", o[(i + j) % 3], "照护员", "%s（%s）" % (n, cl)],
                                                          ["内容", desc, "审核", t[j % 2]]], width="92%"))
            elif f == "debug_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title + tbl([["设备编号", "QS-%02d" % (3 + i), "调试人", "%s（%s）" % (n, cl)],
                                                                                  ["设定值", "风速 12 m/s 停机", "实测", desc], ["验收人", o[0], "日期", day(s, 30 + i)]], width="92%"))
            else:
                raise SystemExit(f)
    meth = "x-scanpdf:200:photo:comb" if f == "serve_photo" else "pdf"
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
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "hand_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "quiz_comb":   # a quiz half-sheet with a score box
            head = ["课堂小测（柴油机）　　　得分：＿＿", "> 姓名 %s　　学号 %s" % (n, sid), "> 班级 %s" % cl]
        elif f == "gray_hand":
            head = ["课后作业（饮片养护）", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "mono_hand":
            head = ["课后作业", "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "comb_photo":
            head = ["社区照护课后作业", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "color_hand":
            head = ["课后练习（清扫机器人控制）", "> 班级 %s　姓名 %s　学号 %s" % (cl, n, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"hand_photo": "x-photo:200:1", "quiz_comb": "x-photo:200:2:comb", "gray_hand": "x-scan:200:3",
            "mono_hand": "x-scan:200:4:mono", "comb_photo": "x-photo:200:2:comb", "color_hand": "x-scan:250:1:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    hdr = lambda xs: '<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in xs)
    if r == "idcard":   # 学生证发放签收表: the student signs for the card
        rows = [hdr(["序号", "学号", "姓名", "学生证号", "领取人签字", "领取日期"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, "YX%s%03d" % ("2024", 101 + j), hand(n, True), "9月%d日" % (4 + j % 3)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生证发放签收表</h2><p style="text-align:center">%s　2024年9月</p>' % (s["cls"], s["school"]) +
                table(rows, width="90%") + "<p>班主任：%s　　应发%d本，实发%d本</p>" % (s["headteacher"], len(k), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单（学生证签收）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "home_towns":   # 学生离校返乡登记表 grouped by home township
        towns = [("河阴镇", "步行或家长接"), ("河西镇", "县城—河西 班车"), ("拉西瓦镇", "县城—拉西瓦 班车"), ("常牧镇", "县城—常牧 班车"),
                 ("尕让乡", "县城—尕让 班车"), ("新街乡", "县城—新街 班车")]
        cut = [0, 9, 16, 23, 30, 36, len(k)]
        rows = [hdr(["序号", "学号", "姓名", "返乡乘车方式", "家长签字"])]
        for g, (tn, bus) in enumerate(towns):
            rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px;background:#eeeeee">%s（%d人）</td></tr>' % (tn, cut[g + 1] - cut[g]))
            for j in range(cut[g], cut[g + 1]):
                rows.append(trow([str(j + 1), sid_of(s, k[j]), k[j], bus, ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生离校返乡登记表</h2><p style="text-align:center">%s　2024年寒假</p>' % (s["cls"], s["school"]) +
                table(rows, width="88%") + "<p>班主任：%s　　带队教师：%s　　共%d人</p>" % (s["headteacher"], "马国忠", len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（返乡登记）.pdf\tpdf\troster\t0" % s["cls"])
        return ["马国忠"]
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
    truth = {"comment": "Hundred-and-thirty-first held-out people corpus (testdata/heldout131), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])] + ["马国忠"]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad:
        raise SystemExit("stand in an earlier corpus, rename: %s" % " ".join(bad))
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]) + tuple(re.findall(r"[\u4e00-\u9fff]+", s["school"])):
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
        rng = random.Random(s["seed"] * 7919 + 131)
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
