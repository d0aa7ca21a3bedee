#!/usr/bin/env python3
"""Write the sources of the 122nd held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 连云港
(Jiangsu), 秦皇岛 (Hebei) and 辽阳 (Liaoning).

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
# the truth files read for names, tasks and courses to avoid (heldout121 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 121)] + ["othertools"]
def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 怀柔 (北方 common families, and the Manchu 关 富 那 佟
# of the 长哨营 and 喇叭沟门 townships), 宝坻 (王 李 张 刘 杨 赵 孙 高 于 齐 宋 穆 …), 彬州 (关中 families:


# surnames by region, weighted by repetition: 连云港 (苏北 families, and 惠 薛 邵 卞 鲍 葛 of 海州 and 赣榆),
# 秦皇岛 (冀东 families: 王 李 张 刘 赵 杨 孙 高 马 于 田 齐 韩 冯 董), 辽阳 (辽东 families, the Manchu 关 佟 and
# the 山东 migrants' 曲 隋 宫 姜 鞠)
SURNAMES = {
    "lyg": list("王王王王张张张李李李刘刘陈陈孙孙徐徐朱杨吴周赵胡马惠惠薛邵卞鲍葛"),
    "qhd": list("王王王王李李李李张张张刘刘刘赵赵杨杨孙高马于田齐韩冯董"),
    "ly": list("王王王王李李李张张张刘刘刘赵赵杨孙于于高关佟曲隋宫姜鞠"),
}
# given names: the everyday names of students born around 2008-2009
GIVEN2 = ("一凡 子涵 思雨 雨辰 若溪 梓萱 浩然 俊杰 欣怡 佳琪 明远 嘉禾 语彤 沐阳 皓宇 诗涵 馨予 宇航 泽宇 梦雪 "
          "晨曦 安然 博宇 睿哲 可欣 嘉欣 铭轩 昊天 雅琪 心悦 奕铭 锦辉 书涵 一帆 天宇 梓琪 俊辰 思佳 子睿 靖瑶 "
          "紫涵 宏宇 家铭 佳欣 瑞琪 子骞 晓雪 振华 雨航 芷若 浩轩 欣彤 晟宇 家瑞 思涵 润宇 怡宁 天乐 佳蕊 承宇 "
          "文轩 雨涵 凯瑞 佳宁 子豪 梦婷 志强 雅静 鑫宇 晓燕 子晨 雅欣 欣雨 宇辰 艺菲 冰冰 新杰 炳坤 泓博 金鑫 "
          "尚文 庆阳 朝阳 治国 彦霖 瀚宇 楚瑶 婉婷 沛霖 骏豪 柏然 翰文 凌云 景瑞 煜祺 钰莹 歆然 珂然 涵煦 若琳 "
          "梦瑶 诗琪 晓彤 乐瑶 悦然 依依 雨桐 佳怡 思琪 美玲 欣然 雪莹 佳乐 静雯 海涛 世豪 建华 博文 鹏程 文涛 "
          "泽楷 宇飞 翔宇 兆祥 国庆 永强 少华 梓轩 铭哲 晨旭 明杰 立新 启航 嘉琪 思源 锦涛 正豪 志鹏 林涛 舒婷 "
          "雨菲 冠霖 星辰 昕玥 语嫣 妙涵 宛瑜 晓琳 紫薇 海燕 玉洁 春雨 秋实 冬阳 志成 伟杰 德宇 浩博 俊熙 子墨").split()
GIVEN1 = list("昊琳博阳悦鑫磊婷娜鹏")
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
            continue
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
 "plc": dict(major="机电一体化技术", code="0127", course="小型自动化生产线安装与调试", task="紫菜烘干机输送带变频调速与PLC控制改造",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="每年冬天是海州湾紫菜加工的旺季，一家紫菜加工厂的烘干机输送带只能定速运行，湿菜多时烘不透，湿菜少时又浪费热量。工厂设备科请机电班学员在输送带电机上加装变频器，用PLC按进料口的料层高度分三档调速，完成电气接线、编程和联机调试，并向工厂操作工交付使用说明。",
   qs=[("问题1 为什么用变频器调速而不是换减速机？", ["变频器可以在运行中随时改变电机转速，三档速度只要改参数，不用停机换零件，还能软启动。", "运行中就能改转速，不用停机。", "改参数就行，还能软启动。"]),
       ("问题2 料层高度信号怎样送进PLC？", ["进料口装一个超声波料位传感器，输出四到二十毫安电流，接到PLC的模拟量输入模块。", "超声波传感器，接模拟量模块。", "四到二十毫安信号。"])],
   hw=[("1. 变频器的加速时间设得太短会怎样？", ["电机电流冲得太大，变频器会报过流故障停机，输送带也会抖动。", "会报过流故障。", "输送带抖动。"]),
       ("2. 联机调试前要检查哪些内容？", ["接线是否牢固、电机转向是否正确、急停按钮是否有效、参数是否按表设置。", "急停是否有效。", "电机转向和接线。"])],
   outputs=[("输送带调速系统调试记录", "三档速度分别为每分钟三米、四点五米、六米。"), ("PLC程序清单与注释", "共一百二十六步。")]),
 "wlan": dict(major="计算机网络应用", code="0301", course="中小型企业网络组建与维护", task="港区货代公司办公楼无线网络覆盖与交换机配置",
   hours=16, station="网络搭建与运维一体化学习工作站",
   situation="连云港港区附近一家货运代理公司搬进一栋三层办公楼，原来的家用路由器带不动四十多台电脑和手机，楼上信号也很差。公司行政主管请网络班学员勘察现场，规划无线接入点的位置和IP地址，安装配置接入交换机和无线控制器，划分办公和访客两个网络，测试覆盖效果并交付文档。",
   qs=[("问题1 为什么要把办公网和访客网分开？", ["访客只能上互联网，不能访问公司的共享盘和打印机，这样公司的报关资料更安全。", "访客不能访问公司资料。", "更安全。"]),
       ("问题2 无线接入点装在哪里信号最好？", ["装在走廊天花板的中间位置，避开承重墙和金属柜，相邻两个接入点用不同信道。", "走廊天花板中间。", "相邻的用不同信道。"])],
   hw=[("1. VLAN的作用是什么？", ["在一台交换机上划出几个互相隔离的逻辑网络，广播不会互相干扰。", "划分隔离的逻辑网络。", "广播不互相干扰。"]),
       ("2. 怎样测试无线覆盖效果？", ["拿笔记本在每个房间用测速软件测信号强度和速率，画出覆盖热力图。", "每个房间测信号强度。", "画热力图。"])],
   outputs=[("网络拓扑图与IP地址规划表", "办公网VLAN10，访客网VLAN20。"), ("网络施工与验收单", "共安装六个无线接入点。")]),
 "ev": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车动力电池检测与维修", task="纯电动出租车动力电池包绝缘故障检测与模组更换",
   hours=18, station="新能源汽车维修一体化学习工作站",
   situation="秦皇岛一家出租车公司的纯电动出租车在雨天行驶后仪表报绝缘故障，车辆限功率行驶。维修站技术主管请新能源班学员按高压作业安全规程做好防护和断电，用绝缘电阻测试仪查找故障点，拆下电池包，更换进水的电池模组，做气密性检测后装车，并填写检测报告。",
   qs=[("问题1 断开高压电后为什么要等五分钟以上？", ["电机控制器里的电容还存着电，要等它放电到安全电压以下，再用万用表确认无电。", "电容要放电。", "用万用表确认无电。"]),
       ("问题2 绝缘电阻测试仪怎样使用？", ["选五百伏档，一根表笔接高压正极或负极，一根接车身搭铁，读数低于标准就是绝缘不良。", "一根接高压，一根接车身。", "选五百伏档。"])],
   hw=[("1. 电池包为什么要做气密性检测？", ["检查外壳密封是否良好，防止再次进水导致绝缘故障和短路。", "防止再次进水。", "检查密封。"]),
       ("2. 高压作业要穿戴哪些防护用品？", ["绝缘手套、绝缘鞋、护目镜，绝缘手套使用前要做充气检查。", "绝缘手套和绝缘鞋。", "护目镜。"])],
   outputs=[("动力电池绝缘检测报告", "故障模组绝缘电阻零点三兆欧。"), ("电池包气密性检测记录", "保压三分钟，压降合格。")]),
 "banquet": dict(major="饭店(酒店)服务", code="0504", course="中餐主题宴会服务", task="海滨酒店二十桌婚宴摆台与上菜分菜服务",
   hours=16, station="酒店服务一体化学习工作站",
   situation="北戴河一家海滨酒店在十月承接一场二十桌的婚宴，宴会厅经理请酒店班学员按婚宴主题布置宴会厅，完成中餐十人位摆台，分工担任值台服务员，按上菜顺序上菜、分菜、斟酒，处理宾客的临时要求，宴会结束后做好收台和客人意见收集。",
   qs=[("问题1 中餐宴会摆台的顺序是什么？", ["先铺台布、放转盘，再定骨碟，然后摆筷架筷子、汤碗汤勺、酒具，最后放餐巾花和台号。", "先铺台布定骨碟。", "最后放餐巾花和台号。"]),
       ("问题2 上菜时应从什么位置上？", ["从副主人右侧的上菜口上菜，不能在主人和主宾之间上菜，新菜转到主宾面前。", "副主人右侧上菜口。", "新菜转到主宾面前。"])],
   hw=[("1. 斟酒时要注意什么？", ["站在客人右侧，商标朝向客人，白酒斟八分满，斟完转一下瓶口防止滴酒。", "白酒斟八分满。", "商标朝向客人。"]),
       ("2. 客人要求加菜怎样处理？", ["先向客人介绍能快速出的菜，报告领班确认，通知厨房并在菜单上记录。", "报告领班，通知厨房。", "在菜单上记录。"])],
   outputs=[("婚宴服务工作记录", "二十桌准时开席，无客诉。"), ("宴会摆台评分与复盘表", "摆台用时八分钟。")]),
 "care": dict(major="健康与社会照护", code="0529", course="失能老人生活照护与压疮预防", task="养老院卧床老人翻身拍背与压疮预防照护",
   hours=16, station="健康照护一体化学习工作站",
   situation="辽阳一家养老院有十几位长期卧床的老人，冬天室内干燥，有两位老人骶尾部皮肤发红。院里的护理部主任请照护班学员学习翻身拍背和压疮预防的规范，按老人的身体情况制订每两小时一次的翻身计划，为老人翻身、拍背、检查皮肤，并做好照护记录和交接班。",
   qs=[("问题1 为什么要每两小时翻身一次？", ["同一部位长时间受压，皮肤和下面的组织缺血，超过两小时就容易形成压疮。", "时间长了容易形成压疮。", "受压部位会缺血。"]),
       ("问题2 拍背的手法是怎样的？", ["手指并拢，掌心弯成空心，从下往上、从外向内有节奏地轻拍，避开脊柱和肾区。", "空心掌，从下往上。", "避开脊柱。"])],
   hw=[("1. 压疮好发在哪些部位？", ["骶尾部、足跟、髋部、肩胛和枕后，这些地方骨头突出、肉少。", "骶尾部和足跟。", "骨头突出的地方。"]),
       ("2. 照护记录要写哪些内容？", ["翻身时间、体位、皮肤情况、老人的反应和照护员签名。", "翻身时间和体位。", "皮肤情况。"])],
   outputs=[("卧床老人翻身照护记录", "每两小时一次，皮肤无新发红。"), ("压疮风险评估表", "评分十四分，属中度风险。")]),
 "herbs": dict(major="中药", code="1301", course="中药饮片验收与养护", task="关药饮片入库验收与夏季防霉养护",
   hours=16, station="中药调剂与养护一体化学习工作站",
   situation="辽阳一家中药饮片公司每年夏天都要收进一批北五味子、辽细辛、关黄柏等关药饮片。仓储部经理请中药班学员按验收规程核对品名、产地和批号，做性状鉴别和水分检查，把合格的饮片分类入库，制订雨季的防霉、防虫养护计划，并填写入库验收记录和养护记录。",
   qs=[("问题1 入库验收要核对哪些内容？", ["品名、规格、产地、批号、生产日期、数量和合格证，还要抽样做性状鉴别。", "品名、产地和批号。", "抽样做性状鉴别。"]),
       ("问题2 北五味子的性状特征是什么？", ["不规则的球形，表面红色到紫红色，皱缩显油润，果肉柔软，种子肾形。", "紫红色，皱缩油润。", "种子肾形。"])],
   hw=[("1. 雨季怎样防止饮片发霉？", ["控制库房温湿度，湿度保持在百分之六十五以下，定期翻垛和检查，易霉的品种放在高处。", "湿度控制在百分之六十五以下。", "定期翻垛检查。"]),
       ("2. 发现饮片生虫怎么处理？", ["先把生虫的饮片隔离，报告质量管理员，按规定处理，其他批次加强检查。", "隔离并报告。", "其他批次加强检查。"])],
   outputs=[("饮片入库验收记录", "北五味子两批，合格。"), ("库房温湿度与养护记录", "湿度百分之五十八。"), ("防霉养护计划", "每周翻垛一次。")]),
 "liao": dict(major="烹饪(中式烹调)", code="0501", course="辽菜热菜制作", task="白肉血肠与溜肉段辽味家常热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="辽阳一家老字号饭店在冬至前后推出东北家常菜套餐，里面有白肉血肠和溜肉段两道热菜。饭店厨师长请烹饪班学员按标准菜谱准备原料，完成白肉的煮制切片、血肠的灌制和溜肉段的挂糊炸制，控制出菜时间和口味，并核算每份菜的成本。",
   qs=[("问题1 白肉为什么要切得又大又薄？", ["五花肉煮熟晾凉后切成大薄片，肥而不腻，和酸菜一起烩时容易入味。", "容易入味，肥而不腻。", "晾凉后切大薄片。"]),
       ("问题2 溜肉段怎样做到外酥里嫩？", ["肉段挂上水淀粉糊，先用中火炸熟定型，再用旺火复炸，最后快速裹上芡汁。", "先炸定型再复炸。", "快速裹芡汁。"])],
   hw=[("1. 血肠煮制时为什么不能大火？", ["大火会让肠衣破裂，血液流出，要小火慢煮，用竹签扎眼放气。", "大火肠衣会破。", "小火慢煮，扎眼放气。"]),
       ("2. 怎样核算一份菜的成本？", ["把主料、配料、调料的用量乘以单价相加，再加上燃料费。", "用量乘单价相加。", "再加燃料费。"])],
   outputs=[("白肉血肠制作记录", "出菜时间十五分钟。"), ("溜肉段制作记录", "色泽金黄，外酥里嫩。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

LY, QH, LI = "连云港市海州湾技工学校", "秦皇岛市燕塞湖技工学校", "辽阳市白塔技工学校"
SUBS = [
    dict(school=LY, pack="dir", region="lyg", course="plc", cls="机电2402班", size=38, seed=11,
         sidp="2407012702", students=["惠思涵", "薛俊辰", "鲍靖瑶"], outsiders={"鲍靖瑶": "机电2401班"}, out_sidp="2407012701",
         extra_class=["卞炳坤"], bad={"卞炳坤": "over"}, others_named=["葛德贵"],
         teachers=["朱砚峰", "吴兰英"], form_count="38人",
         f8="sidebar_card", f10="footnote_max", f11="commission_typed", f12="photo_plain",
         findings=[("students.not_in_class", 8, True, "鲍靖瑶"), ("records.invalid_score", 10, False, "卞炳坤")],
         optional=[("students.mismatch", 8, True)],
         comment="鲍靖瑶 of the parallel class 机电2401班 (her class and 学号 2407012701xx by hand on her worksheet, on her typed "
                 "commissioning records and her homework) is the third student of 8/11/12; item 10 (38 rows = form `38人`) has no "
                 "record of her: students.not_in_class. Item 10 (scanned 300 dpi gray, a clothes peg on the top edge): the head "
                 "names the parts only, their maxima are given ONLY in the note under the table (调试 25); 卞炳坤 has 28 under "
                 "调试 (总分 the sum): records.invalid_score. Item 8 (scanned 300 gray, peg): a SIDEBAR card on the left "
                 "(班级/姓名/学号/组别 stacked, by hand), the task on the right; the factory's electrician 葛德贵 signs as 企业验收 "
                 "on item 11 (not a student). No roster"),
    dict(school=LY, pack="dir", region="lyg", course="wlan", cls="网络2401班", size=36, seed=12,
         sidp="2407030101", students=["徐霁月", "马骁骐", "周芊语"], others_named=["陈立波"],
         teachers=["孙海明", "胡婧"], form_count="36人", roster="officers", headteacher="杨素梅", counsellor="王守业",
         f8="step_table", f10="weighted_grade", f11="network_typed", f12="scan_hand",
         findings=[],
         comment="clean. The roster (typed: 序号 学号 姓名 性别 班级职务, six class officers marked, `班主任：杨素梅　辅导员：王守业` "
                 "at the foot, 36) = form `36人` = item 10 (TYPED, a WEIGHTED register: 过程分 and 成果分 each out of 100 with "
                 "their parts, 总评 = 过程分×40% + 成果分×60% to one decimal, and a 等级 column, all explained in the note). "
                 "Item 8 (colour scan 200): the student's name stands ONLY in the 完成人 column of a step table (by hand, once a "
                 "step), the teacher under 检查人. The client's office manager 陈立波 is named on every network work order "
                 "(item 11, typed) as 客户联系人"),
    dict(school=QH, pack="gbkzip", region="qhd", course="ev", cls="新能源2401班", size=40, seed=21,
         sidp="24130435", students=["田子睿", "董沁雅", "齐浩轩"], extra_class=["冯悦萱"], absent_from_10=["冯悦萱"],
         teachers=["韩卫疆", "高淑敏"], form_count="40（男36 女4）", roster="name_grid", headteacher="于秀丽", others_named=["马德林"],
         f8="grid_boxes", f10="corrected", f11="battery_typed", f12="battery_photo",
         findings=[("records.missing_student", 10, False, "冯悦萱"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed NAME GRID, five names a row, each cell `学号末两位 姓名`, 40) and the form "
                 "(`学生人数 | 40（男36 女4）`) hold 冯悦萱; item 10 (scanned 200 dpi gray) has 39 rows and none for her: "
                 "records.missing_student and records.count_mismatch. Item 10 also carries three HAND CORRECTIONS (a typed part "
                 "score struck through and a new one written in red beside it, the 总分 struck and rewritten to match): legal. "
                 "Item 8 (1-bit scan 300): name and 学号 written one character a box (方格). The taxi driver 马德林 is named as "
                 "车主/送修人 on the battery reports (item 11, typed). Item 12: phone photos with two AA batteries lying on the page"),
    dict(school=QH, pack="gbkzip", region="qhd", course="banquet", cls="酒店2402班", size=36, seed=22,
         sidp="24130504", students=["孙溪涵", "李牧轩", "赵歆彤"], items={12: ["孙溪涵", "李牧轩", "王嘉澍"]},
         extra_class=["王嘉澍", "张沛钧"], bad={"张沛钧": "sum"}, others_named=["刘远帆", "宋慧娴"],
         teachers=["杨立华", "田晓岚"], form_count="36名",
         f8="stub_box", f10="grade_remark", f11="banquet_typed", f12="photo_battery2",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "张沛钧")],
         comment="item 12 (phone photos, batteries on the page) holds the homework of 孙溪涵, 李牧轩 and classmate 王嘉澍 (with an "
                 "item-10 record) instead of 赵歆彤's (items 8 and 11 hold the three): students.mismatch. Item 10 (TYPED, 姓名 "
                 "before 学号, 总分 then 等级 then 备注): 张沛钧's 总分 is 10 above the sum of his four parts (his 等级 follows the "
                 "wrong total): records.invalid_score. The couple who booked the banquet (新郎 刘远帆, 新娘 宋慧娴) are named on "
                 "every service record (item 11, typed; not students). Item 8 (scanned 200 gray): a dashed stub box top right "
                 "(编号/姓名/班级/学号 by hand). No roster"),
    dict(school=LI, pack="zip", region="ly", course="care", cls="照护2401班", size=38, seed=31,
         sidp="241005290", students=["关晓燕", "曲梦婷", "隋佳蕊"], items={11: ["关晓燕", "隋佳蕊"]},
         extra_class=["宫浩博"], bad={"宫浩博": "sum"}, others_named=["姜玉芬", "鞠长顺"],
         teachers=["佟丽娟", "王秉东"], form_count="38人",
         f8="care_log", f10="group_block", f11="care_typed", f12="photo_plain2",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "宫浩博")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 照护记录 and 风险评估表, `照护员：<name>`) holds the works of only TWO students, 关晓燕 and 隋佳蕊 "
                 "(曲梦婷's missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. The two "
                 "elderly residents 姜玉芬 and 鞠长顺 are named on every item-8 and item-11 page (照护对象; not students). Item 10 "
                 "(scanned 250 dpi gray) is GROUP-BLOCKED: a merged 组别 cell and a merged 小组汇报(20) score over each group's "
                 "rows, the same group score counted in each member's 总分; 宫浩博's 总分 is 7 BELOW the sum of his parts: "
                 "records.invalid_score. No roster"),
    dict(school=LI, pack="zip", region="ly", course="herbs", cls="中药2402班", size=41, seed=32,
         sidp="24101301", students=["姜博渊", "赵思颐", "刘澄海"], items={12: ["姜博渊", "赵思颐", "鞠若溪"]},
         outsiders={"鞠若溪": "中药2401班"}, out_sidp="24101300",
         teachers=["高立群", "李淑云"], others_named=["孙国富"], form_count="42人",
         f8="sign_end", f10="sign_column", f11="herbs_typed", f12="photo_hw",
         findings=[("records.count_mismatch", 10, False), ("students.not_in_class", 12, False, "鞠若溪")],
         optional=[("students.mismatch", 12, True)],
         comment="the form says `参与学生数 | 42人`; item 10 (TYPED, a register with a 学生签字 column, every student signing his "
                 "own row by hand) lists 41 students: records.count_mismatch (no roster). Item 12 (phone photos) holds the "
                 "homework of 姜博渊, 赵思颐 and 鞠若溪 of the parallel class 中药2401班 (her class and 学号 on her page) instead of "
                 "刘澄海's: students.not_in_class on 12 (students.mismatch optional). Item 8 (scanned 200 gray): the name only "
                 "at the END (`学生签名：` by hand, after a 承诺 line); item 11 (typed): 验收人 the student, the supplier's "
                 "representative 孙国富 named (not a student)"),
    dict(school=LI, pack="zip", region="ly", course="liao", cls="烹饪2401班", size=40, seed=33,
         sidp="24100501", students=["佟一帆", "宫晨旭", "于紫薇"], others_named=["曲德山"],
         teachers=["鞠春艳", "张立勇", "关永刚"], form_count="40", 
         f8="master_line", f10="two_raters", f11="dish_typed", f12="exercise_book",
         findings=[],
         comment="clean. Item 10 (colour scan 200) is scored by TWO RATERS: 校内教师评分(100) and 企业导师评分(100), 总分 = their "
                 "mean (x.5 where the sum is odd), as the note under the table says; 40 rows = form `40`. Three teachers. The "
                 "restaurant's head chef 曲德山 stands on every item-8 page as 师傅 (`师傅：曲德山　学徒：<name>`) and on the dish "
                 "records (item 11) as 指导师傅 (not a student). Item 12: an exercise-book cover and the page inside (photo)"),
]

PROVINCE = {1: "江苏省连云港市", 2: "河北省秦皇岛市", 3: "辽宁省辽阳市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 连云港: "8-工作页.pdf"
        return "%d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 秦皇岛: "成果8 工作页.pdf"
        return "成果%d %s.pdf" % (n, NAMES[n])
    return "%02d_%s_%s.pdf" % (n, NAMES[n], s["cls"])   # 辽阳: "08_工作页_照护2401班.pdf"


def form_name(s, c):
    return {1: ("附件2 优质课堂申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s-申报书.pdf" % s["cls"], "pdf"),
            3: ("申报书_%s_%s.docx" % (c["code"], c["task"][:6]), "docx")}[grp(s)]


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
        return "授课对象 | %s　学生%s" % (s["cls"], s["form_count"])
    if g == 2:
        return "学生人数 | %s" % s["form_count"]
    return "参与学生数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 连云港: class and size in one cell, "学生38人"
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s　学生%s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 秦皇岛: 学生人数 with a split by sex or 名
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("授课地点", c["station"])]
    else:   # 辽阳: 参与学生数
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("参与学生数", s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
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

def boxes(x, w="7mm", hand_=True, small=False):
    """one character a box (方格)"""
    cells = "".join('<td style="border:0.75pt solid #000;width:%s;height:%s;padding:0" align="center">%s</td>' %
                    (w, w, hand(ch, small) if hand_ else ch) for ch in x)
    return '<table style="border-collapse:collapse;display:inline-table"><tr>%s</tr></table>' % cells


def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "sidebar_card":   # a card on the left: 班级 / 姓名 / 学号 / 组别 stacked, the task on the right
            card = ('<table style="border-collapse:collapse" width="100%%">' +
                    "".join('<tr><td style="border:1pt solid #000;padding:2px 4px;background:#eeeeee"><b>%s</b></td></tr>'
                            '<tr><td style="border:1pt solid #000;padding:6px 4px;height:12mm" align="center">%s</td></tr>' % (k, v)
                            for k, v in (("班　级", hand(cl, True)), ("姓　名", hand(n)), ("学　号", hand(sid, True, size="11pt")),
                                         ("组　别", hand("第%s组" % "一二三四五"[i % 5], True)), ("日　期", hand(day(s, i)[5:], True)))) +
                    '</table>')
            right = ('<h3 style="text-align:center">%s</h3><p style="text-align:center">学习工作页（学习活动2　制订计划）</p>' % c["task"] +
                     sit + answers(c, rng, i) + comment)
            body = ('<table style="border-collapse:collapse" width="100%%"><tr><td style="vertical-align:top;width:24%%;padding:0 8px 0 0">%s</td>'
                    '<td style="vertical-align:top;padding:0 0 0 8px;border-left:0.75pt solid #000">%s</td></tr></table>' % (card, right))
        elif f == "step_table":   # the name only in the 完成人 column of a step table
            rows = [["步骤", "工作内容", "完成情况", "完成人", "检查人"]]
            for k, (st, ct) in enumerate([("1", "现场勘察，记录房间和信息点"), ("2", "绘制拓扑图，规划IP地址"), ("3", "安装配置交换机和接入点"), ("4", "覆盖测试与记录")]):
                rows.append([st, (ct, ' align="left"'), hand(["完成", "已完成", "完成，已复核", "完成"][k], True), hand(n, True), t[(i + k) % 2]])
            body = (title + '<p>班级：%s　　　学习小组：%s</p>' % (hand(cl, True), hand("第%s组" % "一二三四"[i % 4], True)) +
                    tbl(rows, width="100%", pad="5px 4px", bold=(0,)) + sit + answers(c, rng, i) + comment)
        elif f == "grid_boxes":   # name and 学号 one character a box
            head = ('<table style="border-collapse:collapse"><tr><td style="padding:2px 6px">姓名</td><td>%s</td><td style="padding:2px 6px 2px 18px">学号</td><td>%s</td></tr></table>'
                    % (boxes(n), boxes(sid, "5.5mm", True, True)) + '<p>班级：＿%s＿　　工位：＿%s＿</p>' % (hand(cl, True), hand("%d号工位" % (3 + i), True)))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "stub_box":   # a dashed stub box at the top right
            stub = ('<table style="border:1.2pt dashed #000;border-collapse:collapse" align="right" width="42%%">' +
                    "".join('<tr><td style="padding:2px 6px">%s</td><td style="padding:2px 6px">%s</td></tr>' % (k, v) for k, v in
                            (("编号", hand("No.%02d" % (7 + i), True)), ("姓名", hand(n)), ("班级", hand(cl, True)), ("学号", hand(sid, True)))) +
                    '</table>')
            body = stub + '<p>　</p>' + title + '<p style="clear:both"></p>' + sit + answers(c, rng, i) + comment
        elif f == "care_log":   # 照护记录 style: the residents named first, the student as 照护员
            ppl = s["others_named"]
            head = tbl([["照护对象", hand(ppl[i % 2], True, BLACK), "床号", hand("%d床" % (12 + i), True), "年龄", hand("%d岁" % (81 + i), True)],
                        ["照护员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">%s<br/>学习工作页·照护实践记录</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    '<p>照护对象%s反应：%s</p>' % (ppl[i % 2], hand(["配合良好", "翻身时诉腰痛，已放慢动作", "情绪平稳"][i % 3], True)) + comment)
        elif f == "sign_end":   # the name only at the end, after a promise line
            body = (title + '<p>授课班级：%s　　日期：%s</p>' % (hand(cl, True), hand(day(s, i), True)) + sit + answers(c, rng, i) + comment +
                    '<p>本人承诺：以上内容由本人独立完成，验收数据真实。</p><p style="text-align:right">学生签名：%s　学号：%s</p>' % (hand(n), hand(sid, True)))
        elif f == "master_line":   # 师傅 / 学徒
            body = (title + '<p>师傅：%s　　学徒：%s　　班级：%s　　学号：%s</p>' % (hand(s["others_named"][0], True, BLACK), hand(n), hand(cl, True), hand(sid, True))
                    + sit + answers(c, rng, i) + '<p>师傅评语：%s</p>' % hand(["刀口整齐，火候还要练。", "动作麻利，调味准。", "炸制时间稍长。"][i % 3], True, BLACK) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"sidebar_card": "x-scanpdf:300:peg", "step_table": "x-scanpdf:200:color", "grid_boxes": "x-scanpdf:300:mono",
            "stub_box": "x-scanpdf:200", "care_log": "x-scanpdf:250", "sign_end": "x-scanpdf:200:peg", "master_line": "x-scanpdf:200:color"}[f]
    font = {"step_table": "Noto Sans CJK SC", "care_log": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    size = "9.5pt" if f == "sidebar_card" else "10pt"
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



def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "中等" if x >= 70 else "合格" if x >= 60 else "不合格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "footnote_max":   # the head names the parts only; the maxima are in the note under the table
        parts = [("元件安装", 15), ("电气接线", 25), ("PLC编程", 25), ("联机调试", 25), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.64, 0.96)
            if bad.get(n) == "over":
                v[3] = 28
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), ""], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：1. 各项满分：元件安装15分，电气接线25分，PLC编程25分，联机调试25分，职业素养10分，合计100分。"
                "2. 联机调试由企业技术人员与教师共同评定。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:peg"
    if f == "weighted_grade":   # 过程分 and 成果分 out of 100 each, 总评 = 40 % + 60 %, 等级
        p1 = [("出勤", 10), ("工作页", 30), ("小组协作", 20), ("施工记录", 40)]
        p2 = [("拓扑规划", 30), ("设备配置", 40), ("测试验收", 30)]
        h1 = ('<tr>%s%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（权重40%）</b>", ' align="center" colspan="5"', pad),
                                         td("<b>成果考核（权重60%）</b>", ' align="center" colspan="4"', pad), td("<b>总评</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>等级</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s<br/>%d</b>" % p for p in p1] + ["<b>过程分</b>"] + ["<b>%s<br/>%d</b>" % p for p in p2] + ["<b>成果分</b>"], pad)]
        for k, n in enumerate(rec):
            a, b = part_scores(rng, p1, 0.6, 0.97), part_scores(rng, p2, 0.6, 0.97)
            tot = round(sum(a) * 0.4 + sum(b) * 0.6, 1)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in a] + [str(sum(a))] + [str(x) for x in b] + [str(sum(b))] +
                            ["%.1f" % tot, grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) +
                "<p>说明：过程分、成果分均为百分制，为各分项之和；总评＝过程分×40%＋成果分×60%，保留一位小数；"
                "等级：90分及以上优秀，80—89.9良好，70—79.9中等，60—69.9合格。</p>" + sign)
        return "10.html", html(body, "7.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 0.8cm"), "pdf"
    if f == "corrected":   # three hand corrections: a part struck and rewritten, the 总分 struck and rewritten
        parts = [("安全防护", 10), ("绝缘检测", 30), ("故障定位", 30), ("模组更换", 20), ("检测报告", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        fix = set(rng.sample(range(len(rec)), 3))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.92)
            cells = [str(x) for x in v]
            tot = str(sum(v))
            if k in fix:
                j = (k % 3) + 1
                nv = v[j] + rng.randint(2, 4)
                cells[j] = '<s>%d</s> %s' % (v[j], hand(str(nv), True, "#b8231a", "12pt"))
                tot = '<s>%d</s> %s' % (sum(v), hand(str(sum(v) - v[j] + nv), True, "#b8231a", "12pt"))
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [tot], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：复查评分表后更正的分数用红笔改正，并由评分教师签名。　%s</p>" % hand(t[0], True, "#b8231a") + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "grade_remark":   # 姓名 before 学号, 总分 then 等级 then 备注
        parts = [("中餐摆台", 30), ("斟酒服务", 20), ("上菜分菜", 30), ("服务礼仪", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>（%d分）" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.93)
            tot = sum(v) + (10 if bad.get(n) == "sum" else 0)
            rem = {3: "病假，10月18日补考", 11: "宴会实操组长", 25: "补考"}.get(k, "")
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), grade(tot), rem], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "group_block":   # merged 组别 and 小组汇报 cells over each group's rows
        parts = [("翻身操作", 25), ("拍背手法", 20), ("皮肤观察", 20), ("沟通与记录", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["组别", "序号", "学号", "姓名", "小组汇报<br/>(20)"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        sizes = []
        left = len(rec)
        while left:
            g = min(left, 7 if len(sizes) % 2 == 0 else 6)
            sizes.append(g)
            left -= g
        k = 0
        for gi, g in enumerate(sizes):
            gs = rng.randint(13, 19)
            for j in range(g):
                n = rec[k]
                v = part_scores(rng, parts, 0.62, 0.95)
                tot = gs + sum(v) - (7 if bad.get(n) == "sum" else 0)
                lead = ""
                if j == 0:
                    lead = (td("第%s组" % "一二三四五六七"[gi], ' align="center" rowspan="%d"' % g, pad))
                cells = [str(k + 1), sid_of(s, n), n]
                row = lead + "".join(td(x, ' align="center"', pad) for x in cells)
                if j == 0:
                    row += td(str(gs), ' align="center" rowspan="%d"' % g, pad)
                row += "".join(td(x, ' align="center"', pad) for x in [str(x) for x in v] + [str(tot)])
                out.append("<tr>%s</tr>" % row)
                k += 1
        body = (head10(s, c, "学习任务考核成绩表（分组）") + table(out) +
                "<p>注：小组汇报成绩为全组共同得分，计入组内每名学生总分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "sign_column":   # each student signs his own row
        parts = [("验收核对", 20), ("性状鉴别", 30), ("水分检查", 15), ("养护计划", 25), ("记录", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "学生签字"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.62, 0.95)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), hand(n, True, BLACK, "11pt")], pad))
        body = (head10(s, c, "学习任务考核成绩确认表") + table(out) + "<p>学生确认本人成绩无误后签字。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True), "pdf"
    if f == "two_raters":   # 校内教师 and 企业导师, the 总分 their mean
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "校内教师评分<br/>(100)", "企业导师评分<br/>(100)", "总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            a, b = rng.randint(66, 95), rng.randint(64, 96)
            m = (a + b) / 2
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), ("%d" % m) if m == int(m) else "%.1f" % m, ""], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out, width="86%") +
                "<p>说明：总分取校内教师评分与企业导师（%s）评分的平均值。</p>" % s["others_named"][0] + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    on = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "commission_typed":   # 调试人 and the factory's 企业验收
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["调试人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                  ["低速档", "3.0 m/min", "高速档", "6.0 m/min"], ["企业验收", on[0] + "（电工班长）", "指导教师", t[j % 2]]], width="90%") +
                             "<p>结论：%s</p>" % desc)
            elif f == "network_typed":   # the client's contact named
                parts.append('<h3>%s</h3><p>施工人员：%s　%s　学号%s</p>' % (title, n, cl, sid) +
                             tbl([["客户单位", "港区某货运代理公司"], ["客户联系人", on[0] + "（行政主管）"], ["内容", desc],
                                  ["日期", day(s, 30 + i)], ["审核", t[j % 2]]], width="86%", align="left"))
            elif f == "battery_typed":   # 检测员 and the taxi driver
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车牌号", "冀C·D%04d" % (2261 + 7 * i), "车主/送修人", on[0]], ["检测员", n, "班级", cl],
                                  ["学号", sid, "检测日期", day(s, 30 + i)], ["结果", desc, "复核", t[j % 2]]], width="92%"))
            elif f == "banquet_typed":   # the couple who booked the banquet
                parts.append('<h3>%s</h3><p>值台服务员：%s（%s，学号%s）</p>' % (title, n, cl, sid) +
                             tbl([["宴会名称", "%s先生、%s女士婚宴" % (on[0], on[1])], ["预订人", "%s（新郎）" % on[0]], ["桌数", "20桌"],
                                  ["服务区域", "第%d—%d桌" % (1 + 3 * i, 3 + 3 * i)], ["情况", desc], ["领班", t[j % 2]]], width="86%", align="left"))
            elif f == "care_typed":   # 照护员 and the residents
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", on[(i + j) % 2], "床号", "%d床" % (12 + (i + j) % 2)], ["照护员", n, "班级", cl],
                                  ["时间", "8:00 10:00 12:00 14:00", "体位", "左侧—平卧—右侧—平卧"], ["记录", desc, "带教老师", t[j % 2]]], width="92%"))
            elif f == "herbs_typed":   # 验收人 and the supplier
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品名", ["北五味子", "辽细辛", "关黄柏"][j % 3], "批号", "2407%02d" % (11 + i + j)],
                                  ["供货单位代表", on[0], "验收人", "%s（%s）" % (n, cl)], ["结论", desc, "质量管理员", t[j % 2]]], width="92%"))
            elif f == "dish_typed":   # 制作人 and the master
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "五花肉500克" if j == 0 else "猪里脊400克", "指导师傅", on[0]],
                                                          ["评价", desc, "教师", t[j % 3]]], width="90%"))
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
        if f == "photo_plain":
            head = ["%s　课后作业" % c["course"], "> %s　%s　%s" % (n, cl, sid)]
        elif f == "scan_hand":
            head = ["课后作业（网络）", "姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "battery_photo":
            head = ["动力电池检测课后作业", "> 班级 %s　姓名 %s" % (cl, n)]
        elif f == "photo_battery2":
            head = ["中餐宴会服务　作业", "> %s号　%s　%s" % (sid[-2:], n, cl)]
        elif f == "photo_plain2":
            head = ["照护课后作业", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "photo_hw":
            head = ["饮片养护作业", "> 班级：%s　学号：%s　姓名：%s" % (cl, sid, n)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "----", "%s　作业" % c["task"][:7]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_plain": "x-photo:200:2", "scan_hand": "x-scan:200:4", "battery_photo": "x-photo:200:1:battery",
            "photo_battery2": "x-photo:200:2:battery", "photo_plain2": "x-photo:200:1", "photo_hw": "x-photo:200:2",
            "exercise_book": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("浩然 俊杰 明远 嘉禾 沐阳 皓宇 宇航 泽宇 博宇 睿哲 铭轩 昊天 奕铭 锦辉 一帆 天宇 俊辰 子睿 宏宇 家铭 子骞 振华 雨航 浩轩 晟宇 家瑞 "
           "润宇 天乐 承宇 文轩 凯瑞 子豪 志强 鑫宇 子晨 宇辰 新杰 炳坤 泓博 金鑫 尚文 庆阳 朝阳 治国 彦霖 瀚宇 沛霖 骏豪 柏然 翰文 凌云 "
           "景瑞 煜祺 海涛 世豪 建华 博文 鹏程 文涛 泽楷 宇飞 翔宇 兆祥 国庆 永强 少华 梓轩 铭哲 晨旭 明杰 立新 启航 思源 锦涛 正豪 "
           "志鹏 林涛 冠霖 星辰 志成 伟杰 德宇 浩博 俊熙 子墨 一凡 昊 博 阳 鑫 磊 鹏".split())


def sex_of(n):
    return "男" if n[1:] in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "officers":   # 班级职务 column, the head teacher and the counsellor at the foot
        duties = {0: "班长", 5: "团支书", 9: "学习委员", 14: "劳动委员", 20: "体育委员", 27: "文艺委员"}
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "班级职务"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), duties.get(j, "")], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="80%") + "<p>班主任：%s　　辅导员：%s　　共%d人</p>" % (s["headteacher"], s["counsellor"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return [s["counsellor"]]
    if r == "name_grid":   # five names a row, each cell 学号末两位 + name
        rows = []
        for j in range(0, len(k), 5):
            rows.append("<tr>%s</tr>" % "".join(td("%s　%s" % (sid_of(s, n)[-2:], n), ' align="left"', "4px 8px") for n in k[j:j + 5]))
        body = ('<h2 style="text-align:center">%s　%s花名册</h2><p style="text-align:center">（按学号排列，格内为学号末两位和姓名）</p>' % (s["school"], s["cls"]) +
                table(rows, width="96%") + "<p>班主任：%s　　　全班共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "10.5pt", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "122nd held-out people corpus (testdata/heldout122), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else []) + ([s["counsellor"]] if s.get("counsellor") else [])]
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
        rng = random.Random(s["seed"] * 7919 + 122)
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
            "roster_officers": dict([("班主任", s["headteacher"])] if s.get("headteacher") else []) | dict([("辅导员", s["counsellor"])] if s.get("counsellor") else []),
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
