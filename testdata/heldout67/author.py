#!/usr/bin/env python3
"""Write the sources of the sixty-seventh held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 奎屯
(Xinjiang, 伊犁哈萨克自治州), 兴城 (Liaoning, 葫芦岛) and 东台 (Jiangsu, 盐城).

    python3 author.py      (rewrites src/ and truth.json)
    sh build.sh OUT
"""
import glob
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
# the truth files read for names, tasks and courses to avoid (heldout68, written at the same time, is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 67)] + ["othertools"]

# surnames by region, weighted by repetition: 奎屯 (a 兵团 city of settlers from 河南 四川 甘肃 江苏:
# 王 李 张 刘 陈 杨 赵 马 周 …, Hui 马, and a few Kazakh names below); 兴城 (辽西: 王 李 张 刘 于 赵 杨 孙 高 郑 崔
# 郭 徐, Manchu 关 佟 吴); 东台 (里下河/沿海: 陈 王 周 徐 朱 丁 顾 缪 戴 吉 蔡 仇 卢 沈 唐 夏 梅)
SURNAMES = {
    "kt": list("王王王李李李张张张刘刘刘陈陈杨杨赵赵马马周何高罗蒋胡郭孙朱吴徐宋谢邓唐黄"),
    "xc": list("王王王李李李张张张刘刘于于赵赵杨孙孙高郑崔郭徐关关佟吴马韩姜董曹"),
    "dt": list("陈陈陈王王王周周徐徐朱朱丁丁顾顾缪戴吉蔡仇卢沈唐夏梅张李刘杨吴孙薛"),
}
KZ_GIVEN = "叶尔兰 努尔江 哈那提 加娜尔 阿斯哈尔 阿依江 叶尔波拉提 古丽巴哈尔 达吾列提 阿尔达克 别克扎提 沙依拉".split()
KZ_FATHER = "胡安 叶尔肯 哈力木 吐尔逊 加汗 努尔兰 巴合提 木拉提 赛力克 哈孜".split()
# given names of students born around 2007-2009, a list of this corpus
GIVEN2 = ("一诺 子恒 明睿 浩宸 宇航 思远 可馨 雨菲 嘉宁 思彤 诗涵 铭宇 子墨 静怡 欣妍 晨阳 雨桐 宇轩 一凡 佳怡 子健 嘉乐 "
          "浩然 欣怡 思琪 雨萱 语嫣 梓轩 俊豪 家豪 天乐 文昊 佳琪 梦洁 雅静 子涵 睿哲 博文 凯文 昊天 嘉欣 佳慧 奕辰 "
          "雨涵 若曦 沐晨 景行 书瑶 婧妍 宇涵 润泽 锦萱 梓萌 乐瑶 楚涵 煜城 皓轩 泽宇 思彤 心怡 星辰 逸飞 可欣 "
          "佳宁 梓睿 一鸣 芷若 晓彤 炜杰 新宇 金鹏 鑫然 宏宇 嘉豪 海涛 鹏飞 志远 晓雯 丹妮 雪晴 瑞雪 紫萱").split()
GIVEN1 = list("鑫磊婷悦琪航睿涵阳")


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
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "truth.json")
        if not os.path.isfile(p):
            raise SystemExit("missing %s" % p)
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    readmes = []
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "README.md")
        if os.path.isfile(p):
            with open(p, encoding="utf-8") as f:
                out = []
                for line in f:
                    if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                        break
                    out.append(line)
            readmes.append("".join(out))
    return names, "\n".join(texts), "\n".join(readmes)


USED_BEFORE, EARLIER_TEXT, EARLIER_READMES = earlier_strings()
USED_BARE = {n.replace("·", "").replace("•", "") for n in USED_BEFORE}
TAKEN = set()


def bare(a):
    return a.replace("·", "").replace("•", "")


SOUND = {}
for _grp in ("奕翊一逸怡艺", "辰宸晨臣", "宇雨语羽禹", "欣心馨新鑫", "子梓紫", "涵晗寒", "轩萱宣", "瑶遥", "琪淇棋", "睿瑞",
             "彤桐童", "嘉佳家", "浩昊皓", "思斯", "铭明鸣", "涛韬", "泽则", "锦瑾"):
    for _ch in _grp:
        SOUND[_ch] = _grp[0]


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    if len(a) == len(b) and all(x == y or SOUND.get(x, x) == SOUND.get(y, y) for x, y in zip(a, b)):
        return True   # homophones (高奕辰 / 高翊宸): never two in one class
    return a in b or b in a


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    given_seen = {x.split("·")[0] for x in names if "·" in x}
    while len(names) < n:
        if region == "kt" and rng.random() < 0.1:
            g = rng.choice(KZ_GIVEN)
            if g in given_seen:
                continue
            name = g + "·" + rng.choice(KZ_FATHER)
        else:
            sur = rng.choice(SURNAMES[region])
            for _ in range(40):   # the surname stays; only the given name is redrawn when a name is refused
                name = sur + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2))
                if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                    break
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
        if "·" in name:
            given_seen.add(name.split("·")[0])
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "hvil": dict(major="新能源汽车检测与维修", code="0435", course="纯电动汽车高压系统检修", task="纯电动环卫清扫车高压互锁故障诊断与排除",
   hours=16, station="新能源汽车高压系统检修一体化学习工作站",
   situation="奎屯市环卫所的一台纯电动清扫车早上出车时仪表报高压互锁故障，车辆无法上高压。服务站站长请新能源班学员做好高压安全防护，读取故障码，查阅电路图，沿互锁回路逐段测量，找出松脱的插接器并修复，最后试车验证并填写维修报告。",
   qs=[("问题1 什么是高压互锁？它有什么作用？", ["用低压信号检测所有高压插接器是否连接到位，一旦断开就切断高压，防止触电和拉弧。", "检测高压插头有没有插好。", "断开就切断高压，防止触电。"]),
       ("问题2 测量互锁回路前要做哪些准备？", ["断开低压蓄电池负极，拔下维修开关，等五分钟后验电，戴好绝缘手套。", "断电、拔维修开关、验电。", "戴绝缘手套，等五分钟。"])],
   hw=[("1. 互锁回路电阻正常值一般是多少？", ["回路导通时接近零欧，断开时为无穷大。", "接近零欧。", "断开是无穷大。"]),
       ("2. 清扫车互锁故障常见在哪里？", ["水泵和空调压缩机的高压插头，清扫时溅水和振动容易使它松脱或进水。", "压缩机插头松脱。", "溅水振动导致松脱。"])],
   outputs=[("高压互锁回路检测报告", "空调压缩机插接器互锁端子退针。"), ("绝缘电阻检测报告", "正负极对地均大于五百兆欧。"), ("维修竣工检验单", "试车三十分钟无故障码。")]),
 "tomato": dict(major="机电一体化技术", code="0127", course="食品灌装生产线机电设备装调", task="番茄酱灌装线封口工位气动与PLC控制装调",
   hours=18, station="自动化生产线装调一体化学习工作站",
   situation="奎屯周边的番茄酱厂每年八月开始收茄加工，一条灌装线的封口工位气缸动作不同步，常有漏封。设备部请机电班学员检查气动回路，调整节流阀和磁性开关位置，修改PLC程序的封口时序，完成空载和带料联调，并做点检记录。",
   qs=[("问题1 气缸速度太快或太慢怎样调整？", ["调节排气节流阀，向里拧速度变慢，向外拧变快，两个方向分别调。", "调排气节流阀。", "往里拧变慢。"]),
       ("问题2 磁性开关安装位置不对会有什么后果？", ["PLC收不到到位信号或提前收到，封口动作就会提前或卡住，造成漏封。", "信号不准，动作提前或卡住。", "会漏封。"])],
   hw=[("1. 封口工位的动作顺序是怎样的？", ["罐到位、压盖气缸下行、封口保压一秒、气缸上行、推罐出工位。", "到位、下压、保压、上行、推出。", "先压盖后推出。"]),
       ("2. 带料联调前要确认哪些安全事项？", ["急停有效、防护门关好、气压在零点五兆帕左右、工位上没有人手和工具。", "急停和防护门。", "气压正常，没有工具。"])],
   outputs=[("封口工位气动回路调整记录", "节流阀调整后气缸下行零点八秒。"), ("PLC封口时序修改记录", "保压定时器改为一秒。"), ("灌装线联调点检表", "带料运行二百罐无漏封。")]),
 "nightbed": dict(major="饭店(酒店)服务", code="0504", course="度假酒店客房对客服务", task="海滨度假酒店亲子家庭房开夜床与入住整理服务",
   hours=14, station="客房服务一体化学习工作站",
   situation="暑期兴城海滨的一家度假酒店住满了带孩子的家庭，客人白天去海边，晚上回房前要开好夜床。客房部领班请酒店班学员按亲子家庭房的标准开夜床、补充儿童用品、整理沙滩玩具和湿泳衣，发现客人遗留物品和特殊需求要记录并报告。",
   qs=[("问题1 亲子家庭房开夜床和普通房有什么不同？", ["要加放儿童拖鞋、儿童牙具和床边护栏，夜灯调暗，插座加上保护盖。", "加儿童用品和护栏。", "插座加保护盖。"]),
       ("问题2 客人湿泳衣搭在椅背上，服务员应怎样处理？", ["不乱动客人物品，可以在旁边放一个晾衣架和提示卡，告诉客人可以送洗。", "不乱动，放晾衣架。", "放提示卡。"])],
   hw=[("1. 开夜床的顺序是怎样的？", ["敲门通报、开灯、拉窗帘、折床角、摆拖鞋和晚安卡、清理垃圾、补充用品、检查后离开。", "敲门、拉窗帘、折床角。", "摆拖鞋和晚安卡。"]),
       ("2. 发现客人遗留的贵重物品怎么办？", ["不在房内翻动，立即报告领班，和领班一起登记后交客房中心保管。", "报告领班。", "登记后交客房中心。"])],
   outputs=[("夜床服务记录（1608房）", "客人要求加一张婴儿床。"), ("夜床服务记录（1612房）", "儿童拖鞋两双已补。"), ("遗留物品登记单", "儿童泳镜一副，已交客房中心。")]),
 "vlan": dict(major="计算机网络应用", code="0301", course="中小企业网络组建与维护", task="泳装电商产业园企业办公网络VLAN划分与无线覆盖",
   hours=18, station="网络组建与维护一体化学习工作站",
   situation="兴城泳装电商产业园新入驻一家企业，三层办公楼有设计、直播、客服和仓库四个部门，直播间需要稳定的上行带宽。企业请网络班学员调研需求，规划VLAN和IP地址，配置接入和汇聚交换机，部署无线接入点，完成联调测试后向企业代表验收交付。",
   qs=[("问题1 为什么要按部门划分VLAN？", ["缩小广播域，部门之间隔离，直播间的流量不受其他部门影响，也便于管理。", "缩小广播域，便于管理。", "部门之间隔离。"]),
       ("问题2 直播间网络要特别注意什么？", ["保证上行带宽，直播推流设备用有线接入，并给直播VLAN设置较高的优先级。", "上行带宽和有线接入。", "设置优先级。"])],
   hw=[("1. Access口和Trunk口有什么区别？", ["Access口只属于一个VLAN，接终端；Trunk口可以通过多个VLAN，连交换机。", "Access接终端，Trunk连交换机。", "Trunk能过多个VLAN。"]),
       ("2. 验收时要测试哪些项目？", ["各部门互通和隔离、上网速率、无线漫游、直播推流上行带宽。", "互通、隔离、速率。", "无线漫游和上行带宽。"])],
   outputs=[("VLAN与IP地址规划表", "设计部VLAN10，直播部VLAN20。"), ("交换机配置与测试记录", "汇聚交换机划分四个VLAN。"), ("网络交付验收单", "直播间上行带宽实测一百八十兆。")]),
 "tea": dict(major="中药", code="1301", course="中药调剂", task="夏季消暑茶饮处方审方调配与复核发药",
   hours=14, station="中药调剂一体化学习工作站",
   situation="入伏以后，东台一家国医馆推出消暑茶饮，每天有不少居民拿着医师处方来配茶饮。药房主任请中药班学员审查处方，按处方称量调配荷叶、竹叶、乌梅等饮片，分剂包装，复核后发药，并向患者交代冲泡方法和注意事项。",
   qs=[("问题1 审方时要审查哪些内容？", ["患者信息、药名剂量、有无配伍禁忌和妊娠禁忌、医师签名是否齐全。", "药名剂量和禁忌。", "医师签名是否齐全。"]),
       ("问题2 多剂处方为什么要用等量递减法分剂？", ["一次称出总量后逐剂分开，每剂重量误差不超过百分之五，分量准确。", "每剂误差不超过百分之五。", "逐剂分开，分量准确。"])],
   hw=[("1. 消暑茶饮可以长期代替饮水吗？为什么？", ["不可以，茶饮中有寒凉药，长期喝会伤脾胃，应遵医嘱按疗程饮用。", "不可以，会伤脾胃。", "按疗程喝。"]),
       ("2. 发药时要向患者交代哪些事项？", ["冲泡方法、每天几次、饮用时间，以及脾胃虚寒者和孕妇慎用。", "冲泡方法和次数。", "孕妇慎用。"])],
   outputs=[("处方调剂单（一）", "荷叶十克、竹叶六克、乌梅九克，共七剂。"), ("处方调剂单（二）", "金银花十克、麦冬十克，共五剂。"), ("发药交代记录", "已交代冲泡十分钟后饮用。")]),
 "noodle": dict(major="烹饪(中式烹调)", code="0501", course="地方风味面点制作", task="东台鱼汤面吊汤与手工细面出品",
   hours=16, station="中式面点一体化学习工作站",
   situation="东台鱼汤面是当地人早上最常吃的面。一家老字号面馆准备开分店，请烹饪班学员跟着厨师长学习用鲫鱼、鳝骨吊白汤，手工擀制细面，按面馆的出品标准完成鱼汤面的煮面、装碗和出品，并做好出品记录。",
   qs=[("问题1 吊鱼汤时怎样让汤色发白？", ["鱼和鳝骨先用猪油煎透，冲入滚开水，大火保持沸腾，让油脂和胶质乳化。", "煎透后冲滚水，大火沸腾。", "油脂乳化汤就白。"]),
       ("问题2 手工细面怎样做到爽滑有劲？", ["面团加碱水揉透，饧面三十分钟，擀薄后叠起切细，煮时水要宽、火要旺。", "加碱揉透，饧面。", "水宽火旺。"])],
   hw=[("1. 鱼汤面出品时对汤和面有什么要求？", ["汤色乳白不腥，面条不糊不断，碗边干净，撒蒜叶点缀。", "汤白不腥，面不糊。", "碗边干净。"]),
       ("2. 吊汤后的鱼渣怎样处理才符合食品安全？", ["当天集中收集，放入有盖的厨余桶，不重复使用，当天清运。", "集中收集，当天清运。", "不重复使用。"])],
   outputs=[("鱼汤面", "汤色乳白，面条细匀。"), ("鳝骨白汤", "火候足，汤浓不腥。"), ("手工细面", "粗细均匀，煮后不断。")]),
 "bp": dict(major="健康与社会照护", code="0529", course="社区居家照护", task="独居高龄老人居家血压监测与用药提醒照护",
   hours=14, station="居家照护一体化学习工作站",
   situation="东台一个社区的居家养老服务中心为辖区内独居的高龄高血压老人提供上门服务。中心主任请照护班学员上门为老人测量血压，核对药盒里的降压药，设置用药提醒，记录一周的血压变化，并教会老人和家属识别头晕、胸闷等危险信号。",
   qs=[("问题1 居家测量血压前要注意什么？", ["老人安静休息五分钟，半小时内不喝咖啡浓茶，坐姿袖带与心脏同高。", "先安静休息五分钟。", "袖带与心脏同高。"]),
       ("问题2 发现老人漏服降压药怎么办？", ["不能自行让老人补双倍剂量，记录漏服时间，联系家属和社区医生按医嘱处理。", "不能补双倍。", "联系家属和医生。"])],
   hw=[("1. 血压多少时要立即联系医生？", ["收缩压高于一百八十或低于九十，或者伴有头晕胸闷时。", "高于一百八十或低于九十。", "头晕胸闷时。"]),
       ("2. 怎样帮老人设置用药提醒？", ["用分格药盒按早中晚分好药，在手机或闹钟上设定服药时间，并贴上大字提示卡。", "分格药盒和闹钟。", "贴大字提示卡。"])],
   outputs=[("居家照护计划单", "每日早晚各测一次血压。"), ("一周血压监测记录", "早晨收缩压一百四十二至一百五十六。"), ("用药提醒设置记录", "分格药盒已按早晚分装。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

KT, XC, DT = "奎屯市天北技工学校", "兴城市首山技工学校", "东台市西溪技工学校"
SUBS = [
    dict(school=KT, pack="dir", region="kt", course="hvil", cls="新能2401班", size=40, seed=11,
         sidp="24430435", students=["罗子恒", "叶尔兰·胡安", "蒋明睿"], items={8: ["罗子恒", "叶尔兰·胡安", "蒋明睿", "唐浩宸"]},
         extra_class=["唐浩宸", "邓子铭"], bad={"邓子铭": "over"}, others_named=["孟庆山"],
         teachers=["杨振疆", "陈立华"], form_count="班级人数 | 40人", form="docx_a",
         f8="head_row", f10="time_col", f11="report_typed", f12="wenkai_page",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "邓子铭")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray, a rusty paper clip's stain at the top left of every sheet) holds FOUR worksheets: "
                 "the three and classmate 唐浩宸 (with an item-10 record): students.count on 8; students.mismatch optional. "
                 "Item 10 (TYPED) has a 用时 column (`38′20″`, not a score) between the parts; 邓子铭 has 45 under "
                 "`故障排除(40)` (总分 the sum): records.invalid_score. The 环卫所 driver 孟庆山 is named as 报修人 on the "
                 "worksheets and as 送修人 on the reports (not a student). No roster"),
    dict(school=KT, pack="dir", region="kt", course="tomato", cls="机电2302班", size=42, seed=12,
         sidp="23430127", students=["马知远", "周启铭", "阿依达娜·赛力克"], others_named=["韩振江", "赵桂琴"],
         teachers=["刘新民", "胡晓燕", "木拉提·哈孜"], form_count="班级人数 | 42 人", form="docx_a", roster="enrol",
         f8="mentor_foot", f10="best_of_two", f11="inspect_typed", f12="exercise_book",
         findings=[],
         comment="clean. The roster is a 教学班选课名单 printed from the 教务系统 (`教学班`, `选课人数：42`, `序号 学号 姓名 性别 "
                 "行政班 选课状态 选课方式`), 42 = form `42 人` = item 10. Item 10 (scanned 300 dpi gray): 实操 was done "
                 "twice, `实操第一次(60) 实操第二次(60) 实操计入(60)`, the higher attempt counts (rule printed on the page; "
                 "nine students have no second attempt, `—`), 总分 = 理论(20) + 实操计入 + 职业素养(20). The factory's "
                 "企业导师 韩振江 signs every worksheet; the equipment keeper 赵桂琴 signs the 点检表 (neither a student). "
                 "Three teachers, one with a Kazakh name"),
    dict(school=XC, pack="gbkzip", region="xc", course="nightbed", cls="酒店2302班", size=38, seed=21,
         sidp="2314050402", students=["佟雨菲", "郑可馨", "于芊羽"], outsiders={"于芊羽": "酒店2301班"}, out_sidp="2314050401",
         extra_class=["崔浩博"], bad={"崔浩博": "sum"}, others_named=["孟丽娟", "付晓光", "潘晓蓓"],
         teachers=["关玉芹", "张耀廷"], form_count="授课对象 | 酒店2302班全体学生（共38名）", form="pdf_b",
         f8="name_blanks", f10="entry_hand", f11="nightbed_typed", f12="memo_photo",
         findings=[("students.not_in_class", 8, True, "于芊羽"), ("records.invalid_score", 10, False, "崔浩博")],
         comment="于芊羽 of the parallel class 酒店2301班 (her class and 学号 on her worksheet, night-bed records and homework) is "
                 "the third student of 8/11/12; item 10 (38 rows = form `共38名`) has no record of her: students.not_in_class "
                 "— 1-bit scanned 8, typed 11, photographed 12. Item 10 is a printed 成绩录入单 from the 教务系统 (names and "
                 "学号 printed) with every score WRITTEN BY HAND, scanned 200 dpi gray; 崔浩博's hand-written 总分 is 6 above "
                 "the sum of his parts: records.invalid_score. The floor supervisor 孟丽娟 (领班) and the guests 付晓光 and "
                 "潘晓蓓 are named on the pages (not students). No roster"),
    dict(school=XC, pack="gbkzip", region="xc", course="vlan", cls="网络2401班", size=41, seed=22,
         sidp="2414030101", students=["王栎瑶", "孙铭宇", "高翊宸"], extra_class=["郭霁川"], absent_from_10=["郭霁川"],
         others_named=["白振华"], teachers=["董海峰", "吴秀丽", "姜文涛"], form_count="学生人数 | 41", form="pdf_b", roster="plain_duty",
         headteacher="曹玉梅",
         f8="safety_block", f10="three_teachers", f11="acceptance_typed", f12="ukai_color",
         findings=[("records.missing_student", 10, False, "郭霁川"), ("records.count_mismatch", 10, False)],
         comment="the roster (a plain typed 学生名单 with 职务, 41) and the form (`学生人数 | 41`) hold 郭霁川; item 10 (colour "
                 "scan 200 dpi) has 40 records and none for him: records.missing_student and records.count_mismatch. Item 10 "
                 "is THREE tables, one per 实训区 and 评分教师, each with its own head and its 序号 starting again at 1 "
                 "(14 + 13 + 13). Item 8 is photographed (the sheets glued onto backing paper, the glue stripe visible): a "
                 "printed 实训安全确认 block at the top signed by the student. The company's 白振华 signs the 验收单 as "
                 "甲方代表 (not a student)"),
    dict(school=DT, pack="zip", region="dt", course="tea", cls="中药2401班", size=38, seed=31,
         sidp="2432130101", students=["缪静怡", "仇欣妍", "顾晨阳"], items={11: ["缪静怡", "仇欣妍", "吉雨桐"]},
         extra_class=["吉雨桐", "戴宇轩"], bad={"戴宇轩": "over"}, others_named=["徐巧凤", "卢德才", "朱明华"],
         teachers=["沈玉兰", "夏建东"], form_count="班级人数 | 38（男14人，女24人）", form="docx_c",
         f8="colon_blanks", f10="max_head_grade", f11="rx_typed", f12="mono_hand",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "戴宇轩")],
         comment="item 11 (TYPED 处方调剂单, `调配人：<name>`, the patients 徐巧凤 and 卢德才 and the physician 朱明华 named) holds "
                 "the work of 缪静怡, 仇欣妍 and classmate 吉雨桐 (with an item-10 record) instead of 顾晨阳's (items 8 and 12 "
                 "hold the three): students.mismatch. Item 10 (scanned 250 dpi gray, maxima in the head, 等级 column): 戴宇轩 "
                 "has 44 under `调配称量(40)` (总分 the sum): records.invalid_score. Form `38（男14人，女24人）` = 38 rows. "
                 "No roster"),
    dict(school=DT, pack="zip", region="dt", course="noodle", cls="烹饪2302班", size=40, seed=32,
         sidp="2332050102", students=["丁沐禾", "蔡芷菡", "夏子健"], items={12: ["丁沐禾", "蔡芷菡"]},
         extra_class=["梅浩然", "薛嘉乐"], absent_from_10=["薛嘉乐"], bad={"梅浩然": "below"}, others_named=["陈广福"],
         teachers=["周红梅", "卢建国"], form_count="班级人数 | 40人", form="pdf_c",
         f8="corner_box", f10="name_first_remark", f11="card_photo", f12="photo_two",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "梅浩然"), ("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 10 (TYPED, `序号 姓名 学号 …`, a 备注 column) lists 39; the form says `40人`: records.count_mismatch (no "
                 "roster; 薛嘉乐 has no record). 梅浩然's 总分 is 5 BELOW the sum of his parts: records.invalid_score. Item 12 "
                 "(phone photos) holds the homework of only TWO students, 丁沐禾 and 蔡芷菡 (夏子健's is missing): "
                 "students.count on 12; students.mismatch optional. Item 11: photographed 作品展示卡 (`制作人` by hand); the "
                 "noodle shop's head chef 陈广福 signs as 企业品评 (not a student). Item 8 scanned 250 dpi gray, glued onto "
                 "backing sheets"),
    dict(school=DT, pack="zip", region="dt", course="bp", cls="照护2401班", size=36, seed=33,
         sidp="2432052901", students=["周锦汐", "王若琬", "唐绮雯"], extra_class=["陈沛琳"], fixed_row={"陈沛琳": "corr"},
         others_named=["顾秀兰", "丁长林", "周长根", "刘桂芳", "唐有福"],
         teachers=["缪晓红", "戴志刚"], form_count="学生数 | 36名", form="docx_c",
         f8="care_log", f10="deduct_fix", f11="plan_typed", f12="family_sign",
         findings=[],
         comment="clean. Item 10 (colour scan 200 dpi) has a 安全扣分 column: 总分 = the three parts − 扣分 (rule printed on "
                 "the page; four students lose 2–5); 陈沛琳's 沟通指导 was corrected by hand (`22` struck through, `25` in red, "
                 "`改 缪`) and her 总分 (hand-corrected too) is the sum with the new mark. The elders 顾秀兰 and 丁长林 are "
                 "named on the care logs and plans; each homework (a family task) is signed by a family member of the "
                 "student (周长根, 刘桂芳, 唐有福, `家属签字`). None is a student. Form `36名` = 36 rows. No roster"),
]

PROVINCE = {1: "新疆维吾尔自治区伊犁哈萨克自治州奎屯市", 2: "辽宁省葫芦岛市兴城市", 3: "江苏省盐城市东台市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CNUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 奎屯: "成果08#工作页.pdf" (a # after the zero-padded number; the name does the work)
        return "成果%02d#%s.pdf" % (n, NAMES[n])
    if g == 2:   # 兴城: "项目8．工作页.pdf" (a 项目 prefix, a full-width dot)
        return "项目%d．%s.pdf" % (n, NAMES[n])
    return "（%s）%s.pdf" % (CNUM[n], NAMES[n])   # 东台: "（八）工作页.pdf" (a Chinese numeral in brackets)


def form_name(s, c):
    k = s["form"]
    if k == "docx_a":
        return "天北技工学校-%s-优质课堂申报书.docx" % c["major"].split("(")[0], "docx"
    if k == "pdf_b":
        return "附件2：申报书（%s）.pdf" % s["cls"], "pdf"
    if k == "docx_c":
        return "西溪技校优质课堂申报书_%s.docx" % s["cls"], "docx"
    return "西溪技校优质课堂申报书_%s.pdf" % s["cls"], "pdf"


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
BLUE, BLACK = "#1d2f6b", "#151515"
RED = 'style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:13pt"'


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


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    lab, val = s["form_count"].split(" | ")
    k = s["form"]
    if k == "docx_a":   # 奎屯: four columns, two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), (lab, val)], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif k == "pdf_b":   # 兴城: one label a row
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"])]
        if lab != "授课对象":
            rows.append(("授课班级", s["cls"]))
        rows += [(lab, val), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 东台: 专业名称（代码） in one cell
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), (lab, val), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生领取任务后分组查找资料、拟订工作计划，教师审核后小组确定方案并实施，教师全程巡视指导、把控质量和安全，最后各组汇报成果，进行自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务取自{prov}合作企业的真实工作，学生在真实情境中完成工作，专业能力和职业素养都有提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=4 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[grp(s)])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[grp(s)])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程为{major}专业一体化课程，按国家工学一体化课程标准，结合{prov}企业岗位需求转化而成。\n二、学习任务安排\n本学期开设“{task}”，{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析——{task}\n一、任务来源与描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}教学活动策划\n活动一　接受任务，收集信息\n活动二　制定计划，做出决策\n活动三　实施任务，过程控制\n活动四　检查验收，评价反馈",
    4: "{school}\n{course}教学进度计划（{hours}学时）\n第一周　接受任务，收集信息\n第二周　制定计划并审核\n第三周　实施任务\n第四周　检查验收与评价总结",
    5: "{school}\n{task}教学活动方案\n第一学时　创设情境，布置任务\n第二至四学时　引导问题学习\n其余学时　分组实施、巡回指导、成果展示与评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业标准、微课、{station}设备和耗材清单。",
    7: "{school}\n{station}图文说明\n工作站设资讯区、计划区、实施区和评价展示区四个功能区。",
    9: "{school}\n{task}考核方案\n考核分过程考核与结果考核，成绩由任课教师记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 3 + (s["seed"] * 7 + k * 5) % 25)


def answers(c, rng, i, ink=BLUE):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "19"
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
    o = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "head_row":   # a bordered head row 班级 | 姓名 | 学号, then the repair call naming the driver
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            call = '<p>报修单位：奎屯市环卫所　　报修人：%s（驾驶员）　　车型：纯电动清扫车</p>' % o[0]
            body = title + head + call + sit + answers(c, rng, i) + comment
        elif f == "mentor_foot":   # 学号/姓名 line at the top; student and company mentor sign at the foot
            head = '<p>学号＿%s＿　　姓名＿%s＿　　班级：%s</p>' % (hand(sid, True), hand(n), cl)
            foot = ('<p>&nbsp;</p><p>学生签名：%s　　　企业导师签名：%s　　　%s</p>'
                    % (hand(n, True), hand(o[0], True, BLACK), day(s, i)))
            body = title + head + sit + answers(c, rng, i) + comment + foot
        elif f == "name_blanks":   # 姓名：＿ 班级：＿ 学号：＿, the floor supervisor named
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = (title + head + '<p>实习楼层：16层亲子楼层　　当班领班：%s</p>' % o[0] + sit + answers(c, rng, i) + comment)
        elif f == "safety_block":   # a printed safety confirmation block signed by the student
            block = tbl([[("<b>实训安全确认</b>", ' colspan="4"')],
                         [("本人已接受网络实训室用电、机柜操作和设备安全教育，遵守实训室管理规定，按要求规范操作。", ' colspan="4" align="left"')],
                         ["确认人（签名）", hand(n, True), "班　级", hand(cl, True)],
                         ["学　号", hand(sid, True), "日　期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            body = block + title + sit + answers(c, rng, i) + comment
        elif f == "colon_blanks":   # 班级：＿ 姓名：＿ 学号：＿
            head = '<p>班级：＿%s＿　　姓名：＿%s＿　　学号：＿%s＿</p>' % (hand(cl, True), hand(n), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right; the head chef as company mentor
            box = ('<table width="100%%"><tr><td></td><td width="44%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = (box + title + '<p>班级：%s　　指导教师：%s　　企业导师：%s（面馆厨师长）</p>' % (cl, t[0], o[0]) + sit
                    + answers(c, rng, i) + comment)
        elif f == "care_log":   # a home-visit record: the elder and the student as 照护员
            head = tbl([["服务对象", o[i % 2], "照护员", hand(n, True)], ["班　级", hand(cl, True), "学　号", hand(sid, True)],
                        ["上门日期", hand(day(s, i)[5:], True), "指导教师", t[0]]], width="100%", pad="3px 4px")
            body = '<h3 style="text-align:center">居家照护上门服务工作页</h3>' + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"head_row": "x-scanpdf:250:rust", "mentor_foot": "x-scanpdf:200:color", "name_blanks": "x-scanpdf:200:mono",
            "safety_block": "x-scanpdf:200:photo:glue", "colon_blanks": "x-scanpdf:200", "corner_box": "x-scanpdf:250:glue",
            "care_log": "x-scanpdf:200:color:rust"}[f]
    font = {"safety_block": "Noto Sans CJK SC", "care_log": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "time_col":   # a 用时 column (not a score) between the parts
        parts = [("安全防护", 10), ("故障读取", 20), ("故障排除", 40), ("维修报告", 30)]
        hd = ["序号", "学号", "姓名", "安全防护<br/>(10)", "故障读取<br/>(20)", "故障排除<br/>(40)", "用时", "维修报告<br/>(30)", "总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 45
            tm = "%d′%02d″" % (rng.randint(24, 52), rng.randint(0, 59))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v[:3]] + [tm, str(v[3]), str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核成绩记录表") + table(out) +
                "<p>注：“用时”为完成故障排除实际所用时间（分′秒″），仅作过程参考，不计入总分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "best_of_two":   # 实操 twice, the higher counts
        hd = ["序号", "学号", "姓名", "理论<br/>(20)", "实操第一次<br/>(60)", "实操第二次<br/>(60)", "实操计入<br/>(60)", "职业素养<br/>(20)", "总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        second = set(rng.sample(range(len(rec)), 9))
        for k, n in enumerate(rec):
            th, a1, pr = rng.randint(12, 19), rng.randint(34, 57), rng.randint(13, 19)
            if k in second:
                a2 = min(59, a1 + rng.randint(-3, 9))
                a2s = str(a2)
            else:
                a2, a2s = 0, "—"
            cnt = max(a1, a2)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(th), str(a1), a2s, str(cnt), str(pr), str(th + cnt + pr)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：实操考核允许学生申请第二次操作，“实操计入”取两次中的较高成绩；总分＝理论＋实操计入＋职业素养。未申请者第二次栏划“—”。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:300"
    if f == "entry_hand":   # a printed score entry sheet, every score written by hand
        hd = ["序号", "学号", "姓名", "平时成绩<br/>(20)", "实操成绩<br/>(50)", "服务报告<br/>(30)", "总评成绩", "备注"]
        out = [trow(["<b>%s</b>" % x for x in hd], "1px 3px")]
        parts = [("平时", 20), ("实操", 50), ("报告", 30)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [hand(str(x), size="11pt") for x in v] + [hand(str(tot), size="11pt"), ""], "0px 3px"))
        body = ('<p style="text-align:center"><b>%s学生成绩录入单</b></p><p>学年学期：2024—2025学年第一学期　　课程：%s　　教学班：%s</p>'
                '<p>考核方式：考查（学习任务考核）　　任课教师：%s　　打印时间：2024-12-%02d 15:42</p>' % (s["school"], c["course"], s["cls"], t[0], 16 + s["seed"] % 9)
                + table(out) + "<p>任课教师签字：%s　　　　教研组长签字：%s　　　　（成绩由任课教师用蓝黑笔填写，涂改处须签字）</p>" % (hand(t[0], True), hand(t[1], True)))
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200"
    if f == "three_teachers":   # one table per 实训区 and 评分教师, 序号 restarting
        parts = [("需求调研", 15), ("VLAN配置", 35), ("无线部署", 30), ("测试验收", 20)]
        hd = ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]
        sizes = [14, 13, 13]
        assert sum(sizes) == len(rec)
        body = head10(s, c, "学习任务考核成绩记录（分实训区）")
        k = 0
        for z, sz in enumerate(sizes):
            out = [trow(["<b>%s</b>" % x for x in hd], pad)]
            for j, n in enumerate(rec[k:k + sz]):
                v = part_scores(rng, parts)
                out.append(trow([str(j + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            body += ('<p><b>第%s实训区（%s）</b>　　评分教师：%s</p>' % ("一二三"[z], ["核心交换区", "接入布线区", "无线部署区"][z], t[z])
                     + table(out) + "<p>本区考核%d人。评分教师签字：%s</p>" % (sz, hand(t[z], True, size="11pt")))
            k += sz
        body += "<p>教学部审核：%s</p>" % t[0]
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:color"
    if f == "max_head_grade":   # maxima in the head, a 等级 column
        parts = [("审方", 20), ("调配称量", 40), ("复核包装", 20), ("发药交代", 20)]
        hd = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 44
                v[0], v[2], v[3] = 16, 15, 15
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:250"
    if f == "name_first_remark":   # 姓名 before 学号, a 备注 column
        parts = [("吊汤", 30), ("制面", 30), ("出品", 25), ("卫生", 15)]
        hd = ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (5 if bad.get(n) == "below" else 0)
            note = {3: "组长", 12: "组长", 25: "组长", 31: "请假一次，已补做"}.get(k, "")
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), note], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "deduct_fix":   # a 安全扣分 column; one mark corrected by hand
        parts = [("血压测量", 40), ("用药核对", 30), ("沟通指导", 30)]
        hd = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["安全扣分", "总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        ded = dict(zip(rng.sample([n for n in rec if n not in s.get("fixed_row", {})], 4), [2, 3, 5, 2]))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            dd = ded.get(n, 0)
            cells = [str(k + 1), sid_of(s, n), n, str(v[0]), str(v[1])]
            if s.get("fixed_row", {}).get(n) == "corr":
                v[2] = 25
                old = sum(v) - 3 - dd
                cells += ['<s>22</s> %s <span style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:8pt">改 %s</span>'
                          % (hand("25", size="11pt", ink="#c0251a"), t[0][0]),
                          "—" if not dd else "−%d" % dd, '<s>%d</s> %s' % (old, hand(str(sum(v) - dd), size="11pt", ink="#c0251a"))]
            else:
                cells += [str(v[2]), "—" if not dd else "−%d" % dd, str(sum(v) - dd)]
            out.append(trow(cells, pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：总分＝血压测量＋用药核对＋沟通指导－安全扣分。上门服务中未洗手、未核对老人身份等安全问题每次扣1～5分，无扣分者划“—”。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:color"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    o = s.get("others_named", [])
    if f == "card_photo":   # photographed dish display cards, 制作人 by hand
        lines = []
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                if lines:
                    lines.append("----")
                lines += ["", "　　　　　作　品　展　示　卡", "", "%s　%s" % (s["school"], s["cls"]), "",
                          "作品名称：%s" % title, "> 制作人：%s" % n, "> 学号：%s" % sid_of(s, n), "",
                          "主　　料：%s" % ["鲫鱼、鳝骨、手工细面", "鳝骨、猪油、生姜", "面粉、碱水"][j],
                          "成品特点：%s" % desc, "", "企业品评：%s（面馆厨师长）" % o[0], "! %s" % ["汤白味鲜", "火候到位", "面条细匀"][(i + j) % 3],
                          "", "指导教师：%s　　%s" % (t[j % 2], day(s, 30 + i))]
        return "11.txt", "\n".join(lines) + "\n", "x-photo:200:0"
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "report_typed":   # a repair report: 检测员, the driver as 送修人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车辆", "纯电动清扫车　新J·D%04d" % (3071 + 7 * j), "送修人", o[0]], ["检测员", "%s（%s）" % (n, cl), "审核", t[j % 2]],
                                  ["检测项目", "标准值", "实测值", "结论"], ["互锁回路电阻", "<1 Ω", ["∞", "0.4 Ω", "0.3 Ω"][j], ["不合格", "合格", "合格"][j]],
                                  ["绝缘电阻（正极对地）", "≥500 MΩ", "%d MΩ" % (620 + 30 * i + 11 * j), "合格"]], width="94%") + "<p>结论：%s</p>" % desc)
            elif f == "inspect_typed":   # a spot-check sheet: 点检人 and the equipment keeper
                parts.append('<h3>%s</h3>' % title + tbl([["点检人", n, "班级", cl], ["设备管理员", o[1], "日期", day(s, 30 + i)],
                                                          ["点检项目", "标准", "结果", "处理"], ["气源压力", "0.5±0.05 MPa", "0.5%d MPa" % (j + i), "正常"],
                                                          ["封口气缸下行时间", "0.8 s", "0.%d s" % (8 + (j == 0)), "已调整" if j == 0 else "正常"]],
                                                         width="92%") + "<p>小结：%s</p>" % desc)
            elif f == "nightbed_typed":   # a night-bed service record: 服务员, the guest, the supervisor
                parts.append('<h3>%s</h3>' % title + tbl([["服务员", n, "班级", cl], ["房号", ["1608", "1612", "1605"][j], "客人", o[1 + (j + i) % 2]],
                                                          ["领班", o[0], "日期", day(s, 30 + i)], ["项目", "标准", "完成情况", ""],
                                                          ["儿童用品", "拖鞋、牙具、护栏", "已补充", ""], ["夜床", "折角、晚安卡", "已完成", ""]],
                                                         width="90%") + "<p>备注：%s</p>" % desc)
            elif f == "acceptance_typed":   # an acceptance sheet: 施工人 and the company's representative
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["项目", "办公网络VLAN划分与无线覆盖", "施工人", "%s（%s）" % (n, cl)], ["甲方代表", o[0], "验收日期", day(s, 30 + i)],
                                  ["测试项", "要求", "实测", "结论"], ["直播VLAN上行", "≥150 Mbps", "%d Mbps" % (172 + 4 * i + j), "合格"],
                                  ["部门隔离", "设计部与客服部不互通", "不通", "合格"]], width="94%") + "<p>说明：%s</p>" % desc)
            elif f == "rx_typed":   # a prescription dispensing sheet: patient, physician, 调配人, 核对人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["患者姓名", o[j % 2], "性别/年龄", ["女/67", "男/58", "女/67"][j]], ["处方医师", o[2], "处方号", "XT%06d" % (240715 + 13 * i + j)],
                                  ["调配人", n, "核对人", t[j % 2]], ["班级", cl, "日期", day(s, 30 + i)]], width="92%") +
                             "<p>处方内容：%s</p><p>审方结论：无配伍禁忌，剂量合规。</p>" % desc)
            elif f == "plan_typed":   # a care plan: 照护员 and the elder
                parts.append('<h3>%s</h3>' % title + tbl([["服务对象", o[(i + j) % 2], "年龄", ["86岁", "83岁"][(i + j) % 2]],
                                                          ["照护员", n, "班级", cl], ["项目", "频次", "方法", "备注"],
                                                          ["血压测量", "每日2次", "坐位右上臂", ""], ["用药提醒", "早晚", "分格药盒＋闹钟", ""]],
                                                         width="90%") + "<p>记录：%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    o = s.get("others_named", [])
    rng = random.Random(s["seed"] * 12)
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f == "wenkai_page":
            head = ["课后作业", "学号：%s　姓名：%s　班级：%s" % (sid, n, cl)]
        elif f == "exercise_book":   # an exercise-book cover, then the page inside
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　课后作业" % c["task"][:8]]
        elif f == "memo_photo":   # written on the hotel's memo pad: a printed letterhead
            head = ["兴城海滨度假酒店　便笺　MEMO", "地址：兴城市滨海路　电话：0429-55*****", "",
                    "> 课后作业　%s　%s　学号%s" % (cl, n, sid)]
        elif f == "ukai_color":
            head = ["%s　课后练习" % c["course"], "姓名 %s　班级 %s　学号 %s" % (n, cl, sid)]
        elif f == "mono_hand":
            head = ["课后作业", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "photo_two":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "family_sign":   # a family task, signed by a family member
            head = ["课后作业（家庭实践）", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid),
                    "任务：回家为家中长辈测量一次血压，并回答下面的问题。", "> 测量对象：%s　血压：%d/%d mmHg" % (["爷爷", "外婆", "爷爷"][i], 132 + 6 * i, 82 + 2 * i)]
            end = ["> 家属签字：%s（%s）" % (o[2 + i], ["爷爷", "外婆", "爷爷"][i]), ""] + end
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"wenkai_page": "x-scan:250:4", "exercise_book": "x-photo:200:1", "memo_photo": "x-photo:200:0",
            "ukai_color": "x-scan:200:3:color", "mono_hand": "x-scan:200:4:mono", "photo_two": "x-photo:200:2",
            "family_sign": "x-scan:200:1:rust"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "enrol":   # a course enrolment list printed from the 教务系统
        rows = [["序号", "学号", "姓名", "性别", "行政班", "选课状态", "选课方式"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "男", "男", "女"]), s["cls"], "已选", "统一安排"])
        c = C[s["course"]]
        body = ('<h3 style="text-align:center">教学班选课名单</h3><p>学年学期：2024—2025-1　　课程：%s（%s）　　教学班：%s-01</p>'
                '<p>上课地点：%s　　任课教师：%s　　选课人数：%d</p>' % (c["course"], "ZY%s012" % c["code"], s["cls"], c["station"], s["teachers"][0], len(k))
                + tbl(rows, width="100%", pad="1px 4px", bold=(0,)) +
                "<p>打印人：教务处　　打印时间：2024-09-%02d 10:17　　第1页 共1页</p>" % (3 + s["seed"] % 9))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s选课名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "plain_duty":   # a plain typed 学生名单 with 职务
        rows = [["序号", "学号", "姓名", "性别", "职务"]]
        duty = {1: "班长", 7: "团支书", 16: "学习委员", 28: "网管"}
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "男", "女"]), duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s%s学生名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="80%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　　合计：%d人　　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Sixty-seventh held-out people corpus (testdata/heldout67), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad:
        raise SystemExit("stand in an earlier corpus: %s" % " ".join(bad))
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"], s["school"]):
            if w in EARLIER_TEXT or w in EARLIER_READMES:
                raise SystemExit("%s was used by an earlier corpus" % w)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    assert len(set(all_others)) == len(all_others), "an outsider stands twice"
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
        rng = random.Random(s["seed"] * 7919 + 67)
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
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s["size"], "form_count_text": s["form_count"],
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {"陈沛琳": "沟通指导 22 -> 25, 总分 corrected by hand"} if s.get("fixed_row") else {},
            "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
