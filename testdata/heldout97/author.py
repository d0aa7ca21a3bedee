#!/usr/bin/env python3
"""Write the sources of the ninety-seventh held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 湘乡
(Hunan, 湘潭), 桐梓 (Guizhou, 遵义) and 连州 (Guangdong, 清远).
The helpers (name drawing, refusal of earlier names, HTML helpers, main) are
heldout64's author.py, copied; the contents, layouts and people are new.

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
# the truth files read for names, tasks and courses to avoid (heldout98 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 97)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 怀柔 (北方 common families, and the Manchu 关 富 那 佟
# of the 长哨营 and 喇叭沟门 townships), 宝坻 (王 李 张 刘 杨 赵 孙 高 于 齐 宋 穆 …), 彬州 (关中 families:
# 党 雷 寇 史 侯 权 同 …)
SURNAMES = {
    # 湘乡 (湖南 湘潭): 王 李 刘 陈 and the Hunan families 彭 谭 曾 易 贺 罗 邓 周 龙 左 洪
    "xx": list("王王王李李李刘刘刘陈陈陈彭彭谭谭曾曾易贺罗罗邓周黄龙左洪朱"),
    # 桐梓 (贵州 遵义): 王 李 张 刘 陈 杨 赵 and 令狐 (a compound surname of northern Guizhou), 蔡 母 冉 娄
    "tz": list("王王王李李李张张刘刘陈陈杨杨赵赵蔡周何罗冉母娄袁") + ["令狐"],
    # 连州 (广东 清远): 陈 黄 李 梁 邓 莫 唐 廖 冯 何 欧 成
    "lz": list("陈陈陈陈黄黄黄李李李梁梁邓邓莫莫唐唐廖冯何欧成谭"),
}
# given names: a new list, the everyday names of students born around 2008
GIVEN2 = ("一鸣 子墨 思远 雨萱 若曦 梓涵 浩宇 俊熙 欣悦 佳怡 明轩 嘉懿 语桐 沐辰 皓轩 诗琪 馨月 宇航 泽楷 梦琪 "
          "晨阳 安琪 博文 睿泽 可馨 嘉怡 铭泽 昊然 雅琳 心怡 奕辰 锦程 书瑶 一诺 天佑 梓萌 俊豪 思琪 子轩 靖雯 "
          "紫琳 宏博 家豪 佳琪 瑞雪 子健 晓彤 振宇 雨泽 芷晴 浩楠 欣妍 晟睿 家乐 思彤 润泽 怡然 天翊 佳琳 承泽 "
          "文博 雨欣 凯文 佳颖 子豪 梦瑶 志豪 雅婷 鑫磊 晓雯 "
          "子航 雅楠 欣然 宇轩 艺涵 冰洁 新宇 炳辰 泓宇 金泽 尚儒 庆林 朝晖 治宇 彦博 瀚文 楚涵 婉清 沛然 骏驰 "
          "柏霖 翰林 凌霄 景行 煜城 钰涵 歆瑶 珂欣 涵宇 若彤 梦洁 诗雨 晓萌 乐怡 悦彤 依诺 雨婷 佳慧 思雨 美琪 "
          "欣瑜 雪晴 佳宁 静怡 海洋 世杰 建宇 博涛 鹏飞 文杰 泽宇 宇鑫 翔宇 兆丰 国栋 永康 少杰 梓豪 铭宇 晨轩 "
          "明哲 立恒 启明 嘉乐 思源 锦轩 正阳 志远 林峰 舒畅 雨桐 冠宇 星宇 昕怡 语嫣 妙可 宛如 晓琪 紫萱").split()
GIVEN1 = list("昊琳博阳悦鑫磊婷")
# more given names, so that the common surnames are not exhausted by the names of 96 earlier corpora
GIVEN2 += ("子渝 思妤 若琪 浩然 宇辰 俊宇 梓睿 泽远 嘉豪 睿哲 子瑜 欣怡 诗涵 雨菲 梓琪 可欣 晨曦 雨晨 嘉琪 俊逸 梓轩 子涵 锦涵 沐阳 浩铭 俊楠 宇哲 文轩 梓豪 芷涵 若汐 梓妍 依琳 诗语 语晨 佳蕊 梦婷 雅涵 婧怡 紫怡 湘宁 湘婷 楚航 楚怡 桂森 荣华 永鑫 康宁 弘毅 卓远 致远 谨言 修远 立新 建华 德胜 秋实 春晖 晓东 晓峰 志强 明杰 兴旺 世豪 云帆 远航 鹏程 子昂 俊辉 伟杰 家俊 志聪 梓健 俊霖 晓琳 慧敏 丽娜 静雯 嘉颖 咏琪 凯琳 颖欣 宝仪 绮雯 晓婷 金凤 玉洁 春燕 秀娟 丹丹 莎莎 倩倩 婷婷 甜甜 露露 贝贝 芸芸 乾坤 坤鹏 耀文 耀华 国庆 国锋 洪涛 海峰 海军 德明 启航 梓铭 宇彤 钰婷 钰彤 馨予 梓淇 艺菲 思颖 雨涵").split()


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
 "bacon": dict(major="电子商务", code="0603", course="农产品网店视觉与客服", task="湘乡花猪腊肉网店详情页设计与售后客服话术编写",
   hours=16, station="电商运营一体化学习工作站",
   situation="入冬后湘乡一家花猪养殖合作社开始熏制腊肉，想在网店上卖给在外地工作的湘乡人。合作社负责人请电商班学员拍摄产品图片，设计商品详情页，编写售前咨询和售后处理的客服话术，并在模拟后台完成上架和一周的客服值班。",
   qs=[("问题1 详情页首屏应该放哪些信息？", ["产品主图、价格、烟熏工艺的卖点和包邮说明，买家三秒内就能看懂卖的是什么。", "主图、价格和卖点。", "包邮说明放在首屏。"]),
       ("问题2 为什么要拍腊肉的切面图？", ["切面能看出肥瘦比例和烟熏的颜色，买家最关心这个，比文字更有说服力。", "能看出肥瘦和颜色。", "比文字有说服力。"])],
   hw=[("1. 买家说腊肉太咸怎么回复？", ["先致歉，告诉买家食用前用温水泡两个小时，再切片蒸或者炒，并送一张下次的优惠券。", "教买家先泡水再蒸。", "致歉，送优惠券。"]),
       ("2. 快递破损怎样处理？", ["请买家拍照，核实后补发或者退款，同时向快递公司索赔，并在后台登记。", "拍照核实后补发或退款。", "向快递索赔。"])],
   outputs=[("商品详情页设计稿", "首屏主图加三段卖点，共九屏。"), ("客服话术手册", "售前二十条，售后十二条。")]),
 "beef": dict(major="烹饪(中式烹调)", code="0501", course="湘乡乡宴热菜制作", task="湘乡小炒黄牛肉与蒸钵子菜宴席热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="湘乡城里一家老牌湘菜馆承接一场六桌的乡宴，菜单上有小炒黄牛肉和蒸钵子菜。厨师长请烹饪班学员按标准菜谱验收原料，完成黄牛肉的切配上浆、旺火快炒和钵子菜的蒸制，控制出菜节奏，记录顾客评价并核算成本。",
   qs=[("问题1 小炒黄牛肉为什么要逆着纹路切？", ["逆纹切断肌肉纤维，炒出来才嫩，顺纹切会嚼不烂。", "切断纤维，炒出来嫩。", "顺纹切嚼不烂。"]),
       ("问题2 上浆时为什么要加一点油封面？", ["油把浆锁在肉片表面，下锅不粘连，肉汁也不容易流失。", "下锅不粘连。", "锁住肉汁。"])],
   hw=[("1. 旺火快炒要注意什么？", ["锅要烧热，油温七成下肉，二十秒内翻散出锅，辣椒和香菜最后放。", "锅热、油温七成、快出锅。", "辣椒香菜最后放。"]),
       ("2. 蒸钵子菜的火候怎么掌握？", ["大火上汽后转中火，腊味蒸四十分钟，蔬菜类十五分钟，中途不揭盖。", "上汽后转中火。", "中途不揭盖。"])],
   outputs=[("小炒黄牛肉制作记录", "出菜时间四分钟。"), ("蒸钵子菜制作记录", "每钵蒸四十分钟。"), ("乡宴热菜成本核算单", "六桌共计成本二千一百元。")]),
 "drum": dict(major="汽车维修", code="0403", course="货车制动系统检修", task="山区农用货车鼓式制动器拖滞与跑偏故障检修",
   hours=16, station="汽车底盘检修一体化学习工作站",
   situation="桐梓山路多，一位跑运输的货车司机反映下长坡后车轮发烫，踩刹车时车往右偏。修理厂主管请汽修班学员接车问诊、路试确认故障，拆检鼓式制动器，测量制动鼓内径和蹄片厚度，检查轮缸和回位弹簧，调整蹄鼓间隙并做制动力检测，最后填写维修工单。",
   qs=[("问题1 车轮发烫说明什么？", ["制动蹄没有完全回位，一直和制动鼓摩擦，多半是回位弹簧疲劳或者轮缸卡滞。", "蹄片没回位，一直在摩擦。", "回位弹簧或轮缸有问题。"]),
       ("问题2 制动跑偏先查哪里？", ["先比较左右车轮的蹄片磨损和间隙，再查有没有一边沾了油，最后查轮胎气压。", "比较左右蹄片和间隙。", "查蹄片有没有油污。"])],
   hw=[("1. 制动鼓内径超过极限怎么办？", ["超过维修极限就要更换，不能再镗削，左右两侧要一起换。", "更换，两侧一起换。", "不能再镗。"]),
       ("2. 为什么下长坡要用排气制动？", ["长时间踩刹车会让制动鼓过热，摩擦系数下降，刹车就不灵了。", "防止制动鼓过热。", "刹车会失灵。"])],
   outputs=[("维修工单", "更换右后制动蹄和回位弹簧。"), ("制动力检测记录", "左右制动力差小于百分之八。")]),
 "gastrodia": dict(major="中药", code="1301", course="根茎类药材产地加工", task="天麻鲜品蒸制切片与干燥质量检查",
   hours=16, station="中药饮片加工一体化学习工作站",
   situation="桐梓山区的天麻种植户在冬季集中采挖鲜天麻，当地一家饮片加工厂来不及加工。厂里的质量负责人请中药班学员按炮制规范完成鲜天麻的分级、清洗、蒸透、切片和低温干燥，检查饮片的外观、水分和片厚，填写加工记录和质量检查记录。",
   qs=[("问题1 天麻为什么要蒸透再切片？", ["蒸透可以杀酶保质，天麻变软以后切片才不碎，断面呈角质样半透明。", "杀酶保质，切片不碎。", "断面半透明。"]),
       ("问题2 怎样判断天麻已经蒸透？", ["用竹签能顺利插透中心，对着光看没有白心。", "竹签能插透。", "没有白心。"])],
   hw=[("1. 干燥温度为什么不能太高？", ["温度太高饮片会焦糊、起泡，有效成分也会损失，一般控制在六十度以下。", "会焦糊，成分损失。", "六十度以下。"]),
       ("2. 饮片质量检查看哪些项目？", ["片厚、色泽、断面、有无虫蛀霉变，再测水分是否合格。", "片厚、色泽和水分。", "有无霉变。"])],
   outputs=[("天麻饮片加工记录", "蒸制四十分钟，片厚二毫米。"), ("饮片质量检查记录", "水分百分之十二，合格。"), ("分级验收单", "一级品占六成。")]),
 "gorge": dict(major="计算机动画制作", code="0306", course="文旅宣传二维动画制作", task="娄山关红色文化宣传二维动画短片分镜与合成",
   hours=16, station="数字动画制作一体化学习工作站",
   situation="县里的文化旅游部门要在游客中心播放一部两分钟的二维动画短片，介绍娄山关的历史和景区游览线路。动画工作室请动画班学员阅读脚本，绘制分镜头台本，设计场景和角色，完成关键镜头的动画与配音合成，按客户意见修改后提交成片。",
   qs=[("问题1 分镜头台本要写清哪些内容？", ["镜头号、景别、画面内容、台词或旁白、时长和转场方式。", "镜头号、景别、时长。", "画面和旁白。"]),
       ("问题2 为什么要先做动态分镜？", ["动态分镜能提前看出节奏和时长是否合适，客户确认后再做正式动画，返工少。", "提前看节奏，返工少。", "客户先确认。"])],
   hw=[("1. 远景和特写各适合表现什么？", ["远景交代山势和环境，特写表现人物的表情和细节。", "远景交代环境。", "特写表现表情。"]),
       ("2. 配音和画面怎样对齐？", ["按旁白的时间码切镜头，口型动画对准重音，片尾留两秒空白。", "按时间码切镜头。", "口型对准重音。"])],
   outputs=[("分镜头台本", "全片三十二个镜头，时长两分钟。"), ("成片合成工程", "1920×1080，二十五帧每秒。")]),
 "shaft": dict(major="数控加工(数控车工)", code="0106", course="农机台阶轴数控车削", task="碾米机主轴台阶轴数控车削加工与检验",
   hours=18, station="数控车削一体化学习工作站",
   situation="连州的一家碾米厂在早稻收割后赶着开机，碾米机主轴的台阶轴磨损后配件买不到。碾米厂请学校数控车间按旧件测绘图纸加工四根主轴。车间主任请数控班学员编写工艺和程序，完成外圆、台阶、螺纹和退刀槽的车削，并做首件检验。",
   qs=[("问题1 车细长轴为什么要用顶尖？", ["工件长、刚性差，一夹一顶能减小弯曲和振动，保证同轴度。", "减小弯曲和振动。", "保证同轴度。"]),
       ("问题2 车螺纹前为什么要先车退刀槽？", ["退刀槽让螺纹刀有地方退出，螺纹收尾完整，不会撞刀。", "螺纹刀有地方退出。", "不会撞刀。"])],
   hw=[("1. 怎样检测外圆尺寸？", ["用外径千分尺在两个互相垂直的方向各测一次，取两次读数。", "用千分尺测两个方向。", "取两次读数。"]),
       ("2. 精车余量留多少合适？", ["外圆一般留零点三到零点五毫米，太少车不光，太多刀具磨损快。", "零点三到零点五。", "太多刀具磨损快。"])],
   outputs=[("主轴首件检验记录", "外圆φ40h6合格。"), ("主轴加工程序单", "O2315，共五十六段。")]),
 "ferry": dict(major="城市轨道交通运输与管理", code="0431", course="铁路车站春运客运组织", task="春运期间高铁站进站安检与候车区客流引导",
   hours=16, station="城轨客运服务一体化学习工作站",
   situation="春运期间，连州一带外出务工人员集中返程，附近高铁站候车区每天下午人满为患。车站客运主任请城轨班学员分析往年春运客流，编制进站安检和候车区客流引导方案，设置重点旅客服务点，演练检票口排队和列车晚点时的广播与疏导。",
   qs=[("问题1 安检口排长队时可以采取什么措施？", ["增开安检通道，设置实名制验证和安检的分流栏杆，提醒旅客提前取出充电宝和液体。", "增开安检通道。", "提醒提前取出充电宝。"]),
       ("问题2 重点旅客服务点为哪些人服务？", ["老人、孕妇、带小孩的旅客和行动不便的旅客，提供优先进站和引导上车。", "老人、孕妇和行动不便的人。", "优先进站。"])],
   hw=[("1. 检票口为什么要提前十五分钟开检？", ["春运旅客行李多，提前开检能让旅客从容上车，列车准点发车。", "行李多，从容上车。", "列车准点发车。"]),
       ("2. 晚点广播每隔多久播一次？", ["每十分钟播报一次，说明晚点原因、预计开车时间和改签办法。", "每十分钟一次。", "说明改签办法。"])],
   outputs=[("春运进站客流组织方案", "设两级分流点，高峰每小时进站三千人。"), ("候车区引导岗位卡", "每个检票口两名引导员。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="湘乡市涟水技工学校", pack="dir", region="xx", course="bacon", cls="电商2401班", size=38, seed=11,
         sidp="24430603", students=["彭子墨", "谭雨萱", "易俊驰"], items={12: ["彭子墨", "谭雨萱"]},
         extra_class=["曾梓萌"], bad={"曾梓萌": "over"}, others_named=["洪桂英"],
         teachers=["贺建湘", "罗美容"], form_count="38人",
         f8="corner_card", f10="landscape_grade", f11="detail_typed", f12="chili_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "曾梓萌")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, dried chillies on the sheets) holds the homework of only TWO students, 彭子墨 and 谭雨萱 (易俊驰's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (TYPED, LANDSCAPE, each head `<part><br/>（满分N）`, 等级 and 备注 after 总分, 学号 before 姓名, no 序号): 曾梓萌 has 31 under `客服话术（满分25）` (总分 the sum): records.invalid_score. Item 8 (scanned 200 gray): a small stacked 班级/姓名/学号 card at the top right. The cooperative's head 洪桂英 named as 委托方 on every item-11 page (not a student). No roster"),
    dict(school="湘乡市涟水技工学校", pack="dir", region="xx", course="beef", cls="烹饪2402班", size=40, seed=12,
         sidp="24430501", students=["龙浩宇", "左欣悦", "邓明远"], others_named=["周福生", "朱桂香", "陈国良"],
         teachers=["曾湘林", "易湘梅"], form_count="40人", roster="seating", headteacher="谭淑君",
         f8="customer_review", f10="bonus", f11="dish_typed", f12="hand_page",
         findings=[],
         comment="clean. The roster is a SEATING CHART (座位表: 讲台 at the top, six desks a row in pairs, 40 names, 班主任 谭淑君) = form `在籍学生40人` = item 10 (scanned 200 colour; 姓名 before 学号; a 加分 column for seven students, +2..+8, explained on the page: four parts out of 90, 总分 = parts + 加分). Item 8 (scanned 250 colour): the student only on a `完成人：` line at the foot; the head chef 周福生 (指导师傅) and the diners 朱桂香 / 陈国良 (顾客) are named on every worksheet; the diners again as 点评顾客 on the typed dish records (item 11). Item 12: whole handwritten pages, scanned"),
    dict(school="桐梓县娄山关技工学校", pack="gbkzip", region="tz", course="drum", cls="汽修2402班", size=41, seed=21,
         sidp="2452040302", students=["冉志豪", "娄嘉怡", "蔡宇航"], outsiders={"蔡宇航": "汽修2401班"}, out_sidp="2452040301",
         absent_from_10=[], others_named=["母德彬"],
         teachers=["袁成刚", "何明燕"], form_count="42名",
         f8="tearoff", f10="group_tables", f11="workorder_typed", f12="ziptie_scan",
         findings=[("students.not_in_class", 8, True, "蔡宇航"), ("records.count_mismatch", 10, False)],
         comment="蔡宇航 of the parallel class 汽修2401班 (his class and 学号 245204030123 on the tear-off strip of his worksheet, on the typed work orders and on his homework) is the third student of 8/11/12; item 10 has no record of him: students.not_in_class. Item 10 (TYPED) is SIX SEPARATE GROUP TABLES (第一组…第六组, each with its own head and 组内序号 restarting at 1, 41 rows in all); the form says `学生人数 | 42名`, no roster: records.count_mismatch. Item 8 (scanned 200 1-bit, a black cable tie on the glass): the identity on a TEAR-OFF STRIP at the foot below a dashed ✂ line; the driver 母德彬 signs as 车主 (not a student). Item 12: scanned handwriting with a cable tie"),
    dict(school="桐梓县娄山关技工学校", pack="gbkzip", region="tz", course="gastrodia", cls="中药2401班", size=40, seed=22,
         sidp="2452130101", students=["杨雅竹", "赵书蕾", "令狐博文"], extra_class=["冉晓雯", "何骏豪", "周楚瑜"],
         absent_from_10=["冉晓雯"], bad={"何骏豪": "sum"}, fixed_ok={"周楚瑜": "corr"}, others_named=["罗德顺"],
         teachers=["张永贵", "陈素萍"], form_count="40名", roster="two_column", headteacher="刘朝霞",
         f8="photo_box", f10="corrected_scan", f11="gastrodia_typed", f12="plain_photo",
         findings=[("records.missing_student", 10, False, "冉晓雯"), ("records.count_mismatch", 10, False),
                   ("records.invalid_score", 10, False, "何骏豪")],
         comment="the roster (a 花名册 in two side-by-side halves, scanned 200 gray, 40) and the form (`40名`) hold 冉晓雯; item 10 (scanned 250 gray, two-row head 加工操作（75分）/成品（25分）, a 备注 column) has 39 rows and none for her: records.missing_student and records.count_mismatch. 何骏豪's 总分 is 6 above the sum of his parts: records.invalid_score. Hard but legal: 周楚瑜's total was written 10 too high, struck through and corrected in red beside it (`改 张`), the corrected total is the sum. Item 8 (scanned 300 gray): a head table with a blank 照片 box; the factory's quality head 罗德顺 named; on item 11 the grower 罗德顺 again (种植户), 加工人 the student"),
    dict(school="桐梓县娄山关技工学校", pack="gbkzip", region="tz", course="gorge", cls="动画2401班", size=36, seed=23,
         sidp="2452030601", students=["周思齐", "李梦蝶", "令狐雅雯"], others_named=["袁华松"],
         teachers=["蔡国强", "母丽君"], form_count="36名", roster="cadres", headteacher="杨正荣",
         f8="plain_line", f10="weighted", f11="storyboard_typed", f12="ziptie_scan",
         findings=[],
         comment="clean. Item 10 (TYPED) is a WEIGHTED register: 理论测试(100), 实操作品(100), 总评 = 理论×30% + 实操×70% (explained in the head and under the table; rounded), 等级 — a total that is not the sum of its parts, legally. 36 rows = form `36名` = roster. The roster lists the 班委 (班长, 团支书, 学习委员, 生活委员 — students of the class) in a box at the top, then the class, 班主任 杨正荣. Item 11: storyboards with the client's contact 袁华松 (not a student). Item 8 scanned 200 gray with a cable tie; plain `班级 学号 姓名` line"),
    dict(school="连州市湟川技工学校", pack="zip", region="lz", course="shaft", cls="数控2401班", size=40, seed=31,
         sidp="24441601", students=["梁晨曦", "莫思彤", "唐浩楠"], items={11: ["梁晨曦", "莫思彤", "廖子骞"]},
         extra_class=["廖子骞", "黄锦鸿"], bad={"黄锦鸿": "over"}, others_named=["欧振华"],
         teachers=["成伟明", "冯秀娟"], form_count="40",
         f8="code_box", f10="coded_legend", f11="inspection_typed", f12="exercise_book",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "黄锦鸿")],
         comment="item 11 (TYPED inspection records, `操作者：<name>（班级）`) holds 梁晨曦, 莫思彤 and classmate 廖子骞 (with an item-10 record) instead of 唐浩楠 (items 8 and 12 hold the three): students.mismatch. Item 10 (scanned 300 dpi 1-bit) has CODED heads A B C D; their names and maxima stand in a LEGEND table above the register (A 工艺与程序 20, B 40, C 25, D 15; 姓名 before 学号); 黄锦鸿 has 26 under A (max 20), 总分 the sum: records.invalid_score. Item 8 (scanned 150 gray): a boxed 编号 LZ-0106-nn at the top left and a 姓名 学号 班级 日期 line; the mill's contact 欧振华 named (not a student). Item 12: exercise-book cover photos. No roster"),
    dict(school="连州市湟川技工学校", pack="zip", region="lz", course="ferry", cls="城轨2402班", size=38, seed=32,
         sidp="24441431", students=["陈嘉滢", "黄语晴", "邓子航"], items={8: ["陈嘉滢", "黄语晴", "邓子航", "何心妍"]},
         extra_class=["何心妍", "李泽霖"], bad={"李泽霖": "sum"}, others_named=["唐伟雄"],
         teachers=["梁志坚", "莫秀芳"], form_count="38",
         f8="chili_header", f10="total_first", f11="plan_typed", f12="color_scan_hand",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "李泽霖")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (PHONE PHOTOS with dried chillies on the sheets) holds the worksheets of FOUR students: the three and classmate 何心妍 (with an item-10 record): students.count on 8; students.mismatch optional. Item 10 (TYPED) has 总分 right after the name, BEFORE the parts (heads `<part><br/>N`), and a 评语 column; 李泽霖's 总分 is 7 BELOW the sum of his parts: records.invalid_score. The station's duty clerk 唐伟雄 named on every worksheet (not a student). No roster"),
]

PROVINCE = {1: "湖南省湘潭市湘乡市", 2: "贵州省遵义市桐梓县", 3: "广东省清远市连州市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 湘乡: "8-工作页.pdf"
        return "%d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 桐梓: "材料08 工作页.pdf"
        return "材料%02d %s.pdf" % (n, NAMES[n])
    return "%s（成果%d）.pdf" % (NAMES[n], n)   # 连州: "工作页（成果8）.pdf"


def form_name(s, c):
    return {1: ("申报书（%s）.docx" % s["cls"], "docx"),
            2: ("%s-申报书.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("附件2 工学一体化优质课堂申报书-%s.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


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
    g = grp(s)
    if g == 1:   # 湘乡: the class with its size in words after it
        return [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", "%s（在籍学生%s）" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    if g == 2:   # 桐梓: 学生人数 with 名
        return [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("授课地点", c["station"])]
    return [("专业（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),   # 连州
            ("班级名称", s["cls"]), ("班级规模（人）", s["form_count"]), ("学时", "%d" % c["hours"])]


def form_count_text(s):
    r = dict(form_rows(s, C[s["course"]]))
    for k in ("学生人数", "班级规模（人）", "授课班级"):
        if k in r and re.search(r"\d", r[k]):
            return "%s | %s" % (k, r[k])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    info = tbl([[a, (b, ' align="left"')] for a, b in form_rows(s, c)], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年3月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施过程</h3><p>按“明确任务—制订计划—评估决策—实施任务—检查控制—评价反馈”组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作企业的真实需求，成果经企业验收。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=2 + s["seed"] % 23, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
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
        return s["out_sidp"] + "23"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])



# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8 + 97)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "corner_card":   # a small stacked 学生信息 card at the top right, the title on the left
            card = ('<table style="border-collapse:collapse;float:right" width="34%%">%s</table>' %
                    "".join('<tr>%s%s</tr>' % (td(a, ' align="center" width="32%"', "3px 3px"), td(b, "", "3px 3px"))
                            for a, b in (("班　级", hand(cl, True)), ("姓　名", hand(n, True)), ("学　号", hand(sid, True)))))
            body = (card + '<p style="font-size:14pt"><b>学习工作页</b></p><p>%s</p><p>学习活动2　制订计划与实施</p><p style="clear:both"></p>' % c["task"]
                    + sit + answers(c, rng, i) + comment)
        elif f == "customer_review":   # name on a signature line at the END; diners' comments named
            cust = s["others_named"][1 + i % 2]
            body = (title + '<p>实训日期：%s　　实训地点：湘菜馆后厨（校外实训基地）</p>' % day(s, i) + sit + answers(c, rng, i) +
                    '<p><b>顾客意见：</b>%s　（顾客：%s）</p>' % (hand(["牛肉很嫩，辣味刚好。", "钵子菜香，分量足。", "出菜快，下次还来。"][i % 3], True, BLACK), hand(cust, True, BLACK)) +
                    '<p>指导师傅：%s（厨师长）</p>' % hand(s["others_named"][0], True, BLACK) + comment +
                    '<p style="text-align:right">完成人：%s　　%s　　学号 %s</p>' % (hand(n), hand(cl, True), hand(sid, True)))
        elif f == "tearoff":   # the identity on a tear-off strip at the foot of the sheet, below a dashed cut line
            body = (title + sit + answers(c, rng, i) + '<p>车主签字：%s　　%s</p>' % (hand(s["others_named"][0], True, BLACK), comment) +
                    '<p style="text-align:center;color:#555">- - - - - - - - - - - ✂ - - - - - 沿此线撕下交回 - - - - - ✂ - - - - - - - - - - -</p>' +
                    tbl([["学生姓名", hand(n, True), "所在班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px"))
        elif f == "photo_box":   # a head table with a blank photo box at the right
            head = ('<table style="border-collapse:collapse" width="100%%"><tr>%s%s%s%s%s</tr><tr>%s%s%s%s</tr></table>' % (
                td("姓名", ' align="center"', "5px 4px"), td(hand(n, True), "", "5px 4px"), td("学号", ' align="center"', "5px 4px"),
                td(hand(sid, True), "", "5px 4px"), td("照<br/>片", ' align="center" rowspan="2" width="12%"', "5px 4px"),
                td("班级", ' align="center"', "5px 4px"), td(hand(cl, True), "", "5px 4px"), td("专业", ' align="center"', "5px 4px"), td(c["major"], "", "5px 4px")))
            body = title + head + sit + answers(c, rng, i) + '<p>加工厂质量负责人：%s</p>' % s["others_named"][0] + comment
        elif f == "plain_line":
            body = title + '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n)) + sit + answers(c, rng, i) + comment
        elif f == "code_box":   # 工作页编号 in a box on the top left, name line under it
            body = ('<p><span style="border:1px solid #000;padding:2px 6px">编号 LZ-0106-%02d</span></p>' % (i + 1) + title +
                    '<p>姓名 %s　　学号 %s　　班级 %s　　日期 %s</p>' % (hand(n), hand(sid, True), hand(cl, True), hand(day(s, i), True)) +
                    '<p>客户：碾米厂　联系人：%s</p>' % s["others_named"][0] + sit + answers(c, rng, i) + comment)
        elif f == "chili_header":   # a bordered head row, photographed
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + '<p>车站指导：%s（客运值班员）</p>' % s["others_named"][0] + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"corner_card": "x-scanpdf:200", "customer_review": "x-scanpdf:250:color", "tearoff": "x-scanpdf:200:mono:ziptie",
            "photo_box": "x-scanpdf:300", "plain_line": "x-scanpdf:200:ziptie", "code_box": "x-scanpdf:150",
            "chili_header": "x-scanpdf:200:photo:chili"}[f]
    font = {"tearoff": "Noto Sans CJK SC", "chili_header": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def grade(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10 + 97)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "landscape_grade":   # landscape; maxima as （满分N） under each head; 等级 beside 总分; remarks
        parts = [("商品拍摄", 20), ("详情页设计", 35), ("客服话术", 25), ("后台操作", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["学号", "姓名"] + ["%s<br/>（满分%d）" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 31
            tot = sum(v)
            out.append(trow([sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot), "组长" if k % 6 == 0 else ""], pad))
        body = head10(s, c, "学习任务考核成绩汇总表") + table(out) + sign
        return "10.html", html(body, "8pt", font="Noto Sans CJK SC", compact=True, page="size:29.7cm 21cm;margin:0.9cm 1.2cm"), "pdf"
    if f == "bonus":   # 基础分 parts + 加分 (creative dish, explained); scanned colour
        parts = [("备料验收", 15), ("刀工切配", 25), ("烹制火候", 30), ("装盘出菜", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["加分", "总分"]], pad)]
        plus = set(rng.sample(range(len(rec)), 7))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.93)
            b = rng.randint(2, 8) if k in plus else 0
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [("+%d" % b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核记录表") + "<p>说明：四项基础分满分90分；自创菜品经顾客好评的另加1～10分（加分栏），总分＝四项基础分＋加分。</p>"
                + table(out) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color"
    if f == "group_tables":   # one small table per 小组, each with its own head, no serial numbering across groups
        parts = [("接车问诊", 10), ("拆检测量", 30), ("调整装复", 40), ("制动检测", 20)]
        hd = trow(["<b>%s</b>" % x for x in ["组内序号", "学号", "姓名"] + ["%s<br/>%d分" % p for p in parts] + ["合计"]], pad)
        body = head10(s, c, "学习任务考核记录（分组）")
        k = 0
        for gi in range(0, len(rec), 7):
            out = [hd]
            for j, n in enumerate(rec[gi:gi + 7]):
                v = part_scores(rng, parts)
                out.append(trow([str(j + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            body += '<p style="margin-top:6pt"><b>第%s组</b>　工位：%d号举升机</p>' % ("一二三四五六七"[gi // 7], gi // 7 + 1) + table(out)
        body += "<p>本表共%d组。</p>" % ((len(rec) + 6) // 7) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "corrected_scan":   # two-row head, a hand correction (legal), a remark column; scanned 250 gray
        parts = [("分级清洗", 15), ("蒸制", 25), ("切片", 20), ("干燥", 15), ("质量检查", 25)]
        h1 = '<tr>%s%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>加工操作（75分）</b>", ' align="center" colspan="4"', pad),
                                         td("<b>成品（25分）</b>", ' align="center"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>备注</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>%s<br/>%d</b>" % p for p in parts], pad)]
        corr = [n for n, v in s.get("fixed_ok", {}).items() if v == "corr"]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            tcell, rem = str(tot), ""
            if n in corr:   # the teacher wrote a wrong total, struck it through and wrote the right one beside it
                tcell = '<s>%d</s> %s' % (tot + 10, hand(str(tot), True, "#b8231a"))
                rem = hand("改 %s" % t[0][0], True, "#b8231a")
            elif k % 11 == 4:
                rem = "补做"
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [tcell, rem], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "weighted":   # 理论 and 实操 out of 100 each, 总评 weighted, explained
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "理论测试<br/>(100)", "实操作品<br/>(100)", "总评<br/>(理论×30%＋实操×70%)", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(58, 97), rng.randint(60, 96)
            tot = int(a * 0.3 + b * 0.7 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out, "86%") +
                "<p>说明：总评＝理论测试×30%＋实操作品×70%，四舍五入取整。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "coded_legend":   # heads A B C D; their names and maxima in a legend above the table; scanned 1-bit
        parts = [("A", "工艺与程序", 20), ("B", "外圆与台阶尺寸", 40), ("C", "螺纹与退刀槽", 25), ("D", "安全文明生产", 15)]
        legend = tbl([["评分项目", "A", "B", "C", "D"], ["内容", ] + [p[1] for p in parts], ["配分"] + [str(p[2]) for p in parts]], width="70%", pad=pad)
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号", "A", "B", "C", "D", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, [(p[0], p[2]) for p in parts])
            if bad.get(n) == "over":
                v[0] = 26
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + legend + "<p></p>" + table(out, "90%") + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "total_first":   # 总分 right after the name, then the parts, then 评语
        parts = [("客流分析", 20), ("方案编制", 30), ("安检演练", 25), ("广播疏导", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["学号", "姓名", "总分"] + ["%s<br/>%d" % p for p in parts] + ["评语"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (7 if bad.get(n) == "sum" else 0)
            out.append(trow([sid_of(s, n), n, "<b>%d</b>" % tot] + [str(x) for x in v] + [["方案完整", "演练规范", "广播清楚", "需加强", "良好"][k % 5]], pad))
        body = head10(s, c, "学习任务考核登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))




# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "detail_typed":   # 设计者; the cooperative's head as 委托方
                parts.append('<h3 style="text-align:center">%s</h3><p>设计者：%s　　班级：%s　　委托方：花猪养殖合作社（%s）</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["屏次", "内容"], ["第1屏", "主图与价格"], ["第2屏", "烟熏工艺"], ["第3屏", "切面与食用方法"]], width="80%") +
                             "<p>%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
            elif f == "dish_typed":   # 制作人; a diner named as 点评人
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "黄牛里脊300克" if j == 0 else "腊肉、干豆角、芋头", "点评顾客", s["others_named"][1 + (i + j) % 2]],
                                                          ["评价", desc, "评价人", t[j % 2]]], width="90%"))
            elif f == "workorder_typed":   # the driver as 车主, the student as 维修技师
                parts.append('<h3>%s</h3>' % title + tbl([["车主", s["others_named"][0], "车型", "轻型载货汽车"],
                                                          ["维修技师", "%s（%s，学号%s）" % (n, cl, sid), "质检", t[j % 2]],
                                                          ["项目", desc, "日期", day(s, 30 + i)]], width="94%"))
            elif f == "gastrodia_typed":   # 加工人 and 检验人; the grower named
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["鲜天麻来源", "种植户 %s" % s["others_named"][0], "批号", "TM2412-%02d" % (3 * i + j + 1)],
                                  ["加工人", n, "班级", cl], ["检验人", t[j % 2], "结论", "合格"]], width="90%") + "<p>备注：%s</p>" % desc)
            elif f == "storyboard_typed":   # 制作者 and the client's contact
                parts.append('<h3>%s</h3><p>制作者：%s　　班级：%s　　客户联系人：%s</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["镜头", "景别", "画面", "时长"], ["1", "远景", "娄山关山势", "6秒"], ["2", "中景", "红军路过关口", "5秒"]], width="86%") +
                             "<p>%s</p>" % desc)
            elif f == "inspection_typed":   # 操作者 and 检验员
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "碾米机主轴", "图号", "ZZ-40-%02d" % (1 + j)], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 2]],
                                  ["外圆", "φ40h6", "39.99%d" % (1 + i), "合格"], ["螺纹", "M24×1.5", "通规通过", "合格"]], width="92%") +
                             "<p>备注：%s</p>" % desc)
            elif f == "plan_typed":   # 编制
                parts.append('<h3 style="text-align:center">%s</h3><p>编制：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["时段", "预计进站人数", "措施", "岗位"], ["13:00-15:00", str(1800 + 70 * i), "增开安检通道", "5人"],
                                  ["15:00-18:00", str(3000 + 110 * i), "候车区分区引导", "8人"]], width="90%") + "<p>要点：%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12 + 97)
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "chili_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　学号：%s　班级：%s" % (n, sid, cl)]
        elif f == "hand_page":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "ziptie_scan":
            head = ["课后作业（%s）" % c["course"], "> %s　%s　%s" % (cl, n, sid)]
        elif f == "plain_photo":
            head = ["天麻加工课后作业", "> 姓名：%s　　%s" % (n, cl)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        elif f == "color_scan_hand":
            head = ["课后练习（春运客流）", "姓名 %s　班级 %s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"chili_photo": "x-photo:200:2:chili", "hand_page": "x-scan:200:4", "ziptie_scan": "x-scan:200:2:ziptie",
            "plain_photo": "x-photo:200:1", "exercise_book": "x-photo:200:2", "color_scan_hand": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("子墨 俊熙 浩宇 明轩 志豪 宇航 博文 思远 晨阳 浩楠 子健 锦程 嘉乐 子航 泽宇 梓豪 一鸣 宏博 家豪 子豪 文博 凯文 鑫磊 承泽 天翊 昊然 "
           "振宇 雨泽 晟睿 家乐 润泽 铭泽 睿泽 皓轩 沐辰 宇轩 新宇 炳辰 泓宇 金泽 尚儒 庆林 朝晖 治宇 彦博 瀚文 骏驰 柏霖 翰林 凌霄 景行 "
           "煜城 涵宇 海洋 世杰 建宇 博涛 鹏飞 文杰 宇鑫 翔宇 兆丰 国栋 永康 少杰 铭宇 晨轩 明哲 立恒 启明 思源 锦轩 正阳 志远 林峰 冠宇 星宇 "
           "奕辰 天佑 俊豪 一诺 泽楷 俊驰 明远 骏豪 子骞 锦鸿 泽霖 昊 博 阳 鑫 磊".split())


def sex_of(n):
    g = n[2:] if n.startswith("令狐") else n[1:]
    return "男" if g in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "seating":   # a 座位表: the class as it sits, 讲台 at the top, six columns of desks, aisles between pairs
        cols = 6
        rows = []
        rows.append('<tr><td colspan="8" align="center" style="border:1.5pt solid #000;padding:4px">讲　台</td></tr>')
        rows.append('<tr><td colspan="8" style="padding:3px"></td></tr>')
        for r0 in range(0, len(k), cols):
            seat = k[r0:r0 + cols] + [""] * (cols - len(k[r0:r0 + cols]))
            cells = []
            for j, n in enumerate(seat):
                cells.append(td(n or "（空）", ' align="center" width="14%"', "6px 2px"))
                if j in (1, 3):
                    cells.append('<td width="3%"></td>')
            rows.append("<tr>%s</tr>" % "".join(cells))
        body = ('<h2 style="text-align:center">%s　%s座位表（学生名单）</h2><p style="text-align:center">2024—2025学年第二学期　第%d排起按学号分组就座</p>' % (s["school"], s["cls"], 1) +
                '<table style="border-collapse:collapse" width="96%%">%s</table>' % "".join(rows) +
                "<p>班主任：%s　　　全班%d人（男%d人，女%d人）　　　后门</p>" % (s["headteacher"], len(k), sum(sex_of(n) == "男" for n in k), sum(sex_of(n) == "女" for n in k)))
        write(os.path.join(d, "roster.html"), html(body, "11pt", font="Noto Sans CJK SC"))
        man.append("roster.html\t%s座位表.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "two_column":   # a typed 名单 in two side-by-side halves
        h = (len(k) + 1) // 2
        hd = ["序号", "学号", "姓名", "性别"]
        rows = [trow(["<b>%s</b>" % x for x in hd + hd], "1px 4px")]
        for j in range(h):
            a = k[j]
            left = [str(j + 1), sid_of(s, a), a, sex_of(a)]
            right = [str(h + j + 1), sid_of(s, k[h + j]), k[h + j], sex_of(k[h + j])] if h + j < len(k) else [""] * 4
            rows.append(trow(left + right, "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生花名册</h2><p style="text-align:center">%s　制表日期：2025年3月</p>' % (s["cls"], s["school"]) +
                table(rows) + "<p>班主任：%s　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", compact=True))
        man.append("roster.html\t%s花名册.pdf\tx-scanpdf:200\troster\t0" % s["cls"])
        return []
    if r == "cadres":   # the 班委 at the top (students of the class), then the list
        cad = [("班长", k[3]), ("团支书", k[10]), ("学习委员", k[17]), ("生活委员", k[25])]
        top = tbl([[a for a, _ in cad], [b for _, b in cad]], width="70%", pad="2px 6px")
        rows = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别", "联系电话"]], "1px 4px")]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "1%d*******%d" % (3 + j % 6, j % 10)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2><p><b>班委会</b></p>' % (s["school"], s["cls"]) + top +
                "<p><b>全班学生</b>（班主任：%s）</p>" % s["headteacher"] + table(rows, "86%") + "<p>合计%d人。</p>" % len(k))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Ninety-seventh held-out people corpus (testdata/heldout97), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 97)
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
