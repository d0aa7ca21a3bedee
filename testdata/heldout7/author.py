#!/usr/bin/env python3
"""Write the sources of the seventh held-out people corpus (src/ and truth.json).

Written apart from the checks: nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ (except pipeline/heldout_test.go, for the truth
format) was read, and classaudit was not run on this corpus.
testdata/heldout..heldout5 (README, build.sh, prebuild.py, author.py,
truth.json) and testdata/othertools (README, build.sh, build.py) were read
only to learn the builder's formats and to avoid reusing their content.

Eight submissions of four invented schools in Fujian (福建: 泉州, 漳州, 龙岩,
宁德), one major each out of the twelve of 附件1 with its catalogue code, with
courses and tasks no earlier corpus used.

Run it after editing:  python3 author.py   (rewrites src/ and truth.json)
Build:                 sh build.sh OUT      (see README.md)

Methods beyond the othertools builder's are made by ./prebuild.py (see there):
x-scanpdf, x-scan (with :fold and :border), x-photo and x-xlsx.
"""
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

# Surnames common in Fujian, the 畲族 surnames 蓝 雷 钟, and compound surnames
# no earlier corpus used.
SURNAMES = list("林陈黄郑吴王李张刘杨柯苏洪庄蔡卓池傅涂施连翁卢龚温康游魏曾叶许邱余萧詹颜骆阮戴方兰雷钟蓝"
                "欧尤郭潘谢江薛纪宋廖丁汤巫邹")
COMPOUND = ["钟离", "长孙", "闻人", "公冶", "濮阳"]
GIVEN2 = ("榕生 闽华 嘉烨 锦鸿 晓岚 沁雅 书恒 钧泽 沛然 铭远 婉清 毓秀 泽楷 语嫣 启航 瀚文 诗蕾 颂恩 朝阳 绮雯 "
          "子骞 艺璇 立诚 若岚 晋宇 亦菲 鹭洋 海澄 清源 闽生 秋萍 毅恒 少杰 翠玲 荣辉 丽珍 建勋 宝珠 振邦 美娟 "
          "文斌 碧霞 志雄 金凤 德福 彩云 国栋 惠芬 庆丰 秀琴 景澄 昕妤 柏宇 沐阳 锦瑜 慕青 予安 熙蕊 星野 知夏 "
          "彦霖 南乔 一诺 楚涵 嘉禾 向晴 乐天 晏清 舒窈 云帆 念慈 承恩 泓毅 梓萌 钰琪 雨潇 鹏程 炜彤 韵涵 煦阳").split()
GIVEN1 = list("琛璐瑾铮滢琰珂骞曦荣蔚彬湘峥婕璟翀淇楠懿莹钊")

EARLIER = ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "othertools"]


def earlier_names():
    """Every name-like string of the earlier truth files."""
    names = set()

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str) and re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", x):
            names.add(x)
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "truth.json")
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    return names


USED_BEFORE = earlier_names()
# Given names that end an earlier corpus's names are dropped from the lists,
# so the list of given names is new.
_TAILS = {n[-2:] for n in USED_BEFORE if len(n) >= 3} | {n[1:] for n in USED_BEFORE if len(n) == 2}
GIVEN2 = [g for g in GIVEN2 if g not in _TAILS]
GIVEN1 = [g for g in GIVEN1 if g not in _TAILS]


def near(a, b):
    """One character apart (same length) or one contained in the other."""
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_class(rng, n, fixed, avoid):
    names = list(fixed)
    while len(names) < n:
        s = rng.choice(COMPOUND) if rng.random() < 0.03 else rng.choice(SURNAMES)
        g = rng.choice(GIVEN1) if rng.random() < 0.22 else rng.choice(GIVEN2)
        name = s + g
        if name in names or name in USED_BEFORE or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    return names


# --------------------------------------------------------------------- courses

COURSES = {
    "mech": dict(
        major="机电一体化技术", code="0127", course="液压与气动系统装调", task="鞋底冲孔气动装置控制回路安装与调试",
        hours=20, station="液压与气动一体化学习工作站", seats=42,
        situation="晋江一家鞋材厂的鞋底冲孔工位原来用脚踏冲床，工人容易误伤手指。设备科决定改成气动冲孔装置：双手同时按下两个按钮气缸才伸出冲孔，松开任一按钮气缸立即退回，冲孔后延时两秒自动复位。请按照气动原理图选配元件，在实训台上完成回路安装、调试并填写调试记录。",
        qs=[("一、双手操作回路为什么能保护工人的手？",
             ["两个按钮分开安装，必须两只手同时按住气缸才动作，手就不可能伸进冲头下面。",
              "两个按钮串联控制，只按一个不起作用，操作时两只手都在按钮上，离开了危险区域。",
              "用双压阀把两个按钮的信号相与，两个都有信号才输出，避免单手操作。"]),
            ("二、调试时气缸伸出太快、冲击大，怎样处理？",
             ["在气缸的排气口装单向节流阀，采用排气节流调速，把节流阀慢慢关小。",
              "调节单向节流阀，减小排气流量，速度降下来冲击就小了。",
              "检查气源压力是否过高，把减压阀调到0.5兆帕左右，再调节流阀。"])],
        hw=[("1. 写出本回路中双压阀和梭阀的作用。",
             ["双压阀是与门，两个输入都有气才输出；梭阀是或门，任一输入有气就输出。",
              "双压阀实现双手同时操作，梭阀用在复位信号上，手动复位和延时复位都可以让气缸退回。",
              "双压阀：两路同时进气才有输出。梭阀：哪一路进气都输出。"]),
            ("2. 气动系统漏气会带来哪些问题？怎样检查？",
             ["压力下降，气缸动作无力、速度变慢。用肥皂水涂在接头处，看有没有气泡。",
              "耗气量大，空压机频繁启动。关掉阀门听声音，再用肥皂水检查管接头。",
              "冲孔力不够，冲不透鞋底。逐段检查管路和快插接头。"])],
        outputs=[("气动冲孔回路原理图", "用仿真软件画出双手操作和延时复位回路，标注元件型号。"),
                 ("元件清单与安装接线记录", "列出气缸、换向阀、双压阀、延时阀等元件，记录安装顺序。"),
                 ("回路调试记录表", "记录了气源压力、气缸速度和延时时间的调试数据。")]),
    "ev": dict(
        major="新能源汽车检测与维修", code="0435", course="新能源汽车空调系统检修", task="电动压缩机不工作故障诊断与排除",
        hours=16, station="新能源汽车空调检修一体化学习工作站", seats=40,
        situation="一辆纯电动SUV开进泉州某4S店，车主说打开空调以后只有风没有冷气，仪表没有故障灯。服务顾问开出维修工单，派给新能源维修班组。要求按照高压安全规范完成断电和验电，用诊断仪读取空调系统数据，查出电动压缩机不工作的原因并修复，最后填写维修工单交车。",
        qs=[("1. 检查高压部件之前要做哪些安全措施？",
             ["穿戴绝缘手套和护目镜，关闭点火开关，断开低压蓄电池负极，拔下维修开关，等五分钟后用万用表验电。",
              "设置隔离带和警示牌，检查绝缘工具，断开维修开关并妥善保管，确认母线电压低于安全值。",
              "先检查绝缘手套有没有漏气，断电以后验电，确认没有电才可以作业。"]),
            ("2. 诊断仪读到“压缩机控制器通讯丢失”，下一步查什么？",
             ["查压缩机控制器的低压供电、搭铁和CAN线，测量CAN高和CAN低的电压。",
              "先看保险丝，再量控制器插头的12伏供电和CAN线电阻，应该是60欧左右。",
              "检查插接器有没有松动、腐蚀，然后测CAN总线终端电阻。"])],
        hw=[("一、电动压缩机和传统压缩机有什么不同？",
             ["电动压缩机由高压电驱动的电机带动，不用发动机皮带，转速可以无级调节。",
              "传统的靠发动机皮带和电磁离合器，电动的用高压电，停车也能制冷。",
              "电动压缩机内部集成了电机和控制器，冷冻油要用绝缘的专用油。"]),
            ("二、本车故障的原因是什么？怎样修复的？",
             ["压缩机控制器的低压供电保险丝烧断，更换同规格保险丝后压缩机正常工作。",
              "控制器插头CAN线针脚退针，重新固定插针后通讯恢复，空调制冷正常。",
              "低压供电线束插头腐蚀接触不良，清洁处理以后故障排除。"])],
        outputs=[("高压断电与验电作业记录", "按步骤记录了断电、等待、验电的时间和测量值。"),
                 ("空调系统故障诊断报告", "写明故障现象、数据流、检测过程和结论。"),
                 ("维修工单与交车说明", "填写了维修项目和更换的零件，向车主说明使用注意事项。")]),
    "hotel": dict(
        major="饭店(酒店)服务", code="0504", course="前厅服务与管理", task="散客入住登记办理",
        hours=14, station="酒店前厅服务一体化实训室", seats=40,
        situation="漳州古城旁边的一家四星级酒店周末入住率很高，前台常常排队。大堂经理希望新来的前台接待员能在三分钟内为预订散客和未预订散客办理好入住：查验证件、确认房型和房价、收取押金、制作房卡，并介绍早餐时间和酒店设施。",
        qs=[("问题一 为预订散客办理入住的程序是什么？",
             ["问候客人，查找预订，核对姓名和房型，查验身份证，填写登记单，收押金，制作房卡，指引电梯。",
              "先确认预订信息，再请客人出示证件，刷证件登记，预授权收押金，交房卡并介绍早餐。",
              "微笑问候，核对预订，登记，收押金，发房卡，祝客人入住愉快。"]),
            ("问题二 客人没有预订，想要的房型已经满了，怎么办？",
             ["向客人道歉，推荐相近的房型，说明价格和区别，让客人自己选择。",
              "介绍还有的房型，可以适当升级或者给早餐优惠，尽量留住客人。",
              "先推荐其他房型，客人不同意的话帮忙联系附近的同档次酒店。"])],
        hw=[("1. 办理入住时为什么一定要查验身份证件？",
             ["这是公安部门的规定，旅馆要如实登记旅客身份信息，保证安全。",
              "要实名登记上传公安系统，也能确认客人就是预订人。",
              "法律规定住宿必须登记身份，防止冒用他人身份。"]),
            ("2. 写一段向客人介绍早餐的服务用语。",
             ["您的早餐在二楼闽南餐厅，时间是早上六点半到十点，凭房卡用餐，祝您入住愉快。",
              "先生您好，早餐在二楼，六点半开始，有漳州卤面和四果汤，欢迎品尝。",
              "早餐时间六点半到十点，地点在二楼餐厅，房价里含两份早餐。"])],
        outputs=[("入住登记情景演练记录", "记录了预订散客和未预订散客两个情景的对话和用时。"),
                 ("前台服务用语卡", "整理了问候、核对、收押金、介绍设施等环节的标准用语。"),
                 ("房态表与入住登记单", "按情景填写了房态表和入住登记单样张。")]),
    "ecom": dict(
        major="电子商务", code="0603", course="新媒体营销", task="安溪铁观音短视频文案策划",
        hours=16, station="新媒体运营一体化学习工作站", seats=44,
        situation="安溪一家茶企准备在秋茶上市时做一组短视频推广，目标客户是二十五到四十岁的城市白领。企业的新媒体主管给出三条要求：每条视频不超过六十秒，前三秒要有吸引点，要讲清楚铁观音的产地、工艺和冲泡方法。请完成选题、文案和分镜脚本，拍出样片。",
        qs=[("任务1 短视频的前三秒为什么特别重要？",
             ["用户刷到视频三秒内决定要不要看下去，开头不吸引人完播率就很低。",
              "平台按完播率推荐，前三秒留不住人，视频就推不出去。",
              "开头要有冲突或者悬念，比如“一泡好茶要摇青几次？”。"]),
            ("任务2 写出你的视频选题和理由。",
             ["选题是“跟着茶农过一天”，用真实场景展示采茶和做青，白领喜欢看慢生活。",
              "选题“三分钟学会泡铁观音”，实用，方便上班族收藏。",
              "选题“秋茶为什么香”，讲清楚季节和工艺，突出产品卖点。"])],
        hw=[("一、什么是完播率？怎样提高完播率？",
             ["看完整个视频的人数占播放人数的比例。开头设悬念，节奏紧凑，时长不要太长。",
              "完整看完的比例。视频要短，前面就给出看点，结尾加互动。",
              "完播率高说明内容吸引人，可以用字幕和背景音乐提高观看体验。"]),
            ("二、短视频文案里能不能写“最好的茶”“治病”这类词？为什么？",
             ["不能，广告法禁止用“最好”这类绝对化用语，茶叶也不能宣传治疗作用。",
              "不能写，属于违规宣传，会被平台限流甚至处罚。",
              "不可以，要实事求是，只能说口感和工艺。"])],
        outputs=[("短视频选题策划表", "列出三个选题，分析目标人群和卖点，选定一个。"),
                 ("短视频文案与分镜脚本", "写了六十秒视频的口播文案，分成十二个镜头。"),
                 ("样片数据复盘", "样片发布三天后统计了播放、完播和互动数据并复盘。")]),
    "care": dict(
        major="健康与社会照护", code="0529", course="康复照护", task="偏瘫老年人床椅转移照护",
        hours=14, station="康复照护一体化学习工作站", seats=36,
        situation="龙岩一家医养结合的养老院里，七十六岁的陈奶奶三个月前脑梗，左侧肢体偏瘫，现在能坐稳但不能独立站立。康复师建议每天协助她从床上转移到轮椅上，到活动室参加康复训练。请评估老人的情况，制定转移方案，安全地完成床椅转移并做好记录。",
        qs=[("1. 转移前要评估老人哪些情况？",
             ["意识、生命体征、坐位平衡、健侧肢体的力量，还有老人自己是否愿意。",
              "看老人精神好不好，量血压，试一下能不能坐稳，健侧手能不能抓握。",
              "评估肌力和平衡能力，检查皮肤和管路，和老人沟通取得配合。"]),
            ("2. 轮椅应该放在什么位置？为什么？",
             ["放在老人健侧，和床成三十到四十五度角，刹好车闸，收起脚踏板，这样老人可以用健侧发力。",
              "放在右边健侧，斜放，刹车，这样转身的距离短，比较安全。",
              "轮椅靠近床的健侧，固定好，防止转移时轮椅滑动。"])],
        hw=[("一、偏瘫老人床椅转移时照护员站在哪一侧？",
             ["站在老人患侧的前方，用膝盖抵住老人的患侧膝盖，防止腿软跪倒。",
              "站在患侧，保护患侧膝关节，双手扶住老人的腰部。",
              "在患侧前面，一手扶腰一手扶肩，和老人一起数一二三站起来。"]),
            ("二、转移完成后要观察和记录什么？",
             ["观察老人有没有头晕、面色和呼吸是否正常，坐姿是否舒适，记录转移时间和老人反应。",
              "询问老人感觉，检查皮肤有没有擦伤，记录在照护记录单上。",
              "看老人坐得稳不稳，系好安全带，记录过程和异常情况。"])],
        outputs=[("老年人转移能力评估表", "从意识、平衡、肌力和配合程度四个方面评估并给出结论。"),
                 ("床椅转移照护计划", "写明转移前准备、转移步骤、安全要点和应急处理。"),
                 ("照护过程记录与反思", "记录一次完整的转移过程，写了老人的反应和自己的改进。")]),
    "tcm": dict(
        major="中药", code="1301", course="中药炮制技术", task="蜜炙黄芪饮片炮制",
        hours=12, station="中药炮制一体化学习工作站", seats=46,
        situation="龙岩一家中药饮片厂接到医院药剂科的订单，需要蜜炙黄芪五十千克。生产主管要求按《中国药典》和企业操作规程，先把炼蜜加适量开水稀释，与黄芪片拌匀闷润，再用文火炒至深黄色、不粘手，取出放凉，并完成质量检查和生产记录。",
        qs=[("一、炼蜜为什么要加开水稀释？加多少？",
             ["炼蜜太稠拌不匀，加开水稀释以后容易吸进药材里。一般每一百千克黄芪用炼蜜二十五千克。",
              "稀释了才能和药片拌均匀、润透。开水的量以能拌匀为度。",
              "方便吸收，蜜不会都粘在表面，炒的时候不容易焦。"]),
            ("二、怎样判断蜜炙黄芪炒好了？",
             ["表面深黄色，有光泽，略带焦斑，有蜜香气，用手摸不粘手。",
              "颜色变深黄，闻到蜜香，摸起来不粘手就可以出锅。",
              "看颜色、闻气味、手试不粘，放凉以后检查有没有焦糊片。"])],
        hw=[("1. 蜜炙黄芪和生黄芪的功效有什么区别？",
             ["生黄芪长于益卫固表、利水消肿；蜜炙以后甘温而偏润，长于益气补中。",
              "生用偏于固表止汗，蜜炙以后补中益气的作用更强。",
              "蜜炙增强补气作用，生用主要固表利水。"]),
            ("2. 炮制过程中要填写哪些记录？",
             ["批生产记录：投料量、炼蜜用量、闷润时间、炒制温度和时间、成品量、操作人和复核人。",
              "记录原料批号、辅料用量、工艺参数和成品收率。",
              "每一步的时间和数量都要记，还要有质量检查结果。"])],
        outputs=[("蜜炙黄芪炮制工艺卡", "写明炼蜜用量、闷润时间、火候和成品标准。"),
                 ("批生产记录", "完整记录了投料、炒制和成品称量的数据。"),
                 ("成品质量检查报告", "检查了性状、水分和杂质，结论为合格。")]),
    "anim": dict(
        major="计算机动画制作", code="0306", course="二维动画制作", task="畲族彩带宣传短片分镜设计",
        hours=18, station="数字动画创作一体化学习工作站", seats=36,
        situation="宁德市文旅部门准备在“三月三”畲族歌会期间播放一部九十秒的二维动画宣传片，介绍畲族彩带的织法和寓意。动画公司把前期分镜的任务交给实习组：根据给定的剧本，完成角色设定草图和不少于二十个镜头的分镜表，标注景别、运镜和时长。",
        qs=[("1. 分镜表里要标注哪些内容？",
             ["镜号、画面草图、景别、运镜方式、画面内容、对白或音效、时长。",
              "每个镜头的编号、画面、景别、镜头运动、台词和秒数。",
              "画面、景别、时长是必须的，还要写转场方式。"]),
            ("2. 表现彩带编织的细节应该用什么景别？",
             ["用特写，让观众看清手指挑线和彩带上的花纹。",
              "近景和特写交替，先看人物再看手上的动作。",
              "大特写拍花纹，配合慢推镜头。"])],
        hw=[("一、什么是“轴线原则”？",
             ["两个人物之间假想一条线，摄像机要在线的同一侧拍，否则人物方向会乱。",
              "拍对话时镜头不能越过两人之间的连线，越轴会让观众搞不清方向。",
              "在轴线一侧设置机位，保持人物在画面中的左右关系不变。"]),
            ("二、你的分镜一共多少个镜头？总时长怎样控制在九十秒？",
             ["一共二十四个镜头，开头和结尾各五秒，中间每个镜头三到四秒，合计九十秒。",
              "二十二个镜头，用表格把时长加起来，超出的把空镜头删掉。",
              "二十个镜头，先排时间线，再调整每个镜头的秒数。"])],
        outputs=[("畲族少女角色设定图", "画了正面、侧面、背面三视图，服饰参考了凤凰装。"),
                 ("宣传短片分镜表", "完成了二十四个镜头的分镜，标注景别、运镜和时长。"),
                 ("动态分镜预览", "把分镜画面导入软件，配上音乐做成九十秒的动态预览。")]),
    "metro": dict(
        major="城市轨道交通运输与管理", code="0431", course="城市轨道交通车站应急处理", task="站台门故障应急处置",
        hours=16, station="城市轨道交通车站综合实训室", seats=40,
        situation="早高峰时，某地铁车站上行站台的第六档站台门在列车进站后无法打开，站台上乘客开始聚集。行车值班员通过监控发现情况后，要求站务员立即到场处置：确认故障、手动开门、引导乘客上下车、在故障门处张贴告示并安排专人看守，同时报告车站控制室。",
        qs=[("1. 站台门打不开时，站务员到场后先做什么？",
             ["先确认是哪一档门，用对讲机报告车控室，然后用专用钥匙手动打开，引导乘客上下车。",
              "报告行车值班员，确认列车停稳，再用钥匙开门。",
              "确认故障门的位置，组织乘客从相邻的门上下车，同时报告。"]),
            ("2. 列车开走后，故障站台门怎样处理？",
             ["把门关好，设置为隔离状态，张贴“此门故障暂停使用”的告示，安排人员看守，报维修。",
              "关门并隔离，贴告示，设置围挡，通知维修部门。",
              "手动关闭锁好，挂牌隔离，填写故障报修单。"])],
        hw=[("一、站台门的作用有哪些？",
             ["防止乘客掉下轨道，减少站台空调冷量流失，降低噪音。",
              "保障安全，节能，改善站台环境。",
              "隔离站台和轨道，保证乘客安全。"]),
            ("二、应急处置中怎样和乘客沟通？",
             ["用简短清楚的话引导，比如“请从旁边的门上车”，语气平和，不要让乘客拥挤。",
              "配合广播，手势引导，耐心回答乘客的问题。",
              "先安抚乘客，说明情况，引导他们有序上下车。"])],
        outputs=[("站台门故障应急处置流程图", "画出从发现故障到恢复运营的处置流程。"),
                 ("应急演练记录表", "记录了演练时间、人员分工和各环节用时。"),
                 ("乘客引导用语汇编", "整理了站台门故障时的广播词和引导用语。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师/技师", "高级实习指导教师/高级技师", "企业兼职教师/高级工"]

# ----------------------------------------------------------------- submissions
# students: the three of items 8/11/12; items: what an item really holds when
# it differs; extra_class: planted classmates; outsiders: {name: class};
# absent_from_10: class members without an item-10 record; form_size: 班级人数
# on the form when it differs from the class; bad: {name: kind};
# notes: {name or @k: note}; dup: a name two students of the class share.

SUBS = [
    dict(school="泉州市刺桐技工学校", pack="dir", sub="机电一体化技术-鞋底冲孔气动装置控制回路安装与调试", course="mech",
         cls="机电2302班", size=41, seed=11, students=["阿依古丽·买买提", "钟离思远", "柯瑜"],
         extra_class=["连志鹏", "连志朋", "濮阳景瑞"], teachers=["黄建安", "陈丽卿", "郑国梁"],
         form="docx", form_key="班级人数", form_count="在籍学生41人", roster="xlsx_merged",
         f8="mech_form_table", f10="mech_two_tables", f11="mech_list_typed", f12="mech_photo", findings=[],
         comment="clean: Uyghur name 阿依古丽·买买提 (middle dot U+00B7, one of the three, written the same in every "
                 "item and the roster); compound 钟离思远 (one of the three) and 濮阳景瑞; 2-char 柯瑜 (one of the "
                 "three) padded `柯　瑜` in the typed item 10, as every 2-char name there; 连志鹏/连志朋 (one character "
                 "apart) in class; item 8 starts each student with a form-like table `班级 | 姓名 | 组别 | 日期` (header "
                 "row, value row; name in UKai), teacher 黄建安 (`指导教师：`) on every page; item 10 typed, TWO tables "
                 "each listing the whole class (理论 on page 1, 实操 on page 2); item 12 phone photos; roster xlsx with "
                 "a merged title row and a merged group header above the column names; form `在籍学生41人`"),
    dict(school="泉州市刺桐技工学校", pack="dir", sub="新能源汽车检测与维修-电动压缩机不工作故障诊断与排除", course="ev",
         cls="新能2301班", size=38, seed=12, students=["卓俊熠", "池欣妍", "庄明睿"],
         outsiders={"庄明睿": "新能2302班"}, extra_class=["傅嘉诚"], bad={"傅嘉诚": "over"},
         teachers=["施振华", "吴美玲"],
         form="docx", form_key="班级人数", form_count="38", f8="ev_workorder_color", f10="ev_sorted_mono",
         f11="ev_finisher_color", f12="ev_wenkai_mono150",
         findings=[("students.not_in_class", 8, True, "庄明睿"), ("records.invalid_score", 10, False, "傅嘉诚")],
         comment="庄明睿 of 新能2302班 (a parallel class, stated on every page) is the third student of items 8/11/12 "
                 "(all scanned); item 10 (38 rows = 班级人数 38) has no record of him: students.not_in_class; item 10 "
                 "sorted by 总分 (名次 column) instead of 学号, 1-bit 200 dpi: 傅嘉诚 has 46 under 检测操作(40) "
                 "(总分 98 is the sum): records.invalid_score; no roster"),
    dict(school="漳州市芗城高级技工学校", pack="zip", sub="饭店(酒店)服务-散客入住登记办理", course="hotel",
         cls="酒店2301班", size=39, seed=21, students=["翁诗涵", "施雅琳", "蔡明哲"],
         extra_class=["温沁怡"], absent_from_10=["温沁怡"], teachers=["李婉华", "林志坚"],
         notes={"@7": "请假1次", "@30": "补考"},
         form="pdf", form_key="实有人数", form_count="39", roster="pdf_two_up",
         f8="hotel_box_fold", f10="hotel_grades_fold", f11="hotel_trainee_typed", f12="hotel_sungti_hand",
         findings=[("records.missing_student", 10, False, "温沁怡"), ("records.count_mismatch", 10, False)],
         comment="the roster 酒店2301班学生名单.pdf (typed, two students per row, 39) and the form (`实有人数 | 39`) "
                 "list 温沁怡; item 10 (scanned 200 dpi gray with a fold shadow down the middle) has 38 records and "
                 "none for her (a gap in the 学号 sequence): records.missing_student, records.count_mismatch. Item 10 "
                 "grades 优/良/中/差 per task and a points total (积分, the grades converted as the caption says)"),
    dict(school="漳州市芗城高级技工学校", pack="zip", sub="电子商务-安溪铁观音短视频文案策划", course="ecom",
         cls="电商2302班", size=43, seed=22, students=["洪晓薇", "苏梓航", "康乐怡"],
         items={12: ["洪晓薇", "苏梓航"]}, extra_class=["许振东"], bad={"许振东": "sum"},
         teachers=["蔡秀英", "郑伟民", "王丽娜"],
         form="pdf", form_key="班级人数", form_count="43人",
         f8="ecom_name_sid", f10="ecom_sum_border_color", f11="ecom_creator_typed", f12="ecom_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "许振东")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos) holds the homework of only 洪晓薇 and 苏梓航 (康乐怡's is missing; items 8 "
                 "and 11 hold all three): students.count on 12, students.mismatch optional; item 10 (scanned colour "
                 "200 dpi, dark lid edge) `文案策划(30) 脚本撰写(30) 成片效果(40) 总分`: 许振东's 总分 is 88 for "
                 "25 + 27 + 33 = 85: records.invalid_score; no roster"),
    dict(school="龙岩市永定技工学校", pack="gbkzip", sub="健康与社会照护-偏瘫老年人床椅转移照护", course="care",
         cls="照护2301班", size=36, seed=31, students=["卢佩琳", "龚欣然", "涂静雯"],
         items={11: ["卢佩琳", "龚欣然", "魏舒敏"]}, extra_class=["魏舒敏"], teachers=["邱秀兰", "游宏伟"],
         notes={"@12": "病假1次"},
         form="docx", form_key="班级人数", form_count="36",
         f8="care_header_only", f10="care_border", f11="care_name_color", f12="care_wenkai",
         findings=[("students.mismatch", 11, True)],
         comment="item 11 (scanned colour 200 dpi) holds the work of 魏舒敏 (a classmate with an item-10 record) "
                 "instead of 涂静雯: students.mismatch. Item 8: the student is named only in the small running page "
                 "header `康复照护　学习工作页｜照护2301班｜学生：…` of each of her two pages; item 10 scanned 250 "
                 "dpi gray with a dark lid edge; no roster"),
    dict(school="龙岩市永定技工学校", pack="gbkzip", sub="中药-蜜炙黄芪饮片炮制", course="tcm",
         cls="中药2301班", size=45, seed=32, students=["林晓燕", "苏婧", "长孙宇航"], dup="林晓燕",
         extra_class=["苏婧怡", "卓雅琴", "卓雅芹", "闻人子墨"], teachers=["詹丽红", "罗建华", "谢春梅"],
         notes={"闻人子墨": "缺考", "@20": "休学", "@9": "请假1次", "@33": "补交作业"},
         form="docx", form_key="班级人数", form_count="45人", roster="xlsx",
         f8="tcm_underline_mono", f10="tcm_weighted", f11="tcm_finisher_typed", f12="tcm_ukai", findings=[],
         comment="clean: two students named 林晓燕 (学号 …07 is one of the three, the other is …31: told apart by "
                 "学号 on every page); 2-char 苏婧 (one of the three) with 3-char classmate 苏婧怡; 卓雅琴/卓雅芹 "
                 "(one character apart); compound 长孙宇航 (one of the three) and 闻人子墨 (缺考, `—` in every score "
                 "column); a 休学 row with empty scores; notes 请假1次, 补交作业; item 10 `总评=过程×40%+结果×60%` "
                 "in a caption line, 总评 one decimal; teacher 詹丽红 (`批阅教师：`) on every worksheet; roster xlsx "
                 "(45, both 林晓燕 with their 学号)"),
    dict(school="宁德市三都澳技师学院", pack="dir", sub="计算机动画制作-畲族彩带宣传短片分镜设计", course="anim",
         cls="动画2301班", size=33, form_size=34, seed=41, students=["雷嘉伟", "蓝思琪", "钟宛宁"],
         items={8: ["雷嘉伟", "蓝思琪", "钟宛宁", "郭子峻"]}, extra_class=["郭子峻"], teachers=["蓝海峰", "雷秀珍"],
         form="pdf", form_key="班级人数", form_count="34", f8="anim_landscape_color", f10="anim_gray250",
         f11="anim_maker_typed", f12="anim_ukai_color",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (landscape storyboard sheets, scanned colour 200 dpi) holds four: the three and classmate "
                 "郭子峻 (with an item-10 record): students.count on 8, students.mismatch optional; the form says "
                 "班级人数 34, item 10 (scanned 250 dpi gray) lists 33 (序号 1–33), no roster: records.count_mismatch"),
    dict(school="宁德市三都澳技师学院", pack="dir", sub="城市轨道交通运输与管理-站台门故障应急处置", course="metro",
         cls="城轨2302班", size=40, seed=42, students=["叶晨希", "颜浩楠", "骆一鸣"],
         absent_from_10=["骆一鸣"], teachers=["阮志明", "薛美华"], notes={"@5": "请假1次"},
         form="pdf", form_key="班级人数", form_count="40（男23，女17）", f8="metro_mono", f10="metro_fold",
         f11="metro_cover_below", f12="metro_wenkai_mono",
         findings=[("students.not_in_class", 8, True, "骆一鸣"), ("records.count_mismatch", 10, False)],
         comment="a forgotten record: 骆一鸣 (城轨2302班, the same class) is the third student of items 8/11/12 "
                 "(all scanned), but item 10 (scanned 200 dpi gray, fold shadow) has 39 rows and none for him (a "
                 "gap in the 学号 sequence): students.not_in_class; the form says 班级人数 `40（男23，女17）`: "
                 "records.count_mismatch (39 for 40); no roster, so no records.missing_student is expected"),
]


# ---------------------------------------------------------------- helpers

def sid_of(s, n, k=None):
    """Student number: 23, 35 (Fujian), school seed, 1|2 class, roll.
    k: the roll index when two students share the name."""
    if n in s.get("outsiders", {}):
        return "2335%02d2%02d" % (s["seed"], 9 + len(n) * 3)
    if k is None:
        k = s["klass"].index(n)
    return "2335%02d1%02d" % (s["seed"], k + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, font="Noto Sans CJK SC", size="10.5pt", page=""):
    style = "body{font-family:\"%s\";font-size:%s}" % (font, size)
    if page:
        style += "@page{%s}" % page
    return '<html><head><meta charset="utf-8"><style>%s</style></head><body>\n%s\n</body></html>\n' % (style, body)


PB = '<p style="page-break-before:always"></p>'
UKAI = 'style="font-family:\'AR PL UKai CN\';color:#22336e;font-size:14pt"'
WENKAI = 'style="font-family:\'LXGW WenKai\';color:#22336e;font-size:14pt"'
RED = 'style="font-family:\'AR PL UKai CN\';color:#bf2318"'


def cell(x, extra="", pad="2px 5px"):
    return '<td style="border:0.75pt solid #000;padding:%s"%s>%s</td>' % (pad, extra, x)


def table(header, rows, width="100%", pad="2px 5px"):
    h = "".join(cell("<b>%s</b>" % x, ' align="center"', pad) for x in header)
    body = "".join("<tr>%s</tr>" % "".join(cell(x, ' align="center"', pad) for x in r) for r in rows)
    return '<table style="border-collapse:collapse" width="%s"><tr>%s</tr>%s</table>' % (width, h, body)


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


def pad2(n):
    """Word tables pad a 2-character name with a full-width space."""
    return n[0] + "\u3000" + n[1] if len(n) == 2 else n


def form_html(s, c):
    t = s["teachers"]
    rows = "".join("<tr>%s</tr>" % "".join(cell(x) for x in (
        i + 1, n, "女" if (i + s["seed"]) % 2 else "男", TITLES[(i + s["seed"]) % len(TITLES)],
        "%d年" % (4 + 2 * i), "是")) for i, n in enumerate(t))
    kv = [("专业名称", c["major"], "专业代码", c["code"]), ("课程名称", c["course"], "学习任务", c["task"]),
          ("任务学时", "%d学时" % c["hours"], "授课班级", s["cls"]), (s["form_key"], s["form_count"], "工位数", "%d个" % c["seats"]),
          ("课堂负责人", t[0], "联系电话", "059%d-27%02d%03d" % (s["seed"] % 10, s["seed"], 300 + s["seed"] * 11))]
    kvrows = "".join("<tr>%s</tr>" % "".join(cell(x) for x in r) for r in kv)
    return html("""<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>专业名称：{major}</p><p>专业编码：{code}</p><p>课程名称：{course}</p><p>学习任务：{task}</p>
<p>课堂负责人：{lead}</p><p>申报单位：{school}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂概况</h3><table style="border-collapse:collapse" width="100%">{kvrows}</table>
<h3>二、教学团队</h3><table style="border-collapse:collapse" width="100%"><tr>{hd}</tr>{rows}</table>
<h3>三、学习任务来源</h3><p>“{task}”来自闽南地区合作企业的真实生产和服务项目，经企业专家和教师共同转化为学习任务。</p>
<h3>四、教学条件</h3><p>在{station}实施教学，设{seats}个工位，配有企业标准、操作视频和工作页。</p>
<h3>五、评价方式</h3><p>采用过程考核与结果考核相结合，企业导师参与评价。</p>
<h3>六、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学：学生明确任务、查阅资料，小组制定工作计划，师生讨论确定方案，学生按计划实施，教师巡回指导并控制质量与安全，最后展示成果并进行评价反馈。</p>
<h3>七、成效与特色</h3><p>学生的专业能力与职业素养同步提升，任务成果得到企业认可。</p>
<h3>八、承诺</h3><p>本课堂提交的建设成果均真实、原创。</p><p>团队教师签名：{sign}</p>
""".format(major=c["major"], code=c["code"], course=c["course"], task=c["task"], lead=t[0], school=s["school"],
           d=3 + s["seed"] % 20, kvrows=kvrows,
           hd="".join(cell("<b>%s</b>" % x) for x in ("序号", "姓名", "性别", "职称/技能等级", "企业实践年限", "一体化培训")),
           rows=rows, station=c["station"], seats=c["seats"], sign="、".join(t)))


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程是{major}专业的工学一体化课程，依据国家课程标准，结合海西地区企业的岗位要求进行校本转化。\n二、学习任务设置\n课程共设若干代表性工作任务，其中“{task}”为{hours}学时。\n三、教学实施建议\n以真实任务为载体，按完整工作过程实施，过程考核与结果考核并重。",
    2: "{school}\n学习任务分析——{task}\n一、任务情境\n{situation}\n二、工作过程\n领取任务、收集资料、制定方案、实施、检查、交付与评价。\n三、学习目标\n能依据规范独立完成本任务，能清楚地记录和汇报工作结果。",
    3: "{school}\n{task}　教学活动策划\n活动一：领取任务，明确要求\n活动二：收集信息，制定计划\n活动三：实施任务，过程控制\n活动四：成果展示，评价反馈",
    4: "{school}\n{course}　教学进度计划\n第1周：任务导入、收集信息\n第2周：制定计划、做出决策\n第3—4周：实施计划、过程控制\n第5周：成果展示与评价反馈\n共计{hours}学时",
    5: "{school}\n{task}　教学活动方案\n1. 情境导入（2学时）：播放企业现场视频，发放工作页。\n2. 信息收集（2学时）：学生分组查阅资料，回答引导问题。\n3. 任务实施：学生按计划操作，教师巡回指导。\n4. 评价反馈（2学时）：小组展示，自评、互评、师评，布置课后作业。",
    6: "{school}\n学习任务资源及清单\n1. 学生工作页\n2. 企业操作规程与技术标准\n3. 微课视频与课件\n4. {station}（{seats}个工位）\n资源样例附后。",
    7: "{school}\n{station}图文说明\n工作站设资料查询区、研讨区、操作区和展示区，共{seats}个工位，配有安全规程和6S管理看板。\n（照片见附页）",
    9: "{school}\n{task}　考核方案\n一、考核方式：过程考核与结果考核相结合。\n二、考核内容：工作页完成情况、操作过程、成果质量和职业素养。\n三、考核结果填入学习任务考核记录表，由任课教师签字。",
}


def short_item(n, c, s):
    return SHORT[n].format(school=s["school"], course=c["course"], major=c["major"], task=c["task"],
                           hours=c["hours"], situation=c["situation"], station=c["station"], seats=c["seats"]) + "\n"


NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def file_name(s, n):
    style = s["seed"] // 10
    name = NAMES[n]
    if style == 1:  # 泉州: "附件3-08 工作页.pdf"
        return "附件3-%02d %s.pdf" % (n, name)
    if style == 2:  # 漳州: "第08项 工作页.pdf"
        return "第%02d项 %s.pdf" % (n, name)
    if style == 3:  # 龙岩: "(8)工作页.pdf"
        return "(%d)%s.pdf" % (n, name)
    return "%02d%s.pdf" % (n, name)  # 宁德: "08工作页.pdf", no separator


def ans(c, part, qi, pos):
    q, answers = c[part][qi]
    return q, answers[pos % len(answers)]


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 完整", "√ 8分", "√ 思路清楚", "√ 9分", "√ 注意规范", "√ 10分"])


def questions(c, i, rng, font):
    out = ""
    for qi in range(len(c["qs"])):
        q, a = ans(c, "qs", qi, i)
        out += '<p><b>%s</b></p><p %s>%s</p><p %s>%s</p><p>&nbsp;</p>' % (q, font, a, RED, mark(rng))
    return out


# ------------------------------------------------------------------ item 8

def item8(s, c, names):
    f = s["f8"]
    t = s["teachers"]
    rng = random.Random(s["seed"] * 8)
    parts = []
    page = ""
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        k = s["sid_index"].get(n)
        if f == "mech_form_table":
            form = '<table style="border-collapse:collapse" width="100%%"><tr>%s</tr><tr>%s</tr></table>' % (
                "".join(cell("<b>%s</b>" % x, ' align="center"') for x in ("班级", "姓名", "组别", "日期")),
                "".join(cell(x, ' align="center"') for x in (cl, '<span %s>%s</span>' % (UKAI, n), "第%d组" % (i + 2),
                                                             day(s, i))))
            parts.append('<h2 style="text-align:center">{course}　学习工作页</h2>{form}<p>&nbsp;</p>'
                         '<p><b>学习任务：</b>{task}</p><p><b>任务情境：</b>{sit}</p>'
                         '<p>请识读气动原理图，列出所需元件，并回答引导问题。</p><p>&nbsp;</p>'
                         '<p style="text-align:right">指导教师：{t0}</p>'.format(course=c["course"], form=form, task=c["task"],
                                                                             sit=c["situation"], t0=t[0]))
            parts.append('<p style="font-size:9pt">{course}　学习工作页（续）</p><hr/>{qs}'
                         '<p style="text-align:right">指导教师：{t0}　　得分：<span {r}>{sc}</span></p>'.format(
                             course=c["course"], qs=questions(c, i, rng, UKAI), t0=t[0], r=RED, sc=86 + i * 3))
        elif f == "ev_workorder_color":
            kv = [("工单号", "QZ-EV-2024%02d%02d" % (10 + i, 7 + i), "日期", day(s, i)),
                  ("车型", "纯电动SUV", "行驶里程", "%d公里" % (23000 + 4100 * i)),
                  ("维修学员", '<span %s>%s</span>' % (UKAI, n), "班级", cl),
                  ("指导教师", t[0], "工位", "%d号" % (3 + i))]
            tb = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
                "<tr>%s</tr>" % "".join(cell(x) for x in r) for r in kv)
            parts.append('<h2 style="text-align:center">维修工单（学习工作页）</h2>%s<p>&nbsp;</p>'
                         '<p><b>故障描述：</b>%s</p><h3>引导问题</h3>%s<p>学员签名：<span %s>%s</span></p>'
                         % (tb, c["situation"], questions(c, i, rng, UKAI), UKAI, n))
        elif f == "hotel_box_fold":
            box = ('<table style="border-collapse:collapse" width="40%%" align="right"><tr>%s%s</tr><tr>%s%s</tr></table>'
                   % (cell("实训生"), cell('<span %s>%s</span>' % (WENKAI, n)), cell("得　分"),
                      cell('<span %s>%d</span>' % (RED, 88 + i * 2))))
            parts.append('<h2 style="text-align:center">{course}　工作页</h2>{box}<p>班级：{cl}</p><p>任务：{task}</p>'
                         '<p>&nbsp;</p><p><b>工作情境</b>　{sit}</p>{qs}<p style="text-align:right">授课教师：{t0}　{d}</p>'.format(
                             course=c["course"], box=box, cl=cl, task=c["task"], sit=c["situation"],
                             qs=questions(c, i, rng, WENKAI), t0=t[0], d=day(s, i)))
        elif f == "ecom_name_sid":
            parts.append('<p style="text-align:right">姓名（学号）：<span {w}>{n}</span>（{sid}）</p>'
                         '<h2 style="text-align:center">{task}　工作页</h2><p>班级：{cl}　　指导教师：{t0}</p><hr/>'
                         '<p><b>项目背景</b>　{sit}</p>{qs}<p style="text-align:right">指导教师：{t0}</p>'.format(
                             w=WENKAI, n=n, sid=sid_of(s, n), task=c["task"], cl=cl, t0=t[0], sit=c["situation"],
                             qs=questions(c, i, rng, WENKAI)))
        elif f == "care_header_only":
            hdr = '<p style="font-size:8.5pt;color:#444">康复照护　学习工作页｜%s｜学生：%s</p><hr/>' % (cl, n)
            parts.append(hdr + '<h2 style="text-align:center">%s</h2><p><b>照护情境：</b>%s</p>'
                         '<p>请阅读情境，完成老人转移能力评估（下表由学生填写）。</p>%s<p>&nbsp;</p>'
                         % (c["task"], c["situation"],
                            table(["评估项目", "评估结果"], [["意识", '<span %s>清醒</span>' % WENKAI],
                                                          ["坐位平衡", '<span %s>能坐稳</span>' % WENKAI],
                                                          ["健侧肌力", '<span %s>4级</span>' % WENKAI]], width="70%")))
            parts.append(hdr + '<h3>引导问题</h3>%s<p style="text-align:right">%s</p>' % (
                questions(c, i, rng, WENKAI), day(s, i)))
        elif f == "tcm_underline_mono":
            parts.append('<h2 style="text-align:center">{course}　工作页</h2><p style="text-align:center">{task}</p>'
                         '<p>姓名<u>　<span {u}>{n}</span>　</u>　学号<u>　<span {u}>{sid}</span>　</u>　班级<u>　{cl}　</u></p><hr/>'
                         '<p><b>生产任务</b>　{sit}</p>{qs}<p style="text-align:right">批阅教师：{t0}</p>'.format(
                             course=c["course"], task=c["task"], u=UKAI, n=n, sid=sid_of(s, n, k), cl=cl,
                             sit=c["situation"], qs=questions(c, i, rng, UKAI), t0=t[0]))
        elif f == "anim_landscape_color":
            shots = [["1", "远景", "固定", "山间畲寨，晨雾", "5秒"], ["2", "中景", "推", "阿妹坐在屋檐下织彩带", "4秒"],
                     ["3", "特写", "固定", "手指挑线，彩带花纹", "3秒"], ["4", "近景", "摇", "阿婆微笑点头", "3秒"]]
            rows = [[x[0], '<span %s>%s</span>' % (UKAI, "（草图）"), x[1], x[2], '<span %s>%s</span>' % (UKAI, x[3]), x[4]]
                    for x in shots[: 3 + (i % 2)]]
            parts.append('<h3 style="text-align:center">{task}　分镜工作页</h3>'
                         '<p>姓名：<span {u}>{n}</span>　　学号：{sid}　　班级：{cl}　　指导教师：{t0}</p>{tb}'
                         '<p>镜头总数：<span {u}>{nn}</span>　　总时长：<span {u}>90秒</span></p>'.format(
                             task=c["task"], u=UKAI, n=n, sid=sid_of(s, n), cl=cl, t0=t[0], nn=20 + 2 * i,
                             tb=table(["镜号", "画面", "景别", "运镜", "画面内容", "时长"], rows, pad="14px 5px")))
            page = "size:29.7cm 21cm"
        elif f == "metro_mono":
            parts.append('<h2 style="text-align:center">{course}　学习工作页</h2><p>学生姓名：<span {w}>{n}</span>　　班级：{cl}</p>'
                         '<p>学习任务：{task}　　带教教师：{t0}</p><hr/><p><b>情境</b>　{sit}</p>{qs}'.format(
                             course=c["course"], w=WENKAI, n=n, cl=cl, task=c["task"], t0=t[0], sit=c["situation"],
                             qs=questions(c, i, rng, WENKAI)))
        else:
            raise SystemExit("item8 format %s" % f)
    meth = {"mech_form_table": "x-scanpdf:250", "ev_workorder_color": "x-scanpdf:200:color",
            "hotel_box_fold": "x-scanpdf:200:fold", "ecom_name_sid": "scanpdf:250",
            "care_header_only": "x-scanpdf:200:q45", "tcm_underline_mono": "x-scanpdf:300:mono",
            "anim_landscape_color": "x-scanpdf:200:color", "metro_mono": "x-scanpdf:200:mono"}[f]
    return "08.html", html(PB.join(parts), page=page), meth


# ------------------------------------------------------------------ item 10

def resolve_notes(s, rec):
    special = set(s["students"]) | set(s.get("extra_class", [])) | set(s.get("bad", {})) | {s.get("dup")}
    out = {}
    for key, note in s.get("notes", {}).items():
        if not key.startswith("@"):
            out[key] = note
            continue
        k = int(key[1:]) - 1
        while rec[k] in special or rec[k] in out:
            k += 1
        out[rec[k]] = note
    s["notes_resolved"] = out


def parts_for(rng, maxima):
    level = rng.uniform(0.62, 0.96)
    return [max(0, min(m, round(m * (level + rng.uniform(-0.08, 0.08))))) for m in maxima]


def item10(s, c, rec):
    """rec: list of (name, roll index) of the item-10 records."""
    f = s["f10"]
    rng = random.Random(s["seed"] * 10)
    t = s["teachers"]
    bad = s.get("bad", {})
    notes = s["notes_resolved"]
    head = '<h3 style="text-align:center">%s　学习任务考核记录</h3><p>课程：%s　　学习任务：%s　　班级：%s　　日期：%s</p>' % (
        s["school"], c["course"], c["task"], s["cls"], day(s, 13))
    sign = '<p>任课教师：%s　　　教研组长：%s</p>' % ("、".join(t[:2]), t[-1])
    rows = []
    if f == "mech_two_tables":
        r1, r2 = [], []
        for i, (n, k) in enumerate(rec):
            r1.append([i + 1, sid_of(s, n, k), pad2(n), parts_for(rng, [100])[0]])
            p = parts_for(rng, [30, 40, 30])
            r2.append([i + 1, sid_of(s, n, k), pad2(n)] + p + [sum(p)])
        body = ('<h3 style="text-align:center">%s　理论考核成绩表</h3><p>学习任务：%s　　班级：%s　　考核日期：%s</p>'
                % (s["school"], c["task"], s["cls"], day(s, 12)) +
                table(["序号", "学号", "姓名", "理论考核（满分100）"], r1, width="75%", pad="0px 4px") + sign + PB +
                '<h3 style="text-align:center">%s　实操考核成绩表</h3><p>学习任务：%s　　班级：%s　　考核日期：%s</p>'
                % (s["school"], c["task"], s["cls"], day(s, 14)) +
                table(["序号", "学号", "姓名", "回路设计(30)", "安装接线(40)", "调试运行(30)", "实操成绩"], r2, pad="0px 4px") +
                '<p>说明：理论与实操分别考核，学习任务成绩＝理论×30%＋实操×70%，由教务系统计算。</p>' + sign)
        return "10.html", html(body, size="8.5pt"), "pdf"
    if f == "ev_sorted_mono":
        for n, k in rec:
            p = parts_for(rng, [40, 40, 20])
            if bad.get(n) == "over":
                p = [35, 46, 17]  # 46 > 40
            rows.append([sid_of(s, n, k), n] + p + [sum(p)])
        rows.sort(key=lambda r: (-r[-1], r[0]))
        rows = [[i + 1] + r for i, r in enumerate(rows)]
        body = head + '<p>（按总分由高到低排列）</p>' + \
            table(["名次", "学号", "姓名", "诊断流程(40)", "检测操作(40)", "安全规范(20)", "总分"], rows, pad="0px 4px") + sign
        return "10.html", html(body, size="9pt"), "x-scanpdf:200:mono"
    if f == "hotel_grades_fold":
        pts = {"优": 25, "良": 20, "中": 15, "差": 10}
        for i, (n, k) in enumerate(rec):
            level = rng.random()
            g = [rng.choice(["优", "优", "良"] if level > 0.6 else ["良", "良", "中", "优"] if level > 0.2 else ["中", "良", "差"])
                 for _ in range(4)]
            rows.append([i + 1, sid_of(s, n, k), n] + g + [sum(pts[x] for x in g), notes.get(n, "")])
        body = head + table(["序号", "学号", "姓名", "任务一", "任务二", "任务三", "任务四", "积分", "备注"], rows, pad="0px 4px") + \
            '<p>等级折算：优＝25分，良＝20分，中＝15分，差＝10分；积分为四项折算分之和，满分100分。</p>' + sign
        return "10.html", html(body, size="9pt"), "x-scanpdf:200:fold"
    if f == "ecom_sum_border_color":
        for i, (n, k) in enumerate(rec):
            p = parts_for(rng, [30, 30, 40])
            total = sum(p)
            if bad.get(n) == "sum":
                p, total = [25, 27, 33], 88  # the sum is 85
            rows.append([i + 1, n, sid_of(s, n, k)] + p + [total])
        body = head + table(["序号", "姓名", "学号", "文案策划(30)", "脚本撰写(30)", "成片效果(40)", "总分"], rows,
                            pad="0px 4px") + sign
        return "10.html", html(body, size="8.5pt"), "x-scanpdf:200:color:border"
    if f == "care_border":
        for i, (n, k) in enumerate(rec):
            p = parts_for(rng, [60, 20, 20])
            rows.append([i + 1, n] + p + [sum(p), notes.get(n, "")])
        body = head + table(["序号", "姓名", "操作流程(60)", "沟通交流(20)", "人文关怀(20)", "总分", "备注"], rows,
                            pad="0px 4px") + sign
        return "10.html", html(body, size="9pt"), "x-scanpdf:250:border:q50"
    if f == "tcm_weighted":
        for i, (n, k) in enumerate(rec):
            note = notes.get(n, "")
            if note == "缺考":
                rows.append([i + 1, sid_of(s, n, k), n, "—", "—", "—", note])
                continue
            if note == "休学":
                rows.append([i + 1, sid_of(s, n, k), n, "", "", "", note])
                continue
            a, b = parts_for(rng, [100, 100])
            rows.append([i + 1, sid_of(s, n, k), n, a, b, "%.1f" % (0.4 * a + 0.6 * b), note])
        body = head + '<p>总评=过程×40%+结果×60%</p>' + \
            table(["序号", "学号", "姓名", "过程考核", "结果考核", "总评", "备注"], rows, width="90%", pad="0px 4px") + sign
        return "10.html", html(body, size="8.5pt"), "x-scanpdf:300"
    if f == "anim_gray250":
        for i, (n, k) in enumerate(rec):
            p = parts_for(rng, [40, 40, 20])
            rows.append([i + 1, sid_of(s, n, k), n] + p + [sum(p)])
        body = head + table(["序号", "学号", "姓名", "分镜设计(40)", "动画制作(40)", "职业素养(20)", "总分"], rows,
                            pad="1px 4px") + sign
        return "10.html", html(body, size="9.5pt"), "x-scanpdf:250"
    if f == "metro_fold":
        for i, (n, k) in enumerate(rec):
            a, b = parts_for(rng, [30, 70])
            tot = a + b
            lvl = "优秀" if tot >= 90 else "良好" if tot >= 80 else "中等" if tot >= 70 else "合格" if tot >= 60 else "不合格"
            rows.append([i + 1, sid_of(s, n, k), n, a, b, tot, lvl, notes.get(n, "")])
        body = head + table(["序号", "学号", "姓名", "理论(30)", "实操(70)", "总评", "等级", "备注"], rows, pad="0px 4px") + sign
        return "10.html", html(body, size="9pt"), "x-scanpdf:200:fold"
    raise SystemExit("item10 format %s" % f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f = s["f11"]
    t = s["teachers"]
    outs = c["outputs"]
    parts = []
    if f == "mech_list_typed":
        lst = table(["序号", "成果名称", "完成学生", "指导教师"],
                    [[i + 1, outs[i % 3][0], n, t[0]] for i, n in enumerate(names)])
        for i, n in enumerate(names):
            title, desc = outs[i % 3]
            parts.append('<h3>成果%d　%s</h3><p>完成学生：%s（%s）</p><p>%s</p><p>（原理图、记录表扫描件附后）</p>'
                         % (i + 1, title, n, cls_of(s, n), desc))
        body = '<h1 style="text-align:center">学习成果汇编</h1><p style="text-align:center">%s　%s</p>%s' % (
            c["task"], s["cls"], lst) + PB + PB.join(parts)
        return "11.html", html(body), "pdf"
    if f in ("hotel_trainee_typed", "ecom_creator_typed", "anim_maker_typed", "tcm_finisher_typed"):
        for i, n in enumerate(names):
            title, desc = outs[i % 3]
            who = {"hotel_trainee_typed": "实训生：%s　　班级：%s" % (n, cls_of(s, n)),
                   "ecom_creator_typed": "创作者：%s　　%s" % (n, cls_of(s, n)),
                   "anim_maker_typed": "制作者：%s　　学号：%s　　班级：%s" % (n, sid_of(s, n), cls_of(s, n)),
                   "tcm_finisher_typed": "完成人：%s（学号%s）　　%s" % (n, sid_of(s, n, s["sid_index"].get(n)), cls_of(s, n))}[f]
            parts.append('<h2 style="text-align:center">%s</h2><p>%s</p><p>%s</p><p>&nbsp;</p><p>指导教师意见：完成较好。　%s</p>'
                         % (title, who, desc, t[i % len(t)]))
        return "11.html", html('<h2 style="text-align:center">%s　学习成果</h2>' % c["task"] + PB.join(parts)), "pdf"
    if f in ("ev_finisher_color", "care_name_color"):
        for i, n in enumerate(names):
            title, desc = outs[i % 3]
            who = ("成果完成人：<span %s>%s</span>　　班级：%s" if f == "ev_finisher_color" else
                   "学生姓名：<span %s>%s</span>　　班级：%s") % (UKAI, n, cls_of(s, n))
            parts.append('<h2 style="text-align:center">%s</h2><p>%s</p><p>%s</p><p>&nbsp;</p><p %s>评语：内容完整，步骤规范。%s</p>'
                         % (title, who, desc, RED, t[-1]))
        return "11.html", html(PB.join(parts)), "x-scanpdf:200:color"
    if f == "metro_cover_below":
        for i, n in enumerate(names):
            title, desc = outs[i % 3]
            parts.append('<p>&nbsp;</p><h1 style="text-align:center">学习成果</h1><h3 style="text-align:center">%s</h3>'
                         '<p>&nbsp;</p><p style="text-align:center;font-size:14pt">学生：</p>'
                         '<p style="text-align:center;font-size:16pt">%s</p><p style="text-align:center">%s</p>'
                         '<p>&nbsp;</p><p>%s</p>' % (title, n, cls_of(s, n), desc))
        return "11.html", html(PB.join(parts)), "x-scanpdf:250"
    raise SystemExit("item11 format %s" % f)


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f = s["f12"]
    t = s["teachers"]
    rng = random.Random(s["seed"] * 12)
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl = cls_of(s, n)
        if f == "mech_photo":
            head = ["液压与气动系统装调　课后作业", "> 姓名：%s　%s" % (n, cl), ""]
        elif f == "ev_wenkai_mono150":
            head = ["空调系统检修　课后作业", "姓名：%s　班级：%s" % (n, cl), ""]
        elif f == "hotel_sungti_hand":
            head = ["前厅服务与管理　课后作业", "> 实训生：%s　%s" % (n, cl), ""]
        elif f == "ecom_photo":
            head = ["新媒体营销　课后作业", "姓名：%s　班级：%s" % (n, cl), ""]
        elif f == "care_wenkai":
            head = ["康复照护　课后作业", "学生：%s　　%s" % (n, cl), ""]
        elif f == "tcm_ukai":
            head = ["中药炮制技术　课后作业", "姓名：%s　学号：%s" % (n, sid_of(s, n, s["sid_index"].get(n))), cl, ""]
        elif f == "anim_ukai_color":
            head = ["二维动画制作　课后作业", "姓名：%s　%s" % (n, cl), ""]
        elif f == "metro_wenkai_mono":
            head = ["车站应急处理　课后作业", "学生姓名：%s" % n, "班级：%s" % cl, ""]
        else:
            raise SystemExit("item12 format %s" % f)
        lines += head
        for qi in range(len(c["hw"])):
            q, a = ans(c, "hw", qi, i)
            lines += [q, "> " + a, "! " + mark(rng), ""]
        lines.append("! 阅：%s  %s" % (t[-1], day(s, 20 + i)))
    meth = {"mech_photo": "x-photo:200:1", "ev_wenkai_mono150": "x-scan:150:4:mono",
            "hotel_sungti_hand": "x-scan:200:2", "ecom_photo": "x-photo:200:4", "care_wenkai": "x-scan:200:4",
            "tcm_ukai": "x-scan:250:3", "anim_ukai_color": "x-scan:200:3:color", "metro_wenkai_mono": "x-scan:200:4:mono"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ roster

def roster(s, d, man):
    k = s["klass"]
    r = s.get("roster")
    if r == "xlsx_merged":
        rows = [["%s%s学生花名册" % (s["school"], s["cls"]), "", "", "", "", ""],
                ["基本信息", "", "", "", "住宿与联系", ""],
                ["序号", "学号", "姓名", "性别", "宿舍", "家长电话"]]
        for i, n in enumerate(k):
            rows.append([i + 1, sid_of(s, n, i), n, "女" if (i * 7 + s["seed"]) % 3 == 0 else "男",
                         "%d栋%d" % (2 + i % 3, 301 + i // 4), "1395%07d" % (1234567 + i * 7919 % 8765432)])
        rows[3 + k.index("阿依古丽·买买提")][3] = "女"
        spec = {"sheet": "机电2302班", "rows": rows, "merges": ["A1:F1", "A2:D2", "E2:F2"]}
        write(os.path.join(d, "roster.json"), json.dumps(spec, ensure_ascii=False, indent=0))
        man.append("roster.json\t%s花名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
    elif r == "xlsx":
        text = "学号,姓名,性别,联系电话\n" + "".join("%s,%s,%s,1385%07d\n" % (
            sid_of(s, n, i), n, "女" if (i + s["seed"]) % 2 else "男", 2345678 + i * 104729 % 7654321) for i, n in enumerate(k))
        write(os.path.join(d, "roster.csv"), text)
        man.append("roster.csv\t%s花名册.xlsx\txlsx\troster\t0" % s["cls"])
    elif r == "pdf_two_up":
        half = (len(k) + 1) // 2
        rows = []
        for j in range(half):
            left = [j + 1, sid_of(s, k[j], j), k[j]]
            m = j + half
            right = [m + 1, sid_of(s, k[m], m), k[m]] if m < len(k) else ["", "", ""]
            rows.append(left + right)
        write(os.path.join(d, "roster.html"), html(
            '<h3 style="text-align:center">%s　%s学生名单</h3>' % (s["school"], s["cls"]) +
            table(["序号", "学号", "姓名", "序号", "学号", "姓名"], rows, pad="1px 4px") +
            '<p>班主任：%s　　　制表日期：2024年9月2日</p>' % s["teachers"][1], size="10pt"))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])


# -------------------------------------------------------------------- main

def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Seventh held-out people corpus (testdata/heldout7), same format as testdata/heldout5/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"]]
    all_planted = [n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))]
    for n in all_teachers + all_planted:
        if n in USED_BEFORE:
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    for s in SUBS:
        c = COURSES[s["course"]]
        rng = random.Random(s["seed"] * 7727)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        others = [n for n in all_planted if n not in fixed] + all_teachers + out
        klass = draw_class(rng, s["size"] - (1 if s.get("dup") else 0), fixed, others)
        sid_index = {}
        if s.get("dup"):
            # the second student of the same name: placed at roll 31; the one of the three at roll 7
            klass.remove(s["dup"])
            klass.insert(6, s["dup"])
            klass.insert(30, s["dup"])
            sid_index[s["dup"]] = 6
        s["klass"], s["sid_index"] = klass, sid_index
        rec = [(n, i) for i, n in enumerate(klass) if n not in s.get("absent_from_10", [])]
        resolve_notes(s, [n for n, _ in rec])
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
        d = os.path.join(SRC, s["school"], s["sub"])
        write(os.path.join(SRC, s["school"], "pack"), s["pack"] + "\n")
        man = ["# source\tfile name\tmethod\tkind\titem"]
        write(os.path.join(d, "form.html"), form_html(s, c))
        formname = {11: "附件2-工学一体化优质课堂项目申报书（%s）.docx" % c["major"], 12: "附件2-工学一体化优质课堂项目申报书（%s）.docx" % c["major"],
                    21: "申报书_%s.pdf" % c["course"], 22: "申报书_%s.pdf" % c["course"],
                    31: "%s申报书.docx" % c["course"], 32: "%s申报书.docx" % c["course"],
                    41: "附件2申报书-%s.pdf" % c["course"], 42: "附件2申报书-%s.pdf" % c["course"]}[s["seed"]]
        man.append("form.html\t%s\t%s\tform\t0" % (formname, s["form"]))
        for n in (1, 2, 3, 4, 5, 6, 7, 9):
            write(os.path.join(d, "%02d.txt" % n), short_item(n, c, s))
            man.append("%02d.txt\t%s\tpdf\titem\t%d" % (n, file_name(s, n), n))
        meths = {}
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8])), (10, item10(s, c, rec)), (11, item11(s, c, items[11])),
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
        truth["submissions"][subid] = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): v for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": "%s | %s" % (s["form_key"], s["form_count"]),
            "class": klass, "student_numbers": [sid_of(s, n, i) for i, n in enumerate(klass)],
            "item10_records": [n for n, _ in rec], "roster": s.get("roster", ""),
            "outsiders": s.get("outsiders", {}),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": s["notes_resolved"], "teachers": s["teachers"]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
