#!/usr/bin/env python3
"""Write the sources of the hundred-and-forty-sixth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the struct tags of pipeline/heldout_test.go was
read; classaudit was not run on it). Seven submissions of three invented
schools in 肥城市 (Shandong, 泰安), 镇远县 (Guizhou, 黔东南) and 循化撒拉族自治县
(Qinghai, 海东).

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
# the truth files read for names, tasks and courses to avoid (heldout145, 147 and 148 are written at the same time and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 145)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 肥城 (泰安: 王 李 张 刘 赵 陈 and the local 尹 亓 孟 阴 鹿),
# 镇远 (黔东南: 杨 吴 龙 潘 姚 石 彭 田 罗 欧 邰, Miao and Dong families), 循化 (Salar and Hui 韩 马 冶 沈 何 喇
# 陕, Han 王 李 张 赵, and whole Tibetan names of the 道帏 and 岗察 townships)
SURNAMES = {
    "fc": list("王王王王李李李张张张刘刘赵赵陈孙尹尹徐吴高朱宋孟杨亓程鹿阴"),
    "zy": list("杨杨杨杨吴吴吴龙龙潘潘张王刘田陈姚彭石罗欧邰邓"),
    "xh": list("韩韩韩韩马马马马冶冶沈何王李张赵苏喇陕"),
}
TIBETAN = ["才让东智", "拉毛措", "卓玛草", "多杰太", "桑杰加", "完玛才让", "仁青卓玛", "公保加", "索南措", "旦正吉",
           "更藏吉", "华旦加"]
# given names: a new list, the everyday names of students born around 2008, by sex
GIVEN_M = ("浩然 子恒 宇轩 俊杰 明远 嘉豪 思聪 博远 锦辉 泽阳 晨旭 昊天 一帆 子昂 文韬 鹏程 瑞麟 志恒 宏宇 家铭 "
           "天宇 梓睿 煜祺 建华 嘉铭 浩轩 子腾 晓东 振华 立诚 佳豪 彦霖 凯瑞 德昊 广宇 宇恒 书豪 明杰 旭东 浩博 "
           "金阳 世豪 祥瑞 炳坤 泽华 文昊 亦凡 昱辰 兴旺 俊逸 永杰 兆坤 承恩 耀华 学文 清源 君浩 家兴 守信 光明").split()
GIVEN_F = ("雨彤 欣怡 梓晴 诗涵 佳悦 雅琪 语嫣 可欣 子萱 梦瑶 晓雪 婉婷 静雯 雨欣 思雨 心悦 雪莹 艺璇 紫涵 嘉欣 "
           "若溪 雅静 美玲 丽娜 玉洁 晓燕 文静 海燕 春燕 秀娟 明月 月婷 梦洁 馨予 芷若 依然 书琪 婧琪 珊珊 晶晶 "
           "露露 亚楠 雨涵 怡宁 梓萱 玉霞 春梅 金花 小芳 丽萍").split()
SEX = {g: "男" for g in GIVEN_M}
SEX.update({g: "女" for g in GIVEN_F})
SEX_FIXED = {"热依拉·艾山": "女", "拉毛措": "女", "卓玛草": "女", "仁青卓玛": "女", "索南措": "女", "旦正吉": "女", "更藏吉": "女"}


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
    if n in SEX_FIXED:
        return SEX_FIXED[n]
    return SEX.get(n[1:], SEX.get(n[2:], "男"))


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        tib = region == "xh" and rng.random() < 0.12
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for _ in range(400):
            if tib:
                name = rng.choice(TIBETAN)
            else:
                name = sur + rng.choice(GIVEN_M if rng.random() < 0.55 else GIVEN_F)
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
        else:
            if tib:
                continue
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "peach": dict(major="电子商务", code="0603", course="生鲜农产品网店运营", task="肥城佛桃预售详情页策划与冷链打包发货",
   hours=16, station="电商运营一体化学习工作站",
   situation="八月中旬肥城佛桃陆续成熟，仪阳街道一家桃园合作社往年只在路边和批发市场销售，今年想在网店上做预售，直接发往省内外的顾客家里。合作社请电商班学员拍摄产品图，撰写预售详情页和客服话术，设计预冷、单果网套、冰袋和泡沫箱的冷链打包方案，处理预售订单，跟踪物流并做发货复盘。",
   qs=[("问题1 预售详情页首屏要放哪些信息？", ["果径规格、发货时间、包坏包赔的承诺和产地实拍图，让顾客一眼看到最关心的内容。", "规格、发货时间和包赔承诺。", "产地实拍和发货时间。"]),
       ("问题2 佛桃为什么要先预冷再装箱？", ["刚摘下的桃子带着田间热，直接装箱会在路上捂熟变软，先在冷库预冷到八度左右再打包。", "带着田间热，会捂熟。", "预冷到八度再打包。"])],
   hw=[("1. 顾客问“为什么要等七天才发货”，客服怎样回答？", ["说明佛桃按成熟度分批采摘，现摘现发保证口感，并告诉顾客具体的发货批次。", "现摘现发，分批采摘。", "告诉顾客发货批次。"]),
       ("2. 冷链包装里冰袋放在哪里？", ["冰袋放在泡沫箱的四周和顶部，用纸隔开，不直接贴着桃子，避免冻伤果皮。", "放四周和顶部，不贴着桃子。", "用纸隔开。"])],
   outputs=[("预售订单处理记录", "当日处理订单五十二单，改地址三单。"), ("预售详情页文案", "首屏写明八月二十日起分批发货。")]),
 "soh": dict(major="新能源汽车检测与维修", code="0435", course="动力电池健康状态评估与维护", task="退役物流车动力电池包SOH检测与均衡维护",
   hours=18, station="新能源汽车动力电池检修一体化学习工作站",
   situation="肥城一家冷链物流公司有一批运营满五年的纯电动厢式物流车，续航明显下降。车队准备对电池包进行评估，决定哪些继续使用、哪些做均衡维护、哪些退役。车队长请新能源班学员在做好高压防护的前提下，读取电池管理系统数据，测量单体电压和内阻，计算电池包的健康状态，对压差过大的模组做均衡维护并出具检测报告。",
   qs=[("问题1 检测电池包前要做哪些高压防护？", ["戴好绝缘手套和护目镜，断开维修开关，等待五分钟后用万用表验电，确认没有高压再作业。", "戴绝缘手套，断开维修开关后验电。", "等五分钟再验电。"]),
       ("问题2 什么是电池包的SOH？", ["SOH是健康状态，用现在的实际容量除以出厂额定容量，低于百分之八十就要考虑退役。", "实际容量除以额定容量。", "低于百分之八十考虑退役。"])],
   hw=[("1. 单体压差过大会带来什么问题？", ["充电时电压高的单体先充满，放电时电压低的先放空，整包能用的容量变小，续航下降。", "整包容量变小，续航下降。", "有的先充满，有的先放空。"]),
       ("2. 均衡维护有哪两种方式？", ["被动均衡把电压高的单体的电量用电阻消耗掉，主动均衡把电量转移给电压低的单体。", "被动均衡和主动均衡。", "电阻消耗或转移电量。"])],
   outputs=[("动力电池包SOH检测报告", "实测容量一百四十二安时，SOH百分之八十四。"), ("模组均衡维护记录", "均衡后最大压差由八十二毫伏降到十五毫伏。")]),
 "glucose": dict(major="健康与社会照护", code="0529", course="老年人常见慢性病照护", task="日间照料中心糖尿病老人血糖监测与协助服药",
   hours=16, station="健康照护一体化学习工作站",
   situation="肥城城区一家社区日间照料中心每天接待三十多位老人，其中九位患有二型糖尿病，有的老人记不住服药时间，有的测血糖时手抖。中心护理主管请照护班学员学习血糖仪的使用，按医嘱协助老人餐前服药，做好三查七对，记录空腹和餐后两小时血糖，发现低血糖及时处理，并给家属写一份照护小结。",
   qs=[("问题1 协助服药时“三查七对”查什么、对什么？", ["服药前、服药中、服药后各查一次，核对姓名、药名、剂量、浓度、时间、用法和有效期。", "三次检查，七项核对。", "核对姓名、药名和剂量。"]),
       ("问题2 测指尖血糖时为什么不用碘伏消毒？", ["碘伏会影响试纸的反应，使读数偏高，要用百分之七十五的酒精，待干后再采血。", "碘伏会使读数偏高。", "用酒精，待干后采血。"])],
   hw=[("1. 老人出现低血糖有哪些表现？", ["心慌、出冷汗、手抖、饥饿感，严重的会意识模糊，要马上测血糖并给含糖食物。", "心慌、出汗、手抖。", "马上给含糖食物。"]),
       ("2. 血糖记录单要写哪些内容？", ["老人姓名、日期、测量时间点、血糖值、是否服药进餐、测量人和异常处理。", "时间点、血糖值和测量人。", "异常处理要写清楚。"])],
   outputs=[("血糖监测记录单", "空腹血糖在五点八到七点二之间。"), ("协助服药与照护小结", "本周按时服药，无低血糖发生。")]),
 "theme": dict(major="饭店(酒店)服务", code="0504", course="民宿客房服务与管理", task="镇远古城临河民宿主题客房布置与退房查房",
   hours=16, station="客房服务一体化学习工作站",
   situation="镇远古城舞阳河边的一家民宿有八间临河客房，国庆前要把其中三间改成“河灯”“苗绣”“石桥”三种主题房，并规范退房查房流程。民宿管家请饭店班学员为主题房设计布置方案，选用当地的绣片、竹编和蜡染布草，完成铺床和主题布置，演练退房查房、迷你吧清点和遗留物品登记。",
   qs=[("问题1 主题房的布置要注意哪些问题？", ["主题元素要集中在床头、窗边和茶台三处，不能堆满房间，绣片和蜡染要防火、好清洁。", "元素集中，不堆满房间。", "要防火、好清洁。"]),
       ("问题2 退房查房先查什么？", ["先看迷你吧和消耗品，再查布草有没有污损，最后看有没有客人遗留的物品。", "迷你吧、布草和遗留物品。", "先查迷你吧。"])],
   hw=[("1. 客人遗留物品怎样处理？", ["当场联系客人，联系不上的拍照登记，写明房号、时间和物品，交前台保管。", "拍照登记，交前台保管。", "写明房号和时间。"]),
       ("2. 临河房间的窗帘为什么用双层？", ["外层遮光挡住对岸的灯光，内层纱帘白天透光又能看到河景。", "外层遮光，内层透光。", "白天能看到河景。"])],
   outputs=[("主题客房布置方案", "“河灯”主题房用竹编灯罩和蓝色蜡染床旗。"), ("退房查房记录", "迷你吧消耗两瓶矿泉水，无遗留物品。")]),
 "pickle": dict(major="烹饪(中式烹调)", code="0501", course="黔东南民族菜肴制作", task="侗家腌鱼与镇远道菜扣肉制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="镇远古城一家民族餐馆要推出一套侗家宴席，其中有侗家腌鱼和道菜扣肉两道菜。餐馆请了一位侗家师傅到学校实训室指导烹饪班学员，学员要学会腌鱼的腌制和发酵观察，掌握道菜扣肉的走红、切片、扣碗和蒸制，按宴席标准装盘出品，并做好成本核算和厨房卫生。",
   qs=[("问题1 腌鱼入坛时为什么要压紧、封好坛口？", ["压紧把空气挤出去，坛口用水封住，坛里缺氧，乳酸菌才能正常发酵，鱼不会腐败。", "挤出空气，让乳酸菌发酵。", "水封坛口。"]),
       ("问题2 扣肉走红时为什么要趁热抹糖色？", ["肉皮刚煮好时毛孔张开，趁热抹糖色容易上色，下锅炸时皮会起皱，吃起来不腻。", "趁热好上色。", "炸后皮起皱。"])],
   hw=[("1. 发酵时怎样判断腌鱼腌好了？", ["闻起来有酸香味，没有臭味，鱼肉颜色红润、手按有弹性，一般要十五天以上。", "酸香、没有臭味。", "颜色红润有弹性。"]),
       ("2. 道菜垫在扣肉下面有什么作用？", ["道菜吸收扣肉蒸出的油，吃起来咸香不腻，扣肉也带上道菜的香味。", "吸油，咸香不腻。", "带上道菜的香味。"])],
   outputs=[("侗家腌鱼成品记录", "煎至两面金黄，酸香明显。"), ("道菜扣肉成品记录", "肉片厚薄均匀，扣碗完整。")]),
 "storage": dict(major="中药", code="1301", course="中药储存与养护", task="高原道地药材当归黄芪饮片入库验收与养护",
   hours=16, station="中药储存与养护一体化学习工作站",
   situation="循化县城一家中药饮片仓库每年秋天从周边的药材产地收购当归和黄芪，加工成饮片后供应县里的医院和药店。仓库质量负责人请中药班学员参加一批饮片的入库验收，核对品名、规格、产地和数量，抽样检查性状和水分，按品种分区码放，填写养护记录，对容易受潮、泛油的当归采取防潮措施。",
   qs=[("问题1 当归饮片为什么容易泛油？", ["当归含有挥发油和糖分，仓库温度高、湿度大时油分渗到表面，颜色变深发黏。", "含挥发油，温度高湿度大就泛油。", "颜色变深发黏。"]),
       ("问题2 入库验收要核对哪些内容？", ["品名、规格、产地、批号、数量和包装，再抽样看性状，测水分是否合格。", "品名、规格、产地和数量。", "抽样看性状，测水分。"])],
   hw=[("1. 饮片仓库的温湿度应该控制在多少？", ["阴凉库温度不超过二十度，相对湿度在百分之四十五到七十五之间。", "不超过二十度。", "湿度百分之四十五到七十五。"]),
       ("2. 黄芪饮片怎样防虫？", ["保持干燥通风，定期检查，可以和花椒一起存放，必要时低温冷藏。", "干燥通风，定期检查。", "和花椒一起存放。"])],
   outputs=[("饮片入库验收记录", "当归片二百千克，水分百分之十一。"), ("饮片养护记录", "库内温度十六度，湿度百分之五十八。")]),
 "airbrake": dict(major="汽车维修", code="0403", course="商用车制动系统检修", task="高原山区货车气压制动系统漏气故障诊断与排除",
   hours=16, station="汽车维修一体化学习工作站",
   situation="一位跑循化到同仁山路运输的货车司机反映，他的车停放一夜后储气筒气压明显下降，下长坡时制动发软。维修站主管请汽修班学员接车问诊，在海拔两千多米的条件下检查空压机的打气时间，用肥皂水查找管路、接头和制动气室的漏气点，检查制动阀和继动阀，更换损坏的零件，做气密性试验并填写维修记录。",
   qs=[("问题1 怎样用肥皂水查找漏气点？", ["把肥皂水刷在接头、管路和气室上，有气泡不断冒出的地方就是漏气点。", "刷肥皂水，冒泡处漏气。", "先查接头。"]),
       ("问题2 高原地区空压机打气为什么比平原慢？", ["海拔高空气稀薄，空压机每次吸进去的空气少，打到规定气压需要更长时间。", "空气稀薄，吸气少。", "需要更长时间。"])],
   hw=[("1. 气密性试验怎样做？", ["气压打到规定值后熄火，停放三十分钟，气压下降不超过十千帕为合格。", "熄火停放三十分钟看压降。", "不超过十千帕合格。"]),
       ("2. 下长坡为什么要使用排气制动？", ["排气制动分担行车制动的负担，防止制动鼓过热，制动力下降。", "防止制动鼓过热。", "分担行车制动。"])],
   outputs=[("制动系统维修记录", "更换右后制动气室膜片和一个快插接头。"), ("气密性试验记录", "三十分钟压降六千帕，合格。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师", "实习指导教师"]

SUBS = [
    dict(school="肥城市桃都技工学校", pack="dir", region="fc", course="peach", cls="电商2401班", size=40, seed=11,
         sidp="24060301", students=["尹若溪", "亓浩然", "宋子腾"], outsiders={"宋子腾": "电商2402班"}, out_sidp="24060302",
         extra_class=["程思聪"], bad={"程思聪": "over"}, others_named=["阴兆田", "郝春梅", "蒋庆海", "温秀兰"],
         teachers=["王立芹", "李德厚"], form_count="40人",
         f8="precool", f10="dated_parts", f11="presale_typed", f12="name_photo",
         findings=[("students.not_in_class", 8, True, "宋子腾"), ("records.invalid_score", 10, False, "程思聪")],
         comment="宋子腾 of the parallel class 电商2402班 (his class and 学号 2406030216 on his worksheet, his typed order record and "
                 "his photographed homework) is the third student of 8/11/12; item 10 (40 rows = form `40人`) has no record of him: "
                 "students.not_in_class. Item 10 (scanned 200 dpi gray) has the date each part was assessed in its head "
                 "(`详情页策划 / 9月23日 / (25)` …); 程思聪 has 29 under `详情页策划(25)` (总分 the sum): records.invalid_score. "
                 "Item 8 (scanned 200 gray): a 预冷与测温记录 strip at the top (装箱批次 | 预冷时长 | 箱内温度 | 冰袋 | 测温人 | 班级 | "
                 "学号), the orchard's head 阴兆田 named as 供货果园负责人. Item 11 (typed): 预售订单处理记录 `客服：<name>（<class>）`, "
                 "buyers 郝春梅, 蒋庆海, 温秀兰 named. Item 12: phone photos. No roster"),
    dict(school="肥城市桃都技工学校", pack="dir", region="fc", course="soh", cls="新能源2402班", size=42, seed=12,
         sidp="24043502", students=["徐瑞麟", "朱晓雪", "高子昂"], others_named=["徐树成", "朱德江", "陈玉芹", "孔令刚", "张立平"],
         teachers=["赵振东", "刘晓红"], form_count="42", roster="helmets", headteacher="孟庆芝",
         f8="ppe_strip", f10="weighted_dates", f11="soh_typed", f12="color_hand",
         findings=[],
         comment="clean. The roster is a 工位及安全帽编号登记表 (学号 姓名 工位 安全帽编号 绝缘手套编号), 42 = form `42` (a "
                 "horizontal 实施班级 | 学生人数 | 实施学期 table) = item 10 (TYPED, 42 rows). Item 10 has three dated 过程评价 columns "
                 "(百分制), their mean, 成果(100) and 总评 = 过程平均×40% + 成果×60% (rounded), explained under the table: 总评 is not "
                 "the sum. Item 8 (scanned 250 gray, a tape roll on the glass): a 个人防护用品点检 strip (安全帽编号, 绝缘手套气密检查, "
                 "点检人 by hand) and `家长知情签字` by hand: the parents 徐树成, 朱德江, 陈玉芹 (not students). Item 11 (typed): SOH "
                 "检测报告 `检测员：<name>（<class>）`, the fleet's 车队长 孔令刚 as 送检人. The roster names 实训室管理员 张立平"),
    dict(school="肥城市桃都技工学校", pack="dir", region="fc", course="glucose", cls="照护2401班", size=40, seed=13,
         sidp="24052901", students=["吴璐瑶", "马欣冉", "杨书琪"], extra_class=["陈珊珊"], absent_from_10=["陈珊珊"],
         others_named=["鹿玉兰", "尹宝华", "邢美华"],
         teachers=["孙丽君", "程玉凤"], form_count="40名", roster="eyesight", headteacher="宋爱华",
         f8="three_checks", f10="jw_export", f11="glucose_typed", f12="mono_hand",
         findings=[("records.missing_student", 10, False, "陈珊珊"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学生视力筛查登记表 with a QR code, scanned 200 gray, 40 rows, the school doctor 邢美华 at the foot) and "
                 "the form (`40名`) hold 陈珊珊; item 10 (TYPED, a 教务系统 export with `选课人数：39` in its head) has 39 rows and "
                 "none for her: records.missing_student and records.count_mismatch. Item 8 (1-bit 300 dpi): a 协助服药三查七对 strip "
                 "(服务对象 the elders 鹿玉兰 / 尹宝华, `协助人` the student by hand, `核对人` a teacher). Item 11 (typed): 血糖监测记录单 "
                 "with `测量人` the student on every row"),
    dict(school="镇远县舞阳技工学校", pack="gbkzip", region="zy", course="theme", cls="饭店2401班", size=36, seed=21,
         sidp="2024050401", students=["杨玉霞", "吴晶晶", "龙月婷"], items={8: ["杨玉霞", "龙月婷"]},
         extra_class=["潘炳坤"], bad={"潘炳坤": "sum"}, others_named=["姚金凤", "邰秋菊", "欧阳振海"],
         teachers=["罗朝刚", "田茂兰"], form_count="36人（男10人，女26人）",
         f8="theme_sketch", f10="plain_remark", f11="checkout_typed", f12="gray_hand",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "潘炳坤")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (the printed worksheets photographed with a phone, a stopwatch lying at the foot) holds the worksheets of "
                 "only TWO students, 杨玉霞 and 龙月婷 (吴晶晶's missing; 11 and 12 hold the three): students.count on 8; "
                 "students.mismatch optional. Item 8 is a 主题客房设计 sheet: `主题 | 房号 | 设计人 <hand> | 班级 | 学号`, a sketch box, "
                 "the 民宿管家 姚金凤 named. Item 10 (TYPED, 36 rows = form `36人（男10人，女26人）`, a 备注 column with two 补考 notes): "
                 "潘炳坤's 总分 is 7 above the sum of his parts: records.invalid_score. Item 11 (typed): 退房查房记录 `查房人：<name>`, "
                 "the guests 邰秋菊 and 欧阳振海 named. No roster"),
    dict(school="镇远县舞阳技工学校", pack="gbkzip", region="zy", course="pickle", cls="烹饪2402班", size=42, seed=22,
         sidp="2024050102", students=["彭耀华", "石晓燕", "姚宇恒"], items={11: ["彭耀华", "石晓燕", "欧梓睿"]},
         extra_class=["欧梓睿", "刘守信"], absent_from_10=["刘守信"], others_named=["吴老岩"],
         teachers=["潘正贵", "张秀芬"], form_count="42人（男27人，女15人）",
         f8="ferment", f10="dish_blocks", f11="card_photo", f12="gray_hand2",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False)],
         comment="item 11 (phone photos of hand-written 成品记录卡, a stopwatch lying on the cards) holds the works of 彭耀华, 石晓燕 and "
                 "classmate 欧梓睿 (with an item-10 record) instead of 姚宇恒's (items 8 and 12 hold the three): students.mismatch. "
                 "Item 10 (colour scan 200, a tape roll on the glass) has a three-row head (菜品一 侗家腌鱼 / 菜品二 道菜扣肉 over their "
                 "criteria with maxima) and 41 rows; the form says `42人（男27人，女15人）`: records.count_mismatch (no roster). Item 8 "
                 "(scanned 200 gray): a 腌鱼发酵观察记录 strip (坛号 | 入坛日期 | 记录人 <hand> | 班级 | 学号) and the Dong master "
                 "吴老岩 as 指导师傅"),
    dict(school="循化撒拉族自治县积石技工学校", pack="zip", region="xh", course="storage", cls="中药2401班", size=38, seed=31,
         sidp="2024130101", students=["韩雪莹", "热依拉·艾山", "冶文昊"], others_named=["沈国福", "何永寿", "马占魁"],
         teachers=["更登才让", "马淑英", "韩建林"], form_count="38名", roster="drill", headteacher="李春芳",
         f8="receipt_color", f10="decimal_fix", f11="storage_typed", f12="photo_plain",
         findings=[],
         comment="clean. A Uyghur student with a middle-dot name (热依拉·艾山) among the three; a Tibetan teacher (更登才让). The "
                 "roster is a 大课间跑操队列名单: a GRID of names (四列十排, no 学号), 38, the PE teacher 马占魁 and the 班主任 at the "
                 "foot. Item 10 (scanned 250 gray, a tape roll on the glass): 理论(机考)(30) marks with halves (26.5), totals with "
                 "halves, and two rows hand-corrected (the printed 实操 mark struck through, the re-marked one in red beside, the "
                 "总分 corrected to match, `经复核更正2处` under the table); 38 rows = form `授课对象 | 中药2401班全体学生（38名）`. "
                 "Items 8 and 11 name the supplier's 送货人 沈国福 and the old pharmacist 何永寿 (老药工, not students)"),
    dict(school="循化撒拉族自治县积石技工学校", pack="zip", region="xh", course="airbrake", cls="汽修2301班", size=38, seed=32,
         sidp="2023040301", students=["马清源", "韩永杰", "沈明杰"], items={12: ["马清源", "沈明杰"]},
         extra_class=["冶兆坤"], bad={"冶兆坤": "over"}, others_named=["韩木撒", "喇福林"],
         teachers=["赵维岭", "陕海军"], form_count="38名",
         f8="airtight", f10="photo_register", f11="brake_typed", f12="mono_quiz",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "冶兆坤")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (1-bit 200 dpi scans of a 课后小测 sheet) holds the homework of only TWO students, 马清源 and 沈明杰 "
                 "(韩永杰's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (the "
                 "printed register photographed with a phone, a stopwatch at its foot, 38 rows = form): 冶兆坤 has 33 under "
                 "`气密性试验(30)` (总分 the sum): records.invalid_score. Item 8 (scanned 250 gray): a 气密性检测 head (车牌 | 驾驶员 "
                 "the drivers 韩木撒 / 喇福林 | 海拔 | 检测人 <hand> | 班级 | 学号). No roster"),
]

PROVINCE = {1: "山东省泰安市肥城市", 2: "贵州省黔东南州镇远县", 3: "青海省海东市循化县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 肥城: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 镇远: "8．工作页.pdf" (full-width full stop)
        return "%d．%s.pdf" % (n, NAMES[n])
    return "%s（成果%d）.pdf" % (NAMES[n], n)   # 循化: "工作页（成果8）.pdf", no leading number


def form_name(s, c):
    return {1: ("工学一体化优质课堂申报书-%s.docx" % s["cls"], "docx"),
            2: ("申报书（%s）.pdf" % c["task"], "pdf"),
            3: ("附件2：申报书.docx", "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.6cm 1.6cm")
    extra = " p{margin-top:0;margin-bottom:3pt}" if compact else ""
    return ('<html><head><meta charset="utf-8"><style>@page{%s}%s body{font-family:"%s";font-size:%s}</style></head><body>\n%s\n'
            '</body></html>\n' % (page, extra, font, size, body))


PB = '<p style="page-break-before:always"></p>'
BLUE, BLACK = "#22306a", "#141414"
RED = 'style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:13pt"'


def hand(x, small=False, ink=BLUE, size=None):
    return '<span style="font-family:\'AR PL UKai CN\';color:%s;font-size:%s">%s</span>' % (
        ink, size or ("13pt" if small else "15pt"), x)


def redh(x, size="11pt"):
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


# ------------------------------------------------------------------ the form

TERM = "2024—2025学年第一学期"


def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "实施班级 | 学生人数 | 实施学期 (header row) / %s | %s | %s (value row)" % (s["cls"], s["form_count"], TERM)
    if g == 2:
        return "班级人数 | %s" % s["form_count"]
    return "授课对象 | %s全体学生（%s）" % (s["cls"], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % len(TITLES)], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 肥城: a horizontal 实施班级 | 学生人数 | 实施学期 | 学时 table, the values in the row below
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"])]
        info = (tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P) +
                '<p style="margin-top:6pt">实施情况：</p>' +
                tbl([["实施班级", "学生人数", "实施学期", "学时"], [s["cls"], s["form_count"], TERM, "%d" % c["hours"]]], width="92%", pad=P, bold=(0,)))
    elif g == 2:   # 镇远: 班级人数 with the split by sex
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 循化: 授课对象, the class and its size in one cell
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s全体学生（%s）" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年3月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>学生以小组为单位，按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤完成任务。教师提供工作页和引导问题，学生查阅资料后拟订计划，经小组讨论和教师审核后实施，教师巡回指导并记录过程表现，最后由学生展示成果，学生自评、小组互评和教师评价相结合。</p>
<h3>五、特色与成效</h3><p>任务来自{prov}合作单位的真实工作，成果交合作单位使用并得到反馈。</p>
<h3>六、真实性承诺</h3><p>本课堂所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (5 + s["seed"] % 4, s["seed"] % 10, 2000 + s["seed"] * 41),
        d=2 + s["seed"] % 23, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程定位\n本课程为{major}专业的工学一体化课程，按照国家课程标准，结合{prov}企业的典型工作任务转化而成。\n二、学习任务设置\n本学期实施学习任务“{task}”，计{hours}学时。\n三、考核与评价\n过程性评价与终结性评价相结合。",
    2: "{school}\n学习任务分析　{task}\n一、工作情境\n{situation}\n二、工作过程\n获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈。",
    3: "{school}\n{task}　教学活动策划\n活动一　获取信息，明确任务要求\n活动二　制定并审核工作计划\n活动三　分组实施\n活动四　展示、检查与评价",
    4: "{school}\n{course}　教学进度计划（共{hours}学时）\n第一周　明确任务与获取信息\n第二周　制定计划与决策\n第三周　实施任务\n第四周　检查、展示与评价反馈",
    5: "{school}\n{task}　教学活动方案\n一、创设情境，引出任务\n二、引导问题与信息获取\n三、分组实施与巡回指导\n四、成果展示与多元评价",
    6: "{school}\n学习任务资源及清单\n工作页、引导问题、操作视频、行业标准，{station}的设备、工具与材料清单。",
    7: "{school}\n{station}图文说明\n工作站设信息资料区、计划决策区、实施操作区和展示评价区，可同时容纳六个学习小组。",
    9: "{school}\n{task}　考核方案\n考核由过程考核和成果考核组成，考核结果记入学习任务考核记录表。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√", "√ 正确", "√ 完整", "√ 9", "√ 10", "√ 清晰", "√ 较好", "√ 对"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 3 + (s["seed"] * 7 + k * 5) % 25)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "16"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t, o = s["f8"], s["teachers"], s.get("others_named", [])
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　评价教师：%s</p>' % (RED, ["完成认真", "要点齐全", "良好", "再细致些"][i % 4], t[i % 2])
        if f == "precool":   # 预冷与测温记录 strip; the student only as 测温人
            head = tbl([["装箱批次", "预冷时长", "箱内温度", "冰袋", "测温人", "班级", "学号"],
                        [hand("P0%d" % (3 + i), True), hand("%d小时" % (6 + i), True), hand("%.1f℃" % (7.6 + 0.3 * i), True), hand("4袋", True),
                         hand(n, True), hand(cl, True), hand(sid, True)]], width="100%", pad="3px 3px", bold=(0,))
            body = ('<h3 style="text-align:center">%s<br/>学习工作页（冷链打包）</h3>' % c["task"] + '<p><b>预冷与测温记录</b></p>' + head +
                    "<p>供货果园：仪阳街道桃园合作社　　果园负责人：%s</p>" % o[0] + sit + answers(c, rng, i) + comment)
        elif f == "ppe_strip":   # 个人防护用品点检 and the parent's signature
            parent = o[i]
            head = tbl([["个人防护用品点检", "安全帽编号", hand("H-%02d" % (7 + 5 * i), True), "绝缘手套", hand("☑ 气密检查无漏气", True)],
                        ["护目镜 / 绝缘鞋", hand("☑ / ☑", True), "点检人", hand(n, True), hand("%s　%s" % (cl, sid), True)]],
                       width="100%", pad="3px 4px")
            body = (title + head + sit + answers(c, rng, i) +
                    "<p>安全承诺：本人已学习高压作业安全规程，作业中服从教师指挥。</p>"
                    "<p>家长知情签字：%s　　　　日期：%s</p>" % (hand(parent, True, BLACK), hand(day(s, i)[5:], True)) + comment)
        elif f == "three_checks":   # 协助服药三查七对 strip
            elder = o[i % 2]
            head = tbl([["服务对象", elder, "座位号", "%d号" % (3 + 4 * i), "药品", "二甲双胍片 0.5 g"],
                        ["三查七对", hand("☑ 服药前　☑ 服药中　☑ 服药后", True), "协助人", hand(n, True), "核对人", t[(i + 1) % 2]],
                        ["班级", hand(cl, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"] + "<p><b>协助服药核对记录</b></p>" + head + sit +
                    answers(c, rng, i, BLACK) + comment)
        elif f == "theme_sketch":   # 主题客房设计 sheet with a sketch box
            theme = ["河灯", "苗绣", "石桥"][i % 3]
            head = tbl([["主题", hand("“%s”" % theme, True), "房号", hand("20%d" % (3 + i), True), "设计人", hand(n, True)],
                        ["班级", hand(cl, True), "学号", hand(sid, True), "民宿管家", o[0]]], width="100%", pad="3px 4px")
            sketch = ('<table style="border-collapse:collapse" width="100%%"><tr><td style="border:1pt dashed #333;padding:6px;height:110pt">'
                      '<p>布置草图：</p><p>%s</p><p>%s</p></td></tr></table>' % (
                          hand("窗（河景）→ 纱帘＋遮光帘　　茶台：竹编灯罩", True), hand("床头：%s绣片挂饰　　床尾：蓝色蜡染床旗" % theme, True)))
            body = '<h3 style="text-align:center">%s<br/>主题客房设计工作页</h3>' % c["task"] + head + sketch + sit + answers(c, rng, i) + comment
        elif f == "ferment":   # 腌鱼发酵观察记录 strip
            head = tbl([["坛号", hand("%d号坛" % (2 + i), True), "入坛日期", hand(day(s, i)[5:], True), "记录人", hand(n, True)],
                        ["第3天", hand("微酸，无异味", True), "第7天", hand("酸香，鱼肉转红", True), "班级／学号", hand("%s／%s" % (cl, sid), True)]],
                       width="100%", pad="3px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"] + "<p><b>腌鱼发酵观察记录</b></p>" + head +
                    "<p>指导师傅：%s（侗家宴席师傅）</p>" % o[0] + sit + answers(c, rng, i) + comment)
        elif f == "receipt_color":   # 饮片入库验收 head
            head = tbl([["供货单位", "循化县道帏乡药材收购点", "送货人", o[0]],
                        ["品名", ["当归片", "黄芪片", "当归片"][i % 3], "验收人", hand(n, True)],
                        ["班级", hand(cl, True), "学号", hand(sid, True)]], width="90%", pad="3px 5px")
            body = (title + head + "<p>老药工：%s（仓库顾问）　　验收日期：%s</p>" % (o[1], day(s, i)) + sit + answers(c, rng, i) + comment)
        elif f == "airtight":   # 气密性检测 head with the truck and its driver
            head = tbl([["车牌", "青B·%d%d7%d%d" % (3 + i, 8 - i, 2 + i, 5), "驾驶员", o[i % 2], "海拔", "2300 m"],
                        ["初始气压", hand("%d kPa" % (760 + 10 * i), True), "30 min后", hand("%d kPa" % (690 + 12 * i), True), "检测人", hand(n, True)],
                        ["班级", hand(cl, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"] + "<p><b>制动系统气密性检测</b></p>" + head + sit +
                    answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"precool": "x-scanpdf:200", "ppe_strip": "x-scanpdf:250:taperoll", "three_checks": "x-scanpdf:300:mono",
            "theme_sketch": "x-scanpdf:200:photo:stopwatch", "ferment": "x-scanpdf:200", "receipt_color": "x-scanpdf:200:color",
            "airtight": "x-scanpdf:250"}[f]
    font = {"ppe_strip": "Noto Sans CJK SC", "airtight": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


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
    sign = "<p>评分教师：%s　　　　审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "dated_parts":   # each part's head carries the date it was assessed
        parts = [("详情页策划", "9月23日", 25), ("客服话术", "9月30日", 20), ("冷链打包", "10月14日", 30), ("发货复盘", "10月21日", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, [(a, m) for a, _, m in parts])
            if bad.get(n) == "over":
                v[0] = 29
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>注：各项考核在表头所列日期进行，括号内为该项满分。</p>" + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200"
    if f == "weighted_dates":   # three dated 过程 marks, their mean, 成果, 总评 weighted
        hd = ["序号", "学号", "姓名", "过程评价①<br/>9月12日", "过程评价②<br/>9月26日", "过程评价③<br/>10月17日", "过程<br/>平均", "成果评价<br/>(100)", "总评"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            p3 = [rng.randint(68, 96) for _ in range(3)]
            avg = round(sum(p3) / 3.0, 1)
            res = rng.randint(66, 95)
            tot = int(avg * 0.4 + res * 0.6 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in p3] + ["%.1f" % avg, str(res), str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>说明：三次过程评价均为百分制，取平均分；总评＝过程平均×40%＋成果评价×60%，四舍五入取整。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "jw_export":   # a 教务系统 export: 课程号, 教学班, 选课人数 in the head
        parts = [("血糖监测", 30), ("协助服药", 30), ("沟通记录", 20), ("职业素养", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s(%d)" % p for p in parts] + ["总成绩", "考核结果"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.66, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n, sex_of(n)] + [str(x) for x in v] + [str(sum(v)), "合格" if sum(v) >= 60 else "不合格"], pad))
        body = ('<p style="text-align:center"><b>学生成绩登记表（学习任务考核）</b></p>'
                '<p>开课学期：%s　　课程号：ZH0529-07　　课程名称：%s</p><p>教学班：%s　　选课人数：%d　　任课教师：%s</p><p>学习任务：%s</p>'
                % (TERM, c["course"], s["cls"], len(rec), t[0], c["task"]) + table(out) +
                "<p>导出时间：2025-01-08 16:42　　　教务系统自动生成</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_remark":   # a plain table with a 备注 column
        parts = [("仪容仪表", 10), ("中式铺床", 30), ("主题布置", 30), ("查房退房", 20), ("礼仪沟通", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        notes = {5: "补考", 30: "补考"}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), notes.get(k, "")], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + "<p>备注：补考学生按补考成绩登记。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "dish_blocks":   # 菜品一 / 菜品二 over their criteria, maxima on a third head row
        d1 = [("刀工", 10), ("火候", 15), ("调味", 15), ("成形", 10)]
        d2 = [("走红", 10), ("切片", 10), ("蒸制", 15), ("装盘", 5)]
        h1 = '<tr>%s%s%s%s%s%s%s</tr>' % (
            td("<b>序号</b>", ' align="center" rowspan="3"', pad), td("<b>学号</b>", ' align="center" rowspan="3"', pad),
            td("<b>姓名</b>", ' align="center" rowspan="3"', pad), td("<b>菜品一　侗家腌鱼</b>", ' align="center" colspan="4"', pad),
            td("<b>菜品二　道菜扣肉</b>", ' align="center" colspan="4"', pad), td("<b>卫生<br/>安全</b>", ' align="center" rowspan="2"', pad),
            td("<b>总分</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>%s</b>" % a for a, _ in d1 + d2], pad), trow(["%d" % m for _, m in d1 + d2] + ["10", "100"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, d1 + d2 + [("卫生", 10)], 0.6, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n)[-4:], n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核评分表") + table(out) + "<p>注：学号只填后四位；第三行为各项满分。</p>" + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200:color:taperoll"
    if f == "decimal_fix":   # 理论 marks with halves; two rows re-marked by hand in red
        parts = [("理论(机考)", 30), ("入库验收", 25), ("养护操作", 30), ("记录填写", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        fix = {7: 4, 26: 3}
        for k, n in enumerate(rec):
            th = rng.randint(40, 58) / 2.0
            v = part_scores(rng, parts[1:], 0.6, 0.9)
            cells = ["%g" % th] + [str(x) for x in v]
            tot = th + sum(v)
            if k in fix:
                new = v[1] + fix[k]
                cells[2] = '<s>%d</s> %s' % (v[1], redh(str(new)))
                cells.append('<s>%g</s> %s' % (tot, redh("%g" % (tot + fix[k]))))
            else:
                cells.append("%g" % tot)
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells, pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：理论为机考成绩，按0.5分计。%s</p>" % redh("经复核更正2处（养护操作），总分随之更正。　复核：%s" % t[2], "10.5pt") + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:taperoll"
    if f == "photo_register":   # a plain register, printed and photographed
        parts = [("接车问诊", 10), ("漏气点查找", 30), ("零件更换", 20), ("气密性试验", 30), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 33
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "8pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.5cm 4.6cm 1.5cm"), "x-scanpdf:200:photo:stopwatch"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t, o = s["f11"], s["teachers"], s.get("others_named", [])
    if f == "card_photo":   # hand-written 成品记录卡, photographed
        lines = []
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                if lines:
                    lines.append("----")
                lines += ["成品记录卡　%s" % title, "> 制作人：%s" % n, "> 班级：%s　学号：%s" % (cls_of(s, n), sid_of(s, n)),
                          "> 日期：%s" % day(s, 30 + i), "", "> 原料：%s" % ["草鱼一尾约1.2千克、糯米粉、辣椒粉、盐" , "带皮五花肉600克、镇远道菜150克"][j],
                          "> 要点：%s" % desc, "", "! 评价：%s　%s" % (["色泽好", "口味正", "合格"][(i + j) % 3], t[j % 2])]
        return "11.txt", "\n".join(lines) + "\n", "x-photo:200:1:stopwatch"
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "presale_typed":   # 客服 and the buyers
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3><p>客服：%s（%s）　　日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                                 tbl([["订单号", "买家", "规格", "发货批次", "处理"],
                                      ["YS0820%03d" % (11 + 7 * i), o[1], "单果250克×12枚", "第二批", "已确认"],
                                      ["YS0820%03d" % (15 + 7 * i), o[2], "单果300克×8枚", "第二批", "改地址"],
                                      ["YS0820%03d" % (19 + 7 * i), o[3], "单果250克×12枚", "第三批", "已确认"]], width="92%") +
                                 "<p>%s</p><p>审核：%s</p>" % (desc, t[0]))
                else:
                    parts.append('<h3 style="text-align:center">%s</h3><p>撰写：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                                 "<p>【首屏】肥城佛桃　现摘现发　%s</p><p>【卖点】果大皮薄，汁多味甜；预冷后冷链发货，坏果包赔。</p><p>审核：%s</p>" % (desc, t[1]))
            elif f == "soh_typed":   # 检测员 and the fleet's 送检人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["送检单位", "冷链物流公司车队", "送检人", "%s（车队长）" % o[3]],
                                  ["车辆编号", "WL-%02d" % (3 + 2 * i + j), "电池包编号", "BP2019-%04d" % (318 + 11 * i + j)],
                                  ["检测员", "%s（%s）" % (n, cl), "审核", t[j % 2]],
                                  ["结论", (desc, ' colspan="3" align="left"')]], width="92%"))
            elif f == "glucose_typed":   # 测量人 on every row, the elder named
                elder = o[(i + j) % 2]
                if j == 0:
                    rows = [["日期", "时间点", "血糖值(mmol/L)", "测量人"]]
                    for k in range(4):
                        rows.append(["%s" % day(s, 40 + i + k)[5:], ["空腹", "早餐后2h", "空腹", "午餐后2h"][k], "%.1f" % (5.9 + 0.4 * k + 0.1 * i), n])
                    parts.append('<h3 style="text-align:center">%s</h3><p>老人：%s　　班级：%s　　复核：%s</p>' % (title, elder, cl, t[1]) +
                                 tbl(rows, width="86%") + "<p>%s</p>" % desc)
                else:
                    parts.append('<h3 style="text-align:center">%s</h3><p>照护员：%s（%s）　　学号：%s</p><p>照护对象：%s</p><p>%s家属：老人本周按医嘱服药，饭后散步二十分钟，%s</p><p>带教：%s</p>'
                                 % (title, n, cl, sid, elder, elder, desc, t[0]))
            elif f == "checkout_typed":   # 查房人 and the guests
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3><p>设计：%s　　班级：%s</p>' % (title, n, cl) +
                                 tbl([["主题", ["河灯", "苗绣", "石桥"][i % 3]], ["床头", "绣片挂饰"], ["茶台", "竹编灯罩、土陶茶具"], ["说明", desc]],
                                     width="86%", align="left") + "<p>民宿管家：%s　　指导：%s</p>" % (o[0], t[0]))
                else:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["房号", "20%d" % (3 + i), "宾客", o[1 + i % 2]], ["查房人", "%s（%s）" % (n, cl), "时间", day(s, 30 + i)[5:] + " 11:40"],
                                      ["迷你吧", "矿泉水2瓶", "布草", "无污损"], ["遗留物品", "无", "前台", t[1]]], width="92%") + "<p>%s</p>" % desc)
            elif f == "storage_typed":   # 养护员, the 老药工 and the supplier
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品名", ["当归片", "黄芪片"][j], "批号", "XH24%02d%02d" % (9 + j, 12 + i)],
                                  ["送货人" if j == 0 else "老药工", o[j], "库位", "阴凉库%s区" % "ABC"[i]],
                                  ["养护员" if j else "验收员", "%s（%s）" % (n, cl), "质量负责人", t[j % 2]],
                                  ["记录", (desc, ' colspan="3" align="left"')]], width="92%"))
            elif f == "brake_typed":   # 主修人 and the owner
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车主", o[i % 2], "车型", "重型载货汽车（6×4）"], ["主修人", "%s（%s）" % (n, cl), "检验", t[j % 2]],
                                  ["项目", desc, "日期", day(s, 30 + i)]], width="92%"))
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
        if f == "name_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "color_hand":
            head = ["课后作业（动力电池）", "> 姓名 %s　班级 %s　学号 %s" % (n, cl, sid[-2:])]
        elif f == "mono_hand":
            head = ["照护课后作业", "> %s　%s　%s" % (cl, n, sid)]
        elif f == "gray_hand":
            head = ["课后作业", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "gray_hand2":
            head = ["%s　作业" % c["course"], "> 班级 %s　学号 %s　姓名 %s" % (cl, sid[-4:], n)]
        elif f == "photo_plain":
            head = ["中药储存与养护　课后作业", "> 姓名：%s" % n, "> 班级：%s　学号：%s" % (cl, sid)]
        elif f == "mono_quiz":   # a 课后小测 with a 得分 box
            head = ["课后小测（制动系统）　　　得分：＿＿", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
            end = ["! 得分 %d　%s" % (8 + i, t[i % 2])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_photo": "x-photo:200:2", "color_hand": "x-scan:200:3:color", "mono_hand": "x-scan:200:4:mono",
            "gray_hand": "x-scan:250:4", "gray_hand2": "x-scan:200:2", "photo_plain": "x-photo:200:1",
            "mono_quiz": "x-scan:200:3:mono"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    o = s.get("others_named", [])
    if r == "helmets":   # 工位及安全帽编号登记表
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "工位", "安全帽编号", "绝缘手套编号"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "%d号工位" % (1 + j // 6), "H-%02d" % (j + 1), "G-%02d" % (j + 1)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s<br/>学生名单（工位及安全帽编号登记）</h2>' % (s["school"], s["cls"]) + table(rows, width="90%") +
                "<p>班主任：%s　　实训室管理员：%s　　共%d人　　2024年9月</p>" % (s["headteacher"], o[4], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（工位及安全帽编号）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "eyesight":   # 学生视力筛查登记表, scanned, a QR code in the head
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "左眼", "右眼", "备注"])]
        rng = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            l, rr = rng.choice(["5.0", "4.9", "4.8", "4.6", "4.5", "4.3"]), rng.choice(["5.0", "4.9", "4.7", "4.6", "4.4"])
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), l, rr, "戴镜" if float(l) < 4.7 else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生视力筛查登记表</h2><p style="text-align:center">%s　筛查日期：2024年10月15日</p>' % (s["cls"], s["school"]) +
                table(rows, width="84%") + "<p>筛查人（校医）：%s　　班主任：%s　　应查%d人，实查%d人</p>" % (o[2], s["headteacher"], len(k), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        write(os.path.join(d, "roster.html.ovl.json"), json.dumps({"pages": 1, "items": [{"type": "qr", "page": 1, "x": 0.89, "y": 0.06, "cm": 1.8, "seed": 146}]}, indent=1))
        man.append("roster.html\t%s学生名单（视力筛查）.pdf\tx-scanpdf:200\troster\t0" % s["cls"])
        return []
    if r == "drill":   # 大课间跑操队列名单: a grid of names, four columns, ten ranks
        cols = 4
        ranks = (len(k) + cols - 1) // cols
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "3px 6px") for x in ["", "第一列", "第二列", "第三列", "第四列"])]
        for rk in range(ranks):
            cells = ["第%s排" % "一二三四五六七八九十"[rk] if rk < 10 else "第%d排" % (rk + 1)]
            for cc in range(cols):
                j = rk * cols + cc
                cells.append(k[j] if j < len(k) else "")
            rows.append(trow(cells, "3px 6px"))
        body = ('<h2 style="text-align:center">%s　%s<br/>大课间跑操队列名单</h2>' % (s["school"], s["cls"]) + table(rows, width="80%") +
                "<p>说明：按身高由前到后排列，第一排为排头。共%d人。</p><p>体育教师：%s　　班主任：%s　　2024年9月</p>" % (len(k), o[2], s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "11pt", compact=True))
        man.append("roster.html\t%s学生名单（大课间跑操队列）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-forty-sixth held-out people corpus (testdata/heldout146), the format of testdata/heldout28/truth.json. "
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
    assert len(set(all_others)) == len(all_others), "an outsider stands twice"
    per = [set(s["students"] + s.get("extra_class", [])) for s in SUBS]
    assert sum(map(len, per)) == len(set().union(*per)), "a planted name stands in two submissions"
    people = all_teachers + all_others
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            if near(a, b):
                raise SystemExit("%s is near %s" % (a, b))
    for a in all_planted:
        for b in people:
            if near(a, b):
                raise SystemExit("planted %s is near %s" % (a, b))
    for i, a in enumerate(all_planted):
        for b in all_planted[i + 1:]:
            if near(a, b):
                raise SystemExit("planted %s is near planted %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 146)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + people + out
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
        corrections = {}
        if s["f10"] == "decimal_fix":
            corrections = {rec[7]: "养护操作 re-marked +4 in red, 总分 corrected", rec[26]: "养护操作 re-marked +3 in red, 总分 corrected"}
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
            "notes": {}, "corrections": corrections, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
