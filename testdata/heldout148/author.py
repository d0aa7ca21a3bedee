#!/usr/bin/env python3
"""Write the sources of the hundred-and-forty-eighth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the truth-format struct tags of
pipeline/heldout_test.go was read; classaudit was not run on it). Seven
submissions of three invented schools in 仙居县 (Zhejiang, 台州), 黄陵县
(Shaanxi, 延安) and 彰武县 (Liaoning, 阜新).

    python3 author.py      (rewrites src/ and truth.json)
    sh build.sh OUT
"""
import base64
import json
import math
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
# the truth files read (only here, only for names, tasks, courses and schools to avoid);
# heldout145 … heldout147 are written at the same time by other hands and are not read
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 145)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 仙居 (台州 families: 王 陈 张 李 林 徐 吴 and the
# 应 泮 卢 朱 郑 金 of the county), 黄陵 (陕北 families: 王 张 李 刘 杨 高 and 冯 白 郝 薛 惠 霍 贺 拓 屈),
# 彰武 (辽西 families: 王 李 张 刘 赵 孙 于 and the Mongol 包 白 宝 鲍 吴 韩, the Manchu 关 那 佟)
SURNAMES = {
    "xj": list("王王王陈陈陈张张李李林林徐徐吴吴应应朱郑杨周金卢潘蒋胡泮"),
    "hl": list("王王王张张张李李刘刘杨杨高高冯白马郝薛惠霍贺拓雷屈"),
    "zw": list("王王王李李李张张张刘刘赵赵孙于杨郭韩高包包白吴宝鲍关那佟"),
}
# given names: a new list, everyday names of students born around 2007-2009
GIVEN2 = ("亦凡 俊杰 雨涵 若琳 梓轩 浩然 佳乐 诗涵 欣怡 子涵 宇辰 一帆 思琪 嘉豪 语涵 梦婷 俊宇 昕妍 博宇 晨曦 "
          "可欣 子豪 佳欣 浩轩 雅琪 诗雨 皓宇 梓涵 泽宇 雨彤 天宇 欣雨 思涵 宇杰 晓雨 子怡 嘉欣 奕然 俊凯 一航 "
          "心悦 若曦 雨轩 浩宇 佳豪 芷涵 梦瑶 子墨 宇航 晓东 佳琪 鹏程 文轩 诗怡 梓萱 晨阳 紫涵 家乐 佳怡 志强 "
          "文静 雅雯 俊熙 旭东 思雨 海峰 语桐 嘉琪 昊天 梦琪 子恒 若彤 鑫宇 乐瑶 铭轩 晨宇 思远 雨欣 明辉 佳悦 "
          "冠霖 嘉树 景川 逸飞 沐阳 承宇 书涵 沛涵 晴雯 慧敏 雪莹 秋雨 丽娜 春燕 海燕 晓丽 金鑫 国庆 振华 建军 "
          "宏伟 志伟 永杰 伟豪 凯瑞 浩楠 子健 雅楠 艺璇 紫琪 雨菲 梦洁 佳宁 静雯 悦然 婧琪 思彤 一凡 锦辉 泽楷 "
          "睿哲 天佑 明远 博文 煜祺 俊豪 永兴 德胜 春雷 秀丽 玉洁 雅静 雨晴 可心 安然 嘉宁 子萱 诗琪 梓豪 宇轩").split()
GIVEN1 = list("磊鑫洋帆琳悦婷杰")


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
 "bayberry": dict(major="电子商务", code="0603", course="生鲜农产品网店运营", task="仙居杨梅冷链预售活动策划与售后理赔处理",
   hours=16, station="生鲜电商运营一体化学习工作站", coop="仙居县淡竹乡杨梅专业合作社",
   situation="六月杨梅成熟，仙居一家杨梅专业合作社要在网店开展为期十天的预售，杨梅采摘后二十四小时内用冰袋泡沫箱冷链发出。合作社负责人请电商班学员测算预售价格和冷链运费，制作预售页面，排好客服应答话术，预售结束后汇总坏果、压伤的售后申请，按理赔规则核实处理。",
   qs=[("问题1 杨梅为什么只能做“预售+冷链”？", ["杨梅没有外皮，常温下一天就变软出水，只能先收订单，采摘当天冷链发出。", "不耐放，采了当天就要发。", "常温一天就坏，要冷链。"]),
       ("问题2 预售页面上必须写清楚哪些内容？", ["发货时间、产区、果径规格、冷链包装方式，还有坏果怎么理赔。", "发货时间和理赔规则。", "规格、包装和发货时间。"])],
   hw=[("1. 坏果理赔为什么要顾客拍照？", ["照片能看出坏果数量和包装有没有破损，核实后按颗数退款，也能找出是哪个环节出的问题。", "核实坏果数量。", "看包装有没有破。"]),
       ("2. 冷链运费怎样测算？", ["按泡沫箱加冰袋后的重量和发往的区域查快递报价，再平摊到每一单里。", "按重量和区域算。", "冰袋也要算进重量。"])],
   outputs=[("售后理赔处理单", "坏果五颗，按颗退款。"), ("预售页面文案", "果径二十五毫米以上，采摘当天发货。")]),
 "homestay": dict(major="饭店(酒店)服务", code="0504", course="民宿管家服务", task="神仙居景区山居民宿管家式入住接待与早餐服务",
   hours=16, station="民宿管家服务一体化学习工作站",
   situation="国庆假期，神仙居景区脚下的一家山居民宿客满，客人多是带老人孩子的家庭。民宿主人请酒店班学员担任实习管家，提前电话联系客人确认到达时间，做好入住接待、房间介绍和行程建议，第二天早上按客人的口味准备山居早餐，并记录客人的意见。",
   qs=[("问题1 管家为什么要提前一天联系客人？", ["确认到达时间和人数，问清有没有老人、小孩和忌口，好提前准备房间和早餐。", "确认到达时间和人数。", "问清忌口和特殊需要。"]),
       ("问题2 给客人做行程建议要考虑什么？", ["客人的年龄和体力、天气、景区的开放时间和排队情况，带老人的要避开长台阶。", "考虑老人孩子的体力。", "看天气和排队情况。"])],
   hw=[("1. 山居早餐怎样体现本地特色？", ["用本地的麦饼、番薯粥和高山蔬菜，介绍食材的来历，让客人觉得新鲜。", "用本地麦饼和番薯粥。", "介绍食材的来历。"]),
       ("2. 客人提出意见时管家怎样回应？", ["先感谢客人，认真记下来，能马上改的马上改，不能改的说明原因并告诉民宿主人。", "先感谢再记录。", "能改的马上改。"])],
   outputs=[("宾客意见簿（摘页）", ""), ("管家服务记录", "")]),
 "polygala": dict(major="中药", code="1301", course="中药饮片加工与炮制", task="黄陵远志药材去心加工与甘草汁制远志炮制",
   hours=16, station="中药炮制一体化学习工作站",
   situation="秋季远志采挖后，黄陵一家中药材专业合作社收购了一批鲜远志，需要趁鲜抽去木心，晒干后按药典方法用甘草汁炮制成制远志，供给县中医医院。合作社请中药班学员按规程净选、润软、抽心、干燥，再煎甘草汁拌润远志、文火炒干，填写炮制记录并做质量检查。",
   qs=[("问题1 远志为什么要去心？", ["远志的木心没有药效，还容易让人心烦，所以要趁鲜抽去，只用根皮。", "木心没有药效。", "只用根皮。"]),
       ("问题2 甘草汁制远志的作用是什么？", ["甘草汁能缓和远志的燥性，减少对咽喉和胃的刺激。", "缓和燥性。", "减少对胃的刺激。"])],
   hw=[("1. 甘草汁怎样煎制？", ["每一百公斤远志用甘草六公斤，加水煎两次，合并煎液浓缩到甘草量的十倍左右。", "甘草加水煎两次。", "合并煎液浓缩。"]),
       ("2. 制远志的质量要求是什么？", ["呈筒状或槽状，表面黄棕色，味微甜，不得残留木心，水分不超过百分之十二。", "不得残留木心。", "味微甜。"])],
   outputs=[("制远志炮制记录", "投料远志五公斤，甘草汁拌润一小时。"), ("饮片质量检查记录", "木心残留率低于百分之五，合格。")]),
 "misfire": dict(major="汽车维修", code="0403", course="汽车发动机电控系统检修", task="矿区通勤皮卡发动机缺火抖动故障诊断与点火系统检修",
   hours=18, station="汽车电控检修一体化学习工作站",
   situation="黄陵一家煤矿的通勤皮卡每天往返矿区和县城，司机反映冷车启动后发动机抖动厉害，仪表的故障灯闪烁，加油无力。修理厂的车间主任请汽修班学员接车问诊，读取故障码和数据流，用示波器检测各缸点火波形，检查火花塞、点火线圈和喷油器，找到缺火的原因并排除，最后填写维修工单和质量保证卡。",
   qs=[("问题1 故障灯闪烁说明什么？", ["说明发动机正在严重缺火，继续行驶会损坏三元催化器，要尽快检修。", "严重缺火。", "会烧坏三元催化器。"]),
       ("问题2 怎样确认是哪一个缸缺火？", ["读取缺火计数数据流，再逐缸断火或对比各缸点火波形，计数高、波形异常的就是缺火缸。", "看缺火计数。", "对比各缸波形。"])],
   hw=[("1. 火花塞间隙过大会怎样？", ["击穿电压升高，点火线圈负担变大，冷车和急加速时容易跳火失败而缺火。", "击穿电压升高。", "容易缺火。"]),
       ("2. 更换火花塞要注意什么？", ["冷机时拆装，先吹净火花塞座孔，按规定力矩拧紧，间隙按手册检查。", "冷机拆装。", "按规定力矩拧紧。"])],
   outputs=[("更换旧件交还确认单", ""), ("维修工单", "缺火计数归零。")]),
 "conveyor": dict(major="机电一体化技术", code="0127", course="带式输送机电气控制系统装调", task="煤矿带式输送机跑偏与打滑保护PLC联锁控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="黄陵一座煤矿的地面运煤带式输送机经常跑偏撒煤，有一次皮带打滑没有及时停机，烧坏了托辊。矿上机电队请机电班学员在实训线上模拟改造：加装跑偏、打滑和拉线急停保护，按逆煤流方向起车、顺煤流方向停车的要求编写PLC联锁程序，接线、调试并做保护试验。",
   qs=[("问题1 为什么要逆煤流起车、顺煤流停车？", ["先开后面的输送机再开前面的，停车时先停前面的，这样煤不会堆在转载点上。", "防止煤堆在转载点。", "起车从后往前。"]),
       ("问题2 打滑保护怎样检测？", ["在从动滚筒上装速度传感器，实际转速低于额定转速的百分之七十就判定打滑并停机。", "测从动滚筒转速。", "低于七成就停机。"])],
   hw=[("1. 拉线急停开关装在哪里？", ["沿输送机两侧每隔五十米左右装一个，人员在任何位置都能拉到。", "沿两侧每五十米一个。", "人在哪都能拉到。"]),
       ("2. 保护试验要做哪些项目？", ["跑偏、打滑、急停、堆煤逐项试验，每项都要能停机、报警、记录。", "跑偏、打滑、急停。", "每项都能停机报警。"])],
   outputs=[("PLC联锁调试记录", ""), ("保护试验记录", "")]),
 "smokedchicken": dict(major="烹饪(中式烹调)", code="0501", course="辽西风味热菜制作", task="章古台榛蘑炖小笨鸡与辽西熏鸡热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="彰武县城一家农家菜馆冬天生意最好，招牌菜是榛蘑炖小笨鸡和辽西熏鸡。菜馆厨师长请烹饪班学员按菜馆的标准菜谱准备原料，泡发榛蘑、斩鸡、煸炒炖制，熏鸡要先卤后熏，控制糖熏的火候和时间，按出菜顺序装盘出品，并做好成本核算和收档卫生。",
   qs=[("问题1 榛蘑为什么要提前泡发并洗净？", ["干榛蘑里有沙土，要用温水泡软后反复搓洗，泡蘑菇的水沉淀后取上面的清水炖鸡。", "有沙土要洗净。", "泡蘑水取上层清水。"]),
       ("问题2 熏鸡为什么要先卤后熏？", ["先卤让鸡肉入味熟透，再用白糖和锯末熏出颜色和烟香，熏的时间不能太长，否则发苦。", "先卤入味再熏上色。", "熏久了发苦。"])],
   hw=[("1. 炖鸡时为什么要先煸炒？", ["煸炒能把鸡块的水分炒干，去掉腥味，炖出来的汤更香。", "去腥味。", "汤更香。"]),
       ("2. 熏锅里放什么？火候怎样掌握？", ["铁锅里铺锡纸，放白糖、茶叶和锯末，上面架箅子放鸡，中火烧到冒黄烟后改小火熏三分钟。", "白糖、茶叶和锯末。", "冒黄烟改小火。"])],
   outputs=[("榛蘑炖小笨鸡出品记录", "出品时间四十五分钟。"), ("辽西熏鸡出品记录", "色泽枣红，烟香浓郁。")]),
 "kang": dict(major="健康与社会照护", code="0529", course="农村互助养老照护服务", task="农村互助幸福院卧床老人冬季火炕取暖安全与皮肤照护",
   hours=16, station="社区照护一体化学习工作站",
   situation="彰武县一个村的互助幸福院住着十几位老人，冬天靠火炕取暖。去年冬天有卧床老人被炕面烫伤，还有老人长了压疮。幸福院院长请照护班学员上门为卧床老人评估皮肤和炕温，制订翻身和皮肤护理计划，教家属和护理员判断炕温、预防烫伤和煤气中毒，并填写照护记录。",
   qs=[("问题1 卧床老人为什么容易被火炕烫伤？", ["老人感觉迟钝，又不能自己翻身，炕头温度太高时同一个地方压久了就会低温烫伤。", "感觉迟钝，不能翻身。", "压久了会低温烫伤。"]),
       ("问题2 怎样预防煤气中毒？", ["睡前检查炕洞和烟道是否通畅，屋里装一氧化碳报警器，窗户留一条缝通风。", "装一氧化碳报警器。", "窗户留缝通风。"])],
   hw=[("1. 翻身的间隔怎样确定？", ["一般两小时翻一次，皮肤发红不退的要缩短间隔，翻身后检查受压部位。", "一般两小时一次。", "发红的缩短间隔。"]),
       ("2. 怎样判断炕温是否合适？", ["用手背贴在褥子上感觉微温不烫，或用温度计测褥面，不超过四十度。", "手背感觉微温。", "不超过四十度。"])],
   outputs=[("卧床老人照护计划", ""), ("入户照护记录", "")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="仙居县神仙居技工学校", pack="dir", region="xj", course="bayberry", cls="电商2302班", size=37, seed=11,
         sidp="2310603", months=(6, 7), students=["应思琪", "泮俊杰", "卢梦瑶"], items={12: ["应思琪", "泮俊杰", "卢梦瑶", "金书涵"]},
         extra_class=["金书涵", "林沛涵"], bad={"林沛涵": "over"}, others_named=["王彩娥", "杜晓梅", "邵国平"],
         teachers=["陈黎明", "吴建平"], form_count="37人", form_cell="班级人数 | 37人（男11人，女26人）",
         f8="radar", f10="dated", f11="claims", f12="photo_four",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "林沛涵")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (PHONE PHOTOS of hand-written homework) holds FOUR students: the three and classmate 金书涵 (with an "
                 "item-10 record): students.count on 12; students.mismatch optional. Item 10 (TYPED) has a per-row 考核日期 "
                 "(`6.12` …) and 直播场次 column before the parts; 林沛涵 has 34 under `客服应答(30)` (总分 the sum): "
                 "records.invalid_score. Item 8 (colour scan 200): the identity stands only beside the 能力自评雷达图 at the "
                 "foot of each worksheet. The cooperative's head 王彩娥 and the buyers 杜晓梅 and 邵国平 are named (not students). "
                 "No roster"),
    dict(school="仙居县神仙居技工学校", pack="dir", region="xj", course="homestay", cls="酒店2401班", size=36, seed=12,
         sidp="2410504", months=(10, 11), students=["郑景川", "阿依努尔·吾斯曼", "徐艺璇"],
         others_named=["徐金娣", "蒋立新", "许美珍", "方志远", "潘卫东"],
         teachers=["应素芬", "吴秉坤"], form_count="３６人", form_cell="班级人数 | ３６人", roster="antifraud", headteacher="王淑娴",
         f8="butler_card", f10="bonus", f11="guest_book", f12="hand_scan",
         findings=[],
         comment="clean. The form writes the class size in FULL-WIDTH digits `３６人`; the roster is a 国家反诈中心APP注册情况统计表 "
                 "(36, the community police officer 潘卫东 signing as 核验民警, not a student); item 10 (typed, 36 rows) has a "
                 "`宾客点评加分（≤5）` column, 总分 = parts + bonus, explained under the table. A student from the 内地新疆中职班 with a "
                 "middle-dot name (阿依努尔·吾斯曼). The homestay owner 徐金娣 and the guests 蒋立新, 许美珍, 方志远 are named on "
                 "items 8 and 11 (not students). Item 8 (scanned 250 gray): a printed 管家名片 card at the top holds the name and "
                 "`工号` (the 学号); item 11 (colour scan 200): a page of the 宾客意见簿 (guest book) per student, the guest's words "
                 "by hand signed by the guest, the butler's reply signed `管家 <name>`, then a typed service record"),
    dict(school="黄陵县桥山技工学校", pack="gbkzip", region="hl", course="polygala", cls="中药2401班", size=40, seed=21,
         sidp="20241301", students=["霍婧琪", "拓子豪", "惠雨彤"], outsiders={"惠雨彤": "中药2402班"}, out_sidp="20241302",
         months=(10, 11), others_named=["屈建民", "白凤仪"],
         teachers=["薛晓丽", "冯世昌"], form_count="41人", form_cell="授课年级 | 2024级 | 授课班级 | 中药2401班 | 班级人数 | 41人",
         f8="process_head", f10="herbs", f11="processing", f12="hand_scan_gray",
         findings=[("students.not_in_class", 8, True, "惠雨彤"), ("records.count_mismatch", 10, False)],
         comment="惠雨彤 of the parallel class 中药2402班 (her class and 学号 2024130217 on her photographed worksheet, typed "
                 "processing record and scanned homework) is the third student of 8/11/12; item 10 (TYPED) has no record of her: "
                 "students.not_in_class. The form says `班级人数 | 41人` in the one-row 授课年级 | 授课班级 | 班级人数 strip; item 10 "
                 "lists 40: records.count_mismatch (no roster). Item 10 has an `抽考饮片` column holding three herb names a row "
                 "(柴胡、防风、桔梗 …), not people. Item 8: the printed worksheet photographed on a desk with a dried maple leaf on it; "
                 "the herb grower 屈建民 and the hospital pharmacist 白凤仪 named (not students)"),
    dict(school="黄陵县桥山技工学校", pack="gbkzip", region="hl", course="misfire", cls="汽修2302班", size=40, seed=22,
         sidp="20230403", months=(10, 12), students=["郝冠霖", "贺晴雯", "冯承宇"], items={8: ["郝冠霖", "贺晴雯", "白宇杰"]},
         extra_class=["白宇杰", "屈永杰"], bad={"屈永杰": "sum"}, others_named=["党振军"],
         teachers=["高志刚", "刘树青"], form_count="40人", form_cell="授课年级 | 2023级 | 授课班级 | 汽修2302班 | 班级人数 | 40人",
         f8="waveform", f10="faultcode", f11="oldparts", f12="hand_scan_plug",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "屈永杰")],
         comment="item 8 (scanned 200 gray, a spark plug lying on the glass) holds the worksheets of 郝冠霖, 贺晴雯 and classmate "
                 "白宇杰 (with an item-10 record) instead of 冯承宇's (items 11 and 12 hold the three): students.mismatch. Item 10 "
                 "(scanned 300 dpi 1-bit) has an `抽取故障` column (codes F01-F12 with a short description); 屈永杰's 总分 is 7 "
                 "above the sum of his parts: records.invalid_score. Item 8: an ignition-waveform worksheet, the student draws the "
                 "secondary waveform on a printed oscilloscope grid, `检测人` under it; item 11: a 更换旧件交还确认单 (old parts "
                 "returned or kept) signed by the pickup's driver 党振军 as 车主 (not a student). Form `40人` = 40 rows. No roster"),
    dict(school="黄陵县桥山技工学校", pack="gbkzip", region="hl", course="conveyor", cls="机电2401班", size=39, seed=23,
         sidp="20240127", months=(11, 12), students=["屈思远", "薛博文", "惠天宇"], extra_class=["贺一航"], absent_from_10=["贺一航"],
         others_named=["雷振邦", "刘永平"], teachers=["杨建峰", "白彩霞", "拓建业"], form_count="39人",
         form_cell="授课年级 | 2024级 | 授课班级 | 机电2401班 | 班级人数 | 39人", roster="firedrill", headteacher="许慧珍",
         f8="pointing", f10="veto", f11="io_debug", f12="photo_plain",
         findings=[("records.missing_student", 10, False, "贺一航"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 消防疏散演练点名表: the class grouped by evacuation staircase, 集合点 and 到场 ticks, 39) and the "
                 "form (`39人`) hold 贺一航; item 10 (TYPED, with a `安全一票否决` column, all `否`) has 38 rows and none for him: "
                 "records.missing_student and records.count_mismatch. The school's safety officer 刘永平 signs the roster, the "
                 "mine's 机电队 leader 雷振邦 is named on item 8 (neither a student). Item 8 (scanned 250 gray): a 手指口述 "
                 "(pointing-and-calling) safety confirmation sheet, `确认人` the student"),
    dict(school="彰武县章古台技工学校", pack="zip", region="zw", course="smokedchicken", cls="烹饪2401班", size=38, seed=31,
         sidp="24050101", months=(11, 12), students=["包佳乐", "那思彤", "孙永兴"], items={8: ["包佳乐", "那思彤"]},
         extra_class=["关晨宇"], bad={"关晨宇": "over"}, others_named=["贺国栋"],
         teachers=["佟玉芳", "宝立军"], form_count="38名", form_cell="学生人数 | 38名",
         f8="stove_head", f10="scan_head2", f11="dish", f12="photo_leaf",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "关晨宇")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (colour scan 200) holds the worksheets of only TWO students, 包佳乐 and 那思彤 (孙永兴's are missing; "
                 "11 and 12 hold the three): students.count on 8; students.mismatch optional. Item 10 (scanned 250 gray, maxima "
                 "on a second head row) — 关晨宇 has 32 under `火候(25)` (总分 the sum): records.invalid_score. The restaurant's "
                 "head chef 贺国栋 is named on items 8 and 11 (not a student). Item 12: phone photos with a dried maple leaf. "
                 "Form `38名` = 38 rows. No roster"),
    dict(school="彰武县章古台技工学校", pack="zip", region="zw", course="kang", cls="照护2401班", size=39, seed=32,
         sidp="24052901", months=(11, 12), students=["白雅静", "高锦辉", "鲍雨菲"],
         others_named=["吴桂芝", "韩德旺", "吴凤琴", "孟淑英", "邱玉兰", "谷春霞", "齐美华"],
         teachers=["乌云其木格", "孙桂英"], form_count="39名", form_cell="学生人数 | 39名（其中蒙古族学生7名）",
         f8="care_head", f10="sp", f11="care_plan", f12="color_hand",
         findings=[],
         comment="clean. Item 10 (TYPED, 39 rows = form `39名（其中蒙古族学生7名）`) has an `SP扮演者` column naming the four "
                 "volunteers (孟淑英, 邱玉兰, 谷春霞, 齐美华, retired nurses) who played the bed-ridden elder for each student: "
                 "names on every row that are not students. Item 8 (scanned 200 gray): the pressure-sore sites circled by hand on a printed "
                 "body outline. The elders 吴桂芝 and 韩德旺 and the daughter 吴凤琴 are named on "
                 "items 8 and 11. A teacher with a Mongolian name (乌云其木格). Item 12: colour scans of hand pages. No roster"),
]

PROVINCE = {1: "浙江省台州市仙居县", 2: "陕西省延安市黄陵县", 3: "辽宁省阜新市彰武县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 仙居: "08 工作页.pdf"
        return "%02d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 黄陵: "8、工作页.pdf"
        return "%d、%s.pdf" % (n, NAMES[n])
    return "成果%02d-%s.pdf" % (n, NAMES[n])   # 彰武: "成果08-工作页.pdf" (no leading digit: the name)


def form_name(s, c):
    return {1: ("附件2 申报书-%s.docx" % c["task"], "docx"),
            2: ("%s申报书.pdf" % s["cls"], "pdf"),
            3: ("申报书（%s）.docx" % c["major"], "docx")}[grp(s)]


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


def boxed(inner, border, width, pad, align="center"):
    """A card: one bordered cell holding the inner html (Writer ignores a border on the table itself)."""
    al = ' align="%s"' % align if align else ""
    return '<table style="border-collapse:collapse" width="%s"%s><tr>%s</tr></table>' % (width, al, td(inner, "", pad, border))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称/职业技能等级", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    label, _, value = s["form_cell"].partition(" | ")
    if g == 2:   # 黄陵: the official one-row strip 授课年级 | … | 授课班级 | … | 班级人数 | …
        cells = s["form_cell"].split(" | ")
        info = (tbl([["专业名称", (c["major"], ' align="left" colspan="5"')], ["专业编码", (c["code"], ' align="left" colspan="5"')],
                     ["授课课程名称", (c["course"], ' align="left" colspan="5"')], ["授课学习任务名称", (c["task"], ' align="left" colspan="5"')],
                     cells, ["学时", (str(c["hours"]), ' align="left" colspan="5"')],
                     ["授课实训室或学习工作站名称", (c["station"], ' align="left" colspan="3"'), "工位数", "20"]], width="96%", pad=P))
    else:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), (label, value), ("学时", "%d" % c["hours"]), ("授课地点", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、目标与内容</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、创新与特色</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、授课教师诚信承诺</h3><p>本人已认真填写并检查以上材料，保证内容真实有效。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=5 + s["seed"] % 20, info=info, tm=tbl(trs, width="80%"), situation=c["situation"], prov=PROVINCE[g])
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
    m0, m1 = s["months"]
    return "2024年%d月%d日" % (m0 + (s["seed"] + k) % (m1 - m0 + 1), 2 + (s["seed"] * 5 + k * 7) % 26)


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


# ------------------------------------------------------------------ pictures (SVG embedded in 08.html as data URIs)

def data_uri(svg):
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def radar_svg(vals, seed):
    """A hand-filled five-axis self-assessment radar chart (能力自评雷达图)."""
    r = random.Random(seed)
    cx, cy, R = 150, 138, 100
    axes = ["信息获取", "方案策划", "页面制作", "客服沟通", "团队协作"]
    ang = [-math.pi / 2 + 2 * math.pi * k / 5 for k in range(5)]
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="300" height="280" viewBox="0 0 300 280">']
    for lv in range(1, 6):
        pts = " ".join("%.1f,%.1f" % (cx + R * lv / 5 * math.cos(a), cy + R * lv / 5 * math.sin(a)) for a in ang)
        out.append('<polygon points="%s" fill="none" stroke="#555" stroke-width="%s"/>' % (pts, "1.2" if lv == 5 else "0.6"))
    for k, a in enumerate(ang):
        out.append('<line x1="%d" y1="%d" x2="%.1f" y2="%.1f" stroke="#555" stroke-width="0.6"/>' % (cx, cy, cx + R * math.cos(a), cy + R * math.sin(a)))
        lx, ly = cx + (R + 22) * math.cos(a), cy + (R + 16) * math.sin(a) + 4
        out.append('<text x="%.1f" y="%.1f" font-family="Noto Sans CJK SC" font-size="11" text-anchor="middle" fill="#222">%s</text>' % (lx, ly, axes[k]))
    for lv in range(1, 6):
        out.append('<text x="%d" y="%.1f" font-family="Noto Sans CJK SC" font-size="8" fill="#777">%d</text>' % (cx + 3, cy - R * lv / 5 + 3, lv))
    pts = " ".join("%.1f,%.1f" % (cx + R * v / 5 * math.cos(a) + r.uniform(-1.5, 1.5), cy + R * v / 5 * math.sin(a) + r.uniform(-1.5, 1.5))
                   for v, a in zip(vals, ang))
    out.append('<polygon points="%s" fill="#3050b0" fill-opacity="0.18" stroke="#22306a" stroke-width="2.2" stroke-linejoin="round"/>' % pts)
    for v, a in zip(vals, ang):
        out.append('<circle cx="%.1f" cy="%.1f" r="3" fill="#22306a"/>' % (cx + R * v / 5 * math.cos(a), cy + R * v / 5 * math.sin(a)))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def waveform_svg(seed, bad_gap):
    """A printed oscilloscope grid (10 x 8 divisions) with a hand-drawn secondary ignition waveform."""
    r = random.Random(seed)
    W, H, d = 400, 240, 40
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">' % (W + 20, H + 26, W + 20, H + 26)]
    out.append('<rect x="10" y="6" width="%d" height="%d" fill="none" stroke="#222" stroke-width="1.4"/>' % (W, H))
    for k in range(1, 10):
        out.append('<line x1="%d" y1="6" x2="%d" y2="%d" stroke="#999" stroke-width="0.5" stroke-dasharray="2,3"/>' % (10 + k * d, 10 + k * d, 6 + H))
    for k in range(1, 6):
        out.append('<line x1="10" y1="%d" x2="%d" y2="%d" stroke="#999" stroke-width="0.5" stroke-dasharray="2,3"/>' % (6 + k * d, 10 + W, 6 + k * d))
    base = 6 + 4 * d
    pts = []
    x = 10.0
    for cyc in range(2):
        x0 = 10 + 30 + cyc * 200
        while x < x0:
            pts.append((x, base + r.uniform(-1, 1)))
            x += 6
        peak = 6 + (0.6 if bad_gap and cyc == 1 else 1.6) * d
        pts += [(x0, base), (x0 + 3, peak), (x0 + 6, base - 0.9 * d)]
        x = x0 + 6
        while x < x0 + 60:   # the spark line
            pts.append((x, base - 0.9 * d + (x - x0) * 0.12 + r.uniform(-2, 2)))
            x += 5
        for k in range(6):   # the coil oscillations
            pts.append((x, base + (1 if k % 2 else -1) * (18 - 3 * k)))
            x += 6
        while x < x0 + 140:
            pts.append((x, base + r.uniform(-1, 1)))
            x += 6
        pts += [(x, base + 0.5 * d), (x + 4, base - 0.3 * d), (x + 10, base)]
        x += 10
    while x < 10 + W:
        pts.append((x, base + r.uniform(-1, 1)))
        x += 6
    out.append('<polyline points="%s" fill="none" stroke="#22306a" stroke-width="1.8" stroke-linejoin="round"/>' %
               " ".join("%.1f,%.1f" % p for p in pts))
    out.append('<text x="12" y="%d" font-family="Noto Sans CJK SC" font-size="10" fill="#333">CH1　5 kV/div　　2 ms/div　　触发：上升沿</text>' % (H + 22))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def body_svg(seed, sites):
    """A printed outline of a body lying on its back, seen from behind (背面观), with the pressure-sore sites
    circled by hand and labelled with leader lines."""
    r = random.Random(seed)
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="300" height="330" viewBox="0 0 300 330">']
    g = 'fill="none" stroke="#333" stroke-width="1.6" stroke-linejoin="round"'
    out.append('<ellipse cx="150" cy="34" rx="19" ry="23" %s/>' % g)
    out.append('<path d="M141,56 L141,66 L112,74 Q100,78 98,92 L86,170 Q84,182 90,184 L96,182 L108,110 L112,160 L110,196 '
               'L116,300 Q116,312 126,312 L136,312 Q140,306 140,298 L146,206 L154,206 L160,298 Q160,306 164,312 L174,312 '
               'Q184,312 184,300 L190,196 L188,160 L192,110 L204,182 L210,184 Q216,182 214,170 L202,92 Q200,78 188,74 '
               'L159,66 L159,56" %s/>' % g)
    out.append('<line x1="150" y1="74" x2="150" y2="170" stroke="#999" stroke-width="0.8" stroke-dasharray="3,3"/>')
    pos = {"枕部": (150, 22, 250, 20), "肩胛部": (128, 92, 40, 70), "肘部": (94, 150, 30, 130), "骶尾部": (150, 178, 250, 170),
           "足跟": (130, 304, 40, 290)}
    for name in sites:
        x, y, lx, ly = pos[name]
        rr = 10 + r.uniform(-1, 2)
        pts = " ".join("%.1f,%.1f" % (x + (rr + r.uniform(-1.2, 1.2)) * math.cos(2 * math.pi * k / 14 + 0.3),
                                      y + (rr * 0.8 + r.uniform(-1.2, 1.2)) * math.sin(2 * math.pi * k / 14 + 0.3)) for k in range(15))
        out.append('<polyline points="%s" fill="none" stroke="#22306a" stroke-width="2"/>' % pts)
        out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#22306a" stroke-width="1"/>' % (x + (rr if lx > x else -rr), y, lx + (-4 if lx > x else 44), ly - 4))
        out.append('<text x="%d" y="%d" font-family="AR PL UKai CN" font-size="15" fill="#22306a">%s</text>' % (lx, ly, name))
    out.append('<text x="150" y="326" font-family="Noto Sans CJK SC" font-size="10" fill="#333" text-anchor="middle">背面观（仰卧位受压部位）</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "radar":   # the identity only beside the self-assessment radar chart at the foot
            vals = [rng.randint(3, 5) for _ in range(5)]
            svg = data_uri(radar_svg(vals, s["seed"] * 100 + i))
            acts = tbl([["学习活动", "完成情况", "用时"],
                        ["测算预售价格与冷链运费", hand(["已完成，每单运费9.5元", "完成，运费平摊到每单", "完成"][i % 3], True), hand("2课时", True)],
                        ["制作预售页面", hand(["首图改了两次", "完成", "完成，加了果径图"][i % 3], True), hand("4课时", True)]], width="100%")
            right = ("<p><b>自评说明</b>（每项满分5分）</p>" +
                     "".join("<p>%s：%s分</p>" % (a, hand(str(v), True)) for a, v in zip(["信息获取", "方案策划", "页面制作", "客服沟通", "团队协作"], vals)) +
                     "<p>学习者：%s</p><p>学　号：%s</p><p>班　级：%s</p>" % (hand(n), hand(sid, True), hand(cl, True)))
            radar = ('<table style="border-collapse:collapse" width="100%%"><tr>%s%s</tr></table>' %
                     (td('<img src="%s" width="220" height="205"/>' % svg, ' width="58%" align="center"', "2px 2px"), td(right, ' valign="top"', "4px 6px")))
            body = (title + sit + answers(c, rng, i) + acts + '<p style="text-align:center"><b>能力自评雷达图</b></p>' + radar + comment)
        elif f == "butler_card":   # a printed butler's name card at the top: name and 工号 (the 学号) by hand
            guests = s["others_named"][1:4]
            card = boxed('<table style="border-collapse:collapse" width="100%%"><tr>%s%s</tr></table>' % (
                td('<span style="font-size:15pt;color:#5a4a2a"><b>山居</b></span><br/><span style="font-size:8pt">神仙居·溪畔民宿</span>',
                   ' width="28%" align="center"', "6px 4px", "0"),
                td('<p><b>实习管家</b>　%s</p><p>工号：%s</p><p>班级：%s</p><p style="font-size:8pt">服务电话：0576-8781 ****　　微信同号</p>'
                   % (hand(n), hand(sid, True), hand(cl, True)), ' valign="top"', "6px 8px", "0")), "2.2pt double #5a4a2a", "62%", "4px 4px", "")
            book = tbl([["客人姓名", "房号", "入住", "离店", "特殊需求"],
                        [hand(guests[i % 3], True), hand("%d0%d" % (1 + i % 2, 1 + i), True), hand("10月%d日" % (1 + i), True),
                         hand("10月%d日" % (3 + i), True), hand(["带八十岁老人，要一楼", "小孩对花生过敏", "晚上九点后到"][i % 3], True)]], width="100%")
            body = ("<p><b>管家名片</b>（请贴在工作页首页）</p>" + card + title + sit +
                    "<p>民宿主人：%s　　实训地点：山居民宿（实训基地）</p>" % s["others_named"][0] +
                    "<p><b>今日接待客人</b></p>" + book + answers(c, rng, i) + comment)
        elif f == "process_head":   # a processing head table: 品名 批号 投料量 / 操作人 学号 班级 日期
            head = tbl([["品　名", "远志（鲜）", "批　号", "YZ-2410-%02d" % (3 + i), "投料量", "5.0 kg"],
                        ["操作人", hand(n, True), "学　号", hand(sid, True), "班　级", hand(cl, True)]], width="100%", pad="4px 4px")
            body = (title + head + "<p>药材来源：隆坊镇远志种植户 %s　　使用单位：黄陵县中医医院药剂科（%s）</p>" % tuple(s["others_named"][:2]) +
                    sit + answers(c, rng, i) + tbl([["工序", "起止时间", "记录"], ["净选", hand("8:30-9:10", True), hand("除去杂质和须根", True)],
                                                   ["润软抽心", hand("9:10-11:00", True), hand(["木心抽净", "个别断根", "抽心完整"][i % 3], True)]], width="100%") + comment)
        elif f == "waveform":   # the student draws the secondary ignition waveform on a printed grid
            svg = data_uri(waveform_svg(s["seed"] * 100 + i, i != 1))
            head = tbl([["车　型", "皮卡（2.4L汽油）", "车　牌", "陕J·5%d%d18" % (3 + i, 7 - i), "车　主", s["others_named"][0]],
                        ["里　程", "186 4%d2 km" % (3 + i), "故障码", "P0302", "日　期", hand(day(s, i), True)]], width="100%", pad="3px 4px")
            body = (title + head + sit + answers(c, rng, i) +
                    '<p><b>二缸次级点火波形</b>（示波器实测，画在下面的网格上）</p><p style="text-align:center"><img src="%s" width="380" height="230"/></p>' % svg +
                    "<p>波形分析：%s</p>" % hand(["击穿电压偏高，燃烧线短，火花塞间隙过大。", "击穿电压正常，燃烧线较短，怀疑点火线圈。", "燃烧线太短，线圈振荡少，二缸点火线圈不良。"][i % 3], True) +
                    '<p style="text-align:right">检测人：%s　学号：%s　班级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True)) + comment)
        elif f == "pointing":   # 手指口述 safety confirmation: the 确认人 at the top, printed items, hand ticks
            rows = [["序号", "确认对象", "手指口述内容", "确认"]]
            for k, (o, say) in enumerate([("拉线急停开关", "拉线急停已复位，确认完毕！"), ("跑偏传感器", "跑偏开关动作灵活，确认完毕！"),
                                          ("打滑检测", "速度传感器安装牢固，确认完毕！"), ("控制柜电源", "电源已送，电压正常，确认完毕！")]):
                rows.append([str(k + 1), o, say, hand("√", True)])
            body = ('<h3 style="text-align:center">手指口述安全确认工作页</h3><p style="text-align:center">%s</p>' % c["task"] +
                    "<p>确认人：%s　（学号：%s　班级：%s）　岗位：带式输送机司机（实训）</p>" % (hand(n), hand(sid, True), hand(cl, True)) +
                    tbl(rows, width="100%") + sit + answers(c, rng, i) +
                    "<p>企业导师：%s（矿机电队队长）　　日期：%s</p>" % (s["others_named"][0], hand(day(s, i), True)) + comment)
        elif f == "stove_head":   # a bordered head row 姓名 | 学号 | 班级 | 灶台
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "灶台", hand("%d号" % (3 + 2 * i), True)]],
                       width="100%", pad="4px 4px")
            body = (title + head + "<p>企业指导：%s（农家菜馆厨师长）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i)) +
                    sit + answers(c, rng, i) + comment)
        elif f == "care_head":   # 照护员 and the elder cared for; the pressure sites circled on a printed body outline
            head = tbl([["照护员", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)],
                        ["照护对象", s["others_named"][i % 2], "年龄", "8%d岁" % (1 + i), "照护地点", "互助幸福院%d号屋" % (2 + i)]], width="100%", pad="4px 4px")
            sites = [["枕部", "肩胛部", "骶尾部", "足跟"], ["枕部", "肩胛部", "肘部", "骶尾部", "足跟"], ["肩胛部", "骶尾部", "足跟"]][i % 3]
            fig = ('<table style="border-collapse:collapse" width="100%%"><tr>%s%s</tr></table>' % (
                td('<img src="%s" width="190" height="209"/>' % data_uri(body_svg(s["seed"] * 100 + i, sites)), ' width="45%" align="center"', "2px 2px"),
                td("<p><b>在左图中圈出仰卧位压疮好发部位</b></p><p>评估所见：%s</p><p>炕面温度：%s</p>" % (
                    hand(["骶尾部皮肤发红约2×3 cm，指压不褪色。", "足跟皮肤完好，骶尾部轻度发红。", "肩胛部、骶尾部发红，褥子潮湿。"][i % 3], True),
                    hand("%d℃（测褥面）" % (41 + i), True)), ' valign="top"', "4px 8px")))
            body = (title + head + "<p>家属：%s（联系电话 139****%04d）</p>" % (s["others_named"][2], 2210 + i) + sit +
                    answers(c, rng, i) + fig + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"radar": "x-scanpdf:200:color", "butler_card": "x-scanpdf:250", "process_head": "x-scanpdf:200:photo:mapleleaf",
            "waveform": "x-scanpdf:200:sparkplug", "pointing": "x-scanpdf:250", "stove_head": "x-scanpdf:200:color",
            "care_head": "x-scanpdf:200"}[f]
    font = {"stove_head": "Noto Sans CJK SC", "pointing": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


HERBS = ("柴胡 防风 桔梗 黄芩 知母 丹参 党参 黄柏 连翘 苦参 白芷 地黄 远志 甘草 杏仁 桃仁 当归 川芎 白术 茯苓 "
         "半夏 陈皮 枳壳 厚朴 葛根 升麻 羌活 独活 秦艽 麻黄").split()
FAULTS = ["F01 1缸火花塞积碳", "F02 2缸点火线圈断路", "F03 3缸喷油器插头松脱", "F04 4缸火花塞间隙过大", "F05 1缸点火线圈插头虚接",
          "F06 2缸火花塞裂纹", "F07 进气歧管漏气", "F08 3缸点火线圈供电不良", "F09 4缸喷油器堵塞", "F10 凸轮轴位置传感器信号弱",
          "F11 2缸高压阻尼线漏电", "F12 1缸喷油器电阻过大"]


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "dated":   # a per-row assessment date and live-session number before the parts
        parts = [("预售方案", 20), ("页面制作", 30), ("客服应答", 30), ("售后理赔", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "考核日期", "直播场次"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 34
            out.append(trow([str(k + 1), s["sidp"] + "%02d" % (s["klass"].index(n) + 1), n, "6.%d" % (12 + k // 13), "第%d场" % (1 + k // 4)]
                            + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：实操考核分三天进行，每场直播由四名学生轮流完成主播、助播、客服、售后四个岗位。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "bonus":   # 宾客点评加分 column, explained
        parts = [("电话预约", 15), ("入住接待", 25), ("行程建议", 20), ("早餐服务", 25), ("服务记录", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["宾客点评<br/>加分（≤5）", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            b = rng.choice([0, 0, 0, 2, 3, 5])
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "—", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：客人在民宿平台点评中点名表扬的管家，按点评内容加2～5分，总分＝五项得分＋加分，总分不超过100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "herbs":   # 抽考饮片: three herb names a row, then the parts
        parts = [("饮片识别", 20), ("去心加工", 30), ("甘草汁制", 30), ("质量检查", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "抽考饮片"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            herbs = "、".join(rng.sample(HERBS, 3))
            out.append(trow([str(k + 1), sid_of(s, n), n, herbs] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>注：饮片识别为每人现场抽取三种饮片，说出名称、来源和功效。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "faultcode":   # 抽取故障: the fault each student drew, then the parts
        parts = [("问诊路试", 15), ("波形检测", 25), ("故障排除", 40), ("竣工检验", 10), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "抽取故障"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n, FAULTS[rng.randrange(12)]] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + "<p>注：故障由学生考前抽签确定，同一故障最多四人抽到。</p>" + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:300:mono"
    if f == "veto":   # 安全一票否决 column
        parts = [("电气接线", 25), ("程序编写", 30), ("联锁调试", 30), ("6S与记录", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "安全一票否决"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "否"] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：带电接线、未挂牌上锁、短接保护等违规行为实行安全一票否决，该项为“是”者本次考核总分记零分。本次无一票否决。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "scan_head2":   # maxima on a second head row
        parts = [("选料", 10), ("刀工", 15), ("火候", 25), ("调味", 25), ("装盘", 15), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>分值</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 32
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "sp":   # SP扮演者: the volunteer who played the elder, a name on every row
        parts = [("评估", 20), ("翻身体位", 30), ("皮肤护理", 30), ("沟通宣教", 20)]
        sps = s["others_named"][3:7]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "SP扮演者"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, sps[k % 4]] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表（情景模拟考核）") + table(out) +
                "<p>注：SP（标准化病人）由退休护士志愿者扮演卧床老人，每人考核一个情景，SP不参与评分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    on = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "claims":   # 售后理赔处理单 with the buyer; 预售页面文案 with 编写人
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["订单号", "2406%02d%06d" % (12 + i, 318200 + 37 * i), "买家", on[1 + i % 2]],
                                      ["申请原因", "坏果%d颗、压伤" % (3 + i), "申请金额", "%d.00元" % (12 + 3 * i)],
                                      ["核实情况", "照片可见坏果%d颗，泡沫箱完好，冰袋已化" % (3 + i), "处理结果", "按颗退款，同意"],
                                      ["处理人", n, "复核", t[i % 2]], ["供货方", on[0] + "（%s）" % c["coop"], "日期", day(s, 30 + i)]], width="92%"))
                else:
                    parts.append('<h3>%s</h3><p>编写人：%s（%s）</p><p>%s</p><p>【产区】仙居淡竹乡高山杨梅基地　【规格】%s　【发货】采摘当天冷链发出，江浙沪次日达。</p>'
                                 % (title, n, cl, ["东魁杨梅，个大味甜，一口爆汁。", "荸荠种杨梅，紫黑透亮，酸甜正好。", "高山杨梅，晚熟一周，甜度更高。"][i % 3], desc))
            elif f == "guest_book":   # a page of the guest book: the guest's words by hand, signed; the butler's reply
                g = on[1 + i % 3]
                if j == 0:
                    nick = n.split("·")[0] if "·" in n else "小" + n[0]   # how a guest calls the butler
                    msg = ["房间推开窗就是溪水，早上的番薯粥和麦饼特别好吃，管家%s一路照顾我母亲上下台阶，谢谢！",
                           "孩子花生过敏，管家%s提前跟厨房说好了，早餐单独做，很细心。下次还来！",
                           "晚上九点多才到，管家%s还在门口等我们，房间里烧好了热水。服务很贴心。"][i % 3] % nick
                    reply = ["谢谢您的夸奖！祝阿姨身体健康，欢迎再来山居。", "谢谢您的信任，孩子的安全最重要，欢迎下次再来！",
                             "谢谢您！山里晚上凉，记得加衣服，祝旅途愉快。"][i % 3]
                    parts.append('<h3 style="text-align:center">%s</h3><p>山居民宿　2024年10月　第%d页</p>' % (title, 7 + i) +
                                 tbl([["日期", "房号", "宾客留言", "管家回复"],
                                      [hand("10月%d日" % (3 + i), True, BLACK), hand("20%d" % (1 + i), True, BLACK),
                                       (hand(msg, True, BLACK) + "<br/>" + hand("—— %s" % g, True, BLACK), ' align="left" width="46%"'),
                                       (hand(reply, True) + "<br/>" + hand("管家 %s" % n, True), ' align="left" width="32%"')]], width="100%", pad="6px 6px") +
                                 "<p>（摘自民宿宾客意见簿，民宿主人%s提供，班级：%s　学号：%s）</p>" % (on[0], cl, sid))
                else:
                    parts.append('<h3>%s</h3>' % title + tbl([["客人", g, "房号", "20%d" % (1 + i)], ["管家", "%s（%s）" % (n, cl), "民宿主人", on[0]],
                                                              ["时间", "服务内容", "客人反馈", "处理"],
                                                              ["18:20", "接站、入住介绍", "房间干净", "—"], ["07:30", "送早餐到房间", "粥有点烫", "已提醒厨房"]], width="92%"))
            elif f == "processing":   # 炮制记录 with 操作人 and 复核人; 质量检查记录 with 检验人
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["品名", "制远志", "批号", "ZYZ-2410-%02d" % (3 + i)], ["投料", "远志5.0 kg，甘草0.3 kg", "出料", "%.1f kg" % (4.3 - 0.1 * i)],
                                      ["甘草汁拌润", "1 h", "炒制", "文火，约%d min" % (18 + i)], ["操作人", n, "复核人", t[i % 2]],
                                      ["班级", cl, "学号", sid]], width="90%") + "<p>备注：%s</p>" % desc)
                else:
                    parts.append('<h3>%s</h3><p>检验人：%s　　%s</p>' % (title, n, day(s, 31 + i)) +
                                 tbl([["项目", "标准", "结果"], ["性状", "筒状，黄棕色，味微甜", "符合"], ["木心残留", "≤5%", "%.1f%%" % (2.1 + 0.4 * i)],
                                      ["水分", "≤12%", "%.1f%%" % (9.6 + 0.3 * i)]], width="80%") + "<p>结论：%s</p>" % desc)
            elif f == "oldparts":   # 更换旧件交还确认单: the parts taken off, returned or kept, the owner signs; a work order
                if j == 0:
                    parts.append(boxed('<p style="text-align:center;font-size:14pt"><b>%s</b></p>' % title +
                                       tbl([["车主", on[0], "车牌号", "陕J·5%d%d18" % (3 + i, 7 - i)],
                                            ["旧件名称", "数量", "状况", "处理方式"],
                                            ["火花塞", "4只", "电极烧蚀，间隙%.1f mm" % (1.4 + 0.1 * i), "☑交还车主　□厂内回收"],
                                            ["二缸点火线圈", "1只", "次级断路", "□交还车主　☑厂内回收"],
                                            ["维修技师", "%s（%s）" % (n, cl), "车间主任", t[i % 2]],
                                            ["车主签字", hand(on[0], True, BLACK), "日期", day(s, 30 + i)]], width="100%") +
                                       "<p style=\"font-size:8pt\">按规定，更换下的旧件由车主确认处理方式；厂内回收的旧件交废件库统一处置。</p>",
                                       "1.5pt solid #000", "88%", "8px 10px"))
                else:
                    parts.append('<h3>%s</h3>' % title + tbl([["工单号", "WX2410%03d" % (56 + i), "进厂日期", day(s, 29 + i)],
                                                              ["故障现象", "冷车抖动，故障灯闪烁", "维修技师", n], ["检查结果", "二缸点火线圈次级断路", "结果", desc]], width="92%"))
            elif f == "io_debug":   # PLC 联锁调试记录 (I/O table) and 保护试验记录
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3><p>调试人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                                 tbl([["地址", "名称", "调试结果"], ["I0.0", "拉线急停", "正常"], ["I0.1", "跑偏开关（左）", "正常"], ["I0.2", "跑偏开关（右）", "正常"],
                                      ["I0.3", "打滑检测", "延时%d s后停机" % (3 + i)], ["Q0.0", "1号输送机接触器", "正常"], ["Q0.1", "2号输送机接触器", "正常"]], width="80%") +
                                 "<p>指导教师：%s</p>" % t[i % 3])
                else:
                    parts.append('<h3>%s</h3>' % title + tbl([["试验项目", "动作", "报警", "记录", "试验人"], ["跑偏", "停机", "有", "有", n],
                                                              ["打滑", "停机", "有", "有", n], ["急停", "停机", "有", "有", n]], width="90%") +
                                 "<p>监护人：%s　　%s</p>" % (t[(i + 1) % 3], day(s, 31 + i)))
            elif f == "dish":   # 出品记录 with 制作人 and the head chef as 品评
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "小笨鸡一只约1.5 kg" if j == 0 else "三黄鸡一只约1.2 kg", "辅料", "干榛蘑、粉条" if j == 0 else "白糖、茶叶、锯末"],
                                                          ["成品评价", desc, "品评", "%s（厨师长）" % on[0]]], width="90%"))
            elif f == "care_plan":   # 照护计划 and 入户照护记录 with the elder and the daughter
                el = on[i % 2]
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["照护对象", el, "年龄", "8%d岁" % (1 + i)], ["主要问题", "骶尾部皮肤发红，炕头温度偏高", "照护员", "%s（%s）" % (n, cl)],
                                      ["照护措施", ("每两小时翻身一次；褥面温度不超过40℃；骶尾部垫减压垫", ' colspan="3" align="left"')],
                                      ["审核", t[i % 2], "日期", day(s, 30 + i)]], width="92%"))
                else:
                    parts.append('<h3>%s</h3><p>照护员：%s　　学号：%s</p>' % (title, n, sid) +
                                 tbl([["时间", "内容", "老人反应", "家属"], ["9:00", "测褥面温度38℃", "无不适", on[2]], ["11:00", "协助翻身，检查骶尾部", "皮肤发红减轻", on[2]]], width="92%"))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), ("x-scanpdf:200:color" if f == "guest_book" else "pdf")


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
        if f == "photo_four":
            head = ["%s　周末作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_scan":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "hand_scan_gray":
            head = ["中药炮制课后作业", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_scan_plug":
            head = ["课后练习（点火系统）", "> %s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "photo_plain":
            head = ["课后作业　%s" % c["task"][:8], "> 学号 %s　姓名 %s" % (sid, n)]
        elif f == "photo_leaf":
            head = ["热菜制作课后作业", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "color_hand":
            head = ["照护课后练习", "姓名 %s　学号 %s　班级 %s" % (n, sid, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_four": "x-photo:200:2", "hand_scan": "x-scan:200:4", "hand_scan_gray": "x-scan:200:1",
            "hand_scan_plug": "x-scan:200:1:sparkplug", "photo_plain": "x-photo:200:2", "photo_leaf": "x-photo:200:1:mapleleaf",
            "color_hand": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    g = bare(n)[1:]
    return "女" if g in set(("雨涵 若琳 诗涵 欣怡 子涵 思琪 语涵 梦婷 昕妍 晨曦 可欣 佳欣 雅琪 诗雨 梓涵 雨彤 欣雨 思涵 晓雨 子怡 嘉欣 "
                           "心悦 若曦 芷涵 梦瑶 佳琪 诗怡 梓萱 紫涵 佳怡 文静 雅雯 思雨 语桐 嘉琪 梦琪 若彤 乐瑶 雨欣 佳悦 书涵 沛涵 "
                           "晴雯 慧敏 雪莹 秋雨 丽娜 春燕 海燕 晓丽 雅楠 艺璇 紫琪 雨菲 梦洁 佳宁 静雯 悦然 婧琪 思彤 秀丽 玉洁 雅静 "
                           "雨晴 可心 安然 嘉宁 子萱 诗琪 琳 悦 婷 依努尔吾斯曼").split()) else "男"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    pad = "1px 4px"
    if r == "antifraud":   # 国家反诈中心APP注册情况统计表, the police officer at the foot
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', pad) for x in
                                       ["序号", "学号", "姓名", "性别", "手机号后四位", "APP已注册", "来电预警已开启", "备注"])]
        rng = random.Random(s["seed"] * 13)
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "%04d" % rng.randint(100, 9999), "√", "√",
                              "家长手机已同步注册" if j % 9 == 4 else ""], pad))
        body = ('<h2 style="text-align:center">%s学生名单<br/>（国家反诈中心APP注册情况统计）</h2><p style="text-align:center">%s　2024年9月</p>'
                % (s["cls"], s["school"]) + table(rows, width="96%") +
                "<p>全班%d人，已注册%d人，注册率100%%。</p><p>班主任：%s　　　核验民警：%s（城关派出所）</p>" % (len(k), len(k), s["headteacher"], s["others_named"][4]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（反诈APP注册统计）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "firedrill":   # 消防疏散演练点名表, grouped by staircase, 集合点, ticks
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', pad) for x in ["序号", "学号", "姓名", "性别", "疏散路线", "集合点", "到场"])]
        groups = [("东侧楼梯（1-20号）", "操场东侧A区"), ("西侧楼梯（21号起）", "操场东侧B区")]
        for j, n in enumerate(k):
            if j in (0, 20):
                g = groups[0 if j == 0 else 1]
                rows.append('<tr><td colspan="7" style="border:0.75pt solid #000;padding:1px 6px;background:#eeeeee">%s　集合点：%s</td></tr>' % g)
            g = groups[0 if j < 20 else 1]
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), g[0][:4], g[1][-2:], "√"], pad))
        body = ('<h2 style="text-align:center">%s学生名单（消防疏散演练点名表）</h2><p style="text-align:center">%s　2024年11月9日　实训楼三层</p>'
                % (s["cls"], s["school"]) + table(rows, width="90%") +
                "<p>应到%d人，实到%d人，疏散用时2分41秒。</p><p>班主任：%s　　　学校安全员：%s</p>" % (len(k), len(k), s["headteacher"], s["others_named"][1]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单（消防疏散演练点名）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-forty-eighth held-out people corpus (testdata/heldout148), the format of testdata/heldout28/truth.json. "
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
    for w in ("仙居", "黄陵", "彰武", "神仙居", "桥山", "章古台"):
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
        rng = random.Random(s["seed"] * 7919 + 148)
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
        cnt = re.search(r"\d+", s["form_count"].translate(str.maketrans("０１２３４５６７８９", "0123456789"))).group()
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(cnt), "form_count_text": s["form_cell"],
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
