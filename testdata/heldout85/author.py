#!/usr/bin/env python3
"""Write the sources of the eighty-fifth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 耒阳
(Hunan, 衡阳), 樟树 (Jiangxi, 宜春) and 什邡 (Sichuan, 德阳).

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
# the truth files read for names, tasks and courses to avoid (heldout86 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 85)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 耒阳 (湘南 families: 刘 谢 李 王 伍 资 曹 梁 贺 罗 陈 徐 周 黄 邓
# 廖 谷, 资 being almost a 耒阳 name), 樟树 (赣中 families: 黄 杨 刘 李 胡 熊 聂 晏 邹 饶 涂 付 吴 王 张 陈 傅 敖),
# 什邡 (川西 families: 王 李 张 刘 陈 杨 何 罗 周 黄 吴 谢 曾 蒋 袁 钟 廖 赖 彭 唐 邓 代 税 蒲)
SURNAMES = {
    "ly": list("刘刘刘谢谢谢李李王王伍伍资资曹曹徐梁梁贺罗罗陈陈周黄邓廖谷"),
    "zs": list("黄黄黄杨杨刘刘李李胡胡熊熊聂聂晏邹饶涂付吴王王张陈傅敖"),
    "sf": list("王王王李李张张刘刘陈陈杨何何罗周黄吴谢曾蒋袁钟廖赖彭唐邓代税蒲"),
}
# given names: a new list, everyday names of students born around 2008-2009
GIVEN2 = ("子涵 欣怡 梓轩 宇涵 浩然 雨涵 佳豪 诗涵 俊杰 思涵 宇杰 紫涵 梦婷 俊宇 家俊 嘉豪 文静 雅琪 思雨 梓豪 "
          "欣雨 浩杰 佳乐 子怡 铭轩 雨轩 思宇 嘉欣 晨曦 可欣 博宇 宇豪 锦涛 智勇 俊凯 雪婷 婉婷 海涛 梦雪 晓燕 "
          "志强 鑫宇 俊鹏 文轩 雅欣 梓琪 俊辉 志鹏 亦凡 嘉琪 慧敏 雨菲 芷若 若涵 家乐 天宇 乐天 子睿 思睿 书涵 "
          "梓欣 雨晴 芊芊 晨阳 睿哲 宏宇 凯瑞 振豪 泽林 芷涵 婧怡 雅雯 心悦 一帆 逸飞 文韬 志宏 洪涛 俊峰 子龙 "
          "嘉伟 伟豪 晓峰 建涛 海波 湘宇 湘怡 玉婷 美玲 丽萍 春燕 秋月 桂英 小雨 小龙 金鹏 国豪 永杰 世豪 "
          "佳欣").split()
GIVEN1 = list("杰琪涛燕鹏婷浩欣")
MALE = set(("梓轩 浩然 佳豪 俊杰 宇杰 俊宇 家俊 嘉豪 梓豪 浩杰 佳乐 铭轩 雨轩 思宇 博宇 宇豪 锦涛 智勇 俊凯 海涛 志强 鑫宇 "
            "俊鹏 文轩 俊辉 志鹏 亦凡 家乐 天宇 乐天 子睿 晨阳 睿哲 宏宇 凯瑞 振豪 泽林 一帆 逸飞 文韬 志宏 洪涛 俊峰 "
            "子龙 嘉伟 伟豪 晓峰 建涛 海波 湘宇 小龙 金鹏 国豪 永杰 世豪 杰 涛 鹏 浩 思睿 博文 国强 建国").split())


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


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


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
 "charge": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车充电系统检修", task="城乡配送纯电动厢式货车交流慢充无法充电故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="耒阳一家城乡物流公司的纯电动厢式配送车晚上接上充电桩后，仪表显示充电枪已连接，但十几分钟后仍没有开始充电。车队队长请新能源班学员接车问诊，做好高压安全防护，检测充电枪的CC、CP信号和车载充电机的输入输出，找到故障点后修复，并做充电试验和竣工检验。",
   qs=[("问题1 检修高压系统前要做哪些安全防护？", ["穿戴绝缘手套和绝缘鞋，断开低压蓄电池负极，拔下维修开关并等待五分钟以上，用万用表验电确认无电。", "戴绝缘手套，拔维修开关，验电。", "断电后等五分钟再验电。"]),
       ("问题2 CC信号和CP信号分别说明什么？", ["CC是充电连接确认，判断充电枪有没有插好；CP是控制导引，充电桩用它告诉车辆能提供多大电流。", "CC判断枪插好没有，CP传递电流大小。", "CC连接确认，CP控制导引。"])],
   hw=[("1. 车载充电机的作用是什么？", ["把充电桩送来的220伏交流电转换成直流电，给动力电池充电。", "交流变直流，给电池充电。", "把交流电变成直流电。"]),
       ("2. 充电试验要记录哪些数据？", ["充电开始时间、充电电流和电压、电池温度、电量变化，满电后能否自动停止。", "电流、电压和电池温度。", "能不能自动停止。"])],
   outputs=[("充电系统检测记录", "CP占空比正常，车载充电机输入端熔断器烧断。"), ("维修竣工检验单", "更换熔断器后充电正常。")]),
 "tofu": dict(major="烹饪(中式烹调)", code="0501", course="湘菜热菜制作", task="耒阳油豆腐酿肉与坛子菜家宴出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="耒阳城区一家土菜馆接到一桌十二人的寿宴预订，客人点名要油豆腐酿肉和几样坛子菜。土菜馆主厨请烹饪班学员按标准菜谱备料，调制肉馅，把油豆腐酿好后蒸制和焖烧，搭配剁辣椒、酸豆角等坛子菜出品，控制上菜节奏，并请客人填写意见卡。",
   qs=[("问题1 油豆腐酿肉的肉馅怎样调制？", ["三分肥七分瘦的猪肉剁碎，加盐、姜末、葱花和少量清水顺一个方向搅上劲，这样酿进去不散。", "肥三瘦七，顺一个方向搅上劲。", "加姜末葱花搅上劲。"]),
       ("问题2 坛子菜为什么要用清洁无油的筷子夹取？", ["坛子里进了生水和油，坛子菜会长白花、变质发臭，整坛都要倒掉。", "进了油和生水会变质。", "会长白花。"])],
   hw=[("1. 酿好的油豆腐为什么要先蒸再焖？", ["先蒸让肉馅熟透定型，再下锅加高汤焖烧，油豆腐吸饱汤汁，口感软糯。", "先蒸定型，再焖入味。", "吸饱汤汁。"]),
       ("2. 家宴上菜的顺序怎样安排？", ["先冷菜，再热菜，主菜在中间上，汤和主食最后，坛子菜随时补。", "先冷后热，主菜居中。", "汤和主食最后上。"])],
   outputs=[("油豆腐酿肉出品记录", "出菜十五分钟，色泽金黄。"), ("顾客意见卡", "口味偏咸，下次少放盐。")]),
 "drawer": dict(major="中药", code="1301", course="中药调剂技术", task="樟树药材交易会饮片药斗装斗与调剂复核",
   hours=16, station="中药调剂一体化学习工作站",
   situation="每年秋天樟树举办全国药材药品交易会，一家连锁药房新开的门店要在交易会前把中药斗柜装满饮片。药房质量负责人请中药班学员按斗谱把饮片装进药斗，核对斗签，再按门店收到的处方调剂、复核，并把调好的饮片和配送单一起送到门店。",
   qs=[("问题1 装斗时为什么要核对斗签？", ["斗签上写着饮片的名称，装错一个斗，以后每张处方抓的都是错药，后果严重。", "装错斗以后会抓错药。", "斗签写着饮片名称。"]),
       ("问题2 哪些饮片不能放在一起？", ["形状相似、容易混淆的饮片要分开放，比如山药和天花粉片，防止抓错。", "相似的要分开。", "山药和天花粉分开放。"])],
   hw=[("1. 斗谱一般按什么原则排列？", ["常用药放在中间好拿的位置，质重的放下层，质轻的放上层，配伍常用的放在相邻的斗。", "常用的放中间。", "重的在下轻的在上。"]),
       ("2. 配送单上要写清哪些内容？", ["收货门店、饮片名称、规格、数量、批号、调剂人和复核人，收货人签字确认。", "饮片名称、数量和批号。", "收货人签字。"])],
   outputs=[("饮片配送单（第一批）", "共十二个品种，数量核对无误。"), ("饮片配送单（第二批）", "两个品种缺货，已注明。")]),
 "banquet": dict(major="饭店(酒店)服务", code="0504", course="主题宴会设计与服务", task="药都温泉酒店药膳主题宴会摆台与席间服务",
   hours=16, station="酒店服务一体化学习工作站",
   situation="樟树一家温泉酒店承接了一场四桌的药膳主题宴会，宴会主人要求台面体现药都特色。餐饮部经理请酒店班学员设计主题台面，完成十人位中餐宴会摆台，在宴会中做好斟酒、上菜、分菜和撤换餐具等席间服务，并在宴会后整理餐厅。",
   qs=[("问题1 中餐宴会摆台的顺序是什么？", ["铺台布、放转盘、摆餐碟、汤碗汤勺、筷架筷子、水杯酒杯，最后放菜单和桌号牌。", "先铺台布再摆餐碟。", "最后放菜单和桌号牌。"]),
       ("问题2 斟酒时要注意什么？", ["从主宾开始按顺时针方向斟，站在客人右侧，白酒斟八分满，不能滴洒在台面上。", "从主宾开始顺时针斟。", "白酒八分满。"])],
   hw=[("1. 药膳宴会的菜单要向客人介绍什么？", ["每道菜用了什么药材、有什么功效，提醒孕妇和过敏体质的客人注意。", "药材和功效。", "提醒特殊客人。"]),
       ("2. 撤换骨碟的时机是什么？", ["骨碟里的骨刺残渣超过三分之一，或者上了口味差别大的菜，就要及时撤换。", "残渣超过三分之一就换。", "换菜时撤换。"])],
   outputs=[("药膳主题宴会摆台设计方案", "以樟树药材为主题，转盘中间摆放药材插花。"), ("宴会服务记录", "四桌按时开席，无客人投诉。")]),
 "cigar": dict(major="机电一体化技术", code="0127", course="农业设施PLC控制系统装调", task="雪茄烟叶晾制房温湿度自动控制系统安装与调试",
   hours=18, station="机电一体化一体化学习工作站",
   situation="什邡一家雪茄烟叶合作社的晾制房原来靠人工开窗、开加湿器控制温湿度，晚上常常顾不过来。合作社负责人请机电班学员按图纸安装温湿度传感器、排风扇和加湿器的控制电路，编写PLC程序，让晾制房的温度和湿度保持在设定范围内，调试合格后交付使用。",
   qs=[("问题1 温湿度传感器的信号怎样接入PLC？", ["传感器输出四到二十毫安的电流信号，接到模拟量输入模块，程序里换算成温度和湿度。", "接模拟量输入模块。", "电流信号换算成温湿度。"]),
       ("问题2 为什么要设置回差？", ["湿度在设定值附近上下波动，没有回差的话加湿器会频繁启停，容易损坏。", "防止加湿器频繁启停。", "设定值附近会波动。"])],
   hw=[("1. 排风扇和加湿器为什么要互锁？", ["一边排风一边加湿，湿度控制不住还浪费电，所以程序里让两者不能同时运行。", "不能同时运行。", "同时运行浪费电。"]),
       ("2. 交付前要做哪些调试？", ["单机点动试验、传感器校准、自动模式连续运行二十四小时，记录温湿度曲线。", "点动和连续运行。", "校准传感器。"])],
   outputs=[("晾制房温湿度控制系统调试记录", "湿度控制在百分之七十五到八十之间。"), ("PLC输入输出分配表", "输入十二点，输出八点。")]),
 "bedsore": dict(major="健康与社会照护", code="0529", course="失能老人生活照护", task="乡镇敬老院卧床老人压疮预防与翻身拍背照护",
   hours=16, station="照护实训一体化学习工作站",
   situation="什邡山区一所乡镇敬老院住着十几位长期卧床的老人，护理员人手不够，有两位老人骶尾部已经发红。敬老院护理组长请照护班学员到院实习两周，为老人做压疮风险评估，制订每两小时一次的翻身计划，练习翻身、拍背和皮肤清洁，并填写翻身卡和照护记录。",
   qs=[("问题1 哪些部位容易发生压疮？", ["骶尾部、足跟、髋部和肩胛这些骨头突出、长期受压的地方。", "骶尾部和足跟。", "骨头突出受压的地方。"]),
       ("问题2 拍背时手要怎样？", ["手指并拢、掌心空心呈杯状，从下往上、从外向内有节奏地拍，避开脊柱和肾区。", "空心掌从下往上拍。", "避开脊柱。"])],
   hw=[("1. 翻身后要检查什么？", ["检查受压部位皮肤颜色，有没有发红、破损，发红的地方半小时内不消退要报告。", "检查皮肤有没有发红。", "发红不退要报告。"]),
       ("2. 照护记录为什么要及时填写？", ["下一班的护理员要根据记录接着照护，出了问题也能查清楚是哪个环节。", "下一班要接着照护。", "出问题能查清。"])],
   outputs=[("翻身照护记录单", "每两小时翻身一次，骶尾部发红减轻。"), ("压疮风险评估表", "评分十三分，属中度风险。")]),
 "homestay": dict(major="计算机网络应用", code="0301", course="小型局域网组建与维护", task="蓥华山红白茶乡民宿无线网络组建与访客认证配置",
   hours=16, station="网络工程一体化学习工作站",
   situation="什邡蓥华山下一家茶乡民宿有十八间客房和一个茶室，原来的家用路由器信号覆盖不到二楼后排房间，客人经常投诉。民宿老板请网络班学员勘察现场，规划信息点和无线接入点，布线安装，配置访客网络和认证页面，把员工网络和访客网络隔离，测试合格后交付。",
   qs=[("问题1 无线接入点放在哪里比较合适？", ["放在走廊中间的吊顶上，两边的客房都能覆盖，避开承重墙和金属门。", "放在走廊中间。", "避开承重墙。"]),
       ("问题2 为什么要把访客网络和员工网络隔离？", ["访客设备不能访问收银电脑和监控系统，防止信息泄露和病毒传播。", "访客不能访问收银电脑。", "防止信息泄露。"])],
   hw=[("1. 信息点编号有什么规则？", ["楼层号加房间号加序号，比如2楼05房第1个信息点编为2-05-1，和配线架端口对应。", "楼层加房间加序号。", "和配线架端口对应。"]),
       ("2. 网线测试要测哪些项目？", ["线序、通断、长度和衰减，测试结果记录在信息点表里。", "线序和通断。", "长度和衰减。"])],
   outputs=[("信息点统计与测试表", "共三十二个信息点，全部测试通过。"), ("访客认证配置说明", "访客用手机号验证码登录。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]
SUBS = [
    dict(school="耒阳市蔡伦技工学校", pack="dir", region="ly", course="charge", cls="新能2401班", size=39, seed=11,
         sidp="24043501", students=["谢宇杰", "资梦婷", "曹俊凯"], items={12: ["谢宇杰", "曹俊凯"]},
         extra_class=["伍浩然"], bad={"伍浩然": "over"}, others_named=["贺志军"],
         teachers=["罗建湘", "梁美华"], form_count="39名",
         f8="flowchart", f10="coded", f11="test_typed", f12="photo_chop",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "伍浩然")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, chopsticks on the sheet) holds the homework of only TWO students, 谢宇杰 and 曹俊凯 "
                 "(资梦婷's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (scanned "
                 "250 dpi gray, candle wax) heads its parts with circled codes ①-⑤ whose names and maxima stand only in a legend "
                 "under the table (③充电系统检测（35分）); 伍浩然 has 39 under ③ (总分 the sum, 等级 from it): records.invalid_score. "
                 "Item 8 (scanned 200 gray): a diagnosis flowchart page, the student only at the foot as `诊断人`. The fleet "
                 "captain 贺志军 is named as 送修人 on item 11 (not a student). No roster"),
    dict(school="耒阳市蔡伦技工学校", pack="dir", region="ly", course="tofu", cls="烹饪2402班", size=36, seed=12,
         sidp="24050102", students=["梁诗涵", "廖俊鹏", "刘湘怡"], others_named=["谷德明", "邓春兰", "陈建国"],
         teachers=["周正清", "黄丽君"], form_count="36名",
         f8="corner_box", f10="bonus", f11="dish_comment", f12="notebook_chop",
         findings=[],
         comment="clean. Item 10 (TYPED) has a bonus column `创新加分（≤5）`: the five parts are out of 95 and 总分 = parts + "
                 "bonus, as the note under the table says; 36 rows = form `烹饪2402班，学生36名`. Item 8 (colour scan 200): the "
                 "name in a small box at the top right, the restaurant's head chef 谷德明 named as 企业导师. Item 11 (typed): "
                 "dish records `制作人` and customer comment cards signed by the guests 邓春兰 and 陈建国 (not students). Item 12: "
                 "phone photos of a ruled notebook with a printed `No.　Date` head, the class, name and number written by "
                 "hand WITHOUT labels, chopsticks lying on the sheet. No roster"),
    dict(school="樟树市药都技工学校", pack="gbkzip", region="zs", course="drawer", cls="中药2401班", size=38, seed=21,
         sidp="24130101", students=["聂晨曦", "熊嘉欣", "晏子豪"], outsiders={"晏子豪": "中药2402班"}, out_sidp="24130102",
         extra_class=["饶思宇"], bad={"饶思宇": "sum"}, others_named=["付红梅"],
         teachers=["胡秋萍", "涂文斌"], form_count="38",
         f8="dispenser_line", f10="two_row_land", f11="delivery_typed", f12="memo_photo",
         findings=[("students.not_in_class", 8, True, "晏子豪"), ("records.invalid_score", 10, False, "饶思宇")],
         comment="晏子豪 of the parallel class 中药2402班 (his class and 学号 2413010223 on his worksheet, typed delivery notes and "
                 "homework) is the third student of 8/11/12; item 10 (38 rows = form `38（人）`) has no record of him: "
                 "students.not_in_class. Item 10 (TYPED, landscape, two-row head 装斗（30）/调剂（50）/复核与包装（20）): 饶思宇's "
                 "总分 is 6 above the sum of his parts: records.invalid_score. Item 8 (scanned 200 gray, candle wax): "
                 "`调剂员：＿ 班级：＿ 学号：＿` by hand. Item 11 (typed): 饮片配送单, `调剂员` the student, `复核` a teacher, the "
                 "shop's receiver 付红梅 (not a student). Item 12: phone photos of answers written on a pharmacy memo pad. No roster"),
    dict(school="樟树市药都技工学校", pack="gbkzip", region="zs", course="banquet", cls="酒店2401班", size=40, seed=22,
         sidp="24130504", students=["邹婉婷", "黄逸飞", "杨晓霞"], extra_class=["敖雪婷"], absent_from_10=["敖雪婷"],
         others_named=["李凤娥", "万春生"], teachers=["吴莉萍", "傅国华"], form_count="40", roster="canteen_card", headteacher="熊建平",
         f8="head_row_mono", f10="hand_filled", f11="banquet_typed", f12="scan_hand",
         findings=[("records.missing_student", 10, False, "敖雪婷"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 餐卡充值登记表 of the whole class, 40, each student's own signature in the last column, the "
                 "canteen cashier 李凤娥 and the head teacher named) and the form (`学生人数 | 40（人）`) hold 敖雪婷; item 10 "
                 "(a printed blank register filled in BY HAND, scanned 1-bit 300 dpi) has 39 rows and none for her: "
                 "records.missing_student and records.count_mismatch. The banquet host 万春生 is named as 预订人 on item 11 "
                 "(not a student). Item 8 (1-bit 300 dpi): bordered head row `姓名 | 学号 | 班级 | 日期`"),
    dict(school="什邡市蓥华技工学校", pack="zip", region="sf", course="cigar", cls="机电2401班", size=42, seed=31,
         sidp="24212701", students=["何子龙", "税佳乐", "蒋雨轩"], items={8: ["何子龙", "税佳乐", "钟思涵"]},
         extra_class=["钟思涵", "代锦涛"], absent_from_10=["代锦涛"], others_named=["蒲大成"], other_class=("机电2402班", 38, "24212702"),
         teachers=["曾志勇", "袁丽"], form_count="四十二人（42）",
         f8="placard", f10="two_classes", f11="debug_typed", f12="photo_plain",
         findings=[("students.mismatch", 8, True), ("records.count_mismatch", 10, False)],
         comment="item 8 (scanned 250 dpi gray) holds the worksheets of 何子龙, 税佳乐 and classmate 钟思涵 (with an item-10 "
                 "record) instead of 蒋雨轩's (items 11 and 12 hold the three): students.mismatch. Item 10 (scanned 200 gray) "
                 "holds TWO classes' tables (合班授课): 一、机电2401班 with 41 rows (代锦涛 has none) and 二、机电2402班 with 38; "
                 "the form says `班级人数 | 四十二人（42）`: records.count_mismatch (no roster). Item 8: the name on a drawn "
                 "工位牌 (workstation placard) at the top, `操作者：<hand>`. The cooperative's head 蒲大成 signs item 11 (not a student)"),
    dict(school="什邡市蓥华技工学校", pack="zip", region="sf", course="bedsore", cls="照护2401班", size=36, seed=32,
         sidp="24215201", students=["彭欣雨", "唐紫涵", "赖晓燕"], others_named=["吴桂芳", "杨德福", "周素华"],
         teachers=["邓秀英", "谢文斌"], form_count="三十六人（36）", roster="rota", headteacher="罗素琴",
         f8="turn_card", f10="weighted_rank", f11="care_typed", f12="scan_color",
         findings=[],
         comment="clean. The roster is the class's 敬老院实习排班表: a grid of six days by two shifts, three students a cell, "
                 "36 = form = item 10; the nursing home's 护理组长 吴桂芳 and the head teacher 罗素琴 named. Item 8 (scanned 200 "
                 "gray): a 翻身卡 (time | 体位 | 皮肤情况 | 执行人) for the elder 杨德福, the student as 执行人 in every row and "
                 "as 记录人 at the foot. Item 10 (TYPED, landscape): teacher parts summing to 教师评价, 护理组长评价, and "
                 "综合成绩 = 教师评价×60% + 护理组长评价×40% with one decimal (the note says so) and 名次. Item 11: 照护记录 for the "
                 "elders 杨德福 and 周素华 (not students)"),
    dict(school="什邡市蓥华技工学校", pack="zip", region="sf", course="homestay", cls="网络2401班", size=40, seed=33,
         sidp="24210301", students=["陈浩杰", "黄书涵", "袁子睿"], items={11: ["陈浩杰", "黄书涵", "袁子睿", "李梓欣"]},
         extra_class=["李梓欣", "王振豪"], bad={"王振豪": "sum"}, others_named=["钟永福"],
         teachers=["张永川", "刘蓉", "唐泽民"], form_count="四十人（40）",
         f8="line_color", f10="corrected", f11="infopoint_typed", f12="photo_serif",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "王振豪")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: 信息点统计与测试表 and 访客认证配置说明, `施工人：<name>（<class>）`) holds the works of FOUR "
                 "students: the three and classmate 李梓欣 (with an item-10 record): students.count on 11; students.mismatch "
                 "optional. Item 10 (scanned 200 dpi gray) is a typed register with one hand correction that is legal (a "
                 "printed 总分 struck through, the right total written beside it in red with `更正` and the teacher's initial); "
                 "王振豪's printed 总分 is 7 above the sum of his parts and not corrected: records.invalid_score. The guesthouse "
                 "owner 钟永福 signs the 验收 on item 11 (not a student). Three teachers"),
]

PROVINCE = {1: "湖南省衡阳市耒阳市", 2: "江西省宜春市樟树市", 3: "四川省德阳市什邡市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 耒阳: "材料08-工作页.pdf"
        return "材料%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 樟树: "【8】工作页.pdf"
        return "【%d】%s.pdf" % (n, NAMES[n])
    return "成果%d %s.pdf" % (n, NAMES[n])   # 什邡: "成果8 工作页.pdf"


def form_name(s, c):
    return {1: ("申报书（%s）.docx" % c["major"], "docx"),
            2: ("%s-优质课堂申报书-%s.pdf" % (s["school"], s["cls"]), "pdf"),
            3: ("附件2 工学一体化优质课堂项目申报书_%s.docx" % c["course"], "docx")}[grp(s)]


def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "授课对象 | %s，学生%s" % (s["cls"], s["form_count"])
    if g == 2:
        return "学生人数 | %s（人）" % s["form_count"]
    return "班级人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 耒阳: class and size in one cell after a comma, the unit 名
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s，学生%s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 樟树: a bare number with the unit in brackets after it
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", "%s（人）" % s["form_count"]), ("授课地点", c["station"])]
    else:   # 什邡: Chinese numerals with the digits in brackets
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>以学生为中心，按“明确任务—制订计划—评估决策—实施任务—检查控制—评价反馈”组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 37),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


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


def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


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
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "flowchart":   # a diagnosis flowchart; the student only at the foot as 诊断人
            steps = [("①安全防护", ["绝缘手套、验电，已断电", "戴好绝缘手套，验电无电", "断开维修开关，验电"][i % 3]),
                     ("②故障验证", ["插枪后仪表显示已连接，不充电", "显示已连接，十分钟未充电", "连接灯亮，不充电"][i % 3]),
                     ("③检测CC/CP信号", ["CC 680Ω正常，CP占空比正常", "CC电阻正常，CP波形正常", "CC、CP都正常"][i % 3]),
                     ("④检测车载充电机", ["输入端无电压，熔断器烧断", "输入熔断器断路", "输入端熔断器坏"][i % 3]),
                     ("⑤排除与验证", ["更换熔断器，充电正常", "换熔断器后充电电流6A", "更换后能正常充电"][i % 3])]
            flow = ""
            for k, (a, b) in enumerate(steps):
                flow += tbl([[("<b>%s</b>" % a, ' width="30%"'), (hand(b, True), ' align="left"')]], width="78%", pad="5px 6px")
                if k < len(steps) - 1:
                    flow += '<p style="text-align:center;margin:0">↓</p>'
            body = (title + sit + answers(c, rng, i) + "<p><b>【诊断流程图】</b></p>" + '<center>%s</center>' % flow + comment +
                    '<p style="text-align:right">诊断人：%s　班级：%s　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)))
        elif f == "corner_box":   # a small box at the top right; the head chef named
            box = tbl([["姓名", hand(n, True)], ["学号", hand(sid, True)], ["班级", hand(cl, True)]], width="34%", pad="3px 5px")
            body = ('<table width="100%%"><tr><td style="width:11cm">%s</td><td style="width:5.5cm">%s</td></tr></table>' %
                    ('<h3>%s<br/>学习工作页</h3>' % c["task"], box.replace('width="34%"', 'width="100%"')) +
                    "<p>企业导师：%s（土菜馆主厨）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i)) + sit + answers(c, rng, i) + comment)
        elif f == "dispenser_line":   # 调剂员：＿ 班级：＿ 学号：＿
            head = '<p>调剂员：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_row_mono":   # a bordered head row 姓名 | 学号 | 班级 | 日期
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "placard":   # a drawn workstation placard at the top with the operator's name
            plac = ('<table style="border-collapse:collapse" width="62%%" align="center"><tr>'
                    '<td style="border:2.5pt solid #000;padding:6px 10px;text-align:center"><span style="font-size:20pt"><b>%d号工位</b></span><br/>'
                    '操作者：%s<br/><span style="font-size:9pt">班级 %s　学号 %s</span></td></tr></table>'
                    % (3 + i * 2, hand(n), hand(cl, True), hand(sid, True)))
            body = plac + title + sit + answers(c, rng, i) + comment
        elif f == "turn_card":   # a 翻身卡 for an elder; the student as 执行人 and 记录人
            rows = [["时间", "体位", "受压部位皮肤", "执行人"]]
            for k, (tm, pos) in enumerate([("08:00", "左侧卧30°"), ("10:00", "平卧"), ("12:00", "右侧卧30°"), ("14:00", "平卧")]):
                rows.append([tm, hand(pos, True), hand(["完好", "骶尾部微红", "完好", "红色已消退"][(k + i) % 4], True), hand(n, True)])
            card = ('<p><b>【翻身卡】</b>照护对象：%s　床号：%d　风险评估：中度</p>' % (s["others_named"][1], 10 + i) +
                    tbl(rows, width="92%", pad="4px 5px", bold=(0,)))
            body = (title + sit + card + answers(c, rng, i) + comment +
                    '<p style="text-align:right">记录人：%s　%s　学号 %s</p>' % (hand(n), hand(cl, True), hand(sid, True)))
        elif f == "line_color":   # 班级：＿ 姓名：＿ 学号：＿ 日期：＿
            head = '<p>班级：＿%s＿　姓名：＿%s＿　学号：＿%s＿　日期：＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True), hand(day(s, i)[5:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"flowchart": "x-scanpdf:200", "corner_box": "x-scanpdf:200:color", "dispenser_line": "x-scanpdf:200:candle",
            "head_row_mono": "x-scanpdf:300:mono", "placard": "x-scanpdf:250", "turn_card": "x-scanpdf:200",
            "line_color": "x-scanpdf:200:color"}[f]
    font = {"head_row_mono": "Noto Sans CJK SC", "placard": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "中等" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "coded":   # circled codes in the head; names and maxima only in the legend
        parts = [("安全防护", 10), ("故障询问与验证", 15), ("充电系统检测", 35), ("故障排除", 25), ("竣工检验与6S", 15)]
        codes = "①②③④⑤"
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + list(codes) + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 39
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        legend = "<p>评分项目：" + "　".join("%s%s（%d分）" % (codes[j], p, m) for j, (p, m) in enumerate(parts)) + "。等级：90分以上优秀，80—89良好，70—79中等，60—69及格。</p>"
        body = head10(s, c, "学习任务考核成绩记录表") + table(out) + legend + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:candle"
    if f == "bonus":   # five parts out of 95 and a bonus of at most 5, explained under the table
        parts = [("刀工", 20), ("火候", 25), ("调味", 25), ("装盘", 15), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["创新加分<br/>（≤5）", "总分"]], pad)]
        bon = set(rng.sample(range(len(rec)), 9))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.97)
            b = rng.randint(2, 5) if k in bon else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：五个评分项目满分合计95分；菜品有创新的另给创新加分，最多5分，总分＝各项得分＋创新加分（满分100分）。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "two_row_land":   # landscape, two-row head over seven parts, 等级
        groups = [("装斗（30分）", [("斗谱辨识", 10), ("装斗操作", 20)]), ("调剂（50分）", [("审方", 10), ("称量", 25), ("分剂", 15)]),
                  ("复核与包装（20分）", [("复核", 10), ("包装", 10)])]
        parts = [p for _, ps in groups for p in ps]
        h1 = "<tr>%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                     td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                     "".join(td("<b>%s</b>" % g, ' align="center" colspan="%d"' % len(ps), pad) for g, ps in groups),
                                     td("<b>总分</b>", ' align="center" rowspan="2"', pad) + td("<b>等级</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True, page="size:29.7cm 21cm;margin:0.9cm 1.2cm"), "pdf"
    if f == "hand_filled":   # a printed blank register, every score written by hand
        parts = [("仪容仪表", 10), ("宴会摆台", 40), ("席间服务", 40), ("6S管理", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.96)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [hand(str(x), size="11pt", ink=BLACK) for x in v] +
                            [hand(str(sum(v)), size="11pt", ink=BLACK), ""], "0px 3px"))
        body = head10(s, c, "学习任务考核登记表（手填）") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "two_classes":   # two classes' tables in one file
        parts = [("电路安装", 30), ("程序编写", 30), ("系统调试", 30), ("6S", 10)]
        hd = trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)
        oc, on, osid = s["other_class"]
        def tab(names, sidf):
            out = [hd]
            for k, n in enumerate(names):
                v = part_scores(rng, parts)
                out.append(trow([str(k + 1), sidf(k, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            return table(out)
        body = (head10(s, c, "学习任务考核成绩表（合班授课）").replace("班级：%s" % s["cls"], "班级：%s、%s" % (s["cls"], oc)) +
                "<p><b>一、%s（%d人）</b></p>" % (s["cls"], len(rec)) + tab(rec, lambda k, n: sid_of(s, n)) +
                PB + "<p><b>二、%s（%d人）</b></p>" % (oc, len(s["other_names"])) +
                tab(s["other_names"], lambda k, n: osid + "%02d" % (k + 1)) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "weighted_rank":   # teacher parts, the nursing home's grade, a weighted total and a rank
        parts = [("风险评估", 20), ("翻身拍背", 40), ("皮肤清洁", 20), ("记录沟通", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] +
                     ["教师评价<br/>(100)", "护理组长评价<br/>(100)", "综合成绩", "名次"]], pad)]
        rows = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.65, 0.97)
            a, b = sum(v), rng.randint(72, 96)
            rows.append([k, n, v, a, b, round(a * 0.6 + b * 0.4, 1)])
        order = sorted(rows, key=lambda r: -r[5])
        rank = {r[0]: 1 + [x[5] for x in order].index(r[5]) for r in rows}
        for k, n, v, a, b, w in rows:
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(a), str(b), "%.1f" % w, str(rank[k])], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) +
                "<p>注：教师评价为四个分项之和；护理组长评价由敬老院护理组长%s按实习表现给出；综合成绩＝教师评价×60%%＋护理组长评价×40%%，保留一位小数；名次按综合成绩排列。</p>" % s["others_named"][0] + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="size:29.7cm 21cm;margin:0.9cm 1.2cm"), "pdf"
    if f == "corrected":   # typed; one total struck through and corrected by hand (legal); one wrong total not corrected
        parts = [("现场勘察", 15), ("布线安装", 30), ("设备配置", 35), ("测试验收", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        fix = s["fix_row"]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            cell = str(tot)
            if n == fix:
                cell = '<s>%d</s> %s' % (tot - 10, hand("%d 更正 张" % tot, ink="#b8231a", size="9.5pt"))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [cell], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
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
            if f == "test_typed":   # 检测员, the fleet captain as 送修人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车型", "纯电动厢式物流车", "送修人", s["others_named"][0]],
                                  ["检测员", "%s（%s）" % (n, cl), "学号", sid],
                                  ["检测项目", "CC、CP信号，车载充电机输入输出" if j == 0 else "充电试验、绝缘检测", "日期", day(s, 30 + i)],
                                  ["结论", desc, "检验教师", t[j % 2]]], width="92%"))
            elif f == "dish_comment":   # 制作人 and the guests' comment cards
                if j == 0:
                    parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                              ["主料", "油豆腐20个、猪前腿肉300克", "出品评价", desc]], width="90%"))
                else:
                    g = s["others_named"][1 + i % 2]
                    parts.append('<h3>%s</h3>' % title + tbl([["宾客姓名", g, "桌号", "寿宴1号桌"], ["菜品", "油豆腐酿肉", "服务/制作", "%s（%s）" % (n, cl)],
                                                              ["意见", desc, "满意度", "满意"]], width="90%") + "<p>宾客签名：%s</p>" % g)
            elif f == "delivery_typed":   # 饮片配送单: 调剂员 the student, 复核 a teacher, the shop's receiver
                rows = [["饮片名称", "规格", "数量", "批号"]] + [[x, "净制", "%d kg" % (2 + (i + j + k) % 4), "2410%02d" % (11 + k)] for k, x in
                                                              enumerate(["黄芪片", "党参段", "白术片", "茯苓块", "当归片"])]
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             "<p>收货门店：樟树市药都连锁药房中山路店　　收货人：%s</p>" % s["others_named"][0] + tbl(rows, width="86%", bold=(0,)) +
                             "<p>调剂员：%s（%s，学号%s）　　复核：%s　　日期：%s</p><p>备注：%s</p>" % (n, cl, sid, t[j % 2], day(s, 30 + i), desc))
            elif f == "banquet_typed":   # 摆台人 and the banquet host as 预订人
                parts.append('<h3>%s</h3>' % title + tbl([["宴会名称", "药膳主题宴会", "预订人", s["others_named"][1]],
                                                          ["摆台人", "%s（%s）" % (n, cl), "桌号", "%d号桌" % (1 + i % 4)],
                                                          ["说明", desc, "检查人", t[j % 2]]], width="92%"))
            elif f == "debug_typed":   # 调试人 and the cooperative's head
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["项目", "晾制房温湿度自动控制", "调试人", "%s（%s）" % (n, cl)],
                                  ["设定值", "温度26℃±2℃，湿度75%%～80%%", "日期", day(s, 30 + i)],
                                  ["结果", desc, "用户确认", s["others_named"][0]]], width="92%") + "<p>指导教师：%s</p>" % t[j % 2])
            elif f == "care_typed":   # 照护员 the student; elders and the 护理组长 named
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", s["others_named"][1 + (i + j) % 2], "床号", "%d" % (8 + i + j)],
                                  ["照护员", "%s（%s）" % (n, cl), "护理组长", s["others_named"][0]],
                                  ["内容", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "infopoint_typed":   # 信息点统计与测试表 with 施工人 and the owner's 验收
                if j == 0:
                    rows = [["信息点编号", "房间", "配线架端口", "测试结果"]] + [["%d-%02d-1" % (1 + k // 3, 1 + k + i), "%d%02d房" % (1 + k // 3, 1 + k + i),
                                                                       "P%02d" % (1 + k + 4 * i), "通过"] for k in range(5)]
                    parts.append('<h3 style="text-align:center">%s</h3>' % title + tbl(rows, width="80%", bold=(0,)) +
                                 "<p>施工人：%s（%s）　　验收：%s（民宿业主）　　%s</p>" % (n, cl, s["others_named"][0], day(s, 30 + i)))
                else:
                    parts.append('<h3>%s</h3><p>编写：%s（%s）</p>' % (title, n, cl) +
                                 tbl([["访客SSID", "ChaXiang-Guest"], ["认证方式", "手机号＋验证码"], ["隔离", "访客VLAN 20，员工VLAN 10"],
                                      ["说明", desc]], width="80%", align="left"))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


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
        if f == "photo_chop":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "notebook_chop":   # a ruled notebook's printed No./Date head; class, name, number by hand, no labels
            head = ["No.　　　　　　　　　　　　Date　　　　　", "> %s　%s　%s号" % (cl, n, sid[-2:]), "课后作业"]
        elif f == "memo_photo":   # answers written on a pharmacy memo pad
            head = ["樟树市药都连锁药房　便　笺", "──────────────────", "> 中药调剂作业　%s　%s　学号%s" % (cl, n, sid)]
        elif f == "scan_hand":
            head = ["课后作业", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "photo_plain":
            head = ["课后作业（PLC控制）", "> %s　%s　%s" % (n, cl, sid)]
        elif f == "scan_color":
            head = ["照护课后练习", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "photo_serif":
            head = ["网络课后作业", "> 班级：%s　学号：%s　姓名：%s" % (cl, sid[-2:], n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_chop": "x-photo:200:0:chopsticks", "notebook_chop": "x-photo:200:1:chopsticks", "memo_photo": "x-photo:200:0",
            "scan_hand": "x-scan:200:3", "photo_plain": "x-photo:200:4", "scan_color": "x-scan:250:2:color",
            "photo_serif": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    return "男" if n[1:] in MALE or n[2:] in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "canteen_card":   # the canteen card top-up list of the class, each student's own signature
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "姓名", "学号", "餐卡号", "充值金额（元）", "学生签名"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), n, sid_of(s, n), "8%05d" % (31207 + j * 13), str([200, 300, 300, 400][j % 4]),
                              hand(n, size="11pt", ink=BLACK)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生餐卡充值登记表</h2><p style="text-align:center">2024年9月</p>' % (s["school"], s["cls"]) +
                table(rows, width="88%") +
                "<p>班主任：%s　　　食堂收银员：%s　　　共%d人</p>" % (s["headteacher"], s["others_named"][0], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生餐卡登记表.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "rota":   # a placement rota: six days by two shifts, three students a cell
        days = ["周一", "周二", "周三", "周四", "周五", "周六"]
        shifts = ["早班（7:30—15:30）", "中班（14:30—21:30）"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "3px 4px") for x in ["班次"] + days)]
        for si, sh in enumerate(shifts):
            cells = []
            for di in range(6):
                g = k[(si * 6 + di) * 3:(si * 6 + di) * 3 + 3]
                cells.append("<br/>".join(g))
            rows.append(trow(["<b>%s</b>" % sh] + cells, "3px 4px"))
        body = ('<h2 style="text-align:center">%s敬老院实习排班表</h2><p style="text-align:center">%s　实习地点：什邡市蓥华镇敬老院　2024年10月</p>' % (s["cls"], s["school"]) +
                table(rows, width="100%") +
                "<p>说明：每组三人，每天两班，跟班护理员带教；护理组长：%s。</p><p>班主任：%s　　带队教师：%s　　本班共%d人</p>"
                % (s["others_named"][0], s["headteacher"], s["teachers"][0], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "10pt", font="Noto Sans CJK SC", compact=True, page="size:29.7cm 21cm;margin:1.2cm 1.2cm"))
        man.append("roster.html\t%s实习排班表.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Eighty-fifth held-out people corpus (testdata/heldout85), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 85)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s.get("other_class"):   # the parallel class's table in the same register (合班授课)
            s["other_names"] = draw_class(random.Random(s["seed"] * 31 + 85), s["other_class"][1], [], avoid + s["klass"], s["region"])
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        planted = set(all_planted)
        s["fix_row"] = [n for n in rec if n not in planted][6]
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
        if s.get("other_names"):
            sub["other_class_in_item10"] = {"class": s["other_class"][0], "records": s["other_names"]}
        if s["f10"] == "corrected":
            sub["corrections"] = {"10": "%s: printed 总分 struck through, the right total written beside it by hand (legal)" % s["fix_row"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
