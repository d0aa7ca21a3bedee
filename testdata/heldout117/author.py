#!/usr/bin/env python3
"""Write the sources of the 117th held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 重庆市铜梁区
(Chongqing), 福泉 (Guizhou, 黔南州) and 五家渠 (Xinjiang, a 兵团 city).
heldout64's author.py was the model: its helpers are copied, the
submissions, texts and most page layouts are new.

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
# the truth files read for names, tasks and courses to avoid (heldout118 is written at the same time and is not read)
EARLIER = [d for d in ["heldout"] + ["heldout%d" % i for i in range(2, 117)] + ["othertools"]
           if os.path.isfile(os.path.join(HERE, "..", d, "truth.json"))]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 铜梁 (川东/重庆 families: 王 李 张 刘 陈 杨 黄 周 唐 蒋 谭 罗 邓 何 向 冉),
# 福泉 (黔南: 王 杨 张 李 陈 罗 吴 刘 and the Miao/Buyi 龙 石 韦 蒙 罗), 五家渠 (兵团 families from 河南, 四川, 甘肃, 山东:
# 王 张 李 刘 陈 杨 赵 孙 周 马 郭 吕 and the Hui 马)
SURNAMES = {
    "tl": list("王王王李李李张张刘刘陈陈陈杨杨黄黄周唐唐蒋谭谭罗邓何向冉"),
    "fq": list("王王王杨杨杨张张李李陈陈罗罗吴吴刘龙龙石韦蒙宋"),
    "wj": list("王王王王张张张李李李刘刘陈陈杨赵孙周马马郭吕"),
}
# given names: a new list of everyday names of students born around 2009
GIVEN2 = ("梓睿 雨桐 俊宇 诗涵 浩然 欣怡 宇轩 思雨 子涵 晨曦 嘉豪 雅雯 俊杰 梦婷 天宇 佳欣 博宇 若涵 明浩 欣雨 "
          "志鹏 晓雪 宇恒 婉婷 鸿飞 梓琪 文轩 静雯 子昂 悦溪 俊逸 可欣 泽宇 雨菲 锦涛 紫涵 浩翔 思佳 家俊 语晨 "
          "鑫宇 佳悦 晨宇 雨辰 逸飞 梦涵 子睿 艺璇 俊辉 慧敏 宏宇 诗雅 骏豪 欣蕊 伟杰 梓晨 鹏程 玉婷 昊天 晓琳 "
          "家兴 雨涵 国豪 秋菊 成林 春燕 永福 金凤 兴旺 海燕 正雄 丽娟 友明 婷婷 光耀 秀娟 朝阳 美玲 德军 小芳 "
          "天成 玉兰 绍华 红梅 建勋 艳玲 宗耀 晓丽 卫东 雪梅 开元 小琴 彦军 琼芳 子豪 慧琳 佳乐 诗琳 宇杰 欣月").split()
GIVEN1 = list("杰洋磊敏鹏娟丹瑶")


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
 "hv": dict(major="新能源汽车检测与维修", code="0435", course="纯电动汽车高压安全与绝缘检修", task="山地城市网约纯电轿车动力电池包绝缘故障检测与维修",
   hours=18, station="新能源汽车高压系统一体化学习工作站",
   situation="铜梁城区坡道多、雨天多，一辆跑网约车的纯电轿车在雨后爬坡时仪表报“动力系统故障”，车辆限功率行驶。车队维修主管请新能源班学员按高压作业规范做好断电和验电，用绝缘测试仪逐段测量高压部件的绝缘电阻，找出进水的电池包接插件，更换密封件并完成检测和交车说明。",
   qs=[("问题1 高压断电后为什么要等五分钟再验电？", ["电机控制器里的电容还存着电，要等它放电到安全电压以下，再用万用表验电确认。", "电容要放电，等降到安全电压。", "等电容放完电再验电。"]),
       ("问题2 绝缘电阻测出来偏低，下一步怎么做？", ["把高压回路分段断开，逐段测量，哪一段偏低就重点检查那一段的接插件和线束。", "分段断开逐段测量。", "哪段低就查哪段的接插件。"])],
   hw=[("1. 高压作业前要穿戴哪些防护用品？", ["绝缘手套、绝缘鞋、护目镜，手套用前要做气密性检查。", "绝缘手套、绝缘鞋、护目镜。", "手套先查漏气。"]),
       ("2. 电池包接插件进水有什么表现？", ["雨天或洗车后报绝缘故障，晾干后故障消失，插件里能看到水痕或锈迹。", "雨后报绝缘故障。", "插件里有水痕。"])],
   outputs=[("动力电池包绝缘检测报告", "正极对地绝缘电阻由0.3 MΩ恢复到大于500 MΩ。"), ("高压部件维修作业记录", "更换电池包低压插件密封圈一件。")]),
 "room": dict(major="饭店(酒店)服务", code="0504", course="民宿客房服务", task="龙灯文化主题民宿客房夜床服务与宾客遗留物品处理",
   hours=16, station="客房服务一体化学习工作站",
   situation="元宵节前后，铜梁来看龙灯表演的游客住满了城里的民宿。一家主题民宿的管家请饭店服务班学员为住客做开夜床服务，按宾客的习惯摆放用品，查房时发现宾客遗留的物品要登记、保管并联系宾客，最后完成客房服务记录和交接班。",
   qs=[("问题1 开夜床时要做哪些事？", ["拉上窗帘、打开床头灯、把被子折成三角、放好拖鞋和晚安卡，补充饮用水。", "拉窗帘、折被角、放拖鞋。", "补水，放晚安卡。"]),
       ("问题2 发现宾客遗留物品怎么处理？", ["两人在场清点，登记物品名称和数量，交到前台保管，并尽快联系宾客。", "两人清点登记，交前台。", "尽快联系宾客。"])],
   hw=[("1. 宾客挂了“请勿打扰”牌怎么办？", ["不敲门不进房，下午两点后还挂着就打电话问候，确认是否需要服务。", "不敲门，两点后电话问候。", "确认是否需要服务。"]),
       ("2. 交接班记录要写什么？", ["房态变化、宾客特殊要求、遗留物品和设备报修情况。", "房态和宾客要求。", "遗留物品和报修。"])],
   outputs=[("夜床服务记录", "服务客房八间，宾客满意。"), ("宾客遗留物品登记表", "登记充电器一个、围巾一条。"), ("交接班记录", "报修空调一台。")]),
 "plc": dict(major="机电一体化技术", code="0127", course="码垛包装设备装调", task="磷化工包装线码垛机械手气动回路安装与PLC调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="福泉一家磷化工企业的化肥包装线新增了一台码垛机械手，设备厂家只送来了图纸和零件。企业设备部请机电班学员按图纸安装气缸、电磁阀和传感器，连接气动回路和PLC接线，编写码垛程序，完成单机调试和联机试运行，并填写调试记录。",
   qs=[("问题1 气动回路安装后为什么要先手动试阀？", ["先用电磁阀上的手动按钮逐个动作，确认气缸方向和速度对了，再通电联调，避免撞坏机械手。", "确认方向和速度。", "避免撞坏机械手。"]),
       ("问题2 码垛程序里层数怎么计数？", ["每码完一层计数器加一，到设定层数后发出满垛信号，推出托盘后计数器清零。", "码完一层加一。", "满垛后清零。"])],
   hw=[("1. 磁性开关装在气缸的什么位置？", ["装在气缸伸出和缩回的两个终点位置，调到指示灯刚好亮的地方固定。", "伸出和缩回的终点。", "指示灯刚亮处固定。"]),
       ("2. 联机试运行要记录哪些数据？", ["每包的码垛时间、一垛的层数和包数、故障次数和原因。", "码垛时间和层数。", "故障次数和原因。"])],
   outputs=[("码垛机械手调试记录", "单垛八层四十包，节拍九秒。"), ("PLC程序清单", "共一百二十六步。"), ("联机试运行报告", "连续运行两小时无故障。")]),
 "net": dict(major="计算机网络应用", code="0301", course="景区无线网络部署", task="古城景区游客中心无线网络覆盖勘测与AP部署调试",
   hours=16, station="网络搭建与运维一体化学习工作站",
   situation="福泉古城的游客中心要给游客提供免费无线网络，原来的两台家用路由器信号覆盖不到展厅和休息区。景区信息科请网络班学员现场勘测信号强度，画出点位图，部署吸顶式无线AP和控制器，划分访客网段，配置认证页面并测试漫游和速率。",
   qs=[("问题1 为什么要先做现场勘测？", ["墙体和展柜会挡信号，先测出每个区域的信号强度，才能定AP的数量和点位。", "墙体会挡信号。", "定AP数量和点位。"]),
       ("问题2 访客网络为什么要单独划网段？", ["把游客和办公网络隔开，游客访问不到内部的服务器和收银系统。", "和办公网络隔开。", "访问不到内部服务器。"])],
   hw=[("1. 相邻AP的信道怎样设置？", ["2.4G用1、6、11三个不重叠信道交错布置，避免同频干扰。", "用1、6、11信道。", "交错布置防干扰。"]),
       ("2. 漫游测试怎么做？", ["拿手机边走边持续ping网关，看切换AP时丢包多少。", "边走边ping网关。", "看切换时丢包。"])],
   outputs=[("游客中心无线勘测报告", "展厅信号由-82 dBm提高到-58 dBm。"), ("AP点位图与配置清单", "共部署吸顶AP六台。")]),
 "care": dict(major="健康与社会照护", code="0529", course="卧床老人皮肤与体位照护", task="兵团老战士养护院失能老人压疮预防与体位转换照护",
   hours=16, station="老年照护一体化学习工作站",
   situation="五家渠一家养护院住着不少年事已高的兵团老战士，其中几位长期卧床。护理部主任请照护班学员跟随护理员评估老人的皮肤和压疮风险，制订两小时一次的体位转换计划，使用减压垫和翻身枕，做好皮肤清洁，并把每一次翻身和观察写进照护记录。",
   qs=[("问题1 为什么要每两小时翻一次身？", ["同一部位长时间受压，皮肤缺血缺氧，两小时左右就可能发红破溃，按时翻身能减轻压迫。", "长时间受压皮肤缺血。", "按时翻身减轻压迫。"]),
       ("问题2 翻身后要观察哪些部位？", ["骶尾部、足跟、髋部和肩胛部这些骨头突出的地方，看有没有发红、发硬。", "骶尾部和足跟。", "骨突处有无发红。"])],
   hw=[("1. 侧卧位时翻身枕怎样放？", ["背后放一个翻身枕，两腿之间夹一个软枕，上面的腿稍向前屈。", "背后放枕，两腿间夹枕。", "上腿稍前屈。"]),
       ("2. 照护记录要写哪些内容？", ["时间、体位、皮肤情况、老人的反应和照护员签名。", "时间和体位。", "皮肤情况和签名。"])],
   outputs=[("体位转换照护记录", "全天翻身十二次，骶尾部无发红。"), ("压疮风险评估表", "Braden评分十四分，中度风险。"), ("照护交接单", "已交接夜班护理员。")]),
 "metro": dict(major="城市轨道交通运输与管理", code="0431", course="市域快线车站客运服务", task="市域快线车站乘客遗失物品招领与重点乘客接送服务",
   hours=16, station="城轨车站客运服务一体化学习工作站",
   situation="五家渠往来乌鲁木齐的市域快线开通后，车站每天都有乘客遗失手机、证件和行李，也常有坐轮椅的老人和带着孩子的旅客需要帮助。站长请城轨班学员在实训车站里练习遗失物品的登记、保管和招领，按预约为重点乘客提供接送服务，并写好服务记录。",
   qs=[("问题1 拾到乘客遗失的手机怎么办？", ["两人共同登记时间、地点和物品特征，不开机翻看，交车站客服中心保管，等失主来认领。", "两人登记，交客服中心。", "不开机翻看。"]),
       ("问题2 接送坐轮椅的乘客要注意什么？", ["提前到闸机口等候，走无障碍电梯，上车时把轮椅后退推上车，并通知到达站接车。", "走无障碍电梯。", "通知到达站接车。"])],
   hw=[("1. 失主来认领时怎样核对？", ["请失主说出物品特征，核对身份证件，签字后交还。", "说出特征，核对证件。", "签字后交还。"]),
       ("2. 重点乘客有哪些？", ["老人、孕妇、儿童、残障人士和病人。", "老人、孕妇、残障人士。", "需要帮助的乘客。"])],
   outputs=[("遗失物品登记招领记录", "登记物品九件，已招领七件。"), ("重点乘客服务记录", "接送轮椅乘客三人次。"), ("服务情景演练脚本", "分六个岗位。")]),
 "cold": dict(major="汽车维修", code="0403", course="柴油发动机冷启动故障检修", task="冬季低温柴油皮卡冷启动困难故障诊断与排除",
   hours=18, station="汽车发动机检修一体化学习工作站",
   situation="五家渠的冬天早上气温常在零下二十度以下，一家农机合作社的柴油皮卡早上打不着火，要拖到车间。维修班组长请汽修班学员问清燃油型号和故障现象，检查预热塞、蓄电池、燃油滤清器的结蜡情况，读取故障码，排除故障后给车主讲清冬季用车注意事项。",
   qs=[("问题1 柴油车冬天冷启动困难，先查哪些地方？", ["先问加的是几号柴油，再查预热塞是否工作、蓄电池电压够不够、燃油滤清器有没有结蜡。", "柴油标号和预热塞。", "蓄电池和滤清器结蜡。"]),
       ("问题2 怎样检测预热塞的好坏？", ["拔下接线，用万用表测预热塞电阻，正常不到一欧，开路就要更换。", "用万用表测电阻。", "开路就更换。"])],
   hw=[("1. 零下二十度应该加几号柴油？", ["应加负三十五号柴油，冷滤点要比当地最低气温低五度以上。", "负三十五号。", "冷滤点低于气温。"]),
       ("2. 给车主的冬季用车建议有哪些？", ["停车后加防冻罩，早上先预热两次再启动，定期放燃油滤清器的水。", "先预热再启动。", "定期放水。"])],
   outputs=[("维修工单", "更换第三缸预热塞和燃油滤清器。"), ("故障诊断报告", "冷启动由失败恢复到五秒内启动。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="重庆市铜梁区巴川技工学校", pack="dir", region="tl", course="hv", cls="新能源2403班", size=33, seed=11,
         sidp="24150435", students=["谭梓睿", "向梓琳", "冉俊逸"], items={8: ["谭梓睿", "冉俊逸"]},
         extra_class=["蒋鸿飞"], bad={"蒋鸿飞": "over"}, others_named=["唐守成"],
         teachers=["黄崇川", "邓玉蓉"], form_count="全班33名学生", form_n=33,
         f8="hv_ticket", f10="per_lesson", f11="hv_report", f12="hand_photo",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "蒋鸿飞")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 300 dpi colour; a 高压作业任务单 whose head table has 作业人 (the student, by hand) and 监护人 "
                 "(the fleet's master 唐守成, not a student)) holds only TWO worksheets, 谭梓睿's and 冉俊逸's (向梓琳's is missing; "
                 "11 and 12 hold the three): students.count on 8; students.mismatch optional. Item 10 (scanned 1-bit 300 dpi) is a PER-LESSON register: "
                 "`课堂表现（按课次，各5分）` over six columns 第1次…第6次, then 成果(70), 总分, 学号 (the name first, 学号 last); "
                 "蒋鸿飞 has 8 under 第4次 (max 5; 总分 the sum): records.invalid_score. No roster"),
    dict(school="重庆市铜梁区巴川技工学校", pack="dir", region="tl", course="room", cls="酒店2402班", size=34, seed=12,
         sidp="24150504", students=["周雅雯", "何晓岚", "罗思蕊"], others_named=["梁淑华", "王德銮", "陈淑娥"],
         teachers=["蒋丽萍", "刘光荣"], form_count="34人（男8人，女26人）", form_n=34, roster="boys_girls", headteacher="唐海霞",
         f8="room_card", f10="bonus", f11="nightbed_typed", f12="scan_hand_gray",
         findings=[],
         comment="clean. Roster: boys and girls in two tables side by side (男生8人 | 女生26人), 34 = form `34人（男8人，女26人）` "
                 "= item 10 (34 rows). Item 10 (TYPED) has a 附加分 column explained on the page: 总分 = the four parts + 附加分 "
                 "(2 points for a guest's written praise, 1 for a 技能节 prize), so two totals (101) exceed 100 legally and no part "
                 "exceeds its maximum. The guests 梁淑华 and 王德銮 (宾客 on the worksheets and records) and the homestay "
                 "housekeeper 陈淑娥 (管家) are not students"),
    dict(school="福泉市葛镜技工学校", pack="gbkzip", region="fq", course="plc", cls="机电2401班", size=36, seed=21,
         sidp="2452012701", students=["龙宇恒", "石婉婷", "韦鹏程"], extra_class=["蒙晓雪"], absent_from_10=["蒙晓雪"],
         teachers=["杨正刚", "吴应琴"], form_count="36 人", form_n=36, roster="signin", headteacher="罗永平",
         f8="seal_line", f10="weighted", f11="commission_typed", f12="photo_tissue",
         findings=[("records.missing_student", 10, False, "蒙晓雪"), ("records.count_mismatch", 10, False)],
         comment="the roster is a 实训签到表 (序号 学号 姓名 and six dated session columns of √ and 假, `应到36人`; 36) and the form "
                 "says `学生人数 | 36 人`; item 10 (TYPED, landscape, weighted: 过程考核 and 成果考核 each out of 100, 总评 = 过程×40% "
                 "+ 成果×60% as the head says) has 35 rows and none for 蒙晓雪: records.missing_student and records.count_mismatch. "
                 "Item 8 (scanned 200 dpi gray): an exam-style 密封线 head (班级 姓名 学号 above a dotted seal line)"),
    dict(school="福泉市葛镜技工学校", pack="gbkzip", region="fq", course="net", cls="网络2401班", size=38, seed=22,
         sidp="2452030101", students=["王俊乔", "陈梦溪", "罗子昂"], outsiders={"罗子昂": "网络2402班"}, out_sidp="2452030102",
         extra_class=["杨宏毅"], bad={"杨宏毅": "sum"}, others_named=["宋开明"],
         teachers=["张德林", "李永芬"], form_count="38 人", form_n=38,
         f8="assessee_box", f10="grade_col", f11="survey_typed", f12="photo_plain",
         findings=[("students.not_in_class", 8, True, "罗子昂"), ("records.invalid_score", 10, False, "杨宏毅")],
         comment="罗子昂 of the parallel class 网络2402班 (his class and 学号 245203010223 on his worksheet, typed survey reports and "
                 "homework) is the third student of 8/11/12; item 10 (38 rows = form `38 人`) has no record of him: "
                 "students.not_in_class. Item 10 (TYPED) has a 等级 column beside 总分 and a 备注 column; 杨宏毅's 总分 is 6 above "
                 "the sum of his parts (his 等级 follows the wrong total): records.invalid_score. Item 8 (scanned 200 dpi gray): "
                 "no name at the top (only 班级 and a date): the student stands only as `被评人` in the 评分栏 box at the foot, beside "
                 "评分人 (a teacher) and 验收人 宋开明 (the scenic area's IT officer, not a student). No roster"),
    dict(school="五家渠市青湖技工学校", pack="zip", region="wj", course="care", cls="照护2401班", size=32, seed=31,
         sidp="24650529", students=["赵可颖", "孙梦婷", "吕雨菲"], items={11: ["赵可颖", "孙梦婷", "郭欣月"]},
         extra_class=["郭欣月", "马佳萱"], bad={"马佳萱": "sum"}, others_named=["张福山", "刘桂琴", "曾宪梅"],
         teachers=["郝秀兰", "陈旭勇"], form_count="照护2401班 / 32人", form_n=32,
         f8="care_sheet", f10="photo_register", f11="care_photo", f12="scan_mono_hand",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "马佳萱")],
         comment="item 11 (PHONE PHOTOS of hand-written 照护记录 pages, a tissue lying on each) holds the records of 赵可颖, 孙梦婷 "
                 "and classmate 郭欣月 (with an item-10 record) instead of 吕雨菲's (items 8 and 12 hold the three): "
                 "students.mismatch. Item 10 is a PHONE PHOTO of a printed register (two-row head, the maxima in the second "
                 "row); 马佳萱's 总分 is 7 BELOW the sum of her parts: records.invalid_score. The elders 张福山 and 刘桂琴 (照护对象) "
                 "and the nursing head 曾宪梅 are not students. Item 8 (scanned 250 dpi gray, sand on the glass). No roster"),
    dict(school="五家渠市青湖技工学校", pack="zip", region="wj", course="metro", cls="城轨2402班", size=35, seed=32,
         sidp="24650431", students=["周俊驰", "杨语芊", "马艺璇"], others_named=["邱德顺", "孙玉珍"],
         teachers=["赵建疆", "周琼华"], form_count="城轨2402班 / 35人", form_n=35,
         f8="corner_box", f10="corrected", f11="lost_typed", f12="photo_tissue2",
         findings=[],
         comment="clean. Item 10 (scanned 250 dpi gray, sand on the glass) has HAND CORRECTIONS: five scores struck through "
                 "in red with the corrected score written beside and the teacher's initials (`改 赵`); the 总分 adds the "
                 "corrected score; 35 rows = form `35人`. The passengers 邱德顺 (失主) and 孙玉珍 (轮椅乘客) are named on the "
                 "worksheets and records. Item 8: the name in a small box at the top right corner (`第 组 / 姓名`). No roster"),
    dict(school="五家渠市青湖技工学校", pack="zip", region="wj", course="cold", cls="汽修2401班", size=41, seed=33,
         sidp="24650403", students=["孙浩翔", "郭逸尘", "刘慧岚"], extra_class=["吕国豪", "孙宗耀"], bad={"吕国豪": "over"},
         absent_from_10=["孙宗耀"], others_named=["马正雄"],
         teachers=["龚守义", "马秀梅", "郭建勋"], form_count="汽修2401班 / 41人", form_n=41,
         f8="head_row", f10="group_blocks", f11="workorder_typed", f12="exercise_photo",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "吕国豪")],
         comment="item 10 (TYPED) lists 40; the form says `41人`: records.count_mismatch (孙宗耀 has no record; no roster). "
                 "Item 10 is grouped in 小组 blocks (a grey `第n组　组长：` row every eight) with a two-row head, maxima in the "
                 "second row; 吕国豪 has 44 under 故障诊断（40） (总分 the sum): records.invalid_score. The farm co-op driver "
                 "马正雄 is named as 车主 (typed item 11). Three teachers"),
]
PROVINCE = {1: "重庆市铜梁区", 2: "贵州省黔南州福泉市", 3: "新疆五家渠市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 铜梁: "【8】工作页.pdf" (the number in black lenticular brackets; the item's name follows)
        return "【%d】%s.pdf" % (n, NAMES[n])
    if g == 2:   # 福泉: "8．工作页.pdf" (a full-width full stop)
        return "%d．%s.pdf" % (n, NAMES[n])
    return "%02d_%s（青湖技校）.pdf" % (n, NAMES[n])   # 五家渠: "08_工作页（青湖技校）.pdf"


def form_name(s, c):
    return {1: ("巴川技校-%s-优质课堂申报书.docx" % s["cls"], "docx"),
            2: ("附件2：工学一体化优质课堂项目申报书（%s）.pdf" % c["major"], "pdf"),
            3: ("申报书（%s）.docx" % c["task"][:8], "docx")}[grp(s)]
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


def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "授课对象 | %s，%s" % (s["cls"], s["form_count"])
    if g == 2:
        return "学生人数 | %s" % s["form_count"]
    return "班级及人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 铜梁: class and size in one cell, `全班33名学生` / `34人（男8人，女26人）`
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s，%s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 福泉: 学生人数 | 36 人
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("授课地点", c["station"])]
    else:   # 五家渠: 班级及人数 | 照护2401班 / 32人
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("班级及人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年1月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>以学生为中心，按“明确任务—制订计划—评估决策—实施任务—检查控制—评价反馈”组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 37),
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
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    on = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s　%s</p>' % (RED, ["完成认真", "步骤清楚", "较好", "再细致些"][i % 4], t[i % 2], day(s, i)[5:])
        if f == "hv_ticket":   # a high-voltage work ticket: 作业人 (the student) and 监护人 (the master) in the head table
            head = tbl([["作业项目", ("动力电池包绝缘检测与维修", ' colspan="3"')],
                        ["作业人", hand(n), "监护人", hand(on[0], True, BLACK) + "（车队师傅）"],
                        ["班　级", hand(cl, True), "学　号", hand(sid, True)],
                        ["断电时间", hand("%d:%02d" % (9 + i, 5 + 7 * i), True), "验电结果", hand("0 V", True)]], width="100%", pad="5px 5px")
            body = ('<h3 style="text-align:center">高压作业任务单（学习工作页）</h3><p style="text-align:center">%s</p>' % c["task"] + head +
                    "<p>安全确认：☑ 绝缘手套气密检查　☑ 拔下维修开关　☑ 设置警示隔离</p>" + sit + answers(c, rng, i) + comment)
        elif f == "room_card":   # a room-service order: room, guest (printed), attendant by hand
            head = tbl([["楼层", "三楼", "房号", hand("30%d" % (2 + i), True), "宾客", on[i % 2], "入住", "2月%d日" % (10 + i)],
                        ["服务员", (hand(n), ' colspan="3"'), "班级", hand(cl, True), "学号", hand(sid[-2:], True)]], width="100%", pad="4px 3px")
            body = ('<h3 style="text-align:center">夜床服务工作单（学习工作页）</h3>' + head +
                    "<p>宾客习惯：%s　　管家：%s</p>" % (["高枕，不要晚安卡", "多备一瓶矿泉水"][i % 2], on[2]) + sit + answers(c, rng, i) + comment)
        elif f == "seal_line":   # an exam-style seal line: 班级 姓名 学号 above a dotted line
            head = ('<p>班级%s　　姓名%s　　学号%s</p>' % (hand("＿" + cl + "＿", True), hand("＿" + n + "＿"), hand("＿" + sid + "＿", True)) +
                    '<p style="text-align:center;color:#333">…………………………密…………………………封…………………………线…………………………</p>'
                    '<p style="text-align:center;font-size:8pt">（密封线内不要答题）</p>')
            body = head + title + sit + answers(c, rng, i) + comment
        elif f == "assessee_box":   # no name at the top; the student only as 被评人 in the scoring box at the foot
            head = '<p>班级：%s　　　实训日期：%s</p>' % (hand(cl, True), hand(day(s, i)[5:], True))
            box = tbl([["被评人", hand(n), "学号", hand(sid, True)], ["评分人", t[i % 2], "验收人", on[0] + "（景区信息科）"],
                       ["得分", '<span %s>%d</span>' % (RED, 80 + 4 * i), "日期", day(s, i)[5:]]], width="80%", pad="4px 5px")
            body = (title + head + sit + answers(c, rng, i) + '<p><b>评分栏</b></p>' + box)
        elif f == "care_sheet":   # care sheet: the elder (printed), the carer by hand, the nursing head
            head = tbl([["照护对象", on[i % 2], "床号", "%d-%02d" % (2 + i % 2, 6 + 3 * i), "年龄", "%d岁" % (88 + i)],
                        ["照护员", hand(n), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = (title + head + "<p>带教：%s（护理部主任）</p>" % on[2] + sit + answers(c, rng, i) + comment)
        elif f == "corner_box":   # the name in a small box at the top right corner
            box = tbl([["第%s组" % hand(str(1 + i * 2), True)], ["姓名 " + hand(n)], ["学号 " + hand(sid[-2:], True)]], width="100%", pad="2px 4px")
            head = ('<table width="100%%"><tr><td width="72%%"><h3>%s<br/>学习工作页</h3><p>班级：%s</p></td><td width="28%%">%s</td></tr></table>'
                    % (c["task"], s["cls"], box))
            body = head + sit + "<p>演练角色：失主 %s，轮椅乘客 %s</p>" % (on[0], on[1]) + answers(c, rng, i) + comment
        elif f == "head_row":   # a bordered head row 班级 | 姓名 | 学号 | 工位
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "工位", hand("%d号工位" % (2 + i * 3), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"hv_ticket": "x-scanpdf:300:color", "room_card": "x-scanpdf:200:mono", "seal_line": "x-scanpdf:200",
            "assessee_box": "x-scanpdf:200", "care_sheet": "x-scanpdf:250:sand", "corner_box": "x-scanpdf:200:color",
            "head_row": "x-scanpdf:250:sand"}[f]
    font = {"head_row": "Noto Sans CJK SC", "assessee_box": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "1px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    B = lambda xs: ["<b>%s</b>" % x for x in xs]
    if f == "per_lesson":   # six 课次 of 课堂表现 (5 each, stated once in the head) + 成果(70); name first, 学号 last
        h1 = ('<tr>%s%s%s%s%s</tr>' % (td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                     td("<b>课堂表现（按课次，各5分）</b>", ' align="center" colspan="6"', pad),
                                     td("<b>成果<br/>(70)</b>", ' align="center" rowspan="2"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad),
                                     td("<b>学号</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(B(["第%d次" % (i + 1) for i in range(6)]), pad)]
        for k, n in enumerate(rec):
            v = [rng.choice([3, 4, 4, 5, 5]) for _ in range(6)]
            if bad.get(n) == "over":
                v[3] = 8
            r = int(round(70 * rng.uniform(0.62, 0.95)))
            out.append(trow([n] + [str(x) for x in v] + [str(r), str(sum(v) + r), sid_of(s, n)], pad))
        body = (head10(s, c, "学习任务考核成绩单") + table(out, "92%") +
                "<p>说明：总分＝六次课堂表现之和＋成果得分，满分100分。</p>" + sign)
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:300:mono"
    if f == "bonus":   # a 附加分 column, explained on the page: 总分 = parts + 附加分
        parts = [("开夜床", 30), ("遗留物品处理", 25), ("对客沟通", 25), ("记录交接", 20)]
        out = [trow(B(["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分", "总分"]), pad)]
        plus = {3: 2, 9: 1, 17: 2, 26: 1}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.7, 0.98)
            b = plus.get(k, 0)
            if b:
                v = [m for _, m in parts][:1] + v[1:]   # full marks on 开夜床 for the praised
                v = [min(x, m) for x, (_, m) in zip(v, parts)]
                v[1], v[2] = parts[1][1] - 1, parts[2][1]
                if b == 2:
                    v[3] = parts[3][1]
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>附加分说明：实训期间在民宿真实接待中获宾客书面表扬的加2分，获校技能节客房项目奖项的加1分；"
                "总分＝四项得分之和＋附加分，附加分单列，不计入各项。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted":   # landscape; 过程 and 成果 each out of 100; 总评 = 过程×40% + 成果×60%
        p1 = [("安全文明", 20), ("元件安装", 40), ("回路接线", 40)]
        p2 = [("单机调试", 50), ("联机运行", 50)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（百分制）</b>", ' align="center" colspan="4"', pad),
                                       td("<b>成果考核（百分制）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>总评<br/>过程×40%＋成果×60%</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(B(["%s(%d)" % p for p in p1] + ["小计"] + ["%s(%d)" % p for p in p2] + ["小计"]), pad)]
        for k, n in enumerate(rec):
            a, b = part_scores(rng, p1), part_scores(rng, p2)
            tot = sum(a) * 0.4 + sum(b) * 0.6
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in a] + [str(sum(a))] + [str(x) for x in b] + [str(sum(b)), "%.1f" % tot], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) +
                "<p>注：过程考核、成果考核均按百分制评分，总评按过程考核40%、成果考核60%折算，保留一位小数。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True, page="size:A4 landscape;margin:1.0cm 1.2cm"), "pdf"
    if f == "grade_col":   # 等级 beside 总分, a 备注 column
        parts = [("现场勘测", 25), ("点位设计", 20), ("设备配置", 35), ("测试验收", 20)]
        out = [trow(B(["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分", "等级", "备注"]), pad)]
        notes = {4: "请假1次", 12: "补交报告", 20: "组长", 29: "组长"}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            g = "优秀" if tot >= 90 else "良好" if tot >= 80 else "中等" if tot >= 70 else "及格" if tot >= 60 else "不及格"
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), g, notes.get(k, "")], pad))
        body = head10(s, c, "学习任务考核登记表") + table(out) + "<p>等级：90分以上优秀，80—89良好，70—79中等，60—69及格。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "photo_register":   # two-row head, the maxima in the second row; photographed with a phone
        parts = [("风险评估", 15), ("计划制订", 20), ("翻身操作", 35), ("皮肤护理", 20), ("照护记录", 10)]
        out = [trow(B(["序号", "姓名", "学号"] + [p for p, _ in parts] + ["总分"]), pad),
               trow(B(["", "", ""] + ["满分%d" % m for _, m in parts] + ["100"]), pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), n, sid_of(s, n)[-2:]] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>学号栏填学号后两位。</p>" + sign
        return "10.html", html(body, "10pt", compact=True), "x-scanpdf:200:photo:tissue"
    if f == "corrected":   # scores struck through in red, the corrected score beside; 总分 adds the corrected one
        parts = [("物品登记", 20), ("保管交接", 20), ("招领核对", 30), ("重点乘客接送", 30)]
        out = [trow(B(["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]), pad)]
        fix = {2: 1, 8: 3, 15: 2, 23: 0, 30: 2}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            if k in fix:
                j = fix[k]
                old = v[j] - rng.randint(2, 4) if k % 2 else min(parts[j][1], v[j] + rng.randint(2, 4))
                if old == v[j]:
                    old = v[j] - 3
                cells[j] = '<s>%d</s> <span style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:11pt">%d 改%s</span>' % (old, v[j], t[0][0])
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：成绩登记有误处已划改，以改正后的分数计入总分，改正处由评分教师签名。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:sand"
    if f == "group_blocks":   # grouped in 小组 blocks, two-row head, maxima in the second row
        parts = [("接车问诊", 10), ("检测", 25), ("故障诊断", 40), ("排除与验证", 15), ("6S", 10)]
        out = [trow(B(["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]), pad),
               trow(B(["", "", ""] + ["（%d）" % m for _, m in parts] + ["（100）"]), pad)]
        for k, n in enumerate(rec):
            if k % 8 == 0:
                out.append('<tr><td colspan="9" style="border:0.75pt solid #000;padding:1px 6px;background:#e4e4e4">第%s组　　组长：%s</td></tr>'
                           % ("一二三四五六"[k // 8], n))
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 44
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    on = s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    if f == "care_photo":   # hand-written care records, photographed
        lines = []
        for i, n in enumerate(names):
            if i:
                lines.append("----")
            cl, sid = cls_of(s, n), sid_of(s, n)
            lines += ["体位转换照护记录", "照护对象：%s　床号：%d-%02d" % (on[i % 2], 2 + i % 2, 6 + 3 * i),
                      "> 照护员：%s　班级：%s" % (n, cl), ""]
            for h, (pos, skin) in enumerate([("左侧卧", "骶尾部皮肤完好"), ("平卧", "足跟无发红"), ("右侧卧", "髋部无发红"), ("平卧", "皮肤清洁干燥")]):
                lines.append("> %02d:00　%s　%s　老人无不适" % (8 + 2 * h, pos, skin))
            lines += ["", "> 压疮风险：Braden评分%d分" % (13 + i), "! 阅 %s" % t[i % 2]]
        return "11.txt", "\n".join(lines) + "\n", "x-photo:200:2:tissue"
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "hv_report":   # 检测人 / 复核
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车辆", "纯电动轿车（网约车）", "里程", "%d km" % (86000 + 3170 * i)], ["检测人", "%s（%s）" % (n, cl), "复核", t[j % 2]],
                                  ["检测项目", "绝缘电阻（正极/负极对地）", "结果", "合格"], ["说明", (desc, ' colspan="3"')]], width="92%"))
            elif f == "nightbed_typed":   # 服务员, the guest, the housekeeper
                parts.append('<h3>%s</h3>' % title + tbl([["房号", "30%d" % (2 + i), "宾客", on[(i + j) % 2]],
                                                          ["服务员", n, "班级", cl], ["管家", on[2], "日期", day(s, 30 + i)],
                                                          ["记录", (desc, ' colspan="3"')]], width="90%"))
            elif f == "commission_typed":   # 调试人
                parts.append('<h3 style="text-align:center">%s</h3><p>调试人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["设备", "码垛机械手", "气源压力", "0.6 MPa"], ["码垛层数", "8层", "节拍", "%d s" % (9 + i % 2)],
                                  ["结论", (desc, ' colspan="3"')]], width="90%") + "<p>企业确认：设备部　　教师：%s</p>" % t[j % 2])
            elif f == "survey_typed":   # 勘测人, 验收人 the scenic area's IT officer
                parts.append('<h3>%s</h3>' % title + tbl([["勘测人", "%s（%s，学号%s）" % (n, cl, sid)], ["勘测区域", "游客中心展厅、休息区、售票厅"],
                                                          ["结论", desc], ["验收人", "%s（景区信息科）" % on[0]]], width="92%", align="left"))
            elif f == "lost_typed":   # 登记人, the passenger
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["登记人", n, "班级", cl], ["失主／乘客", on[j % 2], "日期", day(s, 30 + i)],
                                  ["物品／服务", ["黑色手机一部", "轮椅接送（预约）", "演练脚本"][j], "处理", desc]], width="90%"))
            elif f == "workorder_typed":   # 维修技师 and the owner
                parts.append('<h3>%s</h3>' % title + tbl([["车主", "%s（农机合作社）" % on[0], "车型", "柴油皮卡"],
                                                          ["维修技师", "%s（%s）" % (n, cl), "质检", t[j % 3]],
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
        if f == "hand_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s" % (cl, n)]
        elif f == "scan_hand_gray":
            head = ["课后作业（客房）", "> 姓名：%s　学号：%s" % (n, sid[-2:])]
        elif f == "photo_tissue":
            head = ["课后作业", "> %s　%s　%s" % (cl, n, sid)]
        elif f == "photo_plain":
            head = ["课后练习　无线网络", "> 班级：%s　学号：%s　姓名：%s" % (cl, sid, n)]
        elif f == "scan_mono_hand":
            head = ["老年照护课后作业", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "photo_tissue2":
            head = ["课后作业　客运服务", "> 第%d组　%s" % (1 + i * 2, n)]
        elif f == "exercise_photo":
            head = ["", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "----", "%s　作业" % c["task"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"hand_photo": "x-photo:200:1", "scan_hand_gray": "x-scan:250:3", "photo_tissue": "x-photo:200:2:tissue",
            "photo_plain": "x-photo:200:4", "scan_mono_hand": "x-scan:300:1:mono", "photo_tissue2": "x-photo:200:3:tissue",
            "exercise_photo": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("梓睿 俊宇 浩然 宇轩 嘉豪 俊杰 天宇 博宇 明浩 志鹏 宇恒 鸿飞 文轩 子昂 俊逸 泽宇 锦涛 浩翔 家俊 鑫宇 晨宇 雨辰 逸飞 子睿 "
           "俊辉 宏宇 骏豪 伟杰 梓晨 鹏程 昊天 家兴 国豪 成林 永福 兴旺 正雄 友明 光耀 朝阳 德军 天成 绍华 建勋 宗耀 卫东 开元 彦军 "
           "子豪 佳乐 宇杰".split()) | set("杰洋磊鹏")


def sex_of(n):
    return "男" if n[1:] in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "boys_girls":   # boys and girls in two tables side by side
        def half(ns, start):
            rows = [trow(["<b>序号</b>", "<b>学号</b>", "<b>姓名</b>"], "1px 4px")]
            for j, n in enumerate(ns):
                rows.append(trow([str(start + j), sid_of(s, n), n], "1px 4px"))
            return table(rows, "100%")
        boys = [n for n in k if sex_of(n) == "男"]
        girls = [n for n in k if sex_of(n) == "女"]
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2>' % (s["school"], s["cls"]) +
                '<table width="100%%"><tr><td width="48%%" valign="top"><p style="text-align:center"><b>男生（%d人）</b></p>%s</td><td width="4%%"></td>'
                '<td width="48%%" valign="top"><p style="text-align:center"><b>女生（%d人）</b></p>%s</td></tr></table>'
                % (len(boys), half(boys, 1), len(girls), half(girls, len(boys) + 1)) +
                "<p>班主任：%s　　　全班%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "signin":   # a practice sign-in sheet used as the class list: six sessions, ticks and 假 marks
        rows = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%d/%d" % (10, 8 + 3 * q) for q in range(6)] + ["备注"]], "1px 4px")]
        rr = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            marks = ["√" if rr.random() > 0.04 else "假" for _ in range(6)]
            rows.append(trow([str(j + 1), sid_of(s, n), n] + marks + [""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　实训签到表（学生名单）</h2><p style="text-align:center">%s　%s</p>' % (s["cls"], s["school"], "码垛包装设备装调") +
                table(rows, "96%") + "<p>√ 到　假 请假　　班主任：%s　　应到%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单（实训签到表）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "117th held-out people corpus (testdata/heldout117), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 117)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s.get("roster") == "boys_girls":
            m = sum(1 for n in s["klass"] if sex_of(n) == "男")
            s["form_count"] = "%d人（男%d人，女%d人）" % (len(s["klass"]), m, len(s["klass"]) - m)
            s["comment"] = re.sub(r"男生8人 \| 女生26人", "男生%d人 | 女生%d人" % (m, len(s["klass"]) - m), s["comment"])
            s["comment"] = re.sub(r"`34人（男8人，女26人）`", "`%s`" % s["form_count"], s["comment"])
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
            "class_size_on_form": s["form_n"], "form_count_text": form_count_text(s),
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
