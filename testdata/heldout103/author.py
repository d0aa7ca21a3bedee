#!/usr/bin/env python3
"""Write the sources of the hundred-and-third held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 蛟河 (Jilin),
阿尔山 (Inner Mongolia, 兴安盟) and 辛集 (Hebei).

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
# the truth files read for names, tasks and courses to avoid (heldout104 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 103)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 蛟河 (northeastern families, the Manchu 关 那 佟 and the Korean
# 金 朴 of the city's Korean villages), 阿尔山 (兴安盟: Han families and Mongolian students under 包 白 韩 宝),
# 辛集 (central Hebei: 王 张 李 刘 赵 and 耿 孟 霍 贾 郝 田 安 崔 …)
SURNAMES = {
    "jh": list("王王王王李李李李张张张刘刘刘赵赵杨杨孙于于高徐姜姜曲宫付隋王李张刘" "关那佟金朴"),
    "ar": list("王王王王李李李张张张刘刘赵赵杨孙高郭马马韩白白包包宝吴王李张"),
    "xj": list("王王王王张张张张李李李刘刘刘赵赵杨郭田孟崔耿贾冯史安郝霍王张"),
}
# given names of students born around 2008; Mongolian given names for the 包 白 宝 韩 of 阿尔山
GIVEN2 = ("一鸣 子墨 思远 雨萱 若曦 梓涵 浩宇 俊熙 欣悦 佳怡 明轩 语桐 沐辰 皓轩 诗琪 馨月 宇航 梦琪 "
          "晨阳 安琪 博文 可馨 嘉怡 昊然 雅琳 心怡 奕辰 书瑶 一诺 俊豪 思琪 子轩 "
          "宏博 家豪 佳琪 瑞雪 子健 振宇 雨泽 芷晴 家乐 思彤 怡然 佳琳 "
          "文博 雨欣 凯文 子豪 梦瑶 志豪 雅婷 鑫磊 晓雯 子航 雅楠 欣然 宇轩 艺涵 冰洁 新宇 炳辰 泓宇 金泽 尚儒 "
          "庆林 朝晖 治宇 彦博 瀚文 楚涵 婉清 沛然 骏驰 柏霖 翰林 凌霄 景行 煜城 钰涵 歆瑶 珂欣 涵宇 若彤 梦洁 "
          "诗雨 晓萌 乐怡 悦彤 依诺 雨婷 佳慧 思雨 美琪 欣瑜 雪晴 佳宁 静怡 海洋 世杰 建宇 博涛 鹏飞 文杰 泽宇 "
          "宇鑫 翔宇 兆丰 国栋 永康 少杰 梓豪 铭宇 晨轩 明哲 立恒 启明 嘉乐 思源 锦轩 正阳 志远 林峰 舒畅 雨桐 "
          "冠宇 星宇 昕怡 语嫣 妙可 宛如 晓琪 紫萱 秋实 向晨 北辰 暖阳 若溪 知夏 听雪 映雪 卓然 逸凡 景川 "
          "梓轩 承宇 锐泽 靖轩 昱辰 晗玥 沁雅 可欣 乐萱 奕菲 玥彤 诗涵").split()
GIVEN1 = list("昊琳博阳悦鑫磊婷")
MONGOL = "那日苏 其木格 图雅 乌日娜 苏日娜 巴特尔 额尔敦 宝音 萨仁 阿拉坦 格日勒 斯琴 朝鲁 呼和 哈斯 敖敦".split()


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


def given(rng, sur, region):
    if region == "ar" and sur in "包白宝" and rng.random() < 0.8:
        return rng.choice(MONGOL)
    return rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for _ in range(400):
            name = sur + given(rng, sur, region)
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "snow": dict(major="城市轨道交通运输与管理", code="0431", course="城际铁路车站冬季客运组织", task="城际列车车站雪天站台除冰与乘降安全组织",
   hours=16, station="轨道交通客运服务一体化学习工作站",
   situation="入冬后第一场大雪，城际列车车站的站台和进站天桥结了一层薄冰，早高峰进城上班的乘客很多。车站值班站长请城轨班学员按雪天作业规程组织站台除冰，设置防滑警示，安排乘降引导岗和应急广播，并在实训站台上完成一次雪天乘降演练。",
   qs=[("问题1 雪天站台除冰要先清哪些地方？", ["先清站台安全线附近、楼梯踏步和天桥出入口，这些地方人最多，滑倒的危险最大。", "安全线附近和楼梯踏步。", "人多的地方先清。"]),
       ("问题2 雪天乘降引导员要多提醒乘客什么？", ["脚下湿滑慢走，扶好扶手，不要在站台上奔跑，上下车注意站台间隙。", "湿滑慢走，扶好扶手。", "注意站台间隙。"])],
   hw=[("1. 防滑警示牌应放在哪里？", ["楼梯口、天桥出入口、站台两端和进站闸机前，醒目且不挡通道。", "楼梯口和天桥口。", "醒目不挡路。"]),
       ("2. 列车因降雪晚点时怎样广播？", ["说明晚点原因和预计到站时间，提醒乘客在候车室等候，每十分钟播报一次并致歉。", "原因和预计时间。", "十分钟播一次。"])],
   outputs=[("雪天站台巡检记录", "冰面全部清除，撒防滑砂六处。"), ("雪天乘降引导岗位卡", "每个车门对应一名引导员。")]),
 "fungus": dict(major="电子商务", code="0603", course="山区特产网店运营", task="长白山黑木耳礼盒网店上新与客服话术设计",
   hours=14, station="电商运营实训一体化学习工作站",
   situation="秋季黑木耳晾晒完成后，蛟河山区一家木耳种植合作社要在网店上新两款礼盒。合作社负责人请电商班学员拍摄和修整产品图片，撰写详情页文案，设置上新活动，编写客服常见问题话术，并统计上新一周的订单和评价。",
   qs=[("问题1 详情页第一屏应该放什么？", ["放产品主图、产地和最突出的卖点，让顾客三秒内知道这是什么、为什么买。", "主图和最突出的卖点。", "三秒看懂。"]),
       ("问题2 为什么要提前写好客服话术？", ["上新时咨询集中，提前把常见问题的回答写好，几个人回复的口径一致、速度快。", "回复快、口径一致。", "咨询集中时不乱。"])],
   hw=[("1. 顾客问木耳怎么泡发，客服怎么回答？", ["用凉水泡两到三小时，泡好后洗净根部，夏天要放冰箱，泡发的木耳当天吃完。", "凉水泡两三个小时。", "当天吃完。"]),
       ("2. 差评怎样回复？", ["先感谢反馈，说明原因，给出补发或退款办法，留下联系方式，不和顾客争辩。", "先感谢再说明。", "不争辩，给办法。"])],
   outputs=[("黑木耳礼盒详情页文案", "第一屏突出产地和肉厚。"), ("客服常见问题话术表", "共二十条。"), ("上新一周订单与评价统计", "订单二百一十四单，好评率百分之九十七。")]),
 "hotpot": dict(major="烹饪(中式烹调)", code="0501", course="林区特色菜肴制作", task="手把肉与山野菜炖柳根鱼林区风味菜制作",
   hours=18, station="中式烹调实训一体化学习工作站",
   situation="夏季旅游旺季，阿尔山一家接待旅游团的饭店要推出一套林区风味套餐，其中有手把肉和山野菜炖柳根鱼。饭店厨师长请烹饪班学员按标准菜谱选料，完成羊肉的分割焯水、炖煮火候控制，处理柳根鱼和山野菜，完成装盘，并核算每桌成本。",
   qs=[("问题1 手把肉为什么要冷水下锅？", ["冷水下锅，血沫随水温升高慢慢浮出，撇净后肉味更纯，肉质也不会一下子收紧。", "血沫能慢慢浮出来。", "肉不会收紧。"]),
       ("问题2 柳根鱼怎样处理才不碎？", ["去鳃去内脏后用盐稍腌，先用热油两面煎定型，炖的时候少翻动。", "先煎定型。", "炖时少翻动。"])],
   hw=[("1. 山野菜为什么要先焯水？", ["山野菜有涩味，有的还有轻微毒性，焯水能去掉涩味，颜色也更绿。", "去涩味。", "颜色更绿。"]),
       ("2. 怎样判断手把肉熟了？", ["用筷子扎最厚的地方，能轻松扎透、不冒血水就熟了，一般要煮四十分钟左右。", "筷子能扎透。", "不冒血水。"])],
   outputs=[("手把肉制作记录", "出锅时间四十二分钟。"), ("山野菜炖柳根鱼制作记录", "汤色奶白，鱼形完整。"), ("林区风味套餐成本核算单", "每桌成本三百八十元。")]),
 "firefox": dict(major="计算机动画制作", code="0306", course="二维动物角色循环动画", task="林区森林防火宣传短片小狍子角色动画制作",
   hours=16, station="动画制作实训一体化学习工作站",
   situation="每年春季是林区森林防火的关键期。阿尔山林业部门要做一部两分钟的防火宣传短片，主角是一只小狍子。动画工作室请动画班学员设计角色的转面图，拆分可动部件，制作走路、奔跑和回头三段循环动画，并按规范导出和提交文件。",
   qs=[("问题1 为什么要先画角色转面图？", ["正面、侧面、背面的比例一致，后面每个镜头的角色才不会走样。", "比例一致不走样。", "各个镜头统一。"]),
       ("问题2 四足动物走路时腿的顺序是什么？", ["左后、左前、右后、右前依次迈出，同侧的后腿先动，前腿跟上。", "后腿先动前腿跟上。", "同侧后腿先动。"])],
   hw=[("1. 循环动画的首尾帧要注意什么？", ["最后一帧和第一帧要能接上，动作和位置连续，循环播放时才不会跳。", "首尾接得上。", "播放不跳。"]),
       ("2. 导出文件为什么要统一命名？", ["几个人的镜头最后要合成，按镜头号和版本号命名才找得到、不会被覆盖。", "找得到、不覆盖。", "按镜头号命名。"])],
   outputs=[("小狍子角色转面图", "正侧背三面。"), ("走路与奔跑循环动画", "走路十二帧一循环。")]),
 "herbs": dict(major="中药", code="1301", course="中药饮片储存与养护", task="夏季中药饮片防霉防虫养护与质量检查",
   hours=16, station="中药储存养护一体化学习工作站",
   situation="入伏以后天气潮热，辛集一家医药公司的中药饮片库房里有几批枸杞和党参出现受潮迹象。库房质量负责人请中药班学员检查库房温湿度，逐批检查饮片有无霉变、虫蛀和走油，对易变品种采取晾晒、密封和冷藏措施，并填写养护记录。",
   qs=[("问题1 夏季饮片养护为什么要控制湿度？", ["湿度超过百分之七十五，饮片容易吸潮发霉，含糖多的还会粘连走油。", "湿度大容易发霉。", "含糖多的会走油。"]),
       ("问题2 怎样检查饮片有没有虫蛀？", ["看表面有没有蛀孔和粉末，掰开看内部，闻有没有异味，必要时过筛检查。", "看蛀孔和粉末。", "掰开看内部。"])],
   hw=[("1. 哪些饮片容易走油？", ["枸杞、党参、当归、柏子仁这些含油或含糖多的饮片容易走油。", "枸杞和党参。", "含油含糖多的。"]),
       ("2. 养护记录要写哪些内容？", ["品名、批号、检查日期、温湿度、检查结果、处理措施和养护人。", "品名批号和检查结果。", "处理措施和养护人。"])],
   outputs=[("中药饮片养护记录（枸杞）", "晾晒后密封冷藏。"), ("中药饮片养护记录（党参）", "未见霉变。"), ("库房温湿度检查表", "湿度控制在百分之六十以下。")]),
 "tractor": dict(major="汽车维修", code="0403", course="皮卡车空调制冷系统维修", task="皮卡车空调不制冷故障诊断与制冷剂加注",
   hours=16, station="汽车空调检修一体化学习工作站",
   situation="盛夏时节，一位做皮革生意的客户开着皮卡来修车，说空调开了半个小时出风还是热的。维修站主管请汽修班学员接车问诊，检查压缩机离合器、冷凝器和管路，用压力表组测量高低压，检漏后回收制冷剂、抽真空并按规定量加注，最后填写维修工单。",
   qs=[("问题1 空调不制冷先检查哪些项目？", ["先看压缩机离合器是否吸合、冷凝器风扇是否转，再接压力表看高低压。", "离合器是否吸合。", "再看高低压。"]),
       ("问题2 加注制冷剂前为什么要抽真空？", ["把管路里的空气和水分抽干净，否则水分会结冰堵塞膨胀阀，空气会让压力偏高。", "抽走空气和水分。", "防止冰堵。"])],
   hw=[("1. 怎样用检漏仪找漏点？", ["沿管路接头、冷凝器和压缩机轴封慢慢移动探头，报警声变急的地方就是漏点。", "沿接头慢慢移动。", "报警变急的地方。"]),
       ("2. 高低压都偏低说明什么？", ["多半是制冷剂不足，有泄漏，要先检漏修好再加注。", "制冷剂不足。", "先检漏再加注。"])],
   outputs=[("维修工单", "更换冷凝器进口管O形圈。"), ("空调压力检测记录", "低压0.25兆帕，高压1.4兆帕。"), ("竣工检验单", "出风口温度七度。")]),
 "tannery": dict(major="数控加工(数控车工)", code="0106", course="导辊类长轴零件数控车削", task="皮革压花机导辊轴数控车削加工",
   hours=18, station="数控车削实训一体化学习工作站",
   situation="辛集一家皮革厂的压花机导辊轴磨损，整机厂家停产了这种型号，备件买不到。厂里把旧轴送到学校数控车间，请车间测绘后加工四根。车间主任请数控班学员编写工艺和程序，完成外圆、台阶、退刀槽和螺纹的车削，并做首件检验。",
   qs=[("问题1 长轴车削为什么要用顶尖？", ["轴长径比大，只用卡盘夹一头，切削时会让刀和振动，用尾座顶尖顶住另一头就稳了。", "防止让刀和振动。", "顶住另一头。"]),
       ("问题2 车螺纹前为什么要先车退刀槽？", ["螺纹车刀到终点要退出，没有退刀槽会撞刀，螺纹收尾也不完整。", "防止撞刀。", "螺纹收尾完整。"])],
   hw=[("1. 怎样测量外圆是否合格？", ["用外径千分尺在轴的两端和中间各测一次，都在公差范围内才合格。", "千分尺测三处。", "都在公差内。"]),
       ("2. 首件检验不合格怎么办？", ["停机查原因，修改程序或刀补后重新加工首件，检验合格才能批量生产。", "停机查原因。", "重新做首件。"])],
   outputs=[("导辊轴首件检验记录", "外圆φ40h6合格。"), ("导辊轴加工程序单", "O0318，共五十六段。"), ("加工工艺卡", "粗车、精车、切槽、车螺纹四道工步。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="蛟河市拉法山技工学校", pack="dir", region="jh", course="snow", cls="城轨2403班", size=36, seed=11,
         sidp="24220431", students=["姜沐辰", "金知夏", "宫雨桐"], items={11: ["金知夏", "宫雨桐"]},
         extra_class=["曲浩然"], bad={"曲浩然": "over"}, others_named=["隋国良"],
         teachers=["庞卫东", "关淑琴"], form_count="36",
         f8="badge", f10="pairs", f11="patrol_typed", f12="name_line_photo",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "曲浩然")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: a 雪天站台巡检记录 and a 岗位卡 a student, `巡检人：<name>`) holds the works of only TWO students, "
                 "金知夏 and 宫雨桐 (姜沐辰's missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. "
                 "Item 10 (TYPED) is a 分值/得分 register: each part has two columns, its 分值 (the maximum, repeated on every row) "
                 "and the 得分; 曲浩然 has 得分 57 beside 分值 50 under 乘降引导 (总分 the sum): records.invalid_score. Item 8 "
                 "(scanned 250 dpi gray, a cotton work glove lying on the lower corner): the student's details only in a drawn "
                 "实习工牌 box at the top left (照片 square, 姓名/班级/学号); the station's duty master 隋国良 signs as 带班站长 "
                 "(not a student). No roster"),
    dict(school="蛟河市拉法山技工学校", pack="dir", region="jh", course="fungus", cls="电商2402班", size=38, seed=12,
         sidp="24220603", students=["那雪晴", "朴承宇", "于梦洁"], others_named=["崔桂芝"],
         teachers=["付建民", "姜玉霞"], form_count="38", roster="seat_chart", headteacher="单丽华",
         f8="header_table", f10="group_avg", f11="copy_typed", f12="hand_page",
         findings=[],
         comment="clean. The roster is a 座次表 (seating chart): 38 names in a grid of 7 columns by 6 rows under a 讲台 bar, "
                 "four seats marked 空, each cell the name over the 学号; 38 = form = item 10. Item 10 (TYPED) is grouped by "
                 "小组 with a `第N组平均` row after each group (six rows that are not students; no 学号). The cooperative's head "
                 "崔桂芝 is named as 供货方 on every output (item 11, typed). Item 8 (colour scan 200): a bordered head row "
                 "`班级 | 姓名 | 学号 | 组别`. Item 12: a whole page in handwriting, scanned"),
    dict(school="阿尔山市林海技工学校", pack="gbkzip", region="ar", course="hotpot", cls="烹饪2402班", size=40, seed=21,
         sidp="2415050102", students=["白图雅", "韩书豪", "包那日苏"], outsiders={"包那日苏": "烹饪2401班"}, out_sidp="2415050101",
         extra_class=["郭北辰"], bad={"郭北辰": "sum"}, others_named=["巴图孟和"],
         teachers=["常宝山", "白淑萍"], form_count="40",
         f8="barcode", f10="hand_corrected", f11="dish_typed", f12="recipe_card",
         findings=[("students.not_in_class", 8, True, "包那日苏"), ("records.invalid_score", 10, False, "郭北辰")],
         comment="包那日苏 of the parallel class 烹饪2401班 (his class and 学号 2415050101xx on his worksheet label, typed dish "
                 "records and recipe card) is the third student of 8/11/12; item 10 (40 rows = form) has no record of him: "
                 "students.not_in_class. Item 10 (scanned 200 dpi gray) carries red-pen corrections (a struck-through score with "
                 "the new one and the teacher's initial beside it) on five rows, each 总分 agreeing with the corrected parts "
                 "(legal); 郭北辰's 总分 (no correction on his row) is 8 above the sum of his parts: records.invalid_score. Item 8 "
                 "(1-bit 200): the student's details only on a printed 条形码 label stuck at the top right (bars, then "
                 "`学号 姓名 班级`), the hotel's head chef 巴图孟和 named (not a student). Item 12: phone photos of hand-written "
                 "recipe cards, name at the foot, taken beside a window in falling snow. No roster"),
    dict(school="阿尔山市林海技工学校", pack="gbkzip", region="ar", course="firefox", cls="动画2401班", size=42, seed=22,
         sidp="2415030601", students=["孙晗玥", "高冠宇", "马奕菲"], extra_class=["包其其格"], absent_from_10=["包其其格"],
         teachers=["隋建国", "吴海英"], form_count="42", roster="info_table", headteacher="韩素娟",
         f8="two_row_box", f10="plain_attend", f11="submit_typed", f12="plain_photo",
         findings=[("records.missing_student", 10, False, "包其其格"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生基本信息表: 学号 姓名 性别 民族 出生年月 生源地, 42) and the form hold 包其其格 (a Mongolian "
                 "name under the surname 包); item 10 (TYPED) has 41 rows and none for her: records.missing_student and "
                 "records.count_mismatch. Item 11 (typed): a 作品提交单 a work, with the path `E:\\动画2401\\<学号><姓名>\\…` and "
                 "`制作：<name>`. Item 8 (scanned 200 gray): a two-row head box 姓名/学号 | 班级/日期"),
    dict(school="辛集市皮都技工学校", pack="zip", region="xj", course="herbs", cls="中药2401班", size=38, seed=31,
         sidp="24131301", students=["耿雨欣", "孟逸凡", "霍思彤"], items={12: ["耿雨欣", "孟逸凡", "贾凌霄"]},
         extra_class=["贾凌霄", "郝佳宁"], bad={"郝佳宁": "over"}, others_named=["安秋生"],
         teachers=["崔凤兰", "田永胜"], form_count="38",
         f8="blank_line", f10="weighted", f11="curing_typed", f12="snow_photo",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "郝佳宁")],
         comment="item 12 (phone photos, falling snow) holds the homework of 耿雨欣, 孟逸凡 and classmate 贾凌霄 (with an item-10 "
                 "record) instead of 霍思彤's (items 8 and 11 hold the three): students.mismatch. Item 10 (scanned 250 dpi gray) "
                 "is a WEIGHTED register: 成果评价 审方(20) 调配(40) 煎煮(40) and its 小计(100), 过程评价(100), 总评 = 过程×40% + "
                 "成果×60% (one decimal) and an 等级, as the note says; 郝佳宁 has 46 under 调配(40) (小计 and 总评 computed from "
                 "it): records.invalid_score. Item 11 (typed): 饮片养护记录, `养护人` the student, `质量负责人` a teacher, the "
                 "supplier's 安秋生 named (not a student). Item 8 (scanned 200 gray, a work glove on the corner): "
                 "`姓名：＿ 班级：＿ 学号：＿` by hand. No roster"),
    dict(school="辛集市皮都技工学校", pack="zip", region="xj", course="tractor", cls="汽修2302班", size=38, seed=32,
         sidp="23130403", students=["田宇鑫", "冯正阳", "安立恒"], items={8: ["田宇鑫", "冯正阳", "安立恒", "史鹏飞"]},
         extra_class=["史鹏飞", "崔世杰"], absent_from_10=["崔世杰"], others_named=["孟庆和"],
         teachers=["郝振江", "李红艳"], form_count="38",
         f8="head_row4", f10="plain_typed", f11="workorder_typed", f12="color_scan_hand",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray) holds the worksheets of FOUR students: the three and classmate 史鹏飞 (with an "
                 "item-10 record): students.count on 8; students.mismatch optional. Item 10 (TYPED) lists 37; the form says "
                 "`学生数 | 38人（男35 女3）`: records.count_mismatch (崔世杰 has no record; no roster). Item 11 (typed): 维修工单 "
                 "with `维修技师：<name>` and the customer 孟庆和 (not a student)"),
    dict(school="辛集市皮都技工学校", pack="zip", region="xj", course="tannery", cls="数控2401班", size=40, seed=33,
         sidp="24130106", students=["贾博涛", "杨沁雅", "史翰林"], teachers=["耿志刚", "霍丽娟", "田秉义"], form_count="40",
         f8="plain_line", f10="bonus", f11="inspection_typed", f12="exercise_book",
         findings=[],
         comment="clean. Item 10 (scanned 200 dpi 1-bit) has a 加分 column between the parts and the 总分: five students have "
                 "+2 to +5 (技能竞赛/工艺改进), the others `—`; 总分 = the parts + 加分, capped at 100, as the note under the table "
                 "says; 40 rows = form. Three teachers. Item 8: plain `班级 学号 姓名` line; item 12: exercise-book cover and the "
                 "page inside, phone photos"),
]

PROVINCE = {1: "吉林省蛟河市", 2: "内蒙古兴安盟阿尔山市", 3: "河北省辛集市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 蛟河: "材料08-工作页.pdf"
        return "材料%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 阿尔山: "8.工作页.pdf"
        return "%d.%s.pdf" % (n, NAMES[n])
    return "%s_%d_%s.pdf" % (s["cls"], n, NAMES[n])   # 辛集: "中药2401班_8_工作页.pdf"


def form_name(s, c):
    return {1: ("优质课堂申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s申报表.pdf" % s["cls"], "pdf"),
            3: ("申报书-%s.docx" % c["course"], "docx")}[grp(s)]


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

SPLIT = {"中药2401班": (9, 29), "汽修2302班": (35, 3), "数控2401班": (38, 2)}


def count_cell(s):
    g = grp(s)
    if g == 1:
        return ("班级及人数", "%s / %s人" % (s["cls"], s["form_count"]))
    if g == 2:
        return ("授课对象", "%s全体学生（共%s人）" % (s["cls"], s["form_count"]))
    m, w = SPLIT[s["cls"]]
    return ("学生数", "%s人（男%d 女%d）" % (s["form_count"], m, w))


def form_count_text(s):
    return "%s | %s" % count_cell(s)


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    a, b = count_cell(s)
    if g == 1:
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                (a, b), ("学时", "%d" % c["hours"]), ("实施场所", c["station"])]
    elif g == 2:
        rows = [("专业（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程", c["course"]), ("学习任务", c["task"]),
                (a, b), ("学时", "%d学时" % c["hours"])]
    else:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), (a, b), ("学时", "%d" % c["hours"])]
    info = tbl([[x, (y, ' align="left"')] for x, y in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报学校（盖章）：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学。学生分组领取任务，教师巡回指导并记录过程表现，最后进行成果展示和多元评价。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}本地企业的真实需求，成果经企业验收。</p>
<h3>六、承诺</h3><p>所报材料真实，由本校教师原创。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程定位\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}企业岗位要求转化。\n二、学习任务\n本学期实施“{task}”，共{hours}学时。\n三、考核评价\n过程考核与成果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、工作情境\n{situation}\n二、工作过程\n接受任务—制订计划—实施—检查—评价。",
    3: "{school}\n{task}　教学活动策划\n活动一　明确任务\n活动二　制订计划\n活动三　实施任务\n活动四　检查评价",
    4: "{school}\n{course}　教学进度计划（{hours}学时）\n第1周　获取信息\n第2周　制订与审核计划\n第3周　实施任务\n第4周　检查、展示与评价",
    5: "{school}\n{task}　教学活动方案\n一、情境导入\n二、引导问题\n三、分组实施\n四、展示评价",
    6: "{school}\n学习任务资源清单\n工作页、行业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为资讯区、计划区、实施区和展示区。",
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

WEEK = "一二三四五六日"


def bars(seed):
    r = random.Random(seed)
    cells = []
    for k in range(46):
        w = r.choice([1, 1, 2, 3])
        cells.append('<td width="%d" bgcolor="%s" style="padding:0;height:26px"></td>' % (w * 2, "#000000" if k % 2 == 0 else "#ffffff"))
    return '<table style="border-collapse:collapse" cellspacing="0" cellpadding="0"><tr>%s</tr></table>' % "".join(cells)


def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真", "完整", "良好", "再细致些"][i % 4], t[i % 2])
        if f == "badge":   # NEW: the details only in a drawn 实习工牌 at the top left, a photo square in it
            badge = ('<table style="border-collapse:collapse;border:1.5pt solid #000" width="52%%">'
                     '<tr><td colspan="3" style="border:0.75pt solid #000;padding:2px;background:#dde6f0" align="center"><b>实　习　工　牌</b></td></tr>'
                     '<tr><td rowspan="3" width="22%%" style="border:0.75pt solid #000;color:#999999" align="center">照<br/>片</td>'
                     '<td style="border:0.75pt solid #000;padding:2px 4px" width="20%%">姓名</td><td style="border:0.75pt solid #000;padding:2px 4px">%s</td></tr>'
                     '<tr><td style="border:0.75pt solid #000;padding:2px 4px">班级</td><td style="border:0.75pt solid #000;padding:2px 4px">%s</td></tr>'
                     '<tr><td style="border:0.75pt solid #000;padding:2px 4px">学号</td><td style="border:0.75pt solid #000;padding:2px 4px">%s</td></tr></table>'
                     % (hand(n), hand(cl, True), hand(sid, True)))
            body = (badge + title + sit + answers(c, rng, i) +
                    '<p><b>巡检发现：</b>%s</p>' % hand(["天桥东口有一处结冰，已撒防滑砂。", "三号车门对应站台有积雪，已清扫。", "警示牌被风吹倒，已加固。"][i % 3], True) +
                    '<p>带班站长：%s　　日期：%s</p>' % (hand(s["others_named"][0], True, BLACK), day(s, i)) + comment)
        elif f == "barcode":   # NEW: a printed 条形码 label stuck at the top right, the only place of the student's details
            label = ('<table style="border-collapse:collapse" width="100%%"><tr><td width="52%%" style="padding:0"><b>%s</b><br/>学习工作页</td>'
                     '<td style="border:1pt solid #000;padding:4px 6px">%s<span style="font-family:\'Noto Sans CJK SC\';font-size:9pt">'
                     '%s　%s<br/>%s　林海技校</span></td></tr></table>' % (c["task"], bars(sid), sid, n, cl))
            body = (label + "<p>企业指导：%s（饭店厨师长）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i))
                    + sit + answers(c, rng, i) + comment)
        elif f == "header_table":
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "组别", hand("第%s组" % "一二三四五"[i % 5], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "two_row_box":
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="80%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_row4":
            head = tbl([["工位", hand("%d号工位" % (1 + i % 6), True), "学号", hand(sid, True), "姓名", hand(n, True), "班级", hand(cl, True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"badge": "x-scanpdf:250:glove", "header_table": "x-scanpdf:200:color", "barcode": "x-scanpdf:200:mono",
            "two_row_box": "x-scanpdf:200", "blank_line": "x-scanpdf:200:glove", "head_row4": "x-scanpdf:250",
            "plain_line": "x-scanpdf:200"}[f]
    font = {"header_table": "Noto Sans CJK SC", "head_row4": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def th2(cells, pad):
    """a two-row head: cells are (text, rowspan, colspan)."""
    return "<tr>%s</tr>" % "".join(td("<b>%s</b>" % x, ' align="center" rowspan="%d" colspan="%d"' % (rs, cs), pad) for x, rs, cs in cells)


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "pairs":   # NEW: each part as two columns, 分值 (its maximum, on every row) and 得分
        parts = [("站台除冰", 30), ("乘降引导", 50), ("应急广播", 20)]
        out = [th2([("序号", 2, 1), ("学号", 2, 1), ("姓名", 2, 1)] + [(p, 1, 2) for p, _ in parts] + [("总分", 2, 1)], pad),
               th2([(x, 1, 1) for _ in parts for x in ("分值", "得分")], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 57
            cells = []
            for (p, m), x in zip(parts, v):
                cells += [str(m), str(x)]
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核评分登记表") + table(out) + "<p>本班共%d人，实考%d人。</p>" % (len(rec), len(rec)) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "group_avg":   # a 组平均 row after each group
        parts = [("图片拍摄", 20), ("详情页文案", 30), ("客服话术", 25), ("数据统计", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        sizes = [7, 7, 6, 6, 6, 6]
        k = 0
        for gi, gs in enumerate(sizes):
            acc = []
            for n in rec[k:k + gs]:
                v = part_scores(rng, parts)
                acc.append(v + [sum(v)])
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
                k += 1
            avg = ["%.1f" % (sum(a[j] for a in acc) / len(acc)) for j in range(len(parts) + 1)]
            out.append(trow(["", "", "<i>第%s组平均</i>" % "一二三四五六"[gi]] + ["<i>%s</i>" % x for x in avg], pad))
        assert k == len(rec)
        body = head10(s, c, "学习任务考核记录（按小组）") + table(out) + "<p>注：组平均行为小组平均分，不计人数。全班%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "8.5pt", compact=True), "pdf"
    if f == "hand_corrected":   # NEW: red-pen corrections, the total re-written to agree
        parts = [("出勤", 10), ("选料", 15), ("刀工", 15), ("火候", 20), ("口味", 25), ("装盘", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分<br/>(100)"]], pad)]
        fix = set(rng.sample([k for k, n in enumerate(rec) if n not in bad], 5))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.93)
            cells = [str(x) for x in v]
            tot = str(sum(v) + (8 if bad.get(n) == "sum" else 0))
            if k in fix:
                j = rng.randrange(1, len(parts))
                old = v[j]
                new = min(parts[j][1], old + rng.choice([-3, -2, 2, 3]))
                if new == old:
                    new = old - 2
                v[j] = new
                cells[j] = '<s>%d</s>%s' % (old, hand("%d" % new, True, "#b8231a", "11pt"))
                tot = '<s>%s</s>%s' % (tot, hand("%d" % sum(v), True, "#b8231a", "11pt"))
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [tot], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：红笔更正处已由评分教师核对签字（%s）。</p>" % t[0] + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "plain_attend":
        parts = [("出勤", 10), ("转面图", 20), ("部件拆分", 20), ("循环动画", 40), ("文件规范", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted":   # NEW: 成果 parts and 小计, 过程 mark, 总评 = 40/60 weighting, 等级
        parts = [("审方", 20), ("调配", 40), ("煎煮", 40)]
        out = [th2([("序号", 2, 1), ("学号", 2, 1), ("姓名", 2, 1), ("成果评价", 1, 4), ("过程评价<br/>(100)", 2, 1),
                    ("总评", 2, 1), ("等级", 2, 1)], pad),
               th2([("%s(%d)" % p, 1, 1) for p in parts] + [("小计(100)", 1, 1)], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.95)
            if bad.get(n) == "over":
                v[1] = 46
            sub = sum(v)
            proc = rng.randint(66, 95)
            tot = round(proc * 0.4 + sub * 0.6, 1)
            grade = "优秀" if tot >= 90 else ("良好" if tot >= 75 else "合格")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sub), str(proc), "%.1f" % tot, grade], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) +
                "<p>注：总评＝过程评价×40%＋成果评价小计×60%；等级：90分及以上优秀，75—89分良好，60—74分合格。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "plain_typed":
        parts = [("接车问诊", 10), ("压力检测", 30), ("检漏加注", 40), ("竣工检验", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "bonus":   # a 加分 column explained under the table
        parts = [("工艺编制", 20), ("程序编写", 30), ("零件加工", 40), ("自检", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["加分", "总分"]], pad)]
        plus = dict(zip(rng.sample(range(len(rec)), 5), [2, 3, 5, 2, 4]))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            b = plus.get(k, 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + ["+%d" % b if b else "—", str(min(100, sum(v) + b))], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：加分项为参加技能竞赛获奖或工艺改进被企业采纳，每人加2—5分；总分＝各项得分＋加分，最高100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:mono"
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
            if f == "patrol_typed":   # 巡检人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["巡检人", n, "班级", cl], ["巡检时间", "%s 06:30" % day(s, 30 + i), "天气", "小雪转中雪"],
                                  ["部位", "站台安全线、天桥、楼梯", "处理", desc]], width="90%") + "<p>带班站长：%s</p>" % s["others_named"][0])
            elif f == "copy_typed":   # 撰写人, the cooperative as 供货方
                parts.append('<h3>%s</h3><p>撰写人：%s（%s）　　供货方：蛟河山区木耳种植合作社（负责人：%s）</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["项目", "内容"], ["产品", "秋耳礼盒250克、500克"], ["要点", desc]], width="86%") + "<p>审核：%s</p>" % t[j % 2])
            elif f == "dish_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "羊排1500克" if j == 0 else "柳根鱼600克", "辅料", "山野菜、葱、姜、花椒"],
                                                          ["成品评价", desc, "评价人", t[j % 2]]], width="90%"))
            elif f == "submit_typed":
                parts.append('<h3>%s</h3><p>制作：%s　　班级：%s</p>' % (title, n, cl) +
                             tbl([["文件路径", "E:\\动画2401\\%s%s\\%s" % (sid, n, ["paozi_turn.psd", "paozi_walk.mp4"][j])],
                                  ["软件", "Animate 2023"], ["帧速率", "24 fps"], ["说明", desc]], width="92%", align="left") +
                             "<p>提交日期：%s　　接收：%s</p>" % (day(s, 30 + i), t[j % 2]))
            elif f == "curing_typed":   # 养护人, 质量负责人, the supplier's contact
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品名", ["枸杞子", "党参", "全库"][j], "批号", "24%02d%02d" % (6 + j, 11 + i)],
                                  ["库温", "%d ℃" % (22 + j), "相对湿度", "%d%%" % (58 + 3 * i)],
                                  ["检查结果", desc, "供货单位联系人", s["others_named"][0]],
                                  ["养护人", n, "质量负责人", t[j % 2]]], width="90%") + "<p>班级：%s</p>" % cl)
            elif f == "workorder_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["客户", s["others_named"][0], "车型", "柴油皮卡"],
                                                          ["维修技师", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                                          ["项目", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "inspection_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "压花机导辊轴", "图号", "YH-40-%02d" % (1 + j)], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 3]],
                                  ["外圆", "φ40h6", "%.3f" % (39.990 - 0.002 * i), "合格"], ["螺纹", "M24×1.5", "通规过", "合格"]], width="92%") +
                             "<p>备注：%s</p>" % desc)
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
        if f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_page":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "recipe_card":
            head = ["菜谱卡片", "> 菜名：山野菜炖柳根鱼", "> 主料：柳根鱼　辅料：山野菜 葱 姜", "> 步骤：去鳃—腌制—煎定型—炖制—出锅"]
            end = ["> 姓名：%s　学号：%s　班级：%s" % (n, sid, cl)] + end
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "snow_photo":
            head = ["饮片养护课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "color_scan_hand":
            head = ["课后练习（空调）", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:2", "hand_page": "x-scan:200:4", "recipe_card": "x-photo:200:1:snow",
            "plain_photo": "x-photo:200:2", "snow_photo": "x-photo:200:3:snow", "color_scan_hand": "x-scan:200:3:color",
            "exercise_book": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("沐辰 浩然 承宇 子航 志远 冠宇 子墨 立恒 正阳 宇鑫 鹏飞 世杰 博涛 翰林 一鸣 思远 浩宇 俊熙 明轩 皓轩 宇航 晨阳 博文 "
           "昊然 奕辰 俊豪 子轩 宏博 家豪 子健 振宇 雨泽 家乐 文博 凯文 子豪 志豪 鑫磊 新宇 炳辰 泓宇 金泽 尚儒 庆林 朝晖 治宇 "
           "彦博 瀚文 骏驰 柏霖 凌霄 景行 煜城 海洋 建宇 文杰 泽宇 翔宇 兆丰 国栋 永康 少杰 梓豪 铭宇 晨轩 明哲 启明 嘉乐 思源 "
           "锦轩 林峰 星宇 北辰 卓然 逸凡 景川 梓轩 锐泽 靖轩 昱辰 向晨 秋实 那日苏 巴特尔 额尔敦 阿拉坦 朝鲁 呼和 敖敦 昊 博 阳 鑫 磊".split())


def sex_of(n):
    return "男" if any(n.endswith(g) and len(n) - len(g) == 1 for g in MALE) else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "seat_chart":   # NEW: a seating chart, 7 columns by 6 rows, four empty seats
        cols, nrows = 7, 6
        empty = {5, 13, 34, 41}
        seats, it = [], iter(k)
        for p in range(cols * nrows):
            seats.append(None if p in empty else next(it))
        rows = ['<tr><td colspan="%d" style="border:1pt solid #000;background:#e8e8e8;padding:3px" align="center"><b>讲　　台</b></td></tr>' % cols]
        for rr in range(nrows):
            cells = []
            for cc in range(cols):
                n = seats[rr * cols + cc]
                x = ('<b>%s</b><br/><span style="font-size:7.5pt">%s</span>' % (n, sid_of(s, n))) if n else '<span style="color:#888888">空</span>'
                cells.append(td(x, ' align="center" height="52"', "3px 2px"))
            rows.append("<tr>%s</tr>" % "".join(cells))
        body = ('<h2 style="text-align:center">%s学生名单（座次表）</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="100%") + "<p>班主任：%s　　　全班共%d人（空座4个）　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "info_table":   # a 学生基本信息表
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "民族", "出生年月", "生源地"])]
        towns = ["白狼镇", "五岔沟镇", "天池镇", "伊尔施镇", "明水河镇", "乌兰浩特市", "科右前旗"]
        rr = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            mg = n[0] in "包白宝" and n[1:] in MONGOL
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "蒙古族" if mg else "汉族",
                              "%d.%02d" % (rr.choice([2008, 2009]), rr.randint(1, 12)), rr.choice(towns)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生基本信息表</h2>' % (s["school"], s["cls"]) + table(rows, width="90%") +
                "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
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
    truth = {"comment": "Hundred-and-third held-out people corpus (testdata/heldout103), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 103)
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
