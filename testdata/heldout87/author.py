#!/usr/bin/env python3
"""Write the sources of the eighty-seventh held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 邹城
(Shandong, a county-level city of 济宁), 临洮 (Gansu, a county of 定西) and
彭阳 (Ningxia, a county of 固原).

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
# the truth files read for names, tasks and courses to avoid (heldout88 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 87)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 邹城 (鲁南 common families, and the 孟 孔 颜 of the
# town of Mencius), 临洮 (陇中 families: 王 张 李 赵 陈 杨 何 and the local 包 漆 祁 牛), 彭阳 (the Hui
# and Han families of 固原: 马 海 虎 禹 锁 and 王 杨 李 张 韩)
SURNAMES = {
    "zc": list("王王王王张张张李李李刘刘孟孟孟孔颜杜孙邵高徐郭朱王张李"),
    "lt": list("王王王王张张张李李李赵赵陈陈杨杨何包漆祁牛马刘王张"),
    "py": list("马马马马王王王杨杨李李张张海虎禹锁韩冯刘田马王"),
}
# given names: everyday names of students born around 2008, and a few one-character ones
GIVEN2 = ("一鸣 子墨 思远 雨萱 若曦 梓涵 浩宇 俊熙 欣悦 佳怡 明轩 嘉懿 语桐 沐辰 皓轩 诗琪 馨月 宇航 泽楷 梦琪 "
          "晨阳 安琪 博文 睿泽 可馨 嘉怡 铭泽 昊然 雅琳 心怡 奕辰 锦程 书瑶 一诺 天佑 梓萌 俊豪 思琪 子轩 靖雯 "
          "紫琳 宏博 家豪 佳琪 瑞雪 子健 晓彤 振宇 雨泽 芷晴 浩楠 欣妍 晟睿 家乐 思彤 润泽 怡然 天翊 佳琳 承泽 "
          "文博 雨欣 凯文 佳颖 子豪 梦瑶 志豪 雅婷 鑫磊 晓雯 子航 雅楠 欣然 宇轩 艺涵 冰洁 新宇 炳辰 泓宇 金泽 "
          "尚儒 庆林 朝晖 治宇 彦博 瀚文 楚涵 婉清 沛然 骏驰 柏霖 翰林 凌霄 景行 煜城 钰涵 歆瑶 珂欣 涵宇 若彤 "
          "梦洁 诗雨 晓萌 乐怡 悦彤 依诺 雨婷 佳慧 思雨 美琪 欣瑜 雪晴 佳宁 静怡 海洋 世杰 建宇 博涛 鹏飞 文杰 "
          "泽宇 宇鑫 翔宇 兆丰 国栋 永康 少杰 梓豪 铭宇 晨轩 明哲 立恒 启明 嘉乐 思源 锦轩 正阳 志远 林峰 舒畅 "
          "雨桐 冠宇 星宇 昕怡 语嫣 妙可 宛如 晓琪 紫萱 亚楠 慧敏 玉洁 秀丽 晓燕 学文 耀祖 生荣 雪梅 建新 "
          "明月 艳霞 小龙 小燕 文静 海燕 晓东 晓宁 国庆 继业 福生 春燕 玉梅 红霞 学军 金花").split()
GIVEN1 = list("昊琳博阳悦鑫磊婷斌娜")


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
 "belt": dict(major="机电一体化技术", code="0127", course="PLC控制系统安装调试与运行维护", task="煤矿地面储煤场带式输送机PLC顺序控制系统安装与调试",
   hours=18, station="机电一体化设备安装调试一体化学习工作站",
   situation="邹城一家煤矿地面储煤场的三条带式输送机要改造控制系统：开机时必须逆煤流方向逐台启动，停机时顺煤流方向逐台停止，任何一台跑偏或打滑都要联锁停机。矿机电科请机电班学员读懂电气图纸，完成PLC接线、I/O分配、梯形图编写和模拟调试，并填写调试记录。",
   qs=[("问题1 为什么启动时要逆煤流方向逐台启动？", ["先开下游的输送机，再开上游的，煤才不会堆在两条输送机的转载点上。", "先开下游，煤不会堆积。", "防止转载点堆煤。"]),
       ("问题2 跑偏开关动作后程序怎样处理？", ["跑偏信号进入PLC后，立即停止本台和上游各台，下游的继续运行把煤拉空，同时声光报警。", "停本台和上游，声光报警。", "下游继续运行拉空。"])],
   hw=[("1. I/O分配表要写哪些内容？", ["输入输出点的地址、对应的元件名称和作用，比如I0.0对应启动按钮SB1。", "地址、元件名称和作用。", "I0.0对应SB1。"]),
       ("2. 模拟调试时怎样模拟打滑信号？", ["用一个按钮代替速度检测开关，按下表示速度低于设定值，观察程序是否联锁停机。", "用按钮代替速度开关。", "看是否联锁停机。"])],
   outputs=[("PLC I/O分配表与接线图", "输入十四点，输出九点。"), ("输送机顺序控制调试记录", "逆煤流启动间隔五秒，联锁动作正常。")]),
 "studytour": dict(major="饭店(酒店)服务", code="0504", course="酒店团队接待服务", task="中学生儒家文化研学团入住接待与行李服务",
   hours=14, station="酒店前厅客房服务一体化学习工作站",
   situation="暑假期间，一所外省中学的一百二十名师生来邹城参加儒家文化研学，住在学校合作的一家酒店。酒店前厅部经理请酒店班学员按团队接待流程准备分房表和房卡，在大堂完成团队入住登记，安排行李员分送行李，向领队说明作息和安全事项，并处理入住后客人提出的问题。",
   qs=[("问题1 团队入住前要准备哪些东西？", ["根据名单提前分好房，制好房卡装进信封，信封上写房号和客人姓名，准备欢迎牌和饮用水。", "提前分房，制好房卡。", "准备欢迎牌。"]),
       ("问题2 行李员分送团队行李时要注意什么？", ["每件行李挂上写有房号的行李牌，按楼层分批送，送到后请客人当面确认件数。", "挂行李牌，按楼层送。", "请客人确认件数。"])],
   hw=[("1. 学生客人晚上想外出怎么办？", ["礼貌劝阻，说明研学团的作息规定，马上联系带队老师，由老师决定。", "联系带队老师。", "说明作息规定。"]),
       ("2. 团队退房时为什么要提前查房？", ["团队房间多、退房集中，提前查房能及时发现物品损坏和遗留，避免耽误客人出发。", "避免耽误出发。", "发现损坏和遗留。"])],
   outputs=[("团队分房表与房卡信封", "共六十二间，男女分楼层。"), ("行李寄存与分送登记", "行李一百三十一件，无差错。")]),
 "pressure": dict(major="健康与社会照护", code="0529", course="卧床老年人照护技术", task="居家卧床老人压力性损伤预防与体位转换照护",
   hours=16, station="健康照护一体化学习工作站",
   situation="临洮县城一家居家养老服务中心接到一户人家的求助：家中八十一岁的老人脑卒中后长期卧床，骶尾部皮肤发红。中心的护理主管请照护班学员上门评估老人的皮肤和营养情况，制订两小时一次的翻身计划，示范正确的体位转换和减压垫使用，并教会家属日常观察和记录。",
   qs=[("问题1 哪些部位最容易发生压力性损伤？", ["骶尾部、足跟、髋部和肩胛部，这些地方骨头突出，皮下脂肪少，长期受压容易破损。", "骶尾部、足跟、髋部。", "骨头突出的地方。"]),
       ("问题2 给老人翻身时为什么不能拖拉？", ["拖拉会产生摩擦力和剪切力，损伤已经受压的皮肤，应该两人配合把老人抬起再移动。", "拖拉会损伤皮肤。", "两人配合抬起再移。"])],
   hw=[("1. 侧卧位时怎样摆放软枕？", ["背后放软枕支撑，两腿之间夹软枕，上面的腿屈曲在前，身体和床面成三十度。", "背后和两腿之间放软枕。", "身体倾斜三十度。"]),
       ("2. 家属每天观察皮肤要看什么？", ["看受压部位有没有发红，按压后红色能不能在半小时内消退，有没有水疱和破溃。", "看发红能不能消退。", "有没有水疱。"])],
   outputs=[("老人皮肤与压疮风险评估表", "Braden评分十二分，属高危。"), ("体位转换照护记录", "每两小时翻身一次，骶尾部发红减轻。")]),
 "insulation": dict(major="新能源汽车检测与维修", code="0435", course="纯电动汽车高压系统检修", task="城配纯电动物流车动力电池包绝缘故障检测与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="临洮一家物流公司的纯电动城配货车雨天行驶后仪表报绝缘故障，车辆不能上高压电。服务站技术主管请新能源班学员按高压安全规程做好断电和个人防护，读取故障码，用绝缘电阻测试仪分段测量电池包、高压线束和电机控制器的绝缘电阻，找到进水的高压接插件，处理后复测并填写检测报告。",
   qs=[("问题1 断开维修开关后为什么还要等五分钟？", ["电机控制器里的电容还存着高压电，要等它放电，用万用表确认电压低于安全值才能操作。", "电容要放电。", "确认电压低于安全值。"]),
       ("问题2 怎样分段查找绝缘故障？", ["从电池包输出端断开，分别测量电池包、高压线束和各个用电器对车身的绝缘电阻，哪段偏低就查哪段。", "分段测量对车身的绝缘电阻。", "哪段低查哪段。"])],
   hw=[("1. 绝缘电阻测试仪使用前要做什么？", ["检查表笔和导线有没有破损，选对测试电压档位，先短接和开路各测一次确认仪表正常。", "检查表笔，选对档位。", "短接开路各测一次。"]),
       ("2. 高压接插件进水后怎样处理？", ["断电后拆开接插件，用无水酒精清洁并吹干，检查密封圈，损坏的更换，复测绝缘合格后再装车。", "清洁吹干，换密封圈。", "复测合格再装。"])],
   outputs=[("绝缘电阻检测报告", "电机控制器接插件绝缘电阻由0.3兆欧恢复到550兆欧。"), ("高压断电与验电记录", "验电电压2.1伏，低于安全值。")]),
 "clinic": dict(major="计算机网络应用", code="0301", course="中小型局域网组建与运维", task="乡镇卫生院门诊楼有线与无线网络组建与调试",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="彭阳县一家乡镇卫生院新建的门诊楼要接入医保专网和办公网，挂号、药房、诊室和输液大厅都要上网，大厅还要给病人提供无线网络。卫生院信息员请网络班学员勘察现场，规划信息点和VLAN，完成机柜安装、跳线制作、交换机和无线AP的配置，测试连通性并交付文档。",
   qs=[("问题1 为什么医保网和办公网要划分不同的VLAN？", ["医保网要和其他网络隔离，划分VLAN后广播和访问互不影响，也便于设置安全策略。", "隔离，保证医保网安全。", "广播互不影响。"]),
       ("问题2 输液大厅的无线AP装在哪里合适？", ["装在大厅中间的吊顶上，避开金属柜和承重墙，信号能均匀覆盖所有座位。", "大厅中间的吊顶上。", "避开金属柜。"])],
   hw=[("1. 网线跳线的T568B线序是什么？", ["白橙、橙、白绿、蓝、白蓝、绿、白棕、棕。", "白橙橙白绿蓝白蓝绿白棕棕。", "T568B线序。"]),
       ("2. 怎样测试一个信息点是否通了？", ["用测线仪测线序，再接电脑用ping命令测试网关，能通并且丢包为零才算合格。", "测线仪加ping网关。", "丢包为零。"])],
   outputs=[("信息点分布与VLAN规划表", "信息点四十六个，划分三个VLAN。"), ("交换机与无线AP配置清单", "AP四台，信道一、六、十一。")]),
 "coldstart": dict(major="汽车维修", code="0403", course="柴油机燃油与预热系统检修", task="农用柴油皮卡冬季冷启动困难故障诊断与排除",
   hours=16, station="汽车发动机检修一体化学习工作站",
   situation="入冬后，彭阳山区一位种植户的柴油皮卡早上很难打着火，要拧好几次钥匙才勉强启动，启动后冒白烟。修理厂的师傅请汽修班学员接车问诊，检查蓄电池和起动机、预热塞、燃油滤清器和油水分离器，测量预热塞电阻，按冬季要求更换柴油标号，排除故障后做路试并填写维修记录。",
   qs=[("问题1 柴油车冬天为什么难启动？", ["气温低，压缩终了温度不够，柴油变稠流动性差，蓄电池电量也下降，起动机转速慢。", "温度低，柴油变稠。", "蓄电池电量下降。"]),
       ("问题2 怎样判断预热塞是否损坏？", ["拔下预热塞接线，用万用表测电阻，正常约零点几到一欧，不通就是烧断了。", "用万用表测电阻。", "不通就是烧断。"])],
   hw=[("1. 冬季柴油应该怎样选择标号？", ["柴油标号要比当地最低气温低五度左右，彭阳冬天一般用负十号或负二十号。", "比最低气温低五度。", "用负十号。"]),
       ("2. 油水分离器为什么要定期放水？", ["柴油里的水分会沉积在分离器底部，冬天结冰会堵塞油路，所以要定期放掉。", "水分结冰会堵油路。", "定期放水。"])],
   outputs=[("维修接车与问诊单", "故障现象：冷车启动困难，冒白烟。"), ("预热系统检测记录", "第三缸预热塞断路，已更换。")]),
 "mutton": dict(major="烹饪(中式烹调)", code="0501", course="西北地方宴席菜品制作", task="六盘山清炖羊肉与荞面饸饹家宴菜品制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="彭阳一户人家要为老人过七十大寿，在镇上的饭馆订了十桌家宴，主菜是清炖羊肉和荞面饸饹。饭馆的掌勺师傅请烹饪班学员按家宴标准准备羊肉和荞面，掌握清炖的火候和去膻的方法，压制饸饹并调好臊子汤，按出菜顺序配合完成十桌的出品，做好成本核算和厨房收尾。",
   qs=[("问题1 清炖羊肉怎样去膻味？", ["羊肉先用冷水泡去血水，冷水下锅焯水撇净浮沫，炖的时候加花椒、姜片和少量葱段。", "泡血水、焯水撇沫。", "加花椒姜片。"]),
       ("问题2 荞面饸饹为什么要用温水和面？", ["荞面筋力小，用温水和面、多揉多醒，面团才有韧性，压出来的饸饹不容易断。", "荞面筋力小，温水和面。", "多揉多醒不容易断。"])],
   hw=[("1. 十桌家宴怎样安排出菜顺序？", ["先凉菜，再热菜，主菜清炖羊肉放在中间，最后上饸饹和汤，每桌间隔不超过两分钟。", "先凉后热，最后饸饹。", "主菜放在中间。"]),
       ("2. 羊肉的成本怎样核算？", ["按带骨羊肉的毛重和出成率算出净料成本，再加上调料和燃料，除以份数。", "毛重乘出成率算净料。", "加调料燃料除以份数。"])],
   outputs=[("清炖羊肉出品记录", "每桌一盆，约一点五公斤。"), ("荞面饸饹与臊子汤出品记录", "饸饹十桌共一百二十碗。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="邹城市峄山技工学校", pack="dir", region="zc", course="belt", cls="机电2401班", size=40, seed=11,
         sidp="24370127", students=["孟繁宇", "颜欣然", "邵子涵"], items={8: ["孟繁宇", "颜欣然", "杜雨桐"]},
         extra_class=["杜雨桐", "孔令航"], bad={"孔令航": "over"}, others_named=["朱长胜"],
         teachers=["孟凡军", "高淑娟"], form_count="机电2401班，共40名学生", form_size=40,
         f8="sidebar", f10="maxima_note", f11="debug_typed", f12="name_line_photo",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "孔令航")],
         comment="item 8 (scanned 200 dpi gray, a key ring left on the glass) holds the worksheets of 孟繁宇, 颜欣然 and classmate "
                 "杜雨桐 (with an item-10 record) instead of 邵子涵's (items 11 and 12 hold the three): students.mismatch. The name, "
                 "学号 and class stand in a narrow LEFT SIDEBAR column of the worksheet (侧栏), stacked, by hand. Item 10 (TYPED) has "
                 "column heads WITHOUT maxima; the maxima are in a `满分说明` line under the table (I/O分配 20, 接线 25, 程序编写 30, "
                 "调试 25); 孔令航 has 31 under 程序编写 (max 30), 总分 the sum: records.invalid_score. Item 11 (typed): PLC 调试记录 "
                 "with `调试人` the student and the mine's electrician 朱长胜 as `矿方验收` (not a student). No roster"),
    dict(school="邹城市峄山技工学校", pack="dir", region="zc", course="studytour", cls="酒店2402班", size=36, seed=12,
         sidp="24370504", students=["孟歆瑶", "孔珂欣", "李沛霖"], others_named=["钱丽萍", "宋卫华"],
         teachers=["孔祥云", "徐曼丽"], form_count="酒店2402班，共36名学生", form_size=36, roster="guardians", headteacher="刘桂芬",
         f8="sign_end", f10="weighted", f11="luggage_typed", f12="weekly_journal",
         findings=[],
         comment="clean. The roster is a 学生花名册 with the guardian of each student (监护人姓名, 关系, a masked phone): 36 students "
                 "and 36 guardians (parents, not students) = form `共36名学生` = item 10. Item 10 (TYPED) is a WEIGHTED register: "
                 "平时表现（20%）| 过程评价（30%）| 成果评价（50%）, each out of 100, `总评` their weighted sum (one decimal), "
                 "explained under the table. Item 11 (typed): 行李寄存与分送登记 naming the visiting school's team leader 钱丽萍 "
                 "(领队) and the hotel's front-office manager 宋卫华 (not students), `经办人` the student. Item 8 (colour scan "
                 "200): the student only signs at the END (`学生自评 … 签名：<name>　学号 班级`). Item 12: 实习周记 pages, scanned"),
    dict(school="临洮县洮河技工学校", pack="gbkzip", region="lt", course="pressure", cls="照护2401班", size=38, seed=21,
         sidp="24620529", students=["包雅楠", "漆子航", "祁欣瑜"], outsiders={"祁欣瑜": "照护2402班"}, out_sidp="24620530",
         extra_class=["牛钰涵"], bad={"牛钰涵": "sum"}, others_named=["何生荣", "何春兰"],
         teachers=["赵文君", "陈进才"], form_count="照护2401班/38", form_size=38,
         f8="fax_line", f10="subtotal", f11="care_typed", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "祁欣瑜"), ("records.invalid_score", 10, False, "牛钰涵")],
         comment="祁欣瑜 of the parallel class 照护2402班 (her class and 学号 24620530xx on her worksheet, typed care records and "
                 "homework) is the third student of 8/11/12; item 10 (38 rows = form `照护2401班/38`) has no record of her: "
                 "students.not_in_class. Item 10 (scanned 200 dpi gray) has two 小计 columns (评估与计划 小计, 实施与指导 小计) "
                 "and a 总分; 牛钰涵's 总分 is 7 above the sum of the two 小计 (each 小计 the sum of its parts): "
                 "records.invalid_score. Item 8 (1-bit fax-like 200 dpi): `姓名＿ 学号＿ 班级＿` by hand. Item 11 (typed) names the "
                 "old man 何生荣 (服务对象) and his daughter 何春兰 (家属签字), not students. No roster"),
    dict(school="临洮县洮河技工学校", pack="gbkzip", region="lt", course="insulation", cls="新能源2401班", size=42, seed=22,
         sidp="24620435", students=["祁骏驰", "包楚涵", "何翰林"], extra_class=["漆若彤"], absent_from_10=["漆若彤"],
         others_named=["包建军"], teachers=["杨继刚", "王丽霞"], form_count="新能源2401班/42", form_size=42,
         roster="sign_sheet", headteacher="李凤英",
         f8="head_row4", f10="remarks_typed", f11="insulation_typed", f12="color_scan_hand",
         findings=[("records.missing_student", 10, False, "漆若彤"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 高压作业安全告知签名表: 序号 学号 姓名 签名 日期, each student signing by hand, 42) and the "
                 "form (`新能源2401班/42`) hold 漆若彤; item 10 (TYPED, a plain table with a 备注 column) has 41 rows and none "
                 "for her: records.missing_student and records.count_mismatch. Item 11 (typed): 绝缘电阻检测报告 with `检测人` "
                 "the student and the logistics company's fleet head 包建军 as 送修人 (not a student)"),
    dict(school="彭阳县茹河技工学校", pack="zip", region="py", course="clinic", cls="网络2401班", size=42, seed=31,
         sidp="24640301", students=["马启明", "虎欣妍", "海明哲"], items={12: ["马启明", "虎欣妍"]},
         extra_class=["锁佳宁"], absent_from_10=["锁佳宁"], others_named=["禹文斌"],
         teachers=["马国强", "张凤莲"], form_count="42人（全班）", form_size=42,
         f8="two_row_box", f10="landscape_grade", f11="worklog_typed", f12="lanyard_photo",
         findings=[("students.count", 12, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 12, True), ("records.missing_student", 10, False, "锁佳宁")],
         comment="item 12 (phone photos, a student-card lanyard lying on the page) holds the homework of only TWO students, 马启明 "
                 "and 虎欣妍 (海明哲's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 "
                 "(TYPED, landscape, 总分 with 等级 beside it) lists 41; the form says `授课学生人数 | 42人（全班）`: "
                 "records.count_mismatch (no roster; 锁佳宁 of the class has no record and stands on no page, so "
                 "records.missing_student for her is optional). Item 11 (typed): 施工日志 pages with `施工员` the student and the "
                 "clinic's IT man 禹文斌 as 甲方代表 (not a student)"),
    dict(school="彭阳县茹河技工学校", pack="zip", region="py", course="coldstart", cls="汽修2302班", size=38, seed=32,
         sidp="23640403", students=["韩浩楠", "海雪晴", "冯振宇"], items={11: ["韩浩楠", "海雪晴", "田鹏飞"]},
         extra_class=["田鹏飞", "马耀祖"], bad={"马耀祖": "over"}, others_named=["锁振海"],
         teachers=["海建国", "刘玉娥"], form_count="38人（全班）", form_size=38,
         f8="contact_sheet", f10="hand_filled", f11="repair_typed", f12="exercise_book",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "马耀祖")],
         comment="item 11 (TYPED: 问诊单 and 检测记录, `维修人员：<name>（<class>）`) holds the works of 韩浩楠, 海雪晴 and classmate "
                 "田鹏飞 (with an item-10 record) instead of 冯振宇's (8 and 12 hold the three): students.mismatch. Item 10 (a "
                 "printed grid FILLED IN BY HAND, photographed with a phone): 马耀祖 has 34 under `故障诊断(30)` (总分 the sum): "
                 "records.invalid_score. Item 8 (scanned 250 gray, a key ring on the glass): a 工作联系单 whose `接单人` is the "
                 "student (`发单人` a teacher). The farmer 锁振海 is named as 车主 on item 11. No roster"),
    dict(school="彭阳县茹河技工学校", pack="zip", region="py", course="mutton", cls="烹饪2401班", size=40, seed=33,
         sidp="24640501", students=["王继业", "杨艳霞", "马小龙"], others_named=["虎占山", "杨福禄", "张德明", "李玉芳"],
         retakers=["张德明", "李玉芳"],
         teachers=["禹海涛", "冯淑琴", "田永红"], form_count="40人（全班）", form_size=40,
         f8="plain_line", f10="retake_bonus", f11="banquet_typed", f12="plain_photo2",
         findings=[],
         comment="clean. Item 10 (scanned 250 dpi gray) has 40 rows of the class (= form `40人（全班）`) with an `创新加分(≤5)` "
                 "column (总分 = the parts + the bonus, capped at 100, as the note says), and UNDER it a second small table "
                 "`跟班重修学生（烹饪2301班，不计入本班人数）` with two students of an older class, 张德明 and 李玉芳 (not of this "
                 "class, on no other page). The restaurant's chef 虎占山 is named as 带教师傅 on item 8 and the host of the "
                 "birthday banquet 杨福禄 as 主家 on item 11 (not students). Three teachers. No roster"),
]

PROVINCE = {1: "山东省济宁市邹城市", 2: "甘肃省定西市临洮县", 3: "宁夏回族自治区固原市彭阳县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 邹城: "成果08_工作页.pdf"
        return "成果%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 临洮: "【8】工作页.pdf"
        return "【%d】%s.pdf" % (n, NAMES[n])
    return "材料%d-%s.pdf" % (n, NAMES[n])   # 彭阳: "材料8-工作页.pdf"


def form_name(s, c):
    return {1: ("%s-%s-优质课堂申报书.docx" % (s["school"], c["major"].split("(")[0]), "docx"),
            2: ("优质课堂申报书（%s）.pdf" % s["cls"], "pdf"),
            3: ("附件2 申报书 %s.docx" % c["task"][:8], "docx")}[grp(s)]


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

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "授课对象 | %s" % s["form_count"]
    if g == 2:
        return "班级及人数 | %s" % s["form_count"]
    return "授课学生人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务", "是否获得一体化教师培训证书"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导", "是" if (i + s["seed"]) % 3 else "否"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 邹城: 授课对象 with the class and the count in words around the number
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课对象", s["form_count"]), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 临洮: 班级及人数 class/number
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("班级及人数", s["form_count"]), ("授课地点", c["station"])]
    else:   # 彭阳: 授课学生人数 NN人（全班）
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("授课学生人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按“明确任务—制订计划—评估决策—实施任务—检查控制—评价反馈”六个环节组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
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
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "sidebar":   # a narrow left sidebar with 姓名 / 学号 / 班级 stacked, the answers on the right
            side = ('<p>姓　名</p><p>%s</p><p>　</p><p>学　号</p><p>%s</p><p>　</p><p>班　级</p><p>%s</p><p>　</p><p>组　别</p><p>%s</p>'
                    % (hand(n), hand(sid, True, size="10pt"), hand(cl, True), hand("第%s组" % "一二三四"[i % 4], True)))
            body = (title + '<table style="border-collapse:collapse" width="100%%"><tr>'
                    '<td width="17%%" valign="top" style="border-right:1.5pt solid #000;padding:4px 6px">%s</td>'
                    '<td valign="top" style="padding:4px 8px">%s%s%s</td></tr></table>' % (side, sit, answers(c, rng, i), comment))
        elif f == "sign_end":   # the student signs only at the end, under a self-assessment
            body = (title + sit + answers(c, rng, i) + comment +
                    '<p><b>学生自评：</b>%s</p>' % hand(["基本掌握了团队接待流程。", "分房和行李牌还要再细心。", "能独立完成入住登记。"][i % 3], True) +
                    '<p style="text-align:right">签名：%s　　学号：%s　　班级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True)))
        elif f == "fax_line":   # 姓名＿ 学号＿ 班级＿ by hand
            head = '<p>姓名＿%s＿　学号＿%s＿　班级＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = title + head + "<p>实训日期：%s　　地点：居家照护实训室</p>" % day(s, i) + sit + answers(c, rng, i) + comment
        elif f == "head_row4":   # a bordered head row 姓名 | 学号 | 班级 | 工位
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "工位", hand("%d号工位" % (1 + i % 6), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "two_row_box":   # a two-row head box: 姓名 学号 / 班级 日期
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="80%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "contact_sheet":   # a 工作联系单: 发单人 a teacher, 接单人 the student
            head = tbl([["联系单编号", "QC-%03d" % (17 + i), "日期", hand(day(s, i), True)],
                        ["发单人", t[i % 2], "接单人", hand(n, True)],
                        ["接单人班级", hand(cl, True), "学号", hand(sid, True)]], width="90%", pad="4px 6px")
            body = ('<h3 style="text-align:center">%s<br/>工作联系单（学习工作页）</h3>' % c["task"] + head + sit + answers(c, rng, i) + comment)
        elif f == "plain_line":   # plain 班级 学号 姓名 line, the master chef named
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + "<p>带教师傅：%s（饭馆掌勺）</p>" % s["others_named"][0] + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"sidebar": "x-scanpdf:200:keyring", "sign_end": "x-scanpdf:200:color", "fax_line": "x-scanpdf:200:mono",
            "head_row4": "x-scanpdf:250", "two_row_box": "x-scanpdf:200", "contact_sheet": "x-scanpdf:250:keyring",
            "plain_line": "x-scanpdf:200"}[f]
    font = {"head_row4": "Noto Sans CJK SC", "contact_sheet": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


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


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "中等" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "maxima_note":   # heads without maxima, the maxima in a note under the table
        parts = [("I/O分配", 20), ("接线", 25), ("程序编写", 30), ("调试", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 31
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), ""], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>满分说明：I/O分配20分，接线25分，程序编写30分，调试25分，合计100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted":   # 平时/过程/成果 each out of 100, the 总评 weighted
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "平时表现<br/>（20%）", "过程评价<br/>（30%）", "成果评价<br/>（50%）", "总评"]], pad)]
        for k, n in enumerate(rec):
            v = [rng.randint(70, 98) for _ in range(3)]
            tot = 0.2 * v[0] + 0.3 * v[1] + 0.5 * v[2]
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + ["%.1f" % tot], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：三项均按百分制评分，总评＝平时表现×20%＋过程评价×30%＋成果评价×50%，保留一位小数。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "subtotal":   # two stages, each with a 小计, then 总分
        p1 = [("评估", 15), ("计划", 15)]
        p2 = [("翻身操作", 30), ("减压用具", 15), ("家属指导", 15), ("记录", 10)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>评估与计划（30分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>实施与指导（70分）</b>", ' align="center" colspan="5"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in p1] + ["<b>小计</b>"] + ["<b>%s(%d)</b>" % p for p in p2] + ["<b>小计</b>"], pad)]
        for k, n in enumerate(rec):
            a = part_scores(rng, p1, 0.6, 0.97)
            b = part_scores(rng, p2, 0.6, 0.97)
            tot = sum(a) + sum(b) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in a] + [str(sum(a))] + [str(x) for x in b] + [str(sum(b)), str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200"
    if f == "remarks_typed":   # a plain table with a 备注 column
        parts = [("安全防护", 15), ("故障读取", 15), ("绝缘检测", 35), ("故障处理", 25), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), "组长" if k % 7 == 0 else ""], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "landscape_grade":   # landscape, 总分 with 等级 beside it
        parts = [("现场勘察", 10), ("VLAN规划", 20), ("布线与跳线", 25), ("设备配置", 30), ("测试交付", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s（%d分）" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + "<p>等级：90分及以上优秀，80—89良好，70—79中等，60—69及格。</p>" + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="size:29.7cm 21cm;margin:0.9cm 1.2cm"), "pdf"
    if f == "hand_filled":   # a printed grid with the scores written in by hand
        parts = [("接车问诊", 15), ("故障诊断", 30), ("维修操作", 35), ("路试检验", 10), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 34
            out.append(trow([str(k + 1), sid_of(s, n), n] + [hand(str(x), True, BLACK, "11pt") for x in v] + [hand(str(sum(v)), True, BLACK, "11pt")], "0px 3px"))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:photo"
    if f == "retake_bonus":   # a bonus column and, under the class, the retakers of an older class
        parts = [("原料初加工", 15), ("刀工火候", 30), ("出品质量", 35), ("成本与卫生", 20)]
        hd = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["创新加分<br/>(≤5)", "总分"]

        def rows(names, sids):
            out = [trow(["<b>%s</b>" % x for x in hd], pad)]
            for k, n in enumerate(names):
                v = part_scores(rng, parts, 0.65, 0.97)
                b = rng.choice([0, 0, 0, 0, 2, 3, 5]) if k % 3 == 0 else 0
                tot = min(100, sum(v) + b)
                out.append(trow([str(k + 1), sids[k], n] + [str(x) for x in v] + [str(b) if b else "", str(tot)], pad))
            return out
        body = (head10(s, c, "学习任务考核成绩登记表") + table(rows(rec, [sid_of(s, n) for n in rec])) +
                "<p>注：创新加分由带教师傅和任课教师共同认定，最多5分，总分＝各项得分＋创新加分，不超过100分。</p>" +
                "<p><b>跟班重修学生（烹饪2301班，不计入本班人数）</b></p>" +
                table(rows(s["retakers"], ["2364050108", "2364050131"]), width="100%") + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:250"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    o = s.get("others_named", [""])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "debug_typed":   # 调试人 and the mine's acceptance
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["调试人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                  ["内容", desc, "矿方验收", o[0]], ["指导教师", t[j % 2], "结论", "合格"]], width="90%"))
            elif f == "luggage_typed":   # 经办人, the team leader and the front-office manager
                parts.append('<h3>%s</h3><p>研学团领队：%s　　前厅部经理：%s</p>' % (title, o[0], o[1]) +
                             tbl([["楼层", "房间数", "行李件数", "经办人"], ["3层（男生）", str(30 + i), str(64 + j), n],
                                  ["5层（女生）", str(32 - i), str(67 - j), n]], width="86%") +
                             "<p>经办人班级：%s　　学号：%s　　%s</p>" % (cl, sid, desc))
            elif f == "care_typed":   # 服务对象 and 家属 named, 照护员 the student
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["服务对象", o[0], "年龄", "81岁"], ["照护员", n, "班级", cl],
                                  ["时间", day(s, 30 + i), "带教老师", t[j % 2]], ["记录", desc, "家属签字", o[1]]], width="90%"))
            elif f == "insulation_typed":   # 检测人 and the 送修人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车型", "纯电动城配厢式货车", "送修人", o[0]], ["检测人", "%s（%s）" % (n, cl), "复核", t[j % 2]],
                                  ["学号", sid, "日期", day(s, 30 + i)], ["结果", desc, "结论", "合格"]], width="92%"))
            elif f == "worklog_typed":   # 施工日志: 施工员 the student, the clinic's representative named
                parts.append('<h3 style="text-align:center">施工日志　%s</h3>' % title +
                             tbl([["日期", day(s, 30 + i + j), "天气", ["晴", "多云", "阴"][(i + j) % 3]],
                                  ["施工员", "%s（%s）" % (n, cl), "甲方代表", o[0]],
                                  ["施工内容", desc, "技术指导", t[j % 2]]], width="92%", align="left") +
                             "<p>当日问题：%s</p>" % ["机柜位置与图纸不符，已与甲方确认。", "无", "两根跳线测试不通，已重做。"][(i + j) % 3])
            elif f == "repair_typed":   # 维修人员 and the owner
                parts.append('<h3>%s</h3>' % title + tbl([["车主", o[0], "车型", "双排座柴油皮卡"],
                                                          ["维修人员", "%s（%s）" % (n, cl), "检验", t[j % 2]],
                                                          ["项目", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "banquet_typed":   # 出品人 and the host of the banquet
                parts.append('<h3>%s</h3>' % title + tbl([["主家", o[1], "桌数", "十桌"], ["出品人", n, "班级", cl],
                                                          ["学号", sid, "带教师傅", o[0]], ["出品情况", desc, "评价人", t[j % 3]]], width="90%"))
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
        elif f == "weekly_journal":   # a 实习周记 page: week, dates, the name at the top right
            head = ["实习周记（第%d周）" % (3 + i), "> 姓名：%s　班级：%s" % (n, cl), "> 时间：%s—%s" % (day(s, 20 + i)[5:], day(s, 21 + i)[5:]),
                    "本周工作：", "> 协助前厅接待研学团，练习团队入住登记。", "课后作业："]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:9], "> %s　%s　%s" % (cl, sid, n)]
        elif f == "color_scan_hand":
            head = ["课后练习（高压安全）", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "lanyard_photo":
            head = ["网络组建课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        elif f == "plain_photo2":
            head = ["家宴菜品课后作业", "> 学号：%s　姓名：%s" % (sid, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:2", "weekly_journal": "x-scan:200:4", "plain_photo": "x-photo:200:1",
            "color_scan_hand": "x-scan:200:3:color", "lanyard_photo": "x-photo:200:2:lanyard", "exercise_book": "x-photo:200:1",
            "plain_photo2": "x-photo:200:3:lanyard"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("嘉懿 铭泽 奕辰 天佑 浩楠 子健 振宇 宇航 睿泽 博文 俊豪 浩宇 晨阳 俊熙 家乐 子墨 天翊 昊然 承泽 一鸣 子轩 宏博 家豪 志豪 鑫磊 "
           "泽楷 皓轩 明轩 沐辰 锦程 文博 凯文 子豪 晟睿 润泽 思远 子航 宇轩 新宇 炳辰 泓宇 金泽 尚儒 庆林 朝晖 治宇 彦博 瀚文 骏驰 "
           "柏霖 翰林 凌霄 景行 煜城 涵宇 海洋 世杰 建宇 博涛 鹏飞 文杰 泽宇 宇鑫 翔宇 兆丰 国栋 永康 少杰 梓豪 铭宇 晨轩 明哲 立恒 "
           "启明 嘉乐 思源 锦轩 正阳 志远 林峰 冠宇 星宇 学文 耀祖 生荣 建新 小龙 晓东 国庆 继业 福生 学军 令航".split()) | set("昊博阳鑫磊斌")
FATHER = ["建国", "志强", "国华", "振东", "长青", "保平", "文亮", "永刚", "学成", "俊峰", "树林", "德胜"]
MOTHER = ["秀英", "桂芝", "丽娟", "玉霞", "春梅", "凤琴", "淑芬", "翠兰", "美玲", "红英"]


def sex_of(n):
    return "男" if n[1:] in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "guardians":   # 学生花名册 with each student's guardian
        rng = random.Random(s["seed"] * 99)
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "监护人姓名", "关系", "联系电话"])]
        named = []
        for j, n in enumerate(k):
            if rng.random() < 0.6:
                g, rel = n[0] + rng.choice(FATHER), "父亲"
            else:
                g, rel = rng.choice("王张李刘孙高徐郭朱赵陈") + rng.choice(MOTHER), "母亲"
            while g in named or used(g) or any(near(g, x) for x in k):
                g = g[0] + rng.choice(FATHER + MOTHER)
            named.append(g)
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), g, rel, "1%d%d****%04d" % (3 + j % 7, j % 10, 1200 + 37 * j)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生花名册</h2>' % (s["school"], s["cls"]) + table(rows, width="92%") +
                "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", compact=True))
        man.append("roster.html\t%s学生花名册.pdf\tpdf\troster\t0" % s["cls"])
        return named
    if r == "sign_sheet":   # a safety-briefing sign sheet: each student signs by hand
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "本人签名", "日期"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, hand(n, True, BLACK, "11pt"), "9月%d日" % (4 + j % 2)], "0px 4px"))
        body = ('<h2 style="text-align:center">高压作业安全告知书签名表</h2><p style="text-align:center">%s　%s</p>' % (s["school"], s["cls"]) +
                "<p>本人已学习《新能源汽车高压作业安全规程》，知晓高压作业的危险和防护要求，承诺严格遵守。</p>" +
                table(rows, width="86%") + "<p>班主任：%s　　　应签%d人，实签%d人</p>" % (s["headteacher"], len(k), len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s安全告知签名表（学生名单）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Eighty-seventh held-out people corpus (testdata/heldout87), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 87)
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
        for rule, item, anyi, *student in s.get("optional", []):
            e = {"rule": rule, "submission_id": subid, "item": item}
            if anyi:
                e["any_item"] = True
            if student:
                e["student"] = student[0]
            truth["optional"].append(e)
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s["form_size"], "form_count_text": form_count_text(s),
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
