#!/usr/bin/env python3
"""Write the sources of the hundred-and-forty-fifth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the truth-format struct tags of
pipeline/heldout_test.go was read; classaudit was not run on it). Seven
submissions of three invented schools in 吴桥县 (Hebei, 沧州), 秭归县 (Hubei,
宜昌) and 保亭黎族苗族自治县 (Hainan).

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
# the truth files read for names, tasks and courses to avoid (heldout146-148 are written at the same time and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 145)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 吴桥 (冀东南 families: 王 李 张 刘 杨 赵 孙 马 郭 高, and 于 邢 孟 吕
# 冯 霍 魏 邱 宁 郝, the Hui 沙 and 马 of the county), 秭归 (三峡 families: 王 李 张 刘 陈 向 谭 郑 周, 屈 of the 屈原
# 故里, 望 杜 曾 覃 龚 黄 胡 熊), 保亭 (Li and Han families of the island: 黄 王 陈 符 吉 林 李 吴 邢 卓 胡 董 罗, the
# Miao 蒋 邓)
SURNAMES = {
    "wq": list("王王王王李李李张张张刘刘刘杨杨赵孙马马郭高于邢孟吕冯霍魏邱宁郝沙"),
    "zg": list("王王王李李李张张刘刘陈陈向向谭郑周屈望杜曾覃龚黄胡熊"),
    "bt": list("黄黄黄王王王陈陈符符吉吉林李李吴邢卓胡董罗高蒋邓"),
}
# given names: a new list of everyday names of students born around 2008, boys and girls apart (for the 性别 columns)
GM = ("启航 靖宇 博宇 俊驰 皓然 明远 博睿 子骞 一帆 家瑞 俊楠 浩东 宇恒 嘉诚 梓航 文轩 浩博 鹏程 子昂 俊宇 志恒 "
      "泽远 昊天 睿哲 嘉树 宸宇 景川 立新 铭辉 旭东 思齐 晨阳 天成 锐锋 修远 誉博 展鹏 朗逸 奕霖 智渊 云帆 书恒 "
      "一川 承志 彦霖 柏宇 建华 宏达 永恒 子淳 泓毅 乐天 思源 浩哲 家驹 维嘉 翊飞 庆丰 少华 东升").split()
GF = ("若楠 诗涵 语晨 欣蕊 子瑜 梦菲 新月 雨菲 佳音 梓琪 雨涵 思彤 雅琪 晓彤 紫涵 梦瑶 可欣 婧怡 雨晴 佳妮 "
      "心悦 舒雅 语桐 芷若 沐晴 安然 诗雨 慧敏 晓琳 婉婷 丹妮 雪莹 玉洁 静雯 思琪 嘉欣 梦琪 雨薇 月华 晨露 "
      "彤瑶 紫薇 依依 一然 若琳 书妍 嘉琪 乐瑶 美辰 晓燕 秋月 海燕 丽娜 琪琪 语嫣 小雨 文静 梓萱").split()
GIVEN = GM + GF


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
            name = sur + rng.choice(GIVEN)
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "troupe": dict(major="饭店(酒店)服务", code="0504", course="涉外团队前厅接待", task="国际杂技艺术节演出团组入住接待与行李服务",
   hours=16, station="前厅服务一体化学习工作站",
   situation="吴桥国际杂技艺术节开幕前两天，县城一家四星级酒店要接待一个十二人的外国杂技演出团组，团组带着大件道具箱，晚上九点以后才能到店。大堂经理请饭店班学员提前做好预排房，准备欢迎卡和钥匙袋，按团队入住流程核对护照、登记入住，安排行李员把道具箱送到指定的储物间，并处理演员提出的加床和叫醒服务要求。",
   qs=[("问题1 团队入住前为什么要预排房？", ["团组到店时间晚、人数多，提前按名单把房间排好，做好钥匙袋，到店后几分钟就能发完钥匙。", "提前排好房，发钥匙快。", "人多，到店晚，要提前准备。"]),
       ("问题2 外宾登记入住要核对哪些证件信息？", ["护照上的姓名、国籍、护照号码、签证有效期，和团队名单逐一核对，按规定上传境外人员住宿登记。", "护照、签证有效期，和名单核对。", "上传境外人员住宿登记。"])],
   hw=[("1. 大件道具箱怎样安排行李服务？", ["先清点件数、挂行李牌，用大行李车从员工通道运到储物间，请领队签字确认。", "清点件数，挂行李牌。", "领队签字确认。"]),
       ("2. 客人要求加床时应怎样处理？", ["先查房态和房型能否加床，告知加床费用，客人同意后通知客房部，在系统里备注。", "查房型，告知费用。", "通知客房部，系统备注。"])],
   outputs=[("团组预排房表", "十二人，六间双床房，领队住单间。"), ("行李服务记录", "道具箱十四件，储物间B2。"), ("宾客意见卡", "服务热情，外语沟通顺畅。")]),
 "spinner": dict(major="数控加工(数控车工)", code="0106", course="回转体零件数控车削", task="杂技转碟道具不锈钢转杆接头数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="吴桥一家杂技团的转碟节目用的转杆接头经常磨损，进口备件价格高、周期长。杂技团道具组请学校数控车间按样件测绘，用不锈钢加工二十件转杆接头。车间主任请数控班学员分析图纸，编写加工工艺和程序，完成外圆、台阶、螺纹和内孔的车削，并按“三检”要求做好自检和记录。",
   qs=[("问题1 车不锈钢时为什么容易粘刀？", ["不锈钢韧性大、导热差，切削温度高，切屑容易粘在刀尖上形成积屑瘤。", "韧性大，导热差。", "容易形成积屑瘤。"]),
       ("问题2 车螺纹前为什么要先车外圆到小径以上的尺寸？", ["外圆要车到螺纹大径略小一点，螺纹牙顶才不会过尖，配合时不会卡住。", "外圆略小于大径。", "牙顶不会过尖。"])],
   hw=[("1. 车不锈钢应怎样选择切削用量？", ["转速比车碳钢低一些，进给量适中，切削深度不要太小，避免刀尖在硬化层上摩擦。", "转速低一些。", "切深不要太小。"]),
       ("2. 自检、互检、专检各由谁做？", ["自检由操作者本人做，互检由同组同学做，专检由教师或检验员做。", "自检本人，互检同组。", "专检是老师。"])],
   outputs=[("转杆接头首件检验记录", "M12×1.25螺纹通止规合格。"), ("转杆接头加工程序单", "O0315，共三十八段。")]),
 "insul": dict(major="新能源汽车检测与维修", code="0435", course="纯电动汽车高压安全与绝缘检测", task="城乡配送纯电动厢式货车绝缘故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="县里一家物流公司的纯电动厢式货车在雨天行驶后仪表报“绝缘故障”，车辆限功率，只能低速行驶。维修站主管请新能源班学员做好高压防护，按规程下电，用绝缘电阻测试仪分段测量动力电池、电机控制器、空调压缩机和高压线束的绝缘电阻，找到受潮的部件并处理，最后上电复检，填写诊断报告。",
   qs=[("问题1 测量绝缘电阻前要做哪些安全准备？", ["穿戴绝缘手套和绝缘鞋，设置隔离栏，断开维修开关，等待五分钟后验电，确认没有电压再测量。", "戴绝缘手套，断开维修开关。", "等五分钟，验电。"]),
       ("问题2 怎样判断是哪一段高压线路绝缘不良？", ["逐个断开高压部件的插接器，分段测量对车身的绝缘电阻，阻值明显偏低的那一段就是故障段。", "逐段断开，分段测量。", "阻值低的就是故障段。"])],
   hw=[("1. 绝缘电阻的合格标准是多少？", ["直流系统每伏不低于一百欧姆，交流系统每伏不低于五百欧姆，实测一般要求几兆欧以上。", "直流每伏一百欧。", "交流每伏五百欧。"]),
       ("2. 雨天后绝缘故障多发在哪些部位？", ["底盘下的高压插接器、空调压缩机接口和充电口，密封圈老化进水最常见。", "底盘高压插接器。", "充电口进水。"])],
   outputs=[("绝缘故障诊断报告", "压缩机插接器受潮，阻值0.3兆欧。"), ("维修竣工检验单", "复检绝缘电阻大于五百兆欧。")]),
 "navel": dict(major="电子商务", code="0603", course="社区团购运营实务", task="秭归脐橙社区团购小程序商品上架与售后处理",
   hours=14, station="电商运营一体化学习工作站",
   situation="秭归脐橙采摘季，县里一家脐橙专业合作社想通过社区团购把果子直接卖到宜昌城区的小区。合作社理事长请电商班学员在团购小程序上建立商品，拍摄主图、撰写详情页和规格，设置团长佣金和自提点，开团后跟进订单，处理坏果和少发的售后，最后在合作社的路演会上汇报运营方案。",
   qs=[("问题1 脐橙商品的规格为什么要按果径分？", ["果径不同价格不同，按七十五毫米、八十毫米、八十五毫米分规格，顾客按需要选，减少售后纠纷。", "果径不同价格不同。", "减少售后纠纷。"]),
       ("问题2 团长佣金怎样设置比较合理？", ["参考同类水果的佣金比例，一般百分之八到十二，保证团长有积极性，合作社也有利润。", "百分之八到十二。", "团长有积极性。"])],
   hw=[("1. 顾客反映收到坏果怎样处理？", ["请顾客拍照，核对订单和坏果数量，按坏果比例退款或补发，记录批次反馈给合作社。", "拍照核对，退款或补发。", "记录批次。"]),
       ("2. 自提点为什么要选在小区门口的便利店？", ["居民每天经过，取货方便，店主能帮忙保管和通知，减少漏取。", "取货方便。", "店主能帮忙保管。"])],
   outputs=[("社区团购运营方案", "首期开团十二个小区，目标一千五百箱。"), ("商品上架与售后记录", "上架三个规格，售后率百分之一点八。")]),
 "dragon": dict(major="烹饪(中式烹调)", code="0501", course="楚味节令菜点制作", task="端午龙舟宴屈乡粽子与三峡鱼丸制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="秭归端午节龙舟赛期间，县城一家老字号酒楼要承办十桌龙舟宴，菜单上有屈乡粽子和三峡鱼丸汤两道必上的节令菜点。酒楼厨师长请烹饪班学员按标准菜谱泡米、包粽、煮粽，剔鱼肉、搅鱼茸、汆鱼丸，控制出品时间，做好成本核算和厨房卫生。",
   qs=[("问题1 包粽子前糯米为什么要浸泡？", ["糯米浸泡四到六小时，吸足水分，煮的时候熟得快、口感软糯，不会夹生。", "吸足水分，不夹生。", "熟得快，软糯。"]),
       ("问题2 搅鱼茸时为什么要分次加水和盐？", ["分次加冰水让鱼茸吸水上劲，加盐使鱼肉蛋白溶出，鱼丸才有弹性、不散。", "鱼茸上劲，有弹性。", "加盐蛋白溶出。"])],
   hw=[("1. 鱼丸下锅时水温怎样控制？", ["冷水或微开的水下锅，小火慢慢加热，水不能大开，否则鱼丸表面起泡变老。", "冷水下锅，小火。", "水不能大开。"]),
       ("2. 粽子为什么要捆扎结实？", ["捆扎不紧，煮的时候进水，米粒散开，粽子不成形。", "不紧会进水。", "米粒会散开。"])],
   outputs=[("屈乡粽子出品记录", "每锅四十只，煮制三小时。"), ("三峡鱼丸汤出品记录", "鱼丸洁白有弹性，汤色清亮。"), ("龙舟宴两道菜点成本核算单", "每份成本十九元。")]),
 "bathing": dict(major="健康与社会照护", code="0529", course="居家失能老年人照护", task="黎族村寨居家失能老人助浴与压疮预防照护",
   hours=16, station="照护服务一体化学习工作站",
   situation="保亭县一个黎族村寨有几位长期卧床的老人，家里子女外出务工，老人由亲属照看。镇卫生院和村委会请照护班学员在带教老师指导下入户，评估老人的皮肤和压疮风险，为老人床上擦浴或助浴，定时翻身并使用减压垫，向家属示范照护方法，并填写照护记录。",
   qs=[("问题1 为卧床老人擦浴时室温和水温怎样控制？", ["室温二十四到二十六度，关好门窗，水温四十到四十五度，用手腕内侧试温。", "室温二十四度以上，水温四十度左右。", "手腕内侧试温。"]),
       ("问题2 压疮最容易发生在哪些部位？", ["骶尾部、足跟、髋部、肩胛和枕部，这些地方骨头突出、长期受压。", "骶尾部和足跟。", "骨头突出的地方。"])],
   hw=[("1. 翻身的间隔时间一般是多少？", ["一般每两小时翻身一次，皮肤发红的要缩短间隔，并记录翻身时间和体位。", "两小时一次。", "皮肤发红要缩短。"]),
       ("2. 向家属示范照护方法时要注意什么？", ["用通俗的话讲清楚，边做边讲，请家属自己做一遍，纠正不对的地方。", "边做边讲。", "请家属自己做一遍。"])],
   outputs=[("居家照护记录单（助浴）", "擦浴二十分钟，皮肤完好。"), ("压疮风险评估与翻身记录", "Braden评分十四分，中度风险。")]),
 "apwifi": dict(major="计算机网络应用", code="0301", course="无线网络勘测与部署", task="七仙岭温泉度假酒店客房区无线网络覆盖勘测与AP部署",
   hours=16, station="网络工程一体化学习工作站",
   situation="七仙岭脚下的一家温泉度假酒店客房区分散在山坡上，客人经常投诉房间里无线网络信号差、视频卡顿。酒店信息部经理请网络班学员现场勘测信号，绘制热力图，规划AP点位、信道和功率，安装面板式AP并配置无线控制器，完成漫游和覆盖测试，最后提交勘测与部署报告。",
   qs=[("问题1 为什么相邻AP的信道要错开？", ["相邻AP用同一个信道会互相干扰，二点四G用1、6、11三个不重叠信道交错布置。", "同信道互相干扰。", "用1、6、11信道。"]),
       ("问题2 勘测时为什么要在房间最里面测信号？", ["房间最里面离AP最远、墙体最多，这里信号合格，整个房间就合格。", "最远的地方信号最弱。", "这里合格整个房间就合格。"])],
   hw=[("1. 面板式AP为什么适合酒店客房？", ["装在墙面的网口底盒上，一间一台，信号不用穿墙，还能提供有线网口。", "一间一台，不用穿墙。", "还有有线网口。"]),
       ("2. 漫游测试要测哪些内容？", ["边走边通话或看视频，记录切换AP时有没有断线，切换时间是否小于一百毫秒。", "切换时有没有断线。", "切换时间。"])],
   outputs=[("客房区无线信号勘测报告", "共勘测四栋客房，四十二个测点。"), ("AP点位与信道规划表", "面板式AP四十八台。"), ("漫游与覆盖测试记录", "弱覆盖点由九个降为零。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师", "二级实习指导教师"]

WQ, ZG, BT = "吴桥县桑园技工学校", "秭归县屈原技工学校", "保亭黎族苗族自治县七仙岭技工学校"

SUBS = [
    dict(school=WQ, pack="gbkzip", region="wq", course="troupe", cls="饭店2401班", size=38, seed=11,
         sidp="24130504", students=["阿依江·吐尔洪", "邢家瑞", "郝梦菲"],
         others_named=["冯建勋", "宁桂芝", "安德烈·索科洛夫", "伊琳娜·彼得罗娃", "马克西姆·伊万诺夫"],
         teachers=["霍丽萍", "斯琴巴图"], form_count="38", roster="sicard", headteacher="邱秀敏",
         cls_show="饭店2401班（桑园国际大酒店冠名班）",
         f8="group_checkin", f10="bonus_lang", f11="portfolio", f12="collect",
         findings=[],
         comment="clean. One of the three is a Uyghur student of the 内职班 with a middle dot (阿依江·吐尔洪); a Mongol "
                 "teacher (斯琴巴图). The roster is a 社会保障卡领卡名单 (38, masked card numbers, the 资助中心 clerk 宁桂芝 at the foot), "
                 "38 = form (six-cell row `授课年级 | 2024级 | 授课班级 | 饭店2401班 | 班级人数 | 38`) = item 10 (TYPED); "
                 "item 10 has a 外语加分 column (0-5) and 总分 = parts + bonus, as the note says. Foreign guests of the "
                 "troupe (安德烈·索科洛夫, 伊琳娜·彼得罗娃, 马克西姆·伊万诺夫, middle dots) and the lobby manager 冯建勋 are "
                 "named on items 8 and 11 (not students). Item 11 is a 作品集 per student: cover with 作品集编号 and a "
                 "目录, then the works. On items 8, 11 and 12 the class is written as the sponsored class "
                 "`饭店2401班（桑园国际大酒店冠名班）`. Item 12 opens with a typed 作业收交登记 naming the three"),
    dict(school=WQ, pack="gbkzip", region="wq", course="spinner", cls="数控2401班", size=40, seed=12,
         sidp="24130106", students=["孟子昂", "马雨薇", "沙俊宇"], items={12: ["孟子昂", "马雨薇"]},
         extra_class=["吕宏达"], bad={"吕宏达": "over"}, others_named=["沙国庆"],
         teachers=["邢志刚", "郝秀芹", "吕振山"], form_count="40",
         f8="three_check", f10="appeal", f11="inspect_typed", f12="photo_two",
         findings=[("records.invalid_score", 10, False, "吕宏达"), ("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 10 (scanned 300 dpi 1-bit, rambutan shells in the margin) is a skill-test style register: rows in "
                 "考位 order (not by 学号), `考位号 | 考生编号 | 姓名` and no 学号 column; 吕宏达 has 28 under "
                 "`外圆与台阶(25)` (总分 the sum): records.invalid_score. A 成绩复核申请表 (appeal) of a classmate follows the "
                 "register on its last page (decision: 维持原成绩). Item 12 (phone photos, a roll of insulating tape "
                 "on the sheet) holds the homework of only TWO students, 孟子昂 and 马雨薇 (沙俊宇's missing; 8 and 11 "
                 "hold the three): students.count on 12; students.mismatch optional. Item 8 (scanned 250 gray): a 三检 "
                 "head (自检人 the student by hand, 互检人 `第n组`, 专检人 a teacher); the troupe's prop master 沙国庆 named "
                 "as 委托方 on items 8 and 11 (not a student). No roster"),
    dict(school=WQ, pack="gbkzip", region="wq", course="insul", cls="新能源2401班", size=40, seed=13,
         sidp="24130435", students=["刘誉博", "魏芷若", "杨俊驰"], extra_class=["宁秋月"], absent_from_10=["宁秋月"],
         others_named=["哈金明", "霍庆江"], teachers=["孟庆林", "魏红梅"], form_count="40", roster="ebike", headteacher="冯玉琴",
         f8="insulation", f10="pairs", f11="diag_typed", f12="hand_scan",
         findings=[("records.missing_student", 10, False, "宁秋月"), ("records.count_mismatch", 10, False)],
         comment="the roster (an 电动自行车停车证办理名单: the whole class, 40 rows, 停车证号 or `—` for those who do not "
                 "ride, typed) and the form (`班级人数 | 40`) hold 宁秋月; item 10 (scanned 200 gray, a 两人一组 register: "
                 "组号 merged over each pair, a 角色 column 作业人/监护人, the last group a trio) has 39 rows and none for her: records.missing_student "
                 "and records.count_mismatch. Item 8 (the printed 绝缘检测记录 photographed in the workshop, a roll of "
                 "insulating tape lying on it): `检测员 <hand>`, `监护人 <teacher>`, the driver 哈金明 of the logistics "
                 "company (not a student). The roster names the security officer 霍庆江 (保卫科) as 经办人"),
    dict(school=ZG, pack="dir", region="zg", course="navel", cls="电商2402班", size=42, seed=21,
         sidp="202406032", students=["向佳妮", "覃浩东", "屈书妍"], outsiders={"屈书妍": "电商2401班"}, out_sidp="202406031",
         extra_class=["杜明远"], bad={"杜明远": "sum"}, others_named=["屈德安", "龚晓峰"],
         teachers=["望春梅", "郑家林"], form_count="共42人",
         f8="role_grid", f10="keyblock", f11="plan_cover", f12="wecom",
         findings=[("students.not_in_class", 8, True, "屈书妍"), ("records.invalid_score", 10, False, "杜明远")],
         comment="屈书妍 of the parallel class 电商2401班 (her class and 学号 20240603101xx on the scanned worksheet, on her "
                 "typed plan cover and as her 企业微信 name on the homework screenshot) is the third student of 8/11/12; "
                 "item 10 (TYPED, 42 rows = form `共42人`) has no record of her: students.not_in_class. Item 10 is a 路演 "
                 "score sheet whose rows carry only the 学号: the names stand in a 学号—姓名 key block above the table; "
                 "杜明远's row (学号 ...%s) has a 总分 6 below the sum of his parts: records.invalid_score. Item 8 (colour scan "
                 "200, rambutan shells): a 3x2 head grid `所属小组 | 组内角色 / 姓名 | 学号 / 班级 | 日期`. The "
                 "cooperative's head 屈德安 and the judge 龚晓峰 are named on item 11 (not students). No roster"),
    dict(school=ZG, pack="dir", region="zg", course="dragon", cls="烹饪2401班", size=36, seed=22,
         sidp="202405011", students=["屈俊楠", "谭沐晴", "周景川"], others_named=["覃德旺"],
         teachers=["杜文涛", "曾凡兰", "熊德华"], form_count="36人",
         f8="reward", f10="weighted", f11="dish_typed", f12="recipe_photo",
         findings=[],
         corrections=True,
         comment="clean. Item 10 (TYPED) is weighted: 过程得分 (sum of 考勤纪律 原料准备 操作规范) and 成品得分 (sum of 色泽 "
                 "口味 形态 出品时间), 总评 = 过程×40% + 成品×60% (one decimal), as the note says; two rows carry a red "
                 "hand correction of a part (the printed mark struck, the new one beside it, 成品得分 and 总评 corrected "
                 "too, the teacher's initials); 36 rows = form `36人`. The restaurant's head chef 覃德旺 is named on items 8 "
                 "and 11 (not a student). Item 8 (colour scan 200): the teacher's reward stickers (`★ 真棒 ★`) stuck on "
                 "the worksheets. Three teachers. No roster"),
    dict(school=BT, pack="zip", region="bt", course="bathing", cls="照护2401班", size=41, seed=31,
         sidp="2405291", students=["符心悦", "吉佳音", "黄子淳"], items={11: ["符心悦", "吉佳音", "陈彤瑶"]},
         extra_class=["陈彤瑶"], others_named=["黄亚福", "王亚娇", "卓志雄", "黄秀玲", "卓亚梅", "吉亚妹", "陈亚丽"],
         teachers=["符秀英", "吉秋燕"], form_count="42名",
         f8="dispatch", f10="sp", f11="care_photo", f12="hand_mono",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False)],
         comment="item 11 (the printed care records photographed with a phone) holds the records of 符心悦, 吉佳音 and "
                 "classmate 陈彤瑶 (with an item-10 record) instead of 黄子淳's (items 8 and 12 hold the three): "
                 "students.mismatch. The form says `授课班级及人数 | 照护2401班　42名`; item 10 (TYPED, a register with a "
                 "`标准化病人(SP)` column naming the volunteer who played the elder for each student: 卓亚梅, 吉亚妹, 陈亚丽, "
                 "not students) lists the 41 of the class: records.count_mismatch (no roster). Elders 黄亚福 "
                 "and 王亚娇, the village doctor 卓志雄 and a daughter 黄秀玲 (家属签字) are named on items 8 and 11 (not "
                 "students). Item 8 (scanned 200 gray, rambutan shells): an 入户服务派单 head"),
    dict(school=BT, pack="zip", region="bt", course="apwifi", cls="网络2401班", size=38, seed=32,
         sidp="2403011", students=["林浩哲", "邢晓琳", "卓展鹏"], items={8: ["林浩哲", "邢晓琳", "卓展鹏", "董紫薇"]},
         extra_class=["董紫薇", "蒋书恒"], bad={"蒋书恒": "over"}, others_named=["吉文斌", "王伟雄"],
         teachers=["林育才", "邢美珍"], form_count="38人",
         f8="concealed", f10="points", f11="survey_typed", f12="photo_tape",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "蒋书恒")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (colour scan 200, rambutan shells) holds the worksheets of FOUR students: the three and classmate "
                 "董紫薇 (with an item-10 record): students.count on 8; students.mismatch optional. Its head is a 隐蔽工程验收 "
                 "box (`施工人 <hand> | 班级/学号`, the hotel's engineer 吉文斌 as 验收人, the teacher as 带队教师). Item 10 (scanned 250 gray) names its columns only "
                 "①-⑥ with the 考核点 and their 配分 in a legend under the table; 蒋书恒 has 29 under ③ (AP安装与供电, "
                 "25分): records.invalid_score. The hotel's IT manager 王伟雄 is named on item 11 (not a student), which adds a "
                 "作品使用授权书 per student (授权人 the student, 被授权方 the hotel). Item 12: "
                 "phone photos with a roll of insulating tape on the sheet. 38 rows = form `38人`. No roster"),
]

PROVINCE = {1: "河北省沧州市吴桥县", 2: "湖北省宜昌市秭归县", 3: "海南省保亭黎族苗族自治县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 吴桥: "08．工作页.pdf" (zero-padded, full-width dot)
        return "%02d．%s.pdf" % (n, NAMES[n])
    if g == 2:   # 秭归: "【8】工作页.pdf" (no leading number, recognised by the name)
        return "【%d】%s.pdf" % (n, NAMES[n])
    return "%d_%s_七仙岭.pdf" % (n, NAMES[n])   # 保亭: "8_工作页_七仙岭.pdf"


def form_name(s, c):
    return {1: ("申报书（%s）.pdf" % c["major"], "pdf"),
            2: ("附件2：工学一体化优质课堂项目申报书（%s）.docx" % s["cls"], "docx"),
            3: ("%s申报书.docx" % c["task"][:8], "docx")}[grp(s)]


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


def hand(x, small=False, ink=BLUE, size=None, font="AR PL UKai CN"):
    return '<span style="font-family:\'%s\';color:%s;font-size:%s">%s</span>' % (
        font, ink, size or ("13pt" if small else "15pt"), x)


def redhand(x, size="11pt"):
    return hand(x, ink="#b8231a", size=size)


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
    if g == 1:
        return "授课年级 | 2024级 | 授课班级 | %s | 班级人数 | %s" % (s["cls"], s["form_count"])
    if g == 2:
        return "班级人数 | %s" % s["form_count"]
    return "授课班级及人数 | %s　%s" % (s["cls"], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务", "是否获得一体化教师培训证书"]] + [
        [n, TITLES[(i + s["seed"]) % len(TITLES)], "课堂负责人、主讲" if i == 0 else "实训指导", "是" if i < 2 else "否"]
        for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 吴桥: the official six-cell row 授课年级 | 授课班级 | 班级人数, a bare number
        info = tbl([["专业名称", (c["major"], ' colspan="5" align="left"')],
                    ["专业编码", (c["code"], ' colspan="5" align="left"')],
                    ["授课课程名称", (c["course"], ' colspan="3" align="left"'), "总学时", "64"],
                    ["授课学习任务名称", (c["task"], ' colspan="3" align="left"'), "学时", str(c["hours"])],
                    ["授课年级", "2024级", "授课班级", s["cls"], "班级人数", s["form_count"]],
                    ["授课实训室或学习工作站名称", (c["station"], ' colspan="3" align="left"'), "工位数", "24"]], width="96%", pad=P)
    elif g == 2:   # 秭归: 班级人数 with 共…人
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("授课学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 保亭: class and size in one cell
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("授课课程名称", c["course"]), ("授课学习任务名称", c["task"]),
                ("授课班级及人数", "%s　%s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"]), ("学习工作站", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按“获取信息—制定计划—做出决策—实施计划—过程控制—评价反馈”组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=4 + s["seed"] % 21, info=info, tm=tbl(trs, width="86%"), situation=c["situation"], prov=PROVINCE[g])
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
        return s["out_sidp"] + "17"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    """The class as written on the pages of items 8, 11 and 12."""
    return s.get("outsiders", {}).get(n, s.get("cls_show", s["cls"]))


def sex_of(n):
    g = bare(n)[1:]
    if n == "阿依江·吐尔洪":
        return "女"
    return "男" if g in GM else "女"


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    ovl = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "group_checkin":   # a group check-in work order: the troupe's guests in the rooming table, the student as 接待员
            g = s["others_named"][2:]
            head = tbl([["团组名称", "东欧杂技艺术团（演出团组）", "人数", "12人", "到店时间", hand("21:40", True)],
                        ["领队", g[0], "房数", "6间", "预排房", hand("已完成", True)]], width="100%", pad="3px 4px")
            rooms = tbl([["房号", "宾客姓名", "证件", "备注"],
                         [hand("%d" % (8206 + 2 * i), True), g[0], "护照", "单间，叫醒 07:00"],
                         [hand("%d" % (8208 + 2 * i), True), g[1], "护照", "加床一张"],
                         [hand("%d" % (8210 + 2 * i), True), g[2], "护照", "道具箱4件"]], width="86%", pad="2px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页（团队入住接待工单）</h3>' % c["task"] + head +
                    "<p><b>团组排房（节选）</b></p>" + rooms + sit + answers(c, rng, i) +
                    '<p>大堂经理：%s　　%s</p>' % (s["others_named"][0], comment) +
                    '<p>接待员：%s　　学号：%s</p><p>班　级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True)))
        elif f == "three_check":   # the 三检 head: 自检人 the student, 互检 a group, 专检 a teacher
            head = tbl([["零件名称", "转杆接头", "图号", "ZD-JT-0%d" % (1 + i % 3), "委托方", "杂技团道具组（%s）" % s["others_named"][0]],
                        ["自检人", hand(n, True), "互检人", hand("第%s组" % "一二三四"[i % 4], True), "专检人", t[i % 3]],
                        ["班级", hand(cl, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "insulation":   # an insulation test record: 检测员 the student, 监护人 a teacher, the driver named
            head = tbl([["车辆", "纯电动厢式货车", "VIN（后六位）", "%06d" % (318204 + 7 * i), "送修人", "%s（驾驶员）" % s["others_named"][0]],
                        ["检测员", hand(n, True), "监护人", t[i % 2], "班级/学号", hand("%s / %s" % (cl, sid[-2:]), True)]],
                       width="100%", pad="4px 4px")
            meas = tbl([["测量部位", "测试电压", "绝缘电阻", "结论"],
                        ["动力电池正极对车身", "500 V", hand("550 MΩ", True), hand("合格", True)],
                        ["电机控制器输入端", "500 V", hand("520 MΩ", True), hand("合格", True)],
                        ["空调压缩机插接器", "500 V", hand("0.3 MΩ", True), hand("不合格", True)]], width="90%", pad="2px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页（绝缘检测记录）</h3>' % c["task"] + head +
                    "<p><b>绝缘电阻测量</b></p>" + meas + answers(c, rng, i) + comment)
        elif f == "role_grid":   # a 3x2 grid: group and role, name and 学号, class and date
            head = tbl([["所属小组", hand("第%s组" % "三一五"[i % 3], True), "组内角色", hand(["客服专员", "运营专员", "美工"][i % 3], True)],
                        ["姓　　名", hand(n, True), "学　　号", hand(sid, True)],
                        ["班　　级", hand(cl, True), "日　　期", hand(day(s, i), True)]], width="86%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "reward":   # plain blanks; the teacher's reward stickers go on as overlays; the head chef named
            head = '<p>姓名：＿%s＿　　学号：＿%s＿　　班级：＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = (title + head + "<p>企业指导：%s（酒楼厨师长）　　实训日期：%s</p>" % (s["others_named"][0], day(s, i)) + sit +
                    answers(c, rng, i) + '<p><b>学习心得：</b>%s</p>' % hand(["包粽子要包紧，绳子要扎牢。", "鱼茸要顺一个方向搅。", "火候最重要。"][i % 3], True) + comment)
            ovl.append({"type": "sticker", "page": i + 1, "x": [0.86, 0.87, 0.85][i % 3], "y": [0.065, 0.075, 0.07][i % 3], "angle": [-12, 9, -5][i % 3], "size": 11,
                        "lines": ["★ 真棒 ★", "小红花"], "fill": "#ffd3dc", "edge": "#e0245e"})
        elif f == "dispatch":   # a home-care dispatch order: the elder, the address, the student as 服务员, the family's signature
            el = s["others_named"][i % 2]
            head = tbl([["派单号", "PD-2024-%04d" % (317 + 11 * i), "派单时间", hand(day(s, i)[5:] + " 8:30", True)],
                        ["服务对象", "%s（%d岁，卧床）" % (el, 78 + 3 * i), "服务地址", "保亭县%s村%d号" % (["什玲镇什玲", "响水镇什丰"][i % 2], 12 + i)],
                        ["服务员", hand(n, True), "班级/学号", hand("%s　%s" % (cl, sid), True)],
                        ["带教老师", t[i % 2], "家属签字", hand(s["others_named"][3], True, BLACK)]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页（入户服务派单）</h3>' % c["task"] + head + sit +
                    answers(c, rng, i) + "<p>村医：%s（随访）</p>" % s["others_named"][2] + comment)
        elif f == "concealed":   # a concealed-work acceptance box: 施工人 the student, the hotel's engineer as 验收人
            head = tbl([["工程名称", "客房区无线网络改造", "隐蔽部位", hand("%d号楼%s层走廊吊顶内" % (1 + i % 4, "一二三"[i % 3]), True)],
                        ["施工人", hand(n, True), "班级/学号", hand("%s　%s" % (cl, sid), True)],
                        ["验收人", "%s（酒店工程部）" % s["others_named"][0], "带队教师", t[i % 2]],
                        ["验收内容", ("网线穿管、AP底盒固定、PoE供电线缆标识", ' colspan="3" align="left"')]],
                       width="96%", pad="4px 6px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页（隐蔽工程验收记录）</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    '<p>验收意见：%s　　验收人签字：%s</p>%s' % (hand("合格，同意封闭吊顶。", True), hand(s["others_named"][0], True, BLACK), comment))
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": ovl}, ensure_ascii=False, indent=1))
    meth = {"group_checkin": "x-scanpdf:200:skew1", "three_check": "x-scanpdf:250", "insulation": "x-scanpdf:200:photo:eltape",
            "role_grid": "x-scanpdf:200:color:rambutan", "reward": "x-scanpdf:200:color",
            "dispatch": "x-scanpdf:200:rambutan", "concealed": "x-scanpdf:200:color:rambutan"}[f]
    font = {"three_check": "Noto Sans CJK SC", "concealed": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.95):
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
    if f == "bonus_lang":   # 外语加分 0-5; 总分 = parts + bonus
        parts = [("仪容仪表", 10), ("入住登记", 30), ("排房分房", 20), ("行李服务", 25), ("沟通礼仪", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["外语加分<br/>(0-5)", "总分"]], pad)]
        bonus = dict(zip(rng.sample(range(len(rec)), 7), [3, 2, 5, 1, 4, 2, 3]))
        if rec.index("阿依江·吐尔洪") not in bonus:
            bonus[rec.index("阿依江·吐尔洪")] = 4
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            b = bonus.get(k, 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：外语加分（0-5分）给在团组接待演练中用英语或俄语为外宾服务的学生，总分 = 五项得分之和 + 外语加分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "appeal":   # a skill-test register (考位号, 考生编号, no 学号; rows in 考位 order) and an appeal form after it
        parts = [("程序编制", 20), ("外圆与台阶", 25), ("螺纹", 20), ("表面质量", 15), ("安全文明", 20)]
        order = list(range(len(rec)))
        rng.shuffle(order)
        out = [trow(["<b>%s</b>" % x for x in ["考位号", "考生编号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        vals = {}
        for pos, k in enumerate(order):
            n = rec[k]
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 28
            vals[n] = (pos, k, v)
            out.append(trow(["%02d" % (pos + 1), "KS2411-%03d" % (k + 1), n] + [str(x) for x in v] + [str(sum(v)), "申请复核" if k == 6 else ""], pad))
        ap = rec[6]
        pos, k, v = vals[ap]
        appeal = tbl([["申请人", hand(ap, True), "考生编号", "KS2411-%03d" % (k + 1), "考位号", "%02d" % (pos + 1)],
                      ["班　级", s["cls"], "学　号", sid_of(s, ap), "联系电话", "—"],
                      ["申请复核项目", ("螺纹（20分），原得分 %d 分" % v[2], ' colspan="5" align="left"')],
                      ["申请理由", (hand("我用螺纹环规检验是通规通、止规止，认为螺纹不应扣这么多分，申请复测。", True), ' colspan="5" align="left"')],
                      ["复核意见", ("复测螺纹中径偏下限，牙型有轻微毛刺，扣分符合评分细则，<b>维持原成绩</b>。", ' colspan="5" align="left"')],
                      ["复核人", t[2], "考评员", t[0], "日期", day(s, 13)[5:]]], width="100%", pad="6px 6px")
        body = ('<p style="text-align:center"><b>数控车削技能考核成绩记录表（学习任务考核）</b></p>'
                "<p>%s　　考场：数控实训车间（二）　　班级：%s</p><p>学习任务：%s　　考核日期：%s</p>" % (s["school"], s["cls"], c["task"], day(s, 11)) +
                table(out) + "<p>注：考位由抽签确定，考生编号为本次考核编号。实到%d人。</p>" % len(rec) +
                "<p>考评员：%s　　　监考：%s　　　考务：%s</p>" % (t[0], t[1], t[2]) + PB +
                '<h3 style="text-align:center">技能考核成绩复核申请表</h3>' + appeal +
                "<p>说明：考生对成绩有异议的，可在成绩公布后两个工作日内申请复核一次。</p>")
        s["appeal_by"] = ap
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono:rambutan"
    if f == "pairs":   # two-person groups: 组号 merged over each pair, a 角色 column 作业人/监护人, the last group a trio
        parts = [("高压防护", 15), ("绝缘检测", 30), ("故障诊断", 30), ("维修复检", 15), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["组号", "学号", "姓名", "角色"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        groups = [rec[j:j + 2] for j in range(0, len(rec) - 3, 2)]
        groups.append(rec[len(groups) * 2:])
        for g, members in enumerate(groups):
            for j, n in enumerate(members):
                v = part_scores(rng, parts)
                cells = [sid_of(s, n), n, ["作业人", "监护人", "监护人（副）"][j]] + [str(x) for x in v] + [str(sum(v))]
                lead = td("<b>%d</b>" % (g + 1), ' align="center" rowspan="%d"' % len(members), pad) if j == 0 else ""
                out.append("<tr>%s%s</tr>" % (lead, "".join(td(x, ' align="center"', pad) for x in cells)))
        body = (head10(s, c, "学习任务考核记录表（高压作业两人一组）") + table(out) +
                "<p>注：高压作业实行两人一组，一人作业、一人监护，考核中两人轮换，表中角色为第一轮。第%d组三人。共%d人。</p>" % (len(groups), len(rec)) + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200"
    if f == "keyblock":   # the score rows carry only the 学号; the names stand in a 学号—姓名 key above the table
        parts = [("运营方案", 30), ("商品上架", 20), ("路演展示", 20), ("售后演练", 20), ("职业素养", 10)]
        q = (len(rec) + 3) // 4
        krows = []
        for j in range(q):
            cells = []
            for col in range(4):
                k = col * q + j
                cells += [sid_of(s, rec[k]), rec[k]] if k < len(rec) else ["", ""]
            krows.append(trow(cells, "0px 3px"))
        key = table([trow(["<b>学号</b>", "<b>姓名</b>"] * 4, "0px 3px")] + krows)
        out = [trow(["<b>%s</b>" % x for x in ["学号", "小组"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (6 if bad.get(n) == "sum" else 0)
            out.append(trow([sid_of(s, n), "第%s组" % "一二三四五六七"[k % 7]] + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "社区团购运营项目路演考核成绩表") + "<p><b>一、学号—姓名对照</b></p>" + key +
                "<p><b>二、成绩（按学号登记）</b></p>" + table(out, width="80%") +
                "<p>路演评委：合作社代表、企业运营人员、任课教师（评委意见见学习成果汇编）。共%d人。</p>" % len(rec) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted":   # 过程得分 ×40% + 成品得分 ×60%; two red hand corrections
        pp = [("考勤纪律", 20), ("原料准备", 30), ("操作规范", 50)]
        qp = [("色泽", 20), ("口味", 40), ("形态", 20), ("出品时间", 20)]
        h1 = ("<tr>%s%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2" width="4%"', pad), td("<b>学号</b>", ' align="center" rowspan="2" width="11%"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2" width="8%"', pad), td("<b>过程评价（占40%）</b>", ' align="center" colspan="4"', pad),
                                       td("<b>成品评价（占60%）</b>", ' align="center" colspan="5"', pad), td("<b>总评</b>", ' align="center" rowspan="2" width="12%"', pad)))
        h2 = trow(["<b>%s(%d)</b>" % p for p in pp] + ["<b>过程得分</b>"] + ["<b>%s(%d)</b>" % p for p in qp] + ["<b>成品得分</b>"], pad)
        out = [h1, h2]
        corr = set(rng.sample(range(len(rec)), 2))
        s["corr_rows"] = {}
        for k, n in enumerate(rec):
            a = part_scores(rng, pp, 0.65, 0.95)
            b = part_scores(rng, qp, 0.6, 0.9)
            P_, Q_ = sum(a), sum(b)
            tot = round(P_ * 0.4 + Q_ * 0.6, 1)
            cells = [str(x) for x in a] + [str(P_)] + [str(x) for x in b] + [str(Q_), "%.1f" % tot]
            if k in corr:   # the 口味 mark re-marked: old struck, new beside it; 成品得分 and 总评 corrected
                nb = b[1] + rng.choice([3, 4, 5])
                Q2 = Q_ - b[1] + nb
                tot2 = round(P_ * 0.4 + Q2 * 0.6, 1)
                cells[5] = "<s>%d</s> %s" % (b[1], redhand(str(nb)))
                cells[8] = "<s>%d</s> %s" % (Q_, redhand(str(Q2)))
                cells[9] = "<s>%.1f</s> %s" % (tot, redhand("%.1f" % tot2))
                s["corr_rows"][n] = "口味 %d→%d, 成品得分 %d→%d, 总评 %.1f→%.1f (red hand, initialled %s)" % (b[1], nb, Q_, Q2, tot, tot2, t[0][0])
                cells[-1] += redhand(" 更正 %s" % t[0][0], "8pt")
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells, pad))
        body = (head10(s, c, "学习任务考核成绩表（加权）") + table(out) +
                "<p>注：过程得分、成品得分均为百分制，总评 = 过程得分×40% + 成品得分×60%，保留一位小数。成绩更正处由评分教师签字。</p>" + sign)
        return "10.html", html(body, "8pt", compact=True, page="margin:1.0cm 1.0cm"), "pdf"
    if f == "sp":   # a 标准化病人 column: the volunteer who played the elder for each student
        parts = [("助浴", 30), ("翻身与压疮风险评估", 30), ("沟通与健康宣教", 20), ("职业素养", 20)]
        sps = s["others_named"][4:7]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "标准化病人<br/>(SP)"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, sps[(k // 14) % 3]] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核成绩记录（标准化病人情景考核）") + table(out) +
                "<p>注：标准化病人（SP）由镇卫生院退休护士%s和村民志愿者%s、%s担任，按统一脚本扮演卧床老人，不参与评分。</p>" % tuple(sps) + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "points":   # columns ①-⑥ only; the 考核点 and their 配分 in a legend under the table
        parts = [("现场勘测", 10), ("信道与功率规划", 20), ("AP安装与供电", 25), ("SSID与认证配置", 15), ("漫游与覆盖测试", 20), ("职业素养", 10)]
        circ = "①②③④⑤⑥"
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + list(circ) + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 29
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        legend = "　".join("%s%s（%d分）" % (circ[j], p, m) for j, (p, m) in enumerate(parts))
        body = (head10(s, c, "学习任务考核记录表") + table(out) + "<p><b>考核点及配分：</b>%s，满分100分。</p>" % legend + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250:skew1"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    parts = []
    meth = "pdf"
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    if f != "portfolio":
        parts.append(head)
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "portfolio":   # a 作品集 per student: cover with a number and a table of contents, then the works
            g = s["others_named"][2:]
            toc = tbl([["序号", "作品名称", "页码"]] + [[str(j + 1), o[0], str(j + 2)] for j, o in enumerate(c["outputs"])], width="70%")
            parts.append('<p style="text-align:right">作品集编号：ZPJ-2024-%03d</p><p>　</p><h1 style="text-align:center">学生作品集</h1>'
                         '<p style="text-align:center">%s</p><p>　</p>' % (41 + i, c["task"]) +
                         tbl([["姓　　名", n], ["学　　号", sid], ["班　　级", cl], ["指导教师", "、".join(t)], ["学　　校", s["school"]]], width="60%", pad="6px 8px") +
                         "<p>　</p><h3 style=\"text-align:center\">目　录</h3>" + toc)
            works = ('<h3>一、%s</h3>' % c["outputs"][0][0] +
                     tbl([["房号", "宾客", "房型", "排房人"], ["%d" % (8206 + 2 * i), g[0], "大床（单住）", n], ["%d" % (8208 + 2 * i), g[1], "双床＋加床", n],
                          ["%d" % (8210 + 2 * i), g[2], "双床", n]], width="90%") + "<p>说明：%s</p>" % c["outputs"][0][1] +
                     '<h3>二、%s</h3>' % c["outputs"][1][0] +
                     tbl([["时间", "件数", "存放位置", "行李员", "领队确认"], ["21:55", "14", "储物间B2", n, g[0]]], width="90%") +
                     "<p>说明：%s</p>" % c["outputs"][1][1] +
                     '<h3>三、%s</h3>' % c["outputs"][2][0] +
                     "<p>宾客：%s　　房号：%d　　服务员：%s</p><p>意见：%s</p><p>大堂经理：%s</p>" % (g[1], 8208 + 2 * i, n, c["outputs"][2][1], s["others_named"][0]))
            parts.append(works)
        elif f == "inspect_typed":   # 首件检验, 操作者 and 检验员, the troupe as 委托方
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "转杆接头", "委托方", "杂技团道具组（%s）" % s["others_named"][0]],
                                  ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 3]],
                                  ["外径", "φ16 0/-0.03", "%.3f" % (15.985 - 0.004 * i), "合格"],
                                  ["螺纹", "M12×1.25", "通规通、止规止", "合格"]], width="92%") + "<p>备注：%s</p>" % desc)
        elif f == "diag_typed":   # 诊断人, 检验员, the driver
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3>' % title + tbl([["送修人", "%s（物流公司驾驶员）" % s["others_named"][0], "车型", "纯电动厢式货车"],
                                                          ["诊断人", "%s（%s）" % (n, cl), "检验员", t[j % 2]],
                                                          ["结论", desc, "日期", day(s, 30 + i)]], width="92%"))
        elif f == "plan_cover":   # a plan cover (方案撰写人) and the 路演 judges' comments
            title, desc = c["outputs"][0]
            parts.append('<h2 style="text-align:center">%s</h2><p style="text-align:center">——%s</p>' % (title, c["task"]) +
                         tbl([["方案撰写人", n], ["班　　级", cl], ["学　　号", sid], ["指导教师", t[i % 2]], ["完成日期", day(s, 30 + i)]],
                             width="60%", pad="5px 8px") +
                         "<p><b>方案要点：</b>%s</p>" % desc +
                         tbl([["规格", "果径", "团购价", "团长佣金"], ["小果", "75-80mm", "39.9元/5kg", "10%"], ["中果", "80-85mm", "49.9元/5kg", "10%"],
                              ["大果", "85mm以上", "59.9元/5kg", "8%"]], width="80%") +
                         "<p><b>路演评委意见：</b></p><p>%s（脐橙合作社理事长）：规格清楚，自提点选得好。</p><p>%s（电商企业运营总监）：售后预案要再细一些。</p>"
                         % (s["others_named"][0], s["others_named"][1]) +
                         "<p><b>%s：</b>%s</p>" % c["outputs"][1])
        elif f == "dish_typed":   # 出品人 and the head chef
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3>' % title + tbl([["出品人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "糯米、粽叶" if j == 0 else ("草鱼净肉600克" if j == 1 else "见核算表"), "辅料", "腊肉丁、红枣" if j == 0 else "葱姜水、蛋清"],
                                                          ["出品评价", desc, "厨师长", s["others_named"][0]]], width="90%"))
        elif f == "care_photo":   # a printed care record per output: the elder, the family, the student as 照护员
            el = s["others_named"][i % 2]
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", "%s（%d岁）" % (el, 78 + 3 * i), "地址", "保亭县%s村" % ["什玲镇什玲", "响水镇什丰", "加茂镇毛岸"][i % 3]],
                                  ["照护员", "%s（%s）" % (n, cl), "带教老师", t[j % 2]],
                                  ["日期", day(s, 30 + i), "家属", s["others_named"][3]],
                                  ["记录", (desc, ' colspan="3" align="left"')]], width="92%", pad="5px 6px") +
                             "<p>皮肤情况：骶尾部皮肤完整，无发红。　翻身：%s。</p>" % ["8:00 左侧卧，10:00 平卧", "9:00 右侧卧，11:00 左侧卧"][j % 2])
            meth = "x-scanpdf:200:photo"
        elif f == "survey_typed":   # 勘测人, the hotel IT manager as 验收
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3>' % title +
                             tbl([["项目", c["task"][:10], "勘测人", "%s（%s）" % (n, cl)], ["酒店验收", "%s（信息部经理）" % s["others_named"][1], "审核", t[j % 2]],
                                  ["结论", (desc, ' colspan="3" align="left"')]], width="92%") +
                             "<p>测点RSSI：-%d dBm ~ -%d dBm</p>" % (42 + i, 66 + j))
            parts.append('<h3 style="text-align:center">作品使用授权书</h3>' +
                         "<p>授权人：%s（%s，学号%s）</p><p>被授权方：七仙岭温泉度假酒店信息部（经理：%s）</p>" % (n, cl, sid, s["others_named"][1]) +
                         "<p>本人在“%s”学习任务中完成的《%s》《%s》等成果，同意酒店在客房区无线网络维护中无偿使用，署名保留。</p>"
                         % (c["task"], c["outputs"][0][0], c["outputs"][1][0]) +
                         "<p>授权人签字：%s　　　被授权方签字：%s　　　指导教师：%s</p><p style=\"text-align:right\">%s</p>"
                         % (hand(n, True), hand(s["others_named"][1], True, BLACK), t[i % 2], day(s, 40 + i)))
        else:
            raise SystemExit(f)
    font = {"plan_cover": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "11.html", html(PB.join(parts), font=font), meth


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "wecom":   # a phone screenshot of the class's 企业微信 group: the student's message, the teacher's reply
        pages = []
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            ans = "<br/>".join("%s<br/>答：%s" % (q, a[(i + qi) % 3]) for qi, (q, a) in enumerate(c["hw"]))
            bubble = ('<table style="border-collapse:collapse" width="92%%"><tr><td style="background:#ffffff;padding:6px;border:0.5pt solid #dddddd">%s</td></tr></table>' % ans)
            mine = ('<table style="border-collapse:collapse" width="100%%"><tr><td width="30%%"></td><td style="background:#95ec69;padding:6px">收到，已阅。%s</td></tr></table>'
                    % ["答得完整。", "第2题再补充一点。", "很好。"][i % 3])
            body = ('<table style="border-collapse:collapse" width="100%%"><tr><td style="background:#ededed;padding:5px"><b>‹　%s课后作业群(%d)</b>　　　…</td></tr></table>'
                    % (s["cls"], s["size"] + 3) +
                    '<p style="color:#999999;text-align:center;font-size:7pt">%s 19:%02d</p>' % (day(s, 20 + i)[5:], 12 + 9 * i) +
                    '<p style="font-size:7.5pt;color:#777777">%s（老师）</p><table style="border-collapse:collapse" width="80%%"><tr><td style="background:#ffffff;padding:6px;border:0.5pt solid #dddddd">请把“%s”课后作业发到群里，第一行写姓名、班级、学号。</td></tr></table>'
                    % (t[0], c["course"]) +
                    '<p style="font-size:7.5pt;color:#777777">%s-%s</p>' % (n, cl) +
                    '<table style="border-collapse:collapse" width="92%%"><tr><td style="background:#ffffff;padding:6px;border:0.5pt solid #dddddd">%s　%s　%s</td></tr></table>' % (n, cl, sid) +
                    "<p></p>" + bubble + "<p></p>" +
                    '<p style="font-size:7.5pt;color:#777777;text-align:right">%s（老师）</p>' % t[i % 2] + mine)
            pages.append(body)
        return "12.html", html(PB.join(pages), "8.5pt", font="Noto Sans CJK SC", page="size:9cm 19.5cm;margin:0.3cm"), "x-scanpdf:200:shot"
    if f == "collect":   # a typed 作业收交登记 first, then each student's hand-written page
        reg = tbl([["序号", "学号", "姓名", "提交时间", "批改教师", "成绩"]] +
                  [[str(i + 1), sid_of(s, n), n, "%s %02d:%02d" % (day(s, 20)[5:], 7 + i, 12 * i + 5), t[i % 2], ["优", "良", "优"][i % 3]]
                   for i, n in enumerate(names)], width="100%", pad="4px 4px")
        pages = ['<h2 style="text-align:center">课后作业收交登记</h2><p>%s　　班级：%s</p><p>课程：%s</p><p>学习任务：%s</p>'
                 % (s["school"], s.get("cls_show", s["cls"]), c["course"], c["task"]) +
                 reg + "<p>说明：本汇编收录上述学生的课后作业原件扫描件，按序号排列。</p><p>登记人：%s</p>" % t[0]]
        for i, n in enumerate(names):
            cl = cls_of(s, n)
            qa = ""
            for qi, (q, a) in enumerate(c["hw"]):
                qa += "<p><b>%s</b></p><p>%s</p><p %s>%s</p>" % (q, hand(a[(i + qi + 1) % 3]), RED, mark(rng))
            pages.append('<h3 style="text-align:center">课后作业</h3><p>班级：%s　　姓名：%s</p>' % (hand(cl, True), hand(n)) + qa +
                         '<p %s>阅 %s %s</p>' % (RED, t[i % 2], day(s, 20 + i)[5:]))
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
        if f == "photo_two":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　学号：%s　班级：%s" % (n, sid, cl)]
        elif f == "hand_scan":
            head = ["课后作业（高压安全）", "> 班级 %s　学号 %s　姓名 %s" % (cl, sid[-2:], n)]
        elif f == "recipe_photo":
            head = ["课后作业　菜点制作要点", "> %s　%s　%s" % (cl, n, sid)]
        elif f == "hand_mono":
            head = ["课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "photo_tape":
            head = ["无线网络课后作业", "> %s　%s　学号%s" % (n, cl, sid[-2:])]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_two": "x-photo:200:2:eltape", "hand_scan": "x-scan:250:4",
            "recipe_photo": "x-photo:200:1", "hand_mono": "x-scan:200:2:mono", "photo_tape": "x-photo:200:3:eltape"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "sicard":   # a social-security card hand-out list: masked card numbers, the clerk at the foot
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "社会保障卡号", "发卡银行", "领卡日期", "备注"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "1309%s%04d" % ("*" * 8, 2113 + 37 * j), "农业银行", "2024-10-%02d" % (14 + j // 20),
                              "内职班" if "·" in n else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">学生社会保障卡领卡名单</h2><p style="text-align:center">%s　%s　（2024级）</p>' % (s["school"], s["cls"]) +
                table(rows, width="94%") +
                "<p>班主任：%s　　　学生资助中心经办：%s　　　应领%d张，实领%d张。</p>" % (s["headteacher"], s["others_named"][1], len(k), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s社会保障卡领卡名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "ebike":   # an e-bike parking-permit list: the whole class, a permit number or — for those who do not ride
        rng = random.Random(s["seed"] * 77)
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "住宿情况", "是否骑电动自行车", "车牌号", "停车证号"])]
        m = 0
        for j, n in enumerate(k):
            ride = rng.random() < 0.55
            if ride:
                m += 1
            rows.append(trow([str(j + 1), sid_of(s, n), n, "走读" if ride else rng.choice(["住校", "住校", "走读"]), "是" if ride else "否",
                              "吴桥%06d" % rng.randint(100000, 999999) if ride else "—", "TC24-%03d" % (100 + m) if ride else "—"], "1px 4px"))
        body = ('<h2 style="text-align:center">电动自行车停车证办理名单</h2><p style="text-align:center">%s　%s　2024年9月</p>' % (s["school"], s["cls"]) +
                table(rows, width="92%") +
                "<p>班主任：%s　　　保卫科经办：%s　　　全班%d人，办理停车证%d人。</p>" % (s["headteacher"], s["others_named"][1], len(k), m))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s电动自行车停车证办理名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-forty-fifth held-out people corpus (testdata/heldout145), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 145)
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
        roster(s, d, man)
        write(os.path.join(d, "manifest.tsv"), "\n".join(man) + "\n")
        if "%s" in s["comment"]:
            s["comment"] = s["comment"] % sid_of(s, list(s["bad"])[0])
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
            "notes": {"appeal": "成绩复核申请表 of %s after the register (维持原成绩)" % s["appeal_by"]} if s.get("appeal_by") else {},
            "class_written": s.get("cls_show", s["cls"]),
            "corrections": s.get("corr_rows", {}), "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
