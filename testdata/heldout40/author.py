#!/usr/bin/env python3
"""Write the sources of the fortieth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 都匀
(Guizhou, 黔南布依族苗族自治州, a county-level city), 哈密 (Xinjiang,
prefecture-level) and 安康 (Shaanxi, prefecture-level).

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
# the truth files read for names, tasks and courses to avoid (heldout39..42 are written at the same time: not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 39)] + ["othertools"]

# surnames by region, repeated by their weight in a real class:
# 都匀 (Buyi and Shui families write 韦 罗 陆 莫 蒙 岑 班 …), 哈密 (Han 王 李 张 …, Hui 马, and a few
# Uyghur names below), 安康 (陈 王 李 …, the rare local 鲜 冉 汪)
SURNAMES = {   # surname: weight
    "dy": dict(韦=4, 罗=3, 王=3, 杨=3, 陈=3, 吴=2, 陆=2, 张=2, 李=2, 刘=2, 黄=2, 莫=1, 蒙=1, 岑=1, 石=1, 潘=1, 龙=1, 班=1),
    "hm": dict(王=4, 李=4, 张=3, 刘=3, 陈=3, 杨=3, 赵=2, 马=2, 孙=1, 周=1, 吴=1, 徐=1, 高=1, 何=1, 郭=1),
    "ak": dict(陈=5, 王=5, 李=4, 张=4, 刘=3, 杨=3, 周=2, 黄=2, 吴=1, 汪=1, 胡=1, 余=1, 邓=1, 唐=1, 谢=1, 鲜=0.5, 冉=0.5, 罗=1),
}
UY_GIVEN = "迪力夏提 阿依提拉 祖丽胡玛尔 穆合塔尔 如孜古丽 伊力哈木 阿曼古丽 买尔旦 热依汗 艾力江".split()
UY_FATHER = "吐尔逊 艾买提 阿不力孜 热西提 亚森 胡达拜尔迪 尼亚孜 克热木".split()
# given names: names given around 2007-2009
GIVEN2 = ("浩然 子涵 梓轩 欣怡 宇航 思雨 俊熙 诗涵 雨泽 可馨 浩宇 梦琪 子豪 佳怡 博文 语嫣 明轩 雨欣 家乐 若涵 天佑 紫涵 "
          "宏伟 婧怡 皓轩 嘉琪 睿哲 晨曦 志豪 雅琪 文博 欣然 奕辰 佳琪 振宇 艺涵 一鸣 思琪 泽宇 晓雯 建豪 子怡 世杰 梦瑶 "
          "永康 心怡 宇轩 静怡 伟杰 俊杰 鑫鹏 雨萱 凯文 楚涵 金龙 海燕 家豪 丽娜 旭东 慧敏 锦涛 雪莹 鹏飞 欣悦 俊豪 梦洁 "
          "宇杰 佳欣 梓涵 嘉豪 昊天 芷若 思远 雨彤 一帆 浩南 子墨 思彤 雨晴 佳豪 晓东 俊宇 文杰 梓豪 欣妍 雅婷 宇涵 "
          "少杰 海洋 天宇 佳乐 梦然 思颖 子健 俊逸 诗琪 紫萱 家铭 晓峰 天翔 昱辰 博宇 婉婷 佳慧 宏宇 嘉欣 晓燕 国豪 "
          "雨航 子轩 梓萱 逸飞 亚楠 俊凯 欣宇 星宇 美琪 家伟 晨阳 子龙 瑞琪 浩轩 宇宁 安琪 春阳 润泽 佳宁 明哲 嘉怡 "
          "铭轩 晓彤 思佳 子恒").split()
GIVEN1 = list("磊鑫杰婷悦洋涛倩")


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


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_one(rng, region, tries=400):
    """A surname (or a Uyghur name) by its weight first, then given names for it
    until one passes `ok`: a name refused does not change the surname mix."""
    sur = SURNAMES[region]
    if region == "hm" and rng.random() < 0.12:
        return [rng.choice(UY_GIVEN) + "·" + rng.choice(UY_FATHER) for _ in range(tries)]
    x = rng.choices(list(sur), weights=list(sur.values()))[0]
    return [x + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)) for _ in range(tries)]


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    given_seen = {x.split("·")[0] for x in names if "·" in x}
    while len(names) < n:
        for name in draw_one(rng, region):
            if "·" in name and name.split("·")[0] in given_seen:
                continue   # no two Uyghur students of one class share a given name
            if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
                continue
            names.append(name)
            if "·" in name:
                given_seen.add(name.split("·")[0])
            break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "gastrodia": dict(major="中药", code="1301", course="道地药材产地加工", task="乌天麻鲜品分级蒸制与切片干燥加工",
   hours=16, station="中药炮制与产地加工一体化学习工作站",
   situation="都匀周边山区的林下乌天麻到了采挖季节，一家中药材种植合作社收来一批鲜天麻，要按大小分级后蒸透、切片、烘干，做成统货和选货两种规格交给饮片厂。合作社请中药班学员按产地加工规范完成分级、清洗、蒸制、切片和低温干燥，记录每批的重量变化，并对成品做性状检查。",
   qs=[("问题1 鲜天麻为什么要先分级再蒸制？", ["大小不同的天麻蒸透所需时间不同，分级后同一锅蒸制时间一致，不会出现大个没蒸透、小个蒸过头。", "大小不同蒸的时间不同。", "分级后蒸得均匀。"]),
       ("问题2 怎样判断天麻已经蒸透？", ["对着光看断面没有白心，呈半透明角质样，用竹签能顺利扎透。", "断面没有白心。", "竹签能扎透。"])],
   hw=[("1. 天麻切片干燥时温度为什么不能太高？", ["温度太高表面很快结壳，里面水分出不来，容易发霉变色，有效成分也会损失。", "表面结壳里面不干。", "有效成分会损失。"]),
       ("2. 合格的天麻片性状是怎样的？", ["片形完整，黄白色半透明，质地坚实，断面角质样，气微，味甘。", "黄白色半透明。", "质地坚实，味甘。"])],
   outputs=[("鲜天麻分级记录", "特级二十八千克，一级四十一千克。"), ("蒸制加工记录", "每锅蒸制二十五分钟。"), ("干燥与成品检查记录", "折干率约百分之二十一。")]),
 "maojian": dict(major="电子商务", code="0603", course="农产品网店运营", task="都匀毛尖明前茶网店上新页面制作与订单发货处理",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="清明前都匀毛尖开采，一家茶企的网店要赶在三月底上新明前茶。运营主管请电商班学员拍摄整理茶叶图片，制作上新页面和规格说明，设置满减活动，上新后汇总订单、打印面单，按规格打包发货，并回复买家咨询。",
   qs=[("问题1 上新页面的规格说明要写清哪些内容？", ["产地、采摘时间、等级、净含量、包装方式、保质期和冲泡方法。", "产地、等级、净含量。", "保质期和冲泡方法。"]),
       ("问题2 满减活动的门槛怎样设定？", ["参考店铺客单价，门槛略高于客单价，让买家多买一件刚好够上。", "比客单价略高。", "多买一件刚好够。"])],
   hw=[("1. 茶叶打包发货要注意什么？", ["内袋密封防潮，外箱加缓冲材料，核对规格和数量后再贴面单。", "密封防潮。", "核对后贴面单。"]),
       ("2. 买家说茶叶颜色和图片不一样怎么回复？", ["先道歉，说明拍摄光线的影响，请买家拍照对比，确实有问题就退换。", "说明光线影响。", "有问题就退换。"])],
   outputs=[("明前茶上新页面设计稿", "主图突出一芽一叶。"), ("规格与价格设置表", "五十克、一百克、二百五十克三种规格。"), ("首周订单汇总与发货记录", "共发货三百零六单。")]),
 "airfilter": dict(major="汽车维修", code="0403", course="汽车发动机进排气系统检修", task="戈壁风沙工况越野车空气滤清器与进气管路检修",
   hours=16, station="汽车维修一体化学习工作站",
   situation="哈密一家越野车改装维修店接到几辆跑戈壁线路的越野车，车主反映加速无力、油耗升高。维修主管请汽修班学员检查空气滤清器和进气管路，判断滤芯堵塞和管路漏气的情况，更换滤芯和卡箍，清洗节气门，用诊断仪读取进气流量数据并路试验证。",
   qs=[("问题1 空气滤芯堵塞为什么会加速无力？", ["进气阻力变大，进入气缸的空气减少，混合气偏浓，燃烧不充分，动力下降。", "进气少，混合气偏浓。", "燃烧不充分。"]),
       ("问题2 进气管路漏气会有什么现象？", ["未经计量的空气进入，怠速不稳，发动机故障灯可能点亮，诊断仪显示混合气偏稀。", "怠速不稳。", "混合气偏稀。"])],
   hw=[("1. 风沙地区空气滤芯多久检查一次？", ["比一般地区缩短一半，每跑五千公里或每次长途戈壁行驶后检查清洁。", "五千公里检查一次。", "长途后检查。"]),
       ("2. 清洗节气门后为什么要做匹配？", ["清洗后节气门开度和原来学习的数值不一样，不匹配会怠速偏高或不稳。", "开度变了要重新学习。", "不然怠速不稳。"])],
   outputs=[("进气系统检查与诊断报告", "进气流量怠速时偏低。"), ("空气滤清器更换记录", "滤芯积尘严重，已更换。"), ("路试验证记录", "加速正常，故障码已清除。")]),
 "lamb": dict(major="烹饪(中式烹调)", code="0501", course="新疆风味菜肴制作", task="巴里坤清炖羊肉与手抓饭宴席出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="哈密一家餐厅承接了一场四十人的家庭宴席，主菜点了清炖羊肉和羊肉手抓饭。厨师长请烹饪班学员按宴席单做好原料验收和初加工，控制清炖的火候和撇沫，焖制手抓饭的米饭软硬，按出品标准装盘，并做好厨房卫生和留样。",
   qs=[("问题1 清炖羊肉为什么要冷水下锅？", ["冷水下锅升温慢，血水和杂质慢慢浸出，撇沫后汤色清亮，肉也不会一下子收紧变柴。", "血水慢慢出来。", "汤清，肉不柴。"]),
       ("问题2 焖手抓饭时加水量怎样掌握？", ["水面高出米面约一指节，米要提前泡，焖制时不能揭盖，最后翻拌均匀。", "水高出米一指节。", "焖时不揭盖。"])],
   hw=[("1. 宴席菜品为什么要留样？", ["每道菜留样一百克以上，冷藏四十八小时，出现食品安全问题时可以查明原因。", "出了问题可以查。", "冷藏四十八小时。"]),
       ("2. 羊肉初加工要去掉哪些部分？", ["去掉淋巴、筋膜和多余的肥油，骨头斩成均匀的块。", "去淋巴和筋膜。", "斩块均匀。"])],
   outputs=[("清炖羊肉制作记录", "小火炖制九十分钟。"), ("羊肉手抓饭制作记录", "胡萝卜切条，焖制四十分钟。"), ("宴席出品检查记录", "四十份按时出品。")]),
 "animation": dict(major="计算机动画制作", code="0306", course="三维角色动画制作", task="甜瓜节宣传短片卡通瓜娃角色骨骼绑定与行走动画制作",
   hours=18, station="数字动画制作一体化学习工作站",
   situation="哈密要办一场甜瓜节，主办方请一家动画工作室做一段三十秒的宣传短片，主角是一个卡通瓜娃。工作室请动画班学员在已有模型上完成骨骼创建和绑定、刷权重，做一段循环行走动画和挥手动作，渲染输出后交给剪辑组合成。",
   qs=[("问题1 骨骼绑定后为什么要刷权重？", ["自动绑定时每根骨骼影响的范围不准确，关节处会穿插或拉伸变形，要手动调整权重。", "关节处会变形。", "手动调整影响范围。"]),
       ("问题2 一个行走循环通常有哪几个关键姿势？", ["接触、下落、经过、上升四个姿势，左右脚各一遍组成一个循环。", "接触、下落、经过、上升。", "左右各一遍。"])],
   hw=[("1. 循环动画首尾为什么要完全一致？", ["首尾姿势和速度一致，循环播放时才不会跳帧或卡顿。", "循环时不跳帧。", "首尾一致。"]),
       ("2. 渲染输出前要检查哪些设置？", ["帧速率、分辨率、帧范围、输出格式和文件命名。", "帧速率和分辨率。", "输出格式和命名。"])],
   outputs=[("角色骨骼绑定与权重调整说明", "共创建骨骼二十六节。"), ("行走循环关键帧表", "二十四帧一个循环。"), ("渲染输出设置单", "分辨率一九二零乘一零八零。")]),
 "konjac": dict(major="机电一体化技术", code="0127", course="生产线电气控制系统装调", task="魔芋精粉生产线输送带变频调速系统装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="安康一家魔芋食品厂的精粉生产线要改造，原来的输送带只能定速运行，切片、烘干两道工序衔接不上。设备科请机电班学员按图纸安装变频器，连接PLC和变频器的控制线路，设置多段速参数，编写启停和调速程序，完成联机调试并填写调试记录。",
   qs=[("问题1 变频器为什么能调节电动机的转速？", ["电动机的转速和电源频率成正比，变频器改变输出频率就能改变转速。", "转速和频率成正比。", "改变输出频率。"]),
       ("问题2 多段速运行需要设置哪些参数？", ["运行模式、各段频率、加减速时间，以及多段速端子的功能。", "各段频率和加减速时间。", "端子功能。"])],
   hw=[("1. 变频器输出端为什么不能接电容？", ["输出是高频脉冲电压，接电容会产生很大的充放电电流，损坏变频器。", "会损坏变频器。", "充放电电流大。"]),
       ("2. 调试前要检查哪些安全项目？", ["接线是否牢固、接地是否可靠、急停是否有效、输送带上有无杂物。", "接地和急停。", "输送带上无杂物。"])],
   outputs=[("PLC程序打印清单", "启停和三段速程序。"), ("变频器参数设置表", "第一段速二十赫兹。"), ("联机调试记录", "三段速切换正常。")]),
 "wheelchair": dict(major="健康与社会照护", code="0529", course="老年人生活照护", task="日间照料中心偏瘫老人床椅转移与轮椅推行照护",
   hours=14, station="老年照护一体化学习工作站",
   situation="安康一个社区的日间照料中心新接收了几位脑卒中后一侧偏瘫的老人，每天要从床上转移到轮椅，再推到活动室参加康复活动。中心负责人请照护班学员评估老人的转移能力，在照护员指导下完成床椅转移和轮椅推行，上下坡和过门槛时注意安全，并向家属讲解防跌倒要点。",
   qs=[("问题1 偏瘫老人床椅转移时轮椅放在哪一侧？", ["放在老人健侧，与床成三十到四十五度角，刹好车闸，收起脚踏板。", "放在健侧。", "刹车，收脚踏板。"]),
       ("问题2 推轮椅下坡时应该怎样做？", ["照护员倒退着慢慢下坡，轮椅在前背向坡下，提醒老人抓好扶手。", "倒退下坡。", "提醒老人抓扶手。"])],
   hw=[("1. 转移前要评估老人哪些情况？", ["意识、健侧肢体力量、坐位平衡和配合程度。", "意识和健侧力量。", "坐位平衡。"]),
       ("2. 怎样向家属讲解防跌倒？", ["地面保持干燥，夜间留灯，转移时先刹车，老人起身要慢。", "地面干燥，夜间留灯。", "起身要慢。"])],
   outputs=[("健康宣教三折页", "防跌倒六要点。"), ("床椅转移操作记录", "转移顺利，用时两分钟。"), ("轮椅推行安全检查表", "车闸、轮胎、安全带完好。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="都匀市剑江技工学校", pack="dir", region="dy", course="gastrodia", cls="中药2401班", size=38, seed=11,
         sidp="24271301", students=["韦雨萱", "莫俊熙", "岑晓雯"], items={12: ["韦雨萱", "莫俊熙"]},
         extra_class=["蒙鑫鹏"], bad={"蒙鑫鹏": "over"}, teachers=["罗明芬", "韦国辉"], form_count="38人",
         f8="group_head", f10="grade_col", f11="process_typed", f12="cards",
         findings=[("records.invalid_score", 10, False, "蒙鑫鹏"), ("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 10 (scanned 250 dpi gray, the sheet lifted off the glass along one edge) is a plain register with an 等级 "
                 "column; 蒙鑫鹏 has 36 under `蒸制(30)` (总分 the sum): records.invalid_score. Item 12 (phone photos, barrel "
                 "lens distortion) holds the REVIEW CARDS (复习卡片, two index cards a student) of only TWO students, 韦雨萱 and "
                 "莫俊熙 (岑晓雯's are missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. "
                 "Item 8 (scanned 200 dpi gray, a graphite smear): a head table 班级 | 姓名 | 学号 | 组别 by hand. No roster"),
    dict(school="都匀市剑江技工学校", pack="dir", region="dy", course="maojian", cls="电商2403班", size=41, seed=12,
         sidp="24270603", students=["罗梓轩", "陆佳欣", "班嘉琪"], others_named=["龙廷贵"],
         teachers=["陆文军", "岑美兰"], form_count="41人", roster="plain_list", headteacher="吴启凤",
         f8="blank_line", f10="yunbanke", f11="design_credit", f12="exercise_book",
         findings=[],
         comment="clean. 班嘉琪 (a Buyi family name 班, the character of 班级) is one of the three. The tea company's contact "
                 "龙廷贵 on every worksheet and page design (not a student). Item 10 (TYPED) is a 云班课 (Mosoteach) grade "
                 "export: head lines of the app (班课号, 导出时间), parts 签到(10) 资源学习(20) 课堂活动(20) 测试(20) "
                 "小组任务(30), 总分 the sum; 41 rows = form `41人` = the typed roster (41, with 民族 布依族/水族/苗族/汉族 "
                 "and 职务)"),
    dict(school="哈密市伊州技工学校", pack="gbkzip", region="hm", course="airfilter", cls="汽修2401班", size=40, seed=21,
         sidp="2422040301", students=["王昊天", "迪力夏提·吐尔逊", "赵芷若"], outsiders={"赵芷若": "汽修2402班"},
         out_sidp="2422040302", extra_class=["孙志豪"], bad={"孙志豪": "below"}, others_named=["郭建军"],
         teachers=["张建新", "孙卫疆", "刘红卫"], form_count="40人",
         f8="cover_booklet", f10="plain_sex", f11="diag_report", f12="name_line_photo",
         findings=[("students.not_in_class", 8, True, "赵芷若"), ("records.invalid_score", 10, False, "孙志豪")],
         comment="赵芷若 of the parallel class 汽修2402班 (her class and 学号 on her booklet cover, typed diagnostic reports and "
                 "homework) is the third student of 8/11/12; item 10 (TYPED, 40 rows = form `40人`) has no record of her: "
                 "students.not_in_class. 孙志豪's 总分 is 6 BELOW the sum of his parts: records.invalid_score (typed, a 性别 "
                 "column). Item 8 (scanned 250 dpi gray, a graphite smear): a booklet cover per student before the "
                 "worksheet. Item 11: typed scan-tool reports, `操作员：<name>（<class>）`, the car owner 郭建军 named (not a "
                 "student). No roster"),
    dict(school="哈密市伊州技工学校", pack="gbkzip", region="hm", course="lamb", cls="烹饪2402班", size=39, seed=22,
         sidp="2422050102", students=["马宇杰", "何欣悦", "阿依提拉·艾买提"], extra_class=["马楚涵"], absent_from_10=["马楚涵"],
         teachers=["何志平", "马凤英"], form_count="39人", roster="health_cert", headteacher="周红霞",
         f8="morning_check", f10="group_col", f11="dish_typed", f12="hand_page",
         findings=[("records.missing_student", 10, False, "马楚涵"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生健康证办理登记表: 学号, 姓名, 性别, 体检日期, 健康证编号, 有效期至; 39) and the form "
                 "(`授课学生数 | 39人`) hold 马楚涵; item 10 (scanned 200 dpi gray, the sheet lifted off the glass) has 38 rows "
                 "and none for her: records.missing_student and records.count_mismatch. Item 8 (1-bit 200 dpi): a kitchen "
                 "MORNING-CHECK strip (厨房晨检记录) at the top, the student only as 受检人 (hand), the teacher as 检查人"),
    dict(school="哈密市伊州技工学校", pack="gbkzip", region="hm", course="animation", cls="动画2301班", size=36, seed=23,
         sidp="2322030601", students=["李金龙", "徐可馨", "杨振宇"], items={11: ["李金龙", "徐可馨", "高锦涛"]},
         extra_class=["高锦涛"], teachers=["徐立强", "王晓丹"], form_count="36人",
         f8="fillable", f10="two_row_head", f11="storyboard_typed", f12="name_line_photo2",
         findings=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED binding notes, key-frame tables and render sheets, `制作：<name>`) holds the work of 李金龙, "
                 "徐可馨 and classmate 高锦涛 (with an item-10 record) instead of 杨振宇's (items 8 and 12 hold the three): "
                 "students.mismatch. Item 8 (colour scan 200 dpi): a worksheet FILLED IN ON THE COMPUTER (typed answers in "
                 "light-blue form fields, name, class and 学号 in fields) and signed by hand (`学生签名`). Item 10 typed, "
                 "two-row head 过程考核/结果考核, 36 rows = form `36人`. No roster"),
    dict(school="安康市金州技工学校", pack="zip", region="ak", course="konjac", cls="机电2402班", size=42, seed=31,
         sidp="2461012702", students=["汪雨彤", "冉诗涵", "余家乐"], extra_class=["欧阳子豪", "鲜旭东"],
         absent_from_10=["鲜旭东"], bad={"欧阳子豪": "sum"}, teachers=["陈国栋", "余晓峰"], form_count="42人",
         f8="fax_line", f10="plain_remark", f11="ladder", f12="plain_photo",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "欧阳子豪")],
         comment="item 10 (TYPED) lists 41; the form says `机电2402班（42人）`: records.count_mismatch (no roster). 欧阳子豪 "
                 "(a compound surname) has a 总分 8 above the sum of his parts: records.invalid_score. Item 11: typed PLC "
                 "program printouts with the software's head `作者：<name>（<class>）`. No roster"),
    dict(school="安康市金州技工学校", pack="zip", region="ak", course="wheelchair", cls="照护2401班", size=37, seed=32,
         sidp="2461052901", students=["胡雅琪", "唐婧怡", "邓雨泽"], items={8: ["胡雅琪", "唐婧怡", "邓雨泽", "谢佳怡"]},
         extra_class=["谢佳怡"], others_named=["柯玉珍"], teachers=["唐丽华", "邓建平"], form_count="37人",
         f8="corner_box", f10="max_row", f11="leaflet", f12="hand_page2",
         findings=[("students.count", 8, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 dpi gray, a graphite smear) holds the worksheets of FOUR students: the three and classmate "
                 "谢佳怡 (with an item-10 record): students.count on 8; students.mismatch optional. The elderly client 柯玉珍 "
                 "named on every worksheet (not a student). Item 11: typed LANDSCAPE tri-fold health leaflets, the author "
                 "credit `编写：<name>　<class>` on the back panel. Item 10 typed with a `满分` row, 37 rows = form. No roster"),
]

PROVINCE = {1: "贵州省黔南布依族苗族自治州都匀市", 2: "新疆维吾尔自治区哈密市", 3: "陕西省安康市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 都匀: "8-工作页.pdf"
        return "%d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 哈密: "第8项 工作页.pdf"
        return "第%d项 %s.pdf" % (n, NAMES[n])
    return "（%d）%s-%s.pdf" % (n, NAMES[n], s["cls"])   # 安康: "（8）工作页-机电2402班.pdf"


def form_name(s, c):
    return {1: ("工学一体化优质课堂申报书-%s.docx" % c["major"].split("(")[0], "docx"),
            2: ("附件2 申报书（%s）.pdf" % c["course"], "pdf"),
            3: ("%s优质课堂申报书.docx" % c["task"][:8], "docx")}[grp(s)]


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
    trs = [["序号", "姓名", "职称", "分工", "是否获得一体化教师培训证书"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师", "是" if i < 2 else "否"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 都匀: two columns 项目 | 内容, 班级人数 38人
        rows = [("项　目", "内　容"), ("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学　　时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P, bold=(0,))
    elif g == 2:   # 哈密: four columns, 授课学生数
        rows = [[("专业名称", c["major"]), ("专业编码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("授课学生数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    else:   # 安康: class and size in one cell
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级（人数）", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>专业名称：{major}　　专业编码：{code}</p><p>申报单位：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、教学组织</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、检查控制、评价反馈组织：学生领取任务后分组查资料、拟订计划，教师审核后实施，教师巡回指导、把控质量和安全，最后各组展示成果，开展自评、互评和教师评价。</p>
<h3>五、建设成果</h3><p>学习任务来自{prov}合作企业的真实工作，学生的专业能力和职业素养都有明显提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        major=c["major"], code=c["code"], school=s["school"], lead=t[0], d=3 + s["seed"] % 23, info=info,
        tm=tbl(trs, width="92%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}企业岗位要求转化。\n二、学习任务\n本学期实施“{task}”，{hours}学时。\n三、考核\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施、检查验收、评价总结。",
    3: "{school}\n{task}教学活动策划\n学习活动1　接受任务，获取信息\n学习活动2　制定计划，做出决策\n学习活动3　实施计划，检查控制\n学习活动4　展示评价，总结反馈",
    4: "{school}\n{course}教学进度计划（共{hours}学时）\n第1周　接受任务，获取信息\n第2周　制定与审核计划\n第3周　实施任务\n第4周　检查验收，评价总结",
    5: "{school}\n{task}教学活动方案\n第1学时　情境导入，发布任务\n第2-4学时　引导问题学习\n其余学时　分组实施，巡回指导，展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为信息资讯区、计划决策区、实施操作区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核由过程考核和结果考核组成，成绩由任课教师填入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 7 + k * 5) % 26)


def answers(c, rng, i, ink=BLUE, typed=False):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        ans = ('<table width="100%%" style="border-collapse:collapse"><tr><td style="background:#dde8f5;border:0.5pt solid #7a9cc6;'
               'padding:3px 5px">%s</td></tr></table>' % a[k]) if typed else hand(a[k], ink=ink)
        out += '<p><b>%s</b></p>%s<p %s>%s</p>' % (q, ans if typed else "<p>%s</p>" % ans, RED, mark(rng))
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
    sit = "<p><b>【学习情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅教师：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "group_head":   # a head table 班级 | 姓名 | 学号 | 组别 by hand
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "组别", hand("第%d组" % (i % 3 + 2), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 姓名：＿ 学号：＿ 班级：＿ on blanks; the tea company's contact in the task
            head = '<p>姓名：＿%s＿　学号：＿%s＿　班级：＿%s＿</p>' % (hand(n), hand(sid[-2:], True), hand(cl, True))
            body = (title + head + '<p>合作企业：都匀某茶业有限公司　　企业联系人：%s（网店运营主管）</p>' % s["others_named"][0]
                    + sit + answers(c, rng, i) + comment)
        elif f == "cover_booklet":   # a cover per student, then the worksheet
            cover = ('<p style="text-align:center;font-size:13pt">%s</p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<p style="text-align:center;font-size:28pt"><b>学生工作页</b></p><p style="text-align:center">（%s）</p><p>&nbsp;</p>'
                     '<table width="78%%" align="center">%s</table><p>&nbsp;</p><p style="text-align:center">%s</p>'
                     % (s["school"], c["course"], "".join('<tr><td width="30%%" style="font-size:14pt;padding:10px">%s</td>'
                                                          '<td style="border-bottom:1pt solid #000;padding:10px">%s</td></tr>' % (a, b)
                                                          for a, b in [("学习任务：", c["task"][:10] + "…"),
                                                                       ("班　　级：", hand(cl)), ("姓　　名：", hand(n)),
                                                                       ("学　　号：", hand(sid)), ("指导教师：", "、".join(t[:2]))]),
                        "2024—2025学年第一学期"))
            body = cover + PB + title + '<p>车辆：越野车（%d号工位）　　日期：%s</p>' % (3 + i, day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "morning_check":   # a kitchen morning-check strip: the student only as 受检人
            strip = tbl([[("<b>厨房晨检记录</b>　　%s" % day(s, i), ' colspan="6"')],
                         ["受检人", hand(n, True), "体温", hand("36.%d℃" % (4 + i), True), "手部伤口", hand("无", True)],
                         ["指甲", hand("已修剪", True), "工服帽子", hand("整洁", True), "检查人", hand(t[1], True, BLACK)]],
                        width="100%", pad="3px 4px")
            body = strip + title + '<p>班级：%s　　学号：%s</p>' % (hand(cl, True), hand(sid, True)) + sit + answers(c, rng, i) + comment
        elif f == "fillable":   # a worksheet filled in on the computer, then signed by hand
            fld = lambda x: '<span style="background:#dde8f5;border:0.5pt solid #7a9cc6">&nbsp;%s&nbsp;</span>' % x
            head = tbl([["姓　名", fld(n), "班　级", fld(cl)], ["学　号", fld(sid), "完成日期", fld(day(s, i)[5:])]], width="100%", pad="4px 6px")
            body = (title + '<p style="font-size:9pt;color:#555">（本工作页可在电脑上填写后打印，灰蓝色框为填写区）</p>' + head + sit
                    + answers(c, rng, i, typed=True) + '<p>学生签名：%s　　　　%s</p>' % (hand(n), comment.replace("<p>", "").replace("</p>", "")))
        elif f == "fax_line":   # 姓名：＿ 班级：＿ 学号：＿ on blanks
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right; the client named
            box = ('<table width="100%%"><tr><td></td><td width="42%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = (box + title + '<p>班级：%s　　照护对象：%s（78岁，左侧偏瘫）　　%s</p>' % (cl, s["others_named"][0], day(s, i))
                    + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    per = 2 if f == "cover_booklet" else 1
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": per * len(names), "sheets_per_student": per, "items": []}, ensure_ascii=False, indent=1))
    meth = {"group_head": "x-scanpdf:200:smudge", "blank_line": "x-scanpdf:200:color", "cover_booklet": "x-scanpdf:250:smudge",
            "morning_check": "x-scanpdf:200:mono", "fillable": "x-scanpdf:200:color", "fax_line": "x-scanpdf:250",
            "corner_box": "x-scanpdf:200:smudge"}[f]
    font = {"cover_booklet": "Noto Sans CJK SC", "fillable": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


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
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"


def sex(n):
    return "女" if n.split("·")[0][-1] in "萱雯欣琪涵怡瑶雨婷悦倩娜敏莹洁彤若嫣馨琳燕" or n.split("·")[0] in ("阿依提拉", "祖丽胡玛尔", "如孜古丽", "阿曼古丽", "热依汗") else "男"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教研室主任：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "grade_col":   # a plain register with an 等级 column
        parts = [("任务准备", 10), ("分级", 20), ("蒸制", 30), ("切片干燥", 30), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            if bad.get(n) == "over":
                v[2] = 36
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:lift"
    if f == "yunbanke":   # a 云班课 grade export
        parts = [("签到", 10), ("资源学习", 20), ("课堂活动", 20), ("测试", 20), ("小组任务", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.65, 1.0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = ('<p style="color:#1f8ad2"><b>蓝墨云班课</b>　·　班课成绩导出（已按百分制折算）</p>'
                '<p>班课名称：%s（%s）　　班课号：6347218　　教师：%s</p><p>学习任务：%s　　导出时间：2024-12-27 16:42　　成员数：%d</p>'
                % (c["course"], s["cls"], t[0], c["task"], len(rec)) + table(out) +
                "<p>说明：各项由班课经验值按权重折算为分数，总分＝各项之和。</p><p>任课教师确认：%s　　%s</p>" % (t[0], day(s, 12)))
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_sex":   # a plain Word table with a 性别 column
        parts = [("安全防护", 10), ("故障诊断", 30), ("部件更换", 30), ("路试验证", 20), ("6S管理", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (6 if bad.get(n) == "below" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n, sex(n)] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "group_col":   # a register with a 组别 column
        parts = [("原料加工", 20), ("清炖羊肉", 30), ("手抓饭", 30), ("卫生留样", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "第%d组" % (k // 7 + 1)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:lift"
    if f == "two_row_head":   # 过程考核 / 结果考核 over their parts
        parts = [("出勤", 10), ("课堂表现", 15), ("工作页", 15), ("骨骼绑定", 25), ("行走动画", 25), ("渲染输出", 10)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>结果考核（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_remark":   # a plain Word table with a 备注 column
        parts = [("电路安装", 25), ("参数设置", 20), ("程序编写", 25), ("联机调试", 20), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            note = {3: "组长", 13: "组长", 24: "组长", 35: "组长"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), note], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "max_row":   # a 满分 row under the head
        parts = [("转移评估", 15), ("床椅转移", 35), ("轮椅推行", 30), ("沟通宣教", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

LADDER = ["  X000     X001                                    ",
          "──┤ ├──┬──┤/├──────────────────────────( Y000 )── 输送带运行",
          "  Y000 │",
          "──┤ ├──┘",
          "  X002     Y000",
          "──┤ ├──────┤ ├────────────────────────( Y001 )── 第一段速",
          "  X003     Y000",
          "──┤ ├──────┤ ├────────────────────────( Y002 )── 第二段速",
          "  X004     Y000",
          "──┤ ├──────┤ ├────────────────────────( Y003 )── 第三段速",
          "──────────────────────────────────────[ END ]"]


def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    if f == "leaflet":   # a landscape tri-fold leaflet a student, the credit on the back panel
        parts = []
        for i, n in enumerate(names):
            p1 = ('<p style="font-size:13pt;color:#2c6e49"><b>防跌倒，我们一起来</b></p><p>—— 给偏瘫老人家属的小提示</p>'
                  + "".join("<p>%d. %s</p>" % (k + 1, x) for k, x in enumerate(["地面保持干燥，浴室铺防滑垫。", "夜间留一盏小夜灯。",
                                                                               "起身做到三个半分钟。", "轮椅转移前先刹车。", "穿防滑、合脚的鞋。",
                                                                               "常用物品放在健侧伸手可及处。"])))
            p2 = ('<p style="font-size:12pt"><b>床椅转移五步法</b></p>' + "".join("<p>第%s步　%s</p>" % (a, b) for a, b in
                  [("一", "轮椅放健侧，成三十到四十五度"), ("二", "刹车，收起脚踏板"), ("三", "老人坐到床边，双脚着地"),
                   ("四", "照护员护住患侧膝部，协助站起"), ("五", "以健侧脚为轴转身坐下")]) + "<p>（图：转移示意）</p>")
            p3 = ('<p style="font-size:16pt;text-align:center"><b>%s</b></p><p style="text-align:center">日间照料中心 · 家属课堂</p>'
                  '<p>&nbsp;</p><p>&nbsp;</p><p>咨询电话：0915-32xxxxx</p><p>&nbsp;</p><p style="font-size:9pt">编写：%s　%s</p>'
                  '<p style="font-size:9pt">指导教师：%s　　%s</p>' % (c["outputs"][0][1].replace("。", ""), n, cls_of(s, n), t[i % 2], day(s, 30 + i)[:8]))
            parts.append('<table width="100%%" style="border-collapse:collapse"><tr>%s</tr></table>' % "".join(
                '<td width="33%%" valign="top" style="border-right:0.5pt dashed #999;padding:6px 10px">%s</td>' % x for x in (p1, p2, p3)))
        return "11.html", html(PB.join(parts), "10pt", font="Noto Sans CJK SC", page="size:29.7cm 21cm;margin:1.2cm 1.2cm"), "pdf"
    if f == "ladder":   # PLC program printouts with the software's head
        parts = []
        for i, n in enumerate(names):
            io = tbl([["输入", "说明", "输出", "说明"], ["X000", "启动按钮SB1", "Y000", "变频器STF正转"], ["X001", "停止按钮SB2", "Y001", "RL低速"],
                      ["X002", "一段速选择", "Y002", "RM中速"], ["X003", "二段速选择", "Y003", "RH高速"], ["X004", "三段速选择", "", ""]], width="70%")
            parts.append('<p style="font-family:\'DejaVu Sans Mono\';font-size:8.5pt">工程名：MOYU_BELT_%02d　　PLC类型：FX3U　　作者：%s（%s）<br/>'
                         '打印日期：2024/11/%02d 15:%02d　　　　　　　　　　　　页 1/1</p><hr/>' % (i + 1, n, cls_of(s, n), 12 + i, 7 + 11 * i) +
                         "<h3>%s</h3><p>一、I/O分配表</p>" % c["outputs"][0][0] + io + "<p>二、梯形图</p>" +
                         '<pre style="font-family:\'DejaVu Sans Mono\';font-size:9pt">%s</pre>' % "\n".join(LADDER) +
                         "<p>三、说明：%s　　审核：%s</p>" % (c["outputs"][0][1], t[i % 2]))
            parts.append("<h3>%s</h3><p>设置人：%s　　班级：%s</p>" % (c["outputs"][1][0], n, cls_of(s, n)) +
                         tbl([["参数", "名称", "设定值"], ["Pr.1", "上限频率", "50 Hz"], ["Pr.4", "高速(RH)", "%d Hz" % (45 + i)],
                              ["Pr.5", "中速(RM)", "35 Hz"], ["Pr.6", "低速(RL)", "20 Hz"], ["Pr.7", "加速时间", "3 s"], ["Pr.79", "运行模式", "2"]], width="70%"))
        return "11.html", html(PB.join(parts), "10pt", font="Noto Sans CJK SC"), "pdf"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "process_typed":   # processing records: 加工人 and 复核
                parts.append('<h3>%s</h3>' % title + tbl([["加工人", n, "班级", cl], ["批次", "TM-2410-%02d" % (i * 3 + j + 1), "复核", t[j % 2]],
                                                          ["项目", "数值", "单位", "备注"], ["鲜品重量", "%d" % (86 + 3 * i + j), "kg", ""],
                                                          ["成品重量", "%.1f" % (18.1 + 0.6 * i + j), "kg", ""]], width="90%") + "<p>记录：%s</p>" % desc)
            elif f == "design_credit":   # page design sheets with a credit line; the company's contact
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["模块", "内容", "说明"], ["首屏主图", "明前茶一芽一叶特写", desc], ["卖点", "都匀毛尖 · 明前头采", "茶企确认：%s" % s["others_named"][0]],
                                  ["规格", "50g / 100g / 250g", "礼盒另售"]], width="90%") +
                             "<p style=\"text-align:right\">设计：%s（%s）　　%s</p>" % (n, cl, day(s, 30 + i)))
            elif f == "diag_report":   # scan-tool diagnostic reports: 操作员 and the car owner
                parts.append('<h3 style="text-align:center">车辆诊断报告</h3><p style="font-size:9pt">诊断设备：X-431 PRO　　软件版本 V%d.%02d</p>' % (4 + j, 10 + i) +
                             tbl([["报告编号", "HM%04d%02d" % (1107 + i, j + 1), "诊断时间", "2024-11-%02d 10:%02d" % (4 + i, 12 + 9 * j)],
                                  ["车型", "越野车 2.7L", "VIN", "LVVDB21B%dKD0%05d" % (i, 41730 + i * 7 + j)],
                                  ["车主", s["others_named"][0], "里程", "%d km" % (128400 + 3100 * i)],
                                  ["操作员", "%s（%s）" % (n, cl), "审核", t[j % 2]]], width="96%") +
                             "<p><b>%s</b></p>" % title +
                             tbl([["数据流", "实测", "参考"], ["进气流量(怠速)", "%.1f g/s" % (2.1 + 0.2 * j), "2.5-4.0 g/s"],
                                  ["节气门开度", "%.1f %%" % (3.2 + 0.3 * i), "2.0-5.0 %"], ["长期燃油修正", "+%d %%" % (9 - 3 * j), "±10 %"]], width="80%") +
                             "<p>结论：%s</p>" % desc)
            elif f == "dish_typed":   # dish records: 制作人
                parts.append('<h3>%s</h3><p>制作人：%s　　班级：%s　　日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["原料", "用量", "要点"], ["羊肋排", "1500 g", "冷水下锅"], ["洋葱", "200 g", "切块"], ["盐", "15 g", "出锅前放"]], width="80%") +
                             "<p>[ 作品照片 ]</p><p>小结：%s　　评价：%s</p>" % (desc, t[j % 2]))
            elif f == "storyboard_typed":   # binding notes, key-frame tables, render sheets: 制作
                parts.append('<h3>%s</h3><p>制作：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["项目", "设置", "备注"], ["骨骼数量", "26", "含面部控制器"], ["循环帧数", "24", "每秒24帧"],
                                  ["渲染器", "Arnold", "1920×1080"]], width="84%") + "<p>说明：%s　　审核：%s</p>" % (desc, t[j % 2]))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "cards":   # two review cards a student, photographed together
        pages = []
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            cards = []
            for qi, (q, a) in enumerate(c["hw"]):
                cards.append('<table width="82%%" align="center" style="border-collapse:collapse;border:1.2pt solid #8a6d3b;background:#fffdf3">'
                             '<tr><td style="border-bottom:1pt solid #c9a66b;padding:6px 10px;color:#8a6d3b">复习卡片　No.%d　　%s</td></tr>'
                             '<tr><td style="padding:8px 10px;height:7cm;vertical-align:top"><p><b>%s</b></p><p>%s</p><p>&nbsp;</p><p %s>%s</p></td></tr></table><p>&nbsp;</p>'
                             % (qi + 1, hand("%s　%s　%s" % (cl, n, sid[-2:]), True), q, hand(a[(i + qi + 1) % 3]), RED, mark(rng)))
            pages.append("".join(cards) + '<p style="text-align:right" %s>阅 %s</p>' % (RED, day(s, 20 + i)[5:]))
        return "12.html", html(PB.join(pages), "11pt", font="Noto Sans CJK SC"), "x-scanpdf:200:color:photo:barrel"
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
                    "> 学号：%s" % sid[-2:], "----", "%s　课后作业" % c["task"][:8]]
        elif f in ("name_line_photo", "name_line_photo2"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "hand_page":
            head = ["课后作业", "%s　%s号　%s" % (cl, sid[-2:], n)]
        elif f == "plain_photo":
            head = ["课后作业（变频调速）", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_page2":
            head = ["%s　课后练习" % c["course"], "姓名：%s　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"exercise_book": "x-photo:200:1:barrel", "name_line_photo": "x-photo:200:2", "hand_page": "x-scan:250:4",
            "name_line_photo2": "x-photo:200:1:barrel", "plain_photo": "x-photo:200:1", "hand_page2": "x-scan:250:3:lift"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def nation(s, n, j):
    if "·" in n:
        return "维吾尔族"
    if s["region"] == "dy":
        return {0: "布依族", 1: "汉族", 2: "苗族", 3: "汉族", 4: "水族", 5: "布依族", 6: "汉族"}[j % 7] if n[0] not in "韦班岑蒙莫" else (
            "水族" if n[0] == "蒙" else "布依族")
    return "回族" if n[0] == "马" else "汉族"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "plain_list":   # a plain typed 学生名单
        rows = [["序号", "学号", "姓名", "性别", "民族", "职务"]]
        duty = {1: "班长", 8: "团支书", 14: "学习委员", 22: "劳动委员", 30: "文娱委员"}
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex(n), nation(s, n, j), duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="88%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　全班共%d人　　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "health_cert":   # the class's food-handler health certificates
        rows = [["序号", "学号", "姓名", "性别", "体检日期", "健康证编号", "有效期至", "备注"]]
        for j, n in enumerate(k):
            dd = "2024-09-%02d" % (10 + j % 3)
            rows.append([str(j + 1), sid_of(s, n), n, sex(n), dd, "6522%02d%06d" % (rr.randint(1, 9), rr.randint(0, 999999)),
                         "2025-09-%02d" % (9 + j % 3), ""])
        body = ('<h2 style="text-align:center">%s学生健康证办理登记表</h2><p style="text-align:center">%s　　（烹饪专业学生上岗实训前须持有效健康证）</p>'
                % (s["cls"], s["school"]) + tbl(rows, width="100%", pad="1px 3px", bold=(0,)) +
                "<p>班主任：%s　　应办%d人，已办%d人　　体检单位：哈密市伊州区疾病预防控制中心</p>" % (s["headteacher"], len(k), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.0cm"))
        man.append("roster.html\t%s学生健康证办理登记表.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Fortieth held-out people corpus (testdata/heldout40), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad_names = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad_names:
        raise SystemExit("stand in an earlier corpus, rename: %s" % " ".join(bad_names))
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
        rng = random.Random(s["seed"] * 7919 + 40)
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
        fct = {1: "班级人数 | %s" % s["form_count"], 2: "授课学生数 | %s" % s["form_count"],
               3: "授课班级（人数） | %s（%s）" % (s["cls"], s["form_count"])}[grp(s)]
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
