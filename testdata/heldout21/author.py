#!/usr/bin/env python3
"""Write the sources of the twenty-first held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 青岛
(Shandong), 厦门 (Fujian) and 大连 (Liaoning).

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
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 20)] + ["othertools"]

# surnames by region: 青岛 (孙 于 姜 曲 隋 栾 逄 臧 修 …), 厦门 (陈 林 黄 郑 卢 苏 洪 庄 蔡 柯 …),
# 大连 (于 刘 王 宫 丛 衣 鞠 初 姜 曲 …), each with common ones.
SURNAMES = {
    "qd": list("孙于姜曲隋栾逄臧修宋王张刘李赵杨高毛纪"),
    "xm": list("陈林黄郑卢苏洪庄蔡柯许吴叶颜施曾杨王"),
    "dl": list("于刘王宫丛衣鞠初姜曲孙邹隋张李赵谷"),
}
# given names: a new list, plain and sea-side in style (distinct from heldout19's)
GIVEN2 = ("海川 远帆 启航 岱川 崇岳 书宁 津瑶 鸿涛 晨阳 彦博 舒扬 润泽 岚清 港生 澜心 沐川 崇文 立帆 "
          "冠宇 振洋 若航 景澄 维舟 蔚然 晓潮 翰林 玉涵 秀岩 佩瑶 兆麟 洪涛 春潮 丽湾 冬青 晨帆 "
          "家栋 凯旋 恩泽 守诚 敬轩 宗翰 立言 思澄 明澜 雪航 青禾 屿安 清越 嘉澍 亦澄 泊远 "
          "德润 望舒 庆余 凌波 若岚 宁远 致远 锦帆 芸汐 洛川 知夏 安澜 晴川 惠宁 韵涵 "
          "文澜 靖舟 书源 静渊 蔚蓝 海宁 映雪 慕白 沛然 澄宇 星澜").split()
GIVEN1 = list("帆澜舟岚涛锐琦瑾")


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
            if re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", x):
                names.add(x)
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "truth.json")
        if not os.path.isfile(p):
            raise SystemExit("missing %s" % p)
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    forms = []
    for d in EARLIER:
        for p in glob.glob(os.path.join(HERE, "..", d, "src", "*", "*", "form.*")):
            with open(p, encoding="utf-8", errors="replace") as f:
                forms.append(f.read())
    return names, "\n".join(texts), "\n".join(forms)


USED_BEFORE, EARLIER_TEXT, EARLIER_FORMS = earlier_strings()
TAKEN = set()


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, pos, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
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
 "oyster": dict(major="中药", code="1301", course="矿物及动物类中药饮片炮制", task="牡蛎明煅法炮制与煅牡蛎饮片质量检查",
   hours=14, station="中药炮制与调剂一体化学习工作站",
   situation="青岛一家中药饮片厂收购了一批沿海养殖场的牡蛎壳，要按明煅法炮制成煅牡蛎饮片。质量部请实训班学员先净选、洗净晾干，再用煅药炉按规定温度煅至酥脆，放凉后粉碎，并对饮片的性状、水分和灰分做检查，填写炮制记录和检验报告。",
   qs=[("引导问题1 牡蛎为什么要煅后入药？", ["煅后质地酥脆，便于粉碎和煎出有效成分，收敛固涩的作用增强。", "煅后酥脆，易粉碎。", "收敛作用增强，便于煎煮。"]),
       ("引导问题2 明煅时怎样判断已经煅透？", ["煅至灰白色、质地酥脆，断面无光泽，用手一捏能碎。", "灰白酥脆，一捏就碎。", "颜色灰白，断面无光。"])],
   hw=[("1. 煅牡蛎和生牡蛎在功效上有什么不同？", ["生牡蛎重镇安神、平肝潜阳，煅牡蛎收敛固涩、制酸止痛。", "生的安神，煅的收敛。", "煅后收敛制酸。"]),
       ("2. 煅药炉操作有哪些安全要求？", ["戴隔热手套和护目镜，炉旁不放易燃物，出炉后放在铁盘里自然冷却。", "戴手套，远离易燃物。", "出炉放铁盘冷却。"])],
   outputs=[("煅牡蛎饮片检验报告", "性状、水分均符合规定。"), ("明煅法炮制记录", "煅制温度保持在七百度左右。"), ("饮片包装标签", "标明品名、规格和批号。")]),
 "conch": dict(major="烹饪(中式烹调)", code="0501", course="鲁菜海鲜类菜肴制作", task="胶东油爆海螺制作",
   hours=12, station="中式烹调一体化学习工作站",
   situation="青岛一家胶东菜馆的招牌菜是油爆海螺，要求脆嫩爽口、芡汁明亮。厨师长请烹饪班学员学习海螺的初加工和花刀处理，掌握汆水和油爆的火候，按标准菜谱分组完成出品，并核算一份菜的成本。",
   qs=[("引导问题1 海螺肉为什么要先片成薄片并剞花刀？", ["便于成熟一致、入味，受热后卷曲成形，口感脆嫩。", "受热均匀，好看入味。", "成熟快，口感脆。"]),
       ("引导问题2 油爆海螺的火候怎样掌握？", ["旺火热油，螺片汆水后迅速过油，几秒钟即出锅，久了会老。", "旺火速成。", "热油快爆，不能久炒。"])],
   hw=[("1. 海螺初加工要去掉哪些部分？", ["去掉螺壳、螺头的沙囊和尾部内脏，用盐搓洗去黏液。", "去沙囊和内脏。", "去壳去黏液。"]),
       ("2. 芡汁怎样才能做到明亮？", ["兑汁芡比例准确，淋明油，出锅前快速翻匀。", "淋明油。", "兑汁准确，快速翻匀。"])],
   outputs=[("油爆海螺标准成本核算单", "每例净料二百克。"), ("海螺花刀加工成本核算单", "出净率约百分之三十五。"), ("胶东海鲜拼盘成本核算单", "毛利率控制在六成。")]),
 "checkin": dict(major="饭店(酒店)服务", code="0504", course="前厅对客服务", task="鼓浪屿精品酒店散客入住登记与离店结账",
   hours=12, station="酒店前厅服务一体化学习工作站",
   situation="厦门鼓浪屿上一家精品酒店旺季散客多，前台经常排队，客人投诉登记慢、结账时账单有疑问。前厅经理请实训班学员熟悉入住登记和离店结账的流程，练习核验证件、分配房间、解释账单，分组完成模拟接待。",
   qs=[("引导问题1 散客入住登记要核对哪些信息？", ["核对预订信息、有效证件和入住人数，确认房型、房价、离店日期和付款方式。", "证件、预订和房价。", "人数、房型、付款方式。"]),
       ("引导问题2 客人对账单有疑问时应怎样处理？", ["先致歉，逐项和客人核对消费记录，确认有误立即更正并报告领班。", "逐项核对，有错就改。", "先致歉再核对。"])],
   hw=[("1. 为什么登记时要核验证件？", ["这是治安管理的要求，也能保证客人身份与预订一致。", "法律要求。", "核对身份。"]),
       ("2. 离店结账时怎样提高效率？", ["提前一晚核对账目，早上集中查房，结账时先请客人确认消费明细。", "提前核账。", "早查房，先确认明细。"])],
   outputs=[("散客入住接待情景对话", "完成了一次完整的入住接待。"), ("离店结账情景对话", "解释了迷你吧的消费。"), ("投诉处理情景对话", "客人对处理结果满意。")]),
 "wifi": dict(major="计算机网络应用", code="0301", course="企业无线网络部署与运维", task="茶企办公区无线AP漫游与访客网络隔离部署",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="厦门一家茶叶企业的办公区有三层楼，员工反映在楼层之间走动时无线网经常断开，来访客户也要用无线网但不能访问公司内网。信息部请网络班学员勘察现场，规划AP点位和信道，配置无线控制器实现漫游，单独划分访客VLAN并做访问隔离，测试后交付文档。",
   qs=[("引导问题1 相邻AP的信道为什么要错开？", ["同信道的AP互相干扰，2.4G频段一般用1、6、11三个不重叠信道。", "避免干扰，用1、6、11。", "信道重叠会干扰。"]),
       ("引导问题2 访客网络怎样和内网隔离？", ["访客SSID单独划VLAN，在网关上用ACL禁止访问内网网段，只放行互联网。", "单独VLAN加ACL。", "用ACL禁止访问内网。"])],
   hw=[("1. 无线漫游失败可能有哪些原因？", ["AP之间覆盖不重叠、信号阈值设置不当或终端不支持快速漫游。", "覆盖不够。", "阈值不对，终端不支持。"]),
       ("2. 交付文档应包括哪些内容？", ["拓扑图、IP和VLAN规划表、AP点位图、设备配置和测试记录。", "拓扑和配置。", "规划表和测试记录。"])],
   outputs=[("无线漫游测试报告", "漫游切换时间小于五十毫秒。"), ("访客网络隔离测试报告", "访客终端无法访问内网服务器。"), ("信号覆盖测试报告", "三层楼信号强度均高于负六十五。")]),
 "tram": dict(major="城市轨道交通运输与管理", code="0431", course="城市轨道交通车站客运服务", task="有轨电车站台乘客越线候车安全劝导",
   hours=12, station="轨道交通客运服务一体化学习工作站",
   situation="大连的有轨电车线路穿过市区，有的站台很窄，高峰时乘客常常越过黄色安全线候车，还有人在电车进站时横穿轨道。运营公司请实训班学员在实训站台上练习安全劝导用语和手势，处理不听劝导和突发摔倒等情况，填写站台巡视记录。",
   qs=[("引导问题1 劝导乘客退到安全线内应怎样说？", ["先称呼，再说明原因：“乘客您好，电车即将进站，请退到黄线以内候车，谢谢配合。”", "请退到黄线以内，谢谢。", "说明原因，礼貌劝导。"]),
       ("引导问题2 乘客不听劝导时怎么办？", ["保持耐心，再次劝导并做好防护，必要时报告值班站长，请司机减速进站。", "报告站长。", "再次劝导，通知司机。"])],
   hw=[("1. 站台巡视要检查哪些内容？", ["安全线、照明、广播、导向标识、候车秩序和轨行区有无异物。", "安全线和秩序。", "标识、照明、异物。"]),
       ("2. 乘客在站台摔倒应怎样处置？", ["先询问伤情，不要随意搬动，通知站长，需要时拨打急救电话并做好记录。", "问伤情，报站长。", "不搬动，打急救电话。"])],
   outputs=[("站台乘客安全意识问卷调查报告", "发放问卷六十份。"), ("越线候车原因调查报告", "高峰时段越线最多。"), ("安全劝导效果调查报告", "劝导后越线人数减少一半。")]),
 "bush": dict(major="数控加工(数控车工)", code="0106", course="套类零件数控车削加工", task="港口门座起重机滑轮衬套数控车削加工",
   hours=18, station="数控车削加工一体化学习工作站",
   situation="大连港一台门座起重机的滑轮衬套磨损严重，港机维修公司要按图纸车削一批青铜衬套。技术员请实训班学员分析图纸，编写加工工艺和数控程序，完成内外圆和油槽的车削，用量具检测尺寸，首件检验合格后批量加工。",
   qs=[("引导问题1 车削薄壁衬套怎样防止变形？", ["用开口套或软爪夹紧，减小夹紧力，粗精车分开，精车时减小切削用量。", "软爪夹，粗精分开。", "夹紧力要小。"]),
       ("引导问题2 内孔尺寸用什么量具检测？", ["用内径百分表对照环规检测，或用三爪内径千分尺。", "内径百分表。", "内径千分尺。"])],
   hw=[("1. 青铜材料车削有什么特点？", ["切削力小，易粘刀，要用锋利的刀具和充足的切削液。", "易粘刀。", "刀要锋利。"]),
       ("2. 首件检验为什么重要？", ["首件合格说明程序、刀具和装夹都正确，才能批量加工，避免成批报废。", "避免成批报废。", "确认程序正确。"])],
   outputs=[("衬套三坐标检测报告", "内孔圆度零点零零六。"), ("油槽尺寸检测报告", "油槽深度合格。"), ("批量加工抽检报告", "抽检十件全部合格。")]),
 "baduanjin": dict(major="健康与社会照护", code="0529", course="老年人康复照护", task="社区日间照料中心老年人八段锦康复活动组织",
   hours=12, station="老年康复照护一体化学习工作站",
   situation="大连一家社区日间照料中心的老人多有慢性病，活动少，照料中心想每天组织一次八段锦活动。中心主任请照护班学员评估老人的身体情况，分层设计动作，带领老人练习，注意安全防护，并向家属宣传坚持锻炼的好处。",
   qs=[("引导问题1 组织活动前要评估老人哪些情况？", ["血压、心率、关节活动度、平衡能力和有无头晕等不适。", "血压和平衡。", "关节和身体不适。"]),
       ("引导问题2 坐位八段锦适合哪些老人？", ["站立不稳、下肢无力或刚做完手术的老人，可坐在有扶手的椅子上练。", "站不稳的老人。", "下肢无力的老人。"])],
   hw=[("1. 活动中老人出现头晕应怎样处理？", ["立即停止，扶老人坐下休息，测量血压，观察情况并报告护士。", "停下休息，测血压。", "扶坐下，报告护士。"]),
       ("2. 怎样鼓励老人坚持锻炼？", ["分小组结对，记录打卡，定期表扬进步，请家属一起参与。", "打卡和表扬。", "家属一起参与。"])],
   outputs=[("八段锦健康小贴士", "每天练习二十分钟。"), ("防跌倒健康小贴士", "穿防滑鞋。"), ("居家锻炼健康小贴士", "饭后一小时再锻炼。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="青岛市胶州湾高级技工学校", pack="gbkzip", region="qd", course="oyster", cls="中药2402班", size=38, seed=11,
         sidp="24370130", students=["孙海川", "姜书宁", "曲津瑶"], items={8: ["孙海川", "姜书宁", "栾崇岳"]},
         extra_class=["栾崇岳", "隋鸿涛"], pos={"隋鸿涛": 21}, bad={"隋鸿涛": "sum"},
         teachers=["逄立新", "臧美华", "修德明"], form_count="班级人数：38人",
         f8="caption_blanks", f10="name_last", f11="qc_report_typed", f12="cover_photo",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "隋鸿涛")],
         comment="item 8 (scanned 200 dpi gray, hole-punched) holds the worksheets of 孙海川, 姜书宁 and classmate 栾崇岳 (with an "
                 "item-10 record) instead of 曲津瑶's (items 11 and 12 hold the three): students.mismatch. Each worksheet names "
                 "its student only on a line of blanks with their captions printed UNDER them (（班级）（组别）（学号）（姓名）). "
                 "Item 10 (scanned 250 dpi gray) puts the 学生姓名 column LAST, after 总分; 隋鸿涛's 总分 is 8 above the sum "
                 "of his four scores: records.invalid_score. Form (one cell `班级人数：38人`). No roster"),
    dict(school="青岛市胶州湾高级技工学校", pack="gbkzip", region="qd", course="conch", cls="烹饪2401班", size=36, seed=12,
         sidp="24370501", students=["于晨阳", "宋彦博", "纪舒扬"], teachers=["毛振东", "高春玲"], form_count="班级人数：36",
         f8="lot_slip", f10="pairs", f11="costcard_typed", f12="bracket_no", findings=[],
         comment="clean. Item 10 (scanned 200 dpi gray) gives ONE ROW PER COOKING PAIR (主厨 and 助厨 side by side, each with "
                 "学号, 个人分 and 总分; the 成品分 shared), 18 rows for 36 students. Item 8: a 考核抽签条 at the top (签号, "
                 "考生, 灶台, 抽中菜品). Item 11: typed cost cards with 核算人. Form `班级人数：36` (one cell). No roster"),
    dict(school="厦门市鹭岛技师学院", pack="dir", region="xm", course="checkin", cls="酒店2403班", size=41, seed=21,
         sidp="24350504", students=["陈远帆", "林启航", "黄佩瑶"], extra_class=["郑兆麟"], absent_from_10=["郑兆麟"],
         others_named=["柯丽娟", "施国栋", "许美玲"], teachers=["卢雅芬", "苏志坚"], form_count="＿＿41＿＿人",
         roster="flow_columns", headteacher="洪碧霞",
         f8="regcard_clerk", f10="post_sections", f11="transcript_scan", f12="typed_header",
         findings=[("records.missing_student", 10, False, "郑兆麟"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed list flowing in FOUR COLUMNS, `nn　name`, 41) and the form (`班级人数 ＿＿41＿＿人`, a "
                 "filled-in blank) list 郑兆麟; item 10 (TYPED) has 40 rows and none for him: records.missing_student, "
                 "records.count_mismatch. Item 10 is split by 实训岗位 with a section row `▍前台接待岗（14人）` before each "
                 "block. Item 8: a hotel registration card naming a GUEST (柯丽娟, 施国栋, 许美玲: not students) with the "
                 "student only as 接待员 at its foot"),
    dict(school="厦门市鹭岛技师学院", pack="dir", region="xm", course="wifi", cls="网络2301班", size=39, seed=22,
         sidp="23350301", students=["蔡维舟", "庄蔚然", "叶晓潮"], items={11: ["蔡维舟", "庄蔚然", "颜宗翰"]},
         extra_class=["颜宗翰", "柯守诚"], bad={"柯守诚": "over"},
         teachers=["吴振华", "许丽萍"], form_count="＿＿39＿＿人",
         f8="q0_login", f10="rack_sorted", f11="testreport_typed", f12="footer_name",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "柯守诚")],
         comment="item 11 (TYPED test reports, `测试人：<name>`) holds the works of 蔡维舟, 庄蔚然 and classmate 颜宗翰 (with an "
                 "item-10 record) instead of 叶晓潮's (items 8 and 12 hold the three): students.mismatch. Item 10 (TYPED) is "
                 "sorted by 工位 (`R1-01` …), not by 学号; 柯守诚 has 43 under `AP与漫游配置(40)` (总分 the sum): "
                 "records.invalid_score. Item 8: the name only as the hand-written answer of a printed `任务0 实训登记` "
                 "question (`本人姓名＿＿ 工位＿＿ 登录账号＿＿`). Form `＿＿39＿＿人`. No roster"),
    dict(school="大连市星海湾技工学校", pack="zip", region="dl", course="tram", cls="轨道2402班", size=37, seed=31,
         sidp="24210431", students=["宫冠宇", "丛振洋", "鞠若航"], outsiders={"鞠若航": "轨道2401班"}, out_sidp="24210430",
         teachers=["衣红梅", "初国强"], form_count="学生37人", f8="prework_check", f10="split_name", f11="survey_typed",
         f12="possessive_photo",
         findings=[("students.not_in_class", 8, True, "鞠若航")],
         comment="鞠若航 of the parallel class 轨道2401班 (his class and 学号 on his pages) is the third student of 8/11/12; item 10 "
                 "(37 rows = `学生37人`) has no record of him: students.not_in_class. Item 10 (scanned 200 dpi gray, a dirty "
                 "ADF streak) gives the name in TWO COLUMNS `姓 | 名`. Item 8: a 岗前检查记录 (breath-alcohol test) at the top "
                 "with the student as 受检人. Item 12: phone photos (glare), the title `<class> <name> 的课后作业` by hand"),
    dict(school="大连市星海湾技工学校", pack="zip", region="dl", course="bush", cls="数控2303班", size=40, form_size=42, seed=32,
         sidp="23210106", students=["王景澄", "刘家栋", "谷凯旋"], items={12: ["王景澄", "刘家栋"]},
         teachers=["鞠文斌", "丛丽华"], form_count="42人",
         f8="qc_tag", f10="measured", f11="cmm_typed", f12="seat_label",
         findings=[("students.count", 12, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (WenKai drawn, 1-bit 250 dpi) holds the homework of only 王景澄 and 刘家栋 (谷凯旋's is missing; items 8 "
                 "and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (scanned 250 dpi gray, "
                 "hole-punched) lists 40 students; the form says `42人`: records.count_mismatch. Item 10 gives, per "
                 "dimension, the MEASURED VALUE (`24.012`) beside its score. Item 8: the name only on a green 首件检验合格 "
                 "tag stuck on the sheet (加工者 written by hand). No roster"),
    dict(school="大连市星海湾技工学校", pack="zip", region="dl", course="baduanjin", cls="照护2302班", size=35, seed=33,
         sidp="23210529", students=["衣青禾", "初望舒", "曲屿安"], others_named=["邹桂芝", "宫淑琴", "刘振海", "王秀英"],
         teachers=["孙玉霞", "姜德胜"], form_count="35人（含转入1人）", roster="xlsx_two_blocks", headteacher="于春燕",
         f8="family_eval", f10="draw_time", f11="pocket_cards", f12="learner_label", findings=[],
         comment="clean. Each worksheet ends with a 服务对象家属评价 box: the elder (邹桂芝, 宫淑琴) and the relative who rates the "
                 "student (评价人（家属） 刘振海, 王秀英; none a student), the student only as 被评价学员. Form `35人（含转入1人）`: "
                 "35 students; item 10 has 35 rows, with a 抽签情境 letter and a 用时 column (`11:42`) and a 时间 score derived "
                 "from it; scanned 250 dpi gray with a faded toner band. Roster: an xlsx with the class in TWO BLOCKS side by "
                 "side (`学号 姓名 性别` twice), 35"),
]

PROVINCE = {1: "山东省青岛市", 2: "福建省厦门市", 3: "辽宁省大连市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 青岛: "8#工作页.pdf" (a number sign after the number, as an office numbers its folders)
        return "%d#%s.pdf" % (n, NAMES[n])
    if g == 2:   # 厦门: "P08 工作页.pdf" (a letter glued before the number)
        return "P%02d %s.pdf" % (n, NAMES[n])
    return "%02d~%s.pdf" % (n, NAMES[n])   # 大连: a tilde after the number


def form_name(s, c):
    return {1: ("申报书（胶州湾技工学校）%s.docx" % c["major"], "docx"),
            2: ("%s——申报书.pdf" % c["course"], "pdf"),
            3: ("申报书 v3（%s）.docx" % c["task"], "docx")}[grp(s)]


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


# ------------------------------------------------------------------ the form
# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    if g == 1:   # 青岛: label and value in ONE cell (`班级人数：38人`), two such cells a row
        cells = ["专业名称：%s" % c["major"], "专业代码：%s" % c["code"], "课程名称：%s" % c["course"], "学时：%d" % c["hours"],
                 "学习任务：%s" % c["task"], "授课班级：%s" % s["cls"], s["form_count"], "授课场所：%s" % c["station"]]
        info = tbl([cells[k:k + 2] for k in range(0, 8, 2)], width="96%", align="left", pad="4px 6px")
    elif g == 2:   # 厦门: printed lines with filled-in blanks
        info = "".join("<p>%s　%s</p>" % (a, b) for a, b in [
            ("专业名称", "＿＿%s＿＿" % c["major"]), ("专业代码", "＿＿%s＿＿" % c["code"]), ("课程名称", "＿＿%s＿＿" % c["course"]),
            ("学习任务", "＿＿%s＿＿" % c["task"]), ("学　　时", "＿＿%d＿＿学时" % c["hours"]), ("授课班级", "＿＿%s＿＿" % s["cls"]),
            ("班级人数", s["form_count"]), ("授课场所", "＿＿%s＿＿" % c["station"])])
    else:   # 大连: a leading group column spanning its rows (课堂信息 / 教学条件)
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"])]
        out = []
        for k, (a, b) in enumerate(rows):
            lead = td("<b>课堂信息</b>", ' align="center" rowspan="%d"' % len(rows), "4px 6px") if k == 0 else ""
            out.append("<tr>%s%s%s</tr>" % (lead, td(a, ' align="center"', "4px 6px"), td(b, ' align="left"', "4px 6px")))
        out.append("<tr>%s%s%s</tr>" % (td("<b>教学条件</b>", ' align="center" rowspan="2"', "4px 6px"),
                                      td("授课场所", ' align="center"', "4px 6px"), td(c["station"], ' align="left"', "4px 6px")))
        out.append("<tr>%s%s</tr>" % (td("学　　时", ' align="center"', "4px 6px"), td("%d" % c["hours"], ' align="left"', "4px 6px")))
        info = '<table style="border-collapse:collapse" width="92%%">%s</table>' % "".join(out)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>本课堂按照获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学：学生接受任务后分组查阅资料，制定工作计划，经教师审核后做出决策，按计划实施；教师巡回指导，控制质量与安全；最后各组展示成果，开展自评、互评和教师点评。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在完成任务的过程中提升了专业能力和职业素养。</p>
<h3>六、承诺</h3><p>本单位承诺所报材料真实、原创，无知识产权争议。</p>""".format(
        school=s["school"], lead=t[0], d=4 + s["seed"] % 17, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}合作企业的岗位要求转化。\n二、学习任务\n本学期安排“{task}”，共{hours}学时。\n三、评价方式\n过程评价与结果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查评估、总结反馈。",
    3: "{school}\n{task}　教学活动策划\n学习活动一　明确任务与收集信息\n学习活动二　制定计划与决策\n学习活动三　实施任务\n学习活动四　检查、评价与总结",
    4: "{school}\n{course}教学进度计划\n本任务共{hours}学时\n第1周　接受任务、收集信息\n第2周　制定并审核计划\n第3周　实施任务\n第4周　检查评价与总结",
    5: "{school}\n{task}教学活动方案\n第1学时　情境导入，明确任务\n第2—4学时　引导问题学习\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为资讯区、计划决策区、实施区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核由过程考核和结果考核两部分组成，成绩由任课教师登记在学习任务考核记录中。",
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


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "17"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def blanks_line(vals, caps):
    """Blanks filled in by hand with their captions printed UNDER them."""
    top = "".join('<td align="center" style="border-bottom:0.75pt solid #000;padding:0 6px">%s</td><td width="12"></td>' % v for v in vals)
    bot = "".join('<td align="center" style="font-size:7.5pt;padding:0 6px">%s</td><td width="12"></td>' % x for x in caps)
    return '<table style="border-collapse:collapse"><tr>%s</tr><tr>%s</tr></table>' % (top, bot)


def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages, ovl = [], []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　评阅：%s</p>' % (RED, ["完成认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "caption_blanks":   # blanks with captions printed under them
            line = blanks_line([hand(cl, True), hand("第%d组" % (1 + i), True), hand(sid, True), hand(n)],
                               ["（班　级）", "（组　别）", "（学　号）", "（姓　名）"])
            body = title + line + '<p>课程：%s　　指导教师：%s</p>' % (c["course"], t[0]) + sit + answers(c, rng, i) + comment
        elif f == "lot_slip":   # a lot-drawing slip stapled at the top
            slip = ('<table style="border-collapse:collapse" width="62%%"><tr><td style="border:1.5pt dashed #444444;padding:4px 6px">'
                    '<b>实操考核抽签条</b>　　签号：<span style="font-size:15pt"><b>%02d</b></span><br/>考生：%s　　灶台：%d号灶<br/>'
                    '抽中菜品：油爆海螺　　监考：%s</td></tr></table>' % (7 + 5 * i, hand(n, True), 3 + 2 * i, t[1]))
            body = slip + title + '<p>课程：%s　　指导教师：%s　　%s</p>' % (c["course"], t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "regcard_clerk":   # a hotel registration card: a guest named, the student only as 接待员
            guest = s["others_named"][i % 3]
            card = tbl([[("<b>宾客入住登记卡　REGISTRATION CARD</b>", ' colspan="4"')],
                        ["宾客姓名", hand(guest, True), "房　号", hand("%d" % (1206 + 11 * i), True)],
                        ["证件类型", "居民身份证", "入住／离店", hand("10/%d — 10/%d" % (12 + i, 14 + i), True)],
                        ["房　价", "688元／晚", "付款方式", "微信"],
                        ["接待员", hand(n, True), "工　号", "FD-%02d" % (3 + 4 * i)]], width="96%", pad="3px 5px")
            body = title + '<p>课程：%s　　指导教师：%s　　实训日期：%s</p>' % (c["course"], t[0], day(s, i)) + sit + \
                '<p><b>任务一　按下面的预订信息完成一张入住登记卡</b></p>' + card + answers(c, rng, i) + comment
        elif f == "q0_login":   # the name only as the answer of a printed registration question
            q0 = ('<p><b>任务0　实训登记（请先填写）</b></p><p>本人姓名＿%s＿　工位＿%s＿　登录账号＿%s＿</p>'
                  % (hand(n), hand("R%d-%02d" % (1 + i, 3 + 2 * i), True), hand("stu" + sid, True)))
            body = title + '<p>课程：%s　　指导教师：%s　　%s</p>' % (c["course"], t[0], day(s, i)) + q0 + sit + answers(c, rng, i) + comment
        elif f == "prework_check":   # a pre-work check record: the student as 受检人
            rec = tbl([[("<b>岗前检查记录</b>", ' colspan="4"')],
                       ["受检人", hand(n, True), "检查时间", hand("07:%02d" % (35 + 4 * i), True)],
                       ["酒精测试", hand("0.00 mg/100mL", True), "着装仪容", "☑合格　□不合格"],
                       ["精神状态", "☑良好　□一般", "检查人", hand(t[1], True, BLACK)],
                       ["班　级", cl, "学　号", sid]], width="96%", pad="3px 5px")
            body = rec + title + '<p>课程：%s　　指导教师：%s</p>' % (c["course"], t[0]) + sit + answers(c, rng, i) + comment
        elif f == "qc_tag":   # the name only on a green first-article tag stuck on the sheet
            head = ('<table width="100%%"><tr><td valign="top" height="105"><p>%s</p><p>课程：%s　　指导教师：%s</p>'
                    '<p>零件：滑轮衬套　　材料：ZCuSn10Pb1　　日期：%s</p></td><td width="33%%"></td></tr></table>'
                    % (s["school"], c["course"], t[0], day(s, i)))
            body = head + title + sit + answers(c, rng, i) + comment
            ang = [4, -3, 5][i % 3]
            ovl.append({"type": "sticker", "page": i + 1, "x": 0.80, "y": 0.095, "angle": ang, "size": 11,
                        "fill": "#d5efc9", "edge": "#5f9e52", "lines": ["首件检验合格", "加工者：　　　　　", "检验：%s" % t[1]]})
            ovl.append({"type": "text", "page": i + 1, "x": 0.835, "y": 0.092, "angle": ang, "size": 12, "runs": [[n, "hand"]]})
        elif f == "family_eval":   # a family evaluation box at the foot: the student only as 被评价学员
            elder = ["邹桂芝", "宫淑琴"][i % 2]
            rel = ["刘振海", "王秀英"][i % 2]
            box = tbl([[("<b>服务对象家属评价</b>", ' colspan="4"')],
                       ["服务对象", elder, "评价人（家属）", hand(rel, True, BLACK)],
                       ["被评价学员", hand(n, True), "满意度", "☑满意　□基本满意　□不满意"],
                       [("家属意见：%s" % hand(["小同学很耐心，老人很高兴。", "动作教得慢，老人跟得上。", "服务周到，谢谢。"][i % 3], True, BLACK),
                         ' colspan="4" align="left"')]], width="96%", pad="3px 5px")
            body = title + '<p>班级：%s　　指导教师：%s　　实训日期：%s</p>' % (cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment + box
        else:
            raise SystemExit(f)
        pages.append(body)
    if ovl:
        write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": ovl}, ensure_ascii=False, indent=1))
    meth = {"caption_blanks": "x-scanpdf:200:holes", "lot_slip": "x-scanpdf:250:color", "regcard_clerk": "x-scanpdf:200:stripe",
            "q0_login": "x-scanpdf:250:fade", "prework_check": "x-scanpdf:200:border", "qc_tag": "x-scanpdf:200:holes",
            "family_eval": "x-scanpdf:250"}[f]
    font = {"lot_slip": "Noto Sans CJK SC", "q0_login": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows):
    return '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(rows)


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教研组长审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "name_last":   # the student's name in the LAST column, after 总分
        parts = [("净选", 15), ("煅制", 40), ("粉碎", 15), ("饮片质检", 30)]
        out = [trow(["<b>序号</b>", "<b>学号</b>"] + ["<b>%s(%d)</b>" % p for p in parts] + ["<b>总分</b>", "<b>学生姓名</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n)] + [str(x) for x in v] + [str(tot), n], pad))
        body = head10(s, c, "学习任务考核成绩记录表") + table(out) + "<p>说明：总分为四项得分之和，满分100分。</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "pairs":   # one row per cooking pair: 主厨 and 助厨 side by side, the 成品分 shared
        out = ['<tr>%s%s%s%s</tr>' % (td("<b>组号</b>", ' align="center" rowspan="2"', pad),
                                     td("<b>主　　厨</b>", ' align="center" colspan="4"', pad),
                                     td("<b>助　　厨</b>", ' align="center" colspan="4"', pad),
                                     td("<b>成品分(60)</b>", ' align="center" rowspan="2"', pad)),
               trow(["<b>%s</b>" % x for x in ["学号", "姓名", "个人分(40)", "总分"] * 2], pad)]
        for g in range(len(rec) // 2):
            a, b = rec[2 * g], rec[2 * g + 1]
            dish = rng.randint(40, 57)
            pa, pb = rng.randint(26, 38), rng.randint(25, 38)
            out.append(trow(["%02d" % (g + 1), sid_of(s, a), a, str(pa), str(pa + dish), sid_of(s, b), b, str(pb), str(pb + dish), str(dish)], pad))
        body = (head10(s, c, "实操考核成绩登记表（两人一组）") +
                "<p>说明：两人一组完成一道菜，成品分（满分60）两人共享；个人分（满分40）按各自岗位操作评定；个人总分＝个人分＋成品分。</p>" +
                table(out) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "post_sections":   # split by 岗位 with a section row (and its head count) before each block
        parts = [("服务礼仪", 20), ("登记核验", 30), ("账务处理", 30), ("沟通应变", 20)]
        posts = [("前台接待岗", 14), ("礼宾服务岗", 13), ("总机与商务中心岗", len(rec) - 27)]
        out = [trow(["<b>序号</b>", "<b>学号</b>", "<b>姓名</b>"] + ["<b>%s(%d)</b>" % p for p in parts] + ["<b>总分</b>"], pad)]
        k = 0
        for post, sz in posts:
            out.append('<tr>%s</tr>' % td("<b>▍%s（%d人）</b>" % (post, sz), ' align="left" colspan="8" bgcolor="#e8eef6"', pad))
            for _ in range(sz):
                n = rec[k]
                v = part_scores(rng, parts)
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
                k += 1
        assert k == len(rec)
        body = head10(s, c, "学习任务考核记录（按实训岗位）") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "rack_sorted":   # sorted by 工位 (R1-01 …), not by 学号
        parts = [("AP与漫游配置", 40), ("访客隔离", 30), ("测试验收", 20), ("文档", 10)]
        seats = {}
        order = list(rec)
        random.Random(s["seed"]).shuffle(order)
        for k, n in enumerate(order):
            seats[n] = "R%d-%02d" % (1 + k // 10, 1 + k % 10)
        out = [trow(["<b>工位</b>", "<b>学号</b>", "<b>姓名</b>"] + ["<b>%s(%d)</b>" % p for p in parts] + ["<b>总分</b>"], pad)]
        for n in sorted(rec, key=lambda x: seats[x]):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 43
            out.append(trow([seats[n], sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录") + "<p>（按实训工位顺序登记）</p>" + table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "split_name":   # the name in two columns 姓 | 名
        parts = [("仪容仪表", 10), ("劝导用语", 30), ("应急处置", 40), ("记录填写", 20)]
        out = [trow(["<b>序号</b>", "<b>学号</b>", "<b>姓</b>", "<b>名</b>"] + ["<b>%s(%d)</b>" % p for p in parts] + ["<b>总分</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n[0], n[1:]] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:stripe"
    if f == "measured":   # per dimension the measured value beside its score
        dims = [("外圆Φ60<sub>-0.03</sub>", 60.0, 25), ("内孔Φ45<sup>+0.025</sup>", 45.0, 25), ("总长80±0.05", 80.0, 20), ("表面Ra1.6", None, 10)]
        h1 = ['<tr>%s%s%s' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                              td("<b>姓名</b>", ' align="center" rowspan="2"', pad))]
        for nm, _, _ in dims:
            h1.append(td("<b>%s</b>" % nm, ' align="center" colspan="2"', pad))
        h1.append(td("<b>工艺与6S(20)</b>", ' align="center" rowspan="2"', pad) + td("<b>总分</b>", ' align="center" rowspan="2"', pad) + "</tr>")
        h2 = trow(sum([["<b>实测</b>", "<b>得分(%d)</b>" % m] for _, _, m in dims], []), pad)
        out = ["".join(h1), h2]
        for k, n in enumerate(rec):
            cells, tot = [str(k + 1), sid_of(s, n), n], 0
            for nm, nom, m in dims:
                sc = int(round(m * rng.uniform(0.6, 1.0)))
                if nom is None:
                    val = rng.choice(["1.6", "1.2", "1.6", "3.2", "0.8"])
                elif "Φ60" in nm:
                    val = "%.3f" % (nom - rng.uniform(0.0, 0.04))
                elif "Φ45" in nm:
                    val = "%.3f" % (nom + rng.uniform(0.0, 0.03))
                else:
                    val = "%.2f" % (nom + rng.uniform(-0.06, 0.06))
                cells += [val, str(sc)]
                tot += sc
            e = int(round(20 * rng.uniform(0.65, 1.0)))
            cells += [str(e), str(tot + e)]
            out.append(trow(cells, pad))
        body = (head10(s, c, "学习任务考核记录（尺寸检测与评分）") + "<p>注：“实测”为检测尺寸（mm），不计分；得分按超差程度评定。</p>" +
                table(out) + sign)
        return "10.html", html(body, "8pt", compact=True, page="margin:0.8cm 1.0cm"), "x-scanpdf:250:holes"
    if f == "draw_time":   # a drawn scenario letter and a 用时 column, the 时间 score derived from it
        parts = [("操作", 50), ("沟通", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "抽签情境", "用时", "操作(50)", "沟通(30)", "时间(20)", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            sec = rng.randint(9 * 60 + 20, 13 * 60 + 40)
            over = max(0, (sec - 12 * 60 + 59) // 60)
            tm = 20 - 2 * over
            out.append(trow([str(k + 1), sid_of(s, n), n, "ABC"[rng.randrange(3)], "%d:%02d" % (sec // 60, sec % 60)] +
                            [str(x) for x in v] + [str(tm), str(sum(v) + tm)], pad))
        body = (head10(s, c, "学习任务考核记录") +
                "<p>说明：考生抽签确定情境（A 坐位组／B 站位组／C 混合组）；限时12分钟，每超时1分钟（不足1分钟按1分钟计）时间分扣2分。</p>" +
                table(out) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:fade"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    rng = random.Random(s["seed"] * 11)
    if f == "pocket_cards":   # three pocket cards a page, each credited 制作
        for i, n in enumerate(names):
            cards = []
            for j, (title, desc) in enumerate(c["outputs"]):
                col = ["#fde3c8", "#d9ecf7", "#e3f3d6"][j]
                cards.append('<table width="88%%" align="center" style="border-collapse:collapse"><tr>'
                             '<td bgcolor="%s" style="border:1.5pt solid #8a8a8a;padding:5px 8px"><b>%s　No.%d</b></td></tr>'
                             '<tr><td height="150" valign="top" style="border:1.5pt solid #8a8a8a;padding:6px 8px;font-size:13pt">'
                             '%s<br/>%s天天练一练，身体更硬朗。<br/><br/><span style="font-size:9pt;color:#555555">制作：%s　%s</span></td></tr></table><p></p>'
                             % (col, title, 3 * i + j + 1, desc, ["老人家，", "爷爷奶奶，", "叔叔阿姨，"][j], n, cls_of(s, n)))
            parts.append("".join(cards))
        return "11.html", html(PB.join(parts), font="Noto Sans CJK SC"), "x-scanpdf:200:color"
    if f == "transcript_scan":   # transcripts of recorded role-plays, scanned
        for i, n in enumerate(names):
            body = []
            for j, (title, desc) in enumerate(c["outputs"]):
                body.append('<h3>%s（录音整理稿）</h3><p style="font-size:9pt">录音时间：%s　时长 %d分%02d秒　　整理：%s（%s）</p>'
                            '<p>学员（%s）：您好，欢迎光临！请问有预订吗？</p><p>宾客：有的，姓柯，订了两晚。</p>'
                            '<p>学员（%s）：好的，请出示您的身份证，我帮您核对一下。%s</p><p>宾客：好的，谢谢。</p>'
                            % (title, day(s, 30 + i), 3 + j, 10 + 13 * i, n, cls_of(s, n), n, n, desc))
            parts.append("".join(body))
        return "11.html", html(PB.join(parts), "10pt", compact=True), "x-scanpdf:200"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "qc_report_typed":   # a quality inspection report, 检验者
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品　名", "煅牡蛎", "批　号", "QD24%02d%02d" % (10 + i, j + 1)],
                                  ["检验依据", "《中国药典》2020年版一部", "检验日期", day(s, 30 + i)],
                                  [("检验结果：%s性状为不规则碎块或粗粉，灰白色，质酥脆。" % desc, ' colspan="4" align="left"')],
                                  ["结　论", "符合规定", "检验者", "%s（%s）" % (n, cl)], ["复核者", t[j % 2], "审核", t[2]]],
                                 width="92%", pad="4px 5px"))
            elif f == "costcard_typed":   # a standard cost card, 核算人
                rows = [["原　料", "用量（克）", "单价（元／千克）", "金额（元）"]]
                tot = 0.0
                for k, (m, g, p) in enumerate([("海螺肉", 200, 96), ("青红椒", 30, 8), ("葱姜蒜", 20, 12), ("调料", 15, 20)]):
                    rows.append([m, str(g), str(p), "%.2f" % (g * p / 1000.0)])
                    tot += g * p / 1000.0
                rows.append([("合计成本", ' colspan="3"'), "%.2f" % tot])
                parts.append('<h3>%s</h3><p>核算人：%s　　班级：%s　　审核：%s</p>' % (title, n, cl, t[j % 2]) + tbl(rows, width="80%") +
                             "<p>说明：%s</p>" % desc)
            elif f == "testreport_typed":   # a network test report with terminal output, 测试人
                parts.append('<h3>%s</h3><p>测试人：%s　　工位：R%d-%02d　　日期：%s</p>' % (title, n, 1 + i, 3 + 2 * i, day(s, 30 + i)) +
                             '<table width="92%%" style="border-collapse:collapse"><tr><td bgcolor="#f2f2f2" style="border:0.5pt solid #999999;padding:5px;'
                             'font-family:\'DejaVu Sans Mono\';font-size:8pt">C:\\&gt; ping -t 192.168.%d.1<br/>来自 192.168.%d.1 的回复: 字节=32 时间=%dms TTL=64<br/>'
                             '来自 192.168.%d.1 的回复: 字节=32 时间=%dms TTL=64<br/>请求超时。<br/>来自 192.168.%d.1 的回复: 字节=32 时间=%dms TTL=64</td></tr></table>'
                             % (20 + j, 20 + j, 2 + i, 20 + j, 3 + j, 20 + j, 2 + i + j) +
                             "<p>结论：%s漫游过程中仅丢失一个包。</p>" % desc)
            elif f == "survey_typed":   # a questionnaire survey report, 调查人
                a = 18 + 3 * i + j
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:center">调查人：%s（%s）　　调查地点：实训站台及周边站点</p>'
                             % (title, n, cl) +
                             tbl([["问题", "是", "否", "不清楚"], ["您知道黄色安全线的作用吗？", str(60 - a), str(a - 10), "10"],
                                  ["您在电车进站时越过安全线吗？", str(a - 6), str(60 - a), "6"]], width="80%") +
                             "<p>%s调查说明，高峰时段的劝导最为重要。</p>" % desc)
            elif f == "cmm_typed":   # a coordinate measuring machine printout, 操作员
                parts.append('<h3>%s</h3>' % title +
                             '<p style="font-family:\'DejaVu Sans Mono\';font-size:8.5pt">零件号 PART NO.: DLG-HL-%02d　　程序: BUSH_%d.PRG<br/>'
                             '操作员 OPERATOR: %s　　班级: %s　　日期 DATE: %s<br/>------------------------------------------------<br/>'
                             'FEATURE　　NOMINAL　　MEAS　　　DEV<br/>CIR1 D　　 45.000　　 45.%03d　 +0.%03d<br/>CIR2 D　　 60.000　　 59.%03d　 -0.%03d<br/>'
                             'ROUND1　　　0.000　　　0.006　　+0.006<br/>------------------------------------------------</p><p>%s</p>'
                             % (3 * i + j + 1, j + 1, n, cl, day(s, 30 + i), 8 + j, 8 + j, 990 - i, 10 + i, desc))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "typed_header":   # typed on a computer, a Word page header, marked in red, scanned
        pages = []
        for i, n in enumerate(names):
            qa = ""
            for qi, (q, a) in enumerate(c["hw"]):
                qa += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, a[(i + qi + 1) % 3], RED, mark(rng))
            pages.append('<p style="text-align:right;font-size:8pt;color:#666666;border-bottom:0.5pt solid #999999">%s　%s　%s</p>'
                         % (cls_of(s, n), sid_of(s, n), n) +
                         '<h3 style="text-align:center">%s　课后作业</h3>' % c["course"] + qa +
                         '<p %s>阅 %s　%s</p>' % (RED, t[0], day(s, 20 + i)))
        return "12.html", html(PB.join(pages), font="Noto Sans CJK SC"), "x-scanpdf:200"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s　%s" % (t[0], day(s, 20 + i))]
        if f == "cover_photo":
            head = ["作　业　本", "学校：%s　　科目：%s" % (s["school"], "中药炮制"), "> %s　%s　No.%s" % (cl, n, sid[-2:]), ""]
        elif f == "bracket_no":
            head = ["课后作业　%s" % c["task"], "> 【%s】%s" % (sid[-2:], n)]
        elif f == "footer_name":
            head = ["%s　课后作业" % c["task"], ""]
            end = end + ["", "> —— %s %s 交 ——" % (cl.replace("班", ""), n)]
        elif f == "possessive_photo":
            head = ["> %s %s 的课后作业" % (cl, n), "课程：%s" % c["course"]]
        elif f == "seat_label":
            head = ["课后作业（%s）" % c["course"], "> 机位C-%02d　%s" % (3 + 4 * i, n)]
        elif f == "learner_label":
            head = ["%s　课后作业" % c["task"], "> 学习者：%s　%s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"cover_photo": "x-photo:200:2:glare", "bracket_no": "x-scan:250:4", "footer_name": "x-scan:200:2:stripe",
            "possessive_photo": "x-photo:200:1:glare", "seat_label": "x-scan:250:4:mono", "learner_label": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "flow_columns":   # a typed list flowing down four columns, `nn　name`
        per = (len(k) + 3) // 4
        cols = []
        for ci in range(4):
            chunk = k[ci * per:(ci + 1) * per]
            cols.append('<td valign="top" width="25%%">%s</td>' % "<br/>".join(
                "%02d　%s" % (ci * per + j + 1, n) for j, n in enumerate(chunk)))
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>'
                '<p>（按学号排列，序号即班内学号后两位）</p><table width="100%%"><tr>%s</tr></table>'
                '<p>班主任：%s　　　　共%d人</p>' % (s["cls"], s["school"], "".join(cols), s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "11pt", font="Noto Sans CJK SC"))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "xlsx_two_blocks":   # the class in two blocks side by side
        half = (len(k) + 1) // 2
        rows = [["%s%s花名册" % (s["school"], s["cls"])] + [""] * 6, ["学号", "姓名", "性别", "", "学号", "姓名", "性别"]]
        sex = random.Random(s["seed"] * 99)
        for j in range(half):
            a = k[j]
            row = [sid_of(s, a), a, "女" if sex.random() < 0.85 else "男", ""]
            if j + half < len(k):
                b = k[j + half]
                row += [sid_of(s, b), b, "女" if sex.random() < 0.85 else "男"]
            else:
                row += ["", "", ""]
            rows.append(row)
        rows.append(["班主任：%s　　共%d人" % (s["headteacher"], len(k))] + [""] * 6)
        n = len(rows)
        write(os.path.join(d, "roster.json"), json.dumps({"sheet": "花名册", "rows": rows, "merges": ["A1:G1", "A%d:G%d" % (n, n)]},
                                                         ensure_ascii=False, indent=0))
        man.append("roster.json\t%s花名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
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
    truth = {"comment": "Twenty-first held-out people corpus (testdata/heldout21), the format of testdata/heldout19/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))])
    for n in all_teachers + all_planted + all_others:
        if n in USED_BEFORE:
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT or w in EARLIER_FORMS:
                raise SystemExit("%s was used by an earlier corpus" % w)
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
        rng = random.Random(s["seed"] * 7919 + 21)
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec)), (11, item11(s, c, items[11])),
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
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": s["form_count"] if grp(s) == 1 else "班级人数 | %s" % s["form_count"],
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
