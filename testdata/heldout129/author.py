#!/usr/bin/env python3
"""Write the sources of the hundred-and-twenty-ninth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the truth-format struct tags of
pipeline/heldout_test.go was read; classaudit was not run on it). Seven
submissions of three invented schools in 武清区 (Tianjin), 青浦区 (Shanghai)
and 江孜县 (Tibet, 日喀则市).

    python3 author.py      (rewrites src/ and truth.json; needs ImageMagick `convert` for two drawings)
    sh build.sh OUT
"""
import base64
import json
import os
import random
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
# the truth files and cut READMEs read for names, tasks and courses to avoid (heldout130 is written at the
# same time by another hand and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 129)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 武清 (北方 families of the 北运河 villages: 王 李 张 刘 杨 赵 孙
# 高 于 齐 宋 韩 魏 郑 徐 马 田 董 曹 邢), 青浦 (沪郊 families: 张 王 陈 李 徐 朱 沈 顾 陆 周 吴 钱 金 蔡 姚 黄
# 胡 邵 and a few of migrant families), 江孜 (Tibetan names have no surname: see TIB_*; about one student
# in six of a Han family from Sichuan or Gansu)
SURNAMES = {
    "wq": list("王王王王李李李张张张刘刘刘杨杨赵赵孙孙高于于齐宋韩魏郑徐马田董曹邢"),
    "qp": list("张张王王陈陈陈李徐徐朱朱沈沈顾顾陆陆周吴吴钱金蔡姚黄胡邵刘杨"),
    "jz": list("李王张刘陈杨何罗"),
}
# given names: a new list, the everyday names of students born around 2007-2009, by sex
GIVEN_M = ("浩然 子豪 嘉树 铭远 睿哲 俊杰 天宇 博宇 思淼 一帆 宏宇 文昊 梓轩 逸飞 家铭 承宇 志航 明杰 昊天 锦涛 "
           "浩宸 子骞 俊驰 鸿飞 景川 书恒 奕铭 子谦 宇辰 煜祺 庭瑞 嘉禾 亦凡 博涵 弘毅 皓宇 振华 俊凯 天乐 鹏程 "
           "子恒 越泽 立诚 旭东 嘉豪 思远 晨旭 景昊 明宇 泽洋 瑞霖 俊宇 浩轩 一鸣 天赐 宇恒 梓航 晟轩 "
           "君浩 文轩 永琪 家豪 锐锋 伟杰 凯瑞 秉辰 朗逸 修远").split()
GIVEN_F = ("欣怡 雨彤 梓萱 诗涵 语嫣 思睿 紫涵 可欣 雅琪 梦婷 佳欣 若汐 书涵 静雯 晓雪 婉婷 雨菲 心语 嘉欣 悦彤 "
           "诗雨 一彤 梓琪 芷若 沐瑶 艺萱 思彤 语晨 安然 梦瑶 晓萱 雅雯 舒涵 子琪 乐萱 若琳 雨嘉 馨悦 佳璐 婧琪 "
           "文静 怡萱 梓涵 佳琪 诗琪 雨萌 欣然 晓彤 语桐 灵犀 清妍 紫萱 梦洁 思琪 佳怡 一诺 艺璇 雪莹 "
           "亦菲 晨曦 若曦 婉清 静怡 佳妮").split()
GIVEN1_M = list("浩杰磊鑫宇帅")
GIVEN1_F = list("琳婷萌悦妍")
# Tibetan names: a first part and a second part, the second part carrying the sex (as Tibetans name)
TIB_FIRST = "次仁 扎西 达瓦 格桑 尼玛 边巴 普布 旦增 索朗 巴桑 米玛 拉巴 白玛 德吉 益西 洛桑 强巴 贡桑".split()
TIB_M = "平措 罗布 次旦 旺堆 顿珠 多吉 欧珠 朗杰 桑珠 晋美 土登 赤列 加措 群培 曲扎 顿旦".split()
TIB_F = "央金 卓玛 拉姆 曲珍 仓决 央宗 玉珍 卓嘎 次珍 普赤 德央 白珍 曲宗 拉珍 旺姆 措姆 桑姆 美朵".split()


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


def sex_of(n):
    if "·" in n:
        return "女" if n.split("·")[0] in ("阿依努尔", "古丽", "热依拉") else "男"
    if len(n) == 4 and n[:2] in TIB_FIRST:
        return "男" if n[2:] in TIB_M else "女"
    g = n[1:]
    if g in GIVEN_M or g in GIVEN1_M:
        return "男"
    if g in GIVEN_F or g in GIVEN1_F:
        return "女"
    raise SystemExit("no sex for %s" % n)


def draw_name(rng, region, male):
    if region == "jz" and rng.random() < 0.84:
        while True:
            a, b = rng.choice(TIB_FIRST), rng.choice(TIB_M if male else TIB_F)
            if a != b:
                return a + b
    sur = rng.choice(SURNAMES[region])
    if rng.random() < 0.08:
        return sur + rng.choice(GIVEN1_M if male else GIVEN1_F)
    return sur + rng.choice(GIVEN_M if male else GIVEN_F)


def draw_class(rng, n, fixed, avoid, region, male_share):
    names = list(fixed)
    while len(names) < n:
        male = rng.random() < male_share
        for _ in range(400):
            name = draw_name(rng, region, male)
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "carpet": dict(major="电子商务", code="0603", course="网店视觉设计与商品上新", task="崔黄口手工地毯网店新品详情页制作与上新推广",
   hours=16, station="网店运营一体化学习工作站",
   situation="武清区崔黄口镇一家做了三十年手工栽绒地毯的工厂开了网店，厂里新织了三款小尺寸的客厅地毯，想赶在秋季上新。厂长请电商班学员到车间拍摄产品图和织造过程，提炼卖点，制作主图和详情页，在后台完成商品上新，并设置一周的推广计划。",
   qs=[("问题1 手工地毯的详情页首屏放什么内容最合适？", ["放铺在客厅里的实景图，配一句“手工打结、每平方米九万结”，让顾客一眼看出和机织地毯的区别。", "客厅实景图加手工打结的卖点。", "实景图，突出每平方米九万结。"]),
       ("问题2 为什么要拍地毯背面的打结细节？", ["机织地毯背面是整齐的网格，手工地毯背面能看到一个个结头，拍背面最能证明是手工织的。", "背面结头能证明是手工织的。", "和机织地毯的背面不一样。"])],
   quiz=[("1. 主图尺寸一般为（　）。", "A. 400×400　B. 800×800　C. 1920×1080　D. 640×960", "B"),
         ("2. 下列哪一项不属于详情页的“信任背书”？（　）", "A. 工厂实拍　B. 检测报告　C. 买家秀　D. 限时折扣", "D"),
         ("3. 商品标题中“栽绒”属于（　）。", "A. 品牌词　B. 属性词　C. 营销词　D. 类目词", "B")],
   hw=[("4. 主图为什么多用白底图？", ["白底图干净，平台的活动会场要求白底，商品也更突出。", "平台会场要求白底。", "干净，商品突出。"]),
       ("5. 新品上架后前三天重点看哪些数据？", ["访客数、收藏加购率和转化率，加购多转化少要检查价格和详情页。", "访客、加购和转化率。", "收藏加购率。"])],
   outputs=[("新品上新审核单", "三款地毯分别设置尺寸规格，主图五张，详情页十二屏。"), ("一周推广计划表", "日预算八十元，关键词二十个。")]),
 "hubaxle": dict(major="数控加工(数控车工)", code="0106", course="批量轴件数控车削与质量控制", task="自行车花鼓后轴批量数控车削与首件检验",
   hours=18, station="数控车削一体化学习工作站",
   situation="武清区王庆坨镇是自行车的产地，镇上一家配件厂接到一批共享单车花鼓后轴的订单，厂里的数控车床排不开，委托学校数控车间加工其中的一百件。车间请数控班学员看懂图纸，编写加工程序，按流程卡的工序完成粗车、精车和车螺纹，做好首件检验，并填写每天的生产日报。",
   qs=[("问题1 车M10×1的螺纹时，进给量为什么设为1毫米？", ["螺纹的导程是1毫米，主轴每转一圈车刀要正好移动一个导程，进给量就等于导程。", "进给量等于导程1毫米。", "主轴转一圈刀走一个导程。"]),
       ("问题2 批量加工为什么要先做首件检验？", ["第一件合格了才说明程序、刀具和对刀都没问题，不检验就批量做，错了会整批报废。", "确认程序和对刀没问题。", "防止整批报废。"])],
   hw=[("1. 车细长的花鼓轴怎样防止弯曲？", ["用尾座顶尖顶住，必要时加跟刀架，精车时吃刀量小一些。", "用顶尖顶住，吃刀量小。", "加跟刀架。"]),
       ("2. 流程卡上的“自检”栏怎样填写？", ["每道工序做完自己量一遍关键尺寸，合格打勾，写上实测值，不合格不能转下道工序。", "量完合格打勾，写实测值。", "不合格不转下道。"])],
   outputs=[("生产日报表（第一天）", "首件检验合格。"), ("生产日报表（第二天）", "更换精车刀片一次。")]),
 "press": dict(major="机电一体化技术", code="0127", course="装配线伺服压装单元安装与调试", task="自行车轮组装配线伺服压装工位安装与PLC调试",
   hours=18, station="自动化生产线一体化学习工作站",
   situation="王庆坨一家自行车厂的轮组装配线上，花鼓轴承一直靠工人用手动压机压装，压不到位的轴承会让车轮转起来发涩。厂里准备换成伺服压装，请机电班学员在实训线上先装一个样机工位：安装伺服压机和气动夹紧机构，完成电气接线，编写PLC程序，设定压力和位移的上下限，并做连续一百次的压装试验。",
   qs=[("问题1 伺服压装为什么要同时设定压力和位移两个限值？", ["只看压力，轴承歪了也可能压力够；只看位移，孔太松时位移够了却没压紧。两个都在范围内才算合格。", "两个都在范围内才算合格。", "只看一个会漏判。"]),
       ("问题2 夹紧气缸的磁性开关装好后怎样调试？", ["手动让气缸伸出和缩回，看开关指示灯在到位时亮，再微调开关在缸体上的位置。", "看指示灯到位时亮。", "微调开关位置。"])],
   hw=[("1. 急停回路为什么用常闭触点？", ["常闭触点断线时也会让设备停下来，更安全。", "断线也能停机。", "更安全。"]),
       ("2. I/O分配表要写哪些内容？", ["地址、名称、元件代号、信号类型和接线端子号。", "地址、名称和端子号。", "信号类型。"])],
   outputs=[("压装工位调试记录", "连续压装一百次，合格九十八次。"), ("PLC I/O分配表", "输入十四点，输出九点。")]),
 "expo": dict(major="饭店(酒店)服务", code="0504", course="前厅与礼宾对客服务", task="进口博览会参展商团队入住接待与行李寄存服务",
   hours=16, station="酒店前厅一体化学习工作站",
   situation="每年十一月进口博览会期间，青浦区徐泾一带的酒店住满了参展商，很多客人同一天下午集中到店，行李多、外籍客人多。一家合作酒店请饭店班学员到前厅和礼宾部跟岗：提前准备团队房卡和欢迎资料，为客人办理入住登记，做好行李寄存和送房，并为重要客人布置欢迎卡。",
   qs=[("问题1 团队客人到店前为什么要提前准备好房卡钥匙袋？", ["团队客人集中到店，提前按名单把房卡装进写好姓名的钥匙袋，客人到了核对证件就能发放，减少排队。", "减少排队，核对证件就发。", "按名单提前装好。"]),
       ("问题2 外籍客人办理入住要核对哪些信息？", ["护照上的姓名、国籍、护照号码和签证有效期，录入系统后按规定上传住宿登记。", "护照和签证有效期。", "姓名、国籍和护照号码。"])],
   hw=[("1. 行李寄存牌为什么分上下两联？", ["上联挂在行李上，下联交给客人，取行李时两联对上才能取走。", "两联对上才能取。", "一联挂行李一联给客人。"]),
       ("2. 客人要求延迟退房怎么处理？", ["先查房态，下一位客人不急用就可以同意，告诉客人是否收费，并在系统里改退房时间。", "先查房态再答复。", "改系统里的退房时间。"])],
   outputs=[("入住登记单", "护照已核对。"), ("VIP欢迎卡", "已放入客房。")]),
 "zhujiajiao": dict(major="城市轨道交通运输与管理", code="0431", course="古镇站节假日客运组织", task="地铁17号线朱家角站古镇节假日大客流组织",
   hours=16, station="城轨车站客运一体化学习工作站",
   situation="地铁17号线的朱家角站离古镇很近，国庆和周末游客很多，傍晚返程的客流集中在一个小时里进站，站厅和站台都很挤。车站请城轨班学员分组做一份节假日客流组织方案：预测客流、设置站外排队区和临时导向、安排站台引导岗、准备中英文广播词，并在实训车站里演练一次。",
   qs=[("问题1 为什么要在站外广场设置排队区？", ["傍晚返程的人一下子全涌进站厅，闸机前会堵死；在站外广场用铁马围出排队区，分批放行，站内就不会太挤。", "分批放行，站内不挤。", "用铁马围出排队区。"]),
       ("问题2 站台客流超过警戒线时怎么处理？", ["报告值班站长，启动站厅限流，关闭部分进站闸机，站台引导员提醒乘客往车尾走。", "报告值班站长，站厅限流。", "引导乘客往车尾走。"])],
   hw=[("1. 临时关闭一个出入口前要做哪些准备？", ["提前在出入口和地面贴出告示，安排人员引导到其他出入口，并通过广播通知乘客。", "贴告示、派人引导。", "广播通知乘客。"]),
       ("2. 广播词为什么要用中文和英文各播一遍？", ["古镇有不少外国游客，只播中文他们听不懂，容易跟着人群乱走。", "有外国游客。", "外国游客听得懂。"])],
   outputs=[("白板方案：节假日客流组织", "站外排队区、临时导向、站台引导岗")]),
 "yak": dict(major="烹饪(中式烹调)", code="0501", course="高原中式热菜烹调", task="高海拔厨房红烧牦牛肉与干煸土豆丝热菜制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="江孜县城海拔四千米左右，水烧到八十多度就开了，普通锅炖牛肉要很久也炖不烂。县城一家接待游客的川菜馆请烹饪班学员到后厨实训：用高压锅焖制红烧牦牛肉，掌握上汽后的时间和泄压方法，再完成一道干煸土豆丝，记录出品时间和用料，做好厨房卫生。",
   qs=[("问题1 在江孜炖牦牛肉为什么要用高压锅？", ["海拔高、气压低，水不到九十度就沸腾，肉炖不烂；高压锅能把锅里的温度提高到一百一十度以上。", "气压低，水不到九十度就开。", "高压锅能提高锅内温度。"]),
       ("问题2 干煸土豆丝怎样才能干香不碎？", ["土豆丝切好后用清水洗去淀粉，沥干水，中火慢慢煸到边缘微黄，少翻动。", "洗去淀粉，中火慢煸。", "沥干水，少翻动。"])],
   hw=[("1. 高压锅使用前要检查哪些地方？", ["限压阀是否畅通、安全阀是否完好、密封圈有没有老化。", "限压阀、安全阀和密封圈。", "密封圈有没有老化。"]),
       ("2. 牦牛肉为什么要逆着纹路切？", ["牦牛肉纤维粗，逆着纹路切能把纤维切断，吃起来不塞牙。", "把纤维切断。", "纤维粗，不塞牙。"])],
   outputs=[("红烧牦牛肉出品记录", "上汽后焖三十五分钟。"), ("干煸土豆丝出品记录", "出品时间六分钟。")]),
 "coldstart": dict(major="汽车维修", code="0403", course="高原柴油车辆冬季故障检修", task="高原冬季柴油皮卡冷启动困难故障诊断与排除",
   hours=16, station="汽车维修一体化学习工作站",
   situation="江孜的冬天夜里常到零下二十度，一位跑运输的师傅说，他的柴油皮卡早上要打好几次才能着车，着车后冒白烟。维修站请汽修班学员接车问诊，检查柴油标号、燃油滤清器、预热塞和蓄电池，读取故障码，找出原因并排除，最后给车主做一次冬季防冻检查。",
   qs=[("问题1 柴油车冬季冷启动困难，先检查哪些地方？", ["看加的是不是负三十五号柴油，燃油滤清器有没有结蜡，预热塞工作是否正常，蓄电池电压够不够。", "柴油标号、滤清器和预热塞。", "蓄电池电压。"]),
       ("问题2 怎样判断预热塞是否损坏？", ["拔下插头，用万用表量预热塞的电阻，正常不到一欧，无穷大就是烧断了。", "量电阻，无穷大就是烧断。", "用万用表测电阻。"])],
   hw=[("1. 高原冬季为什么要换用低标号的柴油？", ["零号柴油零度左右就开始析出蜡，会堵住滤清器，负三十五号柴油低温下也能流动。", "零号柴油会结蜡。", "低温下也能流动。"]),
       ("2. 低温下蓄电池容量为什么会下降？", ["温度低，电解液里的化学反应变慢，能放出的电就少了。", "化学反应变慢。", "放出的电少了。"])],
   outputs=[("冬季车辆防冻检查卡", "冰点负四十度，柴油负三十五号。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="天津市武清区雍阳技工学校", pack="dir", region="wq", course="carpet", cls="电商2301班", long="2023级电子商务（1）班",
         short="23电商1班", size=38, seed=11, male=0.4, sidp="2312060301",
         students=["齐若汐", "邢嘉树", "田若琳"], outsiders={"田若琳": "电商2302班"}, out_long={"田若琳": "23电商2班"}, out_full={"田若琳": "2023级电子商务（2）班"}, out_sidp="2312060302",
         extra_class=["董浩宸"], bad={"董浩宸": "over"}, others_named=["武宝林"],
         teachers=["郑丽萍", "韩述平"], form_count="38",
         f8="dispatch", f10="diagonal", f11="listing_typed", f12="quiz_photo",
         findings=[("students.not_in_class", 8, True, "田若琳"), ("records.invalid_score", 10, False, "董浩宸")],
         comment="田若琳 of the parallel class 电商2302班 (`23电商2班` by hand and 学号 231206030217 on her 派单 worksheet, `（电商2302班）` "
                 "after her name on the typed 上新审核单, `2023级电子商务（2）班` on her photographed quiz paper) is the third student of "
                 "8/11/12; item 10 (38 rows = form `教学班人数 | 38`) has no record of her: students.not_in_class. Item 10 (scanned 250 "
                 "gray) has a DIAGONAL header cell (斜线表头 `项目／姓名`) and the maxima in the heads; 董浩宸 has 34 under "
                 "`详情页设计（30）` (总分 the sum): records.invalid_score. The carpet mill's head 武宝林 is named as 需求方 on item 8 "
                 "and 供货方 on item 11 (not a student). No roster"),
    dict(school="天津市武清区雍阳技工学校", pack="dir", region="wq", course="hubaxle", cls="数控2302班", long="2023级数控加工（2）班",
         short="23数控2班", size=40, seed=12, male=0.85, sidp="2312010602",
         students=["曹书恒", "于清妍", "魏子骞"], others_named=["杜长顺", "耿玉峰"],
         teachers=["郑立新", "萨仁图雅", "马春岐"], form_count="40",
         f8="route_card", f10="retake", f11="daily_report", f12="hand_mono",
         findings=[],
         comment="clean. Item 8 (scanned 250 gray, a vernier caliper on the glass) is a 零件加工流程卡（随工单）: the student signs as "
                 "操作者 in four 工序 rows, the factory's inspector 杜长顺 signs the 检验 column and the foot (not a student). Item 11 "
                 "(typed): 生产日报表, 操作者 the student, the 班组长 耿玉峰 (not a student). Item 10 (typed, 40 rows = form `40`) has "
                 "a 机床号 column, one 补考 row (the 补考 marks and the sum, `补考（原总分52）`) and one 缓考 row with empty cells. "
                 "A Mongolian teacher 萨仁图雅 (no surname); three teachers"),
    dict(school="天津市武清区雍阳技工学校", pack="dir", region="wq", course="press", cls="机电2302班", long="2023级机电一体化技术（2）班",
         short="23机电2班", size=40, seed=13, male=0.8, sidp="2312012702",
         students=["宋景川", "高佳璐", "孙秉辰"], items={11: ["宋景川", "孙秉辰"]},
         extra_class=["刘朗逸"], absent_from_10=["刘朗逸"], teachers=["杨守廉", "邢秀荣"], headteacher="赵桂芹",
         form_count="40", roster="moral",
         f8="head_row", f10="dated", f11="debug_typed", f12="photo",
         findings=[("students.count", 11, False), ("records.missing_student", 10, False, "刘朗逸"), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 调试记录 and I/O分配表, `调试人：`) holds the works of only TWO students, 宋景川 and 孙秉辰 "
                 "(高佳璐's missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. The roster (a "
                 "德育量化考核月汇总表 used as the class list, 40) and the form (`教学班人数 | 40`) hold 刘朗逸; item 10 (TYPED, a "
                 "考核日期 and 工位 per row) has 39 rows and none for him: records.missing_student and records.count_mismatch. "
                 "Item 8: colour scan 200 with a vernier caliper on the glass"),
    dict(school="上海市青浦区淀山湖技工学校", pack="gbkzip", region="qp", course="expo", cls="饭店2401班", long="饭店2401班",
         short="饭店2401", size=36, seed=21, male=0.3, sidp="2410050401",
         students=["顾沐瑶", "沈婧琪", "陆庭瑞"], items={12: ["顾沐瑶", "沈婧琪", "朱晓萱"]},
         extra_class=["朱晓萱", "钱弘毅"], bad={"钱弘毅": "sum"}, others_named=["马克·施密特", "俞文华", "苏珊·霍夫曼"],
         teachers=["姚文娟", "蔡榕生"], form_count="36",
         f8="name_line", f10="post_tables", f11="guest_typed", f12="photo_beads",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "钱弘毅")],
         comment="item 12 (phone photos, a string of prayer beads on the sheet) holds the homework of 顾沐瑶, 沈婧琪 and classmate "
                 "朱晓萱 (with an item-10 record) instead of 陆庭瑞's (items 8 and 11 hold the three): students.mismatch. Item 10 "
                 "(TYPED) is split into THREE 岗位 tables with their OWN criteria and maxima (前厅接待岗 / 客房服务岗 / 礼宾行李岗, "
                 "序号 running on 1-36); 钱弘毅's 总分 is 8 above the sum of his parts: records.invalid_score. Guests named on item 11: "
                 "马克·施密特 and 苏珊·霍夫曼 (German exhibitors, middle-dot names, not students) and their team leader 俞文华. "
                 "Form: a horizontal table `授课班级 | 男生 | 女生 | 合计`. No roster"),
    dict(school="上海市青浦区淀山湖技工学校", pack="gbkzip", region="qp", course="zhujiajiao", cls="城轨2402班", long="城轨2402班",
         short="城轨2402", size=42, seed=22, male=0.55, sidp="2410043102",
         students=["金灵犀", "周越泽", "阿依努尔·吐尔逊"], extra_fixed=["帕尔哈提·艾力"], others_named=["黄立鹤"],
         teachers=["吴佩玲", "邵国庆"], form_count="42",
         f8="peer_review", f10="group_merged", f11="whiteboard", f12="gray_hand",
         findings=[],
         comment="clean. A Uyghur student with a middle-dot name (阿依努尔·吐尔逊) is one of the three, and a second one "
                 "(帕尔哈提·艾力) is in the class. Item 8 (scanned 250 gray) ends with a 学生互评 box whose 互评人 is another of the "
                 "three (by hand) and a 企业导师评价 by the station's 值班站长 黄立鹤 (not a student). Item 10 (TYPED, 42 rows = form "
                 "42): 小组评价 — the 组评（30） cell is MERGED over each group's rows and counted for every member, 总分 = 组评 + "
                 "岗位操作（50） + 应急广播（20）, explained under the table. Item 11: phone photos of each student's WHITEBOARD plan "
                 "(`制订：<name>`, `站长意见：可行 黄立鹤`). No roster"),
    dict(school="江孜县宗山技工学校", pack="zip", region="jz", course="yak", cls="烹饪2401班", long="烹饪2401班",
         short="烹饪2401", size=32, seed=31, male=0.55, sidp="2454050101",
         students=["贡桑美朵", "贡桑顿旦", "德吉桑姆"], items={8: ["贡桑美朵", "贡桑顿旦", "德吉桑姆", "达瓦顿珠"]},
         extra_class=["达瓦顿珠", "巴桑德央"], absent_from_10=["巴桑德央"], others_named=["邓德全"],
         teachers=["白玛旺堆", "何蓉芬"], form_count="32",
         f8="stove_photo", f10="plain_gray", f11="dish_typed", f12="mono_name",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (the printed worksheets photographed on the kitchen bench, a string of prayer beads lying on them) holds "
                 "FOUR worksheets: the three and classmate 达瓦顿珠 (with an item-10 record): students.count on 8; students.mismatch "
                 "optional. Item 10 (scanned 200 gray) lists 31; the form says `参训学生 | 32名`: records.count_mismatch (巴桑德央 "
                 "has no record; no roster). The restaurant's head chef 邓德全 named on items 8 and 11 (not a student). Tibetan "
                 "names without surname, a Tibetan teacher"),
    dict(school="江孜县宗山技工学校", pack="zip", region="jz", course="coldstart", cls="汽修2301班", long="汽修2301班",
         short="汽修2301", size=30, seed=32, male=0.9, sidp="2354040301",
         students=["边巴次旦", "李俊驰", "米玛曲扎"], items={11: ["边巴次旦", "李俊驰", "拉巴顿旦"]},
         extra_class=["拉巴顿旦", "旦增朗杰"], bad={"旦增朗杰": "sum"}, others_named=["次旺多吉"],
         teachers=["刘志坚", "央金卓嘎"], form_count="30",
         f8="walkaround", f10="time_slots", f11="winter_card", f12="photo_beads",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "旦增朗杰")],
         comment="item 11 (TYPED 冬季车辆防冻检查卡, `检查人：<name>（班级）`) holds the cards of 边巴次旦, 李俊驰 and classmate "
                 "拉巴顿旦 (with an item-10 record) instead of 米玛曲扎's (8 and 12 hold the three): students.mismatch. Item 10 "
                 "(scanned 300 dpi 1-bit, a vernier caliper on the glass) gives each student a 考核时段 (`09:00—09:20`) in the row; "
                 "旦增朗杰's 总分 is 9 above the sum of his parts: records.invalid_score. Item 8: a 环车检查 worksheet with a drawn "
                 "top view of the pickup (车身示意图) marked by hand, the student as `维修学徒`. The pickup's owner 次旺多吉 named on "
                 "items 8 and 11 (not a student)"),
]

PROVINCE = {1: "天津市武清区", 2: "上海市青浦区", 3: "西藏自治区日喀则市江孜县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 武清: "8．工作页.pdf" (a full-width full stop)
        return "%d．%s.pdf" % (n, NAMES[n])
    if g == 2:   # 青浦: "08 工作页.pdf" (zero-padded, a space)
        return "%02d %s.pdf" % (n, NAMES[n])
    return "材料%02d %s.pdf" % (n, NAMES[n])   # 江孜: "材料08 工作页.pdf" (recognised by the item's name)


def form_name(s, c):
    return {1: ("附件2：%s申报书.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书（%s）.pdf" % s["cls"], "pdf"),
            3: ("宗山技工学校申报书_%s.docx" % c["course"], "docx")}[grp(s)]


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


def red(x, size="13pt"):
    return '<span style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:%s">%s</span>' % (size, x)


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


def png_uri(args, w, h):
    """Draw a small picture with ImageMagick (args after the canvas) and return a data: URI."""
    with tempfile.TemporaryDirectory() as t:
        p = os.path.join(t, "x.png")
        subprocess.run(["convert", "-size", "%dx%d" % (w, h), "xc:white"] + args + ["-strip", p], check=True)
        with open(p, "rb") as f:
            return "data:image/png;base64," + base64.b64encode(f.read()).decode()


# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "教学班人数 | %s" % s["form_count"]
    if g == 2:
        m = sum(1 for n in s["klass"] if sex_of(n) == "男")
        return "授课班级 | 男生 | 女生 | 合计 / %s | %d人 | %d人 | %s人" % (s["cls"], m, len(s["klass"]) - m, s["form_count"])
    return "参训学生 | %s名" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    extra = ""
    if g == 1:   # 武清: the class as 2023级…（1）班, the size under 教学班人数, a bare number
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["long"]), ("教学班人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 青浦: a horizontal table 授课班级 | 男生 | 女生 | 合计 under the information table
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课地点", c["station"]), ("学时", "%d" % c["hours"])]
        m = sum(1 for n in s["klass"] if sex_of(n) == "男")
        extra = ("<p><b>授课班级学生情况</b></p>" +
                 tbl([["授课班级", "男生", "女生", "合计"], [s["cls"], "%d人" % m, "%d人" % (len(s["klass"]) - m), "%s人" % s["form_count"]]],
                     width="70%", pad=P, bold=(0,)))
    else:   # 江孜: 参训学生 | 32名
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("参训学生", "%s名" % s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P) + extra
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生分组领取任务，查阅资料后制定计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，学生成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 2000 + s["seed"] * 53),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化稿）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}行业企业的岗位要求转化。\n二、学习任务\n本学期实施“{task}”，共{hours}学时。\n三、评价方式\n过程评价与成果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作流程\n接受任务—制定计划—实施—检查—评价。",
    3: "{school}\n{task}　教学活动策划表\n学习活动1　明确任务\n学习活动2　制定计划\n学习活动3　实施任务\n学习活动4　检查评价",
    4: "{school}\n{course}　教学进度表（{hours}学时）\n第1周　明确任务，获取信息\n第2周　制定与审核计划\n第3周　实施任务\n第4周　检查、展示与评价",
    5: "{school}\n{task}　教学活动方案\n一、情境导入\n二、引导问题学习\n三、分组实施与巡回指导\n四、成果展示与多元评价",
    6: "{school}\n学习任务资源清单\n工作页、行业标准、教学视频、{station}设备与材料清单。",
    7: "{school}\n{station}说明\n工作站分为信息区、计划区、实操区和展示评价区。",
    9: "{school}\n{task}　考核方案\n考核包括过程考核和成果考核，成绩记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 8", "√ 10", "√ 清楚", "√ 较好"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 7) % 26)


def answers(c, rng, i, ink=BLUE, small=False):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], small=small, ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "17"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def short_of(s, n):
    return s.get("out_long", {}).get(n, s["short"])


# ------------------------------------------------------------------ drawings

def car_uri(k):
    """A top view of a pickup (车身示意图) with the student's hand marks (k varies where)."""
    a = ["-stroke", "black", "-strokewidth", "3", "-fill", "none",
         "-draw", "roundrectangle 150,70 690,250 40,40",     # body
         "-draw", "line 330,70 330,250", "-draw", "line 470,70 470,250",   # cab / bed
         "-draw", "polygon 250,85 320,95 320,225 250,235",   # windscreen
         "-draw", "rectangle 480,85 675,235",                 # the bed
         "-fill", "#333333", "-draw", "rectangle 210,48 290,70", "-draw", "rectangle 210,250 290,272",
         "-draw", "rectangle 540,48 620,70", "-draw", "rectangle 540,250 620,272",
         "-fill", "black", "-stroke", "none", "-font", "Noto-Sans-CJK-SC", "-pointsize", "26",
         "-annotate", "+70+170", "前", "-annotate", "+720+170", "后", "-annotate", "+400+36", "左", "-annotate", "+400+310", "右"]
    spots = [[(235, 130, "划痕"), (600, 215, "凹陷")], [(180, 200, "石击"), (520, 110, "划痕")], [(640, 150, "掉漆"), (300, 240, "划痕")],
             [(200, 110, "裂纹"), (560, 230, "划痕")]][k % 4]
    for x, y, w in spots:
        a += ["-stroke", BLUE, "-strokewidth", "3", "-fill", "none", "-draw", "ellipse %d,%d 22,16 0,360" % (x, y),
              "-stroke", "none", "-fill", BLUE, "-font", "AR-PL-UKai-CN", "-pointsize", "26", "-annotate", "+%d+%d" % (x + 20, y - 18), w]
    return png_uri(a, 800, 330)


def diag_uri():
    """The diagonal header cell (斜线表头): 项目 above the line, 姓名 below it."""
    return png_uri(["-stroke", "black", "-strokewidth", "2", "-draw", "line 0,0 300,110", "-stroke", "none", "-fill", "black",
                    "-font", "Noto-Serif-CJK-SC", "-pointsize", "30", "-annotate", "+190+42", "项目", "-annotate", "+18+100", "姓名"], 300, 110)


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
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["完成认真", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "dispatch":   # a task order: 派单人 the teacher, 接单人 the student by hand, the class by hand in short form
            head = tbl([["任务编号", "DS-0923-%02d" % (i + 3), "派单人", t[0]],
                        ["接单人", hand(n, True), "班　级", hand(short_of(s, n), True)],
                        ["学　号", hand(sid, True), "交付时间", hand("9月%d日" % (26 + i), True)]], width="92%", pad="4px 6px")
            body = (title + head + "<p>需求方：崔黄口华艺手工地毯厂（联系人：%s 厂长）</p>" % s["others_named"][0] + sit +
                    answers(c, rng, i) + comment)
        elif f == "route_card":   # a part's route card (流程卡/随工单): the student as 操作者 in each operation row
            insp = s["others_named"][0]
            m = "CK6140-%02d" % (3 + i * 4)
            ops = [("10", "下料 φ16×182", "锯床"), ("20", "粗车外圆、端面", m), ("30", "精车外圆及倒角", m), ("40", "车M10×1螺纹（两端）", m)]
            rows = [["工序号", "工序内容", "设备", "操作者", "自检", "检验", "日期"]]
            for j, (no, what, eq) in enumerate(ops):
                rows.append([no, what, eq, hand(n, True), hand("√ %s" % ["181.9", "φ12.1", "φ11.98", "通止规合格"][j], True),
                             hand(insp[0] + "√", True, BLACK), hand("10/%d" % (8 + i), True)])
            rows.append(["50", "终检、入库", "—", "—", "—", hand(insp, True, BLACK), hand("10/%d" % (9 + i), True)])
            card = ('<p style="text-align:center"><b>零件加工流程卡（随工单）</b></p>' +
                    tbl([["流程卡号", "LK-2410-%02d" % (11 + i), "零件名称", "花鼓后轴", "图号", "HG-M10-02", "批量", "20件"]], width="100%", pad="3px 3px") +
                    tbl(rows, width="100%", pad="3px 3px", bold=(0,)) +
                    '<p>检验员：%s　　车间：精车二组　　（流程卡随工件流转，完工后交回）</p>' % insp)
            body = title + card + sit + answers(c, rng, i, small=True) + comment
        elif f == "head_row":   # a bordered head row 姓名 | 学号 | 班级 | 工位
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(short_of(s, n), True), "工位", hand("%d号" % (2 + i * 3), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "name_line":   # 姓名：＿ 学号：＿ 班级：＿ on one line
            head = '<p>姓名：＿%s＿　学号：＿%s＿　班级：＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "peer_review":   # a head box, then at the end 学生互评 by another of the three and the station master's words
            other = names[(i + 1) % len(names)]
            head = tbl([["班级", hand(cl, True), "学号", hand(sid, True), "姓名", hand(n, True)]], width="86%", pad="4px 6px")
            peer = tbl([["学生互评", "互评人", hand(other, True), "评价", hand(["分工清楚，广播词流利", "方案考虑周到", "排队区画得清楚"][i % 3], True), "得分", hand(str(17 - i), True)],
                        ["企业导师评价", "值班站长", hand(s["others_named"][0], True, BLACK), "评价", hand("可以上岗演练", True, BLACK), "", ""]],
                       width="100%", pad="3px 3px")
            body = title + head + sit + answers(c, rng, i) + peer + comment
        elif f == "stove_photo":   # 灶位 | 姓名 | 学号 | 日期 head; the head chef as 企业指导
            head = tbl([["灶位", hand("%d号灶" % (1 + i), True), "姓名", hand(n, True), "学号", hand(sid[-2:], True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = (title + head + "<p>企业指导：%s（厨师长）</p>" % s["others_named"][0] + sit + answers(c, rng, i) + comment)
        elif f == "walkaround":   # a walk-round check with a drawn top view of the pickup, marked by hand
            head = '<p>维修学徒：%s　　学号：%s　　班级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True))
            info = tbl([["车主", s["others_named"][0], "车型", "柴油双排皮卡", "车牌", "藏C·%s" % ["3K27", "3K27", "3K27", "3K27"][i]],
                        ["进站时间", hand(day(s, i)[5:] + " 9:%02d" % (10 + 7 * i), True), "里程", hand("%d km" % (186400 + 35 * i), True), "油量", hand("1/4", True)]],
                       width="100%", pad="3px 4px")
            pic = '<p style="text-align:center"><img src="%s" width="420" height="173"/></p><p style="text-align:center">车身示意图（○标出外观损伤）</p>' % car_uri(i)
            body = ('<h3 style="text-align:center">%s<br/>学习工作页（接车环车检查）</h3>' % c["task"] + head + info + pic +
                    answers(c, rng, i, small=True) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"dispatch": "x-scanpdf:200:color", "route_card": "x-scanpdf:250:caliper", "head_row": "x-scanpdf:200:color:caliper",
            "name_line": "x-scanpdf:200", "peer_review": "x-scanpdf:250", "stove_photo": "x-scanpdf:200:photo:beads",
            "walkaround": "x-scanpdf:200"}[f]
    font = {"head_row": "Noto Sans CJK SC", "dispatch": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    size = "9.5pt" if f in ("route_card", "walkaround") else "10pt"
    return "08.html", html(PB.join(pages), size, font=font, compact=f in ("route_card", "walkaround")), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title, cls=None):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], cls or s["cls"], c["course"], c["task"], day(s, 11)))


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "diagonal":   # a diagonal header cell 项目／姓名, the maxima in the heads
        parts = [("主图拍摄", 20), ("详情页设计", 30), ("卖点文案", 20), ("上新操作", 20), ("推广设置", 10)]
        h = ('<tr>%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center"', pad),
                                       td('<img src="%s" width="105" height="38"/>' % diag_uri(), ' align="left"', "0px 0px"),
                                       td("<b>学号</b>", ' align="center"', pad),
                                       "".join(td("<b>%s<br/>（%d）</b>" % p, ' align="center"', pad) for p in parts),
                                       td("<b>总分</b>", ' align="center"', pad)))
        out = [h]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 34
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表", s["long"]) + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "retake":   # a 机床号 column, one 补考 row, one 缓考 row
        parts = [("程序编制", 20), ("零件加工", 50), ("尺寸检测", 20), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "机床号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        retake, defer = 17, 29
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            note = ""
            if k == retake:
                v = [13, 33, 12, 6]
                note = "补考（原总分52）"
            cells = [str(x) for x in v] + [str(sum(v))]
            if k == defer:
                cells = [""] * 5
                note = "缓考（病假）"
            out.append(trow([str(k + 1), sid_of(s, n), n, "CK6140-%02d" % (1 + k % 20)] + cells + [note], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：补考学生按补考成绩登记；缓考学生待考后补登。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "dated":   # a 考核日期 and a 工位 in every row
        parts = [("机械安装", 30), ("电气接线", 30), ("程序调试", 30), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "考核日期", "工位"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "11月%d日" % (18 + k // 8), "%d号" % (1 + k % 8)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + "<p>注：每天考核8人，按工位轮换。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "post_tables":   # three 岗位 tables with their own criteria and maxima, 序号 running on
        posts = [("表一　前厅接待岗", [("仪容仪表", 10), ("入住登记", 40), ("外语沟通", 30), ("系统操作", 20)]),
                 ("表二　客房服务岗", [("仪容仪表", 10), ("VIP布置", 40), ("中式铺床", 30), ("查房", 20)]),
                 ("表三　礼宾行李岗", [("仪容仪表", 10), ("行李寄存", 40), ("引领送房", 30), ("应急处理", 20)])]
        per = (len(rec) + 2) // 3
        body = head10(s, c, "学习任务考核记录（分岗位）") + "<p>学生按岗位分三组轮训，各岗位评分项目不同，满分均为100分。</p>"
        k = 0
        for pi, (name, parts) in enumerate(posts):
            out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
            for n in rec[pi * per:(pi + 1) * per]:
                v = part_scores(rng, parts)
                tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
                k += 1
            body += "<p><b>%s</b></p>" % name + table(out)
        body += sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "group_merged":   # 组评 merged over each group's rows
        parts = [("岗位操作", 50), ("应急广播", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["组别", "组评<br/>(30)", "序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        sizes = [6, 6, 6, 6, 6, 6, 6]
        k = 0
        for gi, gs in enumerate(sizes):
            g = 21 + rng.randint(0, 8)
            for j in range(gs):
                n = rec[k]
                v = part_scores(rng, parts)
                lead = ""
                if j == 0:
                    lead = td("第%s组" % "一二三四五六七"[gi], ' align="center" rowspan="%d"' % gs, pad) + td(str(g), ' align="center" rowspan="%d"' % gs, pad)
                out.append("<tr>%s%s</tr>" % (lead, "".join(td(x, ' align="center"', pad) for x in [str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(g + sum(v))])))
                k += 1
        body = (head10(s, c, "学习任务考核记录表（小组评价）") + table(out) +
                "<p>说明：组评为小组方案和演练的得分，组内成员共用；总分＝组评＋岗位操作＋应急广播。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True, page="margin:0.9cm 1.5cm"), "pdf"
    if f == "plain_gray":   # a plain table, the maxima in the heads, 性别
        parts = [("原料准备", 15), ("刀工", 20), ("火候与压力控制", 30), ("调味", 20), ("卫生", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, sex_of(n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:200"
    if f == "time_slots":   # a 考核时段 in every row, 评分人 last
        parts = [("接车问诊", 15), ("故障诊断", 35), ("排除与验证", 35), ("6S与安全", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "考核时段", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "评分人"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
            a = 8 * 60 + 30 + 20 * (k % 10)
            dayp = ["12月2日", "12月3日", "12月4日"][k // 10]
            slot = "%s %02d:%02d—%02d:%02d" % (dayp, a // 60, a % 60, (a + 20) // 60, (a + 20) % 60)
            out.append(trow([str(k + 1), slot, sid_of(s, n), n] + [str(x) for x in v] + [str(tot), t[k % 2]], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>注：每人考核20分钟，按考核时段依次进场。</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono:caliper"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    if f == "whiteboard":   # photos of each student's whiteboard plan
        pages = []
        for i, n in enumerate(names):
            mk = lambda x, col="#1c3a9e", sz="17pt": '<span style="font-family:\'AR PL UKai CN\';color:%s;font-size:%s">%s</span>' % (col, sz, x)
            lines = [mk("朱家角站　国庆返程客流组织方案（第%s组）" % "一三五"[i], "#1a1a1a", "20pt"),
                     mk("① 预测：17:00—18:00 进站约 %d 人次" % (5200 + 300 * i)),
                     mk("② 站外广场：铁马围 %d 条排队通道，分批放行" % (4 + i)),
                     mk("③ 临时导向：1号口进、2号口出，地贴＋指示牌"),
                     mk("④ 站台引导岗 %d 人，提醒往车尾走" % (6 + i)),
                     mk("⑤ 广播：中英文各一遍，每5分钟一次"),
                     mk("⑥ 应急：列车晚点超过15分钟，启动公交接驳"),
                     mk("人员：站务员 %d 人、志愿者 6 人、民警 2 人" % (8 + i)),
                     mk("时间：16:30 摆铁马　17:00 启动排队　19:30 撤除"),
                     mk("重点：站台到警戒线 → 报站长 → 站厅限流", "#b01c1c"),
                     "", mk("制订：%s" % n, "#1a1a1a", "17pt") + "　　" + mk("站长意见：可行　%s" % s["others_named"][0], "#b01c1c", "15pt")]
            board = ('<table style="border-collapse:collapse" width="100%%"><tr><td style="border:10pt solid #a8acb0;padding:30px 26px;background:#fbfbfb">%s</td></tr></table>'
                     % "".join('<p style="margin-bottom:14pt">%s</p>' % x for x in lines))
            pages.append(board)
        return "11.html", html(PB.join(pages), font="Noto Sans CJK SC", page="margin:1.2cm 1.0cm"), "x-scanpdf:200:photo"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "listing_typed":   # 上新人 and the mill as 供货方
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["商品标题", "手工栽绒客厅地毯 %s 160×230cm" % ["米白几何", "灰蓝水纹", "砖红回纹"][i]],
                                      ["类目", "家居饰品／地毯"], ["SKU", "3个尺寸×1色"],
                                      ["供货方", "崔黄口华艺手工地毯厂（厂长：%s）" % s["others_named"][0]],
                                      ["上新人", "%s（%s）" % (n, cl)], ["审核人", t[0]], ["说明", desc]], width="90%", align="left"))
                else:
                    parts.append('<h3>%s</h3><p>制订：%s（%s）　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                                 tbl([["日期", "推广方式", "日预算", "关键词"], ["第1—3天", "关键词推广", "80元", "手工地毯、客厅地毯"],
                                      ["第4—7天", "人群推广", "60元", "新婚、新房"]], width="88%") + "<p>%s</p>" % desc)
            elif f == "daily_report":   # 操作者 and the 班组长
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["日期", day(s, 40 + i + j), "班次", "白班"], ["机床号", "CK6140-%02d" % (3 + i * 4), "零件", "花鼓后轴 HG-M10-02"],
                                  ["计划数", "20", "完成数", str(20 - (i + j) % 2)], ["合格数", str(19 - (i + j) % 2), "废品数", "1"],
                                  ["操作者", "%s（%s）" % (n, cl), "班组长", s["others_named"][1]], ["备注", desc, "", ""]], width="90%"))
            elif f == "debug_typed":   # 调试人
                if j == 0:
                    parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                                 tbl([["序号", "项目", "设定值", "实测", "结论"], ["1", "压装力上限", "12 kN", "11.6 kN", "合格"],
                                      ["2", "压装位移", "8.0±0.2 mm", "8.05 mm", "合格"], ["3", "夹紧到位信号", "有", "有", "合格"]], width="92%") +
                                 "<p>%s　　复核：%s</p>" % (desc, t[i % 2]))
                else:
                    parts.append('<h3>%s</h3><p>编制：%s（%s）</p>' % (title, n, cl) +
                                 tbl([["地址", "名称", "代号"], ["I0.0", "启动按钮", "SB1"], ["I0.1", "急停（常闭）", "SB0"], ["Q0.0", "夹紧电磁阀", "YV1"]], width="70%") +
                                 "<p>%s</p>" % desc)
            elif f == "guest_typed":   # the guests and their team leader
                g = s["others_named"][[0, 2, 0][i]]
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["宾客姓名", g, "国籍", "德国"], ["证件类型", "护照", "房号", "%d" % (1206 + 12 * i)],
                                      ["团队", "进博会参展团（领队：%s）" % s["others_named"][1], "入住日期", "2024年11月4日"],
                                      ["接待员", "%s（%s）" % (n, cl), "审核", t[i % 2]]], width="92%"))
                else:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 '<p style="text-align:center">尊敬的%s：</p><p style="text-align:center">欢迎您光临本酒店，预祝您参展顺利！</p>' % g +
                                 '<p style="text-align:right">礼宾部　%s　敬上</p>' % n)
            elif f == "dish_typed":   # 出品人 and the head chef
                parts.append('<h3>%s</h3>' % title + tbl([["出品人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "牦牛腩800克" if j == 0 else "土豆400克", "调料", "郫县豆瓣、干辣椒、花椒"],
                                                          ["出品评价", desc, "厨师长", s["others_named"][0]]], width="90%"))
            elif f == "winter_card":   # 检查人 and the owner
                parts.append('<h3 style="text-align:center">%s（第%d张）</h3>' % (title, i + 1) +
                             tbl([["车主", s["others_named"][0], "车牌", "藏C·3K27"], ["防冻液冰点", "−40 ℃", "柴油标号", "−35号"],
                                  ["蓄电池电压", "12.%d V" % (4 + i % 3), "预热塞电阻", "0.%d Ω（正常）" % (6 + i)],
                                  ["检查人", "%s（%s）" % (n, cl), "复核", t[i % 2]], ["结论", desc, "日期", day(s, 30 + i)]], width="92%"))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "quiz_photo":   # a printed exercise paper, answered by hand, photographed
        pages = []
        for i, n in enumerate(names):
            head = ('<p style="text-align:center"><b>%s</b></p><p style="text-align:center"><b>《%s》课后练习</b></p>' % (s["school"], c["course"]) +
                    '<p>班级：＿%s＿　姓名：＿%s＿　学号：＿%s＿　得分：%s</p>' % (hand(s.get("out_full", {}).get(n, s["long"]), True), hand(n), hand(sid_of(s, n)[-2:], True),
                                                                      red(str(86 + 3 * i), "16pt")))
            q = "<p><b>一、选择题</b></p>"
            for qi, (qq, opt, ans) in enumerate(c["quiz"]):
                got = ans if (i + qi) % 4 else "C"
                q += "<p>%s　%s</p><p>%s</p>" % (qq.replace("（　）", "（ %s ）" % hand(got, True)), red("√" if got == ans else "×"), opt)
            q += "<p><b>二、简答题</b></p>"
            for qi, (qq, a) in enumerate(c["hw"]):
                q += "<p>%s</p><p>%s</p><p %s>%s</p>" % (qq, hand(a[(i + qi) % 3]), RED, mark(rng))
            pages.append(head + q + "<p>%s</p>" % red("阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])))
        return "12.html", html(PB.join(pages), "10.5pt"), "x-scanpdf:200:photo"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "hand_mono":
            head = ["课后作业（%s）" % c["course"][:6], "> 学员：%s　班级：%s　学号：%s" % (n, s["short"], sid[-2:])]
        elif f == "mono_name":
            head = ["%s课后作业" % c["course"], "> 姓名：%s　学号：%s" % (n, sid)]
        elif f == "photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "photo_beads":
            head = ["课后作业", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "gray_hand":
            head = ["课后作业　%s" % c["task"][:9], "> %s　%s号　%s" % (cl, sid[-2:], n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"hand_mono": "x-scan:200:4:mono", "mono_name": "x-scan:200:1:mono", "photo": "x-photo:200:2", "photo_beads": "x-photo:200:1:beads",
            "gray_hand": "x-scan:250:3"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "moral":   # the class's monthly 德育量化 summary, used as the class list
        rng = random.Random(s["seed"] * 31)
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 3px")
                                        for x in ["序号", "学号", "姓名", "基础分", "纪律", "卫生", "出勤", "宿舍", "加分", "量化得分", "操行等级"])]
        for j, n in enumerate(k):
            ded = [-rng.choice([0, 0, 0, 1, 2]), -rng.choice([0, 0, 1]), -rng.choice([0, 0, 0, 0, 2]), -rng.choice([0, 0, 1])]
            add = rng.choice([0, 0, 0, 2, 3])
            sc = 100 + sum(ded) + add
            grade = "优" if sc >= 98 else ("良" if sc >= 95 else "合格")
            rows.append(trow([str(j + 1), sid_of(s, n), n, "100"] + [str(x) if x else "0" for x in ded] + ["+%d" % add if add else "0", str(sc), grade], "1px 3px"))
        body = ('<h2 style="text-align:center">%s<br/>德育量化考核月汇总表（2024年11月）</h2><p style="text-align:center">%s</p>' % (s["long"], s["school"]) +
                table(rows, width="94%") +
                "<p>说明：基础分100分，按学生处量化细则扣分、加分。</p><p>班主任：%s　　　全班%d人　　　学生处（盖章）</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（德育量化汇总）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-twenty-ninth held-out people corpus (testdata/heldout129), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + s.get("extra_fixed", []) + list(s.get("outsiders", {}))
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
        rng = random.Random(s["seed"] * 7919 + 129)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) + s.get("extra_fixed", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        for a in fixed:
            for b in fixed:
                if a < b and near(a, b):
                    raise SystemExit("%s and %s are near in one class" % (a, b))
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"], s["male"])
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
