#!/usr/bin/env python3
"""Write the sources of the eighteenth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of four invented schools in Tianjin,
Shanghai, Beijing and Tibet (天津, 上海, 北京, 拉萨).

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 18)] + ["othertools"]

# surnames by region: Tianjin (穆 卞 邢 霍 尹 崔 石 … beside the common ones),
# Shanghai (瞿 浦 倪 沈 陆 顾 施 曹 钱 …), Beijing (常 齐 关 白 宋 孟 …);
# Lhasa classes are mostly whole Tibetan names without a surname.
SURNAMES = {
    "tj": list("穆卞邢霍尹崔石于高刘王张李赵杨孙郭韩"),
    "sh": list("瞿浦倪沈陆顾施曹钱朱徐张王周陈金吴蒋范许"),
    "bj": list("常齐关白宋孟马郭金佟王李张刘赵杨"),
    "xz": list("王李张陈刘杨赵马"),
}
PINYIN = {"瞿": "Q", "浦": "P", "倪": "N", "沈": "S", "陆": "L", "顾": "G", "施": "S", "曹": "C", "钱": "Q", "朱": "Z",
          "徐": "X", "张": "Z", "王": "W", "周": "Z", "陈": "C", "金": "J", "吴": "W", "蒋": "J", "范": "F", "许": "X"}
GIVEN2 = ("思远 雨桐 子墨 浩辰 晓彤 浩宇 嘉诚 思涵 俊杰 文轩 泽宇 雨萱 子昂 佳怡 欣妍 瑞泽 梦琪 一凡 子涵 "
          "宇航 诗雨 俊辉 欣然 博涛 雅琪 子豪 静怡 天佑 晨阳 若彤 家乐 嘉怡 皓然 语嫣 明轩 思琪 泽楷 "
          "梓晨 佳琪 逸飞 婉婷 铭泽 可欣 书航 佳慧 宏博 雨晨 诗涵 鑫磊 慧敏 煜城 雅雯 俊熙 乐瑶").split()
GIVEN1 = list("磊静娟敏杰勇超帆")
TIB = ("次仁 扎西 格桑 达瓦 尼玛 索朗 旺堆 平措 普布 边巴 次旦 多吉 洛桑 巴桑 米玛 拉巴 丹增 白玛 德吉 "
       "顿珠 桑珠 强巴 阿旺 贡布 欧珠 益西 罗布 加措 赤列 群培").split()
TIB_F = "卓玛 拉姆 央金 曲珍 卓嘎 玉珍 央宗 仓决 旺姆 琼达 德央 普赤".split()


def earlier_names():
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
        if not os.path.isfile(p):
            raise SystemExit("missing %s" % p)
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    return names


USED_BEFORE = earlier_names()
TAKEN = set()


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, region):
    if region == "xz" and rng.random() < 0.86:
        r = rng.random()
        if r < 0.3:
            return rng.choice(TIB + TIB_F)
        if r < 0.65:
            return rng.choice(TIB) + rng.choice(TIB)
        return rng.choice(TIB) + rng.choice(TIB_F)
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, pos, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if len(set(name)) < len(name) and region == "xz":
            continue   # no 次仁次仁
        if name in names or name in USED_BEFORE or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    for nm, k in sorted(pos.items(), key=lambda x: x[1]):
        names.remove(nm)
        names.insert(k, nm)
    TAKEN.update(names)
    return names


C = {
 "metro": dict(major="城市轨道交通运输与管理", code="0431", course="城市轨道交通客运组织", task="天津地铁换乘站早高峰客流疏导",
   hours=12, station="城市轨道交通客运服务一体化学习工作站",
   situation="天津地铁一座三线换乘站每天早上七点半到八点半客流最大，换乘通道和站台经常拥挤。车站值班站长请实训班学员按照车站的大客流组织预案，在站厅设置导流栏杆、分流换乘客流，在站台做好候车引导和广播，并通过情景演练检验疏导方案，最后写出演练总结。",
   qs=[("引导问题1 早高峰换乘站客流有什么特点？", ["进站和换乘客流集中，通道对冲，站台候车人多，持续约一小时。", "人多，集中在换乘通道。", "时间集中，站台拥挤。"]),
       ("引导问题2 站厅导流栏杆怎样设置？", ["按进站、换乘、出站分开设置单向通道，避免客流交叉对冲。", "分开进站和出站。", "设单向通道，不交叉。"])],
   hw=[("1. 三级客流控制分别在哪里实施？", ["站台、站厅付费区和出入口三级，由内向外逐级控制。", "站台、站厅、出入口。", "从站台往外逐级控制。"]),
       ("2. 疏导广播要注意什么？", ["语速适中、内容简短，反复播报候车位置和换乘方向。", "简短清楚。", "反复播报方向。"])],
   outputs=[("站厅临时限流告示", "告知乘客限流时段和绕行路线。"), ("换乘通道单向通行告示", "说明换乘通道改为单向通行。"), ("早高峰候车安全告示", "提醒乘客排队候车、先下后上。")]),
 "jianbing": dict(major="烹饪(中式烹调)", code="0501", course="地方风味小吃制作", task="天津煎饼馃子制作与出品",
   hours=12, station="中式面点与风味小吃一体化学习工作站",
   situation="天津街头的煎饼馃子摊一年四季都有人排队，夏天早上六点就开始出摊。学校合作的早点连锁店要推出标准化的煎饼馃子，请烹饪班学员按传统做法调制绿豆面糊，摊制煎饼，配馃箅儿或油条，刷面酱、撒葱花，三分钟内出品，并做好卫生和出品记录。",
   qs=[("引导问题1 绿豆面糊怎样调制？", ["绿豆面和小米面按比例混合，加水搅成能挂勺的稀糊，静置二十分钟。", "绿豆面加水调稀。", "两种面混合，调成稀糊。"]),
       ("引导问题2 摊煎饼时火候怎样控制？", ["鏊子烧到冒烟后转中火，面糊一次摊匀，磕鸡蛋后及时翻面。", "中火，摊匀。", "鏊子热了再摊。"])],
   hw=[("1. 夏天面糊为什么容易发酸？怎样避免？", ["夏天气温高，面糊容易发酵变酸，要现调现用、低温存放。", "天热发酵，要现调现用。", "放冰箱，少调一些。"]),
       ("2. 正宗煎饼馃子有哪些讲究？", ["用绿豆面，不放生菜火腿，卷馃子或馃箅儿，面酱腐乳酱辣酱刷匀。", "绿豆面，卷馃箅儿。", "不放火腿生菜。"])],
   outputs=[("绿豆面糊配方记录", "确定了绿豆面与小米面七比三的比例。"), ("煎饼馃子出品记录", "三分钟内完成一套出品。"), ("早点档口卫生检查记录", "鏊子和操作台按规范清洁。")]),
 "valve": dict(major="数控加工(数控车工)", code="0106", course="轴类零件数控车削加工", task="船用柴油机进气阀杆数控车削加工",
   hours=16, station="数控车削一体化学习工作站",
   situation="上海一家船用柴油机配件厂接到一批进气阀杆的加工订单，材料为耐热合金钢，杆部有锥面和退刀槽，尺寸精度和表面粗糙度要求高。车间请实训班学员编制加工工艺和数控程序，在数控车床上完成首件加工，按三检制度检验后交付。",
   qs=[("引导问题1 阀杆为什么要分粗车和精车？", ["耐热钢切削力大，先粗车去除余量，再精车保证尺寸和表面质量。", "先粗后精，保证精度。", "余量大，分开加工。"]),
       ("引导问题2 锥面加工怎样编程？", ["用G01直线插补，算出锥面起点和终点坐标，注意刀尖圆弧补偿。", "G01，算坐标。", "用刀补，算起终点。"])],
   hw=[("1. 细长杆件车削时怎样防止变形？", ["用一夹一顶装夹，减小切削用量，必要时加跟刀架。", "一夹一顶。", "加跟刀架，少吃刀。"]),
       ("2. 三检制度指的是什么？", ["操作者自检、同学互检和检验员专检。", "自检、互检、专检。", "自己检、互相检、专人检。"])],
   outputs=[("进气阀杆首件三检记录", "首件尺寸全部合格。"), ("锥面尺寸检测记录", "锥角用万能角度尺检测。"), ("批量加工抽检记录", "抽检五件，一件返修。")]),
 "wuxiang": dict(major="电子商务", code="0603", course="网店运营推广", task="城隍庙五香豆老字号网店中秋促销活动策划",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="上海城隍庙一家经营五香豆的老字号要在中秋节前做一次网店促销，希望吸引年轻顾客。店铺运营经理请电商班学员分析往年销售数据，策划满减和礼盒组合活动，设计活动海报和详情页，撰写直播脚本，并在活动结束后做数据复盘。",
   qs=[("引导问题1 老字号网店吸引年轻顾客可以怎么做？", ["推出小包装和联名礼盒，用国潮风格海报，在直播里讲老字号故事。", "做小包装和国潮海报。", "联名礼盒，讲品牌故事。"]),
       ("引导问题2 满减活动怎样设置门槛？", ["参考客单价，把门槛定在客单价的一点二到一点五倍。", "比客单价高一些。", "按客单价往上定。"])],
   hw=[("1. 活动复盘要看哪些数据？", ["访客数、转化率、客单价、礼盒销量和退款率。", "访客和转化率。", "销量、客单价、退款。"]),
       ("2. 直播脚本包括哪些环节？", ["开场、产品讲解、试吃互动、优惠发布、下单引导和结尾预告。", "开场、讲解、优惠。", "讲产品，发优惠，引导下单。"])],
   outputs=[("中秋促销活动方案", "满一百减二十，礼盒第二件半价。"), ("活动海报与详情页", "国潮风格，突出百年老字号。"), ("活动数据复盘报告", "访客数比去年增长四成。")]),
 "office": dict(major="计算机网络应用", code="0301", course="中小企业网络组建与管理", task="中关村孵化器共享办公区网络组建与访客隔离配置",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="中关村一家创业孵化器新开了一层共享办公区，入驻十几家初创团队，还有大量临时访客。孵化器运营部请网络班学员规划有线和无线网络，为各团队划分VLAN，配置访客无线网络并与办公网隔离，设置认证上网，完成测试后交付验收。",
   qs=[("引导问题1 为什么要把访客网络和办公网隔离？", ["防止访客访问团队的服务器和共享文件，保证办公网安全。", "保证安全。", "访客不能进办公网。"]),
       ("引导问题2 怎样实现访客隔离？", ["访客单独一个VLAN，用ACL禁止访问办公网段，只放行到互联网。", "单独VLAN加ACL。", "用ACL隔开网段。"])],
   hw=[("1. 无线AP的信道怎样规划？", ["相邻AP用不重叠的信道，二点四G用1、6、11信道。", "1、6、11信道。", "相邻不重叠。"]),
       ("2. 验收测试要测哪些项目？", ["连通性、隔离效果、无线覆盖信号强度和认证上网流程。", "连通和隔离。", "信号、认证、连通。"])],
   outputs=[("共享办公区网络拓扑与VLAN规划", "为十二个团队划分了VLAN。"), ("访客无线网络配置文档", "配置了短信认证和访客隔离。"), ("网络验收测试报告", "隔离和覆盖全部达到要求。")]),
 "rhodiola": dict(major="中药", code="1301", course="中药炮制技术", task="红景天饮片净制切制与干燥",
   hours=12, station="中药炮制一体化学习工作站",
   situation="拉萨一家藏药材加工企业收购了一批产自高海拔地区的红景天，需要加工成饮片供应医院和药店。企业请中药班学员按炮制规范去除杂质和须根，洗净润透后切成厚片，低温干燥，检查饮片质量并填写炮制记录。",
   qs=[("引导问题1 红景天净制要去除什么？", ["泥沙、须根、残茎和霉变的部分。", "泥沙和须根。", "杂质、残茎。"]),
       ("引导问题2 红景天为什么要低温干燥？", ["温度高会使有效成分损失、饮片颜色变深，一般不超过六十度。", "防止成分损失。", "温度不能太高。"])],
   hw=[("1. 润药时怎样判断润透了？", ["用手捏有弹性，切开后中心没有干心。", "没有干心。", "捏着软，有弹性。"]),
       ("2. 合格的红景天饮片是什么样的？", ["切面粉红色到紫红色，有环纹，片厚均匀，无霉变。", "粉红色，片厚均匀。", "有环纹，不发霉。"])],
   outputs=[("红景天炮制工艺记录", "切片厚度二到四毫米。"), ("饮片质量检查记录", "水分和杂质都符合规定。"), ("炮制过程总结", "总结了润药和干燥的要点。")]),
 "diesel": dict(major="汽车维修", code="0403", course="柴油发动机检修", task="高海拔地区柴油越野车冒黑烟故障诊断与排除",
   hours=14, station="汽车发动机检修一体化学习工作站",
   situation="拉萨一家越野车维修厂接修一辆柴油越野车，车主反映从日喀则方向回来以后，爬坡时马力不足，排气管冒黑烟，油耗明显增加。维修主管请实训班学员读取故障码和数据流，检查空气滤清器、增压器和喷油器，找出故障并排除，路试验证后填写维修工单。",
   qs=[("引导问题1 高海拔地区柴油车为什么容易冒黑烟？", ["空气稀薄，进气量不足，燃油燃烧不完全。", "空气少，燃烧不完全。", "缺氧，烧不干净。"]),
       ("引导问题2 冒黑烟应从哪些方面检查？", ["空气滤清器、增压器、中冷器、喷油器和喷油正时。", "空滤和增压器。", "进气系统和喷油器。"])],
   hw=[("1. 怎样判断增压器是否工作正常？", ["看数据流里的增压压力，听有无异响，检查叶轮有无漏油和磨损。", "看增压压力。", "听声音，看漏油。"]),
       ("2. 马力不足除了进气问题还有哪些原因？", ["燃油滤清器堵塞、喷油器雾化不良、排气背压过高。", "燃油滤清器堵。", "喷油器不好。"])],
   outputs=[("柴油车冒黑烟故障诊断报告", "确定增压器进气管路漏气。"), ("增压系统检测记录", "增压压力恢复正常。"), ("维修结算单", "更换进气胶管和空气滤芯。")]),
}
C["metro"]["parts"] = [("平时成绩", 100), ("期末考核", 100)]
C["jianbing"]["parts"] = [("第一次", 100), ("第二次", 100), ("第三次", 100)]
C["valve"]["acts"] = [("学习活动一：工艺分析与编程", [("加工工艺卡", 10), ("数控程序", 20)]),
                      ("学习活动二：零件加工", [("外圆尺寸", 20), ("锥面", 15), ("表面粗糙度", 15)]),
                      ("学习活动三：检测与总结", [("三检记录", 10), ("总结汇报", 10)])]
C["wuxiang"]["parts"] = [("策划方案", 40), ("海报与详情页", 30), ("直播脚本", 30)]
C["office"]["parts"] = []
C["rhodiola"]["parts"] = [("净制", 20), ("切制", 40), ("干燥与包装", 20), ("职业素养", 20)]
C["diesel"]["parts"] = [("安全防护", 10), ("故障问诊", 10), ("数据流读取", 20), ("喷油器检测", 20), ("增压系统检查", 20),
                        ("路试验证", 10), ("工单填写", 10)]

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="天津市津沽技工学校", pack="gbkzip", region="tj", course="metro", cls="城轨2301班", size=38, seed=11,
         sidp="23120431", students=["穆思远", "卞雨桐", "霍子墨"], outsiders={"霍子墨": "城轨2302班"}, out_sidp="23120432",
         extra_class=["尹浩辰"], pos={"尹浩辰": 23}, bad={"尹浩辰": "weighted"},
         teachers=["韩玉峰", "邢丽娜"], form_count="38人（走读生12人）",
         f8="role_card", f10="weighted_raw", f11="notice_typed", f12="sungti_dajuanren",
         findings=[("students.not_in_class", 8, True, "霍子墨"), ("records.invalid_score", 10, False, "尹浩辰")],
         comment="霍子墨 of the parallel class 城轨2302班 (his class and 学号 on his pages) is the third student of 8/11/12; "
                 "item 10 (38 rows = 班级人数 `38人（走读生12人）`, a second number in the cell) has no record of him: "
                 "students.not_in_class. Item 10 (scanned 250 dpi gray) gives each raw score beside its weighted value "
                 "(平时成绩 | 折合(30%) | 期末考核 | 折合(70%) | 总评); 尹浩辰's 总评 is 6.0 above the sum of his two 折合 "
                 "values: records.invalid_score. Item 8: a role-play card (演练角色卡) at the top, the student as 扮演者, and "
                 "a 同组演练 line naming the other two of the three and one classmate by role (legal). No roster"),
    dict(school="天津市津沽技工学校", pack="gbkzip", region="tj", course="jianbing", cls="烹饪2302班", size=40, seed=12,
         sidp="23120501", students=["夏天", "郭晓彤", "石浩宇"], teachers=["崔国栋", "尹桂芳"], form_count="40人",
         roster="photo_3up", headteacher="于淑珍",
         f8="grading_stamp", f10="attempts_best", f11="diary_typed", f12="serif_classfirst", findings=[],
         comment="clean. 夏天 (one of the three) is also a word in the texts (`夏天早上六点就开始出摊`, a homework question on "
                 "`夏天面糊…`). Item 10 (scanned 250 dpi gray with a fold) has THREE ATTEMPTS per student and a 最终成绩 that "
                 "is the highest of them, not their sum (a rule line says so). Item 8: the name written only by the teacher, in "
                 "red, in a rubber-stamp grading box (学生 / 得分 / 评阅). Roster: a printed list with three students a row, "
                 "PHOTOGRAPHED on a notice board (40); form 40人"),
    dict(school="上海市浦江高级技工学校", pack="dir", region="sh", course="valve", cls="数控2301班", size=36, seed=21,
         sidp="23310106", students=["瞿嘉诚", "倪思涵", "浦俊杰"], extra_class=["顾文轩", "施泽宇"], pos={"施泽宇": 28},
         items={11: ["瞿嘉诚", "倪思涵", "浦俊杰", "顾文轩"]}, bad={"施泽宇": "over"},
         teachers=["范建国", "钱立新"], form_count="36",
         f8="filename_header", f10="per_activity_typed", f11="three_check_typed", f12="mono_sid_name",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "施泽宇")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 首件三检记录 sheets, 自检 = the author, 互检 = a classmate, 专检 = a teacher) holds the works of "
                 "FOUR students: the three and classmate 顾文轩 (with an item-10 record): students.count on 11; students.mismatch "
                 "optional. Item 10 (TYPED) has one page per 学习活动 (each listing the whole class) and a summary page; on the "
                 "page of 学习活动二 施泽宇 has 18 under 锥面(15) (his 小计 and 总分 are the sums): records.invalid_score. Item 8: "
                 "the name only inside a file-name-like head line typed by the student (`数控2301-nn-<name>-…`). Form `36`. No roster"),
    dict(school="上海市浦江高级技工学校", pack="dir", region="sh", course="wuxiang", cls="电商2302班", size=39, seed=22,
         sidp="23320603", students=["金雨萱", "陆子昂", "沈佳怡"], extra_class=["曹欣妍"], absent_from_10=["曹欣妍"],
         teachers=["吴静怡", "蒋志明"], form_count="39人", roster="system_export",
         f8="role_checkbox", f10="pinyin_groups", f11="email_typed", f12="wenkai_tijiao",
         findings=[("records.missing_student", 10, False, "曹欣妍"), ("records.count_mismatch", 10, False)],
         comment="the roster (an xlsx EXPORTED FROM THE SCHOOL'S STUDENT SYSTEM: title row, 学籍号 学号 姓名 性别 民族 身份证后四位 "
                 "宿舍 在籍状态 联系电话; 39) and the form (`39人`) list 曹欣妍; item 10 (scanned 200 dpi gray) has 38 rows and "
                 "none for her: records.missing_student, records.count_mismatch. Item 10 is sorted by the PINYIN of the surname "
                 "with letter rows (C, G, J, …) between the groups, no 序号, 学号 out of order. Item 11: e-mails printed out, "
                 "发件人 the author, 抄送 a classmate (legal). Item 8: a role line with tick boxes `本人分工：☑文案策划 □…`"),
    dict(school="北京市永定河技师学院", pack="zip", region="bj", course="office", cls="网络2401班", size=35, form_size=36, seed=31,
         sidp="24110301", students=["常瑞泽", "齐梦琪", "宋一凡"], items={12: ["常瑞泽", "齐梦琪", "孟子涵"]},
         extra_class=["孟子涵"], others_named=["韩立华"],
         teachers=["关振华", "白秀兰"], form_count="36人", f8="midpage_info", f10="seating_chart", f11="acceptance",
         f12="seal_strip",
         findings=[("students.mismatch", 12, True), ("records.count_mismatch", 10, False)],
         comment="item 12 (typed 答题纸 with a horizontal 密封线 strip at the top, the name handwritten in it; scanned 1-bit 250 dpi) "
                 "holds the homework of 常瑞泽, 齐梦琪 and classmate 孟子涵 (with an item-10 record) instead of 宋一凡's: "
                 "students.mismatch. Item 10 is a SEATING CHART of the lab (6 x 6 seats, each cell seat number, name and score; one "
                 "seat `（空）`) with 35 names; the form says `36人`: records.count_mismatch (scanned 200 dpi gray). Item 11: "
                 "acceptance sheets naming the client's representative 韩立华 (not a student). No roster"),
    dict(school="拉萨市雪域技工学校", pack="zip", region="xz", course="rhodiola", cls="中药2401班", size=34, seed=41,
         sidp="24540130", students=["达瓦次仁", "白玛央金", "次仁旺姆"], outsiders={"次仁旺姆": "中药2301班"},
         out_sidp="23540130", extra_class=["次仁达瓦"],
         teachers=["次仁卓嘎", "王建军"], form_count="34人（藏族31人，汉族3人）",
         f8="redcomment_only", f10="comment_column", f11="letter_typed", f12="ukai_xuesheng",
         findings=[("students.not_in_class", 8, True, "次仁旺姆")],
         comment="次仁旺姆 of the older class 中药2301班 (her class and 学号 on her pages) is the third student of 8/11/12; item 10 "
                 "(34 rows = `34人（藏族31人，汉族3人）`) has no record of her: students.not_in_class. Hard but legal: classmate "
                 "次仁达瓦 has the two parts of 达瓦次仁 (one of the three) in the other order; Tibetan names without surnames. "
                 "Item 8: the student wrote only her 学号 and class; her name stands only in the teacher's red comment "
                 "`<name>：…`. Item 10 (scanned 200 dpi gray) has a 教师评语 column whose comments name students (legal), "
                 "two pages. No roster"),
    dict(school="拉萨市雪域技工学校", pack="zip", region="xz", course="diesel", cls="汽修2302班", size=37, seed=42,
         sidp="23540403", students=["扎西顿珠", "索朗多吉", "马力"], items={12: ["扎西顿珠", "马力"]}, others_named=["尼玛次仁"],
         teachers=["普布扎西", "李卫东"], form_count="37人", f8="duty_tag", f10="vertical_header", f11="invoice_typed",
         f12="photo_noto",
         findings=[("students.count", 12, False)], optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos) holds the homework of only 扎西顿珠 and 马力 (索朗多吉's is missing; items 8 and 11 hold "
                 "all three): students.count on 12; students.mismatch optional. Hard but legal: 马力 (one of the three) is also a "
                 "word in the texts (`爬坡时马力不足`); the car owner 尼玛次仁 (not a student) on every 维修结算单 of item 11. "
                 "Item 10 (scanned 250 dpi gray): seven narrow criteria whose headers are written one character a line. Item 8: "
                 "a 工位责任牌 strip, the student as 责任人. Form `37人` = 37 rows. No roster"),
]

PROVINCE = {1: "天津市", 2: "上海市", 3: "北京市", 4: "西藏自治区"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 天津: "08 工作页_压缩.pdf" (a compressed copy's suffix)
        return "%02d %s_压缩.pdf" % (n, NAMES[n])
    if g == 2:   # 上海: "项目08-工作页.pdf"
        return "项目%02d-%s.pdf" % (n, NAMES[n])
    if g == 3:   # 北京: "08·工作页.pdf" (a middle dot)
        return "%02d·%s.pdf" % (n, NAMES[n])
    return "%02d)%s.pdf" % (n, NAMES[n])   # 拉萨: an ASCII closing bracket


def form_name(s, c):
    return {1: ("申报书(津沽技校-%s).pdf" % c["major"], "pdf"),
            2: ("%s_申报书.docx" % c["task"], "docx"),
            3: ("申报书（%s）-永定河技师学院.docx" % s["cls"], "docx"),
            4: ("雪域技校%s申报书.pdf" % c["major"], "pdf")}[grp(s)]


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "17"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


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
BLUE, BLACK, REDC = "#1d2f6b", "#151515", "#c0251a"
RED = 'style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:13pt"'


def hand(x, small=False, ink=BLUE, size=None):
    return '<span style="font-family:\'AR PL UKai CN\';color:%s;font-size:%s">%s</span>' % (
        ink, size or ("13pt" if small else "15pt"), x)


def td(x, extra="", pad="2px 4px"):
    return '<td style="border:0.75pt solid #000;padding:%s"%s>%s</td>' % (pad, extra, x)


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


def form_html(s, c):
    t = s["teachers"]
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    kv = [["专业名称", c["major"]], ["专业代码", c["code"]], ["课程名称", c["course"]], ["学习任务", c["task"]],
          ["学时", "%d" % c["hours"]], ["授课班级", s["cls"]], ["班级人数", s["form_count"]], ["授课场所", c["station"]]]
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{kv}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生明确任务、查阅资料后分组制定计划，经教师审核做出决策后实施，教师巡回指导并检查质量与安全，任务完成后学生展示成果、自评互评，教师和企业人员点评。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在完成任务中提升了专业能力和职业素养。</p>
<h3>六、承诺</h3><p>本单位承诺所提交材料真实、原创。</p>""".format(
        school=s["school"], lead=t[0], d=4 + s["seed"] % 17, kv=tbl(kv, width="80%"), tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[grp(s)])
    return html(body, font="Noto Sans CJK SC")


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}合作企业的岗位要求进行校本转化。\n二、学习任务\n其中“{task}”为{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作过程\n接受任务、制定方案、实施作业、检查验收、总结评价。",
    3: "{school}\n{task}　教学活动策划\n学习活动1 明确任务\n学习活动2 制定方案\n学习活动3 实施作业\n学习活动4 验收与评价",
    4: "{school}\n{course}教学进度计划\n本任务共{hours}学时\n第1周 明确任务、查阅资料\n第2周 制定并审核方案\n第3周 实施作业\n第4周 验收、评价与总结",
    5: "{school}\n{task}教学活动方案\n第1学时 情境导入\n第2—4学时 引导问题学习\n其余学时 分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与材料清单。",
    7: "{school}\n{station}图文说明\n工作站设集中研讨区、分组作业区、资料查阅区和成果展示区。",
    9: "{school}\n{task}考核方案\n考核包括过程考核和结果考核，成绩由任课教师填入学习任务考核记录表。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8分", "√ 要点全", "√ 9分", "√ 清楚", "√ 10分", "√ 可以"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


def answers(c, rng, i, ink=BLUE, typed=False):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        ans = a[k] if typed else hand(a[k], ink=ink)
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, ans, RED, mark(rng))
    return out


def others_of(s):
    return [n for n in s["klass"] if n not in s["students"] and n not in s.get("extra_class", [])]


# ------------------------------------------------------------------ item 8

def item8(s, c, names):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    oth = others_of(s)
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
        comment = '<p>教师评语：<span %s>%s</span>　　评阅：%s</p>' % (RED, ["认真完整", "要点清楚", "较好", "有进步"][i % 4], t[0])
        if f == "role_card":   # a role-play card: the student as 扮演者, the group named by role
            mates = [x for x in s["students"] if x != n]
            co = "%s（值班站长）、%s（乘客）、%s（乘客）" % (mates[0], mates[1], oth[(5 * i + 3) % len(oth)])
            card = tbl([[("<b>演练角色卡</b>", ' colspan="4"')],
                        ["角　色", "站厅客流引导员", "扮演者", hand(n)],
                        ["班　级", cl, "学　号", hand(sid, True)],
                        ["同组演练", (hand(co, True), ' colspan="3" align="left"')]], width="92%", pad="3px 5px")
            body = card + title + '<p>课程：%s　　指导教师：%s　　演练日期：%s</p>' % (c["course"], t[0], day(s, i)) + sit + \
                answers(c, rng, i) + comment
        elif f == "grading_stamp":   # the name only in a red grading stamp, written by the teacher
            cb = 'style="border:1.5pt solid #c0251a;padding:2px 6px;color:#c0251a;font-size:9pt"'
            stamp = ('<table style="border-collapse:collapse"><tr><td %s>学　生</td><td %s>%s</td></tr>'
                     '<tr><td %s>得　分</td><td %s>%s</td></tr><tr><td %s>评　阅</td><td %s>%s</td></tr></table>'
                     % (cb, cb, hand(n, True, REDC), cb, cb, hand(str(88 + 3 * i), True, REDC), cb, cb, hand(t[0], True, REDC)))
            head = ('<table width="100%%"><tr><td valign="top"><p>%s</p><p>课程：%s</p><p>实训日期：%s　　灶台：%d号</p></td>'
                    '<td width="30%%" align="right" valign="top">%s</td></tr></table>' % (s["school"], c["course"], day(s, i), 4 + 3 * i, stamp))
            body = head + title + sit + answers(c, rng, i) + '<p>教师评语：<span %s>%s</span></p>' % (RED, ["出品规范", "面糊稀稠合适", "动作熟练"][i % 3])
        elif f == "filename_header":   # the name only in a file-name-like line the student typed
            fn = "%s-%s-%s-进气阀杆工作页.docx" % (cl.replace("班", ""), sid[-2:], n)
            top = ('<table width="100%%"><tr><td style="font-family:\'Noto Sans CJK SC\';font-size:8pt">%s</td>'
                   '<td align="right" style="font-family:\'Noto Sans CJK SC\';font-size:8pt">打印：%s</td></tr></table><hr/>'
                   % (fn, day(s, i).replace("年", "/").replace("月", "/").replace("日", "")))
            body = top + title + '<p>课程：%s　　指导教师：%s</p>' % (c["course"], t[0]) + sit + answers(c, rng, i, typed=True) + comment
        elif f == "role_checkbox":   # a role line with tick boxes, the name after it
            roles = ["文案策划", "视觉设计", "客服话术", "数据分析"]
            mine = [0, 1, 3][i % 3]
            line = "　".join(("☑" if k == mine else "□") + r for k, r in enumerate(roles))
            head = ('<p>本人分工：%s</p><p>姓名：%s　　班级：%s　　小组：第%d组</p>' % (line, hand(n), cl, 2 + i))
            body = head + title + '<p>课程：%s　　指导教师：%s　　%s</p>' % (c["course"], t[1], day(s, i)) + sit + \
                answers(c, rng, i) + comment
        elif f == "midpage_info":   # the learner block in the middle of the page, after the situation
            info = ('<table width="90%%" style="border-collapse:collapse"><tr><td style="border:0.75pt dashed #555;padding:5px">'
                    '【学习者信息】姓名：%s　　所在班组：%s第%d组　　工位：B-%02d</td></tr></table>' % (hand(n), cl, 1 + i, 7 + 5 * i))
            body = title + '<p>课程：%s　　指导教师：%s、%s</p>' % (c["course"], t[0], t[1]) + sit + info + answers(c, rng, i) + comment
        elif f == "redcomment_only":   # the student wrote only 学号 and class; the name stands in the red comment
            head = '<p>学号：%s　　班级：%s　　日期：%s</p>' % (hand(sid, True), hand(cl, True), day(s, i))
            red = '<p><span %s>%s：%s</span>　　%s</p>' % (RED, n, ["切片厚薄均匀，记录完整。", "净制认真，干燥温度要再核对。",
                                                               "润药判断准确，继续保持。"][i % 3], t[0])
            body = head + title + '<p>课程：%s　　指导教师：%s</p>' % (c["course"], t[0]) + sit + answers(c, rng, i) + red
        elif f == "duty_tag":   # a workshop duty tag, the student as 责任人
            tag = tbl([["工位号", "03", "责任人", hand(n, True), "班　级", cl],
                       ["车　型", "柴油越野车", "学　号", hand(sid, True), "日　期", day(s, i)]], pad="3px 5px")
            body = ('<p style="font-size:9pt">工位责任牌</p>' + tag + title + '<p>课程：%s　　指导教师：%s</p>' % (c["course"], t[0]) +
                    sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"role_card": "x-scanpdf:200", "grading_stamp": "x-scanpdf:200:color", "filename_header": "x-scanpdf:200",
            "role_checkbox": "x-scanpdf:200:color:tint", "midpage_info": "x-scanpdf:250:border",
            "redcomment_only": "x-scanpdf:200:color", "duty_tag": "x-scanpdf:250"}[f]
    return "08.html", html(PB.join(pages)), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


COMMENTS = ["{n}同学切片均匀，记录认真。", "操作规范，干燥温度控制好。", "净制仔细，切片偏厚，需改进。", "{n}同学进步明显。",
            "润药时间掌握得当。", "包装标签填写完整。", "{n}同学动作熟练，注意安全。", "干燥记录不全，已补。"]


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　%s　　　　教研组长审核：%s</p>" % (t[0], "、".join(t[1:]), t[-1])
    if f == "weighted_raw":   # raw scores beside their weighted values
        tr = [["序号", "学号", "姓名", "平时成绩", "折合(30%)", "期末考核", "折合(70%)", "总评"]]
        for k, n in enumerate(rec):
            p, e = rng.randint(62, 97), rng.randint(55, 96)
            a, b = p * 3, e * 7          # tenths
            tot = a + b + (60 if bad.get(n) == "weighted" else 0)
            tr.append([str(k + 1), sid_of(s, n), n, str(p), "%.1f" % (a / 10), str(e), "%.1f" % (b / 10), "%.1f" % (tot / 10)])
        body = (head10(s, c, "学习任务考核成绩表") + "<p>总评＝平时成绩×30%＋期末考核×70%（即两项折合分之和），保留一位小数。</p>" +
                tbl(tr, pad=pad, bold=(0,)) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "attempts_best":   # three attempts, the final score is the best one
        tr = [["序号", "学号", "姓名", "第一次", "第二次", "第三次", "最终成绩", "备注"]]
        for k, n in enumerate(rec):
            v = [rng.randint(55, 80), rng.randint(62, 88), rng.randint(66, 95)]
            if k % 5 == 2:
                v[2] = ""
            nums = [x for x in v if x != ""]
            note = "两次达标，免第三次" if v[2] == "" else ""
            tr.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(max(nums)), note])
        body = (head10(s, c, "学习任务技能考核记录（三次出品）") +
                "<p>每人出品三次，每次按色泽、形态、口味、用时评分（百分制）；最终成绩取三次中的最高分，不相加。</p>" +
                tbl(tr, pad=pad, bold=(0,)) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:fold"
    if f == "per_activity_typed":   # one page per learning activity, then a summary page
        acts = c["acts"]
        scores = {}
        for n in rec:
            scores[n] = [part_scores(rng, ps) for _, ps in acts]
            if bad.get(n) == "over":
                scores[n][1][1] = 18
        pages = []
        for a, (aname, ps) in enumerate(acts):
            mx = sum(m for _, m in ps)
            tr = [["序号", "学号", "姓名"] + ["%s(%d)" % p for p in ps] + ["小计(%d)" % mx]]
            for k, n in enumerate(rec):
                v = scores[n][a]
                tr.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))])
            pages.append(head10(s, c, "学习任务考核记录（%s，满分%d）" % (aname, mx)) + tbl(tr, pad=pad, bold=(0,)) +
                         '<p style="text-align:right">第%d页　共%d页</p>' % (a + 1, len(acts) + 1))
        tr = [["序号", "学号", "姓名"] + ["%s(%d)" % (an.split("：")[0], sum(m for _, m in ps)) for an, ps in acts] + ["总分(100)"]]
        for k, n in enumerate(rec):
            sub = [sum(v) for v in scores[n]]
            tr.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in sub] + [str(sum(sub))])
        pages.append(head10(s, c, "学习任务考核成绩汇总") + tbl(tr, pad=pad, bold=(0,)) + sign +
                     '<p style="text-align:right">第%d页　共%d页</p>' % (len(acts) + 1, len(acts) + 1))
        return "10.html", html(PB.join(pages), "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "pinyin_groups":   # sorted by the surname's pinyin, letter rows between the groups, no 序号
        parts = c["parts"]
        rows = sorted(rec, key=lambda n: (PINYIN[n[0]], sid_of(s, n)))
        hdr = ["学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]
        out = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', pad) for x in hdr)]
        cur = None
        for n in rows:
            if PINYIN[n[0]] != cur:
                cur = PINYIN[n[0]]
                out.append('<tr><td colspan="%d" bgcolor="#e4e4e4" style="border:0.75pt solid #000;padding:0px 6px"><b>%s</b></td></tr>'
                           % (len(hdr), cur))
            v = part_scores(rng, parts)
            out.append("<tr>%s</tr>" % "".join(td(x, ' align="center"', pad) for x in [sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))]))
        body = (head10(s, c, "学习任务考核记录") + "<p>（按学生姓氏拼音排序）</p>" +
                '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(out) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "seating_chart":   # the lab's seating chart, name and score in each seat
        ncol, nrow = 6, 6
        empty = 19
        seats = list(rec)
        seats.insert(empty, None)
        cells = []
        for r in range(nrow):
            row = []
            for cc in range(ncol):
                k = r * ncol + cc
                n = seats[k] if k < len(seats) else None
                seat = "B-%02d" % (k + 1)
                if n is None:
                    row.append(td('<span style="font-size:8pt">%s</span><br/>（空）<br/>&nbsp;' % seat, ' align="center" width="16%"', "4px 2px"))
                else:
                    sc = rng.randint(66, 95)
                    row.append(td('<span style="font-size:8pt">%s</span><br/>%s<br/><b>%d</b>' % (seat, n, sc), ' align="center" width="16%"', "4px 2px"))
            cells.append("<tr>%s</tr>" % "".join(row))
        body = (head10(s, c, "实训室座位表暨学习任务成绩登记") +
                '<table width="100%%" style="border-collapse:collapse"><tr><td align="center" style="border:1.2pt solid #000;padding:3px">讲　　台</td></tr></table><p></p>' +
                '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(cells) +
                "<p>说明：按实训机位排座；格内依次为机位号、学生姓名、本学习任务综合成绩（百分制，含方案设计、设备配置、测试验收三部分）。</p>" + sign)
        return "10.html", html(body, "10pt", compact=True, page="size:29.7cm 21cm;margin:1.0cm 1.4cm"), "x-scanpdf:200"
    if f == "comment_column":   # a teacher's comment per row, two pages
        parts = c["parts"]
        hdr = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "教师评语"]
        pages = []
        for p0, p1 in ((0, 17), (17, len(rec))):
            tr = [hdr]
            for k in range(p0, p1):
                n = rec[k]
                v = part_scores(rng, parts)
                cm = COMMENTS[(3 * k + 1) % len(COMMENTS)].format(n=n)
                tr.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), (cm, ' align="left" width="26%"')])
            pages.append((head10(s, c, "学习任务考核记录") if p0 == 0 else "<p>（续表）</p>") + tbl(tr, pad="3px 3px", bold=(0,)))
        return "10.html", html(PB.join(pages) + sign, "9pt", compact=True), "x-scanpdf:200"
    if f == "vertical_header":   # narrow criteria columns, headers one character a line
        parts = c["parts"]

        def vert(name, m):
            return "<br/>".join(name) + "<br/>(%d)" % m
        hdr = ["序号", "学号", "姓名"] + [vert(*p) for p in parts] + ["总<br/>分"]
        tr = [hdr]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tr.append([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))])
        body = head10(s, c, "学习任务考核记录") + tbl(tr, pad="0px 2px", bold=(0,)) + sign
        return "10.html", html(body, "8.5pt", compact=True, page="margin:0.9cm 1.2cm"), "x-scanpdf:250"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t)))
    parts = [head]
    meth = "pdf"
    oth = others_of(s)
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "notice_typed":   # passenger notices, the drafter in a parenthetical credit
                parts.append('<table width="90%%" style="border-collapse:collapse"><tr><td style="border:2pt solid #1b4f8a;padding:16px">'
                             '<p style="text-align:center;font-size:18pt;color:#1b4f8a"><b>乘 客 告 示</b></p>'
                             '<p style="text-align:center"><b>%s</b></p><p style="font-size:12pt;line-height:1.8">尊敬的乘客：%s为保障您的出行安全，'
                             '请听从工作人员引导，有序通行。感谢您的理解与配合！</p><p style="text-align:right">天津地铁换乘站　%s</p></td></tr></table>'
                             '<p style="font-size:8.5pt">（本告示由%s %s拟写，指导教师%s审定）</p>'
                             % (title, desc, day(s, 30 + i), cl, n, t[j % 2]))
            elif f == "diary_typed":   # training diary entries, each signed 记录：<name>
                parts.append("<h3>%s</h3><p>%s　晴</p><p>今天完成了%s。%s操作中注意了鏊子温度和出品时间。</p><p style=\"text-align:right\">记录：%s（%s）</p>"
                             % (title, day(s, 30 + 2 * i + j), title.replace("记录", ""), desc, n, cl))
            elif f == "three_check_typed":   # first-piece three-check record: self, peer, inspector
                peer = oth[(4 * i + j) % len(oth)]
                meas = tbl([["检测项目", "图纸要求", "实测值", "结论"], ["杆部外圆", "φ12 -0.016/-0.034", "11.98", "合格"],
                            ["锥面锥角", "45°±15′", "45°05′", "合格"], ["总长", "128±0.1", "128.04", "合格"]], width="85%")
                parts.append("<h3>%s</h3><p>零件名称：进气阀杆　　图号：PJ-FG-%02d　　材料：耐热合金钢</p>%s<p>%s</p>" % (title, 11 + j, meas, desc) +
                             tbl([["自　检", n, "互　检", peer, "专　检", t[j % 2]], ["班　级", cl, "日　期", day(s, 30 + i), "结　论", "合格"]], width="90%"))
            elif f == "email_typed":   # an e-mail printed out: the author as 发件人, a classmate in 抄送
                cc = oth[(2 * i + j + 1) % len(oth)]
                hdr = tbl([["发件人", "%s &lt;ds2302%02d@pjgj.edu.cn&gt;" % (n, 11 + 3 * i)], ["收件人", "%s老师" % t[0]],
                           ["抄　送", cc], ["主　题", "提交：%s" % title], ["附　件", "%s.pdf（%d KB）" % (title, 380 + 97 * j)]],
                          width="90%", align="left")
                parts.append('<p style="font-size:8pt">%s邮箱 - 邮件打印</p>' % s["school"] + hdr +
                             "<p>%s老师您好：</p><p>附件是我们的%s，%s请您审阅。</p><p>——%s，%s</p>" % (t[0], title, desc, n, cl))
            elif f == "acceptance":   # acceptance sheets with the client's representative
                parts.append('<h3 style="text-align:center">网络工程验收单</h3>' +
                             tbl([["项目名称", "共享办公区网络组建（%s）" % title], ["施工人员", hand(n, True) + "（%s）" % cl],
                                  ["验收内容", desc], ["验收方代表", hand("韩立华", True, BLACK) + "（孵化器运营主管）"],
                                  ["现场指导教师", t[j % 2]], ["验收结论", "合格，同意交付"], ["日　期", day(s, 30 + i)]],
                                 width="88%", pad="6px 6px", align="left"))
                meth = "x-scanpdf:200:color"
            elif f == "letter_typed":   # a report in letter form, signed 汇报人
                parts.append("<h3>%s</h3><p>尊敬的%s老师：</p><p>我已完成%s。%s我在炮制过程中严格按照规范操作，请老师审阅。</p>"
                             "<p style=\"text-align:right\">汇报人：%s（%s）</p><p style=\"text-align:right\">%s</p>"
                             % (title, t[0], title, desc, n, cl, day(s, 30 + i)))
            elif f == "invoice_typed":   # a repair invoice: the car owner named beside the technician
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车　主", "尼玛次仁", "车牌号", "藏A·%d7K%d" % (3 + i, 2 + j)],
                                  ["车　型", "柴油越野车", "里　程", "%d km" % (128400 + 3177 * i)],
                                  ["维修技师", n, "质检员", t[j % 2]], ["班　级", cl, "日　期", day(s, 30 + i)],
                                  [("维修内容：%s" % desc, ' colspan="4" align="left"')],
                                  ["工时费", "%d元" % (180 + 40 * j), "材料费", "%d元" % (260 + 55 * i)]], width="90%"))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts)), meth


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "seal_strip":   # a typed answer sheet with a horizontal seal strip at the top
        pages = []
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            strip = ('<p>学校＿永定河技师学院＿　班级＿%s＿　姓名＿%s＿　学号＿%s＿</p>'
                     '<p style="text-align:center;font-size:9pt">…………………… 密 …………………… 封 …………………… 线 ……………………</p>'
                     '<p style="text-align:center;font-size:8pt">（密封线内不要答题）</p>' % (cl, hand(n), hand(sid, True)))
            qa = ""
            for qi, (q, a) in enumerate(c["hw"]):
                qa += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[(i + qi + 1) % 3]), RED, mark(rng))
            pages.append(strip + '<h3 style="text-align:center">%s　课后作业答题纸</h3>' % c["course"] + qa +
                         '<p><span %s>阅 %s　%s</span></p>' % (RED, t[0], day(s, 20 + i)))
        return "12.html", html(PB.join(pages)), "x-scanpdf:250:mono"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s　%s" % (t[0], day(s, 20 + i))]
        if f == "sungti_dajuanren":
            head = ["%s　课后作业" % c["task"], "> 答卷人：%s（%s）" % (n, cl)]
        elif f == "serif_classfirst":
            head = ["课后作业　%s" % c["task"], "> %s　%s" % (cl, n)]
        elif f == "mono_sid_name":
            head = ["%s　课后作业" % c["course"], "> %s　%s" % (sid, n)]
        elif f == "wenkai_tijiao":
            head = ["%s　课后作业" % c["task"], "提交人 %s　%s" % (n, cl)]
        elif f == "ukai_xuesheng":
            head = ["课后作业　%s" % c["task"], "学生 %s（%s）" % (n, cl)]
        elif f == "photo_noto":
            head = ["%s　课后作业" % c["task"], "> %s　%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"sungti_dajuanren": "x-scan:200:2:color", "serif_classfirst": "x-scan:250:1", "mono_sid_name": "x-scan:250:0:mono",
            "wenkai_tijiao": "x-scan:200:4:color", "ukai_xuesheng": "x-scan:250:3", "photo_noto": "x-photo:200:0"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rng = random.Random(s["seed"] * 99)
    if r == "photo_3up":   # a printed list, three students a row, photographed on a notice board
        cols = ["座号", "学号", "姓名"]
        hdr = "".join(td("<b>%s</b>" % x, ' align="center"', "3px 5px") for x in cols * 3)
        rows = ['<tr>%s</tr>' % hdr]
        per = (len(k) + 2) // 3
        for r_ in range(per):
            cells = ""
            for b in range(3):
                j = b * per + r_
                if j < len(k):
                    cells += "".join(td(x, ' align="center"', "3px 5px") for x in [str(j + 1), sid_of(s, k[j]), k[j]])
                else:
                    cells += td("", "", "3px 5px") * 3
            rows.append("<tr>%s</tr>" % cells)
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>'
                % (s["cls"], s["school"]) + '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows) +
                '<p>班主任：%s　　　共%d人</p>' % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "10.5pt", font="Noto Sans CJK SC"))
        man.append("roster.html\t%s学生名单.pdf\tx-scanpdf:200:photo\troster\t0" % s["cls"])
        return
    if r == "system_export":   # an xlsx exported from the student information system, extra columns
        hdr = ["学籍号", "学号", "姓名", "性别", "民族", "身份证后四位", "宿舍", "在籍状态", "联系电话"]
        rows = [["%s 学生信息导出（%s）　导出时间：2024-09-03 08:41" % (s["school"], s["cls"])] + [""] * 8, hdr]
        for j, n in enumerate(k):
            tail = "%03d%s" % (rng.randint(0, 999), rng.choice("0123456789X"))
            rows.append(["G3101%02d2008%02d%02d%s" % (rng.randint(1, 18), rng.randint(1, 12), rng.randint(1, 28), tail),
                         sid_of(s, n), n, "女" if (j * 7) % 5 < 3 else "男", "汉族", tail,
                         "%d号楼%d%02d" % (2 + j % 2, 3 + j % 3, 1 + j // 6), "在籍", "138****%04d" % (1207 + 53 * j)])
        write(os.path.join(d, "roster.json"), json.dumps({"sheet": "学生信息", "rows": rows, "merges": ["A1:I1"]},
                                                        ensure_ascii=False, indent=0))
        man.append("roster.json\t%s学生名单（学籍系统导出）.xlsx\tx-xlsx\troster\t0" % s["cls"])
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
    truth = {"comment": "Eighteenth held-out people corpus (testdata/heldout18), the format of testdata/heldout17/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))])
    for n in all_teachers + all_planted + all_others:
        if n in USED_BEFORE:
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    assert len(set(all_teachers)) == len(all_teachers), "a teacher stands twice"
    per = [set(s["students"] + s.get("extra_class", [])) for s in SUBS]
    assert sum(map(len, per)) == len(set().union(*per)), "a planted name stands in two submissions"
    for a in all_planted:
        for b in all_teachers + all_others:
            if near(a, b):
                raise SystemExit("planted %s is near %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s.get("pos", {}), s["region"])
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
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": "班级人数 | %s" % s["form_count"],
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
