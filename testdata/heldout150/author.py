#!/usr/bin/env python3
"""Write the sources of the hundred-and-fiftieth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the struct tags of pipeline/heldout_test.go was
read; classaudit was not run on it). Seven submissions of three invented
schools in 祁门县 (Anhui, 黄山市), 桑植县 (Hunan, 张家界市) and 泾源县 (Ningxia,
固原市).

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
# the truth files read for names, tasks and courses to avoid (heldout149-152 are written at the same time and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 149)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 祁门 (the 徽州 clans: 汪 胡 程 方 王 李 陈 洪 倪 叶 谢 康 江 章 余),
# 桑植 (Tujia and Bai families beside the Han ones: 向 田 彭 覃 唐 谷 钟 熊 王 李 张 刘 龚 杨 邓),
# 泾源 (Hui and Han families of the 六盘 foothills: 马 禹 兰 海 冶 米 沙 虎 苏 丁 王 李 杨 张 于)
SURNAMES = {
    "qm": list("汪汪汪胡胡胡程程程方方王王李李陈陈洪洪倪叶谢康江章余吴黄"),
    "sz": list("向向向田田田彭彭覃覃唐唐谷谷钟钟熊王王李李张刘龚杨邓"),
    "jy": list("马马马马马禹禹兰兰海海冶米沙虎苏丁王王李杨张于"),
}
# given names: a new list, the everyday names of students born around 2007-2009
GIVEN2 = ("若溪 晓蔓 梓睿 嘉禾 书瑶 婉婷 子骞 亦凡 沐阳 语桐 一航 雨涵 诗雅 梦琪 欣怡 俊杰 浩然 宇航 子轩 立伟 "
          "晓东 佳乐 天宇 子豪 文博 家兴 俊峰 思琪 雅静 嘉豪 明哲 晨曦 梓萱 欣然 浩宇 晓萱 雨桐 可欣 宇轩 博远 "
          "锦华 青松 若琳 芷若 安然 修远 昕冉 语嫣 奕凡 俊熙 皓宇 泽宇 宏宇 思源 凯瑞 雨晨 佳怡 诗涵 瑾瑜 "
          "子涵 星辰 心悦 一诺 子墨 梓晴 雅婷 紫怡 静怡 梦瑶 慧敏 嘉欣 悦然 晓雯 泽楷 乐瑶 佳宁 雨欣 文静 思雨 "
          "恒宇 建豪 振宇 子健 俊宇 鹏程 宇辰 家豪 志远 博文 德宇 永康 世豪 泽民 文轩 浩楠 睿哲 煜祺 明远 正阳 "
          "嘉树 沛文 语晨 清扬 梓航 若兰 钰彤 一然 乐天 启航 雨薇 书恒 千寻 知远 景澄 星河 子衿 沐晴 安琪 伊诺").split()
GIVEN2 = [g for g in GIVEN2 if re.fullmatch(r"[\u4e00-\u9fff]{2}", g)]
GIVEN1 = list("昊琳博阳悦鑫磊婷涛斌")


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
 "tea_shop": dict(major="电子商务", code="0603", course="茶叶网店视觉营销", task="祁门红茶春茶上新主图设计与短视频推广",
   hours=16, station="电商视觉运营一体化学习工作站",
   situation="清明前后祁门红茶春茶开采，县里一家茶厂的网店要在五月上新三款春茶礼盒。茶厂电商负责人请电商班学员按茶汤和茶山的颜色确定店铺配色，设计五张主图，拍摄并剪辑三条三十秒的短视频，排好上新日历，上线后跟踪播放和成交数据并复盘。",
   qs=[("问题1 为什么主图配色要从茶汤的颜色里取？", ["祁门红茶的汤色红艳明亮，用汤色做主色，买家一眼就能把颜色和产品联系起来，店铺风格也统一。", "汤色红艳，买家一看就联想到产品。", "风格统一，好认。"]),
       ("问题2 短视频前三秒应该拍什么？", ["先拍热水冲进盖碗、茶汤翻红的特写，再出现产品和价格，前三秒抓住人，完播率才高。", "冲泡翻红的特写。", "先抓眼球再讲产品。"])],
   hw=[("1. 主图上的文字为什么不能太多？", ["手机屏幕小，字多了看不清，主图只写一个卖点和价格，其余放到详情里。", "屏幕小，只写一个卖点。", "字多看不清。"]),
       ("2. 上新日历要排哪些内容？", ["哪天发预告、哪天上架、哪天直播、哪天发优惠券，每项写上负责人。", "预告、上架、直播、优惠券。", "每项写负责人。"])],
   outputs=[("春茶上新排期日历", "五月共排预告三次、上架两次、直播一次。"), ("主图文案卡", "主卖点：高香春芽，一芽二叶。")]),
 "tea_inn": dict(major="饭店(酒店)服务", code="0504", course="乡村民宿接待服务", task="牯牛降景区茶乡民宿入住接待与祁红茶礼服务",
   hours=16, station="民宿接待与茶礼服务一体化学习工作站",
   situation="牯牛降景区脚下的一家茶乡民宿在暑期客满，民宿主人想让客人进门先喝上一杯祁门红茶。民宿请饭店班学员按民宿的接待流程为客人办理入住，讲解房间和周边线路，在茶室为客人冲泡祁门红茶并介绍茶的来历，离店前赠送茶礼并登记客人的意见。",
   qs=[("问题1 客人到店后接待的顺序是什么？", ["问候并帮提行李，请客人在茶室坐下先奉茶，再核对预订、登记证件、讲解房间和早餐时间，最后引领进房。", "先奉茶，再登记，最后引领进房。", "问候、奉茶、登记、引领。"]),
       ("问题2 冲泡祁门红茶时水温多少合适？", ["用九十度左右的水，第一泡四十秒左右出汤，汤色红亮，香气像蜜糖和兰花。", "九十度左右。", "四十秒出汤。"])],
   hw=[("1. 客人问祁红为什么叫“祁门香”怎么回答？", ["祁门红茶有一种蜜糖香里带兰花香的特别香气，国外称它为祁门香，和产地的山水有关。", "蜜糖香带兰花香。", "和产地山水有关。"]),
       ("2. 离店赠送茶礼时要说什么？", ["感谢客人入住，介绍茶礼是当地春茶，告诉客人冲泡方法，并欢迎再来。", "感谢入住，介绍冲泡方法。", "欢迎再来。"])],
   outputs=[("茶礼服务卡", "赠祁门红茶小罐一份，附冲泡说明。"), ("入住接待记录", "核对预订，讲解房间和早餐时间。")]),
 "mandarin_fish": dict(major="烹饪(中式烹调)", code="0501", course="徽州风味菜制作", task="臭鳜鱼红烧与徽州刀板香制作出品",
   hours=18, station="徽菜制作一体化学习工作站",
   situation="祁门县城一家徽菜馆在国庆期间接待外地旅游团，菜单上有红烧臭鳜鱼和刀板香两道招牌菜。饭店厨师长请烹饪班学员从腌好的鳜鱼开始，完成改刀、煎制、红烧和收汁，再蒸制刀板香，按团餐要求在规定时间内出品，并核算每份成本。",
   qs=[("问题1 鳜鱼为什么要在两面剞上花刀？", ["鱼身厚，剞上花刀后受热均匀，入味快，红烧时汤汁能进到肉里，刀距要一样、深到鱼骨。", "受热均匀，入味快。", "刀距一样，深到骨。"]),
       ("问题2 煎鳜鱼时怎样防止粘锅破皮？", ["先把锅烧热再下冷油，鱼身擦干，下锅后不要急着翻动，等一面定型再翻。", "热锅冷油，擦干鱼身。", "定型后再翻。"])],
   hw=[("1. 臭鳜鱼收汁时要注意什么？", ["用中火慢慢收，不停晃锅，汤汁稠了浇在鱼身上，不能勾厚芡。", "中火收汁，晃锅浇汁。", "不勾厚芡。"]),
       ("2. 刀板香为什么要放在木砧板上蒸？", ["木砧板吸油，又带木香，腊肉蒸出来咸香不腻，这是徽州的老做法。", "吸油，带木香。", "咸香不腻。"])],
   outputs=[("红烧臭鳜鱼制作记录", "出菜时间十四分钟，汤汁红亮。"), ("刀板香制作记录", "蒸制四十分钟，肥肉透明。")]),
 "intake": dict(major="健康与社会照护", code="0529", course="居家老年人日常照护", task="山区留守老人居家出入量观察与鼻饲喂养照护",
   hours=16, station="居家照护一体化学习工作站",
   situation="桑植县一个土家山寨里，几位留守老人独自在家，其中两位因中风吞咽困难，需要鼻饲喂养。乡镇卫生院和村委会请照护班学员跟随社区护士上门，为老人记录二十四小时出入量，观察排尿和饮水情况，按规范完成鼻饲喂养，并把观察结果告诉在外打工的子女。",
   qs=[("问题1 为什么要记录老人的出入量？", ["老人喝水少、尿量少容易脱水和便秘，记录出入量能及早发现问题，告诉护士调整饮水。", "防脱水，及早发现问题。", "告诉护士调整饮水。"]),
       ("问题2 鼻饲前怎样确认胃管在胃里？", ["用注射器回抽看有没有胃液，或者把管口放进水里看有没有气泡，确认后才能注入。", "回抽看有没有胃液。", "确认后才能注入。"])],
   hw=[("1. 鼻饲液的温度和量有什么要求？", ["温度三十八到四十度，每次不超过两百毫升，间隔两小时以上。", "三十八到四十度，不超过两百毫升。", "间隔两小时。"]),
       ("2. 鼻饲后老人应保持什么体位？", ["床头抬高三十度，保持半小时，防止反流和误吸。", "床头抬高三十度。", "防止误吸。"])],
   outputs=[("鼻饲喂养照护记录", "每日四次，每次一百八十毫升。"), ("出入量观察小结", "入量一千八百五十，出量一千六百二十。")]),
 "cells": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车动力电池检修", task="山区纯电动中巴车动力电池包均衡维护与能量回收检测",
   hours=16, station="动力电池检修一体化学习工作站",
   situation="桑植县一家乡村客运公司的纯电动中巴车跑山路，驾驶员反映下长坡时能量回收变弱，满电续航比去年少了三十公里。客运公司请新能源班学员用诊断仪读取电池数据，逐个记录单体电压，找出压差大的模组，做均衡维护，再路试检查下坡时的能量回收。",
   qs=[("问题1 单体压差大为什么会让续航变短？", ["充电时最高的单体先充满，放电时最低的单体先放完，整包能用的电就少了。", "最高的先满，最低的先完。", "能用的电少了。"]),
       ("问题2 做均衡维护前要做哪些安全措施？", ["断开低压蓄电池负极，拔下维修开关，等五分钟，验电确认没有高压，戴绝缘手套。", "拔维修开关，验电。", "戴绝缘手套。"])],
   hw=[("1. 能量回收变弱可能有哪些原因？", ["电池电量太高时系统会限制回收，单体压差大或温度低也会限制。", "电量太高会限制回收。", "压差大或温度低。"]),
       ("2. 单体电压怎样记录才不会出错？", ["按模组编号顺序一个一个记，记完算出最高、最低和压差，再核对诊断仪的数据。", "按编号顺序记。", "算出压差再核对。"])],
   outputs=[("电池包均衡维护报告", "均衡后压差由零点一二伏降到零点零二伏。"), ("能量回收路试记录", "下坡回收功率恢复到三十千瓦。")]),
 "rack": dict(major="计算机网络应用", code="0301", course="园区网络组建与维护", task="老龙潭景区游客服务中心有线无线一体化网络部署",
   hours=18, station="网络组建一体化学习工作站",
   situation="老龙潭景区新建的游客服务中心要在旅游旺季前开通网络，售票、监控、办公和游客无线上网都要用。景区信息科请网络班学员勘察现场，绘制机柜布置图，安装配线架和交换机，划分网段，配置无线控制器和访客认证，最后测试每个信息点并提交验收资料。",
   qs=[("问题1 机柜里的设备为什么要从下往上按重量排？", ["UPS和电池最重，放在最下面机柜才稳，交换机和配线架放在中间，方便跳线。", "重的放下面才稳。", "交换机在中间方便跳线。"]),
       ("问题2 游客无线网为什么要和办公网分开？", ["游客设备来路不明，分开网段并做访客认证，可以保护售票和监控系统。", "保护售票和监控系统。", "分开网段。"])],
   hw=[("1. 配线架和交换机之间为什么要加理线器？", ["跳线多了会乱，理线器让线整齐，好查找，也不挡散热。", "让线整齐，好查找。", "不挡散热。"]),
       ("2. 信息点测试不通时先查什么？", ["先查水晶头和模块是不是压好，再用测线仪看线序，最后查交换机端口。", "先查水晶头和模块。", "再看线序。"])],
   outputs=[("端口标签清单", "共四十八个信息点，标签统一。"), ("网络测试记录", "信息点全部连通，丢包为零。")]),
 "piston": dict(major="数控加工(数控车工)", code="0106", course="风电备件数控车削与检测", task="风电机组偏航制动器活塞杆数控车削与千分尺检测",
   hours=18, station="数控车削一体化学习工作站",
   situation="泾源县山梁上的风电场有几台风机的偏航制动器漏油，检修发现活塞杆表面拉伤。风电场技术员送来样件，请学校数控车间加工八根活塞杆。车间主任请数控班学员编写工艺和程序，完成粗车、精车和倒角，用外径千分尺检测各段直径，填写检测记录。",
   qs=[("问题1 千分尺怎样读数？", ["先读固定套管上露出的整毫米和半毫米，再读微分筒上和基准线对齐的格数乘以零点零一，两者相加。", "固定套管加微分筒读数。", "微分筒每格零点零一。"]),
       ("问题2 精车活塞杆为什么要用顶尖？", ["杆子细长，只用卡盘夹会让工件让刀、车成锥度，用顶尖顶住才能保证直径一致。", "防止让刀和锥度。", "保证直径一致。"])],
   hw=[("1. 用千分尺前为什么要校零？", ["测砧和测微螺杆合拢后看零线对不对，不对要调整，否则每次读数都有误差。", "不校零读数有误差。", "合拢看零线。"]),
       ("2. 活塞杆表面粗糙度怎样保证？", ["精车时转速高、进给小，刀尖圆弧合适，并加切削液。", "转速高、进给小。", "加切削液。"])],
   outputs=[("活塞杆首件检验记录", "φ40f7 实测39.97，合格。"), ("数控加工程序单", "O0318，共五十六段。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="祁门县牯牛降技工学校", pack="zip", region="qm", course="tea_shop", cls="电商2401班", size=40, seed=11,
         sidp="24060301", students=["汪若溪", "程晓蔓", "方梓睿"], items={12: ["汪若溪", "程晓蔓"]},
         extra_class=["胡沐禾"], bad={"胡沐禾": "over"}, others_named=["康茂源"],
         teachers=["汪立鹤", "程丽君"], form_count="40人", form_size=40,
         f8="swatch", f10="video_data", f11="calendar", f12="photo_peg",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "胡沐禾")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a wooden clothespin still clipped on each sheet) holds the homework of only TWO students, "
                 "汪若溪 and 程晓蔓 (方梓睿's is missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. "
                 "Item 10 (TYPED) has three platform-data columns before the parts (播放量, 完播率, 点赞: large numbers and "
                 "percentages with no maximum, explained as not scored); 胡沐禾 has 29 under `拍摄剪辑(25)` (总分 the sum): "
                 "records.invalid_score. Item 8 (colour scan 200): a 色卡 page (four printed colour swatches, 色号 and use by "
                 "hand) and a 九宫格 composition grid; the student only in the 作品标签 box at the bottom right. Item 11 (typed): "
                 "a month calendar grid (排期人) and a copy card (文案), the tea factory's 康茂源 named. No roster"),
    dict(school="祁门县牯牛降技工学校", pack="zip", region="qm", course="tea_inn", cls="饭店2302班", size=38, seed=12,
         sidp="23050402", students=["倪书瑶", "谢晚晴", "叶子骞"], others_named=["上官文静", "蔡振华", "梁淑芬", "倪光耀"],
         teachers=["胡静秋", "倪建新", "吴玉珩"], form_count="38人（男6人，女32人）", form_size=38,
         f8="checkin", f10="two_attempts", f11="tea_card", f12="sticky",
         findings=[],
         comment="clean. Item 10 (TYPED): TWO ATTEMPTS a row (第一次考核 three parts + 小计, 第二次考核 three parts + 小计, "
                 "`—` where no second attempt), 最终成绩 = the HIGHER 小计, explained under the table (nine students re-sat, two "
                 "of them scored lower the second time); 38 rows = form `38人（男6人，女32人）`. Guests 上官文静 (compound "
                 "surname), 蔡振华 and 梁淑芬 on items 8 and 11; the inn's owner 倪光耀 as 企业导师 (not a student). Item 12 "
                 "(colour scan): answers on three yellow sticky notes a page, the name on the first note. No roster"),
    dict(school="祁门县牯牛降技工学校", pack="zip", region="qm", course="mandarin_fish", cls="烹饪2401班", size=42, seed=13,
         sidp="24050101", students=["洪亦凡", "江沐阳", "康语桐"], outsiders={"康语桐": "烹饪2402班"}, out_sidp="24050102",
         extra_class=["章一航"], absent_from_10=["章一航"], others_named=["洪顺昌"],
         teachers=["方国庆", "叶春燕"], form_count="42", form_size=42,
         f8="knife_gap", f10="sensory", f11="dish", f12="hand_gray",
         findings=[("students.not_in_class", 8, True, "康语桐"), ("records.count_mismatch", 10, False)],
         comment="康语桐 of the parallel class 烹饪2402班 (her class and 学号 2405010217 on her 1-bit scanned worksheet, typed "
                 "dish records and homework) is the third student of 8/11/12; item 10 has no record of her: "
                 "students.not_in_class. Item 10 (TYPED) lists 41 (classmate 章一航 has no row); the form says "
                 "`班级人数 | 42`: records.count_mismatch (no roster). Item 8 (1-bit 200): a 花刀 刀距 measurement table "
                 "(刀纹 1-6, 刀距/深度 mm by hand), the head chef 洪顺昌 as 企业导师"),
    dict(school="桑植县八大公山技工学校", pack="gbkzip", region="sz", course="intake", cls="照护2301班", size=40, seed=21,
         sidp="2023052901", students=["向雨涵", "田诗雅", "覃梦琪"], extra_class=["谷欣怡"], absent_from_10=["谷欣怡"],
         others_named=["向德兴", "谷桂香", "彭菊英"], teachers=["向秋菊", "谷明芳"], form_count="40人（学籍人数）", form_size=40,
         roster="psych", headteacher="田翠兰", officers={"心理健康教师": "熊晓蓉"},
         f8="intake_output", f10="oral_code", f11="tube_feed", f12="hand_250",
         findings=[("records.missing_student", 10, False, "谷欣怡"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 心理健康测评完成情况统计表, 40, with the 心理健康教师 熊晓蓉 and the 班主任 at the foot) "
                 "and the form (`40人（学籍人数）`) hold 谷欣怡; item 10 (scanned 250 dpi gray, a 口试题号 column K01-K12 before "
                 "the parts) has 39 rows and none for her: records.missing_student and records.count_mismatch. Item 8 "
                 "(200 gray): a 24小时出入量记录单 (time rows, 摄入/排出 ml by hand, 合计), the elder named as 照护对象. "
                 "Item 11 (typed): 鼻饲喂养照护记录, the daughter-in-law 彭菊英 as 家属确认"),
    dict(school="桑植县八大公山技工学校", pack="gbkzip", region="sz", course="cells", cls="新能源2401班", size=38, seed=22,
         sidp="2024043501", students=["彭楚航", "唐思齐", "钟亦舟"], items={12: ["彭楚航", "唐思齐", "熊子轩"]},
         extra_class=["熊子轩", "龚立伟"], bad={"龚立伟": "sum"}, others_named=["覃永禄"],
         teachers=["彭志坚", "覃祖林"], form_count="38名", form_size=38,
         f8="cell_grid", f10="photo_reg", f11="balance", f12="photo_peg2",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "龚立伟")],
         comment="item 12 (phone photos, a clothespin on each sheet) holds the homework of 彭楚航, 唐思齐 and classmate 熊子轩 "
                 "(with an item-10 record) instead of 钟亦舟's (items 8 and 11 hold the three): students.mismatch. Item 10 "
                 "(the printed register PHOTOGRAPHED on a desk): 龚立伟's 总分 is 6 above the sum of his parts: "
                 "records.invalid_score. Item 8 (200 gray): a 单体电压巡检表 (a 4 x 6 grid of cell voltages by hand, "
                 "最高/最低/压差), the bus driver 覃永禄 as 送修人"),
    dict(school="泾源县老龙潭技工学校", pack="dir", region="jy", course="rack", cls="网络2401班", size=36, seed=31,
         sidp="24030101", students=["马骁川", "麦尔哈巴·吐尔洪", "禹佳乐"], others_named=["马守谦", "苏文斌"],
         teachers=["斯琴巴雅尔", "禹建华"], form_count="男生20人，女生16人", form_size=36,
         roster="netid", headteacher="海玉霞",
         f8="rack_u", f10="exam_system", f11="labels", f12="crossword",
         findings=[],
         comment="clean. The form gives only `男生20人，女生16人` (no total; 36); the roster is a 校园网账号开通名单 (36: 账号 = "
                 "jy+学号, 初始密码 masked, the network centre's 苏文斌 and the 班主任 at the foot); item 10 (TYPED) has 36 rows: "
                 "理论 from the 在线考试系统 (百分制, a 100 in a column beside parts of 20/40/20) folded in at ×20%, 总评 = "
                 "折算 + the practical parts, explained. A teacher with a Mongolian name of five characters (斯琴巴雅尔), a "
                 "student with a Uyghur name with a middle dot (麦尔哈巴·吐尔洪, one of the three). Item 8 (200 gray, red dates "
                 "on the glass): a 机柜U位图 (U12…U1 by hand), the scenic area's 马守谦 as 甲方联系人. Item 12: a 填字 crossword"),
    dict(school="泾源县老龙潭技工学校", pack="dir", region="jy", course="piston", cls="数控2302班", size=40, seed=32,
         sidp="23010602", students=["兰启铭", "海子豪", "冶振川"], items={8: ["兰启铭", "海子豪", "冶振川", "米浩宸"]},
         extra_class=["米浩宸", "沙俊峰"], bad={"沙俊峰": "over"}, others_named=["沙德旺"],
         teachers=["兰振国", "冶海龙", "苏永红"], form_count="40人", form_size=40,
         f8="micrometer", f10="gauge_no", f11="first_piece", f12="hand_mono",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "沙俊峰")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (colour scan 200, dried red dates on the glass) holds the worksheets of FOUR students: the three and "
                 "classmate 米浩宸 (with an item-10 record): students.count on 8; students.mismatch optional. Item 10 (scanned "
                 "300 dpi 1-bit, red dates on the glass) has a 机床号 and a 量具编号 column (`0-25/07`, `25-50/03`) before the "
                 "parts; 沙俊峰 has 26 under `检测(20)` (总分 the sum): records.invalid_score. Item 8: a 千分尺读数 table "
                 "(固定套管 + 微分筒 = 测得值, by hand), the wind farm's 沙德旺 as 送样人"),
]

PROVINCE = {1: "安徽省黄山市祁门县", 2: "湖南省张家界市桑植县", 3: "宁夏回族自治区固原市泾源县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 祁门: "08．工作页.pdf" (a full-width full stop)
        return "%02d．%s.pdf" % (n, NAMES[n])
    if g == 2:   # 桑植: "8-工作页-照护2301班.pdf"
        return "%d-%s-%s.pdf" % (n, NAMES[n], s["cls"])
    return "%02d_%s.pdf" % (n, NAMES[n])   # 泾源: "08_工作页.pdf"


def form_name(s, c):
    return {1: ("申报书_%s.docx" % s["cls"], "docx"),
            2: ("%s申报书（%s）.pdf" % (s["school"], c["major"].split("(")[0]), "pdf"),
            3: ("附件2-申报书-%s.docx" % c["course"], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.6cm 1.6cm")
    extra = " p{margin-top:0;margin-bottom:3pt}" if compact else " p{margin-top:0;margin-bottom:4pt}"
    return ('<html><head><meta charset="utf-8"><style>@page{%s}%s body{font-family:"%s";font-size:%s}</style></head><body>\n%s\n'
            '</body></html>\n' % (page, extra, font, size, body))


PB = '<p style="page-break-before:always"></p>'
BLUE, BLACK = "#22306a", "#141414"
RED = 'style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:13pt"'


def hand(x, small=False, ink=BLUE, size=None):
    return '<span style="font-family:\'AR PL UKai CN\';color:%s;font-size:%s">%s</span>' % (
        ink, size or ("13pt" if small else "15pt"), x)


def red(x):
    return '<span %s>%s</span>' % (RED, x)


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
    if g == 2:
        return "授课年级 | %s级 | 授课班级 | %s | 班级人数 | %s" % ("20" + s["cls"][-5:-3], s["cls"], s["form_count"])
    return "班级人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称/职业技能等级", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 2:   # 桑植: the official one-row strip 授课年级 | 授课班级 | 班级人数
        info = tbl([["课堂负责人", (t[0], ' colspan="5" align="left"')],
                    ["负责人所在单位", (s["school"], ' colspan="5" align="left"')],
                    ["专业名称", (c["major"], ' colspan="5" align="left"')],
                    ["授课课程名称", (c["course"], ' colspan="3" align="left"'), "总学时", "64"],
                    ["授课学习任务名称", (c["task"], ' colspan="3" align="left"'), "学时", str(c["hours"])],
                    ["授课年级", "20%s级" % s["cls"][-5:-3], "授课班级", s["cls"], "班级人数", s["form_count"]],
                    ["授课实训室或学习工作站名称", (c["station"], ' colspan="3" align="left"'), "工位数", "20"]], width="96%", pad=P)
    else:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"]),
                ("授课地点", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、目标与内容</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>学习任务按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、学习成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、授课教师诚信承诺</h3><p>本人已认真填写并检查以上材料，保证内容真实有效。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 53),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="80%"), situation=c["situation"], prov=PROVINCE[g])
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


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：%s　　教师：%s　%s</p>' % (red(["认真完成", "要点齐全", "良好", "继续努力"][i % 4]), t[i % 2], day(s, i)[5:])
        if f == "swatch":   # colour swatches with the codes by hand, a 3x3 composition grid, the student only in a label box
            sw = [("#8c1c1c", "#8C1C1C", "主色：茶汤红"), ("#c99a2e", "#C99A2E", "点缀：金毫"), ("#2e5233", "#2E5233", "辅色：茶山绿"),
                  ("#f2e9d6", "#F2E9D6", "底色：米白")]
            swt = ('<table style="border-collapse:collapse" width="100%"><tr>' +
                   "".join(td("&nbsp;<br/>&nbsp;<br/>&nbsp;", ' bgcolor="%s" width="25%%"' % bg, "6px 4px") for bg, _, _ in sw) +
                   "</tr><tr>" + "".join(td(hand(code, True), ' align="center"', "3px 4px") for _, code, _ in sw) +
                   "</tr><tr>" + "".join(td(hand(use, True), ' align="center"', "3px 4px") for _, _, use in sw) + "</tr></table>")
            labels = [["茶汤特写", "", "品牌标志"], ["", "盖碗", "卖点文字"], ["价格", "", "茶山背景"]]
            k = i % 3
            grid = ('<table style="border-collapse:collapse" width="60%">' +
                    "".join("<tr>%s</tr>" % "".join(td(hand(labels[(r + k) % 3][q], True) if labels[(r + k) % 3][q] else "&nbsp;",
                                                         ' align="center" height="38"', "4px 4px", "0.75pt dashed #444")
                                                      for q in range(3)) for r in range(3)) + "</table>")
            label = tbl([["作品标签", ""], ["设计者", hand(n, True)], ["学　号", hand(sid, True)], ["班　级", hand(cl, True)]],
                        width="42%", pad="3px 6px")
            body = (title + sit + "<p><b>一、店铺色卡（从茶汤与茶山取色，写出色号和用途）</b></p>" + swt +
                    "<p><b>二、主图构图九宫格（在格中写出元素位置）</b></p>" + grid + answers(c, rng, i) + comment +
                    '<table width="100%%"><tr><td width="58%%"></td><td>%s</td></tr></table>' % label)
        elif f == "checkin":   # the guests in a room table, the student as 接待员, the inn owner as 企业导师
            head = '<p>接待员：%s　　学号：%s　　班级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True))
            guests = s["others_named"][:3]
            g = guests[i % 3]
            room = tbl([["宾客姓名", "房号", "人数", "入住日期", "离店日期", "奉茶"],
                        [hand(g, True, BLACK), hand("20%d" % (1 + i), True), hand(str(2 + i % 2), True), hand(day(s, i)[5:], True),
                         hand(day(s, i + 1)[5:], True), hand("√ 祁红", True)]], width="100%", pad="3px 4px")
            body = (title + head + "<p>企业导师：%s（民宿主人）　　实训地点：牯牛降茶乡民宿</p>" % s["others_named"][3] + sit +
                    "<p><b>入住登记（宾客信息）</b></p>" + room + answers(c, rng, i) + comment)
        elif f == "knife_gap":   # a 花刀 measurement table, 刀距 and depth by hand
            head = '<p>工位：%d号　　姓名＿%s＿　学号＿%s＿　班级＿%s＿</p>' % (3 + i, hand(n), hand(sid, True), hand(cl, True))
            rows = [["刀纹", "刀距（mm）", "深度（mm）", "是否到骨", "自检"]]
            for k in range(6):
                rows.append([str(k + 1), hand("%.1f" % (15 + rng.uniform(-1.2, 1.2)), True), hand("%.0f" % (9 + rng.randint(-1, 1)), True),
                             hand("是", True), hand("√", True)])
            body = (title + head + "<p>企业导师：%s（徽菜馆厨师长）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i)) + sit +
                    "<p><b>鳜鱼剞花刀测量记录（每面六刀，刀距15 mm，深至鱼骨）</b></p>" + tbl(rows, width="80%") +
                    answers(c, rng, i) + comment)
        elif f == "intake_output":   # a 24-hour intake/output chart
            elder = s["others_named"][i % 2]
            head = tbl([["照护对象", hand(elder, True, BLACK), "年龄", hand(str(78 + i * 3), True), "住址", hand("%s村%d组" % (["芙蓉", "洪家关", "马合口"][i], 2 + i), True)],
                        ["记录者", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]], width="100%", pad="3px 4px")
            rows = [["时间", "摄入：饮水/食物", "摄入量（ml）", "排出：尿/便", "排出量（ml）"]]
            tin = tout = 0
            for tm, what in (("07:00", "温开水"), ("08:00", "米汤"), ("10:00", "温开水"), ("12:00", "汤面"), ("15:00", "牛奶"),
                             ("18:00", "稀饭"), ("21:00", "温开水"), ("次日06:00", "—")):
                a = 0 if what == "—" else rng.choice([150, 200, 250, 300])
                b = rng.choice([0, 200, 250, 300, 350])
                tin, tout = tin + a, tout + b
                rows.append([tm, hand(what, True), hand(str(a) if a else "—", True), hand("尿" if b else "—", True), hand(str(b) if b else "—", True)])
            rows.append(["合计", "", hand(str(tin), True), "", hand(str(tout), True)])
            body = (title + head + sit + "<p><b>24小时出入量记录单</b></p>" + tbl(rows, width="100%") + answers(c, rng, i) + comment)
        elif f == "cell_grid":   # a grid of cell voltages by hand
            head = '<p>检测员：%s　　学号：%s　　班级：%s　　送修人：%s（客运公司驾驶员）</p>' % (
                hand(n), hand(sid, True), hand(cl, True), hand(s["others_named"][0], True, BLACK))
            vals = [3.30 + rng.randint(0, 6) / 100 for _ in range(24)]
            low = rng.randrange(24)
            vals[low] = 3.20 + rng.randint(0, 3) / 100
            rows = []
            for r in range(4):
                rows.append(["<b>模组%d</b>" % (r + 1)] + ["<span style=\"font-size:8pt\">#%02d</span> %s" % (r * 6 + q + 1, hand("%.2f" % vals[r * 6 + q], True))
                                                           for q in range(6)])
            rows.append(["<b>统计</b>", ("最高 " + hand("%.2f" % max(vals), True), ' colspan="2"'), ("最低 " + hand("%.2f" % min(vals), True), ' colspan="2"'),
                         ("压差 " + hand("%.2f" % (max(vals) - min(vals)), True), ' colspan="2"')])
            body = (title + head + sit + "<p><b>动力电池单体电压巡检表（单位：V）</b></p>" + tbl(rows, width="100%", pad="3px 3px") +
                    answers(c, rng, i) + comment)
        elif f == "rack_u":   # a rack elevation, U12 at the top, devices by hand
            devs = {12: "理线器", 11: "24口配线架（办公）", 10: "理线器", 9: "24口配线架（监控）", 8: "接入交换机SW-A1",
                    7: "接入交换机SW-A2", 6: "核心交换机SW-Core", 5: "无线控制器AC", 4: "出口路由器", 3: "（空）", 2: "UPS主机", 1: "UPS电池组"}
            rows = [["U位", "设备（手写）", "备注"]]
            for u in range(12, 0, -1):
                note = {6: "上联光纤", 5: "管理VLAN 99", 2: "3 kVA"}.get(u, "")
                rows.append(["U%02d" % u, hand(devs[u], True), hand(note, True) if note else ""])
            body = (title + "<p>甲方联系人：%s（景区信息科）　　勘察日期：%s</p>" % (s["others_named"][0], day(s, i)) + sit +
                    "<p><b>机柜U位布置图（12U壁挂机柜，自下而上按重量排列）</b></p>" + tbl(rows, width="70%", pad="1px 4px") +
                    '<p style="text-align:right">绘制人：%s　学号：%s　班级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True)) +
                    answers(c, rng, i) + comment)
        elif f == "micrometer":   # micrometer readings: sleeve + thimble = value
            head = '<p>操作者：%s　　学号：%s　　班级：%s　　机床：%s</p>' % (hand(n), hand(sid, True), hand(cl, True), hand("CK6140-%02d" % (3 + i), True))
            rows = [["测量位置", "图纸尺寸", "固定套管读数", "微分筒读数", "测得值", "判定"]]
            for pos, nom, base in (("A段外径", "φ40f7", 39.5), ("B段外径", "φ36h8", 35.5), ("C段外径", "φ30", 29.5)):
                th = rng.randint(44, 49)
                rows.append([pos, nom, hand("%.1f" % base, True), hand("%d×0.01" % th, True), hand("%.2f" % (base + th / 100), True), hand("合格", True)])
            body = (title + head + "<p>送样人：%s（风电场技术员）</p>" % s["others_named"][0] + sit +
                    "<p><b>外径千分尺读数记录（25-50 mm，已校零）</b></p>" + tbl(rows, width="100%") + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"swatch": "x-scanpdf:200:color", "checkin": "x-scanpdf:250", "knife_gap": "x-scanpdf:200:mono",
            "intake_output": "x-scanpdf:200", "cell_grid": "x-scanpdf:200", "rack_u": "x-scanpdf:200:jujube",
            "micrometer": "x-scanpdf:200:color:jujube"}[f]
    font = {"cell_grid": "Noto Sans CJK SC", "rack_u": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font, compact=True), meth


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
    if f == "video_data":   # platform data (no maximum, not scored) before the scored parts
        parts = [("主图设计", 30), ("短视频脚本", 30), ("拍摄剪辑", 25), ("数据复盘", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "播放量", "完播率", "点赞"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 29
            plays = rng.randint(380, 5200)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(plays), "%d%%" % rng.randint(18, 61), str(int(plays * rng.uniform(0.02, 0.09)))]
                            + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "短视频推广学习任务考核记录表") + table(out) +
                "<p>注：播放量、完播率、点赞为抖音店铺后台数据（截至2024年11月20日），仅供复盘参考，不计入成绩。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "two_attempts":   # two attempts, the final mark the higher 小计
        parts = [("接待流程", 40), ("茶礼服务", 40), ("仪容仪表", 20)]
        h1 = ("<tr>%s%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                      td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>第一次考核</b>", ' align="center" colspan="4"', pad),
                                      td("<b>第二次考核</b>", ' align="center" colspan="4"', pad), td("<b>最终成绩</b>", ' align="center" rowspan="2"', pad)))
        sub = ["<b>%s<br/>%s<br/>(%d)</b>" % (p[0][:2], p[0][2:], p[1]) for p in parts] + ["<b>小计</b>"]
        out = [h1, trow(sub + sub, pad)]
        again = set(rng.sample(range(len(rec)), 9))
        lower = set(sorted(again)[:2])
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.55, 0.95)
            cells = [str(x) for x in v] + [str(sum(v))]
            if k in again:
                if k in lower:
                    w = [max(0, x - rng.randint(1, 4)) for x in v]
                else:
                    w = [min(m, x + rng.randint(1, 5)) for x, (_, m) in zip(v, parts)]
                cells += [str(x) for x in w] + [str(sum(w))]
                fin = max(sum(v), sum(w))
            else:
                cells += ["—"] * 4
                fin = sum(v)
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(fin)], pad, ' align="center" nowrap'))
        body = (head10(s, c, "学习任务考核成绩记录表") + table(out) +
                "<p>注：第一次考核后，学生可自愿申请第二次考核；最终成绩取两次考核小计中的较高者，未参加第二次考核的以第一次小计为最终成绩。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True, page="margin:1.0cm 1.2cm"), "pdf"
    if f == "sensory":   # a plain register with 评分人
        parts = [("色泽", 20), ("香味", 20), ("口味", 30), ("形态", 15), ("卫生", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "评分人"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), t[k % 2]], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "oral_code":   # an oral-question code column before the parts
        parts = [("情境操作", 50), ("口试", 20), ("沟通", 20), ("记录", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "口试题号"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "K%02d" % rng.randint(1, 12)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) + "<p>注：口试题目由学生现场从K01—K12中抽取。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "photo_reg":   # a plain register, printed and photographed
        parts = [("安全防护", 10), ("电压采集", 20), ("压差分析", 25), ("均衡维护", 30), ("记录整理", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:photo"
    if f == "exam_system":   # a theory mark of 100 from the online exam system folded in at x20%
        parts = [("布线安装", 20), ("设备配置", 40), ("测试验收", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "理论机考<br/>(百分制)", "理论折算<br/>(×20%)"] +
                     ["%s<br/>(%d)" % p for p in parts] + ["总评<br/>(100)"]], pad)]
        for k, n in enumerate(rec):
            th = rng.randint(58, 98)
            v = part_scores(rng, parts)
            conv = th * 0.2
            tot = conv + sum(v)
            fmt = (lambda x: ("%.1f" % x).rstrip("0").rstrip("."))
            out.append(trow([str(k + 1), sid_of(s, n), n, str(th), fmt(conv)] + [str(x) for x in v] + [fmt(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) +
                "<p>说明：理论部分在学校在线考试系统中机考，按百分制导出，乘以20%折算后计入；实操部分满分80分（布线安装20、设备配置40、测试验收20）；"
                "总评 = 理论折算 + 实操三项之和。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "gauge_no":   # machine and gauge numbers before the parts
        parts = [("工艺", 15), ("编程", 20), ("加工", 45), ("检测", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "机床号", "量具编号"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 26
            g = rng.choice(["0-25/%02d", "25-50/%02d"]) % rng.randint(1, 12)
            out.append(trow([str(k + 1), sid_of(s, n), n, "CK6140-%02d" % (1 + k % 10), g] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：量具编号为学生检测时所用外径千分尺的量程/编号。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono:jujube"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def calendar(s, n, cl, i):
    wk = "一二三四五六日"
    rows = ["<tr>%s</tr>" % "".join(td("<b>周%s</b>" % w, ' align="center"', "2px 2px") for w in wk)]
    events = {3: "发预告①", 6: "发预告②", 9: "主图上线", 10: "短视频①", 13: "发预告③", 15: "上架", 17: "短视频②",
              20: "直播", 22: "优惠券", 24: "短视频③", 28: "复盘"}
    dnum = 1
    start = 3   # 2025年5月1日 is a Thursday
    cells = [""] * start
    while dnum <= 31:
        e = events.get(dnum + i % 2, "")
        cells.append("%d<br/><span style=\"font-size:8pt\">%s</span>" % (dnum, e))
        dnum += 1
    while len(cells) % 7:
        cells.append("")
    for r in range(0, len(cells), 7):
        rows.append("<tr>%s</tr>" % "".join(td(x, ' align="center" height="34"', "1px 2px") for x in cells[r:r + 7]))
    return table(rows, width="96%")


def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "calendar":
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s（2025年5月）</h3><p>排期人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                                 calendar(s, n, cl, i) + "<p>说明：%s货源：祁门县茶厂（联系人：%s）。</p>" % (desc, s["others_named"][0]))
                else:
                    parts.append('<h3>%s</h3>' % title + tbl([["文案", n, "班级", cl], ["主标题", "祁门红茶·春芽礼盒", "副标题", ["明前一芽二叶", "高香祁门香", "山场直发"][i]],
                                                             ["卖点", desc, "审核", t[j % 2]]], width="92%"))
            elif f == "tea_card":
                g = s["others_named"][(i + j) % 3]
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["宾客", g, "房号", "20%d" % (1 + i)], ["服务员", n, "班级", cl],
                                  ["内容", (desc, ' colspan="3"')], ["企业导师", s["others_named"][3], "日期", day(s, 30 + i)]], width="90%"))
            elif f == "dish":
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "腌鳜鱼一尾约600克" if j == 0 else "腊五花肉500克", "辅料", "笋片、五花肉丁、干辣椒" if j == 0 else "毛竹笋、姜片"],
                                                          ["成品评价", desc, "评价人", t[j % 2]]], width="90%"))
            elif f == "tube_feed":
                elder = s["others_named"][i % 2]
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", elder, "日期", day(s, 30 + i)], ["鼻饲时间", "07:00 / 11:30 / 16:30 / 20:00", "每次量", "180 ml"],
                                  ["温度", "38—40 ℃", "体位", "床头抬高30°"], ["照护员", "%s（%s）" % (n, cl), "家属确认", s["others_named"][2]],
                                  ["小结", (desc, ' colspan="3"')]], width="92%"))
            elif f == "balance":
                parts.append('<h3>%s</h3>' % title + tbl([["车辆", "纯电动中巴 湘G·D%04d" % (3107 + i), "送修人", s["others_named"][0]],
                                                          ["维修技师", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                                          ["结论", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "labels":
                if j == 0:
                    rows = [["序号", "标签内容", "位置"]] + [[str(k + 1), "JY-%d-U%02d-P%02d" % (1 + i, 9 + k % 3, k + 1), ["售票厅", "监控室", "办公区", "游客大厅"][k % 4]] for k in range(6)]
                    parts.append('<h3 style="text-align:center">%s</h3><p>制表人：%s　　班级：%s</p>' % (title, n, cl) + tbl(rows, width="80%") + "<p>%s</p>" % desc)
                else:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["测试人", n, "学号", sid], ["测试项目", "ping 网关 192.168.%d.1" % (10 + i), "结果", "0% 丢包"],
                                      ["甲方确认", s["others_named"][0], "日期", day(s, 30 + i)]], width="90%") + "<p>%s</p>" % desc)
            elif f == "first_piece":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "偏航制动器活塞杆", "图号", "PZ-40-%02d" % (1 + j)], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 3]],
                                  ["外径", "φ40f7", "%.2f" % (39.96 + 0.005 * i), "合格"], ["送样单位", "风电场（%s）" % s["others_named"][0], "日期", day(s, 30 + i)]], width="92%") +
                             "<p>备注：%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "sticky":   # answers on yellow sticky notes, the name on the first note
        pages = []
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            notes = ["姓名：%s<br/>学号：%s<br/>%s" % (n, sid, cl)]
            for qi, (q, a) in enumerate(c["hw"]):
                notes.append("%s<br/>%s" % (q[:2] + "……", a[(i + qi + 1) % 3]))
            cells = "".join('<td style="background:#fbe98a;border:0.5pt solid #d8c257;padding:10px 8px" width="31%%" valign="top">%s</td>'
                            '<td width="3%%"></td>' % hand(x, True) for x in notes)
            qs = "".join("<p>%s</p>" % q for q, _ in c["hw"])
            body = ('<h3 style="text-align:center">%s　课后作业（便签作答）</h3>' % c["course"] +
                    "<p>要求：每题写在一张便签上，贴在下面的框内。</p>" + qs +
                    '<table width="100%%" style="border:1pt dashed #777"><tr>%s</tr></table>' % cells +
                    "<p>%s　%s</p>" % (red("阅 " + mark(rng)), t[i % 2]))
            pages.append(body)
        return "12.html", html(PB.join(pages), "10.5pt", compact=True), "x-scanpdf:200:color"
    if f == "crossword":   # a crossword of terms, the answers by hand
        pages = []
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            grid = [[None] * 7 for _ in range(6)]
            for r, q, word, down in ((0, 0, "配线架", False), (0, 1, "线序", True), (3, 0, "水晶头", False),
                                     (1, 4, "交换机", True), (3, 4, "机柜", False), (5, 0, "理线器", False)):
                for k, ch in enumerate(word):
                    grid[r + k if down else r][q if down else q + k] = ch
            rows = []
            for r in range(6):
                cells = []
                for q in range(7):
                    ch = grid[r][q]
                    if ch is None:
                        cells.append('<td style="background:#333;border:0.75pt solid #000" width="34" height="34"></td>')
                    else:
                        cells.append('<td style="border:0.75pt solid #000" width="34" height="34" align="center">%s</td>' % hand(ch, True))
                rows.append("<tr>%s</tr>" % "".join(cells))
            clues = ("<p><b>横向：</b>①第1行 把信息点的线集中端接的面板　③第4行 网线两端的接头　④第4行右 放设备的柜子　⑤第6行 让跳线整齐的部件</p>"
                     "<p><b>纵向：</b>②第2列 568B规定的颜色顺序　⑥第5列 二层转发设备</p>")
            qa = "".join("<p>%s</p><p>%s</p>" % (q, hand(a[(i + qi + 1) % 3], True)) for qi, (q, a) in enumerate(c["hw"]))
            body = ('<h3 style="text-align:center">%s　课后作业</h3>' % c["course"] +
                    "<p>姓名＿%s＿　学号＿%s＿　班级＿%s＿</p>" % (hand(n), hand(sid, True), hand(cl, True)) +
                    "<p><b>一、填字游戏（网络设备名词）</b></p>" + '<table style="border-collapse:collapse">%s</table>' % "".join(rows) + clues +
                    "<p><b>二、简答</b></p>" + qa + "<p>%s　%s</p>" % (red("阅 " + mark(rng)), t[i % 2]))
            pages.append(body)
        return "12.html", html(PB.join(pages), "10pt", compact=True), "x-scanpdf:200"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "photo_peg":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "photo_peg2":
            head = ["课后作业（动力电池）", "> %s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "hand_gray":
            head = ["徽菜课后作业", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_250":
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f == "hand_mono":
            head = ["数控车削课后作业", "%s　%s号　%s" % (cl, sid[-2:], n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_peg": "x-photo:200:2:clothespin", "photo_peg2": "x-photo:200:1:clothespin", "hand_gray": "x-scan:200:3",
            "hand_250": "x-scan:250:4", "hand_mono": "x-scan:200:2:mono"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "psych":   # a mental-health screening completion list used as the class list
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "测评日期", "测评方式", "完成情况"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, "2024-09-%02d" % (23 + j // 14), "机房集体测评" if j < 28 else "手机端补测", "已完成"], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生心理健康测评完成情况统计表</h2><p style="text-align:center">%s　2024年秋季学期测评</p>' % (s["cls"], s["school"]) +
                table(rows, width="88%") +
                "<p>应测%d人，已测%d人，完成率100%%。</p><p>心理健康教师：%s　　　班主任：%s　　　2024年9月30日</p>" % (
                    len(k), len(k), s["officers"]["心理健康教师"], s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s心理测评学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return [s["officers"]["心理健康教师"]]
    if r == "netid":   # campus-network accounts opened for the class
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "上网账号", "初始密码", "开通状态"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, "jy%s" % sid_of(s, n), "身份证后六位", "已开通"], "1px 4px"))
        body = ('<h2 style="text-align:center">%s校园网账号开通名单</h2><p style="text-align:center">%s信息中心　2024年9月</p>' % (s["cls"], s["school"]) +
                table(rows, width="90%") +
                "<p>共%d人，已全部开通。首次登录须修改密码。</p><p>网络管理员：%s　　　班主任：%s</p>" % (len(k), s["others_named"][1], s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s校园网账号名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-fiftieth held-out people corpus (testdata/heldout150), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])
                    + list(s.get("officers", {}).values())]
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
        rng = random.Random(s["seed"] * 7919 + 150)
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
        officers = {"班主任": s["headteacher"]} if s.get("headteacher") else {}
        officers.update(s.get("officers", {}))
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s["form_size"], "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": officers,
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + [x for x in extra_named if x not in s.get("others_named", [])],
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
