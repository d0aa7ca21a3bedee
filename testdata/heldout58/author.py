#!/usr/bin/env python3
"""Write the sources of the fifty-eighth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 松原
(Jilin), 保山 (Yunnan) and 临汾 (Shanxi).

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
# the truth files and (cut) READMEs read for names, tasks and cities to avoid; heldout57 is not read
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 57)] + ["othertools"]

SURNAMES = {   # weighted by repetition: common surnames often, rare ones once
    "sy": list("王王王李李李张张刘刘于于孙孙赵赵高包包白韩徐杨陈吴郑佟关"),      # 松原: Han, Mongol 包 白, Manchu 佟 关
    "bs": list("杨杨杨李李李张张段段赵赵王刘字寸尹杞董苏蒋许"),                  # 保山: 字 寸 杞 are local rare surnames
    "lf": list("王王王李李张张刘刘郭郭贾贾薛卫霍乔闫柴畅亢吉段"),               # 临汾
}
GIVEN2 = ("佳琪 铭泽 雪菲 宇航 晨曦 鹏飞 鑫磊 昊天 梦琪 俊熙 婉婷 晓彤 睿哲 家乐 志远 欣悦 诗琪 雨泽 嘉欣 浩博 一诺 "
          "文博 金鹏 美琳 瑞雪 静怡 欣怡 婷婷 子墨 天佑 思彤 若涵 嘉怡 宏宇 玉洁 艺涵 俊杰 明轩 家豪 振宇 学文 海龙 "
          "冬梅 春雨 立新 宇轩 梓萌 子轩 浩然 思雨 语桐 佳怡 博文 锦程 梦瑶 雅琪 乐怡 星辰 泽宇 沐辰 诗雨 书瑶 凯瑞 "
          "俊豪 兴旺 海洋 丽娜 晓东 国栋").split()
GIVEN1 = list("鑫磊悦博琳鹏涛婷")
MALE = set("铭泽 宇航 鹏飞 鑫磊 昊天 俊熙 睿哲 家乐 志远 雨泽 浩博 文博 金鹏 子墨 天佑 宏宇 俊杰 明轩 家豪 振宇 学文 海龙 "
           "立新 宇轩 子轩 浩然 博文 锦程 星辰 泽宇 沐辰 凯瑞 俊豪 兴旺 海洋 晓东 国栋 鑫 磊 博 鹏 涛 日娜".split())


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
        r = os.path.join(HERE, "..", d, "README.md")
        if os.path.isfile(r):   # cut before the first measurement heading, as read
            with open(r, encoding="utf-8") as f:
                for line in f:
                    if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                        break
                    texts.append(line)
    return names, "\n".join(texts)


USED_BEFORE, EARLIER_TEXT = earlier_strings()
TAKEN = set()


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE


def draw_one(rng, region):
    if region == "lf" and rng.random() < 0.03:
        return "尉迟" + rng.choice(GIVEN2)
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "fish": dict(major="烹饪(中式烹调)", code="0501", course="东北地方风味菜肴制作", task="查干湖冬捕胖头鱼鱼头泡饼制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="每年冬捕节前后，松原一家渔家菜馆的鱼头泡饼卖得最好。菜馆厨师长请烹饪班学员按菜馆的标准制作这道菜：挑选和宰杀胖头鱼，煎鱼头、熬汤、烙玉米面饼，控制火候和口味，按桌出品，并记录每一步的用料和时间。",
   qs=[("引导问题1 为什么鱼头要先煎后炖？", ["煎过的鱼头表面定型，炖的时候不容易散，汤也更白更香。", "煎了不散，汤色奶白。", "先煎定型，去腥增香。"]),
       ("引导问题2 泡饼为什么要贴在锅边烙？", ["锅边温度合适，饼的一面烙出焦壳，另一面吸收鱼汤，泡着吃不烂。", "一面焦一面软。", "贴锅边能吸汤。"])],
   hw=[("1. 胖头鱼宰杀后怎样去腥？", ["去掉鳃和鱼头里的黑膜，用料酒和姜片腌十分钟。", "去鳃去黑膜。", "料酒姜片腌一会。"]),
       ("2. 炖鱼头时什么时候放盐？", ["汤色变白、快出锅的时候再放盐，放早了鱼肉发紧。", "快出锅再放盐。", "早放鱼肉发紧。"])],
   outputs=[("鱼头泡饼制作记录", "鱼头一点五千克，炖二十五分钟。"), ("玉米面饼配方记录", "玉米面与白面三比一。"), ("出品质量自查表", "汤色奶白，饼边焦脆。")]),
 "brake": dict(major="汽车维修", code="0403", course="商用车制动系统检修", task="油田作业车气压制动系统漏气故障诊断与排除",
   hours=18, station="汽车维修一体化学习工作站",
   situation="松原油田一个作业区的工程车早上出车前气压表升不上去，司机发现停车后气压下降很快。车队把车送到学校的校企合作维修站，站长请汽修班学员接车问诊，用肥皂水和压力表查找漏气部位，更换损坏的制动气室膜片和管接头，并做路试和气压保持试验。",
   qs=[("引导问题1 怎样判断是制动阀漏气还是管路漏气？", ["踩下制动踏板保持，听声音并在接头处涂肥皂水，起泡的地方就是漏气点。", "涂肥皂水看起泡。", "踩住踏板听漏气声。"]),
       ("引导问题2 气压保持试验的标准是什么？", ["发动机熄火后三十分钟内，气压下降不超过十千帕。", "三十分钟降压不超十千帕。", "熄火后看压力表。"])],
   hw=[("1. 制动气室膜片破裂有什么现象？", ["踩制动时气室处有明显的漏气声，对应车轮制动力不足。", "踩刹车时漏气。", "制动力不足。"]),
       ("2. 冬季储气筒为什么要每天放水？", ["压缩空气里的水分会积在储气筒，冬天结冰会堵住管路。", "防止结冰堵管。", "每天放水。"])],
   outputs=[("维修工单", "更换右后制动气室膜片。"), ("气压保持试验记录", "三十分钟下降六千帕。"), ("路试检验记录", "制动有效，无跑偏。")]),
 "fangfeng": dict(major="中药", code="1301", course="中药饮片切制", task="关防风趁鲜切片与饮片质量检查",
   hours=14, station="中药炮制一体化学习工作站",
   situation="松原北部的沙地种植了大片关防风，秋季采挖后要趁鲜切片，以免晒干后再切容易碎。合作的饮片厂请中药班学员按企业工艺净选、润制、切厚片、干燥，然后按药典检查片型、水分和杂质，填写生产记录和质量检查记录。",
   qs=[("引导问题1 防风为什么要趁鲜切片？", ["鲜根柔软，切出的片平整不碎，也省去了再润制的工序。", "鲜的时候好切。", "片子不碎。"]),
       ("引导问题2 饮片干燥的温度为什么不能太高？", ["温度太高挥发油损失，颜色变深，影响质量。", "挥发油会损失。", "颜色会变深。"])],
   hw=[("1. 防风饮片的性状有什么特点？", ["切面皮部浅棕色，有裂隙，木部浅黄色，俗称凤眼圈。", "有凤眼圈。", "皮部棕木部黄。"]),
       ("2. 厚片的厚度是多少？", ["二到四毫米。", "二至四毫米。", "两到四毫米。"])],
   outputs=[("饮片生产记录", "鲜根五十千克，出片三十一千克。"), ("饮片质量检查记录", "水分九点二百分比，合格。"), ("干燥曲线记录", "六十度烘四小时。")]),
 "town": dict(major="计算机动画制作", code="0306", course="三维场景制作", task="腾冲和顺古镇宣传短片三维场景建模与渲染",
   hours=18, station="数字媒体一体化学习工作站",
   situation="腾冲文旅部门要做一部和顺古镇的宣传短片，片头需要一段三维动画：从古镇的双虹桥推到图书馆和月台。动画公司请动画班学员根据实地照片搭建桥、牌坊和民居的模型，制作石材和木材材质，布置晨光灯光，渲染输出三个镜头的序列帧。",
   qs=[("引导问题1 为什么建模前要先整理参考照片？", ["照片能确定建筑的比例和结构，按视角分类后建模时不容易出错。", "确定比例和结构。", "按视角分类照片。"]),
       ("引导问题2 渲染晨光场景时灯光怎样设置？", ["用一盏低角度的暖色主光模拟朝阳，配一盏冷色的天光补暗部。", "低角度暖光加冷色天光。", "主光暖，补光冷。"])],
   hw=[("1. 模型面数太多会带来什么问题？", ["文件变大，视图卡顿，渲染时间变长。", "渲染变慢。", "视图卡。"]),
       ("2. 序列帧输出为什么常用PNG格式？", ["无损压缩，可以带透明通道，后期合成方便。", "无损，带透明通道。", "方便合成。"])],
   outputs=[("双虹桥场景渲染图", "第一镜头，第一百二十帧。"), ("古镇民居材质表", "石材、木材各三种。"), ("镜头序列帧输出记录", "三个镜头共七百二十帧。")]),
 "coffee": dict(major="饭店(酒店)服务", code="0504", course="酒店酒水与咖啡服务", task="保山小粒咖啡品鉴会咖啡调制与吧台服务",
   hours=16, station="酒水服务一体化学习工作站",
   situation="保山一家度假酒店要为来访的客商举办小粒咖啡品鉴会，展示本地庄园的三款豆子。酒店餐饮部请酒店班学员协助庄园咖啡师准备杯测，用手冲和意式两种方法调制咖啡，介绍产地和风味，并完成吧台布置、出品和收台。",
   qs=[("引导问题1 杯测时为什么要先闻干香？", ["研磨后的干香最能体现豆子的品质，注水前后对比，可以判断风味。", "干香能看出品质。", "注水前后对比。"]),
       ("引导问题2 手冲咖啡的水温一般控制在多少？", ["九十到九十三摄氏度，太烫会苦，太凉萃取不足。", "九十度左右。", "太烫会苦。"])],
   hw=[("1. 为宾客介绍咖啡时要说哪些内容？", ["产地、海拔、处理法和主要风味。", "产地和风味。", "处理法和海拔。"]),
       ("2. 收台时咖啡机要怎样清洁？", ["冲洗冲煮头，用盲粉碗反冲，擦净蒸汽棒并排气。", "反冲冲煮头。", "擦蒸汽棒。"])],
   outputs=[("品鉴会吧台布置图", "三个品鉴台，每台六位。"), ("咖啡出品记录", "手冲四十二杯，拿铁二十六杯。"), ("宾客反馈汇总", "二号豆最受欢迎。")]),
 "metro": dict(major="城市轨道交通运输与管理", code="0431", course="车站客运组织", task="地铁车站早高峰站外限流与分批放行组织",
   hours=16, station="城轨客运一体化学习工作站",
   situation="太原地铁一座换乘站每天早高峰进站客流超过设计能力，站台上候车的人太多。车站请城轨班学员在实训中心的模拟车站演练站外限流：设置铁马和导流带，分批放行，通过广播和引导牌疏导乘客，并在站台客流降下来后逐步解除限流。",
   qs=[("引导问题1 什么情况下要启动站外限流？", ["站台候车人数接近安全容量、进站口排队过长时，由值班站长决定启动。", "站台人数接近容量时。", "值班站长决定。"]),
       ("引导问题2 分批放行时广播要说什么？", ["告诉乘客正在限流、需要等候的大约时间，并提醒有序排队，不要拥挤。", "说明限流和等候时间。", "提醒排队。"])],
   hw=[("1. 铁马摆成迂回通道有什么好处？", ["拉长排队线路，让乘客在站外缓冲，减少站内压力。", "站外缓冲。", "减少站内人数。"]),
       ("2. 解除限流的条件是什么？", ["站台候车人数降到安全范围，列车运行正常。", "站台人数降下来。", "列车运行正常。"])],
   outputs=[("站外限流组织方案", "铁马三十组，分三批放行。"), ("广播词与引导牌设计", "广播词四条。"), ("演练总结", "放行间隔三分钟。")]),
 "home": dict(major="健康与社会照护", code="0529", course="居家老人安全照护", task="独居老人居家环境安全评估与适老化改造建议",
   hours=14, station="居家照护一体化学习工作站",
   situation="临汾一个老旧小区有不少独居老人，社区卫生服务站打算为他们做居家环境安全评估。站长请照护班学员上门查看老人的卧室、卫生间和厨房，用评估表逐项打分，找出地面湿滑、照明不足、没有扶手等隐患，写出改造建议，并给老人讲解注意事项。",
   qs=[("引导问题1 卫生间最常见的安全隐患有哪些？", ["地面湿滑、没有扶手、马桶太低、夜间没有照明。", "地滑、没有扶手。", "夜里太暗。"]),
       ("引导问题2 上门评估时怎样和老人沟通？", ["先自我介绍，说明来意，用老人听得懂的话，边看边问，不随便挪动老人的东西。", "先说明来意。", "不乱动东西。"])],
   hw=[("1. 适老化改造有哪些花钱少的办法？", ["铺防滑垫、装夜灯、把常用物品放到低处。", "防滑垫和夜灯。", "常用东西放低处。"]),
       ("2. 评估表的分数怎样使用？", ["分数越低隐患越多，按分数排出改造的先后顺序。", "分低的先改。", "排出先后顺序。"])],
   outputs=[("居家环境安全评估报告", "卫生间得分最低。"), ("适老化改造建议书", "加装扶手两处，夜灯三盏。"), ("入户指导记录", "老人已会用紧急呼叫器。")]),
}

TITLES = ["高级讲师", "讲师", "实习指导教师", "技师", "企业兼职教师"]
ORD = list("一二三四五六七八")

SUBS = [
    dict(school="松原市查干湖技工学校", pack="gbkzip", region="sy", course="fish", cls="烹饪2402班", size=38, seed=11,
         sidp="24220501", students=["包铭泽", "孙雪菲", "韩牧原"], teachers=["高立军", "徐淑芹"], form_count="38",
         roster="plain_list", headteacher="于凤霞",
         f8="duty_table", f10="plain_grade", f11="dish_record", f12="name_photo_glare", findings=[],
         comment="clean. Item 8 (scanned 200 dpi gray, a cup-ring stain): each worksheet has a printed 小组任务分工表 naming the "
                 "student's FOUR group members with their duties (主厨/砧板/打荷/记录员, classmates with item-10 records; the "
                 "worksheet's owner is the one on the 姓名 line and is among them). The roster (学生名单, 38, with 住宿/走读) = form "
                 "`学生数 | 38` = item 10 (38 rows, TYPED)."),
    dict(school="松原市查干湖技工学校", pack="gbkzip", region="sy", course="brake", cls="汽修2301班", size=40, seed=12,
         sidp="23220403", students=["赵砚池", "刘芷溪", "王赫然"], outsiders={"王赫然": "汽修2302班"}, out_sidp="2322040302",
         extra_class=["李兴旺"], bad={"李兴旺": "over"}, others_named=["郑长山"],
         teachers=["陈宝军", "吴长海"], form_count="40",
         f8="handover_slip", f10="plain_remark", f11="work_order", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "王赫然"), ("records.invalid_score", 10, False, "李兴旺")],
         comment="王赫然 of the parallel class 汽修2302班 (his class and 学号 on his worksheet, typed work orders and homework) is "
                 "the third student of 8/11/12; item 10 (TYPED, 40 rows = form 40) has no record of him: students.not_in_class. "
                 "李兴旺 has 53 under `实操(50)` (总分 the sum): records.invalid_score (TYPED). Item 8 (scanned 250 dpi gray, "
                 "dirty scanner glass): a printed 车辆交接单 at the top, the oilfield driver 郑长山 as 送修人 (not a student), the "
                 "student as 接车员 by hand. No roster"),
    dict(school="松原市查干湖技工学校", pack="gbkzip", region="sy", course="fangfeng", cls="中药2401班", size=42, seed=13,
         sidp="24221301", students=["乌云塔娜", "杨若岚", "白俊熙"], extra_class=["孙书瑶"], absent_from_10=["孙书瑶"],
         teachers=["佟淑梅", "李国胜"], form_count="42", roster="rollbook", headteacher="郑秀兰",
         f8="head_row_fax", f10="two_row_head", f11="herb_record", f12="hand_page",
         findings=[("records.missing_student", 10, False, "孙书瑶"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 点名册 printed from the 教务 system: 序号 学号 姓名 性别 and eighteen 周次 columns with attendance "
                 "ticks; 42, TYPED) and the form (`学生数 | 42`) hold 孙书瑶; item 10 (scanned 200 dpi gray, dirty scanner "
                 "glass, TWO-ROW head) has 41 rows and none for her: records.missing_student and records.count_mismatch. "
                 "乌云塔娜 is a Mongol name without a Han surname."),
    dict(school="保山市永昌技工学校", pack="zip", region="bs", course="town", cls="动画2402班", size=36, seed=21,
         sidp="24530306", students=["字晓彤", "段睿哲", "寸家乐"], items={11: ["字晓彤", "段睿哲"]},
         extra_class=["尹志远"], bad={"尹志远": "sum"}, teachers=["杨绍华", "赵丽琼"], form_count="36人",
         f8="filename_row", f10="plain_level", f11="render_register", f12="plain_photo3",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "尹志远")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: a 作品提交登记 table, then one page a work with a grey frame for the render and `作者：`) holds "
                 "the works of only TWO students, 字晓彤 and 段睿哲 (寸家乐's are missing; 8 and 12 hold the three): "
                 "students.count on 11; students.mismatch optional. Item 10 (colour scan 200 dpi with a cup-ring stain): "
                 "尹志远's 总分 is 6 above the sum: records.invalid_score. Item 8: a `提交文件名` row "
                 "(`学号_姓名_场景.max`) under the name line. No roster"),
    dict(school="保山市永昌技工学校", pack="zip", region="bs", course="coffee", cls="酒店2301班", size=34, seed=22,
         sidp="23530504", students=["玉罕", "张乐怡", "杞雨泽"], items={12: ["玉罕", "张乐怡", "尹嘉欣"]},
         extra_class=["尹嘉欣"], others_named=["邵彩云"], teachers=["赵永福", "李琼芬"], form_count="34",
         f8="cupping_card", f10="plain_nation", f11="drink_record", f12="ring_photo",
         findings=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a coffee-cup ring on each sheet) holds the homework of 玉罕, 张乐怡 and classmate 尹嘉欣 "
                 "(with an item-10 record) instead of 杞雨泽's (items 8 and 11 hold the three): students.mismatch. 玉罕 is a "
                 "two-character Dai name. Item 8 (colour scan 200 dpi, a cup-ring stain): a printed 杯测记录卡 at the top, "
                 "the student as 品鉴人 by hand, the estate's barista 邵彩云 as 咖啡师 (not a student). Item 10 TYPED with "
                 "a 民族 column, 34 rows = form 34. No roster"),
    dict(school="临汾市平阳技工学校", pack="dir", region="lf", course="metro", cls="城轨2401班", size=36, seed=31,
         sidp="24140431", students=["郭浩博", "贾一诺", "尉迟佳乐"], extra_class=["柴文博", "亢金鹏"],
         absent_from_10=["亢金鹏"], bad={"柴文博": "sum"}, teachers=["卫秋萍", "吉建国"], form_count="36人",
         f8="blank_line", f10="hand_book", f11="plan_typed", f12="glare_photo",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "柴文博")],
         comment="item 10 is a HANDWRITTEN 成绩登记本 page (printed ruled grid with 序号 姓名 and blank columns; the column "
                 "heads, names, scores and 总分 written by hand), photographed with a phone under a ceiling lamp (glare): "
                 "35 rows, the form says `36人`: records.count_mismatch (no roster); 柴文博's 总分 is 5 above the sum: "
                 "records.invalid_score. 尉迟佳乐 has a compound surname."),
    dict(school="临汾市平阳技工学校", pack="dir", region="lf", course="home", cls="照护2402班", size=40, seed=32,
         sidp="24140529", students=["畅欣怡", "王澄怡", "闫静怡"], items={8: ["畅欣怡", "王澄怡", "闫静怡", "李美琳"]},
         extra_class=["李美琳"], others_named=["任秀珍"], teachers=["贾晓红", "薛建平"], form_count="40人",
         f8="plain_line_fax", f10="star_rating", f11="assess_typed", f12="color_hand",
         findings=[("students.count", 8, False)], optional=[("students.mismatch", 8, True)],
         comment="item 8 (1-bit fax-like scan 200 dpi) holds the worksheets of FOUR students: the three and classmate 李美琳 "
                 "(with an item-10 record): students.count on 8; students.mismatch optional. The visited resident 任秀珍 is "
                 "named on worksheets and reports (not a student). Item 10 (TYPED) shows each part as STARS and a number "
                 "(`★★★★☆ 24`), 总分 the sum of the numbers; 40 rows = form `40人`. No roster"),
]

PROVINCE = {1: "吉林省松原市", 2: "云南省保山市", 3: "山西省临汾市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 松原: "（8）工作页.pdf"
        return "（%d）%s.pdf" % (n, NAMES[n])
    if g == 2:   # 保山: "第8项 工作页.pdf"
        return "第%d项 %s.pdf" % (n, NAMES[n])
    return "%02d%s.pdf" % (n, NAMES[n])   # 临汾: "08工作页.pdf"


def form_name(s, c):
    return {1: ("工学一体化优质课堂申报书（%s）.pdf" % c["major"].split("(")[0], "pdf"),
            2: ("申报书-%s.docx" % c["task"], "docx"),
            3: ("%s优质课堂申报书.pdf" % s["cls"], "pdf")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.4cm" if compact else "margin:1.7cm 1.6cm")
    extra = " p{margin-top:0;margin-bottom:3pt}" if compact else ""
    return ('<html><head><meta charset="utf-8"><style>@page{%s}%s body{font-family:"%s";font-size:%s}</style></head><body>\n%s\n'
            '</body></html>\n' % (page, extra, font, size, body))


PB = '<p style="page-break-before:always"></p>'
BLUE, BLACK = "#1b2d74", "#161616"
RED = 'style="font-family:\'AR PL UKai CN\';color:#c22418;font-size:13pt"'


def hand(x, small=False, ink=BLUE, size=None, font="AR PL UKai CN"):
    return '<span style="font-family:\'%s\';color:%s;font-size:%s">%s</span>' % (font, ink, size or ("13pt" if small else "15pt"), x)


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
    P = "4px 6px"
    trs = [["姓名", "职称", "承担工作"]] + [[n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    if g == 1:   # 松原: 学生数, a bare number
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生数", s["form_count"]), ("学时", str(c["hours"])), ("实施场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="88%", pad=P)
    elif g == 2:   # 保山: 授课对象 with the size in brackets
        rows = [("专业名称", "%s　　专业代码：%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s（%s人）" % (s["cls"], re.search(r"\d+", s["form_count"]).group())), ("学时", "%d学时" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    else:   # 临汾: four columns
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学时", str(c["hours"]))],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报学校：{school}（盖章）</p><p>课堂负责人：{lead}　　　联系电话：1{ph}</p><p>申报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、课堂教学团队</h3>{tm}
<h3>三、学习任务情境</h3><p>{situation}</p>
<h3>四、教学实施过程</h3><p>按照明确任务、制订计划、实施检查、展示评价四个环节组织教学。每个环节都有学生活动、教师指导和评价要点，学生以小组为单位完成任务，教师记录过程表现。</p>
<h3>五、课堂特色</h3><p>任务来自{prov}企业的真实工作，评价由企业人员和教师共同完成。</p>
<h3>六、诚信承诺</h3><p>所报材料均为本校教学团队原创，真实有效。</p>""".format(
        school=s["school"], lead=t[0], ph="3%d****%04d" % (s["seed"] % 10, 1000 + s["seed"] * 37), d=3 + s["seed"] % 20,
        info=info, tm=tbl(trs, width="76%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n1. 课程性质\n本课程是{major}专业的一体化核心课程，根据国家课程标准和{prov}行业企业的岗位要求转化。\n2. 学习任务\n{task}（{hours}学时）。\n3. 评价\n过程评价占四成，结果评价占六成。",
    2: "{school}\n学习任务分析：{task}\n（一）任务描述\n{situation}\n（二）工作流程\n明确任务—制订计划—实施与检查—展示评价。",
    3: "{school}\n{task}　教学活动策划表\n环节一　情境导入，明确任务\n环节二　查阅资料，制订计划\n环节三　分组实施，过程检查\n环节四　成果展示，总结评价",
    4: "{school}\n{course}　教学进度表（共{hours}学时）\n第1周　明确任务\n第2周　制订计划\n第3—4周　实施与检查\n第5周　展示与评价",
    5: "{school}\n{task}　教学活动方案\n第1—2学时　情境导入，分组领任务\n第3—6学时　引导问题学习与计划\n其余学时　实施、检查、展示与评价",
    6: "{school}\n学习任务资源清单\n工作页、企业作业指导书、视频资源、{station}的设备与耗材。",
    7: "{school}\n{station}　图文说明\n工作站分为信息查阅区、计划讨论区、操作实施区和成果展示区。",
    9: "{school}\n{task}　考核方案\n过程考核与结果考核相结合，成绩填入学习任务考核记录，由任课教师签字。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 9分", "√ 详细", "√ 8分", "√ 正确", "√ 10分", "√ 可以"])


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
        return s["out_sidp"] + "23"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s　学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅教师：%s</p>' % (RED, ["完成较好", "答题认真", "要点齐全", "继续努力"][i % 4], t[0])
        if f == "duty_table":   # the group's division of labour, four classmates named
            others = [x for x in s["klass"] if x not in s["students"]]
            grp_m = [n] + [others[(5 * i + 3 * k) % len(others)] for k in range(3)]
            rng.shuffle(grp_m)
            head = '<p>姓名：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True))
            duty = tbl([[("<b>小组任务分工表</b>　第%s组" % ORD[i + 1], ' colspan="4"')], ["主厨", "砧板", "打荷", "记录员"],
                        [hand(x, True, BLACK) for x in grp_m]], width="100%", pad="3px 4px")
            body = title + head + duty + sit + answers(c, rng, i) + comment
        elif f == "handover_slip":   # a vehicle handover slip: 送修人 driver, 接车员 student
            slip = tbl([[("<b>车辆交接单</b>　No. 2024%04d" % (517 + i), ' colspan="4"')],
                        ["车　型", "解放J6P工程车", "车牌号", "吉J·%d%d7%d8" % (3 + i, i, 5 - i)],
                        ["送修人", hand(s["others_named"][0], True, BLACK), "接车员", hand(n, True)],
                        ["故障描述", ("停车后气压下降快", ' colspan="3" align="left"'), ]], width="100%", pad="3px 4px")
            body = slip + title + '<p>班级：%s　　学号：%s　　日期：%s</p>' % (hand(cl, True), hand(sid, True), day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "head_row_fax":   # a bordered head row 班级 | 姓名 | 学号 | 组别
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "组别", hand("第%s组" % ORD[i + 2], True)]],
                       width="100%", pad="4px 3px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "filename_row":   # a 提交文件名 row naming the student inside the file name
            head = '<p>姓名：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True))
            fn = tbl([["提交文件名（学号_姓名_场景）", hand("%s_%s_和顺古镇.max" % (sid, n), True)],
                      ["提交位置", "\\\\192.168.10.5\\作业\\%s" % s["cls"]]], width="100%", pad="3px 4px")
            body = title + head + fn + sit + answers(c, rng, i) + comment
        elif f == "cupping_card":   # a cupping card: 品鉴人 student, 咖啡师 the estate's barista
            card = tbl([[("<b>杯测记录卡</b>", ' colspan="6"')],
                        ["品鉴人", hand(n, True), "咖啡师", hand(s["others_named"][0], True, BLACK), "日期", hand(day(s, i)[5:], True)],
                        ["样品", "干香", "湿香", "酸质", "醇厚度", "余韵"],
                        ["%d号豆" % (i + 1)] + [hand(str(x), True) for x in [7.5 + 0.25 * (i % 2), 7.75, 7.5, 7.25 + 0.25 * i, 7.5]]],
                       width="100%", pad="3px 4px")
            body = card + title + '<p>班级：%s　　学号：%s</p>' % (cl, sid) + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 姓名：＿ 班级：＿ 学号：＿ on blanks
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line_fax":   # plain 班级＿ 学号＿ 姓名＿ line; the resident named
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = (title + head + '<p>入户对象：%s（79岁，独居）　　地址：平阳小区3号楼</p>' % s["others_named"][0] + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"duty_table": "x-scanpdf:200:ring", "handover_slip": "x-scanpdf:250:streak", "head_row_fax": "x-scanpdf:200:mono",
            "filename_row": "x-scanpdf:200:color", "cupping_card": "x-scanpdf:200:color:ring", "blank_line": "x-scanpdf:200",
            "plain_line_fax": "x-scanpdf:200:mono"}[f]
    font = {"cupping_card": "Noto Sans CJK SC", "filename_row": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>学校：%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 13)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def level(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def nation(s, n):
    if n == "玉罕":
        return "傣族"
    if n == "乌云塔娜" or n[0] == "包":
        return "蒙古族"
    if s["region"] == "bs" and n[0] in "字杞":
        return "彝族" if n[0] == "杞" else "白族"
    return "汉族"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>任课教师：%s　　　　系部审核：%s</p>" % ("、".join(t), t[-1])

    def simple(title, parts, extra_col=None, meth="pdf", font="Noto Serif CJK SC", size="9pt", lvl=False):
        hd = ["序号", "学号", "姓名"] + (["民族"] if extra_col == "nation" else []) + ["%s(%d)" % p for p in parts] + ["总分"] + (["等级"] if lvl else []) + (["备注"] if extra_col == "remark" else [])
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = parts[1][1] + 3
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            row = [str(k + 1), sid_of(s, n), n] + ([nation(s, n)] if extra_col == "nation" else []) + [str(x) for x in v] + [str(tot)]
            row += [level(tot)] if lvl else []
            row += [{3: "组长", 14: "组长", 27: "组长"}.get(k, "")] if extra_col == "remark" else []
            out.append(trow(row, pad))
        body = head10(s, c, title) + table(out) + sign
        return "10.html", html(body, size, font=font, compact=True), meth

    if f == "plain_grade":
        return simple("学习任务考核成绩登记表", [("刀工", 20), ("火候", 30), ("调味", 30), ("装盘", 10), ("卫生", 10)], lvl=True)
    if f == "plain_remark":
        return simple("学习任务考核记录表", [("理论", 30), ("实操", 50), ("职业素养", 20)], extra_col="remark", font="Noto Sans CJK SC")
    if f == "plain_level":
        return simple("学习任务考核成绩表", [("建模", 30), ("材质灯光", 25), ("渲染输出", 25), ("文件规范", 20)], meth="x-scanpdf:200:color:ring", lvl=True)
    if f == "plain_nation":
        return simple("学习任务考核记录", [("杯测", 20), ("手冲", 30), ("意式", 30), ("吧台服务", 20)], extra_col="nation", font="Noto Sans CJK SC")
    if f == "two_row_head":
        parts = [("考勤", 10), ("作业", 15), ("态度", 15), ("净选润制", 20), ("切片", 25), ("干燥质检", 15)]
        h1 = '<tr>%s</tr>' % "".join([td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ("序号", "学号", "姓名")] +
                                     [td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad), td("<b>结果考核（60分）</b>", ' align="center" colspan="3"', pad),
                                      td("<b>总分</b>", ' align="center" rowspan="2"', pad)])
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200:streak"
    if f == "star_rating":   # stars and the number in each part cell
        parts = [("入户沟通", 20), ("隐患查找", 30), ("评估打分", 25), ("改造建议", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.98)
            cells = ["%s %d" % ("★" * round(5 * x / m) + "☆" * (5 - round(5 * x / m)), x) for x, (_, m) in zip(v, parts)]
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录（星级评价）") + table(out) +
                "<p>说明：每项按表现给一至五颗星，星后数字为该项得分；总分为四项得分之和。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "hand_book":   # a handwritten register book page, photographed
        parts = [("站外限流", 40), ("广播引导", 30), ("应急处置", 30)]
        H = lambda x: hand(x, True, BLACK, size="10pt")
        hd = [td("<b>序号</b>", ' align="center"', pad), td("<b>姓　名</b>", ' align="center"', pad)]
        hd += [td(H("%s<br/>%d" % p), ' align="center"', pad) for p in parts] + [td(H("总分"), ' align="center"', pad)]
        hd += [td("", "", pad) for _ in range(4)]
        out = ["<tr>%s</tr>" % "".join(hd)]
        for k in range(40):
            if k < len(rec):
                n = rec[k]
                v = part_scores(rng, parts)
                tot = sum(v) + (5 if bad.get(n) == "sum" else 0)
                cells = [str(k + 1), H(n)] + [H(str(x)) for x in v] + [H(str(tot))] + [""] * 4
            else:
                cells = [str(k + 1)] + [""] * 9
            out.append(trow(cells, "0px 3px"))
        body = ('<p style="text-align:center;font-size:13pt"><b>学 生 成 绩 登 记 册</b></p><p>%s　　班级：%s　　课程：%s</p>'
                % (hand("2024—2025学年第一学期", True, BLACK), hand(s["cls"], True, BLACK), hand(c["course"] + "（" + c["task"][:8] + "）", True, BLACK))
                + table(out) + '<p>任课教师：%s</p>' % hand(t[0], True, BLACK))
        return "10.html", html(body, "8.5pt", compact=True, page="margin:0.9cm 1.2cm"), "x-scanpdf:200:photo:glare"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t)))
    parts = [head]
    if f == "render_register":   # a submission register, then a page a work with a grey frame for the render
        reg = [["序号", "作品名称", "作者", "班级", "提交日期"]]
        k = 0
        for n in names:
            for title, desc in c["outputs"]:
                k += 1
                reg.append([str(k), title, n, cls_of(s, n), day(s, 30)[5:]])
        parts = [head + "<h3>作品提交登记</h3>" + tbl(reg, width="96%")]
        for n in names:
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             '<table width="90%%" align="center"><tr><td style="border:1pt solid #888;background:#dcdcdc;height:9cm" align="center">［渲染截图］</td></tr></table>'
                             '<p style="text-align:center">作者：%s　　班级：%s　　%s</p><p>说明：%s</p>' % (n, cls_of(s, n), ["3ds Max 2022", "V-Ray 5", "Premiere"][j], desc))
        return "11.html", html(PB.join(parts), font="Noto Sans CJK SC"), "pdf"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "dish_record":
                parts.append('<h3>%s</h3>' % title + tbl([["主理人", "%s（%s）" % (n, cl), "日期", day(s, 30 + i)],
                                                          ["原料", "胖头鱼头、玉米面、白面、五花肉", "份数", "%d桌" % (4 + j)],
                                                          ["步骤", ("煎鱼头—炝锅—加水炖—贴饼—调味出锅", ' colspan="3" align="left"')]], width="92%") +
                             "<p>记录：%s</p><p>指导教师：%s</p>" % (desc, t[j % 2]))
            elif f == "work_order":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["客户单位", "油田作业区车队", "送修人", s["others_named"][0]], ["维修学员", "%s（%s）" % (n, cl), "质检员", t[j % 2]],
                                  ["项目", "配件", "工时", "结果"], ["查找漏气点", "—", "0.5", "右后气室"], ["更换膜片", "制动气室膜片×1", "1.0", "完成"]],
                                 width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "herb_record":
                parts.append('<h3>%s</h3>' % title + tbl([["品名", "防风（厚片）", "批号", "FF2410%02d" % (11 + 3 * i + j)],
                                                          ["切制人", n, "检验员", t[j % 2]], ["项目", "标准", "结果", "结论"],
                                                          ["片厚", "2～4 mm", "%.1f mm" % (2.8 + 0.2 * j), "符合"], ["水分", "≤10%", "9.%d%%" % (2 + i), "符合"]],
                                                         width="90%") + "<p>班级：%s　　%s</p>" % (cl, desc))
            elif f == "drink_record":
                parts.append('<h3>%s</h3><p>调制人：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["饮品", "豆种", "杯数", "备注"], ["手冲", "%d号豆" % (j + 1), str(12 + 2 * i + j), "水温92℃"], ["拿铁", "拼配", str(8 + i), "奶温60℃"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "plan_typed":
                parts.append('<h3>%s</h3><p>编制人：%s（%s）　　审核：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["时段", "进站客流（人次/小时）", "措施"], ["7:00—7:30", str(5200 + 100 * i), "一级限流"], ["7:30—8:30", str(7800 + 150 * j), "二级限流，分批放行"]], width="86%") + "<p>%s</p>" % desc)
            elif f == "assess_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["评估员", n, "班级", cl], ["入户对象", s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["区域", "得分", "主要隐患", ""], ["卫生间", str(52 + 3 * i), "无扶手、地滑", ""], ["卧室", str(71 + j), "夜间无照明", ""]],
                                                         width="90%") + "<p>结论：%s</p>" % desc)
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
            qa += [q, "> " + a[(i + qi + 2) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s" % day(s, 20 + i)[5:]]
        if f == "name_photo_glare":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "plain_photo":
            head = ["课后作业（%s）" % c["task"][:9], "> 班级：%s　学号：%s　姓名：%s" % (cl, sid, n)]
        elif f == "hand_page":
            head = ["课后作业", "姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "plain_photo3":
            head = ["%s　课后练习" % c["course"], "> %s　%s　%s" % (cl, n, sid)]
        elif f == "ring_photo":
            head = ["课后作业　咖啡服务", "> 姓名：%s　%s" % (n, cl)]
        elif f == "glare_photo":
            head = ["课后作业　车站客运组织", "> 班级 %s　姓名 %s" % (cl, n)]
        elif f == "color_hand":
            head = ["居家照护　课后作业", "姓名：%s　班级：%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_photo_glare": "x-photo:200:2:glare", "plain_photo": "x-photo:200:1", "hand_page": "x-scan:250:4",
            "plain_photo3": "x-photo:200:3", "ring_photo": "x-photo:200:1:ring", "glare_photo": "x-photo:200:2:glare",
            "color_hand": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex(n):
    g = n[2:] if n.startswith("尉迟") else n[1:]
    return "男" if g in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "plain_list":
        rows = [["序号", "学号", "姓名", "性别", "民族", "住宿情况"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex(n), nation(s, n), rr.choice(["住宿", "住宿", "走读"])])
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="88%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　共%d人　　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "rollbook":   # a 点名册 from the 教务 system: eighteen week columns with ticks
        hd = ["序号", "学号", "姓名", "性别"] + [str(w) for w in range(1, 19)]
        rows = [hd]
        for j, n in enumerate(k):
            marks = []
            for w in range(18):
                if w >= 12:
                    marks.append("")
                else:
                    x = rr.random()
                    marks.append("√" if x > 0.06 else ("假" if x > 0.03 else "迟"))
            rows.append([str(j + 1), sid_of(s, n), n, sex(n)] + marks)
        body = ('<p style="text-align:center;font-size:12pt"><b>%s　学生点名册</b></p>'
                '<p>2024—2025学年第一学期　　班级：%s　　课程：%s　　任课教师：%s</p>' % (s["school"], s["cls"], c_of(s)["course"], s["teachers"][0]) +
                '<p>周次 →</p>' + tbl(rows, width="100%", pad="0px 2px", bold=(0,)) +
                "<p>班主任：%s　　应到%d人　　√出勤　迟迟到　假请假　　（教务管理系统打印）</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "7.5pt", font="Noto Sans CJK SC", compact=True, page="margin:0.8cm 0.8cm"))
        man.append("roster.html\t%s点名册.pdf\tpdf\troster\t0" % s["cls"])
        return
    raise SystemExit(r)


def c_of(s):
    return C[s["course"]]


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Fifty-eighth held-out people corpus (testdata/heldout58), the format of testdata/heldout28/truth.json. "
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
        for w in (c["task"], c["course"], s["school"]):
            if w in EARLIER_TEXT:
                raise SystemExit("%s was used by an earlier corpus" % w)
    for city in ("松原", "保山", "临汾"):
        if city in EARLIER_TEXT:
            raise SystemExit("city %s stands in an earlier corpus" % city)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    people = all_planted + all_teachers + all_others
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            if near(a, b):
                raise SystemExit("%s is near %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 58)
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
        cnt = re.search(r"\d+", s["form_count"]).group()
        fct = {1: "学生数 | %s" % s["form_count"], 2: "授课对象 | %s（%s人）" % (s["cls"], cnt), 3: "班级人数 | %s" % s["form_count"]}[grp(s)]
        f8 = s.get("f8")
        truth["submissions"][subid] = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(cnt), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
