#!/usr/bin/env python3
"""Write the sources of the hundred-and-forty-second held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the struct tags of pipeline/heldout_test.go was
read; classaudit was not run on it). Seven submissions of three invented
schools in 抚松县 (Jilin, 白山市), 峨眉山市 (Sichuan, 乐山市) and 龙州县
(Guangxi, 崇左市).

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
# the corpora read for names, tasks and courses to avoid (heldout141, 143 and 144 are written at the
# same time by other hands and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 141)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 抚松 (闯关东 families from 山东 and 河北, a few 朝鲜族
# 金 朴 崔 and the 满族 关 of 长白山), 峨眉山 (川南 families: 罗 彭 喻 熊 毛 税 万 宋 ...), 龙州
# (壮族 families of the 左江 border: 农 黄 韦 覃 蒙 陆 闭 凌 零 赵 梁 ...)
SURNAMES = {
    "fs": list("王王王王李李李张张张刘刘刘孙孙于于赵杨姜隋宫曲鞠徐高" "金朴崔关"),
    "em": list("王王王张张张李李刘刘陈陈杨黄周罗罗彭彭喻熊毛税万宋邓吴何"),
    "lz": list("农农农黄黄黄黄李李韦韦覃覃蒙陆陆赵梁闭凌零冯马苏谭"),
}
# given names: the everyday names of students born around 2007-2009, a list of this corpus
GIVEN2 = ("梓轩 一航 子涵 思琪 宇辰 佳豪 雨菲 浩然 欣怡 俊杰 晨曦 紫涵 天乐 明哲 雅欣 若楠 浩轩 婧怡 嘉豪 奕涵 "
          "鹏程 诗涵 晓东 雨晨 煜祺 芷若 梓睿 家铭 思雨 海峰 钰琪 瑞泽 可欣 俊宇 晓玲 志强 嘉琪 宇航 雪婷 子骞 "
          "书涵 博宇 梦涵 泽宇 琳琳 宏伟 佳欣 辰逸 语涵 锦涛 秋月 梓洋 永健 一帆 思彤 鑫宇 丽娜 昊天 雅静 子龙 "
          "雨涵 天宇 颖琪 振华 美玲 俊辉 欣然 建国 雯静 浩宇 婉婷 承恩 心悦 家乐 敏慧 国庆 月婷 泽楠 晓慧 宇飞 "
          "春燕 凯瑞 怡婷 嘉伟 茜茜 伟杰 梦瑶 成龙 淑婷 子豪 玉洁 昊宇 丹丹 明远 诗雨 晓峰 佳琪 文韬 静雯 伟豪 "
          "楚瑜 睿哲 舒婷 志鹏 欣妍 光耀 雨萌 凯文 晓雪 鸿飞 蕊蕊 朝阳 梦琪 晓宇 倩倩 海涛 欣雨 锐锋 紫琪 家宝 "
          "云飞 雅楠 兴旺 瑶瑶 宇杰 秀丽 立新 诗琪 思源 碧莹 振宇 慧敏 春雨 嘉怡 德华 艺璇 少华 晓琳 文杰 海燕").split()
GIVEN1 = list("鑫磊婷琳杰萍超勇")


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
 "ginseng": dict(major="中药", code="1301", course="中药材产地加工技术", task="林下参鲜参刷洗分级与生晒参加工",
   hours=16, station="中药材产地加工一体化学习工作站",
   situation="九月是抚松鲜参集中起收的季节，万良镇一家人参加工企业收进一批林下参和园参鲜参，需要在三天内完成刷洗、分级和晾晒，否则鲜参容易烂须。企业技术员请中药班学员按地方标准刷洗鲜参，按支重、芦碗和须根完整程度分级，上架晾晒和低温烘干成生晒参，称量并计算折干率，填写加工记录。",
   qs=[("问题1 刷洗鲜参时为什么不能伤及表皮和须根？", ["表皮破了晒干后会出现黑斑，须根断了影响等级和卖价，所以要用软毛刷顺着纹理轻刷。", "表皮破了会有黑斑，须断了降等级。", "用软毛刷顺纹理轻刷。"]),
       ("问题2 鲜参分级主要看哪几项？", ["看单支重量、芦头和芦碗是否完整、主根形态和须根是否齐全，有无疤痕和病斑。", "支重、芦碗、须根完整。", "有没有疤痕病斑。"])],
   hw=[("1. 生晒参烘干时温度怎样控制？", ["前期三十五度左右慢慢排湿，后期升到五十度以内，温度太高参体会起泡空心。", "先低温排湿，后期不超过五十度。", "温度太高会空心。"]),
       ("2. 折干率怎样计算？", ["折干率等于干参重量除以鲜参重量，再乘以百分之百，一般在百分之三十左右。", "干重除以鲜重。", "大约三成。"])],
   outputs=[("生晒参加工记录（第一批）", "鲜重二十五公斤，折干率百分之三十一点二。"), ("鲜参分级验收单", "特等十二支，一等四十支。")]),
 "skiresort": dict(major="饭店(酒店)服务", code="0504", course="酒店前厅接待服务", task="长白山滑雪季度假酒店旅行团入住接待与行李服务",
   hours=16, station="前厅服务一体化学习工作站",
   situation="元旦前后是长白山西坡的滑雪旺季，一家度假酒店同一个下午要接待四个旅行团和一批散客，其中有来自俄罗斯和韩国的游客。酒店前厅经理请酒店服务班学员做好团队预排房，核对名单和证件，办理入住和押金，安排行李员分送行李和雪具，为外宾提供翻译协助，并建立重要宾客的客史档案。",
   qs=[("问题1 旅行团到店前为什么要预排房？", ["提前把房间按团队人数和要求排好，团队到店后直接发房卡，大堂不会拥堵，客人等待时间短。", "到店直接发房卡，不拥堵。", "客人等待时间短。"]),
       ("问题2 雪具寄存要注意什么？", ["雪板和雪杖要挂寄存牌，和行李分开放进雪具间，雪鞋要烘干，取件时核对牌号。", "挂牌，和行李分开放。", "取件核对牌号。"])],
   hw=[("1. 外宾入住要登记哪些信息？", ["护照号码、签证或停留期限、国籍、入境日期，按规定在二十四小时内报送住宿登记信息。", "护照和签证信息。", "二十四小时内报送。"]),
       ("2. 客史档案有什么用？", ["记录客人的喜好和特殊要求，下次入住时提前准备，让客人感到被记住和重视。", "记录喜好，下次提前准备。", "让客人感到被重视。"])],
   outputs=[("重要宾客客史档案卡", "记录宾客偏好与特殊要求。")]),
 "qiaojiao": dict(major="烹饪(中式烹调)", code="0501", course="川菜地方风味菜制作", task="乐山跷脚牛肉汤锅与钵钵鸡冷串制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="峨眉山景区旺季游客多，山脚下一家老字号乐山菜馆要增加跷脚牛肉汤锅和钵钵鸡两样招牌菜的出品量。菜馆主厨请烹饪班学员按店里的标准配方熬制牛骨汤底，处理牛杂，调制钵钵鸡红油和藤椒两种调料，穿串、冷浸，核算每份成本，并在高峰时段完成出品。",
   qs=[("问题1 跷脚牛肉的汤底为什么要用牛骨慢熬？", ["牛骨和牛肉慢火熬五六个小时，骨髓和胶质熬出来，汤色白、味道浓，还要加草果等香料去腥。", "慢熬出胶质，汤白味浓。", "加香料去腥。"]),
       ("问题2 钵钵鸡的鸡肉为什么要冷水下锅、浸熟？", ["冷水下锅小火浸熟，肉质嫩，不会外老里生，捞出后放凉开水里冰一下，皮更脆。", "浸熟肉嫩，皮脆。", "不会外老里生。"])],
   hw=[("1. 牛杂怎样去腥？", ["牛肚用盐和醋反复搓洗，牛肠翻面洗净，再加姜葱料酒焯水。", "盐醋搓洗，焯水。", "加姜葱料酒。"]),
       ("2. 藤椒油和红油调料有什么不同？", ["藤椒油清香发麻，颜色青绿；红油用辣椒面和菜籽油炼制，香辣，颜色红亮。", "藤椒清香发麻，红油香辣。", "颜色一青一红。"])],
   outputs=[("跷脚牛肉汤锅出品记录", "汤色乳白，牛杂软糯。"), ("钵钵鸡冷串出品记录", "每钵三十串，两种味型。")]),
 "sojourn": dict(major="健康与社会照护", code="0529", course="老年人居家照护", task="旅居康养老人跌倒风险评估与居室环境改造建议",
   hours=16, station="照护服务一体化学习工作站",
   situation="峨眉山气候凉爽，每年夏天有不少外地老人到山下的康养公寓旅居。公寓发现几位老人夜里起身时差点摔倒，护理主管请照护班学员上门与老人交谈，用跌倒风险评估量表评估每位老人，查看居室的地面、照明、卫生间和床边，提出改造建议，并给老人和家属讲解防跌倒要点。",
   qs=[("问题1 评估前为什么要先和老人聊天？", ["先聊家常让老人放松，了解他的作息、用药和以前有没有摔过，评估时老人才愿意配合。", "让老人放松，了解用药和跌倒史。", "老人才愿意配合。"]),
       ("问题2 卫生间最容易出现哪些跌倒隐患？", ["地面湿滑、没有扶手、马桶太低、夜里灯光暗，老人起身和转身时容易摔倒。", "地滑、无扶手。", "夜里灯光暗。"])],
   hw=[("1. 夜间起床防跌倒要提醒老人什么？", ["醒后先在床上躺半分钟，坐起半分钟，站立半分钟再走，床边开小夜灯。", "三个半分钟。", "床边开小夜灯。"]),
       ("2. 改造建议为什么要和家属商量？", ["改造要花钱，也要改变老人的生活习惯，家属同意并督促，建议才能落实。", "要花钱，需家属同意。", "家属督促才能落实。"])],
   outputs=[("个案照护报告", "跌倒风险评估为高风险，提出五项改造建议。")]),
 "shuttle": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车高压系统检修", task="景区电动观光车高压绝缘故障检测与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="峨眉山景区的电动观光车在雨后接连报出绝缘故障，仪表亮起故障灯，车辆限功率运行。景区车队请学校新能源班学员协助排查：做好高压安全防护，下电并验电，用绝缘电阻测试仪分段测量动力电池、电机控制器和高压线束的绝缘电阻，找出进水的接插件，处理后复测并填写检测报告。",
   qs=[("问题1 测量绝缘电阻前要做哪些安全准备？", ["戴绝缘手套、穿绝缘鞋，断开维修开关，等待五分钟放电，再用万用表验明无电。", "戴绝缘手套，断维修开关。", "等五分钟放电后验电。"]),
       ("问题2 为什么要分段测量？", ["把电池、控制器和线束一段一段断开测量，哪一段阻值低，故障就在哪一段。", "逐段断开，找出阻值低的一段。", "缩小故障范围。"])],
   hw=[("1. 绝缘电阻的合格标准是多少？", ["按每伏不低于五百欧计算，三百伏系统要大于零点一五兆欧，车上一般要求更高。", "每伏不低于五百欧。", "三百伏要大于零点一五兆欧。"]),
       ("2. 接插件进水后怎样处理？", ["拆开吹干，检查端子有没有锈蚀，更换密封圈，装好后复测绝缘。", "吹干，换密封圈。", "装好后复测。"])],
   outputs=[("高压绝缘检测报告", "电机控制器接插件进水，处理后绝缘电阻大于五百兆欧。"), ("故障排除记录", "更换接插件密封圈两只。")]),
 "macadamia": dict(major="电子商务", code="0603", course="直播电商运营实务", task="边境县澳洲坚果礼盒直播场控与复盘",
   hours=14, station="电商直播一体化学习工作站",
   situation="龙州县种了不少澳洲坚果，今年丰收，县里的一家坚果合作社想把礼盒卖到区外。合作社负责人请电商班学员策划两场直播：学员分工做场控、场记和客服，记录每个时间段的在线人数、上链接和成交，处理买家咨询，直播后根据场记数据复盘，提出下一场的改进办法。",
   qs=[("问题1 场控在直播中主要做什么？", ["盯住在线人数和评论，按脚本上下架链接、改库存、发福袋，提醒主播节奏。", "上下架链接，发福袋。", "提醒主播节奏。"]),
       ("问题2 为什么要做场记？", ["把每个时间点发生的事和数据记下来，复盘时才知道哪个环节带来了成交、哪里流失了观众。", "复盘时知道哪个环节有效。", "记录时间和数据。"])],
   hw=[("1. 复盘要看哪些数据？", ["场观人数、平均停留时长、点击率、成交转化率和退款率，和上一场对比。", "场观、停留、转化率。", "和上一场对比。"]),
       ("2. 买家问坚果有没有添加剂怎么回答？", ["如实说明配料只有坚果和奶油香味的食用盐水，展示检测报告，不夸大宣传。", "如实说明配料。", "展示检测报告。"])],
   outputs=[("第一场直播场记单", "在线峰值八百六十人，成交二百一十四单。"), ("第二场直播场记单", "在线峰值一千零二十人，成交三百零二单。")]),
 "sugarcane": dict(major="机电一体化技术", code="0127", course="机电设备电气控制装调", task="甘蔗压榨输送带变频调速控制系统安装与调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="榨季前，龙州一家糖厂要把一条甘蔗输送带的老式电磁调速电机改成变频调速，以便根据压榨机的负荷自动调整送蔗速度。糖厂电气车间请机电班学员识读改造图纸，安装变频器和控制柜，接好主回路和控制回路，设置变频器参数，完成空载和带载调试，并填写调试记录。",
   qs=[("问题1 变频器主回路接线要注意什么？", ["电源接R、S、T，电机接U、V、W，不能接反，接地要可靠，控制线和动力线分开走线。", "电源和电机端子不能接反。", "接地可靠，强弱电分开。"]),
       ("问题2 加速时间为什么不能设得太短？", ["输送带上有甘蔗，加速太快电流冲击大，变频器会过流跳闸，皮带也容易打滑。", "电流冲击大会过流跳闸。", "皮带会打滑。"])],
   hw=[("1. 带载调试前要检查什么？", ["检查皮带张紧和跑偏，急停和拉绳开关是否有效，确认输送带上和周围没有人。", "皮带张紧，急停有效。", "确认周围没有人。"]),
       ("2. 变频器报过压故障可能是什么原因？", ["减速时间太短，电机回馈能量使直流母线电压升高，可以延长减速时间或加制动电阻。", "减速时间太短。", "加制动电阻。"])],
   outputs=[("变频调速系统调试记录", "空载运行平稳，带载电流三十八安。"), ("参数设置清单", "上限频率五十赫兹，加速时间十五秒。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    # ---------------------------------------------------------------- 抚松
    dict(school="抚松县参乡技工学校", pack="gbkzip", region="fs", course="ginseng", cls="中药2401班", size=36, seed=11,
         sidp="24071301", students=["隋梓睿", "金雨菲", "宫一鸣"], items={12: ["隋梓睿", "金雨菲"]},
         extra_class=["鞠振华"], bad={"鞠振华": "over"}, others_named=["曲长贵", "崔德顺"],
         teachers=["姜秀云", "于洪涛"], form_count="36人",
         f8="week_grid", f10="paper_ab", f11="drying_typed", f12="photo_magnifier",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "鞠振华")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a magnifying glass lying on each sheet) holds the homework of only TWO students, "
                 "隋梓睿 and 金雨菲 (宫一鸣's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. "
                 "Item 10 (scanned 300 dpi 1-bit) is an A卷/B卷 register (a 试卷 column with A or B, 理论(40) 实操(50) 平时(10) 总分); "
                 "鞠振华 has 56 under `实操(50)` (总分 the sum): records.invalid_score. Item 8 (scanned 250 gray, a star-anise pod on "
                 "the glass): a 实训周历 page (周一…周五 grid), `学员：<name>　学号　班级` at the top right, the ginseng farmer 曲长贵 "
                 "(供参人) and the company technician 崔德顺 named (not students). No roster"),
    dict(school="抚松县参乡技工学校", pack="gbkzip", region="fs", course="skiresort", cls="2023级酒店服务2班", size=38, seed=12,
         sidp="23070504", students=["朴欣妍", "孙梓恒", "杨语棠"],
         others_named=["金顺爱", "安娜·伊万诺娃", "李成哲", "王素芝", "马常胜"],
         teachers=["关淑玲", "刘振铎", "张桂秋"], form_count="38人（男{M}人，女{F}人）", roster="job_fair", headteacher="徐凤芝",
         f8="task_card", f10="traffic_light", f11="guest_history", f12="gray_hand",
         findings=[],
         comment="clean. Form `38人（男{M}人，女{F}人）` = the roster (a 跟岗实习双选会报名名单, 38, 意向岗位 and 意向酒店 columns, "
                 "the employment office's 王素芝 as 联系人) = item 10 (TYPED, a 红黄绿 预警 column: ●绿/●黄/●红 by the total; one "
                 "student's 总分 is `60（补）` above parts summing to 52: `补考合格者总分按60分记`, explained under the table). "
                 "Guests 金顺爱 and 安娜·伊万诺娃 (a Russian guest, middle dot) on the 客史档案卡 (item 11, `建档人：<student>`); the "
                 "front-office manager 李成哲 as 企业导师 and the tour leader 马常胜 (领队) on item 8 task cards (colour scan)"),
    # ---------------------------------------------------------------- 峨眉山
    dict(school="峨眉山市秀甲技工学校", pack="dir", region="em", course="qiaojiao", cls="24烹饪(2)班", size=40, seed=21,
         sidp="202405012", students=["喻浩然", "熊雅欣", "税子豪"], outsiders={"税子豪": "24烹饪(1)班"}, out_sidp="202405011",
         extra_class=["彭俊霖"], bad={"彭俊霖": "sum"}, others_named=["毛建平"],
         teachers=["罗光明", "万丽君"], form_count="40",
         f8="line_colour", f10="rotation", f11="dish_typed", f12="photo_name",
         findings=[("students.not_in_class", 8, True, "税子豪"), ("records.invalid_score", 10, False, "彭俊霖")],
         comment="税子豪 of the parallel class 24烹饪(1)班 (his class and 学号 20240501117 on his worksheet, typed dish record and "
                 "homework photo) is the third student of 8/11/12; item 10 (40 rows = form `40`) has no record of him: "
                 "students.not_in_class. Item 10 (TYPED) is a 岗位轮换 register: four rounds (第一轮…第四轮, 25 each), every cell "
                 "the post of that round and its mark (`砧板 21`); 彭俊霖's 总分 is 10 above the sum of his four marks: "
                 "records.invalid_score. Item 8 (colour scan 200, a star-anise pod on the glass): `班级＿ 学号＿ 姓名＿` by hand, "
                 "the restaurant's head chef 毛建平 named (not a student). No roster"),
    dict(school="峨眉山市秀甲技工学校", pack="dir", region="em", course="sojourn", cls="照护2401班", size=36, seed=22,
         sidp="202405291", students=["泽仁拉姆", "吉克·阿芝", "毛晓雪"], extra_class=["降央拉措", "阿西·木呷"],
         others_named=["熊桂芳", "周永寿", "宋玉珍"],
         teachers=["吉伍阿呷", "喻淑华"], form_count="36名（含“9+3”学生5名）", roster="origin", headteacher="邓春霖",
         f8="elder_head", f10="two_raters", f11="case_report", f12="reflection",
         findings=[],
         comment="clean. Form `36名（含“9+3”学生5名）` (a second number, and 9 and 3) = the roster (学生名单 with a 生源地 column, 36, "
                 "five “9+3” students from 甘孜 and 凉山: the Tibetan 泽仁拉姆 and 降央拉措, the Yi 吉克·阿芝 and 阿西·木呷 with a "
                 "middle dot) = item 10 (TYPED, two raters: 教师甲(100) 教师乙(100) 最终成绩 = their mean, rounded, as the note says). "
                 "The Yi teacher 吉伍阿呷. Elders 熊桂芳 and 周永寿 (照护对象) on item 8 and in the 个案照护报告 (item 11); the "
                 "apartment's nursing supervisor 宋玉珍. Item 12: a hand-written 观后感 (reflection) after a documentary, scanned"),
    dict(school="峨眉山市秀甲技工学校", pack="dir", region="em", course="shuttle", cls="新能源2302班", size=40, seed=23,
         sidp="202304351", students=["罗继远", "陈梦露", "黄志岗"], items={8: ["罗继远", "陈梦露", "黄志岗", "万鸿飞"]},
         extra_class=["万鸿飞", "刘晓菡"], absent_from_10=["刘晓菡"], others_named=["何永贵"],
         teachers=["杨继红", "邓世杰"], form_count="40人", roster="plain", headteacher="吴静",
         f8="head_row", f10="rain_export", f11="insulation_typed", f12="label_diagram",
         findings=[("students.count", 8, False), ("records.missing_student", 10, False, "刘晓菡"), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (colour scan 200) holds the worksheets of FOUR students: the three and classmate 万鸿飞 (with an item-10 "
                 "record): students.count on 8; students.mismatch optional. The roster (typed 花名册, 40) and the form "
                 "(`授课班级（人数） | 新能源2302班（40人）`) hold 刘晓菡; item 10 (a 雨课堂 grade export, printed and photographed, a "
                 "magnifying glass on it) has 39 rows and none for her: records.missing_student and records.count_mismatch. "
                 "The scenic area's fleet captain 何永贵 signs the test reports (item 11). Item 12: 填图题 (label the diagram), colour scan"),
    # ---------------------------------------------------------------- 龙州
    dict(school="龙州县边城技工学校", pack="zip", region="lz", course="macadamia", cls="电商2402班", size=42, seed=31,
         sidp="24060302", students=["农佳琪", "韦晓宇", "覃紫琪"], items={11: ["农佳琪", "韦晓宇", "凌雨萌"]},
         extra_class=["凌雨萌", "闭文韬"], absent_from_10=["闭文韬"], others_named=["黄秀丽", "梁德华"],
         teachers=["陆春兰", "蒙志刚"], form_count="42",
         f8="check_sheet", f10="max_row2", f11="field_log", f12="photo_magnifier",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False)],
         comment="item 11 (TYPED 场记单, `场记：<name>（<class>）`, the co-operative head 黄秀丽 as 主播) holds the live logs of "
                 "农佳琪, 韦晓宇 and classmate 凌雨萌 (with an item-10 record) instead of 覃紫琪's (8 and 12 hold the three): "
                 "students.mismatch. The form says `班级人数 | 42`; item 10 (TYPED, maxima on a second head row `分值`) lists 41 "
                 "(闭文韬, a class member, has none; no roster): records.count_mismatch. Item 8 (printed and photographed): a "
                 "选品核查表 with `核查人` and the supplier 梁德华. Item 12: phone photos, a magnifying glass on each"),
    dict(school="龙州县边城技工学校", pack="zip", region="lz", course="sugarcane", cls="机电2401班", size=40, seed=32,
         sidp="24012701", students=["黄梓峻", "李芷萱", "赵家宝"], outsiders={"零锐锋": "机电2402班"}, out_sidp="24012702",
         items={12: ["黄梓峻", "李芷萱", "零锐锋"]},
         extra_class=["蒙宇杰"], bad={"蒙宇杰": "over"}, others_named=["覃德胜"],
         teachers=["苏建勋", "冯丽芳", "马明锋"], form_count="40",
         f8="loose_leaf", f10="zebra_foot", f11="commission_typed", f12="mono_hand",
         findings=[("students.mismatch", 12, True), ("students.not_in_class", 12, True, "零锐锋"),
                   ("records.invalid_score", 10, False, "蒙宇杰")],
         comment="item 12 (scanned 200 dpi 1-bit, whole pages by hand) holds 零锐锋 of 机电2402班 (学号 2401270219) instead of "
                 "赵家宝 (8 and 11 hold the three): students.mismatch and students.not_in_class. Item 10 (scanned 200 gray, a "
                 "star-anise pod, zebra rows, the maxima in a `配分` row at the FOOT of the table): 蒙宇杰 has 26 under "
                 "`接线工艺` (配分 20): records.invalid_score. Item 8 (scanned 250 gray, star anise): 活页式工作页, each leaf with a "
                 "head band `活页号 | 学习任务 | 学习活动` and `完成人 学号 班级 日期` boxes; the sugar mill's electrician 覃德胜 "
                 "as 企业师傅. Form: the official row `授课年级 | 2024级 | 授课班级 | 机电2401班 | 班级人数 | 40`"),
]

PROVINCE = {1: "吉林省白山市抚松县", 2: "四川省乐山市峨眉山市", 3: "广西壮族自治区崇左市龙州县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 抚松: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 峨眉山: "8．工作页.pdf" (a full-width full stop)
        return "%d．%s.pdf" % (n, NAMES[n])
    return "【%d】%s.pdf" % (n, NAMES[n])   # 龙州: "【8】工作页.pdf" (recognised by the name)


def form_name(s, c):
    return {1: ("附件2：申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s-%s申报书.pdf" % (s["school"].replace("峨眉山市", ""), s["cls"]), "pdf"),
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
    if s["course"] == "shuttle":
        return "授课班级（人数） | %s（%s）" % (s["cls"], s["form_count"])
    if s["course"] == "sugarcane":
        return "授课年级 | 2024级 | 授课班级 | %s | 班级人数 | %s" % (s["cls"], s["form_count"])
    if s["course"] == "sojourn":
        return "学生人数 | %s" % s["form_count"]
    if g == 1 and s["course"] == "ginseng":
        return "授课班级 | %s | 班级人数 | %s" % (s["cls"], s["form_count"])
    return "班级人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称/职业技能等级", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    head = [("课堂负责人", t[0]), ("负责人所在单位", s["school"]), ("专业名称", c["major"]), ("专业编码", c["code"])]
    if s["course"] == "ginseng":   # class and size on one row, four cells
        info = tbl([[a, (b, ' align="left" colspan="3"')] for a, b in head] +
                   [["授课课程名称", (c["course"], ' align="left"'), "总学时", "64"],
                    ["授课学习任务名称", (c["task"], ' align="left"'), "学时", str(c["hours"])],
                    ["授课班级", s["cls"], "班级人数", s["form_count"]]], width="94%", pad=P)
    elif s["course"] == "sugarcane":   # the official row: 授课年级 | 授课班级 | 班级人数
        info = ('<table style="border-collapse:collapse" width="96%">' +
                "".join('<tr>%s%s</tr>' % (td(a, ' align="center"', P), td(b, ' align="left" colspan="5"', P)) for a, b in head) +
                '<tr>%s%s</tr>' % (td("授课课程名称", ' align="center"', P), td(c["course"], ' align="left" colspan="5"', P)) +
                '<tr>%s%s</tr>' % (td("授课学习任务名称", ' align="center"', P), td(c["task"], ' align="left" colspan="5"', P)) +
                '<tr>%s</tr>' % "".join(td(x, ' align="center"', P) for x in ["授课年级", "2024级", "授课班级", s["cls"], "班级人数", s["form_count"]]) +
                '<tr>%s%s</tr>' % (td("培养层级", ' align="center"', P), td("■中级工　□高级工　□技师（预备技师）", ' align="left" colspan="5"', P)) +
                "</table>")
    else:
        rows = head + [("授课课程名称", c["course"]), ("授课学习任务名称", c["task"])]
        if s["course"] == "shuttle":
            rows += [("授课班级（人数）", "%s（%s）" % (s["cls"], s["form_count"]))]
        elif s["course"] == "sojourn":
            rows += [("授课班级", s["cls"]), ("学生人数", s["form_count"])]
        else:
            rows += [("授课班级", s["cls"]), ("班级人数", s["form_count"])]
        rows += [("授课实训室或学习工作站名称", c["station"]), ("学时", str(c["hours"]))]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>专业名称：{major}</p><p>专业编码：{code}</p><p>课程名称：{course}</p><p>学习任务：{task}</p>
<p>课堂负责人：{lead}　　联系电话：{tel}</p><p>申报单位：{school}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<p>团队成员职责分工：负责人统筹课堂设计与实施，其余成员负责实训指导、过程记录与考核评价。</p>
<h3>三、目标与内容</h3><p>{situation}</p>
<h3>四、资源与环境</h3><p>{station}按工作过程划分为信息区、计划区、实施区和评价展示区，配备真实设备与材料。</p>
<h3>五、考核评价</h3><p>过程考核与成果考核相结合，成绩记入学习任务考核记录。</p>
<h3>六、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学，学生分组领取任务，教师巡回指导。</p>
<h3>七、学习成效</h3><p>学习成果经合作单位验收使用。</p>
<h3>八、创新与特色</h3><p>学习任务来自{prov}合作单位的真实需求。</p>
<h3>九、授课教师诚信承诺</h3><p>本人已认真填写并检查以上材料，保证内容真实有效。</p>""".format(
        major=c["major"], code=c["code"], course=c["course"], task=c["task"],
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="80%"), situation=c["situation"], station=c["station"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化稿）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n本学期实施“{task}”，共{hours}学时。\n三、评价方式\n过程评价与成果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作流程\n接受任务—制订计划—实施—检查—评价。",
    3: "{school}\n{task}　教学活动策划表\n学习活动1　明确任务\n学习活动2　制订计划\n学习活动3　实施任务\n学习活动4　检查评价",
    4: "{school}\n{course}　教学进度表（{hours}学时）\n第1周　明确任务，获取信息\n第2周　制订与审核计划\n第3周　实施任务\n第4周　检查、展示与评价",
    5: "{school}\n{task}　教学活动方案\n一、情境导入\n二、引导问题学习\n三、分组实施与巡回指导\n四、成果展示与多元评价",
    6: "{school}\n学习任务资源清单\n工作页、行业标准、教学视频、{station}设备与材料清单。",
    7: "{school}\n{station}说明\n工作站分为信息区、计划区、实施区和评价展示区。",
    9: "{school}\n{task}　考核方案\n考核包括过程考核和成果考核，成绩记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 9", "√ 10", "√ 清楚", "√ 较好"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 7) % 26)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (2 * qi) % 3   # a fourth student answers in a fourth combination
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + {"税子豪": "17", "零锐锋": "19"}[n]
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
        if f == "week_grid":   # a practice week as a grid; the learner at the top right
            rows = [["", "日期", "当日任务", "完成情况", "指导"]]
            tasks = [("周一", "鲜参验收、称重", "验收供参人 %s 交售林下参鲜参 %.1f kg" % (s["others_named"][0], 12.4 + 0.3 * i)),
                     ("周二", "刷洗、去泥", "软毛刷顺纹理刷洗，须根完整"),
                     ("周三", "分级", "按支重、芦碗分为特等、一等、二等"),
                     ("周四", "上架晾晒、烘干", "35℃排湿，夜间关窗"),
                     ("周五", "称干重、算折干率", "折干率 %.1f%%" % (30.4 + 0.4 * i))]
            for k, (w, task, done) in enumerate(tasks):
                rows.append([w, hand("%d/%d" % (9, 16 + k + i), True), task, hand(done, True), hand(["崔", "姜", "崔", "于", "姜"][k], True)])
            head = ('<p style="text-align:right">学员：%s　学号：%s　班级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True)))
            body = ('<h3 style="text-align:center">%s<br/>实训周历（学习工作页）</h3>' % c["task"] + head +
                    tbl(rows, width="100%", pad="5px 4px", bold=(0,)) +
                    '<p>企业技术员：%s　（指导栏签姓）</p>' % s["others_named"][1] + answers(c, rng, i) + comment)
        elif f == "task_card":   # a group reception task card: the tour leader, the enterprise mentor
            head = tbl([["任务卡编号", hand("JD-%03d" % (41 + i), True), "团队名称", hand(["沈阳夕阳红旅游团", "首尔滑雪团", "哈尔滨研学团"][i % 3], True)],
                        ["领队", s["others_named"][4] if i == 0 else hand(["—", "—", "—"][i % 3], True), "人数", hand(str(24 + 3 * i), True)],
                        ["接待员", hand(n, True), "班级／学号", hand("%s／%s" % (cl, sid), True)]], width="100%", pad="4px 4px")
            body = (title + head + "<p>企业导师：%s（度假酒店前厅经理）</p>" % s["others_named"][2] + sit + answers(c, rng, i) + comment)
        elif f == "line_colour":   # 班级＿ 学号＿ 姓名＿ by hand; the head chef named
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = (title + head + "<p>企业指导：%s（菜馆主厨）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i))
                    + sit + answers(c, rng, i) + comment)
        elif f == "elder_head":   # the elder and the carer
            elder = s["others_named"][i % 2]
            head = tbl([["照护对象", hand(elder, True), "年龄", hand(str(78 + 3 * (i % 2)), True), "房号", hand("B-%d0%d" % (2 + i, 3 + i), True)],
                        ["照护员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = (title + head + "<p>护理主管：%s</p>" % s["others_named"][2] + sit + answers(c, rng, i) + comment)
        elif f == "head_row":   # a bordered head row 学号 | 姓名 | 班级 | 工位
            head = tbl([["学号", hand(sid, True), "姓名", hand(n, True), "班级", hand(cl, True), "工位", hand("%d号车" % (1 + i), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "check_sheet":   # a product-selection check sheet, 核查人 the student, the supplier named
            rows = [["序号", "核查项目", "标准", "结果"], ["1", "生产许可证", "在有效期内", hand("✓", True)],
                    ["2", "检测报告", "近三个月内", hand("✓", True)], ["3", "净含量", "每袋500克±5克", hand("%d克" % (498 + i), True)],
                    ["4", "破壳率", "开口≥95%", hand("%d%%" % (96 + i % 3), True)]]
            head = tbl([["供货方", "龙州县坚果专业合作社", "联系人", s["others_named"][1]],
                        ["核查人", hand(n, True), "学号", hand(sid, True)], ["班级", hand(cl, True), "核查日期", hand(day(s, i), True)]],
                       width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页　选品核查表</h3>' % c["task"] + head +
                    tbl(rows, width="100%", pad="3px 4px", bold=(0,)) + answers(c, rng, i) + comment)
        elif f == "loose_leaf":   # a loose-leaf worksheet: leaf band and learner boxes
            band = tbl([["活页号", "LY-%02d" % (3 + i), "学习任务", c["task"][:10] + "……", "学习活动", "活动3　安装与接线"]],
                       width="100%", pad="3px 3px")
            who = tbl([["完成人", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "日期", hand(day(s, i)[5:], True)]],
                      width="100%", pad="4px 3px")
            body = (band + '<p style="text-align:center;font-size:9pt">（活页式工作页，可拆装，按活页号归档）</p>' + who +
                    "<p>企业师傅：%s（糖厂电气车间）</p>" % s["others_named"][0] + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    items = []
    if f == "loose_leaf":   # the printed punch-hole marks of a loose-leaf sheet, down the left margin
        items = [{"type": "text", "runs": [["○", "gray"]], "size": 16, "x": 0.035, "y": y, "page": "all"} for y in (0.22, 0.5, 0.78)]
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": items}, ensure_ascii=False, indent=1))
    meth = {"week_grid": "x-scanpdf:250:staranise", "task_card": "x-scanpdf:200:color", "line_colour": "x-scanpdf:200:color:staranise",
            "elder_head": "x-scanpdf:200", "head_row": "x-scanpdf:200:color", "check_sheet": "x-scanpdf:200:photo",
            "loose_leaf": "x-scanpdf:250:staranise"}[f]
    font = {"task_card": "Noto Sans CJK SC", "head_row": "Noto Sans CJK SC", "check_sheet": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"', bg=None):
    style = (' style="background:%s"' % bg) if bg else ""
    return "<tr%s>%s</tr>" % (style, "".join(td(x, extra, pad) for x in cells))


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    notes = {}
    if f == "paper_ab":   # two test papers, A and B, by seat
        parts = [("理论", 40), ("实操", 50), ("平时", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "试卷", "理论(40)", "实操(50)", "平时(10)", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 56
            out.append(trow([str(k + 1), sid_of(s, n), n, "AB"[k % 2]] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>说明：理论考试分A、B两套试卷，相邻座位不同卷，两卷难度相同；实操为鲜参刷洗分级与生晒参加工现场操作。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono", notes
    if f == "traffic_light":   # a 红黄绿 warning column; one make-up exam row capped at 60
        parts = [("仪容仪表", 10), ("入住接待", 40), ("行李服务", 30), ("沟通礼仪", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "预警", "备注"]], pad)]
        makeup = rec[23]
        for k, n in enumerate(rec):
            if n == makeup:
                v = [6, 20, 15, 11]
                tot, col, lab, note = "60（补）", "#c8a000", "●黄", "补考合格"
                notes[n] = "parts sum to 52; 总分 `60（补）`, 补考合格者总分按60分记 (explained)"
            else:
                v = part_scores(rng, parts, 0.6, 0.97)
                tot = str(sum(v))
                col, lab = ("#1a7f2a", "●绿") if sum(v) >= 80 else ("#c8a000", "●黄")
                note = ""
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [tot, '<span style="color:%s">%s</span>' % (col, lab), note], pad))
        body = (head10(s, c, "学习任务考核记录（含学业预警）") + table(out) +
                "<p>预警说明：总分≥80为<span style=\"color:#1a7f2a\">●绿</span>，60～79为<span style=\"color:#c8a000\">●黄</span>，"
                "&lt;60为<span style=\"color:#c0201a\">●红</span>（须补考）。补考合格者总分按60分记，标注“（补）”。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf", notes
    if f == "rotation":   # four kitchen posts in rotation; every cell post + mark
        posts = ["砧板", "炉灶", "打荷", "冷菜"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "第一轮<br/>(25)", "第二轮<br/>(25)", "第三轮<br/>(25)", "第四轮<br/>(25)", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = [int(round(25 * rng.uniform(0.64, 0.96))) for _ in range(4)]
            tot = sum(v) + (10 if bad.get(n) == "sum" else 0)
            cells = ["%s %d" % (posts[(k // 10 + r) % 4], v[r]) for r in range(4)]
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核记录表（岗位轮换）") + table(out) +
                "<p>说明：每10人一组，依次轮换砧板、炉灶、打荷、冷菜四个岗位，每轮满分25分，格内为该轮所在岗位及得分；总分为四轮得分之和。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf", notes
    if f == "two_raters":   # two teachers mark independently; the final mark is their mean
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "教师甲评分<br/>(100)", "教师乙评分<br/>(100)", "最终成绩"]], pad)]
        for k, n in enumerate(rec):
            a = int(round(100 * rng.uniform(0.66, 0.95)))
            b = max(55, min(98, a + rng.randint(-6, 6)))
            fin = int((a + b) / 2 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(fin)], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out, width="80%") +
                "<p>说明：教师甲（%s）、教师乙（%s）按同一评分细则独立评分，最终成绩取两人评分的平均数，四舍五入取整。</p>" % (t[0], t[1]) + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf", notes
    if f == "rain_export":   # a 雨课堂 grade export, printed, signed, photographed
        parts = [("课堂习题", 30), ("课后作业", 20), ("实训考核", 50)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "班级", "课堂习题(30)", "课后作业(20)", "实训考核(50)", "总成绩"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, s["cls"]] + [str(x) for x in v] + [str(sum(v))], pad))
        body = ('<p style="color:#1d5fbf"><b>雨课堂</b>　·　班级成绩单导出</p><p>课程：%s　　班级：%s　　导出时间：2024-12-20 16:42</p>'
                '<p>学习任务：%s</p>' % (c["course"], s["cls"], c["task"]) + table(out) +
                "<p>任课教师签字：%s　　　　　%s</p>" % (hand("、".join(t[:2]), True, BLACK), s["school"]))
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:photo:magnifier", notes
    if f == "max_row2":   # maxima on a second head row 分值
        parts = [("脚本策划", 20), ("场控执行", 30), ("场记与复盘", 30), ("客服", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>分值</b>", ""] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "%d组" % (1 + k % 7)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True), "pdf", notes
    if f == "zebra_foot":   # zebra rows, the maxima (配分) in a row at the foot
        parts = [("识图与选型", 15), ("安装工艺", 20), ("接线工艺", 20), ("参数设置", 20), ("调试运行", 15), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad, bg="#d9d9d9")]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 26
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad, bg="#ececec" if k % 2 else None))
        out.append(trow(["", "", "<b>配分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad, bg="#d9d9d9"))
        body = head10(s, c, "学习任务考核成绩汇总表") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:staranise", notes
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
            if f == "drying_typed":   # 加工人 the student
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["批号", "FS-2409-%02d" % (11 + 3 * i + j), "加工人", n], ["班级", cl, "学号", sid],
                                  ["鲜重(kg)", "%.1f" % (25.0 + i), "干重(kg)", "%.2f" % ((25.0 + i) * 0.312)],
                                  ["复核", t[j % 2], "日期", day(s, 30 + i)]], width="90%") + "<p>备注：%s</p>" % desc)
            elif f == "guest_history":   # guest history cards: the guests, 建档人 the student
                for g, (guest, nat, pref) in enumerate([(s["others_named"][0], "中国（延边）", "高楼层、远离电梯，早餐要辣白菜"),
                                                         (s["others_named"][1], "俄罗斯", "需英文／俄文服务，雪具寄存，荞麦枕")]):
                    parts.append('<h3>%s（%d）</h3>' % (title, g + 1) +
                                 tbl([["档案号", "KS-24%02d%02d" % (i + 1, g + 1), "宾客类别", "VIP" if g == 0 else "外宾"],
                                      ["宾客姓名", guest, "国籍／地区", nat], ["入住日期", "2024年12月%d日" % (28 + g), "房号", "%d%02d" % (8 + i, 6 + g)],
                                      ["偏好与特殊要求", (pref, ' colspan="3"')],
                                      ["建档人", "%s（%s）" % (n, cl), "审核", t[g % 2]]], width="92%") +
                                 "<p>学号：%s　　%s</p>" % (sid, desc))
            elif f == "dish_typed":   # 出品人
                parts.append('<h3>%s</h3>' % title + tbl([["出品人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "牛骨、牛杂" if j == 0 else "土鸡一只约1500克", "调料", "草果、花椒、藤椒油、红油"],
                                                          ["成品评价", desc, "评价人", "%s（主厨）" % s["others_named"][0] if j == 0 else t[1]]], width="90%"))
            elif f == "case_report":   # a case report on an elder
                elder = s["others_named"][i % 2]
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["个案姓名", elder, "性别／年龄", "%s／%d岁" % ("女" if i % 2 == 0 else "男", 78 + 3 * (i % 2))],
                                  ["旅居来源", "成都市" if i % 2 == 0 else "重庆市", "入住时间", "2024年7月"],
                                  ["跌倒风险评估", "Morse量表 %d分（高风险）" % (45 + 5 * i), "主要隐患", "卫生间无扶手、夜间照明不足"],
                                  ["改造建议", ("加装扶手、铺防滑垫、床边装感应夜灯、降低常用物品位置、马桶加增高垫", ' colspan="3"')],
                                  ["报告人", "%s（%s）" % (n, cl), "指导教师", t[i % 2]]], width="92%") +
                             "<p>学号：%s　　家属意见：同意，由公寓统一安装。　　%s</p>" % (sid, desc))
            elif f == "insulation_typed":   # test report, the fleet captain signs
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车辆编号", "EMS-GG%02d" % (7 + i), "车型", "十四座电动观光车"],
                                  ["检测员", "%s（%s）" % (n, cl), "复核", t[j % 2]],
                                  ["测量部位", "动力电池／电机控制器／高压线束", "测试电压", "500 V"],
                                  ["结论", (desc, ' colspan="3"')], ["车队确认", s["others_named"][0], "日期", day(s, 30 + i)]], width="92%"))
            elif f == "field_log":   # a live-stream field log; 场记 the student, the co-op head as host
                rows = [["时间码", "事件", "在线人数", "累计成交"], ["20:00", "开播，主播介绍产地", "%d" % (120 + 10 * i), "0"],
                        ["20:18", "上1号链接（原味礼盒）", "%d" % (460 + 20 * i), "%d" % (38 + i)],
                        ["20:41", "发福袋，客服答疑", "%d" % ((860, 1020)[j] - 7 * i), "%d" % (121 + 5 * i + 40 * j)],
                        ["21:30", "下播", "—", "%d" % (214, 302)[j]]]
                parts.append('<h3>%s</h3><p>主播：%s（合作社负责人）　　场控：%s　　场记：%s（%s）</p>' % (title, s["others_named"][0], t[j % 2], n, cl) +
                             tbl(rows, width="90%", bold=(0,)) + "<p>学号：%s　　小结：%s</p>" % (sid, desc))
            elif f == "commission_typed":   # 调试人 and the mill electrician as 监护人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["设备", "2号甘蔗输送带", "变频器", "22 kW"], ["调试人", "%s（%s）" % (n, cl), "监护人", "%s（糖厂电工）" % s["others_named"][0]],
                                  ["上限频率", "50 Hz", "加速时间", "15 s"], ["结论", (desc, ' colspan="3"')],
                                  ["学号", sid, "日期", day(s, 30 + i)]], width="92%"))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "label_diagram":   # label the diagram: a boxed sketch with numbered parts, answers by hand
        pages = []
        labels = ["动力电池包", "维修开关", "电机控制器", "驱动电机", "高压线束", "DC/DC变换器"]
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            nb = lambda x: td(x, ' align="center"', "4px", border="none")
            box = lambda x, h: td("%s%s%s" % ("<br/>" * h, x, "<br/>" * h), ' align="center"', "4px 10px")
            sketch = ('<table style="border-collapse:collapse" width="94%%"><tr>%s</tr><tr>%s</tr><tr>%s</tr></table>' % (
                box("①", 3) + nb("━━━") + box("②", 1) + nb("━━━") + box("③", 2) + nb("━━━") + box("④", 2),
                nb("") + nb("") + nb("") + nb("") + nb("┃") + nb("") + nb(""),
                nb("") + nb("┅┅┅┅ ⑤ ┅┅┅┅") + nb("") + nb("") + box("⑥", 1) + nb("") + nb("")))
            wrong = {0: "充电机", 1: "电动空调", 2: "车载充电器"}[i % 3]
            blanks = "".join("<p>%s＿%s＿%s</p>" % ("①②③④⑤⑥"[k], hand(labels[k] if k != 5 else wrong, True),
                                                 ("<span %s>×</span>" % RED) if k == 5 else "") for k in range(6))
            body = ('<h3 style="text-align:center">课后作业　填图题</h3><p>%s　%s　%s</p>' % (
                        "班级：" + hand(cl, True), "姓名：" + hand(n), "学号：" + hand(sid, True)) +
                    "<p>一、在下图方框中标出观光车高压系统各部件的名称。</p>" + sketch + blanks +
                    "<p>二、%s</p><p>%s</p><p %s>%s</p>" % (c["hw"][0][0][3:], hand(c["hw"][0][1][i % 3]), RED, mark(rng)) +
                    "<p %s>阅 %s %s</p>" % (RED, t[i % 2], day(s, 20 + i)[5:]))
            pages.append(body)
        write(os.path.join(d, "12.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
        return "12.html", html(PB.join(pages), "10.5pt"), "x-scanpdf:200:color"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "photo_magnifier":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　学号：%s　班级：%s" % (n, sid, cl)]
        elif f == "gray_hand":
            head = ["前厅接待课后作业", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "photo_name":
            head = ["川菜风味课后作业", "> %s　%s　%s" % (n, cl, sid)]
        elif f == "reflection":   # a reflection after a documentary, then the questions
            film = "纪录片《老去的温度》观后感"
            head = ["> " + film, "> 班级：%s　姓名：%s" % (cl, n), "",
                    "> " + ["片子里的奶奶一个人住，夜里起来上厕所摔了，两天后才被邻居发现。我想到公寓里的%s奶奶，她也说过夜里不想麻烦别人。" % s["others_named"][0],
                     "看完以后我最大的感受是，防跌倒不只是装扶手，更要让老人愿意开口求助。我们上门评估时，周爷爷一开始不愿意说自己摔过。",
                     "片中护理员蹲下来和老人说话，我觉得这个动作很重要。以后我照护老人时，也要先把老人当成朋友，再当成服务对象。"][i % 3],
                    "> 我打算把“三个半分钟”写成大字卡片，贴在老人床头。"]
        elif f == "mono_hand":
            head = ["变频调速课后作业", "姓名 %s　班级 %s　学号 %s" % (n, cl, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_magnifier": "x-photo:200:2:magnifier", "gray_hand": "x-scan:250:4", "photo_name": "x-photo:200:1",
            "reflection": "x-scan:250:4", "mono_hand": "x-scan:200:4:mono"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

FEMALE = set("菲曦涵琪欣怡婷玲雪娜静楠雯萌瑶妍蕊莹燕丽敏慧璇琳萍芝姆玛月悦婉洁丹倩茜秀若芷措菡棠萱")


def sex_of(n):
    return "女" if n[-1] in FEMALE else "男"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    hd = lambda xs: '<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in xs)
    if r == "job_fair":   # a job-fair sign-up list of the whole class
        posts = ["前厅", "客房", "餐饮", "康乐（雪场）"]
        hotels = ["长白山雪岭度假酒店", "松江河林海宾馆", "抚松参乡国际酒店", "露水河雪场公寓"]
        rows = [hd(["序号", "学号", "姓名", "性别", "意向岗位", "意向酒店", "本人签名"])]
        for j, n in enumerate(k):
            sig = hand(n, True, BLACK, "8.5pt")   # every student signs in the last column
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), posts[(j * 3) % 4], hotels[(j * 5 + 1) % 4], sig], "0px 4px"))
        body = ('<h2 style="text-align:center">%s跟岗实习双选会报名名单</h2><p style="text-align:center">%s　2024年11月</p>' % (s["cls"], s["school"]) +
                table(rows, width="96%") + "<p>班主任：%s　　招生就业办联系人：%s　　共%d人</p>" % (s["headteacher"], s["others_named"][3], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s双选会报名名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "origin":   # a name list with 生源地
        nine = {"泽仁拉姆": "甘孜州理塘县", "降央拉措": "甘孜州稻城县", "吉克·阿芝": "凉山州昭觉县", "阿西·木呷": "凉山州美姑县"}
        rows = [hd(["序号", "学号", "姓名", "性别", "生源地", "备注"])]
        extra9 = [n for n in k if n not in nine][:1]
        for j, n in enumerate(k):
            org = nine.get(n) or ("阿坝州红原县" if n in extra9 else ["乐山市峨眉山市", "乐山市夹江县", "眉山市洪雅县", "乐山市沙湾区"][j % 4])
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), org, "“9+3”" if (n in nine or n in extra9) else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2>' % (s["school"], s["cls"]) + table(rows, width="84%") +
                "<p>班主任：%s　　　共%d人（其中“9+3”学生5人）　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        s["_extra9"] = extra9
        return []
    if r == "plain":
        rows = [hd(["序号", "学号", "姓名", "性别", "备注"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s花名册</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="76%") + "<p>班主任：%s　　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-forty-second held-out people corpus (testdata/heldout142), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 142)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        m = sum(sex_of(n) == "男" for n in s["klass"])
        for key in ("form_count", "comment"):
            s[key] = s[key].replace("{M}", str(m)).replace("{F}", str(len(s["klass"]) - m))
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
        nm8, tx8, m8 = item8(s, c, items[8], d)
        nm10, tx10, m10, notes = item10(s, c, rec)
        nm11, tx11, m11 = item11(s, c, items[11], d)
        nm12, tx12, m12 = item12(s, c, items[12], d)
        for n, nm, tx, meth in ((8, nm8, tx8, m8), (10, nm10, tx10, m10), (11, nm11, tx11, m11), (12, nm12, tx12, m12)):
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
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": notes, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
