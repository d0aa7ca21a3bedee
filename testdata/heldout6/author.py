#!/usr/bin/env python3
"""Write the sources of the sixth held-out people corpus (src/ and truth.json).

Written apart from the checks: nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ (but pipeline/heldout_test.go, for the truth
format) was read, nor any test but that one. testdata/heldout..heldout5
(README, build.sh, prebuild.py, author.py, truth.json) and testdata/othertools
(README, build.sh, build.py) were read only to learn the builder's formats and
to avoid reusing their names, schools, courses, texts and layouts.

Eight submissions of four invented schools in Shaanxi (陕西: 宝鸡, 汉中, 榆林,
渭南), one major each out of the twelve of 附件1 with its catalogue code.

Run it after editing:  python3 author.py   (rewrites src/ and truth.json)
Build:                 sh build.sh OUT      (see README.md)

Methods beyond the othertools builder's (this folder's prebuild.py turns them
into `copy` rows before the builder runs):
  y-scan:<dpi>:<font>[:opts]  text drawn and scanned; `«name»` = a handwritten
                              run inside a printed line, `^ ` = footer line
  y-scanpdf:<dpi>[:opts]      typed HTML printed and scanned
  opts: mono color q<Q> skew<deg> border uneven lowc land h4 tilt
"""
import glob
import json
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

# Shaanxi / northwest surnames, and compound surnames no earlier corpus used.
SURNAMES = list("王李张刘杨赵高马白冯任田杜段吕孙郭史侯梁安南车乔雷党屈惠折呼拓贺郝薛卫仝寇强樊姬牛权来"
                "靳鱼淡米兰邵苏康宁袁武韩程秦师左")
COMPOUND = ["呼延", "宇文", "独孤", "尉迟", "万俟"]
GIVEN2 = ("治国 建军 红霞 秀兰 亚楠 鹏飞 嘉乐 瑞雪 思源 腾飞 欣瑶 振华 雅琴 新宇 晓龙 宏博 靖雯 丹丹 江涛 亚军 "
          "雪婷 梦菲 凯歌 延鹏 秦川 锦华 瑶瑶 佳豪 小龙 文静 志强 少华 艳萍 雨辰 浩楠 欣彤 梓萌 俊宇 瑞琪 家兴 "
          "世豪 安琪 嘉宁 亦凡 舒畅 乐乐 国栋 芳芳 玉洁 泽楠 思琦 宇航 旭东 婧怡 昱辰 立新 海燕 永康 雯雯 "
          "柏林 沛涵 泓宇 钰涵 骞 煜 荣 璐 栋 茜 峥 蕾 珂 晗 娟 毅").split()
GIVEN1 = [g for g in GIVEN2 if len(g) == 1]
GIVEN2 = [g for g in GIVEN2 if len(g) == 2]

# Planted names (fixed); checked against the earlier truth files below.
FIXED_ALL = []


FEMININE = set("霞兰楠雪瑶琴雯丹婷菲萍静彤萌琪芳洁琦怡燕涵璐茜蕾珂娟妍悦桐清")


def gender(name):
    """男/女 as a class list would give it, guessed from the given name."""
    given = name[2:] if name[:2] in COMPOUND else name[1:]
    return "女" if any(c in FEMININE for c in given) else "男"


def near(a, b):
    """One character apart (same length) or one contained in the other."""
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def earlier_text():
    """All text of the earlier truth files (heldout..heldout5, othertools)."""
    out = []
    for f in sorted(glob.glob(os.path.join(HERE, "..", "*", "truth.json"))):
        if os.path.abspath(os.path.dirname(f)) == HERE:
            continue
        with open(f, encoding="utf-8") as fh:
            out.append(fh.read())
    return "\n".join(out)


EARLIER = earlier_text()


def clash(name):
    return name in EARLIER


def draw_class(rng, n, fixed, avoid, keep_apart=()):
    names = list(fixed)
    while len(names) < n:
        s = rng.choice(COMPOUND) if rng.random() < 0.03 else rng.choice(SURNAMES)
        g = rng.choice(GIVEN1) if rng.random() < 0.22 else rng.choice(GIVEN2)
        name = s + g
        if name in names or name in avoid or clash(name) or any(near(name, f) for f in names + list(keep_apart)):
            continue
        names.append(name)
    rng.shuffle(names)
    return names


# --------------------------------------------------------------------- courses

COURSES = {
    "pneu": dict(
        major="机电一体化技术", code="0127", course="液压与气动系统装调", task="气动夹紧装置回路安装与调试",
        hours=20, station="液压与气动一体化学习工作站", seats=42,
        situation="宝鸡一家机床附件厂的铣削夹具要改成气动夹紧，设备科给了气动原理图和元件清单：一个双作用气缸、一个二位五通电磁换向阀、两个单向节流阀和一个气源处理单元。要求学徒在实训台上按图搭建回路，调出夹紧和松开的速度，并写出调试记录。",
        qs=[("一、读图：写出原理图中各元件的名称和作用。",
             ["气源处理单元过滤、减压和油雾；电磁换向阀控制气缸伸出和缩回；单向节流阀调节速度；气缸把工件夹紧。",
              "三联件给压缩空气过滤调压，二位五通阀换向，节流阀调速，双作用气缸做夹紧动作。",
              "处理单元、换向阀、节流阀、气缸，分别管供气、换向、调速和执行。"]),
            ("二、夹紧速度太快会有什么问题？怎样调？",
             ["冲击大，可能把薄壁工件夹变形。拧小排气节流阀的开口，让气缸慢一点伸出。",
              "气缸撞击工件有很大的响声，要用出口节流的方式把速度调慢。",
              "速度快了夹紧力冲击工件，调节单向节流阀，顺时针关小。"])],
        hw=[("1. 为什么一般采用排气节流而不是进气节流？",
             ["排气节流时气缸两腔都有压力，运动平稳，不容易爬行。",
              "进气节流速度不稳定，负载变化时会一冲一冲的，排气节流更平稳。",
              "排气节流有背压，低速时不爬行。"]),
            ("2. 调试中电磁阀通电后气缸不动，写出你的排查顺序。",
             ["先看气源压力表有没有压力，再听电磁阀有没有吸合声，然后检查管路接错没有，最后检查节流阀是不是全关了。",
              "查气压、查线圈电压、查接管、查节流阀开度。",
              "检查气源、阀的指示灯、手动按阀芯试一下，再看节流阀。"])],
        outputs=[("气动夹紧回路原理图", "用软件绘制了回路原理图，标注了元件型号和接口编号。"),
                 ("回路安装与调试记录", "记录了气源压力、夹紧和松开时间以及节流阀的调整圈数。"),
                 ("常见故障排查表", "整理了气缸不动作、动作慢、漏气三类故障的原因和处理方法。")]),
    "charge": dict(
        major="新能源汽车检测与维修", code="0435", course="新能源汽车充电系统检修", task="交流慢充系统故障诊断与排除",
        hours=18, station="新能源汽车充电系统一体化学习工作站", seats=40,
        situation="一位车主反映他的纯电动汽车在小区的交流充电桩上插枪后仪表显示“充电连接中”，但一直不能开始充电，换了一个充电桩也一样。服务站接车后派给我们，要求按照高压安全规范检查车载充电机和充电口，找出故障并修复。",
        qs=[("1. 检修前要做哪些高压安全防护？",
             ["穿戴绝缘手套和绝缘鞋，检查手套不漏气，断开维修开关，等待五分钟后验电，设置隔离警示。",
              "戴好绝缘防护用品，拔下维修开关并妥善保管，用万用表确认无电后再作业。",
              "设置警戒线和高压警示牌，断开低压蓄电池负极，拆维修开关，验电。"]),
            ("2. 交流充电时CC和CP信号分别起什么作用？",
             ["CC是充电连接确认，判断枪有没有插好和电缆容量；CP是控制导引，充电桩和车辆通过它确认可以充电。",
              "CC检测连接状态，CP用PWM信号告诉车辆充电桩能提供的电流。",
              "CC确认连接，CP传递充电功率，两个信号都正常才会闭合继电器。"])],
        hw=[("一、测量充电口CC与PE之间的电阻，正常值是多少？",
             ["按枪线容量不同，常见16安的是680欧姆，32安的是220欧姆。",
              "插枪后按下机械锁测量，大约680欧，按钮按下会变大。",
              "220欧或者680欧，要看充电线的额定电流。"]),
            ("二、本车不能充电的原因和维修方法是什么？",
             ["充电口CP端子退针，接触不良。更换了充电口端子，复测CP波形正常，充电成功。",
              "CP线束插接器松动，重新插紧并固定，试充正常。",
              "查到车载充电机的低压插接器腐蚀，清洁后恢复。"])],
        outputs=[("交流充电故障诊断报告", "写明故障现象、检测步骤、测量数据和结论。"),
                 ("充电口端子测量记录表", "记录了CC、CP和PE端子的电阻与电压测量值。"),
                 ("高压安全作业检查单", "按作业前、作业中、作业后列出安全检查项目。")]),
    "front": dict(
        major="饭店(酒店)服务", code="0504", course="前厅服务与管理", task="前台散客入住登记办理",
        hours=16, station="酒店前厅服务一体化实训室", seats=36,
        situation="汉中一家四星级酒店在油菜花节期间客满，前台接连来了几位没有预订的散客：一位带孩子的外地游客、一位忘带身份证的商务客人，还有一位要求换到安静楼层的老人。前厅经理要求实习生按酒店的入住流程快速办理登记，同时做好公安信息上传和押金处理。",
        qs=[("1. 为散客办理入住时要核对哪些证件和信息？",
             ["核对有效身份证件，人证一致，所有同住成年人都要登记，录入公安系统，确认房型、房价和离店日期。",
              "查看身份证并刷证，核对照片，登记同住人，确认住几晚和付款方式。",
              "身份证件、入住人数、房价、离店时间和押金方式。"]),
            ("2. 客人忘带身份证怎么办？",
             ["请客人到派出所开具临时身份证明或者用公安部门认可的电子证照，不能无证入住。",
              "按规定不能直接入住，要引导客人办理临时证明。",
              "礼貌说明规定，帮客人查询最近的派出所地址。"])],
        hw=[("一、写出入住登记的六个步骤。",
             ["问候客人、确认预订或房态、查验证件、填写登记并上传、收取押金、递交房卡并指引。",
              "迎宾、查房态、验证件、登记、收押金、发房卡。",
              "问候、确认需求、验证、录入、收款、交钥匙和介绍设施。"]),
            ("二、客人要求换到安静的楼层，你怎么处理？",
             ["先查房态有没有高楼层远离电梯的空房，向客人说明房间情况，客人同意后修改系统并重新制卡。",
              "根据房态安排远离电梯和会议区的房间，做好换房记录。",
              "表示理解，查询可换房间，换房后通知客房部。"])],
        outputs=[("散客入住服务情景脚本", "写出了三种散客入住情景的服务对话和操作要点。"),
                 ("入住登记单填写样例", "按酒店格式填写了完整的入住登记单和押金单。"),
                 ("前台服务用语手册", "整理了问候、解释、致歉和送别的常用服务用语。")]),
    "honey": dict(
        major="中药", code="1301", course="中药炮制技术", task="蜜炙黄芪炮制",
        hours=14, station="中药炮制一体化学习工作站", seats=33,
        situation="汉中一家中药饮片厂接到医院药剂科的订单，需要一批蜜炙黄芪。车间主任要求学徒按照《中国药典》和厂里的炮制规范，先把生黄芪片净制，再用炼蜜拌润、文火炒制，做到色泽深黄、不粘手、有蜜香，并填写炮制记录。",
        qs=[("一、炼蜜的程度怎样判断？",
             ["炼到蜜起鱼眼泡，用手捻有粘性但两指间不拉长丝，颜色稍变深。",
              "中蜜，表面翻起均匀的黄色细泡，捻时有黏性。",
              "加热到一百一十六度左右，有浅黄色的泡，滴在冷水里成珠不散。"]),
            ("二、蜜炙时为什么要先拌润再炒？火候怎么掌握？",
             ["先拌润让蜜渗进药材里面，炒的时候不容易焦；用文火炒到深黄色、不粘手就出锅。",
              "闷润以后蜜吸收均匀，用小火不断翻炒，防止糊锅。",
              "拌匀闷透，文火炒到不黏手，放凉后再包装。"])],
        hw=[("1. 蜜炙黄芪和生黄芪在功效上有什么不同？",
             ["生黄芪偏于固表止汗、利水消肿；蜜炙以后偏于益气补中。",
              "蜜炙增强补中益气的作用，生用多用于表虚自汗。",
              "炙黄芪补气力量更强，生黄芪主要走表。"]),
            ("2. 每一百千克黄芪片用炼蜜多少？",
             ["按药典规定用炼蜜二十五千克。",
              "二十五千克，炼蜜要先用少量开水稀释。",
              "二十五千克左右。"])],
        outputs=[("蜜炙黄芪炮制记录", "记录了投料量、炼蜜量、炒制温度和时间、成品得率。"),
                 ("成品质量检查表", "从色泽、气味、黏手程度和水分四个方面检查成品。"),
                 ("炮制工艺流程卡", "画出净制、炼蜜、拌润、炒制、摊凉、包装的流程。")]),
    "drum": dict(
        major="计算机动画制作", code="0306", course="二维动画制作", task="安塞腰鼓二维动画短片分镜设计",
        hours=20, station="二维动画制作一体化学习工作站", seats=32,
        situation="榆林一家文化传媒公司接到文旅局的项目，要做一部三十秒的安塞腰鼓主题二维动画短片，用于景区宣传屏播放。美术总监要求我们根据剧本完成分镜头脚本，每个镜头标出景别、运镜、时长和声音，并画出关键画面草图。",
        qs=[("一、分镜头脚本应包括哪些栏目？",
             ["镜号、画面内容、景别、运镜方式、时长、对白或音效、备注。",
              "镜号、草图、景别、镜头运动、秒数和声音。",
              "画面、景别、时长、音乐音效，还有镜头之间的转场。"]),
            ("二、怎样用景别表现腰鼓队的气势？",
             ["开头用大全景表现黄土高原和整个鼓队，中间用近景和特写表现鼓槌和表情，节奏越来越快。",
              "远景交代环境，再切中景和特写，镜头剪得越来越短，跟着鼓点。",
              "用仰拍的全景显得人物高大，用特写表现扬起的黄土。"])],
        hw=[("1. 什么是“轴线原则”？",
             ["两个人物之间有一条假想的轴线，摄像机要在轴线一侧拍，越轴会让观众搞不清方向。",
              "镜头不能随便跨过人物之间的关系线，否则方向会乱。",
              "拍摄时机位保持在轴线同一侧。"]),
            ("2. 三十秒短片大约安排多少个镜头？为什么？",
             ["十二个左右，平均两到三秒一个，配合鼓点节奏，不会太碎也不会太拖。",
              "十到十五个，开头和结尾的镜头长一些，中间短一些。",
              "十二个，腰鼓节奏快，镜头要短。"])],
        outputs=[("分镜头脚本", "完成了十二个镜头的分镜头脚本，标明景别、运镜和时长。"),
                 ("关键画面草图", "画出了开场、高潮和结尾三个关键画面的草图。"),
                 ("动态分镜样片", "把分镜草图按时长剪成动态分镜，配上了鼓点音效。")]),
    "wheel": dict(
        major="健康与社会照护", code="0529", course="康复照护", task="偏瘫老年人轮椅转移",
        hours=14, station="康复照护一体化实训室", seats=35,
        situation="榆林一家医养结合机构的三楼住着一位七十六岁的脑梗后遗症老人，右侧肢体偏瘫，每天要从床上转移到轮椅上去康复室。护理部要求照护员在保证安全的前提下，协助老人完成床与轮椅之间的转移，并鼓励老人用健侧肢体参与。",
        qs=[("1. 转移前要评估老人的哪些情况？",
             ["意识和配合程度、健侧肢体的肌力、坐位平衡、有没有头晕和血压变化。",
              "老人能不能听懂指令，健侧有没有力气，能不能坐稳。",
              "生命体征、肢体活动能力、皮肤情况和心理状态。"]),
            ("2. 轮椅应放在什么位置？为什么？",
             ["放在老人健侧，与床成三十到四十五度，刹好车，收起脚踏板，这样老人可以用健侧支撑转身。",
              "健侧床旁，斜放，刹车锁住，方便老人用好的一侧发力。",
              "靠近健侧，和床边成一个小角度，刹车，翻起脚踏。"])],
        hw=[("一、转移过程中照护员应站在哪一侧？",
             ["站在老人患侧的前方，用膝盖抵住老人患侧膝部，防止膝关节打软。",
              "患侧，保护患侧膝盖和身体，防止向患侧倾倒。",
              "站在偏瘫的一侧保护。"]),
            ("二、转移后要观察和记录什么？",
             ["老人坐姿是否端正、有无头晕不适、皮肤有无压红，记录转移时间和老人的配合情况。",
              "观察面色和呼吸，问老人有没有不舒服，系好安全带，做好记录。",
              "坐位是否安全，脚放在踏板上，记录过程。"])],
        outputs=[("轮椅转移照护计划", "根据老人评估结果制定了转移方法、频次和注意事项。"),
                 ("照护实践记录", "记录了一次完整的床到轮椅转移过程和老人的反应。"),
                 ("家属指导卡", "用图文说明了家属在家协助老人转移的要点。")]),
    "dispatch": dict(
        major="城市轨道交通运输与管理", code="0431", course="城市轨道交通行车组织", task="车站接发列车作业",
        hours=16, station="城市轨道交通行车组织一体化实训室", seats=38,
        situation="西安地铁某线路的一个中间站因为信号系统联锁故障，需要从正常的自动闭塞改为电话闭塞法组织行车。行车值班员要和相邻车站办理闭塞、准备进路、接发列车并填写行车日志。请在模拟车控室完成一次完整的接发列车作业。",
        qs=[("1. 改用电话闭塞法前要做哪些准备？",
             ["得到行车调度员的命令，确认区间空闲，和相邻车站核对，准备好路票和行车日志。",
              "接到调度命令后确认区间没有列车，通知站务员，准备路票。",
              "确认故障范围，确认区间空闲，向邻站发布闭塞方式变更。"]),
            ("2. 填写路票时要注意什么？",
             ["字迹清楚，不能涂改，写明车次、区间和电话记录号码，盖站名印章。",
              "车次、区间、电话记录号码都要写对，写错了作废重写。",
              "不得涂改，签名盖章，交司机前再核对一遍。"])],
        hw=[("一、接车进路准备好后要确认哪些内容？",
             ["道岔位置正确并锁闭，进路上没有障碍物，有关信号开放。",
              "道岔开通方向正确，进路空闲，站台没有人员侵限。",
              "进路、道岔和信号三个方面。"]),
            ("二、行车日志中需要记录哪些时间？",
             ["请求闭塞时间、同意闭塞时间、列车到达时间、出发时间和通过时间。",
              "闭塞办理的时间、列车到站和开车的时间。",
              "到达、出发、闭塞的各个时间点。"])],
        outputs=[("电话闭塞法行车作业记录", "模拟完成一次接发列车，按格式填写了行车日志和路票。"),
                 ("接发列车作业流程图", "画出办理闭塞、准备进路、接车、发车的作业流程。"),
                 ("车控室应急处置卡", "整理了联锁故障时行车值班员的处置步骤和标准用语。")]),
    "gourd": dict(
        major="烹饪(中式烹调)", code="0501", course="陕菜制作", task="葫芦鸡制作",
        hours=16, station="中式烹调一体化学习工作站", seats=40,
        situation="渭南一家老字号陕菜馆准备在国庆期间推出“长安八大碗”宴席，其中葫芦鸡需要提前批量制作。厨师长要求学徒按照店里的标准，完成选料、煮、蒸、炸三道工序，出品外皮酥脆、肉质软烂、形似葫芦，并记录每道工序的时间和火候。",
        qs=[("问题一：葫芦鸡为什么要经过煮、蒸、炸三道工序？",
             ["煮是定型去血水，蒸是让鸡肉入味软烂，炸是让外皮酥脆，三道工序缺一不可。",
              "先煮紧皮定形，蒸透入味，最后高油温炸到金黄酥脆。",
              "煮定形，蒸入味，炸上色和起酥。"]),
            ("问题二：捆扎鸡身时要注意什么？",
             ["用细麻绳把鸡身捆紧，保持葫芦形状，蒸的时候不散。",
              "捆扎要松紧合适，太紧会勒破鸡皮。",
              "鸡腿和鸡翅要收拢，捆好再下锅煮。"])],
        hw=[("一、炸制时油温多少合适？为什么？",
             ["七八成热，大约两百度，时间短，外皮很快变脆，里面的肉不会发柴。",
              "油温要高，一百九十到两百一十度，快速炸到金黄。",
              "七成以上，油温低了鸡皮吸油，不脆。"]),
            ("二、写出葫芦鸡装盘和上桌的要求。",
             ["整鸡装盘，跟椒盐碟，上桌后由服务员用筷子轻轻拨散，保持热度。",
              "鸡形完整，配椒盐和葱段，趁热上桌。",
              "装在长盘里，鸡胸朝上，配椒盐。"])],
        outputs=[("葫芦鸡成品出品单", "记录了成品的色泽、形态、口感，附成品照片。"),
                 ("工序时间与火候记录表", "记录了煮、蒸、炸三道工序的时间、温度和火力。"),
                 ("标准菜谱卡", "写明主料、调料用量和操作要领。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级实习指导教师", "企业兼职教师"]

# ----------------------------------------------------------------- submissions
# students: the three of items 8/11/12; items: what an item really holds when
# it differs; extra_class: planted classmates; outsiders: {name: class};
# absent_from_10: class members without an item-10 record; form_size:
# 班级人数 the form states when it differs from the class; bad: {name: kind};
# notes: {name or @k: note}; zero_rows: {name: how} for 缺考 rows.

SUBS = [
    dict(school="宝鸡市陈仓技工学校", pack="dir", sub="机电一体化技术-气动夹紧装置回路安装与调试", course="pneu",
         cls="机电2403班", size=42, seed=11, students=["党文博", "雷鸣", "屈雅琴"],
         extra_class=["樊嘉宁"], bad={"樊嘉宁": "over"}, teachers=["惠建民", "薛红梅", "拓志刚"],
         form="docx", form_count="42", f8="pneu_footer", f10="pneu_sheet_landscape", f11="pneu_titleblock",
         f12="pneu_inline_mono",
         findings=[("records.invalid_score", 10, False, "樊嘉宁")],
         comment="item 10 is a spreadsheet printout on a landscape page (平时1 平时2 平时3 平时4 期中 期末 总评), "
                 "printed and scanned at 200 dpi gray; the maxima stand only in the caption line `各项满分：平时1～平时4"
                 "各10分，期中20分，期末40分，总评100分`; 樊嘉宁 has 12 under 平时3 (总评 is the sum): "
                 "records.invalid_score. 2-char names padded with a full-width space (`雷　鸣`) in the register. Item 8: "
                 "the student is named only in the printed footer `学生：… 班级：… 第n页`; item 11 typed with an "
                 "engineering title block; item 12 a printed label with a handwritten name on the same line, 1-bit 300 dpi"),
    dict(school="宝鸡市陈仓技工学校", pack="dir", sub="新能源汽车检测与维修-交流慢充系统故障诊断与排除", course="charge",
         cls="新能2402班", size=40, seed=12, students=["贺子豪", "牛欣悦", "寇嘉豪"],
         items={12: ["贺子豪", "牛欣悦", "权浩楠"]}, extra_class=["权浩楠"], teachers=["郝卫东", "仝晓燕"],
         form="pdf", form_count="40人", f8="charge_group_cover", f10="charge_groups_typed", f11="charge_reporter_color",
         f12="charge_wenkai_skew",
         findings=[("students.mismatch", 12, True)],
         comment="item 12 (WenKai whole page, scanned 200 dpi gray, skewed about 3.5 degrees with a dark border) "
                 "holds the homework of 权浩楠 (a classmate with an item-10 record) instead of 寇嘉豪: "
                 "students.mismatch. Item 8 opens with a group cover `小组成员：贺子豪、牛欣悦、寇嘉豪`, then a "
                 "page per student with a printed `姓名：` and a handwritten name, skewed 2.5–3.5 degrees, dark "
                 "border. Item 10 typed, sorted by 组别, 2-char names padded with an ASCII space."),
    dict(school="汉中市汉江高级技工学校", pack="gbkzip", sub="饭店(酒店)服务-前台散客入住登记办理", course="front",
         cls="酒店2401班", size=36, seed=21, students=["姬婉清", "卫佳乐", "来梦瑶"],
         extra_class=["靳雨桐"], absent_from_10=["靳雨桐"], teachers=["姬丽娟", "来建华", "强秋月"],
         notes={"@7": "请假", "@20": "补考"},
         form="docx", form_count="三十六人", roster="gbkcsv", f8="front_kv_wenkai", f10="front_three_pages",
         f11="front_group_typed", f12="front_footer_name",
         findings=[("records.missing_student", 10, False, "靳雨桐"), ("records.count_mismatch", 10, False)],
         comment="roster `酒店2401班花名册.csv` (GBK-encoded csv, 36 with 靳雨桐) and form (`三十六人`, Chinese "
                 "numerals) agree; item 10 (1-bit 250 dpi scan, three pages with `第1页 共3页` footers, header "
                 "repeated) has 35 records without her: records.missing_student, records.count_mismatch. Item 12: "
                 "the student is named only in a footer line."),
    dict(school="汉中市汉江高级技工学校", pack="gbkzip", sub="中药-蜜炙黄芪炮制", course="honey",
         cls="中药2401班", size=33, seed=22, students=["呼延雪婷", "宇文博", "田思琦"],
         extra_class=["宇文博涛", "田思奇", "万俟婧怡", "南嘉宁", "折亚军"], teachers=["权春燕", "牛志强", "樊玉兰", "米立新"],
         zero_rows={"万俟婧怡": "empty", "南嘉宁": "zero", "折亚军": "dash"},
         notes={"万俟婧怡": "缺考（病假）", "南嘉宁": "缺考", "折亚军": "缺考，已申请缓考", "@5": "组长", "@12": "补做蜜炙一次"},
         form="docx", form_count="33名", f8="honey_teacher_each_page", f10="honey_fullwidth_typed",
         f11="honey_record_typed", f12="honey_signature_tilt", findings=[],
         comment="clean: 4-char compound 呼延雪婷; 宇文博 (compound surname + 1 character) with classmate 宇文博涛; "
                 "田思琦/田思奇 (one character apart, both in class); 万俟婧怡 缺考 with empty scores, 南嘉宁 缺考 with "
                 "0, 折亚军 缺考 with —; notes in 备注 (组长, 补做蜜炙一次); 4 teachers, 牛志强 (`带教教师：`) named "
                 "on every worksheet page; item 10 typed with full-width digits; item 12 named only by a tilted "
                 "signature at the end; no roster"),
    dict(school="榆林市塞上技师学院", pack="zip", sub="计算机动画制作-安塞腰鼓二维动画短片分镜设计", course="drum",
         cls="动画2401班", size=31, seed=31, students=["拓雨辰", "郭亚楠", "高思源"],
         outsiders={"高思源": "动画2402班"}, extra_class=["白晓龙"], bad={"白晓龙": "weighted"},
         teachers=["呼晓燕", "折建平"],
         form="pdf", form_count="31", f8="drum_storyboard_lowc", f10="drum_weighted_lowc", f11="drum_author_color",
         f12="drum_wenkai_lowc",
         findings=[("students.not_in_class", 8, True, "高思源"), ("records.invalid_score", 10, False, "白晓龙")],
         comment="高思源 of 动画2402班 (a parallel class, stated on each of his pages) is the third student of items "
                 "8/11/12 (all scanned, low contrast); item 10 (31 rows = 班级人数 31) has no record of him: "
                 "students.not_in_class. Item 10 `过程评价(40%) 作品评价(60%) 总评`, 总评 the weighted sum; "
                 "白晓龙 has 80 and 90 with 总评 96.0 (should be 86.0): records.invalid_score (low-contrast scan)."),
    dict(school="榆林市塞上技师学院", pack="zip", sub="健康与社会照护-偏瘫老年人轮椅转移", course="wheel",
         cls="照护2402班", size=35, seed=32, students=["惠欣妍", "赵婧怡", "南梦菲"],
         items={11: ["惠欣妍", "赵婧怡", "南梦菲", "薛丹丹"]}, extra_class=["薛丹丹"], teachers=["贺秀兰", "白建军", "马蕾"],
         form="docx", form_count="35人", roster="xlsx", f8="wheel_uneven", f10="wheel_teacher_column",
         f11="wheel_reports_scan", f12="wheel_ukai_mono",
         findings=[("students.count", 11, False)], optional=[("students.mismatch", 11, True)],
         comment="item 11 (printed and scanned at 200 dpi gray) holds four care reports, by 惠欣妍, 赵婧怡, 南梦菲 "
                 "and the classmate 薛丹丹: students.count on 11 (students.mismatch optional). Item 8 unevenly lit; "
                 "item 10 has a 考核教师 column naming the teachers on every row; roster xlsx (35)."),
    dict(school="渭南市华州技工学校", pack="dir", sub="城市轨道交通运输与管理-车站接发列车作业", course="dispatch",
         cls="城轨2401班", size=37, form_size=38, seed=41, students=["权思源", "安雅琴", "车佳豪"],
         items={8: ["权思源", "安雅琴"]}, teachers=["杜海涛", "孙红霞", "段旭东"],
         form="pdf", form_count="@gender", f8="dispatch_border", f10="dispatch_gender_border",
         f11="dispatch_trainee_typed", f12="dispatch_wenkai_mono",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 dpi gray, dark border) holds the worksheets of only 权思源 and 安雅琴 (车佳豪's "
                 "are missing; items 11 and 12 hold all three): students.count on 8 (students.mismatch optional). "
                 "The form gives 班级人数 only as boys and girls, `男m 女f` (m + f = 38); item 10 (scanned, dark "
                 "border, with a 性别 column: m 男 + f-1 女) lists 37, no roster: records.count_mismatch."),
    dict(school="渭南市华州技工学校", pack="dir", sub="烹饪(中式烹调)-葫芦鸡制作", course="gourd",
         cls="烹饪2402班", size=40, seed=42, students=["独孤晓龙", "尉迟欣彤", "史博"],
         extra_class=["史博文", "尉迟欣桐", "乔泽楠"], teachers=["同建国", "乔红梅", "吕卫平"],
         officers={"班长": "史博文", "学习委员": "尉迟欣桐", "团支书": "乔泽楠"},
         zero_rows={"@9": "empty"}, notes={"@9": "缺考（病假）", "@22": "重做一次"},
         form="docx", form_count="共40人", roster="pdf", f8="gourd_header_table", f10="gourd_hand_scores",
         f11="gourd_cards_typed", f12="gourd_ukai_color", findings=[],
         comment="clean: compound 独孤晓龙 and 尉迟欣彤 among the three, 尉迟欣桐 (one character apart) in class; "
                 "2-char 史博 with 3-char classmate 史博文; roster pdf (40) with a class-officer line naming 史博文, "
                 "尉迟欣桐 and 乔泽楠 again plus the 班主任; item 10 a printed register with the scores handwritten "
                 "(one 缺考 row left blank); item 8 unevenly lit header table"),
]


# ---------------------------------------------------------------- helpers

def sid(s, n):
    """Student number: 24, 61 (Shaanxi), school seed, 1|2 class, roll."""
    year = s["cls"][-5:-3]
    if n in s.get("outsiders", {}):
        return "%s61%02d2%02d" % (year, s["seed"], 7 + len(n) * 3)
    return "%s61%02d1%02d" % (year, s["seed"], s["klass"].index(n) + 1)


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
UKAI = 'style="font-family:\'AR PL UKai CN\';color:#1d2f6b;font-size:14pt"'
WENKAI = 'style="font-family:\'LXGW WenKai\';color:#1d2f6b;font-size:14pt"'
RED = 'style="font-family:\'AR PL UKai CN\';color:#c0241c"'


def cell(x, extra="", pad="2px 5px"):
    return '<td style="border:0.75pt solid #000;padding:%s"%s>%s</td>' % (pad, extra, x)


def table(header, rows, width="100%", pad="2px 5px", align="center"):
    h = "".join(cell("<b>%s</b>" % x, ' align="center"', pad) for x in header)
    body = "".join("<tr>%s</tr>" % "".join(cell(x, ' align="%s"' % align, pad) for x in r) for r in rows)
    return '<table style="border-collapse:collapse" width="%s"><tr>%s</tr>%s</table>' % (width, h, body)


def day(s, k):
    return "2024年%d月%d日" % (10 + (s["seed"] + k) % 3, 2 + (s["seed"] * 7 + k * 3) % 26)


def pad2(n, sp="　"):
    """A 2-character name padded to the width of a 3-character one."""
    return n[0] + sp + n[1] if len(n) == 2 else n


FW = str.maketrans("0123456789.", "０１２３４５６７８９．")


def fw(x):
    return str(x).translate(FW)


def form_html(s, c):
    t = s["teachers"]
    rows = "".join("<tr>%s</tr>" % "".join(cell(x) for x in (
        n, "女" if (i + s["seed"]) % 3 == 1 else "男", TITLES[(i * 2 + s["seed"]) % len(TITLES)],
        "%s" % (["本科", "硕士研究生", "本科", "大专"][(i + s["seed"]) % 4]),
        "是" if (i + s["seed"]) % 4 else "否")) for i, n in enumerate(t))
    kv = [("专业名称", c["major"], "专业代码", c["code"]), ("授课课程", c["course"], "学习任务", c["task"]),
          ("授课班级", s["cls"], "班级人数", s["form_count"]), ("任务学时", "%d" % c["hours"], "工位数", "%d" % c["seats"]),
          ("课堂负责人", t[0], "负责人所在单位", s["school"])]
    kvrows = "".join("<tr>%s</tr>" % "".join(cell(x) for x in r) for r in kv)
    return html("""<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>专业名称：{major}</p><p>专业编码：{code}</p><p>课程名称：{course}</p><p>学习任务：{task}</p>
<p>课堂负责人：{lead}</p><p>联系电话：09{tel}</p><p>申报单位：{school}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3><table style="border-collapse:collapse" width="100%">{kvrows}</table>
<h3>二、授课教师信息</h3><table style="border-collapse:collapse" width="100%"><tr>{hd}</tr>{rows}</table>
<h3>三、课堂概述</h3><p>本课堂以“{task}”为载体。任务取自陕西本地合作企业的一线岗位，学生以准员工身份在{station}中完成从接受任务到交付评价的完整工作过程。</p>
<h3>四、学习目标</h3><p>学生能读懂任务要求，查找并运用技术资料，按规范完成作业，能自查质量并与同伴协作、清楚地汇报成果。</p>
<h3>五、教学条件</h3><p>{station}设{seats}个工位，配有企业标准、操作视频、工作页和评价量表。</p>
<h3>六、组织实施</h3><p>教学按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节展开：学生阅读任务书并收集资料，小组讨论形成计划，与教师一起确定方案，分工完成任务，教师巡回检查质量和安全，最后展示成果并进行自评、互评和师评。</p>
<h3>七、评价方式</h3><p>过程性评价与终结性评价相结合，评价结果记入学习任务考核记录。</p>
<h3>八、特色与成效</h3><p>企业专家参与任务设计和成果验收，学生的岗位适应能力明显提高。</p>
<h3>九、承诺</h3><p>本课堂提交的全部材料真实、原创。</p><p>课堂团队成员签名：{sign}</p>
""".format(major=c["major"], code=c["code"], course=c["course"], task=c["task"], lead=t[0], school=s["school"],
           tel="17-%07d" % (3300000 + s["seed"] * 4321), d=6 + s["seed"] % 19, kvrows=kvrows,
           hd="".join(cell("<b>%s</b>" % x) for x in ("姓名", "性别", "职称/职业资格", "学历", "是否获得一体化教师培训证书")),
           rows=rows, station=c["station"], seats=c["seats"], sign="　".join(t)))


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程定位\n本课程是{major}专业的工学一体化课程，依据国家课程标准，结合关中和陕南地区企业的岗位要求进行校本转化。\n二、学习任务设计\n“{task}”为本课程的第三个学习任务，{hours}学时。\n三、考核要求\n过程考核与成果考核结合。",
    2: "{school}\n学习任务分析\n任务名称：{task}\n任务情境：{situation}\n工作过程：明确任务、收集资料、制定方案、组织实施、检查验收、总结评价。",
    3: "{school}\n{task}　教学活动策划\n活动一：接受任务，明确要求\n活动二：查阅资料，制定计划\n活动三：分工实施，过程检查\n活动四：验收交付，总结提升",
    4: "{school}\n{course}教学进度计划\n第1周：任务导入与资料收集（4学时）\n第2周：计划与决策（4学时）\n第3—4周：任务实施（{impl}学时）\n第5周：验收与评价（4学时）\n共计{hours}学时",
    5: "{school}\n{task}　教学活动方案\n1. 情境导入（2学时）：教师展示任务情境，学生阅读任务书。\n2. 信息收集（2学时）：学生完成引导问题。\n3. 计划决策（4学时）：小组制定计划，教师点评。\n4. 实施检查：学生按计划实施，教师巡回指导。\n5. 评价反馈（2学时）：展示、互评、总结，布置课后作业。",
    6: "{school}\n学习任务资源及清单\n1. 学生工作页\n2. 企业技术规范与操作手册\n3. 微课视频十二个\n4. {station}，{seats}个工位\n（资源样例见后页）",
    7: "{school}\n{station}图文说明\n工作站分为资料查询区、讨论决策区、实操区和评价展示区，共{seats}个工位，配有安全警示标识和定置管理看板。\n（现场照片略）",
    9: "{school}\n{task}学习任务考核方案\n考核内容：工作页完成情况、操作过程、成果质量、职业素养。\n考核方式：学生自评、小组互评、教师评价相结合。\n结果记入学习任务考核记录，由任课教师签字。",
}


def short_item(n, c, s):
    return SHORT[n].format(school=s["school"], course=c["course"], major=c["major"], task=c["task"],
                           hours=c["hours"], situation=c["situation"], station=c["station"], seats=c["seats"],
                           impl=c["hours"] - 12) + "\n"


NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def file_name(s, n, c):
    style = s["seed"] // 10
    name = NAMES[n]
    if style == 1:  # 宝鸡: "第8项 工作页.pdf", recognised by name only
        return "第%d项 %s.pdf" % (n, name)
    if style == 2:  # 汉中: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, name)
    if style == 3:  # 榆林: "8、工作页.pdf"
        return "%d、%s.pdf" % (n, name)
    return "%d.%s（%s）.pdf" % (n, name, s["cls"])  # 渭南: "8.工作页（城轨2401班）.pdf"


def ans(c, part, qi, pos):
    q, answers = c[part][qi]
    return q, answers[pos % len(answers)]


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 思路清楚", "√ 8分", "√ 要点全", "√ 9分", "√ 注意书写", "√ 10分", "√ 再补充一点"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names):
    f = s["f8"]
    t = s["teachers"]
    rng = random.Random(s["seed"] * 8)
    lines, parts = [], []
    if f == "pneu_footer":  # drawn; name only in the printed footer
        for i, n in enumerate(names):
            for page in range(2):
                if lines:
                    lines.append("----")
                lines += ["%s　液压与气动系统装调　学习工作页" % s["school"], "学习任务：%s" % c["task"], ""]
                if page == 0:
                    lines += ["【任务情境】", c["situation"], ""]
                q, a = ans(c, "qs", page, i)
                lines += [q, "> " + a, "! " + mark(rng), ""]
                if page == 1:
                    lines += ["三、画出你搭建的回路简图并标出元件编号。", "> （图略）气源—三联件—5/2阀—节流阀—气缸", "! √ 回路正确",
                              "", "! 批阅：%s　%s" % (t[0], day(s, i))]
                lines.append("^ 学生：%s　　班级：%s　　第%d页／共2页" % (n, cls_of(s, n), page + 1))
        return "08.txt", "\n".join(lines) + "\n", "y-scan:200:1"
    if f == "charge_group_cover":  # group cover, then printed label + handwritten name, skewed, dark border
        lines += ["新能源汽车充电系统检修　学习工作页", "", "学习任务：%s" % c["task"], "班级：%s" % s["cls"],
                  "小组：第三组", "小组成员：%s" % "、".join(names), "组长：%s" % names[0], "指导教师：%s、%s" % (t[0], t[1]),
                  "完成日期：%s" % day(s, 1)]
        for i, n in enumerate(names):
            lines += ["----", "交流慢充系统故障诊断　工作页", "姓名：«%s»　　班级：%s　　工位：%d号" % (n, s["cls"], 3 + i), "",
                      "【情境】" + c["situation"], ""]
            for qi in range(2):
                q, a = ans(c, "qs", qi, i)
                lines += [q, "> " + a, "! " + mark(rng), ""]
            lines.append("! 教师：%s　%s" % (t[0], day(s, 2 + i)))
        return "08.txt", "\n".join(lines) + "\n", "y-scan:200:0:skew3:border"
    if f == "front_kv_wenkai":  # typed key/value form, name in WenKai, scanned
        for i, n in enumerate(names):
            kv = ('<table style="border-collapse:collapse" width="100%%"><tr>%s%s%s%s</tr><tr>%s%s%s%s</tr></table>' % (
                cell("姓　　名"), cell('<span %s>%s</span>' % (WENKAI, n)), cell("实训岗位"), cell("前台接待员"),
                cell("班　　级"), cell(s["cls"]), cell("指导教师"), cell(t[0])))
            body = '<h3 style="text-align:center">前台散客入住登记办理　学习工作页</h3>' + kv + \
                '<p><b>任务情境</b>　%s</p>' % c["situation"]
            for qi in range(2):
                q, a = ans(c, "qs", qi, i)
                body += '<p><b>%s</b></p><p %s>%s</p><p %s>%s</p>' % (q, WENKAI, a, RED, mark(rng))
            body += '<p style="text-align:right">%s</p>' % day(s, 3 + i)
            parts.append(body)
        return "08.html", html(PB.join(parts)), "y-scanpdf:250"
    if f == "honey_teacher_each_page":  # drawn, two pages per student, teacher named on each page
        for i, n in enumerate(names):
            for page in range(2):
                if lines:
                    lines.append("----")
                if page == 0:
                    lines += ["中药炮制技术　工作页　（%s）" % c["task"], "姓名：«%s»　　班级：%s　　学号：%s" % (n, s["cls"], sid(s, n)),
                              "带教教师：%s" % t[1], "", "【任务】" + c["situation"], ""]
                else:
                    lines += ["中药炮制技术　工作页（续）", "姓名：«%s»　　带教教师：%s" % (n, t[1]), ""]
                q, a = ans(c, "qs", page, i)
                lines += [q, "> " + a, "! " + mark(rng), ""]
                if page == 1:
                    lines += ["三、记录本次炮制的投料量和成品量。", "> 生黄芪片2千克，炼蜜0.5千克，成品2.31千克。", "! √"]
                lines += ["", "! 带教教师：%s　%s" % (t[1], day(s, 4 + i))]
        return "08.txt", "\n".join(lines) + "\n", "y-scan:250:0:h4"
    if f == "drum_storyboard_lowc":  # typed storyboard worksheet, low contrast colour scan
        for i, n in enumerate(names):
            shots = [[k + 1, ["大全景：黄土高坡上鼓队列阵", "中景：鼓手扬起鼓槌", "特写：鼓面和飞扬的红绸", "近景：鼓手的笑脸"][k % 4],
                      ["固定", "推", "摇", "跟"][(k + i) % 4], "%d秒" % (2 + (k + i) % 3)] for k in range(4)]
            body = ('<h3 style="text-align:center">二维动画制作　学习工作页</h3><p>学生：<span %s>%s</span>　　班级：%s　　'
                    '指导教师：%s</p><p>【任务情境】%s</p>' % (UKAI, n, cls_of(s, n), t[0], c["situation"]))
            for qi in range(2):
                q, a = ans(c, "qs", qi, i)
                body += '<p><b>%s</b></p><p %s>%s</p><p %s>%s</p>' % (q, UKAI, a, RED, mark(rng))
            body += '<p><b>三、填写开场四个镜头的分镜表。</b></p>' + table(["镜号", "画面内容", "运镜", "时长"], shots)
            parts.append(body)
        return "08.html", html(PB.join(parts)), "y-scanpdf:200:color:lowc"
    if f == "wheel_uneven":  # drawn in SungtiL, uneven light
        for i, n in enumerate(names):
            if lines:
                lines.append("----")
            lines += ["康复照护　学习工作页　%s" % c["task"], "学生姓名：«%s»　学号：%s　评价教师：%s" % (n, sid(s, n), t[0]), "",
                      "【情境】" + c["situation"], ""]
            for qi in range(2):
                q, a = ans(c, "qs", qi, i)
                lines += [q, "> " + a, "! " + mark(rng), ""]
            lines += ["三、写出转移的口令。", "> “爷爷，我数一二三，您用左手扶住扶手，我们一起站起来。”", "! √ 沟通好",
                      "", "! %s %s" % (t[0], day(s, 5 + i))]
        return "08.txt", "\n".join(lines) + "\n", "y-scan:200:2:uneven"
    if f == "dispatch_border":  # drawn, dark border
        for i, n in enumerate(names):
            if lines:
                lines.append("----")
            lines += ["城市轨道交通行车组织　工作页", "姓名：«%s»　　班级：%s　　岗位：行车值班员" % (n, s["cls"]), "",
                      "【情境】" + c["situation"], ""]
            for qi in range(2):
                q, a = ans(c, "qs", qi, i)
                lines += [q, "> " + a, "! " + mark(rng), ""]
            lines += ["三、写出请求闭塞的标准用语。", "> “华州站，请求%d次闭塞。”" % (1021 + 2 * i), "! √", "",
                      "! 指导教师：%s　%s" % (t[0], day(s, 6 + i))]
        return "08.txt", "\n".join(lines) + "\n", "y-scan:200:0:border"
    if f == "gourd_header_table":  # typed header table, UKai name, uneven light
        for i, n in enumerate(names):
            kv = '<table style="border-collapse:collapse" width="100%%"><tr>%s%s%s%s%s%s</tr></table>' % (
                cell("学生"), cell('<span %s>%s</span>' % (UKAI, n)), cell("班级"), cell(s["cls"]), cell("指导教师"), cell(t[0]))
            body = '<h3 style="text-align:center">陕菜制作　工作页　%s</h3>' % c["task"] + kv + '<p>【情境】%s</p>' % c["situation"]
            for qi in range(2):
                q, a = ans(c, "qs", qi, i)
                body += '<p><b>%s</b></p><p %s>%s</p><p %s>%s</p>' % (q, UKAI, a, RED, mark(rng))
            body += '<p><b>三、记录三道工序的时间。</b></p>' + table(["工序", "时间", "火力"], [
                ["煮", "%d分钟" % (8 + i), "中火"], ["蒸", "%d分钟" % (90 + 5 * i), "旺火"], ["炸", "%d分钟" % (2 + i % 2), "旺火"]])
            parts.append(body)
        return "08.html", html(PB.join(parts)), "y-scanpdf:250:uneven"
    raise SystemExit("item8 format %s" % f)


# ------------------------------------------------------------------ item 10

def resolve_notes(s, rec):
    fixed = set(s["students"]) | set(s.get("extra_class", []))
    out = {}
    for k, note in s.get("notes", {}).items():
        if not k.startswith("@"):
            out[k] = note
            continue
        j = int(k[1:])
        while rec[j] in fixed or rec[j] in out:
            j += 1
        out[rec[j]] = note
    s["notes_resolved"] = out
    z = {}
    for k, how in s.get("zero_rows", {}).items():
        if k.startswith("@"):
            k = [n for n, note in out.items() if note.startswith("缺考")][0]
        z[k] = how
    s["zero_resolved"] = z


def parts_for(rng, maxima, level=None):
    level = level or rng.uniform(0.62, 0.96)
    return [max(0, min(m, round(m * (level + rng.uniform(-0.09, 0.09))))) for m in maxima]


def item10(s, c, rec):
    f = s["f10"]
    rng = random.Random(s["seed"] * 10)
    t = s["teachers"]
    bad = s.get("bad", {})
    notes = s["notes_resolved"]
    zero = s["zero_resolved"]
    head = '<h3 style="text-align:center">%s学习任务考核记录</h3><p>学习任务：%s　　授课班级：%s　　考核日期：%s</p>' % (
        s["school"], c["task"], s["cls"], day(s, 20))
    sign = '<p>任课教师（签字）：%s　　　教研室主任：%s</p>' % ("　".join(t[:2]), t[-1])
    rows = []
    if f == "pneu_sheet_landscape":
        for i, n in enumerate(rec):
            p = parts_for(rng, [10, 10, 10, 10, 20, 40])
            if bad.get(n) == "over":
                p = [8, 9, 12, 8, 15, 31]  # 12 > 10
            rows.append([i + 1, sid(s, n), pad2(n)] + p + [sum(p)])
        hd = ["序号", "学号", "姓名", "平时1", "平时2", "平时3", "平时4", "期中", "期末", "总评"]
        cap = '<p style="font-size:8pt">各项满分：平时1～平时4各10分，期中20分，期末40分，总评100分（各项之和）。</p>'
        grid = lambda r: table(hd, r, pad="0px 4px")  # noqa: E731
        body = ('<p style="text-align:center;font-size:12pt"><b>%s　%s　学习任务考核成绩表</b></p>'
                '<p style="font-size:8pt">学习任务：%s　　导出时间：%s 16:42</p>' % (s["cls"], c["course"], c["task"], day(s, 21))
                + cap + grid(rows[:21]) + '<p style="font-size:7pt;text-align:right">Sheet1　第 1 页，共 2 页</p>' + PB +
                cap + grid(rows[21:]) + sign + '<p style="font-size:7pt;text-align:right">Sheet1　第 2 页，共 2 页</p>')
        return "10.html", html(body, size="8.5pt", page="size:29.7cm 21cm;margin:1.2cm"), "y-scanpdf:200"
    if f == "charge_groups_typed":
        for i, n in enumerate(rec):
            p = parts_for(rng, [20, 50, 30])
            rows.append(["第%d组" % (1 + i // 5), sid(s, n), pad2(n, " ")] + p + [sum(p)])
        body = head + table(["组别", "学号", "姓名", "安全防护(20)", "故障诊断(50)", "维修报告(30)", "得分"], rows, pad="1px 4px") + \
            '<p>注：每组第一名同学为组长。</p>' + sign
        return "10.html", html(body, size="9.5pt"), "pdf"
    if f == "front_three_pages":
        for i, n in enumerate(rec):
            p = parts_for(rng, [10, 40, 30, 20])
            rows.append([i + 1, n] + p + [sum(p), notes.get(n, "")])
        hd = ["序号", "姓名", "仪容仪表(10)", "接待流程(40)", "系统操作(30)", "服务用语(20)", "成绩", "备注"]
        chunks = [rows[0:12], rows[12:24], rows[24:]]
        pages = []
        for k, ch in enumerate(chunks):
            pg = (head if k == 0 else '<p>%s　%s考核记录（续）</p>' % (s["cls"], c["task"])) + table(hd, ch, pad="3px 4px")
            if k == 2:
                pg += sign
            pg += '<p>&nbsp;</p><p style="text-align:center">第%d页　共3页</p>' % (k + 1)
            pages.append(pg)
        return "10.html", html(PB.join(pages), size="10pt"), "y-scanpdf:250:mono"
    if f == "honey_fullwidth_typed":
        for i, n in enumerate(rec):
            note = notes.get(n, "")
            how = zero.get(n)
            if how:
                v = {"empty": "", "zero": "0", "dash": "—"}[how]
                rows.append([fw(i + 1), fw(sid(s, n)), n, fw(v), fw(v), fw(v), fw(v), note])
                continue
            p = parts_for(rng, [20, 50, 30])
            rows.append([fw(i + 1), fw(sid(s, n)), n] + [fw(x) for x in p] + [fw(sum(p)), note])
        body = head + table(["序号", "学号", "姓名", "净制(20)", "蜜炙(50)", "成品质量(30)", "合计", "备注"], rows, pad="1px 4px") + sign
        return "10.html", html(body, size="9pt"), "pdf"
    if f == "drum_weighted_lowc":
        for i, n in enumerate(rec):
            a, b = parts_for(rng, [100, 100])
            tot = "%.1f" % (0.4 * a + 0.6 * b)
            if bad.get(n) == "weighted":
                a, b, tot = 80, 90, "96.0"  # 0.4*80 + 0.6*90 = 86.0
            rows.append([i + 1, n, a, b, tot])
        body = head + table(["序号", "姓名", "过程评价(40%)", "作品评价(60%)", "总评"], rows, width="75%", pad="1px 6px") + \
            '<p>总评＝过程评价×40%＋作品评价×60%。</p>' + sign
        return "10.html", html(body, size="9pt"), "y-scanpdf:200:lowc"
    if f == "wheel_teacher_column":
        lv = ["优秀", "良好", "合格"]
        for i, n in enumerate(rec):
            v = parts_for(rng, [100])[0]
            rows.append([i + 1, n, v, lv[0] if v >= 90 else lv[1] if v >= 75 else lv[2], t[i % 3]])
        body = head + table(["序号", "姓名", "评分（百分制）", "等级", "考核教师"], rows, width="80%", pad="1px 6px") + \
            '<p>说明：每位学生由一名考核教师按评分表独立评分。</p>' + sign
        return "10.html", html(body, size="9pt"), "y-scanpdf:200:uneven"
    if f == "dispatch_gender_border":
        for i, n in enumerate(rec):
            p = parts_for(rng, [20, 60, 20])
            rows.append([i + 1, sid(s, n), n, s["gender"][n]] + p + [sum(p)])
        body = head + table(["序号", "学号", "姓名", "性别", "作业(20)", "实操(60)", "口试(20)", "总分"], rows, pad="0px 4px") + sign
        return "10.html", html(body, size="8.5pt"), "y-scanpdf:200:border"
    if f == "gourd_hand_scores":
        H = 'style="font-family:\'AR PL UKai CN\';color:#1d2f6b;font-size:11pt"'
        for i, n in enumerate(rec):
            note = notes.get(n, "")
            if zero.get(n):
                rows.append([i + 1, n, "", "", "", "", "", note])
                continue
            p = parts_for(rng, [20, 30, 30, 20])
            rows.append([i + 1, n] + ['<span %s>%d</span>' % (H, x) for x in p + [sum(p)]] + [note])
        body = head + table(["序号", "姓名", "刀工(20)", "火候(30)", "调味(30)", "装盘(20)", "总分", "备注"], rows, pad="0px 4px") + sign
        return "10.html", html(body, size="8.5pt"), "y-scanpdf:250"
    raise SystemExit("item10 format %s" % f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f = s["f11"]
    t = s["teachers"]
    outs = c["outputs"]
    parts = []
    if f == "pneu_titleblock":
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            tb = '<table style="border-collapse:collapse" width="100%%"><tr>%s%s%s%s</tr><tr>%s%s%s%s</tr></table>' % (
                cell("图名"), cell(title), cell("学生姓名"), cell(n), cell("班级"), cell(cls_of(s, n)), cell("审核"), cell(t[2]))
            parts.append('<h3 style="text-align:center">%s</h3><p>%s</p><p>（图纸与记录附后）</p><p>&nbsp;</p>%s' % (title, desc, tb))
        return "11.html", html('<h2 style="text-align:center">学习成果汇编（%s）</h2>' % c["task"] + PB.join(parts)), "pdf"
    if f == "charge_reporter_color":
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            parts.append('<h2 style="text-align:center">%s</h2><p>报告人：%s　　班级：%s　　日期：%s</p><p>%s</p>'
                         '<p>一、故障现象</p><p>二、检测过程与数据</p><p>三、结论与建议</p><p %s>评阅：%s</p>'
                         % (title, n, cls_of(s, n), day(s, 40 + i), desc, RED, t[1]))
        return "11.html", html(PB.join(parts)), "y-scanpdf:200:color"
    if f == "front_group_typed":
        cover = ('<h1 style="text-align:center">学习成果汇编</h1><p style="text-align:center">%s　%s</p><p>&nbsp;</p>'
                 '<p style="text-align:center">小组成员：%s</p><p style="text-align:center">指导教师：%s、%s</p>'
                 % (c["task"], s["cls"], "、".join(names), t[0], t[1]))
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            parts.append('<h3>成果%d　%s</h3><p>作者：%s（%s）</p><p>%s</p>' % (i + 1, title, n, cls_of(s, n), desc))
        return "11.html", html(cover + PB + PB.join(parts)), "pdf"
    if f == "honey_record_typed":
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            parts.append('<h3 style="text-align:center">%s</h3><table style="border-collapse:collapse" width="100%%">'
                         '<tr>%s%s%s%s</tr><tr>%s%s</tr></table>'
                         % (title, cell("操作人"), cell(n), cell("复核人"), cell(t[0]), cell("内容"),
                            cell(desc, ' colspan="3" height="160"')))
        return "11.html", html(PB.join(parts)), "pdf"
    if f == "drum_author_color":
        lines = []
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            if lines:
                lines.append("----")
            lines += [title, "分镜作者：%s　　班级：%s" % (n, cls_of(s, n)), "", desc, "",
                      "镜头1　大全景　固定　3秒　鼓声渐起", "镜头2　中景　推　2秒　鼓手起势",
                      "镜头3　特写　固定　1秒　鼓槌落下", "镜头4　全景　摇　3秒　鼓队变换队形", "",
                      "! 指导教师：%s　优秀" % t[1]]
        return "11.txt", "\n".join(lines) + "\n", "y-scan:200:1:color:lowc"
    if f == "wheel_reports_scan":
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            parts.append('<h2 style="text-align:center">照护实践报告</h2><p>题目：%s</p><p>学生：%s　　班级：%s</p><p>%s</p>'
                         '<p>一、照护对象情况</p><p>二、照护过程</p><p>三、反思</p>' % (title, n, cls_of(s, n), desc))
        return "11.html", html(PB.join(parts)), "y-scanpdf:200"
    if f == "dispatch_trainee_typed":
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            parts.append('<h3>%s</h3><p>学员姓名：%s　　班级：%s　　指导教师：%s</p><p>%s</p>' % (title, n, cls_of(s, n), t[1], desc))
        return "11.html", html('<h2 style="text-align:center">学习成果汇编</h2>' + PB.join(parts)), "pdf"
    if f == "gourd_cards_typed":
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            parts.append('<h3 style="text-align:center">%s</h3><p>出品人：%s　　班级：%s</p><p>%s</p><p>指导教师：%s</p>'
                         % (title, n, cls_of(s, n), desc, t[0]))
        return "11.html", html(PB.join(parts)), "pdf"
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
        head, tail = [], []
        if f == "pneu_inline_mono":
            head = ["液压与气动系统装调　课后作业", "姓名：«%s»　　班级：%s　　学号：%s" % (n, cl, sid(s, n)), ""]
        elif f == "charge_wenkai_skew":
            head = ["新能源汽车充电系统检修　课后作业", "学生：%s　　%s" % (n, cl), ""]
        elif f == "front_footer_name":
            head = ["前厅服务与管理　课后作业（%s）" % c["task"], ""]
            tail = ["^ %s　%s　课后作业　第%d页" % (cl, n, i + 1)]
        elif f == "honey_signature_tilt":
            head = ["中药炮制技术　课后作业", ""]
            tail = ["", "学生签名：«%s»" % n]
        elif f == "drum_wenkai_lowc":
            head = ["二维动画制作　课后作业", "姓名：%s　　班级：%s" % (n, cl), ""]
        elif f == "wheel_ukai_mono":
            head = ["康复照护　课后作业", "学生姓名：%s　　%s" % (n, cl), ""]
        elif f == "dispatch_wenkai_mono":
            head = ["行车组织　课后作业", "姓名：%s　班级：%s" % (n, cl), ""]
        elif f == "gourd_ukai_color":
            head = ["陕菜制作　课后作业", "姓名：%s　　班级：%s" % (n, cl), ""]
        else:
            raise SystemExit("item12 format %s" % f)
        lines += head
        for qi in range(len(c["hw"])):
            q, a = ans(c, "hw", qi, i)
            lines += [q, "> " + a, "! " + mark(rng), ""]
        lines.append("! 批改：%s  %s" % (t[-1], day(s, 30 + i)))
        lines += tail
    meth = {"pneu_inline_mono": "y-scan:300:0:mono", "charge_wenkai_skew": "y-scan:200:4:skew3.5:border",
            "front_footer_name": "y-scan:200:3", "honey_signature_tilt": "y-scan:250:1:tilt",
            "drum_wenkai_lowc": "y-scan:200:4:lowc", "wheel_ukai_mono": "y-scan:250:3:mono",
            "dispatch_wenkai_mono": "y-scan:250:4:mono", "gourd_ukai_color": "y-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ roster

def roster(s, d, man):
    k = s["klass"]
    r = s.get("roster")
    if r == "gbkcsv":
        text = "序号,学号,姓名,性别,宿舍号\r\n" + "".join("%d,%s,%s,%s,%d\r\n" % (
            i + 1, sid(s, n), n, s["gender"][n], 301 + (i // 6)) for i, n in enumerate(k))
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "roster_gbk.csv"), "wb") as f:
            f.write(text.encode("gbk"))
        man.append("roster_gbk.csv\t%s花名册.csv\tcopy\troster\t0" % s["cls"])
    elif r == "xlsx":
        text = "学号,姓名,性别,联系电话\n" + "".join("%s,%s,%s,1389120%04d\n" % (
            sid(s, n), n, s["gender"][n], (i * 37 + s["seed"]) % 10000) for i, n in enumerate(k))
        write(os.path.join(d, "roster.csv"), text)
        man.append("roster.csv\t%s花名册.xlsx\txlsx\troster\t0" % s["cls"])
    elif r == "pdf":
        rows = [[i + 1, sid(s, n), n, s["gender"][n]] for i, n in enumerate(k)]
        off = "　".join("%s：%s" % (role, who) for role, who in s["officers_resolved"].items())
        write(os.path.join(d, "roster.html"), html(
            '<h3 style="text-align:center">%s%s学生名单</h3>' % (s["school"], s["cls"]) +
            table(["序号", "学号", "姓名", "性别"], rows, width="70%", pad="0px 4px") +
            '<p>%s</p><p>班主任：%s　　（共%d人）</p>' % (off, s["teachers"][1], len(k)), size="9.5pt"))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])


# -------------------------------------------------------------------- main

def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Sixth held-out people corpus (testdata/heldout6), same format as testdata/heldout5/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"]]
    all_planted = [n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))]
    bad = [n for n in set(all_planted + all_teachers) if clash(n)]
    if bad:
        raise SystemExit("planted names that stand in an earlier truth file: %s" % "、".join(sorted(bad)))
    seen = {}
    for s in SUBS:
        c = COURSES[s["course"]]
        rng = random.Random(s["seed"] * 7793)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        others = [n for n in all_planted + all_teachers if n not in fixed]
        klass = draw_class(rng, s["size"], fixed, out + others + list(seen), out)
        for n in klass:
            seen[n] = True
        s["klass"] = klass
        s["gender"] = {n: gender(n) for n in klass}
        rec = [n for n in klass if n not in s.get("absent_from_10", [])]
        if s["form_count"] == "@gender":  # the form counts one girl more than the register holds
            m = sum(1 for n in klass if s["gender"][n] == "男")
            s["form_count"] = "男%d 女%d" % (m, len(klass) - m + 1)
        resolve_notes(s, rec)
        offs = {}
        for role, who in s.get("officers", {}).items():
            offs[role] = who
        s["officers_resolved"] = offs
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
        d = os.path.join(SRC, s["school"], s["sub"])
        write(os.path.join(SRC, s["school"], "pack"), s["pack"] + "\n")
        man = ["# source\tfile name\tmethod\tkind\titem"]
        write(os.path.join(d, "form.html"), form_html(s, c))
        formname = {"docx": "申报书_%s.docx" % c["major"], "pdf": "工学一体化优质课堂项目申报书（%s）.pdf" % s["cls"]}[s["form"]]
        man.append("form.html\t%s\t%s\tform\t0" % (formname, s["form"]))
        for n in (1, 2, 3, 4, 5, 6, 7, 9):
            write(os.path.join(d, "%02d.txt" % n), short_item(n, c, s))
            man.append("%02d.txt\t%s\tpdf\titem\t%d" % (n, file_name(s, n, c), n))
        meths = {}
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8])), (10, item10(s, c, rec)), (11, item11(s, c, items[11])),
                                  (12, item12(s, c, items[12]))):
            write(os.path.join(d, nm), tx)
            man.append("%s\t%s\t%s\titem\t%d" % (nm, file_name(s, n, c), meth, n))
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
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": s["form_count"],
            "class": klass, "item10_records": rec, "roster": {"gbkcsv": "csv (GBK)"}.get(s.get("roster"), s.get("roster", "")),
            "officers": offs, "outsiders": s.get("outsiders", {}),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": s["notes_resolved"], "missing_scores": s["zero_resolved"], "teachers": s["teachers"]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    every = [n for sub in truth["submissions"].values() for n in sub["class"] + list(sub["outsiders"]) + sub["teachers"]]
    hit = sorted(set(n for n in every if clash(n)))
    if hit:
        raise SystemExit("names that stand in an earlier truth file: %s" % "、".join(hit))
    print("ok: %d submissions, %d names, none in an earlier truth file" % (len(SUBS), len(set(every))))


if __name__ == "__main__":
    main()
