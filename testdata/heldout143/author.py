#!/usr/bin/env python3
"""Write the sources of the hundred-and-forty-third held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the struct tags of pipeline/heldout_test.go was
read; classaudit was not run on it). Seven submissions of three invented
schools in 洪洞县 (Shanxi, 临汾), 寿县 (Anhui, 淮南) and 平罗县 (Ningxia, 石嘴山).

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
# the truth files read for names, tasks and courses to avoid (heldout141-144 are written at the same time and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 141)] + ["othertools"]
CITIES = ["洪洞", "大槐树", "广胜寺", "寿县", "八公山", "瓦埠湖", "平罗", "沙湖"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 洪洞 (晋南 families: 王 张 李 刘 杨 郭 贾 赵 and 薛 卫 柴 段 乔 景 师 席),
# 寿县 (皖北/淮南: 张 王 李 刘 陈 孙 杨 and 方 陶 孔 鲍 葛 许 汪), 平罗 (Han and Hui families of 宁夏 北部:
# 王 马 李 张 杨 刘 and 马 纳 海 沙 虎 丁 何 田 袁)
SURNAMES = {
    "hd": list("王王王王张张张李李李刘刘杨杨郭郭贾贾赵赵薛卫柴段乔景师席韩梁"),
    "sx": list("张张张张王王王李李李刘刘陈陈孙孙杨方陶孔鲍葛许汪周吴朱徐"),
    "pl": list("王王王马马马马李李张张杨杨刘刘纳海沙虎丁何田袁赵魏"),
}
# given names: a new list, everyday names of students born around 2007-2009
GIVEN2 = ("佳乐 子涵 雨菲 浩然 俊杰 欣怡 梓轩 嘉欣 天宇 思雨 宇涵 亦凡 子萱 锦浩 瑞琪 晨曦 雅欣 子睿 家铭 可欣 "
          "语晨 博宇 欣雨 俊辉 紫涵 昊天 若琳 宏伟 嘉豪 静雯 梓杰 思瑶 宇辰 佳蕊 子怡 浩博 雨涵 诗涵 一航 睿哲 "
          "晓雨 明阳 佳欣 子琪 雨轩 志强 嘉琪 婧怡 文轩 俊宇 梦涵 奕涵 泽远 雅静 鹏程 子龙 怡萱 若曦 晨浩 书涵 "
          "雨晴 思颖 浩轩 立新 卓然 佳豪 海涛 梓萱 振华 嘉悦 晓宇 雅琪 国庆 子杰 新悦 铭轩 思佳 晨宇 欣彤 宇豪 "
          "佳伟 佳敏 舒涵 昊阳 承轩 瑞阳 馨怡 思涵 晓东 语涵 乐萱 浩东 俊峰 凯瑞 沐阳 冰冰 雪莹 梦琳 晨旭 一凡 "
          "艺璇 梓琳 晓楠 鑫宇 睿涵 星辰 晓丽 子航 泽宇 宇航 嘉慧 锦涛 雅雯 若雪 子墨 丽娜 玉洁 兴旺 少华 文静 "
          "小龙 思源 婷婷 慧敏 俊楠 晓燕 家伟 永鑫 佳怡 志鹏 翔宇 天赐 雨萌 乐乐 可心 梦瑶 若楠 金鹏 旭东 明辉").split()
GIVEN1 = list("鑫磊涛琦悦婷楠杰")


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
 "bus": dict(major="汽车维修", code="0403", course="客车气压制动系统检修", task="乡村客运中巴车气压制动跑偏故障诊断与排除",
   hours=18, station="汽车底盘检修一体化学习工作站",
   situation="洪洞县城开往广胜寺、明姜等乡镇的客运中巴车每天往返四趟，一辆中巴的驾驶员反映，下坡踩制动时车头明显向右跑，气压表回落也比平时快。客运公司车队把车送到学校合作的维修车间，车间主管请汽修班学员接车问诊、路试确认，用故障树逐项排查制动气室、制动间隙和轮胎气压，排除故障后填写竣工检验单。",
   qs=[("问题1 制动跑偏时，为什么要先测左右制动气室推杆行程？", ["推杆行程不一样，说明两边制动间隙不一样，制动力先后不一，车就往制动力大的一边跑。", "行程不一样，两边制动力不一样。", "间隙大的一边制动晚。"]),
       ("问题2 气压回落快，应该检查哪些地方？", ["储气筒放水阀、各管接头和制动阀有没有漏气，用肥皂水涂在接头上看有没有气泡。", "管接头和制动阀漏气。", "用肥皂水查漏。"])],
   hw=[("1. 调整制动间隙时要注意什么？", ["车辆停稳、放气，用调整臂把间隙调到标准值，左右两边要一致，调完复查推杆行程。", "左右一致，调完复查。", "先停稳放气再调。"]),
       ("2. 竣工检验要做哪些项目？", ["路试制动不跑偏、气压建立时间合格、停车后五分钟气压下降不超标、制动鼓温度正常。", "路试不跑偏，气压合格。", "检查制动鼓温度。"])],
   outputs=[("车辆竣工检验单", "左右推杆行程调整一致，路试不跑偏。"), ("制动系统检查记录", "右前制动气室膜片老化，已更换。")]),
 "care": dict(major="健康与社会照护", code="0529", course="认知障碍老年人居家照护", task="轻度认知障碍老人居家防走失照护计划制订与实施",
   hours=16, station="居家照护一体化学习工作站",
   situation="洪洞县城一个老旧小区里住着不少独居和空巢老人，社区卫生服务站发现有几位老人出现了记忆减退，其中一位老人上个月出门买菜后找不到回家的路。服务站请照护班学员入户了解老人的生活习惯，和家属一起制订防走失照护计划，布置居家提示标识，教老人使用定位手环，并做好照护记录。",
   qs=[("问题1 入户评估时要了解老人哪些情况？", ["老人的作息、常去的地方、认得哪些路标、家里有谁照看，还要用简易量表评估记忆力。", "作息和常去的地方。", "用量表评估记忆。"]),
       ("问题2 居家提示标识为什么要用大字和图片？", ["老人视力差、记忆减退，大字和图片一看就懂，能提醒他关火、锁门、带钥匙。", "一看就懂。", "提醒关火锁门。"])],
   hw=[("1. 老人找不到家时，家属应该怎样做？", ["先打老人手机或看定位手环，同时到老人常去的地方找，半小时找不到马上报警。", "看定位手环，到常去的地方找。", "找不到就报警。"]),
       ("2. 和认知障碍老人说话要注意什么？", ["语速放慢，一次只说一件事，不和老人争辩，多用肯定和鼓励的话。", "说慢一点，一次一件事。", "不争辩，多鼓励。"])],
   outputs=[("防走失照护计划单", "每天上午陪同散步，手环每晚充电。"), ("入户照护记录", "已在门口、厨房、卫生间贴好提示标识。")]),
 "wifi": dict(major="计算机网络应用", code="0301", course="景区无线网络规划与部署", task="寻根祭祖园游客服务中心无线AP扩容部署与信号优化",
   hours=16, station="网络工程实施一体化学习工作站",
   situation="每年清明前后，来洪洞寻根祭祖的游客很多，景区游客服务中心二层的无线网络经常连不上，扫码购票排起了长队。景区信息中心请网络班学员到现场勘测信号，提出扩容方案，申请配置变更，新装六台吸顶AP，调整信道和功率，测试漫游，并填写验收表交给景区。",
   qs=[("问题1 为什么相邻AP要用不同的信道？", ["相邻AP用同一个信道会互相干扰，2.4G要在1、6、11里错开，5G的信道多，更好安排。", "同信道互相干扰。", "2.4G用1、6、11错开。"]),
       ("问题2 申请配置变更时为什么要写回退方案？", ["变更后如果网络出问题，可以按回退方案马上恢复原来的配置，不影响游客购票。", "出问题能马上恢复。", "不影响游客购票。"])],
   hw=[("1. AP的发射功率是不是越大越好？", ["不是，功率太大会和别的AP重叠干扰，手机也不愿意切换，应该按覆盖范围调到合适。", "不是，太大会干扰。", "按覆盖范围调。"]),
       ("2. 怎样测试无线漫游？", ["拿手机边走边持续ping网关，看经过两台AP之间时丢不丢包、切换用了多少毫秒。", "边走边ping，看丢包。", "看切换时间。"])],
   outputs=[("AP点位安装验收表", "六台AP安装牢固，信号不低于-65dBm。"), ("信道与功率规划表", "2.4G按1、6、11交替，5G用149至161。")]),
 "tofu": dict(major="烹饪(中式烹调)", code="0501", course="淮南豆制品菜肴制作", task="八公山豆腐宴热菜制作与出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="寿县一家老字号饭店接到一场六十人的豆腐宴预订，菜单上有清汤豆腐脑、红烧豆腐箱、锅塌豆腐和豆腐圆子四道热菜。饭店厨师长请烹饪班学员到后厨按标准菜谱领料，做好开餐前的厨房现场管理检查，分岗位完成切配、炸制和烧制，控制出品时间和质量，并核算每道菜的成本。",
   qs=[("问题1 豆腐箱炸制时为什么要控制油温？", ["油温低了豆腐吸油变软，油温高了外面焦里面不透，一般用六成油温炸到金黄起壳。", "六成油温炸到起壳。", "油温低会吸油。"]),
       ("问题2 开餐前检查为什么要落实到人？", ["每个岗位的原料、工具、卫生都有责任人，出了问题能马上找到人，开餐时不手忙脚乱。", "出了问题能找到人。", "开餐时不乱。"])],
   hw=[("1. 豆腐圆子怎样才能不散？", ["豆腐要压干水分，加少量淀粉和鸡蛋搅上劲，下锅时油温不能太低。", "压干水分，加蛋搅上劲。", "油温不能太低。"]),
       ("2. 锅塌豆腐的“塌”是什么意思？", ["豆腐先挂蛋糊煎到两面金黄，再加少量汤汁小火把汤汁收进豆腐里。", "先煎后加汤收汁。", "小火把汤收进去。"])],
   outputs=[("红烧豆腐箱出品记录", "出品时间十五分钟。"), ("豆腐宴热菜成本核算单", "每桌成本二百一十六元。")]),
 "whitebait": dict(major="电子商务", code="0603", course="农特产品网店视觉与文案", task="瓦埠湖银鱼干网店详情页设计与上新推广",
   hours=16, station="电子商务运营一体化学习工作站",
   situation="寿县瓦埠湖边的一家渔业合作社晒制银鱼干，以前只在集市上卖。合作社想在网店上新三种规格的银鱼干，请电商班学员拍摄产品、提炼卖点，设计手机端详情页，撰写标题和文案，上新后做一周的推广并统计数据。",
   qs=[("问题1 银鱼干的详情页首屏要放什么？", ["产品大图、产地瓦埠湖、规格和价格，再加一句最打动人的卖点，比如当天捕捞当天晾晒。", "大图、产地和价格。", "一句卖点。"]),
       ("问题2 商品标题怎样写才能被搜到？", ["把顾客常搜的词放进去，比如银鱼干、淡水、农家、寿县特产，去掉没用的形容词。", "放顾客常搜的词。", "去掉没用的词。"])],
   hw=[("1. 详情页为什么要做成长图？", ["手机屏幕窄，顾客习惯往下滑，长图一屏讲一个点，看起来连贯。", "手机上往下滑。", "一屏讲一个点。"]),
       ("2. 上新第一周要看哪些数据？", ["访客数、收藏加购数、转化率和跳失率，跳失率高就说明首屏不吸引人。", "访客、加购和转化率。", "看跳失率。"])],
   outputs=[("银鱼干详情页文案", "首屏：瓦埠湖当天捕捞，日晒三天。"), ("上新推广数据周报", "访客一千三百，转化率百分之三点一。")]),
 "front": dict(major="饭店(酒店)服务", code="0504", course="景区酒店前厅接待服务", task="沙湖旅游旺季团队客人入住接待与客史建档",
   hours=16, station="酒店前厅服务一体化学习工作站",
   situation="每年七八月是沙湖景区的旅游旺季，景区附近一家酒店每天要接待好几个旅游团，下午三点前后团队集中到店，前台排队很长。酒店前厅经理请酒店班学员提前准备团队房卡和欢迎资料，分工完成团队登记、分房和行李服务，照顾好老年客人和有饮食禁忌的客人，并为重要客人建立客史档案。",
   qs=[("问题1 团队到店前要准备哪些东西？", ["按团队名单提前分好房、做好房卡，准备欢迎饮品、早餐券和景区地图，和领队确认叫早时间。", "提前分房做房卡。", "和领队确认叫早。"]),
       ("问题2 客史档案有什么用？", ["记下客人的喜好和禁忌，客人下次来时不用再问，能提供更贴心的服务。", "记下喜好和禁忌。", "下次服务更贴心。"])],
   hw=[("1. 客人对房间不满意要求换房时怎么办？", ["先道歉，问清楚原因，查看可换的房间，带客人看房，换好后更新系统和房卡。", "问清原因再换房。", "换好后更新系统。"]),
       ("2. 有清真饮食需要的客人要注意什么？", ["提前告诉餐厅，安排清真餐，早餐券上做好标记，送餐时不能和其他餐混放。", "提前告诉餐厅。", "早餐券做标记。"])],
   outputs=[("重要客人接待方案", "为老年客人安排低楼层、近电梯房间。"), ("团队入住登记汇总", "三个团共一百零二人，用时四十分钟。")]),
 "dryer": dict(major="机电一体化技术", code="0127", course="农产品加工设备电气控制系统装调", task="枸杞烘干机热风循环电气控制线路装调与排故",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="平罗县一家枸杞加工厂有八台热风循环烘干机，入秋以后枸杞集中上市，一台烘干机的循环风机时转时停，温度也控制不住。工厂设备科请机电班学员读懂电气原理图，在实训台上按图安装风机和加热器的控制线路，通电调试温控器，并按报修单到现场排除故障。",
   qs=[("问题1 风机和加热器为什么要联锁？", ["风机不转时加热器一直加热，箱内温度会过高烧坏枸杞甚至着火，所以要先开风机后开加热器。", "先开风机后开加热。", "防止温度过高。"]),
       ("问题2 怎样用万用表查接触器线圈？", ["断电后测线圈两端电阻，阻值无穷大是断路，阻值很小是短路，正常一般几百欧。", "断电测线圈电阻。", "无穷大是断路。"])],
   hw=[("1. 热继电器的整定电流怎样调？", ["按电动机额定电流调，一般调到额定电流的一点零到一点零五倍。", "按电动机额定电流调。", "一点零倍左右。"]),
       ("2. 排故时为什么要先问清故障现象？", ["问清什么时候出现、有没有异响和焦味，可以缩小范围，少走弯路。", "缩小范围。", "问有没有焦味。"])],
   outputs=[("烘干机控制线路调试记录", "风机与加热器联锁正常，温控误差正负二度。"), ("现场排故记录", "风机接触器触点烧蚀，已更换。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="洪洞县大槐树技工学校", pack="gbkzip", region="hd", course="bus", cls="23级汽修1班", size=42, seed=11,
         sidp="23040301", students=["贾晨旭", "柴梦涵", "段宇豪"], items={12: ["贾晨旭", "柴梦涵"]},
         extra_class=["乔宇辰"], bad={"乔宇辰": "over"}, others_named=["卫建平", "师长海"],
         teachers=["薛红军", "景秀梅"], form_count="42人",
         f8="fault_tree", f10="labour_hours", f11="handover_typed", f12="name_line_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "乔宇辰")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos of hand-written homework) holds the homework of only TWO students, 贾晨旭 and 柴梦涵 "
                 "(段宇豪's is missing; items 8 and 11 hold the three): students.count on 12; students.mismatch optional. "
                 "Item 10 (scanned 200 gray, RJ45 plugs on the glass) has 工时定额(h)/实际工时(h) columns that are not scores "
                 "before the scored parts; 乔宇辰 has 33 under `故障诊断(30)` (总分 the sum): records.invalid_score. Item 8 "
                 "(scanned 250 gray, RJ45 plugs): a FAULT-TREE worksheet (顶事件 box, 中间事件/底事件 table filled by hand), the "
                 "bus driver 卫建平 named as 报修驾驶员, the student as `诊断学员` at the foot. Item 11 (typed): 竣工检验单 with "
                 "the driver and the 车队长 师长海 (not students). Form `实施班级 | 23级汽修1班 | 上课人数 | 42人`. No roster"),
    dict(school="洪洞县大槐树技工学校", pack="gbkzip", region="hd", course="care", cls="24照护(1)班", size=42, seed=12,
         sidp="24529", students=["席雨晴", "郭佳蕊", "卫思颖"], extra_class=["薛子怡", "梁浩东"], absent_from_10=["梁浩东"],
         bad={"薛子怡": "sum"}, others_named=["乔凤英", "柴建国"],
         teachers=["杨润梅", "贾卫红"], form_count="42人",
         f8="soap", f10="case_code", f11="careplan_typed", f12="hand_page_rj45",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "薛子怡")],
         comment="the form says `上课人数 | 42人`; item 10 (scanned 300 dpi 1-bit, a `案例编号` column C1-C4 that is no score, "
                 "the maxima only in a sentence above the table) lists 41 (梁浩东 has no row; no roster): records.count_mismatch. "
                 "薛子怡's 总分 is 6 above the sum of her parts: records.invalid_score. Item 8 (scanned 200 gray): a SOAP 照护记录 "
                 "(S/O/A/P rows by hand) with the elder 乔凤英 as 照护对象 and the student as `照护员`; item 11 (typed) names her "
                 "son 柴建国 as 家属 (neither a student). Item 12: hand pages, scanned 250 gray with RJ45 plugs on the glass"),
    dict(school="洪洞县大槐树技工学校", pack="gbkzip", region="hd", course="wifi", cls="网络2401班", size=40, seed=13,
         sidp="240301", students=["韩梓琳", "郭承轩", "景艺璇"], others_named=["梁文斌"],
         teachers=["赵志刚", "段晋芳", "师卫东"], form_count="40人",
         f8="change_request", f10="weighted", f11="acceptance_typed", f12="hand_page",
         findings=[],
         comment="clean. Item 8 (colour scan 200, RJ45 plugs, a QR code on every 变更单): a 网络配置变更申请单 head (`申请人` the "
                 "student, `审批` a teacher, `景区确认` the scenic area's IT head 梁文斌, not a student). Item 10 (TYPED): 理论(100) "
                 "and 实操(100) with 总评 = 理论×30% + 实操×70% (one decimal, NOT the sum, explained under the table) and an 等级 "
                 "column; 40 rows = form `40人`. Item 11 (typed): AP 点位验收表, `施工` the student, `验收` 梁文斌. Three teachers"),
    dict(school="寿县八公山技工学校", pack="zip", region="sx", course="tofu", cls="烹饪24级1班", size=40, seed=21,
         sidp="20240501", students=["陶欣怡", "方俊辉", "鲍晨曦"], items={12: ["陶欣怡", "方俊辉", "孔晓楠"]},
         extra_class=["孔晓楠", "葛浩博"], bad={"葛浩博": "over"}, others_named=["汪德茂"],
         teachers=["许长江", "孙立芹"], form_count="40人",
         f8="kitchen4d", f10="photo_table", f11="dish_typed", f12="anise_photo",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "葛浩博")],
         comment="item 12 (phone photos, star anise on the sheet) holds the homework of 陶欣怡, 方俊辉 and classmate 孔晓楠 "
                 "(with an item-10 record) instead of 鲍晨曦's (items 8 and 11 hold the three): students.mismatch. Item 10 "
                 "(printed and PHOTOGRAPHED with a phone, star anise) : 葛浩博 has 28 under `火候(25)` (合计 the sum): "
                 "records.invalid_score. Item 8 (printed and photographed, star anise): a 厨房4D现场管理检查表 head "
                 "(整理/责任/培训/执行到位 ticked by hand, `责任人` the student, 厨师长 汪德茂 not a student). 40 rows = form"),
    dict(school="寿县八公山技工学校", pack="zip", region="sx", course="whitebait", cls="电商24-1班", size=40, seed=22,
         sidp="DS2401", students=["许嘉悦", "汪子航", "许乐萱"], extra_class=["葛思涵"], absent_from_10=["葛思涵"],
         others_named=["鲍玉芬"], teachers=["吴伯涛", "周晓岑"], form_count="40人", roster="safety_platform", headteacher="孔令芳",
         f8="learner_row", f10="plain_typed", f11="copy_typed", f12="hand_page2",
         findings=[("records.missing_student", 10, False, "葛思涵"), ("records.count_mismatch", 10, False)],
         comment="the roster (an export of the 学校安全教育平台 completion list: 学籍号 masked, 完成状态, 完成时间, 40 rows, "
                 "`导出人` the 班主任) and the form (`学生总数 | 40人`) hold 葛思涵; item 10 (TYPED) has 39 rows and none for her: "
                 "records.missing_student and records.count_mismatch. The cooperative head 鲍玉芬 is named as 供货方 on item 11. "
                 "Item 8 (colour scan 200): a bordered head row `学员 | 班级 | 学号`"),
    dict(school="平罗县沙湖技工学校", pack="dir", region="pl", course="front", cls="酒店2401班", size=40, seed=31,
         sidp="2405040", students=["纳雨涵", "努尔艾力·吐尔逊", "何思佳"], others_named=["海福林", "马淑贤", "沙永清", "丁秀兰", "虎占魁", "金桂芳", "田建忠"],
         teachers=["乌兰其木格", "王树华"], form_count="40人",
         f8="guest_history", f10="bonus_cap", f11="vip_typed", f12="name_line_photo2",
         findings=[],
         comment="clean. A Uyghur student from the 内职班 with a middle-dot name (努尔艾力·吐尔逊) is one of the three; a Mongolian "
                 "teacher (乌兰其木格). Item 8 (scanned 200 gray): a 客史档案 per student with two guests each (海福林 马淑贤, "
                 "沙永清 丁秀兰, 虎占魁 金桂芳; `建档人` the student) and the front-office manager 田建忠 (none a student). Item 10 "
                 "(TYPED): parts + `附加分(≤5)`, 总分 = parts + 附加分 but capped at 100 (two rows capped, explained under the "
                 "table); 40 rows = form `学员人数 | 共计40人`"),
    dict(school="平罗县沙湖技工学校", pack="dir", region="pl", course="dryer", cls="机电2401班", size=38, seed=32,
         sidp="2401270", students=["纳晨宇", "袁可欣", "丁铭轩"], outsiders={"丁铭轩": "机电2402班"}, out_sidp="2401272",
         extra_class=["虎志鹏"], bad={"虎志鹏": "sum"}, others_named=["袁永福"],
         teachers=["李晋军", "海丽萍"], form_count="38人",
         f8="repair_ticket", f10="fault_points", f11="commission_typed", f12="mono_hand",
         findings=[("students.not_in_class", 8, True, "丁铭轩"), ("records.invalid_score", 10, False, "虎志鹏")],
         comment="丁铭轩 of the parallel class 机电2402班 (his class and 学号 240127214 on his 排故单, his typed records and his "
                 "homework) is the third student of 8/11/12; item 10 (38 rows = form `学员人数 | 共计38人`) has no record of him: "
                 "students.not_in_class. Item 10 (TYPED) has a `故障点` column (the fault numbers each student drew, K1-K9, not "
                 "scores); 虎志鹏's 总分 is 7 above the sum of his parts: records.invalid_score. Item 8 (scanned 250 gray): a 设备故障"
                 "排故单 per student, `报修人` the plant's 设备科 worker 袁永福 (not a student), `排故人` the student. No roster"),
]

PROVINCE = {1: "山西省临汾市洪洞县", 2: "安徽省淮南市寿县", 3: "宁夏回族自治区石嘴山市平罗县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 洪洞: "成果08-工作页.pdf"
        return "成果%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 寿县: "8.工作页.pdf"
        return "%d.%s.pdf" % (n, NAMES[n])
    return "%d_%s_%s.pdf" % (n, NAMES[n], s["cls"])   # 平罗: "8_工作页_酒店2401班.pdf"


def form_name(s, c):
    return {1: ("申报书（%s）.docx" % c["major"], "docx"),
            2: ("附件2：工学一体化优质课堂项目申报书.pdf", "pdf"),
            3: ("申报书_%s.docx" % s["cls"], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.6cm 1.8cm")
    extra = " p{margin-top:0;margin-bottom:3pt}" if compact else " p{margin-top:0;margin-bottom:4pt}"
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
            al = "" if "align=" in extra else ' align="%s"' % align
            cells.append(td(("<b>%s</b>" % x) if i in bold else x, al + extra, pad))
        out.append("<tr>%s</tr>" % "".join(cells))
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(out))


# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "实施班级 | %s | 上课人数 | %s" % (s["cls"], s["form_count"])
    if g == 2:
        return "学生总数 | %s" % s["form_count"]
    return "学员人数 | 共计%s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    L = ' align="left"'
    if g == 1:   # 洪洞: 实施班级 and 上课人数 side by side in one row of four cells
        rows = [[("专业名称", ""), (c["major"], L + ' colspan="3"')], [("专业编码", ""), (c["code"], L + ' colspan="3"')],
                [("课程名称", ""), (c["course"], L + ' colspan="3"')], [("学习任务", ""), (c["task"], L + ' colspan="3"')],
                ["实施班级", (s["cls"], L), "上课人数", (s["form_count"], L)],
                [("学时", ""), ("%d" % c["hours"], L + ' colspan="3"')]]
        info = tbl(rows, width="92%", pad=P)
    elif g == 2:   # 寿县: 实施对象 and 学生总数
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("实施对象", "2024级%s专业%s全体学生" % (c["major"].split("(")[0], s["cls"])), ("学生总数", s["form_count"]),
                ("授课地点", c["station"])]
        info = tbl([[a, (b, L)] for a, b in rows], width="92%", pad=P)
    else:   # 平罗: 学员人数 共计…人
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学员人数", "共计" + s["form_count"]), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, L)] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
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
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 9", "√ 10", "√ 清楚", "√ 较好"])


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
        return s["out_sidp"] + "14"
    k = s["klass"].index(n) + 1
    if s["sidp"] == "24529":
        return "24529%03d" % (100 + k)
    if s["sidp"] == "20240501":
        return "20240501%03d" % k
    return s["sidp"] + "%02d" % k


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    ovl = []
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "fault_tree":   # a fault tree: top event box, intermediate/basic events, results by hand; the name at the foot
            car = tbl([["车牌号", hand("晋L·3K%03d" % (217 + 40 * i), True), "车型", "中型客车（19座）", "报修驾驶员", s["others_named"][0]],
                       ["线路", "洪洞—广胜寺", "进厂日期", hand(day(s, i)[5:], True), "里程", hand("%d km" % (186400 + 5300 * i), True)]],
                      width="100%", pad="3px 3px")
            top = ('<table style="border-collapse:collapse" width="60%%" align="center"><tr>%s</tr></table>' %
                   td("<b>顶事件：下坡制动时车辆向右跑偏，气压回落快</b>", ' align="center"', "5px 6px", "1.5pt solid #000"))
            res = [["左前推杆行程 %d mm，右前 %d mm，不一致" % (38 + i, 30 + i % 2), "正常", "右前蹄片有油污，已清洗",
                    "左 %d kPa，右 %d kPa" % (780 - 10 * i, 760), "制动阀排气口漏气"],
                   ["行程左大右小，要调整", "正常", "有油污", "差不多", "有漏气声"],
                   ["左边行程大", "无异常", "油污", "基本一致", "制动阀漏气"]][i % 3]
            tree = tbl([["中间事件", "底事件（可能原因）", "检查方法", "检查结果"],
                        [("左右制动力不等", ' rowspan="3"'), "制动间隙不一致", "量推杆行程", hand(res[0], True)],
                        ["制动气室膜片破损", "肥皂水查漏", hand(res[1], True)],
                        ["蹄片油污", "拆检制动鼓", hand(res[2], True)],
                        [("轮胎与悬架", ' rowspan="1"'), "左右胎压不等", "胎压表测量", hand(res[3], True)],
                        [("气路泄漏", ""), "制动阀、管接头漏气", "听、涂肥皂水", hand(res[4], True)]], width="100%", bold=(0,))
            body = ('<h3 style="text-align:center">%s<br/>学习工作页——制动跑偏故障树分析</h3>' % c["task"] + car + "<p></p>" + top +
                    '<p style="text-align:center">↓</p>' + tree + answers(c, rng, i) +
                    "<p><b>诊断结论：</b>%s</p>" % hand(["左右制动间隙不一致，调整后路试不跑偏。", "间隙不一致加制动阀漏气。", "调整间隙，更换制动阀。"][i % 3], True) +
                    comment +
                    tbl([["诊断学员", hand(n), "学号", hand(sid, True), "班级", hand(cl, True)]], width="78%", pad="4px 4px"))
        elif f == "soap":   # a SOAP care record: S/O/A/P rows by hand; the elder named, the student as 照护员
            head = tbl([["照护对象", "%s，82岁（社区独居老人）" % s["others_named"][0], "房间", "3号楼2单元402"],
                        ["照护员", hand(n, True), "学号", hand(sid, True)],
                        ["班级", hand(cl, True), "入户日期", hand(day(s, i), True)]], width="100%", pad="3px 5px")
            soap = [["S 主观资料", hand(["老人说“我记性不好，出门怕找不回来”。", "老人说买菜走远了就不认得路。", "老人说晚上睡不好，总想出去走走。"][i % 3], True)],
                    ["O 客观资料", hand(["简易智力量表22分，能说出家里地址，不记得楼号。", "量表21分，定向力差。", "量表23分，门口无提示标识。"][i % 3], True)],
                    ["A 评估", hand(["轻度认知障碍，有走失风险。", "有走失风险，需陪同外出。", "走失风险中等。"][i % 3], True)],
                    ["P 计划", hand(["门口贴大字提示，佩戴定位手环，每天陪同散步。", "贴提示标识，教老人用手环。", "家属每晚给手环充电。"][i % 3], True)]]
            body = ('<h3 style="text-align:center">%s<br/>学习工作页　照护记录（SOAP）</h3>' % c["task"] + head + "<p></p>" +
                    tbl([[(a, ' width="18%"'), (b, ' align="left"')] for a, b in soap], width="100%", pad="5px 5px") +
                    answers(c, rng, i) + comment)
        elif f == "change_request":   # a change request head with a QR code, the scenic area's IT head confirming
            head = tbl([["变更编号", "BG-2024-%03d" % (31 + i), "申请日期", hand(day(s, i), True), "", ""],
                        ["申请人", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)],
                        ["变更对象", ("游客服务中心二层 AP-%02d～AP-%02d" % (7 + 2 * i, 8 + 2 * i), ' colspan="5" align="left"')],
                        ["变更内容", (hand(["信道由6改为1和11交替，功率降到中档。", "新增两台吸顶AP，调整信道。", "关闭低速率，开启5G优先。"][i % 3], True), ' colspan="5" align="left"')],
                        ["回退方案", (hand("保存原配置，出现故障十分钟内恢复。", True), ' colspan="5" align="left"')],
                        ["审批", t[i % 2], "景区确认", "%s（景区信息中心）" % s["others_named"][0], "状态", "已批准"]], width="86%", pad="3px 4px")
            body = ('<h3 style="text-align:left">网络配置变更申请单（学习工作页）</h3><p>%s</p>' % c["task"] + head + sit + answers(c, rng, i) + comment)
            ovl.append({"type": "qr", "page": i + 1, "x": 0.86, "y": 0.085, "cm": 2.0, "seed": 143 + i})
        elif f == "kitchen4d":   # a kitchen 4D check list head: post and 责任人
            post = ["炉灶", "砧板", "打荷"][i % 3]
            chk = tbl([["项目", "检查内容", "结果"],
                       ["整理到位", "原料分类码放，生熟分开", hand("√", True)],
                       ["责任到位", "本岗位工具、设备有责任人", hand("√", True)],
                       ["培训到位", "熟悉标准菜谱和出品时间", hand("√", True)],
                       ["执行到位", "开餐前自查，问题当场整改", hand("√　刀具已归位", True)]], width="100%", bold=(0,))
            head = tbl([["当班岗位", hand(post, True), "责任人", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)],
                        ["检查时间", (hand(day(s, i) + " 10:30", True), ' colspan="3"'), "厨师长", (s["others_named"][0], ' colspan="3"')]],
                       width="100%", pad="3px 3px")
            body = ('<h3 style="text-align:center">厨房4D现场管理检查表<br/>（%s　学习工作页）</h3>' % c["task"] + head + "<p></p>" + chk +
                    answers(c, rng, i) + comment)
        elif f == "learner_row":   # a bordered head row 学员 | 班级 | 学号
            head = tbl([["学员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "guest_history":   # a guest history card, two guests a card, the student as 建档人
            g1, g2 = s["others_named"][2 * i], s["others_named"][2 * i + 1]
            card = tbl([["客人姓名", g1, "同住客人", "%s（夫人）" % g2],
                        ["民族", "回族", "年龄", "%d岁 / %d岁" % (68 + i, 65 + i)],
                        ["团队", "银川老年大学夕阳红旅游团", "房号", hand("%d" % (1206 + 2 * i), True)],
                        ["饮食要求", (hand("清真饮食，早餐不要甜食", True), ' colspan="3" align="left"')],
                        ["房间偏好", (hand(["低楼层，靠近电梯，加一床薄被", "安静，不要临街", "需要热水壶，枕头要低"][i % 3], True), ' colspan="3" align="left"')],
                        ["建档人", hand(n, True), "班级 / 学号", hand("%s　%s" % (cl, sid), True)],
                        ["前厅经理", s["others_named"][6], "建档日期", hand(day(s, i), True)]], width="92%", pad="4px 5px")
            body = ('<h3 style="text-align:center">客史档案（学习工作页）</h3><p style="text-align:center">%s</p>' % c["task"] + card + sit +
                    answers(c, rng, i) + comment)
        elif f == "repair_ticket":   # a repair ticket: 报修人 an outsider, 排故人 the student
            ticket = tbl([["排故单号", "PG-24-%03d" % (57 + i), "报修日期", hand(day(s, i), True)],
                          ["报修部门", "枸杞加工厂烘干车间", "报修人", s["others_named"][0]],
                          ["设备", "%d号热风循环烘干机" % (3 + i), "故障现象", "循环风机时转时停"],
                          ["排故人", hand(n, True), "班级", hand(cl, True)],
                          ["学号", hand(sid, True), "用时", hand("%d min" % (38 + 7 * i), True)],
                          ["故障原因", (hand(["风机接触器触点烧蚀", "热继电器整定值偏小", "温控器接线端子松动"][i % 3], True), ' colspan="3" align="left"')],
                          ["验收", t[i % 2], "结果", hand("正常", True)]], width="88%", pad="3px 5px")
            body = ('<h3 style="text-align:center">设备故障排故单（学习工作页）</h3><p style="text-align:center">%s</p>' % c["task"] + ticket +
                    answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": ovl}, ensure_ascii=False, indent=1))
    meth = {"fault_tree": "x-scanpdf:250:rj45", "soap": "x-scanpdf:200", "change_request": "x-scanpdf:200:color:rj45",
            "kitchen4d": "x-scanpdf:200:photo:anise", "learner_row": "x-scanpdf:200:color", "guest_history": "x-scanpdf:200",
            "repair_ticket": "x-scanpdf:250"}[f]
    font = {"change_request": "Noto Sans CJK SC", "learner_row": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    size = "9.5pt" if f in ("fault_tree", "soap", "change_request") else "10pt"
    return "08.html", html(PB.join(pages), size, font=font), meth


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


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    notes = {}
    if f == "labour_hours":   # 工时定额 / 实际工时 (not scores) before the parts
        parts = [("安全防护", 10), ("故障诊断", 30), ("维修操作", 40), ("竣工检验", 10), ("6S管理", 10)]
        hd = ["序号", "学号", "姓名", "工时定额<br/>(h)", "实际工时<br/>(h)"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 33
            out.append(trow([str(k + 1), sid_of(s, n), n, "2.5", "%.1f" % rng.choice([1.8, 2.0, 2.2, 2.4, 2.5, 2.6, 2.8, 3.0])] +
                            [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：工时定额、实际工时记录作业用时，不计分；总分为五个考核项目得分之和。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200:rj45"
    if f == "case_code":   # a 案例编号 column (not a score); maxima only in a sentence above the table
        parts = [("沟通评估", 20), ("计划制订", 25), ("照护实施", 40), ("记录反思", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号", "案例编号"] + [p for p, _ in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), n, sid_of(s, n), "C%d" % (1 + (k * 3) % 4)] + [str(x) for x in v] + [str(tot), ""], pad))
        body = (head10(s, c, "学习任务考核记录表") +
                "<p>考核项目及分值：沟通评估20分，计划制订25分，照护实施40分，记录反思15分，满分100分。案例编号为抽取的模拟照护案例（C1—C4）。</p>" +
                table(out) + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:300:mono"
    if f == "weighted":   # 理论 and 实操 of 100 each, 总评 weighted, one decimal
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "理论(100)", "实操(100)", "总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(58, 96), rng.randint(62, 97)
            z = round(a * 0.3 + b * 0.7, 1)
            lv = "优秀" if z >= 90 else "良好" if z >= 80 else "中等" if z >= 70 else "及格" if z >= 60 else "不及格"
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), "%.1f" % z, lv], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>说明：总评 = 理论成绩×30% + 实操成绩×70%，保留一位小数；等级按总评划分（90分以上优秀，80—89良好，70—79中等，60—69及格）。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "photo_table":   # a plain printed table, photographed
        parts = [("选料", 10), ("刀工", 20), ("火候", 25), ("调味", 25), ("装盘", 10), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["合计"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 28
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:200:photo:anise"
    if f == "plain_typed":
        parts = [("卖点提炼", 20), ("详情页设计", 30), ("标题文案", 20), ("上新推广", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "bonus_cap":   # parts + 附加分(≤5), 总分 capped at 100
        parts = [("仪容仪表", 10), ("团队登记", 30), ("分房与房卡", 20), ("行李服务", 20), ("客史建档", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分<br/>(≤5)", "总分"]], pad)]
        capped = []
        for k, n in enumerate(rec):
            if k in (6, 23):
                v = [10, 29, 19, 19, 20]   # 97, + bonus 5 -> 102, capped at 100
                b = 5
            else:
                v = part_scores(rng, parts)
                b = rng.choice([0, 0, 0, 0, 1, 2, 3])
            tot = min(100, sum(v) + b)
            if sum(v) + b > 100:
                capped.append(n)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(tot)], pad))
        notes["capped"] = capped
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>说明：附加分为参加市级以上技能竞赛或被客人书面表扬的加分，最多5分；总分 = 各项得分 + 附加分，超过100分的按100分计。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True), "pdf", notes
    if f == "fault_points":   # 故障点 drawn by each student (not scores)
        parts = [("线路安装", 40), ("通电调试", 30), ("排故", 20), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "故障点"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            f1 = (k * 2) % 9
            fp = "K%d、K%d" % (1 + f1, 1 + (f1 + 1 + k % 8) % 9)
            out.append(trow([str(k + 1), sid_of(s, n), n, fp] + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：故障点为考核时每人抽取的两个设置故障编号（K1—K9），不计分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
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
            if f == "handover_typed":   # the driver and the fleet head named
                parts.append('<h3>%s</h3>' % title + tbl([["车牌号", "晋L·3K%03d" % (217 + 40 * i), "送修人", "%s（驾驶员）" % s["others_named"][0]],
                                                          ["维修学员", "%s（%s，学号%s）" % (n, cl, sid), "检验员", t[j % 2]],
                                                          ["结论", desc, "车队签收", s["others_named"][1]]], width="94%"))
            elif f == "careplan_typed":   # 制订人 the student, the elder and her son
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", s["others_named"][0], "家属", "%s（儿子）" % s["others_named"][1]],
                                  ["制订人", n, "班级", cl], ["日期", day(s, 30 + i), "指导教师", t[j % 2]],
                                  ["内容", (desc, ' colspan="3" align="left"')]], width="90%"))
            elif f == "acceptance_typed":   # 施工 the student, 验收 the scenic IT head
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["点位", "AP-%02d" % (7 + 2 * i + j), "位置", ["售票大厅东侧", "二层休息区", "寻根文化展厅"][i % 3]],
                                  ["施工", "%s（%s）" % (n, cl), "验收", "%s（景区信息中心）" % s["others_named"][0]],
                                  ["实测信号", "-%d dBm" % (52 + 3 * i + j), "说明", desc]], width="92%") +
                             "<p>日期：%s　　指导教师：%s</p>" % (day(s, 30 + i), t[j % 2]))
            elif f == "dish_typed":   # 制作人 and the head chef
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["说明", desc, "厨师长", s["others_named"][0]]], width="90%"))
            elif f == "copy_typed":   # 文案 the student, the cooperative head as 供货方
                parts.append('<h3>%s</h3><p>文案与设计：%s（%s）　　供货方：瓦埠湖渔业合作社（负责人：%s）</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["规格", "售价", "卖点"], ["250克袋装", "39.9元", "当天捕捞当天晾晒"], ["500克礼盒", "79元", "日晒三天，无添加"]], width="80%") +
                             "<p>%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
            elif f == "vip_typed":   # the guests and the manager
                g1, g2 = s["others_named"][2 * i], s["others_named"][2 * i + 1]
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["客人", "%s、%s" % (g1, g2), "房号", "%d" % (1206 + 2 * i)], ["方案人", n, "班级", cl],
                                  ["内容", (desc, ' colspan="3" align="left"')], ["审核", t[j % 2], "前厅经理", s["others_named"][6]]], width="90%"))
            elif f == "commission_typed":   # 调试人 the student, the plant worker
                parts.append('<h3>%s</h3>' % title + tbl([["设备", "%d号热风循环烘干机" % (3 + i), "厂方联系人", s["others_named"][0]],
                                                          ["调试人", "%s（%s）" % (n, cl), "学号", sid],
                                                          ["结论", desc, "指导教师", t[j % 2]]], width="92%"))
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
        elif f == "hand_page_rj45":
            head = ["课后作业（认知照护）", "姓名：%s　班级：%s" % (n, cl)]
        elif f == "hand_page":
            head = ["课后作业", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "anise_photo":
            head = ["豆制品菜肴　课后作业", "> %s　%s　%s" % (cl, n, sid)]
        elif f == "hand_page2":
            head = ["网店视觉与文案　作业", "> 学员：%s　班级：%s" % (n, cl)]
        elif f == "name_line_photo2":
            head = ["前厅接待　课后作业", "> 姓名：%s　学号：%s" % (n, sid), "> 班级：%s" % cl]
        elif f == "mono_hand":
            head = ["电气控制课后作业", "> 班级：%s　学号：%s　姓名：%s" % (cl, sid, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:2", "hand_page_rj45": "x-scan:250:4:rj45", "hand_page": "x-scan:200:3",
            "anise_photo": "x-photo:200:1:anise", "hand_page2": "x-scan:200:2", "name_line_photo2": "x-photo:200:2",
            "mono_hand": "x-scan:200:4:mono"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "safety_platform":   # an export of the school-safety education platform: completion per student
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 3px") for x in
                                       ["序号", "学籍号", "学号", "姓名", "专题名称", "完成状态", "完成时间"])]
        rng = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            gid = "G3404%s%04d" % ("*" * 8, rng.randint(1000, 9999))
            done = rng.random() < 0.9
            tm = "2024-09-%02d %02d:%02d" % (rng.randint(9, 18), rng.randint(7, 22), rng.randint(0, 59)) if done else "—"
            rows.append(trow([str(j + 1), gid, sid_of(s, n), n, "开学安全第一课", "已完成" if done else "未完成", tm], "1px 3px"))
        body = ('<p style="font-size:8pt;color:#555">学校安全教育平台　› 班级管理　› 专题活动完成情况</p>'
                '<h3 style="text-align:center">%s　%s　学生完成情况导出</h3>' % (s["school"], s["cls"]) + table(rows, width="100%") +
                '<p style="font-size:8pt">共%d条记录　　导出人：%s（班主任）　　导出时间：2024-09-20 08:15:32</p>' % (len(k), s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（安全教育平台导出）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-forty-third held-out people corpus (testdata/heldout143), the format of testdata/heldout28/truth.json. "
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
    for w in CITIES:
        if w in EARLIER_TEXT or w in EARLIER_READMES:
            raise SystemExit("%s was used by an earlier corpus" % w)
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
        rng = random.Random(s["seed"] * 7919 + 143)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        for a in s["klass"]:
            for b in s["klass"]:
                assert a == b or not near(a, b), (a, b)
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
        meths, notes = {}, {}
        r10 = item10(s, c, rec)
        if len(r10) == 4:
            notes = r10[3]
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, r10[:3]), (11, item11(s, c, items[11], d)),
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
            "notes": {k: v for k, v in notes.items()}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
